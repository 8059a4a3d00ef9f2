package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// maxQueryRunes is the most characters of a query a message quotes.
const maxQueryRunes = 40

// quoted returns the query as a message quotes it: trimmed, and cut with
// "…" when long.
func quoted(query string) string {
	q := []rune(strings.TrimSpace(query))
	if len(q) > maxQueryRunes {
		q = append(q[:maxQueryRunes-1], '…')
	}
	return string(q)
}

// noMatchText says that no event matches the query (none: "") and, when
// filtered, the table's filters, among total events, and how to see them
// all again: "No event matches “xyz”. Clear the search to see all 11
// events."
func noMatchText(query string, filtered bool, total int) string {
	q := map[string]any{"Query": quoted(query)}
	switch {
	case q["Query"] != "" && filtered:
		return lang.L("No event matches “{{.Query}}” with these filters.", q) + " " +
			countText(total, "Clear the search and the filters to see the event.", "Clear the search and the filters to see all {{.N}} events.")
	case q["Query"] != "":
		return lang.L("No event matches “{{.Query}}”.", q) + " " +
			countText(total, "Clear the search to see the event.", "Clear the search to see all {{.N}} events.")
	}
	return lang.L("No event matches these filters.") + " " +
		countText(total, "Clear them to see the event.", "Clear them to see all {{.N}} events.")
}

// clearText is the label of the button that clears the query and, when
// filtered, the table's filters.
func clearText(query string, filtered bool) string {
	switch {
	case strings.TrimSpace(query) != "" && filtered:
		return lang.L("Clear the search and the filters")
	case strings.TrimSpace(query) != "":
		return lang.L("Clear the search")
	}
	return lang.L("Clear the filters")
}

// noMatchNote is what an empty list or table says when a search or filters
// leave nothing in it: a sentence and, when there is one, the button that
// brings everything back. It is hidden while the list shows something.
type noMatchNote struct {
	text   *widget.Label
	button *widget.Button
	box    *fyne.Container
	bg     *canvas.Rectangle
	do     func()
	// content is the list with the note over it, at the top below top()
	// (the list's header, nil: none).
	content *fyne.Container
}

// newNoMatchNote returns a hidden note over list.
func newNoMatchNote(list fyne.CanvasObject, top func() float32) *noMatchNote {
	n := &noMatchNote{text: widget.NewLabel("")}
	n.text.Wrapping = fyne.TextWrapWord
	n.text.Alignment = fyne.TextAlignCenter
	n.button = widget.NewButton("", func() {
		if n.do != nil {
			n.do()
		}
	})
	// An opaque background: the table's column lines do not cross the
	// sentence.
	n.bg = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	n.box = container.NewStack(n.bg, container.NewVBox(n.text, container.NewCenter(n.button)))
	n.box.Hide()
	n.content = container.New(noteOverLayout{top: top}, list, n.box)
	return n
}

// show writes text with a button labelled action that calls do (no button
// when action is ""); an empty text hides the note.
func (n *noMatchNote) show(text, action string, do func()) {
	if text == "" {
		if n.box.Visible() {
			n.box.Hide()
		}
		n.do = nil
		return
	}
	n.do = do
	n.text.SetText(text)
	n.button.SetText(action)
	if action == "" {
		n.button.Hide()
	} else {
		n.button.Show()
	}
	n.bg.FillColor = theme.Color(theme.ColorNameBackground)
	n.box.Show()
	n.content.Refresh()
}

// shown returns the note's text, "" when it is hidden.
func (n *noMatchNote) shown() string {
	if !n.box.Visible() {
		return ""
	}
	return n.text.Text
}

// noteOverLayout lays out a list at its whole size (objs[0]) and a note
// (objs[1]) over it, as wide, at the top below top() (the list's header).
type noteOverLayout struct{ top func() float32 }

// MinSize implements fyne.Layout.
func (noteOverLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// Layout implements fyne.Layout.
func (l noteOverLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	var top float32
	if l.top != nil {
		top = l.top()
	}
	n := objs[1]
	n.Resize(fyne.NewSize(size.Width, n.MinSize().Height))
	n.Move(fyne.NewPos(0, top))
	n.Resize(fyne.NewSize(size.Width, n.MinSize().Height))
}
