package syntax

import "math/rand"

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
	var ctx []wordInfo
	var fs []uint32
	scores := make([]int64, numTags)
	for _, order := range shuffled(len(sents), opt.Epochs, opt.Seed) {
		for _, si := range order {
			s := &sents[si]
			ctx = context(ctx, s.Words)
			p1, p2 := Tag(numTags), Tag(numTags)
			for i := range s.Words {
				fs = tagFeatures(fs[:0], ctx, i, p1, p2)
				clear(scores)
				p.score(scores, fs)
				guess := best(scores, nil)
				p.tick()
				p.update(fs, int(s.Tags[i]), guess)
				p2, p1 = p1, Tag(guess)
			}
		}
	}
	return &Model{t: newTable(numTags, p.features(opt.Prune))}
}
