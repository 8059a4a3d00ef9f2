package export

import (
	"image/color"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model"
)

// The runes a label starts with to make room for a person's verdict: the
// font has neither, and its missing glyph is about as wide as the mark
// drawLabel draws in their place (a check for verified, a question mark on a
// disc for disputed).
const (
	verifiedMark = "\u2713" // ✓
	disputedMark = "\u2047" // ⁇
)

// verifiedColor is the check mark's colour: a green readable on both themes'
// label tints.
var verifiedColor = color.NRGBA{0x1b, 0x8a, 0x3c, 0xff}

// statusMark is the mark a label of an event with status s starts with, with
// the space after it; "" for an unmarked status.
func statusMark(s model.Status) string {
	switch s {
	case model.Verified:
		return verifiedMark + " "
	case model.StatusDisputed:
		return disputedMark + " "
	}
	return ""
}

// noteMark is the mark of footnote note k (1, 2…): "*1".
func noteMark(k int) string { return "*" + strconv.Itoa(k) }

// reviewNotes numbers the notes of the drawn events, in timeline order, as
// footnotes after the sources; it returns them and each event's mark.
func reviewNotes(t *model.Timeline, events []int, first int) ([]footnote, map[int]string) {
	var notes []footnote
	marks := map[int]string{}
	for _, i := range events {
		note := strings.Join(strings.Fields(t.Events[i].Note), " ")
		if note == "" {
			continue
		}
		k := len(notes) + 1
		notes = append(notes, footnote{N: first + k, Mark: noteMark(k), Note: note})
		marks[i] = noteMark(k)
	}
	return notes, marks
}

// drawMarked draws a label's text at x on baseline by, with the marks it
// holds (verifiedMark, disputedMark: one before an event's label, one
// before each event a small cluster names) drawn in their place, the
// words in colour fg; it returns the width drawn.
func (d *drawing) drawMarked(p *pen, x, by float64, text string, fg color.NRGBA) float64 {
	return d.drawMarkedAt(p, x, by, text, fg, float64(d.lay.TextSize))
}

// drawMarkedAt is drawMarked with the text set at ts pixels (the list under
// the timeline sets its own size).
func (d *drawing) drawMarkedAt(p *pen, x, by float64, text string, fg color.NRGBA, ts float64) float64 {
	x0 := x
	for text != "" {
		i, m := len(text), ""
		for _, mk := range []string{verifiedMark, disputedMark} {
			if j := strings.Index(text, mk); j >= 0 && j < i {
				i, m = j, mk
			}
		}
		if i > 0 {
			// SVG drops a text's trailing space: the gap is a move instead.
			seg := text[:i]
			x += p.text(x, by, strings.TrimRight(seg, " "), Regular, ts, fg)
			if trimmed := strings.TrimRight(seg, " "); len(trimmed) < len(seg) {
				x += p.fonts.width(seg[len(trimmed):], Regular, ts, p.kern)
			}
		}
		if m == "" {
			break
		}
		cw := p.fonts.width(m, Regular, ts, p.kern)
		cy := by - 0.36*ts // the middle of the text
		if m == verifiedMark {
			k := cw * 0.42
			p.line(x+cw/2-k, cy, x+cw/2-k/3, cy+k*0.7, ts*0.16, verifiedColor)
			p.line(x+cw/2-k/3, cy+k*0.7, x+cw/2+k, cy-k*0.8, ts*0.16, verifiedColor)
		} else {
			r := cw * 0.48
			p.circle(x+cw/2, cy, r, d.pal.text)
			p.textCenter(x+cw/2, baseline(cy, r*1.5), "?", Bold, r*1.5, d.pal.bg)
		}
		x += cw
		text = text[i+len(m):]
	}
	return x - x0
}
