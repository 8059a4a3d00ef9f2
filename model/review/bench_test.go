package review

import (
	"fmt"
	"github.com/claimline/claimline/model/internal/testkit"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/claimline/claimline/model"
)

// synthReview returns a synthetic timeline of at least n events and the
// path of a review file with one action on each of n events: statuses,
// notes, and corrections of dates, figures and subjects.
func synthReview(b *testing.B, n int) (*model.Timeline, string) {
	b.Helper()
	var tl *model.Timeline
	for articles := n / 4; ; articles *= 2 {
		tl = model.Build(model.SynthSet(articles, 1))
		if len(tl.Events) >= n {
			break
		}
	}
	ix := newIndex(tl)
	f := &file{Schema: Schema}
	for i := 0; i < n; i++ {
		e := &tl.Events[i]
		r := record{Events: []eventRef{ix.eventRef(e)}}
		switch {
		case i%4 == 0:
			r.Do, r.Status = "status", model.Verified.String()
		case i%4 == 1:
			r.Do, r.Text = "note", "checked "+strconv.Itoa(i)
		case i%4 == 2 && e.HasValue:
			r.Do, r.Field, r.Text, r.Qualifier = "edit", model.FieldValue, strconv.FormatFloat(e.Value+1, 'f', -1, 64), "approx"
		case i%4 == 2:
			r.Do, r.Field, r.Text = "edit", model.FieldDate, model.YearOf(e.Date.Start.Year()+1).String()
		default:
			r.Do, r.Field, r.Text = "edit", model.FieldSubject, e.Subject+" Inc."
		}
		f.Actions = append(f.Actions, r)
	}
	data, err := f.encode()
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), FileName)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return tl, path
}

// BenchmarkOpen10k: opening a set with 10,000 events and 10,000
// corrections applies them in under 200 ms. It measures review.Open (read
// the file, hash the articles, index the claims, apply every action) on a
// synthetic set's timeline, built once. Besides ns/op it reports
// cpu-ms/op, the CPU time of the whole process (the garbage collector's
// included) per Open.
func BenchmarkOpen10k(b *testing.B) {
	const n = 10000
	tl, path := synthReview(b, n)
	extracted := tl.Events
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d articles, %d claims, %d events, %d actions, a review file of %.1f MB", len(tl.Articles), len(tl.Claims), len(tl.Events), n, float64(info.Size())/1e6)
	b.ResetTimer()
	cpu := testkit.CPUTime()
	for i := 0; i < b.N; i++ {
		tl.Events = extracted
		s, err := Open(path, tl)
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Orphans()) != 0 {
			b.Fatal(fmt.Sprint(len(s.Orphans()), " orphans, want none"))
		}
	}
	// CPU time per Open: on a shared machine, wall-clock time grows with
	// the other processes' load, CPU time does not.
	if d := testkit.CPUTime() - cpu; d > 0 {
		b.ReportMetric(float64(d.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
