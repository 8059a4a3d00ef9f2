package export

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// synthTimeline returns a timeline of n events spread over ten years, from
// n/20 articles, with every metric, some conflicts and imprecise dates.
func synthTimeline(n int) *model.Timeline {
	t := &model.Timeline{Name: fmt.Sprintf("%d synthetic events", n)}
	nArt := max(1, n/20)
	for a := 0; a < nArt; a++ {
		t.Articles = append(t.Articles, &model.Article{
			Name:      fmt.Sprintf("synth/%05d.txt", a),
			Title:     fmt.Sprintf("Synthetic article number %d about messaging apps", a),
			Published: model.Day(2015+a%10, time.Month(1+a%12), 1+a%28),
		})
	}
	start := time.Date(2015, time.January, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		day := start.AddDate(0, 0, i*3650/n)
		d := model.Day(day.Year(), day.Month(), day.Day())
		if i%7 == 0 {
			d = model.MonthOf(day.Year(), day.Month())
		}
		m := model.Metrics[i%len(model.Metrics)]
		e := model.Event{
			ID: fmt.Sprint("e", i), Date: d, Subject: "App", Metric: m, HasValue: true, Value: float64(i),
			Label: fmt.Sprintf("App %d: %d million %s", i%50, i%900+1, m.Title()),
		}
		for k := 0; k < 1+i%3; k++ {
			a := t.Articles[(i+k*7)%nArt]
			e.Sources = append(e.Sources, model.Source{Article: a.Name, Title: a.Title})
		}
		if i%11 == 0 {
			e.Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "sources disagree"}}
		}
		t.Events = append(t.Events, e)
	}
	return t
}

// benchRender measures drawing t in format f at 3840 × 2160 and reports the
// file size.
func benchRender(b *testing.B, f Format) {
	t := synthTimeline(10000)
	o := Options{Width: 3840, Height: 2160}
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Render(&buf, t, f, o); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// BenchmarkPNG4K draws a 3840 px PNG of a 10,000-event timeline.
// Target: under 1.5 s per image.
func BenchmarkPNG4K(b *testing.B) { benchRender(b, PNG) }

// BenchmarkSVG4K draws a 3840 px SVG of a 10,000-event timeline.
// Target: under 1 s and under 5 MB.
func BenchmarkSVG4K(b *testing.B) { benchRender(b, SVG) }

// BenchmarkPDF4K draws a 3840 px PDF of a 10,000-event timeline.
// Target: under 1 s and under 5 MB.
func BenchmarkPDF4K(b *testing.B) { benchRender(b, PDF) }

// BenchmarkPNG4KSynthSet draws a 3840 px PNG of the timeline that the model
// builds from 3,000 synthetic articles (about 6,800 events with real labels,
// sources and conflicts). Target: under 1.5 s, as for 10,000 events.
func BenchmarkPNG4KSynthSet(b *testing.B) {
	t := model.Build(model.SynthSet(3000, 1))
	o := Options{Width: 3840, Height: 2160}
	for b.Loop() {
		if err := Render(io.Discard, t, PNG, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(t.Events)), "events")
}
