//go:build unix

package export

import (
	"io/fs"
	"syscall"
)

// links is the number of names the file of info has (1 when unknown).
func links(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
