package timex

import (
	"strings"
	"testing"
	"time"
)

// TestSession60EndedQuarter: a quarter or half whose end follows it ("the
// fiscal second quarter, which ended March 29", "the quarter ending June
// 30") is the months that end with that day's month.
func TestSession60EndedQuarter(t *testing.T) {
	cases := []struct {
		ref  time.Time
		text string
		want string
	}{
		{time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC), "Comparable sales fell 4% in the fiscal second quarter, which ended March 29, the company said.", "2026-01/2026-03"},
		{time.Date(2026, 8, 14, 0, 0, 0, 0, time.UTC), "Revenue rose 3% in the quarter ending June 30.", "2026-04/2026-06"},
		{time.Date(2026, 11, 14, 0, 0, 0, 0, time.UTC), "Profit rose in the first half, which ended Sept. 30.", "2026-04/2026-09"},
		{time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC), "Sales fell 4% in the second quarter, analysts said.", "2025-04/2025-06"},
	}
	for _, c := range cases {
		got := ""
		for _, e := range FindDates(c.text, "en", Day(c.ref.Year(), c.ref.Month(), c.ref.Day())) {
			if strings.Contains(e.Text, "quarter") || strings.Contains(e.Text, "half") {
				got = e.Date.String()
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
