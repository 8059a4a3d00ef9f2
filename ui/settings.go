package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"unicode/utf8"

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
	Split  float64 `json:"timeline_share,omitempty"`
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
		w.win.Resize(windowSize(p, defaultSize(w.app.Settings().Scale())))
	}
}

// Window sizes the app accepts from its settings; others are discarded.
// No screen is wider than maxWindowSide, and X11 refuses a window over
// 32767 pixels ("Invalid window size" or BadValue at every start).
const (
	minWindowWidth  = 400
	minWindowHeight = 300
	maxWindowSide   = 16384
	// maxFolderBytes bounds the remembered folder: a path longer than any
	// system allows is not copied into the settings at every save.
	maxFolderBytes = 4096
	// maxSettingsBytes bounds a settings file read.
	maxSettingsBytes = 64 << 10
)

// validSide reports whether v is a window side worth remembering: a
// finite number of pixels, at most maxWindowSide (a side smaller than
// the minimum is kept and clamped).
func validSide(v float64) bool { return v > 0 && v <= maxWindowSide && !math.IsNaN(v) }

// windowSize is the remembered window size: each side def's when missing
// or absurd (which is then forgotten), and clamped between the minimum and
// maxWindowSide.
func windowSize(p fyne.Preferences, def fyne.Size) fyne.Size {
	side := func(key string, def, lo float64) float32 {
		v := p.FloatWithFallback(key, def)
		if !validSide(v) {
			p.RemoveValue(key)
			v = def
		}
		return float32(min(max(v, lo), maxWindowSide))
	}
	return fyne.NewSize(side(prefWidth, float64(def.Width), minWindowWidth), side(prefHeight, float64(def.Height), minWindowHeight))
}

// validFolder reports whether a remembered folder is worth keeping.
func validFolder(f string) bool {
	return f != "" && len(f) <= maxFolderBytes && utf8.ValidString(f)
}

// readSettingsFile reads a settings file without waiting (a named pipe in
// its place is refused, not read) and within maxSettingsBytes.
func readSettingsFile(path string) ([]byte, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	b, err := io.ReadAll(io.LimitReader(f, maxSettingsBytes+1))
	if err == nil && len(b) > maxSettingsBytes {
		err = errors.New("too large")
	}
	return b, err
}

// fynePreferencesPath is where Fyne keeps the preferences of the app with
// id on this system (as fyne.io/fyne/v2/internal/app computes it).
func fynePreferencesPath(id string) string {
	var root string
	switch runtime.GOOS {
	case "darwin":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "Library", "Preferences")
	case "windows":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "AppData", "Roaming")
	default:
		root, _ = os.UserConfigDir()
	}
	if root == "" {
		return ""
	}
	return filepath.Join(root, "fyne", id, "preferences.json")
}

// GuardPreferences moves aside a preferences file Fyne could not read
// safely: something other than a regular file (a named pipe would hang the
// start with no window) or one over maxSettingsBytes, and removes an empty
// one (a write that was killed). Call it before the
// app is created; it returns what it did, for the log ("" when nothing).
func GuardPreferences(id string) string {
	return guardPreferencesAt(fynePreferencesPath(id))
}

func guardPreferencesAt(path string) string {
	if path == "" {
		return ""
	}
	info, err := os.Lstat(path)
	if err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		// Left empty by a write that was killed: it holds nothing, and
		// Fyne would report it unreadable; the atomic copy restores what
		// it held (restoreSettings).
		os.Remove(path)
		return ""
	}
	if err != nil || info.Mode().IsRegular() && info.Size() <= maxSettingsBytes {
		return ""
	}
	aside := path + ".unreadable"
	os.Remove(aside)
	if err := os.Rename(path, aside); err != nil {
		return fmt.Sprintf("the preferences file %s is not a regular file of at most %d KB and could not be moved aside (%v); starting without it", path, maxSettingsBytes>>10, err)
	}
	return fmt.Sprintf("the preferences file was not a regular file of at most %d KB; it was moved to %s", maxSettingsBytes>>10, aside)
}

// restoreSettings fills the preferences Fyne lost from the atomic copy at
// path, and reports whether it changed any.
func restoreSettings(app fyne.App, path string) bool {
	if path == "" {
		return false
	}
	b, err := readSettingsFile(path)
	if err != nil {
		return false
	}
	var s settings
	if json.Unmarshal(b, &s) != nil {
		return false
	}
	p := app.Preferences()
	changed := false
	// Absurd values in the copy are not restored.
	if p.Float(prefWidth) == 0 && validSide(s.Width) {
		p.SetFloat(prefWidth, s.Width)
		changed = true
	}
	if p.Float(prefHeight) == 0 && validSide(s.Height) {
		p.SetFloat(prefHeight, s.Height)
		changed = true
	}
	if p.String(prefFolder) == "" && validFolder(s.Folder) {
		p.SetString(prefFolder, s.Folder)
		changed = true
	}
	if p.Float(prefSplit) == 0 && validShare(s.Split) {
		p.SetFloat(prefSplit, s.Split)
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
	// Only sane values are copied: the copy must never restore a value
	// that breaks the start.
	var s settings
	if v := p.Float(prefWidth); validSide(v) {
		s.Width = v
	}
	if v := p.Float(prefHeight); validSide(v) {
		s.Height = v
	}
	if f := p.String(prefFolder); validFolder(f) {
		s.Folder = f
	}
	if v := p.Float(prefSplit); validShare(v) {
		s.Split = v
	}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return export.WriteAtomic(path, b)
}
