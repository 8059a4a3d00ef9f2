package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/search"
	"github.com/claimline/claimline/model/timex"
)

// cliOptions are the flags the headless subcommands share.
type cliOptions struct {
	json      bool
	published model.Date
	args      []string
}

// parseCLI reads --json and --published (before, between or after the
// positional arguments; "--" ends the flags).
func parseCLI(cmd string, args []string) (cliOptions, error) {
	var o cliOptions
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			o.args = append(o.args, args[i+1:]...)
			return o, nil
		case a == "--json" || a == "-json":
			o.json = true
		case (a == "--published" || a == "-published") && cmd == "dates":
			if i+1 >= len(args) {
				return o, errors.New("--published needs a date like 2021-10-05")
			}
			i++
			a = "--published=" + args[i]
			fallthrough
		case strings.HasPrefix(a, "--published=") && cmd == "dates":
			d, err := model.ParseISODate(strings.TrimPrefix(a, "--published="))
			if err != nil || d.IsZero() {
				return o, fmt.Errorf("--published: %q is not a date like 2021-10-05, 2021-10 or 2021", strings.TrimPrefix(a, "--published="))
			}
			o.published = d
		case a == "-h" || a == "--help":
			return o, errHelp
		case strings.HasPrefix(a, "-") && len(a) > 1:
			return o, fmt.Errorf("unknown option %s", a)
		default:
			o.args = append(o.args, a)
		}
	}
	return o, nil
}

var errHelp = errors.New("help")

// loadTimeline loads the paths (the embedded set when none), builds the
// timeline and reports on stderr each file's problem, and each article
// whose claims could not be read.
func loadTimeline(ctx context.Context, paths []string, stderr io.Writer) (*model.Timeline, error) {
	var set *model.Set
	var err error
	if len(paths) == 0 {
		set, err = model.LoadFS(ctx, assets.Articles(), assets.ArticlesName, model.LoadOptions{})
	} else {
		set, err = model.LoadPaths(ctx, paths, model.LoadOptions{})
	}
	if err != nil {
		if set != nil {
			for _, p := range set.Problems {
				fmt.Fprintf(stderr, "claimline: %s\n", p.Error())
			}
		}
		return nil, err
	}
	t, err := model.BuildContext(ctx, set)
	if err != nil {
		return nil, err
	}
	// The set's problems and the articles whose claims could not be read,
	// which the timeline leaves out.
	for _, p := range t.Problems {
		fmt.Fprintf(stderr, "claimline: %s\n", p.Error())
	}
	return t, nil
}

// exitInterrupted is the exit code after Ctrl-C (128 + SIGINT, as shells
// report it).
const exitInterrupted = 130

// interruptible returns a context that ends at the first Ctrl-C (SIGINT):
// loading and building stop within a second. A second Ctrl-C ends the
// process at once, as it would without the handler.
func interruptible() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	return ctx, stop
}

// interrupted reports whether err comes from Ctrl-C ending ctx.
func interrupted(ctx context.Context, err error) bool {
	return ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, ctx.Err()))
}

// runCLI runs one headless subcommand: events, claims, dates or search.
func runCLI(cmd string, args []string, stdout, stderr io.Writer) int {
	o, err := parseCLI(cmd, args)
	if errors.Is(err, errHelp) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline %s: %v\n\n%s", cmd, err, usage)
		return exitBadUsage
	}
	query := ""
	if cmd == "search" {
		if len(o.args) == 0 || strings.TrimSpace(o.args[0]) == "" {
			fmt.Fprintf(stderr, "claimline search: give a query, e.g. claimline search \"70 millions\"\n\n%s", usage)
			return exitBadUsage
		}
		query, o.args = o.args[0], o.args[1:]
	}
	ctx, stop := interruptible()
	defer stop()
	t, err := loadTimeline(ctx, o.args, stderr)
	if interrupted(ctx, err) {
		fmt.Fprintln(stderr, "claimline: interrupted")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimline: %v\n", err)
		return exitNothing
	}
	if cmd == "events" || cmd == "claims" {
		// The events as a person reviewed them: statuses, notes and
		// corrections from the set's review file.
		if _, err := openReview(t, o.args, cmd, stderr); err != nil {
			fmt.Fprintf(stderr, "claimline %s: %v\n", cmd, err)
			return exitNothing
		}
	}
	w := newOutput(stdout, o.json)
	switch cmd {
	case "events":
		printEvents(w, t)
	case "claims":
		printClaims(w, t, nil)
	case "dates":
		printDates(w, t, o.published)
	case "search":
		ix := search.NewIndex(t)
		hits := ix.Search(query)
		printClaims(w, t, hits)
		if len(hits) == 0 {
			fmt.Fprintf(stderr, "claimline: no claim matches %q\n", query)
		}
	}
	if err := w.flush(); err != nil {
		fmt.Fprintf(stderr, "claimline: %v\n", err)
		return exitNothing
	}
	return exitOK
}

// output writes JSON lines or an aligned table.
type output struct {
	json bool
	enc  *json.Encoder
	tab  *tabwriter.Writer
}

func newOutput(w io.Writer, asJSON bool) *output {
	o := &output{json: asJSON}
	if asJSON {
		o.enc = json.NewEncoder(w)
		o.enc.SetEscapeHTML(false)
	} else {
		o.tab = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	}
	return o
}

func (o *output) object(v any) {
	if o.json {
		_ = o.enc.Encode(v)
	}
}

func (o *output) row(cells ...string) {
	if !o.json {
		fmt.Fprintln(o.tab, strings.Join(cells, "\t"))
	}
}

func (o *output) flush() error {
	if o.tab != nil {
		return o.tab.Flush()
	}
	return nil
}

// eventJSON is one line of `claimline events --json`.
type eventJSON struct {
	ID        string           `json:"id"`
	Date      string           `json:"date"`
	Precision string           `json:"precision"`
	Subject   string           `json:"subject"`
	Metric    model.Metric     `json:"metric"`
	Value     *float64         `json:"value,omitempty"`
	From      *float64         `json:"from,omitempty"`
	Qualifier model.Qualifier  `json:"qualifier,omitempty"`
	Label     string           `json:"label"`
	SaidBy    []string         `json:"said_by,omitempty"`
	Sources   []sourceJSON     `json:"sources"`
	Conflicts []model.Conflict `json:"conflicts"`
	// Status, Note and Corrections are a person's review of the event (see
	// claimline review): status is unchecked, verified, disputed,
	// needs_checking or rejected; each correction gives the field, the value
	// the articles gave and the corrected one.
	Status      string             `json:"status"`
	Note        string             `json:"note,omitempty"`
	Corrections []model.Correction `json:"corrections,omitempty"`
}

// sourceJSON is a source with its article's name kept exact (see
// jsonName).
type sourceJSON struct {
	model.Source
	Article      string `json:"article"`
	ArticleBytes []byte `json:"article_bytes,omitempty"`
}

// jsonName is a file name for JSON: the name itself when it is UTF-8 (JSON
// escapes its control characters), else its readable form, next to which
// NameBytes keeps the exact bytes (base64 in JSON): encoding/json would turn
// them into U+FFFD and the name could not be matched back to its file.
func jsonName(name string) string {
	if model.NameBytes(name) == nil {
		return name
	}
	return model.ReadableName(name)
}

func sourcesJSON(srcs []model.Source) []sourceJSON {
	out := make([]sourceJSON, len(srcs))
	for i, s := range srcs {
		out[i] = sourceJSON{Source: s, Article: jsonName(s.Article), ArticleBytes: model.NameBytes(s.Article)}
	}
	return out
}

func precisionOf(d model.Date) string {
	if d.Range {
		return "range"
	}
	return d.Precision.String()
}

// reviewCell is an event's review in the table: its status when checked,
// "edited" when corrected, "note" when it has one.
func reviewCell(e *model.Event) string {
	var parts []string
	if e.Status != model.Unchecked {
		parts = append(parts, e.Status.String())
	}
	if e.Edited() {
		parts = append(parts, "edited")
	}
	if e.Note != "" {
		parts = append(parts, "note")
	}
	return strings.Join(parts, ", ")
}

func printEvents(o *output, t *model.Timeline) {
	o.row("DATE", "METRIC", "VALUE", "SOURCES", "EVENT", "CONFLICT", "REVIEW")
	for _, e := range t.Events {
		if o.json {
			j := eventJSON{ID: e.ID, Date: e.Date.String(), Precision: precisionOf(e.Date), Subject: e.Subject,
				Metric: e.Metric, Qualifier: e.Qualifier, Label: e.Label, SaidBy: e.SaidBy, Sources: sourcesJSON(e.Sources), Conflicts: e.Conflicts,
				Status: e.Status.String(), Note: e.Note, Corrections: e.Corrections}
			if e.HasValue {
				v := e.Value
				j.Value = &v
			}
			if e.From > 0 {
				f := e.From
				j.From = &f
			}
			if j.Conflicts == nil {
				j.Conflicts = []model.Conflict{}
			}
			o.object(j)
			continue
		}
		value := ""
		if e.HasValue {
			value = quantity.FormatValue(e.Value, e.Metric == model.MetricRank)
		}
		var conflicts []string
		for _, c := range e.Conflicts {
			conflicts = append(conflicts, c.Summary)
		}
		o.row(e.Date.String(), string(e.Metric), value, fmt.Sprint(e.Articles()), e.Label, strings.Join(conflicts, " "), reviewCell(&e))
	}
}

// claimJSON is one line of `claimline claims --json` and `search --json`.
type claimJSON struct {
	model.Claim
	Article      string `json:"article"`
	ArticleBytes []byte `json:"article_bytes,omitempty"`
	Date         string `json:"date"`
	Event        string `json:"event,omitempty"`
	// EventStatus, EventNote and EventCorrections are the review of the
	// claim's event, as in claimline events --json.
	EventStatus      string             `json:"event_status,omitempty"`
	EventNote        string             `json:"event_note,omitempty"`
	EventCorrections []model.Correction `json:"event_corrections,omitempty"`
	Matched          []int              `json:"matched,omitempty"`
	Text             string             `json:"text,omitempty"`
}

func printClaims(o *output, t *model.Timeline, hits []search.Hit) {
	o.row("ARTICLE", "DATE", "METRIC", "VALUE", "SAID BY", "CLAIM", "PASSAGE")
	eventOf := map[int]int{}
	for ei, e := range t.Events {
		for _, c := range e.Claims {
			eventOf[c] = ei
		}
	}
	emit := func(c model.Claim, h *search.Hit) {
		if o.json {
			j := claimJSON{Claim: c, Article: jsonName(c.ArticleName), ArticleBytes: model.NameBytes(c.ArticleName), Date: c.Date.String()}
			if ei, ok := eventOf[c.ID]; ok {
				e := &t.Events[ei]
				j.Event, j.EventStatus, j.EventNote, j.EventCorrections = e.ID, e.Status.String(), e.Note, e.Corrections
			}
			if h != nil {
				line := h.Row().Line()
				j.Matched, j.Text = line.Matched, line.Text
			}
			o.object(j)
			return
		}
		value := ""
		if c.HasValue {
			value = quantity.FormatValue(c.Value, c.Metric == model.MetricRank)
		}
		date := c.Date.String()
		if c.AsOf {
			date = "as of " + date
		}
		label := c.Label
		if c.Unsure {
			label = "(unsure) " + label // searchable, kept off the timeline
		}
		o.row(model.ReadableName(c.ArticleName), date, string(c.Metric), value, c.SaidBy, label, oneLine(c.Quote, 70))
	}
	if hits == nil {
		for _, c := range t.Claims {
			emit(c, nil)
		}
		return
	}
	for i := range hits {
		emit(t.Claims[hits[i].Claim], &hits[i])
	}
}

// dateJSON is one line of `claimline dates --json`.
type dateJSON struct {
	Article      string         `json:"article"`
	ArticleBytes []byte         `json:"article_bytes,omitempty"`
	Text         string         `json:"text"`
	Start        int            `json:"start"`
	End          int            `json:"end"`
	Kind         timex.DateKind `json:"kind"`
	Value        string         `json:"value"`
	Precision    string         `json:"precision"`
	Duration     string         `json:"duration,omitempty"`
	Reference    string         `json:"reference,omitempty"`
	// Direction is past, present, future or none.
	Direction string `json:"direction"`
	// Prep is the preposition before the span ("en", "until").
	Prep string `json:"prep,omitempty"`
	// PartOfDay is TimeML's code for a part of the day ("MO", "EV").
	PartOfDay string `json:"part_of_day,omitempty"`
	// Anchor is the date the expression was resolved against, and why.
	Anchor *anchorJSON `json:"anchor,omitempty"`
}

// anchorJSON is the date an expression was resolved against and why:
// "publication", "sentence" (a day of the same sentence) or "previous".
type anchorJSON struct {
	Date string `json:"date"`
	Why  string `json:"why"`
}

func printDates(o *output, t *model.Timeline, published model.Date) {
	o.row("ARTICLE", "SPAN", "TEXT", "KIND", "VALUE", "PRECISION")
	for _, a := range t.Articles {
		ref := a.Published
		if !published.IsZero() {
			ref = published
		}
		for _, d := range model.ArticleDates(a, ref) {
			value, precision := d.Date.String(), precisionOf(d.Date)
			if d.Kind == timex.DateDuration {
				value, precision = d.Duration, "duration"
			} else if d.Date.IsZero() {
				value, precision = "unresolved", "none"
			}
			if o.json {
				j := dateJSON{Article: jsonName(a.Name), ArticleBytes: model.NameBytes(a.Name), Text: d.Text, Start: d.Span.Start, End: d.Span.End, Kind: d.Kind,
					Value: value, Precision: precision, Duration: d.Duration, Reference: ref.String(),
					Direction: d.Direction.String(), Prep: d.Prep, PartOfDay: d.PartOfDay}
				if d.Anchor != "" {
					j.Anchor = &anchorJSON{Date: d.AnchorDate.String(), Why: d.Anchor}
				}
				o.object(j)
				continue
			}
			o.row(model.ReadableName(a.Name), fmt.Sprintf("%d-%d", d.Span.Start, d.Span.End), oneLine(d.Text, 40), string(d.Kind), value, precision)
		}
	}
}

// oneLine folds a passage onto one line and cuts it to n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
