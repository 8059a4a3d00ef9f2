package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
)

// The open dialogs list a folder's entries in rows that stay put as it
// fills: in the grid, a double-click in a large folder opened the folder
// that had just moved under the pointer.
func TestOpenDialogsShowAList(t *testing.T) {
	for _, tt := range []struct {
		name string
		open func(w *Window)
	}{
		{"Open folder…", (*Window).openFolder},
		{"Open file…", (*Window).openFiles},
		{"Add file…", (*Window).addFiles},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.w.rememberFolder(t.TempDir())
			tt.open(h.w)
			top := h.w.win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog shown")
			}
			lists, grids := 0, 0
			walk(top, func(o fyne.CanvasObject) {
				switch o.(type) {
				case *widget.GridWrap:
					grids++
				case *widget.List:
					lists++
				}
			})
			// One list is the favourites on the left.
			if grids != 0 || lists < 2 {
				t.Errorf("the dialog shows %d grids and %d lists, want the files in a list", grids, lists)
			}
		})
	}
}

// walk calls f on o and every object under it.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			walk(c, f)
		}
	}
}

// File › Open path… opens the folder or file typed (Fyne's dialogs take no
// typed path), starting from the set's folder; a path that names nothing
// keeps the Open button off and says why.
func TestOpenPathTyped(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("Telegram."), 0o644); err != nil {
		t.Fatal(err)
	}
	home, _ := os.UserHomeDir()
	other := t.TempDir()
	tests := []struct {
		name    string
		typed   string // replaces the field's text
		append  string // typed after the field's text
		paste   string // pasted after the field's text
		want    string // the path loaded ("": none)
		wantErr string
	}{
		// A whole path typed or pasted into the untouched field takes the
		// place of the folder it starts with.
		{"another folder typed over it", "", other, "", other, ""},
		{"home typed over it", "", "~", "", home, ""},
		{"another folder pasted over it", "", "", other, other, ""},
		{"a file name pasted after it", "", "", "a.txt", file, ""},
		{"the folder it starts in", "", "", "", dir, ""},
		{"a file in it", "", "a.txt", "", file, ""},
		{"a folder typed", dir, "", "", dir, ""},
		{"home", "~", "", "", home, ""},
		{"nothing there", filepath.Join(dir, "nope"), "", "", "", "There is no folder or file here."},
		{"empty", " ", "", "", "", "Type the path of a folder or a file."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var loaded []string
			h := newHarness(t, &Engine{
				Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
				Load: func(_ context.Context, paths []string, _ func(int, int)) (*model.Timeline, error) {
					loaded = paths
					return sampleTimeline(), nil
				},
			})
			h.w.rememberFolder(dir)
			h.w.openPath()
			e := h.w.pathEntry
			if want := dir + string(filepath.Separator); e.Text != want {
				t.Fatalf("the field starts with %q, want %q", e.Text, want)
			}
			if tt.typed != "" {
				e.SetText(tt.typed)
			}
			if tt.append != "" {
				test.Type(e, tt.append)
			}
			if tt.paste != "" {
				clip := test.NewClipboard()
				clip.SetContent(tt.paste)
				e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
			}
			err := e.Validate()
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("the field says %v, want %q", err, tt.wantErr)
				}
				h.w.form.Submit()
				if loaded != nil {
					t.Errorf("loaded %v from a bad path", loaded)
				}
				return
			}
			if err != nil {
				t.Fatalf("the field says %v", err)
			}
			done := false
			h.w.loader.done = func() { done = true }
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			h.pump(t, "the typed path", func() bool { return done })
			if len(loaded) != 1 || loaded[0] != tt.want {
				t.Errorf("loaded %v, want %s", loaded, tt.want)
			}
		})
	}
}
