package model

import "testing"

// The object of a verb that makes or asks someone act does what the
// infinitive after it says: "forced it to lay off 600 employees" is the
// company's, not the place's it names.
func TestObjectControlsInfinitive(t *testing.T) {
	checkFigures(t, "2021-06-10", []figureCase{
		{lang: "en", text: "Norwegian engineering group Aasvik Marine sued Brackwell in 2019. It had sought 390 million pounds, arguing that the cancellation forced it to lay off more than 600 employees in Norway and Scotland that year.", value: 600, subject: "Aasvik Marine", sure: true},
		{lang: "en", text: "The cancellation of the contract forced Zorgwell Offshore to lay off 450 workers in Scotland in 2020.", value: 450, subject: "Zorgwell Offshore", sure: true},
	})
}

// A verb that values what it governs at a figure gives that thing's value:
// "valuing the company at about 5.6 billion pounds" is the company's value,
// not London's and not "company".
func TestValuedAt(t *testing.T) {
	checkFigures(t, "2021-06-10", []figureCase{
		{lang: "en", text: "Brackwell Energy lost its appeal on Wednesday. Its shares fell 3.4% to 412 pence in early London trading, valuing the company at about 5.6 billion pounds.", value: 5.6e9, subject: "Brackwell Energy", measure: "value (£)", sure: true},
		{lang: "fr", text: "Zorgmat a bondi de 12 % mardi à la Bourse de Paris, un rebond valorisant le groupe à 4,2 milliards d'euros.", value: 4.2e9, subject: "Zorgmat", measure: "valeur (€)", sure: true},
	})
}

// "it" after the company the sentence names again is the company, and a
// change told in a relative clause whose object is the relative pronoun is
// of what the pronoun stands for: "the company's dividend, which it raised
// by 5%" is Brackwell's dividend, +5%, not the analysts'.
func TestObjectRelativeChange(t *testing.T) {
	text := "Brackwell Energy lost its appeal on Wednesday. Analysts at Fenwick Securities said a defeat on appeal would not threaten the company's dividend, which it raised by 5% in April."
	cs := figuresValued(t, "en", "2021-06-10", text, 5)
	if len(cs) == 0 {
		t.Fatalf("%q: no claim of 5", text)
	}
	for _, f := range cs {
		if f.Subject != "Brackwell Energy" || f.Measure != "dividend (%)" || f.Unit != "+%" {
			t.Errorf("%q: %q %q %q, want Brackwell Energy's dividend, +%%", text, f.Subject, f.Measure, f.Unit)
		}
	}
}

// A definite noun stands for the name a participle of naming gave it: «une
// bactérie, baptisée Pseudomonas garonnensis … la bactérie a décomposé 38 %»
// is the bacterium's, not the institute's that found it.
func TestNamedByParticiple(t *testing.T) {
	checkFigures(t, "2022-02-09", []figureCase{
		{lang: "fr", text: "Des chercheurs de l'Institut de biologie marine de Toulouse (IBMT) ont annoncé lundi avoir identifié une bactérie, baptisée Pseudomonas garonnensis, capable de dégrader le polystyrène. En laboratoire, la bactérie a décomposé 38 % d'un échantillon en 21 jours.", value: 38, subject: "Pseudomonas"},
		{lang: "en", text: "Palaeontologists in Argentina have identified a new species of dinosaur named Ingentia zorgensis. The dinosaur weighed between 58 and 72 tonnes, the team said.", value: 72, subject: "Ingentia"},
	})
}

// An amount its verb states is measured by the verb with its particle and
// past an auxiliary: "had set aside 120 million pounds" is "set aside", not
// "had".
func TestMoneyVerbWithParticle(t *testing.T) {
	text := "Brackwell Energy lost its appeal on Wednesday. The group had set aside 120 million pounds for the case in its 2020 accounts."
	for _, f := range figuresValued(t, "en", "2021-06-10", text, 1.2e8) {
		if f.Measure != "set aside (£)" || f.Date.String() != "2020" {
			t.Errorf("%q: %q %s, want \"set aside (£)\" 2020", text, f.Measure, f.Date)
		}
	}
}

// In a market's session report, a move told in the past is of the
// session's day, and a commodity's noun is measured past the name it is
// of: «Le baril de Brent de la mer du Nord gagnait 2,1 %» is the barrel's
// rise on Wednesday, not "mer" as of the publication.
func TestMarketWrapMoves(t *testing.T) {
	text := "La Bourse de Paris a terminé en nette hausse mercredi, le CAC 40 gagnant 1,42 % à 6 276,31 points. Le secteur du luxe a mené la danse. Du côté des baisses, le laboratoire Zorgval a chuté de 4,8 %, deux jours après que Zorgval a arrêté un essai clinique. Zorgval avait déjà reculé la semaine dernière. « Les investisseurs parient sur un ralentissement du resserrement monétaire », explique un stratégiste. Les analystes surveillent désormais le seuil des 6 300 points. Selon le consensus, la banque centrale devrait relever ses taux jeudi. Le baril de Brent de la mer du Nord gagnait pour sa part 2,1 % à 95,70 dollars."
	for _, f := range figuresValued(t, "fr", "2022-10-27", text, 2.1) {
		if f.Measure != "baril (%)" || f.Unit != "+%" || f.Date.String() != "2022-10-26" {
			t.Errorf("%q %q %s, want baril (%%) +%% 2022-10-26", f.Measure, f.Unit, f.Date)
		}
	}
}

// A clause in the past that ", and" adds after a dated one, with no date
// of its own, is of the first clause's date: «Le chiffre d'affaires a
// reculé de 14 % en 2023, à 1,9 milliard d'euros, et Zorgval a essuyé une
// perte nette de 112 millions d'euros».
func TestSharedPastDate(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"fr", "Le chiffre d'affaires du groupe a reculé de 14 % en 2023, à 1,9 milliard d'euros, et Zorgval a essuyé une perte nette de 112 millions d'euros.", 112e6},
		{"en", "Zorgmotors sold 1.46 million vehicles worldwide in 2019, 4.8% fewer than a year earlier, and its share of the European market slipped to 6.1%.", 6.1},
	} {
		for _, f := range figuresValued(t, c.lang, "2024-03-12", c.text, c.value) {
			if f.Date.String() != map[string]string{"fr": "2023", "en": "2019"}[c.lang] {
				t.Errorf("%q: %v dated %s", c.text, c.value, dateOrAsOf(f))
			}
		}
	}
}

// A possessive before the head of the clause's subject phrase stands for
// the company told of just before, not for the complement's noun: "its
// share of the European market slipped to 6.1%" is the carmaker's.
func TestPossessiveOfPhraseHead(t *testing.T) {
	text := "Zorgmotors said on Thursday it would cut 2,400 jobs. Zorgmotors sold 1.46 million vehicles worldwide in 2019, and its share of the European market slipped to 6.1%."
	for _, f := range figuresValued(t, "en", "2020-02-27", text, 6.1) {
		if f.Subject != "Zorgmotors" {
			t.Errorf("%q: 6.1 is %q's, want Zorgmotors'", text, f.Subject)
		}
	}
}

// Observers a clause names ("Analysts at Brightwater expect…") are not whom
// "the company" stands for next, and what the same company "also" did,
// told in the past, is of the day of its news.
func TestObserversAndAlso(t *testing.T) {
	text := "Software maker Zorgvenna Systems reported a 12% rise in quarterly revenue on Wednesday and raised its full-year forecast. Its shares jumped 9% in after-hours trading. \"Demand for our cloud products is stronger than ever,\" chief executive Mara Lind said. Analysts at Brightwater expect growth to slow next year. The company employs 40,000 people worldwide. It also announced a $5 billion share buyback."
	for _, f := range figuresValued(t, "en", "2023-07-27", text, 40000) {
		if f.Subject != "Zorgvenna Systems" {
			t.Errorf("40,000 is %q's, want Zorgvenna Systems'", f.Subject)
		}
	}
	for _, f := range figuresValued(t, "en", "2023-07-27", text, 5e9) {
		if f.Subject != "Zorgvenna Systems" || dateOrAsOf(f) != "2023-07-26" {
			t.Errorf("the buyback is %q's, %s, want Zorgvenna Systems' on 2023-07-26", f.Subject, dateOrAsOf(f))
		}
	}
}

// Whoever the counted noun names, a predicate that says they died makes
// the figure a disaster's dead: "Four miners died in the rockfall", «Quatre
// mineurs sont morts lundi dans l'éboulement».
func TestCasualtiesOfAnyNoun(t *testing.T) {
	checkFigures(t, "2024-07-18", []figureCase{
		{lang: "en", text: "The company said on Wednesday it had freed the last of 23 miners. Four miners died in the rockfall on Monday.", value: 4, subject: "the rockfall", sure: true},
		{lang: "fr", text: "Quatre mineurs sont morts lundi dans l'éboulement de la mine de Zorgsako.", value: 4, subject: "l'éboulement de la mine de Zorgsako", sure: true},
	})
}
