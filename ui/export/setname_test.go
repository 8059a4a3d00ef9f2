package export

import (
	"testing"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
)

// An image's default title names the set in the image's language: a set
// of several files by the folder that holds them and its count of
// articles, as the window's title does.
func TestDefaultTitleNamesTheSet(t *testing.T) {
	tests := []struct {
		name  string
		lang  string
		set   string
		parts model.SetName
		want  string
	}{
		{"a folder", "en", "wikinews-fr", model.SetName{Base: "wikinews-fr"}, "wikinews-fr"},
		{"files of one folder", "en", "wikinews-fr (6 articles)", model.SetName{Base: "wikinews-fr", Articles: 6}, "wikinews-fr (6 articles)"},
		{"files of one folder, in French", "fr", "wikinews-fr (1 article)", model.SetName{Base: "wikinews-fr", Articles: 1}, "wikinews-fr (1 article)"},
		{"no folder but the root", "en", "a.html and 2 more", model.SetName{Base: "a.html", More: 2}, "a.html and 2 more"},
		{"no folder but the root, in French", "fr", "a.html and 2 more", model.SetName{Base: "a.html", More: 2}, "a.html et 2 autres"},
		{"named by hand", "fr", "Sample set", model.SetName{}, "Sample set"},
		{"the embedded set, in French", "fr", assets.ArticlesName, model.SetName{Base: assets.ArticlesName}, "Telegram, octobre 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := sampleTimeline()
			tl.Name, tl.NameParts = tt.set, tt.parts
			o, err := Options{Lang: tt.lang}.normalized(tl)
			if err != nil {
				t.Fatal(err)
			}
			if o.Title != tt.want {
				t.Errorf("title %q, want %q", o.Title, tt.want)
			}
		})
	}
}
