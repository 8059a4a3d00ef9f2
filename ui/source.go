package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/timeline"
)

// sourceView shows the passages behind the selected event: each with its
// article's title and date, the figure and the date words highlighted, the
// conflicting passages side by side, and buttons to open the full article
// and copy a citation.
type sourceView struct {
	w       *Window
	content *fyne.Container
	body    *fyne.Container
	scroll  *container.Scroll
	header  *widget.RichText
	// passages are the passage texts shown, for tests.
	passages []*widget.RichText
	// buttons are the passages' buttons, with whether each may be used
	// (a passage whose article is missing cannot be opened).
	buttons []passageButton
}

// passageButton is a button of a passage and whether it may be enabled.
type passageButton struct {
	b      *widget.Button
	usable bool
}

// newSourceView returns an empty source view.
func newSourceView(w *Window) *sourceView {
	v := &sourceView{w: w, header: widget.NewRichText()}
	v.header.Wrapping = fyne.TextWrapWord
	v.body = container.NewVBox()
	v.scroll = container.NewVScroll(v.body)
	v.scroll.OnScrolled = func(fyne.Position) { v.reachable() }
	v.content = container.NewBorder(v.header, nil, nil, nil, v.scroll)
	v.clear()
	return v
}

// clear shows the hint of an empty selection.
func (v *sourceView) clear() {
	v.header.Segments = []widget.RichTextSegment{
		// Regular weight: the window's first frame then needs no bold face,
		// which takes a while to load.
		&widget.TextSegment{Text: lang.L("Sources"), Style: widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText}},
		&widget.TextSegment{Text: lang.L("Select an event on the timeline or a search result to read the passages behind it."),
			Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}},
	}
	v.header.Refresh()
	v.body.Objects = nil
	v.passages = nil
	v.buttons = nil
	v.body.Refresh()
}

// reachable lets Tab reach only the passage buttons that are at least
// partly in view: Fyne's focus chain walks every visible object, scrolled
// away or not, and skips disabled ones, so a button scrolled out of view is
// disabled until it comes back (it is never seen disabled).
func (v *sourceView) reachable() {
	top := v.scroll.Offset.Y
	bottom := top + v.scroll.Size().Height
	for _, pb := range v.buttons {
		y := contentY(pb.b, v.body)
		in := y+pb.b.Size().Height > top && y < bottom
		if pb.usable && in {
			pb.b.Enable()
		} else {
			pb.b.Disable()
		}
	}
}

// contentY returns the top of o inside root, a container that holds it
// (through containers), or a large value when it does not.
func contentY(o fyne.CanvasObject, root *fyne.Container) float32 {
	var find func(c *fyne.Container, off float32) (float32, bool)
	find = func(c *fyne.Container, off float32) (float32, bool) {
		for _, ch := range c.Objects {
			if ch == o {
				return off + ch.Position().Y, true
			}
			if cc, ok := ch.(*fyne.Container); ok {
				if y, ok := find(cc, off+cc.Position().Y); ok {
					return y, true
				}
			}
		}
		return 0, false
	}
	if y, ok := find(root, 0); ok {
		return y
	}
	return 1e9
}

// show fills the view with event i of t; claim, when not negative, is the
// claim to put first (the one a search result pointed at).
func (v *sourceView) show(t *model.Timeline, i, claim int) {
	e := &t.Events[i]
	words := words()
	sub := timeline.DateText(e.Date, words) + " · " + metricTitle(e.Metric)
	if e.Subject != "" {
		sub += " · " + e.Subject
	}
	if len(e.SaidBy) > 0 {
		sub += " · " + lang.L("said by {{.Who}}", map[string]any{"Who": strings.Join(e.SaidBy, ", ")})
	}
	sub += " · " + words.Sources(e.Articles())
	v.header.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: e.Label, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: sub, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}},
	}
	v.header.Refresh()

	v.passages = nil
	v.buttons = nil
	var objs []fyne.CanvasObject
	inConflict := map[int]bool{}
	for _, c := range e.Conflicts {
		objs = append(objs, v.conflict(t, c))
		for _, side := range c.Sides {
			for _, s := range side.Sources {
				inConflict[s.Claim] = true
			}
		}
	}
	sources := append([]model.Source(nil), e.Sources...)
	sort.SliceStable(sources, func(a, b int) bool { return sources[a].Claim == claim && sources[b].Claim != claim })
	for _, s := range sources {
		if inConflict[s.Claim] {
			continue
		}
		objs = append(objs, v.passage(t, s))
	}
	v.body.Objects = objs
	v.body.Refresh()
	v.scroll.ScrollToTop()
	v.reachable()
}

// conflict states a disagreement in words, then its sides side by side.
func (v *sourceView) conflict(t *model.Timeline, c model.Conflict) fyne.CanvasObject {
	summary := widget.NewRichText(wrapSafe([]widget.RichTextSegment{
		&widget.TextSegment{Text: "⚠ " + lang.L("The sources disagree") + ": ", Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}},
		&widget.TextSegment{Text: c.Summary, Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, Inline: true}},
	})...)
	summary.Wrapping = fyne.TextWrapWord
	cols := container.NewGridWithColumns(max(1, len(c.Sides)))
	for _, side := range c.Sides {
		col := container.NewVBox(widget.NewLabelWithStyle(side.Value, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, s := range side.Sources {
			col.Add(v.passage(t, s))
		}
		cols.Add(col)
	}
	return container.NewVBox(summary, cols, widget.NewSeparator())
}

// passage shows one supporting passage in a card-like block.
func (v *sourceView) passage(t *model.Timeline, s model.Source) fyne.CanvasObject {
	var claim *model.Claim
	if s.Claim >= 0 && s.Claim < len(t.Claims) {
		claim = &t.Claims[s.Claim]
	}
	art := articleNamed(t, s.Article, claim)
	title := s.Title
	date := ""
	if art != nil {
		if title == "" {
			title = art.Title
		}
		if !art.Published.IsZero() {
			date = timeline.DateText(art.Published, words())
		}
	}
	name := model.ReadableName(s.Article)
	if title == "" {
		title = name
	}
	head := widget.NewRichText(&widget.TextSegment{Text: title, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, Inline: true}})
	meta := name
	if date != "" {
		meta = date + " · " + name
	}
	if len(s.Aliases) > 0 {
		// The same text found under other names: all of them are sources.
		aliases := make([]string, len(s.Aliases))
		for i, a := range s.Aliases {
			aliases[i] = model.ReadableName(a)
		}
		meta += " (" + lang.L("also") + " " + strings.Join(aliases, ", ") + ")"
	}
	head.Segments = wrapSafe(append(head.Segments, &widget.TextSegment{Text: "  " + meta, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, Inline: true}}))
	head.Wrapping = fyne.TextWrapWord

	text := widget.NewRichText(wrapSafe(highlightPassage(s, claim))...)
	text.Wrapping = fyne.TextWrapWord
	v.passages = append(v.passages, text)

	open := widget.NewButtonWithIcon(lang.L("Full article"), theme.DocumentIcon(), func() {
		if art != nil {
			showArticle(v.w.win, art, model.Span{Start: s.Start, End: s.End})
		}
	})
	open.Importance = widget.LowImportance
	if art == nil {
		open.Disable()
	}
	cite := widget.NewButtonWithIcon(lang.L("Copy citation"), theme.ContentCopyIcon(), func() {
		v.w.app.Clipboard().SetContent(citation(s, title, date))
	})
	cite.Importance = widget.LowImportance
	v.buttons = append(v.buttons, passageButton{open, art != nil}, passageButton{cite, true})
	box := container.NewVBox(head, text)
	if claim != nil && len(claim.Reasons) > 0 {
		box.Add(readingOf(claim))
	}
	box.Add(container.NewHBox(open, cite))
	box.Add(widget.NewSeparator())
	return box
}

// readingOf says how sure the reading of a claim is and why its subject,
// measure and date were chosen (and that it is kept off the timeline when
// unsure).
func readingOf(c *model.Claim) fyne.CanvasObject {
	head := lang.L("How this was read ({{.Percent}}% sure):", map[string]any{"Percent": int(c.Confidence*100 + 0.5)})
	if c.Unsure {
		head = lang.L("Unsure, kept off the timeline:")
	}
	reasons := make([]string, len(c.Reasons))
	for i, r := range c.Reasons {
		reasons[i] = translateReason(r)
	}
	why := widget.NewRichText(&widget.TextSegment{Text: head + " " + strings.Join(reasons, "; ") + ".",
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	why.Wrapping = fyne.TextWrapWord
	return why
}

// articleNamed finds the article of a source.
func articleNamed(t *model.Timeline, name string, claim *model.Claim) *model.Article {
	if claim != nil && claim.Article >= 0 && claim.Article < len(t.Articles) && t.Articles[claim.Article].Name == name {
		return t.Articles[claim.Article]
	}
	for _, a := range t.Articles {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// citation is the text copied for a passage: quote, title, date.
func citation(s model.Source, title, date string) string {
	c := fmt.Sprintf("“%s” — %s", strings.TrimSpace(s.Quote), title)
	if date != "" {
		c += ", " + date
	}
	return c
}

// mark is a highlighted stretch of a passage, in bytes from its start.
type mark struct {
	start, end int
	style      widget.RichTextStyle
}

// highlightPassage splits the passage into text segments with the figure,
// the date words and who said it highlighted.
func highlightPassage(s model.Source, c *model.Claim) []widget.RichTextSegment {
	quote := s.Quote
	plain := widget.RichTextStyle{Inline: true}
	if c == nil {
		return []widget.RichTextSegment{&widget.TextSegment{Text: quote, Style: plain}}
	}
	var marks []mark
	add := func(sp model.Span, st widget.RichTextStyle) {
		a, b := sp.Start-s.Start, sp.End-s.Start
		if sp.Len() <= 0 || a < 0 || b > len(quote) {
			return
		}
		for _, m := range marks {
			if a < m.end && m.start < b {
				return
			}
		}
		marks = append(marks, mark{a, b, st})
	}
	add(c.ValueSpan, widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}})
	add(c.DateSpan, widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameSuccess, TextStyle: fyne.TextStyle{Bold: true}})
	add(c.SaidBySpan, widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Italic: true, Bold: true}})
	sort.Slice(marks, func(a, b int) bool { return marks[a].start < marks[b].start })
	wholeWords(quote, marks)
	var segs []widget.RichTextSegment
	at := 0
	for _, m := range marks {
		if m.start > at {
			segs = append(segs, &widget.TextSegment{Text: quote[at:m.start], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: quote[m.start:m.end], Style: m.style})
		at = m.end
	}
	if at < len(quote) {
		segs = append(segs, &widget.TextSegment{Text: quote[at:], Style: plain})
	}
	return segs
}

// wholeWords widens each mark (sorted, not overlapping) to the word
// characters glued to it ("d'" before "octobre", "," after "2021"), so that
// no segment boundary falls inside a word: RichText may break a line at any
// boundary between segments.
func wholeWords(quote string, marks []mark) {
	for k := range marks {
		m := &marks[k]
		lo, hi := 0, len(quote)
		if k > 0 {
			lo = marks[k-1].end
		}
		if k+1 < len(marks) {
			hi = marks[k+1].start
		}
		for m.start > lo {
			r, n := utf8.DecodeLastRuneInString(quote[:m.start])
			if unicode.IsSpace(r) {
				break
			}
			m.start -= n
		}
		for m.end < hi {
			r, n := utf8.DecodeRuneInString(quote[m.end:])
			if unicode.IsSpace(r) {
				break
			}
			m.end += n
		}
	}
}
