package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// snapshot writes what the review changes of the events on screen: each
// event's ID, status, date, subject, label, note, corrections and claims,
// and the events the timeline draws.
func snapshot(h *harness) string {
	var b strings.Builder
	for _, e := range h.w.current.Events {
		fmt.Fprintf(&b, "%s|%s|%s|%s|%s|%s|%v|%v\n", e.ID, e.Status, e.Date, e.Subject, e.Label, e.Note, e.Corrections, e.Claims)
	}
	h.w.win.Canvas().(test.WindowlessCanvas).Capture()
	fmt.Fprintf(&b, "drawn %d", drawn(h))
	return b.String()
}

// drawn returns how many events the timeline draws (markers and clustered).
func drawn(h *harness) int {
	l := h.w.timeline.Layout()
	n := len(l.Markers)
	for _, c := range l.Clusters {
		n += c.Count
	}
	return n
}

// eventByID returns the event on screen with id.
func eventByID(t *testing.T, h *harness, id string) *model.Event {
	t.Helper()
	for i := range h.w.current.Events {
		if h.w.current.Events[i].ID == id {
			return &h.w.current.Events[i]
		}
	}
	t.Fatalf("no event %s", id)
	return nil
}

// menuItem returns the item labelled label in the main menu.
func menuItem(t *testing.T, h *harness, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range h.w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	for _, m := range h.w.win.MainMenu().Items {
		for _, it := range m.Items {
			t.Logf("%q", it.Label)
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// selectRow selects event e by a click on its row in the table.
func selectRow(t *testing.T, h *harness, e int, mods fyne.KeyModifier) {
	t.Helper()
	click(cellAt(t, h.w, h.w.events.rowOf(e), colLabel), mods)
}

func TestReviewActionsUndoRedo(t *testing.T) {
	tests := []struct {
		name string
		do   func(t *testing.T, h *harness)
		// check looks at the result of the action.
		check func(t *testing.T, h *harness)
		undo  string // what the Edit menu's Undo says
	}{
		{"verify from the source view", func(t *testing.T, h *harness) {
			h.w.timeline.Select(1)
			test.Tap(buttonIn(h.w.source.content, "Verified"))
		}, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e1"); e.Status != model.Verified {
				t.Errorf("status %q", e.Status)
			}
			if got := cellAt(t, h.w, h.w.events.rowOf(1), colStatus).label.full; got != "Verified" {
				t.Errorf("status cell %q", got)
			}
			found := false
			for _, l := range h.w.timeline.Layout().Labels {
				found = found || strings.HasPrefix(l.Text, "✓ Telegram: 1 billion")
			}
			if !found {
				t.Error("the timeline's label has no verified mark")
			}
		}, "Undo Mark verified"},
		{"dispute from the Review menu", func(t *testing.T, h *harness) {
			selectRow(t, h, 2, 0)
			menuItem(t, h, "Mark disputed").Action()
		}, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e2"); e.Status != model.StatusDisputed {
				t.Errorf("status %q", e.Status)
			}
		}, "Undo Mark disputed"},
		{"needs checking from a row's context menu", func(t *testing.T, h *harness) {
			test.TapSecondary(cellAt(t, h.w, 0, colSubject))
			if h.w.popup == nil || !h.w.popup.Visible() {
				t.Fatal("no context menu")
			}
			// A menu closes before it runs the chosen item's action.
			h.w.popup.Hide()
			menuOf(t, h.w.contextMenu, "Needs checking").Action()
		}, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e0"); e.Status != model.NeedsChecking {
				t.Errorf("status %q", e.Status)
			}
		}, "Undo Mark as needing checking"},
		{"reject with Delete in the table", func(t *testing.T, h *harness) {
			selectRow(t, h, 2, 0)
			h.w.events.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
		}, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e2"); e.Status != model.Rejected {
				t.Errorf("status %q", e.Status)
			}
			if n := drawn(h); n != 3 {
				t.Errorf("the timeline draws %d events, want 3 (the rejected one hidden)", n)
			}
			if h.w.events.rowOf(2) >= 0 {
				t.Error("the table shows the rejected event without Show rejected")
			}
			if h.w.timeline.Selected() != 3 || h.w.events.current != 3 {
				t.Errorf("after Delete, event %d is selected, want 3 (the next row)", h.w.timeline.Selected())
			}
			h.w.events.rejected.SetChecked(true)
			k := h.w.events.rowOf(2)
			if k < 0 {
				t.Fatal("Show rejected does not bring it back")
			}
			if got, want := cellAt(t, h.w, k, colLabel).label.text.Color, theme.Color(theme.ColorNamePlaceHolder); got != want {
				t.Errorf("the rejected row's text is %v, not greyed (%v)", got, want)
			}
			h.w.events.rejected.SetChecked(false)
		}, "Undo Reject"},
		{"edit the date in the Edit… form", func(t *testing.T, h *harness) {
			h.w.timeline.Select(1)
			menuItem(t, h, "Edit…").Action()
			h.w.editForm.date.SetText("2021-09")
			h.w.form.Submit()
		}, func(t *testing.T, h *harness) {
			e := eventByID(t, h, "e1")
			if e.Date.String() != "2021-09" || !e.Edited() {
				t.Errorf("date %s, corrections %v", e.Date, e.Corrections)
			}
			if got := h.w.source.headerText(); !strings.Contains(got, "Corrected date: Sep 2021 (the articles say Aug 2021)") {
				t.Errorf("the source view says %q", got)
			}
			if got := cellAt(t, h.w, h.w.events.rowOf(h.w.timeline.Selected()), colLabel).label.full; !strings.HasPrefix(got, "✎ ") {
				t.Errorf("the edited row's label %q has no edited sign", got)
			}
		}, "Undo Edit date"},
		{"edit the subject and label in the Edit… form", func(t *testing.T, h *harness) {
			h.w.timeline.Select(2)
			h.w.editSelected()
			h.w.editForm.subject.SetText("Meta")
			h.w.form.Submit()
		}, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e2"); e.Subject != "Meta" {
				t.Errorf("subject %q", e.Subject)
			}
		}, "Undo Edit subject"},
		{"verify three rows selected with Ctrl: one undo step", func(t *testing.T, h *harness) {
			selectRow(t, h, 0, 0)
			selectRow(t, h, 1, fyne.KeyModifierShortcutDefault)
			selectRow(t, h, 3, fyne.KeyModifierShortcutDefault)
			menuItem(t, h, "Mark verified").Action()
		}, func(t *testing.T, h *harness) {
			for _, id := range []string{"e0", "e1", "e3"} {
				if e := eventByID(t, h, id); e.Status != model.Verified {
					t.Errorf("%s: status %q", id, e.Status)
				}
			}
			if e := eventByID(t, h, "e2"); e.Status != model.Unchecked {
				t.Errorf("e2, not selected: status %q", e.Status)
			}
		}, "Undo Mark 3 events verified"},
		{"reject two rows with Delete: one undo step", func(t *testing.T, h *harness) {
			selectRow(t, h, 1, 0)
			selectRow(t, h, 2, fyne.KeyModifierShift)
			h.w.events.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
		}, func(t *testing.T, h *harness) {
			for _, id := range []string{"e1", "e2"} {
				if e := eventByID(t, h, id); e.Status != model.Rejected {
					t.Errorf("%s: status %q", id, e.Status)
				}
			}
		}, "Undo Reject 2 events"},
		{"edit three fields in the Edit… form: one undo step", func(t *testing.T, h *harness) {
			h.w.timeline.Select(2)
			h.w.editSelected()
			h.w.editForm.date.SetText("2021-10-05")
			h.w.editForm.subject.SetText("Meta")
			h.w.editForm.label.SetText("Meta services down for six hours")
			h.w.form.Submit()
		}, func(t *testing.T, h *harness) {
			e := eventByID(t, h, "e2")
			if e.Subject != "Meta" || e.Date.String() != "2021-10-05" || e.Label != "Meta services down for six hours" {
				t.Errorf("subject %q, date %s, label %q", e.Subject, e.Date, e.Label)
			}
		}, "Undo Edit event"},
		{"note", func(t *testing.T, h *harness) {
			h.w.timeline.Select(0)
			menuItem(t, h, "Note…").Action()
			test.Type(h.w.noteEntry, "Checked with the company's archive")
			h.w.form.Submit()
		}, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e0"); e.Note != "Checked with the company's archive" {
				t.Errorf("note %q", e.Note)
			}
			if got := cellAt(t, h.w, h.w.events.rowOf(0), colNote).label.full; got != "Checked with the company's archive" {
				t.Errorf("note cell %q", got)
			}
		}, "Undo Edit note"},
		{"merge two rows selected with Ctrl", func(t *testing.T, h *harness) {
			selectRow(t, h, 2, 0)
			selectRow(t, h, 3, fyne.KeyModifierShortcutDefault)
			menuItem(t, h, "Merge selected events").Action()
		}, func(t *testing.T, h *harness) {
			if n := len(h.w.current.Events); n != 3 {
				t.Errorf("%d events after merging two of four", n)
			}
			if e := eventByID(t, h, "e2"); len(e.Claims) != 3 {
				t.Errorf("the merged event has claims %v", e.Claims)
			}
		}, "Undo Merge events"},
		{"split a claim out from the source view", func(t *testing.T, h *harness) {
			h.w.timeline.Select(3)
			if len(h.w.source.splits) != 2 {
				t.Fatalf("%d Split buttons for an event of two passages", len(h.w.source.splits))
			}
			test.Tap(h.w.source.splits[1])
		}, func(t *testing.T, h *harness) {
			if n := len(h.w.current.Events); n != 5 {
				t.Errorf("%d events after splitting one", n)
			}
			if e := eventByID(t, h, "e3"); len(e.Claims) != 1 {
				t.Errorf("the event split keeps claims %v", e.Claims)
			}
		}, "Undo Split claim out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			if h.w.session == nil {
				t.Fatal("no review session")
			}
			if !h.w.reviewMenu.undo.Disabled {
				t.Error("Undo is on before any action")
			}
			before := snapshot(h)
			tt.do(t, h)
			after := snapshot(h)
			if after == before {
				t.Fatal("the action changed nothing")
			}
			tt.check(t, h)
			if got := h.w.reviewMenu.undo.Label; got != tt.undo || h.w.reviewMenu.undo.Disabled {
				t.Errorf("the Edit menu says %q (off %v), want %q", got, h.w.reviewMenu.undo.Disabled, tt.undo)
			}
			if _, err := os.Stat(h.w.session.Path()); err != nil {
				t.Errorf("the action was not saved: %v", err)
			}
			h.w.reviewMenu.undo.Action()
			if got := snapshot(h); got != before {
				t.Errorf("after Undo:\n%s\nwant\n%s", got, before)
			}
			want := "Redo " + strings.TrimPrefix(tt.undo, "Undo ")
			if got := h.w.reviewMenu.redo.Label; got != want {
				t.Errorf("the Edit menu says %q, want %q", got, want)
			}
			h.w.reviewMenu.redo.Action()
			if got := snapshot(h); got != after {
				t.Errorf("after Redo:\n%s\nwant\n%s", got, after)
			}
			tt.check(t, h)
		})
	}
}

// menuOf returns the item labelled label in m.
func menuOf(t *testing.T, m *fyne.Menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no item %q in the menu", label)
	return nil
}

func TestReviewKeptAcrossLoads(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(1)
	h.w.setStatus(model.Verified)
	h.w.timeline.Select(0)
	h.w.act("", review.SetNote("e0", "to check"))
	h.loaded(t) // the set again: its review file is read back
	if e := eventByID(t, h, "e1"); e.Status != model.Verified {
		t.Errorf("e1's status %q after reopening", e.Status)
	}
	if e := eventByID(t, h, "e0"); e.Note != "to check" {
		t.Errorf("e0's note %q after reopening", e.Note)
	}
	if !h.w.reviewMenu.undo.Disabled {
		t.Error("Undo offers an action of the previous session")
	}
}

func TestBrokenReviewFileKeptAndSaid(t *testing.T) {
	h := newHarness(t, nil)
	path := review.DefaultSetPath(os.TempDir())
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	broken := []byte(`{"schema": 1, "actions": [`)
	if err := os.WriteFile(path, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	h.loaded(t)
	if h.w.current == nil || len(h.w.current.Events) != 4 {
		t.Fatal("the set did not load")
	}
	if h.w.session != nil {
		t.Error("a session over a broken file")
	}
	if len(h.w.win.Canvas().Overlays().List()) == 0 {
		t.Error("no message says the review file could not be opened")
	}
	if !menuItem(t, h, "Mark verified").Disabled {
		t.Error("review actions are on without a session")
	}
	h.w.timeline.Select(0)
	h.w.setStatus(model.Verified)
	if got, _ := os.ReadFile(path); string(got) != string(broken) {
		t.Errorf("the broken file was changed to %q", got)
	}
}

func TestTimelineContextMenu(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.win.Canvas().(test.WindowlessCanvas).Capture()
	m := h.w.timeline.Layout().Markers[0]
	test.TapSecondaryAt(h.w.timeline, fyne.NewPos(m.X, m.Y))
	if got := h.w.timeline.Selected(); got != m.Event {
		t.Errorf("a right-click on event %d selected %d", m.Event, got)
	}
	if h.w.popup == nil || !h.w.popup.Visible() {
		t.Fatal("no context menu on the event")
	}
	menuOf(t, h.w.contextMenu, "Mark verified").Action()
	if e := &h.w.current.Events[h.w.timeline.Selected()]; e.Status != model.Verified {
		t.Errorf("status %q after the context menu's Mark verified", e.Status)
	}
}

func TestCitationNoticeGoesAway(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(0)
	start := time.Now()
	test.Tap(h.w.source.cites[0])
	h.pump(t, "the notice to go", func() bool { return h.w.source.cites[0].Text == "Copy citation" })
	if d := time.Since(start); d < time.Second {
		t.Errorf("the notice lasted %v", d)
	}
}

func TestOrphansListed(t *testing.T) {
	loads := 0
	h := newHarness(t, &Engine{Default: func(context.Context) (*model.Timeline, error) {
		loads++
		tl := sampleTimeline()
		if loads > 1 {
			// b.txt was rewritten: the passages of e1 are gone.
			a, c := tl.Articles[1], &tl.Claims[4]
			a.Text = strings.Replace(a.Text, "En août 2021", "En juillet 2021", 1)
			c.Quote = strings.Replace(c.Quote, "En août 2021", "En juillet 2021", 1)
		}
		return tl, nil
	}})
	h.loaded(t)
	h.w.timeline.Select(1)
	h.w.setStatus(model.Verified)
	before := len(h.w.win.Canvas().Overlays().List())
	h.loaded(t)
	if got := len(h.w.win.Canvas().Overlays().List()); got != before+1 {
		t.Fatalf("%d overlays after reopening, want a message listing the orphan", got)
	}
	if got := orphanText(h.w.session.Orphans()[0]); !strings.Contains(got, "Mark verified") || !strings.Contains(got, "b.txt") {
		t.Errorf("the orphan reads %q", got)
	}
	if e := eventByID(t, h, "e1"); e.Status != model.Unchecked {
		t.Errorf("the orphan's status %q was applied", e.Status)
	}
}

func TestEditFormPrecision(t *testing.T) {
	tests := []struct {
		precision int // index in precisions
		want      string
	}{{2, "2021"}, {1, "2021-08"}, {0, "2021-08-01"}}
	for _, tt := range tests {
		h := newHarness(t, nil)
		h.loaded(t)
		h.w.timeline.Select(1) // August 2021
		h.w.editSelected()
		h.w.editForm.precision.SetSelectedIndex(tt.precision)
		if got := h.w.editForm.date.Text; got != tt.want {
			t.Errorf("precision %d: date %q, want %q", tt.precision, got, tt.want)
		}
		h.w.form.Submit()
		if got := eventByID(t, h, "e1").Date.String(); got != tt.want {
			t.Errorf("precision %d: the event's date is %s, want %s", tt.precision, got, tt.want)
		}
	}
}

func TestEditFormRefusesBadInput(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(1)
	h.w.editSelected()
	h.w.editForm.date.SetText("the 5th of never")
	if h.w.editForm.date.Validate() == nil {
		t.Error("a date the form cannot read passes")
	}
	before := snapshot(h)
	h.w.form.Submit() // refused: the form keeps its dialog, nothing is done
	if got := snapshot(h); got != before {
		t.Errorf("a bad date changed the events:\n%s", got)
	}
	for _, tt := range []struct {
		in   string
		want float64
	}{{"70 000 000", 7e7}, {"1,5", 1.5}, {"1.5", 1.5}, {"16,000", 16000}} {
		if got, err := parseFigure(tt.in); err != nil || got != tt.want {
			t.Errorf("parseFigure(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := parseFigure("seventy"); err == nil {
		t.Error("parseFigure(seventy) passes")
	}
}

// TestRedoCtrlShiftZ redoes with Ctrl+Shift+Z, the window's second redo
// shortcut (the menu shows Ctrl+Y), as the canvas dispatches it.
func TestRedoCtrlShiftZ(t *testing.T) {
	tests := []struct {
		name    string
		do      func(h *harness)
		undos   int
		want    model.Status // e1's status after one redo
		redoing string       // what Redo says after that redo ("" when off)
	}{
		{"one action", func(h *harness) {
			h.w.timeline.Select(1)
			h.w.setStatus(model.Verified)
		}, 1, model.Verified, ""},
		{"two actions undone, one redone", func(h *harness) {
			h.w.timeline.Select(1)
			h.w.setStatus(model.StatusDisputed)
			h.w.setStatus(model.Verified)
		}, 2, model.StatusDisputed, "Redo Mark verified"},
	}
	ctrlShiftZ := &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			tt.do(h)
			for range tt.undos {
				h.w.reviewMenu.undo.Action()
			}
			if e := eventByID(t, h, "e1"); e.Status != model.Unchecked {
				t.Fatalf("after undoing: status %q", e.Status)
			}
			// The keyboard is in the table, not in a text field (where the
			// shortcut would redo typing).
			h.w.win.Canvas().Focus(h.w.events.table)
			h.w.win.Canvas().(fyne.Shortcutable).TypedShortcut(ctrlShiftZ)
			if e := eventByID(t, h, "e1"); e.Status != tt.want {
				t.Errorf("after Ctrl+Shift+Z: status %q, want %q", e.Status, tt.want)
			}
			redo := h.w.reviewMenu.redo
			if tt.redoing == "" && !redo.Disabled {
				t.Errorf("Redo is still on: %q", redo.Label)
			}
			if tt.redoing != "" && (redo.Label != tt.redoing || redo.Disabled) {
				t.Errorf("Redo says %q (off %v), want %q", redo.Label, redo.Disabled, tt.redoing)
			}
		})
	}
}

// TestReviewFormsTakeTheKeys types on the window's canvas, as a person
// does, right after the Note… or Edit… dialog opens: the keys go to the
// dialog's text field (they went nowhere, and an empty note was saved).
func TestReviewFormsTakeTheKeys(t *testing.T) {
	tests := []struct {
		name  string
		open  func(t *testing.T, h *harness)
		field func(h *harness) fyne.Focusable
		check func(t *testing.T, h *harness)
	}{
		{"note from the Review menu", func(t *testing.T, h *harness) {
			menuItem(t, h, "Note…").Action()
		}, func(h *harness) fyne.Focusable { return h.w.noteEntry }, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e1"); e.Note != "Checked with the archive" {
				t.Errorf("note %q, want the words typed", e.Note)
			}
		}},
		{"note from the source view", func(t *testing.T, h *harness) {
			for _, b := range h.w.source.review {
				if b.Text == "Note…" {
					test.Tap(b)
				}
			}
		}, func(h *harness) fyne.Focusable { return h.w.noteEntry }, func(t *testing.T, h *harness) {
			if e := eventByID(t, h, "e1"); e.Note != "Checked with the archive" {
				t.Errorf("note %q, want the words typed", e.Note)
			}
		}},
		{"edit from the Review menu", func(t *testing.T, h *harness) {
			menuItem(t, h, "Edit…").Action()
		}, func(h *harness) fyne.Focusable { return h.w.editForm.date }, func(t *testing.T, h *harness) {
			if got := eventByID(t, h, "e1").Date.String(); got != "2021-08-05" {
				t.Errorf("date %s after typing -05 after 2021-08", got)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.timeline.Select(1) // August 2021
			tt.open(t, h)
			f := tt.field(h)
			if got := h.w.win.Canvas().Focused(); got != f {
				t.Fatalf("focused %T, want the dialog's field", got)
			}
			// The keys go to the focused widget, as the driver sends them.
			typed := h.w.win.Canvas().Focused()
			if f == fyne.Focusable(h.w.noteEntry) {
				test.Type(typed, "Checked with the archive")
			} else {
				e := h.w.editForm.date
				e.CursorColumn = len([]rune(e.Text))
				test.Type(typed, "-05")
			}
			h.w.form.Submit()
			tt.check(t, h)
		})
	}
}

// TestNoteDialogKeyboard drives the Note… dialog with the keyboard alone:
// Tab leaves the note (Fyne's multi-line field typed a tab and kept the
// focus), Shift+Enter saves, Esc cancels, Enter starts a new line.
func TestNoteDialogKeyboard(t *testing.T) {
	tests := []struct {
		name string
		keys func(t *testing.T, h *harness)
		want string // the note saved
		open bool   // the dialog is still open
	}{
		{"Shift+Enter saves", func(t *testing.T, h *harness) {
			shiftReturn(h.w.noteEntry)
		}, "Called the ARS", false},
		{"Esc cancels", func(t *testing.T, h *harness) {
			h.w.noteEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		}, "", false},
		{"Enter starts a new line", func(t *testing.T, h *harness) {
			h.w.noteEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			test.Type(h.w.noteEntry, "twice")
			shiftReturn(h.w.noteEntry)
		}, "Called the ARS\ntwice", false},
		{"Tab goes on to the buttons", func(t *testing.T, h *harness) {
			if h.w.noteEntry.AcceptsTab() {
				t.Error("the note takes Tab: the keyboard cannot leave it")
			}
			c := h.w.win.Canvas()
			c.FocusNext()
			if c.Focused() == fyne.Focusable(h.w.noteEntry) || c.Focused() == nil {
				t.Errorf("Tab left the focus on %T", c.Focused())
			}
		}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			h.w.timeline.Select(1)
			menuItem(t, h, "Note…").Action()
			test.Type(h.w.noteEntry, "Called the ARS")
			tt.keys(t, h)
			if got := eventByID(t, h, "e1").Note; got != tt.want {
				t.Errorf("note %q, want %q", got, tt.want)
			}
			if open := h.w.dialogOver() != nil; open != tt.open {
				t.Errorf("dialog open: %v, want %v", open, tt.open)
			}
		})
	}
}

// shiftReturn types Shift+Enter in e, as the desktop driver does: Shift
// goes down, then Enter.
func shiftReturn(e *formEntry) {
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// TestReviewFileShown: Review › Review file… says where the set's review is
// saved.
func TestReviewFileShown(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	if h.w.session == nil {
		t.Fatal("no review session")
	}
	menuOf(t, h.w.reviewMenu.review, "Review file…").Action()
	top := h.w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	found := false
	for _, o := range test.LaidOutObjects(top) {
		switch l := o.(type) {
		case *widget.Label:
			found = found || strings.Contains(l.Text, h.w.session.Path())
		case *widget.RichText:
			found = found || strings.Contains(l.String(), h.w.session.Path())
		}
	}
	if !found {
		t.Errorf("the dialog does not give the review file %q", h.w.session.Path())
	}
}
