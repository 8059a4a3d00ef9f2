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

// «La rentrée» with its year is the September the school year starts in.
func TestRentree(t *testing.T) {
	ref := Day(2025, 8, 26)
	for _, c := range []struct{ text, want string }{
		{"Le loyer a atteint 573 euros à la rentrée 2025.", "2025-09"},
		{"Dès la rentrée scolaire 2024, il avait augmenté.", "2024-09"},
		{"La rentrée approche.", ""},
	} {
		got := ""
		for _, d := range FindDates(c.text, "fr", ref) {
			got = d.Date.String()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// A time of day in four digits before a time zone is no year, and what a
// calendar ends on is ahead.
func TestClockIsNoYearAndEndsLooksAhead(t *testing.T) {
	ref := Day(2020, 12, 1)
	for _, c := range []struct{ text, want string }{
		{"Shares rose 4.6% to 9.12 euros by 1030 GMT.", ""},
		{"The plant opened in 1998.", "1998"},
		{"The consultation ends on Wednesday.", "2020-12-02"},
		{"The consultation ended on Wednesday.", "2020-11-25"},
	} {
		got := ""
		for _, d := range FindDates(c.text, "en", ref) {
			got = d.Date.String()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
