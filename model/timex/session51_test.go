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
