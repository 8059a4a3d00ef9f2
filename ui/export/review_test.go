package export

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/claimline/claimline/model"
)

// TestSelectedLeavesRejectedOut: a rejected event is never drawn, whether
// every event is drawn or a search chose it.
func TestSelectedLeavesRejectedOut(t *testing.T) {
	tl := sampleTimeline()
	tl.Events[2].Status = model.Rejected
	tl.Events[5].Status = model.Verified
	tests := []struct {
		events []int
		want   []int
	}{
		{nil, []int{0, 1, 3, 4, 5, 6}},
		{[]int{5, 2}, []int{5}},
		{[]int{2}, []int{}},
	}
	for _, tt := range tests {
		if got := selected(tl, Options{Events: tt.events}); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("selected(%v) = %v, want %v", tt.events, got, tt.want)
		}
	}
}

// TestReviewMarksAndNotes draws a timeline with a verified, a disputed and
// a rejected event and notes, with and without Options.Notes.
func TestReviewMarksAndNotes(t *testing.T) {
	tests := []struct {
		name      string
		notes     bool
		has, hasN []string
	}{
		{name: "without notes", has: []string{">Sources<"}, hasN: []string{"Checked with the company", "*1", "Sources and notes"}},
		{name: "with notes", notes: true, has: []string{"Sources and notes", ">*1<", "Checked with the company", ">*2<", "A second note"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := sampleTimeline()
			rejected := tl.Events[1].Label
			tl.Events[0].Status, tl.Events[0].Note = model.Verified, "Checked with the company"
			tl.Events[1].Status, tl.Events[1].Note = model.Rejected, "Never drawn, nor its note"
			tl.Events[3].Status, tl.Events[3].Note = model.StatusDisputed, "A second note"
			var b bytes.Buffer
			if err := Render(&b, tl, SVG, Options{Width: 1600, Height: 900, Notes: tc.notes}); err != nil {
				t.Fatal(err)
			}
			svg := b.String()
			for _, s := range tc.has {
				if !strings.Contains(svg, s) {
					t.Errorf("the image lacks %q", s)
				}
			}
			for _, s := range append(tc.hasN, rejected, "Never drawn", verifiedMark, disputedMark) {
				if strings.Contains(svg, s) {
					t.Errorf("the image has %q", s)
				}
			}
		})
	}
}

// TestStatusMark: verified and disputed events are marked, others not.
func TestStatusMark(t *testing.T) {
	for s, want := range map[model.Status]string{model.Verified: verifiedMark + " ", model.StatusDisputed: disputedMark + " ",
		model.Unchecked: "", model.NeedsChecking: "", model.Rejected: ""} {
		if got := statusMark(s); got != want {
			t.Errorf("statusMark(%q) = %q, want %q", s, got, want)
		}
	}
}
