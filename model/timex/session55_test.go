package timex

import "testing"

// TestSession55HeadlineMoveTo: a headline's present verb of moving before
// "to" tells a move already made, no future's infinitive.
func TestSession55HeadlineMoveTo(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-04-16", "Japan swings to trade surplus in March as exports to China jump", "2026-03"},
		{"en", "2026-04-16", "Inflation slows to 2.1% in March", "2026-03"},
		{"en", "2026-04-16", "Rail fares in England to rise by 5.8% in March", "2027-03"},
	})
}
