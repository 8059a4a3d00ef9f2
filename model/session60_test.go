package model

import (
	"testing"
)

// TestSession60PutPastInitials: a country's initials written with their
// stops ("U.S.") do not end the phrase a put verb sets at a figure; an
// irregular participle ("sold") says which of the things counted, and
// "the number of" counts what follows the initials.
func TestSession60PutPastInitials(t *testing.T) {
	const lead = "Novaris shares fall as sales slow\n\nNovaris said on Tuesday that it sold 1.2 million packs of its allergy drug in the fourth quarter. "
	cases := []struct {
		name, text       string
		value            float64
		subject, measure string
	}{
		{"initials", lead + "Analysts at Jefferies put the number of U.S. packs sold in January at 410,000.", 410000, "Novaris", "pack"},
		{"irregular participle", lead + "Analysts at Jefferies put the number of packs sold in January at 420,000.", 420000, "Novaris", "pack"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if cl, ok := figureOf(t, "en", "2026-03-03", c.text, c.value); ok && (cl.Subject != c.subject || cl.Measure != c.measure) {
				t.Errorf("subject %q, measure %q; want %q, %q", cl.Subject, cl.Measure, c.subject, c.measure)
			}
		})
	}
}

// TestSession60PutterSaysIt: whoever puts a figure on something says it,
// its own figure too; a restated "figure" with what it counts after the
// number is the thing counted, not a measure of its own.
func TestSession60PutterSaysIt(t *testing.T) {
	const fda = "Corvane recalls allergy drug\n\nThe Food and Drug Administration said on Tuesday that the recall in the United States covered about 900,000 packs of the Corvane drug. "
	runSaidByCases(t, "2024-03-14", []saidByCase{
		{"en", fda + "Corvane put the U.S. figure at 1.1 million packs.", 1.1e6, "Corvane"},
		{"en", "The environmental group Coastwatch SA put the spill at up to 3,000 tonnes, based on aerial surveys.", 3000, "Coastwatch"},
		{"en", "Ortelia's exposure grows\n\nOrtelia puts its clients' losses at 92 million euros including interest.", 92e6, "Ortelia"},
	})
	if cl, ok := figureOf(t, "en", "2024-03-14", fda+"Corvane put the U.S. figure at 1.2 million packs.", 1.2e6); ok && (cl.Subject != "Corvane" || cl.Measure != "pack") {
		t.Errorf("subject %q, measure %q; want Corvane, pack", cl.Subject, cl.Measure)
	}
}

// TestSession60ApposedPlaceComplement: an apposition after a noun and the
// place that completes it ("Sales in China, its biggest market, fell")
// leaves the noun as what the figure measures, not the verb.
func TestSession60ApposedPlaceComplement(t *testing.T) {
	const lead = "Volvex results beat forecasts\n\nVolvex said on Thursday that its quarterly profit rose, as Volvex sold more trucks in the United States. "
	cases := []struct {
		name, text string
		value      float64
		measure    string
	}{
		{"its", lead + "Sales in China, its biggest market, fell 5% in the first quarter.", 5, "sale (%)"},
		{"a gauge", lead + "Grindings in Europe, a gauge of demand, fell 7.2% in the first quarter.", 7.2, "grinding (%)"},
		{"which", lead + "Deliveries in Europe, which account for half of the total, rose 11% to 24,000 trucks.", 11, "delivery (%)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if cl, ok := figureOf(t, "en", "2026-05-14", c.text, c.value); ok && cl.Measure != c.measure {
				t.Errorf("measure %q, want %q", cl.Measure, c.measure)
			}
		})
	}
}

// TestSession60ApposedDate: the time of an apposition between a noun and
// its verb ("a drag on earnings last year") is not the figure's; a date
// apposed alone («Une précédente journée, le 16 janvier, avait réuni»)
// still dates it.
func TestSession60ApposedDate(t *testing.T) {
	runDateCases(t, []dateCase{
		{"apposition's time", "en", "2026-05-14", "Volvex results beat forecasts\n\nVolvex said on Thursday that its quarterly profit rose. Revenue at the bus unit, a drag on earnings last year, rose 9% to 1.2 billion euros.", 9, "as of 2026-05-14"},
		{"date apposed alone", "fr", "2025-03-13", "Grève dans les hôpitaux\n\nUne précédente journée de mobilisation, le 16 janvier, avait réuni 8 % de grévistes selon le ministère de la Santé.", 8, "2025-01-16"},
	})
}

// TestSession60RivalCounts: «contre N selon X» right after a count is the
// other side's source only; a later «en» count in a sentence that opens on
// another place is that place's; a source fronted with "According to" is
// no name the figure's apposition qualifies.
func TestSession60RivalCounts(t *testing.T) {
	const fr = "Manifestations contre la réforme des retraites\n\nÀ Marseille, la préfecture a dénombré 12 000 manifestants, contre 80 000 selon les organisateurs. À Lyon, la police en a compté 18 000."
	cases := []struct {
		lang, text      string
		value           float64
		subject, saidBy string
	}{
		{"fr", fr, 12000, "Marseille", "la préfecture"},
		{"fr", fr, 80000, "Marseille", "organisateurs"},
		{"fr", fr, 18000, "Lyon", "police"},
		{"fr", "Grève\n\nÀ Bordeaux, 9 000 personnes ont défilé, contre 25 000 selon la CGT.", 9000, "Bordeaux", ""},
		{"fr", "Contrôleurs aériens\n\nLe syndicat SNCTA appelle à la grève jeudi. Le centre d'Aix compte aujourd'hui 410 contrôleurs, contre 465 en 2012, selon le syndicat.", 410, "", "SNCTA"},
		{"en", "Protests against pension reform\n\nAccording to the Interior Ministry, 320,000 people marched across France, including 45,000 in Paris.", 320000, "France", "Interior Ministry"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2026-03-19", c.text, c.value); ok && (c.subject != "" && cl.Subject != c.subject || cl.SaidBy != c.saidBy) {
			t.Errorf("%v: subject %q, said by %q; want %q, %q", c.value, cl.Subject, cl.SaidBy, c.subject, c.saidBy)
		}
	}
}

// TestSession60CountedAmong: a body that counts strikers among a group
// («a recensé 18,5 % de grévistes parmi les enseignants du primaire",
// "counted 19.3% of teachers on strike") says the figure, which is of
// the group.
func TestSession60CountedAmong(t *testing.T) {
	cases := []struct {
		lang, text      string
		value           float64
		subject, saidBy string
	}{
		{"fr", "Grève des enseignants\n\nLe ministère de l'Éducation nationale a recensé 18,5 % de grévistes parmi les enseignants du primaire.", 18.5, "enseignants du primaire", "ministère de l'Éducation nationale"},
		{"en", "Teachers strike over pay\n\nIn a walkout on January 22, the ministry counted 19.3% of teachers on strike.", 19.3, "teachers", "the ministry"},
		{"en", "Teachers strike over pay\n\nThe Education Ministry counted 22% of primary teachers on strike on Thursday.", 22, "primary teachers", "Education Ministry"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2026-01-23", c.text, c.value); ok && (cl.Subject != c.subject || cl.SaidBy != c.saidBy) {
			t.Errorf("%v: subject %q, said by %q; want %q, %q", c.value, cl.Subject, cl.SaidBy, c.subject, c.saidBy)
		}
	}
}

// TestSession60ProjectedAt: "projected", "forecast" and "sees" set a
// measure at a figure as "put" does: the owner or the country named in
// the measure's phrase is whom it is of, the one who sets it its source,
// and the unit after the figure is kept.
func TestSession60ProjectedAt(t *testing.T) {
	const lead = "Wheat export outlook darkens\n\n"
	cases := []struct {
		text                  string
		value                 float64
		subject, unit, saidBy string
	}{
		{lead + "The USDA projected Russia's wheat crop at 81 million tons, compared with 82.6 million tons last year.", 81e6, "Russia", "t", "USDA"},
		{lead + "SovEcon, a Moscow-based consultancy, sees Russian exports at 43.5 million tons.", 43.5e6, "Russia", "t", "SovEcon"},
		{lead + "A team at Harwick Observatory put the speed at 58 km/s.", 58, "", "km/s", ""},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, "en", "2026-05-14", c.text, c.value); ok && (c.subject != "" && cl.Subject != c.subject || cl.Unit != c.unit || c.saidBy != "" && cl.SaidBy != c.saidBy) {
			t.Errorf("%v: subject %q, unit %q, said by %q; want %q, %q, %q", c.value, cl.Subject, cl.Unit, cl.SaidBy, c.subject, c.unit, c.saidBy)
		}
	}
}

// TestSession60ShareOfGroup: a percentage of a group of workers the
// clause goes on about ("24.6% of primary school teachers were on
// strike", «23 % des enseignants du primaire étaient en grève») is the
// group's, whoever reports it, not the speaker's own.
func TestSession60ShareOfGroup(t *testing.T) {
	cases := []struct {
		lang, text, subject string
		value               float64
	}{
		{"en", "Teachers strike over pay\n\nThe education ministry said 24.6% of primary school teachers and 19.8% of secondary school teachers were on strike at midday.", "primary school teachers", 24.6},
		{"en", "Teachers strike over pay\n\nThe education ministry said 24.6% of primary school teachers and 19.8% of secondary school teachers were on strike at midday.", "secondary school teachers", 19.8},
		{"en", "Teachers strike over pay\n\nThe NEU union said 41% of teachers in England walked out.", "teachers", 41},
		{"fr", "Grève des enseignants\n\nLe ministère a indiqué que 23 % des enseignants du primaire étaient en grève jeudi.", "enseignants du primaire", 23},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2026-05-14", c.text, c.value); ok && cl.Subject != c.subject {
			t.Errorf("%v: subject %q, want %q", c.value, cl.Subject, c.subject)
		}
	}
}

// TestSession60SourcesInSecondClauses: ", according to X" right after a
// figure's words is that figure's source, past its comma; the subject of
// "forecast" in a "while" clause is its figure's source.
func TestSession60SourcesInSecondClauses(t *testing.T) {
	runSaidByCases(t, "2026-03-03", []saidByCase{
		{"en", "ICAR estimated that at least 96 people died in avalanches this winter, with France reporting 24 deaths, according to the French interior ministry.", 24, "French interior ministry"},
		{"en", "ICAR estimated that at least 96 people died in avalanches this winter, with France reporting 24 deaths, according to the French interior ministry.", 96, "ICAR"},
		{"en", "He estimated that Chile's copper production would total 5.4 million tons in 2026, while Cochilco forecast 5.6 million tons.", 5.6e6, "Cochilco"},
		{"fr", "Le coût de production atteint 519 euros, selon l'interprofession laitière (Cniel).", 519, "interprofession laitière"},
	})
}

// TestSession60ReturnOnInvestments: "returned 8.7% on its investments in
// 2025" is of 2025; "on" is a comparison's base only before a time ("up
// 2% on the previous year").
func TestSession60ReturnOnInvestments(t *testing.T) {
	runDateCases(t, []dateCase{
		{"return on", "en", "2026-03-03", "Pension fund posts gain\n\nThe Nordvik pension fund said it returned 8.7% on its investments in 2025, down from 9.9% in 2024.", 8.7, "2025"},
		{"base", "en", "2026-03-03", "Port traffic\n\nThe port moved 412,000 lorries in 2025, up 2% on the previous year.", 2, "2025"},
	})
}

// TestSession60WhosePapers: «selon le dernier bilan des pompiers publié
// mardi» is the firefighters' word: the agent a contracted article names
// after the papers cited.
func TestSession60WhosePapers(t *testing.T) {
	runSaidByCases(t, "2026-08-18", []saidByCase{
		{"fr", "L'incendie a parcouru 3 400 hectares, selon le dernier bilan des pompiers publié mardi matin.", 3400, "pompiers"},
		{"fr", "Le feu a parcouru 2 900 hectares, selon le bilan des pompiers.", 2900, "pompiers"},
	})
}

// TestSession60RelativePastPlace: a place set off by commas inside a
// relative clause («près du Luc, dans le Var,», "near Lufkin, in Texas,")
// does not end it: the relative's antecedent is the subject.
func TestSession60RelativePastPlace(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"fr", "fr", "2026-08-18", "Incendie dans le Var\n\nL'incendie qui s'est déclaré dimanche près du Luc, dans le Var, a parcouru 3 400 hectares.", 3400, "L'incendie", ""},
		{"en", "en", "2026-08-18", "Wildfire in Texas\n\nThe wildfire that broke out on Sunday near Lufkin, in Texas, has burned 3,500 acres.", 3500, "", "Lufkin"},
	})
}

// TestSession60BesideRanked: a change set beside a group after a word of
// ranking («devant les Allemands, en recul de 2 %», "followed by Chinese
// visitors at 7%") is that group's.
func TestSession60BesideRanked(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"devant", "fr", "2026-03-03", "Tourisme en Bretagne\n\nLes Britanniques, première clientèle étrangère, ont progressé de 7 %, devant les Allemands, en recul de 2 %.", 2, "Allemands", ""},
		{"derrière", "fr", "2026-03-03", "Tourisme en Bretagne\n\nLes nuitées des Belges ont augmenté de 4 %, derrière les Néerlandais, en hausse de 9 %.", 9, "Néerlandais", ""},
		{"followed by", "en", "2026-01-14", "Louvre attendance hits record\n\nForeign visitors accounted for 71% of the total, led by Americans at 13%, followed by Chinese visitors at 7%.", 7, "Chinese visitors", ""},
		{"sentence start", "en", "2026-01-14", "Louvre attendance\n\nAhead of Germans, down 2%, came the French.", 2, "", ""},
	})
}

// TestSession60PutForASeason: "for the 2024/25 season" after the measure
// a put verb sets is when, not whose: the measure is the deficit, and the
// body that estimates it is its source, not what it is of.
func TestSession60PutForASeason(t *testing.T) {
	cl, ok := figureOf(t, "en", "2026-05-14", "Cocoa prices hit record\n\nThe International Cocoa Organization estimated the global deficit for the 2024/25 season at 374,000 tonnes.", 374000)
	if ok && (cl.Subject == "International Cocoa Organization" || cl.Measure != "deficit (t)" || cl.SaidBy != "International Cocoa Organization") {
		t.Errorf("subject %q, measure %q, said by %q", cl.Subject, cl.Measure, cl.SaidBy)
	}
}

// TestSession60BodyPutsIt: a body no name gives ("the interior ministry
// put the number of demonstrators at 480,000"), or a company noun for the
// article's company ("The carmaker itself put…"), is the source of the
// figure it puts; «le groupe de Bernard Arnault» that speaks is his
// company, not him.
func TestSession60BodyPutsIt(t *testing.T) {
	runSaidByCases(t, "2026-03-19", []saidByCase{
		{"en", "Unions said 1.2 million people marched across the country, while the interior ministry put the number of demonstrators at 480,000.", 480000, "the interior ministry"},
		{"en", "Halden Motors recalled 310,000 cars in the United States, Halden Motors said. The carmaker itself put the total number of affected vehicles worldwide at 520,000.", 520000, "Halden Motors"},
		{"fr", "LVMH a publié mardi ses ventes trimestrielles. Les ventes de LVMH ont reculé de 3 % sur un an, à 19,1 milliards d'euros, a annoncé mardi soir le groupe de Bernard Arnault.", 19.1e9, "LVMH"},
	})
}

// TestSession60FollowedByIsNoAgent: "followed by Britain" after a figure
// ranks Britain after it; Britain is no agent whose figure it is.
func TestSession60FollowedByIsNoAgent(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"followed by", "en", "2026-05-14", "Spain tourist arrivals hit record\n\nGermany was again the biggest source market, with 5.1 million arrivals, up 3%, followed by Britain with 4.8 million.", 5.1e6, "", "Britain"},
	})
}

// TestSession60CountrysBody: a country's body as the clause's subject
// ("Ukraine's agriculture ministry lowered its forecast") tells of the
// country's figure, which it says.
func TestSession60CountrysBody(t *testing.T) {
	cl, ok := figureOf(t, "en", "2026-05-14", "Ukraine harvest outlook\n\nUkraine's agriculture ministry lowered its 2026 grain harvest forecast to 56 million tonnes from 59 million tonnes.", 56e6)
	if ok && (cl.Subject != "Ukraine" || cl.SaidBy != "Ukraine's agriculture ministry") {
		t.Errorf("subject %q, said by %q; want Ukraine, Ukraine's agriculture ministry", cl.Subject, cl.SaidBy)
	}
}

// TestSession60SameSource: «d'après la même source», "according to the
// same source" is the source cited last.
func TestSession60SameSource(t *testing.T) {
	runSaidByCases(t, "2026-04-18", []saidByCase{
		{"fr", "Les ventes de logements neufs ont reculé de 12 % au premier trimestre, selon la Fédération des promoteurs immobiliers (FPI). Le prix moyen du mètre carré en Île-de-France a atteint 5 850 euros au premier trimestre, en hausse de 1,5 %, d'après la même source.", 5850, "FPI"},
		{"en", "Home sales fell 12% in the first quarter, according to the National Association of Realtors. The median price rose 3% to $410,000, according to the same source.", 410000, "National Association of Realtors"},
	})
}

// TestSession60NameInLowerCase: a French source's name that goes on in
// lower case to the clause's end («selon l'Assurance maladie») is whole.
func TestSession60NameInLowerCase(t *testing.T) {
	runSaidByCases(t, "2026-01-20", []saidByCase{
		{"fr", "Le taux de vaccination s'établissait à 52,4 % à la mi-janvier, selon l'Assurance maladie.", 52.4, "Assurance maladie"},
		{"fr", "Les ventes ont reculé de 3 %, selon l'Insee mardi.", 3, "Insee"},
	})
}

// TestSession60AverageBase: the years of an average a figure is set
// against («inférieur de près de 40 % à la moyenne des années 2015-2019",
// "below the average of 2015-2019") are the base's, not the figure's;
// «en moyenne dans les années 1990» still dates its own figure.
func TestSession60AverageBase(t *testing.T) {
	runDateCases(t, []dateCase{
		{"moyenne des années", "fr", "2026-05-20", "Logement neuf\n\nLes ventes sont inférieures de près de 40 % à la moyenne des années 2015-2019.", 40, "as of 2026-05-20"},
		{"average of", "en", "2026-05-20", "New homes\n\nSales were 38% below the average of 2015-2019.", 38, "as of 2026-05-20"},
		{"en moyenne", "fr", "2025-03-10", "Glaciers\n\nLe front du glacier a reculé de 180 mètres l'an dernier, contre une quarantaine de mètres par an en moyenne dans les années 1990.", 40, "1990/1999"},
	})
}

// TestSession60OwnEstimatesPastComma: «…, selon ses propres estimations»
// past a comma is the clause's speaker's own, not the article's company's.
func TestSession60OwnEstimatesPastComma(t *testing.T) {
	runSaidByCases(t, "2026-03-02", []saidByCase{
		{"fr", "Le Salon de l'agriculture a accueilli 600 000 visiteurs. Son président, Arnaud Rousseau, a rappelé que le revenu agricole moyen avait baissé de 12 % en 2025, selon ses propres estimations.", 12, "Arnaud Rousseau"},
	})
}

// TestSession60TotalInACurrency: "put the total at 68 million pounds"
// names no thing counted after the figure, only its currency: the put
// reading stands, and a source's total of what the sentence told is not
// shown sure as the source's own.
func TestSession60TotalInACurrency(t *testing.T) {
	cl, ok := figureOf(t, "en", "2026-05-14", "London Marathon raises record sum\n\nThey estimated that participants raised 73 million pounds for charity, though the fundraising platform JustGiving put the total at 68 million pounds.", 68e6)
	if ok && cl.Subject == "JustGiving" && !cl.Unsure {
		t.Errorf("subject %q shown sure", cl.Subject)
	}
}

// TestSession60LongNameByItsAbbreviation: a long body's name whose first
// word alone is read («par le Service statistique ministériel de la
// sécurité intérieure (SSMSI)») is its abbreviation in brackets.
func TestSession60LongNameByItsAbbreviation(t *testing.T) {
	runSaidByCases(t, "2026-01-30", []saidByCase{
		{"fr", "Les cambriolages ont reculé de 4 % en 2025, selon le bilan annuel publié jeudi par le Service statistique ministériel de la sécurité intérieure (SSMSI).", 4, "SSMSI"},
	})
}
