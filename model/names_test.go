package model

import (
	"strings"
	"testing"
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
