package quantity

import (
	"maps"
	"math"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/lexis"
)

// NumberExpr is a figure found in a text: a cardinal with its scale and
// qualifier ("plus de 70 millions"), an ordinal ("56e", "5th", "première"),
// or a rank move ("de la 56e à la 5e place").
type NumberExpr struct {
	Span  lexis.Span `json:"span"`
	Text  string     `json:"text"`
	Value float64
	// From is the old rank of a rank move, 0 otherwise.
	From      float64         `json:"from,omitempty"`
	Ordinal   bool            `json:"ordinal,omitempty"`
	Qualifier claim.Qualifier `json:"qualifier,omitempty"`
	// Scaled is true when a scale word or suffix multiplied the figure.
	Scaled bool `json:"scaled,omitempty"`
	// Unit is "%", "€", "$", "£" or "" for a count.
	Unit string `json:"unit,omitempty"`
	// Year is true for a bare four-digit number that reads as a year.
	Year bool `json:"-"`
	// TokEnd is the index of the token after the figure (and its scale)
	// in the tokens it was read from.
	TokEnd int `json:"-"`
	// TokStart is the index of the figure's first token (after
	// qualifiers).
	TokStart int `json:"-"`
	// Inner is the index of the noun inside a share in words, what it
	// counts ("un candidat sur cinq"), 0 when none.
	Inner int `json:"-"`
	// Share is true for a share in words ("un sur cinq", "a third").
	Share bool `json:"-"`
}

var unitWords = map[string]int{
	"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
	"neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "dozen": 12, "douzaine": 12,
	"dizaine": 10, "vingtaine": 20, "trentaine": 30, "centaine": 100, "quinzaine": 15, "quarantaine": 40,
	"cinquantaine": 50, "soixantaine": 60,
}

// englishNumberWords are the number words only English has.
var englishNumberWords = lexis.SetOf("one", "two", "three", "four", "five", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
	"sixty", "seventy", "eighty", "ninety", "hundred", "a", "an")

// approxWords are number words that are themselves approximate ("une dizaine").
var approxWords = lexis.SetOf("dizaine", "vingtaine", "trentaine", "centaine", "douzaine", "quinzaine", "quarantaine", "cinquantaine",
	"soixantaine")

var scaleWords = map[string]float64{
	"mille": 1e3, "thousand": 1e3, "thousands": 1e3, "k": 1e3,
	"million": 1e6, "millions": 1e6, "mln": 1e6, "m": 1e6, "mio": 1e6,
	"milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "g": 1e9,
	"trillion": 1e12, "trillions": 1e12, "billion_fr": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, // (the Indian numbering: "15,400 crore rupees", "3.2 lakh tonnes")
}

var ordinalWords = withDerivedOrdinals(map[string]int{
	"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
	"cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11,
	"douzieme": 12, "vingtieme": 20, "centieme": 100,
	"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
})

// The ordinals of the other number words follow from the cardinals: French
// adds "-ième" ("quatorze", "quatorzième"; "cinq", "cinquième"; "neuf",
// "neuvième"), English "-th" ("thirteen", "thirteenth"; "twenty",
// "twentieth").
func withDerivedOrdinals(ordinalWords map[string]int) map[string]int {
	for w, v := range unitWords {
		if v == 0 || approxWords[w] || lexis.InSet(w, "un", "une", "a", "an", "one", "two", "three", "dozen", "douzaine", "cents") {
			continue
		}
		var o string
		if englishNumberWords[w] {
			switch {
			case strings.HasSuffix(w, "y"):
				o = strings.TrimSuffix(w, "y") + "ieth"
			case strings.HasSuffix(w, "t"):
				o = w + "h" // "eight"
			case strings.HasSuffix(w, "ve"):
				o = strings.TrimSuffix(w, "ve") + "fth" // "twelve", "five"
			case strings.HasSuffix(w, "ne") && w != "nine":
				o = w + "th"
			case w == "nine":
				o = "ninth"
			default:
				o = w + "th"
			}
		} else {
			switch {
			case strings.HasSuffix(w, "q"):
				o = w + "uieme"
			case strings.HasSuffix(w, "f"):
				o = strings.TrimSuffix(w, "f") + "vieme"
			default:
				o = strings.TrimSuffix(w, "e") + "ieme"
			}
		}
		if _, ok := ordinalWords[o]; !ok {
			ordinalWords[o] = v
		}
	}
	return ordinalWords
}

// superlativeOrdinal reads the rank of an ordinal glued to a superlative
// by a hyphen: "third-largest", "second-best-selling", "fifth-most" (3, 2,
// 5).
func superlativeOrdinal(w string) (int, bool) {
	head, _, ok := strings.Cut(w, "-")
	if !ok || !GluedSuperlative(w) {
		return 0, false
	}
	v, ok := ordinalWords[head]
	return v, ok
}

// GluedSuperlative reports whether folded word w is an ordinal glued to a
// superlative by a hyphen ("third-largest", "second-best-selling",
// "fifth-most", "fourth-driest"), not to a noun ("second-half",
// "first-quarter").
func GluedSuperlative(w string) bool {
	head, rest, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	if _, ok := ordinalWords[head]; !ok {
		return false
	}
	first, _, _ := strings.Cut(rest, "-")
	return lexis.InSet(first, "most", "least", "best", "worst") || len(first) > 4 && strings.HasSuffix(first, "est") &&
		!lexis.InSet(first, "interest", "request", "contest", "protest", "forest", "harvest", "latest", "guest")
}

// compoundOrdinal reads an ordinal written with hyphens, cardinals then an
// ordinal: "dix-septième", "vingt-et-unième", "twenty-first" (17, 21, 21).
func compoundOrdinal(w string) (int, bool) {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return 0, false
	}
	last := parts[len(parts)-1]
	v, ok := ordinalWords[last]
	if last == "unieme" {
		v, ok = 1, true
	}
	if !ok {
		return 0, false
	}
	for _, p := range parts[:len(parts)-1] {
		if p == "et" {
			continue
		}
		n, ok := unitWords[p]
		if !ok || approxWords[p] || lexis.InSet(p, "a", "an", "un", "une") {
			return 0, false
		}
		v += n
	}
	return v, true
}

var ordinalSuffix = lexis.SetOf("e", "er", "ere", "eme", "em", "ieme", "nd", "rd", "th", "st", "d", "re")

// qualifiers are the phrases before a figure that make it a bound or an
// approximation, longest first.
var qualifiers = []struct {
	words []string
	q     claim.Qualifier
}{
	{[]string{"pas", "moins", "de"}, claim.AtLeast}, {[]string{"pas", "moins", "d'"}, claim.AtLeast},
	{[]string{"no", "more", "than"}, claim.AtMost}, {[]string{"not", "more", "than"}, claim.AtMost}, {[]string{"never", "more", "than"}, claim.AtMost},
	{[]string{"jamais", "plus", "de"}, claim.AtMost}, {[]string{"pas", "plus", "de"}, claim.AtMost},
	{[]string{"pas", "plus", "d'"}, claim.AtMost}, {[]string{"as", "many", "as"}, claim.AtMost}, {[]string{"as", "much", "as"}, claim.AtMost},
	{[]string{"un", "peu", "plus", "de"}, claim.AtLeast}, {[]string{"un", "peu", "plus", "d'"}, claim.AtLeast},
	{[]string{"un", "peu", "moins", "de"}, claim.AtMost}, {[]string{"un", "peu", "moins", "d'"}, claim.AtMost},
	{[]string{"no", "fewer", "than"}, claim.AtLeast}, {[]string{"no", "less", "than"}, claim.AtLeast},
	{[]string{"more", "than"}, claim.AtLeast}, {[]string{"in", "excess", "of"}, claim.AtLeast}, {[]string{"upwards", "of"}, claim.AtLeast},
	{[]string{"at", "least"}, claim.AtLeast}, {[]string{"starting", "at"}, claim.AtLeast}, {[]string{"starting", "from"}, claim.AtLeast},
	{[]string{"starts", "at"}, claim.AtLeast}, {[]string{"start", "at"}, claim.AtLeast}, {[]string{"a", "partir", "de"}, claim.AtLeast},
	{[]string{"a", "partir", "d'"}, claim.AtLeast}, {[]string{"au", "moins"}, claim.AtLeast}, {[]string{"just", "over"}, claim.AtLeast},
	{[]string{"plus", "de"}, claim.AtLeast}, {[]string{"plus", "d'"}, claim.AtLeast}, {[]string{"over"}, claim.AtLeast},
	{[]string{"au-dela", "de"}, claim.AtLeast}, {[]string{"au-dela", "d'"}, claim.AtLeast}, {[]string{"plus", "que"}, claim.AtLeast},
	{[]string{"less", "than"}, claim.AtMost}, {[]string{"fewer", "than"}, claim.AtMost}, {[]string{"up", "to"}, claim.AtMost},
	{[]string{"moins", "de"}, claim.AtMost}, {[]string{"moins", "d'"}, claim.AtMost}, {[]string{"jusqu'", "a"}, claim.AtMost},
	{[]string{"just", "under"}, claim.AtMost}, {[]string{"under"}, claim.AtMost}, {[]string{"below"}, claim.AtMost}, {[]string{"above"}, claim.AtLeast},
	{[]string{"pres", "de"}, claim.Approx}, {[]string{"pres", "d'"}, claim.Approx}, {[]string{"autour", "de"}, claim.Approx},
	{[]string{"autour", "d'"}, claim.Approx}, {[]string{"close", "to"}, claim.Approx}, {[]string{"environ"}, claim.Approx},
	{[]string{"quelque"}, claim.Approx}, {[]string{"approximativement"}, claim.Approx}, {[]string{"presque"}, claim.Approx},
	{[]string{"quasiment"}, claim.Approx}, {[]string{"pratiquement"}, claim.Approx}, {[]string{"virtually"}, claim.Approx},
	{[]string{"about"}, claim.Approx}, {[]string{"around"}, claim.Approx},
	{[]string{"roughly"}, claim.Approx}, {[]string{"approximately"}, claim.Approx}, {[]string{"nearly"}, claim.Approx},
	{[]string{"almost"}, claim.Approx}, {[]string{"some"}, claim.Approx}, {[]string{"circa"}, claim.Approx}, {[]string{"~"}, claim.Approx},
}

// FindNumbers returns the figures in text, read in language lang ("fr" or
// "en": it decides whether "1,500" is 1.5 or 1500).
func FindNumbers(text, lang string) []NumberExpr {
	return AppendNumbers(nil, text, lexis.Tokenize(text, 0, len(text)), lang)
}

// AppendNumbers appends the figures of the tokens toks of text to out,
// read in language lang (see FindNumbers).
func AppendNumbers(out []NumberExpr, text string, toks []lexis.Token, lang string) []NumberExpr {
	first := len(out)
	defer func() { shareScales(out[first:], toks) }()
	for i := 0; i < len(toks); {
		if !mayStartNumber(toks, i) {
			i++
			continue
		}
		if n, ok := durationAt(text, toks, i); ok {
			out = append(out, n) // "2:01:48", "59 minutes 58 seconds": an elapsed time, in seconds
			i = n.TokEnd
			continue
		}
		if n, ok := numberAt(text, toks, i, lang); ok {
			if k := n.TokStart; k > 0 && toks[k].Kind == lexis.Word && lexis.InSet(toks[k-1].Fold, "few", "several", "many") {
				// "a few hundred million dollars", "several thousand
				// jobs": a vague amount, not a figure.
				i = n.TokEnd
				continue
			}
			if gluedToWord(toks, n.TokStart) {
				// "A400M", "iLife '11": a number inside a name.
				i = n.TokEnd
				continue
			}
			if k := len(out); k > 0 && n.Span.Start < out[k-1].Span.End {
				// "0€0": the currency sign belongs to the figure before.
				if n.Unit != "" && lexis.FoldAt(toks, n.TokStart-1) == n.Unit {
					n.Unit = ""
				}
				n.Span.Start = toks[i].Start
				n.Text = text[n.Span.Start:n.Span.End]
			}
			out = append(out, n)
			i = n.TokEnd
			continue
		}
		i++
	}
	return out
}

// numberAt reads a figure that starts at token i (qualifier included).
func numberAt(text string, toks []lexis.Token, i int, lang string) (NumberExpr, bool) {
	q, start := claim.Exact, i
	before := lexis.FoldAt(toks, start-1)
	for _, ql := range qualifiersByFirst[lexis.FoldAt(toks, i)] {
		if lexis.MatchWords(toks, i, ql.words...) {
			j := i + len(ql.words)
			if _, _, ok := cardinalAt(text, toks, j, lang); ok {
				q, i = ql.q, j
				if lexis.MatchWords(toks, start, "plus", "que") && negatedBefore(toks, start) {
					q, start = claim.Exact, j // «ne pèsent plus que 5,1 %», «n'étaient plus que 3 200»: only that much, no more than before
				}
				break
			}
			if _, ok := fractionAt(toks, j, lexis.FoldAt(toks, j-1), lang); ok {
				q, i = ql.q, j // "more than half of", "roughly a third of"
				break
			}
			if d := j + 1; j < len(toks) && (lexis.InSet(toks[j].Text, "$", "€", "£") || CurrencyPrefix(toks, j) && func() bool { d = j + 2; return true }()) &&
				d < len(toks) && toks[d].Kind == lexis.Number {
				// "more than $4 billion", "starting at US$999": the
				// amount with its currency sign, qualified
				if n, ok := numberAt(text, toks, d, lang); ok && !n.Ordinal && n.Unit != "" {
					if n.Qualifier == claim.Exact {
						n.Qualifier = ql.q
					}
					n.Span.Start = toks[start].Start
					n.Text = text[n.Span.Start:n.Span.End]
					return n, true
				}
			}
			if art := lexis.FoldAt(toks, j); lexis.InSet(art, "la", "the") {
				if _, ok := fractionAt(toks, j+1, art, lang); ok {
					q, i, before = ql.q, j+1, art // "presque la moitié des mots", "nearly the half of"
					break
				}
			}
			if _, ok := ordinalAt(toks, j); ok && ql.q != claim.Exact {
				continue
			}
		}
	}
	// Fractions in words: "un candidat sur cinq", "one in eight", "a third".
	if n, ok := fractionAt(toks, i, before, lang); ok {
		if q != claim.Exact {
			n.Qualifier = q
		}
		n.Span = lexis.Span{Start: toks[start].Start, End: toks[n.TokEnd-1].End}
		n.Text = text[n.Span.Start:n.Span.End]
		return n, true
	}
	// Rank moves: "de la 56e à la 5e (place)", "from 56th to 5th".
	if n, ok := rankMoveAt(text, toks, i); ok {
		n.Span.Start = toks[start].Start
		n.Text = text[n.Span.Start:n.Span.End]
		return n, true
	}
	if v, ok := ordinalAt(toks, i); ok {
		n := NumberExpr{Value: float64(v), Ordinal: true, TokStart: i, TokEnd: i + 1, Qualifier: q}
		n.Span = lexis.Span{Start: toks[start].Start, End: toks[i].End}
		n.Text = text[n.Span.Start:n.Span.End]
		return n, true
	}
	v, end, ok := cardinalAt(text, toks, i, lang)
	if !ok {
		return NumberExpr{}, false
	}
	n := NumberExpr{Value: v, Qualifier: q, TokStart: i}
	glued := func(k int) bool { // "50,000-euro", "2-million-dollar": a hyphen glued on both sides
		return k+1 < len(toks) && toks[k].Text == "-" && !toks[k].Space && !toks[k+1].Space && toks[k+1].Kind == lexis.Word
	}
	if glued(end) {
		if _, ok := ScaleWordAt(toks, end+1, lang); ok {
			end++
		}
	}
	// Scale words and suffixes: "70 millions", "1,5 milliard", "25M".
	if metresSuffix(toks, i, end, n.Value) {
		n.Unit = "m" // "the 10,000m", "a 5000m race": metres
	} else if sc, ok := scaleOf(toks[end-1], lang); ok && toks[end-1].Kind == lexis.Number {
		n.Value = scaleBy(n.Value, sc)
		n.Scaled = true
	} else if sc, ok := ScaleWordAt(toks, end, lang); ok {
		n.Value = scaleBy(n.Value, sc)
		n.Scaled = true
		end++
		if sc2, ok := ScaleWordAt(toks, end, lang); ok && sc < 1e6 && lexis.InSet(toks[end].Fold, "crore", "crores") {
			n.Value = scaleBy(n.Value, sc2) // "2.5 lakh crore rupees": a lakh of crores
			end++
		}
		// "un million deux cent mille": a following smaller figure adds up.
		if v2, end2, ok := cardinalAt(text, toks, end, lang); ok && toks[end].Kind == lexis.Word {
			if sc2, ok := ScaleWordAt(toks, end2, lang); ok && v2*sc2 < sc {
				n.Value += v2 * sc2
				end = end2 + 1
			}
		}
	}
	if math.IsInf(n.Value, 0) {
		return NumberExpr{}, false // 309 digits and a scale: not a figure
	}
	if isApproxWord(toks, i) && n.Qualifier == claim.Exact {
		n.Qualifier = claim.Approx
	}
	// Units, also after "de"/"of": "1,5 milliard d'euros", "3 billion of dollars".
	if (lexis.InSet(lexis.FoldAt(toks, end), "d'", "de", "of") || glued(end)) && lexis.InSet(lexis.FoldAt(toks, end+1), "euros", "dollars", "euro", "dollar") {
		end++
	} else if lang != "en" && n.Scaled && lexis.InSet(lexis.FoldAt(toks, end), "de", "d'") && end+1 < len(toks) &&
		(lexis.InSet(toks[end+1].Text, "F", "FF") || lexis.InSet(toks[end+1].Fold, "francs", "franc")) {
		end++ // "3 millions de francs", "2 milliards de FF"
	}
	// "35 millions de livres", "2 milliards de livres sterling": pounds
	// sterling (a weight in pounds is never counted in millions).
	sterling := false
	if n.Scaled && lexis.InSet(lexis.FoldAt(toks, end), "de", "d'") && lexis.InSet(lexis.FoldAt(toks, end+1), "livres", "livre") {
		end += 2
		sterling = true
		if lexis.FoldAt(toks, end) == "sterling" {
			end++
		}
	}
	if !sterling && n.Scaled && lexis.InSet(lexis.FoldAt(toks, end), "pounds", "pound") && lexis.FoldAt(toks, end+1) != "of" {
		// "set aside 120 million pounds for the case": money (not "3
		// million pounds of beef", a weight)
		end++
		sterling = true
		if lexis.FoldAt(toks, end) == "sterling" {
			end++
		}
	}
	switch {
	case sterling:
		n.Unit = "£"
	case toks[end-1].Kind == lexis.Number && toks[end-1].Suffix() == "c" && !n.Scaled:
		n.Unit = "°C" // "1.48C", "20.9C": degrees Celsius glued to the figure
	case lexis.FoldAt(toks, end) == "°" && lexis.InSet(lexis.FoldAt(toks, end+1), "c", "f") || lexis.InSet(lexis.FoldAt(toks, end), "°c", "°f"):
		n.Unit = "°" + strings.ToUpper(strings.TrimPrefix(lexis.FoldAt(toks, end), "°")) // "42 °C", "38°C"
		if lexis.FoldAt(toks, end) == "°" {
			n.Unit = "°" + strings.ToUpper(lexis.FoldAt(toks, end+1))
			end++
		}
		end++
	case lexis.FoldAt(toks, end) == "%" || lexis.MatchWords(toks, end, "pour", "cent") || lexis.MatchWords(toks, end, "percent") || lexis.MatchWords(toks, end, "per", "cent"):
		n.Unit = "%"
		if toks[end].Kind == lexis.Punct {
			end++
		}
	case !n.Scaled && (lang == "en" && (lexis.FoldAt(toks, end) == "cents" || lexis.MatchWords(toks, end, "euro", "cents")) ||
		lang != "en" && lexis.InSet(lexis.FoldAt(toks, end), "centimes", "centime")):
		// "earnings of 45 cents a share", "15 euro cents", «12 centimes
		// d'euro»: a hundredth of the currency.
		n.Unit = "$"
		if lang != "en" {
			n.Unit = "€"
		} else if lexis.FoldAt(toks, end) == "euro" {
			n.Unit = "€"
			end++
		}
		end++
		if lexis.MatchWords(toks, end, "d'", "euro") {
			end += 2
		}
		n.Value = math.Round(n.Value*1e6) / 1e8 // ("1,8 centime": 0.018, not 0.018000000000000002)
	case lexis.FoldAt(toks, end) == "€" || lexis.FoldAt(toks, end) == "euros" || lexis.FoldAt(toks, end) == "euro":
		n.Unit = "€"
		end++
	case lexis.FoldAt(toks, end) == "dollars" || lexis.FoldAt(toks, end) == "dollar":
		n.Unit = "$"
		end++
	case lang != "en" && end < len(toks) && (toks[end].Text == "F" || toks[end].Text == "FF" || lexis.InSet(toks[end].Fold, "francs", "franc")) &&
		(end+1 >= len(toks) || !toks[end+1].Upper() || toks[end+1].Kind != lexis.Word):
		// "5.000 F d'amende", "10 000 francs": French francs (not
		// "francs CFA", "francs suisses": those say which, after).
		if f := lexis.FoldAt(toks, end+1); !lexis.InSet(f, "cfa", "suisses", "suisse", "belges", "belge", "pacifique", "cfp") {
			n.Unit = "FRF"
			end++
		}
	case lexis.FoldAt(toks, start-1) == "$" || lexis.FoldAt(toks, start-1) == "€" || lexis.FoldAt(toks, start-1) == "£":
		n.Unit = lexis.FoldAt(toks, start-1)
		start--
		if k := start - 1; n.Unit == "$" && k >= 0 && toks[k].End == toks[start].Start && currencyPrefixes[toks[k].Fold] && !lexis.InSet(toks[k].Fold, "us", "usd") {
			n.Unit = strings.ToUpper(toks[k].Text) + "$" // "C$212 million", "A$15.1 million": not US dollars
		}
	}
	if k := i - 1; k >= 0 && start == i && (toks[k].Text == "-" || toks[k].Text == "−") && toks[k].End == toks[i].Start &&
		(k == 0 || toks[k].Space || toks[k-1].Kind != lexis.Number && toks[k-1].Kind != lexis.Word) && toks[i].Kind == lexis.Number {
		// "up from -0.1%", "à −0,5 %": a negative figure (not "2-3",
		// "737-800", "A-1").
		n.Value = -n.Value
		start = k
	} else if k := i - 1; k >= 1 && start == i && toks[i].Kind == lexis.Number && (toks[k].Fold == "minus" && toks[k-1].Kind != lexis.Number && toks[k-1].Fold != "or" ||
		toks[k].Fold == "moins" && (lexis.InSet(toks[k-1].Fold, "de", "d'") || toks[k-1].Text == "à") && (k < 2 || !lexis.InSet(toks[k-2].Fold, "au", "du"))) {
		// "a record low of minus 0.50%", "fell to minus 12 degrees", «un
		// plus bas de moins 0,5 %», «est descendue à moins 12 degrés»: a
		// negative figure, written out (not "42 minus 12", «au moins
		// 12», «moins de 12»).
		n.Value = -n.Value
		start = k
	}
	n.TokEnd = end
	n.Span = lexis.Span{Start: toks[start].Start, End: toks[end-1].End}
	n.Text = text[n.Span.Start:n.Span.End]
	t := toks[i]
	if t.Kind == lexis.Number && len(t.Text) == 4 && t.Suffix() == "" && !n.Scaled && end == i+1 && n.Unit == "" {
		if y, _ := strconv.Atoi(t.Text); y >= 1800 && y <= 2100 {
			n.Year = true
		}
	}
	return n, true
}

func isApproxWord(toks []lexis.Token, i int) bool {
	for k := i; k < min(i+3, len(toks)); k++ {
		if approxWords[toks[k].Fold] {
			return true
		}
	}
	return false
}

// metresSuffix reports whether the "m" glued to the figure of value v at
// tokens [i, end) is metres, not millions: after a figure of a thousand or
// more with no currency before it ("the women's 10,000m", "5000m"), as
// "£10,000m" would be written "£10bn".
func metresSuffix(toks []lexis.Token, i, end int, v float64) bool {
	if v < 1000 || toks[end-1].Kind != lexis.Number || toks[end-1].Suffix() != "m" {
		return false
	}
	return i == 0 || !(CurrencyPrefix(toks, i-1) || lexis.InSet(toks[i-1].Text, "$", "€", "£", "¥"))
}

// scaleOf reads the scale of a suffix glued to a number ("25M", "100k").
func scaleOf(t lexis.Token, lang string) (float64, bool) {
	if t.Suffix() == "" {
		return 0, false
	}
	s := t.Suffix()
	switch s {
	case "k", "m", "md", "mds", "bn", "mln", "mio", "mrd":
		// Not "g": "3G", "4G" and "5G" name networks far more often than
		// they count billions.
		return scaleWords[s], true
	}
	return 0, false
}

// scaleBy multiplies a figure by its scale as decimal digits do: 4.1
// million is 4100000, not the binary product 4099999.9999999995, so that
// the value a user exports or compares is the one the article wrote.
func scaleBy(v, sc float64) float64 {
	exp := math.Log10(sc)
	if exp != math.Trunc(exp) || exp < 1 || exp > 15 {
		return v * sc
	}
	d, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(int(exp)), 64)
	if err != nil {
		return v * sc
	}
	return d
}

// ScaleWordAt reads a scale word at token i ("millions", "milliard", "bn").
func ScaleWordAt(toks []lexis.Token, i int, lang string) (float64, bool) {
	if i >= len(toks) || toks[i].Kind != lexis.Word {
		return 0, false
	}
	w := toks[i].Fold
	if lang == "fr" && (w == "billion" || w == "billions") {
		return 1e12, true
	}
	if w == "m" || w == "k" || w == "g" {
		// A lone letter is a scale only when glued or capitalised ("25 M").
		if toks[i].Text != "M" && toks[i].Text != "K" {
			return 0, false
		}
	}
	v, ok := scaleWords[w]
	return v, ok
}

// cardinalAt reads digits (with thousands separators and decimals) or number
// words at token i; it returns the value and the index after it. A scale word
// after a determiner ("un milliard", "du milliard", "a billion") is one of it.
func cardinalAt(text string, toks []lexis.Token, i int, lang string) (float64, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	t := toks[i]
	if t.Kind == lexis.Number {
		if t.Suffix() != "" {
			if _, ok := scaleOf(t, lang); !ok {
				return 0, i, false
			}
		}
		return digitsAt(text, toks, i, lang)
	}
	if t.Kind == lexis.Punct && (t.Text == "," || t.Text == ".") && i+1 < len(toks) && toks[i+1].Kind == lexis.Number && !toks[i+1].Space {
		// ",0012G": a leading decimal separator.
		v, end, ok := digitsAt(text, toks, i+1, lang)
		if ok {
			frac, _ := strconv.ParseFloat("0."+toks[i+1].Text, 64)
			if sc, ok := scaleOf(toks[end-1], lang); ok {
				return frac * sc / scaleOrOne(toks[end-1], lang), end, true
			}
			_ = v
			return frac, end, true
		}
	}
	if t.Kind != lexis.Word || t.Fold == "cents" || lang == "en" && t.Fold == "cent" {
		// (not "18 cents a share": the coin, not French "cent" and "a")
		return 0, i, false
	}
	// "le/du/d'un milliard": a scale with a determiner counts one.
	if (t.Fold == "du" || t.Fold == "le" || t.Fold == "the") && i+1 < len(toks) {
		if sc, ok := ScaleWordAt(toks, i+1, lang); ok && sc >= 1e6 {
			return 1, i + 1, true
		}
	}
	return WordsNumberAt(toks, i)
}

func scaleOrOne(t lexis.Token, lang string) float64 {
	if sc, ok := scaleOf(t, lang); ok {
		return sc
	}
	return 1
}

// digitsAt reads "16 000", "1,5", "6.700,54", "3.000.000", "1,200,000".
func digitsAt(text string, toks []lexis.Token, i int, lang string) (float64, int, bool) {
	var partsBuf [8]string
	var sepsBuf [8]byte
	parts := append(partsBuf[:0], toks[i].Text)
	seps := sepsBuf[:0]
	end := i + 1
	for end+1 < len(toks) || (end < len(toks) && toks[end].Kind == lexis.Number) {
		t := toks[end]
		if t.Kind == lexis.Number && t.Space && len(t.Text) == 3 && len(parts[0]) <= 3 && (len(seps) == 0 || seps[len(seps)-1] == ' ') &&
			toks[end-1].Suffix() == "" && t.Suffix() != "s" && isThousandsSpace(text[toks[end-1].End:t.Start]) {
			// (not "orders for 18 777s": a count of a model, in the plural)
			parts = append(parts, t.Text)
			seps = append(seps, ' ')
			end++
			continue
		}
		if t.Kind == lexis.Punct && (t.Text == "," || t.Text == ".") && !t.Space && end+1 < len(toks) &&
			toks[end+1].Kind == lexis.Number && !toks[end+1].Space && toks[end-1].Suffix() == "" {
			parts = append(parts, toks[end+1].Text)
			seps = append(seps, t.Text[0])
			end += 2
			continue
		}
		break
	}
	if len(seps) == 0 { // one group of digits: nothing to join
		v, err := strconv.ParseFloat(parts[0], 64)
		if err != nil || math.IsInf(v, 0) {
			return 0, i, false
		}
		return v, end, true
	}
	// Decide which separators group thousands and which one is decimal.
	var b strings.Builder
	b.WriteString(parts[0])
	for k, sep := range seps {
		p := parts[k+1]
		last := k == len(seps)-1
		thousands := false
		switch sep {
		case ' ':
			thousands = true
		case '.', ',':
			repeated := strings.Count(string(seps), string(sep)) > 1
			other := strings.IndexByte(string(seps[k+1:]), otherSep(sep)) >= 0
			decimalForLang := (lang == "en" && sep == '.') || (lang != "en" && sep == ',')
			switch {
			case repeated || other:
				thousands = len(p) == 3
			case len(p) != 3:
				thousands = false
			case !decimalForLang && len(parts[0]) <= 3:
				thousands = true
			}
		}
		if thousands {
			b.WriteString(p)
		} else {
			if !last || strings.ContainsRune(b.String(), '.') {
				break
			}
			b.WriteByte('.')
			b.WriteString(p)
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, i, false
	}
	if sc, ok := scaleOf(toks[end-1], lang); ok {
		_ = sc // applied by numberAt
	}
	return v, end, true
}

func otherSep(b byte) byte {
	if b == '.' {
		return ','
	}
	return '.'
}

// isThousandsSpace reports whether the gap between two digit groups is one
// space (plain, no-break or narrow no-break).
func isThousandsSpace(gap string) bool {
	return gap == " " || gap == "\u00a0" || gap == "\u202f" || gap == "\u2009"
}

// WordsNumberAt reads French or English number words: "vingt et un",
// "soixante dix huit", "quatre vingt", "cent mille", "twenty-one", "a dozen".
func WordsNumberAt(toks []lexis.Token, i int) (float64, int, bool) {
	if i >= len(toks) || !toks[i].Is(NumberStart) {
		return 0, i, false // number words are all of that class
	}
	if i > 0 && i+1 < len(toks) && toks[i-1].Text == "(" && toks[i+1].Text == ")" && len(toks[i].Text) > 1 && strings.ToUpper(toks[i].Text) == toks[i].Text {
		return 0, i, false // "the Office of National Exams (ONE)": an acronym
	}
	total, cur := 0.0, 0.0
	end := i
	any := false
	for end < len(toks) && toks[end].Kind == lexis.Word {
		w := toks[end].Fold
		// "vingt-trois", "twenty-one", "dix-sept", "vingt-et-un".
		if strings.Contains(w, "-") {
			v, ok := hyphenNumber(w)
			if !ok {
				break
			}
			cur += v
			any = true
			end++
			continue
		}
		if w == "et" && any && end+1 < len(toks) && (toks[end+1].Fold == "un" || toks[end+1].Fold == "une" || toks[end+1].Fold == "onze") {
			end++
			continue
		}
		if w == "and" && any && end+1 < len(toks) {
			if _, ok := unitWords[toks[end+1].Fold]; ok {
				end++
				continue
			}
		}
		if w == "mille" || w == "thousand" {
			if !any {
				cur = 1
			}
			total += cur * 1000
			cur = 0
			any = true
			end++
			continue
		}
		v, ok := unitWords[w]
		if !ok || lexis.InSet(w, "cent", "cents") && end > i && englishNumberWords[toks[end-1].Fold] {
			break // (not "five cent coins": English counts no hundreds with "cent")
		}
		// Bare "a"/"an"/"un" count only before a scale or "dozen" (and
		// "un" before a term of prison: "condamné à un an de prison").
		if (w == "a" || w == "an" || w == "un" || w == "une") && !any {
			nx := lexis.FoldAt(toks, end+1)
			_, sc := scaleWords[nx]
			term := (w == "un" || w == "une") && lexis.InSet(nx, "an", "mois", "annee") && prisonWords(toks, end+2)
			if term {
				return 1, end + 1, true
			}
			if !sc && nx != "dozen" && !approxWords[nx] && nx != "mille" && nx != "thousand" && nx != "hundred" && nx != "cent" {
				return 0, i, false // ("un utilisateur" is not a figure)
			}
		}
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v == 20 && cur > 0 && int(cur)%100 == 4 && (w == "vingt" || w == "vingts"):
			cur = cur - 4 + 80 // "quatre vingt"
		case v == 12 && (w == "dozen" || w == "douzaine") || approxWords[w]:
			if cur == 0 {
				cur = 1
			}
			cur *= float64(v)
		default:
			cur += float64(v)
		}
		any = true
		end++
	}
	if !any {
		return 0, i, false
	}
	return total + cur, end, true
}

func hyphenNumber(w string) (float64, bool) {
	parts := strings.Split(w, "-")
	total := 0.0
	for _, p := range parts {
		if p == "et" || p == "and" {
			continue
		}
		v, ok := unitWords[p]
		if !ok {
			return 0, false
		}
		if v == 20 && total > 0 && int(total)%100 == 4 {
			total = total - 4 + 80
			continue
		}
		if v == 100 {
			if total == 0 {
				total = 1
			}
			total *= 100
			continue
		}
		total += float64(v)
	}
	return total, true
}

// ordinalAt reads "56e", "1er", "5th", "première", "first" at token i.
func ordinalAt(toks []lexis.Token, i int) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	t := toks[i]
	if t.Kind == lexis.Number && t.Suffix() != "" && ordinalSuffix[t.Suffix()] && len(t.Text) <= 4 {
		v, err := strconv.Atoi(t.Text)
		return v, err == nil
	}
	if t.Kind == lexis.Word {
		v, ok := ordinalWords[t.Fold]
		if !ok {
			v, ok = compoundOrdinal(t.Fold)
		}
		if !ok {
			v, ok = superlativeOrdinal(t.Fold)
		}
		if ok {
			// "second" is a unit of time too; accept it before a rank noun only.
			if t.Fold == "second" || t.Fold == "seconde" {
				// (or after a verb that places: "finished second", "was
				// second with 21%", «est arrivée seconde»)
				if !RankNouns[lexis.FoldAt(toks, i+1)] && !(i > 0 && placingWords[toks[i-1].Fold]) {
					return 0, false
				}
			}
			return v, true
		}
	}
	return 0, false
}

// RankNouns are nouns that make an ordinal a rank.
// placingWords place someone at the rank the ordinal after them names
// ("finished second", "was second", "ranked second", «arrivée seconde»).
var placingWords = lexis.SetOf("finished", "finishes", "finish", "finishing", "came", "comes", "coming", "placed", "placing", "ended", "was", "is", "were",
	"ranked", "ranks", "rank", "ranking", "arrive", "arrivee", "terminee", "termine", "classee", "classe")

var RankNouns = lexis.SetOf("place", "places", "rang", "position", "positions", "spot", "rank", "marche", "position.", "place.")

// fractionDenominators are the nouns of a fraction in words ("un tiers",
// "two thirds", "a quarter"); the ordinal ones ("a fifth") only before "of".
var fractionDenominators = map[string]int{
	"tiers": 3, "third": 3, "thirds": 3, "quart": 4, "quarts": 4, "quarter": 4, "quarters": 4,
	"cinquieme": 5, "cinquiemes": 5, "fifth": 5, "fifths": 5, "dixieme": 10, "dixiemes": 10, "tenth": 10, "tenths": 10,
}

// fractionAt reads a share written in words at token i, as a percentage:
// "un candidat sur cinq", "deux retraités sur trois", "one in eight", "one
// out of three", "un tiers", "two thirds", "a quarter", "la moitié", "by
// half". before is the word before the figure (and its qualifier). Not a
// period ("sur cinq ans", "the first half"), an ordinal ("a third term") or
// a grade of another kind.
func fractionAt(toks []lexis.Token, i int, before, lang string) (NumberExpr, bool) {
	share := func(k, n float64, end int) (NumberExpr, bool) {
		return NumberExpr{Value: math.Round(1000*k/n) / 10, Unit: "%", TokStart: i, TokEnd: end, Share: true}, true
	}
	f := lexis.FoldAt(toks, i)
	after := lexis.FoldAt(toks, i+1)
	switch f {
	case "half":
		if lexis.InSet(after, "a", "an") && i+2 < len(toks) && (TimeUnitNoun(toks[i+2]) || lexis.InSet(toks[i+2].Fold, "second", "minute", "hour", "day", "week", "month", "year", "point")) {
			return NumberExpr{}, false // "by less than half a second": a time, not a share
		}
		if lexis.InSet(after, "of", "the") && !lexis.InSet(before, "first", "second", "latter", "last", "at", "for") || lexis.InSet(before, "by", "than") {
			return share(1, 2, i+1)
		}
		return NumberExpr{}, false
	case "moitie":
		if lexis.InSet(before, "la", "de", "d'", "par") && !lexis.InSet(lexis.FoldAt(toks, i-2), "premiere", "seconde", "deuxieme") {
			return share(1, 2, i+1)
		}
		return NumberExpr{}, false
	}
	k, end, ok := smallCardinal(toks, i)
	if !ok {
		return NumberExpr{}, false
	}
	// "un tiers des", "two thirds of", "by a quarter", "a third less".
	if den, ok := fractionDenominators[lexis.FoldAt(toks, end)]; ok {
		next := lexis.FoldAt(toks, end+1)
		// "d'un quart de point", "by a quarter point", "by a quarter of a
		// point": a fraction of a point, not a share.
		pt := end + 1
		if lexis.InSet(next, "de", "d'", "of") {
			pt++
			if lexis.InSet(lexis.FoldAt(toks, pt), "a", "an", "un", "une") && toks[pt].Text != "à" {
				pt++
			}
		}
		if lexis.InSet(lexis.FoldAt(toks, pt), "percentage", "basis") && lexis.InSet(lexis.FoldAt(toks, pt+1), "point", "points") {
			pt++ // "by a quarter of a percentage point"
		}
		if lexis.InSet(lexis.FoldAt(toks, pt), "point", "points") {
			if lexis.InSet(lexis.FoldAt(toks, pt+1), "de", "d'") && lexis.InSet(lexis.FoldAt(toks, pt+2), "pourcentage", "base") {
				pt += 2 // "d'un quart de point de pourcentage"
			}
			return NumberExpr{Value: math.Round(1000*k/float64(den)) / 1000, Unit: "points", TokStart: i, TokEnd: pt + 1}, true
		}
		if pt > end+1 && pt < len(toks) && (TimeUnitNoun(toks[pt]) || lexis.InSet(toks[pt].Fold, "siecle", "siecles", "century", "centuries", "decennie", "decade")) {
			return NumberExpr{}, false // "depuis un quart de siècle", "a quarter of an hour": a span of time, not a share
		}
		of := lexis.InSet(next, "of", "de", "des", "du", "d'")
		if of || den <= 4 && (lexis.InSet(next, "less", "more", "fewer", "moins", "plus") || end+1 >= len(toks) || toks[end+1].Kind == lexis.Punct ||
			lexis.InSet(before, "by", "de", "d'", "par")) {
			if k < float64(den) || lexis.FoldAt(toks, end) != "tiers" && lexis.FoldAt(toks, end) != "quart" {
				return share(k, float64(den), end+1)
			}
		}
		return NumberExpr{}, false
	}
	// "one in eight", "one out of three", "un (candidat) sur cinq".
	j := end
	nouns := 0
	switch {
	case lang == "en" && lexis.FoldAt(toks, j) == "in":
		j++
	case lang == "en" && lexis.MatchWords(toks, j, "out", "of"):
		j += 2
	case lang == "fr":
		for nouns < 2 && j < len(toks) && toks[j].Kind == lexis.Word && toks[j].Fold != "sur" && !toks[j].Upper() {
			j++
			nouns++
		}
		if lexis.FoldAt(toks, j) != "sur" {
			return NumberExpr{}, false
		}
		j++
	default:
		return NumberExpr{}, false
	}
	n, end2, ok := smallCardinal(toks, j)
	if !ok || n < 2 || n > 100 || k >= n {
		return NumberExpr{}, false
	}
	inner := 0
	if nouns > 0 {
		inner = end
	}
	if end2 < len(toks) {
		if t := toks[end2]; TimeUnitNoun(t) || nouns > 0 && t.Kind == lexis.Word && t.Text == t.Fold &&
			(strings.HasSuffix(t.Fold, "s") || strings.HasSuffix(t.Fold, "x")) && !strings.HasSuffix(t.Fold, "ent") {
			return NumberExpr{}, false // "un prêt sur vingt ans", "un débat sur deux sujets"
		}
	}
	f2, _ := share(k, n, end2)
	f2.Inner = inner
	return f2, true
}

// smallCardinal reads a whole number from 1 to 100 at token i, in digits or
// words, without a scale ("a" and "an" count one); it returns the index
// after it.
func smallCardinal(toks []lexis.Token, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	t := toks[i]
	if t.Kind == lexis.Number {
		if t.Suffix() != "" || strings.ContainsAny(t.Text, ".,") {
			return 0, i, false
		}
		v, err := strconv.Atoi(t.Text)
		if err != nil || v < 1 || v > 100 {
			return 0, i, false
		}
		return float64(v), i + 1, true
	}
	v, ok := unitWords[t.Fold]
	if !ok || v < 1 || v > 100 || lexis.InSet(t.Fold, "dozen", "douzaine", "dizaine", "vingtaine", "trentaine", "centaine", "quinzaine", "quarantaine", "cinquantaine", "soixantaine") {
		return 0, i, false
	}
	return float64(v), i + 1, true
}

// rankMoveAt reads "de la 56e à la 5e place", "passée de la 56e place à la 5e",
// "from 56th to 5th", "from No. 56 to No. 5".
func rankMoveAt(text string, toks []lexis.Token, i int) (NumberExpr, bool) {
	j := i
	switch {
	case lexis.MatchWords(toks, j, "de", "la"):
		j += 2
	case lexis.MatchWords(toks, j, "du"):
		j++
	case lexis.MatchWords(toks, j, "from"):
		j++
		if lexis.FoldAt(toks, j) == "the" {
			j++
		}
	default:
		return NumberExpr{}, false
	}
	from, ok := ordinalAt(toks, j)
	if !ok {
		return NumberExpr{}, false
	}
	j++
	if RankNouns[lexis.FoldAt(toks, j)] {
		j++
	}
	switch {
	case lexis.MatchWords(toks, j, "a", "la"), lexis.MatchWords(toks, j, "to", "the"):
		j += 2
	case lexis.FoldAt(toks, j) == "au" || lexis.FoldAt(toks, j) == "to":
		j++
	default:
		return NumberExpr{}, false
	}
	to, ok := ordinalAt(toks, j)
	if !ok {
		return NumberExpr{}, false
	}
	numStart := j
	j++
	if RankNouns[lexis.FoldAt(toks, j)] {
		j++
	}
	n := NumberExpr{Value: float64(to), From: float64(from), Ordinal: true, TokStart: numStart, TokEnd: j}
	n.Span = lexis.Span{Start: toks[i].Start, End: toks[j-1].End}
	n.Text = text[n.Span.Start:n.Span.End]
	return n, true
}

// FormatValue writes a figure as a person reads it: "70 million",
// "1.5 billion", "16,000", "5th".
func FormatValue(v float64, ordinal bool) string {
	if ordinal {
		n := int(v)
		suffix := "th"
		switch {
		case n%100 >= 11 && n%100 <= 13:
		case n%10 == 1:
			suffix = "st"
		case n%10 == 2:
			suffix = "nd"
		case n%10 == 3:
			suffix = "rd"
		}
		return strconv.Itoa(n) + suffix
	}
	abs := math.Abs(v)
	for _, s := range []struct {
		f    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if abs >= s.f {
			return TrimFloat(v/s.f) + " " + s.name
		}
	}
	if v == math.Trunc(v) && abs < 1e15 {
		s := strconv.FormatInt(int64(abs), 10)
		var b strings.Builder
		if v < 0 {
			b.WriteByte('-')
		}
		for k, c := range s {
			if k > 0 && (len(s)-k)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	return TrimFloat(v)
}

// TrimFloat writes v with as few decimals as it needs ("1.5", "16000").
func TrimFloat(v float64) string {
	digits := 2
	if math.Abs(v) < 100 {
		digits = 4 // "1,0012 dollar", "0,755 %": as written (and no float noise)
	}
	s := strconv.FormatFloat(v, 'f', digits, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// qualifiersByFirst indexes qualifiers by their first word.
var qualifiersByFirst = func() map[string][]struct {
	words []string
	q     claim.Qualifier
} {
	m := map[string][]struct {
		words []string
		q     claim.Qualifier
	}{}
	for _, q := range qualifiers {
		m[q.words[0]] = append(m[q.words[0]], q)
	}
	return m
}()

// qualifierFirstBytes marks the first bytes of qualifiersByFirst's words:
// most punctuation is ruled out without a map lookup.
var qualifierFirstBytes = func() (b [256]bool) {
	for w := range qualifiersByFirst {
		b[w[0]] = true
	}
	return b
}()

// NumberStart is the lexicon's class of the words a figure may start with
// (numberStarts); a figure may also start at a hyphenated word
// ("vingt-cinq").
var NumberStart = lexis.Declare("number start", maps.Keys(numberStarts))

func init() { lexis.Hyphenated(NumberStart) }

// numberStarts are the words a figure can start with.
var numberStarts = func() map[string]bool {
	m := lexis.SetOf("du", "le", "the", "de", "from", "$", "€", "£", ",", ".", "half", "moitie")
	for k := range unitWords {
		m[k] = true
	}
	for k := range ordinalWords {
		m[k] = true
	}
	for k := range qualifiersByFirst {
		m[k] = true
	}
	for k := range scaleWords {
		m[k] = true
	}
	return m
}()

// mayStartNumber reports whether a figure can start at token i: a number,
// a word of the figures' grammar, or a decimal point (",5").
func mayStartNumber(toks []lexis.Token, i int) bool {
	switch t := &toks[i]; t.Kind {
	case lexis.Number:
		return true
	case lexis.Punct:
		if !lexis.QuickReject {
			return numberStarts[t.Text]
		}
		// A qualifier ("~300") or a decimal point (",5").
		return qualifierFirstBytes[t.Text[0]] && qualifiersByFirst[t.Text] != nil ||
			(t.Text == "," || t.Text == ".") && i+1 < len(toks) && toks[i+1].Kind == lexis.Number && !toks[i+1].Space
	}
	if !toks[i].Is(NumberStart) {
		return false
	}
	// "de", "le", "from" start figures only with a figure's words right
	// after them ("de la 56e", "le milliard", "from 56th").
	return !lexis.QuickReject || !weakStarts[toks[i].Fold] || numberNear(toks, i+1, i+3)
}

// weakStarts are the figure starts that are common words.
var weakStarts = lexis.SetOf("du", "le", "the", "de", "from")

// numberNear reports whether one of toks[i:j] is a number or a word that
// can start one (other than the common ones).
func numberNear(toks []lexis.Token, i, j int) bool {
	for k := i; k < min(j, len(toks)); k++ {
		if toks[k].Kind == lexis.Number || toks[k].Kind == lexis.Word && toks[k].Is(NumberStart) && !weakStarts[toks[k].Fold] {
			return true
		}
	}
	return false
}

// gluedToWord reports whether the number at token k is written against a
// letter or an apostrophe that starts it ("A400M", "'11"), as in names and
// model numbers; a currency prefix ("US$40") is no such letter.
func gluedToWord(toks []lexis.Token, k int) bool {
	if k <= 0 || toks[k].Space {
		return false
	}
	p := toks[k-1]
	switch {
	case p.Kind == lexis.Word:
		// (not an elision: "d'un milliard", "l'an")
		return !CurrencyPrefix(toks, k-1) && !strings.HasSuffix(p.Text, "$") && !strings.HasSuffix(p.Text, "'") && !strings.HasSuffix(p.Text, "’")
	case p.Text == "'" || p.Text == "’":
		return k >= 2 && toks[k-1].Space
	}
	return false
}

// prisonWords reports whether the words at token k say that a term is one
// of prison: "de prison", "d'emprisonnement", "de réclusion", "ferme",
// "avec sursis".
func prisonWords(toks []lexis.Token, k int) bool {
	f := lexis.FoldAt(toks, k)
	if lexis.InSet(f, "de", "d'") {
		return lexis.InSet(lexis.FoldAt(toks, k+1), "prison", "emprisonnement", "reclusion", "detention")
	}
	return f == "ferme" || f == "avec" && lexis.FoldAt(toks, k+1) == "sursis"
}

// listLinks may join the items of a list or the ends of a range whose
// last figure alone says its scale or unit.
var listLinks = lexis.SetOf(",", "et", "and", "ou", "or", "to", "a", "-", "–")

// shareScales gives the bare figures of a list or range the scale and unit
// only its last figure says: "11 et 6 millions d'euros" (11 million euros
// and 6 million), "$12 and $9 billion", "between 3 and 4 billion", "de 3 à
// 4 %". A figure is bare when it has no scale, no unit other than the
// last one's and is below a thousand.
func shareScales(nums []NumberExpr, toks []lexis.Token) {
	for i := len(nums) - 2; i >= 0; i-- {
		a, b := &nums[i], &nums[i+1]
		signFirst := a.Unit != "" && b.Unit == "" && b.Scaled && lexis.InSet(a.Unit, "$", "€", "£", "¥") && b.TokStart == a.TokEnd+1 && lexis.InSet(toks[a.TokEnd].Text, "-", "–")
		if signFirst && !a.Scaled && !a.Ordinal && !a.Year && !b.Ordinal && a.Value > 0 && a.Value < b.base() && !PairedOrLabelled(toks, a.TokStart) {
			// "$240-260 million", "€1.2–1.5bn": a range whose currency sign
			// stands before its lower end and whose scale after its upper
			// one; both ends have both.
			a.Value *= b.Value / b.base()
			a.Scaled, b.Unit = true, a.Unit
			continue
		}
		if a.Scaled || a.Ordinal || a.Year || b.Ordinal || a.Share || a.Value >= 1000 || a.Value <= 0 || b.Value <= 0 || a.Unit != "" && a.Unit != b.Unit {
			continue // (nor after "0m": no scale to share, "1 A 0m" was NaN)
		}
		if !b.Scaled && !(b.Unit == "%" && a.Unit == "") {
			continue
		}
		linked := a.TokEnd < b.TokStart
		for k := a.TokEnd; k < b.TokStart; k++ {
			if !listLinks[toks[k].Fold] && !(toks[k].Text == b.Unit && k == b.TokStart-1) {
				linked = false
				break
			}
		}
		if !linked || !b.Scaled && !listed(toks, a.TokEnd, b.TokStart) {
			// (a percentage shared only by a list: "de 15 à 20 %" is one
			// range, read at its upper end)
			continue
		}
		if PairedOrLabelled(toks, a.TokStart) || a.TokStart > 0 && toks[a.TokStart-1].Fold == "by" && !listed(toks, a.TokEnd, b.TokStart) && a.Value >= b.base() {
			// (not "beat Chelsea 2 to 1, and 3 million viewers", "289
			// voix contre 250, et 58 %": the second of a score or tally;
			// "Chapter 11 and 2 million", "la ligne 13 et 2 millions": a
			// label's number; "rose by 300 to 1.5 million": the change, then
			// the level, not "fell from 5 to 3 million")
			continue
		}
		if b.Scaled {
			a.Value *= b.Value / b.base()
			a.Scaled = true
		}
		a.Unit = b.Unit
	}
}

// labelNouns are the nouns a number names one of ("ligne 13", "Chapter
// 11", "article 5"), no quantity.
var labelNouns = lexis.SetOf("ligne", "line", "chapitre", "chapter", "article", "route", "numero", "number", "no", "page",
	"section", "titre", "title", "phase", "stage", "etape", "saison", "season", "tome", "volume", "level", "niveau", "zone",
	"gate", "terminal", "porte", "quai", "platform", "voie", "salle", "room", "bus", "tram", "metro", "vol", "flight", "lot",
	"rang", "groupe", "group", "pool", "poule", "round", "tour", "episode", "lane", "rue", "street", "avenue")

// PairedOrLabelled reports whether the bare number at token k is the second
// of a pair ("2 to 1", "3-1", "289 contre 250", "27 à 21") or a label's
// number ("Chapter 11", "la ligne 13").
func PairedOrLabelled(toks []lexis.Token, k int) bool {
	if k < 1 {
		return false
	}
	p := toks[k-1]
	if lexis.InSet(p.Fold, "to", "a", "-", "–", "contre", "against", "versus", "vs", "sur", "out") && k >= 2 && (toks[k-2].Kind == lexis.Number || k >= 3 && toks[k-3].Kind == lexis.Number) {
		// (and "289 voix contre 250", "by 22 votes to 17")
		return true
	}
	return p.Kind == lexis.Word && labelNouns[p.Fold] // (not "fined Meta 500 and 200 million", "CHF 2 to 3 billion")
}

// listed reports whether tokens [a, b) join the items of a list, not the
// ends of a range.
func listed(toks []lexis.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if lexis.InSet(toks[k].Fold, "to", "a", "-", "–") {
			return false
		}
	}
	return true
}

// base is the figure's value before its scale: 4 for "4 billion".
func (n NumberExpr) base() float64 {
	for _, sc := range []float64{1e12, 1e9, 1e6, 1e3} {
		if v := n.Value / sc; v >= 1 && v < 1000 {
			return v
		}
	}
	return n.Value
}

// negatedBefore reports whether «ne» or «n'» stands within the three words
// before token k: «ne … plus que» says "only".
func negatedBefore(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if lexis.InSet(toks[j].Fold, "ne", "n'") {
			return true
		}
	}
	return false
}
