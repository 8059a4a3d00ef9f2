package timex

import "testing"

// TestSession36DateReadings: the dates session 36's rules read, rule by
// rule.
func TestSession36DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// what a call, an appeal or an urging asks for is ahead of it,
		// as what a vote decides is: «a appelé à reconduire la grève
		// vendredi», "urged members to walk out on Friday". A call made
		// on a day stays on that day.
		{"fr", "2025-11-20", "« La mobilisation est massive », a affirmé le secrétaire général, Ousmane Traoré, qui a appelé à reconduire la grève vendredi.", "2025-11-21"},
		{"fr", "2025-11-20", "Les syndicats appellent à manifester samedi.", "2025-11-22"},
		{"en", "2025-11-20", "The union urged its members to walk out on Friday.", "2025-11-21"},
		{"en", "2025-11-20", "The union called on drivers to strike on Monday.", "2025-11-24"},
		{"en", "2025-11-20", "The union called for calm on Tuesday.", "2025-11-18"},
		{"fr", "2025-11-20", "Le syndicat a appelé mardi à la grève.", "2025-11-18"},
		// what a request asks for is ahead of it when the request has a
		// day of its own before it, or is made now; "ordered the firm to
		// pay on Tuesday" tells when it was ordered.
		{"fr", "2026-03-17", "La DGAC a demandé mardi aux compagnies aériennes de réduire de 50 % leurs programmes de vols à Orly mercredi.", "2026-03-18"},
		{"fr", "2026-03-17", "Grève : la DGAC demande d'annuler un vol sur deux à Orly mercredi", "2026-03-18"},
		{"en", "2026-03-17", "The regulator asked airlines on Tuesday to cut flights at Orly on Wednesday.", "2026-03-18"},
		{"en", "2026-03-17", "The court ordered the company to pay $5 million on Wednesday.", "2026-03-11"},
		// "the quarter ending in October" is the three months that end
		// with it, as "the year to March" is twelve; "the current
		// quarter" is the one going on.
		{"en", "2022-08-25", "For the current quarter ending in October, Halcyon expects revenue of about $10 billion.", "2022-08/2022-10"},
		{"en", "2022-08-25", "Revenue rose 4% in the quarter ended July 31.", "2022-05/2022-07"},
		{"en", "2022-08-25", "Sales in the fiscal fourth quarter to September rose 3%.", "2021-07/2021-09"},
		// a year after "by" followed by "from" and a figure is a target
		// ("by 2025 from 3.5% now"); "by 2025 people" stays a count.
		{"en", "2022-11-03", "Unemployment would rise to 6.4% by 2025 from 3.5% now.", ""},
		{"en", "2022-11-03", "Unemployment would rise to 6.4% by 2025 from 3.5%.", "2025"},
		{"en", "2022-11-03", "The fund grew by 2025 members last year.", "2021"},
		// a forecast made on a day or in a month, told with the past's
		// "would", was made then: "which the agency forecast in May would
		// produce 13 hurricanes".
		{"en", "2024-09-12", "The season, which the National Oceanic and Atmospheric Administration forecast in May would produce 13 hurricanes, is busy.", "2024-05"},
		{"en", "2024-09-12", "The agency will forecast in May how many hurricanes the season would produce.", "2025-05"},
		// a weekday's closing price is one the market already set, even
		// in a clause told ahead.
		{"en", "2022-03-09", "SkyAndes will pay $14.20 per share, a 38 percent premium to Monday's closing price.", "2022-03-07"},
		{"en", "2022-03-09", "Voters will go to the polls in Sunday's election.", "2022-03-13"},
		// a deadline an infinitive sets ("to hire 4,000 more riders by
		// June") is ahead.
		{"en", "2021-04-14", "The startup plans to expand to the Netherlands and to hire 4,000 more riders by June, the company said.", "2021-06"},
		{"en", "2021-04-14", "The company aims to hire 4,000 riders by June.", "2021-06"},
		{"en", "2021-04-14", "The company had hired 4,000 riders by June.", "2020-06"},
		// a span that ends on a day other than its month's last is the
		// days up to and with it: "the year to Jan. 26", "the six weeks
		// to Jan. 5"; "a year earlier" after it is the same span a year
		// before, as after "the three months to June".
		{"en", "2019-04-10", "Sales fell 11.4% to 512 million pounds in the year to Jan. 26.", "2018-01-27/2019-01-26"},
		{"en", "2019-04-10", "Like-for-like sales fell 8.7% in the six weeks to Jan. 5.", "2018-11-25/2019-01-05"},
		{"en", "2019-04-10", "Revenue rose in the financial year ended 24 February 2018.", "2017-02-25/2018-02-24"},
		{"en", "2019-04-10", "Sales fell 11.4% in the year to Jan. 26, from 578 million pounds a year earlier.", "2017-01-27/2018-01-26"},
		{"en", "2019-09-04", "Net income rose in the three months to June 30, from $298 million a year earlier.", "2018-04/2018-06"},
		{"en", "2019-04-10", "The retailer expects sales to recover in the year to Jan. 25.", "2019-01-26/2020-01-25"},
		// "between March and July" is the months between; a year's
		// range may write the second year's last two digits: "the
		// 2022/23 fiscal year", "the 2024-25 season".
		{"en", "2023-01-10", "The exhibition drew 420,000 visitors between March and July.", "2022-03/2022-07"},
		{"en", "2024-03-12", "The canal earned a record $10.25 billion in the 2022/23 fiscal year.", "2022/2023"},
		{"en", "2025-04-22", "Resorts recorded 51.6 million skier days in the 2024-25 season.", "2024/2025"},
		{"en", "2025-04-22", "The final score was 2024-26 after overtime.", ""},
	})
}
