package text

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A set is named by what a person chose: its folder or file, or, for
// several paths, the folder that holds them all with its count of
// articles, never "44355.html and 5 more" when that folder is there.
func TestSetNameOfPaths(t *testing.T) {
	root := filepath.Join(t.TempDir(), "news")
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fr1 := write("wikinews-fr/44355.html", "<p>Telegram a gagné 70 millions d'utilisateurs le 4 octobre 2021.</p>")
	fr2 := write("wikinews-fr/44356.txt", "Signal a gagné 40 millions d'utilisateurs en janvier 2021.")
	fr3 := write("wikinews-fr/44357.txt", "WhatsApp a perdu 10 millions d'utilisateurs en février 2021.")
	en := write("wikinews-en/9001.txt", "Signal gained 40 million users in January 2021, the company said.")
	empty := write("wikinews-en/empty.txt", "")
	frDir := filepath.Dir(fr1)
	tests := []struct {
		name  string
		paths []string
		want  SetName
		words string
	}{
		{"one folder", []string{frDir}, SetName{Base: "wikinews-fr"}, "wikinews-fr"},
		{"one file", []string{fr1}, SetName{Base: "44355.html"}, "44355.html"},
		{"files of one folder", []string{fr1, fr2, fr3}, SetName{Base: "wikinews-fr", Articles: 3}, "wikinews-fr (3 articles)"},
		{"the same files in another order", []string{fr3, fr1, fr2}, SetName{Base: "wikinews-fr", Articles: 3}, "wikinews-fr (3 articles)"},
		{"files of two folders", []string{fr1, en}, SetName{Base: "news", Articles: 2}, "news (2 articles)"},
		{"a folder and a file beside it", []string{frDir, en}, SetName{Base: "news", Articles: 4}, "news (4 articles)"},
		{"a file that does not load is not counted", []string{fr1, fr2, empty}, SetName{Base: "news", Articles: 2}, "news (2 articles)"},
		{"one article", []string{fr1, filepath.Join(root, "wikinews-fr", "missing.txt")}, SetName{Base: "wikinews-fr", Articles: 1}, "wikinews-fr (1 article)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := LoadPaths(context.Background(), tt.paths, LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if set.NameParts != tt.want || set.Name != tt.words {
				t.Errorf("name %q %+v, want %q %+v", set.Name, set.NameParts, tt.words, tt.want)
			}
		})
	}
}

// Paths that only the file system's root holds name no folder: the set is
// named by its first path and the count of the others.
func TestSetNameWithoutCommonFolder(t *testing.T) {
	root := string(filepath.Separator)
	if v := filepath.VolumeName(os.TempDir()); v != "" {
		root = v + root
	}
	a := filepath.Join(root, "tmp", "a.html")
	b := filepath.Join(root, "home", "b.txt")
	c := filepath.Join(root, "home", "c.txt")
	dirs := func(paths ...string) []string {
		var ds []string
		for _, p := range paths {
			ds = append(ds, folderOfPath(p, false))
		}
		return ds
	}
	tests := []struct {
		name  string
		paths []string
		want  SetName
		words string
	}{
		{"two folders under the root", []string{a, b}, SetName{Base: "a.html", More: 1}, "a.html and 1 more"},
		{"three", []string{b, a, c}, SetName{Base: "b.txt", More: 2}, "b.txt and 2 more"},
		{"one folder under the root", []string{b, c}, SetName{Base: "home", Articles: 2}, "home (2 articles)"},
		{"none", nil, SetName{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := setName(tt.paths, dirs(tt.paths...), len(tt.paths))
			if got != tt.want || got.String() != tt.words {
				t.Errorf("setName = %q %+v, want %q %+v", got, got, tt.words, tt.want)
			}
		})
	}
}
