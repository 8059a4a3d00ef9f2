package timeline

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// manyLanes returns a timeline of ten subjects, one with a long name, in
// lanes by subject, in a test window of size.
func manyLanes(t *testing.T, size fyne.Size) *Timeline {
	test.NewTempApp(t)
	subjects := []string{"Banque centrale européenne et Eurosystème", "Acme", "Enedis", "Raz", "Ciaran", "Telegram",
		"WhatsApp", "Facebook", "Signal", "Boeing"}
	var es []model.Event
	for k, s := range subjects {
		e := ev(model.Day(2023, time.Month(k+1), 3), model.MetricEvent, s+" event", "a")
		e.Subject = s
		es = append(es, e)
	}
	tl := New(layout.Words{}, nil)
	tl.SetEventsWithClaims(es, nil)
	tl.SetLaneBy(layout.LaneBySubject)
	w := test.NewTempWindow(t, tl)
	w.Resize(size)
	return tl
}

// TestLaneNamesNeverOverlap checks, on what is drawn, that each lane's
// name stays inside its strip, so that no two names overlap, however many
// lanes and however short the window; a name cut with "…" is said whole in
// a tooltip.
func TestLaneNamesNeverOverlap(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1366, 300), fyne.NewSize(800, 240), fyne.NewSize(800, 160)} {
		tl := manyLanes(t, size)
		l := tl.Layout()
		if len(l.Lanes) < 7 {
			t.Fatalf("%v: %d lanes drawn", size, len(l.Lanes))
		}
		cut := -1
		for _, ln := range l.Lanes {
			var txt *canvas.Text
			for _, o := range test.LaidOutObjects(tl) {
				if c, ok := o.(*canvas.Text); ok && c.Text == ln.Name && c.Position().X == ln.NameX && c.TextSize == ln.NameSize {
					txt = c
				}
			}
			if txt == nil {
				t.Fatalf("%v: lane name %q not drawn", size, ln.Name)
			}
			h := tl.measure.size(txt.Text, txt.TextSize).Height
			if top, bottom := txt.Position().Y, txt.Position().Y+h; top < ln.Y0-0.5 || bottom > ln.Y1+0.5 {
				t.Errorf("%v: name %q drawn from %.1f to %.1f, out of its strip %.1f–%.1f", size, ln.Name, top, bottom, ln.Y0, ln.Y1)
			}
			if ln.Cut {
				cut = ln.Lane
			}
		}
		if cut < 0 {
			if size.Width > 1000 {
				t.Errorf("%v: the long name is not cut", size)
			}
			continue
		}
		var ln layout.Lane
		for _, x := range l.Lanes {
			if x.Lane == cut {
				ln = x
			}
		}
		tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(ln.NameX+ln.NameW/2, ln.Y)}})
		found := false
		for _, o := range test.LaidOutObjects(tl) {
			if txt, ok := o.(*canvas.Text); ok && txt.Text == ln.Full {
				found = true
			}
		}
		if !found {
			t.Errorf("%v: hovering the cut name %q shows no tooltip with %q", size, ln.Name, ln.Full)
		}
	}
}
