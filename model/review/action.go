package review

import (
	"fmt"

	"github.com/claimline/claimline/model"
)

// kind is what an Action does.
type kind uint8

const (
	kindStatus kind = iota + 1
	kindNote
	kindDate
	kindValue
	kindText
	kindMerge
	kindSplit
	kindBatch
)

// Action is one thing a person does to the events of a timeline: mark one
// verified, correct its date, merge two. Make one with SetStatus, SetNote,
// EditDate, EditValue, EditText, Merge or Split and give it to Session.Do.
type Action struct {
	kind   kind
	ids    []string
	status model.Status
	text   string // the note, or the corrected subject, measure or label
	field  string // for kindText
	date   model.Date
	value  float64
	qual   model.Qualifier
	claim  int
	count  int // events merged, for the name of an action read back from the file
	// parts are a batch's actions, in order (none nested); name is its
	// name.
	parts []Action
	name  string
}

// Batch makes one action of actions, done in order and taken back by one
// Undo: a status given to several events, an edit of several fields. name
// is what it does for a person ("Mark 3 events verified"), returned by
// Name. Batches inside are flattened; a batch of one action is that
// action.
func Batch(name string, actions ...Action) Action {
	var parts []Action
	for _, a := range actions {
		if a.kind == kindBatch {
			parts = append(parts, a.parts...)
		} else {
			parts = append(parts, a)
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return Action{kind: kindBatch, parts: parts, name: name}
}

// steps returns the actions a does, in order: its parts for a batch, else
// a alone.
func (a Action) steps() []Action {
	if a.kind == kindBatch {
		return a.parts
	}
	return []Action{a}
}

// SetStatus marks event eventID with status s (model.Rejected rejects it).
func SetStatus(eventID string, s model.Status) Action {
	return Action{kind: kindStatus, ids: []string{eventID}, status: s}
}

// SetNote sets the note of event eventID ("" removes it).
func SetNote(eventID, note string) Action {
	return Action{kind: kindNote, ids: []string{eventID}, text: note}
}

// EditDate corrects the date of event eventID, with its precision.
func EditDate(eventID string, d model.Date) Action {
	return Action{kind: kindDate, ids: []string{eventID}, date: d}
}

// EditValue corrects the figure of event eventID and its qualifier.
func EditValue(eventID string, v float64, q model.Qualifier) Action {
	return Action{kind: kindValue, ids: []string{eventID}, value: v, qual: q}
}

// EditText corrects a text field of event eventID: field is
// model.FieldSubject, model.FieldMeasure or model.FieldLabel ("subject",
// "measure" or "label").
func EditText(eventID, field, text string) Action {
	return Action{kind: kindText, ids: []string{eventID}, field: field, text: text}
}

// Merge makes one event of the events eventIDs: the first keeps its ID,
// status, note and corrections and takes the others' sources.
func Merge(eventIDs ...string) Action {
	return Action{kind: kindMerge, ids: append([]string(nil), eventIDs...), count: len(eventIDs)}
}

// Split takes claim claimID (an index in Timeline.Claims) out of event
// eventID into an event of its own.
func Split(eventID string, claimID int) Action {
	return Action{kind: kindSplit, ids: []string{eventID}, claim: claimID}
}

// EventIDs returns the IDs of the events the action applies to (a
// batch's: each once, in order).
func (a Action) EventIDs() []string {
	if a.kind != kindBatch {
		return append([]string(nil), a.ids...)
	}
	var ids []string
	seen := map[string]bool{}
	for _, p := range a.parts {
		for _, id := range p.ids {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// Count returns the number of events the action applies to (for "Merge 3
// events", "Mark 3 events verified").
func (a Action) Count() int {
	switch a.kind {
	case kindMerge:
		return a.count
	case kindBatch:
		return len(a.EventIDs())
	}
	return 1
}

// Name returns what the action does, for a person, in English: "Mark
// verified", "Edit date", "Merge 2 events". The UI translates Key instead.
func (a Action) Name() string {
	switch a.kind {
	case kindStatus:
		switch a.status {
		case model.Verified:
			return "Mark verified"
		case model.StatusDisputed:
			return "Mark disputed"
		case model.NeedsChecking:
			return "Mark as needing checking"
		case model.Rejected:
			return "Reject"
		}
		return "Mark unchecked"
	case kindNote:
		if a.text == "" {
			return "Remove note"
		}
		return "Edit note"
	case kindDate:
		return "Edit date"
	case kindValue:
		return "Edit figure"
	case kindText:
		return "Edit " + a.field
	case kindMerge:
		return fmt.Sprintf("Merge %d events", a.count)
	case kindSplit:
		return "Split claim out"
	case kindBatch:
		return a.name
	}
	return ""
}

// Key returns a stable i18n key for the action: "review.verify",
// "review.dispute", "review.needs_checking", "review.reject",
// "review.unchecked", "review.note", "review.remove_note",
// "review.edit_date", "review.edit_value", "review.edit_subject",
// "review.edit_measure", "review.edit_label", "review.merge" (its text
// takes Count) or "review.split". A batch has its parts' key when they all
// have the same one (its text takes Count: "Mark 3 events verified"), else
// "review.edit" for edits of one event's fields, else "review.batch".
func (a Action) Key() string {
	switch a.kind {
	case kindBatch:
		if len(a.parts) == 0 {
			return "review.batch"
		}
		key, edits := a.parts[0].Key(), true
		for _, p := range a.parts {
			if p.Key() != key {
				key = ""
			}
			if p.kind != kindDate && p.kind != kindValue && p.kind != kindText {
				edits = false
			}
		}
		switch {
		case key != "":
			return key
		case edits && a.Count() == 1:
			return "review.edit"
		}
		return "review.batch"
	case kindStatus:
		switch a.status {
		case model.Verified:
			return "review.verify"
		case model.StatusDisputed:
			return "review.dispute"
		case model.NeedsChecking:
			return "review.needs_checking"
		case model.Rejected:
			return "review.reject"
		}
		return "review.unchecked"
	case kindNote:
		if a.text == "" {
			return "review.remove_note"
		}
		return "review.note"
	case kindDate:
		return "review.edit_date"
	case kindValue:
		return "review.edit_value"
	case kindText:
		return "review.edit_" + a.field
	case kindMerge:
		return "review.merge"
	case kindSplit:
		return "review.split"
	}
	return ""
}
