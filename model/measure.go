package model

import (
	"slices"
	"strings"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
)

// This file reads what a figure measures: the noun it counts, its unit, the
// noun it completes or the verb that states it, and which numbers are no
// figures at all (numbers in names, addresses, design counts).

// countedNoun returns the token of the noun a figure counts ("54 000
// personnes", "302 votes", "70 millions d'utilisateurs", "3 billion songs",
// "five new plants"), -1 when none.
func (p *parsed) countedNoun(n quantity.NumberExpr) int {
	toks, tags := p.toks, p.tags
	if n.Unit == "%" && gdpAfter(toks, n.TokEnd) {
		return -1 // "4.5% of GDP", «4,5 % du PIB»: a ratio, no count
	}
	if n.Inner > 0 && tags[n.Inner] == syntax.NOUN {
		return n.Inner // "un candidat sur cinq": the noun inside the share
	}
	if v := p.tallyVote(n.TokStart); v >= 0 {
		return v // "by a vote of 51 to 50": both numbers count votes
	}
	if v := p.votesAgainst(n.TokStart); v >= 0 {
		return v // "par 312 voix contre 220", "by 523 votes to 46"
	}
	if k := p.wholesNoun(n); k >= 0 {
		return k // "31 sur les 90 sièges", "31 of the assembly's 90 seats": the part counts what the whole does
	}
	if k := p.listNoun(n); k >= 0 {
		return k // "12 000, 9 000 et 4 000 voitures", "212 and 180 seats": each item counts what the last one does
	}
	if k := n.TokEnd; k+2 < len(toks) && tags[k] != syntax.NOUN && measureUnits[toks[k].Fold] != "" && unitTail(toks, k+1) && !toks[k+1].Space {
		return k // "300 km/h", read by the tagger as a name before a slash
	}
	adj := 0
	limit := n.TokEnd + 5
	if lexis.FoldAt(toks, n.TokEnd) == "of" {
		limit += 2 // "20 of Boeing's larger 777 planes"
	}
	names := 0
	for k := n.TokEnd; k < len(toks) && k < limit; k++ {
		switch {
		case p.nameBeforeNoun(k, n) && names < 4:
			names++
			limit++ // "30 Boeing 737-800 jets", "20 new Airbus A320 jets", "500 Apple engineers": a make or a model
			continue
		case p.partitiveDeterminer(k, n):
			continue // "six of these aircraft", "six de ces avions": a part of the things named
		case k == n.TokEnd+2 && lexis.FoldAt(toks, n.TokEnd) == "of" && toks[k-1].Fold == "the" && tags[k] == syntax.NOUN && k+2 < len(toks) && lexis.InSet(toks[k+1].Text, "'s", "’s") && tags[k+2] == syntax.NUM:
			k++ // "two of the town's five libraries": the owner's count
			continue
		case tags[k] == syntax.NOUN && k+2 < len(toks) && tags[k+1] == syntax.NUM && tags[k+2] == syntax.NOUN && !p.inDate(k+1):
			continue // "larger 777 planes": a word before a model's number and its noun qualifies them
		case tags[k] == syntax.NOUN && lexis.FoldAt(toks, n.TokEnd) == "of" && k+2 < len(toks) && lexis.InSet(toks[k+1].Text, "'s", "’s") && !quantity.TimeUnitNoun(toks[k]):
			k++ // "27% of the central bank's gross international reserves": what the owner has is counted, not the owner
			limit += 3
			continue
		case tags[k] == syntax.NOUN && n.Unit == "%" && (lexis.InSet(toks[k].Fold, "total", "ensemble") && lexis.InSet(toks[k-1].Fold, "the", "le", "l'", "du") && shareOfWhole(toks, n.TokStart) ||
			lexis.InSet(toks[k].Fold, "pace", "rythme") && k == n.TokEnd):
			// "Foreign visitors accounted for 46% of the total": a share
			// of the whole its subject is part of, no noun counted; "the
			// 0.6% pace of the previous quarter": a rate of what the
			// clause tells of.
			return -1
		case tags[k] == syntax.NOUN:
			if quantity.TimeUnitNoun(toks[k]) || lexis.InSet(toks[k].Fold, "fois", "times") || p.inDate(k) ||
				prepositions[toks[k].Fold] && !(k == n.TokEnd && measureUnits[toks[k].Fold] != "") || lexis.InSet(toks[k].Fold, "chez", "contre", "sans", "sous", "entre", "selon") {
				return -1 // (and "3 000 salariés chez Zorgon": a preposition the tagger misread; "0.68 in thick" is a unit)
			}
			if k == n.TokEnd && p.lang != "fr" && lexis.IrregularParticiple(toks[k].Fold) && k+1 < len(toks) && lexis.InSet(toks[k+1].Fold, "in", "on", "at", "by", "during", "last", "since") {
				return -1 // "the previous record of 488,000 set in August 2022": a participle, no noun counted
			}
			// "aerial refueling tankers": an English compound ends on its head.
			for p.lang != "fr" && k+1 < len(toks) && toks[k+1].Space && (tags[k+1] == syntax.NOUN ||
				tags[k+1] == syntax.VERB && strings.HasSuffix(toks[k+1].Fold, "ing") && k+2 < len(toks) && (tags[k+2] == syntax.NOUN ||
					k == n.TokEnd && lexis.InSet(toks[k+2].Fold, "over", "on", "in", "for", "from", ",", ".", "compared"))) {
				k++ // (and "refueling", a gerund inside the compound; "a 30% fuel saving over…", at its end)
			}
			return k
		case tags[k] == syntax.PROPN && (pluralName(toks[k].Text) || acronymPlural(toks[k].Text) && k == n.TokEnd):
			return k // "13.7 million Macs", "3 million iPhones": a product's name in the plural; "400,000 SUVs", "12 MPs": an acronym's
		case tags[k] == syntax.NUM && k+1 < len(toks) && tags[k+1] == syntax.NOUN:
			continue // "five new 737 aircraft": a model's number
		case lexis.InSet(toks[k].Fold, "du", "des") && k == n.TokEnd && n.Unit != "" && n.Unit != "%":
			return -1 // "8 milliards de dollars des clients": whose money, not what is counted
		case lexis.InSet(toks[k].Fold, "de", "d'", "of", "du", "des") && k == n.TokEnd:
			continue
		case k == n.TokEnd+1 && lexis.FoldAt(toks, k-1) == "of" && toks[k].Fold == "the" && k+1 < len(toks) && toks[k+1].Kind == lexis.Number:
			continue // "17 of the 63 seats": a part of a count, of its noun
		case k == n.TokEnd+1 && lexis.FoldAt(toks, k-1) == "of" && tags[k] == syntax.PROPN && k+1 < len(toks) && lexis.InSet(toks[k+1].Text, "'s", "’s"):
			k++ // "20 of Boeing's 777 planes": the owner's things
			continue
		case k == n.TokEnd && n.Scaled && p.compoundModifier(k):
			continue // "a $95 billion aid package": a noun of the compound the tagger misread
		case tags[k] == syntax.ADJ && adj < 2 || tags[k] == syntax.VERB && strings.HasSuffix(toks[k].Fold, "ed") && k == n.TokEnd:
			adj++
			continue
		}
		return -1
	}
	return -1
}

// wordsFrom writes the words of the clause from verb v (with its
// auxiliaries) to token end, as the text spaces them, without the dates
// outside the figure r reads: the label of a claim as written.
func (p *parsed) wordsFrom(v, end int, r clauseReading) string {
	toks := p.toks
	if v < 0 {
		return ""
	}
	start := v
	for start > 0 && p.tags[start-1] == syntax.AUX {
		start--
	}
	var b strings.Builder
	for k := start; k <= end && k < len(toks); k++ {
		if p.inDate(k) && (k < r.at || k > r.after) || k+1 < len(toks) && p.tags[k] == syntax.ADP && p.inDate(k+1) && (k+1 < r.at || k+1 > r.after) {
			continue // (and the date's preposition: "on Sunday")
		}
		if b.Len() > 0 && toks[k].Space {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	// A unit goes on past the last word read: "150 km/h", "20 m²".
	if end >= 0 && end < len(toks) {
		for k := end + 1; k <= unitEnd(toks, end); k++ {
			b.WriteString(toks[k].Text)
		}
		if u := unitEnd(toks, end); measureUnits[toks[end].Fold] != "" && rateAfterUnit(toks, u+1, p.lang) != "" {
			b.WriteString(" " + toks[u+1].Text + " " + toks[u+2].Text) // "1.2 million barrels per day"
		}
	}
	return b.String()
}

// unitEnd returns the last token of the unit that token k opens, glued
// tokens and all ("km/h", "m²"): k when the unit is one token.
func unitEnd(toks []lexis.Token, k int) int {
	for k+1 < len(toks) && !toks[k+1].Space && unitTail(toks, k+1) {
		k++
	}
	return k
}

// unitTail reports whether token k, glued to the one before, goes on the
// unit that one ends: "/" and the word after it ("km/h", "m/s"), "²", "³".
func unitTail(toks []lexis.Token, k int) bool {
	switch t := toks[k].Text; {
	case t == "²" || t == "³":
		return true
	case t == "/":
		return k+1 < len(toks) && !toks[k+1].Space && toks[k+1].Kind == lexis.Word && measureUnits[toks[k-1].Fold] != ""
	default:
		return toks[k-1].Text == "/" && toks[k].Kind == lexis.Word
	}
}

// objectAmount reports whether figure n is an amount of money of the object
// of its clause's verb, which names the thing after it: "a annoncé un plan
// de 10 milliards d'euros d'économies" (the verb's subject read from its
// clause).
func (p *parsed) objectAmount(r clauseReading, n quantity.NumberExpr) bool {
	toks, tags := p.toks, p.tags
	if r.how != fromClause || r.verb < 0 || r.verb >= r.at || r.at-r.verb > 6 || r.noun <= n.TokEnd || r.noun-n.TokEnd > 4 || tags[r.verb] != syntax.VERB {
		return false
	}
	det := r.verb + 1
	for det < r.at && p.inDate(det) {
		det++
	}
	if lexis.IsSpeechVerb(toks, r.verb) && !lexis.InSet(lexis.FoldAt(toks, det), "a", "an", "un", "une", "the", "le", "la") {
		return false // (what a speech verb reports is its own clause: "said revenue was $2 billion")
	}
	if n.Unit == "" || n.Unit == "%" {
		return false
	}
	object := false
	for k := r.verb + 1; k < r.at; k++ {
		switch {
		case tags[k] == syntax.NOUN:
			object = true
		case tags[k] == syntax.DET || tags[k] == syntax.ADJ || tags[k] == syntax.ADV || p.inDate(k) ||
			lexis.InSet(toks[k].Fold, "de", "d'", "of", "worth"):
		default:
			return false
		}
	}
	return object
}

// tallyVote returns the token of "vote" in a tally the number at token k
// is part of ("by a vote of 51 to 50", "a 311-112 vote" is left alone), -1
// when there is none.
func (p *parsed) tallyVote(k int) int {
	toks := p.toks
	j := k - 1
	if j >= 2 && lexis.InSet(toks[j].Fold, "to", "-") && toks[j-1].Kind == lexis.Number {
		j -= 2 // the second number: "51 to 50"
	}
	if j >= 1 && toks[j].Fold == "of" && lexis.InSet(toks[j-1].Fold, "vote", "votes") {
		return j - 1
	}
	// "passed the bill 64-35", "The court ruled 7-2": a tally glued with a
	// hyphen after a verb of voting.
	first := k
	if k >= 2 && toks[k-1].Text == "-" && !toks[k-1].Space && !toks[k].Space && toks[k-2].Kind == lexis.Number {
		first = k - 2
	} else if k >= 2 && toks[k-1].Fold == "to" && toks[k-2].Kind == lexis.Number && k-3 >= 0 && toks[k-3].Fold == "voted" {
		first = k - 2 // "Senators voted 29 to 9": the second number
	} else if k+2 < len(toks) && toks[k+1].Fold == "to" && toks[k+2].Kind == lexis.Number && k >= 1 && toks[k-1].Fold == "voted" {
		// "Senators voted 29 to 9", "council voted 10 to 6": the first
	} else if !(k+2 < len(toks) && toks[k+1].Text == "-" && !toks[k+1].Space && !toks[k+2].Space && toks[k+2].Kind == lexis.Number) {
		return -1
	}
	for v := first - 1; v >= 0 && first-v <= 5; v-- {
		if votingVerbs[toks[v].Fold] && p.tags[v] == syntax.VERB {
			return v
		}
		if toks[v].Kind == lexis.Punct {
			break
		}
	}
	return -1
}

// votingVerbs tell a vote's outcome, a tally after them.
var votingVerbs = lexis.SetOf("passed", "approved", "voted", "rejected", "ruled", "adopted", "confirmed", "backed", "endorsed", "defeated",
	"upheld", "struck", "overturned", "elected", "confirmed", "cleared")

// frenchVotingVerbs tell a vote's outcome in French.
var frenchVotingVerbs = lexis.SetOf("adopte", "adoptee", "adoptes", "vote", "votee", "votes", "approuve", "approuvee", "rejete", "rejetee", "elu", "elue")

// tallyMeasure reports whether measure counts the votes of a tally.
func tallyMeasure(measure string) bool {
	return lexis.InSet(measure, "votes for", "votes against", "voix pour", "voix contre")
}

// votesAgainst returns the token of the votes a tally's number at token k
// sets itself against ("par 312 voix contre 220", "by 523 votes to 46"):
// the votes against; -1 when there is none.
func (p *parsed) votesAgainst(k int) int {
	toks := p.toks
	if k < 3 || !lexis.InSet(toks[k-1].Fold, "to", "contre", "against") || !lexis.InSet(toks[k-2].Fold, "votes", "voix", "vote") || toks[k-3].Kind != lexis.Number {
		return -1
	}
	if k+1 < len(toks) && p.tags[k+1] == syntax.NOUN && !lexis.InSet(toks[k+1].Fold, "votes", "voix") {
		return -1 // (not "312 voix contre 220 amendements")
	}
	return k - 2
}

// gdpAfter reports whether a country's output follows token k after "of",
// «du», «de»: "of GDP", "of gross domestic product", «du PIB», «du
// produit intérieur brut».
func gdpAfter(toks []lexis.Token, k int) bool {
	if !lexis.InSet(lexis.FoldAt(toks, k), "of", "du", "de", "d'") {
		return false
	}
	j := k + 1
	if lexis.InSet(lexis.FoldAt(toks, j), "the", "son", "leur", "its", "their") {
		j++
	}
	f := lexis.FoldAt(toks, j)
	return lexis.InSet(f, "gdp", "pib") || f == "gross" && lexis.FoldAt(toks, j+1) == "domestic" ||
		f == "produit" && lexis.InSet(lexis.FoldAt(toks, j+1), "interieur", "national")
}

// nameBeforeNoun tells whether token k, after figure n, is part of a name
// or model number that qualifies the noun after it: a capitalised word, a
// model's number or the hyphen inside one ("Boeing 737-800 jets", "Airbus
// A320 jets", "Apple engineers"). A plural name is itself what is counted
// ("3 million iPhones").
func (p *parsed) nameBeforeNoun(k int, n quantity.NumberExpr) bool {
	toks, tags := p.toks, p.tags
	if k+1 >= len(toks) {
		return false
	}
	t := toks[k]
	switch {
	case t.Kind == lexis.Number:
		if k == n.TokEnd || p.inDate(k) {
			return false
		}
	case t.Text == "-" && !t.Space && k > n.TokEnd && toks[k-1].Kind == lexis.Number:
	case lexis.InnerCapital(t.Text) || t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z':
		if pluralName(t.Text) || measureUnits[t.Fold] != "" || unitNames[t.Fold] {
			return false // (and "32 GB models": a unit)
		}
	default:
		return false
	}
	// a noun must follow the name within three tokens
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch {
		case tags[j] == syntax.NOUN && !toks[j].Upper():
			return true
		case toks[j].Kind == lexis.Number, toks[j].Text == "-" && !toks[j].Space, toks[j].Upper() && tags[j] != syntax.VERB:
			continue
		}
		return false
	}
	return false
}

// nameStart returns the first token of the name or model number between
// figure n and the noun it counts at token noun ("30 Boeing 737-800 jets":
// Boeing), -1 when there is none.
func (p *parsed) nameStart(n quantity.NumberExpr, noun int) int {
	for k := n.TokEnd; k < noun && k <= n.TokEnd+2; k++ {
		if p.nameBeforeNoun(k, n) {
			return k
		}
	}
	return -1
}

// partitiveDeterminer tells whether token k is the determiner of a
// partitive after figure n: "six of these aircraft", "60 of the A350 jets",
// "six de ces avions". "One of the" is a member, not a count.
func (p *parsed) partitiveDeterminer(k int, n quantity.NumberExpr) bool {
	toks := p.toks
	if k != n.TokEnd+1 || !lexis.InSet(lexis.FoldAt(toks, k-1), "of", "de", "d'") || n.Value == 1 {
		return false
	}
	return lexis.InSet(toks[k].Fold, "the", "these", "those", "ces", "ses", "leurs", "their", "its")
}

// peopleNouns count people without saying who they are: what they did or
// what was done to them says what the figure is.
var peopleNouns = lexis.SetOf("personnes", "personne", "people", "persons", "gens", "individus", "individuals")

// othersVerb returns the verb of a count of "others" coordinated with the
// figure before it, which ends at token prevEnd: "tué 15 personnes et
// blessé 53 autres", "killed 15 people and injured 53 others" (and, when
// dead says the figure before counts the dead, a bare count: "and 200 were
// injured"); -1 when n is not such a count.
func (p *parsed) othersVerb(prevEnd int, n quantity.NumberExpr, dead bool) int {
	toks, tags := p.toks, p.tags
	if n.TokStart-prevEnd > 5 {
		return -1
	}
	if n.TokEnd >= len(toks) || !lexis.InSet(toks[n.TokEnd].Fold, "autres", "others") {
		// "40 people died and 200 were injured", "killing 12 people and
		// injuring 40": a bare count of the same people, its own verb of
		// death or injury before or after it, after a count of the dead
		// (not "arrested 120 protesters and 40 were injured").
		if !dead {
			return -1
		}
		if n.TokEnd < len(toks) && (tags[n.TokEnd] == syntax.NOUN || tags[n.TokEnd] == syntax.PROPN || casualtyNouns[toks[n.TokEnd].Fold]) {
			return -1 // (not "12 dead and 40 injured": a noun of its own)
		}
		and := -1
		for k := prevEnd; k < n.TokStart; k++ {
			if lexis.InSet(toks[k].Fold, "et", "and") {
				and = k
			}
		}
		if and < 0 {
			return -1
		}
		for v := and + 1; v < n.TokStart; v++ {
			if casualtyWords[toks[v].Fold] && isVerb(tags[v]) {
				return v
			}
		}
		for v := n.TokEnd; v < len(toks) && v <= n.TokEnd+4; v++ {
			if casualtyWords[toks[v].Fold] && (isVerb(tags[v]) || tags[v] == syntax.ADJ) || missingWords[toks[v].Fold] {
				return v // (and "4 miners were killed and 9 were missing", «et deux sont toujours portées disparues»)
			}
			if tags[v] != syntax.AUX && tags[v] != syntax.ADV && !strings.HasPrefix(toks[v].Fold, "porte") {
				break
			}
		}
		return -1
	}
	for k := prevEnd; k < n.TokStart; k++ {
		if lexis.InSet(toks[k].Fold, "et", "and") && k+1 < n.TokStart {
			for v := k + 1; v < n.TokStart; v++ {
				if tags[v] == syntax.VERB {
					return v
				}
			}
		}
	}
	return -1
}

// ownOrdinal reports whether ordinal n, after a possessive, counts the
// noun right after it ("sa 35e victoire", "son quatrième titre", "its
// 12th win"): the owner's count of them so far. Not a rank in a list
// ("sa deuxième place", "its first quarter") nor a time.
func (p *parsed) ownOrdinal(n quantity.NumberExpr) bool {
	toks := p.toks
	if !n.Ordinal || n.Value < 2 || n.TokStart == 0 || n.TokEnd >= len(toks) || !lexis.InSet(toks[n.TokStart-1].Fold, "sa", "son", "ses", "leur", "his", "her", "its", "their") {
		return false
	}
	w := toks[n.TokEnd]
	return p.tags[n.TokEnd] == syntax.NOUN && !quantity.TimeUnitNoun(w) && !timeNouns[w.Fold] &&
		!lexis.InSet(w.Fold, "place", "places", "rang", "position", "fois", "time", "times", "anniversaire", "anniversary", "birthday", "annee", "year")
}

// pollOpinion returns the word that says what a share of people think
// ("61 % des personnes interrogées font confiance au maire", "58 % des
// Français se disent sceptiques", "63% of respondents said they trust the
// mayor"): the first content word after their verb of opinion; -1 when the
// share is of no people or their verb says no opinion.
func (p *parsed) pollOpinion(r clauseReading) int {
	toks, tags := p.toks, p.tags
	k := r.after
	if lexis.FoldAt(toks, k) == "d'" && lexis.FoldAt(toks, k+1) == "entre" && lexis.InSet(lexis.FoldAt(toks, k+2), "eux", "elles") {
		k += 3 // "63 % d'entre eux pensent…"
	} else if lexis.FoldAt(toks, k) == "of" && lexis.FoldAt(toks, k+1) == "them" {
		k += 2
	}
	for k < len(toks) && lexis.InSet(toks[k].Fold, "ne", "n'", "lui", "leur", "se", "s'", "do", "does", "did", "not", "n't") {
		k++
	}
	if k < len(toks) && opinionVerbs[toks[k].Fold] && (p.pollWords() || k > r.after) {
		// "87 % ont confiance dans la police", "71 % ne lui font pas
		// confiance": in a sentence about a poll, the share is the
		// people polled.
		return p.opinionAfter(k)
	}
	k = r.after
	for k < len(toks) && lexis.InSet(toks[k].Fold, "des", "de", "d'", "of", "the", "les") {
		k++
	}
	if k >= len(toks) || !(peopleNouns[toks[k].Fold] || gazetteer.Demonyms[toks[k].Fold] || pollPeople[toks[k].Fold]) {
		return -1
	}
	k++
	for k < len(toks) && k <= r.after+6 && (tags[k] == syntax.ADJ || tags[k] == syntax.VERB && p.participleForm(k) && !opinionVerbs[toks[k].Fold]) {
		k++ // "interrogées", "polled", "surveyed"
	}
	if k+1 < len(toks) && lexis.InSet(toks[k].Fold, "de", "d'", "du", "of", "in") && tags[k+1] == syntax.PROPN {
		k += 2 // "des habitants de Zorgville pensent", "of residents in Ohio say"
		for k < len(toks) && tags[k] == syntax.PROPN {
			k++
		}
	}
	for k < len(toks) && lexis.InSet(toks[k].Fold, "se", "s'") {
		k++
	}
	if k >= len(toks) || !opinionVerbs[toks[k].Fold] {
		return -1
	}
	return p.opinionAfter(k)
}

// opinionAfter returns the word after the opinion verb at k that says what
// is thought or felt ("font confiance", "se disent sceptiques", "said they
// trust"), -1 when none.
func (p *parsed) opinionAfter(k int) int {
	toks, tags := p.toks, p.tags
	if opinionItself[toks[k].Fold] {
		return k // "40% do not trust the mayor", "52 % approuvent la réforme"
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch {
		case lexis.InSet(toks[j].Fold, "se", "s'", "que", "qu'", "that", "they", "ils", "elles", "it", "il", "be", "etre", "avoir", "have", "having", "been", "ete") || tags[j] == syntax.DET || tags[j] == syntax.ADV || tags[j] == syntax.AUX:
			// (and «déclarent avoir déjà sauté un repas»: the participle
			// after the auxiliary, not «avoir»)
			continue
		case tags[j] == syntax.NOUN || tags[j] == syntax.ADJ || tags[j] == syntax.VERB:
			return j
		}
		return -1
	}
	return -1
}

// negatedBefore reports whether "ne … pas", "n'… plus", "not" stands
// between tokens a and b: "71 % ne lui font pas confiance".
func (p *parsed) negatedBefore(a, b int) bool {
	for k := a; k < b && k < len(p.toks); k++ {
		if lexis.InSet(p.toks[k].Fold, "ne", "n'", "not", "n't", "never", "jamais") {
			return true
		}
	}
	return false
}

// pollWords reports whether the sentence speaks of a poll: "sondage",
// "personnes interrogées", "survey", "respondents".
func (p *parsed) pollWords() bool {
	for _, t := range p.toks {
		if pollNouns[t.Fold] {
			return true
		}
	}
	return false
}

// pollNouns name a poll or the people it asks.
var pollNouns = lexis.SetOf("sondage", "sondages", "sondes", "interroges", "interrogees", "enquete", "barometre", "poll", "polls",
	"survey", "surveys", "respondents", "polled", "surveyed")

// pollPeople are the people a poll counts.
var pollPeople = lexis.SetOf("sondes", "interroges", "respondents", "voters", "electeurs", "citoyens", "citizens", "adults", "adultes", "menages", "households",
	"habitants", "residents", "inhabitants",
	"francais", "francaises", "americains", "americans", "britanniques", "britons", "allemands", "germans", "europeens", "europeans")

// opinionVerbs say what people think or feel, directly ("pensent",
// "trust") or with the word after them ("font confiance", "se disent
// sceptiques", "said they trust").
var opinionVerbs = lexis.SetOf("font", "faisaient", "ont", "avaient", "disent", "disaient", "declarent", "declaraient", "montrent",
	"jugent", "estiment", "pensent", "considerent", "souhaitent", "approuvent", "desapprouvent", "craignent", "redoutent",
	"said", "say", "says", "think", "believe", "feel", "felt", "thought", "trust", "approve", "disapprove", "support",
	"oppose", "fear", "want", "wanted", "expect")

// opinionItself are the opinion verbs that say the opinion themselves,
// whatever their object.
var opinionItself = lexis.SetOf("approuvent", "desapprouvent", "craignent", "redoutent", "souhaitent", "trust", "approve",
	"disapprove", "support", "oppose", "fear", "want", "wanted")

// casualtyNouns count the dead and the injured themselves.
var casualtyNouns = lexis.SetOf("morts", "mort", "blesses", "blesse", "victimes", "victime", "dead", "injured", "wounded", "casualties",
	"deaths", "fatalities", "tues", "deces")

// casualtyWords say that people died or were hurt, as a verb or a noun.
var casualtyWords = lexis.SetOf("tue", "tues", "tuee", "tuees", "blesse", "blesses", "blessee", "blessees", "killed", "injured", "wounded",
	"died", "dead", "morts", "mortes", "decede", "decedes", "perished", "hurt", "mort", "death", "deaths", "vie", "lives",
	"kill", "kills", "killing", "injuring", "wounding", "tuant", "blessant")

// missingWords say people are missing after a disaster, counted beside the
// dead.
var missingWords = lexis.SetOf("missing", "disparus", "disparues", "disparu", "disparue")

// casualtyCount reports whether the figure of reading r counts the dead or
// the injured: "12 morts", "40 blessés", "killed 15 people", "la mort de 15
// personnes", "coûté la vie à trois personnes".
func (p *parsed) casualtyCount(r clauseReading) bool {
	if r.noun < 0 {
		return false
	}
	if casualtyNouns[p.toks[r.noun].Fold] {
		return true
	}
	if v := p.predicateOf(r); v >= 0 && v < r.at && casualtyWords[p.toks[v].Fold] && isVerb(p.tags[v]) {
		return true // "tuant les 228 passagers", "killed 12 soldiers": the verb says they died
	}
	if !peopleNouns[p.toks[r.noun].Fold] {
		// "Four miners died in the rockfall", «quatre mineurs sont morts»:
		// whoever the noun names, their own predicate says they died.
		return p.tags[r.noun] == syntax.NOUN && !p.toks[r.noun].Upper() && p.diesAfter(r.noun)
	}
	if deathBefore(p.toks, r.at) != "" {
		return true
	}
	v := p.predicateOf(r)
	if v >= 0 && casualtyWords[p.toks[v].Fold] {
		return true
	}
	return p.diesAfter(r.noun)
}

// diesAfter reports whether the predicate after the noun at token noun
// says they died: "quinze personnes sont mortes", "ont perdu la vie",
// "lost their lives", "were killed".
func (p *parsed) diesAfter(noun int) bool {
	toks, tags := p.toks, p.tags
	for k := noun + 1; k < len(toks) && k <= noun+6 && !p.clauseBreak(k); k++ {
		if casualtyWords[toks[k].Fold] && (tags[k] == syntax.VERB || tags[k] == syntax.ADJ || tags[k] == syntax.NOUN && tags[k-1] == syntax.AUX) {
			// (and «sont morts», the participle read as a noun)
			return true
		}
		if lexis.InSet(toks[k].Fold, "perdu", "lost") && k+2 < len(toks) && lexis.InSet(toks[k+2].Fold, "vie", "lives") {
			return true
		}
		if tags[k] == syntax.VERB || tags[k] == syntax.PUNCT || tags[k] == syntax.CCONJ || tags[k] == syntax.PRON || tags[k] == syntax.NUM {
			break // (past "au sol", "on the ground": "40 personnes au sol ont été tuées")
		}
	}
	return false
}

// disasterEffects say that people lost their homes or were moved by a
// disaster, or that homes were: "12,500 people had been evacuated", "2,300
// homes destroyed", «800 personnes évacuées», «200 sans-abri».
var disasterEffects = lexis.SetOf("evacuated", "evacuees", "displaced", "homeless", "missing", "stranded", "rescued", "destroyed",
	"damaged", "flooded", "evacue", "evacues", "evacuee", "evacuees", "deplaces", "sans-abri", "disparus", "disparues", "sinistres",
	"detruites", "detruits", "detruite", "endommagees", "endommages", "inondees", "inondes", "secourus", "relogees", "reloges",
	"hospitalised", "hospitalized", "affected", "hospitalises", "hospitalisees", "coupes", "prives", "privees", "touches", "touchees")

// disasterEffect reports whether the figure of reading r counts people
// moved or homes lost (see disasterEffects), by its noun or the words
// right after it.
func (p *parsed) disasterEffect(r clauseReading) bool {
	if r.noun < 0 {
		return false
	}
	toks := p.toks
	if disasterEffects[toks[r.noun].Fold] {
		return true
	}
	limit := r.noun + 5
	for k := r.noun + 1; k < len(toks) && k <= limit && !p.clauseBreak(k); k++ {
		if disasterEffects[toks[k].Fold] {
			return true
		}
		if p.tags[k] == syntax.CCONJ && k+1 < len(toks) && toks[k+1].Kind == lexis.Number && limit == r.noun+5 {
			k++ // «62 sapeurs-pompiers et 24 véhicules ont été mobilisés»: counts that share their predicate
			limit += 3
			continue
		}
		if p.tags[k] == syntax.PUNCT || p.tags[k] == syntax.CCONJ || p.tags[k] == syntax.NUM {
			break
		}
	}
	return false
}

// deathBefore returns the noun of death written right before the people a
// figure counts ("la mort de 15 personnes", "the deaths of 12 people",
// "coûté la vie à trois personnes"): "mort" or "killed", "" when none.
func deathBefore(toks []lexis.Token, at int) string {
	k := at - 1
	if k < 1 {
		return ""
	}
	switch {
	case lexis.InSet(toks[k].Fold, "de", "d'") && lexis.InSet(toks[k-1].Fold, "mort", "deces"):
		return "mort"
	case toks[k].Fold == "of" && lexis.InSet(toks[k-1].Fold, "death", "deaths"):
		return "killed"
	case lexis.InSet(toks[k].Fold, "a") && toks[k-1].Fold == "vie" && k >= 3 && lexis.InSet(toks[k-3].Fold, "coute", "coutera", "coutait", "cout"):
		return "mort"
	case toks[k].Fold == "of" && toks[k-1].Fold == "lives" && k >= 3 && lexis.InSet(toks[k-3].Fold, "claimed", "cost", "took"):
		return "killed"
	}
	return ""
}

// actionBefore returns the noun of an action done to what a figure counts,
// right before "de", "of" and the figure: «le licenciement de 25
// salariés», "the layoff of 120 workers", «l'évacuation de 2 000
// personnes»; "" when none.
func actionBefore(toks []lexis.Token, at int) string {
	k := at - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "de", "d'", "of") && actionNouns[toks[k-1].Fold] {
		return toks[k-1].Fold
	}
	return ""
}

// actionNouns name what is done to people, jobs or things counted after
// them.
var actionNouns = lexis.SetOf("licenciement", "licenciements", "suppression", "suppressions", "creation", "creations", "embauche", "embauches",
	"recrutement", "recrutements", "evacuation", "evacuations", "layoff", "layoffs", "dismissal", "dismissals", "elimination", "hiring",
	"recruitment", "evacuation", "rescue", "sauvetage", "arrestation", "arrest", "arrests", "interpellation", "interpellations",
	"expulsion", "deportation", "release", "liberation", "vaccination", "relocation", "transfer", "rappel", "recall")

// jobNouns count jobs or the people who hold them.
var jobNouns = lexis.SetOf("postes", "poste", "emplois", "emploi", "jobs", "job", "positions", "salaries", "employees", "workers", "staff", "employes")

// jobVerbs cut or create jobs.
var jobVerbs = lexis.SetOf("cut", "cuts", "cutting", "shed", "sheds", "shedding", "eliminate", "eliminates", "eliminated", "axe", "axed", "slash",
	"slashed", "create", "creates", "created", "add", "adds", "added", "hire", "hires", "hired", "supprimer", "supprime", "supprimera", "supprimeront",
	"supprimes", "creer", "cree", "creera", "creeront", "crees", "embaucher", "embauche", "embauchera", "recruter", "recrute", "recrutera",
	"licencier", "licencie", "licenciera")

// predicateOf returns the verb that says what happened to the people a
// figure counts: the verb after them when they are its subject ("15
// personnes ont perdu la vie", "9 people were injured"), else the clause's
// verb before them ("evacuated 80,000 people"); -1 when none.
func (p *parsed) predicateOf(r clauseReading) int {
	toks, tags := p.toks, p.tags
	pp := false // past a place's or a group's phrase: "40 personnes au sol ont été tuées"
	for k := r.noun + 1; k < len(toks) && k <= r.noun+6 && !p.clauseBreak(k) && toks[k].Text != ","; k++ {
		if p.inDate(k) {
			break // "a tué 15 personnes dimanche au Nigeria": a date, whatever the tagger read
		}
		if tags[k] == syntax.VERB || tags[k] == syntax.ADJ && casualtyWords[toks[k].Fold] {
			if pp && !casualtyWords[toks[k].Fold] {
				break
			}
			return k
		}
		if tags[k] == syntax.ADP && k == r.noun+1 {
			pp = true
			continue
		}
		if pp && (tags[k] == syntax.DET || tags[k] == syntax.NOUN || tags[k] == syntax.PROPN) {
			continue
		}
		if tags[k] != syntax.AUX && tags[k] != syntax.ADV && tags[k] != syntax.PRON && tags[k] != syntax.PART && tags[k] != syntax.ADJ {
			break
		}
	}
	if r.verb >= 0 && r.verb < r.at && tags[r.verb] == syntax.VERB {
		return r.verb
	}
	return -1
}

// verbLemma folds the forms of a verb that a measure names together:
// "employs" → "employ", "évacuées" and "évacué" → "evacue".
func verbLemma(w, lang string) string {
	w = lemma(w, lang)
	if lang == "fr" && strings.HasSuffix(w, "ee") {
		w = w[:len(w)-1]
	}
	return w
}

// objectMeasured returns the object of the figure's verb when the figure
// says by how much or to what the verb moved or set it: "raised its key
// interest rate by 0.25 percentage points to 3.25%", "held interest rates
// at 4.5%", "a relevé ses taux directeurs de 0,25 point". It returns the
// object's head and its first word, -1 when the figure is not of it.
func (p *parsed) objectMeasured(r clauseReading) (int, int) {
	toks, tags := p.toks, p.tags
	if r.verb < 0 || r.verb >= r.at || tags[r.verb] != syntax.VERB || valueVerbs[toks[r.verb].Fold] {
		return -1, -1 // (not "valuing the company at $5 billion": a value, not the company's level)
	}
	k := r.verb + 1
	for k < r.at && (tags[k] == syntax.DET || tags[k] == syntax.ADJ || tags[k] == syntax.ADV || possessives[toks[k].Fold] || p.inDate(k)) {
		k++
	}
	start := k
	for k < r.at && tags[k] == syntax.NOUN && !p.inDate(k) {
		k++
	}
	if k == start || levelWords[toks[k-1].Fold] {
		return -1, -1 // (not "hit a record high of 4,500 points": the level of the subject)
	}
	head := k - 1
	for k < r.at && tags[k] == syntax.ADJ {
		k++ // "ses taux directeurs"
	}
	end := k
	// The object's complements: what it is of («sa prévision de
	// croissance»), where or for when it is ("its stake in Blorp", "its
	// forecast for 2024").
	for k+1 < r.at {
		f := toks[k].Fold
		j := k + 1
		if j < r.at && tags[j] == syntax.DET {
			j++
		}
		switch {
		case lexis.InSet(f, "de", "d'", "du", "des", "of") && j < r.at && tags[j] == syntax.NOUN && !p.inDate(j) && !toks[j].Upper() && k == end &&
			start > 0 && (possessives[toks[start-1].Fold] || lexis.InSet(toks[start-1].Fold, "le", "la", "les", "l'", "the")) && !lexis.InSet(toks[k+1].Fold, "un", "une", "a", "an") &&
			!lexis.InSet(toks[j].Fold, "point", "points", "quart", "tiers", "moitie", "percent", "pourcent"):
			// (not «un chiffre d'affaires de 3,2 milliards»: no thing a
			// verb moves; nor «d'un quart de point»: its move)
			for j < r.at && tags[j] == syntax.NOUN && !p.inDate(j) {
				j++
			}
			head = j - 1
			for j < r.at && tags[j] == syntax.ADJ {
				j++
			}
			k, end = j, j
			continue
		case lexis.InSet(f, "in", "dans", "for", "pour") && j < r.at && (p.properNoun(j) || p.inDate(j)):
			for j < r.at && (p.properNoun(j) || p.inDate(j)) {
				j++
			}
			k = j
			continue
		}
		break
	}
	// Between the object and the figure: its moves ("by 0.25 percentage
	// points"), dates and the preposition of the figure.
	for ; k < r.at; k++ {
		f := toks[k].Fold
		if levelWords[f] && !(f == "plus" && !lexis.InSet(lexis.FoldAt(toks, k+1), "bas", "haut")) || (f == "minus" || f == "moins") && k == r.at-1 {
			continue // "kept its main interest rate at a record low of minus 0.50%": the level it is at
		}
		if !(lexis.InSet(f, "by", "to", "at", "from", "de", "d'", "a", "of", "son", "sa", "its", "their", "leur", "percentage", "basis", "bp", "bps", "pb", "base", ",", "un", "une", "an", "quarter", "quart", "half", "demi",
			"third", "tiers", "point", "points", "average", "moyenne") || tags[k] == syntax.NUM || measureUnits[f] != "" || p.inDate(k) ||
			lexis.InSet(f, "on", "in", "le", "en") && k+1 < r.at && p.inDate(k+1) || // "raised the fuel tax on Monday by 2 cents"
			toks[k].Kind == lexis.Punct && toks[k].Text != ";" && toks[k].Text != ":") {
			return -1, -1
		}
	}
	pre := r.at - 1
	if lexis.InSet(lexis.FoldAt(toks, pre), "minus", "moins") {
		pre--
	}
	if !lexis.InSet(lexis.FoldAt(toks, pre), "by", "to", "at", "de", "d'", "a") && !(lexis.InSet(lexis.FoldAt(toks, pre), "of", "de", "d'") && (levelWords[lexis.FoldAt(toks, pre-1)] && lexis.FoldAt(toks, pre-1) != "plus" ||
		lexis.InSet(lexis.FoldAt(toks, pre-1), "average", "moyenne") && lexis.InSet(lexis.FoldAt(toks, pre-3), "by", "de", "d'"))) {
		// (and "raised prices by an average of 8%": by that much, on average)
		return -1, -1
	}
	if p.lang == "fr" && end > head+1 {
		head = end - 1 // (the adjective is part of the name of the thing: "taux directeurs")
	}
	return head, start
}

// levelAfterVerb reports whether the figure at token at is the level its
// verb at v reaches or stays at, not a change: "fell to 38%", "stood at
// just 31%", «s'est établi à 7,4 %» ("fell 5% to 38%" leaves the 5% a
// change).
func levelAfterVerb(toks []lexis.Token, v, at int) bool {
	k := at - 1
	for k > v && lexis.InSet(toks[k].Fold, "just", "only", "about", "around", "nearly", "almost", "roughly", "some", "seulement", "environ") {
		k--
	}
	if k > v && lexis.InSet(toks[k].Fold, "currently", "actuellement") {
		return true // "to cut its main rate, currently 4.75%": the level now
	}
	if k > v+2 && toks[k].Text == "to" && lexis.InSet(toks[k-1].Fold, "points", "point", "%", "percent", "pts") {
		return true // "rose 35 basis points to 8.15%": the level the change in points reached
	}
	return k > v && lexis.InSet(toks[k].Text, "to", "at", "à") && !slices.ContainsFunc(toks[v+1:k], func(t lexis.Token) bool { return t.Kind == lexis.Number })
}

// voteVerbs tell the share of a vote a party or a candidate won.
var voteVerbs = lexis.SetOf("won", "took", "got", "obtained", "garnered", "secured", "captured", "polled", "received", "scored",
	"obtenu", "recueilli", "remporte", "obtient", "recueille", "totalise", "rassemble", "rassemblé")

// voteArticle reports whether the article tells of a vote: it counts a
// share "of the vote", «des voix», «des suffrages» or "of votes cast".
func (x *extractor) voteArticle() bool {
	if x.voteStory == 0 {
		x.voteStory = -1
		f := lexis.Fold(x.art.Text)
		for _, w := range []string{"% of the vote", "% of votes", "percent of the vote", "% des voix", "% des suffrages", "% des votes", "pour cent des voix"} {
			if strings.Contains(f, lexis.Fold(w)) {
				x.voteStory = 1
				break
			}
		}
	}
	return x.voteStory > 0
}

// levelWords name the level a thing a verb keeps or moves is at: "at a
// record low of", "to a new high of", «à un plus bas historique de».
var levelWords = lexis.SetOf("record", "low", "high", "lows", "highs", "peak", "level", "all-time", "new", "plus-bas", "plus-haut",
	"niveau", "historique", "plancher", "sommet", "plus", "bas", "haut")

// objectMeasure is the measure an object names: its words from start to
// head, the last one by its lemma ("interest rate", "taux directeur").
func (p *parsed) objectMeasure(start, head int, lang string) string {
	var w []string
	for k := start; k <= head; k++ {
		f := p.toks[k].Fold
		if k == head || lang == "fr" && k > start {
			f = lemma(f, lang)
		}
		w = append(w, f)
	}
	return strings.Join(w, " ")
}

// pluralName reports whether a capitalised word is a name in the plural:
// "Macs", "iPhones", "Airbuses", not "Williams" or "NASA".
func pluralName(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' || w[n-2] < 'a' || w[n-2] > 'z' || lexis.InSet(w[n-2:], "ss", "ms", "us", "is", "os") {
		return false
	}
	return true
}

// acronymPlural reports whether w is the plural of an acronym: "SUVs",
// "EVs", "MPs", "NGOs" (capitals, then a lower-case "s").
func acronymPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for _, r := range w[:len(w)-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// quantityNouns name an amount of something else: the measure is the noun
// after them ("le nombre d'emplois", "the number of passengers").
var quantityNouns = lexis.SetOf("nombre", "number", "total", "montant", "amount", "niveau", "level", "volume", "chiffre", "part",
	"share", "proportion", "taux", "rate", "somme", "sum", "quantite", "quantity")

// measureAt returns the measure a noun at token h names, by its lemma, with
// its complement after a word of quantity ("nombre d'emplois" → "emploi").
func (p *parsed) measureAt(h int, lang string) string {
	return p.measureOf(h, -1, lang)
}

// measureOf is measureAt for a noun whose clause's verb is verb: the verb
// right after a subject is what the clause states, not a participle.
func (p *parsed) measureOf(h, verb int, lang string) string {
	toks := p.toks
	m := lemma(toks[h].Fold, lang)
	if lang == "en" {
		// "the unemployment rate", "its market share", "oil prices": an
		// English compound's nouns before its head say which one.
		for j := h - 1; j >= p.compoundStart(h); j-- {
			m = toks[j].Fold + " " + m
		}
	}
	if lang == "en" && resultMeasures[m] && h+2 < len(toks) && toks[h+1].Fold == "from" && p.tags[h+2] == syntax.NOUN && !toks[h+2].Upper() && toks[h+2].Kind == lexis.Word &&
		!quantity.TimeUnitNoun(toks[h+2]) && (h+3 >= len(toks) || p.tags[h+3] != syntax.NOUN && p.tags[h+3] != syntax.ADP) {
		// "Revenue from hardware fell 6%": which revenue, as
		// "hardware revenue" says it.
		m = toks[h+2].Fold + " " + m
	}
	if lang == "fr" && p.frenchCompoundHead(h) >= 0 && !lexis.InSet(toks[h-2].Fold, "cubes", "cube", "carres", "carre") && measureUnits[toks[h-2].Fold] == "" {
		// (not «mètres cubes d'eau»: the water, in m³)
		m = lemma(toks[h-2].Fold, lang) + " " + toks[h-1].Fold + map[bool]string{true: "", false: " "}[toks[h-1].Fold == "d'"] + toks[h].Fold
	}
	if lang == "fr" {
		// «le produit intérieur brut», «le bénéfice net», «la dette
		// publique»: the adjectives that make the noun a term.
		for k := h + 1; k < len(toks) && k <= h+2 && k != verb && termAdjectives[toks[k].Fold]; k++ {
			m += " " + toks[k].Fold
		}
	}
	// "personnes évacuées", "emplois supprimés", "jobs cut": the participle
	// after the noun says what happened to what is counted.
	if k := h + 1; k < len(toks) && k != verb && p.tags[k] == syntax.VERB && toks[k].Kind == lexis.Word && !p.inDate(k) && (lang != "fr" || lexis.FrenchParticiple(toks[k].Fold)) {
		// (not «le montant pourrait atteindre»: a finite verb)
		return m + " " + toks[k].Fold
	}
	if k := h + 1; lang == "en" && jobNouns[toks[h].Fold] && k+1 < len(toks) && k != verb && lexis.InSet(toks[k].Fold, "were", "was", "had", "have", "has") {
		// "1,100 jobs had been cut", "jobs were created": what the
		// passive did to them
		if lexis.InSet(toks[k+1].Fold, "been", "be") {
			k++
		} else if lexis.InSet(toks[k].Fold, "had", "have", "has") {
			k = len(toks) // ("had joined": no passive)
		}
		if k+1 < len(toks) && (p.tags[k+1] == syntax.VERB && p.writtenParticiple(k+1) || jobVerbs[toks[k+1].Fold]) && !p.inDate(k+1) {
			return m + " " + toks[k+1].Fold
		}
	}
	if quantityNouns[toks[h].Fold] {
		last := h + 3
		for k := h + 1; k < len(toks) && k <= last; k++ {
			if len(toks[k].Text) == 1 && k+1 < len(toks) && initialDot(toks, k+1) {
				k++ // "the number of U.S. troops": the country's initials
				last += 2
				continue
			}
			if p.tags[k] == syntax.NOUN || p.standsForPeople(k) {
				if lexis.InSet(toks[h].Fold, "number", "nombre", "total", "count", "quantity", "quantite") {
					return lemma(toks[k].Fold, lang) // "the number of jobs": jobs
				}
				if k == h+2 && p.frenchCompoundHead(k) == h {
					// "le chiffre d'affaires", "le taux de chômage": the
					// compound, as when a figure completes it
					return m + " " + toks[h+1].Fold + map[bool]string{true: "", false: " "}[toks[h+1].Fold == "d'"] + toks[k].Fold
				}
				return m + " " + lemma(toks[k].Fold, lang)
			}
			if !lexis.InSet(toks[k].Fold, "de", "d'", "of", "des", "du", "the") && p.tags[k] != syntax.ADJ {
				break
			}
		}
	}
	return m
}

// termAdjectives make a French noun a term of economics after it: «produit
// intérieur brut», «résultat net», «dette publique», «taux directeur».
var termAdjectives = lexis.SetOf("interieur", "brut", "brute", "bruts", "brutes", "net", "nette", "nets", "nettes", "public",
	"publique", "publics", "publiques", "directeur", "directeurs", "operationnel", "operationnelle", "courant", "courante", "ajuste", "ajustee")

// standsForPeople reports whether the adjective at k stands for the people
// it qualifies, after "of" or "de": "the number of unemployed".
func (p *parsed) standsForPeople(k int) bool {
	toks := p.toks
	return p.tags[k] == syntax.ADJ && k > 0 && !toks[k].Upper() && lexis.InSet(toks[k-1].Fold, "of", "the", "des", "de", "d'") &&
		(k+1 >= len(toks) || p.tags[k+1] != syntax.NOUN && p.tags[k+1] != syntax.ADJ)
}

// frenchCompoundHead returns the head of the French compound noun h
// completes without an article ("un chiffre d'affaires de 3,2 milliards",
// "un taux de chômage de 7,4 %", "une part de marché de 12 %"), which is one
// measure; -1 when none (nor "un nombre d'emplois de 800 000": the jobs).
func (p *parsed) frenchCompoundHead(h int) int {
	toks := p.toks
	if p.lang != "fr" || h < 2 || !lexis.InSet(toks[h-1].Fold, "de", "d'") || p.tags[h-2] != syntax.NOUN || toks[h-2].Upper() || p.inDate(h-2) ||
		lexis.InSet(toks[h-2].Fold, "nombre", "total", "montant", "niveau", "volume", "somme", "quantite", "millier", "milliers") ||
		measureUnits[toks[h-2].Fold] != "" || quantity.Scale(toks[h-2].Fold) > 0 || strings.HasSuffix(toks[h-2].Fold, "aine") || strings.HasSuffix(toks[h-2].Fold, "aines") {
		// (nor "200 mm de pluie", "13 millions de voix", "une quarantaine
		// de personnes": a unit, a scale or a round number)
		return -1
	}
	return h - 2
}

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
	case lang == "fr" && lexis.InSet(w, "deces", "progres", "succes", "acces", "proces", "exces", "cours", "prix", "poids", "temps", "pays", "fois", "mois", "avis", "taux", "corps", "choix", "voix"):
		return w // «décès», «progrès», «pays», «voix»: the same word in the singular
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// nameNumber reports whether figure n is part of a name: a number right
// after a proper noun with no noun or unit of its own ("le CAC 40", "the
// S&P 500", "Falcon 9", "Boeing 737").
func (p *parsed) nameNumber(n quantity.NumberExpr) bool {
	toks, tags := p.toks, p.tags
	if !n.Scaled && n.Unit == "" && !n.Ordinal && n.Qualifier == "" && n.TokEnd-n.TokStart == 3 && toks[n.TokStart+1].Text == "." &&
		n.TokStart > 0 && p.properNoun(n.TokStart-1) && toks[n.TokStart].Space {
		return true // "the new Safari 4.0 web browser", "iOS 4.2", "Mac OS X 10.4": a version
	}
	if n.Scaled || n.Unit != "" || n.Ordinal || n.TokEnd-n.TokStart != 1 || n.Qualifier != "" {
		return false
	}
	// "le réacteur numéro 2", "reactor No. 2", "gate number 5": a common
	// noun's number names one of them (not "le numéro 2 mondial", "the No.
	// 1 seller": a place).
	if s := n.TokStart; numberSign(toks, s) {
		j := s - 1
		for j >= 0 && toks[j].Kind != lexis.Word {
			j--
		}
		if j >= 1 && (tags[j-1] == syntax.NOUN || tags[j-1] == syntax.PROPN) && toks[j-1].Kind == lexis.Word && !rankWords[toks[j-1].Fold] {
			return true // (and "Reactor No. 2 was shut down", "Unit No. 3"; not "world No. 1", a place)
		}
	}
	// "737-800", "A330-200": a model number.
	if e := n.TokEnd; e+1 < len(toks) && toks[e].Text == "-" && !toks[e].Space && toks[e+1].Kind == lexis.Number && !toks[e+1].Space {
		return true
	}
	if s := n.TokStart; s >= 2 && toks[s-1].Text == "-" && !toks[s].Space && !toks[s-1].Space {
		return true
	}
	// "6 rue de la Paix", "10 Downing Street": an address.
	if e := n.TokEnd; e < len(toks) && streetWords[toks[e].Fold] || e+1 < len(toks) && streetWords[toks[e+1].Fold] && p.properNoun(e) {
		return true
	}
	// "4 bis, avenue du Général de Gaulle", "12 ter rue…": an address's number.
	if e := n.TokEnd; e < len(toks) && lexis.InSet(toks[e].Fold, "bis", "ter") {
		for k := e + 1; k < len(toks) && k <= e+2; k++ {
			if streetWords[toks[k].Fold] {
				return true
			}
		}
	}
	// "6 rue Georges Auric, 75019 Paris": a postal code, five digits
	// after a comma and before the town.
	if s, e := n.TokStart, n.TokEnd; s > 0 && toks[s-1].Text == "," && e < len(toks) && toks[e].Upper() && len(toks[s].Text) == 5 && strings.Trim(toks[s].Text, "0123456789") == "" {
		return true
	}
	// "five new 737 aircraft": a number after a count is a model's.
	for k := n.TokStart - 1; k >= 0 && k >= n.TokStart-2; k-- {
		if tags[k] == syntax.NUM {
			return true
		}
		if tags[k] != syntax.ADJ {
			break
		}
	}
	k := n.TokStart - 1
	// "Boeing's 777 planes", "of Airbus' 380": three digits after a
	// name's possessive are its model's number.
	j := k
	for j >= 0 && (tags[j] == syntax.ADJ || j == k && tags[j] == syntax.NOUN && (strings.HasSuffix(toks[j].Fold, "er") || strings.HasSuffix(toks[j].Fold, "est"))) {
		j-- // "Boeing's largest 777", "Boeing's larger 777"
	}
	if j >= 1 && lexis.InSet(toks[j].Text, "'s", "’s", "'", "’") && p.properNoun(j-1) && len(toks[n.TokStart].Text) == 3 {
		return true
	}
	return k >= 0 && p.properNoun(k) && !lexis.InSet(toks[k].Fold, "de", "of")
}

// smallCount reports whether a count with no scale or unit is a claim: its
// clause has a verb and an entity subject of its own, and no determiner
// makes the number part of a noun phrase ("les deux pays", "its three
// founders"); ages and durations never are. org is true when the subject
// is an organisation, whose small counts are news (its plants, its
// countries), unless a verb of design gives them ("fitted it with two
// motors").
func (p *parsed) smallCount(n quantity.NumberExpr, r clauseReading, org bool) bool {
	toks, tags := p.toks, p.tags
	unitOf := r.noun >= 0 && measureUnits[toks[r.noun].Fold] != "" // "0,25 point", "1.5 kg"
	if _, ok := p.scoreAt(n.TokStart); ok && !n.Ordinal {
		return r.verb >= 0 && r.how != "" && r.how != fromPassage // "beating Kelvinside 2-1": each side's score, 1 and 0 too
	}
	if n.Ordinal || n.Value < 2 && !unitOf || n.Value <= 0 || r.verb < 0 || r.how == "" && !unitOf || r.how == fromPassage {
		return false // (but "le taux de chômage a reculé de 0,2 point": a measure's unit, whoever it is of)
	}
	if k := n.TokStart - 1; k >= 0 && !(allOf(toks, k) && p.casualtyCount(r)) && (tags[k] == syntax.DET && !lexis.InSet(toks[k].Fold, "some", "that", "que", "qu'") || tags[k] == syntax.PRON && !lexis.InSet(toks[k].Fold, "that", "que", "qu'") ||
		lexis.InSet(toks[k].Fold, "des", "du", "aux", "les", "ses", "leurs", "their", "its", "the", "these", "those", "ces")) {
		return false // "les deux pays", "des deux moteurs", "its three founders" (not "said on Tuesday that 127 people": a conjunction the tagger read as a determiner)
	}
	if (r.how == fromAnaphor && !org || r.how == fromOwner || designVerbs[toks[r.verb].Fold]) && n.Value < 10 && !unitOf && p.tallyVote(n.TokStart) < 0 {
		return false // "It comes in two colors", "the phone's two cameras": a design, not news
	} // (but «Le biscuitier emploie 2 300 salariés répartis dans sept usines»: an organisation's plants)
	return !quantity.TimeUnitNoun(toks[r.noun])
}

// allOf reports whether the determiner at k says "all of them": "killing
// all 228 people", "tous les 228 passagers" (a count of the dead; "acquitted
// all three defendants" stays the court's act).
func allOf(toks []lexis.Token, k int) bool {
	return toks[k].Fold == "all" || toks[k].Fold == "les" && k > 0 && lexis.InSet(toks[k-1].Fold, "tous", "toutes")
}

// actionPhrase returns the words from the verb that acts on a count to
// the noun it counts, as written ("will cut 250 jobs", "a supprimé près de
// 250 emplois", "could cut up to 2,000 jobs"); "" when the verb only says
// that the count is (the label's colon says that), or when other words
// stand between them.
func (p *parsed) actionPhrase(text string, r clauseReading, n quantity.NumberExpr) string {
	toks, tags := p.toks, p.tags
	v := r.verb
	if v < 0 || r.noun < n.TokEnd || r.noun-n.TokEnd > 2 && p.nameStart(n, r.noun) < 0 || r.at-v < 1 || r.at-v > 4 || tags[v] != syntax.VERB ||
		n.Unit == "%" || lexis.IsSpeechVerb(toks, v) && !lexis.InSet(lexis.FoldAt(toks, v+1), "a", "an", "un", "une", "the", "le", "la", "les", "its", "son", "sa", "ses") {
		return "" // (but "announced a £20 million support fund": an act, not words reported)
	}
	f := toks[v].Fold
	if designVerbs[f] || lexis.InSet(f, "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having", "etre", "avoir", "compte", "comptait", "comptent", "count", "counts", "includes", "include", "comprend", "reste", "remains", "remain") {
		return ""
	}
	for k := v + 1; k < r.at; k++ {
		if !qualifierWords[toks[k].Fold] && !lexis.InSet(toks[k].Fold, "up", "to", "jusqu'", "jusqu'a", "a", "de", "d'", "at", "only", "seulement") {
			return ""
		}
	}
	for k := n.TokEnd; k < r.noun; k++ {
		if !lexis.InSet(toks[k].Fold, "de", "d'", "of") && !((tags[k] == syntax.NOUN || k == n.TokEnd && p.compoundModifier(k)) && p.lang == "en") &&
			!p.nameBeforeNoun(k, n) && !p.partitiveDeterminer(k, n) && !(tags[k] == syntax.ADJ && k == n.TokEnd) {
			return "" // (English compounds go on: "a £20 million support fund")
		}
	}
	start := v
	aux := func() {
		for n := 0; start > 0 && n < 3 && (tags[start-1] == syntax.AUX && !p.named[start-1] || lexis.InSet(toks[start-1].Fold, "will", "would", "could", "may", "might", "should", "can", "va", "vont", "pourrait", "pourraient", "devrait", "devraient", "doit", "doivent", "du", "pu")); n++ {
			start--
		}
	}
	aux()
	if start >= 2 && lexis.InSet(toks[start-1].Fold, "to", "de", "d'") && tags[start-2] == syntax.VERB && !lexis.IsSpeechVerb(toks, start-2) {
		// "plans to lease 100 tankers", "prévoit de fermer 60 agences":
		// the verb that governs the infinitive, with its own auxiliaries.
		start -= 2
		aux()
	}
	if start > 0 && lexis.InSet(toks[start-1].Fold, "to", "nous", "we", "je", "j'", "i", "vous", "you", "tu") {
		// "plans to lease 100 tankers": not "Boeing lease 100 tankers";
		// "nous avons créé": not "Emmanuel Macron avons créé".
		return ""
	}
	if measureUnits[toks[r.noun].Fold] != "" && (riseWords[f] || fallWords[f] || hasStem(f, riseStems) || hasStem(f, fallStems)) {
		return "" // "a reculé de 0,2 point": the label says what moved, with its sign
	}
	if p.lang == "fr" && start == v && (hasAnySuffix(toks[v].Text, "er", "ir", "re") || hasAnySuffix(strings.TrimSuffix(strings.TrimSuffix(toks[v].Text, "s"), "e"), "é")) {
		return "" // an infinitive or a participle with no verb of its own: "PSA supprimer 1 600 emplois"
	}
	end := unitEnd(toks, r.noun)
	if measureUnits[toks[r.noun].Fold] != "" && rateAfterUnit(toks, end+1, p.lang) != "" {
		end += 2 // "pumped 1.2 million barrels per day": the rate, whole
	}
	return text[toks[start].Start:toks[end].End]
}

// moneyInIdioms are the nouns of idioms after an amount ("$2 million in
// total", "in return", "in advance"): no measure.
var moneyInIdioms = lexis.SetOf("total", "return", "advance", "part", "person", "all", "addition", "exchange")

// auxiliaryWords are the forms of "have" and "be" that a tagger may read as
// a clause's subject ("their trend of having risen 23 percent"): never
// what a figure measures.
var auxiliaryWords = lexis.SetOf("having", "being", "been", "has", "have", "had", "is", "are", "was", "were", "ayant", "etant", "ete", "avoir", "etre")

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// readMeasure sets what the claim's figure measures: the lemma of the noun
// it counts, else the noun phrase or verb its clause gives, with the unit.
func (x *extractor) readMeasure(c *Claim, p *parsed, r clauseReading) {
	toks := p.toks
	lang := x.art.Lang
	switch c.Metric {
	case MetricActiveUsers:
		if c.What == "users" && r.noun >= 0 && !lexis.InSet(toks[r.noun].Fold, "users", "user", "utilisateurs", "utilisateur", "utilisatrices") {
			// «24 millions d'abonnés mobiles», "19.6 million customers":
			// people a service counts, in the text's own word, not
			// "active users", which the text does not say.
			c.Measure = p.measureAt(r.noun, lang)
			if customerNouns[toks[r.noun].Fold] && lang == "en" {
				// (the label keeps "users" for the words that mean them,
				// «abonnés», "subscribers", "people" who use it; customers
				// are not users, and an English label names them in
				// English)
				c.What = p.phraseText(x.art.Text, r.noun)
			}
			c.Reasons = append(c.Reasons, "measure: the noun the figure counts, «"+toks[r.noun].Text+"»")
			return
		}
		fallthrough
	case MetricNewUsers, MetricDownloads, MetricRank:
		c.Measure = strings.ReplaceAll(string(c.Metric), "_", " ")
		c.Reasons = append(c.Reasons, "measure: "+c.Measure+", from the words around the figure")
		return
	}
	unit := strings.TrimLeft(c.Unit, "+−")
	if unit == "s" && c.What == "time" {
		// "finished second in 2:01:48": a time, in seconds.
		c.Measure = map[bool]string{true: "temps", false: "time"}[lang == "fr"]
		c.What, c.whatAfter = c.Measure, false
		c.Reasons = append(c.Reasons, "measure: a time, «"+c.ValueText+"»")
		return
	}
	objectAntecedent := -1 // "the dividend, which it raised by 5%": what the relative pronoun stands for
	if r.verb >= 0 && r.verb < r.at && unit == "%" {
		objectAntecedent = p.objectRelativeAntecedent(r.verb)
	}
	if w, _, n := fieldSpan(lexis.Fold(c.What)); n == 1 && quantity.IsCurrencyPrefix(w) {
		c.What = "" // "US$40 billion"
	}
	speed := false
	if r.after >= 0 && r.after < len(toks) {
		u, last := areaUnit(toks, r.after)
		if u == "" && lexis.InSet(toks[r.after].Fold, "de", "d'") && r.after > 0 && quantity.Scale(toks[r.after-1].Fold) > 0 {
			u, last = areaUnit(toks, r.after+1) // «90 millions de mètres cubes»
		}
		if u != "" {
			// "a 500,000 square foot data center", "40 000 mètres carrés":
			// an area, and the thing it is the area of.
			if unit == "" {
				unit = u
			}
			r.noun = -1
			k := last + 1
			for k < len(toks) && p.tags[k] == syntax.NOUN && !toks[k].Upper() && !p.inDate(k) {
				r.noun = k
				k++
			}
			first := last + 1 // "data center": the compound, on its head
			if r.noun < 0 {
				r.noun = p.measuredBy(last, r.verb)
				first = r.noun
			}
			c.What, c.whatAfter = "", false
			if r.noun >= 0 {
				c.What = x.art.Text[toks[first].Start:toks[r.noun].End]
			}
		}
	}
	if e := r.after; r.noun < 0 && unit == "" && e > 0 && e < len(toks) && toks[e-1].Kind == lexis.Number && toks[e].Space && (toks[e].Upper() || toks[e].InnerUpper()) && measureUnits[toks[e].Fold] != "" {
		r.noun = e // «a atteint 449 TWh», «84,2 GW»: a unit in capitals the tagger read as a name
	}
	if r.noun >= 1 && unit == "" && lexis.InSet(toks[r.noun].Fold, "hours", "hour", "heures", "heure") && strings.HasSuffix(measureUnits[toks[r.noun-1].Fold], "W") {
		// "7,500 megawatt hours": energy in MWh, not hours.
		unit = measureUnits[toks[r.noun-1].Fold] + "h"
		r.noun = p.measuredBy(r.noun, r.verb)
	}
	countedPoints := false
	if r.noun >= 0 && measureUnits[toks[r.noun].Fold] != "" {
		// "521 kg de matériel", "0.68 in thick", "weighs 3 lbs": a unit,
		// and what it measures.
		u := toks[r.noun]
		if unit == "" {
			unit = measureUnits[u.Fold]
			if unit == "points" && (r.noun > 0 && lexis.InSet(toks[r.noun-1].Fold, "basis") || lexis.MatchWords(toks, r.noun+1, "de", "base")) {
				unit = "basis points" // "by 25 basis points", «de 25 points de base»: hundredths of a percentage point
			}
			if unit == "points" && (lexis.InSet(lexis.FoldAt(toks, r.noun+1), "de", "d'") && r.noun+2 < len(toks) && toks[r.noun+2].Kind == lexis.Word && !toks[r.noun+2].Upper() &&
				!lexis.InSet(toks[r.noun+2].Fold, "pourcentage", "base", "croissance", "indice", "plus", "moins", "hausse", "baisse", "penalite", "avance", "retard", "ecart",
					"la", "le", "l'", "les", "son", "sa", "ses", "leur", "leurs", "son", "un", "une")) {
				unit, countedPoints = "", true // «172 000 points de recharge», «1 870 points de vente»: places, counted, not points of a scale
			}
			if k := r.noun + 2; k < len(toks) && toks[r.noun+1].Text == "/" && !toks[r.noun+1].Space && !toks[k].Space && toks[k].Kind == lexis.Word {
				unit += "/" + toks[k].Text // "207 km/h", "3 m/s"
			} else if k := r.noun + 1; k < len(toks) && !toks[k].Space && (toks[k].Text == "²" || toks[k].Text == "³") {
				unit += toks[k].Text // "20 m²"
			}
		}
		if k := r.noun + 1; lengthUnits[u.Fold] && (lexis.MatchWords(toks, k, "per", "hour") || lexis.MatchWords(toks, k, "an", "hour") ||
			lexis.MatchWords(toks, k, "a", "l'", "heure") || lexis.MatchWords(toks, k, "par", "heure")) {
			unit, speed = strings.TrimSuffix(unit, "/h")+"/h", true // "24,500 miles per hour", "300 km à l'heure"
		}
		if per := rateAfterUnit(toks, r.noun+1, p.lang); per != "" && !speed && !strings.Contains(unit, "/") {
			unit += per // "1.2 million barrels per day", «300 000 barils par jour»: a rate
		}
		if k := r.noun + 1; unit == "°" && k < len(toks) && lexis.InSet(toks[k].Fold, "c", "f", "celsius", "fahrenheit") {
			unit = "°" + strings.ToUpper(toks[k].Fold[:1]) // "38 degrés C", "100 degrees Fahrenheit"
		}
		if unit == "basis points" && lexis.MatchWords(toks, r.noun+1, "de", "base") {
			r.noun += 2 // («de 25 points de base»: what they measure is not «base»)
		}
		if !countedPoints {
			r.noun = p.measuredBy(r.noun, r.verb)
		}
	}
	if r.put && unit == "" && r.after < len(toks) && currencyWords[toks[r.after].Fold] {
		unit = toks[r.after].Text // "put the likely cost at 250 billion yen": the currency after the figure the verb sets
	}
	if r.put && unit == "" && r.after < len(toks) && r.after != r.noun && measureUnits[toks[r.after].Fold] != "" && measureUnits[toks[r.after].Fold] != "%" {
		unit = measureUnits[toks[r.after].Fold] // "projected the crop at 81 million tons": the unit after the figure the verb sets
		if k := r.after + 1; k+1 < len(toks) && toks[k].Text == "/" && !toks[k].Space && !toks[k+1].Space && toks[k+1].Kind == lexis.Word {
			unit += "/" + toks[k+1].Text // "58 km/s"
		} else if per := rateAfterUnit(toks, k, p.lang); per != "" {
			unit += per // "1.2 million barrels per day"
		}
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
	if k := voteShare(toks, r); k >= 0 && unit == "%" {
		// "69% voting in favor", "52 % votant contre": the share of the
		// votes cast that way.
		way := toks[k].Fold
		if way == "in" {
			way = "in favor"
		}
		c.Measure = map[bool]string{true: "vote " + way, false: "vote " + way}[lang == "fr"]
		c.What, c.whatAfter = x.art.Text[toks[r.after].Start:toks[min(k+map[bool]int{true: 1, false: 0}[way == "in favor"], len(toks)-1)].End], true
		c.Reasons = append(c.Reasons, "measure: the share of the votes cast «"+c.What+"»")
		c.Unit = "%" // a share of the votes, not a change ("rejected… with 61.8% voting against")
		return
	}
	if magnitudeAt(toks, r.at, r.after) {
		// "a magnitude 7.5 earthquake", "un séisme de magnitude 7,5", "had
		// a magnitude of 7.4": a reading on a scale, not a count of
		// earthquakes.
		c.Measure, c.Unit = "magnitude", ""
		c.What, c.whatAfter = "magnitude", false
		c.Reasons = append(c.Reasons, "measure: a magnitude")
		return
	}
	if u, ok := delayAfter(toks, quantity.NumberExpr{TokEnd: r.after}); ok {
		// "delivered 18 months behind schedule", "avec 18 mois de retard".
		c.Measure = map[bool]string{true: "retard", false: "delay"}[lang == "fr"]
		c.Unit, c.What, c.whatAfter = u, map[bool]string{true: "de retard", false: "late"}[lang == "fr"], true
		c.Reasons = append(c.Reasons, "measure: a delay, «"+x.art.Text[toks[r.after].Start:toks[min(r.after+2, len(toks)-1)].End]+"»")
		return
	}
	if delay, ok := lastingFor(toks, quantity.NumberExpr{TokStart: r.at, TokEnd: r.after}); ok {
		// "The test flight lasted four hours", «le TGV a été retardé de
		// quinze minutes»: how long it lasted, or was put back by.
		fr := lang == "fr"
		c.Measure = map[bool]string{true: "durée", false: "duration"}[fr]
		if delay {
			c.Measure = map[bool]string{true: "retard", false: "delay"}[fr]
		}
		c.Unit, c.What, c.whatAfter = toks[r.after].Fold, c.Measure, false
		c.Reasons = append(c.Reasons, "measure: a length of time, «"+x.art.Text[toks[max(r.at-1, 0)].Start:toks[r.after].End]+"»")
		if r.verb >= 0 && r.verb < r.at {
			if h := p.subjectHead(r.verb, 0); h >= 0 && !delay {
				// "The test flight lasted four hours": what lasted («la
				// grève»), a compound with its modifier ("test flight").
				e := h
				for lang != "fr" && e+1 < r.verb && p.tags[e+1] == syntax.NOUN && !toks[e+1].Upper() {
					e++
				}
				c.What = x.art.Text[toks[h].Start:toks[e].End]
			}
		}
		return
	}
	if m, ok := measuredTime(toks, quantity.NumberExpr{TokStart: r.at, TokEnd: r.after}); ok {
		// "Patients lived a median of 22.4 months", «L'âge moyen des
		// mères s'établit à 31,2 ans»: what the length of time measures.
		c.Measure, c.Unit, c.What, c.whatAfter, c.timeMeasured = m, toks[r.after].Fold, m, false, true
		c.Reasons = append(c.Reasons, "measure: a length of time, what «"+m+"» measures")
		return
	}
	if u, ok := prisonTermAfter(toks, quantity.NumberExpr{TokEnd: r.after}); ok {
		// "condamné à deux ans de prison", "sentenced to 10 years in prison".
		c.Measure = map[bool]string{true: "peine de prison", false: "prison sentence"}[lang == "fr"]
		c.Unit, c.What, c.whatAfter = u, x.art.Text[toks[r.after].Start:toks[r.after+2].End], true
		c.Reasons = append(c.Reasons, "measure: a prison term, «"+x.art.Text[toks[r.after].Start:toks[r.after+2].End]+"»")
		if r.verb < r.at && r.at-r.verb <= 8 && (r.how == fromClause || r.how == fromGroup || r.how == fromName) {
			// "Le tribunal a condamné l'ancien maire à deux ans de prison":
			// the sentence as written, without its date.
			c.phrase = p.wordsFrom(r.verb, r.after+2, r)
		}
		return
	}
	if sc, ok := p.scoreAt(r.at); ok {
		// "beating Kelvinside Rovers 2-1", «en battant Rouen 31 à 28»: a
		// side's score in a match, and the result in the source's words.
		c.Measure, c.What = "score", "score"
		end := r.at + 2
		if scoreDash(toks, r.at-1) {
			end = r.at
		}
		c.match = x.art.Text[toks[sc.verb].Start:toks[max(end, sc.b-1)].End]
		c.Reasons = append(c.Reasons, "measure: a side's score in a match, «"+c.match+"»")
		return
	}
	if v := p.votesAgainst(r.at); v >= 0 {
		// "par 312 voix contre 220", "by 523 votes to 46": the votes
		// against.
		c.Measure = map[bool]string{true: "voix contre", false: "votes against"}[lang == "fr"]
		c.What, c.whatAfter = c.Measure, true
		c.Reasons = append(c.Reasons, "measure: the votes against in a tally, «"+x.art.Text[toks[v-1].Start:toks[r.at].End]+"»")
		return
	}
	if v := p.tallyVote(r.at); v >= 0 && lang != "fr" {
		// "passed the bill by a vote of 51 to 50": the votes for, then
		// against, and the tally as written.
		c.Measure = "votes for"
		if lexis.InSet(lexis.FoldAt(toks, r.at-1), "to", "-") {
			c.Measure = "votes against"
		}
		c.What, c.whatAfter = c.Measure, true // ("The measure passed 64-35": not "35 passed")
		end := r.after - 1
		if lexis.InSet(lexis.FoldAt(toks, r.after), "to", "-") && r.after+1 < len(toks) && toks[r.after+1].Kind == lexis.Number {
			end = r.after + 1
		}
		c.Reasons = append(c.Reasons, "measure: a vote's tally, «"+x.art.Text[toks[v].Start:toks[end].End]+"»")
		if r.verb >= 0 && r.verb <= v && v-r.verb <= 10 && (r.how == fromClause || r.how == fromGroup || r.how == fromName) {
			c.phrase = p.wordsFrom(r.verb, end, r) // (v is the verb itself in "passed the bill 64-35")
		}
		return
	}
	if lexis.MatchWords(toks, r.after, "worth", "of") {
		// "sold $6.9 billion worth of Tesla shares": the money's worth of
		// the things named after it.
		for k := r.after + 2; k < len(toks) && k <= r.after+6 && !p.clauseBreak(k); k++ {
			if p.tags[k] == syntax.NOUN && !toks[k].Upper() {
				for k+1 < len(toks) && p.tags[k+1] == syntax.NOUN && !toks[k+1].Upper() {
					k++ // "worth of Tesla stock options"
				}
				c.Measure = p.measureAt(k, lang)
				if unit != "" {
					c.Measure += " (" + unit + ")"
				}
				c.What, c.whatAfter = x.art.Text[toks[r.after].Start:toks[k].End], true
				c.Reasons = append(c.Reasons, "measure: the worth of «"+toks[k].Text+"»")
				if r.verb >= 0 && r.verb < r.at && r.at-r.verb <= 4 && r.how == fromClause {
					c.phrase = p.wordsFrom(r.verb, k, r) // "Elon Musk sold $6.9 billion worth of Tesla shares"
				}
				return
			}
		}
	}
	if lexis.MatchWords(toks, r.after, "over", "budget") || lexis.MatchWords(toks, r.after, "au-dessus", "du", "budget") {
		// "four years behind schedule and $7.3 billion over budget".
		c.Measure = map[bool]string{true: "dépassement de budget", false: "cost overrun"}[lang == "fr"]
		c.What, c.whatAfter = toks[r.after].Text+" "+toks[r.after+1].Text, true
		c.Reasons = append(c.Reasons, "measure: a cost overrun, «"+toks[r.after].Text+" "+toks[r.after+1].Text+"»")
		return
	}
	head := -1
	if r.verb >= 0 && r.verb < r.at {
		head = p.subjectHead(r.verb, p.clauseStart(r.verb))
		if head < 0 && !slices.ContainsFunc(toks[r.verb+1:r.at], func(t lexis.Token) bool {
			i := tokenAt(toks, t.Start)
			return p.tags[i] == syntax.NOUN && !lexis.InSet(t.Fold, "points", "point", "percentage", "basis")
		}) {
			// (not «a été licencié avec une indemnité de 1,2 million»: the
			// noun the figure completes)
			head = p.headBeforeRelative(r.verb)
		}
	}
	if head >= 2 && lang != "fr" && r.subject != "" && nameHolds(r.subject, toks[head].Fold) {
		// "Insured losses from the storm could reach $6 billion to $9
		// billion": the subject is the storm, the figure its losses.
		j := head - 1
		for j > 0 && (p.tags[j] == syntax.DET || p.tags[j] == syntax.ADJ) {
			j--
		}
		if j > 0 && toks[j].Fold == "from" && p.tags[j-1] == syntax.NOUN && !toks[j-1].Upper() {
			head = j - 1
		}
	}
	if lang == "fr" && head >= 2 && lexis.InSet(toks[head].Fold, "moyen", "moyenne", "moyens", "moyennes", "median", "mediane") &&
		(p.tags[head-1] == syntax.NOUN || p.tags[head-2] == syntax.DET && p.tags[head-1] == syntax.VERB) && !toks[head-1].Upper() {
		// «Le loyer moyen d'un studio»: the noun the adjective qualifies,
		// not the adjective the tagger read as the head (nor a verb right
		// after a determiner: the tagger's «loyer»).
		head--
	}
	if head >= 0 && numberSignAt(toks, head) {
		head = -1 // "Britain's No. 1 Jack Draper earned": a rank's sign, no measure
	}
	if head >= 0 && p.inDate(head) {
		head = -1 // «s'est rendu jeudi sur place et a annoncé une aide de 2 millions»: a date is no measure
	}
	at := p.approximationStart(r.at) // "worth in the region of US$140bn": what stands before the approximation
	of := -1                         // "record profits of $269m", "un chiffre d'affaires de 25 milliards", "its losses to $46 billion"
	risen := -1                      // of, when it is the noun «en hausse de» the figure: «un RevPAR en hausse de 4,1 %»
	k0 := r.at - 1
	if lo := tokenAt(toks, c.ValueSpan.Start); c.Low > 0 && lo > 0 && lo < r.at {
		k0 = lo - 1 // "revenue of $4.4 billion to $4.5 billion": the noun the range's lower end completes
	}
	if k0 >= 2 && lexis.InSet(toks[k0].Fold, "between", "entre") && lexis.InSet(toks[k0-1].Fold, "of", "de", "d'") {
		k0-- // "expects revenue of between $4.4 billion and $4.5 billion": the noun the range completes
	}
	if k := k0; at == r.at && k >= 1 && lexis.InSet(toks[k].Fold, "of", "de", "d'", "du", "to", "a") {
		for j := k - 1; j >= 0 && k-j <= 3; j-- {
			if p.tags[j] == syntax.NOUN && (measureUnits[toks[j].Fold] != "" || lexis.InSet(toks[j].Fold, "point", "points", "percent", "pourcent", "cent") || toks[j].Is(quantity.TimeUnit)) {
				break // "by a quarter point to 5.5%": the unit of the figure before, no measure (nor "this year to 18 million tonnes": a time)
			}
			if p.inDate(j) {
				break // «La coulée progressait mardi à 300 mètres par heure»: a day is no measure
			}
			if p.tags[j] == syntax.NOUN && adverbialBefore(toks, j+1) > 0 && !lexis.InSet(toks[j].Fold, "hausse", "baisse", "moyenne") {
				break // «le quota augmente en revanche de 7 %», «a progressé par ailleurs de 4 %»: a locution's word, no measure
			}
			if p.tags[j] == syntax.NOUN {
				of = j
				break
			}
			if p.tags[j] != syntax.ADJ {
				break
			}
		}
		if of >= 2 && lexis.InSet(toks[of].Fold, "hausse", "baisse", "progression", "recul", "augmentation", "diminution", "repli") && toks[of-1].Fold == "en" &&
			(p.tags[of-2] == syntax.NOUN || p.tags[of-2] == syntax.PROPN && of >= 3 && lexis.InSet(toks[of-3].Fold, "un", "une", "son", "sa", "ses", "leur", "leurs", "d'un", "d'une")) && !p.inDate(of-2) && toks[of-2].Kind == lexis.Word &&
			!quantityNouns[toks[of-2].Fold] && !lexis.InSet(toks[of-2].Fold, "montant", "chiffre", "total", "niveau") {
			// (and a term's acronym after its article: «d'un RevPAR»; not
			// «un montant en recul de 8,3 %»: the figure before, again)
			// «un RevPAR en hausse de 4,1 %», «un marché en hausse de 1,4 %»:
			// the noun that rose, not the word of its rise
			of -= 2
			risen = of
		}
		if of >= 2 && lexis.InSet(toks[of].Fold, "average", "moyenne") && lexis.InSet(toks[of-1].Fold, "an", "a", "une") && lexis.InSet(toks[of-2].Fold, "by", "de", "d'") {
			of = -1 // "raised prices by an average of 8%", «de 8 % en moyenne»: how much, on average, not an average's measure
		}
		if of >= 3 && p.tags[of-1] == syntax.DET && lexis.InSet(toks[of-2].Fold, "for", "pour") && p.tags[of-3] == syntax.NOUN {
			of -= 3 // "its support fund for the area to £35 million": the fund
		}
		if of >= 4 && toks[of].Fold == "groupe" && toks[of-1].Fold == "du" && toks[of-2].Fold == "part" && p.tags[of-3] != syntax.DET {
			// «un bénéfice net part du groupe de 1,24 milliard»: the
			// accounts' «part du groupe» qualifies the result before it.
			for j := of - 3; j >= 0 && of-3-j <= 2; j-- {
				if p.tags[j] == syntax.NOUN {
					of = j
					break
				}
			}
		}
	}
	money := unit != "" && unit != "%"
	priceWord := ""
	if money && (lexis.InSet(toks[at].Fold, "starting", "starts", "start", "beginning", "begins") || toks[at].Fold == "a" && lexis.FoldAt(toks, at+1) == "partir") {
		priceWord = "price" // "starting at US $199", "à partir de 199 euros", the figure's own first words
	}
	if money && priceWord == "" && r.verb >= 0 {
		priceWord = moneyVerbs[toks[r.verb].Fold]
		if (priceWord == "loss" || priceWord == "perte") && p.levelAfterMove(r.verb, at) {
			priceWord = "" // "Shares of Zorgon lost 3% to $41.20": the level after the move, no loss
		}
	}
	if money && priceWord == "" && at > 0 {
		k := at - 1
		for k > 0 && at-k < 3 && lexis.InSet(toks[k].Fold, "the", "a", "an", "us") {
			k-- // "worth the US $129"
		}
		priceWord = moneyVerbs[toks[k].Fold]
	}
	if money && priceWord == "" && at > 1 && lexis.InSet(toks[at-1].Fold, "and", "or", "et", "ou") {
		// "for US$299 and US$399": the amount after "and" is what the one
		// before it is.
		j := at - 2
		for j > 0 && at-j < 6 && (p.tags[j] == syntax.NUM || p.tags[j] == syntax.SYM || quantity.CurrencyPrefix(toks, j) ||
			quantity.Scale(toks[j].Fold) > 0) {
			j--
		}
		if j < at-2 {
			priceWord = moneyVerbs[toks[j].Fold]
		}
	}
	if money && priceWord == "" && at > 1 && (lexis.InSet(toks[at-1].Fold, "at", "from") && lexis.InSet(toks[at-2].Fold, "starting", "starts", "start", "beginning", "begins") ||
		lexis.InSet(toks[at-1].Fold, "de", "d'") && toks[at-2].Fold == "partir") {
		priceWord = "price" // "starting at US $199", "à partir de 199 euros"
	}
	// "available for $1.99 each", "vendus 5 euros pièce": a price.
	each := money && r.after < len(toks) && lexis.InSet(toks[r.after].Fold, "each", "apiece", "chacun", "chacune", "piece")
	if (priceWord == "cost" || priceWord == "cout") && c.Value < 1e6 && !(r.verb >= 0 && verbObjectBefore(p, r.verb, at)) {
		// "The Zorgon Nano will cost $199": a product's price; "the recall
		// would cost between $350 million and $420 million", "would cost
		// the economy 24 billion francs": a cost.
		priceWord = "price"
	}
	if priceWord != "" && lang == "fr" {
		priceWord = map[string]string{"price": "prix", "value": "valeur", "total": "total", "perte": "perte", "loss": "perte", "cost": "cout", "cout": "cout"}[priceWord]
	}
	share := -1 // "19 percent of the U.S. music market", "60 % des voix"
	if unit == "%" && r.noun < 0 && (head < 0 || !quantityNouns[toks[head].Fold]) {
		// (not "le taux de chômage … à 7,4 % de la population active":
		// a rate's base is not what it measures)
		share = p.complementAfter(r.after)
		if share >= 1 && lexis.InSet(toks[share].Fold, "total", "ensemble") && lexis.InSet(toks[share-1].Fold, "the", "le", "l'", "du") && shareOfWhole(toks, r.at) {
			share = -1 // "accounted for 46% of the total": the whole its subject is part of
		}
		if gdpAfter(toks, r.after) {
			// "The deficit reached 4.5% of GDP", «à 4,5 % du produit
			// intérieur brut»: a ratio to the economy, what its subject
			// measures.
			share = -1
		}
	}
	inNoun := -1 // "$500 million yearly in revenue", "$3 billion in cash": the money is the noun's after "in"
	if k := r.after; money && r.noun < 0 && k < len(toks) && priceWord == "" {
		// (not "agreed to buy iRobot for $1.7 billion in cash": a price)
		if k < len(toks) && currencyWords[toks[k].Fold] {
			k++ // "845,000 euros in prize money"
		}
		if k < len(toks) && toks[k].Text == "(" {
			// "C$1.2 million ($900,000) in extra funding": past the same
			// amount in another currency
			for j := k + 1; j < len(toks) && j < k+8; j++ {
				if toks[j].Text == ")" {
					k = j + 1
					break
				}
			}
		}
		for k < len(toks) && k < r.after+2 && lexis.InSet(toks[k].Fold, "yearly", "annually") {
			k++
		}
		j := k + 1
		if j+1 < len(toks) && p.tags[j] == syntax.ADJ && !toks[j].Upper() {
			j++ // "in new debt"
		}
		if lang != "fr" && j+2 < len(toks) && p.tags[j] == syntax.NOUN && p.tags[j+1] == syntax.NOUN && toks[j+1].Space && !toks[j+1].Upper() {
			j++ // "in ticket sales", "in prize money": an English compound ends on its head
		}
		if j < len(toks) && k < len(toks) && toks[k].Fold == "in" && p.tags[j] == syntax.NOUN && !toks[j].Upper() && !p.inDate(j) && !moneyInIdioms[toks[j].Fold] &&
			(j+1 >= len(toks) || p.tags[j+1] != syntax.NOUN && (p.tags[j+1] != syntax.ADP || !lexis.InSet(toks[j+1].Fold, "of", "de", "d'", "du", "des"))) {
			// (not "$2 billion in shares of Zorgon": whose shares)
			inNoun = j
		}
	}
	per := -1 // "£ 0.79 per song", "200 million per aircraft", "0,99 € par titre"
	// (and "800 orders at 200 million per aircraft": an amount for each,
	// its currency left unsaid)
	if k := r.after; (money || c.Unit == "" && r.noun < 0 && k < len(toks) && lexis.InSet(toks[k].Fold, "per", "par")) && k+1 < len(toks) && lexis.InSet(toks[k].Fold, "per", "par", "a", "an") && toks[k].Fold != "a" || k+1 < len(toks) && money && lang != "fr" && toks[k].Fold == "a" {
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if p.tags[j] == syntax.NOUN {
				per = j
				break
			}
			if p.tags[j] != syntax.ADJ && p.tags[j] != syntax.DET {
				break
			}
		}
	}
	obj, objStart := -1, -1 // "raised its key interest rate by 0.25 points to 3.25%", "a relevé ses taux directeurs de 0,25 point"
	if unit != "" && (r.noun < 0 || levelWords[p.toks[r.noun].Fold]) && share < 0 {
		obj, objStart = p.objectMeasured(r)
	}
	opinion := -1 // "61 % des personnes interrogées font confiance au maire": what they think
	if unit == "%" {
		opinion = p.pollOpinion(r)
	}
	switch {
	case money && (r.how == fromFined || r.how == fromSentenced || r.verb >= 0 && r.verb < r.at && fineVerbs[toks[r.verb].Fold] ||
		r.how == fromRequested && r.after+1 < len(toks) && lexis.InSet(toks[r.after].Fold, "de", "d'") && lexis.InSet(toks[r.after+1].Fold, "amende", "amendes")):
		// (and the fine a prosecutor asks for: «75 000 euros d'amende
		// contre Gérard Zorgier»)
		// "fined Zorgon €1.8 billion", "fined the carmaker Zorgmotors €45
		// million", "fined five lenders a total of $20 million": a fine.
		c.Measure = map[bool]string{true: "amende", false: "fine"}[lang == "fr"]
		c.What = c.Measure
		c.Reasons = append(c.Reasons, "measure: a fine, «"+toks[r.verb].Text+"»")
	case r.bracket >= 0:
		c.Measure = p.measureAt(r.bracket, lang)
		c.What, c.whatAfter = lowerInitial(p.phraseText(x.art.Text, r.bracket), toks, x.art.Text), false
		c.Reasons = append(c.Reasons, "measure: the noun before the brackets the figure is in, «"+toks[r.bracket].Text+"»")
	case risen >= 0 && unit == "%":
		// «un RevPAR en hausse de 4,1 %», «dans un marché en hausse de
		// 1,4 %»: the noun that rose or fell by the figure, whatever the
		// clause's subject.
		c.Measure = p.measureAt(risen, lang)
		c.What, c.whatAfter = p.phraseText(x.art.Text, risen), false
		c.Reasons = append(c.Reasons, "measure: the noun that moved by the figure, «"+toks[risen].Text+"»")
	case r.verb >= 0 && r.verb < r.at && p.forecastObject(r.verb, r.at) >= 0:
		// "Conab cut its forecast for the 2026 harvest to 51.2 million
		// bags", «a abaissé sa prévision d'exportations de blé … à 7,5
		// millions de tonnes»: the forecast its verb moves to the figure,
		// not a level its subject reached.
		h := p.forecastObject(r.verb, r.at)
		c.Measure, c.What, c.whatAfter = p.forecastMeasure(x.art.Text, h, r.at, lang)
		c.Reasons = append(c.Reasons, "measure: the forecast its verb «"+toks[r.verb].Text+"» moves to the figure, «"+toks[h].Text+"»")
	case r.verb >= 0 && r.verb < r.at && r.at-r.verb <= 2 && r.noun < 0 && unit == "" && p.countNounBefore(r.verb) >= 0:
		// "The death toll from the collapse of a bridge over the Allegheny
		// River rose to seven", «Le bilan s'est alourdi à sept morts»: the
		// count its subject names, not a level of the river.
		h := p.countNounBefore(r.verb)
		c.Measure = p.measureAt(h, lang)
		c.What, c.whatAfter = c.Measure, false
		c.Reasons = append(c.Reasons, "measure: the count its clause's subject names, «"+toks[h].Text+"»")
	case p.levelReached(r, head, unit):
		// "The FTSE 100 fell 1.5% to 5,800", "Le CAC 40 a clôturé à 3 412
		// points": where a name that is no measure stood after it moved.
		c.Measure = map[bool]string{true: "niveau", false: "level"}[lang == "fr"]
		c.What, c.whatAfter = c.Measure, false
		c.Reasons = append(c.Reasons, "measure: the level its subject reached, «"+toks[r.verb].Text+" "+toks[r.at-1].Text+"»")
	case opinion >= 0:
		c.Measure = lemma(toks[opinion].Fold, lang)
		if p.tags[opinion] == syntax.VERB {
			c.Measure = verbLemma(toks[opinion].Fold, lang)
		}
		c.What = toks[opinion].Text
		if k := opinion + 2; p.tags[opinion] == syntax.VERB && k < len(toks) && p.tags[k-1] == syntax.DET && p.tags[k] == syntax.NOUN {
			c.What = x.art.Text[toks[opinion].Start:toks[k].End] // «ont déjà sauté un repas»: the act and its object
		}
		if p.negatedBefore(r.after, opinion) {
			// "71 % ne lui font pas confiance": the share that does not.
			neg := map[bool]string{true: "pas ", false: "not "}[lang == "fr"]
			c.Measure, c.What = neg+c.Measure, neg+c.What
		}
		c.Reasons = append(c.Reasons, "measure: what the people counted say or feel, «"+toks[opinion].Text+"»")
	case each:
		c.Measure = map[bool]string{true: "prix", false: "price"}[lang == "fr"]
		c.What, c.whatAfter = toks[r.after].Text, true
		c.Reasons = append(c.Reasons, "measure: a price, for «"+toks[r.after].Text+"»")
	case (unit == "°C" || unit == "°F") && !(r.at > 0 && toks[r.at-1].Fold == "by") &&
		!(r.at > 1 && lexis.InSet(toks[r.at-1].Fold, "de", "d'") && p.tags[r.at-2] == syntax.VERB && !p.copula(r.at-2)) &&
		!lexis.InSet(lexis.FoldAt(toks, r.after), "above", "below", "warmer", "colder", "hotter", "cooler", "higher", "lower", "plus", "moins", "au-dessus", "au-dessous", "de"):
		// (not a change: "has warmed by 0.5°C", "ont chuté de 12 degrés
		// C", "8°C above normal"; "le record était de 38,7 °C" is one)
		// "des maximales de 37 à 38 degrés C", "Bordeaux a atteint 39,1°C":
		// a temperature, whatever the clause's verb or place.
		c.Measure = map[bool]string{true: "température", false: "temperature"}[lang == "fr"]
		c.What, c.whatAfter = c.Measure, false
		c.Reasons = append(c.Reasons, "measure: a temperature, in "+unit)
	case (speed || lexis.InSet(unit, "km/h", "mph", "kn", "m/s")) && of >= 0 && !anaphors[toks[of].Fold]:
		// "winds of 150 mph", "des rafales de 150 km/h": the speed of what
		// the figure completes, not the clause's subject.
		c.Measure = p.measureAt(of, lang)
		c.What, c.whatAfter = p.phraseText(x.art.Text, of), false
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"», a speed in "+unit)
	case speed:
		c.Measure = map[bool]string{true: "vitesse", false: "speed"}[lang == "fr"]
		c.What = c.Measure
		c.Reasons = append(c.Reasons, "measure: a speed, in "+unit)
	case obj >= 0:
		c.Measure = p.objectMeasure(objStart, obj, lang)
		c.What = strings.TrimSpace(x.art.Text[toks[objStart].Start:toks[obj].End])
		c.Reasons = append(c.Reasons, "measure: the thing its verb moves or sets, «"+c.What+"»")
	case per >= 0 && !quantity.TimeUnitNoun(toks[per]):
		word := map[bool]string{true: "prix par ", false: "price per "}[lang == "fr"]
		if priceWord != "" && priceWord != "price" && priceWord != "prix" {
			word = priceWord + map[bool]string{true: " par ", false: " per "}[lang == "fr"]
		} else if money && head >= 0 && r.verb > head && r.verb < r.at && p.tags[head] == syntax.NOUN && resultMeasures[toks[head].Fold] {
			// "Its net profit came to $1.14 per share": the result the
			// clause's subject names, for each.
			word = p.measureOf(head, r.verb, lang) + map[bool]string{true: " par ", false: " per "}[lang == "fr"]
		} else if !money && head >= 0 && r.verb > head && r.verb < r.at && p.tags[head] == syntax.NOUN && !quantityNouns[toks[head].Fold] {
			// "Average attendance reached 50,800 per match": a count for
			// each, of what the clause's subject names, no price.
			word = p.measureOf(head, r.verb, lang) + map[bool]string{true: " par ", false: " per "}[lang == "fr"]
		} else if of >= 0 && !anaphors[toks[of].Fold] && !quantity.TimeUnitNoun(toks[of]) {
			// «un dividende de 1,85 euro par action», "a dividend of $2 a
			// share": the noun the amount completes, for each.
			word = p.measureAt(of, lang) + map[bool]string{true: " par ", false: " per "}[lang == "fr"]
		}
		c.Measure = word + p.measureAt(per, lang)
		// "200 million per aircraft", "$199 per phone": the label says for
		// each what, as written.
		c.What, c.whatAfter = x.art.Text[toks[r.after].Start:toks[per].End], true
		if money && word == map[bool]string{true: "prix par ", false: "price per "}[lang == "fr"] && head >= 0 && r.verb > head && r.verb < r.at && p.tags[head] == syntax.NOUN &&
			!toks[head].Upper() && !quantityNouns[toks[head].Fold] && !anaphors[toks[head].Fold] && !peopleNouns[toks[head].Fold] && !personNouns[toks[head].Fold] && !p.inDate(head) &&
			(of < 0 || levelWords[toks[of].Fold]) && !nameHolds(r.subject, toks[head].Fold) && !strings.Contains(" "+lexis.Fold(r.subject)+" ", " "+toks[head].Fold+" ") &&
			r.how != "" && r.how != fromThing && r.how != fromPhrase && r.how != fromTopic &&
			!resultMeasures[toks[head].Fold] && !ownedMeasures[toks[head].Fold] && r.at >= 1 && !lexis.InSet(toks[r.at-1].Fold, "or", "soit", ",") &&
			(lexis.InSet(toks[r.at-1].Fold, "to", "at") || r.verb == r.at-1 || lexis.InSet(toks[r.verb].Fold, "averaged", "averages", "hit", "hits", "traded", "trades", "cost", "costs")) {
			// "In the United States, retail ground coffee averaged $9.12 a
			// pound": the price of what the clause's subject names, for
			// each unit.
			if m := p.measureOf(head, r.verb, lang); lexis.InSet(toks[head].Fold, "price", "prices", "prix", "cost", "costs", "cout", "couts", "cours", "tarif", "tarifs") {
				c.Measure = m + map[bool]string{true: " par ", false: " per "}[lang == "fr"] + p.measureAt(per, lang) // "The gold price averaged $3,450 an ounce": not "gold price price"
			} else {
				c.Measure = m + " " + c.Measure
			}
			c.What, c.whatAfter, c.countedIn = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text), false, c.What
		}
		c.Reasons = append(c.Reasons, "measure: an amount for each «"+toks[per].Text+"»")
	case inNoun >= 0:
		c.Measure = p.measureAt(inNoun, lang)
		c.What, c.whatAfter = x.art.Text[toks[r.after].Start:toks[inNoun].End], true
		c.Reasons = append(c.Reasons, "measure: the money «in» «"+toks[inNoun].Text+"»")
	case share >= 0:
		c.Measure = p.measureAt(share, lang)
		if lang == "fr" {
			c.Measure = "part " + c.Measure // "part des voix"
		} else {
			c.Measure += " share" // "market share"
		}
		c.What = p.phraseText(x.art.Text, share)
		c.Reasons = append(c.Reasons, "measure: what the share is of, «"+toks[share].Text+"»")
		if unit == "%" && r.verb >= 0 && scoreVerbs[verbLemma(toks[r.verb].Fold, lang)] {
			// "The Zorg Alliance won 38.4% of the vote. The Greens won
			// 13.6%": a score, no rise, whose measure the next takes.
			c.Unit = "%"
			x.share.measure, x.share.what, x.share.date, x.shareAt = c.Measure, c.What, Date{}, x.sentIndex
		}
	case unit == "%" && lang != "fr" && r.after < len(toks) && changeNouns[toks[r.after].Fold] && (r.noun == r.after || r.at > 0 && lexis.InSet(toks[r.at-1].Fold, "a", "an", "the", "its", "their")) &&
		p.changedIn(r.after) >= 0:
		// "a 30% rise in patients", "a 12% fall in profits": what rose or
		// fell, by that much (and "a 38% drop in operating profit", the
		// change noun the tagger read as a verb after its article).
		k := p.changedIn(r.after)
		r.noun = r.after
		c.Measure = p.measureAt(k, lang)
		c.What, c.whatAfter = p.phraseText(x.art.Text, k), false
		if c.Unit == "%" {
			c.Unit = map[bool]string{true: "+%", false: "−%"}[lexis.InSet(toks[r.noun].Fold, "rise", "increase", "jump", "gain")]
		}
		c.Reasons = append(c.Reasons, "measure: what the «"+toks[r.noun].Text+"» is in, «"+toks[k].Text+"»")
	case lang != "fr" && c.Unit != "" && r.at >= 3 && toks[r.at-1].Fold == "to" && p.changedTo(r.at-1) >= 0:
		// "a 38% drop in operating profit to 412 million crowns": the
		// level what changed came to.
		k := p.changedTo(r.at - 1)
		c.Measure = p.measureAt(k, lang)
		c.What, c.whatAfter = p.phraseText(x.art.Text, k), false
		c.Reasons = append(c.Reasons, "measure: the level «"+toks[k].Text+"» came to")
	case r.noun >= 0 && r.noun > r.at && p.aggregateOf(head, of, r) >= 0:
		// "Its fleet grew to 85 vessels", "The deal lifts its order
		// backlog to 196 ships", «Ses effectifs ont atteint 4 000
		// personnes»: the whole the figure sizes, in the unit it counts,
		// not a count of vessels the company has.
		k := p.aggregateOf(head, of, r)
		c.Measure = p.measureOf(k, r.verb, lang)
		c.What, c.whatAfter, c.countedIn = p.phraseText(x.art.Text, k), false, toks[r.noun].Text
		c.Reasons = append(c.Reasons, "measure: the whole the figure sizes, «"+toks[k].Text+"», counted in «"+toks[r.noun].Text+"»")
	case r.noun >= 0:
		c.Measure = p.measureAt(r.noun, lang)
		if unit == "%" && c.Unit != "%" && r.verb >= 0 && scoreVerbs[verbLemma(toks[r.verb].Fold, lang)] {
			c.Unit = "%" // "won 38.4% of the vote": a score, no rise
		}
		if unit == "%" && c.Unit == "%" {
			x.share.measure, x.share.what, x.share.date, x.shareAt = c.Measure, p.phraseText(x.art.Text, r.noun), Date{}, x.sentIndex
		}
		if unit == "%" && (c.What == "" || c.What == "%" || r.noun > r.at && (lexis.FoldAt(toks, r.after) == "of" && possessives[lexis.FoldAt(toks, r.after+1)] || lexis.FoldAt(toks, r.at-1) == "soit" || lang == "en" && r.noun >= r.after && r.noun-r.after <= 2 && p.tags[r.after] == syntax.NOUN)) {
			c.What = p.phraseText(x.art.Text, r.noun) // "78 % des salariés", "8% of its workforce", "soit 8 % de ses effectifs": the share of them (not "5.5% of GDP": a ratio to it)
		}
		if p.tags[r.noun] == syntax.PROPN && r.verb >= 0 && r.verb < r.at && p.tags[r.verb] == syntax.VERB {
			// "sold 13.7 million Macs": a product counted by what its
			// verb says was done with it.
			c.Measure += " " + toks[r.verb].Fold
		} else if w := deathBefore(toks, r.at); w != "" && peopleNouns[toks[r.noun].Fold] {
			// "la mort de 15 personnes", "the deaths of 12 people".
			c.Measure += " " + w
		} else if w := actionBefore(toks, r.at); w != "" && !strings.HasPrefix(c.Measure, w+" ") {
			// «le licenciement de 25 salariés», "the layoff of 120
			// workers", «la suppression de 300 postes»: what is done to
			// what the figure counts, not a headcount (the words in the
			// text's order, "suppression poste").
			c.Measure = w + " " + c.Measure
		} else if r.verb >= 0 && r.verb < r.at && jobNouns[toks[r.noun].Fold] && jobVerbs[toks[r.verb].Fold] && !strings.HasPrefix(c.Measure, verbLemma(toks[r.verb].Fold, lang)+" ") {
			// "said it would cut 300 jobs", «va supprimer 300 postes»: the
			// jobs cut or created, not a headcount.
			c.Measure = verbLemma(toks[r.verb].Fold, lang) + " " + c.Measure
		} else if v := p.predicateOf(r); v >= 0 && !peopleNouns[toks[r.noun].Fold] && !casualties(c.Measure) && p.tags[r.noun] == syntax.NOUN && !toks[r.noun].Upper() && casualties(verbLemma(toks[v].Fold, lang)) &&
			!strings.HasSuffix(c.Measure, " "+verbLemma(toks[v].Fold, lang)) {
			// "Trois skieurs ont été tués", "two climbers were killed":
			// whoever is counted, by what happened to them.
			c.Measure += " " + verbLemma(toks[v].Fold, lang)
		} else if peopleNouns[toks[r.noun].Fold] {
			// "15 personnes ont perdu la vie", "evacuated 80,000 people":
			// people are counted by what happened to them.
			if v := p.predicateOf(r); v >= 0 && !strings.HasSuffix(c.Measure, " "+toks[v].Fold) && !strings.HasSuffix(c.Measure, " "+verbLemma(toks[v].Fold, lang)) {
				c.Measure += " " + verbLemma(pastOfPresent(toks[v].Fold, lang), lang) // ("killing 24 people": the people killed)
				if v > r.noun && c.phrase == "" && strings.EqualFold(c.What, toks[r.noun].Text) &&
					(v+1 >= len(toks) || p.tags[v+1] != syntax.DET && p.tags[v+1] != syntax.NOUN) {
					// "At least 12 people were killed": the label says
					// what happened to them, as written.
					c.What += " " + toks[v].Text
				}
			}
		}
		if c.What == "" || r.put {
			c.What = p.phraseText(x.art.Text, r.noun) // "the $95 billion aid package"
		}
		c.Reasons = append(c.Reasons, "measure: the noun the figure counts, «"+toks[r.noun].Text+"»")
	case r.thing != "" && r.thing == x.thing.subject && x.sentIndex-x.thing.at <= 2 && (x.lastPerson.key == "" || x.lastPersonIn < x.thing.at):
		// "Le prix moyen du mètre carré a reculé de 2 % à Paris. À Lyon, il
		// s'élevait à 4 620 euros": what the pronoun stands for measures
		// the figure, not its verb.
		c.Measure, c.What, c.whatAfter = x.thing.measure, x.thing.what, false
		c.Reasons = append(c.Reasons, "measure: what the pronoun stands for, «"+x.thing.what+"»")
		x.thing.subject, x.thing.at = r.subject, x.sentIndex // («tandis qu'à Marseille il a grimpé»: the same thing again)
	case priceWord == "value" && r.verb >= 0 && r.verb < r.at && lexis.InSet(toks[r.verb].Fold, "are", "were") && head >= 0 && head < r.verb && p.tags[head] == syntax.NOUN &&
		lemma(toks[head].Fold, lang) != toks[head].Fold:
		// "At the list price, these orders are worth US$5.62 billion":
		// the value of things the article counts, not their count (a
		// single thing's, "The contract is worth $2 billion", is the
		// thing's).
		c.Measure = p.measureOf(head, r.verb, lang) + " value"
		c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text) + " value"
		c.Reasons = append(c.Reasons, "measure: the value «worth» puts on its clause's subject")
	case priceWord != "" && r.verb >= 0 && moneyVerbs[toks[r.verb].Fold] != "" && toks[r.verb].Fold != "for" && toks[r.verb].Fold != "pour":
		// "the program costs $99": the verb says what the amount is,
		// whatever its subject.
		c.Measure = priceWord
		if c.What == "" || p.valuedAt(r.at) == r.verb {
			// (and "valuing the company at $5.6 billion": a value, not
			// "company")
			c.What = priceWord // "Microsoft agreed to buy Activision for $68.7 billion": a price
		}
		if head >= 0 && head < r.verb && p.tags[head] == syntax.NOUN && p.passive(r.verb) {
			// "Le contrat est estimé à 2 milliards d'euros", "The deal is
			// valued at $2 billion": the value of the passive's subject
			// («Le coût du plan est estimé à 210 millions»: its cost).
			c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text)
			if m := p.measureOf(head, r.verb, lang); m != priceWord {
				c.Measure = m + " " + priceWord
			}
		} else if k := r.verb - 1; k >= 1 && p.tags[k] == syntax.NOUN && !toks[k].Upper() && p.participle(r.verb) && p.tags[k-1] == syntax.DET &&
			lexis.InSet(toks[r.verb].Fold, "estime", "estimee", "estimes", "estimees", "evalue", "evaluee", "evalues", "evaluees", "estimated", "valued") {
			// «pour un coût estimé à 12 millions d'euros», "a deal valued
			// at $2 billion": the value of the noun the participle
			// qualifies.
			c.What = lowerInitial(p.phraseText(x.art.Text, k), toks, x.art.Text)
			if m := p.measureOf(k, r.verb, lang); m != priceWord {
				c.Measure = m + " " + priceWord
			}
		}
		c.Reasons = append(c.Reasons, "measure: a "+priceWord+", from «"+toks[r.verb].Text+"»")
	case of >= 0 && ownResultBase(toks, of):
		// «contre une perte de 309 millions d'euros un an plus tôt»: the
		// base names its own result, a loss where the figure before is a
		// profit.
		c.Measure = p.measureAt(of, lang)
		c.What = p.phraseText(x.art.Text, of)
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"», the result it is set against")
	case of >= 0 && !anaphors[toks[of].Fold] && head >= 0 && r.verb < of && commaBetween(toks, r.verb, of):
		// "Revenue grew 14% to $9.23 billion, slightly below analysts'
		// estimates of $9.33 billion": past a comma, the noun the figure
		// completes, not the subject of the verb before it.
		c.Measure = p.measureAt(of, lang)
		c.What = p.phraseText(x.art.Text, of)
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"»")
	case of >= 0 && !anaphors[toks[of].Fold] && head >= 0 && r.verb >= 0 && r.verb > head && r.verb < of && of+2 == r.at && lexis.InSet(toks[of+1].Fold, "of", "de", "d'") && p.tags[of] == syntax.NOUN && !toks[of].Upper() && !p.passive(r.verb) &&
		!lexis.InSet(toks[r.verb].Fold, "have", "has", "had", "ont", "avait", "avaient", "possede", "possedent", "is", "was", "are", "were", "est", "etait", "sont") &&
		!quantityNouns[toks[of].Fold] && !lexis.InSet(toks[of].Fold, "record", "high", "low", "peak", "average", "moyenne", "maximum", "minimum", "plus-haut", "plus-bas", "hausse", "baisse", "rise", "fall", "increase", "decrease", "drop", "progression", "recul") &&
		(money || !lexis.InSet(toks[of].Fold, "gain", "loss", "perte")) && // ("posted a net loss of 310 million crowns": the loss, in money)
		p.tags[r.verb] == syntax.VERB && !lexis.InSet(toks[of].Fold, "pace", "rythme", "cadence", "speed", "vitesse"):
		// (not "expanded at a pace of 4.1%", «a progressé à un rythme de
		// 1,2 %»: how the verb acted, not what it acted on)
		// "The winners receive prize money of 250,000 euros": what the verb
		// acts on, which the figure completes, not the clause's subject.
		c.Measure = p.measureAt(of, lang)
		c.What = p.phraseText(x.art.Text, of)
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"», the object of its verb")
	case of >= 0 && !anaphors[toks[of].Fold] && head >= 0 && r.verb >= 0 && r.verb < of && r.verb > head && lexis.InSet(toks[r.verb].Fold, "have", "has", "had", "ont", "avait", "avaient", "possede", "possedent"):
		// "The jets have a list value of $2.5 billion": what the subject
		// has, the noun the figure completes, not the subject itself.
		c.Measure = p.measureOf(head, r.verb, lang) + " " + p.measureAt(of, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text) + " " + p.phraseText(x.art.Text, of)
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"», which its subject «"+toks[head].Text+"» has")
	case unit == "%" && lang != "fr" && r.after+1 < len(toks) && r.at > 0 && lexis.InSet(toks[r.at-1].Fold, "was", "is", "were", "are", "been", "be") &&
		(p.tags[r.after] == syntax.VERB && lexis.EnglishPast(toks[r.after].Fold) || p.tags[r.after] == syntax.ADJ && !toks[r.after].Upper() &&
			!strings.HasSuffix(toks[r.after].Fold, "er") && !lexis.InSet(toks[r.after].Fold, "up", "down", "more", "less", "lower", "higher")) &&
		p.tags[r.after+1] != syntax.NOUN:
		// "The fire was 15% contained", "the vaccine was 76% effective":
		// what the percentage says of the subject, its participle or
		// adjective (not "Shares were 5% higher": a change).
		c.Measure, c.What = toks[r.after].Fold, toks[r.after].Text
		c.Reasons = append(c.Reasons, "measure: «"+toks[r.after].Text+"», what the percentage says")
	case head >= 0 && (r.how != fromGroup || ownedMeasures[toks[head].Fold] && !p.entityNoun(head)) && r.how != fromVersus && r.how != fromRanked && !p.noMeasureHead(head) && !((p.tags[head] == syntax.ADJ || isNationality(toks[head].Fold) || head > 0 && p.tags[head-1] == syntax.NOUN && originAdjective(toks[head].Text, lang)) && of >= 0) && !(r.how == fromAnaphor && (x.reg.kind(nameKey(r.subject)) == KindPerson || p.entityNoun(head))) && !(r.how == fromTopic && orgKindNouns[toks[head].Fold] && p.entityNoun(head)) && !p.kindBeforeName(head) && !(nameHolds(r.subject, toks[head].Fold) && !publicMeasures[toks[head].Fold]) && !(p.tags[head] == syntax.VERB && (of >= 0 || auxiliaryWords[toks[head].Fold] ||
		head+2 < len(toks) && lexis.InSet(toks[head+1].Fold, "to", "de", "d'") && p.tags[head+2] == syntax.VERB)):
		// (not "Nvidia reported record revenue of $22.1 billion", "agreed
		// to buy Activision for $68.7 billion": a verb read as the head of
		// the subject says nothing of what the figure measures; nor an
		// adjective so read, «spécialiste breton des biscuits, en vue de
		// racheter l'entreprise pour une valeur de 1,15 milliard», when the
		// figure completes a noun)
		// "les impôts augmenteront de 7,2 milliards", "Revenue grew 14%"
		// (not "le gouvernement prévoit 1,7 %": the body is the subject;
		// nor «l'hôtelier a dissimulé 18,6 millions»: a noun for a
		// person).
		c.Measure = p.measureOf(head, r.verb, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text)
		c.Reasons = append(c.Reasons, "measure: the subject of its clause, «"+toks[head].Text+"»")
		if r.subject != "" && !toks[head].Upper() && (p.tags[head] == syntax.NOUN || head > 0 && p.tags[head-1] == syntax.DET) {
			// (a thing, «le prix moyen du mètre carré», not a name: «L'Europe
			// a progressé de 2 %. Il a confirmé…»)
			x.thing.subject, x.thing.measure, x.thing.what, x.thing.at = r.subject, c.Measure, c.What, x.sentIndex
		}
	case of >= 0 && !anaphors[toks[of].Fold]:
		c.Measure = p.measureAt(of, lang)
		c.What = p.phraseText(x.art.Text, of)
		c.Reasons = append(c.Reasons, "measure: the noun the figure completes, «"+toks[of].Text+"»")
	case priceWord != "":
		// "worth $15 billion", "retailing for $199", "costs €2".
		c.Measure = priceWord
		if h := -1; r.verb >= 0 && r.verb < r.at {
			if h = p.relativeAntecedent(r.verb); h >= 0 {
				// "The order, which is believed to be worth $15 billion":
				// the value of what the relative pronoun stands for.
				c.What = lowerInitial(p.phraseText(x.art.Text, h), toks, x.art.Text)
				c.whatAfter = false
				c.Reasons = append(c.Reasons, "measure: a "+priceWord+" of what the relative pronoun before its verb stands for, «"+toks[h].Text+"»")
				break
			}
		}
		if at < r.at {
			c.What = toks[at-1].Text // "worth in the region of US$140bn": worth
		} else if c.What == "" {
			c.What = priceWord // "agreed to buy Activision Blizzard for $68.7 billion": a price
		}
		c.Reasons = append(c.Reasons, "measure: a "+priceWord+", from «"+toks[max(r.verb, 0)].Text+"»")
	case c.What != "" && (strings.HasSuffix(c.What, " growth") || strings.HasSuffix(c.What, " croissance")) && direction(toks, r.at) != "":
		// What the words around the figure name ("its losses", "monthly
		// active users growth").
		w := strings.Fields(lexis.Fold(c.What))
		c.Measure = lemma(w[len(w)-1], lang)
		c.Reasons = append(c.Reasons, "measure: «"+c.What+"», named by its clause")
	case unit != "%" && unit != "" && r.wordBefore(toks) && lexis.InSet(lexis.FoldAt(toks, r.at-1), "for", "pour", "contre"):
		// "bought by Facebook for $19 billion": a price.
		c.Measure = map[bool]string{true: "prix", false: "price"}[lang == "fr"]
		if r.verb >= 0 {
			c.What = toks[r.verb].Text
		}
		c.Reasons = append(c.Reasons, "measure: the price «"+lexis.FoldAt(toks, r.at-1)+"» introduces")
	case unit == "%" && r.after < len(toks) && p.tags[r.after] == syntax.ADJ && lang != "fr" && !toks[r.after].Upper() &&
		(r.after+1 >= len(toks) || p.tags[r.after+1] != syntax.NOUN):
		// "the vaccine was 76% effective", "40% cheaper": what the share
		// says of its subject.
		c.Measure, c.What = toks[r.after].Fold, toks[r.after].Text
		c.Reasons = append(c.Reasons, "measure: «"+toks[r.after].Text+"», what the percentage says")
	case strings.TrimLeft(c.Unit, "+−") == "%" && r.verb >= 0 && (scoreVerbs[verbLemma(toks[r.verb].Fold, lang)] || lexis.InSet(lexis.FoldAt(toks, r.at-1), "with", "avec")) && x.share.measure != "" && x.sentIndex-x.shareAt <= 2 && x.sentIndex >= x.shareAt &&
		scoredMeasure(x.share.measure) && !modalBefore(toks, toks[r.at].Start):
		// "Paul Zorgaud a été réélu avec 58,3 % des voix. Son adversaire a
		// obtenu 39,1 %": the score is of what the score before counted
		// (and "The Greens won 13.6%", "came second with 24.1%": a
		// score, not a rise).
		c.Measure, c.What, c.Unit = x.share.measure, x.share.what, "%"
		x.shareAt = x.sentIndex // (the scores go on: "The Greens won 13.6%… The Homeland Party took 7.9%")
		c.Reasons = append(c.Reasons, "measure: that of the percentage told just before, «"+x.share.what+"»")
	case r.verb >= 0 && r.verb < r.at && unit == "%" && objectAntecedent >= 0:
		// "the company's dividend, which it raised by 5%": the change of
		// what the relative pronoun stands for.
		h := objectAntecedent
		c.Measure = p.measureOf(h, r.verb, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, h), toks, x.art.Text)
		c.Reasons = append(c.Reasons, "measure: what the relative pronoun before its clause stands for, «"+toks[h].Text+"»")
	case r.verb >= 0 && r.verb < r.at && unit == "%" && holdVerbs[toks[r.verb].Fold] && !lexis.InSet(lexis.FoldAt(toks, r.at-1), "at", "a") &&
		(ownVerbs[toks[r.verb].Fold] || lexis.InSet(lexis.FoldAt(toks, r.after), "of", "de", "du", "d'", "des")):
		// (a verb of holding only with what it holds a share of: not "the
		// central bank held at 3.75%", "Reform UK, which holds 12% in the
		// latest poll": a rate, a score)
		// "Ekholm, which owns 61% of Nordnet", «l'État détient 20 % du
		// capital»: a stake, not a change.
		c.Measure = map[bool]string{true: "participation", false: "stake"}[lang == "fr"]
		c.What, c.Unit = c.Measure, "%"
		c.Reasons = append(c.Reasons, "measure: a stake, what its verb «"+toks[r.verb].Text+"» holds")
	case r.at >= 3 && lexis.InSet(toks[r.at-1].Fold, "currently", "actuellement") && toks[r.at-2].Text == "," && p.tags[r.at-3] == syntax.NOUN && !toks[r.at-3].Upper():
		// "to cut its main rate, currently 4.75%": the level of the noun
		// the apposition qualifies.
		c.Measure = p.measureOf(r.at-3, r.verb, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, r.at-3), toks, x.art.Text)
		c.Reasons = append(c.Reasons, "measure: the noun its apposition qualifies, «"+toks[r.at-3].Text+"», at its level now")
	case r.verb >= 0 && r.verb < r.at && unit == "%" && head >= 0 && head < r.verb && (p.tags[head] == syntax.NOUN && !toks[head].Upper() && !p.noMeasureHead(head) || head == 0 && toks[head].Kind == lexis.Word && x.reg.kind(nameKey(toks[head].Text)) != KindOrg && x.reg.kind(nameKey(toks[head].Text)) != KindPerson) &&
		levelAfterVerb(toks, r.verb, r.at):
		// "Support for the government fell to 38%", "Support among voters
		// under 30 stood at just 31%": the level its subject reaches.
		c.Measure = p.measureOf(head, r.verb, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text)
		c.Reasons = append(c.Reasons, "measure: the subject of its clause, «"+toks[head].Text+"», at the level its verb «"+toks[r.verb].Text+"» reaches")
	case r.verb > r.at && unit == "%" && r.after+1 < r.verb && lexis.InSet(lexis.FoldAt(toks, r.after), "of", "des", "de", "du", "d'") && p.properNoun(r.after+1) &&
		direction(toks, r.at) == "" && isVerb(p.tags[r.verb]):
		// «89,7 % des TER sont arrivés à l'heure»: the share of what the
		// name counts that its verb tells of.
		c.Measure = p.measureAt(r.after+1, lang) + " " + verbLemma(toks[r.verb].Fold, lang)
		c.What = toks[r.verb].Text
		c.Reasons = append(c.Reasons, "measure: the share of «"+toks[r.after+1].Text+"» its verb «"+toks[r.verb].Text+"» tells of")
	case r.verb >= 0 && r.verb < r.at && unit == "%" && x.voteArticle() && (r.after >= len(toks) || toks[r.after].Kind != lexis.Word || lexis.InSet(toks[r.after].Fold, "and", "et", "while", "but", "or", "ou", "respectively", "respectivement")) &&
		(lexis.InSet(toks[r.at-1].Fold, "with", "avec") || voteVerbs[toks[r.verb].Fold] && r.verb >= r.at-2):
		// "The nationalist National Alliance came second with 18.9%", "the
		// Greens took 12.6% and 13 seats", «le RN a obtenu 31,4 %»: in a
		// story of a vote, the share of the vote a party won, no change.
		c.Measure = map[bool]string{true: "voix", false: "vote"}[lang == "fr"]
		c.What, c.whatAfter = c.Measure, false
		c.Reasons = append(c.Reasons, "measure: the share of the vote its verb «"+toks[r.verb].Text+"» tells of, in a story of a vote")
	case r.verb >= 0 && r.verb < r.at && unit == "%" && gdpAfter(toks, r.after) && direction(toks, r.at) == "" && isVerb(p.tags[r.verb]) &&
		!lexis.InSet(toks[r.verb].Fold, "was", "is", "were", "are", "be", "been", "etait", "est", "sont", "etaient", "reached", "atteint", "represente", "represented", "represents"):
		// "Floods cost Pakistan about 3% of its GDP", «pèse 2 % du PIB»:
		// what its verb tells, as a ratio to the economy (not "The
		// deficit reached 4.5% of GDP": the subject's own level).
		c.What = toks[r.verb].Text
		c.Measure = verbLemma(toks[r.verb].Fold, lang)
		c.Reasons = append(c.Reasons, "measure: what its verb «"+toks[r.verb].Text+"» tells, as a share of the economy")
	case r.verb >= 0 && unit == "%" && (!r.share || lexis.InSet(lexis.FoldAt(toks, r.at-1), "de", "d'", "by", "par")) && p.amountOfAntecedent(r.verb) < 0 &&
		!(r.verb == r.at-1 && lexis.InSet(toks[r.verb].Fold, "was", "is", "were", "are", "be", "been", "etait", "est", "sont", "etaient")) &&
		!levelAfterVerb(toks, r.verb, r.at) && !lexis.InSet(toks[r.verb].Fold, "compared", "compare", "comparee", "compares", "comparees") &&
		!(voteVerbs[toks[r.verb].Fold] && r.verb < r.at && direction(toks, r.at) == "") && // (nor «le RN avait obtenu 18,2 %», "took 12.6%": a share won, no change)
		!(gdpAfter(toks, r.after) && direction(toks, r.at) == "") && // (nor "cost Peru about 2% of its GDP": a ratio to the economy)
		!(r.verb > r.at && lexis.InSet(lexis.FoldAt(toks, r.after), "of", "des", "de", "du", "d'") && direction(toks, r.at) == "") &&
		!(r.at >= 2 && r.verb < r.at-2 && toks[r.at-1].Fold == "to" && (toks[r.at-2].Kind == lexis.Number || lexis.InSet(toks[r.at-2].Fold, "points", "point", "%", "percent", "pts"))):
		// (nor "lost 6.2 percentage points to 8.4%": the level the
		// change before it reached, no change itself)
		// (not «89,7 % des TER sont arrivés à l'heure», "30% of the
		// staff walked out": a share of what it counts, the subject of
		// its verb)
		// (not "…, compared with 68.7% two years ago": the base, no change)
		// (not "Turnout at the last election, in 2021, was 46.6%": a
		// level its copula states, no change)
		// (not «Le taux, qui était de 1,1 %»: the level of what the
		// relative pronoun stands for)
		// "the FTSE 100 fell 6.5%": the change its verb states.
		c.What = toks[r.verb].Text
		c.Measure = changeMeasure(c.Unit, lang)
		c.Reasons = append(c.Reasons, "measure: a change, «"+toks[r.verb].Text+"»")
	case r.verb >= 0 && p.amountOfAntecedent(r.verb) >= 0:
		// "le budget 2025 de la ville, qui s'élève à 318 millions", "the
		// deal, which amounts to $2 billion": what the relative pronoun
		// stands for.
		h := p.amountOfAntecedent(r.verb)
		c.Measure = p.measureOf(h, r.verb, lang)
		c.What = lowerInitial(p.phraseText(x.art.Text, h), toks, x.art.Text)
		c.whatAfter = false
		c.Reasons = append(c.Reasons, "measure: what the relative pronoun before its verb stands for, «"+toks[h].Text+"»")
	case money && r.verb >= 0 && p.tags[r.verb] == syntax.VERB && !announceVerbs[toks[r.verb].Fold] &&
		lexis.InSet(toks[r.verb].Fold, "said", "says", "say", "told", "showed", "shows", "show", "revealed", "reveals", "dit", "declare", "affirme", "montre", "montrait", "revele"):
		// (not "reported", "posted": results a company states)
		// "Verdon Béton said the rebates had cost producers at least 2
		// billion euros", "a gauge showed confidence rising 0.5 points":
		// the verb that reports the amount says nothing of what it is.
		c.Unsure = true
		c.Reasons = append(c.Reasons, "measure: only the verb that reports it, «"+toks[r.verb].Text+"»; kept for search, off the timeline")
	case money && currencyUnit(unit) && r.verb >= 0 && r.verb < r.at && p.levelAfterMove(r.verb, r.at):
		// "Shares of Veldana fell 6.2% to 23.15 euros", "Copper rose 1.4%
		// to $5,968 a tonne", "VLT was trading at $0.47", «le gazole
		// s'affichait à 1,52 euro»: the price its subject moved to or
		// stands at.
		c.Measure = map[bool]string{true: "prix", false: "price"}[lang == "fr"]
		c.What = c.Measure
		c.Reasons = append(c.Reasons, "measure: the price its verb «"+toks[r.verb].Text+"» moves its subject to or holds it at")
	case money && r.verb >= 0 && p.objectRaisedTo(r.verb, r.at) >= 0:
		// "raised its full-year operating profit forecast to between 900
		// million and 950 million euros": what the verb moves, not the
		// verb.
		h := p.objectRaisedTo(r.verb, r.at)
		c.Measure = p.measureAt(h, lang)
		c.What = p.phraseText(x.art.Text, h)
		c.Reasons = append(c.Reasons, "measure: the thing its verb «"+toks[r.verb].Text+"» moves to the amount, «"+toks[h].Text+"»")
	case money && r.verb >= 0 && p.tags[r.verb] == syntax.VERB && !stateVerbs[toks[r.verb].Fold]:
		// (not «La Belgique reste le premier débouché, avec 96 000
		// tonnes»: a verb of state says nothing of what the amount is)
		// "Airbus will contribute between $12 million and $20 million".
		v := r.verb
		if lang != "fr" && v+2 < r.at && lexis.InSet(toks[v].Fold, "had", "has", "have") && pastParticiple(toks[v+1].Fold) {
			v++ // "had set aside 120 million pounds": the participle, not the auxiliary the tagger read as the verb
		}
		c.Measure, c.What = toks[v].Fold, toks[v].Text
		if levelVerbs[toks[v].Fold] && !currencyUnit(unit) && head >= 0 && head < v && p.tags[head] == syntax.NOUN && !toks[head].Upper() {
			// «Le pic de consommation a atteint 84,2 GW»: a verb of level
			// says nothing of what reached it; its subject does.
			c.Measure = p.measureOf(head, r.verb, lang)
			c.What = lowerInitial(p.phraseText(x.art.Text, head), toks, x.art.Text)
			c.Reasons = append(c.Reasons, "measure: the subject of its clause, «"+toks[head].Text+"», at the level its verb «"+toks[v].Text+"» reaches")
			break
		}
		if w := toks[v].Fold; (riseWords[w] || fallWords[w]) && currencyUnit(unit) && v+1 < len(toks) && (v+1 == r.at || lexis.InSet(toks[v+1].Fold, "by", "de")) {
			// "WTI crude fell $1.72, or 2.8%, to $57.90": a move of its
			// price, by that amount.
			c.Measure = map[bool]string{true: "variation du prix", false: "price change"}[lang == "fr"]
			c.What = c.Measure
		}
		if v+1 < r.at && lang != "fr" && verbParticles[toks[v+1].Fold] {
			// "set aside 120 million pounds", "paid out $2 billion": the
			// verb with its particle.
			c.Measure, c.What = toks[v].Fold+" "+toks[v+1].Fold, toks[v].Text+" "+toks[v+1].Text
		}
		c.Reasons = append(c.Reasons, "measure: the amount its verb «"+c.What+"» states")
	default:
		c.Unsure = true
		if f := lexis.Fold(c.What); prepositions[f] || lexis.InSet(f, "selon", "according", "soit", "contre", "against", "versus", "vs") {
			c.What = "" // «ils étaient 12 500 selon la police»: a source's word, not what is counted
		}
		c.Reasons = append(c.Reasons, "measure: nothing in the clause says what the figure counts")
	}
	if unit != "" && c.Measure != "" {
		c.Measure += " (" + unit + ")"
	}
	if c.Unit == "" {
		c.Unit = unit // "521 kg", "9.9 billion yuan", "23 percent"
	}
}

// currencyUnit reports whether unit is money's ("$", "C$", "€", "yen",
// "rupees"), not a measure's ("m", "t", "points").
func currencyUnit(unit string) bool {
	return strings.ContainsAny(unit, "$€£¥") || currencyWords[lexis.Fold(unit)] || len(unit) == 3 && strings.ToUpper(unit) == unit && unit != "GWh" && unit != "MWh"
}

// levelAfterMove reports whether the amount at token at is the level an
// intransitive verb of moving at v brings its subject to ("fell 6.2% to
// 23.15 euros", «a grimpé à 1,52 euro») or a verb of trading holds it at
// ("was trading at $0.47", «s'échangeait à 1,08 euro»), with nothing but a
// change between them.
func (p *parsed) levelAfterMove(v, at int) bool {
	toks := p.toks
	k := at - 1
	for k > v && (toks[k].Text == "$" || toks[k].Text == "€" || toks[k].Text == "£" || quantity.CurrencyPrefix(toks, k)) {
		k--
	}
	if k <= v || !lexis.InSet(toks[k].Fold, "to", "at", "a") || toks[k].Fold == "a" && toks[k].Text != "à" {
		return false
	}
	if w := toks[k-1].Fold; (toks[k].Fold == "at" || toks[k].Text == "à") && lexis.InSet(w, "trading", "traded", "trades", "closed", "ended", "finished", "stood",
		"echangeait", "echange", "affichait", "affiche", "negociait", "cotait") {
		return true // "was trading at $0.47", «s'échangeait à 1,08 euro»
	}
	w := toks[v].Fold
	moved := lexis.InSet(w, "lost", "gained", "added", "gagne", "perdu") && k > v+1 && toks[v+1].Kind == lexis.Number // "Platinum gained 0.9% to $2,310": a move, then the level
	if !moved && (toks[k].Fold == "at" || raiseWords[w] || lexis.InSet(w, "cut", "cuts", "shed", "slashed", "lost", "gained", "added", "lowered", "reduced", "gagne", "perdu") ||
		!(riseWords[w] || fallWords[w] || hasStem(w, riseStems) || hasStem(w, fallStems)) || notFallWords[w]) {
		return false
	}
	for j := v + 1; j < k; j++ {
		// only a change between: "6.2%", «38 %», "or 290 points"
		if toks[j].Kind != lexis.Number && toks[j].Text != "%" && !(toks[j].Kind == lexis.Punct && !toks[j].Space && toks[j-1].Kind == lexis.Number) &&
			!lexis.InSet(toks[j].Fold, "by", "de", "percent", "pour", "cent") &&
			!(lexis.InSet(toks[j].Text, "$", "€", "£", ",") || lexis.InSet(toks[j].Fold, "or", "soit", "cents")) {
			// (and a move told twice: "fell $1.72, or 2.8%, to $57.90")
			return false
		}
	}
	return true
}

// verbObjectBefore reports whether a noun or a pronoun stands between verb
// v and the amount at token at: who bears a cost ("cost the economy",
// «coûter à l'État», "cost taxpayers").
func verbObjectBefore(p *parsed, v, at int) bool {
	for k := v + 1; k < at && k < len(p.tags); k++ {
		if p.tags[k] == syntax.NOUN || p.tags[k] == syntax.PROPN || p.tags[k] == syntax.PRON {
			return true
		}
	}
	return false
}

// customerNouns count a company's customers, not its users.
var customerNouns = lexis.SetOf("customers", "customer", "clients", "client", "members", "member")

// holdVerbs say that a subject holds a share of something; ownVerbs, that
// it owns it, whatever follows.
var (
	holdVerbs = lexis.SetOf("owns", "own", "owned", "holds", "hold", "held", "controls", "controlled", "detient", "detiennent", "detenait", "detenaient",
		"possede", "possedent", "possedait", "controle", "controlent")
	ownVerbs = lexis.SetOf("owns", "own", "owned", "detient", "detiennent", "detenait", "detenaient", "possede", "possedent", "possedait")
)

// changeMeasure names a change of a percentage by its direction, as its
// verb said it ("fell 6.5%": a fall; "a progressé de 2 %": a rise), in
// the article's language; "change" when the verb says no direction.
func changeMeasure(unit, lang string) string {
	switch {
	case strings.HasPrefix(unit, "+"):
		return map[bool]string{true: "hausse", false: "rise"}[lang == "fr"]
	case strings.HasPrefix(unit, "−"):
		return map[bool]string{true: "baisse", false: "fall"}[lang == "fr"]
	}
	return map[bool]string{true: "variation", false: "change"}[lang == "fr"]
}

// currencyWords name a currency after a figure.
var currencyWords = lexis.SetOf("yuan", "yen", "euros", "euro", "dollars", "dollar", "livres", "pounds", "pound", "francs",
	"franc", "roubles", "rouble", "rubles", "rupees", "roupies", "won", "pesos", "reais", "dinars", "dirhams", "usd", "eur",
	"gbp", "cad", "chf", "jpy", "cny", "sterling", "soles", "crowns", "kronor", "kroner", "couronnes", "zlotys", "forints", "rand", "lira", "shekels",
	"pence", "bolivianos", "rupiah", "ringgit", "baht", "hryvnias", "lei", "leva",
	"krona", "krone", "koruna", "rupee", "roupie", "peso", "zloty", "forint", "shekel", "dinar", "dirham", "hryvnia", "renminbi", "greenback", "loonie", "ruble", "couronne")

// approximationStart returns the first token of an approximating phrase
// that ends right before the figure at token at ("in the region of", "to
// the tune of", "de l'ordre de"), at itself when there is none.
func (p *parsed) approximationStart(at int) int {
	toks := p.toks
	k := at - 1
	if k < 2 || !lexis.InSet(toks[k].Fold, "of", "de", "d'") || !approxNouns[toks[k-1].Fold] {
		return at
	}
	j := k - 2
	if j >= 0 && lexis.InSet(toks[j].Fold, "the", "l'", "la", "le") {
		j--
	}
	if j >= 0 && lexis.InSet(toks[j].Fold, "in", "to", "de", "dans") {
		return j
	}
	return at
}

// approxNouns head the phrases that approximate a figure after them.
var approxNouns = lexis.SetOf("region", "tune", "order", "ordre", "vicinity", "neighbourhood", "neighborhood")

// pastParticiple reports whether the English lexicon gives w a past
// participle (VBN): "set", "paid", "written".
func pastParticiple(w string) bool {
	return strings.Contains(englishClasses(w), "VBN")
}

// moneyVerbs say what an amount is: a price, a value, a total.
var moneyVerbs = map[string]string{
	"cost": "cost", "costs": "cost", "costing": "cost", "priced": "price", "retail": "price", "retailing": "price",
	"retails": "price", "sell": "price", "sells": "price", "sold": "price", "selling": "price", "for": "price",
	"coute": "cout", "coutera": "cout", "coutait": "cout", "couterait": "cout", "vendu": "price", "vendue": "price", "vendus": "price",
	"worth": "value", "valued": "value", "value": "value", "valuing": "value", "values": "value", "valorisant": "value", "valorisent": "value", "valorisait": "value", "valorisera": "value", "evalue": "value", "evaluee": "value", "valorise": "value",
	"estime": "value", "estimee": "value", "totaling": "total", "totalling": "total", "totaled": "total",
	"totalled": "total", "totalise": "total", "pour": "price", "lost": "loss", "loses": "loss", "perdu": "perte",
	"perd": "perte",
}

// phraseText returns the words of the noun at h as the text writes them,
// with its complement after a word of quantity ("nombre d'emplois").
func (p *parsed) phraseText(text string, h int) string {
	toks := p.toks
	end := h
	start := h
	if p.lang == "en" {
		start = p.compoundStart(h) // "The unemployment rate in Zorgland rose": the compound, whole
	} else if c := p.frenchCompoundHead(h); c >= 0 {
		start = c // "un chiffre d'affaires de 3,2 milliards"
	}
	if quantityNouns[toks[h].Fold] {
		for k := h + 1; k < len(toks) && k <= h+3; k++ {
			if p.tags[k] == syntax.NOUN || p.standsForPeople(k) {
				end = k
				break
			}
			if !lexis.InSet(toks[k].Fold, "de", "d'", "of", "des", "du", "the") && p.tags[k] != syntax.ADJ {
				break
			}
		}
	}
	if p.lang == "fr" && end == h {
		for end+1 < len(toks) && end+1 <= h+2 && termAdjectives[toks[end+1].Fold] {
			end++ // «le produit intérieur brut»: the term, whole
		}
	}
	return text[toks[start].Start:toks[end].End]
}

// compoundStart returns the first noun of the English compound whose head
// is noun h ("the unemployment rate", "oil prices"): the nouns before it
// that say which one, at most two, h when there are none.
func (p *parsed) compoundStart(h int) int {
	toks := p.toks
	j := h - 1
	for ; j >= 0 && j >= h-2 && (p.tags[j] == syntax.NOUN || j > 0 && p.tags[j-1] == syntax.NUM && p.compoundModifier(j)) && toks[j].Kind == lexis.Word && (!toks[j].Upper() || j == 0 && !p.named[j]) && !p.inDate(j) &&
		!quantityNouns[toks[j].Fold] && !quantity.TimeUnitNoun(toks[j]) && measureUnits[toks[j].Fold] == "" && !lengthUnits[toks[j].Fold] &&
		!lexis.InSet(toks[j].Fold, "foot", "feet", "square", "sq", "inch", "inches", "yard", "yards", "acre", "acres"); j-- {
	}
	if j == 0 && h == 1 && p.lang == "en" && (p.tags[0] == syntax.VERB && !p.named[0] || p.tags[0] == syntax.PROPN && (!p.named[0] || p.initialOnly)) && toks[0].Upper() && toks[0].Kind == lexis.Word && !toks[h].Upper() {
		// "Cloud revenue jumped 31%": a capitalised first word the
		// tagger read as a verb or a name (one the article only writes
		// at a sentence's start), that can be a noun, before the head.
		if c, ok := syntax.LexiconFor("en").Classes(toks[0].Fold); ok && strings.Contains(c, "NN") && !strings.Contains(c, "VBN") && !strings.Contains(c, "JJ") {
			// (not "Insured losses": a participle)
			return 0
		}
	}
	return j + 1
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

// rateAfterUnit returns the time a unit's figure is counted per when the
// words at k say it ("per day", "a year", «par jour», «par an»), written as
// the language abbreviates it after a unit ("/d", "/j", "/yr", "/an"); "" when
// they say none.
func rateAfterUnit(toks []lexis.Token, k int, lang string) string {
	if k+1 >= len(toks) || !lexis.InSet(toks[k].Fold, "per", "a", "an", "each", "par", "chaque") {
		return ""
	}
	if lexis.InSet(lexis.FoldAt(toks, k+2), "earlier", "ago", "before", "after", "later", "previously", "prior") {
		return "" // "13.8 million tonnes a year earlier": a past level, not a rate
	}
	switch toks[k+1].Fold {
	case "day", "jour":
		return map[bool]string{true: "/j", false: "/d"}[lang == "fr"]
	case "year", "an":
		return map[bool]string{true: "/an", false: "/yr"}[lang == "fr"]
	}
	return ""
}

// measureUnits are units of measure written after a figure, by the unit
// they stand for.
var measureUnits = map[string]string{
	"kg": "kg", "kilos": "kg", "kilogrammes": "kg", "kilograms": "kg", "tonnes": "t", "tons": "t", "t": "t",
	"g": "g", "grammes": "g", "grams": "g", "lbs": "lb", "lb": "lb",
	"km": "km", "kilometres": "km", "kilometers": "km", "m": "m", "metres": "m", "meters": "m", "mètres": "m",
	"cm": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "miles": "mi", "milles": "mi", "mi": "mi", "in": "in",
	"inches": "in", "inch": "in", "pouces": "in", "pieds": "ft", "feet": "ft", "ft": "ft", "nautiques": "nmi",
	"ha": "ha", "hectares": "ha", "km2": "km²", "acres": "acre", "litres": "l", "liters": "l", "barils": "bbl",
	"barrels": "bbl", "go": "GB", "gb": "GB", "gigaoctets": "GB", "gigabytes": "GB", "mo": "MB", "mb": "MB",
	"to": "TB", "tb": "TB", "megapixels": "MP", "mpx": "MP", "ppi": "ppi", "km/h": "km/h", "mph": "mph",
	"noeuds": "kn", "knots": "kn", "degres": "°", "degrees": "°", "kwh": "kWh", "mw": "MW", "gw": "GW",
	"gev": "GeV", "tev": "TeV", "mev": "MeV", "percent": "%", "pourcent": "%", "points": "points", "point": "points",
	"megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW",
	"kilowatts": "kW", "kw": "kW", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megawattheures": "MWh", "terawattheures": "TWh",
	"m3": "m³", "teu": "TEU", "teus": "TEU",
}

// measureWords say what a unit measures when they follow or govern it
// ("0.68 in thick", "weighs 3 lbs", "culmine à 4 465 mètres").
var measureWords = lexis.SetOf("thick", "long", "wide", "high", "tall", "deep", "heavy", "epais", "epaisse", "large", "haut",
	"haute", "profond", "lourd", "weighs", "weigh", "weighing", "pese", "pesant", "mesure", "culmine", "measures",
	"thin", "mince", "fin")

// measuredBy returns what a unit at token u measures: the noun after "de"
// or "of" ("521 kg de matériel"), else a word of dimension after it or the
// verb before it ("0.68 in thick", "weighs 3 lbs"); -1 when none.
func (p *parsed) measuredBy(u, verb int) int {
	toks := p.toks
	k := u + 1
	if k < len(toks) && toks[k].Text == "(" {
		// "0.68 in (1.73 cm) thick", "5 gigabytes (GB) of storage": past
		// the figure's conversion or the unit's abbreviation
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if toks[j].Text == ")" {
				k = j + 1
				break
			}
		}
	}
	if k+1 < len(toks) && lexis.InSet(toks[k].Fold, "de", "d'", "of") && p.tags[k+1] == syntax.NOUN {
		return k + 1
	}
	if k < len(toks) && measureWords[toks[k].Fold] {
		return k
	}
	if verb >= 0 && measureWords[toks[verb].Fold] {
		return verb
	}
	return -1
}

// amountOfAntecedent returns the head noun a relative pronoun stands for
// when it is the subject of verb v, a verb that only states an amount
// ("qui s'élève à", "which amounts to", "qui atteint"), -1 otherwise.
func (p *parsed) amountOfAntecedent(v int) int {
	f := p.toks[v].Fold
	copula := lexis.InSet(f, "etait", "etaient", "est", "sont") && lexis.InSet(lexis.FoldAt(p.toks, v+1), "de", "d'") // «qui était de 1,1 %»
	if !copula && !strings.HasPrefix(f, "elev") && !strings.HasPrefix(f, "amount") && !strings.HasPrefix(f, "total") && !lexis.InSet(f, "atteint", "atteignait", "atteindre", "represente", "reached", "reaches", "reach", "stands", "stood") {
		return -1
	}
	return p.relativeAntecedent(v)
}

// objectRelativeAntecedent returns the head of the noun phrase a relative
// pronoun that is the object of verb v stands for ("the dividend, which it
// raised by 5%", «le dividende, qu'il a relevé de 5 %»), -1 when none.
func (p *parsed) objectRelativeAntecedent(v int) int {
	q := v - 1
	for q > 0 && (p.tags[q] == syntax.AUX || p.tags[q] == syntax.ADV) {
		q--
	}
	if q < 2 || !lexis.InSet(p.toks[q].Fold, "it", "they", "he", "she", "il", "elle", "ils", "elles") || !lexis.InSet(p.toks[q-1].Fold, "which", "that", "qu'", "que") || p.toks[q-2].Text != "," {
		return -1
	}
	a, _, how := p.antecedent(q)
	if how != fromTopic && how != fromAnaphor && how != fromOwner {
		return -1
	}
	return p.phraseHead(a)
}

// relativeAntecedent returns the head of the noun phrase the relative
// pronoun before verb v stands for ("the order, which is believed to be
// worth", "le contrat, qui est estimé à"), -1 when v opens no relative
// clause of a thing.
func (p *parsed) relativeAntecedent(v int) int {
	q := v - 1
	for q >= 0 && v-q <= 3 && !lexis.InSet(p.toks[q].Fold, "qui", "which", "that") {
		// (and "qui pourraient atteindre 3 000 milliards", "which could reach")
		if !lexis.InSet(p.toks[q].Fold, "s'", "se") && p.tags[q] != syntax.AUX && !modalVerb(p.toks[q].Fold) {
			return -1
		}
		q--
	}
	if q < 0 || v-q > 3 {
		return -1
	}
	a, _, how := p.antecedent(q + 1)
	if how != fromTopic && how != fromAnaphor && how != fromOwner {
		return -1 // (and «Sa dette nette, qui s'élevait à…»: a thing its owner has)
	}
	return p.phraseHead(a)
}

// changeNouns name a rise or a fall by a percentage: "a 30% rise in".
var changeNouns = lexis.SetOf("rise", "increase", "jump", "gain", "fall", "drop", "decline", "cut", "reduction", "decrease")

// changedIn returns the noun after "in" that the change noun at token k
// is in ("a 30% rise in patients with breathing problems" → patients), -1
// when none.
func (p *parsed) changedIn(k int) int {
	if lexis.FoldAt(p.toks, k+1) != "in" {
		return -1
	}
	for j := k + 2; j < len(p.toks) && j <= k+5; j++ {
		switch p.tags[j] {
		case syntax.DET, syntax.ADJ:
			continue
		case syntax.VERB:
			if strings.HasSuffix(p.toks[j].Fold, "ing") && j+1 < len(p.toks) && p.tags[j+1] == syntax.NOUN {
				continue // "operating profit", "selling prices"
			}
		case syntax.NOUN:
			for j+1 < len(p.toks) && p.tags[j+1] == syntax.NOUN && !p.inDate(j+1) {
				j++ // "tourist numbers"
			}
			if p.inDate(j) || p.toks[j].Upper() {
				return -1
			}
			return j
		}
		return -1
	}
	return -1
}

// changedTo returns the noun a change noun before "to" at token k is in
// ("a 38% drop in operating profit to": profit), -1 when none.
func (p *parsed) changedTo(k int) int {
	for c := k - 2; c >= 0 && k-c <= 7; c-- {
		if changeNouns[p.toks[c].Fold] {
			if n := p.changedIn(c); n >= 0 && n == k-1 {
				return n
			}
			return -1
		}
		if p.toks[c].Kind == lexis.Punct || p.clauseBreak(c) {
			return -1
		}
	}
	return -1
}

// phraseHead returns the head of the noun phrase that ends with the noun
// at token a: its first noun («Le nombre d'abonnés à la fibre», "The
// waiting list for planned hospital treatment"), or a itself when the
// first is a part of it («une partie des excédents budgétaires»).
func (p *parsed) phraseHead(a int) int {
	st := p.clauseStart(a)
	h := p.climbOf(a, st)
	for st < a && a-st > 12 {
		st++
	}
	for k := a - 1; k >= st; k-- {
		if t := p.tags[k]; p.inDate(k) && t != syntax.NUM || t != syntax.NOUN && t != syntax.ADJ && t != syntax.DET && t != syntax.NUM &&
			!lexis.InSet(p.toks[k].Fold, "de", "d'", "du", "des", "of", "a", "au", "aux", "for", "pour", "in", "en", "avant", "apres", "before", "after") {
			// (and «son niveau d'avant la crise sanitaire, qui s'élevait à
			// 8,2 %»: the level's)
			st = k + 1
			break
		}
	}
	for k := st; k < a; k++ {
		if p.tags[k] == syntax.NOUN && !p.toks[k].Upper() {
			for k+1 <= a && p.tags[k+1] == syntax.NOUN && !p.toks[k+1].Upper() {
				k++ // "the average mortgage rate": a compound, on its last noun
			}
			h = k
			break
		}
		if p.tags[k] != syntax.DET && p.tags[k] != syntax.ADJ && p.tags[k] != syntax.NUM && !(p.toks[k].Fold == "a" && k > st && p.tags[k-1] == syntax.ADJ) {
			break // (past an adjective's complement: «inférieur à son niveau d'avant la crise»)
		}
	}
	if lexis.InSet(p.toks[h].Fold, "partie", "part", "moitie", "tiers", "quart", "half", "share", "portion") {
		return a
	}
	return h
}

// headBeforeRelative returns the head of verb v's subject when a relative
// clause set off by commas stands between them («Sa dette nette, qui
// s'élevait à 6,9 milliards fin mars, a été ramenée à 6,2 milliards», "The
// rate, which was 1.1% in 2021, reached 4.2%"), -1 when none.
func (p *parsed) headBeforeRelative(v int) int {
	toks := p.toks
	k := p.commaBeforeVerb(v)
	if k < 0 {
		return -1
	}
	for j := k - 1; j >= 1 && k-j <= 16; j-- {
		if toks[j].Text == "," && !numberComma(toks, j) {
			if !lexis.InSet(lexis.FoldAt(toks, j+1), "qui", "which") && !nounApposition(p, j) {
				return -1
			}
			h := p.nounHead(j-1, p.clauseStart(j-1), true)
			if h < 0 || p.tags[h] != syntax.NOUN || toks[h].Upper() {
				return -1 // (a name's figure: "Zorgon, which…, lost")
			}
			return p.phraseHead(h)
		}
		if p.clauseBreak(j) && !(toks[j-1].Text == "," && lexis.InSet(toks[j].Fold, "qui", "which")) && !slices.ContainsFunc(toks[max(1, j-10):j], func(t lexis.Token) bool {
			return t.Text == "," && nounApposition(p, tokenAt(toks, t.Start))
		}) {
			return -1
		}
	}
	return -1
}

// nounApposition reports whether an English noun phrase opening on "a" or
// "an" follows the comma at token j: "The load factor, a measure of how
// full its planes were, rose" (its clause is the apposition's).
func nounApposition(p *parsed, j int) bool {
	return p.lang == "en" && j+2 < len(p.toks) && lexis.InSet(p.toks[j+1].Fold, "a", "an") && p.tags[j+2] == syntax.NOUN && !p.toks[j+2].Upper()
}

// areaUnit reads an area's unit at token k ("square feet", "square
// metres", "mètres carrés", "km carrés"): the unit and its last token, ""
// when none.
func areaUnit(toks []lexis.Token, k int) (string, int) {
	if k+1 >= len(toks) {
		return "", k
	}
	a, b := toks[k].Fold, toks[k+1].Fold
	if a == "cubic" && lexis.InSet(b, "metre", "metres", "meter", "meters", "m") || lexis.InSet(b, "cube", "cubes") && lexis.InSet(a, "metre", "metres", "m") {
		// "8 million cubic metres", «90 millions de mètres cubes»: a
		// volume; «1 900 mètres cubes par seconde»: a flow.
		if lexis.MatchWords(toks, k+2, "par", "seconde") || lexis.MatchWords(toks, k+2, "per", "second") || lexis.MatchWords(toks, k+2, "a", "second") {
			return "m³/s", k + 3
		}
		return "m³", k + 1
	}
	if a == "square" {
		switch b {
		case "foot", "feet", "ft":
			return "sq ft", k + 1
		case "metre", "metres", "meter", "meters", "m":
			return "m²", k + 1
		case "kilometre", "kilometres", "kilometer", "kilometers", "km":
			return "km²", k + 1
		case "mile", "miles":
			return "sq mi", k + 1
		}
		return "", k
	}
	if lexis.InSet(b, "carre", "carres") {
		switch a {
		case "metre", "metres", "m":
			return "m²", k + 1
		case "kilometre", "kilometres", "km":
			return "km²", k + 1
		}
	}
	return "", k
}

// designVerbs say what a thing is made of, not what happened: their counts
// describe a design ("It comes in two colors", "dotée de deux écrans").
var designVerbs = lexis.SetOf("comes", "come", "features", "feature", "includes", "include", "offers", "comporte", "comportent",
	"dispose", "disposent", "possede", "possedent", "dote", "dotee", "equipe", "equipee", "contains", "contient", "fitted", "fits", "equipped",
	"equips", "powered", "boasts", "sports")

// streetWords follow the number of an address.
var streetWords = lexis.SetOf("rue", "avenue", "boulevard", "bd", "place", "quai", "allee", "impasse", "chemin", "route", "street",
	"st", "road", "rd", "lane", "drive", "square")

// complementAfter returns the head noun of an "of" or "de" phrase that
// starts at token k ("of all digital music sales", "des voix", "du
// capital"), -1 when none: an English compound ends on its head.
func (p *parsed) complementAfter(k int) int {
	toks, tags := p.toks, p.tags
	if k < 0 || k >= len(toks) || !lexis.InSet(toks[k].Fold, "of", "de", "d'", "du", "des") {
		return -1
	}
	head := -1
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		switch {
		case tags[j] == syntax.NOUN:
			head = j
			if p.lang == "fr" {
				return head
			}
			continue
		case head >= 0 && lexis.InSet(toks[j].Text, "'s", "’s"):
			head = -1 // "27% of the central bank's gross reserves": what the owner has
			continue
		case head >= 0:
			return head
		case tags[j] == syntax.DET || tags[j] == syntax.ADJ || tags[j] == syntax.PROPN || tags[j] == syntax.NUM ||
			toks[j].Text == "." || lexis.InSet(toks[j].Fold, "l'", "la", "le", "les"):
			continue
		}
		return -1
	}
	return head
}

// compoundModifier reports whether the English word at k, right after an
// amount, is the first noun of a compound the tagger misread as a verb or
// a determiner: "a $95 billion aid package", "a $20 million rescue plan".
func (p *parsed) compoundModifier(k int) bool {
	toks := p.toks
	if p.lang == "fr" || k+1 >= len(toks) || p.tags[k+1] != syntax.NOUN || !toks[k+1].Space || p.inDate(k+1) || p.inDate(k) {
		return false
	}
	t := toks[k]
	if t.Kind != lexis.Word || t.Upper() || p.tags[k] == syntax.ADP || p.tags[k] == syntax.CCONJ || p.tags[k] == syntax.PRON ||
		p.tags[k] == syntax.ADJ || p.tags[k] == syntax.NUM || p.tags[k] == syntax.ADV || p.tags[k] == syntax.PROPN || t.InnerUpper() || quantity.Scale(t.Fold) > 0 ||
		strings.HasSuffix(t.Fold, "ed") || functionWords[t.Fold] {
		return false
	}
	return true
}

// functionWords are English words that never begin a compound noun.
var functionWords = lexis.SetOf("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
	"of", "in", "to", "for", "from", "by", "at", "on", "per", "each", "and", "or", "but", "as", "with", "than", "more",
	"less", "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "which", "who", "that")

// modalVerb reports whether folded word f is a modal verb of either
// language ("could", "pourraient", "devrait").
func modalVerb(f string) bool {
	return lexis.InSet(f, "could", "would", "might", "may", "should", "must", "can", "will", "peut", "peuvent", "pouvait", "pouvaient", "doit", "doivent") ||
		strings.HasPrefix(f, "pourr") || strings.HasPrefix(f, "devr")
}

// objectRaisedTo returns the head noun of the object verb v moves to the
// figure at token at ("raised its full-year operating profit forecast to
// between 900 million and 950 million euros", «a relevé son objectif de
// marge à 8 %»), -1 when the words between are not such an object.
func (p *parsed) objectRaisedTo(v, at int) int {
	to := -1
	for k := v + 1; k < at; k++ {
		if lexis.InSet(p.toks[k].Fold, "to", "a") && p.toks[k].Text != "a" {
			to = k
			break
		}
		if isVerb(p.tags[k]) || p.toks[k].Kind == lexis.Punct || p.toks[k].Kind == lexis.Number {
			return -1
		}
	}
	if to < v+2 || p.tags[to-1] != syntax.NOUN || p.toks[to-1].Upper() {
		return -1
	}
	for k := v + 1; k < to; k++ {
		if p.inDate(k) || p.tags[k] == syntax.ADP && !lexis.InSet(p.toks[k].Fold, "de", "d'", "of") {
			return -1 // (a noun phrase: not "fall by a third this year to 18 million tonnes")
		}
	}
	for k := to + 1; k < at; k++ {
		if isVerb(p.tags[k]) || p.toks[k].Kind == lexis.Punct && !numberComma(p.toks, k) || at-to > 8 {
			return -1 // ("to between 900 million and 950 million euros": the range's other end, no clause of its own)
		}
	}
	return to - 1
}

// noMeasureHead reports whether the word read as the head of a clause's
// subject cannot name what a figure measures: an adverb, adjective,
// pronoun or auxiliary ("this alone is worth $129"), or a finite verb no
// noun is spelt like ("les excédents qui pourraient atteindre 3 000
// milliards", "prices could reach $5").
func (p *parsed) noMeasureHead(h int) bool {
	if lexis.InSet(p.toks[h].Fold, "alone", "itself", "themselves", "seul", "seule", "seuls", "seules") {
		return true // "this alone is worth the US $129": a word that only stresses the subject
	}
	if p.named[h] || p.properNoun(h) {
		return true // "Zorgcorp acquired Zorgon for $1.2 billion": a name is no measure
	}
	if quantity.Scale(p.toks[h].Fold) > 0 {
		return true // «38 millions de Français utilisaient…, contre 31 millions»: a number's scale is no measure
	}
	if lexis.InSet(p.toks[h].Fold, "percent", "pourcent", "points", "point") {
		return true // "gained 1.6 percent to close at 5,043": the unit of the figure before the infinitive
	}
	if j := h + 1; !ownedMeasures[p.toks[h].Fold] && !publicMeasures[p.toks[h].Fold] {
		for j < len(p.toks) && j <= h+2 && p.tags[j] == syntax.ADJ && !p.toks[j].Upper() {
			j++
		}
		if j < len(p.toks) && p.properNoun(j) {
			// "miner Carrow Resources rose 4.5%", «l'équipementier
			// automobile Sidéris a chuté de 8,3 %»: the word for what the
			// name is, no measure (not «les ventes Renault»).
			return true
		}
	}
	if anaphors[p.toks[h].Fold] || p.bodyNoun(h) || roleOf(p.toks[h]) != "" {
		return true // "The bank lowered its forecast… to 2.5%", "the company", "the union leader": who, not what
	}
	switch p.tags[h] {
	case syntax.ADV, syntax.ADJ, syntax.PRON, syntax.DET, syntax.AUX:
		return true
	case syntax.VERB:
		f := p.toks[h].Fold
		return modalVerb(f) || p.lang == "fr" && (strings.HasSuffix(f, "aient") || strings.HasSuffix(f, "ait") && len(f) > 5)
	}
	return false
}

// nameHolds reports whether the name holds the folded word f ("Reserve
// Bank of New Zealand" holds "bank"): "The bank lowered its forecast to
// 2.5%" names its subject by that word, not what it measures.
func nameHolds(name, f string) bool {
	for _, w := range strings.Fields(name) {
		if lexis.Fold(w) == f {
			return true
		}
	}
	return false
}

// scoredMeasure reports whether a measure is what candidates, parties or
// companies score a share of: votes, seats, a market ("voix", "seats",
// "part de marché"); not "union members" ("Workers will get 4%": a rise).
func scoredMeasure(measure string) bool {
	k := MeasureKey(measure)
	return strings.HasPrefix(k, "~vote") || strings.HasPrefix(k, "~seat") || strings.Contains(k, "share") || strings.Contains(k, "marche") || strings.Contains(k, "market")
}

// scoreVerbs are the verbs (their lemma, see verbLemma) that give what a
// candidate or a party scored.
var scoreVerbs = lexis.SetOf("obtenir", "obtenu", "recueillir", "recueilli", "remporter", "remporte", "totaliser", "totalise", "recolter", "recolte",
	"get", "got", "win", "won", "receive", "received", "garner", "garnered", "take", "took", "secure", "secured", "capture", "captured")

// levelVerbs say where a thing that moves ended: "closed at", "ended at",
// "a clôturé à", "a terminé à".
var levelVerbs = lexis.SetOf("closed", "close", "closes", "ended", "end", "ends", "finished", "opened", "stood", "stands", "settled",
	"cloture", "clôturé", "termine", "fini", "ouvert", "s'etablit", "etabli", "atteint", "reached", "hit")

// levelReached reports whether the figure of reading r, after "to", "at"
// or "à", is the level its clause's subject reached as it moved or closed
// ("The FTSE 100 fell 1.5% to 5,800", "closed at 3,412 points", "a reculé
// de 1,5 % à 3 400 points"): the subject is a name (head, the clause's
// subject head, is a proper noun), not a measure ("Revenue rose 14% to
// $9.23 billion" is revenue's), and the figure counts nothing but points.
func (p *parsed) levelReached(r clauseReading, head int, unit string) bool {
	toks := p.toks
	if head >= 0 && lexis.InSet(toks[head].Fold, "percent", "pourcent", "points", "point") {
		head = -1 // "gained 1.6 percent to close at 5,043": the unit before the infinitive, no subject
	}
	indexHead := head >= 0 && lexis.InSet(toks[head].Fold, "index", "indice", "average", "composite") && indexName(r.subject)
	if r.verb < 0 || r.verb >= r.at || r.at < 1 || head >= 0 && !p.properNoun(head) && !indexHead || r.how != fromClause && !(r.how == fromName && indexHead) || unit != "" && unit != "points" && unit != "point" {
		// (and "The Harbour Bank-Coral Institute index dropped 2.8% to 92.4
		// points": an index named by its common noun)
		return false
	}
	if r.noun >= 0 && !lexis.InSet(toks[r.noun].Fold, "points", "point") {
		return false
	}
	if !lexis.InSet(toks[r.at-1].Fold, "to", "at", "a") || toks[r.at-1].Text == "a" || r.at >= 2 && toks[r.at-2].Text == "," && !(r.at >= 3 && toks[r.at-3].Text == "%") {
		return false // (not "…avec 42 points, à deux points des séries": a distance; but "lost 430.97 points, or 1.29%, to 33,002.38")
	}
	if k := r.after; k < len(toks) && lexis.InSet(toks[k].Fold, "de", "des", "du", "d'", "of", "from", "behind", "ahead", "short") {
		return false // "at 2 points from the lead", "à deux points des séries"
	}
	v := toks[r.verb].Fold
	return riseWords[v] || fallWords[v] || levelVerbs[v] || lexis.InSet(v, "recule", "progresse", "gagne", "cede", "chute", "grimpe", "avance", "glisse", "rebondi", "reculant", "progressant", "avancant", "glissant",
		"added", "adding", "shed", "shedding")
}

// listNoun returns the noun counted by the last figure of the list «N, N
// et N noun» that the bare figure n opens or goes on, -1 when n is no such
// item.
func (p *parsed) listNoun(n quantity.NumberExpr) int {
	toks, tags := p.toks, p.tags
	if n.Unit != "" || quantity.PairedOrLabelled(toks, n.TokStart) {
		return -1 // (not "27 à 21, et 8 millions de téléspectateurs": a score's second number)
	}
	k, items := n.TokEnd, 0
	for k+1 < len(toks) && lexis.InSet(toks[k].Fold, ",", "et", "and", "ou", "or") {
		j := k + 1
		if toks[k].Text == "," && lexis.InSet(lexis.FoldAt(toks, j), "et", "and", "ou", "or") {
			j++ // "12, 9, and 4"
		}
		e := j
		for e < len(toks) && (tags[e] == syntax.NUM || e > j && quantity.Scale(toks[e].Fold) > 0) && !p.inDate(e) {
			e++
		}
		if e == j {
			return -1
		}
		k, items = e, items+1
	}
	if items == 0 {
		return -1
	}
	if lexis.InSet(lexis.FoldAt(toks, k), "de", "d'", "of") {
		k++
	}
	if k < len(toks) && tags[k] == syntax.NOUN && !quantity.TimeUnitNoun(toks[k]) && !p.inDate(k) && !prepositions[toks[k].Fold] {
		return k
	}
	return -1
}

// wholesNoun returns the noun the whole counts after the bare figure n that
// is a part of it: "31 sur les 90 sièges", "31 des 90 sièges", "31 of the
// assembly's 90 seats", "31 of its 90 seats"; -1 when n is no such part.
func (p *parsed) wholesNoun(n quantity.NumberExpr) int {
	toks, tags := p.toks, p.tags
	k := n.TokEnd
	if n.Unit != "" || k+1 >= len(toks) || !lexis.InSet(toks[k].Fold, "of", "sur", "des") {
		return -1
	}
	k++
	for j := 0; j < 3 && k < len(toks) && toks[k].Kind != lexis.Number; j++ {
		if !(lexis.InSet(toks[k].Fold, "the", "its", "their", "les", "ses", "leurs", "'s", "’s") || toks[k].Kind == lexis.Word && k+1 < len(toks) && lexis.InSet(toks[k+1].Text, "'s", "’s")) {
			return -1
		}
		k++
	}
	if k >= len(toks) || tags[k] != syntax.NUM || p.inDate(k) {
		return -1
	}
	for k < len(toks) && tags[k] == syntax.NUM {
		k++
	}
	if k < len(toks) && (quantity.Scale(toks[k].Fold) > 0 || currencyWords[toks[k].Fold]) {
		return -1 // (not "40 of its 65 billion dollars": an amount, its scale and money the whole's own)
	}
	if k < len(toks) && tags[k] == syntax.NOUN && !quantity.TimeUnitNoun(toks[k]) {
		return k
	}
	return -1
}

// stateVerbs tell that something stays or is what it is, nothing of an
// amount their clause gives: "remains", «reste», «demeure».
var stateVerbs = lexis.SetOf("reste", "restent", "restait", "restaient", "demeure", "demeurent", "remains", "remain", "remained", "stays", "stay", "stayed")

// aggregateNouns name a whole that a figure sizes in a unit of its own
// ("a fleet of 85 vessels", "an order backlog of 196 ships", «des
// effectifs de 4 000 personnes»): what is measured is the whole, not a
// count of the things it holds.
var aggregateNouns = lexis.SetOf("backlog", "fleet", "workforce", "headcount", "membership", "portfolio", "network", "inventory",
	"inventories", "stockpile", "reserves", "capacity", "attendance", "audience", "enrolment", "enrollment", "enrolments", "enrollments",
	"carnet", "flotte", "effectifs", "effectif", "reseau", "portefeuille", "stocks", "reserves", "capacite", "capacites",
	"frequentation", "inscriptions")

// aggregateOf returns the token of the whole a counted figure sizes (see
// aggregateNouns): the subject's head of a verb that brings it to the
// figure ("Its fleet grew to 85 vessels"), or the noun the figure
// completes after "to", «à» ("lifts its order backlog to 196 ships"); -1
// when there is none.
func (p *parsed) aggregateOf(head, of int, r clauseReading) int {
	toks := p.toks
	if r.noun < 0 || aggregateNouns[toks[r.noun].Fold] || r.at < 1 {
		return -1
	}
	if of >= 2 && lexis.InSet(toks[of-1].Fold, "de", "d'", "of") && aggregateNouns[toks[of-2].Fold] && !toks[of-2].Upper() {
		// «porte son carnet de commandes à 196 navires»: the whole, not
		// what it holds (the French compound, read from its complement)
		if p.lang == "fr" && p.frenchCompoundHead(of) == of-2 {
			return of
		}
		return of - 2
	}
	if of >= 0 && aggregateNouns[toks[of].Fold] && !toks[of].Upper() {
		return of
	}
	if head < 0 || !aggregateNouns[toks[head].Fold] || toks[head].Upper() || r.verb <= head || r.verb >= r.at {
		return -1
	}
	for k := r.verb + 1; k < r.at; k++ {
		// "grew to 85 vessels", «ont atteint 4 000 personnes», «est passée à
		// 40 navires»: the level the verb brings it to (not «produira …,
		// soit la consommation d'environ 800 000 foyers»)
		if !qualifierWords[toks[k].Fold] && !lexis.InSet(toks[k].Fold, "to", "at", "a", "passe", "passee", "passes", "passees") {
			return -1
		}
	}
	return head
}

// forecastObject returns the noun of forecast (forecastNouns) that verb v
// takes as its object and moves to the figure at token at ("cut its
// forecast for the 2026 harvest to 51.2 million", «a abaissé mardi sa
// prévision d'exportations … pour la campagne 2025-2026, à 7,5 millions»),
// -1 when the clause is not so built.
func (p *parsed) forecastObject(v, at int) int {
	toks := p.toks
	if at < 2 || !lexis.InSet(toks[at-1].Fold, "to", "a") || toks[at-1].Text == "a" || !isVerb(p.tags[v]) || lexis.IsSpeechVerb(toks, v) {
		return -1
	}
	h := -1
	for k := v + 1; k < at-1 && k <= v+6; k++ {
		if p.inDate(k) || lexis.InSet(toks[k].Fold, "its", "their", "his", "her", "our", "sa", "son", "ses", "leur", "leurs", "the", "la", "le", "l'", "les") || p.tags[k] == syntax.ADJ || p.tags[k] == syntax.ADV {
			continue
		}
		if forecastNouns[toks[k].Fold] && !lexis.InSet(toks[k].Fold, "attentes", "prevue", "consensus", "expectations") {
			h = k
		}
		break
	}
	if h < 0 {
		return -1
	}
	for k := h + 1; k < at-1; k++ {
		// its complement, to the figure: no verb nor clause between
		if p.inDate(k) {
			continue // "for the 2026 harvest", «pour la campagne 2025-2026»
		}
		if isVerb(p.tags[k]) || toks[k].Kind == lexis.Punct && !(toks[k].Text == "," && k == at-2) && toks[k].Text != "-" || at-h > 24 {
			return -1
		}
	}
	return h
}

// forecastMeasure returns the measure, the label's words and whether they
// follow the figure, of the forecast noun at h whose complement runs to the
// figure at token at: the noun with what it forecasts («prévision
// d'exportations», "harvest forecast"), as the text writes it.
func (p *parsed) forecastMeasure(text string, h, at int, lang string) (string, string, bool) {
	toks := p.toks
	e := h + 1 // the end of the words kept: the complement's first noun
	if e+1 < at && lexis.InSet(toks[e].Fold, "de", "d'", "du", "des", "of", "for") {
		j := e + 1
		for j < at-1 && (p.tags[j] == syntax.DET || p.inDate(j) || p.tags[j] == syntax.NUM) {
			j++
		}
		if j < at-1 && p.tags[j] == syntax.NOUN {
			e = j + 1
		}
	}
	m := p.measureAt(h, lang)
	if e > h+1 {
		if lang == "fr" && p.frenchCompoundHead(e-1) == h {
			m = p.measureAt(e-1, lang) // «prévision d'exportations»
		} else if lang != "fr" {
			m = lemma(toks[e-1].Fold, lang) + " " + m // "harvest forecast"
		}
	}
	return m, strings.TrimSpace(text[toks[h].Start:toks[e-1].End]), false
}

// shareOfWhole reports whether the percentage at token at is the share its
// clause's subject makes of a whole, told by a verb of making up right
// before it ("Foreign visitors accounted for 46% of the total",
// «représentaient 46 % du total»), not a share restated after a figure
// (", or 13.6% of the total").
func shareOfWhole(toks []lexis.Token, at int) bool {
	k := at - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "for", "up") && lexis.InSet(toks[k-1].Fold, "accounted", "accounts", "account", "accounting", "made", "make", "makes") {
		return true
	}
	return k >= 0 && (strings.HasPrefix(toks[k].Fold, "represent") || strings.HasPrefix(toks[k].Fold, "constitu"))
}

// countNounBefore returns the noun for a count ("toll", «bilan») that
// heads the subject of verb v within its first words, -1 when none.
func (p *parsed) countNounBefore(v int) int {
	start := p.clauseStart(v)
	for h := start; h < v && h-start <= 4; h++ {
		if p.tags[h] == syntax.NOUN && lexis.InSet(p.toks[h].Fold, "toll", "tally", "bilan") {
			return h
		}
	}
	return -1
}

// ownResultBase reports whether the noun at token of, which a figure
// completes, is a result a figure is set against, named in its own word:
// «contre une perte de 309 millions», "compared with a loss of $56
// million", "against a deficit of 2%".
func ownResultBase(toks []lexis.Token, of int) bool {
	if of < 2 || !lexis.InSet(toks[of].Fold, "perte", "pertes", "loss", "losses", "benefice", "profit", "deficit", "excedent", "surplus") {
		return false
	}
	k := of - 1
	if !lexis.InSet(toks[k].Fold, "a", "an", "un", "une") || toks[k].Text == "à" {
		return false
	}
	return lexis.InSet(toks[k-1].Fold, "contre", "against", "versus", "vs") || toks[k-1].Fold == "with" && lexis.InSet(toks[k-2].Fold, "compared", "compares", "comparison")
}
