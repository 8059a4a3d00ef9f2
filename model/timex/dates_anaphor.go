package timex

import (
	"github.com/claimline/claimline/model/claim"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// anaphorWords are the phrases that date something from the date the text
// spoke of last ("la veille", "the following year"): an offset of n units
// ("D", "W", "M", "Y") from that date, and the part of its day they name
// ("dans la soirée").
var anaphorWords = []struct {
	words []string
	lang  string
	n     int
	unit  string
	part  string
}{
	{[]string{"la", "veille"}, "fr", -1, "D", ""}, {[]string{"l'", "avant-veille"}, "fr", -2, "D", ""},
	{[]string{"le", "lendemain"}, "fr", 1, "D", ""}, {[]string{"le", "surlendemain"}, "fr", 2, "D", ""},
	{[]string{"le", "meme", "jour"}, "fr", 0, "D", ""}, {[]string{"le", "jour", "meme"}, "fr", 0, "D", ""},
	{[]string{"ce", "jour-la"}, "fr", 0, "D", ""}, {[]string{"le", "jour", "suivant"}, "fr", 1, "D", ""},
	{[]string{"le", "jour", "precedent"}, "fr", -1, "D", ""},
	{[]string{"la", "semaine", "suivante"}, "fr", 1, "W", ""}, {[]string{"la", "semaine", "precedente"}, "fr", -1, "W", ""},
	{[]string{"le", "mois", "suivant"}, "fr", 1, "M", ""}, {[]string{"le", "mois", "precedent"}, "fr", -1, "M", ""},
	{[]string{"l'", "annee", "suivante"}, "fr", 1, "Y", ""}, {[]string{"l'", "annee", "precedente"}, "fr", -1, "Y", ""},
	{[]string{"l'", "annee", "d'", "apres"}, "fr", 1, "Y", ""}, {[]string{"l'", "annee", "d'", "avant"}, "fr", -1, "Y", ""},
	{[]string{"la", "meme", "annee"}, "fr", 0, "Y", ""}, {[]string{"cette", "annee-la"}, "fr", 0, "Y", ""},
	{[]string{"le", "matin", "meme"}, "fr", 0, "D", "MO"}, {[]string{"le", "soir", "meme"}, "fr", 0, "D", "EV"},
	{[]string{"la", "nuit"}, "fr", 0, "D", "NI"}, {[]string{"la", "soiree"}, "fr", 0, "D", "EV"},
	{[]string{"la", "matinee"}, "fr", 0, "D", "MO"}, {[]string{"l'", "apres-midi"}, "fr", 0, "D", "AF"},
	{[]string{"la", "journee"}, "fr", 0, "D", "DT"},
	{[]string{"the", "day", "before"}, "en", -1, "D", ""}, {[]string{"the", "previous", "day"}, "en", -1, "D", ""},
	{[]string{"the", "day", "after"}, "en", 1, "D", ""}, {[]string{"the", "next", "day"}, "en", 1, "D", ""},
	{[]string{"the", "following", "day"}, "en", 1, "D", ""}, {[]string{"the", "same", "day"}, "en", 0, "D", ""},
	{[]string{"the", "following", "week"}, "en", 1, "W", ""}, {[]string{"the", "previous", "week"}, "en", -1, "W", ""},
	{[]string{"the", "following", "month"}, "en", 1, "M", ""}, {[]string{"the", "previous", "month"}, "en", -1, "M", ""},
	{[]string{"the", "following", "year"}, "en", 1, "Y", ""}, {[]string{"the", "previous", "year"}, "en", -1, "Y", ""},
	{[]string{"the", "year", "before"}, "en", -1, "Y", ""}, {[]string{"the", "year", "after"}, "en", 1, "Y", ""},
	{[]string{"the", "same", "year"}, "en", 0, "Y", ""}, {[]string{"that", "year"}, "en", 0, "Y", ""},
	{[]string{"the", "same", "month"}, "en", 0, "M", ""}, {[]string{"that", "month"}, "en", 0, "M", ""},
	{[]string{"the", "same", "week"}, "en", 0, "W", ""}, {[]string{"that", "week"}, "en", 0, "W", ""},
	{[]string{"le", "meme", "mois"}, "fr", 0, "M", ""}, {[]string{"la", "meme", "semaine"}, "fr", 0, "W", ""},
	// "in the quarter", «sur le trimestre»: the quarter told of last
	{[]string{"in", "the", "quarter"}, "en", 0, "Q", ""}, {[]string{"during", "the", "quarter"}, "en", 0, "Q", ""},
	{[]string{"for", "the", "quarter"}, "en", 0, "Q", ""}, {[]string{"over", "the", "quarter"}, "en", 0, "Q", ""},
	{[]string{"that", "quarter"}, "en", 0, "Q", ""}, {[]string{"sur", "le", "trimestre"}, "fr", 0, "Q", ""},
	{[]string{"ce", "trimestre-la"}, "fr", 0, "Q", ""},
	// "in the half", «sur le semestre»: the half told of last
	{[]string{"in", "the", "half"}, "en", 0, "H", ""}, {[]string{"during", "the", "half"}, "en", 0, "H", ""},
	{[]string{"for", "the", "half"}, "en", 0, "H", ""}, {[]string{"over", "the", "half"}, "en", 0, "H", ""},
	{[]string{"sur", "le", "semestre"}, "fr", 0, "H", ""}, {[]string{"au", "cours", "du", "semestre"}, "fr", 0, "H", ""},
	// "for the year", «sur l'année»: the year told of last (its fiscal
	// year, if one was)
	{[]string{"for", "the", "year"}, "en", 0, "YT", ""}, {[]string{"over", "the", "year"}, "en", 0, "YT", ""},
	{[]string{"in", "the", "year"}, "en", 0, "YT", ""}, {[]string{"during", "the", "year"}, "en", 0, "YT", ""},
	{[]string{"sur", "l'", "annee"}, "fr", 0, "YT", ""}, {[]string{"sur", "l'", "ensemble", "de", "l'", "annee"}, "fr", 0, "YT", ""},
	{[]string{"au", "cours", "de", "l'", "annee"}, "fr", 0, "YT", ""},
	// "over the period", «sur la période»: the period told of last
	{[]string{"over", "the", "period"}, "en", 0, "P", ""}, {[]string{"during", "the", "period"}, "en", 0, "P", ""},
	{[]string{"in", "the", "period"}, "en", 0, "P", ""}, {[]string{"sur", "la", "periode"}, "fr", 0, "P", ""},
	{[]string{"au", "cours", "de", "la", "periode"}, "fr", 0, "P", ""}, {[]string{"pendant", "la", "periode"}, "fr", 0, "P", ""},
}

// quarterEndVerbs reach the end of a quarter as "the quarter" after
// them names it: "ended the quarter with", «a terminé le trimestre».
var quarterEndVerbs = lexis.SetOf("ended", "ends", "closed", "closes", "finished", "finishes", "exited", "termine", "clos", "cloture", "acheve", "fini", "finit", "termine")

// quarterAnaphorEnds are the words after "the quarter" that make it a
// quarter of its own ("the quarter to June 30", "the quarter ending in
// September", «le trimestre précédent»), no anaphor.
var quarterAnaphorEnds = lexis.SetOf("to", "ending", "ended", "through", "of", "before", "after", "ahead", "just", "de", "du", "d'",
	"precedent", "suivant", "prochain", "dernier", "en", "a", "current", "courant", "en cours")

// halfRange reports whether d is six months, a year's half or a fiscal
// year's.
func halfRange(d Date) bool {
	return d.Range && d.Precision == claim.PrecisionMonth && d.Start.AddDate(0, 5, 0).Equal(time.Date(d.End.Year(), d.End.Month(), 1, 0, 0, 0, 0, time.UTC))
}

// quarterRange reports whether d is one calendar quarter.
func quarterRange(d Date) bool {
	return d.Range && d.Precision == claim.PrecisionMonth && d.Start.Year() == d.End.Year() && d.Start.Month()%3 == 1 && d.End.Month() == d.Start.Month()+2
}

// anchorApposedQuarter dates a fiscal quarter or half set in apposition
// right after the span of months it names ("in the three months to Nov.
// 30, its fiscal first quarter"): those months, not the calendar's.
func anchorApposedQuarter(text string, out []DateExpr) {
	for k := 1; k < len(out); k++ {
		e, x := &out[k], &out[k-1]
		months := map[string]int{"quarter": 3, "half": 6}[e.rel]
		if months == 0 || !e.fiscal || e.year != 0 || x.rel != "months-to" || x.n != months || x.Date.IsZero() || e.Span.Start < x.Span.End {
			continue
		}
		between := strings.TrimSpace(text[x.Span.End:e.Span.Start])
		if lexis.InSet(lexis.Fold(between), ", its fiscal", ", its", ", the fiscal", ", the", ", son", ", soit son", ", soit le") {
			e.Date = x.Date
		}
	}
}

// anchorEndedQuarter dates a quarter or a half whose end the text gives
// right after it ("in the fiscal second quarter, which ended March 29",
// "the quarter ending June 30"): the three or six months that end with
// that day's month, not the calendar's last such quarter.
func anchorEndedQuarter(text string, out []DateExpr) {
	for k := 0; k+1 < len(out); k++ {
		e, x := &out[k], &out[k+1]
		months := map[string]int{"quarter": 3, "half": 6}[e.rel]
		if months == 0 || e.year != 0 || x.Date.IsZero() || x.Date.Range || x.Date.Precision < claim.PrecisionMonth || x.Span.Start < e.Span.End {
			continue
		}
		between := lexis.Fold(strings.TrimSpace(text[e.Span.End:x.Span.Start]))
		if !lexis.InSet(between, ", which ended", ", which ends", "which ended", "ended", "ending", ", ended", ", ending", "that ended", ", which closed", "closed") {
			continue
		}
		end := x.Date.Start
		first := time.Date(end.Year(), end.Month()-time.Month(months-1), 1, 0, 0, 0, 0, time.UTC)
		e.Date = Between(MonthOf(first.Year(), first.Month()), MonthOf(end.Year(), end.Month()))
	}
}

// anchorMonthQuarter dates a quarter or a half named by its last month,
// as Australian and other companies' reports write them ("in the March
// quarter", "the December quarter", "the June half"): the three or six
// months that end with that month, not the month alone. The expression
// grows to take in its noun.
func anchorMonthQuarter(text string, out []DateExpr) {
	for k := range out {
		e := &out[k]
		if e.Date.IsZero() || e.Date.Precision != claim.PrecisionMonth || e.Date.Range {
			continue
		}
		rest := text[e.Span.End:]
		trimmed := strings.TrimLeft(rest, " ")
		months := 0
		switch {
		case len(trimmed) >= 7 && strings.EqualFold(trimmed[:7], "quarter") && (len(trimmed) == 7 || !isLetterByte(trimmed[7])):
			months = 3
		case len(trimmed) >= 4 && strings.EqualFold(trimmed[:4], "half") && (len(trimmed) == 4 || !isLetterByte(trimmed[4])):
			months = 6
		default:
			continue
		}
		before := strings.ToLower(strings.TrimRight(text[:e.Span.Start], " "))
		if !(strings.HasSuffix(before, "the") || strings.HasSuffix(before, "its") || strings.HasSuffix(before, "their") || strings.HasSuffix(before, "that")) {
			continue
		}
		end := e.Date.Start
		start := end.AddDate(0, 1-months, 0)
		e.Date = Between(MonthOf(start.Year(), start.Month()), MonthOf(end.Year(), end.Month()))
		n := len(rest) - len(trimmed) + map[int]int{3: 7, 6: 4}[months]
		e.Span.End += n
		e.Text = text[e.Span.Start:e.Span.End]
	}
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// anchorBracketedMonths dates a quarter or a half whose months the text
// gives in brackets after it as those months: «le premier trimestre de son
// exercice 2026-2027 (avril-juin)», "its fiscal first quarter (April to
// June)" is April to June, not the calendar's first quarter.
func anchorBracketedMonths(text string, out []DateExpr) {
	for k := range out {
		e := &out[k]
		if e.rel != "quarter" && e.rel != "half" {
			continue
		}
		for m := k + 1; m < len(out); m++ {
			x := &out[m]
			if x.Span.Start-e.Span.End > 60 || x.Span.Start < e.Span.End {
				break
			}
			between := text[e.Span.End:x.Span.Start]
			if x.Kind != DateRange || x.Date.IsZero() || !strings.HasSuffix(strings.TrimSpace(between), "(") ||
				strings.ContainsAny(between[:strings.LastIndexByte(between, '(')], ".;()") || !strings.HasPrefix(strings.TrimSpace(text[x.Span.End:]), ")") {
				continue
			}
			if months := map[string]int{"quarter": 3, "half": 6}[e.rel]; monthsIn(x.Date) == months {
				e.Date = x.Date
			}
			break
		}
	}
}

// anchorClosedYear dates a financial year written as two years and closed
// on a day («l'exercice 2025-2026, clos le 30 juin», "fiscal 2025-26, which
// ended on June 30") as the twelve months up to that day, and the closing
// day itself as that year: what is told of it is of the year, not of its
// last day.
func anchorClosedYear(text string, out []DateExpr) {
	for k := 0; k+1 < len(out); k++ {
		e, c := &out[k], &out[k+1]
		if e.Kind != DateRange || e.Date.IsZero() || c.Date.Precision != claim.PrecisionDay || c.Span.Start < e.Span.End || c.Span.Start-e.Span.End > 40 ||
			e.Date.End.Year()-e.Date.Start.Year() != 1 || e.Date.Start.Month() != 1 || e.Date.End.Month() != 12 {
			continue
		}
		between := lexis.Fold(strings.TrimSpace(text[e.Span.End:c.Span.Start]))
		if !slices.Contains([]string{", clos", ", close", ", clos le", ", close le", "clos le", ", ended", ", which ended", ", ending", "ended", ", ended on", ", which ended on"}, between) {
			continue
		}
		end := c.Date.Start
		if end.Year() != e.Date.End.Year() {
			continue
		}
		start := end.AddDate(0, 0, 1).AddDate(-1, 0, 0)
		fy := Between(MonthOf(start.Year(), start.Month()), MonthOf(end.Year(), end.Month()))
		e.Date, c.Date = fy, fy
	}
}

// monthsIn returns the number of whole months d spans, 0 when it is not
// of whole months.
func monthsIn(d Date) int {
	if d.Start.Day() != 1 || d.End.AddDate(0, 0, 1).Day() != 1 {
		return 0
	}
	return (d.End.Year()-d.Start.Year())*12 + int(d.End.Month()) - int(d.Start.Month()) + 1
}

// anchorPrevQuarter dates each "previous quarter" («le trimestre
// précédent») told within a few sentences after a quarter as the three
// months before that quarter ("in its fiscal third quarter ended October
// 31 … compared with 74% in the previous quarter": May to July; "in the
// third quarter, against 3% in the previous quarter": the second), not
// the quarter before the reference's.
func anchorPrevQuarter(out, before []DateExpr) {
	for k := range out {
		e := &out[k]
		if !e.prevTold {
			continue
		}
		for m := k - 1 + len(before); m >= 0; m-- {
			x := exprBefore(out, before, m)
			if e.Span.Start-x.Span.End > 400 || e.Span.Start < x.Span.End {
				break
			}
			if x.Date.IsZero() || x.base || x.prevTold || !quarterRange(x.Date) && !fiscalQuarter(x) {
				continue
			}
			if x.rel == "quarter" && x.fiscal {
				break // "its fiscal first quarter": a company's quarter, whose months no end told says
			}
			s := x.Date.Start.AddDate(0, -3, 0)
			t := x.Date.Start.AddDate(0, -1, 0)
			e.Date = Between(MonthOf(s.Year(), s.Month()), MonthOf(t.Year(), t.Month()))
			e.AnchorDate, e.Anchor = x.Date, "previous"
			break
		}
	}
}

// yearEndWords reports whether a date's words tell a year's end ("end of
// 2025", «fin 2025», "late 2025"), which the grammar reads as its last
// months.
func yearEndWords(text string) bool {
	f := lexis.Fold(text)
	return strings.HasPrefix(f, "end ") || strings.HasPrefix(f, "the end ") || strings.HasPrefix(f, "fin ") || strings.HasPrefix(f, "la fin ") ||
		strings.HasPrefix(f, "late ") || strings.HasPrefix(f, "year-end")
}

// fiscalQuarter reports whether x told a quarter that need not be the
// calendar's: the three months to a month's end ("its fiscal third
// quarter ended October 31", «le trimestre clos fin octobre»), which "the
// quarter" told after it stands for, or that "the quarter" so read.
func fiscalQuarter(x *DateExpr) bool {
	d := x.Date
	return (x.rel == "months-to" && x.n == 3 || x.rel == "anaphor" && x.unit == "Q" && x.n == 0) && d.Range && d.Precision == claim.PrecisionMonth &&
		d.Start.AddDate(0, 2, 0).Year() == d.End.Year() && d.Start.AddDate(0, 2, 0).Month() == d.End.Month()
}

// followingMonth reads "the following October", "the next March", «en
// octobre suivant», «au mois de mars suivant» at token i: the first such
// month after the date the text spoke of last (unit "MN", n the month).
func followingMonth(toks []lexis.Token, i int, lang string, e *DateExpr) bool {
	j := i
	switch {
	case lang != "fr" && toks[i].Fold == "the" && lexis.InSet(lexis.FoldAt(toks, i+1), "following", "next"):
		j = i + 2
	case lang != "en" && toks[i].Fold == "en":
		j = i + 1
	case lang != "en" && lexis.MatchWords(toks, i, "au", "mois") && lexis.InSet(lexis.FoldAt(toks, i+2), "de", "d'"):
		j = i + 3
	default:
		return false
	}
	m, next := monthAt(toks, j, lang)
	if m == 0 {
		return false
	}
	if j > i+1 && toks[i].Fold == "the" {
		if lexis.FoldAt(toks, next) != "" && toks[next].Kind == lexis.Number {
			return false // "the next March 3": a day
		}
	} else if !lexis.InSet(lexis.FoldAt(toks, next), "suivant", "d'apres") {
		return false
	} else {
		next++
	}
	e.n, e.unit, e.end = m, "MN", next
	return true
}

// anaphorsByFirst indexes anaphorWords by their first word.
var anaphorsByFirst = func() map[string][]int {
	m := map[string][]int{}
	for k, a := range anaphorWords {
		m[a.words[0]] = append(m[a.words[0]], k)
	}
	return m
}()

// partOfDayPreps are the words after which "la nuit", "la soirée" name the
// night or evening of the day spoken of ("dans la soirée", "au cours de la
// nuit"); elsewhere they are common nouns ("la nuit tombe").
var partOfDayPreps = lexis.SetOf("dans", "pendant", "durant", "de", "jusque", "avant", "apres", "ou")

// matchAnaphor: "la veille", "le lendemain", "le même jour", "l'année
// suivante", "dans la soirée", "le matin même", "the day before", "the
// following year", "one year later", "trois jours plus tard", "deux ans
// auparavant". Its date is fixed after the whole passage is read, by
// anchorAnaphors.
func matchAnaphor(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if !toks[i].Is(lexDateStart) {
		return false
	}
	e := newExpr(DateRelative)
	e.rel, e.Relative = "anaphor", true
	// Every phrase has a date anchor ("veille", "jour", "year") second or third.
	phrases := anyWithin(toks, i+1, 2, func(t *lexis.Token) bool { return t.Is(lexDateAnchor) })
	for _, k := range anaphorsByFirst[toks[i].Fold] {
		if !phrases {
			break
		}
		a := &anaphorWords[k]
		if lang != "" && a.lang != lang || i+len(a.words) <= e.end || !lexis.MatchWords(toks, i, a.words...) {
			continue
		}
		if a.part != "" && len(a.words) == 2 && !partOfDayPreps[lexis.FoldAt(toks, i-1)] {
			continue
		}
		if (a.unit == "Q" || a.unit == "H" || a.unit == "YT" || a.unit == "P") && (quarterAnaphorEnds[lexis.FoldAt(toks, i+len(a.words))] || i+len(a.words) < len(toks) && toks[i+len(a.words)].Kind == lexis.Number) {
			continue // "the quarter to June 30": a quarter of its own
		}
		if a.unit == "P" && i+len(a.words) < len(toks) && (toks[i+len(a.words)].Is(MonthName) || toks[i+len(a.words)].Is(lexDateAnchor) || toks[i+len(a.words)].Upper()) {
			continue // «sur la période juillet-septembre»: the period it names
		}
		if a.part != "" && lexis.InSet(lexis.FoldAt(toks, i+len(a.words)), "de", "du") && i+len(a.words)+1 < len(toks) && toks[i+len(a.words)+1].Is(WeekdayName) {
			continue // «dans la nuit de lundi à mardi»: the night the days name, not the day told before
		}
		// "the day before the vote" names no calendar day.
		if lexis.InSet(a.words[len(a.words)-1], "before", "after") && i+len(a.words) < len(toks) &&
			toks[i+len(a.words)].Kind == lexis.Word {
			continue
		}
		e.n, e.unit, e.PartOfDay, e.end = a.n, a.unit, a.part, i+len(a.words)
		if a.lang == "fr" && lexis.InSet(a.words[len(a.words)-1], "lendemain", "veille", "surlendemain", "avant-veille") {
			if k := nounPhraseAfter(toks, e.end); k > e.end {
				e.end = k // «le lendemain de l'accident»: the day after the event it names, told before
			}
		}
	}
	if e.end <= i && i > 0 && lexis.InSet(toks[i].Fold, "the", "le") && lexis.FoldAt(toks, i+1) == map[bool]string{true: "trimestre", false: "quarter"}[toks[i].Fold == "le"] &&
		quarterEndVerbs[toks[i-1].Fold] && !quarterAnaphorEnds[lexis.FoldAt(toks, i+2)] && (i+2 >= len(toks) || toks[i+2].Kind != lexis.Number) {
		// "Trekway ended the quarter with 512,000 vehicles", «a terminé le
		// trimestre avec»: the quarter told of last, whose end the verb
		// reaches.
		e.n, e.unit, e.end = 0, "Q", i+2
	}
	if e.end <= i && followingMonth(toks, i, lang, &e) {
		return out.set(e)
	}
	if e.end > i {
		e.toldPast = e.n < 0 && pastBefore(toks, max(i-4, 0), i, lang)
		e.saidDayBefore = e.n == -1 && e.unit == "D" && i > 0 && lexis.IsSpeechVerb(toks, i-1) && toks[i-1].Kind == lexis.Word &&
			!lexis.InSet(lexis.FoldAt(toks, i-2), "avait", "avaient", "had") // («Il avait annoncé la veille sa décision»: a narrative's day before)
		return out.set(e)
	}
	// "one year later", "trois jours plus tard", "deux ans auparavant".
	if toks[i].Kind != lexis.Number && !toks[i].Is(quantity.NumberStart) ||
		!anyWithin(toks, i+1, 3, func(t *lexis.Token) bool { return t.Is(quantity.TimeUnit) }) {
		return false
	}
	n, u, end, ok := countUnitAt(toks, i)
	if !ok || u == "h" || u == "m" || u == "Q" || u == "E" || u == "C" {
		return false
	}
	// "three days later than planned" is a delay, not a date.
	if lexis.InSet(lexis.FoldAt(toks, end+1), "than", "que", "qu'") || lexis.MatchWords(toks, end, "plus", "tard") && lexis.InSet(lexis.FoldAt(toks, end+2), "que", "qu'") {
		return false
	}
	switch {
	case lexis.FoldAt(toks, end) == "later" && lang != "fr", lexis.MatchWords(toks, end, "plus", "tard") && lang != "en":
		e.n = n
	case lexis.FoldAt(toks, end) == "earlier" && lang != "fr", lexis.InSet(lexis.FoldAt(toks, end), "auparavant", "avant") && lang != "en",
		lexis.MatchWords(toks, end, "plus", "tot") && lang != "en":
		e.n = -n
	default:
		return false
	}
	e.unit, e.end = u, end+1
	if lexis.MatchWords(toks, end, "plus", "tard") || lexis.MatchWords(toks, end, "plus", "tot") {
		e.end++
	}
	return out.set(e)
}

// samePeriodNouns are the nouns of "the same period last year": the
// period the text told of last.
var samePeriodNouns = lexis.SetOf("period", "quarter", "month", "week", "half", "season", "periode", "trimestre", "mois", "semaine",
	"semestre", "saison")

// samePeriodUnits are the units of the periods samePeriodNouns name, when
// they name one.
var samePeriodUnits = map[string]string{"quarter": "Q", "trimestre": "Q", "month": "M", "mois": "M", "half": "H", "semestre": "H", "week": "W", "semaine": "W"}

// yearBackWords are the words after "the same period" that put it a year
// back ("last year", «de l'année précédente», «un an plus tôt»).
var yearBackWords = [][]string{{"last", "year"}, {"of", "last", "year"}, {"a", "year", "earlier"}, {"a", "year", "ago"},
	{"a", "year", "before"}, {"the", "previous", "year"}, {"the", "year", "before"},
	{"l'", "an", "dernier"}, {"l'", "an", "passe"}, {"l'", "annee", "derniere"}, {"l'", "annee", "passee"}, {"de", "l'", "an", "dernier"},
	{"de", "l'", "annee", "derniere"}, {"de", "l'", "annee", "precedente"}, {"de", "l'", "an", "passe"}, {"un", "an", "plus", "tot"},
	{"un", "an", "auparavant"}, {"il", "y", "a", "un", "an"}}

// matchSamePeriod: "the same period last year", "the same quarter a year
// earlier", «la même période de l'année précédente», «le même trimestre
// l'an dernier»: the period told last, a year back (an anaphor that
// anchorAnaphors reads; not just the year before, which "last year" alone
// would be).
func matchSamePeriod(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if !lexis.InSet(toks[i].Fold, "the", "la", "le", "au", "du") || !lexis.InSet(lexis.FoldAt(toks, i+1), "same", "meme") || !samePeriodNouns[lexis.FoldAt(toks, i+2)] {
		return false
	}
	j := i + 3
	if lexis.FoldAt(toks, j) == "," {
		j++
	}
	for _, w := range yearBackWords {
		if lexis.MatchWords(toks, j, w...) {
			e := newExpr(DateRelative)
			e.rel, e.Relative, e.n, e.unit, e.samePeriod, e.end = "anaphor", true, -1, "Y", true, j+len(w)
			e.periodUnit = samePeriodUnits[lexis.FoldAt(toks, i+2)]
			return out.set(e)
		}
	}
	return false
}

// nounPhraseAfter returns the token after a short noun phrase of a thing
// after «de», «du» or «d'» at token k («de l'accident», «du drame», «de son
// arrivée»); k when there is none (nor a date, a number or a name: «le
// lendemain de mardi»).
func nounPhraseAfter(toks []lexis.Token, k int) int {
	j := k
	switch {
	case lexis.FoldAt(toks, j) == "du":
		j++ // «le lendemain du drame»: the article is in «du»
	case !lexis.InSet(lexis.FoldAt(toks, j), "de", "d'"):
		return k
	default:
		j++
		if !lexis.InSet(lexis.FoldAt(toks, j), "le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "cet", "cette", "ce", "ces") {
			return k
		}
		j++
	}
	if j >= len(toks) || toks[j].Kind != lexis.Word || toks[j].Upper() || toks[j].Is(WeekdayName) || toks[j].Is(MonthName) {
		return k
	}
	return j + 1
}

// anchorAnaphors dates each anaphoric expression of out from the last date
// named before it (in out, else in before: the passages read earlier)
// precisely enough for its unit (a day for "la veille", a year for
// "the following year"), else from the publication date.
func anchorAnaphors(out, before []DateExpr, ref Date) {
	for k := range out {
		e := &out[k]
		if e.rel != "anaphor" {
			continue
		}
		need := claim.PrecisionDay
		switch e.unit {
		case "MN":
			need = claim.PrecisionYear
		case "M":
			need = claim.PrecisionMonth
		case "Y", "YT":
			need = claim.PrecisionYear
		case "Q", "H", "P":
			need = claim.PrecisionMonth
		}
		anchor, why := Date{}, ""
		if k+1 < len(out) && out[k+1].Kind == DateAbsolute && !out[k+1].Date.IsZero() && out[k+1].Span.Start-e.Span.End <= 6 && out[k+1].Span.Start > e.Span.End {
			// «Un an plus tôt, en juin 2021, …», "A year earlier, in June
			// 2021,": the date set beside it says which.
			e.Date, e.AnchorDate, e.Anchor = out[k+1].Date, out[k+1].Date, "apposed"
			e.Direction = dateDirection(e, ref)
			continue
		}
		if e.saidDayBefore && !ref.IsZero() {
			// «Pharmavie a annoncé la veille un plan d'aide», «a déclaré
			// la veille le ministre» after a narrative's «le 1er janvier»:
			// the day before the story's day, the last day told within a
			// week of the publication, else the publication's.
			anchor, why = ref, "publication"
			for m := k - 1 + len(before); m >= 0; m-- {
				d := exprBefore(out, before, m).Date
				if !d.IsZero() && !d.Range && d.Precision == claim.PrecisionDay && !d.Start.After(ref.End) && ref.Start.Sub(d.Start) <= 7*24*time.Hour {
					anchor, why = d, "previous"
					break
				}
			}
			e.Date, e.AnchorDate, e.Anchor, e.Direction = shiftDate(anchor, e.n, e.unit), anchor, why, DirPast
			continue
		}
		for m := k - 1 + len(before); m >= 0; m-- {
			x := exprBefore(out, before, m)
			d := x.Date
			if d.IsZero() || x.Kind == DateDuration || d.Range && d.Precision < claim.PrecisionDay && !withinUnit(d, e.unit) && (e.unit != "Y" && e.unit != "YT" || !fiscalYear(x)) && (e.unit != "Q" || !fiscalQuarter(x)) || d.Precision < need || x.Since {
				continue // (nor "depuis septembre 1985": where a record or a state starts, not the time told of)
			}
			if e.samePeriod && x.rel == "anaphor" && x.n != 0 {
				continue // «au premier semestre 2025, trois fois plus qu'un an plus tôt… à la même période de l'an dernier»: the period told, not the base set against it
			}
			if e.samePeriod && (e.periodUnit == "Q" && !quarterRange(d) && !fiscalQuarter(x) || e.periodUnit == "H" && !halfRange(d) ||
				e.periodUnit == "M" && (d.Range || d.Precision != claim.PrecisionMonth)) {
				continue // "a year ago … the same quarter last year": a period of the unit it names
			}
			if e.samePeriod && !d.Range && d.Precision >= claim.PrecisionDay {
				continue // "a net profit for the third quarter on Thursday, reversing a loss in the same period last year": a period, not the day it was told
			}
			if e.unit == "H" && (!halfRange(d) || x.rel == "anaphor" && x.n != 0) {
				continue // "in the half": only a half told before says which
			}
			if e.unit == "P" && (!d.Range || d.Precision != claim.PrecisionMonth || x.rel == "anaphor" && x.n != 0 || x.base) {
				continue // "over the period": a span of months told before (not a day, nor a base set against)
			}
			if e.unit == "P" && e.Span.Start-x.Span.End > 450 {
				break
			}
			if e.unit == "YT" && (d.Range && !withinUnit(d, "Y") && !fiscalYear(x) || x.rel == "anaphor" && x.n != 0 || x.Kind == DateRelative && d.Precision >= claim.PrecisionDay) {
				continue // "for the year": a year, or a period within one, told before (not the day it was told, nor a base set against)
			}
			if e.unit == "YT" && (x.rel == "ago" || e.dir > 0 && !fiscalYear(x)) {
				continue // (not "nobody predicted five years ago"; told ahead, the year going on: «Le groupe prévoit un recul de 5 % de ses ventes sur l'année»)
			}
			if (e.unit == "YT" || e.unit == "H") && e.Span.Start-x.Span.End > 450 {
				break // (told paragraphs before, another story's year: "in 2019 … cost it 840 million euros in the year")
			}
			if (e.unit == "YT" || e.unit == "H") && !ref.IsZero() && d.Start.After(ref.End) && e.dir <= 0 {
				continue // (nor a date ahead: "whose financial year ends in June")
			}
			if e.unit == "Q" && (!quarterRange(d) && !fiscalQuarter(x) || x.rel == "anaphor" && x.n != 0 || yearEndWords(x.Text)) {
				// (nor "up from 385,000 at the end of 2025": a year's end,
				// no quarter told)
				continue // "in the quarter": only a quarter told before says which (not "a year earlier", the base set against)
			}
			if e.toldPast && !ref.IsZero() && shiftDate(d, e.n, e.unit).Start.After(ref.End) {
				// «Elle a appelé à reconduire le mouvement lundi. Le
				// ministre a jugé la veille que…»: no day after the
				// article, but the day before the article's.
				break
			}
			if x.base {
				continue // «1 100 pompiers vendredi, contre 650 jeudi. Quatre pompiers ont été blessés la veille»: the day before the story's, not the base's
			}
			if e.unit == "D" && x.Kind == DateRelative && d.Range && !d.Start.Equal(d.End) {
				// «la semaine dernière … la veille», "in the past few days
				// … the day before": no day is the day before a span told
				// from today ("from 9 to 12 January … the day before" is).
				continue
			}
			anchor, why = d, "previous"
			if e.unit == "Q" && e.Span.Start-x.Span.End > 300 {
				// "In the fourth quarter of 2025, Voltara delivered…"
				// paragraphs before "sold 71,200 cars in the quarter":
				// the quarter the story is about, the first in view.
				if lead := leadQuarter(out, before); !lead.IsZero() {
					anchor, why = lead, "lead"
				}
			}
			break
		}
		if anchor.IsZero() && ref.Precision >= need && e.unit != "Q" && e.unit != "H" && e.unit != "P" && (e.unit != "YT" || e.dir > 0) {
			anchor, why = ref, "publication"
		}
		if anchor.IsZero() && !(e.unit == "YT" && yearAfterLevel(out, k, ref).Precision > 0) {
			continue
		}
		e.Date = anaphorDate(e, anchor)
		if e.samePeriod && why == "publication" {
			e.Date = YearOf(ref.Start.Year() - 1) // no period told before: the year before
		}
		if y := yearAfterLevel(out, k, ref); e.unit == "YT" && y.Precision > 0 && (anchor.IsZero() || !e.Date.Range && e.Date.Start.Year() < y.Start.Year()) {
			e.Date, anchor, why = y, out[k+1].Date, "base"
		}
		if !e.Date.IsZero() {
			e.AnchorDate, e.Anchor = anchor, why
			e.Direction = map[bool]Direction{true: DirPast, false: DirFuture}[e.n < 0]
			if e.n == 0 {
				e.Direction = dateDirection(e, ref)
			}
		}
	}
}

// anaphorDate is the date anaphor e names from the date it is told from.
func anaphorDate(e *DateExpr, anchor Date) Date {
	switch {
	case e.samePeriod:
		return anchor.ShiftYears(-1) // the same month, quarter or span
	case e.unit == "H" || e.unit == "P":
		return anchor
	case e.unit == "YT" && anchor.Range && anchor.Start.Year() != anchor.End.Year():
		return anchor // a fiscal year
	case e.unit == "YT":
		return YearOf(anchor.Start.Year())
	}
	return shiftDate(anchor, e.n, e.unit)
}

// yearAfterLevel is the year "for the year" at out[k] is when a level
// told with its year follows in its sentence ("rose to 9.8 million pounds
// for the year, from 7.5 million pounds in 2022": 2023), zero if none or
// if that year is not over by ref. A year told before that cannot be the
// one ("The novel was first published in 2021") gives way to it.
func yearAfterLevel(out []DateExpr, k int, ref Date) Date {
	e := out[k]
	if e.dir > 0 || k+1 >= len(out) || !out[k+1].fromLevel || out[k+1].Span.Start-e.Span.End > 60 {
		return Date{}
	}
	b := out[k+1].Date
	if b.IsZero() || b.Range || b.Precision != claim.PrecisionYear {
		return Date{}
	}
	y := YearOf(b.Start.Year() + 1)
	if !ref.IsZero() && y.Start.After(ref.End) {
		return Date{}
	}
	return y
}

// anchorFiscal reads each fiscal quarter or half told without a year in a
// text that named a company's fiscal year before it ("for the fiscal year
// ended March 31 … in the fiscal fourth quarter", «l'exercice clos fin juin
// … au premier semestre de l'exercice») as a quarter or half of that
// fiscal year: January to March, not October to December (of the year
// going on, for "of the current financial year"). One told ahead that is long over is the next
// year's; one told in the past not yet begun, the year before's. It dates
// the fiscal years matchFiscalYearRef reads ("the current fiscal year")
// from that year's end too.
func anchorFiscal(out, before []DateExpr, ref Date) {
	for k := range out {
		e := &out[k]
		months := map[string]int{"quarter": 3, "half": 6}[e.rel]
		if e.rel != "fiscal-year" && (months == 0 || !e.fiscal || e.year != 0 || e.shifted || e.n < 1 || e.n*months > 12 || e.Date.IsZero()) {
			continue // (a quarter told without "fiscal" may be a market's: "Across the sector, passenger numbers grew 7% in the first quarter")
		}
		var fy Date
		for m := k - 1 + len(before); m >= 0; m-- {
			if x := exprBefore(out, before, m); fiscalYear(x) {
				fy = x.Date
				break
			}
		}
		if fy.IsZero() {
			continue
		}
		if e.fiscalCurrent && !ref.IsZero() {
			fy = currentFiscalYear(fy, ref, 0)
		}
		if e.rel == "fiscal-year" {
			// "the fiscal year" said again is the one told, "the previous
			// fiscal year" the one before it; "the current fiscal year"
			// the one the reference falls in, "last fiscal year" the one
			// before that.
			if e.unit == "told" {
				fy = Between(MonthOf(fy.Start.Year()+e.n, fy.Start.Month()), MonthOf(fy.End.Year()+e.n, fy.End.Month()))
			} else {
				if ref.IsZero() {
					continue
				}
				fy = currentFiscalYear(fy, ref, e.n)
			}
			e.Date = fy
			e.Direction = dateDirection(e, ref)
			continue
		}
		s := time.Date(fy.Start.Year(), fy.Start.Month()+time.Month(months*(e.n-1)), 1, 0, 0, 0, 0, time.UTC)
		q := func(s time.Time) Date {
			t := s.AddDate(0, months-1, 0)
			return Between(MonthOf(s.Year(), s.Month()), MonthOf(t.Year(), t.Month()))
		}
		d := q(s)
		if !ref.IsZero() {
			for n := 0; n < 3 && e.dir > 0 && d.End.AddDate(0, 2, 0).Before(ref.Start); n++ {
				s = s.AddDate(1, 0, 0) // "expects … in the first quarter", said after it
				d = q(s)
			}
			for n := 0; n < 3 && e.dir <= 0 && d.Start.After(ref.End); n++ {
				s = s.AddDate(-1, 0, 0)
				d = q(s)
			}
		}
		e.Date = d
	}
}

// currentFiscalYear returns the fiscal year, of the same months as fy,
// that ref falls in, moved by n years.
func currentFiscalYear(fy, ref Date, n int) Date {
	s := fy.Start
	for s.After(ref.Start) {
		s = s.AddDate(-1, 0, 0)
	}
	for !s.AddDate(1, 0, 0).After(ref.Start) {
		s = s.AddDate(1, 0, 0)
	}
	s = s.AddDate(n, 0, 0)
	t := s.AddDate(0, 11, 0)
	return Between(MonthOf(s.Year(), s.Month()), MonthOf(t.Year(), t.Month()))
}

// fiscalYear reports whether x names a company's year of twelve months to
// a month: "the fiscal year ended March 31", "the financial year to June",
// «l'exercice clos fin septembre».
func fiscalYear(x *DateExpr) bool {
	if x.Date.IsZero() || !x.Date.Range || !(x.rel == "months-to" && x.n == 12 || x.rel == "span-to-day" && x.unit == "Y" || x.rel == "fiscal-year") {
		return false
	}
	f := lexis.Fold(x.Text)
	return strings.Contains(f, "fiscal") || strings.Contains(f, "financial") || strings.Contains(f, "exercice")
}

// exprBefore returns the m-th expression of before followed by out: the
// expressions told before an anaphor, counted from the text's start.
func exprBefore(out, before []DateExpr, m int) *DateExpr {
	if m >= len(before) {
		return &out[m-len(before)]
	}
	return &before[m]
}

// withinUnit reports whether the range d lies within one of unit ("Y",
// "M"): «fin 2015» anchors «deux ans plus tôt» as 2015 does.
func withinUnit(d Date, unit string) bool {
	switch unit {
	case "Y", "YT":
		return d.Start.Year() == d.End.Year()
	case "H":
		return halfRange(d)
	case "M":
		return d.Start.Year() == d.End.Year() && d.Start.Month() == d.End.Month()
	case "Q":
		return quarterRange(d)
	case "P":
		return d.Range
	}
	return false
}

// shiftDate moves date a by n units ("D", "W", "M", "Y"), at the unit's
// precision: a day for days, the week around the day for weeks.
func shiftDate(a Date, n int, unit string) Date {
	s := a.Start
	if a.Precision == claim.PrecisionHour {
		s = time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, time.UTC)
	}
	switch unit {
	case "D":
		t := s.AddDate(0, 0, n)
		return Day(t.Year(), t.Month(), t.Day())
	case "W":
		t := s.AddDate(0, 0, 7*n)
		mon := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		sun := mon.AddDate(0, 0, 6)
		return Between(Day(mon.Year(), mon.Month(), mon.Day()), Day(sun.Year(), sun.Month(), sun.Day()))
	case "M":
		t := time.Date(s.Year(), s.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return MonthOf(t.Year(), t.Month())
	case "Y":
		if a.Range && !a.Approx && a.Precision >= claim.PrecisionMonth && a.Precision <= claim.PrecisionDay && !a.Start.Equal(a.End) {
			// "in the year to Jan. 26, from 578 million pounds a year
			// earlier", "the three months to June… a year earlier": the
			// same span a year before
			if a.Precision == claim.PrecisionMonth {
				return Between(MonthOf(a.Start.Year()+n, a.Start.Month()), MonthOf(a.End.Year()+n, a.End.Month()))
			}
			return Date{Start: a.Start.AddDate(n, 0, 0), End: a.End.AddDate(n, 0, 0), Precision: a.Precision, Range: true}
		}
		return YearOf(s.Year() + n)
	case "Q":
		t := time.Date(s.Year(), s.Month()+time.Month(3*n), 1, 0, 0, 0, 0, time.UTC)
		return Between(MonthOf(t.Year(), t.Month()), MonthOf(t.AddDate(0, 2, 0).Year(), t.AddDate(0, 2, 0).Month()))
	case "MN":
		// the first month n after a's last: "in March 2015… the
		// following October" is October 2015, "in 2015… the following
		// October" October 2016
		y := a.End.Year()
		if time.Month(n) <= a.End.Month() {
			y++
		}
		return MonthOf(y, time.Month(n))
	}
	return Date{}
}

// anchorOpeningYear dates the months a sentence names without their year
// in the year the sentence opens on ("Last year, the government reported
// 360 deaths between March and June", «En 2024, les ventes ont progressé
// en mars»): March to June of that year, not of the reference's.
func anchorOpeningYear(text string, toks []lexis.Token, out []DateExpr) {
	if len(out) < 2 || len(toks) < 3 {
		return
	}
	e := &out[0]
	if e.Date.IsZero() || e.Date.Precision != claim.PrecisionYear || e.Date.Start.Year() != e.Date.End.Year() || e.Since || e.Span.Start > toks[min(2, len(toks)-1)].Start ||
		!strings.HasPrefix(strings.TrimSpace(text[e.Span.End:min(len(text), e.Span.End+3)]), ",") {
		return
	}
	y := e.Date.Start.Year()
	for k := 1; k < len(out); k++ {
		c := &out[k]
		months := c.month != 0 || c.Kind == DateRange && monthsIn(c.Date) > 0 && slices.ContainsFunc(strings.Fields(lexis.Fold(c.Text)), func(w string) bool { return MonthFR(w)+MonthEN(w) > 0 })
		if !months || c.year != 0 || c.rel != "" || c.Since ||
			c.Date.IsZero() || c.Date.Start.Year() != c.Date.End.Year() || c.Date.Start.Year() == y || strings.ContainsAny(c.Text, "0123456789") {
			continue
		}
		c.Date = c.Date.ShiftYears(y - c.Date.Start.Year())
	}
}

// leadQuarter is the first calendar quarter among the expressions still
// in view (out, and before: the passages read just earlier), not as a
// base set against nor as an anaphor: the quarter the story is about;
// zero when they tell of none.
func leadQuarter(out, before []DateExpr) Date {
	for m := 0; m < len(before)+len(out); m++ {
		x := exprBefore(out, before, m)
		if !x.Date.IsZero() && quarterRange(x.Date) && x.rel != "anaphor" && !x.base && !x.Since && x.Kind != DateDuration {
			return x.Date
		}
	}
	return Date{}
}

// AnchorFiscalQuarters dates the fiscal quarters an article tells with no
// year of their own ("Trekway swings to profit in fiscal third quarter")
// from the end it gives one of them ("Net income for the quarter ended
// March 31"), wherever in the article each is told: a company's quarter is
// not the calendar's of that name. The end belongs to the quarter it is
// set in apposition with ("the fiscal second quarter, the three months to
// December 31"), else the first end told to the first such quarter told;
// the others lie whole quarters from it. Ends that disagree leave the
// quarters as they were. The passages' expressions are changed in place.
func AnchorFiscalQuarters(passages iter.Seq[[]DateExpr]) {
	type anchor struct {
		n     int       // the quarter's ordinal
		start time.Time // its first month
	}
	var pairs []anchor
	firstN, firstEnd := 0, Date{}
	for ds := range passages {
		for k := range ds {
			x := &ds[k]
			switch {
			case x.rel == "months-to" && x.n == 3 && fiscalQuarter(x):
				if firstEnd.IsZero() {
					firstEnd = x.Date
				}
				for _, j := range []int{k - 1, k + 1} {
					if j >= 0 && j < len(ds) && ds[j].rel == "quarter" && ds[j].fiscal && ds[j].year == 0 && gapBetween(x, &ds[j]) <= 8 {
						pairs = append(pairs, anchor{ds[j].n, x.Date.Start}) // "the fiscal second quarter, the three months to December 31"
					}
				}
			case x.rel == "quarter" && x.fiscal && x.year == 0 && x.n >= 1 && x.n <= 4:
				if firstN == 0 {
					firstN = x.n
				}
			}
		}
	}
	if len(pairs) == 0 && firstN != 0 && !firstEnd.IsZero() {
		pairs = append(pairs, anchor{firstN, firstEnd.Start})
	}
	if len(pairs) == 0 {
		return
	}
	q1 := pairs[0].start.AddDate(0, -3*(pairs[0].n-1), 0) // the fiscal year's first quarter's first month
	for _, a := range pairs[1:] {
		if !a.start.AddDate(0, -3*(a.n-1), 0).Equal(q1) {
			return // ends that do not agree on the fiscal year
		}
	}
	// The anaphors told from a quarter re-dated ("the same quarter last
	// year", "a year earlier" after it) are told from its new months, in
	// the order they come, so that one told from another follows it.
	moved := map[Date]Date{}
	for ds := range passages {
		for k := range ds {
			x := &ds[k]
			switch {
			case x.rel == "quarter" && x.fiscal && x.year == 0 && x.n >= 1 && x.n <= 4:
				s := q1.AddDate(0, 3*(x.n-1), 0)
				e := s.AddDate(0, 2, 0)
				d := Between(MonthOf(s.Year(), s.Month()), MonthOf(e.Year(), e.Month()))
				if d != x.Date {
					moved[x.Date] = d
				}
				x.Date = d
			case x.rel == "anaphor" && (x.Anchor == "previous" || x.Anchor == "lead") && !x.AnchorDate.IsZero():
				if to, ok := moved[x.AnchorDate]; ok {
					d := anaphorDate(x, to)
					if d != x.Date {
						moved[x.Date] = d
					}
					x.Date, x.AnchorDate = d, to
				}
			}
		}
	}
}

// gapBetween is the number of bytes between two expressions, in either
// order.
func gapBetween(a, b *DateExpr) int {
	if a.Span.Start > b.Span.Start {
		a, b = b, a
	}
	return b.Span.Start - a.Span.End
}
