package model

import "testing"

// Session 41's rules, each on invented sentences that fail without it.

// TestSession41ChangeOverSource: a change set after a figure is that
// figure's change, dated as it is, over the source told between them.
func TestSession41ChangeOverSource(t *testing.T) {
	const books = "Book sales slip\n\nAcross the industry, UK publishers sold 669 million books in 2023, according to the Publishers Council, down 1% on the previous year, while the value of sales rose 4% to 6.9 billion pounds."
	const cattle = "Herd shrinks\n\nFarmers kept 9.4 million cattle in 2024, according to the farm ministry, down 3% from a year earlier."
	runDateCases(t, []dateCase{
		{name: "according to between en", lang: "en", date: "2024-02-09", text: books, value: 1, want: "2023"},
		{name: "according to between, from a year earlier", lang: "en", date: "2025-03-09", text: cattle, value: 3, want: "2024"},
	})
	runMeasureCases(t, []measureCase{
		{lang: "en", date: "2024-02-09", text: books, value: 1, measure: "book"},
	})
}

// TestSession41CompanyAfterRival: "the company", «le groupe» after a
// sentence about a company named as another's rival is the article's own.
func TestSession41CompanyAfterRival(t *testing.T) {
	const en = "Alpenreach lifts carry more skiers\n\nAlpenreach, which operates ski lifts at four resorts, sold 1.36 million skier days in the 2024-25 winter season, the company said on Wednesday.\n\n" +
		"Rival Glacierline said its skier days fell 6% to 890,000 last winter.\n\nThe company plans to replace its oldest chairlift with a gondola next summer at a cost of 34 million francs."
	const fr = "Alpiroc transporte plus de skieurs\n\nAlpiroc, qui exploite les remontées de quatre stations, a vendu 1,36 million de journées-skieurs cette saison, a indiqué l'entreprise mercredi.\n\n" +
		"Son concurrent Glacimont a annoncé que ses ventes avaient reculé de 6 % à 89 millions d'euros.\n\nLe groupe prévoit de remplacer son plus vieux télésiège l'été prochain pour un coût de 34 millions d'euros."
	const tesla = "Carmakers recall cars\n\nFordham Motors said sales rose 3% in May. Fordham Motors expects growth.\n\nVelto Cars recalled 2.2 million vehicles on Monday. The company employs about 140,000 people."
	runSubjectCases(t, []subjectCase{
		{name: "the company after rival", lang: "en", date: "2025-05-28", text: en, value: 34e6, want: "Alpenreach"},
		{name: "le groupe after concurrent", lang: "fr", date: "2025-05-28", text: fr, value: 34e6, want: "Alpiroc"},
		// (the rival's own figures stay its own; "the company" after
		// another company named without rivalry is that one)
		{name: "rival's own", lang: "en", date: "2025-05-28", text: en, value: 890000, want: "Glacierline"},
		{name: "company after other company", lang: "en", date: "2025-06-04", text: tesla, value: 140000, want: "Velto Cars"},
	})
}

// TestSession41PronounAfterFrontedPhrase: a pronoun that opens its clause
// after a phrase set before it («Auteur de 11 buts en 20 matches de Ligue 2
// cette saison, il est…») stands for no name that phrase holds, but for the
// person the sentence before opened its clause with, past a long phrase of
// its own.
func TestSession41PronounAfterFrontedPhrase(t *testing.T) {
	const fr = "Transfert record à Vernaz\n\nLe FC Vernaz a cédé mercredi son attaquant Karim Dallou au club belge de Lommel pour 6,5 millions d'euros.\n\n" +
		"Arrivé en 2021 du club amateur de Saint-Péray pour 150 000 euros, Dallou, 23 ans, a signé un contrat de quatre ans. " +
		"Auteur de 11 buts en 20 matches de Ligue 2 cette saison, il est le deuxième meilleur buteur du championnat."
	const en = "Record transfer at Vernaz\n\nVernaz FC sold striker Karim Dallou to Lommel on Wednesday for 6.5 million euros.\n\n" +
		"Signed in 2021 from the amateur side Saint-Péray for 150,000 euros, Dallou joined the first team a year later. " +
		"With 11 goals in 20 matches of the Ligue 2 this season, he is the second-best scorer in the league."
	runSubjectCases(t, []subjectCase{
		{name: "il after fronted phrase fr", lang: "fr", date: "2024-01-31", text: fr, value: 2, want: "Karim Dallou"},
		{name: "he after fronted phrase en", lang: "en", date: "2024-01-31", text: en, value: 2, want: "Karim Dallou"},
	})
}

// TestSession41Dates: a base set against with a number in words is dated
// by its own year, as one in digits; a period compound of two nouns before
// "of" dates the amount ("third-quarter operating profit of").
func TestSession41Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "base in words", lang: "en", date: "2025-11-14", text: "Wildfire season ends\n\nForests burned.\n\nSixteen people died in the fires this year, compared with three deaths in 2024.", value: 3, want: "2024"},
		{name: "base in digits", lang: "en", date: "2025-11-14", text: "Wildfire season ends\n\nForests burned.\n\nSixteen people died in the fires this year, compared with 3 deaths in 2024.", value: 3, want: "2024"},
		{name: "period compound of two nouns", lang: "en", date: "2025-11-14", text: "Daesan wins orders\n\nDaesan Heavy won a 1.2 billion dollar order on Monday.\n\nThe company reported third-quarter operating profit of 287 billion won last month.", value: 287e9, want: "2025-07/2025-09"},
		{name: "period compound of one noun", lang: "en", date: "2025-11-14", text: "Daesan wins orders\n\nDaesan Heavy won a 1.2 billion dollar order on Monday.\n\nThe company reported third-quarter profit of 287 billion won last month.", value: 287e9, want: "2025-07/2025-09"},
	})
}

// TestSession41Francs: «francs» after the euro came in are Swiss francs in
// an article that says «suisse», French francs before.
func TestSession41Francs(t *testing.T) {
	for _, c := range []struct {
		name, date, text, unit string
	}{
		{"swiss", "2025-11-14", "Les glaciers fondent\n\nLes glaciers suisses ont perdu 3 % de leur volume. Le groupe Alpenstrom a lancé l'an dernier un barrage de 60 millions de francs.", "CHF"},
		{"french, before the euro", "1998-03-02", "Budget\n\nLe groupe Alpenstrom a lancé l'an dernier un barrage de 60 millions de francs.", "FRF"},
		{"no country", "2025-11-14", "Budget\n\nLe groupe Alpenstrom a lancé l'an dernier un barrage de 60 millions de francs.", "francs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if cl, ok := figureOf(t, "fr", c.date, c.text, 60e6); ok && cl.Unit != c.unit {
				t.Errorf("unit %q, want %q", cl.Unit, c.unit)
			}
		})
	}
}

// TestSession41CompanyOpeningSentenceBefore: "le club", "the company"
// opening a sentence stand for the company the sentence before opened
// with, though that sentence told no claim; a quantifier opening a
// sentence names no one; a name ending on a trade is a company's.
func TestSession41CompanyOpeningSentenceBefore(t *testing.T) {
	const fr = "Esport : Nova Esports sacrée\n\nL'équipe française Nova Esports s'est imposée dimanche à Lyon.\n\n" +
		"Selon le cabinet GameMetrics, les revenus mondiaux de l'esport devraient atteindre 1,9 milliard de dollars en 2025. Plusieurs équipes européennes ont réduit leurs effectifs ces derniers mois, et Fjord Gaming a annoncé en août le licenciement de 25 salariés.\n\n" +
		"Nova Esports, elle, se porte bien. Le club, qui compte 85 salariés, a bouclé le mois dernier une levée de fonds de 12 millions d'euros."
	const en = "Shipyards boom\n\nSeveral Asian yards won orders this year, and Kormo Marine said on Monday it had won 12 new orders.\n\n" +
		"Daesan Heavy Industries is doing well. The company, which employs 9,800 people, won a 1.2 billion dollar contract last month."
	runSubjectCases(t, []subjectCase{
		{name: "le club after opening name", lang: "fr", date: "2025-11-14", text: fr, value: 85, want: "Nova Esports"},
		{name: "the company after opening name", lang: "en", date: "2025-11-14", text: en, value: 9800, want: "Daesan Heavy Industries"},
		{name: "trade name is a company", lang: "fr", date: "2025-11-14", text: fr, value: 25, want: "Fjord Gaming"},
	})
}

// TestSession41OfficerTarget: an officer who sets the company's target or
// outlook («vise un chiffre d'affaires de…», "expects revenue of…") speaks
// for the company, whose figure it is.
func TestSession41OfficerTarget(t *testing.T) {
	const fr = "Nova Esports lève 12 millions\n\nLe club Nova Esports a levé 12 millions d'euros, a annoncé mercredi Nova Esports.\n\n" +
		"Son président, Karim Benali, vise un chiffre d'affaires de 20 millions d'euros en 2026."
	const en = "Corvel Apparel raises outlook\n\nCorvel Apparel said on Tuesday its exports fell 8% in October. Corvel Apparel employs 4,000 people.\n\n" +
		"Its chief executive, Ana Ruiz, expects revenue of 20 million dollars in 2026."
	runSubjectCases(t, []subjectCase{
		{name: "president vise", lang: "fr", date: "2025-11-14", text: fr, value: 20e6, want: "Nova Esports"},
		{name: "chief executive expects", lang: "en", date: "2025-11-14", text: en, value: 20e6, want: "Corvel Apparel"},
	})
}

// TestSession41SaidItsIsNoPerson: a name of two words that "said … its"
// follows speaks of its own, a company's; no person cue.
func TestSession41SaidItsIsNoPerson(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "said its", lang: "en", date: "2025-11-14", text: "Corvel Apparel cuts jobs\n\nCorvel Apparel said on Tuesday its exports fell 8% in October. Corvel Apparel employs 4,000 people.\n\nIts chief executive, Ana Ruiz, expects revenue of 20 million dollars in 2026.", value: 20e6, want: "Corvel Apparel"},
		// (a person who said something of his own stays a person)
		{name: "said his", lang: "en", date: "2025-11-14", text: "Ruiz quits\n\nCorvel Apparel said on Tuesday its exports fell 8% in October.\n\nAna Ruiz said on Tuesday her salary was cut by 10% in 2025.", value: 10, bad: "Corvel Apparel"},
	})
}

// TestSession41ElectionDay: a vote's figure with no date of its own is of
// the election the article dated before.
func TestSession41ElectionDay(t *testing.T) {
	const fr = "Municipales : la participation recule\n\nLe taux de participation aux élections municipales du 2 novembre s'est établi à 38,2 %, selon les résultats publiés jeudi.\n\n" +
		"Le recul est plus marqué dans les grandes villes. Le vote par correspondance était ouvert à tous. Les bureaux ferment à 20 heures.\n\n" +
		"À Saint-Lorrain, la nouvelle mairesse, Claudine Tremblay, a été élue avec 46 % des voix exprimées. Elle a promis mardi de baisser les impôts."
	const en = "Turnout falls\n\nTurnout in the June 8 election fell to 61%, the electoral commission said on Thursday.\n\n" +
		"The fall was sharpest in big cities. Postal voting was open to all. Polling stations close at 8 p.m.\n\n" +
		"In Harwick, the new mayor, Dana Cole, was elected with 54% of the vote. The town has 48,000 residents."
	runDateCases(t, []dateCase{
		{name: "élue avec 46 % des voix", lang: "fr", date: "2025-11-14", text: fr, value: 46, want: "2025-11-02"},
		{name: "elected with 54% of the vote", lang: "en", date: "2025-06-13", text: en, value: 54, want: "2025-06-08"},
		// (not a figure of another kind)
		{name: "residents", lang: "en", date: "2025-06-13", text: en, value: 48000, want: "as of 2025-06-13"},
	})
}

// TestSession41ActionMeasures: a count of jobs or people that an action
// noun or a verb of cutting or creating governs measures that action, not
// a headcount.
func TestSession41ActionMeasures(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{lang: "fr", date: "2025-11-14", text: "Fjord Gaming réduit ses effectifs\n\nFjord Gaming a annoncé en août le licenciement de 25 salariés.", value: 25, measure: "licenciement salarie"},
		{lang: "fr", date: "2025-11-14", text: "Vexo taille dans ses effectifs\n\nLe groupe Vexo a annoncé la suppression de 300 postes en France.", value: 300, measure: "suppression poste"},
		{lang: "en", date: "2025-11-14", text: "Fjord cuts jobs\n\nFjord Gaming announced in August the layoff of 25 employees.", value: 25, measure: "layoff employee"},
		{lang: "en", date: "2025-11-14", text: "Vexo cuts jobs\n\nVexo Group said on Monday it would cut 300 jobs in France.", value: 300, measure: "cut job"},
		// (a headcount stays one)
		{lang: "en", date: "2025-11-14", text: "Solar maker hires\n\nSunrise Solar said on Monday it employs 2,000 workers.", value: 2000, measure: "worker"},
	})
}

// TestSession41RivalSpeaks: "le groupe" inside what a rival's officer says
// is the rival (only a sentence that opens on "the company" after a rival's
// is the article's own); a name inside a relative clause before "it" is not
// what "it" stands for.
func TestSession41RivalSpeaks(t *testing.T) {
	const fr = "Pharmavie ouvre des pharmacies\n\nLe réseau Pharmavie a ouvert 12 pharmacies en 2025, a annoncé Pharmavie.\n\n" +
		"Le rival Officéa a pour sa part annoncé mercredi l'ouverture de 40 pharmacies. Son directeur général, Marc Tessier, a indiqué que le groupe avait dépassé 5 milliards d'euros de ventes l'an dernier."
	const en = "Smelter strike\n\nWorkers at the Cerro Alto smelter of Andes Metals walked out on Monday, Andes Metals said.\n\n" +
		"Rival Kestrel Copper, which operates the neighbouring Alto Rojo smelter, said on Thursday its own plant was unaffected and that it expected to raise production by 8% in 2026."
	runSubjectCases(t, []subjectCase{
		{name: "le groupe in rival's officer's words", lang: "fr", date: "2025-11-14", text: fr, value: 5e9, want: "Officéa"},
		{name: "it past a relative clause", lang: "en", date: "2025-11-14", text: en, value: 8, want: "Kestrel Copper"},
	})
}

// TestSession41CompanyWordOwner: «le chiffre d'affaires du groupe» is the
// company's that «le groupe» stands for, not "groupe"; a place its subject
// is based in is not what the figure is about.
func TestSession41CompanyWordOwner(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "du groupe", lang: "fr", date: "2025-11-14", text: "Valtric accélère\n\nLe constructeur Valtric a vendu 1,2 million de voitures en Europe au troisième trimestre, a annoncé Valtric.\n\nLe chiffre d'affaires du groupe a atteint 31,2 milliards d'euros sur la période.", value: 31.2e9, want: "Valtric"},
		{name: "basé à", lang: "fr", date: "2025-11-14", text: "Air Armorique\n\nLe transporteur Air Armorique a transporté 800 000 passagers au troisième trimestre.\n\nLe transporteur, basé à Quimperlé, a dégagé un résultat d'exploitation de 14 millions d'euros.", value: 14e6, want: "Air Armorique"},
	})
}

// TestSession41CitedSourceNamesNoThing: a source cited before a clause
// («Selon le collectif Montagne Vivante, la station a prélevé…») is not
// what the clause's noun names.
func TestSession41CitedSourceNamesNoThing(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "selon X, la station", lang: "fr", date: "2025-11-14", text: "Valmeyre : saison record\n\nLa station de Valmeyre a vendu 1,2 million de journées-skieurs cet hiver, a annoncé mercredi son exploitant.\n\nSelon le collectif Montagne Vivante, la station a prélevé 1,9 million de mètres cubes d'eau pour sa neige de culture.", value: 1.9e6, bad: "Montagne Vivante"},
	})
}

// TestSession41RaisedSubject: the subject of "is forecast to", "is
// expected to" measures the figure its infinitive states.
func TestSession41RaisedSubject(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{lang: "en", date: "2025-11-14", text: "Rice harvest\n\nTanvar's rice harvest is forecast to rise 4% to a record 45 million tonnes this year, the farm ministry said.", value: 45e6, measure: "rice harvest (t)"},
		{lang: "en", date: "2025-11-14", text: "Copper\n\nPeru's copper output is expected to fall 3% to 2.1 million tonnes in 2026, the ministry said.", value: 3, measure: "copper output (%)"},
	})
}

// TestSession41NationalGroup: a nation's companies or people in the plural
// ("Chinese brands", «les marques chinoises») are a figure's subject, not
// the article's main company.
func TestSession41NationalGroup(t *testing.T) {
	const fr = "Valtric accélère\n\nLe constructeur Valtric a vendu 1,2 million de voitures en Europe au troisième trimestre, a annoncé Valtric.\n\nLes marques chinoises y détiennent désormais 6,2 % de part de marché."
	const en = "Valtric gains\n\nCarmaker Valtric sold 1.2 million cars in Europe in the third quarter, Valtric said.\n\nChinese brands now hold 6.2% of the European market."
	runSubjectCases(t, []subjectCase{
		{name: "les marques chinoises", lang: "fr", date: "2025-11-14", text: fr, value: 6.2, want: "Les marques chinoises"},
		{name: "Chinese brands", lang: "en", date: "2025-11-14", text: en, value: 6.2, want: "Chinese brands"},
		// (the company's own figure stays its own)
		{name: "own figure", lang: "en", date: "2025-11-14", text: en, value: 1.2e6, want: "Valtric"},
	})
}

// TestSession41BaseParticipleDate: a date a participle set off by a comma
// gives the base a figure is set against dates that base, not the figure.
func TestSession41BaseParticipleDate(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "par rapport à …, réalisée début octobre", lang: "fr", date: "2025-11-14", text: "Sondage\n\nSelon un sondage Ifop publié jeudi, Claire Mounier recueillerait 24 % des intentions de vote.\n\nElle gagne 3 points par rapport à la précédente vague, réalisée début octobre.", value: 3, want: "as of 2025-11-14"},
		{name: "from …, conducted in early October", lang: "en", date: "2025-11-14", text: "Poll\n\nClaire Mounier would win 24% of the vote, according to an Ifop poll published on Thursday.\n\nHer support rose 3 points from the previous poll, conducted in early October.", value: 3, want: "as of 2025-11-14"},
	})
}

// TestSession41Targets: a figure a verb of aiming or a target's noun governs
// is a target, and its measure says so.
func TestSession41Targets(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{lang: "fr", date: "2025-11-14", text: "Galaxia\n\nLe parc Galaxia a accueilli 3,6 millions de visiteurs en 2024. Galaxia vise désormais 4 millions de visiteurs cette année.", value: 4e6, measure: "visiteur, objectif"},
		{lang: "fr", date: "2025-11-14", text: "Postéa\n\nPostéa s'est fixé un objectif d'un résultat d'exploitation supérieur à 900 millions d'euros en 2026.", value: 900e6, measure: "resultat d'exploitation, objectif (€)"},
		{lang: "en", date: "2025-11-14", text: "Galaxia\n\nGalaxia Parks welcomed 3.6 million visitors in 2024. Galaxia Parks now targets 4 million visitors this year.", value: 4e6, measure: "visitor, target"},
		// (a result stays a result)
		{lang: "fr", date: "2025-11-14", text: "Galaxia\n\nLe parc Galaxia a accueilli 3,6 millions de visiteurs en 2024. Galaxia vise désormais 4 millions de visiteurs cette année.", value: 3.6e6, measure: "visiteur"},
	})
}

// TestSession41ActionMeasureWords: the words a person reads for an
// action's measure are the article's, without the figure between them.
func TestSession41ActionMeasureWords(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"fr", "Vexo taille dans ses effectifs\n\nLe groupe Vexo a annoncé la suppression de 300 postes en France.", 300, "suppression de postes"},
		{"en", "Vexo cuts jobs\n\nVexo Group said on Monday it would cut 1,200 jobs in France.", 1200, "cut jobs"},
	} {
		if cl, ok := figureOf(t, c.lang, "2025-11-14", c.text, c.value); ok {
			if got := MeasureWords(&cl); got != c.want {
				t.Errorf("%q: measure words %q, want %q", c.text, got, c.want)
			}
		}
	}
}

// TestSession41BaseOfOtherFigure: a date after a base with its number in
// words («contre deux la semaine précédente») dates no other figure.
func TestSession41BaseOfOtherFigure(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "contre deux la semaine précédente", lang: "fr", date: "2025-11-14", text: "Grippe\n\nSept régions sont désormais en phase épidémique, a annoncé mercredi Santé publique France, contre deux la semaine précédente.", value: 7, want: "as of 2025-11-12"},
	})
}

// TestSession41PartDuGroupe: «part du groupe» after a result qualifies it;
// the result is what the figure measures.
func TestSession41PartDuGroupe(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{lang: "fr", date: "2025-11-14", text: "Crédit Solidaire\n\nLe groupe bancaire mutualiste Crédit Solidaire a publié jeudi un bénéfice net part du groupe de 1,24 milliard d'euros au troisième trimestre.", value: 1.24e9, measure: "benefice net (€)"},
	})
}

// TestSession41AmpersandName: a name of three words with "&" is whole,
// after a word that says it is a rival too.
func TestSession41AmpersandName(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{name: "rival X Y & Z", lang: "en", date: "2025-11-14", text: "Yards\n\nRival Mokpo Marine & Engineering said last week it had secured $9.4 billion of orders this year.", value: 9.4e9, want: "Mokpo Marine & Engineering"},
	})
}

// TestSession41LabelNounInMent: a noun with an adverb's ending
// ("government", «gouvernement») stays in the words before a figure, and
// those words start after the day a speech verb gives.
func TestSession41LabelNounInMent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Strike\n\nTeachers walked out on Thursday.\n\nEducation Minister Graham Pike said on Wednesday the government's offer would cost NZ$480 million over three years.", "The government's offer cost: NZ$480 million"},
		{"Strike\n\nTeachers walked out on Thursday.\n\nThe council's plan would cost 12 million pounds.", "The council's plan cost: £12 million"},
	} {
		tl := buildText(t, "en", "2025-11-14", c.text)
		found := false
		for _, cl := range tl.Claims {
			if cl.HasValue && !cl.Unsure {
				found = found || cl.Label == c.want
			}
		}
		if !found {
			t.Errorf("%q: no label %q", c.text, c.want)
		}
	}
}

// TestSession41MeasureWordsPastQualifier: the words a person reads for a
// measure skip a qualifier before the figure («supprimé environ 4 000
// postes»).
func TestSession41MeasureWordsPastQualifier(t *testing.T) {
	if cl, ok := figureOf(t, "fr", "2025-11-14", "Postéa\n\nLe groupe Postéa a supprimé environ 4 000 postes l'an dernier.", 4000); ok {
		if got := MeasureWords(&cl); got != "supprimé postes" {
			t.Errorf("measure words %q, want %q", got, "supprimé postes")
		}
	}
}

// TestSession41CodeTerm: a code of capitals and digits that qualifies the
// noun of a phrase («le ratio de solvabilité CET1») is a term, no one's
// name; one after a kind's noun («la chaîne TF1») is a name.
func TestSession41CodeTerm(t *testing.T) {
	const fr = "Crédit Solidaire\n\nLe groupe Crédit Solidaire a publié jeudi un bénéfice net de 1,24 milliard d'euros.\n\n" +
		"Le ratio de solvabilité CET1 s'établit à 17,9 %. La chaîne TF1 a réuni 6,2 millions de téléspectateurs mardi."
	runSubjectCases(t, []subjectCase{
		{name: "ratio de solvabilité CET1", lang: "fr", date: "2025-11-14", text: fr, value: 17.9, bad: "CET1"},
		{name: "la chaîne TF1", lang: "fr", date: "2025-11-14", text: fr, value: 6.2e6, want: "TF1"},
	})
}
