package ui

import (
	"context"
	"errors"
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
