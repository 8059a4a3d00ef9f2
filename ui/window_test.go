package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
)

func TestTitleAndLayout(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	if got := h.w.win.Title(); got != "Claimline — Sample set" {
		t.Errorf("title = %q", got)
	}
	if n := len(h.w.timeline.Events()); n != 4 {
		t.Errorf("timeline shows %d events", n)
	}
	if h.w.search.count.Text != "5 claims in 4 events" {
		t.Errorf("count = %q", h.w.search.count.Text)
	}
}

func TestNothingLoadedKeepsCurrentSet(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	done := false
	h.w.loader.done = func() { done = true }
	h.w.Open([]string{"missing"})
	h.pump(t, "the failed load", func() bool { return done })
	if h.w.current == nil || h.w.current.Name != "Sample set" || h.w.win.Title() != "Claimline — Sample set" {
		t.Error("the current set was replaced by a load that found nothing")
	}
	if len(h.w.win.Canvas().Overlays().List()) == 0 {
		t.Error("no dialog says that nothing loaded")
	}
}

func TestProblemsListedRestLoads(t *testing.T) {
	other := &model.Timeline{Name: "Other", Problems: []model.Problem{{File: "bad.pdf", Err: errors.New("not a .txt, .md or .html file")}}}
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Load: func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
			progress(1, 2)
			progress(2, 2)
			progress(5, -10) // the build
			return other, nil
		},
	})
	h.loaded(t)
	done := false
	h.w.loader.done = func() { done = true }
	h.w.Open([]string{"folder"})
	h.pump(t, "the load", func() bool { return done })
	if h.w.current != other || h.w.win.Title() != "Claimline — Other" {
		t.Fatal("the set with problems did not load")
	}
	found := false
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "bad.pdf: not a .txt") {
			found = true
		}
	}
	if !found {
		t.Error("the problems dialog does not list bad.pdf")
	}
}

// TestLoadSaysWhy loads real folders through the model's engine and checks
// that the dialog says why: which file has a date header that is no date
// (the set loads all the same), or that a folder holds no article file.
func TestLoadSaysWhy(t *testing.T) {
	badDate := t.TempDir()
	if err := os.WriteFile(filepath.Join(badDate, "a.txt"), []byte("title: Test\ndate: 2023-13-45\n\nTelegram gained 70 million users on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	tests := []struct {
		name   string
		path   string
		loads  bool
		head   string // the dialog's first line
		listed string // in the list of problems, "" for none
	}{
		{"bad date header", badDate, true, "Some files have problems; they are loaded all the same.",
			`a.txt: the header's date "2023-13-45" is not a valid date (there is no month 13)`},
		{"empty folder", empty, false, "Nothing could be loaded: no .txt, .md or .html file was found in " + empty + ".", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			engine := ModelEngine()
			engine.Default = func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil }
			h := newHarness(t, &engine)
			h.loaded(t)
			done := false
			h.w.loader.done = func() { done = true }
			h.w.Open([]string{tt.path})
			h.pump(t, "the load", func() bool { return done })
			if loaded := h.w.current != nil && h.w.current.Name != "Sample set"; loaded != tt.loads {
				t.Errorf("loaded %v, want %v", loaded, tt.loads)
			}
			top := h.w.win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog")
			}
			var head, list bool
			for _, o := range test.LaidOutObjects(top) {
				if l, ok := o.(*widget.Label); ok {
					head = head || strings.HasPrefix(l.Text, tt.head)
					list = list || tt.listed != "" && strings.Contains(l.Text, tt.listed)
				}
			}
			if !head {
				t.Errorf("the dialog does not say %q", tt.head)
			}
			if tt.listed != "" && !list {
				t.Errorf("the dialog does not list %q", tt.listed)
			}
		})
	}
}

func TestCancelKeepsCurrentSet(t *testing.T) {
	started := make(chan struct{})
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Load: func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
			close(started)
			<-ctx.Done()
			return nil, ctx.Err()
		},
	})
	h.loaded(t)
	h.w.Open([]string{"slow"})
	<-started
	if !h.w.loader.bar.Visible() {
		t.Error("no progress bar while loading")
	}
	h.w.loader.cancel()
	if h.w.loader.bar.Visible() {
		t.Error("the progress bar stays after cancel")
	}
	if h.w.current.Name != "Sample set" {
		t.Error("cancelling replaced the current set")
	}
}

func TestKeysAndMenus(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	c := h.w.win.Canvas()
	tl := h.w.timeline
	fit := tl.View()
	test.TypeOnCanvas(c, "+")
	if tl.View() == fit {
		t.Error("+ with nothing focused did not zoom in")
	}
	test.TypeOnCanvas(c, "-")
	h.w.timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if tl.View() != fit {
		t.Error("Home did not fit all")
	}
	h.w.focusSearch()
	if c.Focused() != h.w.search.entry {
		t.Error("Find did not focus the search entry")
	}
	menu := h.w.win.MainMenu()
	var labels []string
	for _, m := range menu.Items {
		labels = append(labels, m.Label)
	}
	if strings.Join(labels, ",") != strings.Join([]string{lang.L("File"), lang.L("Edit"), lang.L("View"), lang.L("Review"), lang.L("Help")}, ",") {
		t.Errorf("menus = %v", labels)
	}
}
