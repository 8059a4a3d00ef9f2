package timex

import (
	"fmt"
	"testing"
	"time"

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

// «La rentrée» with its year is the September the school year starts in;
// a time of day in four digits before a time zone is no year; what a
// calendar ends on is ahead.
func TestSessionDateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2025-08-26", "Le loyer a atteint 573 euros à la rentrée 2025.", "2025-09"},
		{"fr", "2025-08-26", "Dès la rentrée scolaire 2024, il avait augmenté.", "2024-09"},
		{"fr", "2025-08-26", "La rentrée approche.", ""},
		{"en", "2020-12-01", "Shares rose 4.6% to 9.12 euros by 1030 GMT.", ""},
		{"en", "2020-12-01", "The plant opened in 1998.", "1998"},
		{"en", "2020-12-01", "The consultation ends on Wednesday.", "2020-12-02"},
		{"en", "2020-12-01", "The consultation ended on Wednesday.", "2020-11-25"},
		// A participle set off by a comma tells what was done, whatever
		// the main verb's tense; what is planned stays ahead.
		{"fr", "2025-01-29", "Cette modification, entrée en vigueur le 1er octobre, expliquerait la hausse.", "2024-10-01"},
		{"fr", "2025-01-29", "La loi, adoptée le 12 mars, sera appliquée.", "2024-03-12"},
		{"fr", "2025-01-29", "Le sommet, prévu le 3 juin, réunira les chefs d'État.", "2025-06-03"},
		{"fr", "2025-01-29", "Le ministre réunira les syndicats, une réunion le 3 juin.", "2025-06-03"},
		// A half of a month; the months that end with a month.
		{"en", "2019-09-04", "The index gained 3.4% in the first half of April.", "2019-04-01/2019-04-15"},
		{"en", "2019-09-04", "The index gained 3.4% in the second half of March 2018.", "2018-03-16/2018-03-31"},
		{"en", "2019-09-04", "The stock had lost 31% in the 12 months to the end of August.", "2018-09/2019-08"},
		{"en", "2019-09-04", "Food prices rose 19.1% in the 12 months to April.", "2018-05/2019-04"},
		// a quarter ending on a month's last day; a fiscal period ending on another day (see matchSpanToDay)
		{"en", "2023-07-27", "Net income rose to $412 million in the three months to June 30, from $298 million.", "2023-04/2023-06"},
		{"en", "2023-07-27", "Revenue rose 4% in the six months ended June 30, 2023.", "2023-01/2023-06"},
		{"en", "2023-03-02", "Sales fell 2% in the 13 weeks ended Jan. 28.", "2022-10-30/2023-01-28"},
		// a verb in -ed or a past form that a modal before governs
		// through "and" looks ahead
		{"en", "2019-10-24", "Forecasters said it could strengthen again over the South China Sea and hit central Vietnam on Saturday.", "2019-10-26"},
		{"en", "2019-10-24", "The storm could have strengthened and hit Vietnam on Saturday.", "2019-10-19"},
	})
}

// A future tense far before its date in a long clause still looks ahead;
// an occasion called "next" is to come.
func TestSession34FutureReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2008-04-17", "Cyprus will cut mains water supplies to homes in its three largest cities to three days a week from Monday.", "2008-04-21"},
		{"en", "2008-04-17", "Cyprus cut mains water supplies to homes in its three largest cities to three days a week from Monday.", "2008-04-14"},
		{"en", "2016-10-27", "The bank holds its next meeting on Dec. 8.", "2016-12-08"},
		{"en", "2016-10-27", "The bank held a meeting on Dec. 8.", "2015-12-08"},
		{"fr", "2024-04-24", "Le lancement en France est attendu en octobre.", "2024-10"},
		{"en", "2024-03-12", "Completion is expected in the second half of the year.", "2024-07/2024-12"},
		{"fr", "2024-03-12", "La finalisation est attendue au second semestre de l'année.", "2024-07/2024-12"},
	})
}

// dateReading is a text, the day it is read against (ref), and the value
// of its last date expression (want, "" for none).
type dateReading struct {
	lang, ref, text, want string
}

// runDateReadings checks each reading.
func runDateReadings(t *testing.T, cases []dateReading) {
	t.Helper()
	for _, c := range cases {
		var y, m, d int
		fmt.Sscanf(c.ref, "%d-%d-%d", &y, &m, &d)
		got := ""
		for _, e := range FindDates(c.text, c.lang, Day(y, time.Month(m), d)) {
			got = e.Date.String()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// The verb in the past that dates a month after a figure is found past the
// figure's digits and signs, whatever word of the future stands before it.
func TestSession52PastVerbPastTheFigure(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-03-14", "More than economists had expected, but the unemployment rate rose to 4.3% from 4.1% in January.", "2026-01"},
		{"fr", "2026-03-14", "Comme prévu, le chômage a atteint 4,3 % en janvier.", "2026-01"},
		{"fr", "2026-03-14", "Comme prévu, le taux a grimpé à 4,3 % contre 4,1 % en janvier.", "2026-01"},
		{"fr", "2026-03-14", "Le chômage devrait atteindre 4,3 % en janvier.", "2027-01"},
		{"en", "2026-03-14", "The unemployment rate is expected to rise to 4.3% in January.", "2027-01"},
	})
}

// Two months joined by "to" inside "the … period" are one stretch, as
// "from July to September" is.
func TestSession53MonthToMonthPeriod(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-05-14", "Profit rose 5% in the July to September period.", "2025-07/2025-09"},
		{"en", "2026-05-14", "Sales fell during the January through March quarter.", "2026-01/2026-03"},
		{"en", "2026-05-14", "Profit rose 5% from July to September.", "2025-07/2025-09"},
	})
}

// "The quarter" told paragraphs after a quarter set as background is the
// quarter the story is about, the first it told.
func TestSession53QuarterOfTheStory(t *testing.T) {
	const lead = "Voltara said on Thursday it delivered 318,400 vehicles in the first quarter, down 12% from a year earlier. Production fell 8% to 332,700 vehicles, the company said. " +
		"It was the second consecutive quarterly decline. In the fourth quarter of 2025, Voltara delivered 402,100 vehicles, down 4% year on year. "
	const filler = "Voltara's shares fell 5.6% in premarket trading on Thursday. \"Price cuts are no longer buying volume,\" said Daniel Okafor, an analyst at Redwood Partners, who cut his full-year delivery forecast to 1.45 million vehicles from 1.62 million. The company delivered 1.71 million vehicles in 2025. "
	runDateReadings(t, []dateReading{
		{"en", "2026-04-02", lead + filler + "In China, Voltara sold 71,200 cars in the quarter.", "2026-01/2026-03"},
		{"en", "2026-04-02", lead + "Voltara sold 71,200 cars in China in the quarter.", "2025-10/2025-12"},
	})
}
