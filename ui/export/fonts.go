package export

import (
	"fmt"
	"strings"
	"sync"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	stdfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// pt is the length of one image pixel (1/96 inch) in points (1/72 inch).
const pt = vg.Length(0.75)

// Style is the weight and slant of a run of text.
type Style int

// The text styles an image uses.
const (
	Regular Style = iota
	Bold
	Italic
)

// Fonts holds the embedded typeface (Liberation Sans, metric-compatible with
// Arial) in its three styles and measures text set in it. A Fonts is safe
// for use by several goroutines.
type Fonts struct {
	faces [3]*opentype.Font
	raw   [3][]byte // the font files, for embedding
	// glyphs and kerns cache glyph advances and kerning in font units, per
	// style.
	mu     sync.Mutex
	glyphs [3]map[rune]glyph
	kerns  [3]map[[2]sfnt.GlyphIndex]int
	upem   float64
	buf    sfnt.Buffer
}

// glyph is a rune's glyph and its advance in font units.
type glyph struct {
	idx sfnt.GlyphIndex
	adv int
}

// NewFonts parses the embedded fonts.
func NewFonts() (*Fonts, error) {
	f := &Fonts{}
	for i, ttf := range [][]byte{liberationsansregular.TTF, liberationsansbold.TTF, liberationsansitalic.TTF} {
		face, err := opentype.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("export: embedded font %d: %w", i, err)
		}
		f.faces[i] = face
		f.raw[i] = ttf
		f.glyphs[i] = make(map[rune]glyph, 128)
		f.kerns[i] = make(map[[2]sfnt.GlyphIndex]int, 256)
	}
	f.upem = float64(f.faces[0].UnitsPerEm())
	return f, nil
}

// Face returns the gonum font face for style s at size px pixels.
func (f *Fonts) Face(s Style, px float64) font.Face {
	fnt := font.Font{Typeface: "Liberation", Variant: "Sans", Size: vg.Length(px) * pt}
	switch s {
	case Bold:
		fnt.Weight = stdfont.WeightBold
	case Italic:
		fnt.Style = stdfont.StyleItalic
	}
	return font.Face{Font: fnt, Face: f.faces[s]}
}

// Width returns the width in pixels of text set in style s at size px,
// with the font's kerning but none across a space, as the PNG back end
// sets it (an SVG viewer's setting may differ by the pairs with a space).
func (f *Fonts) Width(text string, s Style, px float64) float64 {
	return f.width(text, s, px, true)
}

// width returns the width of text, with or without kerning (the PDF back
// end does not kern).
func (f *Fonts) width(text string, s Style, px float64, kern bool) float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return float64(f.set(text, s, kern, nil)) * px / f.upem
}

// offsets returns where each rune of text starts, in pixels from the
// start, as width sets it with kerning.
func (f *Fonts) offsets(text string, s Style, px float64) []float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]float64, 0, len(text))
	f.set(text, s, true, func(at int) { out = append(out, float64(at)*px/f.upem) })
	return out
}

// set lays text out in style s and returns its advance in font units,
// calling at, when not nil, with where each rune starts. No kerning applies
// across a space: the font's pairs with the space ("A ", " T") all but
// closed it ("Aheat", "ofTesla"), and the PNG back end sets each glyph where
// this puts it (vgSurface.text). It is called with f.mu held.
func (f *Fonts) set(text string, s Style, kern bool, at func(int)) int {
	units := 0
	cache := f.glyphs[s]
	var prev sfnt.GlyphIndex
	prevSpace := true
	for _, r := range text {
		g, ok := cache[r]
		if !ok {
			g = f.glyph(s, r)
			cache[r] = g
		}
		if kern && !prevSpace && r != ' ' {
			units += f.kern(s, prev, g.idx)
		}
		if at != nil {
			at(units)
		}
		units += g.adv
		prev, prevSpace = g.idx, r == ' '
	}
	return units
}

// glyph returns the glyph of r and its advance in font units (the missing
// glyph's when the font lacks r). It is called with f.mu held.
func (f *Fonts) glyph(s Style, r rune) glyph {
	face := f.faces[s]
	idx, err := face.GlyphIndex(&f.buf, r)
	if err != nil {
		return glyph{}
	}
	adv, err := face.GlyphAdvance(&f.buf, idx, fixed.Int26_6(face.UnitsPerEm()), stdfont.HintingNone)
	if err != nil {
		return glyph{idx: idx}
	}
	return glyph{idx: idx, adv: int(adv)}
}

// kern returns the kerning between two glyphs in font units. It is called
// with f.mu held.
func (f *Fonts) kern(s Style, a, b sfnt.GlyphIndex) int {
	key := [2]sfnt.GlyphIndex{a, b}
	if k, ok := f.kerns[s][key]; ok {
		return k
	}
	face := f.faces[s]
	k, err := face.Kern(&f.buf, a, b, fixed.Int26_6(face.UnitsPerEm()), stdfont.HintingNone)
	if err != nil {
		k = 0
	}
	f.kerns[s][key] = int(k)
	return int(k)
}

// Covered returns text with every character the font lacks replaced by
// "?": the PDF back end cannot set a character without a glyph.
func (f *Fonts) Covered(text string, s Style) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	ok := true
	for _, r := range text {
		if !f.has(s, r) {
			ok = false
			break
		}
	}
	if ok {
		return text
	}
	var b strings.Builder
	for _, r := range text {
		if f.has(s, r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('?')
		}
	}
	return b.String()
}

// has reports whether style s has a glyph for r; it is called with f.mu
// held.
func (f *Fonts) has(s Style, r rune) bool {
	g, ok := f.glyphs[s][r]
	if !ok {
		g = f.glyph(s, r)
		f.glyphs[s][r] = g
	}
	return g.idx != 0
}

// glyphIndexes returns the glyphs of style s that set the runes of text.
func (f *Fonts) glyphIndexes(s Style, runes map[rune]bool) []uint16 {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]uint16, 0, len(runes))
	for r := range runes {
		g, ok := f.glyphs[s][r]
		if !ok {
			g = f.glyph(s, r)
			f.glyphs[s][r] = g
		}
		out = append(out, uint16(g.idx))
	}
	return out
}
