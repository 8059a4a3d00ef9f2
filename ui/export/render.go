package export

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// page is the geometry of one image: its scale and the boxes of its parts.
type page struct {
	w, h   float64
	s      float64 // text scale: 1 at 1920 × 1080
	margin float64
	title  float64 // title size
	body   float64 // subtitle and footnote size
	ts     float64 // timeline text size

	headerH float64 // height of the title block
	plotY   float64 // top of the timeline
	plotH   float64 // height of the timeline
	notesY  float64 // top of the footnotes
	notes   noteGrid
}

// noteGrid is how the footnotes are set: in columns, as many as fit.
type noteGrid struct {
	cols, rows int
	colW, gap  float64
	lineH      float64
	shown      int // footnotes drawn; the rest are counted on the last line
}

// newPage lays out the parts of a w × h image holding n footnotes.
func newPage(w, h int, n int) page {
	p := page{w: float64(w), h: float64(h)}
	p.s = math.Sqrt(p.w / DefaultWidth * p.h / DefaultHeight)
	p.s = math.Max(0.8, math.Min(1.6, p.s))
	p.ts = 14 * p.s
	p.margin = 1.5 * p.ts
	p.title = 28 * p.s
	p.body = 12.5 * p.s
	p.headerH = p.margin*0.8 + p.title*1.2 + p.body*1.6
	p.plotY = p.headerH

	g := &p.notes
	g.lineH = p.body * 1.45
	g.gap = 2 * p.ts
	avail := p.w - 2*p.margin
	// At most a third of the image goes to footnotes: as few columns as
	// hold them all, each as wide as can be; with too many, as many
	// columns as keep them readable and the rest counted on the last line.
	maxRows := max(1, int((p.h/3-g.lineH*1.6)/g.lineH))
	maxCols := max(1, int((avail+g.gap)/(420*p.s+g.gap)))
	g.cols = maxCols
	for c := 1; c <= maxCols; c++ {
		if (n+c-1)/c <= maxRows {
			g.cols = c
			break
		}
	}
	g.colW = (avail - float64(g.cols-1)*g.gap) / float64(g.cols)
	if n > 0 {
		g.rows = (n + g.cols - 1) / g.cols
		g.shown = n
		if g.rows > maxRows {
			g.rows = maxRows
			g.shown = g.rows*g.cols - 1 // the last cell says how many more
		}
	}
	notesH := 0.0
	if n > 0 {
		notesH = g.lineH*1.6 + float64(g.rows)*g.lineH + p.margin*0.6
	}
	p.notesY = p.h - notesH
	p.plotH = p.notesY - p.plotY
	return p
}

// Render draws timeline t in format f to w, as o says. Only the writing to
// w can fail once the options are valid.
func Render(w io.Writer, t *model.Timeline, f Format, o Options) error {
	o, err := o.normalized(t)
	if err != nil {
		return err
	}
	fonts, err := NewFonts()
	if err != nil {
		return err
	}
	d := newDrawing(t, o, fonts)
	s := newSurface(f, o.Width, o.Height, o.Title, d.pal.bg, fonts)
	d.draw(&pen{s: s, fonts: fonts, kern: f != PDF})
	_, err = s.WriteTo(w)
	if err != nil {
		return fmt.Errorf("export: writing the %s image: %w", f, err)
	}
	return nil
}

// drawing is everything needed to draw one image.
type drawing struct {
	t     *model.Timeline
	o     Options
	fonts *Fonts
	pal   palette
	pg    page

	sel    []int          // drawn events, indexes into t.Events
	events []model.Event  // t.Events[sel[k]], labels carrying their references
	refs   map[int][]int  // footnote numbers per event, by index in t.Events
	marks  map[int]string // note marks per event ("*1"), by index in t.Events
	notes  []footnote
	inView int // events inside the time range
	dated  int // drawn events that have a date (the others have no place)
	lay    *layout.Layout
}

// newDrawing selects the events, numbers their sources and lays them out.
func newDrawing(t *model.Timeline, o Options, fonts *Fonts) *drawing {
	d := &drawing{t: t, o: o, fonts: fonts, pal: paletteOf(o.Theme)}
	d.sel = selected(t, o)
	d.events = make([]model.Event, len(d.sel))
	for k, i := range d.sel {
		d.events[k] = t.Events[i]
	}
	scale := layout.NewScale(d.events)
	view := layout.View{}
	if !o.From.IsZero() || !o.To.IsZero() {
		u0, u1 := scale.Extent()
		if !o.From.IsZero() {
			u0 = scale.UOf(o.From)
		}
		if !o.To.IsZero() {
			u1 = scale.UOf(o.To)
		}
		// A range that starts after the last event (or ends before the
		// first) still shows a month of empty axis, not every event.
		if u1 <= u0 {
			if o.To.IsZero() {
				u1 = u0 + 31
			} else {
				u0 = u1 - 31
			}
		}
		view = layout.View{U0: u0, U1: u1}
	}
	var visible []int
	for k := range d.events {
		u, ok := scale.EventU(k)
		if ok {
			d.dated++
		}
		if ok && (view.IsZero() || (u >= view.U0 && u <= view.U1)) {
			visible = append(visible, d.sel[k])
		}
	}
	d.inView = len(visible)
	d.notes, d.refs = citations(t, visible)
	if o.Notes {
		var notes []footnote
		notes, d.marks = reviewNotes(t, visible, len(d.notes))
		d.notes = append(d.notes, notes...)
	}
	d.pg = newPage(o.Width, o.Height, len(d.notes))

	ts := float32(d.pg.ts)
	measure := func(text string, size float32) float32 {
		return float32(fonts.Width(text, Regular, float64(size)))
	}
	maxLabel := min(40*ts, float32(d.pg.w)/3)
	// The label's reference mark replaces the screen's "3 sources" note; the
	// label is shortened here so that the mark is never cut off.
	budget := float64(maxLabel - ts/2 - 2*ts/3 - 1)
	for k := range d.events {
		d.events[k].Label = d.labelFor(budget, statusMark(d.events[k].Status)+d.events[k].Label, k)
	}
	words := layout.English()
	words.Sources = func(int) string { return "" }
	d.lay = layout.Compute(d.events, layout.Options{
		Width: float32(d.pg.w), Height: float32(d.pg.plotH), View: view, Scale: scale,
		Measure: measure, TextSize: ts, MaxLabelWidth: maxLabel, Words: words,
		ClusterLabel: func(ids []int) string { return d.clusterLabel(budget, ids) },
	})
	return d
}

// maxNamed is the largest cluster whose events are named in its label; an
// image cannot be zoomed into, so small clusters say what they hold.
const maxNamed = 3

// refsOf returns the reference mark of events ks (indexes into d.events),
// after their note marks: "*1 [1,3]".
func (d *drawing) refsOf(ks ...int) string {
	nums := make([][]int, len(ks))
	var marks []string
	for j, k := range ks {
		nums[j] = d.refs[d.sel[k]]
		if m := d.marks[d.sel[k]]; m != "" {
			marks = append(marks, m)
		}
	}
	ref := refMark(nums...)
	if len(marks) > 0 {
		ref = strings.TrimSpace(strings.Join(marks, " ") + " " + ref)
	}
	return ref
}

// labelFor returns text shortened to fit w pixels with the reference mark
// of events ks after it.
func (d *drawing) labelFor(w float64, text string, ks ...int) string {
	ts := d.pg.ts
	ref := d.refsOf(ks...)
	if ref == "" {
		return Fit(d.fonts, text, Regular, ts, w)
	}
	ref = " " + ref
	return Fit(d.fonts, text, Regular, ts, w-d.fonts.Width(ref, Regular, ts)) + ref
}

// clusterLabel names the events of a small cluster, each label shortened
// to its share of w; "" for a large cluster, which the layout counts.
func (d *drawing) clusterLabel(w float64, ks []int) string {
	if len(ks) > maxNamed {
		return ""
	}
	const sep = " · "
	ts := d.pg.ts
	ref := " " + d.refsOf(ks...)
	share := (w - d.fonts.Width(ref, Regular, ts) - float64(len(ks)-1)*d.fonts.Width(sep, Regular, ts)) / float64(len(ks))
	if share < 7*ts {
		// Too narrow to say anything: count the events, cite them.
		return layout.English().Events(len(ks)) + ref
	}
	parts := make([]string, len(ks))
	for j, k := range ks {
		e := &d.t.Events[d.sel[k]]
		parts[j] = Fit(d.fonts, statusMark(e.Status)+e.Label, Regular, ts, share)
	}
	return strings.Join(parts, sep) + ref
}

// draw draws the whole image.
func (d *drawing) draw(p *pen) {
	d.drawHeader(p)
	p.oy = d.pg.plotY
	d.drawTimeline(p)
	p.oy = 0
	d.drawNotes(p)
}

// drawHeader draws the title and the line under it.
func (d *drawing) drawHeader(p *pen) {
	pg := d.pg
	x, w := pg.margin, pg.w-2*pg.margin
	y := pg.margin*0.8 + pg.title*0.95
	p.text(x, y, p.fit(d.o.Title, Bold, pg.title, w), Bold, pg.title, d.pal.text)
	y += pg.body * 1.7
	p.text(x, y, p.fit(d.subtitle(), Regular, pg.body, w), Regular, pg.body, d.pal.muted)
}

// subtitle says what the image shows: how many events, from how many
// articles, over what time, and which search.
func (d *drawing) subtitle() string {
	var parts []string
	switch d.inView {
	case 0:
		parts = append(parts, "No event to show")
	case 1:
		parts = append(parts, "1 event")
	default:
		parts = append(parts, fmt.Sprintf("%d events", d.inView))
	}
	if n := len(d.notes); n == 1 {
		parts[0] += " from 1 article"
	} else if n > 1 {
		parts[0] += fmt.Sprintf(" from %d articles", n)
	}
	if r := d.rangeText(); r != "" {
		parts = append(parts, r)
	}
	switch n := len(d.events) - d.dated; n {
	case 0:
	case 1:
		parts = append(parts, "1 undated event not shown")
	default:
		parts = append(parts, fmt.Sprintf("%d undated events not shown", n))
	}
	if d.o.Events != nil {
		if d.o.Query != "" {
			parts = append(parts, fmt.Sprintf("only events matching “%s”", d.o.Query))
		} else {
			parts = append(parts, "only the selected events")
		}
	}
	return strings.Join(parts, " · ")
}

// rangeText names the time range drawn.
func (d *drawing) rangeText() string {
	day := func(t time.Time) string {
		return model.Day(t.Year(), t.Month(), t.Day()).Human()
	}
	if !d.o.From.IsZero() || !d.o.To.IsZero() {
		from, to := d.lay.Range()
		if !d.o.From.IsZero() {
			from = d.o.From
		}
		if !d.o.To.IsZero() {
			to = d.o.To.Add(-time.Nanosecond) // To is exclusive
		}
		return day(from) + " to " + day(to)
	}
	var first, last *model.Date
	for k := range d.events {
		if dt := &d.events[k].Date; dt.Valid() {
			if first == nil {
				first = dt
			}
			last = dt
		}
	}
	if first == nil {
		return ""
	}
	if first.Compare(*last) == 0 {
		return first.Human()
	}
	return first.Human() + " to " + last.Human()
}
