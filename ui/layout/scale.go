package layout

import (
	"image/color"
	"math"
	"sort"
	"time"

	"github.com/claimline/claimline/model"
)

// day is one day in seconds.
const day = 86400.0

// maxBreaks is the most compressed stretches a scale may have: beyond it the
// threshold for "empty" grows so that the axis keeps few, telling breaks.
const maxBreaks = 8

// breakShare is the length of a break on the axis, as a share of the
// longest gap kept to scale: short enough to leave the room to the events,
// long enough to show the break and say how long it is.
const breakShare = 0.6

// thresholds are the candidate lengths, in days, of the longest gap between
// two events that stays to scale; longer gaps are compressed into breaks.
var thresholds = []float64{1, 3, 7, 14, 31, 91, 183, 366, 731, 1827, 3653, 36525}

// Scale maps time onto axis units, in days, compressing long empty stretches
// between events into breaks of a fixed length. Each stretch between breaks is
// a segment that is linear in time. A Scale is built once per event set with
// NewScale and then shared by every layout computed for it (each pan or zoom
// step), so those steps do not sort the events again.
type Scale struct {
	pos    []float64    // per event: position in days since the Unix epoch; NaN when undated
	ext    [][2]float64 // per event: the days its date covers (start, end); equal for a day or an hour
	order  []int        // dated events sorted by position
	wide   []int        // indexes into order of the events whose date is wider than a day
	rank   []int        // per event: its index in order, -1 when undated
	u      []float64    // per order entry: axis unit
	segs   []segment
	gap    float64 // the longest gap kept to scale, in days; segments are padded by half of it
	brk    float64 // axis length of a break, in axis units
	events int
	// What the legend and the markers read of every event, read once
	// here rather than at each layout: a keystroke's new dimming lays out
	// every event again.
	metrics             []model.Metric // the events' metrics, each once, in the events' order
	disputed            []bool         // per event
	colors              []color.NRGBA  // per order entry: the event's metric colour
	conflict, imprecise bool           // some event is disputed; some is not a single day
}

// segment is a stretch of the axis that is linear in time.
type segment struct {
	t0, t1 float64 // days since the epoch
	u0     float64 // axis unit of t0
	prec   model.Precision
}

// u1 returns the axis unit of the segment's end.
func (s segment) u1() float64 { return s.u0 + s.t1 - s.t0 }

// days converts t to days since the Unix epoch.
func days(t time.Time) float64 { return float64(t.Unix()) / day }

// timeOf converts days since the Unix epoch to a time in UTC.
func timeOf(d float64) time.Time {
	return time.Unix(int64(math.Round(d*day)), 0).UTC()
}

// Position returns where date d sits on a time axis, in days since the Unix
// epoch: the middle of its span. Events with the same span (the same day, the
// same month...) share it: NewScale spreads them evenly over that day, or
// over the day around the middle of a longer span, so that zooming in
// separates them without placing any outside what its date says.
func Position(d model.Date) float64 {
	if d.Precision == model.PrecisionHour {
		// Mid counts the end's whole day, which an hour does not cover.
		a, b := extent(d)
		return (days(a) + days(b)) / 2
	}
	return days(d.Mid())
}

// spanKey identifies events with the same date span.
type spanKey struct{ start, end int64 }

// NewScale builds the scale for events (in any order; undated events are
// left out of the axis).
func NewScale(events []model.Event) *Scale {
	s := &Scale{pos: make([]float64, len(events)), events: len(events), disputed: make([]bool, len(events))}
	same := map[spanKey][]int{}
	present := map[model.Metric]bool{}
	for i := range events {
		e := &events[i]
		if !present[e.Metric] {
			present[e.Metric] = true
			s.metrics = append(s.metrics, e.Metric)
		}
		s.disputed[i] = e.Disputed()
		s.conflict = s.conflict || s.disputed[i]
		s.imprecise = s.imprecise || !precise(e.Date)
		d := events[i].Date
		if !d.Valid() {
			s.pos[i] = math.NaN()
			continue
		}
		k := spanKey{d.Start.Unix(), d.End.Unix()}
		same[k] = append(same[k], i)
	}
	s.ext = make([][2]float64, len(events))
	for k, ids := range same {
		if len(ids) == 1 {
			s.pos[ids[0]] = Position(events[ids[0]].Date)
			continue
		}
		// Spread them over their day, or over the day around the middle
		// of a longer span, so that they stay together on the axis.
		mid := Position(events[ids[0]].Date)
		length := math.Min(float64(k.end-k.start)/day+1, 1)
		start := mid - length/2
		for n, i := range ids {
			s.pos[i] = start + (float64(n)+0.5)/float64(len(ids))*length
		}
	}
	for i, p := range s.pos {
		if !math.IsNaN(p) {
			s.order = append(s.order, i)
		}
	}
	sort.SliceStable(s.order, func(a, b int) bool { return s.pos[s.order[a]] < s.pos[s.order[b]] })
	s.colors = make([]color.NRGBA, len(s.order))
	s.rank = make([]int, len(events))
	for i := range s.rank {
		s.rank[i] = -1
	}
	for k, i := range s.order {
		s.colors[k] = MetricColor(events[i].Metric)
		s.rank[i] = k
		if d := events[i].Date; Wide(d) {
			a, b := extent(d)
			s.ext[i] = [2]float64{days(a), days(b)}
			s.wide = append(s.wide, k)
		} else {
			s.ext[i] = [2]float64{s.pos[i], s.pos[i]}
		}
	}
	s.build(events)
	return s
}

// build splits the sorted positions into segments separated by breaks.
func (s *Scale) build(events []model.Event) {
	if len(s.order) == 0 {
		s.gap, s.brk = 1, breakShare
		s.segs = []segment{{t0: 0, t1: 1, prec: model.PrecisionDay}}
		s.u = nil
		return
	}
	// The axis must show where each date starts and ends: a bar's ends are
	// points of the axis as much as a day is, so that a month or a year is
	// drawn over its whole extent (the empty stretch inside a long bar may
	// be a break, marked as such across the bar).
	type point struct {
		t    float64
		prec model.Precision
	}
	pts := make([]point, 0, len(s.order)+2*len(s.wide))
	for _, i := range s.order {
		p := events[i].Date.Precision
		if e := s.ext[i]; e[1] > e[0] {
			pts = append(pts, point{e[0], p}, point{e[1], p})
		} else {
			pts = append(pts, point{s.pos[i], p})
		}
	}
	sort.SliceStable(pts, func(a, b int) bool { return pts[a].t < pts[b].t })
	// The longest gap kept to scale is chosen from the gaps between the
	// events' places, as for points: a bar's ends add breaks, not a coarser
	// scale for everything else.
	gaps := make([]float64, 0, len(s.order))
	for k := 1; k < len(s.order); k++ {
		gaps = append(gaps, s.pos[s.order[k]]-s.pos[s.order[k-1]])
	}
	limit := thresholds[len(thresholds)-1]
	for _, t := range thresholds {
		n := 0
		for _, g := range gaps {
			if g > 2*t {
				n++
			}
		}
		if n <= maxBreaks {
			limit = t
			break
		}
	}
	s.gap, s.brk = limit, limit*breakShare
	pad := limit / 2
	first := pts[0].t
	cur := segment{t0: first - pad, t1: first + pad, prec: pts[0].prec}
	for k := 1; k < len(pts); k++ {
		p, prec := pts[k].t, pts[k].prec
		if p-pts[k-1].t > 2*limit {
			s.segs = append(s.segs, cur)
			next := segment{t0: p - pad, t1: p + pad, u0: cur.u1() + s.brk, prec: prec}
			cur = next
			continue
		}
		cur.t1 = p + pad
		if prec > cur.prec {
			cur.prec = prec
		}
	}
	s.segs = append(s.segs, cur)
	s.u = make([]float64, len(s.order))
	for k, i := range s.order {
		s.u[k] = s.U(s.pos[i])
	}
}

// segmentAt returns the index of the last segment starting at or before t
// (0 when t is before every segment).
func (s *Scale) segmentAt(t float64) int {
	k := sort.Search(len(s.segs), func(i int) bool { return s.segs[i].t0 > t }) - 1
	if k < 0 {
		k = 0
	}
	return k
}

// U returns the axis unit of time t (in days since the Unix epoch). Times in
// a break are spread evenly over the break; times outside the events' span
// continue the first or last segment.
func (s *Scale) U(t float64) float64 {
	k := s.segmentAt(t)
	g := s.segs[k]
	if t <= g.t1 || k == len(s.segs)-1 {
		return g.u0 + t - g.t0
	}
	n := s.segs[k+1]
	return g.u1() + (t-g.t1)/(n.t0-g.t1)*s.brk
}

// Time returns the time (in days since the Unix epoch) at axis unit u; it is
// the inverse of U.
func (s *Scale) Time(u float64) float64 {
	k := sort.Search(len(s.segs), func(i int) bool { return s.segs[i].u0 > u }) - 1
	if k < 0 {
		k = 0
	}
	g := s.segs[k]
	if u <= g.u1() || k == len(s.segs)-1 {
		return g.t0 + u - g.u0
	}
	n := s.segs[k+1]
	return g.t1 + (u-g.u1())/s.brk*(n.t0-g.t1)
}

// UOf returns the axis unit of time t.
func (s *Scale) UOf(t time.Time) float64 { return s.U(days(t)) }

// TimeOf returns the time at axis unit u.
func (s *Scale) TimeOf(u float64) time.Time { return timeOf(s.Time(u)) }

// EventU returns the axis unit of event i, and false when it is undated or
// out of range.
func (s *Scale) EventU(i int) (float64, bool) {
	if i < 0 || i >= len(s.pos) || math.IsNaN(s.pos[i]) {
		return 0, false
	}
	return s.U(s.pos[i]), true
}

// Step returns the event d places after event i in screen order (the order
// of their positions on the axis), or false past either end; a negative i
// starts before the first event (d > 0) or after the last (d < 0).
func (s *Scale) Step(i, d int) (int, bool) {
	k := -1
	switch {
	case i >= 0 && i < len(s.rank) && s.rank[i] >= 0:
		k = s.rank[i] + d
	case d > 0:
		k = d - 1
	case d < 0:
		k = len(s.order) + d
	}
	if k < 0 || k >= len(s.order) {
		return -1, false
	}
	return s.order[k], true
}

// Events returns the number of events the scale was built for.
func (s *Scale) Events() int { return s.events }

// Extent returns the axis units of the first and last points of the axis.
func (s *Scale) Extent() (u0, u1 float64) {
	return s.segs[0].u0, s.segs[len(s.segs)-1].u1()
}

// Fit returns the view that shows every event.
func (s *Scale) Fit() View {
	u0, u1 := s.Extent()
	return View{U0: u0, U1: u1}
}

// View is the visible stretch of a Scale's axis, in axis units. The zero View
// means "fit all".
type View struct {
	U0, U1 float64
}

// IsZero reports whether v is the zero View.
func (v View) IsZero() bool { return v.U0 == 0 && v.U1 == 0 }

// Span returns the view's length in axis units.
func (v View) Span() float64 { return v.U1 - v.U0 }

// MinSpan is the narrowest view, in axis units (days): a quarter of an
// hour, enough to tell apart hundreds of events of the same day (spread
// evenly inside it, since their hour is not known).
const MinSpan = 1.0 / 96

// Zoom returns v scaled by factor (above 1 zooms in) around the point at
// fraction at (0 = left edge, 1 = right edge), which stays in place; the
// result is clamped to s.
func (v View) Zoom(s *Scale, factor, at float64) View {
	if factor <= 0 {
		return v
	}
	pivot := v.U0 + at*v.Span()
	span := v.Span() / factor
	return View{U0: pivot - at*span, U1: pivot - at*span + span}.Clamp(s)
}

// Pan returns v moved by frac of its width (positive moves to later times),
// clamped to s.
func (v View) Pan(s *Scale, frac float64) View {
	d := frac * v.Span()
	return View{U0: v.U0 + d, U1: v.U1 + d}.Clamp(s)
}

// CenterOn returns v moved so that axis unit u is in its middle, clamped to s.
func (v View) CenterOn(s *Scale, u float64) View {
	h := v.Span() / 2
	return View{U0: u - h, U1: u + h}.Clamp(s)
}

// Clamp keeps v between MinSpan and the scale's whole extent, and inside the
// extent.
func (v View) Clamp(s *Scale) View {
	e0, e1 := s.Extent()
	span := v.Span()
	if span < MinSpan {
		mid := (v.U0 + v.U1) / 2
		v = View{U0: mid - MinSpan/2, U1: mid + MinSpan/2}
		span = MinSpan
	}
	if span >= e1-e0 {
		return View{U0: e0, U1: e1}
	}
	if v.U0 < e0 {
		return View{U0: e0, U1: e0 + span}
	}
	if v.U1 > e1 {
		return View{U0: e1 - span, U1: e1}
	}
	return v
}
