package model

import (
	"strings"
	"testing"
)

// Session 43's rules, each on invented sentences that fail without it.

// TestSession43QuarterClosedOnCarries: a quarter whose end a relative
// clause tells is the months to that end, and the results told after it
// with no time of their own are of that quarter; a headline's "adds N
// subscribers" is a gain of users, as "added".
func TestSession43QuarterClosedOnCarries(t *testing.T) {
	const en = "Streamwave adds 3.8 million subscribers\n\nStreamwave said on Monday it added 3.8 million paid subscribers in its fiscal first quarter, which ended on November 30.\n\n" +
		"Revenue rose 17% to $4.2 billion, while operating income nearly doubled to $610 million."
	const fr = "Oréade publie ses ventes\n\nL'éditeur Oréade a réalisé un chiffre d'affaires de 212 millions d'euros au premier trimestre clos le 30 novembre, a-t-il annoncé lundi.\n\n" +
		"Son résultat opérationnel a progressé de 9 % à 31 millions d'euros."
	runDateCases(t, []dateCase{
		{"en lead", "en", "2025-12-09", en, 3.8e6, "2025-09/2025-11"},
		{"en revenue after", "en", "2025-12-09", en, 4.2e9, "2025-09/2025-11"},
		{"fr lead", "fr", "2025-12-09", fr, 212e6, "2025-09/2025-11"},
		{"fr result after", "fr", "2025-12-09", fr, 31e6, "2025-09/2025-11"},
	})
	for _, c := range buildText(t, "en", "2025-12-09", en).Claims {
		if c.Value == 3.8e6 && c.Metric != MetricNewUsers {
			t.Errorf("%q: metric %v, want new users", c.Label, c.Metric)
		}
	}
}

// TestSession43LevelAndChangeShareDate: a level told after a comma as what
// a dated change came to («…au troisième trimestre, pour s'établir à 3,19
// millions») and a level a dated change is apposed to («s'élève à 5,62
// millions, en progression de 0,9 % sur le trimestre») are of the change's
// time.
func TestSession43LevelAndChangeShareDate(t *testing.T) {
	const fr = "Chômage en hausse\n\nLe nombre de demandeurs d'emploi a augmenté de 1,8 % au troisième trimestre en France, pour s'établir à 3,19 millions de personnes, selon les chiffres publiés lundi par la Dares.\n\n" +
		"Le nombre d'inscrits s'élève à 5,62 millions, en progression de 0,9 % sur le trimestre."
	const en = "Streamwave grows\n\nStreamwave's subscribers rose 3% in the third quarter, to stand at 96.4 million, the company said on Monday.\n\n" +
		"Its ad tier had 21.5 million members, up 9% in the quarter."
	runDateCases(t, []dateCase{
		{"pour s'établir", "fr", "2025-12-09", fr, 3.19e6, "2025-07/2025-09"},
		{"en progression sur le trimestre", "fr", "2025-12-09", fr, 5.62e6, "2025-07/2025-09"},
		{"to stand at", "en", "2025-12-09", en, 96.4e6, "2025-07/2025-09"},
		{"up in the quarter", "en", "2025-12-09", en, 21.5e6, "2025-07/2025-09"},
	})
}

// TestSession43SourcePassiveLabel: the event of a source's publication told
// in a passive after «selon», "according to" is labelled with the source's
// phrase, not the whole sentence it closes.
func TestSession43SourcePassiveLabel(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Chômage\n\nLe nombre de demandeurs d'emploi a augmenté de 1,8 % au troisième trimestre, selon les chiffres publiés lundi par la Dares.", "les chiffres publiés lundi par la Dares"},
		{"en", "Music sales\n\nDownloads rose 8% in March, according to figures released on Monday by the Music Council.", "figures released on Monday by the Music Council"},
		// (a passive with no source before it keeps its clause)
		{"en", "Plant sold\n\nThe plant was bought on Monday by Zorgon.", "The plant was bought on Monday by Zorgon"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2025-12-09", c.text).Claims {
			if cl.Metric == MetricEvent {
				found = found || cl.Label == c.want
				if !found {
					t.Logf("%s: event %q", c.lang, cl.Label)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event labelled %q", c.text, c.want)
		}
	}
}

// TestSession43NamesOfOneLine: the names of one line ("Karoo Gold" in the
// title, "Karoo Gold Mining", then "Karoo") count as one company when the
// article's main organisation is chosen, so "the firm" is it, not a mine
// named twice.
func TestSession43NamesOfOneLine(t *testing.T) {
	const en = "Karoo Gold output falls 8% as flooding hits Ghana mine\n\n" +
		"Karoo Gold Mining produced 412,000 ounces of gold in the third quarter, after heavy rains flooded part of its Tano Ridge pit in Ghana, the miner said on Tuesday.\n\n" +
		"The Tano Ridge mine alone produced 96,000 ounces in the quarter.\n\n" +
		"Some analysts doubt Karoo will hit its target.\n\n" +
		"The firm employs 21,000 people across six mines in Ghana and South Africa."
	runSubjectCases(t, []subjectCase{
		{name: "the firm", lang: "en", date: "2025-12-09", text: en, value: 21000, want: "Karoo", bad: "Tano Ridge"},
	})
}

// TestSession43RangeOfANoun: "revenue of $4.4 billion to $4.5 billion",
// «une croissance de 2 % à 3 %» are one figure, a range, measured by the
// noun its lower end completes (so is "revenue of between … and …"); a
// move from one value to the other stays two figures.
func TestSession43RangeOfANoun(t *testing.T) {
	const en = "Zorgon outlook\n\nZorgon forecast revenue of $4.4 billion to $4.5 billion for the current quarter. It sees 2026 sales of between $18 billion and $19 billion."
	const fr = "Zorgon prudent\n\nLe groupe Zorgon prévoit une croissance de 2 % à 3 % en 2026."
	for _, c := range []struct {
		lang, text string
		low, high  float64
		measure    string
	}{
		{"en", en, 4.4e9, 4.5e9, "revenue"},
		{"en", en, 18e9, 19e9, "sale"},
		{"fr", fr, 2, 3, "croissance"},
	} {
		tl := buildText(t, c.lang, "2025-12-09", c.text)
		found := false
		for _, cl := range tl.Claims {
			if cl.Value == c.low {
				t.Errorf("%s: the lower end %v is a figure of its own: %q", c.lang, c.low, cl.Label)
			}
			if cl.Value == c.high {
				found = true
				if cl.Low != c.low || !strings.Contains(cl.Measure, c.measure) {
					t.Errorf("%s: %q low %v measure %q, want low %v measure %q", c.lang, cl.Label, cl.Low, cl.Measure, c.low, c.measure)
				}
			}
		}
		if !found {
			t.Errorf("%s: no figure %v", c.lang, c.high)
		}
	}
	// (a move from one to the other is two figures)
	for _, text := range []string{"Zorgon\n\nZorgon raised its target of 2% to 3%.", "Zorgon\n\nLe taux est passé de 2 % à 3 %."} {
		n := 0
		for _, cl := range buildText(t, "en", "2025-12-09", text).Claims {
			if cl.HasValue && (cl.Value == 2 || cl.Value == 3) {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%q: %d figures, want 2", text, n)
		}
	}
}

// TestSession43ResultsDay: the event of publishing results is dated by the
// day they come out, not by the period they are of ("will publish its
// fourth-quarter results on Feb. 5"); a close's day is no event.
func TestSession43ResultsDay(t *testing.T) {
	const en = "Nordair traffic\n\nNordair will publish its fourth-quarter results on Feb. 5. Halvorsen will pay $38 per share, a premium of 61% to Celdara's closing price on Monday."
	found := false
	for _, cl := range buildText(t, "en", "2025-12-09", en).Claims {
		if cl.Metric != MetricEvent {
			continue
		}
		if strings.Contains(cl.Label, "publish") {
			found = true
			if got := cl.Date.String(); got != "2026-02-05" {
				t.Errorf("%q dated %s, want 2026-02-05", cl.Label, got)
			}
		}
		if strings.Contains(cl.Label, "closing") {
			t.Errorf("a close read as an event: %q", cl.Label)
		}
	}
	if !found {
		t.Error("no event of publishing the results")
	}
}

// TestSession43TravellersAreNoUsers: the travellers or visitors a place
// receives are no users of a service, even where «plateforme» names an
// airport.
func TestSession43TravellersAreNoUsers(t *testing.T) {
	const fr = "Lille-Lesquin record\n\nL'aéroport de Lille-Lesquin a accueilli 2,45 millions de voyageurs sur les onze premiers mois de l'année, a indiqué mardi la direction de la plateforme."
	const en = "Museum record\n\nThe museum platform welcomed 1.2 million visitors this year, its director said."
	for _, c := range []struct {
		lang, text string
		value      float64
	}{{"fr", fr, 2.45e6}, {"en", en, 1.2e6}} {
		if cl, ok := figureOf(t, c.lang, "2025-12-09", c.text, c.value); ok && (cl.Metric == MetricNewUsers || cl.Metric == MetricActiveUsers) {
			t.Errorf("%q: metric %v, want no users", cl.Label, cl.Metric)
		}
	}
}

// TestSession43WholeNotTheCompany: a thing told with a word of national or
// world scope, or a class of firms of a country, is no figure of the
// article's company.
func TestSession43WholeNotTheCompany(t *testing.T) {
	const fr = "Terralait relève son prix\n\nLa coopérative Terralait a annoncé mardi qu'elle paierait le lait 465 euros la tonne en janvier.\n\n" +
		"La collecte nationale de lait de vache a progressé de 1,2 % en octobre sur un an, selon FranceAgriMer."
	const en = "Halvorsen buys Celdara\n\nHalvorsen agreed on Tuesday to buy Celdara for $4.2 billion. Halvorsen shares fell 2%.\n\n" +
		"Biotech acquisitions announced globally reached $96 billion in the first eleven months, according to Dealogic."
	const startups = "Cortexia lève 210 millions\n\nLa start-up française Cortexia a annoncé mardi avoir levé 210 millions d'euros.\n\n" +
		"Les start-up françaises ont levé 6,1 milliards d'euros sur les neuf premiers mois de l'année, selon EY."
	runSubjectCases(t, []subjectCase{
		{name: "collecte nationale", lang: "fr", date: "2025-12-09", text: fr, value: 1.2, bad: "Terralait"},
		{name: "acquisitions announced globally", lang: "en", date: "2025-12-09", text: en, value: 96e9, bad: "Halvorsen"},
		{name: "les start-up françaises", lang: "fr", date: "2025-12-09", text: startups, value: 6.1e9, bad: "Cortexia"},
		// (the company's own measure stays the company's)
		{name: "own revenue", lang: "en", date: "2025-12-09", text: "Halvorsen buys Celdara\n\nHalvorsen agreed on Tuesday to buy Celdara.\n\nRevenue rose 8% in the first nine months.", value: 8, want: "Halvorsen"},
	})
}

// TestSession43AmountAgainInBrackets: an amount told again in another
// currency in brackets after "Danish crowns" is a conversion, no figure of
// its own, and the date after the brackets is the amount's; a valuation a
// dated fundraising was made at is of its date.
func TestSession43AmountAgainInBrackets(t *testing.T) {
	const en = "Halvorsen buys Celdara\n\nCeldara posted sales of 61.3 billion Danish crowns ($9.5 billion) in the first nine months of the year, up 8%."
	const fr = "Cortexia lève 210 millions\n\nCortexia avait levé 45 millions d'euros en série B en mars 2024, pour une valorisation de 320 millions d'euros."
	runDateCases(t, []dateCase{
		{"crowns then brackets", "en", "2025-12-09", en, 61.3e9, "2025-01/2025-09"},
		{"pour une valorisation", "fr", "2025-12-09", fr, 320e6, "2024-03"},
	})
	for _, cl := range buildText(t, "en", "2025-12-09", en).Claims {
		if cl.HasValue && cl.Value == 9.5e9 {
			t.Errorf("the conversion is a figure of its own: %q", cl.Label)
		}
	}
}

// TestSession43VoteShares: in a story of a vote, a share a party "came
// second with", "took" or «a recueilli» is its share of the vote, no change.
func TestSession43VoteShares(t *testing.T) {
	const en = "Civic Progress wins election\n\nCivic Progress won Sunday's general election with 27.4% of the vote, final results showed on Tuesday.\n\n" +
		"Turnout was up from 59.4% at the last election in 2022. About 1.04 million of the 1.52 million registered voters cast a ballot. Civic Progress will hold 29 of the 100 seats in parliament.\n\n" +
		"The nationalist National Alliance came second with 18.9% and 20 seats, while the Greens took 12.6%."
	const fr = "Élections régionales\n\nLe Parti bleu a obtenu 31,4 % des voix dimanche.\n\nLa participation a atteint 58 %. Le Parti bleu disposera de 40 sièges. Le nouveau conseil se réunira le 18 décembre.\n\nLe Parti vert a recueilli 14,2 %, selon les résultats définitifs."
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", en, 18.9, "vote (%)"},
		{"en", "2025-12-09", en, 12.6, "vote (%)"},
		{"fr", "2025-12-09", fr, 14.2, "voix (%)"},
		// (in another story, a verb with a share stays a change)
		{"en", "2025-12-09", "Zorgon shares\n\nZorgon shares took a hit on Monday. The stock fell 4.2% on Tuesday.", 4.2, "stock (%)"},
	})
}

// TestSession43CommodityInAConjunct: a bare commodity noun that is the
// subject of its own clause ("…and zinc added 1.1%", "while corn fell
// 2.5%") is what the figure is of, not the name the sentence opened on,
// and its price moves on its day, not in the period of statistics told
// before.
func TestSession43CommodityInAConjunct(t *testing.T) {
	const en = "Copper hits record\n\nCopper rose 1.9% to a record $11,800 a ton on Tuesday, Codelco data showed. China imported 441,000 tons of copper in November.\n\n" +
		"Other metals also rose. Aluminium gained 0.8% to $2,910 a ton and zinc added 1.1% to $3,085."
	runSubjectCases(t, []subjectCase{
		{name: "and zinc added", lang: "en", date: "2025-12-09", text: en, value: 1.1, want: "zinc"},
		{name: "zinc's price", lang: "en", date: "2025-12-09", text: en, value: 3085, want: "zinc"},
		{name: "while corn fell", lang: "en", date: "2025-12-09", text: "Grains slide\n\nGrain prices fell on Monday in Chicago. Wheat futures rose 1% while corn fell 2.5%.", value: 2.5, want: "corn"},
	})
	if cl, ok := figureOf(t, "en", "2025-12-09", en, 1.1); ok && cl.Date.String() == "2025-11" {
		t.Errorf("zinc's move dated by the imports' month: %s", cl.Date)
	}
	// (the conjunction «or», "or" is no gold: "closed or partly closed")
	runSubjectCases(t, []subjectCase{
		{name: "or", lang: "en", date: "2024-10-09", text: "Teachers strike\n\nTeachers across New Zealand walked out on Wednesday, leaving schools closed or partly closed. The strike shut 1,900 schools.", value: 1900, bad: "or"},
	})
}

// TestSession43TimeIsNoSubject: a clause opened by a stretch of time («Le
// mois de juillet a été marqué par une baisse de 2,1 %») names no thing the
// figure is of; a thing told "over the period" still is one.
func TestSession43TimeIsNoSubject(t *testing.T) {
	const fr = "Tourisme en Bretagne\n\nLa Bretagne a enregistré 34,6 millions de nuitées en juillet et août.\n\nLe mois de juillet a été marqué par une baisse de la fréquentation, de 2,1 % sur un an."
	runSubjectCases(t, []subjectCase{
		{name: "le mois de juillet", lang: "fr", date: "2025-12-09", text: fr, value: 2.1, bad: "Le mois de juillet"},
		{name: "exports over the period", lang: "en", date: "2010-06-01", text: "Trade\n\nIndonesia's trade surplus widened in January-April. Exports over the period rose 45.2% to $47.6 billion.", value: 47.6e9, want: "Indonesia"},
	})
}

// TestSession43BaseOfUsers: the base a users count is set against («84.000
// abonnés annuels, contre 69.000 il y a un an») counts the same users; a
// count after a rank goes on with no rank ("ranked sixth, at 2,786").
func TestSession43BaseOfUsers(t *testing.T) {
	const fr = "Mobicyc\n\nLe service Mobicyc compte désormais 84.000 abonnés annuels, contre 69.000 il y a un an."
	if cl, ok := figureOf(t, "fr", "2025-12-09", fr, 69000); ok && (cl.Metric != MetricActiveUsers || cl.Subject != "Mobicyc" || cl.Date.String() != "2024") {
		t.Errorf("%q: metric %v subject %q date %s, want the users Mobicyc had in 2024", cl.Label, cl.Metric, cl.Subject, cl.Date)
	}
	if cl, ok := figureOf(t, "en", "2017-11-21", "Chess\n\nNazarov is ranked sixth, at 2,786.", 2786); ok && cl.Metric == MetricRank {
		t.Errorf("%q: a rating read as a rank", cl.Label)
	}
}

// TestSession43SmallBareCounts: a small count with no noun of its own is a
// figure when its words say what it counts: the base of the count before
// ("will hold 29 of the 100 seats, up from 19") or an aggregate's whole
// ("taking its fleet to 142").
func TestSession43SmallBareCounts(t *testing.T) {
	const en = "Civic Progress wins\n\nCivic Progress won Sunday's election.\n\nCivic Progress will hold 29 of the 100 seats in parliament, up from 19. Nordair took delivery of four jets in November, taking its fleet to 142."
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", en, 19, "seat"},
		{"en", "2025-12-09", en, 142, "fleet"},
	})
}

// TestSession43ForecastNotTheLeadsQuarter: a forecast raised in the past
// ("raised its full-year revenue growth forecast to 7%") is not of the
// quarter the article's lead reports.
func TestSession43ForecastNotTheLeadsQuarter(t *testing.T) {
	const en = "Orion adds subscribers\n\nOrion said on Monday it added 2.1 million subscribers in its fiscal second quarter, which ended on October 31.\n\n" +
		"Revenue rose 4% in the quarter. The company also raised its full-year revenue growth forecast to 7%."
	if cl, ok := figureOf(t, "en", "2025-12-09", en, 7); ok && cl.Date.String() == "2025-08/2025-10" {
		t.Errorf("%q dated by the lead's quarter", cl.Label)
	}
	runDateCases(t, []dateCase{{"revenue in the quarter", "en", "2025-12-09", en, 4, "2025-08/2025-10"}})
}

// TestSession43TwoDaysJoined: a figure of two days of one week joined by
// "et", "and" («annulés lundi et mardi») is of both days.
func TestSession43TwoDaysJoined(t *testing.T) {
	runDateCases(t, []dateCase{
		{"lundi et mardi", "fr", "2025-12-09", "Grève des contrôleurs\n\nPlus de 1.500 vols ont été annulés lundi et mardi en France, selon la DGAC.", 1500, "2025-12-08/2025-12-09"},
		{"Monday and Tuesday", "en", "2025-12-09", "Strike\n\nAirlines cancelled 1,500 flights on Monday and Tuesday, the regulator said.", 1500, "2025-12-08/2025-12-09"},
	})
}

// TestSession43BaseDateNotTheNextClauses: the date of a base set against
// («contre 17,8 % en novembre 2024») is the base's own, not that of a
// figure told after it; the base keeps it.
func TestSession43BaseDateNotTheNextClauses(t *testing.T) {
	const fr = "Voitures électriques\n\nLa part de marché de l'électrique a atteint 24,3 % le mois dernier, un record, contre 17,8 % en novembre 2024, alors que le marché automobile global a reculé de 1,6 % à 140.700 immatriculations, selon la PFA."
	runDateCases(t, []dateCase{
		{"the base", "fr", "2025-12-09", fr, 17.8, "2024-11"},
		{"the market's fall", "fr", "2025-12-09", fr, 1.6, "2025-11"},
		{"the market's level", "fr", "2025-12-09", fr, 140700, "2025-11"},
		{"a base in a month", "fr", "2023-11-13", "Sondage\n\nSelon un sondage publié dimanche, 58 % des Français se disent favorables au projet, contre 49 % en mars.", 49, "2023-03"},
	})
}

// TestSession43SaidOnADayThenInfinitive: «a annoncé mardi avoir franchi…»,
// «a indiqué jeudi avoir signé…»: the infinitive's subject is the one who
// said it, past the day between; an adjective of origin is no measure
// («spécialiste breton des biscuits, … pour une valeur de 1,15 milliard»).
func TestSession43SaidOnADayThenInfinitive(t *testing.T) {
	const fr = "Free franchit un cap\n\nIliad, maison mère de Free, a annoncé mardi avoir franchi le cap des 6,4 millions d'abonnés à la fibre optique en France."
	const fr2 = "Alvéa rachète Bréval\n\nLe groupe coopératif Alvéa a annoncé mardi être entré en négociations avec les actionnaires de Bréval, spécialiste breton des biscuits, en vue de racheter l'entreprise pour une valeur de 1,15 milliard d'euros."
	runSubjectCases(t, []subjectCase{
		{name: "a annoncé mardi avoir", lang: "fr", date: "2025-12-09", text: fr, value: 6.4e6, want: "Iliad"},
	})
	if cl, ok := figureOf(t, "fr", "2025-07-09", fr2, 1.15e9); ok && strings.Contains(cl.Measure, "breton") {
		t.Errorf("%q: measure %q", cl.Label, cl.Measure)
	}
	for _, cl := range buildText(t, "fr", "2025-12-09", fr).Claims {
		if cl.Value == 6.4e6 && cl.Unsure {
			t.Errorf("%q: unsure", cl.Label)
		}
	}
}

// TestSession43OwnerBeforeAPlace: «Les ventes de Tesla en France ont chuté
// de 37 %», "Sales of Tesla in Germany fell 12%": the owner of what is
// measured, not the place that locates it.
func TestSession43OwnerBeforeAPlace(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "ventes de Tesla en France", lang: "fr", date: "2025-12-09", text: "Voitures électriques\n\nRenault a vendu 12.000 voitures électriques en novembre. Les ventes de Tesla en France ont de nouveau chuté de 37 % sur le mois.", value: 37, want: "Tesla"},
		{name: "sales of Tesla in Germany", lang: "en", date: "2025-12-09", text: "EV sales\n\nBYD sold 12,000 cars in November. Sales of Tesla in Germany fell 12% in the month.", value: 12, want: "Tesla"},
		// (a body's place stays the body's: "A federal jury in Boston")
		{name: "jury in Boston", lang: "en", date: "2025-12-09", text: "Verdict\n\nA federal jury in Boston on Monday awarded $2 million to the plaintiffs.", value: 2e6, bad: "Boston"},
	})
}

// TestSession43LaterConjunctOfAnotherThing: ", et son carnet de commandes
// atteignait 96 milliards au 30 septembre": the date of a later clause of
// another thing with its own verb is not the figure's before it.
func TestSession43LaterConjunctOfAnotherThing(t *testing.T) {
	const fr = "Alstom\n\nAu premier semestre de son exercice, clos fin septembre, Alstom a enregistré 10,2 milliards de commandes.\n\nSon chiffre d'affaires a progressé de 4,1 % à 9,1 milliards d'euros sur la période, et son carnet de commandes atteignait 95 milliards d'euros au 30 septembre."
	runDateCases(t, []dateCase{
		{"chiffre d'affaires", "fr", "2025-12-09", fr, 9.1e9, "2025-04/2025-09"},
		{"carnet", "fr", "2025-12-09", fr, 95e9, "2025-09-30"},
	})
}

// TestSession43DataShowedOnADay: "customs data showed on Sunday" tells the
// day the data came out, as "said on Sunday" does: no date of the figures
// told after it.
func TestSession43DataShowedOnADay(t *testing.T) {
	const en = "Copper rallies\n\nCopper rose 1.9% on Tuesday, traders said.\n\nChina imported 441,000 tons of copper in November, down 8.4% from October but up 3% from a year earlier, customs data showed on Sunday.\n\nOther metals also rose. Aluminium gained 0.8% to $2,910 a ton."
	if cl, ok := figureOf(t, "en", "2025-12-09", en, 0.8); ok && cl.Date.String() == "2025-12-07" {
		t.Errorf("%q dated by the day the data came out", cl.Label)
	}
	runDateCases(t, []dateCase{{"the imports", "en", "2025-12-09", en, 441000, "2025-11"}})
}

// TestSession43NameOfTheNextClause: a name in the clause after "while",
// «tandis que», which has its own figure, makes no passage ambiguous for
// the figure before it.
func TestSession43NameOfTheNextClause(t *testing.T) {
	const en = "Nordhav profit falls\n\nNordhav said on Tuesday its quarterly profit fell 12%.\n\nRival Equinor, Norway's largest oil producer, reported in October that its third-quarter adjusted net income fell 7% to $1.61 billion, while Shell posted a 4% drop to $5.4 billion."
	runSubjectCases(t, []subjectCase{
		{name: "Equinor before while", lang: "en", date: "2025-12-09", text: en, value: 1.61e9, want: "Equinor"},
	})
	for _, cl := range buildText(t, "en", "2025-12-09", en).Claims {
		if cl.Value == 7 && cl.Unsure {
			t.Errorf("%q: unsure", cl.Label)
		}
	}
}

// TestSession43YearFigureAfterADay: a figure set against another year's
// («Le rendement moyen est tombé à 32 hectolitres par hectare, contre 41 en
// 2024») is no event of the day the sentence before told (a hailstorm's).
func TestSession43YearFigureAfterADay(t *testing.T) {
	const fr = "Vendanges à Saint-Émilion\n\nLe château Lamothe a produit 410 000 bouteilles lors des vendanges 2025, a indiqué lundi son directeur.\n\n" +
		"Le domaine a été touché par un épisode de grêle le 14 juin. Le rendement moyen est tombé à 32 hectolitres par hectare, contre 41 en 2024."
	if cl, ok := figureOf(t, "fr", "2025-12-09", fr, 32); ok && cl.Date.String() == "2025-06-14" {
		t.Errorf("%q dated by the hailstorm's day", cl.Label)
	}
}

// TestSession43ForecastToARange: "raised its forecast to 6% to 7%" is the
// range the forecast now spans, one figure; "cut its forecast to 3% from
// 4%" stays two.
func TestSession43ForecastToARange(t *testing.T) {
	const en = "Orion\n\nOrion raised its full-year revenue growth forecast to 6% to 7%. Zorgon cut its forecast to 3% from 4%."
	n := 0
	for _, cl := range buildText(t, "en", "2025-12-09", en).Claims {
		if cl.HasValue && cl.Value == 7 && cl.Low != 6 {
			t.Errorf("%q: low %v, want 6", cl.Label, cl.Low)
		}
		if cl.HasValue && (cl.Value == 3 || cl.Value == 4) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("a forecast cut from one figure to another: %d figures, want 2", n)
	}
}

// TestSession43CountRangeOfANoun: "a deficit of 50,000 to 75,000 tonnes"
// is one range of what the noun is, the unit told once at its upper end;
// "an increase of 2,000 to 10,000 staff" stays a move.
func TestSession43CountRangeOfANoun(t *testing.T) {
	const en = "Cocoa\n\nRabobank said on Monday it expected a deficit of 50,000 to 75,000 tonnes in 2025/26."
	found := false
	for _, cl := range buildText(t, "en", "2025-12-09", en).Claims {
		if cl.Value == 50000 {
			t.Errorf("the lower end is a figure of its own: %q", cl.Label)
		}
		found = found || cl.Value == 75000 && cl.Low == 50000
	}
	if !found {
		t.Error("no range 50,000 to 75,000")
	}
	n := 0
	for _, cl := range buildText(t, "en", "2025-12-09", "Plan\n\nThe plan foresees an increase of 2,000 to 10,000 staff.").Claims {
		if cl.HasValue && (cl.Value == 2000 || cl.Value == 10000) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("an increase from one count to another: %d figures, want 2", n)
	}
}
