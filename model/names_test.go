package model

import (
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// TestFieldSpan checks fieldSpan against strings.Fields, the split it stands for.
func TestFieldSpan(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "  a  ", "Jean Dupont", "Nikolaï\u00a0Dourov", "a\tb\nc", "x\u0085y", "\xffa b\xfe",
		"Banque  de   France ", "\u2003lead\u3000trail\u2003", "é",
	} {
		f := strings.Fields(s)
		first, last, n := fieldSpan(s)
		var wantFirst, wantLast string
		if len(f) > 0 {
			wantFirst, wantLast = f[0], f[len(f)-1]
		}
		if first != wantFirst || last != wantLast || n != len(f) {
			t.Errorf("fieldSpan(%q) = %q, %q, %d; want %q, %q, %d", s, first, last, n, wantFirst, wantLast, len(f))
		}
	}
}

// A word that opens a sentence before its clause ("Lors de", "Despite",
// "Vers") is never a claim's subject.
func TestOpeningWordsAreNoSubjects(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Lors de la première période, il augmente les impôts de près de 2 000 dollars."},
		{"fr", "Vers 2 milliards d'utilisateurs, selon les prévisions."},
		{"en", "Despite the strike, Zorgon sales rose 5% in May."},
		{"en", "Following the merger, 300 jobs were cut."},
	} {
		for _, cl := range buildText(t, c.lang, "2012-09-04", c.text).Claims {
			if f := strings.Fields(cl.Subject); len(f) > 0 && lexis.InSet(lexis.Fold(f[0]), "lors", "vers", "despite", "following") {
				t.Errorf("%q: subject %q", c.text, cl.Subject)
			}
		}
	}
}
