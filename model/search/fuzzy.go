package search

import (
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// A word of the query that the user spelled with letters left out
// ("telgram", "durv") is matched against the index's vocabulary with
// sahilm/fuzzy: the vocabulary is a fuzzy.Source, and fuzzy finds the words
// that hold the query's letters in order, with the letters it matched.
// Most of those are far-fetched ("aout" is in "about" and, out of order,
// nowhere in "outage"), so a word is kept only when the match reads as the
// query typed with a slip: it starts at the word's first letter, its first
// letters run together, and it leaves out few letters on the way.

// fuzzyMin is the shortest query word matched with letters left out.
const fuzzyMin = 4

// vocabulary is a run of the index's sorted tokens, as a fuzzy.Source.
type vocabulary []string

// String implements fuzzy.Source.
func (v vocabulary) String(i int) string { return v[i] }

// Len implements fuzzy.Source.
func (v vocabulary) Len() int { return len(v) }

// fuzzyTokens returns the ids of the tokens that w spells with a few
// letters left out (see strongMatch). Only the tokens that start with w's
// first three letters can be strong matches, so only they are given to
// fuzzy: a keystroke's look-up stays small at any index size.
func (ix *Index) fuzzyTokens(w string) []int32 {
	if runeCount(w) < fuzzyMin || !isLetterStart(w) {
		return nil
	}
	lo, hi := ix.prefixRange(string([]rune(w)[:3]))
	var ids []int32
	for _, m := range fuzzy.FindFromNoSort(w, vocabulary(ix.tokens[lo:hi])) {
		if strongMatch(w, m) {
			ids = append(ids, int32(lo+m.Index))
		}
	}
	return ids
}

// strongMatch reports whether fuzzy's match m of query word w reads as w
// typed with a slip: m starts at the token's first letter, its first three
// letters follow each other, and it leaves out at most one letter of the token between its
// first and last matched letter (two for a word of eight letters or more).
// Letters after the match are the rest of a word being typed.
func strongMatch(w string, m fuzzy.Match) bool {
	n := runeCount(w)
	if n < fuzzyMin || len(m.MatchedIndexes) != n {
		return false
	}
	// fuzzy gives byte offsets; count in runes.
	pos := make([]int, n)
	for k, b := range m.MatchedIndexes {
		pos[k] = utf8.RuneCountInString(m.Str[:b])
	}
	if pos[0] != 0 {
		return false
	}
	lead := 1
	for lead < n && pos[lead] == pos[lead-1]+1 {
		lead++
	}
	if lead < 3 {
		return false
	}
	skipped := pos[n-1] - pos[0] + 1 - n
	allowed := 1
	if n >= 8 {
		allowed = 2
	}
	return skipped <= allowed
}
