package model

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
)

// fieldSpan returns the first and last of s's words, split as strings.Fields
// splits them, and how many there are, without making the list: the names
// of entities are read this way for every passage.
func fieldSpan(s string) (first, last string, n int) {
	start := -1 // the current word's start, or -1 between words
	for i := 0; i < len(s); {
		c := s[i]
		size, space := 1, false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			if last = s[start:i]; n == 0 {
				first = last
			}
			n++
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		if last = s[start:]; n == 0 {
			first = last
		}
		n++
	}
	return first, last, n
}

// nameForms caches the key (nameKey) of each name as written, with the
// name's own string: a name of several tokens is joined in a buffer and
// looked up, and its string made once per worker rather than once per
// mention.
type nameForms map[string]nameForm

// nameForm is a name as written and its key.
type nameForm struct{ text, key string }

// name returns the name that tokens i to j-1 spell (joined by a space
// where the text has a gap between them) and its key, through c (nil: no
// cache).
func (c nameForms) name(toks []lexis.Token, i, j int) (text, key string) {
	if j <= i+1 {
		return toks[i].Text, cachedNameKey(c, toks[i].Text)
	}
	var buf [64]byte
	b := buf[:0]
	for k := i; k < j; k++ {
		if k > i && toks[k].Start > toks[k-1].End {
			b = append(b, ' ')
		}
		b = append(b, toks[k].Text...)
	}
	if f, ok := c[string(b)]; ok {
		return f.text, f.key
	}
	text = string(b)
	return text, cachedNameKey(c, text)
}
