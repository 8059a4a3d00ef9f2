package timex

import (
	"fmt"
	"testing"
	"time"
)

// TestSession41YearAfterLevel: "for the year" followed by the level a change
// went from, told with its year, is the year after that level's when the
// year told before cannot be it.
func TestSession41YearAfterLevel(t *testing.T) {
	for _, c := range []struct{ lang, ref, text, want string }{
		{"en", "2024-02-09", "The novel was first published in 2021. Operating profit rose to 9.8 million pounds for the year, from 7.5 million pounds in 2022.", "2023"},
		{"en", "2025-03-12", "Revenue rose to $1.08 billion for the year, from $846 million in 2023.", "2024"},
		// guards: a year told before that can be it stays; a base years back does not move it
		{"en", "2024-03-14", "Sales rose in 2023. Profit fell to £3 million in the year, from £5 million in 2019.", "2023"},
		{"en", "2024-03-14", "The mine opened in 2016. Output will rise to 9 tonnes for the year, from 7 tonnes in 2023.", "2024"},
	} {
		var y, m, d int
		fmt.Sscanf(c.ref, "%d-%d-%d", &y, &m, &d)
		got := ""
		for _, e := range FindDates(c.text, c.lang, Day(y, time.Month(m), d)) {
			if e.rel == "anaphor" {
				got = e.Date.String()
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
