package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// File › Add file… follows Open file… in the File menu, in the UI
// language.
func TestAddFilesMenuItem(t *testing.T) {
	tests := []struct {
		locale string
		open   string
		want   string
	}{
		{"C", "Open file…", "Add file…"},
		{"fr_FR.UTF-8", "Ouvrir un fichier…", "Ajouter un fichier…"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			inLanguage(t, tt.locale)
			h := newHarness(t, nil)
			file := h.w.win.MainMenu().Items[0]
			var labels []string
			for _, it := range file.Items {
				labels = append(labels, it.Label)
			}
			i := slices.Index(labels, tt.open)
			if i < 0 || i+1 >= len(labels) || labels[i+1] != tt.want {
				t.Fatalf("File menu %q, want %q after %q", labels, tt.want, tt.open)
			}
			if it := file.Items[i+1]; it.Action == nil || it.Disabled {
				t.Errorf("%q has no action", tt.want)
			}
		})
	}
}

// loads is an engine whose Load records the paths it is asked for and
// returns the sample set named by its count of paths, or fails.
type loads struct {
	mu    sync.Mutex
	calls [][]string
	fail  bool
}

func (l *loads) engine() *Engine {
	return &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Load: func(_ context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
			l.mu.Lock()
			l.calls = append(l.calls, slices.Clone(paths))
			fail := l.fail
			l.mu.Unlock()
			progress(len(paths), len(paths))
			if fail {
				return nil, model.ErrNothingLoaded
			}
			tl := sampleTimeline()
			tl.NameParts = model.SetName{Base: "set", Articles: len(paths)}
			tl.Name = tl.NameParts.String()
			return tl, nil
		},
	}
}

// last returns the paths of the last load (nil: none).
func (l *loads) last() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.calls) == 0 {
		return nil
	}
	return l.calls[len(l.calls)-1]
}

// wait runs f, which starts a load, and waits for the load to end.
func (h *harness) wait(t *testing.T, what string, f func()) {
	t.Helper()
	done := false
	h.w.loader.done = func() { done = true }
	f()
	h.pump(t, what, func() bool { return done })
	h.w.loader.done = nil
}

// Add file… adds the chosen files to the set on screen and loads them
// all, skipping those already in it; on the built-in set it opens them;
// when nothing loads, the set on screen and its paths stay.
func TestAddFiles(t *testing.T) {
	root := t.TempDir()
	fr, en := filepath.Join(root, "fr"), filepath.Join(root, "en")
	a, b, c := filepath.Join(fr, "a.txt"), filepath.Join(fr, "b.txt"), filepath.Join(en, "c.txt")
	writeArticles(t, a, b, c)
	tests := []struct {
		name     string
		open     []string // nil: the built-in set
		add      []string
		fail     bool     // the load after adding fails
		want     []string // the paths loaded after adding (nil: no load)
		title    string   // the window's title after adding
		said     bool     // a dialog says something
		setPaths []string // the set's paths after adding
	}{
		{"a file from another folder", []string{a}, []string{c}, false, []string{a, c}, "Claimline — set (2 articles)", false, []string{a, c}},
		{"a file to a folder", []string{fr}, []string{c}, false, []string{fr, c}, "Claimline — set (2 articles)", false, []string{fr, c}},
		{"files, one already in the set", []string{a, c}, []string{filepath.Join(fr, ".", "a.txt"), b}, false, []string{a, c, b}, "Claimline — set (3 articles)", false, []string{a, c, b}},
		{"a file already in the set", []string{a, c}, []string{filepath.Join(en, "..", "en", "c.txt")}, false, nil, "Claimline — set (2 articles)", true, []string{a, c}},
		{"the same file twice", []string{a}, []string{b, b}, false, []string{a, b}, "Claimline — set (2 articles)", false, []string{a, b}},
		{"to the built-in set: opened alone", nil, []string{c}, false, []string{c}, "Claimline — set (1 article)", false, []string{c}},
		{"nothing loads: the set stays", []string{a}, []string{c}, true, []string{a, c}, "Claimline — set (1 article)", true, []string{a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &loads{}
			h := newHarness(t, l.engine())
			h.loaded(t)
			if tt.open != nil {
				h.wait(t, "the set", func() { h.w.Open(tt.open) })
			}
			before := len(l.calls)
			l.fail = tt.fail
			if tt.want != nil {
				h.wait(t, "the set with the files added", func() { h.w.Add(tt.add) })
			} else {
				h.w.Add(tt.add)
			}
			if got := l.last(); tt.want == nil && len(l.calls) != before || tt.want != nil && !slices.Equal(got, tt.want) {
				t.Errorf("loaded %q (%d loads), want %q", got, len(l.calls)-before, tt.want)
			}
			if got := h.w.win.Title(); got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
			if said := h.w.win.Canvas().Overlays().Top() != nil; said != tt.said {
				t.Errorf("a dialog shown: %v, want %v", said, tt.said)
			}
			if !slices.Equal(h.w.paths, tt.setPaths) {
				t.Errorf("the set's paths %q, want %q", h.w.paths, tt.setPaths)
			}
			if h.w.loader.bar.Visible() {
				t.Error("the progress bar stays after the load")
			}
		})
	}
}

// Adding files from another folder moves the set's review file to the
// folder that holds them all: the review done so far goes along, the old
// file stays the review of the set it was, and Undo offers nothing of the
// set before (as after opening a set).
func TestAddFilesCarriesTheReview(t *testing.T) {
	root := t.TempDir()
	a, c := filepath.Join(root, "fr", "a.txt"), filepath.Join(root, "en", "c.txt")
	writeArticles(t, a, c)
	l := &loads{}
	h := newHarness(t, l.engine())
	h.wait(t, "the set", func() { h.w.Open([]string{a}) })
	old := filepath.Join(root, "fr", review.FileName)
	if h.w.session == nil || h.w.session.Path() != old {
		t.Fatalf("review session %v, want one in %s", h.w.session, old)
	}
	h.w.timeline.Select(1)
	menuItem(t, h, "Mark verified").Action()
	if e := eventByID(t, h, "e1"); e.Status != model.Verified {
		t.Fatalf("e1 %q before adding, want verified", e.Status)
	}
	saved, err := os.ReadFile(old)
	if err != nil {
		t.Fatal(err)
	}

	h.wait(t, "the grown set", func() { h.w.Add([]string{c}) })
	grown := filepath.Join(root, review.FileName)
	if got := h.w.session.Path(); got != grown {
		t.Errorf("the grown set's review is in %s, want %s", got, grown)
	}
	if e := eventByID(t, h, "e1"); e.Status != model.Verified {
		t.Errorf("e1 %q after adding, want verified still", e.Status)
	}
	if !h.w.reviewMenu.undo.Disabled {
		t.Error("Undo offers an action of the set before adding")
	}
	h.w.timeline.Select(2)
	menuItem(t, h, "Mark disputed").Action()
	if now, _ := os.ReadFile(old); string(now) != string(saved) {
		t.Error("an action on the grown set changed the review of the set before")
	}
	if menuItem(t, h, "Undo Mark disputed").Disabled {
		t.Error("the grown set's own action cannot be undone")
	}
}

// Cancelling the load of a set with files added keeps the set on screen,
// and its paths: the next file added joins the set as it was.
func TestAddFilesCancelled(t *testing.T) {
	root := t.TempDir()
	a, c := filepath.Join(root, "fr", "a.txt"), filepath.Join(root, "en", "c.txt")
	l := &loads{}
	e := l.engine()
	load := e.Load
	started := make(chan bool, 1)
	e.Load = func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
		if len(paths) > 1 {
			started <- true
			<-ctx.Done()
			return nil, ctx.Err()
		}
		return load(ctx, paths, progress)
	}
	h := newHarness(t, e)
	h.wait(t, "the set", func() { h.w.Open([]string{a}) })
	h.w.Add([]string{c})
	<-started
	if !h.w.loader.bar.Visible() {
		t.Error("no progress bar while the files added load")
	}
	test.Tap(buttonIn(h.w.loader.bar, "Cancel"))
	if h.w.loader.bar.Visible() {
		t.Error("the progress bar stays after cancel")
	}
	if got := h.w.win.Title(); got != "Claimline — set (1 article)" || !slices.Equal(h.w.paths, []string{a}) {
		t.Errorf("after cancel: %q from %q, want the set as it was", got, h.w.paths)
	}
}

// When the folder that holds the grown set already has a review of its
// own, that review is shown, and a message says where the review done
// before adding is kept, so that it does not seem lost.
func TestAddFileSaysWhichReviewIsShown(t *testing.T) {
	root := t.TempDir()
	a, c := filepath.Join(root, "fr", "a.txt"), filepath.Join(root, "en", "c.txt")
	writeArticles(t, a, c)
	l := &loads{}
	// The folder above was reviewed as a set of its own before.
	h := newHarness(t, l.engine())
	h.wait(t, "the folder above", func() { h.w.Open([]string{root}) })
	h.w.timeline.Select(1)
	menuItem(t, h, "Mark verified").Action()
	h.wait(t, "the set", func() { h.w.Open([]string{a}) })
	h.w.timeline.Select(2)
	menuItem(t, h, "Mark disputed").Action()
	if top := h.w.win.Canvas().Overlays().Top(); top != nil {
		h.w.win.Canvas().Overlays().Remove(top)
	}

	h.wait(t, "the grown set", func() { h.w.Add([]string{c}) })
	top := h.w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message says which review is shown")
	}
	var said []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			said = append(said, l.Text)
		}
	}
	text := strings.Join(said, "\n")
	if !strings.Contains(text, filepath.Join(root, review.FileName)) || !strings.Contains(text, filepath.Join(root, "fr", review.FileName)) {
		t.Errorf("the message says %q, want both review files named", said)
	}
}

// When the review cannot be carried to the grown set's folder, it goes on
// being saved where it was, and the note shown with the grown set says so.
func TestAddFileSaysTheReviewStayed(t *testing.T) {
	root := t.TempDir()
	a, c := filepath.Join(root, "fr", "a.txt"), filepath.Join(root, "en", "c.txt")
	writeArticles(t, a, c)
	h := newHarness(t, (&loads{}).engine())
	// The review file cannot be read: a folder stands in its place.
	from := filepath.Join(root, "fr", review.FileName)
	if err := os.MkdirAll(from, 0o755); err != nil {
		t.Fatal(err)
	}
	paths := []string{a, c}
	if got := h.w.reviewForGrown(paths, from)(); got != from {
		t.Errorf("the grown set's review is in %s, want %s still", got, from)
	}
	h.pump(t, "the note", func() bool { return h.w.keptNote != "" })
	if !strings.Contains(h.w.keptNote, from) || !slices.Equal(h.w.keptFor, paths) {
		t.Errorf("the note says %q for %q, want %s named for %q", h.w.keptNote, h.w.keptFor, from, paths)
	}
}

// writeArticles writes a one-word article at each path, with its folders.
func writeArticles(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Telegram."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
