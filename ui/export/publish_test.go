package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"image"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/claimline/claimline/model"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// localized returns the default set with its labels in lang.
func localized(t testing.TB, lang string) *model.Timeline {
	t.Helper()
	tl, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tl.Localize(lang)
	return tl
}

// publishSizes are the sizes an image must be ready to publish at.
var publishSizes = []struct {
	name string
	w, h int
}{
	{"A4", 1123, 794},
	{"1920×1080", 1920, 1080},
	{"3840×2160", 3840, 2160},
}

// TestLabelsWholeAndApart checks what the export knows it drew: every
// marker and cluster has its label (the two January 2021 bars, stacked over
// one extent, once left one out), every label says its whole text, no two overlap, none leaves the image, no leader
// line crosses a label, and no text is smaller than 1.2% of the height.
func TestLabelsWholeAndApart(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages {
		tl := localized(t, lang)
		for _, size := range publishSizes {
			for _, theme := range []Theme{Light, Dark} {
				o, err := Options{Width: size.w, Height: size.h, Lang: lang, Theme: theme}.normalized(tl)
				if err != nil {
					t.Fatal(err)
				}
				d := newDrawing(tl, o, fonts)
				name := lang + " " + size.name + " " + theme.String()
				labels := d.labels()
				if len(labels) < len(d.lay.Markers)+len(d.lay.Clusters) {
					t.Errorf("%s: %d labels for %d markers and %d clusters", name, len(labels), len(d.lay.Markers), len(d.lay.Clusters))
				}
				top := d.pg.plotY - d.shift // the timeline's origin on the page
				for i, a := range labels {
					if !d.complete(a) || strings.Contains(strings.NewReplacer("…”", "", "…»", "").Replace(a.Text), "…") {
						// (a quote's own cut, "“Certains utilisateurs…”", is
						// the statement's words as its label gives them)
						t.Errorf("%s: label %q is cut", name, a.Text)
					}
					// Every format fits the text in its box (PDF does not kern).
					for _, kern := range []bool{true, false} {
						if w := fonts.width(a.Text, Regular, float64(d.lay.TextSize), kern); w > float64(a.W-2*a.Pad)+0.5 {
							t.Errorf("%s: %q is %.1f px wide in a box of %.1f (kern %v)", name, a.Text, w, a.W-2*a.Pad, kern)
						}
					}
					if a.X < 0 || float64(a.X+a.W) > d.pg.w || top+float64(a.Y) < d.pg.headerH-1 || top+float64(a.Y+a.H) > d.pg.notesY {
						t.Errorf("%s: label %q leaves its place (%.0f,%.0f %.0f×%.0f)", name, a.Text, a.X, top+float64(a.Y), a.W, a.H)
					}
					for j, b := range labels {
						if j > i && a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
							t.Errorf("%s: labels %q and %q overlap", name, a.Text, b.Text)
						}
						// b's leader runs from b's bottom down to its marker.
						if j != i && b.AnchorX >= a.X && b.AnchorX <= a.X+a.W && a.Y+a.H > b.Y+b.H && a.Y < b.AnchorY {
							t.Errorf("%s: the leader of %q crosses %q", name, b.Text, a.Text)
						}
					}
				}
				minPx := minText * float64(size.h)
				for what, px := range map[string]float64{"timeline": d.pg.ts, "break labels": 0.85 * d.pg.ts, "subtitle and sources": d.pg.body, "title": d.pg.title} {
					if px < minPx {
						t.Errorf("%s: %s text is %.1f px, under 1.2%% of the height (%.1f px)", name, what, px, minPx)
					}
				}
			}
		}
	}
}

// blankBand returns the tallest run of rows of img that hold only the
// background colour (its top-left pixel), as a share of its height.
func blankBand(img image.Image) float64 {
	r := img.Bounds()
	bg := img.At(r.Min.X, r.Min.Y)
	br, bgc, bb, _ := bg.RGBA()
	run, most := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		blank := true
		for x := r.Min.X; x < r.Max.X && blank; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			blank = cr == br && cg == bgc && cb == bb
		}
		if blank {
			run++
			most = max(most, run)
		} else {
			run = 0
		}
	}
	return float64(most) / float64(r.Dy())
}

// TestDrawingFillsThePage measures the tallest empty band of the default
// set's images: none may be over a tenth of the height (it was 32% at
// 1920×1080 and 31% at A4 before the text grew to fill the page).
func TestDrawingFillsThePage(t *testing.T) {
	for _, lang := range Languages {
		tl := localized(t, lang)
		for _, size := range publishSizes {
			var buf bytes.Buffer
			if err := Render(&buf, tl, PNG, Options{Width: size.w, Height: size.h, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if band := blankBand(img); band > 0.10 {
				t.Errorf("%s %s: an empty band of %.0f%% of the height", lang, size.name, 100*band)
			} else {
				t.Logf("%s %s: tallest empty band %.1f%% of the height", lang, size.name, 100*band)
			}
		}
	}
}

// svgText returns the text content of an SVG's <text> elements, joined by
// newlines; it fails the test when the SVG is not well-formed XML.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var b strings.Builder
	in := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			in = tk.Name.Local == "text"
		case xml.EndElement:
			if in {
				b.WriteByte('\n')
			}
			in = false
		case xml.CharData:
			if in {
				b.Write(tk)
			}
		}
	}
	return b.String()
}

// TestFrenchExportSaysNothingInEnglish exports the default set in French
// and looks for the English texts an image can write.
func TestFrenchExportSaysNothingInEnglish(t *testing.T) {
	tl := localized(t, "fr")
	cases := []struct {
		name string
		o    Options
		want []string
	}{
		{"all", Options{}, []string{"Telegram, octobre 2021", "15 événements, d'après 5 articles", "de 2013 à octobre 2021",
			"Sources", "Nouveaux utilisateurs", "Téléchargements", "sources divergentes", "mois ou année seulement",
			"janv. 2021", "juil.", "7 ans", "4 octobre 2021", "En octobre 2021, Telegram compte 500 millions d'utilisateurs actifs"}},
		{"search", Options{Events: []int{3, 4}, Query: "users", Theme: Dark}, []string{"seulement les événements correspondant à « users »"}},
		{"no match", Options{Events: []int{}, Query: "zzz"}, []string{"Aucun événement ne correspond à « zzz »", "Aucun événement à montrer"}},
	}
	english := []string{"events", " from ", " to ", "October", "Oct ", "Jan ", "months", "New users", "Active users",
		"Downloads", "Rank", "Event", "sources disagree", "month or year only", "only", "matching", "No event",
		"default set", "undated", "date unknown", "more articles", "gains", "founded", "acquired"}
	for _, c := range cases {
		c.o.Width, c.o.Height, c.o.Lang = 1920, 1080, "fr"
		var buf bytes.Buffer
		if err := Render(&buf, tl, SVG, c.o); err != nil {
			t.Fatal(err)
		}
		text := svgText(t, buf.Bytes())
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the French image does not say %q", c.name, w)
			}
		}
		for _, e := range english {
			if strings.Contains(text, e) {
				for _, line := range strings.Split(text, "\n") {
					if strings.Contains(line, e) {
						t.Errorf("%s: the French image says %q in %q", c.name, e, line)
					}
				}
			}
		}
	}
}

// TestSVGSubsetFonts checks the default set's SVG: under 300 KB, its text
// still text, and each embedded font a valid one that draws every
// character the image sets exactly as the whole font does.
func TestSVGSubsetFonts(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages {
		tl := localized(t, lang)
		var buf bytes.Buffer
		if err := Render(&buf, tl, SVG, Options{Width: 1920, Height: 1080, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		if n := buf.Len(); n > 300<<10 {
			t.Errorf("%s: the default set's SVG is %d KB, over 300 KB", lang, n>>10)
		} else {
			t.Logf("%s: the default set's SVG is %d KB", lang, n>>10)
		}
		text := svgText(t, buf.Bytes())
		if !strings.Contains(text, "Telegram") || !strings.Contains(text, "Sources") {
			t.Errorf("%s: the SVG's text lost its words", lang)
		}
		if got := strings.Count(buf.String(), "@font-face"); got != 3 {
			t.Errorf("%s: %d fonts embedded, want the 3 styles", lang, got)
		}
	}
	// The subset of the characters of a French sentence draws them as
	// the whole font does, and draws nothing for the others.
	const sample = "Événement : 70 millions d'utilisateurs, août « déjà » [1–5]…"
	runes := map[rune]bool{}
	for _, r := range sample {
		runes[r] = true
	}
	for st := Regular; st <= Italic; st++ {
		sub, err := subsetTTF(fonts.raw[st], fonts.glyphIndexes(st, runes))
		if err != nil {
			t.Fatal(err)
		}
		if len(sub) > len(fonts.raw[st])/5 {
			t.Errorf("style %d: the subset is %d bytes of %d", st, len(sub), len(fonts.raw[st]))
		}
		whole, err := sfnt.Parse(fonts.raw[st])
		if err != nil {
			t.Fatal(err)
		}
		part, err := sfnt.Parse(sub)
		if err != nil {
			t.Fatalf("style %d: the subset is no font: %v", st, err)
		}
		var b1, b2 sfnt.Buffer
		outline := func(f *sfnt.Font, b *sfnt.Buffer, r rune) (int, sfnt.Segments) {
			g, err := f.GlyphIndex(b, r)
			if err != nil || g == 0 {
				return 0, nil
			}
			segs, err := f.LoadGlyph(b, g, fixed.I(100), nil)
			if err != nil {
				t.Fatalf("style %d: %q: %v", st, r, err)
			}
			return int(g), append(sfnt.Segments(nil), segs...)
		}
		for _, r := range "ÉAZaz0123456789'«»–…[]:" + "xyQW" {
			g1, s1 := outline(whole, &b1, r)
			g2, s2 := outline(part, &b2, r)
			if g1 != g2 {
				t.Errorf("style %d: %q is glyph %d in the subset, %d in the font", st, r, g2, g1)
			}
			kept := runes[r]
			if kept && (len(s2) == 0 || len(s1) != len(s2)) {
				t.Errorf("style %d: %q draws %d segments in the subset, %d in the font", st, r, len(s2), len(s1))
			}
			for k := range s1 {
				if kept && k < len(s2) && s1[k] != s2[k] {
					t.Errorf("style %d: %q differs at segment %d", st, r, k)
					break
				}
			}
			if !kept && len(s2) != 0 && r != ' ' {
				t.Errorf("style %d: %q is kept though unused", st, r)
			}
		}
	}
}
