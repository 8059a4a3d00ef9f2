package ui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
)

// eventsPanel is the events table with its filter chips: one row per event,
// sorted by a column (a click on its header; again reverses), filtered by
// the search and the chips, its selection kept in step with the timeline.
// It is touched only on the UI goroutine.
type eventsPanel struct {
	w *Window
	// chipsDimmed is true while the chips dim the timeline's events (see
	// apply), so that clearing them brings the search's dimming back.
	chipsDimmed bool
	table       *eventsTable
	count       *widget.Label
	// tabCount is the count in the row of the tabs, shown instead of
	// count when it fits there (see tabsCountLayout): a line of chips
	// less leaves the table more rows in a short window.
	tabCount *widget.Label
	// onCount, when set, is called after the count's text changed.
	onCount func()
	chips   *fyne.Container // the filter chips and the count
	content *fyne.Container
	// detail writes the current row whole under the table (its label,
	// subject, measure, value and note), which narrow columns cut; hidden
	// when no row is current.
	detail *widget.Label
	under  *fyne.Container // the table with the detail under it
	// note says why the table is empty when the search or the filters
	// leave no row, over it.
	note *noMatchNote

	rows []eventRow // by event index
	// ordered says that rows are in date order: sorting by date is free.
	ordered bool
	shown   []int // indexes into rows, in table order
	pos     []int // by event: its place in shown, or -1
	filter  rowFilter
	order   rowOrder

	selected map[int]bool // the selected events
	current  int          // the event of the keyboard cursor, or -1
	anchor   int          // the row a Shift-click extends from, or -1

	measure, subject, article, status *widget.Select
	disputed, rejected                *widget.Check
	// chipValues are the filter values behind each chip's options, in the
	// options' order ("" for "all").
	chipValues map[*widget.Select][]string
	filling    bool // the chips are being filled, not changed by the user

	// onMenu, when set, opens the context menu of the selected events at
	// an absolute position.
	onMenu func(at fyne.Position)

	// widths measures the cells' texts to cut them; lineHeight is the
	// height of a line of text at lineSize.
	widths               *runeWidths
	lineSize, lineHeight float32
	// colW are the columns' widths, colMin the least they shrink to in a
	// narrow table (fitColumns).
	colW, colMin [columnCount]float32
	// colFloor is the least in a pane too narrow for colMin and the
	// label's least width together (a subject, measure or value is then
	// cut below its readable width rather than the label pushed out of view).
	colFloor [columnCount]float32
	// notes is true when some event has a note: the table has a Note
	// column only then, its room going to the label otherwise.
	notes bool
}

// newEventsPanel returns the empty events panel of w.
func newEventsPanel(w *Window) *eventsPanel {
	p := &eventsPanel{w: w, current: -1, anchor: -1, selected: map[int]bool{}, count: widget.NewLabel(""),
		chipValues: map[*widget.Select][]string{}, widths: newRuneWidths()}
	p.count.Importance = countImportance
	p.tabCount = widget.NewLabel("")
	p.tabCount.Importance = countImportance
	p.tabCount.Hide()
	p.table = newEventsTable(p)
	chip := func(all string) *widget.Select {
		s := widget.NewSelect([]string{all}, nil)
		s.SetSelectedIndex(0)
		// A select is as wide as its placeholder, which never shows: as
		// wide as its "all" choice, then.
		s.PlaceHolder = all
		s.OnChanged = func(string) { p.chipChanged() }
		return s
	}
	p.measure = chip(lang.L("All measures"))
	p.subject = chip(lang.L("All subjects"))
	p.article = chip(lang.L("All articles"))
	p.status = chip(lang.L("Any status"))
	p.disputed = widget.NewCheck(lang.L("Sources disagree"), func(bool) { p.chipChanged() })
	p.rejected = widget.NewCheck(lang.L("Show rejected"), func(bool) { p.chipChanged() })
	// The chips wrap to more lines in a narrow pane, so that each stays
	// reachable; the count goes last.
	p.chips = container.New(&flowLayout{}, p.status, p.measure, p.subject, p.article, p.disputed, p.rejected, p.count)
	p.detail = widget.NewLabel("")
	p.detail.Wrapping = fyne.TextWrapWord
	p.detail.Hide()
	p.note = newNoMatchNote(p.table, func() float32 { return newHeaderCell(p).MinSize().Height })
	p.under = container.New(detailUnderLayout{}, p.note.content, p.detail)
	p.content = container.New(chipsOverLayout{}, p.chips, p.under)
	return p
}

// showDetail writes the current row whole under the table, or hides the
// detail when no row is current.
func (p *eventsPanel) showDetail() {
	k := p.rowOf(p.current)
	if k < 0 {
		if p.detail.Visible() {
			p.detail.Hide()
			p.under.Refresh()
		}
		return
	}
	text := detailText(&p.rows[p.shown[k]])
	if text == p.detail.Text && p.detail.Visible() {
		return
	}
	p.detail.SetText(text)
	p.detail.Show()
	p.under.Refresh()
}

// detailUnderLayout lays out the table over its detail (a wrapped label,
// when visible), the detail as high as its text at the whole width.
type detailUnderLayout struct{}

// MinSize implements fyne.Layout.
func (detailUnderLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	if d := objs[1]; d.Visible() {
		dm := d.MinSize()
		m = fyne.NewSize(max(m.Width, dm.Width), m.Height+theme.Padding()+dm.Height)
	}
	return m
}

// Layout implements fyne.Layout.
func (detailUnderLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	table, d := objs[0], objs[1]
	if !d.Visible() {
		table.Move(fyne.NewPos(0, 0))
		table.Resize(size)
		return
	}
	// A wrapped label's height follows its width: give it the width first.
	d.Resize(fyne.NewSize(size.Width, d.Size().Height))
	h := min(d.MinSize().Height, size.Height/2)
	d.Move(fyne.NewPos(0, size.Height-h))
	d.Resize(fyne.NewSize(size.Width, h))
	table.Move(fyne.NewPos(0, 0))
	table.Resize(fyne.NewSize(size.Width, max(size.Height-h-theme.Padding(), 0)))
}

// detailText is a row's detail: its whole label, then each of its
// date, subject, measure, value and note that it has, named by its column
// (a date range is cut in its narrow column: "~ Jan 202…").
func detailText(r *eventRow) string {
	parts := []string{r.labelText}
	for _, c := range []column{colDate, colSubject, colMeasure, colValue, colNote} {
		if v := r.text(c); v != "" {
			parts = append(parts, lang.L("{{.Column}}: {{.Value}}", map[string]any{"Column": columnTitle(c), "Value": v}))
		}
	}
	return strings.Join(parts, " · ")
}

// relayout lays the panel out again: the chips took more or fewer lines.
func (p *eventsPanel) relayout() {
	if p.content != nil {
		p.content.Layout.Layout(p.content.Objects, p.content.Size())
	}
}

// setTimeline shows the events of t (nil: none), keeping the sort order and
// clearing the filters and the selection.
func (p *eventsPanel) setTimeline(t *model.Timeline) {
	p.rows = newEventRows(t)
	p.ordered = dateOrdered(p.rows)
	p.filter = rowFilter{}
	p.selected = map[int]bool{}
	p.current, p.anchor = -1, -1
	p.fillChips()
	p.apply()
	p.fitColumns()
	p.table.ScrollToTop()
}

// refreshRows writes the rows again after the events changed in place (a
// review action), keeping the filters and the selection of the events still
// there.
func (p *eventsPanel) refreshRows(t *model.Timeline) {
	p.rows = newEventRows(t)
	p.ordered = dateOrdered(p.rows)
	for e := range p.selected {
		if e >= len(p.rows) {
			delete(p.selected, e)
		}
	}
	if p.current >= len(p.rows) {
		p.current = -1
	}
	p.fillChips()
	p.apply()
	p.fitColumns()
}

// setMatch filters the table by the search's matching events (nil: no
// query).
func (p *eventsPanel) setMatch(match []bool) {
	p.filter.match = match
	p.apply()
}

// apply filters and sorts the rows again and redraws the table; the
// timeline dims the events the chips leave out, as it does those the
// search does not match.
func (p *eventsPanel) apply() {
	before := len(p.shown)
	p.shown = shownRows(p.rows, &p.filter, p.order, p.ordered, p.shown)
	if p.w != nil && p.w.timeline != nil && (p.filter.chips() || p.chipsDimmed) {
		match := p.filter.match
		if p.filter.chips() {
			match = make([]bool, len(p.w.timeline.Events()))
			for _, r := range p.shown {
				if e := p.rows[r].event; e < len(match) {
					match[e] = true
				}
			}
		}
		q := ""
		if p.w.search != nil && p.filter.match != nil {
			q = p.w.search.query()
		}
		p.w.timeline.SetNoMatch(noMatchText(q, p.filter.chips(), len(p.rows)))
		p.w.timeline.SetMatch(match)
		p.chipsDimmed = p.filter.chips()
	}
	if cap(p.pos) < len(p.rows) {
		p.pos = make([]int, len(p.rows))
	}
	p.pos = p.pos[:len(p.rows)]
	for i := range p.pos {
		p.pos[i] = -1
	}
	for k, r := range p.shown {
		p.pos[p.rows[r].event] = k
	}
	p.table.Refresh()
	if len(p.shown) < before {
		// Fewer rows: the table keeps its scroll offset, which may now be
		// past the last row (a search after scrolling down showed an
		// empty table under "5 of 11 events shown"). Back to the top,
		// then down to the current row if it is still shown.
		p.table.ScrollToTop()
		p.reveal()
	}
	p.showCount()
	p.showDetail()
	p.showNote()
}

// showNote says, over the table, why it shows no row when the search or
// the filters leave none, with a button that brings the rows back.
func (p *eventsPanel) showNote() {
	if len(p.rows) == 0 || len(p.shown) > 0 {
		p.note.show("", "", nil)
		return
	}
	q := ""
	if p.w.search != nil && p.filter.match != nil {
		q = p.w.search.query()
	}
	f := &p.filter
	filtered := f.measure != "" || f.subject != "" || f.article != "" || f.status != "" || f.disputed
	if strings.TrimSpace(q) == "" && !filtered {
		// Only the rejected events are left out, and they are all.
		p.note.show(countText(len(p.rows), "The only event is rejected. Tick “Show rejected” to see it.",
			"All {{.N}} events are rejected. Tick “Show rejected” to see them."),
			lang.L("Show rejected"), func() { p.rejected.SetChecked(true) })
		return
	}
	p.note.show(noMatchText(q, filtered, len(p.rows)), clearText(q, filtered), func() {
		if filtered {
			p.clearFilters()
		}
		if strings.TrimSpace(q) != "" && p.w.search != nil {
			p.w.search.entry.SetText("")
		}
	})
}

// clearFilters puts every chip back to "all" (the rejected events stay as
// they were, shown or not).
func (p *eventsPanel) clearFilters() {
	p.filling = true
	for _, s := range []*widget.Select{p.status, p.measure, p.subject, p.article} {
		s.SetSelectedIndex(0)
	}
	p.disputed.SetChecked(false)
	p.filling = false
	p.chipChanged()
}

// showCount writes how many events the table shows.
func (p *eventsPanel) showCount() {
	if len(p.rows) == 0 {
		p.setCount("")
		return
	}
	text := countText(len(p.shown), "{{.Shown}} event of {{.Total}} shown", "{{.Shown}} of {{.Total}} events shown",
		map[string]any{"Shown": len(p.shown), "Total": len(p.rows)})
	if n := len(p.selected); n > 1 {
		text += " · " + lang.L("{{.N}} selected", map[string]any{"N": n})
	}
	p.setCount(text)
}

// setCount writes the count, laying the chips out again when its width
// changed (it may take another line).
func (p *eventsPanel) setCount(text string) {
	if text == p.count.Text {
		return
	}
	before := p.count.MinSize().Width
	p.count.SetText(text)
	p.tabCount.SetText(text)
	if p.onCount != nil {
		p.onCount()
	}
	if p.chips != nil && p.count.MinSize().Width != before {
		p.relayout()
	}
}

// fillChips lists each chip's values from the rows, keeping the chosen ones
// that are still there.
func (p *eventsPanel) fillChips() {
	p.filling = true
	defer func() { p.filling = false }()
	var measures, subjects, articles []string
	// The measure chip lists each measure once, whatever the language its
	// articles write it in, named by the words they use most (as the
	// timeline's lanes are).
	measureUses := map[string]map[string]int{}
	for i := range p.rows {
		r := &p.rows[i]
		if r.measure != "" {
			if measureUses[r.measureKey] == nil {
				measures = append(measures, r.measureKey)
				measureUses[r.measureKey] = map[string]int{}
			}
			measureUses[r.measureKey][r.measure]++
		}
		if r.subject != "" {
			subjects = append(subjects, r.subject)
		}
		articles = append(articles, r.articles...)
	}
	set := func(s *widget.Select, all string, values []string, name func(string) string, keep *string) {
		if name == nil {
			slices.Sort(values)
			values = slices.Compact(values)
		}
		opts := []string{all}
		vals := []string{""}
		for _, v := range values {
			text := v
			if name != nil {
				text = name(v)
			}
			opts = append(opts, text)
			vals = append(vals, v)
		}
		s.Options = opts
		p.chipValues[s] = vals
		k := slices.Index(vals, *keep)
		if k < 0 {
			k, *keep = 0, ""
		}
		s.SetSelectedIndex(k)
	}
	measureName := func(key string) string {
		best, n := "", 0
		for w, c := range measureUses[key] {
			if c > n || c == n && w < best {
				best, n = w, c
			}
		}
		return best
	}
	slices.SortFunc(measures, func(a, b string) int {
		return strings.Compare(strings.ToLower(measureName(a)), strings.ToLower(measureName(b)))
	})
	set(p.measure, lang.L("All measures"), measures, measureName, &p.filter.measure)
	set(p.subject, lang.L("All subjects"), subjects, nil, &p.filter.subject)
	set(p.article, lang.L("All articles"), articles, nil, &p.filter.article)
	// The article chip names the articles as the source view does.
	for k, v := range p.chipValues[p.article][1:] {
		p.article.Options[k+1] = model.ReadableName(v)
	}
	p.article.Refresh()
	var status []string
	for _, s := range statuses {
		if s == "" {
			s = statusUnchecked
		}
		status = append(status, s)
	}
	set(p.status, lang.L("Any status"), status, func(s string) string {
		if s == statusUnchecked {
			return statusTitle("")
		}
		return statusTitle(s)
	}, &p.filter.status)
	p.disputed.SetChecked(p.filter.disputed)
	p.rejected.SetChecked(p.filter.rejected)
}

// chipChanged reads the chips into the filter.
func (p *eventsPanel) chipChanged() {
	if p.filling {
		return
	}
	value := func(s *widget.Select) string {
		vals := p.chipValues[s]
		if k := s.SelectedIndex(); k > 0 && k < len(vals) {
			return vals[k]
		}
		return ""
	}
	p.filter.measure = value(p.measure)
	p.filter.subject = value(p.subject)
	p.filter.article = value(p.article)
	p.filter.status = value(p.status)
	p.filter.disputed = p.disputed.Checked
	p.filter.rejected = p.rejected.Checked
	p.apply()
}

// sortBy sorts by column c, or reverses the order when it is sorted by c
// already.
func (p *eventsPanel) sortBy(c column) {
	if p.order.col == c {
		p.order.desc = !p.order.desc
	} else {
		p.order = rowOrder{col: c}
	}
	p.apply()
	p.reveal()
}

// eventAt returns the event shown in row k, or -1.
func (p *eventsPanel) eventAt(k int) int {
	if k < 0 || k >= len(p.shown) {
		return -1
	}
	return p.rows[p.shown[k]].event
}

// rowOf returns the row that shows event e, or -1 when it is filtered out.
func (p *eventsPanel) rowOf(e int) int {
	if e < 0 || e >= len(p.pos) {
		return -1
	}
	return p.pos[e]
}

// selection returns the selected events in table order.
func (p *eventsPanel) selection() []int {
	var out []int
	for _, r := range p.shown {
		if e := p.rows[r].event; p.selected[e] {
			out = append(out, e)
		}
	}
	return out
}

// showEvent follows the timeline: event e becomes the current row (and the
// only selected one unless it is part of the selection), scrolled into
// view.
func (p *eventsPanel) showEvent(e int) {
	if e < 0 || e >= len(p.rows) {
		p.selected = map[int]bool{}
		p.current = -1
	} else {
		if !p.selected[e] {
			p.selected = map[int]bool{e: true}
			p.anchor = p.rowOf(e)
		}
		p.current = e
	}
	p.table.Refresh()
	p.showCount()
	p.showDetail()
	p.reveal()
}

// reveal scrolls the current row into view.
func (p *eventsPanel) reveal() {
	if k := p.rowOf(p.current); k >= 0 {
		p.table.ScrollTo(widget.TableCellID{Row: k, Col: int(colDate)})
	}
}

// click selects row k as a click with modifiers does: alone, added to or
// taken from the selection (Ctrl, or Cmd on macOS), or the rows from the
// last clicked one (Shift).
func (p *eventsPanel) click(k int, mods fyne.KeyModifier) {
	e := p.eventAt(k)
	if e < 0 {
		return
	}
	switch {
	case mods&fyne.KeyModifierShift != 0 && p.anchor >= 0 && p.anchor < len(p.shown):
		p.selected = map[int]bool{}
		for i := min(p.anchor, k); i <= max(p.anchor, k); i++ {
			p.selected[p.eventAt(i)] = true
		}
	case mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0:
		p.anchor = k
		if p.selected[e] && len(p.selected) > 1 {
			delete(p.selected, e)
			if p.current == e {
				p.current = p.selection()[0]
			}
			p.table.Refresh()
			p.showCount()
			p.showDetail()
			p.w.selectEvent(p.current)
			return
		}
		p.selected[e] = true
	default:
		p.anchor = k
		p.selected = map[int]bool{e: true}
	}
	p.current = e
	p.table.Refresh()
	p.showCount()
	p.showDetail()
	// The timeline selects it (showing its lane again when it is hidden)
	// and calls back showEvent, which fills the source view.
	p.w.selectEvent(e)
}

// move moves the current row by d rows (clamped), selecting it alone.
func (p *eventsPanel) move(d int) {
	if len(p.shown) == 0 {
		return
	}
	k := p.rowOf(p.current)
	if k < 0 {
		// From before the first row going down, after the last going up.
		k = -1
		if d < 0 {
			k = len(p.shown)
		}
	}
	p.click(min(max(k+d, 0), len(p.shown)-1), 0)
}

// open shows the current event's first passage in its full article.
func (p *eventsPanel) open() {
	t := p.w.current
	if t == nil || p.current < 0 || p.current >= len(t.Events) {
		return
	}
	e := &t.Events[p.current]
	p.w.selectEvent(p.current)
	if len(e.Sources) == 0 {
		return
	}
	s := e.Sources[0]
	var claim *model.Claim
	if s.Claim >= 0 && s.Claim < len(t.Claims) {
		claim = &t.Claims[s.Claim]
	}
	if art := articleNamed(t, s.Article, claim); art != nil {
		showArticle(p.w.win, art, model.Span{Start: s.Start, End: s.End})
	}
}

// columnWidths are the columns' widths, but for the label's, which takes
// the rest of the table's width (fitColumns); the table scrolls sideways
// when they do not fit. They are narrow enough for the status to show
// without a scroll in the default window.
var columnWidths = [columnCount]float32{
	colDate: 84, colSubject: 88, colMeasure: 80, colValue: 76, colLabel: minLabelWidth,
	colSources: 40, colConflict: 30, colStatus: 80, colNote: 140,
}

// minLabelWidth is the narrowest the label column gets; wideLabelWidth
// is the width it needs before the note column is given room on screen
// too (else the note is after the right edge, the status still in view).
const (
	minLabelWidth  = 100
	wideLabelWidth = 220
)

// maxColumnWidths cap the columns fitted to their content (fitColumns),
// so that one long subject or note does not leave the label no room; a
// longer text is cut with "…".
var maxColumnWidths = [columnCount]float32{
	colDate: 160, colSubject: 180, colMeasure: 160, colValue: 140, colSources: 64, colConflict: 40, colStatus: 150, colNote: 220,
}

// fitRows is the most rows fitColumns measures (the first ones in the
// events' order), so that a set of many thousand events loads as fast.
const fitRows = 2000

// minColumnWidths are the narrowest the columns fitted to their content
// get when the table is too narrow for them all (their texts are then cut
// with "…", and the current row's detail under the table writes them
// whole). A date of a day or a month and a status stay whole too: their
// least is their content's width (fitColumns).
var minColumnWidths = [columnCount]float32{
	colDate: 64, colSubject: 64, colMeasure: 56, colValue: 64, colSources: 36, colConflict: 30, colStatus: 64, colNote: 140,
}

// readableTextWidths are the text widths up to which a subject, a measure
// and a value stay whole when the table is narrow (a name of two words,
// "compensation", "100 million"): cut shorter, "The fir…", "compe…" and
// "100 …" say nothing, and a figure cut is worse than none. Their columns
// shrink no further than their content up to these widths.
var readableTextWidths = [columnCount]float32{colSubject: 136, colMeasure: 96, colValue: 84}

// readableLabelWidth is the least the label keeps while the subject keeps
// its readable width in a table too narrow for every column's (the
// default window's): below it, the subject is cut too.
const readableLabelWidth = 120

// columnsFor returns the columns' widths in a table width wide, its
// columns sep apart, each at least as wide as least says: each as wide as want says (its content's width)
// when there is room, the date, subject, measure, value and status shrunk in
// proportion to what they can give when there is not, so that the label
// keeps wideLabelWidth (minLabelWidth at the least); the label takes the
// rest (the note too, once the label has wideLabelWidth).
//
// A note's width of 0 says that the table has no Note column: no
// separator before it either.
func columnsFor(width, sep float32, want, least *[columnCount]float32) [columnCount]float32 {
	out := *want
	cols := columnCount
	if want[colNote] == 0 {
		cols--
	}
	avail := width - float32(cols-1)*sep
	used := func() float32 {
		var u float32
		for c, w := range out {
			if column(c) != colLabel && column(c) != colNote {
				u += w
			}
		}
		return u
	}
	if over := used() + wideLabelWidth - avail; over > 0 {
		var give float32
		for _, c := range []column{colDate, colSubject, colMeasure, colValue, colStatus, colSources, colConflict} {
			give += max(out[c]-least[c], 0)
		}
		if give > 0 {
			f := min(over/give, 1)
			for _, c := range []column{colDate, colSubject, colMeasure, colValue, colStatus, colSources, colConflict} {
				out[c] -= float32(int(max(out[c]-least[c], 0)*f + 0.999))
			}
		}
	}
	rest := avail - used()
	out[colLabel] = max(rest, minLabelWidth)
	if rest-out[colNote] >= wideLabelWidth {
		out[colLabel] = rest - out[colNote]
	}
	return out
}

// fitColumns gives each column but the label the width of its widest
// text (its header, with the sort arrow, or a cell), within
// maxColumnWidths and no narrower than columnWidths; the label takes the
// rest of the table's width. With no note in the set, the table has no
// Note column (width 0): the label has its room.
func (p *eventsPanel) fitColumns() {
	t := p.table
	th := t.Theme()
	notes := false
	for k := range p.rows {
		if p.rows[k].note != "" {
			notes = true
			break
		}
	}
	size := th.Size(theme.SizeNameText)
	pad := 2*th.Size(theme.SizeNameInnerPadding) + 2 // the cell's insets, and a pixel of rounding each side
	for c := range columnCount {
		if c == colLabel {
			continue
		}
		head := p.widths.width(columnTitle(c), size, true)
		w := p.widths.width(columnTitle(c), size, true) + sortArrowWidth(th) // room for the sort arrow
		var whole float32                                                    // the widest text that stays whole, shrunk
		var readable float32                                                 // the widest text up to its readable width
		for k := range min(len(p.rows), fitRows) {
			tw := p.widths.width(p.rows[k].text(c), size, false)
			w = max(w, tw)
			if c == colStatus || c == colDate && !p.rows[k].date.Range && p.rows[k].date.Precision >= model.PrecisionYear {
				whole = max(whole, tw)
			}
			readable = max(readable, min(tw, readableTextWidths[c]))
		}
		p.colW[c] = min(max(float32(int(w+pad+0.999)), columnWidths[c]), maxColumnWidths[c])
		// Shrunk, a column still shows its header whole, the date of a
		// day or a month and the status theirs, and a subject, measure
		// or value up to its readable width.
		p.colFloor[c] = min(max(float32(int(max(head, whole)+pad+0.999)), minColumnWidths[c]), p.colW[c])
		p.colMin[c] = min(max(float32(int(max(head, whole, readable)+pad+0.999)), minColumnWidths[c]), p.colW[c])
	}
	if !notes {
		p.colW[colNote], p.colMin[colNote], p.colFloor[colNote] = 0, 0, 0
	}
	changed := notes != p.notes
	p.notes = notes
	t.width = -1 // the label's width is fitted again
	if sz := t.Size(); sz.Width > 0 {
		t.Resize(sz)
	}
	if changed {
		t.Refresh() // a Note column more or less
	}
}

// columnTitle is a column's header.
func columnTitle(c column) string {
	switch c {
	case colDate:
		return lang.L("Date")
	case colSubject:
		return lang.L("Subject")
	case colMeasure:
		return lang.L("Measure")
	case colValue:
		return lang.L("Value")
	case colLabel:
		return lang.L("Label")
	case colSources:
		// Short: the column is narrow (the number of articles).
		return lang.L("Src.")
	case colConflict:
		return "⚠"
	case colStatus:
		return lang.L("Status")
	case colNote:
		return lang.L("Note")
	}
	return ""
}

// eventsTable is the table widget: Fyne's table with row selection of its
// own (cells take the clicks, with their modifiers) and the keyboard moving
// between rows.
type eventsTable struct {
	widget.Table
	p *eventsPanel
	// width is the width the label column was fitted to.
	width float32
}

// Resize fits the label column to the new width.
func (t *eventsTable) Resize(size fyne.Size) {
	if size.Width != t.width {
		t.width = size.Width
		ws := t.columnWidths(size.Width)
		for c, w := range ws {
			t.SetColumnWidth(c, w)
		}
	}
	t.Table.Resize(size)
}

// columnWidths returns the columns' widths in a table width wide: within
// their readable least widths when they leave the label room, else the
// subject within its readable width and the others within their floors
// while the label keeps readableLabelWidth, else every column within its
// floor, so that the label stays in view.
func (t *eventsTable) columnWidths(width float32) [columnCount]float32 {
	sep := t.Theme().Size(theme.SizeNamePadding)
	ws := columnsFor(width, sep, &t.p.colW, &t.p.colMin)
	if ws[colLabel] > minLabelWidth {
		return ws
	}
	// Too narrow for every column's readable width: the subject, who the
	// claim is about, keeps its own while the label keeps
	// readableLabelWidth; the date, measure and value shrink first.
	least := t.p.colFloor
	least[colSubject] = t.p.colMin[colSubject]
	if sub := columnsFor(width, sep, &ws, &least); sub[colLabel] >= readableLabelWidth {
		return sub
	}
	return columnsFor(width, sep, &ws, &t.p.colFloor)
}

// newEventsTable returns the table of p.
func newEventsTable(p *eventsPanel) *eventsTable {
	t := &eventsTable{p: p}
	t.Length = func() (int, int) {
		if !p.notes {
			return len(p.shown), int(colNote) // no Note column: colNote is the last
		}
		return len(p.shown), int(columnCount)
	}
	t.CreateCell = func() fyne.CanvasObject { return newTableCell(p) }
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) { p.fillCell(id, o.(*tableCell)) }
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject { return newHeaderCell(p) }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*headerCell)
		h.col = column(id.Col)
		sort := 0
		if p.order.col == h.col {
			sort = 1
			if p.order.desc {
				sort = -1
			}
		}
		h.setText(columnTitle(h.col), sort)
	}
	t.ExtendBaseWidget(t)
	p.colW, p.colMin, p.colFloor = columnWidths, minColumnWidths, minColumnWidths
	for c, w := range columnWidths {
		t.SetColumnWidth(c, w)
	}
	return t
}

// TypedKey moves between rows with ↑ ↓ (Page Up and Down by ten), Home and
// End, opens the current event with Enter and rejects the selected ones
// with Delete.
func (t *eventsTable) TypedKey(ev *fyne.KeyEvent) {
	p := t.p
	switch ev.Name {
	case fyne.KeyUp:
		p.move(-1)
	case fyne.KeyDown:
		p.move(1)
	case fyne.KeyPageUp:
		p.move(-10)
	case fyne.KeyPageDown:
		p.move(10)
	case fyne.KeyHome:
		p.move(-len(p.shown))
	case fyne.KeyEnd:
		p.move(len(p.shown))
	case fyne.KeyReturn, fyne.KeyEnter:
		p.open()
	case fyne.KeyDelete, fyne.KeyBackspace:
		// Rejects the selected events; the keyboard goes on from the row
		// where the current one was, when the table no longer shows it.
		if len(p.selected) > 0 {
			k := p.rowOf(p.current)
			p.w.setStatus(model.Rejected)
			if k >= 0 && p.rowOf(p.current) < 0 && len(p.shown) > 0 {
				p.click(min(k, len(p.shown)-1), 0)
			}
		}
	default:
		t.Table.TypedKey(ev)
	}
}

// fillCell shows row id.Row's column id.Col in a cell.
func (p *eventsPanel) fillCell(id widget.TableCellID, c *tableCell) {
	c.row, c.col = id.Row, column(id.Col)
	if id.Row < 0 || id.Row >= len(p.shown) {
		c.set("", false, false, false)
		return
	}
	r := &p.rows[p.shown[id.Row]]
	c.set(r.text(c.col), p.selected[r.event], r.event == p.current, r.rejected)
}

// cellHeight returns the height of a table cell at the theme's text size:
// a line of text and the inner padding above and below, as a label has.
func (p *eventsPanel) cellHeight(th fyne.Theme) float32 {
	size := th.Size(theme.SizeNameText)
	if p.lineSize != size {
		p.lineSize = size
		p.lineHeight = fyne.MeasureText("M", size, fyne.TextStyle{}).Height
	}
	return p.lineHeight + 2*th.Size(theme.SizeNameInnerPadding)
}

// cellText is the text of a table cell: a plain canvas text (no shaping
// for wrapping or truncation on a refresh, unlike a label), cut with "…"
// to the cell's width by the panel's cached rune widths, and redrawn only
// when what it shows changed.
type cellText struct {
	full  string // the whole text
	bold  bool
	color fyne.ThemeColorName
	text  *canvas.Text
	// cutFrom and cutWidth are the text and the width the shown text was
	// cut for.
	cutFrom  string
	cutWidth float32
}

// newCellText returns an empty cell text.
func newCellText(bold bool) *cellText {
	t := &cellText{bold: bold, color: theme.ColorNameForeground, text: canvas.NewText("", color.Transparent), cutWidth: -1}
	t.text.TextStyle.Bold = bold
	return t
}

// draw lays the text out in a cell of size, in th's colours: cut to the
// width when it changed, refreshed when what it shows changed.
func (t *cellText) draw(p *eventsPanel, th fyne.Theme, size fyne.Size) {
	textSize := th.Size(theme.SizeNameText)
	pad := th.Size(theme.SizeNameInnerPadding)
	avail := size.Width - 2*pad
	changed := false
	if t.full != t.cutFrom || avail != t.cutWidth || textSize != t.text.TextSize {
		t.cutFrom, t.cutWidth = t.full, avail
		shown := t.full
		if avail <= 0 {
			shown = ""
		} else if p.widths.width(t.full, textSize, t.bold) > avail {
			shown = p.widths.cut(t.full, textSize, t.bold, avail)
		}
		if shown != t.text.Text || textSize != t.text.TextSize {
			t.text.Text, t.text.TextSize = shown, textSize
			changed = true
		}
	}
	if c := th.Color(t.color, fyne.CurrentApp().Settings().ThemeVariant()); c != t.text.Color {
		t.text.Color = c
		changed = true
	}
	pos, sz := fyne.NewPos(pad, pad), fyne.NewSize(max(avail, 0), p.cellHeight(th)-2*pad)
	if t.text.Position() != pos {
		t.text.Move(pos)
	}
	if t.text.Size() != sz {
		t.text.Resize(sz)
	}
	if changed {
		t.text.Refresh()
	}
}

// tableCell is one cell of the events table: its text on the selection's
// colour when its row is selected, greyed when its event is rejected. It
// takes the clicks so that Ctrl and Shift extend the selection.
type tableCell struct {
	widget.BaseWidget
	p    *eventsPanel
	row  int
	col  column
	mods fyne.KeyModifier // the modifiers of the last mouse press
	// fill is the background's colour name ("" for none).
	fill  fyne.ThemeColorName
	bg    *canvas.Rectangle
	label *cellText
}

var (
	_ fyne.Tappable          = (*tableCell)(nil)
	_ fyne.SecondaryTappable = (*tableCell)(nil)
	_ desktop.Mouseable      = (*tableCell)(nil)
)

// newTableCell returns an empty cell of p's table.
func newTableCell(p *eventsPanel) *tableCell {
	c := &tableCell{p: p, row: -1, bg: canvas.NewRectangle(color.Transparent), label: newCellText(false)}
	c.ExtendBaseWidget(c)
	return c
}

// set shows text, on the selection colour when selected (stronger for the
// current row), greyed when rejected. A cell whose text and colours are
// unchanged costs nothing.
func (c *tableCell) set(text string, selected, current, rejected bool) {
	var fill fyne.ThemeColorName
	switch {
	case current:
		fill = theme.ColorNameSelection
	case selected:
		fill = theme.ColorNameHover
	}
	fg := theme.ColorNameForeground
	if rejected {
		// The placeholder colour: greyed, and still readable (4.5:1 in
		// the light theme, see readableTheme); the disabled one is not.
		fg = theme.ColorNamePlaceHolder
	}
	if text == c.label.full && fill == c.fill && fg == c.label.color {
		return
	}
	c.label.full, c.fill, c.label.color = text, fill, fg
	c.draw(c.Size())
}

// draw shows the cell's state at size, in the theme's colours.
func (c *tableCell) draw(size fyne.Size) {
	th := c.Theme()
	var fill color.Color = color.Transparent
	if c.fill != "" {
		fill = th.Color(c.fill, fyne.CurrentApp().Settings().ThemeVariant())
	}
	if c.bg.FillColor != fill {
		c.bg.FillColor = fill
		c.bg.Refresh()
	}
	if c.bg.Size() != size {
		c.bg.Resize(size)
	}
	c.label.draw(c.p, th, size)
}

// CreateRenderer implements fyne.Widget.
func (c *tableCell) CreateRenderer() fyne.WidgetRenderer {
	return &cellRenderer{size: c.Size, draw: c.draw, min: func() fyne.Size { return c.p.cellMin(c.Theme()) },
		objects: []fyne.CanvasObject{c.bg, c.label.text}}
}

// cellMin is the smallest size of a cell or header: a line high, a few
// characters wide (the text is cut to the column's width).
func (p *eventsPanel) cellMin(th fyne.Theme) fyne.Size {
	return fyne.NewSize(3*th.Size(theme.SizeNameText), p.cellHeight(th))
}

// cellRenderer draws a table cell or header: its objects laid out by draw.
type cellRenderer struct {
	size    func() fyne.Size
	draw    func(fyne.Size)
	min     func() fyne.Size
	objects []fyne.CanvasObject
}

// Destroy implements fyne.WidgetRenderer.
func (r *cellRenderer) Destroy() {}

// Layout implements fyne.WidgetRenderer.
func (r *cellRenderer) Layout(size fyne.Size) { r.draw(size) }

// MinSize implements fyne.WidgetRenderer.
func (r *cellRenderer) MinSize() fyne.Size { return r.min() }

// Objects implements fyne.WidgetRenderer.
func (r *cellRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh draws the cell again, in the theme's colours (which may have
// changed).
func (r *cellRenderer) Refresh() { r.draw(r.size()) }

// MouseDown keeps the modifiers of a click.
func (c *tableCell) MouseDown(ev *desktop.MouseEvent) { c.mods = ev.Modifier }

// MouseUp implements desktop.Mouseable.
func (c *tableCell) MouseUp(*desktop.MouseEvent) {}

// Tapped selects the cell's row (with the modifiers of the press) and gives
// the table the keyboard.
func (c *tableCell) Tapped(*fyne.PointEvent) {
	mods := c.mods
	c.mods = 0
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c.p.table); cv != nil {
		cv.Focus(c.p.table)
	}
	c.p.click(c.row, mods)
}

// TappedSecondary selects the row, unless it is part of the selection, and
// opens the context menu of the selected events.
func (c *tableCell) TappedSecondary(ev *fyne.PointEvent) {
	if e := c.p.eventAt(c.row); e >= 0 && !c.p.selected[e] {
		c.p.click(c.row, 0)
	}
	if c.p.onMenu != nil {
		c.p.onMenu(ev.AbsolutePosition)
	}
}

// headerCell is a column's header: a click sorts by it.
type headerCell struct {
	widget.BaseWidget
	p     *eventsPanel
	col   column
	label *cellText
	// sort is 1 when the table is sorted by the column, -1 in reverse,
	// 0 when not; arrow shows it, an icon of the theme (a text arrowhead
	// is small, and "▲" is in neither of the fonts Fyne bundles).
	sort  int
	arrow *canvas.Image
}

// newHeaderCell returns a header of p's table.
func newHeaderCell(p *eventsPanel) *headerCell {
	h := &headerCell{p: p, label: newCellText(true), arrow: canvas.NewImageFromResource(theme.MenuDropUpIcon())}
	h.arrow.FillMode = canvas.ImageFillContain
	h.arrow.Hide()
	h.ExtendBaseWidget(h)
	return h
}

// setText shows text and the sort arrow, drawn again only when they changed.
func (h *headerCell) setText(text string, sort int) {
	if text != h.label.full || sort != h.sort {
		h.label.full, h.sort = text, sort
		h.draw(h.Size())
	}
}

// sortArrowWidth is the room the sort arrow takes after a header's title.
func sortArrowWidth(th fyne.Theme) float32 {
	return sortArrowSize(th) + 2
}

// sortArrowSize is the side of the sort arrow: a little less than the
// text's height.
func sortArrowSize(th fyne.Theme) float32 {
	return th.Size(theme.SizeNameText) - 2
}

// draw shows the header at size: the title, and after it the arrow of the
// order the table is sorted in by the column.
func (h *headerCell) draw(size fyne.Size) {
	th := h.Theme()
	if h.sort == 0 {
		h.arrow.Hide()
		h.label.draw(h.p, th, size)
		return
	}
	room := sortArrowWidth(th)
	h.label.draw(h.p, th, fyne.NewSize(size.Width-room, size.Height))
	res := theme.MenuDropUpIcon()
	if h.sort < 0 {
		res = theme.MenuDropDownIcon()
	}
	if h.arrow.Resource != res {
		h.arrow.Resource = res
		h.arrow.Refresh()
	}
	textSize, side := th.Size(theme.SizeNameText), sortArrowSize(th)
	pad := th.Size(theme.SizeNameInnerPadding)
	x := pad + h.p.widths.width(h.label.text.Text, textSize, true) + 2
	x = min(x, size.Width-side-pad/2)
	h.arrow.Move(fyne.NewPos(x, (h.p.cellHeight(th)-side)/2))
	h.arrow.Resize(fyne.NewSquareSize(side))
	h.arrow.Show()
}

// CreateRenderer implements fyne.Widget.
func (h *headerCell) CreateRenderer() fyne.WidgetRenderer {
	return &cellRenderer{size: h.Size, draw: h.draw, min: func() fyne.Size { return h.p.cellMin(h.Theme()) },
		objects: []fyne.CanvasObject{h.label.text, h.arrow}}
}

// Tapped sorts by the column, or reverses the order.
func (h *headerCell) Tapped(*fyne.PointEvent) { h.p.sortBy(h.col) }

// String is the header's text, for tests and debugging.
func (h *headerCell) String() string {
	return fmt.Sprintf("header %d %q sort %d", h.col, h.label.full, h.sort)
}
