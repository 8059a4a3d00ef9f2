package model

import (
	"strings"
	"testing"
)

// TestCommonNounOpenings reads a common noun that opens a sentence in
// capitals as what the figure measures, not as a name: before a comma and
// its gloss, or before an adjective and the noun they qualify.
func TestCommonNounOpenings(t *testing.T) {
	const lead = "Zorgtel results\n\nZorgtel reported higher revenue on Wednesday. "
	cases := []struct {
		name, text string
		value      float64
		measure    string
	}{
		{"an apposition", "Utilization, the share of the fleet on rent, improved to 81% from 77%.", 81, "utilization"},
		{"a relative clause", "Inflation, which peaked at 9% last year, slowed to 3.1% in April.", 3.1, "inflation"},
		{"an adjective and its noun", "Battery electric vehicles accounted for 22% of sales.", 22, "sale"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "en", "2026-05-14", lead+c.text, c.value)
			if !ok {
				return
			}
			if first := strings.Fields(c.text)[0]; cl.Subject == first {
				t.Errorf("subject %q: a common noun read as a name", cl.Subject)
			}
			if !strings.Contains(cl.Measure, c.measure) {
				t.Errorf("measure %q, want %q in it", cl.Measure, c.measure)
			}
		})
	}
}

// TestFiscalQuarterAnaphors dates "the same quarter last year", "the
// quarter" and "a year earlier" from a fiscal quarter's own months, once
// the article has said which they are, and "the same quarter" only from a
// quarter.
func TestFiscalQuarterAnaphors(t *testing.T) {
	const lead = "Trekway swings to profit in fiscal third quarter\n\nTrekway Rental Corp reported a profit for its fiscal third quarter on Wednesday. Net income for the quarter ended March 31 was $84 million. "
	runDateCases(t, []dateCase{
		{"same quarter after a year ago", "en", "2026-05-14", lead + `"Our fleet is younger than it was a year ago," Daniel Okafor said. He said depreciation per unit dropped to $298 from $341 in the same quarter last year.`,
			341, "2025-01/2025-03"},
		{"the quarter a verb ends", "en", "2026-05-14", lead + "Trekway, which competes with Hertz and Avis Budget, ended the quarter with about 512,000 vehicles, up 3% from a year earlier.",
			512_000, "2026-01/2026-03"},
		{"the level set against the same quarter last year", "en", "2026-05-14", lead + `"Our fleet is younger than it was a year ago," Daniel Okafor said. He said depreciation per unit dropped to $298 from $341 in the same quarter last year.`,
			298, "2026-01/2026-03"},
		{"a year before the quarter", "en", "2026-05-14", lead + "Trekway, which competes with Hertz and Avis Budget, ended the quarter with about 512,000 vehicles, up 3% from a year earlier.",
			3, "2026-01/2026-03"},
		{"le trimestre qu'un verbe termine", "fr", "2026-05-14", "Trekway dégage un bénéfice\n\nTrekway a publié mercredi ses résultats du premier trimestre 2026. Le loueur a terminé le trimestre avec 512 000 véhicules.",
			512_000, "2026-01/2026-03"},
	})
	runSubjectCases(t, []subjectCase{
		{"the change right after the figure", "en", "2026-05-14", lead + "Trekway, which competes with Hertz and Avis Budget, ended the quarter with about 512,000 vehicles, up 3% from a year earlier.",
			3, "Trekway", ""},
	})
}

// TestPronounSourcesAndAcronymNames reads «selon lui», "according to
// her" as the person named last, and a name that opens on letters in
// capitals and no given name («économiste chez BNP Paribas, juge») as an
// organisation's, not a person's that pronouns stand for.
func TestPronounSourcesAndAcronymNames(t *testing.T) {
	runSaidByCases(t, "2026-05-18", []saidByCase{
		{"fr", "« Le ralentissement commence à se faire sentir », a estimé Philippe Leclercq, économiste chez ING Belgique. Selon lui, l'économie belge a créé 12 000 emplois en 2025, contre 45 000 en 2024.",
			12_000, "Philippe Leclercq"},
		{"fr", "Marie Dupont, économiste chez BNP Paribas, juge la situation grave. Selon elle, la dette a atteint 113 % du PIB en 2025.",
			113, "Marie Dupont"},
		{"en", "Sarah Kim, an economist at Westpac, was more cautious. According to her, employment rose by 12,000 in April.",
			12_000, "Sarah Kim"},
	})
}

// TestPreviousPeriodBase dates a base set against by «contre» or
// "compared with" by the previous period its words name, not as of the
// statement nor by the figure's own period.
func TestPreviousPeriodBase(t *testing.T) {
	runDateCases(t, []dateCase{
		{"le trimestre précédent", "fr", "2026-05-18", "Chômage en Belgique\n\nLe taux de chômage en Belgique a atteint 6,0 % au premier trimestre 2026, contre 5,6 % au trimestre précédent, a annoncé lundi Statbel.",
			5.6, "2025-10/2025-12"},
		{"le mois précédent", "fr", "2026-05-18", "Inflation\n\nL'inflation a atteint 2,4 % en avril, contre 2,1 % le mois précédent, selon l'Insee.",
			2.1, "2026-03"},
		{"last year's month", "en", "2024-05-14", "Airline punctuality\n\nThe airline's punctuality deteriorated, with 71% of flights arriving within 15 minutes of schedule, compared with 78% in April last year.",
			78, "2023-04"},
	})
}

// TestAcronymNamesAreOrganisations: a name whose every form opens on
// letters in capitals ("The FAIR Plan, …, said its policy count rose") is
// an organisation's, whose "its" the figure is of.
func TestAcronymNamesAreOrganisations(t *testing.T) {
	const lead = "Insurers pay out\n\nState Farm, the largest home insurer, said it had paid $4.2 billion on its fire claims by the end of March.\n\n"
	runSubjectCases(t, []subjectCase{
		{"an acronym and a word", "en", "2026-05-14", lead + "The FAIR Plan, the state's insurer of last resort, said its policy count rose 34% in 2025 to about 610,000 policies.",
			34, "FAIR Plan", ""},
		{"a hyphen after the acronym", "en", "2024-05-08", "Airline traffic\n\nLusaero carried 1.2 million passengers in April.\n\nThe European airline association AEA-E said on Tuesday that passenger traffic across its 38 member airlines rose 7% in April.",
			7, "AEA-E", ""},
	})
}

// TestCitedSourceAfterItsKind reads the source after "according to" past
// the words that say what it is ("market researcher Newzoo", «le cabinet
// Xerfi»), not as the person a role word would stand for.
func TestCitedSourceAfterItsKind(t *testing.T) {
	const lead = `"We spent six years on this world," said director Haruto Mori. He said a paid expansion would arrive in early 2027. `
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", lead + "Global video game spending fell 1.5% in 2025 to $183 billion, according to market researcher Newzoo.", 183e9, "Newzoo"},
		{"en", lead + "Console sales rose 4% in April, according to data provider Circana.", 4, "Circana"},
		{"fr", "« Nous avons mis six ans », a déclaré le directeur Haruto Mori. Les dépenses de jeux vidéo ont reculé de 1,5 % en 2025, selon le cabinet Xerfi.", 1.5, "Xerfi"},
		{"en", "Portugal's economy grew 0.7% in the first quarter, according to a flash estimate published on Thursday by the national statistics institute INE.", 0.7, "INE"},
	})
}

// TestTradeNounSpeaks reads "the low-cost carrier said", «a indiqué
// l'assureur» as the article's own company speaking, and a company's
// short name ("Wizz" for "Wizz Air") as the same company.
func TestTradeNounSpeaks(t *testing.T) {
	const lead = "Wizz Air swings to loss\n\nWizz Air, Hungary's largest airline, reported an operating loss of 112 million euros for the January-March quarter on Thursday. "
	const later = " Wizz carried 62.8 million passengers in its last financial year. Wizz said net debt stood at 4.9 billion euros. Analysts expect Wizz to return to profit."
	cases := []struct {
		name, lang, text string
		value            float64
		subject, saidBy  string
	}{
		{"a carrier after its article", "en", lead + "Revenue rose 9% to 1.21 billion euros, the Budapest-based low-cost carrier said, as passenger numbers grew 11% to 14.8 million." + later, 9, "Wizz", "Wizz"},
		{"the company's short name", "en", lead + "Revenue rose 9% to 1.21 billion euros, the company said." + later, 1.21e9, "Wizz", "Wizz"},
		{"«l'électricien»", "fr", "EDF publie ses résultats\n\nEDF a publié jeudi ses résultats annuels. Le réacteur de Flamanville 3, raccordé au réseau fin 2024, a produit 8,2 TWh l'an dernier, selon l'électricien.", 8.2, "Flamanville 3", "EDF"},
		{"the airline, not the planes' maker", "en", "Sunward Airlines files for bankruptcy\n\nSunward Airlines filed for bankruptcy on Monday. It had ordered 40 jets from Airbus in 2019. The airline posted a net loss of $412 million in the first nine months of 2024.", 412e6, "Sunward Airlines", "Sunward Airlines"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, "2026-05-14", c.text, c.value)
			if !ok {
				return
			}
			if cl.Subject != c.subject || cl.SaidBy != c.saidBy || cl.Unsure {
				t.Errorf("subject %q said by %q (unsure %v), want %q said by %q, sure", cl.Subject, cl.SaidBy, cl.Unsure, c.subject, c.saidBy)
			}
		})
	}
}

// TestMeasurePastNounApposition reads what a figure measures from the
// subject before an apposition that opens on "a" ("The load factor, a
// measure of how full its planes were, rose 2.1 percentage points").
func TestMeasurePastNounApposition(t *testing.T) {
	const text = "Zorgair traffic\n\nZorgair carried 3.1 million passengers in April. The load factor, a measure of how full its planes were, rose 2.1 percentage points to 88.4%, the carrier said."
	for _, v := range []float64{2.1, 88.4} {
		if cl, ok := figureOf(t, "en", "2026-05-14", text, v); ok && !strings.Contains(cl.Measure, "load factor") {
			t.Errorf("%v: measure %q, want the load factor", v, cl.Measure)
		}
	}
}

// TestFocusNamedLateIsNoTopic: a figure of sales of a kind of goods no
// entity is named for is not the article's main organisation's when the
// article names that organisation only after its opening sentences: a
// market story that names a carmaker further on keeps the market's
// figures off the carmaker. A story whose title names what the
// organisation's name starts with keeps its figures.
func TestFocusNamedLateIsNoTopic(t *testing.T) {
	const market = "Voitures électriques : les ventes bondissent de 18 % en avril\n\nLes immatriculations de voitures électriques neuves ont progressé de 18 % en avril en France, selon la Plateforme automobile (PFA). Quelque 29 400 véhicules électriques ont été immatriculés le mois dernier. Leur part de marché atteint ainsi 21,5 %.\n\nLa Renault 5 E-Tech se classe en tête des ventes d'électriques, avec 4 120 exemplaires. Le groupe Renault a progressé de 2 %.\n\nSur les quatre premiers mois de l'année, les ventes d'électriques atteignent 108 000 unités, en hausse de 12 %."
	if cl, ok := figureOf(t, "fr", "2026-05-04", market, 108_000); ok && cl.Subject == "Renault" {
		t.Errorf("108 000: subject %q, want no carmaker's", cl.Subject)
	}
	const council = "Winnipeg council votes to raise bus fares\n\nWinnipeg city council voted 10 to 6 on Tuesday to raise the adult transit fare to C$3.35 from C$3.10.\n\nCouncillors also froze the price of the monthly student pass. Mayor Daniel Petrenko had said on Monday that he would back the increase.\n\nWinnipeg Transit carried 38.2 million passengers in 2022, still 21% fewer than in 2019.\n\nFares covered about 38% of Winnipeg Transit's operating costs last year, down from 49% in 2019, the staff report said."
	if cl, ok := figureOf(t, "en", "2023-11-22", council, 49); ok && (cl.Subject != "Winnipeg Transit" || cl.Unsure) {
		t.Errorf("49%%: subject %q (unsure %v), want Winnipeg Transit, sure", cl.Subject, cl.Unsure)
	}
}

// TestBasisPointsAndLevels keeps basis points apart from percentage
// points, reads "its 3.6% cash rate" as a level whatever the verb, and
// «172 000 points de recharge» as places counted, not points of a scale.
func TestBasisPointsAndLevels(t *testing.T) {
	runUnitCases(t, "2026-05-14", []unitCase{
		{"en", "The central bank cut its benchmark rate by 25 basis points to 4.75% on Tuesday.", 25, "−basis points"},
		{"fr", "La banque centrale a porté son taux directeur à 2 %, en hausse de 25 points de base.", 25, "+basis points"},
		{"en", "Markets now price a 70% chance that the Reserve Bank of Australia will cut its 3.6% cash rate at its June meeting.", 3.6, "%"},
		{"en", "Zorgon reported its 3% rise in sales for the quarter.", 3, "+%"},
		{"fr", "La France comptait 172 000 points de recharge ouverts au public fin mars.", 172_000, ""},
		{"fr", "Le taux de chômage a reculé de 0,3 point de pourcentage.", 0.3, "−points"},
	})
}

// unitCase is a figure of an invented text, after a headline, and the
// unit (with its sign) it is to have.
type unitCase struct {
	lang, text string
	value      float64
	unit       string
}

// runUnitCases checks each case's figure's unit, in a subtest named by
// its text.
func runUnitCases(t *testing.T, date string, cases []unitCase) {
	t.Helper()
	for _, c := range cases {
		figureSubtest(t, c.text, c.lang, date, "Headline\n\n"+c.text, c.value, func(t *testing.T, cl Claim) {
			if cl.Unit != c.unit {
				t.Errorf("unit %q, want %q", cl.Unit, c.unit)
			}
		})
	}
}

// TestFellowIsAPersonCue reads "Tim Gardner, a senior fellow at the Health
// Foundation, said" as a person, whom "According to him" then stands for
// (not the organisation named before him).
func TestFellowIsAPersonCue(t *testing.T) {
	runSaidByCases(t, "2026-03-12", []saidByCase{
		{"en", "The Royal College of Emergency Medicine said 61,500 patients waited more than 12 hours in February. Tim Gardner, a senior fellow at the Health Foundation, a charity which researches health policy, said the decline was \"real but slow\". According to him, the list would still be above 6.5 million at the end of 2026.",
			6.5e6, "Tim Gardner"},
	})
}

// TestWarningReportsAClause reads «a averti la Cour des comptes» after the
// clause it reports, and "warned that", as verbs of saying.
func TestWarningReportsAClause(t *testing.T) {
	runSaidByCases(t, "2026-01-28", []saidByCase{
		{"fr", "Le déficit public de la France devrait atteindre 5,2 % du PIB en 2026, a averti mercredi la Cour des comptes dans son rapport annuel.", 5.2, "Cour des comptes"},
		{"en", "The Swiss Aviation Board, an industry group, had warned that the levy would cut passenger numbers by 5%.", 5, "Swiss Aviation Board"},
	})
}

// TestOwnCountIsTheCompanys reads «contre 41 % selon ses propres calculs»
// after a regulator's figure as the article's company's own count.
func TestOwnCountIsTheCompanys(t *testing.T) {
	runSaidByCases(t, "2026-07-28", []saidByCase{
		{"fr", "Orvane a perdu 156 000 clients mobiles au deuxième trimestre. Orvane compte 21 millions d'abonnés. Selon l'Arcep, le régulateur des télécoms, l'opérateur détient 39 % du marché de la fibre, contre 41 % selon ses propres calculs.", 41, "Orvane"},
		{"fr", "Orvane a perdu 156 000 clients mobiles au deuxième trimestre. Orvane compte 21 millions d'abonnés. Selon l'Arcep, le régulateur des télécoms, l'opérateur détient 39 % du marché de la fibre, contre 41 % selon ses propres calculs.", 39, "Arcep"},
	})
}

// TestRelativeClaimant reads a turnout a party claims in a relative clause
// («…, un chiffre contesté par la CGT-Cheminots, qui revendique un taux de
// participation de 41 %») as the strike's, said by that party.
func TestRelativeClaimant(t *testing.T) {
	cases := []struct{ lang, text, subject, saidBy string }{
		{"fr", "Grève à la SNCF\n\nLa grève a été suivie jeudi par 24,6 % des agents de la SNCF, selon la direction, un chiffre contesté par la CGT-Cheminots, qui revendique un taux de participation de 41 %.", "La grève", "CGT-Cheminots"},
		{"en", "Rail strike\n\nThe strike was joined by 24.6% of staff, according to management, a figure disputed by the RMT union, which claims a turnout of 41%.", "The strike", "RMT"},
	}
	for _, c := range cases {
		if cl, ok := figureOf(t, c.lang, "2026-04-16", c.text, 41); ok && (cl.Subject != c.subject || cl.SaidBy != c.saidBy) {
			t.Errorf("%s: subject %q said by %q, want %q said by %q", c.lang, cl.Subject, cl.SaidBy, c.subject, c.saidBy)
		}
	}
}

// TestNounBeforeItsNameIsNoAnaphor: "the bank's" in an apposition stands
// for the bank the article is about, not for a bank named only after it
// in the sentence ("as the European Central Bank cut rates").
func TestNounBeforeItsNameIsNoAnaphor(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"a later name", "en", "2026-03-09", "Nordbank profit falls\n\nNordbank reported a 12% fall in annual profit on Thursday. Net interest income, the bank's main source of revenue, slipped 2 percent to 13.9 billion euros in 2025 as the European Central Bank cut rates.",
			13.9e9, "Nordbank", ""},
	})
}

// TestRoleSpeakers reads «a souligné la déléguée interministérielle …,
// Florence Guillaume» as her words, and «un délégué de la CGT» with the
// body its role is of.
func TestRoleSpeakers(t *testing.T) {
	runSaidByCases(t, "2026-01-28", []saidByCase{
		{"fr", "Les motocyclistes, qui ne représentent que 2 % du trafic, comptent pour 22 % des tués, a souligné la déléguée interministérielle à la sécurité routière, Florence Guillaume.", 22, "Florence Guillaume"},
		{"fr", "La CGT appelle à la grève. Selon un délégué de la CGT, le contrat approcherait plutôt 5,4 milliards d'euros.", 5.4e9, "un délégué de la CGT"},
	})
}

// TestCompanyNounSpeaker reads «a précisé la société», «d'après la
// société» as the article's company, not a nationality, an event or a
// source cited in another paragraph.
func TestCompanyNounSpeaker(t *testing.T) {
	const text = "Le parc Astéria bat son record\n\nLe parc d'attractions Astéria a accueilli 2,9 millions de visiteurs en 2025, a annoncé mardi sa direction.\n\nLa fréquentation a progressé de 7 % par rapport à 2024, année marquée par les Jeux olympiques de Paris. Le chiffre d'affaires du parc s'est élevé à 168 millions d'euros, en hausse de 11 %, a précisé la société.\n\nAstéria se classe au deuxième rang, derrière Disneyland Paris, qui a accueilli 16 millions de visiteurs selon le cabinet spécialisé TEA-Aecom.\n\nLa part des visiteurs étrangers est passée de 14 % à 17 %, principalement des Belges et des Néerlandais.\n\nLe panier moyen par visiteur a augmenté de 4 %, à 58 euros, d'après la société."
	for _, v := range []float64{168e6, 58} {
		if cl, ok := figureOf(t, "fr", "2026-01-20", text, v); ok && cl.SaidBy != "Astéria" {
			t.Errorf("%v: said by %q, want Astéria", v, cl.SaidBy)
		}
	}
}

// TestOwnRelativeClaim reads «Le Puy du Fou, qui revendique 2,8 millions
// de visiteurs, arrive en troisième position» as the park's own count of
// itself, not another park's visitors counted again.
func TestOwnRelativeClaim(t *testing.T) {
	const text = "Parcs d'attractions\n\nAstéria se classe au deuxième rang des parcs français, derrière Disneyland Paris, qui a accueilli 16 millions de visiteurs l'an dernier selon le cabinet TEA-Aecom. Le Puy du Fou, qui revendique 2,8 millions de visiteurs, arrive en troisième position."
	if cl, ok := figureOf(t, "fr", "2026-01-20", text, 2.8e6); ok && (cl.Subject != "Puy du Fou" || cl.SaidBy != "Puy du Fou") {
		t.Errorf("subject %q said by %q, want Puy du Fou said by Puy du Fou", cl.Subject, cl.SaidBy)
	}
}

// TestNoSignAcrossAClause: a word of falling before "saying that" or «que»
// gives no sign to the figure of the clause they open.
func TestNoSignAcrossAClause(t *testing.T) {
	runUnitCases(t, "2026-05-14", []unitCase{
		{"en", "The union said 62% of teachers took part. The Department for Education put turnout far lower, saying that 38% of teachers were absent from work on Wednesday morning.", 38, "%"},
	})
}

// TestAheadAndBelow signs "5% ahead of last year" and "38% below the
// historical average", and sets the year after them against the figure
// rather than dating it.
func TestAheadAndBelow(t *testing.T) {
	const bookings = "Northwind Airways reported a profit. Chief executive Tomas Reyes said bookings for the summer were running 5% ahead of last year."
	runUnitCases(t, "2026-05-14", []unitCase{
		{"en", bookings, 5, "+%"},
		{"en", "Rainfall in the canal watershed in 2015 was 38% below the historical average, the Panama Canal Authority said.", 38, "−%"},
		{"en", "The yield fell to 3% below which the bank would step in.", 3, "%"},
	})
	if cl, ok := figureOf(t, "en", "2026-05-14", "Headline\n\n"+bookings, 5); ok && cl.Date.String() == "2025" {
		t.Errorf("dated %s: the year set against", cl.Date)
	}
}

// TestPointsLessThan signs «3 points de moins qu'en février» as a fall,
// and leaves "14 points behind the champions" a gap.
func TestPointsLessThan(t *testing.T) {
	runUnitCases(t, "2026-03-12", []unitCase{
		{"fr", "Le président voit sa cote de popularité baisser à 27 %, soit 3 points de moins qu'en février, d'après le baromètre Ifop-JDD.", 3, "−points"},
		{"en", "Kingsbridge finished fourth in the Premier League last season, 14 points behind the champions.", 14, "points"},
	})
}

// TestBareEstimatedMeasure reads "The International Energy Agency …
// estimated global oil demand growth at 730,000 barrels per day" as the
// growth's figure, by the agency's estimate, not as the figure of what the
// passage before was about.
func TestBareEstimatedMeasure(t *testing.T) {
	const text = "Oil prices\n\nNot all analysts were convinced. Citi, whose analysts have a $60 target for the end of the year, said compliance with earlier cuts had been poor. According to the bank, the group produced 1.2 million barrels per day above its quotas in April.\n\nThe International Energy Agency, in its monthly report, estimated global oil demand growth at 730,000 barrels per day in 2026, down from 990,000 in 2025."
	if cl, ok := figureOf(t, "en", "2026-05-14", text, 730_000); ok && (cl.Subject == "Citi" || cl.SaidBy != "International Energy Agency") {
		t.Errorf("subject %q said by %q, want no Citi, said by the agency", cl.Subject, cl.SaidBy)
	}
}
