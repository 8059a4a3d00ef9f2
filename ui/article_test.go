package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
)

// TestFullArticleHeaderAndEsc checks that the Full article dialog shows the
// file's header as metadata, not as body text, and closes on Esc.
func TestFullArticleHeaderAndEsc(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		meta    []string // in the metadata line
		notBody []string // in no paragraph of the body
		bodyHas string
	}{
		{"header block", "title: Telegram gagne\ndate: 2021-10-05\nlang: fr\n\nTelegram a gagné 70 millions d'utilisateurs, a déclaré Pavel Durov.\n",
			[]string{"5 Oct 2021", "in French", "a.txt"}, []string{"date:", "lang:", "title:"}, "70 millions d'utilisateurs"},
		{"no header", "Telegram gained 70 million users, Pavel Durov said on 5 October 2021.\n",
			[]string{"in English", "a.txt"}, nil, "70 million users"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			win := test.NewWindow(nil)
			defer win.Close()
			win.Resize(fyne.NewSize(900, 600))
			a, err := model.ParseArticle("a.txt", []byte(tt.text), false)
			if err != nil {
				t.Fatal(err)
			}
			showArticle(win, a, model.Span{Start: a.Body.Start, End: a.Body.Start + 10})
			top := win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("the full article did not open")
			}
			var texts []string
			for _, o := range test.LaidOutObjects(top) {
				if rt, ok := o.(*widget.RichText); ok {
					var b strings.Builder
					for _, s := range rt.Segments {
						if ts, ok := s.(*widget.TextSegment); ok {
							b.WriteString(ts.Text + "\n")
						}
					}
					texts = append(texts, b.String())
				}
			}
			all := strings.Join(texts, "\n")
			for _, m := range tt.meta {
				if !strings.Contains(all, m) {
					t.Errorf("the dialog does not say %q:\n%s", m, all)
				}
			}
			for _, n := range tt.notBody {
				if strings.Contains(all, n) {
					t.Errorf("the dialog shows the header line %q as text:\n%s", n, all)
				}
			}
			if !strings.Contains(all, tt.bodyHas) {
				t.Errorf("the body %q is missing:\n%s", tt.bodyHas, all)
			}
			focused := win.Canvas().Focused()
			if focused == nil {
				t.Fatal("nothing has the keyboard: Esc would not reach the dialog")
			}
			focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if win.Canvas().Overlays().Top() != nil {
				t.Error("Esc did not close the full article")
			}
		})
	}
}
