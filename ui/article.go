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
// the boilerplate the loader set aside shown greyed.
func showArticle(win fyne.Window, a *model.Article, passage model.Span) {
	box := container.NewVBox()
	var target fyne.CanvasObject
	for _, p := range paragraphs(a.Text) {
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
	meta := model.ReadableName(a.Name)
	if !a.Published.IsZero() {
		meta = timeline.DateText(a.Published, words()) + " · " + meta
	}
	if len(a.Dropped) > 0 {
		meta += " · " + lang.L("greyed: set aside by the loader (not part of the article)")
	}
	head := widget.NewRichText(
		&widget.TextSegment{Text: title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: meta, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}},
	)
	head.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(box)
	d := dialog.NewCustom(lang.L("Full article"), lang.L("Close"), container.NewBorder(head, nil, nil, nil, scroll), win)
	size := win.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.8, size.Height*0.85))
	d.Show()
	if target != nil {
		scroll.ScrollToOffset(fyne.NewPos(0, target.Position().Y))
	}
}
