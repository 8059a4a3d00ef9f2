package layout

import (
	"math"
	"sort"

	"github.com/claimline/claimline/model"
)

// legend lays out one entry per lane (or per metric present when there are
// no lanes), then the symbols used, on one line at the top (two with
// lanes); entries that do not fit are left out. It returns the
// legend's bottom edge.
func (l *Layout) legend(s *Scale, o *Options) float32 {
	ts := o.TextSize
	present := make(map[model.Metric]bool, len(s.metrics))
	for _, m := range s.metrics {
		present[m] = true
	}
	conflict, imprecise, approx, unsure := s.conflict, s.imprecise, s.approx, o.anyUnsure
	var items []LegendItem
	metrics := model.Metrics
	if ls := o.Lanes; ls.Len() > 0 {
		// The lanes replace the metrics: one entry each, hidden or not.
		for k, n := range ls.Names {
			items = append(items, LegendItem{Text: n, Color: LaneColor(ls, k), Kind: "lane", Lane: k, Hidden: o.hidden(k)})
		}
		metrics, present = nil, nil
		// The symbols explain the marks of the lanes shown: a hidden
		// lane's are not drawn, and with every lane hidden none is.
		conflict, imprecise, approx, unsure = false, false, false, false
		for i := range s.events {
			if math.IsNaN(s.pos[i]) || o.hidden(ls.laneOf(i)) {
				continue
			}
			conflict = conflict || s.disputed[i]
			imprecise = imprecise || s.marks[i] == markBar
			approx = approx || s.marks[i] == markHollow
			unsure = unsure || i < len(o.unsure) && o.unsure[i]
		}
	}
	for _, m := range metrics {
		if present[m] {
			items = append(items, LegendItem{Metric: m, Text: o.Words.Metric(m), Color: MetricColor(m), Kind: "metric", Lane: -1})
			delete(present, m)
		}
	}
	var rest []model.Metric
	for m := range present {
		rest = append(rest, m)
	}
	sort.Slice(rest, func(a, b int) bool { return rest[a] < rest[b] })
	for _, m := range rest {
		items = append(items, LegendItem{Metric: m, Text: o.Words.Metric(m), Color: MetricColor(m), Kind: "metric", Lane: -1})
	}
	if unsure {
		items = append(items, LegendItem{Text: o.Words.LessSure, Color: MixedColor(), Kind: "unsure", Lane: -1})
	}
	switch {
	case l.dayBars:
		// Days are bars too at this zoom: the entry names them.
		items = append(items, LegendItem{Text: o.Words.ImpreciseDays, Color: MixedColor(), Kind: "imprecise", Lane: -1})
	case imprecise:
		items = append(items, LegendItem{Text: o.Words.Imprecise, Color: MixedColor(), Kind: "imprecise", Lane: -1})
	}
	if approx {
		items = append(items, LegendItem{Text: o.Words.Approx, Color: MixedColor(), Kind: "approx", Lane: -1})
	}
	if conflict {
		items = append(items, LegendItem{Text: o.Words.Conflict, Color: ConflictColor(), Kind: "conflict", Lane: -1})
	}
	size := ts * 0.8
	lineH := ts * 1.4
	// The legend starts at the left margin, over the lanes' names too.
	left := min(l.x0, ts*1.5)
	x, y := left, ts/2
	right := o.Width - ts/2
	if o.Status != "" {
		l.Status, l.StatusW = o.Status, o.Measure(o.Status, ts)
		l.StatusX, l.StatusY = right-l.StatusW, y
		right = l.StatusX - ts
	}
	// With lanes, every lane needs its entry (to show or hide it): the
	// legend takes a second line when the first is full.
	lines := 1
	if o.Lanes.Len() > 0 {
		lines = 2
	}
	for _, it := range items {
		w := o.Measure(it.Text, ts)
		if x+size+ts/3+w > right && lines > 1 && x > left {
			lines--
			x, y = left, y+lineH
			right = o.Width - ts/2
		}
		it.X, it.Y, it.Size = x, y+(lineH-size)/2, size
		it.TextX = x + size + ts/3
		it.TextW = w
		if it.TextX+it.TextW > right {
			break
		}
		l.Legend = append(l.Legend, it)
		x = it.TextX + it.TextW + ts*1.2
	}
	if o.Lanes.Len() > 0 {
		// Both lines are kept, full or not, so that the lanes do not move
		// when a query's status takes room on the first.
		return ts/2 + 2*lineH
	}
	return y + lineH
}

// drawsDayBars reports whether the view draws day-only events over their
// whole day (their day is wide on screen, see wideDays), in a lane that is
// shown.
func (l *Layout) drawsDayBars(s *Scale, events []model.Event, o *Options) bool {
	keep := func(i int) bool { return o.Lanes.Len() == 0 || !o.hidden(o.Lanes.laneOf(i)) }
	return len(l.wideDays(s, events, keep, dayBarGap(o))) > 0
}
