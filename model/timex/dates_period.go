package timex

import (
	"maps"
	"strings"
	"time"

	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// seasons maps the names of the seasons to TimeML's codes.
var seasons = map[string]string{"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI",
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// lexPeriod is the lexicon's class of periodWords.
var lexPeriod = lexis.Declare("period", maps.Keys(periodWords))

// periodWords are the words matchPeriod cannot do without, besides a year:
// the seasons, the century and the decades.
var periodWords = func() map[string]bool {
	m := lexis.SetOf("siecle", "siecles", "century", "centuries", "annees", "season", "saison")
	for k := range seasons {
		m[k] = true
	}
	return m
}()

// seasonMonths is the first month of each season (winter runs into the next year).
var seasonMonths = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// matchPeriod: spans of years the other matchers do not read: "1982-1990",
// "2002/2003" (two dates and their range), decades ("the 1990s", "the late
// 1980's", "les années 60"), centuries ("the 20th century", "le XXe
// siècle") and seasons ("l'été dernier", "en hiver", "last summer", "the
// summer of 2005").
func matchPeriod(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// A range of years starts within two words; a decade, a century or a
	// season has a word of lexPeriod or a decade's "s" within five.
	years := anyWithin(toks, i, 2, func(t *lexis.Token) bool { return t.Kind == lexis.Number && len(t.Text) == 4 })
	cue := anyWithin(toks, i, 5, func(t *lexis.Token) bool {
		return t.Is(lexPeriod) || t.Kind == lexis.Number && len(t.Text) == 4 && t.Suffix() == "s" || t.Text == "'" || t.Fold == "'s"
	})
	if !years && !cue {
		return false
	}
	j := i
	// A preposition the span leaves out ("de 1982-1990", "in the 1990s").
	if datePrepositions[lexis.FoldAt(toks, j)] && !lexis.InSet(lexis.FoldAt(toks, j), "a", "et", "and", "to") {
		j++
	}
	if periodAt(toks, j, lang, cue, out) {
		return true
	}
	return j > i && periodAt(toks, i, lang, cue, out)
}

// periodAt is matchPeriod from token j, without a preposition; cue tells
// whether a decade, a century or a season may be there.
func periodAt(toks []lexis.Token, j int, lang string, cue bool, out *DateExpr) bool {
	return yearRangeAt(toks, j, out) || cue && (decadeAt(toks, j, lang, out) || centuryAt(toks, j, lang, out) || seasonAt(toks, j, lang, out) || playingSeasonAt(toks, j, lang, out))
}

// playingSeasonAt reads the season of play or trade before the present
// one: "last season", "the previous season", «la saison dernière», «la
// saison précédente». Such a season runs from July to June, as Europe's
// leagues, the winter resorts and the winter's epidemics count theirs.
// "This season" may as well be the summer under way, and "next season" is
// mostly what a result qualifies for («qualifié pour la Ligue européenne
// la saison prochaine»), not when a figure holds: both are left alone.
func playingSeasonAt(toks []lexis.Token, j int, lang string, out *DateExpr) bool {
	e := newExpr(DateRelative)
	k := j
	switch w := lexis.FoldAt(toks, k); {
	case lang != "fr" && w == "last":
		k++
	case lang != "fr" && w == "the" && lexis.InSet(lexis.FoldAt(toks, k+1), "previous", "preceding", "past"):
		k += 2
	case lang != "en" && lexis.InSet(w, "la", "l'") && lexis.InSet(lexis.FoldAt(toks, k+2), "derniere", "passee", "precedente"):
		k++
	default:
		return false
	}
	if !lexis.InSet(lexis.FoldAt(toks, k), "season", "saison") {
		return false
	}
	k++
	if lang != "en" && lexis.InSet(lexis.FoldAt(toks, k), "derniere", "passee", "precedente") {
		k++ // «la saison dernière» (not "last season" read with no language: the text may end there)
	}
	e.dir, e.Relative = -1, true
	e.rel, e.end = "playing-season", k
	return out.set(e)
}

// yearRangeAt reads two years joined by a hyphen or a slash, without
// spaces: "1982-1990", "2002/2003", "1955-2011", "2022/23".
func yearRangeAt(toks []lexis.Token, j int, out *DateExpr) bool {
	y1, ok := yearAt(toks, j)
	if !ok || j+2 >= len(toks) || !lexis.InSet(toks[j+1].Text, "-", "/") || toks[j+1].Space || toks[j+2].Space {
		return false
	}
	y2, ok := yearAt(toks, j+2)
	if !ok && toks[j+2].Kind == lexis.Number && len(toks[j+2].Text) == 2 && toks[j+2].Suffix() == "" && atoi(toks[j+2].Text) == (y1+1)%100 {
		y2, ok = y1+1, true // "the 2022/23 fiscal year", "the 2024-25 season": the next year's last two digits
	}
	if !ok || y2 <= y1 || y2-y1 > 200 {
		return false
	}
	from, to := newExpr(DateAbsolute), newExpr(DateAbsolute)
	from.year, from.start, from.end = y1, j, j+1
	to.year, to.start, to.end = y2, j+2, j+3
	e := newExpr(DateRange)
	e.from, e.to, e.end = &from, &to, j+3
	return out.set(e)
}

// decadeAt reads a decade: "the 1990s", "the late 1980's", "the early
// 1990s", "les années 60", "les années 1960", "the '90s".
func decadeAt(toks []lexis.Token, j int, lang string, out *DateExpr) bool {
	e := newExpr(DateAbsolute)
	k := j
	if lexis.InSet(lexis.FoldAt(toks, k), "the", "les") {
		k++
	}
	if p := partWord(lexis.FoldAt(toks, k)); p != "" && lang != "fr" {
		e.part = p
		k++
	}
	if lang != "en" && lexis.FoldAt(toks, k) == "annees" {
		k++
		if p := partWord(lexis.FoldAt(toks, k)); p != "" {
			k++
		}
		if k >= len(toks) || toks[k].Kind != lexis.Number || toks[k].Suffix() != "" || toks[k].Text[len(toks[k].Text)-1] != '0' {
			return false
		}
		n := atoi(toks[k].Text)
		switch {
		case len(toks[k].Text) == 2:
			n += 1900 // "les années 60"
		case len(toks[k].Text) != 4 || n < 1000:
			return false
		}
		e.year, e.end = n, k+1
		return setDecade(&e, out)
	}
	if lang == "fr" || k >= len(toks) || toks[k].Kind != lexis.Number || len(toks[k].Text) != 4 || toks[k].Text[3] != '0' {
		return false
	}
	y := atoi(toks[k].Text)
	switch {
	case toks[k].Suffix() == "s":
		e.end = k + 1
	case toks[k].Suffix() == "" && k+2 < len(toks) && toks[k+1].Text == "'" && toks[k+2].Fold == "s" && !toks[k+1].Space && !toks[k+2].Space:
		e.end = k + 3
	case toks[k].Suffix() == "" && k+1 < len(toks) && toks[k+1].Fold == "'s" && !toks[k+1].Space:
		e.end = k + 2
	default:
		return false
	}
	if y < 1000 {
		return false
	}
	e.year = y
	return setDecade(&e, out)
}

// setDecade stores a decade read from e.year: its ten years.
func setDecade(e *DateExpr, out *DateExpr) bool {
	e.rel = "decade"
	return out.set(*e)
}

// romanCenturies are the centuries written in Roman numerals ("XXe").
var romanCenturies = map[string]int{"xve": 15, "xvie": 16, "xviie": 17, "xviiie": 18, "xixe": 19, "xxe": 20, "xxie": 21}

// centuryAt reads "the 20th century", "the twentieth century", "le XXe
// siècle", "le 20e siècle".
func centuryAt(toks []lexis.Token, j int, lang string, out *DateExpr) bool {
	k := j
	if lexis.InSet(lexis.FoldAt(toks, k), "the", "le", "du", "au") {
		k++
	}
	if k+1 >= len(toks) || !lexis.InSet(toks[k+1].Fold, "century", "siecle") {
		return false
	}
	n := 0
	switch t := toks[k]; {
	case t.Kind == lexis.Number && quantity.IsOrdinalSuffix(t.Suffix()):
		n = atoi(t.Text)
	case t.Kind == lexis.Word && romanCenturies[strings.TrimSuffix(t.Fold, "me")] > 0:
		n = romanCenturies[strings.TrimSuffix(t.Fold, "me")]
	case t.Kind == lexis.Word:
		n, _ = quantity.OrdinalWord(t.Fold)
	}
	if n < 1 || n > 30 {
		return false
	}
	e := newExpr(DateAbsolute)
	e.rel, e.year, e.end = "century", (n-1)*100, k+2
	return out.set(e)
}

// seasonAt reads a season: "l'été dernier", "cet hiver", "en été", "l'été
// 2003", "les mois d'été", "last summer", "the summer of 2005", "in the
// winter". French "été" is a season only after a determiner or "en" ("a
// été" is a verb), and a season after "de" or "d'" qualifies a noun ("les
// Jeux d'hiver") unless it follows "les mois".
func seasonAt(toks []lexis.Token, j int, lang string, out *DateExpr) bool {
	e := newExpr(DatePartial)
	k := j
	det := false
	switch w := lexis.FoldAt(toks, k); {
	case lexis.MatchWords(toks, k, "les", "mois", "d'"), lexis.MatchWords(toks, k, "les", "mois", "de"):
		k += 3
		det = true
	case lexis.InSet(w, "l'", "cet", "cette", "ce", "le", "la", "this"):
		e.Deictic = lexis.InSet(w, "cet", "cette", "ce", "this")
		k++
		det = true
	case lexis.InSet(w, "last", "next"):
		e.dir = map[string]int{"last": -1, "next": 1}[w]
		k++
		det = true
	case w == "the":
		k++
		det = true
	}
	if k >= len(toks) {
		return false
	}
	code, ok := seasons[toks[k].Fold]
	if !ok || lang == "en" && lexis.InSet(toks[k].Fold, "printemps", "ete", "automne", "hiver") ||
		lang == "fr" && !lexis.InSet(toks[k].Fold, "printemps", "ete", "automne", "hiver") {
		return false
	}
	w := toks[k].Fold
	prev := lexis.FoldAt(toks, j-1)
	if !det {
		switch {
		case lexis.InSet(prev, "de", "d'", "of") || lexis.InSet(w, "spring", "fall"):
			return false
		case w == "ete" && !(prev == "en" || toks[k].Upper() && lexis.InSet(lexis.FoldAt(toks, k+1), "comme", ",", "et")):
			return false
		case w == "summer" || w == "winter" || w == "autumn":
			if !lexis.InSet(prev, "in", "during", "over", "through", "until", "by", "this") && !yearAfter(toks, k+1) {
				return false
			}
		}
	}
	if det && lexis.InSet(w, "spring", "fall") && !(e.dir != 0 || e.Deictic || yearAfter(toks, k+1) || lexis.FoldAt(toks, k+1) == "of" && yearAfter(toks, k+2) ||
		k == j+1 && lexis.InSet(prev, "in", "during", "over", "through", "until", "since") && lexis.FoldAt(toks, j) == "the" && !lexis.InSet(lexis.FoldAt(toks, k+1), "of", "water", "waters", "line", "collection", "semester", "term")) {
		// ("in the spring": the season; not "the fall of the Berlin
		// Wall", "in the spring water")
		return false
	}
	k++
	e.Timex = code
	switch {
	case yearAfter(toks, k):
		e.year, _ = yearAt(toks, k)
		k++
	case lexis.InSet(lexis.FoldAt(toks, k), "of", "de") && yearAfter(toks, k+1):
		e.year, _ = yearAt(toks, k+1)
		k += 2
	case cueDirection(lexis.FoldAt(toks, k)) != 0:
		e.dir = cueDirection(lexis.FoldAt(toks, k))
		k++
	}
	e.rel, e.end = "season", k
	e.Kind = DateAbsolute
	if e.year == 0 {
		e.Kind, e.Relative = DateRelative, true
	}
	return out.set(e)
}

// halfOrdinals are the words for the first and second half of a year.
var halfOrdinals = map[string]int{"premier": 1, "1er": 1, "first": 1, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2nd": 2}

// matchHalf: half-years and weeks of a month: "au premier semestre [2020]",
// "le second semestre", "in the first half of 2005", "H1 2020", "la
// première semaine de janvier", "the last week of March".
func matchHalf(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if !anyWithin(toks, i, 5, func(t *lexis.Token) bool {
		return t.Fold == "semestre" || t.Fold == "half" || t.Fold == "h" || t.Fold == "h1" || t.Fold == "h2" || t.Fold == "semaine" || t.Fold == "week" || strings.HasSuffix(t.Fold, "-half")
	}) {
		return false
	}
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "au", "du", "in", "during", "over", "pendant", "durant", "de", "for", "depuis", "since") {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "le", "la", "ce", "cette", "the") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	e := newExpr(DateRelative)
	e.Relative = true
	key := toks[j].Fold
	if suf := toks[j].Suffix(); suf == "e" || suf == "eme" {
		key = toks[j].Text + "e" // "2e", "2ème"
	}
	k := j + 1
	switch {
	case key == "h" && j+2 < len(toks) && toks[j+1].Kind == lexis.Number && !toks[j+1].Space && lexis.InSet(toks[j+1].Text, "1", "2") && yearAfter(toks, j+2):
		e.rel, e.n, k = "half", atoi(toks[j+1].Text), j+2 // "H1 2020"
	case lexis.InSet(key, "h1", "h2") && yearAfter(toks, j+1):
		e.rel, e.n, k = "half", int(key[1]-'0'), j+1 // "H1 2020", one word
	case halfOrdinals[key] > 0 && lexis.FoldAt(toks, j+1) == "half" && lexis.FoldAt(toks, j+2) == "of" && monthStarts(toks, j+3, lang):
		// "in the first half of April": the month's half, not the year's.
		m, k2 := monthAt(toks, j+3, lang)
		e.rel, e.month, e.n, k = "half-of-month", m, halfOrdinals[key], k2
	case halfOrdinals[key] > 0 && lexis.InSet(lexis.FoldAt(toks, j+1), "semestre", "half"):
		if lexis.FoldAt(toks, j+1) == "half" && !yearAfter(toks, j+2) && gameHalf(toks) {
			return false // "ran the second half in 1:03:55", "scored early in the second half": a race's or a match's half
		}
		e.rel, e.n, k = "half", halfOrdinals[key], j+2
	case strings.HasSuffix(key, "-half") && halfOrdinals[strings.TrimSuffix(key, "-half")] > 0:
		e.rel, e.n, k = "half", halfOrdinals[strings.TrimSuffix(key, "-half")], j+1 // "first-half profit"
	case (halfOrdinals[key] == 1 || lexis.InSet(key, "derniere", "last", "deuxieme", "second", "troisieme", "third")) && lexis.InSet(lexis.FoldAt(toks, j+1), "semaine", "week") &&
		lexis.InSet(lexis.FoldAt(toks, j+2), "de", "d'", "of"):
		m, k2 := monthAt(toks, j+3, lang)
		if m == 0 {
			return false
		}
		e.rel, e.month, k = "week-of-month", m, k2
		e.n = map[string]int{"premier": 1, "premiere": 1, "first": 1, "1er": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "third": 3}[key]
		if e.n == 0 {
			e.n = -1 // the last
		}
	case key == "premiere" && lexis.InSet(lexis.FoldAt(toks, j+1), "semaine") && lexis.InSet(lexis.FoldAt(toks, j+2), "de", "d'"):
		m, k2 := monthAt(toks, j+3, lang)
		if m == 0 {
			return false
		}
		e.rel, e.month, e.n, k = "week-of-month", m, 1, k2
	default:
		return false
	}
	if lexis.InSet(lexis.FoldAt(toks, k), "de", "of") && yearAfter(toks, k+1) {
		k++
	}
	if y, ok := yearAt(toks, k); ok {
		e.year, e.Kind, e.Relative = y, DateAbsolute, false
		k++
	} else if n, end := yearOfReference(toks, k); end > k {
		e.yearShift, e.shifted, k = n, true, end
	}
	e.end = k
	return out.set(e)
}

// yearOfReference reads "of next year", "of last year", "of this year", «de
// l'année prochaine», «de l'année dernière», «de cette année» at token k:
// the year's offset from the reference's, and the token after; k when
// there is none.
func yearOfReference(toks []lexis.Token, k int) (int, int) {
	switch {
	case lexis.FoldAt(toks, k) == "of" && lexis.FoldAt(toks, k+2) == "year":
		switch lexis.FoldAt(toks, k+1) {
		case "next":
			return 1, k + 3
		case "last":
			return -1, k + 3
		case "this", "the":
			return 0, k + 3 // (and "the second half of the year": this year's)
		}
	case lexis.MatchWords(toks, k, "de", "l'", "annee"):
		switch lexis.FoldAt(toks, k+3) {
		case "prochaine":
			return 1, k + 4
		case "derniere":
			return -1, k + 4
		}
		if t := lexis.FoldAt(toks, k+3); t != "precedente" && t != "suivante" {
			return 0, k + 3 // «au second semestre de l'année»: this year's
		}
	case lexis.MatchWords(toks, k, "de", "cette", "annee"):
		return 0, k + 3
	}
	return 0, k
}

// monthCounts are the numbers of months a year's opening stretch is told
// in, written as words.
var monthCounts = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "onze": 11, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11}

// spanOpening reads the words that open an English span counted to its
// end ("in the", "for the", "the") from token i, and returns the token
// after them.
func spanOpening(toks []lexis.Token, i int, lang string) (int, bool) {
	if lang == "fr" {
		return i, false
	}
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "in", "for", "over", "during") {
		j++
	}
	if !lexis.InSet(lexis.FoldAt(toks, j), "the", "its", "their") {
		return i, false // ("in its fiscal year ended March 31": the company's year)
	}
	return j + 1, true
}

// matchExerciseTo: a French fiscal year that ends with a month: «sur
// l'exercice clos fin mars», «l'exercice clos le 31 mars 2025»,
// «l'exercice décalé clôturé au 30 juin»: the twelve months to that month
// (as matchYearTo's "the financial year to March"); a quarter or half so
// told, the three or six months to it («au premier trimestre clos le 30
// novembre», «le premier semestre de son exercice, clos fin septembre»).
func matchExerciseTo(toks []lexis.Token, i int, out *DateExpr) bool {
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "sur", "pour", "durant", "pendant", "au", "de", "a") {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "l'", "son", "leur", "cet", "le") {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "premier", "1er", "deuxieme", "2e", "second", "troisieme", "3e", "quatrieme", "4e") {
		j++ // «au premier trimestre clos le 30 novembre»
	}
	n := map[string]int{"exercice": 12, "trimestre": 3, "semestre": 6}[lexis.FoldAt(toks, j)]
	if n == 0 {
		return false
	}
	j++
	for lexis.InSet(lexis.FoldAt(toks, j), "fiscal", "decale", "comptable", "annuel") {
		j++
	}
	if n < 12 && lexis.InSet(lexis.FoldAt(toks, j), "de", "du") && lexis.InSet(lexis.FoldAt(toks, j+1), "l'", "son", "leur") && lexis.FoldAt(toks, j+2) == "exercice" {
		j += 3 // «le premier semestre de son exercice, clos fin septembre»
		for lexis.InSet(lexis.FoldAt(toks, j), "fiscal", "decale", "comptable", "annuel") {
			j++
		}
	}
	if n < 12 && lexis.FoldAt(toks, j) == "," {
		j++
	}
	if !lexis.InSet(lexis.FoldAt(toks, j), "clos", "cloture", "clot", "acheve", "termine", "arrete", "s'achevant", "se", "finissant") {
		return false
	}
	if toks[j].Fold == "se" {
		if !lexis.InSet(lexis.FoldAt(toks, j+1), "terminant", "cloturant", "clot", "termine") {
			return false
		}
		j++
	}
	j++
	if lexis.InSet(lexis.FoldAt(toks, j), "le", "au", "a", "en", "fin") {
		j++
	}
	if j < len(toks) && toks[j].Kind == lexis.Number && !yearAfter(toks, j) {
		if d := atoi(toks[j].Text); d < 28 {
			return false // «clos le 15 mars»: a day, no month's end
		}
		j++
	}
	m, k := monthAt(toks, j, "fr")
	if m == 0 {
		return false
	}
	return out.set(monthsTo(toks, n, m, k))
}

// monthsTo is the expression of the n months that end with month m, its
// year read at token k if one is written there ("the 12 months to June
// 2023"), ending after it.
func monthsTo(toks []lexis.Token, n, m, k int) DateExpr {
	e := newExpr(DateRelative)
	e.Relative = true
	e.rel, e.n, e.month = "months-to", n, m
	if y, ok := yearAt(toks, k); ok {
		e.year, e.Kind, e.Relative = y, DateAbsolute, false
		k++
	}
	e.end = k
	return e
}

// matchYearTo: the twelve months that end with a month: "in the year to
// March", "the financial year to March 2009", "the year ended June 30" (as
// "the 12 months to"); the quarter or half that does ("the quarter ending
// in October", "the fiscal first half ended Sept. 30"). A change in per
// cent over such a year ("prices rose 1.2% in the year to September") is
// that month's annual rate: the month.
func matchYearTo(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j, ok := spanOpening(toks, i, lang)
	if !ok {
		return false
	}
	ahead := false // "the current quarter ending in October": the one going on
	fiscal := false
	for lexis.InSet(lexis.FoldAt(toks, j), "financial", "fiscal", "current", "present", "first", "second", "third", "fourth") {
		ahead = ahead || lexis.InSet(toks[j].Fold, "current", "present")
		fiscal = fiscal || lexis.InSet(toks[j].Fold, "financial", "fiscal")
		j++
	}
	n := map[string]int{"year": 12, "quarter": 3, "half": 6}[lexis.FoldAt(toks, j)]
	if n == 0 {
		return false
	}
	w := j + 1
	if lexis.FoldAt(toks, w) == "," {
		w++
	}
	if lexis.InSet(lexis.FoldAt(toks, w), "which", "that") && lexis.InSet(lexis.FoldAt(toks, w+1), "ended", "ends", "closed", "closes") {
		// "in its fiscal first quarter, which ended on November 30", "the
		// quarter that ended in October": the same span, told in a
		// relative clause.
		j = w // (its verb at j+1)
	}
	if !lexis.InSet(lexis.FoldAt(toks, j+1), "to", "ending", "ended", "ends", "closed", "closes", "through") {
		return false
	}
	if lexis.InSet(lexis.FoldAt(toks, j+2), "in", "on") && !lexis.InSet(toks[j+1].Fold, "to", "through") {
		j++ // "the quarter ending in October", "which ended on November 30"
	}
	endOf := 0 // "the year to the end of June": the month's end
	if lexis.FoldAt(toks, j+2) == "the" && lexis.FoldAt(toks, j+3) == "end" && lexis.FoldAt(toks, j+4) == "of" {
		endOf = 3
	}
	m, k := monthAt(toks, j+2+endOf, lang)
	if m == 0 && j+2+endOf < len(toks) && toks[j+2+endOf].Upper() {
		m, k = MonthEN(toks[j+2+endOf].Fold), j+3+endOf // "the year to March.": after "the year to", "March" and "May" are months
	}
	if m == 0 {
		return false
	}
	if k < len(toks) && toks[k].Kind == lexis.Number && !yearAfter(toks, k) && atoi(toks[k].Text) >= lastDayOf(m) {
		k++ // "the year ended June 30"
		if k+1 < len(toks) && toks[k].Text == "," && yearAfter(toks, k+1) {
			k++
		}
	}
	if k < len(toks) && toks[k].Kind == lexis.Number && !yearAfter(toks, k) {
		return false // "the year to March 15": a day, no month's end
	}
	e := newExpr(DateRelative)
	e.Relative = true
	e.rel, e.n, e.month = "months-to", n, m
	if ahead {
		e.dir = 1
	}
	if percentBefore(toks, i) && n == 12 && !fiscal { // (a company's year is a span: "revenue rose 6% in the fiscal year ended March 31")
		e.rel, e.n = "", 0
		e.Kind = DatePartial
	}
	if y, ok := yearAt(toks, k); ok {
		e.year, e.Kind, e.Relative = y, DateAbsolute, false
		k++
	}
	e.end = k
	return out.set(e)
}

// matchSpanToDay: a span that ends on a day: "in the year to Jan. 26",
// "the financial year ended 31 March 2019", "the six weeks to Jan. 5", "the
// 13 weeks ended Jan. 28", "the 12 months to June 15": the days up to and
// with that day (a retailer's or a fiscal year ends on any day of a month;
// a month's last day is matchYearTo's and matchFirstMonths's month).
func matchSpanToDay(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j, ok := spanOpening(toks, i, lang)
	if !ok {
		return false
	}
	for lexis.InSet(lexis.FoldAt(toks, j), "financial", "fiscal", "first", "second", "third", "fourth") {
		j++
	}
	n, unit := 1, ""
	if lexis.FoldAt(toks, j) == "year" {
		unit = "Y"
		j++
	} else if q := map[string]int{"quarter": 3, "half": 6}[lexis.FoldAt(toks, j)]; q > 0 {
		n, unit = q, "M" // "in the quarter ended June 27", "the fiscal second quarter ended April 28": a retailer's or a chipmaker's quarter of weeks
		j++
	} else {
		if j >= len(toks) {
			return false
		}
		switch {
		case toks[j].Kind == lexis.Number && toks[j].Suffix() == "":
			n = atoi(toks[j].Text)
		case toks[j].Fold == "six":
			n = 6
		case toks[j].Fold == "twelve":
			n = 12
		default:
			n = monthCounts[toks[j].Fold]
		}
		switch lexis.FoldAt(toks, j+1) {
		case "weeks":
			unit = "W"
		case "months":
			unit = "M"
		case "days":
			unit = "D"
		}
		if n < 2 || n > 104 || unit == "" {
			return false
		}
		j += 2
	}
	if !lexis.InSet(lexis.FoldAt(toks, j), "to", "ending", "ended", "through") {
		return false
	}
	j++
	var m, d, k int
	if mm, k2 := monthAt(toks, j, lang); mm > 0 && k2 < len(toks) && toks[k2].Kind == lexis.Number && !yearAfter(toks, k2) {
		m, d, k = mm, atoi(toks[k2].Text), k2+1 // "Jan. 26"
	} else if j < len(toks) && toks[j].Kind == lexis.Number && !yearAfter(toks, j) {
		if mm, k2 := monthAt(toks, j+1, lang); mm > 0 {
			m, d, k = mm, atoi(toks[j].Text), k2 // "26 January"
		}
	}
	if m == 0 || d < 1 || d > 31 || d >= lastDayOf(m) && unit != "W" && unit != "D" {
		return false // (a month's last day: the months that end with it)
	}
	e := newExpr(DateRelative)
	e.Relative = true
	e.rel, e.n, e.unit, e.month, e.day = "span-to-day", n, unit, m, d
	if k+1 < len(toks) && toks[k].Text == "," && yearAfter(toks, k+1) {
		k++
	}
	if y, ok := yearAt(toks, k); ok {
		e.year, e.Kind, e.Relative = y, DateAbsolute, false
		k++
	}
	e.end = k
	return out.set(e)
}

// percentBefore reports whether a figure in per cent ends within the three
// words before token i: "rose 1.2% in the year to September".
func percentBefore(toks []lexis.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lexis.InSet(toks[k].Fold, "%", "percent", "cent") {
			return true
		}
	}
	return false
}

// matchFirstMonths: the opening months of a year: "sur les neuf premiers
// mois de l'année", "les six premiers mois de 2023", "in the first eight
// months of the year", "the first nine months of 2023"; and the closing
// months of a year it names: "the final three months of 2025", «les trois
// derniers mois de 2025».
func matchFirstMonths(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if !anyWithin(toks, i, 5, func(t *lexis.Token) bool { return t.Fold == "mois" || t.Fold == "months" }) {
		return false
	}
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "sur", "au", "aux", "durant", "pendant", "in", "during", "over", "for") {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "les", "the", "ses", "its", "their", "leurs") {
		j++
	}
	count := func(k int) int {
		if k >= len(toks) {
			return 0
		}
		if toks[k].Kind == lexis.Number {
			if n := atoi(toks[k].Text); n >= 2 && n <= 11 {
				return n
			}
			return 0
		}
		return monthCounts[toks[k].Fold]
	}
	if lang != "fr" && j+3 < len(toks) && lexis.InSet(lexis.FoldAt(toks, j+2), "to", "ending", "ended", "through") && lexis.FoldAt(toks, j+1) == "months" {
		// "in the 12 months to the end of August", "the three months to
		// June": the months that end with that month.
		n := 0
		if toks[j].Kind == lexis.Number {
			n = atoi(toks[j].Text)
		} else {
			n = monthCounts[toks[j].Fold]
			if toks[j].Fold == "twelve" {
				n = 12
			}
			if toks[j].Fold == "six" {
				n = 6
			}
		}
		k := j + 3
		if lexis.MatchWords(toks, k, "the", "end", "of") {
			k += 3
		} else if lexis.MatchWords(toks, k, "end", "of") || lexis.MatchWords(toks, k, "end", "-") {
			k += 2
		}
		// "the three months to June 30": a quarter, the months that end
		// on the month's last day (not "the 13 weeks ended Jan. 28", a
		// fiscal period the day dates)
		m, k2 := monthAt(toks, k, lang)
		if m == 0 && k < len(toks) && toks[k].Upper() {
			m, k2 = MonthEN(toks[k].Fold), k+1 // "the 12 months to March.": after "months to", "March" and "May" are months
		}
		if m > 0 && k2 < len(toks) && toks[k2].Kind == lexis.Number && !yearAfter(toks, k2) && atoi(toks[k2].Text) >= lastDayOf(m) {
			k2++
			if k2+1 < len(toks) && toks[k2].Text == "," && yearAfter(toks, k2+1) {
				k2++ // "June 30, 2023"
			}
		}
		if n >= 2 && n <= 24 && m > 0 && !(k2 < len(toks) && toks[k2].Kind == lexis.Number && !yearAfter(toks, k2)) {
			return out.set(monthsTo(toks, n, m, k2))
		}
	}
	if lang != "en" {
		// «sur les douze mois à fin octobre», «sur douze mois glissants à
		// fin octobre», «sur les 12 mois à fin septembre»: the months that
		// end with that month (as "the 12 months to October").
		n := count(j)
		if lexis.InSet(lexis.FoldAt(toks, j), "douze", "12") {
			n = 12
		}
		k := j + 2
		if lexis.InSet(lexis.FoldAt(toks, k), "glissants", "consecutifs", "cumules") {
			k++
		}
		if n >= 2 && lexis.FoldAt(toks, j+1) == "mois" && lexis.InSet(lexis.FoldAt(toks, k), "a", "jusqu'a") && lexis.FoldAt(toks, k+1) == "fin" {
			if m, k2 := monthAt(toks, k+2, lang); m > 0 {
				return out.set(monthsTo(toks, n, m, k2))
			}
		}
	}
	n, last := 0, false
	switch {
	case lexis.FoldAt(toks, j) == "first" && count(j+1) > 0 && lexis.FoldAt(toks, j+2) == "months":
		n, j = count(j+1), j+3
	case lang != "fr" && j > i && lexis.InSet(toks[j-1].Fold, "the") && lexis.InSet(lexis.FoldAt(toks, j-2), "over", "in", "during", "for") && count(j) >= 4 && lexis.FoldAt(toks, j+1) == "months" &&
		!lexis.InSet(lexis.FoldAt(toks, j+2), "to", "ending", "ended", "through", "before", "after", "since", "ago"):
		// "fell 1.9% to 398 million tonnes over the eleven months": the
		// year's first months (not "the three months": a quarter told
		// before, nor "the eleven months to October")
		n, j = count(j), j+2
	case count(j) > 0 && lexis.InSet(lexis.FoldAt(toks, j+1), "premiers") && lexis.FoldAt(toks, j+2) == "mois":
		n, j = count(j), j+3
	case lexis.InSet(lexis.FoldAt(toks, j), "last", "final") && count(j+1) > 0 && lexis.FoldAt(toks, j+2) == "months" && lexis.FoldAt(toks, j+3) == "of" && yearAfter(toks, j+4):
		// "in the final three months of 2025": the closing months of a
		// year it names (not "the last three months", the ones before
		// now: a duration)
		n, j, last = count(j+1), j+3, true
	case count(j) > 0 && lexis.FoldAt(toks, j+1) == "derniers" && lexis.FoldAt(toks, j+2) == "mois" && lexis.FoldAt(toks, j+3) == "de" && yearAfter(toks, j+4):
		n, j, last = count(j), j+3, true // «les trois derniers mois de 2025»
	default:
		return false
	}
	e := newExpr(DateRelative)
	e.Relative = true
	e.rel, e.n = "first-months", n
	if last {
		e.rel = "last-months"
	}
	switch {
	case lexis.InSet(lexis.FoldAt(toks, j), "de", "of") && yearAfter(toks, j+1):
		y, _ := yearAt(toks, j+1)
		e.year, e.Kind, e.Relative = y, DateAbsolute, false
		j += 2
	case lexis.MatchWords(toks, j, "de", "l'", "annee") || lexis.MatchWords(toks, j, "of", "the", "year") || lexis.MatchWords(toks, j, "of", "this", "year"):
		j += 3
	case lexis.MatchWords(toks, j, "de", "cette", "annee"):
		j += 3
	}
	e.end = j
	return out.set(e)
}

// lastDayOf returns the last day of month m in a common year (28 for
// February: "the three months to February 28" ends it, leap or not).
func lastDayOf(m int) int {
	switch m {
	case 2:
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// monthYear returns the year of e's month: its own, else that of the last
// such month begun by the reference; 0 when neither is known.
func monthYear(e *DateExpr, ref Date) int {
	if e.year != 0 {
		return e.year
	}
	if ref.IsZero() {
		return 0
	}
	y := ref.End.Year()
	if time.Date(y, time.Month(e.month), 1, 0, 0, 0, 0, time.UTC).After(ref.End) {
		y--
	}
	return y
}

// resolvePeriod gives decades, centuries, seasons, half-years, weeks of a
// month and months of a relative year their dates.
func resolvePeriod(e *DateExpr, ref Date) Date {
	switch e.rel {
	case "month-of-year":
		if ref.IsZero() {
			return Date{}
		}
		return MonthOf(ref.End.Year()+e.n, time.Month(e.month))
	case "half-of-month":
		y := monthYear(e, ref)
		if y == 0 {
			return Date{}
		}
		if e.n == 2 {
			return Between(Day(y, time.Month(e.month), 16), Day(y, time.Month(e.month), DaysIn(y, e.month)))
		}
		return Between(Day(y, time.Month(e.month), 1), Day(y, time.Month(e.month), 15))
	case "half", "week-of-month":
		y := e.year
		if y == 0 {
			if ref.IsZero() {
				return Date{}
			}
			y = ref.End.Year()
			first := time.Month(1)
			if e.rel == "half" && e.n == 2 {
				first = 7
			} else if e.rel == "week-of-month" {
				first = time.Month(e.month)
			}
			if time.Date(y, first, 1, 0, 0, 0, 0, time.UTC).After(ref.End) && e.rel == "half" {
				y-- // the last such half begun by the reference
			} else if e.rel == "half" && e.toldInPast && e.dir == 0 && barelyBegun(MonthOf(y, time.Month(6*e.n-5)).Start, MonthOf(y, time.Month(6*e.n)).End, ref) {
				y-- // (not one hardly under way: «au premier semestre», said on January 29)
			}
		}
		if e.rel == "half" {
			return Between(MonthOf(y, time.Month(6*e.n-5)), MonthOf(y, time.Month(6*e.n)))
		}
		first := 1 + 7*(e.n-1)
		if e.n < 0 {
			first = DaysIn(y, e.month) - 6
		}
		d := Between(Day(y, time.Month(e.month), first), Day(y, time.Month(e.month), first+6))
		d.Approx = true
		return d
	case "months-to":
		y := monthYear(e, ref)
		if y == 0 {
			return Date{}
		}
		if e.dir > 0 && e.year == 0 && time.Date(y, time.Month(e.month)+1, 1, 0, 0, 0, 0, time.UTC).Before(ref.End) {
			y++ // told ahead: the months that end with the next such month
		}
		end := time.Date(y, time.Month(e.month), 1, 0, 0, 0, 0, time.UTC)
		start := end.AddDate(0, 1-e.n, 0)
		return Between(MonthOf(start.Year(), start.Month()), MonthOf(y, time.Month(e.month)))
	case "span-to-day":
		y := e.year
		if y == 0 {
			if ref.IsZero() {
				return Date{}
			}
			y = ref.End.Year()
			if time.Date(y, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC).After(ref.End) {
				y-- // the last such day by the reference
			}
			if e.dir > 0 && time.Date(y, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC).Before(ref.Start) {
				y++ // told ahead: the next such day
			}
		}
		end := time.Date(y, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC)
		var start time.Time
		switch e.unit {
		case "Y":
			start = end.AddDate(-e.n, 0, 1)
		case "M":
			start = end.AddDate(0, -e.n, 1)
		case "W":
			start = end.AddDate(0, 0, 1-7*e.n)
		default:
			start = end.AddDate(0, 0, 1-e.n)
		}
		return Date{Start: start, End: end, Precision: claim.PrecisionDay, Range: true}
	case "first-months":
		y := e.year
		if y == 0 {
			if ref.IsZero() {
				return Date{}
			}
			y = ref.End.Year()
		}
		return Between(MonthOf(y, 1), MonthOf(y, time.Month(e.n)))
	case "last-months":
		if e.year == 0 {
			return Date{}
		}
		return Between(MonthOf(e.year, time.Month(13-e.n)), MonthOf(e.year, 12))
	case "decade":
		d := Between(YearOf(e.year), YearOf(e.year+9))
		d.Approx = e.part != ""
		return d
	case "century":
		return Between(YearOf(e.year), YearOf(e.year+99))
	case "playing-season":
		if ref.IsZero() {
			return Date{}
		}
		y := ref.End.Year() + e.dir
		if ref.End.Month() < time.July {
			y--
		}
		return Between(MonthOf(y, time.July), MonthOf(y+1, time.June))
	}
	// A season: its year, else the one the cue words and the reference give.
	m := seasonMonths[e.Timex]
	y := e.year
	if y == 0 {
		if ref.IsZero() {
			return Date{}
		}
		r := ref.End
		y = r.Year()
		start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		switch {
		case e.dir < 0:
			// The last one before the season the reference is in or left
			// less than a month before ("l'hiver dernier" in January,
			// «l'été dernier» on September 4: that season is "this" one;
			// "last summer" in October is the one just gone).
			if start.After(r) {
				y--
				start = start.AddDate(-1, 0, 0)
			}
			if r.Before(start.AddDate(0, 4, 0)) {
				y--
			}
		case e.dir > 0 && e.tense && m == time.December && r.Month() < time.March:
			y-- // "will stay open this winter", said in February: this one
		case e.dir > 0 && e.tense && start.AddDate(0, 3, 0).Before(r):
			y++ // "will open this summer", said in July: this one; said in October, the next
		case e.dir > 0 && !e.tense && start.Before(r):
			y++
		case e.dir == 0 && e.toldInPast && start.After(r):
			y-- // "Sales were weak during the fall", said in June: the last one
		case e.dir == 0 && m == time.December && r.Month() < time.June:
			y-- // this winter, said in February, or told in the past in April («Elle employait 38 saisonniers cet hiver»)
		}
	}
	a := MonthOf(y, m)
	b := MonthOf(a.Start.AddDate(0, 2, 0).Year(), a.Start.AddDate(0, 2, 0).Month())
	d := Between(a, b)
	d.Approx = true
	return d
}

// setUnits are the units of time a set repeats, with their ISO 8601 period.
var setUnits = map[string]string{"jour": "P1D", "jours": "P1D", "journee": "P1D", "semaine": "P1W", "semaines": "P1W",
	"mois": "P1M", "an": "P1Y", "ans": "P1Y", "annee": "P1Y", "annees": "P1Y", "trimestre": "P3M", "trimestres": "P3M",
	"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
	"matin": "TMO", "soir": "TEV", "nuit": "TNI", "morning": "TMO", "evening": "TEV", "night": "TNI",
	"heure": "PT1H", "hour": "PT1H"}

// matchSet: repeated times: "chaque jour", "chaque année", "tous les
// jeudis", "tous les deux ans", "toutes les semaines", "every year", "each
// season", "every Thursday", "every other week".
func matchSet(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j := i
	switch w := lexis.FoldAt(toks, j); {
	case w == "chaque" && lang != "en", lexis.InSet(w, "every", "each") && lang != "fr":
		j++
	case lexis.InSet(w, "tous", "toutes") && lexis.FoldAt(toks, j+1) == "les" && lang != "en":
		j += 2
	default:
		return false
	}
	n := 1
	if v, ok := quantity.UnitWord(lexis.FoldAt(toks, j)); ok && v > 1 && v < 100 {
		n, j = v, j+1 // "tous les deux ans"
	} else if j < len(toks) && toks[j].Kind == lexis.Number && toks[j].Suffix() == "" && len(toks[j].Text) <= 2 {
		n, j = atoi(toks[j].Text), j+1
	} else if lexis.FoldAt(toks, j) == "other" {
		n, j = 2, j+1
	}
	if j >= len(toks) {
		return false
	}
	e := newExpr(DateSet)
	w := toks[j].Fold
	wd := weekdayAt(toks, j, lang)
	if d, ok := weekdaysFR[strings.TrimSuffix(w, "s")]; ok && wd < 0 && lang != "en" {
		wd = d // "tous les jeudis"
	} else if d, ok := weekdaysEN[strings.TrimSuffix(w, "s")]; ok && wd < 0 && lang != "fr" {
		wd = d
	}
	if wd >= 0 {
		if wd == 0 {
			wd = 7
		}
		e.Timex = "XXXX-WXX-" + string(rune('0'+wd))
	} else if p, ok := setUnits[w]; ok {
		if n > 1 && p[len(p)-2] == '1' {
			p = p[:len(p)-2] + itoa(n) + p[len(p)-1:]
		}
		e.Timex = p
	} else {
		return false
	}
	e.end = j + 1
	return out.set(e)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// monthStarts reports whether a month's name stands at token k.
func monthStarts(toks []lexis.Token, k int, lang string) bool {
	m, _ := monthAt(toks, k, lang)
	return m > 0
}

// matchFiscalYearRef: a company's fiscal year named from the one going
// on: "the current fiscal year", "last financial year", "the next fiscal
// year", «l'exercice en cours»; and from the fiscal year told before, "the
// fiscal year" said again, "the previous fiscal year", «l'exercice
// précédent». Which twelve months they are needs the year's end the
// text named before (anchorFiscal); without it they name none.
func matchFiscalYearRef(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j, n := i, 0
	if lexis.InSet(lexis.FoldAt(toks, j), "in", "for", "over", "during", "sur", "pour", "durant", "pendant", "de", "au") {
		j++
	}
	told := false // "the fiscal year", «l'exercice»: the one named before
	if lang == "fr" {
		det := lexis.FoldAt(toks, j)
		if !lexis.InSet(det, "l'", "cet") || lexis.FoldAt(toks, j+1) != "exercice" {
			return false
		}
		j += 2
		switch f := lexis.FoldAt(toks, j); {
		case f == "en" && lexis.FoldAt(toks, j+1) == "cours":
			j += 2
		case lexis.InSet(f, "precedent", "anterieur"):
			n, j, told = -1, j+1, true // the one before the year told
		case f == "suivant":
			n, j, told = 1, j+1, true
		case f == "prochain":
			n, j = 1, j+1
		case lexis.InSet(f, "clos", "cloture", "clot", "acheve", "termine", "arrete", "s'achevant", "se", "finissant", "fiscal", "decale", "comptable", "annuel") ||
			j < len(toks) && toks[j].Kind == lexis.Number:
			return false // «l'exercice clos fin mars», «l'exercice 2024»: another matcher's
		default:
			told = det == "l'"
		}
	} else {
		if !lexis.InSet(lexis.FoldAt(toks, j), "the", "this", "its", "their", "last", "next") {
			return false
		}
		det := toks[j].Fold
		if lexis.InSet(det, "last", "next") {
			n = map[string]int{"last": -1, "next": 1}[det]
		} else {
			j++
		}
		switch f := lexis.FoldAt(toks, j); {
		case lexis.InSet(f, "current", "present"):
			j++
		case lexis.InSet(f, "previous", "prior", "preceding"):
			n, j, told = -1, j+1, true // the one before the year told
		case lexis.InSet(f, "last", "past"):
			n, j = -1, j+1
		case lexis.InSet(f, "next", "coming", "following"):
			n, j = 1, j+1
		default:
			told = lexis.InSet(det, "the", "its", "their") && n == 0
		}
		if !lexis.InSet(lexis.FoldAt(toks, j), "fiscal", "financial") || lexis.FoldAt(toks, j+1) != "year" {
			return false
		}
		j += 2
		if f := lexis.FoldAt(toks, j); lexis.InSet(f, "to", "ended", "ending", "through", "that", "which") || j < len(toks) && toks[j].Kind == lexis.Number {
			return false // "the fiscal year ended March 31", "the financial year 2024": another matcher's
		}
	}
	e := newExpr(DateRelative)
	e.Relative = true
	e.rel, e.n, e.end = "fiscal-year", n, j
	if told {
		e.unit = "told"
	}
	return out.set(e)
}

// gameHalf reports whether the sentence tells of a race or a match, whose
// halves are no year's: a time on a clock ("1:03:55"), or words of play.
func gameHalf(toks []lexis.Token) bool {
	for k, t := range toks {
		if t.Text == ":" && k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number && !t.Space {
			return true
		}
		if lexis.InSet(t.Fold, "minute", "minutes", "seconds", "goal", "goals", "scored", "match", "game", "race", "marathon", "halftime", "half-time", "halfway",
			"try", "tries", "touchdown", "innings", "kick-off", "kickoff", "whistle", "penalty") {
			return true
		}
	}
	return false
}
