package model

import "testing"

// A date after «contre», "up from", "compared with" that follow a figure is
// the comparison base's, not the figure's.
func TestBaseDatesStayWithTheBase(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string // the figure's date ("as of …" for the publication's)
	}{
		{"fr", "Le nouveau gouvernement compte 30 membres, contre 22 dans la première équipe nommée le 17 mai.", 30, "as of 2025-03-12"},
		{"en", "More than 2,100 firefighters were battling the Zorg fire, up from 900 on Monday.", 2100, "as of 2025-03-12"},
		{"fr", "Le chômage a atteint 7,4 % en février à Zorgland, contre 7,1 % en janvier.", 7.4, "2025-02"},
		// A change against a base year is of the period told just before;
		// what «année où» tells is of the year it restates.
		{"fr", "Le musée Zorg a accueilli 10,2 millions de visiteurs en 2018. La fréquentation a bondi de 25 % par rapport à 2017, année où le musée avait reçu 8,1 millions de visiteurs.", 25, "2018"},
		{"fr", "Le musée Zorg a accueilli 10,2 millions de visiteurs en 2018. La fréquentation a bondi de 25 % par rapport à 2017, année où le musée avait reçu 8,1 millions de visiteurs.", 8.1e6, "2017"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2025-03-12", c.text).Claims {
			if !cl.HasValue || cl.Value != c.value {
				continue
			}
			found = true
			d := cl.Date.String()
			if cl.AsOf {
				d = "as of " + d
			}
			if d != c.want {
				t.Errorf("%q: %v dated %s, want %s", c.text, c.value, d, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}
