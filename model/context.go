package model

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timex"
)

// eventKinds are the words that date a context event, with its kind.
var eventKinds = map[string]string{
	"panne": "outage", "pannes": "outage", "outage": "outage", "outages": "outage", "coupure": "outage", "blackout": "outage",
	"fonde": "founded", "fondee": "founded", "founded": "founded", "cree": "founded", "creee": "founded", "fondation": "founded",
	"rachetee": "acquired", "rachete": "acquired", "rachat": "acquired", "acquired": "acquired", "acquisition": "acquired",
	"racheter": "acquired", "bought": "acquired",
	"lance": "launched", "lancee": "launched", "lancement": "launched", "launched": "launched", "launch": "launched",
	"cyberattaque": "attack", "piratage": "attack", "hack": "attack", "hacked": "attack", "fuite": "leak", "leak": "leak",
	"interdit": "ban", "interdiction": "ban", "banned": "ban", "ban": "ban", "bloque": "ban", "blocked": "ban",
	"introduction": "ipo", "ipo": "ipo", "amende": "fine", "fined": "fine", "fine": "fine",
}

var eventTitles = map[string]string{
	"outage": "outage", "founded": "founded", "acquired": "acquired", "launched": "launched", "attack": "attacked",
	"leak": "data leak", "ban": "blocked", "ipo": "goes public", "fine": "fined",
}

// contextEvents reads dated events with no figure: an outage, a founding,
// an acquisition.
func (x *extractor) contextEvents(s *sentence, statement map[int]bool) []Claim {
	var out []Claim
	seen := map[string]bool{}
	for k, t := range s.toks {
		if !t.Is(lexEvent) {
			continue
		}
		kind, ok := eventKinds[t.Fold]
		if !ok || seen[kind] || negated(s.toks, k) || t.Upper() && k > 0 && inLongMention(s.mentions, k) {
			continue // (nor "Pentagon Acquisition Director Michael Wynne": a word of a name)
		}
		if kind == "founded" && createdThing(s.toks, k) {
			continue // "a créé la polémique", "a créé 300 emplois": not a founding
		}
		// The nearest date of the passage that is not a statement's.
		var date *timex.DateExpr
		best := math.MaxInt
		for di := range s.dates {
			d := &s.dates[di]
			if d.Kind == "duration" || d.Kind == "time" || d.Since || statement[di] || d.Date.IsZero() {
				continue
			}
			// A founding, a launch or a sale is dated by the words next to
			// it ("fondé en 2013", "acquired in 2014"), an outage anywhere in
			// the passage ("Ce lundi, … une panne").
			if kind != "outage" && (tokenDistance(s.toks, t.Start, d.Span) > 4 || clauseLinkBetween(s.toks, t.Start, d.Span)) {
				continue // (nor "started in 1976, and launched the iTunes Music Store": the date of another clause)
			}
			dist := d.Span.Start - t.Start
			if dist < 0 {
				dist = -dist
			}
			if dist < best {
				date, best = d, dist
			}
		}
		if date == nil {
			continue
		}
		if !x.art.Published.IsZero() && date.Date.Start.After(x.art.Published.End) {
			// "its Artemis II mission will launch no earlier than
			// September 2025": not "NASA launched"; the clause's own words
			// tell what is to come.
			continue
		}
		seen[kind] = true
		subj, other := x.eventSubject(s, k, kind)
		if subj == "" {
			continue
		}
		c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
			What: kind, Subject: subj, Date: date.Date, DateSpan: date.Span, ValueText: t.Text, ValueSpan: Span{Start: t.Start, End: t.End}}
		c.other = other
		c.Label = labelIn(&c, "en")
		c.Confidence = 0.6
		how := "subject: the organisation its passage names most"
		if kind == "fine" && subj == x.finedIn(s, k) {
			how = "subject: the one the fine is imposed on"
		}
		c.Reasons = []string{"event: the word «" + t.Text + "» names " + eventNouns[kind] + ", dated by «" + date.Text + "», the nearest date of its passage", how}
		out = append(out, c)
	}
	return out
}

// inLongMention reports whether token k is inside a name of two words or
// more.
func inLongMention(ms []mention, k int) bool {
	for _, m := range ms {
		if m.tok <= k && k < m.end && m.end-m.tok > 1 {
			return true
		}
	}
	return false
}

// agentAt reports whether the name at token m is a passive's agent: "par"
// or "by" before it, with only lower-case words between ("rachetée en 2019
// par le groupe américain Zorgcorp", "bought by Zorgcorp").
func agentAt(toks []lexis.Token, m int) bool {
	for j := m - 1; j >= 0 && m-j <= 5; j-- {
		if lexis.InSet(toks[j].Fold, "par", "by") {
			return true
		}
		if toks[j].Kind != lexis.Word || toks[j].Upper() && !gazetteer.Places[strings.TrimSuffix(toks[j].Fold, ".")] && !gazetteer.Demonyms[toks[j].Fold] ||
			lexis.InSet(toks[j].Fold, "de", "d'", "du", "of", "led", "mene", "menee", "owned", "detenu", "detenue") {
			return false // (but "by the US group Zorgcorp"; not "par le fondateur de Zorgcorp", "by a consortium led by")
		}
	}
	return false
}

// agentOfVerb reports whether the "par" or "by" before the name at token m
// follows the verb at token k with only its date between: "rachetée en
// 2019 par", "acquired on Monday by" (not "acquired Zorgtel, a move
// welcomed by", "after a bid was rejected by").
func agentOfVerb(toks []lexis.Token, k, m int) bool {
	for j := k + 1; j < m; j++ {
		if lexis.InSet(toks[j].Fold, "par", "by") {
			return true
		}
		t := toks[j]
		if !(t.Kind == lexis.Number || t.Upper() || lexis.InSet(t.Fold, "en", "in", "on", "le", "au", "a", "last", "dernier", "derniere", "the", "this", "ce", "cette", "early", "late", "debut", "fin", "de", "of", "mois", "month", "year", "annee", "week", "semaine")) {
			return false
		}
	}
	return false
}

// createdThing reports whether the verb "créé" at token k has an object
// that is no organisation ("a créé la polémique", "a créé la surprise",
// "ont créé 300 emplois"): what was created is not a body being founded.
func createdThing(toks []lexis.Token, k int) bool {
	if !lexis.InSet(toks[k].Fold, "cree", "creee", "crees", "creees") || k == 0 || !lexis.InSet(toks[k-1].Fold, "a", "ont", "avait", "avaient", "aura", "auront") {
		return false
	}
	j := k + 1
	for j < len(toks) && lexis.InSet(toks[j].Fold, "le", "la", "l'", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	if t.Kind == lexis.Number {
		return true
	}
	return t.Kind == lexis.Word && !t.Upper() && !institutionWords[t.Fold] &&
		!lexis.InSet(t.Fold, "entreprise", "start-up", "startup", "groupe", "application", "service", "marque", "filiale", "reseau", "messagerie", "plateforme", "journal", "site", "fonds")
}

// finedIn returns who the fine word at token k is imposed on: the name
// after the verb of the fine ("a infligé mercredi à Zorgon une amende",
// "fined Zorgon"), whatever kind "à" made of it; "" when none.
func (x *extractor) finedIn(s *sentence, k int) string {
	for _, m := range s.mentions {
		if m.tok == 0 || m.tok > k+12 || k-m.tok > 10 || m.common {
			continue
		}
		if m.tok > k && gazetteer.Places[lexis.Fold(m.text)] {
			continue // "une amende de 3 000 euros à Paris": where
		}
		if prev := s.toks[m.tok-1]; prev.Text == "à" || fineVerbs[prev.Fold] && m.tok <= k+1 {
			// (and after the amount: "une amende de 20 millions d'euros à
			// Zorgnet")
			return x.reg.display(m.key)
		}
	}
	return ""
}

// eventSubject picks who the event happened to (and, for an acquisition, the
// buyer named after "par"/"by").
func (x *extractor) eventSubject(s *sentence, k int, kind string) (string, string) {
	subj, other := "", ""
	if k == 0 && kind != "acquired" {
		// "Créé il y a 30 ans, ce terminal…", "Founded in 1997, Zorgon
		// now…": a participle opening the sentence tells of its clause's
		// subject, after the comma that closes it.
		if subj, ok := x.frontedSubject(s); ok {
			return subj, ""
		}
	}
	if kind == "fine" {
		if d := x.finedIn(s, k); d != "" {
			return d, other
		}
	}
	// "Apple Computer today launched a 3G version of its iPhone": the
	// organisation named right before a launch's verb is its subject (not
	// an acquisition's, a ban's or a fine's: "Microsoft acquired
	// LinkedIn" is LinkedIn's acquisition, the event's title says by whom).
	j := k - 1
	if kind != "launched" && !(kind == "acquired" && lexis.EnglishPast(s.toks[k].Fold) || lexis.InSet(s.toks[k].Fold, "acquired", "bought", "rachete", "racheter")) {
		j = -1
	}
	for j >= 0 && lexis.InSet(s.toks[j].Fold, "today", "yesterday", "also", "has", "have", "had", "officially", "finally", "aujourd'hui", "hier",
		"a", "ont", "officiellement", "finalement", "aussi", "egalement") && s.toks[j].Text != "à" {
		j--
	}
	buyer := "" // "Zorgcorp acquired Zorgon", "Zorgcorp a racheté Zorgon": the one named before the verb buys
	for _, m := range s.mentions {
		if j >= 0 && m.end == j+1 && x.reg.kindOf(&m) == KindOrg && !m.common && (m.tok == 0 || !lexis.InSet(lexis.FoldAt(s.toks, m.tok-1), "of", "de", "d'", "du", "by", "par")) {
			if kind == "acquired" {
				buyer = x.reg.display(m.key)
				break
			}
			return x.reg.display(m.key), other
		}
	}
	bestScore := math.Inf(-1)
	for _, m := range s.mentions {
		if x.reg.kindOf(&m) != KindOrg || bracketedAfterName(s.toks, m) {
			continue
		}
		if buyer != "" && x.reg.display(m.key) == buyer {
			other = buyer
			continue
		}
		if kind == "acquired" && m.tok > k && m.tok <= k+10 && agentAt(s.toks, m.tok) && agentOfVerb(s.toks, k, m.tok) {
			other = x.reg.display(m.key)
			continue
		}
		dist := m.tok - k
		if dist < 0 {
			dist = -dist
		}
		score := x.reg.weight(m.key) - 0.15*float64(dist)
		if score > bestScore {
			subj, bestScore = x.reg.display(m.key), score
		}
	}
	if subj == "" && x.lastOrg != "" {
		// "Fondée en 1997 en Californie, l'entreprise comptait…": the
		// organisation a noun of its passage stands for (not any
		// organisation named before: "Depuis le lancement de la campagne
		// le 17 octobre" is no organisation's launch).
		for k, t := range s.toks {
			if anaphors[t.Fold] && k > 0 && lexis.InSet(s.toks[k-1].Fold, "l'", "le", "la", "the", "this", "cette", "ce") {
				return x.reg.display(x.lastOrg), other
			}
		}
	}
	return subj, other
}

// frontedSubject returns the subject of the clause after a phrase that
// opens the sentence and ends with a comma: the organisation named there, or
// the one a noun there stands for ("l'entreprise"); "" when that clause's
// subject is a noun phrase that stands for none ("ce terminal"). Commas
// before a word that starts no noun phrase of its own close an apposition
// inside the phrase ("Fondé en 2013 par les frères Dourov, créateurs de
// VKontakte, Telegram…"). ok is false when no clause is found.
func (x *extractor) frontedSubject(s *sentence) (string, bool) {
	toks := s.toks
	for c, t := range toks {
		if t.Text != "," {
			continue
		}
		k := c + 1
		for k < len(toks) && k <= c+2 && lexis.InSet(toks[k].Fold, "le", "la", "l'", "les", "ce", "cet", "cette", "the", "this", "its", "son", "sa") {
			k++
		}
		for _, m := range s.mentions {
			if m.tok == k || m.tok == k+1 && k < len(toks) && !toks[k].Upper() {
				if x.reg.kindOf(&m) == KindOrg {
					return x.reg.display(m.key), true
				}
				return "", true
			}
		}
		if k > c+1 && k < len(toks) {
			// A determiner and a noun: the clause's subject.
			if anaphors[toks[k].Fold] && x.lastOrg != "" {
				return x.reg.display(x.lastOrg), true
			}
			return "", true
		}
	}
	return "", false
}

// statements reads quotes of at least eight words with a speaker; with a
// statement date they become announcement events (of figure, the
// sentence's first claim with a figure, when it has one).
func (x *extractor) statements(s *sentence, statement map[int]bool, figure *Claim, undatedOK bool) []Claim {
	var out []Claim
	var stDate *timex.DateExpr
	for _, di := range slices.Sorted(maps.Keys(statement)) {
		if d := &s.dates[di]; !d.Date.IsZero() && stDate == nil {
			stDate = d // the first date that dates a statement, whatever the map's order
		}
	}
	if stDate != nil && stDate.Date.Precision == PrecisionDay && !dataPublishedDay(s.toks, stDate.Span.Start) {
		// (not "in data published on August 6": the day figures came
		// out, no day anyone spoke)
		x.saidDay = stDate.Date
	}
	undated := "" // why an undated quote has the date it is given
	var day Date
	if stDate == nil {
		// "“…,” chief executive Laura Brennan told analysts on a
		// conference call": words put between quotation marks with no
		// day of their own were said on the day of the story's lead when
		// told in the past.
		if !undatedOK || figure != nil || x.art.Published.IsZero() || quotedWords(x.art.Text, s.span) < 8 && !(quotedWords(x.art.Text, s.span) >= 4 && wholeQuoteSaid(x.art.Text, s.span)) {
			// (a quote of four words or more is one when it is the whole
			// sentence's words and a verb of saying closes it: «« C'est
			// notre meilleure saison depuis 2019 », a déclaré…»)
			return nil
		}
		var own []timex.DateExpr // the days the sentence tells outside the quote
		for _, d := range s.dates {
			if !overlapsSpans(x.quotes, d.Span) && !d.Date.IsZero() && !d.Since {
				// (not «directeur général de Kering depuis septembre
				// 2025»: when the speaker took his role)
				own = append(own, d)
			}
		}
		lead, leadWhy := x.leadDay, "said in the past, on the day of the story's lead, "
		if !x.saidDay.IsZero() {
			// «Plus de 70 millions…, a affirmé mardi 5 octobre Pavel
			// Dourov. […] « Je suis fier de notre équipe… », a poursuivi
			// le milliardaire»: the day the article last told a statement.
			lead, leadWhy = x.saidDay, "said in the past, on the day of the statement told before, "
		}
		switch {
		case len(own) == 1 && own[0].Date.Precision == PrecisionDay && x.afterQuote(s, own[0].Span.Start):
			// «« … », s'est félicitée lundi Morgane Le Bihan»: the day
			// told with the verb that closes the quote.
			stDate = &own[0]
		case len(own) > 0:
			return nil // (a day the sentence tells of something else)
		case x.art.Published.Precision == PrecisionDay && presentSpeech(x.unquoted(s.toks), x.art.Lang):
			// «« Les allées étaient à moitié vides », affirme sa
			// présidente», "“…,” she says": words said in the present
			// are said as the story is written.
			day, undated = x.art.Published, "date: none in the passage; said in the present, on the day the story was published, "+x.art.Published.String()
		case lead.IsZero() || !pastClause(s.toks, x.art.Lang) && !toldInPast(x.unquoted(s.toks), x.art.Lang) || pluperfect(s.toks) || lead.Start.After(x.art.Published.End) ||
			!lead.Start.After(x.art.Published.Start.AddDate(0, 0, -8)):
			return nil
		default:
			day, undated = lead, "date: none in the passage; "+leadWhy+lead.String()
		}
	}
	sp := x.attribution(s.toks, 0, len(s.toks), s.toks[0].Start)
	if sp.key == "" || x.reg.kind(sp.key) != KindPerson && !(overlapsSpans(x.quotes, s.span) && !sp.cited && !roleBeforeSpan(s.toks, sp.span) &&
		x.reg.kind(sp.key) == KindOrg) {
		// The statement's words may follow the verb: "a assuré mardi Pavel Dourov".
		// (and words in quotation marks a body says: «« Nous ne lâcherons
		// rien », a déclaré mardi la CFDT»; not a body a role's holder is
		// of: «le président du groupe socialiste au Sénat»)
		return nil
	}
	if undatedOK && sp.span.Start < stDateEnd(stDate) && !(stDate != nil && x.afterQuote(s, stDate.Span.Start) && plainGap(x.quoteGap(s, stDate.Span.Start))) {
		// (but «…, a déclaré M. Chesnais-Girard dimanche soir»: the day
		// after the verb and its speaker)
		// («« … », s'est félicitée dimanche Claire Montagné»: the speaker
		// named after the day, not a person named before it)
		return nil
	}
	if figure != nil && (apposedToSpeaker(s.toks, sp.span, figure.ValueSpan) || quotedWords(x.art.Text, s.span) >= 4 && quoteBefore(x.quotes, s.span, figure.ValueSpan)) {
		// "The Air Line Pilots Association, which represents Sunward's
		// 2,300 pilots, said…": a figure that describes the speaker is
		// not what the statement says; nor is a figure told after the
		// quote («« Ces chiffres sont décevants… », a réagi … Hélène
		// Marquet, qui a rappelé que le nombre … avait atteint 120 700»).
		figure = nil
	}
	c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
		What: "statement", Date: day, Subject: x.reg.display(x.focus)}
	if stDate != nil {
		c.Date, c.DateSpan = stDate.Date, stDate.Span
	}
	x.setSpeaker(&c, sp)
	unsureFigure := figure != nil && figure.Unsure
	if unsureFigure {
		// A figure kept off the timeline is not announced on it either:
		// the statement is told in the article's words.
		figure = nil
	}
	if c.Subject == "" {
		c.Subject = c.SaidBy // an article about no organisation: the statement is its speaker's
	}
	if figure != nil {
		f := *figure
		c.announced = &f
		if f.Subject != "" && !f.Unsure {
			c.Subject = f.Subject // the statement is about what its figure is about
		}
	} else if overlapsSpans(x.quotes, s.span) {
		c.excerpt = quoteExcerpt(x.art.Text, x.quotes, s.span)
		c.Subject = c.SaidBy // «« … », a déclaré mercredi Henri Maréchal»: the speaker's words
		if q := quoteStart(x.art.Text, x.quotes, s.span); q < s.span.Start {
			// "“We are seeing queues at clinics. Parents are frightened,”
			// he told the BBC": the quote opened sentences before; the
			// passage holds it whole.
			c.Passage.Start = q
			c.Quote = x.art.Slice(c.Passage)
		}
	} else if unsureFigure {
		// "Governor Kathy Zorgul said on Tuesday that 1,200 homes had been
		// destroyed": the reported words, whose figure no clause reads.
		c.excerpt = x.statementExcerpt(s.span, sp, s.span.End)
	} else {
		// "Cameron announced on Friday that he would resign": no words in
		// quotation marks, none put between them; the clause's own event
		// says it.
		return nil
	}
	if stDate != nil && c.excerpt != "" {
		c.told = toldPhrase(x.quoteGap(s, stDate.Span.Start))
	}
	c.Label = labelIn(&c, "en")
	c.Confidence = 0.8
	c.Reasons = []string{"statement: words its passage puts in the mouth of " + c.SaidBy, undated}
	if stDate != nil {
		c.Reasons[1] = "date: «" + stDate.Text + "», the day the statement was made"
	}
	out = append(out, c)
	return out
}

// unquoted returns the tokens of toks outside the article's quotes: the
// words that tell when the quoted ones were said ("“We are confident…,”
// said Tom Enders" is told in the past, whatever the tense inside).
func (x *extractor) unquoted(toks []lexis.Token) []lexis.Token {
	out := make([]lexis.Token, 0, len(toks))
	for _, t := range toks {
		if !overlapsSpans(x.quotes, Span{Start: t.Start, End: t.End}) {
			out = append(out, t)
		}
	}
	return out
}

// toldInPast reports whether the words outside a quote tell it in the past
// (a quote told in the past, «… ont rencontré…”, tempère le fondateur», is
// one too: the French news present tells what was said):
// a clause in the past, or "said", which the past and the present perfect
// share and so no clause reads as either on its own.
func toldInPast(toks []lexis.Token, lang string) bool {
	if pastClause(toks, lang) {
		return true
	}
	return lang == "en" && slices.ContainsFunc(toks, func(t lexis.Token) bool { return t.Fold == "said" }) &&
		!slices.ContainsFunc(toks, func(t lexis.Token) bool { return lexis.InSet(t.Fold, "says", "will", "has", "have") })
}

// dataPublishedDay reports whether the date at byte pos follows the
// participle of figures put out ("data published on August 6", «les
// chiffres publiés vendredi»).
func dataPublishedDay(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	if k >= 1 && lexis.InSet(toks[k-1].Fold, "on", "ce", "le") {
		k--
	}
	return k >= 1 && citedPublished(toks, k-1)
}

// presentSpeech reports whether toks, the words of a sentence outside its
// quotes, hold a verb of saying in the present: «affirme», «estime-t-il»,
// "says", "adds" (not «a affirmé», "said").
func presentSpeech(toks []lexis.Token, lang string) bool {
	for k := range toks {
		if !lexis.IsSpeechVerb(toks, k) && !(toks[k].Kind == lexis.Word && lexis.InvertedSpeech(toks[k].Fold)) {
			continue
		}
		f := toks[k].Fold
		switch lang {
		case "fr":
			if lexis.InSet(lexis.FoldAt(toks, k-1), "a", "ont", "avait", "avaient", "aurait", "est", "sont", "etait", "s'est", "a-t-il", "a-t-elle", "a-t-on", "ont-ils", "ont-elles") {
				continue // «a affirmé», «s'est félicitée», «a-t-il déclaré»
			}
			w := strings.ToLower(toks[k].Text)
			for _, inverted := range []string{"-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles"} {
				w = strings.TrimSuffix(w, inverted) // «estime-t-il»
			}
			if strings.HasSuffix(w, "e") || strings.HasSuffix(w, "ent") {
				return true // «affirme», «estime», «soulignent» (not «déclaré», «précisée»)
			}
		default:
			if strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !lexis.InSet(lexis.FoldAt(toks, k-1), "was", "has", "had") {
				return true // "says", "adds", "insists"
			}
		}
	}
	return false
}

// overlapsSpans reports whether one of spans overlaps p.
func overlapsSpans(spans []Span, p Span) bool {
	for _, r := range spans {
		if r.Overlaps(p) {
			return true
		}
	}
	return false
}

// quoteExcerpt returns the first words of the quote in passage p (or of the
// passage), in quotation marks.
// stDateEnd returns the end of d's span, 0 for none.
func stDateEnd(d *timex.DateExpr) int {
	if d == nil {
		return 0
	}
	return d.Span.End
}

// quoteGap returns the words between the quote the sentence holds and
// byte pos, past its closing marks; "" when no quote of the sentence ends
// before pos.
func (x *extractor) quoteGap(s *sentence, pos int) string {
	for _, q := range x.quotes {
		if q.Overlaps(s.span) && q.End <= pos {
			gap := strings.TrimLeft(x.art.Text[q.End:pos], " »”\"")
			if inner := strings.TrimRight(x.art.Text[q.Start:q.End], "»”\" "); strings.HasSuffix(inner, ",") && !strings.HasPrefix(gap, ",") {
				gap = ", " + gap // "“…,” said Daniel Kebede": the comma English puts inside the quote
			}
			return gap
		}
	}
	return ""
}

// toldPhrase returns the words from "told", "tells" to whom, in the gap
// after a quote ("…,” Amir Qureshi told the BBC on"): "told the BBC"; ""
// when the gap's verb is another.
func toldPhrase(gap string) string {
	words := strings.Fields(gap)
	for i, w := range words {
		if i > 6 {
			break
		}
		if !lexis.InSet(strings.ToLower(w), "told", "tells") {
			continue
		}
		end := i + 1
		for end < len(words) && end-i <= 5 && !strings.ContainsAny(words[end-1], ",;") && !lexis.InSet(strings.ToLower(words[end]), "on", "in", "at", "after", "before", "during", "this", "last", "yesterday", "today") {
			end++
		}
		return strings.TrimRight(strings.Join(words[i:end], " "), ",;")
	}
	return ""
}

// saidInGap reports whether the words between the sentence's quote and
// byte pos open on a verb that reports the quote («», a résumé Alain
// Bazot…»).
func (x *extractor) saidInGap(s *sentence, pos int) bool {
	words := strings.Fields(lexis.Fold(x.quoteGap(s, pos)))
	if slices.ContainsFunc(words, func(w string) bool {
		return lexis.InSet(strings.Trim(w, ","), "he", "she", "they", "il", "elle", "ils", "elles")
	}) {
		return false // ("…,” she told reporters on the campus on Thursday": whom the pronoun stands for is the event's to tell)
	}
	for i, w := range words {
		if i > 6 {
			break // (past a title and a name: "Chief Financial Officer Raj Mehta told")
		}
		if f := strings.Trim(w, ","); lexis.ReportsQuote(f) {
			return true // ("…,” Qureshi told the BBC on Tuesday": the statement says whom he told, see toldPhrase)
		}
	}
	return false
}

// afterQuote reports whether byte pos comes at most four words after the
// end of a quote in sentence s, past a comma («« … », a lancé mercredi la
// procureure»), or, for a date at pos, after the verb, the speaker and
// his role with no clause of their own between (see plainGap).
func (x *extractor) afterQuote(s *sentence, pos int) bool {
	for _, q := range x.quotes {
		if q.Overlaps(s.span) && q.End <= pos {
			gap := x.quoteGap(s, pos)
			if strings.HasPrefix(gap, ",") && len(strings.Fields(gap)) <= 4 {
				return true
			}
			// «« … », a déclaré M. Chesnais-Girard dimanche soir devant
			// ses partisans», «« … », a déclaré Fabien Villedieu, secrétaire
			// fédéral de Sud-Rail, devant la gare de Lyon mardi matin.»:
			// the day after the verb and its speaker, or closing the
			// sentence the quote opens, with no clause of its own between.
			d := slices.IndexFunc(s.dates, func(d timex.DateExpr) bool { return d.Span.Start == pos })
			// («…, a déclaré Jérôme Lacombe, directeur du département
			// opinion de l'Ifop, mercredi sur France Inter»: a longer gap,
			// when no more than where he spoke follows the day)
			return d >= 0 && plainGap(gap) && (len(strings.Fields(strings.TrimPrefix(gap, ","))) <= 8 || whereSpoken(x.art.Text[s.dates[d].Span.End:s.span.End]))
		}
	}
	return false
}

// whereSpoken reports whether rest, the words that close a sentence after
// the day a quote was said, are none or say only where: «sur France
// Inter», «à Lyon», "in Brussels", at most five words after a
// preposition, with no clause of their own.
func whereSpoken(rest string) bool {
	words := strings.Fields(lexis.Fold(strings.Trim(rest, " .")))
	if len(words) == 0 {
		return true
	}
	if len(words) > 5 || !lexis.InSet(words[0], "sur", "a", "à", "au", "aux", "devant", "dans", "en", "lors", "on", "in", "at", "to", "before") {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool {
		return strings.ContainsAny(w, ",;") || lexis.InSet(w, "qui", "que", "qu'", "ou", "which", "who", "that", "where", "et", "and")
	})
}

// plainGap reports whether gap, the words between a quote and a day the
// sentence tells, are those of a verb of saying, its speaker, his role and
// where he spoke: after a comma, at most 16 words, and no relative pronoun
// or conjunction that would open a clause of its own («…, qui a appelé à
// la grève mardi»).
func plainGap(gap string) bool {
	words := strings.Fields(lexis.Fold(gap))
	words = slices.DeleteFunc(words, func(w string) bool { return strings.Trim(w, ",;:") == "" }) // (the comma is no word)
	if !strings.HasPrefix(gap, ",") || len(words) > 16 {
		return false
	}
	for _, w := range words {
		if lexis.InSet(strings.Trim(w, ",;:"), "qui", "que", "qu'", "dont", "ou", "which", "who", "whom", "that", "where", "when", "et", "and") {
			return false
		}
	}
	return true
}

// quotedWords counts the words between the first pair of quotation marks
// in sentence span p of text, 0 for none.
func quotedWords(text string, p Span) int {
	t := text[p.Start:p.End]
	open := strings.IndexAny(t, "«“”»\"")
	if open < 0 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t[open:]); r == '»' || r == '”' || r == '"' && strings.Count(t, "\"")%2 == 1 && strings.TrimSpace(t[:open]) != "" {
		// "It breathes better," Lord Mayor Niamh Gallagher said: the end
		// of a quote a sentence before opened, only its last words here.
		return len(strings.Fields(t[:open]))
	}
	_, n := utf8.DecodeRuneInString(t[open:])
	rest := t[open+n:]
	end := strings.IndexAny(rest, "»”\"")
	if end < 0 {
		end = len(rest) // a quote that runs on past the sentence
	}
	return len(strings.Fields(rest[:end]))
}

// wholeQuoteSaid reports whether the sentence of span p opens with a quote
// that a comma and a verb of saying close ("“Investment in people works,”
// Johnson told reporters", «« Le dispositif a bien fonctionné », a estimé
// le préfet»): words said whole, not a few quoted inside a sentence.
func wholeQuoteSaid(text string, p Span) bool {
	t := strings.TrimSpace(text[p.Start:p.End])
	r, n := utf8.DecodeRuneInString(t)
	if r != '«' && r != '“' && r != '"' {
		return false
	}
	rest := t[n:]
	end := strings.IndexAny(rest, "»”\"")
	if end < 0 {
		return false
	}
	inner := strings.TrimSpace(rest[:end])
	_, m := utf8.DecodeRuneInString(rest[end:])
	after := strings.TrimSpace(rest[end+m:])
	if !strings.HasSuffix(inner, ",") && !strings.HasPrefix(after, ",") {
		return false
	}
	toks := lexis.Tokenize(after, 0, len(after))
	for k := 0; k < len(toks) && k < 8; k++ { // (past a title and a name: "…," Chief Financial Officer Raj Mehta told analysts)
		if lexis.IsSpeechVerb(toks, k) || lexis.ReportsQuote(toks[k].Fold) && toks[k].Kind == lexis.Word {
			return true
		}
	}
	return false
}

func quoteExcerpt(text string, quotes []Span, p Span) string {
	q := p
	for _, r := range quotes {
		if r.Overlaps(p) {
			// (from where the quote opens, sentences before it may be)
			q = Span{Start: max(r.Start, quoteStart(text, quotes, p)), End: min(r.End, p.End)}
			break
		}
	}
	s := strings.Trim(text[q.Start:q.End], " «»“”\",.")
	return "“" + strings.TrimSuffix(shorten(s, 60), ".") + "”"
}

// quoteStart returns where the first quote overlapping passage p opens,
// at most 400 bytes and no paragraph before p (p's start when no quote
// overlaps it).
// quoteBefore reports whether a quote of passage p ends before span v
// and none holds v: the quote is said first, the figure told after it.
func quoteBefore(quotes []Span, p, v Span) bool {
	before := false
	for _, q := range quotes {
		if q.Overlaps(v) {
			return false
		}
		before = before || q.Overlaps(p) && q.End <= v.Start
	}
	return before
}

func quoteStart(text string, quotes []Span, p Span) int {
	for _, r := range quotes {
		if r.Overlaps(p) {
			if r.Start >= p.Start || p.Start-r.Start > 400 || strings.Contains(text[r.Start:p.Start], "\n") {
				return p.Start
			}
			return r.Start
		}
	}
	return p.Start
}

// eventOwned reports whether date d dates an event word rather than the
// figure at byte pos: "Disney+, lancé en novembre 2019, revendique 87
// millions d'abonnés" (the launch is in November 2019, the figure is now).
// A clause break between the date and the figure is required.
func eventOwned(s *sentence, ci *clauseIndex, d timex.DateExpr, pos int) bool {
	di := ci.token(d.Span.Start)
	if di < 0 {
		return false
	}
	owned := false
	for k := max(0, di-3); k < di; k++ {
		if _, ok := eventKinds[s.toks[k].Fold]; ok {
			owned = true
		}
	}
	if !owned {
		return false
	}
	return ci.commasIn(d.Span.End, pos) > 0 || ci.commasIn(pos, d.Span.Start) > 0
}

// relativeDate reports whether date d, after the figure at byte pos, is in
// a relative clause set off by a comma that tells of something the figure's
// clause names: "stole $8 billion from customers of the exchange, which
// collapsed in November 2022", "la banque, qui a fait faillite en 2008". It
// is the date of that clause's verb, not the figure's.
func relativeDate(s *sentence, ci *clauseIndex, d timex.DateExpr, pos int) bool {
	di := ci.token(d.Span.Start)
	if di < 0 || d.Span.Start < pos {
		return false
	}
	toks := s.toks
	for k := di - 1; k >= 1 && di-k <= 8 && toks[k].Start > pos; k-- {
		if settingVerbs[toks[k].Fold] {
			// "lors de la manifestation, qui s'est déroulée samedi",
			// "in Haiti, which it hit on Saturday": the clause dates the
			// occasion the figure was counted at.
			return false
		}
		if lexis.InSet(toks[k].Fold, "which", "who", "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles") && toks[k-1].Text == "," {
			return true
		}
		if toks[k].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// settingVerbs say when and where an occasion took place, or what struck
// a place: a relative clause of theirs dates the figure's occasion.
var settingVerbs = lexis.SetOf("took", "take", "takes", "place", "held", "happened", "occurred", "hit", "struck", "began", "started",
	"deroule", "deroulee", "deroules", "deroulees", "tenu", "tenue", "tenus", "tenues", "lieu", "frappe", "frappee", "frappes",
	"frappees", "survenu", "survenue", "produit", "produite", "touche", "touchee", "debute", "commence", "commencee")

// priorDate reports whether date d completes a noun inside an opening
// phrase of sequence or concession set off by a comma before the figure at
// byte pos: "À la suite des élections de dimanche 17 juin, le premier
// ministre a dévoilé…", "Despite the strikes of May 2010, the company…".
// Such a date is another event's; the clause happens after or in spite
// of it.
func priorDate(s *sentence, ci *clauseIndex, d timex.DateExpr, pos int) bool {
	di := ci.token(d.Span.Start)
	if di < 0 || d.Span.End > pos || ci.commasIn(d.Span.End, pos) == 0 {
		return false
	}
	toks := s.toks
	nouns := 0
	for k := di - 1; k >= 0 && k >= di-9; k-- {
		f := toks[k].Fold
		switch {
		case toks[k].Text == "," || toks[k].Text == ";" || toks[k].Text == ":":
			return false
		case priorWords[f]:
			if f == "suite" && !lexis.InSet(lexis.FoldAt(toks, k+1), "a", "au", "aux") && lexis.FoldAt(toks, k-1) != "la" {
				return false
			}
			return nouns > 0
		case !determiners[f] && !nounLinks[f] && !demonstratives[f]:
			nouns++
		}
	}
	return false
}

// priorWords open a phrase about an earlier event, or one in spite of
// which the clause happens.
var priorWords = lexis.SetOf("apres", "suite", "malgre", "following", "after", "despite")

// demonstratives and indefinite articles stand before a noun.
var demonstratives = lexis.SetOf("ce", "cet", "cette", "ces", "un", "une", "this", "that", "these", "those", "an")

// nounLinks join a noun to its complement.
var nounLinks = lexis.SetOf("de", "d'", "du", "des", "of", "a", "au", "aux")

// tokenDistance counts the tokens between the token at byte pos and span d.
func tokenDistance(toks []lexis.Token, pos int, d Span) int {
	a, b := -1, -1
	for k, t := range toks {
		if t.Start == pos {
			a = k
		}
		if t.Start <= d.Start && d.Start < t.End || t.Start >= d.Start && b < 0 {
			if b < 0 {
				b = k
			}
		}
	}
	if a < 0 || b < 0 {
		return 1 << 30
	}
	if b > a {
		// From the keyword to the date's first word.
		return b - a
	}
	// The date before the keyword: from its last word.
	e := b
	for e < len(toks) && toks[e].End <= d.End {
		e++
	}
	return a - e + 1
}

// eventNouns name the context events in a reason's words.
var eventNouns = map[string]string{
	"outage": "an outage", "founded": "a founding", "acquired": "an acquisition", "launched": "a launch",
	"attack": "an attack", "leak": "a leak", "ban": "a ban", "ipo": "a stock-market listing", "fine": "a fine",
}

// clauseLinkBetween reports whether a comma, a semicolon or "and", "et"
// stands between byte pos and span d: the date is another clause's.
func clauseLinkBetween(toks []lexis.Token, pos int, d Span) bool {
	lo, hi := pos, d.Start
	if d.End <= pos {
		lo, hi = d.End, pos
	}
	for _, t := range toks {
		if t.Start >= lo && t.Start < hi && (t.Text == "," || t.Text == ";" || lexis.InSet(t.Fold, "and", "et")) {
			return true
		}
	}
	return false
}

// bracketedAfterName reports whether mention m stands in brackets right
// after another name, where it says where or what that name is («la ville
// de Lisieux (Calvados)», "Julien Zorg (Arkéa)", "Bill Zorg (D-Calif.)"):
// never the entity the passage is about.
func bracketedAfterName(toks []lexis.Token, m mention) bool {
	return m.tok >= 2 && m.tok < len(toks) && toks[m.tok-1].Text == "(" && toks[m.tok-2].Kind == lexis.Word && toks[m.tok-2].Upper()
}

// roleBeforeSpan reports whether a word of role stands among the few words
// before span, in its phrase: «le président du groupe socialiste au
// Sénat», «le chef du service des urgences du CHU» name someone in a
// role, not the body that speaks.
func roleBeforeSpan(toks []lexis.Token, span Span) bool {
	k := tokenAt(toks, span.Start)
	for j := k - 1; j >= 0 && k-j <= 7; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "'" && toks[j].Text != "’" {
			return false
		}
		if _, ok := roleWords[toks[j].Fold]; ok {
			return true
		}
	}
	return false
}

// apposedToSpeaker reports whether the figure at span v stands in an
// apposition set off by commas right after the speaker at span sp, which a
// verb of saying follows: "The union, which represents 2,300 pilots, said".
func apposedToSpeaker(toks []lexis.Token, sp, v Span) bool {
	e := 0
	for e < len(toks) && toks[e].Start < sp.End {
		e++
	}
	if e >= len(toks) || toks[e].Text != "," || v.Start < toks[e].End {
		return false
	}
	for c := e + 1; c+1 < len(toks) && c-e <= 20; c++ {
		if toks[c].Text == "," && !insideNumber(toks, c) {
			if toks[c].Start < v.End {
				return false // (the figure after the apposition)
			}
			return lexis.IsSpeechVerb(toks, c+1) || c+2 < len(toks) && lexis.InSet(toks[c+1].Fold, "has", "had", "a", "ont") && lexis.IsSpeechVerb(toks, c+2)
		}
	}
	return false
}
