package export

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

var update = flag.Bool("update", false, "rewrite the golden images under testdata/")

// defaultTimeline loads the embedded article set.
func defaultTimeline(t testing.TB) *model.Timeline {
	t.Helper()
	tl, err := model.Default(context.Background())
	if err != nil {
		t.Fatalf("model.Default: %v", err)
	}
	return tl
}

// imageDiff compares two images pixel by pixel: a pixel differs when one of
// its channels differs by more than 48 (of 255). It returns the share of
// differing pixels, 1 when the sizes differ.
func imageDiff(a, b image.Image) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	r := a.Bounds()
	diff := 0
	abs := func(x, y uint32) uint32 {
		if x > y {
			return x - y
		}
		return y - x
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if abs(r1, r2)>>8 > 48 || abs(g1, g2)>>8 > 48 || abs(b1, b2)>>8 > 48 {
				diff++
			}
		}
	}
	return float64(diff) / float64(r.Dx()*r.Dy())
}

// maxDiff is the share of pixels a PNG may differ from its golden image by:
// enough for anti-aliasing differences, not for a changed word.
const maxDiff = 0.0002

func TestGoldenImages(t *testing.T) {
	tl := defaultTimeline(t)
	tests := []struct {
		file string
		opts Options
	}{
		{"default-1920x1080-light.png", Options{Width: 1920, Height: 1080}},
		{"default-1123x794-dark.png", Options{Width: 1123, Height: 794, Theme: Dark}},
		{"default-1920x1080-light-fr.png", Options{Width: 1920, Height: 1080, Lang: "fr"}},
		{"default-1123x794-light-fr.png", Options{Width: 1123, Height: 794, Lang: "fr"}},
		{"search-1920x1080-dark-fr.png", Options{Width: 1920, Height: 1080, Lang: "fr", Theme: Dark, Events: []int{3, 4, 5, 8}, Query: "utilisateurs"}},
	}
	french := localized(t, "fr")
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src := tl
			if tt.opts.Lang == "fr" {
				src = french
			}
			var buf bytes.Buffer
			if err := Render(&buf, src, PNG, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.file)
			// The image is also written where a person can look at it.
			os.WriteFile(filepath.Join(os.TempDir(), "claimline-"+tt.file), buf.Bytes(), 0o644)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			got, err := png.Decode(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			defer f.Close()
			want, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if d := imageDiff(got, want); d > maxDiff {
				out := filepath.Join(os.TempDir(), "claimline-"+tt.file)
				os.WriteFile(out, buf.Bytes(), 0o644)
				t.Errorf("%.3f%% of the pixels differ from %s (more than %.3f%%); the new image is %s: "+
					"look at both, then run go test ./ui/export -update if the change is wanted",
					100*d, golden, 100*maxDiff, out)
			}
		})
	}
}

func TestImageDiff(t *testing.T) {
	a := image.NewRGBA(image.Rect(0, 0, 10, 10))
	b := image.NewRGBA(image.Rect(0, 0, 10, 10))
	c := image.NewRGBA(image.Rect(0, 0, 10, 11))
	b.Pix[0] = 255 // one pixel of a hundred
	tests := []struct {
		a, b image.Image
		want float64
	}{
		{a, a, 0},
		{a, b, 0.01},
		{a, c, 1},
	}
	for i, tt := range tests {
		if got := imageDiff(tt.a, tt.b); fmt.Sprintf("%.4f", got) != fmt.Sprintf("%.4f", tt.want) {
			t.Errorf("case %d: imageDiff = %v, want %v", i, got, tt.want)
		}
	}
}

func TestLayoutAgainForEachSize(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name string
		tl   *model.Timeline
	}{
		{"default set", defaultTimeline(t)},
		{"2,000 synthetic events", synthTimeline(2000)},
	}
	sizes := [][2]int{{MinWidth, MinHeight}, {800, 600}, {1123, 794}, {1920, 1080}, {3840, 2160}, {1080, 1920}}
	for _, set := range sets {
		for _, size := range sizes {
			o, err := Options{Width: size[0], Height: size[1]}.normalized(set.tl)
			if err != nil {
				t.Fatal(err)
			}
			d := newDrawing(set.tl, o, fonts)
			w, h := float32(size[0]), float32(d.pg.plotH)
			if d.lay.Width != w || d.lay.Height != h {
				t.Errorf("%s %v: laid out %v × %v, want %v × %v", set.name, size, d.lay.Width, d.lay.Height, w, h)
			}
			if len(d.lay.Labels) == 0 {
				t.Errorf("%s %v: no label at all", set.name, size)
			}
			// No two labels overlap, and each stays inside the timeline's
			// part of the image, above the footnotes.
			for i, a := range d.lay.Labels {
				if a.X < 0 || a.X+a.W > w || a.Y < 0 || a.Y+a.H > h {
					t.Errorf("%s %v: label %q out of its place", set.name, size, a.Text)
				}
				for _, b := range d.lay.Labels[i+1:] {
					if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
						t.Errorf("%s %v: labels %q and %q overlap", set.name, size, a.Text, b.Text)
					}
				}
			}
			if d.pg.plotY+float64(d.lay.TickLabelY) > d.pg.notesY {
				t.Errorf("%s %v: the axis runs into the footnotes", set.name, size)
			}
			// Text is never smaller than 13 px at 1920 px and up.
			if size[0] >= 1920 && d.pg.ts < 13 {
				t.Errorf("%s %v: text size %.1f px", set.name, size, d.pg.ts)
			}
		}
	}
}

// TestTickLabelsInsideMargins checks that a tick's label drawn in bold (a
// year's) is centred on its tick and kept inside the page's margins as
// far as its tick allows, at the left edge as at the right.
func TestTickLabelsInsideMargins(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	tl := defaultTimeline(t)
	o, err := Options{Width: 1920, Height: 1080}.normalized(tl)
	if err != nil {
		t.Fatal(err)
	}
	d := newDrawing(tl, o, fonts)
	m, width := d.pg.margin, float64(d.lay.Width)
	for _, tc := range []struct {
		name string
		x    float32
	}{{"left edge", float32(m) + 4}, {"right edge", float32(width-m) - 4}, {"middle", float32(width / 2)}} {
		tk := layout.Tick{X: tc.x, Label: "Jan 2025", Major: true}
		w := fonts.width(tk.Label, Bold, 16, true)
		x := d.tickLabelX(tk, Bold, w)
		if x < m-0.01 || x+w > width-m+0.01 {
			t.Errorf("%s: label at %.1f..%.1f, outside the margins %.1f..%.1f", tc.name, x, x+w, m, width-m)
		}
		if tc.name == "middle" && (x > float64(tc.x) || x+w < float64(tc.x)) {
			t.Errorf("middle: label at %.1f..%.1f, off its tick at %.1f", x, x+w, tc.x)
		}
	}
}
