//go:build unix

package exportui

import "syscall"

// canWrite asks the system whether this user may create files in dir
// (false on a read-only file system too).
func canWrite(dir string) bool {
	const wOK, xOK = 0x2, 0x1
	return syscall.Access(dir, wOK|xOK) == nil
}
