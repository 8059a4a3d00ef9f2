package ui

import (
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
)

func TestHighlightKeepsWordsWhole(t *testing.T) {
	tests := []struct {
		name  string
		quote string
		value string // the highlighted figure, "" for none
		date  string // the highlighted date words
		want  []string
	}{
		{"apart", "On 4 October 2021, Telegram gained 70 million users.", "70 million", "4 October 2021", []string{"4 October 2021,", "70 million"}},
		{"elided article", "Le chiffre d'octobre 2021 : 70 millions", "70 millions", "octobre 2021", []string{"d'octobre 2021", "70 millions"}},
		{"inside brackets", "revenue (US$9.23bn) in August", "9.23bn", "August", []string{"(US$9.23bn)", "August"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			span := func(s string) model.Span {
				if s == "" {
					return model.Span{}
				}
				i := strings.Index(tt.quote, s)
				return model.Span{Start: 100 + i, End: 100 + i + len(s)}
			}
			src := model.Source{Quote: tt.quote, Start: 100, End: 100 + len(tt.quote)}
			c := &model.Claim{ValueSpan: span(tt.value), DateSpan: span(tt.date)}
			segs := highlightPassage(src, c)
			var all strings.Builder
			var bold []string
			for k, s := range segs {
				ts := s.(*widget.TextSegment)
				all.WriteString(ts.Text)
				if ts.Style.TextStyle.Bold {
					bold = append(bold, ts.Text)
				}
				if k == 0 {
					continue
				}
				prev := segs[k-1].(*widget.TextSegment).Text
				a, _ := lastRune(prev)
				b, _ := firstRune(ts.Text)
				if !unicode.IsSpace(a) && !unicode.IsSpace(b) {
					t.Errorf("segments %q and %q meet inside a word", prev, ts.Text)
				}
			}
			if all.String() != tt.quote {
				t.Errorf("segments read %q, want %q", all.String(), tt.quote)
			}
			// The highlights, in the order of the marks (figure, then date),
			// sorted by place.
			if strings.Join(bold, "|") != strings.Join(tt.want, "|") && strings.Join(reverse(bold), "|") != strings.Join(tt.want, "|") {
				t.Errorf("highlighted %q, want %q", bold, tt.want)
			}
		})
	}
}

// lastRune and firstRune return a text's last and first runes.
func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return ' ', false
	}
	return r[len(r)-1], true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return ' ', false
}

// reverse returns ss backwards.
func reverse(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[len(ss)-1-i] = s
	}
	return out
}

func TestTabSkipsScrolledAwayButtons(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.win.Resize(fyne.NewSize(800, 400))
	// The event whose sources disagree shows several passages, more
	// than fit in the source view at 800×400.
	h.w.timeline.Select(3)
	v := h.w.source
	if len(v.buttons) < 4 {
		t.Fatalf("%d buttons", len(v.buttons))
	}
	check := func(when string) {
		top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
		some := false
		for _, pb := range v.buttons {
			y := contentY(pb.b, v.body)
			in := y+pb.b.Size().Height > top && y < bottom
			if in == pb.b.Disabled() && pb.usable {
				t.Errorf("%s: button %q at %v (view %v–%v) disabled %v", when, pb.b.Text, y, top, bottom, pb.b.Disabled())
			}
			some = some || !in
		}
		if !some && when == "at the top" {
			t.Fatalf("%s: every button is in view (scroll %v, body %v): the test needs some out of view", when, v.scroll.Size(), v.body.Size())
		}
	}
	check("at the top")
	// Scroll to the end: those at the top go out of reach.
	v.scroll.ScrollToBottom()
	v.scroll.OnScrolled(v.scroll.Offset)
	check("at the bottom")
	// Tab from the search entry never lands on a disabled button.
	c := h.w.win.Canvas()
	c.Focus(h.w.search.entry)
	for n := 0; n < 40; n++ {
		c.FocusNext()
		if b, ok := c.Focused().(*widget.Button); ok && b.Disabled() {
			t.Fatalf("Tab reached a disabled button %q", b.Text)
		}
	}
}
