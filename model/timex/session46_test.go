package timex

import "testing"

// TestSession46QuarterEndedOnADay: a quarter or a half that ends on a day
// other than a month's last ("in the quarter ended June 27", "the fiscal
// second quarter ended April 28": a chipmaker's or a retailer's weeks) is
// the three or six months up to that day, not the day.
func TestSession46QuarterEndedOnADay(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-07-29", "Net income rose to $2.2 billion in the quarter ended June 27.", "2026-03-28/2026-06-27"},
		{"en", "2026-05-30", "Revenue in the fiscal second quarter ended April 28 rose 5%.", "2026-01-29/2026-04-28"},
		{"en", "2026-08-20", "Sales fell 4% in the first half ended July 26.", "2026-01-27/2026-07-26"},
	})
}
