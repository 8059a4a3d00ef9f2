package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// laneNoteTime is how long the note that a hidden lane was shown again
// stays, unless the user closes it or acts on it first.
const laneNoteTime = 8 * time.Second

// laneNote is the short note, over the timeline's top right corner under
// its legend, that says a hidden lane was shown again because the event
// chosen in the table or the search results is in it, with a button that
// hides the lane again. It does not block anything and goes by itself.
type laneNote struct {
	w     *Window
	text  *widget.Label
	undo  *widget.Button
	close *widget.Button
	bg    *canvas.Rectangle
	box   *fyne.Container
	// content is the timeline with the note over it.
	content *fyne.Container
	lane    int // the lane shown again, -1 when the note is hidden
	gen     int // the note's showing; an older timer does not hide a newer note
	// after starts the timer that hides the note (time.AfterFunc; tests
	// replace it).
	after func(time.Duration, func())
}

// newLaneNote returns the hidden note over w's timeline.
func newLaneNote(w *Window) *laneNote {
	n := &laneNote{w: w, text: widget.NewLabel(""), lane: -1,
		after: func(d time.Duration, f func()) { time.AfterFunc(d, f) }}
	n.undo = widget.NewButton(lang.L("Hide it again"), n.hideLane)
	n.close = widget.NewButtonWithIcon("", theme.CancelIcon(), n.hide)
	n.close.Importance = widget.LowImportance
	n.bg = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	n.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	n.bg.StrokeWidth = 1
	n.bg.CornerRadius = theme.InputRadiusSize()
	// The sentence wraps in a timeline too narrow for it on one line.
	n.text.Wrapping = fyne.TextWrapWord
	n.box = container.NewStack(n.bg, container.NewPadded(
		container.NewBorder(nil, nil, nil, container.NewHBox(n.undo, n.close), n.text)))
	n.box.Hide()
	n.content = container.New(&cornerLayout{top: n.top, width: n.width}, w.timeline, n.box)
	return n
}

// top is the height of the timeline's legend, under which the note goes.
func (n *laneNote) top() float32 {
	var y float32
	if l := n.w.timeline.Layout(); l != nil {
		for _, it := range l.Legend {
			y = max(y, it.Y+it.Size)
		}
	}
	return y + theme.Padding()
}

// width is the note's width with its sentence on one line.
func (n *laneNote) width() float32 {
	text := fyne.MeasureText(n.text.Text, theme.TextSize(), n.text.TextStyle).Width + 2*theme.InnerPadding()
	return text + n.undo.MinSize().Width + n.close.MinSize().Width + 2*theme.Padding() + 2*theme.Padding()
}

// show says that lane k, named name, was shown again.
func (n *laneNote) show(k int, name string) {
	n.lane = k
	n.gen++
	n.text.SetText(lang.L("Lane “{{.Lane}}” shown again: the event you chose is in it.", map[string]any{"Lane": name}))
	n.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	n.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	n.box.Show()
	n.content.Refresh()
	gen, do := n.gen, n.w.do
	n.after(laneNoteTime, func() {
		do(func() {
			if n.gen == gen {
				n.hide()
			}
		})
	})
}

// shown returns the note's text, "" when it is hidden.
func (n *laneNote) shown() string {
	if !n.box.Visible() {
		return ""
	}
	return n.text.Text
}

// hide hides the note, leaving the lanes as they are.
func (n *laneNote) hide() {
	n.lane = -1
	n.gen++
	if n.box.Visible() {
		n.box.Hide()
		n.content.Refresh()
	}
}

// hideLane hides again the lane the note is about, and the note.
func (n *laneNote) hideLane() {
	if k := n.lane; k >= 0 {
		n.w.timeline.SetLaneHidden(k, true)
		n.w.refreshMenu()
	}
	n.hide()
}

// cornerLayout lays out objs[0] at its whole size and objs[1] over its top
// right corner, top() from its top, width() wide (narrower when objs[0]
// is: its text then wraps) and as high as it then needs.
type cornerLayout struct{ top, width func() float32 }

// MinSize implements fyne.Layout.
func (cornerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// Layout implements fyne.Layout.
func (l *cornerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	n := objs[1]
	if !n.Visible() {
		return
	}
	pad := theme.Padding()
	w := max(min(l.width(), size.Width-2*pad), n.MinSize().Width)
	// A wrapped text's height follows its width: give it the width first.
	n.Resize(fyne.NewSize(w, n.Size().Height))
	n.Resize(fyne.NewSize(w, n.MinSize().Height))
	n.Move(fyne.NewPos(size.Width-w-pad, l.top()))
}
