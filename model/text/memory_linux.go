package text

import "os"

// AvailableMemory returns the memory the system has available, in bytes; 0
// when it cannot be read.
func AvailableMemory() uint64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	return parseMemAvailable(data)
}
