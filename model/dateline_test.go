package model

import "testing"

// The dateline a news agency opens its story with is where and when it was
// filed: its place is never the first sentence's subject (the dateline is
// read in model/text).
func TestDatelinePlaceNotSubject(t *testing.T) {
	tl := buildText(t, "fr", "2025-03-13", "NANCY, 13 mars — Le site de Zorgon, qui emploie 1 870 salariés, a produit 2,4 millions de tonnes d'acier l'an dernier.")
	for _, c := range tl.Claims {
		if c.Subject == "NANCY" || c.Subject == "Nancy" {
			t.Errorf("%q: the dateline's place is the subject", c.Label)
		}
	}
}
