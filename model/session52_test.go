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

// TestSession52TollOfTheDisasterBefore: a toll the sentence names alone
// ("The death toll rose to 283") is that of the disaster told before, even
// when its dead were counted with "died".
func TestSession52TollOfTheDisasterBefore(t *testing.T) {
	for _, c := range []struct {
		lang, text, want string
		value            float64
	}{
		{"en", "At least 24 people died on Tuesday when floods hit western Kenya, officials said.\n\nThe death toll rose to 283 on Wednesday, the Kenya Red Cross said.", "floods", 283},
		{"en", "A bus plunged into a ravine in the Andes on Tuesday, killing 24 people, police said.\n\nThe official death toll rose to 31 on Wednesday.", "A bus", 31},
		{"fr", "Un séisme a frappé le nord du Maroc mardi, faisant au moins 24 morts, selon les autorités.\n\nLe bilan s'est alourdi à 31 morts mercredi.", "Un séisme", 31},
	} {
		if cl, ok := figureOf(t, c.lang, "2026-05-14", "Titre\n\n"+c.text, c.value); ok && cl.Subject != c.want {
			t.Errorf("%q: subject %q, want %q", c.text, cl.Subject, c.want)
		}
	}
}
