package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// drawnSelected reports whether the timeline, drawn again, shows event i
// selected: its marker, or the group that holds it.
func drawnSelected(w *Window, i int) bool {
	w.win.Canvas().(test.WindowlessCanvas).Capture()
	l := w.timeline.Layout()
	if l == nil {
		return false
	}
	for _, m := range l.Markers {
		if m.Event == i && m.Selected {
			return true
		}
	}
	for _, c := range l.Clusters {
		for _, e := range c.Events {
			if e == i && c.Selected {
				return true
			}
		}
	}
	return false
}

// laneChecked reports whether View › Lanes checks the lane named name.
func laneChecked(t *testing.T, h *harness, name string) bool {
	t.Helper()
	for _, it := range lanesItem(t, h).ChildMenu.Items[3:] {
		if it.Label == name {
			return it.Checked
		}
	}
	t.Fatalf("no lane %q in View › Lanes", name)
	return false
}

// TestChoosingEventInHiddenLane: an event chosen in the table or the search
// results whose lane the user hid is selected and seen on the timeline: its
// lane is shown again, and a note over the timeline says so, with a button
// that hides the lane again; the note goes by itself.
func TestChoosingEventInHiddenLane(t *testing.T) {
	const event = 3 // Telegram: 50 to 70 million new users
	tests := []struct {
		name   string
		hide   bool // hide the event's lane first
		choose func(t *testing.T, h *harness)
	}{
		{"table row", true, func(t *testing.T, h *harness) {
			click(cellAt(t, h.w, h.w.events.rowOf(event), colLabel), 0)
		}},
		{"search result", true, func(t *testing.T, h *harness) {
			if h.w.search.entry.Text == "" {
				h.typeQuery(t, "50 million")
			}
			h.w.tabs.SelectIndex(1)
			h.w.search.list.UnselectAll()
			h.w.search.list.Select(0)
		}},
		{"table row, lane shown", false, func(t *testing.T, h *harness) {
			click(cellAt(t, h.w, h.w.events.rowOf(event), colLabel), 0)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			var timers []func()
			h.w.laneNote.after = func(_ time.Duration, f func()) { timers = append(timers, f) }
			h.loaded(t)
			tl := h.w.timeline
			k := tl.Lanes().Of[event]
			name := tl.Lanes().Names[k]
			if tt.hide {
				tl.SetLaneHidden(k, true)
				h.w.refreshMenu()
			}
			tt.choose(t, h)
			if tl.Selected() != event {
				t.Fatalf("timeline selected %d, want %d", tl.Selected(), event)
			}
			if tl.LaneHidden(k) {
				t.Fatalf("the event's lane %q is still hidden", name)
			}
			if !drawnSelected(h.w, event) {
				t.Error("the timeline does not draw the event selected")
			}
			if !laneChecked(t, h, name) {
				t.Errorf("View › Lanes does not check %q again", name)
			}
			note := h.w.laneNote.shown()
			if !tt.hide {
				if note != "" {
					t.Errorf("a note %q when no lane was hidden", note)
				}
				return
			}
			if want := "Lane “" + name + "” shown again"; !strings.Contains(note, want) {
				t.Fatalf("note %q, want it to say %q", note, want)
			}
			assertNoteOnScreen(t, h)
			// In the narrowest window, it wraps inside the timeline.
			// (Laid out, not drawn: the test's software painter panics on
			// the search results drawn this narrow, note or not: a
			// rectangle of negative width in x/image/vector.)
			h.w.win.Resize(fyne.NewSize(minWindowWidth, 780))
			assertNoteOnScreen(t, h)
			h.w.win.Resize(fyne.NewSize(1200, 780))

			// The note goes by itself.
			if len(timers) != 1 {
				t.Fatalf("%d timers for the note, want 1", len(timers))
			}
			timers[0]()
			h.pump(t, "the note to go", func() bool { return h.w.laneNote.shown() == "" })
			if tl.LaneHidden(k) || tl.Selected() != event {
				t.Error("the note going changed the lanes or the selection")
			}

			// Chosen again from a hidden lane, its button hides the lane again.
			tl.SetLaneHidden(k, true)
			tt.choose(t, h)
			if h.w.laneNote.shown() == "" {
				t.Fatal("no note the second time")
			}
			test.Tap(h.w.laneNote.undo)
			if !tl.LaneHidden(k) || h.w.laneNote.shown() != "" {
				t.Errorf("after “Hide it again”: lane hidden %v, note %q", tl.LaneHidden(k), h.w.laneNote.shown())
			}
			if laneChecked(t, h, name) {
				t.Errorf("View › Lanes still checks %q", name)
			}
			// The first note's timer, late, does not hide a newer note.
			tl.SetLaneHidden(k, true)
			tt.choose(t, h)
			timers[0]()
			for len(h.queue) > 0 {
				(<-h.queue)()
			}
			if h.w.laneNote.shown() == "" {
				t.Error("an older note's timer hid the newer note")
			}
		})
	}
}

// assertNoteOnScreen checks that the note lies inside the timeline, at its
// right, below its legend.
func assertNoteOnScreen(t *testing.T, h *harness) {
	t.Helper()
	box, tl := h.w.laneNote.box, h.w.timeline
	pos, size := box.Position(), box.Size()
	if size.Width <= 0 || size.Height <= 0 {
		t.Fatalf("note of size %v", size)
	}
	if pos.X < 0 || pos.X+size.Width > tl.Size().Width || pos.Y+size.Height > tl.Size().Height {
		t.Errorf("note at %v size %v, outside the timeline of size %v", pos, size, tl.Size())
	}
	var legend float32
	for _, it := range tl.Layout().Legend {
		legend = max(legend, it.Y+it.Size)
	}
	if m := box.MinSize(); m.Height > size.Height+0.5 || m.Width > size.Width+0.5 {
		t.Errorf("note of size %v, less than it needs, %v", size, m)
	}
	if pos.Y < legend {
		t.Errorf("note at y %v over the legend, which ends at %v", pos.Y, legend)
	}
}
