package model

import (
	"strings"

	"github.com/claimline/claimline/model/syntax"
)

// This file reads a figure or an event from its clause, over the parts of
// speech of the sentence: the noun the figure counts, the verb that governs
// it, and the clause's subject, which is who the claim is about.

// Subject sources, from the surest to the least sure.
const (
	fromClause  = "the subject of its clause"
	fromAgent   = "the agent after its verb"
	fromPronoun = "a pronoun for the entity named before"
	fromAnaphor = "a noun phrase for the entity named before"
	fromOwner   = "the owner of the clause's subject"
	fromPassage = "the entity its passage names"
	fromContext = "the subject of the claim just before"
	fromName    = "the name its clause's subject holds"
	fromTopic   = "the article's main organisation, whose figure its clause's subject names"
	fromGroup   = "the group or body its clause's subject names"
	// fromPassageAmbiguous is fromPassage when the passage names several
	// entities: the claim is unsure.
	fromPassageAmbiguous = "one of the entities its passage names (its clause names none)"
)

// subjectConfidence is how sure each way of finding a subject is.
var subjectConfidence = map[string]float64{
	fromClause: 0.95, fromAgent: 0.9, fromPronoun: 0.8, fromAnaphor: 0.8, fromOwner: 0.85, fromPassage: 0.6, fromContext: 0.5, fromName: 0.9, fromTopic: 0.55, fromGroup: 0.85, fromPassageAmbiguous: 0.35,
}

// parsed is a sentence's tokens with their parts of speech, and which of
// them the article's names cover (a name the set knows stays a name when the
// tagger reads it as a common noun, as at the start of a sentence).
type parsed struct {
	lang string
	toks []Token
	// dates are the passage's date expressions.
	dates []DateExpr
	tags  []syntax.Tag
	named []bool
}

// clauseReading is what a clause says of one figure.
type clauseReading struct {
	// noun is the token of the noun the figure counts, -1 when none.
	noun int
	// verb is the token of the verb that governs the figure, -1 when none.
	verb int
	// at is the figure's first token (with its currency sign).
	at int
	// subject is the entity the claim is about (a registry key or the words
	// of a name); how says how it was found.
	subject, how string
}

// tagSentence returns the parts of speech of toks, in the workspace's
// buffers (valid until the next call).
//
// Only the first n tokens are tagged (the words a claim of the sentence can
// be read from); the others are X.
func (ws *workspace) tagSentence(lang string, toks []Token, n int) []syntax.Tag {
	n = min(n, len(toks))
	ws.words = ws.words[:0]
	for _, t := range toks[:n] {
		ws.words = append(ws.words, t.Text)
	}
	ws.tags = syntax.Tagger(tagLang(lang)).Tag(ws.words, ws.tags[:0])
	for range toks[n:] {
		ws.tags = append(ws.tags, syntax.X)
	}
	return ws.tags
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
		last = max(last, n.numEnd)
	}
	for _, d := range s.dates {
		for k := last; k < len(s.toks) && s.toks[k].Start < d.Span.End; k++ {
			last = k + 1
		}
	}
	return last + tagWindow
}

// parse tags the sentence's tokens and marks those the set's names cover.
func (x *extractor) parse(s *sentence, ws *workspace) *parsed {
	p := &parsed{lang: x.art.Lang, toks: s.toks, dates: s.dates, tags: ws.tagSentence(x.art.Lang, s.toks, x.wordsToTag(s))}
	ws.named = ws.named[:0]
	for range s.toks {
		ws.named = append(ws.named, false)
	}
	for _, m := range s.mentions {
		// A lone capitalised word opening the sentence is a name only with
		// a cue ("Apple said"), not because the set saw it capitalised.
		if x.reg.kind(m.key) != "" && !m.common {
			for k := m.tok; k < m.end && k < len(ws.named); k++ {
				ws.named[k] = true
			}
		}
	}
	p.named = ws.named
	// A capitalised first word the set does not know as a name ("Revenue
	// grew 14%") is read again in lower case: a capital that only starts
	// the sentence says nothing of the word.
	if t := s.toks; len(t) > 1 && p.tags[0] == syntax.PROPN && t[0].Upper() && !p.named[0] && !isAllCaps(t[0].Text) {
		ws.words[0] = strings.ToLower(t[0].Text)
		ws.retag = syntax.Tagger(tagLang(x.art.Lang)).Tag(ws.words, ws.retag[:0])
		if ws.retag[0] != syntax.PROPN {
			copy(p.tags, ws.retag)
		}
		ws.words[0] = t[0].Text
	}
	return p
}

// isAllCaps reports whether a word is written in capitals only ("PSA",
// "NASA"): an acronym, a name wherever it stands.
func isAllCaps(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
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
	case ";", ":", "«", "»", "“", "”", "\"", "(", ")":
		return true
	}
	if tags[k] == syntax.SCONJ {
		return true
	}
	return inSet(t.Fold, "que", "qu'", "qui", "dont", "that", "which", "who", "whom", "whose", "where", "lorsque", "quand",
		"when", "while", "tandis", "alors", "mais", "but", "because", "car", "parce", "since", "puisque", "although")
}

// commaOpensClause reports whether the comma at k starts the clause of the
// words after it: it does unless it closes an apposition (", le PDG de X,"
// or ", the encrypted app,") with no verb inside.
func (p *parsed) commaOpensClause(k int) bool {
	toks, tags := p.toks, p.tags
	// "Threads, the app Meta launched in July, has", "Qatar Airways, which
	// chose the A350, will": an apposition or a relative clause that
	// follows a name, whatever it holds.
	for j := k - 1; j > 0 && k-j <= 15; j-- {
		if toks[j].Text == "," {
			if (tags[j+1] == syntax.DET || inSet(toks[j+1].Fold, "which", "who", "qui", "dont")) && p.properNoun(j-1) {
				return false
			}
			break
		}
	}
	for j := k - 1; j >= 0 && k-j <= 10; j-- {
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
		if p.clauseBreak(k) {
			return k + 1
		}
		if toks[k].Text == "," {
			if p.commaOpensClause(k) {
				return k + 1
			}
			// Skip the apposition to the comma that opens it.
			for k--; k >= 0 && toks[k].Text != ","; k-- {
			}
			if k < 0 {
				return 0
			}
		}
	}
	return 0
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

// participle reports whether the verb at k modifies the noun before it
// ("la messagerie sécurisée", "the app launched in July").
func (p *parsed) participle(k int) bool {
	tags := p.tags
	return tags[k] == syntax.VERB && k > 0 && (tags[k-1] == syntax.NOUN || tags[k-1] == syntax.ADJ)
}

// isVerb reports whether tag t is a verb or an auxiliary.
func isVerb(t syntax.Tag) bool { return t == syntax.VERB || t == syntax.AUX }

// countedNoun returns the token of the noun a figure counts ("54 000
// personnes", "302 votes", "70 millions d'utilisateurs", "3 billion songs",
// "five new plants"), -1 when none.
func (p *parsed) countedNoun(n NumberExpr) int {
	toks, tags := p.toks, p.tags
	adj := 0
	for k := n.numEnd; k < len(toks) && k < n.numEnd+5; k++ {
		switch {
		case tags[k] == syntax.NOUN:
			if timeUnitNoun(toks[k]) || inSet(toks[k].Fold, "fois", "times") {
				return -1
			}
			// "aerial refueling tankers": an English compound ends on its head.
			for p.lang != "fr" && k+1 < len(toks) && tags[k+1] == syntax.NOUN && toks[k+1].Space {
				k++
			}
			return k
		case tags[k] == syntax.NUM && k+1 < len(toks) && tags[k+1] == syntax.NOUN:
			continue // "five new 737 aircraft": a model's number
		case inSet(toks[k].Fold, "de", "d'", "of", "du", "des") && k == n.numEnd:
			continue
		case tags[k] == syntax.ADJ && adj < 2 || tags[k] == syntax.VERB && strings.HasSuffix(toks[k].Fold, "ed") && k == n.numEnd:
			adj++
			continue
		}
		return -1
	}
	return -1
}

// timeUnitNoun reports whether t is a unit of time: a figure of days or
// years is an age or a duration, not a count.
func timeUnitNoun(t Token) bool {
	return t.lex&lexTimeUnit != 0 || inSet(t.Fold, "ans", "an", "years", "year", "ago")
}

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
	return -1
}

// subjectPronouns stand for the entity named before.
var subjectPronouns = setOf("il", "elle", "ils", "elles", "it", "they", "he", "she", "celle-ci", "celui-ci", "ceux-ci",
	"celles-ci", "cette derniere", "ce dernier", "the latter", "we", "nous")

// nameAt returns the name that ends at token k (going left over proper
// nouns, the numbers and symbols inside names: "le CAC 40", "the S&P 500",
// "Falcon 9") as a token range, ok false when token k ends no name.
func (p *parsed) nameAt(k int) (int, int, bool) {
	toks, tags := p.toks, p.tags
	end := k + 1
	// A number right after a name is part of it ("CAC 40", "Falcon 9").
	if tags[k] == syntax.NUM && k > 0 && p.properNoun(k-1) {
		k--
	}
	if !p.properNoun(k) {
		return 0, 0, false
	}
	start := k
	for start > 0 {
		q := start - 1
		switch {
		case p.properNoun(q):
			start = q
			continue
		case inSet(toks[q].Fold, "and", "et") && q > 0 && p.properNoun(q-1) && p.properNoun(start) && toks[start].Upper():
			// "Northrop Grumman and EADS": a joint subject.
			start = q - 1
			continue
		case inSet(toks[q].Text, "&", "-", "de", "du", "des", "of", "la", "le") && q > 0 && p.properNoun(q-1) &&
			(toks[q].Text == "&" || toks[q].Text == "-" || toks[start].Upper()):
			start = q - 1
			continue
		}
		break
	}
	return start, end, true
}

// properNoun reports whether token k reads as part of a name: a proper noun,
// or a capitalised word the tagger did not know inside a sentence.
func (p *parsed) properNoun(k int) bool {
	toks, tags := p.toks, p.tags
	t := toks[k]
	if t.Kind != Word || t.lex&(lexMonth|lexWeekday) != 0 || timeZones[t.Fold] {
		return false
	}
	if currencyPrefix(toks, k) {
		return false // "US$40 billion", "US $199"
	}
	if tags[k] == syntax.PROPN {
		return t.Upper() || t.Text != t.Fold // "iPhone", "eBay"
	}
	if p.named[k] && (tags[k] == syntax.NOUN || tags[k] == syntax.X || k == 0 && tags[k] == syntax.ADJ) {
		return true // a name the set knows, misread by the tagger
	}
	return t.Upper() && k > 0 && (tags[k] == syntax.NOUN || tags[k] == syntax.X) && isNameToken(t)
}

// timeZones are never a claim's subject.
var timeZones = setOf("utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "hne", "hae", "tu")

// subjectBefore returns the subject of the clause before token v (its
// verb): a name, a subject pronoun, or a noun phrase standing for an entity;
// the token range of the words and how they were read.
func (p *parsed) subjectBefore(v, start int) (int, int, string) {
	toks, tags := p.toks, p.tags
	k := v - 1
	for k >= start && tags[k] == syntax.ADV {
		k--
	}
	inf := v // the infinitive: the verb, or the auxiliary before it
	if k > start && inSet(toks[k].Fold, "avoir", "etre", "have", "be") {
		inf, k = k, k-1 // "d'avoir gagné", "to have won"
	}
	// "X defeated Boeing to win an order", "a décidé de supprimer": an
	// infinitive's subject is its governing verb's.
	if k > start && (toks[k].Fold == "to" || inSet(toks[k].Fold, "de", "d'", "pour", "sans") && strings.HasSuffix(toks[inf].Fold, "r")) {
		for j := k - 1; j >= start; j-- {
			if isVerb(tags[j]) && !p.participle(j) {
				return p.subjectBefore(j, start)
			}
		}
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
	// Skip auxiliaries, adverbs, negations and clitics between the subject
	// and its verb ("a largement gagné", "n'a pas", "has also").
	for k >= start && (tags[k] == syntax.AUX || tags[k] == syntax.ADV || tags[k] == syntax.PART ||
		inSet(toks[k].Fold, "ne", "n'", "se", "s'", "l'", "lui", "leur", "y", "en", "a", "ont", "has", "have", "had")) {
		k--
	}
	// "Signal, the encrypted messaging app, was downloaded": skip the
	// apposition back to its name.
	if k > start && toks[k].Text == "," {
		j := k - 1
		for j > start && toks[j].Text != "," && k-j <= 15 {
			j--
		}
		if j > start && toks[j].Text == "," {
			// "Boeing's European rival, Airbus, is preparing": the name
			// set between commas names the noun phrase before it.
			if a, b, ok := p.nameAt(k - 1); ok && a == j+1 && b == k && p.tags[j-1] == syntax.NOUN {
				return a, b, fromClause
			}
			if p.properNoun(j - 1) {
				k = j - 1
			}
		}
	}
	if k < start {
		return 0, 0, ""
	}
	if subjectPronouns[toks[k].Fold] || anaphors[toks[k].Fold] && tags[k] != syntax.NOUN {
		// "il", "it", "cette dernière", "the latter".
		return k, k + 1, fromPronoun
	}
	if a, b, ok := p.nameAt(k); ok && a >= start {
		return a, b, fromClause
	}
	if k == start && tags[k] == syntax.VERB && !p.named[k] {
		// "Revenue grew 14%": two verbs in a row at the start of a clause;
		// the first is the noun the tagger misread.
		if anaphors[toks[k].Fold] {
			return k, k + 1, fromAnaphor
		}
		return k, k + 1, fromTopic
	}
	// A noun phrase: "l'application", "the company", "les salariés d'Opel",
	// "Apple's shares", "le taux de chômage".
	head := p.headEndingAt(k, start)
	if head < 0 {
		return 0, 0, ""
	}
	if anaphors[toks[head].Fold] {
		return head, head + 1, fromAnaphor
	}
	// "Pôle emploi recensait": a name that opens the noun phrase.
	for j := head - 1; j >= start && head-j <= 3; j-- {
		if p.properNoun(j) && j+1 == head && toks[j].Upper() {
			return j, head + 1, fromName
		}
		if tags[j] == syntax.DET {
			break
		}
	}
	// The owner of the head: "d'Opel", "of Apple", "Apple's".
	for j := head + 1; j <= k; j++ {
		if inSet(toks[j].Fold, "de", "d'", "du", "of") && j+1 <= k {
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
	if groupNouns[toks[head].Fold] {
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

// groupNouns name a body or a group of people that can be a claim's
// subject without a proper name.
var groupNouns = setOf("gouvernement", "government", "entreprises", "companies", "firms", "menages", "households",
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
	"majority", "gauche", "droite", "famille", "family", "victimes", "victims", "passagers", "passengers",
	"agriculteurs", "farmers", "enseignants", "teachers", "fonctionnaires", "officials", "responsables",
	"dirigeants", "leaders", "ministres", "ministers", "pays", "countries", "etats", "states", "villes", "cities",
	"communes", "municipalities", "region", "regions", "coalition", "alliance", "equipe", "team", "club")

// headEndingAt returns the head noun of the noun phrase that ends at token
// k (its first noun: "taux" in "le taux de chômage"), -1 when none.
func (p *parsed) headEndingAt(k, start int) int {
	tags := p.tags
	head := -1
	for j := k; j >= start && k-j < 8; j-- {
		if tags[j] == syntax.NOUN {
			head = j
		}
		if tags[j] == syntax.DET || p.clauseBreak(j) || isVerb(tags[j]) && !p.participle(j) {
			break
		}
	}
	return head
}

// subjectHead returns the head noun of the clause's subject before verb v
// when it is a common noun phrase ("les impôts augmenteront", "Revenue
// grew", "les salariés d'Opel"), -1 otherwise.
func (p *parsed) subjectHead(v, start int) int {
	k := v - 1
	for k >= start && (p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV || p.tags[k] == syntax.PART) {
		k--
	}
	if k < start {
		return -1
	}
	if k == start && p.tags[k] == syntax.VERB && !p.named[k] {
		return k // "Revenue grew" misread
	}
	if p.toks[k].Text == "," {
		return -1 // "Reality Labs, the division…, lost": a name's figure
	}
	h := p.headEndingAt(k, start)
	if h >= 0 && anaphors[p.toks[h].Fold] {
		return -1
	}
	return h
}

// quantityNouns name an amount of something else: the measure is the noun
// after them ("le nombre d'emplois", "the number of passengers").
var quantityNouns = setOf("nombre", "number", "total", "montant", "amount", "niveau", "level", "volume", "chiffre", "part",
	"share", "proportion", "taux", "rate", "somme", "sum", "quantite", "quantity")

// measureAt returns the measure a noun at token h names, by its lemma, with
// its complement after a word of quantity ("nombre d'emplois" → "emploi").
func (p *parsed) measureAt(h int, lang string) string {
	toks := p.toks
	m := lemma(toks[h].Fold, lang)
	// "personnes évacuées", "emplois supprimés", "jobs cut": the participle
	// after the noun says what happened to what is counted.
	if k := h + 1; k < len(toks) && p.tags[k] == syntax.VERB && toks[k].Kind == Word {
		return m + " " + toks[k].Fold
	}
	if quantityNouns[toks[h].Fold] {
		for k := h + 1; k < len(toks) && k <= h+3; k++ {
			if p.tags[k] == syntax.NOUN {
				return m + " " + lemma(toks[k].Fold, lang)
			}
			if !inSet(toks[k].Fold, "de", "d'", "of", "des", "du", "the") && p.tags[k] != syntax.ADJ {
				break
			}
		}
	}
	return m
}

// antecedent returns the name a relative clause starting at token start
// refers to ("WhatsApp, which…", "Opel, qui…").
func (p *parsed) antecedent(start int) (int, int, string) {
	k := start - 1
	if k < 0 || !inSet(p.toks[k].Fold, "which", "who", "qui", "that") {
		return 0, 0, ""
	}
	k--
	if k >= 0 && p.toks[k].Text == "," {
		k--
	}
	if k < 0 {
		return 0, 0, ""
	}
	if a, b, ok := p.nameAt(k); ok {
		return a, b, fromClause
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

// agentAfter returns the entity after verb v in its clause: the agent of a
// passive ("employed by Opel", "utilisés par"), or the object when the
// figure is the verb's subject ("25 millions d'utilisateurs utilisent
// Ubuntu").
func (p *parsed) agentAfter(v int) (int, int, bool) {
	tags := p.tags
	end := p.clauseEnd(v)
	for k := v + 1; k < end && k <= v+6; k++ {
		if p.properNoun(k) {
			b := k + 1
			for b < end && (p.properNoun(b) || tags[b] == syntax.NUM && b == k+1) {
				b++
			}
			return k, b, true
		}
		if tags[k] == syntax.NUM || isVerb(tags[k]) && k > v+1 && !p.participle(k) {
			break
		}
	}
	return 0, 0, false
}

// readFigure reads the claim of the figure n from its clause: what it
// counts, its verb, and who it is about (cited is the span of a source named
// for it, "selon Sensor Tower", never its subject).
func (x *extractor) readFigure(s *sentence, p *parsed, n NumberExpr, cited Span) clauseReading {
	toks := s.toks
	r := clauseReading{noun: p.countedNoun(n), verb: p.governingVerb(n.numStart, n.numEnd), at: n.numStart}
	if k := tokenAt(toks, n.Span.Start); k >= 0 && k < r.at {
		r.at = k // "more than $46 billion": the qualifier too
	}
	for r.at > 0 && (inSet(toks[r.at-1].Text, "$", "€", "£", "US$") || qualifierWords[toks[r.at-1].Fold] || currencyPrefix(toks, r.at-1)) {
		r.at--
	}
	if r.verb < 0 {
		// A clause without a verb ("…, avec plus de 200 millions
		// d'utilisateurs") completes the clause before it.
		for k := n.numStart - 1; k >= 0 && r.verb < 0; k-- {
			if isVerb(p.tags[k]) && !p.participle(k) {
				r.verb = k
			}
		}
	}
	if r.verb >= 0 {
		var a, b int
		var how string
		if r.verb < n.numStart {
			start := p.clauseStart(r.verb)
			a, b, how = p.subjectBefore(r.verb, start)
			if how == "" {
				// "WhatsApp, which was bought…": the relative pronoun's
				// antecedent.
				a, b, how = p.antecedent(start)
			}
			if how == "" {
				// A passive: "54,000 people were laid off by Opel".
				var ok bool
				if a, b, ok = p.agentAfter(max(r.verb, n.numEnd-1)); ok && inSet(fold(toks, a-1), "by", "par") {
					how = fromAgent
				}
			}
		} else if a2, b2, ok := p.agentAfter(r.verb); ok {
			a, b, how = a2, b2, fromAgent
		}
		if how != "" {
			r.subject, r.how = x.entityOf(s, p, a, b, how, cited)
		}
	}
	if r.subject == "" && r.verb >= 0 && r.verb < n.numStart && p.existential(r.verb) {
		// "There are 500 Apple engineers", "il y a 8 000 podcasts d'Apple":
		// a name inside what is counted.
		for k := n.numEnd; k < len(toks) && k <= n.numEnd+6 && !p.clauseBreak(k) && toks[k].Text != ","; k++ {
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
		r.subject, r.how = x.passageEntity(s, p, n.numStart, cited)
	}
	if r.subject == "" && x.lastSubject != "" && x.sentIndex-x.lastSubjectAt <= 2 {
		// "Avec 70 millions de nouveaux utilisateurs, les deux chiffres…":
		// a passage that names nobody goes on about the subject before.
		r.subject, r.how = x.lastSubject, fromContext
	}

	return r
}

// entityOf returns the entity tokens [a, b) name, read as how says: a
// pronoun or an anaphor stands for the entity the article last made a
// subject; a name is looked up among the article's mentions.
func (x *extractor) entityOf(s *sentence, p *parsed, a, b int, how string, cited Span) (string, string) {
	toks := s.toks
	if how == fromGroup {
		if name := strings.TrimSpace(x.art.Text[toks[a].Start:toks[b-1].End]); name != "" {
			return name, how
		}
		return "", ""
	}
	if how == fromTopic && a > 0 && inSet(toks[a-1].Fold, "the", "le", "la", "l'", "les", "this", "ce", "cette") {
		// "the store" after "the iTunes Store", "le réseau" after "le
		// réseau Minitel": the name the article gave it.
		if d := x.namedWith(s, toks[a].Fold); d != "" {
			return d, fromAnaphor
		}
	}
	if how == fromTopic {
		if x.focus != "" && x.reg.kind(x.focus) == KindOrg && !x.namesOtherEntity(s, cited) {
			return x.reg.display(x.focus), how
		}
		return "", ""
	}
	if how == fromAnaphor && x.focus != "" {
		// "l'application", "the company": the article's main organisation.
		return x.reg.display(x.focus), how
	}
	if how == fromPronoun && inSet(toks[a].Fold, "we", "nous") {
		// "We passed 2 billion downloads," said the head of Zoomly: the
		// organisation the passage names.
		for _, m := range s.mentions {
			if x.reg.kind(m.key) == KindOrg && !cited.Overlaps(Span{toks[m.tok].Start, toks[m.end-1].End}) {
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
		for v := a - 1; v >= 0; v-- {
			if isVerb(p.tags[v]) && !p.participle(v) {
				if a2, b2, how2 := p.subjectBefore(v, p.clauseStart(v)); how2 == fromClause || how2 == fromOwner {
					if d, _ := x.entityOf(s, p, a2, b2, how2, cited); d != "" {
						return d, how
					}
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
			if m.end > a || m.common || cited.Overlaps(Span{toks[m.tok].Start, toks[m.end-1].End}) {
				continue
			}
			if kind := x.reg.kind(m.key); kind == KindOrg || kind == KindPerson {
				if d := x.reg.display(m.key); entityName(d) {
					return d, how
				}
			}
		}
		switch {
		case x.lastSubject != "":
			return x.lastSubject, how
		case x.lastOrg != "":
			return x.reg.display(x.lastOrg), how
		case x.focus != "":
			return x.reg.display(x.focus), how
		}
		return "", ""
	}
	span := Span{toks[a].Start, toks[b-1].End}
	if cited.Overlaps(span) || overlapsAny(span, s.dates) {
		return "", ""
	}
	for k := a; k < b; k++ {
		if inSet(toks[k].Fold, "and", "et") {
			// "Northrop Grumman and EADS": a joint subject, as written.
			if name := strings.TrimSpace(x.art.Text[span.Start:span.End]); entityName(name) {
				return name, how
			}
		}
	}
	// The set's name for the words: of the names they hold, the one the
	// set names most ("Zoom" in "Zoom Video Communications").
	best, bestW := "", -1.0
	for _, m := range s.mentions {
		if m.tok < b && a < m.end {
			d := x.reg.display(m.key)
			if x.reg.kind(m.key) == KindPerson && m.end-m.tok > 1 {
				// "Zoom Video Communications said": a company the set
				// names by its first word, not a person.
				if k := x.ws.nameKey(toks[m.tok].Text); x.reg.kind(k) == KindOrg {
					d = x.reg.display(k)
				}
			}
			if d != "" && entityName(d) && x.reg.weight(m.key) > bestW {
				best, bestW = d, x.reg.weight(m.key)
			}
		}
	}
	if best != "" && how != fromName {
		return best, how
	}
	name := strings.TrimSpace(x.art.Text[span.Start:span.End])
	if !entityName(name) {
		return "", ""
	}
	return name, how
}

// passageEntity returns the entity the passage names nearest before token i
// (else after it), not a cited source nor a date: the claim's subject when
// its clause names none.
func (x *extractor) passageEntity(s *sentence, p *parsed, i int, cited Span) (string, string) {
	best, bestDist := "", 1<<30
	after := false // the nearest name follows the figure
	names := 0     // how many different entities the passage names
	for _, m := range s.mentions {
		span := Span{s.toks[m.tok].Start, s.toks[m.end-1].End}
		if cited.Overlaps(span) || m.common || m.initial && m.end-m.tok == 1 && !m.orgCue && !p.named[m.tok] || x.quotedApart(span, s.toks[i].Start) ||
			currencyPrefix(s.toks, m.end-1) || m.initial && m.end-m.tok == 1 && p.tags[m.tok] != syntax.PROPN && !p.named[m.tok] {
			continue
		}
		d := x.reg.display(m.key)
		if d == "" || !entityName(d) {
			continue
		}
		if d != best {
			names++
		}
		dist := i - m.end
		if dist < 0 {
			dist = 2*(m.tok-i) + 4 // names after the figure count less
		}
		if dist < bestDist {
			best, bestDist, after = d, dist, m.tok > i
		}
	}
	switch {
	case best == "":
		return "", ""
	case names > 1 || after:
		// Several entities and no clause to choose between them.
		return best, fromPassageAmbiguous
	}
	return best, fromPassage
}

// entityName reports whether a subject's words can name an entity: not a
// function word, a month, a weekday, a time zone or a unit alone.
func entityName(name string) bool {
	f := strings.Fields(Fold(name))
	if len(f) == 0 {
		return false
	}
	if len(f) == 1 && (strings.HasSuffix(name, "é") || strings.HasSuffix(name, "ée") || strings.HasSuffix(name, "és") || strings.HasSuffix(name, "ées")) {
		return false // "Créé il y a 30 ans", "Arrivé en tête": a participle opening its sentence
	}
	if len(f) == 1 {
		w := f[0]
		l := lexicon().get(w)
		if l&(lexMonth|lexWeekday|lexTimeUnit|lexNotName) != 0 || timeZones[w] || unitNames[w] || measureUnits[w] != "" || len(w) < 2 {
			return false
		}
	}
	return true
}

// unitNames are units of measure, never a subject.
var unitNames = setOf("km", "kg", "mm", "cm", "m", "ha", "celsius", "fahrenheit", "degres", "degrees", "euros", "dollars",
	"livres", "pounds", "tonnes", "tons", "gev", "mev", "tev", "kwh", "mw", "gw", "km/h", "mph", "noeuds", "knots")

// lemma returns the dictionary form of a folded noun, enough to group a
// measure's singular and plural ("emplois" → "emploi", "votes" → "vote",
// "chevaux" → "cheval", "companies" → "company").
func lemma(w, lang string) string {
	switch {
	case len(w) <= 3:
		return w
	case lang == "fr" && (strings.HasSuffix(w, "eaux") || strings.HasSuffix(w, "eux") || strings.HasSuffix(w, "oux")):
		return w[:len(w)-1] // "drapeaux", "jeux", "bijoux"
	case lang == "fr" && strings.HasSuffix(w, "aux") && len(w) > 5:
		return w[:len(w)-3] + "al"
	case lang != "fr" && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case lang != "fr" && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches")):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// nameNumber reports whether figure n is part of a name: a number right
// after a proper noun with no noun or unit of its own ("le CAC 40", "the
// S&P 500", "Falcon 9", "Boeing 737").
func (p *parsed) nameNumber(n NumberExpr) bool {
	toks, tags := p.toks, p.tags
	if n.Scaled || n.Unit != "" || n.Ordinal || n.numEnd-n.numStart != 1 || n.Qualifier != "" {
		return false
	}
	// "737-800", "A330-200": a model number.
	if e := n.numEnd; e+1 < len(toks) && toks[e].Text == "-" && !toks[e].Space && toks[e+1].Kind == Number && !toks[e+1].Space {
		return true
	}
	if s := n.numStart; s >= 2 && toks[s-1].Text == "-" && !toks[s].Space && !toks[s-1].Space {
		return true
	}
	// "6 rue de la Paix", "10 Downing Street": an address.
	if e := n.numEnd; e < len(toks) && streetWords[toks[e].Fold] || e+1 < len(toks) && streetWords[toks[e+1].Fold] && p.properNoun(e) {
		return true
	}
	// "five new 737 aircraft": a number after a count is a model's.
	for k := n.numStart - 1; k >= 0 && k >= n.numStart-2; k-- {
		if tags[k] == syntax.NUM {
			return true
		}
		if tags[k] != syntax.ADJ {
			break
		}
	}
	k := n.numStart - 1
	return k >= 0 && p.properNoun(k) && !inSet(toks[k].Fold, "de", "of")
}

// smallCount reports whether a count with no scale or unit is a claim: its
// clause has a verb and an entity subject of its own, and no determiner
// makes the number part of a noun phrase ("les deux pays", "its three
// founders"); ages and durations never are.
func (p *parsed) smallCount(n NumberExpr, r clauseReading) bool {
	toks, tags := p.toks, p.tags
	if n.Ordinal || n.Value < 2 || r.verb < 0 || r.how == "" || r.how == fromPassage {
		return false
	}
	if k := n.numStart - 1; k >= 0 && (tags[k] == syntax.DET && !inSet(toks[k].Fold, "some") || tags[k] == syntax.PRON ||
		inSet(toks[k].Fold, "des", "du", "aux", "les", "ses", "leurs", "their", "its", "the", "these", "those", "ces")) {
		return false // "les deux pays", "des deux moteurs", "its three founders"
	}
	if r.how == fromAnaphor || r.how == fromOwner || designVerbs[toks[r.verb].Fold] {
		return false // "It comes in two colors": a design, not news
	}
	return !timeUnitNoun(toks[r.noun])
}

// readMeasure sets what the claim's figure measures: the lemma of the noun
// it counts, else the noun phrase or verb its clause gives, with the unit.
func (x *extractor) readMeasure(c *Claim, p *parsed, r clauseReading) {
	toks := p.toks
	lang := x.art.Lang
	switch c.Metric {
	case MetricNewUsers, MetricActiveUsers, MetricDownloads, MetricRank:
		c.Measure = strings.ReplaceAll(string(c.Metric), "_", " ")
		c.Reasons = append(c.Reasons, "measure: "+c.Measure+", from the words around the figure")
		return
	}
	unit := strings.TrimLeft(c.Unit, "+−")
	if w := strings.Fields(Fold(c.What)); len(w) == 1 && currencyPrefixes[w[0]] {
		c.What = "" // "US$40 billion"
	}
	if r.noun >= 0 && measureUnits[toks[r.noun].Fold] != "" {
		// "521 kg de matériel", "0.68 in thick", "weighs 3 lbs": a unit,
		// and what it measures.
		u := toks[r.noun]
		if unit == "" {
			unit = measureUnits[u.Fold]
		}
		r.noun = p.measuredBy(r.noun, r.verb)
	}
	if r.noun >= 0 && currencyWords[toks[r.noun].Fold] {
		// "9.9 billion yuan": the currency, not what is counted.
		if unit == "" {
			unit = toks[r.noun].Text
		}
		cur := r.noun
		r.noun = -1
		if cur+1 < len(toks) && p.tags[cur+1] == syntax.NOUN {
			r.noun = cur + 1 // "$23 billion dollar deal"
		}
	}
	head := -1
	if r.verb >= 0 && r.verb < r.at {
		head = p.subjectHead(r.verb, p.clauseStart(r.verb))
	}
	of := -1 // "record profits of $269m", "un chiffre d'affaires de 25 milliards", "its losses to $46 billion"
	if k := r.at - 1; k >= 1 && inSet(toks[k].Fold, "of", "de", "d'", "du", "to", "a") {
		for j := k - 1; j >= 0 && k-j <= 3; j-- {
			if p.tags[j] == syntax.NOUN {
				of = j
				break
			}
			if p.tags[j] != syntax.ADJ {
				break
			}
		}
	}
	money := unit != "" && unit != "%"
	priceWord := ""
	if money && r.verb >= 0 {
		priceWord = moneyVerbs[toks[r.verb].Fold]
	}
	if money && priceWord == "" && r.at > 0 {
		priceWord = moneyVerbs[toks[r.at-1].Fold]
	}
	if priceWord != "" && lang == "fr" {
		priceWord = map[string]string{"price": "prix", "value": "valeur", "total": "total", "perte": "perte", "loss": "perte"}[priceWord]
	}
	switch {
	case r.noun >= 0:
		c.Measure = p.measureAt(r.noun, lang)
		c.Reasons = append(c.Reasons, "measure: the noun the figure counts, «"+toks[r.noun].Text+"»")
	case head >= 0 && r.how != fromGroup:
		// "les impôts augmenteront de 7,2 milliards", "Revenue grew 14%"
		// (not "le gouvernement prévoit 1,7 %": the body is the subject).
		c.Measure = p.measureAt(head, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text)
		c.Reasons = append(c.Reasons, "measure: the subject of its clause, «"+toks[head].Text+"»")
	case of >= 0 && !anaphors[toks[of].Fold]:
		c.Measure = p.measureAt(of, lang)
		c.What = p.phraseText(x.art.Text, of)
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"»")
	case priceWord != "":
		// "worth $15 billion", "retailing for $199", "costs €2".
		c.Measure = priceWord
		c.Reasons = append(c.Reasons, "measure: a "+priceWord+", from «"+toks[max(r.verb, 0)].Text+"»")
	case c.What != "" && strings.HasSuffix(c.What, " growth") && direction(toks, r.at) != "":
		// What the words around the figure name ("its losses", "monthly
		// active users growth").
		w := strings.Fields(Fold(c.What))
		c.Measure = lemma(w[len(w)-1], lang)
		c.Reasons = append(c.Reasons, "measure: «"+c.What+"», named by its clause")
	case unit != "%" && unit != "" && n0(toks, r) && inSet(fold(toks, r.at-1), "for", "pour", "contre"):
		// "bought by Facebook for $19 billion": a price.
		c.Measure = map[bool]string{true: "prix", false: "price"}[lang == "fr"]
		if r.verb >= 0 {
			c.What = toks[r.verb].Text
		}
		c.Reasons = append(c.Reasons, "measure: the price «"+fold(toks, r.at-1)+"» introduces")
	case r.verb >= 0 && unit == "%":
		// "the FTSE 100 fell 6.5%": the change its verb states.
		c.What = toks[r.verb].Text
		c.Measure = "change"
		c.Reasons = append(c.Reasons, "measure: a change, «"+toks[r.verb].Text+"»")
	case money && r.verb >= 0 && p.tags[r.verb] == syntax.VERB:
		// "Airbus will contribute between $12 million and $20 million".
		c.Measure = toks[r.verb].Fold
		c.What = toks[r.verb].Text
		c.Reasons = append(c.Reasons, "measure: the amount its verb «"+toks[r.verb].Text+"» states")
	default:
		c.Unsure = true
		c.Reasons = append(c.Reasons, "measure: nothing in the clause says what the figure counts")
	}
	if unit != "" && c.Measure != "" {
		c.Measure += " (" + unit + ")"
	}
	if c.Unit == "" {
		c.Unit = unit // "521 kg", "9.9 billion yuan", "23 percent"
	}
}

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
	switch {
	case c.AsOf:
		c.Reasons = append(c.Reasons, "date: none in the passage; as of the statement or the publication")
		conf *= 0.9
	default:
		c.Reasons = append(c.Reasons, "date: the date words nearest the figure in its clause")
	}
	c.Confidence = float64(int(conf*100+0.5)) / 100
}

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
		if m.key == x.focus || m.common || cited.Overlaps(Span{s.toks[m.tok].Start, s.toks[m.end-1].End}) {
			continue
		}
		if k := x.reg.kind(m.key); k == KindOrg || k == KindPerson {
			return true
		}
	}
	return false
}

// n0 reports whether the figure starts after its clause's first token.
func n0(toks []Token, r clauseReading) bool { return r.at > 0 && r.at < len(toks) }

// currencyPrefixes stand glued before a currency sign ("US$", "C$").
var currencyPrefixes = setOf("us", "usd", "c", "ca", "a", "au", "hk", "nz", "s")

// currencyWords name a currency after a figure.
var currencyWords = setOf("yuan", "yen", "euros", "euro", "dollars", "dollar", "livres", "pounds", "pound", "francs",
	"franc", "roubles", "rouble", "rubles", "rupees", "roupies", "won", "pesos", "reais", "dinars", "dirhams", "usd", "eur",
	"gbp", "cad", "chf", "jpy", "cny", "sterling")

// moneyVerbs say what an amount is: a price, a value, a total.
var moneyVerbs = map[string]string{
	"cost": "price", "costs": "price", "costing": "price", "priced": "price", "retail": "price", "retailing": "price",
	"retails": "price", "sell": "price", "sells": "price", "sold": "price", "selling": "price", "for": "price",
	"coute": "price", "coutera": "price", "coutait": "price", "vendu": "price", "vendue": "price", "vendus": "price",
	"worth": "value", "valued": "value", "value": "value", "evalue": "value", "evaluee": "value", "valorise": "value",
	"estime": "value", "estimee": "value", "totaling": "total", "totalling": "total", "totaled": "total",
	"totalled": "total", "totalise": "total", "pour": "price", "lost": "loss", "loses": "loss", "perdu": "perte",
	"perd": "perte",
}

// phraseText returns the words of the noun at h as the text writes them,
// with its complement after a word of quantity ("nombre d'emplois").
func (p *parsed) phraseText(text string, h int) string {
	toks := p.toks
	end := h
	if quantityNouns[toks[h].Fold] {
		for k := h + 1; k < len(toks) && k <= h+3; k++ {
			if p.tags[k] == syntax.NOUN {
				end = k
				break
			}
			if !inSet(toks[k].Fold, "de", "d'", "of", "des", "du", "the") && p.tags[k] != syntax.ADJ {
				break
			}
		}
	}
	return text[toks[h].Start:toks[end].End]
}

// nounWord reports whether the last word of what is a noun of the passage
// (what the older word lists found, checked against the tags).
func (p *parsed) nounWord(what string) bool {
	f := strings.Fields(what)
	last := f[len(f)-1]
	for k, t := range p.toks {
		if t.Text == last {
			return p.tags[k] == syntax.NOUN
		}
	}
	return false
}

// currencyPrefix reports whether token k is the country of a currency sign
// after it ("US$40 billion", "US $199", "C$").
func currencyPrefix(toks []Token, k int) bool {
	return k+1 < len(toks) && currencyPrefixes[toks[k].Fold] && inSet(toks[k+1].Text, "$", "€", "£")
}

// measureUnits are units of measure written after a figure, by the unit
// they stand for.
var measureUnits = map[string]string{
	"kg": "kg", "kilos": "kg", "kilogrammes": "kg", "kilograms": "kg", "tonnes": "t", "tons": "t", "t": "t",
	"g": "g", "grammes": "g", "grams": "g", "lbs": "lb", "lb": "lb", "livres": "lb",
	"km": "km", "kilometres": "km", "kilometers": "km", "m": "m", "metres": "m", "meters": "m", "mètres": "m",
	"cm": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "miles": "mi", "mi": "mi", "in": "in",
	"inches": "in", "inch": "in", "pouces": "in", "pieds": "ft", "feet": "ft", "ft": "ft", "nautiques": "nmi",
	"ha": "ha", "hectares": "ha", "km2": "km²", "acres": "acre", "litres": "l", "liters": "l", "barils": "bbl",
	"barrels": "bbl", "go": "GB", "gb": "GB", "gigaoctets": "GB", "gigabytes": "GB", "mo": "MB", "mb": "MB",
	"to": "TB", "tb": "TB", "megapixels": "MP", "mpx": "MP", "ppi": "ppi", "km/h": "km/h", "mph": "mph",
	"noeuds": "kn", "knots": "kn", "degres": "°", "degrees": "°", "kwh": "kWh", "mw": "MW", "gw": "GW",
	"gev": "GeV", "tev": "TeV", "mev": "MeV", "percent": "%", "pourcent": "%", "points": "points", "point": "points",
}

// measureWords say what a unit measures when they follow or govern it
// ("0.68 in thick", "weighs 3 lbs", "culmine à 4 465 mètres").
var measureWords = setOf("thick", "long", "wide", "high", "tall", "deep", "heavy", "epais", "epaisse", "large", "haut",
	"haute", "profond", "lourd", "weighs", "weigh", "weighing", "pese", "pesant", "mesure", "culmine", "measures",
	"thin", "mince", "fin")

// measuredBy returns what a unit at token u measures: the noun after "de"
// or "of" ("521 kg de matériel"), else a word of dimension after it or the
// verb before it ("0.68 in thick", "weighs 3 lbs"); -1 when none.
func (p *parsed) measuredBy(u, verb int) int {
	toks := p.toks
	if k := u + 1; k+1 < len(toks) && inSet(toks[k].Fold, "de", "d'", "of") && p.tags[k+1] == syntax.NOUN {
		return k + 1
	}
	if k := u + 1; k < len(toks) && measureWords[toks[k].Fold] {
		return k
	}
	if verb >= 0 && measureWords[toks[verb].Fold] {
		return verb
	}
	return -1
}

// qualifierWords stand before a figure as its qualifier ("more than",
// "plus de", "environ"): the figure's clause reads before them.
var qualifierWords = setOf("more", "than", "over", "under", "about", "around", "some", "nearly", "almost", "roughly",
	"approximately", "just", "least", "less", "fewer", "plus", "moins", "environ", "pres", "quelque", "quelques", "pas")

// designVerbs say what a thing is made of, not what happened: their counts
// describe a design ("It comes in two colors", "dotée de deux écrans").
var designVerbs = setOf("comes", "come", "features", "feature", "includes", "include", "offers", "comporte", "comportent",
	"dispose", "disposent", "possede", "possedent", "dote", "dotee", "equipe", "equipee", "contains", "contient")

// namedWith returns the entity the article named last, up to passage s,
// whose name holds the common noun head ("iTunes Store" for "the store"),
// "" when none.
func (x *extractor) namedWith(s *sentence, head string) string {
	for i := x.sentIndex; i >= 0 && i < len(x.sents); i-- {
		ms := x.sents[i].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end-m.tok < 2 || x.reg.kind(m.key) == "" || x.reg.kind(m.key) == KindPerson {
				continue
			}
			words := strings.Fields(Fold(m.text))
			for _, w := range words[1:] {
				if w == head || lemma(w, x.art.Lang) == lemma(head, x.art.Lang) {
					if d := x.reg.display(m.key); entityName(d) {
						return d
					}
				}
			}
		}
	}
	return ""
}

// existential reports whether verb v states that something exists ("there
// are", "il y a", "there have been").
func (p *parsed) existential(v int) bool {
	toks := p.toks
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if inSet(toks[k].Fold, "there", "y") {
			return true
		}
	}
	return false
}

// streetWords follow the number of an address.
var streetWords = setOf("rue", "avenue", "boulevard", "bd", "place", "quai", "allee", "impasse", "chemin", "route", "street",
	"st", "road", "rd", "lane", "drive", "square")

// inDate reports whether token k is part of a date expression.
func (p *parsed) inDate(k int) bool {
	t := Span{p.toks[k].Start, p.toks[k].End}
	for _, d := range p.dates {
		if d.Span.Overlaps(t) {
			return true
		}
	}
	return false
}
