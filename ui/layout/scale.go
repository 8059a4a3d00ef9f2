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
	gap    float64 // the longest gap kept to scale, in days
	pad    float64 // the padding of each segment, in days
	brk    float64 // axis length of a break, in axis units
	events int
	// What the legend and the markers read of every event, read once
	// here rather than at each layout: a keystroke's new dimming lays out
	// every event again.
	metrics  []model.Metric // the events' metrics, each once, in the events' order
	disputed []bool         // per event
	marks    []mark         // per event: how its date is drawn
	colors   []color.NRGBA  // per order entry: the event's metric colour
	// Some event is disputed; some is drawn as a bar (wider than a
	// day); some as a hollow mark (an approximate day or hour).
	conflict, imprecise, approx bool
}

// mark is how an event's date is drawn: a solid point (a day or an hour),
// a bar over its extent (wider than a day) or a hollow point (an
// approximate day or hour, or a range within a day).
type mark uint8

const (
	markPoint mark = iota
	markBar
	markHollow
)

// segment is a stretch of the axis that is linear in time.
type segment struct {
	t0, t1 float64 // days since the epoch
	u0     float64 // axis unit of t0
	prec   model.Precision
	// rate is the axis units per day: 1 (to scale), less for a stretch of
	// wide dates only, drawn shorter.
	rate float64
}

// u1 returns the axis unit of the segment's end.
func (s segment) u1() float64 { return s.u0 + (s.t1-s.t0)*s.rate }

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

// NewScale builds the scale for events (in any order; undated events and
// those a person rejected are left out of the axis).
func NewScale(events []model.Event) *Scale {
	s := &Scale{pos: make([]float64, len(events)), events: len(events), disputed: make([]bool, len(events)), marks: make([]mark, len(events))}
	same := map[spanKey][]int{}
	present := map[model.Metric]bool{}
	for i := range events {
		e := &events[i]
		if e.Status == model.Rejected {
			// A person rejected it: off the axis, as if undated.
			s.pos[i] = math.NaN()
			continue
		}
		if !present[e.Metric] {
			present[e.Metric] = true
			s.metrics = append(s.metrics, e.Metric)
		}
		s.disputed[i] = e.Disputed()
		s.conflict = s.conflict || s.disputed[i]
		d := events[i].Date
		if !d.Valid() {
			s.pos[i] = math.NaN()
			continue
		}
		switch {
		case Wide(d):
			s.marks[i], s.imprecise = markBar, true
		case !precise(d):
			s.marks[i], s.approx = markHollow, true
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

// Break rules: a stretch of time with no event on it becomes a break only
// when it is truly empty compared with the rest, longer than breakFactor
// times the median gap between events and than breakMinShare of the whole
// span; and never inside a bar, which spans its whole extent.
const (
	breakFactor   = 6.0
	breakMinShare = 0.04
)

// laneCap is the longest a stretch holding only wide dates (a lone year or
// quarter) is drawn, in multiples of the longest gap kept to scale: it keeps
// its whole extent, uncut, but at a coarser rate, so that a year does not
// crowd out the days of the rest.
const laneCap = 2.0

// build splits the sorted positions into segments separated by breaks.
func (s *Scale) build(events []model.Event) {
	if len(s.order) == 0 {
		s.gap, s.brk, s.pad = 1, breakShare, 0.5
		s.segs = []segment{{t0: 0, t1: 1, prec: model.PrecisionDay, rate: 1}}
		s.u = nil
		return
	}
	// The covered stretches: each event's extent (a point for a day),
	// merged where they meet, so that a break never falls inside a bar.
	type cover struct {
		t0, t1   float64
		prec     model.Precision
		p0, p1   float64 // the first and last event positions inside
		hasPoint bool    // some event in it is a point (a day or an hour)
	}
	ids := append([]int(nil), s.order...)
	sort.SliceStable(ids, func(a, b int) bool { return s.ext[ids[a]][0] < s.ext[ids[b]][0] })
	var covers []cover
	for _, i := range ids {
		e := s.ext[i]
		p := events[i].Date.Precision
		point := e[1] <= e[0]
		if n := len(covers); n > 0 && e[0] <= covers[n-1].t1 {
			c := &covers[n-1]
			c.t1 = math.Max(c.t1, e[1])
			c.p0, c.p1 = math.Min(c.p0, s.pos[i]), math.Max(c.p1, s.pos[i])
			if p > c.prec {
				c.prec = p
			}
			c.hasPoint = c.hasPoint || point
			continue
		}
		covers = append(covers, cover{t0: e[0], t1: math.Max(e[0], e[1]), prec: p, p0: s.pos[i], p1: s.pos[i], hasPoint: point})
	}
	// The median gap between neighbouring events' places.
	var gaps []float64
	for k := 1; k < len(s.order); k++ {
		if g := s.pos[s.order[k]] - s.pos[s.order[k-1]]; g > 0 {
			gaps = append(gaps, g)
		}
	}
	median := 0.0
	if len(gaps) > 0 {
		sorted := append([]float64(nil), gaps...)
		sort.Float64s(sorted)
		median = sorted[(len(sorted)-1)/2] // the lower median: few events, few gaps
	}
	span := covers[len(covers)-1].t1 - covers[0].t0
	threshold := math.Max(math.Max(breakFactor*median, breakMinShare*span), 1)
	// The empty stretches between covers longer than the threshold, the
	// longest maxBreaks of them.
	type hole struct {
		k   int // between covers[k-1] and covers[k]
		len float64
	}
	var holes []hole
	for k := 1; k < len(covers); k++ {
		if g := covers[k].t0 - covers[k-1].t1; g > threshold {
			holes = append(holes, hole{k, g})
		}
	}
	sort.SliceStable(holes, func(a, b int) bool { return holes[a].len > holes[b].len })
	if len(holes) > maxBreaks {
		holes = holes[:maxBreaks]
	}
	broken := make(map[int]bool, len(holes))
	for _, h := range holes {
		broken[h.k] = true
	}
	// The longest gap kept to scale, rounded up to a threshold step: it
	// sets the padding around each stretch and the length of a break.
	longest := 0.0
	for k := 1; k < len(covers); k++ {
		if !broken[k] {
			longest = math.Max(longest, covers[k].t0-covers[k-1].t1)
		}
	}
	coverOf := func(t float64) int {
		return max(sort.Search(len(covers), func(j int) bool { return covers[j].t0 > t })-1, 0)
	}
	for k := 1; k < len(s.order); k++ {
		a, b := s.pos[s.order[k-1]], s.pos[s.order[k]]
		if b-a <= longest {
			continue
		}
		crosses := false
		for j := coverOf(a) + 1; j <= coverOf(b); j++ {
			crosses = crosses || broken[j]
		}
		if !crosses {
			longest = b - a
		}
	}
	limit := thresholds[len(thresholds)-1]
	for _, t := range thresholds {
		if t >= longest {
			limit = t
			break
		}
	}
	s.gap, s.brk = limit, limit*breakShare
	s.pad = math.Min(limit/2, threshold/4)
	if span == 0 && covers[0].prec < model.PrecisionHour {
		// One day and nothing else: days either side, ticked by the day,
		// not the hours of a date that has none.
		s.pad = 3
	}
	cur := segment{t0: covers[0].t0 - s.pad, t1: covers[0].t1 + s.pad, prec: covers[0].prec, rate: 1}
	p0, p1, points := covers[0].p0, covers[0].p1, covers[0].hasPoint
	finish := func() {
		// A stretch of wide dates only (a lone year) is drawn shorter
		// than to scale, its bars whole.
		if n := cur.t1 - cur.t0; !points || p1-p0 < n/4 {
			if c := math.Max(laneCap*limit, 2*(p1-p0)); n > c {
				cur.rate = c / n
			}
		}
		s.segs = append(s.segs, cur)
	}
	for k := 1; k < len(covers); k++ {
		c := covers[k]
		if broken[k] {
			finish()
			cur = segment{t0: c.t0 - s.pad, t1: c.t1 + s.pad, u0: cur.u1() + s.brk, prec: c.prec, rate: 1}
			p0, p1, points = c.p0, c.p1, c.hasPoint
			continue
		}
		cur.t1 = c.t1 + s.pad
		p1 = math.Max(p1, c.p1)
		points = points || c.hasPoint
		if c.prec > cur.prec {
			cur.prec = c.prec
		}
	}
	finish()
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
		// Outside the events' span, time continues to scale.
		if t > g.t1 {
			return g.u1() + t - g.t1
		}
		if t < g.t0 {
			return g.u0 + t - g.t0
		}
		return g.u0 + (t-g.t0)*g.rate
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
		if u < g.u0 || u > g.u1() {
			if u > g.u1() {
				return g.t1 + (u - g.u1())
			}
			return g.t0 + (u - g.u0)
		}
		return g.t0 + (u-g.u0)/g.rate
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
// hour, enough to tell apart events an hour apart. Events known only to
// the day are drawn over their whole day at such zooms (laneMarkers), and
// many of one day stay one cluster over it: their places spread over the
// day only keep them in order at coarser zooms, and never say an hour.
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
