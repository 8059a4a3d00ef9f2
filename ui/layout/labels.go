package layout

import (
	"image/color"
	"sort"

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
	color          color.NRGBA
}

// labels places one label per marker and cluster, most important first
// (the selected one, then those matching the query, then clusters of more
// events, then events with more sources, then left to right), each in the lowest row where it overlaps no
// other label; a label that fits in no row is left out.
func (l *Layout) labels(events []model.Event, o *Options, top float32) {
	var cs []candidate
	for _, m := range l.Markers {
		cs = append(cs, candidate{event: m.Event, cluster: -1, count: 1, x: m.X, top: m.Y - m.R, text: events[m.Event].Label,
			sources: m.Sources, dim: m.Dim, selected: m.Selected, color: m.Color})
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
		if ca.selected != cb.selected {
			return ca.selected
		}
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
	bottom := l.AxisY - ts*0.8 - ts/2
	rows := int((bottom - top - gap) / (h + gap))
	if rows <= 0 {
		return nil
	}
	placed := make([][]Stretch, rows)
	var leaders []leader
	pad := ts / 3
	for _, c := range cs {
		note := ""
		var noteW float32
		if c.sources > 1 {
			note = o.Words.Sources(c.sources)
			noteW = o.Measure(note, ts*0.85) + ts/2
		}
		text, w := fit(c.text, o.MaxLabelWidth-noteW-2*pad, ts, o.Measure)
		bw := w + noteW + 2*pad
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
		for row := 0; row < rows; row++ {
			if overlaps(placed[row], x-gap, x+bw+gap) || o.ClearLeaders && crosses(leaders, placed, row, x-gap, x+bw+gap, c.x) {
				continue
			}
			placed[row] = append(placed[row], Stretch{X0: x, X1: x + bw})
			leaders = append(leaders, leader{x: c.x, row: row})
			y := bottom - float32(row+1)*h - float32(row)*gap
			lb := Label{Text: text, Note: note, NoteX: x + pad + w + ts/2, X: x, Y: y, W: bw, H: h, Pad: pad, Row: row,
				Event: c.event, Cluster: c.cluster, AnchorX: c.x, AnchorY: c.top, Color: c.color, Dim: c.dim, Selected: c.selected}
			out = append(out, lb)
			break
		}
	}
	return out
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
