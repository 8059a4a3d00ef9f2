package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
	"github.com/claimline/claimline/model/timex"
)

// Places in a ranking read outside the home set's app charts.
func TestRankReadings(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       Metric
	}{
		{"en", "Apple passed Wal-Mart to become the No. 1 music seller", MetricRank},
		{"en", "China Eastern is the third largest airline in China", MetricRank},
		{"fr", "Radwanska, 3e au classement ATP, a perdu", MetricRank},
		{"fr", "la tête de série n°6 a pu se ressaisir", MetricRank},
		{"en", "There is no 5 in the list", ""},
		{"en", "the third request came in May", ""},
		{"en", "It was the second interest payment", ""},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		var got Metric
		for _, n := range quantity.AppendNumbers(nil, c.text, toks, c.lang) {
			if m, _ := metricOf(toks, n); m == MetricRank {
				got = m
			}
		}
		if got != c.want {
			t.Errorf("%q: metric %q, want %q", c.text, got, c.want)
		}
	}
}

// Figures that go on with the one before them, without a verb of their own,
// take its measure and date, and the name set before "at" as subject.
func TestContinuedFigures(t *testing.T) {
	text := "title: Test\ndate: 2008-04-09\nlang: en\n\nTheir projections showed that as of January 2008, Apple's iTunes held 19 percent of the U.S. music market with Wal - Mart at 15 percent, followed by Best Buy at 13 percent.\n"
	a, err := ParseArticle("x.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(&Set{Name: "x", Articles: []*Article{a}})
	want := map[float64]string{19: "iTunes", 15: "Wal - Mart", 13: "Best Buy"}
	for _, c := range tl.Claims {
		subj, ok := want[c.Value]
		if !ok {
			continue
		}
		delete(want, c.Value)
		if c.Subject != subj || c.Measure != "music market share (%)" || c.Date.String() != "2008-01" || c.Unsure {
			t.Errorf("%v%%: subject %q, measure %q, date %s, unsure %v; want %q, music market share (%%), 2008-01", c.Value, c.Subject, c.Measure, c.Date, c.Unsure, subj)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not read: %v", want)
	}
}

// The measure of a figure is the head its clause's subject climbs to; a
// subject that names no entity gives the thing it is of.
func TestMeasuredPhrases(t *testing.T) {
	for _, c := range []struct {
		text, subject, measure string
	}{
		{"Les coûts de réalisation de ce spectacle multimédia d'une durée de vingt minutes sont de deux cent mille dollars.", "ce spectacle", "cout ($)"},
		{"La participation au second tour de l'élection présidentielle, les 16 et 17 juin, a été de 51 %.", "second tour de l'élection présidentielle", "participation (%)"},
		{"La participation au second tour s'est établie à 58,6 %.", "second tour", "participation (%)"},
		// Degrees Celsius measure a temperature, whatever the verb; a
		// region named by its direction is the subject, not its country.
		{"Ce dimanche, le nord-est du pays connaîtra des maximales de l’ordre de 37 à 38 degrés C.", "le nord-est du pays", "température (°C)"},
		{"Le sud de la France a reçu 200 mm de pluie dimanche.", "Le sud de la France", "pluie (mm)"},
		{"Le record absolu pour un mois d’août devrait être battu à Zorgville en atteignant 40°C.", "Zorgville", "température (°C)"},
		{"La banque centrale zorgienne a relevé jeudi son taux directeur à 4,25 %.", "La banque centrale zorgienne", "taux directeur (%)"},
		{"A Zorgville, le précédent record était de 38,7°C.", "Zorgville", "température (°C)"},
		{"La Commission européenne a infligé mercredi à Zorgon une amende de 2 milliards d'euros.", "Zorgon", "amende (€)"},
		{"Le tribunal a infligé mardi à l'ancien ministre Zorgo Blenk une amende de 50 000 euros.", "Zorgo Blenk", "amende (€)"},
		{"La Cnil a infligé mardi une amende de 20 millions d'euros à Zorgnet pour manquements.", "Zorgnet", "amende (€)"},
		{"Zorgon est visée par une enquête. Lundi, l'autorité lui a infligé une amende de 45 millions d'euros.", "Zorgon", "amende (€)"},
		// A title in capitals is no organisation: «nous» is the company.
		{"« Nous allons supprimer 300 postes », a déclaré lundi le PDG de Zorgon, Jean Zorg.", "Zorgon", "supprimer poste"},
		// A French compound without an article is one measure, whether the
		// figure completes it or it is the clause's subject.
		{"Zorgon a réalisé un chiffre d'affaires de 3,2 milliards d'euros en 2023.", "Zorgon", "chiffre d'affaires (€)"},
		{"Le chiffre d'affaires de Zorgon a progressé de 8 % en 2023.", "Zorgon", "chiffre d'affaires (%)"},
		// (and the adjectives that make a noun a term)
		{"Le produit intérieur brut de la France a progressé de 0,4 % au deuxième trimestre.", "France", "produit interieur brut (%)"},
	} {
		tl := buildText(t, "fr", "2012-06-10", c.text)
		if len(tl.Claims) == 0 {
			t.Fatalf("%q: no claim", c.text)
		}
		if got := tl.Claims[0]; got.Subject != c.subject || got.Measure != c.measure {
			t.Errorf("%q: subject %q, measure %q; want %q, %q", c.text, got.Subject, got.Measure, c.subject, c.measure)
		}
	}
}

// A figure in a relative clause set off by commas is not dated by the main
// clause's date.
func TestRelativeClauseFigureDate(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The Zorgville plant, which employs 2,300 workers, will close in June, the company announced."},
		{"fr", "L'usine de Zorgville, qui emploie 2 300 salariés, fermera en juin."},
	} {
		for _, cl := range figuresOf(buildText(t, c.lang, "2024-03-15", c.text), 2300) {
			if !cl.AsOf || cl.Date.String() != "2024-03-15" {
				t.Errorf("%q: 2,300 dated %s (as of %v), want as of the publication", c.text, cl.Date, cl.AsOf)
			}
		}
	}
}

// A fine named after an owner or shared by two is not the first name's.
func TestFineNotTheFirstNames(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"en", "The judge fined Zorgon's subsidiary Zorgtel $3 million on Monday.", 3e6},
		{"fr", "Bruxelles a infligé à Zorgon et Zorgtel des amendes de 1,2 milliard d'euros au total mercredi.", 1.2e9},
	} {
		for _, cl := range figuresOf(buildText(t, c.lang, "2024-03-15", c.text), c.value) {
			if cl.Subject == "Zorgon" && !cl.Unsure {
				t.Errorf("%q: %v is Zorgon's", c.text, c.value)
			}
		}
	}
}

// What a relative clause says happened, happened on its main clause's
// date.
func TestRelativeClausePastFigureDate(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"en", "The storm, which killed 12 people, hit Zorgville on Sunday.", 12, "2024-03-10"},
		{"fr", "Le séisme, qui a fait 140 morts, a frappé la Zorgie mardi.", 140, "2024-03-12"},
	} {
		found := figuresOf(buildText(t, c.lang, "2024-03-15", c.text), c.value)
		if len(found) == 0 {
			t.Errorf("%q: no figure %v", c.text, c.value)
		}
		for _, cl := range found {
			if cl.Date.String() != c.want {
				t.Errorf("%q: %v dated %s, want %s", c.text, c.value, cl.Date, c.want)
			}
		}
	}
}

// A date a change is measured from is not the figure's date.
func TestComparisonBaseDates(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		base       bool
	}{
		{"en", "The Mac market share is up 82% from 9 months ago.", true},
		{"en", "Sales rose 5% compared to March 2008.", true},
		{"fr", "Les ventes ont augmenté de 3 % par rapport à mars 2011.", true},
		{"en", "Sales rose 5% from January to March 2008.", false},
		{"en", "Sales rose 5% in March 2008.", false},
		{"fr", "La Corse a accueilli 3,4 millions de visiteurs, 7 % de plus qu'en 2023.", true},
		{"en", "Zorgland recorded 4,870 cases, three times as many as in 2023.", true},
		{"en", "Sales were higher than in March 2008.", true},
		{"fr", "Rappelons qu'en août dernier, Zorgon franchissait la barre du milliard.", false},
		{"en", "Permits rose 2% compared with the first quarter of 2025.", true},
		{"en", "Permits rose 2% from the first quarter of 2025 to 410,000.", true},
		{"fr", "Les ventes reculent de 2,5 % par rapport au troisième trimestre 2025.", true},
		{"en", "Sales rose 5% in the first quarter of 2025.", false},
		{"en", "The city received 8.9 million tourists, 1.3% more than in the same period of 2025.", true},
		{"en", "The city received 8.9 million tourists in the same period of 2025.", false},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		ds := timex.FindDates(c.text, c.lang, Day(2010, 6, 1))
		if len(ds) == 0 {
			t.Fatalf("%q: no date", c.text)
		}
		if got := comparisonBase(toks, ds[0]); got != c.base {
			t.Errorf("%q: comparison base %v, want %v", c.text, got, c.base)
		}
	}
}

// Numbers inside names are no figures; an amount in brackets after another
// is the same money in another currency.
func TestNumbersInNamesAndConversions(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "its Airbus A400M military transport plane", nil},
		{"en", "Apple's iLife '11 software suite", nil},
		{"fr", "plus d'un milliard de fois", []string{"plus d'un milliard"}},
		{"en", "a US$40 billion deal", []string{"$40 billion"}},
		{"en", "a 50,000-euro bonus", []string{"50,000-euro"}},
		{"en", "temperatures 1.48C above, 42 °C and 38°C", []string{"1.48C", "42 °C", "38°C"}},
		{"en", "a rate of 0.1%, up from -0.1%, and pages 2-3 of the 737-800 file", []string{"0.1%", "-0.1%", "2", "3", "737", "800"}},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		var got []string
		for _, n := range quantity.AppendNumbers(nil, c.text, toks, c.lang) {
			got = append(got, n.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.text, got, c.want)
		}
	}
	text := "Airbus will contribute between $12 million and $20 million (£8m and £16m) to the project."
	toks := lexis.Tokenize(text, 0, len(text))
	nums := quantity.AppendNumbers(nil, text, toks, "en")
	var kept []string
	for _, n := range nums {
		if !conversion(toks, nums, n) {
			kept = append(kept, n.Text)
		}
	}
	if strings.Join(kept, "|") != "$12 million|$20 million" {
		t.Errorf("conversions: kept %q", kept)
	}
}

// A range is one figure, read at its upper end; the two ends of a change
// are two.
func TestRangeLowEnd(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []float64
	}{
		{"en", "Analysts expect peak annual sales of between $3 billion and $4 billion for Zorgon.", []float64{4e9}},
		{"en", "Airbus will contribute between about $12 million and $20 million to the project.", []float64{20e6}},
		{"fr", "Zorgon prévoit une hausse de ses ventes comprise entre 2 % et 3 % cette année.", []float64{3}},
		{"en", "Zorgon's revenue rose from $3 billion to $4 billion last year.", []float64{3e9, 4e9}},
		{"en", "Zorgon sold $3 billion of bonds and $4 billion of shares last year.", []float64{3e9, 4e9}},
		{"fr", "Chez Zorgon, de 8 000 à 10 000 postes sont menacés.", []float64{10000}},
		{"fr", "Les syndicats craignent la suppression d'environ 8 000 à 10 000 postes.", []float64{10000}},
		{"en", "Zorgon will cut 8,000 to 10,000 jobs.", []float64{10000}},
		{"fr", "Le nombre de salariés est passé de 8 000 à 10 000 en un an.", []float64{8000, 10000}},
		{"fr", "Le chômage a augmenté de 2 000 à 10 000 personnes.", []float64{2000, 10000}},
		{"en", "Zorgon's workforce rose from 8,000 to 10,000 last year.", []float64{8000, 10000}},
		{"en", "The Senate voted 51 to 49 on the bill.", []float64{51, 49}},
		{"en", "Zorgon hired 300 to 400 people last year.", []float64{400}},
		{"en", "Zorgon said its US sales fell 2,000 to 150,000 vehicles in July.", []float64{2000, 150000}},
		{"en", "Zorgon said its workforce grew 3,000 to 320,000 employees.", []float64{3000, 320000}},
		{"fr", "L'Union s'élargit de 27 à 28 membres.", []float64{27, 28}},
		{"fr", "L'effectif de la brigade a été porté de 120 à 150 hommes.", []float64{120, 150}},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		nums := quantity.AppendNumbers(nil, c.text, toks, c.lang)
		var got []float64
		for _, n := range nums {
			if !rangeLow(toks, nums, n) {
				got = append(got, n.Value)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: figures %v, want %v", c.text, got, c.want)
		}
	}
}

// "D'après X" cites X as the source of the figure, as "selon X" does.
func TestDapresCitesASource(t *testing.T) {
	text := "title: Test\ndate: 2021-10-05\nlang: fr\n\nD'après Pavel Durov, Telegram a gagné 70 millions d'utilisateurs lundi.\n"
	a, err := ParseArticle("x.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(&Set{Name: "x", Articles: []*Article{a}})
	for _, c := range tl.Claims {
		if c.Value == 70e6 {
			if c.Subject != "Telegram" || c.SaidBy != "Pavel Durov" {
				t.Errorf("subject %q said by %q; want Telegram said by Pavel Durov", c.Subject, c.SaidBy)
			}
			return
		}
	}
	t.Error("the 70 million claim was not read")
}

// "Mais pour la CGT, …" says whom the figure is according to: a source, not
// its subject; a statement's label names its speaker once.
func TestPourCitesAndSpeakerOnce(t *testing.T) {
	text := "title: Emploi\ndate: 2023-11-15\nlang: fr\n\n« Nous avons créé 1,2 million d'emplois depuis 2017 », a affirmé Emmanuel Macron mardi soir lors d'un déplacement à Lyon.\n\nMais pour la CGT, le nombre d'emplois créés depuis 2017 ne dépasse pas 800 000, une fois retirés les contrats aidés.\n"
	a, err := ParseArticle("x.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(&Set{Name: "x", Articles: []*Article{a}})
	seen := 0
	for _, c := range tl.Claims {
		switch {
		case c.Value == 800000:
			seen++
			if c.Subject == "CGT" && !c.Unsure || c.SaidBy != "CGT" {
				t.Errorf("800 000: subject %q (unsure %v) said by %q; want the CGT as the source, not a sure subject", c.Subject, c.Unsure, c.SaidBy)
			}
		case c.Metric == MetricEvent && c.SaidBy == "Emmanuel Macron" && c.What == "statement":
			// (his words, quoted: the figure in them is unsure, whose
			// "nous" names no organisation)
			seen++
			if strings.Count(c.Label, "Emmanuel Macron") != 1 {
				t.Errorf("label %q names the speaker more than once", c.Label)
			}
		}
	}
	if seen < 2 {
		t.Errorf("read %d of the two claims", seen)
	}
}

// A percentage's sign comes from the verb or noun of rising or falling
// before it, in any of its forms, or from the words right after it.
func TestChangeDirection(t *testing.T) {
	for _, c := range []struct {
		lang, text, want string
	}{
		{"fr", "leur niveau de vie moyen a reculé de 2,1 %", "−"},
		{"fr", "les actes antisémites ont augmenté de 46 %", "+"},
		{"fr", "une chute des ventes (15,2 % de moins pour le marché européen)", "−"},
		{"en", "Mac sales increased 22 percent", "+"},
		{"en", "shipments slumped 12% in May", "−"},
		{"en", "profits were 8% lower than a year before", "−"},
		{"en", "the unemployment rate fell to 5.0% in February", ""},
		{"fr", "le taux de chômage a reculé de 0,2 point, à 7,4 %", ""},
		{"en", "Apple holds 19 percent of the market", ""},
		{"fr", "le taux de réussite a été de 86 %", ""},
		{"en", "revenue slipped 2% in the quarter", "−"},
		{"en", "the index dipped 0.4% on Friday", "−"},
		{"en", "inflation eased 0.3% in May", "−"},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		var got string
		for _, n := range quantity.AppendNumbers(nil, c.text, toks, c.lang) {
			got = direction(toks, n.TokStart)
		}
		if got != c.want {
			t.Errorf("%q: direction %q, want %q", c.text, got, c.want)
		}
	}
}

// A date completing a noun in an opening phrase of sequence or concession
// is that earlier event's: the figure after the comma is dated otherwise.
func TestPriorEventDates(t *testing.T) {
	for _, c := range []struct {
		lang, text, date string
	}{
		{"fr", "À la suite des élections législatives de dimanche 17 juin, le gouvernement compte 38 membres.", "as of 2012-06-21"},
		{"en", "Shares of Boeing rose. Following the strikes of May 3, Boeing laid off 500 workers.", "as of 2012-06-21"},
		{"fr", "Le dimanche 17 juin, le gouvernement comptait 38 membres.", "2012-06-17"},
		{"fr", "Chez Bouygues Telecom, la direction a confirmé mardi un plan de 556 départs, tandis que SFR pourrait supprimer 1 000 postes.", "as of 2012-06-21"},
		{"en", "Shares of Apple rose. Apple's bumpers were priced at US $29 before the conference, but will be free until September 30.", "as of 2012-06-21"},
		{"fr", "En février 2009, selon France Télécom, le réseau de Minitel enregistrait encore 10 millions de connexions mensuelles sur 4 000 codes de services.", "2009-02"},
		{"en", "Shares of Boeing rose. After May 3, Boeing laid off 500 workers.", "2012-05-03"},
		{"en", "So far, Zorgair has received five orders from two customers for the Z-200 since it was announced in February 2010.", "as of 2012-06-21"},
		{"fr", "Zorgair a reçu 40 commandes depuis que l'avion a été annoncé en février 2010.", "as of 2012-06-21"},
		{"en", "Shares of Zorgon rose 5% on Monday. The Nasdaq gained 2%.", "2012-06-18"},
		{"en", "Zorgon's revenue rose 9% in the first quarter. Its net loss narrowed to 84 million euros.", "2012-01/2012-03"},
		{"en", "Zorgon's revenue rose 9% in the first quarter. Zorgon employs 5,000 people.", "as of 2012-06-21"},
		{"en", "Zorgon Motors delivered 812,000 vehicles in 2011. Sales in Europe climbed 14% to 356,000 units.", "2011"},
		{"fr", "Zorgon a transporté 98 millions de voyageurs en 2011. La ponctualité s'est améliorée à 87 %.", "2011"},
		{"en", "Zorgon expects ridership to reach 102 million in 2013. On-time performance improved to 87%.", "as of 2012-06-21"},
		{"en", "Zorgon, whose shares jumped 34% in London on Monday, said it would file for approval.", "2012-06-18"},
		{"fr", "Zorgon a perdu 38 millions d'euros en 2011, contre 11 millions l'année précédente.", "2010"},
		{"en", "Zorgon lost $38 million in 2011, compared with $11 million the previous year.", "2010"},
		{"en", "Zorgon said on Friday it would cut 2,300 jobs.", "as of 2012-06-15"},
		{"en", "Zorgland halted exports on Monday. The deal, brokered by Zorgonia in July 2010, allowed Zorgland to export 33 million tonnes of grain.", "as of 2012-06-21"},
		{"fr", "Le groupe Zorgon, qui avait fermé une usine en 2009, emploie 8 000 salariés.", "as of 2012-06-21"},
		{"en", "Zorgland halted exports on Monday. Before the war, Zorgland shipped about 45 million tonnes of grain a year.", "as of 2012-06-21"},
		{"fr", "Zorgon a annoncé vendredi qu'il supprimera 2 300 emplois.", "as of 2012-06-15"},
		{"en", "Shares of Zorgon rose 5% on Monday. The Nasdaq is up 2%.", "as of 2012-06-21"},
	} {
		var got string
		if dates := figureDates(buildText(t, c.lang, "2012-06-21", c.text)); len(dates) > 0 {
			got = dates[len(dates)-1]
		}
		if got != c.date {
			t.Errorf("%q: figure dated %q, want %q", c.text, got, c.date)
		}
	}
}

// A figure is read from its clause even when the tagger alone misreads the
// verb ("employs" as a plural noun) or the counted thing is a product's
// name in the plural.
func TestClauseReadings(t *testing.T) {
	for _, c := range []struct {
		text, subject, measure string
	}{
		{"Shares of Opel rose. In Germany, Opel employs 54,000 people.", "Opel", "people employ"},
		{"The company employs 54,000 people, Opel said.", "", "people employ"},
		{"Shares of Apple rose. Jobs said Apple sold 13.7 million Macs last year.", "Apple", "mac sold"},
		{"Airbus has a previous order for 2 of Airbus' new A380s.", "", ""},
		// "expects" is no participle of "the company": the company is
		// the one that cuts, not the man who says so.
		{"Zorgbus will restructure. Jean Zorg, the Zorgbus chief executive, said the company expects to cut 4,300 jobs.", "Zorgbus", "cut job"},
		// The name a complement's noun phrase opens with, right before
		// the figure, owns it; the clause's subject only asks about it.
		{"The Zorg Accountability Office on June 18 called for a re-run of the bidding for the U.S. Air Force $40 billion tanker contract.", "Air Force", "tanker contract ($)"},
		// A central bank is a body, not its nationality's adjective.
		{"The French central bank raised its key interest rate to 4.25% on Thursday.", "The French central bank", "interest rate (%)"},
		// Near misses: a name before a count is no owner; an infinitive's
		// object is not the next clause's subject.
		{"Zorgon sold to the Zorgia Pension Fund 2 million shares on Monday.", "Zorgon", "share"},
		{"In a bid to save money the council closed three libraries on Tuesday.", "the council", "library"},
		// An adjective standing for people is what a number counts.
		{"The number of unemployed fell by 45,000 in February.", "", "unemployed fall"},
		// A name is no measure, even where the tagger read a noun.
		{"Zorgcorp is a software company. Zorgcorp acquired Zorgon in 2019 for $1.2 billion.", "Zorgcorp", "price ($)"},
		// A fine is the fined one's, not the regulator's.
		{"The European Commission fined Zorgon €1.8 billion on Wednesday for abusing its dominant position.", "Zorgon", "fine (€)"},
		{"The competition authority fined the carmaker Zorgmotors €45 million on Monday.", "Zorgmotors", "fine (€)"},
		{"Zorgon faces a probe. On Monday the regulator fined it €45 million for misleading customers.", "Zorgon", "fine (€)"},
	} {
		tl := buildText(t, "en", "2010-10-20", c.text)
		var got *Claim
		for i := range tl.Claims {
			if tl.Claims[i].HasValue {
				got = &tl.Claims[i]
			}
		}
		switch {
		case got == nil && c.measure != "":
			t.Errorf("%q: no figure read", c.text)
		case got != nil && c.measure == "" && got.Measure == "airbus":
			t.Errorf("%q: a name ending in s read as a plural: %q", c.text, got.Measure)
		case got != nil && c.measure != "" && (got.Measure != c.measure || c.subject != "" && got.Subject != c.subject):
			t.Errorf("%q: subject %q, measure %q; want %q, %q", c.text, got.Subject, got.Measure, c.subject, c.measure)
		}
	}
}

// People are counted by what happened to them.
func TestPeopleCountedByTheirVerb(t *testing.T) {
	for _, c := range []struct {
		lang, text, measure string
	}{
		{"fr", "Le Nigeria a connu un attentat dans lequel au moins quinze personnes ont perdu la vie.", "personne perdu"},
		{"fr", "Le gouvernement japonais a évacué 80 000 personnes.", "personne evacue"},
		{"fr", "La préfecture du Rhône a indiqué que 80 000 personnes ont été évacuées.", "personne evacue"},
		{"en", "The Japanese government evacuated 80,000 people.", "people evacuated"},
		{"en", "Toyota said 9 people were injured.", "people injured"},
	} {
		tl := buildText(t, c.lang, "2012-06-05", c.text)
		got := ""
		for _, cl := range tl.Claims {
			if cl.HasValue {
				got = cl.Measure
			}
		}
		if got != c.measure {
			t.Errorf("%q: measure %q, want %q", c.text, got, c.measure)
		}
	}
}

// A name the text cites as its source is not what a figure is about.
func TestCitedNames(t *testing.T) {
	for _, c := range []struct {
		text string
		name string
		want bool
	}{
		{"Selon un rapport établi par l'INSEE, les revenus ont baissé.", "INSEE", true},
		{"D'après le ministère de l'Intérieur, les actes ont augmenté.", "ministère", true},
		{"According to NPD Group, iTunes passed Wal-Mart.", "NPD", true},
		{"Selon lui, Apple a vendu 3 millions d'iPhone.", "Apple", false},
		{"Apple a vendu 3 millions d'iPhone selon Gartner.", "Apple", false},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		got, found := false, false
		for k, tk := range toks {
			if tk.Text == c.name {
				got, found = citedAt(toks, k), true
			}
		}
		if !found || got != c.want {
			t.Errorf("%q: %s cited %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// An amount for each thing is a price per thing; a share continuing the
// figure before it keeps what it is a share of.
func TestPerAndContinuedShares(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		measure string
	}{
		{"Boeing says the airlines pay 200 million dollars per aircraft.", 2e8, "price per aircraft ($)"},
		{"Boeing says they have 800 orders at 200 million per aircraft.", 2e8, "price per aircraft"},
		{"Zorgon said music videos will be available at its store for $1.99 each.", 1.99, "price ($)"},
		{"In the last quarter, Apple's Mac sales increased 22 percent, comprising 24 percent of total revenue for Apple.", 24, "revenue share (%)"},
	} {
		tl := buildText(t, "en", "2010-10-20", c.text)
		got := "(none)"
		for _, cl := range tl.Claims {
			if cl.HasValue && cl.Value == c.value {
				got = cl.Measure
			}
		}
		if got != c.measure {
			t.Errorf("%q: measure %q, want %q", c.text, got, c.measure)
		}
	}
	// The label says for each what.
	tl := buildText(t, "en", "2010-10-20", "Zorgon sold 3 million phones at $199 per phone.")
	if got := figuresOf(tl, 199); len(got) != 1 || got[0].Label != "Zorgon: $199 per phone" {
		t.Errorf("per phone: %v", got)
	}
}

// Figures coordinated in one clause measure the same thing, each with its
// own date; a figure given "au lieu de" another is the one it replaces, of
// the same period, and no conflict with it.
func TestCoordinatedAndReplacedFigures(t *testing.T) {
	text := "title: Test\ndate: 2012-07-04\nlang: fr\n\nLe premier ministre a affirmé que le gouvernement ne prévoit plus qu'une croissance de 0,3 % pour 2012 (au lieu de 0,7 %) et de 1,2 % pour 2013 (au lieu de 1,7 %).\n"
	a, err := ParseArticle("x.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(&Set{Name: "x", Articles: []*Article{a}})
	want := map[float64]string{0.3: "croissance (%) 2012", 0.7: "croissance (%), remplacé 2012", 1.2: "croissance (%) 2013", 1.7: "croissance (%), remplacé 2013"}
	for _, c := range tl.Claims {
		if w, ok := want[c.Value]; ok {
			if got := c.Measure + " " + c.Date.String(); got != w {
				t.Errorf("%v: %q, want %q", c.Value, got, w)
			}
			delete(want, c.Value)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
	for _, e := range tl.Events {
		if len(e.Conflicts) > 0 {
			t.Errorf("event %q: conflicts %v", e.Label, e.Conflicts)
		}
	}
}

// A model's number after its maker's possessive is no count.
func TestModelNumbersAfterPossessive(t *testing.T) {
	tl := buildText(t, "en", "2005-06-13", "Qatar Airways, which chose the Airbus A350 over Boeing's 787, will also purchase 20 of Boeing's larger 777 planes for $4.6 billion.")
	for _, c := range tl.Claims {
		if c.HasValue && (c.Value == 777 || c.Value == 787) {
			t.Errorf("model number read as a figure: %q", c.Label)
		}
	}
}

// A count of members completing a noun is that body's, and the parts of a
// figure listed in brackets after it are its subject's.
func TestHoldersAndParts(t *testing.T) {
	tl := buildText(t, "fr", "2012-06-21", "Le premier ministre Antonis Samaras a dévoilé la constitution du nouveau gouvernement de coalition de 38 membres (17 ministres, 14 secrétaires d'État et 7 vices-ministres).")
	want := map[float64]bool{38: true, 17: true, 14: true, 7: true}
	for _, c := range tl.Claims {
		if want[c.Value] {
			if c.Subject != "nouveau gouvernement de coalition" {
				t.Errorf("%v %s: subject %q", c.Value, c.Measure, c.Subject)
			}
			delete(want, c.Value)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
	// Not an action's object: "la suppression de 3 000 emplois" is no body.
	for _, c := range buildText(t, "fr", "2012-06-21", "PSA a annoncé la suppression de 3 000 emplois.").Claims {
		if c.Value == 3000 && c.Subject != "PSA" {
			t.Errorf("3000 emplois: subject %q, want PSA", c.Subject)
		}
	}
}

// The set's main organisation is not the subject of an article that never
// names it.
func TestSetFocusStaysInItsArticles(t *testing.T) {
	a1, _ := ParseArticle("a.txt", []byte("title: Zoom\ndate: 2020-04-23\nlang: en\n\nZoom said it has 300 million daily users. Zoom shares rose.\n"), false)
	a2, err := ParseArticle("b.txt", []byte("title: Chômage\ndate: 2023-11-15\nlang: fr\n\nLe taux de chômage a reculé de 0,2 point au troisième trimestre, à 7,4 % de la population active.\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Build(&Set{Name: "x", Articles: []*Article{a1, a2}}).Claims {
		if c.ArticleName == "b.txt" && c.Subject == "Zoom" {
			t.Errorf("b.txt: %q is about Zoom", c.Label)
		}
	}
}

// Everyday market and company news, read as a reader would: the index that
// fell, the company that said it, the country a rate is of.
func TestEverydayNews(t *testing.T) {
	for _, c := range []struct {
		lang, text      string
		value           float64
		subject, saidBy string
	}{
		{"en", "The S&P 500 fell 1.95% on Monday, while the Dow Jones Industrial Average lost 1.3%.", 1.95, "S&P 500", ""},
		{"en", "Germany's unemployment rate fell to 5.0% in February, the Federal Labour Office said on Wednesday.", 5, "Germany", "Federal Labour Office"},
		{"en", "Shares of Tesla rose. Tesla delivered 180,570 vehicles in the fourth quarter, the company said on Saturday.\n\nAmazon will hire 100,000 workers in the US, the company said on Tuesday.", 100000, "Amazon", "Amazon"},
		{"fr", "Renault a annoncé jeudi la suppression de 4 600 postes. Le taux de chômage a atteint 9 % en France au troisième trimestre.", 9, "France", ""},
		{"fr", "L'Assemblée nationale a adopté mercredi le projet de loi par 302 voix contre 250.", 302, "Assemblée nationale", ""},
		{"en", "Boeing cut 12,000 jobs last year, its chief executive Dave Calhoun said in an interview.", 12000, "Boeing", "Dave Calhoun"},
		{"en", "Revenue grew 14% to $9.23 billion, Uber said.", 14, "Uber", "Uber"},
		{"en", "Standard & Poor's said its index, the S&P 500, fell 1.95% on Monday.", 1.95, "S&P 500", "Standard & Poor's"},
		{"en", "Shares of Opel fell. Opel, which employs about 54,000 people in Europe, announced the closure of its Antwerp plant.", 54000, "Opel", ""},
		{"fr", "Les Libyens élisent un Congrès national général de 200 membres.", 200, "Congrès national général", ""},
		{"en", "Italy reported 627 deaths on Friday, the highest daily toll since the outbreak began.", 627, "Italy", ""},
		{"fr", "Le Tour de France s'est élancé samedi de Vendée avec 176 coureurs.", 176, "Tour de France", ""},
		{"fr", "TotalEnergies a dégagé un bénéfice net de 6,6 milliards de dollars au troisième trimestre.", 6.6e9, "TotalEnergies", ""},
		{"en", "The Bank of England held interest rates at 4.5% on Thursday.", 4.5, "Bank of England", ""},
		// A group named by a common noun is the subject of its own clause.
		{"fr", "Sur le réseau de Zorgon, la hausse atteint 1,2 %. Les sociétés concessionnaires ont encaissé 11,2 milliards d'euros de recettes en 2011.", 11.2e9, "Les sociétés concessionnaires", ""},
		// French bodies' names go on in lower case to the name they are of.
		{"fr", "Le Syndicat des eaux de la Vienne a perdu 300 abonnés en 2011.", 300, "Syndicat des eaux de la Vienne", ""},
		{"fr", "La Société minière du Nord a produit 2,1 millions de tonnes de nickel en 2011.", 2.1e6, "Société minière du Nord", ""},
		{"fr", "La région Pays de la Loire a investi 367 millions d'euros en 2011.", 367e6, "Pays de la Loire", ""},
		{"en", "Airbus delivered 863 aircraft in 2019, a record, the company said in January.", 863, "Airbus", "Airbus"},
		{"fr", "Le constructeur automobile Renault a vendu 2,2 millions de véhicules. Son directeur général, Luca de Meo, a indiqué que la marge opérationnelle atteignait 7,9 %.", 7.9, "Renault", "Luca de Meo"},
		{"fr", "La tempête Ciaran a balayé la Bretagne jeudi, privant d'électricité 1,2 million de foyers.", 1.2e6, "Ciaran", ""},
		{"en", "Storm Zelda swept across Iowa on Thursday, leaving more than 200,000 homes without electricity.", 200000, "Storm Zelda", ""},
		{"fr", "Le ministère de l'Intérieur a compté 1,28 million de manifestants mardi.", 1.28e6, "ministère de l'Intérieur", ""},
		{"en", "The Zorgon Reserve held rates on Wednesday. U.S. consumer prices rose 3.1% in November.", 3.1, "U.S.", ""},
		{"en", "The agreement allowed Zorgland to export nearly 33 million tonnes of grain.", 33e6, "Zorgland", ""},
		{"en", "Novalink, the Nordic telecoms group, said on Monday it would cut 300 jobs.", 300, "Novalink", "Novalink"},
		{"fr", "À Paris, le prix moyen du mètre carré s'établit à 9 480 euros.", 9480, "Paris", ""},
		{"fr", "Le chômage en Espagne a reculé à 11 % au premier trimestre.", 11, "Espagne", ""},
		{"en", "The International Organization for Migration counted 3,000 deaths on Monday.", 3000, "International Organization for Migration", ""},
		{"fr", "La coopérative Zorgagri, filiale du groupe Agralia, a indiqué avoir collecté 420 000 tonnes de blé cette année.", 420000, "Zorgagri", "Zorgagri"},
		{"fr", "L'accord a permis à la Zorglande d'exporter 33 millions de tonnes de céréales.", 33e6, "Zorglande", ""},
		{"en", "The Zorgon Space Agency launched a probe on Sunday. The agency has spent $2 billion on the mission.", 2e9, "Zorgon Space Agency", ""},
		{"en", "The Zorgon Reserve held rates on Wednesday. UK inflation fell to 4% in May.", 4, "UK", ""},
		{"fr", "Le Zorgon FC a été sacré champion dimanche. Le club a vendu 45 000 abonnements cette saison.", 45000, "Zorgon FC", ""},
		{"fr", "Zorgon a annoncé mardi un plan social. L'entreprise emploie 300 personnes en France.", 300, "Zorgon", ""},
		{"en", "Zorgon was founded in 1997. The company has 300 employees.", 300, "Zorgon", ""},
		{"en", "Zorgair will also purchase 20 of Zorgon's larger 777 planes.", 20, "Zorgair", ""},
		{"en", "The Zorgon Alliance secured 17 of the 63 seats in Saturday's election.", 17, "Zorgon Alliance", ""},
		// a French body's name goes on in lower case
		{"fr", "Pôle emploi recensait fin septembre 3,1 millions de demandeurs d'emploi sans activité.", 3.1e6, "Pôle emploi", ""},
		// "it" after a sentence that opens with a name behind its adjective
		// ("The new Zorgphone"), past the quote that closed that sentence
		{"en", "In April, the blog Blipmodo obtained a prototype of the phone on Monday. The new Zorgphone was praised by Jobs as \" the biggest leap. \" It sold 2 million units in a week.", 2e6, "Zorgphone", ""},
		{"fr", "Air France a dû annuler 340 vols jeudi.", 340, "Air France", ""},
		{"fr", "Trois rames de Zorgrail ont essuyé des coups de feu dimanche soir.", 3, "Zorgrail", ""},
		{"fr", "L'ONG Zorg Rights Watch a publié mardi un rapport de 81 pages.", 81, "Zorg Rights Watch", ""},
		{"fr", "L'économie allemande s'est contractée de 0,3 % au quatrième trimestre.", 0.3, "Allemagne", ""},
		{"en", "The German economy shrank 0.3% in the fourth quarter.", 0.3, "Germany", ""},
		{"en", "The Israeli military said it had struck 450 targets over the past day.", 450, "The Israeli military", "Israeli military"},
		{"fr", "L'armée israélienne a affirmé avoir frappé 450 cibles en une journée.", 450, "L'armée israélienne", "armée israélienne"},
		{"fr", "Zorgauto a vendu 2,2 millions de véhicules en 2023. Ses ventes en Europe ont progressé de 11 %.", 11, "Zorgauto", ""},
		{"en", "Zorgair fell 1% on Monday. Zorgair shares rose 2% on Tuesday. Blipco recalled 2 million cars. The company employs about 140,000 people.", 140000, "Blipco", ""},
		{"en", "Zorgair fell 1% on Monday. Zorgair shares rose 2% on Tuesday. Blipco recalled 2 million cars. Its shares have lost 30% this year.", 30, "Blipco", ""},
		{"en", "Some 300 employees of Zorgon were laid off on Monday.", 300, "Zorgon", ""},
		{"en", "Halvern, whose shares jumped 34% in London, said it would file for approval.", 34, "Halvern", ""},
		{"en", "The European Union and Norway agreed on Tuesday to cut the cod quota by 20%.", 20, "European Union and Norway", ""},
	} {
		found := figuresOf(buildText(t, c.lang, "2021-01-05", c.text), c.value)
		for _, cl := range found {
			if cl.Subject != c.subject || cl.SaidBy != c.saidBy || cl.Unsure {
				t.Errorf("%v: subject %q, said by %q, unsure %v; want %q, %q", c.value, cl.Subject, cl.SaidBy, cl.Unsure, c.subject, c.saidBy)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
}

// Rates moved or set by a body: the figure measures the thing the verb
// moves, with what it is of; an index keeps its number in its name; a label keeps its decimals.
func TestRatesAndIndexes(t *testing.T) {
	for _, c := range []struct {
		lang, text       string
		value            float64
		subject, measure string
	}{
		{"en", "The European Central Bank raised its key interest rate by 0.25 percentage points to 3.25% on Thursday.", 3.25, "European Central Bank", "interest rate (%)"},
		{"en", "The European Central Bank raised its key interest rate by 0.25 percentage points to 3.25% on Thursday.", 0.25, "European Central Bank", "interest rate (points)"},
		{"fr", "La Banque centrale européenne a relevé jeudi ses taux directeurs de 0,25 point.", 0.25, "Banque centrale européenne", "taux directeur (points)"},
		// (and the object's complements: what it is of, where or for when)
		{"en", "The Zorg Central Bank lowered its growth forecast for 2024 to 0.8%.", 0.8, "Zorg Central Bank", "growth forecast (%)"},
		{"en", "Zorgon increased its stake in Blorp to 25%.", 25, "Zorgon", "stake (%)"},
		{"fr", "La Banque de Zorgonie a ramené sa prévision de croissance pour 2024 à 0,8 %.", 0.8, "Banque de Zorgonie", "prevision de croissance (%)"},
		{"fr", "Zorgon a porté sa participation dans Blorp à 25 %.", 25, "Zorgon", "participation (%)"},
		{"en", "Zorgon said its third-quarter revenue fell 42% to $13.2 billion.", 13.2e9, "Zorgon", "revenue ($)"},
		{"en", "Zorgon said its third-quarter revenue fell 42% to $13.2 billion.", 42, "Zorgon", "revenue (%)"},
		{"en", "Researchers at the University of Oxford said the vaccine was 76% effective against severe disease.", 76, "University of Oxford", "effective (%)"},
		{"en", "Elon Musk sold $6.9 billion worth of Zorgon shares last week.", 6.9e9, "Elon Musk", "share ($)"},
		{"en", "The Zorg Court agreed on Monday to hear the case. Blipco will cut 2,000 jobs. Shares of the company closed up 3.1% at 112.40 euros.", 3.1, "Blipco", "share (%)"},
		{"en", "The Zorg Court agreed on Monday to hear the case. Blipco will cut 2,000 jobs. Shares of the company closed up 3.1% at 112.40 euros.", 112.4, "Blipco", "share (€)"},
		{"fr", "Le CAC 40 a clôturé en hausse de 1,5 % vendredi.", 1.5, "CAC 40", "hausse (%)"},
	} {
		tl := buildText(t, c.lang, "2023-05-12", c.text)
		found := false
		for _, cl := range tl.Claims {
			if cl.HasValue && cl.Value == c.value {
				found = true
				if cl.Subject != c.subject || cl.Measure != c.measure {
					t.Errorf("%q %v: subject %q, measure %q; want %q, %q", c.text, c.value, cl.Subject, cl.Measure, c.subject, c.measure)
				}
			} else if !cl.HasValue && strings.HasSuffix(cl.Label, " 0") {
				t.Errorf("%q: event label cut at a decimal: %q", c.text, cl.Label)
			}
		}
		if !found {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
}

// A distance that locates something, and a length that describes a
// thing's design, are not figures of news; a distance travelled is.
// Both ends of a range of lengths or capacities describe the design.
func TestDesignRangesBothEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		rule func([]lexis.Token, quantity.NumberExpr) bool
	}{
		{"It will have a range of 3,500 to 8,500 nautical miles.", dimension},
		{"It will seat 200 to 300 people.", capacity},
		{"capable of holding 500 and 1,000 songs", capacity},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		for _, n := range quantity.AppendNumbers(nil, c.text, toks, "en") {
			if !c.rule(toks, n) {
				t.Errorf("%q: %s not read as the design's", c.text, n.Text)
			}
		}
	}
}

func TestLocatingAndDesignLengths(t *testing.T) {
	rules := map[string]func([]lexis.Token, quantity.NumberExpr) bool{"locating": locating, "dimension": dimension, "capacity": capacity, "margin": marginOfError, "variants": variants}
	for _, c := range []struct {
		rule, lang, text string
		want             bool
	}{
		{"locating", "en", "the first image of a black hole, 55 million light-years from Earth", true},
		{"locating", "fr", "un village situé à 30 km de Paris", true},
		{"locating", "en", "the plane flew 8,000 km on its maiden flight", false},
		{"locating", "fr", "la fusée a parcouru 400 km en dix minutes", false},
		{"locating", "en", "The chamber counts 40 suppliers within 30 miles of the site.", true},
		{"locating", "fr", "40 fournisseurs dans un rayon de 30 km autour du site", true},
		{"dimension", "en", "Each ship will be 299 metres long.", true},
		{"dimension", "en", "The terminal is 60 metres wide.", true},
		{"dimension", "fr", "Le pont, long de 1 200 mètres, a été inauguré.", true},
		{"dimension", "fr", "La tour mesure 80 mètres de haut.", true},
		{"dimension", "en", "The A380 has a range of 8,870 nautical miles.", true},
		{"dimension", "en", "the plane flew 8,000 km on its maiden flight", false},
		{"dimension", "fr", "la fusée a parcouru 400 km en dix minutes", false},
		{"dimension", "fr", "Le mont Zorg culmine à 4 465 mètres.", true},
		{"dimension", "en", "The peak culminates at 2,300 metres.", true},
		{"dimension", "fr", "Le cours a grimpé à 4 465 points.", false},
		{"margin", "fr", "Ce sondage, qui possède une marge d'erreur de 6 %, révèle que 87 % ont confiance.", true},
		{"margin", "en", "The poll has a margin of error of 3 percentage points.", true},
		{"margin", "fr", "La marge opérationnelle a atteint 6 %.", false},
		{"capacity", "en", "It will seat 200 to 300 people.", true},
		{"capacity", "en", "The iPod comes in two sizes, capable of holding 500 and 1,000 songs.", true},
		{"capacity", "fr", "un stade d'une capacité de 40 000 places", true},
		{"capacity", "en", "The airline carried 4.5 million passengers in January.", false},
		{"capacity", "en", "The freighter will carry 150 tons of cargo 5,600 miles.", true},
		{"capacity", "fr", "L'appareil peut transporter 80 passagers.", true},
		{"capacity", "fr", "La compagnie a transporté 80 000 passagers en mai.", false},
		{"variants", "en", "The new plane will initially be sold in two versions.", true},
		{"variants", "fr", "Le téléphone est disponible en trois couleurs.", true},
		{"variants", "en", "Zorgon sold 300 cars in two weeks.", false},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		got := false
		for _, n := range quantity.AppendNumbers(nil, c.text, toks, c.lang) {
			got = got || rules[c.rule](toks, n)
		}
		if got != c.want {
			t.Errorf("%q: %s %v, want %v", c.text, c.rule, got, c.want)
		}
	}
}

// An event's label keeps its object when the date stands right after the
// verb, and leaves the date out.
func TestEventLabelsAroundDates(t *testing.T) {
	for _, c := range []struct {
		lang, text, label string
	}{
		{"fr", "Un incendie a ravagé lundi soir la cathédrale Notre-Dame de Paris.", "Un incendie a ravagé la cathédrale Notre-Dame de Paris"},
		{"en", "Astronomers unveiled on Wednesday the first image of a black hole.", "Astronomers unveiled the first image of a black hole"},
		{"fr", "Le Parlement zorglandais a adopté mardi soir la réforme des retraites.", "Parlement zorglandais a adopté la réforme des retraites"},
		// (a rate raised by 0.25 point is the figure's claim: no event
		// beside it, see TestLeadEventBesideFigure)
	} {
		tl := buildText(t, c.lang, "2019-04-16", c.text)
		var labels []string
		for _, cl := range tl.Claims {
			labels = append(labels, cl.Label)
		}
		if !slices.Contains(labels, c.label) {
			t.Errorf("%q: labels %q, want %q", c.text, labels, c.label)
		}
	}
}

// The words that report a figure are no event beside it.
func TestReportingVerbBesideItsFigure(t *testing.T) {
	for _, c := range buildText(t, "en", "2020-03-20", "Unemployment claims jumped to 281,000 last week, the Labor Department said on Thursday.").Claims {
		if c.Metric == MetricEvent && c.What == "said" {
			t.Errorf("an event beside the figure it reports: %q", c.Label)
		}
	}
}

// buildText builds the timeline of one article of text in lang, published
// on date.
func buildText(t *testing.T, lang, date, text string) *Timeline {
	t.Helper()
	a, err := ParseArticle("x.txt", []byte("title: Test\ndate: "+date+"\nlang: "+lang+"\n\n"+text+"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	return Build(&Set{Name: "x", Articles: []*Article{a}})
}

// figureDates returns the dates of tl's figures in order, "as of …" for
// those dated by their statement or publication.
func figureDates(tl *Timeline) []string {
	var out []string
	for _, cl := range tl.Claims {
		if cl.HasValue {
			d := cl.Date.String()
			if cl.AsOf {
				d = "as of " + d
			}
			out = append(out, d)
		}
	}
	return out
}

// figuresOf returns tl's figures of value v.
// eachFigure builds a one-article timeline of text and calls check on
// each claim of figure value; the figure must be read.
func eachFigure(t *testing.T, lang, date, text string, value float64, check func(Claim)) {
	t.Helper()
	found := figuresOf(buildText(t, lang, date, text), value)
	if len(found) == 0 {
		t.Errorf("%q: %v not read", text, value)
	}
	for _, c := range found {
		check(c)
	}
}

// figureCase is a figure a one-article text must yield: its subject,
// measure and speaker when given ("-" for no speaker), and put on the
// timeline when sure is true.
type figureCase struct {
	lang, text               string
	value                    float64
	subject, measure, saidBy string
	sure                     bool
}

// checkFigures builds each case's text, published on pub, and checks the
// figures of its value.
func checkFigures(t *testing.T, pub string, cases []figureCase) {
	t.Helper()
	for _, c := range cases {
		eachFigure(t, c.lang, pub, c.text, c.value, func(cl Claim) {
			said := cl.SaidBy
			if said == "" {
				said = "-"
			}
			if c.subject != "" && cl.Subject != c.subject || c.measure != "" && cl.Measure != c.measure ||
				c.saidBy != "" && said != c.saidBy || c.sure && cl.Unsure {
				t.Errorf("%q: %v: subject %q, measure %q, said by %q, unsure %v; want %q, %q, %q, sure %v",
					c.text, c.value, cl.Subject, cl.Measure, said, cl.Unsure, c.subject, c.measure, c.saidBy, c.sure)
			}
		})
	}
}

func figuresOf(tl *Timeline, v float64) []Claim {
	var out []Claim
	for _, cl := range tl.Claims {
		if cl.HasValue && cl.Value == v {
			out = append(out, cl)
		}
	}
	return out
}

// A public measure a preposition's phrase completes ("Turnout in the 2021
// election") is the phrase's head: no organisation's, whatever the article
// is about.
func TestPublicMeasureBeforeAPhrase(t *testing.T) {
	tl := buildText(t, "en", "2024-05-16", "The Zorgon Party will hold its congress on May 2. Turnout in the 2021 election was 46.6%.")
	for _, c := range figuresOf(tl, 46.6) {
		if c.Subject == "Zorgon Party" || !strings.HasPrefix(c.Measure, "turnout") {
			t.Errorf("46.6%%: subject %q, measure %q; want no organisation's turnout", c.Subject, c.Measure)
		}
	}
	// (and a copula right before a percentage states a level, no change)
	for _, c := range figuresOf(buildText(t, "en", "2024-05-16", "Turnout at the last election, in 2021, was 46.6%."), 46.6) {
		if strings.HasPrefix(c.Measure, "change") || c.Unit == "+%" || c.Unit == "−%" {
			t.Errorf("46.6%%: measure %q, unit %q; a copula states no change", c.Measure, c.Unit)
		}
	}
}

// A statistics office is the source of the figures it publishes, never what
// they are about, though it is the organisation the article names most: by
// its own name or the longer one its abbreviation stands for.
func TestStatisticsOfficeOwnsNoFigure(t *testing.T) {
	for _, text := range []string{
		"Le taux de chômage a atteint 7,6 % au quatrième trimestre, selon l'Institut national de la statistique et des études économiques (Zinsee). " +
			"Il reste inférieur à son niveau d'avant la crise sanitaire, qui s'élevait à 8,2 % fin 2019. Le Zinsee publiera ses chiffres le 15 mai.",
		"Le taux de chômage a atteint 7,6 % au quatrième trimestre, selon Zorgostat. Il reste inférieur à son niveau d'avant la crise sanitaire, " +
			"qui s'élevait à 8,2 % fin 2019. Zorgostat publiera ses chiffres le 15 mai. Zorgostat a changé de directeur.",
	} {
		for _, c := range figuresOf(buildText(t, "fr", "2024-02-13", text), 8.2) {
			if !c.Unsure {
				t.Errorf("8,2 %%: subject %q on the timeline; a statistics office owns no figure", c.Subject)
			}
		}
	}
}

// A figure no entity of the article is named for stays searchable, marked
// unsure and off the timeline, with a label of its own words.
func TestSubjectlessFiguresStaySearchable(t *testing.T) {
	tl := buildText(t, "fr", "2022-11-04", "Le chômage a baissé de 0,3 point au troisième trimestre, à 7,3 % de la population active, selon l'Insee.")
	found := false
	for _, c := range tl.Claims {
		if c.HasValue && c.Value == 7.3 {
			found = true
			if !c.Unsure || c.Subject != "" || strings.HasPrefix(c.Label, " ") || strings.HasPrefix(c.Label, ":") {
				t.Errorf("7.3%%: unsure %v, subject %q, label %q", c.Unsure, c.Subject, c.Label)
			}
		}
	}
	if !found {
		t.Error("the 7.3% figure is not kept for search")
	}
	for _, e := range tl.Events {
		if e.Subject == "" && e.Metric != MetricEvent {
			t.Errorf("a figure without subject on the timeline: %q", e.Label)
		}
	}
}

// Reported speech without quotation marks is never labelled as a quote, and
// "would" in it points to the future of the statement.
func TestReportedSpeechWithoutQuotes(t *testing.T) {
	tl := buildText(t, "en", "2016-06-24", "Prime Minister David Cameron announced on Friday that he would resign by October.")
	resign := false
	for _, c := range tl.Claims {
		if strings.ContainsAny(c.Label, "“”") {
			t.Errorf("a label quotes words the text does not: %q", c.Label)
		}
		if c.What == "resign" {
			resign = true
			if got := c.Date.String(); got != "2016-10" {
				t.Errorf("resign dated %s, want 2016-10", got)
			}
		}
	}
	if !resign {
		t.Error("the resignation is not read")
	}
}

// An address's numbers (street number, postal code) are not figures.
func TestAddressesAreNotFigures(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"fr", "L'association tient son assemblée à la Zorgon School, au 6 rue Georges Auric, 75019 Paris, et accueille 300 élèves.", 75019},
		{"fr", "L'association tient son assemblée au 6 rue Georges Auric et accueille 300 élèves.", 6},
		{"fr", "Les inscriptions ont lieu aux Epis, 4 bis, avenue du Général de Gaulle, qui accueille 300 élèves.", 4},
	} {
		for _, cl := range figuresOf(buildText(t, c.lang, "2012-11-06", c.text), c.value) {
			t.Errorf("%q: %v read as a figure (%q)", c.text, c.value, cl.Label)
		}
	}
}

// A figure's label says what it is: a price "will cost" is a price, and an
// approximation ("in the region of") is not what the figure measures; a
// currency code is never its subject.
func TestFigureLabelsSayWhatItIs(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		label      string
	}{
		{"en", "The Zorgon Nano comes in two sizes and will cost $199 and $249 USD respectively.", 199, "Zorgon Nano price: $199"},
		{"en", "The Zorgon Nano comes in two sizes and will cost $199 and $249 USD respectively.", 249, "Zorgon Nano price: $249"},
		{"en", "Zorgair has 840 orders, making the 787 worth in the region of US$140bn.", 140e9, "Zorgair value: $140 billion"},
		{"en", "The ten-year Zorgland Treasury yield fell to 4.02%.", 4.02, "Zorgland Treasury yield: 4.02%"},
		{"en", "The Zorgland central bank set its rate at 0.1%, up from -0.1%.", -0.1, "The Zorgland central bank rate: -0.1%"},
		// What was done to what the figure counts, in the source's words.
		{"en", "Zorgon cut 250 jobs on Monday.", 250, "Zorgon cut 250 jobs"},
		{"en", "Zorgon could cut up to 2,000 jobs, the union warned on Tuesday.", 2000, "Zorgon could cut up to 2,000 jobs"},
		{"fr", "Zorgon va supprimer 250 emplois d'ici 2026.", 250, "Zorgon va supprimer 250 emplois"},
		{"fr", "Le groupe Zorgon emploie 3 000 salariés en France.", 3000, "Zorgon emploie 3 000 salariés"},
		// "Revenue at X": what moved, at the business it is of.
		{"en", "Revenue at Zorgon rose 5% to $2 billion in 2011.", 5, "Zorgon revenue: +5%"},
		{"en", "Sales at the Zorgon group fell 3% in the first quarter.", 3, "Zorgon sales: −3%"},
		// "le budget de la ville, qui s'élève à": what the pronoun stands for.
		{"fr", "Le conseil de Zorgville a adopté lundi le budget 2012 de la ville, qui s'élève à 318 millions d'euros.", 318e6, "conseil de Zorgville budget : 318 millions €"},
		// "Le budget 2025 de la ville": the budget, of its year.
		{"fr", "Le budget 2012 de la ville de Zorgville s'élève à 318 millions d'euros.", 318e6, "Zorgville budget : 318 millions €"},
		// Areas, and what they are the area of.
		{"en", "Zorgon opened a 500,000 square foot data center in 2011.", 500000, "Zorgon data center: 500,000 sq ft"},
		{"fr", "Zorgon a ouvert un entrepôt de 40 000 mètres carrés en 2011.", 40000, "Zorgon entrepôt : 40\u202f000 m²"},
		{"fr", "Zorgon a réalisé un chiffre d'affaires de 3,2 milliards d'euros en 2011.", 3.2e9, "Zorgon chiffre d'affaires : 3,2 milliards €"},
		// A speed in km/h or mph is of what the figure completes.
		{"en", "The hurricane made landfall near Zorgport on Thursday with winds of 150 mph.", 150, "The hurricane winds: 150 mph"},
		{"fr", "La tempête a balayé la Zorgagne mardi avec des rafales de 150 km/h.", 150, "La tempête rafales : 150 km/h"},
		// People are labelled with what happened to them.
		{"en", "The Zorgon ferry sank on Monday. At least 12 people were killed, Zorgon said.", 12, "Zorgon ferry: at least 12 people killed"}, // (the sinking's dead, not the company's that tells them)
		// A base set against a figure is in its money and measures the same.
		{"fr", "Zorgon a perdu 38 millions d'euros en 2011, contre 11 millions l'année précédente.", 11e6, "Zorgon perte : 11 millions €"},
		{"en", "Zorgon lost $38 million in 2011, compared with $11 million the previous year.", 11e6, "Zorgon loss: $11 million"},
		{"en", "Zorgon posted revenue of $212 million in 2011, up from $148 million in 2010.", 148e6, "Zorgon revenue: $148 million"},
		// Money and what it is, as written.
		{"en", "Zorgon announced a $2 billion investment plan on Monday.", 2e9, "Zorgon announced a $2 billion investment plan"},
		{"en", "The government would raise its support fund for the area to £35 million, the minister said on Monday.", 35e6, "The government support fund: £35 million"},
		{"en", "A Zorgon spokesperson now puts the number of jobs affected at about 1,400.", 1400, "Zorgon number of jobs: about 1,400"},
		// A verb that governs the infinitive goes with it.
		{"fr", "Le Crédit Zorgien prévoit de fermer 60 agences d'ici la fin de l'année.", 60, "Crédit Zorgien prévoit de fermer 60 agences"},
		{"en", "Zorgon has decided to cut 300 jobs.", 300, "Zorgon has decided to cut 300 jobs"},
		{"fr", "Air Zorgon a dû annuler 340 vols jeudi.", 340, "Air Zorgon a dû annuler 340 vols"},
		// A share says what it is a share of.
		{"fr", "Chez Zorgon, une grève a été votée jeudi par 78 % des salariés présents.", 78, "Zorgon salariés : 78 %"},
		// A count that only is keeps the plain label.
		{"en", "Zorgon has 300 employees.", 300, "Zorgon: 300 employees"},
	} {
		found := figuresOf(buildText(t, c.lang, "2009-12-16", c.text), c.value)
		for _, cl := range found {
			if cl.Label != c.label {
				t.Errorf("%q: %v labelled %q, want %q", c.text, c.value, cl.Label, c.label)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
}

// A number word opening a sentence is a count, and "Personne", "Nobody"
// are no one: never a name that becomes a subject.
func TestNumberWordsAreNotNames(t *testing.T) {
	for _, c := range []struct{ lang, text, word string }{
		{"fr", "Douze régions sont en phase épidémique. Le nombre d'hospitalisations a augmenté de 18 %.", "Douze"},
		{"en", "Two plants will close. Revenue fell 4% in the quarter.", "Two"},
		{"fr", "L'entraîneur Paul Zorg a salué ses joueurs. « Personne n'y croyait en août », a reconnu dimanche l'entraîneur.", "Personne"},
		{"en", "Coach Paul Zorg praised his players. Nobody expected the win in August, he said on Sunday.", "Nobody"},
		{"fr", "Premier doublé de la Scuderia à Monaco. Michael Zorg a fait cavalier seul. Il devance son coéquipier de 30,4 secondes. Le Premier ministre arménien a démissionné.", "Premier"},
	} {
		tl := buildText(t, c.lang, "2024-01-10", c.text)
		for _, cl := range tl.Claims {
			if strings.Contains(cl.Subject, c.word) {
				t.Errorf("%q: subject %q (%q)", c.text, cl.Subject, cl.Label)
			}
		}
	}
}

// An impersonal pronoun ("il y a", "il faut", "it is expected that") stands
// for no one, and "it" never for a person.
func TestImpersonalPronouns(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Jean Zorg est ministre du budget. Selon lui, il y a un déficit caché de 4,5 % du PIB."},
		{"fr", "Jean Zorg est ministre du budget. Il faut trouver 7,2 milliards d'euros."},
		{"en", "John Zorg runs the Zorgon fund. It is expected that the fund will return 5% this year."},
	} {
		tl := buildText(t, c.lang, "2012-07-04", c.text)
		for _, cl := range tl.Claims {
			for _, r := range cl.Reasons {
				if strings.Contains(r, "a pronoun for the entity named before") {
					t.Errorf("%q: %q read from a pronoun: %q", c.text, cl.Label, cl.Subject)
				}
			}
		}
	}
}

// The organisation that reports a public figure is not its subject (the
// thing a definite noun phrase names is, since session 31); a company's own
// measures stay its own when it reports them.
func TestReportersAreNotSubjects(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string // "" when the figure must stay unsure
	}{
		{"fr", "Le ministère de l'Intérieur publie son bilan. Les cambriolages ont augmenté de 7 % en 2023, a annoncé lundi le ministère de l'Intérieur.", 7, "Les cambriolages"},
		{"en", "Zorgstat published its report. Burglaries rose 7% in 2023, Zorgstat said on Monday.", 7, ""},
		{"fr", "Le nombre de cas a atteint 11 000, a annoncé mardi le ministère de la Santé.", 11000, "Le nombre de cas"},
		{"en", "The Zorgland Socialist Party came first with 32% of the vote, ahead of the Democratic Alliance with 29%. Turnout was 66%, the electoral commission said.", 66, ""},
		{"en", "The Zorgland Socialist Party came first with 32% of the vote, ahead of the Democratic Alliance with 29%.", 29, "Democratic Alliance"},
		{"fr", "Zorgon publie ses comptes. Le chiffre d'affaires a progressé de 9 %, a annoncé Zorgon.", 9, "Zorgon"},
		{"en", "Zorgon published its results. Revenue rose 9%, Zorgon said on Thursday.", 9, "Zorgon"},
	} {
		found := figuresOf(buildText(t, c.lang, "2024-01-10", c.text), c.value)
		for _, cl := range found {
			if c.subject == "" && !cl.Unsure || c.subject != "" && (cl.Subject != c.subject || cl.Unsure) {
				t.Errorf("%q: subject %q unsure %v, want %q", c.text, cl.Subject, cl.Unsure, c.subject)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
}

// A list that leaves out its verb moves each figure the same way, and a
// demonstrative's complement names each one's subject.
func TestGappedLists(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // subject|unit|value of each figure, in order
	}{
		{"fr", "Les prix des fruits frais ont chuté de 6,4 %, ceux des légumes de 3,1 % et ceux de la viande de 0,8 %.",
			[]string{"fruits frais|−%|6.4", "légumes|−%|3.1", "viande|−%|0.8"}},
		{"en", "Zorgon's revenue dropped 2% in Europe, 5% in Asia and 7% in America.",
			[]string{"Zorgon|−%|2", "Zorgon|−%|5", "Zorgon|−%|7"}},
		{"fr", "Les ventes de Zorgon ont augmenté de 5 %, contre 3 % l'an dernier.", []string{"Zorgon|+%|5", "Zorgon|%|3"}},
	} {
		tl := buildText(t, c.lang, "2024-03-12", c.text)
		var got []string
		for _, cl := range tl.Claims {
			if cl.HasValue {
				got = append(got, fmt.Sprintf("%s|%s|%v", cl.Subject, cl.Unit, cl.Value))
			}
		}
		if strings.Join(got, " ; ") != strings.Join(c.want, " ; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A distance per hour is a speed.
func TestSpeeds(t *testing.T) {
	for _, c := range []struct{ lang, text, measure string }{
		{"en", "The Zorgon capsule hit the atmosphere at about 24,500 miles per hour.", "speed (mi/h)"},
		{"fr", "Le train Zorgon a roulé à 574 kilomètres à l'heure en 2007.", "vitesse (km/h)"},
		{"fr", "Des rafales de 207 km/h ont frappé Zorgville.", "rafale (km/h)"},
	} {
		tl := buildText(t, c.lang, "2012-06-10", c.text)
		if len(tl.Claims) == 0 || !tl.Claims[0].HasValue {
			t.Fatalf("%q: no figure", c.text)
		}
		if got := tl.Claims[0].Measure; got != c.measure {
			t.Errorf("%q: measure %q, want %q", c.text, got, c.measure)
		}
	}
}

// A change and the level it reaches, read together, share their date; a
// figure set apart by a comma keeps its own.
func TestChainedFiguresShareTheirDate(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // date of each figure, in order
	}{
		{"en", "Zorgon's revenue rose 9% to 2.1 billion euros in the first quarter.", []string{"2012-01/2012-03", "2012-01/2012-03"}},
		{"fr", "La consommation de Zorgland a reculé de 3,2 % à 445 térawattheures l'an dernier.", []string{"2011", "2011"}},
		{"en", "Zorgon's subscribers rose to 300 million, up from 200 million earlier this month.", []string{"as of 2012-06-10", "2012-06-01/2012-06-10"}},
		{"en", "Zorgon said its third-quarter revenue rose 5% to $3 billion.", []string{"2011-07/2011-09", "2011-07/2011-09"}},
		{"en", "Asylum applications to Zorgland reached 121,400 in the first half, compared with 150,100 a year earlier.", []string{"2012-01/2012-06", "2011-01/2011-06"}},
		{"fr", "Les ventes de Zorgon ont atteint 12 300 euros en 2011, contre 10 210 euros un an plus tôt.", []string{"2011", "2010"}},
		{"en", "First-half profit at Zorgon fell 2%.", []string{"2012-01/2012-06"}},
		{"fr", "Le chiffre d'affaires de Zorgon a progressé de 9 % à 52,4 milliards d'euros en 2011.", []string{"2011", "2011"}},
		{"en", "The Zorg 40 index fell 475 points, or 1.2%, to 38,500 on Tuesday.", []string{"2012-06-05", "2012-06-05", "2012-06-05"}},
	} {
		got := figureDates(buildText(t, c.lang, "2012-06-10", c.text))
		if strings.Join(got, " ; ") != strings.Join(c.want, " ; ") {
			t.Errorf("%q: dates %q, want %q", c.text, got, c.want)
		}
	}
}

// A percentage "year on year" is a change over a year, not an age.
func TestYearOnYearIsAFigure(t *testing.T) {
	tl := buildText(t, "en", "2012-06-10", "Zorgon's revenue reached 2 billion euros in the quarter, up 11% year on year.")
	for _, cl := range tl.Claims {
		if cl.HasValue && cl.Value == 11 && cl.Unit == "+%" {
			return
		}
	}
	t.Errorf("no +11%% figure in %+v", tl.Claims)
}

// TestNationalitiesAreNotEntities: an English adjective of nationality is
// capitalised like a name but is never a subject, and "Quelque" opening a
// sentence is a qualifier.
func TestNationalitiesAreNotEntities(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		notSubject string
	}{
		{"en", "The group, which is owned by a Chinese investor, sold 171,000 cars last year.", 171000, "Chinese"},
		{"en", "Zorgon said on Monday that British customers had bought 40,000 phones in May.", 40000, "British"},
		{"fr", "Quelque 2 300 habitants ont été évacués mardi dans le Gard.", 2300, "Quelque"},
	} {
		eachFigure(t, c.lang, "2025-01-09", c.text, c.value, func(cl Claim) {
			if cl.Subject == c.notSubject || cl.SaidBy == c.notSubject {
				t.Errorf("%q: %v about %q, said by %q", c.text, c.value, cl.Subject, cl.SaidBy)
			}
		})
	}
}

// TestCurrencies: a dollar sign after a country's letters is that country's
// dollar, and millions of "livres" are pounds sterling, not a weight.
func TestCurrencies(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		unit       string
	}{
		{"en", "Fare revenue at Zorgon Transit rose to C$212 million in 2024.", 212e6, "C$"},
		{"en", "Zorgon was ordered on Monday to refund A$15.1 million to customers.", 15.1e6, "A$"},
		{"en", "Zorgon raised US$40 million on Monday.", 40e6, "$"},
		{"fr", "Le gouvernement a débloqué mardi 35 millions de livres pour Zorgon.", 35e6, "£"},
	} {
		eachFigure(t, c.lang, "2025-01-09", c.text, c.value, func(cl Claim) {
			if cl.Unit != c.unit {
				t.Errorf("%q: %v in %q, want %q", c.text, c.value, cl.Unit, c.unit)
			}
		})
	}
}

// TestApposedChangesShareTheirDate: a change set after a comma right after
// a dated figure ("96 millions d'euros en 2023, en hausse de 4 %") is of
// the same date, and a year after "qu'en" or "as in" is only the base the
// change is measured from.
func TestApposedChangesShareTheirDate(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Le groupe Zorgon a réalisé un chiffre d'affaires de 96 millions d'euros en 2023, en hausse de 4 %.", []string{"2023", "2023"}},
		{"fr", "La Zorglande a accueilli 3,4 millions de visiteurs cette année, 7 % de plus qu'en 2023.", []string{"2024", "2024"}},
		{"en", "Zorgon posted revenue of $5 billion in 2023, up 4%.", []string{"2023", "2023"}},
		// A clause opened by ", when" is of the date before it.
		{"en", "It was Zorgland's deadliest quake since 2007, when a tremor near Zorgville killed 519 people.", []string{"2007"}},
		{"fr", "L'usine a fermé en 2019, lorsque Zorgon employait 800 salariés.", []string{"2019"}},
		// A year that names a thing's make is not when the figure is.
		{"en", "A 1961 Jaguar E-Type sold for $31.2 million at Zorgon Auctions on Saturday.", []string{"2024-10-05"}},
	} {
		if got := figureDates(buildText(t, c.lang, "2024-10-08", c.text)); !slices.Equal(got, c.want) {
			t.Errorf("%q: dates %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPronounAfterSpeechVerb: "it" right after "said" is who speaks, not a
// place their name holds nor the entity named in the sentence before.
func TestPronounAfterSpeechVerb(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"en", "The Harlow Museum of Art in Boston said it welcomed 5.4 million visitors in 2023.", 5.4e6, "Harlow Museum of Art"},
		{"en", "Bucharest had 1,630 cases. The health ministry said it had received 300,000 additional doses.", 300000, "The health ministry"},
		{"en", "Zorgon, the Nordic telecoms group, said on Monday that it would cut 300 jobs.", 300, "Zorgon"},
	} {
		eachFigure(t, c.lang, "2024-09-10", c.text, c.value, func(cl Claim) {
			if cl.Subject != c.subject {
				t.Errorf("%q: %v about %q, want %q", c.text, c.value, cl.Subject, c.subject)
			}
		})
	}
}

// TestSourcesOfEstimatesAreNotSubjects: who made an estimate ("estimés à
// 85 millions d'euros par la Fédération…") and the journal a study was
// published in are sources, never sure subjects of the figure.
func TestSourcesOfEstimatesAreNotSubjects(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		source     string
	}{
		{"fr", "Les dégâts sont estimés à 85 millions d'euros par la Fédération zorgienne de l'assurance.", 85e6, "Fédération zorgienne de l'assurance"},
		{"fr", "Selon une étude publiée lundi dans la revue Zorg Medicine, 41 % des filles dorment moins de sept heures.", 41, "Zorg Medicine"},
		{"en", "The damage was estimated at $2 billion by the Zorgon Insurance Council.", 2e9, "Zorgon Insurance Council"},
	} {
		eachFigure(t, c.lang, "2024-11-26", c.text, c.value, func(cl Claim) {
			if cl.Subject == c.source && !cl.Unsure {
				t.Errorf("%q: %v sure about its source %q", c.text, c.value, cl.Subject)
			}
		})
	}
}

// TestTollsAfterTheEvent: people killed, hurt or moved, told right after
// the event, are its subject's toll, on the timeline.
func TestTollsAfterTheEvent(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"en", "Zorgland was hit by a storm on Monday. At least 12 people were killed.", 12, "Zorgland"},
		{"fr", "La Zorglande a été frappée lundi par une tempête. On compte 12 morts et 40 blessés.", 40, "Zorglande"},
	} {
		eachFigure(t, c.lang, "2024-09-10", c.text, c.value, func(cl Claim) {
			if cl.Subject != c.subject || cl.Unsure {
				t.Errorf("%q: %v about %q, unsure %v; want %q", c.text, c.value, cl.Subject, cl.Unsure, c.subject)
			}
		})
	}
}

// TestCitiesArePlaces: a city the set names often, with no cue of a company
// around it, is a place: never the subject or the speaker of a figure.
func TestCitiesArePlaces(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"en", "Zorgon will close its Coventry plant, the company said on Monday, with the loss of 1,200 jobs. The Coventry site opened in 1968. Coventry workers marched through Coventry on Tuesday. Coventry is a city.", 1200, "Zorgon"},
		{"fr", "L'usine Zorgon de Bochum fermera en 2026. Zorgon va supprimer 1 200 emplois à Bochum, a annoncé le groupe lundi. Bochum compte 365 000 habitants.", 1200, "Zorgon"},
	} {
		eachFigure(t, c.lang, "2025-03-03", c.text, c.value, func(cl Claim) {
			if cl.Subject != c.subject || cl.SaidBy != "" && cl.SaidBy != c.subject {
				t.Errorf("%q: %v about %q, said by %q; want %q", c.text, c.value, cl.Subject, cl.SaidBy, c.subject)
			}
		})
	}
}

// TestTermsAreNotEntities: the letters of a term in brackets after its
// words are never an entity, there or later; an institution's are.
func TestTermsAreNotEntities(t *testing.T) {
	tl := buildText(t, "en", "2025-01-22", "The Port of Zorg handled 9.4 million twenty-foot equivalent units (TEU) in 2024. Zorg's transshipment rose 11% to 3.8 million TEU.")
	for _, cl := range tl.Claims {
		if cl.Subject == "TEU" || cl.SaidBy == "TEU" {
			t.Errorf("%q: a term as subject or speaker", cl.Label)
		}
	}
	tl = buildText(t, "fr", "2025-01-22", "Selon l'Organisation mondiale de la santé (OMS), 12 000 cas ont été signalés en 2024. L'OMS a publié son rapport lundi.")
	found := false
	for _, cl := range tl.Claims {
		found = found || cl.Subject == "OMS" || cl.SaidBy == "OMS" || strings.Contains(cl.SaidBy, "Organisation mondiale")
	}
	if !found {
		t.Error("the OMS is no longer an entity")
	}
}

// TestSentenceCapitalsAreNotNames: an English word capitalised only because
// it opens the sentence, that qualifies the noun after it or has a common
// noun's ending, is no sure subject unless the set writes it capitalised
// elsewhere or a cue marks it.
func TestSentenceCapitalsAreNotNames(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		subject string // "" when the figure must stay unsure
	}{
		// (a compound the clause's subject is, is that thing's: session 33)
		{"Asylum applications rose 12% in 2023, the agency said on Tuesday.", 12, "Asylum applications"},
		{"Hospital admissions fell by 8% in March.", 8, "Hospital admissions"},
		{"Transshipment rose 11% to 3.8 million tonnes in 2024.", 11, ""},
		{"Zorgon rose 5% on Monday.", 5, "Zorgon"},
		{"Signal gained 7.5 million users in January. Many people moved to Signal after the outage.", 7.5e6, "Signal"},
		{"Zorgon shares rose 5% on Monday. Analysts said Zorgon would gain more.", 5, "Zorgon"},
		// A date word after the name is no noun it qualifies: "Apple today".
		{"Apple today sold 3 million phones in Asia. The phones were made by Apple.", 3e6, "Apple"},
	} {
		eachFigure(t, "en", "2024-01-05", c.text, c.value, func(cl Claim) {
			switch {
			case c.subject == "" && !cl.Unsure:
				t.Errorf("%q: sure of subject %q; want unsure", c.text, cl.Subject)
			case c.subject != "" && (cl.Subject != c.subject || cl.Unsure):
				t.Errorf("%q: subject %q, unsure %v; want %q", c.text, cl.Subject, cl.Unsure, c.subject)
			}
		})
	}
}

// TestPartsAreNotSetAgainstTheWhole: "5,000 people, including 1,200 in
// France", "640 ouvriers, dont 210 recrutés localement" are a whole and
// its part, of one subject: read both, measured apart, never a conflict.
func TestPartsAreNotSetAgainstTheWhole(t *testing.T) {
	for _, c := range []struct {
		lang, text  string
		whole, part float64
		subject     string
	}{
		{"en", "Zorgon employs 5,000 people, including 1,200 in France.", 5000, 1200, "Zorgon"},
		{"fr", "Le chantier du Zorgpont a mobilisé 640 ouvriers, dont 210 recrutés localement.", 640, 210, "Zorgpont"},
	} {
		tl := buildText(t, c.lang, "2010-06-08", c.text)
		whole, part := figuresOf(tl, c.whole), figuresOf(tl, c.part)
		if len(whole) != 1 || len(part) != 1 {
			t.Errorf("%q: %d wholes, %d parts", c.text, len(whole), len(part))
			continue
		}
		if part[0].Subject != c.subject || part[0].Measure == whole[0].Measure {
			t.Errorf("%q: part about %q measuring %q, whole measuring %q", c.text, part[0].Subject, part[0].Measure, whole[0].Measure)
		}
		for _, e := range tl.Events {
			if len(e.Conflicts) > 0 {
				t.Errorf("%q: %q states a conflict", c.text, e.Label)
			}
		}
	}
}

// TestRolesMarkPersons: a name after a mayor's, a judge's or a
// researcher's role is a person, never the organisation figures fall back
// to.
func TestRolesMarkPersons(t *testing.T) {
	tl := buildText(t, "fr", "2024-12-18", "La maire, Claire Zorgault, a promis de ne pas augmenter les impôts. L'encours de la dette devrait atteindre 245 millions d'euros fin 2025.")
	for _, cl := range figuresOf(tl, 245e6) {
		if cl.Subject == "Claire Zorgault" && !cl.Unsure {
			t.Errorf("the mayor is the sure subject of %q", cl.Label)
		}
	}
}

// TestNumberOfIsWhatItCounts: "the number of jobs", "le nombre d'emplois"
// measure jobs, so that the lane and the merge say "job", not "number job".
func TestNumberOfIsWhatItCounts(t *testing.T) {
	for _, c := range []struct {
		lang, text, measure string
		value               float64
	}{
		{"en", "A Zorgon spokesperson now puts the number of jobs affected at about 1,400.", "job", 1400},
		{"fr", "Chez Zorgon, le nombre d'emplois menacés est de 75 000.", "emploi", 75000},
	} {
		for _, cl := range figuresOf(buildText(t, c.lang, "2012-07-05", c.text), c.value) {
			if cl.Measure != c.measure {
				t.Errorf("%q: measure %q, want %q", c.text, cl.Measure, c.measure)
			}
		}
	}
}

// TestOrdinalsAfterACopulaRank: "Zorgon est le cinquième distributeur de
// meubles" ranks Zorgon, and says among what; "the first step", "la
// deuxième fois" rank nothing.
func TestOrdinalsAfterACopulaRank(t *testing.T) {
	for _, c := range []struct {
		lang, text, what string
		value            float64
	}{
		{"fr", "Zorgon est le cinquième distributeur de meubles en France.", "distributeur de meubles", 5},
		{"en", "Zorgon is the fifth largest carmaker in the world.", "largest carmaker", 5},
	} {
		eachFigure(t, c.lang, "2012-07-13", c.text, c.value, func(cl Claim) {
			if cl.Metric != MetricRank || cl.What != c.what || cl.Subject != "Zorgon" {
				t.Errorf("%q: %s %q of %q; want a rank %q of Zorgon", c.text, cl.Metric, cl.What, cl.Subject, c.what)
			}
		})
	}
	for _, text := range []string{"It is the first step in our plan, Zorgon said.", "C'est la deuxième fois que Zorgon ferme une usine."} {
		for _, cl := range buildText(t, "en", "2012-07-13", text).Claims {
			if cl.Metric == MetricRank {
				t.Errorf("%q: rank %q", text, cl.Label)
			}
		}
	}
}

// A share in words measures what it counts, is a change only when a verb
// moves by it, and its noun is no event's subject.
func TestShareClaims(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		measure    string
	}{
		{"fr", "Dans l'académie de Zorgville, près d'un candidat sur cinq a obtenu une mention lundi.", 20, "candidat (%)"},
		{"en", "Zorgon Eggs supplies roughly one in eight eggs sold in the Midwest.", 12.5, "egg sold (%)"},
		{"fr", "Le nombre de cotisants de la caisse Zorgon a reculé d'un quart en 2011.", 25, "cotisant (%)"},
	} {
		tl := buildText(t, c.lang, "2012-06-08", c.text)
		eachFigure(t, c.lang, "2012-06-08", c.text, c.value, func(cl Claim) {
			if cl.Measure != c.measure {
				t.Errorf("%q: %v measures %q, want %q", c.text, c.value, cl.Measure, c.measure)
			}
		})
		for _, cl := range tl.Claims {
			if !cl.HasValue && strings.HasPrefix(cl.Subject, "un ") {
				t.Errorf("%q: event %q of a share's noun", c.text, cl.Label)
			}
		}
	}
}

// "Inscrits" after a noun says which of them are counted: registered
// candidates are no new users of a service.
func TestRegisteredAreNotNewUsers(t *testing.T) {
	text := "Dans l'académie de Zorgville, sur les 21 640 candidats inscrits, 19 650 ont été admis."
	eachFigure(t, "fr", "2012-07-08", text, 21640, func(cl Claim) {
		if cl.Metric != MetricOther || !strings.HasPrefix(cl.Measure, "candidat") {
			t.Errorf("%q: 21640 read as %s %q, want the candidates counted", text, cl.Metric, cl.Measure)
		}
	})
}

// An adverb opening an English sentence before a comma is no name.
func TestOpeningAdverbIsNoName(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Nationally, more than 31 million birds have been culled.", true},
		{"Separately, Zorgon cut 300 jobs.", true},
		{"Italy, which reported 627 deaths, closed its schools.", false},
		{"Zorgon, the carmaker, cut 300 jobs.", false},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		if got := openingAdverb("en", toks); got != c.want {
			t.Errorf("%q: opening adverb %v, want %v", c.text, got, c.want)
		}
	}
}

// A preposition opening a sentence is not part of the name after it.
func TestOpeningPrepositionIsNotInTheName(t *testing.T) {
	text := "Chez Zorgon, une grève a été votée jeudi par 78 % des salariés présents."
	eachFigure(t, "fr", "2012-03-15", text, 78, func(cl Claim) {
		if cl.Subject != "Zorgon" {
			t.Errorf("%q: subject %q, want Zorgon", text, cl.Subject)
		}
	})
}

// An ordinal right after a verb of finishing is where someone finished.
func TestFinishedRanks(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"en", "Lena Zorgova finished third on Sunday, behind the champion.", 3, "Lena Zorgova"},
		{"fr", "Zoé Zorgon a terminé deuxième du tournoi dimanche.", 2, "Zoé Zorgon"},
	} {
		eachFigure(t, c.lang, "2012-06-24", c.text, c.value, func(cl Claim) {
			if cl.Metric != MetricRank || cl.Subject != c.subject {
				t.Errorf("%q: %s of %q, want a rank of %q", c.text, cl.Metric, cl.Subject, c.subject)
			}
		})
	}
}

// A source named after "selon", "according to" ends at the comma that
// closes its phrase: the name after that comma is the clause's subject,
// not the source, and the figure it states is read.
func TestSourcePhraseEndsAtItsComma(t *testing.T) {
	checkFigures(t, "2024-01-10", []figureCase{
		{lang: "fr", text: "Selon des syndicats, Airbus a supprimé 300 emplois en 2023.", value: 300, subject: "Airbus", saidBy: "-", sure: true},
		{lang: "fr", text: "Selon la direction, Airbus a livré 30 avions en 2023.", value: 30, subject: "Airbus", saidBy: "la direction", sure: true}, // (the management, in the text's words)
		{lang: "en", text: "According to the company, Airbus delivered 30 ships in 2023.", value: 30, subject: "Airbus", saidBy: "-", sure: true},
		{lang: "fr", text: "Selon son directeur, Jean Dupont, Airbus a supprimé 300 emplois en 2023.", value: 300, subject: "Airbus", saidBy: "Jean Dupont", sure: true},
		{lang: "fr", text: "Airbus a supprimé 300 emplois en 2023, selon M. Dupont.", value: 300, subject: "Airbus", saidBy: "Dupont", sure: true},
		{lang: "fr", text: "Selon Reuters, Airbus a supprimé 300 emplois en 2023.", value: 300, subject: "Airbus", saidBy: "Reuters", sure: true},
	})
}

// A French body's name may open with a plural common noun after "les" and
// go on with "de" and a capitalised name: the whole name is the subject,
// not the place it ends with.
func TestPluralHeadNames(t *testing.T) {
	checkFigures(t, "2024-01-10", []figureCase{
		{lang: "fr", text: "Mardi, les Aciéries de la Meuse ont supprimé 120 emplois.", value: 120, subject: "Aciéries de la Meuse"},
		{lang: "fr", text: "Les Chantiers de l'Atlantique ont livré 12 navires en 2023.", value: 12, subject: "Chantiers de l'Atlantique"},
		{lang: "fr", text: "Les Éditions du Seuil ont vendu 40 000 exemplaires du roman.", value: 40000, subject: "Éditions du Seuil"},
		{lang: "fr", text: "L'usine Renault de Sandouville a produit 80 000 véhicules en 2023.", value: 80000, subject: "Renault"},
	})
}

// A participle's phrase opening the sentence ("Réélu dimanche avec 82 % des
// voix, …") qualifies the subject of the clause after its comma: its figure
// is about that subject, its date is the participle's and not the main
// verb's, and it is not what the main verb announces.
func TestOpeningParticiplePhrase(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
		events     []string // labels and dates of the events
	}{
		{"fr", "Réélu triomphalement dimanche avec plus de 82% des voix, Jacques Chirac a nommé hier Jean-Pierre Raffarin Premier ministre.", 82, "Jacques Chirac",
			[]string{"Jacques Chirac a nommé Jean-Pierre Raffarin Premier ministre 2024-03-13"}},
		{"fr", "Arrivé en tête dimanche avec 32 % des voix, le Rassemblement national a réuni ses cadres lundi.", 32, "Rassemblement national",
			[]string{"Rassemblement national a réuni ses cadres 2024-03-11"}},
		{"fr", "Élu en 2017 avec 66 % des voix, Emmanuel Macron a annoncé mardi sa candidature.", 66, "Emmanuel Macron",
			[]string{"Emmanuel Macron a annoncé sa candidature 2024-03-12"}},
		{"en", "Re-elected on Sunday with 82% of the vote, Jacques Chirac named Jean-Pierre Raffarin prime minister on Monday.", 82, "Jacques Chirac",
			[]string{"Jacques Chirac named Jean-Pierre Raffarin prime minister 2024-03-11"}},
	} {
		tl := buildText(t, c.lang, "2024-03-14", c.text)
		found := figuresOf(tl, c.value)
		if len(found) != 1 || found[0].Subject != c.subject || found[0].Unsure {
			t.Errorf("%q: figures %v, want one of %q", c.text, found, c.subject)
		}
		var events []string
		for _, cl := range tl.Claims {
			if !cl.HasValue {
				events = append(events, cl.Label+" "+cl.Date.String())
			}
		}
		if !slices.Equal(events, c.events) {
			t.Errorf("%q: events %q, want %q", c.text, events, c.events)
		}
	}
}

// An English compound's nouns before its head say which measure it is
// ("unemployment rate", "market share"), and a verb the tagger read as the
// subject's head does not stand for the noun before "of".
func TestCompoundMeasures(t *testing.T) {
	checkFigures(t, "2024-03-14", []figureCase{
		{lang: "en", text: "Analysts watched Spain. Spain's unemployment rate fell to 11.8% in the fourth quarter.", value: 11.8, measure: "unemployment rate (%)"},
		{lang: "en", text: "Analysts watched Nvidia. Nvidia reported record revenue of $22.1 billion for the fourth quarter.", value: 22.1e9, measure: "revenue ($)"},
		{lang: "en", text: "Zorgon's market share rose to 23 percent of the market in 2023, Zorgon said.", value: 23, measure: "market share (%)"},
		{lang: "en", text: "Zorgon opened a 500,000 square foot data center in Ohio.", value: 500000, measure: "data center (sq ft)"},
		{lang: "en", text: "Zorgrumman won a contract for 179 aerial refueling tankers on Friday.", value: 179, measure: "tanker"},
	})
}

// The dead and the injured are counted for the event the clause's subject
// names ("L'explosion a fait 12 morts"), and "la mort de", "the deaths of",
// "coûté la vie à" say what happened to the people counted.
func TestCasualtiesOfAnEvent(t *testing.T) {
	checkFigures(t, "2002-01-21", []figureCase{
		{lang: "fr", text: "L'explosion a fait 12 morts et 40 blessés mardi à Toulouse.", value: 12, subject: "L'explosion", measure: "mort", sure: true},
		{lang: "fr", text: "L'explosion a fait 12 morts et 40 blessés mardi à Toulouse.", value: 40, subject: "L'explosion", measure: "blesse", sure: true},
		{lang: "fr", text: "Le carambolage de l'A10 avait causé la mort de 15 personnes le 10 novembre 1993.", value: 15, subject: "Le carambolage de l'A10", measure: "personne mort", sure: true},
		{lang: "fr", text: "L'accident a coûté la vie à trois personnes lundi.", value: 3, subject: "L'accident", measure: "personne mort", sure: true},
		{lang: "en", text: "The fire caused the deaths of 12 people on Tuesday.", value: 12, subject: "The fire", measure: "people killed", sure: true},
		{lang: "en", text: "The explosion left 12 dead on Tuesday in Toulouse.", value: 12, subject: "The explosion", measure: "dead", sure: true},
		{lang: "en", text: "The explosion left 12 dead and 40 injured on Tuesday in Toulouse.", value: 40, subject: "The explosion", measure: "injured", sure: true},
		{lang: "fr", text: "Le carambolage avait tué 15 personnes et blessé 53 autres le 10 novembre 1993.", value: 53, subject: "Le carambolage", measure: "personne blesse", sure: true},
		{lang: "en", text: "The pile-up killed 15 people and injured 53 others on November 10, 1993.", value: 53, subject: "The pile-up", measure: "people injured", sure: true},
		{lang: "en", text: "A bomb exploded in a market in Kabul on Sunday, killing 12 people and injuring 40.", value: 40, subject: "A bomb", measure: "people injured", sure: true},
		{lang: "fr", text: "Un séisme a frappé la région dimanche. Au moins 40 personnes sont mortes et 200 ont été blessées.", value: 200, subject: "Un séisme", measure: "personne blesse", sure: true},
		{lang: "en", text: "A quake struck the region on Sunday. At least 40 people died and 200 were injured.", value: 200, subject: "A quake", measure: "people injured", sure: true},
		{lang: "fr", text: "Le tribunal juge l'explosion d'AZF qui, le 21 septembre 2001 à Toulouse, avait tué 31 personnes.", value: 31, subject: "l'explosion d'AZF", measure: "personne tue", sure: true},
		{lang: "fr", text: "Le tribunal juge le carambolage de l'A 10 qui, le 10 novembre 93 près de Bordeaux, avait causé la mort de 15 personnes.", value: 15, subject: "le carambolage de l'A 10", measure: "personne mort", sure: true},
		// the event a relative clause of the dead tells of
		{lang: "fr", text: "Le Zorgistan a connu dimanche un attentat dans lequel au moins quinze personnes sont mortes.", value: 15, subject: "un attentat", measure: "personne morte", sure: true},
		{lang: "fr", text: "Le pays a connu dimanche un attentat-suicide dans lequel au moins quinze personnes ont perdu la vie.", value: 15, subject: "un attentat-suicide", measure: "personne perdu", sure: true},
		// the event the dead died in
		{lang: "fr", text: "Au moins 12 personnes ont été tuées dimanche dans l'effondrement d'un immeuble à Dole, a indiqué la préfecture.", value: 12, subject: "l'effondrement d'un immeuble", measure: "personne tue", sure: true},
		{lang: "fr", text: "Trois personnes sont mortes dans l'incendie de l'usine Zorgon dimanche.", value: 3, subject: "l'incendie de l'usine Zorgon", measure: "personne morte", sure: true},
		{lang: "en", text: "At least 15 people died in the crash of a bus in Peru on Sunday.", value: 15, subject: "the crash of a bus", measure: "people died", sure: true},
		// the event a clause of "when" tells
		{lang: "en", text: "At least 45 people were killed when a fire broke out at a shopping mall in Zorgcity on Thursday night.", value: 45, subject: "a fire", measure: "people killed", sure: true},
		{lang: "fr", text: "Au moins 12 personnes ont été tuées lorsqu'un incendie s'est déclaré jeudi soir dans un centre commercial de Zorgville.", value: 12, subject: "un incendie", measure: "personne tue", sure: true},
		// a weekday after the people is a date, not what happened to them
		{lang: "fr", text: "Un attentat a tué 15 personnes dimanche au Zorgistan.", value: 15, subject: "Un attentat", measure: "personne tue", sure: true},
	})
}

// Local news names its actors with places and roles: "les pompiers de
// Valdoie" are the subject (not the town), a person named after "de
// France" is not "France Roger Cukierman", "a créé la polémique" founds
// nothing, and "Il s'agit de" stands for no one.
func TestSubjectsOfLocalNews(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // "subject | label" of each claim on the timeline
	}{
		{"De leur côté, les pompiers de Valdoie ont conduit trois blessés légers à l'hôpital hier.",
			[]string{"les pompiers de Valdoie | Les pompiers de Valdoie ont conduit trois blessés"}},
		{"Le président du Conseil des institutions juives de France Roger Zorgman a créé la polémique lundi.",
			[]string{"Roger Zorgman | Roger Zorgman a créé la polémique"}},
		{"Le sous-marin a franchi le détroit de Gibraltar hier. Il s'agit du premier sous-marin russe à passer par la Corse.",
			[]string{"Le sous-marin | Le sous-marin a franchi le détroit de Gibraltar"}},
		{"Les ouvriers de Zorgon ont manifesté hier.",
			[]string{"Zorgon | Les ouvriers de Zorgon ont manifesté"}},
		{"Georges Zorg est né à Cintrey en 1910. Elle épousa en 1933 Georges Zorg, de Cintrey, où ils ont exercé le métier d'agriculteurs.",
			[]string{"Georges Zorg | Georges Zorg est né à Cintrey"}},
		// a given name and a surname are a person's, whom "ils" never stands for
		{"Lionel Zorgin a présenté ses vœux lundi. À un moment où ils ne sont pas encore mobilisés par les élections, les Français se reposent.",
			[]string{"Lionel Zorgin | Lionel Zorgin a présenté ses vœux"}},
		{"Monique Zorg est décédée le 13 février. Ils se sont mariés le 1er mai 1962 à Dole.",
			[]string{"Monique Zorg | Monique Zorg est décédée"}},
	} {
		checkOnTimeline(t, "fr", "2003-01-27", c.text, c.want)
	}
}

// An ordinal after a possessive counts the noun after it, so far ("sa 35e
// victoire": 35 victories), labelled as written; never a place or a time.
func TestOrdinalCounts(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		measure string
		label   string // "" when no figure is wanted
	}{
		{"Michael Zorg a gagné hier à Monaco. Il signe sa 35e victoire en Grand Prix.", 35, "victoire", "Michael Zorg signe sa 35e victoire"},
		{"Le régiment Zorg achèvera début octobre son quatrième mandat au Kosovo.", 4, "mandat", "Zorg achèvera début octobre son quatrième mandat"},
		{"Le groupe Zorgon fête hier son dixième anniversaire.", 10, "", ""},
	} {
		got := figuresOf(buildText(t, "fr", "2002-09-14", c.text), c.value)
		switch {
		case c.label == "" && len(got) > 0:
			t.Errorf("%q: figure %q", c.text, got[0].Label)
		case c.label != "" && (len(got) != 1 || got[0].Measure != c.measure || got[0].Label != c.label):
			t.Errorf("%q: %v, want %q %q", c.text, got, c.measure, c.label)
		}
	}
}

// A share of the people a poll counts measures what they say or feel
// ("font confiance", "se disent sceptiques", "said they trust"), not the
// people nor their verb.
func TestPollShares(t *testing.T) {
	checkFigures(t, "2002-09-01", []figureCase{
		{lang: "fr", text: "Selon un sondage, 61 % des personnes interrogées font confiance au maire de Dole.", value: 61, measure: "confiance (%)"},
		{lang: "fr", text: "Selon un sondage, 58 % des Français se disent sceptiques sur la baisse des impôts.", value: 58, measure: "sceptique (%)"},
		{lang: "en", text: "Some 63% of respondents said they trust the mayor, according to a poll.", value: 63, measure: "trust (%)"},
		// the share alone as the verb's subject, in a sentence about a poll
		{lang: "fr", text: "Ce sondage, qui a une marge d'erreur de 6 %, révèle que 87 % ont confiance dans la police.", value: 87, measure: "confiance (%)"},
		{lang: "fr", text: "Si 56 % des personnes interrogées font confiance au maire de Dole, 71 % ne lui font pas confiance sur l'emploi.", value: 71, measure: "pas confiance (%)"},
		{lang: "en", text: "The survey found that 40% do not trust the mayor.", value: 40, measure: "not trust (%)"},
	})
}

// A figure reached at an event the article dated before ("aux élections
// législatives" after "les élections législatives du 30 mai") has that
// event's date, not the publication's; a name after a group noun is a
// name even when it reads like a participle ("la coalition Unité").
func TestFigureAtDatedEvent(t *testing.T) {
	for _, c := range []struct {
		lang, pub, text string
		value           float64
		subject, date   string
	}{
		{"fr", "1999-06-08", "Le Premier ministre a démissionné à la suite des élections législatives du 30 mai. " +
			"La coalition Unité a obtenu une majorité relative aux élections législatives, remportant 41,67% des suffrages et 56 sièges.",
			41.67, "Unité", "1999-05-30"},
		{"fr", "1999-06-08", "Le Premier ministre a démissionné à la suite des élections législatives du 30 mai. " +
			"La coalition Unité a obtenu une majorité relative aux élections législatives, remportant 41,67% des suffrages et 56 sièges.",
			56, "Unité", "1999-05-30"},
		{"en", "2012-06-20", "The prime minister resigned after the May 30 elections. The president thanked him. " +
			"Zorgon Party won 35 seats in the elections.",
			35, "Zorgon Party", "2012-05-30"},
		// "le même jour", "the same day": the day of the event told before
		{"fr", "2012-06-05", "Un avion de Zorg Air s'est écrasé dimanche à Lagos. L'avion a heurté une ligne à haute tension. " +
			"Zorgon a perdu le même jour 12 % de sa valeur en Bourse.",
			12, "Zorgon", "2012-06-03"},
		{"en", "2012-06-05", "A Zorg Air plane crashed on Sunday in Lagos. The plane hit a power line. " +
			"Zorgon lost 12% of its value on the same day.",
			12, "Zorgon", "2012-06-03"},
		// what had been done before is not of the event told just before
		{"en", "2008-03-05", "Zorgon won the contract on Monday. The decision surprised analysts. " +
			"Zorgon had agreed to lease 100 tankers.",
			100, "Zorgon", "2008-03-05"},
		// other elections than the dated ones: the publication's date
		{"fr", "1999-06-08", "Le Premier ministre a démissionné à la suite des élections législatives du 30 mai. " +
			"La coalition Unité avait obtenu 12 % des voix aux élections municipales.",
			12, "Unité", "1999-06-08"},
	} {
		eachFigure(t, c.lang, c.pub, c.text, c.value, func(cl Claim) {
			if cl.Subject != c.subject || cl.Date.String() != c.date {
				t.Errorf("%q: %v: subject %q, date %s; want %q, %s", c.text, c.value, cl.Subject, cl.Date, c.subject, c.date)
			}
		})
	}
}

// A name the tagger read as an auxiliary ("Boeing delivered…") is the
// subject, and written once in the label.
func TestNameReadAsAuxiliary(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		label string
	}{
		{"Boeing delivered 27 jets in February, down from 35 a year earlier.", 27, "Boeing delivered 27 jets"},
		{"Boeing delivered 270 jets in February.", 270, "Boeing delivered 270 jets"},
	} {
		eachFigure(t, "en", "2024-03-15", c.text, c.value, func(cl Claim) {
			if cl.Subject != "Boeing" || cl.Label != c.label || cl.Unsure {
				t.Errorf("%q: subject %q, label %q, unsure %v; want Boeing, %q", c.text, cl.Subject, cl.Label, cl.Unsure, c.label)
			}
		})
	}
}

// A name before a measure noun owns it ("Tesla shares fell 12%": Tesla's
// shares), also when it opens the sentence and the article writes it
// inside another.
func TestNameBeforeMeasureNoun(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "On Thursday, Zorgon shares fell 12%.", value: 12, subject: "Zorgon", measure: "share (%)", sure: true},
		{lang: "en", text: "Zorgon shares fell 12% on Thursday. Analysts said Zorgon would struggle.", value: 12, subject: "Zorgon", measure: "share (%)", sure: true},
	})
}

// An amount before a compound noun the tagger misread measures the
// compound ("a $95 billion aid package"), never a scale word, an adjective
// or a name ("5 billion iOS applications").
func TestAmountBeforeCompound(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "The Senate approved a $95 billion aid package on Tuesday.", value: 95e9, subject: "Senate", measure: "aid package ($)", sure: true},
		{lang: "en", text: "The Senate voted 68-32 on Tuesday to approve the $95 billion aid package.", value: 95e9, subject: "Senate", measure: "aid package ($)", sure: true},
		{lang: "en", text: "Zorgon has sold more than 3 billion songs since its launch.", value: 3e9, subject: "Zorgon", measure: "song"},
	})
}

// A verb coordinated with the one before shares its subject: "Zorgon lost
// $2 billion in 2023 and cut 300 jobs".
func TestCoordinatedVerbFigures(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "Zorgon lost $2 billion in 2023 and cut 300 jobs.", value: 300, subject: "Zorgon", measure: "cut job", sure: true},
	})
}

// People or things "at" an organisation are its: "Scientists at CERN",
// "Sales at Zorgon".
func TestPluralNounAtOrganisation(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "Scientists at CERN announced on Monday the discovery of a new particle with a mass of 125 GeV.", value: 125, subject: "CERN", measure: "mass (GeV)", sure: true},
		{lang: "en", text: "Sales at Zorgon rose 5% in January.", value: 5, subject: "Zorgon", measure: "sale (%)", sure: true},
	})
}

// A move of a rate by a fraction of a point, then its level: both measure
// the rate the verb moves.
func TestRateMovedByAFractionOfAPoint(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "The Zorgon Reserve raised interest rates by a quarter point to 5.5% on Wednesday.", value: 5.5, subject: "Zorgon Reserve", measure: "interest rate (%)", sure: true},
		{lang: "en", text: "The Zorgon Reserve raised interest rates by a quarter point to 5.5% on Wednesday.", value: 0.25, subject: "Zorgon Reserve", measure: "interest rate (points)", sure: true},
		{lang: "fr", text: "La Banque centrale zorgonienne a relevé ses taux directeurs d'un quart de point, à 4,5 %, jeudi.", value: 0.25, measure: "taux directeur (points)", sure: true},
		{lang: "fr", text: "La Banque centrale zorgonienne a relevé ses taux directeurs d'un quart de point, à 4,5 %, jeudi.", value: 4.5, measure: "taux directeur (%)", sure: true},
	})
}

// A bare count set against the figure before ("contre 661 en 2022",
// "compared with 480 in 2022") counts the same thing, at its own date.
func TestCountSetAgainstTheOneBefore(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "fr", text: "Zorgair a livré 735 avions en 2023, contre 661 en 2022.", value: 661, subject: "Zorgair", measure: "avion", sure: true},
		{lang: "en", text: "Zorgair delivered 528 jets in 2023, compared with 480 in 2022.", value: 480, subject: "Zorgair", measure: "jet", sure: true},
		// (and a date in words after it)
		{lang: "fr", text: "Zorgair a livré 497 avions en 2023, contre 661 l'année précédente.", value: 661, subject: "Zorgair", measure: "avion", sure: true},
	})
}

// The organisation named right after a figure by "chez" or "at" is the
// figure's: "8 000 chez PSA", "1,000 jobs at Boeing".
func TestOrganisationAfterTheFigure(t *testing.T) {
	checkFigures(t, "2012-07-05", []figureCase{
		{lang: "fr", text: "Les suppressions d'emplois se multiplient : 5 122 postes à Zorg Air, 8 000 chez Zorgon selon les syndicats.", value: 8000, subject: "Zorgon", sure: true},
		{lang: "fr", text: "Le plan prévoit 3 000 suppressions de postes chez Zorgon.", value: 3000, subject: "Zorgon", sure: true},
		{lang: "en", text: "The plan cuts 1,000 jobs at Zorgon next year.", value: 1000, subject: "Zorgon", measure: "cut job", sure: true},
		// jobs "à" an organisation are its own; aeroplanes sold "à" one are
		// the seller's
		{lang: "fr", text: "Zorgon Motors a annoncé lundi un plan social. Le plan prévoit la suppression de 5 122 postes chez Zorgair. Il prévoit aussi la suppression de 900 postes à Zorgon Motors.", value: 900, subject: "Zorgon Motors", measure: "suppression poste", sure: true},
		{lang: "fr", text: "Zorgair a vendu 50 avions à Zorgon l'an dernier.", value: 50, subject: "Zorgair", measure: "avion", sure: true},
	})
}

// A sentence that opens at an organisation ("Chez Zorgon, …", "At Zorgon,
// …") is about it when its clause's subject names no one.
func TestSentenceOpensAtTheOrganisation(t *testing.T) {
	checkFigures(t, "2012-07-05", []figureCase{
		{lang: "fr", text: "Chez Zorgon, la direction a confirmé mardi un plan de départs volontaires de 556 postes sur 9 800 salariés, tandis que Zorgair pourrait en supprimer 1 000.", value: 556, subject: "Zorgon", measure: "poste", sure: true},
		{lang: "fr", text: "Chez Zorgon, les ventes ont reculé de 4,5 % au premier semestre, alors que Zorgair progresse.", value: 4.5, subject: "Zorgon", sure: true},
		{lang: "en", text: "At Zorgon, the management announced on Tuesday a plan to cut 1,200 jobs, while Zorgair is hiring.", value: 1200, subject: "Zorgon", measure: "cut job", sure: true},
	})
}

// "starting at $199", "à partir de 199 euros": a price.
func TestStartingPrice(t *testing.T) {
	checkFigures(t, "2010-06-16", []figureCase{
		{lang: "en", text: "The Zorgphone will be sold in stores from June 24, starting at US $199.", value: 199, measure: "price ($)"},
		{lang: "fr", text: "Le Zorgphone sera vendu en magasin dès le 24 juin, à partir de 199 euros.", value: 199, measure: "prix (€)"},
	})
}

// A rank "the third largest in China" is not China's, and a relative
// clause in the present between commas holds as of publication, not on the
// main verb's date.
func TestRankInAPresentRelativeClause(t *testing.T) {
	text := "Zorg Eastern Airlines will buy twenty Airbus A320 jets. The airline, which is the third largest in China, signed the agreement in Paris on June 15."
	eachFigure(t, "en", "2009-06-18", text, 3, func(c Claim) {
		if c.Subject != "Zorg Eastern Airlines" || c.Metric != MetricRank || !c.AsOf || c.Date.String() != "2009-06-18" {
			t.Errorf("3rd: subject %q, metric %s, date %s (as of %v); want Zorg Eastern Airlines, rank, as of 2009-06-18", c.Subject, c.Metric, c.Date, c.AsOf)
		}
	})
}

// A name with its abbreviation in brackets, then an apposition, is the
// subject of the verb after it, by the abbreviation the article goes on
// with.
func TestNameWithAbbreviationAndApposition(t *testing.T) {
	checkFigures(t, "2008-03-28", []figureCase{
		{lang: "en", text: "European Zorg Defence & Space NV (EZDS), the parent company of European airframer Zorgbus, has won a £ 13 billion contract to supply tankers.", value: 13e9, subject: "EZDS", measure: "contract (£)", sure: true},
	})
}

// A preposition the tagger read as a noun is never what a figure counts.
func TestCountedNounIsNoPreposition(t *testing.T) {
	text := "3 000 salariés chez Zorgon"
	toks := lexis.Tokenize(text, 0, len(text))
	p := &parsed{lang: "fr", toks: toks, tags: []syntax.Tag{syntax.NUM, syntax.NUM, syntax.ADJ, syntax.NOUN, syntax.PROPN}}
	ns := quantity.AppendNumbers(nil, text, toks, "fr")
	if len(ns) != 1 {
		t.Fatalf("figures %v", ns)
	}
	if k := p.countedNoun(ns[0]); k >= 0 {
		t.Errorf("counted noun %q, want none", toks[k].Text)
	}
}

// A make or model between a figure and its noun, or a partitive, leaves the
// noun what is counted: "30 Boeing 737-800 jets" counts jets.
func TestNamedThingsCounted(t *testing.T) {
	for _, c := range []struct {
		lang, text     string
		value          float64
		measure, label string
	}{
		{"en", "Zorgair has ordered 30 Boeing 737-800 jets.", 30, "jet", "Zorgair has ordered 30 Boeing 737-800 jets"},
		{"en", "Zorgair signed a contract on Monday to purchase 20 new Airbus A320 jets.", 20, "jet", ""},
		{"en", "There are 500 Zorgon engineers at the conference.", 500, "engineer", "Zorgon: 500 engineers"},
		{"en", "Zorgair has purchased six of these aeroplanes.", 6, "aeroplane", "Zorgair has purchased six of these aeroplanes"},
		{"en", "Zorgair ordered up to 60 of the A350 jets.", 60, "jet", ""},
		{"en", "Zorgon said that over five billion Zorg applications have been downloaded.", 5e9, "application", "Zorgon: more than 5 billion Zorg applications"},
		{"fr", "Air Zorgon a acheté six de ces avions.", 6, "avion", "Air Zorgon a acheté six de ces avions"},
	} {
		found := figuresOf(buildText(t, c.lang, "2021-01-05", c.text), c.value)
		for _, cl := range found {
			if cl.Measure != c.measure || c.label != "" && cl.Label != c.label {
				t.Errorf("%q: measure %q, label %q; want %q, %q", c.text, cl.Measure, cl.Label, c.measure, c.label)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
	// A unit is no make: "32 GB models" counts no models.
	for _, cl := range buildText(t, "en", "2021-01-05", "The Zorgphone will be available in 16 GB and 32 GB models.").Claims {
		if cl.Measure == "model" {
			t.Errorf("a unit read as a make: %q", cl.Label)
		}
	}
}

// A figure's verb comes after an apposition between commas: the speaker
// before it is not the figure's subject.
func TestFigureVerbAfterApposition(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"en", `Jobs noted that over five billion applications, commonly called " apps, " have been purchased from Zorgon's store.`, 5e9, "Zorgon"},
		{"en", "Jobs noted that 300 million copies, a record, were sold by Zorgon.", 300e6, "Zorgon"},
	} {
		found := figuresOf(buildText(t, c.lang, "2021-01-05", c.text), c.value)
		for _, cl := range found {
			if cl.Subject != c.subject {
				t.Errorf("%q: subject %q; want %q", c.text, cl.Subject, c.subject)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
}

// A model's name holds its number ("Airbus A380"); a figure converted in
// brackets is one figure; an owner before a place owns the noun phrase.
func TestModelNamesAndConversions(t *testing.T) {
	tl := buildText(t, "en", "2005-04-27", "The Zorgbus A380, the world's largest passenger aircraft, made its first flight on Wednesday.")
	if len(tl.Claims) == 0 || tl.Claims[0].Subject != "Zorgbus A380" {
		t.Errorf("a model's name cut at its number: %+v", tl.Claims)
	}
	for _, cl := range buildText(t, "en", "2005-04-27", "Zorgair flew its jet 5,600 miles (10,400 km) on Monday.").Claims {
		if cl.Value == 10400 {
			t.Errorf("a conversion in brackets read as a figure of its own: %q", cl.Label)
		}
	}
	found := figuresOf(buildText(t, "en", "2008-01-09", "Zorgon's UK music store charges £0.79 per song."), 0.79)
	if len(found) != 1 || found[0].Subject != "Zorgon" {
		t.Errorf("the owner of a place's store: %+v", found)
	}
}

// A figure set against the one before belongs to the name after "pour",
// "for", and measures what the one before measures.
func TestFigureSetAgainstForName(t *testing.T) {
	for _, c := range []struct {
		lang, text       string
		value            float64
		subject, measure string
	}{
		{"fr", "Jean Zorg a été élu avec 13 millions de voix contre 12 millions de voix pour son rival Paul Martin.", 12e6, "Paul Martin", "voix"},
		{"fr", "Le candidat Jean Zorg a obtenu 52 % des voix contre 48 % pour Paul Martin.", 48, "Paul Martin", "voix (%)"},
		{"en", "Zorgon won 52% of the vote against 48% for his rival John Smith.", 48, "John Smith", "vote (%)"},
		{"fr", "Jean Zorg a obtenu 52 % des voix contre 48 % en 2017.", 52, "Jean Zorg", "voix (%)"},
	} {
		found := figuresOf(buildText(t, c.lang, "2012-06-24", c.text), c.value)
		for _, cl := range found {
			if cl.Subject != c.subject || cl.Measure != c.measure {
				t.Errorf("%q %v: subject %q, measure %q; want %q, %q", c.text, c.value, cl.Subject, cl.Measure, c.subject, c.measure)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
}

// A time behind schedule is a delay, an amount over budget a cost overrun.
func TestDelaysAndOverruns(t *testing.T) {
	for _, c := range []struct {
		lang, text             string
		value                  float64
		subject, measure, unit string
	}{
		{"en", "The first Zorgbus Z380 was delivered today to Zorg Airlines 18 months behind schedule.", 18, "Zorgbus Z380", "delay", "months"},
		{"en", "The Zorgbus Z400M is four years behind schedule and $7.3 billion over budget.", 4, "Zorgbus Z400M", "delay", "years"},
		{"en", "The Zorgbus Z400M is four years behind schedule and $7.3 billion over budget.", 7.3e9, "Zorgbus Z400M", "cost overrun", "$"},
		{"fr", "Zorgbus a livré le premier Z380 à Air Zorg avec 18 mois de retard.", 18, "Zorgbus", "retard", "mois"},
		{"fr", "Le tribunal correctionnel de Zorgville a condamné jeudi l'ancien maire à deux ans de prison avec sursis.", 2, "l'ancien maire", "peine de prison", "ans"},
		{"en", "A federal judge in Zorgville sentenced Sam Zorg to 25 years in prison on Thursday.", 25, "Sam Zorg", "prison sentence", "years"},
		{"en", "A federal jury in Zorgville on Thursday found Sam Bankman-Fried guilty of fraud. He faces up to 110 years in prison.", 110, "Sam Bankman-Fried", "prison sentence", "years"},
	} {
		found := figuresOf(buildText(t, c.lang, "2007-10-15", c.text), c.value)
		for _, cl := range found {
			if cl.Subject != c.subject || cl.Measure != c.measure || cl.Unit != c.unit {
				t.Errorf("%q %v: subject %q, measure %q, unit %q; want %q, %q, %q", c.text, c.value, cl.Subject, cl.Measure, cl.Unit, c.subject, c.measure, c.unit)
			}
		}
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
	}
	// A duration is still no figure: "for 18 months".
	for _, cl := range buildText(t, "en", "2007-10-15", "Zorgon has worked on the plane for 18 months.").Claims {
		if cl.HasValue && cl.Value == 18 {
			t.Errorf("a duration read as a figure: %q", cl.Label)
		}
	}
}

// A version after a name is no count: "the new Zorgari 4.0 web browser".
func TestVersionsAreNoFigures(t *testing.T) {
	for _, text := range []string{
		"Zorgon also demonstrated its new system and highlighted the new Zorgari 4.0 web browser.",
		"Zorgon released Zorg OS 10.4 to 2 million users on Monday.",
	} {
		for _, cl := range buildText(t, "en", "2009-06-09", text).Claims {
			if cl.HasValue && (cl.Value == 4 || cl.Value == 10.4) {
				t.Errorf("%q: a version read as a figure: %q", text, cl.Label)
			}
		}
	}
}

// A figure about a place keeps its clause's own subject in its label;
// weather's impersonal "il" stands for no one.
func TestPlaceLabelsAndWeather(t *testing.T) {
	found := figuresOf(buildText(t, "fr", "2023-11-09", "Les incendies ont détruit plus de 6 000 hectares de forêt en Gironde."), 6000)
	if len(found) != 1 || found[0].Label != "Gironde : les incendies ont détruit plus de 6 000 hectares" {
		t.Errorf("fires in Gironde: %+v", found)
	}
	tl := buildText(t, "fr", "2023-11-09", "Zorgauto a vendu 300 voitures. Selon Météo-France, il est tombé 150 millimètres de pluie en 24 heures à Nîmes.")
	for _, c := range figuresOf(tl, 150) {
		if c.Subject == "Zorgauto" {
			t.Errorf("the rain's «il» read as Zorgauto: %q", c.Label)
		}
	}
}

// A vote's tally counts the votes for, then against, labelled as written
// and told apart.
func TestVoteTally(t *testing.T) {
	tl := buildText(t, "en", "2022-08-12", "The Zorg House passed the bill by a vote of 311 to 112 on Sunday.")
	for _, c := range []struct {
		value   float64
		measure string
	}{{311, "votes for"}, {112, "votes against"}} {
		found := figuresOf(tl, c.value)
		if len(found) != 1 || found[0].Measure != c.measure || found[0].Label != fmt.Sprintf("Zorg House passed the bill by a vote of 311 to 112 (%v %s)", c.value, c.measure) {
			t.Errorf("%v: %+v", c.value, found)
		}
	}
}

// A tally glued with a hyphen after a verb of voting counts votes too, and
// is no model number; a model number after a count stays one.
func TestHyphenatedVoteTally(t *testing.T) {
	for _, c := range []struct {
		text, label       string
		forVotes, against float64
	}{
		{"The Zorg Senate passed the bill 64-35 on Tuesday.", "Zorg Senate passed the bill 64-35", 64, 35},
		{"The Zorg council voted 7-2 on Tuesday to adopt the budget.", "The Zorg council voted 7-2", 7, 2},
	} {
		tl := buildText(t, "en", "2022-08-12", c.text)
		for _, v := range []struct {
			value   float64
			measure string
		}{{c.forVotes, "votes for"}, {c.against, "votes against"}} {
			found := figuresOf(tl, v.value)
			if len(found) != 1 || found[0].Measure != v.measure || found[0].Label != fmt.Sprintf("%s (%v %s)", c.label, v.value, v.measure) {
				t.Errorf("%q: %v: %+v", c.text, v.value, found)
			}
		}
	}
	if found := figuresOf(buildText(t, "en", "2022-08-12", "Zorgon delivered 12 737-800 jets in May."), 800); len(found) > 0 {
		t.Errorf("a model number read as a tally: %+v", found)
	}
}

// A tally whose clause names no voter is the vote's told just before, and
// the count after it is no vote ("with 17 Republicans joining").
func TestTallyOfTheVoteBefore(t *testing.T) {
	for _, c := range []struct {
		lang, text, voter string
		values            []float64
	}{
		{"en", "The Zorg Senate on Wednesday passed a bill to spend $42 billion on roads. The measure passed 64-35, with 17 Zorgists joining 47 Blorpists in voting for it.",
			"Zorg Senate", []float64{64, 35}},
		{"en", "The Zorg House approved the plan on Tuesday. It passed by a vote of 230 to 190.", "Zorg House", []float64{230, 190}},
	} {
		tl := buildText(t, c.lang, "2018-03-14", c.text)
		for _, v := range c.values {
			found := figuresOf(tl, v)
			if len(found) != 1 || found[0].Subject != c.voter || found[0].Unsure || !tallyMeasure(found[0].Measure) {
				t.Errorf("%q: %v: %+v", c.text, v, found)
			}
		}
		for _, f := range figuresOf(tl, 17) {
			if tallyMeasure(f.Measure) {
				t.Errorf("%q: 17 read as votes: %+v", c.text, f)
			}
		}
	}
}

// The amount of a verb's object is labelled as written.
func TestObjectAmountLabels(t *testing.T) {
	for _, c := range []struct {
		lang, text, label string
		value             float64
	}{
		{"fr", "Zorgon a annoncé lundi un plan de 10 milliards d'euros d'investissements.", "Zorgon a annoncé un plan de 10 milliards d'euros d'investissements", 10e9},
	} {
		found := figuresOf(buildText(t, c.lang, "2024-03-15", c.text), c.value)
		if len(found) != 1 || found[0].Label != c.label {
			var got []string
			for _, f := range found {
				got = append(got, f.Label)
			}
			t.Errorf("%q: labels %q, want %q", c.text, got, c.label)
		}
	}
}

// The English tagger's readings inside a noun phrase or a clause mark are
// set right before the figures are read: "up" and "down" before a figure
// are adverbs, a hyphenated participle or an -ing word before a noun its
// adjective, "as" before a noun phrase and its verb a conjunction, and a
// figure after "and" is what the one before it is.
func TestEnglishPhraseReadings(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "Zorgon cut its profit forecast on Monday, sending its shares down 7.6% in extended trading.", value: 7.6, subject: "Zorgon", measure: "share (%)"},
		{lang: "en", text: "The new Zorgphone comes in a 30GB edition and a 60GB edition for US$299 and US$399, respectively.", value: 399, subject: "Zorgphone", measure: "price ($)"},
		{lang: "en", text: "Zorgon said its revenue grew 14% to $9.23 billion, slightly below analysts' estimates of $9.33 billion.", value: 9.33e9, subject: "Zorgon", measure: "revenue ($), expected", saidBy: "analysts"},
		{lang: "en", text: "Zorgon beats forecasts as trips rise 20%.", value: 20, subject: "Zorgon", measure: "trip (%)"},
	})
}

// A figure after "magnitude" is a reading on a scale, not a count of the
// noun after it ("a magnitude 7.5 earthquake": not 7.5 earthquakes), of the
// quake its phrase names, not of the place it struck; a decimal comma
// inside the subject ("de magnitude 7,5") does not cut the clause, so the
// quake's dead are the quake's.
func TestMagnitude(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "A magnitude 7.5 earthquake struck Zorgland on Monday.", value: 7.5, measure: "magnitude", subject: "the earthquake", sure: true},
		{lang: "fr", text: "Un séisme de magnitude 7,5 a frappé la péninsule de Zorg le 1er janvier, faisant plus de 200 morts.", value: 7.5, measure: "magnitude", subject: "Un séisme", sure: true},
		{lang: "fr", text: "Un séisme de magnitude 7,5 a frappé la péninsule de Zorg le 1er janvier, faisant plus de 200 morts.", value: 200, subject: "Un séisme de magnitude 7,5", sure: true},
		// "a magnitude of", "measured … on the Richter scale": the quake
		// its clause's subject names, not the source that gives it nor
		// the scale.
		{lang: "en", text: "The earthquake had a magnitude of 7.4, the Zorg Geological Survey said.", value: 7.4, measure: "magnitude", subject: "The earthquake", sure: true},
		{lang: "en", text: "The quake measured 7.4 on the Richter scale.", value: 7.4, measure: "magnitude", subject: "The quake", sure: true},
		{lang: "fr", text: "Le séisme a atteint une magnitude de 7,4 selon l'institut de Zorg.", value: 7.4, measure: "magnitude", subject: "Le séisme", sure: true},
	})
}

// A verb the tagger found inside a noun phrase is read as the phrase's
// word, so that the clause's own verb keeps its date.
func TestEnglishPhraseVerbs(t *testing.T) {
	for _, c := range []struct{ text, label string }{
		{"Zorgair will display the aircraft it intends to launch into passenger-carrying service in November 2024.", "launch"},
		{"The company also announced the Zorgphone 2.0 update that was released to developers and is scheduled for public release in June.", "scheduled"},
		{"When the Air Force selected Los Angeles based Zorgrumman on February 29 to build the aircraft, Zorgon protested.", "Air Force selected"},
	} {
		wantEvent(t, "en", "2024-03-15", c.text, c.label)
	}
}

// wantEvent checks that text, published on pub, gives an event whose label
// holds label.
func wantEvent(t *testing.T, lang, pub, text, label string) {
	t.Helper()
	tl := buildText(t, lang, pub, text)
	for _, cl := range tl.Claims {
		if cl.Metric == MetricEvent && strings.Contains(cl.Label, label) {
			return
		}
	}
	t.Errorf("%q: no event %q in %v", text, label, labelsOf(tl))
}

func labelsOf(tl *Timeline) []string {
	var out []string
	for _, cl := range tl.Claims {
		out = append(out, cl.Label)
	}
	return out
}

// A present participle after a comma goes on with the clause before it:
// the figure it gives is that clause's subject's ("sold 13.7 million Macs
// last year, totaling US$22 billion"). Money "in" a noun is that noun's
// ("$500 million in revenue").
func TestParticipleAndMoneyIn(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "Zorgon sold 13.7 million phones last year, totaling US$22 billion.", value: 22e9, subject: "Zorgon", measure: "total ($)", sure: true},
		{lang: "en", text: "Zorgon shipped 5 million phones in 2023, generating $2 billion in revenue.", value: 2e9, subject: "Zorgon", measure: "revenue ($)", sure: true},
		{lang: "fr", text: "Zorgon a vendu 2 millions de téléphones en 2023, représentant 40 % du marché.", value: 40, subject: "Zorgon", sure: true},
		{lang: "en", text: "Zorgon has 109 retail stores, creating over $500 million yearly in revenue.", value: 500e6, subject: "Zorgon", measure: "revenue ($)"},
		{lang: "en", text: "The company Zorgon has $4 billion in cash.", value: 4e9, subject: "Zorgon", measure: "cash ($)"},
		{lang: "en", text: "Zorgazon agreed to buy Zorgbot for about $1.7 billion in cash.", value: 1.7e9, subject: "Zorgazon", measure: "price ($)"},
	})
}

// The measure an economy's figure is a share of is never its subject.
func TestGDPIsNoSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le déficit public atteindra 4,5 % du PIB en 2012. Les impôts augmenteront de 7,2 milliards d'euros."},
		{"en", "The deficit will reach 4.5% of GDP in 2012. Taxes will rise by $7.2 billion."},
	} {
		tl := buildText(t, c.lang, "2012-07-04", c.text)
		for _, cl := range tl.Claims {
			if cl.Subject == "PIB" || cl.Subject == "GDP" {
				t.Errorf("%q: %q has the subject %q", c.text, cl.Label, cl.Subject)
			}
		}
	}
}

// A figure's measure is never an auxiliary the tagger read as its clause's
// subject, and the event of a verb whose object is the figure ("rose US
// $5.41") is the figure's claim, not an event beside it.
func TestAuxiliaryAndCurrencyPrefix(t *testing.T) {
	text := "Shares of Zorgon rose US $5.41 yesterday in regular trading, continuing their trend of having risen 23 percent this year."
	tl := buildText(t, "en", "2010-06-16", text)
	for _, cl := range tl.Claims {
		if strings.Contains(cl.Measure, "having") {
			t.Errorf("%q: measure %q", cl.Label, cl.Measure)
		}
		if cl.Metric == MetricEvent && strings.Contains(cl.Label, "rose") {
			t.Errorf("an event beside the figure: %q", cl.Label)
		}
	}
}

// The person who reports a figure, when no clause names its subject, is a
// guess: the figure stays searchable, off the timeline.
func TestReporterIsAGuessedSubject(t *testing.T) {
	eachFigure(t, "en", "2005-06-06", "Steve Jobs welcomed everyone to the event and announced that there were 3,800 attendees.", 3800, func(cl Claim) {
		if cl.Subject == "Steve Jobs" && !cl.Unsure {
			t.Errorf("%q: subject %q, sure", cl.Label, cl.Subject)
		}
	})
}

// "It" opening a sentence stands for the organisation or product the
// sentence before opens with, when no claim was read in between: "The
// Zorgphone Z1 pauses music… It will cost $250", not the product of an
// earlier claim.
func TestItAfterAnOpeningName(t *testing.T) {
	checkFigures(t, "2005-09-07", []figureCase{
		{lang: "en", text: "Zorgon introduced the Zorgpod, which costs $199. Zorgon shares rose 3% on Tuesday. The Zorgphone Z1 has a color display. The Zorgphone Z1 pauses music automatically when users take a call. It will cost $250 with a two-year contract.",
			value: 250, subject: "Zorgphone Z1", measure: "price ($)"},
	})
}

// Names joined by "and" that a preposition governs are no joint subject:
// "a tour of Asia and Australia has been delayed" is not Asia and
// Australia's event ("The European Union and Norway agreed" is theirs).
func TestJoinedPlacesAreNoSubject(t *testing.T) {
	tl := buildText(t, "en", "2005-11-05", "The departure from France of the new Zorgbus Z380 on a tour of Asia and Australia has been delayed, leading to a rearrangement of its schedule.")
	for _, cl := range tl.Claims {
		if strings.Contains(cl.Subject, "Asia") {
			t.Errorf("%q: subject %q", cl.Label, cl.Subject)
		}
	}
}

// "X said its revenue fell": the figure is the reporter's, and "the
// drugmaker" in the next sentence stands for it, not for the organisation
// of the sentence before.
func TestReporterOwnsItsFigure(t *testing.T) {
	text := "The Supreme Court agreed on Monday to hear a challenge to the law. Zorgfizer said its third-quarter revenue fell 42% to $13.2 billion. The drugmaker cut its full-year forecast by $9 billion."
	checkFigures(t, "2023-11-09", []figureCase{
		{lang: "en", text: text, value: 42, subject: "Zorgfizer", measure: "revenue (%)", sure: true},
		{lang: "en", text: text, value: 9e9, subject: "Zorgfizer", sure: true},
	})
}

// A verb coordinated with the one before shares its subject, not the place
// or object between them ("La tempête Ciaran a fait 16 morts en Europe et
// privé d'électricité 1,2 million de foyers").
func TestCoordinatedVerbAfterAPlace(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "fr", text: "La tempête Zorgan a fait au moins 16 morts en Europe et privé d'électricité 1,2 million de foyers.", value: 1.2e6, subject: "Zorgan", sure: true},
		{lang: "en", text: "Storm Zorgan killed at least 16 people across Europe and left 1.2 million homes without power.", value: 1.2e6, subject: "Storm Zorgan", sure: true},
	})
}

// An English compound's head is its last noun: the dead of "A heat wave in
// Europe killed 1,700 people" are the heat wave's, not "A heat".
func TestCompoundEventSubject(t *testing.T) {
	checkFigures(t, "2022-08-12", []figureCase{
		{lang: "en", text: "A heat wave in Zorgland killed more than 1,700 people in July.", value: 1700, subject: "A heat wave"},
		{lang: "en", text: "A storm surge in Zorgland killed 300 people on Monday.", value: 300, subject: "A storm surge"},
	})
}

// The counts someone is found guilty of are theirs, not the jury's.
func TestGuiltyOfCounts(t *testing.T) {
	checkFigures(t, "2023-11-09", []figureCase{
		{lang: "en", text: "A federal jury in Manhattan on Thursday found Sam Zorgman guilty of seven counts of fraud and conspiracy.", value: 7, subject: "Sam Zorgman", sure: true},
		{lang: "fr", text: "Le tribunal a reconnu jeudi Jean Zorg coupable de trois chefs d'accusation.", value: 3, subject: "Jean Zorg"},
	})
}

// A share "voting in favor" measures the votes cast that way, and belongs
// to the subject of the clause it completes.
func TestVoteShares(t *testing.T) {
	checkFigures(t, "2023-11-09", []figureCase{
		{lang: "en", text: "Shareholders of Zorgon approved the merger on Friday, with 87% voting in favour.", value: 87, subject: "Zorgon", measure: "vote in favor", sure: true},
		{lang: "fr", text: "Les adhérents de la Zorgcgt ont approuvé l'accord jeudi, avec 62 % votant pour.", value: 62, subject: "Zorgcgt", measure: "vote pour"},
	})
	tl := buildText(t, "en", "2023-11-09", "UAW members ratified a new contract with Zorgford on Thursday, with 69% voting in favor.")
	found := false
	for _, cl := range tl.Claims {
		found = found || cl.Metric == MetricEvent && strings.HasPrefix(cl.Label, "UAW members ratified")
	}
	if !found {
		t.Errorf("no event of the UAW members in %v", labelsOf(tl))
	}
}

// A thing set for a date is an event of that date, its subject the one who
// sets it; a French day without a year set in the future is the coming one.
func TestScheduledForADate(t *testing.T) {
	for _, c := range []struct{ lang, pub, text, label, date string }{
		{"en", "2024-05-23", "Prime Minister Rishi Zorgak announced a general election for July 4.", "Rishi Zorgak: a general election", "2024-07-04"},
		{"fr", "2024-05-23", "Le président Zorgan a annoncé des élections législatives pour le 30 juin.", "Zorgan: des élections législatives", "2024-06-30"},
	} {
		tl := buildText(t, c.lang, c.pub, c.text)
		found := false
		for _, cl := range tl.Claims {
			if cl.Label == c.label {
				found = true
				if got := cl.Date.String(); got != c.date {
					t.Errorf("%q dated %s, want %s", cl.Label, got, c.date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event %q in %v", c.text, c.label, labelsOf(tl))
		}
	}
}

// The top of a range of changes moves as its bottom does: "expects
// earnings to fall 11% to 13%" is a fall of 13% at most, not a level.
func TestRangeOfChanges(t *testing.T) {
	tl := buildText(t, "en", "2022-08-12", "Zorgmart cut its forecast. The retailer now expects earnings per share to fall 11% to 13% this year.")
	for _, cl := range figuresOf(tl, 13) {
		if cl.Unit != "−%" {
			t.Errorf("%q: unit %q, want −%%", cl.Label, cl.Unit)
		}
	}
	if len(figuresOf(tl, 13)) == 0 {
		t.Error("13% not read")
	}
}

// The date a change is measured against is not the change's, with its
// article and the words after it ("par rapport à l'année dernière à la
// même époque"); "de janvier à mars" stays a stretch.
func TestComparisonBaseWithArticle(t *testing.T) {
	eachFigure(t, "fr", "2002-09-01", "L'optimisme des Zorgiens enregistre une hausse de 10 points par rapport à l'année dernière à la même époque.", 10, func(cl Claim) {
		if !cl.AsOf {
			t.Errorf("%q dated %v, the comparison's year", cl.Label, cl.Date)
		}
	})
	eachFigure(t, "fr", "2002-09-01", "Les ventes de Zorgon ont progressé de 5 % de janvier à mars.", 5, func(cl Claim) {
		if cl.AsOf {
			t.Errorf("%q: as of publication, not January to March", cl.Label)
		}
	})
}

// The English tag readings leave names, verbs after a model's number and
// idioms alone (review of the readings above).
func TestEnglishReadingsLeaveAlone(t *testing.T) {
	for _, c := range []struct{ text, label string }{
		{"The Zorgbus 737 crashed in Ethiopia on Sunday.", "crashed"},
		{"Shareholders of Zorgon re-elected the directors on Monday.", "re-elected"},
	} {
		wantEvent(t, "en", "2024-03-15", c.text, c.label)
	}
	eachFigure(t, "en", "2024-03-15", "Zorgon paid $2 million in total to settle the case on Monday.", 2e6, func(cl Claim) {
		if strings.HasPrefix(cl.Measure, "total") {
			t.Errorf("%q: measure %q", cl.Label, cl.Measure)
		}
	})
	// "it" in the second sentence, no claim before it.
	checkFigures(t, "2005-09-07", []figureCase{
		{lang: "en", text: "The Zorgphone Z1 pauses music automatically when users take a call. It will cost $250 with a two-year contract.",
			value: 250, subject: "Zorgphone Z1"},
	})
}

// A figure right after one dated to a period takes that period only when
// its own clause does not name another subject.
func TestPeriodOfAnotherSubject(t *testing.T) {
	eachFigure(t, "en", "2022-08-12", "Zorgmart cut its forecast. The retailer now expects earnings per share to fall 11% to 13% this year. Researchers at the University of Zorgford said the vaccine was 76% effective against severe disease.", 76, func(cl Claim) {
		if !cl.AsOf {
			t.Errorf("%q dated %v, the year of Zorgmart's forecast", cl.Label, cl.Date)
		}
	})
}

// A figure whose passage names no one does not go on about a noun phrase
// an event was about: "Les élections législatives auront lieu le 30 juin.
// Le chômage a baissé de 0,2 point" is nobody's.
func TestContextIsAnEntity(t *testing.T) {
	tl := buildText(t, "fr", "2024-06-10", "Les élections législatives auront lieu le 30 juin et le 7 juillet. Le chômage a baissé de 0,2 point au premier trimestre, à 7,3 % de la population active.")
	for _, cl := range tl.Claims {
		if cl.HasValue && strings.Contains(cl.Subject, "élections") {
			t.Errorf("%q: subject %q", cl.Label, cl.Subject)
		}
	}
}

// A running total after a figure counts what the figure counts.
func TestRunningTotal(t *testing.T) {
	checkFigures(t, "2024-06-10", []figureCase{
		{lang: "fr", text: "Zorgbus a livré 63 avions en mai, portant le total à 266 depuis janvier.", value: 266, subject: "Zorgbus", measure: "avion (total)", sure: true},
		{lang: "en", text: "Zorgbus delivered 63 jets in May, bringing its total to 266 since January.", value: 266, subject: "Zorgbus", measure: "jet (total)", sure: true},
	})
}

// A figure another organisation reports is not the article's main
// organisation's for want of a name, and "The International Energy
// Agency said" is an organisation speaking, not a person.
func TestFigureReportedByAnotherOrganisation(t *testing.T) {
	text := "Real Zorgid won the Champions League final on Saturday. Real Zorgid fans celebrated. The International Energy Agency said global oil demand would grow by 1 million barrels a day in 2024."
	eachFigure(t, "en", "2024-06-10", text, 1e6, func(cl Claim) {
		if cl.Subject == "Real Zorgid" {
			t.Errorf("%q: subject %q", cl.Label, cl.Subject)
		}
	})
}

// The head of an English subject with a phrase after it is its first
// noun: "Inflation in the euro area slowed to 2.4%" measures inflation.
func TestHeadBeforeACompoundPhrase(t *testing.T) {
	eachFigure(t, "en", "2024-04-20", "Inflation in the euro area slowed to 2.4% in March.", 2.4, func(cl Claim) {
		if !strings.HasPrefix(cl.Measure, "inflation") {
			t.Errorf("%q: measure %q", cl.Label, cl.Measure)
		}
	})
}

// A public measure's phrase is no organisation's figure, even in an
// article about one: "Inflation in the euro area" is the euro area's, not
// Zorgflix's.
func TestPublicMeasureIsNoOrganisations(t *testing.T) {
	checkFigures(t, "2024-04-20", []figureCase{
		{lang: "en", text: "Zorgflix added 9.3 million subscribers in the first quarter. Zorgflix shares fell. Inflation in the euro area slowed to 2.4% in March.", value: 2.4, subject: "the euro area", sure: true},
		{lang: "en", text: "Zorgflix added 9.3 million subscribers in the first quarter. Zorgflix shares fell. Despite inflation the revenue grew 8% in March.", value: 8, subject: "Zorgflix", sure: true},
		{lang: "fr", text: "Zorgflix a gagné 9 millions d'abonnés au premier trimestre. L'action de Zorgflix a reculé. Le chômage dans la zone euro a baissé à 6,5 % en mars.", value: 6.5, subject: "la zone euro", sure: true},
	})
}

// A possessive before a figure names its owner: "the Zorgland Air Force's
// $40 billion tanker contract" is the Air Force's, whoever the clause's
// subject is, and the possessive is not what the figure measures.
func TestPossessiveOwnerOfAFigure(t *testing.T) {
	checkFigures(t, "2008-06-19", []figureCase{
		{lang: "en", text: "The Government Accountability Office on June 18 called for a re-run of the bidding for the Zorgland Air Force's $40 billion tanker contract.", value: 40e9, subject: "Zorgland Air Force", measure: "tanker contract ($)", sure: true},
	})
	tl := buildText(t, "en", "2008-06-19", "The Government Accountability Office on June 18 called for a re-run of the bidding for the Zorgland Air Force's $40 billion tanker contract.")
	for _, c := range figuresOf(tl, 40e9) {
		if strings.Contains(c.Label, "'s") {
			t.Errorf("label %q holds the possessive", c.Label)
		}
	}
}

// "L'entreprise", "the company" right after a sentence that names another
// organisation than the article's main one is that organisation.
func TestCompanyAnaphorAfterAnotherOrganisation(t *testing.T) {
	checkFigures(t, "2024-06-10", []figureCase{
		{lang: "fr", text: "Zorgbus a livré 63 avions en mai. Zorgbus a livré 40 avions en avril. Le tribunal de commerce de Paris a placé Zorgino en redressement judiciaire le 4 juin. L'entreprise emploie 50 000 personnes en France.", value: 50000, subject: "Zorgino", sure: true},
		{lang: "en", text: "Zorgbus delivered 63 planes in May. Zorgbus delivered 40 planes in April. A court placed Zorgino under administration on June 4. The company employs 50,000 people in France.", value: 50000, subject: "Zorgino", sure: true},
	})
}

// The dead and injured a clause counts without naming its cause go on from
// the disaster before, not from a person the sentence before named.
func TestDeadAreNoPersonsFigure(t *testing.T) {
	text := "Son président, Jean-Pierre Zorgou, a annoncé lundi l'achat de 15 rames pour 1,2 milliard d'euros. Selon le ministère de l'Intérieur, 3 200 personnes ont été tuées sur les routes en 2024."
	for _, c := range figuresOf(buildText(t, "fr", "2025-06-12", text), 3200) {
		if c.Subject == "Jean-Pierre Zorgou" && !c.Unsure {
			t.Errorf("3 200 tués: subject %q on the timeline", c.Subject)
		}
	}
}

// "The company" stands for no subject that is not an organisation: "The
// storm cut power to 80,000 homes. The company said it had hired 1,500
// engineers" is not the storm's.
func TestCompanyIsNoStorm(t *testing.T) {
	for _, c := range figuresOf(buildText(t, "en", "2025-03-06", "The storm cut power to 80,000 homes on Monday. The company said it had hired 1,500 engineers in India."), 1500) {
		if c.Subject == "The storm" {
			t.Errorf("1,500 engineers: subject %q", c.Subject)
		}
	}
}

// "Shares in" a name are a company's, which "the company" then stands for,
// though the article's main organisation is another: the name is no place.
func TestSharesInACompany(t *testing.T) {
	text := "The Bank of England held interest rates at 5.25% on Thursday. " +
		"Shares in Halden Foods fell 12% after the supermarket group cut its profit forecast. The company, which employs 48,000 people, said it would close 30 stores."
	checkFigures(t, "2024-05-16", []figureCase{
		{lang: "en", text: text, value: 12, subject: "Halden Foods"},
		{lang: "en", text: text, value: 48000, subject: "Halden Foods"},
	})
}

// A definite noun phrase stands for the subject the article gave with that
// noun, not for the last subject named: "The coalition" after "Tomas Zorg's
// three-party coalition survived", whatever came between.
func TestAnaphorTakesTheSubjectItsNounEnds(t *testing.T) {
	checkFigures(t, "2023-03-16", []figureCase{
		{lang: "en", text: "Prime Minister Tomas Zorg's three-party coalition survived a confidence vote on Wednesday. The opposition Blorp movement called the vote last week. The coalition holds 108 seats in the 200-member chamber.", value: 108, subject: "Prime Minister Tomas Zorg's three-party coalition"},
		{lang: "fr", text: "La coalition de centre gauche a remporté les élections dimanche. L'opposition Blorp a dénoncé des fraudes lundi. La coalition détient 108 sièges sur 200.", value: 108, subject: "La coalition de centre gauche"},
	})
}

// A place a preposition sets after the subject's noun qualifies it: "Une
// avalanche dans les Alpes françaises a causé la mort de neuf personnes" is
// the avalanche's toll, not the Alps'.
func TestPlaceQualifiesTheSubject(t *testing.T) {
	checkFigures(t, "2012-07-12", []figureCase{
		{lang: "fr", text: "Une avalanche dans les Alpes françaises a causée la mort de neuf personnes, selon les autorités.", value: 9, subject: "Une avalanche", sure: true},
		{lang: "fr", text: "Une tempête dans le Finistère a fait trois morts lundi.", value: 3, subject: "Une tempête", sure: true},
		{lang: "en", text: "A fire in the Zorg Mountains killed nine people on Monday.", value: 9, subject: "A fire", sure: true},
		// (and all a disaster does, in an article about a company)
		{lang: "fr", text: "Zorgon a vendu 3 millions de tablettes en mai. Un incendie dans le Var a détruit 300 hectares lundi.", value: 300, subject: "Un incendie", sure: true},
		{lang: "en", text: "Shares in Zorgon fell 3% on Monday. A fire in the Zorg Mountains destroyed 300 homes on Sunday.", value: 300, subject: "A fire", sure: true},
	})
}

// A poll's share of people who think or feel something is those people's:
// the people it is "of", those "d'entre eux" stands for, else the people of
// the poll told just before; not a name the passage holds.
func TestPollPopulations(t *testing.T) {
	checkFigures(t, "2002-09-01", []figureCase{
		{lang: "fr", text: "Selon un sondage Ifop, 58 % des Français se disent sceptiques sur la baisse des impôts.", value: 58, subject: "Français", measure: "sceptique (%)", sure: true},
		{lang: "fr", text: "Le renforcement de la sécurité a rassuré les habitants de l'Utah puisque 63 % d'entre eux pensent qu'une attaque est peu probable, selon un sondage paru hier.", value: 63, subject: "les habitants de l'Utah", sure: true},
		{lang: "fr", text: "Selon un sondage paru hier, 63 % des habitants de Zorgville pensent qu'une attaque est peu probable. Le sondage révèle aussi que 87 % ont confiance dans la police.", value: 87, subject: "habitants de Zorgville", measure: "confiance (%)", sure: true},
		{lang: "en", text: "According to a Gallup poll released on Monday, 58% of Americans approve of the new law.", value: 58, subject: "Americans", measure: "approve (%)", sure: true},
		{lang: "en", text: "A Zorgov poll found that 41% of voters support the plan.", value: 41, subject: "voters", sure: true},
		{lang: "fr", text: "Les salariés ont été interrogés sur les retraites et 63 % d'entre eux jugent la réforme injuste, selon un sondage.", value: 63, subject: "Les salariés"},
	})
}

// The dead a participle after a comma counts are those of the event its
// clause's subject names, whatever the noun and even after "all": "crashed
// in June, killing all 228 people", "tuant tous les 228 passagers"; and a
// country a name ends with is no subject ("Air France flight 447").
func TestCasualtiesOfAParticiple(t *testing.T) {
	checkFigures(t, "2009-07-30", []figureCase{
		{lang: "en", text: "The Zorgbus Z330 jetliner crashed into the Atlantic Ocean in June, killing all 228 people on board.", value: 228, subject: "Zorgbus Z330 jetliner", sure: true},
		{lang: "en", text: "The jetliner crashed into the Atlantic Ocean in June, killing 228 people on board.", value: 228, subject: "The jetliner", sure: true},
		{lang: "en", text: "Air France flight 447 crashed into the Atlantic Ocean in June, killing all 228 people on board.", value: 228, subject: "Air France flight", sure: true},
		{lang: "fr", text: "L'avion s'est abîmé dans l'Atlantique en juin, tuant tous les 228 passagers.", value: 228, subject: "L'avion", sure: true},
		{lang: "en", text: "A magnitude 7.5 earthquake struck Zorgland's coast on January 1, killing more than 200 people.", value: 200, subject: "A magnitude 7.5 earthquake", sure: true},
	})
	// The participle of a clause whose one verb the tagger's reading
	// made a modifier ("The ruling party lost"), and the whole a part is
	// "of", which is no figure of its own.
	checkFigures(t, "2024-06-10", []figureCase{
		{lang: "en", text: "Zorgland's ruling party lost its majority in the general election, winning 240 of 543 seats.", value: 240, subject: "Zorgland's ruling party", sure: true},
		{lang: "en", text: "The ruling party lost its majority on Tuesday, winning 240 of 543 seats.", value: 240, subject: "The ruling party", sure: true},
	})
	if got := figuresOf(buildText(t, "en", "2024-06-10", "The court acquitted all three defendants on Monday."), 3); len(got) > 0 {
		t.Errorf("\"acquitted all three defendants\" read as a count: %q", got[0].Label)
	}
	if got := figuresOf(buildText(t, "en", "2024-06-10", "The ruling party lost its majority on Tuesday, winning 240 of 543 seats."), 543); len(got) > 0 {
		t.Errorf("the whole of \"240 of 543 seats\" read as a figure: %q", got[0].Label)
	}
	// A figure's participle goes on with the figure before, its subject
	// and its time.
	text := "Zorg said that his company sold 13.7 million Zorgbooks last year, totaling US$22 billion."
	if got := figureDates(buildText(t, "en", "2010-10-23", text)); strings.Join(got, ",") != "2009,2009" {
		t.Errorf("%q: figures dated %q, want both 2009", text, got)
	}
}

// The one a verb of ordering names does what the infinitive after it
// says: "ordered Donald Trump to pay $355 million" is Trump's to pay, while
// "defeated Zorgon to win an order for 179 tankers" stays the winner's.
func TestToldToPay(t *testing.T) {
	checkFigures(t, "2024-04-20", []figureCase{
		{lang: "en", text: "A judge in New York ordered Donald Zorgump to pay $355 million in penalties in February.", value: 355e6, subject: "Donald Zorgump", sure: true},
		{lang: "fr", text: "Le tribunal a condamné Zorgon à payer 2 millions d'euros d'amende.", value: 2e6, subject: "Zorgon"},
	})
}

// The running total of new users is the users: "added 9.3 million
// subscribers, bringing its total to 269.6 million".
func TestRunningTotalOfUsers(t *testing.T) {
	tl := buildText(t, "en", "2024-04-20", "Zorgflix added 9.3 million subscribers in the first quarter, bringing its total to 269.6 million.")
	found := figuresOf(tl, 269.6e6)
	if len(found) == 0 {
		t.Fatal("269.6 million not read")
	}
	for _, cl := range found {
		if cl.Metric != MetricActiveUsers {
			t.Errorf("%q: metric %s, want active users", cl.Label, cl.Metric)
		}
	}
}

// "reported first-quarter revenue of $36.5 billion on Wednesday": the
// figure is of the first quarter, Wednesday the day of the report.
func TestPeriodCompoundDatesTheFigure(t *testing.T) {
	eachFigure(t, "en", "2024-04-20", "Zorgmeta reported first-quarter revenue of $36.5 billion on Wednesday, up 27% from a year earlier.", 36.5e9, func(cl Claim) {
		if got := cl.Date.String(); got != "2024-01/2024-03" {
			t.Errorf("%q dated %s, want the first quarter", cl.Label, got)
		}
	})
}

// The number a tally sets against the votes for counts the votes against.
func TestVotesAgainst(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "fr", text: "L'Assemblée de Zorgland a adopté mercredi le projet de loi par 312 voix contre 220.", value: 220, measure: "voix contre", sure: true},
		{lang: "en", text: "The Zorgland Parliament approved the bill by 523 votes to 46 on Wednesday.", value: 46, measure: "votes against", sure: true},
	})
}

// "Le parti" right after a sentence about a party is that party, not a
// body of its own ("The opposition party" stays itself).
func TestThePartyIsThePartyBefore(t *testing.T) {
	checkFigures(t, "2024-06-10", []figureCase{
		{lang: "fr", text: "Le Zorgement national a obtenu 31,4 % des voix dimanche. Le parti a remporté 30 sièges.", value: 30, subject: "Zorgement national"},
		{lang: "en", text: "The opposition party won 99 seats on Tuesday.", value: 99, subject: "The opposition party"},
		{lang: "fr", text: "Le Zorgement national a obtenu 31,4 % des voix dimanche. Une coalition de gauche a remporté 180 sièges.", value: 180, subject: "Une coalition de gauche"},
	})
}

// A phrase of time opening the sentence ("Since its 1967 debut") is no
// subject: its noun measures nothing the figures after it count.
func TestPhraseOfTimeIsNoSubject(t *testing.T) {
	// (the phrase ends at its first noun: "During the pandemic sales rose")
	checkFigures(t, "2024-06-10", []figureCase{
		{lang: "en", text: "Zorgon sells phones. During the pandemic sales rose 20% at Zorgon.", value: 20, subject: "Zorgon", sure: true},
	})
	text := "Zorgon delayed the Z37 replacement. Since its 1967 debut 5,700 Z37s have been delivered to date, with orders for 2,200 more."
	eachFigure(t, "en", "2008-05-24", text, 2200, func(c Claim) {
		if !c.Unsure && strings.Contains(c.Measure, "debut") {
			t.Errorf("%q: measure %q from the phrase of time", c.Label, c.Measure)
		}
	})
}

// A figure with a noun of its own does not take the one before it as what
// it measures: "300 personnes qui génèrent la moitié des mots" is half of
// the words, not a growth of the people.
func TestOwnNounIsNotCarried(t *testing.T) {
	text := "Zorgpédia est une encyclopédie. La communauté de Zorgpédia est composée d'une petite élite de 300 personnes qui génèrent pratiquement la moitié des mots."
	eachFigure(t, "fr", "2012-11-10", text, 50, func(c Claim) {
		if strings.Contains(c.Label, "personnes") || strings.Contains(c.Label, "growth") {
			t.Errorf("label %q carries the figure before", c.Label)
		}
	})
}

// The dead and injured a later sentence counts, with no subject of its own,
// are those of the disaster the article dated before; not when it was told
// too far back.
func TestDisasterCasualtiesCarryOver(t *testing.T) {
	for _, c := range []struct {
		lang, text             string
		value                  float64
		subject, measure, date string
	}{
		{"fr", "Un avion de ligne s'est écrasé dimanche à Lagos. L'appareil était exploité par Zorg Air. Il transportait 147 passagers. " +
			"Au moins une quarantaine de personnes au sol ont également été tuées.",
			40, "Un avion de ligne", "personne tue", "2012-06-03"},
		{"en", "A plane crashed on Sunday in Lagos. At least 40 people on the ground were also killed.",
			40, "A plane", "people killed", "2012-06-03"},
		{"en", "A magnitude 6 earthquake struck the region on Sunday. At least 40 people died.",
			40, "A magnitude 6 earthquake", "people died", "2012-06-03"},
	} {
		eachFigure(t, c.lang, "2012-06-05", c.text, c.value, func(cl Claim) {
			if cl.Subject != c.subject || cl.Measure != c.measure || cl.Date.String() != c.date || cl.Unsure {
				t.Errorf("%q: %v: subject %q, measure %q, date %s, unsure %v; want %q, %q, %s", c.text, c.value, cl.Subject, cl.Measure, cl.Date, cl.Unsure, c.subject, c.measure, c.date)
			}
		})
	}
	far := "Un avion s'est écrasé dimanche à Lagos. Le pays est le plus peuplé d'Afrique. Il compte de nombreuses villes. " +
		"La capitale est Abuja. La ville de Lagos est la plus grande. Son port est actif. Au moins 40 personnes ont été tuées."
	for _, cl := range figuresOf(buildText(t, "fr", "2012-06-05", far), 40) {
		if cl.Subject == "Un avion" && !cl.Unsure {
			t.Errorf("%q: the dead told six sentences after the crash are its: %+v", far, cl)
		}
	}
}

// A percentage its verb moves is measured by the direction the verb says,
// in the article's language: a fall, a rise.
func TestChangeMeasureByDirection(t *testing.T) {
	checkFigures(t, "2024-03-15", []figureCase{
		{lang: "en", text: "The FTSE 100 fell 2.5% on Monday.", value: 2.5, subject: "FTSE 100", measure: "fall (%)", sure: true},
		{lang: "en", text: "The Dow Jones rose 1.5% on Monday.", value: 1.5, subject: "Dow Jones", measure: "rise (%)", sure: true},
		{lang: "fr", text: "Le CAC 40 a progressé de 1,2 % lundi.", value: 1.2, subject: "CAC 40", measure: "hausse (%)", sure: true},
		{lang: "fr", text: "Le CAC 40 a reculé de 1,2 % lundi.", value: 1.2, subject: "CAC 40", measure: "baisse (%)", sure: true},
	})
}

// A public measure ("le taux de chômage", "the rate of inflation") is no
// organisation's for want of a subject, and "la République", "l'Etat"
// alone name no one: the figure is the measure's own (since session 33:
// the gold of every probe set names the statistic as its subject).
func TestPublicMeasureNoOrganisations(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"fr", "Le président de la République s'est félicité du bilan. Zorgon a publié ses résultats. Le taux de chômage a reculé de 0,2 point au troisième trimestre.", 0.2, "Le taux de chômage"},
		{"fr", "Le président de la République s'est félicité du bilan. Le taux de chômage a atteint 7,4 % au troisième trimestre.", 7.4, "Le taux de chômage"},
		{"en", "Zorgon published its results. The rate of unemployment fell to 4.1% in the third quarter.", 4.1, "The rate of unemployment"},
	} {
		found := figuresOf(buildText(t, c.lang, "2023-11-15", c.text), c.value)
		if len(found) == 0 {
			t.Errorf("%q: %v not read", c.text, c.value)
		}
		for _, cl := range found {
			if cl.Subject != c.want || cl.Unsure || lexis.Fold(cl.Subject) == "republique" {
				t.Errorf("%q: %v: subject %q, unsure %v; want %q, never «République»", c.text, c.value, cl.Subject, cl.Unsure, c.want)
			}
		}
	}
}

// A figure in an existential clause ("there were 3,800 attendees", "il y
// avait trois tonnes de linge") is no one's for want of a subject: the
// entity its passage names is a guess, off the timeline.
func TestExistentialClauseNamesNoOne(t *testing.T) {
	checkFigures(t, "2005-06-06", []figureCase{
		{lang: "en", text: "Zorg welcomed everyone to the event and announced that there were 3,800 attendees.", value: 3800},
	})
	for _, text := range []string{
		"Zorg welcomed everyone to the event and announced that there were 3,800 attendees.",
		"Zorgon a précisé qu'il y avait environ 300 personnes dans la salle.",
		"Zorgon a publié ses résultats mardi. Zorgon est présent en Europe. Au total, il y a 300 magasins en France.",
	} {
		lang := map[bool]string{true: "en", false: "fr"}[strings.HasPrefix(text, "Zorg welcomed")]
		for _, v := range []float64{3800, 300} {
			for _, cl := range figuresOf(buildText(t, lang, "2005-06-06", text), v) {
				if !cl.Unsure {
					t.Errorf("%q: %v: subject %q is sure", text, v, cl.Subject)
				}
			}
		}
	}
}

// A bare count after "and" is the same people's only after a count of the
// dead, and a sentence may end on it without a full stop.
func TestBareCountAfterTheDead(t *testing.T) {
	checkFigures(t, "2012-06-05", []figureCase{
		{lang: "en", text: "A bomb exploded in a market in Kabul on Sunday, killing 12 people and injuring 40", value: 40, subject: "A bomb", measure: "people injured", sure: true},
		{lang: "fr", text: "Une bombe a explosé dimanche sur un marché de Kaboul, tuant 12 personnes et blessant 40", value: 40, subject: "Une bombe", sure: true},
	})
	for _, text := range []string{
		"Police arrested 120 protesters on Sunday and 40 were injured in the clashes.",
		"La police a interpellé 120 manifestants dimanche et 40 ont été blessés.",
	} {
		lang := map[bool]string{true: "en", false: "fr"}[strings.HasPrefix(text, "Police")]
		for _, cl := range buildText(t, lang, "2012-06-05", text).Claims {
			if cl.HasValue && cl.Value == 40 && !cl.Unsure || strings.Contains(cl.Subject, "120") {
				t.Errorf("%q: %q (subject %q) is no claim of the arrested", text, cl.Label, cl.Subject)
			}
		}
	}
}

// The dead a later sentence counts are not a disaster's when that
// sentence dates them itself, nor after talks that collapsed.
func TestNoDisasterCarryOver(t *testing.T) {
	for _, text := range []string{
		"A plane crashed on Sunday in Lagos. Last year, 1,300 people died on Nigerian roads.",
		"Talks between the rebels and the government collapsed on Monday. At least 30 people were killed in renewed fighting.",
	} {
		for _, cl := range buildText(t, "en", "2012-06-05", text).Claims {
			for _, why := range cl.Reasons {
				if strings.Contains(why, fromDisaster) {
					t.Errorf("%q: %q read as the disaster's dead", text, cl.Label)
				}
			}
		}
	}
}

// A pronoun stands for the subject of a clause told before it; when no
// clause before had one, the organisation the article names last or most
// is a guess, and the figure stays off the timeline.
func TestPronounWithoutSubjectBefore(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // "subject | label" of each claim on the timeline
	}{
		{"fr", "Une guitare au nom du Zorgland. Elle sera face à 104 drapeaux flottants.", nil},
		{"en", "A guitar for Zorgland. It will face 104 flags.", nil},
		{"fr", "Zorgon Corp a été fondée à Lyon. Elle compte 300 salariés.",
			[]string{"Zorgon Corp | Zorgon Corp a été fondée à Lyon", "Zorgon Corp | Zorgon Corp : 300 salariés"}},
		{"en", "Zorgon Inc. opened a plant in Ohio on Monday. It employs 300 workers.",
			[]string{"Zorgon Inc | Zorgon Inc opened a plant in Ohio", "Zorgon Inc | Zorgon Inc employs 300 workers"}},
		// a sentence that tells no claim still opens with the name it stands for
		{"en", "Zorgsoft is the world's largest maker of memory chips. It employs 50,000 people.",
			[]string{"Zorgsoft | Zorgsoft employs 50,000 people"}},
		{"fr", "Emmanuel Zorgon est le président de la République. Il a annoncé mardi un plan de 10 milliards d'euros.",
			[]string{"Emmanuel Zorgon | Emmanuel Zorgon plan : 10 milliards €", "Emmanuel Zorgon | Emmanuel Zorgon announces: plan : 10 milliards €"}},
	} {
		checkOnTimeline(t, c.lang, "2012-07-03", c.text, c.want)
	}
}

// Two subjects coordinated at the head of a clause are its subject together
// (a French verb agreeing in the plural), and a singular pronoun after
// them stands for neither; "and" inside a complement joins no subjects.
func TestCoordinatedSubjects(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // "subject | label" of each claim on the timeline
	}{
		{"fr", "La Zorgonie et l'Allemagne ont signé mardi un accord sur l'énergie.",
			[]string{"La Zorgonie et l'Allemagne | La Zorgonie et l'Allemagne ont signé un accord sur l'énergie"}},
		{"fr", "Le gouvernement et les syndicats se sont rencontrés lundi à Matignon.",
			[]string{"Le gouvernement et les syndicats | Le gouvernement et les syndicats se sont rencontrés à Matignon"}},
		{"fr", "- La Zorgonie et la communauté scientifique internationale fêtent aujourd'hui le centenaire d'Alan Zorg. Alan Zorg est né en 1912. Il lance le programme ACE en 1945.",
			[]string{"La Zorgonie et la communauté scientifique internationale | La Zorgonie et la communauté scientifique internationale fêtent le centenaire d'Alan Zorg",
				"Alan Zorg | Alan Zorg est né", "Alan Zorg | Alan Zorg lance le programme ACE"}},
		{"fr", "Après la Zorgonie et l'Allemagne, l'Italie a signé mardi un accord.",
			[]string{"Italie | Italie a signé un accord"}},
		{"en", "Zorgon and Globex announced a partnership on Monday.",
			[]string{"Zorgon and Globex | Zorgon and Globex announced a partnership"}},
	} {
		checkOnTimeline(t, c.lang, "2012-06-23", c.text, c.want)
	}
	tl := buildText(t, "en", "2012-06-23", "Sales of the Zorgphone and Zorgpad rose 12% in the second quarter.")
	for _, cl := range tl.Claims {
		if strings.HasPrefix(cl.Subject, "Sales of") {
			t.Errorf("subject %q: «and» inside the complement joins no subjects", cl.Subject)
		}
	}
}

// A figure told in a clause that "while", "whereas" or "tandis que" sets
// beside a dated one is of the same day, unless it dates itself.
func TestParallelClauseDates(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		date       string // "" for "as of" publication
	}{
		{"en", "The Zorg 500 fell 1.2% on Thursday, while the Zorgdaq Composite dropped 1.8%.", 1.8, "2024-03-14"},
		{"fr", "Le Zorg 40 a reculé de 1,2 % jeudi, tandis que le Zorgax a perdu 1,8 %.", 1.8, "2024-03-14"},
		{"en", "The Zorg 500 fell 1.2% on Thursday, while the Zorgdaq Composite has dropped 10% since January.", 10, ""},
		{"en", "Zorgon shares rose 3% on Thursday, but they have lost 20% this year.", 20, "2024"},
		// the present is now, whatever the clause before dates
		{"en", "Zorgsoft had 12,000 employees in 2010, whereas it has 8,000 employees.", 8000, ""},
		{"fr", "Le chômage atteignait 10,5 % en 2015 en Zorgonie, alors qu'il n'est plus que de 7,5 %.", 7.5, ""},
		// a semicolon ends a list's item, and the date in it
		{"fr", "Les menaces sur l'emploi : suppression de 5 122 postes chez Zorgair d'ici à décembre 2015 ; de 1 000 à 4 000 emplois menacés chez le groupe Zorgofi.", 4000, ""},
	} {
		got := figuresOf(buildText(t, c.lang, "2024-03-15", c.text), c.value)
		if len(got) == 0 {
			t.Errorf("%q: no figure %v", c.text, c.value)
			continue
		}
		d := got[0]
		switch {
		case c.date == "" && !d.AsOf:
			t.Errorf("%q: %v dated %s, want as of publication", c.text, c.value, d.Date)
		case c.date != "" && (d.AsOf || d.Date.String() != c.date):
			t.Errorf("%q: %v dated %s (as of %v), want %s", c.text, c.value, d.Date, d.AsOf, c.date)
		}
	}
}

// A unit written with a slash or an exponent is read whole, in the label
// too ("150 km/h", "3 000 m²"), whatever the tagger made of it; a plural
// common noun opening the sentence is no name ("Winds reached…").
func TestGluedUnits(t *testing.T) {
	for _, c := range []struct {
		lang, text  string
		value       float64
		unit, label string
		subject     string
	}{
		{"en", "The Zorg train reached 300 km/h on Tuesday.", 300, "km/h", "Zorg train reached 300 km/h", "Zorg train"},
		{"en", "Winds reached 150 km/h in Zorgland on Sunday.", 150, "km/h", "Zorgland: winds reached 150 km/h", "Zorgland"},
		// a party is a name, though its word is a plural noun too
		{"en", "Democrats won 51 seats in the Zorg Senate on Tuesday.", 51, "", "Democrats won 51 seats", "Democrats"},
		{"fr", "Le TGV Zorg a atteint 574,8 km/h mardi lors d'un essai.", 574.8, "km/h", "TGV Zorg a atteint 574,8 km/h", "TGV Zorg"},
		{"en", "Zorgon leased 3,000 m² of office space in Lyon on Tuesday.", 3000, "m²", "Zorgon leased 3,000 m²", "Zorgon"},
	} {
		got := figuresOf(buildText(t, c.lang, "2024-03-15", c.text), c.value)
		if len(got) == 0 {
			t.Errorf("%q: no figure %v", c.text, c.value)
			continue
		}
		if f := got[0]; f.Unit != c.unit || f.Label != c.label || f.Subject != c.subject || f.Unsure {
			t.Errorf("%q: %q %q, subject %q (unsure %v); want %q %q of %q", c.text, f.Unit, f.Label, f.Subject, f.Unsure, c.unit, c.label, c.subject)
		}
	}
}

// A prison term is the person's who is sentenced to it, whoever sentences
// them: "A federal judge in New York sentenced Sam Zorg to 25 years in
// prison" (not New York's), in the active as in the passive; so is the fine
// beside it.
func TestPrisonTermsArePersons(t *testing.T) {
	for _, c := range []struct {
		lang, text     string
		value          float64
		subject, label string
	}{
		{"en", "A federal judge in New York sentenced Sam Zorgman to 25 years in prison on Thursday.", 25, "Sam Zorgman", "Sam Zorgman: 25 years in prison"},
		{"fr", "Le tribunal correctionnel de Paris a condamné jeudi Jean Zorg à deux ans de prison ferme.", 2, "Jean Zorg", "Jean Zorg : 2 ans de prison"},
		{"en", "Sam Zorgman was sentenced to 25 years in prison on Thursday.", 25, "Sam Zorgman", "Sam Zorgman was sentenced to 25 years in prison"},
		// (and the fine beside the term)
		{"fr", "Le tribunal correctionnel de Lille a condamné mardi Jean Zorg à deux ans de prison avec sursis et 30 000 euros d'amende.", 30000, "Jean Zorg", "Jean Zorg amende : 30\u202f000 €"},
		{"en", "A judge in Zorgville sentenced Sam Zorgman to two years in prison and a fine of $30,000 on Tuesday.", 30000, "Sam Zorgman", "Sam Zorgman fine: $30,000"},
	} {
		got := figuresOf(buildText(t, c.lang, "2024-03-15", c.text), c.value)
		if len(got) == 0 {
			t.Errorf("%q: no figure %v", c.text, c.value)
			continue
		}
		if f := got[0]; f.Subject != c.subject || f.Label != c.label || f.Unsure {
			t.Errorf("%q: %q %q (unsure %v), want %q %q", c.text, f.Subject, f.Label, f.Unsure, c.subject, c.label)
		}
	}
}

// checkOnTimeline checks that text's claims on the timeline are want, each
// written "subject | label", in order.
func checkOnTimeline(t *testing.T, lang, date, text string, want []string) {
	t.Helper()
	var got []string
	for _, cl := range buildText(t, lang, date, text).Claims {
		if !cl.Unsure {
			got = append(got, cl.Subject+" | "+cl.Label)
		}
	}
	if strings.Join(got, " ; ") != strings.Join(want, " ; ") {
		t.Errorf("%q:\n got %q\nwant %q", text, got, want)
	}
}

// A name's present verb before an infinitive is the clause's verb, not a
// plural noun that makes the name a noun phrase ("Zorgon plans to close").
func TestVerbBeforeInfinitive(t *testing.T) {
	checkOnTimeline(t, "en", "2024-03-15", "Zorgon plans to close two plants by Monday.",
		[]string{"Zorgon | Zorgon plans to close two plants"})
}

// An infinitive after a verb of deciding, promising or going has that
// verb's subject and is ahead of it, in words that keep the chain ("a
// décidé de se rendre"); a refused or failed act did not happen, and the
// date is the refusal's.
func TestIntendedAndRefusedEvents(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"fr", "Le ministre a décidé de se rendre à Bamako vendredi.", "Le ministre | Le ministre a décidé de se rendre à Bamako | rendre | 2012-07-06"},
		{"fr", "Le ministre a décidé de vendre ses actions vendredi.", "Le ministre | Le ministre a décidé de vendre ses actions | vendre | 2012-07-06"},
		{"fr", "Le ministre a refusé de se rendre à Bamako vendredi.", "Le ministre | Le ministre a refusé de se rendre à Bamako | refusé | 2012-06-29"},
		{"en", "The minister has decided to travel to Bamako on Friday.", "The minister | The minister has decided to travel to Bamako | travel | 2012-07-06"},
		{"en", "The former minister failed to appear in court on Monday.", "The former minister | The former minister failed to appear in court | failed | 2012-07-02"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range buildText(t, tt.lang, "2012-07-04", tt.text).Claims {
			if !c.Unsure {
				got = append(got, c.Subject+" | "+c.Label+" | "+c.What+" | "+c.Date.String())
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// A distance that places something ("à 450 km environ des côtes") is
// where, not a figure of the thing.
func TestLocatingDistanceWithEnviron(t *testing.T) {
	for _, c := range buildText(t, "fr", "2012-05-22", "La capsule Dragon doit amortir sa descente avec un parachute avant de se poser dans l'océan Pacifique, à 450 km environ des côtes américaines.").Claims {
		if c.HasValue {
			t.Errorf("a distance read as a figure: %s %q", c.Subject, c.Label)
		}
	}
}

// "Elle" stands for no phrase a masculine adjective opens ("second tour
// de l'élection"), nor for the last person named, whose gender a name
// does not tell.
func TestFeminineAfterMasculinePhrase(t *testing.T) {
	for _, tt := range []struct {
		pronoun, phrase string
		clash           bool
	}{
		{"elle", "second tour de l'élection présidentielle", true},
		{"il", "nouvelle loi sur le travail", true},
		{"elle", "nouvelle loi sur le travail", false},
		{"il", "premier ministre", false},
	} {
		if got := genderClash(tt.pronoun, tt.phrase); got != tt.clash {
			t.Errorf("genderClash(%q, %q) = %v, want %v", tt.pronoun, tt.phrase, got, tt.clash)
		}
	}
	text := "Mohamed Zorgi a été élu président. Le second tour de l'élection présidentielle s'est tenu le 17 juin. Elle a promis de remettre le pouvoir au nouveau président avant le 30 juin."
	for _, c := range buildText(t, "fr", "2012-06-24", text).Claims {
		if !c.Unsure && strings.Contains(c.Label, "remettre") {
			t.Errorf("«Elle» read as %q: %q", c.Subject, c.Label)
		}
	}
}

// What a figure measures is never a modal or conditional verb read as the
// head of its clause's subject; a relative clause with a modal names what
// the figure is of by its antecedent.
func TestMeasureIsNoModalVerb(t *testing.T) {
	tests := []struct {
		lang, text, notWhat, wantWhat string
	}{
		{"fr", "Le texte prévoit des réductions d'impôts financées par les excédents budgétaires qui pourraient atteindre 3.000 milliards d'ici à dix ans.", "pourraient", ""},
		{"en", "The company expects its budget surplus, which could reach $3 trillion by 2009, to fund the cuts.", "could", "budget surplus"},
	}
	for _, tt := range tests {
		found := false
		for _, c := range buildText(t, tt.lang, "1999-08-07", tt.text).Claims {
			if !c.HasValue {
				continue
			}
			if strings.Contains(c.What, tt.notWhat) || strings.Contains(c.Measure, tt.notWhat) {
				t.Errorf("%q: measure %q, what %q", tt.text, c.Measure, c.What)
			}
			found = found || tt.wantWhat == "" || c.What == tt.wantWhat
		}
		if !found {
			t.Errorf("%q: no figure of %q", tt.text, tt.wantWhat)
		}
	}
}

// A date in a phrase that "malgré", "despite" or "after" opens dates the
// events it names, not the clause's verb.
func TestDateOfConcessivePhrase(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"fr", "Malgré les sombres événements de cette journée du 5 juillet 1962, l'Algérie compte fêter dignement le cinquantenaire de son indépendance."},
		{"fr", "Malgré les violences du 5 juillet 1962, l'Algérie compte fêter dignement le cinquantenaire de son indépendance."},
		{"en", "Despite the events of July 5, 1962, Algeria plans to celebrate the anniversary."},
	} {
		for _, c := range buildText(t, tt.lang, "2012-07-05", tt.text).Claims {
			if c.Date.String() == "1962-07-05" && !c.Unsure {
				t.Errorf("%q: %q dated 1962-07-05", tt.text, c.Label)
			}
		}
	}
}

// "à partir du", "à compter du" are a preposition of time, not a verb the
// date belongs to; a modal before an infinitive auxiliary stays in the
// event's words.
func TestPrepositionOfTimeIsNoVerb(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Le texte doit désormais être examiné par l'Assemblée nationale à partir du 11 décembre.", "Le texte | Le texte doit désormais être examiné par l'Assemblée nationale | examiné | 2024-12-11"},
		{"Le ministre doit être reçu lundi à l'Élysée.", "Le ministre | Le ministre doit être reçu à l'Élysée | reçu | 2024-11-25"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range buildText(t, "fr", "2024-11-22", tt.text).Claims {
			if !c.Unsure {
				got = append(got, c.Subject+" | "+c.Label+" | "+c.What+" | "+c.Date.String())
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// A share-price move, or what a plan "would" bring, is not in the period
// of the results told just before; a share "of its workforce" or "soit
// 8 % de ses effectifs" measures the workforce, of the subject of the
// figure it restates.
func TestResultsPeriodAndRestatedShare(t *testing.T) {
	text := "Zorgmotors reported a net loss of €1.2 billion for the third quarter. Chief executive Anna Zorgberg told analysts the plan would save €900 million a year. Shares fell 6.3% in Frankfurt."
	for _, c := range buildText(t, "en", "2024-11-22", text).Claims {
		if c.HasValue && c.Value != 1.2e9 && c.Date.String() == "2024-07/2024-09" {
			t.Errorf("%q dated at the quarter", c.Label)
		}
	}
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "Zorgmotors will cut 4,500 jobs in Germany, about 8% of its workforce there.", "Zorgmotors | workforce | 8"},
		{"fr", "Zorgmotors a annoncé mercredi la suppression de 4 500 emplois en Allemagne, soit environ 8 % de ses effectifs.", "Zorgmotors | effectifs | 8"},
	} {
		hasClaim(t, tt.lang, "2024-11-22", tt.text, tt.want, func(c *Claim) string {
			if c.Unsure {
				return ""
			}
			return fmt.Sprintf("%s | %s | %g", c.Subject, c.What, c.Value)
		})
	}
}

// A percentage a verb of scoring gives ("a obtenu 39,1 %", "got 39.1%")
// measures what the percentage before it counted, on its day.
func TestScoreAfterScore(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"fr", "Le candidat sortant Paul Zorgaud a été réélu dimanche avec 58,3 % des voix, selon les résultats publiés lundi par la commission électorale. Son principal adversaire, Jean Zorgbi, a obtenu 39,1 %.", "Jean Zorgbi | voix (%) | 39.1 | 2024-04-14"},
		{"en", "Paul Zorgaud was re-elected on Sunday with 58.3% of the vote. His main rival, Jean Zorgbi, got 39.1%.", "Jean Zorgbi | vote (%) | 39.1 | 2024-04-14"},
	} {
		hasClaim(t, tt.lang, "2024-04-16", tt.text, tt.want, func(c *Claim) string {
			if c.Unsure {
				return ""
			}
			return fmt.Sprintf("%s | %s | %g | %s", c.Subject, c.Measure, c.Value, c.Date)
		})
	}
}

// A verb of speech before the words it reports is no participle
// ("Prosecutors said Zorgman embezzled…": not "prosecutors" measured), and
// a date in a relative clause after the figure is that clause's.
func TestReportedFigureAndRelativeDate(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "Prosecutors said Zorgman embezzled $8 billion from customers.", "Zorgman | embezzled | 8e+09 | 2023-11-04"},
		{"en", "Prosecutors said Zorgman stole $8 billion from customers of the exchange, which collapsed in November 2022.", "Zorgman | stole | 8e+09 | 2023-11-04"},
		{"fr", "Zorgman a détourné 8 milliards de dollars des clients de la plateforme, qui a fait faillite en novembre 2022.", "Zorgman | détourné | 8e+09 | 2023-11-04"},
	} {
		hasClaim(t, tt.lang, "2023-11-04", tt.text, tt.want, func(c *Claim) string {
			if !c.HasValue {
				return ""
			}
			return figureLine(c)
		})
	}
	text := "Sam Zorgman a détourné 8 milliards de dollars des clients de la plateforme, qui a fait faillite en novembre 2022."
	for _, c := range buildText(t, "fr", "2023-11-04", text).Claims {
		if c.Subject == "Sam Zorgman" && strings.Contains(c.Label, "faillite") {
			t.Errorf("the platform's bankruptcy read as Sam Zorgman's: %q", c.Label)
		}
	}
}

// "Unemployment in Spain fell": the noun before the place is what the
// figure measures, as "Revenue at Zorgon rose".
func TestMeasureBeforePlace(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "Unemployment in Spain fell to 11.6% in the third quarter.", "unemployment | 11.6"},
		{"en", "Inflation in the eurozone fell to 5.2% in August, Eurostat said.", "inflation | 5.2"},
	} {
		hasClaim(t, tt.lang, "2023-11-15", tt.text, tt.want, func(c *Claim) string { return fmt.Sprintf("%s | %g", c.What, c.Value) })
	}
}

// hasClaim checks that text, read in lang and published on date, gives a
// claim that line writes as want; line returns "" for a claim not to weigh.
func hasClaim(t *testing.T, lang, date, text, want string, line func(c *Claim) string) {
	t.Helper()
	var got []string
	for _, c := range buildText(t, lang, date, text).Claims {
		if g := line(&c); g != "" {
			if g == want {
				return
			}
			got = append(got, g)
		}
	}
	t.Errorf("%q:\n got %q\nwant %q", text, got, want)
}

// figureLine writes a claim as "subject | what | value | date".
func figureLine(c *Claim) string {
	return fmt.Sprintf("%s | %s | %g | %s", c.Subject, c.What, c.Value, c.Date)
}

// A French and an English article that give the same figure of the same
// measure for the same day make one event with two sources: "emplois",
// "postes" and "jobs" are one measure.
func TestSameMeasureAcrossLanguages(t *testing.T) {
	var arts []*Article
	for i, src := range []struct{ lang, text string }{
		{"fr", "Zorgmotors a annoncé mercredi la suppression de 4 500 emplois en Allemagne."},
		{"en", "Zorgmotors said on Wednesday it would cut 4,500 jobs in Germany."},
		{"fr", "Zorgmotors va supprimer 4 500 postes en Allemagne, a annoncé mercredi le constructeur."},
	} {
		a, err := ParseArticle(fmt.Sprintf("a%d.txt", i), []byte("title: Test\ndate: 2024-11-22\nlang: "+src.lang+"\n\n"+src.text+"\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	tl := Build(&Set{Name: "x", Articles: arts})
	for _, e := range tl.Events {
		if e.HasValue && e.Value == 4500 {
			if len(e.Sources) != 3 {
				t.Errorf("4,500 jobs: %d sources (%q), want 3", len(e.Sources), e.Label)
			}
			return
		}
	}
	t.Errorf("no event of 4,500 jobs in %d events", len(tl.Events))
}

// A person's initials are part of the name ("George W. Bush", "B. Obama",
// "J. K. Rowling"); the letters of an abbreviation are not ("U.S. Senate").
func TestNamesWithInitials(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "George W. Bush signed the bill on Tuesday.", "George W. Bush"},
		{"en", "J. K. Rowling published her new novel on Tuesday.", "J. K. Rowling"},
		{"fr", "B. Obama a annoncé mardi la fermeture de la base.", "B. Obama"},
		{"en", "The U.S. Senate voted 68-32 on Tuesday.", "Senate"},
	} {
		var got []string
		for _, c := range buildText(t, tt.lang, "2012-07-04", tt.text).Claims {
			got = append(got, c.Subject)
		}
		// (one claim, or a tally's two: "voted 68-32")
		if len(got) == 0 || slices.ContainsFunc(got, func(s string) bool { return s != tt.want }) {
			t.Errorf("%q: subjects %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Cases a review of the day's rules turned up: each rule holds only in its
// own clause and for what it is about.
func TestReviewedRulesHoldTheirScope(t *testing.T) {
	tests := []struct {
		lang, date, text string
		want             string // subject | what | value | date of the claim that must be there
		not              string // a label part no claim may have with the date after "@"
	}{
		// an intention in a relative clause does not move the main verb's date
		{"en", "2021-10-07", "Macron, who had vowed to cut taxes, raised the fuel tax on Monday by 2 cents.", "Macron | fuel tax rise | 0.02 | 2021-10-04", ""},
		{"fr", "2021-10-07", "Les syndicats, qui avaient promis de durcir le mouvement, ont manifesté mardi.", "Les syndicats | manifesté | 0 | 2021-10-05", ""},
		// a thing agreed to is done
		{"en", "2021-10-06", "Exxon agreed to the deal on Monday, paying $5 billion.", "Exxon | paying | 5e+09 | 2021-10-04", ""},
		// a forbidden act is neither the judge's nor dated by its deadline
		{"fr", "2021-10-07", "Le juge a interdit à Gérard Depardieu de se rendre en Russie jusqu'au 30 novembre.", "", "Le juge se rendre"},
		// «elle» stands for the person the sentence before named
		{"fr", "2021-10-06", "Le conseil a entendu Christine Lagarde mardi. Elle a annoncé jeudi une hausse des taux.", "Christine Lagarde | annoncé | 0 | 2021-09-30", ""},
		// a relative clause that says when the occasion took place dates the figure
		{"fr", "2021-10-06", "La police a interpellé 40 personnes lors de la manifestation, qui s'est déroulée samedi à Paris.", "La police | personnes | 40 | 2021-10-02", ""},
		{"en", "2021-10-06", "The hurricane killed 12 people in Haiti, which it hit on Saturday.", "The hurricane | people | 12 | 2021-10-02", ""},
		// a modal in an aside keeps the results' period
		{"en", "2021-10-06", "Vodafone's revenue rose 9% in the first quarter. Net profit fell 12% to $300 million, which analysts said could signal weaker demand.", "Vodafone | profit | 12 | 2021-01/2021-03", ""},
		// "5.5% of GDP" is the deficit's ratio to GDP
		{"en", "2021-10-06", "The budget deficit reached 5.5% of GDP in 2020.", "The budget deficit | budget deficit | 5.5 | 2020", ""},
		// a pay rise is no share of the union members counted before
		{"en", "2021-10-06", "Some 62% of union members approved the agreement on Monday. Workers will get 4% this year and 3.5% in 2022.", "Workers | get | 4 | 2021", ""},
	}
	for _, tt := range tests {
		if tt.want != "" {
			hasClaim(t, tt.lang, tt.date, tt.text, tt.want, figureLine)
		}
		for _, c := range buildText(t, tt.lang, tt.date, tt.text).Claims {
			if tt.not != "" && strings.Contains(c.Label, tt.not) {
				t.Errorf("%q: %q", tt.text, c.Label)
			}
		}
	}
}

// A figure that completes a forecast ("analysts' forecasts of 6 million")
// is what others expected: no gain of the subject's, but the analysts'
// expectation of it, said so; and a plural of a plain event ("Des pluies
// torrentielles") is a subject.
func TestForecastAndPlainEvents(t *testing.T) {
	for _, c := range buildText(t, "en", "2023-10-19", "Zorgflix added 8.8 million subscribers in the third quarter, beating analysts' forecasts of 6 million, the streaming company said on Tuesday.").Claims {
		if c.Value == 6e6 && (c.Metric == MetricNewUsers || !strings.HasSuffix(c.Measure, "expected") || c.SaidBy != "analysts") {
			t.Errorf("a forecast as a gain: %q, metric %v, measure %q, said by %q", c.Label, c.Metric, c.Measure, c.SaidBy)
		}
	}
	// (and one in a currency: "estimates of $38.1 billion")
	for _, c := range buildText(t, "en", "2025-03-06", "Zorgvidia reported fourth-quarter revenue of $39.3 billion, beating analysts' estimates of $38.1 billion.").Claims {
		if c.Value == 38.1e9 && (!strings.HasSuffix(c.Measure, "expected") || c.SaidBy != "analysts") {
			t.Errorf("a forecast as a result: %q, measure %q, said by %q", c.Label, c.Measure, c.SaidBy)
		}
	}
	got := ""
	for _, c := range buildText(t, "fr", "2024-10-21", "Des pluies torrentielles ont fait au moins 15 morts dans le sud-est de la France.").Claims {
		if c.Value == 15 && !c.Unsure {
			got = c.Subject
		}
	}
	if got != "Des pluies torrentielles" {
		t.Errorf("15 morts: subject %q, want «Des pluies torrentielles»", got)
	}
}

// Who speaks before «, while» does not say the figure after it (Air Canada,
// who estimates it, may); «a 30% fuel
// saving» measures the saving; what a design holds or how far it flies
// ("carries between 305 and 550 passengers", "a range from 5,600 to 8,870
// nautical miles (10,400 to 16,400 km)") is no claim.
func TestAirlinerDealPassage(t *testing.T) {
	text := "Air India says the new fuel-efficient airliner will save US$300 million in fuel a year, while Air Canada has estimated a 30% fuel saving over their existing 767s. The Boeing 777 is a family of long range airliners built by Boeing. It carries between 305 and 550 passengers and has a range from 5,600 to 8,870 nautical miles (10,400 to 16,400 km)."
	found := false
	for _, c := range buildText(t, "en", "2005-04-28", text).Claims {
		switch {
		case c.Value == 30:
			found = true
			if c.SaidBy == "Air India" || c.What != "fuel saving" || c.Subject != "Air Canada" {
				t.Errorf("30%%: subject %q, what %q, said by %q", c.Subject, c.What, c.SaidBy)
			}
		case c.Value == 550 || c.Value == 8870 || c.Value == 16400 || c.Value == 10400:
			if !c.Unsure {
				t.Errorf("a design's figure on the timeline: %q", c.Label)
			}
		}
	}
	if !found {
		t.Error("no 30% fuel saving")
	}
}

// A word of launch or founding is dated by the words next to it in its own
// clause, not by a date a comma and "and" leave in the clause before.
func TestContextEventDateStaysInItsClause(t *testing.T) {
	text := "Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003."
	for _, c := range buildText(t, "en", "2005-03-30", text).Claims {
		if strings.Contains(c.Label, "launched") && c.Date.String() != "2003" {
			t.Errorf("%q dated %s", c.Label, c.Date)
		}
	}
}

// News itself coming ("L'annonce est tombée ce matin") is no event: what
// it tells is.
func TestNewsComingIsNoEvent(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"fr", "L'annonce est tombée ce matin, l'entreprise PSA Peugeot Citroën va supprimer pas moins de 8 000 postes."},
		{"en", "The announcement came on Monday: Zorgmotors will cut 8,000 jobs."},
	} {
		for _, c := range buildText(t, tt.lang, "2012-07-12", tt.text).Claims {
			if strings.Contains(c.Label, "tombée") || strings.Contains(c.Label, "came") {
				t.Errorf("%q: %q", tt.text, c.Label)
			}
		}
	}
}

// A definite noun phrase that names again what the event before brought in
// ("Airbus has won an order … The order is worth") is that event subject's.
func TestThingTheEventBeforeBroughtIn(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "Airbus has won an order from Qatar Airways. The order, which is believed to be worth $15 billion, has given a boost to an otherwise disappointing Paris Air Show.",
			"Airbus | order | 1.5e+10 | 2008-05-24"},
		{"en", "Acme shares rose 5% on Friday, and Acme said its profit had doubled. Zorgcorp signed a contract with the Navy on Monday. The contract is worth $2 billion.",
			"Zorgcorp | contract | 2e+09 | 2008-05-24"},
		{"fr", "L'action d'Acme a gagné 5 % vendredi, et Acme a annoncé un bénéfice record. Zorgcorp a signé un contrat avec la marine lundi. Le contrat est estimé à 2 milliards d'euros.",
			"Zorgcorp | contrat | 2e+09 | 2008-05-24"}, // (the present passive, as "is worth" in English)
	} {
		hasClaim(t, tc.lang, "2008-05-24", tc.text, tc.want, func(c *Claim) string {
			if !c.HasValue || c.Unsure || c.Value < 1e9 {
				return ""
			}
			return figureLine(c)
		})
	}
}

// Where a market index stood after it moved or closed is its level, in
// either language; a measure that moved ("Revenue rose 14% to $9.23
// billion") keeps its own name.
func TestIndexLevel(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "The FTSE 100 fell 1.5% to 5,800 on Monday.", "FTSE 100 | level | 5800 | 2012-11-05"},
		{"en", "The CAC 40 fell 1.5% to 3,400 on Monday.", "CAC 40 | level | 3400 | 2012-11-05"},
		{"en", "The Dow Jones closed at 12,932 points on Monday.", "Dow Jones | level | 12932 | 2012-11-05"},
		{"fr", "Le CAC 40 a reculé de 1,5 % à 3 400 points lundi.", "CAC 40 | niveau | 3400 | 2012-11-05"},
		{"fr", "Le CAC 40 a clôturé vendredi à 3 412,5 points, en baisse de 1,2 %.", "CAC 40 | niveau | 3412.5 | 2012-11-02"},
		{"en", "Zorgcorp said its revenue rose 14% to $9.23 billion in the third quarter.", "Zorgcorp | revenue | 9.23e+09 | 2012-07/2012-09"},
	} {
		hasClaim(t, tc.lang, "2012-11-05", tc.text, tc.want, func(c *Claim) string {
			if !c.HasValue || c.Unsure || c.Value < 1000 {
				return ""
			}
			return figureLine(c)
		})
	}
}

// "a vu son bénéfice reculer de 12 %", "saw its net profit fall 12%": the
// figure is what the subject saw; no event of "seeing" beside it.
func TestSawItsFigureMove(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "Le groupe pharmaceutique Zorgpharm a vu son bénéfice net reculer de 12 % au troisième trimestre.", "Zorgpharm | bénéfice net | 12 | 2012-07/2012-09"},
		{"en", "The drugmaker Zorgpharm saw its net profit fall 12% in the third quarter.", "Zorgpharm | profit | 12 | 2012-07/2012-09"},
	} {
		b := buildText(t, tc.lang, "2012-11-07", tc.text)
		for _, c := range b.Claims {
			if !c.HasValue && !c.Unsure {
				t.Errorf("%q: event %q beside the figure", tc.text, c.Label)
			}
		}
		hasClaim(t, tc.lang, "2012-11-07", tc.text, tc.want, func(c *Claim) string {
			if !c.HasValue || c.Unsure {
				return ""
			}
			return figureLine(c)
		})
	}
}

// The word for a company's kind that opens a sentence with a capital
// ("Carmaker Zorgmotors") is not part of its name.
func TestCompanyKindBeforeItsName(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "Carmaker Zorgmotors said on Tuesday it would cut 1,200 jobs.", "Zorgmotors | jobs | 1200 | 2012-11-06"},
		{"en", "Retailer Zorgmart reported a 5% rise in sales on Tuesday.", "Zorgmart | sales | 5 | 2012-11-06"},
		{"en", "Bank of Zorgland kept its key rate at 0.5% on Thursday.", "Bank of Zorgland | rate | 0.5 | 2012-11-01"},
	} {
		hasClaim(t, tc.lang, "2012-11-07", tc.text, tc.want, func(c *Claim) string {
			if !c.HasValue || c.Unsure {
				return ""
			}
			return figureLine(c)
		})
	}
}

// The review's sentences for the thing an event brought in: only what its
// subject obtained or made ("won an order", "signed a contract") is its
// subject's, not what it arrested, destroyed or struck.
func TestThingBroughtInHoldsItsScope(t *testing.T) {
	for _, tc := range []struct{ lang, text, not string }{
		{"en", "Police arrested a suspect on Monday. The suspect was released on bail of $50,000.", "Police"},
		{"fr", "La police a arrêté lundi un suspect à Lyon. Le suspect a été libéré contre une caution de 50 000 euros.", "La police"},
		{"en", "A fire destroyed a factory in Dhaka on Saturday. The factory employed 2,000 workers.", "A fire"},
		{"en", "A tornado struck a town in Missouri on Sunday. The town has 50,000 residents.", "A tornado"},
		{"fr", "Un séisme a frappé dimanche une ville du Sichuan. La ville compte 200 000 habitants.", "Un séisme"},
		{"fr", "Le tribunal a condamné mardi un chef d'entreprise. Le chef d'entreprise devra verser 2 millions d'euros.", "Le tribunal"},
	} {
		for _, c := range buildText(t, tc.lang, "2012-07-04", tc.text).Claims {
			if c.HasValue && !c.Unsure && c.Subject == tc.not {
				t.Errorf("%q: %q", tc.text, c.Label)
			}
		}
	}
	hasClaim(t, "en", "2012-07-04", "Zorgcorp won a government contract on Monday. The contract is worth $2 billion.", "Zorgcorp | contract | 2e+09 | 2012-07-04", figureLine)
}

// Sailing news: "milles" after a number are miles, not thousands; a
// distance that locates a boat ("à environ 50 milles nautiques (93 km) des
// Sables") is no claim; "Il annonce son abandon" after "Dans l'après-midi,
// Paul Zorgmot a dû…" is Paul Zorgmot's; and "à deux points des séries" is
// no index level.
func TestSailingAndStandings(t *testing.T) {
	hasClaim(t, "fr", "2012-11-11", "Le skipper François Zorgmot a parcouru 482 milles en 24 heures, un nouveau record.",
		"François Zorgmot | parcouru | 482 | 2012-11-11", figureLine)
	text := "Le Zorg Globe a pris le départ samedi avec 20 bateaux. Dans l'après-midi, Paul Zorgmot a dû faire demi-tour après avoir entendu deux bangs, alors qu'il était à environ 50 milles nautiques (93 km) des Sables d'Olonne. Il annonce son abandon en début de matinée le 11 novembre."
	for _, c := range buildText(t, "fr", "2012-11-11", text).Claims {
		if c.HasValue && !c.Unsure && c.Value != 20 {
			t.Errorf("%q: a distance that locates the boat: %q", text, c.Label)
		}
		if !c.HasValue && strings.Contains(c.Label, "abandon") && (c.Subject != "Paul Zorgmot" || c.Label != "Paul Zorgmot annonce son abandon en début de matinée") {
			// (and "en début de matinée" is a time of day: not the event's
			// noun, nor "matinée" a verb)
			t.Errorf("%q: the withdrawal is %q (%q), want Paul Zorgmot's, in its words", text, c.Label, c.Subject)
		}
	}
	for _, c := range buildText(t, "fr", "2012-11-11", "L'Impact de Zorgville a terminé la saison avec 42 points, à deux points des séries éliminatoires.").Claims {
		if c.Measure == "niveau (points)" {
			t.Errorf("a gap read as a level: %q", c.Label)
		}
	}
}

// A percentage in brackets after a noun tells of that noun ("une chute des
// ventes (15,2 % de moins)"), not of the clause's subject; and a cause
// after a copula ("est due à", "is due to weak demand") is no event, but
// "is due to open in May" is.
func TestBracketFigureAndCauses(t *testing.T) {
	text := "Zorgmotors a annoncé la suppression de 8 000 postes en France. La suppression de ces postes est due à une chute des ventes (15,2 % de moins pour le marché européen sur le premier semestre 2012)."
	for _, c := range buildText(t, "fr", "2012-07-12", text).Claims {
		if c.Value == 15.2 && (c.What != "ventes" || c.Subject == "ces postes" && !c.Unsure) {
			t.Errorf("the sales' fall read as %q of %q (unsure %v)", c.What, c.Subject, c.Unsure)
		}
		if !c.HasValue && strings.Contains(c.Label, "due") {
			t.Errorf("a cause read as an event: %q", c.Label)
		}
	}
	for _, c := range buildText(t, "en", "2012-07-12", "Zorgcorp said on Monday its profit fell 5%. The fall is due to weak demand in Europe.").Claims {
		if !c.HasValue && strings.Contains(c.Label, "due") {
			t.Errorf("a cause read as an event: %q", c.Label)
		}
	}
	wantEvent(t, "en", "2012-07-12", "The new Zorgcorp plant in Ohio is due to open in May.", "open")
}

// A capitalised adjective opening an English sentence is no part of the
// name after it ("Actual Airbus employee reduction"), and a name before an
// English compound owns the compound ("Airbus employee reduction" is
// Airbus's, not "Airbus employee"'s).
func TestOpeningAdjectiveAndCompound(t *testing.T) {
	text := "Zorgbus will cut 10,000 jobs, chief executive Louis Zorgois said. Actual Zorgbus employee reduction would be about 5,000, or 9% of the total work force of 55,000 full-time Zorgbus employees."
	for _, want := range []string{"Zorgbus | employee reduction | 5000 | 2007-02-28", "Zorgbus | employees | 55000 | 2007-02-28"} {
		hasClaim(t, "en", "2007-02-28", text, want, func(c *Claim) string {
			if !c.HasValue || c.Unsure {
				return ""
			}
			return figureLine(c)
		})
	}
	wantEvent(t, "en", "2012-06-01", "The Artemis II mission will launch in 2025.", "Artemis II mission will launch")
}

// A product the article named before its common noun ("MacBook Air
// laptops", "the Zorgphone handset") is what "the laptop", "the handset"
// and an "it" after them in their sentence stand for; "in" between a
// figure and a dimension or its conversion is the inch, and a unit's
// conversion or abbreviation in brackets stands between the figure and
// what it measures.
func TestProductByItsCommonNoun(t *testing.T) {
	for _, c := range []struct {
		text, subject, what, unit string
		value                     float64
	}{
		{"Zorgon released the Zorgphone handset on Wednesday. The handset costs $199.", "Zorgphone", "", "$", 199},
		{"Zorgon released a new lineup of Zorgbook Air laptops on Wednesday. The laptop weighs 1.2 kg.", "Zorgbook Air", "weigh", "kg", 1.2},
		{"Zorgon released a new lineup of Zorgbook Air laptops on Wednesday. Anna Zorg said so. In addition, the laptop's battery life has been extended, even though it is only 0.68 in (1.73 cm) thick.", "Zorgbook Air", "thick", "in", 0.68},
		{"The Zorgbook is only 0.68 in thick.", "Zorgbook", "thick", "in", 0.68},
		{"The Zorgbook is 1.73 cm (0.68 in) thick.", "Zorgbook", "thick", "cm", 1.73},
		{"Zorgon announced Zorgcloud on Monday. The service will be available with 5 gigabytes (GB) of storage.", "", "storage", "GB", 5},
		{"Three in 10 voters backed the plan on Monday.", "", "", "", 0},
		{"The Zorgees won 7 of 10 games, 5 in long extra-inning battles.", "", "", "", 0},
		{"Zorgon released the Zorgphone handset on Wednesday. It comes in two colors.", "", "", "", 0},
	} {
		tl := buildText(t, "en", "2010-10-23", c.text)
		found := false
		for _, cl := range tl.Claims {
			if !cl.HasValue {
				continue
			}
			if c.value == 0 {
				if cl.Unit == "in" || !cl.Unsure && cl.Value == 2 {
					t.Errorf("%q: read %q (%s %v %s)", c.text, cl.Label, cl.Measure, cl.Value, cl.Unit)
				}
				continue
			}
			if cl.Value == c.value && cl.Unit == c.unit && strings.Contains(cl.Measure, c.what) && (c.subject == "" || cl.Subject == c.subject) {
				found = true
			}
		}
		if c.value != 0 && !found {
			var got []string
			for _, cl := range tl.Claims {
				got = append(got, fmt.Sprintf("%s|%s|%v%s|%s", cl.Subject, cl.Measure, cl.Value, cl.Unit, cl.Label))
			}
			t.Errorf("%q: claims %q, want %v %s of %q measuring %q", c.text, got, c.value, c.unit, c.subject, c.what)
		}
	}
}

// "The jets have a list value of $2.5 billion": the figure completes what
// the subject has, and the measure says both.
func TestWhatItsSubjectHas(t *testing.T) {
	for _, c := range []struct{ text, measure string }{
		{"Zorgair ordered twelve jets on Monday. The jets have a list value of $2.5 billion.", "jet list value"},
		{"Zorgair ordered twelve jets on Monday. The deal has a value of $2.5 billion.", "deal value"},
		{"Zorgair ordered twelve jets on Monday. Anna Zorg said that, although the aircraft have a list value of $2.5 billion, the airline got a discount.", "aircraft list value"},
		// (not a verb of having: the subject is what is valued, its value
		// the measure)
		{"Zorgair ordered twelve jets on Monday. The deal is valued at $2.5 billion.", "deal value ($)"},
	} {
		tl := buildText(t, "en", "2010-10-23", c.text)
		var got []string
		for _, cl := range tl.Claims {
			if cl.HasValue && cl.Value == 2.5e9 {
				got = append(got, cl.Measure)
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], c.measure) {
			t.Errorf("%q: measures %q, want one of %q", c.text, got, c.measure)
		}
	}
}

// An organisation the article names once, outside its title, is not what
// the article is about: figures whose clause names no one are not its
// ("lors de son discours devant l'Assemblée nationale"). A determiner opening a sentence ("Autre mesure : …") names
// no one.
func TestFocusNamedOnce(t *testing.T) {
	for _, c := range []struct {
		title, text, value, subject string
		want                        bool
	}{
		{"Budget : les impôts augmenteront", "Lors de son discours devant l'Assemblée nationale mardi, le ministre a revu le budget. Les impôts augmenteront de 7,2 milliards d'euros en 2012.", "7.2e+09", "Assemblée nationale", false},
		{"Budget : les exonérations supprimées", "Lors de son discours devant l'Assemblée nationale mardi, le ministre a revu le budget. Le collectif budgétaire prévoit de supprimer les exonérations sur les heures supplémentaires dans les entreprises de plus de 20 salariés.", "20", "Assemblée nationale", false},
		{"Budget : les impôts augmenteront", "Le ministre a revu le budget mardi. Autre mesure : les impôts augmenteront de 7,2 milliards d'euros en 2012.", "7.2e+09", "Autre", false},
	} {
		a, err := ParseArticle("x.txt", []byte("title: "+c.title+"\ndate: 2012-07-04\nlang: fr\n\n"+c.text+"\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		tl := Build(&Set{Name: "x", Articles: []*Article{a}})
		got := false
		var all []string
		for _, cl := range tl.Claims {
			if cl.HasValue && fmt.Sprint(cl.Value) == c.value {
				all = append(all, cl.Subject+"|"+cl.Label)
				got = got || cl.Subject == c.subject && !cl.Unsure
			}
		}
		if got != c.want {
			t.Errorf("%q: claims %q, want one of %q: %v", c.text, all, c.subject, c.want)
		}
	}
}

// A range's label says both its ends, in the claim's language.
func TestRangeLabel(t *testing.T) {
	for _, c := range []struct{ lang, text, label string }{
		{"fr", "Chez Zorgon, de 8 000 à 10 000 postes sont menacés.", "8\u202f000 à 10\u202f000 postes"},
		{"en", "Zorgon will cut 8,000 to 10,000 jobs.", "8,000 to 10,000 jobs"},
		{"en", "Analysts expect Zorgon sales of between $3 billion and $4 billion this year.", "$3 billion to $4 billion"},
	} {
		tl := buildText(t, c.lang, "2012-07-05", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			if cl.HasValue {
				got = append(got, cl.Label)
				found = found || strings.Contains(cl.Label, c.label) && cl.Low > 0 && strings.Contains(c.text, cl.ValueText) && strings.Contains(cl.ValueText, " ")
			}
		}
		if !found {
			t.Errorf("%q: labels %q, want one with %q", c.text, got, c.label)
		}
		ranged := false
		for _, e := range tl.Events {
			ranged = ranged || e.HasValue && e.Low > 0 && e.Low < e.Value
		}
		if !ranged {
			t.Errorf("%q: no event keeps the range's lower end", c.text)
		}
	}
}

// What analysts, economists or unions expect or fear of someone else is
// that one's figure, told by them, and marked as expected: never the
// observers' own figure, never set against the figure reported.
func TestObserversExpect(t *testing.T) {
	const first = "Zorgon reported results on Monday. "
	for _, c := range []struct {
		lang, text      string
		value           float64
		subject, saidBy string
		expected        bool
	}{
		{"en", first + "Analysts expect Zorgon sales of $4 billion this year.", 4e9, "Zorgon", "Analysts", true},
		{"en", first + "Analysts had expected revenue of $4 billion, but Zorgon reported revenue of $3.8 billion.", 4e9, "Zorgon", "Analysts", true},
		{"en", first + "Analysts had expected revenue of $4 billion, but Zorgon reported revenue of $3.8 billion.", 3.8e9, "Zorgon", "", false},
		{"fr", "Zorgon a publié ses résultats lundi. Chez Zorgon, les syndicats craignent la suppression de 8 000 postes.", 8000, "Zorgon", "les syndicats", true},
		{"en", "The government expects growth of 1.2% this year.", 1.2, "The government", "", false},
		{"en", first + "Zorgon expects sales of $4 billion this year.", 4e9, "Zorgon", "", false},
		{"en", "Analysts expect sales of $4 billion this year.", 4e9, "", "Analysts", true},
		{"en", "Zorgel reported revenue of $11.1 billion. Economists forecast growth of 2% for the US economy in 2011.", 2, "", "Economists", true},
		{"en", "Zorgon announced the closure on Monday. Unions expect 5,000 workers to join the strike on Thursday.", 5000, "Unions", "", false},
		{"fr", "Zorgofi a annoncé lundi un plan social. Les syndicats redoutent la suppression de 2 000 postes chez Zorgofi et de 500 postes chez Zorgtrans.", 500, "Zorgtrans", "Les syndicats", true},
		{"fr", "Zorgofi a annoncé lundi un plan social. Les syndicats redoutent la suppression de 2 000 postes chez Zorgofi et de 500 postes chez Zorgtrans.", 2000, "Zorgofi", "Les syndicats", true},
	} {
		tl := buildText(t, c.lang, "2012-07-05", c.text)
		var got []string
		ok := false
		for _, cl := range tl.Claims {
			if !cl.HasValue || cl.Value != c.value {
				continue
			}
			exp := strings.Contains(cl.Measure, ", expected") || strings.Contains(cl.Measure, ", attendu")
			got = append(got, fmt.Sprintf("%s|%s|%s|unsure=%v", cl.Subject, cl.SaidBy, cl.Measure, cl.Unsure))
			ok = ok || (cl.Subject == c.subject || c.subject == "" && cl.Unsure) && exp == c.expected && (c.saidBy == "" && cl.SaidBy != "Analysts" || cl.SaidBy == c.saidBy)
		}
		if !ok {
			t.Errorf("%q: %v claims %q, want %q said by %q (expected %v)", c.text, c.value, got, c.subject, c.saidBy, c.expected)
		}
	}
}

// "this alone is worth the US $129": a value, not a measure named «alone».
func TestWorthPastDeterminer(t *testing.T) {
	for _, c := range []struct{ text, measure string }{
		{"Zorgon released Zorg OS on Friday. According to a review, this alone is worth the US $129.", "value"},
		{"Zorgon released Zorg OS on Friday. The upgrade alone is worth $129.", "upgrade"},
	} {
		tl := buildText(t, "en", "2005-05-07", c.text)
		var got []string
		for _, cl := range tl.Claims {
			if cl.HasValue && cl.Value == 129 {
				got = append(got, cl.Measure)
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], c.measure) {
			t.Errorf("%q: measures %q, want %q", c.text, got, c.measure)
		}
	}
}

// A question asserts nothing: no claim is read from a sentence that ends
// on a question mark; "presque la moitié", "pratiquement la moitié" are
// about half, not half.
func TestQuestionsAndAboutHalf(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		q          Qualifier
		want       bool
	}{
		{"fr", "Le reportage a été diffusé jeudi. Pourquoi l'État ne finance-t-il pas Zorgmédia, comme Zorgmedia Deutschland qui est soutenue depuis 2007 ?", 0, "", false},
		{"en", "Zorgon unveiled the Z-Pad on Tuesday. Did Zorgon sell 5 million units in 2005?", 5e6, "", false},
		{"fr", "Le reportage a été diffusé jeudi. Zorgon détient presque la moitié du marché.", 50, Approx, true},
		{"fr", "Le reportage a été diffusé jeudi. Zorgon détient pratiquement 40 % du marché.", 40, Approx, true},
		{"fr", "Le reportage a été diffusé jeudi. Zorgon détient la moitié du marché.", 50, Exact, true},
	} {
		tl := buildText(t, c.lang, "2012-11-10", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			if strings.Contains(cl.Quote, "?") {
				t.Errorf("%q: claim %q read from a question", c.text, cl.Label)
			}
			got = append(got, cl.Label)
			found = found || cl.HasValue && cl.Value == c.value && cl.Qualifier == c.q
		}
		if found != c.want {
			t.Errorf("%q: claims %q, want %v %q: %v", c.text, got, c.value, c.q, c.want)
		}
	}
}

// An ordinal count after a possessive in a clause that names no one ("Il
// s'agit de son quatorzième titre") is the person named just before's,
// labelled with the words as written.
func TestOrdinalCountOfThePossessive(t *testing.T) {
	text := "Serena Zorgova a remporté samedi le tournoi de Wimbledon. Il s'agit de son quatorzième titre du Grand Chelem."
	eachFigure(t, "fr", "2012-07-07", text, 14, func(c Claim) {
		if c.Subject != "Serena Zorgova" || c.Unsure || c.Label != "Serena Zorgova : son quatorzième titre" {
			t.Errorf("14: subject %q, unsure %v, label %q; want Serena Zorgova, sure, «Serena Zorgova : son quatorzième titre»", c.Subject, c.Unsure, c.Label)
		}
	})
}

// A figure in an apposition right after a name is that name's ("la
// Polonaise Agnieszka Zorgowska, 3e au classement WTA, a…"), and the
// nationality's noun before the name is no part of it; a number in a
// role's words ("Sam Zorg, 787 program manager,") is none of his figures.
func TestFigureInTheNamesApposition(t *testing.T) {
	text := "Serena Zorgova a remporté samedi le tournoi. La Polonaise Agnieszka Zorgowska, 3e au classement WTA, a perdu la finale."
	eachFigure(t, "fr", "2012-07-07", text, 3, func(c Claim) {
		if c.Subject != "Agnieszka Zorgowska" || c.Unsure || c.Metric != MetricRank {
			t.Errorf("3e: subject %q, unsure %v, metric %s; want Agnieszka Zorgowska, sure, rank", c.Subject, c.Unsure, c.Metric)
		}
	})
	text = "Zorgair rolled out its first jet on Monday. Sam Zorgfield, 787 program manager, said the plane was ready."
	for _, c := range figuresOf(buildText(t, "en", "2011-08-08", text), 787) {
		if !c.Unsure {
			t.Errorf("787: subject %q, sure; want none or unsure", c.Subject)
		}
	}
}
