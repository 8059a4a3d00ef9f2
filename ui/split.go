package ui

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	// timelineShareMax of its height.
	timelineWants    = 300
	timelineShareMax = 0.6
)

// autoShare returns the timeline's share of a split h high: 40%, more in
// a short window (60% at 500 px).
func autoShare(h float32) float64 {
	if !(h > 0) {
		return timelineShare
	}
	return min(max(timelineShare, timelineWants/float64(h)), timelineShareMax)
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
