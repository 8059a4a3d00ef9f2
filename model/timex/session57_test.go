package timex

import "testing"

// Session 57: a stretch of months with no year, wholly after the
// reference, told in the past or with no tense, is last year's; told in
// the future, it is the coming one.
func TestSession57MonthsStretchInThePast(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-14", "The ministry counted 2,100 heat-related deaths between June and September.", "2025-06/2025-09"},
		{"fr", "2026-05-14", "Le ministère a recensé 2 100 décès entre juin et septembre.", "2025-06/2025-09"},
		{"en", "2026-05-14", "Sales will rise between June and September.", "2026-06/2026-09"},
		{"en", "2026-05-14", "Sales rose between April and June.", "2026-04/2026-06"},
		{"en", "2026-10-14", "Sales rose between June and September.", "2026-06/2026-09"},
		{"fr", "2025-03-14", "Les syndicats ont déposé un préavis couvrant la période du 20 au 27 mars.", "2025-03-20/2025-03-27"},
	})
}
