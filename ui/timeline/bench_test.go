package timeline

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// manyEvents returns n events spread over five years, in date order, with
// some conflicts and several sources each.
func manyEvents(n int) []model.Event {
	r := rand.New(rand.NewSource(1))
	base := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	es := make([]model.Event, n)
	for i := range es {
		t := base.AddDate(0, 0, r.Intn(5*365))
		d := model.Day(t.Year(), t.Month(), t.Day())
		if i%9 == 0 {
			d = model.MonthOf(t.Year(), t.Month())
		}
		es[i] = ev(d, model.Metrics[i%len(model.Metrics)], fmt.Sprintf("Synthetic event %d with a realistic label length", i), "a", "b")
		if i%13 == 0 {
			es[i].Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "x or y"}}
		}
	}
	sort.SliceStable(es, func(a, b int) bool { return es[a].Date.Compare(es[b].Date) < 0 })
	return es
}

// bigTimeline returns a 1200×320 timeline of 10,000 events in a test window.
func bigTimeline(tb testing.TB) *Timeline {
	test.NewTempApp(tb)
	tl := New(layout.Words{}, nil)
	tl.SetEvents(manyEvents(10000))
	w := test.NewTempWindow(tb, tl)
	w.Resize(fyne.NewSize(1200, 320))
	return tl
}

// objects returns the number of canvas objects the timeline draws.
func objects(tl *Timeline) int { return len(test.WidgetRenderer(tl).Objects()) }

// BenchmarkPanStep10k measures one drag step over 10,000 events, zoomed to
// a third of their span: the layout and the renderer's refresh. Target:
// under 8 ms per step, and at most a few hundred canvas objects (objects).
func BenchmarkPanStep10k(b *testing.B) {
	tl := bigTimeline(b)
	tl.SetView(tl.View().Zoom(tl.Scale(), 3, 0))
	dx := float32(-6)
	most := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if v := tl.View(); v.U1 >= tl.Scale().Fit().U1 || v.U0 <= tl.Scale().Fit().U0 {
			dx = -dx
		}
		tl.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: dx}})
		most = max(most, objects(tl))
	}
	b.ReportMetric(float64(most), "objects")
}

// BenchmarkZoomStep10k measures one wheel step over 10,000 events, zooming
// in and out around the pointer between fit-all and a few days. Target:
// under 8 ms per step, at most a few hundred canvas objects (objects).
func BenchmarkZoomStep10k(b *testing.B) {
	tl := bigTimeline(b)
	dy := float32(25)
	most := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		span := tl.View().Span()
		if span < 3 {
			dy = -25
		} else if span >= tl.Scale().Fit().Span() {
			dy = 25
		}
		tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(700, 200)}, Scrolled: fyne.Delta{DY: dy}})
		most = max(most, objects(tl))
	}
	b.ReportMetric(float64(most), "objects")
}

// TestObjectsStayFew checks that 10,000 events draw at most a few hundred
// canvas objects at every zoom, since only what is in view is drawn and
// dense events cluster.
func TestObjectsStayFew(t *testing.T) {
	tl := bigTimeline(t)
	for _, zoom := range []float64{1, 2, 8, 64, 1000, 20000} {
		tl.SetView(tl.Scale().Fit().Zoom(tl.Scale(), zoom, 0.5))
		if n := objects(tl); n > 600 || n == 0 {
			t.Errorf("zoom %v: %d canvas objects", zoom, n)
		}
	}
}
