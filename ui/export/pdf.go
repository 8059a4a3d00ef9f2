package export

import (
	"fmt"
	"image/color"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
)

// pdfSurface draws a PDF with fpdf, the library under gonum's vgpdf, used
// directly: vgpdf sets text in the Windows-1252 code page, cannot hold more
// than one embedded font face per document (fpdf files every generated face
// under the same name) and fills paths with arcs wrongly. Here the fonts are
// embedded as UTF-8 subsets, so a PDF reader copies and searches the text.
type pdfSurface struct {
	doc   *fpdf.Fpdf
	fonts *Fonts
}

// pdfFamily is the name the embedded fonts go by inside the PDF.
const pdfFamily = "LiberationSans"

// creationTime is the date a PDF records as its creation and modification:
// created when set, else SOURCE_DATE_EPOCH (seconds since 1970, UTC) when
// that variable holds one, so that a build can reproduce its files, else
// now.
func creationTime(created time.Time) time.Time {
	if !created.IsZero() {
		return created
	}
	if v := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); v != "" {
		if sec, err := strconv.ParseInt(v, 10, 64); err == nil && sec >= 0 {
			return time.Unix(sec, 0).UTC()
		}
	}
	return time.Now()
}

// newPDFSurface returns a one-page PDF of w × h pixels (0.75 pt each)
// whose document title is title, created at created.
func newPDFSurface(w, h int, title string, created time.Time, fonts *Fonts) *pdfSurface {
	doc := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "pt",
		Size:    fpdf.SizeType{Wd: float64(w) * 0.75, Ht: float64(h) * 0.75},
	})
	doc.SetCatalogSort(true)
	doc.SetCreationDate(created)
	doc.SetModificationDate(created)
	doc.SetCreator("Claimline", true)
	doc.SetTitle(printable(title), true)
	doc.SetMargins(0, 0, 0)
	doc.SetAutoPageBreak(false, 0)
	doc.AddUTF8FontFromBytes(pdfFamily, "", liberationsansregular.TTF)
	doc.AddUTF8FontFromBytes(pdfFamily, "B", liberationsansbold.TTF)
	doc.AddUTF8FontFromBytes(pdfFamily, "I", liberationsansitalic.TTF)
	doc.AddPage()
	doc.SetLineCapStyle("butt")
	return &pdfSurface{doc: doc, fonts: fonts}
}

// addPage starts a new page of the same size, filled with bg.
func (s *pdfSurface) addPage(bg color.NRGBA) {
	s.doc.AddPage()
	w, h := s.doc.GetPageSize()
	s.doc.SetFillColor(int(bg.R), int(bg.G), int(bg.B))
	s.doc.Rect(0, 0, w, h, "F")
}

// path traces sh in the document's units (points, origin at the top left).
func (s *pdfSurface) path(sh shape) {
	const k = 0.75
	for _, g := range sh {
		switch g.op {
		case 'M':
			s.doc.MoveTo(g.p[0][0]*k, g.p[0][1]*k)
		case 'L':
			s.doc.LineTo(g.p[0][0]*k, g.p[0][1]*k)
		case 'C':
			s.doc.CurveBezierCubicTo(g.p[0][0]*k, g.p[0][1]*k, g.p[1][0]*k, g.p[1][1]*k, g.p[2][0]*k, g.p[2][1]*k)
		case 'Z':
			s.doc.ClosePath()
		}
	}
}

// fill fills sh with c.
func (s *pdfSurface) fill(sh shape, c color.NRGBA) {
	s.doc.SetFillColor(int(c.R), int(c.G), int(c.B))
	s.path(sh)
	s.doc.DrawPath("f")
}

// stroke strokes sh w pixels wide, dashed when dash > 0.
func (s *pdfSurface) stroke(sh shape, w, dash float64, c color.NRGBA) {
	s.doc.SetDrawColor(int(c.R), int(c.G), int(c.B))
	s.doc.SetLineWidth(w * 0.75)
	if dash > 0 {
		s.doc.SetDashPattern([]float64{dash * 0.75, dash * 0.75}, 0)
	}
	s.path(sh)
	s.doc.DrawPath("D")
	if dash > 0 {
		s.doc.SetDashPattern(nil, 0)
	}
}

// text sets str with its baseline starting at (x, y), in the embedded
// font of style st.
func (s *pdfSurface) text(x, y float64, str string, st Style, px float64, c color.NRGBA) {
	style := ""
	switch st {
	case Bold:
		style = "B"
	case Italic:
		style = "I"
	}
	s.doc.SetFont(pdfFamily, style, px*0.75)
	s.doc.SetTextColor(int(c.R), int(c.G), int(c.B))
	s.doc.Text(x*0.75, y*0.75, s.fonts.Covered(str, st))
}

// WriteTo writes the PDF; it fails with the first error fpdf met, or
// with the panic it raised.
func (s *pdfSurface) WriteTo(w io.Writer) (n int64, err error) {
	cw := &countWriter{w: w}
	defer func() {
		if p := recover(); p != nil {
			n, err = cw.n, fmt.Errorf("export: the PDF library failed: %v", p)
		}
	}()
	err = s.doc.Output(cw)
	return cw.n, err
}
