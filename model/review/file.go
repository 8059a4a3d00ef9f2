package review

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model"
)

// Schema is the version of the review file this package writes. Later
// versions of Claimline read every earlier schema.
const Schema = 1

// Errors of Open, each wrapped with the file's name and what to do.
var (
	// ErrBroken: the file is not a review file Claimline can read.
	ErrBroken = errors.New("review: the review file cannot be read")
	// ErrNewerSchema: the file was written by a newer Claimline.
	ErrNewerSchema = errors.New("review: the review file was written by a newer version of Claimline")
)

// file is the review file: every action a person did on the set, in
// order. Actions name events by their claims (claimRef), not by their IDs,
// so that they apply again after a new extraction.
type file struct {
	Schema  int      `json:"schema"`
	Actions []record `json:"actions"`
}

// record is one action in the file.
type record struct {
	// Do is "status", "note", "edit", "merge" or "split".
	Do string `json:"do"`
	// Events are the events the action applies to, as they were.
	Events []eventRef `json:"events"`
	// Status is a model.Status as Status.String writes it.
	Status string `json:"status,omitempty"`
	// Field is the field an edit corrects (model.FieldDate…); Text the
	// corrected text or the note; Qualifier the qualifier of a figure.
	Field     string `json:"field,omitempty"`
	Text      string `json:"text,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	// Claim is the claim a split takes out.
	Claim *claimRef `json:"claim,omitempty"`
}

// eventRef names an event by its claims; Label is what it read, for a
// person reading the file or a correction whose passage has gone.
type eventRef struct {
	Label  string     `json:"label"`
	Claims []claimRef `json:"claims"`
}

// claimRef names a claim so that it is found again after a new extraction:
// its article's text (sha256 of the decoded text), its passage's text and
// the words of its figure; What (what it counts or the kind of event), At (the passage's offset) and FigureAt (the
// figure's offset in the passage) choose between equal passages.
type claimRef struct {
	Article  string `json:"article"`
	Name     string `json:"name"`
	Passage  string `json:"passage"`
	Figure   string `json:"figure,omitempty"`
	What     string `json:"what,omitempty"`
	At       int    `json:"at"`
	FigureAt int    `json:"figure_at,omitempty"`
}

// readFile reads the review file at path; a missing file is an empty
// review.
func readFile(path string) (*file, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &file{Schema: Schema}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("review: cannot read %s: %w", path, err)
	}
	return parseFile(path, b)
}

// parseFile reads the bytes of a review file.
func parseFile(path string, b []byte) (*file, error) {
	broken := func(why string) error {
		return fmt.Errorf("%w: %s %s; it is left as it is (move it aside to start a new review)", ErrBroken, path, why)
	}
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, broken("is not valid JSON (" + err.Error() + ")")
	}
	switch {
	case head.Schema == nil:
		return nil, broken("has no schema version")
	case *head.Schema > Schema:
		return nil, fmt.Errorf("%w: %s has schema %d and this version reads schema %d at most; update Claimline to open it (the file is left as it is)", ErrNewerSchema, path, *head.Schema, Schema)
	case *head.Schema < 1:
		return nil, broken(fmt.Sprintf("has schema %d, which no Claimline wrote", *head.Schema))
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return nil, broken("is not a review file (" + err.Error() + ")")
	}
	for i, r := range f.Actions {
		if err := r.check(); err != nil {
			return nil, broken(fmt.Sprintf("has a wrong action %d: %v", i+1, err))
		}
	}
	f.Schema = Schema
	return &f, nil
}

// check reports what is wrong with a record read from a file.
func (r record) check() error {
	want := 1
	switch r.Do {
	case "status":
		if _, err := model.ParseStatus(r.Status); err != nil {
			return err
		}
	case "note":
	case "edit":
		switch r.Field {
		case model.FieldDate, model.FieldSubject, model.FieldMeasure, model.FieldLabel:
		case model.FieldValue:
			if _, err := strconv.ParseFloat(r.Text, 64); err != nil {
				return fmt.Errorf("%q is not a figure", r.Text)
			}
			if _, err := model.ParseQualifier(r.Qualifier); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%q is not a field", r.Field)
		}
		if r.Field == model.FieldDate {
			if _, err := model.ParseISODate(r.Text); err != nil {
				return err
			}
		}
	case "merge":
		want = 2
	case "split":
		if r.Claim == nil {
			return errors.New("a split names no claim")
		}
	default:
		return fmt.Errorf("%q is not an action", r.Do)
	}
	if len(r.Events) < want {
		return fmt.Errorf("%s names %d events", r.Do, len(r.Events))
	}
	return nil
}

// encode writes the file as indented JSON.
func (f *file) encode() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeAtomic writes data to path through a temporary file in the same
// folder, synced, then renamed over path (and the folder synced): a crash or
// a kill at any moment leaves the old file or the new one, never a part of
// either. An existing file keeps its permissions.
func writeAtomic(path string, data []byte) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	var keep fs.FileMode // an existing file's permissions; a new file gets 0666 less the umask
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		keep = info.Mode().Perm()
	}
	var tmp *os.File
	var err error
	for try := 0; ; try++ {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp")
		tmp, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		break
	}
	if err != nil {
		return saveError(path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return saveError(path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if keep != 0 {
		if err := tmp.Chmod(keep); err != nil {
			return fail(err)
		}
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return saveError(path, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return saveError(path, err)
	}
	if d, err := os.Open(dir); err == nil { // the rename itself reaches the disk
		d.Sync()
		d.Close()
	}
	return nil
}

// saveError says why the review file could not be written.
func saveError(path string, err error) error {
	why := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		why = pe.Err.Error()
	}
	if errors.Is(err, fs.ErrPermission) {
		why = "permission denied"
	}
	return fmt.Errorf("review: cannot save %s: %s: %w", path, strings.TrimSpace(why), err)
}
