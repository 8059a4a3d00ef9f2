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
	// ReviewMarks starts each event's label with its ReviewMark (the
	// screen's; an export writes its own marks).
	ReviewMarks bool
	// ClusterLabel, when not nil, writes the label of a cluster from its
	// events (indexes into the events laid out); "" or a nil ClusterLabel
	// writes Words.Events ("12 events"). The export uses it to name the
	// events of small clusters, since an image cannot be zoomed into.
	ClusterLabel func(events []int) string
	// Lanes, when not nil, splits the events into lanes (BuildLanes), each
	// a strip above the axis with its own colour and legend entry; nil
	// draws every event on the axis, coloured by its metric.
	Lanes *Lanes
	// Hidden has one entry per lane: the events of a hidden lane are not
	// drawn (its legend entry stays, to show it again).
	Hidden []bool
	// WrapLabels lets a label too long for one line take two (each at most
	// MaxLabelWidth) before it is shortened with "…".
	WrapLabels bool
	// ClearLeaders keeps every leader line off the labels: a label goes
	// in no row where its leader would cross a lower label or where it
	// would sit over a higher label's leader, at the cost of leaving out
	// labels that fit nowhere else. The export asks for it; the screen,
	// where a hidden label shows on hover, does not.
	ClearLeaders bool
	// Spread draws each event of a group too close to tell apart as its
	// own marker instead of a cluster: the group's markers stand side by
	// side in date order, moved sideways as little as keeps them apart,
	// so that each has its own label. The export asks for it, since an
	// image cannot be zoomed into; a lane with more points than its width
	// can hold side by side keeps its clusters.
	Spread bool
	// Message, when not "", is a sentence written over the plot: why no
	// event stands out (the query matches none, every lane is hidden) and
	// how to get them back.
	Message string
	// Claims are the claims the events point into (model.Timeline.Claims):
	// with them, events whose reading is less sure (LessSure) are marked
	// Unsure and the legend explains how they are drawn; nil marks none.
	Claims []model.Claim

	// unsure has one entry per event, true for those LessSure; anyUnsure
	// is true when one is (see prepare).
	unsure    []bool
	anyUnsure bool
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
	// Lanes are the lanes drawn (none without Options.Lanes), top to
	// bottom.
	Lanes []Lane
	// Visible is the number of events in view.
	Visible int
	// Message is Options.Message, wrapped to the plot's width and centred
	// over it, in a box (draw it over everything but a tooltip).
	Message Message
	// Status is Options.Status, drawn from StatusX (width StatusW) with its
	// top at StatusY; "" when none.
	Status                    string
	StatusX, StatusY, StatusW float32

	x0, x1       float32
	pxPerU       float64
	labelBottom  float32 // the bottom of the lowest row of labels
	legendBottom float32 // the bottom of the legend, the top of the labels' room
	// dayBars is true when the view draws day-only events over their day
	// (wideDays), which the legend's bar entry then names.
	dayBars bool
}

// Message is a sentence over the plot: its Lines, each LineH high, in a
// box from X, Y of size W, H, the text inset by Pad. The zero Message
// draws nothing.
type Message struct {
	Lines           []string
	X, Y, W, H, Pad float32
	LineH           float32
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
	// Precise is true when the date is a single day or hour; false when
	// it is known only to the month or year, or is a range or approximate:
	// draw the marker hollow (a bar when wider than a day).
	Precise bool
	// Bar is true when the date is wider than a day (a week, a month, a
	// quarter, a year, a range): draw a bar of height BarH centred on Y from
	// X0 to X1, its whole extent, instead of a point; X stays inside it (the
	// middle of the date, where its label is anchored).
	Bar          bool
	X0, X1, BarH float32
	// Dim is true when a query is active and the event does not match it.
	Dim bool
	// Unsure is true when the event's reading is less sure (LessSure): draw
	// the marker lighter, so that a guess does not read as a fact.
	Unsure bool
	// Selected is true for the selected event.
	Selected bool
	// Sources is the number of distinct articles behind the event.
	Sources int
	// Conflict is true when the event's sources disagree: draw a badge of
	// radius BadgeR centred at BadgeX, BadgeY in ConflictColor.
	Conflict               bool
	BadgeX, BadgeY, BadgeR float32
	// Moved is true when Options.Spread moved the marker sideways off its
	// date to stand apart from its neighbours: it is drawn a little above
	// its line, joined by a thin line to its date at DateX on the line at
	// LineY (the axis, or its lane's).
	Moved        bool
	DateX, LineY float32
}

// Cluster is a group of events too close together to draw apart; it
// expands into its events as the view zooms in.
type Cluster struct {
	// Events are the indexes of its events in date order (shared with the
	// Scale: do not modify).
	Events []int
	// X, Y is the centre and R the radius of its count badge.
	X, Y, R float32
	// Span is true when its events' dates reach wider than the badge: draw
	// a thin bracket on the line Y from X0 (the first event's date, or the
	// start of its extent) to X1 (the last one's, or the end of its
	// extent), clipped to the plot area, under the badge, so that the
	// group reads as the stretch it covers and not as one date at X.
	Span   bool
	X0, X1 float32
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
	// Crowd is true when its events share one date that no zoom draws
	// apart: the day-only events of one day drawn over it, or more events
	// of one week, month, year or range than stack as bars. Nothing tells
	// their places within it apart, so zooming in never separates them.
	Crowd bool
	// Conflict is true when one of its events has conflicting sources; the
	// badge is drawn as for a Marker.
	Conflict               bool
	BadgeX, BadgeY, BadgeR float32
}

// BracketH returns the height of the cluster's bracket: the ticks at its
// ends; its line is a quarter of that.
func (c Cluster) BracketH() float32 { return c.R }

// Label is the text of a marker or cluster, in a box above the axis joined
// to its marker by a vertical leader line from (AnchorX, AnchorY) to the
// box's bottom edge.
type Label struct {
	// Text is the label (shortened with "…" to fit); Note is a second, muted
	// text after it (the source count), drawn from NoteX on the last line.
	Text, Note string
	NoteX      float32
	// Text2 is the label's second line, "" when it takes one.
	Text2 string
	// Full is the whole label; Cut is true when Text and Text2 do not show
	// all of it (the tooltip and the selection do).
	Full string
	Cut  bool
	// Over is true for the selected event's label when no row had room for
	// it: it is drawn over the others, which keep their rows.
	Over bool
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
	// Dim and Selected follow the marker; Unsure is true for the label of
	// a less sure event (draw its text lighter).
	Dim, Selected, Unsure bool
}

// LegendItem is one entry of the legend: a symbol at X, Y (its top left)
// of size Size, then Text from TextX.
type LegendItem struct {
	// Metric is the metric it explains, "" for the symbol entries.
	Metric model.Metric
	Text   string
	Color  color.NRGBA
	// Kind is "metric", "lane", "conflict" (the badge), "imprecise" (a
	// short bar, as a date wider than a day is drawn), "approx" (a hollow
	// point, as an approximate day or hour is drawn) or "unsure" (a light
	// marker, as a less sure event is drawn).
	Kind string
	// Lane is the lane a "lane" entry stands for (-1 otherwise); Hidden is
	// true when that lane is hidden (draw its symbol hollow).
	Lane         int
	Hidden       bool
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
	o = o.withDefaults()
	o.unsure, o.anyUnsure = lessSure(events, o.Claims)
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
	if g := laneGutter(&o); g > l.x0 {
		l.x0 = g // the lanes' names are written left of the plot, clear of its markers
	}
	if l.x1 <= l.x0 {
		l.x1 = l.x0 + 1
	}
	l.pxPerU = float64(l.x1-l.x0) / v.Span()
	l.TickLen = ts / 2
	lineH := ts * 1.4
	l.TickLabelY = o.Height - ts/2 - lineH
	l.AxisY = l.TickLabelY - l.TickLen - ts/4
	l.dayBars = l.drawsDayBars(s, events, &o)
	l.legendBottom = l.legend(s, &o)
	l.labelBottom = l.AxisY - ts*0.8 - ts/2
	if first := l.lanes(&o, l.legendBottom); first < l.AxisY {
		l.labelBottom = first - ts*0.3
	}
	l.axis(s)
	l.breakLabels(&o)
	l.ticks(s, &o, events)
	l.markers(s, events, &o)
	if o.Lanes.Len() == 0 {
		// The labels' rows start above the highest bar of a stack that
		// reaches them (the day-only events of one day, drawn over it).
		bottom := l.labelBottom
		for _, m := range l.Markers {
			if top := m.Y - m.BarH/2; m.Bar && top < bottom {
				l.labelBottom = min(l.labelBottom, top-ts*0.3)
			}
		}
	}
	l.labels(events, &o, l.legendBottom)
	l.message(&o)
	return l
}

// Rematch returns the layout Compute(events, o) returns, when o differs
// from the options l was computed with only in Match and Status (a new
// query's matches, same events, view, size, lanes and selection). It keeps
// l's axis, ticks, lanes and the places of its markers and clusters, and
// redoes only what the matches change: the dimming of markers and
// clusters, the legend (which stops before the status) and the labels,
// which are placed matching events first. Placing the markers is most of
// Compute's work over many events; this is a small part of it. When the
// new status moves the legend's bottom, and so the lanes and the labels'
// room, it computes the layout afresh. l is not modified.
func (l *Layout) Rematch(events []model.Event, o Options) *Layout {
	o = o.withDefaults()
	o.unsure, o.anyUnsure = lessSure(events, o.Claims)
	sameView := o.View == l.View || (o.View.IsZero() || !(o.View.Span() > 0)) && l.View == l.Scale.Fit()
	if o.Scale != l.Scale || l.Scale.Events() != len(events) || !sameView ||
		o.Width != l.Width || o.Height != l.Height || o.TextSize != l.TextSize {
		return Compute(events, o)
	}
	n := *l
	n.Legend, n.Status, n.StatusX, n.StatusY, n.StatusW = nil, "", 0, 0, 0
	if n.legend(n.Scale, &o) != l.legendBottom {
		return Compute(events, o)
	}
	n.Markers = append([]Marker(nil), l.Markers...)
	for k := range n.Markers {
		i := n.Markers[k].Event
		n.Markers[k].Dim = o.Match != nil && !(i < len(o.Match) && o.Match[i])
	}
	n.Clusters = append([]Cluster(nil), l.Clusters...)
	for k := range n.Clusters {
		c := &n.Clusters[k]
		c.Matches = 0
		for _, i := range c.Events {
			if o.Match == nil || (i < len(o.Match) && o.Match[i]) {
				c.Matches++
			}
		}
		c.Dim = c.Matches == 0
	}
	n.Labels = nil
	n.labels(events, &o, n.legendBottom)
	n.message(&o)
	return &n
}

// withDefaults fills in the options left at their zero value.
func (o Options) withDefaults() Options {
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
	return o
}
