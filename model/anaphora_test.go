package model

import "testing"

// A pronoun for a thing goes on measuring that thing, and a clause that
// opens on a place is that place's figure; a figure the sentence looks back
// to does not date what comes next.
func TestPronounForAThing(t *testing.T) {
	const prices = "Le prix moyen du mètre carré a reculé de 2 % en mars, selon les notaires, loin du pic de 10 850 euros atteint en 2020. À Lyon, il s'élevait à 4 620 euros, tandis qu'à Marseille il a grimpé de 4,1 %, à 3 540 euros."
	for _, c := range []struct {
		lang, text               string
		value                    float64
		subject, measure, noDate string
	}{
		{"fr", prices, 4620, "Lyon", "prix (€)", "2020"},
		{"fr", prices, 4.1, "Marseille", "prix (%)", "2020"},
		{"fr", prices, 3540, "Marseille", "prix (€)", "2020"},
		// a person named since is whom «il» stands for
		{"fr", "Le chiffre d'affaires a reculé de 3 % au premier trimestre. « Nous restons confiants », a déclaré le directeur financier, Paul Zorg. Il a confirmé une marge de 25 % pour l'année.", 25, "", "", ""},
	} {
		cs := figuresValued(t, c.lang, "2025-04-10", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if c.subject != "" && f.Subject != c.subject || c.measure != "" && f.Measure != c.measure || c.noDate != "" && f.Date.String() == c.noDate {
				t.Errorf("%v: %q %q %s, want %q %q not %s", c.value, f.Subject, f.Measure, f.Date, c.subject, c.measure, c.noDate)
			}
			if c.measure == "" && f.Measure == "chiffre d'affaires (%)" {
				t.Errorf("%v: measured as the thing before a person was named: %q", c.value, f.Measure)
			}
		}
	}
}
