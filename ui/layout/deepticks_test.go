package layout

import (
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// TestTicksDeepZoom checks that zooming into a stretch of days shows finer
// ticks as the span allows: weeks, days, then hours, the first hour named
// with its day.
func TestTicksDeepZoom(t *testing.T) {
	var es []model.Event
	for d := 1; d <= 31; d++ {
		es = append(es, ev(model.Day(2024, time.March, d), model.MetricEvent, "daily", "a"))
	}
	s := NewScale(es)
	at := func(d, h int) time.Time { return time.Date(2024, time.March, d, h, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		from, to time.Time
		unit     string // "week", "day" or "hour": the finest step of the labelled ticks
		labels   int    // at least this many labelled ticks
		first    string // the first label starts with it
	}{
		{"a month shows weeks", at(1, 0), at(31, 0), "week", 3, ""},
		{"two weeks show days", at(8, 0), at(22, 0), "day", 5, "8 Mar"},
		{"four days show half days", at(10, 0), at(14, 0), "hour", 6, "10 Mar"},
		{"a day shows hours", at(12, 0), at(13, 0), "hour", 3, "12 Mar"},
		{"three hours show each hour", at(12, 9), at(12, 12), "hour", 3, "12 Mar 2024 09:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := View{U0: s.UOf(tt.from), U1: s.UOf(tt.to)}
			l := Compute(es, Options{Width: 900, Height: 300, Scale: s, View: v})
			var labels []string
			var times []time.Time
			for _, tk := range l.Ticks {
				if tk.Label != "" && !tk.Context {
					labels = append(labels, tk.Label)
					times = append(times, tk.Time)
				}
			}
			if len(labels) < tt.labels {
				t.Fatalf("%d labelled ticks %q, want at least %d", len(labels), labels, tt.labels)
			}
			unit := "month"
			for _, tm := range times {
				switch {
				case tm.Hour() != 0:
					unit = "hour"
				case unit != "hour" && tm.Weekday() != time.Monday:
					unit = "day"
				case unit == "month" && tm.Day() != 1:
					unit = "week"
				}
			}
			if unit != tt.unit {
				t.Errorf("ticks %q step by %s, want %s", labels, unit, tt.unit)
			}
			if !strings.HasPrefix(labels[0], tt.first) {
				t.Errorf("first label %q, want it to start with %q (all: %q)", labels[0], tt.first, labels)
			}
		})
	}
}
