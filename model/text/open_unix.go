//go:build unix

package text

import (
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// openFile opens path for reading without waiting: a named pipe that
// replaced a file after the folder was scanned opens at once (O_NONBLOCK)
// instead of waiting for a writer, and a terminal does not become the
// process's controlling one; openRegular then refuses it.
func openFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}

// folderID names the folder at dir, whatever the links that lead to it, by
// its device and inode: one stat, where filepath.EvalSymlinks walks every
// level of the path (a walk 2,000 folders deep took two minutes).
func folderID(dir string) (string, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return "", err
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return strconv.FormatUint(uint64(st.Dev), 16) + ":" + strconv.FormatUint(uint64(st.Ino), 16), nil
	}
	return filepath.EvalSymlinks(dir)
}
