package model

import (
	"slices"
	"strings"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// thingSubject returns the words of the noun phrase that is the subject of
// the verb before the figure of reading r when it names a thing no entity
// is said to own ("Building permits rose 2.5%", "Residential investment
// shrank 0.3%", «Les ventes de voitures neuves ont reculé de 4 %»), "" when
// the clause's subject is a name, a person, a pronoun or a word that stands
// for something named before. initialOnly reports whether the name at
// token k is one the set writes only at the start of sentences.
func (p *parsed) thingSubject(text string, r clauseReading, initialOnly func(k int) bool) string {
	if r.verb < 0 || r.verb >= r.at {
		return ""
	}
	toks := p.toks
	start := p.clauseStart(r.verb)
	head := p.subjectHead(r.verb, start)
	if head < start || head >= r.verb || p.tags[head] != syntax.NOUN && p.tags[head] != syntax.VERB {
		// (a verb subjectHead gives is a noun the tagger misread:
		// "Groundbreaking fell 3.7%")
		return ""
	}
	if r.verb > 0 && toks[r.verb-1].Fold == "to" {
		// "The strike forced the hospital to postpone 1,100
		// appointments": the object of the verb before the infinitive.
		for j := head - 1; j > start; j-- {
			if isVerb(p.tags[j]) {
				start = j + 1
				break
			}
		}
	}
	for j := start + 1; j < head; j++ {
		if isVerb(p.tags[j]) && lexis.IsSpeechVerb(toks, j) && (lexis.InSet(toks[j].Fold, "said", "says", "say", "added", "noted") || lexis.InSet(lexis.FoldAt(toks, j+1), "that", "que", "qu'")) &&
			bodySpeaks(toks[start:j]) {
			// (not "Air India says the new airliner will save $300
			// million": a company tells of its own)
			// (not «a annoncé jeudi un plan de départs portant sur 1 150
			// postes»: what is announced is the speaker's own)
			start = j // "The National Retail Federation said holiday sales rose 3.8%": the clause after the verb that reports it
		}
	}
	for start < head && (lexis.InSet(toks[start].Fold, "with", "avec", "that", "que", "qu'", "and", "et", "but", "mais") || isVerb(p.tags[start]) && lexis.IsSpeechVerb(toks, start)) {
		start++ // "who said the public sector pay awards would cost", "with return on equity falling": the phrase, not the words that bring it in
	}
	end := head // the last word of the phrase
	dated := -1 // where a time the phrase ends with opens
	for j := start; j < r.verb; j++ {
		if toks[j].Text == "," || p.tags[j] == syntax.AUX || p.tags[j] == syntax.VERB && j != head && (j > head || !p.participle(j)) || j == r.verb-1 && toks[j].Fold == "to" {
			break
		}
		if dated < 0 && j > head+1 && p.inDate(j) && p.tags[j-1] == syntax.ADP && (head == 0 || p.tags[head-1] != syntax.DET) {
			dated = j - 1 // "holiday sales in November and December rose": the thing, not its time (but «les réservations pour septembre»: a bare noun its time makes a thing)
		}
		end = j
	}
	if dated > head {
		end = dated - 1
	}
	if end < head {
		return ""
	}
	first := start
	for first < head && p.tags[first] == syntax.DET {
		first++
	}
	if timeHeadNouns[toks[first].Fold] && (first == head || p.inDate(head) || lexis.InSet(lexis.FoldAt(toks, first+1), "de", "d'", "of")) {
		return "" // «Le mois de juillet a été marqué par une baisse de 2,1 %»: a time, no thing the figure is of (not "Exports over the period")
	}
	if end-first > 7 {
		return ""
	}
	for j := start; j < len(toks) && j < r.after+4; j++ {
		if lexis.InSet(toks[j].Fold, "its", "their", "son", "sa", "ses", "leur", "leurs") &&
			!(j+1 < len(toks) && (strings.HasSuffix(toks[j+1].Fold, "est") || lexis.InSet(toks[j+1].Fold, "level", "record", "plus", "niveau", "record"))) {
			// (not "…, their highest level since 2007": the thing's own)
			return "" // "Ticket sales fell 60% from its opening": the owner the possessive stands for owns the thing
		}
	}
	words := 0 // its content words: a bare noun ("Turnout", «La participation», "The forecast") is mostly a thing's of something named elsewhere
	for j := first; j <= end; j++ {
		if p.tags[j] == syntax.ADV {
			return "" // ("The report also revised…")
		}
		if toks[j].Kind == lexis.Word && (p.tags[j] == syntax.NOUN || p.tags[j] == syntax.ADJ || p.tags[j] == syntax.VERB || p.tags[j] == syntax.PROPN) {
			words++
		}
	}
	if words < 2 && !(words == 1 && commodityNouns[toks[head].Fold] && first == head) {
		// (but "…and zinc added 1.1%": a commodity a market report moves
		// is its own)
		return ""
	}
	for j := first; j <= end; j++ {
		if p.named[j] && !(j == 0 && initialOnly(j)) || p.tags[j] == syntax.PRON {
			return ""
		}
		if p.tags[j] == syntax.PROPN && j > 0 {
			return "" // (a capitalised first word may be a noun: "Building permits rose")
		}
		if toks[j].Kind == lexis.Number && !(j+1 <= end && toks[j+1].Text == "-" && !toks[j+1].Space) {
			return "" // (but "the average 30-year fixed mortgage rate")
		}
		if toks[j].Kind != lexis.Word && toks[j].Kind != lexis.Number && toks[j].Text != "-" && toks[j].Text != "'" {
			return ""
		}
	}
	if p.othersHead(head, first) {
		return ""
	}
	return text[toks[start].Start:toks[end].End] // (as written, with its article: "The volatile multi-family segment", «Le taux de chômage»)
}

// othersHead reports whether the noun at head, the head of a subject phrase
// that opens at first, names what is another's: a figure's noun, people, a
// body, a company's own measure, a forecast, a document.
func (p *parsed) othersHead(head, first int) bool {
	toks := p.toks
	f := toks[head].Fold
	if figureNouns[f] && (head+1 >= len(toks) || !lexis.InSet(toks[head+1].Fold, "of", "de", "d'", "des", "du")) {
		return true // (but "the number of homes completed")
	}
	// (a company's measure, "Net profit fell 28%", is its owner's, not a
	// sector's, "Average farm income fell 4.2%"; a forecast, a document
	// or people are another's)
	return peopleNouns[f] || anaphors[f] || groupNouns[f] || p.bodyNoun(head) || p.standsForPeople(head) || ownedMeasures[f] && !(head > first && p.tags[head-1] == syntax.NOUN && !(ownerScopeWords[toks[head-1].Fold] && !lexis.InSet(lexis.FoldAt(toks, head+1), "of", "for"))) || companyWords[f] || forecastNouns[f] ||
		newsNouns[f] || documentNouns[f] || personNouns[f] || observerNouns[f] || staffNouns[f] || memberNouns[f] || humanNouns[f] || crowdNouns[f] || chargeNouns[f]
}

// booksNouns are the measures of a company's books, never a market's or
// the world's: "Global revenue", "Total profit".
var booksNouns = lexis.SetOf("revenue", "revenues", "profit", "profits", "income", "earnings", "turnover", "ebitda", "margin")

// ownerScopeWords say how much of an owner's measure a phrase takes, as
// adjectives a tagger may read as nouns at a sentence's start: "Global
// revenue", "Total sales", "Group profit" are still the owner's (not
// "Global sales of electric cars": a market's).
var ownerScopeWords = lexis.SetOf("global", "total", "overall", "worldwide", "group", "consolidated", "underlying", "comparable", "organic",
	"annual", "quarterly", "net", "gross", "operating", "adjusted")

// bareThing returns the common noun, with the adjectives and nouns before
// it, that is the subject of the verb before the figure of reading r
// ("Under the plan, compensation will rise to 25%": «compensation»); ""
// when the subject is no such noun or names what is another's.
func (p *parsed) bareThing(text string, r clauseReading) string {
	if r.verb < 0 || r.verb >= r.at {
		return ""
	}
	toks := p.toks
	start := p.clauseStart(r.verb)
	if k := slices.IndexFunc(toks[start:r.verb], func(t lexis.Token) bool { return t.Text == "," }); p.tags[start] == syntax.ADP && k >= 0 && start+k+1 < r.verb {
		start += k + 1 // "Under the plan, compensation": the phrase after an opening adverbial
	}
	head := p.subjectHead(r.verb, start)
	if head < start || head >= r.verb || p.tags[head] != syntax.NOUN || p.named[head] || toks[head].Upper() && head > 0 {
		return ""
	}
	first := head
	for first > start && (p.tags[first-1] == syntax.ADJ || p.tags[first-1] == syntax.NOUN) && !p.named[first-1] && toks[first-1].Kind == lexis.Word {
		first--
	}
	if first > start && p.tags[first-1] != syntax.DET || p.othersHead(head, first) {
		return ""
	}
	return text[toks[first].Start:toks[head].End]
}

// marketPhrase returns the words of the subject of the verb before the
// figure of reading r when it is a market, an industry or an economy as a
// whole ("The global semiconductor market", «le marché mondial du luxe»,
// "Global container throughput"):
// a thing of its own, no company's; "" otherwise.
func (p *parsed) marketPhrase(text string, r clauseReading) string {
	if r.verb < 0 || r.verb >= r.at {
		return ""
	}
	toks := p.toks
	if st := p.clauseStart(r.verb); st+1 < r.verb && lexis.InSet(toks[st].Fold, "global", "worldwide") {
		// "Global container throughput grew by about 6%": the world's,
		// no company's
		e := st + 1
		for e < r.verb && (p.tags[e] == syntax.NOUN || p.tags[e] == syntax.ADJ) && !toks[e].Upper() {
			e++
		}
		j := e
		for j < r.verb && (isVerb(p.tags[j]) || p.tags[j] == syntax.AUX || p.tags[j] == syntax.ADV || toks[j].Fold == "to") {
			j++
		}
		if e > st+1 && j == r.verb && !(e == st+2 && booksNouns[toks[st+1].Fold]) {
			// (not "Global revenue rose 2%": a company's books, of all
			// its markets)
			return text[toks[st].Start:toks[e-1].End]
		}
	}
	for h := p.clauseStart(r.verb); h < r.verb; h++ {
		if !marketNouns[toks[h].Fold] || h == 0 {
			continue
		}
		first := -1 // "The global semiconductor market": an article or a word of scope before it
		for k := h - 1; k >= 0 && h-k <= 3 && first < 0; k-- {
			if lexis.InSet(toks[k].Fold, "the", "le", "la", "l'", "global", "world", "mondial", "mondiale", "european", "europeen", "europeenne") {
				first = k
			}
		}
		if first < 0 {
			continue
		}
		for first > 0 && lexis.InSet(toks[first-1].Fold, "the", "le", "la", "l'") {
			first--
		}
		// the market's phrase ends where its verb starts ("is expected
		// to shrink", «devrait progresser»), past its complement («du
		// luxe»)
		end := h + 1
		for end < r.verb && (p.tags[end] == syntax.ADJ || lexis.InSet(toks[end].Fold, "du", "de", "des", "of", "for") && end+1 < r.verb && p.tags[end+1] == syntax.NOUN) {
			if p.tags[end] == syntax.ADJ {
				end++
			} else {
				end += 2
			}
		}
		j := end
		for j < r.verb && (isVerb(p.tags[j]) || p.tags[j] == syntax.AUX || p.tags[j] == syntax.ADV || lexis.InSet(toks[j].Fold, "to", "a")) {
			j++
		}
		if j != r.verb {
			return ""
		}
		return text[toks[first].Start:toks[end-1].End]
	}
	return ""
}

// scopePhrase returns the words of a clause's subject that name a whole
// of which the article's company is at most a part, "" if none: a thing
// told with a word of national or world scope («La collecte nationale de
// lait de vache a progressé de 1,2 %», "Biotech acquisitions announced
// globally reached $96 billion"), or a class of firms of a country or a
// region («Les start-up françaises ont levé 6,1 milliards», "European
// quick-commerce startups raised $1.4 billion").
func (p *parsed) scopePhrase(text string, r clauseReading) string {
	if r.verb < 0 || r.verb >= r.at || len(p.tags) != len(p.toks) {
		return ""
	}
	toks := p.toks
	st := p.clauseStart(r.verb)
	for st < r.verb && (p.tags[st] == syntax.DET || toks[st].Kind == lexis.Punct) {
		st++
	}
	end := st // the noun phrase: its nouns, adjectives and «de» complements
	for end < r.verb && (p.tags[end] == syntax.NOUN || p.tags[end] == syntax.ADJ || p.tags[end] == syntax.PROPN && !toks[end].Upper() ||
		lexis.InSet(toks[end].Fold, "de", "du", "des", "d'", "of") && end+1 < r.verb && (p.tags[end+1] == syntax.NOUN || p.tags[end+1] == syntax.DET) ||
		p.tags[end] == syntax.DET && end > st && lexis.InSet(toks[end-1].Fold, "de", "d'")) {
		end++
	}
	if end == st {
		return ""
	}
	scope, class, demonym := false, false, false
	for k := st; k < end; k++ {
		f := toks[k].Fold
		scope = scope || scopeWords[f]
		class = class || firmClassNouns[f]
		demonym = demonym || isNationality(f) || gazetteer.Demonyms[f]
	}
	if end < r.verb && lexis.InSet(toks[end].Fold, "globally", "worldwide", "nationwide") || end+1 < r.verb && lexis.InSet(toks[end+1].Fold, "globally", "worldwide", "nationwide") {
		scope = true // "Biotech acquisitions announced globally"
	}
	if !scope && !(class && demonym) {
		return ""
	}
	if booksNouns[toks[end-1].Fold] && end-st == 2 {
		return "" // "Global revenue rose 2%": a company's books, of all its markets (not "Global semiconductor sales")
	}
	return text[toks[st].Start:toks[end-1].End]
}

// timeHeadNouns name a stretch of time, which may open a clause ("The
// month saw…", «Le mois de juillet a été marqué…») but is no thing a
// figure is of.
var timeHeadNouns = lexis.SetOf("mois", "month", "annee", "year", "semaine", "week", "trimestre", "quarter", "semestre", "jour",
	"day", "journee", "periode", "period", "saison", "season", "ete", "hiver", "printemps", "automne", "summer", "winter", "spring",
	"autumn", "weekend", "week-end", "decennie", "decade")

// commodityPhrase returns the token of the bare commodity noun that is the
// subject of the verb before the figure of reading r ("…and zinc added
// 1.1%"), -1 if there is none.
func (p *parsed) commodityPhrase(r clauseReading) int {
	if r.verb < 1 || r.verb >= r.at || len(p.tags) != len(p.toks) {
		return -1
	}
	k := r.verb - 1
	for k > 0 && (p.tags[k] == syntax.AUX || p.tags[k] == syntax.ADV) {
		k--
	}
	if k > 0 && p.lang != "fr" && lexis.InSet(p.toks[k].Fold, "prices", "price", "futures") && commodityNouns[p.toks[k-1].Fold] {
		k-- // "Copper prices rose 1.1% on the London Metal Exchange": copper's, not the exchange's
	}
	if t := p.toks[k]; !commodityNouns[t.Fold] || t.Upper() && k > 0 || k > 0 && (p.tags[k-1] == syntax.ADJ || p.tags[k-1] == syntax.NOUN || p.tags[k-1] == syntax.PROPN) {
		return -1 // (not "Wheat futures", "Chilean copper": a phrase of its own)
	}
	return k
}

// commoditySubject reports whether the subject of verb v names a commodity
// ("Brent crude averaged", "Gold prices rose", «Le prix du cacao a
// bondi»): a market's price, no company's figure.
func (p *parsed) commoditySubject(v int) bool {
	if v < 1 || v >= len(p.toks) {
		return false
	}
	for k := p.clauseStart(v); k < v; k++ {
		if commodityNouns[p.toks[k].Fold] {
			return true
		}
	}
	return false
}

// commodityNouns name the raw materials markets trade, whose prices a
// market report moves with no owner ("zinc added 1.1%", «le cuivre a pris
// 2 %»).
// (Not the words that are also another word's fold: «or», «maïs» and
// «argent» are "or", "mais" and money too.)
var commodityNouns = lexis.SetOf("copper", "zinc", "nickel", "aluminium", "aluminum", "gold", "silver", "platinum",
	"palladium", "lithium", "cobalt", "oil", "crude", "coal", "wheat", "corn", "maize", "soybeans", "soybean", "rice",
	"barley", "sugar", "coffee", "cocoa", "cotton", "rubber", "canola", "rapeseed", "lumber",
	"cuivre", "etain", "plomb", "platine", "petrole", "charbon", "ble", "soja", "riz", "orge", "sucre", "cafe", "cacao", "coton",
	"caoutchouc", "colza")

// scopeWords say a thing is a country's or the world's as a whole.
var scopeWords = lexis.SetOf("national", "nationale", "nationaux", "nationales", "mondial", "mondiale", "mondiaux", "mondiales",
	"global", "worldwide", "nationwide", "industry-wide")

// firmClassNouns name a class of firms («les start-up françaises», "U.S.
// automakers").
var firmClassNouns = lexis.SetOf("startups", "start-up", "start-ups", "jeunes", "pousses", "companies", "firms", "entreprises", "societes",
	"automakers", "carmakers", "constructeurs", "banks", "banques", "airlines", "compagnies", "exporters", "exportateurs", "producers",
	"producteurs", "manufacturers", "fabricants", "retailers", "distributeurs", "insurers", "assureurs", "lenders", "groups", "groupes")

// bareToll reports whether phrase names a toll of the dead and no more:
// "The death toll", «Le bilan provisoire» (not "The death toll from the
// storm", whose own it names).
func bareToll(phrase string) bool {
	toll := false
	for _, w := range strings.Fields(lexis.Fold(phrase)) {
		switch {
		case lexis.InSet(w, "toll", "bilan"):
			toll = true
		case !lexis.InSet(w, "the", "le", "l'", "death", "casualty", "official", "overall", "humain", "provisoire", "officiel"):
			return false
		}
	}
	return toll
}

// marketNouns name a market, an industry or an economy as a whole.
var marketNouns = lexis.SetOf("market", "marche", "industry", "industrie", "sector", "secteur", "economy", "economie")

// figureNouns stand for a figure told before ("February's figure was
// revised", «Ce chiffre a été revu»): the subject is that figure's.
var figureNouns = lexis.SetOf("figure", "figures", "number", "numbers", "total", "tally", "estimate", "estimates", "chiffre", "chiffres",
	"nombre", "total", "bilan", "estimation", "estimations")

// bodySpeaks reports whether the words before a verb of saying name a
// public body, a federation, an association: one that tells of others'
// figures ("the National Retail Federation said…"), unlike a company ("Air
// India says…") or a person, who may tell of their own.
func bodySpeaks(words []lexis.Token) bool {
	for _, t := range words {
		if t.Kind == lexis.Word && (agencyNouns[t.Fold] || bodyNouns[t.Fold] || publicHeads[t.Fold] || lexis.InSet(t.Fold, "association", "board", "council", "institute", "institution")) {
			return true
		}
	}
	return false
}
