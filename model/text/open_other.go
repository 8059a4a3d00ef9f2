//go:build !unix

package text

import (
	"os"
	"path/filepath"
)

// openFile opens path for reading.
func openFile(path string) (*os.File, error) { return os.Open(path) }

// folderID names the folder at dir whatever the links that lead to it.
func folderID(dir string) (string, error) { return filepath.EvalSymlinks(dir) }
