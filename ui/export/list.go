package export

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimline/claimline/ui/layout"
)

// An image cannot be zoomed into, so every event of the range it shows must
// be readable in it: its date and its whole label. The events the timeline
// cannot label whole (those of a cluster, those left without a label, those
// whose label is shortened) are numbered in date order, each cluster's
// label names the numbers of its events ("30 events: see 1–30 below"), and
// the numbered events are listed after the image's sources: a PNG or an SVG
// grows taller to hold the list, a PDF continues it on pages of its own
// size.

// listEntry is one numbered event of the list.
type listEntry struct {
	k     int      // the event, an index into d.events
	num   string   // its number, "12"
	date  string   // its date as a person reads it
	lines []string // its label with its reference mark, wrapped to the column
	// disputed is true when its sources disagree: the conflict badge and
	// "sources disagree" follow the label.
	disputed bool
}

// listGrid is how the list is set: in columns of entries, each entry a
// number, a date and a label, on pages.
type listGrid struct {
	size, lineH float64 // text size and line height
	cols        int
	colW, gap   float64
	numW, dateW float64 // widths of the number and date columns
	pageH       float64 // height of one page of entries, under the heading
	headH       float64 // height of the heading
	// pages are the entries of each page, each placed at its column and
	// its top (y from the top of the entries).
	pages [][]placed
	// cut is the number of entries left out when a PNG or an SVG would
	// be taller than MaxSide.
	cut int
}

// placed is an entry where it is drawn.
type placed struct {
	e   *listEntry
	col int
	y   float64
}

// listed returns the events of the range the layout does not label whole,
// indexes into d.events, left to right along the axis, each cluster's
// events together in date order so that its numbers follow each other.
func (d *drawing) listed() []int {
	whole := map[int]bool{}
	for _, lb := range d.lay.Labels {
		switch {
		case lb.Event >= 0 && d.complete(lb):
			whole[lb.Event] = true
		case lb.Cluster >= 0 && lb.Cluster < len(d.lay.Clusters) && d.complete(lb):
			if ks := d.lay.Clusters[lb.Cluster].Events; d.clusterNamed(ks) {
				for _, k := range ks {
					whole[k] = true
				}
			}
		}
	}
	type group struct {
		x  float32
		ks []int
	}
	var groups []group
	for _, m := range d.lay.Markers {
		if !whole[m.Event] {
			groups = append(groups, group{m.X, []int{m.Event}})
		}
	}
	for _, c := range d.lay.Clusters {
		var ks []int
		for _, k := range c.Events {
			if !whole[k] {
				ks = append(ks, k)
			}
		}
		if len(ks) > 0 {
			groups = append(groups, group{c.X, ks})
		}
	}
	sort.SliceStable(groups, func(a, b int) bool {
		if groups[a].x != groups[b].x {
			return groups[a].x < groups[b].x
		}
		return groups[a].ks[0] < groups[b].ks[0]
	})
	var out []int
	for _, g := range groups {
		out = append(out, g.ks...)
	}
	return out
}

// numberList numbers the events the timeline does not label whole and sets
// their list; from then on the clusters' labels name their numbers.
func (d *drawing) numberList() {
	d.number = map[int]int{}
	d.list = nil
	for j, k := range d.listed() {
		d.number[k] = j + 1
		e := &d.t.Events[d.sel[k]]
		d.list = append(d.list, listEntry{k: k, num: strconv.Itoa(j + 1), date: d.words.date(e.Date), disputed: e.Disputed()})
	}
}

// listHeading is the list's title, on its first page and, "continued", on
// the next ones.
func (d *drawing) listHeading(page int) string {
	if page == 0 {
		return d.words.L("Events not labelled in full on the timeline")
	}
	return d.words.L("Events not labelled in full on the timeline (continued)")
}

// layoutList sets the list in columns as wide as its longest entry allows
// (wrapping labels in one column when even that is too narrow) and cuts it
// into pages pageH high; pageH 0 means one page as tall as the list needs,
// up to maxH.
func (d *drawing) layoutList(pageH, maxH float64) {
	g := &d.grid
	*g = listGrid{}
	if len(d.list) == 0 {
		return
	}
	pg := d.pg
	// A little smaller than the sources, never below the smallest text.
	g.size = max(minText*pg.h*1.04, 0.8*pg.body)
	g.lineH = g.size * 1.45
	g.gap = 2 * pg.ts
	g.headH = g.lineH * 1.6
	f := d.fonts
	width := func(s string, st Style) float64 {
		return max(f.width(s, st, g.size, true), f.width(s, st, g.size, false))
	}
	g.numW = width(strconv.Itoa(len(d.list))+".", Bold) + g.size*0.6
	textW := 0.0
	disputed := width(" "+d.words.L("sources disagree"), Italic) + g.size*1.4
	for i := range d.list {
		e := &d.list[i]
		g.dateW = max(g.dateW, width(e.date, Regular)+g.size)
		w := width(d.fullLabel(e.k), Regular)
		if e.disputed {
			w += disputed
		}
		textW = max(textW, w)
	}
	avail := pg.w - 2*pg.margin
	// A column is as wide as the longest entry, or as 32 em when that is
	// wider (longer labels then take two lines), so that a long list
	// takes several columns.
	g.cols = max(1, int((avail+g.gap)/(g.numW+g.dateW+min(textW, 32*g.size)+g.gap)))
	g.cols = min(g.cols, len(d.list), 4)
	g.colW = (avail - float64(g.cols-1)*g.gap) / float64(g.cols)
	labelW := g.colW - g.numW - g.dateW
	for i := range d.list {
		e := &d.list[i]
		room := labelW
		if e.disputed {
			room -= disputed
		}
		e.lines = d.wrap(d.fullLabel(e.k), max(room, labelW/2), g.size)
	}
	if pageH <= 0 {
		// One page: the shortest columns that hold every entry.
		total := 0.0
		for i := range d.list {
			total += g.lineH * float64(len(d.list[i].lines))
		}
		pageH = math.Max(total/float64(g.cols), g.lineH)
		for !g.fits(d.list, pageH) {
			pageH += g.lineH
		}
		if room := maxH - g.headH - pg.margin; pageH > room {
			pageH = math.Max(room, g.lineH)
		}
	}
	g.pageH = pageH
	g.pages = nil
	col, y := 0, 0.0
	var page []placed
	for i := range d.list {
		e := &d.list[i]
		h := g.lineH * float64(len(e.lines))
		if y > 0 && y+h > pageH {
			col, y = col+1, 0
		}
		if col == g.cols {
			g.pages = append(g.pages, page)
			page, col, y = nil, 0, 0
		}
		page = append(page, placed{e: e, col: col, y: y})
		y += h
	}
	g.pages = append(g.pages, page)
	if maxH > 0 && len(g.pages) > 1 {
		// A PNG or an SVG has one page: what does not fit is counted.
		g.cut = len(d.list) - len(g.pages[0])
		g.pages = g.pages[:1]
		last := g.pages[0][len(g.pages[0])-1]
		g.pages[0] = g.pages[0][:len(g.pages[0])-1]
		g.cut++
		g.pages[0] = append(g.pages[0], placed{col: last.col, y: last.y})
	}
}

// setList sets the list for format f and returns the height of the
// image: a PDF continues the list on pages of its own size, a PNG or an
// SVG grows taller to hold it (up to MaxSide).
func (d *drawing) setList(f Format) int {
	h := d.o.Height
	if f == PDF {
		d.layoutList(float64(h)-2*d.pg.margin-d.pg.body*1.45*1.6, 0)
		return h
	}
	d.layoutList(0, MaxSide-float64(h))
	return h + int(math.Ceil(d.grid.height(d.pg.margin)))
}

// fits reports whether the entries fill at most g.cols columns h high.
func (g *listGrid) fits(list []listEntry, h float64) bool {
	col, y := 0, 0.0
	for i := range list {
		eh := g.lineH * float64(len(list[i].lines))
		if y > 0 && y+eh > h {
			col, y = col+1, 0
		}
		if col == g.cols {
			return false
		}
		y += eh
	}
	return true
}

// height is the height a page of the list takes: its heading, its entries
// and a margin under them.
func (g *listGrid) height(margin float64) float64 {
	if len(g.pages) == 0 {
		return 0
	}
	return g.headH + g.pageH + margin
}

// wrap breaks text into lines at most w wide at size px, at spaces; a
// word wider than w is shortened with "…".
func (d *drawing) wrap(text string, w, px float64) []string {
	f := d.fonts
	width := func(s string) float64 {
		return max(f.width(s, Regular, px, true), f.width(s, Regular, px, false))
	}
	if width(text) <= w {
		return []string{text}
	}
	lines := layout.WrapWords(text, w, width)
	for i, l := range lines {
		if width(l) > w {
			lines[i] = Fit(f, l, Regular, px, w)
		}
	}
	return lines
}

// drawList draws page n of the list with its top at y.
func (d *drawing) drawList(p *pen, n int, y float64) {
	g := &d.grid
	if n >= len(g.pages) {
		return
	}
	pg, pal := d.pg, d.pal
	p.line(pg.margin, y, pg.w-pg.margin, y, 1, pal.grid)
	p.text(pg.margin, y+g.lineH, d.listHeading(n), Bold, g.size, pal.text)
	top := y + g.headH
	for _, pl := range g.pages[n] {
		x := pg.margin + float64(pl.col)*(g.colW+g.gap)
		by := top + pl.y + g.lineH*0.75
		if pl.e == nil {
			p.text(x, by, d.words.N(g.cut, "… and 1 more event", "… and {{.N}} more events"), Italic, g.size, pal.muted)
			continue
		}
		e := pl.e
		p.text(x, by, e.num+".", Bold, g.size, pal.muted)
		p.text(x+g.numW, by, e.date, Regular, g.size, pal.text)
		tx := x + g.numW + g.dateW
		w := 0.0
		for i, line := range e.lines {
			// (the check of a verified event and the mark of a disputed
			// one, which the font has no glyph for, drawn in their place)
			w = d.drawMarkedAt(p, tx, by+float64(i)*g.lineH, line, pal.text, g.size)
		}
		if e.disputed {
			last := by + float64(len(e.lines)-1)*g.lineH
			r := g.size * 0.45
			bx := tx + w + g.size*0.4 + r
			d.drawBadge(p, bx, last-g.size*0.36, r)
			p.text(bx+r+g.size*0.3, last, d.words.L("sources disagree"), Italic, g.size, pal.muted)
		}
	}
}

// clusterNamed reports whether a cluster of events ks is labelled by its
// events' whole labels rather than by their count.
func (d *drawing) clusterNamed(ks []int) bool {
	if len(ks) > maxNamed {
		return false
	}
	text := d.namedText(ks)
	return max(d.fonts.width(text, Regular, d.pg.ts, true), d.fonts.width(text, Regular, d.pg.ts, false)) <= d.pg.w/2
}

// namedText is the label naming events ks one after the other, with their
// sources.
func (d *drawing) namedText(ks []int) string {
	parts := make([]string, len(ks))
	for j, k := range ks {
		parts[j] = d.eventText(k)
	}
	return strings.Join(parts, " · ") + " " + d.refsOf(ks...)
}

// numbersOf writes the numbers of events ks in the list ("4–9", or "4"
// for one); before the list is numbered it writes the widest numbers it
// could hold, so that the label's box is wide enough for the real ones.
func (d *drawing) numbersOf(ks []int) string {
	if d.number == nil {
		wide := strings.Repeat("8", len(strconv.Itoa(max(d.inView, 1))))
		if len(ks) == 1 {
			return wide
		}
		return wide + "–" + wide
	}
	first, last := d.number[ks[0]], d.number[ks[len(ks)-1]]
	switch {
	case first == 0 || last == 0:
		return ""
	case first == last:
		return strconv.Itoa(first)
	}
	return strconv.Itoa(first) + "–" + strconv.Itoa(last)
}
