package ui

import (
	"context"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
)

// visibleRows returns the rows of the table drawn on screen: cells of a
// shown row that lie in the part of the rows' scroller in view (its
// Offset, read by reflection: the scroller is internal to Fyne).
func visibleRows(t *testing.T, w *Window) map[int]bool {
	t.Helper()
	w.win.Canvas().(test.WindowlessCanvas).Capture()
	var off fyne.Position
	var view fyne.Size
	found := false
	objs := onScreen(w.events.table)
	for _, o := range objs {
		v := reflect.ValueOf(o)
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct || v.Elem().Type().Name() != "Scroll" {
			continue
		}
		if f := v.Elem().FieldByName("Offset"); f.IsValid() {
			if p, ok := f.Interface().(fyne.Position); ok && !found || ok && o.Size().Height > view.Height {
				off, view, found = p, o.Size(), true
			}
		}
	}
	if !found {
		t.Fatal("the table has no scroller")
	}
	rows := map[int]bool{}
	for _, o := range objs {
		c, ok := o.(*tableCell)
		if !ok || !c.Visible() || c.row >= len(w.events.shown) {
			continue
		}
		if y := c.Position().Y; y+c.Size().Height > off.Y+1 && y < off.Y+view.Height-1 {
			rows[c.row] = true
		}
	}
	return rows
}

// TestTableShowsRowsAfterSearch reproduces the table that, scrolled down
// and then filtered by a search to a few rows, showed none of them while
// saying "5 of 40 events shown": the rows it shows must be on screen.
func TestTableShowsRowsAfterSearch(t *testing.T) {
	tests := []struct {
		name   string
		scroll func(w *Window)
		query  string
	}{
		{"scrolled to the bottom", func(w *Window) { w.events.table.ScrollToBottom() }, "measure 3"},
		{"scrolled to the middle", func(w *Window) { w.events.table.ScrollToOffset(fyne.NewPos(0, 300)) }, "measure 1"},
		{"an event selected on the timeline", func(w *Window) { w.timeline.Select(37) }, "measure 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, &Engine{Default: func(context.Context) (*model.Timeline, error) { return manyEvents(40, 3), nil }})
			h.loaded(t)
			h.w.win.Resize(fyne.NewSize(1180, 700))
			tt.scroll(h.w)
			if len(visibleRows(t, h.w)) == 0 {
				t.Fatal("no row on screen before the search")
			}
			h.typeQuery(t, tt.query)
			n := len(h.w.events.shown)
			if n == 0 || n >= 40 {
				t.Fatalf("the query %q leaves %d rows", tt.query, n)
			}
			if got := visibleRows(t, h.w); len(got) == 0 {
				t.Errorf("%d of 40 events shown, none on screen", n)
			}
		})
	}
}

// TestColumnsFitTheirContent checks that the date, subject and value are
// written whole when the table has room, the label taking the rest, and
// that in a narrow table the label keeps its minimum and the status stays
// in view.
func TestColumnsFitTheirContent(t *testing.T) {
	tests := []struct {
		name      string
		size      fyne.Size
		whole     []column // columns whose texts must not be cut
		wantLabel float32  // the label's least width
	}{
		{"1366 px window", fyne.NewSize(1366, 768), []column{colDate, colValue, colStatus}, wideLabelWidth},
		{"1920 px window", fyne.NewSize(1920, 1080), []column{colDate, colSubject, colMeasure, colValue, colStatus}, 300},
		{"default window", fyne.NewSize(1180, 700), []column{colDate}, minLabelWidth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.win.Resize(tt.size)
			tl := h.w.events.table
			h.w.win.Canvas().(test.WindowlessCanvas).Capture()
			ws := columnsFor(tl.Size().Width, tl.Theme().Size("padding"), &h.w.events.colW, &h.w.events.colMin)
			if ws[colLabel] < tt.wantLabel {
				t.Errorf("the label is %.0f wide, want at least %.0f", ws[colLabel], tt.wantLabel)
			}
			end := statusEnd(ws, tl.Theme().Size("padding"))
			if end > tl.Size().Width+1 {
				t.Errorf("the status column ends at %.0f, past the table's width %.0f", end, tl.Size().Width)
			}
			for _, c := range tt.whole {
				for k := range h.w.events.shown {
					cell := cellAt(t, h.w, k, c)
					if txt := cell.label.text.Text; txt != cell.label.full {
						t.Errorf("row %d column %d: %q cut to %q", k, c, cell.label.full, txt)
					}
				}
			}
		})
	}
}
