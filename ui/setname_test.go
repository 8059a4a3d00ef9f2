package ui

import (
	"context"
	"testing"

	"github.com/claimline/claimline/model"
)

// The window's title and the export's default title name a set opened from
// several files by the folder that holds them and its count of articles,
// in the UI language, not by its first file ("44355.html and 5 more").
func TestSetNameInTitles(t *testing.T) {
	tests := []struct {
		name   string
		locale string
		parts  model.SetName
		want   string
	}{
		{"a folder", "C", model.SetName{Base: "wikinews-fr"}, "wikinews-fr"},
		{"files of one folder", "C", model.SetName{Base: "wikinews-fr", Articles: 6}, "wikinews-fr (6 articles)"},
		{"one article", "C", model.SetName{Base: "wikinews-fr", Articles: 1}, "wikinews-fr (1 article)"},
		{"no folder but the root", "C", model.SetName{Base: "44355.html", More: 5}, "44355.html and 5 more"},
		{"no folder but the root, one more", "C", model.SetName{Base: "44355.html", More: 1}, "44355.html and 1 more"},
		{"files of one folder, in French", "fr_FR.UTF-8", model.SetName{Base: "wikinews-fr", Articles: 6}, "wikinews-fr (6 articles)"},
		{"no folder but the root, in French", "fr_FR.UTF-8", model.SetName{Base: "44355.html", More: 5}, "44355.html et 5 autres"},
		{"one more, in French", "fr_FR.UTF-8", model.SetName{Base: "44355.html", More: 1}, "44355.html et 1 autre"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inLanguage(t, tt.locale)
			h := newHarness(t, &Engine{
				Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
				Load: func(context.Context, []string, func(int, int)) (*model.Timeline, error) {
					tl := sampleTimeline()
					tl.Name, tl.NameParts = tt.parts.String(), tt.parts
					return tl, nil
				},
			})
			done := false
			h.w.loader.done = func() { done = true }
			h.w.Open([]string{"set"})
			h.pump(t, "the set", func() bool { return done })
			if got := h.w.win.Title(); got != "Claimline — "+tt.want {
				t.Errorf("window title %q, want %q", got, "Claimline — "+tt.want)
			}
			if got := h.w.exportRequest().Title; got != tt.want {
				t.Errorf("export title %q, want %q", got, tt.want)
			}
		})
	}
}
