package timex

import (
	"iter"
	"time"

	"github.com/claimline/claimline/model/claim"
)

// Date is a calendar date with its precision, or a range of them: a
// claim.Date under the time expressions' name (package model names it again,
// model.Date). It is a type of its own rather than an alias so that this
// package can give it methods of its own (ShiftYears); its fields are
// claim.Date's, so the two convert freely (claim.Date(d)), and its other
// methods are claim.Date's.
type Date claim.Date

// Day returns the day-precise date y-m-d.
func Day(y int, m time.Month, d int) Date { return Date(claim.Day(y, m, d)) }

// MonthOf returns the month-precise date y-m.
func MonthOf(y int, m time.Month) Date { return Date(claim.MonthOf(y, m)) }

// YearOf returns the year-precise date y.
func YearOf(y int) Date { return Date(claim.YearOf(y)) }

// Between returns the range from a to b (each at its own precision; the
// range takes the finer of the two).
func Between(a, b Date) Date { return Date(claim.Between(claim.Date(a), claim.Date(b))) }

// ParseISODate reads "2021-10-04T17:40", "2021-10-04", "2021-10", "2021" or
// "a/b"; "" is the zero date.
func ParseISODate(s string) (Date, error) {
	d, err := claim.ParseISODate(s)
	return Date(d), err
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return claim.Date(d).IsZero() }

// Valid reports whether the date is known and its end is not before its start.
func (d Date) Valid() bool { return claim.Date(d).Valid() }

// Mid returns the middle of the date's span, used to place it on an axis.
func (d Date) Mid() time.Time { return claim.Date(d).Mid() }

// String returns the date as ISO 8601 at its precision: "2021-10-04",
// "2021-10", "2021", or "start/end" for a range; "" when unknown.
func (d Date) String() string { return claim.Date(d).String() }

// Human returns the date as a person reads it in English: "4 October 2021",
// "October 2021", "2021", "9–12 January 2021".
func (d Date) Human() string { return claim.Date(d).Human() }

// HumanIn returns the date as a person reads it in lang ("en" or "fr"):
// "4 October 2021" or "4 octobre 2021".
func (d Date) HumanIn(lang string) string { return claim.Date(d).HumanIn(lang) }

// Compare orders dates by start, then by finer precision first, then by end.
func (d Date) Compare(o Date) int { return claim.Date(d).Compare(claim.Date(o)) }

// Contains reports whether o falls within d's span.
func (d Date) Contains(o Date) bool { return claim.Date(d).Contains(claim.Date(o)) }

// MarshalJSON writes the date as its String form.
func (d Date) MarshalJSON() ([]byte, error) { return claim.Date(d).MarshalJSON() }

// UnmarshalJSON reads a date written by MarshalJSON.
func (d *Date) UnmarshalJSON(b []byte) error { return (*claim.Date)(d).UnmarshalJSON(b) }

// MonthFR returns the number of the month a folded French month name or
// abbreviation names ("aout": 8), 0 for a word that is none.
func MonthFR(w string) int { return monthsFR[w] }

// MonthEN returns the number of the month a folded English month name or
// abbreviation names ("aug": 8), 0 for a word that is none.
func MonthEN(w string) int { return monthsENMap[w] }

// MonthNames returns the months' names and abbreviations, French and
// English, folded.
func MonthNames() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range monthsFR {
			if !yield(w) {
				return
			}
		}
		for w := range monthsENMap {
			if !yield(w) {
				return
			}
		}
	}
}

// WeekdayNames returns the weekdays' names, French and English, folded.
func WeekdayNames() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range weekdaysFR {
			if !yield(w) {
				return
			}
		}
		for w := range weekdaysEN {
			if !yield(w) {
				return
			}
		}
	}
}

// ShiftYears returns the date n years later, at the same precision.
func (d Date) ShiftYears(n int) Date {
	d.Start, d.End = shiftYears(d.Start, n), shiftYears(d.End, n)
	return d
}

// shiftYears moves t by n years, keeping its month: 29 February goes to
// the 28th in a year that has none (the end of the 2023-2024 winter a
// year earlier is 28 February 2023, not 1 March).
func shiftYears(t time.Time, n int) time.Time {
	u := t.AddDate(n, 0, 0)
	if u.Month() != t.Month() {
		u = u.AddDate(0, 0, -u.Day())
	}
	return u
}
