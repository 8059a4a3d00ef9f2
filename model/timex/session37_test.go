package timex

import "testing"

// TestSession37DateReadings: the dates session 37's rules read, rule by
// rule.
func TestSession37DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// a look back ("la veille", "the day before") told in the past
		// names no day after the article: after a day ahead («lundi»,
		// a call's), it is the day before the article's.
		{"fr", "2019-12-05", "Elle a appelé à reconduire le mouvement lundi. Le ministre a jugé la veille que ces craintes étaient infondées.", "2019-12-04"},
		{"en", "2019-12-05", "The union called a new strike for Monday. The minister had warned of disruption the day before.", "2019-12-04"},
		// a start an infinitive of intent sets ("ready to mediate from
		// Friday") is ahead; a start a past verb gives is not.
		{"en", "2024-08-12", "The government said it was ready to mediate from Friday if both sides requested it.", "2024-08-16"},
		{"en", "2024-08-12", "Cyprus cut mains water supplies to homes to three days a week from Monday.", "2024-08-12"},
		// a weekday after a past participle («un sondage publié jeudi»,
		// "a report released on Tuesday") is past, whatever the clause's
		// conditional; not after a noun («son entrée mardi»).
		{"fr", "2025-10-10", "Rachida Dati arriverait en tête avec 28 % des intentions de vote, selon un sondage Ifop publié jeudi.", "2025-10-09"},
		{"en", "2025-10-10", "Labour would win 34% of the vote, according to a poll released on Tuesday.", "2025-10-07"},
		{"fr", "2025-03-21", "La nouvelle sénatrice doit faire son entrée mardi au palais du Luxembourg.", "2025-03-25"},
		// told ahead, it is the day before that day.
		{"fr", "2019-12-05", "Le sommet se tiendra lundi. Les ministres se réuniront la veille.", "2019-12-08"},
	})
}
