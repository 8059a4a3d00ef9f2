package model

import "testing"

// Session 40's rules, each on invented sentences that fail without it.

// TestSession40Subjects checks the subjects of figures this session's
// rules read.
func TestSession40Subjects(t *testing.T) {
	const primesFR = "Assurance auto : les primes vont encore augmenter en 2026\n\n" +
		"Les primes d'assurance automobile devraient augmenter de 5 % en 2026, après une hausse de 4,8 % cette année, selon une étude publiée mardi par le cabinet Actuaris.\n\n" +
		"L'assureur mutualiste Mutelia a annoncé que ses tarifs augmenteraient de 5,5 % au 1er janvier. Mutelia assure 3,2 millions de véhicules et ses ventes ont progressé de 7 % en 2024.\n\n" +
		"Mutelia a nommé Inès Carpentier directrice financière le 3 novembre."
	const pricesEN = "Coffee prices hit a record\n\n" +
		"Wholesale coffee prices rose 38% in 2024, the fastest increase in a decade, according to the trade group Coffee Federation.\n\n" +
		"Roaster Beanhaus said it would raise its prices by 9% in March. Beanhaus sells 40 million bags a year, and its sales rose 11% in 2024.\n\n" +
		"Beanhaus named Ana Ruiz its finance director on Monday."
	runSubjectCases(t, []subjectCase{
		// a figure told before the article first names its main
		// organisation is not that organisation's: «Les primes
		// d'assurance automobile devraient augmenter» in an article whose
		// company comes in later.
		{name: "market before company fr", lang: "fr", date: "2025-11-27", text: primesFR, value: 4.8, bad: "Mutelia"},
		{name: "market before company en", lang: "en", date: "2025-02-12", text: pricesEN, value: 38, bad: "Beanhaus"},
		// (after it is named, its figures are)
		{name: "company named fr", lang: "fr", date: "2025-11-27", text: primesFR, value: 7, want: "Mutelia"},
		{name: "company named en", lang: "en", date: "2025-02-12", text: pricesEN, value: 11, want: "Beanhaus"},
	})
}

// TestSession40Measures checks the measures this session's rules read.
func TestSession40Measures(t *testing.T) {
	runMeasureCases(t, []measureCase{
		// "Cruise arrivals at the port of Belmar rose 18%": the noun a
		// place of business completes, past "at", not the place's noun.
		{"en", "2026-07-30", "Cruise arrivals at the port of Belmar rose 18% to 640,000 in the first half, the port authority said.", 640000, "cruise arrival"},
		{"en", "2023-09-28", "Enrolment of international students at universities in the province of Northbridge fell 11% this autumn to 48,200, the statistics office said.", 48200, "enrolment"},
	})
}

// TestSession40Dates checks the dates of figures this session's rules
// read.
func TestSession40Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		// "up 5% on January 2025": the period a change is set against,
		// not the change's (nor "rose 5% on Monday": the day it moved).
		{name: "up on a month", lang: "en", date: "2026-02-18", text: "In January, attendance at the Hallam Museum was 410,000, up 5% on January 2025.", value: 5, want: "2026-01"},
		{name: "down on last year", lang: "en", date: "2026-02-18", text: "Hallam Museum attendance reached 4.1 million in 2025, down 3 per cent on 2024.", value: 3, want: "2025"},
		{name: "rose on a day", lang: "en", date: "2026-02-18", text: "Shares in Hallam Group rose 5% on Monday.", value: 5, want: "2026-02-16"},
	})
}
