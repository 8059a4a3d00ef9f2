package text

import (
	"errors"
	"strings"
	"testing"
)

func TestReadableName(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"article.txt", "article.txt"},
		{"été 2021/résumé.md", "été 2021/résumé.md"},
		{"a\nclaimline: loaded fine.txt", `a\nclaimline: loaded fine.txt`},
		{"red\x1b[31m.txt", `red\x1b[31m.txt`},
		{"bad\xff\xfe.txt", `bad\xff\xfe.txt`},
		{"txt.\u202eexe", `txt.\u202eexe`},
		{`back\slash.txt`, `back\slash.txt`},
		{"back\\slash\n.txt", `back\\slash\n.txt`},
		{"tab\there\r.txt", `tab\there\r.txt`},
		{"c1\u009b.txt", `c1\x9b.txt`},
	} {
		got := ReadableName(c.name)
		if got != c.want {
			t.Errorf("ReadableName(%q) = %q, want %q", c.name, got, c.want)
		}
		if strings.ContainsFunc(got, hiddenRune) {
			t.Errorf("ReadableName(%q) = %q still holds a control character", c.name, got)
		}
	}
	if p := (Problem{File: "x\n.txt", Err: errors.New("empty")}); p.Error() != `x\n.txt: empty` {
		t.Errorf("Problem.Error() = %q", p.Error())
	}
	if NameBytes("ok.txt") != nil || string(NameBytes("a\xff")) != "a\xff" {
		t.Error("NameBytes")
	}
}
