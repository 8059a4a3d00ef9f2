package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"testing"
	"unicode/utf8"
)

// hostileStrings are titles and file names that made the SVG not XML:
// non-characters, control characters, invalid UTF-8, surrogates encoded in
// UTF-8, markup.
var hostileStrings = []string{
	"plain title",
	"U+FFFE \uFFFE and U+FFFF \uFFFF",
	"bell \a, escape \x1b[31m, nul \x00, form feed \f",
	"invalid \xff\xfe UTF-8 \xc3",
	"surrogate \xed\xa0\x80 in UTF-8",
	"C1 \u0085 \u009b controls",
	"<script>alert(1)</script> & ]]> \"quotes\" 'apos'",
	"\uFFFD replacement, \U0010FFFF last plane",
}

// svgOf renders the sample timeline as SVG with s as its title, as an
// article's name and as a source's title.
func svgOf(t testing.TB, s string) []byte {
	tl := sampleTimeline()
	tl.Articles[0].Name = s + ".txt"
	tl.Articles[1].Title = s
	for i := range tl.Events {
		for k := range tl.Events[i].Sources {
			if tl.Events[i].Sources[k].Article == "a.txt" {
				tl.Events[i].Sources[k].Article = tl.Articles[0].Name
			}
			if k == 0 {
				tl.Events[i].Sources[k].Title = s
			}
		}
	}
	var buf bytes.Buffer
	if err := Render(&buf, tl, SVG, Options{Width: 800, Height: 450, Title: s, Query: s}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkXML fails unless b is well-formed XML 1.0 in valid UTF-8.
func checkXML(t testing.TB, what string, b []byte) {
	t.Helper()
	if !utf8.Valid(b) {
		t.Fatalf("%s: the SVG is not valid UTF-8", what)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s: the SVG is not XML: %v", what, err)
		}
	}
}

// Every SVG is XML whatever its titles and file names hold (xmllint
// rejected titles with U+FFFE or invalid UTF-8).
func TestSVGIsXML(t *testing.T) {
	for _, s := range hostileStrings {
		checkXML(t, s, svgOf(t, s))
	}
}

// FuzzSVGIsXML renders titles and names the fuzzer makes; the SVG must
// parse with encoding/xml. Its seeds run in every go test.
func FuzzSVGIsXML(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkXML(t, s, svgOf(t, s))
	})
}
