package exportui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestRadioChoices uses a radio group as a person would: a tap or Space
// selects a choice, a disabled group changes on neither and Tab passes it
// by, and Esc on a choice calls the group's esc.
func TestRadioChoices(t *testing.T) {
	tests := []struct {
		name     string
		disabled bool
		act      func(r *radio)
		want     string
	}{
		{"tap the second", false, func(r *radio) { test.Tap(r.choices[1]) }, "Dark"},
		{"tap the selected", false, func(r *radio) { test.Tap(r.choices[0]) }, "Light"},
		{"space on the second", false, func(r *radio) { test.Type(r.choices[1], " ") }, "Dark"},
		{"another letter", false, func(r *radio) { test.Type(r.choices[1], "x") }, "Light"},
		{"set an option", false, func(r *radio) { r.SetSelected("Dark") }, "Dark"},
		{"set no option", false, func(r *radio) { r.SetSelected("Blue") }, "Light"},
		{"tap while disabled", true, func(r *radio) { test.Tap(r.choices[1]) }, "Light"},
		{"space while disabled", true, func(r *radio) { test.Type(r.choices[1], " ") }, "Light"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			escs := 0
			r := newRadio([]string{"Light", "Dark"}, true, func() { escs++ })
			entry := widget.NewEntry()
			w := test.NewTempWindow(t, widget.NewForm(widget.NewFormItem("Theme", r), widget.NewFormItem("Name", entry)))
			if tt.disabled {
				r.Disable()
			}
			tt.act(r)
			if r.Selected != tt.want {
				t.Errorf("Selected = %q, want %q", r.Selected, tt.want)
			}
			w.Canvas().Unfocus() // a tap focuses the choice it selects
			test.FocusNext(w.Canvas())
			got := w.Canvas().Focused()
			if tt.disabled && got != entry {
				t.Errorf("Tab reached %T, want the entry after the disabled group", got)
			}
			if !tt.disabled {
				if got != r.choices[0] {
					t.Fatalf("Tab reached %T, want the first choice", got)
				}
				got.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
				if escs != 1 {
					t.Errorf("Esc on a choice called esc %d times, want 1", escs)
				}
			}
		})
	}
}
