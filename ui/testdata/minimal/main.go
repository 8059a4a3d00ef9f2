// Command minimal is the smallest Fyne app with a window, the yardstick of
// BenchmarkColdStart: Claimline must show its window within 1.2 times the
// time this one takes.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.github.claimline.minimal")
	w := a.NewWindow("Minimal")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1200, 780))
	w.ShowAndRun()
}
