package timeline

import (
	"strings"
	"testing"

	"github.com/claimline/claimline/ui/layout"
)

// TestMessageSaysWhyNothingStandsOut checks that the timeline says, over
// the plot, why no event stands out and how to get them back: the query
// matches none, every lane is hidden, or the events it matches are all in
// hidden lanes; and says nothing while an event does.
func TestMessageSaysWhyNothingStandsOut(t *testing.T) {
	none := make([]bool, 5)
	// sample's event 4 is its only downloads.
	downloads := []bool{false, false, false, false, true}
	tests := []struct {
		name    string
		noMatch string
		match   []bool
		lanes   bool
		hide    []int // lanes to hide, by measure
		want    string
	}{
		{name: "no query", want: ""},
		{name: "a query that matches", match: downloads, want: ""},
		{name: "a query that matches none", noMatch: "No event matches “xyz”. Clear the search to see all 5 events.", match: none,
			want: "No event matches “xyz”. Clear the search to see all 5 events."},
		{name: "a query that matches none, in the default words", match: none,
			want: "No event matches the search. Clear it to see every event."},
		{name: "every lane hidden", lanes: true, hide: []int{0, 1, 2},
			want: "Every lane is hidden. Click a lane in the legend to show it."},
		{name: "the matches in a hidden lane", lanes: true, match: downloads, hide: []int{2},
			want: "The event that matches is in a hidden lane. Click its lane in the legend to show it."},
		{name: "the matches in a lane shown", lanes: true, match: downloads, hide: []int{0}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, _ := newTimeline(t)
			if tt.lanes {
				tl.SetLaneBy(layout.LaneByMeasure)
				if n := tl.Lanes().Len(); n != 3 {
					t.Fatalf("%d lanes by measure, want 3: %q", n, tl.Lanes().Names)
				}
				// The downloads' lane is the last one.
				if k := tl.Lanes().Of[4]; k != 2 {
					t.Fatalf("the downloads are in lane %d, want 2", k)
				}
			}
			tl.SetNoMatch(tt.noMatch)
			if tt.match != nil {
				tl.SetMatch(tt.match)
			}
			for _, k := range tt.hide {
				tl.SetLaneHidden(k, true)
			}
			if got := tl.Message(); got != tt.want {
				t.Errorf("the timeline says %q, want %q", got, tt.want)
			}
			if got := strings.Join(tl.Layout().Message.Lines, " "); got != tt.want {
				t.Errorf("the timeline draws %q, want %q", got, tt.want)
			}
		})
	}
}
