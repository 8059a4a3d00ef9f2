package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestChosenLanguageWins checks that the language remembered from View ›
// Language is the UI's at start, whatever the system's, and that without
// one the system's is.
func TestChosenLanguageWins(t *testing.T) {
	tests := []struct {
		locale, chosen string
		want           string // Language()
		open           string // lang.L("Open folder…")
	}{
		{"C", "fr", "fr", "Ouvrir un dossier…"},
		{"fr_FR.UTF-8", "en", "en", "Open folder…"},
		{"fr_FR.UTF-8", "", "fr", "Ouvrir un dossier…"},
		{"C", "", "en", "Open folder…"},
		{"C", "xx", "en", "Open folder…"}, // an unknown choice is the system's
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.chosen, func(t *testing.T) {
			inLanguage(t, tt.locale)
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, tt.chosen)
			UseLanguage(a)
			t.Cleanup(func() { chosenLanguage = "" }) // before inLanguage's, which registers the system's again
			if err := AddTranslations(); err != nil {
				t.Fatal(err)
			}
			if got := Language(); got != tt.want {
				t.Errorf("Language() = %q, want %q", got, tt.want)
			}
			if got := lang.L("Open folder…"); got != tt.open {
				t.Errorf("Open folder… reads %q, want %q", got, tt.open)
			}
		})
	}
}

// languageItem returns View › Language.
func languageItem(t *testing.T, h *harness) *fyne.MenuItem {
	t.Helper()
	for _, m := range h.w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.ChildMenu != nil && it.Label == "Language" {
				return it
			}
		}
	}
	t.Fatal("no View › Language")
	return nil
}

// TestLanguageMenu checks that a choice in View › Language is remembered
// in the preferences, checked in the menu, and that a message says it
// takes effect at the next start.
func TestLanguageMenu(t *testing.T) {
	tests := []struct {
		choice, pref, message string
	}{
		{"Français", "fr", "Claimline will be in French the next time it starts."},
		{"English", "en", "Claimline will be in English the next time it starts."},
		{"System language", "", ""}, // already the choice: nothing to say
	}
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			for _, it := range languageItem(t, h).ChildMenu.Items {
				if it.Label == tt.choice {
					it.Action()
				}
			}
			if got := fyne.CurrentApp().Preferences().String(prefLanguage); got != tt.pref {
				t.Errorf("remembered %q, want %q", got, tt.pref)
			}
			for _, it := range languageItem(t, h).ChildMenu.Items {
				if it.Checked != (it.Label == tt.choice) {
					t.Errorf("%q checked: %v", it.Label, it.Checked)
				}
			}
			top := h.w.win.Canvas().Overlays().Top()
			if tt.message == "" {
				if top != nil {
					t.Errorf("a message for a choice already made")
				}
				return
			}
			if top == nil {
				t.Fatal("no message says when the language changes")
			}
			var said []string
			for _, o := range test.LaidOutObjects(top) {
				if l, ok := o.(*widget.Label); ok {
					said = append(said, l.Text)
				}
			}
			if !strings.Contains(strings.Join(said, "\n"), tt.message) {
				t.Errorf("the message says %q, want %q", said, tt.message)
			}
		})
	}
}
