package model

import (
	"testing"
)

// TestSession52AcronymBeforeApposition: a body named with its acronym in
// brackets, then described between commas, is the source of what it says,
// under the acronym the article goes on with.
func TestSession52AcronymBeforeApposition(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", "The number of international students fell 12% to 98,000 in 2025, the Office for Students (OfS), the sector regulator, said on Thursday.", 98000, "OfS"},
		{"fr", "Le nombre d'étudiants étrangers a reculé de 12 % à 98 000 en 2025, a indiqué jeudi l'Office national des étudiants (OFE), le régulateur du secteur.", 98000, "Office national des étudiants"},
		{"fr", "Le nombre d'étudiants étrangers a reculé de 12 % à 98 000 en 2025, l'Office national des étudiants (OFE), le régulateur du secteur, a indiqué jeudi.", 98000, "OFE"},
	})
}
