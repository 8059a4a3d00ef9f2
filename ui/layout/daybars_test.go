package layout

import (
	"fmt"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// hourOf returns the date of hour h of 5 October 2006.
func hourOf(h int) model.Date {
	t := time.Date(2006, time.October, 5, h, 0, 0, 0, time.UTC)
	return model.Date{Start: t, End: t, Precision: model.PrecisionHour}
}

// october returns n day-only events of 5 October 2006, an event at 9:00 that
// day, and events on 1 and 20 October around them.
func october(n int) []model.Event {
	es := []model.Event{ev(model.Day(2006, time.October, 1), model.MetricEvent, "first", "a")}
	for k := 0; k < n; k++ {
		es = append(es, ev(model.Day(2006, time.October, 5), model.MetricEvent, fmt.Sprintf("Singapore Airlines says %d", k), "a"))
	}
	es = append(es, ev(hourOf(9), model.MetricEvent, "at nine", "a"),
		ev(model.Day(2006, time.October, 20), model.MetricEvent, "last", "a"))
	return es
}

// hoursView returns the view of 5 October 2006 from 6:00 to 18:00.
func hoursView(s *Scale) View {
	d := time.Date(2006, time.October, 5, 0, 0, 0, 0, time.UTC)
	return View{U0: s.UOf(d.Add(6 * time.Hour)), U1: s.UOf(d.Add(18 * time.Hour))}
}

// TestDayOnlyIsTheWholeDayAtHourZoom checks that an event known only to the
// day is drawn over its whole day when the day is wide on screen, and not
// as a point at an hour (noon) its source never gave; that an event with
// an hour keeps its point; and that when a day is narrow a day is a point.
func TestDayOnlyIsTheWholeDayAtHourZoom(t *testing.T) {
	day := time.Date(2006, time.October, 5, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{1, 3, maxDayBars} {
		t.Run(fmt.Sprintf("%d of one day", n), func(t *testing.T) {
			es := october(n)
			s := NewScale(es)
			l := Compute(es, Options{Width: 1000, Height: 300, Scale: s, View: hoursView(s)})
			x0, x1 := l.PlotX()
			var bars []Marker
			nine := false
			for _, m := range l.Markers {
				switch {
				case es[m.Event].Date.Precision == model.PrecisionHour:
					nine = true
					if m.Bar || abs32(m.X-l.X(day.Add(9*time.Hour))) > 1 {
						t.Errorf("the event at 9:00 is drawn at %.0f (bar %v), want a point at %.0f", m.X, m.Bar, l.X(day.Add(9*time.Hour)))
					}
				case dayOnly(es[m.Event].Date) && es[m.Event].Date.Start.Equal(day):
					if !m.Bar {
						t.Errorf("%q, known only to the day, is a point at %.0f (noon is %.0f)", es[m.Event].Label, m.X, l.X(day.Add(12*time.Hour)))
						continue
					}
					bars = append(bars, m)
				}
			}
			if !nine {
				t.Error("the event at 9:00 is not drawn")
			}
			if len(bars) != n || len(l.Clusters) != 0 {
				t.Fatalf("%d day bars and %d clusters, want %d bars", len(bars), len(l.Clusters), n)
			}
			for a, m := range bars {
				// The day reaches past both edges of a view of its hours.
				if m.X0 != x0 || m.X1 != x1 {
					t.Errorf("bar %d from %.0f to %.0f, want the whole plot %.0f to %.0f", a, m.X0, m.X1, x0, x1)
				}
				for _, o := range bars[a+1:] {
					if abs32(m.Y-o.Y) < m.BarH {
						t.Errorf("day bars at y %.1f and %.1f overlap", m.Y, o.Y)
					}
				}
				for _, lb := range l.Labels {
					if lb.Y+lb.H > m.Y-m.BarH/2 {
						t.Errorf("label %q (bottom %.1f) covers the bar at %.1f", lb.Text, lb.Y+lb.H, m.Y-m.BarH/2)
					}
				}
			}
			// Sixty days at 600 px, 10 px a day: days are points.
			d60 := daily(60)
			fit := Compute(d60, Options{Width: 600, Height: 300})
			for _, m := range fit.Markers {
				if m.Bar {
					t.Errorf("at 10 px a day, %v is a bar", d60[m.Event].Date)
				}
			}
		})
	}
}

// TestDayCrowdIsOneClusterOverItsDay checks that more events of one day
// than can stack are one cluster with their count bracketing the day, on
// the screen and in the export (Spread), where spreading them apart would
// set each at an hour no source gave.
func TestDayCrowdIsOneClusterOverItsDay(t *testing.T) {
	day := time.Date(2006, time.October, 5, 0, 0, 0, 0, time.UTC)
	es := october(maxDayBars + 3)
	var ids []int
	for i, e := range es {
		if dayOnly(e.Date) && e.Date.Start.Equal(day) {
			ids = append(ids, i)
		}
	}
	s := NewScale(es)
	whole := View{U0: s.UOf(day.Add(-6 * time.Hour)), U1: s.UOf(day.Add(30 * time.Hour))}
	for _, spread := range []bool{false, true} {
		for name, v := range map[string]View{"the day": whole, "its hours": hoursView(s)} {
			l := Compute(es, Options{Width: 1000, Height: 300, Scale: s, View: v, Spread: spread})
			checkDayCrowd(t, fmt.Sprintf("%s, spread %v", name, spread), es, l, ids, day)
			checkCounts(t, 0, l)
		}
	}
}

// TestOnlyADayCrowdIsMarkedCrowd checks that a cluster of day-only events
// is marked Crowd (zooming in never opens it) only when it is the crowd of
// one wide day: not when its day is narrow on screen, where zooming in
// draws the day wide, nor when it holds events of other days.
func TestOnlyADayCrowdIsMarkedCrowd(t *testing.T) {
	es := october(maxDayBars + 3)
	s := NewScale(es)
	tests := []struct {
		name  string
		width float32
		view  View
		want  bool
	}{
		{"its hours", 1000, hoursView(s), true},
		{"the month, narrow", 300, View{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Compute(es, Options{Width: tt.width, Height: 300, Scale: s, View: tt.view})
			if len(l.Clusters) == 0 {
				t.Fatal("no cluster")
			}
			for _, c := range l.Clusters {
				if c.Crowd != tt.want {
					t.Errorf("the cluster of %d events is marked Crowd %v, want %v", c.Count, c.Crowd, tt.want)
				}
			}
		})
	}
}

// TestOneMonthCrowdIsMarkedCrowd checks that more events of one month than
// stack as bars are a cluster marked Crowd, in view of the whole set as
// zoomed into the month, since no zoom draws them apart; and that as many
// as stack are not (zoomed in, they are bars).
func TestOneMonthCrowdIsMarkedCrowd(t *testing.T) {
	set := func(n int) []model.Event {
		es := []model.Event{ev(model.Day(2005, time.January, 10), model.MetricEvent, "before", "a")}
		for k := range n {
			es = append(es, ev(model.MonthOf(2005, time.April), model.MetricEvent, fmt.Sprintf("As of April 2005, %d", k), "a"))
		}
		return append(es, ev(model.Day(2005, time.September, 20), model.MetricEvent, "after", "a"))
	}
	april := func(s *Scale) View {
		return View{U0: s.UOf(time.Date(2005, time.March, 20, 0, 0, 0, 0, time.UTC)), U1: s.UOf(time.Date(2005, time.May, 10, 0, 0, 0, 0, time.UTC))}
	}
	tests := []struct {
		name string
		n    int
		view func(*Scale) View
		want bool // a cluster of the month's events, marked Crowd
	}{
		{"more than stack, all in view", maxSharedBars + 2, func(*Scale) View { return View{} }, true},
		{"more than stack, the month", maxSharedBars + 2, april, true},
		{"as many as stack, the month", maxSharedBars, april, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := set(tt.n)
			s := NewScale(es)
			l := Compute(es, Options{Width: 1000, Height: 300, Scale: s, View: tt.view(s)})
			got := false
			for _, c := range l.Clusters {
				if c.Crowd {
					got = true
					if c.Count != tt.n {
						t.Errorf("a crowd of %d events, want the month's %d", c.Count, tt.n)
					}
				}
			}
			if got != tt.want {
				t.Errorf("a crowd: %v, want %v (%d clusters, %d markers)", got, tt.want, len(l.Clusters), len(l.Markers))
			}
		})
	}
}
