package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// drawnTexts returns the texts a drawing of the default set writes: every
// label as drawn (without its reference mark) and every footnote's number.
func drawnTexts(t *testing.T, o Options) (*drawing, []string) {
	t.Helper()
	tl := defaultTimeline(t)
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	o, err = o.normalized(tl)
	if err != nil {
		t.Fatal(err)
	}
	d := newDrawing(tl, o, fonts)
	var want []string
	for _, lb := range d.lay.Labels {
		text := lb.Text
		if i := strings.LastIndex(text, " ["); i > 0 {
			text = text[:i]
		}
		want = append(want, text)
	}
	if len(want) == 0 {
		t.Fatal("the default set has no label to look for")
	}
	return d, append(want, o.Title, "Sources")
}

// fullLabels returns how many events of d are named by their whole label
// in text.
func fullLabels(d *drawing, text string) int {
	n := 0
	for _, i := range d.sel {
		if strings.Contains(text, d.t.Events[i].Label) {
			n++
		}
	}
	return n
}

func TestSVGHoldsLabelsAsText(t *testing.T) {
	o := Options{Width: 1920, Height: 1080}
	d, want := drawnTexts(t, o)
	var buf bytes.Buffer
	if err := Render(&buf, d.t, SVG, o); err != nil {
		t.Fatal(err)
	}
	var texts []string
	dec := xml.NewDecoder(&buf)
	inText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "text"
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if inText {
				texts = append(texts, string(tok))
			}
		}
	}
	all := strings.Join(texts, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("the SVG has no text element holding %q", w)
		}
	}
	if n := fullLabels(d, all); n < len(d.sel)/2 {
		t.Errorf("only %d of %d events are named in full at 1920 px", n, len(d.sel))
	}
}

func TestPDFHoldsLabelsAsText(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot read the PDF's text")
	}
	o := Options{Width: 1123, Height: 794}
	d, want := drawnTexts(t, o)
	path := filepath.Join(t.TempDir(), "t.pdf")
	if err := WriteFile(path, d.t, o); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext cannot read the PDF: %v", err)
	}
	// pdftotext lays text out in columns: compare with spaces squeezed.
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	text := string(out)
	lines := strings.Split(text, "\n")
	for _, w := range want {
		w = squeeze(w)
		found := false
		for _, l := range lines {
			if strings.Contains(squeeze(l), w) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("the PDF's text has no %q", w)
		}
	}
	if st, _ := os.Stat(path); st.Size() > 1<<20 {
		t.Errorf("the PDF of the default set is %d bytes", st.Size())
	}
}

func TestSubtitleAndMessages(t *testing.T) {
	tl := sampleTimeline()
	undated := sampleTimeline()
	undated.Events = append(undated.Events, undated.Events[0])
	undated.Events[len(undated.Events)-1].Date = undated.Events[0].Date
	undated.Events[len(undated.Events)-1].Date.Precision = 0
	cases := []struct {
		name string
		o    Options
		tl   bool // use the timeline with an undated event
		want []string
	}{
		{"all", Options{}, false, []string{"7 events from 3 articles", "2013 to 5 October 2021"}},
		{"search without match", Options{Events: []int{}, Query: "zzz"}, false, []string{"No event to show", "No event matches “zzz”"}},
		{"search", Options{Events: []int{3, 4}, Query: "users"}, false, []string{"2 events from", "only events matching “users”"}},
		{"lanes shown", Options{Events: []int{3, 4}, Query: "users", Lanes: []string{"new users", "downloads"}, AllLanes: 8}, false,
			[]string{"2 events from", "2 of 8 lanes: new users, downloads", "only events matching “users”"}},
		{"one lane shown", Options{Events: []int{3}, Lanes: []string{"new users"}, AllLanes: 3}, false, []string{"1 of 3 lanes: new users"}},
		{"empty range", Options{From: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}, false, []string{"No event in this time range"}},
		{"undated", Options{}, true, []string{"1 undated event not shown"}},
	}
	for _, c := range cases {
		src := tl
		if c.tl {
			src = undated
		}
		var buf bytes.Buffer
		c.o.Width, c.o.Height = 1200, 700
		if err := Render(&buf, src, SVG, c.o); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		svg := buf.String()
		for _, w := range c.want {
			if !strings.Contains(svg, html.EscapeString(w)) {
				t.Errorf("%s: the image does not say %q", c.name, w)
			}
		}
	}
}

// TestNoKerningAcrossSpaces checks that the font's kerning pairs with a
// space ("A ", " T") do not narrow it, in the widths the layout measures
// and the offsets the PNG sets its glyphs at ("Aheat", "ofTesla").
func TestNoKerningAcrossSpaces(t *testing.T) {
	f, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	const px = 20
	for _, s := range []string{"A heat", "of Tesla", "Reduction Act"} {
		words := strings.SplitN(s, " ", 2)
		want := f.Width(words[0], Regular, px) + f.Width(" ", Regular, px)
		at := f.offsets(s, Regular, px)
		got := at[len([]rune(words[0]))+1]
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%q: the second word starts at %.3f px, want %.3f (a whole space after the first)", s, got, want)
		}
		if w := f.Width(s, Regular, px); math.Abs(w-(want+f.Width(words[1], Regular, px))) > 1e-9 {
			t.Errorf("%q: width %.3f, want the words' and the space's", s, w)
		}
	}
}
