package timex

import "testing"

// TestSession45HolidayQuarter: "the holiday quarter", "holiday-quarter
// sales" are October to December, the year-end shopping season's quarter.
func TestSession45HolidayQuarter(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-01-14", "Brightwell said its holiday-quarter sales rose 11% to $2.35 billion.", "2025-10/2025-12"},
		{"en", "2026-02-03", "Sales in the holiday quarter were the strongest on record.", "2025-10/2025-12"},
	})
}
