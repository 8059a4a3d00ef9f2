package review

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/claimline/claimline/model"
)

// index finds a timeline's claims by what a claimRef keeps of them.
type index struct {
	t      *model.Timeline
	hashes []string // per article: hex sha256 of its decoded text
	// byHash holds the articles of each text (the same text can be read
	// twice) and own each article's claims, by passage offset and then
	// claim number: the claim a ref names in an unchanged article is found
	// there without hashing its passage.
	byHash map[string][]int
	own    [][]int
	// byText and inArticle are built at the first ref that byHash and own
	// do not find (an article changed since the ref was written).
	text *textIndex
}

// textIndex finds claims by their passage's text.
type textIndex struct {
	byText map[string][]int // passage text -> claims
	// inArticle holds the claims of passages that several claims share,
	// by article hash and passage text, so that find looks at the
	// passage's own claims first.
	inArticle map[articlePassage][]int
}

type articlePassage struct{ article, passage string }

// newIndex indexes the claims of t by article and passage: a lookup is one
// map access and a binary search, whatever the number of claims.
func newIndex(t *model.Timeline) *index {
	ix := &index{t: t, hashes: make([]string, len(t.Articles)), byHash: make(map[string][]int, len(t.Articles)), own: make([][]int, len(t.Articles))}
	for i, a := range t.Articles {
		h := a.TextHash()
		ix.hashes[i] = h
		ix.byHash[h] = append(ix.byHash[h], i)
	}
	counts := make([]int, len(t.Articles))
	for i := range t.Claims {
		if a := t.Claims[i].Article; a >= 0 && a < len(counts) {
			counts[a]++
		}
	}
	all := make([]int, 0, len(t.Claims)) // one array for every article's list
	for a, n := range counts {
		ix.own[a] = all[len(all) : len(all) : len(all)+n]
		all = all[:len(all)+n]
	}
	for i := range t.Claims {
		if a := t.Claims[i].Article; a >= 0 && a < len(counts) {
			ix.own[a] = append(ix.own[a], i)
		}
	}
	for _, own := range ix.own {
		start := func(c int) int { return t.Claims[c].Passage.Start }
		if !slices.IsSortedFunc(own, func(x, y int) int { return cmp.Compare(start(x), start(y)) }) {
			slices.SortStableFunc(own, func(x, y int) int { return cmp.Compare(start(x), start(y)) })
		}
	}
	return ix
}

// textIndex returns the index of the claims by passage text, built at its
// first use.
func (ix *index) textIndex() *textIndex {
	if ix.text != nil {
		return ix.text
	}
	t := ix.t
	tx := &textIndex{byText: make(map[string][]int, len(t.Claims))}
	for i := range t.Claims {
		c := &t.Claims[i]
		if c.Article < 0 || c.Article >= len(ix.hashes) {
			continue
		}
		tx.byText[c.Quote] = append(tx.byText[c.Quote], i)
	}
	// The same passage in many articles (a wire story): index those by
	// article too, so that a lookup never scans them all.
	for i := range t.Claims {
		c := &t.Claims[i]
		if c.Article >= 0 && c.Article < len(ix.hashes) && len(tx.byText[c.Quote]) > 4 {
			if tx.inArticle == nil {
				tx.inArticle = map[articlePassage][]int{}
			}
			k := articlePassage{ix.hashes[c.Article], c.Quote}
			tx.inArticle[k] = append(tx.inArticle[k], i)
		}
	}
	ix.text = tx
	return tx
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
	if c := ix.findSame(r); c >= 0 {
		return c
	}
	return ix.findByText(r)
}

// findByText is find by the passage's text alone.
func (ix *index) findByText(r claimRef) int {
	tx := ix.textIndex()
	candidates := tx.byText[r.Passage]
	if len(candidates) > 4 {
		if own := tx.inArticle[articlePassage{r.Article, r.Passage}]; len(own) > 0 {
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

// findSame returns the claim r names when its article is unchanged: the
// first claim (by number) of an article with r's text hash with r's
// passage at r's offset and r's figure at r's place, counting the same
// thing, which is what find's scoring picks first; else -1.
func (ix *index) findSame(r claimRef) int {
	best := -1
	for _, a := range ix.byHash[r.Article] {
		own := ix.own[a]
		i, _ := slices.BinarySearchFunc(own, r.At, func(c, at int) int { return cmp.Compare(ix.t.Claims[c].Passage.Start, at) })
		for ; i < len(own) && (best < 0 || own[i] < best); i++ {
			cl := &ix.t.Claims[own[i]]
			if cl.Passage.Start != r.At {
				break
			}
			if cl.Quote == r.Passage && cl.ValueText == r.Figure && cl.What == r.What && (cl.ValueText == "" || cl.ValueSpan.Start-cl.Passage.Start == r.FigureAt) {
				best = own[i]
				break // the claims at one offset are in order
			}
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
	// The votes of the events found, in the order found: an eventRef
	// keeps refClaims claims (a file from elsewhere may keep more).
	var buf [2 * refClaims]struct{ event, n int }
	votes := buf[:0]
	for _, cr := range r.Claims {
		c := s.ix.find(cr)
		if c < 0 || s.owner[c] < 0 {
			continue
		}
		ei := s.owner[c]
		if len(r.Claims) == 1 {
			return ei
		}
		k := slices.IndexFunc(votes, func(v struct{ event, n int }) bool { return v.event == ei })
		if k < 0 {
			k = len(votes)
			votes = append(votes, struct{ event, n int }{ei, 0})
		}
		votes[k].n++
		if votes[k].n > bestN {
			best, bestN = ei, votes[k].n
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
