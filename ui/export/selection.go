package export

import (
	"sort"

	"github.com/claimline/claimline/model"
)

// selected returns the indexes of the events o asks to draw: o.Events (or
// every event) that are valid indexes, in timeline order.
func selected(t *model.Timeline, o Options) []int {
	if o.Events == nil {
		out := make([]int, len(t.Events))
		for i := range out {
			out[i] = i
		}
		return out
	}
	out := make([]int, 0, len(o.Events))
	seen := make(map[int]bool, len(o.Events))
	for _, i := range o.Events {
		if i >= 0 && i < len(t.Events) && !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}
