package model

import (
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// TestSession38Subjects: who a figure is about, rule by rule.
func TestSession38Subjects(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		// a participle after a comma shares the subject of the clause
		// before, even when that clause reaches back over an apposition
		// that names a place: not Finland.
		{"participle after apposition", "en", "2024-02-28", "Insurer posts strong return\n\nKestrel Pension, Finland's second-largest pension insurer, said on Wednesday its investments returned 9.8% in 2023, rebounding from a loss of 5.1% in 2022.", 5.1, "Kestrel Pension", ""},
		// a bare noun that is its clause's subject, rather than the
		// person who speaks of it after the figure (not in a quote).
		{"bare thing, not its speaker", "en", "2025-02-13", "Northline punctuality falls\n\nNorthline Rail said punctuality fell to 84.1% in the final quarter of 2024.\n\nUnder the plan, compensation will rise to 25% of the ticket price from 15%, transport secretary Daniel Reeve said.", 25, "compensation", ""},
		// a name after "chief executive of" is the role's organisation, not
		// a person's name, so the company keeps its whole name.
		{"name after a role's of", "en", "2025-02-11", "Thames Water fined\n\nBritain's water regulator Ofwat on Tuesday fined Thames Water a record 122.7 million pounds.\n\nUnited Utilities ranked worst among the major companies by the number of spills, followed by Yorkshire Water and Thames.\n\nChris Weston, chief executive of Thames Water, said the company was deeply sorry.", 122.7e6, "Thames Water", ""},
		// a place a preposition of direction or exclusion brings into the
		// subject's phrase is not its subject: the name that opens the
		// phrase is, else the phrase.
		{"name before exports to a place", "en", "2025-02-11", "EU steelmakers hit by tariffs\n\nEU steel exports to the US were worth 5.6 billion euros last year.", 5.6e9, "EU", ""},
		{"salaries outside a place", "en", "2024-07-30", "Teachers' pay\n\nStarting salaries outside London will rise to 31,650 pounds.", 31650, "salaries outside London", ""},
		{"exports vers a place", "fr", "2025-02-11", "Commerce extérieur\n\nLes exportations de vin vers la Chine ont reculé de 8 % en 2024, selon les douanes.", 8, "exportations de vin vers la Chine", ""},
		// a statistic a body forecasts («prévoit que…», "expects that…",
		// «anticipe un taux de…») is the place's the report is about, by
		// the body's forecast.
		{"forecast that clause", "fr", "2025-01-31", "Chômage : le taux remonte\n\nLe taux de chômage en France a atteint 7,3 % au quatrième trimestre 2024, selon l'Insee.\n\nLa Banque de France prévoit que le taux de chômage atteindra 7,8 % à la mi-2026, avant de refluer.", 7.8, "France", ""},
		{"forecast a bare rate", "fr", "2025-01-31", "Chômage : le taux remonte\n\nLe taux de chômage en France a atteint 7,3 % au quatrième trimestre 2024, selon l'Insee.\n\nL'OFCE est plus pessimiste, tandis que l'Insee anticipe un taux de 7,6 % au deuxième trimestre 2025.", 7.6, "France", ""},
		{"forecast that clause, en", "en", "2025-04-10", "Japan inflation rises\n\nInflation in Japan rose to 3.1% in March, the statistics office said on Thursday.\n\nThe Bank of Japan expects that inflation will ease to 2.4% in 2026.", 2.4, "Japan", ""},
		// a verb coordinated after a modal («et pourraient dépasser»)
		// shares the first verb's subject, not its object.
		{"coordinated after a modal", "fr", "2024-07-30", "Retards en hausse\n\nSelon Airlines for Europe, les retards du contrôle aérien ont coûté 2,1 milliards d'euros aux compagnies en 2023 et pourraient dépasser 2,5 milliards d'euros cette année.", 2.5e9, "contrôle aérien", ""},
		// a thing's phrase starts after the words that bring it in ("who
		// said", "with").
		{"thing after said", "en", "2024-07-30", "Pay deal\n\nNHS doctors were offered a 22% pay rise on Monday, in a package announced by Chancellor Rachel Reeves, who said the public sector pay awards would cost 9.4 billion pounds in total this year.", 9.4e9, "the public sector pay awards", ""},
		{"thing after with", "en", "2024-07-30", "Bank outlook\n\nMoody's said that it expected the profitability of large French banks to decline slightly in 2025, with return on equity falling to around 9% from 9.5% last year.", 9.5, "return on equity", ""},
		// a noun with an adjective the name lacks is another thing than
		// the name that ends with the noun.
		{"noun and adjective not the name", "fr", "2025-02-14", "Chômage\n\nFrance Travail, l'ancien Pôle emploi, a publié fin janvier ses propres chiffres.\n\nSelon l'Urssaf, l'emploi salarié privé a reculé de 0,1 % au quatrième trimestre, soit 25 800 postes détruits.", 0.1, "", "Pôle emploi"},
		// the dead a disease named by a compound kill are the disease's,
		// not the article's company's.
		{"disease compound kills", "en", "2024-06-03", "Halvora drug cuts risk of death\n\nAn experimental lung cancer drug developed by Danish biotech Halvora Pharma reduced the risk of death by 32%.\n\nLung cancer is the leading cause of cancer death worldwide, killing about 1.8 million people in 2022, according to the World Health Organization.", 1.8e6, "Lung cancer", ""},
		// «dont» after a phrase of common nouns stands for the phrase.
		{"dont after a noun phrase", "fr", "2025-02-10", "Le marché du vélo recule\n\nLes ventes de vélos électriques ont reculé de 11 % en France en 2024, à 656 000 unités.\n\nLes vélos cargo, dont les ventes ont progressé de 9 % à 38 000 exemplaires, font figure d'exception.", 9, "Les vélos cargo", ""},
		{"hors de a place", "fr", "2025-09-10", "Vélos en libre-service\n\nLes trajets en vélo en libre-service hors de Paris ont progressé de 23 % en 2024.", 23, "trajets en vélo en libre-service hors de Paris", ""},
		{"en dehors de a place", "fr", "2025-09-10", "Salaires\n\nLes salaires en dehors de Lyon ont augmenté de 3 %.", 3, "salaires en dehors de Lyon", ""},
		{"en a place stays", "fr", "2025-09-10", "Ventes\n\nLes ventes en France ont reculé de 4 %.", 4, "France", ""},
		// the thing a body forecasts in a clause «que», "that" opens is
		// the figure's subject, not the body.
		{"forecast of a thing", "en", "2025-02-05", "Cyber spending rises\n\nResearch firm Gartner expects that global spending on information security will reach $212 billion in 2025.", 212e9, "global spending on information security", ""},
		// a group's words stop before the verb that governs the
		// infinitive, and start after the words that report it.
		{"group before prévoit de", "fr", "2025-03-12", "Billets : la taxe augmente\n\nLe gouvernement prévoit de relever la taxe spéciale additionnelle sur les billets à 11 % à partir du 1er juillet.", 11, "Le gouvernement", ""},
		{"group after say", "en", "2021-01-20", "Extradition ruling\n\nU.S. prosecutors say investors lost about $230 million when Quillpay collapsed in November 2018.", 230e6, "investors", ""},
		// figures with decimal points are a list too ("2.2% and 1.9%,
		// respectively").
		{"respectively with decimals", "en", "2025-02-05", "Cruise shares rise\n\nShares of rivals Royal Caribbean and Norwegian Cruise Line rose 2.2% and 1.9%, respectively.", 1.9, "Norwegian Cruise Line", ""},
		// a place after "its" in the subject's phrase is where, the
		// possessive's owner whose.
		{"its place division", "en", "2024-06-03", "Bus strike\n\nCalder reported last month that its UK bus division made an operating profit of 48 million pounds in the year to March.", 48e6, "Calder", ""},
		// a count in brackets after a name, set against one of the same
		// noun before, is the name's.
		{"bracketed count after a name", "fr", "2025-03-12", "Fromages : les exportations progressent\n\nLa Belgique reste le premier débouché, avec 96 000 tonnes en 2024, devant l'Allemagne (81 000 tonnes) et l'Italie (52 000 tonnes).", 81000, "Allemagne", ""},
		{"participle after apposition, fr", "fr", "2024-02-28", "Résultats\n\nDorvane, le premier assureur belge, a annoncé mercredi que son bénéfice avait atteint 1,2 milliard d'euros en 2023, dépassant les 900 millions de l'année précédente.", 9e8, "Dorvane", ""},
	})
}

// TestSession38Dates: when a figure is, rule by rule.
func TestSession38Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		// a level of a year a share is of («98 % de son niveau de 2019»,
		// "115% of its 2019 level") and a period after "from" and "the
		// same" or a figure ("up by 9,100 from the same period of 2023")
		// are bases set against: the figure is of the clause's period.
		{"share of a year's level", "fr", "2024-03-05", "La fréquentation touristique\n\nParis a accueilli 44 millions de visiteurs en 2023, soit 98 % de son niveau de 2019, selon l'office du tourisme.", 98, "2023"},
		{"share of its year level", "en", "2025-02-13", "Tourism\n\nJapan welcomed 36.9 million visitors in 2024, or 115% of its 2019 level, the tourism agency said.", 115, "2024"},
		{"from the same period of", "en", "2025-02-13", "Rail cancellations\n\nNorthline cancelled 38,400 services in the final quarter of 2024, up by 9,100 from the same period of 2023.", 9100, "2024-10/2024-12"},
		// a figure in the same unit, told in the past in the sentence
		// right after, is of the same period, whoever it is of; not after
		// a look a year back.
		{"same unit right after", "en", "2025-02-11", "EU steelmakers hit by tariffs\n\nCrude steel output in the EU fell 2.6% in 2024 to 129.5 million tonnes, data from the World Steel Association showed. Germany, the bloc's largest producer, made 37.2 million tonnes, followed by Italy with 20.0 million tonnes.", 37.2e6, "2024"},
		{"same unit in an outlook", "en", "2024-06-03", "Bus strike\n\nCalder reported last month that its UK bus division made an operating profit of 48 million pounds in the year to March, down from 55 million pounds a year earlier, as driver costs rose 11%.\n\nAnalysts at Redmere Securities said a prolonged strike could reduce Calder's full-year profit by 3 to 4 million pounds.", 4e6, "as of 2024-06-03"},
		// an age told in the present is as of the article, whatever
		// statistics came before.
		{"age in the present", "fr", "2024-10-03", "Huile d'olive\n\nLa production espagnole a chuté de 34 % en 2023, selon l'INE. L'âge médian des oléiculteurs espagnols est de 61 ans, selon le dernier recensement agricole.", 61, "as of 2024-10-03"},
		// the day a source cited after the figure was published is the
		// source's, not the figure's.
		{"cited source published in", "en", "2025-05-21", "Thames Water fined\n\nBills are set to increase by a further 35% over the next five years, according to Ofwat's final determinations published in December.", 35, "as of 2025-05-21"},
		{"same unit after a look back", "fr", "2018-11-06", "Carburants\n\nLe gazole a gagné 23 % en un an : un an plus tôt, il se négociait à 1,2476 euro le litre. Le sans-plomb 95-E10 s'affichait à 1,5237 euro, en hausse de 14 % sur un an.", 1.5237, "as of 2018-11-06"},
		// a move told in the past right after a sentence that tells the
		// day shares traded is of that day.
		{"moves after the day of trading", "en", "2025-02-11", "EU steelmakers hit by tariffs\n\nShares in European steelmakers fell sharply on Monday. Salzgitter dropped 5.4%, while Voestalpine lost 3.9% and ArcelorMittal ended 2.8% lower in Amsterdam.", 2.8, "2025-02-10"},
		{"moves after the day of trading, fr", "fr", "2025-02-11", "Les banques chutent\n\nLes actions des banques européennes ont reculé lundi. Sorvane a perdu 3,2 % à Paris.", 3.2, "2025-02-10"},
		// "from a year earlier to 422,600 dollars" starts no stretch;
		// «par rapport à l'édition 2023» and «comparable à celui de 2023»
		// set another time against the figure.
		{"from a year earlier to an amount", "en", "2024-09-18", "Home sales\n\nThe National Association of Realtors reported last month that existing home sales rose 1.3% in July, while the median price climbed 4.2% from a year earlier to 422,600 dollars.", 4.2, "2024-07"},
		{"par rapport à l'édition", "fr", "2024-07-22", "Tour de France : audience record\n\nLe Tour de France a réuni en moyenne 4,1 millions de téléspectateurs, a annoncé lundi France Télévisions. L'audience moyenne est en hausse de 6 % par rapport à l'édition 2023.", 6, "as of 2024-07-22"},
		{"comparable à celui de", "fr", "2024-07-22", "Tour de France : audience record\n\nLe Tour a attiré 12 millions de spectateurs au bord des routes, un chiffre comparable à celui de 2023.", 12e6, "as of 2024-07-22"},
		// "the quarter" is not a year-earlier quarter set against.
		{"the quarter after a year earlier", "en", "2025-02-05", "Cruise results\n\nRevenue rose to $4.1 billion in the fourth quarter, from $3.6 billion a year earlier. Net yields climbed 7.1% in the quarter.", 7.1, "2024-10/2024-12"},
		// a fronted date has the tense of the clause after its comma, and
		// «de fin d'année» after a noun is a kind of thing, no time.
		{"fronted quarter", "fr", "2025-01-08", "Cinéma : fréquentation en hausse\n\nAu quatrième trimestre, les entrées ont progressé de 6,2 % sur un an, portées par les sorties de fin d'année.", 6.2, "2024-10/2024-12"},
		// a date right after another figure is that figure's when one
		// also follows this figure.
		{"from a figure and its year", "en", "2025-02-05", "Data breaches\n\nThe average cost of a data breach in Britain rose to 3.58 million pounds in 2024 from 3.4 million pounds in 2023, according to IBM.", 3.4e6, "2023"},
		{"to a figure and its year", "en", "2025-02-05", "Data breaches\n\nThe average cost of a data breach in Britain rose to 3.58 million pounds in 2024 from 3.4 million pounds in 2023, according to IBM.", 3.58e6, "2024"},
		// a date after "at the" another figure is that figure's too; a
		// share set against a loss a year earlier is of the year before
		// the loss's period, which has no 29 February.
		{"from a figure at the end of", "en", "2024-07-31", "Holvern debt\n\nHolvern's net debt rose to 9.4 billion francs at the end of June from 8.7 billion francs at the end of December.", 8.7e9, "2023-12-21/2023-12-31"},
		{"contre un an plus tôt after a loss", "fr", "2024-05-14", "Abeilles : mortalité en hausse\n\nLes apiculteurs français ont perdu 29,6 % de leurs colonies au cours de l'hiver 2023-2024, contre 21,3 % un an plus tôt.", 21.3, "2022-12/2023-02"},
		{"from the peak of", "en", "2025-02-13", "Steel output\n\nZorgland produced 31 million tonnes of steel in 2024, down 4% from the peak of 2021.", 4, "2024"},
	})
}

// TestSession38Events: the events of verbs, rule by rule.
func TestSession38Events(t *testing.T) {
	// "depuis 2009" after «sa meilleure performance» says since when it
	// is a record, not when the verb's act was.
	c := buildText(t, "fr", "2024-07-22", "Tour de France : audience record\n\nFrance Télévisions revendique sa meilleure performance depuis 2009, avec une part d'audience de 41 %.")
	for _, cl := range c.Claims {
		if cl.Date.String() == "2009" {
			t.Errorf("%q dated 2009: a record's start", cl.Label)
		}
	}
}

// TestSession38MeasuredTimes: a length of time that is a measure's value
// (an age, a life expectancy, a median survival, a rate per flight) is a
// figure; one that tells a period or who people are is not.
func TestSession38MeasuredTimes(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2024-06-03", "Drug extends survival\n\nPatients taking velantumab lived a median of 22.4 months, against 15.1 months for those on chemotherapy, the company said on Monday.", 22.4, "median"},
		{"en", "2024-06-03", "Drug extends survival\n\nPatients taking velantumab lived a median of 22.4 months, against 15.1 months for those on chemotherapy, the company said on Monday.", 15.1, "median"},
		{"fr", "2025-01-14", "Natalité\n\nL'âge moyen des mères à l'accouchement s'établit à 31,2 ans en 2024, contre 29,8 ans il y a vingt ans.", 31.2, "age"},
		{"fr", "2025-01-14", "Natalité\n\nL'espérance de vie à la naissance atteint 85,6 ans pour les femmes et 80,0 ans pour les hommes.", 80, "esperance de vie"},
		{"fr", "2024-09-04", "Contrôle aérien\n\nLes retards ont atteint en moyenne 2,3 minutes par vol en juillet.", 2.3, "minutes par vol"},
	})
	// what the length of time measures is of, as written (review 38b).
	runSubjectCases(t, []subjectCase{
		{"complement of the age", "en", "2025-01-14", "Shipyards\n\nGreece ordered 12 tankers last year.\n\nThe median age of production workers at the country's three largest yards has risen to 51 years, from 44 in 2015, the labour ministry said in a report last month.", 51, "production workers at the country's three largest yards", "Greece"},
		{"subject of a median", "en", "2024-08-14", "Salmon farming\n\nFjordlaks raised its output by 4% last year.\n\nSalmon now spend a median of 16 months in sea pens before harvest, the institute said.", 16, "Salmon", "Fjordlaks"},
		{"âge médian des", "fr", "2024-05-14", "Musées\n\nLe Louvre a accueilli 8,7 millions de visiteurs en 2024.\n\nL'âge médian des visiteurs du Louvre est de 29 ans, selon une étude publiée en mai.", 29, "visiteurs du Louvre", ""},
		{"dont l'âge médian", "fr", "2025-09-10", "Vélib\n\nLes abonnés sont 475 000, dont l'âge médian est de 34 ans.", 34, "Les abonnés", ""},
	})
	for _, c := range []struct {
		lang, date, text string
		value            float64
	}{
		{"en", "2025-01-20", "Obesity\n\nLife expectancy for people with severe obesity is up to 10 years shorter than for the general population.", 10},
		{"fr", "2025-01-14", "Natalité\n\nLa baisse s'explique par la diminution du nombre de femmes âgées de 20 à 35 ans.", 35},
		{"fr", "2009-05-04", "Marée noire\n\nLe navire avait été immobilisé trois jours à Gdansk en 2009.", 3},
		{"fr", "2019-09-04", "Tourisme\n\nLe taux d'occupation des hôtels a atteint 78 % en moyenne sur les deux mois.", 2},
		{"en", "2024-06-03", "Talks\n\nThe average wage rose 3% after talks that went on for six months.", 6},
	} {
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if cl.HasValue && cl.Value == c.value {
				t.Errorf("%q: a claim of %v (%q), no measure's value", c.text, c.value, cl.Label)
			}
		}
	}
}

// TestSession38EventSubjects: whose an event is.
func TestSession38EventSubjects(t *testing.T) {
	runEventCases(t, []eventCase{
		// a verb after "whose" and its noun phrase is the owner's.
		{"whose phrase", "en", "2024-07-09", "Zoo attendance rises\n\nChester Zoo, whose new Sumatran tiger habitat opened in May, welcomed 2.1 million visitors in 2023.", "opened", "Chester Zoo", ""},
	})
}

// TestSession38StateVerbs: a verb of state («reste», "remains") says
// nothing of what an amount in its clause is.
func TestSession38StateVerbs(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"fr", "2024-11-29", "Fromages : les exportations reculent\n\nLa Belgique reste le premier débouché, avec 96 000 tonnes sur neuf mois.", 96000, ""},
		{"en", "2024-11-29", "Cheese exports\n\nBelgium remains the biggest market, with 96,000 tonnes in nine months.", 96000, ""},
	})
}

// TestSession38Sources: who says a figure, rule by rule.
func TestSession38Sources(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// a family name's particles go on with the name after a title of
		// several words, and after a given name that opens the sentence.
		{"particle after a long title", "en", "2025-03-05", "EU defence fund\n\nEuropean Commission President Ursula von der Leyen said on Tuesday the EU would raise 150 billion euros for defence.", 150e9, "Ursula von der Leyen"},
		{"particle at the start", "en", "2025-03-05", "EU defence fund\n\nUrsula von der Leyen said on Tuesday the EU would raise 150 billion euros for defence.", 150e9, "Ursula von der Leyen"},
		{"hyphenated given name and particle at the start", "fr", "2024-12-11", "Pêche : aides\n\nMarie-Hélène de Villiers a annoncé mardi 42 millions d'euros d'aides aux pêcheurs.", 42e6, "Marie-Hélène de Villiers"},
		{"de at the start", "fr", "2025-03-05", "Nucléaire\n\nCharles de Gaulle a annoncé mardi que la France consacrerait 150 milliards d'euros à la défense.", 150e9, "Charles de Gaulle"},
	})
}

// TestSession38TermAbbreviations: letters in brackets after words whose
// first is capitalised, however many, are a body's name, not a term's.
func TestSession38TermAbbreviations(t *testing.T) {
	for _, c := range []struct {
		text, abbr string
		term       bool
	}{
		{"La Direction générale de l'aviation civile (DGAC) conteste ces chiffres.", "DGAC", false},
		{"Le produit intérieur brut (PIB) a progressé.", "PIB", true},
		{"They are counted in twenty-foot equivalent units (TEU) each year.", "TEU", true},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		k := -1
		for i, tk := range toks {
			if tk.Text == c.abbr {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%q: no %s", c.text, c.abbr)
		}
		if got := termAbbreviation(toks, mention{tok: k, end: k + 1}); got != c.term {
			t.Errorf("%q: term %v, want %v", c.text, got, c.term)
		}
	}
}

// TestSession38ForecastBase: the figure a forecast is set against ("from
// 26% in 2024") is the result it was, not expected.
func TestSession38ForecastBase(t *testing.T) {
	figureSubtest(t, "base of a forecast", "en", "2025-02-05", "Obesity drug sales\n\nHalvorsen expects that sales growth will slow to between 16% and 24% this year, from 26% in 2024.", 26, func(t *testing.T, cl Claim) {
		if strings.Contains(cl.Measure, "expected") {
			t.Errorf("measure %q: the base is no forecast", cl.Measure)
		}
	})
}
