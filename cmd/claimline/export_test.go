package main

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
	"github.com/claimline/claimline/ui/export"
	"github.com/claimline/claimline/ui/exportui"
)

func TestExportExitCodes(t *testing.T) {
	dir := t.TempDir()
	articles := t.TempDir()
	if err := os.CopyFS(articles, assets.Articles()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string // in stderr
		wantFile string // written, in dir
	}{
		{"png", []string{"-o", "{dir}/a.png"}, exitOK, "", "a.png"},
		{"svg of a folder, flags after the path", []string{"{articles}", "-o", "{dir}/b.svg"}, exitOK, "", "b.svg"},
		{"pdf with every option", []string{"-o", "{dir}/c.pdf", "--width", "1123", "--height", "794", "--query", "durov",
			"--from", "2021-10", "--to", "2021-10-05", "--theme", "dark", "--title", "Durov"}, exitOK, "", "c.pdf"},
		{"help", []string{"--help"}, exitOK, "", ""},
		{"no output", []string{}, exitBadUsage, "say where to write", ""},
		{"unknown extension", []string{"-o", "{dir}/d.jpg"}, exitBadUsage, "not .png, .svg or .pdf", ""},
		{"unknown flag", []string{"-o", "{dir}/e.png", "--colour", "red"}, exitBadUsage, "not defined", ""},
		{"bad theme", []string{"-o", "{dir}/f.png", "--theme", "sepia"}, exitBadUsage, "not light or dark", ""},
		{"bad date", []string{"-o", "{dir}/g.png", "--from", "October"}, exitBadUsage, "--from", ""},
		{"range backwards", []string{"-o", "{dir}/h.png", "--from", "2021-10-05", "--to", "2021-10-01"}, exitBadUsage, "before", ""},
		{"too small", []string{"-o", "{dir}/i.png", "--width", "100"}, exitBadUsage, "width must be", ""},
		{"nothing loaded", []string{"-o", "{dir}/j.png", "{dir}/no-such-folder"}, exitNothing, "nothing to export", ""},
		{"folder missing", []string{"-o", "{dir}/none/k.png"}, exitNothing, "the folder does not exist", ""},
		{"no match", []string{"-o", "{dir}/l.png", "--query", "zzqqxxjj"}, exitOK, "no event matches", "l.png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.ReplaceAll(strings.ReplaceAll(a, "{dir}", dir), "{articles}", articles)
			}
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"export"}, args...), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tt.wantErr)
			}
			if tt.wantFile != "" {
				if st, err := os.Stat(filepath.Join(dir, tt.wantFile)); err != nil || st.Size() == 0 {
					t.Errorf("%s not written: %v", tt.wantFile, err)
				}
			}
		})
	}
	// Failed exports leave nothing behind.
	des, _ := os.ReadDir(dir)
	var names []string
	for _, d := range des {
		names = append(names, d.Name())
	}
	if strings.Join(names, " ") != "a.png b.svg c.pdf l.png" {
		t.Errorf("the folder holds %v, want only the four images written", names)
	}
}

// TestCLIAndAppDrawTheSameImage exports with the command line and with the
// app's dialog choices for the same options, and compares the files.
func TestCLIAndAppDrawTheSameImage(t *testing.T) {
	// A PDF records when it was made: the same epoch makes both the same.
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	tl, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2021, time.January, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2021, time.October, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		ext     string
		args    []string
		req     exportui.Request
		choices exportui.Choices
	}{
		{
			name:    "defaults",
			ext:     ".png",
			args:    nil,
			req:     exportui.Request{Timeline: tl},
			choices: exportui.Choices{Width: 1920, Height: 1080},
		},
		{
			name:    "svg",
			ext:     ".svg",
			args:    []string{"--theme", "dark"},
			req:     exportui.Request{Timeline: tl},
			choices: exportui.Choices{Width: 1920, Height: 1080, Theme: export.Dark},
		},
		{
			name: "search, view, size, theme and title",
			ext:  ".pdf",
			args: []string{"--query", "telegram", "--from", "2021", "--to", "2021-10-05", "--width", "1123", "--height", "794",
				"--theme", "dark", "--title", "Telegram in 2021"},
			req: exportui.Request{Timeline: tl, Query: "telegram",
				Matches:  export.EventsOf(search.NewIndex(tl).Search("telegram")),
				ViewFrom: from, ViewTo: to},
			choices: exportui.Choices{Title: "Telegram in 2021", CurrentView: true, OnlyShown: true,
				Width: 1123, Height: 794, Theme: export.Dark},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cli, app := filepath.Join(dir, "cli"+tt.ext), filepath.Join(dir, "app"+tt.ext)
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"export", "-o", cli}, tt.args...), &stdout, &stderr); code != exitOK {
				t.Fatalf("exit code %d: %s", code, stderr.String())
			}
			if err := export.WriteFile(app, tl, tt.req.Options(tt.choices)); err != nil {
				t.Fatal(err)
			}
			a, _ := os.ReadFile(cli)
			b, _ := os.ReadFile(app)
			if len(a) == 0 || !bytes.Equal(a, b) {
				t.Errorf("the command line and the app wrote different images (%d and %d bytes)", len(a), len(b))
			}
		})
	}
}

// "--" ends the flags of export: every argument after it is a path, even
// one that looks like a flag; a "--" that is a flag's value does not.
func TestExportDoubleDash(t *testing.T) {
	for _, c := range []struct {
		args      []string
		out       string
		paths     []string
		wantError bool
	}{
		{args: []string{"-o", "mine.svg", "--", "-o", "target.png"}, out: "mine.svg", paths: []string{"-o", "target.png"}},
		{args: []string{"-o", "mine.svg", "--", "a.txt", "-o", "target.png", "--width", "5"}, out: "mine.svg", paths: []string{"a.txt", "-o", "target.png", "--width", "5"}},
		{args: []string{"a.txt", "-o", "mine.svg", "b.txt", "--", "--", "-x"}, out: "mine.svg", paths: []string{"a.txt", "b.txt", "--", "-x"}},
		{args: []string{"--title", "--", "-o", "mine.svg", "a.txt"}, out: "mine.svg", paths: []string{"a.txt"}},
		{args: []string{"-o=mine.svg", "--", "--title=x"}, out: "mine.svg", paths: []string{"--title=x"}},
		{args: []string{"--", "-o", "mine.svg"}, wantError: true},
		{args: []string{"-o", "mine.svg", "--width", "0"}, wantError: true},
		{args: []string{"-o", "mine.svg", "--height=-3"}, wantError: true},
	} {
		f, err := parseExportFlags(c.args)
		if c.wantError {
			if err == nil {
				t.Errorf("%q: no error", c.args)
			}
			continue
		}
		if err != nil || f.out != c.out || !slices.Equal(f.paths, c.paths) {
			t.Errorf("%q: out %q paths %q (%v), want %q %q", c.args, f.out, f.paths, err, c.out, c.paths)
		}
	}
}

// "--" ends the options of events, claims, dates and search too.
func TestCLIDoubleDash(t *testing.T) {
	for _, c := range []struct {
		cmd   string
		args  []string
		paths []string
	}{
		{"events", []string{"--json", "--", "--json", "-x"}, []string{"--json", "-x"}},
		{"dates", []string{"a", "--", "--published", "2021"}, []string{"a", "--published", "2021"}},
		{"search", []string{"--", "-q", "b"}, []string{"-q", "b"}},
	} {
		o, err := parseCLI(c.cmd, c.args)
		if err != nil || !slices.Equal(o.args, c.paths) {
			t.Errorf("%s %q: %q (%v), want %q", c.cmd, c.args, o.args, err, c.paths)
		}
	}
	if got := guiPaths([]string{"--", "-o", "x"}); !slices.Equal(got, []string{"-o", "x"}) {
		t.Errorf("guiPaths: %q", got)
	}
	if got := guiPaths([]string{"a", "--", "--"}); !slices.Equal(got, []string{"a", "--"}) {
		t.Errorf("guiPaths: %q", got)
	}
}

func TestExportLang(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		say, not string
	}{
		{[]string{"--lang", "fr"}, exitOK, "Telegram, octobre 2021", "October"},
		{[]string{"--lang", "en"}, exitOK, "Telegram, October 2021", "octobre"},
		{[]string{"--lang", "de"}, exitBadUsage, "", ""},
	}
	for _, tt := range tests {
		out := filepath.Join(t.TempDir(), "t.svg")
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"export", "-o", out}, tt.args...), &stdout, &stderr)
		if code != tt.code {
			t.Fatalf("%v: exit code %d, want %d (%s)", tt.args, code, tt.code, stderr.String())
		}
		if code != exitOK {
			if !strings.Contains(stderr.String(), "--lang must be en or fr") {
				t.Errorf("%v: stderr %q does not say why", tt.args, stderr.String())
			}
			continue
		}
		svg, _ := os.ReadFile(out)
		if !strings.Contains(string(svg), tt.say) || strings.Contains(string(svg), tt.not) {
			t.Errorf("%v: the image does not say %q or says %q", tt.args, tt.say, tt.not)
		}
	}
}

// TestExportSaysSizeWritten exports a story too dense to label whole at a
// small size: the PNG and the SVG grow taller to list their events, the PDF
// continues the list on a page of its own, and the message says the size
// the file has, not the one asked for.
func TestExportSaysSizeWritten(t *testing.T) {
	articles := filepath.Join("..", "..", "testdata", "articles")
	tests := []struct {
		ext   string
		pages int
		size  func(t *testing.T, path string) (w, h int) // of the file written
	}{
		{".png", 1, func(t *testing.T, path string) (int, int) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cfg, err := png.DecodeConfig(f)
			if err != nil {
				t.Fatal(err)
			}
			return cfg.Width, cfg.Height
		}},
		{".svg", 1, func(t *testing.T, path string) (int, int) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// The SVG's size is in points, ¾ of a pixel.
			m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(b)
			if m == nil {
				t.Fatalf("no size in the SVG %.200q", b)
			}
			w, _ := strconv.ParseFloat(string(m[1]), 64)
			h, _ := strconv.ParseFloat(string(m[2]), 64)
			return int(math.Round(w * 4 / 3)), int(math.Round(h * 4 / 3))
		}},
		{".pdf", 2, func(*testing.T, string) (int, int) { return 640, 360 }},
	}
	for _, tt := range tests {
		t.Run(tt.ext, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "t"+tt.ext)
			var stdout, stderr bytes.Buffer
			if code := run([]string{"export", "-o", out, "--width", "640", "--height", "360", articles}, &stdout, &stderr); code != exitOK {
				t.Fatalf("exit code %d: %s", code, stderr.String())
			}
			w, h := tt.size(t, out)
			if tt.pages == 1 && h <= 360 {
				t.Fatalf("the %s is %d px high: the story does not list events under the timeline, the test tests nothing", tt.ext, h)
			}
			want := fmt.Sprintf("(%d × %d px)", w, h)
			if tt.pages > 1 {
				want = fmt.Sprintf("(%d pages of %d × %d px)", tt.pages, w, h)
			}
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("the message %q does not say %s", stdout.String(), want)
			}
		})
	}
}
