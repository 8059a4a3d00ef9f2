package review

import (
	"fmt"
	"strconv"

	"github.com/claimline/claimline/model"
)

// index finds a timeline's claims by what a claimRef keeps of them.
type index struct {
	t      *model.Timeline
	hashes []string         // per article: hex sha256 of its decoded text
	byText map[string][]int // passage text -> claims
	// inArticle holds the claims of passages that several claims share,
	// by article hash + "\x00" + passage text, so that find looks at
	// the passage's own claims first.
	inArticle map[string][]int
}

// newIndex indexes the claims of t by article and passage: a lookup is one
// map access, whatever the number of claims.
func newIndex(t *model.Timeline) *index {
	ix := &index{t: t, hashes: make([]string, len(t.Articles)), byText: make(map[string][]int, len(t.Claims))}
	for i, a := range t.Articles {
		ix.hashes[i] = a.TextHash()
	}
	for i := range t.Claims {
		c := &t.Claims[i]
		if c.Article < 0 || c.Article >= len(ix.hashes) {
			continue
		}
		ix.byText[c.Quote] = append(ix.byText[c.Quote], i)
	}
	// The same passage in many articles (a wire story): index those by
	// article too, so that a lookup never scans them all.
	for i := range t.Claims {
		c := &t.Claims[i]
		if c.Article >= 0 && c.Article < len(ix.hashes) && len(ix.byText[c.Quote]) > 4 {
			if ix.inArticle == nil {
				ix.inArticle = map[string][]int{}
			}
			k := ix.hashes[c.Article] + "\x00" + c.Quote
			ix.inArticle[k] = append(ix.inArticle[k], i)
		}
	}
	return ix
}

// ref returns what keeps claim c in a file.
func (ix *index) ref(c int) claimRef {
	cl := &ix.t.Claims[c]
	r := claimRef{Name: cl.ArticleName, Passage: cl.Quote, Figure: cl.ValueText, What: cl.What, At: cl.Passage.Start}
	if cl.Article >= 0 && cl.Article < len(ix.hashes) {
		r.Article = ix.hashes[cl.Article]
	}
	if cl.ValueText != "" {
		r.FigureAt = cl.ValueSpan.Start - cl.Passage.Start
	}
	return r
}

// find returns the claim r names, or -1: one with the same passage and
// figure; in the same article text first, else in the article of the same
// name (its text changed: a sentence added, a typo fixed), else in any
// article; then with the figure at the same place in the passage, with
// the same thing counted, and the passage nearest where it was.
func (ix *index) find(r claimRef) int {
	candidates := ix.byText[r.Passage]
	if len(candidates) > 4 {
		if own := ix.inArticle[r.Article+"\x00"+r.Passage]; len(own) > 0 {
			candidates = own
		}
	}
	best, bestScore := -1, 0
	for _, c := range candidates {
		cl := &ix.t.Claims[c]
		if cl.ValueText != r.Figure {
			continue
		}
		score := abs(cl.Passage.Start - r.At)
		if ix.hashes[cl.Article] != r.Article {
			score += 1 << 46
			if cl.ArticleName != r.Name {
				score += 1 << 47
			}
		}
		if cl.ValueText != "" && cl.ValueSpan.Start-cl.Passage.Start != r.FigureAt {
			score += 1 << 40
		}
		if cl.What != r.What {
			score += 1 << 30
		}
		if best < 0 || score < bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// refClaims is the number of claims an eventRef keeps: enough to find the
// event again when a passage or two have gone, without copying every
// passage of an event that many articles report.
const refClaims = 2

// eventRef returns what keeps event e in a file: its first claims.
func (ix *index) eventRef(e *model.Event) eventRef {
	n := min(len(e.Claims), refClaims)
	r := eventRef{Label: e.Label, Claims: make([]claimRef, n)}
	for i, c := range e.Claims[:n] {
		r.Claims[i] = ix.ref(c)
	}
	return r
}

// state applies records to a timeline's events: owner says which event
// holds each claim, dead which events a merge took in.
type state struct {
	t     *model.Timeline
	ix    *index
	owner []int
	dead  []bool
	moved bool // an event's date or the events themselves changed: sort again
}

func newState(t *model.Timeline, ix *index) *state {
	s := &state{t: t, ix: ix, owner: make([]int, len(t.Claims)), dead: make([]bool, len(t.Events))}
	for i := range s.owner {
		s.owner[i] = -1
	}
	for ei := range t.Events {
		for _, c := range t.Events[ei].Claims {
			if c >= 0 && c < len(s.owner) {
				s.owner[c] = ei
			}
		}
	}
	return s
}

// event returns the live event that holds most of r's claims (the first
// one's on a tie), or -1 when none of them is on the timeline.
func (s *state) event(r eventRef) int {
	best, bestN := -1, 0
	var votes map[int]int
	for _, cr := range r.Claims {
		c := s.ix.find(cr)
		if c < 0 || s.owner[c] < 0 {
			continue
		}
		ei := s.owner[c]
		if len(r.Claims) == 1 {
			return ei
		}
		if votes == nil {
			votes = map[int]int{}
		}
		votes[ei]++
		if votes[ei] > bestN {
			best, bestN = ei, votes[ei]
		}
	}
	return best
}

// apply does r to the events; it returns false when r's events (or its
// claim) are no longer on the timeline: r is then an orphan.
func (s *state) apply(r record) (bool, error) {
	if r.Do == "merge" {
		return s.merge(r)
	}
	if r.Do == "split" {
		return s.split(r)
	}
	ei := s.event(r.Events[0])
	if ei < 0 {
		return false, nil
	}
	e := &s.t.Events[ei]
	switch r.Do {
	case "status":
		st, err := model.ParseStatus(r.Status)
		if err != nil {
			return true, err
		}
		e.Status = st
	case "note":
		e.Note = r.Text
	case "edit":
		if r.Field == model.FieldValue {
			if err := s.t.Correct(ei, model.FieldValue, r.Text); err != nil {
				return true, err
			}
			return true, s.t.Correct(ei, model.FieldQualifier, r.Qualifier)
		}
		if r.Field == model.FieldDate {
			s.moved = true
		}
		return true, s.t.Correct(ei, r.Field, r.Text)
	}
	return true, nil
}

// merge makes one event of r's events, in the first one's place.
func (s *state) merge(r record) (bool, error) {
	var into []int
	for _, er := range r.Events {
		ei := s.event(er)
		if ei < 0 {
			return false, nil
		}
		if !contains(into, ei) {
			into = append(into, ei)
		}
	}
	if len(into) < 2 {
		return true, nil // already one event
	}
	first := s.t.Events[into[0]]
	var claims []int
	for _, ei := range into {
		e := &s.t.Events[ei]
		claims = append(claims, e.Claims...)
		if first.Status == model.Unchecked {
			first.Status = e.Status
		}
		if first.Note == "" {
			first.Note = e.Note
		}
	}
	s.replace(into[0], &first, claims)
	for _, ei := range into[1:] {
		s.dead[ei] = true
	}
	for _, c := range claims {
		s.owner[c] = into[0]
	}
	s.moved = true
	return true, nil
}

// split takes r's claim out of its event into an event of its own.
func (s *state) split(r record) (bool, error) {
	c := s.ix.find(*r.Claim)
	if c < 0 || s.owner[c] < 0 {
		return false, nil
	}
	ei := s.owner[c]
	old := s.t.Events[ei]
	if len(old.Claims) < 2 {
		return true, nil // already alone
	}
	rest := make([]int, 0, len(old.Claims)-1)
	for _, x := range old.Claims {
		if x != c {
			rest = append(rest, x)
		}
	}
	s.replace(ei, &old, rest)
	out := s.t.EventOfClaim(c, old.ID+"-c"+strconv.Itoa(c), old.Date)
	s.t.Events = append(s.t.Events, out)
	s.dead = append(s.dead, false)
	s.owner[c] = len(s.t.Events) - 1
	s.moved = true
	return true, nil
}

// replace puts at ei the event claims make, grouped like like, with like's
// ID, status, note and corrections.
func (s *state) replace(ei int, like *model.Event, claims []int) {
	e := s.t.Regroup(like, claims)
	s.t.Events[ei] = e
	for _, c := range like.Corrections {
		// A correction that no longer fits (a figure on an event that has
		// none) is dropped from this event only; the file keeps it.
		_ = s.t.Correct(ei, c.Field, c.Corrected)
	}
}

// finish removes the events merges took in and sorts the events again when
// dates or events changed.
func (s *state) finish() {
	if !s.moved {
		return
	}
	live := s.t.Events[:0]
	for i, e := range s.t.Events {
		if !s.dead[i] {
			live = append(live, e)
		}
	}
	clear(s.t.Events[len(live):])
	s.t.Events = live
	s.t.SortEvents()
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// record returns the record of action a on the timeline's current events.
func (ix *index) record(a Action) (record, error) {
	t := ix.t
	byID := make(map[string]int, len(t.Events))
	for i := range t.Events {
		byID[t.Events[i].ID] = i
	}
	r := record{}
	for i, id := range a.ids {
		for _, other := range a.ids[:i] {
			if other == id {
				return r, fmt.Errorf("review: event %s is named twice", id)
			}
		}
		ei, ok := byID[id]
		if !ok {
			return r, fmt.Errorf("%w: %q (claimline events lists the IDs)", ErrUnknownEvent, id)
		}
		r.Events = append(r.Events, ix.eventRef(&t.Events[ei]))
	}
	if len(r.Events) == 0 {
		return r, fmt.Errorf("%w: the action names no event", ErrUnknownEvent)
	}
	e := &t.Events[byID[a.ids[0]]]
	switch a.kind {
	case kindStatus:
		if !a.status.Valid() {
			return r, fmt.Errorf("review: %q is not a status", string(a.status))
		}
		r.Do, r.Status = "status", a.status.String()
	case kindNote:
		r.Do, r.Text = "note", a.text
	case kindDate:
		if !a.date.Valid() {
			return r, fmt.Errorf("review: a date like 2021-10-04, 2021-10 or 2021 is needed")
		}
		r.Do, r.Field, r.Text = "edit", model.FieldDate, a.date.String()
	case kindValue:
		if !e.HasValue {
			return r, model.ErrNoFigure
		}
		if _, err := model.ParseQualifier(string(a.qual)); err != nil {
			return r, err
		}
		r.Do, r.Field, r.Text, r.Qualifier = "edit", model.FieldValue, strconv.FormatFloat(a.value, 'f', -1, 64), model.QualifierText(a.qual)
	case kindText:
		switch a.field {
		case model.FieldSubject, model.FieldLabel:
		case model.FieldMeasure:
			if e.Metric == model.MetricEvent {
				return r, model.ErrNoFigure
			}
		default:
			return r, fmt.Errorf("review: %q is not a text field: say subject, measure or label", a.field)
		}
		r.Do, r.Field, r.Text = "edit", a.field, a.text
	case kindMerge:
		if len(a.ids) < 2 {
			return r, fmt.Errorf("review: merging needs two events or more")
		}
		r.Do = "merge"
	case kindSplit:
		if !contains(e.Claims, a.claim) {
			return r, fmt.Errorf("review: claim %d is not one of event %s's claims", a.claim, e.ID)
		}
		if len(e.Claims) < 2 {
			return r, fmt.Errorf("review: event %s has only one claim; there is nothing to split", e.ID)
		}
		cr := ix.ref(a.claim)
		r.Do, r.Claim = "split", &cr
	default:
		return r, fmt.Errorf("review: an empty action")
	}
	return r, nil
}
