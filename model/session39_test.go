package model

import "testing"

// Session 39's rules, each on invented sentences that fail without it.

// TestSession39Subjects checks the subjects of figures whose clause names
// them through a noun phrase or a construction of this session's rules.
func TestSession39Subjects(t *testing.T) {
	const vaxalisFR = "Santé publique France lance une campagne de vaccination contre la grippe.\n\nSanté publique France a commandé 12 millions de doses en 2024, a indiqué l'agence.\n\n" +
		"Le laboratoire Vaxalis, qui fournit la moitié des doses, a vu ses ventes bondir. Le groupe a publié mardi un chiffre d'affaires de 820 millions d'euros pour 2024. Son titre a gagné 2,8 % à la Bourse de Paris."
	runSubjectCases(t, []subjectCase{
		// "Local officials said unemployment in Licking County fell": the
		// subject of the words a group reports without "that", not the
		// group.
		{name: "group said without that", lang: "en", date: "2025-05-20", text: "Local officials said unemployment in Licking County fell to 3.4% in April from 4.1% a year earlier.", value: 3.4, want: "Licking County"},
		{name: "officials said", lang: "en", date: "2025-05-20", text: "Officials said unemployment in Ohio fell to 4.4% in April.", value: 4.4, want: "Ohio"},
		// "Average revenue per user climbed": a sentence's opening
		// adjective is no name.
		{name: "opening adjective", lang: "en", date: "2025-04-20", text: "Lumenflix added 3.2 million subscribers in the first quarter. Average revenue per user climbed to 17.20 dollars a month.", value: 17.20, want: "Lumenflix"},
		// «le Brésil, premier producteur mondial, dont la récolte»: the
		// name the apposition before «dont», "whose" describes.
		{name: "dont after apposition", lang: "fr", date: "2025-02-11", text: "Cette flambée s'explique par la sécheresse au Brésil, premier producteur mondial, dont la récolte 2025-2026 devrait reculer de 12 % à 51,8 millions de sacs, selon l'agence Agroclima.", value: 12, want: "Brésil"},
		{name: "whose after apposition", lang: "en", date: "2025-02-11", text: "Halvern, Britain's biggest maker of boilers, whose shares jumped 34% in London on Monday, said sales rose.", value: 34, want: "Halvern"},
		// «La tonne de cacao s'échangeait à 6 480 dollars»: the thing the
		// unit a price is quoted for measures (not "62 tonnes de
		// déchets", a count of the unit).
		{name: "unit then thing", lang: "fr", date: "2024-02-27", text: "La tonne de cacao s'échangeait lundi à 6 480 dollars à New York, contre environ 2 600 dollars un an plus tôt.", value: 6480, want: "cacao"},
		{name: "count of a unit", lang: "fr", date: "2018-07-10", text: "Le festival Vent d'Ouest a attiré 120 000 spectateurs. Côté environnement, 62 tonnes de déchets ont été collectées sur le site, contre 71 tonnes en 2017.", value: 71, bad: "déchets"},
		// «Nimbus Compute a pour sa part annoncé»: an aside between the
		// auxiliary and the verb is no noun phrase of the clause.
		{name: "pour sa part", lang: "fr", date: "2024-07-29", text: "Le gestionnaire de réseau EirNet a investi 1,4 milliard d'euros dans le réseau en 2023.\n\nL'opérateur américain Nimbus Compute a pour sa part annoncé la veille l'ouverture d'un campus de 120 mégawatts près de Cork.", value: 120, want: "Nimbus Compute"},
		// «le laboratoire Vaxalis… Le groupe»: a kind of company is a
		// company, not the article's public body.
		{name: "trade noun then groupe", lang: "fr", date: "2025-03-12", text: vaxalisFR, value: 820e6, want: "Vaxalis"},
		{name: "its shares after groupe", lang: "fr", date: "2025-03-12", text: vaxalisFR, value: 2.8, want: "Vaxalis"},
	})
}

// TestSession39NumberVerb checks that "number" as a verb before a count is
// no place in a ranking, while "number 3" after "is" still is one.
func TestSession39NumberVerb(t *testing.T) {
	for _, c := range []struct {
		name, text string
		value      float64
		rank       bool
	}{
		{"members number", "The union's members number 45,000, the union said.", 45000, false},
		{"they now number", "Volunteers joined all year. They now number 300 across the region.", 300, false},
		{"is number 3", "Brazil is number 3 in the ranking.", 3, true},
		{"the number one", "Ryanair is the number one on-time major airline in Europe.", 1, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			rank := false
			for _, cl := range buildText(t, "en", "2025-03-12", c.text).Claims {
				rank = rank || cl.Metric == MetricRank && cl.Value == c.value
			}
			if rank != c.rank {
				t.Errorf("a rank of %g: %v, want %v", c.value, rank, c.rank)
			}
		})
	}
}

// TestSession39Venues checks that the market a subject's phrase is traded
// on is not the figure's subject.
func TestSession39Venues(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "on the exchange", lang: "en", date: "2025-09-05", text: "Copper prices on the London Metal Exchange rose 1.2% to 9,870 dollars a tonne on Thursday.", value: 9870, want: "Copper prices"},
		{name: "sur le marché", lang: "fr", date: "2025-03-12", text: "Le prix du blé sur le marché Euronext a reculé de 2,1 % mardi, à 231 euros la tonne.", value: 2.1, want: "prix du blé"},
	})
}

// TestSession39Measures checks the measures of figures whose clause's
// subject is a word for the entity itself.
func TestSession39Measures(t *testing.T) {
	recyplast := "Le taux de recyclage s'est établi à 27,4 % en 2024, selon le rapport publié jeudi par l'éco-organisme Recyplast.\n\n" +
		"L'organisme prévoit d'investir 250 millions d'euros dans de nouveaux centres de tri d'ici 2027."
	runSubjectCases(t, []subjectCase{
		// «l'éco-organisme Recyplast … L'organisme»: the compound's last
		// word stands for the name.
		{name: "compound kind noun", lang: "fr", date: "2025-03-14", text: recyplast, value: 250e6, want: "Recyplast"},
	})
	runMeasureCases(t, []measureCase{
		// a word for the entity after its determiner says who, not what
		// the figure measures.
		{"fr", "2025-03-14", recyplast, 250e6, "investir (€)"},
		{"en", "2017-12-04", "\"Northern Lights\" opened at the top of the box office. The film took another $38.5 million from 31 international markets.", 38.5e6, "took ($)"},
		// the kind written before a name («Le gestionnaire de réseau
		// EirNet») says who, not what (not «Le titre Maison Verlaine»)
		{"fr", "2024-07-29", "Le gestionnaire de réseau EirNet a investi 1,4 milliard d'euros dans le réseau en 2023.", 1.4e9, "investi (€)"},
		{"fr", "2022-10-26", "Le titre Maison Verlaine s'est envolé de 6,7 % à 612,40 euros.", 612.40, "titre (€)"},
		// what the verb moves to an amount is the measure, not the verb:
		// "raised its full-year operating profit forecast to between 900
		// million and 950 million euros".
		{"en", "2024-10-24", "Skyrail Airways reported a net profit of 312 million euros. The carrier raised its full-year operating profit forecast to between 900 million and 950 million euros.", 950e6, "profit forecast (€)"},
		// (what the entity has keeps its measure: "its forecast")
		{"en", "2024-03-14", "Corvane Pharmaceuticals recalled a drug. The company cut its forecast for 2024 core operating profit growth to between 3% and 5%.", 5, "forecast (%)"},
	})
}

// TestSession39Events checks the events of this session's rules.
func TestSession39Events(t *testing.T) {
	const perrin = "La canicule a tué 1 870 personnes en France, selon un bilan publié mercredi.\n\n" +
		"« Ces chiffres montrent que nos plans doivent être revus », a déclaré le ministre délégué à la Santé, Antoine Perrin. Il a annoncé mardi la création de 500 îlots de fraîcheur dans les écoles."
	// «Il» after a sentence that ends on its speaker's name: the person
	// who spoke, not a thing named before.
	runSubjectCases(t, []subjectCase{{name: "il after speaker", lang: "fr", date: "2025-09-03", text: perrin, value: 500, want: "Antoine Perrin"}})
	runEventCases(t, []eventCase{{name: "il after speaker", lang: "fr", date: "2025-09-03", text: perrin, verb: "îlots", want: "Antoine Perrin"}})
	// a deadline after a verb in the past («d'ici l'été 2026») is what was
	// announced, not when.
	for _, cl := range buildText(t, "fr", "2025-09-03", "Le ministre de la Santé, Antoine Perrin, a annoncé la création de 500 « îlots de fraîcheur » dans les écoles d'ici l'été 2026.").Claims {
		if !cl.HasValue && cl.Date.Start.Year() == 2026 {
			t.Errorf("an event dated by its deadline: %q %s", cl.Label, cl.Date)
		}
	}
}

// TestSession39Dates checks the dates of figures this session's rules
// read.
func TestSession39Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		// a base coordinated with another base is set against the figure
		// they both are: «contre 3,34 % en avril et 3,78 % un an plus tôt».
		{name: "coordinated year-earlier base", lang: "fr", date: "2025-06-11", text: "Le taux moyen des crédits immobiliers est tombé à 3,27 % en mai, contre 3,34 % en avril et 3,78 % un an plus tôt, selon l'Observatoire.", value: 3.78, want: "2024-05"},
		// a date after ", with" and a noun's participle is that noun's:
		// "with deliveries starting in 2027" dates no order.
		{name: "with deliveries starting", lang: "en", date: "2024-10-24", text: "Skyrail Airways swung to a profit. The group announced in September that it would order 30 narrow-body jets from Airbus, with deliveries starting in 2027.", value: 30, want: "as of 2024-09"},
		{name: "and a year earlier", lang: "en", date: "2025-06-11", text: "The average mortgage rate fell to 6.1% in May, from 6.4% in April and 7.0% a year earlier, the association said.", value: 7.0, want: "2024-05"},
	})
}

// TestSession39Forecasts checks the subjects of figures a forecaster
// expects a statistic to reach.
func TestSession39Forecasts(t *testing.T) {
	const nickel = "Nickel slumps\n\nNickel prices fell 2.8% to 15,720 dollars a tonne on the London Metal Exchange on Monday. Analyst Oliver Grint at Beacon Metals said the market would stay in surplus. He expects prices to average 16,500 dollars a tonne in 2024."
	runSubjectCases(t, []subjectCase{
		// "expects prices to average": what is forecast is the
		// infinitive's subject, not who forecasts.
		{name: "expects prices to", lang: "en", date: "2024-02-05", text: nickel, value: 16500, want: "Nickel"},
		{name: "expects the country to", lang: "en", date: "2010-06-01", text: "Indonesia posted a trade surplus of $2.1 billion in April. Economist Dewi Lestari at Bank Sentosa said exports would stay strong. She expects the country to post a surplus of about $18 billion for the whole year.", value: 18e9, want: "Indonesia"},
		// (not "Kaneda expects the recall to cost": the forecaster's own)
		{name: "expects its own cost", lang: "en", date: "2021-10-28", text: "Kaneda Motor is recalling 1.2 million cars. Kaneda expects the recall to cost about 180 billion yen.", value: 180e9, want: "Kaneda"},
	})
}
