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
	// The header over the passages, each part cut to a line or two so
	// that a short window still shows six lines of passage: the event's
	// label, what is known of it (date, measure, subject, who said it,
	// sources), that its sources disagree, and a person's review of it.
	title, meta, note *clampText
	reviewed          *clampText
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
	// actionBar holds the review buttons of the event shown, more their
	// row.
	actionBar *fyne.Container
	more      *overflowRow
}

// passageButton is a button of a passage and whether it may be enabled.
type passageButton struct {
	b      *widget.Button
	usable bool
}

// newSourceView returns an empty source view.
func newSourceView(w *Window) *sourceView {
	v := &sourceView{w: w, title: newClampText(2), meta: newClampText(1), note: newClampText(2), reviewed: newClampText(2)}
	v.body = container.NewVBox()
	v.scroll = container.NewVScroll(v.body)
	v.scroll.OnScrolled = func(fyne.Position) { v.reachable() }
	// The review buttons stay under the header, whatever the scroll.
	v.actionBar = container.NewStack()
	head := container.New(tightVBox{}, v.title, v.meta, v.note, v.reviewed, v.actionBar)
	v.content = container.NewBorder(head, nil, nil, nil, v.scroll)
	for _, c := range []*clampText{v.title, v.meta, v.note, v.reviewed} {
		c.relayout = func() { v.w.do(v.content.Refresh) }
	}
	v.clear()
	return v
}

// clear shows the hint of an empty selection.
func (v *sourceView) clear() {
	// Regular weight: the window's first frame then needs no bold face,
	// which takes a while to load.
	v.title.Set(lang.L("Sources"), widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText})
	// The hint is a sentence: in the two lines of the note, not the one
	// of the meta line, where a narrow pane cut it to "…to read th…".
	v.meta.Set("", widget.RichTextStyle{})
	v.note.Set(lang.L("Select an event on the timeline or a search result to read the passages behind it."),
		widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder})
	v.reviewed.Set("", widget.RichTextStyle{})
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
	v.title.Set(layout.ReviewMark(e)+e.Label, titleStyle)
	v.meta.Set(sub, metaStyle)
	var notes []string
	for _, c := range e.Conflicts {
		notes = append(notes, conflictNote(c))
	}
	v.note.Set(strings.Join(notes, " "), widget.RichTextStyle{ColorName: theme.ColorNameWarning, SizeName: theme.SizeNameCaptionText,
		TextStyle: fyne.TextStyle{Bold: true}})
	text, color := reviewText(e)
	v.reviewed.Set(text, widget.RichTextStyle{ColorName: color, SizeName: theme.SizeNameCaptionText})

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
	v.title.Set(c.Label, titleStyle)
	v.meta.Set(sub, metaStyle)
	v.note.Set("", widget.RichTextStyle{})
	v.reviewed.Set("", widget.RichTextStyle{})
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

// titleStyle and metaStyle are those of the header's event label and of
// what is known of the event.
var (
	titleStyle = widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}
	metaStyle  = widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}
)

// conflictNote states a disagreement in words, for the header: "⚠ The
// sources disagree: " and its summary, unless the summary says so itself.
func conflictNote(c model.Conflict) string {
	head := lang.L("The sources disagree")
	if strings.HasPrefix(strings.ToLower(c.Summary), strings.ToLower(head)) {
		return "⚠ " + c.Summary
	}
	return "⚠ " + head + ": " + c.Summary
}

// conflict shows a disagreement's sides side by side (the header says it
// in words).
func (v *sourceView) conflict(t *model.Timeline, c model.Conflict) fyne.CanvasObject {
	var sides []fyne.CanvasObject
	for _, side := range c.Sides {
		value := newClampText(2)
		value.Set(side.Value, widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}})
		value.relayout = func() { v.w.do(v.content.Refresh) }
		col := container.NewVBox(value)
		for _, s := range side.Sources {
			col.Add(v.passage(t, s))
		}
		sides = append(sides, col)
	}
	return container.NewVBox(newSides(sides...), widget.NewSeparator())
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
	// The article's title and where it comes from take a line each (a
	// tap shows them whole), to leave the passage the room.
	headTitle, headMeta := newClampText(1), newClampText(1)
	headTitle.Set(title, titleStyle)
	headMeta.Set(meta, metaStyle)
	for _, c := range []*clampText{headTitle, headMeta} {
		c.relayout = func() { v.w.do(v.content.Refresh) }
	}
	head := container.New(tightVBox{}, headTitle, headMeta)

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
	// The buttons wrap onto a second line in a narrow pane.
	fl := &flowLayout{relines: func() { v.w.do(v.content.Refresh) }}
	buttons := container.New(fl, open, cite)
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
	box.Add(container.New(chipsOverLayout{}, buttons, widget.NewSeparator()))
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
	// One row, whatever the pane's width: the buttons that do not fit
	// are in the menu of a More button at its end.
	v.more = newOverflowRow(v.review...)
	return container.NewVBox(v.more.content, widget.NewSeparator())
}

// reviewText says a person's review of e for the header, in one text: its
// status, each correction with what the articles said, and its note; with
// the colour of its status (that of a correction when it has none).
func reviewText(e *model.Event) (string, fyne.ThemeColorName) {
	var parts []string
	color := theme.ColorNameForeground
	if e.Status != model.Unchecked {
		switch e.Status {
		case model.Verified:
			color = theme.ColorNameSuccess
		case model.StatusDisputed, model.Rejected:
			color = theme.ColorNameError
		case model.NeedsChecking:
			color = theme.ColorNameWarning
		}
		parts = append(parts, lang.L("Status: {{.Status}}", map[string]any{"Status": statusTitle(string(e.Status))}))
	} else if len(e.Corrections) > 0 {
		color = theme.ColorNamePrimary
	}
	for _, c := range e.Corrections {
		parts = append(parts, lang.L("Corrected {{.Field}}: {{.Corrected}} (the articles say {{.Extracted}})", map[string]any{
			"Field": fieldTitle(c.Field), "Corrected": correctionText(c.Field, c.Corrected), "Extracted": correctionText(c.Field, c.Extracted)}))
	}
	if e.Note != "" {
		parts = append(parts, lang.L("Note: {{.Note}}", map[string]any{"Note": e.Note}))
	}
	return strings.Join(parts, " · "), color
}

// headerText returns the whole text of the header, its parts on lines of
// their own, for tests.
func (v *sourceView) headerText() string {
	var parts []string
	for _, c := range []*clampText{v.title, v.meta, v.note, v.reviewed} {
		if t := c.Text(); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
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
