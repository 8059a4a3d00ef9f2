package layout

import (
	"image/color"
	"slices"
	"sort"
	"strings"

	"github.com/claimline/claimline/model"
)

// candidate is a label waiting for a row.
type candidate struct {
	event, cluster int
	count          int // events it stands for
	x, top         float32
	text           string
	sources        int
	dim, selected  bool
	unsure         bool
	color          color.NRGBA
}

// labels places one label per marker and cluster, most important first
// (those matching the query, then clusters of more events, then events with
// more sources, then left to right), each in the lowest row where it
// overlaps no other label; a label that fits in no row is left out. The
// selection does not change that order, so that selecting an event never
// moves the other labels: the selected event's label, when it found no row,
// is drawn over the others (Over). With WrapLabels, a label too long for
// one line takes two rows.
func (l *Layout) labels(events []model.Event, o *Options, top float32) {
	var cs []candidate
	for _, m := range l.Markers {
		top := m.Y - m.R
		if m.Bar {
			top = m.Y - m.BarH/2
		}
		text := events[m.Event].Label
		if o.ReviewMarks {
			text = ReviewMark(&events[m.Event]) + text
		}
		cs = append(cs, candidate{event: m.Event, cluster: -1, count: 1, x: m.X, top: top, text: text,
			sources: m.Sources, dim: m.Dim, selected: m.Selected, unsure: m.Unsure, color: m.Color})
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
	if !o.ClearLeaders {
		l.Labels = l.place(cs, o, top, 0)
		return
	}
	// Where the two staircases meet is tried at the middle, at both
	// ends and between markers; the split that labels the most markers
	// (then uses the fewest rows) wins.
	splits := []float32{l.Width / 2, 0, l.Width + 1}
	xs := make([]float32, len(cs))
	for i, c := range cs {
		xs[i] = c.x
	}
	sort.Slice(xs, func(a, b int) bool { return xs[a] < xs[b] })
	const most = 24
	step := max(1, len(xs)/most)
	for i := step; i < len(xs); i += step {
		splits = append(splits, (xs[i-1]+xs[i])/2)
	}
	var best []Label
	bestRows := 0
	for _, mid := range splits {
		got := l.place(append([]candidate(nil), cs...), o, top, mid)
		rows := 0
		for _, lb := range got {
			rows = max(rows, lb.Row+1)
		}
		if best == nil || len(got) > len(best) || len(got) == len(best) && rows < bestRows {
			best, bestRows = got, rows
		}
	}
	l.Labels = best
}

// place puts labels cs in rows, in the order labels describes; with
// o.ClearLeaders, markers left of mid have their labels run right, the
// others left.
func (l *Layout) place(cs []candidate, o *Options, top, mid float32) []Label {
	ts := o.TextSize
	var out []Label
	sort.SliceStable(cs, func(a, b int) bool {
		ca, cb := cs[a], cs[b]
		if ca.dim != cb.dim {
			return !ca.dim
		}
		if o.ClearLeaders {
			// Two staircases, each label in the lowest row it fits: on
			// the left half, labels run right from their markers and are
			// placed right to left, so that each leader passes left of
			// the labels below it; on the right half they run left and
			// are placed left to right.
			la, lb := ca.x >= mid, cb.x >= mid
			if la != lb {
				return !la
			}
			if la {
				return ca.x < cb.x
			}
			return ca.x > cb.x
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
	bottom := l.labelBottom
	rows := int((bottom - top - gap) / (h + gap))
	if rows <= 0 {
		return nil
	}
	placed := make([][]Stretch, rows)
	var leaders []leader
	pad := ts / 3
	for ci := range cs {
		c := &cs[ci]
		note := ""
		var noteW float32
		if c.sources > 1 {
			note = o.Words.Sources(c.sources)
			noteW = o.Measure(note, ts*0.85) + ts/2
		}
		max := o.MaxLabelWidth - 2*pad
		text, w := fit(c.text, max-noteW, ts, o.Measure)
		text2, w2 := "", float32(0)
		span := 1
		cut := text != c.text
		if o.WrapLabels && cut && rows > 1 {
			if a, b := wrap2(c.text, max, ts, o.Measure); a != "" {
				text, w = a, o.Measure(a, ts)
				text2, w2 = fit(b, max-noteW, ts, o.Measure)
				span, cut = 2, text2 != b
			}
		}
		bw := max32(w, w2+noteW*float32(span-1)) + 2*pad
		if span == 1 {
			bw = w + noteW + 2*pad
		}
		x := c.x - pad
		if o.ClearLeaders && c.x >= mid {
			x = c.x + pad - bw
		}
		if x+bw > l.Width-ts/4 {
			x = l.Width - ts/4 - bw
		}
		if x < ts/4 {
			x = ts / 4
		}
		lb := Label{Text: text, Text2: text2, Note: note, Full: c.text, Cut: cut,
			X: x, W: bw, Pad: pad, Event: c.event, Cluster: c.cluster, AnchorX: c.x, AnchorY: c.top, Color: c.color, Dim: c.dim, Selected: c.selected, Unsure: c.unsure}
		lb.NoteX = x + pad + w + ts/2
		if span == 2 {
			lb.NoteX = x + pad + w2 + ts/2
		}
		found := false
		for row := 0; row+span <= rows; row++ {
			free := true
			for r := row; r < row+span; r++ {
				free = free && !overlaps(placed[r], x-gap, x+bw+gap)
			}
			if !free || o.ClearLeaders && crosses(leaders, placed, row, x-gap, x+bw+gap, c.x) {
				continue
			}
			for r := row; r < row+span; r++ {
				placed[r] = append(placed[r], Stretch{X0: x, X1: x + bw})
			}
			leaders = append(leaders, leader{x: c.x, row: row})
			lb.Row = row
			lb.Y = bottom - float32(row+span)*h - float32(row+span-1)*gap
			lb.H = float32(span)*h + float32(span-1)*gap
			out = append(out, lb)
			found = true
			break
		}
		if !found && c.selected {
			lb.Over, lb.Row = true, 0
			lb.Y = bottom - float32(span)*h - float32(span-1)*gap
			lb.H = float32(span)*h + float32(span-1)*gap
			out = append(out, lb)
		}
	}
	return hideUnder(out)
}

// hideUnder leaves out the labels the selected label covers when it is
// drawn over the rows (Over): drawn on top, it left pieces of theirs
// showing at its sides ("3 e…s"). The others keep their rows.
func hideUnder(labels []Label) []Label {
	k := slices.IndexFunc(labels, func(lb Label) bool { return lb.Over })
	if k < 0 {
		return labels
	}
	over := labels[k]
	return slices.DeleteFunc(labels, func(lb Label) bool {
		return !lb.Over && lb.X < over.X+over.W && over.X < lb.X+lb.W && lb.Y < over.Y+over.H && over.Y < lb.Y+lb.H
	})
}

// leader is the line from a placed label in row down to its marker at x: it
// passes through every row below.
type leader struct {
	x   float32
	row int
}

// crosses reports whether a label in row over [a, b], whose own leader
// drops at x, would cross a leader line (one from a higher row under [a,
// b]) or have its leader cross a label (one in a lower row over x).
func crosses(leaders []leader, placed [][]Stretch, row int, a, b, x float32) bool {
	for _, ld := range leaders {
		if ld.row > row && a <= ld.x && ld.x <= b {
			return true
		}
	}
	for r := 0; r < row; r++ {
		if overlaps(placed[r], x, x) {
			return true
		}
	}
	return false
}

// wrap2 splits text into two lines at a space, the first as long as fits in
// max; it returns "", "" when the first word alone does not fit.
func wrap2(text string, max, size float32, measure Measure) (string, string) {
	best := -1
	for i, r := range text {
		if r != ' ' {
			continue
		}
		if measure(text[:i], size) > max {
			break
		}
		best = i
	}
	if best <= 0 {
		return "", ""
	}
	return text[:best], strings.TrimSpace(text[best+1:])
}

// max32 returns the larger of a and b.
func max32(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
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

// ReviewMark is what an event's label starts with to show a person's review:
// "✓ " when verified, "✗ " when marked disputed, then "✎ " when a person
// corrected what the articles say; "" for an event as extracted.
func ReviewMark(e *model.Event) string {
	mark := ""
	switch e.Status {
	case model.Verified:
		mark = "✓ "
	case model.StatusDisputed:
		mark = "✗ "
	}
	if e.Edited() {
		mark += "✎ "
	}
	return mark
}
