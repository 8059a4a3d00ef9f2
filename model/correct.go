package model

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/timeline"
)

// Status is a person's verdict on an event, kept in the set's review file
// (see model/review).
type Status string

// The statuses an event can have.
const (
	// Unchecked: nobody has reviewed the event yet.
	Unchecked Status = ""
	// Verified: a person checked the event against its sources.
	Verified Status = "verified"
	// StatusDisputed: a person found the event doubtful or contradicted
	// (not to be confused with Event.Disputed, the sources disagreeing).
	StatusDisputed Status = "disputed"
	// NeedsChecking: a person flagged the event for a closer look.
	NeedsChecking Status = "needs_checking"
	// Rejected: a person found the event wrong; it is left off the timeline
	// and exports but kept in the review table.
	Rejected Status = "rejected"
)

// Statuses lists every status, in the order a menu shows them.
var Statuses = []Status{Unchecked, Verified, StatusDisputed, NeedsChecking, Rejected}

// String returns the status as the command line spells it: "unchecked",
// "verified", "disputed", "needs_checking" or "rejected".
func (s Status) String() string {
	if s == Unchecked {
		return "unchecked"
	}
	return string(s)
}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, x := range Statuses {
		if s == x {
			return true
		}
	}
	return false
}

// ParseStatus reads a status as String writes it ("unchecked" or "" is
// Unchecked).
func ParseStatus(s string) (Status, error) {
	if s == "unchecked" {
		return Unchecked, nil
	}
	if st := Status(s); st.Valid() {
		return st, nil
	}
	return Unchecked, fmt.Errorf("model: %q is not a status: say verified, disputed, needs_checking, rejected or unchecked", s)
}

// The fields of an event a person can correct.
const (
	FieldDate      = "date"
	FieldValue     = "value"
	FieldQualifier = "qualifier"
	FieldSubject   = "subject"
	FieldMeasure   = "measure"
	FieldLabel     = "label"
)

// Correction is one field of an event as the articles gave it and as a
// person corrected it. Dates are written as Date.String ("2021-10-04",
// "2021-10", "2021-10-04/2021-10-06"), figures as plain decimals
// ("70000000"), qualifiers as Qualifier values with "exact" for Exact.
type Correction struct {
	Field     string `json:"field"`
	Extracted string `json:"extracted"`
	Corrected string `json:"corrected"`
}

// ErrNoFigure is the error of correcting the figure of an event without one.
var ErrNoFigure = errors.New("model: this event has no figure to correct")

// Edited reports whether a person corrected any field of the event.
func (e *Event) Edited() bool { return len(e.Corrections) > 0 }

// Correction returns the event's correction of field, if any.
func (e *Event) Correction(field string) (Correction, bool) {
	for _, c := range e.Corrections {
		if c.Field == field {
			return c, true
		}
	}
	return Correction{}, false
}

// Measure returns what the event's figure counts, in the words of its lead
// claim ("user", "emploi", "materiel (kg)") or as a person corrected it; ""
// for an event without a figure.
func (e *Event) Measure() string {
	if c, ok := e.Correction(FieldMeasure); ok {
		return c.Corrected
	}
	if e.lead == nil {
		return ""
	}
	return e.lead.Measure
}

// MeasureText is the event's measure in its article's words ("postes
// supprimés" for the measure "poste supprime", see MeasureWords), or as a
// person corrected it.
func (e *Event) MeasureText() string {
	if c, ok := e.Correction(FieldMeasure); ok {
		return c.Corrected
	}
	if e.lead == nil {
		return ""
	}
	return MeasureWords(e.lead)
}

// QualifierText is a qualifier as a Correction writes it: "exact" for Exact.
func QualifierText(q Qualifier) string {
	if q == Exact {
		return "exact"
	}
	return string(q)
}

// ParseQualifier reads a qualifier as QualifierText writes it.
func ParseQualifier(s string) (Qualifier, error) {
	switch q := Qualifier(s); q {
	case "exact", Exact:
		return Exact, nil
	case AtLeast, AtMost, Approx, Indefinite:
		return q, nil
	}
	return Exact, fmt.Errorf("model: %q is not a qualifier: say exact, at_least, at_most, approx or indefinite", s)
}

// fieldText is the event's field as a Correction writes it.
func (e *Event) fieldText(field string) string {
	switch field {
	case FieldDate:
		return e.Date.String()
	case FieldValue:
		if !e.HasValue {
			return ""
		}
		return strconv.FormatFloat(e.Value, 'f', -1, 64)
	case FieldQualifier:
		return QualifierText(e.Qualifier)
	case FieldSubject:
		return e.Subject
	case FieldMeasure:
		return e.Measure()
	case FieldLabel:
		return e.Label
	}
	return ""
}

// Correct sets field of event i to the text corrected (written as in a
// Correction) and records the correction with the value the articles gave;
// correcting a field back to that value removes its correction. The label
// is written again in the timeline's language unless it was corrected too.
func (t *Timeline) Correct(i int, field, corrected string) error {
	if i < 0 || i >= len(t.Events) {
		return fmt.Errorf("model: no event %d", i)
	}
	e := &t.Events[i]
	before := e.fieldText(field)
	var lead Claim
	if e.lead != nil {
		lead = *e.lead // copy: the lead may be shared with an earlier state
	}
	switch field {
	case FieldDate:
		d, err := ParseISODate(corrected)
		if err != nil || !d.Valid() {
			return fmt.Errorf("model: %q is not a date like 2021-10-04, 2021-10, 2021 or 2021-10-04/2021-10-06", corrected)
		}
		corrected = d.String()
		e.Date = d
	case FieldValue:
		if !e.HasValue {
			return ErrNoFigure
		}
		v, err := strconv.ParseFloat(corrected, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("model: %q is not a figure like 70000000 or 1.5", corrected)
		}
		corrected = strconv.FormatFloat(v, 'f', -1, 64)
		e.Value, lead.Value = v, v
	case FieldQualifier:
		if !e.HasValue {
			return ErrNoFigure
		}
		q, err := ParseQualifier(corrected)
		if err != nil {
			return err
		}
		corrected = QualifierText(q)
		e.Qualifier, lead.Qualifier = q, q
	case FieldSubject, FieldMeasure, FieldLabel:
		corrected = strings.Join(strings.Fields(corrected), " ")
		if corrected == "" {
			return fmt.Errorf("model: the %s cannot be empty", field)
		}
		switch field {
		case FieldSubject:
			e.Subject, lead.Subject = corrected, corrected
		case FieldMeasure:
			if e.Metric == MetricEvent {
				return ErrNoFigure
			}
			lead.Measure = corrected
			if e.Metric == MetricOther {
				lead.What = corrected // the label names what an other figure counts
			}
		}
	default:
		return fmt.Errorf("model: %q is not a field a person can correct", field)
	}
	if e.lead != nil {
		e.lead = &lead
	}
	e.setCorrection(field, before, corrected)
	e.Label = eventLabelIn(e, t.lang)
	return nil
}

// setCorrection records that field now reads corrected instead of before:
// a field corrected again keeps what the articles gave.
func (e *Event) setCorrection(field, before, corrected string) {
	out := make([]Correction, 0, len(e.Corrections)+1) // never append to a shared slice
	extracted := before
	for _, c := range e.Corrections {
		if c.Field == field {
			extracted = c.Extracted
			continue
		}
		out = append(out, c)
	}
	if corrected != extracted {
		out = append(out, Correction{Field: field, Extracted: extracted, Corrected: corrected})
		sort.SliceStable(out, func(a, b int) bool { return fieldOrder(out[a].Field) < fieldOrder(out[b].Field) })
	}
	if len(out) == 0 {
		out = nil
	}
	e.Corrections = out
}

func fieldOrder(f string) int {
	for i, x := range []string{FieldDate, FieldValue, FieldQualifier, FieldSubject, FieldMeasure, FieldLabel} {
		if x == f {
			return i
		}
	}
	return 99
}

// Lang returns the language the labels were last written in (see
// Localize): "en" or "fr".
func (t *Timeline) Lang() string {
	if t.lang == "" {
		return "en"
	}
	return t.lang
}

// SortEvents puts the events in timeline order again (by date, then
// metric, then label), after a person changed a date or merged or split
// events.
func (t *Timeline) SortEvents() {
	sort.SliceStable(t.Events, func(a, b int) bool { return placeOf(&t.Events[a]).Before(placeOf(&t.Events[b])) })
}

// Regroup returns the event that claims make when merged the way like's
// claims were (its subject, metric, date and kind): its figure, label,
// sources and conflicts computed afresh, labels in the timeline's language.
// It carries like's ID, status and note but no corrections.
func (t *Timeline) Regroup(like *Event, claims []int) Event {
	g := timeline.Group{Subject: like.Subject, Metric: like.Metric, Key: like.key, Date: claim.Date(like.Date), Claims: claims}
	if c, ok := like.Correction(FieldSubject); ok {
		g.Subject = c.Extracted
	}
	if c, ok := like.Correction(FieldDate); ok {
		if d, err := ParseISODate(c.Extracted); err == nil {
			g.Date = claim.Date(d)
		}
	}
	e := t.newEvent(g)
	e.ID, e.Status, e.Note = like.ID, like.Status, like.Note
	return e
}

// EventOfClaim returns the event that claim c alone makes, as the timeline
// would have made it (a split), with the ID id.
func (t *Timeline) EventOfClaim(c int, id string, fallback Date) Event {
	claims := timelineClaims(t)
	g := timeline.Alone(claims, c)
	if g.Date.IsZero() {
		g.Date = claim.Date(fallback)
	}
	e := t.newEventOf(claims, g)
	e.ID = id
	return e
}

// newEvent is makeEvent in the timeline's language.
func (t *Timeline) newEvent(g timeline.Group) Event { return t.newEventOf(timelineClaims(t), g) }

// newEventOf is newEvent with the claims as package timeline reads them.
func (t *Timeline) newEventOf(claims []timeline.Claim, g timeline.Group) Event {
	e := makeEvent(t, claims, g)
	if t.lang != "" && t.lang != "en" {
		e.Label = eventLabelIn(&e, t.lang)
		for k := range e.Conflicts {
			e.Conflicts[k].write(t.lang)
		}
	}
	return e
}
