package timeline

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// The interfaces the timeline answers to.
var (
	_ fyne.Scrollable        = (*Timeline)(nil)
	_ fyne.Draggable         = (*Timeline)(nil)
	_ fyne.Tappable          = (*Timeline)(nil)
	_ fyne.Focusable         = (*Timeline)(nil)
	_ desktop.Hoverable      = (*Timeline)(nil)
	_ desktop.Cursorable     = (*Timeline)(nil)
	_ fyne.SecondaryTappable = (*Timeline)(nil)
)

// Scrolled zooms around the pointer with the vertical scroll and pans with
// the horizontal one.
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	l := t.last
	if l == nil || len(t.events) == 0 {
		return
	}
	v := t.view
	if ev.Scrolled.DY != 0 {
		v = v.Zoom(t.scale, zoomFactor(ev.Scrolled.DY), l.Fraction(ev.Position.X))
	}
	if ev.Scrolled.DX != 0 {
		x0, x1 := l.PlotX()
		v = v.Pan(t.scale, float64(-ev.Scrolled.DX/(x1-x0)))
	}
	t.setView(v)
	t.changed()
}

// Dragged pans the timeline with the pointer.
func (t *Timeline) Dragged(ev *fyne.DragEvent) {
	l := t.last
	if l == nil || len(t.events) == 0 {
		return
	}
	x0, x1 := l.PlotX()
	t.setView(t.view.Pan(t.scale, float64(-ev.Dragged.DX/(x1-x0))))
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.changed()
}

// DragEnd implements fyne.Draggable.
func (t *Timeline) DragEnd() {}

// Tapped selects the event under the pointer, zooms into the cluster
// under it (or lists its events when zooming cannot open it, see
// openCluster), or shows or hides the lane whose legend entry it is on.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	t.requestFocus()
	if t.last != nil {
		if k := t.last.LegendAt(ev.Position.X, ev.Position.Y); k >= 0 {
			t.SetLaneHidden(k, !t.LaneHidden(k))
			if t.OnLanesChanged != nil {
				t.OnLanesChanged()
			}
			return
		}
	}
	h := t.hitAt(ev.Position)
	switch {
	case h.Event >= 0:
		t.Select(h.Event)
	case h.Cluster >= 0:
		t.openCluster(h.Cluster, ev.AbsolutePosition)
	}
}

// TappedSecondary selects the event under the pointer and opens its menu
// (OnEventMenu); elsewhere it fits all events (a quick way back after
// zooming).
func (t *Timeline) TappedSecondary(ev *fyne.PointEvent) {
	if h := t.hitAt(ev.Position); h.Event >= 0 && t.OnEventMenu != nil {
		t.Select(h.Event)
		t.OnEventMenu(h.Event, ev.AbsolutePosition)
		return
	}
	t.FitAll()
}

// requestFocus focuses the timeline so that it gets the keyboard.
func (t *Timeline) requestFocus() {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(t); c != nil && c.Focused() != t {
			c.Focus(t)
		}
	}
}

// openCluster opens cluster k of the last layout: it zooms into it, so
// that it opens into its events; a cluster that zooming cannot open (a
// Cluster.Crowd, events of one day or one month that nothing places apart
// within it, or one already at the deepest zoom) lists its events instead,
// in a menu at the absolute position at, where choosing one selects it.
func (t *Timeline) openCluster(k int, at fyne.Position) {
	if t.last == nil || k < 0 || k >= len(t.last.Clusters) {
		return
	}
	c := t.last.Clusters[k]
	if !c.Crowd && t.zoomInto(c) {
		return
	}
	t.showMembers(c, at)
}

// zoomInto shows the span of a cluster's events with a margin, so that the
// cluster opens into its events; it returns false when the view stays as it
// was (it is as deep as it goes). An event known only to the month or the
// year spans its whole period: a cluster of such events opens onto their
// months, never onto the hours around the points that stand for them; one
// known to the day spans its day.
func (t *Timeline) zoomInto(c layout.Cluster) bool {
	if len(c.Events) == 0 {
		return false
	}
	first, last := math.Inf(1), math.Inf(-1)
	for _, i := range c.Events {
		u, _ := t.scale.EventU(i)
		lo, hi := u, u
		if d := t.events[i].Date; layout.Wide(d) || d.Valid() && d.Precision == model.PrecisionDay {
			// (a day's event spans its day: a cluster of one day's
			// events opens onto that day, not onto hours the points
			// stand at for want of a time)
			lo, hi = t.scale.UOf(d.Start), t.scale.UOf(d.End.Add(24*time.Hour))
		}
		first, last = min(first, lo), max(last, hi)
	}
	pad := (last - first) * 0.2
	if pad < layout.MinSpan {
		pad = layout.MinSpan
	}
	before := t.view
	if last-first+2*pad >= before.Span() {
		return false // (a month's event in a cluster seen closer: its members' menu, not a zoom out)
	}
	t.setView(layout.View{U0: first - pad, U1: last + pad}.Clamp(t.scale))
	if t.view == before {
		return false
	}
	t.changed()
	return true
}

// maxMemberRunes is the most characters of a label an entry of a
// cluster's menu shows.
const maxMemberRunes = 80

// showMembers opens the menu of cluster c's events at the absolute position
// at: each entry is an event's label (the selected one checked), and
// choosing one selects it, which shows its passages. Without a canvas (a
// timeline in no window), it selects the cluster's first event.
func (t *Timeline) showMembers(c layout.Cluster, at fyne.Position) {
	var cv fyne.Canvas
	if app := fyne.CurrentApp(); app != nil {
		cv = app.Driver().CanvasForObject(t)
	}
	if cv == nil {
		t.Select(c.Events[0])
		return
	}
	items := make([]*fyne.MenuItem, 0, len(c.Events))
	for _, i := range c.Events {
		e := &t.events[i]
		text := []rune(layout.ReviewMark(e) + e.Label)
		if len(text) > maxMemberRunes {
			text = append(text[:maxMemberRunes-1], '…')
		}
		item := fyne.NewMenuItem(string(text), func() {
			t.Select(i)
			t.requestFocus()
		})
		item.Checked = i == t.selected
		items = append(items, item)
	}
	// The cluster's tooltip goes: the menu says more.
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.Refresh()
	m := widget.NewPopUpMenu(fyne.NewMenu("", items...), cv)
	// The keyboard comes back to the timeline when the menu closes.
	hide := m.OnDismiss
	m.OnDismiss = func() {
		hide()
		t.requestFocus()
	}
	m.ShowAtPosition(at)
}

// hitAt returns what is under p in the last layout.
func (t *Timeline) hitAt(p fyne.Position) layout.Hit {
	if t.last == nil {
		return layout.Hit{Event: -1, Cluster: -1}
	}
	return t.last.HitTest(p.X, p.Y, 4)
}

// MouseIn implements desktop.Hoverable.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved shows the tooltip of what is under the pointer.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	h := t.hitAt(ev.Position)
	t.overLegend = t.last != nil && t.last.LegendAt(ev.Position.X, ev.Position.Y) >= 0
	lane := -1
	if h.Event < 0 && h.Cluster < 0 && t.last != nil {
		lane = t.last.LaneNameAt(ev.Position.X, ev.Position.Y)
	}
	if h == t.hover && (h.Event < 0 && h.Cluster < 0) && lane == t.hoverLane && lane < 0 {
		return
	}
	t.hover, t.hoverLane, t.hoverPos = h, lane, ev.Position
	t.Refresh()
}

// MouseOut hides the tooltip.
func (t *Timeline) MouseOut() {
	if t.hover.Event < 0 && t.hover.Cluster < 0 && t.hoverLane < 0 {
		return
	}
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	t.Refresh()
}

// Cursor shows a pointing hand over events, clusters and lane entries of
// the legend.
func (t *Timeline) Cursor() desktop.Cursor {
	if t.hover.Event >= 0 || t.hover.Cluster >= 0 || t.overLegend {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// FocusGained implements fyne.Focusable.
func (t *Timeline) FocusGained() {
	t.focused = true
	t.Refresh()
}

// FocusLost implements fyne.Focusable.
func (t *Timeline) FocusLost() {
	t.focused = false
	t.Refresh()
}

// TypedRune zooms with + (or =) and -.
func (t *Timeline) TypedRune(r rune) {
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	switch r {
	case '+', '=':
		t.ZoomIn()
	case '-', '−':
		t.ZoomOut()
	}
}

// TypedKey moves between events with the arrow keys, selects the hovered
// event with Enter (opens the hovered cluster, or lists the events of the
// crowd the selected event is in) and fits all with Home.
func (t *Timeline) TypedKey(ev *fyne.KeyEvent) {
	hover := t.hover
	// The tooltip goes as the keyboard moves the view or the selection.
	t.hover, t.hoverLane = layout.Hit{Event: -1, Cluster: -1}, -1
	switch ev.Name {
	case fyne.KeyRight, fyne.KeyDown:
		t.Next()
	case fyne.KeyLeft, fyne.KeyUp:
		t.Previous()
	case fyne.KeyHome:
		t.FitAll()
	case fyne.KeyEnd:
		if n := len(t.events); n > 0 {
			t.Select(n - 1)
		}
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		switch {
		case hover.Event >= 0:
			t.Select(hover.Event)
		case hover.Cluster >= 0 && t.last != nil && hover.Cluster < len(t.last.Clusters):
			c := t.last.Clusters[hover.Cluster]
			t.openCluster(hover.Cluster, t.absolute(fyne.NewPos(c.X-c.R, c.Y+c.R)))
		case t.selected >= 0 && t.selectedCrowd() >= 0:
			// The selected event is hidden in a crowd: Enter lists the
			// crowd's events, to choose among them.
			c := t.last.Clusters[t.selectedCrowd()]
			t.showMembers(c, t.absolute(fyne.NewPos(c.X-c.R, c.Y+c.R)))
		case t.selected >= 0:
			t.Select(t.selected)
		default:
			t.Next()
		}
	}
}

// selectedCrowd returns the index in the last layout of the crowd
// (Cluster.Crowd) that holds the selected event, or -1.
func (t *Timeline) selectedCrowd() int {
	if t.last == nil {
		return -1
	}
	for k, c := range t.last.Clusters {
		if c.Selected && c.Crowd {
			return k
		}
	}
	return -1
}

// absolute returns the absolute position of p, a position in t.
func (t *Timeline) absolute(p fyne.Position) fyne.Position {
	if app := fyne.CurrentApp(); app != nil {
		return app.Driver().AbsolutePositionForObject(t).Add(p)
	}
	return p
}
