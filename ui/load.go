package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// loadFunc loads and builds a timeline, telling progress as files finish.
type loadFunc func(ctx context.Context, progress func(done, total int)) (*model.Timeline, error)

// loader runs one load at a time off the UI goroutine, with a progress bar
// and a cancel button in the window's bottom bar.
type loader struct {
	w        *Window
	bar      *fyne.Container
	progress *widget.ProgressBar
	label    *widget.Label
	stop     context.CancelFunc
	gen      int // the current load; results of older ones are dropped
	// done, when set, is called on the UI goroutine after each load ends
	// (tests wait on it).
	done func()
}

// newLoader returns the loader of w with its hidden bar.
func newLoader(w *Window) *loader {
	l := &loader{w: w, progress: widget.NewProgressBar(), label: widget.NewLabel("")}
	cancel := widget.NewButton(lang.L("Cancel"), func() { l.cancel() })
	l.bar = container.NewBorder(nil, nil, l.label, cancel, l.progress)
	l.bar.Hide()
	return l
}

// cancel stops the running load, if any; the current set stays.
func (l *loader) cancel() {
	if l.stop != nil {
		l.stop()
		l.stop = nil
	}
	l.gen++
	l.bar.Hide()
	l.idle()
}

// idle puts back the empty timeline's hint.
func (l *loader) idle() {
	if t, want := l.w.timeline, emptyTextOf(l.w.current); t.EmptyText != want {
		t.EmptyText = want
		t.Refresh()
	}
}

// start runs load in a goroutine, replacing any running load, then opens
// the set's review file at the path reviewPath returns (nil: no review),
// there too.
func (l *loader) start(load loadFunc, reviewPath func() string) {
	l.cancel()
	ctx, stop := context.WithCancel(context.Background())
	l.stop = stop
	gen := l.gen
	l.progress.SetValue(0)
	l.label.SetText(lang.L("Loading…"))
	l.bar.Show()
	l.w.timeline.EmptyText = lang.L("Loading…")
	l.w.timeline.Refresh()
	engine, do := l.w.engine, l.w.do
	go func() {
		t, err := load(ctx, func(done, total int) {
			do(func() {
				switch {
				case gen != l.gen:
				case total > 0:
					l.progress.SetValue(float64(done) / float64(total))
					l.label.SetText(lang.L("Loading {{.Done}} of {{.Total}} files…", map[string]any{"Done": done, "Total": total}))
				case total < 0:
					// The build: done of -total sentences read.
					l.progress.SetValue(float64(done) / float64(-total))
					l.label.SetText(lang.L("Reading the articles…"))
				}
			})
		})
		var (
			index   Searcher
			session *review.Session
			rerr    error
		)
		if err == nil && t != nil && ctx.Err() == nil {
			// The review first: its merges and splits move the events
			// the index points to.
			if reviewPath != nil {
				if path := reviewPath(); path != "" {
					session, rerr = review.Open(path, t)
				}
			}
			index = engine.Index(t)
		}
		do(func() {
			if gen != l.gen {
				return // cancelled or replaced
			}
			stop()
			l.stop = nil
			l.bar.Hide()
			l.idle()
			l.finish(t, index, err, session, rerr)
			if l.done != nil {
				l.done()
			}
			if l.w.OnLoaded != nil {
				l.w.OnLoaded()
			}
		})
	}()
}

// finish shows the loaded timeline with its review, or says why nothing
// loaded and keeps the current one; per-file problems are listed in a
// dialog, and a review file that could not be opened is said to be left as
// it is.
func (l *loader) finish(t *model.Timeline, index Searcher, err error, session *review.Session, rerr error) {
	switch {
	case errors.Is(err, context.Canceled):
		return
	case err != nil || t == nil:
		msg := lang.L("Nothing could be loaded.")
		var nf *model.NoFilesError
		if errors.As(err, &nf) {
			msg = lang.L("Nothing could be loaded: no .txt, .md or .html file was found in {{.Where}}.", map[string]any{"Where": nf.Where})
			err = nil // said above, in the user's language
		}
		if l.w.current != nil {
			msg += " " + lang.L("The current article set stays open.")
		}
		var problems []model.Problem
		if t != nil {
			problems = t.Problems
		}
		showProblems(l.w.win, msg, err, problems)
		return
	}
	l.w.show(t, index, session)
	if len(t.Problems) > 0 {
		showProblems(l.w.win, problemsMessage(t.Problems), nil, t.Problems)
	}
	if rerr != nil {
		l.w.showReviewError(rerr)
	}
	if session != nil && len(session.Orphans()) > 0 {
		l.w.showOrphans(session.Orphans())
	}
}

// problemsMessage heads the list of problems of a set that loaded: files
// that could not be read, files loaded with a problem (a header date that
// is no date), or both.
func problemsMessage(problems []model.Problem) string {
	loaded := 0
	for _, p := range problems {
		if p.Loaded() {
			loaded++
		}
	}
	switch loaded {
	case 0:
		return lang.L("Some files could not be read; the others are loaded.")
	case len(problems):
		return lang.L("Some files have problems; they are loaded all the same.")
	}
	return lang.L("Some files could not be read, others have problems; all the others are loaded.")
}

// showProblems shows a dialog with msg, err and one line per problem.
func showProblems(win fyne.Window, msg string, err error, problems []model.Problem) {
	lines := []string{msg}
	if err != nil && !errors.Is(err, model.ErrNothingLoaded) {
		lines = append(lines, err.Error())
	}
	text := strings.Join(lines, "\n")
	list := widget.NewLabel("")
	list.Wrapping = fyne.TextWrapWord
	var b strings.Builder
	for _, p := range problems {
		fmt.Fprintf(&b, "• %s\n", p.Error())
	}
	list.SetText(strings.TrimSpace(b.String()))
	head := widget.NewLabel(text)
	head.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, nil, nil, nil, container.NewVScroll(list))
	d := dialog.NewCustom(lang.L("Problems"), lang.L("Close"), content, win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// openFolder asks for a folder and loads it.
func (w *Window) openFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		w.rememberFolder(dir.Path())
		w.Open([]string{dir.Path()})
	}, w.win)
	w.startIn(d)
	d.Show()
}

// openFiles asks for an article file and loads it.
func (w *Window) openFiles() { w.pickFile(w.Open) }

// addFiles asks for an article file and adds it to the set on screen (see
// Add).
func (w *Window) addFiles() { w.pickFile(w.Add) }

// pickFile asks for an article file and gives its path to use.
func (w *Window) pickFile(use func(paths []string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.rememberFolder(filepath.Dir(path))
		use([]string{path})
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".html", ".htm"}))
	w.startIn(d)
	d.Show()
}

// startIn points a file dialog at the folder of the set on screen, else
// the last folder opened, when it still exists, and shows it as a list
// (unless the user chose the grid with the dialog's own button, which Fyne
// remembers): in a grid of a large folder the icons move as it fills, and a
// double-click opened the folder that had just moved under the pointer.
func (w *Window) startIn(d *dialog.FileDialog) {
	d.Resize(fyne.NewSize(820, 560))
	d.SetView(dialog.ListView)
	if dir := w.startFolder(); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
}

// startFolder returns the folder the open dialogs start in: the set's on
// screen, else the last one opened, when it still exists ("": none).
func (w *Window) startFolder() string {
	for _, dir := range []string{w.setFolder, w.folder} {
		if dir != "" && validFolder(dir) {
			return dir
		}
	}
	return ""
}

// folderOf returns the folder of a set opened from paths: the first path
// when it is a folder, else the folder it is in.
func folderOf(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	dir, err := filepath.Abs(paths[0])
	if err != nil {
		return ""
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		dir = filepath.Dir(dir)
	}
	return dir
}

// rememberFolder keeps dir as the last opened folder.
func (w *Window) rememberFolder(dir string) {
	w.folder = dir
	w.app.Preferences().SetString(prefFolder, dir)
	if err := saveSettings(w.app, w.settingsPath); err != nil {
		fyne.LogError("saving settings", err)
	}
}

// dropped loads the files and folders dropped on the window.
func (w *Window) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() != "file" {
			continue
		}
		paths = append(paths, u.Path())
	}
	w.Open(paths)
}
