package model

import (
	"context"
	"strings"
	"testing"
)

// TestLevelOfAThingMoved: "at a record low of", «à un plus bas historique
// de»: the figure is the level of the thing the verb keeps or moves, written
// out negative after "minus", and no change.
func TestLevelOfAThingMoved(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2016-10-27", "The Riksbank kept its main interest rate at a record low of minus 0.50% on Thursday.", -0.5, "interest rate (%)"},
		{"en", "2016-10-27", "The Zorgland central bank cut its key rate to a record low of 1.5% on Tuesday.", 1.5, "rate (%)"},
		{"fr", "2014-06-05", "La BCE a maintenu jeudi son taux directeur à un plus bas historique de 0,25 %.", 0.25, "taux directeur (%)"},
		{"fr", "2016-03-10", "La Banque nationale suisse a maintenu jeudi son taux directeur à son plus bas historique de moins 0,5 %.", -0.5, "taux directeur (%)"},
	})
	for _, c := range []struct{ lang, date, text string }{
		{"en", "2016-10-27", "The Zorgland central bank cut its key rate to a record low of 1.5% on Tuesday."},
		{"fr", "2014-06-05", "La banque centrale a abaissé mardi son taux directeur à un plus bas historique de 0,25 %."},
	} {
		figureSubtest(t, "no change: "+c.text, c.lang, c.date, c.text, map[string]float64{"en": 1.5, "fr": 0.25}[c.lang], func(t *testing.T, cl Claim) {
			if cl.Unit != "%" {
				t.Errorf("unit %q, want the level's %%", cl.Unit)
			}
		})
	}
}

// TestElapsedTimeAfterTheLead: a race time written in words ("4 hours 21
// minutes 37 seconds"), the only figure of a sentence past the lead, is
// read with the sentence's grammar like any other (it crashed the
// extraction: the sentence had not been parsed).
func TestElapsedTimeAfterTheLead(t *testing.T) {
	text := "Smeets wins summit stage\n\nJACA, Spain — Belgian rider Pieter Smeets won the 14th stage of the Vuelta a España at the Jaca ski station on Thursday with a late attack, while Chile's Tomas Ruiz took the overall lead from Austria's Jan Hollerer.\n\n" +
		"Smeets, of Team Orvald, crossed the line in 4 hours 21 minutes 37 seconds. Ruiz finished second, 18 seconds behind.\n"
	tl := buildText(t, "en", "2019-09-05", text)
	for _, c := range tl.Claims {
		if c.HasValue && c.Value == 15697 {
			return
		}
	}
	t.Errorf("no race time of 15697 s among %d claims", len(tl.Claims))
}

// TestArticleThatFailsIsLeftOut: a panic while reading one article's claims
// leaves that article out with a problem naming it; the others are built.
func TestArticleThatFailsIsLeftOut(t *testing.T) {
	saved := readClaims
	defer func() { readClaims = saved }()
	readClaims = func(x *extractor, ws *workspace) []Claim {
		if x.art.Name == "bad.txt" {
			var s []int
			_ = s[3] // an index out of range, as a bug would
		}
		return saved(x, ws)
	}
	var arts []*Article
	for _, name := range []string{"good.txt", "bad.txt"} {
		a, err := ParseArticle(name, []byte("title: Test\ndate: 2021-01-12\nlang: en\n\nZorgon said on Tuesday it had cut 1,200 jobs.\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	tl, err := BuildContext(context.Background(), &Set{Name: "x", Articles: arts})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Problems) != 1 || tl.Problems[0].File != "bad.txt" || !strings.Contains(tl.Problems[0].Error(), "left out") {
		t.Fatalf("problems %v, want one for bad.txt", tl.Problems)
	}
	if len(tl.Claims) == 0 {
		t.Fatal("no claims: the good article was left out too")
	}
	for _, c := range tl.Claims {
		if tl.Articles[c.Article].Name != "good.txt" {
			t.Errorf("claim %q of %s", c.Label, tl.Articles[c.Article].Name)
		}
	}
}

// TestSourcesCountAgain: «avance le chiffre de», «fait état de»: a source's
// count is of what the article counted before with that measure, and no
// figure of the source's own.
func TestSourcesCountAgain(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"counted before", "fr", "2018-07-23", "Le festival des Vieilles Pierres a accueilli 160 000 festivaliers ce week-end à Carhaix, selon ses organisateurs. La préfecture du Finistère avance pour sa part le chiffre de 185 000 festivaliers.", 185000, "Vieilles Pierres", "préfecture du Finistère"},
	})
	runThingCases(t, []thingCase{
		{"nothing counted before", "fr", "2021-01-12", "Grippe aviaire\n\nLa préfecture des Landes a fait état mardi de 48 communes touchées par les abattages.", 48, "", ""},
	})
}

// TestLevelAfterVerbIsNoChange: "fell to 38%", "stood at just 31%" give the
// level of the clause's subject, not a change.
func TestLevelAfterVerbIsNoChange(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2024-05-08", "Government slumps in poll\n\nPublic support for the government fell to 38% in an Ipsos poll published on Sunday.", 38, "support (%)"},
	})
	for _, text := range []string{
		"Government slumps in poll\n\nPublic support for the government fell to 38% in an Ipsos poll published on Sunday.",
		"In the same Ipsos poll, support among voters under 30 stood at just 31% on Sunday.",
	} {
		figureSubtest(t, "no change: "+text, "en", "2024-05-08", text, map[bool]float64{true: 38, false: 31}[strings.Contains(text, "38")], func(t *testing.T, cl Claim) {
			if strings.HasPrefix(cl.Measure, "change") || cl.Unit != "%" {
				t.Errorf("measure %q, unit %q: a change", cl.Measure, cl.Unit)
			}
		})
	}
}

// TestPutTheBanksLosses: "put the bank's currency losses for the year at":
// the organisation "the bank" stands for owns the compound's measure; "for
// the year" says when, not whose.
func TestPutTheBanksLosses(t *testing.T) {
	const text = "Swiss franc strength hits central bank\n\nThe Swiss National Bank said on Monday its foreign currency reserves fell in 2022. Analysts put the bank's currency losses for the year at around 140 billion francs."
	runSubjectCases(t, []subjectCase{{"possessive", "en", "2023-01-10", text, 140e9, "Swiss National Bank", "the year"}})
	runMeasureCases(t, []measureCase{{"en", "2023-01-10", text, 140e9, "currency loss (francs)"}})
}

// TestTimeToTheHundredth: "28 minutes 54.14 seconds" is one time, written
// "28:54.14"; the participle that gives it goes on with its clause's
// subject, not the place that clause names.
func TestTimeToTheHundredth(t *testing.T) {
	const text = "Record in Budapest\n\nEthiopia's Tsion Abera broke the women's 10,000 metres world record in Budapest on Saturday, clocking 28 minutes 54.14 seconds."
	runSubjectCases(t, []subjectCase{{"clocking", "en", "2023-08-20", text, 1734.14, "Tsion Abera", "Budapest"}})
	figureSubtest(t, "label", "en", "2023-08-20", text, 1734.14, func(t *testing.T, cl Claim) {
		if !strings.Contains(cl.Label, "28:54.14") {
			t.Errorf("label %q, want the time as 28:54.14", cl.Label)
		}
	})
}

// TestAdjectiveBeforeRoleIsNoName: «Ancienne directrice des marchés, Mme
// Nguyen…» opens with an adjective before a role, not a name that claims
// could be of.
func TestAdjectiveBeforeRoleIsNoName(t *testing.T) {
	const text = "Nguyen Thi Lan nommée à la tête de l'Autorité des marchés financiers\n\nPublié le 9 janvier 2024\n\nLe président de la République a nommé lundi Nguyen Thi Lan, 49 ans, présidente de l'Autorité des marchés financiers (AMF), a annoncé l'Élysée.\n\nElle succède à Robert Ophèle, dont le mandat de cinq ans s'est achevé en juillet. Son mandat court jusqu'en 2029.\n\nAncienne directrice des marchés à la Banque de France, Mme Nguyen a passé douze ans à la Commission européenne. Elle devient la deuxième femme à diriger le régulateur depuis sa création en 2003.\n\nL'AMF a infligé 53 millions d'euros de sanctions en 2023, contre 111 millions l'année précédente, selon son rapport annuel. Le régulateur compte environ 500 salariés.\n\nLe ministre de l'Économie a salué « une professionnelle reconnue ». Sa nomination doit encore être confirmée par les commissions des finances de l'Assemblée et du Sénat, qui l'auditionneront le 24 janvier.\n\nSelon les associations d'épargnants, les fraudes aux faux placements ont coûté 500 millions d'euros aux particuliers l'an dernier. La Fédération des investisseurs individuels et des clubs évalue la perte à près d'un milliard.\n\nLa Bourse de Paris a terminé la séance de lundi en hausse de 0,4 %, à 7 450 points.\n"
	a, err := ParseArticle("nomination.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(&Set{Name: "x", Articles: []*Article{a}})
	for _, cl := range tl.Claims {
		if cl.Subject == "Ancienne" {
			t.Errorf("claim %q of %q", cl.Label, cl.Subject)
		}
	}
}

// TestSourceCountKeepsItsSource: a source's count is of no other source's
// count before it, and who gives it stays its said-by when no subject is
// sure («la préfecture fait état de 16 000 manifestants»).
func TestSourceCountKeepsItsSource(t *testing.T) {
	const text = "Retraites : nouvelle journée de mobilisation\n\nLe ministère de l'Intérieur a recensé jeudi 1,09 million de manifestants en France. À Bordeaux, la préfecture fait état de 16 000 manifestants."
	figureSubtest(t, "préfecture", "fr", "2023-03-24", text, 16000, func(t *testing.T, cl Claim) {
		if !cl.Unsure && strings.Contains(cl.Subject, "ministère") {
			t.Errorf("subject %q: another source's", cl.Subject)
		}
		if cl.SaidBy == "" {
			t.Errorf("no said-by: the préfecture gives the count")
		}
	})
}

// TestShareMoveIsNotOfTheLeadPeriod: a share's move told further on is of
// its day of trading, not of the period the article's lead reports.
func TestShareMoveIsNotOfTheLeadPeriod(t *testing.T) {
	const text = "Lender swings to loss\n\nHarrowgate Bank reported a pre-tax loss of £1.2 billion in the year to March, compared with a profit of £640 million a year earlier.\n\nRevenue fell 5% to £8.3 billion, the company said. Its core capital ratio fell to 11.8%.\n\nChief executive Ngozi Okafor said the bank would cut 2,500 jobs.\n\nShares in Harrowgate fell 14% to 212 pence in London, their lowest since 2012."
	figureSubtest(t, "shares", "en", "2025-05-16", text, 14, func(t *testing.T, cl Claim) {
		if cl.Date.Range {
			t.Errorf("date %s: the lead's period", cl.Date)
		}
	})
}

// TestRaceDistanceIsNoFigure: the distance that names a race ("won the
// women's 10,000 metres", «s'est imposé sur 5 000 m») is no figure of news;
// a length of something else stays one.
func TestRaceDistanceIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       bool
	}{
		{"en", "World title for Abera\n\nTsion Abera won the women's 10,000 metres on Saturday in 29 minutes 41 seconds.", 10000, false},
		{"fr", "Gressier champion\n\nJimmy Gressier s'est imposé sur 5 000 m samedi en 12 min 58 s.", 5000, false},
		{"en", "Tunnel finished\n\nWorkers on Tuesday finished digging a tunnel of 5,000 metres under the Alps.", 5000, true},
	} {
		tl := buildText(t, c.lang, "2025-08-10", c.text)
		got := false
		for _, cl := range tl.Claims {
			got = got || cl.HasValue && cl.Value == c.value
		}
		if got != c.want {
			t.Errorf("%q: a figure of %v: %v, want %v", c.text, c.value, got, c.want)
		}
	}
}

// TestCurrentLevelInApposition: "its main rate, currently 4.75%" is the
// rate's level now, not a cut of 4.75%.
func TestCurrentLevelInApposition(t *testing.T) {
	const text = "Rate cut expected\n\nThe central bank is likely to cut its main rate, currently 4.75%, by a quarter point on Thursday, economists said."
	runMeasureCases(t, []measureCase{{"en", "2025-06-02", text, 4.75, "rate (%)"}})
	figureSubtest(t, "no change", "en", "2025-06-02", text, 4.75, func(t *testing.T, cl Claim) {
		if cl.Unit != "%" {
			t.Errorf("unit %q: a change", cl.Unit)
		}
	})
}

// TestActOfWhatDontStandsFor: «…, dont la mise en service est prévue au
// second semestre 2022»: the act is of what «dont» stands for, past an
// apposition.
func TestActOfWhatDontStandsFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"past an apposition", "fr", "2021-06-24", "Nautilia en Bourse\n\nL'essentiel des fonds doit financer une usine à Saint-Nazaire, d'une capacité de 20 000 moteurs par an, dont la mise en service est prévue au second semestre 2022.", "prévue", "usine à Saint-Nazaire", "la mise"},
		{"right before", "fr", "2012-10-05", "Raffinerie\n\nLes 60 salariés restants seront chargés de la reconversion du site en dépôt pétrolier, dont la mise en service est prévue au premier semestre 2014.", "prévue", "dépôt pétrolier", "la mise"},
	})
}

// TestYearEarlierOfAnUndatedFigure: «contre 4,2 millions un an plus tôt»
// after a figure as of its statement is as of a year before it.
func TestYearEarlierOfAnUndatedFigure(t *testing.T) {
	figureSubtest(t, "un an plus tôt", "fr", "2025-08-08", "Vendanges\n\nLe Bordelais devrait produire 3,9 millions d'hectolitres, contre 4,2 millions un an plus tôt.", 4.2e6, func(t *testing.T, cl Claim) {
		if cl.Date.Start.Year() != 2024 {
			t.Errorf("date %s, want a year before the publication", cl.Date)
		}
	})
}

// TestSession35Subjects: whose figure it is, rule by rule.
func TestSession35Subjects(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		// a country's adjective after a French name's
		// lower-case tail is the name's («la Banque nationale suisse»).
		{"suisse", "fr", "2016-03-10", "La Banque nationale suisse a acheté jeudi 12 milliards de francs de devises.", 12e9, "Banque nationale suisse", "Banque nationale"},
		// "and" inside the name of a public body after
		// "the" does not cut it in two; a place or a company before "and" stays a
		// name of its own.
		{"agency", "en", "2021-09-23", "The National Snow and Ice Data Center said on Tuesday that sea ice reached 17.02 million square kilometres on Sept. 12.", 17.02e6, "National Snow and Ice Data Center", "Ice Data Center"},
		{"agency's count", "en", "2021-09-23", "The National Snow and Ice Data Center recorded 412 stations in 2020.", 412, "National Snow and Ice Data Center", "Ice Data Center"},
		{"commission", "en", "2021-09-23", "The Securities and Exchange Commission fined the broker $12 million on Tuesday.", 12e6, "", "Exchange Commission"},
		{"place first", "en", "2021-09-23", "Tensions between the Netherlands and Ice Data Center rose. Ice Data Center said on Tuesday it had cut 140 jobs.", 140, "Ice Data Center", ""},
		// "it" right after "said on Thursday" is who
		// said it, as right after "said".
		{"day between", "en", "2016-10-27", "Sweden's central bank said on Thursday it would buy another 45 billion crowns of government bonds.", 45e9, "Sweden's central bank", "Sweden"},
		{"day and that", "en", "2016-10-27", "Sweden's central bank said on Thursday that it would buy another 45 billion crowns of government bonds.", 45e9, "Sweden's central bank", "Sweden"},
		{"weekday alone", "en", "2016-10-27", "Norway's health ministry said Tuesday it would spend 420 million crowns on a new hospital.", 420e6, "Norway's health ministry", "Norway"},
		// a name whose given name the gazetteer does
		// not know is a person's when its surname alone is used like a person's
		// ("Wijeratne, 29, said"), and "his", "her" before a noun phrase with no
		// name of its own stand for the person last named.
		{"his haul", "en", "2020-02-24", "Sri Lanka beat West Indies by six wickets in Galle on Sunday. Left-arm spinner Kasun Wijeratne took six wickets for 54 runs. Wijeratne, 29, said he was proud. His haul took him to 97 wickets in 21 tests.", 97, "Kasun Wijeratne", "Sri Lanka"},
		// «le Sri-Lankais Kasun Wijeratne», «la Kényane
		// Ruth Chepngetich»: a people's noun after its article, before a person's
		// name, is no part of the name, whatever the nationality.
		{"sri-lankais", "fr", "2024-04-08", "Le Sri-Lankais Kasun Wijeratne a remporté dimanche le marathon de Paris en 2 h 5 min 12 s.", 7512, "Kasun Wijeratne", "Sri-Lankais Kasun Wijeratne"},
		{"kényane", "fr", "2024-04-08", "La Kényane Ruth Chepngetich a gagné 50 000 euros dimanche.", 50000, "Ruth Chepngetich", "Kényane Ruth Chepngetich"},
		// "the company" does not stand for an agency the
		// sentences before named ("the European Medicines Agency").
		{"agency before", "en", "2025-04-25", "FDA approves peanut pill\n\nThe Food and Drug Administration on Wednesday approved the first oral treatment for severe peanut allergy, a drug developed by the Boston company Arvanta Therapeutics. The European Medicines Agency is expected to rule on the drug in the second half of the year. Arvanta's chief executive, Oren Katz, said on Friday that the company had spent $640 million developing it since 2016.", 640e6, "Arvanta", "European Medicines Agency"},
		// «Le syndicat CFDT évalue la perte à 3 000
		// emplois» after a company's news: the company's loss, by the union's
		// estimate, as in English ("Analysts put the likely cost at").
		{"union's estimate", "fr", "2023-01-10", "Zorgon ferme Vierzon\n\nLe groupe Zorgon a annoncé mardi la suppression de 1 200 postes dans son usine de Vierzon. Le syndicat CFDT évalue la perte à 3 000 emplois avec les sous-traitants.", 3000, "Zorgon", "CFDT"},
		// "Meridian's managing director, Chinedu
		// Eze, said the company had offered…": the company whose officer speaks,
		// not the union the article named before.
		{"officer's company", "en", "2026-01-12", "ASLEF drivers to strike\n\nTrain drivers' union ASLEF said on Saturday its members would strike for 48 hours from Monday.\n\nMeridian's managing director, Chinedu Eze, said on Sunday the company had offered a 4.5% pay rise this year.", 4.5, "Meridian", "ASLEF"},
	})
}

// TestSheIsAPerson: "she" stands for a person, the one her own sentence
// names before, never the place the clause before made its subject.
func TestSheIsAPerson(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the speaker of her sentence", "en", "2020-02-26", "Plant closure\n\nZorgmotor said on Tuesday it would close its plant near Valencia. Spain's industry minister, Reyes Ortuno, said on Wednesday that Madrid had offered the company 40 million euros in aid, and that she would meet union leaders next week.", "meet", "Reyes Ortuno", ""},
	})
}

// TestSheIsThePersonOfHerSentence: a figure of "she" is of the person her
// own sentence names before, not of the person the sentences before named.
func TestSheIsThePersonOfHerSentence(t *testing.T) {
	eachSubjectCase(t, []subjectCase{
		{"figure", "en", "2020-02-26", "Plant closure\n\nZorgmotor chief executive Karin Osterholm said on Tuesday the group would close its plant near Valencia. Spain's industry minister, Reyes Ortuno, said on Wednesday that Madrid had offered aid, and that she would spend 2 million euros on training.", 2e6, "Reyes Ortuno", "Karin Osterholm"},
	}, func(t *testing.T, c subjectCase, cl Claim) {
		if cl.Subject != c.want && !cl.Unsure {
			t.Errorf("subject %q, want %q or unsure", cl.Subject, c.want)
		}
	})
}

// TestMoreThanIsNoLevel: «augmenté de plus de 10 %» is a rise: "plus"
// before "de" is no level's word (as in «un plus bas historique de»).
func TestMoreThanIsNoLevel(t *testing.T) {
	figureSubtest(t, "plus de", "fr", "2025-04-02", "Ventes\n\nLes ventes de Zorgon ont augmenté de plus de 10 % en mars.", 10, func(t *testing.T, cl Claim) {
		if cl.Unit != "+%" {
			t.Errorf("unit %q, want a rise", cl.Unit)
		}
	})
}

// TestPassengersAreNoUsers: "260,000 passengers use Meridian services"
// counts passengers, in their own word, not a service's users; "people
// used" stays users.
func TestPassengersAreNoUsers(t *testing.T) {
	figureSubtest(t, "passengers", "en", "2026-02-04", "Rail\n\nAbout 260,000 passengers use Meridian services on a typical weekday, according to the company.", 260000, func(t *testing.T, cl Claim) {
		if cl.Metric == MetricActiveUsers || cl.Metric == MetricNewUsers {
			t.Errorf("metric %q: passengers are no users", cl.Metric)
		}
	})
	figureSubtest(t, "people", "en", "2026-02-04", "Apps\n\nZoomly said 3.96 billion people used at least one of its apps in June.", 3.96e9, func(t *testing.T, cl Claim) {
		if cl.Metric != MetricActiveUsers {
			t.Errorf("metric %q, want users", cl.Metric)
		}
	})
}
