package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
	"github.com/claimline/claimline/ui"
	"github.com/claimline/claimline/ui/export"
)

// exportUsage is the help of claimline export.
const exportUsage = `Usage: claimline export -o FILE [options] [PATH...]

Writes the timeline as an image; the extension of FILE chooses the format
(.png, .svg or .pdf). With no PATH it exports the embedded article set.

Options:
  -o FILE          the image to write (required)
  --width PX       image width in pixels (default 1920)
  --height PX      image height in pixels (default: width × 9/16, or 1080)
  --query Q        draw only the events whose claims match the search Q
  --from DATE      start of the time range (2021-10-04, 2021-10 or 2021)
  --to DATE        end of the time range, inclusive
  --theme T        light (default) or dark
  --title T        the title (default: the article set's name)
  --lang L         the language of the image's texts, dates and labels:
                   en or fr (default: the system's, as the app uses)
  --notes          add the notes of the set's review as numbered footnotes
  --force          replace FILE even when it is a symbolic link, a hard
                   link, a named pipe or a device (refused otherwise)

The set's review (see claimline review) applies: rejected events are left
out, verified events are marked with a check and disputed ones with a
question mark.
`

// exportFlags are the parsed arguments of claimline export.
type exportFlags struct {
	out, query, from, to, theme, title string
	lang                               string
	width, height                      int
	force, notes                       bool
	paths                              []string
}

// parseExportFlags reads args; flags and paths may come in any order, and
// "--" ends the flags: every argument after it is a path, even one named
// "-o" (the flag package would read the arguments after the first path as
// flags again).
func parseExportFlags(args []string) (exportFlags, error) {
	var f exportFlags
	fs := flag.NewFlagSet("claimline export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.out, "o", "", "")
	fs.IntVar(&f.width, "width", 0, "")
	fs.IntVar(&f.height, "height", 0, "")
	fs.StringVar(&f.query, "query", "", "")
	fs.StringVar(&f.from, "from", "", "")
	fs.StringVar(&f.to, "to", "", "")
	fs.StringVar(&f.theme, "theme", "light", "")
	fs.StringVar(&f.title, "title", "", "")
	fs.StringVar(&f.lang, "lang", "", "")
	fs.BoolVar(&f.force, "force", false, "")
	fs.BoolVar(&f.notes, "notes", false, "")
	args, rest := splitAtDashes(args, func(name string) bool { return fs.Lookup(name) != nil && name != "force" && name != "notes" })
	for {
		if err := fs.Parse(args); err != nil {
			return f, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		f.paths = append(f.paths, args[0])
		args = args[1:]
	}
	f.paths = append(f.paths, rest...)
	var bad error
	fs.Visit(func(fl *flag.Flag) {
		if v, ok := fl.Value.(flag.Getter).Get().(int); ok && v <= 0 && bad == nil {
			// 0 would silently mean the default size.
			bad = fmt.Errorf("--%s must be a positive number of pixels, not %d", fl.Name, v)
		}
	})
	if bad != nil {
		return f, bad
	}
	if f.out == "" {
		return f, errors.New("say where to write the image with -o FILE (.png, .svg or .pdf)")
	}
	switch f.lang = strings.ToLower(strings.TrimSpace(f.lang)); f.lang {
	case "":
		f.lang = ui.Language()
	case "en", "fr":
	default:
		return f, fmt.Errorf("--lang must be en or fr, not %q", f.lang)
	}
	return f, nil
}

// splitAtDashes splits args at the "--" that ends the flags: the arguments
// before it, and every one after it. A "--" that is the value of a flag
// ("-o --", "--title --") does not end them; isFlag says whether a name is a
// flag that takes a value.
func splitAtDashes(args []string, isFlag func(name string) bool) (flags, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return args[:i], args[i+1:]
		}
		if name := strings.TrimLeft(a, "-"); len(a) > 1 && a[0] == '-' && !strings.Contains(name, "=") && isFlag(name) {
			i++ // its value, whatever it looks like
		}
	}
	return args, nil
}

// exportOptions turns the flags into export options for timeline t.
func exportOptions(f exportFlags, t *model.Timeline) (export.Options, error) {
	var o export.Options
	theme, err := export.ParseTheme(f.theme)
	if err != nil {
		return o, err
	}
	w, h := f.width, f.height
	switch {
	case w < 0 || h < 0:
		return o, fmt.Errorf("the width and height must be positive, not %d × %d", w, h)
	case w == 0 && h == 0:
		w, h = export.DefaultWidth, export.DefaultHeight
	case h == 0:
		h = w * 9 / 16
	case w == 0:
		w = h * 16 / 9
	}
	o = export.Options{Width: w, Height: h, Theme: theme, Title: strings.TrimSpace(f.title), Force: f.force, Lang: f.lang, Notes: f.notes}
	if f.from != "" {
		d, err := model.ParseISODate(f.from)
		if err != nil {
			return o, fmt.Errorf("--from: %w", err)
		}
		o.From = d.Start
	}
	if f.to != "" {
		d, err := model.ParseISODate(f.to)
		if err != nil {
			return o, fmt.Errorf("--to: %w", err)
		}
		o.To = d.End.AddDate(0, 0, 1)
	}
	if !o.From.IsZero() && !o.To.IsZero() && !o.To.After(o.From) {
		return o, fmt.Errorf("--to (%s) is before --from (%s)", f.to, f.from)
	}
	if q := strings.TrimSpace(f.query); q != "" {
		o.Events = export.EventsOf(search.NewIndex(t).Search(q))
		o.Query = q
	}
	return o, nil
}

// sentence writes err for a person: without the Go package prefixes and
// with one full stop.
func sentence(err error) string {
	s := err.Error()
	for _, p := range []string{"export: ", "model: ", "review: "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.ReplaceAll(s, ": export: ", ": ")
	s = strings.ReplaceAll(s, ": model: ", ": ")
	return strings.TrimSuffix(s, ".") + "."
}

// runExport runs `claimline export` and returns the exit code: 0 when the
// image was written, 1 when nothing loaded or the write failed, 2 for a bad
// command line.
func runExport(args []string, stdout, stderr io.Writer) int {
	f, err := parseExportFlags(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, exportUsage)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline export: %s\n\n%s", sentence(err), exportUsage)
		return exitBadUsage
	}
	if _, err := export.FormatOf(f.out); err != nil {
		fmt.Fprintf(stderr, "claimline export: %s\n", sentence(err))
		return exitBadUsage
	}
	ctx, stop := interruptible()
	defer stop()
	var t *model.Timeline
	if len(f.paths) == 0 {
		t, err = model.Default(ctx)
	} else {
		var set *model.Set
		set, err = model.LoadPaths(ctx, f.paths, model.LoadOptions{})
		if set != nil {
			for _, p := range set.Problems {
				if p.Loaded() {
					fmt.Fprintf(stderr, "claimline export: %v\n", p)
				} else {
					fmt.Fprintf(stderr, "claimline export: skipped %v\n", p)
				}
			}
		}
		if err == nil {
			t, err = model.BuildContext(ctx, set)
		}
	}
	if interrupted(ctx, err) {
		fmt.Fprintln(stderr, "claimline export: interrupted")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline export: nothing to export: %s\n", sentence(err))
		return exitNothing
	}
	t.Localize(f.lang)
	if _, err := openReview(t, f.paths, "export", stderr); err != nil {
		fmt.Fprintf(stderr, "claimline export: %s\n", sentence(err))
		return exitNothing
	}
	o, err := exportOptions(f, t)
	if err != nil {
		fmt.Fprintf(stderr, "claimline export: %s\n", sentence(err))
		return exitBadUsage
	}
	if o.Events != nil && len(o.Events) == 0 {
		fmt.Fprintf(stderr, "claimline export: no event matches %q; the image says so.\n", o.Query)
	}
	start := time.Now()
	size, err := export.WriteFileSize(f.out, t, o)
	if err != nil {
		fmt.Fprintf(stderr, "claimline export: %s\n", sentence(err))
		var we *export.WriteError
		if errors.As(err, &we) {
			return exitNothing
		}
		return exitBadUsage
	}
	fmt.Fprintf(stdout, "wrote %s (%s) in %v\n", model.ReadableName(f.out), sizeText(size), time.Since(start).Round(time.Millisecond))
	return exitOK
}

// sizeText says the size of an image written: "1920 × 1480 px" (a PNG or an
// SVG grown taller to list its events), "3 pages of 1123 × 794 px" (a PDF
// whose list continues on pages of their own).
func sizeText(s export.Size) string {
	if s.Pages > 1 {
		return fmt.Sprintf("%d pages of %d × %d px", s.Pages, s.Width, s.Height)
	}
	return fmt.Sprintf("%d × %d px", s.Width, s.Height)
}
