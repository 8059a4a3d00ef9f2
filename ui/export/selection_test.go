package export

import (
	"reflect"
	"testing"

	"github.com/claimline/claimline/model/search"
)

func TestEventsOf(t *testing.T) {
	tests := []struct {
		hits []search.Hit
		want []int
	}{
		{nil, []int{}},
		{[]search.Hit{{Event: -1}}, []int{}},
		{[]search.Hit{{Event: 4}, {Event: 1}, {Event: 4}, {Event: -1}, {Event: 2}}, []int{1, 2, 4}},
	}
	for _, tt := range tests {
		got := EventsOf(tt.hits)
		if got == nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("EventsOf(%v) = %#v, want %#v", tt.hits, got, tt.want)
		}
	}
}

func TestSelected(t *testing.T) {
	tl := sampleTimeline()
	tests := []struct {
		events []int
		want   []int
	}{
		{nil, []int{0, 1, 2, 3, 4, 5, 6}},
		{[]int{}, []int{}},
		{[]int{5, 2, -1, 7, 2}, []int{2, 5}},
	}
	for _, tt := range tests {
		if got := selected(tl, Options{Events: tt.events}); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("selected(%v) = %v, want %v", tt.events, got, tt.want)
		}
	}
}
