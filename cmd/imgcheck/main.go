// Command imgcheck checks the images make package-check produces:
//
//	imgcheck same A.png B.png
//	    A and B have the same size and differ in at most 0.02 % of their
//	    pixels, a pixel differing when one of its channels differs by more
//	    than 48 of 255: the tolerance of ui/export's golden images (enough for
//	    anti-aliasing, not for a changed word). Used to compare the Windows
//	    executable's export, run under Wine, with the Linux binary's.
//
//	imgcheck shot -size WxH FILE.png
//	    FILE is a screenshot of a drawn window: WxH pixels, at least 64
//	    colours and not nearly uniform (the standard deviation of its
//	    brightness is at least 0.02), so neither blank nor one colour.
//
// It prints one line per check passed, or the problem found and exits 1;
// the exit code is 2 on a bad command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	_ "image/png"
	"io"
	"math"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: imgcheck same A.png B.png
       imgcheck shot -size WxH FILE.png
`

// The golden tolerance (ui/export's golden_test.go uses the same).
const (
	channelTolerance = 48     // of 255: a pixel differs beyond this
	maxDiffShare     = 0.0002 // share of the pixels that may differ
)

// The screenshot thresholds (.ci/e2e uses the same).
const (
	minColours = 64
	minStdDev  = 0.02
)

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "same":
		if len(args) != 3 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		a, err := load(args[1])
		if err != nil {
			fmt.Fprintln(stderr, "imgcheck:", err)
			return 1
		}
		b, err := load(args[2])
		if err != nil {
			fmt.Fprintln(stderr, "imgcheck:", err)
			return 1
		}
		share, err := same(a, b)
		if err != nil {
			fmt.Fprintf(stderr, "imgcheck: %s and %s: %v\n", args[1], args[2], err)
			return 1
		}
		fmt.Fprintf(stdout, "%s and %s: %.4f %% of the pixels differ (at most %.2f %%)\n", args[1], args[2], 100*share, 100*maxDiffShare)
		return 0
	case "shot":
		fs := flag.NewFlagSet("imgcheck shot", flag.ContinueOnError)
		fs.SetOutput(stderr)
		size := fs.String("size", "", "the expected size, WxH")
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		var w, h int
		if _, err := fmt.Sscanf(*size, "%dx%d", &w, &h); err != nil || fs.NArg() != 1 || w <= 0 || h <= 0 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		img, err := load(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "imgcheck:", err)
			return 1
		}
		summary, err := shot(img, w, h)
		if err != nil {
			fmt.Fprintf(stderr, "imgcheck: %s: %v\n", fs.Arg(0), err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: %s\n", fs.Arg(0), summary)
		return 0
	}
	fmt.Fprint(stderr, usage)
	return 2
}

// load decodes the image file at path.
func load(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

// same returns the share of pixels that differ between a and b, and an error
// when the sizes differ or the share is above the golden tolerance.
func same(a, b image.Image) (float64, error) {
	ra, rb := a.Bounds(), b.Bounds()
	if ra.Size() != rb.Size() {
		return 1, fmt.Errorf("sizes differ: %dx%d and %dx%d", ra.Dx(), ra.Dy(), rb.Dx(), rb.Dy())
	}
	diff := 0
	for y := 0; y < ra.Dy(); y++ {
		for x := 0; x < ra.Dx(); x++ {
			r1, g1, b1, _ := a.At(ra.Min.X+x, ra.Min.Y+y).RGBA()
			r2, g2, b2, _ := b.At(rb.Min.X+x, rb.Min.Y+y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				diff++
			}
		}
	}
	share := float64(diff) / float64(ra.Dx()*ra.Dy())
	if share > maxDiffShare {
		return share, fmt.Errorf("%.4f %% of the pixels differ, more than %.2f %%", 100*share, 100*maxDiffShare)
	}
	return share, nil
}

// far reports whether two 16-bit channel values differ beyond the tolerance.
func far(x, y uint32) bool {
	if x < y {
		x, y = y, x
	}
	return (x-y)>>8 > channelTolerance
}

// shot checks that img is w×h pixels and shows something drawn, and
// describes it.
func shot(img image.Image, w, h int) (string, error) {
	r := img.Bounds()
	colours := map[[3]uint32]bool{}
	var sum, sum2 float64
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if len(colours) <= minColours {
				colours[[3]uint32{cr >> 8, cg >> 8, cb >> 8}] = true
			}
			v := (0.299*float64(cr) + 0.587*float64(cg) + 0.114*float64(cb)) / 0xffff
			sum += v
			sum2 += v * v
		}
	}
	var problems []error
	if r.Dx() != w || r.Dy() != h {
		problems = append(problems, fmt.Errorf("%dx%d pixels, want %dx%d", r.Dx(), r.Dy(), w, h))
	}
	n := float64(r.Dx() * r.Dy())
	dev := 0.0
	if n > 0 {
		mean := sum / n
		dev = math.Sqrt(math.Max(0, sum2/n-mean*mean))
	}
	if len(colours) < minColours {
		problems = append(problems, fmt.Errorf("only %d colours (blank or one colour)", len(colours)))
	}
	if dev < minStdDev {
		problems = append(problems, fmt.Errorf("nearly uniform (brightness deviation %.3f)", dev))
	}
	if len(problems) > 0 {
		return "", errors.Join(problems...)
	}
	return fmt.Sprintf("%dx%d, at least %d colours, brightness deviation %.3f", r.Dx(), r.Dy(), minColours, dev), nil
}
