package layout

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// measured returns an event whose claim (appended to claims) measures m
// about subject.
func measured(claims *[]model.Claim, d model.Date, metric model.Metric, measure, subject string) model.Event {
	*claims = append(*claims, model.Claim{Measure: measure, Subject: subject, Metric: metric})
	e := ev(d, metric, measure+" of "+subject, "a")
	e.Subject = subject
	e.Claims = []int{len(*claims) - 1}
	return e
}

func TestBuildLanes(t *testing.T) {
	var claims []model.Claim
	es := []model.Event{
		measured(&claims, model.Day(2023, 1, 1), model.MetricOther, "revenue ($)", "Uber"),
		measured(&claims, model.Day(2023, 2, 1), model.MetricOther, "revenue ($)", "Meta"),
		measured(&claims, model.Day(2023, 3, 1), model.MetricActiveUsers, "active users", "Meta"),
		measured(&claims, model.Day(2023, 4, 1), model.MetricEvent, "", "Uber"),
		measured(&claims, model.Day(2023, 5, 1), model.MetricOther, "trip", ""),
	}
	var many []model.Event
	for i := 0; i < 12; i++ {
		many = append(many, measured(&claims, model.Day(2023, 1, 1+i), model.MetricOther, fmt.Sprintf("measure %02d", i), "X"))
	}
	many = append(many, measured(&claims, model.Day(2023, 2, 1), model.MetricOther, "measure 00", "X"))
	tests := []struct {
		name       string
		events     []model.Event
		by         LaneBy
		wantNames  string
		wantOf     string
		wantFolded int
	}{
		{"none", es, LaneNone, "", "", 0},
		// The set's own measures, the largest lane first; an event without
		// a measure goes to its metric's lane.
		{"measure", es, LaneByMeasure, "[revenue ($) Event active users trip]", "[0 0 2 1 3]", 0},
		{"subject", es, LaneBySubject, "[Meta Uber no subject]", "[1 0 0 1 2]", 0},
		// Thirteen events in twelve measures: seven lanes and one of the
		// five smallest folded.
		{"folded", many, LaneByMeasure, "[measure 00 measure 01 measure 02 measure 03 measure 04 measure 05 measure 06 5 other lanes]",
			"[0 1 2 3 4 5 6 7 7 7 7 7 0]", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := BuildLanes(tt.events, claims, tt.by, Words{})
			if tt.by == LaneNone {
				if ls != nil {
					t.Fatalf("LaneNone built %+v", ls)
				}
				return
			}
			if got := fmt.Sprint(ls.Names); got != tt.wantNames {
				t.Errorf("Names = %s, want %s", got, tt.wantNames)
			}
			if got := fmt.Sprint(ls.Of); got != tt.wantOf {
				t.Errorf("Of = %s, want %s", got, tt.wantOf)
			}
			if ls.Folded != tt.wantFolded {
				t.Errorf("Folded = %d, want %d", ls.Folded, tt.wantFolded)
			}
			if len(ls.Names) > MaxLanes {
				t.Errorf("%d lanes, more than %d", len(ls.Names), MaxLanes)
			}
		})
	}
}

func TestLanesLayout(t *testing.T) {
	var claims []model.Claim
	es := []model.Event{
		measured(&claims, model.Day(2023, 1, 10), model.MetricOther, "revenue ($)", "Uber"),
		measured(&claims, model.Day(2023, 2, 10), model.MetricOther, "revenue ($)", "Meta"),
		measured(&claims, model.Day(2023, 3, 10), model.MetricActiveUsers, "active users", "Meta"),
		measured(&claims, model.MonthOf(2023, 4), model.MetricActiveUsers, "active users", "Uber"),
	}
	ls := BuildLanes(es, claims, LaneByMeasure, Words{})
	tests := []struct {
		name      string
		hidden    []bool
		wantLanes int
		wantDrawn string // the events drawn, by marker
	}{
		{"all shown", nil, 2, "[0 1 2 3]"},
		{"revenue hidden", []bool{false, true}, 1, "[2 3]"},
		{"all hidden", []bool{true, true}, 0, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Compute(es, Options{Width: 1000, Height: 320, Lanes: ls, Hidden: tt.hidden})
			if len(l.Lanes) != tt.wantLanes {
				t.Fatalf("%d lanes drawn, want %d", len(l.Lanes), tt.wantLanes)
			}
			drawn := []int{}
			for _, m := range l.Markers {
				drawn = append(drawn, m.Event)
				y, ok := l.LaneY(ls.Of[m.Event])
				if !ok || m.Y != y {
					t.Errorf("event %d at y %v, not on its lane's line %v", m.Event, m.Y, y)
				}
				if m.Color != LaneColor(ls, ls.Of[m.Event]) {
					t.Errorf("event %d in %v, not its lane's colour", m.Event, m.Color)
				}
			}
			sort.Ints(drawn)
			if got := fmt.Sprint(drawn); got != tt.wantDrawn {
				t.Errorf("drawn %s, want %s", got, tt.wantDrawn)
			}
			// The legend has one entry per lane, shown or not, in the lanes'
			// colours, and clicking an entry finds its lane.
			var lanes []string
			for _, it := range l.Legend {
				if it.Kind != "lane" {
					continue
				}
				lanes = append(lanes, it.Text)
				if it.Color != LaneColor(ls, it.Lane) || it.Hidden != (tt.hidden != nil && tt.hidden[it.Lane]) {
					t.Errorf("legend entry %+v", it)
				}
				if k := l.LegendAt(it.TextX+it.TextW/2, it.Y+it.Size/2); k != it.Lane {
					t.Errorf("LegendAt on %q = %d, want %d", it.Text, k, it.Lane)
				}
			}
			if fmt.Sprint(lanes) != fmt.Sprint(ls.Names) {
				t.Errorf("legend %v, want the lanes %v", lanes, ls.Names)
			}
			for _, lb := range l.Labels {
				for _, ln := range l.Lanes {
					if lb.Y+lb.H > ln.Y0 {
						t.Errorf("label %q reaches into the lanes (bottom %v, lanes from %v)", lb.Text, lb.Y+lb.H, ln.Y0)
					}
				}
			}
		})
	}
}

func TestOverlappingBarsStack(t *testing.T) {
	es := []model.Event{
		ev(quarter(2023, time.July), model.MetricOther, "loss", "a"),
		ev(quarter(2023, time.July), model.MetricOther, "unemployment", "a"),
		ev(model.MonthOf(2023, time.August), model.MetricOther, "revenue", "a"),
		ev(model.Day(2023, time.December, 1), model.MetricOther, "later", "a"),
	}
	l := Compute(es, Options{Width: 1000, Height: 300})
	type box struct{ x0, x1, y0, y1 float32 }
	var bars []box
	for _, m := range l.Markers {
		if m.Bar {
			bars = append(bars, box{m.X0, m.X1, m.Y - m.BarH/2, m.Y + m.BarH/2})
		}
	}
	// The lone day after a break is wide on screen: drawn over its day.
	if len(bars) != 4 {
		t.Fatalf("%d bars, want the two quarters, the month and the day", len(bars))
	}
	for a := range bars {
		for b := a + 1; b < len(bars); b++ {
			p, q := bars[a], bars[b]
			if p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1 {
				t.Errorf("bars %+v and %+v are drawn on top of each other", p, q)
			}
		}
	}
}

func TestSelectingKeepsRows(t *testing.T) {
	es := dense(120, 60, 5)
	for _, sel := range []int{0, 17, 60, 119} {
		before := Compute(es, Options{Width: 900, Height: 300, WrapLabels: true})
		after := Compute(es, Options{Width: 900, Height: 300, WrapLabels: true, HasSelected: true, Selected: sel})
		rows := map[[2]int]int{}
		for _, lb := range before.Labels {
			rows[[2]int{lb.Event, lb.Cluster}] = lb.Row
		}
		for _, lb := range after.Labels {
			if lb.Over {
				continue
			}
			if r, ok := rows[[2]int{lb.Event, lb.Cluster}]; !ok || r != lb.Row {
				t.Errorf("selecting %d moved the label of %d/%d from row %d (%v) to %d", sel, lb.Event, lb.Cluster, r, ok, lb.Row)
			}
		}
	}
}

func TestLabelsWrapBeforeCutting(t *testing.T) {
	long := "Pavel Durov announces: Telegram gained 70 million new users"
	tests := []struct {
		name      string
		label     string
		width     float32
		wantLines int
		wantCut   bool
	}{
		{"short", "Telegram launched", 1366, 1, false},
		{"long, two lines", long, 1366, 2, false},
		{"very long, cut on the second", long + ", " + long, 1366, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := []model.Event{ev(model.Day(2021, 10, 4), model.MetricEvent, tt.label, "a")}
			l := Compute(es, Options{Width: tt.width, Height: 400, WrapLabels: true})
			if len(l.Labels) != 1 {
				t.Fatalf("%d labels", len(l.Labels))
			}
			lb := l.Labels[0]
			lines := 1
			if lb.Text2 != "" {
				lines = 2
			}
			if lines != tt.wantLines || lb.Cut != tt.wantCut || lb.Full != tt.label {
				t.Errorf("label %q / %q: %d lines, cut %v (full %q), want %d lines, cut %v", lb.Text, lb.Text2, lines, lb.Cut, lb.Full, tt.wantLines, tt.wantCut)
			}
			shown := strings.TrimSuffix(lb.Text+" "+strings.TrimSuffix(lb.Text2, "…"), " ")
			if !strings.HasPrefix(tt.label, shown) {
				t.Errorf("the label shows %q, not the start of %q", shown, tt.label)
			}
			if lb.W > l.Width {
				t.Errorf("label %v wide in %v", lb.W, l.Width)
			}
		})
	}
}

// load returns the timeline of the mixed test articles or the default set.
func load(t *testing.T, which string) *model.Timeline {
	t.Helper()
	ctx := context.Background()
	if which == "default" {
		tl, err := model.Default(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return tl
	}
	set, err := model.LoadPaths(ctx, []string{"../../testdata/articles"}, model.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tl, err := model.BuildContext(ctx, set)
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func TestRealSetsAxis(t *testing.T) {
	for _, set := range []string{"default", "articles"} {
		tl := load(t, set)
		for _, by := range []LaneBy{LaneNone, LaneByMeasure, LaneBySubject} {
			for _, size := range [][2]float32{{800, 200}, {1366, 300}} {
				t.Run(fmt.Sprintf("%s/%d/%vx%v", set, by, size[0], size[1]), func(t *testing.T) {
					ls := BuildLanes(tl.Events, tl.Claims, by, Words{})
					l := Compute(tl.Events, Options{Width: size[0], Height: size[1], Lanes: ls, WrapLabels: true})
					// A break never cuts through a bar.
					for _, b := range l.Breaks {
						for _, m := range l.Markers {
							if m.Bar && m.X0 < b.X0 && b.X1 < m.X1 {
								t.Errorf("break %v–%v cuts the bar of %q", b.From, b.To, tl.Events[m.Event].Label)
							}
						}
					}
					if len(l.Breaks) > maxBreaks {
						t.Errorf("%d breaks", len(l.Breaks))
					}
					// No year is named twice on the axis.
					seen := map[string]bool{}
					for _, tk := range l.Ticks {
						if tk.Label == "" {
							continue
						}
						y := fmt.Sprint(tk.Time.Year())
						if strings.Contains(tk.Label, y) {
							if seen[y] {
								t.Errorf("year %s named twice on the axis: %v", y, tickLabels(l))
							}
							seen[y] = true
						}
					}
					// Every event of a shown lane is drawn.
					if got := l.Visible; got != len(tl.Events) {
						t.Errorf("%d events in view at fit-all, want %d", got, len(tl.Events))
					}
				})
			}
		}
	}
}

// tickLabels lists the written tick labels.
func tickLabels(l *Layout) []string {
	var out []string
	for _, tk := range l.Ticks {
		if tk.Label != "" {
			out = append(out, tk.Label)
		}
	}
	return out
}

func TestBreaksSayWhatTheyHide(t *testing.T) {
	es := append(daily(30), ev(model.Day(2020, time.June, 1), model.MetricEvent, "late", "a"))
	l := Compute(es, Options{Width: 1200, Height: 300})
	if len(l.Breaks) != 1 {
		t.Fatalf("%d breaks, want 1", len(l.Breaks))
	}
	if b := l.Breaks[0]; b.Label != "14 months" {
		t.Errorf("the break from %v to %v says %q, want \"14 months\"", b.From, b.To, b.Label)
	}
}

// TestLaneNamesClearOfMarkers lays out lanes whose first events sit at the
// very start of the plot: no lane's name is written over a marker, a bar
// or a cluster of its lane, at any width, by measure and by subject, and
// without lanes the plot keeps its usual margin.
func TestLaneNamesClearOfMarkers(t *testing.T) {
	var claims []model.Claim
	es := []model.Event{
		measured(&claims, model.YearOf(2013), model.MetricEvent, "", "Telegram"),
		measured(&claims, model.Day(2013, 1, 2), model.MetricOther, "people employed", "Northrop Grumman and EADS"),
		measured(&claims, model.MonthOf(2013, 2), model.MetricActiveUsers, "active users", "Telegram"),
		measured(&claims, model.Day(2021, 10, 4), model.MetricNewUsers, "new users", "Telegram"),
		measured(&claims, model.Day(2021, 10, 5), model.MetricOther, "people employed", "Boeing"),
	}
	for _, by := range []LaneBy{LaneByMeasure, LaneBySubject} {
		for _, width := range []float32{500, 800, 1366} {
			t.Run(fmt.Sprintf("%v/%.0f", by, width), func(t *testing.T) {
				ls := BuildLanes(es, claims, by, Words{})
				l := Compute(es, Options{Width: width, Height: 300, Lanes: ls})
				for _, ln := range l.Lanes {
					right := ln.NameX + ln.NameW
					for _, m := range l.Markers {
						left := m.X - m.R
						if m.Bar {
							left = m.X0
						}
						if ls.Of[m.Event] == ln.Lane && left < right {
							t.Errorf("lane %q written to %.1f over the marker of %q from %.1f", ln.Name, right, es[m.Event].Label, left)
						}
					}
					for _, c := range l.Clusters {
						if c.Y == ln.Y && c.X-c.R < right {
							t.Errorf("lane %q written to %.1f over a cluster from %.1f", ln.Name, right, c.X-c.R)
						}
					}
				}
				if x0, _ := l.PlotX(); x0 > width/4 {
					t.Errorf("the plot starts at %.0f of %.0f: the names take too much", x0, width)
				}
			})
		}
	}
	if x0, _ := Compute(es, Options{Width: 800, Height: 300}).PlotX(); x0 != 12*1.5 {
		t.Errorf("without lanes the plot starts at %.1f, want the margin 18", x0)
	}
}

// In a short timeline (an 800×600 window), eight lanes filled the room above
// the axis and no label was left: the lanes get thinner, their names
// smaller but legible, so that a row of labels, two when they fit, stays.
func TestManyLanesLeaveRoomForLabels(t *testing.T) {
	var claims []model.Claim
	var es []model.Event
	for k := 0; k < 8; k++ {
		es = append(es, measured(&claims, model.Day(2024, 3, 2+3*k), model.MetricOther, fmt.Sprintf("measure %d", k), "Plant"))
	}
	ls := BuildLanes(es, claims, LaneByMeasure, Words{})
	tests := []struct {
		height   float32
		wantRows int  // label rows, at least
		legible  bool // names at least 0.6 text heights
	}{
		{140, 1, false},
		{175, 1, false},
		{200, 1, true},
		{240, 2, true},
		{320, 2, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.height), func(t *testing.T) {
			l := Compute(es, Options{Width: 800, Height: tt.height, Lanes: ls})
			if len(l.Lanes) != 8 {
				t.Fatalf("%d lanes drawn, want 8", len(l.Lanes))
			}
			rows := 0
			for _, lb := range l.Labels {
				rows = max(rows, lb.Row+1)
			}
			if rows < tt.wantRows {
				t.Errorf("%d rows of labels (%d labels), want at least %d", rows, len(l.Labels), tt.wantRows)
			}
			for _, ln := range l.Lanes {
				if tt.legible && ln.NameSize < 0.6*12 {
					t.Errorf("lane %q named at %.1f px", ln.Full, ln.NameSize)
				}
				if ln.Y1 > l.AxisY || ln.Y0 < l.legendBottom {
					t.Errorf("lane %q from %.0f to %.0f, outside the room between the legend (%.0f) and the axis (%.0f)", ln.Full, ln.Y0, ln.Y1, l.legendBottom, l.AxisY)
				}
			}
		})
	}
}

// TestLanesNamedInTheArticlesWords checks that a lane of measures is named
// in the words its claims were read from (accents, plurals and all), the
// most used first, while its claims with one measure key stay in one lane.
func TestLanesNamedInTheArticlesWords(t *testing.T) {
	var claims []model.Claim
	es := []model.Event{
		measured(&claims, model.Day(2023, 1, 1), model.MetricOther, "personne tue", "Zorgland"),
		measured(&claims, model.Day(2023, 2, 1), model.MetricOther, "personne tue", "Zorgland"),
		measured(&claims, model.Day(2023, 3, 1), model.MetricOther, "personne tue", "Zorgland"),
		measured(&claims, model.Day(2023, 4, 1), model.MetricNewUsers, "new users", "Zorgon"),
	}
	claims[0].What, claims[1].What, claims[2].What = "personnes tuées", "personnes tuées", "personne tuée"
	ls := BuildLanes(es, claims, LaneByMeasure, Words{})
	if got := strings.Join(ls.Names, "|"); got != "personnes tuées|new users" {
		t.Errorf("lanes %q, want %q", got, "personnes tuées|new users")
	}
}
