package model

import (
	"slices"
	"strings"
	"testing"
)

// TestSession50DeadOfAnEvent: the dead of a disaster a clause of "when",
// "after" or «lors de» tells are that disaster's, named by the subject of
// the clause when no event noun names it.
func TestSession50DeadOfAnEvent(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"when a ferry capsized", "en", "2026-05-14", "Ferry\n\nAt least 42 people died when a ferry capsized on Tuesday in the Meghna river, police said.", 42, "a ferry", "Meghna"},
		{"after a gas explosion", "en", "2026-05-14", "Mine\n\nTwelve miners were killed after a gas explosion ripped through the Soma colliery on Monday, the company said.", 12, "a gas explosion", "Soma"},
		{"lors d'une explosion", "fr", "2026-05-14", "Mine\n\nDouze mineurs ont été tués lundi lors d'une explosion de gaz dans la mine de Soma, a annoncé l'exploitant.", 12, "une explosion de gaz", ""},
		{"when gunmen", "en", "2026-05-14", "Attack\n\nAt least nine people were killed when gunmen opened fire at a market in Kaduna on Sunday.", 9, "", "gunmen"},
		{"when it", "en", "2026-05-14", "Ferry\n\nThe MV Karnaphuli left Chandpur on Monday. At least 42 people died when it capsized on Tuesday.", 42, "", "it"},
	})
}

// TestSession50LeftDead: "has left 58 people dead" counts the dead.
func TestSession50LeftDead(t *testing.T) {
	cl, ok := figureOf(t, "en", "2026-05-14", "Floods\n\nFlooding in Kerala has left 58 people dead since Saturday, the state government said.", 58)
	if ok && cl.Measure != "people dead" {
		t.Errorf("measure %q, want %q", cl.Measure, "people dead")
	}
}

// TestSession50NaturalFeatureIsAPlace: a name beside a river, a lake or a
// volcano is a place's, which "the company" does not stand for.
func TestSession50NaturalFeatureIsAPlace(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", "At least 42 people died in the Meghna river on Tuesday. The Soma mine employs 800 workers, the company said.", 800, ""},
		{"fr", "Au moins 42 personnes sont mortes mardi dans le fleuve Meghna. La mine de Soma emploie 800 salariés, a indiqué l'entreprise.", 800, ""},
		{"en", "Kariba Mining said 42 people died on Tuesday. The Soma mine employs 800 workers, the company said.", 800, "Kariba Mining"},
	})
}

// saidByCase is a figure of an invented one-paragraph text and who is to
// say it ("" for no one).
type saidByCase struct {
	lang, text string
	value      float64
	want       string
}

// runSaidByCases checks each case's figure's source, in a text published
// on date.
func runSaidByCases(t *testing.T, date string, cases []saidByCase) {
	t.Helper()
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, date, "Titre\n\n"+c.text, c.value); ok && cl.SaidBy != c.want {
			t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.want)
		}
	}
}

// TestSession50BodiesThatReport: a body named by common nouns that reports
// a figure is its source, with the place it is of ("Health officials in
// Texas", "Texas health officials"); a word capitalised only as it opens
// the sentence is no speaker of its own; and a word that only qualifies a
// place before it is not part of its name.
func TestSession50BodiesThatReport(t *testing.T) {
	for _, c := range []struct {
		text          string
		value         float64
		said, subject string
	}{
		{"Health officials in Texas reported 214 measles cases on Tuesday.", 214, "Health officials in Texas", "Texas"},
		{"Texas health officials reported 214 measles cases on Tuesday.", 214, "Texas health officials", "Texas"},
		{"Health officials reported 214 measles cases in Texas on Tuesday.", 214, "Health officials", "Texas"},
		{"Federal prosecutors said 214 people had been charged in Texas on Tuesday.", 214, "Federal prosecutors", ""},
		{"Neighbouring New Mexico has confirmed 30 cases, its health department said on Wednesday.", 30, "its health department", "New Mexico"},
		{"Landlocked Malawi has confirmed 30 cases, its health department said on Wednesday.", 30, "its health department", "Malawi"},
		{"Northern Ireland has confirmed 30 cases, its health department said on Wednesday.", 30, "its health department", "Northern Ireland"},
	} {
		cl, ok := figureOf(t, "en", "2026-03-06", "Measles\n\n"+c.text, c.value)
		if !ok {
			continue
		}
		if cl.SaidBy != c.said {
			t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.said)
		}
		if c.subject != "" && cl.Subject != c.subject {
			t.Errorf("%q: subject %q, want %q", c.text, cl.Subject, c.subject)
		}
	}
}

// TestSession50PointChangeSign: a change in points has its sign, as a
// change in percent has; points a team loses are a deduction its measure
// tells.
func TestSession50PointChangeSign(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		unit       string
	}{
		{"fr", "Le taux de réussite au baccalauréat s'établit à 90,7 %, soit un recul de 0,4 point par rapport à 2025.", 0.4, "−points"},
		{"fr", "Le chômage a baissé de 0,2 point au premier trimestre, selon l'Insee.", 0.2, "−points"},
		{"fr", "La cote de confiance du Premier ministre progresse de 3 points en octobre.", 3, "+points"},
		{"en", "The consumer sentiment index slipped two points in April, the University of Michigan said.", 2, "−points"},
		{"en", "West Indies lost two points in the World Test Championship for a slow over rate.", 2, "points"},
		{"en", "The index stood at 84.1 points in April.", 84.1, "points"},
	} {
		if cl, ok := figureOf(t, c.lang, "2026-07-07", "Titre\n\n"+c.text, c.value); ok && cl.Unit != c.unit {
			t.Errorf("%q: unit %q, want %q", c.text, cl.Unit, c.unit)
		}
	}
}

// TestSession50FrenchSources: who a French figure is said by, when the
// body's name goes on in lower case, when a verb of reminding or
// signalling is set after the words, when results are «communiqués par» a
// body, and when «l'établissement» stands for the institution its
// sentence names.
func TestSession50FrenchSources(t *testing.T) {
	runSaidByCases(t, "2026-02-05", []saidByCase{
		{"fr", "Selon l'Alliance du commerce, le chiffre d'affaires de l'habillement a reculé de 3,8 % en janvier.", 3.8, "Alliance du commerce"},
		{"fr", "En 2025, la France a produit 23,6 milliards de litres de lait, a rappelé le Cniel.", 23.6e9, "Cniel"},
		{"fr", "Le Cniel rappelle que la France a produit 23,6 milliards de litres de lait en 2025.", 23.6e9, "Cniel"},
		{"fr", "La liste de Marie Dupont a obtenu 46,8 % des voix, selon les résultats communiqués par la préfecture.", 46.8, "préfecture"},
		{"fr", "Le Louvre a accueilli 9,1 millions de visiteurs en 2025, a annoncé mercredi l'établissement.", 9.1e6, "Louvre"},
		{"fr", "Le Louvre a accueilli 9,1 millions de visiteurs en 2025, a publié le Louvre.", 9.1e6, ""},
	})
}

// TestSession50EnglishSources: people who report what they see or judge
// ("…, traders said"), the one a participle of saying goes on with, a
// poll's maker named by "by", and not a work's title in quotation marks
// for "the company".
func TestSession50EnglishSources(t *testing.T) {
	runSaidByCases(t, "2025-08-19", []saidByCase{
		{"en", "Wheat futures on Euronext fell 1.2% to 198.50 euros a tonne on Monday, the lowest in more than three months, traders said.", 198.5, "traders"},
		{"en", "Union leader James Ashdown welcomed the result, saying the agreement would cost about 2.1 billion pounds over two years.", 2.1e9, "James Ashdown"},
		{"en", "Streamora added 4.2 million subscribers in the third quarter, helped by its Korean drama \"Salt Moon\", the company said.", 4.2e6, "Streamora"},
		{"en", "A poll by Zagreb-based agency Mediana, published on Sunday, put Peric's Civic Union party on 29%, ahead of the Social Democrats on 27%.", 29, "Mediana"},
		{"fr", "Un sondage réalisé par l'institut Ifop place le RN à 33 %, devant Renaissance à 21 %.", 21, "Ifop"},
	})
	runSubjectCases(t, []subjectCase{
		{"possessive before a party", "en", "2025-05-28", "Poll\n\nA poll by Mediana put Peric's Civic Union party on 29%, ahead of the Social Democrats on 27%.", 29, "Civic Union", "Peric"},
		{"name and its noun", "en", "2025-05-28", "Poll\n\nA Mediana poll put the Civic Union party on 29%, ahead of the Social Democrats on 27%.", 29, "Civic Union", ""},
	})
}

// TestSession50RoadAccidents: a vehicle that overturns, collides or
// leaves the road is a disaster whose injured the next sentence counts;
// «un car scolaire» is a bus, not the conjunction «car».
func TestSession50RoadAccidents(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"overturned", "en", "2026-03-12", "Bus crash\n\nA school bus overturned on Monday near Leeds. Seventeen pupils were injured, police said.", 17, "A school bus", ""},
		{"left the road", "en", "2026-03-12", "Bus crash\n\nA school bus left the road on Tuesday near York. 17 pupils were injured, police said.", 17, "A school bus", ""},
		{"s'est renversé", "fr", "2026-03-12", "Accident\n\nUn car scolaire s'est renversé lundi près de Dole. Dix-sept élèves ont été blessés, a indiqué la préfecture.", 17, "Un car scolaire", ""},
		{"a quitté la route", "fr", "2026-03-12", "Accident\n\nUn autocar a quitté la route mardi près de Morez. 17 élèves ont été blessés, a indiqué la préfecture.", 17, "Un autocar", ""},
	})
	cl := buildText(t, "fr", "2026-03-12", "Accident\n\nUn car scolaire s'est renversé lundi près de Dole.").Claims
	if !slices.ContainsFunc(cl, func(c Claim) bool { return c.Metric == MetricEvent && c.Subject == "Un car scolaire" }) {
		t.Errorf("no event of «Un car scolaire»: %v", cl)
	}
}

// TestSession50DateAfterTheFigure: a date right after a figure is nearer
// it than one before the word it follows, measured from the figure's end.
func TestSession50DateAfterTheFigure(t *testing.T) {
	runDateCases(t, []dateCase{
		{"from … at the end of December", "en", "2025-04-29", "Northvale\n\nNet debt rose to $24.6 billion at the end of March from $22.9 billion at the end of December, Northvale said.", 22.9e9, "2024-12-21/2024-12-31"},
		{"to … at the end of March", "en", "2025-04-29", "Northvale\n\nNet debt rose to $24.6 billion at the end of March from $22.9 billion at the end of December, Northvale said.", 24.6e9, "2025-03-21/2025-03-31"},
	})
}

// TestSession50GappedClauses: a clause that leaves out the verb of the one
// before goes on with its measure, its sign and its time, and its own name
// says what the speaker before said of itself.
func TestSession50GappedClauses(t *testing.T) {
	const milk = "Lait\n\nLactalis a annoncé un prix de 445 euros les 1 000 litres pour le deuxième trimestre, Sodiaal 449 euros et Savencia 451 euros."
	for _, v := range []float64{449, 451} {
		cl, ok := figureOf(t, "fr", "2026-05-13", milk, v)
		if !ok {
			continue
		}
		if cl.Measure != "prix (€)" || cl.Date.String() != "2026-04/2026-06" || cl.SaidBy == "Lactalis" {
			t.Errorf("%v: measure %q, date %s, said by %q; want «prix (€)», 2026-04/2026-06, its own", v, cl.Measure, cl.Date, cl.SaidBy)
		}
	}
	if cl, ok := figureOf(t, "fr", "2026-05-13", "Soldes\n\nLes ventes de chaussures ont reculé de 3,1 %, celles de prêt-à-porter féminin de 4,6 %.", 4.6); ok && cl.Unit != "−%" {
		t.Errorf("celles de … de 4,6 %%: unit %q, want −%%", cl.Unit)
	}
}

// TestSession50ShareWonIsNoChange: a percentage a verb of winning states
// is a share won, not a rise.
func TestSession50ShareWonIsNoChange(t *testing.T) {
	for _, text := range []string{
		"Lait\n\nAu premier tour, le RN avait obtenu 18,2 %, et une liste citoyenne 13,3 %.",
		"Milk\n\nIn the first round, the Greens took 12.6%, up from 9% in 2021.",
	} {
		lang := map[bool]string{true: "fr", false: "en"}[strings.HasPrefix(text, "Lait")]
		for _, c := range buildText(t, lang, "2026-05-13", text).Claims {
			if c.HasValue && (c.Value == 18.2 || c.Value == 12.6) && (strings.HasPrefix(c.Measure, "variation") || strings.HasPrefix(c.Measure, "change")) {
				t.Errorf("%q: %v read as a change (%q)", text, c.Value, c.Measure)
			}
		}
	}
}

// TestSession50DeadOfMonsoonAndFighting: the dead of a monsoon or of
// fighting are its own, as those of a storm are.
func TestSession50DeadOfMonsoonAndFighting(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"monsoon", "en", "2025-07-08", "Nepal floods\n\nAt least 40 people died in the monsoon rains across Nepal this week.", 40, "the monsoon", "Nepal"},
		{"fighting", "en", "2025-07-08", "Clashes\n\nEight people were killed in the fighting in Kidal on Sunday, officials said.", 8, "the fighting", "Kidal"},
	})
}

// TestSession50ParallelChangeInThePresent: a change another subject
// records, told in the present of statistics right after a figure of a
// year, is of that year.
func TestSession50ParallelChangeInThePresent(t *testing.T) {
	runDateCases(t, []dateCase{
		{"enregistre", "fr", "2026-02-05", "Musées\n\nLe Louvre a accueilli 9,1 millions de visiteurs en 2025. Le Centre Pompidou enregistre une baisse de 18 %.", 18, "2025"},
		{"not a stock", "fr", "2026-02-05", "Musées\n\nLe Louvre a accueilli 9,1 millions de visiteurs en 2025. Le Centre Pompidou emploie 1 000 agents.", 1000, "as of 2026-02-05"},
	})
}

// TestSession50WhatIsSold: the sales or prices of a thing no organisation
// owns are that thing's.
func TestSession50WhatIsSold(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"ventes de", "fr", "2026-05-13", "Commerce\n\nLe Cniel a publié mardi ses chiffres. Les ventes de chaussures ont reculé de 3,1 % en janvier.", 3.1, "chaussures", "Cniel"},
		{"cours du", "fr", "2026-05-13", "Lait\n\nLe Cniel a publié mardi ses chiffres. Les cours du beurre ont chuté de 18 % depuis janvier.", 18, "beurre", "Cniel"},
		{"imports of", "en", "2026-05-13", "Trade\n\nImports of capital goods rose 7.1% in April.", 7.1, "capital goods", ""},
	})
}

// TestSession50OwnForecast: a body's own forecast is said by it.
func TestSession50OwnForecast(t *testing.T) {
	runSaidByCases(t, "2025-08-19", []saidByCase{
		{"en", "The Commission cut its maize forecast to 57.8 million tonnes from 60.1 million.", 57.8e6, "Commission"},
		{"en", "Zorgon raised its revenue target to $9 billion.", 9e9, ""},
	})
}

// TestSession50ExplosionLead: a lead that counts the dead and the injured
// of an explosion, told by a prosecutor named after his role: all three
// counts are the explosion's and his; the building's storeys are no claim.
func TestSession50ExplosionLead(t *testing.T) {
	const lead = "Explosion à Lyon\n\nTrois personnes ont été tuées et onze blessées, dont deux grièvement, dans l'explosion qui a soufflé mercredi matin un immeuble de quatre étages du 8e arrondissement de Lyon, a annoncé jeudi le procureur de la République, Nicolas Berthier, lors d'une conférence de presse."
	for _, v := range []float64{3, 11, 2} {
		cl, ok := figureOf(t, "fr", "2026-05-14", lead, v)
		if !ok {
			continue
		}
		if cl.Subject != "l'explosion" || cl.SaidBy != "Nicolas Berthier" || cl.Unsure || cl.Date.String() != "2026-05-13" {
			t.Errorf("%v: subject %q, said by %q, unsure %v, date %s; want l'explosion, Nicolas Berthier, sure, 2026-05-13", v, cl.Subject, cl.SaidBy, cl.Unsure, cl.Date)
		}
	}
	for _, c := range buildText(t, "fr", "2026-05-14", lead).Claims {
		if c.HasValue && c.Value == 4 {
			t.Errorf("the storeys read as a claim: %q", c.Label)
		}
	}
}

// TestSession50CitedPapersAndWatchdogs: papers of a kind and a watchdog
// named by common nouns are sources; a trial's phase is not a pollster.
func TestSession50CitedPapersAndWatchdogs(t *testing.T) {
	runSaidByCases(t, "2025-03-27", []saidByCase{
		{"en", "The plant was fined 350,000 crowns in 2022 for safety breaches, according to court records.", 350000, "court records"},
		{"en", "Waiting lists grew to 412,600 patients at the end of April, according to a report published on Thursday by the regional health watchdog.", 412600, "regional health watchdog"},
		{"en", "The Phase III study enrolled 6,240 patients in 31 countries.", 6240, ""},
	})
	if cl, ok := figureOf(t, "en", "2025-03-27", "Krona\n\nThe krona weakened 0.6% against the euro on Tuesday.", 0.6); ok && cl.Unit != "−%" {
		t.Errorf("weakened: unit %q, want −%%", cl.Unit)
	}
}

// TestSession50LeadPeriodOfAnUnsureFigure: a lead's figure dated by its
// own words sets the period the report tells, even when whose it is stays
// a guess.
func TestSession50LeadPeriodOfAnUnsureFigure(t *testing.T) {
	runDateCases(t, []dateCase{
		{"second paragraph", "en", "2025-07-15", "Smartphones\n\nGlobal smartphone shipments rose 1.8% year-on-year to 294.6 million units in the second quarter, according to preliminary data from market research firm Periscope Research released on Tuesday, as demand in emerging markets offset weakness in China.\n\nKestrel was second with 46.2 million units, or 15.7% of the market.", 46.2e6, "2025-04/2025-06"},
	})
}

// TestSession50FireTold: «L'incendie», its article elided, is a disaster
// whose evacuated and injured the next sentences count, whoever tells
// them.
func TestSession50FireTold(t *testing.T) {
	const fire = "Incendie\n\nL'incendie a ravagé mardi la forêt de pins près de Mimizan, a indiqué jeudi la préfecture.\n\n" +
		"Environ 3 400 personnes ont été évacuées mercredi de quatre communes, selon la préfecture. Quatre pompiers ont été légèrement blessés, a précisé le SDIS."
	runSubjectCases(t, []subjectCase{
		{"evacuated", "fr", "2025-08-14", fire, 3400, "L'incendie", ""},
		{"injured, told by a body", "fr", "2025-08-14", fire, 4, "L'incendie", "SDIS"},
	})
}

// TestSession50SharesOnTheMarket: the shares a sentence says moved «en
// Bourse» are the article's company's, not the market's.
func TestSession50SharesOnTheMarket(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"en Bourse", "fr", "2026-02-06", "Crédit Atlantique : le bénéfice grimpe\n\nLe Crédit Atlantique a publié jeudi un bénéfice net de 1,2 milliard d'euros pour 2025.\n\nEn Bourse, le titre gagnait 4,6 % jeudi à la mi-journée.", 4.6, "Crédit Atlantique", "Bourse"},
	})
}

// TestSession50StatementsOfBodies: words in quotation marks that a body
// says are its statement; a role's holder named after it says them, not
// the body of the role; the channel «sur» which they were said is no
// speaker.
func TestSession50StatementsOfBodies(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"« Nous ne lâcherons rien tant que la direction refusera de négocier », a déclaré mardi la CFDT dans un communiqué.", "CFDT"},
	} {
		var got []string
		for _, cl := range buildText(t, "fr", "2026-05-14", "Grève\n\n"+c.text).Claims {
			if cl.What == "statement" {
				got = append(got, cl.SaidBy)
			}
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: statements by %q, want one by %q", c.text, got, c.want)
		}
	}
	const onTV = "Remaniement\n\nLe président du groupe Les Républicains à l'Assemblée, Damien Roux, a dénoncé jeudi soir sur LCI « un jeu de chaises musicales qui ne change rien à la politique du gouvernement ni au quotidien des Français ».\n"
	for _, cl := range buildText(t, "fr", "2019-10-18", onTV).Claims {
		if cl.SaidBy == "LCI" {
			t.Errorf("%q said by the channel LCI", cl.Label)
		}
	}
}

// TestSession50KindOfDisasterInThePlural: "Road accidents killed 3,342
// people" counts the accidents' dead, named bare in the plural.
func TestSession50KindOfDisasterInThePlural(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"road accidents", "en", "2025-03-14", "Crash\n\nRoad accidents killed 3,342 people in Peru last year, according to the road safety observatory.", 3342, "Road accidents", "Peru"},
	})
}
