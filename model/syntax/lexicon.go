package syntax

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
)

// A Lexicon gives the parts of speech a dictionary allows a word, as the
// tagger's features see them: the treebanks English is trained on hold
// 46,000 words, too few to have met "struck", "revenue" or "superjumbo",
// while a dictionary knows that "struck" is a past tense and "revenue" a
// noun. The tagger does not take the dictionary's word for it: it learns
// how far to trust each class of words ("VBD|VBN", "NN|VB") from the
// treebanks, as one feature among the others.
//
// A class is the list of tags as the dictionary writes it, most likely
// first ("NN|VB"); a word the dictionary lacks has a class of its own. A
// word written with capitals is looked up as written ("Apple", a proper
// noun) and then lowered ("The").
type Lexicon struct {
	exact, lower lexTable // keyed by info's word and lower hashes
	classes      []lexClass
	names        map[uint64]string // a class's tags, by its hash
}

// lexClass is a class's hashes: of all its tags, and of the first.
type lexClass struct{ all, first uint64 }

// The hashes of the class of the words a lexicon lacks, and of the
// padding around a sentence.
const (
	lexUnknown = 19
	lexPad     = 23
	// lexCapital marks the class of a capitalised word found lowered.
	lexCapital = 0x5bd1e9955bd1e995
)

// lexTable is an open-addressing table from a word's hash to its class.
type lexTable struct {
	mask uint64
	keys []uint64 // 0: empty
	vals []uint16
}

func (t *lexTable) get(h uint64) (uint16, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	if h == 0 {
		h = 1
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// put adds h's class v, keeping the first class given for a hash.
func (t *lexTable) put(h uint64, v uint16) {
	if h == 0 {
		h = 1
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return
		case 0:
			t.keys[i], t.vals[i] = h, v
			return
		}
	}
}

func newLexTable(n int) lexTable {
	size := 1
	for size < 2*n+2 {
		size *= 2
	}
	return lexTable{mask: uint64(size - 1), keys: make([]uint64, size), vals: make([]uint16, size)}
}

// class returns the hashes of the class of word s, whose hashes are w.
func (l *Lexicon) class(s string, w *wordInfo) (all, first uint64) {
	if l == nil {
		return lexUnknown, lexUnknown
	}
	c, ok := uint16(0), false
	if w.upper {
		c, ok = l.exact.get(w.word)
	}
	if !ok && !w.upper {
		c, ok = l.lower.get(w.lower)
	} else if !ok && lowerable(s) {
		// "Mars", "The": the class of the word lowered, kept apart from
		// it, since a capital says much (a name mid-sentence).
		if c, ok = l.lower.get(w.lower); ok {
			return l.classes[c].all ^ lexCapital, l.classes[c].first ^ lexCapital
		}
	}
	if !ok {
		return lexUnknown, lexUnknown
	}
	return l.classes[c].all, l.classes[c].first
}

// lowerable reports whether word s, written with capitals, may be the word
// lowered: capitalised ("The") or all capitals ("THE"), not "iPhone" or
// "McDonald".
func lowerable(s string) bool {
	lower := false
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			if lower {
				return false
			}
		case unicode.IsLower(r):
			if i == 0 {
				return false
			}
			lower = true
		}
	}
	return true
}

// Classes returns the tags the lexicon allows word w, as it writes them
// ("VBD|VBN"), and whether it has w.
func (l *Lexicon) Classes(w string) (string, bool) {
	wi := wordHashes(w)
	all, _ := l.class(w, &wi)
	if all == lexUnknown {
		return "", false
	}
	if n, ok := l.names[all]; ok {
		return n, true
	}
	return l.names[all^lexCapital], true
}

// LexiconFor returns the embedded lexicon of lang (weights/LANG.lexicon.gz,
// the one cmd/trainsyntax trains LANG's tagger with), nil when there is
// none: French is tagged without one, its treebanks being large enough.
func LexiconFor(lang string) *Lexicon {
	if lang == "en" {
		return enLexicon()
	}
	f, ok := lexicons.Load(lang)
	if !ok {
		f, _ = lexicons.LoadOrStore(lang, sync.OnceValue(func() *Lexicon { return loadLexicon(lang) }))
	}
	return f.(func() *Lexicon)()
}

var (
	enLexicon = sync.OnceValue(func() *Lexicon {
		l := loadLexicon("en")
		if l == nil {
			panic("syntax: the English lexicon is not embedded") // the tagger's weights need it
		}
		return l
	})
	lexicons sync.Map // lang -> func() *Lexicon (a sync.OnceValue)
)

// loadLexicon reads the embedded lexicon of lang; nil when there is none.
func loadLexicon(lang string) *Lexicon {
	f, err := weightFiles.Open("weights/" + lang + ".lexicon.gz")
	if err != nil {
		return nil
	}
	defer f.Close()
	l, err := ReadLexicon(f)
	if err != nil {
		panic(err) // the embedded lexicon is part of the program
	}
	return l
}

// ReadLexicon reads a lexicon written as cmd/mklexicon writes it: gzipped
// lines of a word, a tab and its tags separated by "|", most likely first.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer z.Close()
	type entry struct {
		h     uint64
		upper bool
		class uint16
	}
	var ents []entry
	l := &Lexicon{names: map[uint64]string{}}
	ids := map[string]uint16{}
	sc := bufio.NewScanner(z)
	line := 0
	for sc.Scan() {
		line++
		word, tags, ok := strings.Cut(sc.Text(), "\t")
		if !ok || word == "" || tags == "" {
			return nil, fmt.Errorf("lexicon: line %d: want a word, a tab and its tags", line)
		}
		id, ok := ids[tags]
		if !ok {
			if len(l.classes) == 1<<16 {
				return nil, fmt.Errorf("lexicon: line %d: too many classes", line)
			}
			id = uint16(len(l.classes))
			ids[tags] = id
			first, _, _ := strings.Cut(tags, "|")
			c := lexClass{all: hashString(tags), first: hashString(first)}
			l.classes = append(l.classes, c)
			l.names[c.all] = tags
		}
		wi := info(word)
		if wi.upper {
			ents = append(ents, entry{wi.word, true, id})
		} else {
			ents = append(ents, entry{wi.lower, false, id})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	nu := 0
	for _, e := range ents {
		if e.upper {
			nu++
		}
	}
	l.exact, l.lower = newLexTable(nu), newLexTable(len(ents)-nu)
	for _, e := range ents {
		if e.upper {
			l.exact.put(e.h, e.class)
		} else {
			l.lower.put(e.h, e.class)
		}
	}
	return l, nil
}

// hashString is the FNV-1a hash of s, never one of the reserved classes.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, r)
	}
	return h
}
