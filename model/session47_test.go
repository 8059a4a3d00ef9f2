package model

import (
	"strings"
	"testing"
)

// TestSession47AnotherSourcesCount: a source that gives its own count of
// what was counted just before, with the pronoun «en» («la CGT en
// revendiquait 20 000») or a verb of counting («La police a compté…»),
// says that count; it is of what the figure before counts, of the same
// time, not the source's own.
func TestSession47AnotherSourcesCount(t *testing.T) {
	const rennes = "Retraites : mobilisation à Rennes\n\nPlusieurs milliers de personnes ont manifesté mardi à Rennes. Le cortège a réuni 8 000 manifestants selon la préfecture, la CGT en revendiquait 20 000.\n\n" +
		"À Brest, le cortège a réuni 4 500 manifestants mardi selon les organisateurs. La police en a compté 3 000."
	const greve = "Grève dans les hôpitaux\n\nQuelque 27 % des personnels des hôpitaux publics ont cessé le travail mardi, selon l'intersyndicale.\n\n" +
		"Les hôpitaux publics ont compté 12 000 grévistes mardi, selon les syndicats. Le ministère de la Santé a pour sa part dénombré 7 500 grévistes."
	for _, c := range []struct {
		name, text    string
		value         float64
		subject, said string
		date          string
	}{
		{"en, same sentence", rennes, 20000, "Le cortège", "CGT", "2026-03-10"},
		{"en, next sentence", rennes, 3000, "le cortège", "police", "2026-03-10"},
		{"counted", greve, 7500, "Les hôpitaux publics", "ministère de la Santé", "2026-03-10"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "fr", "2026-03-12", c.text, c.value)
			if !ok {
				return
			}
			if cl.Subject != c.subject || cl.SaidBy != c.said || cl.Date.String() != c.date || cl.Unsure {
				t.Errorf("subject %q said by %q on %s (unsure %v), want %q said by %q on %s", cl.Subject, cl.SaidBy, cl.Date, cl.Unsure, c.subject, c.said, c.date)
			}
		})
	}
	// Neither the gerund nor the preposition «en» makes a figure another
	// source's count.
	const cac = "Bourse\n\nLe titre Zorgon a gagné 3 % mardi, dans un CAC 40 en progression de 0,6 %. Le résultat net recule en revanche de 11 %."
	for _, v := range []float64{0.6, 11} {
		if cl, ok := figureOf(t, "fr", "2026-03-12", cac, v); ok && cl.SaidBy != "" {
			t.Errorf("%v said by %q", v, cl.SaidBy)
		}
	}
}

// TestSession47SmallCountOfAnotherSource: a small bare count that another
// source gives, set after the first between commas, counts what the first
// counts, of the same subject («200 éleveurs selon les organisateurs, 80
// selon la gendarmerie»).
func TestSession47SmallCountOfAnotherSource(t *testing.T) {
	const text = "Blocage d'une usine\n\nQuelque 200 éleveurs ont bloqué mardi l'usine Zorlait selon les organisateurs, 80 selon la gendarmerie."
	cl, ok := figureOf(t, "fr", "2026-06-15", text, 80)
	if !ok {
		return
	}
	first, _ := figureOf(t, "fr", "2026-06-15", text, 200)
	if cl.SaidBy != "gendarmerie" || cl.Subject != first.Subject || cl.Measure != first.Measure {
		t.Errorf("80: %q %q said by %q; the first: %q %q", cl.Subject, cl.Measure, cl.SaidBy, first.Subject, first.Measure)
	}
}

// TestSession47GappedName: a figure with no verb of its own, right after a
// name that "and", "followed by" or a verb of placing sets there, is that
// name's, not the subject's of the figure before it.
func TestSession47GappedName(t *testing.T) {
	const text = "Poll puts Socialists ahead\n\nIn the last national election, in May 2025, the Democratic Alliance won 32.1% of the vote and the Socialists 23.4%.\n\n" +
		"A survey by the Zorgland institute put the Socialists on 31% and the centre-right Democratic Alliance on 28%.\n\n" +
		"The far-right Chega party was third on 17%, followed by the Liberal Initiative on 7%."
	runSubjectCases(t, []subjectCase{
		{"and", "en", "2026-11-05", text, 23.4, "Socialists", ""},
		{"put … on", "en", "2026-11-05", text, 31, "Socialists", ""},
		{"and … on", "en", "2026-11-05", text, 28, "Democratic Alliance", ""},
		{"followed by", "en", "2026-11-05", text, 7, "Liberal Initiative", ""},
	})
}

// TestSession47NamedClauseHasItsOwnSource: a clause that "and" joins with a
// named subject and a verb of its own is not the words the verb of saying
// before reports.
func TestSession47NamedClauseHasItsOwnSource(t *testing.T) {
	const text = "Aid arrives in Peru\n\nThe World Bank said on Tuesday it would release $200 million in emergency financing, and the European Union pledged 25 million euros on Wednesday."
	if cl, ok := figureOf(t, "en", "2026-03-12", text, 200000000); ok && cl.SaidBy != "World Bank" {
		t.Errorf("$200 million said by %q", cl.SaidBy)
	}
	if cl, ok := figureOf(t, "en", "2026-03-12", text, 25000000); ok && cl.SaidBy == "World Bank" {
		t.Errorf("the EU's pledge said by %q", cl.SaidBy)
	}
}

// TestSession47BoundsInWords: "no more than" is a ceiling, "as many as" an
// upper bound, and a figure after "at as many as" is still the measure a
// verb of placing sets.
func TestSession47BoundsInWords(t *testing.T) {
	for _, c := range []struct {
		text, measure string
		value         float64
		want          Qualifier
	}{
		{"Patent trial\n\nThe company's expert told jurors that damages should be no more than $35 million.", "", 35000000, AtMost},
		{"Water outage\n\nThe emergency office put the number of people affected at as many as 90,000.", "people", 90000, AtMost},
	} {
		cl, ok := figureOf(t, "en", "2026-02-17", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Qualifier != c.want || c.measure != "" && !strings.Contains(cl.Measure, c.measure) {
			t.Errorf("%v: %q %q, want %q %q", c.value, cl.Qualifier, cl.Measure, c.want, c.measure)
		}
	}
}

// TestSession47ChangeAfterItsFigure: a change set after a comma behind a
// dated figure ("…en 2025, en retrait de 4 % sur un an", ", up 18%") is of
// the figure's period.
func TestSession47ChangeAfterItsFigure(t *testing.T) {
	runDateCases(t, []dateCase{
		{"en retrait", "fr", "2026-09-25", "Champagne\n\nLes maisons de champagne ont réalisé un chiffre d'affaires de 5,7 milliards d'euros en 2025, en retrait de 4 % sur un an.", 4, "2025"},
		{"up", "en", "2026-07-23", "Zorgames\n\nZorgames reported revenue of $412 million in 2025, up 18% from a year earlier.", 18, "2025"},
	})
}

// TestSession47QuarterOfAForecast: a quarter a forecast is of is the
// coming one, not the last that ended.
func TestSession47QuarterOfAForecast(t *testing.T) {
	runDateCases(t, []dateCase{
		{"forecast", "en", "2026-09-10", "Copper hits record\n\nGoldman Sachs raised its fourth-quarter copper price forecast to $12,000 a ton from $10,900.", 12000, "2026-10/2026-12"},
	})
}

// TestSession47CompanyIsNoCitedSource: "the company" after a sentence that
// named an organisation only as the source it cites stands for the
// article's company, not that source.
func TestSession47CompanyIsNoCitedSource(t *testing.T) {
	const text = "Streamflix beats forecasts\n\nStreamflix added 6.2 million paid subscribers in the second quarter, the company said on Monday.\n\n" +
		"Analysts had expected 4.8 million net additions, according to Zorgdata figures. A year earlier, the company added 8.1 million subscribers."
	runSubjectCases(t, []subjectCase{{"the company", "en", "2026-07-21", text, 8100000, "Streamflix", "Zorgdata"}})
}

// TestSession47NameOfAnEvent: a capitalised common noun after an article
// that goes on with «de l'», «de la», «du» and a capitalised name is one
// name («le Mondial de l'Automobile», «la Cité de l'Espace»).
func TestSession47NameOfAnEvent(t *testing.T) {
	const text = "Salons\n\nLe Mondial de l'Automobile de Paris a accueilli 412 000 visiteurs du 12 au 18 octobre.\n\nLa Cité de l'Espace a accueilli 300 000 visiteurs en 2025."
	runSubjectCases(t, []subjectCase{
		{"Mondial", "fr", "2026-10-20", text, 412000, "Mondial de l'Automobile de Paris", ""},
		{"Cité", "fr", "2026-10-20", text, 300000, "Cité de l'Espace", ""},
	})
}

// TestSession47WhatItHasNow: a figure a present verb of having gives
// ("has 14,000 employees", «compte 2 900 salariés») is as of the article,
// not dated by a later clause in the past of the same sentence.
func TestSession47WhatItHasNow(t *testing.T) {
	runDateCases(t, []dateCase{
		{"and reported", "en", "2026-10-08", "Velatek\n\nVelatek has about 14,000 employees and reported revenue of $5.3 billion last year.", 14000, "as of 2026-10-08"},
		{"its revenue", "en", "2026-10-08", "Velatek\n\nVelatek has about 14,000 employees and reported revenue of $5.3 billion last year.", 5.3e9, "2025"},
		{"après … qui a", "fr", "2026-07-23", "Zorgames\n\nZorgames compte 2 900 salariés, après un plan de départs qui a supprimé 350 postes l'an dernier.", 2900, "as of 2026-07-23"},
	})
}

// TestSession47RecordedWeather: a body that recorded the rain or the wind
// at a place is the source of the reading, which is the place's.
func TestSession47RecordedWeather(t *testing.T) {
	for _, c := range []struct {
		lang, text, subject, said, measure string
		value                              float64
	}{
		{"fr", "Inondations\n\nMétéo-France a relevé 180 millimètres de pluie à Agen entre mercredi et vendredi.", "Agen", "Météo-France", "pluie (mm)", 180},
		{"en", "Floods\n\nThe National Weather Service recorded 14 inches of rain in Houston.", "Houston", "National Weather Service", "rain (in)", 14},
	} {
		cl, ok := figureOf(t, c.lang, "2026-02-03", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Subject != c.subject || cl.SaidBy != c.said || cl.Measure != c.measure {
			t.Errorf("%v: %q %q said by %q, want %q %q said by %q", c.value, cl.Subject, cl.Measure, cl.SaidBy, c.subject, c.measure, c.said)
		}
	}
}

// TestSession47QuotedSourceOfItsOwn: a source after «selon» that no entity
// stands for (a collective named in quotation marks) is still the figure's,
// not the other side's named before it.
func TestSession47QuotedSourceOfItsOwn(t *testing.T) {
	const text = "Manifestation contre l'A147\n\nLes manifestants étaient 4 800 samedi selon la préfecture de la Vienne, 12 000 selon le collectif « Non à l'A147 », qui organisait le rassemblement."
	for v, want := range map[float64]string{4800: "préfecture de la Vienne", 12000: "collectif « Non à l'A147 »"} {
		if cl, ok := figureOf(t, "fr", "2026-06-15", text, v); ok && cl.SaidBy != want {
			t.Errorf("%v said by %q, want %q", v, cl.SaidBy, want)
		}
	}
}

// TestSession47PollSidesAndSources: "ahead of X on N" is X's; data a
// researcher published are that researcher's, not the last speaker's; an
// amount "a day" is a rate, and its measure says so.
func TestSession47PollSidesAndSources(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"ahead of", "en", "2026-11-05", "Vote\n\nThe SPD won 31.4 percent of the vote, ahead of the conservative Christian Democrats on 28.9 percent, according to the provisional count.", 28.9, "Christian Democrats", "SPD"},
	})
	const kantar = "Harwell's profit rises\n\nChief executive Priya Nandakumar said the results were strong. The group's market share rose to 7.4% in the 12 weeks to May 17 from 7.1% a year ago, according to data published on Tuesday by researcher Zorgpanel."
	if cl, ok := figureOf(t, "en", "2026-05-28", kantar, 7.4); ok && cl.SaidBy != "Zorgpanel" {
		t.Errorf("7.4%% said by %q", cl.SaidBy)
	}
	const strike = "Baltic Air strike\n\nChief executive Anna Lindqvist said on Tuesday the strike was costing the company around 90 million Swedish crowns ($9.4 million) a day."
	if cl, ok := figureOf(t, "en", "2026-04-23", strike, 90e6); ok && !strings.Contains(cl.Measure, "a day") {
		t.Errorf("90 million crowns: measure %q", cl.Measure)
	}
}

// TestSession47SourcesOwnCount: a share of strikers a source claims with
// no count before it is its own figure; «Comme», opening a sentence, is no
// name.
func TestSession47SourcesOwnCount(t *testing.T) {
	const text = "Grève\n\nComme souvent, le ministère et les syndicats livrent des chiffres éloignés.\n\nSelon le ministère, 24,7 % des professeurs des écoles ont cessé le travail mardi. Le SNUipp-FSU revendique 45 % de grévistes dans les écoles."
	if cl, ok := figureOf(t, "fr", "2026-01-29", text, 45); ok && cl.Subject != "SNUipp-FSU" {
		t.Errorf("45 %%: subject %q", cl.Subject)
	}
	for _, cl := range buildText(t, "fr", "2026-01-29", text).Claims {
		if cl.Subject == "Comme" || cl.SaidBy == "Comme" {
			t.Errorf("«Comme» read as a name: %q", cl.Label)
		}
	}
}

// TestSession47StrikeCrowd: in a story whose opening tells of people «en
// grève» on a day, a count of the march with no day of its own is of that
// day.
func TestSession47StrikeCrowd(t *testing.T) {
	runDateCases(t, []dateCase{
		{"en grève", "fr", "2026-01-29", "Grève des enseignants\n\nLes enseignants étaient en grève mardi dans toute la France contre les suppressions de postes.\n\n" +
			"Les syndicats dénoncent une saignée sans précédent pour l'école publique, qui perdrait selon eux des milliers de classes dans les zones rurales et dans les quartiers populaires. " +
			"Le ministère parle au contraire d'une réforme nécessaire, rendue inévitable par la baisse continue du nombre d'élèves dans le primaire depuis une dizaine d'années. " +
			"Les fédérations de parents d'élèves s'inquiètent de l'effet des fermetures sur les petites communes, où l'école est souvent le dernier service public encore ouvert. " +
			"Les directeurs d'école, eux, restent partagés entre la colère devant les suppressions et la lassitude face à des réformes successives jugées mal préparées.\n\n" +
			"À Paris, le cortège a réuni 12 000 personnes selon la préfecture de police.", 12000, "2026-01-27"},
	})
}

// TestSession47YearsAndRates: "profit for 2025 rose" is dated 2025 (a year
// «for» brings in before a verb in the past is no count); "a year earlier"
// makes no rate of the amount before it.
func TestSession47YearsAndRates(t *testing.T) {
	const text = "Lloyds results\n\nLloyds said its pre-tax profit for 2025 rose to 7.3 billion pounds, up 14% from 6.4 billion pounds a year earlier."
	runDateCases(t, []dateCase{{"for 2025", "en", "2026-02-12", text, 7.3e9, "2025"}})
	if cl, ok := figureOf(t, "en", "2026-02-12", text, 6.4e9); ok && strings.Contains(cl.Measure, "a year") {
		t.Errorf("6.4 billion: measure %q", cl.Measure)
	}
}

// TestSession47EstimateOfTheOtherSide: «l'évalue à», «la chiffrent à» after
// a figure, and «en recense» that the tagger reads as a noun, give another
// source's figure for the same thing, with that source.
func TestSession47EstimateOfTheOtherSide(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		subject string
		said    string
	}{
		{"Vie étudiante\n\nLe coût de la vie étudiante augmente de 3,9 % cette année selon l'Unef, alors que la Fage, l'autre grande organisation étudiante, l'évalue à 3,2 %.", 3.2, "la vie étudiante", "Fage"},
		{"Immobilier\n\nLes prix ont baissé de 6 % selon la Fnaim, tandis que les notaires la chiffrent à 3,5 %.", 3.5, "Les prix", "notaires"},
		{"Montagne\n\nLes secours ont réalisé 52 000 interventions sur les pistes selon Médecins de montagne, tandis que le Système national d'observation de la sécurité en montagne (SNOSM) en recense 48 000.", 48000, "Les secours", "SNOSM"},
	} {
		cl, ok := figureOf(t, "fr", "2026-09-16", c.text, c.value)
		if ok && (cl.Subject != c.subject || cl.SaidBy != c.said) {
			t.Errorf("%v: %q said by %q, want %q said by %q", c.value, cl.Subject, cl.SaidBy, c.subject, c.said)
		}
	}
}

// TestSession47ClubAfterItsLeague: "Championship club Southampton" names
// the club, not the city nor the league; "the club" after it is the club.
func TestSession47ClubAfterItsLeague(t *testing.T) {
	const text = "Southampton sold\n\nA U.S. consortium has agreed to buy Championship club Southampton in a deal valuing the club at 410 million pounds, the club said on Thursday."
	if cl, ok := figureOf(t, "en", "2026-11-05", text, 410e6); ok && (cl.Subject != "Southampton" || cl.SaidBy != "Southampton") {
		t.Errorf("410 million: %q said by %q", cl.Subject, cl.SaidBy)
	}
}

// TestSession47MissingBesideTheDead: a bare count of the missing after a
// count of the dead counts the same people, missing.
func TestSession47MissingBesideTheDead(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		word       string
	}{
		{"en", "Mine blast\n\nAt least 4 miners were killed and 9 were missing after a methane explosion at a coal mine in southern Zorgland.", 9, "missing"},
		{"fr", "Inondations\n\nQuatre personnes sont mortes et deux sont toujours portées disparues dans le Gers.", 2, "disparue"},
	} {
		if cl, ok := figureOf(t, c.lang, "2026-04-16", c.text, c.value); ok && !strings.Contains(cl.Measure, c.word) {
			t.Errorf("%v: measure %q", c.value, cl.Measure)
		}
	}
}

// TestSession47RateInTheLabel: the label says the period each amount is
// for after the amount («150 € par mois»), once.
func TestSession47RateInTheLabel(t *testing.T) {
	const text = "Grève TCL\n\nLe réseau TCL transporte en moyenne 1,8 million de voyageurs par jour."
	if cl, ok := figureOf(t, "fr", "2026-09-22", text, 1.8e6); ok && (!strings.HasSuffix(cl.Label, "voyageurs par jour") || strings.Count(cl.Label, "par jour") != 1) {
		t.Errorf("label %q", cl.Label)
	}
}

// TestSession47SignsOfShares: a share a candidate wins "with" is no rise
// («gagnant avec au moins 52 %»); «perdait 4,5 %» is a fall.
func TestSession47SignsOfShares(t *testing.T) {
	for _, c := range []struct {
		text string
		unit string
		v    float64
	}{
		{"Partielle\n\nUn sondage Ifop donnait M. Ménard gagnant avec au moins 52 % des intentions de vote.", "%", 52},
		{"Bourse\n\nL'action Carrefour perdait 4,5 % mercredi à la Bourse de Paris.", "−%", 4.5},
	} {
		if cl, ok := figureOf(t, "fr", "2026-06-15", c.text, c.v); ok && cl.Unit != c.unit {
			t.Errorf("%v: unit %q, want %q", c.v, cl.Unit, c.unit)
		}
	}
}

// TestSession47RateAfterWhatItIsOf: the period of a rate after what the
// unit is of («200 000 barils de brut par jour»), and per match.
func TestSession47RateAfterWhatItIsOf(t *testing.T) {
	for _, c := range []struct {
		text, rate string
		v          float64
	}{
		{"Raffinerie\n\nLa raffinerie Zorgpétrole traite 200 000 barils de brut par jour.", "par jour", 200000},
		{"Football\n\nLe club Zorg FC a attiré 24 800 spectateurs par match cette saison.", "par match", 24800},
	} {
		if cl, ok := figureOf(t, "fr", "2026-10-06", c.text, c.v); ok && !strings.Contains(cl.Measure, c.rate) {
			t.Errorf("%v: measure %q", c.v, cl.Measure)
		}
	}
}

// TestSession47SharesOfListsInBrackets: a share in brackets after a list
// or a party named by a noun phrase («de la liste écologiste (9 %)», «et
// de La France insoumise (8 %)») is that phrase's, not the subject's of
// the share before.
func TestSession47SharesOfListsInBrackets(t *testing.T) {
	const text = "Régionales\n\nLe candidat Paul Zorg recueillerait 31 % des voix, devant la liste écologiste (9 %) et La France insoumise (8 %)."
	runSubjectCases(t, []subjectCase{
		{"la liste écologiste", "fr", "2026-10-06", text, 9, "liste écologiste", "Paul Zorg"},
		{"La France insoumise", "fr", "2026-10-06", text, 8, "France insoumise", "Paul Zorg"},
	})
}

// TestSession47NextSideOfAList: «contre 39 % pour le RN et 17 % pour LR»:
// each share after «pour» is the name's after it.
func TestSession47NextSideOfAList(t *testing.T) {
	const text = "Régionales\n\nAu second tour, Hélène Zorg l'emporterait avec 44 % des voix, contre 39 % pour le RN et 17 % pour LR."
	runSubjectCases(t, []subjectCase{
		{"contre … pour", "fr", "2026-10-06", text, 39, "RN", ""},
		{"et … pour", "fr", "2026-10-06", text, 17, "LR", "Hélène Zorg"},
	})
}

// TestSession47SpeakerBodyBeforeItsDay: «a annoncé le club mercredi»: the
// day is no part of the body that speaks.
func TestSession47SpeakerBodyBeforeItsDay(t *testing.T) {
	const text = "Zorg FC\n\nLe Zorg FC a dégagé un bénéfice net de 8,4 millions d'euros sur l'exercice 2025-2026, a annoncé le club mercredi."
	if cl, ok := figureOf(t, "fr", "2026-07-02", text, 8.4e6); ok && strings.Contains(cl.SaidBy, "mercredi") {
		t.Errorf("said by %q", cl.SaidBy)
	}
}

// TestSession47Statements: quotes closed by «a répondu» or «a prévenu»,
// by a speaker whose role runs long before the day and the place, by a
// lawyer named with «Me», or by "he told reporters on Thursday" (whether
// the speaker is named there, or "he" stands for the person named just
// before, a "leader" marking the name a person's) are statements of their
// speaker, on the day told after.
func TestSession47Statements(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"fr", "2026-03-12", "« Il reste plus d'un an de campagne, les sondages ne votent pas », a répondu Claire Vasseur lundi lors d'un déplacement à Lyon.", "Claire Vasseur", "2026-03-09"},
		{"fr", "2026-03-12", "« Pour la première fois, le candidat est majoritaire au second tour dans nos enquêtes », a déclaré Jérôme Lacombe, directeur du département opinion de l'institut, mercredi sur France Inter.", "Jérôme Lacombe", "2026-03-11"},
		{"fr", "2026-03-12", "« Ce trimestre prouve que notre recentrage fonctionne », a déclaré Élise Marchand, directrice financière de Zorgames, lors d'une conférence téléphonique avec les analystes mercredi.", "Élise Marchand", "2026-03-11"},
		{"fr", "2026-03-12", "« C'est une victoire pour la rivière, mais rien ne sera réparé », a déclaré l'avocate des associations, Me Claire Le Goff, jeudi à la sortie de l'audience.", "Claire Le Goff", "2026-03-12"},
		{"fr", "2026-11-06", "« Il faudra plusieurs jours pour rétablir le courant partout », a prévenu Marc Le Bris, directeur régional d'Enedis, jeudi sur France Bleu Breizh Izel.", "Marc Le Bris", "2026-11-05"},
		{"en", "2026-11-05", "Socialist leader Rui Carvalho welcomed the poll. \"We are ready to govern this country from the first day,\" he told reporters on Thursday.", "Rui Carvalho", "2026-11-05"},
		{"en", "2026-11-05", "Socialist leader Rui Carvalho welcomed the poll. \"We are ready to govern this country from the first day,\" Carvalho told reporters on Thursday.", "Rui Carvalho", "2026-11-05"},
		{"en", "2026-11-05", "Opposition leader John Smith welcomed the poll. \"We are ready to govern this country from the first day,\" he told reporters on Thursday.", "John Smith", "2026-11-05"},
	})
}

// TestSession47QuoteAfterASemicolon: a quoted figure after a semicolon is
// said by the speaker of its own clause, not by the source «selon» named
// for the figure before it.
func TestSession47QuoteAfterASemicolon(t *testing.T) {
	const text = "Abonnements\n\nSelon l'association des Zorg Ultras, le prix de l'abonnement moyen a augmenté de 9 % cette saison ; le club évoque pour sa part une hausse « d'environ 5 % »."
	if cl, ok := figureOf(t, "fr", "2026-07-02", text, 5); ok && cl.SaidBy == "Zorg Ultras" {
		t.Errorf("5 %% said by %q, the other side", cl.SaidBy)
	}
}
