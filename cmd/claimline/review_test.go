package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// TestMain keeps the tests off the user's own app data: the embedded set's
// review file is looked for in a temporary folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "claimline-cli-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir) // os.UserConfigDir on Linux and BSDs
	os.Setenv("HOME", dir)            // on macOS and Windows, below HOME
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// defaultSetFolder writes the embedded articles into a new folder.
func defaultSetFolder(t *testing.T) string {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(assets.Articles(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets.Articles(), p)
		files[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return cliFolder(t, files)
}

// eventByLabel returns the first --json event whose label has the words.
func eventByLabel(t *testing.T, events []map[string]any, words string) map[string]any {
	t.Helper()
	for _, e := range events {
		if strings.Contains(e["label"].(string), words) {
			return e
		}
	}
	t.Fatalf("no event labelled %q", words)
	return nil
}

// TestCLIReview records verdicts with claimline review and reads them back
// with claimline events and claims --json, for a folder and for the
// embedded set (whose review file is in the app's data folder).
func TestCLIReview(t *testing.T) {
	for _, set := range []struct {
		name  string
		paths func(t *testing.T) []string
		file  func(paths []string) string
	}{
		{"folder", func(t *testing.T) []string { return []string{defaultSetFolder(t)} },
			func(paths []string) string { return filepath.Join(paths[0], review.FileName) }},
		{"embedded set", func(t *testing.T) []string { return nil },
			func([]string) string { d, _ := appDataDir(); return review.DefaultSetPath(d) }},
	} {
		t.Run(set.name, func(t *testing.T) {
			paths := set.paths(t)
			file := set.file(paths)
			defer os.Remove(file)
			events := jsonLines(t, append([]string{"events", "--json"}, paths...)...)
			for _, e := range events {
				if e["status"] != "unchecked" || e["note"] != nil || e["corrections"] != nil {
					t.Fatalf("an event of an unreviewed set: %v %v %v", e["status"], e["note"], e["corrections"])
				}
			}
			users := eventByLabel(t, events, "70 million new users")["id"].(string)
			rank := eventByLabel(t, events, "56th to 5th")["id"].(string)
			tests := []struct {
				args       []string
				wantStdout string
			}{
				{[]string{"--status", "verified", users}, "Mark verified: " + users},
				{[]string{"--status=disputed", "--note", "Sensor Tower's chart says 6th", rank}, "Edit note: " + rank},
				{[]string{rank, "--status", "needs_checking"}, "Mark as needing checking: " + rank},
			}
			for _, tc := range tests {
				var stdout, stderr bytes.Buffer
				if code := run(append(append([]string{"review"}, tc.args...), paths...), &stdout, &stderr); code != exitOK {
					t.Fatalf("review %v: exit %d: %s", tc.args, code, stderr.String())
				}
				if !strings.Contains(stdout.String(), tc.wantStdout) || !strings.Contains(stdout.String(), "saved in") {
					t.Errorf("review %v said %q, want %q", tc.args, stdout.String(), tc.wantStdout)
				}
			}
			if _, err := os.Stat(file); err != nil {
				t.Fatalf("no review file at %s: %v", file, err)
			}
			events = jsonLines(t, append([]string{"events", "--json"}, paths...)...)
			if e := eventByLabel(t, events, "70 million new users"); e["status"] != "verified" {
				t.Errorf("status %v, want verified", e["status"])
			}
			if e := eventByLabel(t, events, "56th to 5th"); e["status"] != "needs_checking" || e["note"] != "Sensor Tower's chart says 6th" {
				t.Errorf("status %v note %v", e["status"], e["note"])
			}
			// Every field of before is still there.
			for _, k := range []string{"id", "date", "precision", "subject", "metric", "label", "sources", "conflicts"} {
				if _, ok := events[0][k]; !ok {
					t.Errorf("events --json lost %q", k)
				}
			}
			claims := jsonLines(t, append([]string{"claims", "--json"}, paths...)...)
			var verified int
			for _, c := range claims {
				if c["event"] == users && c["event_status"] == "verified" {
					verified++
				}
			}
			if verified < 2 {
				t.Errorf("%d claims of %s say their event is verified", verified, users)
			}
		})
	}
}

// TestCLIReviewErrors: bad command lines and unknown events are clear
// errors that write nothing.
func TestCLIReviewErrors(t *testing.T) {
	dir := defaultSetFolder(t)
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no action", []string{"review", "e1-2013", dir}, exitBadUsage, "say what to record"},
		{"no event", []string{"review", "--status", "verified"}, exitBadUsage, "give the ID of the event"},
		{"bad status", []string{"review", "--status", "true", "e1-2013", dir}, exitBadUsage, `"true" is not verified`},
		{"no status value", []string{"review", "e1-2013", "--status"}, exitBadUsage, "--status needs a value"},
		{"unknown option", []string{"review", "--stat", "verified", "e1-2013", dir}, exitBadUsage, "unknown option --stat"},
		{"unknown event", []string{"review", "--status", "verified", "e99-2013", dir}, exitBadUsage, "claimline events " + dir + "` lists the events with their IDs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != tc.code || !strings.Contains(stderr.String(), tc.says) {
				t.Errorf("exit %d, stderr %q; want %d saying %q", code, stderr.String(), tc.code, tc.says)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, review.FileName)); err == nil {
		t.Error("a refused review wrote the review file")
	}
	// A broken review file stops the commands that apply it, and stays.
	broken := filepath.Join(dir, review.FileName)
	if err := os.WriteFile(broken, []byte("{\"schema\": 1, \"actions\": [}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"events", dir}, {"review", "--status", "verified", "e1-2013", dir}, {"export", "-o", filepath.Join(t.TempDir(), "x.png"), dir}} {
		var stdout, stderr bytes.Buffer
		if code := run(cmd, &stdout, &stderr); code != exitNothing || !strings.Contains(stderr.String(), "cannot be read") {
			t.Errorf("%v with a broken review file: exit %d, %q", cmd[0], code, stderr.String())
		}
	}
	if b, _ := os.ReadFile(broken); string(b) != "{\"schema\": 1, \"actions\": [}" {
		t.Error("the broken review file was changed")
	}
}

// TestExportReviewed: claimline export leaves out rejected events, marks
// verified ones and, with --notes, lists the notes.
func TestExportReviewed(t *testing.T) {
	dir := defaultSetFolder(t)
	events := jsonLines(t, "events", "--json", dir)
	founded := eventByLabel(t, events, "Telegram founded")["id"].(string)
	outage := eventByLabel(t, events, "Facebook outage")["id"].(string)
	for _, args := range [][]string{
		{"review", "--status", "rejected", founded, dir},
		{"review", "--status", "verified", "--note", "Confirmed by Meta's status page", outage, dir},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitOK {
			t.Fatalf("%v: %s", args, stderr.String())
		}
	}
	svg := func(extra ...string) string {
		out := filepath.Join(t.TempDir(), "t.svg")
		var stdout, stderr bytes.Buffer
		if code := run(append(append([]string{"export", "-o", out}, extra...), dir), &stdout, &stderr); code != exitOK {
			t.Fatalf("export: %s", stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	plain, notes := svg(), svg("--notes")
	if strings.Contains(plain, "Telegram founded") {
		t.Error("the rejected event is drawn")
	}
	if !strings.Contains(plain, "WhatsApp acquired by Facebook") {
		t.Error("an event nobody rejected is missing")
	}
	if strings.Contains(plain, "Confirmed by Meta") || strings.Contains(plain, "*1") {
		t.Error("a note is drawn without --notes")
	}
	if !strings.Contains(notes, "Confirmed by Meta&#39;s status page") && !strings.Contains(notes, "Confirmed by Meta's status page") {
		t.Error("--notes does not list the note")
	}
	if !strings.Contains(notes, "Sources and notes") || !strings.Contains(notes, "*1") {
		t.Error("--notes: no heading or mark for the note")
	}
	def, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("%d events", len(def.Events)-1); !strings.Contains(plain, want) {
		t.Errorf("the subtitle does not count %s (all less the rejected one)", want)
	}
}
