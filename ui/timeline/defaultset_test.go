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
// to October 2021 with most events on 4 and 5 October 2021 and a range over
// January–October 2021: at fit-all every event is drawn, the years between
// 2014 and 2021 are a break (none inside the 2021 range, which is a bar over
// its extent), and zooming into October gives each October event its own
// labelled marker, or, on a day of more events than the layout stacks as
// bars, a labelled cluster of that day's events.
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
	drawn := len(l.Markers)
	for _, c := range l.Clusters {
		drawn += c.Count
	}
	if drawn != len(tl.Events) {
		t.Errorf("fit-all draws %d of %d events", drawn, len(tl.Events))
	}
	if len(l.Breaks) == 0 {
		t.Error("no compressed empty stretch on a set spanning eight years")
	}
	var october []int
	first := tl.Events[0].Date.Start.Year()
	for i, e := range tl.Events {
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
	u0, _ := w.Scale().EventU(october[0])
	u1, _ := w.Scale().EventU(october[len(october)-1])
	w.SetView(layout.View{U0: u0 - 0.5, U1: u1 + 0.5})
	l = w.Layout()
	markers, labelled := map[int]bool{}, map[int]bool{}
	for _, m := range l.Markers {
		markers[m.Event] = true
	}
	for _, lb := range l.Labels {
		labelled[lb.Event] = true
		if lb.Cluster >= 0 {
			// A day of more events than the layout stacks as bars (six
			// on 4 October, with its quotes) is one labelled cluster of
			// that day's events, which a click lists.
			c := l.Clusters[lb.Cluster]
			day := tl.Events[c.Events[0]].Date
			for _, e := range c.Events {
				if tl.Events[e].Date != day {
					t.Errorf("zoomed into October, a cluster holds events of different days: %v", c.Events)
				}
			}
			if len(c.Events) <= 5 {
				t.Errorf("zoomed into October, a cluster of %d events of one day, which fit as bars", len(c.Events))
			}
			for _, e := range c.Events {
				markers[e], labelled[e] = true, true
			}
		}
	}
	for _, i := range october {
		if !markers[i] || !labelled[i] {
			t.Errorf("zoomed into October, %q has marker %v, label %v", tl.Events[i].Label, markers[i], labelled[i])
		}
	}
}
