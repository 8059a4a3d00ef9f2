package timex

import "testing"

// TestSession48InfinitiveAhead: what a headline's infinitive or an
// agreement's infinitive sets is ahead, past a figure's own separators and
// the agreement's day; a headline's past, a body sentence and a noun after
// "to" are not.
func TestSession48InfinitiveAhead(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-01-14", "Rail fares in England to rise by 5.8% in March", "2026-03"},
		{"en", "2026-01-14", "Zorgon to cut 1,200 jobs by March", "2026-03"},
		{"en", "2026-01-14", "OPEC+ agreed on Sunday to increase oil production by 206,000 barrels per day in April, three delegates told Reuters.", "2026-04"},
		{"en", "2026-01-14", "Rail fares in England rose by 5.8% in March", "2025-03"},
		{"en", "2026-01-14", "Shipments to customers in March fell 4.2%", "2025-03"},
		{"en", "2026-01-14", "Cyprus cut water supplies to three days a week in March.", "2025-03"},
	})
}
