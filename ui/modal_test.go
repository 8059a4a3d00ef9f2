package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// menuAction returns the action of the main menu's item labelled label.
func menuAction(t *testing.T, w *Window, label string) func() {
	t.Helper()
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it.Action
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// TestKeysDoNotPassThroughExportedMessage exports through the real dialog
// (Enter exports), then presses keys over the "Image exported" message:
// Enter and Esc close it, and no key acts on the timeline behind it.
func TestKeysDoNotPassThroughExportedMessage(t *testing.T) {
	key := func(n fyne.KeyName) func(w *Window) {
		return func(w *Window) { w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n}) }
	}
	tests := []struct {
		name   string
		press  func(w *Window)
		closes bool
	}{
		{"Enter", key(fyne.KeyReturn), true},
		{"keypad Enter", key(fyne.KeyEnter), true},
		{"Esc", key(fyne.KeyEscape), true},
		{"Right", key(fyne.KeyRight), false},
		{"Home", key(fyne.KeyHome), false},
		{"Space", key(fyne.KeySpace), false},
		{"+", func(w *Window) { w.win.Canvas().OnTypedRune()('+') }, false},
		{"Ctrl+E", func(w *Window) { menuAction(t, w, lang.L("Export image…"))() }, false},
		{"Ctrl+0", func(w *Window) { menuAction(t, w, lang.L("Fit all"))() }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			home := t.TempDir()
			t.Setenv("HOME", home)
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.timeline.Select(1)
			h.w.timeline.ZoomIn()
			sel, view := h.w.timeline.Selected(), h.w.timeline.View()

			done := make(chan error, 1)
			h.w.exported = func(_ string, err error) { done <- err }
			h.w.exportImage()
			form := h.w.dialogOver()
			if form == nil {
				t.Fatal("Export image… opened no dialog")
			}
			key(fyne.KeyReturn)(h.w) // Enter exports, as the Export button does
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("the export did not finish")
			}
			msg := h.w.dialogOver()
			if !hasText(msg, lang.L("Image exported")) {
				t.Fatal("the export's message is not on top")
			}
			if _, err := os.Stat(filepath.Join(home, "claimline-timeline.png")); err != nil {
				t.Fatalf("the export was not written in the home folder: %v", err)
			}

			tt.press(h.w)
			if open := h.w.dialogOver() == msg; open == tt.closes {
				t.Errorf("after %s the message is open: %v, want %v", tt.name, open, !tt.closes)
			}
			if n := len(h.w.win.Canvas().Overlays().List()); n > 1 {
				t.Errorf("after %s %d dialogs are open", tt.name, n)
			}
			if h.w.timeline.Selected() != sel || h.w.timeline.View() != view {
				t.Errorf("%s over the message reached the timeline: selected %d, want %d; view changed: %v",
					tt.name, h.w.timeline.Selected(), sel, h.w.timeline.View() != view)
			}
		})
	}
}

// TestDialogKeyAnswers checks which button Enter and Esc tap on Fyne's
// dialogs.
func TestDialogKeyAnswers(t *testing.T) {
	tests := []struct {
		name      string
		show      func(w fyne.Window, answer *string)
		key       fyne.KeyName
		want      string
		stillOpen bool
	}{
		{"confirm, Enter says yes", confirmDialog, fyne.KeyReturn, "yes", false},
		{"confirm, Esc says no", confirmDialog, fyne.KeyEscape, "no", false},
		{"confirm, Down does nothing", confirmDialog, fyne.KeyDown, "", true},
		{"information, Enter closes", infoDialog, fyne.KeyReturn, "closed", false},
		{"information, Esc closes", infoDialog, fyne.KeyEscape, "closed", false},
		{"information, Tab does nothing", infoDialog, fyne.KeyTab, "", true},
		{"no buttons, Enter does nothing", bareDialog, fyne.KeyReturn, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			var answer string
			tt.show(h.w.win, &answer)
			top := h.w.dialogOver()
			h.w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: tt.key})
			if answer != tt.want {
				t.Errorf("answer %q, want %q", answer, tt.want)
			}
			if open := h.w.dialogOver() == top; open != tt.stillOpen {
				t.Errorf("open after the key: %v, want %v", open, tt.stillOpen)
			}
		})
	}
}

func confirmDialog(w fyne.Window, answer *string) {
	dialog.ShowConfirm("Replace?", "Replace it?", func(ok bool) {
		*answer = map[bool]string{true: "yes", false: "no"}[ok]
	}, w)
}

func infoDialog(w fyne.Window, answer *string) {
	d := dialog.NewInformation("Image exported", "The timeline is in x.png", w)
	d.SetOnClosed(func() { *answer = "closed" })
	d.Show()
}

func bareDialog(w fyne.Window, answer *string) {
	d := dialog.NewCustomWithoutButtons("Exporting", widget.NewProgressBarInfinite(), w)
	d.SetOnClosed(func() { *answer = "closed" })
	d.Show()
}

// hasText reports whether o draws a text that is s.
func hasText(o fyne.CanvasObject, s string) bool {
	for _, o := range test.LaidOutObjects(o) {
		if t, ok := o.(*canvas.Text); ok && t.Text == s {
			return true
		}
	}
	return false
}
