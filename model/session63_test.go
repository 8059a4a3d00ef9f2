package model

import (
	"strings"
	"testing"
)

// A range whose unit is written once, after its upper end ("de 6 à 8 %",
// "140 million to 165 million dollars"), or the range of a change still
// to come ("would grow by 6% to 8%"), is one claim with both ends and the
// change's sign; a change and the level it reaches ("would be cut by $200
// to $399", "est passé de 6 à 8 %") stays two figures or the level.
func TestRangeWrittenOnceOrToCome(t *testing.T) {
	cases := []struct {
		name, lang, text string
		value, low       float64
		unit             string
	}{
		{"growth to come", "en", "Acme said revenue would grow by 6% to 8% this year.", 8, 6, "+%"},
		{"money, unit after", "en", "Acme expects sales of 140 million to 165 million dollars in 2025.", 165e6, 140e6, "$"},
		{"French, unit after", "fr", "Acme vise une marge de 12 à 14 % en 2025.", 14, 12, "%"},
		{"French conditional", "fr", "Acme a annoncé que son chiffre d'affaires progresserait de 6 à 8 % cette année.", 8, 6, "+%"},
		{"French, a fall feared", "fr", "En décembre, la fédération redoutait encore un recul de 5 à 8 %.", 8, 5, "−%"},
		{"a raise to come, its object between", "en", "Lindqvist Confectionery said it would raise prices by 10% to 15% in Europe from September.", 15, 10, "+%"},
		{"a further fall to come", "en", "Traders expect Acme's grindings to fall a further 3% to 5% this quarter.", 5, 3, "−%"},
		{"a move, not a range", "fr", "Le taux de chômage d'Acme est passé de 6 à 8 % en 2024.", 8, 0, "%"},
		{"a cut and its level", "en", "The price of Acme's phone would be cut by $200 to $399, Acme said.", 399, 0, "$"},
		{"a past change and its level", "en", "Acme's share of the market rose by 2% to 15% in 2024.", 15, 0, "%"},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, c.lang, "2025-03-04", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Low != c.low || cl.Unit != c.unit {
			t.Errorf("%s: %q read as %v [low %v] %s, want [low %v] %s", c.name, c.text, cl.Value, cl.Low, cl.Unit, c.low, c.unit)
		}
	}
}

// A verb of passing a mark right before a figure bounds it: "exceeded
// 40,000" is more than 40,000, «ne peuvent plus dépasser 40 km/h» at most
// 40; "above" and "below" bound as "over" and "under" do.
func TestBoundOfPassingAMark(t *testing.T) {
	cases := []struct {
		name, lang, text string
		value            float64
		want             Qualifier
	}{
		{"exceeded", "en", "Acme's workforce exceeded 40,000 last year.", 40000, AtLeast},
		{"topped money", "en", "Acme's revenue topped $2 billion in 2024.", 2e9, AtLeast},
		{"French, the million", "fr", "Le chiffre d'affaires d'Acme a dépassé le million d'euros en 2024.", 1e6, AtLeast},
		{"French, a mark", "fr", "Les ventes d'Acme ont franchi la barre des 10 millions d'exemplaires en 2024.", 10e6, AtLeast},
		{"negated", "fr", "Sur ce tronçon, les trains d'Acme ne peuvent plus dépasser 40 km/h depuis 2024.", 40, AtMost},
		{"above", "en", "Acme's shares stayed above $80 for most of 2024.", 80, AtLeast},
		{"below", "en", "Acme's margin fell below 3% in 2024.", 3, AtMost},
		{"plain", "en", "Acme's workforce reached 40,000 last year.", 40000, Exact},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, c.lang, "2025-03-04", c.text, c.value)
		if ok && cl.Qualifier != c.want {
			t.Errorf("%s: %q bounded %q, want %q", c.name, c.text, cl.Qualifier, c.want)
		}
	}
}

// A person who forecasts a figure of no one named ("Analyst Jane Smith
// expects sales of $3.8 billion") gives the article's company's outlook,
// said by her; she is not its subject.
func TestAnalystsOutlookIsTheCompanys(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "named analyst", lang: "en", date: "2025-03-04", text: "Acme Corp reported a 12% rise in quarterly profit on Tuesday. Morgan Stanley analyst Jane Smith expects sales of $3.8 billion this year.", value: 3.8e9, want: "Acme Corp"},
		{name: "pronoun", lang: "en", date: "2025-03-04", text: "Acme Corp reported a 12% rise in quarterly profit on Tuesday. Jane Smith, an analyst at Morgan Stanley, said Acme's margin would shrink. She expects sales of $3.9 billion next year.", value: 3.9e9, want: "Acme"},
	})
	cl, ok := figureOf(t, "en", "2025-03-04", "Acme Corp reported a 12% rise in quarterly profit on Tuesday. Morgan Stanley analyst Jane Smith expects sales of $3.8 billion this year.", 3.8e9)
	if ok && cl.SaidBy != "Jane Smith" {
		t.Errorf("analyst's outlook said by %q, want Jane Smith", cl.SaidBy)
	}
}

// A dateline without a year takes one the text leaves open: after a whole
// year it tells as gone by («26 000 réalisés en 2024», «Sur l'ensemble de
// l'année 2024, le chiffre avait atteint…»), not after a year it names as
// a target («vise … l'année 2025», "quotas pour 2026", "by 2027"), even
// when a weekday of its lead fits another year better.
func TestYearlessDatelineBetweenPastAndTargets(t *testing.T) {
	runPublishedCases(t, []publishedCase{
		{"a target year and the year before it done", "Recrutement\n\nPar Julien Moreau\n\nToulon, 8 juillet (AFP) – Les armées ont recruté 14 200 militaires au premier semestre, a annoncé lundi le ministère.\n\nLe ministère vise 30 000 recrutements sur l'ensemble de l'année 2025, contre 26 000 réalisés en 2024. La loi prévoit 80 000 réservistes d'ici à 2030.\n", "2025-07-08"},
		{"a fronted year gone by", "Défaillances\n\nPar Antoine Lefebvre\n\nLille, 2 octobre (AFP) – Les défaillances ont atteint 66 400 sur douze mois, selon les chiffres publiés mercredi par la Banque de France.\n\nSur l'ensemble de l'année 2024, le chiffre avait atteint 65 700. Les économistes prévoient une décrue en 2026.\n", "2025-10-02"},
		{"target years only ahead", "Quotas de pêche\n\nPar Thomas Bernard\n\nBRUXELLES (AFP) – Les ministres se sont accordés mercredi sur les quotas pour 2026, avec 2 400 tonnes de sole, contre 3 200 tonnes cette année.\n\nLe secteur a débarqué 420 000 tonnes de poisson en 2024.\n", "2025"},
		{"a deadline does not date the story", "Homelessness rises\n\nBy Jane Roe\n\nHARBORVIEW (AP) - Homelessness rose 14% to 9,860 this year, the authority said on Wednesday.\n\nIt said 3,420 people had moved into housing in 2023. The council will vote on a plan to build 2,000 units by 2027.\n", "2024"},
		{"last year's base", "Refinery fire\n\nBy Jane Roe\n\nPASADENA, Texas (AP) - A fire broke out at Gulfline's refinery early Tuesday, injuring 7 workers.\n\nIn 2022, the plant was fined $1.2 million. Last year, Gulfline reported 14 flaring events at the site, up from nine in 2023.\n", "2025"},
		{"a season gone by", "Measles outbreak grows\n\nBy Jane Roe\n\nCOLUMBUS, Ohio (AP) - The outbreak has grown to 87 cases, officials said Thursday.\n\nVaccination rates had fallen to 86% in the 2024-25 school year from 93% in 2019.\n", "2025"},
		{"since the start of a year", "Marée noire\n\nPar Jean Dupont\n\nBrest, 9 novembre (AFP) – Une nappe de fioul a atteint jeudi 12 plages, a indiqué la préfecture.\n\nDepuis le début de 2025, sept pollutions ont été signalées, contre six l'an dernier. L'Erika avait souillé 400 km de côtes en décembre 1999.\n", "2025-11-09"},
		{"a year it plans for, beside a year gone by", "Grève à la SNCF\n\nPar Jean Dupont\n\nPARIS (AFP) – La SNCF supprime un TGV sur deux vendredi, a annoncé mercredi la direction.\n\nL'entreprise a transporté 122 millions de voyageurs en 2023. Elle prévoit d'en transporter plus de 130 millions en 2025.\n", "2025"},
		{"the season it is written in", "Canicule : 41,2 °C à Toulouse, un record pour un mois d'août\n\nPar Julien Marchal, AFP\n\nToulouse, 12 août (AFP) – Le thermomètre a atteint 41,2 °C lundi après-midi à Toulouse-Blagnac, un record absolu pour un mois d'août dans la Ville rose, a indiqué Météo-France, qui a placé mardi 16 départements en vigilance rouge canicule.\n\nLe précédent record pour un mois d'août, 40,2 °C, datait du 5 août 2003. Cette deuxième vague de chaleur de l'été 2025 devrait durer au moins jusqu'à vendredi, selon le prévisionniste.\n\nAu total, 53 départements sont en vigilance orange. Les températures maximales devraient atteindre entre 38 et 42 °C mercredi dans le Sud-Ouest et la vallée du Rhône, et les nuits resteront tropicales, avec des minimales rarement inférieures à 22 °C.\n", "2025-08-12"},
		{"a year planned for", "Telvanta cuts jobs\n\nBy Jane Roe\n\nWARSAW, April 29 (Reuters) - Telvanta said on Monday it would cut 1,200 jobs, its first cuts since 2019.\n\nIt said it would invest 1.6 billion zlotys in 2024.\n", "2024-04-29"},
	})
}

// A source named by common nouns is read: the company by its trade
// («a annoncé mardi l'électricien», a headline's "…, insurer says",
// «selon les chiffres du constructeur»), a body's data ("finance
// ministry data showed"), the companies of a deal ("according to the
// companies"), a body that speaks «dans un communiqué» without it; not the
// data a subordinate clause cites ("after late customs data showed").
func TestSourcesNamedByCommonNouns(t *testing.T) {
	runSaidByCases(t, "2025-02-12", []saidByCase{
		{"fr", "EDF produit plus\n\nLe parc nucléaire d'EDF a produit 361,7 TWh d'électricité en 2024, a annoncé mardi l'électricien.", 361.7, "EDF"},
		{"fr", "Le constructeur automobile Alcéa réduit sa production. Les ventes d'Alcéa ont chuté de 18 % en Europe au premier semestre, selon les chiffres du constructeur.", 18, "Alcéa"},
		{"en", "Hackers stole data of 4.1 million Brightwell customers, insurer says\n\nBritish insurer Brightwell Group said on Monday that hackers had stolen data.", 4.1e6, "Brightwell"},
		{"en", "Foreign investors bought a net 1.3 trillion yen of Japanese bonds last week, finance ministry data showed.", 1.3e12, "finance ministry"},
		{"en", "The Salar Blanco mine will produce 40,000 tonnes of lithium a year when it reaches full capacity in 2028, according to the companies.", 40000, "companies"},
		{"fr", "La préfecture a recensé 23 blessés lundi, a indiqué la préfecture dans un communiqué.", 23, "préfecture"},
		{"en", "The agency revised March's surplus to $2.31 billion, after late customs data showed higher imports.", 2.31e9, ""},
	})
}

// What a body that observes counts or measures of a disaster told just
// before is the disaster's, said by the body: "The Nepal Red Cross Society
// said its teams had counted at least 170 bodies" is no figure of the Red
// Cross's own.
func TestObserversCountOfADisaster(t *testing.T) {
	const text = "Earthquake kills dozens in Nepal\n\nA magnitude 6.4 earthquake struck western Nepal late on Friday, killing at least 128 people, officials said.\n\nThe U.S. Geological Survey measured the quake at magnitude 5.7.\n\nThe Nepal Red Cross Society said its teams had counted at least 170 bodies in Jajarkot.\n\nThe Red Cross has 400 volunteers in the region, it said."
	for _, c := range []struct {
		value     float64
		said, bad string
	}{{170, "Nepal Red Cross Society", "Red Cross"}, {5.7, "Geological Survey", "Survey"}} {
		cl, ok := figureOf(t, "en", "2023-11-04", text, c.value)
		if ok && (strings.Contains(cl.Subject, c.bad) || cl.SaidBy != c.said) {
			t.Errorf("%v: subject %q said by %q, want the quake's by %q", c.value, cl.Subject, cl.SaidBy, c.said)
		}
	}
	if cl, ok := figureOf(t, "en", "2023-11-04", text, 400); ok && !strings.Contains(cl.Subject, "Red Cross") {
		t.Errorf("its own volunteers: subject %q", cl.Subject)
	}
}
