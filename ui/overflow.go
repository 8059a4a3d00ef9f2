package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// overflowRow is one row of buttons at their minimum widths: those that
// fit, in order, and after them a "More" button whose menu holds the
// others, so that a narrow pane keeps every action one row high.
type overflowRow struct {
	content *fyne.Container
	buttons []*widget.Button
	more    *widget.Button
}

// newOverflowRow returns a row of buttons.
func newOverflowRow(buttons ...*widget.Button) *overflowRow {
	r := &overflowRow{buttons: buttons}
	r.more = widget.NewButtonWithIcon("", theme.MoreHorizontalIcon(), r.showMenu)
	r.more.Importance = widget.LowImportance
	objs := make([]fyne.CanvasObject, 0, len(buttons)+1)
	for _, b := range buttons {
		objs = append(objs, b)
	}
	r.content = container.New(r, append(objs, r.more)...)
	return r
}

// hidden returns the buttons that do not fit in the row, in order.
func (r *overflowRow) hidden() []*widget.Button {
	var out []*widget.Button
	for _, b := range r.buttons {
		if !b.Visible() {
			out = append(out, b)
		}
	}
	return out
}

// menu is the menu of the buttons that do not fit: each one's text, icon
// and action, disabled when it is.
func (r *overflowRow) menu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, b := range r.hidden() {
		it := fyne.NewMenuItem(b.Text, b.OnTapped)
		it.Icon = b.Icon
		it.Disabled = b.Disabled()
		items = append(items, it)
	}
	return fyne.NewMenu(lang.L("More actions"), items...)
}

// showMenu shows the menu of the buttons that do not fit under the More
// button.
func (r *overflowRow) showMenu() {
	c := fyne.CurrentApp().Driver().CanvasForObject(r.more)
	if c == nil {
		return
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.more).AddXY(0, r.more.Size().Height)
	widget.ShowPopUpMenuAtPosition(r.menu(), c, at)
}

// MinSize implements fyne.Layout: the More button alone, as high as the
// highest button.
func (r *overflowRow) MinSize([]fyne.CanvasObject) fyne.Size {
	h := r.more.MinSize().Height
	for _, b := range r.buttons {
		h = max(h, b.MinSize().Height)
	}
	return fyne.NewSize(r.more.MinSize().Width, h)
}

// Layout implements fyne.Layout: the buttons that fit, then the More
// button when some do not.
func (r *overflowRow) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding()
	var all float32
	for i, b := range r.buttons {
		if i > 0 {
			all += gap
		}
		all += b.MinSize().Width
	}
	room := size.Width
	if all > size.Width {
		room -= r.more.MinSize().Width + gap
	}
	var x float32
	for _, b := range r.buttons {
		m := b.MinSize()
		if x+m.Width > room {
			// This one and those after it go to the menu, so that the
			// actions keep their order.
			room = -1
			b.Hide()
			continue
		}
		b.Show()
		b.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		b.Resize(m)
		x += m.Width + gap
	}
	if all > size.Width {
		m := r.more.MinSize()
		r.more.Show()
		r.more.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		r.more.Resize(m)
	} else {
		r.more.Hide()
	}
}
