package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// luminance is the relative luminance of an opaque colour (WCAG 2).
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// over composites c over the opaque colour under.
func over(c, under color.Color) color.Color {
	f, u := color.NRGBAModel.Convert(c).(color.NRGBA), color.NRGBAModel.Convert(under).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(f.R, u.R), G: mix(f.G, u.G), B: mix(f.B, u.B), A: 255}
}

// TestResultFocusContrast computes, from the theme's colours, the contrast
// of the focused result's outline against every background a row can have:
// the list's, hovered, and selected. WCAG asks 3:1 for a focus indicator.
func TestResultFocusContrast(t *testing.T) {
	th := theme.DefaultTheme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg := th.Color(theme.ColorNameBackground, v)
		tests := []struct {
			row  string
			fill color.Color
		}{
			{"plain", bg},
			{"hovered", over(th.Color(theme.ColorNameHover, v), bg)},
			{"selected", over(th.Color(theme.ColorNameSelection, v), bg)},
			{"selected and hovered", over(th.Color(theme.ColorNameHover, v), over(th.Color(theme.ColorNameSelection, v), bg))},
		}
		for _, tt := range tests {
			if got := contrast(over(focusColor(th, v), tt.fill), tt.fill); got < 3 {
				t.Errorf("variant %d, %s row: focus outline at %.2f:1, want at least 3:1", v, tt.row, got)
			}
		}
	}
}

// focusOutline returns the outline a row draws for the keyboard focus, or
// nil.
func focusOutline(row *resultRow) *canvas.Rectangle {
	for _, o := range test.WidgetRenderer(row).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.StrokeWidth > 0 {
			return r
		}
	}
	return nil
}

// TestResultFocusInView scrolls a long result list, then gives it the focus
// as Tab would: the focus lands on a row in view, drawn with its outline,
// and only there.
func TestResultFocusInView(t *testing.T) {
	test.NewTempApp(t)
	widths := newRuneWidths()
	rows := map[widget.ListItemID]*resultRow{}
	var l *resultList
	l = newResultList(func() int { return 60 }, func() fyne.CanvasObject { return newResultRow(widths) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*resultRow)
			for k, r := range rows {
				if r == row {
					delete(rows, k)
				}
			}
			rows[id] = row
			row.set(matchRuns(fmt.Sprintf("Result %d", id), nil), nil, l.showsFocus(id))
		}, func(widget.ListItemID) {})
	win := test.NewTempWindow(t, l)
	win.Resize(fyne.NewSize(300, 300))
	tests := []struct {
		name   string
		scroll func()
	}{
		{"at the top", func() {}},
		{"scrolled to the middle", func() { l.ScrollTo(30) }},
		{"scrolled to the bottom", func() { l.ScrollToBottom() }},
		{"back to the top", func() { l.ScrollToTop() }},
	}
	for _, tt := range tests {
		win.Canvas().Unfocus()
		tt.scroll()
		first, last := l.inView()
		win.Canvas().Focus(l)
		if l.focus < first || l.focus > last {
			t.Errorf("%s: focus on row %d, rows %d to %d in view", tt.name, l.focus, first, last)
		}
		if off := l.GetScrollOffset(); tt.name != "at the top" && tt.name != "back to the top" && off == 0 {
			t.Errorf("%s: focusing scrolled the list back to the top", tt.name)
		}
		for id, row := range rows {
			if got := focusOutline(row) != nil; got != (id == l.focus) {
				t.Errorf("%s: row %d draws the focus %v, focused row %d", tt.name, id, got, l.focus)
			}
		}
	}
	win.Canvas().Unfocus()
	for id, row := range rows {
		if focusOutline(row) != nil {
			t.Errorf("row %d draws the focus after the list lost it", id)
		}
	}
}
