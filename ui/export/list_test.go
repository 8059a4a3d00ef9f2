package export

import (
	"bytes"
	"fmt"
	"image/png"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// denseTimeline is a story too dense to label on one axis: n events over
// the first days of March 2025, from three articles, every seventh one
// disputed, and one event two years before.
func denseTimeline(n int) *model.Timeline {
	arts := []*model.Article{
		{Name: "a.txt", Title: "Plant to close", Published: model.Day(2025, time.March, 3)},
		{Name: "b.txt", Title: "Union figures", Published: model.Day(2025, time.March, 4)},
		{Name: "c.txt", Title: "Strike vote", Published: model.Day(2025, time.March, 10)},
	}
	events := []model.Event{{ID: "old", Date: model.YearOf(2023), Metric: model.MetricEvent, Label: "Plant expanded",
		Sources: []model.Source{{Article: "a.txt"}}}}
	for i := range n {
		e := model.Event{ID: fmt.Sprintf("e%d", i), Date: model.Day(2025, time.March, 1+i*10/n), Metric: model.MetricEvent,
			Subject: "Plant", Label: fmt.Sprintf("Dense claim %02d about the plant", i+1),
			Sources: []model.Source{{Article: arts[i%3].Name}}}
		if i%7 == 3 {
			e.Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "1,200 vs 1,650"}}
		}
		events = append(events, e)
	}
	return &model.Timeline{Name: "Plant closure", Articles: arts, Events: events}
}

// listedDrawing lays out tl as Render does and returns the drawing.
func listedDrawing(t *testing.T, tl *model.Timeline, o Options) *drawing {
	t.Helper()
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	o, err = o.normalized(tl)
	if err != nil {
		t.Fatal(err)
	}
	return newDrawing(tl, o, fonts)
}

// TestDenseExportListsEveryEvent checks that in a story too dense to label
// on the axis, every event of the range is readable in the image, in both
// languages: its whole label drawn on the timeline, or its number, date and
// whole label in the list under it, which each cluster's label points to.
func TestDenseExportListsEveryEvent(t *testing.T) {
	tests := []struct {
		name     string
		n        int
		o        Options
		clusters bool // the layout must group events
	}{
		{"1920×1080 en", 40, Options{Width: 1920, Height: 1080}, false},
		{"1920×1080 fr", 40, Options{Width: 1920, Height: 1080, Lang: "fr"}, false},
		{"1920×1080 en, 100 events", 100, Options{Width: 1920, Height: 1080}, true},
		{"900×506 range fr", 60, Options{Width: 900, Height: 506, Lang: "fr",
			From: time.Date(2025, time.February, 3, 0, 0, 0, 0, time.UTC), To: time.Date(2025, time.April, 28, 0, 0, 0, 0, time.UTC)}, true},
		{"A4 en", 60, Options{Width: 1123, Height: 794}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := denseTimeline(tt.n)
			d := listedDrawing(t, tl, tt.o)
			d.setList(SVG)
			if len(d.list) == 0 || tt.clusters && len(d.lay.Clusters) == 0 {
				t.Fatalf("%d clusters and %d listed events: the story is not dense enough to test the list", len(d.lay.Clusters), len(d.list))
			}
			see := regexp.MustCompile(`^\d+ (events|événements) : ?(see|voir) (\d+)–(\d+) (below|ci-dessous)$`)
			if tt.o.Lang != "fr" {
				see = regexp.MustCompile(`^\d+ (events|événements): (see|voir) (\d+)–(\d+) (below|ci-dessous)$`)
			}
			for _, lb := range d.labels() {
				if lb.Cluster < 0 || d.clusterNamed(d.lay.Clusters[lb.Cluster].Events) {
					continue
				}
				text := strings.TrimSuffix(lb.Text, " "+d.refsOf(d.lay.Clusters[lb.Cluster].Events...))
				m := see.FindStringSubmatch(text)
				if m == nil {
					t.Errorf("cluster label %q does not name its events' numbers in the list", lb.Text)
					continue
				}
				if want := fmt.Sprintf("%d–%d", d.number[d.lay.Clusters[lb.Cluster].Events[0]], d.number[d.lay.Clusters[lb.Cluster].Events[len(d.lay.Clusters[lb.Cluster].Events)-1]]); m[3]+"–"+m[4] != want {
					t.Errorf("cluster label %q, want the numbers %s", lb.Text, want)
				}
			}
			o := tt.o

			var svg bytes.Buffer
			if err := Render(&svg, tl, SVG, o); err != nil {
				t.Fatal(err)
			}
			text := svgText(t, svg.Bytes())
			checkEveryEvent(t, "SVG", d, text, func(e listEntry) bool {
				return strings.Contains(text, e.num+".\n"+e.date+"\n"+strings.Join(e.lines, "\n"))
			})
			if n := strings.Count(text, d.words.L("sources disagree")); n < disputedListed(d) {
				t.Errorf("SVG: %d “sources disagree”, want at least %d", n, disputedListed(d))
			}

			var img bytes.Buffer
			if err := Render(&img, tl, PNG, o); err != nil {
				t.Fatal(err)
			}
			cfg, err := png.DecodeConfig(&img)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Width != o.Width || cfg.Height <= o.Height {
				t.Errorf("PNG is %d × %d, want %d wide and taller than %d to hold the list", cfg.Width, cfg.Height, o.Width, o.Height)
			}

			pdftotext, err := exec.LookPath("pdftotext")
			if err != nil {
				t.Skip("pdftotext (poppler-utils) is not installed: cannot read the PDF's text")
			}
			d.setList(PDF)
			path := filepath.Join(t.TempDir(), "dense.pdf")
			if err := WriteFile(path, tl, o); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(pdftotext, "-layout", path, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext cannot read the PDF: %v", err)
			}
			squeeze := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			var lines []string
			for _, l := range strings.Split(string(out), "\n") {
				lines = append(lines, squeeze(l))
			}
			all := strings.Join(lines, "\n")
			checkEveryEvent(t, "PDF", d, all, func(e listEntry) bool {
				want := squeeze(e.num + ". " + e.date + " " + e.lines[0])
				for _, l := range lines {
					if strings.Contains(l, want) {
						return true
					}
				}
				return false
			})
		})
	}
}

// checkEveryEvent checks that every event in the range is named in text,
// by its label on the timeline or, when listed, as listedIn finds it.
func checkEveryEvent(t *testing.T, format string, d *drawing, text string, listedIn func(listEntry) bool) {
	t.Helper()
	listed := map[int]bool{}
	for _, e := range d.list {
		listed[e.k] = true
		if !listedIn(e) {
			t.Errorf("%s: event %d (%s, %q) is not in the list", format, e.k, e.date, d.eventText(e.k))
		}
	}
	for _, m := range d.lay.Markers {
		if !listed[m.Event] && !strings.Contains(text, d.eventText(m.Event)) {
			t.Errorf("%s: event %d %q is neither labelled nor listed", format, m.Event, d.eventText(m.Event))
		}
	}
	for _, c := range d.lay.Clusters {
		for _, k := range c.Events {
			if !listed[k] && !strings.Contains(text, d.eventText(k)) {
				t.Errorf("%s: event %d %q of a cluster is neither named nor listed", format, k, d.eventText(k))
			}
		}
	}
	if n := len(d.lay.Markers) + clustered(d); n != d.inView {
		t.Errorf("%s: %d events drawn, %d in the range", format, n, d.inView)
	}
}

func clustered(d *drawing) int {
	n := 0
	for _, c := range d.lay.Clusters {
		n += len(c.Events)
	}
	return n
}

func disputedListed(d *drawing) int {
	n := 0
	for _, e := range d.list {
		if e.disputed {
			n++
		}
	}
	return n
}

// TestListPagination checks that a PDF continues a long list on pages of
// its own size, while a PNG of the same story grows taller, and that an
// image whose every event is labelled on the timeline has no list and keeps
// its size.
func TestListPagination(t *testing.T) {
	tl := denseTimeline(150)
	o := Options{Width: 1123, Height: 794}
	var pdf bytes.Buffer
	if err := Render(&pdf, tl, PDF, o); err != nil {
		t.Fatal(err)
	}
	pages := len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf.Bytes(), -1))
	d := listedDrawing(t, tl, o)
	d.setList(PDF)
	if want := 1 + len(d.grid.pages); pages != want || pages < 3 {
		t.Errorf("the PDF has %d pages, want %d (at least 3: the timeline and its list over two)", pages, want)
	}
	shown := 0
	for _, p := range d.grid.pages {
		shown += len(p)
	}
	if shown != len(d.list) {
		t.Errorf("the PDF's pages list %d of %d events", shown, len(d.list))
	}

	for _, tc := range []struct {
		name   string
		tl     *model.Timeline
		o      Options
		listed bool
	}{
		{"dense", tl, o, true},
		{"default set", defaultTimeline(t), Options{Width: 1920, Height: 1080}, false},
	} {
		var img bytes.Buffer
		if err := Render(&img, tc.tl, PNG, tc.o); err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(&img)
		if err != nil {
			t.Fatal(err)
		}
		if grew := cfg.Height > tc.o.Height; grew != tc.listed || cfg.Width != tc.o.Width {
			t.Errorf("%s: the PNG is %d × %d for %d × %d; want it taller only when it lists events (%v)", tc.name, cfg.Width, cfg.Height, tc.o.Width, tc.o.Height, tc.listed)
		}
	}
}

// TestSubtitleRangeEnds checks that the subtitle's range runs from the
// first date's start to the last date's end: a quarter at the end reads
// "December 2024", not "October 2024 – December 2024" after "to".
func TestSubtitleRangeEnds(t *testing.T) {
	q4 := model.Between(model.MonthOf(2024, time.October), model.MonthOf(2024, time.December))
	tl := &model.Timeline{Name: "Range", Articles: []*model.Article{{Name: "a.txt"}}, Events: []model.Event{
		{Date: model.MonthOf(2021, time.February), Metric: model.MetricEvent, Label: "First", Sources: []model.Source{{Article: "a.txt"}}},
		{Date: q4, Metric: model.MetricOther, Label: "Last", Sources: []model.Source{{Article: "a.txt"}}},
	}}
	got := listedDrawing(t, tl, Options{Lang: "en"}).subtitle()
	if !strings.Contains(got, "February 2021 to December 2024") {
		t.Errorf("subtitle %q, want the range February 2021 to December 2024", got)
	}
}

// TestRangeCountsWideEvents checks that an event known only to the year,
// drawn where its year meets the exported range, is counted and cited even
// when the middle of its year lies before the range (a helper saw three
// such labels drawn without a number or their article in the list).
func TestRangeCountsWideEvents(t *testing.T) {
	src := func(a string) []model.Source { return []model.Source{{Article: a}} }
	tl := &model.Timeline{Name: "Range", Articles: []*model.Article{{Name: "a.txt"}, {Name: "digest.txt"}}, Events: []model.Event{
		{Date: model.YearOf(2022), Metric: model.MetricOther, Label: "Walmart earnings: −11%", Sources: src("digest.txt")},
		{Date: model.Day(2022, time.November, 9), Metric: model.MetricEvent, Label: "Day event", Sources: src("a.txt")},
		{Date: model.Day(2023, time.March, 1), Metric: model.MetricEvent, Label: "Later event", Sources: src("a.txt")},
	}}
	from, to := time.Date(2022, time.October, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, time.October, 1, 0, 0, 0, 0, time.UTC)
	d := listedDrawing(t, tl, Options{Lang: "en", From: from, To: to})
	if d.inView != 3 {
		t.Errorf("%d events in view, want 3 (the year 2022 meets the range)", d.inView)
	}
	if sub := d.subtitle(); !strings.Contains(sub, "from 2 articles") {
		t.Errorf("subtitle %q does not count the digest's article", sub)
	}
}

// TestRangeEdgesAreExclusive checks that a month that only touches the
// range's edges (September 2022 ends where October 2022 starts; October
// 2023 starts where the range ends) is not in view.
func TestRangeEdgesAreExclusive(t *testing.T) {
	src := []model.Source{{Article: "a.txt"}}
	tl := &model.Timeline{Name: "Range", Articles: []*model.Article{{Name: "a.txt"}}, Events: []model.Event{
		{Date: model.MonthOf(2022, time.September), Metric: model.MetricOther, Label: "Before", Sources: src},
		{Date: model.Day(2023, time.March, 1), Metric: model.MetricEvent, Label: "Inside", Sources: src},
		{Date: model.MonthOf(2023, time.October), Metric: model.MetricOther, Label: "After", Sources: src},
	}}
	from, to := time.Date(2022, time.October, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, time.October, 1, 0, 0, 0, 0, time.UTC)
	if d := listedDrawing(t, tl, Options{Lang: "en", From: from, To: to}); d.inView != 1 {
		t.Errorf("%d events in view, want 1", d.inView)
	}
}

// A verified event listed under the timeline shows its check mark, drawn
// (the font has no glyph for it), not a blank where the mark's rune was.
func TestListDrawsTheVerifiedMark(t *testing.T) {
	tl := denseTimeline(100)
	for i := range tl.Events {
		if tl.Events[i].ID == "e40" {
			tl.Events[i].Status = model.Verified
		}
	}
	o := Options{Width: 1920, Height: 1080}
	d := listedDrawing(t, tl, o)
	d.setList(SVG)
	listed := false
	for _, e := range d.list {
		if strings.Contains(strings.Join(e.lines, " "), "Dense claim 41") {
			listed = true
		}
	}
	if !listed {
		t.Fatal("the verified event is not in the list: the test needs another event")
	}
	var svg bytes.Buffer
	if err := Render(&svg, tl, SVG, o); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(svgText(t, svg.Bytes()), verifiedMark) {
		t.Error("the check mark is written as a rune the font does not have")
	}
	if !strings.Contains(strings.ToLower(svg.String()), "1b8a3c") {
		t.Error("no check mark is drawn for the verified event")
	}
}
