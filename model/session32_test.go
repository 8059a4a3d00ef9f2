package model

import (
	"strings"
	"testing"
)

// TestSession32Subjects: session 32's rules for whom a figure is about, on
// invented sentences.
func TestSession32Subjects(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"a country is a place, not the article's organisation", "en", "2026-09-27",
			"Kenya's Kipruto wins in Zorgburg\n\nKenya's Daniel Kipruto won the Zorgburg marathon on Sunday. Kenya has won the race six times. Three pacemakers led the field for the first 30 kilometres.",
			30, "", "Kenya"},
		{"a country the other language's list lacks is one too", "fr", "2026-09-27",
			"La Roumanie face au déficit\n\nLa Roumanie a promis des économies. La Roumanie a été dégradée. Les contrats portent sur 41 hôpitaux.",
			41, "", "Roumanie"},
		{"'the country' is the country named last", "en", "2024-03-04",
			"Peru copper\n\nPeru, the world's second-largest copper producer, exported 2.2 million tonnes of copper in 2020. The country expects output to rise 15% this year, the mining minister said.",
			15, "Peru", ""},
		{"'the country' is the one the sentence before was about", "en", "2024-03-04",
			"Rafale exports\n\nFrance sold 30 Rafale jets to India in 2023. The country has now sold 250 of the jets abroad.",
			250, "France", ""},
		{"«le pays» is the country named last", "fr", "2024-03-04",
			"Le cuivre péruvien\n\nLe Pérou a exporté 2,2 millions de tonnes de cuivre en 2020. Le pays prévoit une hausse de 15 % de sa production cette année, a indiqué le ministre des Mines.",
			15, "Pérou", ""},
		{"a name after 'the town of' and before a comma is a place", "en", "2022-01-18",
			"Quake hits Zorgland\n\nThe quake hit about 25 kilometres southwest of the town of Blorpquio, the geological survey said. Hospitals in Ayacucho and Blorpquio were treating 147 injured patients, the health ministry said. Landslides have cut roads to at least 30 communities near Blorpquio.",
			30, "", "Blorpquio"},
		{"a relative after an apposition of place is the name's before it", "fr", "2024-03-04",
			"Accident d'autocar\n\nLe car appartenait à la société Autocars Zorgmaître, basée à Namur, qui emploie 85 salariés.",
			85, "Autocars Zorgmaître", ""},
		{"and after a city and its region", "en", "2024-03-04",
			"Bus crash\n\nThe bus was operated by Blorpline Coaches, based in Austin, Texas, which employs 850 people.",
			850, "Blorpline Coaches", ""},
		{"a feast is no name", "fr", "2024-03-04",
			"La saison de ski\n\nLa station vit depuis les vacances de Noël une saison en hausse : sa fréquentation progressait de 6 % à la mi-janvier. Les vacances de Noël ont été bonnes, et Noël tombait un lundi.",
			6, "", "Noël"},
		{"a name after «l'hôpital de» is a town's, not the article's organisation", "fr", "2024-10-10",
			"Accident d'autocar\n\nUne passagère est morte à l'hôpital de Zorgmende. Le conducteur a été placé en garde à vue, a indiqué le procureur de la République de Zorgmende, Cédric Vallat. Les blessés ont été soignés à l'hôpital de Zorgmende. Le véhicule roulait à 97 km/h au moment de l'accident.",
			97, "", "Zorgmende"},
		{"a road's code is no organisation", "fr", "2024-10-10",
			"Accident sur l'B77\n\nUn autocar a quitté l'autoroute B77 et basculé dans un ravin. L'B77 a été rouverte jeudi. L'B77 est très fréquentée. Le véhicule roulait à 97 km/h au moment de l'accident.",
			97, "", "B77"},
		{"a thing an indefinite noun phrase brings in is its own figure's subject", "fr", "2023-06-15",
			"Maternité de Zorgville\n\nL'agence régionale de santé a confirmé la fermeture de la maternité de Zorgville. L'agence régionale de santé a justifié sa décision. Samedi dernier, une manifestation a rassemblé 2 300 personnes dans les rues de Zorgville.",
			2300, "une manifestation", ""},
		{"and in English", "en", "2023-06-15",
			"Blorpco closes plant\n\nBlorpco said on Monday it would close its Zorgville plant. Blorpco employs 3,000 people. On Saturday, a protest drew 2,300 people to the streets of Zorgville.",
			2300, "a protest", ""},
		{"a crowd is the event's it attended", "en", "2024-03-04",
			"Teachers strike\n\nThe Zorgland Teachers' Federation held a rally outside parliament on Tuesday. Organisers said about 8,000 people attended the rally.",
			8000, "the rally", ""},
		{"a crowd is the event's it took part in, in French", "fr", "2024-03-04",
			"Grève des enseignants\n\nLa Fédération zorgienne des enseignants a organisé une manifestation mardi. Selon les organisateurs, 12 000 personnes ont participé à la manifestation.",
			12000, "la manifestation", ""},
		{"an audience is the event's it watched", "en", "2024-04-04",
			"Derby\n\nAbout 78,000 fans watched the derby at the Bernabeu on Saturday.",
			78000, "the derby", ""},
		{"and runners the race's they took part in", "en", "2024-04-04",
			"Marathon\n\nIn Boston, 30,000 runners took part in the marathon on Monday.",
			30000, "the marathon", ""},
		{"an apposition before the verb is not its subject", "en", "2024-03-04",
			"Housing\n\nStarts of single-family homes, the largest part of the market, fell 1.1% to 862,000 units in March.",
			862000, "", "the market"},
		{"people of a country are no organisation the article is about", "fr", "2019-09-04",
			"Tourisme en Zorgonie\n\nLes Britanniques ont boudé la région cet été. Les Britanniques, première clientèle étrangère, ont reculé de 9 %. Les Britanniques restent nombreux. Les réservations pour septembre progressaient de 5 % à la fin août.",
			5, "", "Britanniques"},
		{"a crowd is the gathering's that drew it, not the place's the sentence opens on", "fr", "2022-11-18",
			"Grève\n\nLes enseignants ont fait grève jeudi. À Zorgville, le cortège a réuni 9 500 manifestants selon la préfecture de police, 35 000 selon les organisateurs.",
			9500, "le cortège", ""},
		{"another source's figure for the same crowd is the same crowd's", "fr", "2022-11-18",
			"Grève\n\nLes enseignants ont fait grève jeudi. À Zorgville, le cortège a réuni 9 500 manifestants selon la préfecture de police, 35 000 selon les organisateurs.",
			35000, "le cortège", ""},
		{"an article about a country and no organisation: the country's figures", "en", "2024-03-04",
			"Peru copper output\n\nPeru produced 2.7 million tonnes of copper in 2023, the mining ministry said on Thursday. Output rose 13% from a year earlier. Peru is the world's second-largest producer.",
			13, "Peru", ""},
		{"and in French", "fr", "2024-03-04",
			"Tourisme au Maroc\n\nLe Maroc a accueilli 14,5 millions de touristes en 2023. Les recettes ont atteint 10 milliards d'euros, selon l'office du tourisme. Le Maroc vise 26 millions de visiteurs en 2030.",
			10e9, "Maroc", ""},
		{"but people counted are their own", "fr", "2018-01-26",
			"Sécurité routière en France\n\nLa France a enregistré 3 456 morts sur les routes en 2017. Les motocyclistes, qui représentent moins de 2 % du trafic, comptent pour 18 % des tués. La France reste au-dessus de la moyenne européenne.",
			2, "", "France"},
	})
}

// TestSession32Currencies: the country of a currency sign glued to it is
// no name, and so no article's organisation.
func TestSession32Currencies(t *testing.T) {
	text := "Teachers to strike\n\nWELLINGTON - Teachers at the top of the pay scale currently earn NZ$99,000 a year. The government has offered a one-off payment of NZ$1,500. Meeting the demand would cost NZ$1.2 billion over four years. Annual inflation slowed to 3.3% in the second quarter."
	for _, c := range buildText(t, "en", "2024-09-10", text).Claims {
		if c.Subject == "NZ" {
			t.Errorf("%q: subject %q", c.Label, c.Subject)
		}
	}
}

// TestSession32Events: session 32's rules for whom an event is about.
func TestSession32Events(t *testing.T) {
	runEventCases(t, []eventCase{
		{"'last' between a subject and its verb is when, not the subject's word", "en", "2024-03-04",
			"Wages\n\nZorgland raised the minimum wage to 300,000 pesos on Tuesday. Zorgland last raised the minimum wage in July 2017, by 6.8%.",
			"July", "Zorgland", "last"},
		{"but not when two bodies the article named have that noun", "en", "2024-04-04",
			"Merger vote\n\nHexley town council voted for the merger on Monday, but Rawden district council rejected it on Tuesday. Council last rejected a merger in 2019.",
			"2019", "Council", "last"},
		{"a bare body noun is the body the article named with it", "en", "2024-03-04",
			"Fares rise\n\nBlorpton city council voted 10 to 6 on Thursday to raise fares. Council last raised fares in January 2021, by 10 cents.",
			"raised fares", "Blorpton city council", "last"},
	})
}

// TestSession32Kinds: session 32's rules for the kind of a name.
func TestSession32Kinds(t *testing.T) {
	for _, c := range []struct {
		lang, text, name, kind string // kind "!K": any kind but K
	}{
		{"en", "Harlan Creek Egg Co. on Wednesday expanded its recall. The recall covers eggs sold under the Harlan Creek and Shopwell brands. A family filed a lawsuit against Harlan Creek on Monday. Harlan Creek had shipped eggs to Canada.", "Harlan Creek", KindOrg},
		{"en", "Minnesota has reported 29 cases. Senator Jane Hollis of Minnesota called for a hearing.", "Minnesota", KindPlace},
		{"en", "Kenya Moore said on Friday her brand sold 200,000 bottles. Kenya Moore added that sales doubled.", "Kenya Moore", "!" + KindPlace},
		{"en", "Kenya Airways will cut 600 jobs. Kenya Airways flew 5 million passengers.", "Kenya Airways", KindOrg},
		{"en", "Virginia said on Monday she would run. Virginia added that she had raised $2 million.", "Virginia", "!" + KindPlace},
		{"en", "Kenya's Daniel Kipruto won on Sunday. Kenya has won the race six times.", "Kenya", KindPlace},
		{"en", "Over Easter, 2.3 million people travelled by train. During Easter, roads were quiet.", "Over Easter", ""},
		{"fr", "Une passagère est morte à l'hôpital de Zorgmende. Le procureur de la République de Zorgmende, Cédric Vallat, a parlé. Les blessés sont à l'hôpital de Zorgmende.", "Zorgmende", KindPlace},
		{"fr", "Un autocar a quitté l'autoroute B77. L'B77 a été rouverte jeudi. L'B77 est fréquentée.", "B77", KindPlace},
		{"fr", "L'épave a été découverte au large de Zorgvi (Haute-Corse). Les objets seront présentés au musée de Zorgvi. Zorgvi attend les touristes.", "Zorgvi", KindPlace},
		{"fr", "Le centre hospitalier de Zorgasse a été victime d'une cyberattaque. Le directeur du centre hospitalier de Zorgasse, Paul Ferrandi, est attendu à Zorgasse.", "Zorgasse", KindPlace},
	} {
		reg := kindsOf(t, c.lang, c.text)
		got := reg.kind(nameKey(c.name))
		if not, ok := strings.CutPrefix(c.kind, "!"); ok && got == not || !ok && got != c.kind {
			t.Errorf("%q: %q is a %q, want a %q", c.text, c.name, got, c.kind)
		}
	}
}

// TestSession32Dates: session 32's rules for when a figure is dated.
func TestSession32Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"a figure's own decimal comma does not close the relative clause it stands in", "fr", "2024-10-10",
			"Accident\n\nL'autocar appartenait à la société Autocars Zorgmaître, qui emploie 85 salariés et a réalisé un chiffre d'affaires de 11,4 millions d'euros l'an dernier.",
			11.4e6, "2023"},
		{"months joined by «et» make one period", "fr", "2019-09-04",
			"Tourisme\n\nLa Zorgonie a enregistré 34,6 millions de nuitées en juillet et en août, un chiffre en hausse de 2,8 % sur un an, a annoncé mercredi le comité du tourisme.",
			34.6e6, "2019-07/2019-08"},
		{"and a change the figure's apposition names is of that period", "fr", "2019-09-04",
			"Tourisme\n\nLa Zorgonie a enregistré 34,6 millions de nuitées en juillet et en août, un chiffre en hausse de 2,8 % sur un an, a annoncé mercredi le comité du tourisme.",
			2.8, "2019-07/2019-08"},
	})
}

// TestSession32Measures: session 32's rules for what a figure measures.
func TestSession32Measures(t *testing.T) {
	for _, c := range []struct {
		name, lang, date, text string
		value                  float64
		want                   string
	}{
		{"money a verb of moving brings its subject to is a price", "en", "2024-03-04",
			"Zorgana falls\n\nShares of its Dutch parent, Zorgana NV, fell 6.2% to 23.15 euros in Amsterdam on Wednesday.",
			23.15, "price (€)"},
		{"and money a verb of trading holds it at", "en", "2024-03-04",
			"Crypto\n\nThe exchange's own token, ZRG, fell 38% to $0.41 on Monday and was trading at $0.47 on Friday morning.",
			0.47, "price ($)"},
		{"another source's figure for the same crowd counts the same people", "fr", "2022-11-18",
			"Grève\n\nLes enseignants ont fait grève jeudi. À Zorgville, le cortège a réuni 9 500 manifestants selon la préfecture de police, 35 000 selon les organisateurs.",
			35000, "manifestant"},
		{"but a level in metres is no price", "en", "2016-04-20",
			"Canal drought\n\nLake Zorgun stood at 24.9 metres above sea level on Tuesday.",
			24.9, "!price (m)"},
		{"nor the subject's own measure", "en", "2024-03-04",
			"Results\n\nZorgon's revenue rose 5% to $2.1 billion in the third quarter.",
			2.1e9, "revenue ($)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, c.date, c.text, c.value)
			if !ok {
				return
			}
			if not, neg := strings.CutPrefix(c.want, "!"); neg && cl.Measure == not || !neg && cl.Measure != c.want {
				t.Errorf("measure %q, want %q", cl.Measure, c.want)
			}
		})
	}
}

// TestSession32NoEvent: words the tagger read as verbs that are nouns make
// no event.
func TestSession32NoEvent(t *testing.T) {
	runNoEventCases(t, []noEventCase{
		{"fr", "2024-03-04", "Choléra au Tchad\n\nLe Tchad a enregistré 45 nouveaux cas de choléra cette semaine, selon le ministère de la Santé.", "choléra"},
		// «le mètre carré», "square metre": a unit, no verb (session 36).
		{"fr", "2025-02-20", "Immobilier à Paris\n\nLe prix moyen des logements anciens à Paris s'est établi à 9 430 euros le mètre carré au quatrième trimestre 2024.", "carré"},
	})
}

// noEventCase is an invented text and a word no event's label may hold.
type noEventCase struct{ lang, date, text, word string }

// runNoEventCases checks that no event of each case's text holds its word.
func runNoEventCases(t *testing.T, cases []noEventCase) {
	t.Helper()
	for _, c := range cases {
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if !cl.HasValue && strings.Contains(cl.Label, c.word) {
				t.Errorf("%q: event %q", c.text, cl.Label)
			}
		}
	}
}

// TestSession32SourcesDisagree: one article that gives two sources'
// figures for the same thing states their disagreement, each figure said
// by the source named right after it.
func TestSession32SourcesDisagree(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		saidBy           map[float64]string
	}{
		{"fr", "2022-11-18", "Grève des enseignants\n\nLes enseignants ont fait grève jeudi. À Zorgville, le cortège a réuni 9 500 manifestants selon la préfecture de police, 35 000 selon la CGT.",
			map[float64]string{9500: "préfecture de police", 35000: "CGT"}},
		{"en", "2024-10-09", "Teachers strike\n\nThe Zorgland Teachers Federation held a rally outside parliament on Tuesday. About 8,000 people attended the rally, according to the Zorgland Teachers Federation, while 5,500 attended it according to Zorgland Police.",
			map[float64]string{8000: "Zorgland Teachers Federation", 5500: "Zorgland Police"}},
	} {
		tl := buildText(t, c.lang, c.date, c.text)
		for _, cl := range tl.Claims {
			if want, ok := c.saidBy[cl.Value]; ok && cl.SaidBy != want {
				t.Errorf("%v said by %q, want %q", cl.Value, cl.SaidBy, want)
			}
		}
		found := false
		for _, e := range tl.Events {
			if _, ok := c.saidBy[e.Value]; ok && len(e.Conflicts) > 0 {
				found = true
				for _, k := range e.Conflicts {
					if k.Kind == ConflictAttribution {
						t.Errorf("%q: two sources' own figures state who said them wrongly: %s", c.text, k.Summary)
					}
					if k.Kind == ConflictValue && !strings.Contains(k.Summary, c.saidBy[e.Value]) {
						t.Errorf("%q: the disagreement does not name its sources: %s", c.text, k.Summary)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no event states that the sources disagree", c.text)
		}
	}
}

// subjectCase is a figure of an invented text and the subject it is to
// have: want, or, when want is "", anything but bad.
type subjectCase struct {
	name, lang, date, text string
	value                  float64
	want, bad              string
}

// runSubjectCases checks each case's figure's subject.
func runSubjectCases(t *testing.T, cases []subjectCase) {
	t.Helper()
	eachSubjectCase(t, cases, func(t *testing.T, c subjectCase, cl Claim) {
		if c.want != "" && cl.Subject != c.want {
			t.Errorf("subject %q, want %q", cl.Subject, c.want)
		}
	})
}

// eachSubjectCase runs check on each case's figure, in a subtest of the
// case's name, then checks the subject is not the case's bad one.
func eachSubjectCase(t *testing.T, cases []subjectCase, check func(*testing.T, subjectCase, Claim)) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, c.date, c.text, c.value)
			if !ok {
				return
			}
			check(t, c, cl)
			if c.bad != "" && cl.Subject == c.bad {
				t.Errorf("subject %q", cl.Subject)
			}
		})
	}
}

// dateCase is a figure of an invented text and the date it is to have
// (dateOrAsOf's form).
type dateCase struct {
	name, lang, date, text string
	value                  float64
	want                   string
}

// runDateCases checks each case's figure's date.
func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		figureSubtest(t, c.name, c.lang, c.date, c.text, c.value, func(t *testing.T, cl Claim) {
			if got := dateOrAsOf(cl); got != c.want {
				t.Errorf("date %s, want %s", got, c.want)
			}
		})
	}
}

// figureSubtest runs check, in a subtest named name, on the figure of
// value v that the invented text yields (the subtest fails when there is
// none).
func figureSubtest(t *testing.T, name, lang, date, text string, v float64, check func(*testing.T, Claim)) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		if cl, ok := figureOf(t, lang, date, text, v); ok {
			check(t, cl)
		}
	})
}

// eventCase is an event of an invented text, found by a word of its label
// (or quote), and the subject it is to have; quoted, when set, is a word
// the event's quote must hold too.
type eventCase struct {
	name, lang, date, text string
	verb, want, quoted     string
}

// runEventCases checks each case's events' subjects.
func runEventCases(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
				in := cl.Label
				if c.quoted != "" {
					in += " " + cl.Quote
				}
				if !cl.HasValue && strings.Contains(in, c.verb) && strings.Contains(cl.Quote, c.quoted) {
					found = true
					if cl.Subject != c.want {
						t.Errorf("%q: subject %q, want %q", cl.Label, cl.Subject, c.want)
					}
				}
			}
			if !found {
				t.Errorf("no event of %q", c.verb)
			}
		})
	}
}
