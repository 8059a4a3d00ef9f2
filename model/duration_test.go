package model

import "testing"

// How long something lasted, or was put back by, is a figure of its clause;
// a length of time that only dates ("in the last three months", "three days
// later") or that a relative clause tells of another noun is not.
func TestLengthsOfTime(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64 // 0: no figure of a length of time
		measure    string
	}{
		{"en", "Zorgon said the test flight of its A990 lasted four hours on Wednesday.", 4, "duration"},
		{"en", "The Zorgon launch was delayed by 45 minutes on Tuesday.", 45, "delay"},
		{"fr", "La grève chez Zorgon a duré près de trois semaines en mars.", 3, "durée"},
		{"fr", "Lundi soir, le TGV Paris-Nantes a été retardé de quinze minutes.", 15, "retard"},
		{"en", "Zorgon said on Tuesday it had added 3.4 million subscribers in the last three months of 2023.", 0, ""},
		{"en", "Kovac beat Lindholm of Sweden on Sunday in a final that lasted two hours.", 0, ""},
		{"fr", "Mardi, une réunion qui a duré trois heures s'est tenue chez Zorgon.", 0, ""},
		{"en", "Three days later, on Monday, Zorgon resumed the talks.", 0, ""},
	} {
		var got *Claim
		for _, cl := range buildText(t, c.lang, "2025-06-06", c.text).Claims {
			if cl.Measure == "duration" || cl.Measure == "delay" || cl.Measure == "durée" || cl.Measure == "retard" {
				got = &cl
			}
		}
		switch {
		case c.value == 0 && got != nil:
			t.Errorf("%q: a length of time read: %q", c.text, got.Label)
		case c.value != 0 && got == nil:
			t.Errorf("%q: no length of time read", c.text)
		case c.value != 0 && (got.Value != c.value || got.Measure != c.measure):
			t.Errorf("%q: %v %q, want %v %q", c.text, got.Value, got.Measure, c.value, c.measure)
		}
	}
}
