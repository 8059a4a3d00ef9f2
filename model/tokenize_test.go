package model

import "testing"

func TestTokenizeOtherDigits(t *testing.T) {
	for _, s := range []string{"٣ millions", "१२३", "x٩"} {
		toks := Tokenize(s, 0, len(s))
		if len(toks) > len(s) {
			t.Fatalf("%q: %d tokens", s, len(toks))
		}
	}
}
