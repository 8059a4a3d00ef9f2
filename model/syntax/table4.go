package syntax

// table4 is table for a model of at most four classes (the parser's moves):
// each slot holds the feature's key and all its weights, so that a feature
// costs one load whatever its number of weights.
type table4 struct {
	mask  uint32
	slots []slot4
}

type slot4 struct {
	key uint32
	w   [4]int16
}

func newTable4(feats []feature) *table4 {
	size := 1
	for size < len(feats)*4/3+2 {
		size *= 2
	}
	t := &table4{mask: uint32(size - 1), slots: make([]slot4, size)}
	for _, f := range feats {
		i := f.key & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = f.key
		for j, c := range f.classes {
			t.slots[i].w[c] = f.weights[j]
		}
	}
	return t
}

// add adds the weights of feature key to scores.
func (t *table4) add(scores *[4]int32, key uint32) {
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.key == key {
			scores[0] += int32(sl.w[0])
			scores[1] += int32(sl.w[1])
			scores[2] += int32(sl.w[2])
			scores[3] += int32(sl.w[3])
			return
		}
		if sl.key == 0 {
			return
		}
	}
}

// features lists the table's features, for writing it back.
func (t *table4) features() []feature {
	var out []feature
	for _, sl := range t.slots {
		if sl.key == 0 {
			continue
		}
		f := feature{key: sl.key}
		for c, w := range sl.w {
			if w != 0 {
				f.classes = append(f.classes, uint8(c))
				f.weights = append(f.weights, w)
			}
		}
		out = append(out, f)
	}
	return out
}
