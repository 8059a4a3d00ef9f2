package layout

import (
	"image/color"
	"sort"

	"github.com/claimline/claimline/model"
)

// LaneBy says how events are split into lanes.
type LaneBy int

// The ways to split events into lanes.
const (
	// LaneNone draws every event on the axis, coloured by its metric.
	LaneNone LaneBy = iota
	// LaneByMeasure gives each thing counted its own lane ("active users",
	// "revenue ($)"), read from the set's claims; an event without a
	// measure goes to its metric's lane ("Event").
	LaneByMeasure
	// LaneBySubject gives each entity the claims are about its own lane.
	LaneBySubject
)

// MaxLanes is the most lanes drawn: past it the smallest lanes are folded
// into one last lane.
const MaxLanes = 8

// Lanes are the horizontal strips events are drawn in, built from a set's
// own measures or subjects by BuildLanes.
type Lanes struct {
	// By is how the lanes were built.
	By LaneBy
	// Names are the lanes' names, top to bottom: the lane of the most
	// events first; when Folded > 0, the last lane holds the Folded
	// smallest lanes.
	Names []string
	// Counts are the number of events in each lane.
	Counts []int
	// Of is each event's lane (an index into Names).
	Of []int
	// Folded is the number of lanes folded into the last one, 0 for none.
	Folded int
	// Colors are the lanes' colours (LaneColor): a lane whose events are
	// all of one metric has that metric's colour, as the export and the
	// timeline without lanes draw it; the others take the palette's
	// colours no such lane uses.
	Colors []color.NRGBA
}

// Len returns the number of lanes.
func (ls *Lanes) Len() int {
	if ls == nil {
		return 0
	}
	return len(ls.Names)
}

// laneOf returns event i's lane, or -1.
func (ls *Lanes) laneOf(i int) int {
	if ls == nil || i < 0 || i >= len(ls.Of) {
		return -1
	}
	return ls.Of[i]
}

// EventKey returns the name of the lane event e belongs to when split by
// by: its claims' measure (the first one that has one) or its metric's
// name, or its subject (w.NoSubject when it has none).
func EventKey(e *model.Event, claims []model.Claim, by LaneBy, w Words) string {
	w = w.WithDefaults()
	switch by {
	case LaneBySubject:
		if e.Subject != "" {
			return e.Subject
		}
		return w.NoSubject
	case LaneByMeasure:
		for _, c := range e.Claims {
			if c >= 0 && c < len(claims) && claims[c].Measure != "" {
				if !OwnMeasure(claims[c].Metric) {
					// "emploi", "job" and "poste" are one lane, named
					// in the articles' words (see measureWords).
					return model.MeasureKey(claims[c].Measure)
				}
				return w.Measure(claims[c].Metric, claims[c].Measure)
			}
		}
		return w.Metric(e.Metric)
	}
	return ""
}

// BuildLanes splits events into lanes by their measure or subject (claims
// are the timeline's claims, which events point into). Lanes are ordered by
// their number of events, then by name; past MaxLanes, the smallest are
// folded into a last lane named w.OtherLanes. LaneNone returns nil.
func BuildLanes(events []model.Event, claims []model.Claim, by LaneBy, w Words) *Lanes {
	if by == LaneNone {
		return nil
	}
	w = w.WithDefaults()
	keys := make([]string, len(events))
	count := map[string]int{}
	for i := range events {
		keys[i] = EventKey(&events[i], claims, by, w)
		count[keys[i]]++
	}
	names := make([]string, 0, len(count))
	for k := range count {
		names = append(names, k)
	}
	sort.Slice(names, func(a, b int) bool {
		if count[names[a]] != count[names[b]] {
			return count[names[a]] > count[names[b]]
		}
		return names[a] < names[b]
	})
	ls := &Lanes{By: by}
	shown := measureWords(events, claims, keys, by)
	index := map[string]int{}
	for k, n := range names {
		if len(names) > MaxLanes && k >= MaxLanes-1 {
			index[n] = MaxLanes - 1
			continue
		}
		index[n] = k
		if d := shown[n]; d != "" {
			ls.Names = append(ls.Names, d)
		} else {
			ls.Names = append(ls.Names, n)
		}
		ls.Counts = append(ls.Counts, count[n])
	}
	if len(names) > MaxLanes {
		ls.Folded = len(names) - (MaxLanes - 1)
		ls.Names = append(ls.Names, w.OtherLanes(ls.Folded))
		rest := 0
		for _, n := range names[MaxLanes-1:] {
			rest += count[n]
		}
		ls.Counts = append(ls.Counts, rest)
	}
	ls.Of = make([]int, len(events))
	for i, k := range keys {
		ls.Of[i] = index[k]
	}
	ls.Colors = laneColors(events, ls)
	return ls
}

// measureWords names each lane of measures (keys are the events' lanes)
// in the words its articles write the measure with, the most used first
// ("personnes tuées" for the measure "personne tue"): a measure is a key
// that evens out plurals and accents, not words to read. The program's own
// measures keep their names.
func measureWords(events []model.Event, claims []model.Claim, keys []string, by LaneBy) map[string]string {
	if by != LaneByMeasure {
		return nil
	}
	uses := map[string]map[string]int{}
	for i := range events {
		for _, c := range events[i].Claims {
			if c < 0 || c >= len(claims) || claims[c].Measure == "" {
				continue
			}
			if !OwnMeasure(claims[c].Metric) {
				if uses[keys[i]] == nil {
					uses[keys[i]] = map[string]int{}
				}
				uses[keys[i]][model.MeasureWords(&claims[c])]++
			}
			break
		}
	}
	shown := map[string]string{}
	for k, u := range uses {
		best, n := "", 0
		for w, c := range u {
			if c > n || c == n && w < best {
				best, n = w, c
			}
		}
		shown[k] = best
	}
	return shown
}

// LaneColor returns the colour of lane k of ls: its metric's when all its
// events are of one metric, else a colour of its own, grey for the folded
// lane.
func LaneColor(ls *Lanes, k int) color.NRGBA {
	if ls == nil || k < 0 || k >= len(ls.Names) || (ls.Folded > 0 && k == len(ls.Names)-1) {
		return MixedColor()
	}
	if k < len(ls.Colors) {
		return ls.Colors[k]
	}
	return lanePalette[k%len(lanePalette)]
}

// Lane is one lane as drawn: its strip from Y0 to Y1 with its events'
// markers centred on Y, its name written from NameX.
type Lane struct {
	// Lane is the index in Lanes.Names.
	Lane  int
	Name  string
	Color color.NRGBA
	// Y0, Y1 are the strip's top and bottom, Y its middle line.
	Y0, Y, Y1 float32
	// NameX, NameY are the top left of its name, NameW its width and
	// NameSize its font size: the name fits in the strip's height, so that
	// no two names overlap. Full is the whole name and Cut is true when
	// Name is shortened with "…" (a tooltip says it whole).
	NameX, NameY, NameW, NameSize float32
	Full                          string
	Cut                           bool
}

// NameLine is the height of a line of a lane's name, in font sizes: a
// strip is at least that high for its name to be written at its size.
const NameLine = 1.4

// lanes lays out the strips of the lanes shown (the hidden ones take no
// room), stacked just above the axis, and returns the top of the first.
func (l *Layout) lanes(o *Options, top float32) float32 {
	ls := o.Lanes
	if ls.Len() == 0 {
		return l.AxisY
	}
	var shown []int
	for k := range ls.Names {
		if !o.hidden(k) {
			shown = append(shown, k)
		}
	}
	if len(shown) == 0 {
		return l.AxisY
	}
	ts := o.TextSize
	bottom := l.AxisY - ts*0.4
	// The lanes take at most 40% of the room above the axis (the rest is
	// the labels'), each between the height of its name's line and 1.9
	// text heights; when even that is too much for the room, the strips
	// share the room and their names are written smaller, never over
	// each other.
	//
	// Labels come first, then names: in a short timeline (an 800×600
	// window) eight lanes of a full name line each left no row of labels,
	// only dots. The strips get thinner, down to names 0.6 text heights
	// high, to leave two rows of labels; else one row, with names as small
	// as it takes.
	size := ts * 0.8
	n := float32(len(shown))
	room := max(bottom-top, 0)
	h := min(max(room*0.4/n, size*NameLine), ts*1.9)
	labelRows := func(r float32) float32 { return r*ts*(1.5+0.25) + ts*(0.3+0.25) + 0.5 } // see place
	if room-h*n < labelRows(2) {
		switch legible := ts * 0.6 * NameLine; {
		case room-labelRows(2) >= legible*n:
			h = (room - labelRows(2)) / n
		case room-labelRows(1) >= legible*n:
			h = (room - labelRows(1)) / n
		case room-labelRows(1) >= 2*n:
			h = (room - labelRows(1)) / n
		}
		size = min(size, h/NameLine)
	}
	if h*n > room {
		h = max(room/n, 1)
		size = min(size, h/NameLine)
	}
	y := bottom - h*n
	first := y
	for _, k := range shown {
		text, w := fit(ls.Names[k], laneNameMax(o), size, o.Measure)
		l.Lanes = append(l.Lanes, Lane{Lane: k, Name: text, Color: LaneColor(ls, k), Y0: y, Y: y + h/2, Y1: y + h,
			NameX: ts / 4, NameY: y + h/2 - size*NameLine/2, NameW: w, NameSize: size,
			Full: ls.Names[k], Cut: text != ls.Names[k]})
		y += h
	}
	return first
}

// LaneNameAt returns the lane whose name is written at x, y, or -1.
func (l *Layout) LaneNameAt(x, y float32) int {
	for _, ln := range l.Lanes {
		if x >= ln.NameX && x <= ln.NameX+ln.NameW && y >= ln.Y0 && y < ln.Y1 {
			return ln.Lane
		}
	}
	return -1
}

// laneNameMax is the widest a lane's name is written (longer ones end with
// "…"; the legend says them whole): a sixth of the drawing, at most ten
// text heights.
func laneNameMax(o *Options) float32 { return min(10*o.TextSize, o.Width/6) }

// laneGutter returns the left edge of the plot area when lanes are drawn:
// right of the widest name of the lanes shown, and room for a marker's
// radius, so that no name is written over the first markers; 0 without
// lanes.
func laneGutter(o *Options) float32 {
	ls := o.Lanes
	if ls.Len() == 0 {
		return 0
	}
	ts := o.TextSize
	var widest float32
	for k, name := range ls.Names {
		if !o.hidden(k) {
			_, w := fit(name, laneNameMax(o), ts*0.8, o.Measure)
			widest = max(widest, w)
		}
	}
	if widest == 0 {
		return 0
	}
	return ts/4 + widest + ts*0.9
}

// hidden reports whether lane k is hidden.
func (o *Options) hidden(k int) bool { return k >= 0 && k < len(o.Hidden) && o.Hidden[k] }

// LaneY returns the middle line of lane k, and false when it is not drawn.
func (l *Layout) LaneY(k int) (float32, bool) {
	for _, ln := range l.Lanes {
		if ln.Lane == k {
			return ln.Y, true
		}
	}
	return 0, false
}
