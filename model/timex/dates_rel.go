package timex

import (
	"github.com/claimline/claimline/model/claim"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// relativeWords maps fixed phrases (folded words) to a relative name.
var relativeWords = []struct {
	words []string
	rel   string
}{
	{[]string{"aujourd'hui"}, "today"}, {[]string{"today"}, "today"}, {[]string{"ce", "jour"}, "today"},
	{[]string{"ce", "matin"}, "today"}, {[]string{"ce", "soir"}, "today"}, {[]string{"cet", "apres-midi"}, "today"},
	{[]string{"cette", "nuit"}, "today"}, {[]string{"this", "morning"}, "today"}, {[]string{"tonight"}, "today"},
	{[]string{"this", "evening"}, "today"}, {[]string{"this", "afternoon"}, "today"},
	{[]string{"avant-hier"}, "day-before"}, {[]string{"the", "day", "before", "yesterday"}, "day-before"},
	{[]string{"hier", "soir"}, "yesterday"}, {[]string{"hier", "matin"}, "yesterday"}, {[]string{"hier"}, "yesterday"},
	{[]string{"yesterday"}, "yesterday"}, {[]string{"last", "night"}, "yesterday"},
	{[]string{"demain"}, "tomorrow"}, {[]string{"tomorrow"}, "tomorrow"}, {[]string{"apres-demain"}, "day-after"},
	{[]string{"the", "day", "after", "tomorrow"}, "day-after"},
	{[]string{"cette", "semaine"}, "this-week"}, {[]string{"this", "week"}, "this-week"},
	{[]string{"la", "semaine", "derniere"}, "last-week"}, {[]string{"la", "semaine", "passee"}, "last-week"},
	{[]string{"last", "week"}, "last-week"}, {[]string{"la", "semaine", "prochaine"}, "next-week"}, {[]string{"next", "week"}, "next-week"},
	{[]string{"ces", "derniers", "jours"}, "last-days"}, {[]string{"in", "recent", "days"}, "last-days"},
	{[]string{"over", "the", "past", "few", "days"}, "last-days"}, {[]string{"these", "last", "days"}, "last-days"},
	{[]string{"ce", "mois-ci"}, "this-month"}, {[]string{"ce", "mois"}, "this-month"}, {[]string{"this", "month"}, "this-month"},
	{[]string{"plus", "tot", "ce", "mois-ci"}, "earlier-this-month"}, {[]string{"earlier", "this", "month"}, "earlier-this-month"},
	{[]string{"le", "mois", "dernier"}, "last-month"}, {[]string{"le", "mois", "passe"}, "last-month"},
	{[]string{"last", "month"}, "last-month"}, {[]string{"le", "mois", "prochain"}, "next-month"}, {[]string{"next", "month"}, "next-month"},
	{[]string{"plus", "tot", "cette", "annee"}, "earlier-this-year"}, {[]string{"plus", "tot", "dans", "l'", "annee"}, "earlier-this-year"},
	{[]string{"earlier", "this", "year"}, "earlier-this-year"}, {[]string{"earlier", "in", "the", "year"}, "earlier-this-year"},
	{[]string{"depuis", "le", "debut", "de", "l'", "annee"}, "earlier-this-year"}, {[]string{"since", "the", "start", "of", "the", "year"}, "earlier-this-year"},
	{[]string{"en", "debut", "d'", "annee"}, "early-this-year"}, {[]string{"au", "debut", "de", "l'", "annee"}, "early-this-year"},
	{[]string{"debut", "d'", "annee"}, "early-this-year"}, {[]string{"en", "debut", "de", "l'", "annee"}, "early-this-year"},
	{[]string{"at", "the", "start", "of", "the", "year"}, "early-this-year"}, {[]string{"at", "the", "beginning", "of", "the", "year"}, "early-this-year"},
	{[]string{"early", "this", "year"}, "early-this-year"},
	{[]string{"en", "fin", "d'", "annee"}, "late-this-year"}, {[]string{"a", "la", "fin", "de", "l'", "annee"}, "late-this-year"},
	{[]string{"fin", "d'", "annee"}, "late-this-year"}, {[]string{"later", "this", "year"}, "late-this-year"},
	{[]string{"at", "the", "end", "of", "the", "year"}, "late-this-year"},
	{[]string{"a", "la", "fin", "de", "l'", "annee", "derniere"}, "late-last-year"}, {[]string{"fin", "de", "l'", "annee", "derniere"}, "late-last-year"},
	{[]string{"la", "fin", "de", "l'", "annee", "derniere"}, "late-last-year"}, {[]string{"late", "last", "year"}, "late-last-year"},
	{[]string{"au", "debut", "de", "l'", "annee", "derniere"}, "early-last-year"}, {[]string{"debut", "de", "l'", "annee", "derniere"}, "early-last-year"},
	{[]string{"early", "last", "year"}, "early-last-year"}, {[]string{"the", "end", "of", "last", "year"}, "late-last-year"},
	{[]string{"the", "beginning", "of", "last", "year"}, "early-last-year"}, {[]string{"the", "start", "of", "last", "year"}, "early-last-year"},
	{[]string{"au", "debut", "de", "cette", "annee"}, "early-this-year"}, {[]string{"debut", "de", "cette", "annee"}, "early-this-year"},
	{[]string{"a", "la", "fin", "de", "cette", "annee"}, "late-this-year"}, {[]string{"fin", "de", "cette", "annee"}, "late-this-year"},
	// (a deadline ahead: "d'ici la fin de l'année", "by the end of this
	// year"; not "By the end of the year, 1.8 million had died", which in a
	// story of another year is that year's)
	{[]string{"ici", "la", "fin", "de", "l'", "annee"}, "late-this-year"}, {[]string{"ici", "la", "fin", "de", "cette", "annee"}, "late-this-year"},
	{[]string{"avant", "la", "fin", "de", "cette", "annee"}, "late-this-year"}, {[]string{"by", "the", "end", "of", "this", "year"}, "late-this-year"},
	{[]string{"before", "the", "end", "of", "this", "year"}, "late-this-year"},
	{[]string{"depuis", "le", "debut", "de", "la", "semaine"}, "earlier-this-week"}, {[]string{"since", "the", "start", "of", "the", "week"}, "earlier-this-week"},
	{[]string{"since", "the", "beginning", "of", "the", "week"}, "earlier-this-week"}, {[]string{"plus", "tot", "cette", "semaine"}, "earlier-this-week"},
	{[]string{"earlier", "this", "week"}, "earlier-this-week"},
	{[]string{"depuis", "le", "debut", "du", "mois"}, "earlier-this-month"}, {[]string{"since", "the", "start", "of", "the", "month"}, "earlier-this-month"},
	{[]string{"since", "the", "beginning", "of", "the", "month"}, "earlier-this-month"}, {[]string{"since", "the", "beginning", "of", "the", "year"}, "earlier-this-year"},
	{[]string{"ce", "week-end"}, "this-weekend"}, {[]string{"ce", "weekend"}, "this-weekend"}, {[]string{"this", "weekend"}, "this-weekend"},
	{[]string{"le", "week-end", "dernier"}, "last-weekend"}, {[]string{"le", "weekend", "dernier"}, "last-weekend"}, {[]string{"last", "weekend"}, "last-weekend"},
	{[]string{"over", "the", "weekend"}, "past-weekend"}, {[]string{"at", "the", "weekend"}, "past-weekend"},
	{[]string{"during", "the", "weekend"}, "past-weekend"}, {[]string{"au", "cours", "du", "week-end"}, "past-weekend"},
	{[]string{"pendant", "le", "week-end"}, "past-weekend"}, {[]string{"durant", "le", "week-end"}, "past-weekend"},
	{[]string{"le", "week-end", "prochain"}, "next-weekend"}, {[]string{"le", "weekend", "prochain"}, "next-weekend"}, {[]string{"next", "weekend"}, "next-weekend"},
	{[]string{"cette", "annee"}, "this-year"}, {[]string{"this", "year"}, "this-year"}, {[]string{"cette", "annee-la"}, ""},
	// "the current year", «l'année en cours», "this quarter", «le trimestre en cours»
	{[]string{"the", "current", "year"}, "this-year"}, {[]string{"l'", "annee", "en", "cours"}, "this-year"}, {[]string{"l'", "exercice", "en", "cours"}, "this-year"},
	{[]string{"this", "quarter"}, "this-quarter"}, {[]string{"the", "current", "quarter"}, "this-quarter"}, {[]string{"ce", "trimestre"}, "this-quarter"},
	{[]string{"le", "trimestre", "en", "cours"}, "this-quarter"}, {[]string{"du", "trimestre", "en", "cours"}, "this-quarter"}, {[]string{"au", "trimestre", "en", "cours"}, "this-quarter"},
	{[]string{"le", "mois", "en", "cours"}, "this-month"}, {[]string{"the", "current", "month"}, "this-month"},
	{[]string{"l'", "an", "dernier"}, "last-year"}, {[]string{"l'", "an", "passe"}, "last-year"},
	{[]string{"l'", "annee", "derniere"}, "last-year"}, {[]string{"l'", "annee", "passee"}, "last-year"},
	{[]string{"last", "year"}, "last-year"}, {[]string{"l'", "an", "prochain"}, "next-year"},
	{[]string{"l'", "annee", "prochaine"}, "next-year"}, {[]string{"next", "year"}, "next-year"},
	{[]string{"le", "trimestre", "dernier"}, "prev-quarter"}, {[]string{"le", "trimestre", "precedent"}, "prev-quarter"},
	{[]string{"au", "trimestre", "precedent"}, "prev-quarter"}, {[]string{"du", "trimestre", "precedent"}, "prev-quarter"},
	{[]string{"au", "trimestre", "dernier"}, "prev-quarter"}, {[]string{"du", "trimestre", "dernier"}, "prev-quarter"},
}

// relativeByFirst indexes relativeWords by their first word.
var relativeByFirst = func() map[string][]struct {
	words []string
	rel   string
} {
	m := map[string][]struct {
		words []string
		rel   string
	}{}
	for _, r := range relativeWords {
		m[r.words[0]] = append(m[r.words[0]], r)
	}
	return m
}()

// matchRelative: fixed relative phrases, and "il y a 3 jours", "3 days ago".
func matchRelative(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// The words each reading needs: a fixed phrase's first word, a
	// quarter, "il y a", "dans", or "ago" after a count.
	rels := relativeByFirst[lexis.FoldAt(toks, i)]
	if lexis.QuickReject && len(rels) == 0 && lexis.FoldAt(toks, i) != "il" && lexis.FoldAt(toks, i) != "dans" &&
		!anyWithin(toks, i, 4, isQuarterWord) && !anyWithin(toks, i+1, 7, func(t *lexis.Token) bool { return t.Fold == "ago" }) {
		return false
	}
	e := newExpr(DateRelative)
	e.Relative = true
	for _, r := range rels {
		if r.rel != "" && lexis.MatchWords(toks, i, r.words...) && i+len(r.words) > e.end {
			e.rel, e.end = r.rel, i+len(r.words)
			e.prevTold = r.rel == "prev-quarter" && r.words[2] == "precedent"
			e.Deictic = r.rel == "today" || r.rel == "yesterday" || r.rel == "day-before"
		}
	}
	if e.end == i+1 && e.rel == "today" && toks[i].Text == "Today" && i > 0 && (toks[i-1].Kind == lexis.Word && toks[i-1].Upper() || toks[i-1].Fold == "the") {
		// "he told BBC Midlands Today", "USA Today reported", "on the
		// Today programme": a name, no day.
		return false
	}
	if e.end > i && e.rel == "past-weekend" && lexis.InSet(lexis.FoldAt(toks, e.end), "of", "de", "du") {
		// "during the weekend of June 1": the date after it says which (not
		// "over the weekend of intense talks")
		k := e.end + 1
		if lexis.InSet(lexis.FoldAt(toks, k), "the", "le") {
			k++
		}
		if m, _ := monthAt(toks, k, lang); m > 0 || k < len(toks) && toks[k].Kind == lexis.Number {
			return false
		}
	}
	if e.end > i {
		// "aujourd'hui vendredi", "today Friday": the weekday is today's.
		if e.rel == "today" && e.end == i+1 && weekdayAt(toks, e.end, lang) >= 0 {
			e.end++
		}
		// "à la fin de l'année 2020", "at the end of the year 2019": a year
		// after the phrase makes it absolute.
		if y, ok := yearAt(toks, e.end); ok && (strings.HasPrefix(e.rel, "early-") || strings.HasPrefix(e.rel, "late-") || e.rel == "this-year") {
			part := map[string]string{"early-this-year": "early", "late-this-year": "late"}[e.rel]
			a := newExpr(DateAbsolute)
			a.year, a.part, a.end = y, part, e.end+1
			return out.set(a)
		}
		return out.set(e)
	}
	// Quarters: "au quatrième trimestre [2020]", "in the fourth quarter of
	// 2020", "Q4 2020", "au T4".
	if q, end, ok := quarterAt(toks, i); ok {
		e.rel, e.n, e.end = "quarter", q, end
		if y, ok := yearAt(toks, end); ok {
			e.year, e.end, e.Relative, e.Kind = y, end+1, false, DateAbsolute
		} else if lexis.InSet(lexis.FoldAt(toks, end), "de", "of") {
			if y, ok := yearAt(toks, end+1); ok {
				e.year, e.end, e.Relative, e.Kind = y, end+2, false, DateAbsolute
			} else if n, k := yearOfReference(toks, end); k > end {
				e.yearShift, e.shifted, e.end = n, true, k // "in the second quarter of next year"
			}
		}
		if e.n == lastQuarter {
			if e.year > 0 {
				e.n = 4 // "the last quarter of 2009"
			} else {
				e.rel, e.n = "prev-quarter", 0 // "last quarter", "le trimestre dernier"
				if lexis.FoldAt(toks, e.end) == "dernier" {
					e.end++
				}
				e.prevTold = slices.ContainsFunc(toks[i:end], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "previous", "preceding", "prior") })
			}
		}
		return out.set(e)
	}
	// "il y a 3 jours", "il y a deux semaines".
	if lexis.MatchWords(toks, i, "il", "y", "a") {
		if n, u, end, ok := countUnitAt(toks, i+3); ok {
			e.rel, e.n, e.unit, e.end = "ago", n, u, end
			return out.set(e)
		}
	}
	// "dans 3 jours", "dans deux semaines" (French only: English "in 72
	// hours" is a span of time).
	if lang != "en" && lexis.FoldAt(toks, i) == "dans" {
		if n, u, end, ok := countUnitAt(toks, i+1); ok && u != "h" && u != "m" {
			e.rel, e.n, e.unit, e.end = "in", n, u, end
			return out.set(e)
		}
	}
	// "3 days ago", "two weeks ago".
	if n, u, end, ok := countUnitAt(toks, i); ok && lexis.FoldAt(toks, end) == "ago" {
		e.rel, e.n, e.unit, e.end = "ago", n, u, end+1
		return out.set(e)
	}
	return false
}

// isQuarterWord reports whether t names a quarter or is one ("T4", "Q1").
func isQuarterWord(t *lexis.Token) bool {
	f := t.Fold
	return f == "trimestre" || f == "quarter" || f == "q" || f == "t" || strings.HasSuffix(f, "-quarter") ||
		t.Kind == lexis.Word && len(f) == 2 && (f[0] == 'q' || f[0] == 't') && f[1] >= '1' && f[1] <= '4'
}

var quarterOrdinals = map[string]int{"premier": 1, "1er": 1, "first": 1, "deuxieme": 2, "second": 2, "2e": 2, "2nd": 2,
	"troisieme": 3, "third": 3, "3e": 3, "3rd": 3, "quatrieme": 4, "dernier": 4, "fourth": 4, "last": 4, "final": 4, "4e": 4, "4th": 4,
	"holiday": 4} // "the holiday quarter", "holiday-quarter sales": October to December, the year-end shopping season

// quarterAt reads "[au|le|du] quatrième trimestre", "[in] the fourth quarter",
// "Q4", "T4" at token i and returns the quarter and the index after it.
func quarterAt(toks []lexis.Token, i int) (int, int, bool) {
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "au", "le", "du", "ce", "in", "the", "during", "over", "pendant", "durant") {
		j++
		if lexis.FoldAt(toks, j) == "the" {
			j++
		}
	}
	t := toks[min(j, len(toks)-1)]
	if j < len(toks) && t.Kind == lexis.Word && len(t.Fold) == 2 && (t.Fold[0] == 'q' || t.Fold[0] == 't') && t.Fold[1] >= '1' && t.Fold[1] <= '4' {
		return int(t.Fold[1] - '0'), j + 1, true
	}
	if j+1 < len(toks) && (t.Fold == "q" || t.Fold == "t") && toks[j+1].Kind == lexis.Number && !toks[j+1].Space && len(toks[j+1].Text) == 1 &&
		toks[j+1].Text[0] >= '1' && toks[j+1].Text[0] <= '4' && toks[j+1].Suffix() == "" {
		return int(toks[j+1].Text[0] - '0'), j + 2, true
	}
	if j >= len(toks) {
		return 0, i, false
	}
	key := toks[j].Fold
	if toks[j].Kind == lexis.Number && toks[j].Suffix() != "" {
		key = toks[j].Text + toks[j].Suffix()
		if toks[j].Suffix() == "eme" || toks[j].Suffix() == "e" {
			key = toks[j].Text + "e"
		}
	}
	if ord, rest, found := strings.Cut(key, "-"); found && rest == "quarter" && quarterOrdinals[ord] > 0 && ord != "last" && ord != "final" {
		return quarterOrdinals[ord], j + 1, true // "third-quarter revenue"
	}
	q, ok := quarterOrdinals[key]
	k := j + 1
	if lexis.InSet(lexis.FoldAt(toks, k), "financial", "fiscal", "fiscaux") {
		k++ // "the last financial quarter"
	}
	if !ok && lexis.InSet(key, "past", "previous", "precedent", "preceding", "prior") {
		q, ok = 4, true
	}
	if !ok || !lexis.InSet(lexis.FoldAt(toks, k), "trimestre", "quarter") {
		return 0, i, false
	}
	if q == 4 && lexis.InSet(key, "last", "final", "dernier", "past", "previous", "precedent", "preceding", "prior") {
		q = lastQuarter // the year may still make it the fourth
	}
	return q, k + 1, true
}

// lastQuarter is the quarter "the last quarter" names: the fourth of a year
// it is said of, else the one before the quarter of the reference.
const lastQuarter = -1

// countUnitAt reads "3 jours", "trois semaines", "une seule journée",
// "72 hours", "a week", "72h".
func countUnitAt(toks []lexis.Token, i int) (int, string, int, bool) {
	if i >= len(toks) {
		return 0, "", i, false
	}
	t := toks[i]
	if t.Kind == lexis.Number && t.Suffix() != "" {
		if u, ok := quantity.TimeUnitOf(t.Suffix()); ok && (u == "h" || u == "m") {
			n := atoi(t.Text)
			return n, u, i + 1, n > 0
		}
		return 0, "", i, false
	}
	n, j := 0, i
	switch {
	case t.Kind == lexis.Number && len(t.Text) <= 4:
		n, j = atoi(t.Text), i+1
	case t.Fold == "un" || t.Fold == "une" || t.Fold == "a" || t.Fold == "an" || t.Fold == "one":
		n, j = 1, i+1
	default:
		if v, end, ok := quantity.WordsNumberAt(toks, i); ok && v < 1000 {
			n, j = int(v), end
		} else {
			return 0, "", i, false
		}
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "seule", "seul", "single", "petite", "petit", "bonne", "full", "whole", "short") {
		j++
	}
	u, ok := quantity.TimeUnitOf(lexis.FoldAt(toks, j))
	if !ok || n <= 0 {
		return 0, "", i, false
	}
	// "an" is also English's article and "mois" may follow "1er": keep the count sane.
	return n, u, j + 1, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e6 {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// countFollowers follow a count, never a day of the month: "a remporté
// dimanche 31 des 90 sièges", "won on Sunday 31 of the 90 seats".
var countFollowers = lexis.SetOf("des", "de", "d'", "du", "sur", "of", "out", "%", "percent", "pour", "per", "millions", "million",
	"milliards", "billion")

// weekdayKinds are the nouns a weekday qualifies as a kind, not a date:
// "the Sunday edition", "its Saturday service".
var weekdayKinds = lexis.SetOf("edition", "editions", "paper", "papers", "newspaper", "supplement", "magazine", "service", "services",
	"opening", "trading", "shopping", "league", "school", "schools", "mass", "timetable", "schedule", "show", "programme", "program")

// matchWeekday: "lundi", "ce lundi", "lundi soir", "mardi dernier",
// "lundi prochain", "on Monday", "last Monday", "Monday night".
func matchWeekday(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if !anyWithin(toks, i, 3, func(t *lexis.Token) bool { return t.Is(WeekdayName) }) {
		return false
	}
	e := newExpr(DateRelative)
	e.Relative = true
	j := i
	switch lexis.FoldAt(toks, j) {
	case "ce", "this":
		e.Deictic = true
		j++
		if lexis.FoldAt(toks, j) == "meme" && lang != "en" {
			j++ // "ce même lundi"
		}
	case "last":
		e.dir = -1
		j++
	case "next":
		e.dir = 1
		j++
	case "on", "le":
		j++
	}
	wd := weekdayAt(toks, j, lang)
	if wd < 0 {
		return false
	}
	if lang != "fr" && j > 0 && lexis.InSet(toks[j-1].Fold, "the", "its", "their", "'s", "’s", "a") && weekdayKinds[lexis.FoldAt(toks, j+1)] {
		return false // "The paper's Sunday edition sold 312,000 copies": a kind of edition, no day
	}
	e.weekday = wd
	j++
	// "mardi 12", "Tuesday the 12th": a day of the month without a month.
	if d, k := dayAt(toks, j); d > 0 && !(k < len(toks) && (timeUnit(lexis.FoldAt(toks, k)) != "" || lexis.FoldAt(toks, k) == "h" || countFollowers[lexis.FoldAt(toks, k)])) {
		if _, k2 := monthAt(toks, k, lang); k2 == k {
			e.day, e.end = d, k
			return out.set(e)
		}
	} else if lexis.FoldAt(toks, j) == "the" && numberAfter(toks, j+1) {
		// "Tuesday the 12th"; "on Tuesday the first generation" names no day.
		if d, k := dayAt(toks, j+1); d > 0 {
			e.day, e.end = d, k
			return out.set(e)
		}
	}
	switch lexis.FoldAt(toks, j) {
	case "dernier":
		e.dir = -1
		j++
	case "prochain":
		e.dir = 1
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "soir", "matin", "apres-midi", "night", "morning", "evening", "afternoon") {
		j++
	}
	// "Wednesday of last week", "Wednesday next week", "mercredi de la
	// semaine prochaine": the weekday of that week.
	k := j
	if lexis.InSet(lexis.FoldAt(toks, k), "of", "de") {
		k++
	}
	if lexis.FoldAt(toks, k) == "la" {
		k++
	}
	switch {
	case lexis.InSet(lexis.FoldAt(toks, k), "last", "next") && lexis.FoldAt(toks, k+1) == "week" && e.dir == 0:
		e.week, j = 1, k+2
		if lexis.FoldAt(toks, k) == "last" {
			e.week = -1
		}
	case lexis.FoldAt(toks, k) == "semaine" && lexis.InSet(lexis.FoldAt(toks, k+1), "derniere", "prochaine") && e.dir == 0:
		e.week, j = 1, k+2
		if lexis.FoldAt(toks, k+1) == "derniere" {
			e.week = -1
		}
	}
	e.end = j
	return out.set(e)
}

// matchRange: "entre le 9 et le 12 janvier [2021]", "du 1 septembre 1939 au
// 2 septembre 1945", "du 9 au 12 janvier", "de janvier à mars 2021",
// "between January 9 and 12", "from 2019 to 2021", "January 9-12".
// monthPair reads two month names in one hyphenated word at token j
// ("October-December", «juillet-septembre»), the first before the second.
func monthPair(toks []lexis.Token, j int, lang string) (int, int, bool) {
	if j >= len(toks) || toks[j].Kind != lexis.Word {
		return 0, 0, false
	}
	a, b, ok := strings.Cut(toks[j].Fold, "-")
	if !ok {
		return 0, 0, false
	}
	if mid, rest, ok := strings.Cut(b, "-"); ok && lexis.InSet(mid, "to", "through", "a") {
		b = rest // "the January-to-March quarter"
	}
	month := func(w string) int {
		if m, ok := monthsENMap[w]; ok && lang != "fr" && !monthAbbrev[w] {
			return m
		}
		if m, ok := monthsFR[w]; ok && lang != "en" && !monthAbbrev[w] {
			return m
		}
		return 0
	}
	m1, m2 := month(a), month(b)
	return m1, m2, m1 > 0 && m2 > m1
}

// matchMonthPair: "the October-December period", "the July-September
// quarter", «la période juillet-septembre»: two months in one hyphenated
// word, a stretch of one year.
func matchMonthPair(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "the", "la") {
		j++
	}
	m1, m2, ok := monthPair(toks, j, lang)
	if !ok {
		return false
	}
	first, second := newExpr(DateRelative), newExpr(DateRelative)
	first.month, second.month = m1, m2
	first.start, first.end, second.start, second.end = j, j+1, j, j+1
	e := newExpr(DateRange)
	e.from, e.to, e.end, e.Relative = &first, &second, j+1, true
	return out.set(e)
}

func matchRange(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// Its first end, a day, a month or a year, within seven words.
	if !anyWithin(toks, i, 7, func(t *lexis.Token) bool {
		return t.Kind == lexis.Number || t.Is(MonthName) || t.Fold == "premier" || t.Fold == "first"
	}) {
		return false
	}
	j := i
	var joiners []string
	switch {
	case lexis.FoldAt(toks, j) == "entre", lexis.FoldAt(toks, j) == "between":
		joiners = []string{"et", "and"}
		j++
	case lexis.FoldAt(toks, j) == "du", lexis.FoldAt(toks, j) == "de", lexis.FoldAt(toks, j) == "from", lexis.FoldAt(toks, j) == "d'":
		joiners = []string{"au", "a", "to", "until", "through", "-"}
		j++
	case lexis.FoldAt(toks, j) == "in" && lang != "fr" && toks[min(j+1, len(toks)-1)].Is(MonthName):
		// "won 39% of global orders in January to October": the months
		// from the first to the second.
		joiners = []string{"to", "through"}
		j++
	case lexis.FoldAt(toks, j) == "the" && lang != "fr" && j+4 < len(toks) && toks[j+1].Is(MonthName) && lexis.InSet(toks[j+2].Fold, "to", "through") &&
		toks[j+3].Is(MonthName) && lexis.InSet(toks[j+4].Fold, "period", "quarter", "months", "half", "season"):
		// "in the July to September period": the months from the first
		// to the second.
		joiners = []string{"to", "through"}
		j++
	case lexis.FoldAt(toks, j) == "les" && lang != "en":
		// "les 6 et 13 avril prochains": two days of one month ("les 21,
		// 22 et 23 novembre": the first to the last).
		d, k := dayAt(toks, j+1)
		for d > 0 && lexis.FoldAt(toks, k) == "," {
			if d2, k2 := dayAt(toks, k+1); d2 > 0 && (lexis.FoldAt(toks, k2) == "," || lexis.FoldAt(toks, k2) == "et") {
				k = k2
				continue
			}
			break
		}
		if d > 0 && lexis.FoldAt(toks, k) == "et" {
			var second DateExpr
			if matchDayMonth(toks, k+1, lang, &second) && second.weekday < 0 && d < second.day {
				first := newExpr(second.Kind)
				first.day, first.month, first.year, first.dir = d, second.month, second.year, second.dir
				first.start, first.end, second.start = i, k, k+1
				e := newExpr(DateRange)
				e.from, e.to, e.end, e.Relative = &first, &second, second.end, second.year == 0
				return out.set(e)
			}
		}
		return matchDashRange(toks, i+1, lang, out)
	case lexis.InSet(lexis.FoldAt(toks, j), "on", "le", "the"):
		return matchDashRange(toks, i+1, lang, out)
	default:
		// "January 9-12", "9-12 janvier".
		return matchDashRange(toks, i, lang, out)
	}
	firstStart := j
	if lexis.InSet(lexis.FoldAt(toks, j), "le", "the") {
		j++
	}
	// First end: a full date, a day alone, a month or a year.
	first, k, ok := rangeEnd(toks, j, lang)
	if !ok {
		return false
	}
	if !lexis.InSet(lexis.FoldAt(toks, k), joiners...) {
		return false
	}
	k++
	secondStart := k
	if lexis.InSet(lexis.FoldAt(toks, k), "le", "la", "the") {
		k++
	}
	second, end, ok := rangeEnd(toks, k, lang)
	if !ok {
		return false
	}
	first.start, first.end, second.start, second.end = firstStart, secondStart-1, secondStart, end
	// Fill in what the first end leaves to the second: "du 9 au 12 janvier".
	if first.month == 0 && first.day > 0 {
		first.month = second.month
	}
	if first.year == 0 && first.month > 0 {
		first.year = second.year
	}
	if first.month == 0 && first.year == 0 {
		return false
	}
	if second.month == 0 && second.day > 0 {
		second.month = first.month
		if second.year == 0 {
			second.year = first.year
		}
	}
	e := newExpr(DateRange)
	from, to := first, second // only a match's ends go to the heap
	e.from, e.to, e.end = &from, &to, end
	e.Relative = first.year == 0 || second.year == 0
	return out.set(e)
}

// matchWeekdayRange: "from Friday to Sunday", "between Monday and
// Wednesday", «du vendredi au dimanche», «de lundi à mercredi»: the days
// from the first weekday to the second, which ends the stretch (see
// Resolve).
func matchWeekdayRange(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if i > 0 && lexis.InSet(toks[i-1].Fold, "nuit", "night", "soiree") {
		return false // «dans la nuit de lundi à mardi»: one night, told elsewhere
	}
	var joiners []string
	switch lexis.FoldAt(toks, i) {
	case "between", "entre":
		joiners = []string{"and", "et"}
	case "from", "du", "de":
		joiners = []string{"to", "through", "until", "au", "a", "jusqu'au"}
	default:
		return false
	}
	j := i + 1
	if lexis.InSet(lexis.FoldAt(toks, j), "le", "the") {
		j++
	}
	wd1 := weekdayAt(toks, j, lang)
	if wd1 < 0 || j+2 >= len(toks) || !lexis.InSet(toks[j+1].Fold, joiners...) {
		return false
	}
	k := j + 2
	if lexis.InSet(lexis.FoldAt(toks, k), "le", "the") {
		k++
	}
	wd2 := weekdayAt(toks, k, lang)
	if wd2 < 0 || wd2 == wd1 {
		return false
	}
	first, second := newExpr(DateRelative), newExpr(DateRelative)
	first.weekday, second.weekday = wd1, wd2
	first.Relative, second.Relative = true, true
	first.start, first.end, second.start, second.end = i, j+1, j+2, k+1
	e := newExpr(DateRange)
	from, to := first, second
	e.from, e.to, e.end, e.Relative = &from, &to, k+1, true
	return out.set(e)
}

// rangeEnd reads one end of a range: "4 octobre [2021]", "9", "janvier
// [2021]", "2019", "October 4".
func rangeEnd(toks []lexis.Token, j int, lang string) (DateExpr, int, bool) {
	var e DateExpr
	month := func(m, k int) (DateExpr, int, bool) { // a month, and the year after it
		e := newExpr(DatePartial)
		e.month = m
		if y, ok := yearAt(toks, k); ok {
			e.year = y
			k++
		}
		return e, k, true
	}
	if w := lexis.FoldAt(toks, j); strings.HasPrefix(w, "mi-") || strings.HasPrefix(w, "mid-") || lexis.InSet(w, "early", "late") {
		// "between January and mid-October", «entre janvier et
		// mi-octobre», "from early January to late October": the month
		// that holds it
		k, m := j+1, 0
		if rest := w[strings.IndexByte(w, '-')+1:]; strings.Contains(w, "-") {
			if lang != "en" {
				m = monthsFR[rest]
			}
			if m == 0 && lang != "fr" {
				m = monthsENMap[rest]
			}
		} else {
			m, k = monthAt(toks, k, lang)
		}
		if m > 0 {
			return month(m, k)
		}
	}
	if matchDayMonth(toks, j, lang, &e) {
		return e, e.end, true
	}
	if m, k := monthAt(toks, j, lang); m > 0 {
		return month(m, k)
	}
	if y, ok := yearAt(toks, j); ok {
		e := newExpr(DateAbsolute)
		e.year = y
		return e, j + 1, true
	}
	if d, k := dayAt(toks, j); d > 0 {
		e := newExpr(DatePartial)
		e.day = d
		return e, k, true
	}
	return DateExpr{}, j, false
}

// matchDashRange: "January 9-12", "9-12 janvier 2021".
func matchDashRange(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if matchDayList(toks, i, lang, out) {
		return true
	}
	if d1, k := dayAt(toks, i); d1 > 0 && lexis.InSet(lexis.FoldAt(toks, k), "-", "au") {
		if d2, k2 := dayAt(toks, k+1); d2 > d1 {
			if m, k3 := monthAt(toks, k2, lang); m > 0 {
				first, second := newExpr(DatePartial), newExpr(DatePartial)
				first.day, first.month, second.day, second.month = d1, m, d2, m
				first.start, first.end, second.start = i, k, k+1
				end := k3
				if y, ok := yearAt(toks, k3); ok {
					first.year, second.year = y, y
					end++
				}
				second.end = end
				e := newExpr(DateRange)
				e.from, e.to, e.end, e.Relative = &first, &second, end, first.year == 0
				return out.set(e)
			}
		}
	}
	if m, k := monthAt(toks, i, lang); m > 0 {
		if d1, k2 := dayAt(toks, k); d1 > 0 && lexis.FoldAt(toks, k2) == "-" {
			if d2, k3 := dayAt(toks, k2+1); d2 > d1 {
				first, second := newExpr(DatePartial), newExpr(DatePartial)
				first.day, first.month, second.day, second.month = d1, m, d2, m
				first.start, first.end, second.start, second.end = i, k2, k2+1, k3
				end := k3
				if lexis.FoldAt(toks, end) == "," {
					if _, ok := yearAt(toks, end+1); ok {
						end++
					}
				}
				if y, ok := yearAt(toks, end); ok {
					first.year, second.year = y, y
					end++
				} else {
					end = k3
				}
				e := newExpr(DateRange)
				e.from, e.to, e.end, e.Relative = &first, &second, end, first.year == 0
				return out.set(e)
			}
		}
	}
	return false
}

// nthOrdinals are the ranks "the first Tuesday of November" can give a
// weekday in its month (-1: the last).
var nthOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "premier": 1, "premiere": 1,
	"deuxieme": 2, "troisieme": 3, "quatrieme": 4, "dernier": -1, "derniere": -1}

// matchNthWeekday: "the first Tuesday of November [2024]", "the last Sunday
// in October", "le premier dimanche de mars", "le dernier vendredi d'avril".
func matchNthWeekday(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "the", "le", "la") {
		j++
	}
	n, ok := nthOrdinals[lexis.FoldAt(toks, j)]
	if !ok {
		return false
	}
	wd := weekdayAt(toks, j+1, lang)
	if wd < 0 {
		return false
	}
	j += 2
	if !lexis.InSet(lexis.FoldAt(toks, j), "of", "in", "de", "d'", "du") {
		return false
	}
	m, k := monthAt(toks, j+1, lang)
	if m == 0 {
		return false
	}
	e := newExpr(DatePartial)
	e.weekday, e.month, e.nth, e.end = wd, m, n, k
	if y, ok := yearAt(toks, k); ok {
		e.year, e.Kind, e.end = y, DateAbsolute, k+1
	}
	return out.set(e)
}

// nthWeekdayAfter is the day offset days after nthWeekday (Black Friday:
// the day after the fourth Thursday of November).
func nthWeekdayAfter(y, m, wd, nth, offset int) Date {
	d := nthWeekday(y, m, wd, nth)
	if d.IsZero() || offset == 0 {
		return d
	}
	t := d.Start.AddDate(0, 0, offset)
	return Day(t.Year(), t.Month(), t.Day())
}

// nthWeekday returns the day of month m of year y that is its nth weekday
// wd (0 Sunday), counted from the end for a negative nth.
func nthWeekday(y, m, wd, nth int) Date {
	if nth > 0 {
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		d := 1 + (wd-int(first.Weekday())+7)%7 + 7*(nth-1)
		if d > DaysIn(y, m) {
			return Date{}
		}
		return Day(y, time.Month(m), d)
	}
	last := DaysIn(y, m)
	t := time.Date(y, time.Month(m), last, 0, 0, 0, 0, time.UTC)
	return Day(y, time.Month(m), last-(int(t.Weekday())-wd+7)%7)
}

// matchDayList: "6 and 13 April", "April 6 and 13", "November 21, 22 and
// 23", "21, 22 et 23 novembre": days of one month listed, from the first to
// the last (not "April 6 and 13 people": a list of days ends the phrase).
func matchDayList(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	list := func(k int) (int, int, int, bool) { // first day, last day, end
		d1, k := dayAt(toks, k)
		if d1 == 0 {
			return 0, 0, 0, false
		}
		last, and := d1, false
		for lexis.InSet(lexis.FoldAt(toks, k), ",", "and", "et") && !and {
			and = lexis.FoldAt(toks, k) != ","
			d, k2 := dayAt(toks, k+1)
			if d <= last {
				return 0, 0, 0, false
			}
			last, k = d, k2
		}
		return d1, last, k, and
	}
	build := func(d1, d2, m, end int) bool {
		first, second := newExpr(DatePartial), newExpr(DatePartial)
		first.day, first.month, second.day, second.month = d1, m, d2, m
		first.start, first.end, second.start, second.end = i, end, i, end
		if y, ok := yearAt(toks, end); ok {
			first.year, second.year = y, y
			end++
		} else if y, ok := yearAt(toks, end+1); ok && lexis.FoldAt(toks, end) == "," {
			first.year, second.year = y, y // "April 6 and 13, 2025"
			end += 2
		}
		e := newExpr(DateRange)
		e.from, e.to, e.end, e.Relative = &first, &second, end, first.year == 0
		return out.set(e)
	}
	if d1, d2, k, ok := list(i); ok {
		if m, k2 := monthAt(toks, k, lang); m > 0 {
			return build(d1, d2, m, k2)
		}
	}
	if m, k := monthAt(toks, i, lang); m > 0 {
		if d1, d2, k2, ok := list(k); ok && (k2 >= len(toks) || toks[k2].Kind == lexis.Punct || lexis.InSet(toks[k2].Fold, "in", "at", "a", "au", "en", "to", "for", "pour")) {
			return build(d1, d2, m, k2)
		}
	}
	return false
}

// matchDuration: "en l'espace de trois semaines", "en une seule journée",
// "en 24 heures", "pendant deux jours", "in 72 hours", "within three weeks",
// "over three weeks", "in the space of a week", "for two days".
func matchDuration(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// A unit of time ("jours", "72h") within twelve words.
	if !anyWithin(toks, i, 12, func(t *lexis.Token) bool {
		return t.Is(quantity.TimeUnit) || t.Kind == lexis.Number && t.Suffix() != "" ||
			t.Is(lexDateAnchor) && strings.IndexByte(t.Fold, '-') > 0 // "two-year"
	}) {
		return false
	}
	j, bare, past := i, false, false
	switch {
	case lexis.MatchWords(toks, j, "en", "l'", "espace", "de"), lexis.MatchWords(toks, j, "en", "l'", "espace", "d'"),
		lexis.MatchWords(toks, j, "in", "the", "space", "of"):
		j += 4
	case lexis.MatchWords(toks, j, "au", "cours", "des"):
		j += 3
	case lexis.InSet(lexis.FoldAt(toks, j), "in", "over", "for", "during", "within") && lexis.FoldAt(toks, j+1) == "the" && lexis.InSet(lexis.FoldAt(toks, j+2), "past", "last", "next", "coming"):
		// "over the past few weeks", "in the past decade", "over the next
		// four years": TimeML keeps "the past" in the span.
		j += 3
		past = true
	case lexis.InSet(lexis.FoldAt(toks, j), "en", "in", "pendant", "durant", "within", "over", "for", "sur"):
		j++
	case lexis.InSet(lexis.FoldAt(toks, j), "environ", "nearly", "almost", "presque"):
		j++ // kept in the span, as TimeML does ("environ une heure")
	default:
		// An adjective of length: "a two-year contract", "its 41-year
		// history".
		if n, u, end, ok := lengthAdjectiveAt(toks, i); ok {
			e := newExpr(DateDuration)
			e.n, e.unit, e.end, e.Duration = n, u, end, isoDuration(n, u)
			return out.set(e)
		}
		// A bare count of a unit of time: "six mois", "trois ans", "quinze
		// minutes", "plusieurs jours", "a two hour stoppage"; not after "il
		// y a" or "dans" (read as dates), nor as part of a larger figure
		// ("2 000 heures").
		if i > 0 && (toks[i-1].Kind == lexis.Number || lexis.InSet(toks[i-1].Fold, "dans", "ago", "les", "des", "ces", "the") ||
			toks[i-1].Fold == "a" && lang != "en" && !lexis.InSet(toks[i].Fold, "plusieurs", "quelques")) ||
			lexis.InSet(toks[i].Fold, "a", "an", "un", "une", "one") || toks[i].Kind == lexis.Number && toks[i].Suffix() != "" {
			return false
		}
		bare = true
	}
	// "Pierre, 38 ans,", "un homme de 53 ans", "(17 ans)", "les 6-16 ans": an age, not a stretch of time.
	if bare && i > 0 && lexis.InSet(toks[i-1].Fold, "de", "d'", ",", "(", "-", "age", "agee", "ages", "agees", "aged") && lexis.InSet(lexis.FoldAt(toks, i+1), "ans", "an") {
		return false
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "moins", "less", "under") {
		j++
		if lexis.InSet(lexis.FoldAt(toks, j), "de", "d'", "than") {
			j++
		}
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "les", "the") && lexis.FoldAt(toks, i) != "in" {
		j++
	}
	n, u, end, ok := countUnitAt(toks, j)
	if !ok {
		// "plusieurs jours", "quelques mois", "depuis des années", "the
		// past few weeks", "over the years"; "the past decade" is one.
		n, u, end, ok = vagueUnitAt(toks, j, !bare || i > 0 && lexis.InSet(toks[i-1].Fold, "depuis", "pendant", "durant"))
		if !ok && past && j < len(toks) && lexis.InSet(toks[j].Fold, "decade", "year", "month", "week", "century") {
			n, u, end, ok = 1, timeUnit(toks[j].Fold), j+1, true
		}
	}
	if !ok || bare && lexis.InSet(lexis.FoldAt(toks, end-1), "h", "min", "mins") {
		return false // "18 h" tells the time
	}
	if lang == "en" && lexis.InSet(lexis.FoldAt(toks, end-1), "an", "ans") {
		return false // "$31 an ounce": English's article, no French year
	}
	e := newExpr(DateDuration)
	e.n, e.unit, e.end, e.Duration = n, u, end, isoDuration(n, u)
	return out.set(e)
}

// isoDuration writes n units as an ISO 8601 duration, X for a vague count
// (n < 0): "P3W", "PT72H", "P10Y" for a decade, "PXM" for "quelques mois".
func isoDuration(n int, u string) string {
	count := "X"
	switch u {
	case "E":
		u, n = "Y", 10*n
	case "C":
		u, n = "Y", 100*n
	}
	if n > 0 {
		count = strconv.Itoa(n)
	}
	if u == "h" || u == "m" {
		return "PT" + count + strings.ToUpper(u)
	}
	return "P" + count + u
}

// vagueUnitAt reads a vague count of a unit of time, in the plural:
// "plusieurs jours", "quelques mois", "several weeks", "a few days", "many
// years", "les années"; "des"/"the" with a bare plural only when loose is
// set (after a preposition: "depuis des années", "over the years"). The
// count it returns is -1.
func vagueUnitAt(toks []lexis.Token, j int, loose bool) (int, string, int, bool) {
	switch w := lexis.FoldAt(toks, j); {
	case lexis.InSet(w, "plusieurs", "quelques", "several", "few", "many"):
		j++
	case w == "a" && lexis.FoldAt(toks, j+1) == "few", w == "the" && lexis.FoldAt(toks, j+1) == "many":
		j += 2
	case loose && lexis.InSet(w, "des", "the"):
		j++
	case loose && j > 0 && lexis.InSet(toks[j-1].Fold, "the", "des", "past", "last"):
	default:
		return 0, "", j, false
	}
	if j >= len(toks) {
		return 0, "", j, false
	}
	w := toks[j].Fold
	u, ok := quantity.TimeUnitOf(w)
	if !ok || !strings.HasSuffix(w, "s") || u == "Q" {
		return 0, "", j, false
	}
	return -1, u, j + 1, true
}

// lengthAdjectiveAt reads a length used as an adjective: "two-year",
// "41-year", "30-day".
func lengthAdjectiveAt(toks []lexis.Token, i int) (int, string, int, bool) {
	t := toks[i]
	if t.Kind == lexis.Number && t.Suffix() == "" && i+2 < len(toks) && toks[i+1].Text == "-" && !toks[i+1].Space && !toks[i+2].Space {
		if u, ok := quantity.TimeUnitOf(toks[i+2].Fold); ok && !strings.HasSuffix(toks[i+2].Fold, "s") && u != "Q" {
			if n := atoi(t.Text); n > 0 {
				return n, u, i + 3, true
			}
		}
		return 0, "", i, false
	}
	if t.Kind != lexis.Word {
		return 0, "", i, false
	}
	k := strings.LastIndexByte(t.Fold, '-')
	if k <= 0 {
		return 0, "", i, false
	}
	u, ok := quantity.TimeUnitOf(t.Fold[k+1:])
	n, _ := quantity.UnitWord(t.Fold[:k])
	if !ok || u == "Q" || n <= 1 || strings.HasSuffix(t.Fold, "s") {
		return 0, "", i, false
	}
	return n, u, i + 1, true
}

// Resolve fixes e.Date from the fields the words gave and the reference
// date ref (again, when the reference changed).
func Resolve(e *DateExpr, ref Date) {
	// A date outside years 1–9999 ("l'année prochaine" in a text dated
	// 9999, "il y a trois jours" on 0001-01-01) is left unresolved.
	defer func() {
		if !e.Date.IsZero() && !e.Date.Valid() {
			e.Date = Date{}
		}
	}()
	switch e.Kind {
	case DateDuration, DateClock:
		return
	case DateRange:
		if e.from.weekday >= 0 && e.to.weekday >= 0 && e.from.month == 0 && e.to.month == 0 && e.from.day == 0 && e.to.day == 0 {
			// "from Friday to Sunday": the second day ends the stretch,
			// the first is the last of its name before it.
			Resolve(e.to, ref)
			if !e.to.Date.IsZero() {
				end := e.to.Date.Start
				back := (int(end.Weekday()) - e.from.weekday + 7) % 7
				t := end.AddDate(0, 0, -back)
				if e.to.dir <= 0 && !ref.IsZero() && !t.AddDate(0, 0, 7).After(ref.Start) && !end.AddDate(0, 0, 7).Before(ref.Start) {
					// "The exhibition, which runs from Friday to Sunday",
					// said on the Saturday: this week's, under way
					t, end = t.AddDate(0, 0, 7), end.AddDate(0, 0, 7)
					e.to.Date = Day(end.Year(), end.Month(), end.Day())
				}
				if e.to.dir > 0 && t.Before(ref.Start) {
					// "will be closed from Monday to Wednesday", said on a
					// Wednesday: next week's
					t, end = t.AddDate(0, 0, 7), end.AddDate(0, 0, 7)
					e.to.Date = Day(end.Year(), end.Month(), end.Day())
				}
				e.from.Date = Day(t.Year(), t.Month(), t.Day())
				e.Date = Between(e.from.Date, e.to.Date)
			}
			return
		}
		yearless := e.to.year == 0 && e.from.year == 0 // (before the end takes the start's year, below)
		Resolve(e.from, ref)
		if e.to.year == 0 && e.from.year == 0 && e.to.month > 0 && e.from.month > 0 && !e.from.Date.IsZero() {
			// "entre mai et septembre", "from November to February": the
			// end follows the start, in its year or the next, whatever
			// the reference (not September of the year before May).
			e.to.year = e.from.Date.Start.Year()
			if e.to.month < e.from.month || e.to.month == e.from.month && e.to.day > 0 && e.to.day < e.from.day {
				e.to.year++
			}
		}
		Resolve(e.to, ref)
		if !e.from.Date.IsZero() && !e.to.Date.IsZero() {
			if yearless && e.from.month > 0 && e.from.day == 0 && e.to.day == 0 && e.from.dir <= 0 && e.to.dir <= 0 && !ref.IsZero() && e.from.Date.Start.After(ref.End) {
				// "counted 2,100 deaths between June and September", said
				// in May: news tells of the past unless the tense says
				// otherwise (see setTense), so the last such stretch.
				e.from.Date, e.to.Date = e.from.Date.ShiftYears(-1), e.to.Date.ShiftYears(-1)
			}
			e.Date = Between(e.from.Date, e.to.Date)
			if e.to.year == 0 && e.from.year == 0 && e.Date.End.Before(e.Date.Start) {
				e.Date = Date{}
			}
		}
		return
	}
	if e.shifted && e.year == 0 && !ref.IsZero() {
		e.year = ref.End.Year() + e.yearShift // "the second quarter of next year"
	}
	if e.rel == "quarter" && e.year > 0 {
		e.Date = Between(MonthOf(e.year, time.Month(3*(e.n-1)+1)), MonthOf(e.year, time.Month(3*e.n)))
		return
	}
	if e.rel == "decade" || e.rel == "century" || e.rel == "season" || e.rel == "playing-season" || e.rel == "half" || e.rel == "half-of-month" || e.rel == "months-to" || e.rel == "span-to-day" || e.rel == "month-of-year" || e.rel == "week-of-month" || e.rel == "first-months" || e.rel == "last-months" {
		e.Date = resolvePeriod(e, ref)
		return
	}
	if e.rel != "" {
		e.Date = resolveRelative(e, ref)
		return
	}
	if e.weekday >= 0 && e.month == 0 {
		e.Date = resolveWeekday(e, ref)
		return
	}
	if e.nth != 0 && e.weekday >= 0 && e.month > 0 {
		y := e.year
		if y == 0 {
			if y = guessYear(e, ref); y == 0 {
				return
			}
		}
		e.Date = nthWeekdayAfter(y, e.month, e.weekday, e.nth, e.nthOffset)
		if e.year == 0 && ref.Precision == claim.PrecisionDay && !e.Date.IsZero() {
			// (the day itself, ahead or behind as the clause's tense says:
			// "the clocks went back on the last Sunday in October")
			switch {
			case e.dir > 0 && e.Date.Start.Before(ref.Start):
				e.Date = nthWeekdayAfter(e.Date.Start.Year()+1, e.month, e.weekday, e.nth, e.nthOffset)
			case e.dir <= 0 && e.Date.Start.After(ref.End):
				e.Date = nthWeekdayAfter(e.Date.Start.Year()-1, e.month, e.weekday, e.nth, e.nthOffset)
			}
		}
		return
	}
	y := e.year
	if y == 0 {
		y = guessYear(e, ref)
		if y == 0 {
			return
		}
		e.Relative = true
	}
	switch {
	case e.month > 0 && e.day > 0:
		if e.day > DaysIn(y, e.month) {
			return
		}
		e.Date = Day(y, time.Month(e.month), e.day)
	case e.month > 0:
		e.Date = MonthOf(y, time.Month(e.month))
		e.Date = applyPart(e.Date, e.part, claim.PrecisionMonth)
	default:
		e.Date = YearOf(y)
		e.Date = applyPart(e.Date, e.part, claim.PrecisionYear)
	}
}

// applyPart narrows a month or year to its early, mid or late part, marked
// approximate: "début octobre" is 1–10 October, "fin 2020" October–December.
func applyPart(d Date, part string, p claim.Precision) Date {
	if part == "" {
		return d
	}
	s := d.Start
	var a, b time.Time
	if p == claim.PrecisionMonth {
		last := d.End.Day()
		switch part {
		case "early":
			a, b = s, s.AddDate(0, 0, 9)
		case "mid":
			a, b = s.AddDate(0, 0, 10), s.AddDate(0, 0, 19)
		default:
			a, b = s.AddDate(0, 0, 20), s.AddDate(0, 0, last-1)
		}
		return Date{Start: a, End: b, Precision: claim.PrecisionDay, Range: true, Approx: true}
	}
	switch part {
	case "early":
		a, b = s, s.AddDate(0, 3, -1)
	case "mid":
		a, b = s.AddDate(0, 4, 0), s.AddDate(0, 8, -1)
	default:
		a, b = s.AddDate(0, 9, 0), s.AddDate(1, 0, -1)
	}
	return Date{Start: a, End: b, Precision: claim.PrecisionMonth, Range: true, Approx: true}
}

// guessYear gives a date without a year the year that puts it at or before
// the reference (news reads dates in the past), honouring "dernier" and
// "prochain" and, when a weekday is given, the year in which it falls on it.
func guessYear(e *DateExpr, ref Date) int {
	if ref.IsZero() || e.month <= 0 {
		return 0
	}
	ry, rm := ref.End.Year(), int(ref.End.Month())
	if ref.Precision == claim.PrecisionYear {
		return ry
	}
	if e.weekday >= 0 && e.day > 0 {
		// The year nearest the reference in which the date falls on that weekday.
		for dy := 0; dy <= 11; dy++ {
			for _, y := range []int{ry - dy, ry + dy} {
				if dy > 0 && y == ry+dy && y > ry+1 {
					continue
				}
				if e.day <= DaysIn(y, e.month) && int(time.Date(y, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC).Weekday()) == e.weekday {
					return y
				}
			}
		}
	}
	switch {
	case e.dir < 0:
		// "le 6 mai dernier" said on 27 May is this year's.
		if e.month < rm || e.month == rm && e.day > 0 && e.day < ref.End.Day() {
			return ry
		}
		return ry - 1
	case e.dir > 0 && e.tense:
		// Read in the future by its clause: on or after the reference.
		day := max(e.day, 1)
		if e.day == 0 && e.month == rm || day <= DaysIn(ry, e.month) && !time.Date(ry, time.Month(e.month), day, 0, 0, 0, 0, time.UTC).Before(ref.Start) {
			return ry
		}
		return ry + 1
	case e.dir > 0:
		// "le 16 juillet prochain" said on 5 July is this year's.
		if e.month > rm || e.month == rm && e.day > 0 && e.day > ref.End.Day() {
			return ry
		}
		return ry + 1
	}
	// The past, except for the coming month: a February article's "15
	// février" or "en mars" is this year's, its "en octobre" last year's.
	day := max(e.day, 1)
	if day > DaysIn(ry, e.month) {
		day = DaysIn(ry, e.month)
	}
	if time.Date(ry, time.Month(e.month), day, 0, 0, 0, 0, time.UTC).After(ref.End.AddDate(0, 0, 31)) {
		return ry - 1
	}
	return ry
}

// resolveWeekday resolves "lundi" to the most recent Monday on or before the
// reference ("lundi dernier" strictly before, "lundi prochain" after), and
// "mardi 12" to the Tuesday the 12th nearest the reference.
func resolveWeekday(e *DateExpr, ref Date) Date {
	if ref.Precision != claim.PrecisionDay && !(e.day > 0 && ref.Precision == claim.PrecisionMonth) {
		return Date{}
	}
	r := ref.End
	if e.day > 0 {
		for dm := 0; dm <= 12; dm++ {
			for _, m := range []int{-dm, dm} {
				t := time.Date(r.Year(), r.Month()+time.Month(m), 1, 0, 0, 0, 0, time.UTC)
				if e.day <= DaysIn(t.Year(), int(t.Month())) {
					d := time.Date(t.Year(), t.Month(), e.day, 0, 0, 0, 0, time.UTC)
					if int(d.Weekday()) == e.weekday {
						return Day(d.Year(), d.Month(), d.Day())
					}
				}
			}
		}
		return Date{}
	}
	if e.week != 0 {
		monday := r.AddDate(0, 0, -((int(r.Weekday())+6)%7)+7*e.week)
		t := monday.AddDate(0, 0, (e.weekday+6)%7)
		return Day(t.Year(), t.Month(), t.Day())
	}
	diff := (int(r.Weekday()) - e.weekday + 7) % 7
	switch {
	case e.dir > 0:
		ahead := (e.weekday - int(r.Weekday()) + 7) % 7
		if ahead == 0 && !e.tense {
			ahead = 7 // "lundi prochain" said on a Monday; but "will land on Monday" is today
		}
		t := r.AddDate(0, 0, ahead)
		return Day(t.Year(), t.Month(), t.Day())
	case e.dir < 0 && diff == 0:
		diff = 7
	}
	t := r.AddDate(0, 0, -diff)
	return Day(t.Year(), t.Month(), t.Day())
}

// resolveRelative resolves "hier", "l'an dernier", "il y a 3 jours", ...
func resolveRelative(e *DateExpr, ref Date) Date {
	if ref.IsZero() {
		return Date{}
	}
	r := ref.End
	y, m := r.Year(), r.Month()
	needDay := func(d Date) Date {
		if ref.Precision != claim.PrecisionDay {
			// Only the month (or year) of the reference is known.
			return coarsen(d, ref.Precision)
		}
		return d
	}
	day := func(t time.Time) Date { return needDay(Day(t.Year(), t.Month(), t.Day())) }
	switch e.rel {
	case "today":
		return day(r)
	case "yesterday":
		return day(r.AddDate(0, 0, -1))
	case "day-before":
		return day(r.AddDate(0, 0, -2))
	case "tomorrow":
		return day(r.AddDate(0, 0, 1))
	case "day-after":
		return day(r.AddDate(0, 0, 2))
	case "in":
		switch e.unit {
		case "D":
			return day(r.AddDate(0, 0, e.n))
		case "W":
			return day(r.AddDate(0, 0, 7*e.n))
		case "M":
			t := r.AddDate(0, e.n, 0)
			return coarsen(MonthOf(t.Year(), t.Month()), ref.Precision)
		case "Y":
			return YearOf(y + e.n)
		case "E":
			return YearOf(y + 10*e.n)
		}
		return Date{}
	case "this-week", "last-week", "next-week":
		if ref.Precision != claim.PrecisionDay {
			return coarsen(MonthOf(y, m), ref.Precision)
		}
		start := r.AddDate(0, 0, -((int(r.Weekday()) + 6) % 7))
		switch e.rel {
		case "last-week":
			start = start.AddDate(0, 0, -7)
		case "next-week":
			start = start.AddDate(0, 0, 7)
		}
		return Between(Day(start.Year(), start.Month(), start.Day()), Day(start.AddDate(0, 0, 6).Year(), start.AddDate(0, 0, 6).Month(), start.AddDate(0, 0, 6).Day()))
	case "last-days":
		if ref.Precision != claim.PrecisionDay {
			return coarsen(MonthOf(y, m), ref.Precision)
		}
		a := r.AddDate(0, 0, -6)
		d := Between(Day(a.Year(), a.Month(), a.Day()), Day(y, m, r.Day()))
		d.Approx = true
		return d
	case "this-month":
		return coarsen(MonthOf(y, m), ref.Precision)
	case "earlier-this-month":
		if ref.Precision != claim.PrecisionDay {
			return coarsen(MonthOf(y, m), ref.Precision)
		}
		d := Between(Day(y, m, 1), Day(y, m, r.Day()))
		d.Approx = true
		return d
	case "last-month":
		t := time.Date(y, m-1, 1, 0, 0, 0, 0, time.UTC)
		return coarsen(MonthOf(t.Year(), t.Month()), ref.Precision)
	case "next-month":
		t := time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC)
		return coarsen(MonthOf(t.Year(), t.Month()), ref.Precision)
	case "this-year":
		return YearOf(y)
	case "last-year":
		return YearOf(y - 1)
	case "next-year":
		return YearOf(y + 1)
	case "earlier-this-year":
		if ref.Precision == claim.PrecisionYear {
			return YearOf(y)
		}
		d := Between(MonthOf(y, 1), MonthOf(y, m))
		d.Approx = true
		return d
	case "early-this-year":
		return applyPart(YearOf(y), "early", claim.PrecisionYear)
	case "earlier-this-week":
		if ref.Precision != claim.PrecisionDay {
			return coarsen(MonthOf(y, m), ref.Precision)
		}
		mon := r.AddDate(0, 0, -((int(r.Weekday()) + 6) % 7))
		d := Between(Day(mon.Year(), mon.Month(), mon.Day()), Day(y, m, r.Day()))
		d.Approx = true
		return d
	case "early-last-year":
		return applyPart(YearOf(y-1), "early", claim.PrecisionYear)
	case "late-last-year":
		return applyPart(YearOf(y-1), "late", claim.PrecisionYear)
	case "this-weekend", "last-weekend", "next-weekend", "past-weekend", "coming-weekend":
		// The weekend of the reference's week (Saturday and Sunday), or the
		// one before or after it; "over the weekend", the last one the
		// reference is in or follows.
		if ref.Precision != claim.PrecisionDay {
			return coarsen(MonthOf(y, m), ref.Precision)
		}
		sat := r.AddDate(0, 0, 5-(int(r.Weekday())+6)%7)
		switch e.rel {
		case "last-weekend":
			sat = sat.AddDate(0, 0, -7)
		case "next-weekend":
			sat = sat.AddDate(0, 0, 7)
		case "past-weekend":
			sat = r.AddDate(0, 0, -((int(r.Weekday()) + 1) % 7))
		case "coming-weekend":
			// "will meet union leaders at the weekend": the reference's
			// own weekend, else the next one.
			if r.Weekday() == time.Sunday {
				sat = r.AddDate(0, 0, -1)
			} else {
				sat = r.AddDate(0, 0, 6-int(r.Weekday()))
			}
		}
		sun := sat.AddDate(0, 0, 1)
		return Between(Day(sat.Year(), sat.Month(), sat.Day()), Day(sun.Year(), sun.Month(), sun.Day()))
	case "late-this-year":
		return applyPart(YearOf(y), "late", claim.PrecisionYear)
	case "this-quarter":
		q := (int(m)-1)/3 + 1
		return Between(MonthOf(y, time.Month(3*(q-1)+1)), MonthOf(y, time.Month(3*q)))
	case "prev-quarter":
		// The quarter before the reference's.
		q := (int(m)-1)/3 + 1
		qy := y
		if q--; q == 0 {
			q, qy = 4, y-1
		}
		return Between(MonthOf(qy, time.Month(3*(q-1)+1)), MonthOf(qy, time.Month(3*q)))
	case "quarter":
		// The last such quarter that has begun by the reference; told
		// ahead, the next one not long over ("expects sales to stabilise
		// in the fourth quarter", said in July: this year's).
		qy := y
		if int(m) < 3*(e.n-1)+1 {
			qy--
		}
		if e.toldInPast && e.dir == 0 && qy == y && barelyBegun(MonthOf(qy, time.Month(3*(e.n-1)+1)).Start, MonthOf(qy, time.Month(3*e.n)).End, ref) {
			qy-- // (told in the past in January, "the first quarter" is last year's: this year's has barely begun)
		}
		if e.dir > 0 {
			// (a quarter over less than two months before is still the
			// one results are told of: "would take a charge in the third
			// quarter", said in October)
			qy = y
			if int(m) > 3*e.n+2 {
				qy = y + 1
			}
		}
		return Between(MonthOf(qy, time.Month(3*(e.n-1)+1)), MonthOf(qy, time.Month(3*e.n)))
	case "ago":
		var t time.Time
		switch e.unit {
		case "D":
			t = r.AddDate(0, 0, -e.n)
		case "W":
			t = r.AddDate(0, 0, -7*e.n)
		case "M":
			t = r.AddDate(0, -e.n, 0)
			return coarsen(MonthOf(t.Year(), t.Month()), ref.Precision)
		case "Q":
			t = r.AddDate(0, -3*e.n, 0)
			return coarsen(MonthOf(t.Year(), t.Month()), ref.Precision)
		case "Y":
			return YearOf(y - e.n)
		case "E":
			return YearOf(y - 10*e.n)
		case "C":
			return YearOf(y - 100*e.n)
		default:
			t = r
		}
		return day(t)
	}
	return Date{}
}

// coarsen lowers d's precision to at most p (keeping its start's month or year).
func coarsen(d Date, p claim.Precision) Date {
	if d.Precision <= p || p == claim.PrecisionNone {
		return d
	}
	if p == claim.PrecisionMonth {
		c := MonthOf(d.Start.Year(), d.Start.Month())
		c.Approx = true
		return c
	}
	c := YearOf(d.Start.Year())
	c.Approx = true
	return c
}

// dateDirection returns the way e points: from its cue words or its clause's
// tense, else from where its date falls against the reference.
func dateDirection(e *DateExpr, ref Date) Direction {
	switch {
	case e.Kind == DateDuration:
		return DirNone
	case e.dir < 0:
		return DirPast
	case e.dir > 0:
		return DirFuture
	}
	switch e.rel {
	case "today", "this-week", "this-month", "this-quarter", "this-year":
		return DirPresent
	case "":
		if e.Timex == "PRESENT_REF" {
			return DirPresent
		}
	case "this-weekend":
		return DirPresent
	case "last-weekend", "past-weekend", "early-last-year", "late-last-year":
		return DirPast
	case "next-weekend", "coming-weekend":
		return DirFuture
	case "earlier-this-week":
		return DirPast
	case "yesterday", "day-before", "last-week", "last-days", "last-month", "last-year", "ago", "earlier-this-month", "earlier-this-year":
		return DirPast
	case "tomorrow", "day-after", "next-week", "next-month", "next-year", "in":
		return DirFuture
	}
	if e.Date.IsZero() || ref.IsZero() || e.Kind == DateAbsolute {
		return DirNone
	}
	switch {
	case e.Date.End.Before(ref.Start):
		return DirPast
	case e.Date.Start.After(ref.End):
		return DirFuture
	}
	return DirPresent
}

// timeUnit returns the TimeML letter of folded unit of time w, "" when w is
// none (see quantity.TimeUnitOf).
func timeUnit(w string) string {
	u, _ := quantity.TimeUnitOf(w)
	return u
}

// barelyBegun reports whether the period [start, end] had begun by the
// reference but less than half of it had gone by: a period told with no
// future is then the last one over, not one hardly under way ("sales fell
// 4% in the first quarter", said on January 29: last year's).
func barelyBegun(start, end time.Time, ref Date) bool {
	if ref.IsZero() || ref.End.Before(start) || !ref.End.Before(end) {
		return false
	}
	return ref.End.Sub(start) < end.Sub(start)/2
}
