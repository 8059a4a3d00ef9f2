package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// formEntry is a text field of a review dialog (Note…, Edit…) that the
// keyboard can leave: Esc cancels the dialog (a focused field takes every
// key, so the window's own Esc never sees it), Tab goes to the next field
// or button even in a field of several lines (Fyne's multi-line entry
// types a tab), and in such a field Shift+Enter saves while Enter starts a
// new line.
type formEntry struct {
	widget.Entry
	// esc is called on Esc, nil to type it.
	esc func()
}

// newFormEntry returns a one-line field whose Esc calls esc.
func newFormEntry(esc func()) *formEntry {
	e := &formEntry{esc: esc}
	e.ExtendBaseWidget(e)
	return e
}

// newFormNote returns a field of several lines, wrapped at words, whose
// Esc calls esc and Shift+Enter calls submit.
func newFormNote(esc, submit func()) *formEntry {
	e := newFormEntry(esc)
	e.MultiLine, e.Wrapping = true, fyne.TextWrapWord
	if submit != nil {
		e.OnSubmitted = func(string) { submit() }
	}
	return e
}

// AcceptsTab is false: Tab moves the focus on, a note needs no tab.
func (e *formEntry) AcceptsTab() bool { return false }

// TypedKey cancels on Esc and types any other key.
func (e *formEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.esc != nil {
		e.esc()
		return
	}
	e.Entry.TypedKey(ev)
}
