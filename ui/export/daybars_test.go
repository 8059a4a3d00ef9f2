package export

import (
	"bytes"
	"image/png"
	"os"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// TestHourExportDrawsDayOnlyOverItsDay checks that an export of a few hours
// draws an event known only to the day as the window does: a bar over its
// whole day (here, the whole plot), not a point at an invented hour, while
// an event with an hour keeps its point.
func TestHourExportDrawsDayOnlyOverItsDay(t *testing.T) {
	day := time.Date(2006, time.October, 5, 0, 0, 0, 0, time.UTC)
	at9 := day.Add(9 * time.Hour)
	src := []model.Source{{Article: "a.txt"}}
	tl := &model.Timeline{Name: "Airbus", Articles: []*model.Article{{Name: "a.txt", Title: "A380 delays", Published: model.Day(2006, time.October, 5)}},
		Events: []model.Event{
			{ID: "d", Date: model.Day(2006, time.October, 1), Metric: model.MetricEvent, Label: "Airbus announces a delay", Sources: src},
			{ID: "s", Date: model.Day(2006, time.October, 5), Metric: model.MetricEvent, Label: "Singapore Airlines says it will be compensated", Sources: src},
			{ID: "h", Date: model.Date{Start: at9, End: at9, Precision: model.PrecisionHour}, Metric: model.MetricEvent, Label: "Board meets at nine", Sources: src},
			{ID: "l", Date: model.Day(2006, time.October, 20), Metric: model.MetricEvent, Label: "Shares fall", Sources: src},
		}}
	o := Options{Width: 1200, Height: 600, From: day.Add(6 * time.Hour), To: day.Add(18 * time.Hour)}
	d := listedDrawing(t, tl, o)
	x0, x1 := d.lay.PlotX()
	var day1, hour bool
	for _, m := range d.lay.Markers {
		switch tl.Events[m.Event].ID {
		case "s":
			day1 = true
			if !m.Bar || m.X0 != x0 || m.X1 != x1 {
				t.Errorf("the day-only event is drawn from %.0f to %.0f (bar %v), want a bar over the plot %.0f–%.0f", m.X0, m.X1, m.Bar, x0, x1)
			}
		case "h":
			hour = true
			if m.Bar || m.X-d.lay.X(at9) > 1 || d.lay.X(at9)-m.X > 1 {
				t.Errorf("the event at nine is at %.0f (bar %v), want a point at %.0f", m.X, m.Bar, d.lay.X(at9))
			}
		}
	}
	if !day1 || !hour {
		t.Fatalf("the day-only event drawn: %v, the event at nine: %v", day1, hour)
	}
	var buf bytes.Buffer
	if err := Render(&buf, tl, PNG, o); err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("CLAIMLINE_HOUR_PNG"); p != "" {
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHourExportLegendNamesDayBars checks that the legend of an export of a
// few hours names the day bars it draws, in the image's language, and that
// of the whole set the bars of its month and year only.
func TestHourExportLegendNamesDayBars(t *testing.T) {
	day := time.Date(2006, time.October, 5, 0, 0, 0, 0, time.UTC)
	src := []model.Source{{Article: "a.txt"}}
	tl := &model.Timeline{Name: "Airbus", Articles: []*model.Article{{Name: "a.txt", Title: "A380 delays", Published: model.Day(2006, time.October, 5)}},
		Events: []model.Event{
			{ID: "y", Date: model.YearOf(2005), Metric: model.MetricEvent, Label: "First flight", Sources: src},
			{ID: "s", Date: model.Day(2006, time.October, 5), Metric: model.MetricEvent, Label: "Singapore Airlines says it will be compensated", Sources: src},
			{ID: "l", Date: model.Day(2006, time.October, 20), Metric: model.MetricEvent, Label: "Shares fall", Sources: src},
		}}
	hours := Options{Width: 1200, Height: 600, From: day.Add(6 * time.Hour), To: day.Add(18 * time.Hour)}
	all := Options{Width: 1200, Height: 600}
	tests := []struct {
		name string
		lang string
		o    Options
		want string
	}{
		{"hours", "en", hours, "day, month or year only"},
		{"hours in French", "fr", hours, "jour, mois ou année seulement"},
		{"the whole set", "en", all, "month or year only"},
		{"the whole set in French", "fr", all, "mois ou année seulement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.o
			o.Lang = tt.lang
			d := listedDrawing(t, tl, o)
			got := ""
			for _, it := range d.lay.Legend {
				if it.Kind == "imprecise" {
					got = it.Text
				}
			}
			if got != tt.want {
				t.Errorf("the legend's bar entry says %q, want %q", got, tt.want)
			}
		})
	}
}
