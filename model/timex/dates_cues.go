package timex

import (
	"strings"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// Most date matchers first look for a word they cannot do without within a
// few words of where they would start (anyWithin): a month, a year, a unit
// of time. appendDates tries every matcher at every position near an
// anchor, so the same few words were scanned again for each matcher. Instead
// each token's cues (which of those words it is) are read once per passage,
// and a matcher whose cue is not within its window is not called: it would
// have returned false at once. Each cue below repeats, word for word, the
// test of the matcher named beside it; the matcher keeps its own, so that a
// cue only ever skips what the matcher would reject. Like the matchers'
// tests, the cues are quick tests (quickReject): TestQuickRejectChangesNothing
// holds the dates found with them to those found without them.

// dateCue is a set of the words the date matchers look for first.
type dateCue uint16

const (
	cueDayMonth dateCue = 1 << iota // matchDayMonth: a day or a month
	cueMonth                        // matchMonthYear: a month, "mi-", "mid-"
	cueYear                         // matchYear, matchPeriod: four digits
	cueWeekday                      // matchWeekday: a weekday
	cueRangeEnd                     // matchRange: a number, a month, "premier", "first"
	cueTimeUnit                     // matchDuration: a unit of time ("jours", "72h", "two-year")
	cuePeriod                       // matchPeriod: a season, a century, a decade's "s"
	cueHalf                         // matchHalf: "semestre", "half", "h", "semaine", "week"
	cueHoliday                      // matchHoliday: a holiday's first word (holidayStarts)
)

// cueWindow is the longest window a cue is looked for in (matchDuration's).
const cueWindow = 12

// cueRead marks a token whose cues are read (cuesWithin).
const cueRead dateCue = 1 << 15

// tokenCues returns the cues of token t.
func tokenCues(t *lexis.Token) dateCue {
	if t.Kind == lexis.Number {
		c := cueRangeEnd
		if len(t.Text) <= 2 {
			c |= cueDayMonth
		}
		if len(t.Text) == 4 {
			c |= cueYear
		}
		if suf := t.Suffix(); suf != "" {
			c |= cueTimeUnit
			if len(t.Text) == 4 && suf == "s" {
				c |= cuePeriod
			}
		}
		return c
	}
	var c dateCue
	if t.Is(MonthName) {
		c |= cueDayMonth | cueMonth | cueRangeEnd
	}
	if t.Is(WeekdayName) {
		c |= cueWeekday
	}
	if t.Is(quantity.TimeUnit) || t.Is(lexDateAnchor) && strings.IndexByte(t.Fold, '-') > 0 {
		c |= cueTimeUnit
	}
	if t.Is(lexPeriod) {
		c |= cuePeriod
	}
	f := t.Fold
	if f == "" {
		return c
	}
	// The words the cues name, by their first byte ("-half" by its last).
	switch f[0] {
	case 'p', 'f':
		if f == "premier" || f == "first" {
			c |= cueDayMonth | cueRangeEnd
		}
	case 'm':
		if strings.HasPrefix(f, "mi-") || strings.HasPrefix(f, "mid-") {
			c |= cueMonth
		}
	case 's', 'h', 'w':
		if f == "semestre" || f == "half" || f == "h" || f == "h1" || f == "h2" || f == "semaine" || f == "week" {
			c |= cueHalf
		}
	case '\'':
		if t.Text == "'" || f == "'s" {
			c |= cuePeriod
		}
	}
	switch f { // holidayStarts, without hashing (TestHolidayCues)
	case "new", "christmas", "boxing", "valentine", "all", "bastille", "jour", "nouvel", "reveillon", "saint-sylvestre", "saint-valentin", "fete",
		"thanksgiving", "black", "cyber":
		c |= cueHoliday
	}
	if f[len(f)-1] == 'f' && strings.HasSuffix(f, "-half") {
		c |= cueHalf
	}
	return c
}

// cuesWithin returns, for each n up to cueWindow, the cues of the n tokens
// from i (w[n]; fewer at the passage's end), as anyWithin(toks, i, n, …)
// would find them. cues holds a slot per token, read on first use.
func cuesWithin(cues []dateCue, toks []lexis.Token, i int) (w [cueWindow + 1]dateCue) {
	var acc dateCue
	for n := 1; n <= cueWindow; n++ {
		if k := i + n - 1; k < len(cues) {
			if cues[k]&cueRead == 0 {
				cues[k] = tokenCues(&toks[k]) | cueRead
			}
			acc |= cues[k]
		}
		w[n] = acc
	}
	return w
}
