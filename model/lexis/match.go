package lexis

// FoldAt returns the folded text of token i, or "" outside toks.
func FoldAt(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Fold
}

// MatchWords reports whether toks[i:] starts with the folded words ws.
func MatchWords(toks []Token, i int, ws ...string) bool {
	for k, w := range ws {
		if FoldAt(toks, i+k) != w {
			return false
		}
	}
	return true
}

// InSet reports whether w is one of ws.
func InSet(w string, ws ...string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// SetOf returns the set of words ws.
func SetOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// QuickReject turns on the grammars' quick tests that skip the positions
// where a matcher cannot succeed. Tests turn it off to check that the quick
// tests change no result (TestQuickRejectChangesNothing in package model);
// nothing else writes it.
var QuickReject = true
