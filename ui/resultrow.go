package ui

import (
	"image/color"
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

// resultRow is one search result, read as a sentence: the claim's label
// (and the words of its quote that matched) on one line, and under it the
// event's date, who said it and the article's title; the matched characters
// in bold primary colour. It draws plain canvas texts cut to its width.
type resultRow struct {
	widget.BaseWidget
	runs   []run
	meta   []run
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
func (r *resultRow) set(runs, meta []run, focused bool) {
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
	line(r.row.meta, caption, pad/2+text*1.35, muted)
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
