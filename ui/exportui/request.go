// Package exportui is the app's export dialog: File › Export image… asks
// what to export (the whole timeline or the current view, all events or the
// search's matches, a size, a theme, a title and a file) and writes the
// image with package export off the UI goroutine.
package exportui

import (
	"errors"
	"path/filepath"
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
	// ViewFrom and ViewTo are the time range visible on screen, [From, To);
	// zero when the view shows the whole timeline.
	ViewFrom, ViewTo time.Time
	// Title is the default title (the article set's name when empty).
	Title string
	// Folder is the folder the file chooser starts in when no export has
	// been made yet; the user's Pictures, home or working folder when
	// empty.
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
	// OnlyMatches draws only the events matching the search.
	OnlyMatches bool
	// Width and Height are the image size in pixels.
	Width, Height int
	// Theme is light or dark.
	Theme export.Theme
	// Path is the file to write; its extension chooses the format.
	Path string
}

// DefaultChoices are the dialog's initial answers for r: the whole
// timeline, only the matches when a search matches something, 1920 × 1080,
// light.
func (r Request) DefaultChoices() Choices {
	title := r.Title
	if title == "" && r.Timeline != nil {
		title = r.Timeline.Name
	}
	return Choices{
		Title:       title,
		OnlyMatches: len(r.Matches) > 0,
		Width:       export.DefaultWidth,
		Height:      export.DefaultHeight,
		Theme:       export.Light,
		Path:        filepath.Join(r.Folder, "claimline-timeline.png"),
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
	if c.OnlyMatches && r.Matches != nil {
		o.Events = append([]int{}, r.Matches...)
		o.Query = r.Query
	}
	if c.CurrentView {
		o.From, o.To = r.ViewFrom, r.ViewTo
	}
	return o
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
