package text

import "testing"

func TestMemoryWorkers(t *testing.T) {
	tests := []struct {
		n         int
		available uint64
		want      int
	}{
		{n: 2, available: 0, want: 2},                     // unknown: no limit
		{n: 2, available: 24 << 30, want: 2},              // plenty
		{n: 8, available: 3 * workerMemory, want: 3},      // memory for three
		{n: 4, available: workerMemory / 2, want: 1},      // never fewer than one
		{n: 0, available: 10 * workerMemory, want: 1},     // at least one
		{n: 16, available: 16*workerMemory + 1, want: 16}, // just enough
	}
	for _, tt := range tests {
		if got := MemoryWorkers(tt.n, tt.available); got != tt.want {
			t.Errorf("MemoryWorkers(%d, %d) = %d, want %d", tt.n, tt.available, got, tt.want)
		}
	}
}

func TestParseMemAvailable(t *testing.T) {
	tests := []struct {
		name, meminfo string
		want          uint64
	}{
		{"linux", "MemTotal:       24576000 kB\nMemFree:         1000 kB\nMemAvailable:   20000000 kB\n", 20000000 << 10},
		{"missing", "MemTotal:       24576000 kB\n", 0},
		{"garbage", "MemAvailable: lots kB\n", 0},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		if got := parseMemAvailable([]byte(tt.meminfo)); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}
