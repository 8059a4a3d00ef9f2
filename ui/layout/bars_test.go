package layout

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// quarter returns the months m to m+2 of year y as a range.
func quarter(y int, m time.Month) model.Date {
	return model.Between(model.MonthOf(y, m), model.MonthOf(y, m+2))
}

func TestBarsCoverTheirExtent(t *testing.T) {
	around := []model.Event{
		ev(model.Day(2021, time.September, 1), model.MetricEvent, "before", "a"),
		ev(model.Day(2021, time.December, 31), model.MetricEvent, "after", "a"),
	}
	tests := []struct {
		name     string
		date     model.Date
		bar      bool
		from, to time.Time // the bar's ends; for a point, from is its instant's day
	}{
		{"day", model.Day(2021, time.October, 6), false, time.Date(2021, 10, 6, 0, 0, 0, 0, time.UTC), time.Time{}},
		{"hour", model.Date{Start: time.Date(2021, 10, 6, 15, 0, 0, 0, time.UTC), End: time.Date(2021, 10, 6, 15, 0, 0, 0, time.UTC), Precision: model.PrecisionHour}, false,
			time.Date(2021, 10, 6, 0, 0, 0, 0, time.UTC), time.Time{}},
		{"month", model.MonthOf(2021, time.October), true, time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 11, 1, 0, 0, 0, 0, time.UTC)},
		{"quarter", quarter(2021, time.October), true, time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"day range", model.Between(model.Day(2021, time.October, 9), model.Day(2021, time.October, 12)), true,
			time.Date(2021, 10, 9, 0, 0, 0, 0, time.UTC), time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC)},
		{"year", model.YearOf(2021), true, time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := []model.Event{around[0], ev(tc.date, model.MetricActiveUsers, "under test", "a"), around[1]}
			if tc.date.Start.Before(es[0].Date.Start) {
				es[0], es[1] = es[1], es[0]
			}
			l := Compute(es, Options{Width: 1600, Height: 300})
			var m *Marker
			for k := range l.Markers {
				if es[l.Markers[k].Event].Label == "under test" {
					m = &l.Markers[k]
				}
			}
			if m == nil {
				t.Fatalf("no marker of its own: markers %+v, clusters %+v", l.Markers, l.Clusters)
			}
			if m.Bar != tc.bar {
				t.Fatalf("Bar = %v, want %v", m.Bar, tc.bar)
			}
			if m.Color != MetricColor(model.MetricActiveUsers) {
				t.Errorf("Color = %v, want its metric's", m.Color)
			}
			if !tc.bar {
				if x0, x1 := l.X(tc.from), l.X(tc.from.Add(24*time.Hour)); m.X < x0 || m.X > x1 {
					t.Errorf("point at %v, outside its day %v..%v", m.X, x0, x1)
				}
				return
			}
			near := func(a, b float32) bool { return math.Abs(float64(a-b)) < 0.01 }
			if want0, want1 := l.X(tc.from), l.X(tc.to); !near(m.X0, want0) || !near(m.X1, want1) {
				t.Errorf("bar from %v to %v, want %v (first day) to %v (end of the last day)", m.X0, m.X1, want0, want1)
			}
			if m.X < m.X0 || m.X > m.X1 {
				t.Errorf("X = %v outside the bar %v..%v", m.X, m.X0, m.X1)
			}
			if h := l.HitTest((m.X0+m.X1)/2+(m.X1-m.X0)/3, m.Y, 0); h.Event != m.Event {
				t.Errorf("HitTest inside the bar = %+v", h)
			}
		})
	}
}

func TestBarEndsAreOnTheAxis(t *testing.T) {
	// A year with one day in it, long after another day: the empty
	// stretches inside the year may be breaks (drawn across the bar), but
	// the year's first and last days are to scale, never inside a break.
	es := []model.Event{
		ev(model.Day(2013, time.March, 3), model.MetricEvent, "long before", "a"),
		ev(model.YearOf(2021), model.MetricActiveUsers, "the year", "a"),
		ev(model.Day(2021, time.June, 1), model.MetricEvent, "in it", "a"),
	}
	l := Compute(es, Options{Width: 1600, Height: 300})
	from, to := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	x0, x1 := l.X(from), l.X(to)
	for _, b := range l.Breaks {
		for _, x := range []float32{x0, x1} {
			if b.X0 < x && x < b.X1 {
				t.Errorf("break %v..%v hides an end of the year's bar %v..%v", b.X0, b.X1, x0, x1)
			}
		}
	}
	var found bool
	for _, m := range l.Markers {
		if m.Event == 1 {
			found = true
			if !m.Bar || m.X0 != x0 || m.X1 != x1 {
				t.Errorf("the year = %+v, want a bar %v..%v", m, x0, x1)
			}
		}
	}
	if !found {
		t.Errorf("the year has no marker of its own")
	}
}

// TestStackedBarsAnchorApart lays out bars whose labels' leaders would
// run on top of each other (two events of one month, three of one quarter,
// a month with a day at its middle): each marker anchors its label apart
// from the others, inside its bar, and with ClearLeaders every one of them
// gets its label.
func TestStackedBarsAnchorApart(t *testing.T) {
	jan := model.MonthOf(2021, time.January)
	tests := []struct {
		name string
		es   []model.Event
	}{
		{"two of one month", []model.Event{
			ev(model.Day(2020, time.December, 1), model.MetricEvent, "before", "a"),
			ev(jan, model.MetricNewUsers, "Telegram gains 25 million new users", "a"),
			ev(jan, model.MetricRank, "Telegram ranks 1st in downloads", "a"),
			ev(model.Day(2021, time.February, 27), model.MetricEvent, "after", "a"),
		}},
		{"three of one quarter", []model.Event{
			ev(model.Day(2023, time.June, 1), model.MetricEvent, "before", "a"),
			ev(quarter(2023, time.July), model.MetricOther, "loss", "a"),
			ev(quarter(2023, time.July), model.MetricOther, "unemployment", "a"),
			ev(quarter(2023, time.July), model.MetricOther, "revenue", "a"),
			ev(model.Day(2023, time.October, 20), model.MetricEvent, "after", "a"),
		}},
		{"a day in the middle of a month", []model.Event{
			ev(model.Day(2020, time.December, 1), model.MetricEvent, "before", "a"),
			ev(jan, model.MetricNewUsers, "the month", "a"),
			ev(model.Day(2021, time.January, 16), model.MetricEvent, "the day", "a"),
			ev(model.Day(2021, time.February, 27), model.MetricEvent, "after", "a"),
		}},
	}
	for _, tc := range tests {
		for _, width := range []float32{700, 1123, 1920} {
			t.Run(fmt.Sprintf("%s/%.0f", tc.name, width), func(t *testing.T) {
				l := Compute(tc.es, Options{Width: width, Height: 400, ClearLeaders: true})
				if len(l.Clusters) > 0 {
					t.Fatalf("clusters %+v, want a marker each", l.Clusters)
				}
				for a, m := range l.Markers {
					if m.Bar && (m.X < m.X0 || m.X > m.X1) {
						t.Errorf("%q anchored at %.1f outside its bar %.1f..%.1f", tc.es[m.Event].Label, m.X, m.X0, m.X1)
					}
					for _, n := range l.Markers[a+1:] {
						if d := math.Abs(float64(m.X - n.X)); d < float64(l.TextSize)/2 {
							t.Errorf("%q and %q anchored %.1f px apart", tc.es[m.Event].Label, tc.es[n.Event].Label, d)
						}
					}
				}
				if len(l.Labels) != len(l.Markers) {
					var got []string
					for _, lb := range l.Labels {
						got = append(got, lb.Full)
					}
					t.Errorf("%d labels %q for %d markers", len(l.Labels), got, len(l.Markers))
				}
			})
		}
	}
}
