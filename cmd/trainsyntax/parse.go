package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/claimline/claimline/model/syntax"
)

// parseOptions are the parser's training settings.
var parseOptions = syntax.TrainOptions{Epochs: 15, Seed: 1, Prune: 1}

// jackknifeFolds is how many parts the training sentences are cut into to
// tag each part with a tagger trained on the others: the parser learns from
// tags with the errors it will see.
const jackknifeFolds = 4

// jackknife returns sents with the tags of taggers trained without them.
// opt are the tagger's settings.
func jackknife(sents []syntax.Sentence, opt syntax.TrainOptions) []syntax.Sentence {
	out := make([]syntax.Sentence, len(sents))
	for f := range jackknifeFolds {
		var rest []syntax.Sentence
		for i, s := range sents {
			if i%jackknifeFolds != f {
				rest = append(rest, s)
			}
		}
		m := syntax.TrainTagger(rest, opt)
		for i, s := range sents {
			if i%jackknifeFolds == f {
				s.Tags = m.Tag(s.Words, nil)
				out[i] = s
			}
		}
	}
	return out
}

// trainParser trains, writes and scores one language's parser.
func trainParser(l lang, ud, out string, sents []syntax.Sentence, tagger *syntax.Model, opt syntax.TrainOptions, stdout io.Writer) error {
	start := time.Now()
	popt := parseOptions
	popt.Seed = l.parseSeed
	p := syntax.TrainParser(jackknife(sents, opt), popt)
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, l.code+".parser.gz"), buf.Bytes()); err != nil {
		return err
	}
	p, err := syntax.ReadParser(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: parser trained in %v, %d bytes\n", l.code, time.Since(start).Round(time.Millisecond), buf.Len())
	for _, f := range l.test {
		test, err := readAll(ud, []string{f})
		if err != nil {
			return err
		}
		uas, las := attachment(tagger, p, test)
		fmt.Fprintf(stdout, "%s: UAS %.2f%%, LAS %.2f%% (predicted tags)\n", f, 100*uas, 100*las)
	}
	return nil
}

// attachment parses sents on the tagger's tags and returns the share of
// words given their gold head (UAS), and their gold head and relation
// (LAS), punctuation included.
func attachment(tagger *syntax.Model, p *syntax.ParseModel, sents []syntax.Sentence) (uas, las float64) {
	var tags []syntax.Tag
	var heads []int
	var rels []syntax.Rel
	right, labelled, all := 0, 0, 0
	for _, s := range sents {
		tags = tagger.Tag(s.Words, tags)
		heads = append(heads[:0], s.Heads...)
		rels = append(rels[:0], s.Rels...)
		p.Parse(s.Words, tags, heads, rels)
		for i, h := range heads {
			all++
			if h == s.Heads[i] {
				right++
				if rels[i] == s.Rels[i] {
					labelled++
				}
			}
		}
	}
	return float64(right) / float64(max(all, 1)), float64(labelled) / float64(max(all, 1))
}
