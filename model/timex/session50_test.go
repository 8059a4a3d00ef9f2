package timex

import "testing"

// TestSession50SinceASeason: a season "since" which something holds is
// the last one, not the next.
func TestSession50SinceASeason(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2026-05-21", "Les ventes reculent depuis l'automne.", "2025-09/2025-11"},
		{"fr", "2026-05-21", "Le marché s'est retourné depuis l'automne.", "2025-09/2025-11"},
		{"en", "2026-05-21", "Sales have fallen since the autumn.", "2025-09/2025-11"},
		{"en", "2026-05-21", "The plant will reopen in the autumn.", "2026-09/2026-11"},
	})
}
