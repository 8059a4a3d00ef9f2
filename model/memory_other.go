//go:build !linux

package model

// availableMemory returns 0: the available memory is not known here, and
// workers are not limited by it.
func availableMemory() uint64 { return 0 }
