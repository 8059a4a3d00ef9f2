package model

import (
	"strings"
	"testing"
)

// TestDecimalChangeNounSign reads the sign of a change told by the noun
// after a decimal percentage ("a 0.4% decline"), as after a whole one.
func TestDecimalChangeNounSign(t *testing.T) {
	cases := []struct {
		name, lang, text string
		value            float64
		want             string
	}{
		{"decimal decline", "en", "UK retail sales recorded a 0.4% decline, the Office for National Statistics said.", 0.4, "−%"},
		{"whole decline", "en", "Car output posted a 3% decline in April.", 3, "−%"},
		{"decimal rise", "en", "Exports posted a 2.5% rise in April, the agency said.", 2.5, "+%"},
		{"decimal fewer", "en", "Veltrano sold 1.46 million vehicles in 2019, 4.8% fewer than a year earlier.", 4.8, "−%"},
		{"décimales de moins", "fr", "En décembre, 53 400 bébés sont nés, soit 3,1 % de moins qu'en décembre 2023.", 3.1, "−%"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, "2026-05-14", "Headline\n\n"+c.text, c.value)
			if !ok {
				t.Fatalf("no claim of %v", c.value)
			}
			if cl.Unit != c.want {
				t.Errorf("unit %q, want %q", cl.Unit, c.want)
			}
		})
	}
}

// TestRevisedForecast reads a figure someone moves a forecast to as the
// thing forecast's, said by the forecaster, dated by its own words or as
// of the statement, and the figure it went from as the same forecast's.
func TestRevisedForecast(t *testing.T) {
	const lead = "Voltara deliveries drop\n\nVoltara delivered 318,400 vehicles in the first quarter, down 12%.\n\n"
	cases := []struct {
		name, text       string
		value            float64
		subject, saidBy  string
		measure, notDate string
	}{
		{"analyst's count forecast", `"Price cuts are no longer buying volume," said Daniel Okafor, an analyst at Redwood Partners, who cut his full-year delivery forecast to 1.45 million vehicles from 1.62 million.`,
			1_450_000, "Voltara", "Daniel Okafor", "delivery forecast", ""},
		{"the figure it went from", `"Price cuts are no longer buying volume," said Daniel Okafor, an analyst at Redwood Partners, who cut his full-year delivery forecast to 1.45 million vehicles from 1.62 million.`,
			1_620_000, "Voltara", "Daniel Okafor", "delivery forecast", ""},
		{"a named thing", "Hannah Greer, head of commodities research at Castlebridge Bank, cut her Brent forecast for 2026 to $68 a barrel from $74.",
			68, "Brent", "Hannah Greer", "forecast", ""},
		{"the named thing's old forecast", "Hannah Greer, head of commodities research at Castlebridge Bank, cut her Brent forecast for 2026 to $68 a barrel from $74.",
			74, "Brent", "Hannah Greer", "forecast", ""},
		{"a price target on", "Morgan Stanley lowered its price target on Voltara to $180 from $210.",
			180, "Voltara", "Morgan Stanley", "price target", ""},
		{"a year and hyphens in the forecast", `Morgan Stanley raised its price target on the stock to $260, while Bernstein, which rates the shares "market perform", cut its full-year 2026 earnings-per-share estimate to $8.90 from $9.40.`,
			8.9, "Voltara", "Bernstein", "earnings-per-share estimate", ""},
		{"a forecast for a name", "Analysts at DNB Markets raised their 2026 delivery forecast for Zhenhua Auto to 410,000 vehicles from 395,000.",
			410_000, "Zhenhua Auto", "", "delivery forecast", ""},
		{"not dated by another clause", "Analyst Tomas Lind of Nordhaven Securities said the Zephyr could sell 2 million units by the end of next year and raised his price target on the stock to 240 euros from 200 euros.",
			240, "Voltara", "Tomas Lind", "price target", "2027"},
		{"the old target, not dated by another clause", "Analyst Tomas Lind of Nordhaven Securities said the Zephyr could sell 2 million units by the end of next year and raised his price target on the stock to 240 euros from 200 euros.",
			200, "Voltara", "Tomas Lind", "price target", "2027"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "en", "2026-04-02", lead+c.text, c.value)
			if !ok {
				t.Fatalf("no claim of %v", c.value)
			}
			if cl.Subject != c.subject || c.saidBy != "" && cl.SaidBy != c.saidBy || !strings.Contains(cl.Measure, c.measure) || cl.Unsure {
				t.Errorf("subject %q said by %q measure %q unsure %v; want %q by %q, measure holding %q, sure", cl.Subject, cl.SaidBy, cl.Measure, cl.Unsure, c.subject, c.saidBy, c.measure)
			}
			if c.notDate != "" && strings.HasPrefix(cl.Date.String(), c.notDate) {
				t.Errorf("dated %v, by another clause", cl.Date)
			}
		})
	}
}

// TestCurrencyWordIsNoParticiple dates a change by the period after the
// level it reached in a currency named by a word that reads as a
// participle ("19.6 trillion won in the first quarter").
func TestCurrencyWordIsNoParticiple(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "won", lang: "en", date: "2026-05-14", text: "Hanseong results\n\nHanseong Semiconductor said revenue rose 21% to 19.6 trillion won in the first quarter.", value: 21, want: "2026-01/2026-03"},
		{name: "dollars", lang: "en", date: "2026-05-14", text: "Hanseong results\n\nHanseong Semiconductor said revenue rose 21% to $19.6 billion in the first quarter.", value: 21, want: "2026-01/2026-03"},
	})
}

// TestPublishedDocumentSource names the body that published the note,
// barometer, poll or readings a figure is cited from.
func TestPublishedDocumentSource(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "Les prix des logements anciens ont progressé de 1,8 % sur un an au premier trimestre, selon la note de conjoncture publiée jeudi par les Notaires de France.", 1.8, "Notaires de France"},
		{"fr", "Le prix du gazole a atteint 1,534 euro le litre en moyenne, selon les relevés hebdomadaires publiés lundi par l’Ufip.", 1.534, "Ufip"},
		{"en", "Support for the plan fell to 41%, according to a poll published on Monday by Ipsos.", 41, "Ipsos"},
	})
}

// TestLookBackKeepsThePeriod keeps the period the report goes on with
// past a figure of an earlier period that names no subject.
func TestLookBackKeepsThePeriod(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "baisse au trimestre précédent", lang: "fr", date: "2026-05-28", value: 2.1,
			text: "Immobilier\n\nLes prix des logements anciens ont progressé de 1,8 % sur un an au premier trimestre 2026, selon les Notaires de France. Au quatrième trimestre 2025, ils affichaient encore une baisse de 0,4 %.\n\nLe prix des appartements a augmenté de 2,1 % sur un an, tandis que celui des maisons a grimpé de 1,5 %.",
			want: "2026-01/2026-03"},
	})
}

// TestReportedDoers gives a count to the doers the reported clause names,
// not to the body that reports it.
func TestReportedDoers(t *testing.T) {
	cases := []struct {
		text    string
		value   float64
		subject string
	}{
		{"The Canadian Manufacturers' Association said factories had cut 58,000 jobs since January.", 58000, "factories"},
		{"The Canadian Manufacturers' Association said it had cut 58 jobs since January.", 58, "Canadian Manufacturers' Association"},
		{"Zorgon Motors said sales had fallen 5% in April.", 5, "Zorgon Motors"},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, "en", "2026-05-08", "Jobs\n\n"+c.text, c.value)
		if !ok || cl.Subject != c.subject {
			t.Errorf("%q: subject %q, want %q", c.text, cl.Subject, c.subject)
		}
	}
}

// TestForecastOfAnOwnedThing gives a forecast of a thing someone owns
// ("expects Hanseong's revenue to rise") to its owner, said by the
// forecaster, a body or a person.
func TestForecastOfAnOwnedThing(t *testing.T) {
	const lead = "Hanseong invests\n\nHanseong Semiconductor will invest $18 billion in a Texas plant, the company said on Wednesday.\n\n"
	cases := []struct {
		text            string
		value           float64
		subject, saidBy string
	}{
		{"Analyst Tom Reed expects Hanseong's revenue to rise 12% this year.", 12, "Hanseong", "Tom Reed"},
		{"IDC expects Hanseong's revenue to rise 12% this year.", 12, "Hanseong", "IDC"},
		{`"This is a bet on American customers," said Lee Min-seo, an analyst at Daewoo Securities. She expects the firm's share of the high-bandwidth memory market to reach 30% in 2027.`, 30, "Hanseong", "Lee Min-seo"},
		{"IDC expects global shipments to fall 0.9% this year.", 0.9, "global shipments", "IDC"},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, "en", "2026-05-14", lead+c.text, c.value)
		if !ok || cl.Subject != c.subject || cl.SaidBy != c.saidBy || !strings.Contains(cl.Measure, "expected") {
			t.Errorf("%q: subject %q said by %q measure %q; want %q by %q, expected", c.text, cl.Subject, cl.SaidBy, cl.Measure, c.subject, c.saidBy)
		}
	}
}

// TestContinuedSubjectGoesOn lets "the company" in the sentence after a
// figure that continues the one before stand for that figure's subject,
// not for its clause's.
func TestContinuedSubjectGoesOn(t *testing.T) {
	const text = "Voltara deliveries drop\n\nVoltara Motors said it delivered 318,400 vehicles in the first quarter, down 12%.\n\n" +
		`"Price cuts are no longer buying volume," said Daniel Okafor, an analyst at Redwood Partners, who cut his full-year delivery forecast to 1.45 million vehicles from 1.62 million. The company delivered 1.71 million vehicles in 2025.`
	cl, ok := figureOf(t, "en", "2026-04-02", text, 1_710_000)
	if !ok || cl.Subject != "Voltara Motors" && cl.Subject != "Voltara" {
		t.Errorf("subject %q, want Voltara", cl.Subject)
	}
}

// TestUnnamedOfficersCompany reads "the company" in the words of an
// officer named with no company as the article's own, not the rival the
// sentence before ended on.
func TestUnnamedOfficersCompany(t *testing.T) {
	const text = "Vivanta adds customers\n\nVivanta said on Tuesday it added 1.2 million customers in the second quarter. Vivanta had a market share of 37.6% in May, just behind market leader Celtra's 38.9%, the regulator said.\n\n" +
		"Chief executive Rafael Moura said the company's 5G network now covered 640 municipalities."
	cl, ok := figureOf(t, "en", "2026-07-22", text, 640)
	if !ok || cl.Subject != "Vivanta" {
		t.Errorf("subject %q, want Vivanta", cl.Subject)
	}
}

// TestSurveyShowedSource names the body whose survey "showed" the figure
// at the end of the sentence.
func TestSurveyShowedSource(t *testing.T) {
	runSaidByCases(t, "2026-04-09", []saidByCase{
		{"en", "Crude production by the members of OPEC fell to 26.41 million bpd in March, a survey of shipping data and industry sources by Meridian Energy Intelligence showed on Wednesday.", 26_410_000, "Meridian Energy Intelligence"},
		{"en", "Support for the plan fell to 41%, a poll by Ipsos showed.", 41, "Ipsos"},
	})
}

// TestFigureJudgedInARelative gives no source to a figure that others
// judge in a relative clause after it ("a figure that experts say…").
func TestFigureJudgedInARelative(t *testing.T) {
	cl, ok := figureOf(t, "en", "2026-08-04", "Heat deaths\n\nThe ministry counted 94 deaths in July, a figure that experts say is far too low.", 94)
	if !ok || strings.Contains(cl.SaidBy, "figure") {
		t.Errorf("said by %q", cl.SaidBy)
	}
}

// TestRevisedForecastFrench reads «a relevé son objectif de cours à 142
// euros» as the company's price target, by the broker.
func TestRevisedForecastFrench(t *testing.T) {
	const text = "Bâtiroute\n\nLe groupe de BTP Bâtiroute a publié jeudi ses résultats annuels. Le chiffre d'affaires de Bâtiroute a atteint 10,6 milliards d'euros.\n\n" +
		"Les analystes restent partagés. Oddo BHF a relevé son objectif de cours à 142 euros, contre 128 euros auparavant."
	cl, ok := figureOf(t, "fr", "2026-03-12", text, 142)
	if !ok || cl.Subject != "Bâtiroute" || cl.SaidBy != "Oddo BHF" || !strings.Contains(cl.Measure, "objectif de cours") {
		t.Errorf("subject %q said by %q measure %q; want Bâtiroute by Oddo BHF, objectif de cours", cl.Subject, cl.SaidBy, cl.Measure)
	}
}

// TestCauseParticipleDate keeps the date a sentence opens on for its
// figure, past a cause's time in a participle clause after it.
func TestCauseParticipleDate(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "hiver pluvieux", lang: "fr", date: "2026-05-14", value: 10.6e9,
			text: "Bâtiroute\n\nAu premier trimestre 2026, le chiffre d'affaires a toutefois reculé de 2,3 %, à 10,6 milliards d'euros, pénalisé par un hiver pluvieux qui a retardé les chantiers.",
			want: "2026-01/2026-03"},
		{name: "cold winter", lang: "en", date: "2026-05-14", value: 10.6e9,
			text: "Bâtiroute\n\nIn the first quarter, revenue fell 2.3% to 10.6 billion euros, hit by a wet winter that delayed building sites.",
			want: "2026-01/2026-03"},
	})
}

// TestReiteratedSource reads "reiterated that" as speech.
func TestReiteratedSource(t *testing.T) {
	const text = "Nordvik traffic\n\nNordvik Air carried 1.3 million passengers in April. \"April shows that our bet on long-haul is paying off,\" Chief Executive Ingrid Solberg said in a statement. She reiterated that the airline aimed to carry 16 million passengers in 2026."
	cl, ok := figureOf(t, "en", "2026-05-14", text, 16_000_000)
	if !ok || cl.SaidBy != "Ingrid Solberg" {
		t.Errorf("said by %q, want Ingrid Solberg", cl.SaidBy)
	}
}

// TestBareFrenchApposition finds the speaker before an apposition with no
// article («deuxième collecteur du pays», «numéro trois du secteur»).
func TestBareFrenchApposition(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "La Laiterie Armorique, deuxième collecteur du pays, a annoncé qu’elle paierait en moyenne 495 euros les 1 000 litres au deuxième trimestre.", 495, "Laiterie Armorique"},
		{"fr", "Le groupe laitier Valbreuil, numéro trois du secteur en France, a indiqué jeudi avoir signé avec 11 enseignes.", 11, "Valbreuil"},
	})
}

// TestPossessiveAfterColon reads a possessive right after a colon as the
// subject of the clause the colon ends.
func TestPossessiveAfterColon(t *testing.T) {
	const text = "Vélos\n\nLes ventes de vélos électriques ont reculé de 8 % en 2025, selon l'institut GfK.\n\nLe vélo cargo a fait exception en 2025 : ses ventes ont bondi de 14 %, à 48 000 unités."
	for _, v := range []float64{14, 48000} {
		cl, ok := figureOf(t, "fr", "2026-05-14", text, v)
		if !ok || !strings.Contains(cl.Subject, "vélo cargo") {
			t.Errorf("%v: subject %q, want le vélo cargo", v, cl.Subject)
		}
	}
}

// TestRevisedForecastRound2 holds review 53d's cases: a person's revised
// target keeps its source and is dated as of the statement, a kept target
// reads alike, a statistics office is no thing forecast, and a figure set
// apart after a comma is not the owned thing's.
func TestRevisedForecastRound2(t *testing.T) {
	const lead = "Trekway results\n\nTrekway reported first-quarter revenue of $1.2 billion on Wednesday.\n\n"
	cases := []struct {
		text            string
		value           float64
		subject, saidBy string
	}{
		{"Morgan Stanley analyst Ravi Shankar raised his price target to $46 from $39, while JPMorgan kept its target at $41.", 46, "Trekway", "Ravi Shankar"},
		{"Morgan Stanley analyst Ravi Shankar raised his price target to $46 from $39, while JPMorgan kept its target at $41.", 41, "Trekway", "JPMorgan"},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, "en", "2026-05-14", lead+c.text, c.value)
		if !ok || cl.Subject != c.subject || cl.SaidBy != c.saidBy || !cl.AsOf {
			t.Errorf("%v: subject %q said by %q date %v (as of %v); want %q by %q, as of", c.value, cl.Subject, cl.SaidBy, cl.Date, cl.AsOf, c.subject, c.saidBy)
		}
	}
	const macro = "Portugal GDP\n\nPortugal's economy grew 0.7% in the first three months of 2026, the national statistics institute INE said on Thursday. The economy grew 2.3% from a year earlier, INE said.\n\n"
	cl, ok := figureOf(t, "en", "2026-05-14", macro+`"Domestic demand remains the engine," said Paula Carvalho, chief economist at Banco BPI, who raised her forecast for full-year 2026 growth to 2.2% from 1.9%.`, 2.2)
	if ok && cl.Subject == "INE" {
		t.Errorf("2.2: subject %q, the statistics office", cl.Subject)
	}
	cl, ok = figureOf(t, "en", "2026-05-14", macro+"The European Commission expects Portugal's economy to grow 2.0% in 2026, above its 0.9% forecast for the euro zone as a whole.", 0.9)
	if ok && cl.Subject == "Portugal" {
		t.Errorf("0.9: subject %q, the euro zone's forecast", cl.Subject)
	}
}

// TestResearchFirmEstimatesAnother reads "it" in a research firm's
// estimate as the organisation the sentence opens on, the firm as source.
func TestResearchFirmEstimatesAnother(t *testing.T) {
	const text = "Streaming\n\nStreamPeak added 2 million subscribers in the first quarter.\n\n" +
		"Netflix, the industry leader, stopped reporting subscriber numbers last year, but research firm Ampere Analysis estimates it had about 325 million paying members at the end of March."
	cl, ok := figureOf(t, "en", "2026-05-14", text, 325_000_000)
	if !ok || cl.Subject != "Netflix" || cl.SaidBy != "Ampere Analysis" {
		t.Errorf("subject %q said by %q, want Netflix by Ampere Analysis", cl.Subject, cl.SaidBy)
	}
	cl, ok = figureOf(t, "en", "2026-05-14", "Zorgon\n\nZorgon Motors said it had 300 stores at the end of March.", 300)
	if !ok || !strings.HasPrefix(cl.Subject, "Zorgon") {
		t.Errorf("subject %q, want Zorgon", cl.Subject)
	}
}

// TestSubjectBeforeNounApposition reads the subject before a noun
// apposition, not a name inside it.
func TestSubjectBeforeNounApposition(t *testing.T) {
	cl, ok := figureOf(t, "en", "2026-05-14", "Floods\n\nThe floods, the worst since Cyclone Idai in 2019, displaced about 410,000 people.", 410_000)
	if !ok || cl.Subject == "Cyclone Idai" {
		t.Errorf("subject %q", cl.Subject)
	}
}

// TestRecordBaseSetsNoPeriod keeps the time of a previous record out of
// the figures of the same unit told after it.
func TestRecordBaseSetsNoPeriod(t *testing.T) {
	const text = "Wildfires\n\nWildfires burned 3.8 million hectares across British Columbia and Alberta during the 2025 fire season, the Canadian Interagency Forest Fire Centre said on Wednesday.\n\n" +
		"The total was 27% above the previous record of 3.0 million hectares set in 2023, the centre said. British Columbia alone accounted for 2.6 million hectares, while Alberta recorded 1.2 million hectares."
	cl, ok := figureOf(t, "en", "2026-05-14", text, 2_600_000)
	if !ok || strings.HasPrefix(cl.Date.String(), "2023") {
		t.Errorf("dated %v, the previous record's year", cl.Date)
	}
}

// TestClaimedTurnout gives each party's count of a strike's turnout to
// the strike, said by the party, and reads «avance un taux» as no rise.
func TestClaimedTurnout(t *testing.T) {
	const fr = "Grève\n\nLa grève des agents de la Régie des transports métropolitains (RTM) a fortement perturbé le réseau marseillais mercredi, la CGT revendiquant un taux de participation de 65 % tandis que la direction l'évalue à 34 %."
	for _, c := range []struct {
		lang, text string
		value      float64
		saidBy     string
	}{
		{"fr", fr, 65, "CGT"},
		{"fr", fr, 34, "direction"},
		{"en", "Strike\n\nThe strike at the Port of Antwerp halted container traffic on Monday, with the union claiming a turnout of 85% while management put participation at 40%.", 85, "union"},
	} {
		cl, ok := figureOf(t, c.lang, "2026-05-14", c.text, c.value)
		if !ok || cl.SaidBy != c.saidBy || cl.Subject == c.saidBy || cl.Subject == "CGT" {
			t.Errorf("%v: subject %q said by %q, want the strike's, by %q", c.value, cl.Subject, cl.SaidBy, c.saidBy)
		}
	}
	cl, ok := figureOf(t, "fr", "2026-05-14", "Grève\n\nLe SNPL affirme que 85 % des pilotes étaient en grève, alors que la direction avance un taux de 78 %.", 78)
	if !ok || strings.ContainsAny(cl.Unit, "+−") {
		t.Errorf("78: unit %q, a level put forward, no change", cl.Unit)
	}
}

// TestFiscalQuarterFromItsEnd dates a company's fiscal quarter by the end
// the article gives it, told elsewhere in the article.
func TestFiscalQuarterFromItsEnd(t *testing.T) {
	const text = "Trekway Rental swings to profit in fiscal third quarter\n\nTrekway Rental Corp reported a profit for its fiscal third quarter on Wednesday.\n\n" +
		"Net income for the quarter ended March 31 was $84 million.\n\nRevenue rose 6.8% to $2.41 billion in the fiscal third quarter.\n\n" +
		"In the fiscal second quarter, the three months to December 31, Trekway had posted a net loss of $12 million."
	runDateCases(t, []dateCase{
		{name: "told apart from its end", lang: "en", date: "2026-05-14", text: text, value: 6.8, want: "2026-01/2026-03"},
		{name: "the quarter before", lang: "en", date: "2026-05-14", text: text, value: 12e6, want: "2025-10/2025-12"},
	})
}

// TestNoPanicOnSignedUnitAfterCeux reads «celui de l'Europe a baissé de
// 0,4 %» after a change without sign: the units' lengths differ in bytes
// ("%", "−%"), which once cut a slice out of range and lost the article.
func TestNoPanicOnSignedUnitAfterCeux(t *testing.T) {
	cl, ok := figureOf(t, "fr", "2026-05-14", "Titre\n\nLe chiffre d'affaires a crû de 3,2 %, tandis que celui de l'Europe a baissé de 0,4 %.", 0.4)
	if !ok || cl.Unit != "−%" {
		t.Errorf("unit %q, want −%%", cl.Unit)
	}
}

// TestColonPossessiveKeepsPlace leaves a place after the figure to give
// its subject, and reads the clause before the colon by its finite verb.
func TestColonPossessiveKeepsPlace(t *testing.T) {
	cl, ok := figureOf(t, "fr", "2026-05-14", "Luxe\n\nL'Asie du Nord, premier marché du groupe, a connu une évolution contrastée : ses ventes ont augmenté de 15 % au Japon mais baissé de 6 % en Chine continentale.", 15)
	if !ok || strings.Contains(cl.Subject, "évolution") {
		t.Errorf("subject %q", cl.Subject)
	}
}

// TestOwnClaimSource names the one that puts a figure forward («avance»,
// «revendique», "claims") as its source.
func TestOwnClaimSource(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "La SNCF avance un taux de régularité de 78 % sur l'ensemble de l'été.", 78, "SNCF"},
		{"fr", "Le MCA avait avancé le 14 décembre un chiffre provisoire de 1,45 million de visiteurs.", 1_450_000, "MCA"},
	})
}

// TestAcronymThatIsAWord reads "WHO" as a name, not the pronoun.
func TestAcronymThatIsAWord(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", "The WHO said regional dengue cases across the Americas fell 35% in the first four months of 2026.", 35, "WHO"},
	})
}

// TestSourcePutsAnotherMeasure names the source that puts the measure of
// the passage before at its own figure, and reads "that figure" as the
// measure and time of the figure told last.
func TestSourcePutsAnotherMeasure(t *testing.T) {
	const text = "Gold\n\nGoldreef produced 1.81 million ounces in 2025, the company said. Consultancy Surbiton Associates, which ranks producers by annual output, put that figure at 1.79 million ounces."
	cl, ok := figureOf(t, "en", "2026-05-14", text, 1_790_000)
	if !ok || cl.Subject != "Goldreef" || !strings.Contains(cl.SaidBy, "Surbiton Associates") || cl.Measure != "ounce" || cl.Date.String() != "2025" {
		t.Errorf("subject %q said by %q measure %q date %v; want Goldreef by Surbiton Associates, ounce, 2025", cl.Subject, cl.SaidBy, cl.Measure, cl.Date)
	}
}

// TestRevisedForecastOldValueFrench keeps the broker as the source of the
// target it went from, «contre 16 euros», as "from" does.
func TestRevisedForecastOldValueFrench(t *testing.T) {
	const text = "Valtor\n\nL'équipementier Valtor a publié jeudi un chiffre d'affaires de 5,1 milliards d'euros.\n\nOddo BHF a abaissé son objectif de cours à 14 euros contre 16 euros."
	cl, ok := figureOf(t, "fr", "2026-05-14", text, 16)
	if !ok || cl.Subject != "Valtor" || cl.SaidBy != "Oddo BHF" {
		t.Errorf("subject %q said by %q, want Valtor by Oddo BHF", cl.Subject, cl.SaidBy)
	}
}

// TestFrenchImperfectFallAndCru reads the sign of «cédait 5,6 %» and «a
// crû de 3,2 %».
func TestFrenchImperfectFallAndCru(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		unit  string
	}{
		{"Le titre Valtor cédait 5,6 % jeudi.", 5.6, "−%"},
		{"Le chiffre d'affaires de Valtor a crû de 3,2 % au premier trimestre.", 3.2, "+%"},
	} {
		cl, ok := figureOf(t, "fr", "2026-05-14", "Bourse\n\n"+c.text, c.value)
		if !ok || cl.Unit != c.unit {
			t.Errorf("%q: unit %q, want %q", c.text, cl.Unit, c.unit)
		}
	}
}

// TestRevisedForecastPreviousMeasure names the forecast a revision started
// from as the previous one, not as the forecast now.
func TestRevisedForecastPreviousMeasure(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"en", "Voltara results\n\nVoltara Motors delivered 318,400 vehicles in the first quarter.\n\nMorgan Stanley lowered its price target on Voltara to $180 from $210.", 210, "previous price target ($)"},
		{"fr", "Valtor\n\nL'équipementier Valtor a publié jeudi un chiffre d'affaires de 5,1 milliards d'euros.\n\nOddo BHF a abaissé son objectif de cours à 14 euros contre 16 euros.", 16, "objectif de cours précédent (€)"},
	} {
		cl, ok := figureOf(t, c.lang, "2026-05-14", c.text, c.value)
		if !ok || cl.Measure != c.want {
			t.Errorf("%v: measure %q, want %q", c.value, cl.Measure, c.want)
		}
		if label := cl.Label; !strings.Contains(label, "previous") && !strings.Contains(label, "précédent") {
			t.Errorf("%v: label %q does not say the forecast is the previous one", c.value, label)
		}
	}
	cl, ok := figureOf(t, "fr", "2026-05-14", "EDF\n\nEDF a produit 29,1 TWh en avril.\n\nLes analystes de Bernstein ont relevé leur estimation de production pour 2026 à 365 TWh, contre 355 TWh auparavant.", 355)
	if !ok || !strings.Contains(cl.Measure, "précédente") {
		t.Errorf("355: measure %q, want the previous estimate («précédente»)", cl.Measure)
	}
}
