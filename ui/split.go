package ui

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// prefSplit is the preference holding the share of the window's height the
// user gave the timeline by dragging the divider under it.
const prefSplit = "window.split"

const (
	// timelineShare is the timeline's share of the height in a tall
	// window.
	timelineShare = 0.4
	// timelineWants is the height in which the timeline shows its lanes
	// and a few rows of labels; a short window gives it that much, up to
	// timelineShareMax of its height, as long as the pane below keeps
	// lowerWants.
	timelineWants    = 300
	timelineShareMax = 0.6
	// lowerWants is the height the panes below the timeline need to be of
	// use: on the left the search row, the tabs, two lines of filter chips,
	// the table's header and four or five rows of events; on the right an
	// event's compact header (its label, what is known of it, a note that
	// the sources disagree, each cut to a line or two, and one row of
	// review buttons) and six lines or more of its passage, readable
	// without scrolling.
	// It was 340, which left a passage at 800×600 and 1180×700 about 150
	// px under that header.
	lowerWants = 420
	// timelineLeast is the least height of the timeline when the window is
	// too short for both: its legend, a few lanes, a row of labels and
	// its axis.
	timelineLeast = 200
)

// autoShare returns the timeline's share of a split h high: 40% of a tall
// window (where that is timelineWants or more); in a shorter one timelineWants, but no more than leaves the panes
// below lowerWants, and no less than timelineLeast (200 px of the 572 of an
// 800×600 window, 252 of 672 at 1180×700, 300 of 740 at 1366×768); never
// more than 60%.
func autoShare(h float32) float64 {
	if !(h > 0) {
		return timelineShare
	}
	if timelineShare*float64(h) >= timelineWants {
		return timelineShare
	}
	t := max(min(timelineWants, float64(h)-lowerWants), timelineLeast)
	return min(t/float64(h), timelineShareMax)
}

// validShare reports whether v is a share the divider can be left at.
func validShare(v float64) bool { return v >= 0.05 && v <= 0.95 && !math.IsNaN(v) }

// splitShare is the layout of the window's content, a split between the
// timeline and what is below it: it gives the timeline its automatic share
// of the height (autoShare) each time the window's size changes, until the
// user drags the divider; from then on, and after a restart when it was
// remembered, the user's share stays.
type splitShare struct {
	split *container.Split
	auto  float64 // the share last set automatically, 0 before any
	user  bool    // the share is the user's
}

// newSplitShare lays split out with the share remembered in p, else the
// automatic one.
func newSplitShare(split *container.Split, p fyne.Preferences) *splitShare {
	s := &splitShare{split: split}
	if v := p.Float(prefSplit); validShare(v) {
		s.user = true
		split.Offset = v
	} else {
		split.Offset = timelineShare
	}
	return s
}

// dragged reports whether the divider was moved since the share was last
// set automatically.
func (s *splitShare) dragged() bool {
	return !s.user && s.auto != 0 && s.split.Offset != s.auto
}

// Layout gives the split the whole room, with the timeline's share.
func (s *splitShare) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if s.dragged() {
		s.user = true
	}
	if !s.user {
		s.auto = autoShare(size.Height)
		s.split.Offset = s.auto
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size) // a new size lays the split out with its new share
	}
}

// MinSize is the split's.
func (s *splitShare) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// save remembers the user's share in p; an automatic share is not
// remembered, so that the next window sizes its own.
func (s *splitShare) save(p fyne.Preferences) {
	if (s.user || s.dragged()) && validShare(s.split.Offset) {
		p.SetFloat(prefSplit, s.split.Offset)
	}
}

// panelLayout gives the one object of a pane of the lower split a minimum
// width of its own, so that the split's divider stays where the user put
// it whatever the pane shows: Fyne's split moves its divider to honour its
// panes' minimum widths, and a pane that asked for more room each time it
// showed a wider row (an event's review buttons) pushed the other one
// aside. With fixed, the pane's minimum width is width alone, whatever its
// content asks; else it is at least width.
type panelLayout struct {
	width float32
	fixed bool
}

// MinSize implements fyne.Layout.
func (p panelLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	if p.fixed {
		m.Width = p.width
	}
	return fyne.NewSize(max(m.Width, p.width), m.Height)
}

// Layout implements fyne.Layout.
func (panelLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// leftPaneMin is the narrowest the pane of the search and the events
// table gets: the entry and a long match count ("10 of 100 events match ·
// 1000 claims") side by side, the entry still wide enough to type in; the
// table's filter chips wrap. With rightPaneMin it lets the window narrow
// to 800 px and less.
const leftPaneMin = 420

// lowerSplit is the share of the window's width the search and events pane
// starts with: at the default size its table shows a subject, a measure
// and a value whole beside the label (at 0.55 they were cut to "The
// fir…", "compe…", "100 …"); the source view keeps about 60 characters a
// line.
const lowerSplit = 0.64

// rightPaneLeast is the narrowest the source view gets, whatever its
// buttons: about forty characters of passage a line.
const rightPaneLeast = 280

// rightPaneMin returns the narrowest the source view gets: rightPaneLeast,
// or the widest of a passage's buttons (Full article, Copy citation, Split
// claim out), which wrap onto more lines in a narrow pane, when that is
// wider. The review buttons keep one row, those that do not fit in a menu.
func rightPaneMin() float32 {
	var widest float32
	for _, b := range []*widget.Button{
		widget.NewButtonWithIcon(lang.L("Full article"), theme.DocumentIcon(), nil),
		widget.NewButtonWithIcon(lang.L("Copy citation"), theme.ContentCopyIcon(), nil),
		widget.NewButtonWithIcon(lang.L("Split claim out"), theme.ContentCutIcon(), nil),
	} {
		widest = max(widest, b.MinSize().Width)
	}
	return max(rightPaneLeast, widest+2*theme.Padding())
}

// tabsCountLayout lays out the tabs under the search row and, at the right
// of their row, the events table's count when the Events tab is shown and
// the count fits beside the tabs' titles; else the count stays with the
// table's filter chips (which then take a line more in a narrow pane).
type tabsCountLayout struct {
	tabs     *container.AppTabs
	events   *eventsPanel
	inTabRow bool // the count was last placed in the row of the tabs
}

// tabsWidth returns the width of the tabs' titles in their row: each title
// with its padding, and a gap after it.
func (l *tabsCountLayout) tabsWidth() float32 {
	th := l.tabs.Theme()
	pad := th.Size(theme.SizeNamePadding)
	var w float32
	for _, it := range l.tabs.Items {
		w += fyne.MeasureText(it.Text, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width + 5*pad
	}
	return w + 2*pad
}

// Layout implements fyne.Layout.
func (l *tabsCountLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.tabs.Move(fyne.NewPos(0, 0))
	l.tabs.Resize(size)
	c := l.events.tabCount
	m := c.MinSize()
	fits := l.tabs.Selected() != nil && l.tabs.Selected().Content == l.events.content &&
		c.Text != "" && l.tabsWidth()+m.Width <= size.Width
	if fits {
		c.Move(fyne.NewPos(size.Width-m.Width, 0))
		c.Resize(m)
		c.Show()
	} else {
		c.Hide()
	}
	if fits != l.inTabRow || l.events.count.Visible() == fits {
		l.inTabRow = fits
		if fits {
			l.events.count.Hide()
		} else {
			l.events.count.Show()
		}
		l.events.relayout()
	}
}

// MinSize implements fyne.Layout: the tabs'.
func (l *tabsCountLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.tabs.MinSize() }
