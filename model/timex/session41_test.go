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

// TestSession41Readings: a conditional perfect tells the past; a participle
// «anticipé» is no forecast; "in January to October" and a range that ends
// on "mid-October" are the months between.
func TestSession41Readings(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2025-11-14", "« Sans la neige tombée en mai, les pertes auraient dépassé 4 % », a indiqué la glaciologue.", "2025-05"},
		{"fr", "2025-11-14", "Les pertes auraient déjà dépassé 4 % en mai.", "2025-05"},
		{"fr", "2025-11-14", "Quelque 612 000 électeurs ont voté lors des deux journées de vote anticipé des 25 et 26 octobre.", "2025-10-25/2025-10-26"},
		{"en", "2025-11-14", "South Korean yards won 39% of global orders in January to October, behind China.", "2025-01/2025-10"},
		{"en", "2025-11-14", "Wildfires burned 268,400 hectares between January and mid-October, the agency said.", "2025-01/2025-10"},
		{"fr", "2025-11-14", "Les incendies ont brûlé 268 400 hectares entre janvier et mi-octobre.", "2025-01/2025-10"},
		// guards: the conditional present still looks ahead; a forecast
		// in the present too
		{"fr", "2025-11-14", "Les pertes dépasseraient 4 % en mai.", "2026-05"},
		{"fr", "2025-11-14", "Le groupe anticipe une hausse de 4 % en mai.", "2026-05"},
	})
}

// TestSession41YearToTheEndOf: "the year to the end of June" is the year
// that ends with June, as "the year to June".
func TestSession41YearToTheEndOf(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-11-14", "Revenue was $4 billion for the year to the end of June, the company said.", "2024-07/2025-06"},
		{"en", "2025-11-14", "Revenue was $4 billion in the quarter to the end of September.", "2025-07/2025-09"},
		// (a rate over the year to a month stays that month's, as "in the year to June")
		{"en", "2025-11-14", "Prices rose 3.1% in the year to the end of June.", "2025-06"},
	})
}

// TestSession41AmbiguousPast: "cut", "put", "shed" after a name are past
// when "and" adds a verb in the past ("cut 400 jobs in September and said
// it would close a plant").
func TestSession41AmbiguousPast(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-11-14", "Brixton Foods cut 400 jobs in September and said it would close a plant.", "2025-09"},
		// guard: told ahead stays ahead
		{"en", "2025-11-14", "Brixton Foods will cut 400 jobs in September and said it would close a plant.", "2026-09"},
	})
}
