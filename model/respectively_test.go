package model

import "testing"

// TestRespectively: the figures of a list said «respectivement»,
// "respectively" are, in order, those of the names listed before them, of
// the date said once for the list and of what its last figure counts.
func TestRespectively(t *testing.T) {
	for _, tc := range []struct {
		lang, text    string
		value         float64
		subject, date string
		measure       string
	}{
		{"fr", "Les ventes de Renault et de Peugeot ont progressé respectivement de 11 % et 6 % en février.", 11, "Renault", "2024-02", "vente (%)"},
		{"fr", "Les ventes de Renault et de Peugeot ont progressé respectivement de 11 % et 6 % en février.", 6, "Peugeot", "2024-02", "vente (%)"},
		{"fr", "Renault, Peugeot et Citroën ont vendu respectivement 12 000, 9 000 et 4 000 voitures en mars.", 12000, "Renault", "2024-03", "voiture"},
		{"fr", "Renault, Peugeot et Citroën ont vendu respectivement 12 000, 9 000 et 4 000 voitures en mars.", 9000, "Peugeot", "2024-03", "voiture"},
		{"fr", "Renault, Peugeot et Citroën ont vendu respectivement 12 000, 9 000 et 4 000 voitures en mars.", 4000, "Citroën", "2024-03", "voiture"},
		{"fr", "Les deux sociétés, Garex et Fermetal, écopent respectivement d'amendes de 11 et 6 millions d'euros mardi.", 11e6, "Garex", "2024-03-12", "amende (€)"},
		{"fr", "Les deux sociétés, Garex et Fermetal, écopent respectivement d'amendes de 11 et 6 millions d'euros mardi.", 6e6, "Fermetal", "2024-03-12", "amende (€)"},
		{"en", "Sales at Renault and Peugeot rose 11% and 6% respectively in February.", 6, "Peugeot", "2024-02", "sale (%)"},
		{"en", "Labour and the Conservatives won 212 and 180 seats, respectively, on Thursday.", 212, "Labour", "2024-03-07", "seat"},
		{"en", "Labour and the Conservatives won 212 and 180 seats, respectively, on Thursday.", 180, "Conservatives", "2024-03-07", "seat"},
		{"en", "Apple and Google earned $12 and $9 billion respectively last quarter.", 12e9, "Apple", "2023-10/2023-12", "earned ($)"},
	} {
		cs := figuresValued(t, tc.lang, "2024-03-12", tc.text, tc.value)
		if len(cs) != 1 {
			t.Errorf("%q %v: %d figures", tc.text, tc.value, len(cs))
			continue
		}
		if c := cs[0]; c.Subject != tc.subject || c.Date.String() != tc.date || c.Measure != tc.measure || c.Unsure {
			t.Errorf("%q %v: %q %s %q unsure=%v, want %q %s %q", tc.text, tc.value, c.Subject, c.Date, c.Measure, c.Unsure, tc.subject, tc.date, tc.measure)
		}
	}
}
