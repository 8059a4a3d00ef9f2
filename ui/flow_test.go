package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestFlowLayoutWraps(t *testing.T) {
	test.NewTempApp(t)
	gap := float32(4) // the test theme's padding
	box := func(w float32) fyne.CanvasObject {
		r := canvas.NewRectangle(nil)
		r.SetMinSize(fyne.NewSize(w, 10))
		return r
	}
	pos := fyne.NewPos
	tests := []struct {
		name   string
		widths []float32
		width  float32
		lines  int
		height float32
		pos    []fyne.Position
	}{
		{"all on one line", []float32{50, 50, 50}, 200, 1, 10, []fyne.Position{pos(0, 0), pos(50+gap, 0), pos(100+2*gap, 0)}},
		{"exactly fits", []float32{50, 50}, 100 + gap, 1, 10, []fyne.Position{pos(0, 0), pos(50+gap, 0)}},
		{"wraps", []float32{50, 50, 50}, 120, 2, 20 + gap, []fyne.Position{pos(0, 0), pos(50+gap, 0), pos(0, 10+gap)}},
		{"one a line", []float32{50, 50, 50}, 60, 3, 30 + 2*gap, []fyne.Position{pos(0, 0), pos(0, 10+gap), pos(0, 20+2*gap)}},
		{"wider than the width", []float32{150, 20}, 100, 2, 20 + gap, []fyne.Position{pos(0, 0), pos(0, 10+gap)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var objs []fyne.CanvasObject
			for _, w := range tt.widths {
				objs = append(objs, box(w))
			}
			l := &flowLayout{}
			l.Layout(objs, fyne.NewSize(tt.width, 100))
			if l.lines != tt.lines {
				t.Errorf("%d lines, want %d", l.lines, tt.lines)
			}
			if got := l.MinSize(objs).Height; got != tt.height {
				t.Errorf("min height %v, want %v", got, tt.height)
			}
			for i, o := range objs {
				if o.Position() != tt.pos[i] {
					t.Errorf("object %d at %v, want %v", i, o.Position(), tt.pos[i])
				}
			}
			// The panel above gives the chips the height of their lines
			// and the rest under them.
			chips := container.New(l, objs...)
			rest := canvas.NewRectangle(nil)
			chipsOverLayout{}.Layout([]fyne.CanvasObject{chips, rest}, fyne.NewSize(tt.width, 200))
			if chips.Size().Height != tt.height || rest.Position().Y != tt.height+gap || rest.Size().Height != 200-tt.height-gap {
				t.Errorf("chips %v high, the rest at %v, %v high", chips.Size().Height, rest.Position().Y, rest.Size().Height)
			}
		})
	}
}
