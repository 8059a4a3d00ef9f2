//go:build unix

package model

import (
	"os"
	"syscall"
)

// openFile opens path for reading without waiting: a named pipe that
// replaced a file after the folder was scanned opens at once (O_NONBLOCK)
// instead of waiting for a writer, and a terminal does not become the
// process's controlling one; openRegular then refuses it.
func openFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
