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

// TestSession35DateReadings: the dates session 35's rules read, rule by
// rule.
func TestSession35DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// the season before the present one runs from July to
		// June; "this season", "next season" and a bare "season" are no date.
		{"en", "2019-07-09", "He scored 31 goals last season.", "2018-07/2019-06"},
		{"en", "2015-01-27", "The resort recorded 1.1 million skier days last season.", "2013-07/2014-06"},
		{"en", "2021-03-02", "The club finished fourth the previous season.", "2019-07/2020-06"},
		{"en", "2021-03-02", "Ticket prices will rise next season.", ""},
		{"en", "2021-03-02", "He has scored nine goals this season.", ""},
		{"en", "2021-03-02", "The season opened with a win.", ""},
		{"fr", "2015-01-27", "contre 21 sur l'ensemble de la saison précédente.", "2013-07/2014-06"},
		{"fr", "2017-12-20", "La saison dernière, le pic avait été atteint.", "2016-07/2017-06"},
		{"fr", "2019-08-20", "Le club visera le podium la saison prochaine.", ""},
		{"fr", "2019-08-20", "La saison a commencé samedi.", "2019-08-17"},
		// "the year to March" is the twelve months that end with
		// March; a change in per cent over it is March's.
		{"en", "2021-11-10", "The carmaker sold 212,000 vehicles in the year to March.", "2020-04/2021-03"},
		{"en", "2009-08-12", "Its revenue was C$612 million in the year to March 2009.", "2008-04/2009-03"},
		{"en", "2018-09-04", "Exports reached 59 billion dollars in the financial year to June 2019.", "2018-07/2019-06"},
		{"en", "2016-10-27", "Consumer prices rose 1.2% in the year to September.", "2016-09"},
		{"en", "2016-10-27", "House prices rose 11.4 percent in the year to September.", "2016-09"},
		{"en", "2021-12-02", "Sales fell 18% last year to 633.", "2020"},
		{"en", "2019-06-20", "Profit rose in the year ended May 31.", "2018-06/2019-05"},
		{"en", "2025-11-05", "The airline expected to carry about 205 million passengers in the year to March.", "2025-04/2026-03"},
		{"en", "2025-11-05", "The airline will carry about 205 million passengers in the 12 months to March.", "2025-04/2026-03"},
		// the past verb of a date's clause may stand
		// before the figure it states and its "to": "which raised its deposit rate
		// to 2% in October" tells a past October, whatever the main clause tells.
		{"en", "2022-12-14", "The bank, which raised its own deposit rate to 2% in October, will decide again.", "2022-10"},
		{"en", "2022-12-14", "The bank, which lifted its benchmark deposit rate to 2% in October, will decide again.", "2022-10"},
		{"en", "2022-12-14", "The bank will decide whether to raise its own deposit rate to 2% in March.", "2023-03"},
		// "The world championships open in Tokyo on
		// September 13": a plural subject's calendar verb, a place between it and
		// the day, looks ahead.
		{"en", "2025-07-21", "The world championships open in Tokyo on September 13.", "2025-09-13"},
		{"en", "2025-07-21", "The championships open on September 13.", "2025-09-13"},
		{"en", "2025-07-21", "Sales in stores on March 3 rose.", "2025-03-03"},
		// «Thi Mai Nguyen»: a capitalised French month
		// between two names is a name's, no date.
		{"fr", "2024-06-12", "son ancien directeur, Thi Mai Nguyen, a été sanctionné", ""},
		{"fr", "2024-06-12", "le 1er Mai Paris défile", "2024-05-01"},
		// "a budget for the coming year" names a
		// period, not the clause's tense: "approved … on Wednesday night" is past.
		{"en", "2025-03-06", "Hartwell City Council approved a £412 million budget for the coming year on Wednesday night.", "2025-03-05"},
		{"en", "2025-03-06", "The council will vote on the budget in the coming weeks, on Wednesday.", "2025-03-12"},
		// what a vote decides to do on a day is ahead of the vote:
		// «a voté pour reconduire la grève vendredi», "voted to extend the strike
		// on Friday".
		{"fr", "2025-11-12", "L'assemblée générale des cheminots a voté pour reconduire la grève vendredi.", "2025-11-14"},
		{"en", "2025-11-12", "Workers voted to extend the strike on Friday.", "2025-11-14"},
		{"en", "2025-11-12", "Workers voted on Friday.", "2025-11-07"},
		// "took the decision by four votes to two at a meeting on
		// Wednesday": a tally, not what was voted for.
		{"en", "2016-10-27", "The board took the decision by four votes to two at a meeting on Wednesday.", "2016-10-26"},
		// «à partir de lundi», with no year, starts ahead.
		{"fr", "2025-10-03", "Les contrôleurs cesseront le travail à partir de lundi.", "2025-10-06"},
		{"fr", "2025-10-03", "Les tarifs augmentent à partir du 1er mars.", "2026-03-01"},
	})
}
