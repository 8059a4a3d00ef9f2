package ui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// reviewFor returns the review file of a set opened from paths (nil: the
// embedded set, whose review is kept in the app's storage).
func (w *Window) reviewFor(paths []string) func() string {
	if paths != nil {
		return func() string { return review.PathFor(paths) }
	}
	root := w.app.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return nil
	}
	dir := root.Path()
	return func() string { return review.DefaultSetPath(dir) }
}

// reviewForGrown returns the review path of the set opened from paths, as
// reviewFor does, for a set that grew from one whose review file was at
// from ("": none): when the new set's file is elsewhere (files added from
// another folder), the review done so far goes along (see review.Grow).
// When it cannot, the review stays at from, where it can still be saved,
// rather than seem lost.
func (w *Window) reviewForGrown(paths []string, from string) func() string {
	return func() string {
		to, kept, err := review.Grow(from, paths)
		if err != nil {
			// The review stays where it was, and goes on being saved
			// there; the person is told, as reopening these files later
			// will not find it.
			fyne.LogError("carrying the review to the grown set's folder", err)
			note := lang.L("The review could not be copied to the folder that holds all these articles ({{.Err}}): it goes on being saved in {{.From}}.",
				map[string]any{"Err": err.Error(), "From": from})
			w.do(func() { w.keptNote, w.keptFor = note, paths })
			return from
		}
		if kept {
			// The folder that holds the grown set had a review of its own:
			// it is the one shown; the person is told where the review
			// done before adding is, so that it does not seem lost.
			note := lang.L("These articles already had a review, saved in {{.To}}: it is the one shown. The review done before the file was added stays in {{.From}}.",
				map[string]any{"To": to, "From": from})
			w.do(func() { w.keptNote, w.keptFor = note, paths })
		}
		return to
	}
}

// setSession makes s the review of the set on screen (nil: none, the
// review actions are then off).
func (w *Window) setSession(s *review.Session) {
	w.session = s
	w.claimEvent = nil
	w.updateReviewMenus()
}

// showReviewError says why the review file could not be opened; the file is
// left as it is and the set is shown without its review.
func (w *Window) showReviewError(err error) {
	msg := lang.L("The review file of this set could not be opened, so the events are shown as extracted and review actions are off. The file is left as it is.")
	d := dialog.NewError(errors.New(msg+"\n\n"+err.Error()), w.win)
	d.Show()
}

// showReviewFile says where the review of the set on screen is saved, so
// that a person can find it, copy it or keep it with the articles.
func (w *Window) showReviewFile() {
	msg := lang.L("This set has no review file: its events are shown as extracted.")
	if w.session != nil && w.session.Path() != "" {
		msg = lang.L("The review of this set (statuses, notes, corrections) is saved after each action in:") + "\n\n" + w.session.Path()
	}
	d := dialog.NewInformation(lang.L("Review file"), msg, w.win)
	d.Show()
}

// showOrphans lists the review's actions whose passages are no longer in
// the set: kept in the file, applied to nothing.
func (w *Window) showOrphans(orphans []review.Orphan) {
	var b strings.Builder
	for _, o := range orphans {
		fmt.Fprintf(&b, "• %s\n", orphanText(o))
	}
	msg := lang.L("Some corrections of the review apply to passages that are no longer in the articles. They are kept in the review file:")
	head := widget.NewLabel(msg)
	head.Wrapping = fyne.TextWrapWord
	list := widget.NewLabel(strings.TrimSpace(b.String()))
	list.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Review"), lang.L("Close"), container.NewBorder(head, nil, nil, nil, container.NewVScroll(list)), w.win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// orphanText describes an orphan in the UI language: what was done, to
// which event, from which article.
func orphanText(o review.Orphan) string {
	label := strings.Join(o.Labels, " / ")
	if label == "" {
		label = o.Passage
	}
	return lang.L("{{.Action}} on “{{.Label}}” ({{.Articles}})", map[string]any{
		"Action": actionText(o.Key, 1), "Label": label, "Articles": strings.Join(o.Articles, ", ")})
}

// targets returns the IDs of the events an action applies to: the table's
// rows when several are selected, else the selected event.
func (w *Window) targets() []string {
	if w.current == nil {
		return nil
	}
	var ids []string
	sel := w.events.selection()
	if len(sel) < 2 {
		sel = nil
		if i := w.timeline.Selected(); i >= 0 {
			sel = []int{i}
		}
	}
	for _, i := range sel {
		if i >= 0 && i < len(w.current.Events) {
			ids = append(ids, w.current.Events[i].ID)
		}
	}
	return ids
}

// act applies actions in order through the review session as one undo
// step ("Undo Mark 3 events verified"), then shows the result with focus
// the event to select after ("" keeps the selected one). When an action
// fails, none is done and a message says why.
func (w *Window) act(focus string, actions ...review.Action) {
	if w.session == nil {
		dialog.ShowInformation(lang.L("Review"), lang.L("Open an article set with a readable review file to review its events."), w.win)
		return
	}
	if len(actions) == 0 {
		return
	}
	if focus == "" {
		focus = w.selectedID()
	}
	a := review.Batch(batchName(actions), actions...)
	failed := w.session.Do(a)
	w.reviewChanged(focus)
	if failed != nil {
		dialog.ShowError(errors.New(lang.L("This action could not be done:")+" "+failed.Error()), w.win)
	}
}

// batchName is the English name of actions done as one (the review file's
// and the command line's language; the window writes actionText).
func batchName(actions []review.Action) string {
	if len(actions) == 1 {
		return actions[0].Name()
	}
	b := review.Batch("", actions...)
	if b.Key() == "review.edit" {
		return "Edit event"
	}
	text, ok := batchTexts[b.Key()]
	if !ok {
		text = batchTexts["review.batch"]
	}
	return strings.ReplaceAll(text, "{{.N}}", strconv.Itoa(b.Count()))
}

// batchTexts name a status given to several events at once, by the key of
// its actions, in English and as the translations' keys.
var batchTexts = map[string]string{
	"review.verify":         "Mark {{.N}} events verified",
	"review.dispute":        "Mark {{.N}} events disputed",
	"review.needs_checking": "Mark {{.N}} events as needing checking",
	"review.reject":         "Reject {{.N}} events",
	"review.unchecked":      "Mark {{.N}} events unchecked",
	"review.batch":          "Review {{.N}} events",
}

// selectedID returns the selected event's ID, or "".
func (w *Window) selectedID() string {
	if i := w.timeline.Selected(); w.current != nil && i >= 0 && i < len(w.current.Events) {
		return w.current.Events[i].ID
	}
	return ""
}

// setStatus sets the status of the target events.
func (w *Window) setStatus(s model.Status) {
	var acts []review.Action
	for _, id := range w.targets() {
		acts = append(acts, review.SetStatus(id, s))
	}
	if len(acts) > 0 {
		w.act("", acts...)
	}
}

// mergeSelected merges the events selected in the table into the first.
func (w *Window) mergeSelected() {
	ids := w.targets()
	if len(ids) < 2 {
		dialog.ShowInformation(lang.L("Merge selected events"), lang.L("Select two events or more in the table (Ctrl-click or Shift-click) to merge them."), w.win)
		return
	}
	w.act(ids[0], review.Merge(ids...))
}

// split takes claim out of event id into an event of its own.
func (w *Window) split(id string, claim int) {
	w.act(id, review.Split(id, claim))
}

// undo takes back the last review action; with a text field focused, it
// undoes its typing instead.
func (w *Window) undo() {
	w.step(&fyne.ShortcutUndo{}, func(s *review.Session) (string, func() error) { return s.UndoKey(), s.Undo })
}

// redo does again the last action undone.
func (w *Window) redo() {
	w.step(&fyne.ShortcutRedo{}, func(s *review.Session) (string, func() error) { return s.RedoKey(), s.Redo })
}

// step undoes or redoes, as which gives the key of the step ("" when there
// is none) and how to take it; a focused text field gets shortcut instead.
func (w *Window) step(shortcut fyne.Shortcut, which func(*review.Session) (string, func() error)) {
	if w.forwardToEntry(shortcut) || w.session == nil {
		return
	}
	key, take := which(w.session)
	if key == "" {
		return
	}
	focus := w.selectedID()
	if err := take(); err != nil {
		dialog.ShowError(err, w.win)
	}
	w.reviewChanged(focus)
}

// forwardToEntry gives s to the focused text field, if any, and reports
// whether it did.
func (w *Window) forwardToEntry(s fyne.Shortcut) bool {
	switch f := w.win.Canvas().Focused().(type) {
	case *widget.Entry:
		f.TypedShortcut(s)
		return true
	case *searchEntry:
		f.TypedShortcut(s)
		return true
	}
	return false
}

// reviewChanged shows the session's timeline after an action, an undo or a
// redo: the timeline (its view kept), the table, the source view and the
// search's matches follow the events, which may have moved, merged or
// split; focus is the ID of the event to select.
func (w *Window) reviewChanged(focus string) {
	t := w.session.Timeline()
	w.current = t
	w.claimEvent = claimEvents(t)
	sel := slices.IndexFunc(t.Events, func(e model.Event) bool { return e.ID == focus })
	w.timeline.ReplaceEvents(t.Events, t.Claims, sel)
	w.events.refreshRows(t)
	if sel >= 0 {
		w.source.show(t, sel, -1)
	} else {
		w.source.clear()
	}
	w.events.showEvent(sel)
	w.search.requery()
	w.updateReviewMenus()
}

// claimEvents returns, for each claim of t, the index of its event (-1 for
// none).
func claimEvents(t *model.Timeline) []int {
	out := make([]int, len(t.Claims))
	for i := range out {
		out[i] = -1
	}
	for i := range t.Events {
		for _, c := range t.Events[i].Claims {
			if c >= 0 && c < len(out) {
				out[c] = i
			}
		}
	}
	return out
}

// actionText is an action's name in the UI language, from its key and the
// number of events it applies to (a status given to several events at once
// says how many).
func actionText(key string, count int) string {
	if count > 1 {
		if text, ok := batchTexts[key]; ok {
			return lang.L(text, map[string]any{"N": count})
		}
	}
	switch key {
	case "review.verify":
		return lang.L("Mark verified")
	case "review.dispute":
		return lang.L("Mark disputed")
	case "review.needs_checking":
		return lang.L("Mark as needing checking")
	case "review.reject":
		return lang.L("Reject")
	case "review.unchecked":
		return lang.L("Mark unchecked")
	case "review.note":
		return lang.L("Edit note")
	case "review.remove_note":
		return lang.L("Remove note")
	case "review.edit_date":
		return lang.L("Edit date")
	case "review.edit_value":
		return lang.L("Edit figure")
	case "review.edit_subject":
		return lang.L("Edit subject")
	case "review.edit_measure":
		return lang.L("Edit measure")
	case "review.edit_label":
		return lang.L("Edit label")
	case "review.merge":
		return lang.L("Merge events")
	case "review.split":
		return lang.L("Split claim out")
	case "review.edit":
		return lang.L("Edit event")
	}
	return key
}

// updateReviewMenus writes what Undo and Redo would do in the Edit menu and
// turns the review items on or off.
func (w *Window) updateReviewMenus() {
	if m := w.reviewMenu; m != nil {
		w.fillReviewMenu(m)
		m.edit.Refresh()
		m.review.Refresh()
	}
}

// fillReviewMenu writes the session's state in m's items.
func (w *Window) fillReviewMenu(m *reviewMenu) {
	var undo, redo review.Action
	var canUndo, canRedo bool
	if w.session != nil {
		undo, canUndo = w.session.UndoAction()
		redo, canRedo = w.session.RedoAction()
	}
	m.undo.Label, m.undo.Disabled = lang.L("Undo"), !canUndo
	if canUndo {
		m.undo.Label = lang.L("Undo {{.Action}}", map[string]any{"Action": actionText(undo.Key(), undo.Count())})
	}
	m.redo.Label, m.redo.Disabled = lang.L("Redo"), !canRedo
	if canRedo {
		m.redo.Label = lang.L("Redo {{.Action}}", map[string]any{"Action": actionText(redo.Key(), redo.Count())})
	}
	for _, it := range m.items {
		it.Disabled = w.session == nil
	}
}
