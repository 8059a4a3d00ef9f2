// Package review keeps a fact-checker's review of a timeline's events in a
// file beside the article set: statuses (verified, disputed, needs checking,
// rejected), notes, corrections of dates, figures, subjects, measures and
// labels, merges and splits.
//
// The file lists the actions a person did, in order, each naming its events
// by their claims' article (a hash of its text), passage and figure, never
// by event IDs: opening the set again, even after the extractor changed its
// events, applies them again. An action whose passage has gone stays in the
// file and is listed by Session.Orphans. The file is written atomically
// after each action.
//
// The package is plain Go: the app and the command line use it alike.
package review

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimline/claimline/model"
)

// ErrUnknownEvent is the error of an action on an event the timeline does
// not have.
var ErrUnknownEvent = errors.New("review: no such event")

// FileName is the name of a set's review file, beside the set.
const FileName = ".claimline-review.json"

// Session is a review in progress: a timeline with a review file's actions
// applied, and the actions done since it was opened, to undo. It is not
// safe for concurrent use.
type Session struct {
	path    string
	t       *model.Timeline
	base    []model.Event // the events as extracted
	lang    string        // the language of base's labels
	ix      *index
	log     []record // the file's actions, this session's last
	undo    []Action // this session's actions, the last on top (the last len(undo) of log)
	redo    []redone
	orphans []Orphan
}

// redone is an undone action, to do again, with its records (one per
// step of a batch).
type redone struct {
	a  Action
	rs []record
}

// Orphan is an action of the review file whose events or claim are no
// longer in the set (their article changed or is gone): kept in the file,
// applied to nothing.
type Orphan struct {
	// Name and Key are the action's (see Action.Name and Action.Key).
	Name, Key string
	// Labels are the labels of the events it applied to, when it was done.
	Labels []string
	// Articles are the names of the articles its passages came from.
	Articles []string
	// Passage is the first passage it names.
	Passage string
}

// String describes the orphan for a person: `Mark verified on "Telegram
// gains 70 million new users" (telegram.txt): its passage is no longer in
// the set`.
func (o Orphan) String() string {
	return fmt.Sprintf("%s on %q (%s): its passage is no longer in the set", o.Name, strings.Join(o.Labels, `", "`), strings.Join(o.Articles, ", "))
}

// Open reads the review file at path and applies it to t, whose events it
// then keeps up to date. A missing file is an empty review (the file is
// written at the first action); a file that cannot be read, is broken
// (ErrBroken) or comes from a newer Claimline (ErrNewerSchema) is an error
// and is left as it is.
func Open(path string, t *model.Timeline) (*Session, error) {
	if t == nil {
		return nil, errors.New("review: no timeline to review")
	}
	// Read the file while the claims are indexed: the two take about as
	// long on a large set.
	ixc := make(chan *index, 1)
	go func() { ixc <- newIndex(t) }()
	f, err := readFile(path)
	ix := <-ixc
	if err != nil {
		return nil, err
	}
	s := &Session{path: path, t: t, base: append([]model.Event(nil), t.Events...), lang: t.Lang(), ix: ix, log: f.Actions}
	if err := s.replay(); err != nil {
		return nil, err
	}
	return s, nil
}

// replay applies the log to the extracted events.
func (s *Session) replay() error {
	s.t.Events = append(s.t.Events[:0:0], s.base...)
	st := newState(s.t, s.ix)
	s.orphans = s.orphans[:0]
	for i, r := range s.log {
		ok, err := st.apply(r)
		if err != nil {
			return fmt.Errorf("%w: %s: action %d: %v", ErrBroken, s.path, i+1, err)
		}
		if !ok {
			s.orphans = append(s.orphans, orphanOf(r))
		}
	}
	st.finish()
	if lang := s.t.Lang(); lang != s.lang {
		// The labels were written in another language since Open: the
		// extracted events' labels are in the old one.
		s.t.Localize(lang)
	}
	return nil
}

// orphanOf describes a record that applies to nothing.
func orphanOf(r record) Orphan {
	a := r.action()
	o := Orphan{Name: a.Name(), Key: a.Key()}
	seen := map[string]bool{}
	for _, e := range r.Events {
		o.Labels = append(o.Labels, e.Label)
		for _, c := range e.Claims {
			if o.Passage == "" {
				o.Passage = c.Passage
			}
			if !seen[c.Name] {
				seen[c.Name] = true
				o.Articles = append(o.Articles, model.ReadableName(c.Name))
			}
		}
	}
	return o
}

// action returns the action a record keeps, for its name.
func (r record) action() Action {
	switch r.Do {
	case "status":
		st, _ := model.ParseStatus(r.Status)
		return Action{kind: kindStatus, status: st}
	case "note":
		return Action{kind: kindNote, text: r.Text}
	case "edit":
		switch r.Field {
		case model.FieldDate:
			return Action{kind: kindDate}
		case model.FieldValue:
			return Action{kind: kindValue}
		}
		return Action{kind: kindText, field: r.Field}
	case "merge":
		return Action{kind: kindMerge, count: len(r.Events)}
	case "split":
		return Action{kind: kindSplit}
	}
	return Action{}
}

// Timeline returns the reviewed timeline: rejected events are still there
// with Status model.Rejected, and event IDs stay the same while the
// session lasts (a split-out event's ID is its old event's with "-c" and
// the claim's number). Do, Undo and Redo change its Events, and may
// replace the slice: read it again after each.
func (s *Session) Timeline() *model.Timeline { return s.t }

// Path returns the review file's path.
func (s *Session) Path() string { return s.path }

// Orphans returns the actions of the file whose passages have gone.
func (s *Session) Orphans() []Orphan { return append([]Orphan(nil), s.orphans...) }

// Do applies a, makes it the action Undo takes back (clearing Redo), and
// saves the review file. An action on an unknown event (ErrUnknownEvent)
// or with a wrong value changes nothing (a batch: none of its steps);
// when only the save fails, the action stays done and the error says why
// the file could not be written (the next action saves it again).
func (s *Session) Do(a Action) error {
	steps := a.steps()
	if len(steps) == 0 {
		return errors.New("review: nothing to do")
	}
	n := len(s.log)
	for _, step := range steps {
		r, err := s.ix.record(step)
		if err == nil {
			err = s.applyOne(r)
		}
		if err != nil {
			return s.rollback(n, err)
		}
		s.log = append(s.log, r)
	}
	s.undo = append(s.undo, a)
	s.redo = nil
	return s.save()
}

// rollback takes back the steps of a batch done after the first n records
// of the log, and returns err (or the error of reading the log again).
func (s *Session) rollback(n int, err error) error {
	if len(s.log) == n {
		return err
	}
	s.log = s.log[:n]
	if rerr := s.replay(); rerr != nil {
		return rerr
	}
	return err
}

// applyOne applies r to the current events.
func (s *Session) applyOne(r record) error {
	st := newState(s.t, s.ix)
	ok, err := st.apply(r)
	st.finish()
	if err == nil && !ok {
		err = ErrUnknownEvent
	}
	return err
}

// Undo takes back the last action of this session (a batch: all its
// steps) and saves the file.
func (s *Session) Undo() error {
	if len(s.undo) == 0 {
		return errors.New("review: nothing to undo")
	}
	a := s.undo[len(s.undo)-1]
	k := len(a.steps())
	rs := append([]record(nil), s.log[len(s.log)-k:]...)
	s.undo, s.log = s.undo[:len(s.undo)-1], s.log[:len(s.log)-k]
	s.redo = append(s.redo, redone{a, rs})
	if err := s.replay(); err != nil {
		return err
	}
	return s.save()
}

// Redo does again the last action Undo took back and saves the file.
func (s *Session) Redo() error {
	if len(s.redo) == 0 {
		return errors.New("review: nothing to redo")
	}
	d := s.redo[len(s.redo)-1]
	n := len(s.log)
	for _, r := range d.rs {
		if err := s.applyOne(r); err != nil {
			return s.rollback(n, err)
		}
		s.log = append(s.log, r)
	}
	s.redo = s.redo[:len(s.redo)-1]
	s.undo = append(s.undo, d.a)
	return s.save()
}

// UndoAction returns the action Undo takes back (false when none), for
// its Key and Count.
func (s *Session) UndoAction() (Action, bool) {
	if len(s.undo) == 0 {
		return Action{}, false
	}
	return s.undo[len(s.undo)-1], true
}

// RedoAction returns the action Redo does again (false when none).
func (s *Session) RedoAction() (Action, bool) {
	if len(s.redo) == 0 {
		return Action{}, false
	}
	return s.redo[len(s.redo)-1].a, true
}

// UndoName returns the name of the action Undo takes back ("" when none).
func (s *Session) UndoName() string {
	if len(s.undo) == 0 {
		return ""
	}
	return s.undo[len(s.undo)-1].Name()
}

// RedoName returns the name of the action Redo does again ("" when none).
func (s *Session) RedoName() string {
	if len(s.redo) == 0 {
		return ""
	}
	return s.redo[len(s.redo)-1].a.Name()
}

// UndoKey returns the i18n key of the action Undo takes back ("" when none).
func (s *Session) UndoKey() string {
	if len(s.undo) == 0 {
		return ""
	}
	return s.undo[len(s.undo)-1].Key()
}

// RedoKey returns the i18n key of the action Redo does again ("" when none).
func (s *Session) RedoKey() string {
	if len(s.redo) == 0 {
		return ""
	}
	return s.redo[len(s.redo)-1].a.Key()
}

// save writes the review file atomically.
func (s *Session) save() error {
	b, err := (&file{Schema: Schema, Actions: s.log}).encode()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return saveError(s.path, err)
	}
	return writeAtomic(s.path, b)
}
