package layout

// message places Options.Message: wrapped to at most 40 em (and the
// drawing's width), centred over the plot in the room between the legend
// and the axis.
func (l *Layout) message(o *Options) {
	l.Message = Message{}
	if o.Message == "" {
		return
	}
	ts := o.TextSize
	pad := ts * 0.6
	maxW := min(40*ts, o.Width-2*pad-ts)
	lines := WrapWords(o.Message, maxW, func(s string) float32 { return o.Measure(s, ts) })
	var w float32
	for _, ln := range lines {
		w = max(w, o.Measure(ln, ts))
	}
	lineH := ts * 1.4
	m := Message{Lines: lines, W: w + 2*pad, H: float32(len(lines))*lineH + 2*pad, Pad: pad, LineH: lineH}
	x0, x1 := l.PlotX()
	m.X = max((x0+x1-m.W)/2, ts/2)
	if m.X+m.W > o.Width {
		m.X = max(o.Width-m.W, 0)
	}
	top, bottom := l.legendBottom, l.AxisY
	m.Y = max(top+(bottom-top-m.H)/2, top)
	l.Message = m
}
