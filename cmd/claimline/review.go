package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/review"
)

// appID is the app's Fyne ID (FyneApp.toml), which names its storage folder.
const appID = "io.github.claimline.claimline"

// appDataDir is the folder where the app keeps its settings (Fyne's storage
// root for appID, as fyne.io/fyne/v2/internal/app computes it; see
// ui.SettingsPath): the embedded set's review file is there, so that the
// app and the command line share it.
func appDataDir() (string, error) {
	var root string
	switch runtime.GOOS {
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "Library", "Preferences")
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "AppData", "Roaming")
	default:
		var err error
		if root, err = os.UserConfigDir(); err != nil {
			return "", err
		}
	}
	return filepath.Join(root, "fyne", appID), nil
}

// reviewPath is the review file of the set opened from paths: beside the
// set, or in the app's data folder for the embedded set.
func reviewPath(paths []string) (string, error) {
	if len(paths) > 0 {
		return review.PathFor(paths), nil
	}
	dir, err := appDataDir()
	if err != nil {
		return "", fmt.Errorf("no folder for the embedded set's review file: %w", err)
	}
	return review.DefaultSetPath(dir), nil
}

// openReview applies the set's review file to t. Actions whose passages
// have gone are listed on stderr.
func openReview(t *model.Timeline, paths []string, cmd string, stderr io.Writer) (*review.Session, error) {
	path, err := reviewPath(paths)
	if err != nil {
		return nil, err
	}
	s, err := review.Open(path, t)
	if err != nil {
		return nil, err
	}
	if o := s.Orphans(); len(o) > 0 {
		fmt.Fprintf(stderr, "claimline %s: %d review actions apply to passages no longer in the set (kept in %s):\n", cmd, len(o), model.ReadableName(path))
		for _, x := range o {
			fmt.Fprintf(stderr, "  %s\n", x)
		}
	}
	return s, nil
}

// reviewUsage is the help of claimline review.
const reviewUsage = `Usage: claimline review [--status S] [--note TEXT] EVENT_ID [PATH...]

Records a fact-checker's verdict on one event in the set's review file,
which the app, claimline events and claimline export then apply. S is
verified, disputed, needs_checking, rejected or unchecked; --note sets the
event's note ("" removes it). At least one of them is needed. With no PATH
it reviews the embedded article set. claimline events [PATH...] lists the
event IDs.

The review file is .claimline-review.json in the set's folder (for a list
of files, in the nearest folder that holds them all, whatever their order);
the embedded set's is in the app's data folder.
`

// reviewFlags are the parsed arguments of claimline review.
type reviewFlags struct {
	status    model.Status
	hasStatus bool
	note      string
	hasNote   bool
	event     string
	paths     []string
}

// parseReviewFlags reads --status and --note (anywhere before "--"), then
// the event ID and the paths.
func parseReviewFlags(args []string) (reviewFlags, error) {
	var f reviewFlags
	var rest []string
	value := func(i *int, a, name string) (string, error) {
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v, nil
		}
		if *i+1 >= len(args) {
			return "", fmt.Errorf("%s needs a value", name)
		}
		*i++
		return args[*i], nil
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case a == "-h" || a == "--help":
			return f, errHelp
		case a == "--status" || strings.HasPrefix(a, "--status="):
			v, err := value(&i, a, "--status")
			if err != nil {
				return f, err
			}
			st, err := model.ParseStatus(strings.TrimSpace(strings.ToLower(v)))
			if err != nil {
				return f, fmt.Errorf("--status: %q is not verified, disputed, needs_checking, rejected or unchecked", v)
			}
			f.status, f.hasStatus = st, true
		case a == "--note" || strings.HasPrefix(a, "--note="):
			v, err := value(&i, a, "--note")
			if err != nil {
				return f, err
			}
			f.note, f.hasNote = v, true
		case strings.HasPrefix(a, "-") && len(a) > 1:
			return f, fmt.Errorf("unknown option %s", a)
		default:
			rest = append(rest, a)
		}
	}
	if !f.hasStatus && !f.hasNote {
		return f, errors.New("say what to record: --status verified|disputed|needs_checking|rejected|unchecked, --note TEXT, or both")
	}
	if len(rest) == 0 || strings.TrimSpace(rest[0]) == "" {
		return f, errors.New("give the ID of the event to review (claimline events [PATH...] lists them)")
	}
	f.event, f.paths = rest[0], rest[1:]
	return f, nil
}

// runReview runs `claimline review`: it applies the action to the set's
// review file and says what it did.
func runReview(args []string, stdout, stderr io.Writer) int {
	f, err := parseReviewFlags(args)
	if errors.Is(err, errHelp) {
		fmt.Fprint(stdout, reviewUsage)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline review: %v\n\n%s", err, reviewUsage)
		return exitBadUsage
	}
	ctx, stop := interruptible()
	defer stop()
	t, err := loadTimeline(ctx, f.paths, stderr)
	if interrupted(ctx, err) {
		fmt.Fprintln(stderr, "claimline: interrupted")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline review: %v\n", err)
		return exitNothing
	}
	s, err := openReview(t, f.paths, "review", stderr)
	if err != nil {
		fmt.Fprintf(stderr, "claimline review: %v\n", err)
		return exitNothing
	}
	var e *model.Event
	for i := range s.Timeline().Events {
		if s.Timeline().Events[i].ID == f.event {
			e = &s.Timeline().Events[i]
		}
	}
	if e == nil {
		args := ""
		if len(f.paths) > 0 {
			args = " " + strings.Join(f.paths, " ")
		}
		fmt.Fprintf(stderr, "claimline review: there is no event %q in this set; `claimline events%s` lists the events with their IDs (first column with --json: \"id\")\n", f.event, args)
		return exitBadUsage
	}
	label := e.Label
	var actions []review.Action
	if f.hasStatus {
		actions = append(actions, review.SetStatus(f.event, f.status))
	}
	if f.hasNote {
		actions = append(actions, review.SetNote(f.event, f.note))
	}
	for _, a := range actions {
		if err := s.Do(a); err != nil {
			fmt.Fprintf(stderr, "claimline review: %v\n", err)
			return exitNothing
		}
		fmt.Fprintf(stdout, "%s: %s %q", a.Name(), f.event, label)
		if a.Key() == "review.note" {
			fmt.Fprintf(stdout, ": %q", f.note)
		}
		fmt.Fprintln(stdout)
	}
	fmt.Fprintf(stdout, "saved in %s\n", model.ReadableName(s.Path()))
	return exitOK
}
