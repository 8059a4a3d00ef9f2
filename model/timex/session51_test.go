package timex

import "testing"

// TestSession51FiscalYear: a year after "fiscal", "financial" or
// «comptable» is the year the accounts are of, without a preposition.
func TestSession51FiscalYear(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-04-21", "The company expects costs to reach $38 million in fiscal 2025.", "2025"},
		{"en", "2026-04-21", "Its fiscal 2024 revenue was $3 billion.", "2024"},
		{"fr", "2026-04-21", "Le chiffre d'affaires a progressé lors de l'exercice fiscal 2024.", "2024"},
	})
}

// TestSession51OpeningYear: the months a sentence names without their
// year are of the year it opens on.
func TestSession51OpeningYear(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-27", "Last year, the government reported 360 deaths between March and June.", "2025-03/2025-06"},
		{"en", "2026-05-27", "In 2024, sales rose 5% in March.", "2024-03"},
		{"fr", "2026-05-27", "L'an dernier, 360 décès ont été recensés entre mars et juin.", "2025-03/2025-06"},
		{"en", "2026-05-27", "Sales rose 5% in March.", "2026-03"},
		// (not after a span of years: "Between 2013 and 2019, Tan moved
		// money…, the court heard during a trial that began in September")
		{"en", "2021-11-10", "Between 2013 and 2019, Tan moved money, the court heard during a trial that began in September.", "2021-09"},
	})
}
