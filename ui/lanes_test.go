package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/claimline/claimline/ui/layout"
)

// lanesItem returns View › Lanes.
func lanesItem(t *testing.T, h *harness) *fyne.MenuItem {
	t.Helper()
	for _, m := range h.w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.ChildMenu != nil && it.Label == "Lanes" {
				return it
			}
		}
	}
	t.Fatal("no View › Lanes")
	return nil
}

func TestLanesMenu(t *testing.T) {
	tests := []struct {
		choice string // the menu entry chosen
		want   layout.LaneBy
		pref   string
	}{
		{"By subject", layout.LaneBySubject, "subject"},
		{"No lanes", layout.LaneNone, "none"},
		{"By measure", layout.LaneByMeasure, "measure"},
	}
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			h := newHarness(t, nil)
			h.loaded(t)
			for _, it := range lanesItem(t, h).ChildMenu.Items {
				if it.Label == tt.choice {
					it.Action()
				}
			}
			tl := h.w.timeline
			if tl.LaneBy() != tt.want {
				t.Fatalf("lanes by %d, want %d", tl.LaneBy(), tt.want)
			}
			if got := fyne.CurrentApp().Preferences().String(prefLanes); got != tt.pref {
				t.Errorf("remembered %q, want %q", got, tt.pref)
			}
			// The menu lists the set's lanes, checked while shown;
			// choosing one hides it.
			items := lanesItem(t, h).ChildMenu.Items
			var lanes []*fyne.MenuItem
			for _, it := range items[3:] {
				if !it.IsSeparator {
					lanes = append(lanes, it)
				}
			}
			if len(lanes) != tl.Lanes().Len() {
				t.Fatalf("%d lane entries for %d lanes", len(lanes), tl.Lanes().Len())
			}
			for k, it := range lanes {
				if it.Label != tl.Lanes().Names[k] || !it.Checked {
					t.Errorf("entry %q checked %v, want %q checked", it.Label, it.Checked, tl.Lanes().Names[k])
				}
			}
			if len(lanes) > 0 {
				lanes[0].Action()
				if !tl.LaneHidden(0) {
					t.Error("choosing a lane in the menu does not hide it")
				}
				if lanesItem(t, h).ChildMenu.Items[4].Checked {
					t.Error("the hidden lane is still checked")
				}
			}
			// A new window starts with the remembered choice.
			w2 := New(fyne.CurrentApp(), Engine{})
			if w2.timeline.LaneBy() != tt.want {
				t.Errorf("after a restart, lanes by %d, want %d", w2.timeline.LaneBy(), tt.want)
			}
		})
	}
}
