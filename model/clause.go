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

// This file reads a claim from its clause, over the parts of speech of the
// sentence: the clause's limits and the verb that governs a figure, then
// (readFigure) the noun it counts (measure.go) and who it is about
// (subject.go).

// parsed is a sentence's tokens with their parts of speech, and which of
// them the article's names cover (a name the set knows stays a name when the
// tagger reads it as a common noun, as at the start of a sentence).
type parsed struct {
	lang string
	toks []lexis.Token
	// dates are the passage's date expressions.
	dates []timex.DateExpr
	tags  []syntax.Tag
	named []bool
	// starts marks the tokens where a name the set knows begins.
	starts []bool
	// initialOnly is true when the name opening the sentence is one the
	// set writes only at the start of sentences.
	initialOnly bool
	// opensWithName is true when the passage's first word is a capitalised
	// word the article never writes in lower case.
	opensWithName bool
	// opensWithAdjective is true when the passage's first word is an
	// adjective before a noun, written capitalised only because it opens
	// the sentence ("New condo sales…").
	opensWithAdjective bool
}

// clauseReading is what a clause says of one figure.
type clauseReading struct {
	// noun is the token of the noun the figure counts, -1 when none.
	noun int
	// verb is the token of the verb that governs the figure, -1 when none.
	verb int
	// at is the figure's first token (with its currency sign); after is the
	// first token after the figure and its unit.
	at, after int
	// subject is the entity the claim is about (a registry key or the words
	// of a name); how says how it was found.
	subject, how string
	// bracket is the token of the noun a percentage in brackets right
	// after it tells of ("une chute des ventes (15,2 % de moins)"), -1
	// when none.
	bracket int
	// share is true for a share in words ("un sur cinq", "a third"): a
	// part of a whole, a change only when a verb moves by it ("a reculé
	// d'un quart").
	share bool
	// thing is the entity a pronoun subject for a thing stands for («il»
	// for «le prix moyen du mètre carré»), "" when none.
	thing string
	// put is true when a verb of putVerbs sets the measure at the figure
	// ("put support for the party at 31%"): the label names the measure
	// without that verb.
	put bool
	// segment is true when the subject is a part of a company ("the
	// watches and jewellery division"), whose bare figures are its sales.
	segment bool
}

// initialAdjective reports whether mention m is one word opening the
// sentence that the set writes capitalised only there, that English uses
// as an adjective and that a word in lower case follows ("Natural gas
// consumption fell 5%", "New coronavirus cases rose"): the adjective of
// the noun after it, no name.
func (x *extractor) initialAdjective(toks []lexis.Token, m mention) bool {
	return m.tok == 0 && m.end == 1 && x.reg.onlyInitial(m.key) && adjectiveOpening(x.art.Lang, toks)
}

// adjectiveOpening reports whether an English sentence opens with a word
// the dictionary reads as an adjective before a word in lower case:
// "Natural history museum draws…", "Federal prosecutors said…" (not
// "Orange shares rose", "Orange chief executive…": a company's).
func adjectiveOpening(lang string, toks []lexis.Token) bool {
	if lang != "en" || len(toks) < 2 || toks[0].Kind != lexis.Word || toks[1].Kind != lexis.Word || toks[1].Upper() ||
		companyWords[toks[1].Fold] || titleWords[toks[1].Fold] || roleWords[toks[1].Fold] != "" {
		return false
	}
	l := syntax.LexiconFor("en")
	if l == nil {
		return false
	}
	c, ok := l.Classes(toks[0].Fold)
	if !ok || !slices.Contains(strings.Split(c, "|"), "JJ") {
		return false
	}
	if ownedMeasures[toks[1].Fold] && c != "JJ" {
		return false // "Apple sales", "Nickel prices": a name's measure (but "Digital sales": an adjective only)
	}
	// the word after it a noun, no verb ("Tan was arrested": a name)
	c1, ok := l.Classes(toks[1].Fold)
	if c1 == "JJ" && len(toks) > 2 && toks[2].Kind == lexis.Word && !toks[2].Upper() {
		// "Serious adverse events were reported": adjectives before
		// their noun
		c1, ok = l.Classes(toks[2].Fold)
	}
	next := strings.Split(c1, "|")
	// (a plural the dictionary reads first as a noun may also be a verb
	// after a word it reads first as an adjective: "Initial claims
	// dropped", "Unadjusted prices rose"; not "Nickel prices fell")
	return ok && (slices.Contains(next, "NN") || slices.Contains(next, "NNS")) &&
		!slices.ContainsFunc(next, func(t string) bool {
			return t == "VBD" || t == "MD" || (t == "VBZ" || t == "VBP") && (next[0] != "NNS" || !strings.HasPrefix(c, "JJ"))
		})
}

// tagSentence returns the parts of speech of toks, in the workspace's
// buffers (valid until the next call).
//
// Only the first n tokens are tagged (the words a claim of the sentence can
// be read from); the others are X.
func (ws *workspace) tagSentence(lang string, toks []lexis.Token, n int) []syntax.Tag {
	n = min(n, len(toks))
	ws.words = ws.words[:0]
	for _, t := range toks[:n] {
		ws.words = append(ws.words, t.Text)
	}
	ws.tags = ws.tag(lang, ws.words, ws.tags[:0])
	for range toks[n:] {
		ws.tags = append(ws.tags, syntax.X)
	}
	return ws.tags
}

// tag tags words in language lang through the workspace's buffers,
// writing the tags into dst.
func (ws *workspace) tag(lang string, words []string, dst []syntax.Tag) []syntax.Tag {
	return ws.tagNames(lang, words, nil, dst)
}

// tagNames is tag reading the words at which names is true as proper
// nouns (syntax.Model.TagNames).
func (ws *workspace) tagNames(lang string, words []string, names []bool, dst []syntax.Tag) []syntax.Tag {
	l := tagLang(lang)
	t := &ws.tagging[0]
	if l == "en" {
		t = &ws.tagging[1]
	}
	return fixTags(l, words, t.TagNames(syntax.Tagger(l), words, names, dst))
}

// frenchChangeVerbs are forms of verbs of change that no French noun is
// spelt like («progresse», not «progrès»; «recule», not «recul»).
var frenchChangeVerbs = lexis.SetOf("progresse", "progressent", "recule", "reculent", "augmente", "augmentent", "diminue", "diminuent",
	"grimpe", "grimpent", "bondit", "bondissent", "flechit", "flechissent", "croit", "croissent")

// fixTags mends what the tagger reads wrong by the words around: «un car
// scolaire», «le car», the bus, after a determiner, not the conjunction.
func fixTags(lang string, words []string, tags []syntax.Tag) []syntax.Tag {
	if lang != "fr" {
		return tags
	}
	for i := 1; i < len(words) && i < len(tags); i++ {
		if tags[i] == syntax.CCONJ && tags[i-1] == syntax.DET && lexis.Fold(words[i]) == "car" {
			tags[i] = syntax.NOUN
		}
		if tags[i] == syntax.NOUN && tags[i-1] == syntax.ADJ && frenchChangeVerbs[lexis.Fold(words[i])] && i+1 < len(words) &&
			lexis.InSet(lexis.Fold(words[i+1]), "de", "d'", "encore", "legerement", "fortement", "nettement", "sensiblement") {
			tags[i] = syntax.VERB // «le don moyen progresse de 3 %»: a verb no noun is spelt like
		}
	}
	return tags
}

// retagNames turns tags, the tagging of words, into their tagging with
// the words at which names is true read as proper nouns, in place
// (syntax.Tagging.RetagNames).
func (ws *workspace) retagNames(lang string, words []string, names []bool, tags []syntax.Tag) {
	l := tagLang(lang)
	t := &ws.tagging[0]
	if l == "en" {
		t = &ws.tagging[1]
	}
	fixTags(l, words, t.RetagNames(syntax.Tagger(l), words, names, tags))
}

// hasDigit tells whether w holds an ASCII digit.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// tagWindow is how many words after the last figure or date of a passage
// are tagged: what follows them that a claim is read from (the noun a
// figure counts, an agent, an event's object).
const tagWindow = 20

// wordsToTag returns how many of the passage's first tokens a claim can be
// read from: up to a little after its last figure or date, or all of them
// for the passages an article opens with.
func (x *extractor) wordsToTag(s *sentence) int {
	if x.sentIndex < leadSentences {
		return len(s.toks)
	}
	last := 0
	for _, n := range s.nums {
		last = max(last, n.TokEnd)
	}
	for _, d := range s.dates {
		for k := last; k < len(s.toks) && s.toks[k].Start < d.Span.End; k++ {
			last = k + 1
		}
	}
	return last + tagWindow
}

// parse tags the sentence's tokens and marks those the set's names cover.
// The passage it returns is the workspace's (valid until the next call).
func (x *extractor) parse(s *sentence, ws *workspace) *parsed {
	ws.passage = parsed{lang: x.art.Lang, toks: s.toks, dates: s.dates, tags: ws.tagSentence(x.art.Lang, s.toks, x.wordsToTag(s))}
	p := &ws.passage
	ws.named, ws.starts = ws.named[:0], ws.starts[:0]
	initialName := false // the first word is a name the set writes elsewhere too
	for range s.toks {
		ws.named = append(ws.named, false)
		ws.starts = append(ws.starts, false)
	}
	for i, m := range s.mentions {
		if x.initialAdjective(s.toks, m) {
			s.mentions[i].common = true // "Natural gas consumption": no name
			p.opensWithAdjective = true
			continue
		}
		if m.tok == 0 && !m.common {
			p.opensWithName = true
		}
		// A lone capitalised word opening the sentence is a name only with
		// a cue ("Apple said"), not because the set saw it capitalised.
		if x.reg.kindOf(&m) != "" && !m.common {
			for k := m.tok; k < m.end && k < len(ws.named); k++ {
				ws.named[k] = true
			}
			if m.tok < len(ws.starts) {
				ws.starts[m.tok] = true
			}
			initialName = initialName || m.tok == 0 && (!x.reg.onlyInitial(m.key) || x.reg.kindOf(&m) == KindPlace)
			p.initialOnly = p.initialOnly || m.tok == 0 && x.reg.onlyInitial(m.key)
		}
	}
	p.named, p.starts = ws.named, ws.starts
	// A name the set knows that the tagger read as another word ("Boeing"
	// as a verb, "Apple" as a noun) is read again as a name, and the
	// words after it with it.
	for k, t := range p.tags {
		// (an acronym opening the sentence is a name too: "UAW members
		// ratified…")
		if (k > 0 || initialName || isAllCaps(s.toks[k].Text) && len(s.toks[k].Text) > 1) && k < len(ws.named) && ws.named[k] && t != syntax.PROPN && t != syntax.X && s.toks[k].Upper() {
			ws.retagNames(x.art.Lang, ws.words, ws.named, p.tags)
			break
		}
	}
	for k := range s.toks {
		if k < len(p.tags) && (s.toks[k].InnerUpper() || camelCase(s.toks[k].Text)) && p.tags[k] != syntax.X && measureUnits[s.toks[k].Fold] == "" {
			p.tags[k] = syntax.PROPN // "iTunes", "eBay", "TotalEnergies", "YouTube": brand names, whatever the tagger guessed (not "GeV", "kWh": units)
		}
		if k < len(p.tags) && p.tags[k] != syntax.X && s.toks[k].Kind == lexis.Word && s.toks[k].Upper() && hasDigit(s.toks[k].Text) {
			p.tags[k] = syntax.PROPN // "A380", "CO2", "G20": a name with its number, which the tagger reads as a number
		}
	}
	// A capitalised first word the set does not know as a name ("Revenue
	// grew 14%") is read again in lower case: a capital that only starts
	// the sentence says nothing of the word.
	if t := s.toks; len(t) > 1 && p.tags[0] == syntax.PROPN && t[0].Upper() && !p.named[0] && !isAllCaps(t[0].Text) && !camelCase(t[0].Text) {
		ws.words[0] = strings.ToLower(t[0].Text)
		ws.retag = ws.tag(x.art.Lang, ws.words, ws.retag[:0])
		if ws.retag[0] != syntax.PROPN {
			copy(p.tags, ws.retag)
		}
		ws.words[0] = t[0].Text
	}
	if x.art.Lang != "fr" {
		p.phraseVerbs()
		p.presentVerbs()
		p.possessivePhraseNouns()
		p.sessionVerbs()
		p.inchTags()
	}
	if x.art.Lang == "fr" {
		p.auxParticiples()
		p.infinitiveAdjectives()
		p.tenseAuxiliaries()
		p.entreVerbs()
		p.prenominalAdjectives()
		p.antVerbs()
		p.appositionVerbs()
	} else {
		p.determinedNouns()
	}
	p.timeNounTags()
	p.adverbialPhrases()
	return p
}

// openingAdjective reports whether the sentence opens with a participle
// in "-ed" the tagger read as a verb, right before the nouns of a phrase a
// verb follows ("Insured losses reached", "Listed companies raised"): the
// participle qualifies the nouns (not "Asked about the deal, he said":
// no noun follows it; nor "Based in Oslo, the firm").
func (p *parsed) openingAdjective() bool {
	toks, tags := p.toks, p.tags
	if len(toks) < 3 || len(tags) < 3 || tags[0] != syntax.VERB || !strings.HasSuffix(toks[0].Fold, "ed") || tags[1] != syntax.NOUN || toks[1].Upper() {
		return false
	}
	k := 2
	for k < len(toks) && k < len(tags) && tags[k] == syntax.NOUN && !toks[k].Upper() {
		k++
	}
	return k < len(tags) && (tags[k] == syntax.VERB || tags[k] == syntax.AUX) && !strings.HasSuffix(toks[k].Fold, "ing")
}

// qualifyingOpening reports whether the participle at token k, which
// opens an English sentence, qualifies the noun after it ("Insured losses
// reached…", which openingAdjective read so): no phrase of its own.
func (p *parsed) qualifyingOpening(k int) bool {
	return p.lang != "fr" && k+1 < len(p.tags) && p.tags[k] == syntax.ADJ && p.tags[k+1] == syntax.NOUN
}

// adverbialPhrases reads as adverbs the phrases that sum up a count
// ("Douze prévenus au total comparaissent", "12 people in total were
// arrested"): their noun is no clause's subject nor what a figure counts.
func (p *parsed) adverbialPhrases() {
	for k := 0; k+1 < len(p.toks) && k+1 < len(p.tags); k++ {
		a, b := p.toks[k].Fold, p.toks[k+1].Fold
		if a == "au" && b == "total" || a == "in" && b == "total" || a == "en" && b == "tout" {
			p.tags[k], p.tags[k+1] = syntax.ADV, syntax.ADV
		}
	}
}

// frenchAuxiliaries are the forms of «être» and «avoir» (and the modals)
// a French auxiliary can take, folded.
var frenchAuxiliaries = lexis.SetOf("a", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient", "avions", "aviez", "aura", "auras",
	"aurons", "aurez", "auront", "aurait", "aurais", "auraient", "avoir", "ayant", "eu", "eue", "eus", "eut", "eurent", "aie", "ait", "aient",
	"est", "es", "suis", "sommes", "etes", "sont", "etait", "etais", "etaient", "etions", "sera", "seras", "serons", "serez", "seront",
	"serait", "serais", "seraient", "etre", "etant", "ete", "fut", "furent", "soit", "soient", "sois", "fus", "peut", "peuvent", "pourra",
	"pourrait", "doit", "doivent", "devra", "devrait", "va", "vont", "allait", "vient", "viennent", "venait", "pu", "du", "dû", "faut",
	"fait", "faits", "faite", "faites", "laisse", "laissee")

// tenseAuxiliaries reads as an auxiliary a form of «avoir» or «être» the
// tagger read as a verb before the participle of a compound tense («avait
// d'abord annoncé», «avait en outre déposé», «était encore fermée»).
func (p *parsed) tenseAuxiliaries() {
	for k := 0; k+1 < len(p.toks) && k+1 < len(p.tags); k++ {
		if p.tags[k] != syntax.VERB || !tenseAuxiliaryForms[p.toks[k].Fold] || p.toks[k].Upper() && k > 0 {
			continue
		}
		j := k + 1
		for j < len(p.toks) && j-k <= 3 && (p.tags[j] == syntax.ADV || lexis.InSet(p.toks[j].Fold, "d'", "abord", "en", "outre", "deja", "encore", "toujours", "aussi", "ainsi", "alors")) {
			j++
		}
		if j < len(p.toks) && j-k <= 3 && p.tags[j] == syntax.VERB && lexis.FrenchParticiple(p.toks[j].Fold) && !hasAnySuffix(p.toks[j].Fold, "ant") {
			p.tags[k] = syntax.AUX
		}
	}
}

// tenseAuxiliaryForms are the finite forms of «avoir» and «être» of the
// compound tenses, folded.
var tenseAuxiliaryForms = lexis.SetOf("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "est", "sont", "etait",
	"etaient", "sera", "seront", "serait", "seraient", "fut", "furent")

// auxParticiples reads as a verb a French past participle the tagger read
// as an auxiliary: «Richard Ferrand, élu lundi à la tête du groupe» (no form
// of «être» or «avoir»).
func (p *parsed) auxParticiples() {
	for k := 0; k < len(p.toks) && k < len(p.tags); k++ {
		if p.tags[k] == syntax.AUX && !frenchAuxiliaries[p.toks[k].Fold] && !p.toks[k].Upper() && lexis.FrenchParticiple(p.toks[k].Fold) {
			p.tags[k] = syntax.VERB
		}
	}
}

// sessionVerbs reads as verbs the words of a trading session the tagger
// read as nouns after a name ("the FTSE 100 closed down 0.6%", "Zorgon
// shares ended higher at 12.40"), and "down", "up" after them as adverbs.
func (p *parsed) sessionVerbs() {
	toks, tags := p.toks, p.tags
	for k := 1; k+1 < len(toks) && k+1 < len(tags); k++ {
		if tags[k] == syntax.VERB || toks[k].Upper() || !lexis.InSet(toks[k].Fold, "closed", "ended", "finished", "opened", "settled", "traded") {
			continue
		}
		if t := tags[k-1]; t != syntax.PROPN && !(t == syntax.NUM && k >= 2 && tags[k-2] == syntax.PROPN) && !(t == syntax.NOUN && ownedMeasures[toks[k-1].Fold]) {
			continue
		}
		next := toks[k+1].Fold
		if !lexis.InSet(next, "down", "up", "higher", "lower", "flat", "at", "unchanged") && tags[k+1] != syntax.NUM {
			continue
		}
		tags[k] = syntax.VERB
		if lexis.InSet(next, "down", "up") {
			tags[k+1] = syntax.ADV
		}
	}
}

// infinitiveAdjectives reads as adjectives the French words shaped as
// infinitives that the tagger took for verbs right after a common noun
// («le blé tendre français», «une énergie propre»): no infinitive follows
// a noun without a preposition («de», «à», «pour») or a verb that governs
// it.
func (p *parsed) infinitiveAdjectives() {
	toks, tags := p.toks, p.tags
	for k := 1; k < len(toks) && k < len(tags); k++ {
		if tags[k] != syntax.VERB || tags[k-1] != syntax.NOUN || toks[k-1].Upper() || toks[k].Upper() || toks[k].Kind != lexis.Word ||
			!hasAnySuffix(toks[k].Fold, "re", "er", "ir") || len(toks[k].Fold) < 4 {
			continue
		}
		if k+1 < len(toks) && (tags[k+1] == syntax.DET || tags[k+1] == syntax.PRON || tags[k+1] == syntax.NUM) {
			continue // «… pour le groupe construire une usine»: an infinitive with its object, whatever precedes it
		}
		governed := false // «a vu sa dette progresser», «espérait cette fois profiter»: a verb before governs it
		for j := k - 2; j >= 0 && j >= k-5 && !governed; j-- {
			governed = isVerb(tags[j]) || toks[j].Kind == lexis.Punct
		}
		if !governed {
			tags[k] = syntax.ADJ
		}
	}
}

// prenominalAdjectives reads as adjectives the French adjectives written
// before their noun that the tagger took for the noun: «Un violent incendie
// a ravagé» (violent/NOUN incendie/NOUN), «un violent orage» (orage read as
// the adjective). The noun after the adjective is the phrase's head.
func (p *parsed) prenominalAdjectives() {
	toks, tags := p.toks, p.tags
	for k := 1; k+1 < len(toks) && k+1 < len(tags); k++ {
		if tags[k] == syntax.NOUN && prenominal[toks[k].Fold] && tags[k-1] == syntax.DET && (tags[k+1] == syntax.NOUN || tags[k+1] == syntax.ADJ) &&
			toks[k+1].Kind == lexis.Word && !toks[k+1].Upper() && !toks[k].Upper() {
			tags[k], tags[k+1] = syntax.ADJ, syntax.NOUN
		}
		if f := toks[k].Fold; tags[k] == syntax.NOUN && tags[k-1] == syntax.DET && tags[k+1] == syntax.NOUN && toks[k+1].Kind == lexis.Word && !toks[k+1].Upper() && !toks[k].Upper() &&
			(strings.HasSuffix(f, "eux") && f != "lieux" && f != "jeux" && f != "yeux" && f != "cheveux" || strings.HasSuffix(f, "euse") || strings.HasSuffix(f, "able") || strings.HasSuffix(f, "ible")) {
			tags[k] = syntax.ADJ // «Un mystérieux colis», «un redoutable incendie»: an adjective by its ending, before its noun
		}
		if f := toks[k].Fold; p.lang == "fr" && tags[k] == syntax.VERB && lexis.InSet(toks[k-1].Fold, "de", "d'", "du", "des") && !toks[k].Upper() &&
			!hasAnySuffix(f, "er", "ir", "re", "oir") && !strings.HasSuffix(f, "e") && !strings.HasSuffix(f, "es") && !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "i") {
			// «45 cas de choléra cette semaine»: after «de», a word no
			// infinitive nor participle is a noun (the tagger read «choléra»
			// as a verb in the simple past)
			tags[k] = syntax.NOUN
		}
		if tags[k] != syntax.VERB && opinionPresent[toks[k].Fold] && !toks[k].Upper() && (lexis.InSet(toks[k+1].Fold, "avoir", "etre", "que", "qu'", "pouvoir", "devoir") || toks[k+1].Text == "à") &&
			(tags[k-1] == syntax.NOUN || tags[k-1] == syntax.PROPN || tags[k-1] == syntax.ADJ && k >= 2 && (tags[k-2] == syntax.NOUN || tags[k-2] == syntax.PROPN)) {
			// (and «Le Secours catholique indique avoir accueilli»: past the adjective of the name)
			tags[k] = syntax.VERB // «Le gérant du restaurant estime avoir perdu 30 %»: the verb, not a noun of the phrase before
		}
		if p.lang == "fr" && tags[k] != syntax.VERB && figurePresent[toks[k].Fold] && !toks[k].Upper() && (tags[k-1] == syntax.NOUN || tags[k-1] == syntax.PROPN) && p.figureNext(k+1) {
			tags[k] = syntax.VERB // «La direction évoque 300 départs», «le syndicat table sur 450»: the verb of a figure, not an adjective
		}
	}
}

// figurePresent are French verbs in the present that give a figure as
// their object and that the tagger may read as adjectives or nouns after a
// noun phrase («La direction évoque 300 départs», «le syndicat avance
// 450», «la CGT table sur 200»).
var figurePresent = lexis.SetOf("evoque", "evoquent", "avance", "avancent", "table", "tablent", "recense", "recensent", "denombre", "denombrent",
	"revendique", "revendiquent", "vise", "visent", "mise", "misent", "affiche", "affichent")

// figureNext reports whether a figure starts at token k, or after «sur»
// and at most two words that qualify it («sur environ 300», «près de»).
func (p *parsed) figureNext(k int) bool {
	if k < len(p.toks) && p.toks[k].Fold == "sur" {
		k++
	}
	for c := 0; c < 2 && k < len(p.toks) && lexis.InSet(p.toks[k].Fold, "environ", "pres", "de", "d'", "plus", "moins", "quelque", "au"); c++ {
		k++
	}
	return k < len(p.toks) && p.toks[k].Kind == lexis.Number
}

// opinionPresent are French verbs of judging in the present that the
// tagger may read as nouns after a noun phrase («estime», «chiffre»).
var opinionPresent = lexis.SetOf("estime", "estiment", "evalue", "evaluent", "chiffre", "chiffrent", "juge", "jugent", "affirme", "affirment",
	"assure", "assurent", "pense", "pensent", "espere", "esperent", "souhaite", "souhaitent", "craint", "craignent", "reconnait", "reconnaissent",
	"indique", "indiquent", "precise", "precisent", "explique", "expliquent", "declare", "declarent", "dit", "disent")

// prenominal are French adjectives a news sentence writes before their
// noun.
var prenominal = lexis.SetOf("violent", "violente", "violents", "violentes", "grave", "graves", "gros", "grosse", "grosses", "important",
	"importante", "importants", "importantes", "vaste", "vastes", "fort", "forte", "forts", "fortes", "lourd", "lourde", "lourds", "lourdes",
	"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "petit", "petite", "petits", "petites", "grand", "grande", "grands", "grandes",
	"jeune", "jeunes", "vieux", "vieil", "vieille", "vieilles", "mauvais", "mauvaise", "mauvaises", "bon", "bonne", "bons", "bonnes", "long",
	"longue", "longs", "longues", "spectaculaire", "spectaculaires", "terrible", "terribles", "puissant", "puissante", "puissants", "puissantes",
	"meurtrier", "meurtriere", "meurtriers", "meurtrieres", "double", "triple", "large", "larges", "haut", "haute", "hauts", "hautes")

// entreVerbs reads as the verb "entrer" an "entre" the tagger read as the
// preposition when a preposition of place follows it: "Il entre à
// l'université de Manchester en 1948" (the preposition "entre" takes a
// noun phrase: "entre Paris et Lyon").
func (p *parsed) entreVerbs() {
	for k := 1; k+1 < len(p.toks) && k+1 < len(p.tags); k++ {
		if lexis.InSet(p.toks[k].Fold, "entre", "entrent") && p.tags[k] != syntax.VERB && lexis.InSet(p.toks[k+1].Fold, "a", "au", "aux", "dans", "en") {
			p.tags[k] = syntax.VERB
		}
	}
}

// determinedNouns reads as a noun an English word the tagger read as a
// verb between a determiner and a preposition: "The yield on the 10-year
// note fell", "a rise in prices"; and as an adjective a participle in -ed
// between a preposition and a noun: "with sustained winds".
func (p *parsed) determinedNouns() {
	if p.openingAdjective() {
		// "Insured losses reached €410 million", "Revised figures showed":
		// a participle that opens the sentence before the noun of its
		// subject qualifies the noun; the clause's verb comes after.
		p.tags[0] = syntax.ADJ
	}
	for k := 1; k+1 < len(p.toks) && k+1 < len(p.tags); k++ {
		if p.tags[k] == syntax.VERB && p.tags[k-1] == syntax.ADP && p.tags[k+1] == syntax.NOUN && !p.toks[k].Upper() &&
			strings.HasSuffix(p.toks[k].Fold, "ed") && lexis.InSet(p.toks[k-1].Fold, "with", "of", "for", "amid", "despite") {
			// "made landfall with sustained winds of 185 km/h", "amid
			// reduced demand": a participle that qualifies the noun after
			// a preposition, no verb of the clause.
			p.tags[k] = syntax.ADJ
			continue
		}
		if p.tags[k] == syntax.VERB && p.tags[k+1] == syntax.ADP && !p.toks[k].Upper() &&
			lexis.InSet(p.toks[k-1].Fold, "the", "a", "an", "its", "their", "his", "her") {
			// (not "that", "this": a relative pronoun or a pronoun, "The
			// bridge that collapsed on Tuesday")
			p.tags[k] = syntax.NOUN
		}
	}
}

// antVerbs reads as a present participle a French word in -ant the tagger
// read as a noun or an adjective between a name and a figure or a
// determiner: "la Bourse a fini en baisse, le CAC 40 cédant 1,3 %" (its
// subject is the name before it).
func (p *parsed) antVerbs() {
	for k := 1; k+1 < len(p.toks) && k+1 < len(p.tags); k++ {
		f := p.toks[k].Fold
		if (p.tags[k] != syntax.NOUN && p.tags[k] != syntax.ADJ) || len(f) < 6 || !strings.HasSuffix(f, "ant") || p.toks[k].Upper() {
			continue
		}
		prev := k - 1
		if p.tags[prev] == syntax.NUM && prev > 0 && p.tags[prev-1] == syntax.PROPN {
			prev-- // "le CAC 40 cédant"
		}
		if p.tags[prev] == syntax.PROPN && (p.tags[k+1] == syntax.NUM || p.tags[k+1] == syntax.DET) {
			p.tags[k] = syntax.VERB
		}
	}
}

// appositionVerbs reads as the clause's verb a French word the tagger read
// as a noun or an adjective right after an apposition set off by commas,
// before a figure or a determiner: "L'usine, rachetée par Zorgon en 2019,
// emploie 1 200 personnes", "Le groupe, fondé en 1950, compte 3 000
// salariés" (a noun there would have no determiner).
func (p *parsed) appositionVerbs() {
	for k := 4; k+1 < len(p.toks) && k+1 < len(p.tags); k++ {
		if p.tags[k] != syntax.NOUN && p.tags[k] != syntax.ADJ || p.toks[k-1].Text != "," || p.toks[k].Upper() || p.toks[k].Kind != lexis.Word ||
			p.tags[k+1] != syntax.NUM && p.tags[k+1] != syntax.DET {
			continue
		}
		for j := k - 3; j >= 1 && k-j <= 12; j-- {
			if p.toks[j].Text != "," {
				continue
			}
			if (p.tags[j-1] == syntax.NOUN || p.tags[j-1] == syntax.PROPN) &&
				(p.tags[j+1] == syntax.VERB && lexis.FrenchParticiple(p.toks[j+1].Fold) || lexis.InSet(p.toks[j+1].Fold, "qui", "dont")) {
				p.tags[k] = syntax.VERB
			}
			break
		}
	}
}

// timeNounTags makes the nouns of a stretch of time that the tagger read as
// verbs after a preposition or a determiner nouns: "en début de matinée",
// "dans la soirée" (a past participle's ending, no verb).
func (p *parsed) timeNounTags() {
	for k := 1; k < len(p.toks) && k < len(p.tags); k++ {
		if p.tags[k] == syntax.VERB && timeNouns[p.toks[k].Fold] && (p.tags[k-1] == syntax.ADP || p.tags[k-1] == syntax.DET) {
			p.tags[k] = syntax.NOUN
		}
	}
}

// dateWithin reports whether a date starts within n tokens from token k.
func (p *parsed) dateWithin(k, n int) bool {
	for j := k; j < k+n && j < len(p.toks); j++ {
		if p.inDate(j) {
			return true
		}
	}
	return false
}

// hasVerb reports whether the sentence has a verb or an auxiliary.
func (p *parsed) hasVerb() bool {
	for _, t := range p.tags {
		if t == syntax.VERB || t == syntax.AUX {
			return true
		}
	}
	return false
}

// inchTags reads as the unit it abbreviates an "in" between a figure and
// a dimension or its conversion in brackets: "0.68 in (1.73 cm) thick",
// "a 9.7 in wide screen" (not "3 in 10 voters", "5 in the morning").
func (p *parsed) inchTags() {
	toks, tags := p.toks, p.tags
	for k := 1; k+1 < len(toks) && k+1 < len(tags); k++ {
		if toks[k].Fold != "in" || tags[k-1] != syntax.NUM {
			continue
		}
		dim := lexis.InSet(toks[k+1].Fold, "thick", "wide", "long", "tall", "high", "deep", "across", "diagonal", "diagonally") &&
			(k+2 >= len(toks) || tags[k+2] == syntax.PUNCT || tags[k+2] == syntax.CCONJ) // (not "5 in long extra-inning battles")
		conv := false
		for j := k + 3; toks[k+1].Text == "(" && tags[k+2] == syntax.NUM && j < len(toks) && j <= k+7; j++ {
			if toks[j].Text == ")" {
				conv = lengthUnits[toks[j-1].Fold] || lexis.InSet(toks[j-1].Fold, "cm", "mm")
				break
			}
		}
		if dim || conv {
			tags[k] = syntax.NOUN
		}
	}
}

// presentVerbs reads as verbs the English present forms in -s that the
// tagger took for plural nouns between a subject and a figure ("The
// company employs 500 people", "Apple sells about 3 million"), and the
// verbs of rising and falling it took for other words ("the S&P 500 fell
// 1.95%"): a noun does not stand between a noun and the number it would
// count.
func (p *parsed) presentVerbs() {
	toks, tags := p.toks, p.tags
	for k := 1; k+1 < len(toks) && k+1 < len(tags); k++ {
		num := false // a number close after: only then is the word read again (below)
		for j := k + 1; j <= k+4 && j < len(tags) && !num; j++ {
			num = tags[j] == syntax.NUM
		}
		present := tags[k] == syntax.NOUN && (strings.HasSuffix(toks[k].Text, "s") && !strings.HasSuffix(toks[k].Text, "ss") || num && p.lang == "en" && onlyVerb(toks[k].Fold))
		if present && !toks[k].Upper() && toks[k-1].Text == "," && toks[k+1].Fold == "to" && k+2 < len(tags) && tags[k+2] == syntax.VERB && !toks[k+2].Upper() {
			// "VoltGrid, the network backed by Brookfield, plans to
			// install": after the comma that closes an apposition, a
			// present in -s before "to" and a verb (a noun takes no
			// infinitive there).
			tags[k] = syntax.VERB
			continue
		}
		if present && !toks[k].Upper() && (tags[k-1] == syntax.NOUN || tags[k-1] == syntax.PROPN) && possessives[toks[k+1].Fold] {
			p.possessiveObject(k)
			continue
		}
		if !num || toks[k].Upper() || !present && tags[k] != syntax.NOUN && tags[k] != syntax.ADV && tags[k] != syntax.ADJ {
			continue
		}
		f := toks[k].Fold
		moves := riseWords[f] || fallWords[f] || hasStem(f, riseStems) || hasStem(f, fallStems)
		if !present && !moves {
			continue // ("fell" read as an adverb, "rose" as a noun: verbs of moving, before a figure)
		}
		if t := tags[k-1]; t != syntax.NOUN && t != syntax.PROPN && t != syntax.PRON && !(t == syntax.NUM && k >= 2 && tags[k-2] == syntax.PROPN) &&
			!(moves && (toks[k-1].Upper() && toks[k-1].Kind == lexis.Word || toks[k-1].Text == ",")) {
			continue // (the number of a name: "the S&P 500 fell")
		}
		j := k + 1
		for j < len(toks) && j < k+4 && (qualifierWords[toks[j].Fold] || lexis.InSet(toks[j].Text, "$", "€", "£", "US$") || moves && lexis.InSet(toks[j].Fold, "to", "by")) {
			j++ // ("fell to 5.0%", "rose by 3%")
		}
		if j < len(tags) && tags[j] == syntax.NUM && !p.inDate(j) {
			tags[k] = syntax.VERB
		}
	}
}

// onlyVerb reports whether the English dictionary reads w as a verb and
// never as a noun or an adjective ("expect"; "forecast" is also a noun): a
// word the tagger took for a noun after a name ("Analysts at Jefferies
// expect 840 deliveries").
func onlyVerb(w string) bool {
	verb := false
	return everyEnglishClass(w, func(t string) bool {
		verb = verb || strings.HasPrefix(t, "VB")
		return !strings.HasPrefix(t, "NN") && t != "JJ"
	}) && verb
}

// everyEnglishClass reports whether the English dictionary knows w and
// keep holds for each of its classes.
func everyEnglishClass(w string, keep func(class string) bool) bool {
	l := syntax.LexiconFor("en")
	if l == nil {
		return false
	}
	c, ok := l.Classes(w)
	if !ok {
		return false
	}
	for c != "" {
		var t string
		t, c, _ = strings.Cut(c, "|")
		if !keep(t) {
			return false
		}
	}
	return true
}

// possessiveObject reads as a verb the English present in -s at token k,
// tagged as a plural noun between a noun and a possessive, when the phrase
// the possessive opens leads to a figure ("The deal lifts its order
// backlog to 196 ships", "The plan cuts their costs by 10%"): a noun does
// not stand before "its" in a clause, and the nouns of that phrase are
// nouns, not verbs ("costs").
func (p *parsed) possessiveObject(k int) {
	toks, tags := p.toks, p.tags
	j := k + 2
	for j < len(toks) && j <= k+6 && toks[j].Kind == lexis.Word && !toks[j].Upper() && (tags[j] == syntax.NOUN || tags[j] == syntax.ADJ || tags[j] == syntax.VERB) {
		j++
	}
	if j == k+2 || j >= len(toks) || !lexis.InSet(toks[j].Fold, "to", "by") {
		return
	}
	n := j + 1
	for n < len(toks) && n <= j+3 && (qualifierWords[toks[n].Fold] || lexis.InSet(toks[n].Text, "$", "€", "£", "US$")) {
		n++
	}
	if n >= len(tags) || tags[n] != syntax.NUM || p.inDate(n) {
		return
	}
	tags[k] = syntax.VERB
}

// possessivePhraseNouns reads as nouns the words of a phrase a possessive
// opens that the tagger took for verbs, when the phrase leads to a figure
// by "by" or "to" ("would reduce its launch costs by roughly 30%", "cuts
// its costs by 10%"): a possessive opens a noun phrase.
func (p *parsed) possessivePhraseNouns() {
	toks, tags := p.toks, p.tags
	for i := 0; i+2 < len(toks) && i+2 < len(tags); i++ {
		if !lexis.InSet(toks[i].Fold, "its", "their", "our", "his", "her") {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+4 && toks[j].Kind == lexis.Word && !toks[j].Upper() && (tags[j] == syntax.NOUN || tags[j] == syntax.ADJ || tags[j] == syntax.VERB) {
			j++
		}
		if j == i+1 || j >= len(toks) || !lexis.InSet(toks[j].Fold, "to", "by") || tags[j-1] != syntax.VERB || !strings.HasSuffix(toks[j-1].Fold, "s") {
			continue
		}
		n := j + 1
		for n < len(toks) && n <= j+3 && (qualifierWords[toks[n].Fold] || lexis.InSet(toks[n].Text, "$", "€", "£", "US$")) {
			n++
		}
		if n < len(tags) && tags[n] == syntax.NUM && !p.inDate(n) {
			for k := i + 1; k < j; k++ {
				if tags[k] == syntax.VERB {
					tags[k] = syntax.NOUN
				}
			}
		}
	}
}

// phraseVerbs reads again the English verbs the tagger found inside a noun
// phrase: a hyphenated participle before a noun is an adjective
// ("passenger-carrying service", "state-owned company"), and a word after
// the number of a phrase a determiner opens is its noun ("the iPhone 2.0
// update that…": a verb does not follow "the" and a number alone, while
// "At least 20 died" keeps its verb). "up" and "down" before a figure are
// adverbs, as the treebanks tag them ("sending its shares down 7.6%"),
// and "to" after "according" a preposition. A verb the dictionary never
// makes one is the noun it says ("according to data from Refinitiv").
func (p *parsed) phraseVerbs() {
	toks, tags := p.toks, p.tags
	lex := syntax.LexiconFor(tagLang(p.lang))
	for k := 1; k+1 < len(toks) && k+1 < len(tags); k++ {
		if toks[k].Fold == "to" && toks[k-1].Fold == "according" {
			tags[k] = syntax.ADP
		}
		if p.lang != "fr" && lexis.InSet(toks[k].Fold, "last", "first") && (tags[k-1] == syntax.NOUN || tags[k-1] == syntax.PROPN) && tags[k+1] == syntax.VERB && strings.HasSuffix(toks[k+1].Fold, "ed") {
			tags[k] = syntax.ADV // "Council last raised fares in 2021": when, not a word of the subject's phrase
		}
		if tags[k] == syntax.ADP && tags[k+1] == syntax.VERB && strings.HasSuffix(toks[k+1].Fold, "ing") && lexis.InSet(toks[k].Fold, "from", "by", "without", "after", "before") {
			tags[k] = syntax.SCONJ // "barred him from working": the mark of a clause, as the treebanks tag it
		}
		if tags[k] == syntax.ADP && lexis.InSet(toks[k].Fold, "as", "while", "because") && !lexis.InSet(toks[k+1].Fold, "a", "an") && toks[k-1].Fold != "such" {
			// "Uber beats forecasts as trips rise 20%": "as" opens a clause
			// when a noun phrase and its verb follow (not "available as a
			// free software update": a role).
			j := k + 1
			for j < len(tags) && j <= k+4 && (tags[j] == syntax.DET || tags[j] == syntax.ADJ || tags[j] == syntax.NOUN || tags[j] == syntax.PROPN || tags[j] == syntax.PRON) {
				j++
			}
			if j > k+1 && j < len(tags) && (tags[j] == syntax.VERB || tags[j] == syntax.AUX) {
				tags[k] = syntax.SCONJ
			}
		}
		if tags[k] == syntax.NOUN && tags[k-1] == syntax.PROPN && k+2 < len(tags) && toks[k+1].Fold == "to" && tags[k+2] == syntax.VERB &&
			strings.HasSuffix(toks[k].Fold, "s") && !toks[k].Upper() {
			// "Zorgon plans to close two plants", "Zorgon wants to buy":
			// a name's present verb before an infinitive, not a plural
			// noun it names.
			if c, ok := lex.Classes(toks[k].Text); ok && strings.Contains(c, "VBZ") {
				tags[k] = syntax.VERB
				continue
			}
		}
		if tags[k] == syntax.VERB && k >= 2 && tags[k-1] == syntax.PROPN && (tags[k-2] == syntax.DET || tags[k-2] == syntax.PROPN && k >= 3 && tags[k-3] == syntax.DET) && !toks[k].Upper() && !strings.HasSuffix(toks[k-1].Fold, "s") &&
			(tags[k+1] == syntax.ADP || tags[k+1] == syntax.CCONJ || tags[k+1] == syntax.PUNCT || tags[k+1] == syntax.NOUN && !toks[k+1].Upper()) && !strings.HasSuffix(toks[k].Fold, "ed") &&
			!strings.HasSuffix(toks[k].Fold, "s") && !strings.HasSuffix(toks[k].Fold, "ing") {
			// "He launched the ACE programme and joined…", "the top of the
			// North American box office": a noun after a name its article
			// opens, not a verb (that would take an object, or be in the
			// past or the third person).
			if c, ok := lex.Classes(toks[k].Text); ok && !strings.Contains(c, "VBD") && !strings.Contains(c, "VBZ") && !strings.Contains(c, "MD") {
				tags[k] = syntax.NOUN // (the bare form a plural subject would take: no name ending in -s before it)
				continue
			}
		}
		if tags[k] == syntax.PRON && toks[k].Fold == "mine" && (tags[k-1] == syntax.DET && lexis.InSet(toks[k-1].Fold, "the", "a", "an", "this", "that", "its", "their") || tags[k-1] == syntax.PROPN && k >= 2 && tags[k-2] == syntax.DET) {
			tags[k] = syntax.NOUN // "The Ntsako mine employs": the one pronoun that is also a noun, after a determiner (not "told the BBC it would")
		}
		if tags[k] == syntax.NOUN && (tags[k-1] == syntax.NOUN || tags[k-1] == syntax.PROPN) && k >= 2 && tags[k-2] == syntax.DET && strings.HasSuffix(toks[k].Fold, "s") &&
			!strings.HasSuffix(toks[k].Fold, "ss") && !strings.HasSuffix(toks[k-1].Fold, "s") && !toks[k].Upper() &&
			(tags[k+1] == syntax.NUM || lexis.InSet(toks[k+1].Fold, "about", "around", "some", "nearly", "almost", "roughly", "more", "over", "up") && k+2 < len(tags) && tags[k+2] == syntax.NUM) {
			// "The mine employs about 6,400 people": a singular subject's
			// present verb before its figure, not a compound's plural.
			if c, ok := lex.Classes(toks[k].Text); ok && strings.Contains(c, "VBZ") {
				tags[k] = syntax.VERB
				continue
			}
		}
		if tags[k] == syntax.VERB && strings.HasSuffix(toks[k].Fold, "ed") && k+1 < len(tags) && tags[k+1] == syntax.NOUN && tags[k-1] == syntax.DET &&
			lexis.InSet(toks[k-1].Fold, "the", "a", "an", "its", "their", "his", "her", "this", "these") {
			tags[k] = syntax.ADJ // "put the insured losses at $4 billion": a participle between a determiner and its noun qualifies it
			continue
		}
		if toks[k].Fold == "live" && lexis.InSet(toks[k-1].Fold, "go", "goes", "went", "gone", "going") {
			tags[k] = syntax.ADJ // "the service goes live on July 1": its verb is "goes"
		}
		if tags[k] == syntax.NOUN && strings.HasSuffix(toks[k].Fold, "s") && !strings.HasSuffix(toks[k].Fold, "ss") && !toks[k].Upper() &&
			(tags[k-1] == syntax.PROPN && (tags[k+1] == syntax.ADP || tags[k+1] == syntax.ADJ || tags[k+1] == syntax.ADV) && !p.hasVerb() && p.dateWithin(k+1, 3) ||
				lexis.InSet(toks[k-1].Fold, "which", "who") && k >= 2 && toks[k-2].Text == ",") {
			// "ZorgAd launches on July 1", "ZorgAd goes live on July 1": a
			// name's present verb before a date in a sentence that has
			// no other, not a plural noun it names (not a caption's
			// "Toyota plants near Nagoya, in March 2011"); ", which
			// launches on July 1": a relative pronoun's.
			if c, ok := lex.Classes(toks[k].Text); ok && strings.Contains(c, "VBZ") {
				tags[k] = syntax.VERB
				continue
			}
		}
		if tags[k] == syntax.VERB && !toks[k].Upper() {
			if c, ok := lex.Classes(toks[k].Text); ok && !strings.Contains(c, "VB") && commonNounClass(c) {
				tags[k] = syntax.NOUN
				continue
			}
		}
		if tags[k] == syntax.PROPN && toks[k].Kind == lexis.Word && !toks[k].Upper() && !toks[k].InnerUpper() && !(k < len(p.named) && p.named[k]) {
			// "Zorgon won 52%": a word in lower case is no name ("won",
			// the currency, is "Won" in the dictionary).
			if c, ok := lex.Classes(toks[k].Text); ok {
				switch {
				case strings.HasPrefix(c, "VB"):
					tags[k] = syntax.VERB
				case commonNounClass(c):
					tags[k] = syntax.NOUN // (not "da", "von": NNP, a name's particle)
				case strings.HasPrefix(c, "JJ"):
					tags[k] = syntax.ADJ
				}
			}
		}
		if tags[k] == syntax.ADP && lexis.InSet(toks[k].Fold, "up", "down") && (tags[k+1] == syntax.NUM || quantity.CurrencyPrefix(toks, k+1) || tags[k+1] == syntax.SYM) {
			tags[k] = syntax.ADV
		}
		if tags[k] == syntax.VERB && tags[k-1] == syntax.VERB && !toks[k].Upper() && !hasAnySuffix(toks[k].Fold, "ing", "ed") &&
			strings.HasSuffix(toks[k-1].Fold, "ed") && !lexis.InSet(toks[k-1].Fold, "helped", "dared", "needed") && tags[k+1] != syntax.NOUN && tags[k+1] != syntax.PROPN {
			// "Varga conceded defeat late on Sunday", "the firm posted
			// profit": a noun after a verb in the past, its object (a
			// bare verb follows only "helped", "let", "made"; "reported
			// record revenue": a noun's modifier, left as it is).
			if c, ok := lex.Classes(toks[k].Text); ok && commonNounClass(c) {
				tags[k] = syntax.NOUN
				continue
			}
		}
		if tags[k] != syntax.VERB {
			continue
		}
		w := toks[k].Text
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && tags[k+1] == syntax.NOUN &&
			(tags[k-1] == syntax.DET || tags[k-1] == syntax.ADJ || tags[k-1] == syntax.NUM || tags[k-1] == syntax.ADP) {
			// (not "Shareholders re-elected directors": a verb)
			tags[k] = syntax.ADJ
			continue
		}
		if strings.HasSuffix(w, "ing") && tags[k+1] == syntax.NOUN && (tags[k-1] == syntax.ADJ || tags[k-1] == syntax.NUM || tags[k-1] == syntax.DET || lexis.InSet(toks[k-1].Text, "'s", "’s")) {
			tags[k] = syntax.ADJ // "179 aerial refueling tankers", "India's ruling party"
			continue
		}
		if toks[k].Fold == "based" && tags[k-1] == syntax.PROPN && (tags[k+1] == syntax.PROPN || tags[k+1] == syntax.NOUN) {
			tags[k] = syntax.ADJ // "selected Los Angeles based Northrop Grumman": "Los Angeles-based"
			continue
		}
		if tags[k-1] != syntax.NUM || toks[k].Upper() || !(tags[k+1] == syntax.PRON || tags[k+1] == syntax.SCONJ || tags[k+1] == syntax.ADP || tags[k+1] == syntax.AUX || tags[k+1] == syntax.VERB || tags[k+1] == syntax.PUNCT) {
			continue
		}
		j := k - 1
		for j > 0 && (tags[j] == syntax.NUM || tags[j] == syntax.PROPN || tags[j] == syntax.ADJ || toks[j].Text == "." && tags[j-1] == syntax.NUM) {
			j--
		}
		if c, _ := lex.Classes(toks[k].Text); tags[j] == syntax.DET && j < k-1 && !p.inDate(k-1) && strings.Contains(c, "NN") {
			// (the dictionary allows a noun: not "The Boeing 737
			// crashed", "The Nikkei 225 rose")
			tags[k] = syntax.NOUN
		}
	}
}

// commonNounClass reports whether a lexicon class's likeliest tag is a
// common noun (NN, NNS), not a proper one (NNP: "da", "von").
func commonNounClass(c string) bool {
	return strings.HasPrefix(c, "NN") && !strings.HasPrefix(c, "NNP")
}

// camelCase reports whether a capitalised word has a capital after a
// lower-case letter ("TotalEnergies", "YouTube", "PlayStation"): a brand's
// name wherever it stands.
func camelCase(w string) bool {
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' && 'a' <= w[i-1] && w[i-1] <= 'z' {
			return 'A' <= w[0] && w[0] <= 'Z'
		}
	}
	return false
}

// isAllCaps reports whether a word is written in capitals only ("PSA",
// "NASA"): an acronym, a name wherever it stands.
func isAllCaps(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 0x80: // not ASCII: as the case mappings say
			return strings.ToUpper(w) == w && strings.ToLower(w) != w
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// tagLang is the tagger's language for an article's.
func tagLang(lang string) string {
	if lang == "fr" {
		return "fr"
	}
	return "en"
}

// clauseBreak reports whether token k ends the clause a word after it
// belongs to (going left): a semicolon, a colon, a quotation mark, a
// subordinating conjunction or a relative pronoun.
func (p *parsed) clauseBreak(k int) bool {
	toks, tags := p.toks, p.tags
	t := toks[k]
	switch t.Text {
	case "«", "»", "“", "”", "\"":
		return !p.termQuote(k)
	case ";", ":", "(", ")":
		return true
	}
	if tags[k] == syntax.SCONJ {
		return true
	}
	return t.Is(lexClause) && !(t.Fold == "car" && tags[k] == syntax.NOUN) // (not «un car scolaire», the bus)
}

// termQuote reports whether the quotation mark at k opens or closes a
// short quoted term with no verb, inside its clause: «for a “special
// charity-flight” from Singapore», «le « oui »», not a quoted statement.
func (p *parsed) termQuote(k int) bool {
	toks, tags := p.toks, p.tags
	open := lexis.InSet(toks[k].Text, "«", "“") || toks[k].Text == "\"" && k+1 < len(toks) && !toks[k+1].Space
	dir := 1
	if !open {
		dir = -1
	}
	for j, n := k+dir, 0; j >= 0 && j < len(toks) && n < 5; j, n = j+dir, n+1 {
		switch toks[j].Text {
		case "«", "»", "“", "”", "\"":
			return n > 0
		}
		if j < len(tags) && (tags[j] == syntax.VERB || tags[j] == syntax.AUX) || toks[j].Kind == lexis.Punct && toks[j].Text != "-" || toks[j].Kind == lexis.Number {
			return false // (a quoted figure, "just under 100 million", is a quotation)
		}
	}
	return false
}

// clauseWords are the conjunctions and relative pronouns that open a
// clause (clauseBreak), through the lexicon (lexClause).
var clauseWords = lexis.SetOf("que", "qu'", "qui", "dont", "that", "which", "who", "whom", "whose", "where", "lorsque", "quand",
	"when", "while", "tandis", "alors", "mais", "but", "because", "car", "parce", "since", "puisque", "although")

// afterPreposition reports whether the noun phrase ending at token k is a
// preposition's ("Dans ce rapport, publié mardi, l'Insee estime"), not
// the subject the clause opens with.
func (p *parsed) afterPreposition(k int) bool {
	j := k
	for j > 0 && (p.tags[j-1] == syntax.NOUN || p.tags[j-1] == syntax.ADJ || p.tags[j-1] == syntax.DET || p.tags[j-1] == syntax.PROPN) && k-j < 6 {
		j--
	}
	return j > 0 && p.tags[j-1] == syntax.ADP
}

// writtenParticiple reports whether the word at k is written as a past
// participle: in French with its accent ("porté", "basées", "élu"; not
// "indique", which folding would read as "indiqué"), in English in -ed or
// -en.
func (p *parsed) writtenParticiple(k int) bool {
	if p.lang != "fr" {
		return p.participleForm(k)
	}
	w := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(p.toks[k].Text), "s"), "e")
	return strings.HasSuffix(w, "é") || p.participleForm(k) && !strings.HasSuffix(p.toks[k].Fold, "e") && !strings.HasSuffix(p.toks[k].Fold, "es")
}

// commaOpensClause reports whether the comma at k starts the clause of the
// words after it: it does unless it closes an apposition (", le PDG de X,"
// or ", the encrypted app,") with no verb inside.
func (p *parsed) commaOpensClause(k int) bool {
	toks, tags := p.toks, p.tags
	if k > 0 && k+1 < len(toks) && !toks[k].Space && !toks[k+1].Space && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number {
		return false // "magnitude 7,5": a decimal comma
	}
	// "Threads, the app Meta launched in July, has", "Qatar Airways, which
	// chose the A350, will": an apposition or a relative clause that
	// follows a name, whatever it holds.
	for j := k - 1; j > 0 && k-j <= 15; j-- {
		if toks[j].Text == "," {
			if (tags[j+1] == syntax.DET || lexis.InSet(toks[j+1].Fold, "which", "who", "qui", "dont")) && p.nameEnds(j-1) {
				return false
			}
			if (tags[j-1] == syntax.NOUN || p.nameEnds(j-1)) && !p.inDate(j-1) && k+1 < len(toks) && isVerb(tags[k+1]) && p.incidental(j+1, k) {
				// "The first A380 superjumbo, made by Airbus, was
				// delivered", "The company, which employs 54,000 people,
				// said": an incidental phrase between a noun and its verb.
				return false
			}
			break
		}
	}
	if k > 0 && k+1 < len(toks) && tags[k+1] == syntax.VERB && p.writtenParticiple(k+1) && (tags[k-1] == syntax.NOUN || p.nameEnds(k-1)) && !p.inDate(k-1) && !p.afterPreposition(k-1) {
		// "Le texte, porté par la ministre…, prévoit": a participle set
		// off after the noun its clause opens with.
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 15; j-- {
		if tags[j] == syntax.VERB || tags[j] == syntax.AUX || p.clauseBreak(j) {
			return true
		}
		if toks[j].Text == "," {
			return false // an apposition between two commas
		}
	}
	return true
}

// clauseStart returns the first token of the clause holding token i.
func (p *parsed) clauseStart(i int) int {
	toks := p.toks
	for k := i - 1; k >= 0; k-- {
		if toks[k].Text == ")" {
			// "European Aeronautic Defence & Space NV (EADS), …": a
			// name's abbreviation in brackets does not end a clause.
			// Nor a term's: «l'excédent brut d'exploitation (Ebitda)».
			if o := p.skipParenthesis(k); o < k && o > 0 && o+2 == k && (p.properNoun(o-1) && p.properNoun(o+1) ||
				(p.tags[o-1] == syntax.NOUN || p.tags[o-1] == syntax.ADJ) && toks[o+1].Kind == lexis.Word && toks[o+1].Upper() && !p.named[o+1]) {
				k = o
				continue
			}
		}
		if p.clauseBreak(k) {
			return k + 1
		}
		if toks[k].Text == "," {
			if p.commaOpensClause(k) {
				return k + 1
			}
			// Skip the apposition to the comma that opens it.
			for k--; k >= 0 && (toks[k].Text != "," || numberComma(toks, k)); k-- {
			}
			if k < 0 {
				return 0
			}
		}
	}
	return 0
}

// numberComma reports whether the comma at k is written inside a number
// ("2,300", "7,4"), not between clauses.
func numberComma(toks []lexis.Token, k int) bool {
	return toks[k].Text == "," && insideNumber(toks, k)
}

// nameEnds reports whether token k ends a name: a proper noun, the
// closing quotation mark of a quoted one, or the number of one ("La fusée Falcon 9, développée par SpaceX, a décollé").
func (p *parsed) nameEnds(k int) bool {
	return p.properNoun(k) || k > 0 && p.tags[k] == syntax.NUM && p.toks[k].Kind == lexis.Number && p.properNoun(k-1) && !p.inDate(k) ||
		k >= 0 && quotedNameEnd(p, k) < k // «le navire « Horizon », affrété par une ONG,»: a name in quotation marks
}

// clauseEnd returns the token after the clause holding token i.
func (p *parsed) clauseEnd(i int) int {
	toks := p.toks
	for k := i + 1; k < len(toks); k++ {
		if p.clauseBreak(k) || toks[k].Text == "," || toks[k].Text == "." {
			return k
		}
	}
	return len(toks)
}

// wholeClauseEnd is clauseEnd past the comma or point inside a number
// ("2,300 people in Ontario", «14,5 % en France»), which clauseEnd takes
// for the clause's end.
func (p *parsed) wholeClauseEnd(i int) int {
	toks := p.toks
	for k := i + 1; k < len(toks); k++ {
		if p.clauseBreak(k) || (toks[k].Text == "," || toks[k].Text == ".") && !insideNumber(toks, k) {
			return k
		}
	}
	return len(toks)
}

// comparedNameBefore reports whether the brackets at token k follow a
// name a word of ranking sets against the clause's subject («derrière
// Bruxelles (11,2 %)», "ahead of Antwerp (12.1 million TEU)"): the figure
// in them is that name's, whatever the sentence told before.
func (p *parsed) comparedNameBefore(k int) bool {
	a, b, ok := p.nameAt(k - 1)
	if !ok || b != k {
		return false
	}
	j := a - 1
	if j >= 0 && lexis.InSet(p.toks[j].Fold, "la", "le", "l'", "les", "the") {
		j--
	}
	return j >= 0 && (lexis.InSet(p.toks[j].Fold, "derriere", "devant", "behind", "devancant", "precedant", "surpassing", "trailing") ||
		p.toks[j].Fold == "of" && lexis.FoldAt(p.toks, j-1) == "ahead")
}

// placedWith returns the name a ranking places right before the figure at
// token at, with its rank and "with", "at", «avec», «à» between ("putting
// Apple second with an 18% share", "and Xiaomi third at 17.8%",
// «plaçant Apple deuxième avec 18 %»): the name's tokens, or an empty
// range when the words are no such phrase.
func (p *parsed) placedWith(at int) (int, int) {
	toks := p.toks
	k := at - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "a", "an", "un", "une") && toks[k].Text != "a" || k >= 0 && toks[k].Text == "a" && p.lang != "fr" {
		k--
	}
	if k < 3 || !lexis.InSet(toks[k].Fold, "with", "at", "avec") && toks[k].Text != "à" {
		return 0, 0
	}
	if _, ok := quantity.OrdinalWord(toks[k-1].Fold); !ok {
		return 0, 0
	}
	a, b, ok := p.nameAt(k - 2)
	if !ok || b != k-1 || a < 1 {
		return 0, 0
	}
	before := toks[a-1].Fold
	if lexis.InSet(before, "and", "et", ",") || lexis.InSet(before, "putting", "puts", "put", "placing", "placed", "places", "ranking", "ranked", "ranks",
		"placant", "place", "classant", "classe") {
		return a, b
	}
	return 0, 0
}

// insideNumber reports whether the mark at token k stands between the
// digits of one number ("2,300", "2.5"), not between clauses.
func insideNumber(toks []lexis.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number &&
		toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// participle reports whether the verb at k modifies the noun before it
// ("la messagerie sécurisée", "the app launched in July").
func (p *parsed) participle(k int) bool {
	tags := p.tags
	if p.lang == "fr" && tags[k] == syntax.VERB && k > 0 && tags[k-1] == syntax.PROPN && !p.inDate(k-1) {
		// "les Groupements d'Intervention Régionaux composé de
		// policiers": a French name followed by a bare past participle
		// in -é (not "Serena Williams remporte", "Zorg explore").
		w := strings.ToLower(p.toks[k].Text)
		return hasAnySuffix(w, "é", "ée", "és", "ées") && !lexis.InSet(w, "crée", "crées", "recrée", "agrée", "procrée", "supplée") // (the present of «créer»)
	}
	if tags[k] != syntax.VERB || k == 0 || tags[k-1] != syntax.NOUN && tags[k-1] != syntax.ADJ || p.inDate(k-1) {
		return false // (not "Apple Computer today announced")
	}
	// "le minitel cessera": a French finite verb after a noun is the
	// clause's own; only participle forms qualify the noun.
	if p.lang == "fr" {
		if w := strings.ToLower(p.toks[k].Text); strings.HasSuffix(w, "e") && !hasAnySuffix(w, "ée", "ie", "ue", "se", "te") {
			// «Le gérant du restaurant estime avoir perdu»: a present
			// in -e, written without the accent of a participle in -é
			// (not «finie», «perdue», «mise», «faite»)
			return false
		}
		return lexis.FrenchParticiple(p.toks[k].Fold)
	}
	if strings.HasSuffix(p.toks[k].Fold, "s") {
		return false // "the company expects to cut": no English participle ends in -s
	}
	if lexis.IsSpeechVerb(p.toks, k) && k+1 < len(tags) && (p.toks[k+1].Fold == "that" || tags[k+1] == syntax.PRON || tags[k+1] == syntax.PROPN || tags[k+1] == syntax.DET) {
		return false // "Prosecutors said Zorgman embezzled…": the words it reports follow
	}
	// "An iOS update released Thursday fixes…": a participle when another
	// verb follows; "An Ariane 6 rocket lifted off on Tuesday, Arianespace
	// said": the clause's own verb when only the words reporting it do.
	reported := false
	for j := k + 1; j < len(tags); j++ {
		if tags[j] == syntax.VERB && j == k+2 && p.toks[j-1].Fold == "to" {
			continue // "the council voted to adopt the budget": the infinitive the verb governs is no clause's verb
		}
		if tags[j] == syntax.VERB || tags[j] == syntax.AUX {
			if !lexis.IsSpeechVerb(p.toks, j) || p.toks[j-1].Text != "," && !p.toks[j-1].Upper() {
				return true
			}
			reported = true
		}
	}
	if !reported {
		// "On Sunday, firefighters evacuated the building": with no verb
		// after it nor before it, it is the clause's own.
		for j := k - 1; j >= 0; j-- {
			if tags[j] == syntax.VERB || tags[j] == syntax.AUX {
				return true
			}
		}
	}
	return false
}

// pollPopulation returns the words of the people a poll's share counts:
// the people it is "of" ("58 % des Français", "41% of voters", "65 % des
// personnes interrogées"), those "d'entre eux" stands for (the last people
// the sentence names before it: "les habitants de l'Utah"), else the
// people of the poll told just before ("87 % ont confiance…"); "" when
// none.
func (x *extractor) pollPopulation(p *parsed, r clauseReading) string {
	toks, tags := p.toks, p.tags
	k := r.after
	if lexis.InSet(lexis.FoldAt(toks, k), "d'", "of") && lexis.InSet(lexis.FoldAt(toks, k+1), "entre", "them") {
		for j := r.at - 1; j > 0; j-- {
			if tags[j] == syntax.NOUN && lexis.InSet(toks[j-1].Fold, "les", "the", "ces", "these") && (peopleNouns[toks[j].Fold] || pollPeople[toks[j].Fold] || gazetteer.Demonyms[toks[j].Fold] || groupNouns[toks[j].Fold]) {
				b := j + 1
				for b+1 < r.at && lexis.InSet(toks[b].Fold, "de", "d'", "du", "des", "of") && (tags[b+1] == syntax.PROPN || tags[b+1] == syntax.NOUN || tags[b+1] == syntax.DET) {
					b += 2
					if b < r.at && (tags[b-1] == syntax.DET || toks[b-1].Fold == "l'") && (tags[b] == syntax.PROPN || tags[b] == syntax.NOUN) {
						b++
					}
				}
				return strings.TrimSpace(x.art.Text[toks[j-1].Start:toks[b-1].End])
			}
		}
		return ""
	}
	for k < len(toks) && lexis.InSet(toks[k].Fold, "des", "de", "d'", "of", "the", "les") {
		k++
	}
	if k < len(toks) && (peopleNouns[toks[k].Fold] || gazetteer.Demonyms[toks[k].Fold] || pollPeople[toks[k].Fold]) {
		b := k + 1
		for b < len(toks) && b <= k+3 && (tags[b] == syntax.ADJ || tags[b] == syntax.VERB && p.participleForm(b) && !opinionVerbs[toks[b].Fold]) {
			b++ // "personnes interrogées", "adults surveyed"
		}
		if b+1 < len(toks) && lexis.InSet(toks[b].Fold, "de", "d'", "du", "of", "in") && tags[b+1] == syntax.PROPN {
			b += 2 // "habitants de Zorgville", "residents of Ohio"
			for b < len(toks) && tags[b] == syntax.PROPN {
				b++
			}
		}
		return strings.TrimSpace(x.art.Text[toks[k].Start:toks[b-1].End])
	}
	if x.pollSubject != "" && x.sentIndex-x.pollAt <= 3 {
		return x.pollSubject
	}
	return ""
}

// gappedOwner returns the noun phrase of "ceux des légumes de 3,1 %",
// "celui de la viande de 0,8 %", "that of Germany at 5%": a demonstrative
// standing for the noun measured before, with its own complement, right
// before the figure at token i; "" when there is none.
func (p *parsed) gappedOwner(text string, i int) string {
	toks := p.toks
	k := i - 1
	if k < 0 || !lexis.InSet(toks[k].Fold, "de", "d'", "at", "of") {
		return ""
	}
	for j := k - 1; j >= 1 && k-j <= 6; j-- {
		if toks[j].Text == "," || toks[j].Text == "." {
			return ""
		}
		if lexis.InSet(toks[j].Fold, "ceux", "celles", "celui", "celle", "that", "those") && lexis.InSet(toks[j+1].Fold, "de", "des", "du", "d'", "of") && j+2 < k {
			a := j + 2
			if lexis.InSet(toks[a].Fold, "la", "l'", "le", "les", "the") && a+1 < k {
				a++
			}
			e := k
			for q := a + 1; q < k; q++ {
				if isVerb(p.tags[q]) {
					e = q // "ceux des services ont progressé de 2,3 %": the verb is not the owner's
					break
				}
			}
			return strings.TrimSpace(text[toks[a].Start:toks[e-1].End])
		}
	}
	return ""
}

// valueVerbs put a value on what they govern ("valuing the company at").
var valueVerbs = lexis.SetOf("valuing", "values", "valued", "value", "valorisant", "valorise", "valorisent", "valorisait", "valorisera")

// valuedAt returns the token of the verb that values its object at the
// figure at token at ("valuing the company at $5.6 billion"), -1 when none.
func (p *parsed) valuedAt(at int) int {
	k := at - 1
	for k > 0 && (qualifierWords[p.toks[k].Fold] || lexis.InSet(p.toks[k].Text, "$", "€", "£")) {
		k-- // "at about 5.6 billion pounds"
	}
	if k < 2 || !lexis.InSet(p.toks[k].Text, "at", "à") {
		return -1
	}
	for v := k - 2; v >= 0 && k-v <= 6 && !p.clauseBreak(v); v-- {
		if valueVerbs[p.toks[v].Fold] && isVerb(p.tags[v]) {
			return v
		}
	}
	return -1
}

// controlledBy returns the object of the English verb of making or asking
// that governs the infinitive at token v ("forced it to lay off", "urged
// Zorgon Motors to hire"): its tokens, and how it was read (a pronoun, or a
// name: fromControl); how is "" when there is no such object.
func (p *parsed) controlledBy(v int) (int, int, string) {
	g := p.infinitiveGovernor(v)
	if p.lang == "fr" || g < 0 || g >= v || !controlVerb(p.toks[g].Fold) {
		return 0, 0, ""
	}
	to := v - 1
	if p.toks[to].Fold != "to" {
		return 0, 0, ""
	}
	switch o := g + 1; {
	case o+1 == to && lexis.InSet(p.toks[o].Fold, "it", "them", "him", "her"):
		return o, o + 1, fromPronoun
	case o < to:
		if a, b, ok := p.nameAt(to - 1); ok && a == o && b == to {
			return a, b, fromControl
		}
		if lexis.InSet(p.toks[g].Fold, "expects", "expected", "expect", "forecasts", "forecast", "predicts", "predicted", "projects", "projected") && to-o <= 5 && p.commonPhrase(o, to) &&
			(publicMeasures[p.toks[to-1].Fold] || marketMeasures[p.toks[to-1].Fold] || lexis.InSet(p.toks[to-1].Fold, "country", "economy", "nation")) {
			// "He expects prices to average $16,500 a tonne", "Vantage
			// expects full-year shipments to reach 1.22 billion", "She
			// expects the country to post a surplus": what is forecast is
			// the infinitive's subject, not who forecasts.
			return p.subjectBefore(to, o)
		}
	}
	return 0, 0, ""
}

// marketMeasures are the statistics of a market a forecaster tells of
// ("expects prices to average", "expects shipments to reach"), no thing of
// the forecaster's own (not "Kaneda expects the recall to cost").
var marketMeasures = lexis.SetOf("prices", "price", "shipments", "demand", "supply", "volumes", "output", "production", "sales",
	"exports", "imports", "deliveries", "consumption", "rates", "yields", "spending")

// commonPhrase reports whether tokens [a, b) are a noun phrase of common
// words: determiners, adjectives and nouns in lower case, its last a noun.
func (p *parsed) commonPhrase(a, b int) bool {
	for k := a; k < b; k++ {
		t := p.toks[k]
		if t.Kind != lexis.Word && t.Text != "-" || t.Upper() && k > 0 || !(p.tags[k] == syntax.NOUN || p.tags[k] == syntax.ADJ || p.tags[k] == syntax.DET || t.Text == "-") {
			return false
		}
	}
	return p.tags[b-1] == syntax.NOUN
}

// gerundOf returns the verb a gerund at token v qualifies («en battant»,
// "by selling"): the clause's last verb before it that is no participle,
// -1 when v is no gerund or there is none.
func (p *parsed) gerundOf(v int) int {
	toks := p.toks
	w := toks[v].Fold
	if v < 2 || !(p.lang == "fr" && toks[v-1].Fold == "en" && strings.HasSuffix(w, "ant") || p.lang == "en" && toks[v-1].Fold == "by" && strings.HasSuffix(w, "ing")) {
		return -1
	}
	for j := v - 2; j >= 0 && !p.clauseBreak(j) && toks[j].Text != ","; j-- {
		if p.tags[j] == syntax.VERB && !(p.lang == "en" && strings.HasSuffix(toks[j].Fold, "ing")) {
			return j
		}
	}
	return -1
}

// participleOf returns the finite verb of the clause before the comma that
// opens a present participle's clause (the participle at v, its clause at
// start: ", privant…", ", en privant…", ", leaving…"), -1 when v is not one.
func (p *parsed) participleOf(v, start int) int {
	toks := p.toks
	k := start
	if k < len(toks) && p.lang == "fr" && toks[k].Fold == "en" {
		k++ // "en privant"
	}
	w := toks[v].Fold
	if prepositionalParticiples[w] {
		return -1 // "starting at $199", "allant de 10 à 20"
	}
	if v != k || start == 0 || toks[start-1].Text != "," ||
		!(p.lang == "fr" && strings.HasSuffix(w, "ant") || p.lang == "en" && strings.HasSuffix(w, "ing")) {
		return -1
	}
	only := -1 // the clause's one verb, which participle may read as a noun's modifier ("The jetliner crashed")
	for j := start - 2; j >= 0 && !p.clauseBreak(j); j-- {
		if p.tags[j] == syntax.VERB && !p.participle(j) {
			return j
		}
		if p.tags[j] == syntax.VERB || p.tags[j] == syntax.AUX {
			if only == -1 {
				only = j
			} else {
				only = -2 // more than one
			}
		}
	}
	if only >= 0 && (casualtyWords[toks[v].Fold] || !p.numberBetween(p.clauseStart(only), start-1)) {
		// "The jetliner crashed into the ocean, killing 228 people", "The
		// ruling party lost its majority, winning 240 seats": the
		// clause's one verb, which the tagger's reading made a noun's
		// modifier (a figure's participle otherwise goes on with the
		// figure before it: "sold 13.7 million Macs, totaling $22
		// billion").
		return only
	}
	return -1
}

// numberBetween reports whether a number stands in tokens [a, b).
func (p *parsed) numberBetween(a, b int) bool {
	for k := max(a, 0); k < b && k < len(p.toks); k++ {
		if p.toks[k].Kind == lexis.Number && !p.inDate(k) {
			return true
		}
	}
	return false
}

// prepositionalParticiples are participles that work as prepositions.
var prepositionalParticiples = lexis.SetOf("starting", "beginning", "ranging", "including", "excluding", "according",
	"following", "regarding", "concerning", "depending", "pending", "allant", "suivant", "concernant", "durant",
	"pendant", "moyennant", "partant", "commencant", "incluant")

// isVerb reports whether tag t is a verb or an auxiliary.
func isVerb(t syntax.Tag) bool { return t == syntax.VERB || t == syntax.AUX }

// governingVerb returns the verb of the clause that governs the figure at
// token i: the nearest before it in its clause, else the first after it.
func (p *parsed) governingVerb(i, end int) int {
	tags := p.tags
	start := p.clauseStart(i)
	for k := i - 1; k >= start; k-- {
		if tags[k] == syntax.VERB {
			return k
		}
	}
	for k := i - 1; k >= start; k-- {
		if tags[k] == syntax.AUX {
			return k
		}
	}
	stop := p.clauseEnd(end - 1)
	for k := end; k < stop; k++ {
		if tags[k] == syntax.VERB {
			return k
		}
	}
	for k := end; k < stop; k++ {
		if tags[k] == syntax.AUX {
			return k
		}
	}
	if v := p.verbAfterApposition(stop); v >= 0 {
		return v
	}
	return -1
}

// authoritySpeaks reports whether the subject of speech verb v is an
// authority that reports what happened to others: the police,
// prosecutors, officials, rescuers, witnesses.
func (p *parsed) authoritySpeaks(v int) bool {
	k := v - 1
	for k >= 0 && (p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV) {
		k--
	}
	return k >= 0 && authorityNouns[p.toks[k].Fold]
}

// authorityNouns name who reports what happened to others.
var authorityNouns = lexis.SetOf("police", "policiers", "prosecutors", "prosecutor", "officials", "authorities", "rescuers",
	"witnesses", "investigators", "paramedics", "firefighters", "doctors", "medics", "observers", "monitors", "procureur",
	"parquet", "autorites", "secours", "pompiers", "sauveteurs", "temoins", "enqueteurs", "gendarmerie", "gendarmes",
	"medecins", "responsables", "observateurs")

// reportedClauseVerb returns the verb after a figure that opens the clause
// a speech verb v before it reports ("said more than 300 investors lost",
// "a indiqué que 12 personnes ont été blessées"), -1 when the figure does
// not open such a clause or no verb follows it in its clause.
func (p *parsed) reportedClauseVerb(v, at, end int) int {
	if v < 0 || v >= at || !lexis.IsSpeechVerb(p.toks, v) {
		return -1
	}
	for k := v + 1; k < at; k++ {
		if !lexis.InSet(p.toks[k].Fold, "that", "que", "qu'") && p.tags[k] != syntax.ADV && !qualifierWords[p.toks[k].Fold] {
			return -1 // ("said on Monday it had 300 stores": the figure is an object)
		}
	}
	stop := p.clauseEnd(end - 1)
	aux := -1
	for k := end; k < stop; k++ {
		switch p.tags[k] {
		case syntax.VERB:
			return k
		case syntax.AUX:
			if aux < 0 {
				aux = k
			}
		}
	}
	return aux
}

// quoteMark tells whether a token is a quotation mark.
func quoteMark(w string) bool { return lexis.InSet(w, "\"", "«", "»", "“", "”", "‘", "’") }

// verbAfterApposition returns the verb of the clause an apposition between
// commas interrupts, when the comma at k opens it: "five billion
// applications, commonly called apps, have been purchased", "Plus de 300
// personnes, dont 20 enfants, ont été tuées"; -1 when there is none.
func (p *parsed) verbAfterApposition(k int) int {
	toks, tags := p.toks, p.tags
	if k >= len(toks) || toks[k].Text != "," {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if p.clauseBreak(j) && !quoteMark(toks[j].Text) || toks[j].Text == "." {
			return -1
		}
		if toks[j].Text != "," {
			continue
		}
		for j+1 < len(toks) && (quoteMark(toks[j+1].Text) || toks[j+1].Text == ")") {
			j++ // `commonly called " apps, " have`: the closing quote
		}
		if j+1 >= len(toks) || tags[j+1] != syntax.AUX && tags[j+1] != syntax.VERB {
			return -1
		}
		stop := p.clauseEnd(j + 1)
		for v := j + 1; v < stop; v++ {
			if tags[v] == syntax.VERB {
				return v
			}
		}
		return j + 1
	}
	return -1
}

// fineTerm reports whether the amount n is a fine a sentence imposes:
// «30 000 euros d'amende», "a fine of 30,000 euros".
func fineTerm(toks []lexis.Token, n quantity.NumberExpr) bool {
	if k := n.TokEnd; k+1 < len(toks) && lexis.InSet(toks[k].Fold, "d'", "de") && lexis.InSet(toks[k+1].Fold, "amende", "amendes") {
		return true
	}
	k := n.TokStart
	for k > 0 && lexis.InSet(toks[k-1].Text, "$", "€", "£", "US$") {
		k--
	}
	return k >= 2 && lexis.InSet(toks[k-1].Fold, "of", "de", "d'") && lexis.InSet(toks[k-2].Fold, "fine", "amende")
}

// putVerbs set a measure at a figure: "put support for the party at 31%",
// "pegged the cost at $2 billion".
var putVerbs = lexis.SetOf("put", "puts", "putting", "pegged", "pegs", "pegging", "estimated", "estimate", "estimates", "estimating",
	"reported", "reports", "placed", "places", "valued", "values", "projected", "projects", "forecast", "forecasts", "sees", "saw")

// putAt reads a figure set by a verb of putVerbs, "A survey by Median put
// support for the three coalition parties at 31%": what the figure measures
// is the noun phrase between the verb and "at", and whom it is of is that
// phrase's complement after "for" or "of" (a name, or the words of a noun
// phrase), not the one who puts it, most often a source (a poll, a study,
// an agency). ok is false when the clause is not so built.
func (x *extractor) putAt(s *sentence, p *parsed, r clauseReading, cited Span) (clauseReading, bool) {
	toks, v := p.toks, r.verb
	orig := r
	if p.lang != "fr" && v > 0 && v < r.at && !putVerbs[toks[v].Fold] && p.tags[v-1] == syntax.NOUN && (p.participle(v) && (p.writtenParticiple(v) || pastParticiple(toks[v].Fold)) || toks[v].Fold == "left") {
		// "put the number of people left homeless at 27,000": the
		// participle says which people; the verb is the one before it
		for j := v - 2; j >= p.clauseStart(v) && (toks[j].Kind == lexis.Word || initialDot(toks, j)); j-- {
			if putVerbs[toks[j].Fold] && isVerb(p.tags[j]) {
				r.verb, v = j, j
				break
			}
		}
	}
	if p.lang == "fr" && v >= 0 && v < r.at && frenchPutVerb(toks[v].Fold) {
		return x.frenchPutAt(s, p, r)
	}
	if v < 0 || v >= r.at || !putVerbs[toks[v].Fold] {
		return r, false
	}
	if k := r.at - 1; k > v+2 && lexis.InSet(toks[k].Fold, "to", "and", "-") {
		// "put the likely cost at 210 billion to 250 billion yen": the
		// range's upper figure, set at from where its lower one starts.
		j := k - 1
		for j > v && (toks[j].Kind == lexis.Number || lexis.InSet(toks[j].Fold, "$", "€", "£", "billion", "million", "trillion", "bn", "mn")) {
			j--
		}
		if j < k-1 && lexis.InSet(toks[j].Fold, "between") {
			j--
		}
		if j < k-1 && toks[j].Fold == "at" {
			r0 := r
			r.at = j + 1
			rr, ok := x.putAt(s, p, r, cited)
			rr.at = r0.at
			return rr, ok
		}
	}
	if r.at-2 <= v || !lexis.InSet(toks[r.at-1].Fold, "at", "on") {
		return r, false
	}
	if n := v + 1; n < r.at-1 {
		// "put the Homeland Party at 22%": the name put at it is what the
		// figure is of, not the one who puts it (a poll).
		if toks[n].Fold == "the" && n+1 < r.at-1 {
			n++
		}
		if a, b, ok := p.nameAt(n); ok && a == n {
			for b < r.at-1 && p.properNoun(b) && toks[b].Upper() {
				b++
			}
			if b+1 < r.at-1 && lexis.InSet(toks[b].Text, "'s", "’s") {
				// "put Peric's Civic Union party on 29%": the party, not
				// its leader
				if a2, b2, ok := p.nameAt(b + 1); ok && a2 == b+1 {
					a, b = a2, b2
					for b < r.at-1 && p.properNoun(b) && toks[b].Upper() {
						b++
					}
				}
			}
			if b+1 == r.at-1 && partyNouns[toks[b].Fold] {
				b = r.at - 1 // "put the Civic Union party on 29%": the name and what it is
			}
			if b == r.at-1 {
				e := b
				if partyNouns[toks[e-1].Fold] && e-1 > a {
					e-- // (the name without its noun)
				}
				if d, _ := x.entityOf(s, p, a, e, fromClause, cited); d != "" && x.reg.kind(nameKey(d)) != KindPlace {
					r.subject, r.how, r.put = d, fromClause, true
					return r, true
				}
			}
		}
	}
	head, of := -1, -1
	for k := v + 1; k < r.at-1; k++ {
		switch {
		case head >= 0 && p.lang != "fr" && p.tags[k-1] == syntax.NOUN && (p.tags[k] == syntax.VERB && p.participle(k) && (p.writtenParticiple(k) || pastParticiple(toks[k].Fold)) || toks[k].Fold == "left"):
			// "put the number of people left homeless at": a participle
			// that says which of them
		case toks[k].Kind == lexis.Punct && !initialDot(toks, k) && !p.inDate(k) || isVerb(p.tags[k]) && !p.inDate(k):
			return r, false // (a date's "/" goes on: "for the 2024/25 season")
		case head < 0 && p.tags[k] == syntax.NOUN:
			head = k
		case head >= 0 && of < 0 && k == head+1 && p.tags[k] == syntax.NOUN && !toks[k].Upper():
			head = k // "currency losses": the compound's last noun
		case head >= 0 && of < 0 && lexis.InSet(toks[k].Text, "'s", "’s"):
			head = -1 // "put the bank's currency losses at": the owner, then what it has
		case head >= 0 && of < 0 && lexis.InSet(toks[k].Fold, "for", "of") && !p.inDate(k+1) && !(k+2 < r.at && toks[k+1].Fold == "the" && (lexis.InSet(toks[k+2].Fold, "year", "quarter", "month", "week", "period", "season") || p.inDate(k+2))):
			of = k // (not "for the year", "for 2024": when, not whose)
		}
	}
	if head < 0 {
		return r, false
	}
	if of < 0 && lexis.InSet(toks[head].Fold, "figure", "figures", "estimate", "tally", "count", "total") {
		// "Corvane put the U.S. figure at 1.1 million packs": the figure
		// restated, with what it counts after it, not a measure of its
		// own (but "put the figure at $4 billion": the passage's)
		k := r.at
		for k < len(toks) && (toks[k].Kind == lexis.Number || decimalPoint(toks, k) || numberComma(toks, k) || quantity.Scale(toks[k].Fold) > 0) {
			k++
		}
		if k > r.at && k < len(toks) && p.tags[k] == syntax.NOUN && measureUnits[toks[k].Fold] == "" && !currencyWords[toks[k].Fold] && !p.inDate(k) &&
			!lexis.InSet(toks[v+1].Fold, "that", "this", "these", "those") { // (but "put that figure at 1.79 million ounces": the one told last)
			return orig, false
		}
	}
	r.noun, r.put = head, true
	if country := p.nationalityOf(head, r.at-1, p.lang); country != "" && (of < 0 || of+1 >= r.at-1) {
		r.subject, r.how = country, fromPlace // "sees Russian exports at 43.5 million tons": the country's
		return r, true
	}
	if of < 0 || of+1 >= r.at-1 {
		return x.estimatedFor(s, p, r, head, cited), true
	}
	n := of + 1
	counted := n // (past a country's initials: "the number of U.S. packs")
	for counted+2 < r.at-1 && len(toks[counted].Text) == 1 && initialDot(toks, counted+1) {
		counted += 2
	}
	if of == head+1 && lexis.InSet(toks[head].Fold, "number", "count", "tally", "total") && toks[of].Fold == "of" && !p.properNoun(counted) &&
		!(lexis.InSet(toks[n].Fold, "the") && n+1 < r.at-1 && p.properNoun(n+1)) {
		// "put the number of homeless people at about 25,000": what is
		// counted is the measure, not whom it is of (the place or event
		// the passage tells of, by the source's estimate)
		if rr := x.estimatedFor(s, p, r, head, cited); rr.subject != "" {
			return rr, true
		}
		if orig.verb != r.verb {
			return orig, false // (the clause read as before, by its participle)
		}
	}
	if lexis.InSet(toks[n].Fold, "the", "le", "la", "l'") && n+1 < r.at-1 {
		n++
	}
	if a, b, ok := p.nameAt(n); ok {
		for b < r.at-1 && p.properNoun(b) && toks[b].Upper() {
			b++ // "the Zorg Party": the whole name
		}
		if b == r.at-1 {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromClause
				return r, true
			}
		}
	}
	if a, b, how := p.subjectBefore(v, p.clauseStart(v)); how != "" {
		if d, _ := x.entityOf(s, p, a, b, how, cited); d != "" && (x.reg.kind(nameKey(d)) == KindOrg || x.reg.kind(nameKey(d)) == KindPerson) && toks[v].Fold == "estimated" {
			return r, true // "Zorgcorp estimated the cost of the recall at 300 million euros": its own recall's
		}
	}
	if phrase := strings.TrimSpace(x.art.Text[toks[of+1].Start:toks[r.at-2].End]); phrase != "" {
		r.subject, r.how = phrase, fromPhrase
	}
	return r, true
}

// ownedMoveVerbs move an amount another owns: "cut the museum's grant by
// 4%", "raised Halvex's licence fee to 3 million euros".
var ownedMoveVerbs = lexis.SetOf("cut", "cuts", "raised", "raises", "increased", "increases", "reduced", "reduces", "lowered", "lowers",
	"slashed", "slashes", "trimmed", "trims", "boosted", "boosts", "doubled", "halved", "froze", "freezes")

// movedOwned reads a figure that a verb of ownedMoveVerbs moves an amount
// a possessive owns to or by: "The government cut the museum's annual
// grant by 4% to 52 million pounds" is the museum's grant, not the
// government's (who cuts it is who acts, not whose figure it is).
func (x *extractor) movedOwned(s *sentence, p *parsed, r clauseReading, cited Span) (clauseReading, bool) {
	toks, v := p.toks, r.verb
	if p.lang == "fr" || v < 0 || v >= r.at || !ownedMoveVerbs[toks[v].Fold] {
		return r, false
	}
	poss := -1 // the "'s" of the owner
	end := -1  // the object's end: "by" or "to"
	for k := v + 1; k < r.at; k++ {
		switch {
		case lexis.InSet(toks[k].Text, "'s", "’s") && poss < 0 && k > v+1:
			poss = k
		case lexis.InSet(toks[k].Fold, "by", "to") && end < 0:
			end = k
		case end < 0 && (isVerb(p.tags[k]) || toks[k].Kind == lexis.Punct || toks[k].Kind == lexis.Number || p.inDate(k)):
			return r, false
		}
	}
	if poss < 0 || end < 0 || end <= poss+1 || p.tags[end-1] != syntax.NOUN || end-poss > 4 {
		return r, false
	}
	a := poss - 1 // the owner: a name, or "the museum"
	for a > v+1 && p.properNoun(a-1) {
		a--
	}
	how := fromClause
	if !p.properNoun(poss - 1) {
		how = fromAnaphor
		if !lexis.InSet(toks[a-1].Fold, "the", "its", "their") {
			return r, false
		}
	}
	d, _ := x.entityOf(s, p, a, poss, how, cited)
	if d == "" {
		return r, false
	}
	r.subject, r.how = d, fromOwner
	if r.at > 0 && toks[r.at-1].Fold == "to" {
		r.noun = end - 1 // "to 52 million pounds": the grant's amount (its change "by 4%" reads as the verb's)
	}
	return r, true
}

// frenchPutVerb reports whether w is a form of «évaluer», «estimer» or
// «chiffrer», which set a measure at a figure.
func frenchPutVerb(w string) bool {
	return strings.HasPrefix(w, "evalu") || strings.HasPrefix(w, "estim") && w != "estimation" && w != "estimations" || strings.HasPrefix(w, "chiffr") && !strings.HasPrefix(w, "chiffre") ||
		lexis.InSet(w, "chiffre", "chiffrent", "chiffrait", "chiffraient")
}

// frenchCompounds are French measure terms of a noun and its complement,
// the complement's noun after the head's: «chiffre d'affaires», «part de
// marché».
var frenchCompounds = map[string]string{"chiffre": "affaires", "chiffres": "affaires", "part": "marche", "parts": "marche",
	"taux": "chomage interet croissance inflation marge remplissage occupation", "prix": "vente revient", "cout": "revient"}

// frenchCompoundEnd returns the last token of the term of frenchCompounds
// whose head is token h («chiffre d'affaires»: «affaires»), h when there is
// none.
func frenchCompoundEnd(toks []lexis.Token, h int) int {
	if h+2 < len(toks) && lexis.InSet(toks[h+1].Fold, "de", "d'") {
		for _, w := range strings.Fields(frenchCompounds[toks[h].Fold]) {
			if toks[h+2].Fold == w {
				return h + 2
			}
		}
	}
	return h
}

// frenchPutAt reads a figure a French verb of estimate sets, with the
// measured noun before it («estime le coût de la tempête entre 350 et 500
// millions d'euros») or after it («évaluait à 300 millions d'euros par an le
// coût de ces grèves»): the noun is what the figure measures, and its
// complement what it is of.
func (x *extractor) frenchPutAt(s *sentence, p *parsed, r clauseReading) (clauseReading, bool) {
	toks, v := p.toks, r.verb
	head := -1
	k := r.at - 1
	if k > v+2 && toks[k].Fold == "et" {
		// «entre 350 et 500 millions d'euros»: the range's upper figure
		j := k - 1
		for j > v && (toks[j].Kind == lexis.Number || quantity.Scale(toks[j].Fold) > 0 || lexis.InSet(toks[j].Fold, "d'", "de", "euros")) {
			j--
		}
		if toks[j].Fold == "entre" {
			k = j
		}
	}
	if k > v && lexis.InSet(toks[k].Fold, "a", "entre") && toks[k].Text != "a" {
		// the noun between the verb and «à», «entre»
		for j := v + 1; j < k; j++ {
			if head >= 0 && j <= frenchCompoundEnd(toks, head) {
				continue // «la part de marché»: a term, whatever its tags
			}
			if toks[j].Kind == lexis.Punct && toks[j].Text != "'" || isVerb(p.tags[j]) {
				return r, false
			}
			if head < 0 && p.tags[j] == syntax.NOUN && j > v+1 && p.tags[j-1] == syntax.DET {
				head = j
			}
		}
	}
	if head < 0 && r.at-1 == v+1 && toks[v+1].Text == "à" {
		// the noun after the figure: «à 300 millions d'euros par an le coût»
		for j := r.after; j < len(toks) && j < r.after+5; j++ {
			if toks[j].Kind == lexis.Punct || isVerb(p.tags[j]) {
				break
			}
			if lexis.InSet(toks[j].Fold, "le", "la", "les", "l'") && j+1 < len(toks) && p.tags[j+1] == syntax.NOUN {
				head = j + 1
				break
			}
		}
	}
	if head < 0 {
		return r, false
	}
	r.noun, r.put = head, true
	if e := frenchCompoundEnd(toks, head); e > head && e+2 < len(toks) && lexis.InSet(toks[e+1].Fold, "de", "d'", "du", "des") {
		// «évalue la part de marché de MSC à 12,6 %», «le chiffre
		// d'affaires du secteur»: what the term is of follows it whole
		head = e
	}
	if head+2 < len(toks) && lexis.InSet(toks[head+1].Fold, "de", "d'", "du", "des") && !quantityNouns[toks[head].Fold] && !possessives[toks[head+2].Fold] {
		// (not «le nombre d'emplois menacés»: what is counted, not of
		// whom; nor «la baisse de sa collecte»: the possessive's owner)
		// «le coût de la tempête»: what the measure is of
		st := head + 2
		if lexis.InSet(toks[head+1].Fold, "de", "d'") && st+1 < len(toks) && p.tags[st] == syntax.DET {
			st++
		}
		if h := p.complementHead(head+1, len(toks)); h >= st {
			if d, _ := x.entityOf(s, p, h, h+1, fromClause, Span{}); d != "" && p.properNoun(h) {
				r.subject, r.how = d, fromClause
			} else if phrase := strings.TrimSpace(x.art.Text[toks[head+2].Start:toks[p.nounPhraseEnd(h, len(toks))-1].End]); phrase != "" && !demonstratives[lexis.Fold(toks[head+2].Text)] {
				r.subject, r.how = phrase, fromPhrase
			}
		}
	}
	if r.subject == "" {
		// «Zorgon supprime 1 200 postes. Le syndicat CFDT évalue la perte
		// à 3 000 emplois»: what the passage before was about, when a
		// named source puts its own figure on it (see estimatedFor).
		r = x.estimatedFor(s, p, r, head, Span{})
	}
	if r.subject == "" {
		// «La préfecture a chiffré à 2 300 le nombre de manifestants»:
		// the clause's subject, whom the estimate is said by when it is a
		// body (see estimateVerbs).
		if a, b, how := p.subjectBefore(v, p.clauseStart(v)); how != "" {
			if d, h := x.entityOf(s, p, a, b, how, Span{}); d != "" {
				r.subject, r.how = d, h
			}
		}
	}
	return r, true
}

// estimatedFor finds whom the measure a verb of putVerbs sets at the
// figure is of, when no "of" or "for" says it: the name whose possessive
// opens the measure's phrase ("put Ghana's official holdings at 30.9
// tonnes"), else what the passage before was about, when the one who puts
// it is another entity, a source ("Kaneda will recall 1.2 million cars.
// Analysts at Blorp Securities put the likely cost at 210 billion yen":
// Kaneda's cost, by Blorp's estimate). r is unchanged when neither holds.
func (x *extractor) estimatedFor(s *sentence, p *parsed, r clauseReading, head int, cited Span) clauseReading {
	toks := p.toks
	for k := r.verb + 1; k < head; k++ {
		if a, b, ok := p.nameAt(k); ok && a > r.verb && b < head && toks[b].Fold == "'s" {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromOwner
			}
			return r
		}
		if toks[k].Fold == "the" && k+2 < head && p.tags[k+1] == syntax.NOUN && toks[k+2].Fold == "'s" && (companyWords[toks[k+1].Fold] || anaphors[toks[k+1].Fold] || lexis.InSet(toks[k+1].Fold, "bank", "club")) {
			// "put the bank's currency losses at": the organisation the
			// noun stands for
			if d, _ := x.entityOf(s, p, k+1, k+2, fromAnaphor, cited); d != "" {
				r.subject, r.how = d, fromOwner
				return r
			}
		}
	}
	a, b, how := p.subjectBefore(r.verb, p.clauseStart(r.verb))
	if how == "" {
		return r
	}
	putter, _ := x.entityOf(s, p, a, b, how, cited)
	if k := x.reg.kind(nameKey(putter)); k != KindOrg && k != KindPerson || x.reg.onlyInitial(nameKey(putter)) && !strings.Contains(putter, " ") {
		return r // "Economists put inflation at 3.1%": no named source, no one's measure
	}
	if putter == "" || x.lastSubject == "" || x.lastSubject == putter || x.lastSubjectAt < x.sentIndex-2 || !entityName(x.lastSubject) ||
		x.reg.kind(nameKey(x.lastSubject)) == "" || x.lastSubjectHow != fromClause && x.lastSubjectHow != fromOwner && x.lastSubjectHow != fromPronoun && x.lastSubjectHow != fromAnaphor && x.lastSubjectHow != fromEstimated {
		return r
	}
	if r.verb+1 < len(toks) && !lexis.InSet(toks[r.verb+1].Fold, "the", "its", "their", "that", "this", "these", "those", "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces") {
		// (not "estimated global oil demand growth at 730,000 barrels per
		// day", "estimated turnout at 66.9%": a measure named bare is of
		// no thing the passage before told of, but a thing of its own, by
		// the source's estimate)
		if head < len(toks) && companyResults[toks[head].Fold] && x.reg.kind(nameKey(x.lastSubject)) == KindOrg {
			// "Market tracker Circana estimated first-week sales at 6.2
			// million units": a company's results, bare, are those of the
			// company the passage before told of, by the source's
			// estimate.
			r.subject, r.how = x.lastSubject, fromEstimated
			return r
		}
		if head > r.verb+1 && head < len(toks) && p.tags[head] == syntax.NOUN {
			if phrase := strings.TrimSpace(x.art.Text[toks[r.verb+1].Start:toks[head].End]); phrase != "" && !strings.ContainsAny(phrase, ",;") {
				r.subject, r.how = phrase, fromEstimated
			}
		}
		return r
	}
	r.subject, r.how = x.lastSubject, fromEstimated
	return r
}

// segmentNouns name a part of a company whose figures are its own: "the
// watches and jewellery division", «la branche parfums».
var segmentNouns = lexis.SetOf("division", "divisions", "unit", "segment", "arm", "subsidiary", "branche", "pole", "filiale")

// segmentPhrase returns the words of a segment of a company that are the
// clause's subject ([a, b) and what follows up to the verb): «division vins
// et spiritueux», "watches and jewellery division"; "" when the subject is
// no segment.
func (p *parsed) segmentPhrase(text string, r clauseReading, a, b int) string {
	toks := p.toks
	if r.verb <= a || a < 1 || !lexis.InSet(toks[a-1].Fold, "the", "its", "le", "la", "l'", "sa", "son") && !(a >= 2 && lexis.InSet(toks[a-2].Fold, "the", "le", "la", "l'")) {
		return ""
	}
	end := r.verb // the words up to the verb, its auxiliary or a comma
	for end > a && (p.tags[end-1] == syntax.AUX || toks[end-1].Text == ",") {
		end--
	}
	if end-a > 6 || end <= a {
		return ""
	}
	for k := a; k < end; k++ {
		if toks[k].Kind != lexis.Word || toks[k].Text == "," || isVerb(p.tags[k]) {
			return ""
		}
	}
	st := a
	if toks[a-1].Kind == lexis.Word && p.tags[a-1] == syntax.NOUN {
		st = a - 1
	}
	switch {
	case segmentNouns[toks[a].Fold] && end > a+1: // «division vins et spiritueux»
	case segmentNouns[toks[end-1].Fold] && end-1 > st: // "watches and jewellery division"
	default:
		return ""
	}
	return strings.TrimSpace(text[toks[st].Start:toks[end-1].End])
}

// postVerbs say that a subject posts a measure: «a enregistré une
// collecte», "posted a gain".
var postVerbs = lexis.SetOf("enregistre", "enregistrent", "enregistrait", "affiche", "affichent", "affichait", "recorded", "records", "registered",
	"registers", "posted", "posts")

// thingThatRecords returns the noun phrase [a, b) of a thing told by a
// definite article and one common noun, when the clause's verb of
// postVerbs puts the measure the figure is of in its object
// («L'assurance-vie a enregistré
// une collecte nette de…», "The index posted a gain of…"): the thing the
// measure is of; "" otherwise, and for the nouns that stand for an
// organisation or a measure.
func (p *parsed) thingThatRecords(text string, r clauseReading, a, b int) string {
	toks := p.toks
	object := r.noun > r.verb && r.noun < r.at // the measure's noun between the verb and the figure
	for k := r.verb + 1; r.noun < 0 && k < r.at && k < len(toks); k++ {
		object = object || p.tags[k] == syntax.NOUN && lexis.InSet(toks[k-1].Fold, "a", "an", "un", "une")
	}
	if b != a+1 || a < 1 || r.verb <= a || !object || !postVerbs[toks[r.verb].Fold] || !lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'") ||
		p.tags[a] != syntax.NOUN || toks[a].Upper() || a-1 > 0 && !p.clauseBreak(a-2) && toks[a-2].Text != "," {
		return ""
	}
	if h := toks[a].Fold; ownedMeasures[h] || companyWords[h] || anaphors[h] || groupNouns[h] || publicMeasures[h] || changeWords[h] || changeNouns[h] ||
		forecastNouns[h] || newsNouns[h] || quantityNouns[h] || documentNouns[h] || personNouns[h] || peopleNouns[h] || observerNouns[h] || staffNouns[h] || memberNouns[h] || humanNouns[h] ||
		crowdNouns[h] || placeKindNouns[h] || townNouns[h] || chargeNouns[h] || orgKindNouns[h] || stateNouns[h] {
		return ""
	}
	return strings.TrimSpace(text[toks[a-1].Start:toks[a].End])
}

// clauseReadingWith returns r with the subject d, read how.
func clauseReadingWith(r clauseReading, d, how string) clauseReading {
	r.subject, r.how = d, how
	return r
}

// readFigure reads the claim of the figure n from its clause: what it
// counts, its verb, and who it is about (cited is the span of a source named
// for it, "selon Sensor Tower", never its subject).
// sentencingVerbs sentence someone to a term.
var sentencingVerbs = lexis.SetOf("sentenced", "sentences", "sentence", "condamne", "condamnee", "condamnes", "condamnait", "condamnera")

func (x *extractor) readFigure(s *sentence, p *parsed, n quantity.NumberExpr, cited Span) clauseReading {
	toks := s.toks
	r := clauseReading{noun: p.countedNoun(n), verb: p.governingVerb(n.TokStart, n.TokEnd), at: n.TokStart, after: n.TokEnd, share: n.Share, bracket: -1}
	if k := n.TokStart - 1; n.Unit == "%" && k >= 1 && toks[k].Text == "(" && p.tags[k-1] == syntax.NOUN && !toks[k-1].Upper() {
		// "une chute des ventes (15,2 % de moins pour le marché
		// européen)": the percentage in brackets tells of the noun before
		// them, not of its clause's subject; whose it is the passage or the
		// article says, if anything.
		r.bracket = k - 1
		r.subject, r.how = x.subject(s, n.TokStart, cited), fromContext
		return r
	}
	unitWord := n.Unit == "" && n.TokEnd+1 < len(toks) && measureUnits[toks[n.TokEnd].Fold] != "" && toks[n.TokEnd+1].Text == ")" // "(81 000 tonnes)"
	if k := n.TokStart - 1; k >= 2 && toks[k].Text == "(" && n.TokEnd < len(toks) && (toks[n.TokEnd].Text == ")" && n.Unit != "" || unitWord) &&
		(slices.ContainsFunc(s.nums, func(m quantity.NumberExpr) bool {
			return m.TokEnd < k && (n.Unit != "" && m.Unit == n.Unit || unitWord && m.TokEnd < len(toks) && toks[m.TokEnd].Fold == toks[n.TokEnd].Fold)
		}) || x.personBefore(p, k) && n.Unit != "%" || p.comparedNameBefore(k)) {
		// (and a time or an amount in brackets right after a person's
		// name, «pour devancer le Kényan Amos Kiplagat (2 h 03 min 02
		// s)», whatever the sentence told before)
		// (and «avec 96 000 tonnes, devant l'Allemagne (81 000
		// tonnes)»: a count set against one of the same noun)
		// (and "898 euros, loin devant Nice (712 euros)": an amount set
		// against one of the same unit)
		// "avec 50,8 % des suffrages, face à Sandrine Lachat (49,2 %)",
		// "52% of the vote, ahead of Jones (48%)": a share in brackets
		// after a name, set against a share before it, is that name's.
		if a, b, ok := p.nameAt(k - 1); ok && b == k {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromBracketed
				return r
			}
		}
		if phrase := listedPhrase(x.art.Text, toks, k); phrase != "" && n.Unit == "%" {
			// «…, de la liste écologiste (9 %) et de La France insoumise
			// (8 %)»: a list or a party named by a noun phrase, whose
			// share the brackets give.
			r.subject, r.how = phrase, fromBracketed
			return r
		}
	}
	if k := r.at - 1; k >= 1 && lexis.InSet(toks[k].Text, "'s", "’s") && n.Unit != "" {
		// "behind Kovacevic's 33.6%", "Apple's $2 trillion": the figure
		// of the name whose possessive it follows.
		if a, b, ok := p.nameAt(k - 1); ok && b == k {
			if d, _ := x.entityOf(s, p, a, b, fromOwner, cited); d != "" {
				r.subject, r.how = d, fromOwner
				return r
			}
		}
	}
	if j := apposedScoreComma(toks, r.at); j >= 1 && n.Unit == "%" && (n.TokEnd >= len(toks) || lexis.InSet(toks[n.TokEnd].Fold, ",", ".", ";", ")", "et", "and")) {
		// (not «détenu à 62 % par Carvallo Partners, à 30 % par la
		// famille fondatrice»: the agent after it holds it)
		// «Elle devancerait le socialiste Emmanuel Grégoire, crédité de
		// 24 %, et l'écologiste David Belliard, à 14 %», "ahead of Jane
		// Doe, on 24%": the name the score is set beside.
		if a, b, ok := p.nameAt(j - 1); ok && b == j {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" && x.reg.kind(nameKey(d)) != KindPlace {
				r.subject, r.how = d, fromApposed
				return r
			}
		}
	}
	if k := r.after; n.Unit == "%" && r.verb > k+1 && k+1 < len(toks) && lexis.InSet(toks[k].Fold, "of", "des", "de", "du", "d'") && direction(toks, r.at) == "" {
		// «89,7 % des TER sont arrivés à l'heure»: the share of what the
		// name counts, the subject of its verb, is the name's.
		if a, b, ok := p.nameAt(k + 1); ok && a == k+1 && b <= r.verb && !gazetteer.Demonyms[toks[a].Fold] && !toks[a].Is(lexNationality) { // (not «74 % des Français y sont opposés»: a poll's people)
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromClause
				return r
			}
		}
	}
	if v := p.valuedAt(r.at); v >= 0 {
		// "valuing the company at about 5.6 billion pounds", «valorisant
		// le groupe à 4 milliards d'euros»: the value of what the verb
		// values.
		if a, b, how := p.subjectBefore(r.at-1, v+1); how != "" {
			if d, h := x.entityOf(s, p, a, b, how, cited); d != "" {
				r.subject, r.how, r.verb = d, h, v
				return r
			}
		}
	}
	if sc, ok := p.scoreAt(n.TokStart); ok {
		// "beating Kelvinside Rovers 2-1": the other side's score is the
		// other side's; the verb's subject's is read from its clause.
		r.noun, r.verb = -1, sc.verb
		if !sc.subject {
			if d, _ := x.entityOf(s, p, sc.a, sc.b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromOpponent
				return r
			}
		}
	}
	if r.noun < 0 && n.TokEnd < len(toks) && casualtyNouns[toks[n.TokEnd].Fold] && n.Unit == "" {
		r.noun = n.TokEnd // "12 dead and 40 injured": the word the tagger read as a verb counts them
	}
	if k := n.TokEnd; r.noun < 0 && p.lang == "en" && n.Unit == "" && !n.Ordinal && k < len(toks) && p.tags[k] == syntax.VERB && !toks[k].Upper() &&
		strings.HasSuffix(toks[k].Fold, "s") && !strings.HasSuffix(toks[k].Fold, "ss") && r.verb >= 0 && r.verb < n.TokStart && p.tags[r.verb] == syntax.VERB &&
		(k+1 >= len(toks) || p.tags[k+1] != syntax.DET && p.tags[k+1] != syntax.PRON && p.tags[k+1] != syntax.NUM) {
		// "Denver issued 700 permits in July": a plural noun after a verb's
		// count, which the tagger read as a verb (not "700 permits the
		// city…": a verb with its object)
		r.noun = k
	}
	for r.after < len(toks) && (lexis.InSet(toks[r.after].Fold, "%", "percent", "pourcent", "cent") ||
		lexis.InSet(toks[r.after].Fold, "pour", "per") && lexis.FoldAt(toks, r.after+1) == "cent") {
		r.after++
	}
	if k := tokenAt(toks, n.Span.Start); k >= 0 && k < r.at {
		r.at = k // "more than $46 billion": the qualifier too
	}
	for r.at > 0 && (lexis.InSet(toks[r.at-1].Text, "$", "€", "£", "US$") || qualifierWords[toks[r.at-1].Fold] || quantity.CurrencyPrefix(toks, r.at-1)) {
		r.at--
	}
	if v := p.reportedClauseVerb(r.verb, r.at, n.TokEnd); v >= 0 && (p.authoritySpeaks(r.verb) ||
		p.casualtyCount(clauseReading{noun: r.noun, verb: v, at: r.at, after: r.after}) && p.eventAfter(x.art.Text, v) != "") {
		// "Prosecutors said more than 300 investors lost money", "La
		// police a indiqué que 12 personnes ont été blessées": the figure
		// opens the clause the speech verb reports; its verb is that
		// clause's, and the authority that tells what others did or
		// suffered is not what it counts (a company or a body telling its
		// own figures is: "Zorgon said 300 workers would lose their jobs",
		// "The unions said 40,000 members went on strike"; the dead and
		// injured of a disaster the clause names are the disaster's
		// whoever tells them: "The governor said 14 people died in the
		// storm").
		r.verb = v
	}
	if voteShare(toks, r) >= 0 && r.at > 1 && lexis.InSet(toks[r.at-1].Fold, "with", "avec") {
		// "ratified a new contract on Thursday, with 69% voting in
		// favor": the share of the votes of the clause before, whose
		// subject voted.
		r.noun, r.verb = -1, -1
		for k := r.at - 2; k >= 0 && r.verb < 0; k-- {
			if isVerb(p.tags[k]) && !p.participle(k) {
				r.verb = k
			}
		}
	}
	if r.verb < 0 {
		// A clause without a verb ("…, avec plus de 200 millions
		// d'utilisateurs") completes the clause before it.
		for k := n.TokStart - 1; k >= 0 && r.verb < 0; k-- {
			if isVerb(p.tags[k]) && !p.participle(k) {
				r.verb = k
			}
		}
	}
	if rr, ok := x.putAt(s, p, r, cited); ok {
		// "A survey by Median put support for the coalition at 31%": what
		// the verb puts at the figure, of whom; not the survey's.
		return rr
	}
	if rr, ok := x.movedOwned(s, p, r, cited); ok {
		return rr
	}
	if n.Unit == "%" && p.pollOpinion(r) >= 0 {
		// "58 % des Français se disent sceptiques", "63 % d'entre eux
		// pensent…", "58% of Americans approve": the people the poll
		// counts, not a name the passage happens to hold.
		if phrase := x.pollPopulation(p, r); phrase != "" {
			r.subject, r.how = phrase, fromPhrase
			x.pollSubject, x.pollAt = phrase, x.sentIndex
			return r
		}
	}
	if a, b := p.gappedName(s.nums, n.TokStart); b > a {
		// «Société générale a grimpé de 14,6 % et BNP Paribas de 11,5 %»,
		// "Zorgon rose 3% and Blorp 2%": the name the verb left out after
		// "et" is the second figure's.
		if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
			r.subject, r.how = d, fromClause
			return r
		}
	}
	if phrase := p.gappedOwner(x.art.Text, n.TokStart); phrase != "" {
		// "Les prix des fruits ont chuté de 6,4 %, ceux des légumes de
		// 3,1 %": the thing the demonstrative's complement names.
		r.subject, r.how = phrase, fromPhrase
		return r
	}
	if p.casualtyCount(r) {
		// "un attentat-suicide dans lequel au moins quinze personnes ont
		// perdu la vie", "a bombing in which 15 people died": the event
		// the relative clause of the dead and injured tells of.
		if h, rel := p.eventBeforeRelative(r.at); h >= 0 {
			if phrase := p.nounPhrase(x.art.Text, p.climbOf(h, p.clauseStart(rel)), rel); phrase != "" {
				r.subject, r.how = phrase, fromPhrase
				return r
			}
		}
		if r.verb > n.TokStart {
			// "Au moins 12 personnes ont été tuées dimanche dans
			// l'effondrement d'un immeuble", "15 people died in the
			// crash": the event the dead died in.
			if phrase := p.eventAfter(x.art.Text, r.verb); phrase != "" {
				r.subject, r.how = phrase, fromPhrase
				return r
			}
		}
	}
	if _, ok := prisonTermAfter(toks, n); (ok || n.Unit != "" && fineTerm(toks, n)) && r.verb >= 0 && r.verb < r.at && sentencingVerbs[toks[r.verb].Fold] && !p.passive(r.verb) {
		// (and the fine beside the term: «à deux ans de prison et 30 000
		// euros d'amende»)
		// "A federal judge in New York sentenced Sam Zorg to 25 years in
		// prison", "Le tribunal a condamné Jean Zorg à deux ans de prison":
		// the term is the person's who is sentenced to it.
		for k := r.verb + 1; k < r.at; k++ {
			// The first name after the verb: "l'homme d'affaires Gérard
			// Zorg, fondateur des Relais Zorg, à trois ans", not the name
			// in the apposition after it.
			if a, b, ok := p.nameAt(k); ok && a > r.verb {
				e := b
				for e < r.at && toks[e].Upper() && toks[e].Kind == lexis.Word {
					e++ // (the whole name: "Gérard Zorgferrand")
				}
				if b < r.at && lexis.InSet(toks[b].Text, "'s", "’s") || a > 0 && lexis.InSet(toks[a-1].Fold, "de", "d'", "du", "of") && e+1 < r.at && toks[e].Text == "," && toks[e+1].Upper() {
					b = e
					// "sentenced Zorgov's former driver, Ivan Blorpin", «l'ancien
					// chauffeur de Gérard Zorg, Paul Blorpet»: an owner's or a
					// complement's name, not the one sentenced
					k = b - 1
					continue
				}
				if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" && x.reg.kind(nameKey(d)) == KindPerson {
					r.subject, r.how = d, fromSentenced
					return r
				}
				break
			}
		}
		// "Le tribunal a condamné jeudi l'ancien maire à deux ans de
		// prison": the one sentenced, named by a common noun, as written.
		j := r.verb + 1
		for j < r.at && (p.inDate(j) || p.tags[j] == syntax.ADV) {
			j++
		}
		if j < r.at && p.tags[j] == syntax.DET {
			e := j + 1
			for e < r.at && !lexis.InSet(toks[e].Fold, "a", "to") && toks[e].Text != "," && !isVerb(p.tags[e]) {
				e++
			}
			if e < r.at && e-j >= 2 && e-j <= 14 && (toks[e].Text == "à" || toks[e].Fold == "to") {
				r.subject, r.how = strings.TrimSpace(x.art.Text[toks[j].Start:toks[e-1].End]), fromSentenced
				return r
			}
		}
	}
	if r.verb >= 0 && r.verb < r.at && magnitudeAt(toks, n.TokStart, n.TokEnd) {
		// "The earthquake had a magnitude of 7.4", "The quake measured 7.4
		// on the Richter scale": the quake its clause's subject names.
		if a, _, how := p.subjectBefore(r.verb, p.clauseStart(r.verb)); how == fromTopic {
			if phrase := p.nounPhrase(x.art.Text, p.climbOf(a, p.clauseStart(r.verb)), r.verb); phrase != "" {
				r.subject, r.how = phrase, fromPhrase
				return r
			}
		}
	}
	if k := r.at - 1; k >= 1 && toks[k].Fold == "magnitude" && (r.verb < 0 || r.verb > r.at) {
		// "Un séisme de magnitude 7,5 a frappé", "A magnitude 7.5
		// earthquake struck": the quake the reading is of.
		if k >= 2 && lexis.InSet(toks[k-1].Fold, "de", "of") && p.tags[k-2] == syntax.NOUN {
			if phrase := p.nounPhrase(x.art.Text, k-2, k-1); phrase != "" {
				r.subject, r.how = phrase, fromPhrase // "Un séisme"
				return r
			}
		} else if j := n.TokEnd; j < len(toks) && p.tags[j] == syntax.NOUN && k >= 1 && p.tags[k-1] == syntax.DET {
			the := "the "
			if p.lang == "fr" {
				the = "le "
			}
			r.subject, r.how = the+toks[j].Text, fromPhrase // "the earthquake"
			return r
		}
	}
	if k := r.at - 1; k >= 1 && lexis.InSet(toks[k].Text, "'s", "’s") && r.noun >= n.TokEnd && !standingRank(toks, n) {
		// (not "Valmere remains Europe's third-largest container port":
		// the possessive says among which it ranks)
		// "the U.S. Air Force's $40 billion tanker contract", "Zorgon's
		// 140,000 employees": the owner the possessive names.
		if a, b, ok := p.nameAt(k - 1); ok {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromOwner
				return r
			}
		}
	}
	if k := r.at - 1; p.lang != "fr" && k >= 1 && p.properNoun(k) && r.noun >= n.TokEnd && !p.inDate(k) &&
		(lexis.InSet(toks[r.at].Text, "$", "€", "£", "US$") || quantity.CurrencyPrefix(toks, r.at)) {
		// (money only: not "sold to the Zorgia Pension Fund 2 million
		// shares", "the Zorgville 10,000 metres race")
		// "the bidding for the U.S. Air Force $40 billion tanker
		// contract": the name a noun phrase opens with, right before its
		// figure, owns what the figure measures.
		a, b, ok := p.nameAt(k)
		if i := initialsAt(toks, a-1); ok && i > 0 {
			a = i // "the U.S. Air Force"
		}
		if ok && b == r.at && a > 1 && p.tags[a-1] == syntax.DET && p.tags[a-2] == syntax.ADP {
			// (inside a complement: "won the Zorgia $3 billion contract"
			// may be the winner's as much as the client's)
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				r.subject, r.how = d, fromOwner
				return r
			}
		}
	}
	if who := x.toldTo(s, p, r, cited); who != "" {
		// "A judge ordered Donald Trump to pay $355 million": the one
		// told to do it is its subject, not the judge.
		r.subject, r.how = who, fromClause
		return r
	}
	if who := x.requestedAgainst(s, p, r, cited); who != "" {
		// "Le parquet a requis quatre ans de prison contre Gérard
		// Moulinier", "prosecutors sought six years in prison against
		// Zorg": the penalty is the defendant's, not the prosecution's.
		r.subject, r.how = who, fromRequested
		return r
	}
	if who := x.fined(s, p, r, cited); who != "" {
		// "The European Commission fined Zorgon €1.8 billion": the fine
		// is Zorgon's, not the Commission's.
		r.subject, r.how = who, fromFined
		return r
	}
	if who := x.convicted(s, p, r, cited); who != "" {
		// "found Sam Bankman-Fried guilty of seven counts of fraud",
		// "reconnu Zorg coupable de trois chefs d'accusation": the
		// counts are the convicted's, not the jury's.
		r.subject, r.how = who, fromClause
		return r
	}
	if a, b := p.placedWith(r.at); b > a {
		// "IDC put Apple second with an 18% share and Xiaomi third at
		// 17.8%", «plaçant Apple deuxième avec 18 %»: the share of the
		// name a ranking places, not of whoever ranks it.
		if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
			r.subject, r.how = d, fromRanked
			return r
		}
	}
	if holder := x.contrastHolder(s, p, r, n, cited); holder != "" {
		// "13 millions de voix contre 12 millions pour son rival Ahmad
		// Chafiq", "52% against 48% for Smith": the figure set against
		// the one before is the name's after "pour", "for".
		r.subject, r.how = holder, fromVersus
		if x.rankedHolder(s, p, n, cited) == holder {
			r.how = fromRanked // "ahead of Labour's David Osei on 11,209 votes"
		}
		return r
	}
	if owner := x.ownerAfter(s, p, r, n, cited); owner != "" {
		// "8 000 (postes) chez PSA", "1,000 jobs at Boeing": the
		// organisation the figure's words place it at.
		r.subject, r.how = owner, fromOwner
		if k := r.noun + 1; r.noun >= 0 && k < len(toks) && lexis.InSet(toks[k].Fold, "de", "d'", "of") {
			r.how = fromName // "Trois rames de TGV ont essuyé…": the name the clause's subject holds
		}
		return r
	}
	if holder := p.holderOf(x.art.Text, r, n); holder != "" {
		// "le nouveau gouvernement de coalition de 38 membres", "un
		// Congrès national de 200 membres": the figure counts the members
		// of the thing it completes.
		r.subject, r.how = holder, fromHolder
		return r
	}
	if r.verb >= 0 {
		var a, b int
		var how string
		if r.verb < n.TokStart {
			start := p.clauseStart(r.verb)
			if q := p.relativeAcross(r.verb); q >= 0 {
				start = q // "le carambolage qui, le 10 novembre 93 près de Bordeaux, avait causé": the relative's antecedent
			} else if g := p.gerundOf(r.verb); g >= 0 {
				// «Nîmes a remporté la finale en battant Rouen 31 à 28»,
				// "cut its debt by selling three units for $2 billion": a
				// gerund's subject is that of the verb it qualifies.
				a, b, how = p.subjectBefore(g, p.clauseStart(g))
			} else if g := p.infinitiveGovernor(r.verb); g >= 0 && g < r.verb && !controlVerb(toks[g].Fold) && p.lang != "fr" {
				// "Verdan Group agreed on Tuesday to buy Ashcombe for 5.4
				// billion pounds": an infinitive's subject is that of the
				// verb that governs it (not "asked the court to award": its
				// object's).
				a, b, how = p.subjectBefore(g, p.clauseStart(g))
			} else if oa, ob, ohow := p.controlledBy(r.verb); ohow != "" {
				// "the cancellation forced it to lay off 600 employees":
				// the object of a verb that makes someone act does it.
				a, b, how = oa, ob, ohow
			} else if v := p.participleOf(r.verb, r.verb); v >= 0 && start < r.verb {
				// "said its investments returned 9.8% in 2023, rebounding
				// from a loss of 5.1%": a participle after a comma shares
				// the subject of the clause before, even when the clause
				// reaches back over an apposition ("Kestrel Pension,
				// Finland's second-largest pension insurer, said…").
				a, b, how = p.subjectBefore(v, p.clauseStart(v))
			} else {
				a, b, how = p.subjectBefore(r.verb, start)
				if c := p.appositionOpen(start - 1); how == "" && c > 0 {
					// "The floods, the worst since Cyclone Idai in 2019,
					// displaced about 410,000 people": the subject before
					// the apposition, not a name inside it.
					a, b, how = p.subjectBefore(c, p.clauseStart(c))
				}
				if k := p.speechBetween(b, r.verb); how != "" && k >= 0 {
					// "Local officials said unemployment in Licking County
					// fell to 3.4%": the subject of the words reported,
					// not who reports them.
					if f, h := p.reportedDoers(k, r.verb); h >= 0 && r.noun >= n.TokEnd {
						// "The Canadian Manufacturers' Association said
						// factories had cut 58,000 jobs": the doers the
						// words reported name, not who reports them.
						r.subject, r.how = strings.TrimSpace(x.art.Text[toks[f].Start:toks[h].End]), fromPhrase
						return r
					}
					if a2, b2, how2 := p.subjectBefore(r.verb, k+1); how2 != "" {
						a, b, how, start = a2, b2, how2, k+1
					}
				}
				if first, ok := p.directedPlace(a, b, start); ok && how == fromClause {
					// "Starting salaries outside London will rise to
					// 31,650 pounds": the thing the phrase names, with
					// the place it is bounded by, not the place.
					r.subject, r.how = strings.TrimSpace(x.art.Text[toks[first].Start:toks[b-1].End]), fromPhrase
					return r
				}
				if first, prep, ok := p.tradingVenue(a, b, start); ok && how == fromClause {
					// "Copper prices on the London Metal Exchange rose
					// 1.2%": the thing traded, not the market.
					r.subject, r.how = strings.TrimSpace(x.art.Text[toks[first].Start:toks[prep-1].End]), fromPhrase
					return r
				}
			}
			if how != "" {
				// "La tempête Ciaran a fait 16 morts en Europe et privé
				// d'électricité 1,2 million de foyers": a name between a
				// verb and the one coordinated with it, a place or a common
				// noun, is the first verb's object or place, not the
				// second's subject.
				if key := lexis.Fold(x.art.Text[toks[a].Start:toks[b-1].End]); (how == fromTopic || how == fromGroup || how == fromName || gazetteer.Places[key] || x.reg.kind(key) == KindPlace || p.objectOf(a)) && p.coordinatedWith(r.verb) >= 0 && p.coordinatedWith(r.verb) < a {
					// (and "makes the Alpenkern and Velour brands and employs
					// about 14,500 people": the first verb's object, a name
					// a determiner opens)
					u := p.coordinatedWith(r.verb)
					a, b, how = p.subjectBefore(u, p.clauseStart(u))
				}
			}
			if how == "" {
				// "Zorgon lost $2 billion in 2023 and cut 300 jobs": a verb
				// coordinated with the one before shares its subject.
				if u := p.coordinatedWith(r.verb); u >= 0 && u < r.verb {
					a, b, how = p.subjectBefore(u, p.clauseStart(u))
				}
			}
			if how == "" {
				// "La tempête a balayé la Bretagne, privant d'électricité
				// 1,2 million de foyers", "The storm swept the Midwest,
				// leaving 200,000 homes without power": a participle
				// after a comma shares the subject of the clause before.
				if v := p.participleOf(r.verb, start); v >= 0 {
					a, b, how = p.subjectBefore(v, p.clauseStart(v))
				}
			}
			if how == "" {
				// "WhatsApp, which was bought…": the relative pronoun's
				// antecedent.
				a, b, how = p.antecedent(start)
				if how == fromClause && p.casualtyCount(r) {
					// "le carambolage de l'A10 qui avait causé la mort de 15
					// personnes": the event the name completes.
					if h := p.complementedNoun(a); h >= 0 {
						if phrase := p.nounPhrase(x.art.Text, h, start); phrase != "" {
							r.subject, r.how = phrase, fromPhrase
							return r
						}
					}
				}
			}
			if how == "" {
				// A passive: "54,000 people were laid off by Opel".
				var ok bool
				if a, b, ok = p.agentAfter(max(r.verb, n.TokEnd-1)); ok && lexis.InSet(lexis.FoldAt(toks, a-1), "by", "par") {
					how = fromAgent
				}
			}
		} else if a2, b2, ok := p.agentAfter(r.verb); ok && !placeAfterVerb(toks, r.verb, a2) {
			// "54,000 people were laid off by Opel": the agent (not "Two
			// people drowned in Aransas County": where, not who).
			a, b, how = a2, b2, fromAgent
		}
		if how == fromTopic && r.verb < n.TokStart {
			// "Halvern, whose shares jumped 34% in London": the owner the
			// relative pronoun stands for, not the place.
			if a2, b2, ok := p.whoseOwner(p.clauseStart(r.verb)); ok {
				a, b, how = a2, b2, fromOwner
			} else if first, h := p.whoseNoun(p.clauseStart(r.verb)); h >= 0 {
				// «Les vélos cargo, dont les ventes ont progressé de 9 %»:
				// the thing the relative pronoun stands for.
				r.subject, r.how = strings.TrimSpace(x.art.Text[toks[first].Start:toks[h].End]), fromPhrase
				return r
			}
		}
		if e := p.tollOf(r.verb); e >= 0 && (how == "" || a >= e) && p.casualtyCount(r) {
			// «Le bilan du déraillement d'un train Intercités survenu
			// dimanche près de Souillac (Lot) s'est alourdi à quatre
			// morts», «Le bilan de l'incendie de la tour Vercors s'élève à
			// six morts»: the dead are the disaster's whose toll the
			// clause's subject is, not a place or a name its words hold.
			r.subject, r.how = strings.TrimSpace(x.art.Text[toks[e].Start:toks[p.nounPhraseEnd(e, r.verb)-1].End]), fromPhrase
			return r
		}
		if how != "" {
			if (how == fromTopic || how == fromClause && p.complementAt(a)) && (p.casualtyCount(r) || how == fromTopic && casualtyEvents[toks[p.climbOf(a, p.clauseStart(r.verb))].Fold]) {
				// "L'explosion a fait 12 morts", "The pile-up killed 15
				// people": the dead and injured are the event's, which the
				// clause's subject names; so is all a disaster does ("Un
				// incendie dans le Var a détruit 300 hectares").
				h := p.climbOf(a, p.clauseStart(r.verb))
				if e := p.nounPhraseEnd(h, r.verb) - 1; !casualtyEvents[toks[h].Fold] && e > h && e < r.verb && casualtyEvents[toks[e].Fold] && toks[h].Space && h == a {
					h = e // "Lung cancer killed": the disease the compound's last noun names
				}
				if phrase := p.nounPhrase(x.art.Text, h, r.verb); phrase != "" {
					r.subject, r.how = phrase, fromPhrase
				} else if casualtyEvents[toks[h].Fold] {
					// "Pancreatic cancer kills around 9,000 people": a disease
					// named bare, without a determiner.
					st := h
					for st > 0 && (p.tags[st-1] == syntax.ADJ || p.tags[st-1] == syntax.NOUN || st-1 == 0 && p.tags[0] == syntax.PROPN) && h-st < 3 && !p.inDate(st-1) {
						st--
					}
					r.subject, r.how = strings.TrimSpace(x.art.Text[toks[st].Start:toks[p.nounPhraseEnd(h, r.verb)-1].End]), fromPhrase
				}
			}
			pa := a // the possessive before the phrase, past a place and nouns that qualify it ("its UK bus division")
			for pa > 1 && a-pa < 3 && (p.tags[pa-1] == syntax.NOUN || p.tags[pa-1] == syntax.ADJ && !toks[pa-1].Upper() || p.tags[pa-1] == syntax.VERB && strings.HasSuffix(toks[pa-1].Fold, "ing") ||
				p.tags[pa-1] == syntax.PROPN && gazetteer.IsPlaceName(toks[pa-1].Text)) && toks[pa-1].Kind == lexis.Word {
				// (and "its underlying profit": the adjectives before)
				pa--
			}
			if r.subject == "" && how == fromTopic && pa > 0 && lexis.InSet(toks[pa-1].Fold, "son", "sa", "ses", "its", "their", "leur", "leurs") {
				// "Shelter Line reported that calls to its helpline had
				// risen by 27%": the one who reports it owns what it tells
				// of.
				for v := pa - 2; v >= 0; v-- {
					if isVerb(p.tags[v]) && lexis.IsSpeechVerb(toks, v) {
						if d := x.reporterOf(s, p, v); d != "" && x.reg.kind(nameKey(d)) == KindOrg && !p.authoritySpeaks(v) && !authorityNouns[lexis.Fold(strings.Fields(d + " x")[0])] {
							// (not «Le parquet a indiqué que son chiffre
							// d'affaires…»: an authority tells of others)
							r.subject, r.how = d, fromOwner
						}
						break
					}
				}
			}
			if h := p.climbOf(a, p.clauseStart(r.verb)); r.subject == "" && how == fromTopic && h > 0 && (lexis.InSet(toks[a-1].Fold, "son", "sa", "ses", "its") || lexis.InSet(toks[h-1].Fold, "son", "sa", "ses", "its")) {
				// (and "its share of the European market": the phrase's
				// head's possessive)
				// "Renault a vendu 2,2 millions de véhicules. Ses ventes en
				// Europe ont progressé de 11 %": the owner the sentence
				// before was about, not the place.
				if d, how2 := x.colonClauseSubject(s, p, a-1, cited); d != "" && x.placeRightAfter(s, p, r.after) == "" {
					r.subject, r.how = d, how2 // «Le vélo cargo a fait exception en 2025 : ses ventes ont bondi de 14 %»: the clause the colon ends
				} else if d := x.openingOrg(s, p, a-1); d != "" {
					r.subject, r.how = d, fromOwner // «Son concurrent Kaleido Games a fait état d'un recul de 9 % de ses ventes»: its own sentence's
				} else if d := x.lastSubject; d != "" && x.lastSubjectAt >= x.sentIndex-1 && x.reg.kind(nameKey(d)) == KindOrg {
					r.subject, r.how = d, fromOwner
				}
			}
			if r.subject == "" && how == fromTopic && r.verb > a {
				// «Les ventes du groupe en Europe ont reculé de 6,8 %», "Sales
				// of the company in Europe fell": the company the phrase's
				// complement stands for, not the place after it.
				for k := a + 1; k < r.verb && k <= a+4; k++ {
					if companyWords[toks[k].Fold] && lexis.InSet(toks[k-1].Fold, "du", "de", "the") && (toks[k-1].Fold != "the" || k >= 2 && toks[k-2].Fold == "of") {
						if d, _ := x.entityOf(s, p, k, k+1, fromAnaphor, cited); d != "" {
							r.subject, r.how = d, fromAnaphor
						}
						break
					}
				}
			}
			if r.subject == "" && how == fromTopic {
				// "L'économie allemande s'est contractée de 0,3 %", "the
				// German economy shrank": the country its adjective names.
				if country := p.nationalityOf(a, r.verb, x.art.Lang); country != "" {
					r.subject, r.how = country, fromPlace
				} else if country := p.nationalOpening(p.clauseStart(r.verb), r.verb, x.art.Lang); country != "" {
					r.subject, r.how = country, fromPlace // "German crude steel output fell 4.5%"
				}
			}
			if r.subject == "" && how == fromTopic && a > 0 && lexis.InSet(toks[a-1].Fold, "l'", "le", "la", "the") && currencyWords[toks[a].Fold] && n.Unit != "" {
				// "l'euro progressait à 1,0012 dollar", "the euro rose 0.4%
				// to $1.0012": a currency's rate, no organisation's; a
				// currency is no entity either, so the figure stays off
				// the timeline, searchable.
				r.subject, r.how = "", ""
				return r
			}
			if r.subject == "" && how == fromTopic {
				// "Chez Renault, les ventes ont reculé de 4,5 %", "At Ford,
				// the management announced 1,200 job cuts": the
				// organisation the sentence opens at.
				if org := x.orgOpening(s, p, r.verb); org != "" {
					r.subject, r.how = org, fromOpening
				}
			}
			if r.subject == "" && how == fromTopic && r.noun >= 0 && (crowdNouns[toks[r.noun].Fold] || peopleNouns[toks[r.noun].Fold] && r.verb >= 0 && gatherVerbs[toks[r.verb].Fold]) {
				// "À Paris, le cortège a réuni 9 500 manifestants": the
				// crowd is the gathering's that drew it, not the place's.
				if d := x.thingNamed(s, p, a); d != "" {
					r.subject, r.how = d, fromPhrase
				}
			}
			if r.subject == "" && how == fromTopic {
				// "À Paris, le prix moyen du mètre carré s'établit à 9 480
				// euros", "Asylum applications in Germany reached 121,400":
				// the place the clause's subject or opening names.
				if place := x.placeBefore(s, p, r.verb); place != "" && !x.booksOfFocus(p, r.verb) {
					r.subject, r.how = place, fromPlace
				}
			}
			if r.subject == "" && how == fromTopic {
				// "La participation au second tour … a été de 51 %", "Les
				// coûts de réalisation de ce spectacle sont de…": what the
				// measured noun is of, in the article's words.
				if h := p.climbOf(a, p.clauseStart(r.verb)); h >= 0 {
					if phrase := p.complementPhrase(x.art.Text, h, r.verb); phrase != "" {
						r.subject, r.how = phrase, fromPhrase
						if compassWords[toks[h].Fold] {
							// "le nord-est du pays connaîtra 38 °C", "the
							// north of England": the region, not the
							// country it is part of.
							st := h
							if st > 0 && p.tags[st-1] == syntax.DET {
								st--
							}
							if i := strings.Index(x.art.Text[toks[h].End:], phrase); i >= 0 && i < 12 {
								r.subject = x.art.Text[toks[st].Start : toks[h].End+i+len(phrase)]
							}
						}
					}
				}
			}
			if r.subject == "" && how == fromTopic {
				// "Le taux de chômage a atteint 9 % en France": a figure
				// about no organisation is about the place it is of.
				if place := x.placeOf(s, p, r.verb, r.after); place != "" && !x.booksOfFocus(p, r.verb) {
					r.subject, r.how = place, fromPlace
				}
			}
			if r.subject == "" && how == fromTopic {
				if d := p.segmentPhrase(x.art.Text, r, a, b); d != "" {
					// «La division vins et spiritueux a reculé de 8 %», "The
					// watches and jewellery division grew 4%": a part of the
					// company, not the company.
					r.subject, r.how, r.segment = d, fromPhrase, true
				} else if d := p.thingThatRecords(x.art.Text, r, a, b); d != "" {
					// «L'assurance-vie a enregistré une collecte nette de 4,8
					// milliards d'euros»: the thing that posts the measure,
					// not the article's organisation.
					r.subject, r.how = d, fromPhrase
				}
			}
			if r.subject == "" {
				r.subject, r.how = x.entityOf(s, p, a, b, how, cited)
				if r.how == fromTopic && x.apposedAgentNamed(s, p, r.subject, n.TokStart) && x.reg.kind(nameKey(r.subject)) != KindOrg {
					// "Le prix repère, publié chaque mois par la CRE,
					// augmentera de 3,2 %": the organisation that publishes
					// the thing is no sure owner of its figure.
					r.how = fromPassageAmbiguous
				}
				if r.how == fromPronoun && r.subject != "" && r.noun >= 0 && (staffNouns[toks[r.noun].Fold] || ownedMeasures[toks[r.noun].Fold]) && lexis.InSet(toks[a].Fold, "it", "il", "elle") &&
					x.reg.kind(nameKey(r.subject)) != KindOrg && x.reg.kind(nameKey(r.subject)) != KindPerson && x.focus != "" && x.reg.kind(x.focus) == KindOrg {
					// "…8% of all television viewing. It has about 3,100
					// employees": staff and what a company owns are an
					// organisation's, not the phrase the sentence before was
					// about.
					r.subject = x.reg.display(x.focus)
				}
				if r.how == fromPronoun && x.pluralClash(toks[a].Fold, r.subject) {
					r.subject, r.how = "", ""
				}
				if r.how == fromPronoun && thingPronouns[toks[a].Fold] && x.reg.kind(nameKey(r.subject)) != KindPerson && x.reg.kind(nameKey(r.subject)) != KindOrg && !agentPhrase(r.subject) {
					r.thing = r.subject
					// "À Lyon, il s'élevait à 4 620 euros", «tandis qu'à
					// Marseille il a grimpé de 4,1 %»: a pronoun for a thing
					// (the price told before) in a clause that opens on a
					// place is that place's figure (not "loin devant Nice
					// (712 euros)": the name before the brackets').
					if r.at >= 2 && toks[r.at-1].Text == "(" {
						r.thing = ""
					} else if place := x.placeRightAfter(s, p, r.after); place != "" {
						r.subject, r.how = place, fromPlace // "et 39,8 °C à Marseille": the place the figure is given for
					} else if place := x.placeBefore(s, p, r.verb); place != "" {
						r.subject, r.how = place, fromPlace
					}
				}
				if r.how == fromPronoun {
					r.subject = x.speakerForPronoun(toks[a], r.subject)
					if d := x.watchedBefore(s, p, a, r.subject); d != "" {
						r.subject = d
					}
				}
				if r.how == fromPronoun && lexis.InSet(toks[a].Fold, "he", "she") && x.reg.kind(nameKey(r.subject)) != KindPerson {
					// "A federal jury found Sam Zorg guilty. He faces up to
					// 110 years in prison": a person, not the jury.
					r.subject = ""
					if x.lastPerson.key != "" {
						r.subject = x.reg.display(x.lastPerson.key)
					}
					for _, m := range s.mentions {
						if m.end <= a && !m.common && x.reg.kindOf(&m) == KindPerson {
							r.subject = x.reg.display(m.key) // the person its own sentence names before
						}
					}
					if r.subject == "" {
						r.how = ""
					}
				}
			}
		}
	}
	if r.subject == "" {
		// "Réélu dimanche avec 82 % des voix, Jacques Chirac a nommé…",
		// "Re-elected with 82% of the vote, Chirac named…": a figure in a
		// phrase opening the sentence is about the subject of the clause
		// that phrase qualifies.
		if a, b, how := p.frontedPhraseSubject(n.TokStart); how != "" {
			r.subject, r.how = x.entityOf(s, p, a, b, how, cited)
		}
	}
	if r.subject == "" && r.verb >= 0 && r.verb < n.TokStart && p.existential(r.verb) {
		// "There are 500 Apple engineers", "il y a 8 000 podcasts d'Apple":
		// a name inside what is counted.
		for k := n.TokEnd; k < len(toks) && k <= n.TokEnd+6 && !p.clauseBreak(k) && toks[k].Text != ","; k++ {
			if p.properNoun(k) {
				if a, b, ok := p.nameAt(k); ok {
					for b < len(toks) && p.properNoun(b) {
						b++
					}
					r.subject, r.how = x.entityOf(s, p, a, b, fromOwner, cited)
				}
				break
			}
		}
	}
	if r.subject == "" {
		r.subject, r.how = x.passageEntity(s, p, n.TokStart, cited)
	}
	if r.subject == "" && r.verb >= 0 && r.verb < n.TokStart {
		h := p.subjectHead(r.verb, p.clauseStart(r.verb))
		if st := p.clauseStart(r.verb); h < 0 && st+1 < r.verb && studyNouns[toks[st+1].Fold] {
			h = st + 1 // "The ranking, now in its 21st edition, assessed": the phrase the clause opens with, past its apposition
		}
		if h > 0 && h < r.verb && studyNouns[toks[h].Fold] && lexis.InSet(toks[h-1].Fold, "the", "this", "le", "la", "l'", "ce", "cette") && !p.inApposition(h, r.verb) {
			// "The ranking, now in its 21st edition, assessed 2,092
			// institutions", «L'enquête a interrogé 3 000 personnes»: what
			// a study counts is the study's, not the subject before's.
			r.subject, r.how = strings.TrimSpace(x.art.Text[toks[h-1].Start:toks[h].End]), fromPhrase
		}
	}
	if h := p.relativeAntecedent(r.verb); (r.subject == "" || r.how == fromTopic) && h > 0 && r.verb > h && lexis.InSet(toks[h].Fold, "price", "prices", "prix", "cost", "cout", "cours") {
		// "squeezed by the price of butter, which jumped 38%", «la hausse
		// du prix du beurre, qui a bondi de 38 %»: the price of the thing
		// the relative's antecedent names, no company's.
		j := h + 1
		if j < r.verb && lexis.InSet(toks[j].Fold, "of", "du", "de", "d'", "des") {
			j++
			if j < r.verb && lexis.InSet(toks[j].Fold, "the", "le", "la", "l'", "les") {
				j++
			}
			if j < r.verb && p.tags[j] == syntax.NOUN && !toks[j].Upper() {
				return clauseReadingWith(r, toks[j].Text, fromPhrase)
			}
		}
	}
	if k := x.reg.kind(nameKey(x.lastSubject)); r.subject == "" && x.lastSubject != "" && x.sentIndex-x.lastSubjectAt <= 2 && (k == KindOrg || k == KindPerson) {
		// (not a noun phrase an event was about: "Les élections
		// législatives auront lieu le 30 juin. Le chômage a baissé…")
		// "Avec 70 millions de nouveaux utilisateurs, les deux chiffres…":
		// a passage that names nobody goes on about the subject before.
		// (Not when the clause's subject is "the company" and the subject
		// before a person or a body: "Governor Ellis said… The company
		// cut 300 jobs".)
		// (nor a country's or a people's measure, «Le taux de chômage a
		// reculé à 7,1 %», after a company's figures: no organisation's)
		if !(r.verb >= 0 && (k == KindPerson || bodyName(x.lastSubject)) && p.companyAnaphorSubject(r.verb)) && !p.publicSubject(r.verb) && !p.marketAfterBank(r.verb, x.lastSubject) &&
			!(k == KindOrg && scopeOpening(toks, n.TokStart)) && !p.commoditySubject(r.verb) { // (nor «Sur l'ensemble du marché, …»: no company's; nor "Brent crude averaged $68 a barrel", "Gold prices rose 2%": a market's price)
			r.subject, r.how = x.lastSubject, fromContext
		}
	}

	return r
}

// publicSubject reports whether the subject of verb v is a public
// measure ("Unemployment fell", «le taux de chômage a reculé»).
func (p *parsed) publicSubject(v int) bool {
	if v < 0 {
		return false
	}
	h := p.subjectHead(v, p.clauseStart(v))
	return h >= 0 && p.publicMeasure(h)
}

// personBefore reports whether the name that ends right before token k is
// a person's.
func (x *extractor) personBefore(p *parsed, k int) bool {
	a, b, ok := p.nameAt(k - 1)
	if !ok || b != k {
		return false
	}
	kind := x.reg.kind(nameKey(strings.TrimSpace(x.art.Text[p.toks[a].Start:p.toks[b-1].End])))
	// (or a name the article has not typed, after a nationality's noun:
	// «le Kényan Amos Kiplagat»)
	return kind == KindPerson || kind == "" && b-a >= 2 && gazetteer.Demonyms[lexis.Fold(p.toks[a].Text)]
}

// companyAnaphorSubject reports whether the subject of verb v is a word
// for a company after a determiner ("the company", "l'entreprise").
func (p *parsed) companyAnaphorSubject(v int) bool {
	a, _, how := p.subjectBefore(v, p.clauseStart(v))
	return how == fromAnaphor && a >= 0 && companyWords[p.toks[a].Fold]
}

// gatherVerbs gather a crowd: "the march drew 12,000 people", «le cortège
// a réuni 9 500 personnes».
var gatherVerbs = lexis.SetOf("drew", "draws", "draw", "gathered", "attracted", "attracts", "reuni", "reunit", "rassemble", "rassemblait",
	"attire", "attirait", "mobilise")

// placeBefore returns the place named before verb v after "in", "en",
// "à", "au", "aux", "dans" in its clause's subject ("Asylum applications in
// Germany reached") or in the sentence's opening ("À Paris, le prix…",
// "In Portugal, tourist arrivals rose"), as the set names it; "" when none.
func (x *extractor) placeBefore(s *sentence, p *parsed, v int) (place string) {
	toks := p.toks
	start := p.clauseStart(v)
	for _, m := range s.mentions {
		if m.tok >= v || m.tok == 0 {
			continue
		}
		pre := m.tok - 1 // the preposition, past an article («Dans le Gers»)
		if pre > 0 && lexis.InSet(toks[pre].Fold, "le", "la", "les", "l'", "the") {
			pre--
		}
		if !lexis.InSet(toks[pre].Fold, "en", "in", "au", "aux", "a", "dans") {
			continue
		}
		if pre >= 1 && lexis.InSet(toks[pre-1].Fold, "base", "basee", "based", "headquartered", "installe", "installee", "implante", "implantee", "situe", "situee", "located") {
			continue // «Le transporteur, basé à Quimperlé, a dégagé…»: where the subject is based, not what the figure is about
		}
		opening := pre == 0 && m.end < len(toks) && toks[m.end].Text == ","
		if pre < m.tok-1 && !opening {
			continue // (not "the recall in the United States covered": a place inside the subject's phrase; only an opening «Dans le Gers,»)
		}
		if m.tok < start && !opening {
			continue
		}
		if lexis.InSet(toks[m.tok].Fold, "bourse", "nasdaq", "euronext") {
			continue // «En Bourse, le titre gagnait 4,6 %»: where shares trade, no place the figure is of
		}
		if x.reg.kindOf(&m) == KindPlace {
			place = x.reg.display(m.key) // (the nearest: «À Lyon, …, tandis qu'à Marseille il a grimpé»)
		}
	}
	return place
}

// orgOpening returns the organisation a sentence opens at, by "chez" or
// "at" and a comma, before the verb v ("Chez Renault, les ventes…", "At
// Ford, the management…"), "" when it opens otherwise.
func (x *extractor) orgOpening(s *sentence, p *parsed, v int) string {
	toks := p.toks
	if len(toks) < 4 || !lexis.InSet(toks[0].Fold, "chez", "at") {
		return ""
	}
	for _, m := range s.mentions {
		if m.tok == 1 && m.end < v && m.end < len(toks) && toks[m.end].Text == "," && x.reg.kindOf(&m) == KindOrg {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// placeRightAfter returns the place named right after a figure whose
// next token is k («39,8 °C à Marseille», "3% in Lyon"), "" when none.
func (x *extractor) placeRightAfter(s *sentence, p *parsed, k int) string {
	if k <= 0 || k+1 >= len(p.toks) || !lexis.InSet(p.toks[k].Fold, "a", "in", "en", "au") {
		return ""
	}
	for _, m := range s.mentions {
		if m.tok == k+1 && x.reg.kindOf(&m) == KindPlace {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// agentPhrase reports whether a phrase names someone who acts, a person,
// a role or a body, not a thing: «Le Premier ministre», «le gouvernement»,
// «le président du club».
func agentPhrase(phrase string) bool {
	if personPhrase(phrase) {
		return true
	}
	for _, w := range strings.Fields(lexis.Fold(phrase)) {
		if bodyNouns[w] || titleWords[w] {
			return true
		}
	}
	return false
}

// thingPronouns stand for a thing as well as for a person or a body.
var thingPronouns = lexis.SetOf("il", "elle", "ils", "elles", "it")

// commaBeforeVerb returns the comma that ends the phrase right before verb
// v, over its auxiliaries, adverbs and clitics («…, a été ramenée», «…,
// avait causé»), -1 when none stands there.
func (p *parsed) commaBeforeVerb(v int) int {
	k := v - 1
	for k >= 0 && (p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV || lexis.InSet(p.toks[k].Fold, "ne", "n'", "se", "s'")) {
		k--
	}
	if k < 2 || p.toks[k].Text != "," {
		return -1
	}
	return k
}

// relativeAcross returns the token after the relative pronoun that opens
// the clause of verb v when a phrase set between commas stands between them
// ("qui, le 10 novembre 93 près de Bordeaux, avait causé", "which, in
// 2019, employed"), -1 when none.
func (p *parsed) relativeAcross(v int) int {
	toks := p.toks
	k := p.commaBeforeVerb(v)
	if k < 0 {
		return -1
	}
	for j := k - 1; j >= 1 && k-j <= 12; j-- {
		if toks[j].Text == "," && !numberComma(toks, j) {
			q := j - 1
			for q > 0 && (p.inDate(q) || lexis.InSet(toks[q].Fold, "le", "l'", "en", "au", "on", "in")) {
				q-- // "qui le 10 novembre 93, sur l'A 10, avait causé"
			}
			if lexis.InSet(toks[q].Fold, "qui", "which", "who", "that") {
				return q + 1
			}
			return -1
		}
		if isVerb(p.tags[j]) || p.clauseBreak(j) {
			return -1
		}
	}
	return -1
}

// complementedNoun returns the noun that the name at token a completes
// with "de", "du", "de l'", "of the" ("le carambolage de l'A10", "the
// crash of the A320", "Pre-orders of the recently announced iPhone 4"), -1
// when the name completes none.
func (p *parsed) complementedNoun(a int) int {
	k := a - 1
	for n := 0; k >= 1 && n < 3 && (p.tags[k] == syntax.ADJ || p.tags[k] == syntax.ADV || p.tags[k] == syntax.VERB && p.participleForm(k)); n++ {
		k-- // "of the recently announced iPhone 4"
	}
	if k >= 1 && lexis.InSet(p.toks[k].Fold, "l'", "la", "le", "the") {
		k--
	}
	if k < 1 || !lexis.InSet(p.toks[k].Fold, "de", "du", "d'", "des", "of", "to", "in", "at", "from") || p.tags[k-1] != syntax.NOUN {
		return -1
	}
	return k - 1
}

// frontedPhraseSubject returns the subject of the main clause when token
// pos stands in a participle's phrase opening the sentence ("Réélu dimanche
// avec 82 % des voix, Jacques Chirac…", "Founded in 2004 with 3 staff,
// Zorgon…"): the phrase has no verb of its own but the participle, and the
// clause after its comma has a subject and a verb; how is "" when not.
func (p *parsed) frontedPhraseSubject(pos int) (int, int, string) {
	toks, tags := p.toks, p.tags
	k := 0
	for k < pos && tags[k] == syntax.ADV {
		k++
	}
	if k >= pos || toks[k].Kind != lexis.Word || !p.openingParticiple(k) || p.qualifyingOpening(k) {
		return 0, 0, ""
	}
	c := -1
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Text == "," && j > pos {
			c = j
			break
		}
		if toks[j].Text == "," || p.clauseBreak(j) || j != pos && isVerb(tags[j]) && !p.participle(j) && tags[j] != syntax.VERB {
			return 0, 0, "" // a comma before the figure, or a clause of its own
		}
	}
	if c < 0 {
		return 0, 0, ""
	}
	for v := c + 1; v < len(toks) && v <= c+12 && !p.clauseBreak(v); v++ {
		if toks[v].Text == "," {
			break
		}
		if tags[v] == syntax.VERB && !p.participle(v) || tags[v] == syntax.AUX && v+1 < len(toks) && tags[v+1] != syntax.VERB {
			if a, b, how := p.subjectBefore(v, c+1); how != "" {
				return a, b, how
			}
			return 0, 0, ""
		}
	}
	return 0, 0, ""
}

// openingPhrase reports whether token pos stands in a participle's phrase
// opening the sentence, before the comma that ends it ("Réélu dimanche
// avec…, ", "Founded in 2004, ").
func (p *parsed) openingPhrase(pos int) bool {
	k := 0
	for k < pos && p.tags[k] == syntax.ADV {
		k++
	}
	if k >= pos || p.toks[k].Kind != lexis.Word || !p.openingParticiple(k) || p.qualifyingOpening(k) {
		return false
	}
	for j := k + 1; j < pos; j++ {
		if p.toks[j].Text == "," || p.clauseBreak(j) || isVerb(p.tags[j]) && !p.participle(j) {
			return false
		}
	}
	return true
}

// openingParticiple reports whether token k, opening a sentence, is a past
// participle heading a phrase ("Réélu", "Arrivé", "Élue", "Founded",
// "Re-elected", "Chosen").
func (p *parsed) openingParticiple(k int) bool {
	t := p.toks[k]
	if t.Is(timex.WeekdayName|timex.MonthName) || p.tags[k] == syntax.ADP || p.tags[k] == syntax.DET || openingPrepositions[t.Fold] {
		return false // (not "Malgré les événements du 5 juillet 1962, …")
	}
	if p.lang == "fr" {
		lower := strings.ToLower(t.Text)
		// (a capitalised "Élu", "Réélu" is often read as a name: one the
		// set does not know, before a preposition or an adverb)
		return lexis.FrenchParticiple(t.Fold) && (p.tags[k] == syntax.VERB || p.tags[k] == syntax.ADJ || frontedParticiple(p.toks, k) ||
			hasAnySuffix(lower, "é", "ée", "és", "ées") ||
			(!p.named[k] || k == 0 && p.initialOnly) && !gazetteer.Places[t.Fold] && k+1 < len(p.toks) && (p.tags[k+1] == syntax.ADP || p.tags[k+1] == syntax.ADV))
	}
	return (p.tags[k] == syntax.VERB || p.tags[k] == syntax.ADJ || p.tags[k] == syntax.PROPN) && len(t.Fold) > 4 && hasAnySuffix(t.Fold, "ed", "en", "wn")
}

// placeOf returns the place the clause of verb v names after "en", "in",
// "au", "aux" ("en France", "in Germany"), as the set names it, the one
// right after the figure, at token after, first; "" when none.
func (x *extractor) placeOf(s *sentence, p *parsed, v, after int) string {
	return x.placeUntil(s, p, v, after, p.clauseEnd(v))
}

// placeUntil is placeOf with the clause ending at token end.
func (x *extractor) placeUntil(s *sentence, p *parsed, v, after, end int) string {
	toks := p.toks
	for _, m := range s.mentions {
		// "Sales rose 4% in Japan and 2% in the United States": the place
		// right after the figure, first.
		k := m.tok - 1
		if k > 0 && lexis.InSet(toks[k].Fold, "the", "la", "le", "l'") {
			k--
		}
		if after > 0 && k == after && m.tok < end && lexis.InSet(toks[k].Fold, "en", "in", "au", "aux") && x.reg.kindOf(&m) == KindPlace {
			return x.reg.display(m.key)
		}
	}
	for _, m := range s.mentions {
		if m.tok <= v || m.tok >= end || m.tok == 0 {
			continue
		}
		if k := wholePlacePrep(toks, m.tok); k > v && x.reg.kindOf(&m) == KindPlace {
			return x.reg.display(m.key) // «dans toute la France», "across the country of…"
		}
		if !lexis.InSet(toks[m.tok-1].Fold, "en", "in", "au", "aux") {
			continue
		}
		if k := m.tok - 2; k >= 0 && (p.tags[k] == syntax.ADJ && strings.HasSuffix(toks[k].Fold, "est") || k > 0 && lexis.InSet(toks[k-1].Fold, "plus", "most")) {
			continue // "the third largest in China": where it ranks, not what
		}
		if x.reg.kindOf(&m) == KindPlace {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// wholePlacePrep returns the preposition of words that say a count is of
// the whole of the place named at token m («dans toute la France», «sur
// l'ensemble de la France», "across France"), -1 when there are none.
func wholePlacePrep(toks []lexis.Token, m int) int {
	k := m - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "la", "le", "l'", "the") {
		k--
	}
	switch {
	case k >= 1 && lexis.InSet(toks[k].Fold, "toute", "tout") && lexis.InSet(toks[k-1].Fold, "dans", "en", "sur"):
		return k - 1
	case k >= 2 && lexis.InSet(toks[k].Fold, "de", "du") && toks[k-1].Fold == "ensemble" && toks[k-2].Fold == "l'" && k >= 3 && lexis.InSet(toks[k-3].Fold, "dans", "sur"):
		return k - 3
	case k >= 0 && lexis.InSet(toks[k].Fold, "across", "throughout", "nationwide"):
		return k
	}
	return -1
}

// holderOf returns the noun phrase a count of its members completes ("du
// nouveau gouvernement de coalition de 38 membres" → "nouveau gouvernement
// de coalition", "a squad of 23 players" → "squad"), as the text writes it;
// "" when the figure completes no noun, counts money, a share or anything
// but members ("une hausse de 46 %", "la suppression de 3 000 emplois",
// "l'action de 800 comédiens"), or the noun is a quantity or a time.
func (p *parsed) holderOf(text string, r clauseReading, n quantity.NumberExpr) string {
	toks, tags := p.toks, p.tags
	k := r.at - 1
	if n.Unit != "" || n.Scaled || r.noun < 0 || k < 2 || !lexis.InSet(toks[k].Fold, "de", "of") {
		return ""
	}
	h := k - 1
	for h > 0 && (toks[h].Text == "»" || toks[h].Text == "”") {
		h--
	}
	last := h // the phrase's last word: "un Congrès national général"
	for h > 0 && tags[h] == syntax.ADJ && !toks[h].Upper() {
		h--
	}
	if tags[h] != syntax.NOUN && tags[h] != syntax.PROPN || p.inDate(h) || quantityNouns[toks[h].Fold] ||
		quantity.TimeUnitNoun(toks[h]) || timeNouns[toks[h].Fold] || !memberNouns[lemma(toks[r.noun].Fold, p.lang)] {
		return ""
	}
	start := p.clauseStart(h)
	a := h
	for a > start {
		switch {
		case tags[a-1] == syntax.ADJ || tags[a-1] == syntax.PROPN || toks[a-1].Text == "«" || toks[a-1].Text == "“":
			a--
		case a-2 > start && lexis.InSet(toks[a-1].Fold, "de", "d'") && tags[a-2] == syntax.NOUN:
			a -= 2 // "gouvernement de coalition": a compound, not "la constitution du gouvernement"
		default:
			goto head
		}
	}
head:
	if a <= start || !lexis.InSet(toks[a-1].Fold, "le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une", "the", "a", "an", "its", "son", "sa", "their", "leur") {
		return ""
	}
	return strings.Trim(strings.TrimSpace(text[toks[a].Start:toks[last].End]), "«»“” ")
}

// inApposition reports whether token v stands in an apposition set off by
// commas right after token h («Cette enquête, basée sur les réponses de
// 408 sondés, montre…»).
func (p *parsed) inApposition(h, v int) bool {
	if h+1 >= len(p.toks) || p.toks[h+1].Text != "," {
		return false
	}
	for k := h + 2; k < len(p.toks); k++ {
		if p.toks[k].Text == "," && !numberComma(p.toks, k) {
			return v < k
		}
	}
	return true
}

// partyNouns say what a name put on a poll's figure is: "the Civic Union
// party".
var partyNouns = lexis.SetOf("party", "parti", "coalition", "alliance", "bloc", "list", "liste", "movement", "mouvement", "ticket")

// studyNouns name a study, a survey or a ranking: what it counts is its
// own.
var studyNouns = lexis.SetOf("ranking", "rankings", "classement", "palmares", "survey", "enquete", "census", "recensement", "study", "etude",
	"poll", "sondage", "barometre", "audit")

// memberNouns count the members of a body: a figure of them completing a
// noun ("un gouvernement de 38 membres") is that body's.
var memberNouns = lexis.SetOf("membre", "member", "ministre", "minister", "depute", "deputy", "seat", "siege", "elu", "conseiller",
	"councillor", "senateur", "senator", "joueur", "player", "delegue", "delegate", "representant", "representative")

// rate sets a claim's confidence from how its subject and measure were
// read, and says how its date was.
func rate(c *Claim, r clauseReading) {
	conf := 0.5
	if v, ok := subjectConfidence[r.how]; ok {
		conf = v
	}
	if c.Unsure {
		conf = min(conf, 0.4)
	}
	dated := slices.ContainsFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
	switch {
	case c.AsOf:
		c.Reasons = append(c.Reasons, "date: none in the passage; as of the statement or the publication")
		conf *= 0.9
	case !dated:
		// (a rule that dated the figure said how already)
		c.Reasons = append(c.Reasons, "date: the date words nearest the figure in its clause")
	}
	c.Confidence = float64(int(conf*100+0.5)) / 100
}

// wordBefore reports whether a word stands before the figure r reads.
func (r clauseReading) wordBefore(toks []lexis.Token) bool { return r.at > 0 && r.at < len(toks) }

// qualifierWords stand before a figure as its qualifier ("more than",
// "plus de", "environ"): the figure's clause reads before them.
var qualifierWords = lexis.SetOf("more", "than", "over", "under", "about", "around", "some", "nearly", "almost", "roughly",
	"approximately", "just", "least", "less", "fewer", "plus", "moins", "environ", "pres", "quelque", "quelques", "pas")

// existential reports whether verb v states that something exists ("there
// are", "il y a", "there have been").
func (p *parsed) existential(v int) bool {
	toks := p.toks
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if lexis.InSet(toks[k].Fold, "there", "y") {
			return true
		}
	}
	return false
}

// inDate reports whether token k is part of a date expression.
func (p *parsed) inDate(k int) bool {
	t := Span{Start: p.toks[k].Start, End: p.toks[k].End}
	for _, d := range p.dates {
		if d.Span.Overlaps(t) {
			return true
		}
	}
	return false
}

// complementPhrase returns the noun phrase that completes the noun at h
// before the verb ("participation au second tour de l'élection", "coûts de
// réalisation de ce spectacle" → "ce spectacle"): the last "de" phrase with
// a determiner, as the text writes it; "" when none.
// compassWords name a region by its direction ("le nord-est du pays",
// "the south of France").
var compassWords = lexis.SetOf("nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
	"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest")

func (p *parsed) complementPhrase(text string, h, verb int) string {
	toks, tags := p.toks, p.tags
	end := verb
	for k := h + 1; k < verb; k++ {
		if toks[k].Text == "," || isVerb(tags[k]) && !p.participle(k) {
			end = k
			break
		}
	}
	for k := h + 1; k < end; k++ {
		if !lexis.InSet(toks[k].Fold, "de", "d'", "du", "des", "au", "aux", "of", "for") && !(publicMeasures[toks[h].Fold] && lexis.InSet(toks[k].Fold, "in", "dans")) {
			// (and where a public measure was taken: "Inflation in the
			// euro area")
			continue
		}
		j := k + 1
		if j+2 < end && p.inDate(j) && lexis.InSet(toks[j+1].Text, "'s", "’s") && tags[j+2] == syntax.NOUN && !p.inDate(j+2) {
			// "sales for Thursday's draw": a thing told by its day
			b := j + 3
			for b < end && tags[b] == syntax.NOUN {
				b++
			}
			return strings.TrimSpace(text[toks[j].Start:toks[b-1].End])
		}
		if j < end && (tags[j] == syntax.DET || lexis.InSet(toks[k].Fold, "du", "des", "au", "aux")) {
			if tags[j] == syntax.DET {
				j++
			}
			for j < end && tags[j] == syntax.ADJ {
				j++
			}
			if j < end && (tags[j] == syntax.NOUN || tags[j] == syntax.PROPN) && !p.inDate(j) && !toks[j].Is(quantity.TimeUnit) {
				// (not "Revenue for the quarter": a time, not an owner)
				b := end
				for b > j+1 && (toks[b-1].Text == "," || tags[b-1] == syntax.ADP || tags[b-1] == syntax.DET || lexis.InSet(toks[b-1].Fold, "se", "s'", "ne", "n'", "y")) {
					b--
				}
				if b-(k+1) > 7 {
					b = k + 8
				}
				return strings.TrimSpace(text[toks[k+1].Start:toks[b-1].End])
			}
		}
	}
	return ""
}

// eventBeforeRelative returns the head of the noun phrase a relative of
// place or time opens after ("un attentat dans lequel", "a bombing in
// which", "l'accident où", "the crash during which") when that relative
// ends right before token at, and where the relative starts; -1 when none.
func (p *parsed) eventBeforeRelative(at int) (int, int) {
	toks := p.toks
	k := at - 1
	if k < 1 {
		return -1, -1
	}
	rel := -1
	switch {
	case lexis.InSet(toks[k].Fold, "lequel", "laquelle", "lesquels", "lesquelles", "duquel", "desquels") && lexis.InSet(toks[k-1].Fold, "dans", "lors", "pendant", "durant", "par"):
		rel = k - 1
	case toks[k].Fold == "duquel" || toks[k].Fold == "de" && k > 1 && toks[k-1].Fold == "lors":
		return -1, -1
	case toks[k].Fold == "which" && lexis.InSet(toks[k-1].Fold, "in", "during", "after"):
		rel = k - 1
	case toks[k].Fold == "ou" && toks[k].Text != "ou": // "où", not "ou"
		rel = k
	}
	if rel < 1 || toks[rel-1].Kind == lexis.Punct && toks[rel-1].Text != "," {
		return -1, -1
	}
	e := rel - 1
	if toks[e].Text == "," {
		e--
	}
	h := p.headEndingAt(e, p.clauseStart(e))
	if h < 0 || !newsEventNouns[toks[h].Fold] && !casualtyEvents[toks[h].Fold] {
		return -1, -1
	}
	return h, rel
}

// eventAfter returns the noun phrase of the event a verb of dying or
// injuring places its people in ("tuées dans l'effondrement d'un
// immeuble", "died in the crash", "blessés lors de l'explosion"), "" when
// none follows within a few words.
func (p *parsed) eventAfter(text string, v int) string {
	toks := p.toks
	for k := v + 1; k < len(toks) && k <= v+14; k++ {
		when := lexis.InSet(toks[k].Fold, "when", "lorsque", "lorsqu'", "quand")
		if p.clauseBreak(k) && !when {
			if lexis.InSet(toks[k].Fold, "dont", "including") && k+1 < len(toks) && (toks[k+1].Kind == lexis.Number || isWordNumber(toks, k+1)) {
				continue // «tuées et onze blessées, dont deux grièvement, dans l'explosion»: a part of the count, then the event
			}
			break
		}
		if k > v+8 && !lexis.InSet(toks[k].Fold, "dans", "lors", "in", "during", "when", "lorsque", "quand") && toks[k].Text != "," && toks[k].Kind != lexis.Number && !isWordNumber(toks, k) && p.tags[k] != syntax.ADV && !casualtyWords[toks[k].Fold] && !lexis.InSet(toks[k].Fold, "et", "and") {
			break // (past the count's own parts, only the event's preposition)
		}
		if !when && !lexis.InSet(toks[k].Fold, "dans", "lors", "in", "during", "pendant", "par", "by", "after", "apres") ||
			toks[k].Fold == "par" && lexis.FoldAt(toks, k+1) == "rapport" || toks[k].Fold == "by" && lexis.FoldAt(toks, k+1) == "comparison" {
			continue // (and the agent of the passive: «ont été tués … par une avalanche», "killed by a landslide"; not «par rapport à mars»: a comparison)
		}
		// (and "were killed when a fire broke out at a shopping mall":
		// the event the clause of "when" tells)
		j := k + 1
		from := k + 1 // where the phrase the event is named by starts
		if toks[k].Fold == "lors" && j < len(toks) && lexis.InSet(toks[j].Fold, "de", "du", "d'") {
			j++
			if toks[j-1].Fold != "du" {
				from = j // (not «d'une explosion»)
			}
		}
		if j < len(toks) && lexis.InSet(toks[j].Fold, "l'", "le", "la", "les", "un", "une", "the", "a", "an") {
			j++
		}
		for j < len(toks) && p.tags[j] == syntax.ADJ {
			j++
		}
		for m := j; m < len(toks) && m < j+2 && p.lang != "fr" && p.tags[m] == syntax.NOUN && !toks[m].Upper(); m++ {
			if m+1 < len(toks) && (newsEventNouns[toks[m+1].Fold] || casualtyEvents[toks[m+1].Fold]) {
				j = m + 1 // "in a gas explosion", "when a mine collapse…": the noun its kind is told by before it
				break
			}
		}
		if when && j < len(toks) && !(newsEventNouns[toks[j].Fold] || casualtyEvents[toks[j].Fold]) {
			// "died when a ferry capsized", «sont morts lorsqu'un bus a
			// quitté la route»: what the clause of "when" tells of, named
			// by its subject (not a pronoun, whose antecedent is told
			// before, nor people: "when gunmen opened fire").
			h := j
			for h+1 < len(toks) && h < j+3 && (p.tags[h+1] == syntax.NOUN || p.properNoun(h+1)) {
				h++
			}
			if h < len(toks) && h > k+1 && p.tags[h] == syntax.NOUN && !toks[h].Upper() && !peopleNouns[toks[h].Fold] && !groupNouns[toks[h].Fold] &&
				h+1 < len(toks) && isVerb(p.tags[h+1]) {
				return strings.TrimSpace(text[toks[from].Start:toks[h].End])
			}
			return ""
		}
		if j < len(toks) && (newsEventNouns[toks[j].Fold] || casualtyEvents[toks[j].Fold]) {
			end := j + 1
			for end < len(toks) && end <= j+5 && (lexis.InSet(toks[end].Fold, "de", "d'", "du", "des", "of", "un", "une", "a", "an", "the", "l'", "le", "la", "les") && toks[end].Text != "à" || p.tags[end] == syntax.NOUN || p.tags[end] == syntax.ADJ || p.properNoun(end)) && !p.inDate(end) {
				end++
			}
			for end > j+1 && !(p.tags[end-1] == syntax.NOUN || p.properNoun(end-1) || p.tags[end-1] == syntax.ADJ) {
				end--
			}
			return strings.TrimSpace(text[toks[from].Start:toks[end-1].End])
		}
		return ""
	}
	return ""
}

// tollOf returns the disaster noun whose toll opens the sentence before the
// verb v («Le bilan du déraillement…», "The death toll from the
// earthquake…"), -1 when none.
func (p *parsed) tollOf(v int) int {
	toks := p.toks
	for k := 0; k+2 < v && k < 6; k++ {
		if !lexis.InSet(toks[k].Fold, "bilan", "toll") || p.tags[k] != syntax.NOUN || !lexis.InSet(toks[k+1].Fold, "du", "de", "des", "d'", "of", "from") {
			continue
		}
		e := k + 2
		if e < v && lexis.InSet(toks[e].Fold, "la", "l'", "le", "les", "the") {
			e++
		}
		if e < v && casualtyEvents[toks[e].Fold] {
			return e
		}
		return -1
	}
	return -1
}

// casualtyEvents are the events that kill and injure, beside the news
// events (newsEventNouns): "un attentat-suicide dans lequel…".
var casualtyEvents = lexis.SetOf("attentat-suicide", "fusillade", "effondrement", "collapse", "eruption", "crue", "bombardement", "collision", "carambolage", "incendie",
	"naufrage", "eboulement", "avalanche", "inondation", "inondations", "tempete", "ouragan", "cyclone", "typhon",
	"shooting", "bombing", "collision", "pile-up", "fire", "shipwreck", "landslide", "avalanche", "flood", "floods",
	"storm", "hurricane", "cyclone", "typhoon", "tornado", "blast", "raid", "assault", "clash", "clashes", "affrontements",
	"earthquake", "quake", "tremor", "seisme", "tremblement", "tsunami", "explosion", "attack", "attaque", "attentat",
	"wildfire", "blaze", "rockfall", "rockslide", "mudslide", "derailment", "deraillement", "glissement",
	"monsoon", "mousson", "blizzard", "snowstorm", "fighting", "combats", "riots", "emeutes",
	"accident", "accidents", "collisions", "shootings", "attacks", "bombings",
	// diseases that kill: "Pancreatic cancer kills 9,000 people a year"
	"cancer", "disease", "virus", "epidemic", "pandemic", "flu", "influenza", "malaria", "cholera", "measles", "tuberculosis",
	"maladie", "epidemie", "pandemie", "grippe", "paludisme", "cholera", "rougeole", "tuberculose")

// ownerAfter returns the organisation named right after a figure and its
// noun by "chez" or "at" ("8 000 suppressions chez PSA", "1,000 jobs at
// Boeing"), "" when none or when the name is a place's.
func (x *extractor) ownerAfter(s *sentence, p *parsed, r clauseReading, n quantity.NumberExpr, cited Span) string {
	toks := p.toks
	k := n.TokEnd
	if r.noun >= n.TokEnd && r.noun-n.TokEnd <= 3 {
		k = r.noun + 1
	}
	for k < len(toks) && k <= n.TokEnd+5 && (p.tags[k] == syntax.ADJ || lexis.InSet(toks[k].Fold, "de", "d'") && k+1 < len(toks) && p.tags[k+1] == syntax.NOUN || p.tags[k] == syntax.NOUN && k > 0 && lexis.InSet(toks[k-1].Fold, "de", "d'")) {
		k++ // "3 000 suppressions de postes chez Renault"
	}
	if k+1 >= len(toks) {
		return ""
	}
	of := lexis.InSet(toks[k].Fold, "de", "d'", "of") && k == r.noun+1 && r.verb > k
	// "la suppression de 5 122 postes à Air France": jobs "à" an
	// organisation, in a noun's complement, are its own (not "a vendu 50
	// avions à Air France", the buyer, nor "Zorgon va supprimer 1 200
	// emplois à Bochum", the clause's subject's).
	staffAt := lexis.InSet(toks[k].Fold, "a", "au") && r.noun >= 0 && staffNouns[toks[r.noun].Fold] &&
		n.TokStart >= 2 && lexis.InSet(toks[n.TokStart-1].Fold, "de", "d'") && p.tags[n.TokStart-2] == syntax.NOUN
	if !(toks[k].Fold == "chez" || toks[k].Fold == "at" || of || staffAt) {
		return ""
	}
	a, b, ok := p.nameAt(k + 1)
	if !ok || a != k+1 || of && (b >= len(toks) || !isVerb(p.tags[b])) {
		return "" // ("Trois rames de TGV ont essuyé…": the owner before the clause's verb)
	}
	for _, m := range s.mentions {
		if m.tok == a && x.reg.kindOf(&m) == KindOrg && !cited.Overlaps(Span{Start: toks[a].Start, End: toks[b-1].End}) {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				return d
			}
		}
	}
	return ""
}

// staffNouns count an organisation's jobs and staff.
var staffNouns = lexis.SetOf("postes", "emplois", "salaries", "employes", "jobs", "employees", "workers", "staff")

// requestVerbs are the verbs a prosecution asks a penalty with.
var requestVerbs = lexis.SetOf("requis", "requiert", "requierent", "requerir", "reclame", "reclament", "sought", "seeks", "seek",
	"demanded", "requested")

// penaltyWords name a penalty a court is asked for.
var penaltyWords = lexis.SetOf("prison", "emprisonnement", "reclusion", "sursis", "amende", "amendes", "peine", "jail",
	"sentence", "fine", "fines", "imprisonment")

// requestedAgainst returns the defendant a penalty the figure of r states
// is asked against ("a requis quatre ans de prison … contre Gérard
// Moulinier", "Contre son ancien directeur, Pascal Héraud, le parquet a
// requis deux ans", "sought six years in prison against Zorg"), "" when
// none.
func (x *extractor) requestedAgainst(s *sentence, p *parsed, r clauseReading, cited Span) string {
	toks, v := p.toks, r.verb
	if v < 0 || v >= r.at || !requestVerbs[toks[v].Fold] || r.at-v > 16 {
		return ""
	}
	penalty := false
	for k := r.at; k < len(toks) && k <= r.after+4; k++ {
		penalty = penalty || penaltyWords[toks[k].Fold]
	}
	if !penalty {
		return ""
	}
	name := func(k int) string {
		// the person "contre" opens on, past a role set off by commas
		for j := k; j < len(toks) && j <= k+8; j++ {
			for _, m := range s.mentions {
				if m.tok == j && x.reg.kindOf(&m) == KindPerson && !cited.Overlaps(Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}) {
					// (and past the name of a ministry in a role: «l'ancien
					// ministre du Logement Bertrand Castaing»)
					return x.reg.display(m.key)
				}
			}
			if a, _, ok := p.nameAt(j); ok && a == j && (j == k || !lexis.InSet(toks[j-1].Fold, "du", "de", "des", "of", "the")) {
				return "" // a name of no person: an organisation's
			}
			if toks[j].Kind == lexis.Punct && toks[j].Text != "," || isVerb(p.tags[j]) {
				return ""
			}
		}
		return ""
	}
	if lexis.InSet(toks[0].Fold, "contre", "against") && v > 2 {
		return name(1)
	}
	for k := r.after; k < len(toks) && k <= r.after+28; k++ {
		if lexis.InSet(toks[k].Fold, "contre", "against") {
			return name(k + 1)
		}
		if toks[k].Text == ";" || toks[k].Text == "." {
			break
		}
	}
	return ""
}

// voteShare returns the token after "voting" or "votant" when the words
// after figure r say which way its share voted ("69% voting in favor",
// "52 % votant pour"), -1 when they do not.
func voteShare(toks []lexis.Token, r clauseReading) int {
	k := r.after
	if k+1 >= len(toks) || !lexis.InSet(toks[k].Fold, "voting", "votant", "voted", "ont", "a") {
		return -1
	}
	if lexis.InSet(toks[k].Fold, "ont", "a") {
		k++ // "52 % ont voté pour"
		if k+1 >= len(toks) || toks[k].Fold != "vote" {
			return -1
		}
	}
	if lexis.InSet(toks[k+1].Fold, "for", "against", "pour", "contre", "yes", "no", "oui", "non") ||
		lexis.MatchWords(toks, k+1, "in", "favor") || lexis.MatchWords(toks, k+1, "in", "favour") {
		return k + 1
	}
	return -1
}

// toldTo returns the name between a verb and the infinitive that governs
// figure r ("ordered Donald Trump to pay $355 million", "a condamné Zorgon
// à payer 2 millions"), "" when none.
func (x *extractor) toldTo(s *sentence, p *parsed, r clauseReading, cited Span) string {
	toks, v := p.toks, r.verb
	if v < 3 || v >= r.at || !lexis.InSet(toks[v-1].Fold, "to", "a", "à") || p.tags[v] != syntax.VERB {
		return ""
	}
	a, b, ok := p.nameAt(v - 2)
	if !ok || b != v-1 || a < 1 || !isVerb(p.tags[a-1]) || !tellingVerbs[toks[a-1].Fold] {
		return "" // (not "defeated Boeing to win", "passed Wal-Mart to become": the subject's own aim)
	}
	d, _ := x.entityOf(s, p, a, b, fromClause, cited)
	return d
}

// tellingVerbs make the one named after them do what the infinitive says.
var tellingVerbs = lexis.SetOf("ordered", "orders", "order", "told", "asked", "forced", "required", "urged", "instructed",
	"allowed", "compelled", "condemned", "sentenced", "condamne", "condamnee", "oblige", "obligee", "contraint", "contrainte",
	"autorise", "autorisee", "ordonne", "somme", "sommee")

// fineVerbs impose a fine on the one named after them ("fined Zorgon €1.8
// billion", "a infligé à Zorgon une amende de 2 millions").
var fineVerbs = lexis.SetOf("fined", "fines", "fine", "penalised", "penalized", "inflige", "infligee", "infligent", "infligera")

// fined returns the one a fine verb names before the figure ("The European
// Commission fined Zorgon €1.8 billion"), "" when none: the fine is theirs
// to pay, not the regulator's.
func (x *extractor) fined(s *sentence, p *parsed, r clauseReading, cited Span) string {
	toks, v := p.toks, r.verb
	if v < 0 || v >= r.at || !fineVerbs[toks[v].Fold] || r.at-v > 12 {
		return ""
	}
	for k := r.after; k < len(toks) && k <= r.after+3; k++ {
		// "a infligé une amende de 20 millions d'euros à Zorgnet": the
		// one it is imposed on, after the amount.
		if toks[k].Text == "à" {
			if a, b, ok := p.nameAt(k + 1); ok && a == k+1 {
				for b < len(toks) && p.properNoun(b) {
					b++
				}
				if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" && !gazetteer.Places[lexis.Fold(d)] {
					return d // (not "une amende de 3 000 euros à Paris": where)
				}
			}
			break
		}
		if toks[k].Kind == lexis.Punct {
			break
		}
	}
	if k := v - 1; p.lang == "fr" && k > 0 && lexis.InSet(toks[k].Fold, "lui", "leur") || p.lang == "fr" && k > 1 && toks[k].Fold == "a" && lexis.InSet(toks[k-1].Fold, "lui", "leur") {
		// "l'autorité lui a infligé une amende": whom the pronoun stands for
		j := k
		if toks[j].Fold == "a" {
			j--
		}
		if d, how := x.entityOf(s, p, j, j+1, fromPronoun, cited); d != "" && how != "" {
			return d
		}
	}
	if k := v + 1; p.lang != "fr" && k < r.at && lexis.InSet(toks[k].Fold, "it", "them") {
		// "The regulator fined it €45 million": whom the pronoun stands for
		if d, how := x.entityOf(s, p, k, k+1, fromPronoun, cited); d != "" && how != "" {
			return d
		}
	}
	for k := v + 1; k < r.at; k++ {
		if lexis.InSet(toks[k].Fold, "a", "à") && toks[k].Text != "a" || p.inDate(k) {
			continue // "a infligé mercredi à Zorgon"
		}
		if a, b, ok := p.nameAt(k); ok && a == k {
			for b < r.at && p.properNoun(b) {
				b++ // "Zorgo Blenk": the whole name
			}
			if b < len(toks) && lexis.InSet(toks[b].Text, "'s", "’s", "et", "and", ",") {
				return "" // "fined Zorgon's subsidiary Zorgtel", "à Zorgon et Zorgtel": not the name alone
			}
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				return d
			}
			return ""
		}
		if p.tags[k] != syntax.DET && !((p.tags[k] == syntax.NOUN || p.tags[k] == syntax.ADJ) && !toks[k].Upper() && k-v <= 6) {
			return "" // (but "fined the carmaker Zorgmotors", "à l'ancien ministre Zorgo Blenk")
		}
	}
	return ""
}

// convicted returns the person or organisation found guilty of the counts
// figure r counts ("found X guilty of seven counts", "reconnu X coupable de
// trois chefs d'accusation"), "" when none.
func (x *extractor) convicted(s *sentence, p *parsed, r clauseReading, cited Span) string {
	toks := p.toks
	k := r.at - 1
	if k < 2 || !lexis.InSet(toks[k].Fold, "of", "de", "d'") {
		return ""
	}
	k--
	if !lexis.InSet(toks[k].Fold, "guilty", "coupable", "coupables") {
		return ""
	}
	if a, b, ok := p.nameAt(k - 1); ok {
		if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
			return d
		}
	}
	return ""
}

// contrastHolder returns the entity a figure set against the one before
// belongs to when a name follows it after "pour", "for": "13 millions de
// voix contre 12 millions de voix pour son rival Ahmad Chafiq", "52%
// against 48% for Smith"; "" when there is none.
func (x *extractor) contrastHolder(s *sentence, p *parsed, r clauseReading, n quantity.NumberExpr, cited Span) string {
	toks := p.toks
	if h := x.rankedHolder(s, p, n, cited); h != "" {
		return h
	}
	c := r.at - 1
	if c < 1 || !lexis.InSet(toks[c].Fold, "contre", "against", "versus", "vs") && !(lexis.InSet(toks[c].Fold, "with", "to") && lexis.InSet(toks[c-1].Fold, "compared", "comparison")) && !forBefore(toks, c) {
		return ""
	}
	if lexis.InSet(toks[c].Fold, "with", "to") {
		c-- // "compared with 45 winners … for Okafor"
	}
	before := false
	for k := c - 1; k >= 0 && k >= c-12 && !before; k-- {
		before = toks[k].Kind == lexis.Number && !p.inDate(k) // ("71% of points on her first serve, against")
	}
	if !before {
		return ""
	}
	// "for" after the figure's words, or after a figure "and" adds to
	// it: "compared with 45 winners and 51 unforced errors for Okafor".
	k := n.TokEnd
	for k < len(toks) && k <= n.TokEnd+9 && !lexis.InSet(toks[k].Fold, "pour", "for") {
		if toks[k].Kind == lexis.Punct || k > n.TokEnd+3 && !slices.ContainsFunc(toks[n.TokEnd:k], func(t lexis.Token) bool { return t.Fold == "and" || t.Fold == "et" }) {
			return ""
		}
		k++
	}
	if k >= len(toks) || !lexis.InSet(toks[k].Fold, "pour", "for") {
		return ""
	}
	k++
	for j := k; j < len(toks) && j <= k+3; j++ {
		a, b, ok := p.nameAt(j)
		if ok && a == j {
			for _, m := range s.mentions {
				if m.tok == a && !m.common && !cited.Overlaps(Span{Start: toks[a].Start, End: toks[b-1].End}) {
					// (a person, an organisation, a country: "against 64%
					// for Kovacs", "28% for Scotland")
					if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
						return d
					}
				}
			}
			return ""
		}
		if p.tags[j] != syntax.DET && p.tags[j] != syntax.NOUN && p.tags[j] != syntax.ADJ && p.tags[j] != syntax.PRON {
			return "" // "pour son rival", "for his opponent": a title before the name
		}
	}
	return ""
}

// rankedHolder returns the entity a rank's other name holds the figure
// of, when "on", "at", «à», «avec» brings in the figure right after that
// name:
// "took 14,882 votes, ahead of Labour's David Osei on 11,209 votes",
// "finished behind Osei at 31%", «devant Claire Vallon à 19 %»; "" when
// the words are no such phrase ("ahead of Osei with 4,120 votes" may be
// either's).
func (x *extractor) rankedHolder(s *sentence, p *parsed, n quantity.NumberExpr, cited Span) string {
	toks := p.toks
	k := n.TokStart - 1
	for k >= 0 && (toks[k].Text == "$" || toks[k].Text == "€" || toks[k].Text == "£") {
		k--
	}
	with := k >= 3 && (toks[k].Fold == "avec" || toks[k].Fold == "with" && slices.ContainsFunc(toks[:k], func(t lexis.Token) bool { return t.Kind == lexis.Number && t.End <= toks[k].Start }))
	if k < 3 || !lexis.InSet(toks[k].Fold, "on", "at", "a") && !with || toks[k].Text == "a" {
		// («devant Nice avec 180 annulations»: the name's; "behind Osei
		// with 4,120 votes" only when the sentence's subject has its own
		// figure before)
		return ""
	}
	b := k // the name ends before "on"
	a := b
	for a > 0 && b-a < 5 && (isNameToken(toks[a-1]) && toks[a-1].Upper() || lexis.InSet(toks[a-1].Text, "'s", "’s")) {
		a--
	}
	if a == b {
		return ""
	}
	if a >= 2 && lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'", "les") {
		a-- // «devant les Côtes-d'Armor avec 310 000 foyers», "behind the Conservatives on 18%"
	}
	switch {
	case a >= 2 && lexis.MatchWords(toks, a-2, "ahead", "of"), a >= 2 && lexis.MatchWords(toks, a-2, "followed", "by"), a >= 2 && lexis.MatchWords(toks, a-2, "trailed", "by"),
		a >= 1 && lexis.InSet(toks[a-1].Fold, "behind", "devant", "derriere"):
	case a >= 3 && lexis.InSet(toks[a-1].Fold, "and", "et") && toks[a-2].Kind == lexis.Number && !with:
		// "ahead of easyJet on 58 and ITA Airways on 41": the next name of
		// the same list
	default:
		return ""
	}
	var best string
	for _, m := range s.mentions {
		if m.tok >= a && m.end <= b && !m.common && !cited.Overlaps(Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}) {
			if d, _ := x.entityOf(s, p, m.tok, m.end, fromClause, cited); d != "" {
				best = d // (the last name: "Labour's David Osei")
			}
		}
	}
	return best
}

// forBefore reports whether the token at c is "and", «et» after a figure
// that "for", «pour» and a name follow: «contre 39 % pour le RN et 17 %
// pour LR», the next side of the same list.
func forBefore(toks []lexis.Token, c int) bool {
	if !lexis.InSet(toks[c].Fold, "et", "and") {
		return false
	}
	for k := c - 1; k >= 1 && c-k <= 6; k-- {
		if lexis.InSet(toks[k].Fold, "pour", "for") {
			j := k - 1
			for j >= 0 && lexis.InSet(toks[j].Text, "%", "$", "€", "£") {
				j--
			}
			return j >= 0 && toks[j].Kind == lexis.Number
		}
		if toks[k].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// listedPhrase returns the noun phrase an article opens right before the
// bracket at token k, in a list of shares («de la liste écologiste (9 %)»,
// «et de La France insoumise (8 %)», "the Greens (9%)"), without its
// article; "" when the words before the bracket are no such phrase.
func listedPhrase(text string, toks []lexis.Token, k int) string {
	a := k - 1
	for a > 0 && k-a <= 4 && toks[a].Kind == lexis.Word && !lexis.InSet(toks[a].Fold, "la", "le", "les", "l'", "the") {
		a--
	}
	if a < 1 || a == k-1 || !lexis.InSet(toks[a].Fold, "la", "le", "les", "l'", "the") || !lexis.InSet(toks[a-1].Fold, "de", "du", "des", "et", "and", ",", "devant", "behind", "of") && toks[a-1].Text != "," {
		return ""
	}
	return strings.TrimSpace(text[toks[a+1].Start:toks[k-1].End])
}

// gappedHolder returns the entity a figure with no verb of its own is
// given to by the name right before it, when "and", a comma or "followed
// by" sets that name after another figure of the clause, or a verb of
// placing puts it at the figure: "the Democratic Alliance won 32.1% of
// the vote and the Socialists 23.4%", "third on 17%, followed by the
// Liberal Initiative on 7%", "ahead of the Christian Democrats on 28.9
// percent", «le RN obtient 31 % et LFI 18 %», "put the Socialists on
// 31%". It returns "" for any other figure.
func (x *extractor) gappedHolder(s *sentence, p *parsed, r clauseReading, n quantity.NumberExpr, cited Span) string {
	toks := p.toks
	k := r.at - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "on", "at", "with", "avec", "a") {
		k--
	}
	a, b, ok := p.nameAt(k)
	if !ok || b != k+1 || a < 2 {
		return ""
	}
	j := a - 1
	for j > 0 && a-j <= 3 && toks[j].Kind == lexis.Word && !toks[j].Upper() && (p.tags[j] == syntax.DET || p.tags[j] == syntax.ADJ || p.tags[j] == syntax.NOUN) && !lexis.InSet(toks[j].Fold, "and", "et", "by", "par", "de") {
		j-- // "the centre-right Democratic Alliance"
	}
	w := toks[j].Fold
	switch {
	case lexis.InSet(w, "put", "puts", "putting", "placed", "places", "placing", "place", "placait", "placent"):
		// "put the Socialists on 31%": the name the poll places there.
		if toks[r.at-1].Fold != "on" && toks[r.at-1].Fold != "at" && toks[r.at-1].Text != "à" {
			return ""
		}
	case lexis.InSet(w, "and", "et", ",", "behind", "devant", "derriere") || w == "by" && j > 0 && toks[j-1].Fold == "followed" || lexis.InSet(w, "de", "par") && j > 0 && strings.HasPrefix(toks[j-1].Fold, "suivi") ||
		w == "of" && j > 0 && toks[j-1].Fold == "ahead":
		// ("ahead of the conservative Christian Democrats on 28.9
		// percent", «devant Paul Martin avec 22 %»)
		// Another figure before it in the clause, and no verb between it
		// and the name: the name takes the verb the figure before has.
		before := false
		for i := j - 1; i >= 0 && j-i <= 12 && !before; i-- {
			if toks[i].Text == ";" || toks[i].Text == "." {
				break
			}
			before = toks[i].Kind == lexis.Number && !p.inDate(i)
		}
		if !before {
			return ""
		}
	default:
		return ""
	}
	for _, m := range s.mentions {
		if m.tok == a && !m.common && !cited.Overlaps(Span{Start: toks[a].Start, End: toks[b-1].End}) {
			if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" {
				return d
			}
		}
	}
	return ""
}

// apposedAgentNamed reports whether the sentence names entity d as the
// agent of a participle set off by commas that the figure at token i is
// outside of.
func (x *extractor) apposedAgentNamed(s *sentence, p *parsed, d string, i int) bool {
	for _, m := range s.mentions {
		if x.reg.display(m.key) == d && p.apposedAgent(m.tok, m.end, i) {
			return true
		}
	}
	return false
}

// gappedName returns the name that opens a clause whose verb is left out
// before the figure at token at, after "et", "and" or a comma that follow an
// earlier figure («… de 14,6 % et BNP Paribas de 11,5 %», "… 3% and Blorp
// 2%"); a == b when none.
func (p *parsed) gappedName(nums []quantity.NumberExpr, at int) (int, int) {
	toks := p.toks
	j := at - 1
	if j >= 0 && lexis.InSet(toks[j].Fold, "de", "d'", "by") {
		j--
	}
	a, b, ok := p.nameAt(j)
	if !ok || b != j+1 || a < 2 {
		return 0, 0
	}
	c := a - 1
	if lexis.InSet(toks[c].Fold, "le", "la", "les", "l'", "the") && c >= 2 {
		c-- // «… de 4 % et les Amériques de 2 %», "… 4% and the Americas 2%"
	}
	if !lexis.InSet(toks[c].Fold, "et", "and") && toks[c].Text != "," {
		return 0, 0
	}
	// The earlier figure ends the clause the name's is coordinated with.
	k := c - 1
	for k >= 0 && (lexis.InSet(toks[k].Text, "%", "points", "point") || p.inDate(k) || p.tags[k] == syntax.ADP && p.inDate(k+1)) {
		k--
	}
	if k < 0 || !slices.ContainsFunc(nums, func(m quantity.NumberExpr) bool { return m.TokEnd > k && m.TokStart <= k }) {
		return 0, 0
	}
	return a, b
}

// objectOf reports whether the name at token a follows a determiner right
// after a verb: the verb's object ("makes the Alpenkern brand").
func (p *parsed) objectOf(a int) bool {
	return a >= 2 && p.tags[a-1] == syntax.DET && isVerb(p.tags[a-2])
}

// marketAfterBank reports whether the clause of verb v has a common noun
// for its subject, one a central bank does not own, after a claim about
// that bank (subject): "The Bank of England raised rates. Two-year gilt
// yields dropped 12 basis points" are the market's.
func (p *parsed) marketAfterBank(v int, subject string) bool {
	if v < 0 || !centralBankName(subject) {
		return false
	}
	a, b, how := p.subjectBefore(v, p.clauseStart(v))
	return how == fromTopic && b > a && !ownedMeasures[p.toks[b-1].Fold]
}

// frenchReviseVerbs move a forecast to a new figure: «a relevé son
// objectif de cours à 142 euros», «a abaissé sa prévision à…».
var frenchReviseVerbs = lexis.SetOf("releve", "relevent", "abaisse", "abaissent", "reduit", "reduisent", "revu", "revise", "rehausse", "remonte", "ramene",
	"augmente", "baisse", "coupe", "taille", "porte")

// reviseVerbs move a forecast to a new figure: "cut his forecast to",
// "raised its target to", "revised its estimate to".
var reviseVerbs = lexis.SetOf("lifted", "lifts", "revised", "revises", "upgraded", "upgrades", "downgraded", "downgrades", "hiked", "hikes",
	"kept", "keeps", "maintained", "maintains", "reiterated", "reiterates", "set", "sets")

// revisedForecast reads a figure a verb moves someone's forecast to:
// "who cut his full-year delivery forecast to 1.45 million vehicles", "cut
// her Brent forecast for 2026 to $68", "raised its price target on Voltara
// to $180". The figure is not the forecaster's: it is that of the thing
// forecast, a name the forecast's phrase holds (before the noun or after
// "for", "on"), else the article's organisation when the forecaster is
// another. It returns the thing and the forecast's phrase ("price
// target"); ok is false when the figure is no such forecast or no thing is
// found.
func (x *extractor) revisedForecast(s *sentence, p *parsed, r clauseReading, forecaster string) (thing, phrase string, ok bool) {
	toks, v := p.toks, r.verb
	fr := p.lang == "fr"
	if v < 0 || v+2 >= r.at || !(!fr && (ownedMoveVerbs[toks[v].Fold] || reviseVerbs[toks[v].Fold]) || fr && frenchReviseVerbs[toks[v].Fold]) ||
		!(!fr && lexis.InSet(toks[r.at-1].Fold, "to", "at") || fr && toks[r.at-1].Text == "à") ||
		!lexis.InSet(toks[v+1].Fold, "its", "his", "her", "their", "our", "son", "sa", "ses", "leur", "leurs") {
		return "", "", false
	}
	head := -1
	for k := v + 2; k < r.at-1 && k <= v+11; k++ {
		if forecastNouns[toks[k].Fold] {
			head = k
			break
		}
		if toks[k].Kind != lexis.Word && toks[k].Text != "-" && !(toks[k].Kind == lexis.Number && (p.inDate(k) || yearNumber(toks[k]))) || isVerb(p.tags[k]) {
			return "", "", false // (but "its full-year 2026 earnings-per-share estimate")
		}
	}
	if head < 0 {
		return "", "", false
	}
	if head+1 < r.at-1 && !lexis.InSet(toks[head+1].Fold, "for", "on", "de", "d'", "du", "des", "sur", "pour") {
		return "", "", false // ("cut its forecast, citing…")
	}
	for k := head + 1; k < r.at-1; k++ {
		if toks[k].Kind == lexis.Punct && toks[k].Text != "-" || isVerb(p.tags[k]) && !p.inDate(k) {
			return "", "", false
		}
	}
	for _, m := range s.mentions {
		if m.tok > v+1 && m.end <= r.at-1 && !p.inDate(m.tok) && x.reg.kindOf(&m) != KindPerson {
			thing = x.reg.display(m.key)
			break
		}
	}
	if f := nameKey(x.reg.display(x.focus)); thing == "" && x.focus != "" && x.reg.kind(x.focus) == KindOrg && f != nameKey(forecaster) &&
		!strings.Contains(" "+nameKey(forecaster)+" ", " "+f+" ") && !strings.Contains(" "+f+" ", " "+nameKey(forecaster)+" ") && r.how != fromAnaphor && r.how != fromGroup {
		// (not "Cour" for "la Cour des comptes", nor the thing a body's
		// own estimate is of: «Le syndicat, qui avait révisé son
		// estimation à 231 millions d'euros»)
		thing = x.reg.display(x.focus)
		if statisticsName(thing) || publicBodyName(thing) || x.focusIsStatistics() {
			// "raised her forecast for full-year 2026 growth to 2.2%" in
			// a story on the statistics office's figures: the country's.
			thing = x.mainCountry
		}
	}
	if thing == "" || nameKey(thing) == nameKey(forecaster) {
		return "", "", false
	}
	var words []string
	last := head
	if fr {
		for last+2 < r.at-1 && lexis.InSet(toks[last+1].Fold, "de", "d'") && toks[last+2].Kind == lexis.Word && !toks[last+2].Upper() {
			last += 2 // «objectif de cours», «prévision de chiffre d'affaires»
			for last+1 < r.at-1 && toks[last+1].Kind == lexis.Word && !toks[last+1].Upper() && !lexis.InSet(toks[last+1].Fold, "de", "d'", "du", "des", "sur", "pour") {
				last++
			}
		}
	}
	for k := v + 2; k <= last; k++ {
		if !toks[k].Upper() && toks[k].Kind != lexis.Number {
			words = append(words, toks[k].Text)
		}
	}
	return thing, strings.Join(words, " "), true
}

// reportedDoers returns the first and head tokens of a bare plural noun
// phrase that opens the clause speech verb k reports and is the subject of
// verb v ("said factories had cut", "said that local farmers have lost"):
// who did what the figure counts; -1, -1 when the clause opens otherwise
// (a name, a pronoun, a determiner: "said it had cut", "said the
// company's sales").
func (p *parsed) reportedDoers(k, v int) (int, int) {
	toks, tags := p.toks, p.tags
	f := k + 1
	if lexis.InSet(lexis.FoldAt(toks, f), "that", "que", "qu'") {
		f++
	}
	h := -1
	for j := f; j < v; j++ {
		switch {
		case h < 0 && (tags[j] == syntax.ADJ || tags[j] == syntax.NOUN) && !toks[j].Upper() && toks[j].Kind == lexis.Word:
			if tags[j] == syntax.NOUN {
				if j+1 < v && tags[j+1] == syntax.NOUN {
					continue // "car makers": the compound's last noun heads it
				}
				h = j
			}
		case h >= 0 && (tags[j] == syntax.AUX || tags[j] == syntax.ADV || lexis.InSet(toks[j].Fold, "had", "has", "have", "would", "will", "could")):
		default:
			return -1, -1
		}
	}
	if h < 0 || !strings.HasSuffix(toks[h].Fold, "s") || p.lang != "en" {
		return -1, -1
	}
	return f, h
}

// colonClauseSubject returns the subject of the clause a colon right
// before token pos ends («Le vélo cargo a fait exception : ses ventes…»),
// a name or a noun phrase, and how it was read; "" when no colon stands
// there or the clause names none.
func (x *extractor) colonClauseSubject(s *sentence, p *parsed, pos int, cited Span) (string, string) {
	if pos < 2 || p.toks[pos-1].Text != ":" {
		return "", ""
	}
	for v := pos - 2; v > 0; v-- {
		if !isVerb(p.tags[v]) || p.participle(v) && !isVerb(p.tags[v-1]) && p.tags[v-1] != syntax.AUX {
			continue // (not «a connu une évolution contrastée :», the adjective a participle makes)
		}
		a, b, how := p.subjectBefore(v, 0)
		switch how {
		case fromClause, fromName:
			if d, _ := x.entityOf(s, p, a, b, how, cited); d != "" {
				return d, fromOwner
			}
		case fromTopic:
			if d, h := x.entityOf(s, p, a, b, how, cited); d != "" && (h == fromAnaphor || h == fromObject) {
				return d, fromAnaphor // («La station, qui…, vit depuis le … : sa fréquentation»: the resort the noun stands for)
			}
			if phrase := p.nounPhrase(x.art.Text, b-1, v); phrase != "" {
				return phrase, fromPhrase
			}
		}
		return "", ""
	}
	return "", ""
}

// watchedBefore returns the organisation the sentence opens on when the
// pronoun "it" at token a opens the clause a research firm's estimate
// reports ("Netflix … stopped reporting subscriber numbers, but research
// firm Ampere Analysis estimates it had about 325 million paying
// members"): the firm watches another, whose figure it estimates; ""
// otherwise (subj, the pronoun's reading, stands).
func (x *extractor) watchedBefore(s *sentence, p *parsed, a int, subj string) string {
	toks := p.toks
	if p.lang != "en" || a < 3 || !lexis.InSet(toks[a].Fold, "it", "they") || !lexis.IsSpeechVerb(toks, a-1) && !lexis.InSet(toks[a-1].Fold, "estimates", "estimated", "reckons", "calculates") {
		return ""
	}
	firm := false // the speaker named as a research or data firm, an analyst
	for j := a - 2; j >= 0 && a-j <= 8 && toks[j].Text != ","; j-- {
		firm = firm || lexis.InSet(toks[j].Fold, "firm", "researcher", "consultancy", "analyst", "analysts", "tracker", "provider")
	}
	if !firm {
		return ""
	}
	for _, m := range s.mentions {
		if m.tok <= 1 && !m.common && x.reg.kindOf(&m) == KindOrg {
			if d := x.reg.display(m.key); nameKey(d) != nameKey(subj) {
				return d
			}
		}
	}
	return ""
}

// booksOfFocus reports whether the subject of the verb at token v is a
// bare measure of a company's books ("Total revenue in China rose 4%",
// «Le chiffre d'affaires en France a reculé») in an article about a
// company: the company's, in the place its phrase names (not "Car sales in
// France fell": a market's, which a noun before the measure names).
func (x *extractor) booksOfFocus(p *parsed, v int) bool {
	st := p.clauseStart(v)
	return x.booksPhrase(p, st, p.subjectHead(v, st))
}

// booksPhrase reports whether the noun at head, in a phrase that opens at
// st, is a bare measure of a company's books in an article about a company
// (see booksOfFocus).
func (x *extractor) booksPhrase(p *parsed, st, head int) bool {
	if x.focus == "" || x.reg.kind(x.focus) != KindOrg || publicBodyName(x.reg.display(x.focus)) || head < st || head >= len(p.toks) ||
		!booksNouns[p.toks[head].Fold] && !lexis.InSet(p.toks[head].Fold, "sales", "ventes", "chiffre", "benefice", "resultat") ||
		lexis.InSet(lexis.FoldAt(p.toks, head+1), "of", "de", "des", "du") {
		// (not "sales of new-energy vehicles in China": a market's)
		return false
	}
	for k := st; k < head; k++ {
		if p.tags[k] != syntax.DET && p.tags[k] != syntax.ADJ && !ownerScopeWords[p.toks[k].Fold] {
			return false
		}
	}
	return true
}

// appositionOpen returns the comma that opens a noun apposition closed by
// the comma at token k ("The floods, the worst since Cyclone Idai in
// 2019, displaced"): an article or a determiner after it and no verb up
// to k; -1 when none.
func (p *parsed) appositionOpen(k int) int {
	toks := p.toks
	if k < 2 || k >= len(toks) || toks[k].Text != "," {
		return -1
	}
	for j := k - 1; j > 0 && k-j <= 16; j-- {
		switch {
		case toks[j].Text == ",":
			if lexis.InSet(lexis.FoldAt(toks, j+1), "the", "a", "an", "le", "la", "l'", "les", "un", "une") && j+1 < k-1 {
				return j
			}
			return -1
		case isVerb(p.tags[j]) || toks[j].Kind == lexis.Punct && toks[j].Text != "-" && toks[j].Text != "'":
			return -1
		}
	}
	return -1
}

// yearNumber reports whether number token t is written as a year of the
// last or this century ("its full-year 2026 estimate").
func yearNumber(t lexis.Token) bool {
	return len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20"))
}
