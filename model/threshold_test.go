package model

import "testing"

// A threshold, a limit or a legal maximum the words before a figure set is
// no claim, nor what is coordinated with it; the figure that crosses it is.
func TestThresholdsBeforeTheFigure(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		not, want  float64 // no claim of not; a claim of want (0: none)
	}{
		{"fr", "L'agence a fixé un seuil minimal d'efficacité de 50 %. Le vaccin a montré une efficacité de 89 % mardi.", 50, 89},
		{"fr", "Le seuil d'alerte, fixé à 80 µg/m³, a été dépassé lundi à Lyon.", 80, 0},
		{"fr", "L'escroquerie en bande organisée est passible de jusqu'à dix ans d'emprisonnement et d'un million d'euros d'amende.", 10, 0},
		{"fr", "L'escroquerie en bande organisée est passible de jusqu'à dix ans d'emprisonnement et d'un million d'euros d'amende.", 1e6, 0},
		{"fr", "La vigilance est déclenchée lorsque les températures dépassent 37 °C le jour et 21 °C la nuit.", 37, 0},
		{"fr", "La vigilance est déclenchée lorsque les températures dépassent 37 °C le jour et 21 °C la nuit.", 21, 0},
		{"en", "The WHO's recommended daily limit of 15 micrograms was exceeded on Monday.", 15, 0},
		{"en", "The bank will raise rates if inflation exceeds 3% in June. Zorgon sold 300 cars and 200 trucks in May.", 3, 200},
		{"fr", "Les températures ont dépassé 40 °C mardi à Nîmes.", 0, 40},
		{"en", "Inflation exceeded 3% in May in Zorgland.", 0, 3},
	} {
		got := false
		for _, cl := range buildText(t, c.lang, "2025-06-06", c.text).Claims {
			if cl.HasValue && c.not != 0 && cl.Value == c.not {
				t.Errorf("%q: threshold read as claim %q", c.text, cl.Label)
			}
			got = got || cl.HasValue && cl.Value == c.want
		}
		if c.want != 0 && !got {
			t.Errorf("%q: no claim of %v", c.text, c.want)
		}
	}
}
