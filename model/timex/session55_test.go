package timex

import "testing"

// TestSession55HeadlineMoveTo: a headline's present verb of moving before
// "to" tells a move already made, no future's infinitive.
func TestSession55HeadlineMoveTo(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-04-16", "Japan swings to trade surplus in March as exports to China jump", "2026-03"},
		{"en", "2026-04-16", "Inflation slows to 2.1% in March", "2026-03"},
		{"en", "2026-04-16", "Rail fares in England to rise by 5.8% in March", "2027-03"},
	})
}

// TestSession55ComparisonBaseIsKnown: a date in the base a forecast is
// set against is read as already known, not ahead with the forecast.
func TestSession55ComparisonBaseIsKnown(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2026-06-17", "La Banque de France a abaissé mardi sa prévision de croissance pour 2026 à 0,8 %, contre 1,0 % attendu en mars.", "2026-03"},
		{"fr", "2026-06-17", "Le taux de chômage devrait monter à 7,9 % fin 2026, contre 7,5 % au premier trimestre.", "2026-01/2026-03"},
		{"en", "2026-06-17", "The jobless rate is expected to rise to 4.9% by the end of 2026, compared with 4.5% in the first quarter.", "2026-01/2026-03"},
	})
}

// TestSession55PeriodBarelyBegun: a quarter or half told in the past that
// had barely begun by the day of writing is last year's; one well under
// way, or one a figure is set for, is this year's.
func TestSession55PeriodBarelyBegun(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2026-01-29", "Les vols de véhicules ont reculé de 6 % au premier semestre.", "2025-01/2025-06"},
		{"en", "2026-01-29", "Sales fell 4% in the first quarter.", "2025-01/2025-03"},
		{"fr", "2026-05-20", "Les ventes ont reculé de 4 % au premier semestre.", "2026-01/2026-06"},
		{"en", "2026-03-20", "Sales fell 4% in the first quarter.", "2026-01/2026-03"},
		{"fr", "2026-04-10", "Lactalis a annoncé un prix de 445 euros les 1 000 litres pour le deuxième trimestre.", "2026-04/2026-06"},
	})
}

// TestSession55GameHalvesAndRaceTimes: a race's or a match's half is no
// half of the year, and a race's time no clock's.
func TestSession55GameHalvesAndRaceTimes(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-04-27", "Chebet, 31, said she had run the second half in 1:03:55.", ""},
		{"en", "2026-04-27", "Arsenal scored twice in the second half of the match.", ""},
		{"en", "2026-04-27", "Revenue rose 4% in the second half.", "2025-07/2025-12"},
		{"en", "2026-04-27", "The minister spoke at 10:30 on Tuesday.", "2026-04-21"},
	})
}
