// Command mkicon draws Claimline's application icon, a timeline with three
// dated events and the claim card of the middle one, and writes it as a PNG.
//
// The icon in assets/icon.png is its output; regenerate it after changing the
// drawing with
//
//	go run ./cmd/mkicon -o assets/icon.png
//
// The shapes are signed distance functions evaluated per pixel, so the edges
// are anti-aliased at any size without an image library beyond the standard
// one; -size draws it at another size (the drawing is made for 512 pixels and
// stays readable down to 32).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run parses the command line, draws the icon and writes it atomically.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("mkicon", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "assets/icon.png", "output PNG file")
	size := fs.Int("size", 512, "width and height in pixels")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *size < 16 || *size > 4096 {
		fmt.Fprintf(stderr, "mkicon: size %d out of range (16 to 4096)\n", *size)
		return 2
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, Draw(*size)); err != nil {
		fmt.Fprintf(stderr, "mkicon: %v\n", err)
		return 1
	}
	if err := writeAtomic(*out, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "mkicon: %v\n", err)
		return 1
	}
	return 0
}

// writeAtomic writes data to a temporary file next to path, then renames it
// over path, so a reader never sees half an icon.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".mkicon-*.png")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
