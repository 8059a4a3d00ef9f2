package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
	h := newHarness(t, nil)
	h.loaded(t)
	h.typeQuery(t, "telegram")
	h.w.focusSearch()
	h.w.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if got := h.w.win.Canvas().Focused(); got != h.w.search.list {
		t.Errorf("the down arrow focused %T, want the result list", got)
	}
	h.w.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	h.pump(t, "the cleared query", func() bool { return h.w.search.q == "" })
	if _, on := h.w.timeline.Matching(); on || h.w.search.list.Length() != 0 {
		t.Error("Escape left the query's results or dimming")
	}
}
