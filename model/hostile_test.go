package model

import (
	"bytes"
	"context"
	"fmt"
	"github.com/claimline/claimline/model/internal/testkit"
	"sync"
	"testing"
	"time"
)

// hostileShapes are the pathological texts a grammar pass must read in time
// linear in their size: one sentence that never ends, commas without end,
// nothing but figures, nothing but dates, nothing but full stops.
var hostileShapes = []struct{ name, unit string }{
	{"claims", "Telegram a gagné 70 millions d'utilisateurs le 5 octobre 2021, "},
	{"claims-en", "Meta said it had 300 million users in July 2023, up from 200 million, "},
	{"commas", "et, "},
	{"bare-commas", ","},
	{"numbers", "70 millions 12 % 3e "},
	{"dates", "5 octobre 2021, "},
	{"dates-en", "on March 3, 2020 and "},
	{"stops", "."},
	{"initials", "A. "},
}

// hostileText is about n bytes of shape unit after a kilobyte of prose
// (so that the loader takes it for an article), without a full stop.
func hostileText(t testing.TB, unit string, n int) []byte {
	var b bytes.Buffer
	b.Write(longArticle(t, 1<<10))
	b.WriteString("\n\n")
	for b.Len() < n {
		b.WriteString(unit)
	}
	b.WriteString("fin.\n")
	return b.Bytes()
}

// buildRaw parses and builds one article. A text the loader refuses as
// not prose (nothing but figures, say) is still read by the grammar, as one
// French article, so that every shape exercises it.
func buildRaw(t testing.TB, raw []byte) *Timeline {
	a, err := ParseArticle("hostile.txt", raw, false)
	if err != nil {
		text := string(raw)
		a = &Article{Name: "hostile.txt", Text: text, Body: Span{Start: 0, End: len(text)}, Lang: "fr"}
		a.Dropped = clean(a.Text, a.Body)
		a.Sentences = sentences(a.Text, a.Body, a.Dropped)
	}
	return Build(&Set{Articles: []*Article{a}})
}

// A long sentence must not take minutes: dating a claim weighed every date
// against every figure through a walk over the sentence (n⁴ in its length:
// 20 KB took over 150 s). Each shape of 20 KB, in one sentence, builds in
// well under a second.
func TestLongSentenceFast(t *testing.T) {
	for _, sh := range hostileShapes {
		t.Run(sh.name, func(t *testing.T) {
			raw := hostileText(t, sh.unit, 20<<10)
			limit := time.Second
			if raceEnabled {
				limit *= 15 // the race detector slows this code about tenfold
			}
			start := testkit.CPUTime()
			buildRaw(t, raw)
			if d := testkit.CPUTime() - start; d > limit {
				t.Errorf("%d bytes of %q took %v of CPU, want < %v", len(raw), sh.unit, d, limit)
			}
		})
	}
}

// BenchmarkHostileShapes builds each hostile shape at 64 KB and 1 MB and
// reports time per MB of text. Time per MB must not grow with size: every
// pass is linear (or n log n) in what it reads, and a sentence is capped
// (maxSentenceBytes), so the 1 MB figure stays within a small factor of the
// 64 KB one. TestHostileShapesLinear checks the same at a smaller scale in
// every test run.
func BenchmarkHostileShapes(b *testing.B) {
	for _, sh := range hostileShapes {
		for _, n := range []int{64 << 10, 1 << 20} {
			raw := hostileText(b, sh.unit, n)
			b.Run(sh.name+"/"+sizeName(n), func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				cpu := testkit.CPUTime()
				for b.Loop() {
					buildRaw(b, raw)
				}
				reportCPU(b, cpu, int64(len(raw)))
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}

// Time per MB of each hostile shape does not grow with size: 8 times the
// text takes at most 4 times as long per byte (linear passes give about 1;
// the old quadratic ones gave hundreds). Sizes are 32 and 256 KB, or 8 and
// 64 KB under the race detector, to keep the test to seconds.
func TestHostileShapesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, sh := range hostileShapes {
		t.Run(sh.name, func(t *testing.T) {
			var reps int
			per := func(n int) float64 {
				raw := hostileText(t, sh.unit, n)
				best := time.Duration(1 << 62)
				for range reps {
					start := testkit.CPUTime()
					buildRaw(t, raw)
					best = min(best, testkit.CPUTime()-start)
				}
				return best.Seconds() / float64(len(raw))
			}
			n, reps := 32<<10, 2
			if raceEnabled {
				n, reps = 8<<10, 1
			}
			small, large := per(n), per(8*n)
			t.Logf("%s: %.3f s/MB at %s, %.3f s/MB at %s", sh.name, small*(1<<20), sizeName(n), large*(1<<20), sizeName(8*n))
			if large > 4*small && large*float64(8*n) > 0.05 {
				t.Errorf("time per byte grows with size: %.3f s/MB at %s, %.3f s/MB at %s", small*(1<<20), sizeName(n), large*(1<<20), sizeName(8*n))
			}
		})
	}
}

// Progress moves while one long article is read (it stayed at 100% for
// the minutes a long sentence took), in order, up to its total.
func TestBuildProgressMovesWithinOneArticle(t *testing.T) {
	a, err := ParseArticle("long.txt", longArticle(t, 256<<10), false)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var calls [][2]int
	_, err = BuildProgress(context.Background(), &Set{Articles: []*Article{a}}, func(done, total int) {
		mu.Lock()
		calls = append(calls, [2]int{done, total})
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) < 20 {
		t.Fatalf("progress told %d times for one article of %d sentences, want it to move", len(calls), len(a.Sentences))
	}
	for i, c := range calls {
		if c[1] != 2*len(a.Sentences) || c[0] > c[1] || i > 0 && c[0] < calls[i-1][0] {
			t.Fatalf("call %d: %d of %d (previous %v)", i, c[0], c[1], calls[max(0, i-1)])
		}
	}
	if last := calls[len(calls)-1]; last[0] != last[1] {
		t.Errorf("progress ends at %d of %d", last[0], last[1])
	}
}
