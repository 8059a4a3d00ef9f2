package layout

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

// barEntry returns the text of the legend's entry for bars, "" when it has
// none.
func barEntry(l *Layout) string {
	for _, it := range l.Legend {
		if it.Kind == "imprecise" {
			return it.Text
		}
	}
	return ""
}

// TestLegendNamesTheBarsDrawn checks that the legend's entry for bars says
// what is drawn as a bar: dates known to the month or year only, and, when
// a day is wide enough for its day-only events to be drawn over it (at hour
// zoom), days too, even in a set with no date wider than a day.
func TestLegendNamesTheBarsDrawn(t *testing.T) {
	days := func() []model.Event {
		es := []model.Event{ev(model.Day(2006, time.October, 1), model.MetricEvent, "first", "a")}
		for _, l := range []string{"Singapore Airlines is compensated", "Qantas is compensated", "Emirates is compensated"} {
			es = append(es, ev(model.Day(2006, time.October, 5), model.MetricEvent, l, "a"))
		}
		return append(es, ev(model.Day(2006, time.October, 20), model.MetricEvent, "last", "a"))
	}
	withMonth := func() []model.Event {
		return append(days(), ev(model.MonthOf(2006, time.September), model.MetricEvent, "in September", "a"))
	}
	fit := func(*Scale) View { return View{} }
	tests := []struct {
		name   string
		events []model.Event
		view   func(*Scale) View
		want   string
	}{
		{"a month, all in view", withMonth(), fit, "month or year only"},
		{"a month, at hour zoom", withMonth(), hoursView, "day, month or year only"},
		{"days only, at hour zoom", days(), hoursView, "day, month or year only"},
		// Three weeks on 1000 pixels: each day is wide enough for a bar.
		{"days only, all in view", days(), fit, "day, month or year only"},
		{"days only, over a year", append(days(), ev(model.Day(2007, time.March, 1), model.MetricEvent, "in March", "a"),
			ev(model.Day(2007, time.June, 1), model.MetricEvent, "in June", "a")), fit, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScale(tt.events)
			l := Compute(tt.events, Options{Width: 1000, Height: 300, Scale: s, View: tt.view(s)})
			if got := barEntry(l); got != tt.want {
				t.Errorf("the legend's bar entry says %q, want %q", got, tt.want)
			}
			var bars int
			for _, m := range l.Markers {
				if m.Bar {
					bars++
				}
			}
			if (bars > 0) != (tt.want != "") {
				t.Errorf("%d bars drawn, and the legend says %q", bars, barEntry(l))
			}
			// A new query keeps the entry as it was.
			if got := barEntry(l.Rematch(tt.events, Options{Width: 1000, Height: 300, Scale: s, View: l.View, Match: make([]bool, len(tt.events)), Status: "0 of 5 events match"})); got != tt.want {
				t.Errorf("after a query, the legend's bar entry says %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMessageStaysOverThePlot checks that Options.Message is wrapped to the
// drawing's width and placed between the legend and the axis, in a box
// that holds its lines.
func TestMessageStaysOverThePlot(t *testing.T) {
	es := []model.Event{
		ev(model.Day(2006, time.October, 1), model.MetricEvent, "first", "a"),
		ev(model.Day(2006, time.October, 20), model.MetricEvent, "last", "a"),
	}
	msg := "No event matches “a rather long query”. Clear the search to see all 2 events."
	for _, width := range []float32{1000, 300, 160} {
		l := Compute(es, Options{Width: width, Height: 300, Message: msg, Match: []bool{false, false}})
		m := l.Message
		if len(m.Lines) == 0 || strings.Join(m.Lines, " ") != msg {
			t.Fatalf("width %.0f: the message reads %q, want %q", width, m.Lines, msg)
		}
		if m.X < 0 || m.X+m.W > width || m.Y < l.legendBottom || m.Y+m.H > l.AxisY {
			t.Errorf("width %.0f: the message's box %.0f,%.0f %.0fx%.0f leaves the room between the legend (%.0f) and the axis (%.0f)",
				width, m.X, m.Y, m.W, m.H, l.legendBottom, l.AxisY)
		}
		if h := float32(len(m.Lines))*m.LineH + 2*m.Pad; m.H < h {
			t.Errorf("width %.0f: a box %.0f high for %d lines", width, m.H, len(m.Lines))
		}
		for _, ln := range m.Lines {
			if w := ApproxMeasure(ln, l.TextSize); w > m.W-2*m.Pad+0.5 {
				t.Errorf("width %.0f: the line %q (%.0f) is wider than its box", width, ln, w)
			}
		}
	}
	if l := Compute(es, Options{Width: 1000, Height: 300}); len(l.Message.Lines) != 0 {
		t.Errorf("no message asked, and the layout writes %q", l.Message.Lines)
	}
}

// symbolEntries returns the kinds of the legend's entries that explain a
// mark (not a lane or a metric), in order.
func symbolEntries(l *Layout) []string {
	var out []string
	for _, it := range l.Legend {
		if it.Kind != "lane" && it.Kind != "metric" {
			out = append(out, it.Kind)
		}
	}
	return out
}

// TestLegendExplainsTheMarksShown checks that, with lanes, the legend's
// symbol entries ("less sure", the bars, "sources disagree") explain the
// marks of the lanes shown only: a hidden lane's disputed, less sure or
// month-long events are not drawn, and with every lane hidden nothing is,
// so the legend is its lanes alone, to show them again.
func TestLegendExplainsTheMarksShown(t *testing.T) {
	var claims []model.Claim
	es := []model.Event{
		measured(&claims, model.Day(2023, 1, 10), model.MetricOther, "revenue ($)", "Uber"),
		measured(&claims, model.MonthOf(2023, 2), model.MetricOther, "revenue ($)", "Meta"),
		measured(&claims, model.Day(2023, 3, 10), model.MetricActiveUsers, "active users", "Meta"),
		measured(&claims, model.Day(2023, 4, 10), model.MetricActiveUsers, "active users", "Uber"),
		measured(&claims, model.Day(2023, 5, 10), model.MetricOther, "revenue ($)", "Lyft"),
	}
	es[0].Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "1 or 2"}}
	for i := range claims {
		claims[i].Confidence = 0.9
	}
	claims[4].Confidence = 0.5 // a guess, in the revenue lane
	ls := BuildLanes(es, claims, LaneByMeasure, Words{})
	if fmt.Sprint(ls.Names) != "[revenue ($) active users]" {
		t.Fatalf("lanes %v", ls.Names)
	}
	tests := []struct {
		name   string
		hidden []bool
		want   string
	}{
		{"all shown", nil, "[unsure imprecise conflict]"},
		{"revenue hidden", []bool{true, false}, "[]"},
		{"active users hidden", []bool{false, true}, "[unsure imprecise conflict]"},
		{"all hidden", []bool{true, true}, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Options{Width: 1000, Height: 320, Lanes: ls, Hidden: tt.hidden, Claims: claims}
			l := Compute(es, o)
			if got := fmt.Sprint(symbolEntries(l)); got != tt.want {
				t.Errorf("the legend explains %s, want %s", got, tt.want)
			}
			o.View, o.Match, o.Status = l.View, make([]bool, len(es)), "0 of 5 events match"
			if got := fmt.Sprint(symbolEntries(l.Rematch(es, o))); got != tt.want {
				t.Errorf("after a query, the legend explains %s, want %s", got, tt.want)
			}
		})
	}
}

// TestHourMarksAreSolid checks that an event known to the hour, finer than
// a day, is drawn solid like a day's and needs no legend entry, while an
// approximate day ("around 4 October") is drawn hollow and the legend says
// what its hollow mark means (not "month or year only", the entry of bars,
// when no bar is drawn).
func TestHourMarksAreSolid(t *testing.T) {
	at := func(h int) model.Date {
		t := time.Date(2021, time.October, 4, h, 0, 0, 0, time.UTC)
		return model.Date{Start: t, End: t, Precision: model.PrecisionHour}
	}
	about := model.Day(2021, time.October, 20)
	about.Approx = true
	days := []model.Event{
		ev(model.Day(2021, time.September, 1), model.MetricEvent, "first", "a"),
		ev(model.Day(2021, time.December, 1), model.MetricEvent, "last", "a"),
	}
	tests := []struct {
		name        string
		date        model.Date
		wantPrecise bool
		wantLegend  string
	}{
		{"an hour", at(15), true, "[]"},
		{"an approximate day", about, false, "[approx]"},
		{"a month", model.MonthOf(2021, time.October), false, "[imprecise]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := []model.Event{days[0], ev(tt.date, model.MetricEvent, "under test", "a"), days[1]}
			l := Compute(es, Options{Width: 1000, Height: 300})
			found := false
			for _, m := range l.Markers {
				if m.Event == 1 {
					found = true
					if m.Precise != tt.wantPrecise {
						t.Errorf("drawn precise %v, want %v", m.Precise, tt.wantPrecise)
					}
				}
			}
			if !found {
				t.Fatal("the event under test is not drawn")
			}
			if got := fmt.Sprint(symbolEntries(l)); got != tt.wantLegend {
				t.Errorf("the legend explains %s, want %s", got, tt.wantLegend)
			}
			for _, it := range l.Legend {
				if it.Kind == "approx" && it.Text != "approximate date" {
					t.Errorf("the hollow mark's entry says %q", it.Text)
				}
			}
		})
	}
}
