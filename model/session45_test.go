package model

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// Session 45's rules, each on invented sentences that fail without it.

// TestSession45ScaledFiguresExact: a figure with a scale is the value the
// article wrote, not its binary product (4.1 million is 4100000, not
// 4099999.9999999995), so exports and comparisons hold it as written.
func TestSession45ScaledFiguresExact(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"fr", "Trains\n\nQuelque 4,1 millions de voyageurs ont pris le train de la société Ferrovia en février.", 4100000},
		{"en", "Bankruptcy\n\nThe airline Sunjet listed assets of $4.1 billion in its petition on Monday.", 4100000000},
		{"en", "Revenue\n\nZemtrix had total revenue of $8.3 billion last year.", 8300000000},
		{"en", "Jobs\n\nThe number of unemployed people at Ventra rose to 8.2 million in March.", 8200000},
	} {
		figureOf(t, c.lang, "2025-03-10", c.text, c.value)
	}
}

// TestSession45RatesPerTime: a unit counted per day or per year is a rate
// ("1.2 million barrels per day" is bbl/d, «1,2 milliard de litres par an»
// l/an), in the unit and in the label's words; "a year earlier" is no rate.
func TestSession45RatesPerTime(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		unit       string
		label      string
	}{
		{"en", "Oil\n\nPetrolia pumped 1.2 million barrels per day in February, the company said.", 1200000, "bbl/d", "per day"},
		{"fr", "Pétrole\n\nL'Opep a produit 26,5 millions de barils par jour en février, selon l'agence.", 26500000, "bbl/j", "par jour"},
		{"fr", "Lait\n\nLa coopérative Lactavia collecte 1,2 milliard de litres par an auprès de ses éleveurs.", 1200000000, "l/an", "par an"},
		{"en", "Wheat\n\nGranaria exported 13.8 million tonnes a year earlier, the ministry said.", 13800000, "t", ""},
	} {
		cl, ok := figureOf(t, c.lang, "2025-03-10", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Unit != c.unit || !strings.Contains(cl.Label, c.label) {
			t.Errorf("%q: %v in %q labelled %q; want %q and a label with %q", c.text, c.value, cl.Unit, cl.Label, c.unit, c.label)
		}
	}
}

// TestSession45SuperlativeScope: the set a superlative ranks among («l'un
// des plus élevés d'Europe», «le plus vendu du pays») is not whose the
// figure is.
func TestSession45SuperlativeScope(t *testing.T) {
	const bank = "La banque Crédit Vosgien publie ses résultats\n\nLe groupe a présenté ses comptes jeudi à Épinal.\n\n" +
		"Le ratio de solvabilité CET1 s'établit à 15,2 %, l'un des plus élevés d'Europe."
	const fuel = "Carburants : les prix en hausse\n\nLes automobilistes paient plus cher à la pompe.\n\n" +
		"Le carburant le plus vendu du pays, le gazole, coûtait 1,65 euro le litre vendredi, selon les chiffres du ministère."
	runSubjectCases(t, []subjectCase{
		{"a ratio among Europe's", "fr", "2025-11-05", bank, 15.2, "Crédit Vosgien", "Europe"},
		{"the best-selling fuel of the country", "fr", "2025-11-05", fuel, 1.65, "", "pays"},
	})
}

// TestSession45QuotesSaidInThePast: a quote told in the present or the
// future is said in the past when the words outside it are ("“We are
// confident … will hold up,” said Tom Enders"), and a speaker named with his
// role set between commas after the quote ("its managing director, Paul
// Ferris, said") is the quote's, not the last one named before it.
func TestSession45QuotesSaidInThePast(t *testing.T) {
	const airbus = "Airbus raises delivery goal\n\nAirbus said on Monday it would deliver more jets this year.\n\n" +
		"\"We are confident that the supply chain will hold up through the end of the year,\" said Airbus chief executive Tom Enders."
	const clinic = "Private clinics offer spare capacity\n\nVantor Health, a private hospital group, said on Monday it had 40 empty theatres.\n\n" +
		"\"We have theatres standing idle every week and the boards just need to use them,\" its managing director, Paul Ferris, said."
	for _, c := range []struct {
		text, speaker, date string
	}{
		{airbus, "Tom Enders", "2025-11-03"},
		{clinic, "Paul Ferris", "2025-11-03"},
	} {
		got := ""
		for _, cl := range buildText(t, "en", "2025-11-05", c.text).Claims {
			if cl.What == "statement" && cl.SaidBy == c.speaker {
				got = cl.Date.String()
			}
		}
		if got != c.date {
			t.Errorf("%s: statement dated %q, want %q", c.speaker, got, c.date)
		}
	}
}

// TestSession45NamesWhole: a name goes on past «d'» when a word for an
// organisation's kind announces it («la chaîne de boulangeries Pain
// d'Aurore», «la coopérative Terres d'Ouest»), past «de», «des», «de l'»
// when the acronym in brackets after it spells it, past a glued "&"
// ("PG&E"), and with its number after a preposition («en Top 14»).
func TestSession45NamesWhole(t *testing.T) {
	const bakery = "Commerce : la chaîne accélère\n\nLa distribution de pain reste un marché morcelé.\n\n" +
		"La chaîne de boulangeries Pain d'Aurore a réalisé un chiffre d'affaires de 318 millions d'euros en 2025."
	const coop = "Lait : la collecte progresse\n\nLes éleveurs bretons livrent davantage.\n\n" +
		"La coopérative Terres d'Ouest a collecté 1,2 milliard de litres de lait en 2025."
	const club = "Rugby : le club présente ses comptes\n\nL'assemblée générale s'est tenue mercredi.\n\n" +
		"Le président du RC Vallée de l'Adour (RCVA) a annoncé 12 000 abonnés pour la saison prochaine."
	const utility = "Utility faces fire lawsuits\n\nWildfire claims keep mounting in California.\n\n" +
		"PG&E said on Monday it had set aside $1.2 billion for claims."
	const rugby = "Rugby : le club présente ses comptes\n\nLe Stade Montois tenait son assemblée générale mercredi.\n\n" +
		"Promu en Top 14 l'été dernier, le club a bouclé la saison avec un budget de 25,2 millions d'euros."
	const network = "Gastro-entérite : l'épidémie s'étend\n\nL'épidémie touche désormais toutes les régions.\n\n" +
		"Aux urgences, 11 850 passages ont été enregistrés la semaine dernière, en hausse de 31 % sur une semaine, selon le réseau Oscour de Santé publique France."
	runSubjectCases(t, []subjectCase{
		{"a chain and what it sells", "fr", "2026-01-22", bakery, 318000000, "Pain d'Aurore", "Pain"},
		{"a co-operative", "fr", "2026-01-22", coop, 1200000000, "Terres d'Ouest", "Terres"},
		{"an acronym spells the name", "fr", "2026-01-22", club, 12000, "", "Adour"},
		{"a glued ampersand", "en", "2026-01-22", utility, 1200000000, "PG&E", "PG"},
		{"a league and its number", "fr", "2025-06-12", rugby, 25200000, "Stade Montois", "Top"},
		{"another's network stays apart", "fr", "2017-12-20", network, 31, "", "Oscour de Santé"},
	})
}

// TestSession45AcronymSpelled: a name runs on past «de l'» when the
// acronym after it spells it, and not when it does not.
func TestSession45AcronymSpelled(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Le RC Vallée de l'Adour (RCVA) a annoncé", "RC Vallée de l'Adour"},
		{"La Fédération des Producteurs de Lait (FPL) a annoncé", "Fédération des Producteurs de Lait"},
		{"Le RC Vallée de l'Adour (FFR) a annoncé", "RC Vallée"},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		j := 3 // "RC Vallée", "Fédération des": the run before «de»
		if toks[1].Text == "Fédération" {
			j = 2
		}
		e := acronymSpelled(toks, 1, j)
		if got := c.text[toks[1].Start:toks[e-1].End]; got != c.want && !(e == j && c.want == c.text[toks[1].Start:toks[j-1].End]) {
			t.Errorf("%q: name %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSession45ResultsOfTheSamePeriod: a result its sentence tells with no
// date after a result of the same subject dated to a period is of that
// period ("…for 2025, up 41%, and a net loss of $96 million"), as is a
// change told with the copula in the next sentence («Le chiffre d'affaires
// est en hausse de 3,8 %»); a level told right after a change, «…, à 4,6
// milliards», is of what changed.
func TestSession45ResultsOfTheSamePeriod(t *testing.T) {
	const en = "Satellite operator reports results\n\nOrbital Relay published its accounts on Wednesday in Denver.\n\n" +
		"Orbital Relay reported revenue of $312 million for 2025, up 41% from the previous year, and a net loss of $96 million. It expects revenue of $420 million to $450 million this year."
	const fr = "Résultats annuels\n\nLa coopérative a présenté ses comptes mercredi à Rennes.\n\n" +
		"La coopérative Terres d'Ouest a vu son résultat net chuter de 42 % en 2025, à 31 millions d'euros, malgré un chiffre d'affaires en hausse de 3,8 %, à 4,6 milliards d'euros, a-t-elle annoncé mercredi."
	const copula = "Résultats annuels\n\nLe groupe a présenté ses comptes mercredi à Lyon.\n\n" +
		"Le résultat net de Terrix a chuté de 42 % en 2025, à 31 millions d'euros. Le chiffre d'affaires est en hausse de 3,8 %, à 4,6 milliards d'euros."
	for _, c := range []struct {
		lang, text string
		value      float64
		date       string
		measure    string
	}{
		{"en", en, 96000000, "2025", "loss ($)"},
		{"en", en, 450000000, "2026", "revenue, forecast ($)"}, // (the company's own outlook, since Orbital Relay "reported revenue" is no person)
		{"fr", fr, 3.8, "2025", "chiffre d'affaires (%)"},
		{"fr", fr, 4600000000, "2025", "chiffre d'affaires (€)"},
		{"fr", copula, 3.8, "2025", "chiffre d'affaires (%)"},
		{"en", "Drug recall\n\nHalden Pharma recalled its blood thinner Valtorin on Tuesday.\n\nValtorin generated sales of 640 million euros last year and now accounts for about 6% of group revenue.", 6, "2026-04-15", ""},
	} {
		cl, ok := figureOf(t, c.lang, "2026-04-15", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Date.String() != c.date || cl.AsOf != (c.measure == "") || c.measure != "" && cl.Measure != c.measure {
			t.Errorf("%v: dated %s (as of: %v), measured %q; want %s and %q", c.value, cl.Date, cl.AsOf, cl.Measure, c.date, c.measure)
		}
	}
}

// TestSession45RunningTotalKeepsItsSpan: a running total told after a
// quarter's result ("bringing its losses to more than $46 billion since the
// start of 2019") is not that quarter's.
func TestSession45RunningTotalKeepsItsSpan(t *testing.T) {
	const text = "Metaverse losses\n\nThe group published its accounts on Wednesday.\n\n" +
		"Reality Labs, the division that builds headsets, lost $3.7 billion in the third quarter, bringing its losses to more than $46 billion since the start of 2019."
	if cl, ok := figureOf(t, "en", "2023-10-26", text, 46000000000); ok && cl.Date.String() == "2023-07/2023-09" {
		t.Errorf("the running total is dated to the quarter, %s", cl.Date)
	}
}

// TestSession45ExpectationsAndWe: analysts polled by a two-word pollster
// expect what the company before produces ("Analysts polled by Visible
// Alpha had expected output of 191,000 tonnes"), and a figure a company's
// officer tells with "we" in a quote is the company's, not the paper he
// told («a déclaré Marc Vial aux Echos») nor his; a farmer's "we" is no
// company's.
func TestSession45ExpectationsAndWe(t *testing.T) {
	const miner = "Andean output falls\n\nThe miner published its quarterly report on Thursday.\n\n" +
		"Andean Copper Ltd said on Thursday its copper production fell 7% in the third quarter to 182,400 tonnes.\n\n" +
		"Analysts polled by Visible Alpha had expected output of 191,000 tonnes."
	const bakery = "La chaîne Pain d'Aurore accélère\n\nLe marché de la boulangerie reste dynamique.\n\n" +
		"La chaîne de boulangeries Pain d'Aurore prévoit d'ouvrir 60 magasins cette année, a annoncé jeudi son président, Marc Vial.\n\n" +
		"« Nous avons ouvert 41 boutiques l'an dernier, et nous pouvons aller plus vite », a déclaré Marc Vial aux Echos."
	const chain = "Bakery chain expands\n\nThe bakery market keeps growing.\n\n" +
		"Bakery chain Brioval plans to open 60 stores this year, its chairman Mark Vial said on Thursday.\n\n" +
		"\"We opened 41 shops last year and we can go faster,\" Vial told Reuters."
	const farm = "Drought hits wheat\n\nThe Grainex cooperative cut its harvest forecast on Monday.\n\n" +
		"\"We've had 112 millimetres of rain since January, a third of normal,\" said Tom Kerrigan, who farms near Dubbo."
	const insee = "Les yaourts reculent\n\nLe marché des produits frais ralentit.\n\n" +
		"La consommation de produits laitiers a reculé de 2 % en 2025, selon l'Insee. « Nous avons vendu 3 millions de yaourts au premier trimestre », a déclaré la directrice générale, Anne Roux."
	const founder = "La chaîne Pain d'Aurore va ouvrir 60 boulangeries en 2026\n\nLa chaîne de boulangeries Pain d'Aurore accélère. L'enseigne lyonnaise, qui compte 214 points de vente, prévoit d'ouvrir 60 magasins cette année, a annoncé jeudi son président-fondateur, Marc Vial.\n\n" +
		"« Nous avons ouvert 41 boutiques l'an dernier, et nous pouvons aller plus vite », a déclaré Marc Vial aux Echos."
	const census = "Population grows\n\nThe Central Statistics Office (CSO) said the population had grown by 282,000 since 2022.\n\n" +
		"Housing charity Focus Ireland said the figures underlined the pressure on supply. \"We have had five more people for every new home built since 2022,\" chief executive Niamh Cullinan told reporters."
	runSubjectCases(t, []subjectCase{
		{"a pollster of two words", "en", "2025-10-23", miner, 191000, "Andean Copper Ltd", "Analysts"},
		{"«nous» of a chain's chairman", "fr", "2026-01-22", bakery, 41, "Pain d'Aurore", "Echos"},
		{"\"we\" of a chain's chairman", "en", "2026-01-22", chain, 41, "Brioval", "Vial"},
		{"a farmer's \"we\"", "en", "2018-09-04", farm, 112, "", "Grainex"},
		{"a statistics office has no chief executive", "fr", "2026-03-03", insee, 3000000, "", "Insee"},
		{"«nous» of a «président-fondateur»", "fr", "2026-01-22", founder, 41, "Pain d'Aurore", "Echos"},
		{"the organisation named just before", "en", "2026-07-23", census, 5, "Focus Ireland", "CSO"},
	})
}

// TestSession45NameBeforeItsAcronym: the name that opens a clause before
// its acronym in brackets is the clause's subject («Le groupe Vinexa (GVX)
// a dégagé»: the lead figure was unsure, of the passage), and an
// institution's name runs on past «d'» («La Compagnie Maritime d'Iroise»);
// a name in a complement before its acronym is not the subject («Le taux
// de chômage au sens du Bureau international du travail (BIT)»).
func TestSession45NameBeforeItsAcronym(t *testing.T) {
	const vinexa = "Vins : le groupe renoue avec les bénéfices\n\nLe marché du vin reste difficile.\n\n" +
		"Le groupe Vinexa (GVX) a dégagé un bénéfice net de 46 millions d'euros en 2025, a-t-il annoncé jeudi."
	const ferries = "Ferries : retour aux bénéfices\n\nLe fret transmanche a porté l'activité.\n\n" +
		"La Compagnie Maritime d'Iroise (CMI) a dégagé un bénéfice net de 46 millions d'euros en 2025, après une perte de 12 millions d'euros en 2024, a annoncé jeudi l'armateur breton.\n\n" +
		"Son chiffre d'affaires a progressé de 7,5 % à 612 millions d'euros."
	const bit = "Chômage : le taux remonte\n\nL'Insee a publié ses chiffres mardi.\n\n" +
		"Le taux de chômage au sens du Bureau international du travail (BIT) a atteint 7,6 % de la population active au quatrième trimestre."
	eachSubjectCase(t, []subjectCase{
		{"a group before its acronym", "fr", "2026-03-12", vinexa, 46000000, "Vinexa", ""},
		{"an institution past «d'»", "fr", "2026-03-12", ferries, 46000000, "Compagnie Maritime d'Iroise", ""},
		{"its change, of the period before", "fr", "2026-03-12", ferries, 7.5, "Compagnie Maritime d'Iroise", ""},
		{"a complement's acronym", "fr", "2024-02-13", bit, 7.6, "", "Bureau international du travail"},
	}, func(t *testing.T, c subjectCase, cl Claim) {
		if c.want != "" && (cl.Subject != c.want || cl.Unsure || cl.AsOf) {
			t.Errorf("subject %q (unsure: %v, as of: %v), want %q, sure and dated", cl.Subject, cl.Unsure, cl.AsOf, c.want)
		}
	})
}

// TestSession45ShortWholeQuotes: a quote of four to seven words is a
// statement when it is the sentence's whole words and a verb of saying
// closes it («« C'est notre meilleure saison depuis 2019 », a déclaré…»);
// a few words quoted inside a sentence stay none.
func TestSession45ShortWholeQuotes(t *testing.T) {
	const fr = "La station tire son bilan\n\nLa station a accueilli 1,9 million de skieurs cet hiver, a annoncé mardi sa direction.\n\n" +
		"« C'est notre meilleure saison depuis 2019 », a déclaré le directeur général de la société, Bruno Favre."
	const en = "Toy maker's sales jump\n\nBrightwell said on Monday its holiday-quarter sales rose 11%.\n\n" +
		"\"Brightwell is taking share from everyone,\" said Mark Tennant, an analyst at Jones & Harlow.\n\n" +
		"Finance chief Omar Reyes called the quarter \"very strong indeed\"."
	for _, c := range []struct {
		lang, text, speaker string
		want                bool
	}{
		{"fr", fr, "Bruno Favre", true},
		{"en", en, "Mark Tennant", true},
		{"en", en, "Omar Reyes", false},
	} {
		got := false
		for _, cl := range buildText(t, c.lang, "2025-12-09", c.text).Claims {
			got = got || cl.What == "statement" && cl.SaidBy == c.speaker
		}
		if got != c.want {
			t.Errorf("%s: a statement %v, want %v", c.speaker, got, c.want)
		}
	}
}

// TestSession45OpinionPastTheAuxiliary: what the people counted say they
// did is the act after «avoir», with its object, not the auxiliary («16 %
// des Français déclarent avoir déjà sauté un repas»).
func TestSession45OpinionPastTheAuxiliary(t *testing.T) {
	const text = "Précarité alimentaire\n\nLes banques alimentaires lancent leur collecte.\n\n" +
		"Selon une enquête de l'Ifop, 16 % des Français déclarent avoir déjà sauté un repas faute d'argent."
	if cl, ok := figureOf(t, "fr", "2025-12-01", text, 16); ok && (strings.Contains(cl.Measure, "avoir") || !strings.Contains(cl.Label, "sauté un repas")) {
		t.Errorf("measured %q, labelled %q; want the act, «sauté un repas»", cl.Measure, cl.Label)
	}
}

// TestSession45OpeningNounIsNoName: a common noun that opens a sentence,
// capitalised there only, is no name whose figure it is ("Cocoa grindings
// in Asia fell 4.8%" is Asia's cocoa grinding, not "Cocoa grindings"),
// before the name of where.
func TestSession45OpeningNounIsNoName(t *testing.T) {
	const text = "Cocoa grindings slump\n\nDemand for chocolate weakened at the end of the year.\n\n" +
		"Grindings in Europe fell 7.2% in the fourth quarter to 337,000 tons, the European Cocoa Association said.\n\n" +
		"Cocoa grindings in Asia fell 4.8% to 176,000 tons."
	runSubjectCases(t, []subjectCase{
		{"a noun opening its sentence", "en", "2026-01-15", text, 4.8, "Asia", "Cocoa grindings"},
	})
}

// TestSession45UnitsInCapitals: a quantity in a unit written with capitals
// (TWh, GW, kWh) is a figure in French as in English, of its unit, though
// the tagger reads the unit as a name («a atteint 449 TWh» was dropped).
func TestSession45UnitsInCapitals(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		unit       string
	}{
		{"fr", "Électricité\n\nLa consommation a reculé l'an dernier.\n\nLa consommation d'électricité en France a atteint 449 TWh en 2025, selon RTE.", 449, "TWh"},
		{"fr", "Électricité\n\nLe froid a fait grimper la demande.\n\nLe pic de consommation a atteint 84,2 GW le 12 janvier.", 84.2, "GW"},
		{"en", "Power demand falls\n\nDemand fell last year.\n\nElectricity consumption in France reached 449 TWh in 2025, RTE said.", 449, "TWh"},
	} {
		if cl, ok := figureOf(t, c.lang, "2026-01-20", c.text, c.value); ok && (cl.Unit != c.unit || strings.Contains(cl.Measure, "atteint") || strings.Contains(cl.Measure, "reach")) {
			t.Errorf("%v in %q measured %q, want %q and no verb of level as the measure", c.value, cl.Unit, cl.Measure, c.unit)
		}
	}
}

// TestSession45FrenchQuoteForms: «s'est félicitée X», «a confié X», «a
// déclaré à l'AFP X» and «a-t-il ajouté mardi sur France Info» give the
// quote its speaker (not the agency, nor the station, nor the speaker
// before).
func TestSession45FrenchQuoteForms(t *testing.T) {
	const text = "Grève des contrôleurs aériens\n\nLa DGAC a demandé lundi aux compagnies de réduire de moitié leurs vols à Orly.\n\n" +
		"« Nous ne pouvons pas accepter que des milliers de passagers soient pris en otage », a déclaré à l'AFP Jérôme Lavaud, porte-parole de la compagnie.\n\n" +
		"« La mobilisation des salariés a été exemplaire pendant toute la durée du conflit », s'est félicitée Claire Morin.\n\n" +
		"« Nous avons perdu beaucoup de clients pendant ces trois jours de grève », a confié Paul Girard.\n\n" +
		"« Le dialogue social doit reprendre au plus vite dans ce secteur », a-t-il ajouté mardi sur France Info."
	got := map[string]int{}
	for _, cl := range buildText(t, "fr", "2026-02-10", text).Claims {
		if cl.What == "statement" {
			got[cl.SaidBy]++
		}
	}
	for who, n := range map[string]int{"Jérôme Lavaud": 1, "Claire Morin": 1, "Paul Girard": 2} {
		if got[who] != n {
			t.Errorf("%s: %d statements, want %d (all: %v)", who, got[who], n, got)
		}
	}
}

// TestSession45Review45dFixes: review 45d's worse cases. A unit's figure
// keeps what it weighs in its label ("about 110,000 tonnes of lithium
// carbonate equivalent"), and a share's price after its change keeps the
// price's measure («a clôturé en hausse de 1,7 %, à 98,50 euros» was
// measured «hausse»).
func TestSession45Review45dFixes(t *testing.T) {
	const lithium = "Lithium glut\n\nPrices fell again in May.\n\n" +
		"Benchmark Mineral Intelligence, a London-based price reporting agency, estimates global lithium supply will exceed demand by about 110,000 tonnes of lithium carbonate equivalent this year."
	const share = "Bourse\n\nLa banque a publié ses comptes jeudi.\n\n" +
		"L'action Crédit Agricole Alpes Provence a clôturé jeudi en hausse de 1,7 %, à 98,50 euros."
	if cl, ok := figureOf(t, "en", "2025-05-06", lithium, 110000); ok && !strings.Contains(cl.Label, "of lithium") {
		t.Errorf("labelled %q, want what the tonnes weigh", cl.Label)
	}
	if cl, ok := figureOf(t, "fr", "2025-05-06", share, 98.5); ok && strings.Contains(cl.Measure, "hausse") {
		t.Errorf("the price measured %q", cl.Measure)
	}
}

// TestSession45TradeWordsMakeCompanies: a name whose later word names a
// trade is a company's though its first word is a given name ("Aurora
// Bread", "Orsted Power UK"): its officer's "we" is its, and "he said" is
// never it.
func TestSession45TradeWordsMakeCompanies(t *testing.T) {
	const bread = "Bakery chain expands\n\nThe bakery market keeps growing.\n\n" +
		"Bakery chain Aurora Bread plans to open 60 stores this year, its chairman Mark Vial said on Thursday.\n\n" +
		"\"We opened 41 shops last year and we can go faster,\" Vial told Reuters."
	const wind = "Wind output record\n\n\"We have had the windiest December in a decade and every new turbine has paid for itself,\" Duncan Clark, head of UK operations at Orsted Power UK, told reporters on a call.\n\n" +
		"Clark added that construction costs had risen by about 12% since the final investment decision in 2022. \"Steel and vessel prices are still the big unknown,\" he said."
	runSubjectCases(t, []subjectCase{{"a bakery's \"we\"", "en", "2026-01-22", bread, 41, "Aurora Bread", "Vial"}})
	for _, cl := range buildText(t, "en", "2026-01-14", wind).Claims {
		if cl.SaidBy == "Orsted Power" || cl.SaidBy == "Orsted Power UK" {
			t.Errorf("%q said by the company", cl.Label)
		}
	}
}

// TestSession45CommodityIsNoCompanys: a commodity's price told after a
// company's figure is the market's, not the company's ("Brent crude
// averaged $68 a barrel", "Gold prices rose 2%").
func TestSession45CommodityIsNoCompanys(t *testing.T) {
	const oil = "Northline profit falls\n\nNorthline Energy reported third-quarter profit of $4.1 billion on Thursday.\n\n" +
		"Brent crude averaged $68 a barrel in the third quarter, compared with $79 a year earlier."
	const gold = "Markets\n\nNorthline Energy reported third-quarter profit of $4.1 billion on Thursday.\n\n" +
		"Gold prices rose 2% to $2,400 an ounce on Monday."
	runSubjectCases(t, []subjectCase{
		{"a crude benchmark", "en", "2025-10-30", oil, 68, "", "Northline Energy"},
		{"gold prices", "en", "2025-10-30", gold, 2400, "", "Northline Energy"},
	})
}

// TestSession45PriceOfARelative: a price or a cost a relative clause moves
// is the thing's its antecedent names ("squeezed by the price of butter,
// which jumped 38%"), not the company told of before.
func TestSession45PriceOfARelative(t *testing.T) {
	const text = "Bakery\n\nBrioval presented its accounts on Thursday.\n\n" +
		"Margins were squeezed by the price of butter, which jumped 38% over the year, according to official data."
	runSubjectCases(t, []subjectCase{{"butter's price", "en", "2026-01-22", text, 38, "butter", "Brioval"}})
}

// TestSession45WeReasonSaysWhy: the reason shown for a "we" figure's
// subject says it is the speaker's organisation, not "a pronoun for the
// entity named before", which the app's passage view showed.
func TestSession45WeReasonSaysWhy(t *testing.T) {
	const text = "Bakery chain expands\n\nThe bakery market keeps growing.\n\n" +
		"Bakery chain Brioval plans to open 60 stores this year, its chairman Mark Vial said on Thursday.\n\n" +
		"\"We opened 41 shops last year and we can go faster,\" Vial told Reuters."
	if cl, ok := figureOf(t, "en", "2026-01-22", text, 41); ok && !slices.Contains(cl.Reasons, "subject: "+fromSpeakerOrg) {
		t.Errorf("reasons %q, want %q", cl.Reasons, "subject: "+fromSpeakerOrg)
	}
}
