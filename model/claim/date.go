package claim

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Precision is how much of a date is known.
type Precision uint8

// The precisions a date can have, coarsest first.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionHour
)

// String returns "year", "month", "day", "hour" or "none".
func (p Precision) String() string {
	switch p {
	case PrecisionHour:
		return "hour"
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "none"
}

// Date is a calendar date with its precision, or a range of them. It never
// pretends to know the day when only the month is known: Start is the first
// day the date can mean and End the last (inclusive), both at midnight UTC.
type Date struct {
	Start     time.Time
	End       time.Time
	Precision Precision
	// Range is true for a span ("entre le 9 et le 12 janvier", "in 72 hours").
	Range bool
	// Approx is true for fuzzy references ("en début d'année", "earlier this year").
	Approx bool
}

// Day returns the day-precise date y-m-d.
func Day(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{Start: t, End: t, Precision: PrecisionDay}
}

// MonthOf returns the month-precise date y-m.
func MonthOf(y int, m time.Month) Date {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return Date{Start: t, End: t.AddDate(0, 1, -1), Precision: PrecisionMonth}
}

// YearOf returns the year-precise date y.
func YearOf(y int) Date {
	t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return Date{Start: t, End: t.AddDate(1, 0, -1), Precision: PrecisionYear}
}

// Between returns the range from a to b (each at its own precision; the
// range takes the finer of the two).
func Between(a, b Date) Date {
	if b.End.Before(a.Start) {
		a, b = b, a
	}
	p := a.Precision
	if b.Precision > p {
		p = b.Precision
	}
	return Date{Start: a.Start, End: b.End, Precision: p, Range: true}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// Valid reports whether the date is known and its end is not before its start.
func (d Date) Valid() bool {
	return d.Precision != PrecisionNone && !d.End.Before(d.Start) && d.Start.Year() >= 1 && d.End.Year() <= 9999
}

// Mid returns the middle of the date's span, used to place it on an axis.
func (d Date) Mid() time.Time {
	return d.Start.Add(d.End.Add(24*time.Hour).Sub(d.Start) / 2)
}

// format writes t at precision p.
func format(t time.Time, p Precision) string {
	if p == PrecisionHour {
		return format(t, PrecisionDay) + t.Format("T15:04")
	}
	if p != PrecisionYear && p != PrecisionMonth && p != PrecisionDay {
		return ""
	}
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d", y) + format(time.Date(2000, m, d, 0, 0, 0, 0, time.UTC), p)[4:]
	}
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if p == PrecisionYear {
		return string(b)
	}
	b = append(b, '-', byte('0'+int(m)/10), byte('0'+int(m)%10))
	if p == PrecisionMonth {
		return string(b)
	}
	return string(append(b, '-', byte('0'+d/10), byte('0'+d%10)))
}

// SameText reports whether d and e read the same (d.String() ==
// e.String()) without formatting them.
func (d Date) SameText(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return d.IsZero() == e.IsZero()
	}
	same := func(a, b time.Time) bool {
		ya, ma, da := a.Date()
		yb, mb, db := b.Date()
		return ya == yb && (d.Precision == PrecisionYear || ma == mb && (d.Precision == PrecisionMonth || da == db &&
			(d.Precision == PrecisionDay || a.Hour() == b.Hour() && a.Minute() == b.Minute())))
	}
	return d.Precision == e.Precision && d.Range == e.Range && same(d.Start, e.Start) && (!d.Range || same(d.End, e.End))
}

// String returns the date as ISO 8601 at its precision: "2021-10-04",
// "2021-10", "2021", or "start/end" for a range; "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Range {
		return format(d.Start, d.Precision) + "/" + format(d.End, d.Precision)
	}
	return format(d.Start, d.Precision)
}

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var monthsFRNames = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// Human returns the date as a person reads it in English: "4 October 2021",
// "October 2021", "2021", "9–12 January 2021".
func (d Date) Human() string { return d.HumanIn("en") }

// HumanIn returns the date as a person reads it in lang ("en" or "fr"):
// "4 October 2021" or "4 octobre 2021".
func (d Date) HumanIn(lang string) string {
	months, undated, around := monthsEN[:], "undated", "around "
	if lang == "fr" {
		months, undated, around = monthsFRNames[:], "sans date", "vers "
	}
	one := func(t time.Time, p Precision) string {
		switch p {
		case PrecisionYear:
			return fmt.Sprint(t.Year())
		case PrecisionMonth:
			return fmt.Sprintf("%s %d", months[t.Month()-1], t.Year())
		case PrecisionDay:
			return fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()-1], t.Year())
		case PrecisionHour:
			return fmt.Sprintf("%d %s %d, %02d:%02d", t.Day(), months[t.Month()-1], t.Year(), t.Hour(), t.Minute())
		}
		return undated
	}
	if d.IsZero() {
		return undated
	}
	if !d.Range {
		s := one(d.Start, d.Precision)
		if d.Approx {
			s = around + s
		}
		return s
	}
	if d.Precision == PrecisionDay && d.Start.Year() == d.End.Year() && d.Start.Month() == d.End.Month() {
		return fmt.Sprintf("%d–%d %s %d", d.Start.Day(), d.End.Day(), months[d.Start.Month()-1], d.Start.Year())
	}
	return one(d.Start, d.Precision) + " – " + one(d.End, d.Precision)
}

// Compare orders dates by start, then by finer precision first, then by end.
func (d Date) Compare(o Date) int {
	if c := d.Start.Compare(o.Start); c != 0 {
		return c
	}
	if d.Precision != o.Precision {
		if d.Precision > o.Precision {
			return -1
		}
		return 1
	}
	return d.End.Compare(o.End)
}

// Contains reports whether o falls within d's span.
func (d Date) Contains(o Date) bool {
	return !o.Start.Before(d.Start) && !o.End.After(d.End)
}

// MarshalJSON writes the date as its String form.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a date written by MarshalJSON.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseISODate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseISODate reads "2021-10-04T17:40", "2021-10-04", "2021-10", "2021" or "a/b"; "" is the zero date.
func ParseISODate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if start, end, ok := strings.Cut(s, "/"); ok {
		// A range, START/END; the error names the whole text ("2021/10/05"
		// said "10" is not a date).
		a, err := ParseISODate(start)
		if err == nil && start != "" && end != "" {
			var b Date
			if b, err = ParseISODate(end); err == nil {
				return Between(a, b), nil
			}
		}
		return Date{}, fmt.Errorf("model: %q is not a date like 2021-10-04, 2021-10 or 2021, nor a range like 2021-10-04/2021-10-06", s)
	}
	for _, l := range []struct {
		layout string
		p      Precision
	}{{"2006-01-02T15:04", PrecisionHour}, {"2006-01-02", PrecisionDay}, {"2006-01", PrecisionMonth}, {"2006", PrecisionYear}} {
		if t, err := time.Parse(l.layout, s); err == nil && t.Year() >= 1 { // year 0 is not a date (Valid)
			switch l.p {
			case PrecisionHour:
				return Date{Start: t, End: t, Precision: PrecisionHour}, nil
			case PrecisionDay:
				return Day(t.Year(), t.Month(), t.Day()), nil
			case PrecisionMonth:
				return MonthOf(t.Year(), t.Month()), nil
			default:
				return YearOf(t.Year()), nil
			}
		}
	}
	return Date{}, fmt.Errorf("model: %q is not a date like 2021-10-04, 2021-10 or 2021", s)
}
