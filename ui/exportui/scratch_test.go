package exportui

import (
	"image/png"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestScratchDialog(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("timeline"))
	w.Resize(fyne.NewSize(900, 700))
	from := time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC)
	f := newForm(w, Request{Timeline: smallTimeline(), Matches: []int{1}, Query: "users", ViewFrom: from, ViewTo: from.AddDate(0, 1, 0), Folder: t.TempDir()})
	f.dlg.Show()
	out, _ := os.Create(os.Getenv("SCRATCH") + "/dialog.png")
	png.Encode(out, w.Canvas().Capture())
	out.Close()
}
