package layout

import (
	"image/color"
	"testing"

	"github.com/claimline/claimline/model"
)

// TestLaneColorsAreMetricColors checks that a lane of one metric is drawn
// in that metric's colour, as the export (which has no lanes) draws its
// events, and that the other lanes take colours no metric lane uses.
func TestLaneColorsAreMetricColors(t *testing.T) {
	d := model.Day(2021, 10, 4)
	es := []model.Event{
		ev(d, model.MetricNewUsers, "a", "x"), ev(d, model.MetricNewUsers, "b", "x"),
		ev(d, model.MetricRank, "c", "x"), ev(d, model.MetricEvent, "d", "x"),
		ev(d, model.MetricOther, "e", "x"),
	}
	es[0].Subject, es[1].Subject, es[2].Subject = "Telegram", "Signal", "Telegram"
	es[3].Subject, es[4].Subject = "Telegram", "Signal"
	tests := []struct {
		by   LaneBy
		name string // a lane's name
		want color.NRGBA
	}{
		{LaneByMeasure, English().Metric(model.MetricNewUsers), MetricColor(model.MetricNewUsers)},
		{LaneByMeasure, English().Metric(model.MetricRank), MetricColor(model.MetricRank)},
		{LaneByMeasure, English().Metric(model.MetricEvent), MetricColor(model.MetricEvent)},
	}
	for _, tt := range tests {
		ls := BuildLanes(es, nil, tt.by, Words{})
		found := false
		for k, n := range ls.Names {
			if n == tt.name {
				found = true
				if got := LaneColor(ls, k); got != tt.want {
					t.Errorf("lane %q: colour %v, want %v", n, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no lane %q in %v", tt.name, ls.Names)
		}
	}
	// By subject, both lanes mix metrics: two different colours, neither
	// grey.
	ls := BuildLanes(es, nil, LaneBySubject, Words{})
	if a, b := LaneColor(ls, 0), LaneColor(ls, 1); a == b || a == MixedColor() || b == MixedColor() {
		t.Errorf("subject lanes coloured %v and %v", a, b)
	}
	// The measure lane of a metric without a colour of its own takes one
	// no metric lane has.
	ls = BuildLanes(es, nil, LaneByMeasure, Words{})
	for k, n := range ls.Names {
		if n != English().Metric(model.MetricOther) {
			continue
		}
		c := LaneColor(ls, k)
		for j := range ls.Names {
			if j != k && LaneColor(ls, j) == c {
				t.Errorf("lane %q shares its colour %v with %q", n, c, ls.Names[j])
			}
		}
	}
}
