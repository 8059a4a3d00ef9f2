package model

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Hit is one claim that matches a search query.
type Hit struct {
	// Claim is the claim's index in Timeline.Claims; Event the index of the
	// event that holds it (-1 when none).
	Claim int
	Event int
	// Text is what was searched for this claim: label, quote, subject, who
	// said it and source name, separated by " · ".
	Text string
	// Matched are the rune indexes in Text of the characters that matched.
	Matched []int
	Score   int
}

// Index is a fuzzy index over a timeline's claims, case- and
// accent-insensitive ("aout" finds "août", "dourov" finds "Dourov").
type Index struct {
	texts  []string // display text per claim
	folded []string // folded text per claim, rune for rune
	keyed  []string // transliteration-normalised text per claim (nameKey)
	events []int    // event index per claim
	// byteToRune maps, per claim, folded byte offsets to rune indexes.
	byteToRune [][]int32
}

// NewIndex builds the search index of t.
func NewIndex(t *Timeline) *Index {
	ix := &Index{}
	eventOf := make([]int, len(t.Claims))
	for i := range eventOf {
		eventOf[i] = -1
	}
	for ei, e := range t.Events {
		for _, c := range e.Claims {
			if c >= 0 && c < len(eventOf) {
				eventOf[c] = ei
			}
		}
	}
	for i, c := range t.Claims {
		parts := []string{c.Label, c.Quote, c.Subject}
		if c.SaidBy != "" {
			parts = append(parts, c.SaidBy)
			if c.SaidByText != "" && c.SaidByText != c.SaidBy {
				parts = append(parts, c.SaidByText)
			}
		}
		name := c.ArticleName
		if c.Article >= 0 && c.Article < len(t.Articles) && t.Articles[c.Article].Title != "" {
			name = t.Articles[c.Article].Title + " (" + c.ArticleName + ")"
		}
		parts = append(parts, name)
		text := strings.Join(parts, " · ")
		ix.add(text, eventOf[i])
	}
	return ix
}

// NewTextIndex builds an index over plain texts, for tests and benchmarks.
func NewTextIndex(texts []string) *Index {
	ix := &Index{}
	for _, s := range texts {
		ix.add(s, -1)
	}
	return ix
}

func (ix *Index) add(text string, event int) {
	f := Fold(text)
	m := make([]int32, len(f)+1)
	r := int32(0)
	for b := range f {
		m[b] = r
		r++
	}
	// Fill the continuation bytes with their rune's index.
	for b := 1; b < len(f); b++ {
		if !utf8.RuneStart(f[b]) {
			m[b] = m[b-1]
		}
	}
	m[len(f)] = r
	ix.texts = append(ix.texts, text)
	ix.folded = append(ix.folded, f)
	ix.keyed = append(ix.keyed, nameKey(text))
	ix.events = append(ix.events, event)
	ix.byteToRune = append(ix.byteToRune, m)
}

// Len returns the number of indexed claims.
func (ix *Index) Len() int { return len(ix.texts) }

// indexSource is a fuzzy.Source over a subset of the index.
type indexSource struct {
	ix  *Index
	ids []int // nil: every claim
}

func (s indexSource) String(i int) string {
	if s.ids != nil {
		return s.ix.folded[s.ids[i]]
	}
	return s.ix.folded[i]
}

func (s indexSource) Len() int {
	if s.ids != nil {
		return len(s.ids)
	}
	return len(s.ix.folded)
}

// Search returns the claims matching query, best first. An empty query
// matches nothing.
func (ix *Index) Search(query string) []Hit {
	return ix.search(query, nil)
}

// Refine narrows the hits of a previous query to those matching query:
// when the query grows as the user types, every match of the new query is a
// match of the old, so only those are searched again.
func (ix *Index) Refine(query string, prev []Hit) []Hit {
	ids := make([]int, len(prev))
	for i, h := range prev {
		ids[i] = h.Claim
	}
	sort.Ints(ids)
	return ix.search(query, ids)
}

func (ix *Index) search(query string, ids []int) []Hit {
	q := strings.TrimSpace(Fold(query))
	if q == "" || ids != nil && len(ids) == 0 {
		return nil
	}
	// Words are matched one after another; spaces are not required in between.
	q = strings.Join(strings.Fields(q), " ")
	src := indexSource{ix: ix, ids: ids}
	matches := fuzzy.FindFromNoSort(q, src)
	if strings.Contains(q, " ") && len(matches) == 0 {
		matches = fuzzy.FindFromNoSort(strings.ReplaceAll(q, " ", ""), src)
	}
	hits := make([]Hit, 0, len(matches))
	words := strings.Fields(q)
	for _, m := range matches {
		id := m.Index
		if ids != nil {
			id = ids[m.Index]
		}
		f := ix.folded[id]
		score, idx := m.Score, m.MatchedIndexes
		// Whole words found as they are typed rank first and are highlighted
		// where they stand; scattered letters count only when close together.
		if sub := substrings(f, words); sub != nil {
			idx, score = sub, score+1000
		} else if len(idx) > 0 && idx[len(idx)-1]-idx[0] > 3*len(q)+6 {
			continue
		}
		runes := make([]int, len(idx))
		for k, b := range idx {
			runes[k] = int(ix.byteToRune[id][b])
		}
		hits = append(hits, Hit{Claim: id, Event: ix.events[id], Text: ix.texts[id], Matched: runes, Score: score})
	}
	hits = ix.transliterated(q, ids, hits)
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Claim < hits[j].Claim
	})
	return hits
}

// transliterated adds the claims that name the query's words in another
// spelling ("dourov" finds "Durov"), highlighting the words that match.
func (ix *Index) transliterated(q string, ids []int, hits []Hit) []Hit {
	kq := nameKey(q)
	if len(kq) < 3 {
		return hits
	}
	have := make(map[int]bool, len(hits))
	for _, h := range hits {
		have[h.Claim] = true
	}
	try := func(id int) {
		if have[id] || !strings.Contains(ix.keyed[id], kq) {
			return
		}
		var runes []int
		qw := strings.Fields(kq)
		r := 0
		for _, w := range strings.FieldsFunc(ix.folded[id], func(c rune) bool { return c == ' ' }) {
			n := utf8.RuneCountInString(w)
			for _, x := range qw {
				if strings.Contains(nameKey(w), x) {
					for k := 0; k < n; k++ {
						runes = append(runes, r+k)
					}
					break
				}
			}
			r += n + 1
		}
		hits = append(hits, Hit{Claim: id, Event: ix.events[id], Text: ix.texts[id], Matched: runes, Score: 900})
	}
	if ids != nil {
		for _, id := range ids {
			try(id)
		}
	} else {
		for id := range ix.keyed {
			try(id)
		}
	}
	return hits
}

// substrings returns the byte indexes of every word of words found as a
// substring of f, or nil when one is missing.
func substrings(f string, words []string) []int {
	var idx []int
	for _, w := range words {
		at := strings.Index(f, w)
		if at < 0 {
			return nil
		}
		for k := 0; k < len(w); k++ {
			idx = append(idx, at+k)
		}
	}
	sort.Ints(idx)
	return idx
}

// Extends reports whether query extends prev, so that Refine may narrow
// prev's hits instead of searching everything.
func Extends(query, prev string) bool {
	q, p := strings.TrimSpace(Fold(query)), strings.TrimSpace(Fold(prev))
	return p != "" && strings.HasPrefix(q, p)
}
