package review

import (
	"os"
	"path/filepath"
)

// PathFor returns the review file of the article set opened from paths:
// FileName in the folder, for a folder; beside the first file, for a list
// of files (a file list and its folder share their review: actions name
// articles by their text, not their file). It returns "" for no paths.
func PathFor(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	p := filepath.Clean(paths[0])
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		return filepath.Join(p, FileName)
	}
	return filepath.Join(filepath.Dir(p), FileName)
}

// DefaultSetPath returns the review file of the embedded article set, in
// dataDir (the app's storage folder, where its settings are).
func DefaultSetPath(dataDir string) string {
	return filepath.Join(dataDir, "default-set-review.json")
}
