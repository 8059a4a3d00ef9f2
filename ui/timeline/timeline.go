// Package timeline is the interactive timeline widget: it draws the layout
// computed by package layout with Fyne canvas objects, zooms around the
// pointer, pans by dragging, shows a tooltip on hover, selects an event on
// click or Enter, moves between events with the arrow keys, and dims the
// events that do not match the current query.
package timeline

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
	_ "github.com/claimline/claimline/ui/syslocale" // before Fyne reads the locale
)

// zoomStep is the factor of one zoom in or out step.
const zoomStep = 1.5

// Timeline is the timeline widget. Create it with New; touch it only on the
// UI goroutine.
type Timeline struct {
	widget.BaseWidget

	// OnSelected is called with the event's index when an event is selected
	// (by click, Enter, arrow keys or Select).
	OnSelected func(event int)
	// OnEventMenu, when set, is called with an event's index and the
	// pointer's absolute position on a right-click on the event (after
	// selecting it), to open its context menu.
	OnEventMenu func(event int, at fyne.Position)
	// OnViewChanged is called after the visible range changes.
	OnViewChanged func()
	// OnLanesChanged is called after a lane is shown or hidden from the
	// legend.
	OnLanesChanged func()
	// EmptyText is shown when there is no dated event.
	EmptyText string
	// noMatch is what the timeline says when the query matches no event
	// (SetNoMatch); "" says the Words' NoMatch.
	noMatch string

	events     []model.Event
	claims     []model.Claim
	laneBy     layout.LaneBy
	lanes      *layout.Lanes
	hidden     []bool
	scale      *layout.Scale
	view       layout.View
	match      []bool
	matches    int
	selected   int // -1 when none
	hover      layout.Hit
	hoverPos   fyne.Position
	hoverLane  int // the lane whose name the pointer is over, -1 when none
	focused    bool
	overLegend bool
	words      layout.Words
	status     func(matching, total int) string
	version    int // bumped whenever what is drawn changes
	// matchVersion is bumped when only the query's matches change (and
	// with them the status): the last layout is then updated by
	// layout.Rematch instead of computed again.
	matchVersion int
	last         *layout.Layout
	measure      *measurer
}

// New returns an empty timeline; words are the texts it writes (the zero
// Words is English) and status writes the match count shown while a query
// is active (nil writes "7 of 23 events match").
func New(words layout.Words, status func(matching, total int) string) *Timeline {
	t := &Timeline{EmptyText: "No dated events", selected: -1, words: words.WithDefaults(), status: status, hover: layout.Hit{Event: -1, Cluster: -1}, hoverLane: -1, measure: newMeasurer()}
	if t.status == nil {
		t.status = EnglishStatus
	}
	t.scale = layout.NewScale(nil)
	t.ExtendBaseWidget(t)
	return t
}

// EnglishStatus writes "7 of 23 events match".
func EnglishStatus(matching, total int) string {
	return itoa(matching) + " of " + itoa(total) + " events match"
}

// itoa formats n.
func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// SetEvents shows events (in date order), fits them all in view and clears
// the selection and the query's dimming. Without their claims, lanes by
// measure fall back to the events' metrics: see SetEventsWithClaims.
func (t *Timeline) SetEvents(events []model.Event) { t.SetEventsWithClaims(events, nil) }

// SetEventsWithClaims shows events as SetEvents does; claims are the
// timeline's claims the events point into, which name their measures for
// lanes by measure.
func (t *Timeline) SetEventsWithClaims(events []model.Event, claims []model.Claim) {
	t.events, t.claims = events, claims
	t.lanes = layout.BuildLanes(events, claims, t.laneBy, t.words)
	t.hidden = make([]bool, t.lanes.Len())
	t.scale = layout.NewScale(events)
	t.view = t.scale.Fit()
	t.match = nil
	t.selected = -1
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.changed()
}

// SetLaneBy splits the events into lanes by measure or by subject, or
// draws them all on the axis (layout.LaneNone); every lane is shown.
func (t *Timeline) SetLaneBy(by layout.LaneBy) {
	if by == t.laneBy && t.lanes.Len() == len(t.hidden) {
		return
	}
	t.laneBy = by
	t.lanes = layout.BuildLanes(t.events, t.claims, by, t.words)
	t.hidden = make([]bool, t.lanes.Len())
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.changed()
}

// LaneBy returns how the events are split into lanes.
func (t *Timeline) LaneBy() layout.LaneBy { return t.laneBy }

// Lanes returns the lanes (nil for layout.LaneNone).
func (t *Timeline) Lanes() *layout.Lanes { return t.lanes }

// LaneHidden reports whether lane k is hidden.
func (t *Timeline) LaneHidden(k int) bool { return k >= 0 && k < len(t.hidden) && t.hidden[k] }

// SetLaneHidden hides or shows lane k; hiding the selected event's lane
// clears the selection.
func (t *Timeline) SetLaneHidden(k int, hide bool) {
	if k < 0 || k >= len(t.hidden) || t.hidden[k] == hide {
		return
	}
	t.hidden[k] = hide
	if hide && t.selected >= 0 && t.lanes.Of[t.selected] == k {
		t.selected = -1
	}
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.changed()
}

// ReplaceEvents shows events that changed in place (a person's review: a
// status, a correction, a merge), keeping the view where it was as far as
// the new events allow, the lanes and which are hidden (when there are as
// many), the query's dimming off until SetMatch, and event selected
// selected (-1: none) without calling OnSelected.
func (t *Timeline) ReplaceEvents(events []model.Event, claims []model.Claim, selected int) {
	t.events, t.claims = events, claims
	t.lanes = layout.BuildLanes(events, claims, t.laneBy, t.words)
	if t.lanes.Len() != len(t.hidden) {
		t.hidden = make([]bool, t.lanes.Len())
	}
	// The same stretch of time stays in view (axis units change with the
	// scale's breaks); a view of every event stays one.
	fit := t.view == t.scale.Fit()
	from, to := t.VisibleRange()
	t.scale = layout.NewScale(events)
	if fit || t.view.IsZero() {
		t.view = t.scale.Fit()
	} else {
		t.view = layout.View{U0: t.scale.UOf(from), U1: t.scale.UOf(to)}.Clamp(t.scale)
	}
	if !(t.view.Span() > 0) {
		t.view = t.scale.Fit()
	}
	t.match = nil
	t.selected = -1
	if selected >= 0 && selected < len(events) {
		t.selected = selected
	}
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.changed()
}

// shown reports whether event i is in a lane that is shown.
func (t *Timeline) shown(i int) bool {
	return t.lanes == nil || i < 0 || i >= len(t.lanes.Of) || !t.LaneHidden(t.lanes.Of[i])
}

// Events returns the events shown.
func (t *Timeline) Events() []model.Event { return t.events }

// SetMatch dims the events whose entry in match is false; nil shows every
// event undimmed (no query).
func (t *Timeline) SetMatch(match []bool) {
	t.match = match
	t.matches = 0
	for _, m := range match {
		if m {
			t.matches++
		}
	}
	t.matchVersion++
	t.revealMatches()
	t.Refresh()
}

// revealMatches brings the matching events into view when none of them is
// in it: the view moves to their middle, and widens to hold them all when
// they are spread wider than it ("Airbus" typed while the view shows a
// month of other news).
func (t *Timeline) revealMatches() {
	if t.matches == 0 || t.scale == nil || t.view.IsZero() {
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, m := range t.match {
		if !m || !t.shown(i) {
			continue
		}
		u, ok := t.scale.EventU(i)
		if !ok {
			continue
		}
		if u >= t.view.U0 && u <= t.view.U1 {
			return // one is in view already
		}
		lo, hi = math.Min(lo, u), math.Max(hi, u)
	}
	if lo > hi {
		return
	}
	v := t.view.CenterOn(t.scale, (lo+hi)/2)
	if span := hi - lo; span > 0.9*t.view.Span() {
		margin := span * 0.05
		v = layout.View{U0: lo - margin, U1: hi + margin}
	}
	t.setView(v.Clamp(t.scale))
	t.changed()
}

// Matched returns the indexes of the events that stand out, in order: those
// SetMatch left undimmed; nil when it dims none.
func (t *Timeline) Matched() []int {
	if t.match == nil {
		return nil
	}
	out := make([]int, 0, t.matches)
	for i, m := range t.match {
		if m {
			out = append(out, i)
		}
	}
	return out
}

// SetNoMatch sets what the timeline says over the plot while the query
// matches no event ("No event matches “xyz”. Clear the search to see all 11
// events."); "" says the Words' NoMatch.
func (t *Timeline) SetNoMatch(text string) {
	if text == t.noMatch {
		return
	}
	t.noMatch = text
	if t.match != nil && t.matches == 0 {
		t.matchVersion++
		t.Refresh()
	}
}

// Message returns what the timeline says over the plot, "" when every
// event it shows stands out: that the query matches none (SetNoMatch),
// that every lane is hidden, or that the events the query matches are all
// in hidden lanes.
func (t *Timeline) Message() string {
	if len(t.events) == 0 {
		return ""
	}
	if n := t.lanes.Len(); n > 0 && n == len(t.hidden) {
		all := true
		for _, h := range t.hidden {
			all = all && h
		}
		if all {
			return t.words.LanesHidden
		}
	}
	if t.match == nil {
		return ""
	}
	if t.matches == 0 {
		if t.noMatch != "" {
			return t.noMatch
		}
		return t.words.NoMatch
	}
	for i, m := range t.match {
		if m && t.shown(i) {
			return ""
		}
	}
	return t.words.MatchesHidden(t.matches)
}

// Matching returns how many events match the query, and false when there is
// no query.
func (t *Timeline) Matching() (int, bool) { return t.matches, t.match != nil }

// Status returns the match count text, "" when there is no query.
func (t *Timeline) Status() string {
	if t.match == nil {
		return ""
	}
	return t.status(t.matches, len(t.events))
}

// Selected returns the selected event's index, or -1.
func (t *Timeline) Selected() int { return t.selected }

// Select selects event i, brings it into view and calls OnSelected; a
// negative i clears the selection.
func (t *Timeline) Select(i int) {
	if i >= len(t.events) {
		return
	}
	if i < 0 {
		t.selected = -1
		t.changed()
		return
	}
	t.selected = i
	if u, ok := t.scale.EventU(i); ok {
		margin := t.view.Span() * 0.05
		from, to := u, u
		if d := t.events[i].Date; d.Precision == model.PrecisionDay && !layout.Wide(d) {
			// Known only to the day: in view when its day is, whatever
			// the hour its point stands at.
			day := d.Start.Truncate(24 * time.Hour)
			from, to = t.scale.UOf(day), t.scale.UOf(day.Add(24*time.Hour))
		}
		if to < t.view.U0+margin || from > t.view.U1-margin {
			t.setView(t.view.CenterOn(t.scale, u))
		}
	}
	t.changed()
	t.revealSelected()
	if t.OnSelected != nil {
		t.OnSelected(i)
	}
}

// revealSelected zooms in, a few steps at most, while the selected event is
// hidden in a cluster, so that its own marker shows; never so far that an
// event known to the month or the year is wider than the view (zooming to
// the hours around its middle shows nothing of it).
func (t *Timeline) revealSelected() {
	minSpan := 0.0
	if d := t.events[t.selected].Date; layout.Wide(d) {
		minSpan = 1.5 * (t.scale.UOf(d.End.Add(24*time.Hour)) - t.scale.UOf(d.Start))
	}
	for step := 0; step < 8 && t.last != nil; step++ {
		if t.view.Span()/2 < minSpan {
			return
		}
		in := -1
		for k, c := range t.last.Clusters {
			if c.Selected {
				in = k
			}
		}
		if in < 0 || t.last.Clusters[in].Crowd {
			return // shown, or in a crowd that zooming never opens
		}
		u, _ := t.scale.EventU(t.selected)
		before := t.view
		t.setView(t.view.Zoom(t.scale, 2, 0.5).CenterOn(t.scale, u))
		if t.view == before {
			return
		}
		t.changed()
	}
}

// View returns the visible stretch of the axis.
func (t *Timeline) View() layout.View { return t.view }

// Scale returns the scale of the events shown.
func (t *Timeline) Scale() *layout.Scale { return t.scale }

// SetView shows view v (clamped to the events).
func (t *Timeline) SetView(v layout.View) {
	t.setView(v.Clamp(t.scale))
	t.changed()
}

// setView changes the view and tells OnViewChanged.
func (t *Timeline) setView(v layout.View) {
	if v == t.view {
		return
	}
	t.view = v
	// The tooltip belongs to the place the pointer was over.
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	if t.OnViewChanged != nil {
		t.OnViewChanged()
	}
}

// VisibleRange returns the times at the left and right edges.
func (t *Timeline) VisibleRange() (from, to time.Time) {
	return t.scale.TimeOf(t.view.U0), t.scale.TimeOf(t.view.U1)
}

// ZoomIn zooms in one step around the middle.
func (t *Timeline) ZoomIn() { t.zoomAt(zoomStep, 0.5) }

// ZoomOut zooms out one step around the middle.
func (t *Timeline) ZoomOut() { t.zoomAt(1/zoomStep, 0.5) }

// FitAll shows every event.
func (t *Timeline) FitAll() {
	t.setView(t.scale.Fit())
	t.changed()
}

// zoomAt zooms by factor around the fraction at of the width.
func (t *Timeline) zoomAt(factor, at float64) {
	t.setView(t.view.Zoom(t.scale, factor, at))
	t.changed()
}

// Next selects the next event in screen order (the first when none is
// selected); Previous the one before.
func (t *Timeline) Next() { t.step(1) }

// Previous selects the previous event in screen order.
func (t *Timeline) Previous() { t.step(-1) }

// step moves the selection by d events in screen order (the order of the
// events' places on the axis), skipping undated ones.
func (t *Timeline) step(d int) {
	if len(t.events) == 0 {
		return
	}
	// Events of hidden lanes are skipped.
	from := t.selected
	for n := 0; n < len(t.events); n++ {
		i, ok := t.scale.Step(from, d)
		if !ok {
			return
		}
		if t.shown(i) {
			t.Select(i)
			return
		}
		from = i
	}
}

// Layout returns the last computed layout (nil before the first draw).
func (t *Timeline) Layout() *layout.Layout { return t.last }

// compute lays the events out for size.
func (t *Timeline) compute(size fyne.Size) *layout.Layout {
	return layout.Compute(t.events, t.options(size))
}

// options are the layout's options for size.
func (t *Timeline) options(size fyne.Size) layout.Options {
	ts := textSize(t)
	return layout.Options{
		Width: size.Width, Height: size.Height, View: t.view, Scale: t.scale,
		Measure: t.measure.width, TextSize: ts, Match: t.match,
		// Labels may take a third of the width, within 22 and 36 em.
		MaxLabelWidth: min(max(size.Width/3, 22*ts), 36*ts),
		Selected:      t.selected, HasSelected: t.selected >= 0, Words: t.words, Status: t.Status(),
		Lanes: t.lanes, Hidden: t.hidden, WrapLabels: true, ReviewMarks: true, Claims: t.claims,
		Message: t.Message(),
	}
}

// changed marks the drawing stale and refreshes the widget.
func (t *Timeline) changed() {
	t.version++
	t.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	return newRenderer(t)
}

// zoomFactor converts a scroll of dy pixels into a zoom factor: one wheel
// notch (25 pixels on most systems) zooms by 25%.
func zoomFactor(dy float32) float64 {
	return math.Pow(1.25, float64(dy)/25)
}
