package timex

import "testing"

// TestSession36DateReadings: the dates session 36's rules read, rule by
// rule.
func TestSession36DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// what a call, an appeal or an urging asks for is ahead of it,
		// as what a vote decides is: «a appelé à reconduire la grève
		// vendredi», "urged members to walk out on Friday". A call made
		// on a day stays on that day.
		{"fr", "2025-11-20", "« La mobilisation est massive », a affirmé le secrétaire général, Ousmane Traoré, qui a appelé à reconduire la grève vendredi.", "2025-11-21"},
		{"fr", "2025-11-20", "Les syndicats appellent à manifester samedi.", "2025-11-22"},
		{"en", "2025-11-20", "The union urged its members to walk out on Friday.", "2025-11-21"},
		{"en", "2025-11-20", "The union called on drivers to strike on Monday.", "2025-11-24"},
		{"en", "2025-11-20", "The union called for calm on Tuesday.", "2025-11-18"},
		{"fr", "2025-11-20", "Le syndicat a appelé mardi à la grève.", "2025-11-18"},
	})
}
