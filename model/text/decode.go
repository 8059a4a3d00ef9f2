package text

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Errors the decoder returns; Problem wraps them with the file name.
var (
	// ErrEmpty says a file holds nothing but white space.
	ErrEmpty = errors.New("the file is empty")
	// ErrBinary says a file holds binary data (an image, an archive, an
	// office document), not text.
	ErrBinary = errors.New("this is a binary file, not text")
)

// Encoding names reported by Decode.
const (
	EncUTF8    = "UTF-8"
	EncUTF8BOM = "UTF-8 with BOM"
	EncUTF16LE = "UTF-16LE"
	EncUTF16BE = "UTF-16BE"
	EncCP1252  = "Windows-1252"
)

// magic lists signatures of binary formats people rename to .txt by mistake.
var magic = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"%PDF-", "a PDF document (export it to text first)"},
	{"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file: save it as text first)"},
	{"\x7fELF", "a program"},
	{"MZ", "a Windows program"},
	{"\x1f\x8b", "a gzip archive"},
	{"RIFF", "a media file"},
	{"\xd0\xcf\x11\xe0", "an old Office document (save it as text first)"},
}

// Decode turns the bytes of a text file into UTF-8 text with LF line ends and
// composed accents (NFC), and names the encoding it found: UTF-8 with or
// without BOM, UTF-16 with BOM (or without, when the zero bytes tell), and
// Windows-1252 for text that is not valid UTF-8. It refuses empty and binary
// files with a sentence that says why.
func Decode(b []byte) (string, string, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", ErrEmpty
	}
	var s, enc string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b, enc = b[3:], EncUTF8BOM
		if !utf8.Valid(b) {
			return "", "", binaryError("the file starts as UTF-8 but holds bytes that are not text")
		}
		s = string(b)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		s, enc = decodeUTF16(b[2:], false), EncUTF16LE
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, enc = decodeUTF16(b[2:], true), EncUTF16BE
	default:
		for _, m := range magic {
			if bytes.HasPrefix(b, []byte(m.prefix)) && (m.prefix != "MZ" || bytes.IndexByte(b[:min(len(b), 512)], 0) >= 0) {
				return "", "", binaryError("this looks like " + m.name + ", not text")
			}
		}
		if le, ok := utf16Guess(b); ok {
			s = decodeUTF16(b, !le)
			enc = EncUTF16LE
			if !le {
				enc = EncUTF16BE
			}
		} else if utf8.Valid(b) {
			s, enc = string(b), EncUTF8
		} else {
			d, err := charmap.Windows1252.NewDecoder().Bytes(b)
			if err != nil {
				return "", "", binaryError("the text is neither UTF-8 nor Windows-1252: not text this program can read")
			}
			s, enc = string(d), EncCP1252
		}
	}
	if controlShare(s) > 0.01 {
		return "", "", ErrBinary
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\x00", "")
	s = norm.NFC.String(s)
	if strings.TrimSpace(s) == "" {
		return "", "", ErrEmpty
	}
	return s, enc, nil
}

// utf16Guess recognises UTF-16 without BOM by its zero bytes: in Latin text
// every other byte is zero. It returns whether it is little-endian.
func utf16Guess(b []byte) (littleEndian, ok bool) {
	n := min(len(b)&^1, 4096)
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return true, true
	case even*10 >= half*7 && odd*10 < half:
		return false, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// controlShare is the share of control characters (other than tab, line and
// page breaks) among the text's runes: text has almost none, binary many.
func controlShare(s string) float64 {
	var ctl, n int
	for _, r := range s {
		n++
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || r == 0x7f || r == utf8.RuneError {
			ctl++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(ctl) / float64(n)
}

// binaryError is ErrBinary told more precisely: its message alone, not
// followed by ErrBinary's ("this looks like a program, not text"), while
// errors.Is still finds ErrBinary.
type binaryError string

func (e binaryError) Error() string { return string(e) }

// Is reports whether target is ErrBinary.
func (e binaryError) Is(target error) bool { return target == ErrBinary }
