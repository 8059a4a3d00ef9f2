package model

import (
	"strings"
	"testing"
	"time"
)

// The year of a story whose dateline gives none, read from more of its
// words: a rule's start still to come («à partir du 1er janvier 2026»)
// is no day of writing and dates it the year before a New Year's Day, as
// «à partir de 2026» does; a deadline written «d'ici 2028» or «d'ici à
// la fin 2026» is a target; a year a future verb follows
// ("2024 will be the year") is still to come; a season spent in the past
// ("councils spent … in the 2023/24 financial year") is over; a base
// month of last year («contre 15,2 % en mars 2024» beside «en mars») is a
// year before the story's.
func TestYearOfAStoryFromMoreOfItsWords(t *testing.T) {
	runPublishedCases(t, []publishedCase{
		{"a rule's start still to come", "Taxe de séjour\n\nPar Jean Dupont\n\nNICE – La ville de Nice va relever sa taxe de séjour à partir du 1er janvier 2026, a annoncé mardi le maire. La fréquentation a progressé de 4 % cet été, selon l'office de tourisme. La taxe rapportera 12 millions d'euros par an, contre 9 millions en 2024.\n", "2025"},
		{"a rule's start after a past verb", "Côte d'Azur\n\nPar Margaux Delcourt\n\nNICE (AFP) – La Côte d'Azur a accueilli 5,4 millions de touristes en juillet et août, a annoncé mercredi le comité régional du tourisme.\n\nLe nombre d'annonces a augmenté de 11 % à Nice, où la mairie a décidé de limiter la location à partir du 1er janvier 2026.\n", "2025"},
		{"a deadline written d'ici", "Pommes\n\nPar Jean Dupont\n\nANGERS – La récolte française de pommes devrait atteindre 1,38 million de tonnes cette année, en hausse de 7 % par rapport à 2024, a annoncé l'ANPP.\n\nLes surfaces de la variété Crimson Snow doivent doubler d'ici 2028.\n", "2025"},
		{"a year a future verb follows", "Vietnam tourism\n\nBy Jane Roe\n\nHANOI, Wednesday (Reuters) - Vietnam welcomed 8.8 million foreign visitors in the first six months of this year, up 58% from 5.6 million in the same period of 2023, the statistics office said.\n\nThe government has set a target of 20 million for 2025. \"We are confident that 2024 will be the year Vietnam fully recovers,\" an official said. Since August last year, visitors have been able to apply for electronic visas.\n", "2024"},
		{"a season spent in the past", "Libraries to close\n\nBy Jane Roe\n\nMANCHESTER, England — Manchester City Council will close seven of its 22 libraries, it said on Wednesday.\n\nVisits rose from 2.1 million in 2019 to 2.2 million last year. Nationally, councils in England spent 702 million pounds on libraries in the 2023/24 financial year. A second phase could cut the budget by a further 1 million pounds by 2027.\n", "2024"},
		{"a deadline at the end of a year", "Agences bancaires\n\nPar Jean Dupont\n\nRENNES, mardi (AFP) – Le Crédit Armoricain va fermer 62 de ses 410 agences d'ici à la fin 2026, a annoncé mardi la direction.\n\nLe groupe a dégagé un bénéfice net de 412 millions d'euros en 2024. Ces fermetures s'ajoutent aux 38 agences déjà fermées l'an dernier.\n", "2025"},
		{"a year a reform starts from", "Naissances\n\nPar Jean Dupont\n\nPARIS (AFP) – Quelque 663 000 bébés sont nés en France l'an dernier, soit 2,2 % de moins qu'en 2023, selon le bilan publié mardi.\n\nLe congé de naissance, qui remplacera le congé parental à partir de 2026, sera mieux rémunéré, a rappelé la ministre.\n", "2025"},
		{"a base month a year before", "Voitures électriques\n\nPar Jean Dupont\n\nPARIS, 2 avril – Les immatriculations de voitures électriques ont progressé de 8 % en mars sur un an, à 29 540 unités.\n\nL'ensemble du marché a chuté de 14,5 % le mois dernier. La part de marché de l'électrique atteint ainsi 19,2 %, contre 15,2 % en mars 2024.\n", "2025-04-02"},
	})
}

// A level reached within a range ("has fallen to between 0.2% and 0.3%")
// is no change: the range has no sign.
func TestLevelReachedWithinARange(t *testing.T) {
	c, ok := figureOf(t, "en", "2025-03-04", "Annual inflation has fallen to between 0.2% and 0.3%, the central bank said on Tuesday.", 0.3)
	if !ok {
		return
	}
	if c.Unit != "%" || c.Low != 0.2 {
		t.Errorf("0.3: unit %q, low %v; want %%, no sign, low 0.2", c.Unit, c.Low)
	}
}

// A source named in more of the ways French news names one: the agent of
// a passive estimate («sont estimées … par l'office de tourisme»), «fait
// valoir» set after the words or before «que», an administration named
// «la direction académique» (no company's management); not a figure
// before the passive («a promis de baisser de 20 % …, une mesure dont le
// coût est estimé … par l'équipe de Martine Aubrac»).
func TestSourcesOfEstimatesAndArguments(t *testing.T) {
	runSaidByCases(t, "2025-03-04", []saidByCase{
		{"fr", "Le festival de Pézenas a attiré 118 000 spectateurs. Ses retombées sont estimées entre 9 et 11 millions d'euros par l'office de tourisme.", 11e6, "office de tourisme"},
		{"fr", "La Creuse perd 14 classes. En Creuse, le taux d'encadrement devrait passer de 5,9 à 6,1 postes pour 100 élèves, fait valoir la direction académique, qui assure que les moyens sont élevés.", 6.1, "direction académique"},
		{"fr", "Thierry Vasseur a promis de baisser de 20 % le prix des abonnements TER d'ici 2025 s'il était élu, une mesure dont le coût est estimé à 90 millions d'euros par an par l'équipe de Martine Aubrac.", 20, ""},
		{"fr", "Le ministère de l'Éducation nationale fait valoir que le nombre moyen d'élèves par classe atteindra 21,4 en élémentaire.", 21.4, "ministère de l'Éducation nationale"},
	})
}

// A statement is said by who makes it: "The Financial Conduct Authority
// said last month it would review…" is an event said by the authority.
func TestStatementSaidByItsSpeaker(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The Financial Conduct Authority said last month it would review how insurers set prices for older drivers.", "Financial Conduct Authority"},
		{"en", "Deputy Infrastructure Minister Paolo Ghedini said last week that a reform of motorway concessions would tie toll increases to investment.", "Paolo Ghedini"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2025-01-22", "Title\n\n"+c.text).Claims {
			if !cl.HasValue && cl.Subject == c.want {
				found = true
				if cl.SaidBy != c.want {
					t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event of %q", c.text, c.want)
		}
	}
}

// A range a verb of ranging opens ("Fines will range from 250 to 2,000
// Australian dollars") is one claim with both ends; a level a change
// starts from ("fell from 93% in 2015 to 61%") has no sign; a body whose
// name holds a group's possessive ("the United Nations Children's Fund")
// is one name; a company's kind opening the sentence ("Budget carrier
// SkyLotus Airlines") is no name.
func TestRangesLevelsAndNamesOfSession64(t *testing.T) {
	const date = "2025-03-04"
	if c, ok := figureOf(t, "en", date, "Drought rules\n\nFines for breaching the rules will range from 250 to 2,000 Australian dollars, Water Minister Helen Okafor said.", 2000); ok && c.Low != 250 {
		t.Errorf("2,000: low %v, want 250", c.Low)
	}
	if c, ok := figureOf(t, "en", date, "Vaccines\n\nA study found that confidence that vaccines are safe fell from 93% in 2015 to 61% in 2022.", 93); ok && c.Unit != "%" {
		t.Errorf("93: unit %q, want %% (a level, no sign)", c.Unit)
	}
	runSubjectCases(t, []subjectCase{
		{name: "a group's possessive in a name", lang: "en", date: date, text: "The United Nations Children's Fund said it had shipped 500,000 doses to Manila in 2024.", value: 500000, want: "United Nations Children's Fund"},
		{name: "a company's kind opening the sentence", lang: "en", date: date, text: "Budget carrier SkyLotus Airlines, which added 14 international routes this year, said its load factor reached 87% in the second quarter.", value: 87, want: "SkyLotus Airlines"},
	})
}

// The dead an observatory counts are the country's, by the observatory:
// «L'ONISR dénombre 222 cyclistes tués en 2024» after «l'Observatoire
// national interministériel de la sécurité routière (ONISR)».
func TestObservatoryCountsTheCountrysDead(t *testing.T) {
	const text = "Sécurité routière\n\nPARIS, 5 juin 2025 (AFP) – Le nombre de personnes tuées sur les routes de France a baissé en 2024, à 3 190, selon le bilan publié jeudi par l'Observatoire national interministériel de la sécurité routière (ONISR).\n\nLa mortalité des cyclistes fait l'objet de chiffres discordants. L'ONISR dénombre 222 cyclistes tués en 2024. Le collectif Cyclistes Solidaires en compte 247.\n"
	c, ok := figureOf(t, "fr", "2025-06-05", text, 222)
	if !ok {
		return
	}
	if c.Subject != "France" || c.SaidBy != "ONISR" {
		t.Errorf("222: subject %q, said by %q; want France, ONISR", c.Subject, c.SaidBy)
	}
	// and the change told right after it, in its clause
	if c, ok := figureOf(t, "fr", "2025-06-05", strings.Replace(text, "222 cyclistes tués en 2024.", "222 cyclistes tués en 2024, en baisse de 0,5 %.", 1), 0.5); ok && (c.Subject != "France" || c.SaidBy != "ONISR") {
		t.Errorf("0.5: subject %q, said by %q; want France, ONISR", c.Subject, c.SaidBy)
	}
}

// publishedCase is an article's text and the publication date its own
// words give, read with the clock at 2026-12-07.
type publishedCase struct{ name, text, want string }

// runPublishedCases checks the publication date Build reads from each
// case's text.
func runPublishedCases(t *testing.T, cases []publishedCase) {
	t.Helper()
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC) }
	for _, c := range cases {
		a, err := ParseArticle("x.txt", []byte(c.text), false)
		if err != nil {
			t.Fatal(err)
		}
		Build(&Set{Name: "x", Articles: []*Article{a}})
		if got := a.Published.String(); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}
