package review

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/claimline/claimline/model/atomicfile"
	"io"
	"io/fs"
	"os"
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
	text, err := readString(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &file{Schema: Schema}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("review: cannot read %s: %w", path, err)
	}
	return parseFile(path, text)
}

// readString reads the file at path into a string without a copy of its
// bytes (a large review file is megabytes).
func readString(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if info, err := f.Stat(); err == nil && info.Size() > 0 && info.Size() < 1<<40 {
		b.Grow(int(info.Size()))
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}

// parseFile reads the text of a review file.
func parseFile(path, text string) (*file, error) {
	// The files Claimline writes read in one pass without reflection
	// (fastDecode); any other file is read by encoding/json, which says
	// what is wrong with it.
	if schema, actions, ok := fastDecode(text); ok && schema >= 1 && schema <= Schema {
		for i, r := range actions {
			if err := r.check(); err != nil {
				return nil, brokenFile(path, fmt.Sprintf("has a wrong action %d: %v", i+1, err))
			}
		}
		return &file{Schema: Schema, Actions: actions}, nil
	}
	return parseJSON(path, []byte(text))
}

// brokenFile is the error of a file that is not a review file.
func brokenFile(path, why string) error {
	return fmt.Errorf("%w: %s %s; it is left as it is (move it aside to start a new review)", ErrBroken, path, why)
}

// parseJSON reads the bytes of a review file with encoding/json.
func parseJSON(path string, b []byte) (*file, error) {
	broken := func(why string) error { return brokenFile(path, why) }
	// One pass in the usual case; the schema is looked at alone only when
	// the file does not read as this schema's.
	var f diskFile
	err := f.decode(b)
	if err != nil {
		var head struct {
			Schema *int `json:"schema"`
		}
		if json.Unmarshal(b, &head) != nil || head.Schema == nil || *head.Schema <= Schema {
			var syntax *json.SyntaxError
			if errors.As(err, &syntax) || errors.Is(err, io.ErrUnexpectedEOF) || len(bytes.TrimSpace(b)) == 0 {
				return nil, broken("is not valid JSON (" + err.Error() + ")")
			}
			return nil, broken("is not a review file (" + err.Error() + ")")
		}
		f.Schema = head.Schema
	}
	switch {
	case f.Schema == nil:
		return nil, broken("has no schema version")
	case *f.Schema > Schema:
		return nil, fmt.Errorf("%w: %s has schema %d and this version reads schema %d at most; update Claimline to open it (the file is left as it is)", ErrNewerSchema, path, *f.Schema, Schema)
	case *f.Schema < 1:
		return nil, broken(fmt.Sprintf("has schema %d, which no Claimline wrote", *f.Schema))
	}
	out := &file{Schema: Schema, Actions: make([]record, len(f.Actions))}
	for i, dr := range f.Actions {
		r, err := f.record(dr)
		if err == nil {
			err = r.check()
		}
		if err != nil {
			return nil, broken(fmt.Sprintf("has a wrong action %d: %v", i+1, err))
		}
		out.Actions[i] = r
	}
	return out, nil
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

// diskFile is the review file as JSON: the articles and passages the
// actions name, each once, and the actions, which name them by index.
type diskFile struct {
	Schema   *int          `json:"schema"`
	Articles []diskArticle `json:"articles"`
	Passages []diskPassage `json:"passages"`
	Actions  []diskRecord  `json:"actions"`
}

// diskArticle is an article: the SHA-256 of its decoded text, and its file
// name for a person.
type diskArticle struct {
	SHA256 string `json:"sha256"`
	Name   string `json:"name"`
}

// diskPassage is a passage: its article (an index in Articles), its byte
// offset in the article's text (a hint) and its text.
type diskPassage struct {
	Article int    `json:"article"`
	At      int    `json:"at"`
	Text    string `json:"text"`
}

type diskRecord struct {
	Do        string      `json:"do"`
	Status    string      `json:"status,omitempty"`
	Field     string      `json:"field,omitempty"`
	Text      string      `json:"text,omitempty"`
	Qualifier string      `json:"qualifier,omitempty"`
	Events    []diskEvent `json:"events"`
	Claim     *diskClaim  `json:"claim,omitempty"`
}

type diskEvent struct {
	Label  string      `json:"label"`
	Claims []diskClaim `json:"claims"`
}

// diskClaim is a claim: its passage (an index in Passages), the words of
// its figure and their offset in the passage, and what it counts.
type diskClaim struct {
	Passage  int    `json:"passage"`
	Figure   string `json:"figure,omitempty"`
	FigureAt int    `json:"figure_at,omitempty"`
	What     string `json:"what,omitempty"`
}

// decode reads the file's JSON: the top level first, then its lists, the
// passages and the actions at the same time (they are most of a large
// file).
func (d *diskFile) decode(b []byte) error {
	var top struct {
		Schema   *int            `json:"schema"`
		Articles json.RawMessage `json:"articles"`
		Passages json.RawMessage `json:"passages"`
		Actions  json.RawMessage `json:"actions"`
	}
	if err := json.Unmarshal(b, &top); err != nil {
		return err
	}
	d.Schema = top.Schema
	list := func(raw json.RawMessage, v any) error {
		if len(raw) == 0 {
			return nil
		}
		return json.Unmarshal(raw, v)
	}
	done := make(chan error, 1)
	go func() { done <- list(top.Actions, &d.Actions) }()
	err := list(top.Articles, &d.Articles)
	if err == nil {
		err = list(top.Passages, &d.Passages)
	}
	if err2 := <-done; err == nil {
		err = err2
	}
	return err
}

// claim returns the claimRef dc names.
func (d *diskFile) claim(dc diskClaim) (claimRef, error) {
	if dc.Passage < 0 || dc.Passage >= len(d.Passages) {
		return claimRef{}, fmt.Errorf("passage %d is not in the file", dc.Passage)
	}
	p := d.Passages[dc.Passage]
	if p.Article < 0 || p.Article >= len(d.Articles) {
		return claimRef{}, fmt.Errorf("article %d is not in the file", p.Article)
	}
	a := d.Articles[p.Article]
	return claimRef{Article: a.SHA256, Name: a.Name, Passage: p.Text, At: p.At, Figure: dc.Figure, FigureAt: dc.FigureAt, What: dc.What}, nil
}

// record returns the record dr keeps.
func (d *diskFile) record(dr diskRecord) (record, error) {
	r := record{Do: dr.Do, Status: dr.Status, Field: dr.Field, Text: dr.Text, Qualifier: dr.Qualifier, Events: make([]eventRef, len(dr.Events))}
	for i, de := range dr.Events {
		r.Events[i] = eventRef{Label: de.Label, Claims: make([]claimRef, len(de.Claims))}
		for k, dc := range de.Claims {
			c, err := d.claim(dc)
			if err != nil {
				return r, err
			}
			r.Events[i].Claims[k] = c
		}
	}
	if dr.Claim != nil {
		c, err := d.claim(*dr.Claim)
		if err != nil {
			return r, err
		}
		r.Claim = &c
	}
	return r, nil
}

// encode writes the file as JSON: its articles, passages and actions, one
// a line.
func (f *file) encode() ([]byte, error) {
	articles := map[string]int{}
	type pkey struct {
		article, at int
		text        string
	}
	passages := map[pkey]int{}
	d := diskFile{Articles: []diskArticle{}, Passages: []diskPassage{}, Actions: make([]diskRecord, len(f.Actions))}
	claim := func(c claimRef) diskClaim {
		ai, ok := articles[c.Article+"\x00"+c.Name]
		if !ok {
			ai = len(d.Articles)
			articles[c.Article+"\x00"+c.Name] = ai
			d.Articles = append(d.Articles, diskArticle{SHA256: c.Article, Name: c.Name})
		}
		k := pkey{ai, c.At, c.Passage}
		pi, ok := passages[k]
		if !ok {
			pi = len(d.Passages)
			passages[k] = pi
			d.Passages = append(d.Passages, diskPassage{Article: ai, At: c.At, Text: c.Passage})
		}
		return diskClaim{Passage: pi, Figure: c.Figure, FigureAt: c.FigureAt, What: c.What}
	}
	for i, r := range f.Actions {
		dr := diskRecord{Do: r.Do, Status: r.Status, Field: r.Field, Text: r.Text, Qualifier: r.Qualifier, Events: make([]diskEvent, len(r.Events))}
		for k, e := range r.Events {
			dr.Events[k] = diskEvent{Label: e.Label, Claims: make([]diskClaim, len(e.Claims))}
			for j, c := range e.Claims {
				dr.Events[k].Claims[j] = claim(c)
			}
		}
		if r.Claim != nil {
			c := claim(*r.Claim)
			dr.Claim = &c
		}
		d.Actions[i] = dr
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	list := func(name string, n int, item func(i int) any) error {
		fmt.Fprintf(&b, ",\n%q: [", name)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n ")
			if err := enc.Encode(item(i)); err != nil {
				return err
			}
			b.Truncate(b.Len() - 1) // Encode's newline
		}
		b.WriteString("\n]")
		return nil
	}
	fmt.Fprintf(&b, "{\"schema\": %d", f.Schema)
	for _, l := range []struct {
		name string
		n    int
		item func(i int) any
	}{
		{"articles", len(d.Articles), func(i int) any { return d.Articles[i] }},
		{"passages", len(d.Passages), func(i int) any { return d.Passages[i] }},
		{"actions", len(d.Actions), func(i int) any { return d.Actions[i] }},
	} {
		if err := list(l.name, l.n, l.item); err != nil {
			return nil, err
		}
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// writeAtomic writes data to path so that a crash or a kill at any moment
// leaves the old file or the new one, never a part of either (see
// atomicfile); errors are said for a person.
func writeAtomic(path string, data []byte) error {
	if err := atomicfile.Write(path, data); err != nil {
		return saveError(path, err)
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
