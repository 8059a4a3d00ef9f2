package text

import (
	"bufio"
	"bytes"
	"strconv"
)

// workerMemory is the memory one load or build worker may need at the most:
// the peak measured on hostile articles under the 16 MB limit (a file of
// repeated short sentences, about 165 MB) with room to spare.
const workerMemory = 256 << 20

// MemoryWorkers returns at most n workers, fewer when the memory the
// system has available cannot hold n of them at their peak (never fewer
// than one). available is the available memory in bytes, 0 when unknown.
func MemoryWorkers(n int, available uint64) int {
	if available == 0 {
		return max(1, n)
	}
	return max(1, min(n, int(available/workerMemory)))
}

// parseMemAvailable reads MemAvailable (in bytes) from the text of
// /proc/meminfo; 0 when it is not there.
func parseMemAvailable(meminfo []byte) uint64 {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) >= 2 && string(f[0]) == "MemAvailable:" {
			kb, err := strconv.ParseUint(string(f[1]), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
