package ui

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
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
	t.Events[3].Conflicts = []model.Conflict{{Kind: "value", Summary: "a.txt says more than 70 million, b.txt says 50 million",
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
func (f *fakeIndex) Search(q string) []model.Hit {
	f.searches.Add(1)
	var hits []model.Hit
	for i, c := range f.t.Claims {
		if h, ok := f.hit(q, i, c); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// Refine implements Searcher.
func (f *fakeIndex) Refine(q string, prev []model.Hit) []model.Hit {
	f.refines.Add(1)
	var hits []model.Hit
	for _, p := range prev {
		if h, ok := f.hit(q, p.Claim, f.t.Claims[p.Claim]); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// hit matches q against claim c.
func (f *fakeIndex) hit(q string, i int, c model.Claim) (model.Hit, bool) {
	text := c.Label
	lower := strings.ToLower(text)
	k := strings.Index(lower, strings.ToLower(q))
	if k < 0 {
		return model.Hit{}, false
	}
	var m []int
	start := len([]rune(lower[:k]))
	for r := range []rune(q) {
		m = append(m, start+r)
	}
	return model.Hit{Claim: i, Event: f.t.EventOf(i), Text: text, Matched: m}, true
}

// harness is a window on a fake engine whose UI callbacks run on the test's
// goroutine when pump is called.
type harness struct {
	w     *Window
	queue chan func()
	index *fakeIndex
}

// newHarness opens a window on engine (nil: one that loads sampleTimeline).
func newHarness(t testing.TB, engine *Engine) *harness {
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
	deadline := time.After(5 * time.Second)
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

func TestTitleAndLayout(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	if got := h.w.win.Title(); got != "Claimline — Sample set" {
		t.Errorf("title = %q", got)
	}
	if n := len(h.w.timeline.Events()); n != 4 {
		t.Errorf("timeline shows %d events", n)
	}
	if h.w.search.count.Text != "5 claims in 4 events" {
		t.Errorf("count = %q", h.w.search.count.Text)
	}
}

func TestSearchDimsTimeline(t *testing.T) {
	tests := []struct {
		query     string
		results   int
		matching  int
		status    string
		wantDimOn bool
	}{
		{"telegram", 4, 3, "3 of 4 events match", true},
		{"million", 2, 1, "1 of 4 events match", true},
		{"zzz", 0, 0, "0 of 4 events match", true},
		{"", 0, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.typeQuery(t, tt.query)
			if got := h.w.search.list.Length(); got != tt.results {
				t.Errorf("%d results, want %d", got, tt.results)
			}
			m, on := h.w.timeline.Matching()
			if on != tt.wantDimOn || m != tt.matching {
				t.Errorf("timeline matching = %d (query %v), want %d", m, on, tt.matching)
			}
			if got := h.w.timeline.Status(); got != tt.status {
				t.Errorf("status = %q, want %q", got, tt.status)
			}
			dim := 0
			for _, mk := range h.w.timeline.Layout().Markers {
				if mk.Dim {
					dim++
				}
			}
			for _, c := range h.w.timeline.Layout().Clusters {
				dim += c.Count - c.Matches
			}
			if tt.wantDimOn && dim != 4-tt.matching {
				t.Errorf("%d events dimmed, want %d", dim, 4-tt.matching)
			}
		})
	}
}

func TestTypingRefinesPreviousHits(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	for _, r := range "tele" {
		h.typeQuery(t, string(r))
	}
	if h.index.refines.Load() == 0 {
		t.Errorf("a growing query never narrowed the previous hits (%d searches)", h.index.searches.Load())
	}
	if h.w.search.list.Length() != 4 {
		t.Errorf("%d results for tele", h.w.search.list.Length())
	}
}

func TestStaleResultsDropped(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	p := h.w.search
	h.typeQuery(t, "tele")
	old := p.gen
	p.changed("million")
	// The answer to the earlier query arrives late: it must not show.
	p.apply(old, "stale", h.index.Search("tele"))
	if p.q == "stale" {
		t.Fatal("a stale result replaced the newer query's")
	}
	h.pump(t, "results of million", func() bool { return p.q == "million" })
	if p.list.Length() != 2 {
		t.Errorf("%d results for million", p.list.Length())
	}
}

func TestChoosingResultSelectsEvent(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.typeQuery(t, "50 million")
	h.w.search.list.Select(0)
	if got := h.w.timeline.Selected(); got != 3 {
		t.Fatalf("selected event %d, want 3", got)
	}
	if got := h.w.source.header.String(); !strings.Contains(got, "Telegram: 50 to 70 million new users") {
		t.Errorf("source view header = %q", got)
	}
}

func TestTapEventFillsSourceView(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	tl := h.w.timeline
	var x, y float32
	found := false
	for _, m := range tl.Layout().Markers {
		if m.Event == 2 {
			x, y, found = m.X, m.Y, true
		}
	}
	if !found {
		t.Fatal("event 2 has no marker")
	}
	test.TapAt(tl, fyne.NewPos(x, y))
	if tl.Selected() != 2 {
		t.Fatalf("selected %d", tl.Selected())
	}
	if len(h.w.source.passages) != 1 {
		t.Fatalf("%d passages shown", len(h.w.source.passages))
	}
	assertMarkup(t, "source_event2.xml", h.w.source.content)
}

func TestConflictSideBySide(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(3)
	if len(h.w.source.passages) != 2 {
		t.Fatalf("%d passages shown, want both sides", len(h.w.source.passages))
	}
	assertMarkup(t, "source_conflict.xml", h.w.source.content)
}

func TestHighlightPassage(t *testing.T) {
	tl := sampleTimeline()
	segs := highlightPassage(source(tl, 1), &tl.Claims[1])
	var got []string
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		if ts.Style.TextStyle.Bold {
			got = append(got, ts.Text)
		}
	}
	want := []string{"4 October 2021", "70 million", "Pavel Durov"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("highlighted %q, want %q", got, want)
	}
}

func TestMatchRuns(t *testing.T) {
	tests := []struct {
		text    string
		matched []int
		want    string // matched runs in brackets
	}{
		{"août 2021", []int{0, 1, 2, 3}, "[août] 2021"},
		{"Dourov", []int{0, 2}, "[D]o[u]rov"},
		{"abc", nil, "abc"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, r := range matchRuns(tt.text, tt.matched) {
			if r.hit {
				b.WriteString("[" + r.text + "]")
			} else {
				b.WriteString(r.text)
			}
		}
		if b.String() != tt.want {
			t.Errorf("matchRuns(%q) = %q, want %q", tt.text, b.String(), tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		text    string
		matched []int
		lead    int
		want    string
	}{
		{"short text", []int{0}, 5, "[s]hort text"},
		{"Telegram founded · Fondé en 2013 par Dourov", []int{37, 38}, 10, "…2013 par [Do]urov"},
		{"abcdefghij", []int{8}, 2, "…gh[i]j"},
	}
	for _, tt := range tests {
		text, m := snippet(tt.text, tt.matched, tt.lead)
		var b strings.Builder
		for _, r := range matchRuns(text, m) {
			if r.hit {
				b.WriteString("[" + r.text + "]")
			} else {
				b.WriteString(r.text)
			}
		}
		if b.String() != tt.want {
			t.Errorf("snippet(%q) = %q, want %q", tt.text, b.String(), tt.want)
		}
	}
}

func TestWrapSafeKeepsLines(t *testing.T) {
	test.NewTempApp(t)
	bold := widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
	plain := widget.RichTextStyle{Inline: true}
	segs := func() []widget.RichTextSegment {
		return []widget.RichTextSegment{
			&widget.TextSegment{Text: "une conséquence de la panne massive qui a touché ", Style: plain},
			&widget.TextSegment{Text: "lundi", Style: bold},
			&widget.TextSegment{Text: " les applications du groupe Facebook et bien plus encore", Style: plain},
		}
	}
	one := widget.NewRichText(&widget.TextSegment{Text: "une conséquence de la panne massive qui a touché lundi les applications du groupe Facebook et bien plus encore"})
	one.Wrapping = fyne.TextWrapWord
	test.NewTempWindow(t, one)
	for w := float32(150); w < 500; w++ {
		rt := widget.NewRichText(wrapSafe(segs())...)
		rt.Wrapping = fyne.TextWrapWord
		win := test.NewTempWindow(t, rt)
		win.Resize(fyne.NewSize(w, 600))
		one.Resize(fyne.NewSize(rt.Size().Width, 600))
		if got, plain := rt.MinSize().Height, one.MinSize().Height; got > plain*1.6 {
			t.Fatalf("at width %v the highlighted text is %v high, the plain one %v", w, got, plain)
		}
	}
}

func TestCopyCitation(t *testing.T) {
	tl := sampleTimeline()
	got := citation(source(tl, 1), "Telegram wins big", "5 Oct 2021")
	want := "“On 4 October 2021, Telegram gained more than 70 million users, said Pavel Durov.” — Telegram wins big, 5 Oct 2021"
	if got != want {
		t.Errorf("citation = %q", got)
	}
}

func TestArticleGreysDropped(t *testing.T) {
	tl := sampleTimeline()
	a := tl.Articles[0]
	var greyed, passage []string
	for _, p := range paragraphs(a.Text) {
		for _, s := range articleSegments(a, p.span, a.Sentences[1]) {
			ts := s.(*widget.TextSegment)
			switch {
			case ts.Style.TextStyle.Italic:
				greyed = append(greyed, ts.Text)
			case ts.Style.TextStyle.Bold:
				passage = append(passage, ts.Text)
			}
		}
	}
	if strings.Join(greyed, "") != "Subscribe to our newsletter!" {
		t.Errorf("greyed %q", greyed)
	}
	if len(passage) != 1 || !strings.HasPrefix(passage[0], "On 4 October") {
		t.Errorf("passage %q", passage)
	}
}

func TestNothingLoadedKeepsCurrentSet(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	done := false
	h.w.loader.done = func() { done = true }
	h.w.Open([]string{"missing"})
	h.pump(t, "the failed load", func() bool { return done })
	if h.w.current == nil || h.w.current.Name != "Sample set" || h.w.win.Title() != "Claimline — Sample set" {
		t.Error("the current set was replaced by a load that found nothing")
	}
	if len(h.w.win.Canvas().Overlays().List()) == 0 {
		t.Error("no dialog says that nothing loaded")
	}
}

func TestProblemsListedRestLoads(t *testing.T) {
	other := &model.Timeline{Name: "Other", Problems: []model.Problem{{File: "bad.pdf", Err: errors.New("not a .txt, .md or .html file")}}}
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Load: func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
			progress(1, 2)
			progress(2, 2)
			return other, nil
		},
	})
	h.loaded(t)
	done := false
	h.w.loader.done = func() { done = true }
	h.w.Open([]string{"folder"})
	h.pump(t, "the load", func() bool { return done })
	if h.w.current != other || h.w.win.Title() != "Claimline — Other" {
		t.Fatal("the set with problems did not load")
	}
	found := false
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "bad.pdf: not a .txt") {
			found = true
		}
	}
	if !found {
		t.Error("the problems dialog does not list bad.pdf")
	}
}

func TestCancelKeepsCurrentSet(t *testing.T) {
	started := make(chan struct{})
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Load: func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
			close(started)
			<-ctx.Done()
			return nil, ctx.Err()
		},
	})
	h.loaded(t)
	h.w.Open([]string{"slow"})
	<-started
	if !h.w.loader.bar.Visible() {
		t.Error("no progress bar while loading")
	}
	h.w.loader.cancel()
	if h.w.loader.bar.Visible() {
		t.Error("the progress bar stays after cancel")
	}
	if h.w.current.Name != "Sample set" {
		t.Error("cancelling replaced the current set")
	}
}

func TestKeysAndMenus(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	c := h.w.win.Canvas()
	tl := h.w.timeline
	fit := tl.View()
	test.TypeOnCanvas(c, "+")
	if tl.View() == fit {
		t.Error("+ with nothing focused did not zoom in")
	}
	test.TypeOnCanvas(c, "-")
	h.w.timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if tl.View() != fit {
		t.Error("Home did not fit all")
	}
	h.w.focusSearch()
	if c.Focused() != h.w.search.entry {
		t.Error("Find did not focus the search entry")
	}
	menu := h.w.win.MainMenu()
	var labels []string
	for _, m := range menu.Items {
		labels = append(labels, m.Label)
	}
	if strings.Join(labels, ",") != lang.L("File")+","+lang.L("View")+","+lang.L("Help") {
		t.Errorf("menus = %v", labels)
	}
}
