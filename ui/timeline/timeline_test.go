package timeline

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// assertMarkup compares o's rendered markup with testdata/name, or rewrites
// it with -update.
func assertMarkup(t *testing.T, name string, o fyne.CanvasObject) {
	t.Helper()
	if *update {
		path := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(test.RenderObjectToMarkup(o)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	test.AssertObjectRendersToMarkup(t, name, o)
}

// ev returns an event on date d.
func ev(d model.Date, m model.Metric, label string, articles ...string) model.Event {
	e := model.Event{Date: d, Metric: m, Label: label}
	for _, a := range articles {
		e.Sources = append(e.Sources, model.Source{Article: a})
	}
	return e
}

// sample mimics the default set: 2013, January 2021, and 4–5 October 2021.
func sample() []model.Event {
	es := []model.Event{
		ev(model.YearOf(2013), model.MetricEvent, "Telegram launched", "a"),
		ev(model.MonthOf(2021, time.January), model.MetricNewUsers, "25 million new users in 72 hours", "a", "b"),
		ev(model.Day(2021, time.October, 4), model.MetricEvent, "Facebook services down for six hours", "a", "b", "c"),
		ev(model.Day(2021, time.October, 4), model.MetricNewUsers, "Telegram: 70 million new users", "a", "b"),
		ev(model.Day(2021, time.October, 5), model.MetricDownloads, "Telegram: 1 billion downloads", "a"),
	}
	es[3].Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "70 million or 50 million"}}
	return es
}

// newTimeline returns a timeline of sample events in a test window.
func newTimeline(t *testing.T) (*Timeline, fyne.Window) {
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(sample())
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(900, 260))
	return tl, w
}

// markerOf returns event i's marker in the last layout.
func markerOf(t *testing.T, tl *Timeline, i int) layout.Marker {
	t.Helper()
	for _, m := range tl.Layout().Markers {
		if m.Event == i {
			return m
		}
	}
	t.Fatalf("event %d has no marker", i)
	return layout.Marker{}
}

func TestRenders(t *testing.T) {
	tests := []struct {
		name   string
		golden string
		act    func(tl *Timeline)
	}{
		{"fit all", "fit_all.xml", func(*Timeline) {}},
		{"selected", "selected.xml", func(tl *Timeline) { tl.Select(3) }},
		{"query", "query.xml", func(tl *Timeline) { tl.SetMatch([]bool{false, true, false, true, false}) }},
		{"empty", "empty.xml", func(tl *Timeline) { tl.SetEvents(nil) }},
		{"no match", "no_match.xml", func(tl *Timeline) {
			tl.SetNoMatch("No event matches “xyz”. Clear the search to see all 5 events.")
			tl.SetMatch(make([]bool, 5))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, w := newTimeline(t)
			tt.act(tl)
			assertMarkup(t, tt.golden, w.Canvas().Content())
		})
	}
}

func TestTapSelects(t *testing.T) {
	tl, _ := newTimeline(t)
	got := -1
	tl.OnSelected = func(i int) { got = i }
	m := markerOf(t, tl, 3)
	test.TapAt(tl, fyne.NewPos(m.X, m.Y))
	if got != 3 || tl.Selected() != 3 {
		t.Fatalf("tapping event 3's marker selected %d (OnSelected %d)", tl.Selected(), got)
	}
	if !markerOf(t, tl, 3).Selected {
		t.Error("the selected marker is not highlighted")
	}
}

func TestZoomChangesVisibleRange(t *testing.T) {
	tests := []struct {
		name    string
		act     func(tl *Timeline, c fyne.Canvas)
		narrows bool
	}{
		{"wheel up zooms in", func(tl *Timeline, c fyne.Canvas) { wheel(tl, fyne.NewPos(700, 150), 50) }, true},
		{"wheel down zooms out", func(tl *Timeline, c fyne.Canvas) {
			tl.ZoomIn()
			tl.ZoomIn()
			wheel(tl, fyne.NewPos(700, 150), -200)
		}, false},
		{"plus zooms in", func(tl *Timeline, c fyne.Canvas) { test.Type(tl, "+") }, true},
		{"ZoomIn", func(tl *Timeline, c fyne.Canvas) { tl.ZoomIn() }, true},
		{"zoom in then Home", func(tl *Timeline, c fyne.Canvas) {
			tl.ZoomIn()
			tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, w := newTimeline(t)
			from, to := tl.VisibleRange()
			tt.act(tl, w.Canvas())
			f2, t2 := tl.VisibleRange()
			if narrowed := t2.Sub(f2) < to.Sub(from); narrowed != tt.narrows {
				t.Errorf("range %v – %v became %v – %v", from, to, f2, t2)
			}
		})
	}
}

// wheel scrolls the mouse wheel by dy pixels at p (test.Scroll does not
// pass the position on).
func wheel(tl *Timeline, p fyne.Position, dy float32) {
	tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.Delta{DY: dy}})
}

func TestWheelZoomKeepsPointer(t *testing.T) {
	tl, _ := newTimeline(t)
	m, before := markerOf(t, tl, 3), markerOf(t, tl, 2)
	wheel(tl, fyne.NewPos(m.X, m.Y), 75)
	if got := markerOf(t, tl, 3); got.X < m.X-1 || got.X > m.X+1 {
		t.Errorf("the event under the pointer moved from x %.1f to %.1f", m.X, got.X)
	}
	if a, b := markerOf(t, tl, 2), markerOf(t, tl, 3); b.X-a.X <= m.X-before.X {
		t.Errorf("events 2 and 3 are %.1f px apart after zooming in, %.1f before", b.X-a.X, m.X-before.X)
	}
}

func TestDragPans(t *testing.T) {
	tl, w := newTimeline(t)
	tl.ZoomIn()
	tl.ZoomIn()
	before := tl.View()
	test.Drag(w.Canvas(), fyne.NewPos(450, 200), 120, 0)
	if after := tl.View(); after.U0 >= before.U0 {
		t.Errorf("dragging right did not move to earlier times: %+v -> %+v", before, after)
	}
}

func TestArrowKeysMoveBetweenEvents(t *testing.T) {
	tl, _ := newTimeline(t)
	var seen []int
	tl.OnSelected = func(i int) { seen = append(seen, i) }
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyLeft, fyne.KeyEnd, fyne.KeyRight} {
		tl.TypedKey(&fyne.KeyEvent{Name: k})
	}
	want := []int{0, 1, 2, 1, 4}
	if len(seen) != len(want) {
		t.Fatalf("selected %v, want %v", seen, want)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("selected %v, want %v", seen, want)
		}
	}
}

func TestHoverShowsTooltip(t *testing.T) {
	tl, _ := newTimeline(t)
	m := markerOf(t, tl, 3)
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
	found := false
	for _, o := range test.LaidOutObjects(tl) {
		if txt, ok := o.(*canvas.Text); ok && txt.Text == "4 Oct 2021 · 2 sources · 70 million or 50 million" {
			found = true
		}
	}
	if !found {
		t.Error("no tooltip with the date, sources and conflict of the hovered event")
	}
}

func TestStatusCountsMatches(t *testing.T) {
	tl, _ := newTimeline(t)
	if tl.Status() != "" {
		t.Errorf("status without a query = %q", tl.Status())
	}
	tl.SetMatch([]bool{true, false, true, false, false})
	if got := tl.Status(); got != "2 of 5 events match" {
		t.Errorf("status = %q", got)
	}
	dim := 0
	for _, m := range tl.Layout().Markers {
		if m.Dim {
			dim++
		}
	}
	if dim != 3 {
		t.Errorf("%d markers dimmed, want 3", dim)
	}
}

func TestSelectRevealsClusteredEvent(t *testing.T) {
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	es := manyEvents(3000)
	tl.SetEvents(es)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(800, 260))
	if len(tl.Layout().Clusters) == 0 {
		t.Fatal("3,000 events at 800 px are not clustered")
	}
	tl.Select(1500)
	markerOf(t, tl, 1500)
	if !markerOf(t, tl, 1500).Selected {
		t.Error("the selected event's marker is not highlighted")
	}
}

// Selecting an event known only to the month, among the days of that month,
// keeps the whole month in view: zooming to the hours around the middle of
// the month, until its marker left the cluster, showed nothing of it (a few
// days in mid-November at an hour scale).
func TestSelectWideEventKeepsItsSpan(t *testing.T) {
	// Five news roundups written for the tests, two languages, 2022–2024.
	fsys := os.DirFS(filepath.Join("testdata", "roundups"))
	set, err := model.LoadFS(context.Background(), fsys, ".", model.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	es := model.Build(set).Events
	month := -1
	for i, e := range es {
		if strings.Contains(e.Label, "110 years") {
			month = i
		}
	}
	if month < 0 || !layout.Wide(es[month].Date) {
		t.Fatalf("no month-wide event of the prison term among %d events", len(es))
	}
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(es)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(800, 260))
	tl.Select(month)
	from, to := tl.VisibleRange()
	d := es[month].Date
	if from.After(d.Start) || to.Before(d.End) {
		t.Errorf("selecting %q (%v) shows %v .. %v, not the whole month", es[month].Label, d, from, to)
	}
}

// Opening a cluster that holds an event known only to the month shows the
// month, not the hours around the point that stands for it (a helper saw
// "11 events" in mid-November 2023 open onto 15 Nov 12:00 – 16 Nov 14:00).
func TestOpenClusterOfWideEvents(t *testing.T) {
	set, err := model.LoadFS(context.Background(), os.DirFS(filepath.Join("testdata", "roundups")), ".", model.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	es := model.Build(set).Events
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(es)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(800, 260))
	opened := 0
	for step := 0; step < 6; step++ {
		var wide *model.Event
		k := -1
		for ci, c := range tl.Layout().Clusters {
			for _, i := range c.Events {
				if layout.Wide(es[i].Date) && es[i].Date.End.Sub(es[i].Date.Start) < 40*24*time.Hour && !c.Crowd {
					wide, k = &es[i], ci
				}
			}
		}
		if wide == nil {
			break
		}
		if !tl.zoomInto(tl.Layout().Clusters[k]) {
			break
		}
		opened++
		from, to := tl.VisibleRange()
		if from.After(wide.Date.Start) || to.Before(wide.Date.End) {
			t.Fatalf("opening the cluster of %q (%v) shows %v .. %v", wide.Label, wide.Date, from, to)
		}
	}
	if opened == 0 {
		t.Fatal("no cluster holding a month-wide event to open")
	}
}

// Opening a cluster never zooms out: seen closer than a month, a cluster
// holding a month's event lists its members instead.
func TestOpenClusterNeverZoomsOut(t *testing.T) {
	es := []model.Event{
		ev(model.Day(2023, time.November, 10), model.MetricOther, "A", "a"),
		ev(model.MonthOf(2023, time.November), model.MetricOther, "B", "a"),
	}
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(es)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(800, 260))
	tl.SetView(layout.View{U0: tl.Scale().UOf(time.Date(2023, time.November, 14, 0, 0, 0, 0, time.UTC)), U1: tl.Scale().UOf(time.Date(2023, time.November, 17, 0, 0, 0, 0, time.UTC))})
	before := tl.View()
	if tl.zoomInto(layout.Cluster{Events: []int{0, 1}}) || tl.View() != before {
		t.Errorf("zoomInto changed the view from %v to %v", before, tl.View())
	}
	if tl.zoomInto(layout.Cluster{}) {
		t.Error("zoomInto opened an empty cluster")
	}
}

// Opening a cluster of one day's events shows that whole day, not a few
// hours around the points that stand for them (the roundups' "2 events" of
// 14 March 2024 opened onto 07:00 - 12:30); seen a day wide already, it
// lists its members instead.
func TestOpenClusterOfOneDay(t *testing.T) {
	es := []model.Event{
		ev(model.Day(2024, time.March, 14), model.MetricOther, "CAC 40 fell", "a"),
		ev(model.Day(2024, time.March, 14), model.MetricOther, "Dow fell", "b"),
		ev(model.Day(2024, time.January, 2), model.MetricOther, "Early", "c"),
	}
	test.NewTempApp(t)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(es)
	w := test.NewTempWindow(t, tl)
	w.Resize(fyne.NewSize(800, 260))
	if !tl.zoomInto(layout.Cluster{Events: []int{0, 1}}) {
		t.Fatal("the cluster of 14 March did not open")
	}
	from, to := tl.VisibleRange()
	day := time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC)
	if from.After(day) || to.Before(day.Add(24*time.Hour)) {
		t.Errorf("opening the cluster of 14 March shows %v .. %v, not the whole day", from, to)
	}
	before := tl.View()
	if tl.zoomInto(layout.Cluster{Events: []int{0, 1}}) || tl.View() != before {
		t.Errorf("opening it again changed the view from %v to %v", before, tl.View())
	}
}

// A query whose matches all lie outside the view brings them into it; one
// that matches an event in view leaves the view alone.
func TestMatchesComeIntoView(t *testing.T) {
	for _, c := range []struct {
		name  string
		match []bool
		moved bool
	}{
		{"only the 2013 launch", []bool{true, false, false, false, false}, true},
		{"the launch and January", []bool{true, true, false, false, false}, true},
		{"one in view", []bool{true, false, true, false, false}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tl, w := newTimeline(t)
			w.Canvas().Refresh(tl)
			u, _ := tl.Scale().EventU(2) // 4 October 2021
			tl.SetView(layout.View{U0: u - 0.01, U1: u + 0.01})
			before := tl.View()
			tl.SetMatch(c.match)
			inView := false
			for i, m := range c.match {
				if v, ok := tl.Scale().EventU(i); m && ok && v >= tl.View().U0 && v <= tl.View().U1 {
					inView = true
				}
			}
			if !inView {
				t.Errorf("no match in view %v after the query", tl.View())
			}
			if moved := tl.View() != before; moved != c.moved {
				t.Errorf("view moved: %v, want %v", moved, c.moved)
			}
		})
	}
}
