package model

import (
	"bytes"
	"testing"

	"github.com/claimline/claimline/model/internal/testkit"
)

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
		peak := testkit.PeakHeap(func() {
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
