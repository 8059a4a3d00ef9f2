package exportui

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

var update = flag.Bool("update", false, "rewrite the golden markup under testdata/")

// TestDialogMarkup compares the dialog's rendered markup with golden files:
// which choices it offers, which are disabled and what they say.
func TestDialogMarkup(t *testing.T) {
	from := time.Date(2021, time.October, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		file string
		req  Request
	}{
		{"dialog_no_search.xml", Request{Timeline: smallTimeline(), Folder: "."}},
		{"dialog_search_and_view.xml", Request{Timeline: smallTimeline(), Matches: []int{1}, Query: "users",
			ViewFrom: from, ViewTo: from.AddDate(0, 1, 0), Folder: "."}},
		{"dialog_lanes_hidden.xml", Request{Timeline: threeEvents(), Shown: []int{1, 2}, Lanes: []string{"new users", "downloads"},
			AllLanes: 3, Matches: []int{0, 2}, Query: "o", Folder: "."}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, widget.NewLabel("timeline"))
			w.Resize(fyne.NewSize(900, 700))
			newForm(w, tt.req).dlg.Show()
			if *update {
				got := test.RenderToMarkup(w.Canvas())
				if err := os.WriteFile(filepath.Join("testdata", tt.file), []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			test.AssertRendersToMarkup(t, tt.file, w.Canvas())
		})
	}
}
