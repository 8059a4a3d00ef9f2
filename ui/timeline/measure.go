package timeline

import "fyne.io/fyne/v2"

// measureKey identifies a measured text.
type measureKey struct {
	text string
	size float32
}

// measurer caches fyne.MeasureText: a pan step measures the same labels
// again and again.
type measurer struct {
	sizes map[measureKey]fyne.Size
}

// newMeasurer returns an empty cache.
func newMeasurer() *measurer { return &measurer{sizes: map[measureKey]fyne.Size{}} }

// size returns the size of text at a font size.
func (m *measurer) size(text string, size float32) fyne.Size {
	k := measureKey{text, size}
	if s, ok := m.sizes[k]; ok {
		return s
	}
	if len(m.sizes) > 20000 {
		clear(m.sizes)
	}
	s := fyne.MeasureText(text, size, fyne.TextStyle{})
	m.sizes[k] = s
	return s
}

// width is a layout.Measure.
func (m *measurer) width(text string, size float32) float32 { return m.size(text, size).Width }
