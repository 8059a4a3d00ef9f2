package model

import (
	"testing"
)

// TestSession59CountsPutAt: a source that puts "the number of" people at
// a figure counts them for the place or event the passage tells of, not
// for the people, and not as a restating of the count told before; a
// participle after the people says which of them. "Reported the value of
// the deal at" is built the same way.
func TestSession59CountsPutAt(t *testing.T) {
	const quake = "Quake death toll rises as rescuers search rubble in eastern Turkey\n\n" +
		"The death toll from Sunday's earthquake in eastern Turkey rose to 412 on Tuesday.\n\n"
	cases := []struct {
		name, text       string
		value            float64
		subject, measure string
		saidBy           string
	}{
		{"number of", quake + "The Turkish Red Crescent put the number of homeless people at about 25,000.", 25000, "Turkey", "people", "Red Crescent"},
		{"reported at", "Streaming rights deal agreed\n\nThe Sports Business Journal reported the total value of the deal at $5.2 billion.", 5.2e9, "the deal", "value ($)", "Sports Business Journal"},
		{"people left homeless", quake + "The Turkish Red Crescent put the number of people left homeless at 27,000.", 27000, "Turkey", "people", "Red Crescent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "en", "2026-03-03", c.text, c.value)
			if !ok {
				return
			}
			if cl.Subject != c.subject || cl.Measure != c.measure || cl.SaidBy != c.saidBy {
				t.Errorf("subject %q, measure %q, said by %q; want %q, %q, %q", cl.Subject, cl.Measure, cl.SaidBy, c.subject, c.measure, c.saidBy)
			}
		})
	}
}

// TestSession59RelativeApposition: a relative clause set off by commas
// between a subject and its verb tells of the subject; a noun of its own
// («l'essentiel des liaisons») is not what the figure is of.
func TestSession59RelativeApposition(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"qui assure l'essentiel", "fr", "2026-05-14", "Grève des contrôleurs aériens : plus de 1 200 vols annulés jeudi\n\nAir France, qui assure l'essentiel des liaisons intérieures, a indiqué avoir supprimé 410 vols.", 410, "Air France", ""},
		{"qui assure, a supprimé", "fr", "2026-05-14", "Grève des contrôleurs aériens : plus de 1 200 vols annulés jeudi\n\nAir France, qui assure l'essentiel des liaisons intérieures, a supprimé 411 vols.", 411, "Air France", ""},
		{"which operates most", "en", "2026-05-14", "Air traffic controllers strike grounds flights across France\n\nDelta, which operates most of the country's domestic routes, has cancelled 412 flights.", 412, "Delta", ""},
	})
}

// TestSession59SecondSourceOfAChange: a second source's own figure for
// a change the sentence before told ("put the decline at", «évoquent pour
// leur part un recul de») is of the same thing and period, said by it.
func TestSession59SecondSourceOfAChange(t *testing.T) {
	cases := []struct {
		lang, text       string
		value            float64
		subject, saidBy  string
		unit, wantPeriod string
	}{
		{"en", "Wine exports slump\n\nExports to the United States fell 18% in the fourth quarter, according to the federation. The customs office put the decline at 14% over the same period.", 14, "Exports to the United States", "customs office", "−%", "2025-10/2025-12"},
		{"fr", "Les exportations de vin reculent\n\nLes exportations vers les Etats-Unis ont baissé de 18 % au quatrième trimestre, d'après la FEVS. Les douanes françaises évoquent pour leur part un recul de 14 % sur la même période.", 14, "exportations vers les Etats-Unis", "douanes françaises", "−%", "2025-10/2025-12"},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, c.lang, "2026-03-02", c.text, c.value)
		if ok && (cl.Subject != c.subject || cl.SaidBy != c.saidBy || cl.Unit != c.unit || cl.Date.String() != c.wantPeriod) {
			t.Errorf("%q: subject %q, said by %q, unit %q, date %q; want %q, %q, %q, %q", c.text, cl.Subject, cl.SaidBy, cl.Unit, cl.Date, c.subject, c.saidBy, c.unit, c.wantPeriod)
		}
	}
}

// TestSession59AdministrationsAndFigures: «la direction générale des
// douanes» is an administration, not the management of an organisation
// named before; its abbreviation in brackets names it; «les chiffres
// communiqués par le groupe» are the group's.
func TestSession59AdministrationsAndFigures(t *testing.T) {
	const farm = "Le salon de l'agriculture ferme ses portes\n\n« La France a perdu 100 000 exploitations en dix ans », a déclaré Arnaud Rousseau, président de la FNSEA. "
	const poissy = "Stellantis va supprimer 1 100 postes à Poissy\n\nStellantis va supprimer 1 100 postes dans son usine de Poissy, a annoncé le constructeur mardi. "
	cases := []struct {
		text   string
		value  float64
		saidBy string
	}{
		{farm + "Les exportations agroalimentaires ont dégagé un excédent de 4,9 milliards d'euros en 2025, a précisé la direction générale des douanes.", 4.9e9, "direction générale des douanes"},
		{farm + "Les exportations agroalimentaires ont dégagé un excédent de 4,9 milliards d'euros en 2025, selon la Direction générale des douanes et droits indirects (DGDDI).", 4.9e9, "DGDDI"},
		{poissy + "L'usine a produit 97 000 véhicules en 2024, d'après les chiffres communiqués par le groupe.", 97000, "Stellantis"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, "fr", "2026-03-02", c.text, c.value); ok && cl.SaidBy != c.saidBy {
			t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.saidBy)
		}
	}
}

// TestSession59StockChangesWithAdjectives: a count a subject gains or
// loses keeps its sign with an adjective before its noun ("lost 340,000
// mobile subscribers", "added 48,000 fixed-line customers"), and the total
// it is taken to is the total of the count, not of the gain.
func TestSession59StockChangesWithAdjectives(t *testing.T) {
	const telco = "Telco Vodacell loses mobile subscribers to cheaper rivals\n\n"
	cases := []struct {
		text    string
		value   float64
		measure string
		saidBy  string
	}{
		{telco + "British telecoms operator Vodacell lost 340,000 mobile subscribers in the first quarter of 2026, the company said on Thursday.", 340000, "subscriber fall", "Vodacell"},
		{telco + "Broadband was a bright spot: Vodacell added 48,000 fixed-line customers in the quarter, taking its total to 1.2 million.", 48000, "fixed-line customer rise", ""},
		{telco + "Broadband was a bright spot: Vodacell added 48,000 fixed-line customers in the quarter, taking its total to 1.2 million.", 1.2e6, "fixed-line customer (total)", ""},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, "en", "2026-05-14", c.text, c.value); ok && (cl.Measure != c.measure || cl.SaidBy != c.saidBy) {
			t.Errorf("%q: %v measure %q, said by %q; want %q, %q", c.text, c.value, cl.Measure, cl.SaidBy, c.measure, c.saidBy)
		}
	}
}

// TestSession59JobsCutAt: jobs a passive verb cuts "at" an organisation
// or its site are that organisation's, not those of the union that tells
// of them, and the measure says what was done to them.
func TestSession59JobsCutAt(t *testing.T) {
	const lead = "Vodacell loses mobile subscribers to cheaper rivals\n\nVodacell lost 340,000 mobile subscribers in the first quarter of 2026, the company said on Thursday.\n\n"
	cases := []struct {
		text             string
		value            float64
		subject, measure string
	}{
		{lead + "The Communication Workers Union said 1,100 jobs had been cut at the company's call centres since January.", 1100, "Vodacell", "job cut"},
		{lead + "The union said 1,200 jobs had been cut at Vodacell's call centres.", 1200, "Vodacell", "job cut"},
		{lead + "The union said 1,300 jobs were axed at the company.", 1300, "Vodacell", "job axed"},
		{lead + "The union said 1,850 workers had joined the stoppage.", 1850, "", "worker"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, "en", "2026-05-14", c.text, c.value); ok && (c.subject != "" && cl.Subject != c.subject || cl.Measure != c.measure) {
			t.Errorf("%q: subject %q, measure %q; want %q, %q", c.text, cl.Subject, cl.Measure, c.subject, c.measure)
		}
	}
}

// TestSession59AgencyReportsCasualties: the injured and homeless an
// agency reports are the disaster's, not the agency's; a place named
// after them is left to the place.
func TestSession59AgencyReportsCasualties(t *testing.T) {
	const quake = "Quake death toll rises as rescuers search rubble in eastern Turkey\n\n" +
		"ANKARA (Reuters) - The death toll from Sunday's earthquake in eastern Turkey rose to 412 on Tuesday, the disaster agency AFAD said.\n\n"
	cases := []struct {
		text    string
		value   float64
		subject string
		bad     string
	}{
		{quake + "AFAD said 1,870 people had been injured.", 1870, "Turkey", ""},
		{quake + "AFAD said 15 people died in Istanbul.", 15, "Istanbul", ""},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, "en", "2026-03-03", c.text, c.value)
		if ok && (c.subject != "" && cl.Subject != c.subject || c.bad != "" && cl.Subject == c.bad) {
			t.Errorf("%q: subject %q, want %q (not %q)", c.text, cl.Subject, c.subject, c.bad)
		}
		if ok && cl.SaidBy != "AFAD" {
			t.Errorf("%q: said by %q, want AFAD", c.text, cl.SaidBy)
		}
	}
}

// TestSession59SourceRightAfter: «d'après» right after a figure names its
// own source, as «selon» does, not the other side's of the figure before.
func TestSession59SourceRightAfter(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "Le taux de grévistes atteignait 36,4 % selon la direction de la SNCF, contre 51 % d'après SUD-Rail.", 51, "SUD-Rail"},
		{"fr", "Le taux de grévistes atteignait 36,4 % selon la direction de la SNCF, contre 51 % d'après SUD-Rail.", 36.4, "SNCF"},
	})
}

// TestSession59ApposedChangeKeepsSubject: a change apposed after a figure
// ("…, up 7% from the year before") is of that figure's subject, not of
// a name in a relative clause before it.
func TestSession59ApposedChangeKeepsSubject(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"up after relative", "en", "2026-05-14", "Lufthansa carries record passengers\n\nLufthansa, which is Europe's second-largest airline group by revenue after Air France-KLM, carried 131 million passengers in 2025, up 7% from the year before.", 7, "Lufthansa", "Air France-KLM"},
	})
}

// TestSession59TradeNounSpeaksAfterVerb: the kind of company that speaks
// after its verb at the end of the sentence («, a annoncé le
// constructeur.», "the planemaker said") is the article's company, with
// the sentence's stop or a day after it.
func TestSession59TradeNounSpeaksAfterVerb(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "Airbus vise 820 livraisons en 2026.\n\nAirbus a livré 766 avions en 2025, a annoncé le constructeur.", 766, "Airbus"},
		{"fr", "Airbus vise 820 livraisons en 2026.\n\nAirbus a livré 767 avions en 2025, a indiqué l'avionneur mardi.", 767, "Airbus"},
		{"en", "Airbus targets 820 deliveries in 2026.\n\nAirbus delivered 766 aircraft in 2025, the planemaker said.", 766, "Airbus"},
	})
}

// TestSession59AnalystsAtAFirmExpect: "Analysts at Jefferies expect 840
// deliveries" is read (the tagger took "expect" after a name for a noun),
// and what equity analysts expect of a company's results is the article's
// company's, not their firm's.
func TestSession59AnalystsAtAFirmExpect(t *testing.T) {
	const lead = "Airbus targets 820 deliveries in 2026\n\nAirbus delivered 766 aircraft in 2025, the planemaker said on Tuesday. Airbus shares rose 2%.\n\n"
	cases := []struct {
		text            string
		value           float64
		subject, saidBy string
	}{
		{lead + "Analysts at Jefferies expect 840 deliveries in 2026.", 840, "Airbus", "Analysts at Jefferies"},
		{lead + "Analysts at Jefferies expect 840 deliveries in 2026.\n\nJefferies analysts expect 841 deliveries this year.", 841, "Airbus", "Jefferies analysts"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, "en", "2026-05-14", c.text, c.value); ok && (cl.Subject != c.subject || cl.SaidBy != c.saidBy) {
			t.Errorf("%q: subject %q, said by %q; want %q, %q", c.text, cl.Subject, cl.SaidBy, c.subject, c.saidBy)
		}
	}
}

// TestSession59ProfessionsCited: a profession cited as a source («selon
// les notaires du Rhône», "according to notaries") is the figure's
// source, in the text's words, with the name of whose they are.
func TestSession59ProfessionsCited(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"fr", "Les prix des logements anciens à Lyon ont reculé de 3,8 % sur un an au premier trimestre 2026, selon les notaires du Rhône.", 3.8, "les notaires du Rhône"},
		{"fr", "Les prix des logements anciens ont reculé de 2,1 % à Villeurbanne, selon les notaires.", 2.1, "les notaires"},
		{"en", "House prices in Leeds fell 2.4% in the first quarter, according to notaries.", 2.4, "notaries"},
	})
}

// TestSession59SourcePutsCompanyResults: a source's own estimate of a
// company's results, named bare ("estimated first-week sales at 6.2
// million units"), is of the company or product the passage before told
// of, not of the words of the measure.
func TestSession59SourcePutsCompanyResults(t *testing.T) {
	const game = "Starfall Odyssey sells 8 million copies in first week\n\nStarfall Odyssey, the new game from Kitsune Interactive, sold 8 million copies in its first seven days on sale, the company said on Thursday.\n\n"
	if cl, ok := figureOf(t, "en", "2026-05-14", game+"Market tracker Circana, however, estimated first-week sales at 6.2 million units.", 6.2e6); ok && (cl.Subject != "Starfall Odyssey" || cl.SaidBy != "Circana") {
		t.Errorf("subject %q, said by %q; want Starfall Odyssey, Circana", cl.Subject, cl.SaidBy)
	}
}

// TestSession59ReactionIsOfItsDay: a move told as what followed the news
// ("after the announcement", «à l'annonce des résultats») is of the day
// of the news, not of the period the article's lead reports.
func TestSession59ReactionIsOfItsDay(t *testing.T) {
	const mine = "Ferroval cuts copper output guidance after mine strike\n\nFerroval's copper production fell 14% in the first quarter to 241,000 tonnes, the company said on Thursday.\n\n"
	cases := []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"en", mine + "Copper prices rose 1.4% to 10,250 dollars a tonne on the London Metal Exchange after the announcement.", 10250, "2026-05-14"},
		{"en", mine + "Copper prices rose 1.4% to 10,250 dollars a tonne on the London Metal Exchange.", 10250, "2026-01/2026-03"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2026-05-14", c.text, c.value); ok && cl.Date.String() != c.want {
			t.Errorf("%q: date %s, want %s", c.text, cl.Date, c.want)
		}
	}
}

// TestSession59TimesAsMuchAs: the time a figure is set against with "twice
// as much as in", «deux fois plus que sur» is the base's, not the
// figure's.
func TestSession59TimesAsMuchAs(t *testing.T) {
	runDateCases(t, []dateCase{
		{"as much as in", "en", "2026-05-14", "Wildfires rage\n\nSince January 1, wildfires have burned 35,000 hectares in France, twice as much as in the whole of 2024, the interior ministry said.", 35000, "as of 2026-05-14"},
		{"plus que sur", "fr", "2026-05-14", "Incendies\n\nDepuis le 1er janvier, 35 000 hectares ont brûlé en France, soit deux fois plus que sur l'ensemble de 2024, d'après le ministère de l'Intérieur.", 35000, "as of 2026-05-14"},
	})
}

// TestSession59RelativeWithAList: a relative clause set off by commas may
// hold a list of its own («à l'Italie, à l'Irlande et à la Pologne»); its
// places are not what the figure after it is of.
func TestSession59RelativeWithAList(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"qui relient … à l'Italie, à l'Irlande", "fr", "2026-05-14", "L'aéroport de Tarbes-Lourdes retrouve des couleurs\n\nLes vols charters, qui relient la cité mariale à l'Italie, à l'Irlande et à la Pologne, ont représenté 44 000 passagers l'an dernier, d'après le sanctuaire.", 44000, "", "Italie"},
	})
}

// TestSession59CliticEstimateKeepsCurrency: a second source's «la chiffre
// à 85 millions» after «120 millions d'euros» is its own figure for the
// same debt, in the same currency left unsaid.
func TestSession59CliticEstimateKeepsCurrency(t *testing.T) {
	const text = "Kalvia en redressement judiciaire\n\nL'enseigne Kalvia a été placée en redressement judiciaire. Kalvia emploie 1 200 salariés.\n\n" +
		"Le syndicat CFDT affirme que la dette de Kalvia atteint 120 millions d'euros, alors que la direction la chiffre à 85 millions."
	if cl, ok := figureOf(t, "fr", "2026-05-14", text, 85e6); ok && (cl.Unit != "€" || cl.Measure != "dette (€)" || cl.SaidBy != "Kalvia") {
		t.Errorf("unit %q, measure %q, said by %q; want €, dette (€), Kalvia", cl.Unit, cl.Measure, cl.SaidBy)
	}
}

// TestSession59ReportedInAMonth: the figures that go on from a result
// whose noun names its period ("fourth-quarter revenue of $12.8 billion in
// January, up 7%") are of that period, not of the month it was reported
// in.
func TestSession59ReportedInAMonth(t *testing.T) {
	const text = "Novantis results\n\nNovantis reported fourth-quarter revenue of $12.8 billion in January, up 7% from a year earlier, while its net profit dropped 4% to $2.9 billion."
	runDateCases(t, []dateCase{
		{"revenue", "en", "2026-03-14", text, 12.8e9, "2025-10/2025-12"},
		{"its change", "en", "2026-03-14", text, 7, "2025-10/2025-12"},
		{"profit", "en", "2026-03-14", text, 2.9e9, "2025-10/2025-12"},
		{"its own date", "en", "2026-03-14", "Novantis results\n\nNovantis reported fourth-quarter revenue of $12.8 billion in January; sales rose 4% in February.", 4, "2026-02"},
	})
}

// TestSession59BodyThenName: a body named by what it is and then by its
// name («L'agence Moody's l'évalue») is said by the name, not by the
// common noun.
func TestSession59BodyThenName(t *testing.T) {
	const text = "Kering : la dette inquiète\n\nLa dette nette de Kering atteignait 9,5 milliards d'euros fin mars, selon le groupe. L'agence Moody's l'évalue plutôt à 10,8 milliards en intégrant les loyers."
	if cl, ok := figureOf(t, "fr", "2026-04-23", text, 10.8e9); ok && (cl.SaidBy != "Moody's" || cl.Subject != "Kering") {
		t.Errorf("said by %q, subject %q; want Moody's, Kering", cl.SaidBy, cl.Subject)
	}
}
