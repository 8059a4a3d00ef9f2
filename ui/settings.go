package ui

import (
	"encoding/json"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"github.com/claimline/claimline/ui/export"
)

// settingsFile is the app's own copy of what it remembers (window size, last
// folder). Fyne saves its preferences by truncating and rewriting their
// file, so a kill at the wrong moment loses them; this copy is written
// atomically, and restores them when Fyne's file came back empty.
const settingsFile = "settings.json"

// settings are the remembered values.
type settings struct {
	Width  float64 `json:"window_width,omitempty"`
	Height float64 `json:"window_height,omitempty"`
	Folder string  `json:"last_folder,omitempty"`
}

// SettingsPath is where the app keeps the copy: in its storage folder, when
// that is on disk ("" otherwise).
func SettingsPath(app fyne.App) string {
	s := app.Storage()
	if s == nil || s.RootURI() == nil || s.RootURI().Scheme() != "file" {
		return ""
	}
	return filepath.Join(s.RootURI().Path(), settingsFile)
}

// UseSettingsFile keeps an atomic copy of the window's remembered settings
// at path, and restores from it what Fyne's preferences lost.
func (w *Window) UseSettingsFile(path string) {
	w.settingsPath = path
	if restoreSettings(w.app, path) {
		p := w.app.Preferences()
		w.folder = p.String(prefFolder)
		w.win.Resize(fyne.NewSize(float32(p.FloatWithFallback(prefWidth, defaultWidth)),
			float32(p.FloatWithFallback(prefHeight, defaultHeight))))
	}
}

// restoreSettings fills the preferences Fyne lost from the atomic copy at
// path, and reports whether it changed any.
func restoreSettings(app fyne.App, path string) bool {
	if path == "" {
		return false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var s settings
	if json.Unmarshal(b, &s) != nil {
		return false
	}
	p := app.Preferences()
	changed := false
	if p.Float(prefWidth) == 0 && s.Width > 0 {
		p.SetFloat(prefWidth, s.Width)
		changed = true
	}
	if p.Float(prefHeight) == 0 && s.Height > 0 {
		p.SetFloat(prefHeight, s.Height)
		changed = true
	}
	if p.String(prefFolder) == "" && s.Folder != "" {
		p.SetString(prefFolder, s.Folder)
		changed = true
	}
	return changed
}

// saveSettings writes the atomic copy of the preferences to path.
func saveSettings(app fyne.App, path string) error {
	if path == "" {
		return nil
	}
	p := app.Preferences()
	b, err := json.MarshalIndent(settings{Width: p.Float(prefWidth), Height: p.Float(prefHeight), Folder: p.String(prefFolder)}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return export.WriteAtomic(path, b)
}
