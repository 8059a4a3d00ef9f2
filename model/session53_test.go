package model

import (
	"testing"
)

// TestDecimalChangeNounSign reads the sign of a change told by the noun
// after a decimal percentage ("a 0.4% decline"), as after a whole one.
func TestDecimalChangeNounSign(t *testing.T) {
	cases := []struct {
		name, lang, text string
		value            float64
		want             string
	}{
		{"decimal decline", "en", "UK retail sales recorded a 0.4% decline, the Office for National Statistics said.", 0.4, "−%"},
		{"whole decline", "en", "Car output posted a 3% decline in April.", 3, "−%"},
		{"decimal rise", "en", "Exports posted a 2.5% rise in April, the agency said.", 2.5, "+%"},
		{"decimal fewer", "en", "Veltrano sold 1.46 million vehicles in 2019, 4.8% fewer than a year earlier.", 4.8, "−%"},
		{"décimales de moins", "fr", "En décembre, 53 400 bébés sont nés, soit 3,1 % de moins qu'en décembre 2023.", 3.1, "−%"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, "2026-05-14", "Headline\n\n"+c.text, c.value)
			if !ok {
				t.Fatalf("no claim of %v", c.value)
			}
			if cl.Unit != c.want {
				t.Errorf("unit %q, want %q", cl.Unit, c.want)
			}
		})
	}
}
