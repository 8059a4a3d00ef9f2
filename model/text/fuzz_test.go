package text

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/model/internal/testkit"
	"golang.org/x/text/unicode/norm"
)

// corpora is the folder of the shared corpora, whose date and number cases
// seed the fuzz target (see testkit.SeedTexts).
var corpora = filepath.Join("..", "..", "..", "shared", "corpora")

// FuzzDecode checks that any bytes decode to valid, NFC, UTF-8 text with LF
// line ends and a known encoding, or to an error that says why. `make fuzz`
// runs it for FUZZTIME.
func FuzzDecode(f *testing.F) {
	for _, s := range testkit.SeedTexts(f, corpora) {
		f.Add([]byte(s))
		f.Add(testkit.UTF16LE(s, true))
		f.Add(testkit.UTF16LE(s, false))
	}
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	f.Add([]byte("MZ\x90\x00\x03\x00\x00\x00"))
	f.Add([]byte("Le caf\xe9 co\xfbte 2 \x80."))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode(b)
		if err != nil {
			if s != "" || enc != "" {
				t.Fatalf("error %v with text %q (%s)", err, s, enc)
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		switch enc {
		case EncUTF8, EncUTF8BOM, EncUTF16LE, EncUTF16BE, EncCP1252:
		default:
			t.Fatalf("unknown encoding %q", enc)
		}
		if !utf8.ValidString(s) {
			t.Fatalf("decoded text is not valid UTF-8: %q", s)
		}
		if strings.ContainsAny(s, "\r\x00") {
			t.Fatalf("decoded text keeps CR or NUL: %q", s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Fatalf("decoded text is not NFC: %q", s)
		}
		if strings.TrimSpace(s) == "" {
			t.Fatal("blank text decoded without ErrEmpty")
		}
	})
}
