package syntax

import "math"

// perceptron is an averaged perceptron being trained: one row of weights per
// feature seen, averaged lazily (each weight remembers when it last changed).
// Updates are whole numbers, so training is exact and reproducible.
type perceptron struct {
	classes int
	rows    map[uint32]int32 // feature key -> row
	w       []int32
	tot     []int64 // sum of w over the instances before ts
	ts      []int32
	now     int32 // instances seen
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, rows: map[uint32]int32{}}
}

// score adds the current weights of feats to scores.
func (p *perceptron) score(scores []int64, feats []uint32) {
	for _, f := range feats {
		r, ok := p.rows[f]
		if !ok {
			continue
		}
		for c, w := range p.w[int(r)*p.classes : int(r+1)*p.classes] {
			scores[c] += int64(w)
		}
	}
}

// best returns the class with the highest score among those allowed (all
// when allowed is nil).
func best(scores []int64, allowed func(int) bool) int {
	b, bs := -1, int64(math.MinInt64)
	for c, s := range scores {
		if s > bs && (allowed == nil || allowed(c)) {
			b, bs = c, s
		}
	}
	return b
}

// tick counts one instance, for the averages.
func (p *perceptron) tick() { p.now++ }

// update moves feats' weights toward gold and away from guess.
func (p *perceptron) update(feats []uint32, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r, ok := p.rows[f]
		if !ok {
			r = int32(len(p.w) / p.classes)
			p.rows[f] = r
			p.w = append(p.w, make([]int32, p.classes)...)
			p.tot = append(p.tot, make([]int64, p.classes)...)
			p.ts = append(p.ts, make([]int32, p.classes)...)
		}
		p.bump(int(r)*p.classes+gold, 1)
		p.bump(int(r)*p.classes+guess, -1)
	}
}

func (p *perceptron) bump(i int, d int32) {
	p.tot[i] += int64(p.w[i]) * int64(p.now-p.ts[i])
	p.ts[i] = p.now
	p.w[i] += d
}

// features returns the averaged weights, quantised to int16 with one scale
// for the whole model and pruned of those whose magnitude is below prune
// (in units of the average weight).
func (p *perceptron) features(prune float64) []feature {
	avg := make([]float64, len(p.w))
	maxAbs := 0.0
	for i, w := range p.w {
		a := float64(p.tot[i]+int64(w)*int64(p.now-p.ts[i])) / float64(max(p.now, 1))
		avg[i] = a
		maxAbs = max(maxAbs, math.Abs(a))
	}
	scale := 32767 / max(maxAbs, 1e-9)
	var out []feature
	for f, r := range p.rows {
		var ft feature
		for c := 0; c < p.classes; c++ {
			a := avg[int(r)*p.classes+c]
			if math.Abs(a) < prune {
				continue
			}
			q := math.Round(a * scale)
			if q == 0 {
				continue
			}
			ft.classes = append(ft.classes, uint8(c))
			ft.weights = append(ft.weights, int16(q))
		}
		if len(ft.classes) > 0 {
			ft.key = f
			out = append(out, ft)
		}
	}
	return out
}
