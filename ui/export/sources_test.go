package export

import "testing"

func TestRefMark(t *testing.T) {
	tests := []struct {
		nums [][]int
		want string
	}{
		{nil, ""},
		{[][]int{{0}}, ""},
		{[][]int{{3}}, "[3]"},
		{[][]int{{3, 1}, {1}}, "[1,3]"},
		{[][]int{{1, 2}}, "[1,2]"},
		{[][]int{{1, 2, 3, 4, 5}}, "[1–5]"},
		{[][]int{{1, 2, 3, 7, 9}}, "[1–3,7,9]"},
		{[][]int{{2, 7, 9, 11, 13, 15}}, "[2,7,9 +3]"},
		{[][]int{{1, 2, 3, 5, 7, 9, 20, 21, 22}}, "[1–3,5,7 +4]"},
	}
	for _, tt := range tests {
		if got := refMark(tt.nums...); got != tt.want {
			t.Errorf("refMark(%v) = %q, want %q", tt.nums, got, tt.want)
		}
	}
}

func TestCitationsNumberArticlesByDate(t *testing.T) {
	tl := sampleTimeline()
	all := make([]int, len(tl.Events))
	for i := range all {
		all[i] = i
	}
	notes, refs := citations(tl, all)
	// c.txt (October 2021, month only) sorts before a.txt (5 October) as
	// its start is 1 October; b.txt (6 October) comes last.
	want := []string{"c.txt", "a.txt", "b.txt"}
	if len(notes) != len(want) {
		t.Fatalf("%d footnotes, want %d", len(notes), len(want))
	}
	for k, n := range notes {
		if n.N != k+1 || n.Name != want[k] {
			t.Errorf("footnote %d = [%d] %s, want [%d] %s", k, n.N, n.Name, k+1, want[k])
		}
	}
	for i, e := range tl.Events {
		if len(refs[i]) != len(e.Sources) {
			t.Errorf("event %q cites %v for %d sources", e.Label, refs[i], len(e.Sources))
		}
	}
	if got := notes[1].text(wordsFor("en")); got != "Telegram dépasse les 70 millions de nouveaux utilisateurs — Le Monde, 5 October 2021 (a.txt)" {
		t.Errorf("footnote text = %q", got)
	}
}
