package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
	"github.com/claimline/claimline/ui/timeline"
)

// maxShown is the most results the list shows; the match count and the
// timeline's dimming use every hit.
const maxShown = 500

// searchPanel is the search entry and its result list. Searches run on a
// worker goroutine (see searchWorker); results of stale queries are dropped.
type searchPanel struct {
	w     *Window
	entry *searchEntry
	list  *resultList
	// note says, over the list, that the query matches no claim.
	note  *noMatchNote
	count *widget.Label
	top   fyne.CanvasObject // the entry and the match count

	worker *searchWorker
	gen    int          // the latest query sent
	q      string       // the query the hits answer
	hits   []search.Hit // best first
	events []int        // the matching events, in date order
	chosen int          // the result chosen in the list, or -1
	widths *runeWidths  // shared by the result rows
	// done, when set, is called on the UI goroutine after results are shown
	// (tests wait on it).
	done func()
}

// newSearchPanel returns the panel of w.
func newSearchPanel(w *Window) *searchPanel {
	p := &searchPanel{w: w, chosen: -1, count: widget.NewLabel(""), widths: newRuneWidths()}
	p.worker = newSearchWorker()
	p.entry = newSearchEntry()
	p.entry.SetPlaceHolder(lang.L("Search claims, people, figures, sources…"))
	p.entry.OnChanged = p.changed
	p.entry.OnSubmitted = func(string) {
		if len(p.hits) > 0 {
			p.list.Select(0)
		}
	}
	// Not LowImportance: Fyne draws it in the disabled colour, 1.25:1 on
	// the light background.
	p.count.Importance = countImportance
	p.list = newResultList(
		func() int { return min(len(p.hits), maxShown) },
		func() fyne.CanvasObject { return newResultRow(p.widths) },
		func(id widget.ListItemID, o fyne.CanvasObject) { p.fill(id, o.(*resultRow)) },
		p.choose,
	)
	p.list.OnUnselected = func(widget.ListItemID) { p.chosen = -1 }
	p.note = newNoMatchNote(p.list, nil)
	icon := widget.NewIcon(theme.SearchIcon())
	// The count beside the entry, to leave the table below more rows.
	p.top = container.NewBorder(nil, nil, icon, p.count, p.entry)
	p.reset()
	return p
}

// reset clears the query for a newly loaded set.
func (p *searchPanel) reset() {
	p.gen++
	p.q, p.hits, p.events, p.chosen = "", nil, nil, -1
	p.entry.SetText("")
	p.list.UnselectAll()
	p.list.Refresh()
	p.showHint()
	p.showCount()
}

// showHint says, over the empty list of a search not yet typed, what the
// list is for.
func (p *searchPanel) showHint() {
	p.note.show(lang.L("Type words, a name or a figure in the search box above to list the claims that match."), "", nil)
}

// query returns the query the shown results answer.
func (p *searchPanel) query() string { return p.q }

// matchingEvents returns the indexes of the events matching the query.
func (p *searchPanel) matchingEvents() []int { return p.events }

// changed sends the new query to the worker.
func (p *searchPanel) changed(q string) {
	p.gen++
	gen := p.gen
	if strings.TrimSpace(q) == "" || p.w.index == nil {
		p.apply(gen, "", nil)
		return
	}
	do := p.w.do
	n := len(p.w.timeline.Events())
	// After a review action the index's events have moved: claimEvent
	// (replaced, never changed in place) says where each claim is now.
	remap := p.w.claimEvent
	p.worker.send(searchRequest{query: q, index: p.w.index, reply: func(hits []search.Hit) {
		// The matching events are read here, off the UI goroutine.
		hits = remapHits(hits, remap)
		match, events := matchOf(hits, n)
		do(func() { p.show(gen, q, hits, match, events) })
	}})
}

// remapHits returns hits with each one's event read from claimEvent (nil:
// hits as they are), in a new slice.
func remapHits(hits []search.Hit, claimEvent []int) []search.Hit {
	if claimEvent == nil {
		return hits
	}
	out := make([]search.Hit, len(hits))
	for i, h := range hits {
		if h.Claim >= 0 && h.Claim < len(claimEvent) {
			h.Event = claimEvent[h.Claim]
		}
		out[i] = h
	}
	return out
}

// requery runs the query again after the events changed (a review action),
// so that its matches follow the events.
func (p *searchPanel) requery() {
	p.events = nil
	if strings.TrimSpace(p.entry.Text) == "" {
		p.showCount()
		return
	}
	p.w.events.setMatch(nil)
	p.changed(p.entry.Text)
}

// matchOf returns, for hits over a timeline of n events, whether each event
// matches and the matching events in date order (not nil: a query that
// matches nothing).
func matchOf(hits []search.Hit, n int) ([]bool, []int) {
	match := make([]bool, n)
	for _, h := range hits {
		if h.Event >= 0 && h.Event < n {
			match[h.Event] = true
		}
	}
	events := []int{}
	for i, m := range match {
		if m {
			events = append(events, i)
		}
	}
	return match, events
}

// apply shows the hits of query q if it is still the latest one.
func (p *searchPanel) apply(gen int, q string, hits []search.Hit) {
	match, events := matchOf(hits, len(p.w.timeline.Events()))
	p.show(gen, q, hits, match, events)
}

// show shows the hits of query q and the events they match, if q is still
// the latest query.
func (p *searchPanel) show(gen int, q string, hits []search.Hit, match []bool, events []int) {
	if gen != p.gen {
		return // a newer query is on its way
	}
	if q != "" && len(match) != len(p.w.timeline.Events()) {
		match, events = matchOf(hits, len(p.w.timeline.Events()))
	}
	if p.chosen >= 0 {
		p.list.UnselectAll()
	}
	p.q, p.hits, p.chosen = q, hits, -1
	p.list.resetFocus()
	p.list.ScrollToTop()
	p.list.Refresh()
	if q == "" {
		p.events = nil
		p.w.timeline.SetMatch(nil)
		p.w.events.setMatch(nil)
		p.showHint()
	} else {
		// What the timeline says when the query matches no event (its
		// words follow every keystroke, its layout only new matches).
		p.w.timeline.SetNoMatch(noMatchText(q, false, len(p.w.timeline.Events())))
		// A keystroke that leaves the matching events as they were does not
		// lay the timeline out or filter the table again.
		if p.events == nil || !slices.Equal(events, p.events) {
			p.w.timeline.SetMatch(match)
			p.w.events.setMatch(match)
		} else {
			p.w.events.showNote()
		}
		p.events = events
		if len(hits) == 0 {
			p.note.show(lang.L("No claim matches “{{.Query}}”. Try other words, or clear the search.", map[string]any{"Query": quoted(q)}),
				lang.L("Clear the search"), func() { p.entry.SetText("") })
		} else {
			p.note.show("", "", nil)
		}
	}
	p.showCount()
	if p.done != nil {
		p.done()
	}
}

// showCount writes the match count under the entry.
func (p *searchPanel) showCount() {
	switch {
	case p.w.current == nil:
		p.count.SetText("")
	case p.q == "":
		// "1 claim in 1 event", not "1 claims in 1 events".
		p.count.SetText(lang.L("{{.Claims}} in {{.Events}}", map[string]any{
			"Claims": countText(len(p.w.current.Claims), "{{.N}} claim", "{{.N}} claims"),
			"Events": countText(len(p.w.current.Events), "{{.N}} event", "{{.N}} events")}))
	default:
		p.count.SetText(p.w.timeline.Status() + " · " + countText(len(p.hits), "{{.N}} claim", "{{.N}} claims"))
	}
}

// choose selects the result's event on the timeline, which scrolls to it and
// fills the source view.
func (p *searchPanel) choose(id widget.ListItemID) {
	if id < 0 || id >= len(p.hits) {
		return
	}
	p.chosen = id
	if e := p.hits[id].Event; e >= 0 {
		p.w.selectEvent(e)
	} else if p.w.current != nil {
		// A claim kept off the timeline: its passage, all the same.
		p.w.source.showClaim(p.w.current, p.hits[id].Claim)
	}
}

// claimOf returns the claim of the chosen result when it belongs to event
// i, or -1.
func (p *searchPanel) claimOf(i int) int {
	if p.chosen >= 0 && p.chosen < len(p.hits) && p.hits[p.chosen].Event == i {
		return p.hits[p.chosen].Claim
	}
	return -1
}

// fill shows hit id in a row: the label with the matched words, and under
// it what tells it from other results with the same label, each part's
// start in view however narrow the row: the date, who said it, the
// article's title and the start of the passage.
func (p *searchPanel) fill(id widget.ListItemID, row *resultRow) {
	if id >= len(p.hits) {
		return
	}
	h := p.hits[id]
	r := h.Row()
	text, matched := clip([]rune(r.Label.Text), r.Label.Matched, 0)
	var meta []metaPart
	add := func(part search.Part, shrink bool) {
		if part.Text != "" {
			meta = append(meta, metaPart{runs: matchRuns(part.Text, part.Matched), shrink: shrink})
		}
	}
	t := p.w.current
	var c *model.Claim
	if t != nil && h.Claim >= 0 && h.Claim < len(t.Claims) {
		c = &t.Claims[h.Claim]
	}
	if t != nil && h.Event >= 0 && h.Event < len(t.Events) {
		add(search.Part{Text: timeline.DateText(t.Events[h.Event].Date, words())}, false)
	} else if c != nil && !c.Date.IsZero() {
		add(search.Part{Text: timeline.DateText(c.Date, words())}, false)
	}
	// Who said it, unless the label names them and the query did not.
	if !strings.Contains(r.Label.Text, r.Speaker.Text) || len(r.Speaker.Matched) > 0 {
		add(r.Speaker, true)
	}
	add(r.Title, true)
	// The passage's first words, unless the label already quotes it or it
	// is the article's headline (its start is the title's).
	if c != nil && !strings.Contains(r.Label.Text, "“") && !sameStart(c.Quote, r.Title.Text) {
		if start, _ := clip([]rune(strings.TrimSpace(c.Quote)), nil, 0); start != "" {
			if !strings.HasSuffix(start, "…") {
				start += "”"
			}
			add(search.Part{Text: "“" + start}, true)
		}
	}
	if c != nil && c.Unsure {
		// Found by the search, but not read surely enough for the timeline.
		add(search.Part{Text: lang.L("unsure, not on the timeline")}, false)
	}
	row.set(matchRuns(text, matched), meta, p.list.showsFocus(id))
}

// sameStartRunes is how many first characters of a passage and a title,
// when the same, make the passage the article's headline.
const sameStartRunes = 24

// sameStart reports whether passage starts as title does (the whole title
// when it is shorter than sameStartRunes), case and spaces aside.
func sameStart(passage, title string) bool {
	p, t := []rune(strings.ToLower(strings.TrimSpace(passage))), []rune(strings.ToLower(strings.TrimSuffix(strings.TrimSpace(title), "…")))
	n := min(len(t), sameStartRunes)
	return n > 0 && len(p) >= n && string(p[:n]) == string(t[:n])
}

// snippetMax is the most characters a result row is given: more would
// never show in one line, and every one costs time to shape and truncate.
const snippetMax = 160

// clip keeps the first snippetMax runes of runes (from start), with the
// matched indexes that fall inside.
func clip(runes []rune, matched []int, start int) (string, []int) {
	if len(runes)-start <= snippetMax {
		return string(runes[start:]), matched
	}
	kept := matched
	for i, m := range matched {
		if m >= snippetMax {
			kept = matched[:i]
			break
		}
	}
	return string(runes[start:start+snippetMax]) + "…", kept
}

// searchEntry is the search field: Escape clears it and the down arrow moves
// to the results.
type searchEntry struct {
	widget.Entry
	onDown func()
}

// newSearchEntry returns an empty search field.
func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey clears on Escape and moves to the results on the down arrow.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		e.SetText("")
	case fyne.KeyDown:
		if e.onDown != nil {
			e.onDown()
		}
	default:
		e.Entry.TypedKey(k)
	}
}
