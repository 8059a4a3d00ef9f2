package syntax

import (
	"bufio"
	"bytes"
	"io"
	"sync"
)

// ParseModel is a dependency parser for one language: a greedy arc-eager
// transition parser whose moves an averaged perceptron chooses from features
// of the words and tags on its stack and buffer, then a second perceptron
// that labels each arc from the finished tree. Its trees are projective.
// A ParseModel is read-only and safe for concurrent use.
type ParseModel struct {
	moves  *table4
	labels *table
}

// The parser's moves (arc-eager).
const (
	shift = iota
	reduce
	leftArc  // the stack's top gets the buffer's front as head, and is popped
	rightArc // the buffer's front gets the stack's top as head, and is pushed
	numMoves
)

var parsers sync.Map // lang -> func() *ParseModel

// Parser returns the parser of lang ("fr" or "en"), reading its embedded
// weights on first use; nil when there are none for lang.
func Parser(lang string) *ParseModel {
	f, ok := parsers.Load(lang)
	if !ok {
		f, _ = parsers.LoadOrStore(lang, sync.OnceValue(func() *ParseModel {
			data, err := weightFiles.ReadFile("weights/" + lang + ".parser.gz")
			if err != nil {
				return nil
			}
			p, err := ReadParser(bytes.NewReader(data))
			if err != nil {
				panic(err) // the embedded weights are part of the program
			}
			return p
		}))
	}
	return f.(func() *ParseModel)()
}

// ReadParser reads a parser's weights as WriteTo wrote them.
func ReadParser(r io.Reader) (*ParseModel, error) {
	if _, ok := r.(io.ByteReader); !ok {
		r = bufio.NewReader(r)
	}
	m, err := readTable(r, 'P')
	if err != nil {
		return nil, err
	}
	if m.classes != numMoves {
		return nil, errWeights
	}
	l, err := readTable(r, 'L')
	if err != nil {
		return nil, err
	}
	return &ParseModel{moves: newTable4(m.features()), labels: l}, nil
}

// WriteTo writes the parser's weights (see ReadParser): its moves' table
// then its labels'.
func (p *ParseModel) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	if err := writeTable(cw, 'P', numMoves, p.moves.features()); err != nil {
		return cw.n, err
	}
	err := writeTable(cw, 'L', numRels, p.labels.features())
	return cw.n, err
}

// parseState is a parse under way, with its buffers; pooled.
type parseState struct {
	ctx    []wordInfo
	tags   []uint64 // tags[i+2]: word i's tag + 1, 0 outside the sentence
	stack  []int
	b      int   // the buffer's front
	heads  []int // -1: none yet
	lc, rc []int // each word's leftmost and rightmost child so far, -1: none
	feats  []uint32
	// The sentence without the pieces of numbers after their first (see
	// numberPieces): its words and tags, and where each came from.
	cont  []bool
	idx   []int
	words []string
	vtags []Tag
	from  []int
}

// visible sets the words and tags that are parsed: all but the pieces that
// continue a number; it returns the index of each word among them, or of
// its number's first piece (reusing idx).
func (s *parseState) visible(words []string, tags []Tag, idx []int) []int {
	s.cont = numberPieces(words, s.cont)
	s.words, s.vtags, s.from, idx = s.words[:0], s.vtags[:0], s.from[:0], idx[:0]
	for i, w := range words {
		if s.cont[i] {
			idx = append(idx, len(s.words)-1)
			continue
		}
		idx = append(idx, len(s.words))
		s.words = append(s.words, w)
		s.vtags = append(s.vtags, tags[i])
		s.from = append(s.from, i)
	}
	return idx
}

var parsePool = sync.Pool{New: func() any { return new(parseState) }}

func (s *parseState) reset(words []string, tags []Tag) {
	s.ctx = context(s.ctx, words, nil)
	s.tags = append(s.tags[:0], 0, 0)
	for _, t := range tags[:len(words)] {
		s.tags = append(s.tags, uint64(t)+1)
	}
	s.tags = append(s.tags, 0, 0)
	s.stack, s.b = s.stack[:0], 0
	s.heads, s.lc, s.rc = fill(s.heads, len(words)), fill(s.lc, len(words)), fill(s.rc, len(words))
}

// fill returns a slice of n -1s, reusing s.
func fill(s []int, n int) []int {
	s = s[:0]
	for range n {
		s = append(s, -1)
	}
	return s
}

// valid reports whether move m can be made.
func (s *parseState) valid(m int) bool {
	n := len(s.heads)
	switch m {
	case shift:
		return s.b < n
	case reduce:
		return len(s.stack) > 0 && s.heads[s.stack[len(s.stack)-1]] >= 0
	case leftArc:
		return len(s.stack) > 0 && s.b < n && s.heads[s.stack[len(s.stack)-1]] < 0
	case rightArc:
		return len(s.stack) > 0 && s.b < n
	}
	return false
}

// apply makes move m.
func (s *parseState) apply(m int) {
	switch m {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.b, d)
	case rightArc:
		s.arc(s.stack[len(s.stack)-1], s.b)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

func (s *parseState) arc(h, d int) {
	s.heads[d] = h
	if d < h && (s.lc[h] < 0 || d < s.lc[h]) {
		s.lc[h] = d
	}
	if d > h && d > s.rc[h] {
		s.rc[h] = d
	}
}

// done reports whether the buffer is empty; the words left on the stack
// without a head are then roots.
func (s *parseState) done() bool { return s.b >= len(s.heads) }

// Values of words and tags outside the sentence or missing.
const none = 7

// tagAt is the tag value of word i (0 when i is -1 or past the end).
func (s *parseState) tagAt(i int) uint64 {
	if i < 0 {
		return 0
	}
	return s.tags[i+2]
}

func (s *parseState) wordAt(i int) uint64 {
	if i < 0 {
		return none
	}
	return s.ctx[i+2].lower
}

// moveFeatures appends the features of the state to fs.
func (s *parseState) moveFeatures(fs []uint32) []uint32 {
	s0, s1, n0 := -1, -1, s.b
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	n := len(s.heads)
	n1, n2 := -1, -1
	if n0+1 < n {
		n1 = n0 + 1
	}
	if n0+2 < n {
		n2 = n0 + 2
	}
	if n0 >= n {
		n0 = -1
	}
	s0h, s0l, s0r, n0l := -1, -1, -1, -1
	if s0 >= 0 {
		s0h, s0l, s0r = s.heads[s0], s.lc[s0], s.rc[s0]
	}
	if n0 >= 0 {
		n0l = s.lc[n0]
	}
	s0w, s0t, n0w, n0t := s.wordAt(s0), s.tagAt(s0), s.wordAt(n0), s.tagAt(n0)
	n1w, n1t, n2t := s.wordAt(n1), s.tagAt(n1), s.tagAt(n2)
	s1t, s0ht, s0lt, s0rt, n0lt := s.tagAt(s1), s.tagAt(s0h), s.tagAt(s0l), s.tagAt(s0r), s.tagAt(n0l)
	dist := uint64(0)
	if s0 >= 0 && n0 >= 0 {
		dist = uint64(min(n0-s0, 6))
	}
	t3 := func(a, b, c uint64) uint64 { return a<<16 | b<<8 | c }
	return append(fs,
		mix(100, 0, 0),
		mix(101, s0w, 0),
		mix(102, s0t, 0),
		mix(103, s0w, s0t),
		mix(104, n0w, 0),
		mix(105, n0t, 0),
		mix(106, n0w, n0t),
		mix(107, n1w, 0),
		mix(108, n1t, 0),
		mix(109, n1w, n1t),
		mix(110, n2t, 0),
		mix(111, s0w, n0w),
		mix(112, s0t, n0t),
		mix(113, s0w, n0t),
		mix(114, s0t, n0w),
		mix(115, t3(s0t, n0t, n1t), 0),
		mix(116, t3(s0t, s0ht, n0t), 0),
		mix(117, t3(n0t, n1t, n2t), 0),
		mix(118, t3(s0t, s0lt, n0t), 0),
		mix(119, t3(s0t, s0rt, n0t), 0),
		mix(120, t3(s0t, n0t, n0lt), 0),
		mix(121, t3(dist, s0t, n0t), 0),
		mix(122, dist, s0w),
		mix(123, dist, n0w),
		mix(124, t3(s1t, s0t, n0t), 0),
		mix(125, s0w, n0w^n1t),
		mix(126, t3(s0t, n0t, uint64(len(s.stack))&3), uint64(s.b-1-s0)&7),
	)
}

// labelFeatures appends the features of word d's arc from head h in the
// finished tree to fs.
func (s *parseState) labelFeatures(fs []uint32, d int) []uint32 {
	h := s.heads[d]
	dw, dt, hw, ht := s.wordAt(d), s.tagAt(d), s.wordAt(h), s.tagAt(h)
	dir := uint64(1)
	if h > d {
		dir = 2
	}
	dist := uint64(min(max(h-d, d-h), 5))
	hh := -1
	if h >= 0 {
		hh = s.heads[h]
	}
	return append(fs,
		mix(200, 0, 0),
		mix(201, dw, 0),
		mix(202, dt, 0),
		mix(203, dw, dt),
		mix(204, hw, 0),
		mix(205, ht, 0),
		mix(206, dt, ht),
		mix(207, dw, ht),
		mix(208, dt, hw),
		mix(209, dt<<8|ht, dir),
		mix(210, dt<<8|ht, dir<<8|dist),
		mix(211, dt<<8|ht, s.tagAt(hh)),
		mix(212, dt, s.tagAt(s.lc[d])),
		mix(213, dt, s.tagAt(s.rc[d])),
		mix(214, dt<<8|s.tagAt(d-1), dir),
		mix(215, dt<<8|s.tagAt(d+1), dir),
		mix(216, dw, hw),
		mix(217, s.ctx[d+2].suf3, dt<<8|ht),
		mix(218, dt<<8|ht, s.tagAt(s.lc[h])<<8|s.tagAt(s.rc[h])),
	)
}

// Parse parses words, tagged tags (as Tag gave them), writing each word's
// head into heads (an index into words, -1 for the root) and its relation
// into rels; heads and rels must be as long as words. It allocates nothing
// once warm.
func (p *ParseModel) Parse(words []string, tags []Tag, heads []int, rels []Rel) {
	if len(words) == 0 {
		return
	}
	s := parsePool.Get().(*parseState)
	s.idx = s.visible(words, tags, s.idx)
	vw, vt := s.words, s.vtags
	s.reset(vw, vt)
	var scores [numMoves]int32
	var lscores [numRels]int32
	for !s.done() {
		s.feats = s.moveFeatures(s.feats[:0])
		scores = [numMoves]int32{}
		for _, f := range s.feats {
			p.moves.add(&scores, f)
		}
		b := -1
		for m := range numMoves {
			if s.valid(m) && (b < 0 || scores[m] > scores[b]) {
				b = m
			}
		}
		s.apply(b)
	}
	s.finish()
	for i := range words {
		d := s.idx[i]
		if s.cont[i] {
			heads[i], rels[i] = s.from[d], Goeswith
			continue
		}
		if s.heads[d] < 0 {
			heads[i], rels[i] = -1, Root
			continue
		}
		heads[i] = s.from[s.heads[d]]
		s.feats = s.labelFeatures(s.feats[:0], d)
		lscores = [numRels]int32{}
		for _, f := range s.feats {
			p.labels.add(lscores[:], f)
		}
		b := Rel(1)
		for r := Rel(2); r < numRels; r++ {
			if lscores[r] > lscores[b] {
				b = r
			}
		}
		rels[i] = b
	}
	parsePool.Put(s)
}

// finish gives the tree one root: the words left without a head attach to
// the first of them.
func (s *parseState) finish() {
	root := -1
	for d, h := range s.heads {
		if h >= 0 {
			continue
		}
		if root < 0 {
			root = d
			continue
		}
		s.arc(root, d)
	}
}
