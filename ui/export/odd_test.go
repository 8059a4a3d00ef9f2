package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// TestRenderOddInput draws timelines a loader could produce on bad input:
// every format must come out without a panic or an error.
func TestRenderOddInput(t *testing.T) {
	long := strings.Repeat("très long libellé ", 300)
	day := model.Day(2021, time.October, 4)
	backwards := model.Date{Start: day.End.AddDate(0, 0, 3), End: day.Start, Precision: model.PrecisionDay}
	tests := []struct {
		name string
		tl   *model.Timeline
		o    Options
	}{
		{"empty timeline", &model.Timeline{}, Options{}},
		{"no title anywhere", &model.Timeline{Events: []model.Event{{Date: day, Label: "x"}}}, Options{}},
		{"odd text", &model.Timeline{Name: "Émoji 🚀 титул 标题 עברית", Events: []model.Event{
			{Date: day, Label: "", Metric: "unknown"},
			{Date: day, Label: long, Sources: []model.Source{{Article: "ghost.txt"}}},
			{Date: day, Label: "tab\tnew\nline 😀 \x01\x0b\x1b[0m", Conflicts: []model.Conflict{{Kind: model.ConflictValue}}},
		}}, Options{Title: "\u202e reversed"}},
		{"bad dates", &model.Timeline{Events: []model.Event{
			{Date: backwards, Label: "backwards"},
			{Date: model.Date{Precision: model.PrecisionDay}, Label: "year one"},
			{Date: model.YearOf(9999), Label: "far"},
		}}, Options{}},
		{"indexes out of range", sampleTimeline(), Options{Events: []int{-1, 3, 99, 3}}},
		{"range inside a break", sampleTimeline(), Options{From: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"range before the events", sampleTimeline(), Options{To: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}},
	}
	for _, tt := range tests {
		for _, f := range []Format{PNG, SVG, PDF} {
			var buf bytes.Buffer
			if err := Render(&buf, tt.tl, f, tt.o); err != nil {
				t.Errorf("%s, %s: %v", tt.name, f, err)
			}
			if buf.Len() == 0 {
				t.Errorf("%s, %s: nothing written", tt.name, f)
			}
			if f == SVG {
				dec := xml.NewDecoder(&buf)
				for {
					_, err := dec.Token()
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Errorf("%s: the SVG is not XML: %v", tt.name, err)
						break
					}
				}
			}
		}
	}
}
