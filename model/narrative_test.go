package model

import (
	"slices"
	"strings"
	"testing"
)

// Figures told in the past after a dated event, a level a change reached,
// and a present participle's own subject.
func TestMarketReportFigures(t *testing.T) {
	text := "La Bourse de Zorgville a terminé en baisse jeudi, le Zorg 40 cédant 1,3 % à 7 612,45 points. " +
		"Les valeurs du luxe ont pesé sur l'indice, à l'image de Maison Zorel, qui a chuté de 6 % après un avertissement. " +
		"Le titre Zorgalis a, lui, gagné 3,4 %. À New York, le Dow Jones a reculé de 0,8 %."
	for _, c := range []struct {
		value            float64
		subject, measure string
		date             string
	}{
		{1.3, "Zorg 40", "baisse", "2025-06-05"},
		{7612.45, "Zorg 40", "niveau", "2025-06-05"},
		{6, "Maison Zorel", "baisse", "2025-06-05"},
		{3.4, "Zorgalis", "hausse", "2025-06-05"},
		{0.8, "Dow Jones", "baisse", "2025-06-05"},
	} {
		for _, cl := range figuresValued(t, "fr", "2025-06-06", text, c.value) {
			if cl.Subject != c.subject || !strings.HasPrefix(cl.Measure, c.measure) || cl.Date.String() != c.date || cl.AsOf {
				t.Errorf("%v: %q, %q, %s (as of: %v); want %q, %q…, %s", c.value, cl.Subject, cl.Measure, cl.Date, cl.AsOf, c.subject, c.measure, c.date)
			}
		}
	}
}

// A figure told in the past a few sentences after the story's day, about
// another subject than its event's, happened that day; a day a sentence
// looks back to in the pluperfect is not the story's; a date before all
// of a passage's figures, and no other after it, dates each of them.
func TestStoryDayCarriesOn(t *testing.T) {
	checkDated(t, "2023-05-15", []datedCase{
		{"fr", "Le Cercle de Zorgville a remporté samedi la finale de la coupe en battant Blorp 31 à 28. C'est le premier trophée du club, fondé en 1962. " +
			"Menés à la pause, les Zorgvillois ont renversé la rencontre. L'arrière Julien Zorgède a été le meilleur buteur du match avec 9 réalisations.", 9, "2023-05-13"},
		{"en", "Zorgville Athletic won the cup final on Saturday, beating Blorp 3-1. It was the club's first trophy since 1985. " +
			"Trailing at half-time, Zorgville turned the match around. Striker Daniel Zorgafor scored two goals in the last ten minutes.", 2, "2023-05-13"},
		{"fr", "La Bourse de Zorgville a terminé en hausse mercredi, le Zorg 40 gagnant 1,42 %. La veille, l'indice avait cédé 0,35 %. " +
			"Les valeurs du luxe ont mené la danse. Le titre Maison Zorel s'est envolé de 6,7 %.", 6.7, "2023-05-10"},
		// (a date before all of a passage's figures dates each of them)
		{"fr", "La Bourse de Zorgville a terminé en hausse mercredi, le Zorg 40 gagnant 1,42 % à 6 276,31 points, soit un gain de 87,93 points, dans un volume d'échanges de 4,1 milliards d'euros.", 87.93, "2023-05-10"},
		{"en", "The Zorg 100 closed higher on Wednesday, gaining 1.4% to 7,612.45 points, a rise of 105.2 points, in trading worth 4.1 billion pounds.", 105.2, "2023-05-10"},
	})
}

// datedCase is a figure a one-article text must date, not "as of".
type datedCase struct {
	lang, text string
	value      float64
	date       string
}

// checkDated builds each case's text, published on pub, and checks the
// dates of the figures of its value.
func checkDated(t *testing.T, pub string, cases []datedCase) {
	t.Helper()
	for _, c := range cases {
		for _, cl := range figuresValued(t, c.lang, pub, c.text, c.value) {
			if cl.Date.String() != c.date || cl.AsOf {
				t.Errorf("%q: %v dated %s (as of: %v), want %s", c.text, c.value, cl.Date, cl.AsOf, c.date)
			}
		}
	}
}

// An ordinal after a figure whose quarter's noun is left out ("après
// 0,2 % au premier") names a quarter of the year of the quarter the
// sentence names, or of the year before when it comes later in the year.
func TestElidedQuarter(t *testing.T) {
	checkDated(t, "2024-10-03", []datedCase{
		{"fr", "Le PIB de la Zorgonie a progressé de 0,4 % au deuxième trimestre, après 0,2 % au premier.", 0.2, "2024-01/2024-03"},
		{"en", "Zorgland's GDP grew 0.3% in the first quarter, after 0.1% in the fourth.", 0.1, "2023-10/2023-12"},
	})
}

// A percentage a verb of rising or falling reaches through "to" or «à» is
// the level reached, no change: "fell to a record low of 6.2%".
func TestLevelReachedIsNoChange(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"en", "Zorgland's unemployment rate fell to a record low of 6.2% in January.", 6.2},
		{"en", "Zorgland's inflation rate rose to a new high of 9.1% in June.", 9.1},
		{"fr", "Le taux de chômage de la Zorgonie a chuté à un plus bas historique de 6,2 % en janvier.", 6.2},
	} {
		for _, f := range figuresValued(t, c.lang, "2025-03-06", c.text, c.value) {
			if f.Unit != "%" {
				t.Errorf("%q: unit %q, want %% (a level)", c.text, f.Unit)
			}
		}
	}
}

// A month with "last year" after it is one date, and a comparison's base
// does not date the change it is set against.
func TestComparedWithMonthLastYear(t *testing.T) {
	text := "Passenger numbers at Zorgham Airport reached a record 4.6 million in October, up 11% compared with October last year."
	for _, cl := range figuresValued(t, "en", "2024-11-14", text, 11) {
		if cl.Date.String() != "2024-10" {
			t.Errorf("+11%% dated %s, want 2024-10 (not the base, October 2023)", cl.Date)
		}
	}
}

// What a figure measures is the head of its subject's phrase, not a time
// or a noun that qualifies it.
func TestMeasureIsNoTimeNorModifier(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		measure string
	}{
		{"The yield on the 10-year Zorgland Treasury note fell to 4.61% from 4.65%.", 4.61, "yield"},
		{"Zorgon's revenue for the quarter rose 19% to 2.8 billion dollars.", 19, "revenue"},
		{"Zorgon plans to close two of the town's five libraries.", 2, "library"},
	} {
		for _, cl := range figuresValued(t, "en", "2024-11-14", c.text, c.value) {
			if m, _, _ := strings.Cut(cl.Measure, " ("); m != c.measure {
				t.Errorf("%q: measure %q, want %q", c.text, cl.Measure, c.measure)
			}
			if strings.Contains(cl.Subject, "quarter") {
				t.Errorf("%q: subject %q, a time", c.text, cl.Subject)
			}
		}
	}
	for _, cl := range buildText(t, "en", "2024-11-14", "Wheat production is forecast to fall by a third this year to 18 million tonnes.").Claims {
		if strings.HasPrefix(cl.Measure, "year") {
			t.Errorf("%q: measure %q, a time", cl.Label, cl.Measure)
		}
	}
}

// Numbers that are no news of their own: a label's number, a rate's base,
// what would have been; and a state since a year is no event of that year.
func TestNoFigureOfItsOwn(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		unsure     bool // the figure may stay, kept off the timeline
	}{
		{"fr", "Le réacteur numéro 2 de la centrale de Zorgville a été arrêté mardi.", 2, false},
		{"en", "Reactor No. 2 was shut down on Monday.", 2, false},
		{"en", "Tepco said Unit No. 3 was shut down on Monday.", 3, false},
		{"fr", "L'épidémie s'accélère : 412 passages aux urgences pour 100 000 habitants ont été enregistrés.", 100000, false},
		{"en", "The death rate reached 5 per 100,000 people in 2024.", 100000, false},
		{"en", "Zorgon's merger plan would have cut 300 jobs at the plant.", 300, true},
	} {
		for _, cl := range buildText(t, c.lang, "2025-12-03", c.text).Claims {
			if cl.HasValue && cl.Value == c.value && !(c.unsure && cl.Unsure) {
				t.Errorf("%q: figure %q", c.text, cl.Label)
			}
		}
	}
	for _, cl := range buildText(t, "fr", "2025-12-03", "Le prix du gaz a atteint un niveau inédit depuis 1995.").Claims {
		if cl.Date.String() == "1995" {
			t.Errorf("%q dated 1995, the year it is compared with", cl.Label)
		}
	}
	tl := buildText(t, "fr", "2025-12-03", "Zorgon est devenu le numéro 2 mondial du secteur en 2024.")
	if !slices.ContainsFunc(tl.Claims, func(c Claim) bool { return c.Metric == MetricRank && c.Value == 2 }) {
		t.Error("«le numéro 2 mondial»: no rank")
	}
	for _, text := range []string{"Novak Djokovic, the world No. 1, won on Sunday.", "Zorgon is the No. 1 seller of phones."} {
		if tl := buildText(t, "en", "2025-12-03", text); !slices.ContainsFunc(tl.Claims, func(c Claim) bool { return c.Metric == MetricRank && c.Value == 1 }) {
			t.Errorf("%q: no rank", text)
		}
	}
	// A thing's name with its number is the subject, whole.
	tl = buildText(t, "en", "2025-12-03", "Reactor No. 2 was shut down on Monday.")
	if !slices.ContainsFunc(tl.Claims, func(c Claim) bool { return c.Metric == MetricEvent && c.Subject == "Reactor No. 2" }) {
		t.Errorf("«Reactor No. 2 was shut down»: events %v", tl.Claims)
	}
}

// A clause whose subject is a common noun is about what that noun phrase
// names (the country of its adjective, the disaster), not the
// organisation the sentence before named.
func TestCommonSubjectIsNotTheOrganisationBefore(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"fr", "Zorgéa a annoncé mardi la mise en service de son nouveau réacteur. La production nucléaire française a atteint 361 térawattheures en 2024.", 361, "France"},
		{"en", "A magnitude 6.1 earthquake struck western Zorgia on Tuesday. The quake destroyed about 1,200 homes near the town of Orsava.", 1200, "The quake"},
	} {
		for _, cl := range figuresValued(t, c.lang, "2025-02-10", c.text, c.value) {
			if cl.Subject != c.subject || cl.Unsure {
				t.Errorf("%q: subject %q (unsure: %v), want %q", c.text, cl.Subject, cl.Unsure, c.subject)
			}
		}
	}
}

// A participle set off by commas after the clause's first noun is no
// clause of its own, and its agent is not the clause's subject; a noun a
// demonstrative points back to has no owner to guess.
func TestParticipleApposition(t *testing.T) {
	for _, cl := range buildText(t, "fr", "2025-03-10", "Le texte, porté par la ministre du Logement, Zorga Vasseur, prévoit une aide de 2 milliards d'euros.").Claims {
		if cl.HasValue && cl.Subject == "Zorga Vasseur" && !cl.Unsure {
			t.Errorf("%q: the participle's agent is the figure's subject", cl.Label)
		}
	}
	for _, cl := range buildText(t, "fr", "2002-02-09", "Les Jeux olympiques de Zorgville s'ouvrent vendredi. Cette enquête, basée sur les réponses de 408 sondés, montre une augmentation sensible.").Claims {
		if cl.HasValue && cl.Value == 408 && !cl.Unsure {
			t.Errorf("%q: subject %q guessed for a noun a demonstrative points back to", cl.Label, cl.Subject)
		}
	}
	evs := eventsOf(t, "fr", "2025-03-10", "Le projet de loi sur le logement a été présenté mardi.")
	if !slices.ContainsFunc(evs, func(c Claim) bool { return c.Subject == "Le projet de loi" }) {
		t.Errorf("no event of «Le projet de loi»: %v", evs)
	}
	// "indique" is no participle ("indiqué" folds to it)
	evs = eventsOf(t, "fr", "2012-07-05", "Un lycéen de 17 ans a été victime d'une agression hier soir dans un train ralliant Zorgville à Lyon, indique aujourd'hui les services de Zorgo Valls.")
	if !slices.ContainsFunc(evs, func(c Claim) bool { return strings.Contains(c.Subject, "services") }) {
		t.Errorf("no statement of the ministry: %v", evs)
	}
}

// A participle in -ed between a preposition and a noun qualifies the noun:
// "with sustained winds" is no verb whose subject is the place before it.
func TestParticipleAfterAPrepositionIsNoVerb(t *testing.T) {
	checkFigures(t, "2019-10-24", []figureCase{
		{lang: "en", text: "Typhoon Zorgalay made landfall in Eastern Samar province late on Tuesday with sustained winds of 185 km/h.", value: 185, subject: "Typhoon Zorgalay"},
		{lang: "en", text: "Zorgon Air said on Monday that bookings fell by 12% amid reduced demand for flights to Asia.", value: 12, subject: "Zorgon Air"},
	})
}

// A figure a verb "puts" a measure at is that measure's, of whom its
// phrase says; not the poll's or the agency's that puts it.
func TestPutMeasureAtFigure(t *testing.T) {
	checkFigures(t, "2023-03-16", []figureCase{
		{lang: "en", text: "Zorgia's coalition survived a vote on Wednesday. A survey by the Blorp agency published on Tuesday put support for the three coalition parties at 31%, down from 38% in January.", value: 31, subject: "the three coalition parties", measure: "support (%)"},
		{lang: "en", text: "A survey by the Blorp agency published on Tuesday put support for the Zorg Party at 31%.", value: 31, subject: "Zorg Party", measure: "support (%)"},
	})
}

// "it" after a plural group that speaks is not that group: "Forecasters
// said it could hit Zorgland on Saturday with winds of 150 km/h" is the
// storm's; a company named by several capitalised words in -s keeps its
// "it".
func TestItIsNoPluralGroup(t *testing.T) {
	checkFigures(t, "2019-10-24", []figureCase{
		{lang: "en", text: "Typhoon Zorgalay weakened on Thursday. Forecasters said it could strengthen again and hit Zorgland on Saturday with winds of about 150 km/h.", value: 150, subject: "Typhoon Zorgalay"},
		{lang: "en", text: "Zorg Eastern Airlines stated on Thursday that it had signed a contract to buy 20 jets for 9.9 billion yuan.", value: 9.9e9, subject: "Zorg Eastern Airlines"},
	})
}

// A company officer who announces a figure speaks for the company: the
// figure is the company's, said by the officer; a person's own act stays
// theirs.
func TestOfficerAnnouncesForTheCompany(t *testing.T) {
	for _, c := range []struct {
		lang, text      string
		value           float64
		subject, saidBy string
	}{
		{"fr", "Zorvanis a publié ses résultats mardi. Le directeur général, Marc Zorhel, a annoncé un dividende de 0,75 euro par action.", 0.75, "Zorvanis", "Marc Zorhel"},
		{"fr", "Zorgon a publié ses résultats. Son PDG, Jean Blenk, a annoncé la suppression de 300 postes.", 300, "Zorgon", "Jean Blenk"},
		// (and what the company buys, and its price)
		{"fr", "La Zorgnef a transporté 122 millions de voyageurs l'an dernier. Son président, Jean Blenk, a annoncé lundi l'achat de 15 rames pour 1,2 milliard d'euros.", 15, "Zorgnef", "Jean Blenk"},
		{"fr", "La Zorgnef a transporté 122 millions de voyageurs l'an dernier. Son président, Jean Blenk, a annoncé lundi l'achat de 15 rames pour 1,2 milliard d'euros.", 1.2e9, "Zorgnef", "Jean Blenk"},
		{"en", "Zorgon published its results on Tuesday. Chief executive Anna Blenk announced a dividend of 75 cents per share.", 0.75, "Zorgon", "Anna Blenk"},
		{"en", "Zorgon published its results on Tuesday. Chief executive Anna Blenk sold 300,000 shares in March.", 300000, "Anna Blenk", ""},
	} {
		for _, cl := range figuresValued(t, c.lang, "2025-03-10", c.text, c.value) {
			if cl.Subject != c.subject || c.saidBy != "" && cl.SaidBy != c.saidBy {
				t.Errorf("%q: %q said by %q, want %q said by %q", c.text, cl.Subject, cl.SaidBy, c.subject, c.saidBy)
			}
		}
	}
}

// A figure at the head of a clause's subject tells its claim; the clause
// is no event of its own. A verb coordinated with the one before shares
// its subject, not the first verb's object.
func TestFigureSubjectAndCoordinatedVerb(t *testing.T) {
	for _, e := range eventsOf(t, "fr", "2025-03-10", "Seuls 14 300 logements ont été réservés en 2024.") {
		if strings.Contains(e.Subject, "14 300") {
			t.Errorf("event %q of the figure's words", e.Label)
		}
	}
	if evs := eventsOf(t, "fr", "2025-03-10", "Les 27 pays de l'Union ont adopté mardi le pacte migratoire."); len(evs) == 0 {
		t.Error("«Les 27 pays de l'Union ont adopté»: no event")
	}
	for _, cl := range buildText(t, "fr", "2025-03-10", "Zorgéo emploie 1 300 salariés et revendique 40 000 entreprises clientes.").Claims {
		if cl.HasValue && cl.Value == 40000 && cl.Subject != "Zorgéo" {
			t.Errorf("%q: subject %q, want Zorgéo", cl.Label, cl.Subject)
		}
	}
}

// "ceux des services" stands for the measure of the figure before, the
// services its owner, with or without its own verb.
func TestDemonstrativePronounMeasure(t *testing.T) {
	for _, text := range []string{
		"Les prix des biens ont reculé de 1,1 %, tandis que ceux des services ont progressé de 2,3 %.",
		"Les prix des biens ont reculé de 1,1 %, ceux des services de 2,3 %.",
	} {
		for _, cl := range figuresValued(t, "fr", "2025-03-10", text, 2.3) {
			if cl.Subject != "services" || !strings.HasPrefix(cl.Measure, "prix") {
				t.Errorf("%q: %q, %q; want services, prix", text, cl.Subject, cl.Measure)
			}
		}
	}
}

// What observers expect another to do is an expectation about that other,
// said by the observers, wherever they work.
func TestExpectedObjectToDo(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		subject string
	}{
		{"Analysts expect Zorgon to report revenue of 4 billion dollars on Thursday.", 4e9, "Zorgon"},
		{"The Zorg 100 rose 1.2% on Friday. Analysts at Blenk Securities expect the Zorg 100 to reach 8,700 by the end of the year.", 8700, "Zorg 100"},
	} {
		for _, cl := range figuresValued(t, "en", "2025-05-10", c.text, c.value) {
			if cl.Subject != c.subject || !strings.Contains(cl.Measure, "expected") || !strings.HasPrefix(cl.SaidBy, "Analysts") {
				t.Errorf("%q: %q, %q, said by %q; want %q, expected, said by the analysts", c.text, cl.Subject, cl.Measure, cl.SaidBy, c.subject)
			}
		}
	}
}

// The news an article opens with, told by a speech verb after it, is of
// the day the words were said.
func TestLeadEventToldOnItsDay(t *testing.T) {
	for _, c := range []struct{ lang, text, date string }{
		{"fr", "Blenkor va racheter Zorgex pour 2 milliards d'euros, ont annoncé les deux sociétés hier.", "2025-04-15"},
		{"en", "Blenkor will buy Zorgex for 2 billion euros, the two companies said on Tuesday.", "2025-04-15"},
	} {
		var got []string
		for _, e := range eventsOf(t, c.lang, "2025-04-16", c.text) {
			got = append(got, e.Label+" "+e.Date.String())
			if strings.Contains(e.Label, "Zorgex") && e.Date.String() != c.date {
				t.Errorf("%q: %q dated %s, want %s", c.text, e.Label, e.Date, c.date)
			}
		}
		if len(got) == 0 {
			t.Errorf("%q: no event", c.text)
		}
	}
}

// A name with its number after a hyphen is one name ("Kestrel-2"), and
// how far a design goes is no news of a date.
func TestNumberedNamesAndRange(t *testing.T) {
	for _, c := range []struct{ text, subject string }{
		{"The Zorgel-2 probe entered orbit around Mars on Monday.", "Zorgel-2 probe"},
		{"Zorgel-2 entered orbit around Mars on Monday.", "Zorgel-2"},
	} {
		evs := eventsOf(t, "en", "2025-04-16", c.text)
		if !slices.ContainsFunc(evs, func(e Claim) bool { return e.Subject == c.subject && e.Date.String() == "2025-04-14" }) {
			t.Errorf("%q: no event of %q on Monday: %v", c.text, c.subject, evs)
		}
	}
	for _, cl := range buildText(t, "en", "2005-04-27", "Range for the Z380-800 model is expected to be 8,000 nautical miles (14,800 km).").Claims {
		if cl.HasValue {
			t.Errorf("%q: a design's range as a figure", cl.Label)
		}
	}
}

// The level a change reached, named by its noun, is of the change's date.
func TestLevelReachedWithItsNoun(t *testing.T) {
	for _, cl := range buildText(t, "en", "2024-05-16", "Zorgland house prices fell for the fourth month in a row in April, dropping 0.8% to an average of 512,000 pounds.").Claims {
		if cl.HasValue && cl.Value == 512000 && cl.Date.String() != "2024-04" {
			t.Errorf("%q dated %s, want 2024-04", cl.Label, cl.Date)
		}
	}
}

// A national statistic with no entity of its own is of the country the
// statistics told just before are of; a company's figure is not.
func TestStatisticsOfThePlaceBefore(t *testing.T) {
	tl := buildText(t, "en", "2024-04-16", "Inflation in Zorgland rose to 3.1% in March, the statistics office said on Tuesday. Food prices rose 3.4% over the year, while energy prices fell 5.2%.")
	for _, v := range []float64{3.4, 5.2} {
		if !slices.ContainsFunc(tl.Claims, func(c Claim) bool { return c.HasValue && c.Value == v && c.Subject == "Zorgland" && !c.Unsure }) {
			t.Errorf("%v: not Zorgland's", v)
		}
	}
	tl = buildText(t, "en", "2024-04-16", "Inflation in Zorgland rose to 3.1% in March. Passengers booked 3,400 flights over the year.")
	if slices.ContainsFunc(tl.Claims, func(c Claim) bool { return c.HasValue && c.Value == 3400 && c.Subject == "Zorgland" && !c.Unsure }) {
		t.Error("3,400 flights: the country of the statistic before")
	}
}

// A change set after a figure by a comma measures what that figure does.
func TestApposedChangeMeasure(t *testing.T) {
	for _, cl := range buildText(t, "fr", "2025-03-10", "Zorvanis a publié mardi un bénéfice net de 412 millions d'euros pour 2024, en hausse de 8 %.").Claims {
		if cl.HasValue && cl.Value == 8 && (!strings.HasPrefix(cl.Measure, "benefice net") || !strings.Contains(cl.Label, "bénéfice net en hausse")) {
			t.Errorf("%q: measure %q", cl.Label, cl.Measure)
		}
	}
}

// A body that puts a figure on what others suffered is who says it, not
// whose it is.
func TestEstimatorIsNoSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Floods hit the north of Zorgia last week. The ministry estimated losses at 2.3 billion dollars."},
		{"fr", "Des inondations ont frappé le nord de la Zorgie la semaine dernière. Le ministère a estimé les dégâts à 2,3 milliards d'euros."},
	} {
		for _, cl := range buildText(t, c.lang, "2025-06-06", c.text).Claims {
			if cl.HasValue && cl.Value == 2.3e9 && (strings.Contains(strings.ToLower(cl.Subject), "minist") || !strings.Contains(strings.ToLower(cl.SaidBy), "minist")) {
				t.Errorf("%q: subject %q, said by %q", cl.Label, cl.Subject, cl.SaidBy)
			}
		}
	}
}

// The one a court sentences is the term's subject, named by a common noun
// too; a disease that kills is its dead's subject, named bare too.
func TestSentencedAndDiseaseSubjects(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"fr", "Le tribunal a condamné jeudi l'ancien maire à deux ans de prison.", 2, "l'ancien maire"},
		{"en", "A court in Zorgville sentenced the former mayor to five years in prison on Monday.", 5, "the former mayor"},
		{"en", "Researchers at Zorgham University said on Monday they had found a new marker. Pancreatic cancer kills around 9,000 people in the country each year.", 9000, "Pancreatic cancer"},
	} {
		for _, cl := range figuresValued(t, c.lang, "2025-03-10", c.text, c.value) {
			if cl.Subject != c.subject {
				t.Errorf("%q: subject %q, want %q", c.text, cl.Subject, c.subject)
			}
		}
	}
}

// figuresValued returns the figures of value v that text yields (read as
// an article in lang published on pub), and fails the test when there is
// none.
func figuresValued(t *testing.T, lang, pub, text string, v float64) []Claim {
	t.Helper()
	var out []Claim
	for _, cl := range buildText(t, lang, pub, text).Claims {
		if cl.HasValue && cl.Value == v {
			out = append(out, cl)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no figure %v", text, v)
	}
	return out
}

// A public measure's compound opening a sentence is no name, and an
// adverb set off by commas does not hide its clause's subject.
func TestPublicMeasureCompoundAndIncidentalAdverb(t *testing.T) {
	text := "The jobless rate in Zorgland fell to 5.9% in January. Youth unemployment, however, remained high at 17.5%."
	for _, cl := range figuresValued(t, "en", "2024-02-02", text, 17.5) {
		if cl.Subject == "Youth unemployment" || !strings.Contains(cl.Measure, "unemployment") {
			t.Errorf("%q: subject %q, measure %q", cl.Label, cl.Subject, cl.Measure)
		}
	}
}

// TestStoryTimeIsNotTheComparisonBase: the sentence after a figure set
// against its value a year earlier goes on in the figure's time, not the
// base's; and a trade word before «chain», «group» opening the article is
// no name ("Supermarket chain Brightmart").
func TestStoryTimeIsNotTheComparisonBase(t *testing.T) {
	text := "Supermarket chain Brightmart reported a 23% rise in second-quarter profit on Wednesday. Pre-tax profit rose to $412 million in the three months to June 30, from $335 million a year earlier. Revenue grew 6.8% to $8.9 billion."
	for _, v := range []float64{6.8, 8.9e9} {
		for _, c := range figuresValued(t, "en", "2024-08-01", text, v) {
			if c.Date.String() != "2024-04/2024-06" || c.Subject != "Brightmart" {
				t.Errorf("%v: %s %q, want 2024-04/2024-06 (the quarter) Brightmart's", v, c.Date, c.Subject)
			}
		}
	}
	for _, c := range buildText(t, "en", "2024-08-01", text).Claims {
		if c.Subject == "Supermarket" || c.SaidBy == "Supermarket" {
			t.Errorf("%q: «Supermarket» read as a name", c.Label)
		}
	}
}

// TestTallyOfTheDayNotOfTheNounsYear: the tally a text was passed by is of
// the day of the vote, not of the year the text is for; a figure of the
// noun phrase «pour 2024» completes keeps that year.
func TestTallyOfTheDayNotOfTheNounsYear(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		date       string
	}{
		{"fr", "Le conseil municipal a adopté lundi soir son budget primitif pour 2025, par 27 voix contre 8.", 27, "2025-03-17"},
		{"fr", "Le conseil municipal a adopté lundi soir son budget primitif pour 2025, par 27 voix contre 8.", 8, "2025-03-17"},
		{"en", "The council on Monday approved its budget for 2026 by 9 votes to 2.", 9, "2025-03-17"},
		{"fr", "Le groupe Orvanis a publié mercredi un bénéfice net de 412 millions d'euros pour 2024, en hausse de 8 % sur un an.", 412e6, "2024"},
	} {
		for _, f := range figuresValued(t, c.lang, "2025-03-18", c.text, c.value) {
			if f.Date.String() != c.date {
				t.Errorf("%q %v: %s, want %s", c.text, c.value, f.Date, c.date)
			}
		}
	}
}

// TestStoryDayGoesOnPastAClauseOfAnotherReport: the day of a market's
// close goes on to the figures told next in the past, and a report in a
// clause after the figure ("after the company said on Monday") dates the
// report, not the figure; a past told two sentences on, of another
// subject, after a sentence of another time, is not of that day.
func TestStoryDayGoesOnPastAClauseOfAnotherReport(t *testing.T) {
	text := "The Harbour Index fell 2.4% to close at 6,118.35 points on Tuesday. Shares in electronics maker Kaiyo Systems dropped 8.1% after the company said on Monday that it expected a 15% fall in annual exports."
	for _, c := range figuresValued(t, "en", "2025-03-18", "Storm Ciaran hit Brittany on Thursday, killing 2 people. Such storms are becoming more frequent. Storm Lothar killed 92 people across Europe.", 92) {
		if c.Date.String() == "2025-03-13" {
			t.Errorf("Storm Lothar's dead dated Storm Ciaran's Thursday")
		}
	}
	for _, v := range []float64{8.1} {
		for _, c := range figuresValued(t, "en", "2025-04-09", text, v) {
			if dateOrAsOf(c) != "2025-04-08" {
				t.Errorf("%v: %s, want the close's day 2025-04-08", v, dateOrAsOf(c))
			}
		}
	}
}

// TestPartCountsWhatItsWholeCounts: "31 sur les 90 sièges", "31 of the
// assembly's 90 seats": the part counts the whole's noun.
func TestPartCountsWhatItsWholeCounts(t *testing.T) {
	for _, c := range []struct{ lang, text, measure, label string }{
		{"fr", "Les Verts ont remporté dimanche 31 sur les 90 sièges de l'assemblée.", "siege", "Verts : 31 sièges de l'assemblée"},
		{"en", "The Green Party won on Sunday, taking 31 of the assembly's 90 seats.", "seat", "Green Party: 31 seats"},
	} {
		cs := figuresValued(t, c.lang, "2025-04-09", c.text, 31)
		if len(cs) != 1 || cs[0].Measure != c.measure || cs[0].Label != c.label || cs[0].Date.String() != "2025-04-06" {
			for _, f := range cs {
				t.Errorf("%q: %q %q %s, want %q %q 2025-04-06", c.text, f.Measure, f.Label, f.Date, c.measure, c.label)
			}
		}
	}
}

// TestLaterConjunctsDateIsItsOwn: a date in a verb phrase coordinated after
// the figure's, about what is still to come, is that phrase's (so is one
// after a second verb a modal before the figure governs); a date after two
// past acts may date both, and one after a past act does not date a present
// figure before it.
func TestLaterConjunctsDateIsItsOwn(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		date       string
	}{
		{"en", "Westgrid restored power to 30,000 homes overnight and expected to reconnect the rest by Friday.", 30000, "as of 2023-12-28"},
		{"fr", "Enedis a rétabli le courant chez 30 000 foyers dans la nuit et espère raccorder les autres d'ici vendredi.", 30000, "as of 2023-12-28"},
		{"en", "Zorgon sold 300 cars and opened a plant in 2022.", 300, "2022"},
		// (a participle set off after a figure still to come)
		{"en", "Zorgon will instead spend 3.2 billion euros over five years to turn its factory into a hub for electric cars, creating about 800 jobs there by 2026.", 3.2e9, "as of 2023-12-28"},
		{"fr", "Zorgon va investir 3,2 milliards d'euros sur cinq ans dans son usine de Novare, créant environ 800 emplois d'ici à 2026.", 3.2e9, "as of 2023-12-28"},
		// (another reported clause, about what is to come)
		{"en", "The minister said on Wednesday that Zorgland had offered the company 40 million euros in aid and that she would meet union leaders next week.", 40e6, "2023-12-27"},
		{"fr", "La ministre a indiqué mercredi que l'État avait proposé 40 millions d'euros d'aide et qu'elle recevrait les syndicats la semaine prochaine.", 40e6, "2023-12-27"},
		// (a modal before the figure governs the second verb too)
		{"en", "Zorgon Motors said on Thursday it would cut 2,400 jobs in Europe and close its engine plant near Valencia by the end of 2024.", 2400, "2023-12-28"},
		{"fr", "Zorgon a annoncé jeudi qu'il allait supprimer 1 150 postes et fermer son usine de Vierzon d'ici à la fin de 2024.", 1150, "2023-12-28"},
		// (past "is": "and is expected to…")
		{"en", "The storm weakened to 120 km/h as it crossed the Sibuyan Sea and is expected to leave the country on Friday.", 120, "as of 2023-12-28"},
		// (a present figure before a past act: the past act's date is its own)
		{"en", "The Tarragona plant, which opened in 1991, employs 980 people and built 240,000 gearboxes last year.", 980, "as of 2023-12-28"},
		{"en", "The Tarragona plant, which opened in 1991, employs 980 people and built 240,000 gearboxes last year.", 240000, "2022"},
		{"fr", "L'usine de Tarragone, ouverte en 1991, emploie 980 personnes et a produit 240 000 boîtes de vitesses l'an dernier.", 980, "as of 2023-12-28"},
	} {
		for _, f := range figuresValued(t, c.lang, "2023-12-28", c.text, c.value) {
			if dateOrAsOf(f) != c.date && f.Date.String() != strings.TrimPrefix(c.date, "as of ") {
				t.Errorf("%q %v: %s, want %s", c.text, c.value, dateOrAsOf(f), c.date)
			}
		}
	}
}

// A penalty the prosecution asks for is the defendant's, named after
// "contre", "against", or in a phrase the sentence opens with; not the
// prosecution's.
func TestPenaltyRequestedAgainst(t *testing.T) {
	checkFigures(t, "2021-09-24", []figureCase{
		{lang: "fr", text: "Le parquet a requis jeudi quatre ans d'emprisonnement, dont deux avec sursis, et 75 000 euros d'amende contre Gérard Zorgier, ancien président de Zorgbéton.", value: 4, subject: "Gérard Zorgier"},
		{lang: "fr", text: "Le parquet a requis jeudi quatre ans d'emprisonnement, dont deux avec sursis, et 75 000 euros d'amende contre Gérard Zorgier, ancien président de Zorgbéton.", value: 75000, subject: "Gérard Zorgier"},
		{lang: "fr", text: "Contre son ancien directeur technique, Pascal Zorgaud, le parquet a requis jeudi deux ans de prison avec sursis.", value: 2, subject: "Pascal Zorgaud"},
		{lang: "en", text: "Prosecutors on Thursday sought six years in prison against Sam Zorgfield.", value: 6, subject: "Sam Zorgfield"},
		// (a fine asked for is a fine)
		{lang: "fr", text: "Le parquet a requis jeudi quatre ans d'emprisonnement et 75 000 euros d'amende contre Gérard Zorgier.", value: 75000, subject: "Gérard Zorgier", measure: "amende (€)"},
	})
	// (and a part of a term, «dont deux avec sursis», is of its day)
	checkDated(t, "2021-09-24", []datedCase{
		{"fr", "Le parquet a requis jeudi quatre ans d'emprisonnement, dont deux avec sursis, contre Gérard Zorgier.", 2, "2021-09-23"},
	})
}

// "au total", "in total" sum a count up: their noun is no subject.
func TestInTotalIsNoSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Zorgbéton est jugée depuis lundi. Douze prévenus au total comparaissent dans ce dossier, dont quatre personnes morales, face à 64 parties civiles."},
		{"en", "Zorgcorp went on trial on Monday. Twelve defendants in total appear in the case, facing 64 civil parties."},
	} {
		for _, cl := range buildText(t, c.lang, "2021-09-24", c.text).Claims {
			if strings.EqualFold(cl.Subject, "total") {
				t.Errorf("%q: %q about «total»", c.text, cl.Label)
			}
		}
	}
}

// A company's "accounts" are its books, not users: the people it employs
// and the money it sets aside are no users of a service.
func TestAccountsAreNoUsers(t *testing.T) {
	text := "Zorgwell Energy lost the case on Thursday. The group, which employs 9,300 people, had set aside 120 million pounds for the case in its 2020 accounts."
	for _, v := range []float64{9300, 120e6} {
		for _, c := range figuresValued(t, "en", "2021-06-10", text, v) {
			if c.Metric == MetricActiveUsers || c.Metric == MetricNewUsers {
				t.Errorf("%v: %q read as users (%s)", v, c.Label, c.Metric)
			}
		}
	}
}

// The subject of a verb after a relative clause is the relative's
// antecedent, not its verb's object ("L'orage qui a frappé l'Hérault a
// fait trois morts"); a "that" after a speech verb or a day opens what is
// said, no relative.
func TestSubjectPastARelativeClause(t *testing.T) {
	checkFigures(t, "2021-10-21", []figureCase{
		{lang: "fr", text: "L'orage qui a frappé l'Hérault a fait trois morts mardi.", value: 3, subject: "L'orage"},
		{lang: "fr", text: "Le bilan de l'épisode méditerranéen qui a frappé l'Hérault et le Gard s'est alourdi à quatre morts jeudi.", value: 4, subject: "l'épisode méditerranéen"},
		{lang: "en", text: "The storm that hit Herault and Gard killed four people on Thursday.", value: 4, subject: "The storm"},
		{lang: "en", text: "Zorgair announced today that it is exercising its options with Zorgbus to purchase five new jets.", value: 5, subject: "Zorgair"},
	})
}
