package syntax

import (
	"bufio"
	"bytes"
	"embed"
	"io"
	"sync"
)

// Weights holds the trained weights, written by cmd/trainsyntax: per
// language a tagger (LANG.tagger.gz) and a parser (LANG.parser.gz).
//
//go:embed weights
var weightFiles embed.FS

// Model is a part-of-speech tagger for one language: a greedy, left to right
// averaged perceptron over features of the word, its neighbours and the two
// tags before it; the words that the training data always tags the same way
// (",", "the", "de") take their tag from a dictionary without scoring. A Model is read-only and safe for concurrent use.
type Model struct {
	t    *table
	dict *tagDict
	lex  *Lexicon // nil: the features of the lexicon are left out
	// Precomputed sums (see tagcache.go): the padding's entries, and the
	// bias with the previous tags' features.
	start, end *wordEntry
	base       *[numTags + 1][numTags + 1]scores
	pool       sync.Pool // *tagScratch, each with its cache of m's words
}

// newModel returns the tagger of table t, dictionary d and lexicon lex.
func newModel(t *table, d *tagDict, lex *Lexicon) *Model {
	m := &Model{t: t, dict: d, lex: lex}
	m.start, m.end = m.padEntry(startInfo), m.padEntry(endInfo)
	m.base = m.tagBase()
	return m
}

var taggers sync.Map // lang -> func() *Model (a sync.OnceValue)

// frTagger and enTagger are the taggers of the embedded languages, found
// without the map: extraction asks for one at every sentence it tags.
var frTagger, enTagger = sync.OnceValue(func() *Model { return loadTagger("fr") }), sync.OnceValue(func() *Model { return loadTagger("en") })

// Tagger returns the tagger of lang ("fr" or "en"), reading its embedded
// weights on first use; nil when there are none for lang.
func Tagger(lang string) *Model {
	switch lang {
	case "fr":
		return frTagger()
	case "en":
		return enTagger()
	}
	f, ok := taggers.Load(lang)
	if !ok {
		f, _ = taggers.LoadOrStore(lang, sync.OnceValue(func() *Model { return loadTagger(lang) }))
	}
	return f.(func() *Model)()
}

// loadTagger reads the embedded tagger of lang; nil when there is none.
func loadTagger(lang string) *Model {
	data, err := weightFiles.ReadFile("weights/" + lang + ".tagger.gz")
	if err != nil {
		return nil
	}
	m, err := ReadTagger(bytes.NewReader(data), LexiconFor(lang))
	if err != nil {
		panic(err) // the embedded weights are part of the program
	}
	return m
}

// ReadTagger reads a tagger's weights as WriteTo wrote them; lex is the
// lexicon it was trained with (TrainOptions), nil if none.
func ReadTagger(r io.Reader, lex *Lexicon) (*Model, error) {
	if _, ok := r.(io.ByteReader); !ok {
		r = bufio.NewReader(r)
	}
	t, err := readTable(r, 'T')
	if err != nil {
		return nil, err
	}
	d, err := readTagDict(r)
	if err != nil {
		return nil, err
	}
	return newModel(t, d, lex), nil
}

// tagScratch holds one call's buffers and the cache of the words tagged
// lately; pooled per model, so that tagging allocates nothing once the pool
// is warm.
type tagScratch struct {
	cache wordCache
	ents  []*wordEntry
}

// context fills ctx with the word hashes of words, two positions of padding
// on each side, with their classes in lex when it is not nil.
func context(ctx []wordInfo, words []string, lex *Lexicon) []wordInfo {
	ctx = append(ctx[:0], startInfo, startInfo)
	for _, w := range words {
		wi := info(w)
		if lex != nil {
			wi.lex, wi.lex1 = lex.class(w, &wi)
		}
		ctx = append(ctx, wi)
	}
	return append(ctx, endInfo, endInfo)
}

// Tag tags words (Claimline's tokens as written: see the package
// documentation), writing the tags into dst, reused when it has the
// capacity, and returning it. It allocates nothing when dst is large enough.
func (m *Model) Tag(words []string, dst []Tag) []Tag { return m.TagNames(words, nil, dst) }

// TagNames tags words as Tag does, reading the words at which names is
// true as proper nouns: the words after them are tagged knowing it
// ("Boeing employs 500 people", where "Boeing" alone reads as a verb).
// names may be nil or shorter than words.
func (m *Model) TagNames(words []string, names []bool, dst []Tag) []Tag {
	s, _ := m.pool.Get().(*tagScratch)
	if s == nil {
		s = new(tagScratch)
	}
	dst = m.tag(s, words, names, dst)
	m.pool.Put(s)
	return dst
}

// A Tagging holds what one goroutine reuses from sentence to sentence as
// it tags: buffers, and the sums of the words it tagged lately (the pool
// that Model.Tag draws from forgets them at each garbage collection). The
// zero value is ready for use; a Tagging is not safe for concurrent use.
type Tagging struct {
	m *Model
	s tagScratch
}

// Tag is m.Tag through t's buffers.
func (t *Tagging) Tag(m *Model, words []string, dst []Tag) []Tag {
	return t.TagNames(m, words, nil, dst)
}

// TagNames is m.TagNames through t's buffers.
func (t *Tagging) TagNames(m *Model, words []string, names []bool, dst []Tag) []Tag {
	if t.m != m {
		t.m, t.s = m, tagScratch{} // the sums are m's
	}
	return m.tag(&t.s, words, names, dst)
}

// RetagNames turns tags, the tagging m gives words without names (Tag),
// into the one it gives them reading the words at which names is true as
// proper nouns (TagNames), in place, and returns it. Tagging is greedy and
// left to right, and a word's features look at the words around it, not
// at the tags after it: the tags before the first name the tagger did not
// read as one stay, and once the two tags before a word are the old ones
// again, past the last such name, so are all the tags after them.
func (t *Tagging) RetagNames(m *Model, words []string, names []bool, tags []Tag) []Tag {
	if t.m != m {
		t.m, t.s = m, tagScratch{} // the sums are m's
	}
	n := min(len(words), len(tags))
	first, last := -1, -1 // the first and last names not tagged as such
	for i := range min(n, len(names)) {
		if names[i] && tags[i] != PROPN {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return tags
	}
	s := &t.s
	s.cache.begin(n)
	// ents[j] is the entry of word from+j-2 (padding outside words), as
	// in tag; filled as far as the word two after the one being tagged.
	from := max(0, first-2)
	ents := s.ents[:0]
	for j := from - 2; j < min(first+3, n); j++ {
		ents = append(ents, m.entryAt(s, words, j))
	}
	p1, p2 := Tag(numTags), Tag(numTags)
	if first > 0 {
		p1 = tags[first-1]
	}
	if first > 1 {
		p2 = tags[first-2]
	}
	same1, same2 := true, true // the new tags at i-1 and i-2 are the old ones
	for i := first; i < n; i++ {
		if i > last && same1 && same2 {
			break // from here on, the same tags as before
		}
		for j := from + len(ents) - 2; j <= i+2; j++ {
			ents = append(ents, m.entryAt(s, words, j))
		}
		var b Tag
		if i < len(names) && names[i] {
			b = PROPN
		} else {
			e := ents[i-from : i-from+5]
			b = m.score(e, p1, p2)
		}
		same2, same1 = same1, b == tags[i]
		tags[i] = b
		p2, p1 = p1, b
	}
	s.ents = ents[:0]
	return tags
}

// entryAt is the entry of word j of words, or of the padding before or
// after them.
func (m *Model) entryAt(s *tagScratch, words []string, j int) *wordEntry {
	switch {
	case j < 0:
		return m.start
	case j >= len(words):
		return m.end
	}
	return s.cache.entry(m, words[j])
}

// score returns the tag of the word of entry e[2], e holding the entries
// of the two words before it and the two after it, given the two tags
// before it: tag's step for one word.
func (m *Model) score(e []*wordEntry, p1, p2 Tag) Tag {
	w := e[2]
	if w.inDict {
		return w.dict
	}
	scores := m.base[p1][p2]
	addScores(&scores, &w.self)
	addScores(&scores, &e[1].prev)
	addScores(&scores, &e[0].prev2)
	addScores(&scores, &e[3].next)
	addScores(&scores, &e[4].next2)
	m.t.add(scores[:], mix(10, uint64(p1)+1, w.lower))
	m.t.add(scores[:], mix(17, e[3].shape, w.shape))
	m.t.add(scores[:], mix(18, e[1].lower, w.lower))
	m.t.add(scores[:], mix(19, w.lower, e[3].lower))
	b := Tag(0)
	for c := 1; c < numTags; c++ {
		if scores[c] > scores[b] {
			b = Tag(c)
		}
	}
	return b
}

// tag is TagNames with scratch s, whose cache holds m's words.
func (m *Model) tag(s *tagScratch, words []string, names []bool, dst []Tag) []Tag {
	dst = dst[:0]
	if len(words) == 0 {
		return dst
	}
	s.cache.begin(len(words))
	// ents[i+2] is word i's entry, between two positions of padding on
	// each side, as in context.
	ents := append(s.ents[:0], m.start, m.start)
	for _, w := range words {
		ents = append(ents, s.cache.entry(m, w))
	}
	ents = append(ents, m.end, m.end)
	p1, p2 := Tag(numTags), Tag(numTags) // the start of the sentence
	for i := range words {
		if i < len(names) && names[i] {
			dst = append(dst, PROPN)
			p2, p1 = p1, PROPN
			continue
		}
		w := ents[i+2]
		if w.inDict {
			dst = append(dst, w.dict)
			p2, p1 = p1, w.dict
			continue
		}
		// The features of tagFeatures, summed by role.
		scores := m.base[p1][p2]
		addScores(&scores, &w.self)
		addScores(&scores, &ents[i+1].prev)
		addScores(&scores, &ents[i].prev2)
		addScores(&scores, &ents[i+3].next)
		addScores(&scores, &ents[i+4].next2)
		m.t.add(scores[:], mix(10, uint64(p1)+1, w.lower))
		m.t.add(scores[:], mix(17, ents[i+3].shape, w.shape))
		m.t.add(scores[:], mix(18, ents[i+1].lower, w.lower))
		m.t.add(scores[:], mix(19, w.lower, ents[i+3].lower))
		b := Tag(0)
		for c := 1; c < numTags; c++ {
			if scores[c] > scores[b] {
				b = Tag(c)
			}
		}
		dst = append(dst, b)
		p2, p1 = p1, b
	}
	s.ents = ents[:0]
	return dst
}

// WriteTo writes the tagger's weights (see ReadTagger).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	if err := writeTable(cw, 'T', m.t.classes, m.t.features()); err != nil {
		return cw.n, err
	}
	err := writeTagDict(cw, m.dict)
	return cw.n, err
}

// tagFeatures appends the features of word i, given the two tags before it,
// to fs. ctx is padded (see context): word i is ctx[i+2].
// lex says whether the model has a lexicon (the classes in ctx).
func tagFeatures(fs []uint32, ctx []wordInfo, i int, p1, p2 Tag, lex bool) []uint32 {
	w := &ctx[i+2]
	t1, t2 := uint64(p1)+1, uint64(p2)+1
	fs = append(fs,
		mix(0, 0, 0), // bias
		mix(1, w.lower, 0),
		mix(3, w.suf1, 0),
		mix(4, w.suf2, 0),
		mix(5, w.suf3, 0),
		mix(6, w.pre1, 0),
		mix(7, w.shape, 0),
		mix(8, t1, 0),
		mix(9, t1, t2),
		mix(10, t1, w.lower),
		mix(11, ctx[i+1].lower, 0),
		mix(12, ctx[i+1].suf3, 0),
		mix(13, ctx[i].lower, 0),
		mix(14, ctx[i+3].lower, 0),
		mix(15, ctx[i+3].suf3, 0),
		mix(16, ctx[i+4].lower, 0),
		mix(17, ctx[i+3].shape, w.shape),
		mix(18, ctx[i+1].lower, w.lower),
		mix(19, w.lower, ctx[i+3].lower),
		mix(20, w.suf4, 0),
		mix(21, w.pre3, 0),
	)
	if w.upper {
		fs = append(fs, mix(2, w.word, 0))
	}
	if lex {
		fs = append(fs,
			mix(22, w.lex, 0),
			mix(23, w.lex1, 0),
			mix(24, ctx[i+1].lex, 0),
			mix(25, ctx[i+3].lex, 0),
			mix(27, w.lex, w.suf3),
		)
	}
	return fs
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// features lists the table's features, for writing it back.
func (t *table) features() []feature {
	var out []feature
	for _, sl := range t.slots {
		if sl.key == 0 {
			continue
		}
		f := feature{key: sl.key}
		add := func(e uint32) {
			f.classes = append(f.classes, uint8(e>>16))
			f.weights = append(f.weights, int16(e))
		}
		switch {
		case sl.a&outOfSlot != 0:
			sp := sl.a &^ outOfSlot
			for _, e := range t.entries[sp>>6 : sp>>6+sp&63] {
				add(e)
			}
		case sl.b == noEntry:
			add(sl.a)
		default:
			add(sl.a)
			add(sl.b)
		}
		out = append(out, f)
	}
	return out
}

// FixedTag returns the tag the training data always gives word w as
// written ("tard": ADV, "the": DET), ok false when w is not one of those
// words.
func (m *Model) FixedTag(w string) (Tag, bool) {
	if m == nil {
		return 0, false
	}
	return m.dict.lookup(info(w).word)
}
