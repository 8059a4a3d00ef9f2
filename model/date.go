package model

import (
	"time"

	"github.com/claimline/claimline/model/timex"
)

// Date is timex.Date: a calendar date with its precision, or a range of
// them. Its fields are claim.Date's, so the two convert freely.
type Date = timex.Date

// Day returns the day-precise date y-m-d (timex.Day).
func Day(y int, m time.Month, d int) Date { return timex.Day(y, m, d) }

// MonthOf returns the month-precise date y-m (timex.MonthOf).
func MonthOf(y int, m time.Month) Date { return timex.MonthOf(y, m) }

// YearOf returns the year-precise date y (timex.YearOf).
func YearOf(y int) Date { return timex.YearOf(y) }

// Between returns the range from a to b, each at its own precision
// (timex.Between).
func Between(a, b Date) Date { return timex.Between(a, b) }

// ParseISODate reads "2021-10-04T17:40", "2021-10-04", "2021-10", "2021" or
// "a/b"; "" is the zero date (timex.ParseISODate).
func ParseISODate(s string) (Date, error) { return timex.ParseISODate(s) }
