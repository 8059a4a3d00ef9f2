package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/internal/testkit"
)

// A huge search query is cut to MaxQueryRunes: it finds what its start
// finds, with the memory of a short query (a 75 KB query on 50,000 files
// took 895 MB).
func TestSearchQueryCapped(t *testing.T) {
	ix := NewIndex(model.Build(model.SynthSet(200, 3)))
	huge := strings.Repeat("telegram é ", 75<<10/12)
	var got []Hit
	peak := testkit.PeakHeap(func() { got = ix.Search(huge) })
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
