package main

import (
	"fmt"
	"io"
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/ui"
)

// runGUI opens the desktop app on paths (the embedded set when empty).
func runGUI(paths []string, stdout, stderr io.Writer) int {
	if !hasDisplay() {
		fmt.Fprintln(stderr, "claimline: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); the subcommands events, claims, dates, search and export work without one")
		return exitBadUsage
	}
	// A named pipe or a huge file in place of Fyne's preferences would hang
	// or slow every start before any window shows.
	if msg := ui.GuardPreferences(ui.AppID); msg != "" {
		fmt.Fprintln(stderr, "claimline:", msg)
	}
	a := app.NewWithID(ui.AppID)
	w := newMainWindow(a, paths, stderr, nil)
	w.Fyne().ShowAndRun()
	return exitOK
}

// newMainWindow builds app a's window and starts loading paths (the
// embedded set when empty) before the window is shown: the load runs off
// the UI goroutine while the window and its GL context are created, which
// on a loaded machine or under a software renderer take longer than
// reading a set, and its result is shown once the window runs. onLoaded,
// when not nil, is called on the UI goroutine when that first load ends.
func newMainWindow(a fyne.App, paths []string, stderr io.Writer, onLoaded func()) *ui.Window {
	a.SetIcon(fyne.NewStaticResource(assets.IconName, assets.IconPNG()))
	ui.UseLanguage(a) // View › Language's choice, before any text is translated
	if err := ui.AddTranslations(); err != nil {
		fmt.Fprintln(stderr, "claimline: translations:", err)
	}
	w := ui.New(a, ui.ModelEngine())
	w.UseSettingsFile(ui.SettingsPath(a))
	w.OnLoaded = onLoaded
	if len(paths) == 0 {
		w.OpenDefault()
	} else {
		w.Open(paths)
	}
	return w
}

// hasDisplay reports whether a window can be opened: on Linux and the BSDs
// a display server must be named in the environment.
func hasDisplay() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	}
	return true
}
