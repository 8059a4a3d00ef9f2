package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// The sides of a disagreement stand next to each other when the pane holds
// them, one under the other when it does not; none ever goes past the pane.
func TestSidesLayout(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		width  float32
		minW   float32 // of each side
		across bool
	}{
		{900, 300, true},
		{500, 300, false},
		// Sides that could shrink to 150 px are stacked under 2×sideLeast,
		// not squeezed into columns of a few words.
		{2*sideLeast + 10, 150, true},
		{2*sideLeast - 10, 150, false},
	} {
		a, b := canvas.NewRectangle(nil), canvas.NewRectangle(nil)
		a.SetMinSize(fyne.NewSize(c.minW, 100))
		b.SetMinSize(fyne.NewSize(c.minW, 140))
		sides := newSides(a, b)
		sides.Resize(fyne.NewSize(c.width, sides.MinSize().Height))
		sides.Resize(fyne.NewSize(c.width, sides.MinSize().Height)) // again, at the height the arrangement needs
		across := a.Position().Y == b.Position().Y
		if across != c.across {
			t.Errorf("width %v: next to each other %v, want %v", c.width, across, c.across)
		}
		for _, o := range []fyne.CanvasObject{a, b} {
			if right := o.Position().X + o.Size().Width; right > c.width+0.5 {
				t.Errorf("width %v: a side ends at %v, past the pane", c.width, right)
			}
		}
		want := float32(140)
		if !c.across {
			want = 100 + 140
		}
		if h := sides.MinSize().Height; h < want {
			t.Errorf("width %v: min height %v, want at least %v", c.width, h, want)
		}
	}
}
