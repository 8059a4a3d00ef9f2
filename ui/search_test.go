package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
)

func TestSearchDimsTimeline(t *testing.T) {
	tests := []struct {
		query     string
		results   int
		matching  int
		status    string
		wantDimOn bool
	}{
		{"telegram", 4, 3, "3 of 4 events match", true},
		{"million", 2, 1, "1 of 4 events matches", true},
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
	if got := h.w.source.headerText(); !strings.Contains(got, "Telegram: 50 to 70 million new users") {
		t.Errorf("source view header = %q", got)
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

func TestEscapeClearsAndDownMovesToResults(t *testing.T) {
	tests := []struct {
		tab  int // the tab shown: 0 the events table, 1 the results
		want func(w *Window) fyne.Focusable
	}{
		{0, func(w *Window) fyne.Focusable { return w.events.table }},
		{1, func(w *Window) fyne.Focusable { return w.search.list }},
	}
	for _, tt := range tests {
		h := newHarness(t, nil)
		h.loaded(t)
		h.w.tabs.SelectIndex(tt.tab)
		h.typeQuery(t, "telegram")
		h.w.focusSearch()
		h.w.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		if got := h.w.win.Canvas().Focused(); got != tt.want(h.w) {
			t.Errorf("tab %d: the down arrow focused %T", tt.tab, got)
		}
		h.w.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		h.pump(t, "the cleared query", func() bool { return h.w.search.q == "" })
		if _, on := h.w.timeline.Matching(); on || h.w.search.list.Length() != 0 {
			t.Error("Escape left the query's results or dimming")
		}
		if len(h.w.events.shown) != 4 {
			t.Errorf("tab %d: the table shows %d events after Escape, want 4", tt.tab, len(h.w.events.shown))
		}
	}
}

// modelHarness opens the sample set searched by the model's index.
func modelHarness(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Index:   func(tl *model.Timeline) Searcher { return search.NewIndex(tl) },
	})
	h.loaded(t)
	return h
}

// bracketRuns writes runs with the matched ones in brackets.
func bracketRuns(runs []run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.hit {
			b.WriteString("[" + r.text + "]")
		} else {
			b.WriteString(r.text)
		}
	}
	return b.String()
}

// bracketParts writes a row's second line whole, its parts joined.
func bracketParts(parts []metaPart) string {
	var s []string
	for _, p := range parts {
		s = append(s, bracketRuns(p.runs))
	}
	return strings.Join(s, metaSep)
}

func TestResultRowsReadAsSentences(t *testing.T) {
	const durov = "“On 4 October 2021, Telegram gained more than 70 million users, said Pavel Durov.”"
	tests := []struct {
		query      string
		text, meta string // the first result's lines, matched runes in brackets
	}{
		{"70 millions", "Telegram: more than [70 million] new users", "4 Oct 2021 · Pavel Durov · Telegram wins big · " + durov},
		{"dourov", "Telegram: more than 70 million new users", "4 Oct 2021 · Pavel [Durov] · Telegram wins big · " + durov},
		{"téléchargements", "Telegram: 1 billion [downloads] in août", "Aug 2021 · La panne de Facebook · “En août 2021, Telegram comptait 1 milliard de téléchargements.”"},
		{"aout", "Telegram: 1 billion downloads in [août]", "Aug 2021 · La panne de Facebook · “En août 2021, Telegram comptait 1 milliard de téléchargements.”"},
		{"panne", "Telegram: 50 million new users", "4 Oct 2021 · La [panne] de Facebook · “Le 4 octobre 2021, Telegram a gagné 50 millions d'utilisateurs.”"},
		// The label quotes the passage already, who said it too: neither is
		// written twice.
		{"gained", "Telegram: more than 70 million new users — “On 4 October 2021, Telegram [gained] more than 70 million users, said Pavel Durov.”",
			"4 Oct 2021 · Telegram wins big"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			h := modelHarness(t)
			h.typeQuery(t, tt.query)
			if h.w.search.list.Length() == 0 {
				t.Fatal("no results")
			}
			row := newResultRow(h.w.search.widths)
			h.w.search.fill(0, row)
			if got := bracketRuns(row.runs); got != tt.text {
				t.Errorf("text = %s, want %s", got, tt.text)
			}
			if got := bracketParts(row.meta); got != tt.meta {
				t.Errorf("meta = %s, want %s", got, tt.meta)
			}
		})
	}
}

// In a narrow panel, results with the same label stay told apart: the
// second line keeps the date whole and the start of the title and of the
// passage in view, each cut at a word, rather than cutting the line at its
// end (which hid the title and the passage).
func TestResultSecondLineShowsWhatTellsResultsApart(t *testing.T) {
	p := func(text string, shrink bool) metaPart { return metaPart{runs: []run{{text: text}}, shrink: shrink} }
	date := p("4 Oct 2021", false)
	title := p("Avec la panne mondiale de WhatsApp et Facebook Messenger, plus de 70 millions de nouveaux utilisateurs", true)
	passage := p("“Le PDG de Telegram, Pavel Durov, a déclaré que Telegram avait enregistré plus de 70 millions de nouveaux utilisateurs”", true)
	tests := []struct {
		name  string
		parts []metaPart
		width float32
		want  string
	}{
		{"room for all", []metaPart{date, p("Short title", true), p("“Short.”", true)}, 400, "4 Oct 2021 · Short title · “Short.”"},
		{"narrow", []metaPart{date, title, passage}, 360, "4 Oct 2021 · Avec la panne mondiale… · “Le PDG de Telegram, Pavel…"},
		{"short title gives its room to the passage", []metaPart{date, p("Telegram wins big", true), passage}, 360,
			"4 Oct 2021 · Telegram wins big · “Le PDG de Telegram, Pavel Durov…"},
		{"too narrow for parts: cut at the end", []metaPart{date, title, passage}, 90, "4 Oct 2021 · Av…"},
		{"one word longer than its share", []metaPart{date, p("Anticonstitutionnellement", true), p("x", true)}, 190, "4 Oct 2021 · Anticonstitutionnell… · x"},
	}
	w := newRuneWidths()
	test.NewTempApp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runs := w.fitParts(tt.parts, 11, tt.width)
			if got := bracketRuns(runs); got != tt.want {
				t.Errorf("line = %q, want %q", got, tt.want)
			}
			if got := w.width(bracketRuns(runs), 11, false); got > tt.width {
				t.Errorf("line is %.0f wide, more than %.0f", got, tt.width)
			}
		})
	}
}

// A passage that is the article's headline is not written after the title
// again: it tells nothing more.
func TestSameStart(t *testing.T) {
	tests := []struct {
		passage, title string
		want           bool
	}{
		{"Avec la panne mondiale de WhatsApp et Facebook Messenger, plus de 70 millions…", "Avec la panne mondiale de WhatsApp et Facebook…", true},
		{"telegram wins big, as WhatsApp falls.", "Telegram wins big", true},
		{"Le taux de croissance quotidien de Telegram", "Avec la panne mondiale de WhatsApp", false},
		{"Telegram", "Telegram wins big", false},
		{"Anything", "", false},
	}
	for _, tt := range tests {
		if got := sameStart(tt.passage, tt.title); got != tt.want {
			t.Errorf("sameStart(%q, %q) = %v, want %v", tt.passage, tt.title, got, tt.want)
		}
	}
}

func TestResultRowMarkup(t *testing.T) {
	h := modelHarness(t)
	h.typeQuery(t, "70 millions")
	row := newResultRow(h.w.search.widths)
	h.w.search.fill(0, row)
	win := test.NewTempWindow(t, row)
	win.Resize(fyne.NewSize(420, 60))
	assertMarkup(t, "result_row.xml", row)
}

func TestKeyboardOpensResults(t *testing.T) {
	h := modelHarness(t)
	p := h.w.search
	h.typeQuery(t, "telegram")
	if p.list.Length() < 3 {
		t.Fatalf("%d results for telegram", p.list.Length())
	}
	type step struct {
		key        fyne.KeyName
		wantChosen int // -1: nothing chosen
	}
	steps := []step{
		{fyne.KeyDown, -1},  // from the entry into the list, on the first result
		{fyne.KeyDown, -1},  // the second
		{fyne.KeyReturn, 1}, // opens it
		{fyne.KeyUp, 1},     // the first, the second still open
		{fyne.KeySpace, 0},  // opens the first
		{fyne.KeySpace, 0},  // again: still open
		{fyne.KeyDown, 0},   // the second
		{fyne.KeyEnter, 1},  // keypad Enter opens it
		{fyne.KeyDown, 1},   // the third
		{fyne.KeyReturn, 2}, // opens it
	}
	h.w.tabs.SelectIndex(1) // the search results
	h.w.focusSearch()
	for i, s := range steps {
		if f := h.w.win.Canvas().Focused(); f == p.entry {
			p.entry.TypedKey(&fyne.KeyEvent{Name: s.key})
		} else if f == p.list {
			p.list.TypedKey(&fyne.KeyEvent{Name: s.key})
		} else {
			t.Fatalf("step %d: focus on %T", i, f)
		}
		if i == 0 && h.w.win.Canvas().Focused() != p.list {
			t.Fatal("the down arrow left the focus in the entry")
		}
		if p.chosen != s.wantChosen {
			t.Fatalf("step %d (%s): chosen %d, want %d", i, s.key, p.chosen, s.wantChosen)
		}
		if s.wantChosen >= 0 {
			if got, want := h.w.timeline.Selected(), p.hits[s.wantChosen].Event; got != want {
				t.Errorf("step %d: timeline selected %d, want event %d", i, got, want)
			}
		}
	}
	// New results put the focus back on the first.
	h.typeQuery(t, "telegram m")
	if p.list.focus != 0 {
		t.Errorf("focus on result %d after new results", p.list.focus)
	}
}

// A claim kept off the timeline still shows its passage when its result is
// chosen, with no review to act on it.
func TestChoosingUnsureResultShowsItsPassage(t *testing.T) {
	tl := sampleTimeline()
	c := claimIn(tl, len(tl.Claims), 1, 1, "comptait 1 milliard", "1 milliard", "", "", model.MonthOf(2021, time.August), model.MetricOther)
	c.Unsure = true
	tl.Claims = append(tl.Claims, c)
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return tl, nil },
		Load: func(context.Context, []string, func(int, int)) (*model.Timeline, error) {
			return nil, model.ErrNothingLoaded
		},
	})
	h.loaded(t)
	h.typeQuery(t, "comptait")
	if len(h.w.search.hits) != 1 || h.w.search.hits[0].Event >= 0 {
		t.Fatalf("hits %+v, want the one claim off the timeline", h.w.search.hits)
	}
	h.w.search.list.Select(0)
	if got := h.w.source.headerText(); !strings.Contains(got, "comptait 1 milliard") || !strings.Contains(got, "not on the timeline") {
		t.Errorf("source view header = %q", got)
	}
	if len(h.w.source.body.Objects) != 1 || len(h.w.source.actionBar.Objects) != 0 {
		t.Errorf("%d passages and %d review bars shown, want 1 and 0", len(h.w.source.body.Objects), len(h.w.source.actionBar.Objects))
	}
}

// Ctrl+F (Cmd+F on macOS) puts the keyboard in the search entry with its
// text selected, from wherever the focus was: typing replaces the query.
func TestFindFocusesSearchAndSelectsIt(t *testing.T) {
	tests := []struct {
		name  string
		from  func(h *harness) fyne.Focusable // the focus before; nil: none
		query string
	}{
		{"nothing focused", func(*harness) fyne.Focusable { return nil }, "telegram"},
		{"the events table", func(h *harness) fyne.Focusable { return h.w.events.table }, "million"},
		{"the entry already", func(h *harness) fyne.Focusable { return h.w.search.entry }, "panne"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := modelHarness(t)
			h.typeQuery(t, tt.query)
			c := h.w.win.Canvas()
			if f := tt.from(h); f != nil {
				c.Focus(f)
			} else {
				c.Unfocus()
			}
			c.(fyne.Shortcutable).TypedShortcut(shortcutKeys().find)
			if c.Focused() != h.w.search.entry {
				t.Fatalf("Ctrl+F left the focus on %T", c.Focused())
			}
			if got := h.w.search.entry.SelectedText(); got != tt.query {
				t.Errorf("selected %q, want the whole query %q", got, tt.query)
			}
			test.Type(h.w.search.entry, "x")
			if got := h.w.search.entry.Text; got != "x" {
				t.Errorf("typing after Ctrl+F gives %q, want the query replaced", got)
			}
		})
	}
}
