package syntax

import (
	"math/rand"
	"slices"
)

// Sentence is one training or test sentence: its words as Claimline's
// tokenizer splits them, their tags, and, for the parser, each word's head
// (-1 for the root) and relation.
type Sentence struct {
	Words []string
	Tags  []Tag
	Heads []int
	Rels  []Rel
}

// TrainOptions set how a model is trained.
type TrainOptions struct {
	Epochs int     // passes over the sentences
	Seed   int64   // the order of the sentences in each pass
	Prune  float64 // weights whose magnitude is below this are dropped
	// Lexicon, when not nil, gives the tagger the classes of its words
	// (see Lexicon); the tagger must be read back with it.
	Lexicon *Lexicon
}

// shuffled returns the order of n items for each epoch, from seed.
func shuffled(n, epochs int, seed int64) [][]int {
	rng := rand.New(rand.NewSource(seed))
	out := make([][]int, epochs)
	for e := range out {
		out[e] = rng.Perm(n)
	}
	return out
}

// TrainTagger trains a tagger on sents (their Words and Tags), reading the
// tags before each word from its own predictions, as when tagging.
func TrainTagger(sents []Sentence, opt TrainOptions) *Model {
	p := newPerceptron(numTags)
	dict := buildTagDict(sents)
	var ctx []wordInfo
	var fs []uint32
	scores := make([]int64, numTags)
	for _, order := range shuffled(len(sents), opt.Epochs, opt.Seed) {
		for _, si := range order {
			s := &sents[si]
			ctx = context(ctx, s.Words, opt.Lexicon)
			p1, p2 := Tag(numTags), Tag(numTags)
			for i := range s.Words {
				fs = tagFeatures(fs[:0], ctx, i, p1, p2, opt.Lexicon != nil)
				clear(scores)
				p.score(scores, fs)
				guess := best(scores, nil)
				p.tick()
				p.update(fs, int(s.Tags[i]), guess)
				p2, p1 = p1, Tag(guess)
			}
		}
	}
	return newModel(newTable(numTags, p.features(opt.Prune)), dict, opt.Lexicon)
}

// Projective reports whether heads form one tree (one root, -1, no cycle)
// whose arcs do not cross: the trees the parser can build and learn from.
func Projective(heads []int) bool {
	roots := 0
	for d, h := range heads {
		if h < 0 {
			roots++
			continue
		}
		if h >= len(heads) || h == d {
			return false
		}
		// Every word between d and h must descend from h.
		lo, hi := min(d, h), max(d, h)
		for k := lo + 1; k < hi; k++ {
			a, steps := k, 0
			for a >= 0 && a != h && steps <= len(heads) {
				a = heads[a]
				steps++
			}
			if a != h {
				return false
			}
		}
	}
	return roots == 1
}

// cost returns how many gold arcs move m makes unreachable (Goldberg and
// Nivre's dynamic oracle for the arc-eager system), for a projective gold
// tree whose roots are the words left without a head.
func (s *parseState) cost(m int, gold []int) int {
	n := len(gold)
	s0 := -1
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
	}
	onStack := func(w int) bool {
		for _, k := range s.stack {
			if k == w {
				return true
			}
		}
		return false
	}
	// depsIn counts the words of the buffer from i on whose gold head is h.
	depsIn := func(h, i int) int {
		c := 0
		for k := i; k < n; k++ {
			if gold[k] == h {
				c++
			}
		}
		return c
	}
	// stackDeps counts the headless words on the stack whose gold head is b.
	stackDeps := func() int {
		c := 0
		for _, k := range s.stack {
			if gold[k] == s.b && s.heads[k] < 0 {
				c++
			}
		}
		return c
	}
	b := s.b
	switch m {
	case leftArc:
		c := depsIn(s0, b)
		if g := gold[s0]; g != b && (g < 0 || g > b) {
			c++
		}
		return c
	case rightArc:
		c := stackDeps()
		if g := gold[b]; g != s0 && (g < 0 || g > b || onStack(g)) {
			c++
		}
		return c
	case reduce:
		return depsIn(s0, b)
	case shift:
		c := stackDeps()
		if g := gold[b]; g >= 0 && onStack(g) {
			c++
		}
		return c
	}
	return 0
}

// TrainParser trains a parser on the projective trees of sents (their Words,
// Tags, Heads and Rels): its moves with a static oracle, its labels on the
// gold trees. The Tags should be a tagger's, as the parser will see them.
func TrainParser(sents []Sentence, opt TrainOptions) *ParseModel {
	var keep []Sentence
	var vis parseState
	for _, s := range sents {
		if len(s.Words) > 0 {
			s = withoutNumberPieces(&vis, s)
		}
		if len(s.Words) > 0 && Projective(s.Heads) {
			keep = append(keep, s)
		}
	}
	moves, labels := newPerceptron(numMoves), newPerceptron(numRels)
	s := new(parseState)
	scores := make([]int64, numMoves)
	lscores := make([]int64, numRels)
	rng := rand.New(rand.NewSource(opt.Seed))
	for epoch, order := range shuffled(len(keep), opt.Epochs, opt.Seed) {
		for _, si := range order {
			sent := &keep[si]
			s.reset(sent.Words, sent.Tags)
			for !s.done() {
				s.feats = s.moveFeatures(s.feats[:0])
				clear(scores)
				moves.score(scores, s.feats)
				guess := best(scores, s.valid)
				// The best-scored move among those that lose no gold arc.
				gold := best(scores, func(m int) bool { return s.valid(m) && s.cost(m, sent.Heads) == 0 })
				moves.tick()
				moves.update(s.feats, gold, guess)
				// After the first passes, follow the model's own moves most
				// of the time, to learn from its mistakes.
				next := gold
				if epoch >= 1 && rng.Float64() < 0.5 {
					next = guess
				}
				s.apply(next)
			}
			// The labels, on the gold tree.
			s.reset(sent.Words, sent.Tags)
			for d, h := range sent.Heads {
				if h >= 0 {
					s.arc(h, d)
				}
			}
			for d, h := range sent.Heads {
				if h < 0 {
					continue
				}
				s.feats = s.labelFeatures(s.feats[:0], d)
				clear(lscores)
				labels.score(lscores, s.feats)
				guess := best(lscores, func(r int) bool { return r != int(Root) })
				labels.tick()
				labels.update(s.feats, int(sent.Rels[d]), guess)
			}
		}
	}
	return &ParseModel{moves: newTable4(moves.features(opt.Prune)), labels: newTable(numRels, labels.features(opt.Prune))}
}

// withoutNumberPieces returns s without the pieces of its numbers after the
// first (see numberPieces), as the parser reads it: a head that was such a
// piece becomes its number's first piece.
func withoutNumberPieces(vis *parseState, s Sentence) Sentence {
	idx := vis.visible(s.Words, s.Tags, nil)
	out := Sentence{Words: slices.Clone(vis.words), Tags: slices.Clone(vis.vtags)}
	for _, i := range vis.from {
		h := s.Heads[i]
		if h >= 0 {
			h = idx[h]
		}
		out.Heads = append(out.Heads, h)
		out.Rels = append(out.Rels, s.Rels[i])
	}
	for d, h := range out.Heads {
		if h == d { // the number's head was one of its own pieces
			out.Heads[d] = -2 // not a tree: dropped
		}
	}
	return out
}
