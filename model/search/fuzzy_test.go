package search

import (
	"slices"
	"sort"
	"testing"
)

func TestFuzzyTokens(t *testing.T) {
	vocab := []string{"about", "august", "autour", "dourov", "durov", "durovs", "outage", "outages",
		"telecharge", "telechargements", "telegram", "telegrams", "tele", "whatsapp", "août"}
	sort.Strings(vocab)
	ix := &Index{tokens: vocab}
	tests := []struct {
		query string
		want  []string // the tokens fuzzy keeps, sorted
	}{
		// A letter left out of a word, or of a word being typed.
		{"telgram", []string{"telegram", "telegrams"}},
		{"durv", []string{"durov", "durovs"}},
		{"telgr", []string{"telegram", "telegrams"}},
		// Two letters left out of a long word.
		{"telechargmnts", []string{"telechargements"}},
		// The query's letters must all be found, in order, from the first.
		{"aout", nil}, // not "outage", not "about": only a slip keeps a word
		{"outg", []string{"outage", "outages"}},
		{"utage", nil},
		{"tlgram", nil},   // the first letters apart
		{"telm", nil},     // four letters of "telegram" left out
		{"telgrm", nil},   // two left out of a word of six
		{"telegarm", nil}, // swapped letters are for the edit rule
		{"dourv", []string{"dourov"}},
		// Too short to guess from.
		{"tlg", nil},
		{"dur", nil},
		// Accented words count in runes.
		{"aoû", nil},
		{"aoûtx", nil},
		{"augst", []string{"august"}},
	}
	for _, tt := range tests {
		var got []string
		for _, id := range ix.fuzzyTokens(tt.query) {
			got = append(got, ix.tokens[id])
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("fuzzyTokens(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}
