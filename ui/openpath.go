package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// openPath asks for the path of a folder or an article file, typed or
// pasted (Fyne's file dialogs take none), and loads it. The field starts
// with the folder the open dialogs would start in; "~" is the home folder.
func (w *Window) openPath() {
	var d *dialog.FormDialog
	entry := newPathEntry(func() { d.Hide() })
	if dir := w.startFolder(); dir != "" {
		entry.SetText(dir + string(filepath.Separator))
		entry.start = entry.Text
	}
	entry.Validator = func(s string) error {
		_, err := typedPath(s)
		return err
	}
	entry.OnSubmitted = func(string) { d.Submit() }
	d = dialog.NewForm(lang.L("Open a folder or a file by its path"), lang.L("Open"), lang.L("Cancel"),
		[]*widget.FormItem{{Text: lang.L("Path"), Widget: entry,
			HintText: lang.L("A folder of articles or one article file; ~ is your home folder")}}, func(ok bool) {
			if !ok {
				return
			}
			path, err := typedPath(entry.Text)
			if err != nil {
				return
			}
			w.Open([]string{path})
		}, w.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
	w.win.Canvas().Focus(entry)
	entry.CursorColumn = len([]rune(entry.Text))
	w.form, w.pathEntry = d, entry
}

// pathEntry is the field of Open path…: it starts with a folder, so that
// a file name typed goes on after it, but a whole path typed or pasted
// into the untouched field (one that starts with / or ~, or any absolute
// path pasted) takes its place, instead of making "/a/folder//tmp/other".
type pathEntry struct {
	formEntry
	// start is the text the field was opened with ("" for none).
	start string
}

// newPathEntry returns an empty path field whose Esc calls esc.
func newPathEntry(esc func()) *pathEntry {
	e := &pathEntry{}
	e.esc = esc
	e.ExtendBaseWidget(e)
	return e
}

// untouched reports whether the field still holds its starting text, the
// cursor after it and nothing selected.
func (e *pathEntry) untouched() bool {
	return e.start != "" && e.Text == e.start && e.SelectedText() == "" &&
		e.CursorRow == 0 && e.CursorColumn == len([]rune(e.Text))
}

// TypedRune starts the field over when a whole path begins in it untouched.
func (e *pathEntry) TypedRune(r rune) {
	if (r == '/' || r == filepath.Separator || r == '~') && e.untouched() {
		e.SetText("")
	}
	e.formEntry.TypedRune(r)
}

// TypedShortcut starts the field over when a whole path is pasted in it
// untouched.
func (e *pathEntry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil && e.untouched() {
		if text := strings.TrimSpace(p.Clipboard.Content()); filepath.IsAbs(text) || strings.HasPrefix(text, "~") {
			e.SetText("")
		}
	}
	e.formEntry.TypedShortcut(s)
}

// typedPath returns the absolute, cleaned path s names, with a leading ~
// for the home folder, or why it cannot be opened, in the user's language.
func typedPath(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New(lang.L("Type the path of a folder or a file."))
	}
	if s == "~" || strings.HasPrefix(s, "~/") || strings.HasPrefix(s, `~\`) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", errors.New(lang.L("Your home folder is not known; type the whole path."))
		}
		s = filepath.Join(home, s[1:])
	}
	abs, err := filepath.Abs(s)
	if err != nil {
		return "", errors.New(lang.L("This is not a path."))
	}
	info, err := os.Stat(abs)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", errors.New(lang.L("There is no folder or file here."))
	case err != nil:
		return "", errors.New(lang.L("This folder or file cannot be read."))
	case !info.IsDir() && !info.Mode().IsRegular():
		return "", errors.New(lang.L("This is neither a folder nor a file."))
	}
	return abs, nil
}
