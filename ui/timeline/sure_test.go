package timeline

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// unsureTimeline returns the sample timeline with claims: event 4 ("1
// billion downloads") is read with 54% confidence, the others with 90%.
func unsureTimeline(t *testing.T) (*Timeline, fyne.Window) {
	test.NewTempApp(t)
	events := sample()
	claims := make([]model.Claim, len(events))
	for i := range events {
		events[i].Claims = []int{i}
		claims[i] = model.Claim{Confidence: 0.9}
	}
	claims[4].Confidence = 0.54
	tl := New(layout.Words{}, nil)
	tl.SetEventsWithClaims(events, claims)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(900, 260))
	return tl, w
}

func TestUnsureEventDrawnLighter(t *testing.T) {
	tl, w := unsureTimeline(t)
	if m := markerOf(t, tl, 4); !m.Unsure {
		t.Fatal("the 54 per cent sure event's marker is drawn as a sure one")
	}
	if m := markerOf(t, tl, 3); m.Unsure {
		t.Fatal("a 90 per cent sure event's marker is drawn as less sure")
	}
	assertMarkup(t, "unsure.xml", w.Canvas().Content())
}

func TestUnsureTooltipSaysHowSure(t *testing.T) {
	tests := []struct {
		event int
		want  string
	}{
		{4, "5 Oct 2021 · 1 source · less sure (54%): a reading to check against its passages"},
		{3, "4 Oct 2021 · 2 sources · 70 million or 50 million"},
	}
	for _, tt := range tests {
		tl, _ := unsureTimeline(t)
		m := markerOf(t, tl, tt.event)
		tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
		// The tooltip is drawn last: its details from their first line on.
		var got []string
		for _, o := range test.LaidOutObjects(tl) {
			if txt, ok := o.(*canvas.Text); ok && (strings.Contains(txt.Text, "Oct 2021 ·") || len(got) > 0) {
				got = append(got, txt.Text)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("event %d: tooltip says %q, want %q", tt.event, got, tt.want)
		}
	}
}

// TestTooltipTextStaysInItsBox checks that a long conflict summary wraps
// inside the tooltip's box instead of running past it.
func TestTooltipTextStaysInItsBox(t *testing.T) {
	for _, width := range []float32{900, 500} {
		tl, w := unsureTimeline(t)
		w.Resize(fyne.NewSize(width, 260))
		tl.events[3].Conflicts[0].Summary = "The sources disagree on who said it: attributed to Pavel Durov by 5 articles and to Nikolaï Dourov by 1 article."
		m := markerOf(t, tl, 3)
		tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
		r := test.WidgetRenderer(tl).(*renderer)
		if r.tipSize.IsZero() {
			t.Fatalf("%v: no tooltip", width)
		}
		right := r.tip.X + r.tipSize.Width
		bottom := r.tip.Y + r.tipSize.Height
		lines := 0
		for _, o := range r.Objects() {
			txt, ok := o.(*canvas.Text)
			if !ok || txt.Position().X < r.tip.X || txt.Position().Y < r.tip.Y || txt.Position().Y > bottom {
				continue
			}
			if strings.Contains(txt.Text, "Pavel") || strings.Contains(txt.Text, "article") || strings.Contains(txt.Text, "Oct 2021") {
				lines++
				if end := txt.Position().X + tl.measure.size(txt.Text, txt.TextSize).Width; end > right+0.5 {
					t.Errorf("%v: %q ends at %.1f, past the tooltip's right edge %.1f", width, txt.Text, end, right)
				}
				if txt.Position().Y+tl.measure.size(txt.Text, txt.TextSize).Height > bottom+0.5 {
					t.Errorf("%v: %q runs under the tooltip's box", width, txt.Text)
				}
			}
		}
		if lines < 2 {
			t.Errorf("%v: the summary takes %d line", width, lines)
		}
	}
}
