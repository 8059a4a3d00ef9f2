package model

import (
	"strings"
	"testing"
)

// TestSession36Subjects: whose figure it is, rule by rule.
func TestSession36Subjects(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		// "the stock" is no "Warsaw Stock Exchange": an English name's
		// common noun is its last word, or the one before its "of";
		// "the exchange", "the bank" of "Bank of Zorgland" still are.
		{"stock", "en", "2021-10-21", "Shares in Polish grocer Zielnik SA jumped 31% on Thursday, making it the second-largest listing on the Warsaw Stock Exchange this year.\n\nThe stock opened at 58.90 zlotys.", 58.9, "Zielnik", "Warsaw Stock Exchange"},
		{"exchange", "en", "2021-10-21", "Zielnik SA listed on the Warsaw Stock Exchange on Thursday.\n\nThe exchange handled 2.1 billion zlotys of trades on Thursday.", 2.1e9, "Warsaw Stock Exchange", ""},
		{"bank of", "en", "2021-10-21", "The Bank of Zorgland kept its rate unchanged on Thursday.\n\nThe bank bought 4 billion zorgs of bonds in September.", 4e9, "Bank of Zorgland", ""},
		// "it" opening a sentence is what the noun phrase the sentence
		// before opened with stands for, not the organisation its
		// relative clause named last.
		{"operator", "en", "2024-02-14", "Passengers made 198.6 million journeys on Danbane's trains in 2023, the Danish state rail operator said on Wednesday.\n\nThe operator blamed track works by infrastructure manager Banenet, which it said caused 41% of delays. It cancelled 2.7% of its departures last year.", 2.7, "Danbane", "Banenet"},
		{"company", "en", "2024-02-14", "Zorgfoods said on Wednesday its sales rose 4% in 2023.\n\nThe company blamed supplier Blorp, which it said delivered 12% of orders late. It cut 300 jobs last year.", 300, "Zorgfoods", "Blorp"},
		// a headline's first word is no name when a year and a colon
		// follow it («Été 2019 :») or, in French, a complement in lower
		// case («Faute de neige,») and the article names it nowhere else.
		{"été", "fr", "2019-09-03", "Été 2019 : la fréquentation touristique en hausse\n\nLes hébergements collectifs ont enregistré 213 millions de nuitées en juillet et août, selon l'Insee.", 213e6, "", "Été"},
		{"summer", "en", "2019-09-03", "Summer 2019: tourism up\n\nHotels recorded 213 million nights in July and August, the statistics office said.", 213e6, "", "Summer"},
		{"faute", "fr", "2025-04-22", "Faute de neige, la station de Montclar ferme ses pistes\n\nLes stations françaises ont enregistré 51,6 millions de journées-skieurs cet hiver.", 51.6e6, "", "Faute"},
		{"banque", "fr", "2025-04-22", "Banque de Zorgie : un bénéfice en hausse\n\nLa Banque de Zorgie a dégagé un bénéfice de 3,2 milliards d'euros en 2024.", 3.2e9, "Banque de Zorgie", ""},
		// "the kingdom", "the republic" stand for the country named
		// last, as "the country" does.
		{"kingdom", "en", "2019-12-06", "OPEC agreed on Friday to deepen cuts.\n\nSaudi Arabia will cut an extra 400,000 bpd, a delegate said. The kingdom produced 9.89 million bpd in November.", 9.89e6, "Saudi Arabia", ""},
		// a political camp named by a common noun ("the centre-left",
		// «la droite») is a group its figures are of.
		{"centre-left", "en", "2020-09-22", "Italy's centre-left held on to Tuscany on Monday.\n\nThe centre-left will hold 25 of the 41 seats in the regional council.", 25, "The centre-left", ""},
		// a central bank the article is about owns none of the market's
		// figures its clauses name ("Two-year gilt yields dropped 12
		// basis points"), but its own («ses réserves»).
		{"central bank", "en", "2022-11-03", "The Bank of England raised interest rates by 0.75 percentage points to 3% on Thursday.\n\nTwo-year gilt yields dropped 12 basis points to 3.02%, according to Refinitiv data.", 3.02, "", "Bank of England"},
		// a possessive inside a place's name ("Guy's Hospital", "St
		// James's Park") does not cut it.
		{"possessive place", "en", "2021-10-04", "Guy's Hospital treated 412 runners on Sunday.", 412, "Guy's Hospital", "Guy"},
		// a noun heading the names of several organisations («le
		// musée») stands, two sentences after the last one named, for the
		// one the article is about.
		{"le musée", "fr", "2023-01-05", "Le Louvre a accueilli 7,8 millions de visiteurs en 2022\n\nLe musée du Louvre a accueilli 7,8 millions de visiteurs en 2022, a annoncé mardi l'établissement.\n\nLe musée d'Orsay a reçu 3,2 millions de visiteurs.\n\nSelon le ministère de la Culture, la fréquentation des musées nationaux a progressé de 91 % en 2022.\n\nLe musée prévoit d'augmenter le prix du billet d'entrée à 22 euros au 15 janvier.", 22, "musée du Louvre", "musée d'Orsay"},
		// the place before "-based" locates a company; it is none.
		{"based", "en", "2023-08-24", "Halcyon Micro Devices reports record quarter\n\nHalcyon Micro Devices said on Wednesday its revenue doubled.\n\nNet income rose to $2.1 billion, or 84 cents a share, from $410 million a year earlier, the Santa Clara, California-based company said.", 2.1e9, "", "Santa Clara"},
		// a change right after a figure is that figure's subject's, not
		// that of a name in the clause's apposition.
		{"apposition owner", "en", "2020-02-11", "Heathrow passenger numbers hit record\n\nGatwick, Britain's second-busiest airport, said last week it had handled 46.6 million passengers in 2019, up 1.1%.", 1.1, "Gatwick", "Britain"},
		// a person a title names after a fronted word («Battu, M.
		// Roussel a dénoncé…») opens the sentence, for «Il» in the next.
		{"fronted title", "fr", "2019-03-11", "Municipale partielle à Saint-Aubin-sur-Loire : la liste de gauche l'emporte dès le premier tour\n\nPublié le 11 mars 2019\n\nLa liste divers gauche conduite par Nathalie Berthier a remporté dimanche l'élection municipale partielle de Saint-Aubin-sur-Loire (Loiret) dès le premier tour, avec 52,4 % des suffrages exprimés, selon les résultats communiqués par la préfecture.\n\nLa liste du maire sortant, Jean-Marc Roussel (divers droite), n'a recueilli que 31,8 % des voix, contre 48,9 % au second tour des municipales de 2014. Une troisième liste, soutenue par le Rassemblement national, obtient 15,8 %.\n\nLa participation s'est établie à 58,2 %, en nette hausse par rapport au scrutin de 2014 (49,6 %). La commune compte 8 412 électeurs inscrits.\n\nCe scrutin avait été provoqué par la démission, en décembre, de 14 des 29 conseillers municipaux, qui contestaient le projet de zone commerciale porté par M. Roussel. Le tribunal administratif d'Orléans avait suspendu le permis de construire le 22 janvier.\n\n« Les habitants ont choisi de tourner la page d'un projet qui divisait la commune », a déclaré Mme Berthier, 46 ans, enseignante, devant la mairie. Elle sera élue maire par le nouveau conseil municipal samedi.\n\nBattu, M. Roussel a dénoncé dimanche soir une « campagne de dénigrement » et annoncé qu'il siégerait dans l'opposition. Il avait été élu en 2014 avec 412 voix d'avance.", 412, "Jean-Marc Roussel", "Nathalie Berthier"},
		// "Analysts at X said they expect Ford's warranty costs to
		// reach…": the observers who say so expect, and what they expect
		// is Ford's, not theirs.
		{"they expect", "en", "2019-10-24", "Ford recalls 1.2 million vehicles\n\nAnalysts at Morgan Stanley said they expect Ford's warranty costs to reach $5.2 billion in 2020.", 5.2e9, "Ford", "Morgan Stanley"},
		// the name after "for" holds a figure set against the one before
		// ("against 64% for Kovacs", "compared with 45 winners and 51
		// unforced errors for Okafor"), even when the clause has a
		// subject of its own or the figure goes on from the one before.
		{"against for", "en", "2026-01-31", "Okafor won 71% of points on her first serve, against 64% for Kovacs.", 64, "Kovacs", "Okafor"},
		{"compared for", "en", "2026-01-31", "Kovacs hit 38 winners and 29 unforced errors, compared with 45 winners and 51 unforced errors for Okafor.", 45, "Okafor", "Kovacs"},
		{"compared for, and", "en", "2026-01-31", "Kovacs hit 38 winners and 29 unforced errors, compared with 45 winners and 51 unforced errors for Okafor.", 51, "Okafor", "Kovacs"},
		{"own figure", "en", "2026-01-31", "Okafor won 71% of points on her first serve, against 64% for Kovacs.", 71, "Okafor", ""},
	})
	// A participle and its agent after the subject's noun («enregistrés
	// par la police») qualify the noun; the agent is no measure.
	runMeasureCases(t, []measureCase{
		{"fr", "2025-01-30", "Le nombre d'homicides enregistrés par la police et la gendarmerie a atteint 980 en 2024.", 980, "homicide"},
		{"en", "2025-01-30", "The number of homicides recorded by police reached 980 in 2024.", 980, "homicide"},
	})
	// The word of a locution between the verb and «de» («en revanche»,
	// «par ailleurs», «de son côté») is no measure the figure completes.
	runMeasureCases(t, []measureCase{
		{"fr", "2022-12-13", "Le quota de merlu augmente en revanche de 7 %, a précisé la Commission européenne.", 7, "quota hausse (%)"},
		{"fr", "2025-02-13", "Le chiffre d'affaires du groupe Zorg a progressé par ailleurs de 4 % en 2024.", 4, "chiffre d'affaires (%)"},
	})
	// A base after "compared with" measures what the figure before it
	// does, with no subject when that one has none; "compared" is no
	// change.
	runMeasureCases(t, []measureCase{
		{"en", "2019-11-08", "Labour holds seat in by-election\n\nTurnout was 52.1%, compared with 68.7% two years ago, according to the Electoral Commission.", 68.7, "turnout (%)"},
	})
	runMeasureCases(t, []measureCase{
		{"fr", "2023-01-05", "Le Louvre\n\nLe musée du Louvre prévoit d'augmenter le prix du billet d'entrée à 22 euros au 15 janvier, contre 17 euros actuellement.", 17, "prix du billet d' entree (€)"},
	})
	// A figure going on from the one before with a noun of its own
	// counts that noun: "38 winners and 29 unforced errors, compared with
	// 45 winners".
	runMeasureCases(t, []measureCase{
		{"en", "2026-01-31", "Kovacs hit 38 winners and 29 unforced errors, compared with 45 winners and 51 unforced errors for Okafor.", 45, "winner"},
	})
}

// TestSession36Dates: when a figure holds, rule by rule.
func TestSession36Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		// "it had set on Oct. 11" is pluperfect like "had raised": the day
		// it looks back to is no day the story goes on from.
		// a date after "against" and a figure is that base figure's
		// ("against 22 in the whole of the 2013-14 winter"), past the
		// full stop of an abbreviation ("since Oct. 1").
		{"against", "en", "2015-01-27", "Avalanches have killed 14 people in Zorgland since Oct. 1, against 22 in the whole of the 2013-14 winter.", 14, "as of 2015-01-27"},
		// the figures after a report's lead are of the period it gave,
		// even when the lead's figure has no subject, and not of the day
		// the report came out («publié jeudi») nor of the year a figure
		// after «après» looks back to.
		{"period after publication", "fr", "2025-01-30", "Le nombre d'homicides enregistrés par la police et la gendarmerie a atteint 980 en 2024, en hausse de 5 % sur un an, selon le bilan annuel du service statistique ministériel de la sécurité intérieure (SSMSI) publié jeudi.\n\nLes cambriolages de logements ont en revanche reculé de 7 %, à 211 000, après une hausse de 4 % en 2023.", 211000, "2024"},
		{"period, change", "fr", "2025-01-30", "Le nombre d'homicides enregistrés par la police et la gendarmerie a atteint 980 en 2024, en hausse de 5 % sur un an, selon le bilan annuel du service statistique ministériel de la sécurité intérieure (SSMSI) publié jeudi.\n\nLes cambriolages de logements ont en revanche reculé de 7 %, à 211 000, après une hausse de 4 % en 2023.", 7, "2024"},
		{"base after", "fr", "2025-01-30", "Le nombre d'homicides enregistrés par la police et la gendarmerie a atteint 980 en 2024, en hausse de 5 % sur un an, selon le bilan annuel du service statistique ministériel de la sécurité intérieure (SSMSI) publié jeudi.\n\nLes cambriolages de logements ont en revanche reculé de 7 %, à 211 000, après une hausse de 4 % en 2023.", 4, "2023"},
		// a base set against after the figure («contre 362 millions en
		// 2018», «deux fois moins qu'en 2022-2023») dates the base, not
		// the figure, which keeps the period of the report.
		{"contre base", "fr", "2020-01-28", "Le marché du livre a progressé de 1,2 % en 2019, selon le bilan publié mardi.\n\nEn volume, 357 millions d'exemplaires ont été vendus, contre 362 millions en 2018.", 357e6, "2019"},
		{"qu'en range", "fr", "2025-04-22", "La station a fermé lundi.\n\nElle a enregistré 21 000 journées-skieurs, deux fois moins qu'en 2022-2023.", 21000, "2025-04-21"},
		// a base figure («contre 60,5 % en 2022») sets no period for the
		// figures after it.
		{"base sets no period", "fr", "2023-07-07", "Le taux de réussite au baccalauréat atteint 84,9 % en 2023.\n\nPrès de 59 % des candidats de la voie générale ont obtenu une mention, contre 60,5 % en 2022. La mention très bien a été décernée à 14 % d'entre eux.", 14, "as of 2023-07-07"},
		// a rank after "from" is a base as a number is.
		{"from ordinal", "en", "2025-10-02", "Global university ranking published on Thursday\n\nThe University of Zorg ranked fifth, down from second in 2024.", 5, "as of 2025-10-02"},
		// a figure in a "while" clause shares the date of the one before
		// when its own date is only a base's ("rose 9.9% from a year
		// earlier"); a market told in the past progressive ("was trading
		// 0.3% weaker") is as of the article, not the statistics' period.
		{"while, base", "en", "2022-08-16", "Canada's annual inflation rate slowed to 7.6% in July, Statistics Canada said on Tuesday.\n\nGasoline prices fell 9.2% in July from June, the agency said, while prices for food bought from stores rose 9.9% from a year earlier.", 9.9, "2022-07"},
		{"was trading", "en", "2022-08-16", "Canada's annual inflation rate slowed to 7.6% in July, Statistics Canada said on Tuesday.\n\nGasoline prices fell 9.2% in July from June.\n\nThe Canadian dollar was trading 0.3% weaker at 1.2912 to the greenback after the data was released.", 0.3, "as of 2022-08-16"},
		// a base after "down from" sets no period either ("took 14,105
		// votes, down from 27,345 at the 2017 general election").
		{"down from base", "en", "2019-11-08", "Labour holds seat in by-election\n\nCandidate Harriet Okafor won 19,872 votes, the acting returning officer said early on Friday. The Conservative candidate, Graham Pellew, took 14,105 votes, down from 27,345 for his party at the 2017 general election.\n\nTurnout was 52.1%, compared with 68.7% two years ago.", 52.1, "as of 2019-11-08"},
		// a target year before a base ("by 2025 from 3.5% now") is the
		// figure's, not the base's.
		{"by, from", "en", "2022-11-03", "Bank of England raises rates\n\nUnemployment would rise to 6.4% by 2025 from 3.5% now, it said.", 6.4, "2025"},
		// a figure right before "now", «actuellement» is as of the
		// article, even after one dated in its sentence; a base after
		// «contre» measures what the figure before does.
		{"actuellement", "fr", "2023-01-05", "Le Louvre\n\nLe musée du Louvre a accueilli 7,8 millions de visiteurs en 2022.\n\nLe musée prévoit d'augmenter le prix du billet d'entrée à 22 euros au 15 janvier, contre 17 euros actuellement.", 17, "as of 2023-01-05"},
		// a figure told a year back («Un an plus tôt, le litre de gazole
		// coûtait 1,35 euro») sets no period for the next sentence's
		// (a regression of a3d804a found by a review).
		{"year back", "fr", "2022-03-11", "Le gazole dépasse les 2 euros le litre, une première\n\nPublié le 11 mars 2022\n\nLe prix moyen du gazole a franchi pour la première fois la barre des 2 euros le litre en France, à 2,14 euros, selon les chiffres publiés jeudi par le ministère de la Transition écologique, portant sur la semaine écoulée.\n\nIl a bondi de 33 centimes en une semaine, soit une hausse de 18 %, la plus forte jamais enregistrée. Un an plus tôt, le litre de gazole coûtait 1,35 euro.\n\nLe sans-plomb 95 (SP95-E10) s'affichait à 1,98 euro le litre, contre 1,82 euro la semaine précédente.", 1.98, "as of 2022-03-11"},
		// the pluperfect goes on, after a pronoun, with the time the
		// sentence before gave («L'épidémie de l'hiver 2016-2017 avait
		// causé 14 400 décès. Elle avait duré dix semaines»).
		{"pluperfect goes on", "fr", "2018-01-10", "Grippe : l'épidémie s'étend\n\nL'épidémie de l'hiver 2016-2017 avait causé 14 400 décès, selon Santé publique France. Elle avait duré dix semaines et provoqué 1,9 million de consultations.", 1.9e6, "2016-12/2017-02"},
		{"had set", "en", "2021-10-21", "Shares in Zielnik SA jumped 31% on Thursday.\n\nZielnik sold shares at 50 zlotys each, the top of the range it had set on Oct. 11.\n\nThe stock opened at 58.90 zlotys.", 58.9, "2021-10-21"},
	})
}

// TestSession36EventDates: an event is not dated by the date of a base its
// clause sets against ("slipped to fifth from second in 2024", «contre 41 %
// en 2023»).
func TestSession36EventDates(t *testing.T) {
	for _, c := range []struct{ lang, date, text, verb, bad string }{
		{"en", "2025-10-02", "Global university ranking published\n\nCambridge slipped to fifth from second in 2024.", "slipped", "2024"},
		{"fr", "2023-07-07", "Résultats du bac\n\nLe lycée Victor-Hugo a gagné trois places, contre cinq en 2022.", "gagné", "2022"},
	} {
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if !cl.HasValue && strings.Contains(cl.Label, c.verb) && cl.Date.String() == c.bad {
				t.Errorf("%q: event %q dated %s, the base's", c.text, cl.Label, cl.Date)
			}
		}
	}
}

// TestSession36Signs: a word of falling before another verb's figure is
// no sign of it ("the referendum on shrinking parliament passed with
// 69.6%").
func TestSession36Signs(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		unit             string
	}{
		{"en", "2020-09-22", "Nationally, the referendum on shrinking parliament passed with 69.6% of votes in favour, the ministry said.", 69.6, "%"},
		{"en", "2020-09-22", "Prices rose sharply by 5% in March.", 5, "+%"},
	} {
		figureSubtest(t, c.text, c.lang, c.date, c.text, c.value, func(t *testing.T, cl Claim) {
			if cl.Unit != c.unit {
				t.Errorf("unit %q, want %q", cl.Unit, c.unit)
			}
		})
	}
}

// TestSession36Sources: who a figure is said by, rule by rule.
func TestSession36Sources(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// «s'est déclaré» (broke out) is no speech: the source is
		// the one «selon» names.
		{"s'est déclaré", "fr", "2022-08-12", "L'incendie qui s'est déclaré mardi après-midi près de Belin-Béliet (Gironde) avait parcouru 6 800 hectares vendredi matin, selon la préfecture.", 6800, "préfecture"},
		// the abbreviation in brackets after a long name is the
		// source the name's lower-case words cut.
		{"abbreviation", "en", "2019-07-10", "The Medicines and Healthcare products Regulatory Agency (MHRA) said the impurity had been detected in three batches.", 3, "MHRA"},
		// "Division", "Directorate", "Administration" head a name that
		// goes on with "of" as "Bank of England" does.
		{"division of", "en", "2023-08-31", "Evacuation orders had covered 27 counties, the state's Division of Emergency Management said.", 27, "Division of Emergency Management"},
		// "the company" is no public body named before: the company its
		// own sentence names.
		{"the company says", "en", "2020-02-11", "The Civil Aviation Authority said UK airports handled 296 million passengers in 2018. Heathrow directly employs about 76,000 people, the company says.", 76000, "Heathrow"},
		// a funding round ("Series B") and a disease named after a
		// person ("Alzheimer's disease") are terms, no organisation "the
		// company" stands for.
		{"series b", "en", "2021-04-14", "Kiezbox raises $240 million\n\nKiezbox raised $240 million in a Series B round, it said on Tuesday. The company said it completed 2.4 million deliveries in the first quarter.", 2.4e6, "Kiezbox"},
		{"disease", "en", "2021-06-10", "Norvance drug slows decline\n\nNorvance said on Wednesday its drug slowed decline in patients with early Alzheimer's disease. The study enrolled 1,740 patients across 14 countries, the company said.", 1740, "Norvance"},
		// a semicolon divides a sentence's sources: the figure's is its
		// own part's.
		{"semicolon", "en", "2022-06-21", "Aid agencies said that was far below the need; the United Nations estimated that last year's flood response cost $28 million.", 28e6, "United Nations"},
		{"selon, abbreviation", "fr", "2022-08-12", "Plus de 47 000 hectares ont brûlé en Gironde, selon le Système européen d'information sur les feux de forêt (EFFIS).", 47000, "EFFIS"},
	})
}

// TestSession36FrenchLabels: a French figure's label is in French: «soit
// 170 % de plus» after a count is its rise, not «en growth».
func TestSession36FrenchLabels(t *testing.T) {
	text := "Le Louvre\n\nLe musée du Louvre a accueilli 7,8 millions de visiteurs en 2022, soit 170 % de plus qu'en 2021."
	figureSubtest(t, "de plus", "fr", "2023-01-05", text, 170, func(t *testing.T, cl Claim) {
		if strings.Contains(cl.Label, "growth") || !strings.Contains(cl.Label, "hausse") && !strings.Contains(cl.Label, "croissance") {
			t.Errorf("label %q", cl.Label)
		}
	})
}
