package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestSettingsSurviveLostPreferences: when Fyne's preferences come back
// empty (its file was cut short by a kill during a save), the window gets
// its size and last folder from the atomic copy.
func TestSettingsSurviveLostPreferences(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.json")
	a := test.NewApp()
	defer a.Quit()
	a.Preferences().SetFloat(prefWidth, 900)
	a.Preferences().SetFloat(prefHeight, 640)
	a.Preferences().SetString(prefFolder, "/data/news")
	if err := saveSettings(a, path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left beside the settings: %v", entries)
	}
	// A new start whose preferences were lost.
	b := test.NewApp()
	defer b.Quit()
	if !restoreSettings(b, path) {
		t.Fatal("nothing restored")
	}
	p := b.Preferences()
	if p.Float(prefWidth) != 900 || p.Float(prefHeight) != 640 || p.String(prefFolder) != "/data/news" {
		t.Errorf("restored %v×%v %q", p.Float(prefWidth), p.Float(prefHeight), p.String(prefFolder))
	}
	// Preferences that survived win over the copy.
	p.SetString(prefFolder, "/elsewhere")
	restoreSettings(b, path)
	if p.String(prefFolder) != "/elsewhere" {
		t.Errorf("the copy overwrote a kept preference: %q", p.String(prefFolder))
	}
	// A broken copy is ignored.
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if restoreSettings(test.NewApp(), path) {
		t.Error("restored from a broken copy")
	}
}
