package layout

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
