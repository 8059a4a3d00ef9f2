package review

import (
	"encoding/json"
	"unicode/utf8"
)

// fastDecode reads a review file in one pass over its bytes, straight into
// records, without the reflection of encoding/json: a 10,000-action file
// (5.6 MB) reads in about 15 ms instead of about 80. The strings it
// returns are parts of text, not one allocation each.
//
// It reads the files Claimline writes: the keys of this schema, spelled as
// encode spells them, each once, the passages before the actions. Anything
// else (a key it does not know, another spelling, null, a number that is
// not an integer, an index out of range, a syntax error) makes it return
// false, and the file is read by encoding/json (diskFile.decode), which
// accepts what JSON allows and says what is wrong: the two read the same
// file the same way, the fast one only sooner.
func fastDecode(text string) (schema int, actions []record, ok bool) {
	d := fastDecoder{s: text}
	if !d.top() {
		return 0, nil, false
	}
	d.space()
	if d.i != len(d.s) {
		return 0, nil, false
	}
	if d.actions == nil {
		d.actions = []record{} // as encoding/json reads a file of no actions
	}
	return d.schema, d.actions, true
}

// fastDecoder is fastDecode's state: s is the file and i where it reads.
type fastDecoder struct {
	s        string
	i        int
	schema   int
	articles []diskArticle
	passages []diskPassage
	actions  []record
	// scratch holds an action's events and claims while they are read;
	// they are then copied into events and claims, which many records
	// share (each record's slices capped to its own part).
	scratchE []eventRef
	scratchN []int
	scratchC []claimRef
	events   []eventRef
	claims   []claimRef
}

// top reads the file's object: schema, articles, passages, actions.
func (d *fastDecoder) top() bool {
	var seen uint8
	return d.object(func(key string) bool {
		var bit uint8
		switch key {
		case "schema":
			bit = 1
		case "articles":
			bit = 2
		case "passages":
			bit = 4
		case "actions":
			bit = 8
			if seen&2 == 0 || seen&4 == 0 {
				return false // actions name passages: read those first
			}
		default:
			return false
		}
		if seen&bit != 0 {
			return false
		}
		seen |= bit
		switch key {
		case "schema":
			n, ok := d.int()
			d.schema = n
			return ok
		case "articles":
			return d.array(func() bool {
				var a diskArticle
				var seen uint8
				ok := d.object(func(key string) bool {
					var ok bool
					switch key {
					case "sha256":
						seen, ok = d.once(seen, 1)
						a.SHA256, ok = d.str(ok)
					case "name":
						seen, ok = d.once(seen, 2)
						a.Name, ok = d.str(ok)
					}
					return ok
				})
				d.articles = append(d.articles, a)
				return ok
			})
		case "passages":
			return d.array(func() bool {
				var p diskPassage
				var seen uint8
				ok := d.object(func(key string) bool {
					var ok bool
					switch key {
					case "article":
						if seen, ok = d.once(seen, 1); ok {
							p.Article, ok = d.int()
						}
						ok = ok && p.Article >= 0 && p.Article < len(d.articles)
					case "at":
						if seen, ok = d.once(seen, 2); ok {
							p.At, ok = d.int()
						}
					case "text":
						seen, ok = d.once(seen, 4)
						p.Text, ok = d.str(ok)
					}
					return ok
				})
				d.passages = append(d.passages, p)
				return ok
			})
		}
		return d.array(d.action)
	}) && seen&1 != 0 // no schema: the slow path says so
}

// action reads one action into d.actions.
func (d *fastDecoder) action() bool {
	var r record
	var seen uint8
	d.scratchE, d.scratchN, d.scratchC = d.scratchE[:0], d.scratchN[:0], d.scratchC[:0]
	ok := d.object(func(key string) bool {
		var ok bool
		switch key {
		case "do":
			seen, ok = d.once(seen, 1)
			r.Do, ok = d.str(ok)
		case "status":
			seen, ok = d.once(seen, 2)
			r.Status, ok = d.str(ok)
		case "field":
			seen, ok = d.once(seen, 4)
			r.Field, ok = d.str(ok)
		case "text":
			seen, ok = d.once(seen, 8)
			r.Text, ok = d.str(ok)
		case "qualifier":
			seen, ok = d.once(seen, 16)
			r.Qualifier, ok = d.str(ok)
		case "events":
			if seen, ok = d.once(seen, 32); ok {
				ok = d.array(d.event)
			}
		case "claim":
			if seen, ok = d.once(seen, 64); ok {
				var c claimRef
				if c, ok = d.claim(); ok {
					r.Claim = &c
				}
			}
		}
		return ok
	})
	if !ok || seen&32 == 0 {
		// No events: encoding/json leaves them nil, and check says what
		// is wrong; so does the slow path.
		return false
	}
	// The events, with their claims, into the shared slices.
	if d.claims == nil || cap(d.claims)-len(d.claims) < len(d.scratchC) { // nil: an empty list is not nil
		d.claims = make([]claimRef, 0, max(4096, len(d.scratchC)))
	}
	c0 := len(d.claims)
	d.claims = append(d.claims, d.scratchC...)
	claims := d.claims[c0:len(d.claims):len(d.claims)]
	if d.events == nil || cap(d.events)-len(d.events) < len(d.scratchE) {
		d.events = make([]eventRef, 0, max(2048, len(d.scratchE)))
	}
	e0 := len(d.events)
	for k, e := range d.scratchE {
		n := d.scratchN[k]
		e.Claims, claims = claims[:n:n], claims[n:]
		d.events = append(d.events, e)
	}
	r.Events = d.events[e0:len(d.events):len(d.events)]
	d.actions = append(d.actions, r)
	return true
}

// event reads one of an action's events into the scratch slices, its
// claims into scratchC and their number into scratchN.
func (d *fastDecoder) event() bool {
	var e eventRef
	var seen uint8
	n := 0
	ok := d.object(func(key string) bool {
		var ok bool
		switch key {
		case "label":
			seen, ok = d.once(seen, 1)
			e.Label, ok = d.str(ok)
		case "claims":
			if seen, ok = d.once(seen, 2); ok {
				ok = d.array(func() bool {
					c, ok := d.claim()
					d.scratchC = append(d.scratchC, c)
					n++
					return ok
				})
			}
		}
		return ok
	})
	if !ok || seen&2 == 0 {
		return false // no claims: nil for encoding/json, not empty
	}
	d.scratchE = append(d.scratchE, e)
	d.scratchN = append(d.scratchN, n)
	return true
}

// claim reads a claim and resolves its passage and article.
func (d *fastDecoder) claim() (claimRef, bool) {
	var c claimRef
	var seen uint8
	p := -1
	ok := d.object(func(key string) bool {
		var ok bool
		switch key {
		case "passage":
			if seen, ok = d.once(seen, 1); ok {
				p, ok = d.int()
			}
		case "figure":
			seen, ok = d.once(seen, 2)
			c.Figure, ok = d.str(ok)
		case "figure_at":
			if seen, ok = d.once(seen, 4); ok {
				c.FigureAt, ok = d.int()
			}
		case "what":
			seen, ok = d.once(seen, 8)
			c.What, ok = d.str(ok)
		}
		return ok
	})
	if !ok || p < 0 || p >= len(d.passages) {
		return c, false
	}
	ps := d.passages[p]
	a := d.articles[ps.Article]
	c.Article, c.Name, c.Passage, c.At = a.SHA256, a.Name, ps.Text, ps.At
	return c, true
}

// once marks bit in seen, and is false when it was marked: a key given
// twice.
func (d *fastDecoder) once(seen, bit uint8) (uint8, bool) {
	return seen | bit, seen&bit == 0
}

// space skips JSON's white space.
func (d *fastDecoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\n', '\r', '\t':
			d.i++
		default:
			return
		}
	}
}

// open reads the opening bracket of an object or array and, when the
// closing one follows at once, that too: empty is true for "{}" and "[]",
// ok false when the bracket is not there.
func (d *fastDecoder) open(opening, closing byte) (empty, ok bool) {
	d.space()
	if d.i >= len(d.s) || d.s[d.i] != opening {
		return false, false
	}
	d.i++
	d.space()
	if d.i < len(d.s) && d.s[d.i] == closing {
		d.i++
		return true, true
	}
	return false, true
}

// object reads an object, calling value for each key with the reader on
// its value; value returns false for a key it does not know.
func (d *fastDecoder) object(value func(key string) bool) bool {
	if empty, ok := d.open('{', '}'); !ok || empty {
		return ok
	}
	for {
		d.space()
		key, ok := d.str(true)
		if !ok {
			return false
		}
		d.space()
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			return false
		}
		d.i++
		d.space()
		if !value(key) {
			return false
		}
		if more, ok := d.next('}'); !ok || !more {
			return ok
		}
	}
}

// array reads an array, calling item for each of its values.
func (d *fastDecoder) array(item func() bool) bool {
	if empty, ok := d.open('[', ']'); !ok || empty {
		return ok
	}
	for {
		if !item() {
			return false
		}
		if more, ok := d.next(']'); !ok || !more {
			return ok
		}
	}
}

// str reads a string (when ok: it passes a failure on). A string without
// escapes in valid UTF-8 is a part of the file; one with escapes, or with
// bytes that are not UTF-8 (encoding/json makes them U+FFFD), is decoded
// by encoding/json.
func (d *fastDecoder) str(ok bool) (string, bool) {
	if !ok || d.i >= len(d.s) || d.s[d.i] != '"' {
		return "", false
	}
	start := d.i
	i := d.i + 1
	plain, ascii := true, true
	for ; i < len(d.s); i++ {
		c := d.s[i]
		if c == '"' {
			break
		}
		if c < 0x20 {
			return "", false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
		if c == '\\' {
			plain = false
			i++ // the escaped byte: never the closing quote
		}
	}
	if i >= len(d.s) {
		return "", false
	}
	d.i = i + 1
	text := d.s[start+1 : i]
	if plain && (ascii || utf8.ValidString(text)) {
		return text, true
	}
	var out string
	if json.Unmarshal([]byte(d.s[start:d.i]), &out) != nil {
		return "", false
	}
	return out, true
}

// int reads an integer as JSON writes it (no fraction, no exponent: those
// do not fit an int for encoding/json either).
func (d *fastDecoder) int() (int, bool) {
	i, neg := d.i, false
	if i < len(d.s) && d.s[i] == '-' {
		neg = true
		i++
	}
	start := i
	n := 0
	for ; i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9'; i++ {
		n = n*10 + int(d.s[i]-'0')
	}
	digits := i - start
	switch {
	case digits == 0, digits > 15, digits > 1 && d.s[start] == '0':
		return 0, false
	case i < len(d.s) && (d.s[i] == '.' || d.s[i] == 'e' || d.s[i] == 'E'):
		return 0, false
	}
	d.i = i
	if neg {
		n = -n
	}
	return n, true
}

// next reads what follows a member or an element: a comma, with more to
// come, or the closing byte; ok is false for anything else.
func (d *fastDecoder) next(close byte) (more, ok bool) {
	d.space()
	if d.i >= len(d.s) {
		return false, false
	}
	switch d.s[d.i] {
	case ',':
		d.i++
		return true, true
	case close:
		d.i++
		return false, true
	}
	return false, false
}
