package model

import (
	"strings"
	"testing"
)

// Session 42's rules, each on invented sentences that fail without it.

// TestSession42WholeAFigureSizes: a figure that sizes a whole in a unit of
// its own ("Its fleet grew to 85 vessels", "lifts its order backlog to 196
// ships", «porte son carnet de commandes à 196 navires») measures the
// whole, labelled with the unit it counts in; the present in -s the tagger
// read as a noun before a possessive is the verb, and the possessive, not
// the thing its clause's subject names, says whose the figure is.
func TestSession42WholeAFigureSizes(t *testing.T) {
	const en = "Harbor Lines wins orders for 12 ships\n\nHarbor Lines said on Tuesday it had won orders for 12 container ships. " +
		"The deal lifts its order backlog to 196 ships. Its fleet grew to 85 vessels. Its workforce reached 4,000 people."
	const fr = "Chantiers Atlantique remporte une commande\n\nChantiers Atlantique a annoncé mardi une commande de 12 navires. " +
		"Le contrat porte son carnet de commandes à 196 navires. Ses effectifs ont atteint 4 000 personnes."
	const cuts = "Velmar trims costs\n\nVelmar said on Monday it would close two plants. The move cuts its costs by 10%."
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", en, 196, "order backlog"},
		{"en", "2025-12-09", en, 85, "fleet"},
		{"en", "2025-12-09", en, 4000, "workforce"},
		{"fr", "2025-12-09", fr, 196, "carnet de commandes"},
		{"fr", "2025-12-09", fr, 4000, "effectif"},
		// (a whole a figure does not size stays no measure)
		{"fr", "2025-12-09", "Parc éolien\n\nLe parc produira 4 térawattheures par an, soit la consommation d'environ 800 000 foyers.", 800000, "foyer"},
	})
	runSubjectCases(t, []subjectCase{
		{name: "its after a deal", lang: "en", date: "2025-12-09", text: en, value: 196, want: "Harbor Lines"},
		{name: "son after a contract", lang: "fr", date: "2025-12-09", text: fr, value: 196, want: "Chantiers Atlantique"},
		{name: "its costs after a move", lang: "en", date: "2025-12-08", text: cuts, value: 10, want: "Velmar"},
	})
	for _, c := range []struct{ lang, text string }{{"en", en}, {"fr", fr}} {
		if cl, ok := figureOf(t, c.lang, "2025-12-09", c.text, 196); ok {
			want := map[string]string{"en": "Harbor Lines order backlog: 196 ships", "fr": "Chantiers Atlantique carnet de commandes : 196 navires"}[c.lang]
			if cl.Label != want {
				t.Errorf("%s label %q, want %q", c.lang, cl.Label, want)
			}
		}
	}
}

// TestSession42PluralNounOpensCompany: a name that opens with the plural of
// a common noun («Chantiers», «Laboratoires», "Industries") is a company's,
// though it speaks («a annoncé»), so «le groupe» after it stands for it.
func TestSession42PluralNounOpensCompany(t *testing.T) {
	const fr = "Chantiers Atlantique remporte une commande\n\nChantiers Atlantique a annoncé mardi une commande de douze navires. Le groupe a annoncé lundi la suppression de 300 postes."
	const labs = "Laboratoires Vernier recrute\n\nLaboratoires Vernier a indiqué jeudi qu'il recruterait 80 chercheurs. Le groupe emploie 2 400 salariés."
	const en = "Meridian Industries cuts jobs\n\nMeridian Industries said on Monday it would cut 450 jobs. The group employs 9,000 people."
	runSubjectCases(t, []subjectCase{
		{name: "le groupe after Chantiers", lang: "fr", date: "2025-12-09", text: fr, value: 300, want: "Chantiers Atlantique"},
		{name: "le groupe after Laboratoires", lang: "fr", date: "2025-12-12", text: labs, value: 2400, want: "Laboratoires Vernier"},
		{name: "the group after Industries", lang: "en", date: "2025-12-09", text: en, value: 9000, want: "Meridian Industries"},
	})
	// (a given name that ends as a plural does is still a person's)
	if pluralNounWord("jacques") || pluralNounWord("nicolas") || !pluralNounWord("chantiers") {
		t.Error("pluralNounWord reads given names as plural nouns, or a plural noun as none")
	}
}

// TestSession42EstimateAt: "estimates X at" sets X's measure at the figure,
// as "puts X at" does: the market estimated, not the firm that estimates.
func TestSession42EstimateAt(t *testing.T) {
	const en = "Harbor Lines wins orders\n\nHarbor Lines said on Tuesday it had won orders for 12 container ships. Verdant Securities estimates the market for container ships at 40 billion dollars."
	runMeasureCases(t, []measureCase{{"en", "2025-12-09", en, 40e9, "market ($)"}})
	runSubjectCases(t, []subjectCase{{name: "estimated market", lang: "en", date: "2025-12-09", text: en, value: 40e9, want: "container ships", bad: "Verdant Securities"}})
}

// TestSession42AmpersandFirm: a name joined by "&" is a firm's ("Marlowe &
// Pike"), not a person's, though its first word is a given name and it
// speaks; so "its losses" after "The retailer said" are its own, not those
// of the only other company the article names twice.
func TestSession42AmpersandFirm(t *testing.T) {
	const en = "Marlowe & Pike collapses\n\nMarlowe & Pike, the British department store chain, appointed administrators on Tuesday. " +
		"The retailer said sales had fallen 14% to 487 million pounds in the year to the end of August, while its losses widened to 61 million pounds.\n\n" +
		"The chain had approached investors, including Frasers Group. Frasers walked away from talks last Thursday, Marlowe & Pike said."
	runSubjectCases(t, []subjectCase{{name: "its after the retailer", lang: "en", date: "2025-12-09", text: en, value: 61e6, want: "Marlowe & Pike"}})
}

// TestSession42ForecastMoved: a forecast its verb moves to a figure ("cut
// its forecast for the 2026 harvest to 51.2 million bags", «a abaissé sa
// prévision d'exportations … à 7,5 millions de tonnes») is what the figure
// measures, not a level its subject reached; «blé tendre» is an adjective
// after its noun, no verb.
func TestSession42ForecastMoved(t *testing.T) {
	const en = "Conab cuts forecast\n\nBrazil's crop agency Conab last Thursday cut its forecast for the 2026 harvest to 51.2 million 60-kg bags, from 55.7 million in its September estimate."
	const fr = "Blé\n\nFranceAgriMer a abaissé mardi sa prévision d'exportations de blé tendre français vers les pays tiers pour la campagne 2025-2026, à 7,5 millions de tonnes."
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", en, 51.2e6, "harvest forecast"},
		{"fr", "2025-12-09", fr, 7.5e6, "prevision d'exportations (t)"},
		// (a verb that governs an infinitive after a noun keeps it a verb)
		{"fr", "2016-06-09", "Dette\n\nCommune de 2 100 habitants, Saint-Amans a vu sa dette progresser de 35 % entre 2008 et 2013.", 35, "dette (%)"},
	})
}

// TestSession42ChangeOfObject: the phrase a possessive opens before "by" is
// a noun phrase ("would reduce its launch costs by roughly 30%"), and
// "raised prices by an average of 8%" raised them by that much.
func TestSession42ChangeOfObject(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", "Skynex signs deal\n\nSkynex signed a deal with Orbitex on Monday. The operator said the contract would reduce its launch costs by roughly 30% compared with its previous provider.", 30, "launch cost (%)"},
		{"en", "2025-12-09", "Nestle raises prices\n\nNestle, the world's largest coffee maker, raised prices by an average of 8% in the third quarter.", 8, "price (%)"},
	})
	for _, c := range []struct{ text, unit string }{
		{"Nestle raises prices\n\nNestle, the world's largest coffee maker, raised prices by an average of 8% in the third quarter.", "+%"},
		{"Pensions\n\nThe government raised all pensions by 5.1% in January.", "+%"},
	} {
		if cl, ok := figureOf(t, "en", "2025-12-09", c.text, map[bool]float64{true: 8, false: 5.1}[strings.HasPrefix(c.text, "Nestle")]); ok && cl.Unit != c.unit {
			t.Errorf("%q: unit %q, want %q", c.text, cl.Unit, c.unit)
		}
	}
}

// TestSession42NounEnHausse: «NOUN en hausse de N %» is NOUN's rise, not a
// measure named «hausse»; and a change set after a figure past a long
// complement is that figure's change.
func TestSession42NounEnHausse(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"fr", "2025-12-09", "Accor progresse\n\nLe groupe Accor a fait état en octobre d'un RevPAR en hausse de 4,1 % au troisième trimestre.", 4.1, "revpar (%)"},
		{"fr", "2025-12-09", "Thon rouge : la France obtient un quota en hausse de 12 % pour 2026\n\nLa France pêchera davantage.", 12, "quota (%)"},
		{"fr", "2025-12-09", "Ventes en baisse\n\nLes ventes du groupe Aurélia ont reculé de 6,8 % sur les dix premiers mois de l'année, dans un marché en hausse de 1,4 %.", 1.4, "marche (%)"},
		{"fr", "2025-12-09", "Anssi alerte\n\nL'Anssi a traité 581 incidents de sécurité dans le secteur de la santé en 2024, en hausse de 12 % sur un an, selon son rapport publié en mars.", 12, "incident hausse (%)"},
		// (a word that only restates the figure before stays its change)
		{"fr", "2019-09-02", "Tourisme\n\nLa Bretagne a enregistré 34,6 millions de nuitées touristiques en juillet et en août, un chiffre en hausse de 2,8 % sur un an.", 2.8, "nuitee hausse (%)"},
	})
}

// TestSession42WhatFiguresMeasure: "N% more than" after a figure is its
// change; "the 0.6% pace" continues the figure before; "accounted for 46%
// of the total" is its subject's share; the noun a participle's apposition
// follows is the subject's head ("The company's shares, listed in New York
// since March 2024, have risen 140%").
func TestSession42WhatFiguresMeasure(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", "Novaris spends more\n\nNovaris spent 2.1 billion Swiss francs on research last year, 9% more than in 2023.", 9, "spent rise (%)"},
		{"en", "2025-12-09", "Growth\n\nThe Australian economy grew 0.4% in the third quarter, slower than the 0.6% pace of the previous three months.", 0.6, "economy (%)"},
		{"en", "2025-12-09", "Museum\n\nThe Hallstrom museum counted 2.05 million entries through November. Foreign visitors accounted for 46% of the total, against 38% in 2024.", 46, "visitor (%)"},
		{"fr", "2025-12-09", "Oréade\n\nL'éditeur Oréade Interactive a vendu 3,2 millions de jeux. Les ventes numériques ont représenté 81 % du total, contre 74 % un an plus tôt.", 81, "vente (%)"},
		{"en", "2025-12-09", "Orbitex soars\n\nOrbitex won a contract on Monday. The company's shares, listed in New York since March 2024, have risen 140% this year.", 140, "share (%)"},
		// (a share restated after a figure stays the whole's)
		{"en", "2010-06-01", "Trade\n\nChina overtook Japan as the biggest buyer of Indonesia's non-oil goods in April, taking $1.38 billion, or 13.6% of the total.", 13.6, "total (%)"},
	})
}

// TestSession42HeadlineRestated: a headline's figure takes the date,
// measure and subject of the body's figure it restates, so that the two
// make one event; not when the body's figure is of another year.
func TestSession42HeadlineRestated(t *testing.T) {
	const coffee = "Arabica coffee jumps 5% to nine-month high on Brazil crop fears\n\nArabica coffee futures rose more than 5% on Monday to their highest in nine months, as dry weather in Brazil fuelled fears of a deficit."
	const record = "Real Madrid agree record 240 million euro deal for Benfica teenager\n\nMADRID, Dec 9 - Real Madrid have agreed to pay Benfica up to 240 million euros for 18-year-old midfielder Tiago Moreira, the Portuguese club said on Tuesday, a fee that would break the world transfer record set by Neymar's move to Paris St Germain in 2017."
	for _, c := range []struct {
		name, text, want string
	}{
		{"restated figure", coffee, "2025-12-08"},
		{"body of another year", record, "2025-12-09"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range buildText(t, "en", "2025-12-09", c.text).Claims {
				if cl.HasValue && strings.HasPrefix(c.text, cl.Quote+"\n") {
					if got := cl.Date.String(); got != c.want {
						t.Errorf("headline figure %v dated %s, want %s (%v)", cl.Value, got, c.want, cl.Reasons)
					}
					return
				}
			}
			t.Error("no headline figure")
		})
	}
}

// TestSession42FirmIsNoThing: "the firm", "the company" never stand for a
// thing a noun phrase named as the sentence before's subject ("The
// agreement covers six launches"), but for the company.
func TestSession42FirmIsNoThing(t *testing.T) {
	const en = "Orbitex wins deal\n\nOrbitex said on Monday it had signed a $320 million contract with Skynex. The agreement covers six launches from 2026. Chief executive Dana Whitfield told analysts the firm now planned 24 flights next year, up from 11 in 2025."
	const vaccine = "Laurentide wins vaccine order\n\nThe government signed a contract with Laurentide on Friday. The contract covers 50.4 million doses. The Quebec City-based company will deliver the first 2.4 million doses in the last week of October."
	runSubjectCases(t, []subjectCase{
		{name: "the firm after the agreement", lang: "en", date: "2025-12-09", text: en, value: 24, want: "Orbitex", bad: "The agreement"},
		{name: "the company after the contract", lang: "en", date: "2009-10-19", text: vaccine, value: 2.4e6, want: "Laurentide", bad: "The contract"},
	})
}

// TestSession42CompanyBeforePlace: «Les ventes du groupe en Europe» are the
// company's, not Europe's.
func TestSession42CompanyBeforePlace(t *testing.T) {
	const fr = "Aurélia rappelle des voitures\n\nLe constructeur Aurélia rappelle 180 000 voitures. Les ventes du groupe en Europe ont reculé de 6,8 % sur les dix premiers mois de l'année, à 1,03 million d'unités."
	runSubjectCases(t, []subjectCase{
		{name: "ventes du groupe en Europe", lang: "fr", date: "2025-12-09", text: fr, value: 6.8, want: "Aurélia", bad: "Europe"},
		{name: "its level", lang: "fr", date: "2025-12-09", text: fr, value: 1.03e6, want: "Aurélia", bad: "Europe"},
	})
}

// TestSession42DatesNotTheFigures: a date in a relative clause that tells
// what the figure's noun would or must do ("a fee that would break the
// record set … in 2017", «qui doit créer 1 200 emplois d'ici 2029») is not
// the figure's; nor is a record's month the period of the next sentence's
// figure in the same unit.
func TestSession42DatesNotTheFigures(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "would break a record set in 2017", lang: "en", date: "2025-12-09", text: "Real Madrid agree record deal\n\nMADRID, Dec 9 - Real Madrid have agreed to pay Benfica up to 240 million euros for midfielder Tiago Moreira, the Portuguese club said on Tuesday, a fee that would break the world transfer record set by Neymar's move to Paris St Germain in 2017.", value: 240e6, want: "as of 2025-12-09"},
		{name: "qui doit créer d'ici 2029", lang: "fr", date: "2025-12-09", text: "Puces\n\nLe fabricant Nexium a annoncé mardi la construction d'une usine à Grenoble, un investissement de 4,2 milliards d'euros qui doit créer 1 200 emplois directs d'ici 2029.", value: 4.2e9, want: "as of 2025-12-09"},
		{name: "after a record's month", lang: "en", date: "2025-12-09", text: "Coffee\n\nArabica coffee futures rose more than 5% on Monday. The contract hit an all-time high of $4.30 in February.\n\nRobusta futures in London gained 3.4% to $4,612 a tonne.", value: 4612, want: "as of 2025-12-09"},
	})
}

// TestSession42PeriodsGoOn: "over the same period" is the period of the
// figure before; "on revenue of $410 million" goes with the result its
// sentence dated; a change set after "in the summer window" is dated by it.
func TestSession42PeriodsGoOn(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "over the same period", lang: "en", date: "2025-12-09", text: "Real Madrid\n\nReal Madrid's revenue rose 8% to 1.16 billion euros in the 2024-25 season. The club's wage bill rose 11% to 486 million euros over the same period.", value: 486e6, want: "2024/2025"},
		{name: "on revenue of", lang: "en", date: "2025-12-09", text: "Orbitex loss\n\nOrbitex lost $212 million in the nine months to September, compared with a loss of $178 million a year earlier, on revenue of $410 million.", value: 410e6, want: "2025-01/2025-09"},
		{name: "change after the summer window", lang: "en", date: "2025-12-09", text: "Clubs\n\nPremier League clubs spent 3.1 billion pounds in the summer window, up 24% from a year earlier, according to Deloitte.", value: 24, want: "2025-06/2025-08"},
	})
}

// TestSession42BaseNow: a base set against a target and told as now
// («vise 20 % … en 2030, contre moins de 10 % aujourd'hui») is the level
// now, dated at publication, no target.
func TestSession42BaseNow(t *testing.T) {
	const fr = "Puces\n\nL'Union vise 20 % de la production mondiale en 2030, contre moins de 10 % aujourd'hui."
	runDateCases(t, []dateCase{{name: "contre moins de 10 % aujourd'hui", lang: "fr", date: "2025-12-09", text: fr, value: 10, want: "as of 2025-12-09"}})
	runMeasureCases(t, []measureCase{{"fr", "2025-12-09", fr, 10, "part production (%)"}})
}

// TestSession42BracketAfterPerson: a time in brackets right after a
// person's name is that person's, though the sentence told no time before
// it («devancer le Kényan Amos Kiplagat (2 h 03 min 02 s)»).
func TestSession42BracketAfterPerson(t *testing.T) {
	const fr = "Marathon de Valence\n\nTadesse Bekele a remporté dimanche le marathon de Valence en 2 h 02 min 11 s. Âgé de 23 ans, Bekele a lâché ses derniers adversaires au 35e kilomètre pour devancer le Kényan Amos Kiplagat (2 h 03 min 02 s) et son compatriote Hailu Gebre (2 h 03 min 40 s)."
	runSubjectCases(t, []subjectCase{
		{name: "first in brackets", lang: "fr", date: "2025-12-09", text: fr, value: 7382, want: "Amos Kiplagat", bad: "Bekele"},
		{name: "second in brackets", lang: "fr", date: "2025-12-09", text: fr, value: 7420, want: "Hailu Gebre"},
	})
}

// TestSession42ShareIsNoUsers: a share of people ("0.3% of vaccinated
// participants") is no count of a service's users.
func TestSession42ShareIsNoUsers(t *testing.T) {
	if cl, ok := figureOf(t, "en", "2025-12-09", "Vaccine\n\nNovaris said its vaccine cut admissions by 71%. The trial reported serious side effects in 0.3% of vaccinated participants, similar to the placebo arm.", 0.3); ok && cl.Metric != MetricOther {
		t.Errorf("metric %q, want %q (label %q)", cl.Metric, MetricOther, cl.Label)
	}
}

// TestSession42PriceOfWhat: a price for each unit that a clause's common
// noun subject reaches ("retail ground coffee averaged $9.12 a pound") is
// that thing's price, labelled with it; a result's amount per share and a
// thing that is the subject itself are not.
func TestSession42PriceOfWhat(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", "Coffee\n\nIn the United States, retail ground coffee averaged $9.12 a pound in October, the Bureau of Labor Statistics said.", 9.12, "ground coffee price per pound ($)"},
		{"en", "2024-04-22", "Cocoa\n\nCocoa futures in New York hit a record $12,261 a tonne on April 19 after poor harvests.", 12261, "cocoa future price per tonne ($)"},
		{"en", "2023-07-20", "Arvenna\n\nArvenna said net income rose to $412 million, or $1.87 per share, in the three months to June 30.", 1.87, "income per share ($)"},
		{"en", "2024-08-21", "Gold\n\nSpot gold traded at $2,508 an ounce on Wednesday, up 21.5% since the start of the year.", 2508, "price per ounce ($)"},
	})
	if cl, ok := figureOf(t, "en", "2025-12-09", "Coffee\n\nIn the United States, retail ground coffee averaged $9.12 a pound in October, the Bureau of Labor Statistics said.", 9.12); ok && !strings.HasSuffix(cl.Label, "coffee: $9.12 a pound") {
		t.Errorf("label %q, want the coffee's price a pound", cl.Label)
	}
}

// TestSession42HeadlineKeepsWhatItSays: a headline's figure that dates
// itself keeps its date; when the body's figure names only its verb
// («devrait atteindre 87 millions»), it takes the headline's measure
// («creuse son déficit à 87 millions»); "over the same period" in a
// sentence that dates itself ("since January") is that sentence's period.
func TestSession42HeadlineKeepsWhatItSays(t *testing.T) {
	const ro = "Romania's budget deficit widens to 7.1% of GDP in first ten months\n\nRomania's budget deficit reached 126.4 billion lei in the first ten months of the year, equivalent to 7.1% of gross domestic product, the finance ministry said on Monday, up from 6.4% of GDP over the same period of 2024."
	const corse = "La Collectivité de Corse creuse son déficit à 87 millions d'euros\n\nLe déficit de fonctionnement de la Collectivité de Corse devrait atteindre 87 millions d'euros en 2025, contre 52 millions l'an dernier, selon un rapport de la chambre régionale des comptes publié lundi, qui appelle à « des mesures de redressement rapides ».\n\nLes magistrats financiers relèvent que les dépenses de fonctionnement ont progressé de 7,8 % en deux ans, à 1,12 milliard d'euros, sous l'effet notamment de la hausse des coûts du transport maritime et de la masse salariale. Les recettes, elles, n'ont augmenté que de 2,1 % sur la même période.\n\nL'endettement de la collectivité s'élevait à 1,6 milliard d'euros fin 2024, soit une capacité de désendettement de 14 ans, bien au-delà du plafond de 12 ans fixé par l'Etat.\n\nLe président de l'exécutif, Jean-Baptiste Orsini, a contesté ces chiffres mardi matin. « La chambre retient une méthode qui gonfle artificiellement le déficit ; selon nos propres calculs, il sera inférieur à 60 millions », a-t-il déclaré sur France 3 Corse.\n\nLa collectivité a déjà voté en juin un plan d'économies de 35 millions d'euros sur trois ans, qui prévoit notamment le non-remplacement d'un départ à la retraite sur deux.\n\nLa dotation de continuité territoriale versée par l'Etat, qui finance les liaisons avec le continent, est gelée à 187 millions d'euros depuis 2009, rappelle la collectivité, qui en réclame 260 millions. Le gouvernement a proposé la semaine dernière une rallonge de 10 millions d'euros dans le projet de loi de finances pour 2026.\n\nD'autres régions ne sont pas mieux loties : l'ensemble des régions françaises a vu son épargne brute reculer de 11 % en 2024, selon l'Observatoire des finances locales. La Cour des comptes estime que le besoin de financement des collectivités locales atteindra 9 milliards d'euros en 2025.\n\nLe syndicat majoritaire des quelque 5 000 agents de la collectivité a dénoncé mardi « une austérité qui ne dit pas son nom » et appelé à un rassemblement vendredi devant l'hôtel de région à Ajaccio.\n\nLa chambre régionale des comptes recommande de ramener le déficit sous 40 millions d'euros d'ici 2027. L'assemblée de Corse doit examiner le budget primitif 2026 le 18 décembre."
	const ferry = "Nordlink carries more\n\nNordlink Ferries carried a record 4.1 million passengers in the first eleven months of the year.\n\nThe stock has gained 22% since January, outperforming a 6% rise in the broader Stockholm index over the same period."
	for _, c := range []struct{ name, lang, text, want string }{
		{"headline dated by itself", "en", ro, "2025-01/2025-10"},
	} {
		for _, cl := range buildText(t, c.lang, "2025-12-09", c.text).Claims {
			if cl.HasValue && strings.HasPrefix(c.text, cl.Quote+"\n") && cl.Date.String() != c.want {
				t.Errorf("%s: headline figure dated %s, want %s", c.name, cl.Date, c.want)
			}
		}
	}
	for _, cl := range buildText(t, "fr", "2025-12-09", corse).Claims {
		if cl.Value == 87e6 && !strings.HasPrefix(cl.Measure, "deficit") {
			t.Errorf("%q: measure %q, want the deficit's", cl.Quote, cl.Measure)
		}
	}
	runDateCases(t, []dateCase{{name: "same period after since", lang: "en", date: "2025-12-09", text: ferry, value: 22, want: "as of 2025-12-09"}})
}

// TestSession42KindNounWithComplement: a company's kind with its complement
// before its name («L'éditeur de jeux vidéo montpelliérain Oréade
// Interactive a annoncé») makes the name a company's, so «le groupe» later
// stands for it; a possessive in a rival's own sentence («Son concurrent
// Kaleido Games a fait état d'un recul de 9 % de ses ventes») is the
// rival's.
func TestSession42KindNounWithComplement(t *testing.T) {
	const fr = "Oréade Interactive : ventes en hausse de 23 % au premier semestre\n\n" +
		"L'éditeur de jeux vidéo montpelliérain Oréade Interactive a annoncé lundi un chiffre d'affaires de 412 millions d'euros pour le premier semestre.\n\n" +
		"Son concurrent Kaleido Games a, de son côté, fait état la semaine dernière d'un recul de 9 % de ses ventes trimestrielles, à 186 millions d'euros.\n\n" +
		"Les analystes restent partagés. Chez Valmont Bourse, on estime que l'objectif est « prudent » et on table sur 805 millions d'euros.\n\n" +
		"Le groupe, qui emploie 2 300 personnes dans cinq studios, a par ailleurs indiqué que sa trésorerie nette s'élevait à 236 millions d'euros au 30 septembre."
	runSubjectCases(t, []subjectCase{
		{name: "le groupe after analysts", lang: "fr", date: "2025-12-09", text: fr, value: 2300, want: "Oréade Interactive", bad: "Kaleido Games"},
		{name: "ses ventes in the rival's sentence", lang: "fr", date: "2025-12-09", text: fr, value: 9, want: "Kaleido Games", bad: "Oréade Interactive"},
		{name: "its cash", lang: "fr", date: "2025-12-09", text: fr, value: 236e6, want: "Oréade Interactive"},
	})
}

// TestSession42UsersNotHad: users lost ("lost 1.2 million subscribers") and
// a share of users ("41% of new sign-ups") are no count of the users a
// service has or gained.
func TestSession42UsersNotHad(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Streaming\n\nNorthstar Video said it lost 1.2 million subscribers in the quarter.", "Northstar Video lost 1.2 million subscribers"},
		{"Streaming\n\nStreamwave said 41% of new sign-ups chose the cheaper plan.", "Streamwave sign-ups: 41%"},
	} {
		for _, cl := range buildText(t, "en", "2025-12-09", c.text).Claims {
			if cl.HasValue && cl.Label != c.want {
				t.Errorf("%q: label %q, want %q", c.text, cl.Label, c.want)
			}
		}
	}
}

// TestSession42PriceNounPerUnit: a price noun's amount for each unit is
// that price per unit, not "price price per ounce".
func TestSession42PriceNounPerUnit(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", "Gold\n\nKaroo Gold Mining said on Monday its output rose 8% in the third quarter. The gold price averaged about $3,450 an ounce in the quarter.", 3450, "price per ounce ($)"},
		// (the gold price is the market's since session 45, its subject
		// "The gold price", no longer the miner's "gold price")
	})
}

// TestSession42NameWithDe: the noun a name with its own «de» completes is
// what the figure measures («Le déficit de fonctionnement de la
// Collectivité de Corse devrait atteindre 87 millions d'euros»), not the
// verb.
func TestSession42NameWithDe(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"fr", "2025-12-09", "Corse\n\nLe déficit de fonctionnement de la Collectivité de Corse devrait atteindre 87 millions d'euros en 2025.", 87e6, "deficit (€)"},
		{"fr", "2025-12-09", "Corse\n\nLe déficit de la Collectivité de Corse a atteint 87 millions d'euros en 2025.", 87e6, "deficit (€)"},
	})
}

// TestSession42EquivalentTo: a figure told again "equivalent to" another
// unit takes the measure of the figure before ("Romania budget deficit:
// 7.1%", not "Romania equivalent: 7.1%").
func TestSession42EquivalentTo(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", "Romania\n\nRomania's budget deficit reached 126.4 billion lei in the first ten months of the year, equivalent to 7.1% of gross domestic product, the finance ministry said on Monday.", 7.1, "budget deficit (%)"},
	})
}
