package timeline

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

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
// under it, or shows or hides the lane whose legend entry it is on.
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
		t.zoomInto(t.last.Clusters[h.Cluster])
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

// zoomInto shows the span of a cluster's events with a margin, so that the
// cluster opens into its events.
func (t *Timeline) zoomInto(c layout.Cluster) {
	first, _ := t.scale.EventU(c.Events[0])
	last, _ := t.scale.EventU(c.Events[len(c.Events)-1])
	pad := (last - first) * 0.2
	if pad < layout.MinSpan {
		pad = layout.MinSpan
	}
	t.setView(layout.View{U0: first - pad, U1: last + pad}.Clamp(t.scale))
	t.changed()
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
// event with Enter and fits all with Home.
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
			t.zoomInto(t.last.Clusters[hover.Cluster])
		case t.selected >= 0:
			t.Select(t.selected)
		default:
			t.Next()
		}
	}
}
