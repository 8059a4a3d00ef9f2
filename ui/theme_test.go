package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/ui/timeline"
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

// TestFocusOutlineContrast computes the contrast of the timeline's focus
// outline (the theme's primary colour, opaque, timeline.FocusWidth pixels)
// against the background in both variants: WCAG asks 3:1 for a focus
// indicator.
func TestFocusOutlineContrast(t *testing.T) {
	th := newReadableTheme(theme.DefaultTheme())
	if timeline.FocusWidth < 2 {
		t.Errorf("the focus outline is %d px wide, want at least 2", timeline.FocusWidth)
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg := th.Color(theme.ColorNameBackground, v)
		if got := contrast(over(th.Color(theme.ColorNamePrimary, v), bg), bg); got < 3 {
			t.Errorf("variant %d: the focus outline on the background: %.2f:1, want at least 3:1", v, got)
		}
	}
}

func TestThemeSetting(t *testing.T) {
	tests := []struct {
		choice     string
		want       fyne.ThemeVariant // the variant drawn when the system is light
		remembered string
	}{
		{"light", theme.VariantLight, "light"},
		{"dark", theme.VariantDark, "dark"},
		{"system", theme.VariantLight, "system"},
		{"nonsense", theme.VariantLight, "system"},
	}
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			h := newHarness(t, nil)
			app := fyne.CurrentApp()
			// Fyne's own theme, whose variants differ (the test theme's do not).
			base := newReadableTheme(theme.DefaultTheme())
			h.w.baseTheme = base
			h.w.setTheme(tt.choice)
			bg := app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
			if want := base.Color(theme.ColorNameBackground, tt.want); bg != want {
				t.Errorf("background %v, want %v", bg, want)
			}
			if got := app.Preferences().String(prefTheme); got != tt.remembered {
				t.Errorf("remembered %q, want %q", got, tt.remembered)
			}
			// A new window on the same preferences starts in the choice,
			// and the menu checks it.
			w2 := New(app, Engine{})
			if bg2 := app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); bg2 != bg {
				t.Errorf("after a restart the background is %v, want %v", bg2, bg)
			}
			checked := ""
			for _, it := range w2.themeMenu().ChildMenu.Items {
				if it.Checked {
					checked = it.Label
				}
			}
			if want := map[string]string{"light": lang.L("Light"), "dark": lang.L("Dark"), "system": lang.L("System")}[tt.remembered]; checked != want {
				t.Errorf("View › Theme checks %q, want %q", checked, want)
			}
		})
	}
}
