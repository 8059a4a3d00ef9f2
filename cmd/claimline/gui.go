package main

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/ui"
)

// runGUI opens the desktop app on paths (the embedded set when empty).
func runGUI(paths []string, stdout, stderr io.Writer) int {
	a := app.NewWithID(ui.AppID)
	a.SetIcon(fyne.NewStaticResource(assets.IconName, assets.IconPNG()))
	if err := ui.AddTranslations(); err != nil {
		fmt.Fprintln(stderr, "claimline: translations:", err)
	}
	w := ui.New(a, ui.ModelEngine())
	if len(paths) == 0 {
		w.OpenDefault()
	} else {
		w.Open(paths)
	}
	w.Fyne().ShowAndRun()
	return exitOK
}
