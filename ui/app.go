// Package ui is Claimline's desktop window: the timeline across the top, the
// search panel and the source passages below, menus and shortcuts, opening
// other article sets (menus or drag and drop) with loading off the UI
// goroutine, and the remembered window size and folder.
package ui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
	"github.com/claimline/claimline/ui/layout"
	_ "github.com/claimline/claimline/ui/syslocale" // before Fyne reads the locale
	"github.com/claimline/claimline/ui/timeline"
)

// AppID is the application's ID, as in FyneApp.toml.
const AppID = "io.github.claimline.claimline"

// Preference keys.
const (
	prefWidth  = "window.width"
	prefHeight = "window.height"
	prefFolder = "folder.last"
	prefLanes  = "view.lanes"
	prefTheme  = "view.theme"
)

// The window's size on first start at a scale of 1: it fits a 1366×768
// screen with room for a top bar and a task bar (1200×780 did not).
const (
	defaultWidth  = 1180
	defaultHeight = 700
)

// smallScreen is the smallest screen the first window must fit, in pixels,
// less the room its panels take.
var smallScreen = fyne.NewSize(1366-40, 768-68)

// defaultSize is the window's size on first start at the system's scale
// (Fyne's scale setting; Fyne gives no screen size before the window is
// shown): the default, made smaller where it would not fit smallScreen at
// that scale, and never below the minimum.
func defaultSize(scale float32) fyne.Size {
	if !(scale > 0) {
		scale = 1
	}
	return fyne.NewSize(
		max(min(defaultWidth, smallScreen.Width/scale), minWindowWidth),
		max(min(defaultHeight, smallScreen.Height/scale), minWindowHeight))
}

// Window is Claimline's main window and what it shows. Create it with New;
// its methods must be called on the UI goroutine.
type Window struct {
	app    fyne.App
	win    fyne.Window
	engine Engine

	timeline *timeline.Timeline
	search   *searchPanel
	events   *eventsPanel
	tabs     *container.AppTabs
	// share sizes the timeline's part of the window's height.
	share *splitShare
	// lower splits the search and events pane from the source view.
	lower  *container.Split
	source *sourceView
	loader *loader
	// laneNote says, over the timeline, that a hidden lane was shown again
	// for the event chosen in the table or the search results.
	laneNote *laneNote

	current *model.Timeline
	index   Searcher
	// session is the review of the set on screen (nil: none; the review
	// actions are off); claimEvent maps each claim to its event once a
	// review action moved the events the search index knows (nil before).
	session    *review.Session
	claimEvent []int
	reviewMenu *reviewMenu
	// The last form dialog opened (Edit… or Note…), its fields and the last
	// context menu, for tests.
	form        *dialog.FormDialog
	editForm    *editForm
	noteEntry   *formEntry
	pathEntry   *pathEntry
	popup       *widget.PopUpMenu
	contextMenu *fyne.Menu
	folder      string // the last opened folder
	// setFolder is the folder of the set on screen ("" for the built-in
	// set), where the open dialogs start; loading is the folder of the set
	// being loaded, which becomes setFolder once it is shown.
	setFolder, loading string
	// paths are the files and folders the set on screen was opened from
	// (nil for the built-in set), which Add file… adds to; loadingPaths
	// are the set being loaded's, which become paths once it is shown.
	paths, loadingPaths []string
	// keptNote says, once the grown set of paths keptFor is shown, which
	// review is shown and where the one done before adding is kept.
	keptNote string
	keptFor  []string

	// do runs a function on the UI goroutine; it is fyne.Do, and tests
	// replace it to run those functions on the test's goroutine.
	do func(func())
	// exported, when set, is called on the UI goroutine after each export
	// (tests wait on it).
	exported func(path string, err error)

	// OnLoaded, when set, is called on the UI goroutine after each load
	// ends, whether it showed a set or not.
	OnLoaded func()

	// settingsPath is the atomic copy of the remembered settings ("" for none).
	settingsPath string

	// baseTheme is the readable theme View › Theme draws in a variant.
	baseTheme fyne.Theme
}

// New builds the main window of app on engine, sized as last time. Call Open
// or OpenDefault to load a set, then ShowAndRun.
func New(app fyne.App, engine Engine) *Window {
	base := app.Settings().Theme()
	if v, ok := base.(variantTheme); ok {
		base = v.Theme
	}
	if _, ok := base.(readableTheme); !ok {
		base = newReadableTheme(base)
	}
	app.Settings().SetTheme(themeFor(base, app.Preferences().String(prefTheme)))
	w := &Window{app: app, engine: engine, win: app.NewWindow(windowTitle(nil)), do: fyne.Do, baseTheme: base}
	w.folder = app.Preferences().String(prefFolder)
	if !validFolder(w.folder) {
		w.folder = ""
		app.Preferences().RemoveValue(prefFolder)
	}
	w.timeline = timeline.New(words(), matchStatus)
	w.timeline.EmptyText = emptyText()
	w.source = newSourceView(w)
	w.search = newSearchPanel(w)
	w.events = newEventsPanel(w)
	w.loader = newLoader(w)
	w.laneNote = newLaneNote(w)
	w.timeline.OnSelected = w.showEvent
	w.timeline.OnLanesChanged = w.refreshMenu
	w.timeline.SetLaneBy(laneByOf(app.Preferences().StringWithFallback(prefLanes, laneByName(layout.LaneByMeasure))))
	w.timeline.OnEventMenu = func(_ int, at fyne.Position) { w.showEventMenu(at) }
	w.events.onMenu = w.showEventMenu

	// Below the timeline: the search entry over the events table and the
	// search results (tabs), and the source view.
	w.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Events"), w.events.content),
		container.NewTabItem(lang.L("Search results"), w.search.note.content))
	w.search.entry.onDown = w.searchDown
	// Each pane has a minimum width of its own, the same whatever it
	// shows: the search row whole on the left; on the right, a passage's
	// buttons (the review buttons wrap).
	tabs := container.New(&tabsCountLayout{tabs: w.tabs, events: w.events}, w.tabs, w.events.tabCount)
	w.tabs.OnSelected = func(*container.TabItem) { tabs.Refresh() }
	w.events.onCount = func() { tabs.Layout.Layout(tabs.Objects, tabs.Size()) }
	left := container.New(panelLayout{width: leftPaneMin, fixed: true}, container.NewBorder(w.search.top, nil, nil, nil, tabs))
	right := container.New(panelLayout{width: rightPaneMin(), fixed: true}, w.source.content)
	w.lower = container.NewHSplit(left, right)
	w.lower.Offset = lowerSplit
	split := container.NewVSplit(w.laneNote.content, w.lower)
	w.share = newSplitShare(split, app.Preferences())
	w.win.SetContent(container.NewBorder(nil, w.loader.bar, nil, nil, container.New(w.share, split)))
	w.win.SetMainMenu(w.menu())
	w.shortcuts()
	w.win.SetOnDropped(w.dropped)
	w.win.Resize(windowSize(app.Preferences(), defaultSize(app.Settings().Scale())))
	w.win.SetCloseIntercept(func() {
		w.saveSize()
		w.loader.cancel()
		w.search.worker.stop()
		w.win.Close()
	})
	w.win.SetMaster()
	return w
}

// emptyText is what an empty timeline says when no set is open.
func emptyText() string {
	return lang.L("No dated events. Open a folder of articles (File › Open folder…) or drop files here.")
}

// emptyTextOf is what the timeline says when set t has no dated event: that
// its articles were opened but none has a dated claim, pointing to the
// problems listed when there are some; emptyText when no article is open.
func emptyTextOf(t *model.Timeline) string {
	if t == nil || len(t.Articles) == 0 {
		return emptyText()
	}
	if len(t.Problems) > 0 {
		return countText(len(t.Articles), "1 article was opened, but it has no dated claim; the problems listed when it was opened may say why.",
			"{{.N}} articles were opened, but none has a dated claim; the problems listed when they were opened may say why.")
	}
	return countText(len(t.Articles), "1 article was opened, but it has no dated claim (a figure or an event with its date).",
		"{{.N}} articles were opened, but none has a dated claim (a figure or an event with its date).")
}

// Fyne returns the underlying window.
func (w *Window) Fyne() fyne.Window { return w.win }

// Timeline returns the timeline widget.
func (w *Window) Timeline() *timeline.Timeline { return w.timeline }

// Current returns the timeline shown, nil before the first load.
func (w *Window) Current() *model.Timeline { return w.current }

// saveSize remembers the window's size and the timeline's share of it
// when the user chose one.
func (w *Window) saveSize() {
	w.share.save(w.app.Preferences())
	s := w.win.Canvas().Size()
	if s.Width > 100 && s.Height > 100 && validSide(float64(s.Width)) && validSide(float64(s.Height)) {
		w.app.Preferences().SetFloat(prefWidth, float64(s.Width))
		w.app.Preferences().SetFloat(prefHeight, float64(s.Height))
		if err := saveSettings(w.app, w.settingsPath); err != nil {
			fyne.LogError("saving settings", err)
		}
	}
}

// OpenDefault loads the embedded article set.
func (w *Window) OpenDefault() {
	w.loading, w.loadingPaths = "", nil
	w.loader.start(func(ctx context.Context, progress func(int, int)) (*model.Timeline, error) {
		return w.engine.Default(ctx)
	}, w.reviewFor(nil))
}

// Open loads the files and folders at paths; the current set stays when
// nothing could be loaded.
func (w *Window) Open(paths []string) {
	if len(paths) == 0 {
		return
	}
	w.loading, w.loadingPaths = folderOf(paths), paths
	w.loader.start(func(ctx context.Context, progress func(int, int)) (*model.Timeline, error) {
		return w.engine.Load(ctx, paths, progress)
	}, w.reviewFor(paths))
}

// Add adds the files and folders at paths to the set on screen and loads
// it again, as Open does (the set on screen stays when nothing loads);
// those already in it, by their clean absolute path, are skipped, and when
// all are, it says so and loads nothing. A set is built from the set on
// screen, not from one still loading, which a new load replaces.
func (w *Window) Add(paths []string) {
	if len(paths) == 0 {
		return
	}
	if w.paths == nil {
		// The built-in set (or none): its articles mixed with the user's
		// would make a set nobody chose, with no folder of its own for its
		// review, so adding files to it opens them instead, as Open file…
		// does.
		w.Open(paths)
		return
	}
	all, added := joinPaths(w.paths, paths)
	if added == 0 {
		msg := countText(len(paths), "This file is already in the article set.", "These files are already in the article set.")
		dialog.NewInformation(lang.L("Add file"), msg, w.win).Show()
		return
	}
	from := ""
	if w.session != nil {
		from = w.session.Path()
	}
	w.loading, w.loadingPaths = folderOf(all), all
	w.loader.start(func(ctx context.Context, progress func(int, int)) (*model.Timeline, error) {
		return w.engine.Load(ctx, all, progress)
	}, w.reviewForGrown(all, from))
}

// joinPaths returns set's paths followed by those of more that are not in
// it, by their clean absolute path, and how many were added. A path inside
// a folder of the set is in it already: folders are read with all their
// subfolders.
func joinPaths(set, more []string) (all []string, added int) {
	seen := map[string]bool{}
	for _, p := range set {
		seen[absPath(p)] = true
	}
	all = slices.Clone(set)
	for _, p := range more {
		if a := absPath(p); !seen[a] && !insideAny(a, set) {
			seen[a] = true
			all = append(all, a)
			added++
		}
	}
	return all, added
}

// insideAny reports whether the absolute path p lies inside one of paths
// (a folder of the set).
func insideAny(p string, paths []string) bool {
	for _, q := range paths {
		if r, err := filepath.Rel(absPath(q), p); err == nil && r != "." && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r) {
			return true
		}
	}
	return false
}

// absPath returns p clean and absolute (clean only when the working
// folder is unknown).
func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// show makes t the timeline on screen, with its search index and its
// review session (nil: none).
func (w *Window) show(t *model.Timeline, index Searcher, s *review.Session) {
	w.current, w.index = t, index
	w.paths = w.loadingPaths
	if w.setFolder = w.loading; w.setFolder != "" && w.setFolder != w.folder {
		w.rememberFolder(w.setFolder)
	}
	w.setSession(s)
	w.win.SetTitle(windowTitle(t))
	w.timeline.EmptyText = emptyTextOf(t)
	w.laneNote.hide()
	w.timeline.SetEventsWithClaims(t.Events, t.Claims)
	w.source.clear()
	w.search.reset()
	w.events.setTimeline(t)
	w.refreshMenu() // View › Lanes lists the new set's lanes
	if note := w.keptNote; note != "" && slices.Equal(w.keptFor, w.paths) {
		dialog.NewInformation(lang.L("Review"), note, w.win).Show()
	}
	w.keptNote, w.keptFor = "", nil
}

// laneByName is how a lane choice is remembered in the preferences.
func laneByName(b layout.LaneBy) string {
	switch b {
	case layout.LaneByMeasure:
		return "measure"
	case layout.LaneBySubject:
		return "subject"
	}
	return "none"
}

// laneByOf reads a remembered lane choice (by measure when unknown).
func laneByOf(s string) layout.LaneBy {
	switch s {
	case "subject":
		return layout.LaneBySubject
	case "none":
		return layout.LaneNone
	}
	return layout.LaneByMeasure
}

// showEvent fills the source view with event i and selects its row in
// the events table.
func (w *Window) showEvent(i int) {
	if w.current == nil || i < 0 || i >= len(w.current.Events) {
		w.source.clear()
		w.events.showEvent(-1)
		return
	}
	w.source.show(w.current, i, w.search.claimOf(i))
	w.events.showEvent(i)
}

// selectEvent selects event i on the timeline, as a click on its row in
// the table or on a search result asks: when its lane is hidden, the lane
// is shown again, so that the event the user chose is seen selected, and a
// note over the timeline says so, with a button that hides it again.
func (w *Window) selectEvent(i int) {
	tl := w.timeline
	if ls := tl.Lanes(); ls != nil && i >= 0 && i < len(ls.Of) {
		if k := ls.Of[i]; tl.LaneHidden(k) {
			tl.SetLaneHidden(k, false)
			w.refreshMenu()
			w.laneNote.show(k, ls.Names[k])
		}
	}
	tl.Select(i)
}

// searchDown moves the keyboard from the search entry to the tab shown:
// the events table or the search results.
func (w *Window) searchDown() {
	if w.tabs.Selected() != nil && w.tabs.Selected().Content == w.events.content {
		if len(w.events.shown) > 0 {
			w.win.Canvas().Focus(w.events.table)
			if w.events.rowOf(w.events.current) < 0 {
				w.events.move(1)
			}
		}
		return
	}
	if len(w.search.hits) > 0 {
		w.win.Canvas().Focus(w.search.list)
	}
}

// focusSearch puts the keyboard in the search entry with its text
// selected, so that typing replaces the last query (Find, Ctrl+F or Cmd+F).
func (w *Window) focusSearch() {
	w.win.Canvas().Focus(w.search.entry)
	w.search.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}
