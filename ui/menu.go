package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/ui/exportui"
	"github.com/claimline/claimline/ui/layout"
)

// keys are the window's keyboard shortcuts (Ctrl on Linux and Windows, Cmd
// on macOS).
type keys struct {
	open, openFiles, find, export, zoomIn, zoomOut, fit, quit *desktop.CustomShortcut
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
		find:      key(fyne.KeyF, mod),
		export:    key(fyne.KeyE, mod),
		zoomIn:    key(fyne.KeyEqual, mod),
		zoomOut:   key(fyne.KeyMinus, mod),
		fit:       key(fyne.Key0, mod),
		quit:      key(fyne.KeyQ, mod),
	}
}

// menu builds the main menu: File, View and Help.
func (w *Window) menu() *fyne.MainMenu {
	k := shortcutKeys()
	item := func(label string, s fyne.Shortcut, f func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, f)
		it.Shortcut = s
		return it
	}
	quit := item(lang.L("Quit"), k.quit, w.quit)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		item(lang.L("Open folder…"), k.open, w.openFolder),
		item(lang.L("Open files…"), k.openFiles, w.openFiles),
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
	)
	help := fyne.NewMenu(lang.L("Help"),
		item(lang.L("Keyboard shortcuts"), nil, w.showShortcuts),
		item(lang.L("About Claimline"), nil, w.showAbout),
	)
	return fyne.NewMainMenu(file, view, help)
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
	c.SetOnTypedRune(func(r rune) { w.timeline.TypedRune(r) })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
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
	req := exportui.Request{Timeline: w.current, Query: w.search.query(), Folder: w.folder, Lang: Language()}
	if w.current == nil {
		return req
	}
	req.Title = setName(w.current.Name)
	if _, on := w.timeline.Matching(); on {
		req.Matches = w.search.matchingEvents()
	}
	if w.timeline.View() != w.timeline.Scale().Fit() {
		req.ViewFrom, req.ViewTo = w.timeline.VisibleRange()
	}
	return req
}

// showShortcuts lists the keyboard shortcuts.
func (w *Window) showShortcuts() {
	k := shortcutKeys()
	rows := [][2]string{
		{shortcutText(k.open), lang.L("Open folder…")},
		{shortcutText(k.openFiles), lang.L("Open files…")},
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
