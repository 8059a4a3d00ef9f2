package lexis

import (
	"bytes"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Class is a set of word classes: the classes a grammar declares (see
// Declare), or'ed together, and the two the tokenizer sets itself. A token
// belongs to a class when its folded word is one of the class's words.
type Class uint16

// The classes the tokenizer sets from a word's letters; Declare hands out
// the other bits.
const (
	upper      Class = 1 << iota // the word is capitalised (Token.Upper)
	innerUpper                   // a capital inside a word that starts small (Token.InnerUpper)
	firstDeclared
)

// declared holds what the grammars declared, read once when the lexicon is
// built.
var declared struct {
	sync.Mutex
	n      int // classes declared so far
	names  map[Class]string
	words  []declaration
	hyphen []hyphenRule
	built  bool
}

// declaration gives class c to the words of a list.
type declaration struct {
	class Class
	words iter.Seq[string]
}

// hyphenRule gives class c to the hyphenated words that start with one of
// prefixes or whose last part belongs to last; to every hyphenated word
// when all is set.
type hyphenRule struct {
	class    Class
	all      bool
	last     Class
	prefixes []string
}

// Declare adds a class of words to the lexicon: each folded word of the
// lists belongs to it ("janvier", "january", ... for a grammar's months).
// Grammars call it when their package is initialised,
//
//	var month = lexis.Declare("month", maps.Keys(monthsFR), maps.Keys(monthsEN))
//
// and test their tokens with Token.Is. The lists are read once, when the
// tokenizer first needs the lexicon; Declare panics after that, and when
// every class is taken (a Class has room for 14).
func Declare(name string, words ...iter.Seq[string]) Class {
	declared.Lock()
	defer declared.Unlock()
	if declared.built {
		panic(fmt.Sprintf("lexis: class %q declared after the lexicon was built", name))
	}
	c := firstDeclared << declared.n
	if c == 0 {
		panic(fmt.Sprintf("lexis: no room for class %q", name))
	}
	declared.n++
	if declared.names == nil {
		declared.names = map[Class]string{}
	}
	declared.names[c] = name
	for _, w := range words {
		declared.words = append(declared.words, declaration{c, w})
	}
	return c
}

// Hyphenated gives class c to every hyphenated word ("mi-mars",
// "vingt-cinq", "two-year") besides the words declared for it. Like
// Declare, it panics once the lexicon is built.
func Hyphenated(c Class) { addHyphenRule(hyphenRule{class: c, all: true}) }

// HyphenatedIf gives class c to the hyphenated words that start with one of
// prefixes ("mi-" in "mi-mars") or whose last part, after the last hyphen,
// belongs to class last ("year" in "two-year"). Like Declare, it panics once
// the lexicon is built.
func HyphenatedIf(c, last Class, prefixes ...string) {
	addHyphenRule(hyphenRule{class: c, last: last, prefixes: prefixes})
}

func addHyphenRule(r hyphenRule) {
	declared.Lock()
	defer declared.Unlock()
	if declared.built {
		panic(fmt.Sprintf("lexis: hyphenated words of %v declared after the lexicon was built", r.class))
	}
	declared.hyphen = append(declared.hyphen, r)
}

// String returns the names of the classes in c, joined by "|".
func (c Class) String() string {
	declared.Lock()
	defer declared.Unlock()
	var names []string
	for b := Class(1); b != 0; b <<= 1 {
		if c&b == 0 {
			continue
		}
		switch {
		case b == upper:
			names = append(names, "upper")
		case b == innerUpper:
			names = append(names, "innerUpper")
		case declared.names[b] != "":
			names = append(names, declared.names[b])
		default:
			names = append(names, fmt.Sprintf("class%d", b))
		}
	}
	return strings.Join(names, "|")
}

// Lookup returns the classes of folded word w (0 when it has none).
func Lookup(w string) Class { return lexicon().get(w) }

// LookupBytes is Lookup for a word held in a buffer.
func LookupBytes(w []byte) Class { return lexicon().getBytes(w) }

// lexicon is the table of the declared words, built on first use.
var lexicon = sync.OnceValue(func() *lexTable {
	declared.Lock()
	defer declared.Unlock()
	declared.built = true
	m := map[string]Class{}
	for _, d := range declared.words {
		for w := range d.words {
			m[w] |= d.class
		}
	}
	t := newLexTable(m)
	for _, r := range declared.hyphen {
		if r.all {
			t.hyphenAll |= r.class
		} else {
			t.hyphen = append(t.hyphen, r)
		}
	}
	return t
})

// lexTable is a read-only hash table of the lexicon: open addressing with a
// hash of a few bytes, so that the tokenizer's one lookup per word costs
// less than a general map's.
type lexTable struct {
	// slots hold a word's offset in words (high bits) and length (low
	// byte), 0 for an empty slot; vals its classes. Everything fits in a few
	// kilobytes, which the tokenizer keeps in cache between its lookups.
	slots  []uint32
	vals   []Class
	words  string
	mask   uint32
	maxLen int
	// lens[c] has bit n set when a word of n bytes starts with byte c: most
	// words are ruled out without hashing.
	lens [256]uint32
	// hyphenAll holds the classes of every hyphenated word, hyphen the
	// rules that give a class to some of them.
	hyphenAll Class
	hyphen    []hyphenRule
}

func newLexTable(m map[string]Class) *lexTable {
	size := 1
	for size < 2*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]uint32, size), vals: make([]Class, size), mask: uint32(size - 1)}
	var words strings.Builder
	words.WriteByte(0) // offset 0 is never a word's
	for _, w := range slices.Sorted(maps.Keys(m)) {
		if w == "" || len(w) > 255 {
			continue
		}
		t.maxLen = max(t.maxLen, len(w))
		t.lens[w[0]] |= 1 << min(len(w), 31)
		h := lexHash(w) & t.mask
		for t.slots[h] != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h], t.vals[h] = uint32(words.Len())<<8|uint32(len(w)), m[w]
		words.WriteString(w)
	}
	t.words = words.String()
	return t
}

// lexHash mixes a word's length and its first, middle and last two bytes:
// constant time whatever the word, and spread enough for the lexicon.
func lexHash[S string | []byte](w S) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<24 ^ uint32(w[n-1])<<16 ^ uint32(w[n/2])<<8 ^ uint32(w[(n-1)/2])
	if n > 2 {
		h ^= uint32(w[1])<<4 ^ uint32(w[n-2])<<12
	}
	h *= 0x85EBCA6B
	return h ^ h>>15
}

// get returns the classes of folded word w (0 when it has none).
func (t *lexTable) get(w string) Class {
	if len(w) > t.maxLen || w == "" || t.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	for h := lexHash(w) & t.mask; t.slots[h] != 0; h = (h + 1) & t.mask {
		if sl := t.slots[h]; int(sl&0xff) == len(w) && t.words[sl>>8:sl>>8+sl&0xff] == w {
			return t.vals[h]
		}
	}
	return 0
}

// getBytes is get for a word held in a buffer.
func (t *lexTable) getBytes(w []byte) Class {
	if len(w) > t.maxLen || len(w) == 0 || t.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	for h := lexHash(w) & t.mask; t.slots[h] != 0; h = (h + 1) & t.mask {
		if sl := t.slots[h]; int(sl&0xff) == len(w) && t.words[sl>>8:sl>>8+sl&0xff] == string(w) {
			return t.vals[h]
		}
	}
	return 0
}

// hyphenated returns the classes the hyphen rules give to a hyphenated
// word: its folded form fb, or word itself when it is plain (its own folded
// form).
func (t *lexTable) hyphenated(fb []byte, word string, plain bool) Class {
	c := t.hyphenAll
	if len(t.hyphen) == 0 {
		return c
	}
	f := fb
	if plain {
		f = []byte(word) // does not escape: no copy
	}
	for _, r := range t.hyphen {
		for _, p := range r.prefixes {
			if len(f) >= len(p) && string(f[:len(p)]) == p {
				c |= r.class
			}
		}
		// "two-year", "30-day": a word whose last part is of class last.
		if k := bytes.LastIndexByte(f, '-'); r.last != 0 && k >= 0 && t.getBytes(f[k+1:])&r.last != 0 {
			c |= r.class
		}
	}
	return c
}
