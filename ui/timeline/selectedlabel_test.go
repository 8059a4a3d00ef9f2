package timeline

import (
	"context"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// TestSelectedLabelReadable checks, on what is drawn, that the selected
// event's label is drawn after every other label, in an opaque box, so that
// no neighbour's box or text covers it, in crowded timelines where it finds
// no row of its own; and that the labels it would cover are left out, not
// left showing in pieces at its sides ("3 e…s").
func TestSelectedLabelReadable(t *testing.T) {
	set, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		n    int // synthetic events, 0 for the default set in lanes
		size fyne.Size
		pick int
	}{
		{"default set in lanes, as in the report's 05.png", 0, fyne.NewSize(1170, 290), -1},
		{"crowded", 60, fyne.NewSize(800, 300), 30},
		{"very crowded", 200, fyne.NewSize(700, 240), 100},
		{"roomy", 12, fyne.NewSize(1366, 500), 5},
	}
	over := 0
	for _, tt := range tests {
		test.NewTempApp(t)
		tl := New(layout.Words{}, nil)
		if tt.n == 0 {
			tl.SetEventsWithClaims(set.Events, set.Claims)
			tl.SetLaneBy(layout.LaneByMeasure)
			for i, e := range set.Events {
				if strings.HasPrefix(e.Label, "Telegram et Signal") {
					tt.pick = i
				}
			}
		} else {
			tl.SetEvents(manyEvents(tt.n))
		}
		w := test.NewTempWindow(t, tl)
		w.Resize(tt.size)
		tl.Select(tt.pick)
		var sel *layout.Label
		l := tl.Layout()
		for i := range l.Labels {
			if l.Labels[i].Selected {
				sel = &l.Labels[i]
			}
		}
		if sel == nil {
			t.Fatalf("%s: the selected event has no label", tt.name)
		}
		inside := func(o fyne.CanvasObject) bool {
			p, s := o.Position(), o.Size()
			return p.X < sel.X+sel.W && p.X+s.Width > sel.X && p.Y < sel.Y+sel.H && p.Y+s.Height > sel.Y
		}
		if sel.Over {
			over++
		}
		for i := range l.Labels {
			if o := &l.Labels[i]; o != sel && o.X < sel.X+sel.W && o.X+o.W > sel.X && o.Y < sel.Y+sel.H && o.Y+o.H > sel.Y {
				t.Errorf("%s: the label %q is under the selected label %q", tt.name, o.Text, sel.Text)
			}
		}
		objs := test.LaidOutObjects(tl)
		box := -1
		for i, o := range objs {
			if r, ok := o.(*canvas.Rectangle); ok && r.StrokeWidth == 2 && r.Position() == fyne.NewPos(sel.X, sel.Y) &&
				r.Size() == fyne.NewSize(sel.W, sel.H) {
				box = i
				if _, _, _, a := r.FillColor.RGBA(); a != 0xffff {
					t.Errorf("%s: the selected label's box is not opaque: %v", tt.name, color.NRGBAModel.Convert(r.FillColor))
				}
			}
		}
		if box < 0 {
			t.Fatalf("%s: the selected label's box is not drawn", tt.name)
		}
		own := map[string]bool{sel.Text: true, sel.Text2: true, sel.Note: true}
		for _, o := range objs[box+1:] {
			switch c := o.(type) {
			case *canvas.Text:
				if inside(c) && !own[c.Text] {
					t.Errorf("%s: %q is drawn over the selected label %q", tt.name, c.Text, sel.Text)
				}
			case *canvas.Rectangle:
				if inside(c) && c.StrokeWidth > 0 {
					t.Errorf("%s: a box is drawn over the selected label %q", tt.name, sel.Text)
				}
			}
		}
	}
	if over == 0 {
		t.Error("no selected label is drawn over the rows: the cases test nothing")
	}
}
