package timeline

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// labelMatch returns one entry per event: whether its label holds query
// (case-insensitive); nil for the empty query.
func labelMatch(events []model.Event, query string) []bool {
	if query == "" {
		return nil
	}
	m := make([]bool, len(events))
	for i := range events {
		m[i] = strings.Contains(strings.ToLower(events[i].Label), strings.ToLower(query))
	}
	return m
}

// TestMatchUpdateDrawsAsRelayout types queries letter by letter into a
// timeline of the default set and one of 10,000 events, and checks after
// each SetMatch, which only updates the last layout, that the widget draws
// the same markup as a timeline that lays the same state out afresh, and
// that the update kept the layout's axis rather than computing it again.
func TestMatchUpdateDrawsAsRelayout(t *testing.T) {
	def, err := model.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		events  []model.Event
		claims  []model.Claim
		laneBy  layout.LaneBy
		size    fyne.Size
		queries []string
	}{
		{"default set", def.Events, def.Claims, layout.LaneNone, fyne.NewSize(1180, 320), []string{"telegram 70", "durov", "qq", "signal"}},
		{"default set in lanes", def.Events, def.Claims, layout.LaneByMeasure, fyne.NewSize(800, 300), []string{"users", "down"}},
		{"10,000 events", manyEvents(10000), nil, layout.LaneNone, fyne.NewSize(1200, 320), []string{"event 12", "99", "label"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			cheap, fresh := New(layout.Words{}, nil), New(layout.Words{}, nil)
			var wins []fyne.Window
			for _, tl := range []*Timeline{cheap, fresh} {
				tl.SetEventsWithClaims(tt.events, tt.claims)
				tl.SetLaneBy(tt.laneBy)
				w := test.NewTempWindow(t, tl)
				w.Resize(tt.size)
				wins = append(wins, w)
			}
			for _, q := range append(tt.queries, "") {
				for n := 0; n <= len(q); n++ {
					m := labelMatch(tt.events, q[:n])
					before := cheap.Layout()
					cheap.SetMatch(m)
					fresh.SetMatch(m)
					fresh.changed() // the whole layout computed again
					if got, want := test.RenderToMarkup(wins[0].Canvas()), test.RenderToMarkup(wins[1].Canvas()); got != want {
						t.Fatalf("query %q: the updated timeline draws differently from one laid out afresh", q[:n])
					}
					if !reflect.DeepEqual(cheap.Layout(), fresh.Layout()) {
						t.Fatalf("query %q: the updated layout differs from one laid out afresh", q[:n])
					}
					if a := cheap.Layout().Axis; len(a) > 0 && &a[0] != &before.Axis[0] {
						t.Fatalf("query %q: the layout was computed again", q[:n])
					}
				}
			}
		})
	}
}
