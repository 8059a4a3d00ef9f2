package main

import (
	"image"
	"image/color"
	"math"
)

// The drawing is laid out on a 512-unit square; Draw scales it to any size.
const design = 512.0

// rgba is a colour with straight (not premultiplied) alpha, components in 0..1.
type rgba struct{ r, g, b, a float64 }

// hex returns the opaque colour 0xRRGGBB.
func hex(v uint32) rgba {
	return rgba{float64(v>>16&0xff) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255, 1}
}

// Palette: a navy tile, a pale axis and cards, blue past events and an amber
// event whose claim card is open.
var (
	navyTop    = hex(0x24507A)
	navyBottom = hex(0x142B45)
	pale       = hex(0xE9F0F7)
	blue       = hex(0x7DB9EA)
	amber      = hex(0xF5B335)
	ink        = hex(0x1B3556)
)

// shape is one layer of the icon: a signed distance (in design units,
// negative inside) and the colour at a point.
type shape struct {
	dist  func(x, y float64) float64
	color func(x, y float64) rgba
}

// solid paints a shape in one colour.
func solid(c rgba) func(x, y float64) rgba { return func(_, _ float64) rgba { return c } }

// layers lists the icon's shapes from back to front.
func layers() []shape {
	const axisY = 330.0
	gap := func(x float64, r float64) shape { // background-coloured ring that cuts the axis around an event
		return shape{circle(x, axisY, r), background}
	}
	return []shape{
		{roundedRect(256, 256, 236, 236, 104), background},
		{capsule(64, axisY, 448, axisY, 16), solid(pale)},
		gap(140, 40), {circle(140, axisY, 32), solid(blue)},
		gap(372, 40), {circle(372, axisY, 32), solid(blue)},
		gap(256, 46), {circle(256, axisY, 38), solid(amber)},
		{capsule(256, 290, 256, 214, 10), solid(amber)},
		{roundedRect(256, 160, 130, 70, 30), solid(pale)},
		{capsule(176, 136, 336, 136, 14), solid(amber)},
		{capsule(176, 184, 286, 184, 14), solid(ink)},
		{capsule(112, 418, 168, 418, 10), solid(blue)},
		{capsule(228, 418, 284, 418, 10), solid(amber)},
		{capsule(344, 418, 400, 418, 10), solid(blue)},
	}
}

// background is the tile's vertical gradient.
func background(_, y float64) rgba {
	t := math.Min(1, math.Max(0, (y-20)/(design-40)))
	return rgba{
		navyTop.r + (navyBottom.r-navyTop.r)*t,
		navyTop.g + (navyBottom.g-navyTop.g)*t,
		navyTop.b + (navyBottom.b-navyTop.b)*t,
		1,
	}
}

// Draw renders the icon at size×size pixels.
func Draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	scale := float64(size) / design
	shapes := layers()
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			x, y := (float64(px)+0.5)/scale, (float64(py)+0.5)/scale
			var out rgba
			for _, s := range shapes {
				// Coverage of the pixel: one pixel of anti-aliasing across the edge.
				cov := math.Min(1, math.Max(0, 0.5-s.dist(x, y)*scale))
				if cov > 0 {
					out = over(s.color(x, y), cov, out)
				}
			}
			img.SetNRGBA(px, py, toNRGBA(out))
		}
	}
	return img
}

// over composites src, scaled by coverage, over dst.
func over(src rgba, cov float64, dst rgba) rgba {
	sa := src.a * cov
	a := sa + dst.a*(1-sa)
	if a == 0 {
		return rgba{}
	}
	mix := func(s, d float64) float64 { return (s*sa + d*dst.a*(1-sa)) / a }
	return rgba{mix(src.r, dst.r), mix(src.g, dst.g), mix(src.b, dst.b), a}
}

// toNRGBA rounds a colour to 8 bits per channel.
func toNRGBA(c rgba) color.NRGBA {
	b := func(v float64) uint8 { return uint8(math.Round(math.Min(1, math.Max(0, v)) * 255)) }
	if c.a == 0 {
		return color.NRGBA{}
	}
	return color.NRGBA{b(c.r), b(c.g), b(c.b), b(c.a)}
}

// circle is the distance to a disc of radius r centred on (cx, cy).
func circle(cx, cy, r float64) func(x, y float64) float64 {
	return func(x, y float64) float64 { return math.Hypot(x-cx, y-cy) - r }
}

// capsule is the distance to a segment from (ax, ay) to (bx, by) thickened by r.
func capsule(ax, ay, bx, by, r float64) func(x, y float64) float64 {
	return func(x, y float64) float64 {
		dx, dy := bx-ax, by-ay
		t := ((x-ax)*dx + (y-ay)*dy) / (dx*dx + dy*dy)
		t = math.Min(1, math.Max(0, t))
		return math.Hypot(x-(ax+t*dx), y-(ay+t*dy)) - r
	}
}

// roundedRect is the distance to a rectangle centred on (cx, cy) with half
// sizes hw, hh and corner radius r.
func roundedRect(cx, cy, hw, hh, r float64) func(x, y float64) float64 {
	return func(x, y float64) float64 {
		qx := math.Abs(x-cx) - hw + r
		qy := math.Abs(y-cy) - hh + r
		outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
		inside := math.Min(math.Max(qx, qy), 0)
		return outside + inside - r
	}
}
