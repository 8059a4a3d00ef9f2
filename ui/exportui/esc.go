package exportui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A focused widget takes every key and Fyne gives a window's own key
// handler only the keys nothing focused took, so each focusable part of the
// dialog closes it on Esc itself: its text fields (escEntry), the size list
// (escSelect), its buttons (escButton) and the choices of its radio groups
// (radio, whose buttons Fyne's widget.RadioGroup keeps to itself).

// escEntry is a text field that closes the dialog on Esc.
type escEntry struct {
	widget.Entry
	esc func()
}

// newEscEntry returns a text field whose Esc calls esc.
func newEscEntry(esc func()) *escEntry {
	e := &escEntry{esc: esc}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes the dialog on Esc and types any other key.
func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.esc != nil {
		e.esc()
		return
	}
	e.Entry.TypedKey(ev)
}

// escSelect is a drop-down list that closes the dialog on Esc (its open
// list closes on Esc on its own, as a pop-up menu does).
type escSelect struct {
	widget.Select
	esc func()
}

// newEscSelect returns a list of options calling changed when one is
// chosen, and esc on Esc.
func newEscSelect(options []string, changed func(string), esc func()) *escSelect {
	s := &escSelect{esc: esc}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey closes the dialog on Esc and hands the list any other key.
func (s *escSelect) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && s.esc != nil {
		s.esc()
		return
	}
	s.Select.TypedKey(ev)
}

// escButton is a button that closes the dialog on Esc.
type escButton struct {
	widget.Button
	esc func()
}

// newEscButton returns a button with text and icon calling tapped, and esc
// on Esc.
func newEscButton(text string, icon fyne.Resource, tapped, esc func()) *escButton {
	b := &escButton{esc: esc}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey closes the dialog on Esc and hands the button any other key.
func (b *escButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && b.esc != nil {
		b.esc()
		return
	}
	b.Button.TypedKey(ev)
}

// radio is a group of choices of which exactly one is selected, drawn and
// used as widget.RadioGroup's (a tap or Space on a choice selects it, Tab
// goes from choice to choice), whose choices close the dialog on Esc.
type radio struct {
	widget.DisableableWidget
	// Options are the choices' labels and Selected the one selected.
	Options  []string
	Selected string
	// Horizontal sets the choices side by side instead of one per line.
	Horizontal bool

	esc     func()
	choices []*radioChoice
}

// newRadio returns a group of options, the first selected, whose Esc calls
// esc.
func newRadio(options []string, horizontal bool, esc func()) *radio {
	r := &radio{Options: options, Horizontal: horizontal, esc: esc}
	if len(options) > 0 {
		r.Selected = options[0]
	}
	for _, o := range options {
		c := &radioChoice{group: r, label: o}
		c.ExtendBaseWidget(c)
		r.choices = append(r.choices, c)
	}
	r.ExtendBaseWidget(r)
	return r
}

// SetSelected selects option s; an s that is not an option changes
// nothing, as one choice is always selected.
func (r *radio) SetSelected(s string) {
	if s == r.Selected {
		return
	}
	for _, o := range r.Options {
		if o == s {
			r.Selected = s
			r.Refresh()
			return
		}
	}
}

// Refresh redraws the choices.
func (r *radio) Refresh() {
	for _, c := range r.choices {
		c.Refresh()
	}
	r.BaseWidget.Refresh()
}

// CreateRenderer lays the choices out as widget.RadioGroup does: in a row
// of equal widths or in a column, with no space between them.
func (r *radio) CreateRenderer() fyne.WidgetRenderer {
	objs := make([]fyne.CanvasObject, len(r.choices))
	for i, c := range r.choices {
		objs[i] = c
	}
	return widget.NewSimpleRenderer(container.New(radioLayout{horizontal: r.Horizontal}, objs...))
}

// radioLayout sets a radio group's choices side by side, each as wide as
// the widest, or one under the other.
type radioLayout struct{ horizontal bool }

// cell is the size of the largest choice.
func (l radioLayout) cell(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

func (l radioLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	c := l.cell(objs)
	for i, o := range objs {
		if l.horizontal {
			o.Move(fyne.NewPos(float32(i)*c.Width, 0))
			o.Resize(fyne.NewSize(c.Width, size.Height))
		} else {
			o.Move(fyne.NewPos(0, float32(i)*c.Height))
			o.Resize(c)
		}
	}
}

func (l radioLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	c := l.cell(objs)
	if l.horizontal {
		return fyne.NewSize(c.Width*float32(len(objs)), c.Height)
	}
	return fyne.NewSize(c.Width, c.Height*float32(len(objs)))
}

// radioChoice is one choice of a radio group.
type radioChoice struct {
	widget.BaseWidget
	group            *radio
	label            string
	focused, hovered bool
}

var (
	_ fyne.Focusable    = (*radioChoice)(nil)
	_ fyne.Tappable     = (*radioChoice)(nil)
	_ fyne.Disableable  = (*radioChoice)(nil)
	_ desktop.Hoverable = (*radioChoice)(nil)
)

// selected reports whether the choice is its group's selected one.
func (c *radioChoice) selected() bool { return c.group.Selected == c.label }

// Disabled reports whether the group is disabled (focus then skips it).
func (c *radioChoice) Disabled() bool { return c.group.Disabled() }

// Enable and Disable act on the whole group.
func (c *radioChoice) Enable()  { c.group.Enable() }
func (c *radioChoice) Disable() { c.group.Disable() }

// choose selects the choice.
func (c *radioChoice) choose() {
	if !c.Disabled() {
		c.group.SetSelected(c.label)
	}
}

// Tapped focuses and selects the choice.
func (c *radioChoice) Tapped(*fyne.PointEvent) {
	if c.Disabled() {
		return
	}
	if !c.focused && !fyne.CurrentDevice().IsMobile() {
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c)
		}
	}
	c.choose()
}

// FocusGained and FocusLost show where the keyboard is.
func (c *radioChoice) FocusGained() { c.focused = true; c.Refresh() }
func (c *radioChoice) FocusLost()   { c.focused = false; c.Refresh() }

// TypedRune selects the choice on Space.
func (c *radioChoice) TypedRune(r rune) {
	if r == ' ' {
		c.choose()
	}
}

// TypedKey closes the dialog on Esc.
func (c *radioChoice) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && c.group.esc != nil {
		c.group.esc()
	}
}

// MouseIn, MouseMoved and MouseOut show the choice under the pointer.
func (c *radioChoice) MouseIn(*desktop.MouseEvent)    { c.hovered = !c.Disabled(); c.Refresh() }
func (c *radioChoice) MouseMoved(*desktop.MouseEvent) {}
func (c *radioChoice) MouseOut()                      { c.hovered = false; c.Refresh() }

// CreateRenderer draws the choice as Fyne draws a radio button.
func (c *radioChoice) CreateRenderer() fyne.WidgetRenderer {
	r := &radioChoiceRenderer{c: c, label: canvas.NewText("", color.Black)}
	r.update()
	return r
}

// radioChoiceRenderer draws a radioChoice: a focus or hover disc behind
// the button's icon, then its label.
type radioChoiceRenderer struct {
	c          *radioChoice
	focus      canvas.Circle
	icon, over canvas.Image
	label      *canvas.Text
}

func (r *radioChoiceRenderer) Destroy() {}

func (r *radioChoiceRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{&r.focus, &r.icon, &r.over, r.label}
}

func (r *radioChoiceRenderer) Layout(size fyne.Size) {
	th := r.c.Theme()
	inner, border, icon := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInputBorder), th.Size(theme.SizeNameInlineIcon)
	fs := fyne.NewSquareSize(icon + inner)
	r.focus.Resize(fs)
	r.focus.Move(fyne.NewPos(border, (size.Height-fs.Height)/2))
	r.label.Resize(size)
	r.label.Move(fyne.NewPos(fs.Width+th.Size(theme.SizeNamePadding), 0))
	pos := fyne.NewPos(inner/2+border, (size.Height-icon)/2)
	for _, im := range []*canvas.Image{&r.icon, &r.over} {
		im.Resize(fyne.NewSquareSize(icon))
		im.Move(pos)
	}
}

func (r *radioChoiceRenderer) MinSize() fyne.Size {
	th := r.c.Theme()
	in := th.Size(theme.SizeNameInnerPadding) * 2
	return r.label.MinSize().AddWidthHeight(in+th.Size(theme.SizeNameInlineIcon)+th.Size(theme.SizeNamePadding), in)
}

func (r *radioChoiceRenderer) Refresh() {
	r.update()
	canvas.Refresh(r.c)
}

// update sets the colours and icons from the choice's state.
func (r *radioChoiceRenderer) update() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	dis, sel := r.c.Disabled(), r.c.selected()
	r.label.Text = r.c.label
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	out := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	out.ColorName = theme.ColorNameInputBorder
	in := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	in.ColorName = theme.ColorNameInputBackground
	if sel {
		in.ColorName, out.ColorName = theme.ColorNamePrimary, theme.ColorNameForeground
	}
	if dis {
		r.label.Color = th.Color(theme.ColorNameDisabled, v)
		in.ColorName, out.ColorName = theme.ColorNameBackground, theme.ColorNameDisabled
		if sel {
			in.ColorName = theme.ColorNameDisabled
		}
	}
	r.icon.Resource, r.over.Resource = in, out
	r.icon.Refresh()
	r.over.Refresh()
	switch {
	case dis:
		r.focus.FillColor = color.Transparent
	case r.c.focused:
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	case r.c.hovered:
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.focus.FillColor = color.Transparent
	}
	r.focus.Refresh()
}
