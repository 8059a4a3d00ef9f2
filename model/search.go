package model

import (
	"runtime"
	"sort"
	"strings"
	"sync"
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
	// masks and kmasks hold a bit per letter and digit that folded and
	// keyed hold: a text that lacks one of the query's is skipped at once.
	masks, kmasks []uint64
	// shortLen is the length of the folded text's short fields (label,
	// subject, speaker, source), before the quote.
	shortLen []int32
	events   []int // event index per claim
	// byteToRune maps, per claim, folded byte offsets to rune indexes.
	byteToRune [][]int32
	// last remembers every claim the last query matched (not only the
	// MaxHits returned), so that Refine can narrow them as the query grows.
	mu        sync.Mutex
	lastQuery string
	lastIDs   []int
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
		// The short fields first, the quote last: a query of one or two
		// letters searches the short fields only (see search).
		parts := []string{c.Label, c.Subject}
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
		short := strings.Join(parts, " · ")
		ix.add(short+" · "+c.Quote, eventOf[i], len(Fold(short)))
	}
	return ix
}

// NewTextIndex builds an index over plain texts, for tests and benchmarks.
func NewTextIndex(texts []string) *Index {
	ix := &Index{}
	for _, s := range texts {
		ix.add(s, -1, len(Fold(s)))
	}
	return ix
}

func (ix *Index) add(text string, event int, shortLen int) {
	f := Fold(text)
	ix.shortLen = append(ix.shortLen, int32(min(shortLen, len(f))))
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
	k := nameKey(text)
	ix.keyed = append(ix.keyed, k)
	ix.masks = append(ix.masks, letterMask(f))
	ix.kmasks = append(ix.kmasks, letterMask(k))
	ix.events = append(ix.events, event)
	ix.byteToRune = append(ix.byteToRune, m)
}

// Len returns the number of indexed claims.
func (ix *Index) Len() int { return len(ix.texts) }

// indexSource is a fuzzy.Source over a subset of the index: the short
// fields of each claim (label, subject, speaker, source), which are what
// ranks one hit above another of the same kind.
type indexSource struct {
	ix  *Index
	ids []int // nil: every claim
}

func (s indexSource) String(i int) string {
	id := i
	if s.ids != nil {
		id = s.ids[i]
	}
	return s.ix.folded[id][:s.ix.shortLen[id]]
}

func (s indexSource) Len() int {
	if s.ids != nil {
		return len(s.ids)
	}
	return len(s.ix.folded)
}

// MaxHits is the most hits a search returns: the best ones, enough for a
// result list; Refine searches everything again after a capped search.
const MaxHits = 1000

// Search returns the claims matching query, best first (at most MaxHits).
// Claims holding every word of the query as typed come first, then those
// holding its letters close together in order, then those naming the
// query in another transliteration. An empty query matches nothing.
func (ix *Index) Search(query string) []Hit {
	return ix.search(query, nil)
}

// Refine narrows the hits of a previous query to those matching query:
// when the query grows as the user types, every match of the new query is a
// match of the old, so only those are searched again.
func (ix *Index) Refine(query string, prev []Hit) []Hit {
	ix.mu.Lock()
	last := ix.lastQuery
	ix.mu.Unlock()
	if utf8.RuneCountInString(strings.ReplaceAll(Fold(last), " ", "")) < 3 {
		// The shorter query searched the short fields only.
		return ix.search(query, nil)
	}
	if len(prev) >= MaxHits {
		ix.mu.Lock()
		ids, last := ix.lastIDs, ix.lastQuery
		ix.mu.Unlock()
		if ids != nil && Extends(query, last) {
			return ix.search(query, ids)
		}
		return ix.search(query, nil)
	}
	ids := make([]int, len(prev))
	for i, h := range prev {
		ids[i] = h.Claim
	}
	sort.Ints(ids)
	if len(ids) == 0 {
		ids = []int{}
	}
	return ix.search(query, ids)
}

// Match kinds, best first.
const (
	hitWords = iota
	hitLetters
	hitTranslit
)

type candidate struct{ id, kind int }

// MaxQueryRunes is the longest query searched: a longer one is cut there.
// No claim's fields are longer, and each worker's buffers grow with the
// query (a 75 KB query on 50,000 files took 895 MB).
const MaxQueryRunes = 256

// capQuery returns query cut to MaxQueryRunes runes.
func capQuery(query string) string {
	if len(query) <= MaxQueryRunes {
		return query
	}
	n := 0
	for i := range query {
		if n == MaxQueryRunes {
			return query[:i]
		}
		n++
	}
	return query
}

func (ix *Index) search(query string, ids []int) []Hit {
	query = capQuery(query)
	q := strings.Join(strings.Fields(Fold(query)), " ")
	if q == "" || ids != nil && len(ids) == 0 {
		return nil
	}
	words := strings.Fields(q)
	letters := strings.ReplaceAll(q, " ", "")
	// One or two letters match too much of every quote to mean anything
	// there: they search the short fields only, which keeps the first
	// keystrokes fast on a large set.
	short := utf8.RuneCountInString(letters) < 3
	kq := nameKey(q)
	n := len(ix.folded)
	if ids != nil {
		n = len(ids)
	}
	// Scan in parallel; each worker keeps the ids it matched, by kind, in
	// the order of the set.
	workers := max(1, min(runtime.GOMAXPROCS(0), n/2000))
	type found struct {
		byKind [3][]int
		all    []int // every match, in the set's order
	}
	qm, kqm := letterMask(letters), letterMask(kq)

	parts := make([]found, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			p := &parts[w]
			for k := w * n / workers; k < (w+1)*n/workers; k++ {
				id := k
				if ids != nil {
					id = ids[k]
				}
				f := ix.folded[id]
				if short {
					f = f[:ix.shortLen[id]]
				}
				kind := -1
				switch {
				case ix.masks[id]&qm == qm && allContain(f, words):
					kind = hitWords
				case ix.masks[id]&qm == qm && len(letters) >= 4 && len(words) <= 3 && hasCompactSubsequence(f, letters):
					kind = hitLetters
				case len(kq) >= 4 && ix.kmasks[id]&kqm == kqm && strings.Contains(ix.keyed[id], kq):
					kind = hitTranslit
				}
				if kind >= 0 {
					p.byKind[kind] = append(p.byKind[kind], id)
					p.all = append(p.all, id)
				}
			}
		}(w)
	}
	wg.Wait()
	var cands []candidate
	total := 0
	for kind := hitWords; kind <= hitTranslit; kind++ {
		for _, p := range parts {
			total += len(p.byKind[kind])
			for _, id := range p.byKind[kind] {
				if len(cands) < MaxHits {
					cands = append(cands, candidate{id: id, kind: kind})
				}
			}
		}
	}
	// Remember every match, in the set's order, for Refine.
	all := make([]int, 0, total)
	for _, p := range parts {
		all = append(all, p.all...)
	}
	if ids != nil && !sort.IntsAreSorted(all) {
		sort.Ints(all)
	}
	ix.mu.Lock()
	ix.lastQuery, ix.lastIDs = query, all
	ix.mu.Unlock()
	// Score the kept hits with the fuzzy matcher, for ranking within a kind.
	sub := make([]int, len(cands))
	for i, c := range cands {
		sub[i] = c.id
	}
	scores := make(map[int]int, len(cands))
	for _, m := range fuzzy.FindFromNoSort(letters, indexSource{ix: ix, ids: sub}) {
		scores[sub[m.Index]] = m.Score
	}
	hits := make([]Hit, len(cands))
	for i, c := range cands {
		f := ix.folded[c.id]
		var idx []int
		switch c.kind {
		case hitWords:
			idx = substrings(f, words)
		case hitLetters:
			idx = compactSubsequence(f, letters)
		case hitTranslit:
			idx = ix.translitWords(c.id, kq)
		}
		runes := make([]int, len(idx))
		for k, b := range idx {
			runes[k] = int(ix.byteToRune[c.id][b])
		}
		score := 2000*(hitTranslit-c.kind) + scores[c.id]
		if c.kind == hitWords {
			score += wordBonus(f, words)
		}
		hits[i] = Hit{Claim: c.id, Event: ix.events[c.id], Text: ix.texts[c.id], Matched: runes, Score: score}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	return hits
}

// letterMask has a bit for each letter a–z and digit the string holds.
func letterMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			m |= 1 << (c - 'a')
		case '0' <= c && c <= '9':
			m |= 1 << (26 + c - '0')
		}
	}
	return m
}

// wordBonus ranks whole words above parts of words: "aout" finds "août"
// before "d'autres"-like partial matches.
func wordBonus(f string, words []string) int {
	bonus := 0
	for _, w := range words {
		for at := 0; ; {
			i := strings.Index(f[at:], w)
			if i < 0 {
				break
			}
			i += at
			startOK := i == 0 || !isWordByte(f[i-1])
			endOK := i+len(w) == len(f) || !isWordByte(f[i+len(w)])
			if startOK && endOK {
				bonus += 600
				break
			}
			if startOK {
				bonus += 300
			}
			at = i + 1
		}
	}
	return bonus
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80
}

// allContain reports whether f holds every word.
func allContain(f string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(f, w) {
			return false
		}
	}
	return true
}

// compactStart returns where compactSubsequence's window starts in f, or -1:
// the letters of q in f, in order, within 2·len(q)+4 bytes of an
// occurrence of q's first letter.
func compactStart(f, q string) int {
	if q == "" {
		return -1
	}
	limit := 2*len(q) + 4
	for start := 0; start < len(f); {
		at := strings.IndexByte(f[start:], q[0])
		if at < 0 {
			return -1
		}
		at += start
		end := min(len(f), at+limit)
		j, k := at+1, 1
		for k < len(q) && j < end {
			if f[j] == q[k] {
				k++
			}
			j++
		}
		if k == len(q) {
			return at
		}
		start = at + 1
	}
	return -1
}

// hasCompactSubsequence reports whether compactSubsequence finds q in f,
// without allocating.
func hasCompactSubsequence(f, q string) bool { return compactStart(f, q) >= 0 }

// compactSubsequence finds the letters of q in f, in order, within a window
// of at most 2·len(q)+4 bytes, and returns their byte offsets (nil when
// there is none). Queries of four letters or more use it: "telgram" finds
// "telegram".
func compactSubsequence(f, q string) []int {
	at := compactStart(f, q)
	if at < 0 {
		return nil
	}
	idx := make([]int, 0, len(q))
	for j, k := at, 0; k < len(q); j++ {
		if f[j] == q[k] {
			idx = append(idx, j)
			k++
		}
	}
	return idx
}

// translitWords returns the byte offsets of the words of claim id whose
// transliteration-normalised form holds part of kq.
func (ix *Index) translitWords(id int, kq string) []int {
	var idx []int
	qw := strings.Fields(kq)
	f := ix.folded[id]
	start := -1
	for i := 0; i <= len(f); i++ {
		if i < len(f) && f[i] != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := nameKey(f[start:i])
			for _, x := range qw {
				if w != "" && strings.Contains(w, x) {
					for b := start; b < i; b++ {
						if utf8.RuneStart(f[b]) {
							idx = append(idx, b)
						}
					}
					break
				}
			}
			start = -1
		}
	}
	return idx
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
