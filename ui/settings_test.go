package ui

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
	a.Preferences().SetFloat(prefSplit, 0.55)
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
	if p.Float(prefWidth) != 900 || p.Float(prefHeight) != 640 || p.String(prefFolder) != "/data/news" || p.Float(prefSplit) != 0.55 {
		t.Errorf("restored %v×%v %q, timeline share %v", p.Float(prefWidth), p.Float(prefHeight), p.String(prefFolder), p.Float(prefSplit))
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

// The first window fits a 1366×768 screen, with its panels, at the
// system's scale.
func TestDefaultSizeFitsSmallScreen(t *testing.T) {
	for _, scale := range []float32{0, 1, 1.25, 1.5, 2} {
		got := defaultSize(scale)
		s := scale
		if s <= 0 {
			s = 1
		}
		if got.Width*s > 1366 || got.Height*s > 768-68 {
			t.Errorf("scale %v: %v × %v units, %v × %v px: taller or wider than a 1366×768 screen's usable area",
				scale, got.Width, got.Height, got.Width*s, got.Height*s)
		}
		if got.Width < minWindowWidth || got.Height < minWindowHeight {
			t.Errorf("scale %v: %v × %v, below the minimum", scale, got.Width, got.Height)
		}
	}
	if got := defaultSize(1); got.Width != defaultWidth || got.Height != defaultHeight {
		t.Errorf("scale 1: %v × %v, want the default %v × %v", got.Width, got.Height, defaultWidth, defaultHeight)
	}
}

// Absurd window sizes in the preferences (1e308 crashed every start with
// "Invalid window size") give a sane window and are forgotten; sides out of
// range are clamped.
func TestWindowSizeValidated(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	for _, c := range []struct {
		w, h         float64
		wantW, wantH float32
		forgotten    bool
	}{
		{900, 640, 900, 640, false},
		{1e308, 640, defaultWidth, 640, true},
		{inf, nan, defaultWidth, defaultHeight, true},
		{-5, 0, defaultWidth, defaultHeight, true},
		{20000, 700, defaultWidth, 700, true},
		{150, 120, minWindowWidth, minWindowHeight, false},
		{maxWindowSide, maxWindowSide, maxWindowSide, maxWindowSide, false},
	} {
		a := test.NewTempApp(t)
		p := a.Preferences()
		p.SetFloat(prefWidth, c.w)
		p.SetFloat(prefHeight, c.h)
		got := windowSize(p, fyne.NewSize(defaultWidth, defaultHeight))
		if got.Width != c.wantW || got.Height != c.wantH {
			t.Errorf("%v × %v: window %v × %v, want %v × %v", c.w, c.h, got.Width, got.Height, c.wantW, c.wantH)
		}
		if forgotten := p.FloatWithFallback(prefWidth, -1) == -1 || p.FloatWithFallback(prefHeight, -1) == -1; forgotten != c.forgotten {
			t.Errorf("%v × %v: forgotten %v, want %v", c.w, c.h, forgotten, c.forgotten)
		}
		// The copy never holds (and so never restores) an absurd value.
		path := filepath.Join(t.TempDir(), "settings.json")
		if err := saveSettings(a, path); err != nil {
			t.Fatal(err)
		}
		b := test.NewTempApp(t)
		restoreSettings(b, path)
		if v := b.Preferences().Float(prefWidth); v != 0 && !validSide(v) {
			t.Errorf("%v × %v: the copy restored width %v", c.w, c.h, v)
		}
	}
	// A window opened on such preferences has a sane size.
	a := test.NewTempApp(t)
	a.Preferences().SetFloat(prefWidth, 1e308)
	a.Preferences().SetFloat(prefHeight, 1e308)
	w := New(a, Engine{})
	if s := w.win.Canvas().Size(); s.Width > maxWindowSide || s.Height > maxWindowSide {
		t.Errorf("window %v × %v", s.Width, s.Height)
	}
	// A bad copy written by an older version is not restored, nor a huge
	// folder.
	path := filepath.Join(t.TempDir(), "settings.json")
	huge := strings.Repeat("x", maxFolderBytes+1)
	if err := os.WriteFile(path, []byte(`{"window_width":1e308,"window_height":-1,"last_folder":"`+huge+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if restoreSettings(test.NewTempApp(t), path) {
		t.Error("restored absurd values from the copy")
	}
}
