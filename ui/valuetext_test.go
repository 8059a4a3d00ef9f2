package ui

import (
	"testing"

	"github.com/claimline/claimline/model"
)

// TestValueTextElapsed: a time in seconds reads as races are timed in the
// table's value column; a short one keeps its unit.
func TestValueTextElapsed(t *testing.T) {
	for _, c := range []struct {
		value float64
		want  string
	}{
		{7308, "2:01:48"},
		{3598, "59:58"},
		{12, "12 s"},
	} {
		if got := valueText(&model.Event{Value: c.value, Unit: "s", Metric: model.MetricOther}, "en"); got != c.want {
			t.Errorf("%v s = %q, want %q", c.value, got, c.want)
		}
	}
}
