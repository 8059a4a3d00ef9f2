package timex

import (
	"fmt"
	"testing"
	"time"
)

// TestSession47QuarterReadings: a quarter whose months the text gives in
// brackets is those months; a quarter with no brackets or none of months
// is read as before.
func TestSession47QuarterReadings(t *testing.T) {
	for _, c := range []struct{ lang, ref, text, want string }{
		{"fr", "2026-07-23", "un chiffre d'affaires de 412 millions d'euros pour le premier trimestre de son exercice 2026-2027 (avril-juin)", "2026-04/2026-06"},
		{"en", "2026-07-23", "revenue of $412 million in its fiscal first quarter (April-June)", "2026-04/2026-06"},
		{"en", "2026-09-10", "Fourth-quarter sales rose 5%", "2025-10/2025-12"},
		{"fr", "2026-07-23", "le premier trimestre (une période difficile)", "2026-01/2026-03"},
	} {
		var y, m, d int
		if _, err := fmt.Sscanf(c.ref, "%d-%d-%d", &y, &m, &d); err != nil {
			t.Fatal(err)
		}
		got := ""
		if ds := FindDates(c.text, c.lang, Day(y, time.Month(m), d)); len(ds) > 0 {
			got = ds[0].Date.String()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
