package syntax

import (
	"cmp"
	"encoding/binary"
	"io"
	"maps"
	"slices"
)

// tagDict holds the words that the training data always tags the same way
// (",", "the", "de" as written): the tagger gives them their tag without
// scoring. An open-addressing table of the words' hashes (info's word).
type tagDict struct {
	mask uint64
	keys []uint64 // 0: empty
	tags []Tag
}

// Thresholds for a word to enter the dictionary: seen often enough, and
// with one tag almost always.
const (
	dictMinCount = 20
	dictMinShare = 0.99
)

// lookup returns the tag of the word whose hash is h, if it is in d.
func (d *tagDict) lookup(h uint64) (Tag, bool) {
	if d == nil || len(d.keys) == 0 {
		return 0, false
	}
	if h == 0 {
		h = 1
	}
	for i := h & d.mask; ; i = (i + 1) & d.mask {
		switch d.keys[i] {
		case h:
			return d.tags[i], true
		case 0:
			return 0, false
		}
	}
}

func newTagDict(m map[uint64]Tag) *tagDict {
	size := 1
	for size < 2*len(m)+2 {
		size *= 2
	}
	d := &tagDict{mask: uint64(size - 1), keys: make([]uint64, size), tags: make([]Tag, size)}
	for _, h := range slices.Sorted(maps.Keys(m)) {
		k := h
		if k == 0 {
			k = 1
		}
		i := k & d.mask
		for d.keys[i] != 0 {
			i = (i + 1) & d.mask
		}
		d.keys[i], d.tags[i] = k, m[h]
	}
	return d
}

// buildTagDict finds the words of sents that enter the dictionary.
func buildTagDict(sents []Sentence) *tagDict {
	counts := map[uint64]*[numTags]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			h := info(w).word
			c := counts[h]
			if c == nil {
				c = new([numTags]int)
				counts[h] = c
			}
			c[s.Tags[i]]++
		}
	}
	m := map[uint64]Tag{}
	for h, c := range counts {
		total, top := 0, 0
		for t, n := range c {
			total += n
			if n > c[top] {
				top = t
			}
		}
		if total >= dictMinCount && float64(c[top]) >= dictMinShare*float64(total) {
			m[h] = Tag(top)
		}
	}
	return newTagDict(m)
}

// writeTagDict writes d, gzipped, after the tagger's table.
func writeTagDict(w io.Writer, d *tagDict) error {
	buf := sectionHeader('D')
	type pair struct {
		key uint64
		tag Tag
	}
	var pairs []pair
	for i, k := range d.keys {
		if k != 0 {
			pairs = append(pairs, pair{k, d.tags[i]})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Compare(a.key, b.key) })
	buf = binary.AppendUvarint(buf, uint64(len(pairs)))
	for _, p := range pairs {
		buf = binary.LittleEndian.AppendUint64(buf, p.key)
		buf = append(buf, byte(p.tag))
	}
	return writeSection(w, buf)
}

// readTagDict reads what writeTagDict wrote.
func readTagDict(r io.Reader) (*tagDict, error) {
	p, err := readSection(r, 'D', "no tag dictionary")
	if err != nil {
		return nil, err
	}
	n, k := binary.Uvarint(p)
	if k <= 0 || n > uint64(len(p))/9 {
		return nil, errWeights
	}
	p = p[k:]
	m := make(map[uint64]Tag, n)
	for range n {
		if len(p) < 9 || p[8] >= numTags {
			return nil, errWeights
		}
		m[binary.LittleEndian.Uint64(p)] = Tag(p[8])
		p = p[9:]
	}
	return newTagDict(m), nil
}
