package export

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/claimline/claimline/ui/layout"
)

// baseline returns the baseline that centres text of size px on y.
func baseline(y, px float64) float64 { return y + 0.36*px }

// tint mixes c into the page background at strength a (0..1).
func tint(c, bg color.NRGBA, a float64) color.NRGBA {
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 0xff}
}

// tickLabelX returns the left edge of tick tk's label drawn in style st,
// w wide. A label drawn in another style than it was laid out in is as
// wide as that style makes it: centred on its tick again and kept inside
// the page's margins, as far as its tick allows ("Jan 2026" in bold at
// the right edge was clipped; "Jan 2025" at the left one touched the
// image's edge).
func (d *drawing) tickLabelX(tk layout.Tick, st Style, w float64) float64 {
	if st == Regular {
		return float64(tk.LabelX)
	}
	x, width := float64(tk.X), float64(d.lay.Width)
	left := min(d.pg.margin, x)
	right := width - min(d.pg.margin, width-x)
	return max(min(x-w/2, right-w), left)
}

// drawTimeline draws the layout in the order it asks for: axis, breaks,
// ticks, leader lines, markers and clusters, labels, legend.
func (d *drawing) drawTimeline(p *pen) {
	l, pal := d.lay, d.pal
	ts := float64(l.TextSize)
	axisY := float64(l.AxisY)
	if d.inView == 0 {
		msg := d.words.L("No event to draw")
		switch {
		case d.o.Events != nil && d.o.Query != "":
			msg = d.words.L("No event matches “{{.Query}}”", map[string]any{"Query": d.o.Query})
		case d.dated > 0:
			msg = d.words.L("No event in this time range")
		}
		p.textCenter(float64(l.Width)/2, float64(l.Height)/2, msg, Italic, ts*1.3, pal.muted)
		if d.dated == 0 {
			// No axis: it would show a made-up time range.
			return
		}
	}

	for _, it := range l.Legend {
		d.drawLegendItem(p, it)
	}
	// The layout stacks labels up from the axis; when they leave room
	// under the legend, their rows spread over it (d.lift) and the
	// timeline moves up to the middle of what is left (d.shift).
	if d.shift > 0 {
		p.oy -= d.shift
		defer func() { p.oy += d.shift }()
	}
	top := axisY - 3*ts
	for _, lb := range d.labels() {
		top = min(top, float64(lb.Y))
	}

	// Grid lines at major ticks help read dates off the labels.
	for _, tk := range l.Ticks {
		if tk.Major {
			p.line(float64(tk.X), top-ts/2, float64(tk.X), axisY, 1, pal.grid)
		}
	}
	for _, s := range l.Axis {
		p.line(float64(s.X0), axisY, float64(s.X1), axisY, 1.5, pal.axis)
	}
	for _, b := range l.Breaks {
		d.drawBreak(p, b, axisY, ts)
	}
	for _, tk := range l.Ticks {
		n := float64(l.TickLen)
		w := 1.0
		if tk.Major {
			n, w = n*1.6, 1.5
		}
		p.line(float64(tk.X), axisY, float64(tk.X), axisY+n, w, pal.axis)
		if tk.Label == "" {
			continue
		}
		st, c := Regular, pal.muted
		if tk.Major {
			st, c = Bold, pal.text
		}
		if tk.Context {
			st = Italic
		}
		p.text(d.tickLabelX(tk, st, p.fonts.width(tk.Label, st, ts, p.kern)), float64(l.TickLabelY)+0.9*ts, tk.Label, st, ts, c)
	}
	labels := d.labels()
	for _, lb := range labels {
		p.line(float64(lb.AnchorX), float64(lb.Y+lb.H), float64(lb.AnchorX), float64(lb.AnchorY), 1, tint(lb.Color, pal.bg, 0.8))
	}
	bars := false
	for _, m := range l.Markers {
		if m.Bar { // under the points
			d.drawMarker(p, m)
			bars = true
		}
	}
	if bars {
		// A bar crossing a break is cut by it, as the axis is.
		k := ts * 0.4
		for _, b := range l.Breaks {
			for _, x := range []float64{float64(b.X0), float64(b.X1)} {
				p.line(x-k/2, axisY+k, x+k/2, axisY-k, 4, pal.bg)
				p.line(x-k/2, axisY+k, x+k/2, axisY-k, 1.5, pal.axis)
			}
		}
	}
	for _, m := range l.Markers {
		if m.Moved { // joined to its date on the axis
			p.line(float64(m.DateX), float64(m.LineY), float64(m.X), float64(m.Y), 1.5, tint(m.Color, pal.bg, 0.9))
		}
	}
	for _, c := range l.Clusters {
		d.drawBracket(p, c)
	}
	for _, c := range l.Clusters {
		d.drawCluster(p, c)
	}
	for _, m := range l.Markers {
		if !m.Bar {
			d.drawMarker(p, m)
		}
	}
	for _, lb := range labels {
		d.drawLabel(p, lb)
	}
}

// labels returns the layout's labels where they are drawn: each row moved
// up by d.lift per row, to spread the rows over the room above them.
func (d *drawing) labels() []layout.Label {
	out := append([]layout.Label(nil), d.lay.Labels...)
	for i := range out {
		out[i].Y -= float32(d.lift * float64(out[i].Row+1))
		// A counted cluster's label names its numbers in the list, which
		// are known only once the layout is chosen.
		if c := out[i].Cluster; out[i].Event < 0 && c >= 0 && c < len(d.lay.Clusters) && d.number != nil {
			if ks := d.lay.Clusters[c].Events; !d.clusterNamed(ks) {
				out[i].Text = Fit(d.fonts, d.clusterText(ks), Regular, float64(d.lay.TextSize), float64(out[i].W-2*out[i].Pad)+0.5) // float32 rounding
			}
		}
	}
	return out
}

// drawBreak draws a compressed stretch: a dashed axis between two slashes.
func (d *drawing) drawBreak(p *pen, b layout.Break, y, ts float64) {
	x0, x1 := float64(b.X0), float64(b.X1)
	p.dashed(x0, y, x1, y, 1.5, ts/4, d.pal.faint)
	k := ts * 0.4
	for _, x := range []float64{x0, x1} {
		p.line(x-k/2, y+k, x+k/2, y-k, 1.5, d.pal.axis)
	}
	if b.Label != "" {
		p.text(float64(b.LabelX), float64(d.lay.TickLabelY)+0.9*ts, b.Label, Italic, ts*0.85, d.pal.faint)
	}
}

// drawMarker draws one event: a bar over its extent when wider than a day,
// else a disc, hollow when the date is imprecise,
// with its conflict badge.
func (d *drawing) drawMarker(p *pen, m layout.Marker) {
	x, y, r := float64(m.X), float64(m.Y), float64(m.R)
	if m.Bar {
		// A date wider than a day: a bar over its whole extent, lighter
		// when the reading is less sure.
		x0, x1, h := float64(m.X0), float64(m.X1), float64(m.BarH)
		rim, fill := m.Color, tint(m.Color, d.pal.bg, 0.55)
		if m.Unsure {
			rim, fill = tint(m.Color, d.pal.bg, 0.6), tint(m.Color, d.pal.bg, 0.2)
		}
		p.roundRect(x0, y-h/2, x1-x0, h, h/2, rim)
		p.roundRect(x0+1.5, y-h/2+1.5, x1-x0-3, h-3, h/2-1.5, fill)
	} else if m.Unsure {
		// A less sure reading: a light disc in a thin ring.
		p.circle(x, y, r, tint(m.Color, d.pal.bg, 0.8))
		p.circle(x, y, r-1.5, tint(m.Color, d.pal.bg, 0.25))
	} else if m.Precise {
		p.circle(x, y, r, m.Color)
	} else {
		p.circle(x, y, r, d.pal.bg)
		p.ring(x, y, r-r*0.2, r*0.4, m.Color)
	}
	if m.Conflict {
		d.drawBadge(p, float64(m.BadgeX), float64(m.BadgeY), float64(m.BadgeR))
	}
}

// drawBracket draws the stretch a cluster's events cover, when wider than
// its badge: a thin line with a tick at each end.
func (d *drawing) drawBracket(p *pen, c layout.Cluster) {
	if !c.Span {
		return
	}
	col := tint(c.Color, d.pal.bg, 0.8)
	x0, x1, y, h := float64(c.X0), float64(c.X1), float64(c.Y), float64(c.BracketH())
	p.line(x0, y, x1, y, h/4, col)
	p.line(x0, y-h/2, x0, y+h/2, 1.5, col)
	p.line(x1, y-h/2, x1, y+h/2, 1.5, col)
}

// drawCluster draws a group of events with its count.
func (d *drawing) drawCluster(p *pen, c layout.Cluster) {
	x, y, r := float64(c.X), float64(c.Y), float64(c.R)
	p.circle(x, y, r+1.5, d.pal.bg)
	p.circle(x, y, r, c.Color)
	size := r * 0.95
	if len(c.CountText) > 2 {
		size = r * 0.8
	}
	p.textCenter(x, baseline(y, size), c.CountText, Bold, size, d.pal.badgeText)
	if c.Conflict {
		d.drawBadge(p, float64(c.BadgeX), float64(c.BadgeY), float64(c.BadgeR))
	}
}

// drawBadge draws the conflict badge: an exclamation mark on a disc.
func (d *drawing) drawBadge(p *pen, x, y, r float64) {
	p.circle(x, y, r+1, d.pal.bg)
	p.circle(x, y, r, layout.ConflictColor())
	size := r * 1.6
	p.textCenter(x, baseline(y, size), "!", Bold, size, d.pal.badgeText)
}

// drawLabel draws a label's box, its text and its source reference mark.
func (d *drawing) drawLabel(p *pen, lb layout.Label) {
	ts := float64(d.lay.TextSize)
	x, y, w, h := float64(lb.X), float64(lb.Y), float64(lb.W), float64(lb.H)
	// A box framed in the marker's colour, filled with a tint of it; a
	// less sure event's frame is fainter and its text lighter.
	frame := tint(lb.Color, d.pal.bg, 0.55)
	if lb.Unsure {
		frame = tint(lb.Color, d.pal.bg, 0.3)
	}
	p.roundRect(x, y, w, h, ts/3, frame)
	p.roundRect(x+1, y+1, w-2, h-2, ts/3-1, tint(lb.Color, d.pal.bg, 0.14))
	by := baseline(y+h/2, ts)
	text, ref := lb.Text, ""
	switch {
	case lb.Event >= 0:
		ref = d.refsOf(lb.Event)
	case lb.Cluster >= 0 && lb.Cluster < len(d.lay.Clusters):
		ref = d.refsOf(d.lay.Clusters[lb.Cluster].Events...)
	}
	if ref != "" && strings.HasSuffix(text, " "+ref) {
		text = strings.TrimSuffix(text, " "+ref)
	} else {
		ref = ""
	}
	tx := x + float64(lb.Pad)
	fg := d.pal.text
	if lb.Unsure {
		fg = d.pal.muted
	}
	tw := d.drawMarked(p, tx, by, text, fg)
	if ref != "" {
		// SVG drops a text's leading space: the gap is a move instead.
		gap := p.fonts.width(" ", Regular, ts, p.kern)
		p.text(tx+tw+gap, by, ref, Regular, ts, d.pal.muted)
	}
	if lb.Note != "" {
		p.text(float64(lb.NoteX), by, lb.Note, Regular, ts*0.85, d.pal.muted)
	}
}

// drawLegendItem draws one legend entry: its symbol, then its text.
func (d *drawing) drawLegendItem(p *pen, it layout.LegendItem) {
	ts := float64(d.lay.TextSize)
	s := float64(it.Size)
	cx, cy := float64(it.X)+s/2, float64(it.Y)+s/2
	switch it.Kind {
	case "conflict":
		d.drawBadge(p, cx, cy, s/2)
	case "unsure":
		// A light disc in a thin ring, as a less sure event is drawn.
		p.circle(cx, cy, s/2, tint(d.pal.text, d.pal.bg, 0.8))
		p.circle(cx, cy, s/2-1.5, tint(d.pal.text, d.pal.bg, 0.25))
	case "approx":
		// A hollow point, as an approximate day or hour is drawn.
		p.circle(cx, cy, s/2, d.pal.bg)
		p.ring(cx, cy, s/2-s/2*0.2, s/2*0.4, d.pal.text)
	case "imprecise":
		// A short bar, as a date wider than a day is drawn.
		h := s * 0.6
		p.roundRect(cx-s*0.75, cy-h/2, s*1.5, h, h/2, it.Color)
		p.roundRect(cx-s*0.75+1.5, cy-h/2+1.5, s*1.5-3, h-3, h/2-1.5, tint(it.Color, d.pal.bg, 0.55))
	default:
		p.circle(cx, cy, s/2, it.Color)
	}
	p.text(float64(it.TextX), baseline(cy, ts), it.Text, Regular, ts, d.pal.text)
}

// drawNotes draws the numbered sources under the timeline.
func (d *drawing) drawNotes(p *pen) {
	if len(d.notes) == 0 {
		return
	}
	pg, g := d.pg, d.pg.notes
	y := pg.notesY + g.lineH
	p.line(pg.margin, pg.notesY, pg.w-pg.margin, pg.notesY, 1, d.pal.grid)
	heading := "Sources"
	if len(d.marks) > 0 {
		heading = "Sources and notes"
	}
	p.text(pg.margin, y, d.words.L(heading), Bold, pg.body, d.pal.text)
	numW := p.fonts.Width(fmt.Sprintf("[%d]", len(d.notes)), Bold, pg.body) + pg.body*0.5
	for k := 0; k < g.rows*g.cols; k++ {
		col, row := k/g.rows, k%g.rows
		x := pg.margin + float64(col)*(g.colW+g.gap)
		by := y + g.lineH*(1.4+float64(row))
		if k >= g.shown {
			if rest := len(d.notes) - g.shown; rest > 0 && k == g.shown {
				p.text(x, by, d.words.N(rest, "… and 1 more article", "… and {{.N}} more articles"), Italic, pg.body, d.pal.muted)
			}
			continue
		}
		n := d.notes[k]
		p.text(x, by, n.label(), Bold, pg.body, d.pal.muted)
		p.text(x+numW, by, p.fit(n.text(d.words), Regular, pg.body, g.colW-numW), Regular, pg.body, d.pal.text)
	}
}
