package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "female.txt")
	b := filepath.Join(dir, "male.txt")
	if err := os.WriteFile(a, []byte("Monique\nJo\nAnne Marie\nZoé\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("Lionel\nMonique\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(dir, "male-human-names-en.json")
	if err := os.WriteFile(c, []byte(`["Donald", "Lionel", "Jean Paul", "Al", "Apple", "Paris"]`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "names.txt")
	var stderr strings.Builder
	if code := run([]string{"-o", out, a, b, c}, &stderr); code != 0 {
		t.Fatalf("run = %d: %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	if want := "donald lionel monique zoe"; strings.Join(lines, " ") != want {
		t.Errorf("names %q, want %q", lines, want)
	}
}

func TestRunErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"names": 3}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {filepath.Join(t.TempDir(), "missing.txt")}, {bad}} {
		var stderr strings.Builder
		if code := run(args, &stderr); code == 0 || stderr.Len() == 0 {
			t.Errorf("run(%q) = %d, %q; want an error", args, code, stderr.String())
		}
	}
}
