package model

import (
	"strings"
	"testing"
)

// A pronoun for a thing goes on measuring that thing, and a clause that
// opens on a place is that place's figure; a figure the sentence looks back
// to does not date what comes next.
func TestPronounForAThing(t *testing.T) {
	const prices = "Le prix moyen du mètre carré a reculé de 2 % en mars, selon les notaires, loin du pic de 10 850 euros atteint en 2020. À Lyon, il s'élevait à 4 620 euros, tandis qu'à Marseille il a grimpé de 4,1 %, à 3 540 euros."
	for _, c := range []struct {
		lang, text               string
		value                    float64
		subject, measure, noDate string
	}{
		{"fr", prices, 4620, "Lyon", "prix (€)", "2020"},
		{"fr", prices, 4.1, "Marseille", "prix (%)", "2020"},
		{"fr", prices, 3540, "Marseille", "prix (€)", "2020"},
		{"fr", "Météo-France a placé jeudi le Gard en vigilance rouge canicule. Mercredi, le thermomètre a atteint 43,4 °C à Nîmes, battant le record absolu de la ville, qui datait d'août 2003. À Montpellier, il a fait 41,2 °C, et 39,8 °C à Marseille.", 41.2, "Montpellier", "", ""},
		{"fr", "Météo-France a placé jeudi le Gard en vigilance rouge canicule. Mercredi, le thermomètre a atteint 43,4 °C à Nîmes, battant le record absolu de la ville, qui datait d'août 2003. À Montpellier, il a fait 41,2 °C, et 39,8 °C à Marseille.", 39.8, "Marseille", "", ""},
		// a person named since is whom «il» stands for
		{"fr", "Le chiffre d'affaires a reculé de 3 % au premier trimestre. « Nous restons confiants », a déclaré le directeur financier, Paul Zorg. Il a confirmé une marge de 25 % pour l'année.", 25, "", "", ""},
	} {
		cs := figuresValued(t, c.lang, "2025-04-10", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if c.subject != "" && f.Subject != c.subject || c.measure != "" && f.Measure != c.measure || c.noDate != "" && f.Date.String() == c.noDate {
				t.Errorf("%v: %q %q %s, want %q %q not %s", c.value, f.Subject, f.Measure, f.Date, c.subject, c.measure, c.noDate)
			}
			if c.measure == "" && f.Measure == "chiffre d'affaires (%)" {
				t.Errorf("%v: measured as the thing before a person was named: %q", c.value, f.Measure)
			}
		}
	}
}

// A name the sentence leaves out is no subject: «en France (hors
// Mayotte)», "excluding Scotland".
func TestExcludedNameIsNoSubject(t *testing.T) {
	for _, c := range []struct{ lang, text, not string }{
		{"fr", "Le nombre de demandeurs d'emploi a augmenté de 3,9 % au quatrième trimestre en France (hors Mayotte), selon la Dares. Sur un an, la hausse atteint 4,1 %.", "Mayotte"},
		{"en", "Unemployment in Britain (excluding Scotland) rose to 4.2% in March, the statistics office said. Over the year, the rise reached 0.4 points.", "Scotland"},
	} {
		for _, cl := range buildText(t, c.lang, "2025-01-29", c.text).Claims {
			if cl.Subject == c.not {
				t.Errorf("%q: %q has the excluded %q as subject", c.text, cl.Label, c.not)
			}
		}
	}
}

// A relative clause set off by commas measures, and lets its main verb
// measure, the head of the noun phrase it follows.
func TestRelativeClauseMeasures(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		measure    string
	}{
		{"fr", "Air Horizon a publié ses résultats jeudi. Sa dette nette, qui s'élevait à 6,9 milliards d'euros fin mars, a été ramenée à 6,2 milliards au 30 juin.", 6.9e9, "dette nette (€)"},
		{"fr", "Air Horizon a publié ses résultats jeudi. Sa dette nette, qui s'élevait à 6,9 milliards d'euros fin mars, a été ramenée à 6,2 milliards au 30 juin.", 6.2e9, "dette nette"},
		{"fr", "Le taux moyen des crédits immobiliers, qui était de 1,1 % fin 2021, a atteint 4,2 % en août.", 1.1, "taux credit (%)"},
		{"fr", "Le taux moyen des crédits immobiliers, qui était de 1,1 % fin 2021, a atteint 4,2 % en août.", 4.2, "taux credit (%)"},
		{"fr", "Le nombre d'abonnés à la fibre, qui atteignait 3,1 millions fin décembre, a progressé de 450 000 en un an.", 3.1e6, "abonne"},
		{"fr", "Le loyer moyen d'un studio a atteint 573 euros par mois. À Paris, il s'élève à 898 euros.", 573, "loyer par mois (€)"},
		{"fr", "Le loyer moyen d'un studio a atteint 573 euros par mois. À Paris, il s'élève à 898 euros.", 898, "loyer (€)"},
		{"en", "The average mortgage rate, which was 1.1% in 2021, reached 4.2% in August.", 4.2, "mortgage rate (%)"},
		{"fr", "Le taux de chômage de la Zorgonie a atteint 7,6 % au quatrième trimestre. Il reste inférieur à son niveau d'avant la crise sanitaire, qui s'élevait à 8,2 % fin 2019.", 8.2, "niveau (%)"},
		{"fr", "Le texte prévoit des réductions d'impôts pour un montant de 791,9 milliards de dollars sur 10 ans, pour redistribuer aux Américains une partie des excédents budgétaires, qui pourraient atteindre 3.000 milliards d'ici à dix ans.", 3e12, "excedent"},
	} {
		cs := figuresValued(t, c.lang, "2024-09-10", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if f.Measure != c.measure {
				t.Errorf("%q %v: measure %q, want %q", c.text, c.value, f.Measure, c.measure)
			}
		}
	}
}

// A figure with no time of its own takes it from its context: a share's
// move or price told in the past is of the day the story's lead tells (one
// with its own time keeps it); a statistics release told in the present
// goes on with the period its sentence before gave; «d'ici (à) dix ans»
// after a figure dates it at the end of the span.
func TestFigureDatesFromContext(t *testing.T) {
	for _, c := range []struct {
		pub, lang, text string
		value           float64
		date            string
	}{
		{"2024-08-01", "en", "Zorgon reported a 23% rise in second-quarter profit on Wednesday. Revenue grew 6.8% to $8.9 billion. Its shares rose 7.3% in New York.", 7.3, "2024-07-31"},
		{"2024-08-01", "fr", "Zorgex a annoncé mercredi une hausse de 12 % de son bénéfice. L'action a bondi de 5,2 % à l'ouverture.", 5.2, "2024-07-31"},
		{"2024-08-01", "en", "Zorgon reported a 23% rise in second-quarter profit on Wednesday. Its shares have risen 30% since January.", 30, "as of 2024-08-01"},
		{"2024-08-01", "en", "Zorgon reported a 23% rise in second-quarter profit on Wednesday. Revenue grew 6.8% to $8.9 billion. Its shares rose 4.6% to 9.12 euros by 1030 GMT.", 9.12, "2024-07-31"},
		{"2025-01-29", "fr", "Le nombre de demandeurs d'emploi inscrits à France Travail a augmenté de 3,9 % au quatrième trimestre 2024, selon la Dares. Sur un an, la hausse atteint 4,1 %.", 4.1, "2024-10/2024-12"},
		{"1999-08-07", "fr", "Les excédents budgétaires des États-Unis pourraient atteindre 3.000 milliards de dollars d'ici à dix ans.", 3e12, "2009"},
		{"1999-08-07", "fr", "Zorgex veut vendre 400 000 voitures d'ici cinq ans.", 400000, "2004"},
		// a figure told in the past, with no time of its own, about a subject the
		// lead names with its day (or a person named with a given name) is of that
		// day; the present, the pluperfect, a modal or another subject keep theirs
		{"2025-11-10", "en", "Ballymore won the cup final on Sunday, beating Shannonside 2-1. Shannonside had 58% of possession and 17 shots. The crowd cheered. The stadium was full.", 58, "2025-11-09"},
		{"2025-03-24", "fr", "Claire Montagné a été élue sénatrice dimanche au second tour face à Marc-Antoine Ribes. Au premier tour, les autres candidats étaient loin. La salle était comble. Ribes n'a obtenu que 40 voix.", 40, "2025-03-23"},
		{"2025-02-23", "fr", "Le XV de France s'est imposé samedi face à l'Écosse. Le public a chanté. Le stade était plein. Théo Mauriac a inscrit 11 points.", 11, "2025-02-22"},
		{"2025-11-10", "en", "Ballymore won the cup final on Sunday, beating Shannonside 2-1. The crowd cheered. The stadium was full. The club has 1,200 members.", 1200, "as of 2025-11-10"},
		{"2025-11-10", "en", "Ballymore won the cup final on Sunday, beating Shannonside 2-1. The crowd cheered. The stadium was full. The club had lost 12 games in 2024.", 12, "2024"},
		{"2025-11-10", "en", "Ballymore won the cup final on Sunday, beating Shannonside 2-1. The crowd cheered. The fans sang. The stadium was full. Dunmore Athletic sold 9,000 tickets.", 9000, "as of 2025-11-10"},
		{"2025-11-10", "en", "Ballymore won the cup final on Sunday, beating Shannonside 2-1. The crowd cheered. The stadium was full. The club could sell 5,000 more tickets.", 5000, "as of 2025-11-10"},
	} {
		cs := figuresValued(t, c.lang, c.pub, c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			got := f.Date.String()
			if f.AsOf {
				got = "as of " + got
			}
			if got != c.date {
				t.Errorf("%q %v: dated %s, want %s", c.text, c.value, got, c.date)
			}
		}
	}
}

// "a 30% rise in patients" is a change in patients, its sign said by the
// noun.
func TestChangeInWhat(t *testing.T) {
	for _, c := range []struct {
		text          string
		value         float64
		measure, unit string
	}{
		{"Hospitals in Zorgville reported a 30% rise in patients with breathing problems on Monday.", 30, "patient (%)", "+%"},
		{"Zorgon reported a 12% fall in profits for the second quarter.", 12, "profit (%)", "−%"},
		{"Zorgon reported a 12% fall in March.", 12, "", ""},
		// What the percentage says of its subject: a participle or an
		// adjective after it, not a comparative.
		{"The Zorg fire was 15% contained on Tuesday.", 15, "contained (%)", "%"},
		// A date is no measure: «jeudi», "last week" read as the clause's
		// subject head.
		{"An Ipsos poll published last week showed support for the Zorg party at 33%.", 33, "!week", ""},
		{"The Zorgvax vaccine was 76% effective in the trial.", 76, "effective (%)", "%"},
		// The change noun the tagger reads as a verb after its article, a
		// gerund before the noun, and the level it came to.
		{"Zorgon reported a 38% drop in second-quarter operating profit last month.", 38, "operating profit (%)", "−%"},
		{"Zorgon posted a 12% rise in sales to $4 billion in the third quarter.", 4e9, "sale ($)", "$"},
	} {
		cs := figuresValued(t, "en", "2024-11-19", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if not, ok := strings.CutPrefix(c.measure, "!"); ok {
				if strings.Contains(f.Measure, not) {
					t.Errorf("%q: measured as %q", c.text, f.Measure)
				}
				continue
			}
			if c.measure != "" && (f.Measure != c.measure || f.Unit != c.unit) {
				t.Errorf("%q: %q %q, want %q %q", c.text, f.Measure, f.Unit, c.measure, c.unit)
			}
			if c.measure == "" && strings.HasPrefix(f.Measure, "march") {
				t.Errorf("%q: measured as the month: %q", c.text, f.Measure)
			}
		}
	}
}

// A noun phrase with an indefinite article is something new, which points
// back to nothing named before ("A group of 3,400 users filed…" is not
// Zorgora's act); and users who act are no count of a service's users.
func TestIndefiniteNounPhrasesPointBackToNothing(t *testing.T) {
	tl := buildText(t, "en", "2024-06-12", "Zorgora is a streaming service. A group of 3,400 users filed a class action against the company in June.")
	for _, c := range tl.Claims {
		if c.Subject == "Zorgora" && c.Metric == MetricEvent {
			t.Errorf("the users' act read as Zorgora's: %q", c.Label)
		}
		if c.HasValue && c.Value == 3400 && (c.Metric == MetricActiveUsers || strings.Contains(c.Label, "has 3,400 users")) {
			t.Errorf("the users who act read as Zorgora's users: %q (%s)", c.Label, c.Metric)
		}
	}
	// Users who join or use it are its count.
	found := false
	for _, c := range buildText(t, "en", "2024-06-12", "Zorgora said 3 million users joined in January.").Claims {
		found = found || c.HasValue && c.Value == 3e6 && c.Metric == MetricNewUsers
	}
	if !found {
		t.Error("3 million users joined: no new users")
	}
}

// "L'entreprise", "the company" is not an organisation the article calls
// by a noun of another kind ("Le fonds Zorgdian"), even the one the
// sentence before was about: it is the main organisation.
func TestCompanyIsNoFundNamedBefore(t *testing.T) {
	text := "Zorgéo a fait ses premiers pas en Bourse jeudi. Zorgéo avait annoncé son intention d'entrer en Bourse le 1er juin. " +
		"Le fonds Zorgdian, qui détenait 34 % du capital, en conserve 21 %. L'entreprise a réalisé en 2020 un chiffre d'affaires de 148 millions d'euros."
	found := claimsOf(t, "fr", "2021-06-24", text, 148e6)
	if len(found) != 1 || found[0].Subject != "Zorgéo" {
		t.Errorf("%+v, want Zorgéo's", found)
	}
}

// "The company said it…": "it" is the company the noun phrase stands for,
// not the place the sentence before was about.
func TestItAfterTheCompanySaid(t *testing.T) {
	text := "Zorgwell Motors is recalling 412,000 vehicles, the automaker said on Monday. Of the vehicles affected, about 368,000 are in the United States. " +
		"The company said it knew of 27 minor crashes."
	found := claimsOf(t, "en", "2017-11-14", text, 27)
	if len(found) != 1 || found[0].Subject != "Zorgwell Motors" && found[0].Subject != "Zorgwell" {
		t.Errorf("%+v, want Zorgwell's", found)
	}
}

// A figure whose subject's phrase names a place after "in" is the
// place's, not the article's company's.
func TestPlaceInTheSubjectsPhrase(t *testing.T) {
	text := "Zorggate is a video game publisher. Zorggate sold 12 million copies. Spending on video games in the United States rose 24% to $42.3 billion last year."
	found := claimsOf(t, "en", "2019-01-20", text, 24)
	if len(found) != 1 || found[0].Subject != "United States" {
		t.Errorf("%+v, want the United States'", found)
	}
}

// "the court", "the council" after a body the article named with that noun
// is that body, in events and tallies alike; "voted to adopt" is the
// clause's verb, its infinitive no other clause's.
func TestBodyNamedBeforeWithItsNoun(t *testing.T) {
	evs := eventsOf(t, "en", "2019-06-12", "The Zorgland Supreme Court heard the case in April. On June 10, the court struck down a Minnesota rule on trust income.")
	found := false
	for _, e := range evs {
		found = found || e.Subject == "Zorgland Supreme Court" && strings.Contains(e.Label, "struck down") && e.Date.String() == "2019-06-10"
	}
	if !found {
		t.Errorf("no event of the court's ruling: %+v", evs)
	}
	tl := buildText(t, "en", "2019-06-12", "The Zorgville City Council approved the budget on Tuesday. The council voted 7-2 to adopt the spending plan.")
	for _, v := range []float64{7, 2} {
		if f := figuresOf(tl, v); len(f) != 1 || f[0].Subject != "Zorgville City Council" || !tallyMeasure(f[0].Measure) {
			t.Errorf("%v: %+v", v, f)
		}
	}
	evs = eventsOf(t, "en", "2019-06-12", "On Tuesday the council voted to adopt the budget.")
	if len(evs) != 1 || evs[0].Subject != "the council" || strings.Contains(evs[0].Label, "voted voted") {
		t.Errorf("%+v", evs)
	}
}

// "The company" never stands for a court, a ministry or a parliament the
// article is about, nor for a person the sentence before quoted: with no
// company named before, its figure has no subject rather than a wrong one.
func TestCompanyIsNoBody(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The Zorgland Supreme Court ruled 6-3 on Tuesday that the state must pay the pensions. Governor Mark Zorgell said on Wednesday that he would comply. The company cut 300 jobs last year."},
		{"fr", "Le Conseil d'État de Zorgland a rejeté mardi le recours du syndicat. L'entreprise a supprimé 300 emplois l'an dernier."},
	} {
		for _, f := range figuresOf(buildText(t, c.lang, "2019-03-14", c.text), 300) {
			if !f.Unsure && f.Subject != "" || strings.Contains(f.Subject, "Court") || strings.Contains(f.Subject, "Conseil") || strings.Contains(f.Subject, "Zorgell") {
				t.Errorf("%q: 300 jobs of %q (unsure %v)", c.text, f.Subject, f.Unsure)
			}
		}
	}
	// a company named before is still whom it stands for
	tl := buildText(t, "en", "2019-03-14", "The Zorgland Supreme Court ruled on Tuesday that Zorgtex Corp must pay the pensions. Zorgtex Corp said it would appeal. The company cut 300 jobs last year.")
	if f := figuresOf(tl, 300); len(f) != 1 || f[0].Subject != "Zorgtex Corp" {
		t.Errorf("%+v, want Zorgtex Corp's", f)
	}
}

// The two numbers of a tally are two claims told apart by their labels.
func TestTallyLabelsTellForFromAgainst(t *testing.T) {
	tl := buildText(t, "en", "2019-03-14", "The Zorgland Supreme Court ruled 6-3 on Tuesday that the state must pay the pensions.")
	for _, c := range []struct {
		v    float64
		want string
	}{{6, "(6 votes for)"}, {3, "(3 votes against)"}} {
		if f := figuresOf(tl, c.v); len(f) != 1 || !strings.HasSuffix(f[0].Label, c.want) {
			t.Errorf("%v: %+v, want a label ending %q", c.v, f, c.want)
		}
	}
}
