package layout

import (
	"strings"
	"testing"
)

func TestClusterLabel(t *testing.T) {
	es := dense(300, 1, 6)
	tests := []struct {
		name  string
		label func([]int) string
		want  func(text string, n int) bool
	}{
		{"default counts the events", nil, func(text string, n int) bool { return text == English().Events(n) }},
		{"empty falls back", func([]int) string { return "" }, func(text string, n int) bool { return text == English().Events(n) }},
		{"custom names the events", func(ids []int) string { return es[ids[0]].Label + " and more" },
			func(text string, n int) bool { return strings.HasSuffix(text, "and more") }},
	}
	for _, tt := range tests {
		l := Compute(es, Options{Width: 900, Height: 300, MaxLabelWidth: 600, ClusterLabel: tt.label})
		seen := 0
		for _, lb := range l.Labels {
			if lb.Cluster < 0 {
				continue
			}
			seen++
			if n := l.Clusters[lb.Cluster].Count; !tt.want(lb.Text, n) {
				t.Errorf("%s: cluster of %d labelled %q", tt.name, n, lb.Text)
			}
		}
		if seen == 0 {
			t.Errorf("%s: no cluster label to check", tt.name)
		}
	}
}
