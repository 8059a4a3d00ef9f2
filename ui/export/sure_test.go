package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimline/claimline/model"
)

// TestUnsureInImage checks that an image draws a less sure event apart
// (its marker and label marked, its label's text in the muted colour) and
// says what that means in the legend, in English and in French; a
// person's verdict outweighs the reading.
func TestUnsureInImage(t *testing.T) {
	tests := []struct {
		name   string
		lang   string
		status model.Status
		want   string // the legend's text, "" for none
	}{
		{"english", "en", model.Unchecked, "less sure"},
		{"french", "fr", model.Unchecked, "moins sûr"},
		{"verified", "en", model.Verified, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := sampleTimeline()
			guess := -1
			for i := range tl.Events {
				tl.Events[i].Claims = []int{i}
				tl.Claims = append(tl.Claims, model.Claim{ID: i, Confidence: 0.9})
				if strings.HasPrefix(tl.Events[i].Label, "Telegram launched") {
					guess = i
				}
			}
			tl.Claims[guess].Confidence = 0.6
			tl.Events[guess].Status = tt.status
			o, err := Options{Width: 1200, Height: 700, Lang: tt.lang}.normalized(tl)
			if err != nil {
				t.Fatal(err)
			}
			fonts, err := NewFonts()
			if err != nil {
				t.Fatal(err)
			}
			d := newDrawing(tl, o, fonts)
			marked := false
			for _, m := range d.lay.Markers {
				if m.Unsure {
					marked = true
					if d.sel[m.Event] != guess {
						t.Errorf("event %d is drawn as less sure", d.sel[m.Event])
					}
				}
			}
			if marked != (tt.want != "") {
				t.Errorf("less sure marker drawn: %v, want %v", marked, tt.want != "")
			}
			var buf bytes.Buffer
			if err := Render(&buf, tl, SVG, Options{Width: 1200, Height: 700, Lang: tt.lang}); err != nil {
				t.Fatal(err)
			}
			svg := buf.String()
			for _, w := range []string{"less sure", "moins sûr"} {
				if got := strings.Contains(svg, ">"+w+"<"); got != (w == tt.want) {
					t.Errorf("legend %q in the SVG: %v", w, got)
				}
			}
		})
	}
}
