package timex

import "testing"

// TestMonthBeforeNounAndYearAfterFor: a capitalised "March" or "May" that
// qualifies the noun after it is a month, a name or a modal is none; a year
// "for" brings in before a preposition is a year ("a budget for 2025 by a
// vote of 7-4"), before a noun a count ("for 2000 people").
func TestMonthBeforeNounAndYearAfterFor(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Lusaero said March traffic had been 1.38 million passengers.", "2021-03"},
		{"The May figures were revised.", "2021-05"},
		{"Analysts expect March sales to rise.", "2022-03"}, // (ahead of the reference day)
		{"Theresa May said the vote would go ahead.", ""},
		{"It was when May took office that prices rose.", ""},
		{"Ministers said May would resign.", ""},
		{"May I ask a question?", ""},
		{"The council approved a budget for 2025 by a vote of 7-4.", "2025"},
		{"The council approved a budget for 2025 after a long debate.", "2025"},
		{"The hall has seats for 2000 people.", ""},
		{"Trump met May in Brussels.", ""},
		{"Corbyn criticised May for her handling of the talks.", ""},
		{"It is clear that May faces a revolt.", ""},
		{"Thousands joined the March for Our Lives.", ""},
		{"The death toll rose to 1500 after the aftershocks.", ""},
		{"Membership grew to 2000 by the end of the season.", ""},
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
