package ui

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// assertMarkup compares o's rendered markup with testdata/name, or rewrites
// it with -update.
func assertMarkup(t *testing.T, name string, o fyne.CanvasObject) {
	t.Helper()
	if *update {
		path := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(test.RenderObjectToMarkup(o)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	test.AssertObjectRendersToMarkup(t, name, o)
}

// article builds an article whose text is the sentences joined by spaces,
// with the sentence spans.
func article(name, title string, published model.Date, sentences ...string) *model.Article {
	a := &model.Article{Name: name, Title: title, Published: published, Lang: "en"}
	for i, s := range sentences {
		if i > 0 {
			a.Text += "\n"
		}
		a.Sentences = append(a.Sentences, model.Span{Start: len(a.Text), End: len(a.Text) + len(s)})
		a.Text += s
	}
	return a
}

// claimIn builds claim id of article ai from sentence si, with the figure,
// date and speaker words located in it.
func claimIn(t *model.Timeline, id, ai, si int, label, value, date, who string, d model.Date, m model.Metric) model.Claim {
	a := t.Articles[ai]
	sp := a.Sentences[si]
	q := a.Slice(sp)
	find := func(w string) model.Span {
		if i := strings.Index(q, w); w != "" && i >= 0 {
			return model.Span{Start: sp.Start + i, End: sp.Start + i + len(w)}
		}
		return model.Span{}
	}
	return model.Claim{ID: id, Article: ai, ArticleName: a.Name, Passage: sp, Quote: q, Subject: "Telegram", Metric: m,
		HasValue: value != "", ValueText: value, ValueSpan: find(value), Date: d, DateSpan: find(date),
		SaidBy: who, SaidByText: who, SaidBySpan: find(who), Label: label}
}

// source returns the Source of claim c.
func source(t *model.Timeline, c int) model.Source {
	cl := t.Claims[c]
	return model.Source{Claim: c, Article: cl.ArticleName, Title: t.Articles[cl.Article].Title, Quote: cl.Quote, Start: cl.Passage.Start, End: cl.Passage.End}
}

// sampleTimeline is a small set: three articles, five claims, four events,
// one of them with conflicting figures.
func sampleTimeline() *model.Timeline {
	t := &model.Timeline{Name: "Sample set"}
	t.Articles = []*model.Article{
		article("a.txt", "Telegram wins big", model.Day(2021, time.October, 5),
			"Telegram was launched in 2013.",
			"On 4 October 2021, Telegram gained more than 70 million users, said Pavel Durov.",
			"Subscribe to our newsletter!"),
		article("b.txt", "La panne de Facebook", model.Day(2021, time.October, 6),
			"Le 4 octobre 2021, Telegram a gagné 50 millions d'utilisateurs.",
			"En août 2021, Telegram comptait 1 milliard de téléchargements."),
		article("c.txt", "WhatsApp down", model.Day(2021, time.October, 4),
			"Facebook services were down for six hours on 4 October 2021."),
	}
	t.Articles[0].Dropped = []model.Dropped{{Span: t.Articles[0].Sentences[2], Reason: "boilerplate"}}
	t.Claims = []model.Claim{
		claimIn(t, 0, 0, 0, "Telegram launched", "", "2013", "", model.YearOf(2013), model.MetricEvent),
		claimIn(t, 1, 0, 1, "Telegram: more than 70 million new users", "70 million", "4 October 2021", "Pavel Durov", model.Day(2021, time.October, 4), model.MetricNewUsers),
		claimIn(t, 2, 1, 0, "Telegram: 50 million new users", "50 millions", "4 octobre 2021", "", model.Day(2021, time.October, 4), model.MetricNewUsers),
		claimIn(t, 3, 2, 0, "Facebook services down for six hours", "six hours", "4 October 2021", "", model.Day(2021, time.October, 4), model.MetricEvent),
		claimIn(t, 4, 1, 1, "Telegram: 1 billion downloads in août", "1 milliard", "août 2021", "", model.MonthOf(2021, time.August), model.MetricDownloads),
	}
	ev := func(id string, d model.Date, m model.Metric, label string, claims ...int) model.Event {
		e := model.Event{ID: id, Date: d, Subject: "Telegram", Metric: m, Label: label, Claims: claims}
		for _, c := range claims {
			e.Sources = append(e.Sources, source(t, c))
		}
		return e
	}
	t.Events = []model.Event{
		ev("e0", model.YearOf(2013), model.MetricEvent, "Telegram launched", 0),
		ev("e1", model.MonthOf(2021, time.August), model.MetricDownloads, "Telegram: 1 billion downloads", 4),
		ev("e2", model.Day(2021, time.October, 4), model.MetricEvent, "Facebook services down for six hours", 3),
		ev("e3", model.Day(2021, time.October, 4), model.MetricNewUsers, "Telegram: 50 to 70 million new users", 1, 2),
	}
	t.Events[3].Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "a.txt says more than 70 million, b.txt says 50 million",
		Sides: []model.ConflictSide{{Value: "more than 70 million", Sources: []model.Source{source(t, 1)}}, {Value: "50 million", Sources: []model.Source{source(t, 2)}}}}}
	return t
}

// fakeIndex finds claims whose label or quote contains every word of the
// query, ignoring case; Matched marks the matched runes of the label.
type fakeIndex struct {
	t        *model.Timeline
	searches atomic.Int32
	refines  atomic.Int32
}

// Search implements Searcher.
func (f *fakeIndex) Search(q string) []search.Hit {
	f.searches.Add(1)
	var hits []search.Hit
	for i, c := range f.t.Claims {
		if h, ok := f.hit(q, i, c); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// Refine implements Searcher.
func (f *fakeIndex) Refine(q string, prev []search.Hit) []search.Hit {
	f.refines.Add(1)
	var hits []search.Hit
	for _, p := range prev {
		if h, ok := f.hit(q, p.Claim, f.t.Claims[p.Claim]); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// hit matches q against claim c.
func (f *fakeIndex) hit(q string, i int, c model.Claim) (search.Hit, bool) {
	text := c.Label
	lower := strings.ToLower(text)
	k := strings.Index(lower, strings.ToLower(q))
	if k < 0 {
		return search.Hit{}, false
	}
	var m []int
	start := len([]rune(lower[:k]))
	for r := range []rune(q) {
		m = append(m, start+r)
	}
	return search.NewHit(i, f.t.EventOf(i), 0, search.Row{Label: search.Part{Text: text, Matched: m}}), true
}

// harness is a window on a fake engine whose UI callbacks run on the test's
// goroutine when pump is called.
type harness struct {
	w     *Window
	queue chan func()
	index *fakeIndex
	// timeout is how long pump waits (0: 5 seconds).
	timeout time.Duration
}

// newHarness opens a window on engine (nil: one that loads sampleTimeline).
func newHarness(t testing.TB, engine *Engine) *harness {
	// The test app's storage is the temporary folder: the embedded set's
	// review file goes to one of the test's own.
	t.Setenv("TMPDIR", t.TempDir())
	test.NewTempApp(t)
	h := &harness{queue: make(chan func(), 1024)}
	if engine == nil {
		engine = &Engine{
			Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
			Load: func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
				return nil, model.ErrNothingLoaded
			},
		}
	}
	if engine.Index == nil {
		engine.Index = func(tl *model.Timeline) Searcher {
			h.index = &fakeIndex{t: tl}
			return h.index
		}
	}
	h.w = New(fyne.CurrentApp(), *engine)
	h.w.do = func(f func()) { h.queue <- f }
	h.w.win.Resize(fyne.NewSize(1200, 780))
	t.Cleanup(func() { h.w.search.worker.stop() })
	return h
}

// pump runs queued UI callbacks until cond holds, failing after a timeout.
func (h *harness) pump(t testing.TB, what string, cond func() bool) {
	t.Helper()
	wait := h.timeout
	if wait == 0 {
		wait = 5 * time.Second
	}
	deadline := time.After(wait)
	for !cond() {
		select {
		case f := <-h.queue:
			f()
		case <-deadline:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// loaded opens the default set and waits for it.
func (h *harness) loaded(t testing.TB) {
	t.Helper()
	done := false
	h.w.loader.done = func() { done = true }
	h.w.OpenDefault()
	h.pump(t, "the default set", func() bool { return done })
	h.w.loader.done = nil
}

// typeQuery types q in the search entry and waits for its results.
func (h *harness) typeQuery(t *testing.T, q string) {
	t.Helper()
	test.Type(h.w.search.entry, q)
	want := h.w.search.entry.Text
	h.pump(t, "results of "+want, func() bool {
		return h.w.search.q == strings.TrimSpace(want) || (strings.TrimSpace(want) == "" && h.w.search.q == "")
	})
}
