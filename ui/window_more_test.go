package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

func TestAppIDMatchesFyneApp(t *testing.T) {
	raw, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^ID\s*=\s*"([^"]+)"`).FindStringSubmatch(string(raw))
	if m == nil || m[1] != AppID {
		t.Errorf("FyneApp.toml's ID is %v, AppID is %q", m, AppID)
	}
}

func TestWindowSizeRemembered(t *testing.T) {
	h := newHarness(t, nil)
	h.w.win.Resize(fyne.NewSize(900, 640))
	h.w.saveSize()
	p := h.w.app.Preferences()
	if p.Float(prefWidth) != 900 || p.Float(prefHeight) != 640 {
		t.Fatalf("saved %v×%v", p.Float(prefWidth), p.Float(prefHeight))
	}
	w2 := New(h.w.app, h.w.engine)
	defer w2.search.worker.stop()
	if got := w2.win.Canvas().Size(); got.Width != 900 || got.Height != 640 {
		t.Errorf("a new window opens at %v", got)
	}
}

func TestDropOpensPathsAndRemembersFolder(t *testing.T) {
	var got []string
	h := newHarness(t, &Engine{
		Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
		Load: func(ctx context.Context, paths []string, progress func(int, int)) (*model.Timeline, error) {
			got = paths
			return &model.Timeline{Name: "dropped"}, nil
		},
	})
	done := false
	h.w.loader.done = func() { done = true }
	h.w.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI("/data/news/a b.txt")})
	h.pump(t, "the dropped file", func() bool { return done })
	if len(got) != 1 || got[0] != "/data/news/a b.txt" {
		t.Errorf("loaded %q", got)
	}
	if h.w.app.Preferences().String(prefFolder) != "/data/news" {
		t.Errorf("last folder = %q", h.w.app.Preferences().String(prefFolder))
	}
	if h.w.win.Title() != "Claimline — dropped" {
		t.Errorf("title = %q", h.w.win.Title())
	}
	dir := t.TempDir()
	done = false
	h.w.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(dir)})
	h.pump(t, "the dropped folder", func() bool { return done })
	if got := h.w.app.Preferences().String(prefFolder); got != dir {
		t.Errorf("after dropping a folder the last folder is %q, want %q", got, dir)
	}
}

// buttonIn returns the first button labelled text under o.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	return nil
}

func TestSourceButtons(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.w.timeline.Select(0)
	cite := buttonIn(h.w.source.content, "Copy citation")
	if cite == nil {
		t.Fatal("no Copy citation button")
	}
	test.Tap(cite)
	// Title, date and quote, as model.Citation writes them.
	want := "“Telegram wins big”, 5 October 2021, “Telegram was launched in 2013.”"
	if got := h.w.app.Clipboard().Content(); got != want {
		t.Errorf("clipboard = %q, want %q", got, want)
	}
	full := buttonIn(h.w.source.content, "Full article")
	if full == nil {
		t.Fatal("no Full article button")
	}
	test.Tap(full)
	top := h.w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the full article did not open")
	}
	var greyed, passage bool
	for _, o := range test.LaidOutObjects(top) {
		if rt, ok := o.(*widget.RichText); ok {
			for _, s := range rt.Segments {
				ts, ok := s.(*widget.TextSegment)
				if !ok {
					continue
				}
				greyed = greyed || (strings.Contains(ts.Text, "Subscribe to our newsletter") && ts.Style.TextStyle.Italic)
				passage = passage || (strings.Contains(ts.Text, "Telegram was launched") && ts.Style.TextStyle.Bold)
			}
		}
	}
	if !greyed || !passage {
		t.Errorf("full article: boilerplate greyed %v, passage highlighted %v", greyed, passage)
	}
}

func TestMenuActions(t *testing.T) {
	tests := []struct {
		menu, item string
		check      func(t *testing.T, h *harness)
	}{
		{"View", "Zoom in", func(t *testing.T, h *harness) {
			if h.w.timeline.View() == h.w.timeline.Scale().Fit() {
				t.Error("Zoom in did not zoom")
			}
		}},
		{"View", "Find", func(t *testing.T, h *harness) {
			if h.w.win.Canvas().Focused() != h.w.search.entry {
				t.Error("Find did not focus the search entry")
			}
		}},
		{"View", "Next event", func(t *testing.T, h *harness) {
			if h.w.timeline.Selected() != 0 {
				t.Error("Next event did not select the first event")
			}
		}},
		{"File", "Export image…", overlayShown},
		{"Help", "Keyboard shortcuts", overlayShown},
		{"Help", "About Claimline", overlayShown},
	}
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			var item *fyne.MenuItem
			for _, m := range h.w.win.MainMenu().Items {
				for _, it := range m.Items {
					if m.Label == lang.L(tt.menu) && it.Label == lang.L(tt.item) {
						item = it
					}
				}
			}
			if item == nil {
				t.Fatalf("no %s › %s", tt.menu, tt.item)
			}
			item.Action()
			tt.check(t, h)
		})
	}
}

// overlayShown checks that a dialog is open.
func overlayShown(t *testing.T, h *harness) {
	if h.w.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog opened")
	}
}

func TestShortcutsInMenus(t *testing.T) {
	h := newHarness(t, nil)
	want := map[string]fyne.KeyName{lang.L("Open folder…"): fyne.KeyO, lang.L("Export image…"): fyne.KeyE, lang.L("Find"): fyne.KeyF, lang.L("Quit"): fyne.KeyQ}
	for _, m := range h.w.win.MainMenu().Items {
		for _, it := range m.Items {
			if k, ok := want[it.Label]; ok {
				s, _ := it.Shortcut.(*desktop.CustomShortcut)
				if s == nil || s.KeyName != k || s.Modifier != fyne.KeyModifierShortcutDefault {
					t.Errorf("%s has shortcut %v, want Ctrl/Cmd+%s", it.Label, it.Shortcut, k)
				}
				delete(want, it.Label)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("missing menu items %v", want)
	}
}

func TestResultRowFitsItsWidth(t *testing.T) {
	test.NewTempApp(t)
	widths := newRuneWidths()
	for _, w := range []float32{120, 240, 400, 900} {
		row := newResultRow(widths)
		row.set(matchRuns("Pavel Durov: more than 70 million new users joined Telegram in one day", []int{0, 1, 2, 3, 4, 30, 31}),
			[]metaPart{{runs: matchRuns("4 Oct 2021", nil)}, {runs: matchRuns("Pavel Durov", []int{0, 1}), shrink: true},
				{runs: matchRuns("Panne de Facebook : Telegram dit avoir battu un record d'inscriptions", nil), shrink: true}}, false)
		win := test.NewTempWindow(t, row)
		win.Resize(fyne.NewSize(w, 80))
		var right float32
		var last *canvas.Text
		for _, o := range test.WidgetRenderer(row).Objects() {
			if txt, ok := o.(*canvas.Text); ok && txt.Position().Y < 10 {
				right, last = txt.Position().X+txt.Size().Width, txt
			}
		}
		if right > row.Size().Width {
			t.Errorf("width %v: the text runs to %v", row.Size().Width, right)
		}
		if w < 400 && (last == nil || !strings.HasSuffix(last.Text, "…")) {
			t.Errorf("width %v: the cut text does not end with …", w)
		}
		if w >= 900 && strings.HasSuffix(last.Text, "…") {
			t.Errorf("width %v: the text is cut although it fits", w)
		}
	}
}

func TestExportRequestFollowsQueryAndView(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	h.typeQuery(t, "zzz")
	if ev := h.w.search.matchingEvents(); ev == nil || len(ev) != 0 {
		t.Errorf("a query matching nothing gives matches %v, want empty and not nil", ev)
	}
	h.w.search.entry.SetText("")
	h.pump(t, "no query", func() bool { return h.w.search.q == "" })
	if ev := h.w.search.matchingEvents(); ev != nil {
		t.Errorf("no query gives matches %v, want nil", ev)
	}
	h.typeQuery(t, "million")
	req := h.w.exportRequest()
	if len(req.Matches) != 1 || req.Matches[0] != 3 || req.Query != "million" || req.Title != "Sample set" {
		t.Errorf("request = %+v", req)
	}
	if !req.ViewFrom.IsZero() || !req.ViewTo.IsZero() {
		t.Errorf("fit-all gives a view range %v – %v", req.ViewFrom, req.ViewTo)
	}
	h.w.timeline.ZoomIn()
	req = h.w.exportRequest()
	if from, to := h.w.timeline.VisibleRange(); !req.ViewFrom.Equal(from) || !req.ViewTo.Equal(to) || !to.After(from) {
		t.Errorf("zoomed view range %v – %v, want %v – %v", req.ViewFrom, req.ViewTo, from, to)
	}
}

// An export asked for with lanes hidden draws what the timeline shows: the
// events of the lanes shown (that the search matches), and says which.
func TestExportRequestFollowsHiddenLanes(t *testing.T) {
	h := newHarness(t, nil)
	h.loaded(t)
	tl := h.w.timeline
	tl.SetLaneBy(layout.LaneByMeasure)
	if tl.Lanes().Len() < 2 {
		t.Fatalf("%d lanes, want several", tl.Lanes().Len())
	}
	if req := h.w.exportRequest(); req.Shown != nil || len(req.Lanes) != 0 || req.Filtered() {
		t.Errorf("every lane shown, yet the request has lanes %v, events %v", req.Lanes, req.Shown)
	}
	tl.SetLaneHidden(0, true)
	req := h.w.exportRequest()
	var want []int
	for i, k := range tl.Lanes().Of {
		if k != 0 {
			want = append(want, i)
		}
	}
	if fmt.Sprint(req.Shown) != fmt.Sprint(want) || len(req.Lanes) != tl.Lanes().Len()-1 || req.AllLanes != tl.Lanes().Len() {
		t.Errorf("lane 0 hidden: request shows events %v of lanes %v (of %d), want %v", req.Shown, req.Lanes, req.AllLanes, want)
	}
	c := req.DefaultChoices()
	o := req.Options(c)
	if !c.OnlyShown || fmt.Sprint(o.Events) != fmt.Sprint(want) || len(o.Lanes) != len(req.Lanes) {
		t.Errorf("the export draws events %v of lanes %v by default, want %v", o.Events, o.Lanes, want)
	}
}

// The Open folder and Open file dialogs start in the folder of the set on
// screen, however it was opened (a dialog, the command line, a drop), else
// in the last folder opened, remembered in the app's settings; not in the
// home folder.
func TestOpenDialogsStartInTheSetsFolder(t *testing.T) {
	setDir, lastDir := t.TempDir(), t.TempDir()
	file := filepath.Join(setDir, "a.txt")
	if err := os.WriteFile(file, []byte("Telegram."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		last  string   // the last folder remembered before
		open  []string // nil: the built-in set
		fails bool     // the set does not load
		want  string   // the folder the dialogs start in
	}{
		{"built-in set, a folder remembered", lastDir, nil, false, lastDir},
		{"built-in set, nothing remembered", "", nil, false, ""},
		{"a folder opened", lastDir, []string{setDir}, false, setDir},
		{"files opened", lastDir, []string{file}, false, setDir},
		{"a folder that did not load", lastDir, []string{setDir}, true, lastDir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, &Engine{
				Default: func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil },
				Load: func(context.Context, []string, func(int, int)) (*model.Timeline, error) {
					if tt.fails {
						return nil, model.ErrNothingLoaded
					}
					return sampleTimeline(), nil
				},
			})
			h.loaded(t)
			if tt.last != "" {
				h.w.rememberFolder(tt.last)
			}
			if tt.open != nil {
				done := false
				h.w.loader.done = func() { done = true }
				h.w.Open(tt.open)
				h.pump(t, "the set", func() bool { return done })
			}
			if got := h.w.startFolder(); got != tt.want {
				t.Errorf("the dialogs start in %q, want %q", got, tt.want)
			}
			if tt.want != "" {
				if got := h.w.app.Preferences().String(prefFolder); got != tt.want {
					t.Errorf("the remembered folder is %q, want %q", got, tt.want)
				}
			}
		})
	}
}
