package layout

import (
	"testing"

	"github.com/claimline/claimline/model"
)

// TestLoneDayIsNoHours: a timeline of one date without an hour spans days
// either side, not the hours of that day; a lone hour keeps its hours.
func TestLoneDayIsNoHours(t *testing.T) {
	for _, c := range []struct {
		date     string
		min, max float64 // the axis's length, in days
	}{
		{"2024-03-17", 5, 8},
		{"2024-03-17T14:00", 0, 1},
	} {
		d, err := model.ParseISODate(c.date)
		if err != nil {
			t.Fatal(err)
		}
		s := NewScale([]model.Event{ev(d, model.MetricOther, "Zorgville température : 38 °C", "a")})
		first, last := s.segs[0], s.segs[len(s.segs)-1]
		if n := last.t1 - first.t0; n < c.min || n > c.max {
			t.Errorf("%s: the axis spans %.2f days, want %g to %g", c.date, n, c.min, c.max)
		}
	}
}
