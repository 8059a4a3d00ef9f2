package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowLayout lays objects out left to right at their minimum sizes, going
// on to a new line where the next one does not fit, so that every one stays
// reachable in a narrow pane (the table's filter chips). Its minimum height
// is that of the lines it needed at the width it was last laid out at; a
// container above that knows the width it will give asks flow for the
// height (see chipsOverLayout).
type flowLayout struct {
	width float32 // the width of the last layout, 0 before
	lines int
	// relines, when set, is called when a layout takes a different number
	// of lines than the one before: the container above, which asked for
	// the old minimum height, has to lay out again.
	relines func()
}

// flow places objs in lines of width (all in one line when width is 0),
// moving and resizing them when place is set; it returns the size they
// take and the number of lines.
func flow(objs []fyne.CanvasObject, width float32, place bool) (fyne.Size, int) {
	gap := theme.Padding()
	var x, y, lineH, widest float32
	lines := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if lines == 0 {
			lines = 1
		} else if width > 0 && x+gap+m.Width > width {
			y += lineH + gap
			x, lineH = 0, 0
			lines++
		} else {
			x += gap
		}
		if place {
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(min(m.Width, max(width, m.Width)), m.Height))
		}
		x += m.Width
		lineH = max(lineH, m.Height)
		widest = max(widest, x)
	}
	return fyne.NewSize(widest, y+lineH), lines
}

// MinSize implements fyne.Layout: as wide as the widest object, as high as
// the lines at the last width.
func (l *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	size, _ := flow(objs, l.width, false)
	var widest float32
	for _, o := range objs {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	return fyne.NewSize(widest, size.Height)
}

// Layout implements fyne.Layout.
func (l *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	before := l.lines
	l.width = size.Width
	_, l.lines = flow(objs, size.Width, true)
	if l.relines != nil && before != 0 && l.lines != before {
		l.relines()
	}
}

// chipsOverLayout lays out two objects: a container of chips flowing
// (flowLayout) across the top, as high as their lines at the width, and
// the rest under it.
type chipsOverLayout struct{}

// MinSize implements fyne.Layout.
func (chipsOverLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	top, rest := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(top.Width, rest.Width), top.Height+theme.Padding()+rest.Height)
}

// Layout implements fyne.Layout.
func (chipsOverLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	chips, rest := objs[0], objs[1]
	h := chips.MinSize().Height
	if c, ok := chips.(*fyne.Container); ok {
		in, _ := flow(c.Objects, size.Width, false)
		h = in.Height
	}
	chips.Move(fyne.NewPos(0, 0))
	chips.Resize(fyne.NewSize(size.Width, h))
	top := h + theme.Padding()
	rest.Move(fyne.NewPos(0, top))
	rest.Resize(fyne.NewSize(size.Width, max(size.Height-top, 0)))
}
