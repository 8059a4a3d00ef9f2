package ui

import (
	"cmp"
	"github.com/claimline/claimline/ui/layout"
	"slices"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/timeline"
)

// column is a column of the events table.
type column int

// The events table's columns, in order.
const (
	colDate column = iota
	colSubject
	colMeasure
	colValue
	colLabel
	colSources
	colConflict
	colStatus
	colNote
	columnCount
)

// eventRow is what the events table shows of one event, written once per
// load (and after each review action) so that filtering and sorting on a
// keystroke only compare prepared values.
type eventRow struct {
	event    int
	date     model.Date
	dateText string
	subject  string
	measure  string
	// measureKey is what the measure chip filters by: the same measure in
	// either language ("emplois", "postes", "jobs") has one key.
	measureKey string
	value      float64
	hasValue   bool
	valText    string
	label      string
	sources    int
	disputed   bool
	status     string // the status as the model writes it ("" unchecked)
	// shown are the texts of the label (with its edited sign), sources and
	// status columns, written with the row so that drawing a cell builds
	// no string.
	labelText, sourcesText, statusText string
	rejected                           bool
	note                               string
	edited                             bool
	articles                           []string // the names of the articles behind the event, sorted
	// fold are the lowered subject, measure, label and note, to sort
	// without regard to case.
	fold [4]string
}

// text returns the row's text in column c.
func (r *eventRow) text(c column) string {
	switch c {
	case colDate:
		return r.dateText
	case colSubject:
		return r.subject
	case colMeasure:
		return r.measure
	case colValue:
		return r.valText
	case colLabel:
		return r.labelText
	case colSources:
		return r.sourcesText
	case colConflict:
		if r.disputed {
			return "⚠"
		}
		return ""
	case colStatus:
		return r.statusText
	case colNote:
		return r.note
	}
	return ""
}

// newEventRows prepares the rows of t's events, in t's order.
func newEventRows(t *model.Timeline) []eventRow {
	if t == nil {
		return nil
	}
	words := words()
	lang := Language()
	rows := make([]eventRow, len(t.Events))
	titles := map[string]string{} // statusTitle of each status
	for i := range t.Events {
		e := &t.Events[i]
		r := eventRow{event: i, date: e.Date, dateText: timeline.DateText(e.Date, words), subject: e.Subject,
			measure: eventMeasure(e), value: e.Value, hasValue: e.HasValue, label: e.Label,
			sources: e.Articles(), disputed: e.Disputed()}
		r.measureKey = r.measure
		if _, corrected := e.Correction(model.FieldMeasure); !corrected && !layout.OwnMeasure(e.Metric) && e.Measure() != "" {
			r.measureKey = model.MeasureKey(e.Measure())
		}
		if e.HasValue {
			r.valText = valueText(e, lang)
		}
		reviewOf(e, &r)
		r.labelText = r.label
		if r.edited {
			r.labelText = "✎ " + r.label
		}
		r.sourcesText = strconv.Itoa(r.sources)
		title, ok := titles[r.status]
		if !ok {
			title = statusTitle(r.status)
			titles[r.status] = title
		}
		r.statusText = title
		seen := map[string]bool{}
		for _, s := range e.Sources {
			if !seen[s.Article] {
				seen[s.Article] = true
				r.articles = append(r.articles, s.Article)
			}
		}
		slices.Sort(r.articles)
		r.fold = [4]string{strings.ToLower(r.subject), strings.ToLower(r.measure), strings.ToLower(r.label), strings.ToLower(r.note)}
		rows[i] = r
	}
	return rows
}

// eventMeasure is the measure the table shows and filters by: the
// program's own words ("new users", "rank") in the UI language, as the
// lanes name them; a measure read from an article, or a person's
// correction, as it was written.
func eventMeasure(e *model.Event) string {
	if _, corrected := e.Correction(model.FieldMeasure); corrected {
		return e.Measure()
	}
	if !layout.OwnMeasure(e.Metric) {
		return e.MeasureText() // "postes supprimés", not the key "poste supprime"
	}
	return measureName(e.Metric, e.Measure())
}

// valueText writes an event's figure with its qualifier and unit: "> 70
// million", "≈ 3.5%", "5th", "8,000–10,000".
func valueText(e *model.Event, lang string) string {
	v := model.FormatValueIn(e.Value, e.Metric == model.MetricRank, lang)
	money := model.IsMoney(e.Unit)
	if money {
		v = model.WithCents(v) // "0.10 $", not "0.1 $"
	}
	if e.Low > 0 && e.Low < e.Value {
		low := model.FormatValueIn(e.Low, false, lang)
		if money {
			low = model.WithCents(low)
		}
		v = low + "–" + v
	}
	switch e.Unit {
	case "":
	case "s":
		if t := model.FormatElapsed(e.Value); t != "" {
			v = t // "2:01:48", as races are timed
		} else {
			v += " s"
		}
	case "%":
		v += "%"
	case "+%", "−%":
		v = e.Unit[:len(e.Unit)-1] + v + "%" // "+22%", "−6.5%"
	default:
		v += " " + e.Unit
	}
	switch e.Qualifier {
	case model.AtLeast:
		v = "> " + v
	case model.AtMost:
		v = "≤ " + v
	case model.Approx:
		v = "≈ " + v
	}
	return v
}

// rowFilter chooses the rows the table shows: each field, when set, must
// equal the row's.
type rowFilter struct {
	// match is the search's matching events (by event index), nil when
	// there is no query.
	match    []bool
	measure  string
	subject  string
	article  string
	status   string // "" any; statusUnchecked for the unchecked ones
	disputed bool   // only events whose sources disagree
	rejected bool   // show the rejected events too
}

// statusUnchecked is the status filter's value for the unchecked events
// (whose status is "").
const statusUnchecked = "unchecked"

// chips reports whether a chip narrows the rows (a measure, subject,
// article, status or "sources disagree"), beyond the search.
func (f *rowFilter) chips() bool {
	return f.measure != "" || f.subject != "" || f.article != "" || f.status != "" || f.disputed
}

// keeps reports whether the filter keeps r.
func (f *rowFilter) keeps(r *eventRow) bool {
	switch {
	case f.match != nil && (r.event >= len(f.match) || !f.match[r.event]),
		f.measure != "" && r.measureKey != f.measure,
		f.subject != "" && r.subject != f.subject,
		f.disputed && !r.disputed,
		r.rejected && !f.rejected && f.status == "":
		return false
	}
	if f.status != "" {
		s := r.status
		if s == "" {
			s = statusUnchecked
		}
		if s != f.status {
			return false
		}
	}
	if f.article != "" {
		if _, ok := slices.BinarySearch(r.articles, f.article); !ok {
			return false
		}
	}
	return true
}

// rowOrder is how the table is sorted: by a column, up or down.
type rowOrder struct {
	col  column
	desc bool
}

// compareRows orders two rows by column c, then by date, then by event.
func compareRows(a, b *eventRow, c column) int {
	n := 0
	switch c {
	case colDate:
	case colSubject:
		n = strings.Compare(a.fold[0], b.fold[0])
	case colMeasure:
		n = strings.Compare(a.fold[1], b.fold[1])
	case colValue:
		// Events without a figure after those with one.
		if a.hasValue != b.hasValue {
			if a.hasValue {
				return -1
			}
			return 1
		}
		n = cmp.Compare(a.value, b.value)
	case colLabel:
		n = strings.Compare(a.fold[2], b.fold[2])
	case colSources:
		n = cmp.Compare(a.sources, b.sources)
	case colConflict:
		n = boolCompare(b.disputed, a.disputed) // disagreements first
	case colStatus:
		n = cmp.Compare(statusRank(a.status), statusRank(b.status))
	case colNote:
		// Notes first, then alphabetically.
		if (a.note == "") != (b.note == "") {
			if a.note != "" {
				return -1
			}
			return 1
		}
		n = strings.Compare(a.fold[3], b.fold[3])
	}
	if n != 0 {
		return n
	}
	if n = a.date.Compare(b.date); n != 0 {
		return n
	}
	return cmp.Compare(a.event, b.event)
}

// boolCompare orders false before true.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// dateOrdered reports whether rows are in the date order compareRows
// gives (a timeline's events are), so that a table sorted by date needs no
// sort.
func dateOrdered(rows []eventRow) bool {
	for i := 1; i < len(rows); i++ {
		if compareRows(&rows[i-1], &rows[i], colDate) > 0 {
			return false
		}
	}
	return true
}

// shownRows returns the indexes into rows of the rows f keeps, in order o;
// it reuses buf's memory. ordered says that rows are in date order
// (dateOrdered).
func shownRows(rows []eventRow, f *rowFilter, o rowOrder, ordered bool, buf []int) []int {
	out := buf[:0]
	for i := range rows {
		if f.keeps(&rows[i]) {
			out = append(out, i)
		}
	}
	if o.col == colDate && ordered {
		if o.desc {
			slices.Reverse(out)
		}
		return out
	}
	slices.SortFunc(out, func(a, b int) int {
		n := compareRows(&rows[a], &rows[b], o.col)
		if o.desc {
			return -n
		}
		return n
	})
	return out
}
