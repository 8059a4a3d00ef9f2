package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// selectedEvent returns the event actions on one event apply to: the
// selected one, or nil with a message saying to select one.
func (w *Window) selectedEvent(what string) *model.Event {
	i := w.timeline.Selected()
	if w.current == nil || i < 0 || i >= len(w.current.Events) {
		dialog.ShowInformation(what, lang.L("Select an event first, on the timeline or in the table."), w.win)
		return nil
	}
	return &w.current.Events[i]
}

// qualifiers are the qualifiers the edit form offers, in its order.
var qualifiers = []model.Qualifier{model.Exact, model.AtLeast, model.AtMost, model.Approx}

// qualifierTitle names a qualifier in the UI language.
func qualifierTitle(q model.Qualifier) string {
	switch q {
	case model.AtLeast:
		return lang.L("more than")
	case model.AtMost:
		return lang.L("up to")
	case model.Approx:
		return lang.L("about")
	case model.Indefinite:
		return lang.L("indefinite")
	}
	return lang.L("exactly")
}

// precisions are the date precisions the edit form offers, with the length
// of the ISO text that writes each ("2021-10-04", "2021-10", "2021").
var precisions = []struct {
	name string
	n    int
}{{"Day", 10}, {"Month", 7}, {"Year", 4}}

// parseFigure reads a figure as a person types it: "70000000", "70 000
// 000", "1,5", "1.5".
func parseFigure(s string) (float64, error) {
	t := strings.Join(strings.Fields(s), "")
	t = strings.ReplaceAll(t, "\u202f", "")
	if strings.Contains(t, ",") && !strings.Contains(t, ".") && strings.Count(t, ",") == 1 && len(t)-strings.Index(t, ",") != 4 {
		t = strings.Replace(t, ",", ".", 1) // a decimal comma: "1,5"
	}
	t = strings.ReplaceAll(t, ",", "")
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, errors.New(lang.L("Type a number, like 70000000 or 1.5."))
	}
	return v, nil
}

// editForm is the Edit… dialog's fields for one event.
type editForm struct {
	date, value, subject, measure, label *formEntry
	precision, qualifier                 *widget.Select
	// cancel closes the dialog without saving (Esc in a field).
	cancel func()
}

// newEditForm returns the form's fields filled with e.
func newEditForm(e *model.Event) *editForm {
	f := &editForm{}
	esc := func() {
		if f.cancel != nil {
			f.cancel()
		}
	}
	f.date, f.value, f.subject, f.measure, f.label = newFormEntry(esc), newFormEntry(esc), newFormEntry(esc), newFormEntry(esc), newFormEntry(esc)
	f.date.SetText(e.Date.String())
	f.date.Validator = func(s string) error {
		if _, err := model.ParseISODate(strings.TrimSpace(s)); err != nil || strings.TrimSpace(s) == "" {
			return errors.New(lang.L("Type a date like 2021-10-04, 2021-10 or 2021, or a range like 2021-10-04/2021-10-06."))
		}
		return nil
	}
	var names []string
	for _, p := range precisions {
		names = append(names, lang.L(p.name))
	}
	f.precision = widget.NewSelect(names, func(string) {
		// Shortens or lengthens the date to the precision chosen.
		k := f.precision.SelectedIndex()
		text := strings.TrimSpace(f.date.Text)
		if k < 0 || strings.Contains(text, "/") {
			return
		}
		d, err := model.ParseISODate(text)
		if err != nil || !d.Valid() {
			return
		}
		full := d.Start.Format("2006-01-02")
		f.date.SetText(full[:precisions[k].n])
	})
	switch e.Date.Precision {
	case model.PrecisionDay, model.PrecisionHour:
		f.precision.SetSelectedIndex(0)
	case model.PrecisionMonth:
		f.precision.SetSelectedIndex(1)
	case model.PrecisionYear:
		f.precision.SetSelectedIndex(2)
	}
	var qs []string
	for _, q := range qualifiers {
		qs = append(qs, qualifierTitle(q))
	}
	f.qualifier = widget.NewSelect(qs, nil)
	f.qualifier.SetSelectedIndex(max(0, indexOf(qualifiers, e.Qualifier)))
	if e.HasValue {
		f.value.SetText(strconv.FormatFloat(e.Value, 'f', -1, 64))
		f.value.Validator = func(s string) error { _, err := parseFigure(s); return err }
	} else {
		f.value.SetPlaceHolder(lang.L("no figure"))
		f.value.Disable()
		f.qualifier.Disable()
	}
	f.subject.SetText(e.Subject)
	f.measure.SetText(e.Measure())
	f.label.SetText(e.Label)
	return f
}

// indexOf returns the index of q in qs, or -1.
func indexOf(qs []model.Qualifier, q model.Qualifier) int {
	for i, x := range qs {
		if x == q {
			return i
		}
	}
	return -1
}

// items returns the form's rows.
func (f *editForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: lang.L("Date"), Widget: f.date, HintText: lang.L("2021-10-04, 2021-10, 2021 or 2021-10-04/2021-10-06")},
		{Text: lang.L("Precision"), Widget: f.precision},
		{Text: lang.L("Figure"), Widget: f.value},
		{Text: lang.L("Qualifier"), Widget: f.qualifier},
		{Text: lang.L("Subject"), Widget: f.subject},
		{Text: lang.L("Measure"), Widget: f.measure},
		{Text: lang.L("Label"), Widget: f.label},
	}
}

// actions returns the corrections the form makes to e, one action per
// changed field.
func (f *editForm) actions(e *model.Event) ([]review.Action, error) {
	var acts []review.Action
	d, err := model.ParseISODate(strings.TrimSpace(f.date.Text))
	if err != nil || !d.Valid() {
		return nil, errors.New(lang.L("Type a date like 2021-10-04, 2021-10 or 2021, or a range like 2021-10-04/2021-10-06."))
	}
	if d.String() != e.Date.String() {
		acts = append(acts, review.EditDate(e.ID, d))
	}
	if e.HasValue {
		v, err := parseFigure(f.value.Text)
		if err != nil {
			return nil, err
		}
		q := e.Qualifier
		if k := f.qualifier.SelectedIndex(); k >= 0 {
			q = qualifiers[k]
		}
		if v != e.Value || q != e.Qualifier {
			acts = append(acts, review.EditValue(e.ID, v, q))
		}
	}
	for _, t := range []struct {
		field, was string
		entry      *formEntry
	}{{model.FieldSubject, e.Subject, f.subject}, {model.FieldMeasure, e.Measure(), f.measure}, {model.FieldLabel, e.Label, f.label}} {
		if now := strings.TrimSpace(t.entry.Text); now != t.was {
			acts = append(acts, review.EditText(e.ID, t.field, now))
		}
	}
	return acts, nil
}

// editSelected opens the Edit… form of the selected event: its date with
// its precision, its figure and qualifier, subject, measure and label.
func (w *Window) editSelected() {
	e := w.selectedEvent(lang.L("Edit…"))
	if e == nil {
		return
	}
	ev := *e
	f := newEditForm(&ev)
	d := dialog.NewForm(lang.L("Correct the event"), lang.L("Save"), lang.L("Cancel"), f.items(), func(ok bool) {
		if !ok {
			return
		}
		acts, err := f.actions(&ev)
		if err != nil {
			dialog.ShowError(err, w.win)
			return
		}
		if len(acts) > 0 {
			w.act(ev.ID, acts...)
		}
	}, w.win)
	f.cancel = d.Hide
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	// The keys go to the form's first field, as soon as it opens.
	w.win.Canvas().Focus(f.date)
	w.form, w.editForm = d, f
}

// noteSelected opens the Note… dialog of the selected event.
func (w *Window) noteSelected() {
	e := w.selectedEvent(lang.L("Note…"))
	if e == nil {
		return
	}
	id, was := e.ID, e.Note
	var d *dialog.FormDialog
	entry := newFormNote(func() { d.Hide() }, func() { d.Submit() })
	entry.SetText(was)
	entry.SetMinRowsVisible(4)
	d = dialog.NewForm(lang.L("Note on the event"), lang.L("Save"), lang.L("Cancel"),
		[]*widget.FormItem{{Text: lang.L("Note"), Widget: entry, HintText: lang.L("Shift+Enter saves, Esc cancels")}}, func(ok bool) {
			if ok && strings.TrimSpace(entry.Text) != was {
				w.act(id, review.SetNote(id, strings.TrimSpace(entry.Text)))
			}
		}, w.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	// What the person types goes into the note, not nowhere.
	w.win.Canvas().Focus(entry)
	w.form, w.noteEntry = d, entry
}

// eventMenu returns the context menu of the target events.
func (w *Window) eventMenu() *fyne.Menu {
	status := func(label string, s model.Status) *fyne.MenuItem {
		return fyne.NewMenuItem(label, func() { w.setStatus(s) })
	}
	items := []*fyne.MenuItem{
		status(lang.L("Mark verified"), model.Verified),
		status(lang.L("Mark disputed"), model.StatusDisputed),
		status(lang.L("Needs checking"), model.NeedsChecking),
		status(lang.L("Mark unchecked"), model.Unchecked),
		status(lang.L("Reject"), model.Rejected),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Edit…"), w.editSelected),
		fyne.NewMenuItem(lang.L("Note…"), w.noteSelected),
	}
	if len(w.targets()) > 1 {
		items = append(items, fyne.NewMenuItem(lang.L("Merge selected events"), w.mergeSelected))
	}
	for _, it := range items {
		it.Disabled = w.session == nil && !it.IsSeparator
	}
	return fyne.NewMenu("", items...)
}

// showEventMenu opens the context menu of the target events at an absolute
// position.
func (w *Window) showEventMenu(at fyne.Position) {
	if len(w.targets()) == 0 {
		return
	}
	w.contextMenu = w.eventMenu()
	w.popup = widget.NewPopUpMenu(w.contextMenu, w.win.Canvas())
	w.popup.ShowAtPosition(at)
}
