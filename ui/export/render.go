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

// page is the geometry of one image: its text sizes and the boxes of its
// parts.
type page struct {
	w, h   float64
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

// Text sizes as shares of the image height. No text is smaller than
// minText of the height, so that a printed or projected image stays
// readable; the timeline's text is as large as lets every label be drawn
// whole, between minTimelineText (its smallest text, the break labels, is
// 0.85 of it) and maxTimelineText.
const (
	minText         = 0.012
	minTimelineText = minText / 0.85 * 1.02
	maxTimelineText = 0.03
)

// newPage lays out the parts of a w × h image holding n footnotes, its
// timeline's text ts pixels high.
func newPage(w, h int, n int, ts float64) page {
	p := page{w: float64(w), h: float64(h), ts: ts}
	p.margin = 1.5 * p.ts
	p.body = math.Max(minText*p.h*1.04, 0.85*p.ts)
	p.title = 1.9 * p.ts
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
	maxCols := max(1, int((avail+g.gap)/(30*p.body+g.gap)))
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

// Size is the size of an image written: its width and height in pixels
// (a PDF's pages are each that size) and its number of pages (1 but for a
// PDF whose list of events continues on pages of their own). A PNG or an
// SVG is taller than Options.Height when it lists events under the
// timeline.
type Size struct {
	Width, Height, Pages int
}

// Render draws timeline t in format f to w, as o says. Only the writing to
// w can fail once the options are valid.
func Render(w io.Writer, t *model.Timeline, f Format, o Options) error {
	_, err := RenderSize(w, t, f, o)
	return err
}

// RenderSize is Render that also returns the size of the image it wrote.
func RenderSize(w io.Writer, t *model.Timeline, f Format, o Options) (Size, error) {
	o, err := o.normalized(t)
	if err != nil {
		return Size{}, err
	}
	fonts, err := NewFonts()
	if err != nil {
		return Size{}, err
	}
	d := newDrawing(t, o, fonts)
	h := d.setList(f)
	size := Size{Width: o.Width, Height: h, Pages: 1}
	if f == PDF {
		size.Pages += len(d.grid.pages)
	}
	s := newSurface(f, o.Width, h, o.Title, o.Created, d.pal.bg, fonts)
	p := &pen{s: s, fonts: fonts, kern: f != PDF}
	d.draw(p)
	for n := range d.grid.pages {
		if pdf, ok := s.(*pdfSurface); ok {
			pdf.addPage(d.pal.bg)
			d.drawList(p, n, d.pg.margin)
		} else {
			d.drawList(p, n, float64(o.Height))
		}
	}
	_, err = s.WriteTo(w)
	if err != nil {
		return Size{}, fmt.Errorf("export: writing the %s image: %w", f, err)
	}
	return size, nil
}

// drawing is everything needed to draw one image.
type drawing struct {
	t     *model.Timeline
	o     Options
	fonts *Fonts
	pal   palette
	pg    page
	words words

	sel    []int          // drawn events, indexes into t.Events
	events []model.Event  // t.Events[sel[k]], labels carrying their references
	refs   map[int][]int  // footnote numbers per event, by index in t.Events
	marks  map[int]string // note marks per event ("*1"), by index in t.Events
	notes  []footnote
	inView int // events inside the time range
	dated  int // drawn events that have a date (the others have no place)
	view   layout.View
	scale  *layout.Scale
	lay    *layout.Layout
	// lift is how far each row of labels is moved up (row r by
	// lift×(r+1)) to spread the rows over room the labels leave empty,
	// and shift how far the whole timeline moves up to centre it in what
	// is left.
	lift, shift float64
	// spreadOut draws every event apart with its own label
	// (layout.Options.Spread); it is given up, for clusters, only when
	// even the smallest text cannot label every event so.
	spreadOut bool
	// number numbers the events the timeline does not label whole (by
	// index into events), list is their list and grid how it is set
	// after the image (see list.go); number is nil while the layout is
	// being chosen.
	number map[int]int
	list   []listEntry
	grid   listGrid
}

// newDrawing selects the events, numbers their sources and lays them out
// with the largest text that draws every label whole.
func newDrawing(t *model.Timeline, o Options, fonts *Fonts) *drawing {
	d := &drawing{t: t, o: o, fonts: fonts, pal: paletteOf(o.Theme), words: wordsFor(o.Lang)}
	d.sel = selected(t, o)
	d.events = make([]model.Event, len(d.sel))
	for k, i := range d.sel {
		d.events[k] = t.Events[i]
	}
	scale := layout.NewScale(d.events)
	d.scale = scale
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
		d.view = layout.View{U0: u0, U1: u1}
	}
	var visible []int
	for k := range d.events {
		u, ok := scale.EventU(k)
		if ok {
			d.dated++
		}
		in := ok && (d.view.IsZero() || u >= d.view.U0 && u <= d.view.U1)
		if dt := d.events[k].Date; ok && !in && layout.Wide(dt) {
			// An event known to the month or the year is drawn where
			// its period meets the range: it is in view, counted and
			// cited, even when its middle is not (the period's end and
			// the range's are both exclusive).
			lo, hi := scale.UOf(dt.Start), scale.UOf(dt.End.Add(24*time.Hour))
			in = hi > d.view.U0 && lo < d.view.U1
		}
		if in {
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

	// The text grows while every label still fits whole: the smallest
	// size says how many labels and legend entries fit at best, and the
	// largest size that draws as many is kept.
	h := float64(o.Height)
	lo, hi := minTimelineText*h, maxTimelineText*h
	best := lo
	d.spreadOut = true
	d.try(lo)
	if want := d.score(); len(d.lay.Clusters) > 0 || want.placed < len(d.lay.Markers) {
		d.spreadOut = false
		d.try(lo)
	}
	want := d.score()
	if want.cut == 0 {
		for ts := hi; ts > lo; ts *= 0.94 {
			d.try(ts)
			if s := d.score(); s.placed >= want.placed && s.legend >= want.legend && s.cut <= want.cut {
				best = d.pg.ts
				break
			}
		}
	}
	if d.pg.ts != best {
		d.try(best)
	}
	d.spread()
	d.numberList()
	return d
}

// fit is how well a layout draws its events.
type fit struct {
	placed int // markers and clusters with a label
	legend int // legend entries drawn
	cut    int // labels shortened with "…"
}

// score says how well the current layout draws its events.
func (d *drawing) score() fit {
	f := fit{placed: len(d.lay.Labels), legend: len(d.lay.Legend)}
	for _, lb := range d.lay.Labels {
		if !d.complete(lb) {
			f.cut++
		}
	}
	return f
}

// complete reports whether label lb says all it was given to say: an
// event's whole label, or a cluster's whole text, with its reference mark.
func (d *drawing) complete(lb layout.Label) bool {
	switch {
	case lb.Event >= 0 && lb.Event < len(d.events):
		return lb.Text == d.fullLabel(lb.Event)
	case lb.Cluster >= 0 && lb.Cluster < len(d.lay.Clusters):
		return lb.Text == d.clusterText(d.lay.Clusters[lb.Cluster].Events)
	}
	return false
}

// try lays the image out with timeline text ts pixels high.
func (d *drawing) try(ts float64) {
	o := d.o
	d.pg = newPage(o.Width, o.Height, len(d.notes), ts)
	fonts := d.fonts
	// Labels are measured as the widest of the formats sets them (PDF
	// does not kern), so that no format overflows its box.
	measure := func(text string, size float32) float32 {
		return float32(max(fonts.width(text, Regular, float64(size), true), fonts.width(text, Regular, float64(size), false)))
	}
	maxLabel := float32(d.pg.w - 2*d.pg.margin)
	// The label's reference mark replaces the screen's "3 sources" note.
	budget := float64(maxLabel - float32(ts)/2 - 2*float32(ts)/3 - 1)
	for k := range d.events {
		d.events[k].Label = d.labelFor(budget, d.eventText(k), k)
	}
	words := d.words.layout
	words.Sources = func(int) string { return "" }
	if name := d.otherMeasure(words); name != "" {
		// "température (°C)", not "Other figure", when every other
		// figure drawn measures the same thing, as the screen's lane says.
		metric := words.Metric
		words.Metric = func(m model.Metric) string {
			if m == model.MetricOther {
				return name
			}
			return metric(m)
		}
	}
	d.lay = layout.Compute(d.events, layout.Options{
		Width: float32(d.pg.w), Height: float32(d.pg.plotH), View: d.view, Scale: d.scale,
		Measure: measure, TextSize: float32(ts), MaxLabelWidth: maxLabel, Words: words,
		ClusterLabel: d.clusterText, ClearLeaders: true, Spread: d.spreadOut, Claims: d.t.Claims,
	})
}

// otherMeasure returns the name of what every figure of the other metric
// drawn measures, when they all measure one thing; "" otherwise.
func (d *drawing) otherMeasure(words layout.Words) string {
	var others []model.Event
	for _, e := range d.events {
		if e.Metric == model.MetricOther {
			others = append(others, e)
		}
	}
	if len(others) == 0 {
		return ""
	}
	ls := layout.BuildLanes(others, d.t.Claims, layout.LaneByMeasure, words)
	if ls.Len() != 1 {
		return ""
	}
	return ls.Names[0]
}

// spread moves the rows of labels up over the room they leave under the
// legend, each row by the same step, so that the drawing fills the page;
// rows stay at most four label heights apart, and the timeline is
// centred in what room is left.
func (d *drawing) spread() {
	l := d.lay
	ts := float64(l.TextSize)
	if len(l.Labels) == 0 {
		return
	}
	legendBottom := 2.2 * ts
	top, rows := float64(l.AxisY)-3*ts, 0
	for _, lb := range l.Labels {
		top = min(top, float64(lb.Y))
		rows = max(rows, lb.Row+1)
	}
	free := top - legendBottom - ts
	if free <= 0 {
		return
	}
	h := float64(l.Labels[0].H)
	d.lift = min(free/float64(rows), 3*h)
	d.shift = (free - d.lift*float64(rows)) / 2
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

// fullLabel returns the whole label of event k (an index into d.events)
// with its reference mark.
func (d *drawing) fullLabel(k int) string {
	text := d.eventText(k)
	if ref := d.refsOf(k); ref != "" {
		return text + " " + ref
	}
	return text
}

// eventText is the label of event k (an index into d.events) as drawn:
// with the mark of a verified or disputed event before it.
func (d *drawing) eventText(k int) string {
	e := &d.t.Events[d.sel[k]]
	return statusMark(e.Status) + e.Label
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

// clusterText names the events of a small cluster, each by its whole
// label, when they fit on one line; else it counts them and names their
// numbers in the list under the image. Either way it cites their sources.
func (d *drawing) clusterText(ks []int) string {
	if d.clusterNamed(ks) {
		return d.namedText(ks)
	}
	ref := " " + d.refsOf(ks...)
	nums := d.numbersOf(ks)
	if nums == "" {
		return d.words.layout.Events(len(ks)) + ref
	}
	return d.words.L("{{.Events}}: see {{.Numbers}} below", map[string]any{"Events": d.words.layout.Events(len(ks)), "Numbers": nums}) + ref
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
	w := d.words
	var parts []string
	events := w.layout.Events(d.inView)
	switch n := len(d.notes); {
	case d.inView == 0:
		parts = append(parts, w.L("No event to show"))
	case n == 1:
		parts = append(parts, w.L("{{.Events}} from 1 article", map[string]any{"Events": events}))
	case n > 1:
		parts = append(parts, w.L("{{.Events}} from {{.N}} articles", map[string]any{"Events": events, "N": n}))
	default:
		parts = append(parts, events)
	}
	if r := d.rangeText(); r != "" {
		parts = append(parts, r)
	}
	if n := len(d.events) - d.dated; n > 0 {
		parts = append(parts, w.N(n, "1 undated event not shown", "{{.N}} undated events not shown"))
	}
	if len(d.o.Lanes) > 0 && d.o.AllLanes > 0 {
		parts = append(parts, w.N(len(d.o.Lanes), "1 of {{.All}} lanes: {{.Names}}", "{{.N}} of {{.All}} lanes: {{.Names}}",
			map[string]any{"All": d.o.AllLanes, "Names": strings.Join(d.o.Lanes, ", ")}))
	}
	if d.o.Events != nil {
		if d.o.Query != "" {
			parts = append(parts, w.L("only events matching “{{.Query}}”", map[string]any{"Query": d.o.Query}))
		} else {
			parts = append(parts, w.L("only the selected events"))
		}
	}
	return strings.Join(parts, " · ")
}

// rangeText names the time range drawn.
func (d *drawing) rangeText() string {
	w := d.words
	span := func(from, to string) string {
		return w.L("{{.From}} to {{.To}}", map[string]any{"From": from, "To": to})
	}
	day := func(t time.Time) string {
		return w.date(model.Day(t.Year(), t.Month(), t.Day()))
	}
	if !d.o.From.IsZero() || !d.o.To.IsZero() {
		from, to := d.lay.Range()
		if !d.o.From.IsZero() {
			from = d.o.From
		}
		if !d.o.To.IsZero() {
			to = d.o.To.Add(-time.Nanosecond) // To is exclusive
		}
		return span(day(from), day(to))
	}
	var first, last *model.Date // the earliest start and the latest end
	for k := range d.events {
		if dt := &d.events[k].Date; dt.Valid() {
			if first == nil || dt.Start.Before(first.Start) {
				first = dt
			}
			if last == nil || dt.End.After(last.End) {
				last = dt
			}
		}
	}
	if first == nil {
		return ""
	}
	if first.Compare(*last) == 0 {
		return w.date(*first)
	}
	// "February 2021 to December 2024", not "… to October 2024 – December
	// 2024": a range at either end gives its own end.
	return span(w.date(endPoint(*first, false)), w.date(endPoint(*last, true)))
}

// endPoint returns the first or, when last is true, the final instant of a
// range date at its precision (the date itself when it is no range).
func endPoint(d model.Date, last bool) model.Date {
	if !d.Range {
		return d
	}
	t := d.Start
	if last {
		t = d.End
	}
	switch d.Precision {
	case model.PrecisionYear:
		return model.YearOf(t.Year())
	case model.PrecisionMonth:
		return model.MonthOf(t.Year(), t.Month())
	case model.PrecisionDay:
		return model.Day(t.Year(), t.Month(), t.Day())
	}
	return d
}
