package model

import (
	"strings"
	"testing"
)

// A market report: each index's move and level are its own, at the day
// the report gives, whether or not a word after the level says what it is.
func TestMarketReportIndexes(t *testing.T) {
	const text = "Wall Street stocks fell sharply on Tuesday as Treasury yields climbed. " +
		"The Zorg Industrial Average lost 430.97 points, or 1.29%, to 33,002.38, while the Zorg 500 dropped 1.37% to 4,229.45. " +
		"The Zorgdaq Composite shed 1.87%."
	tl := buildText(t, "en", "2023-10-04", text)
	for _, c := range []struct {
		value            float64
		subject, measure string
	}{
		{33002.38, "Zorg Industrial Average", "level"},
		{1.37, "Zorg 500", "fall (%)"},
		{4229.45, "Zorg 500", "level"},
		{1.87, "Zorgdaq Composite", "fall (%)"},
	} {
		f := figuresOf(tl, c.value)
		if len(f) != 1 || f[0].Unsure || f[0].Subject != c.subject || f[0].Measure != c.measure || f[0].Date.String() != "2023-10-03" {
			t.Errorf("%v: %+v, want %s's %s on 2023-10-03", c.value, f, c.subject, c.measure)
			continue
		}
		if strings.Contains(f[0].Label, "Industrial Average") && c.subject != "Zorg Industrial Average" {
			t.Errorf("%v: label %q names the other index", c.value, f[0].Label)
		}
	}
}

// A noun right after a verb in the past is its object, not a second verb:
// "conceded defeat late on Sunday" is the event of its subject.
func TestNounAfterPastVerbIsItsObject(t *testing.T) {
	evs := eventsOf(t, "en", "2022-05-23", "The Zorg Alliance won 44 seats. Prime Minister Elena Zorgova conceded defeat late on Sunday and said she would resign.")
	found := false
	for _, e := range evs {
		found = found || e.Subject == "Elena Zorgova" && strings.Contains(e.Label, "conceded defeat") && e.Date.String() == "2022-05-22"
	}
	if !found {
		t.Errorf("no event of the concession: %+v", evs)
	}
}

// Results, a target and the results again: the target's year is not the
// period of the figures after it; an officer's words of the company's
// plan through an infinitive are the company's figure; the exchange a
// share trades on is not whose the share is.
func TestResultsAroundATarget(t *testing.T) {
	const text = "Zorgbus a publié jeudi un bénéfice net de 3,8 milliards d'euros pour 2023, en hausse de 11 %. " +
		"Son directeur général, Paul Zorg, a indiqué viser environ 800 livraisons en 2024. " +
		"Le chiffre d'affaires a progressé de 11 % à 65 milliards d'euros. L'action a gagné 4,2 % à la Bourse de Paris."
	tl := buildText(t, "fr", "2024-02-15", text)
	for _, c := range []struct {
		value         float64
		subject, date string
	}{
		{800, "Zorgbus", "2024"},
		{65e9, "Zorgbus", "2023"},
		{4.2, "Zorgbus", ""},
	} {
		f := figuresOf(tl, c.value)
		if len(f) != 1 || f[0].Unsure || f[0].Subject != c.subject || c.date != "" && f[0].Date.String() != c.date {
			t.Errorf("%v: %+v, want %s's of %s", c.value, f, c.subject, c.date)
		}
	}
	if f := figuresOf(tl, 800); len(f) == 1 && f[0].SaidBy != "Paul Zorg" {
		t.Errorf("800 said by %q, want Paul Zorg", f[0].SaidBy)
	}
}

// The noun a subject's phrase names an entity by ("miner", "the bank", "the
// union leader") is who, never what the figure measures.
func TestWhoIsNoMeasure(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		not   string
	}{
		{"In London, miner Zorgrock Resources rose 4.5% on Wednesday.", 4.5, "miner"},
		{"The Zorgland Reserve Bank raised its rate on Wednesday. The bank lowered its forecast for economic growth in 2019 to 2.5%.", 2.5, "bank"},
	} {
		for _, f := range figuresOf(buildText(t, "en", "2019-03-14", c.text), c.value) {
			if strings.HasPrefix(f.Measure, c.not) {
				t.Errorf("%q: %v measured as %q", c.text, c.value, f.Measure)
			}
		}
	}
}

// An index the article is about owns no figure a clause's noun names:
// oil, a currency, "the stock" are not the index's.
func TestIndexOwnsNoTopicFigure(t *testing.T) {
	const text = "Frankfurt's Zorgax index rose 2.1% on Wednesday, its best day since July. The Zorgax closed at 13,237.2. " +
		"Brent crude was up 1.1% at $40.25 a barrel. On currency markets the pound gained 0.3% to $1.3011."
	tl := buildText(t, "en", "2020-09-09", text)
	if f := figuresOf(tl, 2.1); len(f) != 1 || !strings.HasPrefix(f[0].Subject, "Zorgax") {
		t.Errorf("2.1: %+v, want the Zorgax's", f)
	}
	for _, v := range []float64{1.1, 40.25, 0.3, 1.3011} {
		for _, f := range figuresOf(tl, v) {
			if strings.HasPrefix(f.Subject, "Zorgax") && !f.Unsure {
				t.Errorf("%v given to the index: %q", v, f.Label)
			}
		}
	}
}

// A market report «à la Bourse de Paris» gives the exchange no figure a
// clause's noun names, and the word for what a French name is
// («l'équipementier automobile Zorgéris») is no measure.
func TestParisBourseReport(t *testing.T) {
	const text = "La Bourse de Paris a fini en hausse lundi. La Bourse de Paris a gagné 1,1 %. " +
		"A l'inverse, l'équipementier automobile Zorgéris a chuté de 8,3 %. L'euro s'échangeait à 1,0655 dollar vers 17 h 30."
	tl := buildText(t, "fr", "2023-10-23", text)
	if f := figuresOf(tl, 8.3); len(f) != 1 || f[0].Subject != "Zorgéris" || strings.HasPrefix(f[0].Measure, "equipementier") {
		t.Errorf("8.3: %+v", f)
	}
	for _, f := range figuresOf(tl, 1.0655) {
		if f.Subject == "Bourse de Paris" && !f.Unsure {
			t.Errorf("the euro given to the exchange: %q", f.Label)
		}
	}
}

// "percent" is the unit of the change, never what the level after it
// measures, and a name a place locates ("the CAC 40 in Paris") is the
// subject, not the place.
func TestIndexesInTheirCities(t *testing.T) {
	tl := buildText(t, "en", "2020-09-09", "London's Zorgsie 100 added 1.4 percent to 6,012.3, while the Zorgac 40 in Paris gained 1.6 percent to close at 5,043.0.")
	for _, c := range []struct {
		value            float64
		subject, measure string
	}{
		{6012.3, "Zorgsie 100", "level"},
		{1.6, "Zorgac 40", ""},
		{5043, "Zorgac 40", "level"},
	} {
		f := figuresOf(tl, c.value)
		if len(f) != 1 || f[0].Subject != c.subject || c.measure != "" && f[0].Measure != c.measure {
			t.Errorf("%v: %+v, want %s's %s", c.value, f, c.subject, c.measure)
		}
	}
}

// "added" with a figure is a gain, not speech ("Paris's CAC 40 added
// 1.1%" is said by no one), and the story goes on from the latest day of a
// sentence, not the day an "after" looks back to.
func TestAddedIsAGainAndTheStorysLatestDay(t *testing.T) {
	text := "LONDON — The Zorg 600 index rallied on Tuesday. The Zorg 600 gained 1.4% to 418.3 points, after falling 0.6% on Monday. Paris's Zorgindex added 1.1%, while Zorgcorp added 12 jobs."
	tl := buildText(t, "en", "2021-03-09", text)
	for _, v := range []float64{1.1, 12} {
		for _, c := range figuresOf(tl, v) {
			if c.SaidBy != "" || c.Date.String() != "2021-03-09" {
				t.Errorf("%v: %q said by %q, dated %s; want no speaker, 2021-03-09", v, c.Label, c.SaidBy, c.Date)
			}
			if v == 1.1 && c.Unit != "+%" {
				t.Errorf("1.1: unit %q, want +%%", c.Unit)
			}
		}
	}
}

// An adjective of a region or a people before its noun is no name:
// "European stocks rallied" is about no entity "European" (the "European
// Union" is one).
func TestRegionAdjectiveIsNoSubject(t *testing.T) {
	for _, text := range []string{"European stocks rallied on Tuesday.", "Asian markets fell sharply on Tuesday."} {
		for _, c := range buildText(t, "en", "2021-03-09", text).Claims {
			if c.Subject == "European" || c.Subject == "Asian" {
				t.Errorf("%q: %q about %q", text, c.Label, c.Subject)
			}
		}
	}
	for _, c := range buildText(t, "en", "2021-03-09", "The European Union approved the plan on Tuesday.").Claims {
		if c.Subject != "European Union" {
			t.Errorf("%q about %q, want European Union", c.Label, c.Subject)
		}
	}
}

// "a 38% rise", "a 23% drop": the noun after the share says which way.
func TestChangeNounAfterTheShare(t *testing.T) {
	for _, c := range []struct {
		text string
		v    float64
		unit string
	}{
		{"Zorgcorp on Wednesday reported a 38% rise in second-quarter net profit.", 38, "+%"},
		{"The decline was driven by a 23% drop in diagnoses among young people in Zorgland.", 23, "−%"},
	} {
		for _, cl := range figuresValued(t, "en", "2023-07-27", c.text, c.v) {
			if cl.Unit != c.unit {
				t.Errorf("%q: unit %q, want %q", c.text, cl.Unit, c.unit)
			}
		}
	}
}

// "sa plus forte hausse depuis mars 2020", "its biggest rise since March
// 2020": the time a record holds since does not keep a share's move from
// the day of the story's lead.
func TestRecordSinceDoesNotDateAMove(t *testing.T) {
	text := "La Bourse de Paris a terminé en nette hausse mercredi. Le secteur du luxe a mené la danse. Le titre Zorgval s'est envolé de 6,7 % à 612,40 euros, sa plus forte hausse depuis mars 2020."
	for _, c := range figuresValued(t, "fr", "2022-10-27", text, 6.7) {
		if c.Date.String() != "2022-10-26" || c.AsOf {
			t.Errorf("6,7 %%: dated %s (as of %v), want 2022-10-26", c.Date, c.AsOf)
		}
	}
}

// A date set off after a "since" clause is the record's reference, not the
// figure's: «son plus haut niveau depuis que l'Insee le mesure, en 1975»,
// "its highest since records began, in 1975".
func TestDateAfterASinceClause(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"fr", "Le taux d'emploi de la Zorgonie s'est maintenu à 68,4 %, son plus haut niveau depuis que l'institut le mesure, en 1975.", 68.4},
		{"en", "Zorgland's employment rate held at 68.4%, its highest since records began, in 1975.", 68.4},
	} {
		for _, f := range figuresValued(t, c.lang, "2024-02-13", c.text, c.value) {
			if f.Date.String() == "1975" {
				t.Errorf("%q: dated 1975, the record's reference", c.text)
			}
		}
	}
}

// A currency's rate is no organisation's ("l'euro progressait à 1,0012
// dollar", written with its four decimals): a currency is no entity, so the
// figure stays off the timeline; and the name a noun phrase is of, not the
// place its last complement names, is its subject ("Le baril de Brent de la
// mer du Nord").
func TestCurrencyAndCommodityOfThePlace(t *testing.T) {
	text := "La Bourse de Paris a terminé en hausse mercredi. Sur le marché des changes, l'euro progressait à 1,0012 dollar vers 18 heures. Le baril de Brent de la mer du Nord gagnait pour sa part 2,1 % à 95,70 dollars."
	tl := buildText(t, "fr", "2022-10-27", text)
	for _, c := range figuresOf(tl, 1.0012) {
		if !c.Unsure || !strings.Contains(c.Label, "1,0012") {
			t.Errorf("1,0012: subject %q (unsure %v), label %q; want unsure, «1,0012»", c.Subject, c.Unsure, c.Label)
		}
	}
	for _, c := range figuresOf(tl, 2.1) {
		if c.Subject != "Brent" {
			t.Errorf("2,1 %%: subject %q, want Brent", c.Subject)
		}
	}
}
