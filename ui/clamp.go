package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// clampText is a text of one style that wraps at word boundaries and
// shows at most lines lines, the last one ending in "…" when the text is
// longer: a header that never pushes what is under it out of sight. A tap
// on a cut text shows it whole, another one cuts it again.
type clampText struct {
	widget.BaseWidget
	lines    int
	expanded bool
	// relayout, when set, is called when the height the text needs at its
	// width changed in a layout: the container above, which asked for the
	// old minimum height, has to lay out again.
	relayout func()

	shown *widget.RichText // wrapped and cut at its height
	full  *widget.RichText // the whole text, to measure, never shown
	minH  float32          // the height last reported by MinSize
}

// newClampText returns an empty text of at most lines lines.
func newClampText(lines int) *clampText {
	c := &clampText{lines: lines, shown: widget.NewRichText(), full: widget.NewRichText()}
	c.shown.Wrapping = fyne.TextWrapWord
	c.shown.Truncation = fyne.TextTruncateEllipsis
	c.full.Wrapping = fyne.TextWrapWord
	c.ExtendBaseWidget(c)
	return c
}

// Set shows text in style (the whole of it cut to its lines again); an
// empty text hides the widget.
func (c *clampText) Set(text string, style widget.RichTextStyle) {
	style.Inline = false
	c.shown.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: style}}
	c.full.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: style}}
	c.expanded = false
	// Cut again at the next layout, at a height that holds a line: Fyne's
	// RichText fails to cut a text to less than its first line.
	c.shown.Truncation = fyne.TextTruncateOff
	if c.lines == 1 {
		c.shown.Wrapping, c.shown.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	}
	if text == "" {
		c.Hide()
	} else {
		c.Show()
	}
	c.shown.Refresh()
	c.full.Refresh()
	c.Refresh()
}

// Text returns the whole text.
func (c *clampText) Text() string { return c.full.String() }

// cut reports whether the text, at the width last laid out, needs more
// lines than it shows.
func (c *clampText) cut() bool {
	return !c.expanded && c.wholeHeight(c.Size().Width) > c.capHeight()+0.5
}

// Tapped shows the whole of a cut text, or cuts a whole one again.
func (c *clampText) Tapped(*fyne.PointEvent) {
	if !c.expanded && !c.cut() {
		return
	}
	c.expanded = !c.expanded
	c.Refresh()
	if c.relayout != nil {
		c.relayout()
	}
}

// wholeHeight is the height of the whole text w wide.
func (c *clampText) wholeHeight(w float32) float32 {
	if w <= 0 {
		return c.capHeight()
	}
	c.full.Resize(fyne.NewSize(w, c.full.Size().Height))
	return c.full.MinSize().Height
}

// trim is how much of the padding over and under the text is left out.
func (c *clampText) trim() float32 { return c.Theme().Size(theme.SizeNameInnerPadding) }

// capHeight is the height of c.lines lines of the text's style.
func (c *clampText) capHeight() float32 { return c.linesHeight(max(c.lines, 1)) }

// lineHeight is the height of a line of the text's style.
func (c *clampText) lineHeight() float32 { return c.linesHeight(1) }

// linesHeight is the height of n lines of the text's style, with its
// padding.
func (c *clampText) linesHeight(n int) float32 {
	style := widget.RichTextStyle{}
	if len(c.full.Segments) > 0 {
		style = c.full.Segments[0].(*widget.TextSegment).Style
	}
	probe := widget.NewRichText(&widget.TextSegment{Text: strings.Repeat("M\n", n-1) + "M", Style: style})
	return probe.MinSize().Height
}

// MinSize implements fyne.Widget: a character wide, as high as the text's
// lines (at most c.lines unless expanded) at its width.
func (c *clampText) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	h := c.wholeHeight(c.Size().Width)
	if !c.expanded {
		h = min(h, c.capHeight())
	}
	c.minH = h - c.trim()
	return fyne.NewSize(c.shown.MinSize().Width, c.minH)
}

// CreateRenderer implements fyne.Widget.
func (c *clampText) CreateRenderer() fyne.WidgetRenderer {
	return &clampRenderer{c: c}
}

type clampRenderer struct{ c *clampText }

func (r *clampRenderer) Layout(size fyne.Size) {
	c := r.c
	// The text's padding over and under it is cut by half: the header's
	// texts follow each other closely.
	trim := c.trim()
	c.shown.Wrapping = fyne.TextWrapWord
	switch {
	case c.lines == 1 && !c.expanded:
		// One line is cut where the width ends, not wrapped before a
		// long word: "2 Jul 2008 · 108294_Government_Acc…" rather than
		// "2 Jul 2008 ·…", the file's name one word left out whole.
		c.shown.Wrapping, c.shown.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	case c.expanded || len(c.shown.Segments) == 0 || size.Height+trim < c.lineHeight():
		c.shown.Truncation = fyne.TextTruncateOff
	default:
		c.shown.Truncation = fyne.TextTruncateEllipsis
	}
	c.shown.Move(fyne.NewPos(0, -trim/2))
	c.shown.Resize(size.AddWidthHeight(0, trim))
	c.shown.Refresh()
	before := c.minH
	if before != 0 && c.relayout != nil && c.MinSize().Height != before {
		c.relayout()
	}
}

func (r *clampRenderer) MinSize() fyne.Size           { return r.c.MinSize() }
func (r *clampRenderer) Refresh()                     { r.Layout(r.c.Size()) }
func (r *clampRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.shown} }
func (r *clampRenderer) Destroy()                     {}

// tightVBox stacks its visible objects at their minimum heights, the whole
// width, with no gap between them: the header's texts carry their own
// padding.
type tightVBox struct{}

// MinSize implements fyne.Layout.
func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height)
		}
	}
	return s
}

// Layout implements fyne.Layout.
func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
