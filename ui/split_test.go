package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/claimline/claimline/model"
)

// TestTimelineShareOfShortWindows sizes the window as a laptop's and
// small ones: the timeline has 40% of a tall window and more of a short
// one, enough for its lanes and some labels, while the events table below
// keeps rows enough to be of use (at 800×600 it showed one row).
func TestTimelineShareOfShortWindows(t *testing.T) {
	tests := []struct {
		w, h      float32
		minHeight float32 // of the timeline
		maxShare  float64
		minRows   int // of the events table, whole
	}{
		{1920, 1080, 400, 0.41, 10},
		{1366, 768, 280, 0.45, 5},
		{1200, 1000, 380, 0.41, 9},
		{800, 600, 195, 0.45, 3},
		// 800×500: too short for both; the timeline keeps its least height.
		{800, 500, 195, 0.5, 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%.0f×%.0f", tt.w, tt.h), func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.win.Resize(fyne.NewSize(tt.w, tt.h))
			got := h.w.timeline.Size().Height
			share := float64(got) / float64(h.w.share.split.Size().Height)
			if got < tt.minHeight || share > tt.maxShare {
				t.Errorf("the timeline is %.0f px high (%.0f%% of the split), want at least %.0f px and at most %.0f%%",
					got, 100*share, tt.minHeight, 100*tt.maxShare)
			}
			pad := h.w.events.table.Theme().Size(theme.SizeNamePadding)
			header := newHeaderCell(h.w.events).MinSize().Height + pad
			row := newTableCell(h.w.events).MinSize().Height + pad
			if rows := int((h.w.events.table.Size().Height - header) / row); rows < tt.minRows {
				t.Errorf("the events table (%.0f px high) shows %d whole rows, want at least %d", h.w.events.table.Size().Height, rows, tt.minRows)
			}
		})
	}
}

// TestTimelineShareDraggedRemembered drags the divider under the timeline:
// the share stays when the window is resized, is saved with the window's
// size and is the next window's; a share never dragged is not saved.
func TestTimelineShareDraggedRemembered(t *testing.T) {
	h := newHarness(t, nil)
	h.w.win.Resize(fyne.NewSize(1000, 700))
	h.w.saveSize()
	if v := h.w.app.Preferences().Float(prefSplit); v != 0 {
		t.Fatalf("an automatic share was saved: %v", v)
	}
	before := h.w.timeline.Size().Height
	// The divider is the split's draggable bar between its halves; the
	// split fills the window's content above the loading bar.
	split := h.w.share.split
	at := h.w.win.Canvas().Content().Position().Add(fyne.NewPos(split.Size().Width/2, before+4))
	test.Drag(h.w.win.Canvas(), at, 0, 120)
	after := h.w.timeline.Size().Height
	if after < before+100 {
		t.Fatalf("dragging the divider 120 px down made the timeline %.0f px high, was %.0f", after, before)
	}
	share := split.Offset
	h.w.win.Resize(fyne.NewSize(900, 500))
	if split.Offset != share {
		t.Errorf("resizing the window changed the dragged share %v to %v", share, split.Offset)
	}
	h.w.saveSize()
	if v := h.w.app.Preferences().Float(prefSplit); v != share {
		t.Errorf("saved share %v, want %v", v, share)
	}
	w2 := New(h.w.app, h.w.engine)
	defer w2.search.worker.stop()
	w2.win.Resize(fyne.NewSize(1366, 768))
	if w2.share.split.Offset != share {
		t.Errorf("a new window's share is %v, want the remembered %v", w2.share.split.Offset, share)
	}
}

func TestAutoShare(t *testing.T) {
	tests := []struct {
		h    float32
		want float64
	}{
		{0, 0.4}, {-1, 0.4}, {2000, 0.4}, {750, 0.4}, {640, 0.34375}, {500, 0.4}, {300, 0.6},
	}
	for _, tt := range tests {
		if got := autoShare(tt.h); got != tt.want {
			t.Errorf("autoShare(%v) = %v, want %v", tt.h, got, tt.want)
		}
	}
}

// TestLowerSplitStays checks that showing events, in wide and narrow
// windows, leaves the divider between the lower panes where it was, and
// that every review button is inside the source view or in its More menu.
func TestLowerSplitStays(t *testing.T) {
	tests := []struct {
		name   string
		width  float32
		offset float64
	}{
		{"default size", 1180, 0.55},
		{"narrow window", 1000, 0.55},
		{"divider moved right", 1180, 0.6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.w.win.Resize(fyne.NewSize(tt.width, 700))
			h.loaded(t)
			h.w.lower.SetOffset(tt.offset)
			before := h.w.lower.Offset
			leftW := h.w.lower.Leading.Size().Width
			for i := range h.w.current.Events {
				h.w.timeline.Select(i)
				h.pump(t, "the relayout", func() bool { return len(h.queue) == 0 })
				if h.w.lower.Offset != before || h.w.lower.Leading.Size().Width != leftW {
					t.Fatalf("showing event %d moved the divider from %v to %v (left pane %v to %v px)",
						i, before, h.w.lower.Offset, leftW, h.w.lower.Leading.Size().Width)
				}
				pane := h.w.source.content
				origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(pane)
				inMenu := map[string]bool{}
				for _, it := range h.w.source.more.menu().Items {
					inMenu[it.Label] = true
				}
				for _, b := range h.w.source.review {
					if !b.Visible() && inMenu[b.Text] {
						continue // in the More menu
					}
					at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
					if !b.Visible() || at.X+b.Size().Width > origin.X+pane.Size().Width+1 || at.Y+b.Size().Height > origin.Y+pane.Size().Height ||
						b.Size().Width < b.MinSize().Width {
						t.Errorf("event %d: button %q at %v %v outside the pane at %v %v", i, b.Text, at, b.Size(), origin, pane.Size())
					}
				}
			}
		})
	}
}

// TestSourcePaneReadable sizes the window as a laptop's (1366×768), the
// default (1180×700) and a small one (800×600) and shows each event: the
// split leaves the source pane room to read several lines of a passage
// without scrolling, the timeline keeps room for its lanes and labels, and
// the source pane lies inside the window.
func TestSourcePaneReadable(t *testing.T) {
	tests := []struct {
		w, h            float32
		timelineMin     float32 // the timeline's least height
		timelineMax     float32 // and most: the rest is the panes'
		passageLinesMin int     // lines of passage text the source pane shows under its header
	}{
		{1366, 768, 280, 302, 8},
		{1180, 700, 240, 270, 6},
		{800, 600, 195, 210, 6},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%.0f×%.0f", tt.w, tt.h), func(t *testing.T) {
			// The embedded set: long titles, several speakers, sources
			// that disagree, as in a real story.
			h := newHarness(t, &Engine{Default: model.Default})
			h.w.win.Resize(fyne.NewSize(tt.w, tt.h))
			h.loaded(t)
			if got := h.w.timeline.Size().Height; got < tt.timelineMin || got > tt.timelineMax {
				t.Errorf("the timeline is %.0f px high, want %.0f to %.0f", got, tt.timelineMin, tt.timelineMax)
			}
			th := h.w.events.table.Theme()
			line := fyne.MeasureText("M", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + th.Size(theme.SizeNameLineSpacing)
			win := h.w.win.Canvas().Size()
			for i := range h.w.current.Events {
				h.w.timeline.Select(i)
				h.pump(t, "the relayout", func() bool { return len(h.queue) == 0 })
				sc := h.w.source.scroll
				if lines := int(sc.Size().Height / line); lines < tt.passageLinesMin {
					t.Errorf("event %d: the passages get %.0f px, %d lines, want at least %d", i, sc.Size().Height, lines, tt.passageLinesMin)
				}
				// The first passage itself, under the header, the sides of
				// a disagreement and its article's title: six lines of it
				// in view without scrolling, or all of it when shorter.
				p := h.w.source.passages[0]
				top := contentY(p, h.w.source.body)
				shown := min(sc.Size().Height-top, p.Size().Height)
				want := min(float32(tt.passageLinesMin)*line, p.Size().Height-2*th.Size(theme.SizeNameInnerPadding))
				if shown < want {
					conflict := ""
					if len(h.w.current.Events[i].Conflicts) > 0 {
						conflict = " (sources disagree)"
					}
					t.Errorf("event %d%s: %.1f lines of its passage in view (%.0f of its %.0f px from %.0f px down), want %.1f",
						i, conflict, shown/line, shown, p.Size().Height, top, want/line)
				}
				pane := h.w.source.content
				at := fyne.CurrentApp().Driver().AbsolutePositionForObject(pane)
				if at.X+pane.Size().Width > win.Width+1 || at.Y+pane.Size().Height > win.Height+1 {
					t.Errorf("event %d: the source pane at %v %v goes out of the window %v", i, at, pane.Size(), win)
				}
			}
		})
	}
}

// TestWindowNarrowsTo800 checks that the window's least width is at most
// 800 px and that at 800×600, and at its least width, every control below
// the timeline stays usable: the passages' buttons wrap and the review
// buttons that do not fit are in the More menu, each inside the source
// pane; the search entry keeps room to type in.
func TestWindowNarrowsTo800(t *testing.T) {
	h := newHarness(t, &Engine{Default: model.Default})
	h.w.win.Resize(fyne.NewSize(800, 600))
	h.loaded(t)
	least := h.w.win.Content().MinSize().Width
	if least > 800 {
		t.Fatalf("the window is at least %.0f px wide, want at most 800", least)
	}
	for _, width := range []float32{800, least} {
		t.Run(fmt.Sprintf("%.0f", width), func(t *testing.T) {
			h.w.win.Resize(fyne.NewSize(width, 600))
			if w := h.w.win.Canvas().Size().Width; w > width+1 {
				t.Fatalf("the window is %.0f px wide, asked %.0f", w, width)
			}
			if w := h.w.search.entry.Size().Width; w < 150 {
				t.Errorf("the search entry is %.0f px wide", w)
			}
			for i := range h.w.current.Events {
				h.w.timeline.Select(i)
				h.pump(t, "the relayout", func() bool { return len(h.queue) == 0 })
				v := h.w.source
				pane := v.content
				origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(pane)
				inside := func(what string, o fyne.CanvasObject) {
					at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
					if at.X < origin.X-1 || at.X+o.Size().Width > origin.X+pane.Size().Width+1 || o.Size().Width < o.MinSize().Width {
						t.Errorf("event %d: %s at %v %v, outside the pane at %v %v", i, what, at, o.Size(), origin, pane.Size())
					}
				}
				for _, pb := range v.buttons {
					inside(fmt.Sprintf("passage button %q", pb.b.Text), pb.b)
				}
				hidden := map[string]bool{}
				for _, it := range v.more.menu().Items {
					hidden[it.Label] = true
				}
				for _, b := range v.review {
					switch {
					case b.Visible():
						inside(fmt.Sprintf("review button %q", b.Text), b)
					case !hidden[b.Text]:
						t.Errorf("event %d: review button %q is neither shown nor in the More menu", i, b.Text)
					}
				}
				if len(hidden) > 0 {
					if !v.more.more.Visible() {
						t.Errorf("event %d: %d review actions in a menu without its More button", i, len(hidden))
					}
					inside("the More button", v.more.more)
				}
			}
		})
	}
}
