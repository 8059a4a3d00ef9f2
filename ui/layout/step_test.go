package layout

import (
	"testing"
	"time"

	"github.com/claimline/claimline/model"
)

func TestStepFollowsTheScreen(t *testing.T) {
	// In date order (by start) the quarter comes before August; on screen
	// its middle is after August's.
	q3 := model.Between(model.MonthOf(2023, time.July), model.MonthOf(2023, time.September))
	es := []model.Event{
		ev(model.Day(2023, time.June, 1), model.MetricEvent, "June", "a"),
		ev(q3, model.MetricActiveUsers, "Q3", "a"),
		ev(model.Day(2023, time.August, 10), model.MetricEvent, "August", "a"),
	}
	s := NewScale(es)
	var got []int
	for i, ok := s.Step(-1, 1); ok; i, ok = s.Step(i, 1) {
		got = append(got, i)
	}
	if len(got) != 3 || got[0] != 0 || got[1] != 2 || got[2] != 1 {
		t.Errorf("forward order = %v, want [0 2 1]", got)
	}
	if i, ok := s.Step(-1, -1); !ok || i != 1 {
		t.Errorf("Step(-1, -1) = %d, %v, want the last on screen", i, ok)
	}
	if i, ok := s.Step(1, -1); !ok || i != 2 {
		t.Errorf("Step back from Q3 = %d, %v, want August", i, ok)
	}
}
