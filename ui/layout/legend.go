package layout

import (
	"sort"

	"github.com/claimline/claimline/model"
)

// legend lays out one entry per metric present, then the symbols used, on
// one line at the top; entries that do not fit are left out. It returns the
// legend's bottom edge.
func (l *Layout) legend(s *Scale, o *Options) float32 {
	ts := o.TextSize
	present := make(map[model.Metric]bool, len(s.metrics))
	for _, m := range s.metrics {
		present[m] = true
	}
	conflict, imprecise := s.conflict, s.imprecise
	var items []LegendItem
	for _, m := range model.Metrics {
		if present[m] {
			items = append(items, LegendItem{Metric: m, Text: o.Words.Metric(m), Color: MetricColor(m), Kind: "metric"})
			delete(present, m)
		}
	}
	var rest []model.Metric
	for m := range present {
		rest = append(rest, m)
	}
	sort.Slice(rest, func(a, b int) bool { return rest[a] < rest[b] })
	for _, m := range rest {
		items = append(items, LegendItem{Metric: m, Text: o.Words.Metric(m), Color: MetricColor(m), Kind: "metric"})
	}
	if imprecise {
		items = append(items, LegendItem{Text: o.Words.Imprecise, Color: MixedColor(), Kind: "imprecise"})
	}
	if conflict {
		items = append(items, LegendItem{Text: o.Words.Conflict, Color: ConflictColor(), Kind: "conflict"})
	}
	size := ts * 0.8
	lineH := ts * 1.4
	x, y := l.x0, ts/2
	right := o.Width - ts/2
	if o.Status != "" {
		l.Status, l.StatusW = o.Status, o.Measure(o.Status, ts)
		l.StatusX, l.StatusY = right-l.StatusW, y
		right = l.StatusX - ts
	}
	for _, it := range items {
		it.X, it.Y, it.Size = x, y+(lineH-size)/2, size
		it.TextX = x + size + ts/3
		it.TextW = o.Measure(it.Text, ts)
		if it.TextX+it.TextW > right {
			break
		}
		l.Legend = append(l.Legend, it)
		x = it.TextX + it.TextW + ts*1.2
	}
	return y + lineH
}
