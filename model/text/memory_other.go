//go:build !linux

package text

// AvailableMemory returns 0: the available memory is not known here, and
// workers are not limited by it.
func AvailableMemory() uint64 { return 0 }
