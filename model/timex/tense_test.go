package timex

import (
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// An imperfect whose stem ends in "r" is no future: "figuraient au 31
// octobre" is last October's, "seraient le 31 octobre" next.
func TestImperfectIsNoFuture(t *testing.T) {
	for _, c := range []struct {
		w      string
		future bool
	}{
		{"figuraient", false}, {"déclarait", false}, {"ignoraient", false}, {"opéraient", false}, {"montraient", false},
		{"offraient", false}, {"couvrait", false}, {"duraient", false}, {"enregistrait", false}, {"déclara", false},
		{"seraient", true}, {"auraient", true}, {"pourraient", true}, {"devraient", true}, {"mangeraient", true},
		{"mettraient", true}, {"concluraient", true}, {"figureront", true}, {"sera", true}, {"fera", true}, {"saurait", true},
		{"viendraient", true}, {"finiraient", true},
	} {
		toks := lexis.Tokenize(c.w, 0, len(c.w))
		if got := isFutureVerb(&toks[0]); got != c.future {
			t.Errorf("isFutureVerb(%q) = %v, want %v", c.w, got, c.future)
		}
	}
}
