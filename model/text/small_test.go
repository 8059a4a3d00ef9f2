package text

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/timex"
)

// The smaller items of the second hostile-input round.
func TestSmallHostileItems(t *testing.T) {
	// A date written with slashes is named whole in the error ("10" is not
	// a date, it said), and ranges still parse.
	for _, c := range []struct {
		in   string
		want string // "" for an error
	}{
		{"2021/10/05", ""},
		{"2021-10-04/2021-10-06", "2021-10-04/2021-10-06"},
		{"2021/", ""},
		{"/2021", ""},
		{"2021-10", "2021-10"},
	} {
		d, err := timex.ParseISODate(c.in)
		switch {
		case c.want == "" && (err == nil || !strings.Contains(err.Error(), `"`+c.in+`"`)):
			t.Errorf("timex.ParseISODate(%q): %v, %v; want an error naming %q", c.in, d, err, c.in)
		case c.want != "" && (err != nil || d.String() != c.want):
			t.Errorf("timex.ParseISODate(%q) = %v, %v; want %s", c.in, d, err, c.want)
		}
	}
	// A Markdown heading's title is its text.
	for _, c := range []struct{ in, want string }{
		{"# Telegram gagne", "Telegram gagne"},
		{"## Telegram gagne ##", "Telegram gagne"},
		{"#hashtag du jour", "#hashtag du jour"},
		{"#", "#"},
		{"Telegram gagne", "Telegram gagne"},
	} {
		if got := headingText(c.in); got != c.want {
			t.Errorf("headingText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	a, err := ParseArticle("x.md", []byte("# Telegram gagne des utilisateurs\n\nTelegram a gagné 70 millions d'utilisateurs le 5 octobre 2021, a déclaré Pavel Durov. La messagerie est très utilisée dans le monde.\n"), false)
	if err != nil || a.Title != "Telegram gagne des utilisateurs" {
		t.Errorf("Markdown title %q (%v)", a.Title, err)
	}
	// An unreadable folder is not called a file.
	if err := readableFolder(&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}); !strings.Contains(err.Error(), "folder") {
		t.Errorf("readableFolder: %v", err)
	}
	if err := readableFolder(errors.New("odd")); err.Error() != "odd" {
		t.Errorf("readableFolder: %v", err)
	}
}
