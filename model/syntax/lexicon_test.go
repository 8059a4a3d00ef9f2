package syntax

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(s))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestLexiconClasses checks how a word is looked up: as written, then
// lowered when only its capital sets it apart, the class of a lowered
// word kept apart from the word's own.
func TestLexiconClasses(t *testing.T) {
	l, err := ReadLexicon(bytes.NewReader(gz(t, "struck\tVBD|VBN\nApple\tNNP\napple\tNN\nthe\tDT\niphone\tNN\nmars\tNNS\n")))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word, want string
		ok         bool
	}{
		{"struck", "VBD|VBN", true},
		{"Apple", "NNP", true},
		{"apple", "NN", true},
		{"The", "DT", true},
		{"THE", "DT", true},
		{"iPhone", "", false}, // a capital inside: never the word lowered
		{"superjumbo", "", false},
	} {
		got, ok := l.Classes(c.word)
		if got != c.want || ok != c.ok {
			t.Errorf("Classes(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
	// "Mars" mid-sentence is not "mars": the class found by lowering is
	// its own.
	a, b := info("Mars"), info("mars")
	ca, _ := l.class("Mars", &a)
	cb, _ := l.class("mars", &b)
	if ca == cb || ca == lexUnknown {
		t.Errorf("Mars and mars share the class %x", ca)
	}
	var nilLex *Lexicon
	if _, ok := nilLex.Classes("struck"); ok {
		t.Error("a nil lexicon knows a word")
	}
}

func TestReadLexiconErrors(t *testing.T) {
	for _, in := range [][]byte{[]byte("not gzip"), gz(t, "word without tags\n"), gz(t, "\tNN\n")} {
		if _, err := ReadLexicon(bytes.NewReader(in)); err == nil {
			t.Errorf("ReadLexicon(%q) accepted it", in)
		}
	}
}

// TestEmbeddedLexicon checks that English has its lexicon and French none.
func TestEmbeddedLexicon(t *testing.T) {
	en := LexiconFor("en")
	if c, ok := en.Classes("revenue"); !ok || !strings.HasPrefix(c, "NN") {
		t.Errorf("revenue: %q, %v", c, ok)
	}
	if LexiconFor("fr") != nil {
		t.Error("French has a lexicon")
	}
	if Tagger("en").lex != en {
		t.Error("the English tagger does not read its lexicon")
	}
}
