package timex

import (
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// TestHolidayCues checks that the holiday cue is set for exactly the first
// words of the holidays (holidayStarts).
func TestHolidayCues(t *testing.T) {
	for w := range holidayStarts {
		if toks := lexis.Tokenize(w, 0, len(w)); len(toks) != 1 || tokenCues(&toks[0])&cueHoliday == 0 {
			t.Errorf("%q: no holiday cue", w)
		}
	}
	for _, w := range []string{"new", "christmas", "boxing", "valentine", "all", "bastille", "jour", "nouvel", "reveillon", "saint-sylvestre", "saint-valentin", "fete"} {
		if !holidayStarts[w] {
			t.Errorf("%q has the holiday cue but starts no holiday", w)
		}
	}
}
