package export

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// strokes records the segments stroked on it (a surface that writes
// nothing).
type strokes struct{ lines [][2][2]float64 }

func (s *strokes) fill(shape, color.NRGBA) {}
func (s *strokes) stroke(sh shape, w, dash float64, c color.NRGBA) {
	if len(sh) == 2 && sh[0].op == 'M' && sh[1].op == 'L' {
		s.lines = append(s.lines, [2][2]float64{sh[0].p[0], sh[1].p[0]})
	}
}
func (s *strokes) text(x, y float64, str string, st Style, px float64, c color.NRGBA) {}
func (s *strokes) WriteTo(io.Writer) (int64, error)                                   { return 0, nil }

// spreadTimeline returns n events of one article, a few on each day over
// days days: too many to stand apart in an image, so that its clusters
// group events of neighbouring days.
func spreadTimeline(n, days int) *model.Timeline {
	art := &model.Article{Name: "a.txt", Title: "Daily figures", Published: model.Day(2025, time.June, 30)}
	var events []model.Event
	for i := range n {
		events = append(events, model.Event{ID: fmt.Sprintf("e%d", i), Date: model.Day(2025, time.March, 1+i*days/n),
			Metric: model.MetricEvent, Subject: "Plant", Label: fmt.Sprintf("Daily claim %03d", i+1),
			Sources: []model.Source{{Article: art.Name}}})
	}
	return &model.Timeline{Name: "Daily figures", Articles: []*model.Article{art}, Events: events}
}

// TestClusterBracketsDrawn checks that an exported cluster whose events
// span more than its badge is drawn with its bracket, from its first
// event's date to its last one's, as on screen.
func TestClusterBracketsDrawn(t *testing.T) {
	tests := []struct {
		name    string
		n, days int
		o       Options
	}{
		{"1920×1080, 400 events over 120 days", 400, 120, Options{Width: 1920, Height: 1080}},
		{"A4, 300 events over 90 days", 300, 90, Options{Width: 1123, Height: 794}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := listedDrawing(t, spreadTimeline(tt.n, tt.days), tt.o)
			rec := &strokes{}
			d.draw(&pen{s: rec, fonts: d.fonts})
			spans := 0
			for _, c := range d.lay.Clusters {
				if !c.Span {
					continue
				}
				spans++
				y := float64(c.Y) + d.pg.plotY
				found := false
				for _, l := range rec.lines {
					if math.Abs(l[0][0]-float64(c.X0)) < 0.5 && math.Abs(l[1][0]-float64(c.X1)) < 0.5 &&
						math.Abs(l[0][1]-y) < 0.5 && math.Abs(l[1][1]-y) < 0.5 {
						found = true
					}
				}
				if !found {
					t.Errorf("cluster of %d at %.0f: no bracket from %.0f to %.0f at y %.0f", c.Count, c.X, c.X0, c.X1, y)
				}
			}
			if spans == 0 {
				t.Fatalf("%d clusters, none spanning: the story is not dense enough to test the brackets", len(d.lay.Clusters))
			}
		})
	}
}
