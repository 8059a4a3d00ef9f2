package export

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image/color"
	"io"
)

// svgSurface draws an SVG through gonum's vgsvg and embeds, in place of
// the whole fonts vgsvg would embed (1.6 MB for three styles), subsets
// holding only the glyphs the image sets. The text stays text: a viewer
// selects, searches and copies it.
type svgSurface struct {
	vgSurface
	used [3]map[rune]bool // the characters set, per style
}

// text sets str and notes its characters.
func (s *svgSurface) text(x, y float64, str string, st Style, px float64, c color.NRGBA) {
	if s.used[st] == nil {
		s.used[st] = map[rune]bool{}
	}
	for _, r := range str {
		s.used[st][r] = true
	}
	// A whole string, which the viewer sets with the font's kerning.
	s.c.SetColor(c)
	s.c.FillString(s.fonts.Face(st, px), s.point([2]float64{x, y}), str)
}

// WriteTo writes the SVG with the subset fonts in its defs.
func (s *svgSurface) WriteTo(w io.Writer) (int64, error) {
	var body bytes.Buffer
	if _, err := s.c.WriteTo(&body); err != nil {
		return 0, err
	}
	b := body.Bytes()
	// The fonts go right after the opening <svg …> tag.
	at := bytes.Index(b, []byte("<svg"))
	if at >= 0 {
		if end := bytes.IndexByte(b[at:], '>'); end >= 0 {
			at += end + 1
		} else {
			at = -1
		}
	}
	if at < 0 {
		return 0, fmt.Errorf("export: the SVG back end wrote no <svg> element")
	}
	var defs bytes.Buffer
	defs.WriteString("\n<defs>\n\t<style>\n")
	for st := Regular; st <= Italic; st++ {
		if len(s.used[st]) == 0 {
			continue
		}
		sub, err := subsetTTF(s.fonts.raw[st], s.fonts.glyphIndexes(st, s.used[st]))
		if err != nil {
			return 0, err
		}
		weight, style := "normal", "normal"
		switch st {
		case Bold:
			weight = "bold"
		case Italic:
			style = "italic"
		}
		fmt.Fprintf(&defs, "\t\t@font-face{\n\t\t\tfont-family:\"Liberation Sans\";\n"+
			"\t\t\tfont-variant:normal;font-weight:%s;font-style:%s;\n"+
			"\t\t\tsrc: url(data:font/ttf;base64,%s) format(\"truetype\");\n\t\t}\n",
			weight, style, base64.StdEncoding.EncodeToString(sub))
	}
	defs.WriteString("\t</style>\n</defs>")
	cw := &countWriter{w: w}
	for _, part := range [][]byte{b[:at], defs.Bytes(), b[at:]} {
		if _, err := cw.Write(part); err != nil {
			return cw.n, err
		}
	}
	return cw.n, nil
}
