package model

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
)

// TestNameKeyMatchesReplacer checks nameKey's single pass against what it
// stands for: the folded name through translit, its fields joined by one
// space.
func TestNameKeyMatchesReplacer(t *testing.T) {
	want := func(s string) string { return strings.Join(strings.Fields(translit.Replace(lexis.Fold(s))), " ") }
	cases := []string{"", " ", "Dourov", "Nikolaï Tchaïkovski", "Schröder", "Jean-Luc  Mélenchon ", "O'Neill", "Mc Kinsey",
		"Khodorkovski", "Zhou Enlai", "Philippe", "Sophie-Anne", "Ffion", "Ouest-France", "a\u00a0b", "x\tz\n", "ss", "sss", "tchch"}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"o", "u", "t", "c", "h", "s", "k", "y", "w", "f", "p", "j", "z", "l", "'", "-", " ", "\t", "A", "É", "é", "ï", "\u00a0", "a"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, w := nameKey(s), want(s); got != w {
			t.Fatalf("nameKey(%q) = %q, want %q", s, got, w)
		}
	}
}

// TestIsAllCaps checks isAllCaps' ASCII path against the case mappings it
// stands for.
func TestIsAllCaps(t *testing.T) {
	for _, w := range []string{"", "PSA", "NASA", "Nasa", "nasa", "G20", "20", "É", "ÉTATS", "États", "A-B", "a", "A", "ÀB", "AbÉ", "-"} {
		if got, want := isAllCaps(w), strings.ToUpper(w) == w && strings.ToLower(w) != w; got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestQuoteRegionsMatchesByteScan checks quoteRegions against the byte by
// byte scan it replaced.
func TestQuoteRegionsMatchesByteScan(t *testing.T) {
	want := func(text string, p Span) []Span {
		var out []Span
		open := -1
		var want rune
		for i := p.Start; i < p.End; {
			if c := text[i]; c != '"' && c != 0xC2 && c != 0xE2 {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case open < 0 && (r == '«' || r == '“' || r == '"'):
				open = i
				switch r {
				case '«':
					want = '»'
				case '“':
					want = '”'
				default:
					want = '"'
				}
			case open >= 0 && r == want:
				out = append(out, Span{Start: open, End: i + n})
				open = -1
			}
			i += n
		}
		if open >= 0 && p.End-open > 20 {
			out = append(out, Span{Start: open, End: p.End})
		}
		return out
	}
	rng := rand.New(rand.NewSource(2))
	alphabet := []string{"a", " ", "\"", "«", "»", "“", "”", "’", "\u00a0", "é", "\xc2", "\xe2", "\xe2\x80", "x"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		text := b.String()
		start := rng.Intn(len(text) + 1)
		end := start + rng.Intn(len(text)-start+1)
		p := Span{Start: start, End: end}
		if got, w := quoteRegions(nil, text, p), want(text, p); !slices.Equal(got, w) {
			t.Fatalf("quoteRegions(%q, %v) = %v, want %v", text, p, got, w)
		}
	}
}
