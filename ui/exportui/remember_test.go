package exportui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/ui/translations"
)

func TestDialogRemembersFolderAndName(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	dir := t.TempDir()
	if _, err := exportWith(t, w, Request{Timeline: smallTimeline(), Folder: dir}, "mine.svg", nil); err != nil {
		t.Fatal(err)
	}
	if got := a.Preferences().String(PrefFolder); got != dir {
		t.Errorf("remembered folder %q, want %q", got, dir)
	}

	// A restart: a new app whose preferences hold what the last one saved.
	saved := map[string]string{PrefFolder: a.Preferences().String(PrefFolder), PrefName: a.Preferences().String(PrefName)}
	gone := filepath.Join(t.TempDir(), "gone")
	other := t.TempDir()
	tests := []struct {
		name             string
		prefs            map[string]string
		wantDir, wantNam string
	}{
		{"after an export", saved, dir, "mine.svg"},
		{"nothing remembered", nil, other, "claimline-timeline.png"},
		{"remembered folder deleted", map[string]string{PrefFolder: gone, PrefName: "x.pdf"}, other, "claimline-timeline.png"},
		{"remembered name unusable", map[string]string{PrefFolder: dir, PrefName: "x.jpg"}, dir, "claimline-timeline.png"},
	}
	for _, tt := range tests {
		a := test.NewTempApp(t)
		for k, v := range tt.prefs {
			a.Preferences().SetString(k, v)
		}
		w := test.NewTempWindow(t, widget.NewLabel("timeline"))
		f := newForm(w, Request{Timeline: smallTimeline(), Folder: other})
		if f.folder.Text != tt.wantDir || f.name.Text != tt.wantNam {
			t.Errorf("%s: the dialog offers %q in %q, want %q in %q", tt.name, f.name.Text, f.folder.Text, tt.wantNam, tt.wantDir)
		}
	}
}

func TestEscCancelsDialog(t *testing.T) {
	tests := []struct {
		name  string
		focus func(f *form) fyne.Focusable
	}{
		{"in the file name", func(f *form) fyne.Focusable { return f.name }},
		{"in the title", func(f *form) fyne.Focusable { return f.title }},
		{"in the width", func(f *form) fyne.Focusable { return f.width }},
		{"nothing focused", func(f *form) fyne.Focusable { return nil }},
	}
	for _, tt := range tests {
		test.NewTempApp(t)
		typed := 0
		w := test.NewTempWindow(t, widget.NewLabel("timeline"))
		w.Resize(fyne.NewSize(900, 700))
		w.Canvas().SetOnTypedKey(func(*fyne.KeyEvent) { typed++ })
		f := newForm(w, Request{Timeline: smallTimeline(), Folder: t.TempDir()})
		f.show()
		if len(w.Canvas().Overlays().List()) == 0 {
			t.Fatalf("%s: the dialog is not shown", tt.name)
		}
		esc := &fyne.KeyEvent{Name: fyne.KeyEscape}
		if o := tt.focus(f); o != nil {
			w.Canvas().Focus(o)
			test.Type(o.(fyne.Focusable), "x")
			w.Canvas().Focused().TypedKey(esc)
		} else {
			w.Canvas().OnTypedKey()(esc)
		}
		if n := len(w.Canvas().Overlays().List()); n != 0 {
			t.Errorf("%s: Esc left %d overlays", tt.name, n)
		}
		// The window's own keys work again once the dialog is gone.
		w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyA})
		if typed != 1 {
			t.Errorf("%s: the window's key handler ran %d times after the dialog closed, want 1", tt.name, typed)
		}
	}
}

// inFrench makes Fyne's lang write French for the rest of the test: it
// reads the locale from the environment when translations are added.
func inFrench(t *testing.T) {
	t.Helper()
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(v, "fr_FR.UTF-8")
	}
	data, err := translations.FS.ReadFile("fr.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := lang.AddTranslationsForLocale(data, "fr"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
			os.Unsetenv(v)
		}
		os.Setenv("LANG", "C")
		lang.AddTranslationsForLocale(data, "fr") // back to the neutral locale
	})
}

func TestDialogInFrench(t *testing.T) {
	inFrench(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	f := newForm(w, Request{Timeline: smallTimeline(), Matches: []int{1}, Query: "users", Folder: "."})
	f.dlg.Show()
	markup := test.RenderToMarkup(w.Canvas())
	for _, english := range []string{"Whole timeline", "Current view", "All events", "Only what", "Custom size", `"Light"`,
		`"Dark"`, "Title", "Time range", "Folder", "File name", "Export image", "Cancel", "Choose…", "The extension",
		"A4 landscape", ">Width"} {
		if strings.Contains(markup, english) {
			t.Errorf("the French dialog still says %q", english)
		}
	}
	for _, french := range []string{"Toute la frise", "Seulement ce que montre la frise : 1 événement (correspondant à « users »)", "Clair", "Sombre",
		"Exporter l'image", "Annuler", "Nom du fichier", "Largeur × hauteur (px)"} {
		if !strings.Contains(markup, french) {
			t.Errorf("the French dialog does not say %q", french)
		}
	}
	// The choices still read back whatever the language.
	f.theme.SetSelected(lang.L(darkTheme))
	f.width.SetText("abc")
	if err := f.width.Validate(); err == nil || !strings.Contains(err.Error(), "largeur") {
		t.Errorf("a bad width says %v, want a French sentence", err)
	}
	f.width.SetText("1200")
	c, err := f.choices()
	if err != nil || c.Theme != 1 || c.Width != 1200 {
		t.Errorf("choices = %+v, %v", c, err)
	}
}

// TestEscCancelsDialogWhateverHasFocus moves the focus with Tab through
// every part of the dialog that takes it (text fields, the radio choices,
// the size list, the buttons) and presses Esc on each: the dialog closes
// every time, as the window passes a key to what has the focus only.
func TestEscCancelsDialogWhateverHasFocus(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	w.Canvas().SetOnTypedKey(func(*fyne.KeyEvent) {})
	from := time.Date(2021, time.October, 1, 0, 0, 0, 0, time.UTC)
	req := Request{Timeline: smallTimeline(), Matches: []int{1}, Query: "users", ViewFrom: from, ViewTo: from.AddDate(0, 1, 0), Folder: t.TempDir()}
	open := func() *form {
		f := newForm(w, req)
		f.size.SetSelected(lang.L(customSize)) // width and height take the focus too
		f.show()
		return f
	}
	// The parts Tab reaches, in order, until it comes back to the first.
	open()
	var order []fyne.Focusable
	for range 40 {
		test.FocusNext(w.Canvas())
		o := w.Canvas().Focused()
		if o == nil || len(order) > 0 && o == order[0] {
			break
		}
		order = append(order, o)
	}
	w.Canvas().Overlays().Top().Hide()
	kinds := map[string]int{}
	for n := range order {
		open()
		for range n + 1 {
			test.FocusNext(w.Canvas())
		}
		o := w.Canvas().Focused()
		kind := fmt.Sprintf("%T", o)
		kinds[kind]++
		o.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if c := len(w.Canvas().Overlays().List()); c != 0 {
			t.Errorf("Esc on the part Tab reached %d times (%s) left %d overlays", n+1, kind, c)
			for ; c > 0; c = len(w.Canvas().Overlays().List()) {
				w.Canvas().Overlays().Top().Hide()
			}
		}
	}
	// Title, width, height, folder, name; two choices in each of the 3
	// groups; the list; Choose…, Cancel and Export.
	want := map[string]int{"*exportui.escEntry": 5, "*exportui.radioChoice": 6, "*exportui.escSelect": 1, "*exportui.escButton": 3}
	for k, v := range want {
		if kinds[k] != v {
			t.Errorf("Tab reached %d %s, want %d (reached %v)", kinds[k], k, v, kinds)
		}
	}
}

// A read-only folder (a shared corpus) is never offered: the dialog starts
// in the user's own folder instead, a remembered folder that became
// read-only is passed over, and typing one says why Export is disabled.
func TestDialogAvoidsReadOnlyFolders(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	corpus := t.TempDir()
	if err := os.Chmod(corpus, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(corpus, 0o755) })
	tests := []struct {
		name    string
		prefs   map[string]string
		wantDir string
	}{
		{"read-only set folder", nil, docs},
		{"remembered folder now read-only", map[string]string{PrefFolder: corpus, PrefName: "t.svg"}, docs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			for k, v := range tt.prefs {
				a.Preferences().SetString(k, v)
			}
			w := test.NewTempWindow(t, widget.NewLabel("timeline"))
			w.Resize(fyne.NewSize(900, 700))
			f := newForm(w, Request{Timeline: smallTimeline(), Folder: corpus})
			f.dlg.Show()
			if f.folder.Text != tt.wantDir {
				t.Errorf("the dialog offers %q, want %q", f.folder.Text, tt.wantDir)
			}
			if f.confirm.Disabled() {
				t.Error("Export is disabled in the folder offered")
			}
			f.folder.SetText(corpus)
			err := f.folder.Validate()
			if err == nil || !strings.Contains(err.Error(), "read-only") {
				t.Errorf("typing a read-only folder says %v, want a read-only error", err)
			}
			if !f.confirm.Disabled() {
				t.Error("Export is enabled for a read-only folder")
			}
		})
	}
}
