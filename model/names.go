package model

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
)

// ReadableName returns a file name as a person may read it on a terminal or
// on screen: control characters (a newline, an escape sequence that moves
// the cursor or recolours the terminal), bidirectional overrides and bytes
// that are not UTF-8 are written as Go escapes ("\n", "\x1b", "\u202e",
// "\xff"), and a backslash then as "\\", so that a name cannot fake a line
// of output or hide its end. A name without such characters is returned as
// it is.
func ReadableName(name string) string {
	if utf8.ValidString(name) && !strings.ContainsFunc(name, hiddenRune) {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRuneInString(name[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, name[i])
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case hiddenRune(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hiddenRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(name[i : i+n])
		}
		i += n
	}
	return b.String()
}

// NameBytes returns the exact bytes of a name that is not valid UTF-8 (nil
// for one that is, which JSON holds exactly): JSON turns such bytes into
// U+FFFD, and the name could not be matched back to its file.
func NameBytes(name string) []byte {
	if utf8.ValidString(name) {
		return nil
	}
	return []byte(name)
}

// hiddenRune reports whether r changes how a terminal shows what follows
// rather than being shown: control characters and bidirectional controls.
func hiddenRune(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

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
