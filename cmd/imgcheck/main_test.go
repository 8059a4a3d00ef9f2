package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// picture is a w×h image with a gradient, so it has many colours.
func picture(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 128, 255})
		}
	}
	return img
}

func TestSame(t *testing.T) {
	a := picture(100, 100)
	b := picture(100, 100)
	if share, err := same(a, b); err != nil || share != 0 {
		t.Errorf("same image: %v, %v", share, err)
	}
	b.Set(3, 3, color.RGBA{a.RGBAAt(3, 3).R + 40, 0, 128, 255}) // R moves by 40, within the tolerance
	if share, err := same(a, b); err != nil || share != 0 {
		t.Errorf("small change: %v, %v", share, err)
	}
	b.Set(5, 5, color.RGBA{255, 255, 255, 255}) // three pixels of 10,000: 0.03 %, above 0.02 %
	b.Set(6, 5, color.RGBA{255, 255, 255, 255})
	b.Set(7, 5, color.RGBA{255, 255, 255, 255})
	if share, err := same(a, b); err == nil {
		t.Errorf("three pixels changed: share %v, no error", share)
	}
	if _, err := same(a, picture(100, 101)); err == nil || !strings.Contains(err.Error(), "sizes differ") {
		t.Errorf("sizes differ: %v", err)
	}
}

func TestShot(t *testing.T) {
	if _, err := shot(picture(120, 80), 120, 80); err != nil {
		t.Errorf("a drawn picture: %v", err)
	}
	if _, err := shot(picture(120, 80), 121, 80); err == nil {
		t.Error("wrong size accepted")
	}
	blank := image.NewRGBA(image.Rect(0, 0, 120, 80))
	_, err := shot(blank, 120, 80)
	if err == nil || !strings.Contains(err.Error(), "colours") || !strings.Contains(err.Error(), "uniform") {
		t.Errorf("a black picture: %v", err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, img image.Image) string {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.png", picture(64, 64))
	b := write("b.png", picture(64, 64))
	c := write("c.png", image.NewRGBA(image.Rect(0, 0, 64, 64)))
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"same", a, b}, 0},
		{[]string{"same", a, c}, 1},
		{[]string{"same", a}, 2},
		{[]string{"shot", "-size", "64x64", a}, 0},
		{[]string{"shot", "-size", "64x64", c}, 1},
		{[]string{"shot", "-size", "64", a}, 2},
		{[]string{"shot", "-size", "64x64", filepath.Join(dir, "none.png")}, 1},
		{[]string{"other"}, 2},
		{nil, 2},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := run(tt.args, &out, &errb); code != tt.code {
			t.Errorf("imgcheck %v: exit %d, want %d (%s%s)", tt.args, code, tt.code, out.String(), errb.String())
		}
	}
}
