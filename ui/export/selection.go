package export

import (
	"sort"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
)

// EventsOf returns the indexes of the events that hold the search hits, in
// increasing order and without repeats: the events a search matches. It
// returns an empty, non-nil slice when no hit has an event, so that a search
// that matched nothing draws no event rather than all of them.
func EventsOf(hits []search.Hit) []int {
	seen := make(map[int]bool, len(hits))
	out := []int{}
	for _, h := range hits {
		if h.Event < 0 || seen[h.Event] {
			continue
		}
		seen[h.Event] = true
		out = append(out, h.Event)
	}
	sort.Ints(out)
	return out
}

// selected returns the indexes of the events o asks to draw: o.Events (or
// every event) that are valid indexes and that no one rejected, in timeline
// order.
func selected(t *model.Timeline, o Options) []int {
	if o.Events == nil {
		out := make([]int, 0, len(t.Events))
		for i := range t.Events {
			if t.Events[i].Status != model.Rejected {
				out = append(out, i)
			}
		}
		return out
	}
	out := make([]int, 0, len(o.Events))
	seen := make(map[int]bool, len(o.Events))
	for _, i := range o.Events {
		if i >= 0 && i < len(t.Events) && !seen[i] && t.Events[i].Status != model.Rejected {
			seen[i] = true
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}
