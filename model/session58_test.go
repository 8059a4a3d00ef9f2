package model

import (
	"strings"
	"testing"
)

// TestSession58StockChanges: a verb that gains or loses members of a
// count a subject holds tells a change of that count, not its level;
// "won 14 seats" in an election is the seats, not a gain.
func TestSession58StockChanges(t *testing.T) {
	cases := []struct {
		lang, text string
		value      float64
		measure    string
	}{
		{"en", "Book fair loses visitors\n\nThe fair lost nearly 40,000 visitors in 2025, organisers said.", 40000, "visitor fall"},
		{"en", "Streaming service shrinks\n\nIn the second quarter Lumora had lost 420,000 subscribers.", 420000, "subscriber fall"},
		{"en", "Book fair draws crowds\n\nThe fair gained 12,000 visitors in 2024.", 12000, "visitor rise"},
		{"fr", "Le salon du livre en perte de vitesse\n\nLe salon a perdu près de 40 000 visiteurs l'an dernier, selon les organisateurs.", 40000, "visiteur baisse"},
		{"en", "Split votes for change\n\nHer movement, Split Forward, also won 14 seats on the city council.", 14, "seat"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2026-03-12", c.text, c.value); ok && cl.Measure != c.measure {
			t.Errorf("%q: measure %q, want %q", c.text, cl.Measure, c.measure)
		}
	}
}

// TestSession58CrowdsAndEstimates: the people a march or a strike draws
// are the event's, whoever counts them, and a second source's "gave the
// figure as N" is its own count of the same crowd; a French estimate of a
// term («la part de marché de MSC») is of what follows the whole term; a
// noun phrase for a kind of company stands for no subject of another
// kind.
func TestSession58CrowdsAndEstimates(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"had taken part", "en", "2026-03-12", "Thousands march in Lisbon against housing costs\n\nOrganisers said 150,000 people had taken part in the march on Saturday.", 150000, "the march", ""},
		{"gave the figure as", "en", "2026-03-12", "Thousands march in Lisbon against housing costs\n\nOrganisers said 150,000 people had taken part in the march on Saturday, while police gave the figure as 42,000.", 42000, "the march", ""},
		{"workers joined the strike", "en", "2026-03-12", "Thousands strike at Chilean copper mine\n\nThe union said 12,000 workers joined the strike on Monday.", 12000, "the strike", ""},
		{"part de marché de", "fr", "2026-03-12", "Le transport maritime reste sous tension en Asie\n\nAlphaliner évalue la part de marché de MSC à 12,6 % à la fin février.", 12.6, "MSC", ""},
		{"chiffre d'affaires du", "fr", "2026-03-12", "Le transport maritime reste sous tension en Asie\n\nAlphaliner évalue la part de marché de MSC à 12,6 % à la fin février.\n\nLe cabinet Xerfi estime le chiffre d'affaires du secteur à 4,2 milliards d'euros en 2025.", 4.2e9, "secteur", ""},
		{"the carmaker after the fair", "en", "2026-03-12", "Book fair loses visitors\n\nThe fair lost nearly 40,000 visitors last year, organisers said.\n\nThe carmaker shed 3,000 jobs in 2025.", 3000, "", "The fair"},
	})
	runSaidByCases(t, "2026-03-12", []saidByCase{
		{"en", "Organisers said 150,000 people had taken part in the march on Saturday, while police gave the figure as 42,000.", 42000, "police"},
		{"fr", "Alphaliner évalue la part de marché de MSC à 12,6 % à la fin février.", 12.6, "Alphaliner"},
	})
	if cl, ok := figureOf(t, "en", "2026-03-12", "Thousands march in Lisbon\n\nOrganisers said 150,000 people had taken part in the march on Saturday, while police gave the figure as 42,000.", 42000); ok && (cl.Unsure || !strings.Contains(cl.Measure, "people")) {
		t.Errorf("police's count: unsure %v, measure %q; want sure, of people", cl.Unsure, cl.Measure)
	}
}

// TestSession58RegionsAndSeas: a region's adjective opening a headline
// ("Baltic ferry operator") is no organisation, nor a name that opens on
// one a person's ("Nordic Line said"); a sea is a place; "sales for
// Thursday's draw" are the draw's, and their change right after a comma
// too.
func TestSession58RegionsAndSeas(t *testing.T) {
	const ferry = "Baltic ferry operator carries record 3.1 million passengers in summer season\n\n" +
		"Nordic Line, the largest ferry operator on the Baltic Sea, said on Friday it carried a record 3.1 million passengers between June and August, up 7% from the same period last year.\n\n" +
		"The company, which operates 11 vessels between Finland, Estonia and Sweden, said its Helsinki-Tallinn route alone carried 1.9 million passengers during the summer.\n\n" +
		"Freight volumes, however, dropped 2.5% in the third quarter so far, to 96,000 lorries, the company said.\n\n" +
		"Revenue in the second quarter rose 9% to 212 million euros, Nordic Line reported in August."
	const draw = "Record jackpot lifts lottery sales\n\nSouthern Cross said sales for Thursday's draw reached A$96 million, up about 160% from an ordinary week."
	runSubjectCases(t, []subjectCase{
		{"vessels", "en", "2026-09-18", ferry, 11, "Nordic Line", ""},
		{"lorries", "en", "2026-09-18", ferry, 96000, "", "Baltic"},
		{"revenue", "en", "2026-09-18", ferry, 212e6, "Nordic Line", ""},
		{"sales for Thursday's draw", "en", "2025-05-02", draw, 96e6, "Thursday's draw", ""},
		{"their change", "en", "2025-05-02", draw, 160, "Thursday's draw", ""},
	})
	runSaidByCases(t, "2026-09-18", []saidByCase{
		{"en", "Nordic Line, the largest ferry operator on the Baltic Sea, said on Friday it carried a record 3.1 million passengers between June and August.\n\nFreight volumes, however, dropped 2.5% in the third quarter so far, to 96,000 lorries, the company said.", 96000, "Nordic Line"},
	})
}

// TestSession58ThatBeforeFigure: "said on Tuesday that 127 people…" keeps
// its figure (the tagger reads "that" as a determiner there), and the
// people a named site employs are that site's.
func TestSession58ThatBeforeFigure(t *testing.T) {
	for _, text := range []string{
		"Salmonella outbreak spreads\n\nThe CDC said on Tuesday that 127 people had been sickened.",
		"Salmonella outbreak spreads\n\nThe Centers for Disease Control and Prevention said on Tuesday that 127 people had fallen ill since late July.",
	} {
		figureOf(t, "en", "2016-09-14", text, 127)
	}
	runSubjectCases(t, []subjectCase{
		{"workers at the mine", "en", "2019-06-12", "Strike halts Peruvian copper mine\n\nAbout 2,300 workers at the Antamarca copper mine in southern Peru walked off the job on Tuesday after wage talks with operator Corvasur Copper broke down, their union said.", 2300, "Antamarca copper mine", ""},
	})
}

// TestSession58ThingThatPosts: a thing told by a common noun that posts a
// measure («L'assurance-vie a enregistré une collecte») is the figure's
// subject, not the article's product, and «en effet» between the
// auxiliary and the verb is no subject.
func TestSession58ThingThatPosts(t *testing.T) {
	const text = "Livret A : collecte négative en mars\n\n" +
		"Le Livret A a enregistré une décollecte de 1,04 milliard d'euros en mars, selon la Caisse des dépôts.\n\n" +
		"L'assurance-vie a en effet enregistré une collecte nette de 4,8 milliards d'euros en mars, selon France Assureurs."
	runSubjectCases(t, []subjectCase{
		{"assurance-vie", "fr", "2026-04-23", text, 4.8e9, "L'assurance-vie", ""},
	})
}

// TestSession58Counters: who counts a figure whose phrase names its owner
// ("counted 590,000 SkyFjord passengers") says it, and the owner is its
// subject; a single organiser speaks as organisers do.
func TestSession58Counters(t *testing.T) {
	const text = "SkyFjord passenger numbers climb\n\nSkyFjord said it carried 612,000 passengers in April.\n\n" +
		"Aviation authority Avinor, which operates most Norwegian airports, counted 590,000 SkyFjord passengers in April."
	runSubjectCases(t, []subjectCase{{"counted for", "en", "2026-05-14", text, 590000, "SkyFjord", ""}})
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", "SkyFjord said it carried 612,000 passengers in April.\n\nAviation authority Avinor, which operates most Norwegian airports, counted 590,000 SkyFjord passengers in April.", 590000, "Avinor"},
		{"en", "The Nordbuch fair drew 118,000 visitors, down 9% from last year.\n\nOnline sales made up 71% of the total, the organiser said.", 71, "organiser"},
	})
}

// TestSession58ColonRestating: «X avance un chiffre différent : N», "X
// gave a higher figure: N" is X's own count of what the figure before
// counts, of its subject and time.
func TestSession58ColonRestating(t *testing.T) {
	const fr = "Les ventes de voitures électriques reculent\n\nLes constructeurs ont vendu 41 200 voitures électriques en février, selon la PFA. L'institut AAA Data avance un chiffre légèrement différent : 37 600 voitures.\n\n" +
		"Le salon a accueilli 312 000 visiteurs en 2025, selon les organisateurs. La chambre régionale d'agriculture avance un chiffre plus bas : 287 000 entrées."
	const en = "Steelworkers strike at Hallbeck plant\n\nHallbeck Steel said 1,400 workers had joined the strike on Monday. The union gave a higher figure: 2,300 workers."
	runSubjectCases(t, []subjectCase{
		{"un chiffre légèrement différent :", "fr", "2026-03-12", fr, 37600, "Les constructeurs", ""},
		{"un chiffre plus bas :", "fr", "2026-03-12", fr, 287000, "Le salon", ""},
		{"a higher figure:", "en", "2026-05-14", en, 2300, "the strike", ""},
	})
	for _, c := range []struct {
		lang, date, text string
		value            float64
		said, day        string
	}{
		{"fr", "2026-03-12", fr, 37600, "AAA Data", "2026-02"},
		{"fr", "2026-03-12", fr, 287000, "chambre régionale d'agriculture", "2025"},
		{"en", "2026-05-14", en, 2300, "union", "2026-05-11"},
	} {
		if cl, ok := figureOf(t, c.lang, c.date, c.text, c.value); ok && (cl.SaidBy != c.said || cl.Date.String() != c.day || cl.Unsure) {
			t.Errorf("%v: said by %q, date %s, unsure %v; want %q, %s, sure", c.value, cl.SaidBy, cl.Date, cl.Unsure, c.said, c.day)
		}
	}
}

// TestSession58PlacedAt: «Kantar la place plutôt à 13,9 %» is Kantar's
// own figure for what the figure before measures.
func TestSession58PlacedAt(t *testing.T) {
	const text = "Telvia perd des abonnés\n\nLa part de marché de Telvia a atteint 15,2 % fin 2025, selon l'Arcep. Le cabinet Kantar la place plutôt à 13,9 %."
	runSubjectCases(t, []subjectCase{{"la place plutôt à", "fr", "2026-04-29", text, 13.9, "Telvia", ""}})
	runSaidByCases(t, "2026-04-29", []saidByCase{{"fr", "La part de marché de Telvia a atteint 15,2 % fin 2025, selon l'Arcep. Le cabinet Kantar la place plutôt à 13,9 %.", 13.9, "Kantar"}})
}

// TestSession58TradeSpeaker: "…, the Danish lender said" after a sentence
// that opens on an organisation other than the article's is that
// organisation; the article's own when the sentence names it.
func TestSession58TradeSpeaker(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		want  string
	}{
		{"Real Madrid sign Brazilian striker\n\nReal Madrid have signed Brazilian striker Endrick Santos from Palmeiras for a club-record fee of 180 million euros, the Spanish champions said on Wednesday.\n\nNordbank will cut 3,000 jobs by 2028, the Danish lender said on Thursday.", 3000, "Nordbank"},
		{"Wizz Air posts record traffic\n\nWizz Air carried 6 million passengers in June.\n\nAirbus delivered 12 jets to Wizz Air in June, the low-cost carrier said.", 12, "Wizz Air"},
	} {
		if cl, ok := figureOf(t, "en", "2026-07-08", c.text, c.value); ok && cl.SaidBy != c.want {
			t.Errorf("%v: said by %q, want %q", c.value, cl.SaidBy, c.want)
		}
	}
}

// TestSession58WholePlace: a body's count «dans toute la France» is
// France's, by the body; the part of it «à Paris» is Paris's.
func TestSession58WholePlace(t *testing.T) {
	const text = "Retraites : nouvelle journée de mobilisation\n\nÀ Lyon, 18 000 personnes ont défilé selon la préfecture.\n\n" +
		"Le ministère de l'Intérieur a recensé 212 000 manifestants dans toute la France, dont 38 000 à Paris."
	runSubjectCases(t, []subjectCase{
		{"dans toute la France", "fr", "2026-05-14", text, 212000, "France", ""},
		{"dont à Paris", "fr", "2026-05-14", text, 38000, "Paris", ""},
		{"across France", "en", "2026-05-14", "Strikes across France\n\nThe interior ministry counted 212,000 protesters across France.", 212000, "France", ""},
	})
	if cl, ok := figureOf(t, "fr", "2026-05-14", text, 212000); ok && cl.SaidBy != "ministère de l'Intérieur" {
		t.Errorf("said by %q, want the ministry", cl.SaidBy)
	}
}

// TestSession58WhereAfterDate: «qu'en 2024, où le festival avait réuni
// 280 000 spectateurs» is of 2024, and of the festival the relative names;
// «en Île-de-France, où les prix ont chuté» stays the place's.
func TestSession58WhereAfterDate(t *testing.T) {
	const text = "Le festival bat son record\n\nLe festival a réuni 285 000 spectateurs cette année. C'est 5 000 de plus qu'en 2024, où le festival avait réuni 280 000 spectateurs."
	runSubjectCases(t, []subjectCase{{"où after a date", "fr", "2025-07-21", text, 280000, "le festival", ""}})
	runDateCases(t, []dateCase{{"où after a date", "fr", "2025-07-21", text, 280000, "2024"}})
}

// TestSession58EstimatesThemSameNoun: «les estime à 468 000 exemplaires»
// after «s'est vendu à 512 000 exemplaires» is the source's own count of
// the same copies, though it names the noun again.
func TestSession58EstimatesThemSameNoun(t *testing.T) {
	const text = "Le Goncourt dope les ventes\n\nLe roman de Claire Morel s'est vendu à 512 000 exemplaires depuis le prix, selon son éditeur. L'institut Edistat, qui mesure les ventes en librairie différemment, les estime à 468 000 exemplaires à fin février."
	runSubjectCases(t, []subjectCase{{"les estime à N exemplaires", "fr", "2026-03-14", text, 468000, "", "Edistat"}})
	if cl, ok := figureOf(t, "fr", "2026-03-14", text, 468000); ok && cl.SaidBy != "Edistat" {
		t.Errorf("said by %q, want Edistat", cl.SaidBy)
	}
}

// TestSession58BodyBeforeRelative: "The Teamsters union, which represents
// many of the company's drivers, said…" is the union's word, and the
// company's "put the number at 650" after it its own count.
func TestSession58BodyBeforeRelative(t *testing.T) {
	const text = "Roadway cuts jobs\n\nThe Teamsters union, which represents many of the company's shuttle drivers, said Roadway had cut 1,100 jobs since January, while the company put the number at 650."
	for _, c := range []struct {
		value float64
		said  string
	}{{1100, "Teamsters"}, {650, "Roadway"}} {
		if cl, ok := figureOf(t, "en", "2026-05-14", text, c.value); ok && (cl.SaidBy != c.said || cl.Subject != "Roadway") {
			t.Errorf("%v: said by %q, subject %q; want %q, Roadway", c.value, cl.SaidBy, cl.Subject, c.said)
		}
	}
}

// TestSession58DatelineAgency: the news agency of a dateline before the
// first sentence's subject is no speaker of it.
func TestSession58DatelineAgency(t *testing.T) {
	runSaidByCases(t, "2026-05-20", []saidByCase{
		{"fr", "Montpellier, 20 mai 2026 (AFP) - L'éditeur français de jeux vidéo Pixelune a annoncé mardi un chiffre d'affaires de 612 millions d'euros pour son exercice 2025-2026, en hausse de 38 % sur un an.", 612e6, "Pixelune"},
	})
}

// TestSession58GroupNamedAs: «l'action du groupe» after a union spoke is
// the company the article named «le groupe de distribution…».
func TestSession58GroupNamedAs(t *testing.T) {
	const text = "Grande distribution : Provençal Distribution limite la casse\n\n" +
		"Le groupe de distribution Provençal Distribution, qui exploite 212 hypermarchés, a annoncé mercredi un chiffre d'affaires de 3,4 milliards d'euros au premier trimestre.\n\n" +
		"Les syndicats s'inquiètent toutefois des suppressions de postes. La CFDT évoque 340 postes menacés d'ici la fin de l'année.\n\n" +
		"En Bourse, l'action du groupe a cédé 3,7 % mercredi à la mi-journée, à 24,80 euros."
	runSubjectCases(t, []subjectCase{{"l'action du groupe", "fr", "2026-05-14", text, 3.7, "Provençal Distribution", ""}})
}

// TestSession58ReportedStateMeasure: a state's measure a body reports
// before it ("BPS said annual inflation quickened to 4.16%", "The Fiscal
// Council estimated public debt would rise to 61%") is the country's the
// article names most, not the body's (with no country, the observer's own
// forecast, as before).
func TestSession58ReportedStateMeasure(t *testing.T) {
	const text = "Indonesia posts trade surplus\n\nIndonesia's exports rose 35% in May, Statistics Indonesia (BPS) said on Tuesday, lifting the trade surplus of Indonesia.\n\nSeparately, BPS said annual inflation quickened to 4.16% in May from 3.91% in April."
	runSubjectCases(t, []subjectCase{
		{"BPS said inflation", "en", "2010-06-15", text, 4.16, "Indonesia", ""},
		{"public debt", "en", "2026-12-10", "Poland passes 2027 budget\n\nPoland's parliament passed the budget on Friday.\n\nThe independent Fiscal Council estimated public debt would rise to 61% of GDP by the end of 2027.", 61, "Poland", ""},
	})
}

// TestSession58OfficerOwnsNot: what an organisation owns, told by its
// officer named with it, is the organisation's; "Events" ends a company's
// name.
func TestSession58OfficerOwnsNot(t *testing.T) {
	const text = "Chess tournament draws record audience\n\nThe Grand Masters final drew 3.1 million viewers, organiser Checkmate Events said on Monday.\n\nCheckmate Events chief executive Laila Hassan said sponsorship revenue reached 11 million dollars this year."
	runSubjectCases(t, []subjectCase{
		{"officer's company's revenue", "en", "2026-05-14", text, 11e6, "Checkmate Events", ""},
		{"a company that says", "en", "2026-05-14", "Chess tournament draws record audience\n\nCheckmate Events said sponsorship revenue reached 11 million dollars this year.", 11e6, "Checkmate Events", ""},
	})
	for _, txt := range []string{text, "Chess tournament draws record audience\n\nCheckmate Events said sponsorship revenue reached 11 million dollars this year."} {
		if cl, ok := figureOf(t, "en", "2026-05-14", txt, 11e6); ok && cl.Unsure {
			t.Errorf("%q: unsure", txt)
		}
	}
}

// TestSession58RecalledByName: «…, a rappelé Pierre Chardon» reports the
// words before it, as «…, a rappelé le directeur» did.
func TestSession58RecalledByName(t *testing.T) {
	runSaidByCases(t, "2026-04-14", []saidByCase{
		{"fr", "La station a accueilli 1,2 million de skieurs cet hiver, selon son directeur Pierre Chardon.\n\nEn janvier, la fréquentation avait reculé de 5 % en raison du manque de neige, a rappelé Pierre Chardon.", 5, "Pierre Chardon"},
	})
}

// TestSession58TheseCounted: «ces départs», "these orders" stand for what
// a figure just before counted: its subject, and its time when the words
// tell none; "are worth" N is their value.
func TestSession58TheseCounted(t *testing.T) {
	const fr = "La banque SLC va supprimer 1 200 postes\n\nLa banque SLC a annoncé mardi un plan de 1 200 départs volontaires d'ici 2027.\n\nSelon l'analyste de Kepler Cheuvreux, Marc Berthier, ces départs devraient permettre d'économiser 95 millions d'euros par an à partir de 2028."
	const en = "Boeing unveils the 787\n\nOn Saturday, Boeing announced 35 new orders from Air Berlin, bringing the total to 677 orders. At the list price, these orders are worth US$5.62 billion."
	runSubjectCases(t, []subjectCase{
		{"ces départs", "fr", "2026-05-14", fr, 95e6, "SLC", ""},
		{"these orders", "en", "2007-07-09", en, 5.62e9, "Boeing", ""},
	})
	if cl, ok := figureOf(t, "en", "2007-07-09", en, 5.62e9); ok && (cl.Date.String() != "2007-07-07" || cl.Measure != "order value ($)") {
		t.Errorf("these orders: date %s, measure %q; want 2007-07-07, order value ($)", cl.Date, cl.Measure)
	}
}

// TestSession58Segments: a company's division's figures are the
// division's, and its bare figures its sales.
func TestSession58Segments(t *testing.T) {
	const fr = "Aurelys : ventes en baisse en 2025\n\nLe groupe de luxe Aurelys a réalisé un chiffre d'affaires de 84,6 milliards d'euros en 2025, en recul de 3 %.\n\nLa division vins et spiritueux a reculé de 8 %, à 5,6 milliards d'euros."
	const en = "Luxor Group sales fall\n\nLuxor Group said revenue fell 3% to 84.6 billion euros in 2025.\n\nThe watches and jewellery division grew 4% to 11.1 billion euros."
	runSubjectCases(t, []subjectCase{
		{"la division", "fr", "2026-02-05", fr, 5.6e9, "division vins et spiritueux", ""},
		{"the division", "en", "2026-02-05", en, 11.1e9, "watches and jewellery division", ""},
	})
	for _, c := range []struct {
		lang, text string
		value      float64
		measure    string
	}{{"fr", fr, 5.6e9, "chiffre d'affaires (€)"}, {"fr", fr, 8, "chiffre d'affaires baisse (%)"}, {"en", en, 11.1e9, "revenue (€)"}} {
		if cl, ok := figureOf(t, c.lang, "2026-02-05", c.text, c.value); ok && cl.Measure != c.measure {
			t.Errorf("%v: measure %q, want %q", c.value, cl.Measure, c.measure)
		}
	}
}

// TestSession58LongRelative: a relative clause of twenty words before the
// verb still leaves its antecedent the clause's subject, not a time in it.
func TestSession58LongRelative(t *testing.T) {
	runSubjectCases(t, []subjectCase{{"la tempête qui…", "fr", "2026-01-14",
		"Tempête : au moins trois morts dans l'Ouest\n\nLa tempête qui a balayé la Bretagne et la Normandie dans la nuit de dimanche à lundi a fait au moins trois morts, selon le ministère de l'Intérieur.",
		3, "La tempête", ""}})
}

// TestSession58NounNoSpeech: «après l'annonce», "an estimated" are nouns
// and adjectives, no verbs of saying; «selon sa direction» is the
// management of what the sentence opens on.
func TestSession58NounNoSpeech(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "Sanofi a rappelé 1,2 million de flacons de Doliprane Pédiatrique.\n\nLes ventes de Doliprane Pédiatrique ont chuté de 30 % en une semaine après l'annonce, selon le cabinet IQVIA.", 30, "IQVIA"},
		{"fr", "Le Doliprane est en rupture.\n\nLa Cité du Vin a reçu 460 000 visiteurs l'an dernier, en baisse de 5 %, selon sa direction.", 460000, "Cité du Vin"},
	})
}

// TestSession58RegionSpeaks: «selon la région» cites the regional council.
func TestSession58RegionSpeaks(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "Selon la région, 4,1 % des trains programmés ont été annulés l'an dernier, contre 2,8 % en 2024.", 2.8, "région"},
	})
}

// TestSession58WhoBeforeSaid: "President Daniel Chapo, who visited Beira
// on Tuesday, said…" is the president's word, not the words after "said".
func TestSession58WhoBeforeSaid(t *testing.T) {
	runSaidByCases(t, "2026-03-12", []saidByCase{
		{"en", "President Daniel Chapo, who visited Beira on Tuesday, said the government needed $800 million for reconstruction.", 800e6, "Daniel Chapo"},
		{"en", "The bridge collapsed on Sunday.\n\nProsecutors in Bacau, who opened a manslaughter investigation the day after the collapse, said three engineers had been questioned.", 3, ""},
	})
}

// TestSession58PlaceOfMeasure: "The company's North Sea production" is
// the company's production there, not all of it; "The Metall union in
// Sweden, which represents…, said" is the union's word.
func TestSession58PlaceOfMeasure(t *testing.T) {
	const text = "Norvik Energy output falls 4%\n\nNorvik Energy, the Anglo-Norwegian oil major, said on Thursday its oil and gas production fell 4% in the first quarter.\n\n" +
		"The company's North Sea production fell 11% to 540,000 boepd, while its US shale output rose 7% to 410,000 boepd."
	for _, c := range []struct {
		value float64
		place string
	}{{11, "North Sea"}, {7, "US"}} {
		if cl, ok := figureOf(t, "en", "2026-05-14", text, c.value); ok && !strings.HasPrefix(cl.Measure, c.place+" ") {
			t.Errorf("%v: measure %q, want it of %s", c.value, cl.Measure, c.place)
		}
	}
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", "Thermaflow will build a plant in Poland.\n\nThe Metall union in Sweden, which represents workers at Thermaflow's plant in Ljungby, said the Polish factory could put 400 Swedish jobs at risk.", 400, "Metall"},
	})
}
