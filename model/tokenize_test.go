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

// The grammars skip the words whose lexicon class lacks a bit before looking
// them up in their own tables: every word of those tables must carry it.
func TestLexiconClasses(t *testing.T) {
	keys := func(m any) []string {
		var out []string
		switch m := m.(type) {
		case map[string]bool:
			for w := range m {
				out = append(out, w)
			}
		case map[string]int:
			for w := range m {
				out = append(out, w)
			}
		case map[string]string:
			for w := range m {
				out = append(out, w)
			}
		case map[string]float64:
			for w := range m {
				out = append(out, w)
			}
		}
		return out
	}
	for _, c := range []struct {
		name  string
		words []string
		class uint16
	}{
		{"unitWords", keys(unitWords), lexNumberStart},
		{"scaleWords", keys(scaleWords), lexNumberStart},
		{"monthsFR", keys(monthsFR), lexMonth},
		{"monthsENMap", keys(monthsENMap), lexMonth},
		{"weekdaysFR", keys(weekdaysFR), lexWeekday},
		{"weekdaysEN", keys(weekdaysEN), lexWeekday},
		{"roleWords", keys(roleWords), lexRole},
		{"eventKinds", keys(eventKinds), lexEvent},
		{"notNames", keys(notNames), lexNotName},
		{"speechVerbs", keys(speechVerbs), lexSpeech},
	} {
		if len(c.words) == 0 {
			t.Fatalf("%s: no words (its type changed?)", c.name)
		}
		for _, w := range c.words {
			if lexicon().get(w)&c.class == 0 {
				t.Errorf("%s: %q lacks its class", c.name, w)
			}
		}
	}
	// Words outside the lexicon have no class, whatever their first byte and length.
	for _, w := range []string{"telegram", "utilisateurs", "zzz", "x", "anticonstitutionnellement"} {
		if got := lexicon().get(w); got != 0 {
			t.Errorf("%q: class %b, want none", w, got)
		}
	}
}
