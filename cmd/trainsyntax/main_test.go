package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/syntax"
)

// ud is the Universal Dependencies folder when the repository is checked
// out beside the shared corpora.
var ud = filepath.Join("..", "..", "..", "shared", "corpora", "ud")

// heldBack reads a held-back treebank file, skipping the test without it.
func heldBack(t *testing.T, file string) []syntax.Sentence {
	t.Helper()
	if _, err := os.Stat(filepath.Join(ud, file)); err != nil {
		t.Skipf("UD treebank not present (%v): the shared corpora live beside the repository", err)
	}
	s, err := readAll(ud, []string{file})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTaggerAccuracy scores the embedded taggers on the held-back files,
// which they were not trained on; the floors are the rates reached minus
// 0.3 points.
func TestTaggerAccuracy(t *testing.T) {
	for _, c := range []struct {
		lang, file string
		min        float64
	}{
		{"en", "en_ewt/en_ewt-ud-test.conllu", 91.8},
		{"fr", "fr_gsd/fr_gsd-ud-test.conllu", 95.1},
		{"fr", "fr_sequoia/fr_sequoia-ud-test.conllu", 97.1},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			acc := 100 * tagAccuracy(syntax.Tagger(c.lang), heldBack(t, c.file))
			t.Logf("UPOS %.2f%%", acc)
			if acc < c.min {
				t.Errorf("UPOS %.2f%%, want at least %.1f%%", acc, c.min)
			}
		})
	}
}

func TestConvert(t *testing.T) {
	const doc = `# text = Il parle du budget de 5.2 % et don't.
1	Il	il	PRON	_	_	2	nsubj	_	_
2	parle	parler	VERB	_	_	0	root	_	_
3-4	du	_	_	_	_	_	_	_	_
3	de	de	ADP	_	_	5	case	_	_
4	le	le	DET	_	_	5	det	_	_
5	budget	budget	NOUN	_	_	2	obl	_	_
6	de	de	ADP	_	_	8	case	_	_
7	5.2	5.2	NUM	_	_	8	nummod	_	_
8	%	%	NOUN	_	_	5	nmod	_	_
9	et	et	CCONJ	_	_	10	cc	_	_
10-11	don't	_	_	_	_	_	_	_	SpaceAfter=No
10	do	do	AUX	_	_	2	conj	_	_
11	n't	not	PART	_	_	10	advmod	_	SpaceAfter=No
12	.	.	PUNCT	_	_	2	punct	_	_

`
	sents, dropped, err := parseCoNLLU(strings.NewReader(doc))
	if err != nil || dropped != 0 || len(sents) != 1 {
		t.Fatalf("parseCoNLLU: %d sentences, %d dropped, %v", len(sents), dropped, err)
	}
	s := sents[0]
	want := []struct {
		word string
		tag  syntax.Tag
		head int
		rel  syntax.Rel
	}{
		{"Il", syntax.PRON, 1, syntax.Nsubj},
		{"parle", syntax.VERB, -1, syntax.Root},
		{"du", syntax.ADP, 3, syntax.Case},
		{"budget", syntax.NOUN, 1, syntax.Obl},
		{"de", syntax.ADP, 8, syntax.Case},
		{"5", syntax.NUM, 8, syntax.Nummod},
		{".", syntax.PUNCT, 5, syntax.Goeswith},
		{"2", syntax.NUM, 5, syntax.Goeswith},
		{"%", syntax.SYM, 3, syntax.Nmod},
		{"et", syntax.CCONJ, 10, syntax.Cc},
		{"don", syntax.AUX, 1, syntax.Conj},
		{"'", syntax.PART, 10, syntax.Advmod},
		{"t", syntax.PART, 11, syntax.Goeswith},
		{".", syntax.PUNCT, 1, syntax.Punct},
	}
	if len(s.Words) != len(want) {
		t.Fatalf("words %q, want %d", s.Words, len(want))
	}
	for i, w := range want {
		if s.Words[i] != w.word || s.Tags[i] != w.tag || s.Heads[i] != w.head || s.Rels[i] != w.rel {
			t.Errorf("word %d: %q %v %d %v, want %q %v %d %v", i, s.Words[i], s.Tags[i], s.Heads[i], s.Rels[i],
				w.word, w.tag, w.head, w.rel)
		}
	}
	if !slices.Contains(s.Words, "du") {
		t.Error("du was split")
	}
}

// TestParserAttachment scores the embedded parsers, on the embedded
// taggers' tags, on the held-back files; the floors are the rates reached
// minus 0.3 points.
func TestParserAttachment(t *testing.T) {
	for _, c := range []struct {
		lang, file     string
		minUAS, minLAS float64
	}{
		{"en", "en_ewt/en_ewt-ud-test.conllu", 76.8, 71.6},
		{"fr", "fr_gsd/fr_gsd-ud-test.conllu", 81.0, 76.1},
		{"fr", "fr_sequoia/fr_sequoia-ud-test.conllu", 86.6, 83.0},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			uas, las := attachment(syntax.Tagger(c.lang), syntax.Parser(c.lang), heldBack(t, c.file))
			uas, las = 100*uas, 100*las
			t.Logf("UAS %.2f%%, LAS %.2f%%", uas, las)
			if uas < c.minUAS || las < c.minLAS {
				t.Errorf("UAS %.2f%%, LAS %.2f%%, want at least %.1f%% and %.1f%%", uas, las, c.minUAS, c.minLAS)
			}
		})
	}
}
