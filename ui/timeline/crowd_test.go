package timeline

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// crowdDay is the day of crowd's crowd.
var crowdDay = time.Date(2006, time.October, 5, 0, 0, 0, 0, time.UTC)

// crowd returns eight events known only to 5 October 2006, more than can
// stack as bars over the day, and events on 1 and 20 October around them.
func crowd() []model.Event {
	es := []model.Event{ev(model.Day(2006, time.October, 1), model.MetricEvent, "Airbus announces a delay", "a")}
	for k := range 8 {
		es = append(es, ev(model.Day(2006, time.October, 5), model.MetricEvent, fmt.Sprintf("Airline %d will be compensated", k+1), "a"))
	}
	return append(es, ev(model.Day(2006, time.October, 20), model.MetricEvent, "Shares fall", "a"))
}

// monthCrowd returns six events known only to April 2005, more than
// stack as bars over the month, and events around it.
func monthCrowd() []model.Event {
	es := []model.Event{ev(model.Day(2005, time.January, 10), model.MetricEvent, "Airbus sold more planes", "a")}
	for k := range 6 {
		es = append(es, ev(model.MonthOf(2005, time.April), model.MetricEvent, fmt.Sprintf("As of April 2005, airline %d ordered", k+1), "a"))
	}
	return append(es, ev(model.Day(2005, time.September, 20), model.MetricEvent, "Shares fall", "a"))
}

// crowdInYears returns crowd's events among one every ten days of 2005 to
// 2007, so that a day is narrow on screen when all are in view.
func crowdInYears() []model.Event {
	es := crowd()
	for d := time.Date(2005, time.January, 3, 0, 0, 0, 0, time.UTC); d.Year() < 2008; d = d.AddDate(0, 0, 10) {
		es = append(es, ev(model.Day(d.Year(), d.Month(), d.Day()), model.MetricNewUsers, "users on "+d.Format("2 Jan 2006"), "b"))
	}
	sort.SliceStable(es, func(a, b int) bool { return es[a].Date.Start.Before(es[b].Date.Start) })
	return es
}

// crowdTimeline returns a timeline of events in a test window, showing view
// (the zero View: every event).
func crowdTimeline(t *testing.T, events []model.Event, width float32, view func(*layout.Scale) layout.View) (*Timeline, fyne.Window) {
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(events)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(width, 300))
	if v := view(tl.Scale()); !v.IsZero() {
		tl.SetView(v)
	}
	return tl, w
}

// crowdHours is the view of 5 October 2006 from 6:00 to 18:00.
func crowdHours(s *layout.Scale) layout.View {
	return layout.View{U0: s.UOf(crowdDay.Add(6 * time.Hour)), U1: s.UOf(crowdDay.Add(18 * time.Hour))}
}

// menuOf returns the pop-up menu that has the keyboard in w, or nil.
func menuOf(w fyne.Window) *widget.PopUpMenu {
	m, _ := w.Canvas().Focused().(*widget.PopUpMenu)
	return m
}

// TestClusterOpens checks what opening a cluster does, by a tap or by Enter
// over it: a cluster that zooming opens is zoomed into; the crowd of one
// day or of one month, whose events no zoom tells apart, lists its events
// in a menu instead, the view unchanged, and choosing one selects it
// without zooming.
func TestClusterOpens(t *testing.T) {
	all := func(*layout.Scale) layout.View { return layout.View{} }
	tests := []struct {
		name     string
		events   []model.Event
		width    float32
		view     func(*layout.Scale) layout.View
		keyboard bool
		wantMenu bool
		member   string // the start of the label of one of the cluster's events
	}{
		{"a narrow day's cluster, tapped", crowdInYears(), 600, all, false, false, "Airline"},
		{"a narrow day's cluster, by Enter", crowdInYears(), 600, all, true, false, "Airline"},
		{"the crowd of a wide day, tapped", crowd(), 1000, crowdHours, false, true, "Airline"},
		{"the crowd of a wide day, by Enter", crowd(), 1000, crowdHours, true, true, "Airline"},
		{"the crowd of one month, tapped", monthCrowd(), 1000, all, false, true, "As of April"},
		{"the crowd of one month, by Enter", monthCrowd(), 1000, all, true, true, "As of April"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, w := crowdTimeline(t, tt.events, tt.width, tt.view)
			l := tl.Layout()
			k := -1
			for n, c := range l.Clusters {
				for _, i := range c.Events {
					if strings.HasPrefix(tl.Events()[i].Label, tt.member) {
						k = n
					}
				}
			}
			if k < 0 {
				t.Fatalf("no cluster of the events %q… (%d clusters)", tt.member, len(l.Clusters))
			}
			c := l.Clusters[k]
			before := tl.View()
			if tt.keyboard {
				tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(c.X, c.Y)}})
				tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			} else {
				test.TapAt(tl, fyne.NewPos(c.X, c.Y))
			}
			m := menuOf(w)
			if !tt.wantMenu {
				if m != nil {
					t.Error("a cluster that zooming opens lists its events")
				}
				if tl.View().Span() >= before.Span() {
					t.Errorf("the view spans %.3f after opening the cluster, %.3f before: not zoomed in", tl.View().Span(), before.Span())
				}
				return
			}
			if m == nil {
				t.Fatal("opening a crowd shows no list of its events")
			}
			if tl.View() != before {
				t.Errorf("the view moved from %v to %v: zooming never opens a crowd of one day", before, tl.View())
			}
			markup := test.RenderObjectToMarkup(w.Canvas().Overlays().Top())
			for _, i := range c.Events {
				if !strings.Contains(markup, ">"+tl.Events()[i].Label+"<") {
					t.Errorf("the list has no entry %q", tl.Events()[i].Label)
				}
			}
			if !tt.keyboard && tt.member == "Airline" {
				assertMarkup(t, "crowd_menu.xml", w.Canvas().Overlays().Top())
			}
			// The keyboard chooses the second entry.
			got := -1
			tl.OnSelected = func(i int) { got = i }
			m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if got != c.Events[1] || tl.Selected() != c.Events[1] {
				t.Errorf("choosing the second entry selected %d (OnSelected %d), want %d", tl.Selected(), got, c.Events[1])
			}
			if tl.View() != before {
				t.Errorf("selecting an event of the crowd moved the view from %v to %v", before, tl.View())
			}
			if menuOf(w) != nil && menuOf(w).Visible() {
				t.Error("the list stays open after a choice")
			}
			// Enter lists the crowd again, the chosen event checked.
			tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if m := menuOf(w); m == nil || !m.Visible() {
				t.Error("Enter on the selected event of a crowd does not list the crowd")
			}
		})
	}
}
