package timeline

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// renderer draws a Timeline's layout with pooled canvas objects: each
// refresh reuses the objects of the previous one, so a pan step allocates
// almost nothing and only what is in view is drawn.
type renderer struct {
	t *Timeline

	lines   []*canvas.Line
	texts   []*canvas.Text
	circles []*canvas.Circle
	rects   []*canvas.Rectangle
	nl, nt  int
	nc, nr  int
	objects []fyne.CanvasObject

	size    fyne.Size
	version int
	// matchVersion is the timeline's matchVersion drawn.
	matchVersion int
	// tip and tipSize are the tooltip's box in the last draw (zero size
	// when none), for tests.
	tip     fyne.Position
	tipSize fyne.Size
}

// newRenderer returns the renderer of t.
func newRenderer(t *Timeline) *renderer {
	return &renderer{t: t, version: -1}
}

// Destroy implements fyne.WidgetRenderer.
func (r *renderer) Destroy() {}

// Objects implements fyne.WidgetRenderer.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize leaves room for a legend, a few rows of labels and the axis.
func (r *renderer) MinSize() fyne.Size {
	ts := textSize(r.t)
	return fyne.NewSize(ts*25, ts*12)
}

// Layout redraws for the new size.
func (r *renderer) Layout(size fyne.Size) {
	if size != r.size {
		r.size = size
		r.Refresh()
	}
}

// Refresh recomputes the layout when the timeline changed and redraws.
func (r *renderer) Refresh() {
	t := r.t
	if r.size.IsZero() {
		r.size = t.Size()
	}
	if r.size.Width <= 0 || r.size.Height <= 0 {
		return
	}
	switch {
	case r.version != t.version || t.last == nil || t.last.Width != r.size.Width || t.last.Height != r.size.Height:
		t.last = t.compute(r.size)
	case r.matchVersion != t.matchVersion:
		// Only the matches changed: the markers keep their places.
		t.last = t.last.Rematch(t.events, t.options(r.size))
	}
	r.version, r.matchVersion = t.version, t.matchVersion
	r.draw(t.last)
	canvas.Refresh(t)
}

// FocusWidth is the width of the focus outline, in pixels.
const FocusWidth = 2

// textSize returns the timeline's font size from the theme.
func textSize(t *Timeline) float32 {
	return t.Theme().Size(theme.SizeNameCaptionText) + 1
}

// palette holds the theme colours of one draw.
type palette struct {
	fg, muted, bg, primary, dimmed color.Color
}

// colors reads the theme.
func (r *renderer) colors() palette {
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return palette{
		fg:      th.Color(theme.ColorNameForeground, v),
		muted:   th.Color(theme.ColorNamePlaceHolder, v),
		bg:      th.Color(theme.ColorNameBackground, v),
		primary: th.Color(theme.ColorNamePrimary, v),
		dimmed:  th.Color(theme.ColorNameDisabled, v),
	}
}

// fade returns c with its alpha scaled by a.
func fade(c color.Color, a float32) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float32(n.A) * a)
	return n
}

// over returns the opaque colour of c laid at opacity a over bg.
func over(bg, c color.Color, a float32) color.Color {
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	f := color.NRGBAModel.Convert(c).(color.NRGBA)
	mix := func(x, y uint8) uint8 { return uint8(float32(x)*(1-a) + float32(y)*a + 0.5) }
	return color.NRGBA{R: mix(b.R, f.R), G: mix(b.G, f.G), B: mix(b.B, f.B), A: 255}
}

// draw places the pooled objects for l, in drawing order.
func (r *renderer) draw(l *layout.Layout) {
	r.nl, r.nt, r.nc, r.nr = 0, 0, 0, 0
	r.objects = r.objects[:0]
	p := r.colors()
	t := r.t
	ts := l.TextSize

	if t.focused {
		// The focus outline: opaque primary, two pixels (3:1 or more on
		// the background in both variants, see ui's contrast test).
		b := r.rect()
		b.FillColor, b.StrokeColor, b.StrokeWidth, b.CornerRadius = color.Transparent, p.primary, FocusWidth, 3
		b.Move(fyne.NewPos(1, 1))
		b.Resize(fyne.NewSize(r.size.Width-2, r.size.Height-2))
	}
	if len(t.events) == 0 {
		r.text(t.EmptyText, p.muted, ts, fyne.TextStyle{}, fyne.NewPos(ts, r.size.Height/2-ts))
		return
	}

	axis := fade(p.fg, 0.7)
	for k, ln := range l.Lanes {
		// A faint band every other lane, the lane's name at the left and
		// a thin line from it through the plot.
		if k%2 == 0 {
			b := r.rect()
			b.FillColor = fade(ln.Color, 0.07)
			b.Move(fyne.NewPos(0, ln.Y0))
			b.Resize(fyne.NewSize(l.Width, ln.Y1-ln.Y0))
		}
		r.line(fade(ln.Color, 0.35), 1, ln.NameX+ln.NameW+ts/4, ln.Y, l.Width, ln.Y)
		// The name is centred on the lane's line, at the size the layout
		// chose to keep it inside its strip.
		nh := r.t.measure.size(ln.Name, ln.NameSize).Height
		r.text(ln.Name, p.muted, ln.NameSize, fyne.TextStyle{}, fyne.NewPos(ln.NameX, ln.Y-nh/2))
	}
	for _, s := range l.Axis {
		r.line(axis, 1.5, s.X0, l.AxisY, s.X1, l.AxisY)
	}
	for _, b := range l.Breaks {
		h := ts * 0.45
		for _, x := range []float32{b.X0, b.X1} {
			r.line(axis, 1.5, x-h/2, l.AxisY+h, x+h/2, l.AxisY-h)
		}
		r.line(fade(p.muted, 0.6), 0.75, b.X0, l.AxisY, b.X1, l.AxisY)
		if b.Label != "" {
			r.text(b.Label, p.muted, ts*0.85, fyne.TextStyle{Italic: true}, fyne.NewPos(b.LabelX, l.TickLabelY))
		}
	}
	for _, tk := range l.Ticks {
		w := float32(1)
		if tk.Major {
			w = 1.5
		}
		if !tk.Context {
			r.line(axis, w, tk.X, l.AxisY, tk.X, l.AxisY+l.TickLen)
		}
		if tk.Label != "" {
			style := fyne.TextStyle{Bold: tk.Major && !tk.Context}
			r.text(tk.Label, p.fg, ts, style, fyne.NewPos(tk.LabelX, l.TickLabelY))
		}
	}
	for _, lb := range l.Labels {
		c := fade(lb.Color, 0.7)
		if lb.Dim {
			c = fade(p.dimmed, 0.5)
		}
		r.line(c, 1, lb.AnchorX, lb.AnchorY, lb.AnchorX, lb.Y+lb.H)
	}
	for _, c := range l.Clusters {
		r.bracket(c)
	}
	for _, m := range l.Markers {
		r.marker(m, p)
	}
	for _, b := range l.Breaks {
		// A bar crossing a break is cut by it, as the axis is.
		h := ts * 0.45
		for _, x := range []float32{b.X0, b.X1} {
			if under(l, x) {
				r.line(p.bg, 4, x-h/2, l.AxisY+h, x+h/2, l.AxisY-h)
				r.line(axis, 1.5, x-h/2, l.AxisY+h, x+h/2, l.AxisY-h)
			}
		}
	}
	for _, c := range l.Clusters {
		r.cluster(c, p, ts)
	}
	// The selected event's label goes over its neighbours, whose text an
	// opaque box hides, so that it can always be read.
	for _, lb := range l.Labels {
		if !lb.Selected {
			r.label(lb, p, ts)
		}
	}
	for _, lb := range l.Labels {
		if lb.Selected {
			r.label(lb, p, ts)
		}
	}
	for _, it := range l.Legend {
		r.legendItem(it, p, ts)
	}
	if l.Status != "" {
		r.text(l.Status, p.primary, ts, fyne.TextStyle{}, fyne.NewPos(l.StatusX, l.StatusY))
	}
	r.message(l.Message, p, ts)
	r.tooltip(l, p, ts)
}

// message draws the layout's message over the plot: its lines in an
// opaque box, so that the dimmed labels under it do not show through.
func (r *renderer) message(m layout.Message, p palette, ts float32) {
	if len(m.Lines) == 0 {
		return
	}
	b := r.rect()
	b.FillColor, b.StrokeColor, b.StrokeWidth, b.CornerRadius = p.bg, fade(p.fg, 0.35), 1, 4
	b.Move(fyne.NewPos(m.X, m.Y))
	b.Resize(fyne.NewSize(m.W, m.H))
	for k, ln := range m.Lines {
		h := r.t.measure.size(ln, ts).Height
		r.text(ln, p.fg, ts, fyne.TextStyle{}, fyne.NewPos(m.X+m.Pad, m.Y+m.Pad+float32(k)*m.LineH+(m.LineH-h)/2))
	}
}

// under reports whether a bar lies under x on the axis.
func under(l *layout.Layout, x float32) bool {
	for _, m := range l.Markers {
		if m.Bar && m.X0 < x && x < m.X1 {
			return true
		}
	}
	return false
}

// marker draws one event.
func (r *renderer) marker(m layout.Marker, p palette) {
	col := color.Color(m.Color)
	if m.Dim {
		col = fade(m.Color, 0.25)
	}
	if m.Selected {
		r.circle(fade(p.primary, 0.25), p.primary, 2, m.X, m.Y, m.R+5)
	}
	switch {
	case m.Bar:
		// A date wider than a day: a bar over its whole extent (lighter
		// when the reading is less sure).
		b := r.rect()
		b.FillColor, b.StrokeColor, b.StrokeWidth = fade(m.Color, 0.55), col, 1.5
		if m.Unsure && !m.Dim {
			b.FillColor, b.StrokeColor = fade(m.Color, 0.2), fade(m.Color, 0.6)
		}
		if m.Dim {
			b.FillColor = fade(m.Color, 0.15)
		}
		b.CornerRadius = m.BarH / 2
		b.Move(fyne.NewPos(m.X0, m.Y-m.BarH/2))
		b.Resize(fyne.NewSize(m.X1-m.X0, m.BarH))
	case m.Unsure && !m.Dim:
		// A less sure reading: a light disc in a thin ring, not the
		// solid disc of a sure one.
		r.circle(fade(m.Color, 0.25), fade(m.Color, 0.8), 1.5, m.X, m.Y, m.R-0.5)
	case m.Precise:
		r.circle(col, p.bg, 1, m.X, m.Y, m.R)
	default:
		r.circle(p.bg, col, 2.5, m.X, m.Y, m.R-0.5)
	}
	if m.Conflict {
		bc := color.Color(layout.ConflictColor())
		if m.Dim {
			bc = fade(bc, 0.35)
		}
		r.circle(bc, p.bg, 1, m.BadgeX, m.BadgeY, m.BadgeR+0.5)
	}
}

// bracket draws the stretch a cluster's events cover, when wider than its
// badge: a thin line with a tick at each end, under the markers.
func (r *renderer) bracket(c layout.Cluster) {
	if !c.Span {
		return
	}
	col := fade(c.Color, 0.8)
	if c.Dim {
		col = fade(c.Color, 0.25)
	}
	h := c.BracketH()
	r.line(col, h/4, c.X0, c.Y, c.X1, c.Y)
	r.line(col, 1.5, c.X0, c.Y-h/2, c.X0, c.Y+h/2)
	r.line(col, 1.5, c.X1, c.Y-h/2, c.X1, c.Y+h/2)
}

// cluster draws a group of events with its count.
func (r *renderer) cluster(c layout.Cluster, p palette, ts float32) {
	col := color.Color(c.Color)
	if c.Dim {
		col = fade(c.Color, 0.25)
	}
	if c.Selected {
		r.circle(fade(p.primary, 0.25), p.primary, 2, c.X, c.Y, c.R+5)
	}
	r.circle(col, p.bg, 1.5, c.X, c.Y, c.R)
	size := ts * 0.75
	tw := r.t.measure.size(c.CountText, size)
	r.text(c.CountText, color.White, size, fyne.TextStyle{Bold: true}, fyne.NewPos(c.X-tw.Width/2, c.Y-tw.Height/2))
	if c.Conflict {
		r.circle(layout.ConflictColor(), p.bg, 1, c.BadgeX, c.BadgeY, c.BadgeR+0.5)
	}
}

// label draws a label box with its text and source count.
func (r *renderer) label(lb layout.Label, p palette, ts float32) {
	b := r.rect()
	b.FillColor = fade(p.bg, 0.92)
	b.StrokeColor, b.StrokeWidth = fade(lb.Color, 0.55), 1
	b.CornerRadius = 3
	fg := p.fg
	if lb.Unsure {
		// A less sure reading is written lighter, in a fainter box.
		fg = p.muted
		b.StrokeColor = fade(lb.Color, 0.3)
	}
	if lb.Dim {
		fg = p.dimmed
		b.StrokeColor = fade(p.dimmed, 0.4)
	}
	style := fyne.TextStyle{}
	if lb.Selected {
		// Not bold: the layout measured the text in the regular face.
		b.StrokeColor, b.StrokeWidth = p.primary, 2
		b.FillColor = over(p.bg, p.primary, 0.2)
	}
	b.Move(fyne.NewPos(lb.X, lb.Y))
	b.Resize(fyne.NewSize(lb.W, lb.H))
	h := r.t.measure.size(lb.Text, ts).Height
	lineH, lastY := lb.H, lb.Y
	if lb.Text2 != "" {
		lineH = lb.H / 2
		lastY = lb.Y + lineH
		r.text(lb.Text2, fg, ts, style, fyne.NewPos(lb.X+lb.Pad, lastY+(lineH-h)/2))
	}
	r.text(lb.Text, fg, ts, style, fyne.NewPos(lb.X+lb.Pad, lb.Y+(lineH-h)/2))
	if lb.Note != "" {
		nc := p.muted
		if lb.Dim {
			nc = fade(p.dimmed, 0.7)
		}
		nh := r.t.measure.size(lb.Note, ts*0.85).Height
		r.text(lb.Note, nc, ts*0.85, fyne.TextStyle{}, fyne.NewPos(lb.NoteX, lastY+(lineH-nh)/2))
	}
}

// legendItem draws one legend entry.
func (r *renderer) legendItem(it layout.LegendItem, p palette, ts float32) {
	rad := it.Size / 2
	cx, cy := it.X+rad, it.Y+rad
	switch it.Kind {
	case "imprecise":
		// A short bar, as a date wider than a day is drawn.
		b := r.rect()
		b.FillColor, b.StrokeColor, b.StrokeWidth = fade(p.fg, 0.4), p.fg, 1.5
		b.CornerRadius = rad * 0.6
		b.Move(fyne.NewPos(it.X-rad*0.5, cy-rad*0.6))
		b.Resize(fyne.NewSize(it.Size+rad, rad*1.2))
	case "approx":
		// A hollow point, as an approximate day or hour is drawn.
		r.circle(p.bg, p.fg, 2.5, cx, cy, rad-0.5)
	case "conflict":
		r.circle(it.Color, p.bg, 1, cx, cy, rad*0.8)
	case "unsure":
		// A light disc in a thin ring, as a less sure event is drawn.
		r.circle(fade(p.fg, 0.25), fade(p.fg, 0.8), 1.5, cx, cy, rad-0.5)
	case "lane":
		// A square, hollow when the lane is hidden.
		b := r.rect()
		b.FillColor, b.StrokeColor, b.StrokeWidth, b.CornerRadius = it.Color, it.Color, 1.5, 2
		if it.Hidden {
			b.FillColor = color.Transparent
		}
		b.Move(fyne.NewPos(it.X, it.Y))
		b.Resize(fyne.NewSize(it.Size, it.Size))
	default:
		r.circle(it.Color, p.bg, 1, cx, cy, rad)
	}
	h := r.t.measure.size(it.Text, ts).Height
	fg := p.fg
	if it.Hidden {
		fg = p.muted
	}
	r.text(it.Text, fg, ts, fyne.TextStyle{Italic: it.Hidden}, fyne.NewPos(it.TextX, cy-h/2))
}

// tooltip draws the box describing what the pointer is over.
func (r *renderer) tooltip(l *layout.Layout, p palette, ts float32) {
	t := r.t
	var title, sub string
	switch {
	case t.hover.Event >= 0 && t.hover.Event < len(t.events):
		e := &t.events[t.hover.Event]
		title = e.Label
		sub = DateText(e.Date, t.words)
		if n := e.Articles(); n > 0 && t.words.Sources != nil {
			sub += " · " + t.words.Sources(n)
		}
		if layout.LessSure(e, t.claims) {
			conf, _ := layout.Confidence(e, t.claims)
			sub += " · " + t.words.Sure(int(conf*100+0.5))
		}
		if len(e.Conflicts) > 0 {
			sub += " · " + e.Conflicts[0].Summary
		}
	case t.hover.Cluster >= 0 && t.hover.Cluster < len(l.Clusters):
		c := l.Clusters[t.hover.Cluster]
		dates := make([]model.Date, len(c.Events))
		for k, i := range c.Events {
			dates[k] = t.events[i].Date
		}
		title = t.words.Events(c.Count)
		sub = SpanText(dates, t.words)
	case t.hoverLane >= 0 && t.lanes != nil && t.hoverLane < len(t.lanes.Names):
		// A lane's name, whole (the strip may show it shortened).
		title = t.lanes.Names[t.hoverLane]
	default:
		r.tipSize = fyne.Size{}
		return
	}
	// The title (the full label) wraps at a readable width; the box stays
	// inside the timeline, to the left of the pointer near the right edge
	// and below it near the top.
	pad := ts / 2
	maxW := min(32*ts, r.size.Width-2*pad-2)
	lines := layout.WrapWords(title, maxW, func(s string) float32 { return t.measure.size(s, ts).Width })
	// The details (date, sources, how sure, a conflict's summary) wrap
	// at the same width, inside the box.
	var subLines []string
	if sub != "" {
		subLines = layout.WrapWords(sub, maxW, func(s string) float32 { return t.measure.size(s, ts*0.9).Width })
	}
	lineH, subH := r.t.measure.size("Ag", ts).Height, r.t.measure.size("Ag", ts*0.9).Height
	var w float32
	for _, ln := range lines {
		w = max(w, t.measure.size(ln, ts).Width)
	}
	for _, ln := range subLines {
		w = max(w, t.measure.size(ln, ts*0.9).Width)
	}
	w = min(w, maxW)
	bw, bh := w+2*pad, lineH*float32(len(lines))+subH*float32(len(subLines))+pad*1.5
	x, y := tooltipPos(t.hoverPos, fyne.NewSize(bw, bh), r.size, ts)
	b := r.rect()
	b.FillColor, b.StrokeColor, b.StrokeWidth, b.CornerRadius = p.bg, fade(p.fg, 0.5), 1, 4
	b.Move(fyne.NewPos(x, y))
	b.Resize(fyne.NewSize(bw, bh))
	for k, ln := range lines {
		r.text(ln, p.fg, ts, fyne.TextStyle{Bold: true}, fyne.NewPos(x+pad, y+pad/2+lineH*float32(k)))
	}
	for k, ln := range subLines {
		r.text(ln, p.muted, ts*0.9, fyne.TextStyle{}, fyne.NewPos(x+pad, y+pad/2+lineH*float32(len(lines))+pad/2+subH*float32(k)))
	}
	r.tip = fyne.NewPos(x, y)
	r.tipSize = fyne.NewSize(bw, bh)
}

// tooltipPos places a tooltip of size box near the pointer at p, inside
// area: above and to the right of the pointer, flipped to its left near the
// right edge and below it near the top, and clamped to the area.
func tooltipPos(p fyne.Position, box, area fyne.Size, ts float32) (float32, float32) {
	x, y := p.X+ts, p.Y-box.Height-ts/2
	if x+box.Width > area.Width {
		x = p.X - ts - box.Width
	}
	if y < 0 {
		y = p.Y + ts*1.5
	}
	x = max(0, min(x, area.Width-box.Width))
	y = max(0, min(y, area.Height-box.Height))
	return x, y
}

// line adds a line from (x0, y0) to (x1, y1).
func (r *renderer) line(c color.Color, w, x0, y0, x1, y1 float32) *canvas.Line {
	if r.nl == len(r.lines) {
		r.lines = append(r.lines, canvas.NewLine(c))
	}
	l := r.lines[r.nl]
	r.nl++
	l.StrokeColor, l.StrokeWidth = c, w
	l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	r.objects = append(r.objects, l)
	return l
}

// text adds a text with its top left at pos.
func (r *renderer) text(s string, c color.Color, size float32, style fyne.TextStyle, pos fyne.Position) *canvas.Text {
	if r.nt == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", c))
	}
	t := r.texts[r.nt]
	r.nt++
	t.Text, t.Color, t.TextSize, t.TextStyle = s, c, size, style
	t.Move(pos)
	t.Resize(r.t.measure.size(s, size))
	r.objects = append(r.objects, t)
	return t
}

// circle adds a circle centred at (x, y).
func (r *renderer) circle(fill, stroke color.Color, w, x, y, rad float32) *canvas.Circle {
	if r.nc == len(r.circles) {
		r.circles = append(r.circles, canvas.NewCircle(fill))
	}
	c := r.circles[r.nc]
	r.nc++
	c.FillColor, c.StrokeColor, c.StrokeWidth = fill, stroke, w
	c.Move(fyne.NewPos(x-rad, y-rad))
	c.Resize(fyne.NewSize(2*rad, 2*rad))
	r.objects = append(r.objects, c)
	return c
}

// rect adds a rectangle; the caller sets its colours, position and size.
func (r *renderer) rect() *canvas.Rectangle {
	if r.nr == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	b := r.rects[r.nr]
	r.nr++
	// A pooled rectangle keeps what its last use set: start from none.
	b.CornerRadius, b.StrokeWidth, b.StrokeColor = 0, 0, color.Transparent
	r.objects = append(r.objects, b)
	return b
}

// SpanText writes the span the dates cover together, from the earliest
// start to the latest end, each end at its own date's precision: "Jul 2023 –
// Sep 2023", "4–5 Oct 2021", or one date when they all read the same.
func SpanText(dates []model.Date, w layout.Words) string {
	var from, to model.Date
	for _, d := range dates {
		if d.IsZero() {
			continue
		}
		if from.IsZero() || d.Start.Before(from.Start) {
			from = d
		}
		if to.IsZero() || d.End.After(to.End) {
			to = d
		}
	}
	if from.IsZero() {
		return "?"
	}
	a := model.Date{Start: from.Start, End: from.Start, Precision: from.Precision, Approx: from.Approx}
	b := model.Date{Start: to.End, End: to.End, Precision: to.Precision, Approx: to.Approx}
	if from.Start.Equal(to.Start) && from.End.Equal(to.End) {
		return DateText(from, w)
	}
	if a.Precision == b.Precision && a.Precision != model.PrecisionHour && !a.Approx && !b.Approx {
		return DateText(model.Date{Start: a.Start, End: b.End, Precision: a.Precision, Range: true}, w)
	}
	return DateText(a, w) + " – " + DateText(b, w)
}

// DateText writes d with the month names of w: "4 Oct 2021", "Oct 2021",
// "2013", "9–12 Jan 2021", "~ Jan 2021" for an approximate date.
func DateText(d model.Date, w layout.Words) string {
	if d.IsZero() {
		return "?"
	}
	months := w.Months
	if months[0] == "" {
		months = layout.English().Months
	}
	one := func(p model.Precision, y, m, day int) string {
		switch p {
		case model.PrecisionYear:
			return itoa(y)
		case model.PrecisionMonth:
			return months[m-1] + " " + itoa(y)
		}
		return itoa(day) + " " + months[m-1] + " " + itoa(y)
	}
	s, e := d.Start, d.End
	var out string
	switch {
	case !d.Range:
		out = one(d.Precision, s.Year(), int(s.Month()), s.Day())
	case d.Precision == model.PrecisionDay && s.Year() == e.Year() && s.Month() == e.Month():
		out = itoa(s.Day()) + "–" + one(model.PrecisionDay, e.Year(), int(e.Month()), e.Day())
	default:
		out = one(d.Precision, s.Year(), int(s.Month()), s.Day()) + " – " + one(d.Precision, e.Year(), int(e.Month()), e.Day())
	}
	if d.Approx {
		out = "~ " + out
	}
	return out
}
