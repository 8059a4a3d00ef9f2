package ui

import (
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestTapEventFillsSourceView(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	tl := h.w.timeline
	var x, y float32
	found := false
	for _, m := range tl.Layout().Markers {
		if m.Event == 2 {
			x, y, found = m.X, m.Y, true
		}
	}
	if !found {
		t.Fatal("event 2 has no marker")
	}
	test.TapAt(tl, fyne.NewPos(x, y))
	if tl.Selected() != 2 {
		t.Fatalf("selected %d", tl.Selected())
	}
	if len(h.w.source.passages) != 1 {
		t.Fatalf("%d passages shown", len(h.w.source.passages))
	}
	assertMarkup(t, "source_event2.xml", h.w.source.content)
}

// A disagreement shows both sides' passages: next to each other when the
// pane holds them, one under the other in the harness's narrow pane (see
// TestSidesLayout), never cut at the pane's edge.
func TestConflictSideBySide(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(3)
	if len(h.w.source.passages) != 2 {
		t.Fatalf("%d passages shown, want both sides", len(h.w.source.passages))
	}
	assertMarkup(t, "source_conflict.xml", h.w.source.content)
}

func TestHighlightPassage(t *testing.T) {
	tl := sampleTimeline()
	segs := highlightPassage(source(tl, 1), &tl.Claims[1])
	var got []string
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		if ts.Style.TextStyle.Bold {
			got = append(got, ts.Text)
		}
	}
	// A highlight takes the punctuation glued to it, so that no line
	// break falls between them.
	want := []string{"4 October 2021,", "70 million", "Pavel Durov."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("highlighted %q, want %q", got, want)
	}
}

func TestWrapSafeKeepsLines(t *testing.T) {
	test.NewTempApp(t)
	bold := widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
	plain := widget.RichTextStyle{Inline: true}
	segs := func() []widget.RichTextSegment {
		return []widget.RichTextSegment{
			&widget.TextSegment{Text: "une conséquence de la panne massive qui a touché ", Style: plain},
			&widget.TextSegment{Text: "lundi", Style: bold},
			&widget.TextSegment{Text: " les applications du groupe Facebook et bien plus encore", Style: plain},
		}
	}
	one := widget.NewRichText(&widget.TextSegment{Text: "une conséquence de la panne massive qui a touché lundi les applications du groupe Facebook et bien plus encore"})
	one.Wrapping = fyne.TextWrapWord
	test.NewTempWindow(t, one)
	for w := float32(150); w < 500; w++ {
		rt := widget.NewRichText(wrapSafe(segs())...)
		rt.Wrapping = fyne.TextWrapWord
		win := test.NewTempWindow(t, rt)
		win.Resize(fyne.NewSize(w, 600))
		one.Resize(fyne.NewSize(rt.Size().Width, 600))
		if got, plain := rt.MinSize().Height, one.MinSize().Height; got > plain*1.6 {
			t.Fatalf("at width %v the highlighted text is %v high, the plain one %v", w, got, plain)
		}
	}
}

func TestCopyCitation(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(3)
	if len(h.w.source.cites) == 0 {
		t.Fatal("no Copy citation button")
	}
	test.Tap(h.w.source.cites[0])
	got := fyne.CurrentApp().Clipboard().Content()
	for _, want := range []string{"\u201cTelegram wins big\u201d", "\u201cOn 4 October 2021, Telegram gained more than 70 million users, said Pavel Durov.\u201d"} {
		if !strings.Contains(got, want) {
			t.Errorf("citation %q lacks %q", got, want)
		}
	}
	if h.w.source.cites[0].Text != "Citation copied" {
		t.Errorf("the button says %q after copying", h.w.source.cites[0].Text)
	}
	h.pump(t, "the button back to its text", func() bool { return h.w.source.cites[0].Text == "Copy citation" })
}

func TestArticleGreysDropped(t *testing.T) {
	tl := sampleTimeline()
	a := tl.Articles[0]
	var greyed, passage []string
	for _, p := range paragraphs(a.Text) {
		for _, s := range articleSegments(a, p.span, a.Sentences[1]) {
			ts := s.(*widget.TextSegment)
			switch {
			case ts.Style.TextStyle.Italic:
				greyed = append(greyed, ts.Text)
			case ts.Style.TextStyle.Bold:
				passage = append(passage, ts.Text)
			}
		}
	}
	if strings.Join(greyed, "") != "Subscribe to our newsletter!" {
		t.Errorf("greyed %q", greyed)
	}
	if len(passage) != 1 || !strings.HasPrefix(passage[0], "On 4 October") {
		t.Errorf("passage %q", passage)
	}
}

// TestEmptySourceHintWhole checks that the hint of the empty source view is
// whole, not cut to one line, in the default window and at 1366×768 (at
// 800×600 its two lines still cut it; a tap shows it whole).
func TestEmptySourceHintWhole(t *testing.T) {
	for _, size := range []fyne.Size{defaultSize(1), fyne.NewSize(1366, 768-68)} {
		h := newHarness(t, nil)
		h.loaded(t)
		h.w.win.Resize(size)
		h.w.win.Canvas().(test.WindowlessCanvas).Capture()
		hint := lang.L("Select an event on the timeline or a search result to read the passages behind it.")
		found := false
		for _, c := range []*clampText{h.w.source.meta, h.w.source.note} {
			if c.Text() == hint {
				found = true
				if c.cut() {
					t.Errorf("%v: the hint is cut in a text %.0f px wide", size, c.Size().Width)
				}
			}
		}
		if !found {
			t.Errorf("%v: no hint in the empty source view", size)
		}
	}
}

// TestWrapSafeKeepsWordsWhole: a segment whose first word does not fit at
// the end of a line moves the whole word to the next line ("order 30 n /
// arrow-body jets" was seen in the source view): no row of a highlighted
// passage ends inside a word.
func TestWrapSafeKeepsWordsWhole(t *testing.T) {
	test.NewTempApp(t)
	bold := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	plain := widget.RichTextStyle{Inline: true}
	for w := float32(120); w < 420; w += 3 {
		rt := widget.NewRichText(wrapSafe([]widget.RichTextSegment{
			&widget.TextSegment{Text: "The group announced in September that it would order ", Style: plain},
			&widget.TextSegment{Text: "30", Style: bold},
			&widget.TextSegment{Text: " narrow-body jets from Airbus, with deliveries starting in 2027.", Style: plain},
		})...)
		rt.Wrapping = fyne.TextWrapWord
		win := test.NewTempWindow(t, rt)
		win.Resize(fyne.NewSize(w, 600))
		var texts []*canvas.Text
		for _, o := range test.TempWidgetRenderer(t, rt).Objects() {
			if tx, ok := o.(*canvas.Text); ok && strings.Trim(tx.Text, "\u200a\u200b") != "" {
				texts = append(texts, tx)
			}
		}
		// Walk the passage row piece by row piece: where a new row starts,
		// the passage must not have a letter on both sides.
		const passage = "The group announced in September that it would order 30 narrow-body jets from Airbus, with deliveries starting in 2027."
		at := 0
		for k, tx := range texts {
			piece := strings.Trim(tx.Text, "\u200a\u200b")
			for at < len(passage) && passage[at] == ' ' && !strings.HasPrefix(piece, " ") {
				at++
			}
			if !strings.HasPrefix(passage[at:], piece) {
				t.Fatalf("at width %v the rows do not spell the passage: %q at %q", w, piece, passage[at:])
			}
			if k > 0 && tx.Position().Y > texts[k-1].Position().Y && at > 0 && unicode.IsLetter(rune(passage[at-1])) && unicode.IsLetter(rune(passage[at])) {
				t.Fatalf("at width %v a word is broken across lines at %q", w, passage[:at]+"|"+passage[at:])
			}
			at += len(piece)
		}
	}
}
