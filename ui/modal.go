package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// While a dialog is open, the keys that no widget of it takes reach the
// window's own handlers (its key and rune handlers, its canvas shortcuts
// and, before any widget, its main menu's shortcuts). None of them may act
// on the window behind the dialog: Enter and Esc answer the dialog (as its
// default and its dismiss button would) and every other key is dropped.

// dialogOver returns the dialog or pop-up over the window, nil when none is.
func (w *Window) dialogOver() fyne.CanvasObject {
	return w.win.Canvas().Overlays().Top()
}

// dialogKey answers the dialog top for a key that none of its widgets
// took: Enter taps its default button, Esc its dismiss button (or closes a
// pop-up that is not a dialog); any other key does nothing.
func dialogKey(top fyne.CanvasObject, ev *fyne.KeyEvent) {
	buttons, isDialog := dialogButtons(top)
	var b *widget.Button
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b = defaultButton(buttons)
	case fyne.KeyEscape:
		if !isDialog {
			if p, ok := top.(*widget.PopUp); ok {
				p.Hide()
			}
			return
		}
		b = dismissButton(buttons)
	}
	if b != nil && b.OnTapped != nil {
		b.OnTapped()
	}
}

// guarded returns action, made to do nothing while a dialog is over the
// window: a menu's shortcut then goes to the dialog's focused widget (a
// text field's undo or copy) or nowhere.
func (w *Window) guarded(s fyne.Shortcut, action func()) func() {
	if action == nil {
		return nil
	}
	return func() {
		if w.dialogOver() == nil {
			action()
			return
		}
		if f, ok := w.win.Canvas().Focused().(fyne.Shortcutable); ok && s != nil {
			f.TypedShortcut(s)
		}
	}
}

// buttonOf returns the button o is or wraps, nil when it is none.
func buttonOf(o fyne.CanvasObject) *widget.Button {
	switch b := o.(type) {
	case *widget.Button:
		return b
	case *escButton:
		return &b.Button
	}
	return nil
}

// dialogButtons returns the enabled, visible buttons of a dialog's button
// row (Fyne's dialogs are a pop-up over a container whose fourth object
// is that row) and whether top is such a dialog.
func dialogButtons(top fyne.CanvasObject) ([]*widget.Button, bool) {
	p, ok := top.(*widget.PopUp)
	if !ok {
		return nil, false
	}
	c, ok := p.Content.(*fyne.Container)
	if !ok || len(c.Objects) != 5 {
		return nil, false
	}
	var out []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if b := buttonOf(o); b != nil {
			if !b.Disabled() {
				out = append(out, b)
			}
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, o := range c.Objects {
				walk(o)
			}
		}
	}
	walk(c.Objects[3])
	return out, true
}

// defaultButton is the button Enter taps: the only one, else the only one
// of high importance (a confirmation's Yes, a form's Save).
func defaultButton(bs []*widget.Button) *widget.Button {
	if len(bs) == 1 {
		return bs[0]
	}
	var found *widget.Button
	for _, b := range bs {
		if b.Importance == widget.HighImportance {
			if found != nil {
				return nil
			}
			found = b
		}
	}
	return found
}

// dismissButton is the button Esc taps: the only one, else the only one
// that is not of high importance (a confirmation's No, a form's Cancel).
func dismissButton(bs []*widget.Button) *widget.Button {
	if len(bs) == 1 {
		return bs[0]
	}
	var found *widget.Button
	for _, b := range bs {
		if b.Importance != widget.HighImportance {
			if found != nil {
				return nil
			}
			found = b
		}
	}
	return found
}
