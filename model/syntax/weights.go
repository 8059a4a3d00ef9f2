package syntax

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// table holds a linear model's weights: for each feature key, a few
// (class, weight) pairs, in an open-addressing hash table. Weights are
// int16, pruned of those too small to matter.
type table struct {
	classes int
	mask    uint32
	slots   []slot
	entries []uint32 // class<<16 | uint16(weight)
	// present has the bit of each feature's key set (the key's top bits,
	// filterShift away): a key whose bit is clear is not in the table, and
	// costs one load from a few kilobytes instead of a walk to an empty
	// slot. About half the lookups are of features the model does not have.
	present     []uint64
	filterShift uint32
}

// slot is a feature's key (0 for an empty slot) and its weights: up to two
// entries (class<<16 | uint16(weight)) in the slot itself, a and b (b is
// noEntry when there is one), or, when a has its top bit set, where they lie
// in entries (start<<6 | count). Most features have two weights, the
// perceptron's updates coming in pairs: one cache line to load for them.
type slot struct{ key, a, b uint32 }

const (
	outOfSlot = 1 << 31
	noEntry   = 1<<32 - 1
)

// add adds the weights of feature key to scores.
func (t *table) add(scores []int32, key uint32) {
	if b := key >> t.filterShift; t.present[b>>6]&(1<<(b&63)) == 0 {
		return
	}
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.key == key {
			if sl.a&outOfSlot == 0 {
				scores[sl.a>>16] += int32(int16(sl.a))
				if sl.b != noEntry {
					scores[sl.b>>16] += int32(int16(sl.b))
				}
				return
			}
			sp := sl.a &^ outOfSlot
			for _, e := range t.entries[sp>>6 : sp>>6+sp&63] {
				scores[e>>16] += int32(int16(e))
			}
			return
		}
		if sl.key == 0 {
			return
		}
	}
}

// weightsMagic starts every weight file; the byte after it says what the
// file holds (a tagger, a parser's moves, its labels).
const weightsMagic = "CLSYN1"

// errWeights reports a weight file that cannot be read.
var errWeights = errors.New("syntax: malformed weight file")

// feature is one feature's pruned, quantised weights, as written.
type feature struct {
	key     uint32
	classes []uint8
	weights []int16
}

// newTable builds the lookup table of features (sorted by key).
func newTable(classes int, feats []feature) *table {
	size := 1
	for size < len(feats)*4/3+2 {
		size *= 2
	}
	t := &table{classes: classes, mask: uint32(size - 1), slots: make([]slot, size)}
	// Eight bits or more per feature: a key the table lacks passes the
	// filter about one time in ten.
	bits := uint32(6)
	for 1<<bits < 8*len(feats) && bits < 32 {
		bits++
	}
	t.present, t.filterShift = make([]uint64, 1<<(bits-6)), 32-bits
	for _, f := range feats {
		b := f.key >> t.filterShift
		t.present[b>>6] |= 1 << (b & 63)
	}
	for _, f := range feats {
		i := f.key & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		entry := func(j int) uint32 { return uint32(f.classes[j])<<16 | uint32(uint16(f.weights[j])) }
		switch len(f.classes) {
		case 1:
			t.slots[i] = slot{f.key, entry(0), noEntry}
		case 2:
			t.slots[i] = slot{f.key, entry(0), entry(1)}
		default:
			t.slots[i] = slot{f.key, outOfSlot | uint32(len(t.entries))<<6 | uint32(len(f.classes)), noEntry}
			for j := range f.classes {
				t.entries = append(t.entries, entry(j))
			}
		}
	}
	return t
}

// writeTable writes classes and features, gzipped: the keys sorted and
// delta-coded, then per feature its count and its (class, weight) pairs, all
// as varints.
func writeTable(w io.Writer, kind byte, classes int, feats []feature) error {
	slices.SortFunc(feats, func(a, b feature) int { return int(int64(a.key) - int64(b.key)) })
	buf := sectionHeader(kind)
	buf = binary.AppendUvarint(buf, uint64(classes))
	buf = binary.AppendUvarint(buf, uint64(len(feats)))
	prev := uint32(0)
	for _, f := range feats {
		buf = binary.AppendUvarint(buf, uint64(f.key-prev))
		prev = f.key
	}
	for _, f := range feats {
		buf = binary.AppendUvarint(buf, uint64(len(f.classes)))
		for j, c := range f.classes {
			buf = append(buf, c)
			buf = binary.AppendVarint(buf, int64(f.weights[j]))
		}
	}
	return writeSection(w, buf)
}

// sectionHeader starts a section of a weight file: the magic and the
// section's kind ('T' a table, 'D' a tag dictionary…).
func sectionHeader(kind byte) []byte {
	return append([]byte(weightsMagic), kind)
}

// writeSection writes one section (a header and its contents) as a gzip
// stream of its own.
func writeSection(w io.Writer, section []byte) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(section); err != nil {
		return err
	}
	return zw.Close()
}

// readSection reads the next section writeSection wrote, checks that it is
// of kind, and returns its contents after the header; what says what was
// expected, for the error.
func readSection(r io.Reader, kind byte, what string) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errWeights, err)
	}
	zr.Multistream(false) // a file holds several sections
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errWeights, err)
	}
	if len(data) < len(weightsMagic)+1 || string(data[:len(weightsMagic)]) != weightsMagic || data[len(weightsMagic)] != kind {
		return nil, fmt.Errorf("%w: %s", errWeights, what)
	}
	return data[len(weightsMagic)+1:], nil
}

// readTable reads what writeTable wrote, checking that it holds kind. r
// must be an io.ByteReader for a second table to be read after the first.
func readTable(r io.Reader, kind byte) (*table, error) {
	p, err := readSection(r, kind, fmt.Sprintf("not a weight file of kind %q", kind))
	if err != nil {
		return nil, err
	}
	bad := false
	uv := func() uint64 {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			bad = true
			return 0
		}
		p = p[n:]
		return v
	}
	classes := int(uv())
	n := int(uv())
	if bad || classes > 256 || n > len(p) {
		return nil, errWeights
	}
	feats := make([]feature, n)
	key := uint32(0)
	for i := range feats {
		key += uint32(uv())
		feats[i].key = key
	}
	for i := range feats {
		c := int(uv())
		if bad || c > classes || c > 63 {
			return nil, errWeights
		}
		feats[i].classes = make([]uint8, c)
		feats[i].weights = make([]int16, c)
		for j := 0; j < c; j++ {
			if len(p) == 0 {
				return nil, errWeights
			}
			feats[i].classes[j] = p[0]
			p = p[1:]
			v, m := binary.Varint(p)
			if m <= 0 || int(feats[i].classes[j]) >= classes {
				return nil, errWeights
			}
			p = p[m:]
			feats[i].weights[j] = int16(v)
		}
	}
	if bad || key == 0 && n > 0 {
		return nil, errWeights
	}
	return newTable(classes, feats), nil
}
