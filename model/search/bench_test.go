package search

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// BenchmarkSearchKeystroke types queries letter by letter over 100,000
// claims, refining the previous query's matches as the query grows, and
// reports the 95th percentile of one keystroke in the model (p95-ms). Target:
// the whole keystroke, model and UI, under 16 ms at the 95th percentile
// (ui.BenchmarkSearchKeystroke100k measures it end to end).
func BenchmarkSearchKeystroke(b *testing.B) {
	ix := synthIndex(100000)
	queries := []string{"telegram 70", "durov", "aout", "signal janvier", "500 millions actifs", "70 millions", "classement", "dourov", "56e place"}
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range queries {
			var prev []Hit
			for n := 1; n <= len(q); n++ {
				start := time.Now()
				if n == 1 {
					prev = ix.Search(q[:n])
				} else {
					prev = ix.Refine(q[:n], prev)
				}
				times = append(times, time.Since(start))
			}
		}
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

// synthIndex builds the search index of a timeline of at least n claims:
// a synthetic set's claims repeated under other article names.
func synthIndex(n int) *Index {
	base := model.Build(model.SynthSet(200, 4))
	t := &model.Timeline{Articles: base.Articles}
	for k := 0; len(t.Claims) < n; k++ {
		for _, c := range base.Claims {
			c.ArticleName = fmt.Sprintf("%d/%s", k, c.ArticleName)
			c.ID = len(t.Claims)
			t.Claims = append(t.Claims, c)
		}
	}
	return NewIndex(t)
}
