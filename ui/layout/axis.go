package layout

import "math"

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

// breakLabels names each break's length ("14 months"), centred on it; they
// are placed before the ticks, whose labels make way for them. A label that
// would overlap the one before is left out.
func (l *Layout) breakLabels(o *Options) {
	last := float32(math.Inf(-1))
	for i := range l.Breaks {
		b := &l.Breaks[i]
		text := o.Words.Gap(b.To.Sub(b.From).Hours() / 24)
		w := o.Measure(text, o.TextSize*0.85)
		x := (b.X0+b.X1)/2 - w/2
		x = max(0, min(x, l.Width-w))
		if x < last+o.TextSize/2 {
			continue
		}
		b.Label, b.LabelX, b.LabelW = text, x, w
		last = x + w
	}
}

// underBreakLabel reports whether a..b meets a break's label (with a
// little room on each side).
func (l *Layout) underBreakLabel(a, b, room float32) bool {
	for _, br := range l.Breaks {
		if br.Label != "" && br.LabelX-room < b && a < br.LabelX+br.LabelW+room {
			return true
		}
	}
	return false
}
