package timex

import "testing"

// TestSession59MonthRanges: a range of two bare months reads whole when
// the second is "March" or "May" ("between January and March", "from
// January to March"), and a hyphenated "January-to-March" is one range.
func TestSession59MonthRanges(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-14", "Journeys between January and March reached 433 million.", "2026-01/2026-03"},
		{"en", "2026-05-14", "Journeys from January to March reached 435 million.", "2026-01/2026-03"},
		{"en", "2026-05-14", "Journeys in the January-to-March quarter reached 431 million.", "2026-01/2026-03"},
		{"en", "2008-04-10", "Rainfall between October and March was 54% of the long-term average.", "2007-10/2008-03"},
		{"en", "2026-06-14", "Sales between February and May rose 4%.", "2026-02/2026-05"},
	})
}

// TestSession59ThanExpected: "more than expected", «plus que prévu» set
// what was expected against what happened; they do not put the date after
// them in the future.
func TestSession59ThanExpected(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-14", "U.S. homebuilding fell more than expected in April, the Commerce Department said.", "2026-04"},
		{"fr", "2026-05-14", "Les mises en chantier ont reculé plus que prévu en avril.", "2026-04"},
		{"en", "2026-05-14", "The decision is expected in June.", "2026-06"},
		{"en", "2026-05-14", "The decision is expected in April.", "2027-04"},
	})
}

// TestSession59MarchAfterEnded: "March" and "May" are months after the
// words that put a time at them ("ended March with", "before May"), and
// stay a verb or a modal elsewhere.
func TestSession59MarchAfterEnded(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-14", "The group ended March with 17.6 million mobile customers.", "2026-03"},
		{"en", "2026-05-14", "Sales rose before May and fell in June.", "2026-06"},
	})
}
