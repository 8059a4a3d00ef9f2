package timex

import "github.com/claimline/claimline/model/lexis"

// holiday is a fixed-date day the news names instead of its date.
type holiday struct {
	words      []string // folded tokens
	month, day int
	lower      bool // written in lower case ("le jour de l'An")
	// nth, weekday and offset place a day of movable date: offset days
	// after the nth weekday (0 Sunday) of the month ("Black Friday", the
	// day after the fourth Thursday of November).
	nth, weekday, offset int
}

// holidays are the days of fixed date that French and English news names
// ("New Year's Day", "le jour de l'An", "la Saint-Sylvestre"). A holiday's
// name alone ("à Noël", "Christmas sales", "la Toussaint") is left out: as
// often the season or the school holidays as the day. So are days of
// movable date (Easter) and national days, which differ between countries,
// but for the shopping days after Thanksgiving ("Black Friday", "Cyber
// Monday"), which news everywhere names.
var holidays = []holiday{
	{words: []string{"new", "year", "'s", "day"}, month: 1, day: 1},
	{words: []string{"new", "year", "'s", "eve"}, month: 12, day: 31},
	{words: []string{"christmas", "day"}, month: 12, day: 25},
	{words: []string{"christmas", "eve"}, month: 12, day: 24},
	{words: []string{"boxing", "day"}, month: 12, day: 26},
	{words: []string{"valentine", "'s", "day"}, month: 2, day: 14},
	{words: []string{"all", "saints", "'", "day"}, month: 11, day: 1},
	{words: []string{"bastille", "day"}, month: 7, day: 14},
	{words: []string{"jour", "de", "l'", "an"}, month: 1, day: 1, lower: true},
	{words: []string{"nouvel", "an"}, month: 1, day: 1, lower: true},
	{words: []string{"reveillon", "de", "noel"}, month: 12, day: 24, lower: true},
	{words: []string{"saint-sylvestre"}, month: 12, day: 31},
	{words: []string{"saint-valentin"}, month: 2, day: 14},
	{words: []string{"fete", "du", "travail"}, month: 5, day: 1, lower: true},
	{words: []string{"jour", "de", "noel"}, month: 12, day: 25, lower: true},
	// the shopping days after Thanksgiving, the fourth Thursday of
	// November, which news everywhere names
	{words: []string{"thanksgiving", "day"}, month: 11, nth: 4, weekday: 4},
	{words: []string{"thanksgiving"}, month: 11, nth: 4, weekday: 4},
	{words: []string{"black", "friday"}, month: 11, nth: 4, weekday: 4, offset: 1},
	{words: []string{"cyber", "monday"}, month: 11, nth: 4, weekday: 4, offset: 4},
}

// holidayStarts are the first words of holidays, for a quick test.
var holidayStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range holidays {
		m[h.words[0]] = true
	}
	return m
}()

// matchHoliday: "on New Year's Day [2024]", "le jour de l'An", "la
// Saint-Sylvestre": the day of the year the holiday falls on, read as a
// day and a month without a year ("July 4").
func matchHoliday(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "on", "at", "the", "le", "la", "a") && j+1 < len(toks) && holidayStarts[toks[j+1].Fold] {
		j++
	}
	if j >= len(toks) || !holidayStarts[toks[j].Fold] {
		return false
	}
	for _, h := range holidays {
		if !lexis.MatchWords(toks, j, h.words...) {
			continue
		}
		if !h.lower && !toks[j].Upper() {
			continue // a holiday is written with a capital
		}
		e := newExpr(DatePartial)
		e.month, e.day = h.month, h.day
		if h.nth != 0 {
			e.day, e.nth, e.weekday, e.nthOffset = 0, h.nth, h.weekday, h.offset
		}
		k := j + len(h.words)
		if y, ok := yearAt(toks, k); ok {
			e.year, e.Kind = y, DateAbsolute
			k++
		}
		e.end = k
		return out.set(e)
	}
	return false
}
