package main

import (
	"bytes"
	"flag"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite assets/icon.png from the drawing")

// iconPath is the committed icon, relative to this package.
const iconPath = "../../assets/icon.png"

// TestIconUpToDate checks that the committed icon is this program's output,
// so the drawing and the icon cannot drift apart.
func TestIconUpToDate(t *testing.T) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, Draw(512)); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := writeAtomic(iconPath, buf.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(iconPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("%s is not the output of mkicon: run go test ./cmd/mkicon -update", iconPath)
	}
}

func TestDistances(t *testing.T) {
	tests := []struct {
		name string
		dist func(x, y float64) float64
		x, y float64
		want float64
	}{
		{"circle centre", circle(10, 10, 5), 10, 10, -5},
		{"circle edge", circle(10, 10, 5), 15, 10, 0},
		{"circle outside", circle(10, 10, 5), 10, 22, 7},
		{"capsule middle", capsule(0, 0, 10, 0, 2), 5, 0, -2},
		{"capsule beyond end", capsule(0, 0, 10, 0, 2), 13, 0, 1},
		{"capsule above", capsule(0, 0, 10, 0, 2), 5, 5, 3},
		{"rect centre", roundedRect(0, 0, 10, 5, 2), 0, 0, -5},
		{"rect side", roundedRect(0, 0, 10, 5, 2), 12, 0, 2},
		{"rect corner", roundedRect(0, 0, 10, 5, 2), 10, 5, math.Sqrt2*2 - 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.dist(tt.x, tt.y); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("distance = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDrawCorners checks the tile: transparent outside its rounded corners,
// opaque inside, at every size the command accepts and at icon sizes.
func TestDrawCorners(t *testing.T) {
	for _, size := range []int{16, 32, 48, 256, 512} {
		img := Draw(size)
		if got := img.NRGBAAt(0, 0).A; got != 0 {
			t.Errorf("size %d: corner alpha = %d, want 0", size, got)
		}
		if got := img.NRGBAAt(size/2, size/2).A; got != 255 {
			t.Errorf("size %d: centre alpha = %d, want 255", size, got)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("size %d: bounds %v", size, b)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantFile string
	}{
		{"writes a 64 px icon", []string{"-o", filepath.Join(dir, "a.png"), "-size", "64"}, 0, filepath.Join(dir, "a.png")},
		{"size too small", []string{"-o", filepath.Join(dir, "b.png"), "-size", "8"}, 2, ""},
		{"missing folder", []string{"-o", filepath.Join(dir, "no", "c.png"), "-size", "32"}, 1, ""},
		{"bad flag", []string{"-colour", "red"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := run(tt.args, io.Discard); got != tt.wantCode {
				t.Fatalf("exit code = %d, want %d", got, tt.wantCode)
			}
			if tt.wantFile == "" {
				return
			}
			f, err := os.Open(tt.wantFile)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cfg, err := png.DecodeConfig(f)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Width != 64 || cfg.Height != 64 {
				t.Errorf("icon is %dx%d, want 64x64", cfg.Width, cfg.Height)
			}
		})
	}
}
