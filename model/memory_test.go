package model

import (
	"bytes"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"
)

// peakHeap runs f and returns the largest heap in use seen while it ran
// (sampled every 5 ms, after a collection before f starts).
func peakHeap(f func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak.Load()
}

// datesAfterProse is n bytes of dates after 32 KB of prose: an article the
// loader takes, whose tail is one date after another.
func datesAfterProse(t testing.TB, n int, unit string) []byte {
	var b bytes.Buffer
	b.Write(longArticle(t, 32<<10))
	b.WriteString("\n\n")
	for b.Len() < n {
		b.WriteString(unit)
	}
	return b.Bytes()
}

// TestHostileMemory: 15 MB of dates or figures after prose (1.97 GB at
// peak before the per-article caps; 0.8 to 1.8 GB for these shapes) stays
// under 600 MB of heap (50 to 90 MB measured). Under the race detector,
// which makes it ten times slower, 2 MB must stay under 150 MB (before the
// caps: about 240 MB).
func TestHostileMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("measures memory")
	}
	size, limit := 15<<20, uint64(600<<20)
	if raceEnabled {
		size, limit = 2<<20, 150<<20
	}
	for _, unit := range []string{"5 octobre 2021, ", "70 millions 12 % ", "2021-10-05 ", "Oui. "} {
		raw := datesAfterProse(t, size, unit)
		var a *Article
		peak := peakHeap(func() {
			var err error
			a, err = ParseArticle("dates.txt", raw, false)
			if err != nil {
				t.Logf("%q: %v", unit, err)
				return
			}
			Build(&Set{Articles: []*Article{a}})
		})
		t.Logf("%d MB of %q: peak heap %d MB", len(raw)>>20, unit, peak>>20)
		if peak > limit {
			t.Errorf("%q: peak heap %d MB, want < %d MB", unit, peak>>20, limit>>20)
		}
	}
}

// A huge search query is cut to MaxQueryRunes: it finds what its start
// finds, with the memory of a short query (a 75 KB query on 50,000 files
// took 895 MB).
func TestSearchQueryCapped(t *testing.T) {
	ix := NewIndex(Build(SynthSet(200, 3)))
	huge := strings.Repeat("telegram é ", 75<<10/12)
	var got []Hit
	peak := peakHeap(func() { got = ix.Search(huge) })
	want := ix.Search(capQuery(huge))
	if len(got) != len(want) {
		t.Errorf("%d hits for the huge query, %d for its first %d runes", len(got), len(want), MaxQueryRunes)
	}
	if n := utf8.RuneCountInString(capQuery(huge)); n != MaxQueryRunes {
		t.Errorf("capQuery kept %d runes", n)
	}
	t.Logf("75 KB query: peak heap %d MB", peak>>20)
	if peak > 200<<20 {
		t.Errorf("peak heap %d MB for one query", peak>>20)
	}
}
