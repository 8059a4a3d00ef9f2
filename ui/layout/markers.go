package layout

import (
	"sort"
	"time"

	"github.com/claimline/claimline/model"
)

// precise reports whether d is a single day.
func precise(d model.Date) bool { return d.Precision == model.PrecisionDay && !d.Range && !d.Approx }

// maxSharedBars is the most events of one extent drawn as bars each.
const maxSharedBars = 3

// Wide reports whether d spans more than a day (a week, a month, a quarter,
// a half-year, a year or a range): it is drawn as a bar over its whole
// extent. A day or an hour is a point.
func Wide(d model.Date) bool {
	return d.Valid() && d.End.Sub(d.Start) >= 24*time.Hour
}

// extent returns the first and last instants d covers: an hour's range ends
// at its end, any other at the end of its last day.
func extent(d model.Date) (time.Time, time.Time) {
	if d.Precision == model.PrecisionHour {
		return d.Start, d.End
	}
	return d.Start, d.End.Add(24 * time.Hour)
}

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
	// A date wider than the gap between two markers is a bar of its own,
	// drawn under the points; narrower ones are grouped like points.
	// Dates of the same extent (claims of one month), when more than
	// maxSharedBars, are grouped like points at their middle, so that many
	// of them draw one cluster rather than bars on top of each other.
	bar := make(map[int]bool)
	shared := make(map[[2]float64]int)
	for _, k := range s.wide {
		shared[s.ext[s.order[k]]]++
	}
	for _, k := range s.wide {
		i := s.order[k]
		x0, x1 := l.barX(s, i)
		if x1-x0 < minGap || x1 < l.x0 || x0 > l.x1 || shared[s.ext[i]] > maxSharedBars {
			continue
		}
		bar[k] = true
		if k < lo || k >= hi {
			l.Visible++ // in view by its extent, not by its middle
		}
		l.Markers = append(l.Markers, l.marker(s, events, o, k, y, r))
	}
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
	started := false
	for k := lo; k < hi; k++ {
		if bar[k] {
			continue
		}
		x := l.xOfU(s.u[k])
		if started && x-last < minGap && x-first < 2*minGap {
			cur.b, cur.sum, last = k+1, cur.sum+float64(x), x
			continue
		}
		if started {
			push(cur)
		}
		cur, first, last, started = span{a: k, b: k + 1, sum: float64(x)}, x, x, true
	}
	if started {
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
		l.Markers = append(l.Markers, l.marker(s, events, o, a, y, r))
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

// barX returns where the extent of event i starts and ends on screen.
func (l *Layout) barX(s *Scale, i int) (float32, float32) {
	return l.xOfU(s.U(s.ext[i][0])), l.xOfU(s.U(s.ext[i][1]))
}

// marker returns the marker of the event s.order[k]: a point for a day or
// an hour, a bar over its whole extent (clipped to the plot area, and at
// least as wide as a point) for anything wider.
func (l *Layout) marker(s *Scale, events []model.Event, o *Options, k int, y, r float32) Marker {
	i := s.order[k]
	e := &events[i]
	conflict := s.disputed[i]
	x := l.xOfU(s.u[k])
	m := Marker{Event: i, X: x, Y: y, R: r, Color: MetricColor(e.Metric), Precise: precise(e.Date),
		Dim: o.Match != nil && !(i < len(o.Match) && o.Match[i]), Selected: o.HasSelected && o.Selected == i,
		Sources: e.Articles(), Conflict: conflict}
	if s.ext[i][1] > s.ext[i][0] {
		x0, x1 := l.barX(s, i)
		x0, x1 = max(x0, l.x0), min(x1, l.x1)
		if x1-x0 < 2*r {
			c := (x0 + x1) / 2
			x0, x1 = c-r, c+r
		}
		m.Bar, m.X0, m.X1, m.BarH = true, x0, x1, r*1.2
		if m.X < x0 || m.X > x1 {
			m.X = (x0 + x1) / 2
		}
	}
	if conflict {
		m.BadgeR = r * 0.75
		m.BadgeX, m.BadgeY = m.X+r*0.9, y-r*0.9
		if m.Bar {
			m.BadgeX = m.X1
		}
	}
	return m
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
