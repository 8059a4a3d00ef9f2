package text

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
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
