// Package export draws a timeline to PNG, SVG and PDF files.
//
// It draws the layout computed by package layout, the same one the screen
// draws, laid out again for the size of the image, with fonts embedded in the
// program so the output is the same on every machine. It does not import
// Fyne, so the command line can export without a display.
//
// Lengths are in image pixels: one pixel is 1/96 inch, the CSS pixel. A PNG
// has exactly Width × Height pixels; an SVG or PDF is Width × Height pixels
// of 0.75 point each, so the A4 preset (1123 × 794) is an A4 landscape page.
package export

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimline/claimline/model"
)

// Errors an export can return; test them with errors.Is.
var (
	// ErrUnknownFormat is returned for a file name whose extension is not
	// .png, .svg or .pdf.
	ErrUnknownFormat = errors.New("export: unknown image format")
	// ErrBadSize is returned for a width or height outside MinWidth..MaxSide.
	ErrBadSize = errors.New("export: image size out of range")
	// ErrNoTimeline is returned when there is no timeline to draw.
	ErrNoTimeline = errors.New("export: no timeline to draw")
	// ErrUnknownLanguage is returned for an Options.Lang other than en or
	// fr.
	ErrUnknownLanguage = errors.New("export: unknown language")
)

// Format is an output file format.
type Format int

// The formats an export can write.
const (
	PNG Format = iota
	SVG
	PDF
)

// String returns the format's usual extension without the dot: "png", "svg"
// or "pdf".
func (f Format) String() string {
	switch f {
	case PNG:
		return "png"
	case SVG:
		return "svg"
	case PDF:
		return "pdf"
	}
	return fmt.Sprintf("format(%d)", int(f))
}

// FormatOf returns the format a file name asks for by its extension, in any
// case. For any other extension the error wraps ErrUnknownFormat and says
// which extensions work.
func FormatOf(name string) (Format, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".png":
		return PNG, nil
	case ".svg":
		return SVG, nil
	case ".pdf":
		return PDF, nil
	case "":
		return 0, fmt.Errorf("%w: %q has no extension; end the name with .png, .svg or .pdf", ErrUnknownFormat, filepath.Base(name))
	}
	return 0, fmt.Errorf("%w: %q is not .png, .svg or .pdf", ErrUnknownFormat, ext)
}

// Theme is the colour scheme of an image.
type Theme int

// The themes an image can use; Light is the default.
const (
	Light Theme = iota
	Dark
)

// String returns "light" or "dark".
func (t Theme) String() string {
	if t == Dark {
		return "dark"
	}
	return "light"
}

// ParseTheme reads "light" or "dark" (any case).
func ParseTheme(s string) (Theme, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "light", "":
		return Light, nil
	case "dark":
		return Dark, nil
	}
	return Light, fmt.Errorf("export: theme %q is not light or dark", s)
}

// Size presets, in pixels.
const (
	// DefaultWidth and DefaultHeight are the size of a 1920 px wide export.
	DefaultWidth  = 1920
	DefaultHeight = 1080
	// MinWidth and MinHeight are the smallest image that still holds a
	// readable timeline.
	MinWidth  = 480
	MinHeight = 320
	// MaxSide is the largest width or height accepted: 8K, whose PNG
	// takes 150 MB of memory while it is drawn.
	MaxSide = 8192
)

// Preset is a named image size the export dialog offers.
type Preset struct {
	Name          string
	Width, Height int
}

// Presets are the sizes offered besides a custom one: 1920 px wide, 4K and
// A4 landscape (1123 × 794 px, which is 297 × 210 mm).
var Presets = [...]Preset{
	{Name: "1920 × 1080 (Full HD)", Width: 1920, Height: 1080},
	{Name: "3840 × 2160 (4K)", Width: 3840, Height: 2160},
	{Name: "A4 landscape (print)", Width: 1123, Height: 794},
}

// Options says what to draw and how.
type Options struct {
	// Width and Height are the image size in pixels; zero means the
	// default 1920 × 1080.
	Width, Height int
	// Theme is Light (the default) or Dark.
	Theme Theme
	// Title is drawn at the top; empty means the timeline's name.
	Title string
	// Events are the indexes of the events to draw, in Timeline.Events;
	// nil means all of them. A non-nil empty slice draws none (a search
	// that matched nothing).
	Events []int
	// From and To bound the drawn time range [From, To); zero values mean
	// the range of the drawn events.
	From, To time.Time
	// Query, when not empty, is named under the title ("events matching …").
	Query string
	// Lanes, when not empty, are the names of the lanes Events were chosen
	// from, of AllLanes lanes on screen: the subtitle names them ("2 of 8
	// lanes: aircraft, order"), so that an image of some lanes says so.
	Lanes []string
	// AllLanes is the number of lanes on screen Lanes were chosen from.
	AllLanes int
	// Lang is the language of the image's texts, dates and month names:
	// "en" (the default, also for "") or "fr". The timeline's own labels
	// are drawn as they are: localize it first (model.Timeline.Localize).
	Lang string
	// Created is the creation and modification date a PDF records; zero
	// means the time of the export, or SOURCE_DATE_EPOCH (seconds since
	// 1970) when that variable is set, so that builds can be reproduced.
	Created time.Time
	// Notes adds the notes a person wrote on the drawn events as footnotes,
	// numbered *1, *2… after the sources, their marks after the labels.
	// Events a person rejected are never drawn; verified and disputed ones
	// are marked before their labels.
	Notes bool
	// Force lets WriteFile replace what is not a regular file of its own
	// (a symbolic link, a hard-linked file, a named pipe, a device) with the
	// image; without it such a path is refused.
	Force bool
}

// normalized returns o with defaults filled in, or an error for a bad size.
func (o Options) normalized(t *model.Timeline) (Options, error) {
	if t == nil {
		return o, ErrNoTimeline
	}
	if o.Width == 0 && o.Height == 0 {
		o.Width, o.Height = DefaultWidth, DefaultHeight
	}
	if o.Width < MinWidth || o.Height < MinHeight || o.Width > MaxSide || o.Height > MaxSide {
		return o, fmt.Errorf("%w: %d × %d px; the width must be %d to %d px and the height %d to %d px",
			ErrBadSize, o.Width, o.Height, MinWidth, MaxSide, MinHeight, MaxSide)
	}
	switch strings.ToLower(strings.TrimSpace(o.Lang)) {
	case "", "en":
		o.Lang = "en"
	case "fr":
		o.Lang = "fr"
	default:
		return o, fmt.Errorf("%w: %q; use en or fr", ErrUnknownLanguage, o.Lang)
	}
	if strings.TrimSpace(o.Title) == "" {
		o.Title = wordsFor(o.Lang).setName(t)
	}
	if !o.From.IsZero() && !o.To.IsZero() && !o.To.After(o.From) {
		return o, fmt.Errorf("export: the time range ends (%s) before it starts (%s)",
			o.To.Format(time.DateOnly), o.From.Format(time.DateOnly))
	}
	return o, nil
}
