package syntax

import (
	"bytes"
	"testing"
)

func TestParseNews(t *testing.T) {
	for _, c := range []struct {
		lang, words string
		// heads lists (dependent, head) pairs by word, "" for the root.
		// Known errors are left out and named in a comment.
		heads [][2]string
		rels  map[string]Rel
	}{
		{"fr", "Le texte a été adopté par 302 votes .",
			[][2]string{{"adopté", ""}, {"texte", "adopté"}, {"votes", "adopté"}, {"302", "votes"}, {"Le", "texte"}},
			map[string]Rel{"texte": Nsubj, "302": Nummod, "Le": Det, "par": Case}},
		// Known error: "Opel", tagged NOUN, is taken for the root.
		{"fr", "Opel emploie 54 000 personnes .",
			[][2]string{{"personnes", "emploie"}, {"54", "personnes"}, {"000", "54"}},
			map[string]Rel{"personnes": Obj, "54": Nummod, "000": Goeswith}},
		{"fr", "Opel emploie environ 54 000 personnes .",
			[][2]string{{"emploie", ""}, {"Opel", "emploie"}, {"personnes", "emploie"}, {"54", "personnes"},
				{"environ", "54"}, {"000", "54"}},
			map[string]Rel{"Opel": Nsubj, "personnes": Obj, "54": Nummod, "environ": Advmod, "000": Goeswith}},
		{"fr", "Renault emploie 40 000 salariés en France .",
			[][2]string{{"emploie", ""}, {"Renault", "emploie"}, {"salariés", "emploie"}, {"40", "salariés"}},
			map[string]Rel{"Renault": Nsubj, "salariés": Obj, "40": Nummod}},
		{"fr", "Il a vendu environ 3 millions de voitures .",
			[][2]string{{"vendu", ""}, {"millions", "vendu"}, {"3", "millions"}, {"voitures", "millions"}},
			map[string]Rel{"Il": Nsubj, "a": Aux, "millions": Obj, "3": Nummod}},
		{"en", "The company said it would cut 2 , 000 jobs by March .",
			// Known error: "March" hangs on "jobs" rather than on "cut".
			[][2]string{{"said", ""}, {"company", "said"}, {"cut", "said"}, {"jobs", "cut"}, {"2", "jobs"}},
			map[string]Rel{"company": Nsubj, "jobs": Obj, "cut": Ccomp}},
	} {
		words := split(c.words)
		tags := Tagger(c.lang).Tag(words, nil)
		heads, rels := make([]int, len(words)), make([]Rel, len(words))
		Parser(c.lang).Parse(words, tags, heads, rels)
		index := func(w string) int {
			for i, x := range words {
				if x == w {
					return i
				}
			}
			t.Fatalf("%q not in %q", w, c.words)
			return -1
		}
		for _, p := range c.heads {
			d, want := index(p[0]), -1
			if p[1] != "" {
				want = index(p[1])
			}
			if heads[d] != want {
				t.Errorf("%q: head of %q is %d, want %d (heads %v)", c.words, p[0], heads[d], want, heads)
			}
		}
		for w, r := range c.rels {
			if got := rels[index(w)]; got != r {
				t.Errorf("%q: %q is %v, want %v", c.words, w, got, r)
			}
		}
	}
}

func TestParseTree(t *testing.T) {
	for _, s := range benchSentences {
		words := split(s)
		tags := Tagger("fr").Tag(words, nil)
		heads, rels := make([]int, len(words)), make([]Rel, len(words))
		Parser("fr").Parse(words, tags, heads, rels)
		roots := 0
		for d, h := range heads {
			if h < 0 {
				roots++
				if rels[d] != Root {
					t.Errorf("%q: root %q is %v", s, words[d], rels[d])
				}
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots (heads %v)", s, roots, heads)
		}
		if !Projective(heads) {
			t.Errorf("%q: not a projective tree: %v", s, heads)
		}
	}
	Parser("en").Parse(nil, nil, nil, nil) // nothing to do
}

func TestParserWritesBack(t *testing.T) {
	p := Parser("fr")
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	p2, err := ReadParser(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words := split(benchSentences[0])
	tags := Tagger("fr").Tag(words, nil)
	h1, h2 := make([]int, len(words)), make([]int, len(words))
	r1, r2 := make([]Rel, len(words)), make([]Rel, len(words))
	p.Parse(words, tags, h1, r1)
	p2.Parse(words, tags, h2, r2)
	for i := range h1 {
		if h1[i] != h2[i] || r1[i] != r2[i] {
			t.Fatalf("read back: %v %v, want %v %v", h2, r2, h1, r1)
		}
	}
}

func TestParseAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop its items")
	}
	words := split(benchSentences[0])
	tags := Tagger("fr").Tag(words, nil)
	heads, rels := make([]int, len(words)), make([]Rel, len(words))
	p := Parser("fr")
	p.Parse(words, tags, heads, rels)
	if n := testing.AllocsPerRun(100, func() { p.Parse(words, tags, heads, rels) }); n > 0 {
		t.Errorf("Parse allocates %.1f times per call", n)
	}
}

func TestProjective(t *testing.T) {
	for _, c := range []struct {
		heads []int
		want  bool
	}{
		{[]int{1, -1, 1}, true},
		{[]int{2, 3, -1, 2}, false}, // 0->2 crosses 1->3
		{[]int{-1, -1}, false},      // two roots
		{[]int{1, 0}, false},        // a cycle, no root
	} {
		if got := Projective(c.heads); got != c.want {
			t.Errorf("Projective(%v) = %v, want %v", c.heads, got, c.want)
		}
	}
}
