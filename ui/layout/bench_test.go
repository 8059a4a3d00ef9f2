package layout

import "testing"

// BenchmarkPanStep10k measures one pan step over 10,000 events: the layout
// part of the target of 8 ms per pan or zoom step (layout plus the
// widget's refresh, measured in package ui/timeline).
func BenchmarkPanStep10k(b *testing.B) {
	es := dense(10000, 3650, 8)
	s := NewScale(es)
	v := s.Fit().Zoom(s, 3, 0.5)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v = v.Pan(s, 0.01)
		if v.U1 >= s.Fit().U1 {
			v = s.Fit().Zoom(s, 3, 0)
		}
		l := Compute(es, Options{Width: 1200, Height: 320, Scale: s, View: v})
		b.ReportMetric(float64(len(l.Markers)+len(l.Clusters)+len(l.Labels)+len(l.Ticks)), "items")
	}
}

// BenchmarkFitAll10k measures laying out 10,000 events at fit-all.
func BenchmarkFitAll10k(b *testing.B) {
	es := dense(10000, 3650, 9)
	s := NewScale(es)
	for i := 0; i < b.N; i++ {
		Compute(es, Options{Width: 1200, Height: 320, Scale: s})
	}
}

// BenchmarkRematch10k measures a keystroke's update of a fit-all layout of
// 10,000 events: the same layout with other events matching the query
// (Rematch), to compare with BenchmarkFitAll10k, which lays them out
// afresh.
func BenchmarkRematch10k(b *testing.B) {
	es := dense(10000, 3650, 9)
	s := NewScale(es)
	o := Options{Width: 1200, Height: 320, Scale: s, WrapLabels: true}
	l := Compute(es, o)
	matches := make([][]bool, 7)
	for k := range matches {
		matches[k] = make([]bool, len(es))
		for i := range es {
			matches[k][i] = i%(k+2) == 0
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		o.Match = matches[i%len(matches)]
		o.Status = statusOf(o.Match)
		l = l.Rematch(es, o)
	}
}
