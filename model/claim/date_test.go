package claim

import (
	"testing"
	"time"
)

// SameText, the event builder's cheap comparison, reads dates as String does.
func TestSameTextMatchesString(t *testing.T) {
	ds := []Date{{}, Day(2021, 10, 4), Day(2021, 10, 5), MonthOf(2021, 10), MonthOf(2021, 11), YearOf(2021), YearOf(2020),
		Between(Day(2021, 1, 9), Day(2021, 1, 12)), Between(Day(2021, 1, 9), Day(2021, 1, 13)), Between(MonthOf(2021, 1), MonthOf(2021, 3)),
		{Start: time.Date(2021, 10, 4, 0, 0, 0, 0, time.UTC), End: time.Date(2021, 10, 30, 0, 0, 0, 0, time.UTC), Precision: PrecisionMonth}}
	for _, a := range ds {
		for _, b := range ds {
			if a.SameText(b) != (a.String() == b.String()) {
				t.Errorf("%v vs %v: SameText %v", a, b, a.SameText(b))
			}
		}
		if a.String() != "" && len(a.String()) < 4 {
			t.Errorf("%q", a.String())
		}
	}
}
