package ui

import (
	"context"
	"testing"

	"github.com/claimline/claimline/model"
)

// TestEmptyTimelineSaysWhatWasOpened checks that a set whose articles
// loaded but yield no dated event says so, pointing to the problems when
// there are some, instead of asking to open a folder.
func TestEmptyTimelineSaysWhatWasOpened(t *testing.T) {
	undated := func(n int, problems ...model.Problem) *model.Timeline {
		tl := &model.Timeline{Name: "set", Problems: problems}
		for range n {
			tl.Articles = append(tl.Articles, &model.Article{Name: "a.txt"})
		}
		return tl
	}
	tests := []struct {
		name string
		set  *model.Timeline
		want string
	}{
		{"three articles", undated(3), "3 articles were opened, but none has a dated claim (a figure or an event with its date)."},
		{"one article", undated(1), "1 article was opened, but it has no dated claim (a figure or an event with its date)."},
		{"with problems", undated(2, model.Problem{File: "b.txt"}),
			"2 articles were opened, but none has a dated claim; the problems listed when they were opened may say why."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, &Engine{Default: func(context.Context) (*model.Timeline, error) { return tt.set, nil }})
			h.loaded(t)
			if got := h.w.timeline.EmptyText; got != tt.want {
				t.Errorf("the timeline says %q, want %q", got, tt.want)
			}
		})
	}
}
