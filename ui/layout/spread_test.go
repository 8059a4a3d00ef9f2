package layout

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

func TestSpreadOut(t *testing.T) {
	tests := []struct {
		name   string
		xs     []float32
		gap    float32
		lo, hi float32
		want   []float32
	}{
		{"apart stay put", []float32{10, 50, 90}, 10, 0, 100, []float32{10, 50, 90}},
		{"same place centred", []float32{50, 50, 50}, 10, 0, 100, []float32{40, 50, 60}},
		{"runs merge", []float32{50, 50, 62}, 10, 0, 100, []float32{44, 54, 64}},
		{"pushed in from the right", []float32{98, 98, 98}, 10, 0, 100, []float32{80, 90, 100}},
		{"pushed in from the left", []float32{0, 0}, 10, 0, 100, []float32{0, 10}},
	}
	for _, tt := range tests {
		got := spreadOut(func(j int) float32 { return tt.xs[j] }, len(tt.xs), tt.gap, tt.lo, tt.hi)
		for j := range got {
			if d := got[j] - tt.want[j]; d > 0.01 || d < -0.01 {
				t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}

// TestSpreadDrawsEveryEvent checks that Options.Spread draws each event of
// a crowd as its own marker, apart from the others, joined to its date,
// where the same layout without it draws clusters.
func TestSpreadDrawsEveryEvent(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		span   float64
		spread bool
		want   bool // every event its own marker
	}{
		{"a crowd clusters", 20, 120, false, false},
		{"a crowd spreads", 20, 120, true, true},
		{"three dozen spread", 36, 20, true, true},
		{"more than the width holds cluster", 400, 3, true, false},
	}
	for _, tt := range tests {
		es := dense(tt.n, tt.span, 3)
		l := Compute(es, Options{Width: 1200, Height: 600, Spread: tt.spread})
		if got := len(l.Clusters) == 0 && len(l.Markers) == tt.n; got != tt.want {
			t.Errorf("%s: %d markers and %d clusters of %d events", tt.name, len(l.Markers), len(l.Clusters), tt.n)
			continue
		}
		if !tt.want {
			continue
		}
		points := 0
		var last float32
		for _, m := range l.Markers {
			if m.Bar {
				continue
			}
			if points > 0 && m.X-last < 2*m.R {
				t.Errorf("%s: markers at %v and %v overlap", tt.name, last, m.X)
			}
			if m.Moved && (m.Y >= m.LineY || m.DateX < l.x0 || m.DateX > l.x1) {
				t.Errorf("%s: moved marker at %v,%v not joined to its date %v on %v", tt.name, m.X, m.Y, m.DateX, m.LineY)
			}
			points++
			last = m.X
		}
	}
}

// TestSpreadKeepsBarsOnTheirDates lays out, as the export does (Spread), a
// week's story with many figures known only to the month: a bar is drawn
// over its date's whole extent, never moved sideways off it (ten bars of
// one month were shifted by up to a hundred pixels, before the month and
// out of the plot), and a short bar moved apart stays inside the plot.
func TestSpreadKeepsBarsOnTheirDates(t *testing.T) {
	week := func(months int) []model.Event {
		var es []model.Event
		for i := range months {
			es = append(es, ev(model.MonthOf(2024, time.March), model.MetricOther, fmt.Sprintf("figure %d of March", i), "a"))
		}
		for d := 11; d <= 18; d++ {
			es = append(es, ev(model.Day(2024, time.March, d), model.MetricEvent, fmt.Sprintf("what happened on %d March", d), "b"))
		}
		es = append(es, ev(model.MonthOf(2023, time.October), model.MetricOther, "the plant's last inspection", "c"))
		sort.SliceStable(es, func(a, b int) bool { return es[a].Date.Compare(es[b].Date) < 0 })
		return es
	}
	tests := []struct {
		name   string
		months int // events dated March 2024 only
		width  float32
	}{
		{"ten March figures", 10, 1920},
		{"four March figures", 4, 1920},
		{"ten March figures, narrow", 10, 800},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := week(tt.months)
			l := Compute(es, Options{Width: tt.width, Height: 700, TextSize: 16, Spread: true})
			x0, x1 := l.PlotX()
			bars := 0
			for _, m := range l.Markers {
				if !m.Bar {
					continue
				}
				bars++
				if m.X0 < x0-0.5 || m.X1 > x1+0.5 {
					t.Errorf("%s: bar %.0f–%.0f out of the plot %.0f–%.0f", es[m.Event].Label, m.X0, m.X1, x0, x1)
				}
				from, to := extent(es[m.Event].Date)
				if w0, w1 := max(l.X(from), x0), min(l.X(to), x1); w1-w0 > 4*16 && (abs32(m.X0-w0) > 0.5 || abs32(m.X1-w1) > 0.5) {
					t.Errorf("%s: bar %.0f–%.0f, its month is %.0f–%.0f", es[m.Event].Label, m.X0, m.X1, w0, w1)
				}
			}
			if bars == 0 {
				t.Error("no bar drawn for the month-wide figures")
			}
		})
	}
}
