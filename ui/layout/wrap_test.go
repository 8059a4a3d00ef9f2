package layout

import (
	"slices"
	"testing"
)

func TestWrapWords(t *testing.T) {
	width := func(s string) float64 { return float64(len(s)) }
	for _, c := range []struct {
		text string
		max  float64
		want []string
	}{
		{"", 10, []string{""}},
		{"short", 10, []string{"short"}},
		{"one two three four", 9, []string{"one two", "three", "four"}},
		{"a verylongword b", 5, []string{"a", "verylongword", "b"}},
	} {
		if got := WrapWords(c.text, c.max, width); !slices.Equal(got, c.want) {
			t.Errorf("%q at %v: %q, want %q", c.text, c.max, got, c.want)
		}
	}
}
