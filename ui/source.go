package ui

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
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
	// splits are the passages' Split claim out buttons (nil for an event
	// of one passage), cites their Copy citation buttons, review the
	// review buttons over them, for tests; event is the ID of the event
	// shown.
	splits []*widget.Button
	cites  []*widget.Button
	review []*widget.Button
	event  string
	// actionBar holds the review buttons of the event shown.
	actionBar *fyne.Container
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
	// The review buttons stay under the header, whatever the scroll.
	v.actionBar = container.NewStack()
	v.content = container.NewBorder(container.NewVBox(v.header, v.actionBar), nil, nil, nil, v.scroll)
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
	v.splits, v.cites, v.review, v.event = nil, nil, nil, ""
	v.actionBar.Objects = nil
	v.actionBar.Refresh()
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
		&widget.TextSegment{Text: layout.ReviewMark(e) + e.Label, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: sub, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}},
	}
	v.header.Segments = append(v.header.Segments, reviewSegments(e)...)
	v.header.Refresh()

	v.passages = nil
	v.buttons = nil
	v.splits, v.cites = nil, nil
	v.event = e.ID
	v.actionBar.Objects = []fyne.CanvasObject{v.actions()}
	v.actionBar.Refresh()
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

// showClaim fills the view with claim ci of t that no event holds (a figure
// kept off the timeline as unsure): its label, what is known of it, and its
// passage with how it was read. No review acts on it: it is no event.
func (v *sourceView) showClaim(t *model.Timeline, ci int) {
	if ci < 0 || ci >= len(t.Claims) {
		v.clear()
		return
	}
	c := &t.Claims[ci]
	sub := timeline.DateText(c.Date, words())
	if c.Subject != "" {
		sub += " · " + c.Subject
	}
	if c.SaidBy != "" {
		sub += " · " + lang.L("said by {{.Who}}", map[string]any{"Who": c.SaidBy})
	}
	sub += " · " + lang.L("unsure, not on the timeline")
	v.header.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: c.Label, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: sub, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}},
	}
	v.header.Refresh()
	v.passages, v.buttons = nil, nil
	v.splits, v.cites, v.review, v.event = nil, nil, nil, ""
	v.actionBar.Objects = nil
	v.actionBar.Refresh()
	v.body.Objects = []fyne.CanvasObject{v.passage(t, model.Source{Claim: ci, Article: c.ArticleName, Quote: c.Quote,
		Start: c.Passage.Start, End: c.Passage.End})}
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
	var sides []fyne.CanvasObject
	for _, side := range c.Sides {
		col := container.NewVBox(widget.NewLabelWithStyle(side.Value, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, s := range side.Sources {
			col.Add(v.passage(t, s))
		}
		sides = append(sides, col)
	}
	return container.NewVBox(summary, newSides(sides...), widget.NewSeparator())
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
	var cite *widget.Button
	cite = widget.NewButtonWithIcon(lang.L("Copy citation"), theme.ContentCopyIcon(), func() {
		v.w.app.Clipboard().SetContent(model.Citation(t, s))
		// Says so in the button for a moment.
		cite.SetText(lang.L("Citation copied"))
		cite.SetIcon(theme.ConfirmIcon())
		go func() {
			time.Sleep(2 * time.Second)
			v.w.do(func() {
				cite.SetText(lang.L("Copy citation"))
				cite.SetIcon(theme.ContentCopyIcon())
			})
		}()
	})
	cite.Importance = widget.LowImportance
	v.buttons = append(v.buttons, passageButton{open, art != nil}, passageButton{cite, true})
	v.cites = append(v.cites, cite)
	box := container.NewVBox(head, text)
	if claim != nil && len(claim.Reasons) > 0 {
		box.Add(readingOf(claim))
	}
	buttons := container.NewHBox(open, cite)
	if e := v.shownEvent(t); e != nil && len(e.Claims) > 1 && s.Claim >= 0 {
		// A passage of a multi-source event can become an event of its own.
		id, c := e.ID, s.Claim
		split := widget.NewButtonWithIcon(lang.L("Split claim out"), theme.ContentCutIcon(), func() { v.w.split(id, c) })
		split.Importance = widget.LowImportance
		if v.w.session == nil {
			split.Disable()
		}
		v.splits = append(v.splits, split)
		v.buttons = append(v.buttons, passageButton{split, v.w.session != nil})
		buttons.Add(split)
	}
	box.Add(buttons)
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

// shownEvent returns the event the view shows, or nil.
func (v *sourceView) shownEvent(t *model.Timeline) *model.Event {
	for i := range t.Events {
		if t.Events[i].ID == v.event && v.event != "" {
			return &t.Events[i]
		}
	}
	return nil
}

// actions is the row of review buttons over the passages.
func (v *sourceView) actions() fyne.CanvasObject {
	w := v.w
	button := func(label string, icon fyne.Resource, f func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, f)
		b.Importance = widget.LowImportance
		if w.session == nil {
			b.Disable()
		}
		return b
	}
	v.review = []*widget.Button{
		button(lang.L("Verified"), theme.ConfirmIcon(), func() { w.setStatus(model.Verified) }),
		button(lang.L("Disputed"), theme.WarningIcon(), func() { w.setStatus(model.StatusDisputed) }),
		button(lang.L("Needs checking"), theme.QuestionIcon(), func() { w.setStatus(model.NeedsChecking) }),
		button(lang.L("Reject"), theme.DeleteIcon(), func() { w.setStatus(model.Rejected) }),
		button(lang.L("Edit…"), theme.DocumentCreateIcon(), w.editSelected),
		button(lang.L("Note…"), theme.MailComposeIcon(), w.noteSelected),
	}
	// The buttons wrap onto a second line in a narrow pane rather than
	// hide behind a scroll bar, and ask for no more width than the widest.
	fl := &flowLayout{}
	row := container.New(fl)
	for _, b := range v.review {
		row.Add(b)
	}
	fl.relines = func() { v.w.do(v.content.Refresh) }
	return container.New(chipsOverLayout{}, row, widget.NewSeparator())
}

// reviewSegments say a person's review of e under the header: its status,
// each correction with what the articles said, and its note.
func reviewSegments(e *model.Event) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	line := func(text string, color fyne.ThemeColorName, bold bool) {
		segs = append(segs, &widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: color, TextStyle: fyne.TextStyle{Bold: bold}}})
	}
	if e.Status != model.Unchecked {
		color := theme.ColorNameForeground
		switch e.Status {
		case model.Verified:
			color = theme.ColorNameSuccess
		case model.StatusDisputed, model.Rejected:
			color = theme.ColorNameError
		case model.NeedsChecking:
			color = theme.ColorNameWarning
		}
		line(lang.L("Status: {{.Status}}", map[string]any{"Status": statusTitle(string(e.Status))}), color, true)
	}
	for _, c := range e.Corrections {
		line(lang.L("Corrected {{.Field}}: {{.Corrected}} (the articles say {{.Extracted}})", map[string]any{
			"Field": fieldTitle(c.Field), "Corrected": correctionText(c.Field, c.Corrected), "Extracted": correctionText(c.Field, c.Extracted)}),
			theme.ColorNamePrimary, false)
	}
	if e.Note != "" {
		line(lang.L("Note: {{.Note}}", map[string]any{"Note": e.Note}), theme.ColorNameForeground, false)
	}
	return segs
}

// fieldTitle names a corrected field in the UI language.
func fieldTitle(f string) string {
	switch f {
	case model.FieldDate:
		return lang.L("date")
	case model.FieldValue:
		return lang.L("figure")
	case model.FieldQualifier:
		return lang.L("qualifier")
	case model.FieldSubject:
		return lang.L("subject")
	case model.FieldMeasure:
		return lang.L("measure")
	case model.FieldLabel:
		return lang.L("label")
	}
	return f
}

// correctionText writes a correction's value as a person reads it: a date
// as the timeline writes it, a figure with its thousands, a qualifier in
// words, "" as "nothing".
func correctionText(field, value string) string {
	if value == "" {
		return lang.L("nothing")
	}
	switch field {
	case model.FieldDate:
		if d, err := model.ParseISODate(value); err == nil && d.Valid() {
			return timeline.DateText(d, words())
		}
	case model.FieldValue:
		if f, err := strconv.ParseFloat(value, 64); err == nil {
			return model.FormatValueIn(f, false, Language())
		}
	case model.FieldQualifier:
		if q, err := model.ParseQualifier(value); err == nil {
			return qualifierTitle(q)
		}
	}
	return "«" + value + "»"
}
