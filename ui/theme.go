package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// readableTheme is a theme (Fyne's by default, which follows the system's
// variant and FYNE_THEME) with the colours Claimline writes text in made
// readable on the light background: Fyne's light placeholder (#888, 3.5:1),
// success green (#43f436, 1.5:1) and warning orange (#ff9800, 2.2:1) fall
// short of WCAG's 4.5:1 for text. The dark variant's are already readable.
type readableTheme struct{ fyne.Theme }

// The light variant's text colours, each at least 4.5:1 on the light
// background and on the input background (#f2f2f2).
var (
	lightPlaceholder = color.NRGBA{R: 0x61, G: 0x61, B: 0x61, A: 0xff}
	lightSuccess     = color.NRGBA{R: 0x1b, G: 0x7f, B: 0x17, A: 0xff}
	lightWarning     = color.NRGBA{R: 0xa8, G: 0x54, B: 0x00, A: 0xff}
)

// newReadableTheme wraps th.
func newReadableTheme(th fyne.Theme) fyne.Theme { return readableTheme{th} }

// Color returns the wrapped theme's colour, but for the light variant's
// placeholder, success and warning text.
func (t readableTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if v == theme.VariantLight {
		switch n {
		case theme.ColorNamePlaceHolder:
			return lightPlaceholder
		case theme.ColorNameSuccess:
			return lightSuccess
		case theme.ColorNameWarning:
			return lightWarning
		}
	}
	return t.Theme.Color(n, v)
}

// countImportance is the importance of the "N claims in M events" label:
// the foreground colour.
const countImportance = widget.MediumImportance

// The theme choices of View › Theme, as remembered in the preferences.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// themeChoice returns a remembered theme choice, themeSystem when it is
// none of the three.
func themeChoice(s string) string {
	if s == themeLight || s == themeDark {
		return s
	}
	return themeSystem
}

// variantTheme is a theme drawn in one variant whatever the system's: Fyne
// asks for colours with the system's variant, which it replaces.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the wrapped theme's colour n in the chosen variant.
func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns base (the readable theme) drawn as choice says: in the
// system's variant, or always light or dark.
func themeFor(base fyne.Theme, choice string) fyne.Theme {
	switch themeChoice(choice) {
	case themeLight:
		return variantTheme{base, theme.VariantLight}
	case themeDark:
		return variantTheme{base, theme.VariantDark}
	}
	return base
}

// setTheme applies a theme choice at once and remembers it.
func (w *Window) setTheme(choice string) {
	choice = themeChoice(choice)
	w.app.Preferences().SetString(prefTheme, choice)
	w.app.Settings().SetTheme(themeFor(w.baseTheme, choice))
}
