package ui

import (
	"strings"

	"fyne.io/fyne/v2/widget"
)

// breakBefore opens every segment after the first: U+200B, a zero-width
// space, which always fits on a line, then U+200A, a hair space, the
// thinnest space Fyne's wrapper breaks at.
const breakBefore = "\u200b\u200a"

// wrapSafe works around word-wrapping bugs of Fyne's RichText (v2.7). When
// an inline segment starts so near the end of a line that not even one
// character fits, every following line gets one character; when a few
// characters fit but not its first word, the word is broken there ("order
// 30 n / arrow-body jets"), as the wrapper only breaks at a space within
// the segment. Starting each segment after the first with breakBefore
// gives the wrapper a character that always fits and a space to break at
// before the first word, after which it wraps the segment normally.
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
			t.Text = breakBefore + t.Text
		}
	}
	return segs
}
