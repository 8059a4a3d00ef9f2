package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// shownText returns the text lines a clampText draws, top to bottom.
func shownText(c *clampText) []string {
	var out []string
	for _, o := range test.LaidOutObjects(c) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			out = append(out, tx.Text)
		}
	}
	return out
}

// TestOneLineClampShowsLongWords checks that a one-line text whose next
// word is too long for the line's rest (a passage's "date · file name",
// the file's name one long word) shows as much of it as fits, cut with
// "…", rather than the date alone: the name of the article a passage
// comes from is what a fact-checker reads it for. A tap shows it whole.
func TestOneLineClampShowsLongWords(t *testing.T) {
	test.NewTempApp(t)
	meta := "2 Jul 2008 · 108294_Government_Accountability_Office_requests_rerun_of_US_Air_Force_tanker_bi.txt"
	title := "Pendant que les services de Facebook étaient en panne, Telegram et Signal ont gagné des utilisateurs"
	for _, text := range []string{meta, title} {
		c := newClampText(1)
		c.Set(text, metaStyle)
		w := test.NewWindow(container.NewVBox(c))
		w.Resize(fyne.NewSize(400, 200))
		w.Canvas().(test.WindowlessCanvas).Capture()
		lines := shownText(c)
		if len(lines) != 1 {
			t.Fatalf("%q shows %q, want one line", text, lines)
		}
		shown := strings.TrimSuffix(lines[0], "…")
		if shown == lines[0] || !strings.HasPrefix(text, shown) || len(shown) < 40 {
			t.Errorf("%q shows %q, want as much of it as fits, cut with …", text, lines[0])
		}
		if !c.cut() {
			t.Errorf("%q is not cut", text)
		}
		test.Tap(c)
		w.Canvas().(test.WindowlessCanvas).Capture()
		if got := strings.Join(shownText(c), ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Errorf("tapped, %q shows %q, want it whole", text, shownText(c))
		}
		w.Close()
	}
}
