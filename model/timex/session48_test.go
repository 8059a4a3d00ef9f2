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

// TestSession48PutOffTo: the day a judgment, a trial or a hearing is put
// off to is ahead, whatever the past of the verb that puts it off.
func TestSession48PutOffTo(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2026-03-16", "Le jugement a été mis en délibéré au 15 décembre.", "2026-12-15"},
		{"fr", "2026-03-16", "Le procès a été renvoyé au 3 février.", "2027-02-03"},
		{"en", "2026-03-16", "The hearing was adjourned to January 12.", "2027-01-12"},
		{"fr", "2026-03-16", "Il est arrivé au 3e rang le 12 janvier.", "2026-01-12"},
	})
}
