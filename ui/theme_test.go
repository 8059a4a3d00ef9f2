package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// labelColor is the colour Fyne's Label draws text of importance i in
// (widget/label.go).
func labelColor(i widget.Importance) fyne.ThemeColorName {
	switch i {
	case widget.LowImportance:
		return theme.ColorNameDisabled
	case widget.HighImportance:
		return theme.ColorNamePrimary
	case widget.DangerImportance:
		return theme.ColorNameError
	case widget.WarningImportance:
		return theme.ColorNameWarning
	case widget.SuccessImportance:
		return theme.ColorNameSuccess
	}
	return theme.ColorNameForeground
}

// TestTextContrast computes, from the theme's colours, the contrast of the
// texts the app writes in colour against the backgrounds they lie on, in
// both variants: WCAG asks 4.5:1 for text (3:1 would do for the bold date
// and figure highlights; they get 4.5:1 too).
func TestTextContrast(t *testing.T) {
	th := newReadableTheme(theme.DefaultTheme())
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg := th.Color(theme.ColorNameBackground, v)
		backgrounds := map[string]color.Color{
			"background":       bg,
			"input background": over(th.Color(theme.ColorNameInputBackground, v), bg),
		}
		texts := []struct {
			what string
			name fyne.ThemeColorName
			want float64
		}{
			{"the claims count", labelColor(countImportance), 4.5},
			{"muted text (placeholder)", theme.ColorNamePlaceHolder, 4.5},
			{"date and figure highlights (success)", theme.ColorNameSuccess, 4.5},
			{"warnings", theme.ColorNameWarning, 4.5},
		}
		for bgName, b := range backgrounds {
			for _, tt := range texts {
				if got := contrast(over(th.Color(tt.name, v), b), b); got < tt.want {
					t.Errorf("variant %d: %s on the %s: %.2f:1, want at least %.1f:1", v, tt.what, bgName, got, tt.want)
				}
			}
		}
	}
}
