package export

import (
	"image/color"
	"image/png"
	"io"
	"time"
	"unicode/utf8"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// shape is a path in image pixels, origin at the top left: moves, lines,
// cubic curves and closes. Arcs are drawn as curves, which every back end
// fills the same way.
type shape []seg

// seg is one step of a shape: op 'M' (move to p[0]), 'L' (line to p[0]),
// 'C' (cubic curve through p[0], p[1] to p[2]) or 'Z' (close).
type seg struct {
	op byte
	p  [3][2]float64
}

// surface is one output format's canvas, in image pixels with the origin at
// the top left.
type surface interface {
	// fill fills sh with c.
	fill(sh shape, c color.NRGBA)
	// stroke strokes sh with a line w pixels wide, dashed when dash > 0.
	stroke(sh shape, w, dash float64, c color.NRGBA)
	// text sets s with its baseline starting at (x, y).
	text(x, y float64, s string, st Style, px float64, c color.NRGBA)
	// WriteTo writes the finished image.
	io.WriterTo
}

// newSurface returns a blank canvas of format f, w × h pixels, filled with
// bg; title names the document where the format has a place for it.
func newSurface(f Format, w, h int, title string, created time.Time, bg color.NRGBA, fonts *Fonts) surface {
	W, H := vg.Length(w)*pt, vg.Length(h)*pt
	var s surface
	switch f {
	case SVG:
		s = &svgSurface{vgSurface: vgSurface{c: vgsvg.NewWith(vgsvg.UseWH(W, H)), h: float64(h), fonts: fonts}}
	case PDF:
		s = newPDFSurface(w, h, title, creationTime(created), fonts)
	default:
		c := vgimg.NewWith(vgimg.UseWH(W, H), vgimg.UseDPI(96), vgimg.UseBackgroundColor(bg))
		return &vgSurface{c: pngCanvas{c}, h: float64(h), fonts: fonts}
	}
	// Vector formats have no background of their own.
	s.fill(shape{
		{op: 'M'}, {op: 'L', p: [3][2]float64{{float64(w), 0}}},
		{op: 'L', p: [3][2]float64{{float64(w), float64(h)}}}, {op: 'L', p: [3][2]float64{{0, float64(h)}}}, {op: 'Z'},
	}, bg)
	return s
}

// vgCanvas is a gonum canvas that writes itself out.
type vgCanvas interface {
	vg.Canvas
	io.WriterTo
}

// vgSurface draws with a gonum/plot vg back end (PNG through vgimg, SVG
// through vgsvg), whose origin is at the bottom left, in points.
type vgSurface struct {
	c     vgCanvas
	h     float64
	fonts *Fonts
}

// point converts pixel (x, y) to the canvas's coordinates.
func (s *vgSurface) point(p [2]float64) vg.Point {
	return vg.Point{X: vg.Length(p[0]) * pt, Y: vg.Length(s.h-p[1]) * pt}
}

// path converts a shape to a vg.Path.
func (s *vgSurface) path(sh shape) vg.Path {
	p := make(vg.Path, 0, len(sh))
	for _, g := range sh {
		switch g.op {
		case 'M':
			p.Move(s.point(g.p[0]))
		case 'L':
			p.Line(s.point(g.p[0]))
		case 'C':
			p.CubeTo(s.point(g.p[0]), s.point(g.p[1]), s.point(g.p[2]))
		case 'Z':
			p.Close()
		}
	}
	return p
}

// fill fills sh with c.
func (s *vgSurface) fill(sh shape, c color.NRGBA) {
	s.c.SetColor(c)
	s.c.Fill(s.path(sh))
}

// stroke strokes sh w pixels wide, dashed when dash > 0.
func (s *vgSurface) stroke(sh shape, w, dash float64, c color.NRGBA) {
	s.c.SetColor(c)
	s.c.SetLineWidth(vg.Length(w) * pt)
	if dash > 0 {
		s.c.SetLineDash([]vg.Length{vg.Length(dash) * pt, vg.Length(dash) * pt}, 0)
		defer s.c.SetLineDash(nil, 0)
	}
	s.c.Stroke(s.path(sh))
}

// text sets str with its baseline starting at (x, y), glyph by glyph at
// the places Fonts.Width gives them: the raster canvas's own setting of a
// string kerned far more than the font says ("Aheat", "ofTesla"), and text
// laid out by Fonts.Width then overran or fell short of its room. (The SVG
// back end sets whole strings: see svgSurface.text.)
func (s *vgSurface) text(x, y float64, str string, st Style, px float64, c color.NRGBA) {
	s.c.SetColor(c)
	face := s.fonts.Face(st, px)
	at := s.fonts.offsets(str, st, px)
	k := 0
	for i, r := range str {
		if r != ' ' {
			_, n := utf8.DecodeRuneInString(str[i:])
			s.c.FillString(face, s.point([2]float64{x + at[k], y}), str[i:i+n])
		}
		k++
	}
}

// WriteTo writes the finished PNG or SVG.
func (s *vgSurface) WriteTo(w io.Writer) (int64, error) { return s.c.WriteTo(w) }

// pngCanvas writes a raster canvas as PNG, favouring speed over size: a 4K
// image compresses in a fraction of the time of the default level.
type pngCanvas struct{ *vgimg.Canvas }

// WriteTo encodes the image as PNG.
func (p pngCanvas) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(cw, p.Image())
	return cw.n, err
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

// Write implements io.Writer.
func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
