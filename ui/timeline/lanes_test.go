package timeline

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// lanesTimeline returns a timeline of sample events split by subject, in a
// test window of size.
func lanesTimeline(t *testing.T, size fyne.Size) *Timeline {
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	es := sample()
	for i := range es {
		es[i].Subject = []string{"Telegram", "Telegram", "Facebook", "Telegram", "Telegram"}[i]
	}
	tl.SetEventsWithClaims(es, nil)
	tl.SetLaneBy(layout.LaneBySubject)
	w := test.NewTempWindow(t, tl)
	w.Resize(size)
	return tl
}

func TestLegendShowsAndHidesLanes(t *testing.T) {
	tl := lanesTimeline(t, fyne.NewSize(900, 300))
	if got := tl.Lanes().Names; len(got) != 2 || got[0] != "Telegram" || got[1] != "Facebook" {
		t.Fatalf("lanes %v", got)
	}
	entry := func(k int) layout.LegendItem {
		for _, it := range tl.Layout().Legend {
			if it.Kind == "lane" && it.Lane == k {
				return it
			}
		}
		t.Fatalf("no legend entry for lane %d", k)
		return layout.LegendItem{}
	}
	changed := 0
	tl.OnLanesChanged = func() { changed++ }
	it := entry(1)
	test.TapAt(tl, fyne.NewPos(it.TextX+it.TextW/2, it.Y+it.Size/2))
	if !tl.LaneHidden(1) || changed != 1 {
		t.Fatalf("tapping Facebook's legend entry: hidden %v, OnLanesChanged %d", tl.LaneHidden(1), changed)
	}
	for _, m := range tl.Layout().Markers {
		if m.Event == 2 {
			t.Error("the hidden lane's event is still drawn")
		}
	}
	if !entry(1).Hidden {
		t.Error("the hidden lane's legend entry does not say so")
	}
	// The keyboard skips the hidden lane's events.
	tl.Select(1)
	tl.Next()
	if tl.Selected() != 3 {
		t.Errorf("→ from event 1 selected %d, want 3 (2 is hidden)", tl.Selected())
	}
	test.TapAt(tl, fyne.NewPos(it.TextX+it.TextW/2, it.Y+it.Size/2))
	if tl.LaneHidden(1) {
		t.Error("tapping again does not show the lane")
	}
	tl.SetLaneBy(layout.LaneNone)
	if tl.Lanes() != nil || len(tl.Layout().Lanes) != 0 {
		t.Error("LaneNone still draws lanes")
	}
}

func TestTooltipStaysInsideAndGoesWhenTheViewMoves(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(800, 500*0.4), fyne.NewSize(800, 500), fyne.NewSize(1366, 768)} {
		tl := lanesTimeline(t, size)
		r := test.WidgetRenderer(tl).(*renderer)
		moves := []struct {
			name string
			move func()
		}{
			{"wheel", func() {
				tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(size.Width/2, size.Height/2)}, Scrolled: fyne.NewDelta(0, 25)})
			}},
			{"drag", func() {
				tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(size.Width/2, size.Height/2)}, Dragged: fyne.NewDelta(-30, 0)})
			}},
			{"key", func() { tl.TypedRune('+') }},
		}
		for _, mv := range moves {
			tl.FitAll()
			// Hover every marker, even the ones near the edges.
			for _, m := range tl.Layout().Markers {
				tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
				if r.tipSize.IsZero() {
					t.Fatalf("%v: no tooltip over event %d", size, m.Event)
				}
				if r.tip.X < 0 || r.tip.Y < 0 || r.tip.X+r.tipSize.Width > size.Width+0.5 || r.tip.Y+r.tipSize.Height > size.Height+0.5 {
					t.Errorf("%v: tooltip of event %d at %v size %v leaves the timeline", size, m.Event, r.tip, r.tipSize)
				}
			}
			mv.move()
			if !r.tipSize.IsZero() {
				t.Errorf("%v: the tooltip stays after a %s", size, mv.name)
			}
		}
	}
}

func TestTooltipFlips(t *testing.T) {
	area := fyne.NewSize(800, 200)
	box := fyne.NewSize(300, 60)
	tests := []struct {
		name       string
		at         fyne.Position
		left, down bool
	}{
		{"middle", fyne.NewPos(300, 150), false, false},
		{"right edge", fyne.NewPos(780, 150), true, false},
		{"top", fyne.NewPos(300, 10), false, true},
		{"top right", fyne.NewPos(790, 5), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := tooltipPos(tt.at, box, area, 12)
			if (x+box.Width <= tt.at.X) != tt.left || (y >= tt.at.Y) != tt.down {
				t.Errorf("tooltip at %v,%v for the pointer at %v: left %v, below %v", x, y, tt.at, x+box.Width <= tt.at.X, y >= tt.at.Y)
			}
			if x < 0 || y < 0 || x+box.Width > area.Width || y+box.Height > area.Height {
				t.Errorf("tooltip at %v,%v leaves the area", x, y)
			}
		})
	}
}

// sampleWithLongLabel is sample with a label too long for one line.
func sampleWithLongLabel() []model.Event {
	es := sample()
	es[3].Label = "Pavel Durov announces: Telegram gained more than 70 million new users in a single day during the outage"
	return es
}

func TestLongLabelReadable(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(800, 260), fyne.NewSize(1366, 320)} {
		test.NewTempApp(t)
		tl := New(layout.Words{}, nil)
		tl.SetEvents(sampleWithLongLabel())
		w := test.NewTempWindow(t, tl)
		w.Resize(size)
		var lb *layout.Label
		for k := range tl.Layout().Labels {
			if tl.Layout().Labels[k].Event == 3 {
				lb = &tl.Layout().Labels[k]
			}
		}
		if lb == nil {
			t.Fatalf("%v: the long label is not shown", size)
		}
		if lb.Text2 == "" {
			t.Errorf("%v: the long label is not wrapped: %q", size, lb.Text)
		}
		if lb.Cut {
			// Cut: its tooltip shows all of it.
			r := test.WidgetRenderer(tl).(*renderer)
			m := markerOf(t, tl, 3)
			tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
			if r.tipSize.IsZero() {
				t.Errorf("%v: a cut label without a tooltip", size)
			}
		}
	}
}
