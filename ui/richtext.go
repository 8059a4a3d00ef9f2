package ui

import (
	"strings"

	"fyne.io/fyne/v2/widget"
)

// zeroWidthSpace is U+200B: invisible, zero wide, and a place to break.
const zeroWidthSpace = "\u200b"

// wrapSafe works around a word-wrapping bug of Fyne's RichText (v2.7): when
// an inline segment starts so near the end of a line that not even one
// character fits, every following line gets one character. Starting each
// segment after the first with a zero-width space gives the wrapper a
// character that always fits, after which it wraps the segment normally.
//
// A space that starts a segment moves to the end of the one before, so that
// a line broken there does not start with a space.
func wrapSafe(segs []widget.RichTextSegment) []widget.RichTextSegment {
	for i := 1; i < len(segs); i++ {
		prev, ok1 := segs[i-1].(*widget.TextSegment)
		cur, ok2 := segs[i].(*widget.TextSegment)
		if ok1 && ok2 && strings.HasPrefix(cur.Text, " ") && len(cur.Text) > 1 {
			prev.Text += " "
			cur.Text = cur.Text[1:]
		}
	}
	for i, s := range segs {
		if t, ok := s.(*widget.TextSegment); ok && i > 0 && t.Style.Inline {
			t.Text = zeroWidthSpace + t.Text
		}
	}
	return segs
}
