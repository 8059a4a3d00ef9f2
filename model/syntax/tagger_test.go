package syntax

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// split cuts a sentence written with spaces between the words it holds as
// Claimline's tokenizer would split it.
func split(s string) []string { return strings.Fields(s) }

func TestTagNews(t *testing.T) {
	for _, c := range []struct {
		lang, words string
		// want holds a tag per word, "_" for any: the known errors are
		// "Opel" (NOUN: an unknown capitalised word that starts a
		// sentence) and "fell" (ADV: not in the small English training set).
		want string
	}{
		{"fr", "Opel emploie environ 54 000 personnes .", "_ VERB ADV NUM NUM NOUN PUNCT"},
		{"fr", "L' application a gagné 70 millions d' utilisateurs , selon Sensor Tower .",
			"DET NOUN AUX VERB NUM NOUN ADP NOUN PUNCT ADP PROPN PROPN PUNCT"},
		{"fr", "Le texte a été adopté par 302 votes contre 250 .", "DET NOUN AUX AUX VERB ADP NUM NOUN ADP NUM PUNCT"},
		{"fr", "Le chiffre d' affaires du groupe a progressé de 5 % au premier trimestre .",
			"DET NOUN ADP NOUN ADP NOUN AUX VERB ADP NUM SYM ADP ADJ NOUN PUNCT"},
		{"en", "Apple 's shares rose 5 . 2 % to $ 120 . 50 on Friday .",
			"PROPN PART NOUN VERB NUM PUNCT NUM SYM ADP SYM NUM PUNCT NUM ADP PROPN PUNCT"},
		{"en", "On Monday , the S & P 500 fell 1 . 95 % .", "ADP PROPN PUNCT DET PROPN _ PROPN NUM _ NUM PUNCT NUM SYM PUNCT"},
		{"en", "The bill passed with 302 votes .", "DET NOUN VERB ADP NUM NOUN PUNCT"},
		{"en", "The company said it would cut 2 , 000 jobs by March .", "DET NOUN VERB PRON AUX VERB NUM PUNCT NUM NOUN ADP PROPN PUNCT"},
		// Words the English treebanks never show, which the lexicon knows.
		{"en", "A powerful earthquake struck Japan on Monday , killing more than 200 people .",
			"DET ADJ NOUN VERB PROPN ADP PROPN PUNCT VERB ADJ ADP NUM NOUN PUNCT"},
		{"en", "Its third-quarter revenue fell 42 % .", "PRON _ NOUN VERB NUM SYM PUNCT"},
		{"en", "The rover landed on Mars in February .", "DET NOUN VERB ADP PROPN ADP PROPN PUNCT"},
	} {
		words := split(c.words)
		want := strings.Fields(c.want)
		if len(want) != len(words) {
			t.Fatalf("%q: %d tags for %d words", c.words, len(want), len(words))
		}
		got := Tagger(c.lang).Tag(words, nil)
		var gotS []string
		bad := false
		for i, g := range got {
			gotS = append(gotS, g.String())
			bad = bad || want[i] != "_" && want[i] != g.String()
		}
		if bad {
			t.Errorf("%s %q:\n got %v\nwant %v", c.lang, c.words, gotS, want)
		}
	}
}

func TestTaggerLanguages(t *testing.T) {
	if Tagger("fr") == nil || Tagger("en") == nil {
		t.Fatal("no embedded tagger for fr or en")
	}
	if Tagger("de") != nil {
		t.Error("Tagger(de) is not nil")
	}
	if got := Tagger("en").Tag(nil, nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
}

// TestTagWritesBack checks that weights read back tag as the embedded ones.
func TestTagWritesBack(t *testing.T) {
	m := Tagger("en")
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadTagger(&buf, m.lex)
	if err != nil {
		t.Fatal(err)
	}
	words := split("The company said it would cut 2 , 000 jobs by March .")
	a, b := m.Tag(words, nil), m2.Tag(words, nil)
	if string(tagBytes(a)) != string(tagBytes(b)) {
		t.Errorf("read back: %v, want %v", b, a)
	}
	if _, err := ReadTagger(strings.NewReader("not gzip"), nil); err == nil {
		t.Error("ReadTagger accepted garbage")
	}
}

func tagBytes(ts []Tag) []byte {
	b := make([]byte, len(ts))
	for i, t := range ts {
		b[i] = byte(t)
	}
	return b
}

func TestTagConcurrent(t *testing.T) {
	words := split("Le texte a été adopté par 302 votes contre 250 .")
	want := Tagger("fr").Tag(words, nil)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var dst []Tag
			for range 50 {
				dst = Tagger("fr").Tag(words, dst)
				if string(tagBytes(dst)) != string(tagBytes(want)) {
					t.Errorf("concurrent Tag: %v, want %v", dst, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestTagAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop its items")
	}
	m := Tagger("fr")
	words := split("L' application a gagné 70 millions d' utilisateurs , selon Sensor Tower .")
	dst := make([]Tag, 0, len(words))
	m.Tag(words, dst)
	if n := testing.AllocsPerRun(100, func() { dst = m.Tag(words, dst) }); n > 0 {
		t.Errorf("Tag allocates %.1f times per call", n)
	}
}

func TestTagNames(t *testing.T) {
	for tg := Tag(0); tg < numTags; tg++ {
		if p, ok := ParseTag(tg.String()); !ok || p != tg {
			t.Errorf("ParseTag(%q) = %v, %v", tg.String(), p, ok)
		}
	}
	if r, ok := ParseRel("nsubj:pass"); !ok || r != Nsubj {
		t.Errorf("ParseRel(nsubj:pass) = %v, %v", r, ok)
	}
}

// benchSentences are news sentences in both languages, split as Claimline
// splits them.
var benchSentences = []string{
	"L' application a gagné 70 millions d' utilisateurs , selon Sensor Tower , au cours des trois derniers mois .",
	"Opel emploie environ 54 000 personnes en Europe , dont 19 000 en Allemagne .",
	"Le texte a été adopté par 302 votes contre 250 à l' Assemblée nationale mardi soir .",
	"Apple 's shares rose 5 . 2 % to $ 120 . 50 on Friday after the company reported record sales .",
	"On Monday , the S&P 500 fell 1 . 95 % , its worst day since March , as investors worried about inflation .",
}
