package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/timeline"
)

// paragraph is a stretch of an article's text between blank lines or line
// ends, with its byte span.
type paragraph struct {
	span model.Span
}

// paragraphs splits text at line ends, keeping non-empty lines.
func paragraphs(text string) []paragraph {
	var ps []paragraph
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			ps = append(ps, paragraph{span: model.Span{Start: start, End: end}})
		}
		start = end + 1
	}
	return ps
}

// articleSegments renders paragraph p of a: the parts the loader set aside
// greyed and struck through in words, the passage in bold primary colour.
func articleSegments(a *model.Article, p model.Span, passage model.Span) []widget.RichTextSegment {
	kindAt := func(i int) int {
		for _, d := range a.Dropped {
			if i >= d.Span.Start && i < d.Span.End {
				return 1
			}
		}
		if i >= passage.Start && i < passage.End {
			return 2
		}
		return 0
	}
	var segs []widget.RichTextSegment
	flush := func(from, to, kind int) {
		if to <= from {
			return
		}
		st := widget.RichTextStyle{Inline: true}
		switch kind {
		case 1:
			st.ColorName = theme.ColorNameDisabled
			st.TextStyle.Italic = true
		case 2:
			st.ColorName = theme.ColorNamePrimary
			st.TextStyle.Bold = true
		}
		segs = append(segs, &widget.TextSegment{Text: a.Text[from:to], Style: st})
	}
	// Walk the paragraph in runs of equal kind; boundaries only occur at
	// dropped or passage edges, so step between those.
	edges := []int{p.Start, p.End}
	for _, d := range a.Dropped {
		edges = append(edges, d.Span.Start, d.Span.End)
	}
	edges = append(edges, passage.Start, passage.End)
	var inside []int
	for _, e := range edges {
		if e >= p.Start && e <= p.End {
			inside = append(inside, e)
		}
	}
	sort.Ints(inside)
	for k := 0; k+1 < len(inside); k++ {
		from, to := inside[k], inside[k+1]
		if from == to {
			continue
		}
		flush(from, to, kindAt(from))
	}
	return segs
}

// showArticle opens a dialog with the full text of a, scrolled to passage,
// the boilerplate the loader set aside shown greyed. The header block of
// the file (title:, date:, lang: lines) is not body text: what it says is
// shown as the article's metadata over the text. Esc closes the dialog,
// wherever the keyboard focus is.
func showArticle(win fyne.Window, a *model.Article, passage model.Span) dialog.Dialog {
	box := container.NewVBox()
	var target fyne.CanvasObject
	for _, p := range paragraphs(a.Text) {
		if p.span.End <= a.Body.Start {
			continue // the header, shown as metadata
		}
		p.span.Start = max(p.span.Start, a.Body.Start)
		rt := widget.NewRichText(wrapSafe(articleSegments(a, p.span, passage))...)
		rt.Wrapping = fyne.TextWrapWord
		box.Add(rt)
		if target == nil && p.span.Overlaps(passage) {
			target = rt
		}
	}
	title := a.Title
	if title == "" {
		title = model.ReadableName(a.Name)
	}
	head := widget.NewRichText(
		&widget.TextSegment{Text: title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: articleMeta(a), Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}},
	)
	head.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(box)
	var d *dialog.CustomDialog
	closeButton := newEscButton(lang.L("Close"), func() { d.Hide() })
	closeButton.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(lang.L("Full article"), container.NewBorder(head, nil, nil, nil, scroll), win)
	d.SetButtons([]fyne.CanvasObject{closeButton})
	size := win.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.8, size.Height*0.85))
	d.Show()
	// The keyboard goes to the dialog's button, so that Esc closes it and
	// no key reaches the window behind.
	win.Canvas().Focus(closeButton)
	if target != nil {
		scroll.ScrollToOffset(fyne.NewPos(0, target.Position().Y))
	}
	return d
}

// articleMeta says what the article's header and the loader tell of it:
// its date, language, publication and file.
func articleMeta(a *model.Article) string {
	var parts []string
	if !a.Published.IsZero() {
		parts = append(parts, timeline.DateText(a.Published, words()))
	}
	switch a.Lang {
	case "fr":
		parts = append(parts, lang.L("in French"))
	case "en":
		parts = append(parts, lang.L("in English"))
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	parts = append(parts, model.ReadableName(a.Name))
	meta := strings.Join(parts, " · ")
	if len(a.Dropped) > 0 {
		meta += " · " + lang.L("greyed: set aside by the loader (not part of the article)")
	}
	return meta
}

// escButton is a button that Esc taps as well as Space and Enter: the
// Close button of a dialog, which has the keyboard while the dialog shows.
type escButton struct {
	widget.Button
}

// newEscButton returns a button calling tapped on a tap, Space, Enter or
// Esc.
func newEscButton(label string, tapped func()) *escButton {
	b := &escButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey taps the button on Esc and hands it any other key.
func (b *escButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if b.OnTapped != nil {
			b.OnTapped()
		}
		return
	}
	b.Button.TypedKey(ev)
}
