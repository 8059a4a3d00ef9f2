package text

import (
	"fmt"
	"path/filepath"
	"strings"
)

// SetName is the name of an article set in parts, so that a program can
// word it in its own language; String words it in English.
type SetName struct {
	// Base is the name of the set's one file or folder; for several paths,
	// the name of the nearest folder that holds them all or, when only the
	// file system's root does, the first path's name.
	Base string
	// Articles is the number of articles of a set opened from several
	// paths, when Base names the folder that holds them all (0 otherwise).
	Articles int
	// More is the number of paths after the first, when no folder but the
	// root holds them all (0 otherwise).
	More int
}

// String words the name in English: "wikinews-fr", "wikinews-fr (6
// articles)", "a.html and 2 more".
func (n SetName) String() string {
	switch {
	case n.Articles == 1:
		return n.Base + " (1 article)"
	case n.Articles > 1:
		return fmt.Sprintf("%s (%d articles)", n.Base, n.Articles)
	case n.More > 0:
		return fmt.Sprintf("%s and %d more", n.Base, n.More)
	}
	return n.Base
}

// setName names the set of n articles opened from paths, dirs being the
// folder of each (see folderOfPath). A set of several paths is named by the
// nearest folder that holds them all, with its count of articles, unless
// that folder is the file system's root, which names nothing a person
// chose: the first path then names it, with the count of the others.
func setName(paths, dirs []string, n int) SetName {
	switch len(paths) {
	case 0:
		return SetName{}
	case 1:
		return SetName{Base: filepath.Base(filepath.Clean(paths[0]))}
	}
	common := dirs[0]
	for _, d := range dirs[1:] {
		common = commonFolder(common, d)
	}
	if common == "" || common == filepath.Dir(common) {
		return SetName{Base: filepath.Base(filepath.Clean(paths[0])), More: len(paths) - 1}
	}
	return SetName{Base: filepath.Base(common), Articles: n}
}

// folderOfPath returns the absolute, clean folder of path p: p itself when
// it is a folder, else the folder it is in.
func folderOfPath(p string, isDir bool) string {
	p = filepath.Clean(p)
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if isDir {
		return p
	}
	return filepath.Dir(p)
}

// commonFolder returns the nearest folder that holds both folders a and b
// (absolute and clean), "" when they share none (two Windows drives).
func commonFolder(a, b string) string {
	for {
		if b == a || strings.HasPrefix(b, strings.TrimSuffix(a, string(filepath.Separator))+string(filepath.Separator)) {
			return a
		}
		up := filepath.Dir(a)
		if up == a {
			return ""
		}
		a = up
	}
}
