package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/syntax"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "lexicon.js")
	src := `"use strict";
exports.__esModule = true;
var lexicon = {
    "struck": "VBD|VBN",
    "\"": "\"",
    "Apple": "NNP",
    "😀": "EM",
    "struck": "NN",
    "a lot": "RB"
};
exports["default"] = lexicon;
`
	if err := os.WriteFile(js, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "en.lexicon.gz")
	var stderr strings.Builder
	if code := run([]string{"-o", out, js}, &stderr); code != 0 {
		t.Fatalf("run = %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(z)
	// Sorted, the first entry of a word kept, emoji and phrases left out.
	if want := "\"\t\"\nApple\tNNP\nstruck\tVBD|VBN\n"; string(text) != want {
		t.Errorf("wrote %q, want %q", text, want)
	}
	l, err := syntax.ReadLexicon(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := l.Classes("struck"); !ok || c != "VBD|VBN" {
		t.Errorf("struck: %q, %v", c, ok)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.js")
	os.WriteFile(empty, []byte("var lexicon = {};\n"), 0o644)
	for _, args := range [][]string{{}, {filepath.Join(dir, "missing.js")}, {"-o", filepath.Join(dir, "x.gz"), empty}} {
		var stderr strings.Builder
		if code := run(args, &stderr); code == 0 {
			t.Errorf("run(%q) = 0", args)
		} else if stderr.Len() == 0 {
			t.Errorf("run(%q): no message", args)
		}
	}
}
