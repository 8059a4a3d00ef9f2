package syntax

import (
	"hash/maphash"
	"math/bits"
)

// The tagger scores a word by adding the weights of its features
// (tagFeatures). Most of them look at a single word in one of five roles:
// the word being tagged, the word before it, the one before that, the word
// after it and the one after that. A word's sums in each role are kept in a
// small cache of the words tagged lately, so that a word seen recently costs
// four table lookups (the three features of two words and the one of the
// previous tag with the word) instead of twenty-two; the bias and the two
// features of the previous tags alone are summed once per model for every
// pair of tags. The weights are whole numbers, so the sums, and the tags,
// are exactly those of tagFeatures' features (TestTagFastMatchesFeatures).

// scores holds one weight sum per tag.
type scores = [numTags]int32

// roles holds a word's sums over the features that look at it alone, in
// each of its roles.
type roles struct {
	self, prev, prev2, next, next2 scores
}

// wordEntry is a word with its hashes, its dictionary tag and its sums.
type wordEntry struct {
	text   [maxCachedWord]byte
	n      uint8  // the word's length; 0 for an empty entry
	inDict bool   // the dictionary tags the word: dict is its tag
	dict   Tag    //
	lower  uint64 // hashes of the word as the pair features see it
	shape  uint64
	lex    uint64
	roles
}

const (
	// maxCachedWord is the longest word the cache keeps (in bytes);
	// longer ones are summed on each call.
	maxCachedWord = 24
	// wordCacheBits sizes the cache: 2^bits entries of about 390 bytes.
	wordCacheBits = 12
	// cacheWays is how many entries a word may take: the entries of a
	// set (see cacheSet).
	cacheWays = 16
	// cacheSetBits is the log2 of the number of sets.
	cacheSetBits = wordCacheBits - 4 // 2^4 = cacheWays
)

// cacheSet holds what the cache looks at to find a word among the 16
// entries it may take, apart from the entries: each entry's tag (16 bits of
// the word's hash, four to a 64-bit word, so that a look-up compares them
// four at a time) and the call that last used it.
//
// The cache was two-way (a word had a pair of entries) and, on the Wikinews
// corpora, filled a word's sums about 17,000 times a build (16 table lookups
// missing the caches each, 1.6 µs) for 4,700 distinct words: where three
// words of a set's vocabulary met in a pair they pushed each other out. With
// sixteen ways it fills them 5,335 times. A look-up reads 32 bytes of tags
// before the entry it finds: with the tags compared one by one (32 bits
// each), the look-ups of the default set, whose words nearly all stay
// cached, took twice as long as with two ways; four at a time, no longer.
type cacheSet struct {
	tag   [cacheWays / 4]uint64 // entry k's in bits 16*(k%4) of tag[k/4]
	stamp [cacheWays]uint32
}

// lanes has the lowest bit of each 16-bit lane of a word of tags set.
const lanes = 0x0001_0001_0001_0001

// wordCache is a 16-way set-associative cache of words (a new word takes
// the entry of its set used least lately), with the entries of one call
// that did not fit in it (a word too long, or a set whose every entry the
// call uses).
type wordCache struct {
	sets  []cacheSet
	slots []wordEntry // set s's entries are slots[s*cacheWays:][:cacheWays]
	extra []wordEntry
	stamp uint32
}

// begin starts a call of up to n words.
func (c *wordCache) begin(n int) {
	if c.slots == nil {
		c.slots = make([]wordEntry, 1<<wordCacheBits)
		c.sets = make([]cacheSet, 1<<cacheSetBits)
	}
	c.stamp++
	if c.stamp == 0 { // wrapped: forget which call used what
		for i := range c.sets {
			c.sets[i].stamp = [cacheWays]uint32{}
		}
		c.stamp = 1
	}
	// Room for every word, so that appending never moves the entries
	// already handed out.
	if cap(c.extra) < n {
		c.extra = make([]wordEntry, 0, n)
	}
	c.extra = c.extra[:0]
}

// hashOf returns the hash that places word w in the cache: its top bits
// choose the set, its low 16 bits are the word's tag.
func hashOf(w string) uint64 { return maphash.String(cacheSeed, w) }

// cacheSeed seeds the hash of the cache's slots: where a word goes changes
// from run to run, its sums do not.
var cacheSeed = maphash.MakeSeed()

// entry returns word w's entry, filling it from m's weights when w is not
// cached. It stays valid until the call ends.
func (c *wordCache) entry(m *Model, w string) *wordEntry {
	if len(w) <= maxCachedWord && len(w) > 0 {
		h := hashOf(w)
		si := h >> (64 - cacheSetBits)
		set, tag := &c.sets[si], uint64(uint16(h))
		ents := c.slots[si*cacheWays:][:cacheWays]
		// The entries whose tag is the word's, four at a time: z has the
		// top bit of each lane of v that is zero set (and maybe of a lane
		// above one that is). Each is then checked (an empty entry's tag
		// may match, 0, its length not).
		for q, word := range set.tag {
			v := word ^ tag*lanes
			for z := (v - lanes) &^ v & (lanes << 15); z != 0; z &= z - 1 {
				k := q*4 + bits.TrailingZeros64(z)>>4
				if e := &ents[k]; int(e.n) == len(w) && string(e.text[:e.n]) == w {
					set.stamp[k] = c.stamp
					return e
				}
			}
		}
		// A new word takes the entry used least lately, unless this call
		// uses it.
		old := 0
		for k, st := range set.stamp {
			if st < set.stamp[old] {
				old = k
			}
		}
		if set.stamp[old] != c.stamp {
			e := &ents[old]
			m.fill(e, w)
			at := 16 * uint(old%4)
			set.tag[old/4] = set.tag[old/4]&^(0xffff<<at) | tag<<at
			set.stamp[old] = c.stamp
			return e
		}
	}
	c.extra = append(c.extra, wordEntry{})
	e := &c.extra[len(c.extra)-1]
	m.fill(e, w)
	e.n = 0 // never found again
	return e
}

// fill computes word w's entry.
func (m *Model) fill(e *wordEntry, w string) {
	wi := info(w)
	if m.lex != nil {
		wi.lex, wi.lex1 = m.lex.class(w, &wi)
	}
	e.n = uint8(min(len(w), maxCachedWord))
	copy(e.text[:], w)
	e.dict, e.inDict = m.dict.lookup(wi.word)
	m.rolesOf(&e.roles, &wi)
	e.lower, e.shape, e.lex = wi.lower, wi.shape, wi.lex
}

// rolesOf sums the features of word w in each role into r.
func (m *Model) rolesOf(r *roles, w *wordInfo) {
	*r = roles{}
	t := m.t
	self := r.self[:]
	t.add(self, mix(1, w.lower, 0))
	t.add(self, mix(3, w.suf1, 0))
	t.add(self, mix(4, w.suf2, 0))
	t.add(self, mix(5, w.suf3, 0))
	t.add(self, mix(6, w.pre1, 0))
	t.add(self, mix(7, w.shape, 0))
	t.add(self, mix(20, w.suf4, 0))
	t.add(self, mix(21, w.pre3, 0))
	if w.upper {
		t.add(self, mix(2, w.word, 0))
	}
	t.add(r.prev[:], mix(11, w.lower, 0))
	t.add(r.prev[:], mix(12, w.suf3, 0))
	t.add(r.prev2[:], mix(13, w.lower, 0))
	t.add(r.next[:], mix(14, w.lower, 0))
	t.add(r.next[:], mix(15, w.suf3, 0))
	t.add(r.next2[:], mix(16, w.lower, 0))
	if m.lex != nil {
		t.add(self, mix(22, w.lex, 0))
		t.add(self, mix(23, w.lex1, 0))
		t.add(self, mix(27, w.lex, w.suf3))
		t.add(r.prev[:], mix(24, w.lex, 0))
		t.add(r.next[:], mix(25, w.lex, 0))
	}
}

// padEntry is the entry of the positions before the first word or after
// the last (startInfo, endInfo).
func (m *Model) padEntry(wi wordInfo) *wordEntry {
	e := &wordEntry{lower: wi.lower, shape: wi.shape, lex: wi.lex}
	m.rolesOf(&e.roles, &wi)
	return e
}

// tagBase returns the sums of the bias and of the features of the two
// previous tags, for each pair (numTags stands for the start).
func (m *Model) tagBase() *[numTags + 1][numTags + 1]scores {
	var b [numTags + 1][numTags + 1]scores
	for p1 := range numTags + 1 {
		for p2 := range numTags + 1 {
			t1, t2 := uint64(p1)+1, uint64(p2)+1
			s := b[p1][p2][:]
			m.t.add(s, mix(0, 0, 0))
			m.t.add(s, mix(8, t1, 0))
			m.t.add(s, mix(9, t1, t2))
		}
	}
	return &b
}

// addScores adds b to a.
func addScores(a, b *scores) {
	for i := range a {
		a[i] += b[i]
	}
}
