package ui

import (
	"path/filepath"
	"slices"
	"testing"
)

// A file added to a set is new unless the set holds it, by its path or
// inside one of its folders (read with their subfolders).
func TestJoinPaths(t *testing.T) {
	root := t.TempDir()
	fr, en := filepath.Join(root, "fr"), filepath.Join(root, "en")
	for _, tc := range []struct {
		name      string
		set, more []string
		added     int
	}{
		{"a file of another folder", []string{fr}, []string{filepath.Join(en, "a.html")}, 1},
		{"a file in the set's folder", []string{fr}, []string{filepath.Join(fr, "a.html")}, 0},
		{"a file in a subfolder of the set's folder", []string{fr}, []string{filepath.Join(fr, "2012", "a.html")}, 0},
		{"the same file", []string{filepath.Join(fr, "a.html")}, []string{filepath.Join(fr, ".", "a.html")}, 0},
		{"a file beside a file of the set", []string{filepath.Join(fr, "a.html")}, []string{filepath.Join(fr, "b.html")}, 1},
		{"a folder whose name starts like the set's", []string{fr}, []string{filepath.Join(root, "fr2", "a.html")}, 1},
	} {
		all, added := joinPaths(tc.set, tc.more)
		if added != tc.added || len(all) != len(tc.set)+tc.added || !slices.Equal(all[:len(tc.set)], tc.set) {
			t.Errorf("%s: joinPaths(%q, %q) = %q, %d; want %d added", tc.name, tc.set, tc.more, all, added, tc.added)
		}
	}
}
