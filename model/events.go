package model

import (
	"slices"
	"strings"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
	"github.com/claimline/claimline/model/timex"
)

// clauseEvents appends the dated events of a passage that no figure,
// context event or statement already reads: a clause whose subject is an
// entity and whose verb a date of the passage modifies ("Boeing challenged
// the award on February 29", "Le lanceur a décollé ce matin"). Claims from
// out[first:] are the passage's own so far.
func (x *extractor) clauseEvents(out []Claim, s *sentence, p *parsed, first int) []Claim {
	if len(s.dates) == 0 {
		return x.alsoEvents(out, s, p, first)
	}
	toks := p.toks
	seenVerb := map[int]bool{}
	// verbEvent is the index in out of the event read for a verb, and
	// verbDate the token after that event's last date.
	verbEvent, verbDate := map[int]int{}, map[int]int{}
	for _, d := range s.dates {
		dt := eventDate(toks, &d)
		if dt < 0 {
			continue
		}
		if h := p.dateNoun(dt, tokenAfter(toks, d.Span.End)); h >= 0 {
			x.noteDatedNoun(p, h, d)
			// "la décision de l'UNESCO, le 28 juin dernier", "its 1967
			// debut": the date of an event noun, not of the verb.
			if covered(out[first:], d) {
				continue
			}
			if c, ok := x.nominalEvent(s, p, h, d); ok {
				out = append(out, c)
				continue
			}
			if p.timeReference(h) {
				// "a remis sa démission à la suite des élections du 30
				// mai": the elections' date, the resignation after it.
				continue
			}
			if dt > 0 && lexis.InSet(toks[dt-1].Fold, "for", "pour") || dt > 1 && toks[dt-1].Fold == "le" && toks[dt-2].Fold == "pour" {
				// "announced a general election for July 4": the date the
				// election is set for, not the announcement's.
				continue
			}
		}
		if k := tokenAfter(toks, d.Span.End); k >= 0 && k < len(toks) && k < len(p.tags) && p.tags[k] == syntax.NOUN && !toks[k].Upper() && d.Date.Range &&
			slices.ContainsFunc(s.dates, func(e timex.DateExpr) bool { return e.Span.Start > d.Span.End && !e.Date.IsZero() }) {
			// "will publish its fourth-quarter results on Feb. 5": the
			// period the results are of, not the day they come out.
			continue
		}
		if closed := slices.ContainsFunc([]int{dt - 1, dt - 2, dt - 3}, func(j int) bool { return j >= 0 && timex.CloseAt(toks, j) }); closed {
			continue // "a premium of 61% to Celdara's closing price on Monday": a price that day, no event
		}
		v := p.dateVerb(dt, d.Span.End)
		if v < 0 {
			continue
		}
		if v > 0 && lexis.InSet(toks[v].Fold, "ended", "ending", "ends", "clos", "close", "acheve") && endedPeriods[toks[v-1].Fold] {
			continue // "in the fiscal year ended March 31", «l'exercice clos le 30 juin»: the period's end, no event
		}
		if x.deadlineOfPast(p, &d, v) {
			continue
		}
		if _, year := bareYear(toks[dt]); year && dt > 0 && p.tags[dt-1] == syntax.NOUN && !seenVerb[v] && laterDay(s.dates, d, v, toks) {
			// "L'édition 2026 débutera le 24 mai": the year names the
			// edition; the day after the verb dates it.
			continue
		}
		if d.Since && v > 0 && p.participle(v) && p.tags[v-1] != syntax.AUX && !lexis.InSet(toks[v-1].Fold, "a", "ont", "est", "sont", "has", "have", "had", "was", "were", "been") {
			// "les aménagements mis en place depuis 1998": a state a
			// participle qualifies a noun with, no act of that year.
			continue
		}
		if seenVerb[v] {
			// "sortira en Europe le 28 juillet, et en Amérique, le 18
			// août", "Après 2002, 2003, 2009 et 2010, Serena Williams
			// remporte": a date coordinated with the one before of the
			// same verb is that event again, then.
			if k, ok := verbEvent[v]; ok && p.coordinatedDates(verbDate[v], dt) && !covered(out[first:], d) {
				prev := out[k]
				again := func(date Date, span Span, text, words string) {
					c := prev
					c.Reasons = append([]string(nil), prev.Reasons...)
					if words != "" {
						c.words = joinWords(c.Subject+" "+toks[v].Text, words)
						c.Label = c.words
					}
					c.Date, c.DateSpan = date, span
					c.Reasons[len(c.Reasons)-1] = "date: «" + text + "», coordinated with the date before of the verb «" + toks[v].Text + "»"
					out = append(out, c)
				}
				// The years a list names between the two dates ("2002,
				// 2003, 2009 et 2010"): "2003" and "2009" are dates of
				// the verb too.
				for j := verbDate[v]; j < dt; j++ {
					if y, ok := bareYear(toks[j]); ok {
						again(YearOf(y), Span{Start: toks[j].Start, End: toks[j].End}, toks[j].Text, "")
					}
				}
				date := d.Date
				if d.Relative && prev.Date.Start.After(x.art.Published.End) && date.End.Before(x.art.Published.Start) &&
					date.Precision >= PrecisionMonth {
					// "sortira le 28 juillet, et en Amérique, le 18
					// août": a date without its year points the way
					// the first one does.
					date = date.ShiftYears(1)
				}
				again(date, d.Span, d.Text, p.dateComplement(x.art.Text, verbDate[v], dt))
				verbDate[v] = tokenAfter(toks, d.Span.End)
			}
			continue
		}
		seenVerb[v] = true
		if covered(out[first:], d) {
			continue
		}
		if c, ok := x.clauseEvent(s, p, v, d.Span, out[first:]); ok {
			c.Date, c.DateSpan = d.Date, d.Span
			c.Reasons = append(c.Reasons, "date: «"+d.Text+"», the date of the verb «"+toks[v].Text+"»")
			out = append(out, c)
			verbEvent[v], verbDate[v] = len(out)-1, tokenAfter(toks, d.Span.End)
		}
	}
	return out
}

// alsoEvents reads the event of an undated clause that tells, with
// "also", of what was done on the day of the event told just before ("Apple
// unveiled the MacBook Air on Wednesday. Jobs also announced a beta of
// FaceTime", "Il a aussi indiqué que…"): that day's event too.
func (x *extractor) alsoEvents(out []Claim, s *sentence, p *parsed, first int) []Claim {
	date, asOf := x.narrDate, false
	if date.IsZero() || x.sentIndex <= x.narrAt || x.sentIndex-x.narrAt > 3 {
		date, asOf = x.firstDay, x.firstAsOf
		if x.sentIndex-x.firstDayAt > alsoSpan {
			// (not "Smith also served as ambassador under Carter" at the
			// end of an obituary: told too far from the news)
			return out
		}
	}
	if date.IsZero() || len(out) > first || frontedTime(s.toks) {
		return out
	}
	toks := p.toks
	if k := alsoAt(toks); k >= 0 && len(p.tags) == len(toks) {
		t := toks[k]
		v := -1
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if p.tags[j] == syntax.VERB {
				v = j
				break
			}
		}
		if v >= 0 && x.pastVerb(p, v) && p.clauseStart(v) <= k && !lexis.InSet(toks[v].Fold, "declined", "refused", "refuse", "decline") &&
			(!lexis.IsSpeechVerb(toks, v) || lexis.InSet(toks[v].Fold, "announced", "revealed", "unveiled", "annonce", "devoile", "revele")) {
			// (not "also said…", which statements read with its words, nor
			// "also declined to comment")
			if c, ok := x.clauseEvent(s, p, v, Span{}, out[first:]); ok {
				c.Date, c.AsOf = date, asOf
				c.Reasons = append(c.Reasons, "date: none in the passage; «"+t.Text+"» ties «"+toks[v].Text+"» to the event told before, of "+date.String())
				out = append(out, c)
			}
		}
	}
	return out
}

// personPhrase reports whether a noun phrase names a person by a role or
// as a person: "The prime minister", "le ministre", "the man".
func personPhrase(phrase string) bool {
	for _, w := range strings.Fields(lexis.Fold(phrase)) {
		if roleWords[w] != "" || peopleNouns[w] || lexis.InSet(w, "man", "woman", "homme", "femme", "minister", "ministre", "president", "presidente") {
			return true
		}
	}
	return false
}

// alsoSpan is how many sentences after the article's first dated news an
// undated "also" still tells of that news.
const alsoSpan = 15

// alsoAt returns the token of the first "also", "aussi" or "également" in
// toks, -1 when there is none.
func alsoAt(toks []lexis.Token) int {
	for k, t := range toks {
		if lexis.InSet(t.Fold, "also", "aussi", "egalement") || sequenceWord(toks, k) {
			return k
		}
	}
	return -1
}

// sequenceWord reports whether token k says that what its clause tells came
// right after what was told before: "a ensuite félicité les artistes",
// "le trafic a alors été détourné", "s'est aussitôt lancé", "then
// announced" (not "alors que", "since then", "the then president").
func sequenceWord(toks []lexis.Token, k int) bool {
	f := toks[k].Fold
	switch {
	case lexis.InSet(f, "ensuite", "aussitot"):
	case f == "alors":
		if lexis.InSet(lexis.FoldAt(toks, k+1), "que", "qu'") {
			return false
		}
	case f == "then":
		if lexis.InSet(lexis.FoldAt(toks, k-1), "since", "until", "till", "by", "the", "and", "from", "just", "even", "if") {
			return false
		}
	default:
		return false
	}
	// between an auxiliary, or the subject, and its verb
	return k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Word && toks[k+1].Kind == lexis.Word
}

// pastVerb reports whether verb v is in a past tense: "announced", "was
// announced", "a indiqué", "ont volé".
func (x *extractor) pastVerb(p *parsed, v int) bool {
	toks := p.toks
	aux := v - 1
	for aux >= 0 && (lexis.InSet(toks[aux].Fold, "also", "aussi", "egalement", "been", "ete") || sequenceWord(toks, aux)) {
		aux--
	}
	if x.art.Lang == "fr" {
		// (not "sont également élevées": a state, now; but "s'est aussitôt
		// lancé", a reflexive's past)
		reflexive := aux >= 1 && lexis.InSet(toks[aux].Fold, "est", "sont") && lexis.InSet(toks[aux-1].Fold, "s'", "se")
		return aux >= 0 && (lexis.InSet(toks[aux].Fold, "a", "ont", "avait", "avaient") && toks[aux].Text != "à" || reflexive) && lexis.FrenchParticiple(toks[v].Fold)
	}
	if aux >= 0 && lexis.InSet(toks[aux].Fold, "was", "were") {
		return p.participleForm(v)
	}
	if aux >= 0 && lexis.InSet(toks[aux].Fold, "has", "have", "had") {
		// "has also launched a music service": the day's act; not "has
		// also faced criticism for years", a state.
		if lexis.InSet(toks[v].Fold, "faced", "been", "had", "seen", "experienced", "struggled", "suffered", "enjoyed", "known", "remained") {
			return false
		}
		for k := v + 1; k < len(toks) && k <= v+8; k++ {
			if lexis.InSet(toks[k].Fold, "for", "since") && k+1 < len(toks) && (toks[k+1].Kind == lexis.Number || lexis.InSet(toks[k+1].Fold, "years", "months", "decades", "weeks", "a", "many", "several")) {
				return false
			}
		}
		return p.participleForm(v) || p.tags[v] == syntax.VERB
	}
	if aux >= 0 && p.tags[aux] == syntax.AUX || aux >= 0 && toks[aux].Fold == "to" {
		return false // "will also launch", "plans to also offer"
	}
	cl, _ := syntax.LexiconFor("en").Classes(toks[v].Fold)
	return strings.Contains(cl, "VBD")
}

// eventDate returns the token date d starts at when d may date the event of
// its clause, else -1: not a duration, a clock time, an unresolved date or
// a deadline ("delayed the change until May 15": not when the event
// happened).
// figureJustBefore reports whether a figure's number stands among the
// six tokens before token k, in its clause: what a date there may be the
// base of.
func figureJustBefore(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		if toks[j].Text == ";" || toks[j].Text == "." && !insideNumber(toks, j) {
			return false
		}
		if toks[j].Kind == lexis.Number {
			return true
		}
	}
	return false
}

func eventDate(toks []lexis.Token, d *timex.DateExpr) int {
	if d.Kind == "duration" || d.Date.IsZero() || d.Date.Precision == PrecisionHour && d.Kind == "time" || d.Since && recordSince(toks, d) ||
		lexis.InSet(lexis.Fold(d.Prep), "until", "till", "jusqu'au", "jusqu'a", "jusqu'en", "d'ici", "by", "avant", "before") {
		return -1
	}
	k := tokenAt(toks, d.Span.Start)
	if baseDateAt(toks, k) || figureJustBefore(toks, k) && comparisonBase(toks, *d) && (yearEarlierAt(toks, k) || !lexis.InSet(lexis.FoldAt(toks, k-1), "from", "de", "du", "d'", "des", "depuis", "since")) {
		// "Cambridge slipped to fifth from second in 2024", "swung to a
		// net loss of 37 million euros from a profit of 12 million euros
		// a year earlier": the base's time, not the move's (but "From
		// 2021, London is expected to hold its own talks": when it
		// starts; and "will launch no earlier than September 2025": no
		// figure's base)
		return -1
	}
	j := -1
	switch {
	case k >= 1 && lexis.InSet(toks[k-1].Fold, "until", "till", "by"):
		j = k - 2
	case k >= 2 && lexis.InSet(toks[k-2].Fold+toks[k-1].Fold, "jusqu'au", "jusqu'a", "jusqu'en", "d'ici"):
		j = k - 3
	}
	if j >= 1 && pastAct(toks, j) && !durative(toks[j].Fold) {
		// "a été prolongée jusqu'au 31 janvier", "ont été fermées jusqu'à
		// lundi", "was extended until March 31": the end of what was
		// done, not when it was done (but "a duré jusqu'à mercredi",
		// "lasted until Friday", "a été détenu jusqu'au 2 mai": the end
		// of what went on; nor "devra attendre jusqu'au 2 juin", "auront
		// lieu jusqu'au 11 juillet": what will go on until then).
		return -1
	}
	return k
}

// baseDateAt reports whether the date at token k dates a base a figure is
// set against: "from second in 2024", "up from 3.2 million a year
// earlier", «contre 41 % en 2023» (the figure, and at most its unit and
// a preposition, between).
func baseDateAt(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 1 && k-j <= 4; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "%" {
			return false
		}
		if (toks[j].Kind == lexis.Number || ordinalToken(toks[j])) && lexis.InSet(toks[j-1].Fold, "from", "contre", "against", "versus", "vs") {
			return true
		}
	}
	return false
}

// durative reports whether a verb tells how long something went on
// ("a duré", "s'est poursuivi", "lasted", "remained", "a été détenu"):
// its "until" date is when it ended.
func durative(f string) bool { return hasStem(f, durativeStems) }

var durativeStems = []string{"dur", "poursuiv", "continu", "last", "remain", "rest", "stay", "demeur", "deten", "detain", "held",
	"emprison", "jail", "ran", "run", "went", "tenu", "siege", "siega", "sat", "vecu", "lived", "regn", "reign", "govern", "gouvern"}

// recordSince reports whether the date after "depuis", "since" is the term
// of a comparison, not a start: "un niveau inédit depuis 1995", "the
// highest since 2008", "for the first time since 1990".
func recordSince(toks []lexis.Token, d *timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start)
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		f := toks[j].Fold
		if lexis.InSet(f, "inedit", "inedite", "inedits", "inedites", "record", "records", "highest", "lowest", "biggest", "largest",
			"worst", "best", "strongest", "weakest", "first", "premiere", "meilleur", "meilleure", "meilleurs", "meilleures", "jamais", "haut", "bas", "fort", "faible", "eleve", "elevee",
			"plus", "moins", "most", "least", "deadliest", "meurtrier", "meurtriere", "pire", "aucun", "aucune", "never", "no", "ne", "n'") {
			return true
		}
		if toks[j].Text == "." || toks[j].Text == ";" {
			break
		}
	}
	return false
}

// pastAct reports whether the word at j is a verb told in the past: a
// participle after its auxiliary ("a été prolongée", "was extended") or
// an English simple past ("extended").
func pastAct(toks []lexis.Token, j int) bool {
	f := toks[j].Fold
	if toks[j].Kind != lexis.Word || toks[j].Upper() {
		return false
	}
	if lexis.FrenchParticiple(f) && lexis.InSet(toks[j-1].Fold, "a", "ont", "ete", "est", "sont", "avait", "avaient") && toks[j-1].Text != "à" {
		return true
	}
	return lexis.EnglishPast(f) && !lexis.InSet(toks[j-1].Fold, "will", "be", "to")
}

// clauseEvent reads the event of the clause of verb v: its entity subject
// and its own words (up to its object, without the date at date), unless a
// figure of claims reads the clause already.
// frenchImperfectState reports whether the French verb at v is in the
// imperfect and tells a state that went on, not an act: since a date («la
// direction connaissait depuis l'été l'ampleur des pertes») or still
// («le service tablait encore sur 35,7 millions d'hectolitres»). A
// journalist's imperfect of an act keeps its event («le musée
// inaugurait samedi son pavillon»).
func (p *parsed) frenchImperfectState(v int, since bool) bool {
	f := p.toks[v].Fold
	if p.lang != "fr" || p.tags[v] != syntax.VERB || !hasAnySuffix(f, "ait", "aient") || hasAnySuffix(f, "rait", "raient") || frenchAuxiliaries[f] ||
		strings.HasPrefix(f, "remont") || strings.HasPrefix(f, "dat") {
		// (nor «le dernier contrôle remontait au mois de mars», «le record
		// datait d'août 2003»: a verb that says when a thing happened)
		return false // (a conditional tells what would be, and is read elsewhere)
	}
	if since {
		return true
	}
	for k := v + 1; k < len(p.toks) && k <= v+2; k++ {
		if lexis.InSet(p.toks[k].Fold, "encore", "toujours", "deja") {
			return true
		}
	}
	return false
}

func (x *extractor) clauseEvent(s *sentence, p *parsed, v int, date Span, claims []Claim) (Claim, bool) {
	toks := p.toks
	since := false
	for _, d := range s.dates {
		// (and a period, «La consommation stagnait au quatrième
		// trimestre»: what went on through it, not an act of a day)
		since = since || date != (Span{}) && d.Span == date && (d.Since || lexis.Fold(d.Prep) == "depuis" || d.Date.Range || d.Date.Precision < PrecisionDay)
	}
	if p.frenchImperfectState(v, since) {
		return Claim{}, false
	}
	if m := v - 1; p.lang == "fr" && (lexis.InSet(toks[v].Fold, "pourrait", "pourraient") || m >= 0 && lexis.InSet(toks[m].Fold, "pourrait", "pourraient")) ||
		p.lang != "fr" && (lexis.InSet(toks[v].Fold, "could", "might") || m >= 0 && lexis.InSet(toks[m].Fold, "could", "might")) {
		return Claim{}, false // «La fusion pourrait donner naissance…»: what may be, no event
	}
	if p.lang == "fr" && v >= 1 && toks[v-1].Fold == "pour" && p.tags[v] == syntax.VERB && hasAnySuffix(toks[v].Fold, "er", "ir", "re") {
		// «un plan de 250 millions d'euros pour renforcer la sécurité
		// d'ici 2027»: what the act is for, not done yet, no event of its
		// own.
		return Claim{}, false
	}
	for k := v + 1; k < len(toks) && k <= v+5; k++ {
		if lexis.InSet(toks[k].Fold, "anonymat", "anonymity", "anonymously") {
			// «qui s'exprime sous couvert d'anonymat», "speaking on
			// condition of anonymity": how a source speaks, no event.
			return Claim{}, false
		}
	}
	if locatedVerbs[toks[v].Fold] {
		return Claim{}, false // "Orbital Dynamics, based in Long Beach": where it is, no event
	}
	if v > 0 && lexis.InSet(toks[v].Fold, "carre", "carres", "cube", "cubes", "squared") && lexis.InSet(lemma(toks[v-1].Fold, p.lang), "metre", "kilometre", "centimetre", "millimetre", "pied", "meter", "kilometer") {
		return Claim{}, false // «9 430 euros le mètre carré»: a unit, no verb
	}
	if p.lang != "fr" && strings.HasSuffix(toks[v].Fold, "ing") && p.gerundInComplement(v) {
		return Claim{}, false // "8% of all television viewing": a noun in -ing a preposition governs, no event
	}
	if putVerbs[toks[v].Fold] {
		// "Consultancy Zorg put the crop at 64.5 million bags": the
		// figure the verb sets is the claim, the putting no event (not
		// "put the team on alert at 6 a.m.": no figure's claim there).
		for k := v + 2; k+1 < len(toks) && k <= v+14 && (!lexis.InSet(toks[k].Text, ".", ";", ",", ":") || initialDot(toks, k)); k++ {
			if lexis.InSet(toks[k].Fold, "at", "a") {
				for _, c := range claims {
					if c.HasValue && c.ValueSpan.Start >= toks[k].End && c.ValueSpan.Start <= toks[min(k+3, len(toks)-1)].End {
						return Claim{}, false
					}
				}
			}
		}
	}
	if v >= 2 && p.lang == "en" && lexis.InSet(toks[v-1].Fold, "it", "they", "he", "she", "we") && p.tags[v-2] == syntax.NOUN {
		// "34% of the people it helped last year were in work": a
		// relative clause without "that" inside a noun phrase, no news of
		// its own.
		for k := v + 1; k < len(toks) && k <= v+8 && toks[k].Kind != lexis.Punct; k++ {
			if p.tags[k] == syntax.AUX || p.tags[k] == syntax.VERB && !p.participle(k) {
				return Claim{}, false
			}
		}
	}
	if v >= 2 && (date == (Span{}) || date.End <= toks[v-1].Start) && toks[v-1].Text == "," && (p.participleForm(v) || p.lang == "en" && lexis.EnglishParticiple(toks[v].Fold)) && !p.passive(v) &&
		(lexis.InSet(lexis.FoldAt(toks, v+1), "par", "by") || p.tags[v+1] == syntax.ADV && lexis.InSet(lexis.FoldAt(toks, v+2), "par", "by")) {
		// "Quelque 1 100 sapeurs-pompiers, appuyés par huit Canadair,
		// restaient mobilisés", "Le document, présenté par l'adjoint",
		// "…, the museum said on Wednesday, helped by a blockbuster
		// exhibition": a participle set off by commas, with no date of
		// its own, says what a thing is or what helped, not what happened.
		return Claim{}, false
	}
	// "Apple is the producer of the iPod and launched the iTunes Music
	// Store": a verb coordinated with the one before shares its subject.
	sv := v
	if u := p.coordinatedWith(v); u >= 0 {
		sv = u
	}
	var a, b int
	var how string
	if q := p.relativeAcross(sv); q >= 0 {
		a, b, how = p.antecedent(q) // "X qui, le 10 novembre 93, avait causé": the relative's antecedent
	} else if wa, wb, ok := p.whoseOwner(p.clauseStart(sv)); ok {
		a, b, how = wa, wb, fromOwner // "Chester Zoo, whose new Sumatran tiger habitat opened in May": the zoo's
	} else {
		a, b, how = p.subjectBefore(sv, p.clauseStart(sv))
	}
	if how != "" && a < len(toks) && p.properNoun(a) && citedAt(toks, a) {
		// «Selon la Dares, cette modification, entrée en vigueur le 1er
		// octobre»: the source cited is not what the clause tells of (a
		// publication it tells of is: «selon un sondage paru hier»).
		a, b, how = 0, 0, ""
	}
	if how == "" {
		a, b, how = p.antecedent(p.clauseStart(sv))
	}
	for how != "" && a+1 < b && a > 0 && currencyWords[toks[a].Fold] && (toks[a-1].Kind == lexis.Number || quantity.Scale(toks[a-1].Fold) > 0) {
		a++ // "the 55 billion crowns parliament earmarked": the amount's currency is no part of the subject
	}
	// observed is true when the clause's subject is observers ("Analysts at
	// Brightwater expect growth to slow"): whom "the company" or "it" stands
	// for next is not their firm.
	observed := false
	for k := max(a-3, 0); how != "" && k < b && k < len(toks); k++ {
		observed = observed || observerNouns[toks[k].Fold]
	}
	var subj, thing string
	if how == "" && v >= 2 && toks[v-1].Text == "," && p.participleForm(v) {
		// "Les accords d'Évian, signés le 18 mars 1962": the noun phrase
		// a participle set off by a comma tells of.
		st := p.clauseStart(v - 2)
		if h := p.headEndingAt(v-2, st); h >= 0 {
			if phrase := p.nounPhrase(x.art.Text, p.agreeingHead(h, st, v), v-1); phrase != "" {
				subj, how = phrase, fromPhrase
			}
		} else if na, nb, ok := p.nameAt(v - 2); ok {
			a, b, how = na, nb, fromClause
		}
	}
	inverted := false
	if subj == "" && how == "" && lexis.IsSpeechVerb(toks, v) {
		// "Le projet sera abandonné, a annoncé mardi le ministre de
		// l'Économie", "…, said Zorg Norton": who speaks comes after the
		// verb that reports the words before it.
		if ia, ib, ok := p.subjectAfter(v, date); ok {
			a, b, how, inverted = ia, ib, fromClause, true
			if !p.properNoun(ia) {
				subj, how = strings.TrimSpace(x.art.Text[toks[ia].Start:toks[ib-1].End]), fromGroup // "le ministre de l'Économie"
			}
		}
	}
	if subj == "" && (how == "" || how == fromTopic) {
		// "iOS 4 was first introduced by Apple in April": a passive's agent.
		a2, b2, ok := p.agentAfter(v)
		if k := tokenAfter(toks, date.End) - 1; !ok && date != (Span{}) && k > v && k-v <= 4 {
			// "figures released April 3 by NPD Group": the agent after
			// the date.
			a2, b2, ok = p.agentAfter(k)
		}
		// "The store was renamed…" after "the iTunes Store": the name the
		// article gave it (looked for only after a definite article: the
		// look-up reads every name before the passage).
		named := ""
		if how == fromTopic && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'", "this", "ce", "cette") {
			named = x.namedWith(s, toks[a].Fold)
		}
		by := a2 - 1
		if ok && by > v && lexis.InSet(toks[by].Fold, "the", "la", "le", "l'", "les") {
			by-- // "publiés vendredi par la Plateforme automobile"
		}
		if ok && lexis.InSet(lexis.FoldAt(toks, by), "by", "par") && v > 0 && (p.passive(v) || p.participle(v) || toks[v-1].Text == "," && (p.participleForm(v) || p.lang == "en" && lexis.EnglishParticiple(toks[v].Fold))) {
			// (and "The plant, bought by Zorgon in 2019": a participle set
			// off by a comma, its agent after it)
			a, b, how = a2, p.nameBeforeAbbreviation(x.art.Text, a2, b2), fromAgent
		} else if phrase := p.bodyAgent(x.art.Text, v); phrase != "" && how == fromTopic && actedOnNouns[toks[a].Fold] {
			// (a file, a bill, an inquiry: not «Le moniteur survivant a été
			// entendu par les gendarmes», what befell a person is told of
			// the person)
			// "Le dossier doit être examiné le 18 novembre par la
			// commission interministérielle", "An investigation was
			// opened on Monday by prosecutors in Lyon": the body that
			// acts, named by its kind.
			subj, how = phrase, fromAgent
		} else if named != "" {
			subj, how = named, fromAnaphor
		} else if how == fromTopic {
			// "Un avion de ligne s'est écrasé le 3 juin", "le minitel
			// cessera de fonctionner le 30 juin": the thing its clause is
			// about, in the article's words.
			h := p.climbOf(a, p.clauseStart(v))

			for _, n := range s.nums {
				if n.TokStart <= h && h < n.TokEnd {
					return Claim{}, false // "un candidat sur cinq a obtenu une mention": the share's claim
				}
				if (n.TokEnd <= h && p.adjectivesOnly(n.TokEnd, h) || n.TokEnd == h) && slices.ContainsFunc(claims, func(c Claim) bool { return c.HasValue && c.ValueSpan.Overlaps(n.Span) }) {
					return Claim{}, false // "Seuls 14 300 logements ont été réservés": the figure's claim (not "Les 27 pays de l'UE ont adopté")
				}
			}
			if p.numberClash(h, v) {
				// "… qui contrôlent le nord du pays ont manifesté": not
				// the verb's subject; the clause's first noun, if it agrees.
				if h = p.agreeingSubject(h, v); h < 0 {
					return Claim{}, false
				}
			}
			if subj = p.nounPhrase(x.art.Text, h, v); subj == "" && date != (Span{}) {
				// "the new iPhone 3.0 software, which will be available on
				// June 17", "An iOS update released Thursday": the name
				// inside the noun phrase, with the noun it qualifies (in a
				// clause its date ties it to, not an undated opening).
				subj = p.namedPhrase(x.art.Text, h)
			}
			if subj == "" {
				return Claim{}, false
			}
			if quantityHeads[toks[h].Fold] {
				return Claim{}, false // "double the number distributed five years ago", «le nombre de…»: a quantity, no one who acts
			}
			if det, _, _ := strings.Cut(lexis.Fold(subj), " "); lexis.InSet(det, "ce", "cet", "cette", "ces", "this", "these", "that", "those") {
				return Claim{}, false // "Cette enquête montre…", "This move came…": a thing told before, no subject of its own
			}
			how = fromPhrase
			if ante := p.dontAntecedent(x.art.Text, a); ante != "" && !p.ownerComplement(h, v) {
				// «…une usine à Saint-Nazaire, d'une capacité de 20 000
				// moteurs par an, dont la mise en service est prévue au
				// second semestre»: the act is of what «dont» stands for.
				thing = subj
				subj = ante
			} else if det, _, _ := strings.Cut(lexis.Fold(subj), " "); ownersActs[toks[h].Fold] && lexis.InSet(det, "la", "le", "l'", "les", "the") && !p.ownerComplement(h, v) &&
				x.focus != "" && x.reg.kind(x.focus) == KindOrg && !placeNamed(x.reg.display(x.focus)) {
				// «La finalisation est attendue au second semestre», «La
				// liquidation du stock débutera lundi»: an act of the
				// article's organisation, named by what it does.
				thing = subj
				subj, how = x.reg.display(x.focus), fromTopic
			}
			if det, _, _ := strings.Cut(lexis.Fold(subj), " "); possessives[det] {
				// "selon son rapport trimestriel publié mardi soir": the
				// owner the possessive stands for, with the thing as said.
				k := h
				for k > 0 && toks[k].Fold != det {
					k--
				}
				if owner, _ := x.possessiveOwner(s, p, k); owner != "" {
					thing = subj
					subj, how = owner, fromOwner
				}
			}
		} else {
			return Claim{}, false
		}
	}
	if subj == "" {
		subj, how = x.entityOf(s, p, a, b, how, Span{})
		if how == fromPronoun && x.pluralClash(toks[a].Fold, subj) {
			subj = "" // "Ils se sont mariés en 1962" after "Monique …": not Monique alone
		}
		if how == fromPronoun && lexis.InSet(toks[a].Fold, "he", "she") && !personPhrase(subj) &&
			(x.reg.kind(nameKey(subj)) == "" || x.reg.kind(nameKey(subj)) == KindPlace ||
				x.reg.kind(nameKey(subj)) == KindOrg && (x.lastPerson.key != "" && x.lastPersonIn >= x.sentIndex-1 || x.personNamedBefore(s, a)) && x.reg.person(nameKey(subj), x.localPersons) == "" && !givenNameFirst(subj) ||
				subj == x.lastSubject && (x.lastSubjectHow == fromOwner || x.lastSubjectHow == fromTopic) &&
					x.reg.kind(nameKey(subj)) != KindPerson && !givenNameFirst(subj) && x.reg.person(nameKey(subj), x.localPersons) == "") {
			// "The Mac market share is up 82%. … Steve Jobs announced… He
			// also announced", "Furlong said he would press for higher EU
			// prices when he meets…": a person, not the thing last measured (and
			// no one when the article has named no person). (A name
			// that opens with a given name, or a person's surname, is a
			// person's, whatever the article's other mentions made of
			// it: "Merkel's approval rating fell. She said…")
			subj = ""
			if x.lastPerson.key != "" {
				subj = x.reg.display(x.lastPerson.key)
			}
			for _, m := range s.mentions {
				if m.end <= a && !m.common && x.reg.kindOf(&m) == KindPerson {
					// "Spain's industry minister, Reyes Ortuno, said that
					// Madrid had offered…, and that she would meet union
					// leaders": the person her own sentence names before
					subj = x.reg.display(m.key)
				}
			}
		}
		if how == fromPronoun && genderClash(toks[a].Fold, subj) {
			// "il lance" after "la communauté scientifique …": the person
			// last named, not a phrase of the other gender. (For
			// "elle", only a person the sentence before named: a given
			// name does not tell the person's gender, and news names
			// more men than women.)
			subj = ""
			if x.lastPerson.key != "" && (!lexis.InSet(toks[a].Fold, "elle", "elles") || x.lastPersonIn >= x.sentIndex-1) {
				subj = x.reg.display(x.lastPerson.key)
			}
		}
		if how == fromPronoun {
			subj = x.speakerForPronoun(toks[a], subj)
		}
	}
	if subj == "" {
		return Claim{}, false
	}
	actor := subj // who acts, as the label says it
	if who := x.personOfAct(s, p, v); who != "" && who != subj {
		// «L'Élysée a annoncé lundi la nomination de Martin Lecorre»,
		// «Bellerive a enregistré l'arrivée de l'attaquant Mads Holm»:
		// the person the act befalls, the one the news is about.
		subj, how = who, fromClause
	}
	if v > 0 && p.tags[v-1] == syntax.NUM && !p.inDate(v-1) && casualtyNouns[toks[v].Fold] {
		return Claim{}, false // "12 dead and 40 injured": the count's noun, not a verb
	}
	if k := v - 1; thing == "" && how != fromAgent && k >= 2 {
		if toks[k].Fold == "be" {
			k--
		}
		if h := k - 1; toks[k].Fold == "to" && p.tags[h] == syntax.NOUN && !toks[h].Upper() && h >= b && h > a {
			// "announced another special event to be held on October 12",
			// "announced plans to build a plant": the thing the infinitive
			// tells of, not its subject's own act.
			if thing = p.nounPhrase(x.art.Text, h, k); thing == "" {
				thing = toks[h].Text
			}
		}
	}
	words, to := p.eventWords(x.art.Text, v, date)
	if how == fromPronoun && subj != "" && strings.Contains(words, subj) {
		return Claim{}, false // "Elle épousa Georges Zorg": the pronoun is not the one it did it to
	}
	if to == v+1 && p.tags[v] == syntax.AUX {
		return Claim{}, false // "X était": a copula without what it says
	}
	if newsComes(toks[v].Fold, subj) {
		return Claim{}, false // "L'annonce est tombée ce matin": the news, not what it tells
	}
	if p.lang == "fr" && p.tags[v] == syntax.VERB && strings.HasSuffix(toks[v].Fold, "ant") && len(toks[v].Fold) > 4 {
		// "un système … incluant le noyau Linux depuis 2004", "en
		// atteignant 40 °C": a present participle tells of no event.
		return Claim{}, false
	}
	if negated(toks, v) {
		return Claim{}, false // "elle n'avait remporté aucun titre", "Zorgon did not launch": what did not happen
	}
	// A figure its clause states ("Reality Labs lost $3.7 billion"), or
	// that a speech verb reports ("Zoom said that it has 300 million…"),
	// is the claim; the verb alone is no event beside it.
	end := p.clauseEnd(v)
	begin := toks[v].Start
	said := lexis.IsSpeechVerb(toks, v) && !p.nounObjectAfter(v) // (a figure in the words it reports is theirs)
	if said {
		// (and "Unemployment claims jumped to 281,000, the Labor
		// Department said": the figure before the words that report it)
		end, begin = len(toks), toks[0].Start
		for c := 1; c < v; c++ {
			if toks[c].Text == "," {
				if p.openingPhrase(c) {
					// "Élu en 2017 avec 66 % des voix, Emmanuel Macron a
					// annoncé mardi sa candidature": not what is said.
					begin = toks[c+1].Start
				}
				break
			}
		}
	}
	if seeVerbs[toks[v].Fold] && figureIn(claims, toks[v].Start, toks[len(toks)-1].End) {
		return Claim{}, false // "saw its net profit fall 12%": the figure is what it saw
	}
	if words == "" || figureIn(claims, begin, toks[max(to, end)-1].End) && (said || !p.predicateBeforeFigure(claims, v, max(to, end)) && !p.causeFigures(claims, begin, toks[max(to, end)-1].End) &&
		!p.figuresBesideVerb(claims, v, begin, toks[max(to, end)-1].End) && !(date != (Span{}) && decisionVerbs[toks[v].Fold])) {
		// (a decision or a deal on its own day is an event beside its
		// figures: "The government on Tuesday signed a contract … to bring
		// 8 million cubic metres", "parliament on Wednesday approved a rise
		// in the minimum pension to 700 euros")
		return Claim{}, false // a figure's claim reads this clause
	}
	if how == fromPhrase {
		// "le taux de chômage a reculé de 0,2 point": a clause about a
		// figure is the figure's, read or not.
		for k := v + 1; k < max(to, end); k++ {
			if p.tags[k] == syntax.NUM && !p.inDate(k) {
				return Claim{}, false
			}
		}
	}
	c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
		What: toks[v].Text, Subject: subj, ValueText: toks[v].Text, ValueSpan: Span{Start: toks[v].Start, End: toks[v].End}}
	c.words = joinWords(actor, words)
	if how != fromPronoun && how != fromAgent && b <= v && a > 0 {
		// "Les ouvriers de Renault ont manifesté": the subject as
		// written, not "Renault ont manifesté".
		if h := p.complementedNoun(a); h >= 0 {
			phrase := p.nounPhrase(x.art.Text, h, v)
			if phrase == "" && p.wordStart(h) == 0 && toks[h].Kind == lexis.Word {
				// "Pre-orders of the recently announced iPhone 4 began":
				// a bare noun opening the sentence.
				phrase = strings.TrimSpace(x.art.Text[toks[0].Start:toks[p.nounPhraseEnd(h, v)-1].End])
			}
			if phrase != "" && strings.Contains(phrase, toks[a].Text) {
				c.words = joinWords(phrase, words)
			}
		}
	}
	if how == fromOwner && a < b && b < v && lexis.InSet(toks[b].Text, "'s", "’s") && v-a <= 12 {
		// "Boeing's contract to produce the aircraft expires": the
		// subject as written, not "Boeing expires".
		e := v
		for e > b && (p.tags[e-1] == syntax.AUX || p.tags[e-1] == syntax.ADV || p.tags[e-1] == syntax.PART) {
			e--
		}
		c.words = joinWords(strings.TrimSpace(x.art.Text[toks[a].Start:toks[e-1].End]), words)
	}
	if thing != "" {
		c.words = subj + ": " + smallArticle(thing) + " " + words
	}
	if how == fromPronoun && a < len(toks) && lexis.InSet(toks[a].Fold, "we", "nous", "i", "je", "j'") && !strings.HasPrefix(words, toks[a].Text) {
		// «"…since we sold our UK life business in 2009," Verdan chief
		// executive Pieter van Aalst told reporters»: the speaker's own
		// words, quoted, not "Verdan sold our UK life business".
		c.words = subj + ": “" + toks[a].Text + " " + words + "”"
	}
	if inverted && toks[b-1].End-toks[0].Start <= 200 {
		// "Le projet sera abandonné, a annoncé mardi le ministre": the
		// words reported and who reports them, as written.
		c.words = strings.TrimLeft(strings.TrimSpace(x.art.Text[toks[0].Start:toks[b-1].End]), "-–—• ")
	}
	if said && !inverted && a >= 2 && toks[a-1].Text == "," && p.trailingVerb(v) && toks[v].End-toks[0].Start <= 200 {
		// "Astronomers have detected water vapour on an exoplanet, NASA
		// said on Wednesday": the words reported and who reports them,
		// as written (not "NASA said").
		c.words = strings.TrimLeft(strings.TrimSpace(x.art.Text[toks[0].Start:toks[v].End]), "-–—• ")
	}
	if how == fromAgent && to > v {
		// "The phone was introduced by Apple": the passive as written.
		st := p.clauseStart(v)
		if st >= v-1 && v >= 2 && toks[v-1].Text == "," {
			st = p.clauseStart(v - 2) // "The plant, bought by Zorgon": the noun phrase the participle tells of
		}
		for j := v - 1; j > st; j-- {
			if toks[j].Fold == "selon" || toks[j].Fold == "apres" && toks[j-1].Fold == "d'" || toks[j].Fold == "to" && toks[j-1].Fold == "according" {
				st = j + 1 // «…, selon les chiffres publiés lundi par la Dares»: the source's phrase, not the sentence it closes
				break
			}
		}
		if st < v {
			c.words = strings.TrimSpace(x.art.Text[toks[st].Start:toks[to-1].End])
		}
	}
	if how == fromPhrase && p.state(v) {
		// "La carte électorale est telle que…", "L'origine de l'incendie
		// était inconnue hier": a thing's state, no event.
		return Claim{}, false
	}
	c.Label = c.words
	c.Reasons = append(c.Reasons, "event: the verb «"+toks[v].Text+"» and its subject", "subject: "+how)
	c.Confidence = subjectConfidence[how] * 0.9
	if appointee := x.appointee(s, p, v); appointee != "" && appointee != subj {
		// "On Monday, Vrbensky also named Jana Kubatova as labour
		// minister", «Le président a nommé Jean-Pierre Raffarin à
		// Matignon»: the appointment is the appointee's, in the words of
		// whoever made it.
		c.Subject, subj = appointee, appointee
		c.Reasons[len(c.Reasons)-1] = "subject: the person its verb «" + toks[v].Text + "» appoints"
		if x.reg.kind(nameKey(appointee)) == KindOrg {
			c.Reasons[len(c.Reasons)-1] = "subject: the body its verb «" + toks[v].Text + "» designates"
		}
	}
	c.cited = how == fromAgent && citedAt(toks, v)
	if !said && !c.cited && (overlapsSpans(x.quotes, s.span) || slices.ContainsFunc(toks, func(t lexis.Token) bool { return t.Is(lexis.SpeechVerb) })) {
		// "Juice's next gravity assist will be at Venus in August 2029,
		// the agency said": the event as its source tells it (read
		// aside: who speaks next is not changed by the event's reading).
		saved := x.lastSpeaker
		if sp := x.attribution(toks, 0, len(toks), toks[v].Start); sp.key != "" && nameKey(x.reg.display(sp.key)) != nameKey(subj) &&
			len(toks) > 0 && sp.span.Start >= toks[0].Start && sp.span.End <= toks[len(toks)-1].End && !lexis.InSet(lexis.Fold(sp.text), "il", "elle", "ils", "elles", "he", "she", "they", "it") {
			// (a source its own sentence names, not one a pronoun stands
			// for: «…, déclarant qu'il partagerait…»)
			x.setSpeaker(&c, sp)
		}
		x.lastSpeaker = saved
	}
	if said && c.SaidBy == "" && a >= 0 && a < b && b <= len(toks) {
		// "The Financial Conduct Authority said last month it would
		// review…", "the company said on Tuesday": a statement is said by
		// who makes it
		if k := x.reg.canon(nameKey(subj)); x.reg.kind(k) == KindPerson || x.reg.kind(k) == KindOrg {
			sp := Span{Start: toks[a].Start, End: toks[b-1].End}
			x.setSpeaker(&c, speaker{key: k, text: x.art.Slice(sp), span: sp})
		}
	}
	if how != fromPassage && how != fromContext && !observed && !c.cited {
		// (not the agent of «selon les chiffres publiés mercredi par la
		// Dares»: a source cited, whose figures are of others)
		x.lastSubject, x.lastSubjectAt, x.lastSubjectHow, x.lastSubjectTok = subj, x.sentIndex, how, v
		x.subjects = append(x.subjects, subj)
	}
	return c, true
}

// trailingVerb reports whether only the verb's date and the sentence's end
// come after the verb at v: "…, NASA said on Wednesday."
func (p *parsed) trailingVerb(v int) bool {
	for k := v + 1; k < len(p.toks); k++ {
		if !p.inDate(k) && p.toks[k].Kind != lexis.Punct && !lexis.InSet(p.toks[k].Fold, "on", "in", "le", "en", "late", "early") {
			return false
		}
	}
	return true
}

// appointVerbs name a person to a post.
// bodyAgent returns the words of the body a passive verb v names by its
// kind after "by", «par» (past a date): "by prosecutors in Lyon", «par la
// commission interministérielle»; "" when none.
func (p *parsed) bodyAgent(text string, v int) string {
	toks := p.toks
	if v < 1 || !(p.passive(v) || lexis.InSet(toks[v-1].Fold, "etre", "ete", "be", "been", "being")) {
		return ""
	}
	end := p.clauseEnd(v)
	k := v + 1
	for k < end && (p.inDate(k) || p.tags[k] == syntax.ADV || k+1 < end && p.tags[k] == syntax.ADP && p.inDate(k+1) && !lexis.InSet(toks[k].Fold, "by", "par")) {
		k++
	}
	if k >= end || !lexis.InSet(toks[k].Fold, "by", "par") {
		return ""
	}
	h := k + 1
	if h < end && lexis.InSet(toks[h].Fold, "the", "le", "la", "l'", "les") {
		h++
	}
	if h >= end || !groupNouns[toks[h].Fold] && !lexis.InSet(toks[h].Fold, "prosecutors", "parquet", "juge", "judge", "jury", "committee", "comite", "board", "prefecture", "prefet", "regulator", "gendarmes", "investigators", "enqueteurs") {
		return ""
	}
	e := p.nounPhraseEnd(h, end)
	return strings.TrimSpace(text[toks[k+1].Start:toks[e-1].End])
}

// actedOnNouns are the things a body acts on, whose passive's event is the
// body's: a file examined, a bill passed, an inquiry opened.
var actedOnNouns = lexis.SetOf("dossier", "projet", "texte", "loi", "bill", "law", "report", "rapport", "enquete", "investigation",
	"inquiry", "plainte", "complaint", "decision", "plan", "proposition", "proposal", "budget", "motion", "amendement", "amendment",
	"resolution", "accord", "agreement", "contrat", "contract", "demande", "request", "recours", "appeal", "procedure", "reforme", "reform")

// ownersActs name what an organisation does as a stage of its own affair:
// its finalisation, its liquidation, its listing, its next edition.
var ownersActs = lexis.SetOf("finalisation", "finalization", "liquidation", "edition", "cotation", "introduction", "reouverture",
	"fermeture", "ouverture", "inauguration", "fusion", "closing", "completion", "listing", "reopening", "closure", "opening", "commercialisation",
	"lancement", "approbation", "homologation", "deploiement", "approval", "launch", "rollout")

// ownerComplement reports whether the noun at h has a complement that
// names an owner before verb v («la fermeture de l'usine Zorgon», "the
// closure of Zorgon's plant").
func (p *parsed) ownerComplement(h, v int) bool {
	for k := h + 1; k < v && k <= h+6; k++ {
		if p.properNoun(k) && !(k > 0 && lexis.InSet(p.toks[k-1].Fold, "en", "in", "a", "au", "aux") && placeNamed(p.toks[k].Text)) {
			return true // (not «Le lancement en France»: where, not whose)
		}
	}
	return false
}

// personActs name what befalls a person: an appointment, an arrival, a
// departure, a resignation, an election, a death, an arrest.
var personActs = lexis.SetOf("nomination", "arrivee", "depart", "demission", "election", "reelection", "deces", "mort", "arrestation",
	"limogeage", "recrutement", "appointment", "arrival", "departure", "resignation", "election", "reelection", "death", "arrest",
	"dismissal", "signing")

// personOfAct returns the person whose appointment, arrival or departure
// the verb at v announces or confirms as its object («a annoncé la
// nomination de Martin Lecorre», "confirmed the appointment of Jane
// Zorg"), "" when none.
func (x *extractor) personOfAct(s *sentence, p *parsed, v int) string {
	toks := p.toks
	if !announceVerbs[toks[v].Fold] && !lexis.InSet(toks[v].Fold, "confirme", "confirmed", "enregistre", "officialise", "officialisee", "welcomed", "accueilli") {
		return ""
	}
	k := v + 1
	for k < len(toks) && (p.inDate(k) || p.tags[k] == syntax.ADV || k+1 < len(toks) && p.tags[k] == syntax.ADP && p.inDate(k+1)) {
		k++
	}
	if k+2 >= len(toks) || p.tags[k] != syntax.DET || !personActs[toks[k+1].Fold] || !lexis.InSet(toks[k+2].Fold, "de", "d'", "du", "of") {
		return ""
	}
	for j := k + 3; j < len(toks) && j <= k+8; j++ {
		for _, m := range s.mentions {
			if m.tok == j && !m.common && (x.reg.kindOf(&m) == KindPerson || x.reg.kindOf(&m) != KindPlace && gazetteer.GivenNames()[toks[j].Fold]) {
				return x.reg.display(m.key) // (and "Karen Holt", a given name the registry took for a company's)
			}
		}
		if a, b, ok := p.nameAt(j); ok && a == j && b-a >= 2 && gazetteer.GivenNames()[toks[j].Fold] {
			return strings.TrimSpace(x.art.Text[toks[a].Start:toks[b-1].End]) // "l'attaquant Yann Kerdal", named once
		}
		if toks[j].Kind == lexis.Punct && toks[j].Text != "," || isVerb(p.tags[j]) {
			return ""
		}
	}
	return ""
}

// decisionVerbs are the past of an act that decides or seals something:
// the act is news of its own, beside the figures it sets.
var decisionVerbs = lexis.SetOf("signed", "approved", "adopted", "ratified", "passed", "voted", "awarded", "agreed", "endorsed",
	"signe", "signee", "signes", "approuve", "approuvee", "adopte", "adoptee", "ratifie", "vote", "votee", "accorde", "attribue")

var appointVerbs = lexis.SetOf("named", "appointed", "nominated", "nomme", "nommee", "nomment", "designe", "designee")

// appointee returns the person the appointment verb at v names right after
// it ("named Jana Kubatova", «a nommé Jean-Pierre Raffarin», past a date
// or "also"), "" when v names no one to a post.
func (x *extractor) appointee(s *sentence, p *parsed, v int) string {
	toks := p.toks
	if !appointVerbs[toks[v].Fold] || toks[v].Fold == "named" && v+1 < len(toks) && lexis.InSet(toks[v+1].Fold, "after", "for", "in", "as", "by") {
		return "" // ("a street named after him", "named in the report")
	}
	k := v + 1
	for k < len(toks) && k <= v+6 && (p.inDate(k) || lexis.InSet(toks[k].Fold, "also", "aussi", "egalement", "on", "dès", "des", "hier", "a", "à") || p.tags[k] == syntax.ADV) {
		k++
	}
	kindNoun := false
	if k+2 < len(toks) && p.tags[k] == syntax.DET && lexis.InSet(toks[k].Fold, "le", "la", "l'", "the") {
		// «a désigné mercredi le consortium Océalis», "named the
		// diplomat Jana Kubatova": past the noun of kind before the name
		j := k + 1
		for j < len(toks) && j <= k+3 && !toks[j].Upper() && (p.tags[j] == syntax.NOUN || p.tags[j] == syntax.ADJ) {
			j++
		}
		if j > k+1 && j < len(toks) && toks[j].Upper() {
			k, kindNoun = j, true
		}
	}
	for _, m := range s.mentions {
		if m.tok != k {
			continue
		}
		if kind := x.reg.kindOf(&m); kind == KindPerson || kind != KindPlace && (m.end-m.tok >= 2 || strings.Contains(toks[m.tok].Fold, "-")) && gazetteer.GivenNames()[strings.SplitN(toks[m.tok].Fold, "-", 2)[0]] ||
			kindNoun && kind == KindOrg && lexis.InSet(toks[v].Fold, "designe", "designee") {
			// (and the winner of a tender: «a désigné le consortium
			// Océalis»)
			return x.reg.display(m.key)
		}
	}
	return ""
}

// subjectAfter returns the subject written after a speech verb that
// reports the clause before its comma ("…, a annoncé mardi le ministre de
// l'Économie", "…, said Zorg Norton on Tuesday"): a name, or a determiner's
// noun phrase; ok false when the verb does not follow a comma or no subject
// follows it.
func (p *parsed) subjectAfter(v int, date Span) (int, int, bool) {
	toks, tags := p.toks, p.tags
	k := v - 1
	for k > 0 && (tags[k] == syntax.AUX || tags[k] == syntax.ADV) {
		k--
	}
	if k < 1 || toks[k].Text != "," && !lexis.InSet(toks[k].Text, "»", "”", "\"") || k+1 < v && tags[k+1] != syntax.AUX {
		return 0, 0, false // (not "met union leaders on Monday, then announced the closure")
	}
	// dateWord: a word of the date, or the preposition before it.
	dateWord := func(j int) bool {
		return date.Overlaps(Span{Start: toks[j].Start, End: toks[j].End}) || p.inDate(j) ||
			lexis.InSet(toks[j].Fold, "on", "in") && j+1 < len(toks) && p.inDate(j+1)
	}
	j := v + 1
	for j < len(toks) && (dateWord(j) || tags[j] == syntax.ADV) {
		j++
	}
	if j >= len(toks) {
		return 0, 0, false
	}
	// Who speaks ends the sentence, but for a date: "The Lyon plant, said
	// Zorg Norton on Tuesday, will close" sets the words apart inside it.
	ends := func(b int) bool {
		for ; b < len(toks); b++ {
			if toks[b].Kind == lexis.Word && !dateWord(b) {
				return false
			}
		}
		return true
	}
	if p.properNoun(j) {
		b := j + 1
		for b < len(toks) && p.properNoun(b) {
			b++
		}
		return j, b, ends(b)
	}
	if tags[j] == syntax.DET && j+1 < len(toks) && (tags[j+1] == syntax.NOUN || tags[j+1] == syntax.ADJ) {
		b := p.nounPhraseEnd(j+1, len(toks))
		for c := b; c < len(toks) && c < b+5 && !isVerb(tags[c]); c++ {
			if toks[c].Text != "," {
				continue
			}
			if c+1 < len(toks) && p.properNoun(c+1) {
				// "la secrétaire à l'Intérieur, Gale Norton": the
				// person the role names.
				e := c + 2
				for e < len(toks) && p.properNoun(e) {
					e++
				}
				return c + 1, e, ends(e)
			}
			break
		}
		return j, b, ends(b)
	}
	return 0, 0, false
}

// verbChain reports whether verb w is v or a verb v governs through "to",
// "de", "d'" ("agreed to buy", "a décidé de fermer").
func (p *parsed) verbChain(v, w int) bool {
	if w == v {
		return true
	}
	if w < v || w-v > 4 {
		return false
	}
	for k := v + 1; k < w; k++ {
		if !lexis.InSet(p.toks[k].Fold, "to", "de", "d'") && p.tags[k] != syntax.ADV && p.tags[k] != syntax.AUX {
			return false
		}
	}
	return p.tags[w] == syntax.VERB
}

// leadEvent reads the event a news article opens with, dated at its
// publication when its first sentences give no date ("Apple released the
// long awaited iPhone SDK"): the first finite verb with an entity subject.
func (x *extractor) leadEvent(s *sentence, p *parsed) (Claim, bool) {
	if n := len(p.toks); n == 0 || !lexis.InSet(p.toks[n-1].Text, ".", "!", "?") {
		return Claim{}, false // a headline: its event is told again below
	}

	for v := range p.toks {
		if p.tags[v] != syntax.VERB || p.participle(v) {
			continue
		}
		if f := p.toks[v].Fold; v > 1 && (p.toks[v-1].Fold == "to" && p.tags[v-2] == syntax.NOUN || p.lang == "fr" && hasAnySuffix(f, "er", "ir", "re") &&
			lexis.InSet(p.toks[v-1].Fold, "pour", "sans", "afin")) {
			// "… pour lutter contre les réseaux", "officers to fight
			// crime": an infinitive of purpose is no finite verb (not "is
			// to close", "est sur le point de racheter")
			continue
		}
		if p.opensRelative(v) {
			continue // "… les islamistes, qui contrôlent le nord du pays …, ont manifesté": the main clause's verb
		}
		var own *timex.DateExpr
		for i := range s.dates {
			// "The Norwegian parliament on Wednesday approved a bill
			// raising the minimum wage by 5%": the verb's own date.
			d := &s.dates[i]
			if dt := eventDate(p.toks, d); dt >= 0 && p.dateNoun(dt, tokenAfter(p.toks, d.Span.End)) < 0 && p.verbChain(v, p.dateVerb(dt, d.Span.End)) && !x.deadlineOfPast(p, d, v) {
				own = d
				break
			}
		}
		told := false // dated by the speech verb that reports it after a comma: "…, ont annoncé les deux sociétés hier"
		if own == nil {
			for i := range s.dates {
				d := &s.dates[i]
				if dt := eventDate(p.toks, d); dt > v {
					if w := p.dateVerb(dt, d.Span.End); w > v && lexis.IsSpeechVerb(p.toks, w) && commaBetweenTokens(p.toks, v, w) {
						own, told = d, true
						break
					}
				}
			}
		}
		var span Span
		if own != nil {
			span = own.Span // (its words are not the event's: "The Senate voted 68-32 on Tuesday")
		}
		c, ok := x.clauseEvent(s, p, v, span, nil)
		if !ok || p.teaser() {
			// "Jacques Chirac a fait vite.", "Bush est arrivé.": a teaser,
			// its event told below (its subject is still the one named).
			return Claim{}, false
		}
		if own != nil {
			c.Date, c.DateSpan = own.Date, own.Span
			if told {
				c.Reasons = append(c.Reasons, "date: «"+own.Text+"», the day the words that report it were said")
			} else {
				c.Reasons = append(c.Reasons, "date: «"+own.Text+"», the date of the verb «"+p.toks[v].Text+"»")
			}
			return c, true
		}
		c.Date, c.AsOf = x.art.Published, true
		if c.Date.IsZero() {
			return Claim{}, false
		}
		c.Reasons = append(c.Reasons, "date: none in the article's opening; as of its publication")
		return c, true
	}
	return Claim{}, false
}

// commaBetweenTokens reports whether a comma stands between tokens i and j.
func commaBetweenTokens(toks []lexis.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// opensRelative reports whether verb v is the first of a relative clause
// ("qui contrôlent", "who has led", "qui n'ont pas été").
func (p *parsed) opensRelative(v int) bool {
	q := v - 1
	for q >= 0 && v-q <= 4 && (p.tags[q] == syntax.AUX || p.tags[q] == syntax.ADV || lexis.InSet(p.toks[q].Fold, "ne", "n'", "se", "s'", "lui", "leur", "y", "en")) {
		q--
	}
	return q >= 0 && lexis.InSet(p.toks[q].Fold, "qui", "which", "who", "dont")
}

// initialDot reports whether the full stop at k closes an initial inside
// a name written letter by letter ("U.S.", "U.K."), not a sentence.
func initialDot(toks []lexis.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k].Text != "." || toks[k].Space {
		return false
	}
	prev := toks[k-1]
	if prev.Kind != lexis.Word || len(prev.Text) != 1 || !prev.Upper() {
		return false
	}
	next := toks[k+1]
	// "U.S." goes on with its next letter, or ends before a lower-case word
	// of the same sentence ("a U.S. release").
	return !next.Space && next.Kind == lexis.Word && len(next.Text) == 1 || next.Kind == lexis.Word && !next.Upper()
}

// teaser reports whether the sentence is a few words only (six at most):
// an article's opening teaser rather than its news.
func (p *parsed) teaser() bool {
	words := 0
	for _, t := range p.toks {
		if t.Kind != lexis.Punct {
			words++
		}
	}
	return words <= 6
}

// tokenAt returns the index of the token starting at byte pos, -1 when none.
// The tokens are in the order of their starts: a binary search finds it.
func tokenAt(toks []lexis.Token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if toks[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(toks) && toks[lo].Start == pos {
		return lo
	}
	return -1
}

// covered reports whether one of the passage's claims is already dated by
// d (a figure, a context event or a statement).
func covered(claims []Claim, d timex.DateExpr) bool {
	for _, c := range claims {
		if c.Metric == MetricEvent && (c.DateSpan.Overlaps(d.Span) || c.Date.Compare(d.Date) == 0) {
			return true
		}
	}
	return false
}

// dateVerb returns the verb a date at tokens [dt, …) modifies: the nearest
// finite verb of its clause (before it, else after it), else the first verb
// after the date in the passage ("Le 22 mai, SpaceX a lancé…"); -1 when none.
func (p *parsed) dateVerb(dt, end int) int {
	v := p.nearDateVerb(dt, end)
	if g := p.infinitiveGovernor(v); g >= 0 && refusalVerbs[p.toks[g].Fold] {
		// "a refusé de se rendre à Bamako vendredi", "failed to appear
		// in court on Monday": what was refused did not happen; the
		// refusal is the date's event.
		return g
	} else if g >= 0 && forbidVerbs[p.toks[g].Fold] {
		// "Le juge a interdit à Gérard Depardieu de se rendre en Russie
		// jusqu'au 30 novembre": a forbidden act, no event of the date.
		return -1
	} else if g >= 0 && controlVerb(p.toks[g].Fold) && p.objectBetween(g, v) {
		// «La loi oblige les banques à publier leurs comptes dès le 1er
		// mars», "ordered the company to pay the fine on Tuesday": the
		// infinitive's doer is the governing verb's object, which did
		// nothing yet; the governing verb and its subject tell the event.
		return g
	}
	return v
}

// controlVerb reports whether the verb form f has its object do what the
// infinitive after it says: "ordered the company to pay", «oblige les
// banques à publier», «a demandé au ministre de venir».
func controlVerb(f string) bool { return hasStem(f, controlStems) }

// controlStems are the stems of verbs whose object the infinitive after
// them is about.
var controlStems = []string{
	"ask", "order", "forc", "allow", "permit", "urg", "expect", "requir", "compel", "encourag", "invit", "tell", "told",
	"persuad", "enabl", "instruct", "direct", "summon", "call", "press", "want", "advis", "help", "forbad", "barred", "bann",
	"oblig", "contrai", "demand", "ordonn", "impos", "autoris", "pouss", "incit", "exhort", "enjoi", "charg", "appel", "conseill",
	"permi", "permet", "aide", "interdi", "empech",
}

// objectBetween reports whether a noun or a pronoun stands between the
// governing verb g and its infinitive v: the object that is to do what the
// infinitive says.
func (p *parsed) objectBetween(g, v int) bool {
	for k := g + 1; k < v; k++ {
		if t := p.tags[k]; (t == syntax.NOUN || t == syntax.PROPN || t == syntax.PRON) && !objectClitics[p.toks[k].Fold] && !lexis.InSet(p.toks[k].Fold, "se", "s'") {
			return true
		}
	}
	return false
}

// refusalVerbs are verbs whose infinitive tells what did not happen
// ("refused to testify", "a renoncé à se présenter").
var refusalVerbs = lexis.SetOf("refused", "refuses", "refuse", "declined", "declines", "failed", "fails", "rejected",
	"refuse", "refuse", "refusent", "renonce", "renoncent", "echoue", "evite", "evitent")

// forbidVerbs are verbs whose object is kept from doing what their
// infinitive tells ("a interdit à X de se rendre", "barred him to").
var forbidVerbs = lexis.SetOf("interdit", "interdire", "interdisent", "interdisait", "empeche", "empechent", "empecher",
	"forbade", "forbid", "forbids", "banned", "bans", "barred", "bars", "prevented", "prevents")

// infinitiveGovernor returns the verb that governs the infinitive at v through
// "to", "de", "d'" or "à" (with a reflexive or object clitic between), or -1.
func (p *parsed) infinitiveGovernor(v int) int {
	if v < 2 || p.tags[v] != syntax.VERB {
		return -1
	}
	k := v - 1
	if lexis.InSet(p.toks[k].Fold, "se", "s'") || objectClitics[p.toks[k].Fold] {
		k--
	}
	if k < 1 || !lexis.InSet(p.toks[k].Fold, "to", "de", "d'", "a") || p.toks[k].Text == "a" {
		return -1
	}
	for g := k - 1; g >= 0 && k-g <= 6; g-- {
		if p.tags[g] == syntax.VERB {
			return g
		}
		// (past an adverb, and the object "à Gérard Depardieu", "him",
		// «aux fabricants de smartphones»)
		if lexis.InSet(p.toks[g].Fold, "de", "of") && g+1 < k && p.tags[g+1] == syntax.NOUN {
			continue
		}
		if p.inDate(g) || g+1 < k && p.inDate(g+1) && p.tags[g] == syntax.ADP {
			continue // "agreed on Tuesday to buy"
		}
		if p.tags[g] != syntax.ADV && p.tags[g] != syntax.PROPN && p.tags[g] != syntax.DET && p.tags[g] != syntax.NOUN &&
			p.tags[g] != syntax.PRON && !lexis.InSet(p.toks[g].Fold, "a", "au", "aux") {
			break
		}
	}
	return -1
}

// nearDateVerb is the verb nearest the date at dt: see dateVerb.
// plainComplement reports whether tokens [i, j) hold no verb, auxiliary
// or punctuation: a participle's complement ("par le groupe").
func (p *parsed) plainComplement(i, j int) bool {
	for k := i; k < j; k++ {
		if isVerb(p.tags[k]) || p.tags[k] == syntax.AUX || p.toks[k].Kind == lexis.Punct {
			return false
		}
	}
	return true
}

func (p *parsed) nearDateVerb(dt, end int) int {
	tags := p.tags
	// "An iOS update released Thursday", "figures released April 3 by NPD
	// Group": a participle the date follows is the date's event.
	if k := dt - 1; k > 0 {
		if lexis.InSet(p.toks[k].Fold, "on", "in") {
			k--
		}
		if k > 0 && tags[k] == syntax.VERB && p.participle(k) && p.participleForm(k) {
			return k
		}
	}
	start := p.clauseStart(dt)
	// "il lance le programme ACE (Automatic Computing Engine) en 1945",
	// "available to users (including the 3GS) on June 21": a closed
	// parenthesis before the date leaves it in the clause it interrupts.
	for start > 0 && p.toks[start-1].Text == ")" {
		j := start - 2
		for j >= 0 && p.toks[j].Text != "(" && p.toks[j].Text != ")" {
			j--
		}
		if j < 0 || p.toks[j].Text != "(" {
			break
		}
		start = p.clauseStart(j)
	}
	for k := dt - 1; k >= start; k = p.skipParenthesis(k) - 1 {
		if tags[k] == syntax.VERB && !p.participle(k) && !p.prepositionVerb(k) && !p.bareGerund(k) {
			return k
		}
		if tags[k] == syntax.VERB && p.participle(k) && p.participleForm(k) && dt-k <= 6 && p.plainComplement(k+1, dt) {
			// "L'usine Zorgon fermée par le groupe en 2009 a rouvert
			// lundi": the participle whose phrase holds the date.
			return k
		}
		// "Apple said the iPhone 4 will be available on June 24": the
		// nearest copula, not the verb of the clause that reports it.
		if p.copula(k) && k+1 < dt && (tags[k+1] == syntax.ADJ || tags[k+1] == syntax.ADV && k+2 < dt && tags[k+2] == syntax.ADJ) {
			return k
		}
	}
	stop := p.clauseEnd(dt)
	for k := dt + 1; k < stop; k++ {
		if tags[k] == syntax.VERB && !p.participle(k) && !p.prepositionVerb(k) && !p.bareGerund(k) {
			return k
		}
	}
	// "iPhone 4 will be available on June 24": a copula's clause.
	for k := dt - 1; k >= start; k = p.skipParenthesis(k) - 1 {
		if p.copula(k) {
			return k
		}
	}
	if start == 0 && p.openingPhrase(dt) {
		return -1 // "Réélu dimanche avec 82 % des voix, Jacques Chirac a nommé hier…": the participle's date, not the main verb's
	}
	if start == 0 || p.toks[start-1].Text == "," {
		// "Yesterday, at this year's Apple Worldwide Developers Conference
		// (WWDC), company CEO Steve Jobs unveiled": an opening date dates
		// the main verb after the phrases set between commas.
		for k := stop; k < len(p.toks) && k < stop+25; k++ {
			if p.clauseBreak(k) && !(start == 0 && lexis.InSet(p.toks[k].Text, ",", "(", ")")) {
				break
			}
			if tags[k] == syntax.VERB && !p.participle(k) && !p.prepositionVerb(k) && !p.bareGerund(k) {
				return k
			}
		}
	}
	// "Congressional lawmakers rejected the proposal in October": with no
	// other verb, one after a noun is the clause's own, not a modifier.
	for k := dt - 1; k >= start; k = p.skipParenthesis(k) - 1 {
		if tags[k] == syntax.VERB {
			return k
		}
	}
	if start >= 2 && start >= dt-1 && tags[start] != syntax.VERB && p.toks[start-1].Text == "," && p.sentenceEndsAt(end) {
		// "La fumée a attiré l'attention des passants vers 15 h 30,
		// hier.": a date set off at the sentence's end dates the clause
		// before it.
		for k := start - 2; k >= p.clauseStart(start-2); k = p.skipParenthesis(k) - 1 {
			if tags[k] == syntax.VERB && !p.participle(k) {
				return k
			}
		}
	}
	return -1
}

// bareGerund reports whether the English verb at k ends in "-ing" with no
// form of "be" or verb right before it: a gerund or a modifier ("the Mac OS X operating
// system"), never a clause's finite verb.
func (p *parsed) bareGerund(k int) bool {
	if p.lang != "en" || !strings.HasSuffix(p.toks[k].Fold, "ing") {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 2; j-- {
		if p.tags[j] == syntax.AUX || j == k-1 && p.tags[j] == syntax.VERB {
			return false // (nor "are expected to start delivering": the verb it completes)
		}
	}
	return true
}

// sentenceEndsAt reports whether only punctuation follows the byte offset
// end in the passage.
func (p *parsed) sentenceEndsAt(end int) bool {
	for _, t := range p.toks {
		if t.Start >= end && t.Kind == lexis.Word {
			return false
		}
	}
	return true
}

// namedPhrase returns the words of the noun phrase with head h from the
// first name inside it ("the new iPhone 3.0 software" → "iPhone 3.0
// software", "An iOS update" → "iOS update"), "" when it holds no name.
func (p *parsed) namedPhrase(text string, h int) string {
	if h < 0 || p.tags[h] != syntax.NOUN {
		return ""
	}
	a := -1
	for j := h - 1; j >= 0 && h-j <= 5; j-- {
		switch t := p.tags[j]; {
		case p.properNoun(j):
			a = j
			continue
		case t == syntax.NUM && !p.inDate(j) || t == syntax.ADJ || t == syntax.NOUN:
			continue
		case p.toks[j].Text == "." && !p.toks[j].Space && j > 0 && p.tags[j-1] == syntax.NUM:
			continue // "3.0"
		}
		break
	}
	if a < 0 {
		return ""
	}
	return strings.TrimSpace(text[p.toks[a].Start:p.toks[h].End])
}

// eventWords returns the clause's words from the verb's auxiliary to the
// end of its object, without the date: "a décollé sans problème",
// "challenged the award in a formal protest".
func (p *parsed) eventWords(text string, v int, date Span) (string, int) {
	toks, tags := p.toks, p.tags
	from := v
	for k := from - 1; k >= 0 && from-k <= 4; k-- {
		if tags[k] == syntax.AUX && !p.named[k] || tags[k] == syntax.PART || lexis.InSet(toks[k].Fold, "ne", "n'", "se", "s'") ||
			k+1 == from && lexis.InSet(toks[k].Fold, "etre", "avoir") && !toks[k].Upper() {
			from = k // (and "doit être examiné": the infinitive auxiliary)
			continue
		}
		if p.lang != "fr" && tags[k] == syntax.VERB && k+1 == from && (toks[from].Fold == "to" || strings.HasSuffix(toks[from].Fold, "ing")) {
			from = k // "are expected to start delivering": the verbs whose subject it shares
			continue
		}
		if f := toks[from].Fold; p.lang == "fr" && k+1 == from && k > 0 && lexis.InSet(toks[k].Fold, "de", "d'") && tags[k-1] == syntax.VERB &&
			(strings.HasSuffix(f, "r") || strings.HasSuffix(f, "re") || lexis.InSet(f, "se", "s'") || objectClitics[f]) {
			from = k - 1 // "a décidé de se rendre": the verb the infinitive completes, as "has decided to travel"
			k--
			continue
		}
		if f := toks[from].Fold; p.lang == "fr" && (k+1 == from || k+2 == from && tags[k+1] == syntax.ADV) && (strings.HasSuffix(f, "r") || strings.HasSuffix(f, "re") || from < v && objectClitics[f]) &&
			(tags[k] == syntax.VERB && (!p.participle(k) || modalVerb(toks[k].Fold)) || objectClitics[toks[k].Fold]) {
			from = k // "devrait pouvoir en faire l'annonce", "doit être reçu": the modal verbs and clitics before the infinitive
			continue
		}
		if tags[k] == syntax.ADP && k > 0 && tags[k+1] == syntax.ADV && tags[k-1] == syntax.AUX {
			continue // «a par ailleurs annoncé»: an adverbial in two words
		}
		if tags[k] != syntax.ADV {
			break
		}
	}
	to := v + 1
	// "Singapore Airlines says that it will be compensated by Airbus", "a
	// annoncé mardi que l'usine fermera": what is said, not "says" alone.
	said := lexis.IsSpeechVerb(toks, v)
	gap, gapEnd := -1, -1 // the date's words right after the verb, left out ("a ravagé lundi soir la cathédrale")
	limit := 8
	for w := v + 2; w < len(toks) && w <= v+10 && !p.clauseBreak(w); w++ {
		if p.infinitiveGovernor(w) == v {
			// «impose aux fabricants de smartphones d'afficher un indice
			// de réparabilité»: the object, then what it is to do.
			limit = max(limit, w-v+4)
			break
		}
	}
	for to < len(toks) && to-v-max(0, gapEnd-gap) <= limit && (!p.clauseBreak(to) || initialDot(toks, to) || said && to-v-max(0, gapEnd-gap) <= 2 && lexis.InSet(toks[to].Fold, "that", "que", "qu'")) && (toks[to].Kind != lexis.Punct || gluedHyphen(toks, to) || nameHyphen(toks, to) || decimalPoint(toks, to) || initialDot(toks, to) || toks[to].Text == "%" && toks[to-1].Kind == lexis.Number) {
		if date.Overlaps(Span{Start: toks[to].Start, End: toks[to].End}) {
			if gap >= 0 || to != v+1 && !(to == v+2 && (tags[v+1] == syntax.ADV || tags[v+1] == syntax.ADP)) {
				break
			}
			gap = to
			if to == v+2 && tags[v+1] == syntax.ADP {
				gap = v + 1 // "unveiled on Wednesday the first image"
			}
			for to < len(toks) && date.Overlaps(Span{Start: toks[to].Start, End: toks[to].End}) {
				to++
			}
			gapEnd = to
			continue
		}
		to++
	}
	// A noun phrase the word limit cut ends with its nouns ("the first
	// generation of their products to use Intel processors").
	for n := 0; n < 3 && to < len(toks) && to > v+1 && !p.clauseBreak(to) && !p.inDate(to) && !date.Overlaps(Span{Start: toks[to].Start, End: toks[to].End}) &&
		(tags[to] == syntax.NOUN || tags[to] == syntax.PROPN) && (tags[to-1] == syntax.NOUN || tags[to-1] == syntax.PROPN || tags[to-1] == syntax.ADJ || tags[to-1] == syntax.VERB); n++ {
		to++
	}
	// Never end inside another date: "to be held on October 12" cut
	// after "October" ends before "on".
	if to < len(toks) && to > v+1 && p.inDate(to) && p.inDate(to-1) {
		for to > v+1 && p.inDate(to-1) {
			to--
		}
		for to > v+1 && (tags[to-1] == syntax.ADP || tags[to-1] == syntax.DET) {
			to--
		}
	}
	// Never end inside a figure: "de 0,25 point", "between 3% and 5%".
	for to < len(toks) && to > 0 && toks[to-1].Kind == lexis.Number && (toks[to].Text == "%" || decimalPoint(toks, to) || toks[to].Kind == lexis.Number && toks[to].Start == toks[to-1].End) {
		to++
	}
	for to < len(toks) && to > 1 && decimalPoint(toks, to-1) {
		to++
	}
	if to < len(toks) && to > 0 && toks[to-1].Kind == lexis.Number && quantity.Scale(toks[to].Fold) > 0 {
		// "for 5.4 billion pounds": the scale and the currency are the
		// figure's.
		to++
		if to < len(toks) && (currencyWords[toks[to].Fold] || measureUnits[toks[to].Fold] != "") {
			to++
		}
	}
	// "by a vote of 311 to 112": a tally ends on its second number.
	if to+1 < len(toks) && toks[to-1].Kind == lexis.Number && lexis.InSet(toks[to].Fold, "to", "-", "contre") && toks[to+1].Kind == lexis.Number && !p.inDate(to+1) {
		to += 2
	} else if to < len(toks) && to > 1 && toks[to-2].Kind == lexis.Number && lexis.InSet(toks[to-1].Fold, "to", "-", "contre") && toks[to].Kind == lexis.Number && !p.inDate(to) {
		to++
	}
	// "comparaissait devant le tribunal pour deux affaires": words cut
	// after the number end before the figure's preposition.
	if to > v+3 && to < len(toks) && tags[to-1] == syntax.NUM && !p.inDate(to-1) && tags[to-2] == syntax.ADP && tags[to-3] != syntax.NUM &&
		(tags[to] == syntax.NOUN || tags[to] == syntax.ADJ) {
		to -= 2
	}
	// "will be shipped in July through the online Mac App Store available
	// on Mac computers for US$29": the words end before a predicate of
	// their own that gives a figure (not "arrested a man suspected of the
	// murder", nor what is said).
	for k := v + 3; k < to && !said; k++ {
		if p.predicateAt(v, k) && p.figureAfter(k) {
			to = k
			break
		}
	}
	// End on a noun, a name or the verb itself: not on "the", "de", "in"
	// (or on the verb of what is said: "a annoncé que l'usine fermera").
	for to > v+1 && !(tags[to-1] == syntax.NOUN || tags[to-1] == syntax.PROPN || tags[to-1] == syntax.NUM || tags[to-1] == syntax.ADJ || toks[to-1].Text == "%" || initialDot(toks, to-1) ||
		said && tags[to-1] == syntax.VERB || to-1 == v+1 && p.lang != "fr" && verbParticles[toks[to-1].Fold] ||
		controlVerb(toks[v].Fold) && (p.infinitiveGovernor(to-1) == v || to-2 > v && p.lang != "fr" && verbParticles[toks[to-1].Fold] && toks[to-1].Fold != "in" && p.infinitiveGovernor(to-2) == v)) {
		to-- // (but "asked him to step down": the infinitive it governs)
	}
	if from >= to {
		return "", 0
	}
	if gap >= 0 && to > gapEnd {
		return strings.TrimSpace(text[toks[from].Start:toks[gap-1].End]) + " " + strings.TrimSpace(text[toks[gapEnd].Start:toks[to-1].End]), to
	}
	if gap >= 0 && to > gap {
		to = gap // only the date after the verb: the words end with the verb
		for to > v+1 && !(tags[to-1] == syntax.NOUN || tags[to-1] == syntax.PROPN || tags[to-1] == syntax.NUM || tags[to-1] == syntax.ADJ) {
			to--
		}
	}
	return strings.TrimSpace(text[toks[from].Start:toks[to-1].End]), to
}

// verbParticles go with an English verb to make its meaning: "step
// down", "take over", "shut down".
var verbParticles = lexis.SetOf("down", "up", "out", "off", "over", "away", "back", "aside", "in")

// negated reports whether verb v is negated: "ne"/"n'" before it and "pas",
// "aucun", "jamais", "plus", "rien" after it, or "not", "never", "n't"
// before it.
func negated(toks []lexis.Token, v int) bool {
	ne := false
	for k := v - 1; k >= 0 && v-k <= 5 && toks[k].Kind != lexis.Punct; k-- {
		switch f := toks[k].Fold; {
		case f == "ne" || f == "n'":
			ne = true
		case f == "not" || f == "never" || f == "n't" || f == "didn't" || f == "hasn't" || f == "haven't" || f == "wasn't" || f == "won't":
			return true
		}
	}
	if !ne {
		return false
	}
	for k := v - 2; k < len(toks) && k <= v+2; k++ {
		if k >= 0 && lexis.InSet(toks[k].Fold, "pas", "aucun", "aucune", "jamais", "plus", "rien", "guere", "point") {
			return true
		}
	}
	return false
}

// figureIn reports whether one of the passage's figure claims has its
// figure between bytes from and to.
func figureIn(claims []Claim, from, to int) bool {
	for _, c := range claims {
		if c.HasValue && c.ValueSpan.Start >= from && c.ValueSpan.Start < to {
			return true
		}
	}
	return false
}

// causeFigures reports whether every figure of claims between bytes from
// and to counts what its clause's act is for ("comparaissait hier devant
// le tribunal pour deux affaires d'exhibition", "was fined on Monday for
// three violations"): a count of its own, not what the verb states, so the
// verb's event stands beside it. (Not a price: "sold for $68 billion".)
func (p *parsed) causeFigures(claims []Claim, from, to int) bool {
	found := false
	for _, c := range claims {
		if !c.HasValue || c.ValueSpan.Start < from || c.ValueSpan.Start >= to {
			continue
		}
		k := tokenAt(p.toks, c.ValueSpan.Start) - 1
		for k >= 0 && (p.tags[k] == syntax.DET || p.tags[k] == syntax.ADV) {
			k--
		}
		if k < 1 || !lexis.InSet(p.toks[k].Fold, "pour", "for") || c.Unit != "" || !countedNoun(c) || p.tags[k-1] == syntax.NOUN {
			return false // (not "won an order for 179 tankers": what the order is for)
		}
		found = true
	}
	return found
}

// figuresBesideVerb reports whether no figure of claims between bytes from
// and to reads verb: neither its label nor what it measures comes from the
// verb («Le Conseil constitutionnel a censuré jeudi cinq articles de la
// loi» gives «Conseil constitutionnel : 5 articles»), so the verb's event
// stands beside them. A verb that says how a figure moved or stands
// ("rose", «a atteint») is always the figure's.
func (p *parsed) figuresBesideVerb(claims []Claim, v, from, to int) bool {
	toks := p.toks
	f := toks[v].Fold
	if riseWords[f] || fallWords[f] || hasStem(f, riseStems) || hasStem(f, fallStems) || levelVerbs[f] || recordVerbs[f] || moveVerb(f) || beForms[f] || casualties(f) ||
		v > 0 && toks[v-1].Fold == "to" || p.infinitiveGovernor(v) >= 0 {
		return false // (nor an infinitive: "were prepared to move forward")
	}
	for k := 0; k < v; k++ {
		if lexis.IsSpeechVerb(toks, k) {
			return false // "Organisers said a record 612,000 spectators attended": what is said is the figure's
		}
	}
	if v > 0 && (modalVerb(toks[v-1].Fold) || lexis.InSet(toks[v-1].Fold, "would", "will", "could", "may", "might", "should", "must", "can")) {
		return false // «doit choisir», "would stop": not done yet
	}
	found := false
	for _, c := range claims {
		if !c.HasValue || c.ValueSpan.Start < from || c.ValueSpan.Start >= to {
			continue
		}
		if strings.Contains(lexis.Fold(c.Label), f) || c.Unsure || casualties(c.Measure) || strings.HasSuffix(c.Unit, "%") || c.Metric != MetricOther {
			return false // (and "a tué trois enfants": the dead are the event's figure)
		}
		for _, r := range c.Reasons {
			if strings.Contains(lexis.Fold(r), "«"+f) {
				return false
			}
		}
		for k := v + 1; k < len(toks) && toks[k].Start < c.ValueSpan.Start; k++ {
			if toks[k].Is(lexClause) || lexis.InSet(toks[k].Fold, "lequel", "laquelle", "lesquels", "lesquelles", "ou") ||
				toks[k].Fold == "to" && k+1 < len(toks) && p.tags[k+1] == syntax.VERB {
				return false // a figure of another clause: "defeated Boeing to win an order for 179 tankers", «dans lequel quinze personnes…»
			}
		}
		found = true
	}
	return found
}

// beForms are the forms of «être» and "be": a copula's figure says what
// the subject is ("is up 82%", "will be 20% more efficient").
var beForms = lexis.SetOf("is", "are", "was", "were", "be", "been", "being", "est", "sont", "etait", "etaient", "sera", "seront", "ete", "fut", "serait")

// moveVerb reports whether the verb form f says how much something is,
// has, moved to or came to (a figure's own verb: «a atteint», "employs",
// "recorded", «a réalisé un chiffre d'affaires de»), not an act beside it.
func moveVerb(f string) bool { return hasStem(f, quantityStems) }

// quantityStems are the stems of verbs that state a quantity.
var quantityStems = []string{"attei", "compt", "emploi", "employ", "enregistr", "accueill", "represent", "totalis", "cumul", "realis",
	"degag", "gener", "pes", "cout", "val", "sold", "sell", "post", "report", "record", "has", "have", "had", "count", "welcom",
	"attract", "earn", "made", "make", "total", "amount", "hold", "held", "weigh", "reach", "number", "stood", "stand", "recu", "receiv",
	"percu", "affich", "ressort", "eleve", "etabli", "chiffr", "lev", "rais", "depens", "spen", "pay", "paid", "vers", "dispos",
	"possed", "own", "detien", "deten", "recul", "progress", "gagn", "ced", "chut", "grimp", "avanc", "gliss", "rebond", "bondi",
	"augment", "baiss", "diminu", "croi", "cru", "doubl", "tripl", "rose", "ris", "fell", "fall", "gain", "lost", "los", "perd", "perdu",
	"climb", "jump", "surg", "slid", "slip", "drop", "declin", "plung", "soar", "grew", "grow", "shrank", "shrink", "hit", "top", "exceed", "depass",
	// publishing a figure, cutting a count, aiming at or foreseeing one
	"publi", "averag", "fill", "creus", "utilis", "accus", "supprim", "cut", "shed", "eliminat", "vis", "prevoi", "prevu", "anticip", "promi",
	"promet", "expect", "plan", "aim", "target", "forecast", "project", "estim", "call", "revendiqu", "claim",
	// a level reached at its top or bottom ("peaked at more than $80,000")
	"peak", "culmin", "bottom"}

// countedNoun reports whether claim c measures the noun its figure counts.
func countedNoun(c Claim) bool {
	for _, r := range c.Reasons {
		if strings.HasPrefix(r, "measure: the noun the figure counts") {
			return true
		}
	}
	return false
}

// predicateBeforeFigure reports whether every figure of claims in the
// clause of verb v, up to token end, follows a predicate of its own
// after v's complement ("will be shipped in July through the online Mac
// App Store, available on Mac computers for US$29", "sortira en juillet,
// vendu 29 euros"): the figure tells what that predicate says, and the
// verb's event stands beside it.
func (p *parsed) predicateBeforeFigure(claims []Claim, v, end int) bool {
	found := false
	for _, c := range claims {
		if !c.HasValue || c.ValueSpan.Start < p.toks[v].Start || end <= 0 || c.ValueSpan.Start >= p.toks[end-1].End {
			continue
		}
		fig := tokenAt(p.toks, c.ValueSpan.Start)
		if fig < 0 || !p.secondaryPredicate(v, fig) {
			return false
		}
		found = true
	}
	return found
}

// secondaryPredicate reports whether an adjective or a participle between
// verb v and token fig, past v's own words, opens a predicate of its own
// with a preposition ("available on", "priced at", "vendu à").
func (p *parsed) secondaryPredicate(v, fig int) bool {
	for k := v + 3; k+1 < fig; k++ {
		if p.predicateAt(v, k) || p.coordinatedPredicate(v, k) {
			return true
		}
	}
	return false
}

// coordinatedPredicate reports whether "and", «et» at k, past verb v's
// own words, opens a second verb of the same subject ("visited the site on
// Tuesday and promised 200 million forints in aid"): the figure after it
// is that verb's, the verb before it an event of its own.
func (p *parsed) coordinatedPredicate(v, k int) bool {
	if k+2 < len(p.toks) && lexis.InSet(p.toks[k].Fold, "and", "et") && p.tags[k+1] == syntax.AUX && p.tags[k+2] == syntax.VERB &&
		lexis.InSet(p.toks[k+1].Fold, "a", "ont", "has", "have") {
		return !slices.ContainsFunc(p.toks[v+1:k], func(t lexis.Token) bool { return t.Kind == lexis.Number }) // «a visité lundi l'hôpital et a annoncé 30 millions»
	}
	if k+1 >= len(p.toks) || !lexis.InSet(p.toks[k].Fold, "and", "et") || p.tags[k+1] != syntax.VERB || p.participle(k+1) {
		return false
	}
	if p.lang == "fr" && hasAnySuffix(p.toks[k+1].Fold, "er", "ir", "re") || p.lang != "fr" && p.toks[k+1].Fold != lexis.Fold(p.toks[k+1].Text) {
		return false
	}
	if p.lang != "fr" && p.tags[v] == syntax.VERB && strings.HasSuffix(p.toks[v].Fold, "ed") != strings.HasSuffix(p.toks[k+1].Fold, "ed") && !lexis.EnglishPast(p.toks[k+1].Fold) {
		return false // (two verbs of one tense: "visited … and promised")
	}
	for j := v + 1; j < k; j++ {
		if isVerb(p.tags[j]) || p.toks[j].Kind == lexis.Number {
			return false // (a figure of v's own before it, or a verb between)
		}
	}
	return true
}

// predicateAt reports whether token k, past the words of verb v, is an
// adjective or a participle that opens a predicate of its own with a
// preposition: "available on", "priced at", ", vendu à".
func (p *parsed) predicateAt(v, k int) bool {
	if k < v+3 || k+1 >= len(p.toks) {
		return false
	}
	t := p.tags[k]
	if t != syntax.ADJ && t != syntax.VERB || p.tags[k+1] != syntax.ADP {
		return false
	}
	if t == syntax.VERB && !p.participleForm(k) {
		return false
	}
	if p.tags[k-1] != syntax.NOUN && p.tags[k-1] != syntax.PROPN && p.toks[k-1].Text != "," {
		return false // (not "will be available", "would be soon available": the verb's own predicate)
	}
	for j := v; j < k; j++ {
		if complexVerbs[p.toks[j].Fold] {
			return false // "to have their's ready by 2012": the object's own predicate
		}
	}
	// (not "devant le tribunal correctionnel de Belfort": a French
	// adjective after its noun)
	return t != syntax.ADJ || p.lang != "fr" || p.toks[k-1].Text == ","
}

// figureAfter reports whether a number that is no date follows token k in
// its clause.
func (p *parsed) figureAfter(k int) bool {
	for j := k + 1; j < len(p.toks) && !p.clauseBreak(j); j++ {
		if p.tags[j] == syntax.NUM && !p.inDate(j) {
			return true
		}
	}
	return false
}

// complexVerbs take an object and a predicate of it: "have it ready",
// "make it available", "rendre le service disponible", "declared the
// company liable".
var complexVerbs = lexis.SetOf("have", "has", "had", "make", "makes", "made", "keep", "keeps", "kept", "get", "gets", "got",
	"declare", "declares", "declared", "deem", "deems", "deemed", "hold", "holds", "held",
	"leave", "leaves", "left", "find", "finds", "found", "consider", "considers", "considered", "render", "renders", "rendered",
	"rendre", "rend", "rendent", "rendu", "laisser", "laisse", "laissent", "juge", "estime")

// decimalPoint reports whether token k separates the decimals of a number
// ("0.25", "1,5"): not the end of the words.
func decimalPoint(toks []lexis.Token, k int) bool {
	return (toks[k].Text == "." || decimalComma(toks, k)) && k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Number &&
		toks[k+1].Kind == lexis.Number && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// gluedHyphen reports whether token k is a hyphen inside a word ("MD-95",
// "Wal-Mart"), not a dash between clauses.
func gluedHyphen(toks []lexis.Token, k int) bool {
	return toks[k].Text == "-" && !toks[k].Space && k+1 < len(toks) && !toks[k+1].Space
}

// nameHyphen reports whether token k is a hyphen the text spaced inside a
// name ("Wal - Mart", "Rolls - Royce").
func nameHyphen(toks []lexis.Token, k int) bool {
	return toks[k].Text == "-" && k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Word && toks[k-1].Upper() &&
		toks[k+1].Kind == lexis.Word && toks[k+1].Upper()
}

// copula reports whether token k is a form of "be" or "être".
func (p *parsed) copula(k int) bool {
	return p.tags[k] == syntax.AUX && lexis.InSet(p.toks[k].Fold, "be", "is", "was", "are", "were", "est", "sera", "etait", "sont", "seront", "fut")
}

// state reports whether the verb at v is a copula followed by an adjective
// that tells a state ("était inconnue", "est telle"), not one that tells
// when a thing happens or begins ("will be available", "sera ouverte").
func (p *parsed) state(v int) bool {
	if !p.copula(v) {
		return false
	}
	k := v + 1
	for k < len(p.toks) && p.tags[k] == syntax.ADV {
		k++
	}
	if k+1 < len(p.toks) && lexis.InSet(p.toks[k].Fold, "due", "du", "dus", "dues", "lie", "liee", "lies", "liees") &&
		(lexis.InSet(p.toks[k+1].Fold, "a", "au", "aux") && p.toks[k+1].Text != "a" ||
			p.toks[k+1].Fold == "to" && k+2 < len(p.toks) && p.tags[k+2] != syntax.VERB) {
		return true // "La suppression est due à une chute des ventes", "is due to weak demand": a cause, no event
	}
	return k < len(p.toks) && p.tags[k] == syntax.ADJ && !eventAdjectives[p.toks[k].Fold]
}

// eventAdjectives tell, after a copula, that something happens or begins.
var eventAdjectives = lexis.SetOf("available", "disponible", "disponibles", "open", "ouvert", "ouverte", "ouverts",
	"ouvertes", "closed", "ferme", "fermee", "fermes", "fermees", "dead", "mort", "morte", "morts", "mortes", "elu", "elue",
	"elus", "elues", "due", "live", "free", "gratuit", "gratuite", "effective", "operational", "operationnel",
	"operationnelle", "bankrupt", "complete", "termine", "terminee")

// passive reports whether verb v is a participle after a form of "be" or
// "être" ("was introduced", "a été racheté").
func (p *parsed) passive(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if p.tags[k] == syntax.AUX {
			return lexis.InSet(p.toks[k].Fold, "be", "is", "was", "are", "were", "been", "being", "est", "sera", "etait", "sont",
				"seront", "fut", "ete", "furent", "etaient")
		}
		if p.tags[k] != syntax.ADV && p.tags[k] != syntax.ADJ {
			return false
		}
	}
	return false
}

// nounPhrase returns the words of the noun phrase whose head is token h, from
// its determiner to its complements, as the text writes them ("Un avion de
// ligne", "le minitel", "the first aircraft"), "" when it has no
// determiner (a bare noun is no thing the reader can tell apart).
func (p *parsed) nounPhrase(text string, h, verb int) string {
	toks, tags := p.toks, p.tags
	a := h
	for a > 0 && h-a < 6 && (tags[a-1] == syntax.ADJ || tags[a-1] == syntax.NOUN || tags[a-1] == syntax.NUM ||
		a >= 2 && lexis.InSet(toks[a-1].Text, ".", ",") && !toks[a-1].Space && !toks[a].Space && tags[a-2] == syntax.NUM && tags[a] == syntax.NUM) {
		a-- // (and a decimal's point: "A magnitude 7.5 earthquake")
	}
	if a == 0 || tags[a-1] != syntax.DET || anaphors[toks[h].Fold] || toks[h].Fold == "plupart" || quantity.TimeUnitNoun(toks[h]) || p.inDate(h) || timeNouns[toks[h].Fold] ||
		quantity.Scale(toks[h].Fold) > 0 || vagueDeterminers[toks[a-1].Fold] && !plainEvents[toks[h].Fold] || toks[a-1].Fold == "d'" && lexis.FoldAt(toks, a) == "autres" {
		// (nor "the current financial quarter", "la journée", "La plupart", "des
		// millions d'utilisateurs", "D'autres réseaux": no thing a reader
		// can follow)
		return ""
	}
	a--
	return strings.TrimSpace(text[toks[a].Start:toks[p.nounPhraseEnd(h, verb)-1].End])
}

// nounPhraseEnd returns the end of the noun phrase headed by token h before
// the verb: its adjectives, names and complements.
func (p *parsed) nounPhraseEnd(h, verb int) int {
	toks, tags := p.toks, p.tags
	b := h + 1
	for b < verb && b-h < 7 {
		ch := -1 // the noun of a complement opened at b
		if lexis.InSet(toks[b].Fold, "de", "d'", "of", "du", "des") || toks[b].Fold == "to" && p.lang != "fr" {
			ch = p.complementHead(b, verb)
		}
		switch {
		case tags[b] == syntax.ADJ || tags[b] == syntax.PROPN || tags[b] == syntax.NUM && tags[b-1] == syntax.PROPN:
			b++ // (and a name's number: "La fusée Falcon 9")
			continue
		case p.lang != "fr" && tags[b] == syntax.NOUN && b == h+1 && !p.inDate(b):
			b, h = b+1, b // an English compound's head: "A heat wave", "A storm surge"
			continue
		case p.lang != "fr" && tags[b] == syntax.NUM && b == h+1 && !p.inDate(b):
			// "A magnitude 7.5 earthquake": the noun the figure qualifies.
			j := b + 1
			for j+1 < verb && (toks[j].Text == "." || toks[j].Text == ",") && !toks[j].Space && tags[j+1] == syntax.NUM {
				j += 2
			}
			if j < verb && tags[j] == syntax.NOUN {
				b, h = j+1, j
				continue
			}
		case ch > 0:
			// "la composition de son gouvernement", "Pre-orders of the
			// recently announced iPhone 4": the noun its complement names,
			// with the words before it.
			b = ch + 1
			continue
		case (lexis.InSet(toks[b].Fold, "chez", "between", "entre", "with", "avec", "against", "contre") ||
			p.lang != "fr" && lexis.InSet(toks[b].Fold, "in", "at", "from") && strings.HasSuffix(toks[h].Fold, "s")) && b+1 < verb && p.properNoun(b+1):
			// (and people of a place: "Voters in Zorgia", not "A heat wave
			// in Zorgland", the wave)
			// "La grève chez Zorgon", "The meeting between Barack Obama
			// and Vladimir Putin": the names the complement gives.
			j := b + 1
			for j < verb && (p.properNoun(j) || lexis.InSet(toks[j].Fold, "and", "et") && j+1 < verb && p.properNoun(j+1)) {
				j++
			}
			b = j
			continue
		case tags[b] == syntax.NUM && tags[b-1] == syntax.NOUN && !p.inDate(b) && p.lang == "fr":
			// "Un séisme de magnitude 7,5": the reading its noun takes.
			j := b + 1
			for j+1 < verb && (toks[j].Text == "," || toks[j].Text == ".") && !toks[j].Space && tags[j+1] == syntax.NUM {
				j += 2
			}
			if j == verb || j < len(tags) && (isVerb(tags[j]) || tags[j] == syntax.PUNCT) {
				b = j
			}
		case lexis.InSet(toks[b].Fold, "du", "of") && b+1 < verb && p.inDate(b+1):
			// "Les attentats du 11 septembre": the date names the thing.
			b++
			for b < verb && p.inDate(b) {
				b++
			}
			continue
		}
		break
	}
	return b
}

// complementHead returns the noun a complement opened by the preposition at
// b names before the verb ("of the recently announced iPhone", "de son
// gouvernement", "du Titanic"), or -1: a determiner, then up to three
// adjectives, adverbs or participles, then the noun.
func (p *parsed) complementHead(b, verb int) int {
	toks, tags := p.toks, p.tags
	j := b + 1
	if j < verb && lexis.InSet(toks[b].Fold, "de", "d'", "of", "to") && complementDeterminers[toks[j].Fold] {
		j++
	}
	for n := 0; j < verb && n < 3 && (tags[j] == syntax.ADJ || tags[j] == syntax.ADV || tags[j] == syntax.VERB && p.participleForm(j)); n++ {
		j++
	}
	if j >= verb || tags[j] != syntax.NOUN && tags[j] != syntax.PROPN || p.inDate(j) {
		return -1
	}
	for p.lang != "fr" && j+1 < verb && (tags[j+1] == syntax.NOUN || tags[j+1] == syntax.PROPN) && !p.inDate(j+1) {
		j++ // "of the new Zorgon rocket"
	}
	return j
}

// objectClitics are the French pronouns that stand between a verb and the
// infinitive it governs: "devrait pouvoir en faire", "va le fermer".
var objectClitics = lexis.SetOf("en", "y", "le", "la", "les", "l'", "lui", "leur")

// complementDeterminers may open a noun's complement after "de" or "of".
var complementDeterminers = lexis.SetOf("son", "sa", "ses", "leur", "leurs", "the", "its", "their", "his", "her", "la", "l'", "le", "les", "a", "an", "un", "une")

// participleForm reports whether the verb at v is written as a past
// participle ("signés", "founded").
func (p *parsed) participleForm(v int) bool {
	f := p.toks[v].Fold
	if p.lang == "fr" {
		return lexis.FrenchParticiple(f) && !strings.HasSuffix(f, "ant")
	}
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en")
}

// quantityHeads head a noun phrase that names a quantity, not an actor.
var quantityHeads = lexis.SetOf("number", "numbers", "nombre", "amount", "amounts", "montant", "level", "levels", "niveau", "total",
	"share", "part", "rate", "taux", "proportion", "volume", "quantity", "quantite")

// timeNouns name a stretch of time: a noun phrase they head is when, not who.
var timeNouns = lexis.SetOf("quarter", "quarters", "trimestre", "semestre", "journee", "soiree", "matinee", "period", "periode",
	"season", "saison", "decade", "decennie", "weekend", "week-end")

// plainEvents are events of nature or violence a plural names as one
// ("Des pluies torrentielles ont fait 15 morts", "Some storms"): a subject
// the reader can follow, whatever its determiner.
var plainEvents = lexis.SetOf("pluies", "orages", "inondations", "crues", "tempetes", "intemperies", "incendies", "feux",
	"explosions", "seismes", "avalanches", "glissements", "eboulements", "fusillades", "attentats", "affrontements", "combats",
	"bombardements", "frappes", "violences", "rains", "storms", "floods", "fires", "wildfires", "explosions", "earthquakes",
	"landslides", "mudslides", "clashes", "attacks", "airstrikes", "shootings", "bombings", "tornadoes", "heatwaves", "canicules")

// vagueDeterminers open a noun phrase that names no particular thing
// ("des utilisateurs", "some users", "plusieurs pays").
var vagueDeterminers = lexis.SetOf("des", "some", "plusieurs", "several", "many", "certains", "certaines", "quelques", "autres",
	"other", "most")

// coordinatedWith returns the finite verb that verb v is coordinated with
// ("is the producer of the iPod and launched", "a signé le contrat et
// lancé"), -1 when v follows no "and" or "et" of a verb phrase.
func (p *parsed) coordinatedWith(v int) int {
	toks, tags := p.toks, p.tags
	k := v - 1
	for k > 0 && (tags[k] == syntax.ADV || tags[k] == syntax.AUX || coordinatedModals[toks[k].Fold]) {
		k-- // (and a modal before an infinitive: «et pourraient dépasser»)
	}
	if k <= 0 || !lexis.InSet(toks[k].Fold, "and", "et") {
		return -1
	}
	for j := k - 1; j >= 0 && k-j <= 20; j-- {
		if p.clauseBreak(j) {
			return -1
		}
		if isVerb(tags[j]) && (!p.participle(j) || p.onlyVerbBefore(j)) {
			// (and "Zorgon hired 300 workers and will open a plant": a
			// form the participle test reads for one, when no other verb
			// stands before it to be the clause's)
			return j
		}
	}
	return -1
}

// coordinatedModals are the modals a verb coordinated with the one before
// may follow "and", «et» with («et pourraient dépasser», "and could
// exceed").
var coordinatedModals = lexis.SetOf("pourrait", "pourraient", "devrait", "devraient", "peut", "peuvent", "doit", "doivent", "pourra", "pourront", "devra", "devront",
	"could", "would", "should", "may", "might", "will", "can", "must")

// onlyVerbBefore reports whether no verb or auxiliary stands before token
// j in its sentence.
func (p *parsed) onlyVerbBefore(j int) bool {
	for k := 0; k < j; k++ {
		if isVerb(p.tags[k]) || p.tags[k] == syntax.AUX {
			return false
		}
	}
	return true
}

// skipParenthesis returns the index of the "(" that the ")" at k closes,
// k itself when it is not a closing parenthesis (or an unmatched one): a
// scan to the left steps over what a parenthesis sets aside.
func (p *parsed) skipParenthesis(k int) int {
	if p.toks[k].Text != ")" {
		return k
	}
	for j := k - 1; j >= 0 && k-j <= 30; j-- {
		switch p.toks[j].Text {
		case "(":
			return j
		case ")":
			return k
		}
	}
	return k
}

// pluralClash reports whether the French plural pronoun "ils", "elles"
// cannot stand for subject, one person or a place the set names ("Ils se
// sont mariés" after "Monique", "où ils ont exercé" after "Cintrey"): only
// an organisation may ("ils" for a company's people); English "they" is
// not checked.
func (x *extractor) pluralClash(pronoun, subject string) bool {
	if pronoun == "they" && subject != "" && !strings.Contains(subject, " and ") {
		// "…, said director Adrian Holloway. … They made up 2.3 million of
		// the museum's visitors": "they" is no one person (a company may
		// be "they")
		return x.reg.kind(x.ws.nameKey(subject)) == KindPerson || givenNameFirst(subject)
	}
	if !lexis.InSet(pronoun, "ils", "elles") || subject == "" {
		return false
	}
	if strings.Contains(subject, " et ") {
		return false
	}
	// (an organisation the set names by a given name and a surname is a
	// person's: "Lionel Jospin", "Monique")
	return x.reg.kind(x.ws.nameKey(subject)) != KindOrg || givenNameFirst(subject)
}

// genderClash reports whether a French subject pronoun cannot stand for a
// noun phrase by its determiner's gender: "il" for "la communauté", "elle"
// for "le gouvernement"; nor a singular one, French or English, for two
// coordinated subjects.
func genderClash(pronoun, phrase string) bool {
	if lexis.InSet(pronoun, "il", "elle", "he", "she") && (strings.Contains(phrase, " et ") || strings.Contains(phrase, " and ")) {
		return true // "La Grande-Bretagne et la communauté scientifique fêtent… Il lance": not the two of them
	}
	det, _, _ := strings.Cut(lexis.Fold(phrase), " ")
	switch pronoun {
	case "il", "ils":
		return lexis.InSet(det, "la", "une", "cette", "sa") || feminineOpeners[det]
	case "elle", "elles":
		return lexis.InSet(det, "le", "un", "ce", "cet", "son", "du") || masculineOpeners[det]
	}
	return false
}

// masculineOpeners and feminineOpeners are adjectives that open a noun
// phrase without its determiner and tell its gender ("second tour de
// l'élection", "nouvelle loi").
var (
	masculineOpeners = lexis.SetOf("premier", "second", "deuxieme", "dernier", "nouveau", "ancien", "grand", "petit", "seul")
	feminineOpeners  = lexis.SetOf("premiere", "seconde", "derniere", "nouvelle", "ancienne", "grande", "petite", "seule")
)

// tokenAfter returns the index of the first token starting at or after
// byte pos.
func tokenAfter(toks []lexis.Token, pos int) int {
	for k, t := range toks {
		if t.Start >= pos {
			return k
		}
	}
	return len(toks)
}

// coordinatedDates reports whether the tokens [from, to) between two dates
// coordinate them: a comma, "et", "and" or "or", and at most a short
// complement, no verb ("le 28 juillet, et en Amérique, le 18 août", "2002,
// 2003, 2009 et 2010").
func (p *parsed) coordinatedDates(from, to int) bool {
	if from >= to || to-from > 6 {
		return false
	}
	joined := false
	for k := from; k < to; k++ {
		t := p.toks[k]
		switch {
		case t.Text == "," || lexis.InSet(t.Fold, "et", "and", "or", "ou"):
			joined = true
		case p.tags[k] == syntax.NUM:
			if _, ok := bareYear(t); !ok {
				return false
			}
		case isVerb(p.tags[k]) || p.clauseBreak(k) || t.Kind == lexis.Punct:
			return false
		}
	}
	return joined
}

// dateComplement returns the words between two coordinated dates that say
// where or how the second applies ("en Amérique"), "" when none.
func (p *parsed) dateComplement(text string, from, to int) string {
	for from < to && (p.toks[from].Text == "," || lexis.InSet(p.toks[from].Fold, "et", "and", "or", "ou")) {
		from++
	}
	for to > from && (p.toks[to-1].Text == "," || lexis.InSet(p.toks[to-1].Fold, "et", "and", "or", "ou")) {
		to--
	}
	if from >= to {
		return ""
	}
	if _, ok := bareYear(p.toks[from]); ok {
		return "" // a list of years
	}
	return strings.TrimSpace(text[p.toks[from].Start:p.toks[to-1].End])
}

// bareYear reads a token written as a year of news (four digits, 1800 to
// 2100).
func bareYear(t lexis.Token) (int, bool) {
	if len(t.Text) != 4 {
		return 0, false
	}
	y := 0
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return 0, false
		}
		y = 10*y + int(r-'0')
	}
	return y, y >= 1800 && y <= 2100
}

// bareVerb reports whether the words of verb v's event hold nothing after
// the verb but a date or adverbs ("announced today", "has won £13
// billion"): a verb without its object names nothing a reader can check.
func (p *parsed) bareVerb(text string, v int) bool {
	_, to := p.eventWords(text, v, Span{})
	for k := v + 1; k < to; k++ {
		if !p.inDate(k) && p.tags[k] != syntax.ADV {
			return false
		}
	}
	return true
}

// newsEventNouns name an event of the news in either language (a decision, a
// vote, a launch, a death, a report…), folded: a date that completes such a
// noun ("la décision de l'UNESCO, le 28 juin", "its 1967 debut", "la mise en
// application du RSA en 2009") dates that event, not the clause's verb.
var newsEventNouns = lexis.SetOf(
	"launch", "debut", "release", "announcement", "decision", "election", "elections", "vote", "referendum", "victory",
	"defeat", "death", "arrest", "resignation", "appointment", "nomination", "signing", "agreement", "merger", "acquisition",
	"takeover", "bankruptcy", "report", "ruling", "verdict", "trial", "summit", "meeting", "conference", "visit", "speech",
	"attack", "bombing", "explosion", "crash", "accident", "earthquake", "strike", "protest", "protests", "uprising",
	"revolution", "invasion", "landing", "independence", "inauguration", "opening", "closure", "introduction", "creation",
	"founding", "celebration", "celebrations", "ceremony", "appearance", "premiere", "flight", "delivery", "rollout",
	"unveiling", "presentation", "lawsuit", "complaint", "investigation", "reform", "adoption", "discovery", "publication",
	"lancement", "sortie", "annonce", "decision", "election", "scrutin", "referendum", "victoire", "defaite", "mort", "deces",
	"arrestation", "interpellation", "demission", "nomination", "signature", "accord", "fusion", "rachat", "faillite",
	"rapport", "jugement", "proces", "sommet", "reunion", "conference", "visite", "discours", "attaque", "attentat",
	"explosion", "accident", "incendie", "seisme", "greve", "manifestation", "manifestations", "contestation",
	"soulevement", "revolution", "invasion", "debarquement", "independance", "inauguration", "ouverture", "fermeture",
	"creation", "fondation", "debut", "celebration", "ceremonie", "mise", "entree", "livraison", "presentation", "adoption",
	"reforme", "plainte", "enquete", "decouverte", "publication", "events", "evenements", "massacre", "massacres", "violences")

// possessives stand before a noun for its owner, named before or after.
var possessives = lexis.SetOf("its", "their", "his", "her", "sa", "son", "ses", "leur", "leurs")

// dateNoun returns the event noun that the date at tokens [dt, end) completes,
// -1 when the date completes none: "its 1967 debut", "an April 2nd report"
// (the date inside the noun phrase), "la mise en application du RSA en
// 2009", "la décision de l'UNESCO, le 28 juin dernier", "le référendum du
// 1er juillet 1962" (the date right after the noun and its complement).
func (p *parsed) dateNoun(dt, end int) int {
	toks, tags := p.toks, p.tags
	if end < len(toks) && newsEventNouns[toks[end].Fold] && tags[end] == syntax.NOUN && dt > 0 &&
		(possessives[toks[dt-1].Fold] || tags[dt-1] == syntax.DET || tags[dt] == syntax.DET) {
		return end
	}
	k := dt - 1
	if k >= 0 && toks[k].Text == "," {
		k-- // "la décision de l'UNESCO, le 28 juin dernier,"
	} else if k >= 0 && lexis.InSet(toks[k].Fold, "en", "in", "on", "of", "de", "du", "d'", "for", "pour") {
		k-- // (and "a general election for July 4")
	} else if !(k >= 0 && tags[k] == syntax.NOUN && p.toks[dt].Fold == "le") {
		return -1
	}
	// Left over the noun's complement ("du revenu de solidarité active"),
	// to the leftmost event noun the chain of nouns reaches.
	head := -1
	for j := k; j >= 0 && k-j < 10; j-- {
		t := toks[j]
		switch {
		case tags[j] == syntax.NOUN && newsEventNouns[t.Fold] && !(j > 0 && lexis.InSet(t.Fold, "debut", "fin") && lexis.InSet(toks[j-1].Fold, "en", "au", "a")):
			// (not "en début de matinée le 11 novembre": a time of day)
			head = j
		case tags[j] == syntax.NOUN || tags[j] == syntax.PROPN || tags[j] == syntax.ADJ || tags[j] == syntax.DET ||
			lexis.InSet(t.Fold, "de", "du", "des", "d'", "of", "en", "'s", "'") || gluedHyphen(toks, j):
		default:
			return head
		}
	}
	return head
}

// agreeingHead returns the head of the noun phrase ending at h that the
// French participle at v agrees with: the whole phrase (see climbOf)
// unless its article says another gender or number, then the leftmost
// noun before the participle in its clause that agrees ("la cérémonie
// d'ouverture du nouveau Parlement, élu le 6 mai": the Parliament).
func (p *parsed) agreeingHead(h, start, v int) int {
	top := p.climbOf(h, start)
	fem, plural, ok := participleAgreement(p.toks[v].Text)
	if !ok || p.agrees(top, fem, plural) != -1 {
		return top
	}
	best := top
	for k := v - 2; k > start && v-k <= 14 && !isVerb(p.tags[k]) && (p.toks[k].Kind != lexis.Punct || p.toks[k].Text == "'"); k-- {
		if (p.tags[k] == syntax.NOUN || p.tags[k] == syntax.PROPN) && p.agrees(k, fem, plural) == 1 {
			best = k // the leftmost that agrees: "la loi sur les retraites, adoptée"
		}
	}
	return best
}

// numberClash reports whether the French finite verb of the clause whose
// verb is at v cannot agree with the noun at h as its subject: «le nord du
// pays ont manifesté» (the verb is plural, the noun singular), «les faits
// a…». A singular noun completed by a plural one («la plupart des élus
// ont voté», «un million de personnes ont») and a coordination («le
// maire et son adjoint ont») say nothing.
func (p *parsed) numberClash(h, v int) bool {
	if p.lang != "fr" || h < 0 || h >= v {
		return false
	}
	verbPlural, known := p.finiteNumber(v)
	if !known {
		return false
	}
	for k := h + 1; k < v; k++ {
		if lexis.InSet(p.toks[k].Fold, "et", "ou", "ni") {
			return false
		}
		if !verbPlural || isVerb(p.tags[k]) || p.toks[k].Kind == lexis.Punct || lexis.InSet(p.toks[k].Fold, "qui", "que", "dont") {
			break
		}
		if lexis.InSet(p.toks[k].Fold, "des", "de", "d'") && k+1 < v && (p.toks[k].Fold == "des" || pluralWord(p.toks[k+1].Fold)) {
			return false
		}
	}
	plural, ok := p.articleNumber(h)
	return ok && plural != verbPlural
}

// articleNumber reads the number of the French noun at h from its article
// («la première réunion», «les faits»); ok is false when none says.
func (p *parsed) articleNumber(h int) (plural, ok bool) {
	j := h - 1
	for j >= 0 && p.tags[j] == syntax.ADJ {
		j--
	}
	if j < 0 {
		return false, false
	}
	switch f := p.toks[j].Fold; {
	case lexis.InSet(f, "le", "la", "l'", "un", "une", "ce", "cet", "cette", "du", "au", "son", "sa", "notre", "votre", "leur"):
		return false, true
	case lexis.InSet(f, "les", "des", "aux", "ces", "ses", "leurs", "nos", "vos"):
		return true, true
	}
	return false, false
}

// agreeingSubject returns the first noun of the clause of verb v that
// agrees with it in number, before h («Les habitants, inquiets du projet
// de la mairie, ont manifesté»: the inhabitants), -1 when none does.
func (p *parsed) agreeingSubject(h, v int) int {
	verbPlural, known := p.finiteNumber(v)
	if !known {
		return -1
	}
	for k := p.clauseStart(h); k < h; k++ {
		switch p.tags[k] {
		case syntax.DET, syntax.ADJ:
			continue
		case syntax.NOUN:
			if plural, ok := p.articleNumber(k); ok && plural == verbPlural {
				return k
			}
		}
		return -1
	}
	return -1
}

// finiteNumber reads the number of the French finite verb of the clause
// whose verb is at v: the auxiliary before a participle («ont manifesté»,
// «sont partis», «a été élu»), else the verb itself («remontent»,
// «avait»); known is false when its form does not say.
func (p *parsed) finiteNumber(v int) (plural, known bool) {
	w := v
	for j := v - 1; j >= 0 && v-j <= 4; j-- {
		f := p.toks[j].Fold
		if p.tags[j] == syntax.AUX {
			w = j
			if f != "ete" {
				break
			}
			continue
		}
		if p.tags[j] == syntax.ADV || lexis.InSet(f, "ne", "n'", "pas", "plus", "jamais", "deja", "se", "s'", "y", "en") {
			continue
		}
		break
	}
	switch f := p.toks[w].Fold; {
	case lexis.InSet(f, "ont", "sont", "avaient", "etaient", "auront", "seront", "eurent", "furent", "vont", "font",
		"doivent", "peuvent", "auraient", "seraient", "veulent"):
		return true, true
	case lexis.InSet(f, "a", "est", "avait", "etait", "aura", "sera", "eut", "fut", "va", "doit", "peut", "aurait", "serait", "veut"):
		return false, true
	case p.tags[w] == syntax.VERB && w == v && len(f) > 5 && (strings.HasSuffix(f, "aient") || strings.HasSuffix(f, "eront") || strings.HasSuffix(f, "erent")):
		return true, true
	case p.tags[w] == syntax.VERB && w == v && len(f) > 4 && (strings.HasSuffix(f, "ait") || strings.HasSuffix(f, "era")):
		return false, true
	}
	return false, false
}

// pluralWord guesses from its ending that a French word is plural.
func pluralWord(f string) bool {
	return len(f) > 3 && (strings.HasSuffix(f, "s") || strings.HasSuffix(f, "x")) && !strings.HasSuffix(f, "ss")
}

// participleAgreement reads the gender and number of a French past
// participle as written ("élue": feminine; "signés": plural); ok is false
// for a word that does not end like one.
func participleAgreement(w string) (fem, plural, ok bool) {
	w = strings.ToLower(w)
	plural = strings.HasSuffix(w, "s") && len(w) > 3
	base := strings.TrimSuffix(w, "s")
	switch {
	case strings.HasSuffix(base, "ée") || strings.HasSuffix(base, "ue") || strings.HasSuffix(base, "ie") || strings.HasSuffix(base, "ise") || strings.HasSuffix(base, "ite"):
		return true, plural, true
	case strings.HasSuffix(base, "é") || strings.HasSuffix(base, "u") || strings.HasSuffix(base, "i") || strings.HasSuffix(base, "is") || strings.HasSuffix(base, "it"):
		return false, plural, true
	}
	return false, false, false
}

// agrees tells whether the article of the noun at k agrees with a
// participle's gender and number: 1 when it does, -1 when it does not, 0
// when the article does not say ("l'", none).
func (p *parsed) agrees(k int, fem, plural bool) int {
	j := k - 1
	for j >= 0 && p.tags[j] == syntax.ADJ {
		j--
	}
	if j < 0 {
		return 0
	}
	var detFem, known bool
	switch p.toks[j].Fold {
	case "la", "une", "cette", "sa", "ma", "ta", "notre", "votre", "leur":
		detFem, known = true, p.toks[j].Fold != "notre" && p.toks[j].Fold != "votre" && p.toks[j].Fold != "leur"
	case "le", "un", "ce", "cet", "du", "au":
		known = true
	case "les", "des", "aux", "ces", "ses", "leurs", "mes", "nos", "vos":
		if plural {
			return 1
		}
		return -1
	}
	if !known {
		return 0
	}
	if plural || detFem != fem {
		return -1
	}
	return 1
}

// timeReference reports whether the event noun at h is the event another
// one is placed after or before: "à la suite des élections", "après le
// vote", "following the merger", "since the attack".
func (p *parsed) timeReference(h int) bool {
	j := h - 1
	for j >= 0 && (p.tags[j] == syntax.DET || p.tags[j] == syntax.ADJ || p.inDate(j) || j == h-1 && p.tags[j] == syntax.NOUN && !p.toks[j].Upper()) {
		j-- // (and "les sombres événements": an adjective the tagger read as a noun)
	}
	if j < 0 {
		return false
	}
	switch f := p.toks[j].Fold; {
	case lexis.InSet(f, "apres", "avant", "depuis", "after", "before", "following", "since", "malgre", "despite", "amid"):
		return true // (and "Malgré les événements du 5 juillet 1962, l'Algérie compte fêter…": not the main verb's date)
	case lexis.InSet(f, "de", "des", "du", "d'") && j > 0 && p.toks[j-1].Fold == "suite":
		return true // "à la suite de", "suite à" is not a noun's complement
	case f == "a" && j > 0 && p.toks[j-1].Fold == "suite":
		return true
	}
	return false
}

// nominalEvent reads the event that the noun at h names, dated by d (see
// dateNoun): who it is of (a name or a thing after "de" or "of", the owner a
// possessive or a "'s" names, an agent after "par" or "by") and the noun
// phrase as the text writes it ("la décision de l'UNESCO", "its 1967
// debut"). An event of an event ("le début de la contestation") or of no
// one the text names is not read.
func (x *extractor) nominalEvent(s *sentence, p *parsed, h int, d timex.DateExpr) (Claim, bool) {
	toks, tags := p.toks, p.tags
	a := h
	for a > 0 && h-a < 4 && (tags[a-1] == syntax.ADJ || tags[a-1] == syntax.NUM || tags[a-1] == syntax.NOUN || p.inDate(a-1)) {
		a-- // "its 1967 debut", "85th birthday celebrations"
	}
	var subj, how string
	switch {
	case a > 0 && possessives[toks[a-1].Fold]:
		a--
		subj, how = x.possessiveOwner(s, p, a)
	case a > 1 && lexis.InSet(toks[a-1].Text, "'s", "'", "’s", "’"):
		if na, nb, ok := p.nameAt(a - 2); ok {
			subj, how = x.entityOf(s, p, na, nb, fromClause, Span{})
			a = na
		}
	case a > 0 && tags[a-1] == syntax.DET:
		a--
	}
	verb := -1 // the verb in the past whose object the noun phrase is ("The FAA closed its investigation in late May")
	if v := a - 1; v > 0 && tags[v] == syntax.VERB && p.lang != "fr" && lexis.EnglishPast(toks[v].Fold) && d.Span.Start > toks[h].End && !scheduledFor(toks, d) {
		// (not "announced its 1967 debut": the noun's own date; nor "called
		// a confidence vote for next Wednesday": what it is set for)
		if _, _, how := p.subjectBefore(v, p.clauseStart(v)); how != "" {
			verb = v
		}
	}
	// The complement: "de l'UNESCO", "du revenu de solidarité active", "of
	// the iTunes Store" ("mise en application", "entrée en vigueur": the
	// noun's own words first).
	b := h + 1
	if lexis.InSet(toks[h].Fold, "mise", "entree") && b+1 < len(toks) && toks[b].Fold == "en" && tags[b+1] == syntax.NOUN {
		b += 2
	}
	for b < len(toks) && tags[b] == syntax.ADJ && !p.inDate(b) {
		b++
	}
	end := b
	if subj == "" && b+1 < len(toks) && lexis.InSet(toks[b].Fold, "de", "du", "des", "d'", "of") && !p.inDate(b+1) {
		c := b + 1
		if tags[c] == syntax.DET {
			c++
		}
		switch {
		case c < len(toks) && p.properNoun(c):
			e := c
			for e < len(toks) && p.properNoun(e) {
				e++
			}
			if na, nb, ok := p.nameAt(e - 1); ok {
				subj, how = x.entityOf(s, p, na, nb, fromClause, Span{})
				end = e
			}
		case c < len(toks) && tags[c] == syntax.NOUN && !newsEventNouns[toks[c].Fold] && !timeNouns[toks[c].Fold] &&
			!quantity.TimeUnitNoun(toks[c]) && !anaphors[toks[c].Fold] && !p.inDate(c):
			// "du revenu de solidarité active": the thing, in the text's words.
			e := c + 1
			for e < len(toks) && !p.inDate(e) && (tags[e] == syntax.ADJ || tags[e] == syntax.NOUN ||
				lexis.InSet(toks[e].Fold, "de", "d'", "of") && e+1 < len(toks) && tags[e+1] == syntax.NOUN && !p.inDate(e+1)) {
				e++
			}
			subj, how, end = strings.TrimSpace(x.art.Text[toks[c].Start:toks[e-1].End]), fromPhrase, e
		}
	}
	if subj == "" && end+1 < len(toks) && lexis.InSet(toks[end].Fold, "par", "by") && p.properNoun(end+1) {
		e := end + 1
		for e < len(toks) && p.properNoun(e) {
			e++
		}
		if na, nb, ok := p.nameAt(e - 1); ok {
			subj, how = x.entityOf(s, p, na, nb, fromAgent, Span{})
			end = e
		}
	}
	if subj == "" && a > 0 && isVerb(tags[a-1]) && scheduledFor(toks, d) {
		// "Rishi Sunak announced a general election for July 4": the
		// thing set for a date, by the subject of the verb that sets it.
		if na, nb, how2 := p.subjectBefore(a-1, p.clauseStart(a-1)); how2 == fromClause || how2 == fromGroup || how2 == fromName {
			subj, how = x.entityOf(s, p, na, nb, how2, Span{})
		}
		if pub := x.art.Published; !pub.IsZero() && d.Date.End.Before(pub.Start) && !hasYearDigits(d.Text) {
			// "pour le 30 juin", said in May: the coming June.
			d.Date = d.Date.ShiftYears(1)
		}
	}
	if subj == "" || !entityName(subj) && how != fromPhrase {
		return Claim{}, false
	}
	from := a
	if verb >= 0 {
		from = verb // "closed its investigation": what the subject did, as written
	}
	phrase := strings.TrimSpace(x.art.Text[toks[from].Start:toks[max(end, h+1)-1].End])
	c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
		What: toks[h].Text, Subject: subj, ValueText: toks[h].Text, ValueSpan: Span{Start: toks[h].Start, End: toks[h].End},
		Date: d.Date, DateSpan: d.Span}
	c.words = phrase
	if verb >= 0 {
		c.words = subj + " " + phrase
	} else if !strings.Contains(lexis.Fold(phrase), lexis.Fold(subj)) {
		c.words = subj + ": " + phrase
	}
	c.Label = c.words
	why := how
	if how == fromPhrase {
		why = "the thing the noun's complement names"
	}
	c.Reasons = append(c.Reasons, "event: the noun «"+toks[h].Text+"» names an event", "subject: "+why,
		"date: «"+d.Text+"», which completes the noun «"+toks[h].Text+"»")
	c.Confidence = subjectConfidence[how] * 0.8
	return c, true
}

// hasYearDigits reports whether a date's words hold four digits in a row
// (a year written out).
func hasYearDigits(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// scheduledFor reports whether date d is what a thing is set for: "for July
// 4", "pour le 4 juillet".
func scheduledFor(toks []lexis.Token, d timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start)
	if k > 0 && toks[k-1].Fold == "le" {
		k--
	}
	return k > 0 && lexis.InSet(toks[k-1].Fold, "for", "pour")
}

// possessiveOwner returns who the possessive at token k stands for: in a
// phrase that opens the sentence, the subject of the clause after it
// ("Since its 1967 debut, the 737 has…"); else the entity named before.
func (x *extractor) possessiveOwner(s *sentence, p *parsed, k int) (string, string) {
	toks := p.toks
	opening := true
	comma := -1
	for j := 0; j < len(toks); j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
		if isVerb(p.tags[j]) && !p.participle(j) {
			opening = false
			break
		}
	}
	if opening && comma > k {
		for v := comma + 1; v < len(toks) && v < comma+12; v++ {
			if isVerb(p.tags[v]) && !p.participle(v) {
				if a, b, how := p.subjectBefore(v, comma+1); how == fromClause || how == fromOwner || how == fromGroup {
					return x.entityOf(s, p, a, b, how, Span{})
				}
				break
			}
		}
		return "", ""
	}
	for v := k - 1; v >= 0; v-- {
		// "Il annonce son abandon": the possessive stands for the subject
		// of its own clause's verb.
		if isVerb(p.tags[v]) && !p.participle(v) {
			if a, b, how := p.subjectBefore(v, p.clauseStart(v)); how == fromPronoun || how == fromClause {
				if d, h := x.entityOf(s, p, a, b, how, Span{}); d != "" {
					return d, h
				}
			}
			break
		}
	}
	return x.entityOf(s, p, k, k+1, fromPronoun, Span{})
}

// datedNoun is an event noun the article dated by a complement: "les
// élections législatives du 30 mai", "the May 30 elections".
type datedNoun struct {
	words []string // the noun's and its adjectives' folded words
	text  string   // as written
	date  Date
	sent  int // the sentence it was read in
}

// noteDatedNoun remembers the event noun at h and the adjectives after it
// as dated by d, when d names a day or a month.
func (x *extractor) noteDatedNoun(p *parsed, h int, d timex.DateExpr) {
	if d.Date.IsZero() || d.Date.Precision < PrecisionMonth {
		return
	}
	e := h + 1
	for e < len(p.toks) && e-h <= 2 && p.tags[e] == syntax.ADJ && !p.inDate(e) {
		e++
	}
	words := make([]string, 0, e-h)
	for k := h; k < e; k++ {
		words = append(words, p.toks[k].Fold)
	}
	x.datedNouns = append(x.datedNouns, datedNoun{words, strings.TrimSpace(x.art.Text[p.toks[h].Start:p.toks[e-1].End]), d.Date, x.sentIndex})
}

// atPrepositions place a figure at an event: "aux élections", "lors du
// sommet", "at the summit", "in the elections".
var atPrepositions = lexis.SetOf("a", "aux", "au", "lors", "pendant", "durant", "during", "at", "in")

// atDatedNoun returns the event noun dated before in the article that the
// sentence places its figure at (after "aux", "lors de", "at", "in" and a
// determiner), the noun whole with its adjectives; nil when none.
func (x *extractor) atDatedNoun(s *sentence, pos int) *datedNoun {
	toks := s.toks
	for i := len(x.datedNouns) - 1; i >= 0; i-- {
		dn := &x.datedNouns[i]
		if dn.sent >= x.sentIndex {
			continue
		}
		for k := 1; k+len(dn.words) <= len(toks); k++ {
			if toks[k].Fold != dn.words[0] || toks[k].Start > pos+200 || toks[k].End < pos-200 {
				continue
			}
			n := 1
			for n < len(dn.words) && toks[k+n].Fold == dn.words[n] {
				n++
			}
			if n < len(dn.words) || k+n < len(toks) && toks[k+n].Kind == lexis.Word && !toks[k+n].Upper() && !lexis.InSet(toks[k+n].Fold, "de", "du", "des", "of", "et", "and") {
				continue // "aux élections municipales" after "les élections législatives du 30 mai"
			}
			j := k - 1
			if lexis.InSet(toks[j].Fold, "le", "la", "l'", "les", "the", "du", "de", "des") && j > 0 {
				j--
			}
			if atPrepositions[toks[j].Fold] || toks[j].Fold == "de" && j > 0 && toks[j-1].Fold == "lors" {
				return dn
			}
		}
	}
	return nil
}

// electionNouns name a vote held on a day.
var electionNouns = lexis.SetOf("election", "elections", "scrutin", "referendum", "presidentielle", "legislatives", "municipales", "regionales",
	"europeennes", "primaire", "primary", "runoff", "vote", "poll", "ballot", "by-election", "by-elections", "midterms", "referendums")

// electionDay is the election the article dated to the day within the last
// dozen sentences ("les élections municipales du 2 novembre", "the May 30
// election"), nil if none.
func (x *extractor) electionDay() *datedNoun {
	for i := len(x.datedNouns) - 1; i >= 0; i-- {
		dn := &x.datedNouns[i]
		if dn.sent < x.sentIndex && x.sentIndex-dn.sent <= 12 && len(dn.words) > 0 && electionNouns[dn.words[0]] && dn.date.Precision >= PrecisionDay && !dn.date.Range {
			return dn
		}
	}
	if dn := x.leadElection; dn != nil && dn.sent < x.sentIndex && x.sentIndex-dn.sent <= 12 {
		return dn // the election the lead dated by its verb's day
	}
	return nil
}

// voteMeasures are the heads of the measures of a vote's figures («Le
// Rassemblement national recueille 15,8 %» measures «voix»), folded.
var voteMeasures = lexis.SetOf("voix", "vote", "votes", "suffrage", "suffrages", "participation", "turnout", "siege", "seat", "abstention")

// voteFigure reports whether the figure at byte pos counts votes, voters
// or turnout: "élue avec 46 % des voix", "31,4 % des électeurs inscrits se
// sont déplacés", "won 52% of the vote", "turnout was 61%".
func voteFigure(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	if k < 0 {
		return false
	}
	for j := max(0, k-6); j < min(len(toks), k+8); j++ {
		if toks[j].Kind == lexis.Punct && j > k && toks[j].Text != "%" && !decimalComma(toks, j) {
			break // (not at the decimal comma of «31,8 % des voix»)
		}
		if lexis.InSet(toks[j].Fold, "voix", "suffrages", "votes", "vote", "ballots", "turnout", "participation", "electeurs", "voters", "inscrits", "abstention", "elu", "elue", "elected", "sieges", "seats") {
			return true
		}
	}
	return false
}

// wordStart returns the first token of the hyphenated word that token h
// ends ("Pre-orders"), h itself when it is a word of its own.
func (p *parsed) wordStart(h int) int {
	for h >= 2 && gluedHyphen(p.toks, h-1) && p.toks[h-2].Kind == lexis.Word {
		h -= 2
	}
	return h
}

// prepositionVerb reports whether the verb at k is part of a compound
// preposition of time: "à partir du 11 décembre", "à compter de lundi".
func (p *parsed) prepositionVerb(k int) bool {
	return k > 0 && lexis.InSet(p.toks[k].Fold, "partir", "compter") && p.toks[k-1].Text == "à" &&
		lexis.InSet(lexis.FoldAt(p.toks, k+1), "de", "du", "d'", "des")
}

// newsNouns name news itself, not what it tells.
var newsNouns = lexis.SetOf("nouvelle", "nouvelles", "news", "annonce", "announcement", "information", "informations")

// newsComes reports whether an event is news itself coming, with nothing
// of what it tells: "L'annonce est tombée", "The announcement came".
func newsComes(verb, subject string) bool {
	if !lexis.InSet(verb, "tombee", "tombe", "tombees", "came", "arrived", "arrivee") {
		return false
	}
	w := strings.Fields(lexis.Fold(subject))
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	if _, after, ok := strings.Cut(last, "'"); ok {
		last = after // "l'annonce" (folded: the apostrophe is straight)
	}
	return newsNouns[last]
}

// nounObjectAfter reports whether a speech verb at v takes a noun phrase,
// not reported words: «a confirmé mardi la sanction», "confirmed the
// fine on Tuesday" (not «a confirmé que…», "said on Tuesday that…", nor
// "…, the ministry said").
func (p *parsed) nounObjectAfter(v int) bool {
	toks := p.toks
	k := v - 1
	for k > 0 && (p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV) {
		k--
	}
	if k >= 0 && (toks[k].Text == "," || lexis.InSet(toks[k].Text, "»", "”", "\"")) {
		return false // «…, a annoncé la direction»: who speaks comes after the words
	}
	j := v + 1
	for j < len(toks) && (p.inDate(j) || p.tags[j] == syntax.ADV || lexis.InSet(toks[j].Fold, "on", "in") && j+1 < len(toks) && p.inDate(j+1)) {
		j++
	}
	if j >= len(toks) || p.tags[j] != syntax.DET || lexis.InSet(toks[j].Fold, "that", "que", "qu'") {
		return false
	}
	// The noun phrase ends the clause or a comma follows it: no words
	// reported after it.
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		if lexis.InSet(toks[k].Fold, "que", "qu'", "that") || toks[k].Text == ":" || toks[k].Text == "«" || toks[k].Text == "\"" {
			return false
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			return true
		}
	}
	return true
}

// locatedVerbs say where something is: a state, no event.
var locatedVerbs = lexis.SetOf("based", "headquartered", "located", "situated", "basee", "basees", "base", "bases", "installee", "installees",
	"situe", "situee", "situes", "situees", "implante", "implantee", "implantes", "implantees", "domicilie", "domiciliee")

// laterDay reports whether dates holds, after date d, a day on or after
// verb v's token: the more precise date of the same verb.
func laterDay(dates []timex.DateExpr, d timex.DateExpr, v int, toks []lexis.Token) bool {
	for _, e := range dates {
		if e.Span.Start > d.Span.End && e.Date.Precision >= PrecisionDay && v < len(toks) && e.Span.Start > toks[v].Start {
			return true
		}
	}
	return false
}

// joinWords joins a label's subject and the words after it with a space,
// but none before a possessive or punctuation that sticks to the word
// before ("a contractor's compromised password", not "a contractor 's").
func joinWords(a, b string) string {
	for _, p := range []string{"'s ", "’s ", ",", ".", ")", ":", ";"} {
		if strings.HasPrefix(b, p) || b == strings.TrimSpace(p) {
			return a + b
		}
	}
	return a + " " + b
}

// nameBeforeAbbreviation returns the end of the name at tokens [a, b)
// stretched over the lower-case words a French name writes after its
// capital when an abbreviation of their initials follows in brackets: «la
// Plateforme automobile (PFA)», «l'Agence régionale de santé (ARS)».
func (p *parsed) nameBeforeAbbreviation(text string, a, b int) int {
	toks := p.toks
	e := b
	for e < len(toks) && e-b < 6 && toks[e].Kind == lexis.Word && !toks[e].Upper() {
		e++
	}
	if e == b || e+2 >= len(toks) || toks[e].Text != "(" || toks[e+2].Text != ")" || !isAllCaps(toks[e+1].Text) {
		return b
	}
	// (the abbreviation's letters, in order, in the name's, from its first)
	name, abbr := lexis.Fold(text[toks[a].Start:toks[e-1].End]), lexis.Fold(toks[e+1].Text)
	if len(abbr) < 2 || name == "" || name[0] != abbr[0] {
		return b
	}
	i := 0
	for k := 0; k < len(name) && i < len(abbr); k++ {
		if name[k] == abbr[i] {
			i++
		}
	}
	if i == len(abbr) {
		return e
	}
	return b
}

// gerundInComplement reports whether the English word in -ing at token v
// ends a noun phrase a preposition governs ("of all television viewing",
// "for online shopping"), with nothing after it that a verb would take.
func (p *parsed) gerundInComplement(v int) bool {
	j := v - 1
	for j > 0 && v-j <= 4 && (p.tags[j] == syntax.DET || p.tags[j] == syntax.ADJ || p.tags[j] == syntax.NOUN && !p.toks[j].Upper()) {
		j--
	}
	if j < 0 || j == v-1 || !lexis.InSet(p.toks[j].Fold, "of", "for", "in", "on") {
		return false
	}
	return v+1 == len(p.toks) || p.toks[v+1].Kind == lexis.Punct || p.tags[v+1] == syntax.ADP
}

// deadlineOfPast reports whether date d is a deadline after the article
// for what verb v, in the past, told of: «Il a annoncé la création de 500
// îlots d'ici l'été 2026» dates what was announced, not the day it was.
func (x *extractor) deadlineOfPast(p *parsed, d *timex.DateExpr, v int) bool {
	return d.Date.Start.After(x.art.Published.End) && p.deadlineBefore(d.Span.Start) &&
		v > 0 && (lexis.InSet(p.toks[v-1].Fold, "a", "ont", "has", "have", "had") || p.lang == "en" && lexis.EnglishPast(p.toks[v].Fold))
}

// deadlineBefore reports whether the words right before the date that
// starts at offset start make it a deadline: "by", "until", «d'ici»,
// «jusqu'à».
func (p *parsed) deadlineBefore(start int) bool {
	k := 0
	for k < len(p.toks) && p.toks[k].Start < start {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if lexis.InSet(p.toks[j].Fold, "by", "until", "ici", "jusqu'a", "jusqu'en", "jusqu'au") {
			return true
		}
	}
	return false
}

// speakerForPronoun returns who the personal pronoun t stands for when the
// sentence before opens on a quote and ends on its speaker's name ("« … »,
// a déclaré le ministre, Antoine Perrin. Il a annoncé…"): that person, not
// subj, a thing named before; else subj.
func (x *extractor) speakerForPronoun(t lexis.Token, subj string) string {
	if lexis.InSet(t.Fold, "il", "elle", "he", "she") && x.reg.kind(nameKey(subj)) != KindPerson {
		if d := x.speakerEnding(x.sentIndex - 1); d != "" {
			return d
		}
	}
	return subj
}

// speakerEnding returns the person named at the end of sentence i when it
// opens with a quote (the speaker of its attribution: «« … », a déclaré le
// ministre délégué à la Santé, Antoine Perrin.»), "" otherwise.
func (x *extractor) speakerEnding(i int) string {
	if i < 0 || i >= len(x.sents) {
		return ""
	}
	s := &x.sents[i]
	text := strings.TrimSpace(x.art.Text[s.span.Start:s.span.End])
	if !strings.HasPrefix(text, "«") && !strings.HasPrefix(text, "\"") && !strings.HasPrefix(text, "“") {
		return "" // (not «Armorique Ferries a transporté…, a précisé son porte-parole, Yann Kerhervé. Elle avait annoncé…»: the clause's subject)
	}
	text = strings.TrimRight(text, " .!»\"”\n")
	for _, m := range s.mentions {
		if !m.common && x.reg.kindOf(&m) == KindPerson && strings.HasSuffix(text, ", "+m.text) {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// dontAntecedent returns the noun phrase «dont» before token a stands
// for, past an apposition set off by commas: «une usine à Saint-Nazaire,
// d'une capacité de 20 000 moteurs par an, dont la mise en service…»
// gives «usine à Saint-Nazaire»; «la reconversion du site en dépôt
// pétrolier, dont la mise en service…» «dépôt pétrolier». "" when no
// noun phrase is there.
func (p *parsed) dontAntecedent(text string, a int) string {
	toks := p.toks
	if a >= 1 && lexis.InSet(toks[a-1].Fold, "la", "le", "l'", "les") {
		a-- // «dont la mise en service»: past the noun's article
	}
	if a < 3 || toks[a-1].Fold != "dont" {
		return ""
	}
	k := a - 2
	if toks[k].Text == "," {
		k--
	}
	// an apposition before: «, d'une capacité de 20 000 moteurs par an,»
	for j := k; j > 0 && k-j < 12; j-- {
		if toks[j].Text == "," {
			if lexis.InSet(toks[j+1].Fold, "d'", "de", "du", "avec") {
				k = j - 1
			}
			break
		}
	}
	end := k + 1
	for k >= 0 && (p.tags[k] == syntax.ADJ || p.tags[k] == syntax.PROPN || p.tags[k] == syntax.NOUN && !toks[k].Upper() ||
		toks[k].Upper() && toks[k].Kind == lexis.Word || k > 0 && lexis.InSet(toks[k].Fold, "a", "de", "d'") && toks[k+1].Upper()) {
		k--
	}
	start := k + 1
	for start < end && !(p.tags[start] == syntax.NOUN && !toks[start].Upper()) {
		start++ // the phrase opens on its noun, not on a name it qualifies
	}
	if start >= end || k < 0 || !lexis.InSet(toks[k].Fold, "un", "une", "le", "la", "l'", "les", "des", "en", "du", "au", "son", "sa", "ses") {
		return ""
	}
	return strings.TrimSpace(text[toks[start].Start:toks[end-1].End])
}

// endedPeriods are the periods a participle of ending closes: "the fiscal
// year ended March 31", "the quarter ending June 30", «l'exercice clos le
// 30 juin».
var endedPeriods = lexis.SetOf("year", "quarter", "half", "period", "months", "weeks", "week", "month", "exercice", "semestre", "trimestre", "annee", "periode")

// personNamedBefore reports whether sentence s names a person before token a.
func (x *extractor) personNamedBefore(s *sentence, a int) bool {
	return slices.ContainsFunc(s.mentions, func(m mention) bool { return m.end <= a && !m.common && x.reg.kindOf(&m) == KindPerson })
}
