package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/exportui"
	"github.com/claimline/claimline/ui/layout"
)

// keys are the window's keyboard shortcuts (Ctrl on Linux and Windows, Cmd
// on macOS).
type keys struct {
	open, openFiles, openPath, find, export, zoomIn, zoomOut, fit, quit *desktop.CustomShortcut
	// The review's: statuses, edit, note, merge, and redo's second key.
	verify, dispute, needsChecking, reject, edit, note, merge, redoZ *desktop.CustomShortcut
}

// shortcutKeys returns the window's shortcuts.
func shortcutKeys() keys {
	mod := fyne.KeyModifierShortcutDefault
	key := func(k fyne.KeyName, m fyne.KeyModifier) *desktop.CustomShortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: m}
	}
	return keys{
		open:      key(fyne.KeyO, mod),
		openFiles: key(fyne.KeyO, mod|fyne.KeyModifierShift),
		openPath:  key(fyne.KeyL, mod),
		find:      key(fyne.KeyF, mod),
		export:    key(fyne.KeyE, mod),
		zoomIn:    key(fyne.KeyEqual, mod),
		zoomOut:   key(fyne.KeyMinus, mod),
		fit:       key(fyne.Key0, mod),
		quit:      key(fyne.KeyQ, mod),

		verify:        key(fyne.KeyV, mod|fyne.KeyModifierShift),
		dispute:       key(fyne.KeyD, mod|fyne.KeyModifierShift),
		needsChecking: key(fyne.KeyK, mod|fyne.KeyModifierShift),
		reject:        key(fyne.KeyR, mod|fyne.KeyModifierShift),
		edit:          key(fyne.KeyE, mod|fyne.KeyModifierShift),
		note:          key(fyne.KeyN, mod|fyne.KeyModifierShift),
		merge:         key(fyne.KeyM, mod|fyne.KeyModifierShift),
		redoZ:         key(fyne.KeyZ, mod|fyne.KeyModifierShift),
	}
}

// reviewMenu is the Edit menu's undo and redo and the Review menu, kept up
// to date by updateReviewMenus.
type reviewMenu struct {
	edit, review *fyne.Menu
	undo, redo   *fyne.MenuItem
	items        []*fyne.MenuItem // off without a review session
}

// menu builds the main menu: File, Edit, View, Review and Help.
func (w *Window) menu() *fyne.MainMenu {
	k := shortcutKeys()
	item := func(label string, s fyne.Shortcut, f func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, w.guarded(s, f))
		it.Shortcut = s
		return it
	}
	quit := item(lang.L("Quit"), k.quit, w.quit)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("Open folder…"), k.open, w.openFolder),
		item(lang.L("Open file…"), k.openFiles, w.openFiles),
		item(lang.L("Add file…"), nil, w.addFiles),
		item(lang.L("Open path…"), k.openPath, w.openPath),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Export image…"), k.export, w.exportImage),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	view := fyne.NewMenu(lang.L("View"),
		item(lang.L("Find"), k.find, w.focusSearch),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Zoom in"), k.zoomIn, w.timeline.ZoomIn),
		item(lang.L("Zoom out"), k.zoomOut, w.timeline.ZoomOut),
		item(lang.L("Fit all"), k.fit, w.timeline.FitAll),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Next event"), nil, w.timeline.Next),
		item(lang.L("Previous event"), nil, w.timeline.Previous),
		fyne.NewMenuItemSeparator(),
		w.lanesMenu(),
		w.themeMenu(),
		w.languageMenu(),
	)
	rm := &reviewMenu{}
	// Ctrl+Z and Ctrl+Y are Fyne's undo and redo shortcuts, which the main
	// menu takes before any widget.
	rm.undo = item(lang.L("Undo"), &fyne.ShortcutUndo{}, w.undo)
	rm.redo = item(lang.L("Redo"), &fyne.ShortcutRedo{}, w.redo)
	rm.edit = fyne.NewMenu(lang.L("Edit"), rm.undo, rm.redo)
	rm.items = []*fyne.MenuItem{
		item(lang.L("Mark verified"), k.verify, func() { w.setStatus(model.Verified) }),
		item(lang.L("Mark disputed"), k.dispute, func() { w.setStatus(model.StatusDisputed) }),
		item(lang.L("Needs checking"), k.needsChecking, func() { w.setStatus(model.NeedsChecking) }),
		item(lang.L("Mark unchecked"), nil, func() { w.setStatus(model.Unchecked) }),
		item(lang.L("Reject"), k.reject, func() { w.setStatus(model.Rejected) }),
		item(lang.L("Edit…"), k.edit, w.editSelected),
		item(lang.L("Note…"), k.note, w.noteSelected),
		item(lang.L("Merge selected events"), k.merge, w.mergeSelected),
	}
	// The statuses, then the edits (a new slice: rm.items stays whole).
	reviewItems := append(slices.Clone(rm.items[:5]), fyne.NewMenuItemSeparator())
	reviewItems = append(reviewItems, rm.items[5:]...)
	reviewItems = append(reviewItems, fyne.NewMenuItemSeparator(), item(lang.L("Review file…"), nil, w.showReviewFile))
	rm.review = fyne.NewMenu(lang.L("Review"), reviewItems...)
	w.reviewMenu = rm
	w.fillReviewMenu(rm)
	help := fyne.NewMenu(lang.L("Help"),
		item(lang.L("Keyboard shortcuts"), nil, w.showShortcuts),
		item(lang.L("About Claimline"), nil, w.showAbout),
	)
	return fyne.NewMainMenu(file, rm.edit, view, rm.review, help)
}

// lanesMenu is View › Lanes: split the events by measure or by subject (or
// not at all), then one entry per lane, checked when shown, to show or hide
// it (as a click on its legend entry does).
func (w *Window) lanesMenu() *fyne.MenuItem {
	by := w.timeline.LaneBy()
	choice := func(label string, b layout.LaneBy) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { w.setLaneBy(b) })
		it.Checked = by == b
		return it
	}
	items := []*fyne.MenuItem{
		choice(lang.L("By measure"), layout.LaneByMeasure),
		choice(lang.L("By subject"), layout.LaneBySubject),
		choice(lang.L("No lanes"), layout.LaneNone),
	}
	if ls := w.timeline.Lanes(); ls.Len() > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
		for k, name := range ls.Names {
			it := fyne.NewMenuItem(name, func() {
				w.timeline.SetLaneHidden(k, !w.timeline.LaneHidden(k))
				w.refreshMenu()
			})
			it.Checked = !w.timeline.LaneHidden(k)
			items = append(items, it)
		}
	}
	lanes := fyne.NewMenuItem(lang.L("Lanes"), nil)
	lanes.ChildMenu = fyne.NewMenu("", items...)
	return lanes
}

// themeMenu is View › Theme: the system's, light or dark, applied at once
// and remembered.
func (w *Window) themeMenu() *fyne.MenuItem {
	cur := themeChoice(w.app.Preferences().String(prefTheme))
	choice := func(label, c string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() {
			w.setTheme(c)
			w.refreshMenu()
		})
		it.Checked = cur == c
		return it
	}
	th := fyne.NewMenuItem(lang.L("Theme"), nil)
	th.ChildMenu = fyne.NewMenu("",
		choice(lang.L("System"), themeSystem),
		choice(lang.L("Light"), themeLight),
		choice(lang.L("Dark"), themeDark))
	return th
}

// setLaneBy splits the timeline's events into lanes by b and remembers it.
func (w *Window) setLaneBy(b layout.LaneBy) {
	w.laneNote.hide()
	w.timeline.SetLaneBy(b)
	w.app.Preferences().SetString(prefLanes, laneByName(b))
	w.refreshMenu()
}

// refreshMenu rebuilds the main menu, whose View › Lanes lists the lanes
// of the set shown and whose checks follow the choices made.
func (w *Window) refreshMenu() {
	w.win.SetMainMenu(w.menu())
}

// shortcuts adds the keys that work when no widget has the keyboard: + and
// − zoom, Home fits all, the arrow keys move between events, Enter selects.
func (w *Window) shortcuts() {
	c := w.win.Canvas()
	// Ctrl+Shift+Z redoes too (the menu item shows Ctrl+Y).
	c.AddShortcut(shortcutKeys().redoZ, func(fyne.Shortcut) { w.guarded(nil, w.redo)() })
	// Find from the canvas too, for when the menu does not take the key.
	c.AddShortcut(shortcutKeys().find, func(fyne.Shortcut) { w.guarded(nil, w.focusSearch)() })
	// Over a dialog, a key answers the dialog or does nothing (modal.go).
	c.SetOnTypedRune(func(r rune) {
		if w.dialogOver() == nil {
			w.timeline.TypedRune(r)
		}
	})
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if top := w.dialogOver(); top != nil {
			dialogKey(top, ev)
			return
		}
		if ev.Name == fyne.KeyEscape {
			w.loader.cancel()
			return
		}
		w.timeline.TypedKey(ev)
	})
}

// quit saves the window's size and quits.
func (w *Window) quit() {
	w.saveSize()
	w.loader.cancel()
	w.app.Quit()
}

// exportImage opens the export dialog for the timeline on screen.
func (w *Window) exportImage() {
	exportui.ShowDialog(w.win, w.exportRequest())
}

// exportRequest describes what is on screen: the timeline, the query and
// its matching events, and the visible range when zoomed in.
func (w *Window) exportRequest() exportui.Request {
	req := exportui.Request{Timeline: w.current, Query: w.search.query(), Folder: w.folder, Lang: Language(), Done: w.exported}
	if w.current == nil {
		return req
	}
	req.Title = setName(w.current)
	if _, on := w.timeline.Matching(); on {
		req.Matches = w.timeline.Matched() // the search's events, and the chips' (see eventsPanel.apply)
	}
	if w.timeline.View() != w.timeline.Scale().Fit() {
		req.ViewFrom, req.ViewTo = w.timeline.VisibleRange()
	}
	req.Shown, req.Lanes, req.AllLanes = w.shownLanes()
	return req
}

// shownLanes returns, when some lane is hidden, the indexes of the events
// in the lanes shown, the names of those lanes and the number of lanes;
// nil, nil and the number of lanes when every lane is shown.
func (w *Window) shownLanes() (events []int, names []string, all int) {
	tl := w.timeline
	ls := tl.Lanes()
	all = ls.Len()
	hidden := false
	for k := range all {
		if tl.LaneHidden(k) {
			hidden = true
		} else {
			names = append(names, ls.Names[k])
		}
	}
	if !hidden {
		return nil, nil, all
	}
	events = []int{}
	for i, k := range ls.Of {
		if !tl.LaneHidden(k) {
			events = append(events, i)
		}
	}
	if names == nil {
		names = []string{}
	}
	return events, names, all
}

// showShortcuts lists the keyboard shortcuts.
func (w *Window) showShortcuts() {
	k := shortcutKeys()
	rows := [][2]string{
		{shortcutText(k.open), lang.L("Open folder…")},
		{shortcutText(k.openFiles), lang.L("Open file…")},
		{shortcutText(k.openPath), lang.L("Open path…")},
		{shortcutText(k.find), lang.L("Find")},
		{shortcutText(k.export), lang.L("Export image…")},
		{"+  −   " + shortcutText(k.zoomIn) + "  " + shortcutText(k.zoomOut), lang.L("Zoom in") + " / " + lang.L("Zoom out")},
		{lang.L("Mouse wheel"), lang.L("Zoom around the pointer")},
		{lang.L("Drag"), lang.L("Move along the timeline")},
		{lang.L("Home") + "   " + shortcutText(k.fit), lang.L("Fit all")},
		{"← →", lang.L("Previous event") + " / " + lang.L("Next event")},
		{lang.L("Enter"), lang.L("Select the event under the pointer")},
		{lang.L("Esc"), lang.L("Clear the search")},
		{"↓", lang.L("From the search to its results")},
		{lang.L("Click on a cluster"), lang.L("Zoom into its events")},
		{lang.L("Click a lane in the legend"), lang.L("Show or hide it")},
		{shortcutText(k.verify), lang.L("Mark verified")},
		{shortcutText(k.dispute), lang.L("Mark disputed")},
		{shortcutText(k.needsChecking), lang.L("Needs checking")},
		{shortcutText(k.reject) + "   " + lang.L("Delete"), lang.L("Reject")},
		{shortcutText(k.edit), lang.L("Edit…")},
		{shortcutText(k.note), lang.L("Note…")},
		{shortcutText(k.merge), lang.L("Merge selected events")},
		{shortcutText(&fyne.ShortcutUndo{}), lang.L("Undo")},
		{shortcutText(&fyne.ShortcutRedo{}) + "   " + shortcutText(k.redoZ), lang.L("Redo")},
		{shortcutText(k.quit), lang.L("Quit")},
	}
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		k := widget.NewLabel(r[0])
		k.TextStyle.Monospace = true
		grid.Add(k)
		grid.Add(widget.NewLabel(r[1]))
	}
	dialog.ShowCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), grid, w.win)
}

// showAbout says what Claimline is.
func (w *Window) showAbout() {
	text := widget.NewLabel(lang.L("Claimline shows what a set of news articles claims, when, and who says so. Every point on the timeline leads back to the passages behind it."))
	text.Wrapping = fyne.TextWrapWord
	version := widget.NewLabel(lang.L("Version {{.Version}}", map[string]any{"Version": assets.Version}))
	d := dialog.NewCustom(lang.L("About Claimline"), lang.L("Close"), container.NewVBox(text, version), w.win)
	d.Resize(fyne.NewSize(460, 220))
	d.Show()
}
