package model

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/claimline/claimline/model/lexis"
)

// Session 55: the work on issue 10 (claims that hold on any news), each
// test written from a review round's construction before its fix.

// A body's name that goes on with «de» and a name is read whole: a
// Spanish or Portuguese institution's word ("Banco de Portugal", "Turismo
// de Lisboa"), a French name opening on a plural common noun inside a
// sentence («selon Terres du Ponant», «Voies Navigables de France»).
func TestForeignAndPluralBodyNames(t *testing.T) {
	runSaidByCases(t, "2026-03-10", []saidByCase{
		{"en", "According to Turismo de Lisboa, hotel occupancy reached 81% in 2025.", 81, "Turismo de Lisboa"},
		{"en", "Growth was 1.9% in 2025, Banco de Portugal said on Tuesday.", 1.9, "Banco de Portugal"},
		{"fr", "Selon Terres du Ponant, la compagnie a transporté 410 000 passagers en 2025.", 410_000, "Terres du Ponant"},
		{"fr", "Le trafic fluvial a progressé de 4 % en 2025, selon Voies Navigables de France.", 4, "Voies Navigables de France"},
	})
}

// «le réseau Loup-Lynx de l'OFB» is a part of the body its acronym names:
// the body keeps its mentions.
func TestPartOfAnAcronymBody(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"part of a body", "fr", "2026-03-10", "Loups\n\nL'Office français de la biodiversité (OFB) a publié son bilan. « Cela ralentit », a déclaré Nicolas Ferrandi, du réseau Loup-Lynx de l'OFB. Un an plus tôt, l'office avait évalué la population à 1 044 loups.", 1044, "Office français de la biodiversité", ""},
	})
}

// Observers at a firm tell an expectation with a verb the clause did not
// read as its own (the tagger's noun "forecast", a participle after a
// comma): they say it, and the firm they work at is not its subject.
func TestObserversAtAFirm(t *testing.T) {
	runSaidByCases(t, "2026-03-10", []saidByCase{
		{"en", "Analysts at Volue Insight expect reservoirs to keep falling through April, forecasting a filling level of 70% by the end of the month.", 70, "Analysts at Volue Insight"},
		{"en", "Analysts at Jefferies forecast revenue of $4.2 billion for the quarter.", 4.2e9, "Analysts at Jefferies"},
	})
	runSubjectCases(t, []subjectCase{
		{"infinitive's subject", "en", "2026-03-10", "Prices\n\nEconomists at Nordea expect inflation to slow to 2.5% this year.", 2.5, "inflation", "Nordea"},
		{"participle's", "en", "2026-03-10", "Power\n\nAnalysts at Volue Insight expect reservoirs to keep falling through April, forecasting a filling level of 70% by the end of the month.", 70, "reservoirs", "Volue Insight"},
	})
}

// A rate lowered by some basis points is lowered, whatever the words
// between the verb and the figure; a rate raised "by" them "to" a level
// is still raised.
func TestLoweredByIsAFall(t *testing.T) {
	runUnitCases(t, "2026-01-28", []unitCase{
		{"fr", "La Banque centrale du Chili a abaissé mardi son taux directeur de 25 points de base, à 4,25 %.", 25, "−basis points"},
		{"fr", "La Banque du Canada a abaissé son taux directeur de 0,25 point, à 2,5 %.", 0.25, "−points"},
		{"en", "The Reserve Bank of Australia raised its cash rate by 25 basis points to 3.85% on Tuesday.", 25, "+basis points"},
		{"en", "The central bank lowered its key policy rate by 50 basis points on Tuesday.", 50, "−basis points"},
	})
}

// A base that names its own result is measured as it («contre une perte
// de 309 millions»), and «en repli» is a fall.
func TestOwnResultBaseAndRetreat(t *testing.T) {
	runUnitCases(t, "2026-02-26", []unitCase{
		{"fr", "Crédit Zorgien : un bénéfice en repli de 9 % en 2025", 9, "−%"},
		{"fr", "L'action a terminé jeudi en repli de 0,6 %.", 0.6, "−%"},
	})
	for _, c := range []struct {
		lang, text string
		value      float64
		measure    string
	}{
		{"fr", "Le résultat net part du groupe est revenu dans le vert, à 412 millions d'euros, contre une perte de 309 millions d'euros un an plus tôt.", 309e6, "perte (€)"},
		{"en", "Net income came back into the black, at $412 million, compared with a loss of $309 million a year earlier.", 309e6, "loss ($)"},
	} {
		figureSubtest(t, c.text, c.lang, "2026-02-26", "Headline\n\n"+c.text, c.value, func(t *testing.T, cl Claim) {
			if cl.Measure != c.measure {
				t.Errorf("measure %q, want %q", cl.Measure, c.measure)
			}
		})
	}
}

// A place's hyphenated name keeps its «d'» («Côte-d'Or», «Villeneuve-d'Ascq»),
// and «le Club hôtelier de Cannes» is a body's name whole.
func TestHyphenatedPlacesAndClubs(t *testing.T) {
	runSaidByCases(t, "2026-05-26", []saidByCase{
		{"fr", "La récolte a atteint 1,4 million d'hectolitres, selon la chambre d'agriculture de la Côte-d'Or.", 1.4e6, "chambre d'agriculture de la Côte-d'Or"},
		{"fr", "Le taux d'occupation des hôtels a atteint 94 %, contre 96 % en 2025, selon le Club hôtelier de Cannes.", 94, "Club hôtelier de Cannes"},
	})
	runSubjectCases(t, []subjectCase{
		{"hyphenated place", "fr", "2026-03-10", "Manifestation\n\nL'association avait organisé le 8 mars une manifestation aux Sables-d'Olonne, qui a réuni 1 500 personnes selon la préfecture.", 1500, "Sables-d'Olonne", "Olonne"},
	})
}

// A name of capitalised words joined by hyphens opening a sentence is a
// name, which speaks and owns "its" («Antwerp-Bruges said that its…»),
// not an ordinary word.
func TestHyphenatedNameOpensASentence(t *testing.T) {
	text := "The Port of Rotterdam Authority said on Monday that container volumes fell 2.1% in the first quarter. Antwerp-Bruges said earlier this month that its container volumes rose 4.6% in the first quarter."
	runSaidByCases(t, "2026-04-20", []saidByCase{{"en", text, 4.6, "Antwerp-Bruges"}})
	runSubjectCases(t, []subjectCase{{"its owner", "en", "2026-04-20", "Ports\n\n" + text, 4.6, "Antwerp-Bruges", "Port of Rotterdam Authority"}})
	for w, want := range map[string]bool{"Antwerp-Bruges": true, "Rolls-Royce": true, "Long-term": false, "Sydney": false, "X-ray": false} {
		if got := capitalsJoined(w); got != want {
			t.Errorf("capitalsJoined(%q) = %v, want %v", w, got, want)
		}
	}
}

// "up from the $20 billion it announced in March 2025": the date of the
// base's relative clause is the base's, not the statement's the new
// figure is as of.
func TestAnnouncedBaseDatesOnlyTheBase(t *testing.T) {
	text := "Vantor Semiconductor, the chipmaker that supplies processors to carmakers, said on Wednesday it would raise its investment in a new plant near Phoenix to $28 billion, up from the $20 billion it announced in March 2025."
	runDateCases(t, []dateCase{
		{"new figure", "en", "2026-05-13", "Chips\n\n" + text, 28e9, "as of 2026-05-13"},
		{"base", "en", "2026-05-13", "Chips\n\n" + text, 20e9, "2025-03"},
	})
	runSaidByCases(t, "2026-05-13", []saidByCase{
		{"en", "The Royal Institution of Chartered Surveyors said house prices fell 2.4% in April.", 2.4, "Royal Institution of Chartered Surveyors"},
	})
}

// «Le Bureau fédéral du Plan retient pour sa part 5,9 %»: another
// source's figure for what the figure before measures, said by it, not a
// figure of its own.
func TestAnotherSourcesFigureForTheSameMeasure(t *testing.T) {
	text := "Le taux de chômage en Belgique a atteint 5,8 % en mars, selon Statbel. La Banque nationale de Belgique (BNB), dans ses projections de décembre, tablait sur un taux moyen de 5,7 % pour l'ensemble de 2026. Le Bureau fédéral du Plan retient pour sa part 5,9 %."
	runSaidByCases(t, "2026-04-30", []saidByCase{{"fr", text, 5.9, "Bureau fédéral du Plan"}})
	runSubjectCases(t, []subjectCase{{"same measure", "fr", "2026-04-30", "Chômage\n\n" + text, 5.9, "Belgique", "Bureau fédéral du Plan"}})
	runDateCases(t, []dateCase{{"same period", "fr", "2026-04-30", "Chômage\n\n" + text, 5.9, "2026"}})
}

// What a public body or a federation says rose is the thing its clause
// names, not the speaker's own; a company's words stay its own.
func TestBodySaysAThingRose(t *testing.T) {
	lead := "Holiday sales\n\nHarlow & Finch cut its full-year profit forecast on Tuesday. "
	runSubjectCases(t, []subjectCase{
		{"federation", "en", "2026-01-13", lead + "The National Retail Federation said holiday sales rose 3.8%.", 3.8, "holiday sales", "National Retail Federation"},
		{"its time left out", "en", "2026-01-13", lead + "The National Retail Federation said holiday sales in November and December rose 5.8%.", 5.8, "holiday sales", "National Retail Federation"},
		{"a company's own", "en", "2005-04-27", "Boeing deals\n\nBoeing has secured two large orders. Air India says the new fuel-efficient airliner will save US$300 million in fuel a year.", 300e6, "", "The new fuel-efficient airliner"},
	})
}

// Each figure of a coordination is of its own place: the place right
// after it, the name after "et les", "and the"; a name after «hors»,
// "excluding" is left out of what is measured.
func TestCoordinatedPlaces(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"place after the second figure", "fr", "2026-07-24", "Luxe\n\nLes ventes ont progressé de 4 % au Japon et de 2 % aux États-Unis.", 2, "États-Unis", "Japon"},
		{"place after the second figure, en", "en", "2026-07-24", "Luxury\n\nSales rose 4% in Japan and 2% in the United States.", 2, "United States", "Japan"},
		{"first figure keeps its own", "en", "2026-07-24", "Luxury\n\nSales rose 4% in Japan and 2% in the United States.", 4, "Japan", ""},
		{"gapped name after its article", "fr", "2026-07-24", "Luxe\n\nLe Japon a progressé de 4 % et les Amériques de 2 %.", 2, "Amériques", "Japon"},
		{"excluded name", "fr", "2026-07-24", "Luxe\n\nAu deuxième trimestre, les ventes en Asie hors Japon ont baissé de 9 %.", 9, "Asie", "Japon"},
	})
}

// «entre 350 et 370 TWh»: a range whose unit is written once, after its
// upper end, is one figure with both ends, not its upper end alone.
func TestRangeWithItsUnitOnce(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		label      string
	}{
		{"fr", "EDF prévoit une production nucléaire comprise entre 350 et 370 TWh en 2026.", 370, "350 TWh à 370 TWh"},
		{"fr", "L'œuvre, estimée entre 800 000 et 1,2 million d'euros, a été vendue 1,5 million d'euros.", 1.2e6, "800\u202f000 € à 1,2 million €"},
	} {
		figureSubtest(t, c.text, c.lang, "2026-05-14", "Headline\n\n"+c.text, c.value, func(t *testing.T, cl Claim) {
			if !strings.Contains(cl.Label, c.label) {
				t.Errorf("label %q, want it to hold %q", cl.Label, c.label)
			}
		})
	}
}

// "swung to a net loss of 37 million euros from a profit of 12 million
// euros a year earlier" after "Revenue for the quarter": the loss is the
// quarter's, the profit the same quarter a year before.
func TestResultBaseAYearBefore(t *testing.T) {
	text := "SkyRidge\n\nSkyRidge Air said on Thursday it carried 14.2 million passengers in the first quarter of 2026.\n\nRevenue for the quarter, which ended March 31, rose 4% to 812 million euros, but SkyRidge swung to a net loss of 37 million euros from a profit of 12 million euros a year earlier, hurt by higher fuel costs."
	runDateCases(t, []dateCase{
		{"the result", "en", "2026-05-14", text, 37e6, "2026-01/2026-03"},
		{"its base", "en", "2026-05-14", text, 12e6, "2025-01/2025-03"},
	})
}

// The base a forecast is set against keeps its own quarter: «contre 7,5 %
// au premier trimestre» is 2026-Q1, not the forecast's end of 2026.
func TestForecastBaseKeepsItsQuarter(t *testing.T) {
	runDateCases(t, []dateCase{
		{"fr", "fr", "2026-06-17", "Chômage\n\nLe taux de chômage devrait monter à 7,9 % fin 2026, contre 7,5 % au premier trimestre, selon ses projections.", 7.5, "2026-01/2026-03"},
		{"en", "en", "2026-06-17", "Jobs\n\nThe jobless rate is expected to rise to 4.9% by the end of 2026, compared with 4.5% in the first quarter.", 4.5, "2026-01/2026-03"},
	})
}

// A source no name gives, a body or a role in the text's words, is said
// to say its figure («selon l'exécutif régional»), and whoever puts a
// figure on another's measure says it ("Crestline estimates Harbor's
// exposure … at $7.4 billion").
func TestUnnamedBodiesAndEstimators(t *testing.T) {
	runSaidByCases(t, "2026-06-17", []saidByCase{
		{"fr", "La dette de la région atteindra 2,9 milliards d'euros fin 2026, contre 2,6 milliards fin 2024, selon l'exécutif régional.", 2.9e9, "l'exécutif régional"},
		{"fr", "Le trafic a baissé de 12 % en mai, selon la direction.", 12, "la direction"},
		{"fr", "Les ventes ont progressé de 5 %, selon les professionnels du secteur.", 5, "les professionnels du secteur"},
		{"en", "Crestline estimates Harbor's exposure to office loans at $7.4 billion.", 7.4e9, "Crestline"},
		{"en", "The World Gold Council, an industry body, put Ghana's official holdings at 30.9 tonnes in June.", 30.9, "World Gold Council"},
	})
	for _, w := range []string{"selon l'âge", "selon nos informations"} {
		toks := lexis.Tokenize(w, 0, len(w))
		if agentPhraseAt(toks, 1, len(toks)) {
			t.Errorf("%q: read as a source", w)
		}
	}
}

// A result told with no date of its own right after a result of the same
// subject dated to a period is of that period; not a forecast, nor a
// sentence with a time of its own.
func TestResultAfterResultSharesItsPeriod(t *testing.T) {
	lead := "Télécom\n\nL'opérateur Zorgtel a perdu 210 000 abonnés mobiles au deuxième trimestre, a annoncé mardi le groupe.\n\nLe chiffre d'affaires du groupe a reculé de 2,3 % au premier semestre, à 3,9 milliards d'euros. "
	runDateCases(t, []dateCase{
		{"same period", "fr", "2026-07-28", lead + "Le résultat net est en revanche ressorti en hausse de 18 %, à 312 millions d'euros, grâce au plan d'économies, a précisé Zorgtel.", 312e6, "2026-01/2026-06"},
		{"a forecast", "fr", "2026-07-28", lead + "Le résultat net devrait atteindre 700 millions d'euros.", 700e6, "as of 2026-07-28"},
	})
}

// «a en revanche vu sa fréquentation chuter»: an adverb between the
// auxiliary and its participle leaves the clause in the past, of the
// period the article's lead reports.
func TestPastPastAnAdverb(t *testing.T) {
	lead := "Musées parisiens : le Louvre dépasse les 9 millions de visiteurs en 2025\n\nLe musée du Louvre a accueilli 9,1 millions de visiteurs en 2025, soit une hausse de 4 % par rapport à 2024, a annoncé mardi l'établissement.\n\n"
	runDateCases(t, []dateCase{
		{"en revanche", "fr", "2026-01-20", lead + "Le Centre Pompidou a en revanche vu sa fréquentation chuter de 38 %, à 2 millions de visiteurs.", 38, "2025"},
	})
}

// «le syndicat Force ouvrière» is the union's whole name.
func TestFrenchNameGoesOnInLowerCase(t *testing.T) {
	runSaidByCases(t, "2026-01-29", []saidByCase{
		{"fr", "Quelque 2 000 intérimaires ont été remerciés en 2025, selon le syndicat Force ouvrière.", 2000, "Force ouvrière"},
	})
}

// «a précisé le groupe» is the article's company, even after a public
// body the sentence names; «un groupe de salariés» is no one's.
func TestTheGroupSpeaks(t *testing.T) {
	runSaidByCases(t, "2024-04-16", []saidByCase{
		{"fr", "Le laboratoire Vaxelia a signé un contrat. Vaxelia produira les doses. Le contrat, d'un montant maximal de 900 millions d'euros, a été conclu lundi avec l'Autorité européenne de préparation et de réaction en cas d'urgence sanitaire (HERA), a précisé le groupe dans un communiqué.", 900e6, "Vaxelia"},
	})
}

// "Jefferies analyst Omar Fall forecast that rates would fall a further
// 10%": the rates' fall, said by the analyst, not the analyst's own.
func TestPersonForecastsAThing(t *testing.T) {
	text := "Shipping\n\nNordhavn reported a first-quarter net loss of $120 million on Thursday. Jefferies analyst Omar Fall forecast that rates would fall a further 10% in the second quarter."
	runSubjectCases(t, []subjectCase{{"thing forecast", "en", "2026-05-07", text, 10, "rates", "Omar Fall"}})
	runSaidByCases(t, "2026-05-07", []saidByCase{{"en", "Nordhavn reported a first-quarter net loss of $120 million on Thursday. Jefferies analyst Omar Fall forecast that rates would fall a further 10% in the second quarter.", 10, "Omar Fall"}})
}

// A figure looked back to in the pluperfect («En mars, l'emploi
// intérimaire avait déjà reculé de 4,7 %») is no period the report goes
// on with: a region's change told after it is not March's.
func TestLookBackIsNoReportPeriod(t *testing.T) {
	text := "Intérim : l'emploi intérimaire recule de 5,4 % en avril\n\nL'emploi intérimaire a reculé de 5,4 % en avril sur un an en France, a annoncé jeudi Prism'emploi.\n\nSelon la Dares, le nombre d'intérimaires a diminué de 1,8 % au premier trimestre par rapport au trimestre précédent.\n\nEn mars, l'emploi intérimaire avait déjà reculé de 4,7 %, selon la fédération.\n\nPar région, l'Île-de-France limite la baisse à 2,3 %, quand les Hauts-de-France enregistrent un repli de 9,6 %, le plus fort du pays."
	figureSubtest(t, "not March's", "fr", "2026-05-28", text, 9.6, func(t *testing.T, cl Claim) {
		if cl.Date.String() == "2026-03" {
			t.Errorf("dated %s, the month looked back to", cl.Date)
		}
	})
}

// An undated article of a set whose other articles are of another year is
// dated, by the weekday it names, to no day still to come: «le lundi 4
// octobre» beside articles of 2026, read in December 2026, is 2021's,
// not 2027's.
func TestUndatedArticleIsNoFutureDay(t *testing.T) {
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC) }
	dated := "Publié le 14 mai 2026\n\nLe groupe Zorgon a vendu 12 000 voitures en avril.\n"
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Ventes\n\n" + dated)},
		"b.txt": {Data: []byte("Ventes encore\n\n" + dated)},
		"c.txt": {Data: []byte("Panne\n\nLe PDG de Telegram a déclaré que Telegram avait enregistré plus de 70 millions de nouveaux utilisateurs le lundi 4 octobre.\n")},
	}
	set, err := LoadFS(context.Background(), fsys, "set", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(set)
	for _, a := range tl.Articles {
		if strings.HasPrefix(a.Title, "Panne") && a.Published.Start.Year() != 2021 {
			t.Errorf("undated article published %s, want 2021-10-04", a.Published)
		}
	}
}
