package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// udWord is one syntactic word of a CoNLL-U sentence.
type udWord struct {
	form   string
	tag    syntax.Tag
	head   int // 1-based, 0 for the root
	rel    syntax.Rel
	start  int // byte span in the sentence's text
	end    int
	unit   int // the unit it belongs to (see convert)
	parent int // -1, or the multiword token holding it
}

// udToken is a surface token: a word, or a multiword token ("du" = "de le").
type udToken struct {
	form       string
	spaceAfter bool
	words      []int // 1-based ids of its words
}

// readCoNLLU reads a CoNLL-U file as sentences on Claimline's tokens (see
// convert). It returns the sentences and the number of sentences dropped
// because their tokens could not be aligned.
func readCoNLLU(path string) ([]syntax.Sentence, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	return parseCoNLLU(f)
}

func parseCoNLLU(r io.Reader) ([]syntax.Sentence, int, error) {
	var out []syntax.Sentence
	dropped := 0
	var toks []udToken
	words := []udWord{{}} // words[0] is the root
	mwtEnd := 0
	flush := func() {
		if len(words) > 1 {
			if s, ok := convert(toks, words); ok {
				out = append(out, s)
			} else {
				dropped++
			}
		}
		toks, words, mwtEnd = toks[:0], words[:1], 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		if l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 10 {
			return nil, 0, fmt.Errorf("line %d: %d columns, want 10", line, len(c))
		}
		space := !strings.Contains(c[9], "SpaceAfter=No")
		if a, b, ok := strings.Cut(c[0], "-"); ok {
			from, err1 := strconv.Atoi(a)
			to, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || to < from {
				return nil, 0, fmt.Errorf("line %d: bad range %q", line, c[0])
			}
			t := udToken{form: c[1], spaceAfter: space}
			for id := from; id <= to; id++ {
				t.words = append(t.words, id)
			}
			toks = append(toks, t)
			mwtEnd = to
			continue
		}
		if strings.Contains(c[0], ".") {
			continue // an empty node
		}
		id, err := strconv.Atoi(c[0])
		if err != nil || id != len(words) {
			return nil, 0, fmt.Errorf("line %d: bad id %q", line, c[0])
		}
		head, err := strconv.Atoi(c[6])
		if err != nil {
			return nil, 0, fmt.Errorf("line %d: bad head %q", line, c[6])
		}
		tag, ok := syntax.ParseTag(c[3])
		if !ok {
			return nil, 0, fmt.Errorf("line %d: unknown tag %q", line, c[3])
		}
		rel, _ := syntax.ParseRel(c[7])
		w := udWord{form: c[1], tag: tag, head: head, rel: rel, parent: -1}
		if id <= mwtEnd {
			w.parent = len(toks) - 1
		} else {
			toks = append(toks, udToken{form: c[1], spaceAfter: space, words: []int{id}})
		}
		words = append(words, w)
	}
	flush()
	return out, dropped, sc.Err()
}

// convert turns a UD sentence into one on Claimline's tokens: it rebuilds the
// sentence's text, splits it with lexis.Tokenize and gives each token a tag,
// a head and a relation:
//
//   - a multiword token whose words do not spell it ("du" = "de le", "au",
//     "aux", "des" = "de les", "auquel") is one unit, tagged and attached as
//     its first word (ADP for all of those); one whose words spell it
//     ("don't" = "do n't", "it's") keeps its words, each with its own span;
//   - a token that covers several units ("e-mail", when UD splits it) takes
//     the unit among them that is the others' head;
//   - a unit that Claimline splits ("5.2" into "5", ".", "2"; "54 000") gives
//     its tag to every piece but punctuation, which is PUNCT ("5.2" is NUM
//     PUNCT NUM); the first piece takes its head and
//     relation, the others attach to the first as goeswith;
//   - "%" is SYM, as the UD guidelines and all but Sequoia (NOUN) have it.
//
// It fails when some token overlaps no word.
func convert(toks []udToken, words []udWord) (syntax.Sentence, bool) {
	var b strings.Builder
	unit := 0
	for ti, t := range toks {
		start := b.Len()
		b.WriteString(t.form)
		end := b.Len()
		spelt := len(t.words) > 1
		if spelt {
			var cat strings.Builder
			for _, id := range t.words {
				cat.WriteString(words[id].form)
			}
			spelt = cat.String() == t.form
		}
		at := start
		for _, id := range t.words {
			w := &words[id]
			switch {
			case len(t.words) == 1:
				w.start, w.end, w.unit = start, end, unit
				unit++
			case spelt:
				w.start, w.end, w.unit = at, at+len(w.form), unit
				at = w.end
				unit++
			default:
				w.start, w.end, w.unit = start, end, unit
			}
		}
		if len(t.words) > 1 && !spelt {
			unit++
		}
		_ = ti
		if t.spaceAfter {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	// rep[u]: the word standing for unit u: its first word whose head lies
	// outside the unit (the first word for "du").
	rep := make([]int, unit)
	for i := range rep {
		rep[i] = -1
	}
	for id := 1; id < len(words); id++ {
		u := words[id].unit
		if rep[u] < 0 || words[rep[u]].head != 0 && words[words[rep[u]].head].unit == u && !(words[id].head != 0 && words[words[id].head].unit == u) {
			rep[u] = id
		}
	}
	ctoks := lexis.Tokenize(text, 0, len(text))
	n := len(ctoks)
	s := syntax.Sentence{Words: make([]string, n), Tags: make([]syntax.Tag, n), Heads: make([]int, n), Rels: make([]syntax.Rel, n)}
	tokUnit := make([]int, n)
	mainTok := make([]int, unit) // the first token given to each unit
	for i := range mainTok {
		mainTok[i] = -1
	}
	wordTok := make([]int, len(words)) // the token holding each word
	bestOverlap := make([]int, len(words))
	for k, ct := range ctoks {
		s.Words[k] = text[ct.Start:ct.End]
		// The units the token overlaps, and the one among them that heads the others.
		chosen, chosenOv := -1, 0
		for id := 1; id < len(words); id++ {
			w := &words[id]
			ov := min(w.end, ct.End) - max(w.start, ct.Start)
			if ov <= 0 {
				continue
			}
			if ov > bestOverlap[id] {
				bestOverlap[id], wordTok[id] = ov, k
			}
			r := rep[w.unit]
			if r != id {
				continue
			}
			// Does the unit's head lie outside the token?
			h := words[r].head
			outside := h == 0 || min(words[h].end, ct.End)-max(words[h].start, ct.Start) <= 0
			better := chosen < 0 || outside && !chosenOutside(words, rep, chosen, ct) || outside == chosenOutside(words, rep, chosen, ct) && ov > chosenOv
			if better {
				chosen, chosenOv = w.unit, ov
			}
		}
		if chosen < 0 {
			return s, false
		}
		tokUnit[k] = chosen
		if mainTok[chosen] < 0 {
			mainTok[chosen] = k
		}
		s.Tags[k] = words[rep[chosen]].tag
	}
	for id := 1; id < len(words); id++ {
		if m := mainTok[words[id].unit]; m >= 0 {
			wordTok[id] = m
		}
	}
	for k := range ctoks {
		u := tokUnit[k]
		if m := mainTok[u]; m != k {
			s.Heads[k], s.Rels[k] = m, syntax.Goeswith
			if ctoks[k].Kind == lexis.Punct {
				s.Tags[k] = syntax.PUNCT
			}
			continue
		}
		if s.Words[k] == "%" {
			s.Tags[k] = syntax.SYM // Sequoia's NOUN
		}
		// Climb from the unit's word until a head lies in another token.
		id := rep[u]
		for words[id].head != 0 && wordTok[words[id].head] == k {
			id = words[id].head
		}
		if h := words[id].head; h == 0 {
			s.Heads[k], s.Rels[k] = -1, syntax.Root
		} else {
			s.Heads[k], s.Rels[k] = wordTok[h], words[id].rel
		}
	}
	return s, true
}

// chosenOutside reports whether unit u's head lies outside token ct.
func chosenOutside(words []udWord, rep []int, u int, ct lexis.Token) bool {
	h := words[rep[u]].head
	return h == 0 || min(words[h].end, ct.End)-max(words[h].start, ct.Start) <= 0
}
