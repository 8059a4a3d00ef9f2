package layout

import (
	"image/color"
	"math"
	"sort"
	"time"

	"github.com/claimline/claimline/model"
)

// precise reports whether d is a single day.
func precise(d model.Date) bool {
	return (d.Precision == model.PrecisionDay || d.Precision == model.PrecisionHour) && !d.Range && !d.Approx
}

// maxSharedBars is the most events of one extent drawn as bars each.
const maxSharedBars = 3

// maxDayBars is the most day-only events of one wide day drawn as bars each,
// stacked over the day, on the axis (the labels' rows start above the
// stack); in a lane, whose strip is low, it is maxSharedBars.
const maxDayBars = 5

// dayOnly reports whether d is known to the day and no finer: one day,
// without an hour. Its place on the axis is its day's noon (or, among
// several of one day, a point spread over the day), neither of which is a
// time its source gave: once a day is wide enough on screen to draw over
// (at least the gap between two markers), it is drawn as a bar over its
// whole day (laneMarkers) rather than as a point at an invented hour.
func dayOnly(d model.Date) bool {
	return d.Valid() && d.Precision == model.PrecisionDay && !Wide(d)
}

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

// markers places the events in view, lane by lane (or all on the axis
// when there are no lanes; the events of hidden lanes are left out). Events
// closer than a cluster's width are grouped: a group grows while each next
// event is near the previous one (up to two cluster widths), then
// neighbouring groups whose centres are still too close merge, so that no
// two markers or clusters of a lane overlap.
func (l *Layout) markers(s *Scale, events []model.Event, o *Options) {
	ts := o.TextSize
	r := ts * 0.45
	cr := ts * 0.8
	slack := float64(cr) / l.pxPerU
	lo := sort.SearchFloat64s(s.u, l.View.U0-slack)
	hi := sort.SearchFloat64s(s.u, l.View.U1+slack)
	type row struct {
		lane int
		y    float32
	}
	rows := []row{{-1, l.AxisY}}
	if o.Lanes.Len() > 0 {
		rows = rows[:0]
		for _, ln := range l.Lanes {
			rows = append(rows, row{ln.Lane, ln.Y})
		}
	}
	for _, rw := range rows {
		keep := func(i int) bool { return rw.lane < 0 || o.Lanes.laneOf(i) == rw.lane }
		m0, c0 := len(l.Markers), len(l.Clusters)
		l.laneMarkers(s, events, o, lo, hi, rw.y, r, cr, keep)
		l.spreadAnchors(l.Markers[m0:], l.Clusters[c0:], o.TextSize)
	}
}

// spreadAnchors moves the anchor (X) of each bar of a lane along its
// extent away from the other anchors of the lane, to the point nearest its
// middle that is at least sep from them all (or, when none is, the one
// farthest from them): two bars of one month stacked over each other, or a
// bar and a day in its middle, would otherwise have their labels' leader
// lines on top of each other, and a label clear of one leader could never
// be clear of the other. Points and clusters keep their places; narrower
// bars, which have less room, choose first.
func (l *Layout) spreadAnchors(ms []Marker, cs []Cluster, sep float32) {
	var bars []int
	for k := range ms {
		if ms[k].Bar {
			bars = append(bars, k)
		}
	}
	if len(bars) == 0 {
		return
	}
	sort.SliceStable(bars, func(a, b int) bool {
		return ms[bars[a]].X1-ms[bars[a]].X0 < ms[bars[b]].X1-ms[bars[b]].X0
	})
	fixed := make([]float32, 0, len(ms)+len(cs))
	for k := range ms {
		if !ms[k].Bar {
			fixed = append(fixed, ms[k].X)
		}
	}
	for _, c := range cs {
		fixed = append(fixed, c.X)
	}
	nearest := func(x float32) float32 {
		d := float32(math.MaxFloat32)
		for _, f := range fixed {
			d = min(d, abs32(x-f))
		}
		return d
	}
	const steps = 8 // candidate points: the middle, then sixteenths outwards
	for _, k := range bars {
		m := &ms[k]
		best, bestD := m.X, nearest(m.X)
		for n := 1; bestD < sep && n < steps-1; n++ {
			// n = 1, 2, 3…: the points n/16 of the bar on either side of
			// its anchor, nearest first, kept inside the bar and an
			// eighth of it from its ends.
			for _, sign := range []float32{-1, 1} {
				x := m.X + sign*float32(n)*(m.X1-m.X0)/(2*steps)
				if x < m.X0+(m.X1-m.X0)/steps || x > m.X1-(m.X1-m.X0)/steps {
					continue
				}
				if d := nearest(x); d > bestD {
					best, bestD = x, d
				}
			}
		}
		m.X = best
		fixed = append(fixed, best)
	}
}

// abs32 returns the absolute value of x.
func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// laneMarkers places the events of one lane (those keep accepts) on the
// line y. A date wider than the gap between two markers is a bar of its
// own, drawn under the points; so is a day-only date (dayOnly) when its
// day is that wide on screen. Bars that overlap stack in sub-rows above the
// line, up to maxSharedBars (maxDayBars for the events of one day on the
// axis), the days first (they never overlap one another, and a day that
// lost its row would be a point at an invented hour); the other bars, and
// narrower dates, are grouped like points at their middle. More day-only
// events of one wide day than can stack are one cluster at the day's
// middle, bracketing the whole day: nothing tells their hours apart, so
// zooming in never separates them.
func (l *Layout) laneMarkers(s *Scale, events []model.Event, o *Options, lo, hi int, y, r, cr float32, keep func(int) bool) {
	minGap := dayBarGap(o)
	bar := make(map[int]bool)
	wide := make([]int, 0, len(s.wide))
	for _, k := range s.wide {
		if keep(s.order[k]) {
			wide = append(wide, k)
		}
	}
	sort.SliceStable(wide, func(a, b int) bool { return s.ext[s.order[wide[a]]][0] < s.ext[s.order[wide[b]]][0] })
	// Many dates of one extent (claims of one month) draw one cluster at
	// their middle rather than a stack of bars.
	shared := make(map[[2]float64]int)
	for _, k := range wide {
		shared[s.ext[s.order[k]]]++
	}
	wideDays := l.wideDays(s, events, keep, minGap)
	type cand struct {
		k      int
		x0, x1 float32
		rows   int // the most sub-rows it may take
	}
	dayRows := maxDayBars
	if o.Lanes.Len() > 0 {
		dayRows = maxSharedBars
	}
	var cands []cand
	for _, d := range wideDays {
		if len(d.ks) <= dayRows {
			for _, k := range d.ks {
				cands = append(cands, cand{k, d.x0, d.x1, dayRows})
			}
		}
	}
	for _, k := range wide {
		i := s.order[k]
		x0, x1 := l.barX(s, i)
		if x1-x0 < minGap || x1 < l.x0 || x0 > l.x1 || shared[s.ext[i]] > maxSharedBars {
			continue
		}
		cands = append(cands, cand{k, x0, x1, maxSharedBars})
	}
	var rows [][][2]float32 // per sub-row: the extents of its bars
	barH := r * 1.2
	for _, c := range cands {
		sub := -1
		for j, row := range rows[:min(len(rows), c.rows)] {
			free := true
			for _, b := range row {
				free = free && (c.x0 >= b[1]+1 || c.x1+1 <= b[0])
			}
			if free {
				sub = j
				break
			}
		}
		if sub < 0 {
			if len(rows) >= c.rows {
				continue
			}
			rows = append(rows, nil)
			sub = len(rows) - 1
		}
		rows[sub] = append(rows[sub], [2]float32{c.x0, c.x1})
		bar[c.k] = true
		if c.k < lo || c.k >= hi {
			l.Visible++ // in view by its extent, not by its middle
		}
		m := l.marker(s, events, o, c.k, y-float32(sub)*(barH+2), r)
		if !m.Bar {
			l.asBar(&m, c.x0, c.x1, r)
		}
		l.Markers = append(l.Markers, m)
	}
	// The day-only events of a wide day left without a bar (a crowd, or
	// no free row) stand together at the day's middle, over the day.
	dayOf := make(map[int]int) // index into s.order -> index into wideDays
	for n, d := range wideDays {
		for _, k := range d.ks {
			if bar[k] {
				continue
			}
			dayOf[k] = n
			if k < lo || k >= hi {
				l.Visible++
			}
		}
	}
	type span struct {
		ks  []int   // indexes into s.order
		sum float64 // of the events' x, for the centre
	}
	centre := func(g span) float32 { return float32(g.sum / float64(len(g.ks))) }
	var groups []span
	push := func(g span) {
		for len(groups) > 0 && centre(g)-centre(groups[len(groups)-1]) < minGap {
			top := groups[len(groups)-1]
			groups = groups[:len(groups)-1]
			g = span{ks: append(top.ks, g.ks...), sum: top.sum + g.sum}
		}
		groups = append(groups, g)
	}
	// The points in view, in order of their x: each event at its place,
	// the day-only events of a wide day without a bar all at the day's
	// middle.
	type point struct {
		x  float32
		ks []int
	}
	var points []point
	for k := lo; k < hi; k++ {
		if !keep(s.order[k]) {
			continue
		}
		l.Visible++
		if _, ok := dayOf[k]; bar[k] || ok {
			continue
		}
		points = append(points, point{l.xOfU(s.u[k]), []int{k}})
	}
	for _, d := range wideDays {
		var ks []int
		for _, k := range d.ks {
			if _, ok := dayOf[k]; ok {
				ks = append(ks, k)
			}
		}
		if len(ks) > 0 {
			points = append(points, point{(d.x0 + d.x1) / 2, ks})
		}
	}
	if len(dayOf) > 0 {
		sort.SliceStable(points, func(a, b int) bool { return points[a].x < points[b].x })
	}
	var cur span
	var first, last float32
	for _, p := range points {
		x := p.x
		if len(cur.ks) > 0 && x-last < minGap && x-first < 2*minGap {
			cur.ks, cur.sum, last = append(cur.ks, p.ks...), cur.sum+float64(x)*float64(len(p.ks)), x
			continue
		}
		if len(cur.ks) > 0 {
			push(cur)
		}
		cur, first, last = span{ks: append([]int(nil), p.ks...), sum: float64(x) * float64(len(p.ks))}, x, x
	}
	if len(cur.ks) > 0 {
		push(cur)
	}
	days := make(map[int][2]float32, len(dayOf))
	for k, n := range dayOf {
		days[k] = [2]float32{wideDays[n].x0, wideDays[n].x1}
	}
	if o.Spread {
		// The events of a crowded wide day stay a cluster over their
		// day: spread apart, each would point at an hour no source gave.
		var ks []int
		crowds := make(map[int][]int)
		for _, g := range groups {
			for _, k := range g.ks {
				if n, ok := dayOf[k]; ok {
					crowds[n] = append(crowds[n], k)
				} else {
					ks = append(ks, k)
				}
			}
		}
		if l.spread(s, events, o, ks, y, r) {
			for n := range wideDays {
				if c := crowds[n]; len(c) > 0 {
					l.group(s, events, o, c, y, r, cr, days)
				}
			}
			return
		}
	}
	for _, g := range groups {
		l.group(s, events, o, g.ks, y, r, cr, days)
	}
}

// wideDay is a day, wide on screen, and its day-only events in a lane.
type wideDay struct {
	x0, x1 float32 // where the day starts and ends on screen
	ks     []int   // indexes into s.order, in order
}

// wideDays returns the days at least minGap wide on screen that overlap
// the plot area, each with the day-only events (dayOnly) of it that keep
// accepts, in order. A view where a day is narrower, as most are, has
// none, and costs one comparison.
func (l *Layout) wideDays(s *Scale, events []model.Event, keep func(int) bool, minGap float32) []wideDay {
	if l.pxPerU < float64(minGap) {
		return nil // a day is at most one axis unit wide
	}
	// A day-only event's place lies inside its day, at most one axis
	// unit from the view's ends when its day overlaps the view.
	lo := sort.SearchFloat64s(s.u, l.View.U0-1)
	hi := sort.SearchFloat64s(s.u, l.View.U1+1)
	var out []wideDay
	at := make(map[int64]int)
	for k := lo; k < hi; k++ {
		i := s.order[k]
		d := events[i].Date
		if !keep(i) || !dayOnly(d) {
			continue
		}
		start := d.Start.Truncate(24 * time.Hour)
		if n, ok := at[start.Unix()]; ok {
			out[n].ks = append(out[n].ks, k)
			continue
		}
		t := days(start)
		x0, x1 := l.xOfU(s.U(t)), l.xOfU(s.U(t+1))
		if x1-x0 < minGap || x1 < l.x0 || x0 > l.x1 {
			continue
		}
		at[start.Unix()] = len(out)
		out = append(out, wideDay{x0: x0, x1: x1, ks: []int{k}})
	}
	return out
}

// spread places the point events ks (indexes into s.order, in date order)
// each as its own marker on the line y, moved sideways as little as keeps
// neighbours a marker and a gap apart and inside the plot area (Options.Spread);
// a marker moved off its date is raised a little, to be joined to it by a
// line (Marker.Moved).
// It returns false, placing nothing, when they cannot all stand apart.
func (l *Layout) spread(s *Scale, events []model.Event, o *Options, ks []int, y, r float32) bool {
	if len(ks) == 0 {
		return true
	}
	// A bar wider than two markers is drawn over its date's whole extent
	// and never moves (moved, it said the wrong dates, and left the plot):
	// only points and bars about a marker wide are spread, and the wide
	// bars' anchors are spread along them after (spreadAnchors).
	gap := 2*r + o.TextSize/3
	var bars []Marker
	var points []int
	for _, k := range ks {
		if m := l.marker(s, events, o, k, y, r); m.Bar && m.X1-m.X0 > 2*gap {
			bars = append(bars, m)
		} else {
			points = append(points, k)
		}
	}
	if room := l.x1 - l.x0; len(points) > 1 && float32(len(points)-1)*gap > room {
		gap = room / float32(len(points)-1)
		if gap < 2*r+2 {
			return false
		}
	}
	l.Markers = append(l.Markers, bars...)
	rise := o.TextSize * 0.8 // a moved marker's top stays under the lowest labels
	xs := spreadOut(func(j int) float32 { return l.xOfU(s.u[points[j]]) }, len(points), gap, l.x0, l.x1)
	for j, k := range points {
		m := l.marker(s, events, o, k, y, r)
		dx := xs[j] - m.X
		if m.Bar { // a short bar moved stays whole inside the plot
			dx = min(max(dx, l.x0-m.X0), l.x1-m.X1)
		}
		if abs32(dx) > 0.5 {
			m.Moved, m.DateX, m.LineY = true, m.X, y
			m.X += dx
			m.Y -= rise
			m.BadgeX += dx
			m.BadgeY -= rise
			if m.Bar {
				m.X0, m.X1 = m.X0+dx, m.X1+dx
			}
		}
		l.Markers = append(l.Markers, m)
	}
	return true
}

// spreadOut returns n positions, in order, at least gap apart and inside
// [lo, hi] when they fit, each as near the wanted x(j) (non-decreasing in j)
// as that allows: runs of points too close are centred on their mean
// (the least squares' answer), then pushed inside the bounds.
func spreadOut(x func(j int) float32, n int, gap, lo, hi float32) []float32 {
	type block struct {
		first, n int
		sum      float64 // of x(j) - (j-first)×gap over the block
	}
	start := func(b block) float64 { return b.sum / float64(b.n) }
	var bs []block
	for j := 0; j < n; j++ {
		b := block{first: j, n: 1, sum: float64(x(j))}
		for len(bs) > 0 {
			p := bs[len(bs)-1]
			if start(p)+float64(p.n)*float64(gap) <= start(b) {
				break
			}
			// Merge: b's points follow p's, each gap after the last.
			bs = bs[:len(bs)-1]
			b = block{first: p.first, n: p.n + b.n, sum: p.sum + b.sum - float64(b.n)*float64(p.n)*float64(gap)}
		}
		bs = append(bs, b)
	}
	out := make([]float32, n)
	for _, b := range bs {
		x0 := float32(start(b))
		for j := 0; j < b.n; j++ {
			out[b.first+j] = x0 + float32(j)*gap
		}
	}
	for j := range out {
		out[j] = max(out[j], lo)
		if j > 0 {
			out[j] = max(out[j], out[j-1]+gap)
		}
	}
	for j := n - 1; j >= 0; j-- {
		out[j] = min(out[j], hi)
		if j < n-1 {
			out[j] = min(out[j], out[j+1]-gap)
		}
	}
	return out
}

// ts4 is a quarter of the text size.
func ts4(o *Options) float32 { return o.TextSize / 4 }

// dayBarGap is the gap between two markers (two cluster widths and a
// quarter of the text size): the least width on screen of a date drawn as a
// bar, and of a day for its day-only events to be drawn over it.
func dayBarGap(o *Options) float32 { return 2*o.TextSize*0.8 + ts4(o) }

// group adds the marker or cluster for the events s.order[k] of ks; days
// holds where the day of each day-only event of a wide day starts and ends
// on screen (wideDays): such an event stands at its day's middle and
// spans the day.
func (l *Layout) group(s *Scale, events []model.Event, o *Options, ks []int, y, r, cr float32, days map[int][2]float32) {
	if len(days) > 0 {
		// A wide day's events stand at its middle, not in date order
		// among the others: the cluster lists its events in date order.
		ks = append([]int(nil), ks...)
		sort.Ints(ks)
	}
	ids := make([]int, len(ks))
	for n, k := range ks {
		ids[n] = s.order[k]
	}
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
		m := l.marker(s, events, o, ks[0], y, r)
		if d, ok := days[ks[0]]; ok {
			l.asBar(&m, d[0], d[1], r)
		}
		l.Markers = append(l.Markers, m)
		return
	}
	var sum float64
	col := l.colorOf(s, o, ks[0])
	for _, k := range ks {
		if d, ok := days[k]; ok {
			sum += float64(d[0]+d[1]) / 2
		} else {
			sum += float64(l.xOfU(s.u[k]))
		}
		if l.colorOf(s, o, k) != col {
			col = MixedColor()
		}
	}
	x := float32(sum / float64(len(ids)))
	c := Cluster{Events: ids, X: x, Y: y, R: cr, Count: len(ids), CountText: itoa(len(ids)), Color: col,
		Matches: matches, Dim: matches == 0, Selected: selected, Conflict: conflict}
	c.X0, c.X1 = l.spanOf(s, events, ks, days)
	c.Crowd = sameWideDay(ks, days) || sharedExtent(s, ks)
	c.Span = c.X1-c.X0 > 2*cr
	if conflict {
		c.BadgeR = r * 0.75
		c.BadgeX, c.BadgeY = x+cr*0.8, y-cr*0.8
	}
	l.Clusters = append(l.Clusters, c)
}

// sameWideDay reports whether the events s.order[k] of ks are all day-only
// events of one wide day (days, see group).
func sameWideDay(ks []int, days map[int][2]float32) bool {
	d, ok := days[ks[0]]
	for _, k := range ks[1:] {
		ok = ok && days[k] == d
	}
	return ok
}

// sharedExtent reports whether the events s.order[k] of ks all have one
// date wider than a day, and are more than stack as bars over it
// (maxSharedBars): at any zoom they stay one group at its middle.
func sharedExtent(s *Scale, ks []int) bool {
	e := s.ext[s.order[ks[0]]]
	if len(ks) <= maxSharedBars || !(e[1] > e[0]) {
		return false
	}
	for _, k := range ks[1:] {
		if s.ext[s.order[k]] != e {
			return false
		}
	}
	return true
}

// spanOf returns where the dates of the events s.order[k] of ks start and
// end on screen (a wide date by its whole extent, and so a day-only date
// whose day is wide, in days; a day or an hour at its date's place
// otherwise: not where events of one day are spread over it, so that a
// group of one narrow day spans nothing), clipped to the plot area.
func (l *Layout) spanOf(s *Scale, events []model.Event, ks []int, days map[int][2]float32) (float32, float32) {
	x0, x1 := float32(math.MaxFloat32), float32(-math.MaxFloat32)
	for _, k := range ks {
		i := s.order[k]
		a := l.xOfU(s.U(Position(events[i].Date)))
		b := a
		if s.ext[i][1] > s.ext[i][0] {
			a, b = l.barX(s, i)
		} else if d, ok := days[k]; ok {
			a, b = d[0], d[1]
		}
		x0, x1 = min(x0, a), max(x1, b)
	}
	return max(x0, l.x0), min(x1, l.x1)
}

// colorOf returns the colour of the event s.order[k]: its lane's, or its
// metric's when there are no lanes.
func (l *Layout) colorOf(s *Scale, o *Options, k int) color.NRGBA {
	if o.Lanes.Len() > 0 {
		return LaneColor(o.Lanes, o.Lanes.laneOf(s.order[k]))
	}
	return s.colors[k]
}

// barX returns where the extent of event i starts and ends on screen.
func (l *Layout) barX(s *Scale, i int) (float32, float32) {
	return l.xOfU(s.U(s.ext[i][0])), l.xOfU(s.U(s.ext[i][1]))
}

// marker returns the marker of the event s.order[k]: a point for a day or
// an hour, a bar over its whole extent (clipped to the plot area, and at
// least as wide as a point) for anything wider. A day drawn over its
// whole day is made a bar by its caller (asBar).
func (l *Layout) marker(s *Scale, events []model.Event, o *Options, k int, y, r float32) Marker {
	i := s.order[k]
	e := &events[i]
	conflict := s.disputed[i]
	x := l.xOfU(s.u[k])
	m := Marker{Event: i, X: x, Y: y, R: r, Color: l.colorOf(s, o, k), Precise: precise(e.Date),
		Dim: o.Match != nil && !(i < len(o.Match) && o.Match[i]), Selected: o.HasSelected && o.Selected == i,
		Sources: e.Articles(), Conflict: conflict, Unsure: i < len(o.unsure) && o.unsure[i]}
	if conflict {
		m.BadgeR = r * 0.75
		m.BadgeX, m.BadgeY = m.X+r*0.9, y-r*0.9
	}
	if s.ext[i][1] > s.ext[i][0] {
		x0, x1 := l.barX(s, i)
		l.asBar(&m, x0, x1, r)
	}
	return m
}

// asBar makes m a bar from x0 to x1 (clipped to the plot area, and at least
// as wide as a point), its anchor X kept inside it.
func (l *Layout) asBar(m *Marker, x0, x1, r float32) {
	x0, x1 = max(x0, l.x0), min(x1, l.x1)
	if x1-x0 < 2*r {
		c := (x0 + x1) / 2
		x0, x1 = c-r, c+r
	}
	m.Bar, m.X0, m.X1, m.BarH = true, x0, x1, r*1.2
	if m.X < x0 || m.X > x1 {
		m.X = (x0 + x1) / 2
	}
	if m.Conflict {
		m.BadgeX = m.X1
	}
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
