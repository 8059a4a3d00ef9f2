package layout

import (
	"sort"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

func TestClusterSpansItsDates(t *testing.T) {
	day := func(m time.Month, d int) model.Date { return model.Day(2024, m, d) }
	at := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC) }
	// withEnds adds an event every ten days from January to June, away
	// from the middle of March, so that the axis is to scale (no break).
	withEnds := func(es ...model.Event) []model.Event {
		out := append([]model.Event(nil), es...)
		for d := at(time.January, 1); d.Before(at(time.July, 1)); d = d.AddDate(0, 0, 10) {
			if d.Before(at(time.February, 25)) || d.After(at(time.April, 5)) {
				out = append(out, ev(day(d.Month(), d.Day()), model.MetricEvent, "filler", "a"))
			}
		}
		sort.SliceStable(out, func(a, b int) bool { return out[a].Date.Compare(out[b].Date) < 0 })
		return out
	}
	many := func(n int, d func(k int) model.Date) []model.Event {
		es := make([]model.Event, n)
		for k := range es {
			es[k] = ev(d(k), model.MetricNewUsers, "claim", "a")
		}
		return es
	}
	tests := []struct {
		name     string
		events   []model.Event
		width    float32
		span     bool
		from, to time.Time // the bracket's ends when span
	}{
		{"five claims of one month span the month", withEnds(many(5, func(int) model.Date { return model.MonthOf(2024, time.March) })...),
			1000, true, at(time.March, 1), at(time.April, 1)},
		{"five close days span from the first to the last", withEnds(many(5, func(k int) model.Date { return day(time.March, []int{10, 11, 13, 15, 17}[k]) })...),
			1000, true, at(time.March, 10).Add(12 * time.Hour), at(time.March, 17).Add(12 * time.Hour)}, // a day is at its noon
		{"five claims of one day are a badge alone", withEnds(many(5, func(int) model.Date { return day(time.March, 12) })...),
			1000, false, time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Compute(tt.events, Options{Width: tt.width, Height: 300})
			if len(l.Clusters) != 1 {
				t.Fatalf("%d clusters, want 1 (markers %d)", len(l.Clusters), len(l.Markers))
			}
			c := l.Clusters[0]
			if c.Count != 5 {
				t.Fatalf("cluster of %d, want 5", c.Count)
			}
			if c.Span != tt.span {
				t.Fatalf("Span = %v, want %v (X0 %.1f X1 %.1f)", c.Span, tt.span, c.X0, c.X1)
			}
			if !tt.span {
				return
			}
			if x := l.X(tt.from); abs32(c.X0-x) > 1 {
				t.Errorf("bracket starts at %.1f, want %.1f (%s)", c.X0, x, tt.from.Format(time.DateOnly))
			}
			if x := l.X(tt.to); abs32(c.X1-x) > 1 {
				t.Errorf("bracket ends at %.1f, want %.1f (%s)", c.X1, x, tt.to.Format(time.DateOnly))
			}
			if c.X <= c.X0 || c.X >= c.X1 {
				t.Errorf("badge at %.1f outside its bracket %.1f–%.1f", c.X, c.X0, c.X1)
			}
			// Clicking the bracket away from the badge picks the cluster,
			// as clicking its badge does.
			for _, x := range []float32{c.X0 + 1, c.X1 - 1, c.X} {
				if h := l.HitTest(x, c.Y, 3); h.Cluster != 0 {
					t.Errorf("click at %.1f on the bracket hit %+v, want the cluster", x, h)
				}
			}
		})
	}
}
