package layout

import (
	"sort"

	"github.com/claimline/claimline/model"
)

// precise reports whether d is a single day.
func precise(d model.Date) bool { return d.Precision == model.PrecisionDay && !d.Range && !d.Approx }

// markers places the events in view. Events closer than a cluster's width
// are grouped: a group grows while each next event is near the previous one
// (up to two cluster widths), then neighbouring groups whose centres are
// still too close merge, so that no two markers or clusters overlap.
func (l *Layout) markers(s *Scale, events []model.Event, o *Options) {
	ts := o.TextSize
	r := ts * 0.45
	cr := ts * 0.8
	y := l.AxisY
	slack := float64(cr) / l.pxPerU
	lo := sort.SearchFloat64s(s.u, l.View.U0-slack)
	hi := sort.SearchFloat64s(s.u, l.View.U1+slack)
	l.Visible = hi - lo
	minGap := 2*cr + ts/4
	type span struct {
		a, b int     // s.order[a:b]
		sum  float64 // of the events' x, for the centre
	}
	centre := func(g span) float32 { return float32(g.sum / float64(g.b-g.a)) }
	var groups []span
	push := func(g span) {
		for len(groups) > 0 && centre(g)-centre(groups[len(groups)-1]) < minGap {
			top := groups[len(groups)-1]
			groups = groups[:len(groups)-1]
			g = span{a: top.a, b: g.b, sum: top.sum + g.sum}
		}
		groups = append(groups, g)
	}
	var cur span
	var first, last float32
	for k := lo; k < hi; k++ {
		x := l.xOfU(s.u[k])
		if k > lo && x-last < minGap && x-first < 2*minGap {
			cur.b, cur.sum, last = k+1, cur.sum+float64(x), x
			continue
		}
		if k > lo {
			push(cur)
		}
		cur, first, last = span{a: k, b: k + 1, sum: float64(x)}, x, x
	}
	if hi > lo {
		push(cur)
	}
	for _, g := range groups {
		l.group(s, events, o, g.a, g.b, y, r, cr)
	}
}

// group adds the marker or cluster for the events s.order[a:b].
func (l *Layout) group(s *Scale, events []model.Event, o *Options, a, b int, y, r, cr float32) {
	ids := s.order[a:b]
	matches := 0
	conflict, selected := false, false
	for _, i := range ids {
		if o.Match == nil || (i < len(o.Match) && o.Match[i]) {
			matches++
		}
		conflict = conflict || s.disputed[i]
		selected = selected || (o.HasSelected && o.Selected == i)
	}
	if len(ids) == 1 {
		i := ids[0]
		e := &events[i]
		x := l.xOfU(s.u[a])
		m := Marker{Event: i, X: x, Y: y, R: r, Color: MetricColor(e.Metric), Precise: precise(e.Date),
			Dim: matches == 0, Selected: selected, Sources: e.Articles(), Conflict: conflict}
		if conflict {
			m.BadgeR = r * 0.75
			m.BadgeX, m.BadgeY = x+r*0.9, y-r*0.9
		}
		l.Markers = append(l.Markers, m)
		return
	}
	var sum float64
	col := s.colors[a]
	for k := range ids {
		sum += s.u[a+k]
		if s.colors[a+k] != col {
			col = MixedColor()
		}
	}
	x := l.xOfU(sum / float64(len(ids)))
	c := Cluster{Events: ids, X: x, Y: y, R: cr, Count: len(ids), CountText: itoa(len(ids)), Color: col,
		Matches: matches, Dim: matches == 0, Selected: selected, Conflict: conflict}
	if conflict {
		c.BadgeR = r * 0.75
		c.BadgeX, c.BadgeY = x+cr*0.8, y-cr*0.8
	}
	l.Clusters = append(l.Clusters, c)
}

// itoa formats a count.
func itoa(n int) string {
	if n < 1000 {
		return string(appendInt(nil, n))
	}
	return string(appendInt(nil, n/1000)) + "k"
}

// appendInt appends n in decimal.
func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}
