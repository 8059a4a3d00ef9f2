package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
	"github.com/claimline/claimline/model/timex"
)

// This file reads who a claim is about: the subject of its clause (a name, a
// pronoun or a noun phrase standing for an entity, a relative's antecedent,
// a passive's agent, a body named by a common noun), and what can never be
// one (a month, a time zone, a unit, a cited source).

// Subject sources, from the surest to the least sure.
const (
	fromClause      = "the subject of its clause"
	fromOpponent    = "the side the subject of its clause played against, whose score it is"
	fromControl     = "the one the verb before makes or asks to do it"
	fromAgent       = "the agent after its verb"
	fromOfficer     = "the organisation whose officer, the subject of its clause, announces it"
	fromStatPlace   = "the place the statistics told just before are of"
	fromPronoun     = "a pronoun for the entity named before"
	fromAnaphor     = "a noun phrase for the entity named before"
	fromOwner       = "the owner of the clause's subject"
	fromPassage     = "the entity its passage names"
	fromObject      = "the subject of the event before that brought in what its clause's subject names"
	fromPhrase      = "the thing its clause's subject names"
	fromContext     = "the subject of the claim just before"
	fromWatched     = "what the article is about, whose figure a firm that watches it gives"
	fromName        = "the name its clause's subject holds"
	fromTopic       = "the article's main organisation, whose figure its clause's subject names"
	fromGroup       = "the group, body or role its clause's subject names"
	fromHolder      = "the body whose members the figure counts"
	fromParts       = "that of the figure whose parts it counts, in brackets after it"
	fromPlace       = "the place its clause names, as no organisation is its subject"
	fromVersus      = "the name after «pour», «for», for a figure set against the one before"
	fromRanked      = "the name a ranking sets against its subject, which «on», «at», «à», «avec» gives the figure"
	fromDisaster    = "the disaster told just before, whose dead or injured the figure counts"
	fromAttended    = "the event the crowd it counts attended"
	fromMainCountry = "the country the article is about, which names no organisation"
	fromSentenced   = "the person its verb sentences to the term"
	fromFined       = "the one its verb fines"
	fromRestated    = "that of the figure it restates («soit», «i.e.»)"
	fromChangeOf    = "that of the figure before it, whose change it is"
	fromBracketed   = "the name it is given in brackets after"
	fromVoter       = "the body whose vote the sentence before told, as the tally's clause names none"
	fromThing       = "its clause's subject, a thing no entity of the passage is said to own"
	fromForecastOf  = "the thing forecast, whose forecast its clause's subject moves to the figure"
	// fromSpeakerOrg is a "we" or «nous» in a quote: the organisation its
	// speaker speaks for.
	fromSpeakerOrg = "the organisation of the speaker whose «we» it is"
	// fromWorkplace is the named site the people a figure counts work at:
	// "2,300 workers at the Antamarca copper mine".
	fromWorkplace = "the named site the people it counts work at"
	// fromPassageAmbiguous is fromPassage when the passage names several
	// entities: the claim is unsure.
	fromPassageAmbiguous = "one of the entities its passage names (its clause names none)"
	// fromPossessive is the person a possessive before an ordinal count
	// stands for ("son quatorzième titre").
	fromPossessive = "the person its possessive stands for, named just before"
	// fromApposed is the name an apposition holding the figure qualifies.
	fromApposed = "the name the figure's apposition qualifies"
	// fromRequested is the defendant a penalty is asked against.
	fromRequested = "the defendant the penalty is asked against"
	// fromOpening is the organisation the sentence opens at ("Chez
	// Renault, …", "At Ford, …").
	fromOpening = "the organisation its sentence opens at («Chez …», «At …»)"
	// fromEstimated is the subject the passage before was about, when a
	// source puts a measure of its own at the figure ("Analysts at Blorp
	// put the likely cost at 210 billion yen").
	fromEstimated = "what the passage before was about, whose measure a source puts at the figure"
	// fromReported is the subject of the article's figure before of the
	// same measure, which a source gives its own count of («Les archives
	// de la Marine avancent le chiffre de 180 morts»).
	fromReported = "that of the figure before of the same measure, which a source counts again"
	// fromGoesOn is the subject of the clause a participle after a comma
	// goes on with ("broke the record in Budapest, clocking 28:54.14").
	fromGoesOn = "that of the clause its participle goes on with"
)

// subjectConfidence is how sure each way of finding a subject is.
var subjectConfidence = map[string]float64{
	fromClause: 0.95, fromOpponent: 0.85, fromControl: 0.85, fromObject: 0.8, fromAgent: 0.9, fromOfficer: 0.85, fromStatPlace: 0.6, fromPronoun: 0.8, fromAnaphor: 0.8, fromOwner: 0.85, fromPassage: 0.6, fromContext: 0.5, fromName: 0.9, fromTopic: 0.55, fromGroup: 0.85, fromHolder: 0.85, fromParts: 0.8, fromPlace: 0.6, fromPassageAmbiguous: 0.35, fromPhrase: 0.6, fromVersus: 0.85, fromRanked: 0.85, fromDisaster: 0.7, fromAttended: 0.8, fromMainCountry: 0.6, fromSentenced: 0.9, fromFined: 0.9, fromRestated: 0.85, fromChangeOf: 0.8, fromBracketed: 0.85, fromVoter: 0.75, fromOpening: 0.8, fromRequested: 0.85, fromApposed: 0.8, fromPossessive: 0.75, fromEstimated: 0.6, fromReported: 0.7, fromGoesOn: 0.8, fromThing: 0.6, fromSpeakerOrg: 0.75, fromWorkplace: 0.8, fromWatched: 0.6,
}

// subjectPronouns stand for the entity named before.
var subjectPronouns = lexis.SetOf("il", "elle", "ils", "elles", "it", "they", "he", "she", "celle-ci", "celui-ci", "ceux-ci",
	"celles-ci", "cette derniere", "ce dernier", "the latter", "we", "nous")

// nameAt returns the name that ends at token k (going left over proper
// nouns, the numbers and symbols inside names: "le CAC 40", "the S&P 500",
// "Falcon 9") as a token range, ok false when token k ends no name.
func (p *parsed) nameAt(k int) (int, int, bool) {
	toks, tags := p.toks, p.tags
	if k < 0 || k >= len(toks) {
		return 0, 0, false
	}
	end := k + 1
	// A number right after a name is part of it ("CAC 40", "Falcon 9",
	// "Kestrel-2").
	if tags[k] == syntax.NUM && k > 0 && p.properNoun(k-1) {
		k--
	} else if tags[k] == syntax.NUM && k > 1 && toks[k-1].Text == "-" && !toks[k-1].Space && !toks[k].Space && p.properNoun(k-2) {
		k -= 2
	} else if (tags[k] == syntax.NUM || p.named[k]) && toks[k].Kind == lexis.Number && k > 2 && numberSignAt(toks, k-2) && p.properNoun(k-3) {
		k -= 3 // "Reactor No. 2", "Unit No. 3"
	}
	if !p.properNoun(k) {
		return 0, 0, false
	}
	start := k
	for start > 0 {
		q := start - 1
		switch {
		case p.properNoun(q) && !(start < len(p.starts) && p.starts[start] && p.named[q] && gazetteer.Places[toks[q].Fold]):
			// (not over a place that ends another name: "de France
			// Roger Cukierman")
			start = q
			continue
		case lexis.InSet(toks[q].Fold, "and", "et") && q > 0 && p.properNoun(q-1) && p.properNoun(start) && toks[start].Upper():
			// "Northrop Grumman and EADS": a joint subject.
			start = q - 1
			continue
		case lexis.InSet(toks[q].Text, "&", "-", "de", "du", "des", "of", "la", "le", "for", "d'", "l'") && q > 0 && (p.properNoun(q-1) || p.named[q-1] && p.named[q]) &&
			(toks[q].Text == "&" || toks[q].Text == "-" || toks[start].Upper() || p.named[q]):
			// ("Cour des comptes", "Institut national de la statistique":
			// a name the set knows, lower-case words and all)
			start = q - 1
			continue
		}
		break
	}
	for end-start >= 3 && titleWords[toks[start].Fold] && !orgSuffix[toks[end-1].Fold] {
		start++ // "CEO Steve Jobs", "President Joe Biden": the person
	}
	if g := titledPerson(toks, start, end); g > start {
		start = g // "Zorgon Chief Executive Jan Blenk": the person the title names
	}
	return start, end, true
}

// englishCommonNoun reports whether the English lexicon gives word w a
// common noun's class and no proper noun's ("cocoa", "revenue").
func englishCommonNoun(w string) bool {
	c, ok := syntax.LexiconFor("en").Classes(w)
	return ok && strings.Contains(c, "NN") && !strings.Contains(c, "NNP")
}

// agentParticiple returns the comma that opens a participle with its
// agent ("…, porté par la ministre…", "…, backed by the minister…") and
// ends at the comma at j, -1 when the words before j are no such phrase.
func (p *parsed) agentParticiple(j, start int) int {
	agent := false
	for q := j - 1; q > start && j-q <= 12; q-- {
		if lexis.InSet(p.toks[q].Fold, "par", "by") {
			agent = true
		}
		if p.toks[q].Text == "," {
			if agent && q+1 < j && (p.participleForm(q+1) || p.lang == "en" && lexis.EnglishParticiple(p.toks[q+1].Fold)) {
				return q
			}
			return -1
		}
	}
	return -1
}

// basedAfter reports whether the name ending before token j locates a
// company: "the Santa Clara, California-based company", "the Paris-based
// group".
func basedAfter(toks []lexis.Token, j int) bool {
	if j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Upper() {
		j += 2 // ", California-based"
	}
	if j < len(toks) && toks[j].Text == "-" && !toks[j].Space {
		j++
	}
	if j > 0 && j <= len(toks) && strings.HasSuffix(toks[j-1].Fold, "-based") {
		return true
	}
	return j < len(toks) && lexis.InSet(toks[j].Fold, "based", "-based")
}

// placeInPhrase returns the place the noun phrase opening at token a names
// after "in", «en», «au», «dans» ("Spending on video games in the United
// States"), "" when none.
func (x *extractor) placeInPhrase(s *sentence, p *parsed, a int) string {
	toks := p.toks
	for _, m := range s.mentions {
		if m.end > a-3 && m.tok <= a && x.reg.kindOf(&m) == KindOrg {
			return "" // "Target stores in Blenkshire": the company the phrase names
		}
	}
	for _, m := range s.mentions {
		if m.tok <= a+1 || m.tok > a+8 || x.reg.kindOf(&m) != KindPlace {
			continue
		}
		j := m.tok - 1
		if lexis.InSet(toks[j].Fold, "the", "la", "le", "l'", "les") {
			j--
		}
		if !lexis.InSet(toks[j].Fold, "in", "en", "au", "aux", "dans") || toks[j].Text == "a" {
			continue
		}
		between := true
		for k := a + 1; k < j; k++ {
			if isVerb(p.tags[k]) || p.tags[k] == syntax.AUX || toks[k].Kind == lexis.Punct {
				between = false
				break
			}
		}
		if between {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// listParticiples are English forms in -ing that work as prepositions
// ("Retailers including Marlowe said"): no participle qualifying a noun.
var listParticiples = lexis.SetOf("including", "excluding", "following", "according", "regarding", "concerning", "during", "pending", "notwithstanding", "barring")

// indefiniteBefore reports whether the noun at h opens with an indefinite
// article ("A group of 3,400 users", «une entreprise»): a new thing, which
// points back to none named before.
func (p *parsed) indefiniteBefore(h, start int) bool {
	j := h - 1
	for j >= start && p.tags[j] == syntax.ADJ {
		j--
	}
	return j >= start && lexis.InSet(p.toks[j].Fold, "a", "an", "un", "une", "another", "autre") && !(p.lang == "fr" && p.toks[j].Fold == "a")
}

// listTail reports whether tokens [i, j) end a list of names ("Arizona and
// Tennessee"): names, commas and a conjunction («et», "and", «ou», "or").
func (p *parsed) listTail(i, j int) bool {
	names, and := 0, false
	for k := i; k < j; k++ {
		switch {
		case p.properNoun(k):
			names++
		case lexis.InSet(p.toks[k].Fold, "and", "et", "or", "ou"):
			and = true
		case p.toks[k].Text != ",":
			return false
		}
	}
	return names > 0 && and
}

// relativeWithin reports whether a relative pronoun opens a clause in
// tokens [i, j) ("214 retired teachers who now live in Florida").
func (p *parsed) relativeWithin(i, j int) bool {
	for k := i; k < j; k++ {
		if relativePronouns[p.toks[k].Fold] {
			return true
		}
	}
	return false
}

// quotedNameEnd returns the last token of a name in quotation marks that
// token k closes («le navire « Horizon »»), else k.
func quotedNameEnd(p *parsed, k int) int {
	if k >= 2 && lexis.InSet(p.toks[k].Text, "»", "”", "\"") && p.properNoun(k-1) && lexis.InSet(p.toks[k-2].Text, "«", "“", "\"") {
		return k - 1
	}
	return k
}

// properNoun reports whether token k reads as part of a name: a proper noun,
// or a capitalised word the tagger did not know inside a sentence.
func (p *parsed) properNoun(k int) bool {
	toks, tags := p.toks, p.tags
	if k < 0 || k >= len(toks) {
		return false
	}
	t := toks[k]
	if t.Kind != lexis.Word || t.Is(timex.MonthName|timex.WeekdayName) || timeZones[t.Fold] || numberSignAt(toks, k) {
		return false
	}
	if quantity.CurrencyPrefix(toks, k) {
		return false // "US$40 billion", "US $199"
	}
	if k == 0 && p.opensWithAdjective {
		return false // "New condo sales in the Greater Toronto Area totalled…"
	}
	if tags[k] == syntax.PROPN {
		return t.Upper() || t.Text != t.Fold || p.named[k] // "iPhone", "eBay", "Pôle emploi"
	}
	if t.InnerUpper() && tags[k] != syntax.VERB && tags[k] != syntax.AUX {
		return true // "iAd", "iOS" misread as common nouns
	}
	if p.named[k] && (tags[k] == syntax.NOUN || tags[k] == syntax.X || k == 0 && tags[k] == syntax.ADJ) {
		return true // a name the set knows, misread by the tagger
	}
	return t.Upper() && k > 0 && (tags[k] == syntax.NOUN || tags[k] == syntax.X) && isNameToken(t)
}

// timeZones are never a claim's subject.
var timeZones = lexis.SetOf("utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "hne", "hae", "tu")

// spendVerbs say that money went on something.
var spendVerbs = lexis.SetOf("spent", "overspent", "paid", "invested", "wasted", "earmarked", "budgeted", "depense", "depenses", "depensee", "depensees",
	"investi", "investis", "consacre", "consacres", "paye", "payes")

// placeAfterVerb reports whether the name at token a, after verb v, is
// where the verb happened rather than its agent: after a preposition of
// place ("drowned in Aransas County", «portées disparues près de
// Lodève»). «dans», «à» and "at" may bring in an organisation («dans le
// groupe Zorgon», "at Boeing") and a name right after the verb may be its
// subject turned round: they stay agents.
func placeAfterVerb(toks []lexis.Token, v, a int) bool {
	k := a - 1
	for k > v && lexis.InSet(toks[k].Fold, "the", "le", "la", "l'", "les") {
		k--
	}
	switch {
	case lexis.InSet(toks[k].Fold, "in", "near", "into", "across", "throughout", "outside", "inside"):
		return true
	case lexis.InSet(toks[k].Fold, "on", "for", "pour", "sur") && spendVerbs[toks[v].Fold]:
		return true // "overspent on COVID-19 vaccines": what, not who (but "a fine imposed on Facebook", "transferred to Siemens" are whose)
	case lexis.InSet(toks[k].Fold, "de", "d'", "of") && k > v && lexis.InSet(toks[k-1].Fold, "pres", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "autour", "loin", "proche"):
		return true
	case toks[k].Fold == "from" && (gazetteer.IsPlaceName(toks[a].Text) || a+1 < len(toks) && gazetteer.IsPlaceName(toks[a].Text+" "+toks[a+1].Text)):
		return true // "1.3 million of the new subscribers came from Latin America": where from, not who
	}
	return false
}

// subjectBefore returns the subject of the clause before token v (its
// verb): a name, a subject pronoun, or a noun phrase standing for an entity;
// the token range of the words and how they were read.
func (p *parsed) subjectBefore(v, start int) (int, int, string) {
	if u := p.compoundBeforeEt(v); u >= 0 {
		// «a visité lundi l'hôpital de Lille et a annoncé 30 millions
		// d'euros»: the verb after «et a» shares the subject of the verb
		// before it, not its object.
		return p.subjectBefore(u, p.clauseStart(u))
	}
	if q := p.relativeBefore(v, start); q >= 0 {
		// "L'orage qui a frappé l'Hérault a fait trois morts", "The storm
		// that hit Herault killed four people": the relative's
		// antecedent, not its verb's object (the clause the relative
		// pronoun starts is no limit).
		if q <= start {
			start = p.clauseStart(q)
		}
		return p.subjectBefore(q, start)
	}
	c := p.appositionBefore(v)
	if c < 0 {
		c = p.participleAppositionBefore(v)
	}
	if c < 0 {
		c = p.relativeAppositionBefore(v)
	}
	if c >= 0 {
		// "Starts of single-family homes, the largest part of the market,
		// fell 1.1%": the noun phrase the apposition describes.
		if a, b, how := p.subjectBefore(c, min(start, p.clauseStart(c))); how != "" {
			return a, b, how
		}
	}
	if k := v - 2; k > start && p.lang == "fr" && lexis.MatchWords(p.toks, k, "en", "effet") || k > start && lexis.MatchWords(p.toks, k, "par", "ailleurs") || k > start && lexis.MatchWords(p.toks, k, "de", "plus") {
		// «L'assurance-vie a en effet enregistré»: the locution is no
		// subject; the one before the auxiliary is.
		v = k
	}
	a, b, how := p.simpleSubjectBefore(v, start)
	if how == fromClause && a-1 > start && lexis.InSet(p.toks[a-1].Fold, "hors", "excluding", "except", "sauf") {
		// «Les ventes en Asie hors Japon ont baissé», "Sales in Asia
		// excluding Japan fell": the name left out is not what is measured.
		a, b, how = p.simpleSubjectBefore(a-1, start)
	}
	if how == fromClause {
		if h := p.qualifiedNoun(a); h >= start {
			// «L'exposition consacrée à Eugène Delacroix … a attiré»: the
			// noun the participle qualifies, not its complement's name.
			return h, h + 1, fromTopic
		}
	}
	if how == fromClause && a-2 >= start && lexis.InSet(p.toks[a-1].Fold, "in", "at", "near", "outside", "a") && p.toks[a-1].Text != "a" && !p.inDate(a) {
		// "The Hallworth Museum in Leeds welcomed": the name the place
		// after "in" locates.
		if na, nb, ok := p.nameAt(a - 2); ok && nb == a-1 && p.tags[nb-1] == syntax.PROPN && !peopleNouns[p.toks[nb-1].Fold] {
			a, b = na, nb // (not "Voters in Zorgia will go to the polls": the people of a place)
		} else if a-4 >= start && lexis.InSet(p.toks[a-2].Fold, "based", "headquartered", "located", "installee", "installe", "basee", "base") && p.toks[a-3].Text == "," {
			// "Orbital Dynamics, based in Long Beach, California, has
			// raised": the name the apposition tells where it is.
			if na, nb, ok := p.nameAt(a - 4); ok && nb == a-3 {
				a, b = na, nb
			} else if a0, b0, how0 := p.simpleSubjectBefore(a-3, start); how0 == fromAnaphor || how0 == fromTopic && companyWords[p.toks[a0].Fold] {
				// "The company, based in Austin, Texas, employs": the
				// noun the apposition tells where it is.
				return a0, b0, fromAnaphor
			}
		}
	}
	if how == fromClause {
		// "EU steel exports to the US were worth": the name that opens the
		// phrase, not the place a preposition of direction brings in.
		if first, ok := p.directedPlace(a, b, start); ok && p.properNoun(first) {
			if na, nb, ok := p.nameAt(first); ok && nb < a {
				return na, nb, fromClause
			}
		}
	}
	if how == fromClause && p.lang == "fr" {
		// "Le baril de Brent de la mer du Nord gagnait 2,1 %": the name
		// the noun phrase is of, not the place its last complement names.
		if a0, b0, ok := p.ownerBeforePlace(a, b, start); ok {
			a, b = a0, b0
		}
	}
	if how == fromClause || how == fromGroup || how == fromTopic {
		if a0 := p.coordinatedSubject(a, v, start); a0 >= 0 {
			if how == fromTopic {
				b = p.nounPhraseEnd(a, v) // "la communauté scientifique internationale": the head and its adjectives
			}
			return a0, b, fromClause
		}
	}
	return a, b, how
}

// directedPlace reports whether the place's name at tokens [a, b) is
// brought into a subject's phrase by a preposition of direction or
// exclusion ("EU steel exports to the US", "Starting salaries outside
// London", «les exportations vers la Chine»), and returns the first word of
// the phrase's nouns and adjectives before it (past its determiner).
func (p *parsed) directedPlace(a, b, start int) (int, bool) {
	toks := p.toks
	k := a - 1
	if k > start && lexis.InSet(toks[k].Fold, "the", "la", "le", "l'", "les") {
		k--
	}
	if k > start+1 && lexis.InSet(toks[k].Fold, "de", "d'", "of") && lexis.InSet(toks[k-1].Fold, "hors", "dehors", "outside") {
		k-- // «hors de Paris», «en dehors de Lyon», "outside of London"
	}
	if k > start+1 && toks[k].Fold == "dehors" && toks[k-1].Fold == "en" {
		k-- // «en dehors de»
	}
	if k <= start || !lexis.InSet(toks[k].Fold, "to", "outside", "into", "towards", "vers", "hors", "en") || toks[k].Fold == "en" && toks[k+1].Fold != "dehors" ||
		p.tags[k-1] != syntax.NOUN || p.inDate(k-1) || !gazetteer.IsPlaceName(foldedWords(toks, a, b)) {
		return 0, false
	}
	return p.phraseStartBefore(k, start, 8), true // (and a noun's complement: «les exportations de vin vers la Chine»)
}

// phraseStartBefore returns the first word of the nouns, adjectives, names
// and noun complements that end right before token k, within n words and
// after start: the phrase a preposition at k completes.
func (p *parsed) phraseStartBefore(k, start, n int) int {
	toks := p.toks
	first := k - 1
	for first > start && k-first < n && toks[first-1].Kind == lexis.Word && (p.tags[first-1] == syntax.NOUN || p.tags[first-1] == syntax.ADJ || p.properNoun(first-1) ||
		first-1 > start && lexis.InSet(toks[first-1].Fold, "de", "d'", "du", "of", "en") && p.tags[first-2] == syntax.NOUN) {
		first--
	}
	return first
}

// speechBetween returns the token of a verb of saying between tokens b and
// v with words of its own before v (a clause it reports without "that":
// "officials said unemployment fell"), -1 when there is none.
func (p *parsed) speechBetween(b, v int) int {
	for k := max(b, 0); k+1 < v; k++ { // (not "said last week it had handled": words the date opens)
		if isVerb(p.tags[k]) && lexis.IsSpeechVerb(p.toks, k) && !p.inDate(k+1) && p.tags[k+1] != syntax.VERB && p.tags[k+1] != syntax.AUX {
			return k
		}
	}
	return -1
}

// tradingVenue reports whether the name at tokens [a, b) is a market
// where a subject's phrase is traded, brought in by "on", "at" or «à», «sur»
// ("Copper prices on the London Metal Exchange", «Le cours du cacao sur
// le marché de Londres»), and returns the first word of the phrase's nouns
// and adjectives and the preposition's token: the thing traded is the
// subject, not the market.
func (p *parsed) tradingVenue(a, b, start int) (int, int, bool) {
	toks := p.toks
	k := a - 1
	venue := false
	if k > start && lexis.InSet(toks[k].Fold, "marche", "market", "bourse") {
		k, venue = k-1, true // «sur le marché Euronext»
	}
	if k > start && lexis.InSet(toks[k].Fold, "the", "la", "le", "l'") {
		k--
	}
	if k <= start+1 || !lexis.InSet(toks[k].Fold, "on", "at", "a", "sur") || toks[k].Text == "a" || p.tags[k-1] != syntax.NOUN || p.inDate(k-1) {
		return 0, 0, false
	}
	for k := a; k < b; k++ {
		venue = venue || lexis.InSet(toks[k].Fold, "exchange", "bourse", "market", "marche", "nasdaq", "nymex", "comex")
	}
	if !venue {
		return 0, 0, false
	}
	first := p.phraseStartBefore(k, start, 6)
	for first < k-1 && lexis.InSet(toks[first].Fold, "the", "le", "la", "les", "l'") {
		first++
	}
	return first, k, true
}

// adjectivesOfPlace reports whether tokens [a, b) are lower-case adjectives
// and a place's name after «de», «du» or «d'»: «sportif de Nîmes».
func (p *parsed) adjectivesOfPlace(a, b int) bool {
	k := a
	for k < b && p.tags[k] == syntax.ADJ && !p.toks[k].Upper() {
		k++
	}
	if k == a || k+1 >= b || !lexis.InSet(p.toks[k].Fold, "de", "du", "d'") {
		return false
	}
	return gazetteer.Places[p.toks[k+1].Fold] || gazetteer.IsPlaceName(foldedWords(p.toks, k+1, b))
}

// ownerBeforePlace returns the name an earlier complement of the same
// noun phrase gives, when the name [a, b) is a place its last complement
// names («le baril de Brent de la mer du Nord», «l'usine Zorgon de
// Flins»); ok is false otherwise.
func (p *parsed) ownerBeforePlace(a, b, start int) (int, int, bool) {
	toks, tags := p.toks, p.tags
	if !gazetteer.Places[toks[a].Fold] && !gazetteer.IsPlaceName(foldedWords(toks, a, b)) || a < 2 || !lexis.InSet(toks[a-1].Fold, "de", "du", "d'", "des") {
		return 0, 0, false
	}
	for j := a - 2; j >= start && a-j <= 8; j-- {
		switch {
		case p.properNoun(j) && toks[j].Upper():
			na, nb, ok := p.nameAt(j)
			if !ok || gazetteer.Places[toks[na].Fold] {
				return 0, 0, false // (a city's name is many a brand's: "Brent")
			}
			if adj := nb; adj < a-1 && tags[adj] == syntax.ADJ && !toks[adj].Upper() {
				for adj < a-1 && tags[adj] == syntax.ADJ && !toks[adj].Upper() {
					adj++
				}
				if adj == a-1 {
					// «Le Cercle sportif de Nîmes»: a name with its
					// adjectives and its place, whole.
					return na, b, true
				}
			}
			return na, nb, true
		case lexis.InSet(toks[j].Fold, "de", "du", "d'", "des", "la", "le", "l'", "les") || tags[j] == syntax.NOUN || tags[j] == syntax.ADJ:
			continue
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// appositionBefore returns the comma that opens an apposition set off by
// commas right before verb v ("Starts of single-family homes, the largest
// part of the market, fell"): a determiner, then nouns, adjectives and
// prepositions to the comma before v, after a noun; -1 when there is none.
func (p *parsed) appositionBefore(v int) int {
	toks, tags := p.toks, p.tags
	for v > 0 && tags[v-1] == syntax.AUX && p.lang == "fr" {
		v-- // «Le marché américain, premier débouché…, a reculé»: the auxiliary of a compound tense
	}
	if v < 4 || toks[v-1].Text != "," {
		return -1
	}
	for c := v - 2; c >= 1 && v-c <= 9; c-- {
		switch {
		case toks[c].Text == ",":
			if c+1 < v-1 && tags[c+1] == syntax.DET && lexis.InSet(toks[c+1].Fold, "the", "a", "an", "le", "la", "l'", "un", "une") && (tags[c-1] == syntax.NOUN || tags[c-1] == syntax.PROPN) {
				return c
			}
			if c+2 < v-1 && rankOpening(toks[c+1].Fold) && tags[c+2] == syntax.NOUN && (tags[c-1] == syntax.NOUN || tags[c-1] == syntax.ADJ && !toks[c-1].Upper()) {
				// «Le marché américain, premier débouché de l'eau-de-vie
				// charentaise, a reculé»: an apposition that ranks the
				// noun phrase, without an article.
				return c
			}
			return -1
		case tags[c] == syntax.VERB || tags[c] == syntax.AUX || tags[c] == syntax.PRON || tags[c] == syntax.PUNCT || tags[c] == syntax.SCONJ || tags[c] == syntax.NUM ||
			tags[c] == syntax.PROPN || lexis.InSet(toks[c].Text, "'s", "’s"):
			// (not "Cloud revenue, the company's fastest-growing business,
			// jumped": an apposition that names its owner says whose)
			return -1
		}
	}
	return -1
}

// relativeAppositionBefore returns the comma that opens a relative clause
// set off by commas right before verb v, after a name or a noun («Air
// France, qui assure l'essentiel des liaisons intérieures, a supprimé",
// "Delta, which flies most domestic routes, cancelled"): the subject is
// the relative's antecedent, not a noun of its own; -1 when there is none.
func (p *parsed) relativeAppositionBefore(v int) int {
	toks, tags := p.toks, p.tags
	for v > 0 && (tags[v-1] == syntax.AUX || tags[v-1] == syntax.ADV && toks[v-1].Text != ",") {
		v-- // "has cancelled", «a supprimé»
	}
	if v < 5 || toks[v-1].Text != "," {
		return -1
	}
	for c := v - 2; c >= 1 && v-c <= 25; c-- {
		if toks[c].Kind == lexis.Punct && toks[c].Text != "'" && toks[c].Text != "-" && toks[c].Text != "," || tags[c] == syntax.SCONJ || lexis.InSet(toks[c].Fold, "que", "qu'", "that") {
			return -1 // (not "…, qui a rappelé que sa formation, dotée de…": a clause inside)
		}
		if toks[c].Text != "," {
			continue
		}
		if c+2 < v-1 && lexis.InSet(toks[c+1].Fold, "qui", "which", "who") && (tags[c-1] == syntax.NOUN || tags[c-1] == syntax.PROPN || p.properNoun(c-1) ||
			c >= 2 && tags[c-1] == syntax.ADJ && tags[c-2] == syntax.NOUN) && !p.inDate(c-1) {
			return c
		}
		if !lexis.InSet(lexis.FoldAt(toks, c+1), "a", "à", "au", "aux", "et", "and", "to", "or", "ou") {
			return -1 // (but «qui relient la cité à l'Italie, à l'Irlande et à la Pologne,»: a list inside)
		}
	}
	return -1
}

// rankOpening reports whether w opens an apposition that ranks what it
// follows, without an article: «premier débouché», «principal client»,
// "top market".
func rankOpening(w string) bool {
	return lexis.InSet(w, "premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "principal", "principale", "premiers", "premieres",
		"first", "top", "main", "largest", "biggest", "leading")
}

// participleAppositionBefore returns the comma that opens a participle's
// apposition set off by commas right before verb v ("The company's shares,
// listed in New York since March 2024, have risen 140%", «Le titre, coté
// depuis 2019, a gagné 4 %»), after a common noun; -1 when there is none.
func (p *parsed) participleAppositionBefore(v int) int {
	toks, tags := p.toks, p.tags
	if v < 4 || toks[v-1].Text != "," {
		return -1
	}
	for c := v - 2; c >= 1 && v-c <= 12; c-- {
		if toks[c].Text != "," {
			if c < v-2 && (tags[c] == syntax.AUX || tags[c] == syntax.PRON || tags[c] == syntax.SCONJ || toks[c].Kind == lexis.Punct && toks[c].Text != "-") {
				return -1
			}
			continue
		}
		if tags[c+1] == syntax.VERB && p.participleForm(c+1) && !toks[c+1].Upper() && tags[c-1] == syntax.NOUN && !toks[c-1].Upper() {
			for k := c + 2; k < v-1; k++ {
				if isVerb(tags[k]) && !p.participle(k) {
					return -1 // a clause of its own, not an apposition
				}
			}
			return c
		}
		return -1
	}
	return -1
}

// relativeBefore returns the relative pronoun of a clause that ends right
// before verb v, between its antecedent noun and v ("l'épisode qui a
// frappé l'Hérault et le Gard | s'est alourdi", "the storm that hit
// Herault | killed"), -1 when the words before v are no such clause.
func (p *parsed) relativeBefore(v, start int) int {
	toks, tags := p.toks, p.tags
	verb := -1 // the relative's own verb
	for j := v - 1; j >= start-1 && j > 0 && v-j <= 20; j-- {
		switch {
		case toks[j].Text == "," && verb < 0 && placeSetOff(toks, j) > 0:
			// «L'incendie qui s'est déclaré dimanche près du Luc, dans le
			// Var, a parcouru»: a place set off by commas, inside the
			// relative
			j = placeSetOff(toks, j)
		case toks[j].Kind == lexis.Punct && toks[j].Text != "'" && toks[j].Text != "-":
			return -1
		case tags[j] == syntax.VERB:
			verb = j
		case lexis.InSet(toks[j].Fold, "qui", "that", "which", "who"):
			if verb < 0 || lexis.FoldAt(toks, j-1) == "ce" || tags[j-1] != syntax.NOUN && tags[j-1] != syntax.PROPN && tags[j-1] != syntax.ADJ ||
				p.inDate(j-1) || lexis.InSet(toks[j-1].Fold, "today", "yesterday", "tonight", "aujourd'hui", "hier") {
				return -1 // ("ce qui", "said that prices rose", "announced today that it is exercising")
			}
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				if lexis.IsSpeechVerb(toks, k) {
					return -1 // "told reporters that the plan…": what is said, no relative
				}
			}
			for k := verb + 1; k < v; k++ {
				if tags[k] == syntax.NOUN || tags[k] == syntax.PROPN || tags[k] == syntax.DET {
					return j // the relative's verb has its object before v
				}
			}
			return -1
		}
	}
	return -1
}

// coordinatedSubject returns where a subject coordinated before the one
// read at token a starts, when the two open the clause of verb v together:
// "La France et l'Allemagne ont signé", "Northrop Grumman and EADS won",
// "La Grande-Bretagne et la communauté scientifique internationale
// fêtent", "Le gouvernement et les syndicats se sont rencontrés"; -1 when
// there is none. A French verb must agree in the plural.
func (p *parsed) coordinatedSubject(a, v, start int) int {
	toks, tags := p.toks, p.tags
	j := a
	for j > start && (tags[j-1] == syntax.DET || tags[j-1] == syntax.ADJ && !toks[j-1].Upper()) {
		j-- // the second's determiner and adjectives
	}
	if j-2 < start || !lexis.InSet(toks[j-1].Fold, "et", "and") {
		return -1
	}
	if p.lang == "fr" && !p.pluralVerb(v) {
		return -1 // "La France et l'Allemagne a…" is no French subject; "et" joins something else
	}
	first := start
	for first < j-1 && (lexis.InSet(toks[first].Fold, "mais", "but", "et", "and", "puis", "then") || p.inDate(first) || toks[first].Kind == lexis.Punct) {
		first++
	}
	if j-1-first > 8 || first >= j-1 {
		return -1
	}
	for k := first; k < j-1; k++ {
		if isVerb(tags[k]) || tags[k] == syntax.AUX || tags[k] == syntax.PRON || tags[k] == syntax.NUM || toks[k].Kind == lexis.Punct && toks[k].Text != "'" && toks[k].Text != "-" {
			return -1
		}
		if tags[k] == syntax.ADP && !p.properNoun(k) && !(tags[j] == syntax.DET && tags[first] == syntax.DET) {
			// "Sales of the iPhone and iPad rose": "and" joins inside the
			// complement (but «la police des chemins de fer et les
			// gendarmes locaux ont sécurisé»: two noun phrases, each with
			// its determiner)
			return -1
		}
	}
	return first
}

// pluralVerb reports whether the French verb v, or the auxiliary before it,
// is in the plural: "ont signé", "sont arrivés", "fêtent".
func (p *parsed) pluralVerb(v int) bool {
	toks := p.toks
	for k := v; k >= 0 && k >= v-3; k-- {
		f := toks[k].Fold
		if lexis.InSet(f, "ont", "sont", "avaient", "etaient", "auront", "seront", "vont", "doivent", "peuvent") || strings.HasSuffix(f, "ent") && len(f) > 4 && (p.tags[k] == syntax.VERB || p.tags[k] == syntax.AUX) {
			return true
		}
		if k < v && p.tags[k] != syntax.AUX && p.tags[k] != syntax.ADV && !lexis.InSet(f, "ne", "n'", "se", "s'", "pas") {
			break
		}
	}
	return false
}

// simpleSubjectBefore is subjectBefore without coordination.
func (p *parsed) simpleSubjectBefore(v, start int) (int, int, string) {
	toks, tags := p.toks, p.tags
	k := v - 1
	for k >= start && tags[k] == syntax.ADV {
		k--
	}
	if k-2 >= start && closingQuotes[toks[k].Text] {
		// «Animated adventure "Northern Lights" opened at the top»: a
		// title in quotation marks right before the verb, its words
		// capitalised, is the subject.
		for j := k - 1; j >= start && k-j <= 7; j-- {
			if openingQuotes[toks[j].Text] {
				if j+1 < k && toks[j+1].Upper() && toks[k-1].Kind == lexis.Word && (toks[k-1].Upper() || toks[k-1].Kind == lexis.Number) {
					return j + 1, k, fromClause
				}
				break
			}
		}
	}
	if k-3 >= start && toks[k].Text == ")" && toks[k-2].Text == "(" && !p.named[k-1] && !p.properNoun(k-3) {
		// «L'excédent brut d'exploitation (Ebitda) atteint»: the noun
		// phrase, not the abbreviation that follows it.
		return p.simpleSubjectBefore(k-2, start)
	}
	if k-2 >= start && toks[k].Text == "," && lexis.InSet(toks[k-1].Fold, "lui", "elle", "eux", "elles") && toks[k-2].Text == "," {
		k -= 3 // "Le titre Ventalis a, lui, gagné 3,4 %"
	}
	if f := toks[v].Fold; p.lang == "fr" && k > start && (strings.HasSuffix(f, "er") || strings.HasSuffix(f, "ir") || strings.HasSuffix(f, "re")) &&
		tags[k] == syntax.VERB && (k == 0 || tags[k-1] != syntax.AUX) && !toks[k].Upper() {
		// "Le gouvernement doit présenter", "Zorgon compte supprimer", «le
		// montant pourrait toutefois approcher»: the subject of the verb
		// the infinitive completes.
		return p.subjectBefore(k, start)
	}
	inf := v // the infinitive: the verb, or the auxiliary before it
	if k > start && lexis.InSet(toks[k].Fold, "avoir", "etre", "have", "be") {
		inf, k = k, k-1 // "d'avoir gagné", "to have won"
		for k > start+1 && p.inDate(k) && toks[k].Kind == lexis.Word {
			k-- // «a annoncé mardi avoir franchi»: the day the verb was said
		}
		if p.lang == "fr" && tags[k] == syntax.VERB && !p.participle(k) || tags[k] == syntax.VERB && lexis.IsSpeechVerb(toks, k) {
			// "a indiqué avoir collecté", "dit avoir enregistré": the
			// subject of the verb the infinitive completes.
			return p.subjectBefore(k, start)
		}
	}
	// "X defeated Boeing to win an order", "a décidé de supprimer", "a
	// décidé de se rendre": an infinitive's subject is its governing
	// verb's.
	frInf := strings.HasSuffix(toks[inf].Fold, "r") || strings.HasSuffix(toks[inf].Fold, "re")
	for p.lang == "fr" && frInf && k > start+1 && (objectClitics[toks[k].Fold] || lexis.InSet(toks[k].Fold, "se", "s'")) &&
		lexis.InSet(toks[k-1].Fold, "de", "d'", "pour", "sans") {
		k--
	}
	if k > start && (toks[k].Fold == "to" || lexis.InSet(toks[k].Fold, "de", "d'", "pour", "sans") && frInf) {
		// "allowed Ukraine to export", "a permis à l'Ukraine d'exporter":
		// the object of a verb of allowing or asking does what follows.
		if a, b, ok := p.nameAt(k - 1); ok && a > start {
			j := a - 1
			if j > start && (lexis.InSet(toks[j].Fold, "a", "l'", "la", "le") && toks[j].Text != "a") {
				j--
			}
			if j > start && toks[j].Fold == "a" && toks[j].Text == "à" {
				j--
			}
			if j >= start && controlVerb(toks[j].Fold) {
				return a, b, fromClause
			}
		}
		for j := k - 1; j >= start; j-- {
			if isVerb(tags[j]) && !p.participle(j) {
				return p.subjectBefore(j, start)
			}
		}
	}
	// "il devra trouver", "Apple wants to buy", "peut atteindre": a modal
	// verb right before an infinitive shares its subject; so does one
	// before an English gerund ("are expected to start delivering").
	k = v - 1
	infinitive := strings.HasSuffix(toks[v].Fold, "r") || p.lang == "fr" && strings.HasSuffix(toks[v].Fold, "re")
	for p.lang == "fr" && k > start && (objectClitics[toks[k].Fold] || lexis.InSet(toks[k].Fold, "se", "s'")) && infinitive {
		k-- // "devrait pouvoir en faire l'annonce": a clitic before the infinitive
	}
	if k > start && tags[k] == syntax.VERB && !p.participle(k) && (infinitive || p.lang != "fr" && strings.HasSuffix(toks[v].Fold, "ing")) {
		return p.subjectBefore(k, start)
	}
	k = v - 1
	// "The Government Accountability Office on June 18 called": a date
	// between the subject and its verb.
	for k > start && p.inDate(k) {
		for k > start && p.inDate(k) {
			k--
		}
		if k > start && p.tags[k] == syntax.ADP {
			k--
		}
	}
	if k-2 >= start && (toks[k].Fold == "part" && toks[k-2].Fold == "pour" || toks[k].Fold == "cote" && toks[k-2].Fold == "de") && lexis.InSet(toks[k-1].Fold, "sa", "son", "leur", "notre") {
		k -= 3 // «Nimbus Compute a pour sa part annoncé», «a de son côté annoncé»: an aside, no noun phrase of the clause
	}
	// Skip auxiliaries, adverbs, negations and clitics between the subject
	// and its verb ("a largement gagné", "n'a pas", "has also").
	// (and an adverbial of a preposition and an adverb: «a par ailleurs
	// annoncé», «a de nouveau», «a à nouveau»)
	for k >= start && (tags[k] == syntax.AUX && !p.named[k] || tags[k] == syntax.ADV || tags[k] == syntax.PART ||
		tags[k] == syntax.ADP && k+1 < v && tags[k+1] == syntax.ADV && k > start && tags[k-1] == syntax.AUX ||
		lexis.InSet(toks[k].Fold, "ne", "n'", "se", "s'", "l'", "lui", "leur", "y", "en", "a", "ont", "has", "have", "had")) {
		k--
	}
	if k > start && p.inDate(k) && k+1 < v && tags[k+1] == syntax.AUX {
		// "Apple today has introduced": a date before the auxiliary.
		for k > start && p.inDate(k) {
			k--
		}
		if k > start && p.tags[k] == syntax.ADP {
			k--
		}
	}
	if k-3 >= start && toks[k].Text == ")" && toks[k-2].Text == "(" && isAllCaps(toks[k-1].Text) && p.properNoun(k-3) && !lexis.IsSpeechVerb(toks, v) {
		if a, _, ok := p.nameAt(k - 3); ok && (a == start || a-1 == start && p.tags[a-1] == syntax.DET || a-2 == start && p.tags[a-2] == syntax.DET && p.tags[a-1] == syntax.NOUN) {
			// «Le groupe Vinexa (GVX) a dégagé»: the name its acronym in
			// brackets follows, when it opens the clause (not «Le taux au
			// sens du Bureau international du travail (BIT) a augmenté»,
			// nor a source: "the National Hurricane Center (NHC) said")
			k -= 3
		}
	}
	// "Signal, the encrypted messaging app, was downloaded": skip the
	// apposition back to its name.
	if k > start && toks[k].Text == "," {
		j := k - 1
		for j > start && (toks[j].Text != "," || numberComma(toks, j)) && k-j <= 15 {
			j--
		}
		for j > start && toks[j].Text == "," && p.properNoun(j-1) && p.listTail(j+1, k) && k-j <= 20 {
			// "who now live in Florida, Arizona and Tennessee,": the
			// comma is a list's; the apposition opens before it.
			for j--; j > start && (toks[j].Text != "," || numberComma(toks, j)) && k-j <= 20; j-- {
			}
		}
		if j > start && toks[j].Text == "," && p.tags[j-1] == syntax.NOUN && !p.properNoun(j-1) && p.relativeWithin(j+1, k) {
			// "The plaintiffs, 214 retired teachers who now live in
			// Florida…, sued": the noun the apposition and its relative
			// clause describe.
			k = j - 1
		} else if j > start && toks[j].Text == "," {
			// "Boeing's European rival, Airbus, is preparing", "its
			// index, the S&P 500, fell": the name set between commas
			// names the noun phrase before it.
			// (not the agent of a participle set off by commas: "Le
			// texte, porté par la ministre du Logement, Claire Vasseur,
			// prévoit…" is the bill's)
			agentPhrase := p.agentParticiple(j, start)
			if a, b, ok := p.nameAt(k - 1); ok && agentPhrase < 0 && (a == j+1 || a == j+2 && p.tags[j+1] == syntax.DET) && b == k && (p.tags[j-1] == syntax.NOUN || p.tags[j-1] == syntax.ADJ) {
				return a, b, fromClause
			}
			if a, b, ok := p.nameAt(k - 1); ok && agentPhrase < 0 && a == j+1 && b == k && b-a >= 2 && givenNameFirst(p.toks[a].Text) && p.properNoun(j-1) &&
				p.commonNounOpens(j, start) {
				// «Le candidat Les Républicains, Stéphane Leroux, a
				// remporté»: the person set between commas after a common
				// noun and the name it has, not that name.
				return a, b, fromClause
			}
			if a, b, ok := p.nameAt(k - 1); ok && agentPhrase < 0 && a == j+1 && b == k && p.roleBefore(j, start) {
				// "Le ministre de l'Intérieur, Gérald Darmanin, a
				// annoncé": the person a role names, not the name in
				// the role's complement.
				return a, b, fromClause
			}
			if agentPhrase > start {
				k = agentPhrase - 1
			} else if end := quotedNameEnd(p, j-1); p.nameEnds(end) || p.dateBetween(j, k) || p.incidental(j+1, k) ||
				relativePronouns[toks[j+1].Fold] && (p.tags[end] == syntax.NOUN || end < j-1) {
				// (and a relative clause set off by commas: "The Zorgville
				// plant, which employs 2,300 workers, will close")
				// (or "La participation au second tour, les 16 et 17
				// juin, a été de 51 %": a date set off by commas)
				// (and «Le navire « Horizon », affrété par une ONG»: the
				// name in quotation marks)
				k = end
			} else if a, b, ok := p.nameAt(k - 1); ok && toks[j-1].Text == ")" && a == j+1 && b == k {
				// "Le candidat des Républicains (LR), Jérôme Vuillemin, a
				// remporté": the name set between commas, after a common
				// noun phrase and its abbreviation in brackets.
				return a, b, fromClause
			} else if toks[j-1].Text == ")" {
				// "European Aeronautic Defence & Space NV (EADS), the
				// parent company of Airbus, has won": the abbreviation in
				// brackets after the name, as the article goes on to name it.
				if o := p.skipParenthesis(j - 1); o+2 == j-1 && o > start && p.properNoun(o-1) && p.properNoun(o+1) {
					k = o + 1
				}
			}
		}
	}
	if k > start && toks[k].Text == "." && !toks[k].Space && p.properNoun(k-1) {
		k-- // "Apple Inc. announced": the abbreviation's dot
	}

	if k < start {
		return 0, 0, ""
	}
	for q := k; q > start+1 && k-q < 8 && !isVerb(tags[q]) && tags[q] != syntax.AUX && toks[q].Kind != lexis.Punct; q-- {
		if lexis.InSet(toks[q].Fold, "de", "d'", "par", "by") && q < k && tags[q-1] == syntax.VERB && p.participleForm(q-1) &&
			(tags[q-2] == syntax.NOUN || tags[q-2] == syntax.PROPN) {
			// "Le premier des 28 Groupements composé de policiers et de
			// gendarmes sera installé": the noun the participle
			// qualifies, not its complement.
			k = q - 2
			break
		}
	}
	for q := k - 1; q > start && k-q < 6 && toks[q].Kind != lexis.Punct; q-- {
		if f := toks[q].Fold; tags[q] == syntax.VERB && (p.lang == "fr" && strings.HasSuffix(f, "ant") && len(f) > 5 && !notParticiples[f] || p.lang != "fr" && strings.HasSuffix(f, "ing") && !listParticiples[f]) &&
			(tags[q-1] == syntax.NOUN || (tags[q-1] == syntax.ADJ || tags[q-1] == syntax.VERB && p.participleForm(q-1)) && !toks[q-1].Upper()) {
			// «Un pont suspendu enjambant l'Aveyron s'est effondré»: the
			// noun the present participle qualifies, not its object.
			k = q - 1
			for k-1 > start && tags[k] != syntax.NOUN && (tags[k] == syntax.ADJ || tags[k] == syntax.VERB && p.participleForm(k)) {
				k--
			}
			break
		}
		if isVerb(tags[q]) || tags[q] == syntax.AUX {
			break
		}
	}
	if subjectPronouns[toks[k].Fold] || anaphors[toks[k].Fold] && tags[k] != syntax.NOUN && !(toks[k].Upper() && k > 0 && p.properNoun(k-1)) {
		// "il", "it", "cette dernière", "the latter" (not the end of
		// "Verdan Group", "Zorg Company": a name's).
		if p.impersonal(k) {
			return 0, 0, "" // "il y a", "il faut", "it is expected that": no one
		}
		return k, k + 1, fromPronoun
	}
	if a, b, ok := p.nameAt(k); ok && a >= start {
		switch {
		case a-2 >= start && toks[a-1].Fold == "in" && lexis.InSet(toks[a-2].Fold, "shares", "share", "stock", "stocks", "stake", "stakes") &&
			!gazetteer.Places[foldedWords(toks, a, b)] && !gazetteer.IsPlaceName(foldedWords(toks, a, b)):
			// (not "Orange shares in Paris rose": where they trade)
			// "Shares in Halden Foods fell 12%": the company's, which only
			// a company has (not a place's).
			return a, b, fromOwner
		case a-2 >= start && lexis.InSet(toks[a-1].Fold, "in", "at", "from", "near", "a", "en", "chez", "between", "entre", "with", "avec", "against", "contre") && tags[a-2] == syntax.NOUN && !p.properNoun(a-2):
			// "A federal jury in Boston convicted": the place qualifies
			// the noun phrase before it, which is the subject; so do
			// the names a noun's complement gives ("La grève chez
			// Zorgon a pris fin", "The meeting between Obama and Putin
			// took place").
			k = a - 2
		case a-2 >= start && (toks[a-1].Fold == "in" || toks[a-1].Text == "à") && gazetteer.Places[foldedWords(toks, a, b)] &&
			(p.properNoun(a-2) || tags[a-2] == syntax.NUM && a-3 >= start && p.properNoun(a-3)):
			// "the CAC 40 in Paris gained 1.6%", «le Dax à Francfort»:
			// the name the place locates is the subject.
			if na, nb, ok := p.nameAt(a - 2); ok && na >= start {
				return na, nb, fromClause
			}
			k = a - 2
		case a-4 >= start && lexis.InSet(toks[a-1].Fold, "en", "in", "au", "aux") && gazetteer.Places[foldedWords(toks, a, b)] && p.properNoun(a-2) &&
			func() bool {
				na, _, ok := p.nameAt(a - 2)
				return ok && na-1 > start && lexis.InSet(toks[na-1].Fold, "de", "d'", "du", "of") && tags[na-2] == syntax.NOUN
			}():
			// «Les ventes de Tesla en France ont chuté de 37 %», "Sales of
			// Tesla in Germany fell": the owner of what is measured, which
			// the place only locates.
			na, nb, _ := p.nameAt(a - 2)
			return na, nb, fromOwner
		case p.placeAfterNoun(a, start) >= 0:
			k = p.placeAfterNoun(a, start) // "Une tempête dans le Finistère a fait…", "A fire in the Alps killed…"
		case a-2 >= start && (lexis.InSet(toks[a-1].Fold, "de", "d'", "du", "of") || lexis.InSet(toks[a-1].Fold, "l'", "la", "le", "the") && lexis.InSet(lexis.FoldAt(toks, a-2), "de", "of")):
			// "Le tribunal correctionnel de Lyon a condamné", "le
			// ministère de l'Intérieur a compté": a body and its place
			// or domain are one subject.
			o := a - 1
			if !lexis.InSet(toks[o].Fold, "de", "d'", "du", "of") {
				o--
			}
			if h := p.climbOf(p.headEndingAt(o-1, start), start); o-1 >= start && !p.properNoun(o-1) && h >= 0 && (p.bodyNoun(h) || roleOf(toks[h]) != "" && (stateWords[toks[a].Fold] || portfolioAt(toks, a) && h <= start+2) || compassWords[toks[h].Fold] && !p.locating(h)) {
				// (and "le chef de l'Etat a nommé", "le président de la
				// République": the role, a person, not the state; "le
				// directeur de Zorgon" stays Zorgon's; "le sud de la
				// France": the region)
				n := h
				for n > start && (tags[n-1] == syntax.DET || tags[n-1] == syntax.ADJ) {
					n--
				}
				return n, b, fromGroup
			}
			return a, b, fromClause
		default:
			return a, b, fromClause
		}
	}
	if tags[k] == syntax.ADJ && !toks[k].Upper() {
		// "L'Assemblée nationale a adopté", "la Banque centrale européenne
		// a relevé": a name and the adjectives written after it.
		j := k
		for j > start && tags[j] == syntax.ADJ && !toks[j].Upper() {
			j--
		}
		if a, b, ok := p.nameAt(j); ok && a >= start && b == j+1 && p.placeAfterNoun(a, start) >= 0 {
			// "Une avalanche dans les Alpes françaises a causé": the place
			// qualifies the noun phrase before it, which is the subject.
			k = p.placeAfterNoun(a, start)
		} else if a, b, ok := p.nameAt(j); ok && a >= start && b == j+1 && !p.complementAt(a) {
			return a, k + 1, fromClause
		}
		if j > start && j < k && tags[j] == syntax.NOUN && toks[j].Upper() && tags[j-1] == syntax.DET && !p.complementAt(j) {
			// "La Banque centrale européenne": a capital after the
			// article is a name's, whatever the tagger read.
			return j, k + 1, fromClause
		}
	}
	if k == 0 && v == 1 && isVerb(tags[k]) && p.opensWithName && strings.HasSuffix(toks[k].Fold, "ing") {
		// "Boeing cut 12,000 jobs": a capitalised word in -ing opening the
		// sentence right before its verb, that the article never writes in
		// lower case, is a name the tagger read as a gerund ("Revenue
		// grew 14%" stays a noun: see below).
		return k, k + 1, fromClause
	}
	if k == start && tags[k] == syntax.VERB && !p.named[k] {
		// "Revenue grew 14%": two verbs in a row at the start of a clause;
		// the first is the noun the tagger misread.
		if anaphors[toks[k].Fold] {
			return k, k + 1, fromAnaphor
		}
		return k, k + 1, fromTopic
	}
	if p.lang != "fr" && tags[k] == syntax.NOUN {
		// "Boeing's contract to produce the aircraft expires": the noun
		// an infinitive completes, not the infinitive's object.
		j := k
		for j > start && k-j < 4 && (tags[j-1] == syntax.DET || tags[j-1] == syntax.ADJ || tags[j-1] == syntax.NOUN) && tags[j] != syntax.DET {
			j-- // (to the noun phrase's determiner: not "In a bid to save money the council closed")
		}
		if j-3 >= start && tags[j-1] == syntax.VERB && toks[j-2].Fold == "to" && tags[j-3] == syntax.NOUN {
			k = j - 3
		}
	}
	// A noun phrase: "l'application", "the company", "les salariés d'Opel",
	// "Apple's shares", "le taux de chômage".
	head := p.headEndingAt(k, start)
	if head < 0 {
		return 0, 0, ""
	}
	if p.timePhrase(head, start) {
		return 0, 0, "" // "Since its 1967 debut 5,700 737s have been delivered": a phrase of time, no subject
	}
	if anaphors[toks[head].Fold] && !p.namesAfter(head, k) && !p.indefiniteBefore(head, start) && !(head > start && lexis.InSet(toks[head-1].Fold, "les", "des", "ces", "these", "those")) {
		// (not «Les start-up françaises ont levé 6,1 milliards»: many, no
		// one entity named before)
		if a, b, ok := p.nameAt(head - 1); head > start && ok && b == head && a > start && tags[a-1] == syntax.DET && !gazetteer.Places[strings.TrimSuffix(toks[a].Fold, ".")] && thingAnaphors[toks[head].Fold] {
			// "The ZorgAd service will open on July 1": the name the
			// noun phrase gives the thing (not "the Paris company", "The
			// Star Alliance carrier", "the Bundesliga club": a company
			// named by what it belongs to).
			return a, b, fromName
		}
		return head, head + 1, fromAnaphor // (not "l'agence Moody's")
	}
	if lexis.InSet(toks[head].Fold, "party", "parti", "coalition") && head > start && head == k && lexis.InSet(toks[head-1].Fold, "le", "la", "the") {
		// "Le Rassemblement national a obtenu 31,4 %. Le parti a remporté
		// 30 sièges": the party named before (not "The opposition party").
		return head, head + 1, fromAnaphor
	}
	if p.bodyNoun(head) && !p.namesAfter(head, k) && p.climbOf(head, start) == head {
		// (not "Le gouverneur de la banque centrale a démissionné": the
		// governor)
		// "La cour d'assises spéciale de Paris a condamné", "The
		// Norwegian parliament approved", "A federal jury in Boston": a
		// body named by a common noun is the whole noun phrase, not the
		// place or the adjective that qualifies it.
		a := head
		for a > start && (tags[a-1] == syntax.DET || tags[a-1] == syntax.ADJ || p.properNoun(a-1) ||
			a-2 >= start && lexis.InSet(toks[a-1].Text, "'s", "’s") && p.properNoun(a-2)) {
			a-- // (and the name that owns it: "India's ruling party")
		}
		return a, k + 1, fromGroup
	}
	// "U.S. consumer prices rose", "UK inflation fell": a country that
	// opens the noun phrase of a measure is what it is about.
	owned := false // "Apple's UK iTunes store": the owner's, not the place's
	for j := head - 1; j >= start && head-j <= 6 && !owned; j-- {
		owned = lexis.InSet(toks[j].Text, "'s", "’s")
	}
	for j := head - 1; j >= start && head-j <= 5 && tags[j] != syntax.DET && !owned; j-- {
		if possessives[toks[j].Fold] || toks[j].Kind == lexis.Punct && toks[j].Text != "." && toks[j].Text != "-" || isVerb(tags[j]) {
			break // "Kestrel, the largest insurer in Finland, said its investments": the noun phrase ends there
		}
		// (nor a place a longer name opens with, "West Texas
		// Intermediate crude", nor the country before such a name,
		// "U.S. West Texas Intermediate crude")
		inName := j+1 < head && p.properNoun(j+1) && toks[j+1].Upper() && toks[j+1].Kind == lexis.Word
		if gazetteer.Demonyms[toks[j].Fold] && !inName && !(j+1 < len(toks) && toks[j+1].Upper()) {
			continue // "European stocks rallied": an adjective of a region, no name (not "European Union ambassadors")
		}
		if toks[j].Upper() && gazetteer.Places[strings.TrimSuffix(toks[j].Fold, ".")] && !(j == 0 && p.opensWithAdjective) && !(j > start && p.properNoun(j-1) && toks[j-1].Upper() && toks[j-1].Kind == lexis.Word && !gazetteer.Places[toks[j-1].Fold]) && !inName {
			// (not the country a name ends with: "Air France flight 447")
			a := j
			for a > start && j-a < 3 && toks[a-1].Upper() && toks[a-1].Kind == lexis.Word && gazetteer.Places[toks[a-1].Fold] {
				a-- // a place's name in several words: "European Union ambassadors", "New York police"
			}
			if a > 0 && possessives[toks[a-1].Fold] {
				break // "its UK bus division": the possessive's owner's, the place only where
			}
			return a, j + 1, fromName
		}
		if a := initialsAt(toks, j); a >= start && gazetteer.Places[initialsFold(toks, a, j)] && !inName {
			if a > 0 && possessives[toks[a-1].Fold] {
				break // "Its U.S. market share slipped": the possessive's owner's, the country only where
			}
			return a, j + 1, fromName // "U.S.", "U.K.", written letter by letter
		}
	}
	// "Pôle emploi recensait": a name that opens the noun phrase.
	nameEnd := head // the token after the name before the head ("Kestrel-2 probe": the name's number too)
	if head-3 >= start && tags[head-1] == syntax.NUM && toks[head-2].Text == "-" && !toks[head-2].Space && !toks[head-1].Space && p.properNoun(head-3) {
		nameEnd = head - 2
	}
	for j := head - 1; j >= start && head-j <= 3; j-- {
		if p.properNoun(j) && j+1 == head && toks[j].Upper() && ownedMeasures[toks[head].Fold] && !(j == 0 && p.initialOnly && p.lang == "en" && englishCommonNoun(toks[0].Fold) && !lexis.InSet(toks[head].Fold, "shares", "stock", "stocks")) {
			// (not "Condo sales in the Greater Toronto Area totalled": a
			// noun the sentence opens with, which no name of the set is;
			// but "Orange shares in Paris rose": only a company has shares)
			return j, head, fromOwner // "Tesla shares fell 12%": Tesla's
		}
		if j == 0 && (head == 1 && p.initialOnly && englishCommonNoun(toks[0].Fold) || head == 2 && p.opensWithAdjective && englishCommonNoun(toks[1].Fold)) && p.lang == "en" && !toks[head].Upper() &&
			head+2 < len(toks) && lexis.InSet(toks[head+1].Fold, "in", "at", "from") && (p.properNoun(head+2) || toks[head+2].Fold == "the" && p.properNoun(head+3)) {
			break // "Cocoa grindings in Asia fell 4.8%", "New condo sales in the Greater Toronto Area": a noun the sentence opens with, no name, before the name of where
		}
		if p.properNoun(j) && (j+1 == head || j+1 == nameEnd) && toks[j].Upper() {
			a := j
			for a > start && head-a < 4 && (p.properNoun(a-1) || tags[a-1] == syntax.ADJ) && toks[a-1].Upper() && toks[a-1].Kind == lexis.Word {
				a-- // "its Falcon Heavy rocket", "Artemis II mission", "European Union ambassadors": the whole name
			}
			if (owned || a > 0 && possessives[toks[a-1].Fold]) && gazetteer.Places[strings.TrimSuffix(toks[a].Fold, ".")] {
				break // "Zorgon's UK music store", "its UK bus division": the owner's
			}
			if p.lang != "fr" && head+1 <= k && tags[head+1] == syntax.NOUN {
				// "Airbus employee reduction would be about 5,000": the name
				// owns a compound whose head is further on, not "Airbus
				// employee".
				return a, j + 1, fromOwner
			}
			return a, head + 1, fromName
		}
		if tags[j] == syntax.DET {
			break
		}
	}
	// "Scientists at CERN announced", "Sales at Zorgon rose": the
	// organisation a plural noun's people or things are at.
	if j := head + 1; j+1 < v && lexis.InSet(toks[j].Fold, "at", "from", "chez") && strings.HasSuffix(toks[head].Fold, "s") {
		if a, b, ok := p.nameAt(j + 1); ok && b <= v {
			for b < v && p.properNoun(b) {
				b++ // "Scientists at Zorgon University": the whole name
			}
			if groupNouns[toks[head].Fold] || p.bodyNoun(head) {
				return a, b, fromGroup // (the scientists are no measure)
			}
			return a, b, fromOwner
		}
	}
	// The owner of the head: "d'Opel", "of Apple", "Apple's", "Shares in
	// Brennan's parent group".
	for j := head + 1; j <= k; j++ {
		if (lexis.InSet(toks[j].Fold, "de", "d'", "du", "of") || toks[j].Fold == "in" && lexis.InSet(toks[head].Fold, "shares", "stake", "stakes", "stock")) && j+1 <= k {
			if a, b, ok := p.nameAt(j + 1); ok {
				for b < k+1 && p.properNoun(b) {
					b++
				}
				return a, b, fromOwner
			}
		}
	}
	for j := head - 1; j >= start && head-j <= 3; j-- {
		if toks[j].Text == "'s" || toks[j].Text == "’s" || toks[j].Text == "'" {
			if a, b, ok := p.nameAt(j - 1); ok {
				return a, b, fromOwner
			}
		}
	}
	if groupNouns[toks[head].Fold] && p.namesAfter(head, k) {
		// "The opposition Civic Renewal movement called the vote": the
		// name the common noun introduces.
		for j := head + 1; j <= k; j++ {
			if a, b, ok := p.nameAt(j); ok && p.properNoun(j) && b <= k+1 {
				return a, b, fromClause
			}
		}
	}
	if groupNouns[toks[head].Fold] && !superlativeScope(toks, head) {
		// (not «Le carburant le plus vendu du pays»: the set the
		// superlative ranks among)
		// "le gouvernement français", "les ménages", "Congressional
		// lawmakers": a body or a group of people named by a common noun.
		a := head
		for a > start && (tags[a-1] == syntax.DET || tags[a-1] == syntax.ADJ || p.properNoun(a-1) && tags[a-1] != syntax.DET) {
			a--
		}
		b := head + 1
		for b <= k && tags[b] == syntax.ADJ {
			b++
		}
		return a, b, fromGroup
	}
	// "Revenue grew 14%", "le chiffre d'affaires a progressé": a measure
	// with no owner is the article's organisation's.
	return head, head + 1, fromTopic
}

// namesAfter reports whether a name stands in tokens (h, k]: "l'agence
// Moody's", "le gouvernement Ayrault", whose name is the subject.
func (p *parsed) namesAfter(h, k int) bool {
	for j := h + 1; j <= k; j++ {
		if p.properNoun(j) && !lexis.InSet(lexis.FoldAt(p.toks, j-1), "de", "d'", "du", "des", "of", "in", "en", "a") {
			return true
		}
	}
	return false
}

// bodyName reports whether the name d is a body's: one of its words is
// one of bodyNouns ("Supreme Court", "Ministry of Defence", "le Conseil
// d'État"), so that "the company" never stands for it.
func bodyName(d string) bool { return nameHoldsAny(d, bodyNouns) }

// publicBodyName reports whether name d is a public body's: a bodyName, or
// an agency's ("the European Medicines Agency", "the Food and Drug
// Administration"), which "the company" does not stand for.
func publicBodyName(d string) bool { return bodyName(d) || nameHoldsAny(d, agencyNouns) }

// centralBankName reports whether name d is a central bank's: "Bank of
// England", «Banque de France», "European Central Bank", "Federal
// Reserve", "Reserve Bank of India". Sterling, gilt yields and inflation
// in an article about one are not its figures.
func centralBankName(d string) bool {
	words := strings.Fields(lexis.Fold(d))
	bank, central := false, false
	for i, w := range words {
		switch w {
		case "bank", "banque":
			bank = true
			if i+2 < len(words) && lexis.InSet(words[i+1], "of", "de", "du", "d'") && gazetteer.Countries[strings.Join(words[i+2:], " ")] {
				central = true
			}
		case "central", "centrale", "reserve":
			central = true
		}
	}
	return bank && central || strings.Contains(lexis.Fold(d), "federal reserve")
}

// agencyNouns head the names of public agencies.
var agencyNouns = lexis.SetOf("agency", "agence", "administration", "authority", "autorite", "inspectorate", "union", "unions", "syndicat", "federation", "confederation")

// nameHoldsAny reports whether one of the words of name d, folded and
// stripped of punctuation, is in words.
func nameHoldsAny(d string, words map[string]bool) bool {
	for _, w := range strings.Fields(d) {
		if words[lexis.Fold(strings.Trim(w, ".,;:'’\"«»()"))] {
			return true
		}
	}
	return false
}

// openingQuotes and closingQuotes open and close a title in quotation
// marks («"Northern Lights"», «« Le Roi »», "'Dune'").
var (
	openingQuotes = lexis.SetOf("\"", "“", "«", "'", "‘")
	closingQuotes = lexis.SetOf("\"", "”", "»", "'", "’")
)

// workNouns name a work with a title: a film, a book, a show, a game.
var workNouns = lexis.SetOf("film", "movie", "picture", "book", "novel", "album", "song", "single", "show", "series", "play",
	"musical", "game", "documentary", "sequel", "opera", "exhibition", "livre", "roman", "chanson", "spectacle", "serie",
	"piece", "jeu", "documentaire", "suite", "exposition")

// courtName reports whether a name is a court's or a prosecutor's («le
// tribunal de Poitiers», "the Supreme Court", «le parquet de Paris»): it
// judges what others did and counts nothing of its own, so the figures an
// article about a trial gives are not its.
func courtName(d string) bool { return nameHoldsAny(d, courtNouns) }

// courtNouns name a court or a prosecutor.
var courtNouns = lexis.SetOf("tribunal", "court", "cour", "parquet", "prosecutors", "jury")

// adverbialBefore returns the length of the French adverbial locution
// that ends right before token k («en revanche», «en effet», «par
// ailleurs», «de son côté»), 0 when none.
func adverbialBefore(toks []lexis.Token, k int) int {
	if k < 2 {
		return 0
	}
	a, b := toks[k-2].Fold, toks[k-1].Fold
	switch {
	case a == "en" && lexis.InSet(b, "revanche", "effet", "outre", "fait", "moyenne", "partie", "hausse", "baisse") && k < len(toks) && toks[k].Kind == lexis.Word:
		return 2
	case a == "par" && lexis.InSet(b, "ailleurs", "contre", "exemple"):
		return 2
	case a == "de" && lexis.InSet(b, "plus", "meme", "nouveau"):
		return 2
	case k >= 3 && lexis.InSet(toks[k-3].Fold, "de", "pour") && lexis.InSet(a, "son", "sa", "leur") && lexis.InSet(b, "cote", "part"):
		return 3
	}
	return 0
}

// bodyNouns name a body of people that acts as one, by a common noun.
var bodyNouns = lexis.SetOf("gouvernement", "government", "parlement", "parliament", "senat", "senate", "congres", "congress",
	"ministere", "ministry", "tribunal", "court", "cour", "commission", "conseil", "council", "jury", "assemblee",
	"assembly", "cabinet", "comite", "committee", "prefecture", "mairie", "regulateur", "regulator",
	"parquet", "prosecutors", "procureurs", "pompiers", "sapeurs-pompiers", "gendarmes", "gendarmerie", "policiers", "police",
	"firefighters", "secours", "military", "army", "armee", "navy", "troops", "troupes", "soldiers", "soldats", "rebels", "rebelles",
	"party", "parti", "coalition", "opposition")

// locating reports whether the noun at h opens a phrase that locates
// something else ("située à 20 km à l'est de Zorgville", "to the north of").
func (p *parsed) locating(h int) bool {
	k := h - 1
	if k >= 0 && p.tags[k] == syntax.DET {
		k--
	}
	return k >= 0 && lexis.InSet(p.toks[k].Fold, "a", "au", "to", "in", "vers", "towards")
}

// bodyNoun reports whether the noun at h names a body: one of bodyNouns,
// or a central bank ("the French central bank", "la banque centrale
// zorgienne"), which is no company a later "the bank" stands for.
func (p *parsed) bodyNoun(h int) bool {
	if p.lang != "fr" && h+1 < len(p.toks) && p.tags[h+1] == syntax.NOUN {
		// "Central bank reserves", "Government bond yields": the
		// compound's head is another ("The opposition party" is one).
		return p.bodyNoun(h + 1)
	}
	if bodyNouns[p.toks[h].Fold] {
		return true
	}
	if !lexis.InSet(p.toks[h].Fold, "bank", "banque") {
		return false
	}
	return h > 0 && lexis.InSet(p.toks[h-1].Fold, "central", "centrale") || lexis.InSet(lexis.FoldAt(p.toks, h+1), "central", "centrale")
}

// groupNouns name a body or a group of people that can be a claim's
// subject without a proper name.
var groupNouns = lexis.SetOf("gouvernement", "government", "entreprises", "companies", "firms", "menages", "households",
	"habitants", "residents", "inhabitants", "armee", "army", "forces", "police", "manifestants", "protesters",
	"protestors", "demonstrators", "syndicats", "unions", "banques", "banks", "parlement", "parliament", "senat",
	"senate", "congres", "congress", "lawmakers", "legislators", "deputes", "senateurs", "senators", "ministere",
	"ministry", "tribunal", "court", "cour", "commission", "conseil", "council", "electeurs", "voters", "salaries",
	"employees", "travailleurs", "workers", "etudiants", "students", "eleves", "pupils", "candidats", "candidates",
	"population", "citoyens", "citizens", "investisseurs", "investors", "analystes", "analysts", "consommateurs",
	"consumers", "clients", "customers", "constructeur", "manufacturer", "regulateur", "regulator", "autorites",
	"authorities", "rebelles", "rebels", "insurges", "insurgents", "troupes", "troops", "soldats", "soldiers",
	"pompiers", "firefighters", "secours", "rescuers", "medecins", "doctors", "chercheurs", "researchers",
	"scientifiques", "scientists", "astronomes", "astronomers", "juges", "judges", "jury", "opposition", "majorite",
	"majority", "gauche", "droite", "centre-left", "centre-right", "center-left", "center-right", "far-right", "far-left",
	"centre-gauche", "centre-droit", "famille", "family", "victimes", "victims", "passagers", "passengers",
	"agriculteurs", "farmers", "enseignants", "teachers", "fonctionnaires", "officials", "responsables",
	"dirigeants", "leaders", "ministres", "ministers", "pays", "countries", "etats", "states", "villes", "cities",
	"communes", "municipalities", "region", "regions", "coalition", "alliance", "equipe", "team", "club", "societes",
	"compagnies", "groupes", "operateurs", "operators", "exploitants", "constructeurs", "carmakers", "producteurs",
	"producers", "hopitaux", "hospitals", "ecoles", "schools", "universites", "universities", "airlines")

// headEndingAt returns the head noun of the noun phrase that ends at token
// k (its first noun: "taux" in "le taux de chômage"), -1 when none.
func (p *parsed) headEndingAt(k, start int) int { return p.nounHead(k, start, false) }

// nounHead returns the head noun of the noun phrase that ends at token k:
// its first noun, or with compound the last noun of the first run of nouns
// in English ("U.S. consumer prices" → "prices", as a measure).
func (p *parsed) nounHead(k, start int, compound bool) int {
	tags := p.tags
	head := -1
	adp := false // a preposition between the noun at j and the head
	for j := k; j >= start && k-j < 8; j-- {
		// (an English compound's head is its last noun: "the 10-year
		// Treasury note", "its market share"; "the number of jobs" is the
		// number's)
		if tags[j] == syntax.NOUN && !(compound && p.lang == "en" && head >= 0 && !adp) {
			head, adp = j, false
		}
		if tags[j] == syntax.ADP && head >= 0 {
			adp = true
		}
		if p.lang == "en" && !compound && tags[j] == syntax.DET && j-2 >= start && tags[j-1] == syntax.ADP && tags[j-2] == syntax.NOUN &&
			lexis.InSet(p.toks[j-1].Fold, "in", "at", "for", "on") && publicMeasures[p.toks[j-2].Fold] {
			// "Turnout in the 2021 election was 46.6%": the public
			// measure the phrase of the preposition completes.
			head = j - 2
			break
		}
		if tags[j] == syntax.DET || p.clauseBreak(j) || isVerb(tags[j]) && (!p.participle(j) || j+1 < len(tags) && (tags[j+1] == syntax.NUM || tags[j+1] == syntax.DET)) ||
			tags[j] == syntax.CCONJ && j+1 <= k && tags[j+1] == syntax.NUM {
			// (and "Police arrested 120 protesters": a verb and its
			// object, no participle; "… and 40 were injured": a count of
			// its own)
			break
		}
	}
	return head
}

// subjectHead returns the head noun of the clause's subject before verb v
// when it is a common noun phrase ("les impôts augmenteront", "Revenue
// grew", "les salariés d'Opel"), -1 otherwise.
// nationalGroup returns the noun phrase at head a when it names a nation's
// companies or people in the plural ("Chinese brands", «les marques
// chinoises», "South Korean yards", "French consumers"), "" otherwise.
func (x *extractor) nationalGroup(p *parsed, a int) string {
	toks := p.toks
	if p.tags[a] != syntax.NOUN || toks[a].Upper() || !strings.HasSuffix(toks[a].Fold, "s") && !strings.HasSuffix(toks[a].Fold, "x") {
		return "" // (a plural: "Chinese brands", "French consumers", not "the Chinese market")
	}
	st, end, nation := a, a+1, false
	for st > 0 && p.tags[st-1] == syntax.ADJ || st > 0 && isNationality(toks[st-1].Fold) {
		st--
		nation = nation || isNationality(toks[st].Fold)
	}
	for end < len(toks) && p.tags[end] == syntax.ADJ && !toks[end].Upper() {
		nation = nation || isNationality(toks[end].Fold)
		end++
	}
	if !nation {
		return ""
	}
	if st > 0 && p.tags[st-1] == syntax.DET {
		st--
	}
	return strings.TrimSpace(x.art.Text[toks[st].Start:toks[end-1].End])
}

// raisingWords say how likely what an infinitive after them tells is:
// "is forecast to rise", "are expected to fall", "is set to reach".
var raisingWords = lexis.SetOf("forecast", "expected", "projected", "set", "likely", "unlikely", "due", "estimated", "predicted", "poised", "tipped", "seen", "bound", "certain", "sure")

func (p *parsed) subjectHead(v, start int) int {
	k := v - 1
	for k >= start {
		if p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV || p.tags[k] == syntax.PART || lexis.InSet(p.toks[k].Fold, "se", "s'", "ne", "n'", "y") ||
			p.lang != "fr" && k == v-1 && lexis.InSet(p.toks[k].Fold, "have", "has", "had") {
			k-- // (and the clitics: "La participation s'est établie à 58,6 %"; and "have" the tagger read as a verb before "risen")
			continue
		}
		if p.lang == "fr" && p.tags[k] == syntax.VERB && frenchAuxiliaries[p.toks[k].Fold] && hasAnySuffix(p.toks[v].Fold, "er", "ir", "re") {
			k-- // «le coût des dégâts pourrait dépasser»: the modal the infinitive completes
			continue
		}
		if p.lang != "fr" && k >= 2 && k+1 < v && p.toks[k+1].Fold == "to" && raisingWords[p.toks[k].Fold] && lexis.InSet(p.toks[k-1].Fold, "is", "are", "was", "were", "be", "been", "seems", "looks") {
			k -= 2 // "Tanvar's rice harvest is forecast to rise": the subject the infinitive's forecast is of
			continue
		}
		if n := adverbialBefore(p.toks, k+1); n > 0 && k-n+1 > start {
			k -= n // «Le nombre de blessés a en revanche progressé»: a locution of two words, no noun
			continue
		}
		if k+1 < v && adverbialBefore(p.toks, k+2) == 2 && k > start {
			k-- // («a par ailleurs progressé»: its second word, an adverb, was passed)
			continue
		}
		break
	}
	if k-3 >= start && p.toks[k].Text == ")" && p.toks[k-2].Text == "(" && (p.tags[k-3] == syntax.NOUN || p.tags[k-3] == syntax.ADJ) && !p.toks[k-3].Upper() {
		k -= 3 // «L'excédent brut d'exploitation (Ebitda) atteint»: the noun its abbreviation follows
	}
	if k < start {
		return -1
	}
	if p.tags[k] == syntax.VERB && !p.named[k] && (k == start || p.lang == "en" && !p.participle(k) && (p.tags[k-1] == syntax.DET || p.tags[k-1] == syntax.ADJ || p.tags[k-1] == syntax.PROPN ||
		p.tags[k-1] == syntax.NOUN && (p.inDate(k-1) || k-1 == start && k+1 == v))) {
		// (and "Building permits rose": a noun and a verb that opening a
		// clause right before its verb make a compound)
		// (and "its third-quarter revenue fell": after a period's compound)
		return k // "Revenue grew", "The Treasury yield fell": a noun misread as a verb before the verb
	}
	if p.toks[k].Text == "," {
		// "La participation au second tour, les 16 et 17 juin, a été de
		// 51 %": a date set between commas.
		j := k - 1
		for j > start && p.toks[j].Text != "," && (p.inDate(j) || p.tags[j] == syntax.ADV) {
			j-- // (and an adverb set off by commas: "Youth unemployment, however, remained")
		}
		if j > start+1 && p.toks[j].Text != "," {
			// "Cloud revenue, the company's fastest-growing business,
			// jumped 31%": past an apposition that opens on a determiner
			// or a possessive, the common noun it qualifies.
			m := k - 1
			for m > start && (p.toks[m].Text != "," || decimalComma(p.toks, m)) {
				m-- // (past «3,4 millions»: a number's comma)
			}
			// (and a participle's apposition: "The company's shares, listed
			// in New York since March 2024, have risen")
			// (and a French relative clause set off by commas, «Le
			// chiffre d'affaires du groupe, dont le siège se trouve aux
			// Epesses, a atteint», and a French apposition with no
			// determiner, «Le prix du fioul, combustible le plus utilisé
			// en Bretagne, est monté»; not "The broader U-6 measure of
			// unemployment, which includes…, rose": its head, «measure»,
			// says nothing)
			base := m - 1
			if m > start+2 && p.lang == "en" && p.properNoun(base) {
				// "Sales in China, its biggest market, fell": the noun the
				// place completes, before it
				q := base
				for q > start && (p.properNoun(q) || p.tags[q] == syntax.DET) {
					q--
				}
				if q > start && lexis.InSet(p.toks[q].Fold, "in", "at", "to", "from") && p.tags[q-1] == syntax.NOUN && !p.named[q-1] && (!p.toks[q-1].Upper() || q-1 == start) {
					base = q - 1
				}
			}
			if m > start && p.toks[m].Text == "," && m+1 < k && (p.lang == "en" && (p.tags[m+1] == syntax.DET || lexis.InSet(p.toks[m+1].Fold, "its", "their", "his", "her") || p.toks[m+1].Fold == "which" && (m == 1 && glossedNoun(p.lang, p.toks) || base < m-1)) ||
				p.tags[m+1] == syntax.VERB && p.participleForm(m+1) && !p.toks[m+1].Upper() ||
				p.lang == "fr" && p.toks[m+1].Kind == lexis.Word && !p.toks[m+1].Upper() && !lexis.InSet(p.toks[m+1].Fold, "et", "ou", "mais", "ni")) &&
				(p.tags[base] == syntax.NOUN && (!p.toks[base].Upper() || base < m-1) || m-1 == start && start == 0 && glossedNoun(p.lang, p.toks)) && !p.named[base] {
				if h := p.nounHead(base, start, true); h >= 0 && !p.properNoun(h) {
					if p.lang == "fr" {
						return p.climbOf(h, start) // («Le budget de la région, qui compte…»: the budget)
					}
					return h
				}
			}
		}
		if j <= start || j == k-1 || p.toks[j].Text != "," {
			return -1 // "Reality Labs, the division…, lost": a name's figure
		}
		k = j - 1
	}
	for q := k; q > start+1 && k-q < 8 && !isVerb(p.tags[q]) && p.tags[q] != syntax.AUX && p.toks[q].Kind != lexis.Punct; q-- {
		if lexis.InSet(p.toks[q].Fold, "par", "by") && q < k && p.tags[q-1] == syntax.VERB && p.participleForm(q-1) && p.tags[q-2] == syntax.NOUN {
			// «Le nombre d'homicides enregistrés par la police a
			// atteint», "The number of homicides recorded by police
			// reached": the noun the participle qualifies, not its agent.
			k = q - 2
			break
		}
	}
	h := p.nounHead(k, start, true)
	if h >= 0 && p.timePhrase(h, start) {
		return -1
	}
	if h >= 0 && (p.properNoun(h) || anaphors[p.toks[h].Fold]) {
		// "Revenue at Zorgon rose", "Sales at the Zorgon group fell": the
		// noun a place of business completes, not the business.
		j := h
		for j > start && (p.properNoun(j) || p.tags[j] == syntax.DET || p.tags[j] == syntax.PROPN || p.tags[j] == syntax.NOUN && j == k) {
			j--
		}
		if j > start && (lexis.InSet(p.toks[j].Fold, "at", "chez") || anaphors[p.toks[h].Fold] && lexis.InSet(p.toks[j].Fold, "of", "de", "d'", "du")) {
			// (and "Shares of the company closed up 3.1%", "Les ventes du
			// groupe ont reculé")
			if h2 := p.headEndingAt(j-1, start); h2 >= 0 {
				h = h2
			} else if j-1 == start && (p.tags[start] == syntax.VERB || p.tags[start] == syntax.PROPN) && !p.named[start] {
				h = start // "Revenue at Zorgon": a sentence's first noun the tagger misread
			}
		}
	}
	if h < 0 {
		// "The price for the iPhone has been reduced", "Shares of Apple
		// Inc. rose": the noun the named owner completes.
		j := k
		for j > start && (p.properNoun(j) || p.tags[j] == syntax.DET || p.tags[j] == syntax.PROPN || p.toks[j].Text == "." ||
			lexis.InSet(p.toks[j].Fold, "de", "d'", "of") && j+1 <= k && p.toks[j+1].Upper() && p.toks[j-1].Upper() && p.toks[j-1].Kind == lexis.Word) {
			j-- // (and a name's own «de»: «la Collectivité de Corse», "the Bank of Ghana")
		}
		if j > start && j < k && lexis.InSet(p.toks[j].Fold, "of", "for", "de", "d'", "du", "des", "at", "chez", "in", "en", "dans") {
			h = p.headEndingAt(j-1, start) // (and "Revenue at Zorgon rose", "Les ventes chez Zorgon", "Inflation in the eurozone fell")
			if h < 0 && j-1 == start && (p.tags[start] == syntax.VERB || p.tags[start] == syntax.PROPN) && !p.named[start] {
				h = start // "Revenue at Zorgon": a sentence's first noun the tagger misread
			}
		}
	}
	if h >= 0 && anaphors[p.toks[h].Fold] {
		return -1
	}
	return p.climbOf(h, start)
}

// climbOf returns the head of the noun phrase whose complement the noun at
// h heads: "Les coûts de réalisation de ce spectacle d'une durée…" →
// "coûts", "la participation au second tour" → "participation".
func (p *parsed) climbOf(h, start int) int {
	toks, tags := p.toks, p.tags
	for h > start {
		j := h - 1
		for j > start && (tags[j] == syntax.ADJ || tags[j] == syntax.DET || tags[j] == syntax.NUM || p.lang != "fr" && (tags[j] == syntax.NOUN && !toks[j].Upper() || tags[j] == syntax.PROPN || toks[j].Text == "-" ||
			lexis.InSet(toks[j].Text, "'s", "’s"))) {
			// (and a possessive inside the complement: "The yield on
			// Romania's 10-year bonds")
			j-- // (and an English compound's nouns: "Inflation in the euro area", "The yield on the 10-year Treasury note")
		}
		if j > start+1 && p.lang == "en" && lexis.InSet(toks[j].Fold, "outside", "beyond") && toks[j-1].Fold == "from" {
			j-- // "A comet from outside the solar system passed"
		}
		if j <= start || !lexis.InSet(toks[j].Fold, "de", "d'", "du", "des", "of", "au", "aux", "dans", "in", "en", "across") &&
			!(p.lang == "en" && toks[j].Fold == "from" && j+1 < len(toks) && lexis.InSet(toks[j+1].Fold, "outside", "beyond")) &&
			!(p.lang == "en" && lexis.InSet(toks[j].Fold, "on", "for", "at")) && !(p.lang == "fr" && toks[j].Fold == "sur") {
			return h // (and "The yield on the 10-year note", "Revenue for the quarter", "Cruise arrivals at the port of Belmar", "le projet de loi sur le logement": the noun the complement completes)
		}
		k := j - 1
		for k > start && (tags[k] == syntax.ADJ || toks[k].Kind == lexis.Number && len(toks[k].Text) == 4 && (toks[k].Text[:2] == "19" || toks[k].Text[:2] == "20")) {
			k-- // (and "Le budget 2025 de la ville": a year qualifying the noun)
		}
		if tags[k] == syntax.PROPN && k-2 > start && lexis.InSet(toks[k-1].Fold, "de", "d'", "of") && tags[k-2] == syntax.NOUN {
			k -= 2 // "Le baril de Brent de la mer du Nord": past the name the noun is of, to the noun
		}
		if tags[k] != syntax.NOUN {
			return h
		}
		h = k
	}
	return h
}

// adjectivesOnly reports whether tokens [i, j) are lower-case adjectives.
func (p *parsed) adjectivesOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if p.tags[k] != syntax.ADJ || p.toks[k].Upper() {
			return false
		}
	}
	return i < j
}

// complementAt reports whether the name at token a completes a noun or a
// preposition before it ("le berceau de l'Amérique française", "une
// avalanche dans les Alpes françaises").
func (p *parsed) complementAt(a int) bool {
	j := a - 1
	if j >= 0 && p.tags[j] == syntax.DET {
		j--
	}
	return j >= 0 && (lexis.InSet(p.toks[j].Fold, "de", "d'", "du", "des", "of") || p.tags[j] == syntax.ADP)
}

// dateBetween reports whether the words between the commas at tokens i
// and j are a date and nothing else ("les 16 et 17 juin", "on June 18").
func (p *parsed) dateBetween(i, j int) bool {
	dated := false
	for t := i + 1; t < j; t++ {
		switch {
		case p.inDate(t):
			dated = true
		case p.tags[t] != syntax.DET && p.tags[t] != syntax.ADP:
			return false
		}
	}
	return dated
}

// incidental reports whether the words from i to the comma at k are an
// incidental clause or phrase that can be skipped back to the noun it tells
// of: a participle's ("The first A380, made by Airbus, was delivered"), a
// relative clause ("The company, which employs 54,000 people, announced",
// "Le groupe, qui emploie 8 000 salariés, a annoncé") or a linking adverb
// ("The company, however, said").
func (p *parsed) incidental(i, k int) bool {
	if i >= k {
		return false
	}
	w := p.toks[i].Fold
	switch {
	case lexis.InSet(w, "which", "who", "whose", "qui", "dont", "however", "though", "pourtant", "cependant", "toutefois", "quant", "meanwhile", "also", "aussi", "lui", "elle"):
		return true
	case p.tags[i] == syntax.VERB && (p.lang == "en" && (lexis.EnglishParticiple(w) || w == "owned") ||
		p.lang == "fr" && lexis.FrenchParticiple(w) && !strings.HasSuffix(w, "ant")):
		return true
	case p.lang == "fr" && p.tags[i] == syntax.NOUN && !p.toks[i].Upper() && i > 0 && p.toks[i-1].Text == "," && i+1 < k && !lexis.InSet(p.toks[i+1].Fold, ",", "et", "ou"):
		// «Le prix du fioul, combustible le plus utilisé en Bretagne,
		// est…»: an apposition with no determiner (not a list's noun,
		// «composé de policiers, gendarmes, douaniers»)
		return true
	}
	return false
}

// adjectiveBefore reports whether the one-word name at tokens [a, b) is an
// adjective qualifying the noun after it ("the Norwegian parliament", "le
// gouvernement français", "Chinese banks"): a nationality, not an entity.
func (p *parsed) adjectiveBefore(a, b int) bool {
	return b == a+1 && b < len(p.toks) && p.tags[a] == syntax.ADJ && p.tags[b] == syntax.NOUN && !p.toks[b].Upper()
}

// initialsAt returns the first token of initials written with dots that end
// with the dot at token j ("U.S.", "U.K."), -1 when none.
func initialsAt(toks []lexis.Token, j int) int {
	a := j
	for a >= 1 && toks[a].Text == "." && len(toks[a-1].Text) == 1 && toks[a-1].Upper() && toks[a].Start == toks[a-1].End {
		a -= 2
	}
	if a == j || j-a < 4 {
		return -1
	}
	return a + 1
}

// initialsFold returns the initials of tokens [a, j) folded with their
// inner dots ("u.s").
func initialsFold(toks []lexis.Token, a, j int) string {
	var b strings.Builder
	for k := a; k < j; k++ {
		b.WriteString(toks[k].Fold)
	}
	return strings.TrimSuffix(b.String(), ".")
}

// timePhrase reports whether the noun at h is the head of a phrase of time
// that opens its clause at start ("Since its 1967 debut", "Après sa
// victoire"): no subject, nor what a figure after it measures.
func (p *parsed) timePhrase(h, start int) bool {
	toks, tags := p.toks, p.tags
	if h <= start || !lexis.InSet(toks[start].Fold, "since", "depuis", "after", "apres", "before", "avant", "during", "pendant") {
		return false
	}
	j := h - 1
	for j > start && (tags[j] == syntax.DET || tags[j] == syntax.ADJ || tags[j] == syntax.NUM || tags[j] == syntax.PRON) {
		j-- // (not a noun: "During the pandemic sales rose": the phrase ends at its first noun)
	}
	return j == start
}

// placeAfterNoun returns the common noun before the place name at token a
// that a preposition of place (and an article) sets after it: "Une
// avalanche dans les Alpes", "a federal jury in Boston" (not "Researchers
// at the University of Oxford": who they work for); -1 when none.
func (p *parsed) placeAfterNoun(a, start int) int {
	toks, tags := p.toks, p.tags
	q := a - 1
	if q > start && tags[q] == syntax.DET {
		q--
	}
	if q-1 >= start && lexis.InSet(toks[q].Fold, "dans", "in", "en", "near", "pres") && tags[q-1] == syntax.NOUN && !p.properNoun(q-1) {
		return q - 1
	}
	return -1
}

// impersonal reports whether the pronoun at k is an impersonal subject:
// "il y a", "il faut", "il s'agit", "il semble", "il est probable que", "it
// is expected that", "it is unclear whether", "it seems".
func (p *parsed) impersonal(k int) bool {
	toks := p.toks
	w, n := toks[k].Fold, lexis.FoldAt(toks, k+1)
	switch w {
	case "il":
		return lexis.InSet(n, "y", "faut", "fallait", "faudra", "faudrait", "semble", "semblait", "parait", "reste", "suffit", "s'agit", "s'agissait") ||
			n == "s'" && lexis.InSet(lexis.FoldAt(toks, k+2), "agit", "agissait", "agira") || // "Il s'agit du premier sous-marin…"
			lexis.InSet(n, "pleut", "neige", "gele", "fait") || // "il fait 38 degrés", weather
			lexis.InSet(n, "est", "etait", "a") && lexis.InSet(lexis.FoldAt(toks, k+2), "tombe", "plu", "neige", "gele") || // "il est tombé 150 mm de pluie"
			lexis.InSet(n, "est", "etait", "sera") && k+3 < len(toks) && p.tags[k+2] == syntax.ADJ && lexis.InSet(lexis.FoldAt(toks, k+3), "de", "d'", "que", "qu'")
	case "it":
		if lexis.InSet(n, "seems", "seemed", "appears", "appeared", "remains") {
			return true
		}
		return lexis.InSet(n, "is", "was", "will", "would") && k+3 < len(toks) && (p.tags[k+2] == syntax.ADJ || p.tags[k+2] == syntax.VERB || lexis.FoldAt(toks, k+2) == "be") &&
			(lexis.InSet(lexis.FoldAt(toks, k+3), "that", "whether", "to", "if", "how", "why", "when") || lexis.FoldAt(toks, k+2) == "be" && lexis.InSet(lexis.FoldAt(toks, k+4), "that", "whether", "to"))
	}
	return false
}

// roleBefore reports whether the noun phrase ending before token j opens
// with a role word ("le ministre de l'Intérieur", "Boeing's chief
// executive").
// foldedWords is the folded words of tokens [a, b) joined by single
// spaces, as the place list keys a name ("new york").
func foldedWords(toks []lexis.Token, a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].Fold)
	}
	return sb.String()
}

// commonNounOpens reports whether the phrase that ends before the comma
// at j opens on a determiner and a common noun ("le candidat", "the
// carmaker") a few words before it.
func (p *parsed) commonNounOpens(j, start int) bool {
	for k := j - 1; k > start && j-k <= 5; k-- {
		if p.tags[k] == syntax.NOUN && !p.toks[k].Upper() && p.tags[k-1] == syntax.DET {
			return true
		}
		if p.clauseBreak(k) || isVerb(p.tags[k]) {
			return false
		}
	}
	return start < j && p.tags[start] == syntax.DET && start+1 < j && p.tags[start+1] == syntax.NOUN && !p.toks[start+1].Upper()
}

func (p *parsed) roleBefore(j, start int) bool {
	for k := j - 1; k >= start && j-k <= 6; k-- {
		if roleOf(p.toks[k]) != "" {
			return true
		}
		if p.clauseBreak(k) || isVerb(p.tags[k]) {
			return false
		}
	}
	return false
}

// antecedent returns the name a relative clause starting at token start
// refers to ("WhatsApp, which…", "Opel, qui…").
func (p *parsed) antecedent(start int) (int, int, string) {
	k := start - 1
	if k < 0 || !lexis.InSet(p.toks[k].Fold, "which", "who", "qui", "that") {
		return 0, 0, ""
	}
	k--
	if k >= 0 && p.toks[k].Text == "," {
		k--
	}
	return p.antecedentAt(k, true)
}

// antecedentAt reads the antecedent of a relative clause whose pronoun
// follows token k (past its comma); located tells whether an apposition of
// place may be skipped.
func (p *parsed) antecedentAt(k int, located bool) (int, int, string) {
	if k < 0 {
		return 0, 0, ""
	}
	if a, b, ok := p.nameAt(k); ok {
		if a0 := p.locatedApposition(a); a0 >= 1 && located {
			// «la société Autocars Zorg, basée à Namur, qui emploie 85
			// salariés»: the name the apposition tells where it is.
			return p.antecedentAt(a0-1, false)
		}
		if h := p.qualifiedNoun(a); h >= 0 {
			// «L'exposition consacrée à Eugène Delacroix, qui s'est
			// achevée», "the exhibition devoted to Turner, which closed":
			// the noun the participle qualifies, not its complement.
			return h, h + 1, fromTopic
		}
		return a, b, fromClause
	}
	if k > 0 && p.toks[k].Kind == lexis.Number && p.toks[k-1].Kind == lexis.Word && isAllCaps(p.toks[k-1].Text) {
		return k - 1, k + 1, fromClause // "l'A 10 qui", "the M25, which": a road's or a model's code
	}
	if p.lang == "fr" && k >= 2 && p.tags[k] == syntax.ADJ && p.tags[k-1] == syntax.NOUN && !p.toks[k].Upper() {
		k-- // «Sa dette nette, qui s'élevait à…»: the noun the adjective follows
	}
	if p.tags[k] == syntax.NOUN {
		// "The order, which is believed to be worth $15 billion".
		if anaphors[p.toks[k].Fold] {
			return k, k + 1, fromAnaphor
		}
		return k, k + 1, fromTopic
	}
	return 0, 0, ""
}

// locatedApposition returns the comma that opens an apposition telling
// where the name at token a is ("…, based in Austin, Texas", «…, basée à
// Namur»), so that the name before it can be read; -1 when there is none.
func (p *parsed) locatedApposition(a int) int {
	toks := p.toks
	if a >= 2 && toks[a-1].Text == "," && p.tags[a-2] == syntax.PROPN {
		if a0, _, ok := p.nameAt(a - 2); ok {
			a = a0 // "based in Austin, Texas": the city before the region
		}
	}
	if a < 3 || !lexis.InSet(toks[a-1].Fold, "in", "at", "near", "a", "pres", "en") ||
		!lexis.InSet(toks[a-2].Fold, "based", "headquartered", "located", "installee", "installe", "basee", "base", "situee", "situe", "implantee", "implante") || toks[a-3].Text != "," {
		return -1
	}
	return a - 3
}

// whoseOwner returns the name a possessive relative pronoun opening the
// clause at start stands for: "Halvern, whose shares jumped", "Zorgon,
// dont le chiffre d'affaires a progressé".
func (p *parsed) whoseOwner(start int) (int, int, bool) {
	k := start
	if k < len(p.toks) && !lexis.InSet(p.toks[k].Fold, "whose", "dont") && k > 0 && lexis.InSet(p.toks[k-1].Fold, "whose", "dont") {
		k--
	}
	if k < 2 || k >= len(p.toks) || !lexis.InSet(p.toks[k].Fold, "whose", "dont") || p.toks[k-1].Text != "," {
		return 0, 0, false
	}
	if a, b, ok := p.nameAt(k - 2); ok {
		return a, b, ok
	}
	// «le Brésil, premier producteur mondial, dont la récolte», "Halvern,
	// Britain's biggest maker, whose shares": the name the apposition
	// describes.
	for j := k - 3; j > 0 && k-j <= 8; j-- {
		if isVerb(p.tags[j]) || p.tags[j] == syntax.AUX {
			break
		}
		if p.toks[j].Text == "," {
			if a, b, ok := p.nameAt(j - 1); ok && b == j {
				return a, b, ok
			}
			break
		}
	}
	return 0, 0, false
}

// whoseNoun returns the first and last tokens of the noun phrase, of common
// nouns, that "whose" or «dont» at the clause start stands for («Les vélos
// cargo, dont les ventes…»); -1, -1 when it stands for no such phrase.
func (p *parsed) whoseNoun(start int) (int, int) {
	toks := p.toks
	k := start
	if k < len(toks) && !lexis.InSet(toks[k].Fold, "whose", "dont") && k > 0 && lexis.InSet(toks[k-1].Fold, "whose", "dont") {
		k--
	}
	if k < 2 || k >= len(toks) || !lexis.InSet(toks[k].Fold, "whose", "dont") || toks[k-1].Text != "," {
		return -1, -1
	}
	h := k - 2
	if !(p.tags[h] == syntax.NOUN || p.tags[h] == syntax.ADJ && h > 0 && p.tags[h-1] == syntax.NOUN) || toks[h].Upper() && h > 0 || p.named[h] || toks[h].Kind != lexis.Word {
		return -1, -1 // (and a noun an adjective qualifies: «Les vélos cargo»)
	}
	first := h
	for first > 0 && (p.tags[first-1] == syntax.NOUN || p.tags[first-1] == syntax.ADJ || p.tags[first-1] == syntax.DET) && !p.named[first-1] && toks[first-1].Kind == lexis.Word {
		first--
	}
	if first > 0 && !p.clauseBreak(first-1) && toks[first-1].Kind == lexis.Word {
		return -1, -1 // (only a phrase that opens its clause: not "sales of the cargo bikes, whose…")
	}
	return first, h
}

// agentAfter returns the entity after verb v in its clause: the agent of a
// passive ("employed by Opel", "utilisés par"), or the object when the
// figure is the verb's subject ("25 millions d'utilisateurs utilisent
// Ubuntu").
func (p *parsed) agentAfter(v int) (int, int, bool) {
	tags := p.tags
	end := p.clauseEnd(v)
	for k := v + 1; k < end && k <= v+6; k++ {
		if p.inDate(k) {
			continue // "approved on Monday by Jan Zorg": the agent after the date
		}
		if p.properNoun(k) && k-2 > v && lexis.InSet(p.toks[k-1].Fold, "by", "par") && pollerVerbs[p.toks[k-2].Fold] {
			break // "expected by analysts polled by LSEG": the poll's agent, not the verb's
		}
		if p.properNoun(k) && k-2 >= v && lexis.InSet(p.toks[k-1].Fold, "by", "par") &&
			lexis.InSet(p.toks[k-2].Fold, "followed", "trailed", "led", "suivi", "suivis", "suivie", "suivies", "talonne", "talonnee") {
			break // "with 5.1 million arrivals, up 3%, followed by Britain": who ranks after, not who acts
		}
		if p.properNoun(k) {
			b := k + 1
			for b < end && (p.properNoun(b) || tags[b] == syntax.NUM && b == k+1) {
				b++
			}
			if b+1 < end && lexis.InSet(p.toks[b].Fold, "et", "and") && p.properNoun(b+1) && p.toks[b+1].Upper() {
				// "par Jacques Chirac et Lionel Jospin": both.
				b += 2
				for b < end && p.properNoun(b) {
					b++
				}
			}
			return k, b, true
		}
		if tags[k] == syntax.NUM || isVerb(tags[k]) && k > v+1 && !p.participle(k) {
			break
		}
	}
	return 0, 0, false
}

// pollerVerbs gather figures others give: the name after them and "by",
// «par» is the source of the figures, not what they are about.
var pollerVerbs = lexis.SetOf("polled", "surveyed", "compiled", "interviewed", "tracked", "gathered", "interroges", "interrogees", "sondes",
	"compile", "compilee", "compiles", "compilees", "recueillies", "recueillis", "collectees", "collectes")

// entityOf returns the entity tokens [a, b) name, read as how says: a
// pronoun or an anaphor stands for the entity the article last made a
// subject; a name is looked up among the article's mentions.
func (x *extractor) entityOf(s *sentence, p *parsed, a, b int, how string, cited Span) (string, string) {
	d, h := x.entityRead(s, p, a, b, how, cited)
	if (h == fromAnaphor || h == fromPronoun) && d != "" && x.agentAfter(s, d, b) {
		// «L'enseigne … a été assignée mardi par Valbreuil»: what the noun
		// or the pronoun stands for is not who the same clause names as
		// its agent; the organisation the sentence before named, if
		// another.
		if o := x.lastOrg; o != "" && x.lastOrgIn == x.sentIndex-1 && x.reg.kind(o) == KindOrg && x.reg.canon(o) != x.reg.canon(nameKey(d)) && !x.agentAfter(s, x.reg.display(o), b) {
			return x.reg.display(o), h
		}
		return "", ""
	}
	return d, h
}

// agentAfter reports whether the sentence names entity d as an agent after
// token b (past the subject read at tokens before b): "by Zorgon", «par
// Valbreuil».
func (x *extractor) agentAfter(s *sentence, d string, b int) bool {
	key := x.reg.canon(nameKey(d))
	for _, m := range s.mentions {
		if m.tok >= b && m.tok > 0 && !m.common && x.reg.canon(m.key) == key && lexis.InSet(s.toks[m.tok-1].Fold, "par", "by") {
			return true
		}
	}
	return false
}

// entityRead is entityOf before the check of the clause's other parties.
func (x *extractor) entityRead(s *sentence, p *parsed, a, b int, how string, cited Span) (string, string) {
	toks := s.toks
	if how == fromAnaphor && a <= 1 && b < len(toks) && toks[b].Text == "," && x.lastSubjectAt == x.sentIndex && x.lastSubjectTok > b {
		// «L'entreprise, dont l'État détient 84,3 % du capital, emploie
		// 3 600 salariés»: the noun opening the sentence stands for an
		// entity named before it, not for the subject of a figure in the
		// clause set off after it.
		last, lastAt, lastHow := x.lastSubject, x.lastSubjectAt, x.lastSubjectHow
		x.lastSubject, x.lastSubjectAt, x.lastSubjectHow = x.openSubject, x.openSubjectAt, x.openSubjectHow
		defer func() { x.lastSubject, x.lastSubjectAt, x.lastSubjectHow = last, lastAt, lastHow }()
	}
	if how == fromOwner && b+1 < len(toks) && lexis.InSet(toks[b].Text, "'s", "’s") && (gazetteer.Places[lexis.Fold(x.art.Text[toks[a].Start:toks[b-1].End])] || lexis.InSet(toks[a].Fold, "world", "country", "nation")) &&
		x.focus != "" && x.reg.kind(x.focus) == KindOrg && rankedAfter(toks, b+1) && !x.namedInSentence(s, a) {
		// "Europe's second-largest low-cost airline by passengers, behind
		// Ryanair, carried 26.8 million passengers": a place's ranked
		// thing, the article's own organisation told by its rank, not the
		// place.
		return x.reg.display(x.focus), fromAnaphor
	}
	if how == fromClause && a > 0 && b < len(toks) && openingQuotes[toks[a-1].Text] && closingQuotes[toks[b].Text] {
		// «"Northern Lights" opened at the top of the box office»: a
		// title, which "the film" stands for after it.
		if name := strings.TrimSpace(x.art.Text[toks[a].Start:toks[b-1].End]); entityName(name) {
			x.work = name
			return name, how
		}
	}
	if how == fromTopic && b == a+1 && x.work != "" && workNouns[toks[a].Fold] && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'", "this", "ce", "cette") {
		return x.work, fromAnaphor // "The film, which cost about $150 million to make"
	}
	if (how == fromTopic || how == fromGroup || how == fromAnaphor) && b > a && b-a <= 2 && stateNouns[toks[b-1].Fold] && b-2 >= 0 && lexis.InSet(toks[b-2].Fold, "the", "le", "l'", "this", "ce", "cet") {
		// "Saudi Arabia will cut… The kingdom produced 9.89 million bpd",
		// «L'émirat a produit…»: the country named last.
		if d := x.countryBefore(b - 1); d != "" {
			return d, fromAnaphor
		}
	}
	if how == fromGroup && b == a+2 && lexis.InSet(toks[a].Fold, "the", "le", "this", "ce") && lexis.InSet(toks[a+1].Fold, "country", "pays") {
		// «Le Pérou a exporté… Le pays prévoit une hausse de 15 %»: the
		// country named last.
		if d := x.countryBefore(a); d != "" {
			return d, fromAnaphor
		}
	}
	if how == fromGroup && (b == a+1 || b == a+2 && lexis.InSet(toks[a].Fold, "the", "le", "la", "l'")) && x.art.Lang != "fr" {
		// "Winnipeg city council voted… Council last raised fares": the
		// body the article named with that noun before.
		if d := x.subjectHeadedBy(toks[b-1].Fold); d != "" && x.sentIndex > 0 && !x.otherHeadedBy(toks[b-1].Fold, d) {
			return d, fromAnaphor // (not when two bodies the article named have that noun: "Hexley town council… Rawden district council")
		}
	}
	if how == fromGroup {
		if b == a+2 && lexis.InSet(toks[a].Fold, "the", "le", "la", "l'") {
			// "the court struck down…" after "the Supreme Court": the
			// body the article named with that noun.
			if d := x.namedWith(s, toks[a+1].Fold); d != "" && x.reg.kind(nameKey(d)) == KindOrg {
				return d, fromAnaphor
			}
		}
		for k := a + 1; k < b; k++ {
			if isVerb(p.tags[k]) || p.tags[k] == syntax.AUX {
				if lexis.IsSpeechVerb(toks, k) {
					// "U.S. prosecutors say investors lost": the group
					// after the words that report it
					a = k + 1
					if a < b && lexis.InSet(toks[a].Fold, "that", "que", "qu'") {
						a++
					}
				} else {
					b = k // «Le gouvernement prévoit de relever»: the group, not the verb that governs the infinitive
				}
				break
			}
		}
		if name := strings.TrimSpace(x.art.Text[toks[a].Start:toks[b-1].End]); name != "" {
			return name, how
		}
		return "", ""
	}
	if how == fromTopic && b == a+1 && unitHeads[toks[a].Fold] && a > 0 && lexis.InSet(toks[a-1].Fold, "la", "le", "l'", "the", "a", "une", "un") && a+2 < len(toks) && lexis.InSet(toks[a+1].Fold, "de", "d'", "du", "of") &&
		p.tags[a+2] == syntax.NOUN && !toks[a+2].Upper() && toks[a+2].Kind == lexis.Word {
		// «La tonne de cacao s'échangeait à 6 480 dollars», "A barrel of
		// oil cost 82 dollars": the thing the unit measures is priced
		// (not "62 tonnes de déchets": a count of the unit).
		e := a + 3
		for e < len(toks) && p.tags[e] == syntax.ADJ && !toks[e].Upper() {
			e++
		}
		return strings.TrimSpace(x.art.Text[toks[a+2].Start:toks[e-1].End]), fromPhrase
	}
	if how == fromTopic && x.art.Lang != "fr" && x.lastPerson.key != "" && x.lastPersonIn >= x.sentIndex-2 {
		// "Kasun Wijeratne took six wickets. His haul took him to 97
		// wickets": "his", "her" own the noun phrase for the person last
		// named.
		his := -1 // "his", "her" before the noun phrase, past adjectives and names
		for k := a - 1; k >= 0 && a-k <= 6 && his < 0; k-- {
			switch {
			case lexis.InSet(toks[k].Fold, "his", "her"):
				his = k
			case p.tags[k] != syntax.ADJ && p.tags[k] != syntax.PROPN && p.tags[k] != syntax.NOUN && toks[k].Fold != "for" && toks[k].Fold != "of":
				k = -1
			}
		}
		named := false // "His centre-right Unity for Progress party": the name the phrase holds
		for k := his + 1; his >= 0 && k < b; k++ {
			named = named || toks[k].Upper()
		}
		if his >= 0 && !named {
			return x.reg.display(x.lastPerson.key), fromOwner
		}
	}
	if how == fromTopic && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'", "les", "this", "ce", "cette") {
		if d := x.namedWith(s, toks[a].Fold); d != "" && x.namedOnlyAfter(s, d, a) && x.focus != "" && x.reg.kind(x.focus) == KindOrg &&
			len(toks[a].Fold) >= 4 && strings.HasSuffix(lexis.Fold(x.reg.display(x.focus)), toks[a].Fold) {
			return x.reg.display(x.focus), fromAnaphor // "Nordbank … the bank's main source of revenue" before "the European Central Bank"
		}
		// "the store" after "the iTunes Store", "le réseau" after "le
		// réseau Minitel": the name the article gave it.
		if d := x.namedWith(s, toks[a].Fold); d != "" && !(a+1 < len(toks) && p.tags[a+1] == syntax.ADJ && !toks[a+1].Upper() && toks[a+1].Kind == lexis.Word &&
			!strings.Contains(lexis.Fold(d), toks[a+1].Fold)) && !x.namedOnlyAfter(s, d, a) {
			// (nor "Net interest income, the bank's main source of revenue,
			// slipped 2% as the European Central Bank cut rates": a name
			// told only after the noun is no name it stands for)
			// (not «l'emploi salarié privé» after «Pôle emploi»: an
			// adjective the name lacks makes another thing)
			return d, fromAnaphor
		}
		if d := x.objectOwner(toks[a].Fold); d != "" && lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'", "les") {
			// "Airbus has won an order from Qatar Airways. The order is
			// believed to be worth $15 billion": the thing the event
			// before brought in, its subject's.
			return d, fromObject
		}
	}
	if how == fromTopic {
		// "Pfizer said its third-quarter revenue fell 42%": the owner
		// is who reports it.
		if j := possessiveBefore(p, a); j > 0 {
			v := j - 1
			if v > 0 && lexis.InSet(toks[v].Fold, "that", "que", "qu'") {
				v--
			}
			for v > 1 && p.inDate(v) {
				v-- // "reported last week that its volumes fell 5.1%"
				if !p.inDate(v) && lexis.InSet(toks[v].Fold, "on", "in", "last", "this") {
					v--
				}
			}
			if isVerb(p.tags[v]) && lexis.IsSpeechVerb(toks, v) {
				if d := x.reporterOf(s, p, v); d != "" && x.ownerFor(d, toks[j].Fold) {
					return d, fromOwner // (and "Rival operator Northern Arrow said that its revenue", a company the article has not typed)
				}
			}
		}
	}
	if pos := possessiveBefore(p, a); how == fromTopic && pos >= 2 {
		// «Le vélo cargo a fait exception en 2025 : ses ventes ont bondi
		// de 14 %»: the possessive after a colon stands for the subject of
		// the clause the colon ends.
		if d, h := x.colonClauseSubject(s, p, pos, cited); d != "" {
			return d, h
		}
	}
	if pos := possessiveBefore(p, a); how == fromTopic && pos >= 0 {
		if d := x.lastSubject; d != "" && x.lastSubjectAt >= x.sentIndex-1 && x.focus != "" && d != x.reg.display(x.focus) && x.ownerFor(d, toks[pos].Fold) {
			// "Tesla recalled 2.2 million vehicles. Its shares have lost
			// 30%": the owner the sentence before was about.
			return d, fromOwner
		}
		if k := x.orgSpeaker; k != "" && x.orgSpeakerAt == x.sentIndex-1 && x.focus != "" && k != x.focus && ownedMeasures[toks[a].Fold] && (x.lastSubjectAt < x.sentIndex-1 || x.reg.kind(nameKey(x.lastSubject)) != KindOrg) {
			// "ASML said that China accounted for 46% of its sales. Its
			// shares fell 1.5%": the company that spoke in the sentence
			// before, whose clause's subject was no organisation, owns
			// what a company owns (not «Elle se classait au 96e rang, selon
			// l'Agence du numérique. Seuls 14 % de ses logements…»).
			return x.reg.display(k), fromOwner
		}
	}
	if pos := possessiveBefore(p, a); how == fromTopic && pos == 0 && x.focus == "" {
		if d := x.onlyOwnerIn(x.sentIndex-1, toks[pos].Fold); d != "" {
			// "Turismo Andino, which operated the bus, said it was
			// cooperating. Its buses carried 1.2 million passengers": in
			// an article with no organisation of its own, the one the
			// sentence before names alone.
			return d, fromOwner
		}
	}
	if how == fromTopic && b == a+1 && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'") && (a < 2 || p.tags[a-2] != syntax.ADP) &&
		a+1 < len(toks) && isVerb(p.tags[a+1]) && !lexis.InSet(toks[a+1].Text, "'s", "’s") && !ownedMeasures[toks[a].Fold] {
		// (not "Net interest income, the bank's main source of revenue,":
		// a possessive the tagger read as "is")
		if d := x.orgHeadedBy(s, a); d != "" {
			// "…, the Bank of Ghana said. The bank bought 9.2 tonnes": the
			// organisation whose name the noun heads, when the noun phrase
			// is that noun alone, right before its verb.
			return d, fromAnaphor
		}
	}
	if how == fromTopic && b == a+1 && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "la", "this", "cette") && lexis.InSet(toks[a].Fold, "city", "town", "ville", "commune") {
		// "Saint-Malo welcomed 2.5 million tourists. … La ville a investi
		// 6 millions d'euros": the town named last.
		if d := x.townBefore(a); d != "" {
			return d, fromAnaphor
		}
	}
	if how == fromTopic && b == a+1 && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "le", "this", "ce") && lexis.InSet(toks[a].Fold, "metal", "metal's", "metal") {
		// "Copper output fell 8%… The metal has gained about 21% this
		// year": the metal named last, not the article's company.
		if d := x.metalBefore(s.span.Start); d != "" {
			return d, fromAnaphor
		}
	}
	if how == fromTopic && b == a+1 && a > 0 && lexis.InSet(toks[a-1].Fold, "the", "le", "this", "ce") && lexis.InSet(toks[a].Fold, "country", "pays") {
		// "Peru exported 2.2 million tonnes. The country expects output
		// to rise 15%": the country named last.
		if d := x.countryBefore(a); d != "" {
			return d, fromAnaphor
		}
	}
	if how == fromTopic && b+1 < len(toks) && b < len(p.tags) && p.tags[b] == syntax.VERB && lexis.InSet(toks[b+1].Fold, "its", "their", "son", "sa", "ses", "leur", "leurs") {
		// "The deal lifts its order backlog to 196 ships", «L'accord porte
		// son carnet de commandes à 196 navires»: what the verb acts on is
		// the figure's, and its owner is whom the possessive stands for,
		// the subject of the sentence before or the article's own.
		if d := x.lastSubject; d != "" && x.lastSubjectAt >= x.sentIndex-1 && x.ownerFor(d, toks[b+1].Fold) {
			return d, fromOwner
		}
		if x.focus != "" && x.reg.kind(x.focus) == KindOrg {
			return x.reg.display(x.focus), fromOwner
		}
	}
	if how == fromTopic {
		if a > 0 && lexis.InSet(toks[a-1].Fold, "ce", "cet", "cette", "ces", "this", "these", "those") && !(a > 1 && p.tags[a-1] == syntax.ADJ) {
			// "Zorgon a annoncé un plan. Ce plan prévoit…": the thing the
			// event before brought in, its subject's; else ("Cette
			// enquête, basée sur les réponses de 408 sondés") the
			// article's organisation is only a guess.
			if d := x.objectOwner(toks[a].Fold); d != "" {
				return d, fromObject
			}
			if d := x.measuredBy(lemma(toks[a].Fold, x.art.Lang)); d != "" {
				// «La banque SLC a annoncé un plan de 1 200 départs…
				// ces départs devraient permettre d'économiser»: the
				// one whose figure counted them.
				return d, fromObject
			}
			return "", ""
		}
		if d := x.placeInPhrase(s, p, a); d != "" && !x.booksPhrase(p, p.clauseStart(a), a) {
			// "Spending on video games in the United States rose 24%": the
			// place the subject's phrase is of, not the article's company.
			return d, fromPlace
		}
		if p.indefiniteBefore(a, p.clauseStart(a)) {
			// "In 2010, a salmonella outbreak traced to two Iowa farms
			// sickened about 1,900 people": a thing the clause brings in,
			// no figure of the article's organisation.
			if d := x.thingNamed(s, p, a); d != "" {
				return d, fromPhrase
			}
		}
		if d := x.nationalGroup(p, a); d != "" && x.focus != "" {
			// "Chinese brands now hold 6.2% of the market", «Les marques
			// chinoises y détiennent 6,2 % de part de marché»: the
			// companies of a nation, no figure of the article's own.
			return d, fromPhrase
		}
		h := max(a, b-1)
		if b < len(toks) && (nationalMeasures[toks[b].Fold] || publicMeasures[toks[b].Fold]) && x.art.Lang != "fr" {
			h = b // "French wine exports rose": the noun the tagger read as the verb
		}
		if country := p.nationalityOf(h, min(len(toks), h+4), x.art.Lang); country != "" && x.focus != "" && x.reg.kind(x.focus) == KindOrg {
			// "Nordstahl will cut 3,000 jobs. … German crude steel output
			// fell 4.5%": the country its adjective names, not the
			// article's company.
			return country, fromPlace
		}
		if x.focus != "" && x.reg.kind(x.focus) == KindOrg && scopeOpening(toks, a) {
			// "Across the country, wine exports grew 4.5%", «Sur
			// l'ensemble du marché, la production de crédits a progressé
			// de 18 %»: a market's or a nation's figure, no company's.
			if d := x.thingNamed(s, p, a); d != "" {
				return d, fromPhrase
			}
			return "", ""
		}
		if x.focus != "" && x.reg.kind(x.focus) == KindOrg && !x.namesOtherEntity(s, cited) && !x.citesFocus(s, cited) && !x.focusIsIndex() && !x.focusIsStatistics() && !courtName(x.reg.display(x.focus)) &&
			!placeNamed(x.reg.display(x.focus)) && !(centralBankName(x.reg.display(x.focus)) && !ownedMeasures[toks[a].Fold]) &&
			!((x.focusReports || x.focusReportsIn(s)) && !ownedMeasures[toks[a].Fold]) && !p.publicMeasure(a) && x.sentIndex >= x.focusIn {
			// (not "Core inflation rose to 6.8%" in an article that names
			// the ONS only as who said so: its figures are of others)
			return x.reg.display(x.focus), how
		}
		if d := x.thingNamed(s, p, a); d != "" {
			return d, fromPhrase
		}
		if x.focus == "" && x.mainCountry != "" && !x.namesOtherEntity(s, cited) && !personNouns[toks[a].Fold] && !peopleNouns[toks[a].Fold] && !humanNouns[toks[a].Fold] && !crowdNouns[toks[a].Fold] && !staffNouns[toks[a].Fold] && !memberNouns[toks[a].Fold] && !observerNouns[toks[a].Fold] {
			// "Peru produced 2.7 million tonnes of copper in 2023. Output
			// rose 13%": the country the article is about (not «Les
			// motocyclistes, qui représentent moins de 2 % du trafic»:
			// people are their own figures' subject).
			return x.mainCountry, fromMainCountry
		}
		return "", ""
	}
	if how == fromAnaphor && b == a+1 {
		if d := x.subjectHeadedBy(toks[a].Fold); d != "" {
			// "Tomas Zorg's three-party coalition survived… The coalition
			// holds 108 seats": the subject the article gave that noun.
			return d, how
		}
	}
	if how == fromAnaphor && b == a+1 {
		if d := x.orgHeadedBy(s, a); d != "" {
			// "…, the Danish Energy Agency said. The agency received nine
			// bids": the organisation whose name that noun heads.
			return d, how
		}
	}
	if how == fromAnaphor && companyWords[toks[a].Fold] {
		// "Meridian's managing director, Chinedu Eze, said on Sunday the
		// company had offered a 4.5% pay rise": the company whose officer
		// speaks.
		for _, m := range s.mentions {
			if m.end+1 < a && !m.common && x.reg.kindOf(&m) == KindOrg && lexis.InSet(toks[m.end].Text, "'s", "’s") &&
				(toks[m.end+1].Is(lexRole) || m.end+2 < a && toks[m.end+2].Is(lexRole)) {
				if d := x.reg.display(m.key); entityName(d) {
					return d, how
				}
			}
		}
	}
	if d := x.openingName; how == fromAnaphor && a <= 1 && d != "" && x.openingNameAt == x.sentIndex-1 && x.lastSubjectAt < x.sentIndex-1 && x.ownerFor(d, "") &&
		!x.rivals[nameKey(d)] && !publicBodyName(d) && !x.otherKind(d, toks[a].Fold) {
		// "Nova Esports, elle, se porte bien. Le club, qui compte 85
		// salariés…": the organisation the sentence before opened with,
		// though it told no claim (not the subject of a claim told
		// further back).
		return d, how
	}
	if how == fromAnaphor && x.focus != "" {
		if companyWords[toks[a].Fold] && publicBodyName(x.reg.display(x.focus)) {
			// "The Supreme Court ruled 6-3… The company cut 300 jobs": a
			// court, a ministry, a parliament or an agency is no company.
			if d := x.lastSubject; d != "" && x.lastSubjectAt >= x.sentIndex-2 && x.reg.kind(nameKey(d)) == KindOrg && !publicBodyName(d) && !x.otherKind(d, toks[a].Fold) {
				return d, how
			}
			return "", ""
		}
		if companyWords[toks[a].Fold] && x.focus != "" && x.reg.kind(x.focus) == KindOrg && x.unnamedOfficerSpeaks(s, a) {
			// "Chief executive Rafael Moura said the company's 5G network
			// covered 640 municipalities": the company of an officer the
			// article names no company for is its own, whatever the
			// sentence before was about.
			return x.reg.display(x.focus), how
		}
		if d := x.lastSubject; d != "" && x.lastSubjectAt >= x.sentIndex-1 && d != x.reg.display(x.focus) && x.ownerFor(d, "") &&
			!x.otherKind(d, toks[a].Fold) && !(companyWords[toks[a].Fold] && publicBodyName(d)) && !(x.rivals[nameKey(d)] && a <= 1) &&
			!(x.namedAs(x.reg.display(x.focus), toks[a].Fold) && !x.namedAs(d, toks[a].Fold)) && // (not «La CFDT évoque 340 postes… l'action du groupe» after «Le groupe de distribution Provençal Distribution»)
			x.lastSubjectHow != fromPhrase && x.lastSubjectHow != fromThing {
			// (nor a thing a noun phrase named: "The agreement covers six
			// launches. … the firm now planned 24 flights")
			// (not a rival of the article's own: "Rival Glacierline said
			// its skier days fell 6%. The company plans to replace its
			// oldest chairlift")
			// (and a company the article has not typed: "le chocolatier
			// Maison Bréval… Le groupe lyonnais")
			// "Tesla recalled 2.2 million vehicles. The company employs
			// about 140,000 people": the organisation the sentence before
			// was about, in an article about several.
			return d, how
		}
		if x.lastOrg != "" && x.lastOrgIn == x.sentIndex-1 && x.lastOrg != x.focus && x.lastOwnOrg == x.lastOrg && a > 0 && lexis.InSet(toks[a-1].Fold, "l'", "the", "le", "la") &&
			companyWords[toks[a].Fold] && x.reg.kind(x.lastOrg) == KindOrg && !x.namesOtherEntity(s, cited) &&
			x.lastSubjectAt == x.sentIndex-1 && x.reg.kind(nameKey(x.lastSubject)) == "" {
			// "Le tribunal a placé Casino en redressement judiciaire.
			// L'entreprise emploie 50 000 personnes": the company the
			// sentence before named, when that sentence was about no
			// organisation or person of its own (a court, a body), and
			// named it as more than a source it cites ("according to
			// LSEG data").
			return x.reg.display(x.lastOrg), how
		}
		if companyWords[toks[a].Fold] {
			for _, m := range s.mentions {
				if _, role := roleWords[lexis.FoldAt(toks, m.end)]; m.end < a && !m.common && role && x.reg.kindOf(&m) == KindOrg && slices.ContainsFunc(toks[m.end:a], func(t lexis.Token) bool { return t.Is(lexis.SpeechVerb) }) {
					// "Xiaomi President Lu Weibing said that the company
					// aimed to ship 175 million phones": the company its
					// speaker is an officer of.
					return x.reg.display(m.key), how
				}
			}
		}
		if x.otherCommonKindOf(x.reg.display(x.focus), toks[a].Fold) {
			// "The fair lost 40,000 visitors. … The carmaker shed 3,000
			// jobs": a carmaker is no fair.
			return "", ""
		}
		// "l'application", "the company": the article's main organisation.
		return x.reg.display(x.focus), how
	}
	if how == fromPronoun && lexis.InSet(toks[a].Fold, "we", "nous") {
		// "We passed 2 billion downloads," said the head of Zoomly: the
		// organisation the passage names.
		for _, m := range s.mentions {
			if x.reg.kindOf(&m) == KindOrg && !cited.Overlaps(Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}) && !citedAt(toks, m.tok) {
				if d := x.reg.display(m.key); entityName(d) {
					return d, how
				}
			}
		}
		return "", "" // "we" is not the entity the article last named
	}
	if how == fromPronoun && anaphors[toks[a].Fold] && x.focus != "" {
		return x.reg.display(x.focus), how
	}
	if how == fromPronoun {
		// "Zoom Video Communications said on Wednesday that it…": the
		// subject of the clause that reports it.
		said := a - 1 // the speech verb's place when it reports the pronoun's clause
		if said > 0 && lexis.InSet(toks[said].Fold, "that", "que", "qu'") {
			said--
		}
		for said > 0 && p.inDate(said) {
			said-- // "Sweden's central bank said on Thursday it would buy"
		}
		if said > 0 && p.inDate(said+1) && lexis.InSet(toks[said].Fold, "on", "le", "in", "en") {
			said--
		}
		for v := a - 1; v >= 0; v-- {
			if isVerb(p.tags[v]) && lexis.IsSpeechVerb(toks, v) && (v == a-1 || v == a-2 && lexis.InSet(toks[a-1].Fold, "that", "que", "qu'") || v == said) {
				// "The Harlow Museum of Art in Boston said it…", "The
				// health ministry said it…": who speaks, not a place
				// in their name nor the entity named before.
				if d := x.reporterOf(s, p, v); d != "" && !x.itForGroup(toks[a], d) {
					// (not "Forecasters said it could…": a plural group is
					// not "it")
					return d, how
				}
			}
			if isVerb(p.tags[v]) && !p.participle(v) && v == a-1 && !lexis.IsSpeechVerb(toks, v) {
				break // "the regulator fined it": a verb's object is not its subject
			}
			if isVerb(p.tags[v]) && !p.participle(v) {
				if a2, b2, how2 := p.subjectBefore(v, p.clauseStart(v)); how2 == fromClause || how2 == fromOwner || how2 == fromGroup {
					if d, _ := x.entityOf(s, p, a2, b2, how2, cited); d != "" && !x.itForGroup(toks[a], d) {
						return d, how
					}
				} else if how2 == fromAnaphor && companyWords[toks[a2].Fold] {
					// "The company said it had hired…": whom the company
					// stands for, or no one.
					d, _ := x.entityOf(s, p, a2, b2, how2, cited)
					return d, how
				}
				break
			}
		}
	}
	if how == fromPronoun || how == fromAnaphor {
		// "WhatsApp says it has…", "Telegram, a rival service, said that it
		// had…": the entity its own sentence names before it.
		for k := len(s.mentions) - 1; k >= 0; k-- {
			m := s.mentions[k]
			if m.end > a || m.common || cited.Overlaps(Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}) || p.adjectiveBefore(m.tok, m.end) || citedAt(toks, m.tok) {
				continue // (not "Nordic" in "Novalink, the Nordic telecoms group, said it…"; nor a source cited, «Selon le collectif Montagne Vivante, la station a prélevé…»)
			}
			if o, c := relativeAround(toks, m.tok, 10); o >= 0 && c < a {
				continue // "Rival Kestrel Copper, which operates the neighbouring Alto Rojo smelter, said … that it expected": not a name the relative clause holds
			}
			if how == fromPronoun && a > 0 && toks[a-1].Text == "," {
				// «Auteur de 11 buts en 20 matches de Ligue 2 cette saison,
				// il est…», «Selon La Montagne, il…»: the phrase set before
				// the pronoun's clause describes its entity or cites a
				// source; the names it holds are not that entity.
				break
			}
			if how == fromPronoun && lexis.InSet(toks[a].Fold, "it", "its") {
				// "Analysts at Fenwick said a defeat would not threaten the
				// company's dividend, which it raised by 5%": the company
				// the sentence names after the name, not the name.
				if j := p.companyAnaphorBetween(m.end, a); j >= 0 {
					if d, _ := x.entityOf(s, p, j, j+1, fromAnaphor, cited); d != "" {
						return d, how
					}
				}
			}
			if kind := x.reg.kindOf(&m); kind == KindOrg || kind == KindPerson && !lexis.InSet(toks[a].Fold, "it", "its") && how == fromPronoun {
				// (a thing, "la plateforme", "the exchange", stands for no person)
				if d := x.reg.display(m.key); entityName(d) && !x.itForGroup(toks[a], d) {
					return d, how
				}
			}
		}
		if how == fromPronoun && toks[a].Fold == "it" {
			// "the laptop's battery life has been extended, even though
			// it is only 0.68 in thick": the thing its own sentence
			// named before it, by the name the article gave it.
			for j := a - 1; j > 0; j-- {
				if toks[j-1].Fold == "the" && p.tags[j] == syntax.NOUN {
					if d := x.namedWith(s, toks[j].Fold); d != "" && !cited.Overlaps(Span{Start: toks[j].Start, End: toks[j].End}) {
						return d, fromAnaphor
					}
				}
			}
		}
		switch {
		case how == fromPronoun && lexis.InSet(toks[a].Fold, "it", "il", "elle") && a == 0 && x.opening != "" && x.openingAt == x.sentIndex-1 && (x.lastSubject == "" || x.lastSubjectAt < x.sentIndex-1):
			// "Zorgsoft is the world's largest maker of memory chips. It
			// employs 50,000 people": the name the sentence before opened
			// with, though it told no claim.
			return x.reg.display(x.opening), how
		case how == fromPronoun && toks[a].Fold == "it" && a == 0 && x.openingPhrase != "" && x.openingPhraseAt == x.sentIndex-1:
			// "The operator blamed track works by Banenet, which it said
			// caused 41% of delays. It cancelled 2.7%…": what the noun
			// phrase the sentence before opened with stands for.
			return x.openingPhrase, how
		case how == fromPronoun && lexis.InSet(toks[a].Fold, "he", "she", "il", "elle") && a == 0 && x.lastClausePerson != "" && x.lastClausePersonAt == x.sentIndex-1:
			// "…; Bertrand de Broc est lui obligé de rentrer au port. Il a
			// finalement pu prendre un départ": the person the last
			// clause before opened with.
			return x.lastClausePerson, how
		case how == fromPronoun && lexis.InSet(toks[a].Fold, "he", "she", "il", "elle") && (a == 0 || toks[a-1].Text == ",") && x.openingPerson != "" && x.openingPersonAt == x.sentIndex-1 && (x.lastSubject == "" || x.lastSubjectAt < x.sentIndex-1):
			// "Emmanuel Zorgon est le président de la République. Il a
			// annoncé mardi…": the person the sentence before opened with
			// (and «Auteur de 11 buts cette saison, il est…», after the
			// phrase set before its clause).
			return x.openingPerson, how
		case how == fromPronoun && x.lastSubject == "":
			// "Une guitare au nom du Cameroun. … Elle sera face à 104
			// drapeaux": no clause before had a subject for the pronoun
			// to stand for, and the organisation the article names last
			// or most is a guess.
			return "", ""
		case how == fromAnaphor && x.lastSubject != "" && x.reg.kind(nameKey(x.lastSubject)) == KindPerson:
			// "…des clients de la plateforme, qui a fait faillite": a
			// thing the text names again is no person.
			if x.lastOrg != "" {
				return x.reg.display(x.lastOrg), how
			}
			return "", ""
		case how == fromAnaphor && companyWords[toks[a].Fold] && x.lastSubject != "" && x.reg.kind(nameKey(x.lastSubject)) != KindOrg:
			// "The storm cut power to 80,000 homes. The company said it
			// had hired 1,500 engineers": a company is no storm (nor a
			// court or a prosecutor's office: «Le parquet de Bastia a
			// ouvert une enquête. La compagnie… a transporté»).
			if x.lastOrg != "" && !publicBodyName(x.reg.display(x.lastOrg)) {
				return x.reg.display(x.lastOrg), how
			}
			for si := x.sentIndex - 1; si >= 0 && si >= x.sentIndex-3; si-- {
				ms := x.sents[si].mentions
				for k := len(ms) - 1; k >= 0; k-- {
					if m := ms[k]; !m.common && x.reg.kind(m.key) == KindOrg && !publicBodyName(x.reg.display(m.key)) {
						return x.reg.display(m.key), how // («un ferry de la compagnie Corsica Lines»: the company named before the body)
					}
				}
			}
			return "", ""
		case how == fromPronoun && lexis.InSet(toks[a].Fold, "it", "its") && x.lastSubject != "" && x.reg.kind(nameKey(x.lastSubject)) == KindPerson:
			// "Ferreira's novel sold 200,000 copies. It became the
			// second-best-selling novel": "it" is no person.
			return "", ""
		case how == fromAnaphor && x.otherCommonKindOf(x.lastSubject, toks[a].Fold):
			// "The fair lost 40,000 visitors. … The carmaker shed 3,000
			// jobs": a carmaker is no fair.
			return "", ""
		case x.lastSubject != "":
			return x.lastSubject, how
		case x.lastOrg != "":
			return x.reg.display(x.lastOrg), how
		case x.focus != "":
			return x.reg.display(x.focus), how
		}
		return "", ""
	}
	if g := titledPerson(toks, a, b); g > a && b-a > 2 {
		a = g // "by Zorgon Chief Executive Anna Blenk": the person the title names
	}
	span := Span{Start: toks[a].Start, End: toks[b-1].End}
	if cited.Overlaps(span) || overlapsAny(span, s.dates) {
		return "", ""
	}
	for k := a; k < b; k++ {
		if lexis.InSet(toks[k].Fold, "and", "et") {
			// "Northrop Grumman and EADS": a joint subject, as written
			// (not "on a tour of Asia and Australia": names a preposition
			// of place or complement governs are no subject; "After Boeing
			// and Airbus delivered…" keeps its own).
			if a > 0 && p.tags[a-1] == syntax.ADP && how == fromClause && lexis.InSet(toks[a-1].Fold, "of", "in", "to", "on", "at", "across", "de", "du", "des", "en", "a", "au", "aux", "dans", "sur", "vers") {
				return "", ""
			}
			if name := strings.TrimSpace(x.art.Text[span.Start:span.End]); entityName(name) {
				return name, how
			}
		}
	}
	for k := a + 1; k+1 < b; k++ {
		if toks[k].Text == "-" && !x.mentionCovers(s, a, b) {
			// "Wal - Mart", "Rolls - Royce": a name the text spaced
			// around its hyphen, whole.
			if name := strings.TrimSpace(x.art.Text[span.Start:span.End]); entityName(name) {
				return name, how
			}
		}
	}
	// The set's name for the words: of the names they hold, the one the
	// set names most ("Zoom" in "Zoom Video Communications").
	best, bestW := "", -1.0
	for _, m := range s.mentions {
		if m.tok > a && m.tok < b && lexis.InSet(toks[m.tok-1].Fold, "hors", "excluding", "except", "sauf", "outside") {
			continue // "sales in Asia excluding Japan", «les ventes en Asie hors Japon»: a name left out of what is measured
		}
		if m.tok < b && a < m.end && !(m.term && codeTerm(m.text)) { // (not «le ratio de solvabilité CET1»: a code the phrase holds)
			d := x.reg.display(m.key)
			if m.end == b-1 && toks[b-1].Kind == lexis.Number && !strings.ContainsAny(d, "0123456789") {
				// "le CAC 40", "the FTSE 100": the name with its number.
				d = strings.TrimSpace(x.art.Text[toks[m.tok].Start:toks[b-1].End])
			} else if m.tok == a && m.end < b && (p.adjectivesOnly(m.end, b) || p.adjectivesOfPlace(m.end, b)) {
				// "la Banque centrale européenne", «le Cercle sportif de
				// Nîmes»: the name with the adjectives written after it (and
				// the place they are of).
				d = strings.TrimSpace(x.art.Text[toks[a].Start:toks[b-1].End])
			}
			if x.reg.kindOf(&m) == KindPerson && m.end-m.tok > 1 {
				// "Zoom Video Communications said": a company the set
				// names by its first word, not a person.
				if k := x.ws.nameKey(toks[m.tok].Text); x.reg.kind(k) == KindOrg {
					d = x.reg.display(k)
				}
			}
			if d != "" && (entityName(d) || m.tok > 0 && toks[m.tok-1].Kind == lexis.Word && nameWords(d)) && x.reg.weight(m.key) > bestW {
				best, bestW = d, x.reg.weight(m.key)
			}
		}
	}
	if best != "" && how != fromName {
		return best, how
	}
	if b-a == 1 && slices.ContainsFunc(s.mentions, func(m mention) bool { return m.tok == a && m.term && codeTerm(m.text) }) {
		return "", "" // «le ratio de solvabilité CET1»: a term, no one's name
	}
	name := strings.TrimSpace(x.art.Text[span.Start:span.End])
	if !entityName(name) {
		return "", ""
	}
	return name, how
}

// itForGroup reports whether the pronoun pron is "it", «il» or «elle» and d
// a plural group, which it cannot stand for ("Forecasters said it…").
func (x *extractor) itForGroup(pron lexis.Token, d string) bool {
	return lexis.InSet(pron.Fold, "it", "il", "elle") && x.pluralGroup(d)
}

// pluralGroup reports whether the subject d is a group named by a plural
// common noun ("Forecasters", "Les analystes"), not a name: in English, a
// noun the dictionary knows in the plural and not as a name's word; in
// French, one after «les», «des» or «ces».
func (x *extractor) pluralGroup(d string) bool {
	words := strings.Fields(d)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, word := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			return false // a name of several capitalised words: "China Eastern Airlines"
		}
	}
	w := x.ws.foldedWords(d)
	last := w[len(w)-1]
	if x.art.Lang == "fr" {
		return len(w) > 1 && lexis.InSet(w[0], "les", "des", "ces") && (strings.HasSuffix(last, "s") || strings.HasSuffix(last, "x"))
	}
	cl, _ := syntax.LexiconFor("en").Classes(last)
	return strings.Contains(cl, "NNS") && !strings.Contains(cl, "NNP")
}

// reporterOf returns who speaks with the speech verb v: the first
// organisation or person its clause names before it (not a place: "The
// Harlow Museum of Art in Boston said"), else the body its clause's noun
// phrase names ("The health ministry said"); "" when neither.
func (x *extractor) reporterOf(s *sentence, p *parsed, v int) string {
	toks := p.toks
	start, end := p.clauseStart(v), v
	if k := v - 1; k > 0 && toks[k].Text == "," {
		if c := appositionStart(toks, 0, k); c > 0 {
			// "Aurora, Finland's second-largest pension insurer, said":
			// the name the apposition describes.
			start, end = p.clauseStart(c), c
		}
	}
	for _, m := range s.mentions {
		if m.tok < start || m.end > end || m.common || p.adjectiveBefore(m.tok, m.end) {
			continue
		}
		if m.tok > 0 && lexis.InSet(toks[m.tok-1].Fold, "in", "en", "a", "au", "aux", "dans", "at") {
			continue // a place its name holds
		}
		if kind := x.reg.kindOf(&m); kind == KindOrg || kind == KindPerson {
			if d := x.reg.display(m.key); entityName(d) {
				return d
			}
		}
	}
	for k := v - 1; k >= start; k-- {
		if p.bodyNoun(k) && (k == v-1 || p.tags[k+1] == syntax.ADP) {
			return strings.TrimSpace(x.art.Text[toks[start].Start:toks[k].End])
		}
	}
	if a, b, how := p.subjectBefore(v, start); how == fromAnaphor {
		// "The company said it knew of 27 minor crashes": the entity
		// the noun phrase stands for.
		if d, _ := x.entityOf(s, p, a, b, how, Span{}); d != "" {
			return d
		}
	}
	return ""
}

// publicHeads head the names of public bodies news cites as sources.
var publicHeads = lexis.SetOf("department", "departement", "agency", "agence", "bureau", "office", "institute", "institut", "service",
	"administration", "authority", "autorite", "ministry", "ministere", "commission", "centre", "center", "development")

// apposedPossessive reports whether the name of tokens [a, b) opens, with
// its possessive, an apposition to a name before it ("SkyNorth Airlines,
// Scandinavia's second-largest carrier,").
func (p *parsed) apposedPossessive(a, b int) bool {
	toks := p.toks
	if a < 2 || b >= len(toks) || toks[a-1].Text != "," || !lexis.InSet(toks[b].Text, "'s", "’s") || !isNameToken(toks[a-2]) {
		return false
	}
	for k := b + 1; k < len(toks) && k <= b+10; k++ {
		switch {
		case toks[k].Text == ",":
			return true
		case isVerb(p.tags[k]) || toks[k].Kind == lexis.Punct:
			return false // (not "According to data released on Wednesday, Lusaero's passengers totaled…")
		}
	}
	return false
}

// superlativeScope reports whether the name at token k is the set a
// superlative just before ranks among ("one of the highest in Europe", «le
// plus vendu du pays», «l'un des plus élevés d'Europe»): no owner of the
// figure told.
func superlativeScope(toks []lexis.Token, k int) bool {
	j := k - 1
	if j > 0 && lexis.InSet(toks[j].Fold, "l'", "la", "le", "les", "the") {
		j-- // «du monde», "in the world"
	}
	if j < 1 || !lexis.InSet(toks[j].Fold, "d'", "de", "du", "des", "in", "of") {
		return false
	}
	for q := j - 1; q >= 1 && q >= j-3; q-- {
		f := toks[q].Fold
		if lexis.InSet(f, "plus", "moins") && lexis.InSet(toks[q-1].Fold, "le", "la", "les", "des", "l'") ||
			lexis.InSet(f, "most", "least") && lexis.InSet(toks[q-1].Fold, "the", "one") ||
			strings.HasSuffix(f, "est") && len(f) > 4 && toks[q-1].Fold == "the" {
			return true
		}
	}
	return false
}

// passageEntity returns the entity the passage names nearest before token i
// (else after it), not a cited source nor a date: the claim's subject when
// its clause names none.
func (x *extractor) passageEntity(s *sentence, p *parsed, i int, cited Span) (string, string) {
	// "Wholesale prices of large eggs in the Midwest rose 12%…, market
	// analyst Karen Lowell said": the person who reports the figure after
	// it is not what it is of when the passage names another entity.
	if best, how := x.passageEntityOf(s, p, i, cited, true); best != "" {
		return best, how
	}
	return x.passageEntityOf(s, p, i, cited, false)
}

// passageEntityOf is passageEntity, without the persons who report the
// figure after it when noReporter.
func (x *extractor) passageEntityOf(s *sentence, p *parsed, i int, cited Span, noReporter bool) (string, string) {
	best, bestDist := "", 1<<30
	after := false      // the nearest name follows the figure
	names := 0          // how many different entities the passage names
	agent := false      // the nearest name is the agent of a participle set off by commas
	speaker := false    // the nearest name is the subject of a verb that reports the figure
	before := 0         // the entities named before the figure
	bodiesAfter := true // every name after the figure is a public body's ("…, the Department of Housing (HUD) said")
	for _, m := range s.mentions {
		span := Span{Start: s.toks[m.tok].Start, End: s.toks[m.end-1].End}
		if cited.Overlaps(span) || citedAt(s.toks, m.tok) || m.common || m.initial && m.end-m.tok == 1 && !m.orgCue && !p.named[m.tok] || x.quotedApart(span, s.toks[i].Start) ||
			quantity.CurrencyPrefix(s.toks, m.end-1) || m.initial && m.end-m.tok == 1 && p.tags[m.tok] != syntax.PROPN && (!p.named[m.tok] || x.reg.onlyInitial(m.key)) ||
			p.adjectiveBefore(m.tok, m.end) || basedAfter(s.toks, m.end) || p.apposedPossessive(m.tok, m.end) || m.term && codeTerm(m.text) || superlativeScope(s.toks, m.tok) {
			// (nor a term: «le ratio de solvabilité CET1»; nor what a
			// superlative ranks among: «l'un des plus élevés d'Europe»)
			// (nor "the Santa Clara, California-based company": where the
			// company is, not what the figure is of; nor "SkyNorth
			// Airlines, Scandinavia's second-largest carrier,": where the
			// name the apposition describes stands)
			continue
		}
		d := x.reg.display(m.key)
		if d == "" || !entityName(d) {
			continue
		}
		if m.tok > i && slices.ContainsFunc(s.toks[i:m.tok], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "while", "whereas", "tandis") }) {
			// "…that its net income fell 7%, while Shell posted a 4%
			// drop": a name in the next clause, which has its own figure
			continue
		}
		if noReporter && m.tok > i && x.reg.kindOf(&m) == KindPerson && !lexis.InSet(s.toks[m.tok-1].Fold, "the", "le", "la", "l'") && reporterAfter(s.toks, i, m.tok, m.end) {
			// (a person's name, not "the Red Cross said")
			continue
		}
		if d != best {
			names++
		}
		if m.tok < i {
			before++
		} else if !publicBodyName(d) && !statisticsName(d) && !x.reg.statisticsBody(m.key) && !nameHoldsAny(d, publicHeads) && !isAllCaps(d) {
			bodiesAfter = false
		}
		dist := i - m.end
		if dist < 0 {
			dist = 2*(m.tok-i) + 4 // names after the figure count less
		}
		if dist < bestDist {
			best, bestDist, after = d, dist, m.tok > i
			// (a person who presents a thing does not own it; an
			// organisation that unveils its plan does: "The restructuring
			// plan, unveiled by Volkswagen, will cut 35,000 jobs")
			agent = p.apposedAgent(m.tok, m.end, i) && (x.reg.kindOf(&m) != KindOrg || roleWithin(s.toks, m.tok-5, m.tok))
			speaker = p.namesReporter(m.end, i)
		}
	}
	switch {
	case best == "":
		return "", ""
	case !after && !agent && !speaker && before == 1 && bodiesAfter && x.reg.kind(nameKey(best)) == KindPlace:
		// "The number of people experiencing homelessness in the United
		// States rose 18%, the Department of Housing and Urban
		// Development (HUD) said": the place's statistic, which a public
		// body gives.
		return best, fromPassage
	case names > 1 || after || agent || speaker:
		// (and "Corvasur said on Wednesday that 1,850 workers had joined
		// the stoppage", «La préfecture avance le chiffre de 185 000
		// entrées»: who gives the figure is not what it counts, a guess)
		// (and "Le document, présenté par Bertrand Olivier, s'élève à
		// 48,6 millions": who presented it is not what it is about)
		// Several entities and no clause to choose between them.
		return best, fromPassageAmbiguous
	}
	return best, fromPassage
}

// reporterAfter reports whether the name at tokens [a, b), after the
// figure at token i past a comma, is the subject of a verb that reports
// the figure ("…, Whitfield said", "…, said Whitfield", «…, a indiqué
// Whitfield», "…, chief executive Dana Whitfield said in a letter").
func reporterAfter(toks []lexis.Token, i, a, b int) bool {
	comma := -1
	for k := i + 1; k < a; k++ {
		if toks[k].Text == "," {
			comma = k
		}
	}
	if comma < 0 || a-comma > 6 {
		return false
	}
	for k := b; k < len(toks) && k <= b+1; k++ {
		if lexis.IsSpeechVerb(toks, k) {
			return true
		}
	}
	for k := comma + 1; k < a; k++ {
		if lexis.IsSpeechVerb(toks, k) {
			return true
		}
	}
	return false
}

// compoundBeforeEt returns the French participle of a compound tense
// («a racheté») that «et a» before the participle at v coordinates it with
// («a racheté mardi la PME Kelenn et a promis d'investir»), -1 when none.
func (p *parsed) compoundBeforeEt(v int) int {
	if p.lang != "fr" || v < 3 || p.tags[v-1] != syntax.AUX || !lexis.InSet(p.toks[v-2].Fold, "et") {
		return -1
	}
	for j := v - 3; j >= 1 && v-j <= 20; j-- {
		if p.clauseBreak(j) {
			return -1
		}
		if p.tags[j] == syntax.VERB && p.tags[j-1] == syntax.AUX {
			return j
		}
	}
	return -1
}

// namesReporter reports whether a verb that reports or estimates a figure
// follows a name ending at token b, before the figure at i ("Corvasur said
// that 1,850 workers…", «Le CRT a revu à la baisse la progression»,
// «Citeo avance un taux de 29 %»).
func (p *parsed) namesReporter(b, i int) bool {
	k := b
	for k < i && k-b <= 3 && (p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV || p.toks[k].Text == "," || lexis.InSet(p.toks[k].Fold, "par", "ailleurs", "pour", "sa", "son", "part")) {
		k++
	}
	if k >= i || p.tags[k] != syntax.VERB {
		return false
	}
	for j := k + 1; j < i; j++ {
		if p.tags[j] == syntax.VERB && p.lang == "fr" && hasAnySuffix(p.toks[j].Fold, "er", "ir", "re") {
			return false // «Zoom a affirmé la semaine dernière compter 300 millions d'utilisateurs»: its own
		}
	}
	for j := k + 1; j < len(p.toks) && j <= i+12 && !(j > i && p.clauseBreak(j)); j++ {
		// (and "Meta said that 3.96 billion people used one of its apps")
		if possessives[p.toks[j].Fold] || lexis.InSet(p.toks[j].Fold, "its", "their", "it", "they", "il", "elle", "ils", "elles") {
			return false // "Conapyme said the rise would cost its members…": the speaker's own
		}
	}
	// (not "Zorgauto a annoncé l'ouverture d'une usine qui emploiera
	// 1 200 personnes": what one announces is one's own)
	for j := k + 1; j < len(p.toks) && j <= i+4; j++ {
		if ownedMeasures[p.toks[j].Fold] || staffNouns[p.toks[j].Fold] || customerNouns[p.toks[j].Fold] {
			return false // "Pellwick said that revenue had reached 4.1 billion pounds", "… that 2,300 staff had accepted": its own
		}
	}
	// (not "estimates", «estime»: an observer's own forecast, "L'OFCE
	// estime que le chômage atteindra 7,9 %")
	return lexis.InSet(p.toks[k].Fold, "said", "says", "told", "believes", "indique", "precise", "declare", "affirme", "avance", "avancait",
		"revu", "releve", "abaisse")
}

// apposedAgent reports whether the name at tokens [a, b) is the agent of
// a participle set off by commas ("…, présenté par Bertrand Olivier, …",
// "…, backed by eight Canadairs, …") that the token i is outside of.
func (p *parsed) apposedAgent(a, b, i int) bool {
	j := b
	for j < len(p.toks) && j-b <= 3 && p.toks[j].Text != "," {
		j++
	}
	if j >= len(p.toks) || p.toks[j].Text != "," {
		return false
	}
	open := p.agentParticiple(j, 0)
	if open < 0 && a >= 2 && p.toks[a-1].Text == "," {
		// "…, porté par la ministre du Logement, Claire Vasseur, …": the
		// agent's name in apposition after it
		if open = p.agentParticiple(a-1, 0); open >= 0 && (i < open || i > j) {
			return true
		}
		return false
	}
	return open >= 0 && open < a && (i < open || i > j)
}

// openingOrg returns the organisation whose name opens sentence s (past a
// rival's words: "Rival", «Son concurrent»), when no other entity is named
// between it and token pos; "" otherwise.
func (x *extractor) openingOrg(s *sentence, p *parsed, pos int) string {
	for i, m := range s.mentions {
		if m.tok > 3 || m.end > pos || m.common {
			return ""
		}
		if x.reg.kindOf(&m) != KindOrg {
			return ""
		}
		apart := m.end // past a phrase set off by commas after the name ("Transsion, which sells mainly in Africa, saw its shipments fall")
		if m.end < pos && p.toks[m.end].Text == "," {
			for k := m.end + 1; k < pos; k++ {
				if p.toks[k].Text == "," {
					apart = k
					break
				}
			}
		}
		for _, o := range s.mentions[i+1:] {
			if o.tok < pos && o.tok > apart && !o.common {
				return "" // another name before the possessive
			}
		}
		for k := 0; k < m.tok; k++ {
			if p.toks[k].Kind != lexis.Word || p.tags[k] == syntax.VERB {
				return ""
			}
		}
		for k := m.end; k < pos; k++ {
			if lexis.IsSpeechVerb(p.toks, k) {
				return "" // «Le parquet de Paris a indiqué que son chiffre d'affaires…»: what it tells of, another's
			}
		}
		return x.reg.display(m.key)
	}
	return ""
}

// rankedAfter reports whether a superlative opens the words at token k
// ("second-largest low-cost airline", "biggest lender", "top carmaker").
func rankedAfter(toks []lexis.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		f := toks[j].Fold
		if _, sup, ok := strings.Cut(f, "-"); ok {
			f = sup
		}
		if len(f) > 5 && strings.HasSuffix(f, "est") && !lexis.InSet(f, "interest", "harvest", "protest", "request", "contest", "forest") || f == "top" {
			return true
		}
	}
	return false
}

// namedInSentence reports whether a name stands set off by commas beside
// the ranked thing at token a, naming it ("the country's biggest lender,
// Zorgbank, said", "Gatwick, Britain's second-busiest airport, said"; not
// "…, behind Ryanair,").
func (x *extractor) namedInSentence(s *sentence, a int) bool {
	toks := s.toks
	for _, m := range s.mentions {
		if m.tok > a+1 && !m.common && x.reg.kindOf(&m) == KindOrg && toks[m.tok-1].Text == "," && (m.end >= len(toks) || toks[m.end].Text == ",") {
			return true
		}
		if m.end == a-1 && toks[a-1].Text == "," && !m.common {
			return true // "Gatwick, Britain's second-busiest airport, said": the name before
		}
	}
	return false
}

// onlyOwnerIn returns the one name sentence si names that a possessive
// det can stand for (see ownerFor: an organisation, an untyped name, or
// for "its" a name read as a person's that opens on no given name; for
// «son», «sa», «ses», any person); "" when it names none or several.
func (x *extractor) onlyOwnerIn(si int, det string) string {
	if si < 0 || si >= len(x.sents) {
		return ""
	}
	found := ""
	for _, m := range x.sents[si].mentions {
		if m.common {
			continue
		}
		k := x.reg.kind(m.key)
		if k == KindPlace {
			continue
		}
		if d := x.reg.display(m.key); d != "" && d != found && (x.ownerFor(d, det) || k == KindPerson && det != "its" && det != "their") {
			if found != "" {
				return ""
			}
			found = d
		}
	}
	return found
}

// metalBefore returns the metal the article named last before byte pos
// ("copper", «l'or»), "" when none.
func (x *extractor) metalBefore(pos int) string {
	words := strings.FieldsFunc(x.art.Text[:min(pos, len(x.art.Text))], func(r rune) bool { return !unicode.IsLetter(r) })
	for i := len(words) - 1; i >= 0 && i >= len(words)-400; i-- {
		if f := lexis.Fold(words[i]); metalNouns[f] {
			return strings.ToLower(words[i])
		}
	}
	return ""
}

// metalNouns name metals a market report follows.
var metalNouns = lexis.SetOf("copper", "zinc", "nickel", "aluminium", "aluminum", "gold", "silver", "platinum", "palladium", "lithium", "cobalt",
	"cuivre", "platine", "etain", "plomb")

// possessiveBefore returns the possessive determiner of the noun phrase
// headed at a, past the adjectives, nouns and gerunds that qualify it
// ("Its operating profit", «sa marge opérationnelle»), -1 when none.
func possessiveBefore(p *parsed, a int) int {
	j := a - 1
	for j > 0 && a-j < 4 && (p.tags[j] == syntax.ADJ || p.tags[j] == syntax.NOUN && !p.toks[j].Upper() || p.tags[j] == syntax.VERB && strings.HasSuffix(p.toks[j].Fold, "ing")) {
		j--
	}
	if j >= 0 && lexis.InSet(p.toks[j].Fold, "its", "their", "son", "sa", "ses", "leur", "leurs") {
		return j
	}
	return -1
}

// scopeNouns name a whole market or nation a sentence may open on as its
// scope ("Across the industry,", «Sur l'ensemble du secteur,»).
var scopeNouns = lexis.SetOf("country", "nation", "sector", "industry", "market", "board", "region", "eurozone", "continent", "pays", "secteur",
	"marche", "territoire", "filiere", "branche", "zone")

// scopeOpening reports whether the sentence opens, before token a, on
// words that set a whole market or nation as its scope ("Across the
// country,", "Nationwide,", «Sur l'ensemble du marché,», «À l'échelle
// nationale,»).
func scopeOpening(toks []lexis.Token, a int) bool {
	c := 0 // the comma that ends the opening
	for c < a && c < 8 && toks[c].Text != "," {
		c++
	}
	if c == 0 || c >= a || toks[c].Text != "," {
		return false
	}
	f := func(k int) string { return lexis.FoldAt(toks, k) }
	scope := scopeNouns
	switch {
	case c == 1 && lexis.InSet(f(0), "nationwide", "nationally", "industry-wide", "sector-wide", "market-wide"):
		return true
	case f(0) == "across" && (f(1) == "the" && scope[f(2)] || scope[f(1)]):
		return true
	case lexis.InSet(f(0), "sur", "dans") && f(1) == "l'" && f(2) == "ensemble" && (lexis.InSet(f(3), "du", "des") && scope[f(4)] || f(3) == "de" && f(4) == "la" && scope[f(5)]):
		return true // (not «Sur l'ensemble du premier semestre»: a span of time)
	case f(0) == "a" && f(1) == "l'" && f(2) == "echelle" && lexis.InSet(f(3), "nationale", "du", "de", "mondiale", "europeenne"):
		return true
	case f(0) == "au" && f(1) == "niveau" && lexis.InSet(f(2), "national", "mondial", "europeen"):
		return true
	}
	return false
}

// ownerFor reports whether d, the subject the sentence before was about,
// may be whom the possessive det stands for: an organisation, or a name
// the article has not typed (an invented company's, "Kestrel Mining", not a
// court's or a public body's); for
// "its", which no person is, also a name read as a person's that opens on
// no given name ("Ostrander Lithium"). (Not a place: "Switzerland's
// Aletsch glacier… Its length".)
func (x *extractor) ownerFor(d, det string) bool {
	switch x.reg.kind(nameKey(d)) {
	case KindOrg:
		return true
	case "":
		if !entityName(d) || !strings.Contains(d, " ") || courtName(d) || publicBodyName(d) || bodyName(d) {
			return false
		}
		if f := strings.Fields(d); len(f) > 0 && d == x.lastSubject && (x.lastSubjectHow == fromPhrase || x.lastSubjectHow == fromThing) {
			if w := f[len(f)-1]; !unicode.IsUpper([]rune(w)[0]) && (strings.HasSuffix(w, "s") || ownedMeasures[lexis.Fold(w)] || quantityNouns[lexis.Fold(w)]) {
				return false // a phrase on a plural or a measure, no name ("Butter prices rose…")
			}
		}
		// a name (even «La Poste»), not a phrase that opens a sentence on
		// an indefinite or demonstrative ("Une manifestation est prévue
		// samedi")
		first, _, _ := strings.Cut(d, " ")
		r, _ := utf8.DecodeRuneInString(d)
		return unicode.IsUpper(r) && !lexis.InSet(lexis.Fold(first), "un", "une", "des", "a", "an", "this", "these", "ce", "cet", "cette", "ces")
	case KindPerson:
		first, _, _ := strings.Cut(lexis.Fold(d), " ")
		return det == "its" && !gazetteer.GivenNames()[first]
	}
	return false
}

// entityName reports whether a subject's words can name an entity: not a
// function word, a month, a weekday, a time zone or a unit alone.
func entityName(name string) bool {
	if _, _, n := fieldSpan(name); n == 1 && (strings.HasSuffix(name, "é") || strings.HasSuffix(name, "ée") || strings.HasSuffix(name, "és") || strings.HasSuffix(name, "ées")) {
		return false // "Créé il y a 30 ans", "Arrivé en tête": a participle opening its sentence
	}
	return nameWords(name)
}

// nameWords is entityName for a name written inside its sentence, after a
// word of its own: "la coalition Unité" is a name, not a participle.
func nameWords(name string) bool {
	w, _, n := fieldSpan(name) // Fold keeps spaces and makes none: the words of lexis.Fold(name)
	if n == 0 {
		return false
	}
	if n == 1 {
		var buf [64]byte
		f := lexis.AppendFold(buf[:0], w) // lexis.Fold(w), in a buffer
		l := lexis.LookupBytes(f)
		if l&(timex.MonthName|timex.WeekdayName|quantity.TimeUnit|lexNotName) != 0 || timeZones[string(f)] || unitNames[string(f)] || measureUnits[string(f)] != "" || len(f) < 2 ||
			statesAlone[string(f)] || creditGrade(w) {
			return false
		}
	}
	return true
}

// creditGrade reports whether w is a grade a rating agency gives, which
// names no one: Moody's "Aaa", "Baa3", "Caa1" and the others' "BBB",
// "BB", "CCC" (not "AAA", the motorists' association, nor "A1", "B2",
// which may be roads).
func creditGrade(w string) bool {
	switch w {
	case "Aaa", "BBB", "BB", "CCC", "CC":
		return true
	}
	for _, p := range []string{"Aa", "Baa", "Ba", "Caa"} {
		if d, ok := strings.CutPrefix(w, p); ok && len(d) == 1 && d[0] >= '1' && d[0] <= '3' {
			return true
		}
	}
	return false
}

// statesAlone are the words a state is called by, capitalised by custom,
// that name no one on their own: "le président de la République" (not
// "République tchèque", a name of several words; "l'Etat" is the
// government, which owns and pays).
var statesAlone = lexis.SetOf("republique", "republic")

// stateWords name a state after a role: "le chef de l'Etat", "head of
// state", "le président de la République".
var stateWords = lexis.SetOf("etat", "state", "republique", "republic", "nation")

// unitNames are units of measure, never a subject.
var unitNames = lexis.SetOf("km", "kg", "mm", "cm", "m", "ha", "celsius", "fahrenheit", "degres", "degrees", "euros", "dollars",
	"livres", "pounds", "tonnes", "tons", "gev", "mev", "tev", "kwh", "mw", "gw", "km/h", "mph", "noeuds", "knots",
	"usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "inr", "rub", "brl", "hkd", "yuan", "yen")

// quotedApart reports whether span lies in a quotation that does not hold
// the byte at pos: a name quoted ("Use Signal") is no subject of the words
// around the quote.
func (x *extractor) quotedApart(span Span, pos int) bool {
	for _, q := range x.quotes {
		if q.Contains(span) {
			return pos < q.Start || pos >= q.End
		}
	}
	return false
}

// namesOtherEntity reports whether the passage names an organisation or a
// person other than the article's main one (outside a cited source): then
// a figure with no owner is not surely the main one's.
func (x *extractor) namesOtherEntity(s *sentence, cited Span) bool {
	for _, m := range s.mentions {
		if m.key == x.focus || m.common || cited.Overlaps(Span{Start: s.toks[m.tok].Start, End: s.toks[m.end-1].End}) {
			continue
		}
		if exchangeAt(s.toks, m.tok, m.end) {
			continue // "L'action a gagné 4,2 % à la Bourse de Paris": where shares trade, not whose they are
		}
		if citedAt(s.toks, m.tok) {
			continue // "…, the company said, according to LSEG data": a source cited besides the speaker, not whose the figure is
		}
		if k := x.reg.kindOf(&m); k == KindOrg || k == KindPerson && !speaksAt(s.toks, m.end) {
			return true
		}
	}
	return false
}

// exchangeAt reports whether the name of tokens [a, b) is a stock exchange's
// after a preposition of place («à la Bourse de Paris», "on the London
// Stock Exchange"): where a share's move happened.
func exchangeAt(toks []lexis.Token, a, b int) bool {
	k := a - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "la", "le", "l'", "the") {
		k--
	}
	if k < 0 || !lexis.InSet(toks[k].Fold, "a", "sur", "on", "at") {
		return false
	}
	for j := a; j < b; j++ {
		if lexis.InSet(toks[j].Fold, "bourse", "exchange") {
			return true
		}
	}
	return false
}

// speaksAt reports whether a speech verb follows token k closely ("Luca de
// Meo, a indiqué que…", "Elon Musk said"): the person named before it
// reports the figure and is not its subject.
func speaksAt(toks []lexis.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if lexis.IsSpeechVerb(toks, j) {
			return true
		}
		if toks[j].Kind == lexis.Word && !lexis.InSet(toks[j].Fold, "a", "has", "have", "had", "a-t-il", "also", "aussi", "egalement", "then", "alors") {
			return false
		}
	}
	return false
}

// stateNouns name a country by its kind of state: "the kingdom", «le
// royaume», "the emirate".
var stateNouns = lexis.SetOf("kingdom", "royaume", "emirate", "emirat", "republic", "republique", "sultanate", "sultanat",
	"principality", "principaute", "archipelago", "archipel")

// countryBefore returns the country a sentence just before was about, else
// the one the article named last before token a of the current sentence, as
// the set names it; "" when none.
func (x *extractor) countryBefore(a int) string {
	if d := x.lastSubject; d != "" && x.lastSubjectAt >= x.sentIndex-2 && gazetteer.Countries[lexis.Fold(d)] {
		return d // "France sold 30 Rafale jets to India. The country has now sold 250": the country the story was about
	}
	for i := x.sentIndex; i >= 0 && i < len(x.sents); i-- {
		ms := x.sents[i].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; (i < x.sentIndex || m.tok < a) && !m.common && gazetteer.Countries[lexis.Fold(m.text)] {
				return x.reg.display(m.key)
			}
		}
	}
	return ""
}

// townBefore returns the town the article named last, within the three
// sentences before token a of the passage (or before it in the passage),
// "" when none.
func (x *extractor) townBefore(a int) string {
	for i := x.sentIndex; i >= 0 && i < len(x.sents) && x.sentIndex-i <= 3; i-- {
		ms := x.sents[i].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; (i < x.sentIndex || m.tok < a) && !m.common && (gazetteer.IsCity(lexis.Fold(m.text)) || placeNamed(x.reg.display(m.key)) && x.reg.kindOf(&m) == KindPlace) &&
				!gazetteer.Countries[lexis.Fold(m.text)] {
				return x.reg.display(m.key)
			}
		}
	}
	return ""
}

// namedWith returns the entity the article named last, up to passage s,
// whose name holds the common noun head ("iTunes Store" for "the store"),
// "" when none.
// namedOnlyAfter reports whether the article names d first in the
// current sentence s, after token a and not right after it.
func (x *extractor) namedOnlyAfter(s *sentence, d string, a int) bool {
	key := nameKey(d)
	for i := 0; i < x.sentIndex && i < len(x.sents); i++ {
		for _, m := range x.sents[i].mentions {
			if nameKey(x.reg.display(m.key)) == key {
				return false
			}
		}
	}
	for _, m := range s.mentions {
		if nameKey(x.reg.display(m.key)) == key && m.tok <= a+1 {
			return false // (and «le chanteur Lou Kerhervé»: the name the noun opens)
		}
	}
	return true
}

func (x *extractor) namedWith(s *sentence, head string) string {
	headLemma := lemma(head, x.art.Lang)
	only := x.onlyOpeningWith(head, headLemma) // the one French name of several words that opens with the noun
	for i := x.sentIndex; i >= 0 && i < len(x.sents); i-- {
		ms := x.sents[i].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			kind := x.reg.kindOf(&m)
			if !m.common && kind == KindPerson {
				// «l'hôtelier Gérard Zorg … l'hôtelier a dissimulé»: the
				// person the noun was written before.
				if f := x.followOf(i, k); f.kind != "" && (f.kind == head || f.kindLemma == headLemma) {
					return x.reg.display(m.key)
				}
			}
			if i == x.sentIndex && s != nil && m.tok < len(s.toks) && citedAt(s.toks, m.tok) {
				continue // «Selon le collectif Montagne Vivante, la station a prélevé…»: a source cited, not "la station"
			}
			if !m.common && kind != KindPerson && !isNationality(lexis.Fold(m.text)) {
				// (not "Chinese yards … The yard": a nationality is no name)
				f := x.followOf(i, k)
				if f.word != "" && (f.word == head || f.lemma == headLemma) || appositionNames(f.apposition, head, headLemma) ||
					f.naming != "" && (f.naming == head || f.namingLemma == headLemma) ||
					f.kind != "" && (f.kind == head || f.kindLemma == headLemma || strings.HasSuffix(f.kind, "-"+head)) {
					// («l'éco-organisme Recyplast … L'organisme»: the
					// compound's last word)
					// (or «une bactérie, baptisée Pseudomonas garonnensis …
					// la bactérie»: the name the participle gave it)
					// "a new lineup of MacBook Air laptops … the laptop":
					// the name the article gave the thing before its
					// common noun.
					if f.word == head && k+1 < len(ms) && ms[k+1].tok == m.end+1 && !ms[k+1].common && x.reg.kindOf(&ms[k+1]) != KindPerson {
						// "Championship club Southampton … the club": the
						// name after the noun, which the name before it
						// only describes (its league, its country).
						if d := x.reg.display(ms[k+1].key); entityName(d) {
							return d
						}
					}
					if d := x.reg.display(m.key); entityName(d) || !m.initial && nameWords(d) {
						return d // (a name inside its sentence, «un train Intercités», is no participle)
					}
				}
			}
			if m.end-m.tok < 2 || kind == "" || kind == KindPerson {
				continue
			}
			words := x.ws.foldedWords(m.text)
			if m.key == only {
				// «le Parc des Loups … selon le parc», «la Banque de
				// France … la banque»: a French name's first word, before
				// its complement, is what it is, when no other name the
				// article gave opens so («le musée» after two museums may
				// be either).
				if d := x.reg.display(m.key); entityName(d) {
					return d
				}
			}
			for j, w := range words[1:] {
				if x.art.Lang == "en" && j+2 < len(words) && !lexis.InSet(words[j+2], "of", "for", "and") {
					continue // "the stock" is no "Warsaw Stock Exchange": an English name's noun is its last word, or the one before its "of" ("Bank of England")
				}
				if x.art.Lang == "fr" && lexis.InSet(words[j], "de", "des", "du", "d'", "d") {
					continue // «l'aéroport» is no «Union des aéroports français»: a French name's complement after «de» is not what it is
				}
				if w == head || lemma(w, x.art.Lang) == headLemma {
					if d := x.reg.display(m.key); entityName(d) {
						return d
					}
				}
			}
		}
	}
	return ""
}

// onlyOpeningWith returns the key of the one name of the article so far,
// of three words or more, whose first word is head and whose second is
// «de», «des», «du» («Parc des Loups», «Banque de France»), "" when none
// or several are (and for an English article).
func (x *extractor) onlyOpeningWith(head, headLemma string) string {
	if x.art.Lang != "fr" {
		return ""
	}
	only := ""
	for i := 0; i <= x.sentIndex && i < len(x.sents); i++ {
		for _, m := range x.sents[i].mentions {
			if m.common || m.end-m.tok < 3 || m.key == only {
				continue
			}
			words := x.ws.foldedWords(m.text)
			if len(words) < 3 || !lexis.InSet(words[1], "de", "des", "du", "d'", "d") || words[0] != head && lemma(words[0], x.art.Lang) != headLemma {
				continue
			}
			if k := x.reg.kindOf(&m); k == KindPerson || k == "" {
				continue
			}
			if only != "" && x.reg.canon(only) != x.reg.canon(m.key) {
				return ""
			}
			only = m.key
		}
	}
	return only
}

// thingAnaphors are the anaphors for a product or a service, whose name
// is written before them ("the ZorgAd service", "the Zorgchat app").
var thingAnaphors = lexis.SetOf("service", "app", "application", "platform", "plateforme", "network", "reseau", "site", "brand",
	"marque", "messagerie")

// appositionNoun is a word of the apposition after a name that may be its
// noun (see appositionNouns).
type appositionNoun struct {
	word, lemma string // folded
	// names is true when the apposition names a thing word when its noun
	// is word.
	names bool
}

// appositionNames reports whether an apposition whose nouns are as
// appositionNouns gives them has head (of lemma headLemma) for its noun:
// "the A380, a twin-deck aircraft", "l'A380, un avion à deux ponts".
func appositionNames(nouns []appositionNoun, head, headLemma string) bool {
	for _, a := range nouns {
		if a.word == head || a.lemma == headLemma {
			return a.names
		}
	}
	return false
}

// appositionNouns returns the words that may be the noun of an apposition
// after the first name written name in sentence i, in order, nil when no
// apposition follows it. They do not depend on the noun looked for, which
// appositionNames compares with them.
func (x *extractor) appositionNouns(i int, name string) []appositionNoun {
	sp := x.sents[i].span
	text := x.art.Text[sp.Start:sp.End]
	k := strings.Index(text, name)
	if k < 0 {
		return nil
	}
	rest, ok := strings.CutPrefix(text[k+len(name):], ", ")
	if !ok {
		return nil
	}
	if len(rest) > 80 {
		rest = rest[:80] // (the apposition's first words are enough)
	}
	words := strings.Fields(rest)
	if len(words) < 2 {
		return nil
	}
	first := lexis.Fold(words[0])
	if det, _, ok := strings.Cut(first, "'"); !(ok && lexis.InSet(det, "l", "d")) && !lexis.InSet(first, "a", "an", "un", "une", "the", "le", "la") {
		return nil
	}
	// A definite apposition only after a name that opens no phrase of its
	// own: "Selon l'Insee, le taux de chômage a reculé", "pour la CGT, le
	// nombre d'emplois" are a source and a new clause ("for the A380, a
	// twin-deck aircraft" stays one).
	before := strings.Fields(text[max(0, k-40):k])
	if len(before) > 0 {
		// "Selon l'Insee": the elided article, written glued to the name
		if last := before[len(before)-1]; strings.HasSuffix(text[:k], "'") || strings.HasSuffix(text[:k], "’") {
			if lexis.InSet(lexis.Fold(strings.TrimRight(last, "'’")), "d", "de") {
				before[len(before)-1] = "de"
			} else {
				before = before[:len(before)-1]
			}
		}
	}
	for len(before) > 0 && lexis.InSet(lexis.Fold(before[len(before)-1]), "the", "le", "la", "les") {
		before = before[:len(before)-1]
	}
	opens := len(before) > 0 && (prepositions[lexis.Fold(before[len(before)-1])] || lexis.InSet(lexis.Fold(before[len(before)-1]), "selon", "chez", "pour", "for", "to", "according", "de", "of"))
	if det, _, ok := strings.Cut(words[0], "'"); ok && lexis.InSet(lexis.Fold(det), "l", "d") && !opens {
		words[0] = words[0][len(det)+1:] // "l'appareil"
	} else if lexis.InSet(lexis.Fold(words[0]), "a", "an", "un", "une") || !opens && lexis.InSet(lexis.Fold(words[0]), "the", "le", "la") {
		words = words[1:]
	} else {
		return nil
	}
	if opens && len(before) == 1 {
		return nil // "At Zorgon, a union official said…": a phrase opening the sentence, then its clause
	}
	var nouns []appositionNoun
	for n, w := range words {
		if n >= 3 {
			break
		}
		bare := strings.TrimRight(w, ".,;:!?»\"')")
		if bare == "" || strings.ToLower(bare) != bare {
			return nouns // a name: "Airbus, the Zorgon company"
		}
		f := lexis.Fold(bare)
		// The apposition's own noun: the first in French ("un avion à
		// deux ponts"), the last of the compound in English ("a
		// twin-deck aircraft that", not "a union official").
		names := true
		if !(x.art.Lang == "fr" || bare != w || n+1 >= len(words)) {
			next := lexis.Fold(strings.TrimRight(words[n+1], ".,;:!?»\"')"))
			names = lexis.InSet(next, "that", "which", "who", "whose", "with", "based", "in", "of", "for", "from", "at", "on", "to", "and")
		}
		nouns = append(nouns, appositionNoun{word: f, lemma: lemma(f, x.art.Lang), names: names})
		if x.art.Lang == "fr" || bare != w {
			return nouns // the apposition's noun is another, or it ends
		}
	}
	return nouns
}

// focusIsIndex reports whether the article's main organisation is a stock
// index or market ("the CAC 40", "Frankfurt's DAX index", "the Dow Jones
// Industrial Average", «la Bourse de Paris», "Wall Street"): it owns no
// figure a clause's noun names ("Brent crude was up
// 1.1%", "the pound gained 0.3%" are not the DAX's).
// focusIsStatistics reports whether the article's main organisation is a
// statistics office (registry.statisticsBody), read once per article.
func (x *extractor) focusIsStatistics() bool {
	if x.statFocus.key == x.focus && x.statFocus.known {
		return x.statFocus.is
	}
	is := x.focus != "" && (x.reg.statisticsBody(x.focus) || x.abbreviates(x.reg.display(x.focus), "statisti") || x.namedAfter(x.reg.display(x.focus), "statisti"))
	x.statFocus.key, x.statFocus.known, x.statFocus.is = x.focus, true, is
	return is
}

// namedAfter reports whether the article names d right after words
// holding the folded stem ("the national statistics institute INE").
func (x *extractor) namedAfter(d, stem string) bool {
	text := x.art.Text
	for i := 0; d != ""; {
		k := strings.Index(text[i:], " "+d)
		if k < 0 {
			return false
		}
		k += i
		if e := k + 1 + len(d); (e >= len(text) || !unicode.IsLetter(rune(text[e]))) && strings.Contains(lexis.Fold(text[max(0, k-40):k]), stem) {
			return true
		}
		i = k + len(d) + 1
	}
	return false
}

// abbreviates reports whether the article introduces the name d in brackets
// after a longer name holding the folded stem ("l'Institut national de la
// statistique et des études économiques (Insee)").
func (x *extractor) abbreviates(d, stem string) bool {
	text := x.art.Text
	for i := 0; d != ""; {
		k := strings.Index(text[i:], "("+d+")")
		if k < 0 {
			return false
		}
		k += i
		if strings.Contains(lexis.Fold(text[max(0, k-120):k]), stem) {
			return true
		}
		i = k + len(d) + 2
	}
	return false
}

func (x *extractor) focusIsIndex() bool {
	if x.indexFocus.key == x.focus && x.indexFocus.known {
		return x.indexFocus.is
	}
	is := x.readFocusIsIndex()
	x.indexFocus.key, x.indexFocus.known, x.indexFocus.is = x.focus, true, is
	return is
}

// readFocusIsIndex is focusIsIndex, read from the article's sentences.
func (x *extractor) readFocusIsIndex() bool {
	d := x.reg.display(x.focus)
	if indexName(d) {
		return true
	}
	for i := range x.sents {
		if lexis.InSet(x.wordAfter(i, d), "index", "indice", "average") {
			return true // "Frankfurt's DAX index rose"
		}
	}
	return false
}

// indexName reports whether the name d is that of a market index or a
// stock exchange: "CAC 40", "FTSE 100", "S&P 500", "Dow Jones Industrial
// Average", «la Bourse de Paris», "Wall Street".
func indexName(d string) bool {
	w := strings.Fields(d)
	if len(w) == 0 {
		return false
	}
	if last := w[len(w)-1]; last[0] >= '0' && last[0] <= '9' {
		return true // "CAC 40", "FTSE 100", "S&P 500"
	}
	for _, f := range w {
		if lexis.InSet(lexis.Fold(f), "index", "indice", "average", "composite", "bourse", "exchange") {
			return true // (and a stock exchange, «la Bourse de Paris», whose report tells of others' figures)
		}
	}
	return lexis.Fold(d) == "wall street"
}

// unitHeads are the units a price is quoted for that open a subject's
// phrase before the thing they measure («La tonne de cacao», "a barrel of
// oil").
var unitHeads = lexis.SetOf("tonne", "tonnes", "ton", "baril", "barrel", "once", "ounce", "kilo", "kilogramme", "kilogram", "litre", "liter",
	"gallon", "bushel", "boisseau", "quintal", "megawattheure")

// tradeNouns are the words for a kind of business that news puts before a
// company's name in lower case, besides companyKinds and companyHeads ("the
// drugmaker Vaxalis", «le laboratoire Vaxalis», «le brasseur Zorg»).
var tradeNouns = lexis.SetOf("laboratoire", "labo", "brasseur", "transporteur", "editeur", "publisher", "producteur",
	"carrier", "retailer", "enseigne", "chaine", "industriel", "equipementier", "promoteur", "exploitant", "armateur",
	"negociant", "trader", "bank", "banque", "operateur", "minier", "chipmaker", "drugmaker", "biotech")

// entityNoun reports whether the noun at h, which a subject read as an
// anaphor ends, is a word for the entity itself after its determiner ("The
// film took another $38.5 million", «L'organisme prévoit d'investir 250
// millions», «l'hôpital a enregistré»): it says who, not what the figure
// measures (not "its forecast", "Cloud revenue", "the company's market
// value": what the entity has).
func (p *parsed) entityNoun(h int) bool {
	f := p.toks[h].Fold
	return h > 0 && lexis.InSet(p.toks[h-1].Fold, "the", "le", "la", "l'", "this", "ce", "cet", "cette") &&
		!ownedMeasures[f] && !publicMeasures[f] && !quantityNouns[f]
}

// kindBeforeName reports whether the common noun at h is the kind of the
// name right after it, past a complement («Le gestionnaire de réseau
// EirNet a investi», "the regulator Ofgem"): a word for who, no measure.
func (p *parsed) kindBeforeName(h int) bool {
	if p.toks[h].Upper() || p.tags[h] != syntax.NOUN || ownedMeasures[p.toks[h].Fold] || publicMeasures[p.toks[h].Fold] || quantityNouns[p.toks[h].Fold] {
		return false // (not «Le titre Maison Verlaine s'est envolé», «l'action Volta»: what a name has)
	}
	k := h + 1
	for k+1 < len(p.toks) && lexis.InSet(p.toks[k].Fold, "de", "du", "d'", "of") && p.tags[k+1] == syntax.NOUN && !p.toks[k+1].Upper() && k-h < 4 {
		k += 2
	}
	return k < len(p.toks) && p.properNoun(k) && p.toks[k].Upper()
}

// otherKind reports whether the article calls the organisation named d by
// a common noun of another kind than noun before its name («Le fonds
// Ardian» is no «entreprise», "the regulator Zorgcom" no "company").
func (x *extractor) otherKind(d, noun string) bool {
	if other, common := x.otherCommonKind(d, noun); common {
		return other
	}
	if !companyWords[noun] && !anaphors[noun] {
		return false
	}
	for i := x.sentIndex; i >= 0 && i < len(x.sents) && x.sentIndex-i <= 8; i-- {
		if w := x.wordBefore(i, d); w != "" {
			if companyWords[noun] && (companyKinds[w] || companyHeads[w] || tradeNouns[w]) {
				return false // «le laboratoire Vaxalis… Le groupe»: a kind of company is a company
			}
			return w != noun && lemma(w, x.art.Lang) != lemma(noun, x.art.Lang) && !companyWords[w] && !anaphors[w]
		}
	}
	return false
}

// measuredBy returns the one subject of the article's figures so far
// whose measure counts noun (a lemma), "" when none or several.
func (x *extractor) measuredBy(noun string) string {
	who, last := "", datedAt{si: -1}
	for k := range x.said {
		subj, m, _ := strings.Cut(k, "\x00")
		m, _, _ = strings.Cut(m, " (")
		if subj == "" || !slices.Contains(strings.Fields(m), noun) {
			continue
		}
		if who != "" && who != subj {
			return ""
		}
		who = subj
		if w := x.saidWhen[k]; w.si > last.si {
			last = w
		}
	}
	x.measured = last
	return who
}

// datedAt is a figure's date and the index of its sentence.
type datedAt struct {
	date Date
	si   int
}

// namedAs reports whether the article wrote noun (or its lemma) right
// before name d so far: «Le groupe de distribution Provençal
// Distribution» is named as a «groupe».
func (x *extractor) namedAs(d, noun string) bool {
	if d == "" {
		return false
	}
	for i := 0; i <= x.sentIndex && i < len(x.sents); i++ {
		if w := x.wordBefore(i, d); w != "" && (w == noun || lemma(w, x.art.Lang) == lemma(noun, x.art.Lang)) {
			return true
		}
		if w := x.kindOpening(i, d); w != "" && (w == noun || lemma(w, x.art.Lang) == lemma(noun, x.art.Lang)) {
			return true
		}
	}
	return false
}

// kindOpening returns the common noun that opens the words right before
// name d in sentence i after a determiner, past a complement of a few
// words («le groupe de distribution Provençal Distribution»: «groupe»),
// folded; "" when there is none.
func (x *extractor) kindOpening(i int, d string) string {
	sp := x.sents[i].span
	text := x.art.Text[sp.Start:sp.End]
	k := strings.Index(text, d)
	if k < 1 {
		return ""
	}
	words := strings.Fields(text[:k])
	for j := len(words) - 2; j >= 0 && j >= len(words)-5; j-- {
		if lexis.InSet(lexis.Fold(words[j]), "le", "la", "les", "the") && strings.ToLower(words[j+1]) == words[j+1] {
			return lexis.Fold(words[j+1])
		}
		if strings.HasPrefix(lexis.Fold(words[j]), "l'") && len(words[j]) > 2 {
			return lexis.Fold(words[j][2:])
		}
	}
	return ""
}

// otherCommonKind reports, for a subject d the article named by a common
// noun phrase ("The fair", «Le salon»), whether noun names another kind of
// thing; common is false when d is a name.
func (x *extractor) otherCommonKind(d, noun string) (other, common bool) {
	f := strings.Fields(d)
	if len(f) < 2 || !lexis.InSet(lexis.Fold(f[0]), "the", "le", "la", "les", "l'") || strings.ToLower(d[len(f[0]):]) != d[len(f[0]):] {
		return false, false
	}
	w := lexis.Fold(f[len(f)-1])
	if companyWords[noun] && (companyKinds[w] || companyHeads[w] || tradeNouns[w]) {
		return false, true
	}
	return w != noun && lemma(w, x.art.Lang) != lemma(noun, x.art.Lang) && !companyWords[w] && !anaphors[w], true
}

// otherCommonKindOf is otherCommonKind's first answer.
func (x *extractor) otherCommonKindOf(d, noun string) bool {
	other, _ := x.otherCommonKind(d, noun)
	return other
}

// wordBefore returns the common noun written right before name in sentence
// i after a determiner ("le fonds Ardian", "the regulator Zorgcom"),
// folded; "" when there is none.
func (x *extractor) wordBefore(i int, name string) string {
	sp := x.sents[i].span
	text := x.art.Text[sp.Start:sp.End]
	k := strings.Index(text, name)
	if k < 1 || text[k-1] != ' ' {
		return ""
	}
	words := strings.Fields(text[:k])
	if len(words) < 2 {
		return ""
	}
	w, det := words[len(words)-1], lexis.Fold(words[len(words)-2])
	if strings.ToLower(w) != w || !lexis.InSet(det, "le", "la", "les", "l'", "the", "un", "une", "a", "an", "du", "au") {
		return ""
	}
	return lexis.Fold(w)
}

// nameFollow is what follows the first place sentence i writes a name
// of it (see followOf).
type nameFollow struct {
	// word is the name's wordAfter, lemma its lemma.
	word, lemma string
	// apposition are the appositionNouns of the name.
	apposition []appositionNoun
	// naming is the folded noun a participle of naming before the name
	// gives it («une bactérie, baptisée Pseudomonas garonnensis», "a new
	// species named Ingentia"), namingLemma its lemma.
	naming, namingLemma string
	// kind is the name's kindBefore, kindLemma its lemma.
	kind, kindLemma string
	// read is true once the fields above are worked out.
	read bool
}

// followOf returns what follows the name of mention k of sentence i where
// the sentence first writes it, worked out once per mention: namedWith
// asks it of every name before the passage, for each noun it reads.
func (x *extractor) followOf(i, k int) nameFollow {
	if x.follows == nil {
		x.follows = make([][]nameFollow, len(x.sents))
	}
	if x.follows[i] == nil {
		x.follows[i] = make([]nameFollow, len(x.sents[i].mentions))
	}
	f := &x.follows[i][k]
	if !f.read {
		name := x.sents[i].mentions[k].text
		*f = nameFollow{read: true, word: x.wordAfter(i, name), apposition: x.appositionNouns(i, name), naming: x.namingNoun(i, name), kind: x.kindBefore(i, name)}
		if f.kind != "" {
			f.kindLemma = lemma(f.kind, x.art.Lang)
		}
		if f.word != "" {
			f.lemma = lemma(f.word, x.art.Lang)
		}
		if f.naming != "" {
			f.namingLemma = lemma(f.naming, x.art.Lang)
		}
	}
	return *f
}

// namingParticiples give a thing its name: «une bactérie, baptisée X».
var namingParticiples = lexis.SetOf("baptise", "baptisee", "baptises", "baptisees", "nomme", "nommee", "appele", "appelee", "denomme",
	"denommee", "surnomme", "surnommee", "named", "called", "dubbed", "christened")

// namingNoun returns the folded noun that a participle of naming right
// before the first name in sentence i written name gives it («une
// bactérie, baptisée Pseudomonas garonnensis», "a species named X"), ""
// when there is none.
func (x *extractor) namingNoun(i int, name string) string {
	text, k := x.nameIn(i, name)
	if k < 0 {
		return ""
	}
	before := text[max(0, k-64):k] // the few words before the name
	last := strings.LastIndexByte(strings.TrimRight(before, " "), ' ')
	if last < 0 || !namingParticiples[lexis.Fold(strings.TrimSpace(before[last:]))] {
		return ""
	}
	words := strings.Fields(before)
	if len(words) < 2 {
		return ""
	}
	// The participle gives a name when set off after the noun («une
	// bactérie, baptisée X») or after an indefinite noun ("a new species
	// named X"); not a finite verb ("the union called Brixton a hostile
	// bidder").
	noun := words[len(words)-2]
	comma := strings.HasSuffix(noun, ",")
	noun = strings.TrimRight(noun, ",")
	indefinite := false
	for k := len(words) - 3; k >= 0 && k >= len(words)-5; k-- {
		if lexis.InSet(lexis.Fold(words[k]), "a", "an", "un", "une", "des") && words[k] != "à" {
			indefinite = true
		}
	}
	if !comma && !indefinite || noun == "" || strings.ToLower(noun) != noun || strings.ContainsAny(noun, "0123456789") {
		return ""
	}
	return lexis.Fold(noun)
}

// nameIn returns the text of sentence i and the offset in it where name is
// first written, -1 when it is not.
func (x *extractor) nameIn(i int, name string) (string, int) {
	sp := x.sents[i].span
	text := x.art.Text[sp.Start:sp.End]
	return text, strings.Index(text, name)
}

// kindBefore returns the folded common noun that may say what kind of
// thing the first name in sentence i written name is: the word right
// before it, or before one lower-case adjective right before it, after a
// determiner or at the sentence's start («la coopérative Alvéa», «le
// biscuitier breton Bréval», «l'enseigne Kiabi», "Retailer Zorgmart").
// None when a verb or an owner may stand there ("Zorgmat's union called
// Brixton", «l'usine de Bréval»), nor after a nationality: "a bid from
// Chinese yard Haixing" names a rival, and "The yard" that follows is the
// article's own.
func (x *extractor) kindBefore(i int, name string) string {
	text, k := x.nameIn(i, name)
	if k < 1 || text[k-1] != ' ' {
		return "" // (not «d'Alvéa»)
	}
	words := strings.Fields(text[max(0, k-48):k])
	if len(words) > 0 && k > 48 {
		words = words[1:] // (a word cut in two)
	}
	plain := func(w string) bool {
		return strings.ToLower(w) == w && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	}
	for n := len(words) - 1; n >= 0 && n >= len(words)-2; n-- {
		w := words[n]
		if !plain(w) {
			return ""
		}
		if f, ok := strings.CutPrefix(lexis.Fold(w), "l'"); ok && f != "" {
			return f // «l'enseigne Kiabi»
		}
		if n == 0 && k-len(strings.Join(words, " ")) <= 1 {
			return lexis.Fold(w) // the sentence's first words
		}
		if n < len(words)-1 && !originAdjective(words[n+1], x.art.Lang) {
			return "" // ("The judge fined Zorgon": a verb, not an adjective)
		}
		if n > 0 {
			before := lexis.Fold(words[n-1])
			if lexis.InSet(before, "le", "la", "les", "the", "un", "une", "a", "an", "du", "des", "au", "aux", "d'un", "d'une") && words[n-1] != "à" {
				return lexis.Fold(w)
			}
		}
	}
	return ""
}

// isNationality reports whether folded word w is an adjective of
// nationality, French or English ("chinese", «norvégien»).
func isNationality(w string) bool {
	return gazetteer.Demonyms[w] || nationalities["en\x00"+w].en != "" || nationalities["fr\x00"+w].en != ""
}

// originAdjective reports whether w may be an adjective of a region or a
// town written after its noun, in French, by its ending («breton»,
// «normand», «lyonnais», «toulousaine»); a nationality is not («le
// chantier chinois Haixing» names a rival, as "Chinese yard Haixing" does).
func originAdjective(w, lang string) bool {
	f := lexis.Fold(w)
	if nationalities["fr\x00"+f].en != "" || lang != "fr" {
		return false
	}
	for _, e := range []string{"ais", "aise", "ain", "aine", "ien", "ienne", "on", "onne", "and", "ande", "ois", "oise", "in", "ine"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+2 {
			return true
		}
	}
	return false
}

// wordAfter returns the folded word right after the first name in
// sentence i written name, "" when there is none.
func (x *extractor) wordAfter(i int, name string) string {
	text, k := x.nameIn(i, name)
	if k < 0 {
		return ""
	}
	rest := text[k+len(name):]
	if !strings.HasPrefix(rest, " ") {
		return ""
	}
	w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	w = strings.TrimRight(w, ".,;:!?»\"')")
	if w == "" || strings.ToLower(w) != w {
		return "" // "Zorgon Computer": part of the name, or another one
	}
	return lexis.Fold(w)
}

// mentionCovers reports whether one of the passage's names covers tokens
// [a, b) whole.
func (x *extractor) mentionCovers(s *sentence, a, b int) bool {
	for _, m := range s.mentions {
		if m.tok <= a && m.end >= b {
			return true
		}
	}
	return false
}

// citesFocus reports whether the passage cites the article's main
// organisation as the source of its figure ("Mais pour la CGT, le nombre
// d'emplois…"): the figure is then the organisation's claim, not about it.
// focusReportsIn reports whether the sentence names the article's main
// organisation as the one that reports its figures ("…, a annoncé le
// ministère de l'Intérieur", "figures published on Monday by Eurostat",
// "Eurostat said"): its figures about public matters are not its own.
func (x *extractor) focusReportsIn(s *sentence) bool {
	toks := s.toks
	for _, m := range s.mentions {
		if x.reg.canon(m.key) != x.reg.canon(x.focus) {
			continue
		}
		for k := m.tok - 1; k >= 0 && m.tok-k <= 4; k-- {
			if lexis.IsSpeechVerb(toks, k) || lexis.InSet(toks[k].Fold, "par", "by") && k > 0 && strings.HasPrefix(toks[k-1].Fold, "publi") {
				return true
			}
			if lexis.InSet(toks[k].Fold, "par", "by") && estimatedBefore(toks, k) {
				return true // "Les dégâts sont estimés à 85 millions d'euros par la Fédération…"
			}
			if toks[k].Text == "," || toks[k].Text == "." {
				break
			}
		}
		for k := m.end; k < len(toks) && k-m.end <= 2; k++ {
			if lexis.IsSpeechVerb(toks, k) {
				return true
			}
		}
	}
	return false
}

// estimatedBefore reports whether a participle of estimating or counting
// stands in the clause before token k ("estimés à 85 millions d'euros
// par", "estimated at $2 billion by"): whoever comes after "par"/"by" made
// the estimate, and is its source, not what it is about.
func estimatedBefore(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 10; j-- {
		f := toks[j].Fold
		if toks[j].Text == "," || toks[j].Text == "." {
			return false
		}
		if hasAnySuffix(f, "e", "ee", "es", "ees", "ed") && (strings.HasPrefix(f, "estim") || strings.HasPrefix(f, "evalu") || strings.HasPrefix(f, "chiffr") ||
			strings.HasPrefix(f, "recens") || strings.HasPrefix(f, "denombr") || strings.HasPrefix(f, "calcul") || strings.HasPrefix(f, "count") || strings.HasPrefix(f, "assess")) {
			return true
		}
	}
	return false
}

// agentOfEstimate reports whether the name at token k follows "par" or
// "by" (and an article) after a participle of estimating or counting.
func agentOfEstimate(toks []lexis.Token, k int) bool {
	j := k - 1
	if j >= 0 && lexis.InSet(toks[j].Fold, "la", "le", "l'", "les", "the") {
		j--
	}
	return j >= 0 && lexis.InSet(toks[j].Fold, "par", "by") && estimatedBefore(toks, j)
}

// publicMeasures are the nouns of a country's or a people's measures, never
// an organisation's own ("Turnout was 66%", "le chômage a reculé"): with no
// place named they stay unsure rather than fall back to the article's
// organisation.
var publicMeasures = lexis.SetOf("turnout", "participation", "abstention", "unemployment", "chomage", "inflation", "gdp", "pib",
	"population", "temperature", "temperatures", "poverty", "pauvrete", "deficit", "unemployed", "chomeurs", "birth",
	"births", "naissances", "deaths", "deces", "mortality", "mortalite", "emissions", "exports", "imports", "exportations", "importations")

// ownedMeasures are the nouns of what an organisation owns or does itself,
// whose figure is its own when it reports it ("Revenue rose 9%, Skyline
// said", "le chiffre d'affaires a progressé, a annoncé le groupe").
var ownedMeasures = lexis.SetOf("revenue", "revenues", "sales", "profit", "profits", "loss", "losses", "earnings", "turnover",
	"shares", "stock", "margin", "income", "orders", "deliveries", "workforce", "employees", "staff", "debt", "cash",
	"capital", "valuation", "dividend", "subscribers", "users", "customers", "production", "output", "chiffre", "benefice",
	"benefices", "perte", "pertes", "ventes", "action", "actions", "marge", "resultat", "commandes", "livraisons",
	"effectifs", "salaries", "dette", "tresorerie", "capitalisation", "dividende", "abonnes", "utilisateurs", "clients",
	"production", "cours", "titre", "activite", "investissements", "investments", "budget", "excedent", "recettes", "receipts",
	"exports", "imports", "exportations", "importations")

// companyAnaphorBetween returns the last token in (i, j) of a definite
// "the company", «le groupe», -1 when none.
func (p *parsed) companyAnaphorBetween(i, j int) int {
	for k := j - 1; k > i; k-- {
		if companyWords[p.toks[k].Fold] && lexis.InSet(p.toks[k-1].Fold, "the", "le", "la", "l'") {
			return k
		}
	}
	return -1
}

// companyWords stand for a company: "l'entreprise", "the firm".
var companyWords = lexis.SetOf("entreprise", "societe", "company", "firm", "groupe", "group", "compagnie")

// publicMeasure reports whether the noun phrase of head h measures the
// public (publicMeasures), the head or a noun its phrase opens with:
// "Inflation in the euro area", "le taux de chômage".
func (p *parsed) publicMeasure(h int) bool {
	// "le taux de chômage", "the rate of inflation": the head's complement.
	for j := h + 1; j+1 < len(p.toks) && j <= h+3 && lexis.InSet(p.toks[j].Fold, "de", "d'", "du", "of"); j += 2 {
		if publicMeasures[p.toks[j+1].Fold] {
			return true
		}
		if p.tags[j+1] != syntax.NOUN {
			break
		}
	}
	for j := h; j >= 0 && h-j <= 6; j-- {
		if publicMeasures[p.toks[j].Fold] {
			return true
		}
		switch t := p.tags[j]; {
		case t == syntax.DET:
			return false // the phrase's start
		case t == syntax.ADP && !(j > 0 && p.tags[j-1] == syntax.NOUN && lexis.InSet(p.toks[j].Fold, "of", "in", "de", "d'", "du", "des", "dans", "en")):
			return false // (not "Despite inflation the revenue grew")
		case t != syntax.NOUN && t != syntax.ADJ && t != syntax.ADP && t != syntax.PROPN:
			return false
		}
	}
	return false
}

// stateAdjectives say a measure is a state's: "public debt", «la dette
// publique».
var stateAdjectives = lexis.SetOf("public", "national", "government", "sovereign", "federal", "publique", "publiques", "souveraine", "nationale")

func (x *extractor) citesFocus(s *sentence, cited Span) bool {
	if cited.Len() == 0 {
		return false
	}
	for _, m := range s.mentions {
		if x.reg.canon(m.key) == x.reg.canon(x.focus) && cited.Overlaps(Span{Start: s.toks[m.tok].Start, End: s.toks[m.end-1].End}) {
			return true
		}
	}
	return false
}

// qualifiedNoun returns the noun a participle and "à", "to" qualify before
// the name at token a («l'exposition consacrée à Eugène Delacroix», "the
// exhibition devoted to Turner"): what the phrase is about; -1 when none.
func (p *parsed) qualifiedNoun(a int) int {
	j := a - 1
	if j < 2 || !(p.toks[j].Text == "à" || lexis.InSet(p.toks[j].Fold, "au", "aux", "to")) || p.tags[j-1] != syntax.VERB || p.tags[j-2] != syntax.NOUN {
		return -1
	}
	if !lexis.FrenchParticiple(p.toks[j-1].Fold) && !lexis.EnglishPast(p.toks[j-1].Fold) || p.toks[j-2].Upper() {
		return -1
	}
	return j - 2
}

// orgHeadedBy returns the organisation the article named last before the
// noun at token a of passage s whose name of several words that noun heads:
// its last word or, before "of", "for" or «de», its first ("the Danish
// Energy Agency … the agency", "the Bank of Ghana … the bank", «l'Agence
// spatiale européenne … l'agence»); "" when none.
func (x *extractor) orgHeadedBy(s *sentence, a int) string {
	head := s.toks[a].Fold
	d, at := x.orgHeadedByName(s, a, head)
	if main := x.mainOrg(); d != "" && at < x.sentIndex-1 && main != "" && x.reg.canon(nameKey(d)) != x.reg.canon(main) && x.headedBy(main, head) {
		// «Le musée du Louvre a accueilli 7,8 millions de visiteurs…
		// Le musée d'Orsay a reçu 3,2 millions de visiteurs. […] Le
		// musée prévoit d'augmenter le prix du billet»: two sentences on,
		// the noun stands for the museum the article is about.
		return x.reg.display(main)
	}
	if d != "" && (companyWords[head] || lexis.InSet(head, "bank", "banque")) && x.lastSubject != "" && x.lastSubject != d && x.lastSubjectAt >= x.sentIndex-2 && x.reg.kind(nameKey(x.lastSubject)) == KindOrg &&
		(x.lastSubjectHow == fromClause || x.lastSubjectHow == fromAnaphor || x.lastSubjectHow == fromPronoun) {
		// "British lender Blorpley cut 2,000 jobs, a week after the Bank
		// of England raised rates. The bank employs 40,000 people": a
		// company's or a bank's noun stands for the organisation the
		// sentences before were about (an agency's, a ministry's for the
		// body so named).
		return ""
	}
	return d
}

// mainOrg is the article's main organisation: its focus, else the first
// organisation its opening sentences name; "" when none.
func (x *extractor) mainOrg() string {
	if x.focus != "" {
		return x.focus
	}
	for i := 0; i < len(x.sents) && i < 3; i++ {
		for _, m := range x.sents[i].mentions {
			if !m.common && x.reg.kindOf(&m) == KindOrg {
				return m.key
			}
		}
	}
	return ""
}

// headedBy reports whether the article names organisation key with the
// noun head before its name («le musée du Louvre», "the Louvre museum").
func (x *extractor) headedBy(key, head string) bool {
	f := lexis.Fold(x.reg.display(key))
	if w := strings.Fields(f); len(w) >= 2 && (w[0] == head || w[len(w)-1] == head) {
		return true // «musée du Louvre», "Louvre Museum"
	}
	text := lexis.Fold(x.art.Text)
	for _, p := range []string{head + " du " + f, head + " de " + f, head + " d'" + f, head + " of " + f, f + " " + head} {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// orgHeadedByName is orgHeadedBy without the check of the subject before;
// it also returns the sentence that named the organisation.
func (x *extractor) orgHeadedByName(s *sentence, a int, head string) (string, int) {
	for i := x.sentIndex; i >= 0 && i < len(x.sents) && x.sentIndex-i < 8; i-- {
		ms := x.sents[i].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if i == x.sentIndex && m.end > a || m.common || m.end-m.tok < 2 || x.reg.kindOf(&m) != KindOrg {
				continue
			}
			w := x.ws.foldedWords(m.text)
			if w[len(w)-1] == head || w[0] == head && (x.art.Lang == "fr" || lexis.InSet(w[1], "of", "for")) {
				if d := x.reg.display(m.key); entityName(d) {
					return d, i
				}
			}
		}
	}
	return "", -1
}

// subjectHeadedBy returns the last subject the article gave a claim with a
// noun phrase of several words whose head is the noun head (folded): its
// last word in English, "Tomas Zorg's three-party coalition", its first
// after the article in French, «la coalition de centre gauche»; "" when
// there is none.
func (x *extractor) subjectHeadedBy(head string) string {
	for i := len(x.subjects) - 1; i >= 0; i-- {
		d := x.subjects[i]
		w := x.ws.foldedWords(d)
		if len(w) < 2 {
			continue
		}
		if x.art.Lang == "fr" {
			if len(w) > 2 && lexis.InSet(w[0], "le", "la", "les") && w[1] == head || strings.TrimPrefix(w[0], "l'") == head && w[0] != head {
				return d
			}
		} else if w[len(w)-1] == head && !(len(w) == 2 && lexis.InSet(w[0], "the", "this")) {
			return d
		}
	}
	return ""
}

// otherHeadedBy reports whether the article named, beside d, another
// subject whose last word is head.
func (x *extractor) otherHeadedBy(head, d string) bool {
	for _, o := range x.subjects {
		if w := x.ws.foldedWords(o); o != d && len(w) >= 2 && w[len(w)-1] == head {
			return true
		}
	}
	return false
}

// thingNamed returns the definite noun phrase headed by token a when it
// names a thing of its own rather than a measure an organisation owns
// ("The minimum wage will rise to 288,000 pesos", «Le cheptel laitier a
// perdu 9 %»): the figure is that thing's, not the article's main
// organisation's; "" when the phrase is a measure of an owner ("the
// revenue"), a body or an anaphor.
func (x *extractor) thingNamed(s *sentence, p *parsed, a int) string {
	toks := s.toks
	det := a - 1
	for det > 0 && a-det <= 3 && (p.tags[det] == syntax.ADJ || p.tags[det] == syntax.NOUN && !toks[det].Upper()) {
		det-- // "The new undersea cable"
	}
	if a == 0 || det < 0 || !lexis.InSet(toks[det].Fold, "the", "le", "la", "les", "l'", "a", "an", "un", "une") || toks[det].Text == "a" && p.lang == "fr" {
		return ""
	}
	if h := toks[a].Fold; ownedMeasures[h] || companyWords[h] || anaphors[h] || groupNouns[h] || publicMeasures[h] || changeWords[h] || changeNouns[h] ||
		forecastNouns[h] || newsNouns[h] || quantityNouns[h] || documentNouns[h] || personNouns[h] || peopleNouns[h] || observerNouns[h] || staffNouns[h] || memberNouns[h] || humanNouns[h] ||
		crowdNouns[h] || placeKindNouns[h] || townNouns[h] || chargeNouns[h] {
		// (a measure, a change, a forecast, a document or people: whose
		// they are is another's; "the city", «la ville»: a place named
		// before)
		return ""
	}
	if a >= 4 && toks[a-2].Text == "," && namingParticiples[toks[0].Fold] {
		// «Baptisée « 3DS XL », la machine sera dotée…», "Dubbed Aurora,
		// the telescope…": the name the sentence opens by giving it.
		if name := strings.Trim(strings.TrimSpace(x.art.Text[toks[1].End:toks[a-2].Start]), "«»\"“”‘’' \u00a0\u202f"); entityName(name) {
			return name
		}
	}
	v := a + 1
	for v < len(toks) && !isVerb(p.tags[v]) {
		v++
	}
	if v == len(toks) || p.nounPhraseEnd(a, v) != v || p.participle(v) && !p.verbBeforeFigure(v) || det >= 1 && !lexis.InSet(toks[det-1].Fold, ",", ";", ":", "et", "and", "que", "qu'", "that", "mais", "but", "when", "quand", "lorsque", "lorsqu'") && !(toks[det-1].Text == "où" && det >= 3 && p.inDate(det-3)) ||
		x.kindWrittenBeforeName(toks[a].Fold) || p.objectAfterVerb(v) {
		// (only a clause's own subject, opening it right before its verb:
		// not a verb's object, «où les prix ont chuté» after a place (but
		// «en 2024, où le festival avait réuni…» after a date), nor
		// a relative's antecedent; and not "The yard" after "Chinese yard
		// Haixing": a name's kind stands for a name; nor when the verb
		// has an object, "The concession will cost the state 18 billion
		// crowns", "the levy would cut passenger numbers by 5%": whose
		// the figure is, the object says)
		return ""
	}
	if p.nounPhrase(x.art.Text, a, v) == "" {
		return "" // (no thing a reader can follow: see nounPhrase)
	}
	return strings.TrimSpace(x.art.Text[toks[det].Start:toks[p.nounPhraseEnd(a, v)-1].End])
}

// verbBeforeFigure reports whether the English verb at v, which could be a
// participle, is followed by a figure: "The ferry carried 1,200
// passengers" (a main verb, not "the ferry carried by…").
func (p *parsed) verbBeforeFigure(v int) bool {
	k := v + 1
	for k < len(p.toks) && k <= v+2 && qualifierWords[p.toks[k].Fold] {
		k++
	}
	return p.lang != "fr" && k < len(p.toks) && (p.tags[k] == syntax.NUM || quantity.CurrencyPrefix(p.toks, k))
}

// kindWrittenBeforeName reports whether the article has written the noun
// (or its lemma) right before a name up to the current sentence ("Chinese
// yard Haixing Shipbuilding", «le chantier Atlantique»).
func (x *extractor) kindWrittenBeforeName(head string) bool {
	if x.kindsBeforeNames == nil {
		x.kindsBeforeNames = map[string]int{}
		for i := range x.sents {
			// (the sentences before keep no tokens: their words)
			words := strings.Fields(x.art.Text[x.sents[i].span.Start:x.sents[i].span.End])
			for j := 0; j+1 < len(words); j++ {
				if r, _ := utf8.DecodeRuneInString(words[j+1]); !unicode.IsUpper(r) {
					continue
				}
				w := lexis.Fold(words[j])
				for _, k := range []string{w, lemma(w, x.art.Lang)} {
					if _, ok := x.kindsBeforeNames[k]; !ok {
						x.kindsBeforeNames[k] = i
					}
				}
			}
		}
	}
	for _, k := range []string{head, lemma(head, x.art.Lang)} {
		if i, ok := x.kindsBeforeNames[k]; ok && i <= x.sentIndex {
			return true
		}
	}
	return false
}

// documentNouns name what publishes figures rather than what they are of.
var documentNouns = lexis.SetOf("report", "reports", "rapport", "rapports", "texte", "text", "bulletin", "study", "etude", "survey",
	"enquete", "releves", "data", "donnees", "figures", "statistics", "statistiques", "results", "resultats", "document", "note")

// humanNouns name people by what they are, whose figures are of others
// ("The women made up 54%", «les vainqueurs»).
var humanNouns = lexis.SetOf("women", "men", "femmes", "hommes", "children", "enfants", "suspects", "suspect", "winners", "vainqueurs",
	"victims", "victimes", "voters", "electeurs", "electrices", "negociants", "traders", "delegation", "profession", "leaders", "dirigeants", "direction", "management", "joueuse", "joueuses", "players")

// objectAfterVerb reports whether the verb group at token v is followed by
// a noun phrase (a determiner, a noun or a name) rather than a figure, a
// preposition or an adjective: the verb's object.
func (p *parsed) objectAfterVerb(v int) bool {
	k := v + 1
	for k < len(p.toks) && (isVerb(p.tags[k]) || p.tags[k] == syntax.ADV || p.tags[k] == syntax.PART || p.tags[k] == syntax.AUX || p.inDate(k)) {
		k++ // (and a date: «a atteint mardi un pic de…»)
	}
	if k+1 < len(p.toks) && p.tags[k] == syntax.ADJ && p.tags[k+1] == syntax.NOUN {
		k++ // "cost local businesses 8 million euros"
	}
	if k == len(p.toks) || !(p.tags[k] == syntax.DET && p.toks[k].Kind != lexis.Number || p.tags[k] == syntax.NOUN || p.tags[k] == syntax.PROPN) {
		return false
	}
	j := k
	for j < len(p.toks) && (p.tags[j] == syntax.DET && p.toks[j].Kind != lexis.Number || p.tags[j] == syntax.ADJ || p.tags[j] == syntax.NOUN || p.tags[j] == syntax.PROPN) {
		j++
	}
	if j+1 < len(p.toks) && lexis.InSet(p.toks[j].Fold, "of", "de", "d'") && (p.toks[j+1].Kind == lexis.Number || j+2 < len(p.toks) && p.toks[j+2].Kind == lexis.Number) {
		return false // the figure's own phrase: "reached a peak of 61.8 GW"
	}
	return true
}

// townNouns stand for a place the article named («la ville», "the town").
var townNouns = lexis.SetOf("ville", "villes", "city", "town", "pays", "country", "capitale", "capital", "metropole", "village",
	"agglomeration", "localite")

// chargeNouns name what someone pays, a measure of the payer's ("the total
// bill is likely to reach about 240 million pounds").
var chargeNouns = lexis.SetOf("bill", "bills", "cost", "costs", "fine", "fines", "fee", "fees", "facture", "factures", "cout", "couts",
	"amende", "amendes", "penalty", "penalite")

// placeNamed reports whether name is a place the gazetteer knows, also
// without the article that opens its full name ("Puy-en-Velay" for «Le
// Puy-en-Velay», as a name is registered without its article).
func placeNamed(name string) bool {
	if gazetteer.IsPlaceName(name) {
		return true
	}
	for _, art := range []string{"Le ", "La ", "Les ", "L'"} {
		if gazetteer.IsPlaceName(art + name) {
			return true
		}
	}
	return false
}

// unnamedOfficerSpeaks reports whether a person named with an officer's
// role and no organisation ("Chief executive Rafael Moura") speaks with a
// speech verb before token a of sentence s.
func (x *extractor) unnamedOfficerSpeaks(s *sentence, a int) bool {
	toks := s.toks
	for _, m := range s.mentions {
		if m.end >= a || m.common || x.reg.kindOf(&m) != KindPerson || !officerBefore(toks, Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}) {
			continue
		}
		for _, o := range s.mentions {
			if o.end <= m.tok && m.tok-o.end <= 3 && x.reg.kindOf(&o) == KindOrg {
				return false // "Xiaomi President Lu Weibing": that company's officer
			}
		}
		if m.end < len(toks) && toks[m.end].Text == "," {
			return false // "Rafael Moura, chief executive of Celtra,": the apposition may name it
		}
		for k := m.end; k < a; k++ {
			if lexis.IsSpeechVerb(toks, k) {
				return true
			}
			if toks[k].Kind == lexis.Punct {
				break
			}
		}
	}
	return false
}

// placeSetOff returns the comma that opens a place set off by commas whose
// closing comma is at token c («, dans le Var,», ", in Texas,"); 0 when
// the words before c are no such place.
func placeSetOff(toks []lexis.Token, c int) int {
	for o := c - 1; o > 0 && c-o <= 6; o-- {
		if toks[o].Text == "," {
			if lexis.InSet(toks[o+1].Fold, "dans", "en", "au", "aux", "in", "near", "pres") && o+2 < c && toks[c-1].Upper() {
				return o
			}
			return 0
		}
		if toks[o].Kind == lexis.Punct && toks[o].Text != "-" && toks[o].Text != "'" {
			return 0
		}
	}
	return 0
}
