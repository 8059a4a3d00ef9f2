package exportui

import (
	"os"
	"path/filepath"
)

// writable reports whether an image can be written in dir: it is a
// folder, its permissions let someone write in it (a folder marked
// read-only, as a shared corpus is, is not offered even to root), and the
// system lets this user write in it (canWrite).
func writable(dir string) bool {
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() || st.Mode().Perm()&0o222 == 0 {
		return false
	}
	return canWrite(dir)
}

// firstWritable returns the first of dirs an image can be written in, ""
// when none.
func firstWritable(dirs ...string) string {
	for _, d := range dirs {
		if d != "" && writable(d) {
			return d
		}
	}
	return ""
}

// defaultFolder is where an export goes when no folder of its own is
// known or writable: the user's Pictures, Documents or home folder, else
// the working folder, else the temporary one.
func defaultFolder() string {
	var dirs []string
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, "Pictures"), filepath.Join(home, "Documents"), home)
	}
	if wd, err := os.Getwd(); err == nil {
		dirs = append(dirs, wd)
	}
	if d := firstWritable(dirs...); d != "" {
		return d
	}
	return os.TempDir()
}
