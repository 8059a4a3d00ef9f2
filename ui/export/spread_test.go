package export

import "testing"

// TestEveryEventLabelled checks that the default set's export names every
// event on its own (no "4 events" cluster), whole, at the sizes a user
// picks: an image is read on paper and cannot be zoomed into.
func TestEveryEventLabelled(t *testing.T) {
	tl := defaultTimeline(t)
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ w, h int }{{1920, 1080}, {1123, 794}, {1280, 720}}
	for _, tt := range tests {
		o, err := Options{Width: tt.w, Height: tt.h, Title: "T"}.normalized(tl)
		if err != nil {
			t.Fatal(err)
		}
		d := newDrawing(tl, o, fonts)
		if n := len(d.lay.Clusters); n > 0 {
			t.Errorf("%d×%d: %d clusters, want every event apart", tt.w, tt.h, n)
		}
		labelled := make(map[int]bool)
		for _, lb := range d.lay.Labels {
			if lb.Event >= 0 {
				labelled[lb.Event] = true
				if !d.complete(lb) {
					t.Errorf("%d×%d: label %q cut", tt.w, tt.h, lb.Text)
				}
			}
		}
		if len(labelled) != d.inView {
			t.Errorf("%d×%d: %d of %d events labelled", tt.w, tt.h, len(labelled), d.inView)
		}
	}
}
