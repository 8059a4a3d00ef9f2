package layout

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimline/claimline/model"
)

// matchLabels returns one entry per label: whether it holds every word of
// query (case-insensitive); nil for the empty query.
func matchLabels(labels []string, query string) []bool {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	m := make([]bool, len(labels))
	for i, lb := range labels {
		lb = strings.ToLower(lb)
		m[i] = true
		for _, w := range words {
			m[i] = m[i] && strings.Contains(lb, w)
		}
	}
	return m
}

// statusOf writes the match count as the widget does.
func statusOf(m []bool) string {
	if m == nil {
		return ""
	}
	n := 0
	for _, ok := range m {
		if ok {
			n++
		}
	}
	return itoa(n) + " of " + itoa(len(m)) + " events match"
}

// TestRematchEqualsCompute types queries letter by letter over the default
// set and 10,000 synthetic events, with and without lanes, at fit-all and
// zoomed in, with and without a selection, and checks that each layout
// updated by Rematch from the previous keystroke's is the one Compute lays
// out afresh.
func TestRematchEqualsCompute(t *testing.T) {
	def := load(t, "default")
	syn := dense(10000, 3650, 4)
	tests := []struct {
		name     string
		set      string
		lanes    LaneBy
		zoom, at float64
		selected int
		width    float32
		queries  []string
	}{
		{"default fit", "default", LaneNone, 1, 0.5, -1, 1180, []string{"telegram 70", "durov", "zzz", "signal"}},
		{"default lanes by measure", "default", LaneByMeasure, 1, 0.5, 3, 1180, []string{"telegram", "users", "1 b"}},
		{"default lanes by subject, narrow", "default", LaneBySubject, 1, 0.5, -1, 420, []string{"telegram", "whatsapp", "x"}},
		{"default zoomed", "default", LaneNone, 40, 1, 5, 900, []string{"telegram 70", "down"}},
		{"synthetic fit", "synthetic", LaneNone, 1, 0.5, -1, 1200, []string{"event number 12", "99", "fairly", "nothing"}},
		{"synthetic lanes", "synthetic", LaneByMeasure, 1, 0.5, 77, 1200, []string{"number 4", "label"}},
		{"synthetic zoomed", "synthetic", LaneNone, 30, 0.5, 5000, 1200, []string{"number 50", "7 with"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, claims := syn, []model.Claim(nil)
			if tt.set == "default" {
				events, claims = def.Events, def.Claims
			}
			labels := make([]string, len(events))
			for i := range events {
				labels[i] = events[i].Label
			}
			s := NewScale(events)
			o := Options{Width: tt.width, Height: 320, Scale: s, View: s.Fit().Zoom(s, tt.zoom, tt.at),
				Lanes: BuildLanes(events, claims, tt.lanes, Words{}), WrapLabels: true, ReviewMarks: true,
				Selected: tt.selected, HasSelected: tt.selected >= 0}
			l := Compute(events, o)
			if len(l.Markers)+len(l.Clusters) < 2 || len(l.Ticks) == 0 {
				t.Fatalf("%d markers, %d clusters and %d ticks in view: nothing to dim", len(l.Markers), len(l.Clusters), len(l.Ticks))
			}
			rematched := 0
			for _, q := range append(tt.queries, "") {
				for n := 1; n <= len(q) || n == 1 && q == ""; n++ {
					o.Match = matchLabels(labels, q[:min(n, len(q))])
					o.Status = statusOf(o.Match)
					got := l.Rematch(events, o)
					want := Compute(events, o)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("query %q: Rematch differs from Compute:\n%s", q[:min(n, len(q))], diff(got, want))
					}
					if len(got.Ticks) > 0 && len(l.Ticks) > 0 && &got.Ticks[0] == &l.Ticks[0] {
						rematched++
					}
					l = got
				}
			}
			if rematched == 0 {
				t.Error("every keystroke was laid out afresh")
			}
		})
	}
}

// diff names the first parts of two layouts that differ.
func diff(a, b *Layout) string {
	var out []string
	va, vb := reflect.ValueOf(*a), reflect.ValueOf(*b)
	for k := 0; k < va.NumField(); k++ {
		f := va.Type().Field(k)
		if !f.IsExported() {
			if !reflect.DeepEqual(va.Field(k).String(), vb.Field(k).String()) {
				out = append(out, f.Name)
			}
			continue
		}
		if !reflect.DeepEqual(va.Field(k).Interface(), vb.Field(k).Interface()) {
			out = append(out, f.Name)
		}
	}
	return strings.Join(out, ", ")
}
