package timex

import "testing"

// TestSession58QuarterAfterYearEnd: "the quarter" after "at the end of
// 2025" is the quarter the story told of, not the year's last months.
func TestSession58QuarterAfterYearEnd(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-06", "Roadway said on Wednesday its first-quarter revenue rose 7%. The company ended the quarter with 410,000 vehicles, up from 385,000 at the end of 2025, after it sold 9,000 electric cars in the quarter.", "2026-01/2026-03"},
		{"fr", "2026-05-06", "Le chiffre d'affaires du premier trimestre a progressé de 7 %. Le parc comptait 410 000 véhicules, contre 385 000 fin 2025, après la vente de 9 000 voitures sur le trimestre.", "2026-01/2026-03"},
	})
}
