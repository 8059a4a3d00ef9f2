package syntax

import "testing"

// TestWordHashesMatchInfo checks that wordHashes gives the hashes info
// gives for what a lexicon looks up.
func TestWordHashesMatchInfo(t *testing.T) {
	for _, w := range []string{"", "the", "The", "THE", "iPhone", "A380", "l’an", "d'", "Été", "été", "２０", "٣", "McDonald", "x-y", "ÇA"} {
		got, want := wordHashes(w), info(w)
		if got.word != want.word || got.lower != want.lower || got.upper != want.upper {
			t.Errorf("wordHashes(%q) = %x %x %v, want %x %x %v", w, got.word, got.lower, got.upper, want.word, want.lower, want.upper)
		}
	}
}
