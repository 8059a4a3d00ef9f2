package exportui

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/ui/export"
	"github.com/claimline/claimline/ui/translations"
)

// Labels of the dialog's choices, in English; the dialog shows them through
// lang.L, which translates them when the app has a translation.
const (
	wholeTimeline = "Whole timeline"
	currentView   = "Current view"
	allEvents     = "All events"
	lightTheme    = "Light"
	darkTheme     = "Dark"
	customSize    = "Custom size"
)

// Preference keys under which the dialog remembers, across restarts, the
// folder and the file name of the last export.
const (
	PrefFolder = "export.folder"
	PrefName   = "export.name"
)

// ShowDialog shows the export dialog over parent for req. Once the user
// confirms (and agrees to replace an existing file), the image is drawn and
// written off the UI goroutine; the dialog then says where it went or why it
// failed. It must be called on the UI goroutine.
func ShowDialog(parent fyne.Window, req Request) {
	if req.Timeline == nil {
		dialog.ShowInformation(lang.L("Nothing to export"), lang.L("Open a set of articles first, then export its timeline."), parent)
		return
	}
	newForm(parent, req).show()
}

// show shows the dialog, with Esc closing it as Cancel does: whatever part
// of it has the focus (each closes it on Esc, esc.go), and when nothing
// has, through the window's key handler, given back when the dialog
// closes. That handler answers Enter as Export does and keeps every other
// key from the window behind the dialog; a dialog opened over this one (the
// folder chooser) gets the keys as the window's handler gives them.
func (f *form) show() {
	c := f.parent.Canvas()
	prev := c.OnTypedKey()
	var self fyne.CanvasObject
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if top := c.Overlays().Top(); top != self {
			if prev != nil {
				prev(ev)
			}
			return
		}
		switch ev.Name {
		case fyne.KeyEscape:
			f.dlg.Hide()
		case fyne.KeyReturn, fyne.KeyEnter:
			f.Submit()
		}
	})
	f.dlg.SetOnClosed(func() { c.SetOnTypedKey(prev) })
	f.dlg.Show()
	self = c.Overlays().Top()
}

// form is the export dialog's state.
type form struct {
	req    Request
	parent fyne.Window

	title           *escEntry
	scope           *radio
	events          *radio
	size            *escSelect
	width, height   *escEntry
	theme           *radio
	folder          *escEntry
	browseButton    *escButton
	name            *escEntry
	cancel, confirm *escButton
	dlg             *dialog.CustomDialog

	// done, when set, is called on the UI goroutine after each export.
	done func(path string, err error)
}

// newForm builds the dialog for req without showing it.
func newForm(parent fyne.Window, req Request) *form {
	f := &form{req: req, parent: parent, done: req.Done}
	c := req.DefaultChoices()
	// The last folder exported to, else the set's folder, as long as an
	// image can be written there (a shared corpus is often read-only),
	// else the user's own.
	folder := firstWritable(req.Folder)
	if folder == "" {
		folder = defaultFolder()
	}
	c.Path = filepath.Join(folder, filepath.Base(c.Path))
	if folder, name := remembered(); folder != "" {
		c.Path = filepath.Join(folder, name)
	}
	esc := func() { f.dlg.Hide() }

	f.title = newEscEntry(esc)
	f.title.SetText(c.Title)

	f.scope = newRadio([]string{lang.L(wholeTimeline), lang.L(currentView)}, true, esc)
	if req.ViewFrom.IsZero() || req.ViewTo.IsZero() {
		f.scope.Disable()
	}

	f.events = newRadio([]string{lang.L(allEvents), f.shownLabel()}, false, esc)
	switch {
	case !req.Filtered():
		f.events.Disable()
	case c.OnlyShown:
		f.events.SetSelected(f.shownLabel())
	}

	f.width = sideEntry("width", export.MinWidth, c.Width, esc)
	f.height = sideEntry("height", export.MinHeight, c.Height, esc)
	var names []string
	for _, p := range export.Presets {
		names = append(names, lang.L(p.Name))
	}
	f.size = newEscSelect(append(names, lang.L(customSize)), f.sizeChanged, esc)
	f.size.SetSelected(lang.L(export.Presets[0].Name))

	f.theme = newRadio([]string{lang.L(lightTheme), lang.L(darkTheme)}, true, esc)

	f.folder = newEscEntry(esc)
	f.folder.SetText(filepath.Dir(c.Path))
	f.folder.Validator = func(s string) error {
		if st, err := os.Stat(s); err != nil || !st.IsDir() {
			return errors.New(lang.L("choose an existing folder"))
		}
		if !writable(s) {
			return errors.New(lang.L("this folder is read-only: choose one you can write to"))
		}
		return nil
	}
	f.browseButton = newEscButton(lang.L("Choose…"), nil, f.browse, esc)

	f.name = newEscEntry(esc)
	f.name.SetText(filepath.Base(c.Path))
	f.name.Validator = func(s string) error {
		if strings.ContainsAny(s, `/\`) || strings.TrimSpace(s) == "" {
			return errors.New(lang.L("type a file name such as timeline.png"))
		}
		_, err := export.FormatOf(s)
		if err != nil {
			return errors.New(lang.L("end the name with .png, .svg or .pdf"))
		}
		return nil
	}

	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Title"), f.title),
		widget.NewFormItem(lang.L("Time range"), f.scope),
		widget.NewFormItem(lang.L("Events"), f.events),
		widget.NewFormItem(lang.L("Size"), f.size),
		widget.NewFormItem(lang.L("Width × height (px)"), container.NewGridWithColumns(2, f.width, f.height)),
		widget.NewFormItem(lang.L("Theme"), f.theme),
		widget.NewFormItem(lang.L("Folder"), container.NewBorder(nil, nil, nil, f.browseButton, f.folder)),
		{Text: lang.L("File name"), Widget: f.name, HintText: lang.L("The extension chooses the format: .png, .svg or .pdf")},
	}
	// The dialog is built as dialog.NewForm builds one, with buttons
	// of its own that close it on Esc.
	form := widget.NewForm(items...)
	f.cancel = newEscButton(lang.L("Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() }, esc)
	f.confirm = newEscButton(lang.L("Export"), theme.ConfirmIcon(), f.Submit, esc)
	f.confirm.Importance = widget.HighImportance
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Export image"), form, parent)
	f.dlg.SetButtons([]fyne.CanvasObject{f.cancel, f.confirm})
	// The form sees only the fields that are its items: the folder, in a
	// row with its Choose… button, is checked here too.
	var formErr error
	setSubmit := func() {
		if formErr != nil || f.folder.Validator(f.folder.Text) != nil {
			f.confirm.Disable()
		} else {
			f.confirm.Enable()
		}
	}
	formErr = form.Validate()
	setSubmit()
	form.SetOnValidationChanged(func(err error) { formErr = err; setSubmit() })
	f.folder.SetOnValidationChanged(func(error) { setSubmit() })
	f.dlg.Resize(fyne.NewSize(560, 0))
	return f
}

// Submit closes the dialog and exports, as its Export button does; it does
// nothing while a field is invalid.
func (f *form) Submit() {
	if f.confirm.Disabled() {
		return
	}
	f.dlg.Hide()
	f.submit()
}

// shownLabel names the "only what the timeline shows" choice: how many
// events, of how many lanes, matching which search.
func (f *form) shownLabel() string {
	r := f.req
	if !r.Filtered() {
		return lang.L("Only what the timeline shows")
	}
	var where []string
	if r.Shown != nil && r.AllLanes > 0 {
		where = append(where, f.count(len(r.Lanes), "1 of {{.All}} lanes", "{{.N}} of {{.All}} lanes", map[string]any{"All": r.AllLanes}))
	}
	if r.Matches != nil {
		if r.Query == "" {
			where = append(where, lang.L("matching the search"))
		} else {
			where = append(where, lang.L("matching “{{.Query}}”", map[string]any{"Query": r.Query}))
		}
	}
	return f.count(len(r.ShownEvents()), "Only what the timeline shows: {{.N}} event ({{.Where}})",
		"Only what the timeline shows: {{.N}} events ({{.Where}})", map[string]any{"Where": strings.Join(where, ", ")})
}

// count writes a count in the UI language with the singular or plural
// text (French counts 0 in the singular); {{.N}} is n.
func (f *form) count(n int, one, many string, data map[string]any) string {
	d := map[string]any{"N": n}
	for k, v := range data {
		d[k] = v
	}
	if translations.Singular(f.req.Lang, n) {
		return lang.L(one, d)
	}
	return lang.L(many, d)
}

// sideEntry is a width or height field.
func sideEntry(what string, lo, v int, esc func()) *escEntry {
	e := newEscEntry(esc)
	e.SetText(strconv.Itoa(v))
	e.Validator = func(s string) error {
		_, err := parseSide(s, what, lo)
		return err
	}
	return e
}

// sizeChanged fills width and height from a preset, and lets the user type
// them only for a custom size.
func (f *form) sizeChanged(name string) {
	for _, p := range export.Presets {
		if lang.L(p.Name) == name {
			f.width.SetText(strconv.Itoa(p.Width))
			f.height.SetText(strconv.Itoa(p.Height))
			f.width.Disable()
			f.height.Disable()
			return
		}
	}
	f.width.Enable()
	f.height.Enable()
}

// browse lets the user pick the folder.
func (f *form) browse() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		f.folder.SetText(dir.Path())
	}, f.parent)
	if l, err := storage.ListerForURI(storage.NewFileURI(f.folder.Text)); err == nil {
		d.SetLocation(l)
	}
	d.Show()
}

// choices reads the dialog's fields.
func (f *form) choices() (Choices, error) {
	w, err := parseSide(f.width.Text, "width", export.MinWidth)
	if err != nil {
		return Choices{}, err
	}
	h, err := parseSide(f.height.Text, "height", export.MinHeight)
	if err != nil {
		return Choices{}, err
	}
	c := Choices{
		Title:       f.title.Text,
		CurrentView: f.scope.Selected == lang.L(currentView),
		OnlyShown:   f.req.Filtered() && f.events.Selected != lang.L(allEvents),
		Width:       w,
		Height:      h,
		Theme:       export.Light,
		Path:        filepath.Join(f.folder.Text, strings.TrimSpace(f.name.Text)),
	}
	if f.theme.Selected == lang.L(darkTheme) {
		c.Theme = export.Dark
	}
	return c, nil
}

// submit asks before replacing a file, then exports.
func (f *form) submit() {
	c, err := f.choices()
	if err != nil {
		f.finish(c.Path, err)
		return
	}
	if _, err := os.Stat(c.Path); err == nil {
		dialog.ShowConfirm(lang.L("Replace the file?"),
			lang.L("{{.Name}} already exists in {{.Folder}}.\nReplace it with the new image?",
				map[string]any{"Name": filepath.Base(c.Path), "Folder": filepath.Dir(c.Path)}),
			func(ok bool) {
				if ok {
					f.start(c)
				}
			}, f.parent)
		return
	}
	f.start(c)
}

// start draws and writes the image off the UI goroutine, showing progress.
func (f *form) start(c Choices) {
	progress := dialog.NewCustomWithoutButtons(lang.L("Exporting {{.Name}}…", map[string]any{"Name": filepath.Base(c.Path)}), widget.NewProgressBarInfinite(), f.parent)
	progress.Show()
	t, opts := f.req.Timeline, f.req.Options(c)
	go func() {
		err := export.WriteFile(c.Path, t, opts)
		fyne.Do(func() {
			progress.Hide()
			if err == nil {
				remember(c.Path)
			}
			f.finish(c.Path, err)
		})
	}()
}

// finish tells the user how the export went.
func (f *form) finish(path string, err error) {
	if err != nil {
		dialog.ShowError(err, f.parent)
	} else {
		dialog.ShowInformation(lang.L("Image exported"), lang.L("The timeline is in")+"\n"+path, f.parent)
	}
	if f.done != nil {
		f.done(path, err)
	}
}

// remembered returns the folder and file name of the last export, kept in
// the app's preferences; "" when there is none or its folder is gone.
func remembered() (folder, name string) {
	a := fyne.CurrentApp()
	if a == nil {
		return "", ""
	}
	p := a.Preferences()
	folder, name = p.String(PrefFolder), p.String(PrefName)
	if folder == "" || !writable(folder) {
		return "", ""
	}
	if _, err := export.FormatOf(name); err != nil || strings.ContainsAny(name, `/\`) {
		name = "claimline-timeline.png"
	}
	return folder, name
}

// remember keeps the folder and file name of an export for the next one.
func remember(path string) {
	if a := fyne.CurrentApp(); a != nil {
		a.Preferences().SetString(PrefFolder, filepath.Dir(path))
		a.Preferences().SetString(PrefName, filepath.Base(path))
	}
}
