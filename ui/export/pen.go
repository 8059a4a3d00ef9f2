package export

import (
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pen draws on a surface in image pixels with the origin at the top left,
// the way the layout places things.
type pen struct {
	s     surface
	fonts *Fonts
	// ox, oy are added to every position: the origin of the part being
	// drawn (the timeline is drawn below the page's header).
	ox, oy float64
	// kern is false for the PDF back end, which sets text without kerning.
	kern bool
}

// at returns the surface position of (x, y).
func (p *pen) at(x, y float64) [2]float64 { return [2]float64{x + p.ox, y + p.oy} }

// builder accumulates a shape in the pen's coordinates.
type builder struct {
	p  *pen
	sh shape
}

func (b *builder) move(x, y float64) {
	b.sh = append(b.sh, seg{op: 'M', p: [3][2]float64{b.p.at(x, y)}})
}
func (b *builder) line(x, y float64) {
	b.sh = append(b.sh, seg{op: 'L', p: [3][2]float64{b.p.at(x, y)}})
}
func (b *builder) close() { b.sh = append(b.sh, seg{op: 'Z'}) }

// arc adds an arc of the circle centred on (cx, cy) of radius r, from angle
// a0 through sweep (radians, clockwise on screen when positive), as cubic
// curves of at most a quarter turn each; it starts with a line to the arc's
// first point unless the shape is empty.
func (b *builder) arc(cx, cy, r, a0, sweep float64) {
	n := int(math.Ceil(math.Abs(sweep) / (math.Pi / 2)))
	if n < 1 {
		n = 1
	}
	d := sweep / float64(n)
	k := 4.0 / 3 * math.Tan(d/4) * r
	x, y := cx+r*math.Cos(a0), cy+r*math.Sin(a0)
	if len(b.sh) == 0 {
		b.move(x, y)
	} else {
		b.line(x, y)
	}
	a := a0
	for i := 0; i < n; i++ {
		a1 := a + d
		x1, y1 := cx+r*math.Cos(a1), cy+r*math.Sin(a1)
		c0 := b.p.at(x-k*math.Sin(a), y+k*math.Cos(a))
		c1 := b.p.at(x1+k*math.Sin(a1), y1-k*math.Cos(a1))
		b.sh = append(b.sh, seg{op: 'C', p: [3][2]float64{c0, c1, b.p.at(x1, y1)}})
		a, x, y = a1, x1, y1
	}
}

// shape starts a new shape.
func (p *pen) shape() *builder { return &builder{p: p} }

// fillRect fills the rectangle with top-left corner (x, y).
func (p *pen) fillRect(x, y, w, h float64, c color.NRGBA) {
	if w <= 0 || h <= 0 {
		return
	}
	b := p.shape()
	b.move(x, y)
	b.line(x+w, y)
	b.line(x+w, y+h)
	b.line(x, y+h)
	b.close()
	p.s.fill(b.sh, c)
}

// roundRect fills a rectangle with rounded corners of radius r.
func (p *pen) roundRect(x, y, w, h, r float64, c color.NRGBA) {
	r = math.Min(r, math.Min(w, h)/2)
	if r <= 0.5 {
		p.fillRect(x, y, w, h, c)
		return
	}
	b := p.shape()
	b.arc(x+w-r, y+r, r, -math.Pi/2, math.Pi/2)
	b.arc(x+w-r, y+h-r, r, 0, math.Pi/2)
	b.arc(x+r, y+h-r, r, math.Pi/2, math.Pi/2)
	b.arc(x+r, y+r, r, math.Pi, math.Pi/2)
	b.close()
	p.s.fill(b.sh, c)
}

// line strokes a segment of width w.
func (p *pen) line(x1, y1, x2, y2, w float64, c color.NRGBA) {
	b := p.shape()
	b.move(x1, y1)
	b.line(x2, y2)
	p.s.stroke(b.sh, w, 0, c)
}

// dashed strokes a dashed segment of width w.
func (p *pen) dashed(x1, y1, x2, y2, w, dash float64, c color.NRGBA) {
	b := p.shape()
	b.move(x1, y1)
	b.line(x2, y2)
	p.s.stroke(b.sh, w, dash, c)
}

// circle fills a disc of radius r centred on (x, y).
func (p *pen) circle(x, y, r float64, c color.NRGBA) {
	b := p.shape()
	b.arc(x, y, r, 0, 2*math.Pi)
	b.close()
	p.s.fill(b.sh, c)
}

// ring strokes a circle of radius r centred on (x, y).
func (p *pen) ring(x, y, r, w float64, c color.NRGBA) {
	b := p.shape()
	b.arc(x, y, r, 0, 2*math.Pi)
	b.close()
	p.s.stroke(b.sh, w, 0, c)
}

// text draws s with its baseline at y, starting at x. It returns the
// width drawn.
func (p *pen) text(x, y float64, s string, st Style, size float64, c color.NRGBA) float64 {
	if s == "" {
		return 0
	}
	q := p.at(x, y)
	p.s.text(q[0], q[1], printable(s), st, size, c)
	return p.fonts.width(s, st, size, p.kern)
}

// textCenter draws s centred on x.
func (p *pen) textCenter(x, y float64, s string, st Style, size float64, c color.NRGBA) {
	p.text(x-p.fonts.width(s, st, size, p.kern)/2, y, s, st, size, c)
}

// fit returns s shortened with an ellipsis so that it is at most w wide.
func (p *pen) fit(s string, st Style, size, w float64) string {
	return Fit(p.fonts, s, st, size, w)
}

// Fit returns s, or its longest prefix followed by "…", whose width in
// style st at size px is at most w pixels; "" when not even "…" fits.
func Fit(f *Fonts, s string, st Style, px, w float64) string {
	if f.Width(s, st, px) <= w {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if f.Width(string(runes[:mid])+"…", st, px) <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		if f.Width("…", st, px) <= w {
			return "…"
		}
		return ""
	}
	for lo > 0 && runes[lo-1] == ' ' {
		lo--
	}
	return string(runes[:lo]) + "…"
}

// printable returns s as SVG and PDF can hold it: valid UTF-8 (a byte that
// is not becomes U+FFFD) and only XML 1.0 characters, with control
// characters (which XML forbids and fonts do not draw) and the
// non-characters U+FFFE and U+FFFF replaced by spaces. A title or a file name
// holding them made an SVG that XML parsers reject.
func printable(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, notDrawable) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if notDrawable(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// notDrawable reports whether r is a control character or outside XML
// 1.0's characters.
func notDrawable(r rune) bool {
	return unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF || r >= 0xD800 && r <= 0xDFFF || r > unicode.MaxRune
}
