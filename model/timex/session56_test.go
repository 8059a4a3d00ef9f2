package timex

import "testing"

// Session 56: a quarter or a half named by its last month ("the March
// quarter", "the June half") is the three or six months that end with it;
// a month alone, or a month before another noun, stays a month.
func TestQuarterNamedByItsLastMonth(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-04-22", "Its output fell 6% in the March quarter.", "2026-01/2026-03"},
		{"en", "2026-04-22", "The company produced 194,000 ounces in the December quarter.", "2025-10/2025-12"},
		{"en", "2026-08-20", "Profit rose in the June half.", "2026-01/2026-06"},
		{"en", "2026-04-22", "Output fell in March.", "2026-03"},
		{"en", "2026-04-22", "Output fell in the March quarterly report.", "2026-03"},
	})
}
