package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// tableContentWidth returns the width of the table's columns, with the
// separators between them, as Fyne lays them out: wider than the table,
// it scrolls sideways.
func tableContentWidth(w *Window) float32 {
	tb := w.events.table
	_, cols := tb.Length()
	sep := tb.Theme().Size("padding")
	ws := tb.columnWidths(tb.Size().Width)
	var width float32
	for c := range cols {
		width += ws[c]
	}
	return width + float32(cols-1)*sep
}

// TestTableNoteColumnOnlyWithNotes: in the default window, a set whose
// events have no note has no Note column, its room going to the label, so
// that the table does not scroll sideways to an empty column; once an event
// has a note (Review › Note…), the column is back and shows it.
func TestTableNoteColumnOnlyWithNotes(t *testing.T) {
	h := newHarness(t, defaultSetEngine())
	h.loaded(t)
	p := h.w.events
	for i := range h.w.current.Events {
		if h.w.current.Events[i].Note != "" {
			t.Fatalf("event %d of the default set has a note", i)
		}
	}
	if _, cols := p.table.Length(); cols != int(colNote) {
		t.Errorf("%d columns with no note, want %d (no Note column)", cols, colNote)
	}
	for _, size := range []fyne.Size{defaultSize(1), fyne.NewSize(1366, 768-68), fyne.NewSize(1920, 1000)} {
		h.w.win.Resize(size)
		h.w.win.Canvas().(test.WindowlessCanvas).Capture()
		// The label takes the rest of the table: the columns end at its
		// right edge, not past it (a sideways scroll) nor before it.
		if got, width := tableContentWidth(h.w), p.table.Size().Width; got > width+1 || got < width-1 {
			t.Errorf("%v window: the columns take %.0f px of a table %.0f wide", size, got, width)
		}
	}
	h.w.win.Resize(defaultSize(1))

	// A note: its column is back, with the note in it.
	h.w.timeline.Select(0)
	menuItem(t, h, "Note…").Action()
	test.Type(h.w.noteEntry, "Checked with the archive")
	h.w.form.Submit()
	if _, cols := p.table.Length(); cols != int(columnCount) {
		t.Fatalf("%d columns with a note, want %d", cols, columnCount)
	}
	if got := cellAt(t, h.w, p.rowOf(0), colNote).label.full; got != "Checked with the archive" {
		t.Errorf("note cell %q", got)
	}
}

// statusEnd returns where the status column ends in a table whose columns
// have widths ws, sep apart: the separators between the columns up to the
// status, not the one after it (before the Note column, when there is one).
func statusEnd(ws [columnCount]float32, sep float32) float32 {
	var end float32
	for c := range colNote {
		end += ws[c]
	}
	return end + float32(colStatus)*sep
}
