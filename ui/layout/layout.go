// Package layout computes where everything on the timeline goes: the time
// axis with ticks that adapt to the zoom and compressed empty stretches
// (breaks), event markers coloured by metric with a legend, clusters of events
// too close to tell apart, conflict badges, source counts, and labels stacked
// into rows that never overlap.
//
// It is pure geometry (float32 pixels, no Fyne): the timeline widget and the
// image export both draw the same Layout. Text widths come from
// Options.Measure so that each medium lays out with its own font metrics.
//
// Coordinates have their origin at the top left, x to the right and y down.
// A typical use:
//
//	s := layout.NewScale(t.Events)            // once per event set
//	l := layout.Compute(t.Events, layout.Options{Width: 900, Height: 300, Scale: s, Measure: m})
//	for _, tk := range l.Ticks { /* draw tk.X, tk.Label at l.TickLabelY */ }
package layout

import (
	"image/color"
	"math"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/claimline/claimline/model"
)

// Measure returns the width of text at a font size, in the same units as
// Options.Width.
type Measure func(text string, size float32) float32

// ApproxMeasure estimates a text's width as 0.55 em per character; it is the
// default Measure and is meant for tests.
func ApproxMeasure(text string, size float32) float32 {
	return float32(utf8.RuneCountInString(text)) * size * 0.55
}

// Options say what to lay out and how big.
type Options struct {
	// Width and Height are the size of the drawing, in pixels.
	Width, Height float32
	// View is the visible stretch of the axis; the zero View fits all events.
	View View
	// Scale is the events' scale from NewScale; nil builds one (pass it in
	// when laying out the same events repeatedly, as when panning).
	Scale *Scale
	// Measure gives text widths; nil uses ApproxMeasure.
	Measure Measure
	// TextSize is the font size of labels and ticks; 0 means 12.
	TextSize float32
	// Match, when not nil, has one entry per event: events whose entry is
	// false are dimmed (they do not match the current query).
	Match []bool
	// Selected is the index of the selected event when HasSelected is true.
	Selected    int
	HasSelected bool
	// MaxLabelWidth caps a label's width (longer text ends with "…"); 0
	// means 22 times TextSize.
	MaxLabelWidth float32
	// Words are the texts written on the drawing; the zero Words is English.
	Words Words
	// Status is a short text shown at the top right ("7 of 23 events
	// match"); the legend stops before it.
	Status string
	// ClusterLabel, when not nil, writes the label of a cluster from its
	// events (indexes into the events laid out); "" or a nil ClusterLabel
	// writes Words.Events ("12 events"). The export uses it to name the
	// events of small clusters, since an image cannot be zoomed into.
	ClusterLabel func(events []int) string
}

// Layout is the computed timeline drawing. Draw, in order: Axis, Breaks,
// Ticks, the leader lines of Labels, Markers and Clusters, Labels, Legend.
type Layout struct {
	// Width and Height are the drawing's size; TextSize the font size used.
	Width, Height, TextSize float32
	// View is the visible stretch of the axis and Scale the mapping of time
	// onto it.
	View  View
	Scale *Scale
	// AxisY is the height of the axis line; TickLabelY is the top of the tick
	// labels; TickLen is the length of a tick mark below the axis.
	AxisY, TickLabelY, TickLen float32
	// Axis are the stretches of the axis line to draw (the line is broken
	// where a break compresses time).
	Axis []Stretch
	// Ticks are the axis marks with their labels, left to right.
	Ticks []Tick
	// Breaks are the compressed empty stretches in view.
	Breaks []Break
	// Markers are the single events in view; Clusters the groups of events
	// too close to draw apart.
	Markers  []Marker
	Clusters []Cluster
	// Labels are the event and cluster labels that fit, none overlapping.
	Labels []Label
	// Legend explains the colours and symbols used.
	Legend []LegendItem
	// Visible is the number of events in view.
	Visible int
	// Status is Options.Status, drawn from StatusX (width StatusW) with its
	// top at StatusY; "" when none.
	Status                    string
	StatusX, StatusY, StatusW float32

	x0, x1 float32
	pxPerU float64
}

// Stretch is a horizontal piece of the axis line, from X0 to X1.
type Stretch struct{ X0, X1 float32 }

// Break is an empty stretch of time drawn shorter than to scale.
type Break struct {
	// X0 and X1 are where the break starts and ends on screen.
	X0, X1 float32
	// From and To are the times at its ends.
	From, To time.Time
	// Label says how long the stretch is ("7 years"); "" when it does not
	// fit. LabelX is its left edge, centred on the break; its top is
	// Layout.TickLabelY.
	Label          string
	LabelX, LabelW float32
}

// Marker is one event on the axis.
type Marker struct {
	// Event is the event's index.
	Event int
	// X, Y is the centre and R the radius.
	X, Y, R float32
	// Color is the metric's colour.
	Color color.NRGBA
	// Precise is false when the date is known only to the month or year, or
	// is a range: draw the marker hollow.
	Precise bool
	// Dim is true when a query is active and the event does not match it.
	Dim bool
	// Selected is true for the selected event.
	Selected bool
	// Sources is the number of distinct articles behind the event.
	Sources int
	// Conflict is true when the event's sources disagree: draw a badge of
	// radius BadgeR centred at BadgeX, BadgeY in ConflictColor.
	Conflict               bool
	BadgeX, BadgeY, BadgeR float32
}

// Cluster is a group of events too close together to draw apart; it
// expands into its events as the view zooms in.
type Cluster struct {
	// Events are the indexes of its events in date order (shared with the
	// Scale: do not modify).
	Events []int
	// X, Y is the centre and R the radius.
	X, Y, R float32
	// Count is len(Events), written inside the marker as CountText.
	Count     int
	CountText string
	// Color is the events' metric colour, or MixedColor.
	Color color.NRGBA
	// Matches is the number of its events that match the query (all when no
	// query); Dim is true when none does.
	Matches int
	Dim     bool
	// Selected is true when it holds the selected event.
	Selected bool
	// Conflict is true when one of its events has conflicting sources; the
	// badge is drawn as for a Marker.
	Conflict               bool
	BadgeX, BadgeY, BadgeR float32
}

// Label is the text of a marker or cluster, in a box above the axis joined
// to its marker by a vertical leader line from (AnchorX, AnchorY) to the
// box's bottom edge.
type Label struct {
	// Text is the label (shortened with "…" to fit); Note is a second, muted
	// text after it (the source count), drawn from NoteX.
	Text, Note string
	NoteX      float32
	// X, Y, W, H is the box; text is vertically centred in it with a left
	// inset of Pad.
	X, Y, W, H, Pad float32
	// Row is the label's row, 0 nearest the axis.
	Row int
	// Event is the event's index, or -1 for a cluster's label; Cluster is the
	// index in Layout.Clusters, or -1.
	Event, Cluster int
	// AnchorX, AnchorY is the top of the marker the label belongs to.
	AnchorX, AnchorY float32
	// Color is the marker's colour (for the leader line).
	Color color.NRGBA
	// Dim and Selected follow the marker.
	Dim, Selected bool
}

// LegendItem is one entry of the legend: a symbol at X, Y (its top left)
// of size Size, then Text from TextX.
type LegendItem struct {
	// Metric is the metric it explains, "" for the symbol entries.
	Metric model.Metric
	Text   string
	Color  color.NRGBA
	// Kind is "metric", "conflict" (the badge) or "imprecise" (a hollow
	// marker).
	Kind         string
	X, Y, Size   float32
	TextX, TextW float32
}

// X returns the horizontal position of time t.
func (l *Layout) X(t time.Time) float32 { return l.xOfU(l.Scale.UOf(t)) }

// TimeAt returns the time at horizontal position x.
func (l *Layout) TimeAt(x float32) time.Time { return l.Scale.TimeOf(l.uOfX(x)) }

// UAt returns the axis unit at horizontal position x.
func (l *Layout) UAt(x float32) float64 { return l.uOfX(x) }

// Range returns the times at the left and right edges of the plot area.
func (l *Layout) Range() (from, to time.Time) {
	return l.Scale.TimeOf(l.View.U0), l.Scale.TimeOf(l.View.U1)
}

// PlotX returns the left and right edges of the plot area (the view's ends).
func (l *Layout) PlotX() (x0, x1 float32) { return l.x0, l.x1 }

// Fraction returns where x lies across the plot area, 0 at its left edge and
// 1 at its right edge (for View.Zoom).
func (l *Layout) Fraction(x float32) float64 {
	if l.x1 <= l.x0 {
		return 0.5
	}
	return float64((x - l.x0) / (l.x1 - l.x0))
}

// xOfU maps an axis unit to x.
func (l *Layout) xOfU(u float64) float32 { return l.x0 + float32((u-l.View.U0)*l.pxPerU) }

// uOfX maps x to an axis unit.
func (l *Layout) uOfX(x float32) float64 { return l.View.U0 + float64(x-l.x0)/l.pxPerU }

// Compute lays events out for o. Events must be in date order (as in a
// model.Timeline); the result does not keep o.Match.
func Compute(events []model.Event, o Options) *Layout {
	if o.Measure == nil {
		o.Measure = ApproxMeasure
	}
	if o.TextSize <= 0 {
		o.TextSize = 12
	}
	if o.MaxLabelWidth <= 0 {
		o.MaxLabelWidth = 22 * o.TextSize
	}
	o.Words = o.Words.WithDefaults()
	s := o.Scale
	if s == nil || s.Events() != len(events) {
		s = NewScale(events)
	}
	v := o.View
	if v.IsZero() || !(v.Span() > 0) {
		v = s.Fit()
	}
	ts := o.TextSize
	l := &Layout{Width: o.Width, Height: o.Height, TextSize: ts, View: v, Scale: s}
	margin := ts * 1.5
	l.x0, l.x1 = margin, o.Width-margin
	if l.x1 <= l.x0 {
		l.x1 = l.x0 + 1
	}
	l.pxPerU = float64(l.x1-l.x0) / v.Span()
	l.TickLen = ts / 2
	lineH := ts * 1.4
	l.TickLabelY = o.Height - ts/2 - lineH
	l.AxisY = l.TickLabelY - l.TickLen - ts/4
	legendBottom := l.legend(events, &o)
	l.axis(s)
	l.ticks(s, &o, events)
	l.breakLabels(&o)
	l.markers(s, events, &o)
	l.labels(events, &o, legendBottom)
	return l
}

// legend lays out one entry per metric present, then the symbols used, on
// one line at the top; entries that do not fit are left out. It returns the
// legend's bottom edge.
func (l *Layout) legend(events []model.Event, o *Options) float32 {
	ts := o.TextSize
	present := map[model.Metric]bool{}
	conflict, imprecise := false, false
	for i := range events {
		present[events[i].Metric] = true
		conflict = conflict || len(events[i].Conflicts) > 0
		imprecise = imprecise || !precise(events[i].Date)
	}
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

// axis computes the axis stretches between the breaks in view.
func (l *Layout) axis(s *Scale) {
	x := l.x0
	for k := 0; k+1 < len(s.segs); k++ {
		a, b := l.xOfU(s.segs[k].u1()), l.xOfU(s.segs[k+1].u0)
		if b < l.x0 || a > l.x1 {
			continue
		}
		if a > x {
			l.Axis = append(l.Axis, Stretch{X0: x, X1: a})
		}
		from := timeOf(s.segs[k].t1 - s.gap/2)
		to := timeOf(s.segs[k+1].t0 + s.gap/2)
		l.Breaks = append(l.Breaks, Break{X0: a, X1: b, From: from, To: to})
		x = b
	}
	if x < l.x1 {
		l.Axis = append(l.Axis, Stretch{X0: x, X1: l.x1})
	}
}

// breakLabels names each break's length where it fits between tick labels.
func (l *Layout) breakLabels(o *Options) {
	for i := range l.Breaks {
		b := &l.Breaks[i]
		text := o.Words.Gap(b.To.Sub(b.From).Hours() / 24)
		w := o.Measure(text, o.TextSize*0.85)
		x := (b.X0+b.X1)/2 - w/2
		if w > b.X1-b.X0+o.TextSize || x < 0 || x+w > l.Width {
			continue
		}
		free := true
		for _, t := range l.Ticks {
			if t.Label != "" && t.LabelX < x+w+o.TextSize/2 && x < t.LabelX+t.LabelW+o.TextSize/2 {
				free = false
				break
			}
		}
		if free {
			b.Label, b.LabelX, b.LabelW = text, x, w
		}
	}
}

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
		conflict = conflict || len(events[i].Conflicts) > 0
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
	col := MetricColor(events[ids[0]].Metric)
	for k, i := range ids {
		sum += s.u[a+k]
		if MetricColor(events[i].Metric) != col {
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

// candidate is a label waiting for a row.
type candidate struct {
	event, cluster int
	count          int // events it stands for
	x, top         float32
	text           string
	sources        int
	dim, selected  bool
	color          color.NRGBA
}

// labels places one label per marker and cluster, most important first
// (the selected one, then those matching the query, then clusters of more
// events, then events with more sources, then left to right), each in the lowest row where it overlaps no
// other label; a label that fits in no row is left out.
func (l *Layout) labels(events []model.Event, o *Options, top float32) {
	ts := o.TextSize
	var cs []candidate
	for _, m := range l.Markers {
		cs = append(cs, candidate{event: m.Event, cluster: -1, count: 1, x: m.X, top: m.Y - m.R, text: events[m.Event].Label,
			sources: m.Sources, dim: m.Dim, selected: m.Selected, color: m.Color})
	}
	for k, c := range l.Clusters {
		text := o.Words.Events(c.Count)
		if o.ClusterLabel != nil {
			if t := o.ClusterLabel(c.Events); t != "" {
				text = t
			}
		}
		cs = append(cs, candidate{event: -1, cluster: k, count: c.Count, x: c.X, top: c.Y - c.R, text: text,
			dim: c.Dim, selected: c.Selected, color: c.Color})
	}
	sort.SliceStable(cs, func(a, b int) bool {
		ca, cb := cs[a], cs[b]
		if ca.selected != cb.selected {
			return ca.selected
		}
		if ca.dim != cb.dim {
			return !ca.dim
		}
		if ca.count != cb.count {
			return ca.count > cb.count
		}
		if ca.sources != cb.sources {
			return ca.sources > cb.sources
		}
		return ca.x < cb.x
	})
	h := ts * 1.5
	gap := ts / 4
	bottom := l.AxisY - ts*0.8 - ts/2
	rows := int((bottom - top - gap) / (h + gap))
	if rows <= 0 {
		return
	}
	placed := make([][]Stretch, rows)
	pad := ts / 3
	for _, c := range cs {
		note := ""
		var noteW float32
		if c.sources > 1 {
			note = o.Words.Sources(c.sources)
			noteW = o.Measure(note, ts*0.85) + ts/2
		}
		text, w := fit(c.text, o.MaxLabelWidth-noteW-2*pad, ts, o.Measure)
		bw := w + noteW + 2*pad
		x := c.x - pad
		if x+bw > l.Width-ts/4 {
			x = l.Width - ts/4 - bw
		}
		if x < ts/4 {
			x = ts / 4
		}
		for row := 0; row < rows; row++ {
			if overlaps(placed[row], x-gap, x+bw+gap) {
				continue
			}
			placed[row] = append(placed[row], Stretch{X0: x, X1: x + bw})
			y := bottom - float32(row+1)*h - float32(row)*gap
			lb := Label{Text: text, Note: note, NoteX: x + pad + w + ts/2, X: x, Y: y, W: bw, H: h, Pad: pad, Row: row,
				Event: c.event, Cluster: c.cluster, AnchorX: c.x, AnchorY: c.top, Color: c.color, Dim: c.dim, Selected: c.selected}
			l.Labels = append(l.Labels, lb)
			break
		}
	}
}

// overlaps reports whether [a, b] meets one of the stretches.
func overlaps(ss []Stretch, a, b float32) bool {
	for _, s := range ss {
		if a < s.X1 && s.X0 < b {
			return true
		}
	}
	return false
}

// fit returns text, shortened with "…" when wider than max, and its width.
func fit(text string, max, size float32, measure Measure) (string, float32) {
	w := measure(text, size)
	if w <= max {
		return text, w
	}
	runes := []rune(text)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(string(runes[:mid])+"…", size) <= max {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	t := string(runes[:lo]) + "…"
	return t, measure(t, size)
}

// Hit is what lies under a point: an event, a cluster, or nothing.
type Hit struct {
	// Event is the event's index, or -1.
	Event int
	// Cluster is the index in Layout.Clusters, or -1.
	Cluster int
}

// HitTest returns what is at x, y: a label, or the marker or cluster nearest
// within its radius plus slop pixels.
func (l *Layout) HitTest(x, y, slop float32) Hit {
	for _, lb := range l.Labels {
		if x >= lb.X && x <= lb.X+lb.W && y >= lb.Y && y <= lb.Y+lb.H {
			return Hit{Event: lb.Event, Cluster: lb.Cluster}
		}
	}
	best, hit := float32(math.MaxFloat32), Hit{Event: -1, Cluster: -1}
	for _, m := range l.Markers {
		if d := dist(x, y, m.X, m.Y); d <= m.R+slop && d < best {
			best, hit = d, Hit{Event: m.Event, Cluster: -1}
		}
	}
	for k, c := range l.Clusters {
		if d := dist(x, y, c.X, c.Y); d <= c.R+slop && d < best {
			best, hit = d, Hit{Event: -1, Cluster: k}
		}
	}
	return hit
}

// dist is the distance between two points.
func dist(x0, y0, x1, y1 float32) float32 {
	return float32(math.Hypot(float64(x1-x0), float64(y1-y0)))
}
