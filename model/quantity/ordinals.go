package quantity

import (
	"iter"
	"maps"
)

// The accessors below give the other rooms (the date grammar, the claims,
// model/search) the ordinal words and endings, so that they read "56e" and
// "cinquième" as the figure grammar does, without making the tables
// themselves public: they are read-only views. units.go does the same for
// the scale and number words.

// OrdinalWord returns the rank a folded ordinal word names ("cinquieme" and
// "fifth": 5), and false for a word that is not one.
func OrdinalWord(w string) (int, bool) {
	n, ok := ordinalWords[w]
	return n, ok
}

// OrdinalWords yields the folded ordinal words of both languages and the
// rank each names ("cinquieme" and "fifth", 5), in no particular order.
func OrdinalWords() iter.Seq2[string, int] { return maps.All(ordinalWords) }

// IsOrdinalSuffix reports whether s, folded, is an ordinal ending written
// after digits ("e", "er", "eme", "th", "nd": "56e", "5th").
func IsOrdinalSuffix(s string) bool { return ordinalSuffix[s] }

// OrdinalSuffixes yields the ordinal endings IsOrdinalSuffix knows, in no
// particular order.
func OrdinalSuffixes() iter.Seq[string] { return maps.Keys(ordinalSuffix) }
