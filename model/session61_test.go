package model

import (
	"testing"
)

// TestSession61TradeNounSpeaker: a trade noun ("the carrier", «la
// compagnie») speaks for the article's company past the document it spoke
// in and, in French, past the adjectives after it.
func TestSession61TradeNounSpeaker(t *testing.T) {
	cases := []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"fr", "Air Lorand transporte 12 millions de passagers\n\nAir Lorand a transporté 12,4 millions de passagers en 2024, a indiqué la compagnie dans un communiqué mardi.", 12400000, "Air Lorand"},
		{"fr", "Air Lorand transporte 12 millions de passagers\n\nAir Lorand a transporté 12,4 millions de passagers en 2024. Le taux de remplissage s'est établi à 84 %, selon la compagnie franco-néerlandaise.", 84, "Air Lorand"},
		{"en", "Skyvia carries 8 million passengers\n\nSkyvia carried 8.2 million passengers in 2024, the low-cost carrier said in a statement on Tuesday.", 8200000, "Skyvia"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2025-03-04", c.text, c.value); ok && cl.SaidBy != c.want {
			t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.want)
		}
	}
}
