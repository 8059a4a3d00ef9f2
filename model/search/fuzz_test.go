package search

import (
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/internal/testkit"
)

// The fuzz targets below check that any query, on any text, gives hits that
// point at a claim and an event of the timeline, with matched runes inside
// the texts they highlight. `make fuzz` runs each for FUZZTIME; the inputs
// that broke them are kept under testdata/fuzz/FuzzXxx and run with plain
// go test.

// corpora is where the shared corpora of other projects' published test
// cases live when the repository is checked out beside them.
const corpora = "../../../shared/corpora"

// checkHit fails when h points outside tl or highlights runes outside its
// texts.
func checkHit(t *testing.T, tl *model.Timeline, h Hit) {
	t.Helper()
	if h.Claim < 0 || h.Claim >= len(tl.Claims) || h.Event < -1 || h.Event >= len(tl.Events) {
		t.Fatalf("hit points at claim %d, event %d", h.Claim, h.Event)
	}
	r := h.Row()
	for _, p := range []Part{r.Label, r.Speaker, r.Title, r.Line()} {
		n := utf8.RuneCountInString(p.Text)
		for _, m := range p.Matched {
			if m < 0 || m >= n {
				t.Fatalf("hit %q: matched rune %d outside its %d runes", p.Text, m, n)
			}
		}
	}
}

// FuzzSearch searches the default set for any query typed after any other,
// as the search panel refines its results.
func FuzzSearch(f *testing.F) {
	tl, err := model.Default(f.Context())
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range append([]string{"dourov", "aout", "70 millions", "TELEGRAM", "é", "e\u0301", "Ǆ", "ß", "İ", "ﬁ"}, testkit.Nasty[:40]...) {
		f.Add(q, "")
		f.Add(q+"s", q)
	}
	f.Fuzz(func(t *testing.T, query, prev string) {
		ix := NewIndex(tl)
		hits := ix.Search(prev)
		for _, h := range hits {
			checkHit(t, tl, h)
		}
		for _, h := range ix.Refine(query, hits) {
			checkHit(t, tl, h)
		}
	})
}

// FuzzSearchArticle reads any text as an article, builds its timeline and
// searches it for a word, a figure and the article's title.
func FuzzSearchArticle(f *testing.F) {
	for i, s := range testkit.SeedTexts(f, corpora) {
		f.Add([]byte(s), i%5 == 0)
	}
	f.Add([]byte("<html><head><title>T</title><script>var a=1;</script><style>b{}</style></head><body><p>Le 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs, a déclaré Pavel Durov.</p></body></html>"), true)
	f.Fuzz(func(t *testing.T, raw []byte, isHTML bool) {
		a, err := model.ParseArticle("fuzz.txt", raw, isHTML)
		if err != nil {
			return
		}
		tl := model.Build(&model.Set{Name: "fuzz", Articles: []*model.Article{a}})
		ix := NewIndex(tl)
		for _, q := range []string{"a", "70", a.Title} {
			for _, h := range ix.Search(q) {
				checkHit(t, tl, h)
			}
		}
	})
}
