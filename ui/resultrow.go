package ui

import (
	"cmp"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// run is a stretch of a result's text, matched by the query or not.
type run struct {
	text string
	hit  bool
}

// matchRuns splits text into runs, the runes at matched (rune indexes,
// ascending) in runs of their own; line ends become spaces.
func matchRuns(text string, matched []int) []run {
	var runs []run
	var b strings.Builder
	cur := false
	flush := func() {
		if b.Len() > 0 {
			runs = append(runs, run{b.String(), cur})
			b.Reset()
		}
	}
	k := 0
	for i, r := range []rune(text) {
		for k < len(matched) && matched[k] < i {
			k++
		}
		if m := k < len(matched) && matched[k] == i; m != cur {
			flush()
			cur = m
		}
		if r == '\n' {
			r = ' '
		}
		b.WriteRune(r)
	}
	flush()
	return runs
}

// runeWidths caches the advance of each rune per font size and weight, so
// that result rows cut their text to the row's width without shaping it on
// every keystroke. Kerning is ignored: cuts land within a pixel or two.
type runeWidths struct {
	w map[runeKey]float32
}

// runeKey is a rune at a size and weight.
type runeKey struct {
	r    rune
	size float32
	bold bool
}

// newRuneWidths returns an empty cache.
func newRuneWidths() *runeWidths { return &runeWidths{w: map[runeKey]float32{}} }

// rune returns the width of r at size.
func (c *runeWidths) rune(r rune, size float32, bold bool) float32 {
	k := runeKey{r, size, bold}
	rw, ok := c.w[k]
	if !ok {
		rw = fyne.MeasureText(string(r), size, fyne.TextStyle{Bold: bold}).Width
		c.w[k] = rw
	}
	return rw
}

// width returns the width of s at size.
func (c *runeWidths) width(s string, size float32, bold bool) float32 {
	var w float32
	for _, r := range s {
		w += c.rune(r, size, bold)
	}
	return w
}

// cut returns the longest start of s, followed by "…", that fits in max.
func (c *runeWidths) cut(s string, size float32, bold bool, max float32) string {
	max -= c.rune('…', size, bold)
	var w float32
	for i, r := range s {
		w += c.rune(r, size, bold)
		if w > max {
			return s[:i] + "…"
		}
	}
	return s
}

// fit returns runs, cut with "…" when they are together wider than max.
func (c *runeWidths) fit(runs []run, size float32, max float32) []run {
	var total float32
	for _, rn := range runs {
		total += c.width(rn.text, size, rn.hit)
	}
	if total <= max {
		return runs
	}
	budget := max - c.width("…", size, true)
	var out []run
	var w float32
	for _, rn := range runs {
		for i, ch := range rn.text {
			w += c.width(string(ch), size, rn.hit)
			if w > budget {
				if i > 0 {
					out = append(out, run{rn.text[:i] + "…", rn.hit})
				} else if len(out) > 0 {
					out[len(out)-1].text += "…"
				} else {
					out = append(out, run{"…", rn.hit})
				}
				return out
			}
		}
		out = append(out, rn)
	}
	return out
}

// metaSep joins the parts of a result's second line.
const metaSep = " · "

// fitParts returns parts joined by metaSep in runs no wider than max. The
// parts that do not shrink keep their width; the room left is shared
// fairly between the others (one narrower than its share gives the rest to
// the wider ones), each cut at a word with "…", so that every part that
// tells a result apart keeps its start in view. When the fixed parts alone
// are too wide, the whole line is cut at its end.
func (c *runeWidths) fitParts(parts []metaPart, size, max float32) []run {
	var kept []metaPart
	for _, p := range parts {
		if len(p.runs) > 0 {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	widths := make([]float32, len(kept))
	room := max - float32(len(kept)-1)*c.width(metaSep, size, false)
	var total float32
	var flex []int
	for i, p := range kept {
		for _, rn := range p.runs {
			widths[i] += c.width(rn.text, size, rn.hit)
		}
		total += widths[i]
		if p.shrink {
			flex = append(flex, i)
		} else {
			room -= widths[i]
		}
	}
	join := func(share []float32) []run {
		var out []run
		for i, p := range kept {
			if i > 0 {
				out = append(out, run{text: metaSep})
			}
			if share != nil && share[i] < widths[i] {
				out = append(out, c.fitWords(p.runs, size, share[i])...)
			} else {
				out = append(out, p.runs...)
			}
		}
		return out
	}
	sep := float32(len(kept)-1) * c.width(metaSep, size, false)
	if total+sep <= max {
		return join(nil)
	}
	// The smallest room a shrinking part is worth: a few characters.
	least := 6 * c.rune('n', size, false)
	if len(flex) == 0 || room < least*float32(len(flex)) {
		return c.fit(join(nil), size, max)
	}
	// Water-filling: the narrowest parts first, each its fair share; the
	// room a cut at a word leaves goes to the wider parts after it.
	share := make([]float32, len(kept))
	for i := range share {
		share[i] = widths[i]
	}
	slices.SortStableFunc(flex, func(a, b int) int { return cmp.Compare(widths[a], widths[b]) })
	for k, i := range flex {
		fair := room / float32(len(flex)-k)
		share[i] = min(widths[i], fair)
		used := share[i]
		if share[i] < widths[i] {
			used = 0
			for _, rn := range c.fitWords(kept[i].runs, size, share[i]) {
				used += c.width(rn.text, size, rn.hit)
			}
		}
		room -= used
	}
	return join(share)
}

// fitWords returns runs cut with "…" to fit in max, at the end of a word
// when one ends in the second half of the room, so that a title reads
// "Avec la panne mondiale…" rather than "Avec la panne mond…".
func (c *runeWidths) fitWords(runs []run, size, max float32) []run {
	budget := max - c.rune('…', size, false)
	type at struct{ run, byte int }
	var w float32
	cut, space := at{-1, 0}, at{-1, 0}
	var spaceW float32
outer:
	for ri, rn := range runs {
		for bi, ch := range rn.text {
			if ch == ' ' {
				space, spaceW = at{ri, bi}, w
			}
			w += c.rune(ch, size, rn.hit)
			if w > budget {
				cut = at{ri, bi}
				break outer
			}
		}
	}
	if cut.run < 0 {
		return runs
	}
	if space.run >= 0 && spaceW >= budget/2 {
		cut = space
	}
	out := slices.Clone(runs[:cut.run])
	if head := strings.TrimRight(runs[cut.run].text[:cut.byte], " ,;:"); head != "" {
		out = append(out, run{head, runs[cut.run].hit})
	}
	if len(out) == 0 {
		return []run{{text: "…"}}
	}
	out[len(out)-1].text = strings.TrimRight(out[len(out)-1].text, " ,;:") + "…"
	return out
}

// metaPart is one part of a result's second line: its date, who said it,
// the article's title or the start of its passage. A part that shrinks is
// given a fair share of the room the others leave and cut at a word.
type metaPart struct {
	runs   []run
	shrink bool
}

// resultRow is one search result, read as a sentence: the claim's label
// (and the words of its quote that matched) on one line, and under it what
// tells it from the results with the same label: the event's date, who said
// it, the article's title and the start of the passage; the matched
// characters in bold primary colour. It draws plain canvas texts cut to its
// width.
type resultRow struct {
	widget.BaseWidget
	runs   []run
	meta   []metaPart
	widths *runeWidths
	// focused draws the keyboard focus: an outline in the foreground
	// colour, which stands out from the row's hover and selection
	// backgrounds (see focusColor).
	focused bool
}

// newResultRow returns an empty row measuring with widths.
func newResultRow(widths *runeWidths) *resultRow {
	r := &resultRow{widths: widths}
	r.ExtendBaseWidget(r)
	return r
}

// set shows runs and meta, with the keyboard focus when focused.
func (r *resultRow) set(runs []run, meta []metaPart, focused bool) {
	r.runs, r.meta, r.focused = runs, meta, focused
	r.Refresh()
}

// focusColor is the colour of a focused row's outline: the theme's
// foreground, at least 3:1 against the row's background whether hovered or
// selected, in both variants (TestResultFocusContrast); the theme's own focus
// colour is a faint tint.
func focusColor(th fyne.Theme, v fyne.ThemeVariant) color.Color {
	return th.Color(theme.ColorNameForeground, v)
}

// focusWidth is the width of a focused row's outline.
const focusWidth = 2

// CreateRenderer implements fyne.Widget.
func (r *resultRow) CreateRenderer() fyne.WidgetRenderer {
	return &rowRenderer{row: r}
}

// rowRenderer lays out a result row's texts.
type rowRenderer struct {
	row     *resultRow
	texts   []*canvas.Text // reused from one layout to the next
	focus   *canvas.Rectangle
	objects []fyne.CanvasObject
}

// Destroy implements fyne.WidgetRenderer.
func (r *rowRenderer) Destroy() {}

// Objects implements fyne.WidgetRenderer.
func (r *rowRenderer) Objects() []fyne.CanvasObject { return r.objects }

// sizes returns the text size, the caption size and the padding.
func (r *rowRenderer) sizes() (text, caption, pad float32) {
	th := r.row.Theme()
	return th.Size(theme.SizeNameText), th.Size(theme.SizeNameCaptionText), th.Size(theme.SizeNamePadding)
}

// MinSize is two lines high and narrow: the text is cut to the width given.
func (r *rowRenderer) MinSize() fyne.Size {
	text, caption, pad := r.sizes()
	return fyne.NewSize(8*text, text*1.35+caption*1.35+2*pad)
}

// Layout places the label's runs left to right, cutting the first one that
// does not fit, and the meta line's under them.
func (r *rowRenderer) Layout(size fyne.Size) {
	text, caption, pad := r.sizes()
	th := r.row.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg, hit, muted := th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNamePrimary, v), th.Color(theme.ColorNamePlaceHolder, v)
	avail := size.Width - 2*pad
	r.objects = r.objects[:0]
	used := 0
	line := func(runs []run, size float32, y float32, plain color.Color) {
		x := pad
		for _, rn := range r.row.widths.fit(runs, size, avail) {
			if used == len(r.texts) {
				r.texts = append(r.texts, canvas.NewText("", fg))
			}
			t := r.texts[used]
			used++
			t.Text, t.TextSize, t.TextStyle, t.Color = rn.text, size, fyne.TextStyle{Bold: rn.hit}, plain
			if rn.hit {
				t.Color = hit
			}
			w := r.row.widths.width(rn.text, size, rn.hit)
			t.Move(fyne.NewPos(x, y))
			t.Resize(fyne.NewSize(w, size*1.35))
			r.objects = append(r.objects, t)
			x += w
		}
	}
	line(r.row.runs, text, pad/2, fg)
	line(r.row.widths.fitParts(r.row.meta, caption, avail), caption, pad/2+text*1.35, muted)
	if r.row.focused {
		if r.focus == nil {
			r.focus = canvas.NewRectangle(color.Transparent)
		}
		r.focus.StrokeColor, r.focus.StrokeWidth, r.focus.CornerRadius = focusColor(th, v), focusWidth, th.Size(theme.SizeNameSelectionRadius)
		r.focus.Move(fyne.NewPos(focusWidth/2, focusWidth/2))
		r.focus.Resize(fyne.NewSize(size.Width-focusWidth, size.Height-focusWidth))
		r.objects = append(r.objects, r.focus)
	}
	for _, o := range r.objects {
		o.Refresh()
	}
}

// Refresh lays the row out again.
func (r *rowRenderer) Refresh() { r.Layout(r.row.Size()) }

// resultList is the list of results: the arrows move its focus (drawn on the
// focused row), Enter or Space opens the focused result, even when it is
// the one already chosen.
type resultList struct {
	widget.List
	focus    int  // the focused row, as the list's own focus moves
	hasFocus bool // the list has the keyboard focus
	open     func(id widget.ListItemID)
	opened   bool // set when a selection opened a result
	// rowHeight is the height of a row, for the rows in view.
	rowHeight float32
}

// showsFocus reports whether row id is drawn with the keyboard focus.
func (l *resultList) showsFocus(id widget.ListItemID) bool {
	return l.hasFocus && l.focus == id
}

// FocusGained moves the focus to the first row in view when the focused
// row has been scrolled away, so that Tab never lands on a row out of
// sight, and draws it.
func (l *resultList) FocusGained() {
	l.hasFocus = true
	if first, last := l.inView(); first <= last && (l.focus < first || l.focus > last) {
		for l.focus < first {
			l.focus++
			l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		}
		for l.focus > last {
			l.focus--
			l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
		}
	}
	l.List.FocusGained()
}

// FocusLost stops drawing the focus.
func (l *resultList) FocusLost() {
	l.hasFocus = false
	l.List.FocusLost()
}

// inView returns the first and last rows wholly in view (last < first when
// none is).
func (l *resultList) inView() (first, last int) {
	n := l.Length()
	if n == 0 || l.rowHeight <= 0 || l.Size().Height <= 0 {
		return 0, n - 1
	}
	step := l.rowHeight + l.Theme().Size(theme.SizeNamePadding)
	top := l.GetScrollOffset()
	first = int((top + step - 1) / step)
	last = int((top+l.Size().Height+l.Theme().Size(theme.SizeNamePadding))/step) - 1
	return first, min(last, n-1)
}

// newResultList returns a list of length rows filled by update; open is
// called with the result to open.
func newResultList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), open func(widget.ListItemID)) *resultList {
	l := &resultList{open: open}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.rowHeight = create().MinSize().Height
	l.ExtendBaseWidget(l)
	l.OnSelected = func(id widget.ListItemID) {
		l.focus, l.opened = id, true
		open(id)
	}
	return l
}

// TypedKey opens the focused result on Enter or Space and follows the
// arrows.
func (l *resultList) TypedKey(k *fyne.KeyEvent) {
	n := l.Length()
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if l.focus >= 0 && l.focus < n {
			// Selecting opens the result; the one already selected opens again.
			l.opened = false
			l.Select(l.focus)
			if !l.opened {
				l.open(l.focus)
			}
		}
		return
	case fyne.KeyDown:
		if l.focus < n-1 {
			l.focus++
		}
	case fyne.KeyUp:
		if l.focus > 0 {
			l.focus--
		}
	}
	l.List.TypedKey(k)
}

// resetFocus moves the focus back to the first row, for new results.
func (l *resultList) resetFocus() {
	for l.focus > 0 {
		l.focus--
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
}
