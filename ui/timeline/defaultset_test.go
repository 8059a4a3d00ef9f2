package timeline

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// TestDefaultSetReadable lays out the embedded article set, which spans 2013
// to October 2021 with most events on 4 and 5 October 2021: at fit-all every
// event has its own labelled marker, empty stretches are compressed into
// breaks, and zooming into October spreads the October events further apart.
func TestDefaultSetReadable(t *testing.T) {
	tl, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	w := New(layout.Words{}, nil)
	w.SetEvents(tl.Events)
	win := test.NewTempWindow(t, w)
	win.Resize(fyne.NewSize(1200, 320))
	l := w.Layout()
	if len(l.Clusters) != 0 {
		t.Errorf("fit-all has %d clusters, want every event apart", len(l.Clusters))
	}
	if len(l.Breaks) == 0 {
		t.Error("no compressed empty stretch on a set spanning eight years")
	}
	labelled := map[int]bool{}
	for _, lb := range l.Labels {
		labelled[lb.Event] = true
	}
	var october []int
	first := tl.Events[0].Date.Start.Year()
	for i, e := range tl.Events {
		if !labelled[i] {
			t.Errorf("event %q (%s) has no label at fit-all", e.Label, e.Date)
		}
		if e.Date.Precision == model.PrecisionDay && e.Date.Start.Year() == 2021 && e.Date.Start.Month() == time.October {
			october = append(october, i)
		}
	}
	if first > 2013 {
		t.Errorf("the first event is in %d, expected the set to reach back to 2013", first)
	}
	if len(october) < 2 {
		t.Fatalf("only %d day-precise October 2021 events", len(october))
	}
	spread := func() float32 {
		xs := map[int]float32{}
		for _, m := range w.Layout().Markers {
			xs[m.Event] = m.X
		}
		a, okA := xs[october[0]]
		b, okB := xs[october[len(october)-1]]
		if !okA || !okB {
			t.Fatal("an October event is not a marker of its own")
		}
		return b - a
	}
	before := spread()
	u0, _ := w.Scale().EventU(october[0])
	u1, _ := w.Scale().EventU(october[len(october)-1])
	w.SetView(layout.View{U0: u0 - 0.2, U1: u1 + 0.2})
	if after := spread(); after < 2*before {
		t.Errorf("zooming into October spread its events from %.0f to %.0f px only", before, after)
	}
}
