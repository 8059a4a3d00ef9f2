package timex

import "testing"

// TestMonthBeforeNoun: a capitalised "March" or "May" that qualifies the
// noun after it is a month; a name or a modal is none.
func TestMonthBeforeNoun(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Lusaero said March traffic had been 1.38 million passengers.", "2021-03"},
		{"The May figures were revised.", "2021-05"},
		{"Analysts expect March sales to rise.", "2022-03"}, // (ahead of the reference day),
		{"Theresa May said the vote would go ahead.", ""},
		{"It was when May took office that prices rose.", ""},
		{"Ministers said May would resign.", ""},
		{"May I ask a question?", ""},
	} {
		got := ""
		for _, d := range FindDates(c.text, "en", ref) {
			got = d.Date.String()
		}
		if got != c.want {
			t.Errorf("%q: date %q, want %q", c.text, got, c.want)
		}
	}
}
