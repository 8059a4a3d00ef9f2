package timex

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// DateKind says what a date expression names. Its JSON form is its string
// ("absolute", "relative"...), as the dates command prints it.
type DateKind string

// Date expression kinds.
const (
	// DateAbsolute: a calendar date with its year ("le 4 octobre 2021",
	// "en 2013", "Q2 2021").
	DateAbsolute DateKind = "absolute"
	// DatePartial: a day or month without a year ("le 4 octobre", "en
	// août"), read against the reference date.
	DatePartial DateKind = "partial"
	// DateRelative: a date counted from the reference date ("hier", "last
	// Monday", "il y a trois jours", "earlier this year").
	DateRelative DateKind = "relative"
	// DateRange: two dates and the stretch between them ("du 3 au 5 mai",
	// "between 2019 and 2021").
	DateRange DateKind = "range"
	// DateDuration: a length of time, not a date ("trois semaines", "72
	// hours"); its Duration holds it and its Date is zero.
	DateDuration DateKind = "duration"
	// DateClock: a clock time, on the day it belongs to ("à 17 h 40",
	// "at 5:40 pm").
	DateClock DateKind = "time"
	// DateSet: a frequency ("chaque jour", "every Thursday"), in Timex.
	DateSet DateKind = "set"
	// DateReference: a word that points at a time without naming a date
	// ("actuellement", "recently"), in Timex.
	DateReference DateKind = "reference"
)

// DateExpr is a date expression found in a text, with the date it means.
type DateExpr struct {
	Span lexis.Span `json:"span"`
	Text string     `json:"text"`
	// Date is the resolved date; zero when it needs a reference date that was
	// not given (a bare "lundi" with no publication date).
	Date Date `json:"date"`
	// Kind says what the words name: a calendar date, a partial or relative
	// one, a range, a duration, a clock time, a frequency or a reference to
	// a time (see DateKind).
	Kind DateKind `json:"kind"`
	// Relative is true when Date depends on the reference date.
	Relative bool `json:"relative,omitempty"`
	// Duration is the length of a span of time in ISO 8601 ("P3W", "PT72H")
	// for Kind DateDuration; Date is then zero.
	Duration string `json:"duration,omitempty"`
	// Deictic is true for words that point at the time of writing ("ce
	// lundi", "aujourd'hui", "this Monday"): they help date the article.
	Deictic bool `json:"-"`
	// Since is true after "depuis", "since": the date starts a stretch that
	// runs to the time of writing ("depuis 2017", "since the start of 2019").
	Since bool `json:"since,omitempty"`
	// base is true for the date of a base a figure is set against
	// ("contre 650 jeudi", "against 22 in 2014"): «la veille» after it
	// is told from the story's day, not the base's.
	base bool
	// fromLevel is true for the date of the level a change went from
	// ("rose to 9.8 million pounds for the year, from 7.5 million pounds
	// in 2022"): the year before the one "for the year" is.
	fromLevel bool
	// toldPast is true for an anaphor that looks back ("la veille", "the
	// day before") after a verb in the past («a jugé la veille»): it names
	// no day after the article.
	toldPast bool
	// saidDayBefore is true for "la veille", "the day before" right after
	// a verb of saying («a déclaré la veille»): the day before the
	// story's, not before the date a narrative told last.
	saidDayBefore bool
	// samePeriod is true for "the same period last year", «la même
	// période de l'année précédente»: the period told last, a year back.
	samePeriod bool
	// periodUnit is the unit of the period "the same quarter", «le même
	// mois» names ("Q", "M", "H", "W"; "" for "the same period"): only a
	// period of that unit told before is the one it is a year back from.
	periodUnit string
	// nthOffset is the days after the nth weekday a movable day falls on
	// (1 for Black Friday, after Thanksgiving).
	nthOffset int
	// prevTold is true for "the previous quarter", «le trimestre
	// précédent»: the quarter before the one told last, if one was told
	// just before (else the one before the reference's).
	prevTold bool
	// Prep is the preposition before the expression ("en", "depuis",
	// "jusqu'au", "on", "in"): TimeML leaves it out of the span, but it
	// says how the date is read.
	Prep string `json:"prep,omitempty"`
	// Direction is the way the date points from its anchor: past, present
	// or future, from its own words ("dernier", "next", "hier") or, for a
	// date without a year, from the tense of its clause ("sera fermée en
	// juillet").
	Direction Direction `json:"direction"`
	// Timex is the TimeML value of an expression that names no calendar
	// date: PRESENT_REF, PAST_REF or FUTURE_REF for Kind DateReference
	// ("actuellement", "recently", "the future"), and the frequency of Kind
	// DateSet ("P1D" for "chaque jour"; for "tous les jeudis", a week-day
	// pattern: unknown year and week, day 4).
	Timex string `json:"timex,omitempty"`
	// PartOfDay is TimeML's code for the part of the day the words name:
	// "MO" (matin, morning), "AF", "EV", "NI"; "" when none.
	PartOfDay string `json:"part_of_day,omitempty"`
	// AnchorDate is the date a relative expression or a clock time was
	// resolved against, and Anchor why: "publication" (the reference
	// date), "sentence" (a day named in the same sentence) or "previous"
	// (the last day named before it).
	AnchorDate Date   `json:"anchor_date"`
	Anchor     string `json:"anchor,omitempty"`
	// The fields the words fixed (0 when not given; weekday -1 when none).
	year, month, day, weekday int
	// hour and minute of a clock time (Kind DateClock).
	hour, minute int
	// part is "early", "mid" or "late" of the month (or of the year when
	// month is 0); dir is -1 for "dernier/last", +1 for "prochain/next".
	part string
	dir  int
	// nth is the weekday's rank in its month: 1 for "the first Tuesday of
	// November", -1 for "the last Sunday of October".
	nth int
	// week is the week a weekday is of, from the reference's: -1 for "of
	// last week", +1 for "next week" ("Wednesday next week").
	week int
	// tense is true when dir comes from the clause's tense, not the words.
	tense bool
	// toldInPast is true for a season, a quarter or a half without a year
	// in a clause in the past ("Sales were weak during the fall", said in
	// June): the last one begun (a quarter or half barely begun: the one
	// before).
	toldInPast bool
	// fiscal is true for a quarter or half of a company's fiscal year
	// ("the fiscal fourth quarter", «au second semestre de l'exercice»);
	// fiscalCurrent for one of the year going on ("the third quarter of
	// the current financial year").
	fiscal, fiscalCurrent bool
	// rel names a relative expression ("yesterday", "last-year", "ago", ...)
	// with its count and unit for "il y a 3 jours".
	rel  string
	n    int
	unit string
	// yearShift is the year of a period "of next year" (+1), "of last
	// year" (-1), "of this year" (0) from the reference's, when shifted.
	yearShift int
	shifted   bool
	// from and to are the ends of a range.
	from, to   *DateExpr
	start, end int // token indexes of the expression's first word and after its last
}

var monthsFR = map[string]int{"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
	"avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10,
	"oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12}

var monthsENMap = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

// monthAbbrev are the abbreviated month names, which count as months only
// inside a date ("4 sept.", "oct. 2021").
var monthAbbrev = lexis.SetOf("janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep")

var weekdaysFR = map[string]int{"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6}
var weekdaysEN = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

// WeekdayOf returns the day of the week a word in lower case names, in
// French or English ("mardi", "tuesday"), and whether it names one.
func WeekdayOf(w string) (time.Weekday, bool) {
	if d, ok := weekdaysFR[w]; ok {
		return time.Weekday(d), true
	}
	d, ok := weekdaysEN[w]
	return time.Weekday(d), ok
}

// The lexicon's classes of the date grammar: MonthName and WeekdayName
// hold the months' and weekdays' names, French and English, which other
// grammars read too; a date expression may start at a word of lexDateStart
// and holds a word of lexDateAnchor; every hyphenated word may start one
// ("mi-mars", "two-year"), and those that start with "mi-" or end in a unit
// of time are anchors.
var (
	MonthName     = lexis.Declare("month", maps.Keys(monthsFR), maps.Keys(monthsENMap))
	WeekdayName   = lexis.Declare("weekday", maps.Keys(weekdaysFR), maps.Keys(weekdaysEN))
	lexDateStart  = lexis.Declare("date start", maps.Keys(dateStarts))
	lexDateAnchor = lexis.Declare("date anchor", maps.Keys(dateAnchors))
)

func init() {
	lexis.Hyphenated(lexDateStart)
	lexis.HyphenatedIf(lexDateAnchor, quantity.TimeUnit, "mi-", "mid-")
	lexis.HyphenatedIf(lexDateAnchor, MonthName)

}

// monthAt reads a month name at token i (English months must be capitalised:
// "may" and "march" are verbs too). It returns the month and the next index.
func monthAt(toks []lexis.Token, i int, lang string) (int, int) {
	if i >= len(toks) || !toks[i].Is(MonthName) {
		return 0, i
	}
	w := toks[i].Fold
	next := i + 1
	abbrev := monthAbbrev[w]
	if abbrev && lexis.FoldAt(toks, next) == "." && !toks[next].Space {
		next++
	}
	if m, ok := monthsFR[w]; ok && lang != "en" {
		if w == "mars" && toks[i].Upper() && !numberBefore(toks, i) && !yearAfter(toks, i+1) {
			return 0, i // "Mars", the planet or the brand
		}
		if abbrev && next == i+1 && !numberBefore(toks, i) && !yearAfter(toks, i+1) {
			return 0, i // abbreviations ("sept", "oct") only in dates
		}
		if toks[i].Upper() && i > 0 && i+1 < len(toks) && toks[i-1].Kind == lexis.Word && toks[i-1].Upper() && toks[i-1].Space &&
			toks[i+1].Kind == lexis.Word && toks[i+1].Upper() && toks[i+1].Space && !numberBefore(toks, i) && !yearAfter(toks, i+1) {
			return 0, i // «Thi Mai Nguyen»: a capitalised month between names is a name's
		}
		return m, next
	}
	if m, ok := monthsENMap[w]; ok && (lang == "en" || lang == "") {
		if (w == "may" || w == "march" || abbrev) && !toks[i].Upper() && !numberBefore(toks, i) && !numberAfter(toks, next) {
			return 0, i
		}
		if (w == "may" || w == "march" || abbrev) && !numberBefore(toks, i) && !yearAfter(toks, i+1) && !numberAfter(toks, next) &&
			!lexis.InSet(lexis.FoldAt(toks, i-1), "in", "early", "late", "mid", "since", "until", "last", "next", "this", "of", "from", "by", "through", "during", "as", "between", "ended", "ending", "before", "after", "into", "throughout") &&
			!monthBeforeNoun(toks, i, abbrev) && !monthSubject(toks, i) &&
			!(i >= 2 && lexis.InSet(lexis.FoldAt(toks, i-1), "and", "to", "through", "or") && toks[i-2].Is(MonthName)) { // (but "between January and March")
			return 0, i
		}
		return m, next
	}
	return 0, i
}

// monthSubject reports whether the capitalised "March" or "May" at i
// opens a sentence that says what that month was: "March was the busiest
// month in the scheme's history" (not "May was prime minister").
func monthSubject(toks []lexis.Token, i int) bool {
	if i > 0 && toks[i-1].Text != "." || !lexis.InSet(lexis.FoldAt(toks, i+1), "was", "is", "has", "had", "saw") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+7 && toks[k].Kind != lexis.Punct; k++ {
		if lexis.InSet(toks[k].Fold, "month", "months") {
			return true
		}
	}
	return false
}

// monthBeforeNoun reports whether the capitalised "March" or "May" at i
// qualifies the noun after it within a sentence: "said March traffic had
// been 1.38 million", "the May figures" (not "Theresa May said", "when May
// took office", "May I").
func monthBeforeNoun(toks []lexis.Token, i int, abbrev bool) bool {
	if abbrev || i == 0 || i+1 >= len(toks) || !toks[i].Upper() {
		return false
	}
	prev, next := toks[i-1], toks[i+1]
	if prev.Kind != lexis.Word || next.Kind != lexis.Word || next.Upper() {
		return false
	}
	// Only after a determiner or a verb that reports figures ("Trump met
	// May", "criticised May for" are a person), and before a noun, not a
	// preposition, a determiner or a verb ("the March for Our Lives").
	if !lexis.InSet(prev.Fold, "the", "its", "their", "his", "her", "this", "last", "said", "says", "showed", "shows", "reported", "reports", "expect", "expects", "forecast", "forecasts") {
		return false
	}
	f := next.Fold
	return !lexis.EnglishPast(f) && !lexis.InSet(f, "says", "does", "goes", "wants", "faces", "would", "will", "could", "can", "should", "might", "must", "had", "has",
		"have", "is", "was", "and", "or", "who", "to", "i", "be", "said", "told", "also", "not", "for", "of", "in", "on", "at", "with", "by", "from", "the", "a", "an")
}

func numberBefore(toks []lexis.Token, i int) bool {
	return i > 0 && toks[i-1].Kind == lexis.Number || i > 1 && toks[i-1].Fold == "er" && toks[i-2].Kind == lexis.Number
}

func numberAfter(toks []lexis.Token, i int) bool {
	return i < len(toks) && toks[i].Kind == lexis.Number
}

func yearAfter(toks []lexis.Token, i int) bool {
	_, ok := yearAt(toks, i)
	return ok
}

// yearAt reads a four-digit year (1000–2999) at token i.
func yearAt(toks []lexis.Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != lexis.Number || toks[i].Suffix() != "" || len(toks[i].Text) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(toks[i].Text)
	if y < 1000 || y > 2999 {
		return 0, false
	}
	// Not a thousands group ("2 021 000") nor a decimal ("2021,5").
	if i+1 < len(toks) && (toks[i+1].Text == "," || toks[i+1].Text == ".") && !toks[i+1].Space && i+2 < len(toks) && toks[i+2].Kind == lexis.Number && !toks[i+2].Space {
		return 0, false
	}
	if i+1 < len(toks) && timeZones[toks[i+1].Fold] && toks[i].Text[2] <= '5' {
		return 0, false // "by 1030 GMT", "at 1415 ET": a time of day
	}
	return y, true
}

// TimeZone reports whether folded word w names a time zone after a time
// of day ("1030 GMT").
func TimeZone(w string) bool { return timeZones[w] }

// timeZones follow a time of day written in four digits.
var timeZones = lexis.SetOf("gmt", "utc", "bst", "cet", "cest", "edt", "pst", "pdt", "hkt", "jst", "sgt", "aest")

// partOfNumber reports whether the number at token i goes on as a larger
// number or an amount: a group of three digits after a space ("3 000"),
// decimals or thousands glued by a comma or a point ("3,500", "1,5"), or a
// scale or a percentage ("10 milliards", "12 %").
func partOfNumber(toks []lexis.Token, i int) bool {
	if toks[i].Suffix() != "" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	switch {
	case n.Kind == lexis.Number && n.Space && len(n.Text) == 3:
		return true
	case (n.Text == "," || n.Text == ".") && !n.Space && i+2 < len(toks) && toks[i+2].Kind == lexis.Number && !toks[i+2].Space:
		return true
	case n.Text == "%":
		return true
	case n.Kind == lexis.Word && !n.Upper() && len(n.Fold) > 3 && !n.Is(MonthName) && (i == 0 || !toks[i-1].Is(MonthName)) && !lexis.InSet(n.Fold, "dernier", "prochain", "last", "next", "avril", "mars", "juin", "juil", "sept", "janv", "fevr", "aout"):
		return true // "a visité mardi 14 villes": what the number counts
	}
	return lexis.InSet(n.Fold, "million", "millions", "milliard", "milliards", "billion", "billions", "trillion", "trillions",
		"mille", "millier", "milliers", "thousand", "thousands", "percent", "pourcent")
}

// dayAt reads a day of the month: "4", "1er", "premier", "4th".
func dayAt(toks []lexis.Token, i int) (int, int) {
	if i >= len(toks) {
		return 0, i
	}
	t := toks[i]
	if t.Kind == lexis.Number && len(t.Text) <= 2 {
		if t.Suffix() != "" && !quantity.IsOrdinalSuffix(t.Suffix()) {
			return 0, i
		}
		if partOfNumber(toks, i) {
			return 0, i // "mardi 3 000 personnes", "Tuesday 3,500 workers", "mardi 10 milliards": a number, not a day
		}
		d, _ := strconv.Atoi(t.Text)
		if d >= 1 && d <= 31 {
			return d, i + 1
		}
	}
	if t.Fold == "premier" || t.Fold == "first" {
		return 1, i + 1
	}
	return 0, i
}

func weekdayAt(toks []lexis.Token, i int, lang string) int {
	if i >= len(toks) || !toks[i].Is(WeekdayName) {
		return -1
	}
	if d, ok := weekdaysFR[toks[i].Fold]; ok && lang != "en" {
		return d
	}
	if d, ok := weekdaysEN[toks[i].Fold]; ok && lang != "fr" {
		return d
	}
	return -1
}

// FindDates returns the date expressions of text in language lang, resolved
// against ref (the publication date; zero when unknown).
func FindDates(text, lang string, ref Date) []DateExpr {
	return FindDatesIn(text, lexis.Tokenize(text, 0, len(text)), lang, ref)
}

// FindDatesIn is FindDates for text already split into tokens toks.
func FindDatesIn(text string, toks []lexis.Token, lang string, ref Date) []DateExpr {
	return FindDatesAfter(text, toks, lang, ref, nil)
}

// FindDatesAfter is FindDatesIn for a passage that follows the expressions
// before, from which anaphoric ones ("la veille", "the following year") take
// their dates.
func FindDatesAfter(text string, toks []lexis.Token, lang string, ref Date, before []DateExpr) []DateExpr {
	return AppendDates(nil, text, toks, lang, ref, before)
}

// ResolveAgain resolves the expressions out that AppendDates found in
// the passage of tokens toks against another reference date ref (the
// publication date read later from the set): each as AppendDates would,
// the anaphoric ones ("la veille", "the following day") from the
// expressions before, the clock times from their day and those of a quote
// from the statement's day.
func ResolveAgain(text string, toks []lexis.Token, out, before []DateExpr, ref Date) {
	for k := range out {
		e := &out[k]
		e.Date, e.AnchorDate, e.Anchor = Date{}, Date{}, ""
		Resolve(e, ref)
		e.Direction = dateDirection(e, ref)
		if e.Relative && !e.Date.IsZero() {
			e.AnchorDate, e.Anchor = ref, "publication"
		}
	}
	anchorQuotes(text, toks, out, ref)
	anchorFiscal(out, before, ref)
	anchorApposedQuarter(text, out)
	anchorEndedQuarter(text, out)
	anchorBracketedMonths(text, out)
	anchorMonthQuarter(text, out)
	anchorClosedYear(text, out)
	anchorAnaphors(out, before, ref)
	anchorPrevQuarter(out, before)
	anchorClocks(text, out, before, ref)
}

// AppendDates appends the date expressions FindDatesAfter finds to dst (a
// buffer reused from passage to passage, which before must not share).
func AppendDates(dst []DateExpr, text string, toks []lexis.Token, lang string, ref Date, before []DateExpr) []DateExpr {
	out, start := dst, len(dst)
	// Every date expression holds an anchor (a number, a month, a weekday or
	// a word like "hier" or "year") within its first six words ("au début
	// de l'année"): only the words just before an anchor are tried.
	anchor := -1   // the next anchor at or after i
	var e DateExpr // a matcher's result
	var cueBuf [64]dateCue
	var cues []dateCue // the tokens' cues, each read on first use
	for i := 0; i < len(toks); {
		if anchor < i {
			anchor = i
			for anchor < len(toks) && !isDateAnchor(toks, anchor) {
				anchor++
			}
		}
		if anchor-i > 5 || !mayStartDate(toks[i]) {
			i++
			continue
		}
		best := DateExpr{end: i}
		// Every matcher, the longest match wins. They are called directly,
		// not through a table, so that e stays on the stack.
		longest := func(ok bool) {
			if ok && e.end > best.end {
				best = e
			}
		}
		// A matcher whose first cue is not within its window is not
		// called (see dateCues).
		if cues == nil {
			cues = cueBuf[:0]
			if len(toks) > len(cueBuf) {
				cues = make([]dateCue, 0, len(toks))
			}
			cues = cues[:len(toks)]
		}
		w := cuesWithin(cues, toks, i)
		try := func(c dateCue, n int) bool { return !lexis.QuickReject || w[n]&c != 0 }
		if try(cueDayMonth, 5) {
			longest(matchDayMonth(toks, i, lang, &e))
		}
		if try(cueMonth, 6) {
			longest(matchMonthYear(toks, i, lang, &e))
		}
		if try(cueYear, 4) {
			longest(matchYear(toks, i, lang, &e))
		}
		longest(matchISO(toks, i, lang, &e))
		longest(matchNumeric(toks, i, lang, &e))
		longest(matchRelative(toks, i, lang, &e))
		if try(cueWeekday, 3) {
			longest(matchWeekday(toks, i, lang, &e))
			longest(matchNthWeekday(toks, i, lang, &e))
			longest(matchWeekdayRange(toks, i, lang, &e))
		}
		if try(cueRangeEnd, 7) {
			longest(matchRange(toks, i, lang, &e))
		}
		// (before a duration: "over the eleven months" is the year's first
		// months, not a stretch of time)
		longest(matchFirstMonths(toks, i, lang, &e))
		if try(cueTimeUnit, 12) {
			longest(matchDuration(toks, i, lang, &e))
		}
		longest(matchClock(toks, i, lang, &e))
		longest(matchReference(toks, i, lang, &e))
		if try(cueYear, 2) || try(cuePeriod, 5) {
			longest(matchPeriod(toks, i, lang, &e))
		}
		longest(matchSet(toks, i, lang, &e))
		longest(matchAnaphor(toks, i, lang, &e))
		if monthPairAt(toks, i) || monthPairAt(toks, i+1) {
			longest(matchMonthPair(toks, i, lang, &e))
		}
		if try(cueHalf, 5) {
			longest(matchHalf(toks, i, lang, &e))
		}
		longest(matchSamePeriod(toks, i, lang, &e))
		longest(matchYearTo(toks, i, lang, &e))
		longest(matchSpanToDay(toks, i, lang, &e))
		longest(matchFiscalYearRef(toks, i, lang, &e))
		if lang != "en" {
			longest(matchRentree(toks, i, &e))
			longest(matchExerciseTo(toks, i, &e))
		}
		if try(cueHoliday, 2) {
			longest(matchHoliday(toks, i, lang, &e))
		}
		if best.end > i && contractMonth(toks, &best) {
			// "the most-traded January copper contract", «l'échéance
			// janvier»: the month a futures contract is for delivery in,
			// no time of the news.
			i = best.end
			continue
		}
		if best.end > i {
			if (best.rel == "quarter" || best.rel == "half") && best.year == 0 && !best.shifted {
				fiscalPeriod(toks, i, &best)
			}
			setPartOfDay(toks, &best)
			best.Since = lexis.InSet(toks[i].Fold, "depuis", "since") || i > 0 && lexis.InSet(toks[i-1].Fold, "depuis", "since") ||
				i > 1 && lexis.InSet(toks[i-2].Fold, "depuis", "since") && lexis.InSet(toks[i-1].Fold, "le", "la", "l'", "the")
			best.fromLevel = fromLevelBefore(toks, i)
			best.base = baseBefore(toks, i) || lexis.InSet(lexis.FoldAt(toks, best.end), "level", "levels", "niveau", "niveaux") && i > 0 && lexis.InSet(toks[i-1].Fold, "the", "its", "their", "son", "leur", "le")
			s := i + leadingPrep(toks, i, best.end)
			if s > i {
				best.Prep = text[toks[i].Start:toks[s-1].End]
			}
			best.Span = lexis.Span{Start: toks[s].Start, End: toks[best.end-1].End}
			best.Text = text[best.Span.Start:best.Span.End]
			if best.from != nil && best.to != nil {
				for _, p := range []*DateExpr{best.from, best.to} {
					if p.end > p.start {
						p.Span = lexis.Span{Start: toks[p.start].Start, End: toks[p.end-1].End}
						p.Text = text[p.Span.Start:p.Span.End]
					}
				}
			}
			if needsDirection(&best) && !closeBefore(toks, s) {
				setTense(&best, clauseDirection(toks, i, best.end, lang))
			}
			if best.rel == "quarter" && best.dir == 0 && best.year == 0 && outlookAfter(toks, best.end) {
				best.dir = 1 // "raised its fourth-quarter copper price forecast", said in September: the coming one
			}
			if best.rel == "anaphor" && (best.unit == "YT" || best.unit == "H") && clauseDirection(toks, i, best.end, lang) == DirFuture {
				best.dir = 1 // "will average 97 euros for the year as a whole": the year may be ahead
			}
			if best.rel == "season" && best.dir == 0 && best.year == 0 && (pastBefore(toks, max(i-6, 0), i, lang) || best.Since || pastBefore(toks, best.end, min(best.end+3, len(toks)), lang) ||
				lang == "en" && slices.ContainsFunc(toks[max(i-6, 0):i], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "was", "were") })) {
				// ("Sales were weak during the fall", said in June: the last one)
				best.toldInPast = true
			}
			if (best.rel == "quarter" || best.rel == "half") && best.dir == 0 && best.year == 0 && !(i > 0 && lexis.InSet(toks[i-1].Fold, "pour", "for", "of", "du")) && !lexis.InSet(toks[i].Fold, "pour", "for") &&
				(pastBefore(toks, max(i-8, 0), i, lang) || pastBefore(toks, best.end, min(best.end+3, len(toks)), lang)) {
				// ("Sales fell 4% in the first quarter", said on January
				// 29: last year's; not «un prix pour le deuxième
				// trimestre»: the period a figure is set for)
				best.toldInPast = true
			}
			Resolve(&best, ref)
			best.Direction = dateDirection(&best, ref)
			if best.Relative && !best.Date.IsZero() {
				best.AnchorDate, best.Anchor = ref, "publication"
			}
			if out == nil {
				// About one expression every forty words in news: one
				// allocation for most passages.
				out = make([]DateExpr, 0, max(2, len(toks)/40))
			}
			out = append(out, best)
			i = best.end
			continue
		}
		i++
	}
	anchorQuotes(text, toks, out[start:], ref)
	anchorFiscal(out[start:], before, ref)
	out = out[:start+len(slices.DeleteFunc(out[start:], func(e DateExpr) bool { return e.rel == "fiscal-year" && e.Date.IsZero() }))] // (no year's end told: no months)
	anchorApposedQuarter(text, out[start:])
	anchorEndedQuarter(text, out[start:])
	anchorBracketedMonths(text, out[start:])
	anchorMonthQuarter(text, out[start:])
	anchorClosedYear(text, out[start:])
	anchorOpeningYear(text, toks, out[start:])
	anchorAnaphors(out[start:], before, ref)
	anchorPrevQuarter(out[start:], before)
	anchorClocks(text, out[start:], before, ref)
	for k := start; k < len(out); k++ {
		trimBrackets(text, &out[k])
	}
	return out
}

// fiscalPeriod marks the quarter or half e that starts at token i as a
// fiscal year's when "fiscal" or "financial" goes before its ordinal or
// inside it ("the fiscal fourth quarter", "the last financial quarter"),
// or when "of the fiscal year", «de l'exercice» follows it, which it then
// takes in ("the third quarter of the current financial year", «au
// second semestre de l'exercice en cours»).
func fiscalPeriod(toks []lexis.Token, i int, e *DateExpr) {
	for k := i; k < e.end; k++ {
		if lexis.InSet(toks[k].Fold, "fiscal", "financial") {
			e.fiscal = true
		}
	}
	if i > 0 && lexis.InSet(toks[i-1].Fold, "fiscal", "financial") {
		e.fiscal = true
	}
	k := e.end
	switch {
	case lexis.FoldAt(toks, k) == "of" && lexis.FoldAt(toks, k+1) == "the":
		j := k + 2
		current := lexis.InSet(lexis.FoldAt(toks, j), "current", "present")
		if current {
			j++
		}
		if lexis.InSet(lexis.FoldAt(toks, j), "fiscal", "financial") && lexis.FoldAt(toks, j+1) == "year" && !yearAfter(toks, j+2) {
			e.fiscal, e.fiscalCurrent, e.end = true, current, j+2
		}
	case lexis.InSet(lexis.FoldAt(toks, k), "de", "du") && lexis.InSet(lexis.FoldAt(toks, k+1), "l'", "cet") && lexis.FoldAt(toks, k+2) == "exercice" &&
		!(k+3 < len(toks) && toks[k+3].Kind == lexis.Number):
		e.fiscal, e.end = true, k+3
		if lexis.FoldAt(toks, k+3) == "en" && lexis.FoldAt(toks, k+4) == "cours" || toks[k+1].Fold == "cet" {
			e.fiscalCurrent, e.end = true, k+5
			if toks[k+1].Fold == "cet" {
				e.end = k + 3
			}
		}
	}
}

// baseBefore reports whether the date at token i follows a figure that
// «contre», "against", "versus" or "compared with" set against another
// (at most its unit and a preposition between).
// fromLevelBefore reports whether the date at i closes "from <amount>
// in": the level a change went from, told with its own year ("from 7.5
// million pounds in 2022", "from $846 million in 2023").
func fromLevelBefore(toks []lexis.Token, i int) bool {
	j := i
	if !lexis.InSet(toks[j].Fold, "in", "for") {
		j--
	}
	if j < 2 || !lexis.InSet(toks[j].Fold, "in", "for") {
		return false
	}
	for m := j - 1; m >= 1 && j-m <= 5; m-- {
		if toks[m].Kind == lexis.Punct && toks[m].Text != "%" && toks[m].Text != "$" && toks[m].Text != "£" && toks[m].Text != "€" {
			return false
		}
		if toks[m].Kind == lexis.Number {
			k := m - 1
			for k >= 2 && lexis.InSet(toks[k].Text, ".", ",") && !toks[k].Space && toks[k-1].Kind == lexis.Number {
				k -= 2 // "7.5": the tokens of one number
			}
			if k >= 1 && lexis.InSet(toks[k].Text, "$", "£", "€") {
				k--
			}
			return toks[k].Fold == "from"
		}
	}
	return false
}

func baseBefore(toks []lexis.Token, i int) bool {
	j := i // the date's preposition, in its span or before it
	if !lexis.InSet(toks[j].Fold, "en", "in") {
		j--
	}
	if j >= 2 && lexis.InSet(toks[j].Fold, "en", "in") && lexis.InSet(toks[j-1].Fold, "etabli", "set", "reached", "atteint", "established") {
		for m := j - 2; m >= 0 && m >= j-12; m-- {
			if lexis.InSet(toks[m].Fold, "record", "peak", "pic", "sommet") {
				return true // «le précédent record de 3,4 millions d'EVP établi en 2019»: the record set against
			}
		}
	}
	if j := i - 1; j >= 1 && (lexis.InSet(toks[j].Fold, "qu'", "que", "than") || j >= 2 && lexis.InSet(toks[j].Fold, "en", "in") && lexis.InSet(toks[j-1].Fold, "qu'", "que", "than")) {
		// «9 % de plus qu'en décembre 2022», "more than in 2019": what
		// the figure is set against
		k := j
		if lexis.InSet(toks[k].Fold, "en", "in") {
			k--
		}
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			if lexis.InSet(toks[m].Fold, "plus", "moins", "more", "less", "fewer", "higher", "lower") {
				return true
			}
		}
	}
	number := false
	for j := i - 1; j >= 1 && i-j <= 8; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "%" && !(toks[j].Text == "," && !toks[j].Space) {
			return false
		}
		if toks[j].Kind == lexis.Number && i-j <= 4 && (lexis.InSet(toks[j-1].Fold, "contre", "against", "versus", "vs") || j >= 2 && toks[j-1].Fold == "with" && toks[j-2].Fold == "compared") {
			return true
		}
		number = number || toks[j].Kind == lexis.Number
		if number && lexis.InSet(toks[j].Fold, "apres", "after") && lexis.InSet(lexis.FoldAt(toks, j+1), "une", "un", "a", "an") {
			return true // «après une baisse de 0,2 % au troisième trimestre», "after a 0.2% fall in the third quarter": the change before, set against
		}
	}
	return false
}

// trimBrackets leaves out of a date's span a bracket it does not close or
// open: "octobre(2021)" gives "2021", not "(2021)", so that the passage
// view highlights the date's words only.
func trimBrackets(text string, e *DateExpr) {
	s, t := e.Span.Start, e.Span.End
	if s >= t || t > len(text) {
		return
	}
	if t-s > 2 && (text[s] == '(' && text[t-1] == ')' || text[s] == '[' && text[t-1] == ']') {
		s, t = s+1, t-1 // "(2021)": the year, in its brackets
	}
	if c := text[s]; (c == '(' || c == '[') && !strings.ContainsRune(text[s+1:t], map[byte]rune{'(': ')', '[': ']'}[c]) {
		s++
	}
	if c := text[t-1]; t-1 > s && (c == ')' || c == ']') && !strings.ContainsRune(text[s:t-1], map[byte]rune{')': '(', ']': '['}[c]) {
		t--
	}
	if s != e.Span.Start || t != e.Span.End {
		e.Span.Start, e.Span.End = s, t
		e.Text = strings.TrimSpace(text[s:t])
	}
}

// datePrepositions are the words before a date that TimeML leaves out of its
// span: they tell how to read the date ("depuis 2017", "until Friday").
var datePrepositions = lexis.SetOf("en", "in", "depuis", "since", "des", "avant", "apres", "before", "after", "until", "till",
	"jusqu'en", "jusqu'", "jusqu'au", "jusqu'a", "of", "by", "durant", "during", "from", "de", "du", "d'", "au", "aux",
	"a", "to", "et", "and", "through", "on", "at", "pendant", "within", "over", "for", "sur", "courant", "entre",
	"between", "vers", "around", "about")

// leadingPrep returns how many words from i, before end, are datePrepositions
// to leave out of a date's span: "en", "jusqu'au", "à partir du", "en
// l'espace de", "in the space of", "au cours de".
func leadingPrep(toks []lexis.Token, i, end int) int {
	for _, ws := range [][]string{{"en", "l'", "espace", "de"}, {"en", "l'", "espace", "d'"}, {"in", "the", "space", "of"},
		{"a", "partir", "du"}, {"a", "partir", "de"}, {"a", "partir", "d'"}, {"au", "cours", "de"}, {"au", "cours", "du"},
		{"au", "cours", "d'"}, {"from", "as", "early", "as"}} {
		if i+len(ws) < end && lexis.MatchWords(toks, i, ws...) {
			return len(ws)
		}
	}
	if i+1 >= end || !datePrepositions[toks[i].Fold] {
		return 0
	}
	// "a" before a unit of time is English's article ("a week"), "des"
	// before one French's ("depuis des années").
	if (toks[i].Fold == "a" || toks[i].Fold == "des") && toks[i+1].Is(quantity.TimeUnit) {
		return 0
	}
	// Lower-case "a" without its accent is a verb or an article ("a
	// later date"), not "à".
	if toks[i].Text == "a" {
		return 0
	}
	// "jusqu'en", "jusqu'au", "jusqu'à".
	if toks[i].Fold == "jusqu'" && i+2 < end && lexis.InSet(toks[i+1].Fold, "en", "au", "a", "aux") {
		return 2
	}
	return 1
}

// set stores e in out and reports a match.
func (out *DateExpr) set(e DateExpr) bool {
	*out = e
	return true
}

// anyWithin reports whether one of the n tokens from i satisfies f: a
// matcher's quick test for the words it cannot do without.
func anyWithin(toks []lexis.Token, i, n int, f func(*lexis.Token) bool) bool {
	if !lexis.QuickReject {
		return true
	}
	for k := i; k < min(len(toks), i+n); k++ {
		if f(&toks[k]) {
			return true
		}
	}
	return false
}

func newExpr(kind DateKind) DateExpr {
	return DateExpr{Kind: kind, weekday: -1}
}

// matchDayMonth: "[le] [lundi] 4 octobre [2021]", "October 4[, 2021]",
// "Monday, Oct. 4", "4th of October".
func matchDayMonth(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// A day and a month, the first of them within five words.
	if !anyWithin(toks, i, 5, func(t *lexis.Token) bool {
		return t.Kind == lexis.Number && len(t.Text) <= 2 || t.Is(MonthName) || t.Fold == "premier" || t.Fold == "first"
	}) {
		return false
	}
	e := newExpr(DatePartial)
	j := i
	// A preposition that reads the date goes with it ("since July 24,
	// 2003"): the month matcher must not take "since July" alone.
	if lexis.InSet(lexis.FoldAt(toks, j), "since", "until", "by", "before", "after", "depuis") {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "le", "ce", "cet", "on", "the", "this") {
		e.Deictic = lexis.InSet(lexis.FoldAt(toks, j), "ce", "cet", "this")
		j++
	}
	if wd := weekdayAt(toks, j, lang); wd >= 0 {
		e.weekday = wd
		j++
		if lexis.FoldAt(toks, j) == "," {
			j++
		}
		if lexis.FoldAt(toks, j) == "the" {
			j++
		}
	}
	if d, k := dayAt(toks, j); d > 0 {
		k2 := k
		if lexis.FoldAt(toks, k2) == "of" {
			k2++
		}
		if m, k3 := monthAt(toks, k2, lang); m > 0 {
			e.day, e.month, j = d, m, k3
		}
	}
	if e.month == 0 {
		// English order: "October 4, 2021", "Oct. 4".
		if m, k := monthAt(toks, j, lang); m > 0 {
			if d, k2 := dayAt(toks, k); d > 0 && !(k2 < len(toks) && quantity.RankNouns[lexis.FoldAt(toks, k2)]) {
				e.day, e.month, j = d, m, k2
			}
		}
	}
	if e.month == 0 || e.day == 0 {
		return false
	}
	k := j
	if lexis.FoldAt(toks, k) == "," {
		k++
	}
	if y, ok := yearAt(toks, k); ok {
		e.year = y
		e.Kind = DateAbsolute
		j = k + 1
	} else if y, ok := shortYearAt(toks, j); ok && lang != "en" {
		e.year = y
		e.Kind = DateAbsolute
		j++
	} else if d := cueDirection(lexis.FoldAt(toks, j)); d != 0 {
		// "le 6 mai dernier", "13 avril prochains".
		e.dir = d
		j++
	}
	e.end = j
	return out.set(e)
}

// cueDirection reads "dernier" (-1) and "prochain" (+1) in their forms.
func cueDirection(w string) int {
	switch w {
	case "dernier", "derniere", "derniers", "dernieres", "passe", "passee":
		return -1
	case "prochain", "prochaine", "prochains", "prochaines":
		return 1
	}
	return 0
}

// shortYearAt reads a two-digit year after a month ("octobre 98", "le 10
// novembre 93") as the year of the century that puts it at most ten years
// ahead of today's century's turn; a count of something ("93 personnes")
// is not a year.
func shortYearAt(toks []lexis.Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != lexis.Number || len(toks[i].Text) != 2 || toks[i].Suffix() != "" || !toks[i].Space {
		return 0, false
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if n.Kind == lexis.Number || n.Kind == lexis.Word && !n.Upper() && !lexis.InSet(n.Fold, "et", "and", "a", "au", "en", "dans", "qui", "ou", "pour", "par", "avec", "lors", "when", "in", "at", "on",
			"pres", "sur", "sous", "vers", "chez", "apres", "avant", "depuis", "lorsque", "quand", "avait", "ont", "est", "etait", "sont",
			"avaient", "etaient", "il", "elle", "ils", "elles", "le", "la", "les", "l'", "un", "une") {
			// (a verb or a preposition may follow the year: "le 10 novembre 93
			// avait causé", "le 10 novembre 93 près de Bordeaux")
			return 0, false
		}
		if n.Kind == lexis.Punct && (n.Text == "%" || n.Text == "," && i+2 < len(toks) && toks[i+2].Kind == lexis.Number && !toks[i+2].Space) {
			return 0, false
		}
	}
	y := atoi(toks[i].Text)
	if y <= 30 {
		return 2000 + y, true
	}
	return 1900 + y, true
}

// matchMonthYear: "janvier 2021", "en août", "en août dernier", "début
// octobre", "fin janvier 2021", "mi-mars", "in August", "last August",
// "early October", "au mois de mai".
func matchMonthYear(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// A month within six words ("au mois de début mai").
	if !anyWithin(toks, i, 6, func(t *lexis.Token) bool {
		return t.Is(MonthName) || strings.HasPrefix(t.Fold, "mi-") || strings.HasPrefix(t.Fold, "mid-")
	}) {
		return false
	}
	e := newExpr(DatePartial)
	j := i
	switch w := lexis.FoldAt(toks, j); {
	case lexis.InSet(w, "en", "in", "since", "depuis", "courant", "during", "of"):
		j++
	case lexis.MatchWords(toks, j, "au", "mois", "de"), lexis.MatchWords(toks, j, "au", "mois", "d'"),
		lexis.MatchWords(toks, j, "le", "mois", "de"), lexis.MatchWords(toks, j, "le", "mois", "d'"):
		j += 3
	case w == "last":
		e.dir = -1
		j++
	case w == "next":
		e.dir = 1
		j++
	}
	if p := partWord(lexis.FoldAt(toks, j)); p != "" {
		e.part = p
		j++
		if lexis.InSet(lexis.FoldAt(toks, j), "-", "of") {
			j++
		}
	} else if w := lexis.FoldAt(toks, j); strings.HasPrefix(w, "mi-") || strings.HasPrefix(w, "mid-") {
		rest := w[strings.IndexByte(w, '-')+1:]
		if m, ok := monthsFR[rest]; ok && lang != "en" {
			e.month = m
		} else if m, ok := monthsENMap[rest]; ok && lang != "fr" {
			e.month = m
		}
		if e.month > 0 {
			e.part = "mid"
			j++
		}
	}
	if e.month == 0 {
		m, k := monthAt(toks, j, lang)
		if m == 0 {
			return false
		}
		e.month, j = m, k
		if lang != "fr" && e.part == "" && lexis.InSet(lexis.FoldAt(toks, i), "of", "since", "during") && j < len(toks) && toks[j].Kind == lexis.Number && len(toks[j].Text) <= 2 {
			if d, err := strconv.Atoi(toks[j].Text); err == nil && d >= 1 && d <= 31 {
				return false // "the summit of June 12": a day, read from the month on
			}
		}
	}
	if lexis.FoldAt(toks, j) == "," && lang == "en" {
		if _, ok := yearAt(toks, j+1); ok {
			j++
		}
	}
	// "January of this year", "mars de l'année dernière": one expression.
	if n, k := yearOfAt(toks, j); k > j && e.part == "" && e.dir == 0 {
		e.rel, e.n, e.end, e.Relative = "month-of-year", n, k, true
		e.Kind = DateRelative
		return out.set(e)
	}
	if y, ok := yearAt(toks, j); ok {
		e.year, e.dir = y, 0
		j++
	} else if y, ok := shortYearAt(toks, j); ok && e.part == "" && lang != "en" {
		e.year, e.dir = y, 0
		j++
	} else if d := cueDirection(lexis.FoldAt(toks, j)); d != 0 {
		e.dir = d
		j++
	} else if lexis.InSet(lexis.FoldAt(toks, j), "dernier", "passe", "precedent") {
		e.dir = -1
		j++
	} else if lexis.FoldAt(toks, j) == "prochain" {
		e.dir = 1
		j++
	}
	e.Relative = e.year == 0 && e.dir != 0
	e.end = j
	e.Kind = kindFor(e)
	return out.set(e)
}

// matchRentree: «à la rentrée 2025», «la rentrée scolaire 2024», «dès
// la rentrée universitaire 2023»: the September the French school year
// starts in.
func matchRentree(toks []lexis.Token, i int, out *DateExpr) bool {
	j := i
	if lexis.InSet(lexis.FoldAt(toks, j), "a", "des", "depuis", "pour", "avant", "apres", "de") {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "la", "cette") {
		j++
	}
	if lexis.FoldAt(toks, j) != "rentree" {
		return false
	}
	j++
	if lexis.InSet(lexis.FoldAt(toks, j), "scolaire", "universitaire") {
		j++
	}
	y, ok := yearAt(toks, j)
	if !ok {
		return false
	}
	e := newExpr(DateAbsolute)
	e.month, e.year, e.end = 9, y, j+1
	return out.set(e)
}

// yearOfAt reads "of this year", "of last year", "de cette année", "de
// l'année dernière", "de l'an prochain" after a month: the year's offset
// from the reference and the index after the words (j when none).
func yearOfAt(toks []lexis.Token, j int) (int, int) {
	for _, p := range []struct {
		words []string
		n     int
	}{
		{[]string{"of", "this", "year"}, 0}, {[]string{"of", "last", "year"}, -1}, {[]string{"of", "next", "year"}, 1},
		{[]string{"de", "cette", "annee"}, 0}, {[]string{"de", "l'", "annee", "derniere"}, -1}, {[]string{"de", "l'", "an", "dernier"}, -1},
		{[]string{"de", "l'", "annee", "prochaine"}, 1}, {[]string{"de", "l'", "an", "prochain"}, 1},
		// "October last year", "en octobre l'an dernier"
		{[]string{"last", "year"}, -1}, {[]string{"this", "year"}, 0}, {[]string{"next", "year"}, 1},
		{[]string{"l'", "an", "dernier"}, -1}, {[]string{"l'", "annee", "derniere"}, -1}, {[]string{"l'", "an", "prochain"}, 1},
		{[]string{"l'", "annee", "prochaine"}, 1},
	} {
		if lexis.MatchWords(toks, j, p.words...) {
			return p.n, j + len(p.words)
		}
	}
	return 0, j
}

// partWord reads "début/early", "mi/mid", "fin/late/end" as a part of a
// month or year.
func partWord(w string) string {
	switch w {
	case "debut", "early", "beginning", "start":
		return "early"
	case "mi", "mid", "middle":
		return "mid"
	case "fin", "late", "end":
		return "late"
	}
	return ""
}

func kindFor(e DateExpr) DateKind {
	if e.Relative {
		return DateRelative
	}
	if e.year > 0 {
		return DateAbsolute
	}
	return DatePartial
}

// matchYear: "en 2013", "depuis 2013", "in 2013", "fin 2020", "début 2021",
// "mi-2021", "early 2021", "l'année 2020", "(2019)".
func matchYear(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	// A year within four words.
	if !anyWithin(toks, i, 4, func(t *lexis.Token) bool { return t.Kind == lexis.Number && len(t.Text) == 4 }) {
		return false
	}
	e := newExpr(DateAbsolute)
	if y, ok := bareYearAt(toks, i, lang); ok {
		e.year, e.end = y, i+1
		return out.set(e)
	}
	j := i
	w := lexis.FoldAt(toks, j)
	switch {
	case lexis.InSet(w, "en", "in", "depuis", "since", "des", "avant", "apres", "before", "after", "until", "jusqu'en",
		"annee", "year", "of", "by", "dans", "durant", "during", "from", "de", "du", "au", "a", "to", "et", "and", "through", "for", "pour"):
		j++
	case lexis.MatchWords(toks, j, "l'", "annee"), lexis.MatchWords(toks, j, "jusqu'", "en"), lexis.MatchWords(toks, j, "the", "year"):
		j += 2
	case lexis.MatchWords(toks, j, "d'", "ici"):
		j += 2 // "d'ici 2026", "d'ici à 2027"
		if lexis.FoldAt(toks, j) == "a" {
			j++
		}
	case partWord(w) != "":
		e.part = partWord(w)
		j++
		if lexis.InSet(lexis.FoldAt(toks, j), "-", "of") {
			j++
		}
	case w == "mi-" || w == "mid-":
		e.part = "mid"
		j++
	case w == "(":
		if y, ok := yearAt(toks, j+1); ok && lexis.FoldAt(toks, j+2) == ")" {
			e.year, e.end = y, j+3
			return out.set(e)
		}
		return false
	default:
		return false
	}
	y, ok := yearAt(toks, j)
	if !ok {
		return false
	}
	// "en 2021 millions" reads as a count, not a year.
	if _, ok := quantity.ScaleWordAt(toks, j+1, lang); ok {
		return false
	}
	// After a weak preposition ("de 2000 utilisateurs", "of 2000 people") a
	// following lower-case word makes the number a count.
	if lexis.InSet(w, "of", "by", "from", "de", "du", "au", "a", "to", "et", "and", "through", "for", "pour") && j+1 < len(toks) &&
		toks[j+1].Kind == lexis.Word && !toks[j+1].Upper() && !lexis.InSet(toks[j+1].Fold, "et", "and", "a", "to", "au") && !yearFollowers[toks[j+1].Fold] &&
		!(lexis.InSet(w, "for", "pour") && (forYearFollowers[toks[j+1].Fold] || lexis.EnglishPast(toks[j+1].Fold))) && !(w == "by" && toks[j+1].Fold == "from" && j+2 < len(toks) && toks[j+2].Kind == lexis.Number) {
		// (but "would rise to 6.4% by 2025 from 3.5% now": a target
		// year, then the level it rises from)
		return false
	}
	e.year = y
	e.end = j + 1
	return out.set(e)
}

// yearFollowers are the words that follow a year, never a count: a verb
// of being or having, an article, a preposition ("les prévisions pour 2013
// sont", "forecasts for 2013 are", "for 2013 in France"; see also
// forYearFollowers).
var yearFollowers = lexis.SetOf("sont", "sera", "seront", "est", "etait", "etaient", "ont", "avait", "are", "is", "was", "were", "will",
	"has", "have", "had", "would", "the", "le", "la", "les", "un", "une", "an", "ne", "n'", "avec", "with", "aux", "en", "in",
	"on", "at", "par", "contre", "against", "than", "que", "qui", "which", "that", "compared", "versus", "vs",
	// "in 2022 and 2023 combined", «en 2022 et 2023 cumulées»: years added up
	"combined", "together", "respectively", "cumules", "cumulees", "confondus", "confondues", "respectivement")

// forYearFollowers follow a year that "for" or «pour» brings in, never a
// count: "a budget for 2025 by a vote of 7-4" (not "rose to 1500 after the
// aftershocks", "grew to 2000 by the end of the season": counts); so does
// a verb in the past ("Pre-tax profit for 2025 rose to 7.3 billion").
var forYearFollowers = lexis.SetOf("by", "after", "before", "amid", "despite", "because", "apres", "avant", "malgre")

// periodPlurals are plural nouns a year before them dates, never counts:
// "its 2020 accounts", "the 2022 elections".
var periodPlurals = lexis.SetOf("accounts", "results", "earnings", "financials", "statements", "elections", "olympics", "finals",
	"championships", "games", "figures")

// bareYearAt reads a year without a preposition where the words around it
// make it one: modifying a noun after a determiner ("the 1991 agreement",
// "the 2008 Beijing Olympic Games"; not "the 2000 employees", a count), or
// the subject of a sentence ("2007 was the year of the iPhone", "2002 a
// été"). Only years 1900–2099.
func bareYearAt(toks []lexis.Token, i int, lang string) (int, bool) {
	y, ok := yearAt(toks, i)
	if !ok || y < 1900 || y > 2099 || i+1 >= len(toks) {
		return 0, false
	}
	next := toks[i+1]
	if i > 0 && lexis.InSet(toks[i-1].Fold, "the", "its", "their", "this", "that") && lang != "fr" {
		if next.Kind != lexis.Word || next.Is(quantity.TimeUnit|MonthName) || quantity.Scale(next.Fold) > 0 ||
			!next.Upper() && strings.HasSuffix(next.Fold, "s") && !strings.HasSuffix(next.Fold, "ss") && !periodPlurals[next.Fold] {
			// (but "its 2020 accounts", "the 2022 elections": the year
			// they are of, not a count)
			return 0, false
		}
		return y, true
	}
	if yearResultNouns[next.Fold] && !next.Upper() && lang != "fr" && !(i > 0 && (toks[i-1].Kind == lexis.Number || lexis.InSet(toks[i-1].Fold, "of", "by", "to", "from", "about", "around", "some", "nearly", "almost", "over", "than"))) {
		// "Zorgon's 2024 revenue was $3 billion", "expects 2026 sales of
		// $4 billion": the year the result is of (not "sales of 2024
		// units").
		return y, true
	}
	if i > 0 && (lexis.InSet(toks[i-1].Fold, "budget", "exercice", "bilan", "saison", "season", "millesime", "edition", "fiscal", "financial", "comptable") || lang != "en" && yearResultNouns[toks[i-1].Fold]) && (next.Kind != lexis.Number || next.Text == ",") {
		// "le budget 2025", "l'exercice 2024", "l'édition 2023", "in
		// fiscal 2025", «l'exercice fiscal 2024»: the year the thing is
		// of.
		return y, true
	}
	if i == 0 || toks[i-1].Kind == lexis.Punct && lexis.InSet(toks[i-1].Text, ".", "!", "?") {
		if lang != "fr" && lexis.InSet(next.Fold, "was", "is", "will", "has", "had", "saw", "marked") ||
			lang != "en" && lexis.InSet(next.Fold, "a", "fut", "sera", "restera", "marque", "voit") {
			return y, true
		}
	}
	return 0, false
}

// contractMonth reports whether e, a month told alone, names the delivery
// month of a futures contract: "the January copper contract", "March
// futures", "the benchmark three-month contract" is not one.
func contractMonth(toks []lexis.Token, e *DateExpr) bool {
	if e.Kind != DatePartial || e.month == 0 || e.day != 0 || e.year != 0 || e.rel != "" {
		return false
	}
	for j := e.end; j < len(toks) && j <= e.end+2; j++ {
		if lexis.InSet(toks[j].Fold, "contract", "contracts", "futures", "delivery", "contrat", "contrats") {
			return true
		}
		if toks[j].Kind != lexis.Word || toks[j].Upper() {
			return false
		}
	}
	return false
}

// closeBefore reports whether a market's close ("a premium of 61% to
// Celdara's closing price on Monday", «le cours de clôture de vendredi»)
// is among the three words before token s: a price already set, whatever
// the tense of the clause that uses it.
func closeBefore(toks []lexis.Token, s int) bool {
	for j := s - 1; j >= 0 && j >= s-3; j-- {
		if CloseAt(toks, j) {
			return true
		}
	}
	return false
}

// CloseAt reports whether token j names a market's close: "closing", "the
// close", "Friday's close", «(cours de) clôture» (not "will close in
// June": the verb).
func CloseAt(toks []lexis.Token, j int) bool {
	switch toks[j].Fold {
	case "closing":
		return true
	case "close":
		return j > 0 && lexis.InSet(toks[j-1].Fold, "the", "'s", "its", "their", "at", "s")
	case "cloture":
		return j > 0 && lexis.InSet(toks[j-1].Fold, "de", "la", "sa")
	}
	return false
}

// yearResultNouns are the results a year before them (English) or after
// them (French) dates: "2024 revenue", «chiffre d'affaires 2024».
var yearResultNouns = lexis.SetOf("revenue", "revenues", "sales", "profit", "profits", "earnings", "output", "production", "deficit",
	"guidance", "forecast", "forecasts", "target", "targets", "results", "harvest", "turnover", "ebitda", "income", "spending",
	"affaires", "ventes", "resultats", "benefice", "benefices", "recolte", "objectif", "objectifs", "prevision", "previsions", "comptes", "deficit")

// matchISO: "2021-10-04", "2021-10".
func matchISO(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	y, ok := yearAt(toks, i)
	if !ok || lexis.FoldAt(toks, i+1) != "-" || toks[i+1].Space || i+2 >= len(toks) || toks[i+2].Kind != lexis.Number || toks[i+2].Space || len(toks[i+2].Text) != 2 {
		return false
	}
	m, _ := strconv.Atoi(toks[i+2].Text)
	if m < 1 || m > 12 {
		return false
	}
	e := newExpr(DateAbsolute)
	e.year, e.month, e.end = y, m, i+3
	if lexis.FoldAt(toks, i+3) == "-" && !toks[i+3].Space && i+4 < len(toks) && toks[i+4].Kind == lexis.Number && !toks[i+4].Space && len(toks[i+4].Text) == 2 {
		d, _ := strconv.Atoi(toks[i+4].Text)
		if d >= 1 && d <= DaysIn(y, m) {
			e.day, e.end = d, i+5
		}
	}
	return out.set(e)
}

// matchNumeric: "04/10/2021" (day first in French, month first in English),
// "4.10.2021".
func matchNumeric(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if i+4 >= len(toks) || toks[i].Kind != lexis.Number || len(toks[i].Text) > 2 {
		return false
	}
	sep := lexis.FoldAt(toks, i+1)
	if (sep != "/" && sep != ".") || lexis.FoldAt(toks, i+3) != sep || toks[i+1].Space || toks[i+3].Space || toks[i+2].Space || toks[i+4].Space {
		return false
	}
	if toks[i+2].Kind != lexis.Number || len(toks[i+2].Text) > 2 {
		return false
	}
	a, _ := strconv.Atoi(toks[i].Text)
	b, _ := strconv.Atoi(toks[i+2].Text)
	y, ok := yearAt(toks, i+4)
	if !ok {
		if toks[i+4].Kind == lexis.Number && len(toks[i+4].Text) == 2 && toks[i+4].Suffix() == "" {
			y, _ = strconv.Atoi(toks[i+4].Text)
			y += 2000
			if y > 2069 {
				y -= 100
			}
		} else {
			return false
		}
	}
	d, m := a, b
	if lang == "en" && a <= 12 {
		d, m = b, a
	}
	if m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) {
		return false
	}
	e := newExpr(DateAbsolute)
	e.year, e.month, e.day, e.end = y, m, d, i+5
	return out.set(e)
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dateStarts are the words a date expression can start with; other words
// are skipped without trying the matchers.
// periodCompounds are the periods written as one hyphenated word before a
// noun ("third-quarter revenue", "first-half profit").
var periodCompounds = []string{"first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half", "second-half"}

var dateStarts = func() map[string]bool {
	m := lexis.SetOf("le", "les", "la", "ce", "cet", "cette", "ces", "on", "the", "this", "en", "in", "since", "depuis", "courant",
		"during", "of", "au", "last", "next", "debut", "early", "beginning", "start", "mi", "mid", "middle", "fin", "late",
		"end", "des", "avant", "apres", "before", "after", "until", "jusqu'en", "jusqu'", "annee", "year", "by", "dans",
		"durant", "from", "de", "du", "a", "to", "et", "and", "through", "l'", "(", "mi-", "mid-", "entre", "between",
		"d'", "il", "pendant", "within", "over", "for", "pour", "sur", "premier", "first", "plus", "earlier", "later", "at",
		"these", "tonight", "today", "yesterday", "tomorrow", "hier", "demain", "aujourd'hui", "avant-hier", "an", "one",
		"q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4", "q", "t", "environ", "presque", "nearly", "almost", "premier", "deuxieme", "troisieme", "quatrieme", "second", "third", "fourth",
		"plusieurs", "quelques", "several", "many", "few", "chaque", "tous", "toutes", "every", "each", "that", "h", "premiere", "derniere")
	addCalendarWords(m)
	addTimeOfDayWords(m)
	for k := range quantity.UnitWords() {
		m[k] = true
	}
	for _, r := range relativeWords {
		m[r.words[0]] = true
	}
	for _, r := range referenceWords {
		m[r.words[0]] = true
	}
	for k := range seasons {
		m[k] = true
	}
	for _, c := range periodCompounds {
		m[c] = true
	}
	for _, h := range holidays {
		m[h.words[0]] = true
	}
	return m
}()

// monthPairAt reports whether token i is a hyphenated word that ends on a
// month ("October-December"), for matchMonthPair.
func monthPairAt(toks []lexis.Token, i int) bool {
	return i < len(toks) && toks[i].Is(lexDateAnchor) && strings.IndexByte(toks[i].Fold, '-') > 0
}

// mayStartDate reports whether a date expression can start at t.
func mayStartDate(t lexis.Token) bool {
	switch t.Kind {
	case lexis.Number:
		return true
	case lexis.Punct:
		return t.Text == "("
	}
	return t.Is(lexDateStart)
}

// dateAnchors are the words one of which every date expression holds.
var dateAnchors = func() map[string]bool {
	m := lexis.SetOf("hier", "demain", "aujourd'hui", "avant-hier", "today", "yesterday", "tomorrow", "tonight", "jour",
		"jours", "journee", "semaine", "semaines", "mois", "mois-ci", "an", "ans", "annee", "annees", "annee-la", "week", "weeks",
		"month", "months", "year", "years", "day", "days", "matin", "soir", "nuit", "apres-midi", "morning", "evening",
		"night", "afternoon", "heure", "heures", "hour", "hours", "minute", "minutes", "trimestre", "quarter", "ago",
		"q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4", "veille", "avant-veille", "week-end", "weekend", "semestre", "half", "lendemain", "surlendemain", "jour-la", "decennie", "decennies", "decade", "decades", "siecle", "siecles",
		"century", "centuries", "season", "saison", "exercice", "period", "periode")
	addCalendarWords(m)
	addTimeOfDayWords(m)
	for _, c := range periodCompounds {
		m[c] = true
	}
	for _, r := range referenceWords {
		m[r.words[len(r.words)-1]] = true
	}
	for k := range seasons {
		m[k] = true
	}
	for _, h := range holidays {
		m[h.words[len(h.words)-1]] = true
	}
	for _, names := range []map[string]int{weekdaysFR, weekdaysEN} {
		for k := range names {
			m[k+"s"] = true // "tous les jeudis", "every Thursdays"
		}
	}
	return m
}()

// addCalendarWords adds the month and weekday names of both languages to m.
func addCalendarWords(m map[string]bool) {
	for _, names := range []map[string]int{monthsFR, monthsENMap, weekdaysFR, weekdaysEN} {
		for k := range names {
			m[k] = true
		}
	}
}

// addTimeOfDayWords adds the words of clock times and parts of the day to m.
func addTimeOfDayWords(m map[string]bool) {
	for k := range clockWords {
		m[k] = true
	}
	for k := range partsOfDay {
		m[k] = true
	}
}

// isDateAnchor reports whether token i is a word every date needs one of,
// or a number a date can be made of: a year's four digits, a day (up to 31,
// "1er", "4th"), a count of a unit of time ("45 min", "72h"). "70 millions",
// "56e", "500" and "16 000" date nothing.
func isDateAnchor(toks []lexis.Token, i int) bool {
	t := toks[i]
	if t.Kind != lexis.Number {
		// "été" is the season only after a determiner or "en" ("l'été",
		// "en été"), or capitalised ("Eté comme hiver"); mostly it is a verb
		// ("a été", "n'ont pas été").
		if lexis.QuickReject && t.Fold == "ete" && !t.Upper() && (i == 0 || !lexis.InSet(toks[i-1].Fold, "l'", "cet", "cette", "ce", "le", "la", "en", "d'", "de")) {
			return false
		}
		return t.Is(lexDateAnchor)
	}
	if !lexis.QuickReject {
		return true
	}
	// A count of a unit of time ("45 min", "72 h", "3 petites heures").
	for k := i + 1; k < min(len(toks), i+3); k++ {
		if toks[k].Is(quantity.TimeUnit) {
			return true
		}
	}
	switch {
	case len(t.Text) == 4:
		return true
	case len(t.Text) > 2:
		return false
	case t.Suffix() != "":
		f := t.Suffix()
		if _, ok := quantity.TimeUnitOf(f); ok || f == "am" || f == "pm" {
			return true
		}
		if !quantity.IsOrdinalSuffix(f) || t.Text > "31" && len(t.Text) == 2 {
			return false
		}
	case len(t.Text) == 2 && t.Text > "31":
		return false
	}
	if i+1 < len(toks) {
		next := toks[i+1]
		if next.Text == "%" || next.Kind == lexis.Word && quantity.Scale(next.Fold) > 0 ||
			next.Kind == lexis.Number && next.Space && len(next.Text) == 3 { // "16 000"
			return false
		}
	}
	return true
}

// Ends returns the two dates of a range as expressions of their own, with
// their spans and dates, when the words located both; nil otherwise.
func (e DateExpr) Ends() []DateExpr {
	if e.from == nil || e.to == nil || e.from.Span.End == 0 || e.to.Span.End == 0 {
		return nil
	}
	return []DateExpr{*e.from, *e.to}
}

// WrittenYear returns the year the words fixed, 0 when they gave none.
func (e *DateExpr) WrittenYear() int { return e.year }

// LooksBack reports whether the expression is an anaphor that looks back
// from the day told before ("la veille", "the day before", "deux jours
// plus tôt"): an aside, not the day a story goes on from.
func (e *DateExpr) LooksBack() bool { return e.rel == "anaphor" && e.n < 0 }

// WrittenMonth returns the month the words fixed, 0 when they gave none.
func (e *DateExpr) WrittenMonth() int { return e.month }

// WrittenDay returns the day of the month the words fixed, 0 when they gave
// none.
func (e *DateExpr) WrittenDay() int { return e.day }

// WrittenWeekday returns the day of the week the words named (0 for
// Sunday), -1 when they named none.
func (e *DateExpr) WrittenWeekday() int { return e.weekday }

// outlookAfter reports whether a noun of a forecast closes the noun phrase
// a period opens at token k, within four words ("fourth-quarter copper
// price forecast", "third-quarter guidance", "Q4 outlook"): what is told of
// the period is looked forward to.
func outlookAfter(toks []lexis.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].Kind != lexis.Word {
			return false
		}
		if lexis.InSet(toks[j].Fold, "forecast", "forecasts", "outlook", "guidance", "target", "targets", "projection", "projections") {
			return true
		}
	}
	return false
}
