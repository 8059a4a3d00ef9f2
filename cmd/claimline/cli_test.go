package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
)

// cliFolder writes files into a new temporary folder and returns it.
func cliFolder(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const cliArticle = "Hier, Telegram a gagné 70 millions d'utilisateurs pendant la panne de Facebook, a déclaré Pavel Durov."

func TestCLIExitCodesAndProblems(t *testing.T) {
	mixed := cliFolder(t, map[string][]byte{
		"good.txt":      []byte("Le 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs, a déclaré Pavel Durov."),
		"empty.txt":     nil,
		"photo.txt":     []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
		"sub/table.txt": []byte("app;users;date\nTelegram;70000000;2021-10-04\nSignal;1000000;2021-10-04\nWhatsApp;2000000000;2021-10-04\n"),
	})
	if err := os.Symlink("nowhere.txt", filepath.Join(mixed, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	bad := cliFolder(t, map[string][]byte{"empty.txt": nil, "photo.md": []byte("GIF89a\x01\x00\x01\x00")})
	badDate := cliFolder(t, map[string][]byte{"a.txt": []byte("title: Test\ndate: 2023-13-45\n\nLe 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs, a déclaré Pavel Durov.\n")})
	empty := t.TempDir()
	tests := []struct {
		name      string
		args      []string
		want      int
		stderr    []string // each must be in stderr
		noStderr  bool     // stderr must be empty
		stdoutHas string
	}{
		{"events of the default set", []string{"events"}, exitOK, nil, true, "Telegram"},
		{"claims --json of the default set", []string{"claims", "--json"}, exitOK, nil, true, `"quote"`},
		{"help", []string{"--help"}, exitOK, nil, true, "Usage:"},
		{"subcommand help", []string{"events", "-h"}, exitOK, nil, true, "Usage:"},
		{"version", []string{"--version"}, exitOK, nil, true, "Claimline " + assets.Version},
		{"some files load", []string{"events", mixed}, exitOK, []string{
			"claimline: empty.txt: the file is empty",
			"claimline: photo.txt: this looks like a PNG image",
			"claimline: sub/table.txt: this does not look like an article (it is table data (CSV))",
			"claimline: dangling.txt: no such file or folder",
		}, false, "Telegram"},
		{"a file and a missing path", []string{"claims", filepath.Join(mixed, "good.txt"), filepath.Join(mixed, "missing.txt")}, exitOK,
			[]string{"missing.txt: no such file or folder"}, false, "Telegram"},
		{"nothing loads", []string{"events", bad}, exitNothing, []string{
			"claimline: empty.txt: the file is empty",
			"claimline: photo.md: this looks like a GIF image",
			"claimline: no article could be loaded",
		}, false, ""},
		{"missing folder", []string{"dates", filepath.Join(bad, "nope")}, exitNothing, []string{"nope: no such file or folder", "no article could be loaded"}, false, ""},
		{"empty folder", []string{"search", "x", empty}, exitNothing, []string{"no .txt, .md or .html file was found in " + empty}, false, ""},
		{"a date header that is no date", []string{"events", badDate}, exitOK,
			[]string{`claimline: a.txt: the header's date "2023-13-45" is not a valid date (there is no month 13)`}, false, "Telegram"},
		{"unknown option", []string{"events", "--bogus"}, exitBadUsage, []string{"unknown option --bogus", "Usage:"}, false, ""},
		{"--published outside dates", []string{"claims", "--published", "2021-10-05"}, exitBadUsage, []string{"unknown option --published"}, false, ""},
		{"--published without a date", []string{"dates", "--published"}, exitBadUsage, []string{"--published needs a date"}, false, ""},
		{"--published not a date", []string{"dates", "--published", "mardi"}, exitBadUsage, []string{`"mardi" is not a date`}, false, ""},
		{"--published year 0", []string{"dates", "--published=0000"}, exitBadUsage, []string{`"0000" is not a date`}, false, ""},
		{"search without a query", []string{"search"}, exitBadUsage, []string{"give a query"}, false, ""},
		{"search with a blank query", []string{"search", "  "}, exitBadUsage, []string{"give a query"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.want, stderr.String())
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr.String())
				}
			}
			if tt.noStderr && stderr.Len() > 0 {
				t.Errorf("stderr %q, want none", stderr.String())
			}
			if lines := strings.Count(stderr.String(), "\n"); tt.want == exitOK && len(tt.stderr) > 0 && lines != len(tt.stderr) {
				t.Errorf("stderr has %d lines, want one per problem (%d):\n%s", lines, len(tt.stderr), stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdoutHas) {
				t.Errorf("stdout does not hold %q:\n%.500s", tt.stdoutHas, stdout.String())
			}
			if code != exitOK && stdout.Len() > 0 && tt.want != exitOK {
				t.Errorf("stdout %q after a failure, want nothing", stdout.String())
			}
		})
	}
}

// jsonLines runs the command line and decodes each line of its output.
func jsonLines(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("%v: exit code %d: %s", args, code, stderr.String())
	}
	var out []map[string]any
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", len(out)+1, err, sc.Text())
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		t.Fatalf("%v printed nothing", args)
	}
	return out
}

// articleTexts returns the decoded text of each default article by name.
func articleTexts(t *testing.T) map[string]string {
	t.Helper()
	set, err := model.LoadFS(context.Background(), assets.Articles(), "default", model.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, a := range set.Articles {
		texts[a.Name] = a.Text
	}
	return texts
}

func TestCLIEventsJSON(t *testing.T) {
	texts := articleTexts(t)
	lines := jsonLines(t, "events", "--json")
	var valued, conflicts int
	for i, e := range lines {
		for _, k := range []string{"id", "date", "precision", "subject", "metric", "label", "sources", "conflicts"} {
			if _, ok := e[k]; !ok {
				t.Errorf("event %d has no %q: %v", i, k, e)
			}
		}
		if d, err := model.ParseISODate(e["date"].(string)); err != nil || d.IsZero() {
			t.Errorf("event %d: date %q: %v", i, e["date"], err)
		}
		switch e["precision"] {
		case "day", "month", "year", "range":
		default:
			t.Errorf("event %d: precision %q", i, e["precision"])
		}
		if v, ok := e["value"]; ok {
			if _, isNum := v.(float64); !isNum {
				t.Errorf("event %d: value %v is not a number", i, v)
			}
			valued++
		}
		if m := e["metric"]; m != "event" && e["value"] == nil {
			t.Errorf("event %d: a %s figure without a value", i, m)
		}
		cs, ok := e["conflicts"].([]any)
		if !ok {
			t.Errorf("event %d: conflicts %v is not a list", i, e["conflicts"])
		}
		conflicts += len(cs)
		srcs, _ := e["sources"].([]any)
		if len(srcs) == 0 {
			t.Errorf("event %d (%s) has no source", i, e["label"])
		}
		for _, s := range srcs {
			checkJSONSource(t, texts, s)
		}
	}
	if valued == 0 {
		t.Error("no event has a value")
	}
	t.Logf("%d events, %d with a value, %d conflicts", len(lines), valued, conflicts)
}

// checkJSONSource checks that a source names an article, and that its quote
// is the article's text between start and end.
func checkJSONSource(t *testing.T, texts map[string]string, v any) {
	t.Helper()
	s, _ := v.(map[string]any)
	for _, k := range []string{"article", "quote", "start", "end"} {
		if _, ok := s[k]; !ok {
			t.Errorf("source has no %q: %v", k, s)
			return
		}
	}
	text, ok := texts[s["article"].(string)]
	start, end := int(s["start"].(float64)), int(s["end"].(float64))
	if !ok || start < 0 || start >= end || end > len(text) || text[start:end] != s["quote"] {
		t.Errorf("source %v: the quote is not the article's text at %d-%d", s, start, end)
	}
}

func TestCLIDatesPublished(t *testing.T) {
	dir := cliFolder(t, map[string][]byte{"undated.txt": []byte(cliArticle + " Lundi, Signal a suivi.")})
	tests := []struct {
		published string
		want      map[string]string // date text -> value
	}{
		{"2021-10-05", map[string]string{"Hier": "2021-10-04", "Lundi": "2021-10-04"}},
		{"2020-03-01", map[string]string{"Hier": "2020-02-29", "Lundi": "2020-02-24"}},
	}
	for _, tt := range tests {
		t.Run(tt.published, func(t *testing.T) {
			got := map[string]string{}
			for _, d := range jsonLines(t, "dates", "--json", "--published", tt.published, dir) {
				if d["reference"] != tt.published || d["article"] != "undated.txt" {
					t.Errorf("line %v: want reference %s in undated.txt", d, tt.published)
				}
				got[d["text"].(string)] = d["value"].(string)
			}
			for text, want := range tt.want {
				if got[text] != want {
					t.Errorf("%q = %q, want %q (all: %v)", text, got[text], want, got)
				}
			}
		})
	}
	// On the default set, --published replaces each article's own date.
	for _, d := range jsonLines(t, "dates", "--json", "--published=2021-10-05") {
		if d["reference"] != "2021-10-05" {
			t.Fatalf("line %v: reference is not 2021-10-05", d)
		}
	}
}

func TestCLISearchDourov(t *testing.T) {
	hits := jsonLines(t, "search", "--json", "dourov")
	var durov int
	for _, h := range hits {
		text, _ := h["text"].(string)
		if strings.Contains(text, "Durov") || strings.Contains(text, "Dourov") {
			durov++
		}
		runes := len([]rune(text))
		m, _ := h["matched"].([]any)
		if len(m) == 0 {
			t.Errorf("hit %q has no matched characters", text)
		}
		for _, i := range m {
			if n := int(i.(float64)); n < 0 || n >= runes {
				t.Errorf("hit %q: matched index %d outside its %d runes", text, n, runes)
			}
		}
	}
	if durov == 0 || durov*2 < len(hits) {
		t.Errorf("%d of %d hits name Durov", durov, len(hits))
	}
	var said int
	for _, h := range hits {
		if h["said_by"] == "Pavel Durov" {
			said++
		}
	}
	if said == 0 {
		t.Error("no hit is a claim said by Pavel Durov")
	}
}

func TestCLIDatesDirectionAnchor(t *testing.T) {
	dir := cliFolder(t, map[string][]byte{"undated.txt": []byte(cliArticle + " Hier soir, vers 21 h 45, Signal a suivi. La salle sera fermée en juillet.")})
	lines := jsonLines(t, "dates", "--json", "--published", "2021-10-05", dir)
	tests := []struct {
		text, value, precision, direction, anchor, why string
	}{
		{"Hier soir", "2021-10-04", "day", "past", "2021-10-05", "publication"},
		{"21 h 45", "2021-10-04T21:45", "hour", "past", "2021-10-04", "sentence"},
		{"juillet", "2022-07", "month", "future", "2021-10-05", "publication"},
	}
	for _, tt := range tests {
		var got map[string]any
		for _, d := range lines {
			if d["text"] == tt.text {
				got = d
			}
		}
		if got == nil {
			t.Errorf("%q not found in %v", tt.text, lines)
			continue
		}
		anchor, why := "", ""
		if a, ok := got["anchor"].(map[string]any); ok {
			anchor, why = a["date"].(string), a["why"].(string)
		}
		if got["value"] != tt.value || got["precision"] != tt.precision || got["direction"] != tt.direction || anchor != tt.anchor || why != tt.why {
			t.Errorf("%q: got %v, want %s %s %s anchor %s (%s)", tt.text, got, tt.value, tt.precision, tt.direction, tt.anchor, tt.why)
		}
	}
}

// A file name with a newline, an escape sequence or bytes that are not
// UTF-8 is printed escaped in tables and on stderr (it could fake a line of
// output), and JSON keeps its exact bytes next to the readable form.
func TestCLIHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	names := []string{"fake\nclaimline: loaded fine.txt", "esc\x1b[2J.txt", "bytes\xff.txt"}
	for i, n := range names {
		body := "Telegram a gagné 70 millions d'utilisateurs le 5 octobre 2021, a annoncé Pavel Durov. Article " + strconv.Itoa(i) + ".\n"
		if err := os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", n, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "empty\n.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	run([]string{"claims", dir}, &out, &errOut)
	for _, b := range []string{out.String(), errOut.String()} {
		if strings.ContainsAny(b, "\x1b\xff") || strings.Contains(b, "\nclaimline: loaded fine") {
			t.Errorf("raw control characters or bytes printed:\n%q", b)
		}
	}
	if !strings.Contains(errOut.String(), `empty\n.txt`) {
		t.Errorf("stderr does not name the empty file readably: %q", errOut.String())
	}
	out.Reset()
	run([]string{"claims", "--json", dir}, &out, &errOut)
	found := false
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var c struct {
			Article      string `json:"article"`
			ArticleBytes []byte `json:"article_bytes"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		if c.ArticleBytes != nil {
			found = true
			if string(c.ArticleBytes) != "bytes\xff.txt" || c.Article != `bytes\xff.txt` {
				t.Errorf("article %q, bytes %q", c.Article, c.ArticleBytes)
			}
		}
	}
	if !found {
		t.Errorf("no claim kept the bytes of the name that is not UTF-8:\n%s", out.String())
	}
}
