package quantity

import "testing"

// TestDurations: an elapsed time of several parts is one figure, in
// seconds; one part alone and a time of day are not.
func TestDurations(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64 // 0 when no elapsed time may be read
	}{
		{"finished second in 2:01:48, was", 7308},
		{"covering the second half in 60:14.", 3614},
		{"in 2 hours, 0 minutes and 12 seconds", 7212},
		{"in 59 minutes 58 seconds", 3598},
		{"clocking 28 minutes 54.14 seconds.", 1734.14},
		{"en 1 min 52,31 s.", 112.31},
		{"in 12.5 seconds", 0},
		{"en 2 h 00 min 12 s.", 7212},
		{"en 3 heures et 20 minutes", 12000},
		{"at 10:30 a.m.", 0},
		{"in 12 seconds", 0},
		{"for 3 years and 2 months", 0},
	} {
		got := 0.0
		for _, n := range FindNumbers(c.text, "en") {
			if n.Unit == "s" && n.TokEnd-n.TokStart >= 3 {
				got = n.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: elapsed time %v, want %v", c.text, got, c.want)
		}
	}
}
