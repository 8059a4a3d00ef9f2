package layout

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// ev returns an event on date d.
func ev(d model.Date, m model.Metric, label string, articles ...string) model.Event {
	e := model.Event{Date: d, Metric: m, Label: label}
	for _, a := range articles {
		e.Sources = append(e.Sources, model.Source{Article: a})
	}
	return e
}

// uneven mimics the default article set: one event in 2013, one in January
// 2021 and most on 4 and 5 October 2021.
func uneven() []model.Event {
	es := []model.Event{
		ev(model.YearOf(2013), model.MetricEvent, "Telegram launched", "a"),
		ev(model.MonthOf(2021, time.January), model.MetricNewUsers, "25 million new users in 72 hours", "a", "b"),
		ev(model.Day(2021, time.October, 4), model.MetricEvent, "Facebook, WhatsApp and Instagram down for six hours", "a", "b", "c"),
		ev(model.Day(2021, time.October, 4), model.MetricNewUsers, "Telegram: more than 70 million new users", "a", "b"),
		ev(model.Day(2021, time.October, 4), model.MetricRank, "Telegram 5th most downloaded app in the US", "c"),
		ev(model.Day(2021, time.October, 4), model.MetricActiveUsers, "Signal: millions of new users", "d"),
		ev(model.Day(2021, time.October, 5), model.MetricDownloads, "Telegram 1 billion downloads", "a"),
		ev(model.Day(2021, time.October, 5), model.MetricActiveUsers, "Telegram: 1 billion monthly active users", "b"),
	}
	es[3].Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "70 million or 50 million"}}
	return es
}

// dense returns n events spread at random over span days from 2015.
func dense(n int, span float64, seed int64) []model.Event {
	r := rand.New(rand.NewSource(seed))
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	es := make([]model.Event, n)
	for i := range es {
		t := base.AddDate(0, 0, int(r.Float64()*span))
		d := model.Day(t.Year(), t.Month(), t.Day())
		if i%7 == 0 {
			d = model.MonthOf(t.Year(), t.Month())
		}
		es[i] = ev(d, model.Metrics[i%len(model.Metrics)], fmt.Sprintf("Event number %d with a fairly long label", i), "a")
	}
	sort.SliceStable(es, func(a, b int) bool { return es[a].Date.Compare(es[b].Date) < 0 })
	return es
}

// daily returns one event a day for n days.
func daily(n int) []model.Event {
	es := make([]model.Event, n)
	for i := range es {
		t := time.Date(2019, 3, 1+i, 0, 0, 0, 0, time.UTC)
		es[i] = ev(model.Day(t.Year(), t.Month(), t.Day()), model.MetricNewUsers, "daily", "a")
	}
	return es
}

// monthly returns one event on the first of each month for n months.
func monthly(n int) []model.Event {
	es := make([]model.Event, n)
	for i := range es {
		t := time.Date(2019, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC)
		es[i] = ev(model.Day(t.Year(), t.Month(), t.Day()), model.MetricNewUsers, "monthly", "a")
	}
	return es
}

// markerX returns the x of event i in l, and whether it is a lone marker.
func markerX(l *Layout, i int) (float32, bool) {
	for _, m := range l.Markers {
		if m.Event == i {
			return m.X, true
		}
	}
	return 0, false
}

func TestLabelsNeverOverlap(t *testing.T) {
	sets := map[string][]model.Event{
		"uneven":   uneven(),
		"dense":    dense(400, 30, 1),
		"spread":   dense(300, 3000, 2),
		"sameday":  dense(60, 1, 3),
		"single":   uneven()[:1],
		"thousand": dense(1000, 365, 4),
	}
	sizes := [][2]float32{{120, 80}, {320, 160}, {640, 240}, {1000, 300}, {1600, 700}, {2400, 400}}
	for name, es := range sets {
		s := NewScale(es)
		views := []View{{}, s.Fit().Zoom(s, 4, 0.9), s.Fit().Zoom(s, 40, 0.5), s.Fit().Zoom(s, 3, 0.1)}
		for _, sz := range sizes {
			for vi, v := range views {
				t.Run(fmt.Sprintf("%s/%vx%v/view%d", name, sz[0], sz[1], vi), func(t *testing.T) {
					// The selected label, drawn over the rows when it has
					// none, hides those it covers: no two labels overlap.
					l := Compute(es, Options{Width: sz[0], Height: sz[1], View: v, Scale: s, HasSelected: true, Selected: len(es) / 2})
					for a := range l.Labels {
						la := l.Labels[a]
						if la.X < 0 || la.X+la.W > l.Width+0.01 || la.Y < 0 || la.Y+la.H > l.AxisY {
							t.Errorf("label %q at %v,%v %vx%v leaves its area (width %v, axis %v)", la.Text, la.X, la.Y, la.W, la.H, l.Width, l.AxisY)
						}
						for _, it := range l.Legend {
							if la.Y < it.Y+it.Size {
								t.Errorf("label %q at y %v overlaps the legend", la.Text, la.Y)
							}
						}
						for b := a + 1; b < len(l.Labels); b++ {
							lb := l.Labels[b]
							if la.X < lb.X+lb.W && lb.X < la.X+la.W && la.Y < lb.Y+lb.H && lb.Y < la.Y+la.H {
								t.Errorf("labels %q and %q overlap", la.Text, lb.Text)
							}
						}
					}
					type disc struct{ x, r float32 }
					var discs []disc
					for _, m := range l.Markers {
						if !m.Bar { // bars lie under the points
							discs = append(discs, disc{m.X, m.R})
						}
					}
					for _, c := range l.Clusters {
						discs = append(discs, disc{c.X, c.R})
					}
					sort.Slice(discs, func(a, b int) bool { return discs[a].x < discs[b].x })
					for a := 1; a < len(discs); a++ {
						if d := discs[a].x - discs[a-1].x; d < discs[a].r+discs[a-1].r {
							t.Errorf("markers at x %.1f and %.1f overlap", discs[a-1].x, discs[a].x)
						}
					}
					for a := 1; a < len(l.Ticks); a++ {
						p, q := l.Ticks[a-1], l.Ticks[a]
						if p.Label != "" && q.Label != "" && q.LabelX < p.LabelX+p.LabelW {
							t.Errorf("tick labels %q and %q overlap", p.Label, q.Label)
						}
					}
				})
			}
		}
	}
}

func TestBreaksCompressEmptyStretches(t *testing.T) {
	tests := []struct {
		name       string
		events     []model.Event
		wantBreaks int
	}{
		// 2014–2020 and February–September 2021; never inside the year
		// 2013 or the month of January 2021, bars over their extent.
		{"uneven", uneven(), 2},
		{"no gaps", daily(60), 0},
		// One gap is the median gap: nothing is empty compared with the rest.
		{"two far apart", []model.Event{ev(model.Day(2000, 1, 1), model.MetricEvent, "a"), ev(model.Day(2020, 1, 1), model.MetricEvent, "b")}, 0},
		// A month of daily events, then one five years later.
		{"one far", append(daily(30), ev(model.Day(2024, 5, 1), model.MetricEvent, "late")), 1},
		// Evenly spread months: no gap is longer than the others.
		{"monthly", monthly(24), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Compute(tt.events, Options{Width: 1000, Height: 300})
			if len(l.Breaks) != tt.wantBreaks {
				t.Fatalf("got %d breaks, want %d", len(l.Breaks), tt.wantBreaks)
			}
			for _, b := range l.Breaks {
				real := b.To.Sub(b.From).Hours() / 24
				px := float64(b.X1 - b.X0)
				// Drawn to scale, the stretch would take real*px-per-day pixels.
				if scaled := real * l.pxPerU; px > scaled/2 {
					t.Errorf("break %v–%v is %.0f px, not compressed (to scale %.0f px)", b.From, b.To, px, scaled)
				}
			}
		})
	}
}

func TestUnevenSetReadableAtOnce(t *testing.T) {
	es := uneven()
	l := Compute(es, Options{Width: 1000, Height: 320})
	x2013, ok := markerX(l, 0)
	if !ok {
		t.Fatal("the 2013 event is not a marker of its own")
	}
	x4, ok4 := markerX(l, 3)
	x5, ok5 := markerX(l, 6)
	if !ok4 || !ok5 {
		t.Fatalf("4 and 5 October events are clustered at fit-all: %+v", l.Clusters)
	}
	if x5-x4 < 40 {
		t.Errorf("4 and 5 October are %.0f px apart at fit-all, want at least 40", x5-x4)
	}
	if x4-x2013 < 100 {
		t.Errorf("2013 and October 2021 are %.0f px apart", x4-x2013)
	}
	labelled := map[int]bool{}
	for _, lb := range l.Labels {
		labelled[lb.Event] = true
	}
	for _, i := range []int{0, 3, 6} {
		if !labelled[i] {
			t.Errorf("event %d (%s) has no label at fit-all", i, es[i].Label)
		}
	}
	var context bool
	for _, tk := range l.Ticks {
		if tk.Label == "2013" {
			context = true
		}
		if tk.Time.Year() == 2013 && tk.Label != "2013" && tk.Label != "" {
			t.Errorf("tick %q claims more precision than the year-only 2013 event", tk.Label)
		}
	}
	if !context {
		t.Errorf("no tick names 2013: %+v", l.Ticks)
	}
}

func TestZoomSpreadsCloseEvents(t *testing.T) {
	es := uneven()
	s := NewScale(es)
	fit := Compute(es, Options{Width: 1000, Height: 300, Scale: s})
	u2, _ := s.EventU(2)
	u3, _ := s.EventU(3)
	u := (u2 + u3) / 2
	prev := float32(0)
	for i, f := range []float64{1, 2, 4, 8, 16} {
		v := fit.View.Zoom(s, f, 0.5).CenterOn(s, u)
		l := Compute(es, Options{Width: 1000, Height: 300, Scale: s, View: v})
		a, okA := markerX(l, 2)
		b, okB := markerX(l, 3)
		if !okA || !okB {
			t.Fatalf("zoom %v: events 2 and 3 not both markers", f)
		}
		if d := b - a; i > 0 && d <= prev {
			t.Errorf("zoom %v: events 2 and 3 are %.1f px apart, not more than %.1f before", f, d, prev)
		} else {
			prev = d
		}
	}
}

// TestClustersExpandOnZoom checks that zooming into a cluster opens it
// into several markers or clusters, down to the events of one day known
// only to the day: their hours are unknown, so once the day is wide on
// screen they are one cluster bracketing the whole day, which zooming in
// further, to the narrowest view, never splits into invented hours.
func TestClustersExpandOnZoom(t *testing.T) {
	for _, span := range []float64{1, 20} {
		t.Run(fmt.Sprintf("%v days", span), func(t *testing.T) {
			es := dense(300, span, 6) // of one day, or of days and their months
			if span > 1 {
				// Days only: the months, at the middle of January, would
				// be drawn over their whole month, or with the days.
				var days []model.Event
				for _, e := range es {
					if dayOnly(e.Date) {
						days = append(days, e)
					}
				}
				es = days
			}
			s := NewScale(es)
			v := s.Fit()
			for level := 0; level < 6; level++ {
				l := Compute(es, Options{Width: 600, Height: 200, Scale: s, View: v})
				checkCounts(t, level, l)
				if len(l.Clusters) == 0 {
					t.Fatalf("level %d: no cluster left before reaching one day's crowd", level)
				}
				// Zoom into the biggest cluster.
				big := l.Clusters[0]
				for _, c := range l.Clusters {
					if c.Count > big.Count {
						big = c
					}
				}
				u0, _ := s.EventU(big.Events[0])
				u1, _ := s.EventU(big.Events[len(big.Events)-1])
				pad := math.Max((u1-u0)*0.2, MinSpan)
				v = View{U0: u0 - pad, U1: u1 + pad}.Clamp(s)
				z := Compute(es, Options{Width: 600, Height: 200, Scale: s, View: v})
				checkCounts(t, level, z)
				if oneDay(es, big.Events) {
					day := es[big.Events[0]].Date.Start
					checkDayCrowd(t, fmt.Sprintf("level %d, zoomed in", level), es, z, big.Events, day)
					u := s.UOf(day.Add(12 * time.Hour))
					deep := Compute(es, Options{Width: 600, Height: 200, Scale: s, View: View{U0: u - MinSpan/2, U1: u + MinSpan/2}.Clamp(s)})
					checkDayCrowd(t, fmt.Sprintf("level %d, at the narrowest view", level), es, deep, big.Events, day)
					return
				}
				in := map[int]bool{}
				for _, i := range big.Events {
					in[i] = true
				}
				groups := 0
				for _, m := range z.Markers {
					if in[m.Event] {
						groups++
					}
				}
				for _, c := range z.Clusters {
					if in[c.Events[0]] {
						groups++
					}
				}
				if groups < 2 {
					t.Errorf("level %d: zooming into a cluster of %d events of several dates left it in %d group", level, big.Count, groups)
				}
			}
			t.Fatal("zooming into the biggest cluster never reached one day's crowd")
		})
	}
}

// checkCounts checks that l's markers and clusters hold its visible
// events, and that each cluster has a count.
func checkCounts(t *testing.T, level int, l *Layout) {
	t.Helper()
	total := len(l.Markers)
	for _, c := range l.Clusters {
		total += c.Count
		if c.CountText == "" || c.Count < 2 {
			t.Errorf("level %d: cluster without a count: %+v", level, c)
		}
	}
	if total != l.Visible {
		t.Errorf("level %d: markers and clusters hold %d events, %d visible", level, total, l.Visible)
	}
}

// oneDay reports whether events ids of es are all known only to one same day.
func oneDay(es []model.Event, ids []int) bool {
	for _, i := range ids {
		if d := es[i].Date; !dayOnly(d) || !d.Start.Equal(es[ids[0]].Date.Start) {
			return false
		}
	}
	return true
}

// checkDayCrowd checks that the events ids, all of day, are in l one
// cluster with their count, bracketing the whole day (clipped to the plot),
// and that none is drawn as a point.
func checkDayCrowd(t *testing.T, what string, es []model.Event, l *Layout, ids []int, day time.Time) {
	t.Helper()
	in := map[int]bool{}
	for _, i := range ids {
		in[i] = true
	}
	for _, m := range l.Markers {
		if in[m.Event] {
			t.Errorf("%s: %q, known only to the day, is a marker at x %.0f", what, es[m.Event].Label, m.X)
		}
	}
	var got []Cluster
	for _, c := range l.Clusters {
		if in[c.Events[0]] {
			got = append(got, c)
		}
	}
	if len(got) != 1 {
		t.Fatalf("%s: the %d events of one day are in %d clusters, want 1", what, len(ids), len(got))
	}
	c := got[0]
	x0, x1 := l.PlotX()
	want0, want1 := max(l.X(day), x0), min(l.X(day.Add(24*time.Hour)), x1)
	if c.Count != len(ids) || !c.Span || abs32(c.X0-want0) > 1 || abs32(c.X1-want1) > 1 {
		t.Errorf("%s: cluster of %d events bracketing %.0f–%.0f (span %v), want %d bracketing the day, %.0f–%.0f",
			what, c.Count, c.X0, c.X1, c.Span, len(ids), want0, want1)
	}
	if !c.Crowd {
		t.Errorf("%s: the cluster over the day is not marked Crowd (zooming in cannot open it)", what)
	}
	if mid := (l.X(day) + l.X(day.Add(24*time.Hour))) / 2; mid > x0 && mid < x1 && abs32(c.X-mid) > 1 {
		t.Errorf("%s: the cluster's badge is at %.0f, not at the day's middle %.0f", what, c.X, mid)
	}
}

func TestTicksAdaptToZoom(t *testing.T) {
	es := dense(200, 3650, 7)
	s := NewScale(es)
	tests := []struct {
		zoom float64
		want string // "year", "month" or "day"
	}{
		{1, "year"}, {12, "month"}, {400, "day"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			l := Compute(es, Options{Width: 1000, Height: 300, Scale: s, View: s.Fit().Zoom(s, tt.zoom, 0.5)})
			got := ""
			for _, tk := range l.Ticks {
				if tk.Context {
					continue
				}
				switch {
				case tk.Time.Day() != 1:
					got = "day"
				case tk.Time.Month() != 1 && got != "day":
					got = "month"
				case got == "":
					got = "year"
				}
			}
			if got != tt.want {
				t.Errorf("zoom %v: ticks are %s, want %s", tt.zoom, got, tt.want)
			}
		})
	}
}

func TestScaleInverse(t *testing.T) {
	s := NewScale(uneven())
	for _, d := range []float64{days(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)), days(time.Date(2013, 7, 2, 0, 0, 0, 0, time.UTC)),
		days(time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)), days(time.Date(2021, 10, 4, 12, 0, 0, 0, time.UTC)), days(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))} {
		if got := s.Time(s.U(d)); math.Abs(got-d) > 1e-6 {
			t.Errorf("Time(U(%v)) = %v", d, got)
		}
	}
	prev := math.Inf(-1)
	for d := 15000.0; d < 19500; d += 3.7 {
		u := s.U(d)
		if u < prev {
			t.Fatalf("U is not monotone at %v", d)
		}
		prev = u
	}
}

func TestFlags(t *testing.T) {
	es := uneven()
	match := make([]bool, len(es))
	match[3] = true
	l := Compute(es, Options{Width: 1400, Height: 300, Match: match, HasSelected: true, Selected: 3})
	for _, m := range l.Markers {
		if m.Dim != !match[m.Event] {
			t.Errorf("event %d: Dim = %v", m.Event, m.Dim)
		}
		if m.Selected != (m.Event == 3) {
			t.Errorf("event %d: Selected = %v", m.Event, m.Selected)
		}
		if m.Conflict != (m.Event == 3) {
			t.Errorf("event %d: Conflict = %v", m.Event, m.Conflict)
		}
		if m.Precise == (m.Event < 2) {
			t.Errorf("event %d: Precise = %v", m.Event, m.Precise)
		}
		if m.Sources != es[m.Event].Articles() {
			t.Errorf("event %d: Sources = %d", m.Event, m.Sources)
		}
	}
	selectedLabel := false
	for _, lb := range l.Labels {
		selectedLabel = selectedLabel || lb.Event == 3 && lb.Selected
	}
	if !selectedLabel {
		t.Errorf("the selected event has no label")
	}
	var kinds []string
	for _, it := range l.Legend {
		kinds = append(kinds, it.Kind)
	}
	if fmt.Sprint(kinds) != "[metric metric metric metric metric imprecise conflict]" {
		t.Errorf("legend kinds = %v", kinds)
	}
	for _, m := range l.Markers {
		h := l.HitTest(m.X, m.Y, 2)
		if h.Event != m.Event {
			t.Errorf("HitTest on event %d's marker = %+v", m.Event, h)
		}
	}
	if h := l.HitTest(1, 1, 0); h.Event != -1 || h.Cluster != -1 {
		t.Errorf("HitTest on the corner = %+v", h)
	}
}

func TestEmptyAndUndated(t *testing.T) {
	for _, es := range [][]model.Event{nil, {{Label: "undated"}}} {
		l := Compute(es, Options{Width: 500, Height: 200})
		if len(l.Markers)+len(l.Clusters)+len(l.Labels) != 0 {
			t.Errorf("%d events: got drawings %+v", len(es), l)
		}
	}
}
