package model

import "testing"

// TestKindNounBeforeName: a definite noun phrase stands for the name the
// article wrote right after that noun («la coopérative Norvia … La
// coopérative»), not for the
// organisation it names most; and an organisation's small counts are
// news («sept usines»), not a product's design.
func TestKindNounBeforeName(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		subject          string
	}{
		{"fr", "2025-07-09", "La coopérative Norvia va racheter le biscuitier breton Kerlan.\n\nKerlan a réalisé 640 millions d'euros de chiffre d'affaires. Kerlan emploie 2 300 salariés. La coopérative, qui réunit 6 200 agriculteurs, a réalisé en 2024 un chiffre d'affaires de 4,8 milliards d'euros.", 6200, "Norvia"},
		{"fr", "2025-07-09", "La coopérative Norvia va racheter le biscuitier breton Kerlan.\n\nKerlan a réalisé 640 millions d'euros de chiffre d'affaires. Le groupe Norvia emploie 9 500 personnes. Le biscuitier emploie environ 2 300 salariés répartis dans sept usines.", 7, "Kerlan"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if cl.Value == c.value {
				found = true
				if cl.Subject != c.subject || cl.Unsure {
					t.Errorf("%q: %v is %q's (unsure %v), want %q's", c.text, c.value, cl.Subject, cl.Unsure, c.subject)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// TestChangeOfFigureTakesItsDate: the change told right after a dated
// figure, with no date of its own, is of that figure's time.
func TestChangeOfFigureTakesItsDate(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		want             string
	}{
		{"fr", "2025-07-09", "Fondé en 1921, Kerlan a réalisé l'an dernier un chiffre d'affaires de 640 millions d'euros, en hausse de 6 % sur un an.", 6, "2024"},
		{"fr", "2025-07-09", "Kerlan a réalisé en 2023 un bénéfice net de 41 millions d'euros, en baisse de 12 %.", 12, "2023"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if cl.Value == c.value {
				found = true
				if got := dateOrAsOf(cl); got != c.want {
					t.Errorf("%q: %v dated %s, want %s", c.text, c.value, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}
