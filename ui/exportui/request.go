// Package exportui is the app's export dialog: File › Export image… asks
// what to export (the whole timeline or the current view, all events or the
// search's matches, a size, a theme, a title and a file) and writes the
// image with package export off the UI goroutine.
package exportui

import (
	"errors"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/export"
)

// Request is what the app knows when the user asks for an export.
type Request struct {
	// Timeline is the timeline on screen.
	Timeline *model.Timeline
	// Matches are the indexes in Timeline.Events of the events matching the
	// current search, nil when there is no query.
	Matches []int
	// Query is the current search text, "" when none.
	Query string
	// Shown are the indexes in Timeline.Events of the events in the lanes
	// shown on screen, nil when no lane is hidden.
	Shown []int
	// Lanes are the names of the lanes shown, of AllLanes lanes on screen;
	// empty when no lane is hidden.
	Lanes []string
	// AllLanes is the number of lanes on screen, 0 when there are none.
	AllLanes int
	// ViewFrom and ViewTo are the time range visible on screen, [From, To);
	// zero when the view shows the whole timeline.
	ViewFrom, ViewTo time.Time
	// Title is the default title (the article set's name when empty).
	Title string
	// Folder is the folder the export goes to when no export has been
	// made yet (the article set's), if an image can be written there;
	// else, or when empty, the user's Pictures, Documents or home folder.
	Folder string
	// Lang is the language of the image's texts ("en" or "fr"): the UI's.
	Lang string
	// Done, when set, is called on the UI goroutine after each export,
	// once its message is shown, with the file's path and the export's
	// error.
	Done func(path string, err error)
}

// Choices are the answers of the export dialog.
type Choices struct {
	// Title is the image's title.
	Title string
	// CurrentView draws only the time range visible on screen.
	CurrentView bool
	// OnlyShown draws only what the timeline shows: the events of the
	// lanes shown that the search matches (Request.Shown and Matches).
	OnlyShown bool
	// Width and Height are the image size in pixels.
	Width, Height int
	// Theme is light or dark.
	Theme export.Theme
	// Path is the file to write; its extension chooses the format.
	Path string
}

// DefaultChoices are the dialog's initial answers for r: the whole
// timeline, only what the timeline shows when lanes are hidden or a
// search is on and that leaves some event to draw, 1920 × 1080, light.
func (r Request) DefaultChoices() Choices {
	title := r.Title
	if title == "" && r.Timeline != nil {
		title = r.Timeline.Name
	}
	return Choices{
		Title:     title,
		OnlyShown: r.Filtered() && len(r.ShownEvents()) > 0,
		Width:     export.DefaultWidth,
		Height:    export.DefaultHeight,
		Theme:     export.Light,
		Path:      filepath.Join(r.Folder, "claimline-timeline.png"),
	}
}

// Options returns the export options for the choices c: the same options
// `claimline export` builds from the equivalent flags, so the app and the
// command line draw the same image.
func (r Request) Options(c Choices) export.Options {
	o := export.Options{
		Width:  c.Width,
		Height: c.Height,
		Theme:  c.Theme,
		Title:  strings.TrimSpace(c.Title),
		Lang:   r.Lang,
	}
	if c.OnlyShown && r.Filtered() {
		o.Events = r.ShownEvents()
		if r.Matches != nil {
			o.Query = r.Query
		}
		if r.Shown != nil {
			o.Lanes, o.AllLanes = append([]string{}, r.Lanes...), r.AllLanes
		}
	}
	if c.CurrentView {
		o.From, o.To = r.ViewFrom, r.ViewTo
	}
	return o
}

// Filtered reports whether the timeline shows less than every event: a
// lane is hidden or a search is on.
func (r Request) Filtered() bool { return r.Shown != nil || r.Matches != nil }

// ShownEvents returns the indexes of the events the timeline shows: those
// of the lanes shown that the search matches, in increasing order; nil
// when it shows every event.
func (r Request) ShownEvents() []int {
	switch {
	case r.Shown == nil && r.Matches == nil:
		return nil
	case r.Shown == nil:
		return append([]int{}, r.Matches...)
	case r.Matches == nil:
		return append([]int{}, r.Shown...)
	}
	in := make(map[int]bool, len(r.Shown))
	for _, i := range r.Shown {
		in[i] = true
	}
	out := []int{}
	for _, i := range r.Matches {
		if in[i] {
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}

// parseSide reads a width or height typed by the user; what is "width" or
// "height". Its errors are in the UI language.
func parseSide(s, what string, lo int) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		if what == "width" {
			return 0, errors.New(lang.L("the width must be a whole number of pixels"))
		}
		return 0, errors.New(lang.L("the height must be a whole number of pixels"))
	}
	if n < lo || n > export.MaxSide {
		bounds := map[string]any{"Min": lo, "Max": export.MaxSide}
		if what == "width" {
			return 0, errors.New(lang.L("the width must be {{.Min}} to {{.Max}} pixels", bounds))
		}
		return 0, errors.New(lang.L("the height must be {{.Min}} to {{.Max}} pixels", bounds))
	}
	return n, nil
}
