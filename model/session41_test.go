package model

import "testing"

// Session 41's rules, each on invented sentences that fail without it.

// TestSession41ChangeOverSource: a change set after a figure is that
// figure's change, dated as it is, over the source told between them.
func TestSession41ChangeOverSource(t *testing.T) {
	const books = "Book sales slip\n\nAcross the industry, UK publishers sold 669 million books in 2023, according to the Publishers Council, down 1% on the previous year, while the value of sales rose 4% to 6.9 billion pounds."
	const cattle = "Herd shrinks\n\nFarmers kept 9.4 million cattle in 2024, according to the farm ministry, down 3% from a year earlier."
	runDateCases(t, []dateCase{
		{name: "according to between en", lang: "en", date: "2024-02-09", text: books, value: 1, want: "2023"},
		{name: "according to between, from a year earlier", lang: "en", date: "2025-03-09", text: cattle, value: 3, want: "2024"},
	})
	runMeasureCases(t, []measureCase{
		{lang: "en", date: "2024-02-09", text: books, value: 1, measure: "book"},
	})
}
