package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// sideLeast is the narrowest a side is put next to another: about
// thirty-five characters of passage a line. Narrower sides are stacked,
// which in a small window leaves the first passage's lines under the
// header instead of a column of a few words each.
const sideLeast = 260

// sidesLayout shows the sides of a disagreement next to each other when the
// pane is wide enough for each at its minimum width, and one under the other
// when it is not, so that no passage is ever cut at the pane's edge. Its
// minimum size is that of the arrangement it last chose.
type sidesLayout struct {
	across bool            // the last layout put the sides next to each other
	laid   bool            // a layout happened
	owner  *fyne.Container // laid out again when the arrangement changes
}

func (l *sidesLayout) fits(objs []fyne.CanvasObject, width float32) bool {
	gap := theme.Padding()
	var need float32
	for i, o := range objs {
		if i > 0 {
			need += gap
		}
		need += max(o.MinSize().Width, sideLeast)
	}
	return len(objs) > 1 && width >= need
}

// Layout implements fyne.Layout.
func (l *sidesLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	across := l.fits(objs, size.Width)
	changed := l.laid && across != l.across
	l.across, l.laid = across, true
	gap := theme.Padding()
	if across {
		w := (size.Width - gap*float32(len(objs)-1)) / float32(len(objs))
		for i, o := range objs {
			o.Move(fyne.NewPos(float32(i)*(w+gap), 0))
			o.Resize(fyne.NewSize(w, size.Height))
		}
	} else {
		var y float32
		for _, o := range objs {
			h := o.MinSize().Height
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(size.Width, h))
			y += h + gap
		}
	}
	if changed && l.owner != nil {
		l.owner.Refresh() // the height it needs changed with the arrangement
	}
}

// MinSize implements fyne.Layout: as wide as the widest side; as high as the
// arrangement last chosen needs (stacked before the first layout).
func (l *sidesLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	gap := theme.Padding()
	var w, hMax, hSum float32
	for i, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		hMax = max(hMax, m.Height)
		if i > 0 {
			hSum += gap
		}
		hSum += m.Height
	}
	if l.across {
		return fyne.NewSize(w, hMax)
	}
	return fyne.NewSize(w, hSum)
}

// newSides returns the sides of a disagreement in a sidesLayout.
func newSides(objs ...fyne.CanvasObject) *fyne.Container {
	l := &sidesLayout{}
	c := container.New(l, objs...)
	l.owner = c
	return c
}
