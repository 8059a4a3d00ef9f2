package review

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// PathFor returns the review file of the article set opened from paths:
// FileName in the folder, for a folder; in the folder of the files, for a
// list of files from one folder (a file list and its folder share their
// review: actions name articles by their text, not their file); in the
// nearest folder that holds all of them, for files and folders from
// several. The order of paths does not matter: the same articles opened in
// another order find their review. It returns "" for no paths.
func PathFor(paths []string) string {
	path := nearestPath(paths)
	if path == "" {
		return ""
	}
	if first := filepath.Join(filepath.Dir(filepath.Clean(paths[0])), FileName); first != path && !exists(path) && exists(first) {
		// A review saved by an earlier version, beside the first file of
		// a list from several folders: found again, and kept there.
		if info, err := os.Stat(filepath.Clean(paths[0])); err == nil && !info.IsDir() {
			return first
		}
	}
	return path
}

// nearestPath returns FileName in the nearest folder that holds every
// path (see PathFor), "" for no paths.
func nearestPath(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	dirs := make([]string, 0, len(paths))
	for _, p := range paths {
		p = filepath.Clean(p)
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			dirs = append(dirs, p)
		} else {
			dirs = append(dirs, filepath.Dir(p))
		}
	}
	slices.Sort(dirs)
	common := dirs[0]
	for _, d := range dirs[1:] {
		common = commonDir(common, d)
	}
	if common == "" || common == filepath.Dir(common) {
		common = dirs[0] // (no folder but the root holds them all: the first in order of name)
	}
	return filepath.Join(common, FileName)
}

// exists reports whether a file is at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// commonDir returns the nearest folder that holds both folders a and b
// (absolute and clean), "" when they share none.
func commonDir(a, b string) string {
	for {
		if b == a || strings.HasPrefix(b, a+string(filepath.Separator)) || strings.HasSuffix(a, string(filepath.Separator)) && strings.HasPrefix(b, a) {
			return a
		}
		up := filepath.Dir(a)
		if up == a {
			return ""
		}
		a = up
	}
}

// DefaultSetPath returns the review file of the embedded article set, in
// dataDir (the app's storage folder, where its settings are).
func DefaultSetPath(dataDir string) string {
	return filepath.Join(dataDir, "default-set-review.json")
}

// Grow returns the review file of the set opened from paths, a set that
// grew from one whose review file is at from ("": none), files having been
// added to it. When they come from another folder, the set's review file is
// in the folder that holds them all (see PathFor): the file at from is
// copied there when that folder has none, so that the review done so far
// goes along (its actions name articles by their text: they apply to the
// grown set as they did to the set it was), and the file at from stays the
// review of that set. When that folder has a review file, it is the grown
// set's, kept, and kept is true when a file at from holds a review that
// the grown set's does not show (the person is to be told where each is).
// Without a file at from, Grow returns PathFor(paths).
func Grow(from string, paths []string) (path string, kept bool, err error) {
	to := nearestPath(paths)
	if from == "" || to == "" || from == to {
		return PathFor(paths), false, nil
	}
	if exists(to) {
		return PathFor(paths), exists(from), nil
	}
	b, err := os.ReadFile(from)
	if errors.Is(err, fs.ErrNotExist) {
		return PathFor(paths), false, nil
	}
	if err != nil {
		return "", false, err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return "", false, saveError(to, err)
	}
	if err := writeAtomic(to, b); err != nil {
		return "", false, err
	}
	return to, false, nil
}
