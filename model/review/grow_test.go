package review

import (
	"os"
	"path/filepath"
	"testing"
)

// A set that grows with files from another folder takes its review along
// to the folder that holds them all, unless that folder has a review of its
// own; the old file stays as it was.
func TestGrow(t *testing.T) {
	tests := []struct {
		name       string
		fr, root   string // the review files before, in fr/ and in the folder above ("": none)
		noFrom     bool   // the set had no review file
		sameFolder bool   // the file added is beside the others
		want       string // "fr" or "root": where Grow says the review is
		wantRoot   string // the root's file after ("": none)
		wantKept   bool   // the grown set's own review is kept, the one before left aside
	}{
		{"carried to the folder that holds them all", `{"a":1}`, "", false, false, "root", `{"a":1}`, false},
		{"the grown set's own review kept", `{"a":1}`, `{"b":2}`, false, false, "root", `{"b":2}`, true},
		{"no action yet: nothing to carry", "", "", false, false, "root", "", false},
		{"no action yet, the grown set's own review", "", `{"b":2}`, false, false, "root", `{"b":2}`, false},
		{"no session: as PathFor", `{"a":1}`, "", true, false, "fr", "", false},
		{"a file beside the others", `{"a":1}`, "", false, true, "fr", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			a, b, c := filepath.Join(root, "fr", "a.txt"), filepath.Join(root, "fr", "b.txt"), filepath.Join(root, "en", "c.txt")
			write := func(path, data string) {
				t.Helper()
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for _, p := range []string{a, b, c} {
				write(p, "x")
			}
			frFile, rootFile := filepath.Join(root, "fr", FileName), filepath.Join(root, FileName)
			if tt.fr != "" {
				write(frFile, tt.fr)
			}
			if tt.root != "" {
				write(rootFile, tt.root)
			}
			from := PathFor([]string{a})
			if tt.noFrom {
				from = ""
			}
			paths := []string{a, c}
			if tt.sameFolder {
				paths = []string{a, b}
			}
			got, kept, err := Grow(from, paths)
			if err != nil {
				t.Fatal(err)
			}
			if kept != tt.wantKept {
				t.Errorf("Grow kept = %v, want %v", kept, tt.wantKept)
			}
			want := map[string]string{"fr": frFile, "root": rootFile}[tt.want]
			if got != want {
				t.Errorf("Grow = %s, want %s", got, want)
			}
			if again := PathFor(paths); again != got {
				t.Errorf("opened again, the set's review is in %s, not %s", again, got)
			}
			if again := PathFor([]string{paths[1], paths[0]}); again != got && tt.wantRoot != "" {
				t.Errorf("opened again in another order, the set's review is in %s, not %s", again, got)
			}
			data, err := os.ReadFile(rootFile)
			if tt.wantRoot == "" && err == nil || tt.wantRoot != "" && string(data) != tt.wantRoot {
				t.Errorf("the root's file holds %q (%v), want %q", data, err, tt.wantRoot)
			}
			if data, _ := os.ReadFile(frFile); string(data) != tt.fr {
				t.Errorf("the old review holds %q, want %q as before", data, tt.fr)
			}
		})
	}
}
