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

// TestSession47ClosedYear: a financial year written as two years and
// closed on a day is the twelve months up to that day, and so is the day.
func TestSession47ClosedYear(t *testing.T) {
	ds := FindDates("un bénéfice net de 8,4 millions d'euros sur l'exercice 2025-2026, clos le 30 juin, contre une perte", "fr", Day(2026, time.July, 2))
	if len(ds) < 2 || ds[0].Date.String() != "2025-07/2026-06" || ds[1].Date.String() != "2025-07/2026-06" {
		for _, d := range ds {
			t.Logf("%q %s", d.Text, d.Date)
		}
		t.Error("the financial year closed on 30 June is not July 2025 to June 2026")
	}
}
