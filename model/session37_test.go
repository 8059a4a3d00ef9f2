package model

import (
	"context"
	"strings"
	"testing"
)

// TestSession37Dates: when a figure is, rule by rule.
func TestSession37Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		// a figure led by «avec», "with" right after a clause set off by
		// commas goes on with that clause and its date: the record's
		// figure is the year it was set.
		{"avec after relative", "fr", "2019-06-29", "Météo-France a relevé vendredi une température de 45,9 °C dans le Gard, battant le record absolu de chaleur en France, qui datait de la canicule d'août 2003, avec 44,1 °C.", 44.1, "2003-08"},
		// a coming start after the figure in its clause ("from April",
		// «à partir du 1er janvier») is when the change takes effect, no
		// base and no stretch to now; another clause's is not.
		{"from ahead", "en", "2024-10-31", "Minimum wage\n\nBritain's minimum wage will rise by 6.7% to £12.21 an hour from April, finance minister Rachel Reeves said on Wednesday.", 6.7, "2025-04"},
		{"à partir du", "fr", "2024-10-31", "Le Smic\n\nLe Smic augmentera de 2 % à partir du 1er janvier, a annoncé mardi le gouvernement.", 2, "2025-01-01"},
		{"from ahead, other clause", "en", "2008-04-17", "Cyprus drought\n\nCyprus will cut mains water supplies to three days a week from Monday, the government said on Wednesday, after a dry winter left the island's reservoirs holding just 7.2% of their capacity.", 7.2, "as of 2008-04-16"},
		// and sets the period the report goes on with.
		{"lead period after a share", "fr", "2024-05-15", "La ponctualité des TER s'est dégradée en 2023\n\nSeuls 89,7 % des TER sont arrivés à l'heure en 2023, contre 91,8 % en 2022, selon le bilan annuel publié mardi par l'Autorité de la qualité de service dans les transports (AQST).\n\nLe taux d'annulation a atteint 2,9 %, le plus élevé depuis 2018.", 2.9, "2023"},
		// the first clause's period goes on to a clause in the past that
		// ", and" adds, even when the period's words end before a noun
		// ("in the July-September period, and the airline carried…").
		{"shared period before a noun", "en", "2024-10-24", "SkyNorth posts loss\n\nSkyNorth Airlines posted a net loss of 1.4 billion crowns for the third quarter on Thursday.\n\nRevenue rose 6% to 14.8 billion crowns in the July-September period, and the airline carried 9.6 million passengers, up by 410,000 from the same quarter last year.", 9.6e6, "2024-07/2024-09"},
		// a date after «par rapport à», "compared with" and a noun phrase
		// is the base's («par rapport à la très mauvaise moisson de
		// 2020»), and no other date the figure is nearer.
		{"base after a noun phrase", "fr", "2021-09-10", "Moisson\n\nLa France a récolté cette année 35,8 millions de tonnes de blé tendre, en hausse de 23 % par rapport à la très mauvaise moisson de 2020, selon le ministère de l'Agriculture.", 23, "2021"},
		// and to one ", but" adds, past the day the words were said.
		{"shared period after but", "en", "2025-02-20", "Heidmark profit rises\n\nHeidmark, the world's fourth-largest brewer, said on Wednesday its beer volumes fell 2.3% in 2024 as consumers in Europe and Latin America cut back, but price increases lifted annual operating profit by 7% to 4.6 billion euros.", 4.6e9, "2024"},
		{"with after participle", "en", "2022-07-20", "The Met Office recorded 40.3C at Coningsby on Tuesday, breaking the previous record, set in Cambridge in July 2019, with 38.7C.", 38.7, "2019-07"},
		// a figure another body gives, about another subject, is of
		// another report than the period told just before: not of the
		// OECD's 2018.
		{"other source", "fr", "2019-12-05", "Grève des enseignants : un professeur sur trois mobilisé selon le ministère\n\nPrès d'un enseignant du primaire sur trois était en grève jeudi, selon le ministère de l'Éducation nationale, qui a recensé un taux de participation de 31,2 % dans les écoles et de 28,4 % dans les collèges et lycées.\n\nLe SNUipp-FSU, premier syndicat du primaire, a de son côté revendiqué 70 % de grévistes, contre 45 % lors de la journée d'action du 24 septembre.\n\n« Les collègues refusent une réforme qui leur ferait perdre jusqu'à 900 euros de pension par mois », a affirmé Guislaine David, porte-parole du SNUipp-FSU. Elle a appelé à reconduire le mouvement lundi.\n\nLe ministre Jean-Michel Blanquer a jugé la veille que ces craintes étaient « infondées » et promis une revalorisation de 500 millions d'euros dès 2021.\n\nSelon l'OCDE, le salaire d'un enseignant français en milieu de carrière était inférieur de 7 % à la moyenne des pays membres en 2018, plaçant la France au 22e rang sur 34.\n\nÀ Paris, 78 % des écoles étaient fermées, a indiqué la mairie, soit environ 520 établissements. Quelque 65 000 manifestants ont défilé dans la capitale, selon la préfecture de police.\n\nLes syndicats prévoient une nouvelle journée de mobilisation le 10 décembre. Le gouvernement doit présenter le détail de sa réforme à la mi-décembre.\n\nL'an dernier, la grève du 9 mai avait mobilisé 24 % des enseignants du primaire, selon le ministère.", 65000, "2019-12-05"},
		// the same subject's figure, or one a person or "the company"
		// gives, is still of that period.
		{"same subject, other source", "en", "2024-04-24", "Zorgon results\n\nZorgon's revenue rose 9% in the first quarter, the company said on Tuesday.\n\nZorgon's net loss narrowed to 84 million euros, according to Refinitiv.", 84e6, "2024-01/2024-03"},
		{"person speaks for it", "en", "2024-04-24", "Zorgon results\n\nZorgon's revenue rose 9% in the first quarter, the company said on Tuesday.\n\nIts net loss narrowed to 84 million euros, chief executive Ana Ruiz said.", 84e6, "2024-01/2024-03"},
		{"l'association", "fr", "2025-08-01", "Automobile\n\nLes immatriculations de voitures électriques ont progressé de 14,5 % en juillet en France, selon la Plateforme automobile (PFA).\n\nLe marché des voitures particulières neuves a reculé de 7,7 % sur un an, à 101 224 immatriculations, a précisé l'association.", 101224, "2025-07"},
	})
}

// TestSession37Subjects: whose figure it is, rule by rule.
func TestSession37Subjects(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		// "its" after a body that says so is that body's, past an
		// apposition that names a country ("Finland's second-largest
		// insurer", "the second-largest insurer in Finland") and past the
		// day it says so on.
		{"global", "en", "2025-02-20", "Kestrel port throughput rises\n\nKestrel handled 9.8 million TEU in 2024, the port authority said.\n\nGlobal container throughput grew by about 6% in 2024 to 880 million TEU, according to consultancy Drewry.", 880e6, "Global container throughput", "Kestrel"},
		// a company officer who confirms a target speaks for the company:
		// the target is the company's.
		{"officer confirms", "fr", "2025-01-30", "Distrimax : ventes en hausse\n\nLe distributeur Distrimax a annoncé mercredi un chiffre d'affaires de 9,4 milliards d'euros pour 2024.\n\nLe directeur financier, Antoine Roux, a confirmé l'objectif d'une marge opérationnelle de 3,2 % pour 2025, contre 3,0 % en 2023.", 3.2, "Distrimax", "Antoine Roux"},
		// a name a poll puts at a figure is what the figure is of, not
		// the poll's maker.
		{"put the party at", "en", "2025-03-10", "Regional election\n\nA poll by Zorgstat last week put the Homeland Party at 22% and Civic Union at 30%.", 22, "Homeland Party", "Zorgstat"},
		// "Its shares" after a sentence in which a company spoke of
		// another subject («China accounted for 46% of its sales») are
		// that company's; «ses logements» after a place's sentence are
		// not the source's.
		{"its shares after a speaker", "en", "2023-10-18", "Nvidia shares slip on new US chip curbs\n\nNvidia shares fell 4.7% on Wednesday after the U.S. tightened export curbs on AI chips to China.\n\nSemiconductor equipment makers were also hit. Dutch group ASML, whose machines are used by all leading chipmakers, said last week that China accounted for 46% of its system sales in the third quarter. Its shares fell 1.5% in Amsterdam on Wednesday.", 1.5, "ASML", "Nvidia"},
		{"ses logements after a place", "fr", "2017-02-08", "Fibre : la Cour des comptes épingle le syndicat DORSAL\n\nLa Creuse reste l'un des départements les moins bien couverts du pays : elle se classait au 96e rang sur 101 pour l'accès au très haut débit fin 2016, selon l'Agence du numérique. Seuls 14 % de ses logements y avaient accès, contre 47 % en moyenne nationale.", 47, "", "Agence du numérique"},
		// a place whose possessive opens an apposition to a name ("SkyNorth
		// Airlines, Scandinavia's second-largest carrier,") is where the
		// name stands, no entity of the passage; a name after a date and
		// a comma ("released on Wednesday, Lusaero's passengers") is one.
		{"apposed possessive", "en", "2024-10-24", "SkyNorth posts loss\n\nSkyNorth Airlines, Scandinavia's second-largest carrier, posted a net loss of 1.4 billion crowns for the third quarter on Thursday, hit by a 2.1 billion crown loss on fuel hedges as jet fuel prices fell, compared with a profit of 3.2 billion crowns a year earlier.", 3.2e9, "SkyNorth", "Scandinavia"},
		{"possessive after a date", "en", "2024-05-16", "Lusaero traffic\n\nPortugal's airport operator, however, reported a smaller rise. According to data from ANAP released on Wednesday, Lusaero's passengers at Portuguese airports totaled 1.41 million in April, up 9.6%.", 1.41e6, "Lusaero", ""},
		// a score set beside a name after a comma («Emmanuel Grégoire,
		// crédité de 24 %», «David Belliard, à 14 %») is the name's, not
		// the clause's subject's (a share an agent after it holds is not,
		// «détenu à 62 % par Carvallo Partners, à 30 % par la famille
		// fondatrice»: probe3-fr's floor holds it).
		{"crédité de", "fr", "2025-10-10", "Municipales à Paris\n\nRachida Dati arriverait en tête du premier tour avec 28 % des intentions de vote, selon un sondage Ifop publié jeudi. Elle devancerait le socialiste Emmanuel Grégoire, crédité de 24 %, et l'écologiste David Belliard, à 14 %.", 24, "Emmanuel Grégoire", "Rachida Dati"},
		{"à after a comma", "fr", "2025-10-10", "Municipales à Paris\n\nRachida Dati arriverait en tête du premier tour avec 28 % des intentions de vote, selon un sondage Ifop publié jeudi. Elle devancerait le socialiste Emmanuel Grégoire, crédité de 24 %, et l'écologiste David Belliard, à 14 %.", 14, "David Belliard", "Emmanuel Grégoire"},
		// what a study, a survey or a ranking counts is its own, not the
		// subject before's.
		{"the ranking", "en", "2024-10-02", "Oxford tops world university ranking\n\nOxford topped the Times Higher Education World University Rankings for a ninth year on Wednesday. MIT rose to second place from third last year, pushing Harvard University down to fourth.\n\nThe ranking, now in its 21st edition, assessed 2,092 institutions in 115 countries, up from 1,904 last year.", 2092, "The ranking", "MIT"},
		// a market, an industry as a whole is no company's, whatever the
		// article is about.
		{"market", "en", "2023-10-18", "Nvidia shares slip on new US chip curbs\n\nNvidia shares fell 4.7% on Wednesday after the U.S. tightened export curbs on AI chips to China.\n\nThe global semiconductor market is expected to shrink 10.3% to $515 billion this year, according to industry body World Semiconductor Trade Statistics.", 10.3, "The global semiconductor market", "Nvidia"},
		// a name after "polled by", «compilées par» gathered the figures:
		// neither the passage's entity nor the agent of "expected".
		{"polled by", "en", "2024-11-14", "Skyreach Launch swings to profit as rocket cadence doubles\n\nSkyreach Launch, the second-largest commercial launch provider in the United States, said on Wednesday that it posted a net profit of $42 million in the third quarter, against a loss of $18 million a year earlier, as it flew more missions for satellite operators.\n\nRevenue rose 64% to $512 million in the three months to September, beating the $478 million expected by analysts polled by LSEG.\n\nThe Long Beach, California-based company completed 11 launches in the quarter, up from five in the second quarter, and chief executive Maria Okafor said it was on track for 38 launches in 2024.", 64, "", "LSEG"},
		{"expected by analysts polled by", "en", "2024-11-14", "Skyreach Launch swings to profit as rocket cadence doubles\n\nSkyreach Launch, the second-largest commercial launch provider in the United States, said on Wednesday that it posted a net profit of $42 million in the third quarter, against a loss of $18 million a year earlier, as it flew more missions for satellite operators.\n\nRevenue rose 64% to $512 million in the three months to September, beating the $478 million expected by analysts polled by LSEG.\n\nThe Long Beach, California-based company completed 11 launches in the quarter, up from five in the second quarter, and chief executive Maria Okafor said it was on track for 38 launches in 2024.", 478e6, "", "LSEG"},
		// a percentage of what a name counts, the subject of its verb, is
		// the name's («89,7 % des TER sont arrivés»; for a people a poll
		// asks, see TestSession37PollShare).
		{"share of a name", "fr", "2024-05-15", "Ponctualité\n\nSeuls 89,7 % des TER sont arrivés à l'heure en 2023, contre 91,8 % en 2022, selon l'Autorité de la qualité de service dans les transports (AQST).", 89.7, "TER", "AQST"},
		{"possessive apposition", "en", "2024-02-28", "Insurer posts strong return\n\nKestrel Pension, Finland's second-largest pension insurer, said its investments returned 9.8% in 2023.", 9.8, "Kestrel Pension", "Finland"},
		{"place in apposition", "en", "2024-02-28", "Insurer posts strong return\n\nKestrel Pension, the second-largest pension insurer in Finland, said its investments returned 9.8% in 2023.", 9.8, "Kestrel Pension", "Finland"},
		{"said on a day", "en", "2024-02-28", "Insurer posts strong return\n\nKestrel Pension, Finland's second-largest pension insurer, said on Wednesday its investments returned 9.8% in 2023, rebounding from a loss of 5.1% in 2022.", 9.8, "Kestrel Pension", "Finland"},
	})
}

// TestSession37Sources: who a figure is said by, rule by rule.
func TestSession37Sources(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// a name's possessive opens an apposition as "the" does: the
		// name before it speaks.
		{"possessive apposition", "en", "2024-02-28", "Insurer posts strong return\n\nKestrel Pension, Finland's second-largest pension insurer, said its investments returned 9.8% in 2023.", 9.8, "Kestrel Pension"},
		// "Development" heads a body's name, no person's ("Urban
		// Development" after "Department of Housing and").
		{"development", "en", "2024-12-27", "U.S. homelessness jumps\n\nThe number of people experiencing homelessness in the United States rose 18% to a record 771,480 on a single night in January, the Department of Housing and Urban Development (HUD) said on Friday.", 771480, "HUD"},
		// a title's words before a name with a particle ("Commission
		// President Ursula von der Leyen") are no part of it, and the
		// particle does not cut it.
		{"title and particle", "en", "2024-09-20", "Floods in central Europe\n\nThe EU will make 10 billion euros available, Commission President Ursula von der Leyen said last week.", 1e10, "Ursula von der Leyen"},
		{"title and particle, opening", "en", "2024-09-20", "Floods in central Europe\n\nCommission President Ursula von der Leyen said the EU would make 10 billion euros available.", 1e10, "Ursula von der Leyen"},
		// a body its head opens names the run after "and" too ("the
		// Department for Energy Security and Net Zero").
		{"department and", "en", "2024-09-03", "Wind auction\n\nThe auction secured 9.6 gigawatts of capacity, the Department for Energy Security and Net Zero said on Tuesday.", 9.6, "Department for Energy Security and Net Zero"},
		// an adverb between a speaker's auxiliary and its verb («Le club
		// a par ailleurs annoncé») is no part of the speaker.
		{"par ailleurs", "fr", "2024-09-03", "Olympique lyonnais\n\nLe club a par ailleurs annoncé une hausse de 10 % du prix des abonnements.", 10, "club"},
		// a source after «, tandis que», ", while" speaks in another
		// clause: not the figure's before it.
		{"tandis que", "fr", "2023-09-10", "Prix du lait\n\nLe concurrent Sodiaal, première coopérative laitière française, a fixé son prix à 435 euros pour septembre, tandis que Savencia a annoncé la semaine dernière un prix de 430 euros.", 435, ""},
		// a body named in lower case goes on past «et» to its complement
		// («la chambre de commerce et d'industrie de Paris»).
		{"chambre de commerce et", "fr", "2024-03-04", "Salon de l'agriculture\n\nLes exposants ont réalisé un chiffre d'affaires de 7,5 millions d'euros, en recul de 4 % sur un an, selon la chambre de commerce et d'industrie de Paris.", 7.5e6, "chambre de commerce et d'industrie de Paris"},
		// of the names before a speaker's verb, the nearest it speaks
		// ("Nearby rival Harlingen Gateway, whose …, said").
		{"nearest org", "en", "2025-02-20", "Kestrel port throughput\n\nNearby rival Harlingen Gateway, whose terminals are partly owned by shipping group Meridian Lines, said last week its throughput fell by 240,000 TEU to 4.1 million TEU in 2024.", 240000, "Harlingen Gateway"},
		// a relative clause set off by commas after a name leaves the
		// name the speaker.
		{"relative apposition", "en", "2023-10-18", "Chip curbs\n\nDutch group ASML, whose machines are used by all leading chipmakers, said last week that China accounted for 46% of its system sales in the third quarter.", 46, "ASML"},
		// a company officer's title is no part of the name: "Chief
		// Financial Officer Colette Kress", "Vice President Marta Kress".
		{"officer title", "en", "2024-04-10", "Nvidia results\n\nSales rose 5%, Chief Financial Officer Colette Kress said on a call.", 5, "Colette Kress"},
		{"vice president", "en", "2024-04-10", "Nvidia results\n\nSales rose 5%, Vice President Marta Kress said.", 5, "Marta Kress"},
		// an apposition of up to a dozen words ("the world's largest
		// chocolate maker by sales") still sets its name as the speaker,
		// not the name a clause after the figure makes speak.
		{"long apposition", "en", "2024-07-18", "Brunnhof margin sinks\n\nRival Delacroix Group, the world's largest chocolate maker by sales, reported last week that its first-half volumes fell 5.1%, while U.S.-based Hartwell Foods said on Tuesday it would raise prices again in September.", 5.1, "Delacroix Group"},
	})
}

// TestSession37ReportedLastWeek: "its" after a body that says so is that
// body's past the time it says so ("Rival Delacroix Group, the world's
// largest chocolate maker by sales, reported last week that its first-half
// volumes fell 5.1%"), in the probe set where the rule was found: read as
// the owner of its clause's subject, not as a name of the passage, unsure.
func TestSession37ReportedLastWeek(t *testing.T) {
	set, err := LoadPaths(context.Background(), []string{"../testdata/probe6/probe6-en"}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, cl := range Build(set).Claims {
		if cl.HasValue && cl.Value == 5.1 && strings.HasPrefix(cl.ArticleName, "02-brunnhof") {
			found = true
			if cl.Subject != "Delacroix Group" || cl.Unsure {
				t.Errorf("subject %q (unsure %v), want Delacroix Group, sure", cl.Subject, cl.Unsure)
			}
		}
	}
	if !found {
		t.Error("no figure 5.1")
	}
}

// TestSession37AmountChanges: an amount after "by", «de» and a verb of
// rising or falling is a change, signed as one in the label and named as
// one in the measure; a measure that names the change already keeps it.
func TestSession37AmountChanges(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		measure, label   string
	}{
		{"en", "2024-04-10", "Gold demand report\n\nCentral bank gold holdings fell by 114 tonnes in the first quarter, the council said.", 114, "bank gold holding fall (t)", "Central bank gold holdings: −114 t"},
		{"en", "2024-04-10", "Zorgon results\n\nZorgon's revenue rose by $5 billion in 2023.", 5e9, "revenue rise ($)", "Zorgon revenue rise: $5 billion"},
		{"en", "2024-04-10", "Zorgon results\n\nZorgon cut its property holdings by about 600 million euros during the year.", 6e8, "property holding fall (€)", "Zorgon property holdings fall: about €600 million"},
		{"fr", "2024-04-10", "Le rapport annuel\n\nLa dette de Zorgon a augmenté de 50 milliards d'euros en 2023.", 5e10, "dette hausse (€)", "Zorgon dette en hausse : 50 milliards €"},
		{"en", "2024-04-10", "Markets\n\nThe benchmark index fell by 120 points on Tuesday.", 120, "fell (points)", ""},
		// a level after "to" is no change.
		{"en", "2024-04-10", "Zorgon results\n\nZorgon's revenue rose to $5 billion in 2023.", 5e9, "revenue ($)", ""},
	} {
		figureSubtest(t, c.text, c.lang, c.date, c.text, c.value, func(t *testing.T, cl Claim) {
			if cl.Measure != c.measure {
				t.Errorf("measure %q, want %q", cl.Measure, c.measure)
			}
			if c.label != "" && cl.Label != c.label {
				t.Errorf("label %q, want %q", cl.Label, c.label)
			}
		})
	}
	// "losing 4.2%" is a fall.
	figureSubtest(t, "losing", "en", "2024-02-28", "Pension returns\n\nReal estate was the weakest asset class for Zorgon, losing 4.2% as higher interest rates hit property valuations.", 4.2, func(t *testing.T, cl Claim) {
		if cl.Unit != "−%" {
			t.Errorf("unit %q, want −%%", cl.Unit)
		}
	})
}

// TestSession37Shares: a percentage of what a name counts, the subject of
// its verb, is a share, no change («89,7 % des TER sont arrivés à l'heure»).
func TestSession37Shares(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"fr", "2024-05-15", "Ponctualité\n\nSeuls 89,7 % des TER sont arrivés à l'heure en 2023, contre 91,8 % en 2022, selon l'Autorité de la qualité de service dans les transports (AQST).", 89.7, "ter arrive (%)"},
		// the base set against it measures the same, no change of its own.
		{"fr", "2024-05-15", "Ponctualité\n\nSeuls 89,7 % des TER sont arrivés à l'heure en 2023, contre 91,8 % en 2022, selon l'Autorité de la qualité de service dans les transports (AQST).", 91.8, "ter arrive (%)"},
	})
}

// TestSession37PollShare: «74 % des Français y sont opposés» is no figure
// of the French: the people a poll asks own no share, and the figure stays
// off the timeline when nothing else says whose it is.
func TestSession37PollShare(t *testing.T) {
	figureSubtest(t, "share of a people", "fr", "2018-01-21", "Sécurité routière\n\nSelon un sondage de l'institut Opinia publié dimanche, 74 % des Français y sont opposés.", 74, func(t *testing.T, cl Claim) {
		if cl.Subject == "Français" && !cl.Unsure {
			t.Errorf("subject %q, sure", cl.Subject)
		}
	})
}

// TestSession37PerUnit: a count for each of something is of what its
// clause's subject names, no price; the quantity a price is for is no
// figure of its own.
func TestSession37PerUnit(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2023-10-30", "Rugby World Cup\n\nAverage attendance reached 50,800 per match, organisers said.", 50800, "attendance per match"},
	})
	for _, c := range []struct{ lang, date, text string }{
		{"fr", "2024-02-20", "Prix du lait\n\nLe prix moyen payé aux éleveurs a atteint 455 euros les 1 000 litres en 2023, selon l'interprofession."},
	} {
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if cl.HasValue && cl.Value == 1000 {
				t.Errorf("%q: the price's quantity is a claim: %q", c.text, cl.Label)
			}
		}
	}
}

// TestSession37ApposedRank: a rank in an apposition is the writer's, not
// said by the name it describes ("SkyNorth Airlines, Scandinavia's
// second-largest carrier, posted…").
func TestSession37ApposedRank(t *testing.T) {
	figureSubtest(t, "apposed rank", "en", "2024-10-24", "SkyNorth posts loss\n\nSkyNorth Airlines, Scandinavia's second-largest carrier, posted a net loss of 1.4 billion crowns for the third quarter on Thursday.", 2, func(t *testing.T, cl Claim) {
		if cl.SaidBy != "" {
			t.Errorf("said by %q", cl.SaidBy)
		}
	})
}

// TestSession37StudyApposition: a count inside an apposition to a study
// («Cette enquête, basée sur les réponses de 408 sondés, montre…») is how
// the study was made, left off the timeline.
func TestSession37StudyApposition(t *testing.T) {
	figureSubtest(t, "study apposition", "fr", "2002-02-09", "Les Français et la lecture\n\nLe Centre national du livre a publié samedi son baromètre annuel. Cette enquête, basée sur les réponses de 408 sondés, montre une augmentation sensible par rapport à 2001 du nombre de lecteurs.", 408, func(t *testing.T, cl Claim) {
		if !cl.Unsure && cl.Subject == "Cette enquête" {
			t.Errorf("on the timeline as %q", cl.Label)
		}
	})
}

// TestSession37PlaceStatistic: a place named in a statistic's subject is
// what it is of, sure, when only public bodies are named after the figure
// ("…in the United States rose 18% to a record 771,480…, the Department of
// Housing and Urban Development (HUD) said").
func TestSession37PlaceStatistic(t *testing.T) {
	figureSubtest(t, "place statistic", "en", "2024-12-27", "U.S. homelessness jumps\n\nThe number of people experiencing homelessness in the United States rose 18% to a record 771,480 on a single night in January, the Department of Housing and Urban Development (HUD) said on Friday.", 771480, func(t *testing.T, cl Claim) {
		if cl.Subject != "United States" || cl.Unsure {
			t.Errorf("subject %q (unsure %v), want United States, sure", cl.Subject, cl.Unsure)
		}
	})
}

// TestSession37LevelAfterChange: a percentage after "to" and a change in
// points ("lost 6.2 percentage points to 8.4%") is the level reached, no
// change and no growth of the points.
func TestSession37LevelAfterChange(t *testing.T) {
	runMeasureCases(t, []measureCase{
		// a level its subject names, after a change in basis points.
		{"en", "2025-03-10", "Romania downgraded\n\nThe yield on the government's 10-year bonds rose 35 basis points to 8.15%, the highest among EU members.", 8.15, "yield (%)"},
	})
	figureSubtest(t, "level after points", "en", "2025-03-10", "Regional election\n\nThe Homeland Party lost 6.2 percentage points to 8.4%.", 8.4, func(t *testing.T, cl Claim) {
		if strings.Contains(cl.Measure, "change") || strings.Contains(cl.Label, "growth") {
			t.Errorf("measure %q, label %q", cl.Measure, cl.Label)
		}
	})
}

// sourceCase is a figure of an invented text and who it is to be said by.
type sourceCase struct {
	name, lang, date, text string
	value                  float64
	want                   string
}

// runSourceCases checks each case's figure's source.
func runSourceCases(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, c := range cases {
		figureSubtest(t, c.name, c.lang, c.date, c.text, c.value, func(t *testing.T, cl Claim) {
			if cl.SaidBy != c.want {
				t.Errorf("said by %q, want %q", cl.SaidBy, c.want)
			}
		})
	}
}
