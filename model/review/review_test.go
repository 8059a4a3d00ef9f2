package review

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
)

// defaultTimeline builds the embedded set's timeline.
func defaultTimeline(t testing.TB) *model.Timeline {
	t.Helper()
	tl, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// snapshot writes each event on a line: everything a review can change.
func snapshot(tl *model.Timeline) string {
	var b strings.Builder
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "%s|%s|%s|%v|%g|%s|%s|%s|%q|%v|%v|%s\n", e.ID, e.Date, e.Subject, e.HasValue, e.Value, e.Qualifier,
			e.Label, e.Status, e.Note, e.Corrections, e.Claims, e.Measure())
	}
	return b.String()
}

// find returns the first event that ok accepts.
func find(t testing.TB, tl *model.Timeline, ok func(e *model.Event) bool) *model.Event {
	t.Helper()
	for i := range tl.Events {
		if ok(&tl.Events[i]) {
			return &tl.Events[i]
		}
	}
	t.Fatal("no event of the kind the test needs")
	return nil
}

func byID(tl *model.Timeline, id string) *model.Event {
	for i := range tl.Events {
		if tl.Events[i].ID == id {
			return &tl.Events[i]
		}
	}
	return nil
}

// figureWithSources is an event with a figure and two claims or more.
func figureWithSources(e *model.Event) bool { return e.HasValue && len(e.Claims) >= 2 }

// TestActions does each action on the default set, checks what it did,
// undoes it (the events are as before), redoes it (as after), and opens the
// file it saved again (as after).
func TestActions(t *testing.T) {
	tests := []struct {
		name     string
		action   func(tl *model.Timeline) Action
		check    func(t *testing.T, tl *model.Timeline, a Action)
		wantName string
		wantKey  string
	}{
		{
			name:   "verify",
			action: func(tl *model.Timeline) Action { return SetStatus(tl.Events[0].ID, model.Verified) },
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				if e := byID(tl, a.EventIDs()[0]); e.Status != model.Verified || e.Edited() {
					t.Errorf("status %q, edited %v; want verified, not edited", e.Status, e.Edited())
				}
			},
			wantName: "Mark verified", wantKey: "review.verify",
		},
		{
			name:   "dispute",
			action: func(tl *model.Timeline) Action { return SetStatus(tl.Events[1].ID, model.StatusDisputed) },
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				if e := byID(tl, a.EventIDs()[0]); e.Status != model.StatusDisputed {
					t.Errorf("status %q", e.Status)
				}
			},
			wantName: "Mark disputed", wantKey: "review.dispute",
		},
		{
			name:   "needs checking",
			action: func(tl *model.Timeline) Action { return SetStatus(tl.Events[2].ID, model.NeedsChecking) },
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				if e := byID(tl, a.EventIDs()[0]); e.Status != model.NeedsChecking {
					t.Errorf("status %q", e.Status)
				}
			},
			wantName: "Mark as needing checking", wantKey: "review.needs_checking",
		},
		{
			name:   "reject keeps the event",
			action: func(tl *model.Timeline) Action { return SetStatus(tl.Events[3].ID, model.Rejected) },
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				if e := byID(tl, a.EventIDs()[0]); e == nil || e.Status != model.Rejected {
					t.Errorf("rejected event %v", e)
				}
			},
			wantName: "Reject", wantKey: "review.reject",
		},
		{
			name:   "note",
			action: func(tl *model.Timeline) Action { return SetNote(tl.Events[4].ID, "Ask Sensor Tower for the source") },
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				if e := byID(tl, a.EventIDs()[0]); e.Note != "Ask Sensor Tower for the source" {
					t.Errorf("note %q", e.Note)
				}
			},
			wantName: "Edit note", wantKey: "review.note",
		},
		{
			name: "edit date with its precision",
			action: func(tl *model.Timeline) Action {
				return EditDate(find(t, tl, figureWithSources).ID, model.MonthOf(2021, 9))
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				e := byID(tl, a.EventIDs()[0])
				if e.Date != model.MonthOf(2021, 9) {
					t.Errorf("date %v, want 2021-09", e.Date)
				}
				c, ok := e.Correction(model.FieldDate)
				if !ok || c.Corrected != "2021-09" || c.Extracted == "" || c.Extracted == "2021-09" {
					t.Errorf("correction %+v", c)
				}
				for i := 1; i < len(tl.Events); i++ {
					if tl.Events[i].Date.Compare(tl.Events[i-1].Date) < 0 {
						t.Fatalf("events out of date order after the edit: %s before %s", tl.Events[i-1].Date, tl.Events[i].Date)
					}
				}
			},
			wantName: "Edit date", wantKey: "review.edit_date",
		},
		{
			name: "edit figure and qualifier",
			action: func(tl *model.Timeline) Action {
				return EditValue(find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricNewUsers }).ID, 71e6, model.Approx)
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				e := byID(tl, a.EventIDs()[0])
				if e.Value != 71e6 || e.Qualifier != model.Approx || !strings.Contains(e.Label, "about 71 million") {
					t.Errorf("value %g %q, label %q", e.Value, e.Qualifier, e.Label)
				}
				if c, ok := e.Correction(model.FieldValue); !ok || c.Corrected != "71000000" || c.Extracted == c.Corrected {
					t.Errorf("value correction %+v", c)
				}
				if c, ok := e.Correction(model.FieldQualifier); !ok || c.Corrected != "approx" {
					t.Errorf("qualifier correction %+v", c)
				}
			},
			wantName: "Edit figure", wantKey: "review.edit_value",
		},
		{
			name: "edit subject",
			action: func(tl *model.Timeline) Action {
				return EditText(find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricDownloads }).ID, model.FieldSubject, "Telegram Messenger")
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				e := byID(tl, a.EventIDs()[0])
				if e.Subject != "Telegram Messenger" || !strings.HasPrefix(e.Label, "Telegram Messenger ") {
					t.Errorf("subject %q, label %q", e.Subject, e.Label)
				}
			},
			wantName: "Edit subject", wantKey: "review.edit_subject",
		},
		{
			name: "edit measure",
			action: func(tl *model.Timeline) Action {
				return EditText(find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricDownloads }).ID, model.FieldMeasure, "installs")
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				if e := byID(tl, a.EventIDs()[0]); e.Measure() != "installs" || !e.Edited() {
					t.Errorf("measure %q", e.Measure())
				}
			},
			wantName: "Edit measure", wantKey: "review.edit_measure",
		},
		{
			name: "edit label",
			action: func(tl *model.Timeline) Action {
				return EditText(tl.Events[0].ID, model.FieldLabel, "Telegram is founded by the Durov brothers")
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				e := byID(tl, a.EventIDs()[0])
				if e.Label != "Telegram is founded by the Durov brothers" {
					t.Errorf("label %q", e.Label)
				}
				tl.Localize("fr") // a person's label is the same in every language
				if e := byID(tl, a.EventIDs()[0]); e.Label != "Telegram is founded by the Durov brothers" {
					t.Errorf("label in French %q", e.Label)
				}
				tl.Localize("en")
			},
			wantName: "Edit label", wantKey: "review.edit_label",
		},
		{
			name: "merge",
			action: func(tl *model.Timeline) Action {
				a := find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricNewUsers })
				b := find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricNewUsers && e.ID != a.ID })
				return Merge(b.ID, a.ID)
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				ids := a.EventIDs()
				if byID(tl, ids[1]) != nil {
					t.Errorf("event %s still there after the merge", ids[1])
				}
				e := byID(tl, ids[0])
				if e == nil || len(e.Claims) < 3 || len(e.Sources) != len(e.Claims) {
					t.Fatalf("merged event %+v", e)
				}
			},
			wantName: "Merge 2 events", wantKey: "review.merge",
		},
		{
			name: "split",
			action: func(tl *model.Timeline) Action {
				e := find(t, tl, figureWithSources)
				return Split(e.ID, e.Claims[len(e.Claims)-1])
			},
			check: func(t *testing.T, tl *model.Timeline, a Action) {
				e := byID(tl, a.EventIDs()[0])
				var out *model.Event
				for i := range tl.Events {
					if strings.HasPrefix(tl.Events[i].ID, e.ID+"-c") {
						out = &tl.Events[i]
					}
				}
				if out == nil || len(out.Claims) != 1 || contains(e.Claims, out.Claims[0]) {
					t.Fatalf("split-out event %+v from %+v", out, e)
				}
			},
			wantName: "Split claim out", wantKey: "review.split",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			tl := defaultTimeline(t)
			s, err := Open(path, tl)
			if err != nil {
				t.Fatal(err)
			}
			before := snapshot(s.Timeline())
			a := tc.action(s.Timeline())
			if a.Name() != tc.wantName || a.Key() != tc.wantKey {
				t.Errorf("name %q key %q, want %q %q", a.Name(), a.Key(), tc.wantName, tc.wantKey)
			}
			if err := s.Do(a); err != nil {
				t.Fatal(err)
			}
			tc.check(t, s.Timeline(), a)
			after := snapshot(s.Timeline())
			if after == before {
				t.Fatal("the action changed nothing")
			}
			if s.UndoName() != tc.wantName || s.UndoKey() != tc.wantKey || s.RedoName() != "" {
				t.Errorf("undo %q %q, redo %q", s.UndoName(), s.UndoKey(), s.RedoName())
			}
			if err := s.Undo(); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(s.Timeline()); got != before {
				t.Errorf("after undo:\n%s\nwant:\n%s", got, before)
			}
			if s.UndoName() != "" || s.RedoName() != tc.wantName || s.RedoKey() != tc.wantKey {
				t.Errorf("after undo: undo %q, redo %q", s.UndoName(), s.RedoName())
			}
			if err := s.Redo(); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(s.Timeline()); got != after {
				t.Errorf("after redo:\n%s\nwant:\n%s", got, after)
			}
			// The file holds the action: a new extraction of the same set
			// opened with it reads the same events.
			s2, err := Open(path, defaultTimeline(t))
			if err != nil {
				t.Fatal(err)
			}
			if got := snapshot(s2.Timeline()); got != after {
				t.Errorf("reopened:\n%s\nwant:\n%s", got, after)
			}
			if len(s2.Orphans()) != 0 {
				t.Errorf("orphans %v", s2.Orphans())
			}
		})
	}
}

// TestUndoAll does several actions, undoes them all (the extracted events
// again, and a file with no action), then redoes them all.
func TestUndoAll(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, defaultTimeline(t))
	if err != nil {
		t.Fatal(err)
	}
	tl := s.Timeline()
	extracted := snapshot(tl)
	fig := find(t, tl, figureWithSources)
	id, claim := fig.ID, fig.Claims[0]
	actions := []Action{
		SetStatus(id, model.Verified),
		EditValue(id, 69e6, model.AtLeast),
		Split(id, claim),
		Merge(tl.Events[0].ID, tl.Events[1].ID),
		SetNote(id, "checked with the press office"),
		SetStatus(id, model.Rejected),
	}
	var states []string
	for _, a := range actions {
		if err := s.Do(a); err != nil {
			t.Fatalf("%s: %v", a.Name(), err)
		}
		states = append(states, snapshot(s.Timeline()))
	}
	for i := len(actions) - 1; i >= 0; i-- {
		if s.UndoName() != actions[i].Name() {
			t.Errorf("undo names %q, want %q", s.UndoName(), actions[i].Name())
		}
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
		want := extracted
		if i > 0 {
			want = states[i-1]
		}
		if got := snapshot(s.Timeline()); got != want {
			t.Fatalf("after undoing %s:\n%s\nwant:\n%s", actions[i].Name(), got, want)
		}
	}
	if err := s.Undo(); err == nil {
		t.Error("undo with nothing to undo: no error")
	}
	var f file
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &f); err != nil || f.Schema != 1 || len(f.Actions) != 0 {
		t.Errorf("file after undoing everything: %v %s", err, b)
	}
	for range actions {
		if err := s.Redo(); err != nil {
			t.Fatal(err)
		}
	}
	if got := snapshot(s.Timeline()); got != states[len(states)-1] {
		t.Errorf("after redoing all:\n%s\nwant:\n%s", got, states[len(states)-1])
	}
	// A new action clears what there was to redo.
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(SetStatus(id, model.StatusDisputed)); err != nil {
		t.Fatal(err)
	}
	if s.RedoName() != "" {
		t.Errorf("redo after a new action: %q", s.RedoName())
	}
}

// TestUndoAfterLanguageChange: labels written in French after Open stay in
// French when an undo applies the file again to the extracted events.
func TestUndoAfterLanguageChange(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), FileName), defaultTimeline(t))
	if err != nil {
		t.Fatal(err)
	}
	tl := s.Timeline()
	tl.Localize("fr")
	fig := find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricNewUsers })
	id, label := fig.ID, fig.Label
	if err := s.Do(EditValue(id, 71e6, model.Exact)); err != nil {
		t.Fatal(err)
	}
	if e := byID(s.Timeline(), id); !strings.Contains(e.Label, "71 millions") {
		t.Errorf("label after the edit %q, want it in French with the new figure", e.Label)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if e := byID(s.Timeline(), id); e.Label != label {
		t.Errorf("label after undo %q, want %q", e.Label, label)
	}
}

// TestBadActions: an action on an unknown event or with a wrong value is an
// error that changes nothing and writes nothing.
func TestBadActions(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, defaultTimeline(t))
	if err != nil {
		t.Fatal(err)
	}
	tl := s.Timeline()
	event := find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricEvent && len(e.Claims) == 1 })
	fig := find(t, tl, figureWithSources)
	before := snapshot(tl)
	tests := []struct {
		name string
		a    Action
		want string
	}{
		{"unknown event", SetStatus("e999-2021", model.Verified), "claimline events lists the IDs"},
		{"bad status", SetStatus(fig.ID, model.Status("fine")), "not a status"},
		{"figure of an event without one", EditValue(event.ID, 3, model.Exact), "no figure"},
		{"bad qualifier", EditValue(fig.ID, 3, model.Qualifier("roughly")), "not a qualifier"},
		{"bad date", EditDate(fig.ID, model.Date{}), "a date like"},
		{"bad field", EditText(fig.ID, "date", "2021"), "not a text field"},
		{"merge one", Merge(fig.ID), "two events or more"},
		{"merge twice the same", Merge(fig.ID, fig.ID), "named twice"},
		{"split a claim of another event", Split(fig.ID, event.Claims[0]), "not one of event"},
		{"split the only claim", Split(event.ID, event.Claims[0]), "only one claim"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Do(tc.a)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
			if got := snapshot(s.Timeline()); got != before {
				t.Error("a refused action changed the events")
			}
			if s.UndoName() != "" {
				t.Errorf("a refused action can be undone: %q", s.UndoName())
			}
		})
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("refused actions wrote the file: %v", err)
	}
	if err := s.Do(SetStatus("nope", model.Verified)); !errors.Is(err, ErrUnknownEvent) {
		t.Errorf("unknown event: %v, want ErrUnknownEvent", err)
	}
}

// TestBadFiles: a broken file or one from a newer Claimline is a clear
// error, and the file is left as it was.
func TestBadFiles(t *testing.T) {
	tests := []struct {
		name, content string
		want          error
		says          string
	}{
		{"not JSON", `{"schema": 1, "actions": [`, ErrBroken, "not valid JSON"},
		{"empty", ``, ErrBroken, "not valid JSON"},
		{"no schema", `{"actions": []}`, ErrBroken, "no schema"},
		{"newer schema", `{"schema": 2, "actions": [], "groups": []}`, ErrNewerSchema, "update Claimline"},
		{"unknown action", `{"schema": 1, "actions": [{"do": "paint", "events": [{"claims": []}]}]}`, ErrBroken, `"paint" is not an action`},
		{"bad status", `{"schema": 1, "actions": [{"do": "status", "status": "great", "events": [{"claims": []}]}]}`, ErrBroken, "not a status"},
		{"wrong types", `{"schema": 1, "actions": {"do": "status"}}`, ErrBroken, "not a review file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path, defaultTimeline(t))
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.says) || !strings.Contains(err.Error(), path) {
				t.Fatalf("Open: %v, want %v saying %q and naming the file", err, tc.want, tc.says)
			}
			if s != nil {
				t.Error("Open returned a session with its error")
			}
			if b, _ := os.ReadFile(path); string(b) != tc.content {
				t.Errorf("the file was changed to %q", b)
			}
		})
	}
}

// TestSchema1File reads a review file of schema 1 kept in testdata: every
// later version must read it and apply it to the default set.
func TestSchema1File(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "schema1.json"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, defaultTimeline(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Orphans()) != 0 {
		t.Errorf("orphans: %v", s.Orphans())
	}
	var verified, noted, edited, split int
	for _, e := range s.Timeline().Events {
		if e.Status == model.Verified {
			verified++
		}
		if e.Note != "" {
			noted++
		}
		if e.Edited() {
			edited++
		}
		if strings.Contains(e.ID, "-c") {
			split++
		}
	}
	if verified != 1 || noted != 1 || edited != 1 || split != 1 {
		t.Errorf("verified %d, noted %d, edited %d, split %d; want 1 each:\n%s", verified, noted, edited, split, snapshot(s.Timeline()))
	}
}

// copyDefaultSet writes the embedded articles into a folder, changing the
// text of the named ones with edit.
func copyDefaultSet(t *testing.T, edit func(name, text string) string) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := fs.ReadDir(assets.Articles(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := fs.ReadFile(assets.Articles(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), []byte(edit(e.Name(), string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func build(t *testing.T, dir string) *model.Timeline {
	t.Helper()
	set, err := model.LoadPaths(context.Background(), []string{dir}, model.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return model.Build(set)
}

// TestReapplyAfterReextraction reviews a set, then opens the review with
// the set changed: sentences added before the passages (offsets move) and
// an earlier event added (event IDs move). The review applies to the same
// events; a correction whose passage was rewritten is kept and listed.
func TestReapplyAfterReextraction(t *testing.T) {
	dir := copyDefaultSet(t, func(_, text string) string { return text })
	path := PathFor([]string{dir})
	s, err := Open(path, build(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	tl := s.Timeline()
	rank := find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricRank && len(e.Claims) >= 2 })
	downloads := find(t, tl, func(e *model.Event) bool { return e.Metric == model.MetricDownloads })
	founded := find(t, tl, func(e *model.Event) bool { return strings.HasSuffix(e.Label, "founded") })
	rankID, rankClaim, dlID, foundedID := rank.ID, rank.Claims[0], downloads.ID, founded.ID
	rankPassage := tl.Claims[rankClaim].Quote
	foundedPassage := tl.Claims[founded.Claims[0]].Quote
	for _, a := range []Action{
		SetStatus(rankID, model.Verified),
		SetNote(rankID, "Sensor Tower's figures"),
		EditDate(dlID, model.Day(2021, 8, 30)),
		EditValue(dlID, 1.1e9, model.AtLeast),
		Split(rankID, rankClaim),
		SetStatus(foundedID, model.Rejected),
	} {
		if err := s.Do(a); err != nil {
			t.Fatal(err)
		}
	}
	want := func(tl *model.Timeline) map[string]string {
		m := map[string]string{}
		for _, e := range tl.Events {
			if e.Status != model.Unchecked || e.Edited() || strings.Contains(e.ID, "-c") {
				var passages []string
				for _, c := range e.Claims {
					passages = append(passages, tl.Claims[c].Quote)
				}
				// The corrections, not what the extraction read (it may
				// differ after the change).
				var corrected []string
				for _, c := range e.Corrections {
					corrected = append(corrected, c.Field+"="+c.Corrected)
				}
				m[strings.Join(passages, "|")] = fmt.Sprintf("%s %q %v %s %g %s", e.Status, e.Note, corrected, e.Date, e.Value, e.Qualifier)
			}
		}
		return m
	}
	reviewed := want(s.Timeline())
	if len(reviewed) != 4 {
		t.Fatalf("%d reviewed events, want 4 (rank, split-out claim, downloads, founded): %v", len(reviewed), reviewed)
	}

	// Sentences before every passage and a new first event.
	moved := copyDefaultSet(t, func(name, text string) string {
		i := strings.Index(text, "\n")
		return text[:i+1] + "Telegram a été créé en 2012, selon un ancien développeur. Le service compte de nombreux fidèles.\n" + text[i+1:]
	})
	tl2 := build(t, moved)
	s2, err := Open(path, tl2)
	if err != nil {
		t.Fatal(err)
	}
	if len(s2.Orphans()) != 0 {
		t.Errorf("orphans after offsets moved: %v", s2.Orphans())
	}
	if got := want(s2.Timeline()); fmt.Sprint(got) != fmt.Sprint(reviewed) {
		t.Errorf("after re-extraction:\n%v\nwant:\n%v", got, reviewed)
	}
	if byID(s2.Timeline(), rankID) != nil && byID(s2.Timeline(), rankID).Status == model.Verified {
		t.Errorf("the test did not move the event IDs (%s is verified under the same ID)", rankID)
	}

	// The passage of the founding rewritten: its rejection is an orphan,
	// kept in the file through later saves; the rest still applies.
	rewritten := copyDefaultSet(t, func(name, text string) string {
		return strings.Replace(text, foundedPassage, strings.Replace(foundedPassage, "Fondé en 2013", "Créé en 2013", 1), 1)
	})
	s3, err := Open(path, build(t, rewritten))
	if err != nil {
		t.Fatal(err)
	}
	orphans := s3.Orphans()
	if len(orphans) != 1 || orphans[0].Name != "Reject" || !strings.Contains(orphans[0].String(), "no longer in the set") ||
		orphans[0].Passage != foundedPassage {
		t.Fatalf("orphans %v", orphans)
	}
	t.Logf("orphan: %s", orphans[0])
	rank3 := find(t, s3.Timeline(), func(e *model.Event) bool { return e.Metric == model.MetricRank && e.Status == model.Verified })
	if err := s3.Do(SetNote(rank3.ID, "Sensor Tower, checked")); err != nil {
		t.Fatal(err)
	}
	s4, err := Open(path, build(t, dir)) // the original text again
	if err != nil {
		t.Fatal(err)
	}
	if len(s4.Orphans()) != 0 {
		t.Errorf("the orphan was not kept in the file: %v", s4.Orphans())
	}
	rejected := 0
	for _, e := range s4.Timeline().Events {
		if e.Status == model.Rejected {
			rejected++
		}
	}
	if rejected != 1 {
		t.Errorf("%d rejected events with the original text, want 1", rejected)
	}
	if p := tl.Claims[rankClaim].Quote; !strings.Contains(fmt.Sprint(reviewed), p) || p != rankPassage {
		t.Errorf("the split-out claim's passage is not among the reviewed events")
	}
}

// TestPathFor: a folder's review file is in it, a file list's in its
// folder, and a list from several folders' in the nearest folder that holds
// them all, whatever their order: the same articles opened in another
// order find their review.
func TestPathFor(t *testing.T) {
	root := t.TempDir()
	dir, other := filepath.Join(root, "fr"), filepath.Join(root, "en")
	for _, d := range []string{dir, other} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	file, file2, far := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(other, "c.txt")
	for _, f := range []string{file, file2, far} {
		if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		paths []string
		want  string
	}{
		{[]string{dir}, filepath.Join(dir, FileName)},
		{[]string{dir + string(filepath.Separator)}, filepath.Join(dir, FileName)},
		{[]string{file, file2}, filepath.Join(dir, FileName)},
		{[]string{file2, file}, filepath.Join(dir, FileName)},
		{[]string{file, far}, filepath.Join(root, FileName)},
		{[]string{far, file}, filepath.Join(root, FileName)},
		{[]string{dir, far}, filepath.Join(root, FileName)},
		{nil, ""},
	}
	for _, tc := range tests {
		if got := PathFor(tc.paths); got != tc.want {
			t.Errorf("PathFor(%q) = %q, want %q", tc.paths, got, tc.want)
		}
	}
	// A review an earlier version saved beside the first file of a list
	// from several folders is found again there.
	legacy := filepath.Join(other, FileName)
	if err := os.WriteFile(legacy, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := PathFor([]string{far, file}); got != legacy {
		t.Errorf("PathFor with an earlier review beside the first file = %q, want %q", got, legacy)
	}
	if got := DefaultSetPath(dir); filepath.Dir(got) != dir {
		t.Errorf("DefaultSetPath(%q) = %q, not in that folder", dir, got)
	}
}

// TestBatch does a batch of actions as one step: Undo takes all of them
// back, Redo does them all again, the file keeps each step; a batch whose
// step fails changes nothing.
func TestBatch(t *testing.T) {
	type setup struct {
		name      string
		batch     func(tl *model.Timeline) Action
		key       string
		count     int
		wantErr   bool
		fileSteps int
	}
	three := func(tl *model.Timeline) []string {
		return []string{tl.Events[0].ID, tl.Events[1].ID, tl.Events[2].ID}
	}
	tests := []setup{
		{"status of three events", func(tl *model.Timeline) Action {
			var acts []Action
			for _, id := range three(tl) {
				acts = append(acts, SetStatus(id, model.Verified))
			}
			return Batch("Mark 3 events verified", acts...)
		}, "review.verify", 3, false, 3},
		{"edit of several fields", func(tl *model.Timeline) Action {
			e := find(t, tl, figureWithSources)
			return Batch("Edit event", EditValue(e.ID, 69e6, model.AtLeast), EditText(e.ID, model.FieldSubject, "Telegram Messenger"),
				EditText(e.ID, model.FieldLabel, "Telegram: 69 million"))
		}, "review.edit", 1, false, 3},
		{"mixed actions, nested", func(tl *model.Timeline) Action {
			ids := three(tl)
			inner := Batch("", SetNote(ids[0], "to check"), SetStatus(ids[1], model.Rejected))
			return Batch("Review", inner, SetStatus(ids[2], model.StatusDisputed))
		}, "review.batch", 3, false, 3},
		{"a failing step", func(tl *model.Timeline) Action {
			ids := three(tl)
			return Batch("Mark verified", SetStatus(ids[0], model.Verified), SetStatus("no-such-event", model.Verified))
		}, "review.verify", 2, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			s, err := Open(path, defaultTimeline(t))
			if err != nil {
				t.Fatal(err)
			}
			before := snapshot(s.Timeline())
			b := tt.batch(s.Timeline())
			if b.Key() != tt.key || b.Count() != tt.count {
				t.Errorf("key %q count %d, want %q %d", b.Key(), b.Count(), tt.key, tt.count)
			}
			err = s.Do(b)
			if tt.wantErr {
				if err == nil {
					t.Fatal("a batch with a failing step: no error")
				}
				if got := snapshot(s.Timeline()); got != before {
					t.Errorf("a failed batch changed the events:\n%s", got)
				}
				if s.UndoName() != "" {
					t.Errorf("a failed batch can be undone: %q", s.UndoName())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			done := snapshot(s.Timeline())
			if done == before {
				t.Fatal("the batch changed nothing")
			}
			f, err := readFile(path)
			if err != nil || len(f.Actions) != tt.fileSteps {
				t.Errorf("file: %v, %d actions, want %d", err, len(f.Actions), tt.fileSteps)
			}
			if got := s.UndoName(); got != b.Name() {
				t.Errorf("undo names %q, want %q", got, b.Name())
			}
			if a, ok := s.UndoAction(); !ok || a.Key() != tt.key || a.Count() != tt.count {
				t.Errorf("undo action %q ×%d", a.Key(), a.Count())
			}
			if err := s.Undo(); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(s.Timeline()); got != before {
				t.Errorf("one undo left:\n%s\nwant:\n%s", got, before)
			}
			if s.UndoName() != "" {
				t.Errorf("after one undo there is still %q to undo", s.UndoName())
			}
			if a, ok := s.RedoAction(); !ok || s.RedoName() != b.Name() || a.Count() != tt.count {
				t.Errorf("redo names %q", s.RedoName())
			}
			if err := s.Redo(); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(s.Timeline()); got != done {
				t.Errorf("one redo left:\n%s\nwant:\n%s", got, done)
			}
			// Opened again, the file gives the same events.
			again, err := Open(path, defaultTimeline(t))
			if err != nil {
				t.Fatal(err)
			}
			if got := snapshot(again.Timeline()); got != done {
				t.Errorf("reopened:\n%s\nwant:\n%s", got, done)
			}
		})
	}
	t.Run("a batch of one is the action", func(t *testing.T) {
		a := SetStatus("e1", model.Verified)
		if b := Batch("anything", a); b.Name() != a.Name() || b.Key() != a.Key() {
			t.Errorf("batch of one: %q %q", b.Name(), b.Key())
		}
	})
	t.Run("an empty batch does nothing", func(t *testing.T) {
		s, err := Open(filepath.Join(t.TempDir(), FileName), defaultTimeline(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Do(Batch("nothing")); err == nil {
			t.Error("an empty batch: no error")
		}
	})
}
