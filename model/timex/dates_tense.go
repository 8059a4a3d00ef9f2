package timex

import (
	"slices"
	"strings"

	"github.com/claimline/claimline/model/lexis"
)

// Direction is which way from its anchor a date expression points: a date
// without a year ("le 15 septembre", "lundi") is read in the past in a
// sentence in the past tense and in the future in one in the future tense.
type Direction int8

// The directions of a date expression.
const (
	DirNone    Direction = iota // not known, or not needed (an absolute date)
	DirPast                     // "hier", "mardi dernier", "a démissionné mercredi"
	DirPresent                  // "aujourd'hui", "ce mois-ci", "this week"
	DirFuture                   // "demain", "lundi prochain", "sera fermée en juillet"
)

// String returns "past", "present", "future" or "none".
func (d Direction) String() string {
	switch d {
	case DirPast:
		return "past"
	case DirPresent:
		return "present"
	case DirFuture:
		return "future"
	}
	return "none"
}

// MarshalText writes the direction as its String form.
func (d Direction) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// futureCues are words that put the clause's dates in the future: modal
// and scheduling words of both languages ("will", "is due to", "prévu",
// «Le syndicat appelle à un débrayage vendredi»).
var futureCues = lexis.SetOf("will", "'ll", "shall", "upcoming", "scheduled", "due", "expected", "planned", "plans",
	"prevu", "prevue", "prevus", "prevues", "programme", "programmee", "doit", "doivent",
	"aura", "auront", "sera", "seront", "fera", "feront", "ira", "iront", "pourra", "pourront", "devra", "devront",
	"prochain", "prochaine", "prochains", "prochaines", "d'ici", "until", "postponed", "reporte", "reportee",
	"venir", "coming", "attendu", "attendue", "attendus", "attendues", "appelle", "appellent")

// forecastPresent is the present of forecasting, which looks ahead to the
// dates after it in its clause: "Météo-France prévoit 200 mm mercredi",
// "forecasters expect gusts of 90 mph on Friday" (not "La start-up, qui a
// levé 45 millions en janvier, prévoit…": a date before it).
var forecastPresent = lexis.SetOf("prevoit", "prevoient", "forecasts", "predicts", "expect", "expects", "anticipe", "anticipent")

// calendarVerbs are the present of what a calendar sets, which looks ahead
// to the date right after it: "The summit begins on Wednesday", "le
// sommet s'ouvre mercredi" (not "Le parquet ouvre une enquête sur
// l'incendie survenu mardi", nor "commence", "débute": folded, the
// participles "commencé", "débuté").
var calendarVerbs = lexis.SetOf("begins", "starts", "opens", "closes", "reopens", "resumes", "ends", "expires", "finishes", "concludes", "commencent", "debutent", "ouvre", "ouvrent")

// scheduledPresent are the English present of what a calendar holds for
// someone: results reported, a meeting, a visit, a vote, a match, an
// office taken ("Okafor takes office on Tuesday").
var scheduledPresent = lexis.SetOf("reports", "meets", "convenes", "takes")

// scheduledNouns are the words a date after "for", "pour" is set for: an
// occasion called or planned ahead ("an election for July 4", "scheduled
// for", "prévue pour").
var scheduledNouns = lexis.SetOf("election", "elections", "vote", "referendum", "poll", "meeting", "summit", "hearing", "trial",
	"launch", "release", "deadline", "date", "scheduled", "set", "planned", "slated", "due", "called", "election", "scrutin",
	"prevu", "prevue", "prevus", "prevues", "fixe", "fixee", "programme", "programmee", "elections", "sommet", "reunion", "audience")

// notFutureVerbs are words with a future or conditional ending that are not verbs.
var notFutureVerbs = lexis.SetOf("camera", "opera", "extra", "sierra", "cobra", "mantra", "tora", "ultra", "contra",
	"vrai", "portrait", "retrait", "trait", "attrait", "extrait", "abstrait", "front", "affront", "gouvernorat")

// isFutureVerb reports whether w (folded, lower case as written) has the
// ending of a French verb in the future or the conditional: "sera",
// "rouvrira", "auront", "devrait", "seraient".
func isFutureVerb(t *lexis.Token) bool {
	if t.Kind != lexis.Word || t.Upper() || len(t.Fold) < 4 || notFutureVerbs[t.Fold] {
		return false
	}
	w := t.Fold
	for _, end := range []string{"ra", "ront", "rai", "rait", "raient", "rons", "rez"} {
		if strings.HasSuffix(w, end) {
			if end == "rons" && !strings.HasSuffix(w, "erons") && !strings.HasSuffix(w, "irons") {
				return false // "patrons", "environs"
			}
			if end == "rons" && lexis.InSet(w, "environs", "citerons") {
				return false
			}
			if imperfectR(w[:len(w)-len(end)], strings.ToLower(t.Text), end) {
				return false
			}
			return !strings.HasSuffix(w, "trait") && !strings.HasSuffix(w, "traits")
		}
	}
	return false
}

// conditionalPerfect reports whether token k is the conditional of
// «avoir» or «être» before a past participle («auraient dépassé», «serait
// déjà parti»): what would have been, told of the past.
func conditionalPerfect(toks []lexis.Token, k int) bool {
	if !lexis.InSet(toks[k].Fold, "aurait", "auraient", "aurais", "aurions", "auriez", "serait", "seraient", "serais", "serions", "seriez") {
		return false
	}
	for j := k + 1; j < len(toks) && j-k <= 3; j++ {
		if lexis.InSet(toks[j].Fold, "pas", "deja", "jamais", "plus", "sans", "doute", "certainement") {
			continue
		}
		return toks[j].Kind == lexis.Word && !toks[j].Upper() && lexis.FrenchParticiple(toks[j].Fold)
	}
	return false
}

// imperfectR reports whether a verb whose stem (folded) ends in "r" before
// the ending end is an imperfect or a simple past, not a future or a
// conditional: "figuraient", "déclarait", "ignoraient", "opéraient",
// "montraient", "offraient", "couvrait" (not "auraient", "concluraient",
// "mangeraient", "mettraient", "devraient").
func imperfectR(stem, lower, end string) bool {
	if end == "ront" || end == "rons" || end == "rez" || end == "rai" || len(stem) < 2 {
		return false // (the future only: "figureront")
	}
	switch last := stem[len(stem)-1]; {
	case last == 'a' || last == 'o' || last == 'f':
		return true // "déclaraient", "ignoraient", "offraient"
	case last == 'u':
		before := stem[len(stem)-2]
		return before != 'a' && before != 'l' // "figuraient", "duraient" (not "auraient", "concluraient")
	case last == 'e':
		return strings.HasSuffix(lower, "é"+end) // "opéraient" (not "mangeraient")
	}
	return strings.HasSuffix(stem, "nt") || strings.HasSuffix(stem, "st") || strings.HasSuffix(stem, "ouv") // "montraient", "enregistraient", "couvraient"
}

// participleDay reports whether the weekday at token i follows a past
// participle of a thing done to something, with no auxiliary of the future
// or of the passive before it («un sondage publié jeudi», "a report
// released on Tuesday"; not «sera publié jeudi», "will be released on
// Tuesday", nor a noun after its determiner, «son entrée mardi»).
func participleDay(toks []lexis.Token, i int, lang string) bool {
	if i >= len(toks) || !toks[i].Is(WeekdayName) {
		return false
	}
	k := i - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "on", "le", "ce") {
		k--
	}
	if k < 1 || toks[k].Kind != lexis.Word || toks[k].Upper() {
		return false
	}
	f := toks[k].Fold
	lower := strings.ToLower(toks[k].Text)
	participle := lang == "fr" && lexis.FrenchParticiple(f) && (strings.HasSuffix(lower, "é") || strings.HasSuffix(lower, "ée") || strings.HasSuffix(lower, "és") || strings.HasSuffix(lower, "ées")) ||
		lang == "en" && lexis.EnglishPast(f) && strings.HasSuffix(f, "ed")
	return participle && !lexis.InSet(toks[k-1].Fold, "son", "sa", "ses", "leur", "leurs", "le", "la", "l'", "les", "un", "une", "des", "du", "the", "its", "their", "a", "an", "sera", "seront", "serait", "seraient", "etre", "be", "been", "being", "is", "are", "was", "were", "will", "would", "a", "ont", "has", "have", "had", "avait", "avaient")
}

// intentWords say that an infinitive after them is intended, ahead
// ("ready to mediate", "plans to cut").
var intentWords = lexis.SetOf("ready", "plans", "plan", "planned", "planning", "set", "due", "expected", "able", "aims", "aim", "wants",
	"agreed", "decided", "intends", "prepared", "scheduled", "going", "willing", "poised", "pledged", "promised", "vowed", "offered")

// clauseDirection reads the tense of the clause around the expression at
// tokens [i, end): future when a future or conditional verb, "va/vont +
// infinitive", "will", "is due to", "d'ici" or "until" is in it; none
// otherwise (news tells the past: a date without a year is read there).
func clauseDirection(toks []lexis.Token, i, end int, lang string) Direction {
	if participleDay(toks, i, lang) {
		// «selon un sondage Ifop publié jeudi», "a report released on
		// Tuesday": the day a thing was done, whatever its clause's
		// conditional or future tells.
		return DirNone
	}
	if comparisonBaseBefore(toks, i) {
		// «devrait monter à 7,9 % fin 2026, contre 7,5 % au premier
		// trimestre», «à 0,8 %, contre 1,0 % attendu en mars»: what a
		// forecast is set against is known already, whatever its
		// clause's future.
		return DirNone
	}
	if pastSpeechBefore(toks, i) {
		// "said on Thursday it would cut", "a annoncé mardi qu'il
		// fermera": the day the words were said, whatever they tell.
		return DirNone
	}
	if lang == "en" && end+1 < len(toks) && lexis.InSet(toks[end].Text, "'s", "’s") && lexis.InSet(toks[end+1].Fold, "close", "closing", "settlement", "settle") {
		return DirNone // "a 38 percent premium to Monday's closing price": a price the market already set
	}
	if lang == "en" && (i < len(toks) && lexis.InSet(toks[i].Fold, "by", "from") || i >= 1 && lexis.InSet(toks[i-1].Fold, "by", "from")) {
		// "plans to expand … and to hire 4,000 more riders by June": a
		// deadline an infinitive sets, ahead; "ready to mediate from
		// Friday": the start it sets, ahead too
		b := i
		if !lexis.InSet(toks[i].Fold, "by", "from") {
			b = i - 1
		}
		for k := b - 1; k >= 1 && b-k <= 10 && !clauseBreakAt(toks, k) && (toks[k].Text != "," || !toks[k].Space && k+1 < len(toks) && toks[k+1].Kind == lexis.Number); k-- {
			if toks[k].Fold == "to" && toks[k+1].Kind == lexis.Word && !toks[k+1].Upper() && !lexis.EnglishPast(toks[k+1].Fold) && !lexis.InSet(toks[k+1].Fold, "the", "a", "an", "its", "their") &&
				(toks[b].Fold == "by" || k > 0 && intentWords[toks[k-1].Fold]) {
				// (a start, "from", only after a word of intent: not "cut
				// supplies to homes … from Monday")
				return DirFuture
			}
		}
	}
	vk := i - 1 // the verb before the date and its preposition
	if i < len(toks) && lexis.InSet(toks[i].Fold, "in", "on") {
		vk = i
	}
	if vk >= 1 && lexis.InSet(toks[vk-1].Fold, "in", "on") {
		vk--
	}
	vk--
	if lang == "en" && vk >= 1 && lexis.InSet(toks[vk].Fold, "forecast", "forecasts", "predicted", "projected", "estimated") &&
		slices.ContainsFunc(toks[i:min(len(toks), end+3)], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "would", "that") }) &&
		!lexis.InSet(toks[vk-1].Fold, "will", "to", "would", "the", "a", "its", "their") {
		// "which the agency forecast in May would produce 13
		// hurricanes": a forecast made then, told in the past (its
		// "would" is the past's future)
		return DirNone
	}
	lo := i
	colon := false // "La hausse s'appliquera en deux temps : 1,5 % au 1er juillet": a list after a colon has its clause's tense
	for lo > 0 && i-lo < 20 && (!clauseBreakAt(toks, lo-1) || shortQuote(toks, lo-1) || toks[lo-1].Text == ":" && !colon) && !complementizer(toks[lo-1]) {
		if toks[lo-1].Text == ":" {
			colon = true
		}
		lo--
	}
	hi := end
	if end+1 < len(toks) && toks[end].Text == "," && i-lo <= 2 {
		hi = end + 1 // «Au quatrième trimestre, les entrées ont progressé»: a fronted date has the tense of the clause after its comma
	}
	start := hi
	for hi < len(toks) && hi-start < 8 && (!clauseBreakAt(toks, hi) || shortQuote(toks, hi)) && !complementizer(toks[hi]) {
		hi++
	}
	// "will rise to 4th when the next list is published on Tuesday",
	// "reprendra lorsque le pont rouvrira lundi": a clause of time tells
	// of when its main clause's future happens.
	for k := i - 1; k > lo; k-- {
		if lexis.InSet(toks[k].Fold, "when", "once", "lorsque", "quand", "lorsqu'") {
			for j := k - 1; j >= 0 && k-j <= 10 && !clauseBreakAt(toks, j); j-- {
				if lexis.InSet(toks[j].Fold, "will", "shall") || lang != "en" && isFutureVerb(&toks[j]) {
					return DirFuture
				}
			}
			break
		}
	}
	if lang != "en" && (lexis.MatchWords(toks, i, "a", "partir", "de") || lexis.MatchWords(toks, i, "a", "partir", "du") ||
		i >= 3 && (lexis.MatchWords(toks, i-3, "a", "partir", "de") || lexis.MatchWords(toks, i-3, "a", "partir", "du"))) {
		return DirFuture // «La grève sera reconduite à partir de lundi», «à partir du 3 mars»: where what comes starts
	}
	if intentBefore(toks, lo, i) || requestedBefore(toks, lo, i) {
		// "has decided to travel to Bamako on Friday", "a promis de
		// rendre le pouvoir avant le 30 juin": what is intended is ahead
		// of the intention, whatever its tense.
		return DirFuture
	}
	if k := i - 1; k >= 0 && lexis.InSet(toks[k].Fold, "on", "le") {
		if k >= 1 && calendarVerbs[toks[k-1].Fold] {
			return DirFuture // "begins on Wednesday", "s'ouvre le 3 juin"
		}
	} else if k >= 0 && calendarVerbs[toks[k].Fold] {
		return DirFuture // "s'ouvre mercredi", "opens Monday"
	}
	if k := i - 1; k >= 0 && (lexis.InSet(toks[k].Fold, "on", "le") || lexis.InSet(toks[i].Fold, "on", "le")) {
		if lexis.InSet(toks[k].Fold, "on", "le") {
			k--
		}
		if k >= 2 && (lexis.MatchWords(toks, k-1, "take", "effect") || lexis.MatchWords(toks, k-1, "takes", "effect") ||
			lexis.InSet(lexis.FoldAt(toks, k-2), "come", "comes", "enter", "enters") && lexis.MatchWords(toks, k-1, "into", "force") ||
			lexis.InSet(lexis.FoldAt(toks, k-2), "entre", "entrent") && lexis.MatchWords(toks, k-1, "en", "vigueur")) {
			return DirFuture // "The new quotas take effect on Jan. 1", «entre en vigueur le 1er janvier»: a start the present tells, ahead
		}
	}
	on := i // the "on" before the day, within the expression or before it
	if toks[on].Fold != "on" {
		on = i - 1
	}
	if lang != "fr" && on >= 2 && toks[on].Fold == "on" {
		// "The world championships open in Tokyo on September 13", "talks
		// begin in Geneva on Monday": a plural subject's calendar verb, a
		// place between it and the day.
		for k := on - 1; k >= 1 && on-k <= 4; k-- {
			if lexis.InSet(toks[k].Fold, "begin", "start", "open", "end", "resume") && strings.HasSuffix(toks[k-1].Fold, "s") && toks[k-1].Kind == lexis.Word {
				return DirFuture
			}
			if toks[k].Kind == lexis.Punct {
				break
			}
		}
	}
	if k := i - 1; k >= 1 && lexis.InSet(toks[k].Fold, "for", "pour") && i < len(toks) && end == i+1 && (end == len(toks) || !lexis.InSet(toks[end].Text, "'s", "’s")) &&
		(weekdaysEN[toks[i].Fold] > 0 || toks[i].Fold == "sunday" || weekdaysFR[toks[i].Fold] > 0 || toks[i].Fold == "dimanche") && callBefore(toks, k) {
		// "called a rally in Bern for Saturday", «a appelé à une
		// manifestation pour samedi»: a weekday something is called or
		// planned for, ahead (not "Ticket sales for Friday totalled",
		// "fined for Friday's brawl", «Le bilan pour samedi»).
		return DirFuture
	}
	if k := i - 1; k >= 1 && lexis.InSet(toks[k].Fold, "for", "pour") && scheduledNouns[toks[k-1].Fold] {
		// "announced a general election for July 4", "un scrutin prévu
		// pour le 4 juillet": the date something is set for, ahead.
		return DirFuture
	}
	if lang == "en" {
		// "whose shares jumped 34% in London on Monday, said it would…":
		// the date's own verb, just before it, tells the past.
		words := 0
		for k := i - 1; k >= lo && words <= 10; k-- {
			// (over the figure the verb states: "which raised its own
			// deposit rate to 2% in October", "rose to 4.3% from 4.1% in
			// January": its digits and signs count for no words)
			f := toks[k].Fold
			if toks[k].Kind == lexis.Word {
				words++
			}
			if lexis.InSet(f, "until", "till") && k == i-1 {
				// "lasted until Wednesday": a verb of duration before it
				// tells the past; any other looks ahead ("adjourned until
				// Monday", "closed until Monday").
				if j := k - 1; j >= lo && (strings.HasPrefix(toks[j].Fold, "last") || strings.HasPrefix(toks[j].Fold, "continu") ||
					strings.HasPrefix(toks[j].Fold, "remain") || strings.HasPrefix(toks[j].Fold, "stay") || lexis.InSet(toks[j].Fold, "ran", "went", "on")) {
					continue
				}
				return DirFuture
			}
			if comingPeriod(toks, k) {
				continue // "approved a budget for the coming year on Wednesday": a period the budget is for, no tense
			}
			if lexis.InSet(f, "will", "would", "shall") || f == "to" && !(k+1 < len(toks) && (toks[k+1].Kind == lexis.Number || lexis.InSet(toks[k+1].Text, "$", "€", "£"))) || futureCues[f] {
				break // ("postponed until Saturday"; not "to 2%": a level, no infinitive)
			}
			if scheduledPresent[f] && (f != "reports" || k+1 < i && !lexis.InSet(toks[k+1].Fold, "on", "of", "in", "from", "by", "that", ",") &&
				!slices.ContainsFunc(toks[k+1:i], func(t lexis.Token) bool { return t.Kind == lexis.Number })) {
				// (not "police reports on Wednesday", a noun; nor "The
				// ministry reports 45 new cases on Monday", counted then)
				// "Zorg Studios reports quarterly results on Thursday",
				// "The committee meets on Friday": what a calendar holds,
				// told in the present, is ahead.
				return DirFuture
			}
			if toks[k].Kind == lexis.Word && !toks[k].Upper() && lexis.EnglishPast(f) {
				if modalConjunct(toks, k) {
					// "it could strengthen again and hit Vietnam on
					// Saturday": a verb a modal before governs, ahead.
					return DirFuture
				}
				if k == 0 || !lexis.InSet(toks[k-1].Fold, "will", "would", "to", "be", "been", "being", "is", "are") {
					return DirNone
				}
				break
			}
		}
	}
	if lang == "fr" && i >= 3 && lexis.InSet(toks[i-1].Fold, "au", "a") && toks[i-1].Text != "a" && lexis.InSet(toks[i-2].Fold, "delibere", "renvoye", "renvoyee", "reporte", "reportee",
		"ajourne", "ajournee", "repousse", "repoussee", "decale", "decalee", "fixe", "fixee", "programme", "programmee") {
		// «Le jugement a été mis en délibéré au 15 décembre», «Le procès
		// a été renvoyé au 3 février»: the day it is put off to, ahead.
		return DirFuture
	}
	if lang == "en" && i >= 2 && lexis.InSet(toks[i-1].Fold, "to", "until") && lexis.InSet(toks[i-2].Fold, "adjourned", "postponed", "deferred", "delayed", "pushed", "moved") {
		return DirFuture // "The hearing was adjourned to January 12"
	}
	if lang == "fr" && i >= 2 && toks[i-2].Fold == "jusqu'" && lexis.InSet(toks[i-1].Fold, "a", "au") {
		// "Les écoles ont été fermées jusqu'à lundi", "Le procès a été
		// renvoyé jusqu'au 3 septembre": the end of what goes on, ahead
		// (not "La grève a duré jusqu'à mercredi": a verb of duration
		// tells it ended).
		for j := i - 3; j >= lo && i-j <= 6; j-- {
			if w := toks[j].Fold; strings.HasPrefix(w, "dur") || strings.HasPrefix(w, "poursuiv") || strings.HasPrefix(w, "continu") ||
				strings.HasPrefix(w, "rest") || strings.HasPrefix(w, "demeur") || strings.HasPrefix(w, "deten") {
				for k := j; k >= lo && j-k <= 3; k-- {
					if futureCues[toks[k].Fold] || isFutureVerb(&toks[k]) {
						return DirFuture // «Le mouvement doit se poursuivre jusqu'à samedi», «se poursuivra»
					}
				}
				return DirNone
			}
		}
		return DirFuture
	}
	if lang == "fr" {
		// "Les festivités ont débuté mercredi soir et vont durer un an":
		// the date's own verb, a passé composé just before it, tells the
		// past, whatever the clause after "et" tells.
		words := 0
		for k := i - 1; k >= lo && k >= 1 && words <= 6; k-- {
			// (over the figure the verb states: "a atteint 127 jours en
			// octobre", «a atteint 4,3 % en janvier»: its digits and
			// signs count for no words)
			f := toks[k].Fold
			if toks[k].Kind == lexis.Word {
				words++
			}
			if figurePart(toks, k) {
				continue
			}
			if futureCues[f] || isFutureVerb(&toks[k]) {
				break
			}
			if toks[k].Kind == lexis.Word && !toks[k].Upper() && lexis.FrenchParticiple(f) && (k > lo &&
				lexis.InSet(toks[k-1].Fold, "a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient", "ete") && toks[k-1].Text != "à" ||
				// «cette modification, entrée en vigueur le 1er
				// octobre»: a participle set off by a comma tells what
				// was done («prévue le 3 juin» is a futureCue)
				toks[k-1].Text == "," && commaParticiple(&toks[k])) {
				return DirNone
			}
			if toks[k].Kind != lexis.Word && toks[k].Kind != lexis.Number || lexis.InSet(f, "que", "qu'", "et") {
				break
			}
		}
	}
	if pastBefore(toks, lo, i, lang) {
		// "rose to 2.10 euros in January and will reach 2.30 euros next
		// year": a date after its own verb in the past keeps out the
		// future of the clause "and" adds after it.
		for k := end; k < hi; k++ {
			if lexis.InSet(toks[k].Fold, "and", "et") {
				hi = k
				break
			}
		}
	}
	for k := lo; k < hi; k++ {
		if k >= i && k < end {
			continue
		}
		t := &toks[k]
		switch {
		case futureCues[t.Fold] && !(t.Fold == "venir" && k > 0 && lexis.InSet(toks[k-1].Fold, "de", "d'", "vient", "viennent")) && !comingPeriod(toks, k) &&
			!(k > 0 && lexis.InSet(toks[k-1].Fold, "than", "as", "que", "qu'")):
			// (not "fell more than expected in April", «plus que prévu»:
			// what was expected, set against what happened)
			return DirFuture
		case t.Fold == "ici" && k > 0 && toks[k-1].Fold == "d'":
			return DirFuture // "d'ici dimanche", written as two words
		case forecastPresent[t.Fold] && k < i && !strings.HasSuffix(strings.ToLower(t.Text), "é"):
			return DirFuture // (not the participle: «des deux journées de vote anticipé des 25 et 26 octobre»)
		case lang != "en" && conditionalPerfect(toks, k):
			// «Sans la neige tombée en mai, les pertes auraient dépassé 4
			// %»: what would have been, in the past
		case lang != "en" && isFutureVerb(t):
			return DirFuture
		case lang != "en" && lexis.InSet(t.Fold, "va", "vont", "allons") && k+1 < hi && isInfinitive(toks[k+1].Fold):
			return DirFuture
		case lang != "en" && lexis.InSet(t.Fold, "va", "vont", "allons") && k+2 < hi && lexis.InSet(toks[k+1].Fold, "se", "s'", "le", "la", "les", "l'", "y", "en", "lui", "leur") && isInfinitive(toks[k+2].Fold):
			return DirFuture // "va se rendre", "va les rencontrer"
		case lang != "fr" && lexis.InSet(t.Fold, "going", "about", "set") && lexis.FoldAt(toks, k+1) == "to":
			return DirFuture
		case lang != "fr" && t.Fold == "next" && k+1 == i:
			return DirFuture
		case lang != "fr" && t.Fold == "next" && k+1 < hi && scheduledNouns[toks[k+1].Fold]:
			return DirFuture // "holds its next meeting on Dec. 8": the occasion to come
		case lang != "fr" && lexis.InSet(t.Fold, "may", "might") && k > 0 && k < i && !toks[k].Upper() && k+1 < len(toks) && toks[k+1].Kind == lexis.Word &&
			!lexis.InSet(toks[k+1].Fold, "have", "'ve", "in", "on", "at", "of", "and", "the", "a", "to", "for", "with", "by"):
			// "may take place as early as March" (not "may have left in
			// March"; nor a date before the modal, "The floods on Monday
			// may cost", nor the noun, "its military might in a parade")
			return DirFuture
		case lang != "fr" && t.Fold == "would" && !lexis.InSet(lexis.FoldAt(toks, k+1), "have", "'ve"):
			return DirFuture // "announced that he would resign by October", as French "démissionnerait"
		}
	}
	return DirNone
}

// pastSpeechBefore reports whether a verb of speech in the past stands
// right before the date expression at token i ("said on Thursday", "told
// reporters on Monday", "a annoncé mardi", "a affirmé ce mardi").
func pastSpeechBefore(toks []lexis.Token, i int) bool {
	k := i - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "on", "ce", "cet", "this", "last", "late", "early") {
		k--
	}
	if k >= 1 && toks[k].Kind == lexis.Word && toks[k-1].Kind == lexis.Word && lexis.InSet(toks[k].Fold, "reporters", "journalists", "journalistes", "him", "her", "them") {
		k-- // "told reporters on Monday"
	}
	// "said Zorg Norton on Tuesday", "said the company on Monday": the
	// speaker after the verb.
	if j := speakerStart(toks, k); j > 0 {
		k = j - 1
	}
	if k < 0 || toks[k].Kind != lexis.Word || !toks[k].Is(lexis.SpeechVerb) {
		return false
	}
	w := toks[k].Fold
	if strings.HasSuffix(w, "ed") || lexis.InSet(w, "said", "told", "wrote") {
		return true
	}
	return k > 0 && lexis.InSet(toks[k-1].Fold, "a", "ont", "avait", "avaient") && lexis.FrenchParticiple(w)
}

// modalConjunct reports whether the English verb at k, coordinated by
// "and" or "or", is the second of two a modal governs: "could strengthen
// again over the sea and hit Vietnam" (not "could have…": the past).
func modalConjunct(toks []lexis.Token, k int) bool {
	if k < 2 || !lexis.InSet(toks[k-1].Fold, "and", "or") {
		return false
	}
	for j := k - 2; j >= 0 && k-j <= 14 && !clauseBreakAt(toks, j); j-- {
		if lexis.InSet(toks[j].Fold, "will", "would", "could", "may", "might", "shall", "should", "can") {
			return j+1 < len(toks) && toks[j+1].Fold != "have"
		}
	}
	return false
}

// speakerStart returns the first token of a name, or of a determiner's
// noun phrase, of at most four words that ends at token k right after a
// verb of speech; -1 when none.
func speakerStart(toks []lexis.Token, k int) int {
	j := k
	for n := 0; n < 4 && j >= 1 && toks[j].Kind == lexis.Word && !toks[j].Is(lexis.SpeechVerb); n++ {
		if !toks[j].Upper() && !lexis.InSet(toks[j].Fold, "the", "le", "la", "les", "l'") && !speakerNouns[toks[j].Fold] {
			return -1 // (not "said the vote on Friday would be…": what was said about)
		}
		j--
	}
	if j < k && toks[j].Kind == lexis.Word && toks[j].Is(lexis.SpeechVerb) {
		return j + 1
	}
	return -1
}

// speakerNouns name who speaks after a verb of speech: "said the company",
// "a indiqué la direction".
var speakerNouns = lexis.SetOf("company", "firm", "group", "ministry", "minister", "government", "spokesman", "spokeswoman",
	"spokesperson", "official", "officials", "police", "agency", "department", "president", "court", "statement", "chief",
	"executive", "entreprise", "societe", "groupe", "ministere", "ministre", "gouvernement", "porte-parole", "direction",
	"prefecture", "parquet", "president", "presidente", "communique", "syndicat", "union", "mayor", "maire")

// intentVerbs are verbs of deciding, promising and planning, whose
// infinitive ("decided to travel", "a promis de remettre") tells what is
// still ahead of them.
var intentVerbs = lexis.SetOf("decided", "decide", "decides", "agreed", "agree", "agrees", "promised", "promise", "promises",
	"pledged", "pledge", "pledges", "vowed", "vow", "vows", "intends", "intend", "intended", "plan", "planned", "planning",
	"hopes", "hope", "hoped", "aims", "aim", "aimed", "expects", "expect", "prepares", "preparing", "prepared",
	"promis", "promet", "promettent", "prevoit", "prevoient", "envisage", "envisagent", "compte", "comptent",
	"entend", "entendent", "engage", "engagee", "engages", "s'engage", "s'engagent", "espere", "esperent", "projette", "projettent")

// urgedBefore reports whether the "to" at token k follows a call on
// someone: "urged members to", "called on drivers to", "asked staff to"
// (who is called on in at most three words between).
func urgedBefore(toks []lexis.Token, k int) bool {
	for m := k - 2; m >= 0 && k-m <= 4; m-- {
		if toks[m+1].Kind != lexis.Word {
			return false
		}
		f := toks[m].Fold
		if lexis.InSet(f, "urged", "urges", "urge", "urging") || f == "on" && m >= 1 && lexis.InSet(toks[m-1].Fold, "called", "calls", "call", "calling") {
			return true
		}
	}
	return false
}

// intentBefore reports whether a verb of intention and its "to" or "de"
// stand before the infinitive whose clause holds the date at token i, all
// between lo and i.
func intentBefore(toks []lexis.Token, lo, i int) bool {
	for k := i - 1; k >= lo && i-k <= 12; k-- {
		f := toks[k].Fold
		if toks[k].Kind == lexis.Punct && toks[k].Text != "%" && !inNumber(toks, k) || lexis.InSet(f, "who", "which", "qui", "que", "qu'", "that") {
			return false // "Macron, who had vowed to cut taxes, raised the tax on Monday": the vow is another clause's
		}
		if f == "pour" && k >= 1 && lexis.InSet(toks[k-1].Fold, "vote", "votent", "votaient", "votait") && k+1 < i && isInfinitive(toks[k+1].Fold) &&
			!lexis.InSet(toks[k+1].Fold, "avoir", "etre") {
			return true // «L'assemblée générale a voté pour reconduire la grève vendredi»: what was voted for, ahead
		}
		if f == "to" && k >= 1 && toks[k-1].Fold == "voted" && k+1 < i && toks[k+1].Kind == lexis.Word && !lexis.EnglishPast(toks[k+1].Fold) &&
			!lexis.InSet(toks[k+1].Fold, "the", "a", "an") {
			return true // "Workers voted to extend the strike on Friday": what was voted for, ahead
		}
		if f == "a" && k >= 1 && lexis.InSet(toks[k-1].Fold, "appele", "appelle", "appellent", "appelait", "appelaient", "exhorte", "exhortent", "invite", "invitent") &&
			k+1 < i && isInfinitive(toks[k+1].Fold) && !lexis.InSet(toks[k+1].Fold, "avoir", "etre") {
			return true // «qui a appelé à reconduire la grève vendredi»: what is called for, ahead
		}
		if f == "to" && k+1 < i && toks[k+1].Kind == lexis.Word && !lexis.EnglishPast(toks[k+1].Fold) && !lexis.InSet(toks[k+1].Fold, "the", "a", "an", "be", "have") && urgedBefore(toks, k) {
			return true // "The union urged members to walk out on Friday", "called on drivers to strike on Monday"
		}
		if !lexis.InSet(f, "to", "de", "d'") || k+1 >= i {
			continue
		}
		if f == "to" && lexis.InSet(lexis.FoldAt(toks, k+1), "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "these", "those", "new") {
			continue // "agreed to the deal on Monday": a thing agreed to, done
		}
		next := k + 1
		if lexis.InSet(toks[next].Fold, "se", "s'") && next+1 < i {
			next++
		}
		v := toks[next].Fold
		if toks[next].Kind != lexis.Word || toks[next].Upper() || f == "to" && lexis.EnglishPast(v) || f != "to" && !isInfinitive(v) {
			continue
		}
		w := k - 1
		if f == "to" && w >= 2 && weekdayWord(toks[w].Fold) && lexis.InSet(toks[w-1].Fold, "on", "last") {
			w -= 2 // "OPEC+ agreed on Sunday to increase output in April": the intent's own day between
		}
		if intentVerbs[toks[w].Fold] {
			return true
		}
		if f == "to" && headlineInfinitive(toks, lo, k) {
			return true // "Rail fares in England to rise by 5.8% in March": a headline's future
		}
	}
	return false
}

// inNumber reports whether the punctuation at token k is a figure's own
// separator, between digits with no space ("206,000", "5.8").
func inNumber(toks []lexis.Token, k int) bool {
	return k >= 1 && k+1 < len(toks) && lexis.InSet(toks[k].Text, ",", ".") && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number && !toks[k].Space && !toks[k+1].Space
}

// weekdayWord reports whether folded word f names a day of the week.
func weekdayWord(f string) bool {
	return weekdaysEN[f] > 0 || f == "sunday" || weekdaysFR[f] > 0 || f == "dimanche"
}

// headlineMoves are verbs a headline tells a move to a level or a state
// with, in the present, before "to": "Japan swings to trade surplus in
// March", "Inflation slows to 2.1% in May" (not a future's infinitive).
var headlineMoves = lexis.SetOf("swings", "returns", "turns", "shifts", "switches", "flips", "falls", "rises", "climbs", "jumps", "slips", "drops",
	"slides", "sinks", "soars", "surges", "rebounds", "edges", "grows", "slows", "narrows", "widens", "eases", "dips", "tumbles", "plunges", "heads", "goes", "cools", "accelerates")

// headlineInfinitive reports whether the "to" at token k follows a clause
// start lo with no verb between, before a verb's base form, in words no
// stop ends: the future of a headline ("Rail fares to rise by 5.8% in March", "Zorgon to cut 300
// jobs by June"), not "Exports to customers rose" (a noun after it) nor
// "Sales rose to" (a verb before it).
func headlineInfinitive(toks []lexis.Token, lo, k int) bool {
	if k <= lo || k+1 >= len(toks) || !toks[lo].Upper() {
		return false
	}
	if v := toks[k+1].Fold; strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "ing") || lexis.InSet(v, "date", "market", "retail") {
		return false // "Shipments to customers", "to date"
	}
	for j := k; j < len(toks); j++ {
		if toks[j].Text == "." && !inNumber(toks, j) {
			return false // (a sentence of the body, which a stop ends)
		}
	}
	for j := lo; j < k; j++ {
		f := toks[j].Fold
		if toks[j].Kind == lexis.Punct || lexis.EnglishPast(f) || lexis.InSet(f, "is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been",
			"says", "said", "plans", "wants", "expects", "aims", "hopes", "agrees", "seeks", "looks", "moves", "votes", "set", "due") || headlineMoves[f] {
			return false
		}
	}
	return true
}

// requestVerbs ask someone to do something: what they ask for is ahead
// ("a demandé mardi aux compagnies de réduire leurs vols mercredi").
var requestVerbs = lexis.SetOf("demande", "demandent", "demandait", "exige", "exigent", "ordonne", "ordonnent", "prie", "enjoint",
	"asked", "asks", "ordered", "orders", "instructed", "requested", "requests")

// requestedBefore reports whether the date at token i closes an infinitive
// clause that a verb of asking governs, when the asking has a day of its
// own, with whom it asks between: «La DGAC a demandé mardi aux compagnies
// de réduire de 50 % leurs vols mercredi», "asked airlines on Tuesday to
// cut flights on Wednesday" (but "ordered the firm to pay $5 million on
// Tuesday" tells when it was ordered).
func requestedBefore(toks []lexis.Token, lo, i int) bool {
	for k := i - 1; k > lo && i-k <= 18; k-- {
		f := toks[k].Fold
		if toks[k].Kind == lexis.Punct && toks[k].Text != "%" || lexis.InSet(f, "who", "which", "qui", "que", "qu'", "that") {
			return false
		}
		if !lexis.InSet(f, "to", "de", "d'") || k+1 >= i || toks[k+1].Kind != lexis.Word || toks[k+1].Upper() {
			continue
		}
		if v := toks[k+1].Fold; f != "to" && !isInfinitive(v) || f == "to" && (lexis.EnglishPast(v) || lexis.InSet(v, "the", "a", "an")) {
			continue
		}
		dated := false // the request's own day, between it and what it asks: «a demandé mardi aux compagnies de…»
		for j := k - 1; j > lo && k-j <= 6; j-- {
			if toks[j].Kind == lexis.Punct {
				break
			}
			dated = dated || toks[j].Is(WeekdayName)
			if requestVerbs[toks[j].Fold] {
				// (or asking now: «la DGAC demande d'annuler un vol sur
				// deux mercredi», "asks airlines to cut flights on Wednesday")
				return dated || lexis.InSet(toks[j].Fold, "demande", "demandent", "exige", "exigent", "ordonne", "ordonnent", "prie", "enjoint", "asks", "orders", "requests") && !(j > 0 && lexis.InSet(toks[j-1].Fold, "la", "une", "cette", "sa", "leur", "the", "a", "this", "its", "their"))
			}
		}
	}
	return false
}

func isInfinitive(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re") || strings.HasSuffix(w, "oir"))
}

// shortQuote reports whether the quote mark at k opens or closes a quote
// of at most three words inside a clause ("aura été «auditionné» à partir du
// 30 août"), which does not break it.
func shortQuote(toks []lexis.Token, k int) bool {
	switch toks[k].Text {
	case "«":
		for m := k + 1; m < min(len(toks), k+5); m++ {
			if toks[m].Text == "»" {
				return true
			}
		}
	case "»":
		for m := k - 1; m >= max(0, k-4); m-- {
			if toks[m].Text == "«" {
				return true
			}
		}
	case "\"", "“", "”":
		// "would cover "most" of the shortfall by the end of May": a
		// quoted word or two between words (only words inside, so that
		// the end of one quote and the start of the next are no pair).
		return quotedWords(toks, k, 1) || quotedWords(toks, k, -1)
	}
	return false
}

// quotedWords reports whether the quote mark at k and another one at most
// four tokens away in direction dir hold only words, with a word outside
// each mark.
func quotedWords(toks []lexis.Token, k, dir int) bool {
	for m := k + dir; m >= 0 && m < len(toks) && (m-k)*dir <= 4; m += dir {
		if lexis.InSet(toks[m].Text, "\"", "“", "”") {
			lo, hi := min(k, m), max(k, m)
			return hi-lo > 1 && lo > 0 && hi+1 < len(toks) && toks[lo-1].Kind == lexis.Word && toks[hi+1].Kind == lexis.Word
		}
		if toks[m].Kind != lexis.Word {
			return false
		}
	}
	return false
}

// clauseBreak reports whether t ends a clause for the reading of its tense.
func clauseBreak(t lexis.Token) bool {
	return t.Kind == lexis.Punct && (t.Text == "." || t.Text == ";" || t.Text == "!" || t.Text == "?" || t.Text == ":" ||
		t.Text == "«" || t.Text == "»" || t.Text == "\"" || t.Text == "“" || t.Text == "”")
}

// clauseBreakAt is clauseBreak of toks[k], but for the point or comma
// of a decimal figure, between two digits with no space ("offer 2.5 GW in
// June": one clause).
func clauseBreakAt(toks []lexis.Token, k int) bool {
	if k > 0 && k+1 < len(toks) && toks[k].Text == "." && !toks[k].Space && !toks[k+1].Space && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number {
		return false
	}
	return clauseBreak(toks[k])
}

// needsDirection reports whether e's date depends on the way it points:
// a day or month without a year, or a weekday, with no cue word of its own.
func needsDirection(e *DateExpr) bool {
	switch e.Kind {
	case DateDuration, DateAbsolute:
		return false
	case DateRange:
		return e.from != nil && e.to != nil && (needsDirection(e.from) || needsDirection(e.to))
	}
	return e.rel == "" && e.dir == 0 && e.year == 0 && (e.month > 0 || e.weekday >= 0) || e.rel == "past-weekend" ||
		e.rel == "season" && e.dir == 0 && e.year == 0 || (e.rel == "months-to" || e.rel == "span-to-day") && e.year == 0 ||
		e.rel == "quarter" && e.dir == 0 && e.year == 0
}

// setTense gives e (and a range's ends) the direction of its clause.
func setTense(e *DateExpr, d Direction) {
	if d != DirFuture {
		return
	}
	if e.Kind == DateRange && e.from != nil && e.to != nil {
		setTense(e.from, d)
		setTense(e.to, d)
		return
	}
	if (e.rel == "" || e.rel == "season") && e.dir == 0 && e.year == 0 {
		e.dir, e.tense = 1, true // (and "will open this winter", said in April: the next)
	}
	if e.rel == "quarter" && e.dir == 0 && e.year == 0 {
		e.dir = 1 // "will stabilise in the fourth quarter", said in July: this year's
	}
	if (e.rel == "months-to" || e.rel == "span-to-day") && e.year == 0 {
		e.dir = 1 // "expected to carry 205 million passengers in the year to March": the coming March
	}
	if e.rel == "past-weekend" {
		e.rel, e.tense = "coming-weekend", true // "will meet them over the weekend"
	}
}

// complementizer reports whether t opens a clause of its own, with its own
// tense ("announced Friday that it will give": the date is the
// announcement's, in the past).
func complementizer(t lexis.Token) bool {
	return lexis.InSet(t.Fold, "that", "que", "qu'")
}

// commaParticiple reports whether t, set off by a comma, is a French past
// participle: an «-é» form («entrée», «adoptés», «signées») or a common
// irregular one («élu», «ouverte», «mise»), not any word a participle's
// ending could end («une», «depuis»).
func commaParticiple(t *lexis.Token) bool {
	w := strings.ToLower(t.Text)
	for _, suf := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return lexis.FrenchIrregularParticiple(t.Fold)
}

// callVerbs call, plan or book something for a day.
var callVerbs = lexis.SetOf("called", "calls", "call", "calling", "planned", "plans", "planning", "scheduled", "booked", "set",
	"organised", "organized", "organising", "organizing", "announced", "appele", "appelle", "appellent", "appelait", "appelaient",
	"prevu", "prevue", "prevus", "prevues", "programme", "programmee", "organise", "organisee", "organisent", "annonce", "annoncee", "convoque",
	"convoquee", "fixe", "fixee")

// callBefore reports whether a verb of callVerbs comes within twelve
// tokens before token k, in its clause.
func callBefore(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		if clauseBreakAt(toks, j) {
			return false
		}
		if callVerbs[toks[j].Fold] {
			return true
		}
	}
	return false
}

// pastBefore reports whether tokens [lo, i) hold a verb in the past: an
// English past ("rose", "closed") or a French passé composé ("a progressé").
func pastBefore(toks []lexis.Token, lo, i int, lang string) bool {
	for k := lo; k < i; k++ {
		t := &toks[k]
		if t.Kind != lexis.Word || t.Upper() {
			continue
		}
		if lang == "en" && lexis.EnglishPast(t.Fold) && !(k > 0 && lexis.InSet(toks[k-1].Fold, "will", "would", "to", "be", "been", "being", "is", "are", "has", "have")) {
			return true
		}
		if lang == "en" && lexis.InSet(t.Fold, "cut", "put", "set", "shut", "hit", "shed", "cost", "let", "quit", "spread", "hurt", "bid") && k > 0 && toks[k-1].Upper() && andPastAfter(toks, i) {
			return true // "Brixton Foods cut 400 jobs in September and said it would…": a past its coordinate tells
		}
		if lang == "fr" && lexis.FrenchParticiple(t.Fold) && k > 0 && lexis.InSet(toks[k-1].Fold, "a", "ont") && toks[k-1].Text != "à" {
			return true
		}
	}
	return false
}

// andPastAfter reports whether "and" and a verb in the past follow token i
// in its sentence ("… and said it would close a plant").
func andPastAfter(toks []lexis.Token, i int) bool {
	for k := i; k+1 < len(toks); k++ {
		if w := toks[k+1].Fold; toks[k].Fold == "and" && (lexis.InSet(w, "said", "told") || strings.HasSuffix(w, "ed") && lexis.EnglishPast(w)) {
			return true
		}
	}
	return false
}

// comingPeriod reports whether token k is "coming" in "the coming year",
// "the coming months": a period named, which tells nothing of the clause's
// tense ("approved a budget for the coming year on Wednesday").
func comingPeriod(toks []lexis.Token, k int) bool {
	return toks[k].Fold == "coming" && k > 0 && toks[k-1].Fold == "the" && k+1 < len(toks) &&
		lexis.InSet(toks[k+1].Fold, "year", "years", "month", "months", "week", "weeks", "days", "season", "decade", "decades")
}

// figurePart reports whether token k is a sign or a separator inside a
// figure: a decimal comma or point between digits («4,3»), a per cent or a
// currency sign.
func figurePart(toks []lexis.Token, k int) bool {
	switch toks[k].Text {
	case "%", "€", "$", "£":
		return true
	case ",", ".":
		return k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number && !toks[k].Space && !toks[k+1].Space
	}
	return false
}

// comparisonBaseBefore reports whether the date at token i is in the
// phrase of a base set against a figure: «contre 7,5 % au premier
// trimestre», "compared with 4.1% in March", "against 2% in May".
func comparisonBaseBefore(toks []lexis.Token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		f := toks[k].Fold
		if toks[k].Text == "," && !inNumber(toks, k) || toks[k].Text == ";" {
			return false
		}
		if lexis.InSet(f, "contre", "against", "versus", "vs") || f == "with" && k > 0 && lexis.InSet(toks[k-1].Fold, "compared", "compares") {
			return k+1 < i && toks[k+1].Kind == lexis.Number
		}
	}
	return false
}
