// Package search is Claimline's fuzzy search over a timeline's claims: an
// inverted index (NewIndex) of each claim's fields, searched by words and
// figures however written, in both languages, with a letter or two wrong
// (Index.Search, Index.Refine), and each hit written as the result row a
// list shows (Hit.Row). It reads model's values and knows nothing of the UI.
package search

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/claimline/claimline/model"
)

// Search reads each claim as fields of three weights: what the claim says
// (label, figure, measure, subject, speaker, date), then its quote, then its
// article's title and file name. Every field is read as units (see
// readUnits) whose tokens go into an inverted index. A query is read the
// same way into terms, one per word or figure; a claim matches when it holds
// every term, and ranks by how well and in which field each term matched.
//
// A query's terms are matched one by one and the match of each term is kept
// for the next query: as the user types, only the term that changed is
// matched again. A query's results are a function of the query alone, so
// that typing fast or slow, narrowing or searching afresh, gives the same
// results.

// Field weights: a term found in the label or another field of the claim
// itself counts three times, in the quote twice, in the article's title once.
const (
	tierClaim = iota
	tierQuote
	tierArticle
)

var tierWeight = [3]int{3, 2, 1}

// Match kinds, as scores: how closely a token matches a query's term.
const (
	kindTypo     = 5 // one letter off ("telgarm"), or letters left out ("telgram", see fuzzyTokens)
	kindDigits   = 6 // a figure that starts with the digits typed (70 for 700)
	kindVariant  = 7 // a name in another transliteration ("Dourov" for "durov")
	kindPrefix   = 8 // a word the query's word starts
	kindConcept  = 9 // a word of the same meaning or in the other language
	kindExact    = 10
	maxTermScore = kindExact * 3
)

// Hit is one claim that matches a search query.
type Hit struct {
	// Claim is the claim's index in Timeline.Claims; Event the index of the
	// event that holds it (-1 when none).
	Claim int
	Event int
	// Score ranks the hits: higher is better.
	Score int

	q   *query // the query the hit answers, to write its row
	row *Row   // a row given by NewHit
}

// NewHit returns a hit with its row written out, for searchers other than
// Index.
func NewHit(claim, event, score int, row Row) Hit {
	return Hit{Claim: claim, Event: event, Score: score, row: &row}
}

// Part is a text shown in a result and the rune indexes in it of the
// characters the query matched.
type Part struct {
	Text    string
	Matched []int
}

// Row is a hit as a result list shows it: the claim's label (followed by
// the words of the quote that matched when the label does not hold them),
// who said it, and the title of the article it comes from.
type Row struct {
	Label   Part
	Speaker Part
	Title   Part
}

// Line returns the row's parts on one line, joined by " · ", with the
// matched rune indexes of the whole.
func (r Row) Line() Part {
	var out Part
	n := 0
	for _, p := range []Part{r.Label, r.Speaker, r.Title} {
		if p.Text == "" {
			continue
		}
		if out.Text != "" {
			out.Text += " · "
			n += 3
		}
		for _, m := range p.Matched {
			out.Matched = append(out.Matched, n+m)
		}
		out.Text += p.Text
		n += len([]rune(p.Text))
	}
	return out
}

// Row returns the hit as a result list shows it, with the matched
// characters; it is written when asked, so that only shown hits cost it.
func (h Hit) Row() Row {
	if h.row != nil {
		return *h.row
	}
	if h.q == nil {
		return Row{}
	}
	return h.q.ix.row(h.q, h.Claim)
}

// Index is the search index of a timeline's claims.
type Index struct {
	n      int     // claims
	events []int32 // event index per claim, -1 for none
	// What a row shows, per claim.
	labels, quotes, speakers, titles []string

	// tokens is the sorted vocabulary; ids its inverse.
	tokens []string
	ids    map[string]int32
	// post holds, per token, its postings (claim<<2 | tier) ordered by tier
	// then claim; claimEnd how many are of tierClaim.
	post     [][]uint32
	claimEnd []int32
	// names are the skeletons of the tokens of capitalised words, sorted.
	names []nameToken

	// The term matches of the last query, reused by the next.
	mu    sync.Mutex
	cache map[string]*termMatch
}

// nameToken is a name's skeleton and its token.
type nameToken struct {
	skel string
	id   int32
}

// NewIndex builds the search index of t.
func NewIndex(t *model.Timeline) *Index {
	n := len(t.Claims)
	ix := &Index{n: n, events: make([]int32, n), labels: make([]string, n), quotes: make([]string, n),
		speakers: make([]string, n), titles: make([]string, n), ids: map[string]int32{}}
	for i := range ix.events {
		ix.events[i] = -1
	}
	for ei, e := range t.Events {
		for _, c := range e.Claims {
			if c >= 0 && c < n {
				ix.events[c] = int32(ei)
			}
		}
	}
	b := indexBuilder{ix: ix, cache: map[string][]int32{}}
	var pairs []uint32
	for i := range t.Claims {
		c := &t.Claims[i]
		title, source, file := "", "", c.ArticleName
		if c.Article >= 0 && c.Article < len(t.Articles) {
			a := t.Articles[c.Article]
			title, source = a.Title, a.Source
		}
		ix.labels[i], ix.quotes[i], ix.speakers[i] = c.Label, c.Quote, c.SaidBy
		ix.titles[i] = title
		if title == "" {
			ix.titles[i] = file
		}
		pairs = pairs[:0]
		for _, f := range []string{c.Label, c.Subject, c.SaidBy, c.SaidByText, c.ValueText, c.Measure, c.What, dateWords(c.Date)} {
			pairs = b.add(pairs, f, tierClaim)
		}
		if c.SaidBy == "" && c.SaidByText != "" {
			ix.speakers[i] = c.SaidByText
		}
		pairs = b.add(pairs, c.Quote, tierQuote)
		pairs = b.add(pairs, title, tierArticle)
		pairs = b.add(pairs, source, tierArticle)
		pairs = b.add(pairs, strings.TrimSuffix(file, fileExt(file)), tierArticle)
		// One posting per token and claim, at its best tier.
		slices.Sort(pairs)
		for k, p := range pairs {
			if k > 0 && p>>2 == pairs[k-1]>>2 {
				continue
			}
			b.post[p>>2] = append(b.post[p>>2], uint32(i)<<2|p&3)
		}
	}
	b.finish()
	return ix
}

// fileExt returns the extension of a file name, with its dot.
func fileExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 && i > strings.LastIndexByte(name, '/') {
		return name[i:]
	}
	return ""
}

// monthNames are the months in English and French, folded.
var monthNames = [12][2]string{{"january", "janvier"}, {"february", "fevrier"}, {"march", "mars"},
	{"april", "avril"}, {"may", "mai"}, {"june", "juin"}, {"july", "juillet"}, {"august", "aout"},
	{"september", "septembre"}, {"october", "octobre"}, {"november", "novembre"}, {"december", "decembre"}}

// dateWords writes a claim's date as words in both languages ("4 october
// octobre 2021"), so that the date is searched as the row shows it.
func dateWords(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	var b strings.Builder
	for k, t := range []struct {
		y, m, day int
	}{{d.Start.Year(), int(d.Start.Month()), d.Start.Day()}, {d.End.Year(), int(d.End.Month()), d.End.Day()}} {
		if k == 1 && !d.Range {
			break
		}
		if d.Precision >= model.PrecisionDay {
			b.WriteString(strconv.Itoa(t.day) + " ")
		}
		if d.Precision >= model.PrecisionMonth {
			b.WriteString(monthNames[t.m-1][0] + " " + monthNames[t.m-1][1] + " ")
		}
		b.WriteString(strconv.Itoa(t.y) + " ")
	}
	return b.String()
}

// indexBuilder collects an index's tokens and postings.
type indexBuilder struct {
	ix     *Index
	post   [][]uint32
	isName []bool
	// cache holds the token ids of texts met before: titles, labels and
	// quotes shared by several claims.
	cache map[string][]int32
}

// add appends the tokens of text at tier to pairs, as id<<2 | tier.
func (b *indexBuilder) add(pairs []uint32, text string, tier int) []uint32 {
	if text == "" {
		return pairs
	}
	ids, ok := b.cache[text]
	if !ok {
		ids = nil
		for _, u := range readUnits(text) {
			for k, tok := range u.tokens {
				id := b.id(tok)
				if k == 0 && u.name && isPlainToken(tok) {
					b.isName[id] = true
				}
				ids = append(ids, id)
			}
		}
		b.cache[text] = ids
	}
	for _, id := range ids {
		pairs = append(pairs, uint32(id)<<2|uint32(tier))
	}
	return pairs
}

// id returns the id of token tok, adding it when new.
func (b *indexBuilder) id(tok string) int32 {
	id, ok := b.ix.ids[tok]
	if !ok {
		id = int32(len(b.post))
		b.ix.ids[tok] = id
		b.post = append(b.post, nil)
		b.isName = append(b.isName, false)
	}
	return id
}

// finish sorts the vocabulary and orders each token's postings by tier.
func (b *indexBuilder) finish() {
	ix := b.ix
	order := make([]string, 0, len(ix.ids))
	for tok := range ix.ids {
		order = append(order, tok)
	}
	sort.Strings(order)
	ix.tokens = order
	ix.post = make([][]uint32, len(order))
	ix.claimEnd = make([]int32, len(order))
	for newID, tok := range order {
		old := ix.ids[tok]
		ix.ids[tok] = int32(newID)
		p := byTier(b.post[old])
		ix.post[newID] = p
		end := 0
		for end < len(p) && p[end]&3 == tierClaim {
			end++
		}
		ix.claimEnd[newID] = int32(end)
		if b.isName[old] {
			ix.names = append(ix.names, nameToken{skel: skeleton(tok), id: int32(newID)})
		}
	}
	sort.Slice(ix.names, func(a, c int) bool { return ix.names[a].skel < ix.names[c].skel })
}

// byTier orders postings by tier, keeping the claims' order within a tier.
func byTier(p []uint32) []uint32 {
	var n [3]int
	for _, v := range p {
		n[v&3]++
	}
	if n[tierClaim] == len(p) || n[tierQuote] == len(p) || n[tierArticle] == len(p) {
		return p
	}
	at := [3]int{0, n[0], n[0] + n[1]}
	out := make([]uint32, len(p))
	for _, v := range p {
		out[at[v&3]] = v
		at[v&3]++
	}
	return out
}

// isPlainToken reports whether tok is a word, not a figure or a concept.
func isPlainToken(tok string) bool {
	return tok != "" && tok[0] != numberMark && tok[0] != ordinalMark && tok[0] != conceptMark
}

// Len returns the number of indexed claims.
func (ix *Index) Len() int { return ix.n }

// MaxHits is the most hits a search returns: the best ones.
const MaxHits = 1000

// Search returns the claims matching query, best first (at most MaxHits).
// Every word or figure of the query must match a word of the claim's
// fields: the start of a word ("tele" for "Telegram"), the same word in the
// other language or a word of the same meaning ("classement" for "rank"), the
// same figure however written ("70M", "70 millions", "70,000,000"), the same
// name in another transliteration ("Dourov" for "Durov"), for a word of four
// letters or more a word it spells with a letter or two left out ("telgram",
// "durv"; see fuzzyTokens), or, for a word of five letters or more, a word
// one letter off ("telegarm"). A word of one or two letters
// matches the start of a word of the claim itself, not of its quote or
// article. An empty query matches nothing.
func (ix *Index) Search(query string) []Hit {
	return ix.search(query)
}

// Refine returns the hits of query, a query typed after the one prev
// answers: the terms of query that the previous query held are not matched
// again. Its results are always those of Search(query).
func (ix *Index) Refine(query string, prev []Hit) []Hit {
	return ix.search(query)
}

// query is a query read into terms, with what each term matched.
type query struct {
	ix    *Index
	terms []*termMatch
}

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

func (ix *Index) search(text string) []Hit {
	terms := readQuery(capQuery(text))
	if len(terms) == 0 || ix.n == 0 {
		return nil
	}
	ix.mu.Lock()
	old := ix.cache
	ix.mu.Unlock()
	q := &query{ix: ix}
	next := make(map[string]*termMatch, len(terms))
	for _, t := range terms {
		m := next[t.key()]
		if m == nil {
			m = old[t.key()]
		}
		if m == nil {
			m = ix.match(t)
		}
		next[t.key()] = m
		q.terms = append(q.terms, m)
	}
	ix.mu.Lock()
	ix.cache = next
	ix.mu.Unlock()

	// Sum the terms' scores of the claims that hold every term, then keep
	// the best by counting sort: ties stay in the set's order.
	total := make([]uint16, ix.n)
	for c := range total {
		total[c] = 1
	}
	for _, m := range q.terms {
		s := m.scores
		for c, v := range s {
			if v == 0 {
				total[c] = 0
			} else if total[c] != 0 {
				total[c] += uint16(v)
			}
		}
	}
	counts := make([]int, len(terms)*maxTermScore+2)
	for _, v := range total {
		if v != 0 {
			counts[v]++
		}
	}
	// The lowest score that makes the cut.
	cut, kept := len(counts)-1, 0
	for ; cut > 0; cut-- {
		if kept+counts[cut] >= MaxHits {
			break
		}
		kept += counts[cut]
	}
	cut = max(cut, 1)
	// start[s] is where hits of score s begin in the result.
	start := make([]int, len(counts)+1)
	pos := 0
	for s := len(counts) - 1; s >= cut; s-- {
		start[s] = pos
		pos += counts[s]
	}
	hits := make([]Hit, min(pos, MaxHits))
	for c, v := range total {
		if int(v) < cut {
			continue
		}
		if k := start[v]; k < len(hits) {
			hits[k] = Hit{Claim: c, Event: int(ix.events[c]), Score: int(v) - 1, q: q}
			start[v]++
		}
	}
	return hits
}

// termMatch is what one term matched: a score per claim, and the tokens
// that matched, for highlighting.
type termMatch struct {
	scores []uint8
	tokens map[int32]bool
	// claimOnly is true for a term searched in the claim's own fields only.
	claimOnly bool
}

// match finds the claims holding term t.
func (ix *Index) match(t term) *termMatch {
	m := &termMatch{scores: make([]uint8, ix.n), tokens: map[int32]bool{}, claimOnly: t.claimOnly}
	for _, alt := range t.alts {
		if len(alt) == 1 {
			ix.matchInto(m, alt[0], t.claimOnly)
			continue
		}
		// Every part of alt, each scored alone; a claim scores its weakest.
		var parts []*termMatch
		for _, tm := range alt {
			p := &termMatch{scores: make([]uint8, ix.n), tokens: m.tokens}
			ix.matchInto(p, tm, t.claimOnly)
			parts = append(parts, p)
		}
		for c := range m.scores {
			low := uint8(255)
			for _, p := range parts {
				low = min(low, p.scores[c])
			}
			m.scores[c] = max(m.scores[c], low)
		}
	}
	return m
}

// matchInto scores the claims holding a token that tm matches.
func (ix *Index) matchInto(m *termMatch, tm tokenMatcher, claimOnly bool) {
	ix.tokensOf(tm, func(id int32, kind int) {
		m.tokens[id] = true
		p := ix.post[id]
		if claimOnly {
			p = p[:ix.claimEnd[id]]
		}
		for _, v := range p {
			s := uint8(kind * tierWeight[v&3])
			if c := v >> 2; s > m.scores[c] {
				m.scores[c] = s
			}
		}
	})
}

// prefixRange returns the range of tokens that start with p.
func (ix *Index) prefixRange(p string) (int, int) {
	lo := sort.SearchStrings(ix.tokens, p)
	hi := lo
	for hi < len(ix.tokens) && strings.HasPrefix(ix.tokens[hi], p) {
		hi++
	}
	return lo, hi
}

// tokensOf calls f with every token tm matches and how.
func (ix *Index) tokensOf(tm tokenMatcher, f func(id int32, kind int)) {
	switch tm.how {
	case matchExact:
		if id, ok := ix.ids[tm.s]; ok {
			f(id, tm.kind)
		}
	case matchPrefix:
		lo, hi := ix.prefixRange(tm.s)
		for id := lo; id < hi; id++ {
			kind := tm.kind
			if ix.tokens[id] == tm.s {
				kind = tm.exact
			}
			f(int32(id), kind)
		}
	case matchWord:
		w := tm.s
		lo, hi := ix.prefixRange(w)
		seen := map[int32]bool{}
		for id := lo; id < hi; id++ {
			kind := kindPrefix
			if ix.tokens[id] == w {
				kind = kindExact
			}
			seen[int32(id)] = true
			f(int32(id), kind)
		}
		if len(w) >= 4 && isLetterStart(w) {
			sk := skeleton(w)
			first := w[:runeLen(w)]
			k := sort.Search(len(ix.names), func(i int) bool { return ix.names[i].skel >= sk })
			for ; k < len(ix.names) && strings.HasPrefix(ix.names[k].skel, sk); k++ {
				id := ix.names[k].id
				// (a name about as long as the word: "Durov" for
				// "dourov", not "Sam" for "séisme")
				if d := runeCount(ix.tokens[id]) - runeCount(w); !seen[id] && strings.HasPrefix(ix.tokens[id], first) && d >= -2 && d <= 2 {
					seen[id] = true
					f(id, kindVariant)
				}
			}
		}
		if runeCount(w) >= fuzzyMin {
			// Letters left out: the vocabulary's words that fuzzy finds.
			for _, id := range ix.fuzzyTokens(w) {
				if !seen[id] {
					seen[id] = true
					f(id, kindTypo)
				}
			}
		}
		if runeCount(w) >= 5 {
			// A letter changed, added or two swapped, which a subsequence
			// match cannot see: the tokens that start with the same letter.
			lo, hi := ix.prefixRange(w[:runeLen(w)])
			for id := lo; id < hi; id++ {
				if !seen[int32(id)] && prefixEditsAtMost1(w, ix.tokens[id]) {
					f(int32(id), kindTypo)
				}
			}
		}
	}
}

// runeLen returns the byte length of s's first rune.
func runeLen(s string) int {
	for i := range s {
		if i > 0 {
			return i
		}
	}
	return len(s)
}

func runeCount(s string) int { return len([]rune(s)) }

func isLetterStart(s string) bool {
	return s != "" && !(s[0] >= '0' && s[0] <= '9') && isPlainToken(s)
}

// prefixEditsAtMost1 reports whether some start of t is at most one edit
// (a letter added, left out, changed, or two swapped) from q.
func prefixEditsAtMost1(q, t string) bool {
	a, b := []rune(q), []rune(t)
	if len(b) < len(a)-1 {
		return false
	}
	// d[i][j]: edits between a[:i] and b[:j]; the answer is min over j.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > 1 {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	for _, v := range prev {
		if v <= 1 {
			return true
		}
	}
	return false
}
