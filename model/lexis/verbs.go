package lexis

import (
	"iter"
	"maps"
	"strings"
)

// The verb forms more than one grammar reads: the verbs that report speech,
// which attribute a claim to its speaker and tell the tense of a date's
// clause, and the endings of a French participle or an English past.

// SpeechVerb is the lexicon's class of the verb forms that report speech
// (see IsSpeechVerb).
var SpeechVerb = Declare("speech verb", func(yield func(string) bool) {
	for w := range speechVerbs {
		if !yield(w) {
			return
		}
	}
	for w := range quoteVerbs {
		if !yield(w) {
			return
		}
	}
	for w := range clauseVerbs {
		if !yield(w) {
			return
		}
	}
})

// clauseVerbs report speech only when they report a clause, set after it
// or before «que» («…, a relevé le bureau d'études Graydon», «a constaté
// que…»): «relever», «constater», «noter» have other senses ("a relevé
// son taux de 8 %", «constate une hausse»).
var clauseVerbs = SetOf("releve", "relevent", "constate", "constatent", "note", "notent")

// SpeechVerbs returns the verb forms that report speech, folded.
func SpeechVerbs() iter.Seq[string] { return maps.Keys(speechVerbs) }

// The declarations below moved from the claim grammar's files.

// speechVerbs are the verb forms that report speech, folded.
var speechVerbs = SetOf("declare", "declarent", "declaraient", "affirme", "affirment", "annonce", "annoncent",
	"annoncait", "explique", "expliquent", "indique", "indiquent", "indiquant", "assure", "assurent", "ajoute", "ajoutent",
	"precise", "precisent", "souligne", "soulignent", "ecrit", "ecrivent", "tempere", "poursuivi", "poursuit",
	"estime", "estiment", "dit", "disent", "confirme", "confirment", "revele", "revelent", "reconnu", "reconnait",
	"raconte", "racontent", "felicite", "felicitent", "felicitee", "felicites", "felicitees", "rejoui", "rejouie", "rejouis", "rejouit", "reagi", "reagit", "martele", "insiste",
	"deplore", "denonce", "evoque", "evoquent", "assurant", "expliquant", "precisant", "soulignant", "affirmant", "declarant", "annoncant", "evoquant", "parle", "parlent", "parlait", "parlaient",
	"tweete", "publie", "communique", "signale", "signalent", "rappele", "rappelle", "continuer", "lance", "lancer",
	"said", "says", "say", "announced", "announces", "stated", "states", "explained", "explains", "told", "tells",
	"added", "adds", "wrote", "writes", "tweeted", "claimed", "claims", "confirmed", "confirms", "noted", "notes",
	"reported", "reports", "posted", "revealed", "reveals", "insisted", "boasted", "acknowledged", "acknowledges",
	"admitted", "admits", "admis", "admet", "saying", "according", "selon", "d'apres", "estimated", "showed", "shows", "show",
	"estimates", "estimate", "reckons", "calculates", "reiterated", "reiterates")

// reportsClause reports whether the verb at token i, a warning that
// reports words only beside a quote, reports a clause as a verb of saying
// does:
// before "that", «que» ("warned that", «a averti que»), or set after the
// clause it reports, with its subject after it or before it («…, a averti
// mercredi la Cour des comptes», "…, the agency warned.").
func reportsClause(toks []Token, i int) bool {
	if InSet(FoldAt(toks, i+1), "that", "que", "qu'") {
		return true
	}
	if InSet(FoldAt(toks, i-1), "a", "ont", "avait", "avaient") && toks[i-1].Text != "à" && FoldAt(toks, i-2) == "," {
		return true // «…, a averti mercredi la Cour des comptes»
	}
	if i+1 < len(toks) && InSet(toks[i+1].Text, ".", ";") {
		for k := i - 1; k >= 0 && i-k <= 6; k-- {
			if toks[k].Text == "," {
				return true // "…, the agency warned."
			}
			if toks[k].Kind != Word {
				break
			}
		}
	}
	return false
}

// IsSpeechVerb reports whether token i reports speech ("a déclaré", "se
// félicite", "said", "selon").
func IsSpeechVerb(toks []Token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].Kind != Word {
		return false
	}
	if !toks[i].Is(SpeechVerb) {
		return false
	}
	w := toks[i].Fold
	switch d := FoldAt(toks, i-1); {
	case InSet(d, "une", "cette", "son", "sa", "leur", "the", "an", "its", "their", "this"):
		return false // «une déclaration», "the announcement": a noun, no verb
	case InSet(d, "l'", "la") && InSet(FoldAt(toks, i-2), "apres", "avant", "depuis", "de", "par", "dans", "sur", "avec", "pour"):
		return false // «après l'annonce» (not «le ministère l'annonce»: a pronoun)
	}
	if clauseVerbs[w] {
		return reportsClause(toks, i)
	}
	if quoteVerbs[w] {
		if w == "valoir" {
			// «…, fait valoir la direction académique», «fait valoir que»
			// (not «faire valoir ses droits»)
			return InSet(FoldAt(toks, i-1), "fait", "font", "faisait", "faisaient") && (InSet(FoldAt(toks, i+1), "que", "qu'") ||
				FoldAt(toks, i-2) == "," || InSet(FoldAt(toks, i-2), "a", "ont") && toks[i-2].Text != "à" && FoldAt(toks, i-3) == ",")
		}
		return besideQuote(toks, i) || InSet(w, "averti", "avertit", "previent", "warned", "warns", "alerte", "alertent") && reportsClause(toks, i)
	}
	if strings.HasPrefix(w, "declar") && (FoldAt(toks, i-1) == "s'" || FoldAt(toks, i-1) == "se" || FoldAt(toks, i-1) == "est" && FoldAt(toks, i-2) == "s'" || FoldAt(toks, i-1) == "sont" && FoldAt(toks, i-2) == "se") {
		return false // «l'incendie qui s'est déclaré mardi»: broke out, no speech
	}
	switch w {
	case "parle", "parlent", "parlait", "parlaient":
		// «la direction, qui parle d'une baisse de 2 %»: speaks of a
		// figure (not «le parle»: no figure said)
		return InSet(FoldAt(toks, i+1), "de", "d'", "du", "des")
	case "showed", "shows", "show":
		// "customs data showed on Sunday", "figures showed": data that
		// report the figure (not "the survey showed support rising",
		// "Apple showed its new phone")
		if InSet(FoldAt(toks, i+1), "that") {
			return false
		}
		if InSet(FoldAt(toks, i-1), "data", "figures", "statistics", "numbers") {
			return true
		}
		// ", a survey of shipping data and industry sources by Meridian
		// Energy Intelligence showed on Wednesday": a survey, a poll, a
		// study that the clause after a comma opens on.
		for k := i - 1; k >= 1 && i-k <= 14; k-- {
			if toks[k].Text == "," || toks[k].Text == ";" {
				return false
			}
			if InSet(toks[k].Fold, "survey", "poll", "study", "report", "census", "tally") && InSet(toks[k-1].Fold, "a", "an", "the") &&
				(k < 2 || toks[k-2].Text == ",") {
				return true
			}
		}
		return false
	case "estimates", "estimate", "reckons", "calculates":
		// "…, the World Bank estimates.", "the IMF estimates that…" (not
		// "estimates of the toll", "analysts estimate the market at $5bn")
		if InSet(FoldAt(toks, i-1), "the", "its", "their", "our", "his", "her", "an", "these", "those", "latest", "official", "new", "early", "initial", "of", "and", "to") {
			return false
		}
		return i+1 >= len(toks) || InSet(FoldAt(toks, i+1), ".", ",", "that", ";", "it", "they")
	case "claims", "reports", "notes", "states":
		// "Initial claims dropped 7,000", "claims for unemployment
		// benefits", "the reports were", "United States": the nouns
		if InSet(FoldAt(toks, i+1), "for", "of", "were", "are", "have", "had", "rose", "fell", "dropped", "jumped", "climbed", "declined",
			"increased", "decreased", "surged", "slipped", "edged", "filed", "totaled", "totalled", "reached", "stood", "to", "in", "by", "from", "and", "or") {
			return false
		}
		if i > 0 && (toks[i-1].Kind != Word || InSet(toks[i-1].Fold, "the", "these", "those", "its", "their", "his", "her", "our", "new", "initial", "jobless",
			"continuing", "unadjusted", "weekly", "insurance", "false", "such", "any", "many", "some", "all", "no", "united", "two", "three", "several", "media", "news")) {
			return false
		}
	case "dit":
		// "dit avoir", "a dit", "Telegram dit": not "soit dit".
		return FoldAt(toks, i-1) != "soit"
	case "added", "adds", "ajoute", "ajoutent":
		// "he added that…", "a-t-il ajouté" (not "the CAC 40 added 1.1%",
		// "Zorgcorp added 12 jobs", «a ajouté 50 points»: a gain)
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if toks[j].Kind == Number || InSet(toks[j].Text, "$", "€", "£") {
				return false
			}
			if toks[j].Kind != Word || !InSet(toks[j].Fold, "about", "some", "nearly", "almost", "another", "more", "than", "over",
				"around", "pres", "de", "environ", "plus", "un", "une", "a", "an", "us") {
				break
			}
		}
		return true
	case "lance", "lancer", "continuer", "publie", "rappelle", "rappele", "signale", "signalent", "communique":
		// Only with an explicit quote next to them ("Et de continuer « ... »").
		if FoldAt(toks, i+1) == "«" || FoldAt(toks, i+1) == ":" || FoldAt(toks, i+1) == "“" || FoldAt(toks, i+1) == "\"" {
			return true
		}
		// «…, a rappelé le Cniel», «…, signale la préfecture», «Le Cniel
		// rappelle que…»: set after the words it reports, or before a
		// clause of «que».
		if w == "lance" || w == "lancer" || w == "continuer" || w == "publie" {
			return false
		}
		if InSet(FoldAt(toks, i+1), "que", "qu'") {
			return true
		}
		// (and «…, a rappelé Pierre Chardon»: a name after it)
		return (FoldAt(toks, i-1) == "," || InSet(FoldAt(toks, i-1), "a", "ont") && FoldAt(toks, i-2) == ",") &&
			(InSet(FoldAt(toks, i+1), "le", "la", "l'", "les") || i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Upper())
	}
	return true
}

// quoteVerbs are verbs of judging and warning that report speech only
// beside the words they report: «« … », a accusé mercredi le ministre»,
// "…," he warned (not "accused of fraud").
var quoteVerbs = SetOf("accuse", "accusent", "fustige", "fustigent", "regrette", "regrettent", "ironise", "previent", "avertit", "averti",
	"insurge", "commente", "conclut", "temoigne", "warned", "warns", "accused", "argued", "argues", "stressed", "cautioned",
	"complained", "conceded", "commented", "replied", "responded", "countered", "confie", "confiee", "confient",
	"resume", "resumee", "tranche", "observe", "detaille", "nuance", "plaide", "observed", "repondu", "repond", "retorque", "lache", "glisse", "prevenu",
	"recalled", "vowed", "alerte", "alertent", "valoir")

// ReportsQuote reports whether the folded verb form f reports the words of
// a quote it follows ("« … », a accusé X"): a speech verb, or a verb of
// judging or warning.
func ReportsQuote(f string) bool { return speechVerbs[f] || quoteVerbs[f] }

// besideQuote reports whether token i has a quotation or a colon right
// after it, or a closing quotation mark and a comma just before it.
func besideQuote(toks []Token, i int) bool {
	if InSet(FoldAt(toks, i+1), "«", ":", "“", "\"") {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if InSet(toks[j].Text, "»", "”", "\"") {
			return true
		}
		if toks[j].Kind == Punct && toks[j].Text != "," {
			break
		}
	}
	return false
}

// FrenchParticiple reports whether a folded French verb form can be a
// participle ("évacuées", "supprimés", "prévu", "détenant").
func FrenchParticiple(w string) bool {
	if strings.HasSuffix(w, "ait") && !strings.HasSuffix(w, "fait") || strings.HasSuffix(w, "ais") {
		// (an imperfect or a conditional: «avait», «pourrait», «était»;
		// but «fait», «satisfait»)
		return false
	}
	for _, suf := range []string{"e", "ee", "es", "ees", "i", "ie", "is", "ies", "it", "ite", "its", "u", "ue", "us", "ues", "ant", "ert", "erte", "ertes", "erts", "int", "inte", "ints", "intes", "ise", "ises"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(w, "ent") {
			return true
		}
	}
	return false
}

// EnglishPast reports whether an English word is a verb's simple past
// ("jumped", "rose", "won").
func EnglishPast(f string) bool {
	return len(f) >= 5 && strings.HasSuffix(f, "ed") && !InSet(f, "need", "speed", "seed", "breed", "indeed", "proceed", "exceed", "succeed", "united", "limited", "based", "related", "expected", "scheduled") ||
		irregularPast[f]
}

var irregularPast = SetOf("rose", "fell", "won", "lost", "grew", "sold", "bought", "paid", "made", "told", "took", "gave",
	"came", "went", "hit", "beat", "led", "left", "saw", "became", "began", "ran", "fought", "broke", "built", "spent",
	"sent", "shut", "struck", "threw", "wrote", "drew", "held", "met", "slid", "sank", "stood", "swept", "killed")

// EnglishParticiple reports whether an English word has the form of a
// past participle: "-ed", "-en" or an irregular one ("bought", "held",
// "known").
func EnglishParticiple(f string) bool {
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en") || irregularParticiple[f]
}

// IrregularParticiple reports whether an English word is an irregular
// past participle ("bought", "held", "known").
func IrregularParticiple(f string) bool { return irregularParticiple[f] }

var irregularParticiple = SetOf("bought", "sold", "paid", "made", "told", "won", "lost", "held", "built", "sent", "shut",
	"struck", "led", "left", "hit", "brought", "caught", "found", "kept", "spent", "fought", "sought", "taught", "thought",
	"known", "shown", "thrown", "grown", "drawn", "flown", "sworn", "torn", "worn", "blown", "born", "borne", "sunk",
	"begun", "run", "done", "gone", "heard", "said", "laid", "meant", "dealt", "felt", "met", "lent", "bent", "bound",
	"wound", "hung", "shot", "lit", "fed", "bred", "fled", "read", "slain", "stuck", "struck", "spun", "won", "put", "set",
	"cut", "hurt", "quit", "split", "spread", "upheld", "withheld", "overseen", "undertaken", "overthrown", "rebuilt")

// irregularParticiples are French past participles not in «-é», folded,
// without their feminine and plural endings («Parti mercredi de Lisieux, le
// feu…», «Élu en 2017, il…», «la loi, promulguée…, mise en œuvre en mars»).
var irregularParticiples = SetOf("parti", "sorti", "venu", "revenu", "devenu", "parvenu", "mis", "remis", "promis", "soumis", "pris",
	"repris", "compris", "conclu", "ouvert", "couvert", "decouvert", "offert", "elu", "reelu", "ne", "reconduit", "conduit", "construit",
	"detruit", "produit", "atteint", "contraint", "acquis", "tenu", "obtenu", "retenu", "soutenu", "detenu", "maintenu", "vendu", "rendu",
	"perdu", "attendu", "battu", "abattu", "recu", "paru", "apparu", "disparu", "connu", "reconnu", "prevu", "survenu", "intervenu", "fait",
	"dit")

// FrenchIrregularParticiple reports whether folded w is a French past
// participle not in «-é», perhaps feminine or plural («partie», «reprises»).
func FrenchIrregularParticiple(w string) bool {
	for _, suf := range []string{"", "s", "e", "es"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && irregularParticiples[stem] {
			return true
		}
	}
	return false
}

// InvertedSpeech reports whether folded word f is a verb of saying with
// its subject pronoun after it, written as one word: «estime-t-il»,
// «souligne-t-elle», «poursuit-il».
func InvertedSpeech(f string) bool {
	for _, p := range []string{"-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles"} {
		if stem, ok := strings.CutSuffix(f, p); ok {
			return speechVerbs[stem] || quoteVerbs[stem]
		}
	}
	return false
}
