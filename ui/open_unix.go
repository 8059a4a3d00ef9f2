//go:build unix

package ui

import (
	"os"
	"syscall"
)

// openNonBlocking opens path for reading without waiting for a writer when
// it is a named pipe.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
