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
		var got []string
		for _, o := range test.LaidOutObjects(tl) {
			if txt, ok := o.(*canvas.Text); ok && strings.Contains(txt.Text, "Oct 2021 ·") {
				got = append(got, txt.Text)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("event %d: tooltip says %q, want %q", tt.event, got, tt.want)
		}
	}
}
