package model

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// thingCase is a subjectCase whose want, when "", means the figure must
// stay unsure, off the timeline.
type thingCase = subjectCase

// runThingCases checks each case's figure's subject and whether it is sure.
func runThingCases(t *testing.T, cases []thingCase) {
	t.Helper()
	eachSubjectCase(t, cases, func(t *testing.T, c subjectCase, cl Claim) {
		switch {
		case c.want == "" && !cl.Unsure:
			t.Errorf("subject %q, sure; want unsure", cl.Subject)
		case c.want != "" && (cl.Subject != c.want || cl.Unsure):
			t.Errorf("subject %q, unsure %v; want %q", cl.Subject, cl.Unsure, c.want)
		}
	})
}

// TestSession33ThingSubjects: a figure whose clause's subject is a thing
// no entity is said to own ("Building permits rose 2.5%") is that thing's,
// not its source's nor a guess from the article.
func TestSession33ThingSubjects(t *testing.T) {
	const housing = "U.S. housing starts fall in March\n\nGroundbreaking fell 3.7% to an annual rate of 1.214 million units last month, the Census Bureau said. Economists polled by Zorg News had expected a fall. Building permits rose 2.5% to 1.354 million units. The volatile multi-family segment dropped 9.2%."
	runThingCases(t, []thingCase{
		{"a compound subject, not the article's last organisation", "en", "2018-04-17", housing, 2.5, "Building permits", "Zorg News"},
		{"and its level after «to»", "en", "2018-04-17", housing, 1.354e6, "Building permits", "Zorg News"},
		{"an adjective and a noun", "en", "2018-04-17", housing, 9.2, "The volatile multi-family segment", ""},
		{"a thing its source reports, not the source's", "en", "2024-01-10",
			"Farm incomes\n\nAverage farm income fell 4.2% in 2023, the farm advisory body Zorgteag said in January.", 4.2, "Average farm income", "Zorgteag"},
		{"in French, with its complement", "fr", "2022-07-13",
			"L'inflation en juin\n\nLes prix à la consommation ont augmenté de 5,9 % sur un an en juin, selon l'Insee.", 5.9, "Les prix à la consommation", "Insee"},
		{"a bare noun is mostly another's: it stays unsure", "en", "2021-06-14",
			"Four-day week rejected\n\nZorgland voters rejected the four-day week initiative on Sunday. Turnout was 49.3%, the chancellery said.", 49.3, "", "Turnout"},
		{"a company's own measure is its owner's", "en", "2024-01-10",
			"Results\n\nThe results were published on Monday. Net profit fell 28% in the year.", 28, "", "Net profit"},
		{"a word for a figure told before stands for it", "en", "2018-04-17", housing + " February's figure was revised up to 1.261 million units.", 1.261e6, "", "February's figure"},
		{"an adverb ends the phrase", "en", "2024-01-10",
			"Gold\n\nThe central bank published its report. The annual report also revised the holdings to 22.2 tonnes.", 22.2, "", "The annual report also"},
	})
}

// TestSession33ThingMeasures: a thing's change is measured as a change of
// it ("segment fall"), and its label does not say the thing twice.
func TestSession33ThingMeasures(t *testing.T) {
	for _, c := range []struct {
		lang, text   string
		value        float64
		measure, lab string
	}{
		{"en", "Housing\n\nStarts of single-family homes fell 1.1% in March.", 1.1, "start fall (%)", "Starts of single-family homes: −1.1%"},
		{"fr", "Inflation\n\nLes prix à la consommation ont augmenté de 5,9 % sur un an en juin.", 5.9, "consommation hausse (%)", "Les prix à la consommation : +5,9 %"},
	} {
		cl, ok := figureOf(t, c.lang, "2018-04-17", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Measure != c.measure || cl.Label != c.lab {
			t.Errorf("%q: measure %q, label %q; want %q, %q", c.text, cl.Measure, cl.Label, c.measure, c.lab)
		}
	}
}

// TestSession33ThingDates: a thing's figure told without a date goes on
// from the period of the statistics told before it, not from the day they
// were said.
func TestSession33ThingDates(t *testing.T) {
	const housing = "U.S. housing starts fall 3.7% in March\n\nU.S. housing starts fell in March, the Commerce Department said on Tuesday. Groundbreaking fell 3.7% to an annual rate of 1.214 million units last month. February's figure was revised up to 1.261 million units. Economists had expected a fall. Starts of single-family homes fell 1.1% to 862,000 units. Building permits rose 2.5% to 1.354 million units."
	runDateCases(t, []dateCase{
		{"the period before, not the statement's day", "en", "2018-04-17", housing, 862000, "2018-03"},
		{"and not the month a revision looked back to", "en", "2018-04-17", housing, 1.354e6, "2018-03"},
		{"a date of its own stays", "en", "2018-04-17", housing + " Building permits rose 1.2% in February.", 1.2, "2018-02"},
	})
}

// TestPointsLabel: one point, and in French any change under two, is
// singular.
func TestPointsLabel(t *testing.T) {
	for _, c := range []struct {
		unit, lang string
		value      float64
		want       string
	}{
		{"points", "fr", 0.2, "0,2 point"},
		{"points", "fr", 1.5, "1,5 point"},
		{"points", "fr", 2, "2 points"},
		{"points", "en", 1, "1 point"},
		{"points", "en", 0.5, "0.5 points"},
	} {
		cl := &Claim{Unit: c.unit, Value: c.value}
		if got := valueWithUnit(cl, FormatValueIn(c.value, false, c.lang), c.lang == "fr"); got != c.want {
			t.Errorf("%v %s (%s) = %q, want %q", c.value, c.unit, c.lang, got, c.want)
		}
	}
}

// rankCase is a standing an invented text states, with the subject, the
// date (dateOrAsOf's form) and the label it is to have.
type rankCase struct {
	name, lang, date, text string
	value                  float64
	subject, when, label   string
}

// TestSession33StandingRanks: an ordinal glued to a superlative ("third-
// largest") or, in French, followed by its noun and a scope («troisième
// aéroport français») states a rank: of the name it is said of, not of the
// possessive that says among which; in an apposition, as of the
// publication.
func TestSession33StandingRanks(t *testing.T) {
	for _, c := range []rankCase{
		{"a copula's subject, not the possessive's owner", "en", "2024-01-16",
			"Port traffic\n\nValmere remains Europe's third-largest container port.", 3, "Valmere", "as of 2024-01-16", "Valmere: 3rd-largest container port"},
		{"an apposition's name, as of the publication", "en", "2016-09-15",
			"Egg recall\n\nHarlan Creek, the country's third-largest egg producer, recalled 200 million eggs on Wednesday.", 3, "Harlan Creek", "as of 2016-09-15", "Harlan Creek: 3rd-largest egg producer"},
		{"an apposition in a reported clause is its name's, not the speaker's", "en", "2021-06-10",
			"Ruling\n\nJustice Miriam Okonjo said in her judgment that Brackwell, Britain's fourth-largest oil producer, had relied on a pretext.", 4, "Brackwell", "as of 2021-06-10", ""},
		{"a hyphen after a number too", "en", "2025-03-10",
			"Budget\n\nRomania, the EU's 12th-largest economy, cut its deficit target on Monday.", 12, "Romania", "as of 2025-03-10", ""},
		{"most, best", "en", "2023-05-01",
			"Drugs\n\nZemtrix is the third-best-selling anticoagulant in the United States.", 3, "Zemtrix", "", ""},
		{"a French ordinal, its noun and a scope", "fr", "2020-09-24",
			"Sièges\n\nCastellane Automotive, troisième fournisseur français de sièges automobiles, va supprimer 300 emplois.", 3, "Castellane Automotive", "as of 2020-09-24", ""},
		{"«mondial»", "fr", "2021-10-14",
			"Vin\n\nLa France reste le deuxième exportateur mondial de vin en volume.", 2, "France", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, c.date, c.text, c.value)
			if !ok {
				return
			}
			if cl.Metric != MetricRank || cl.Subject != c.subject || cl.Unsure {
				t.Errorf("%s %q unsure %v, want a rank of %q", cl.Metric, cl.Subject, cl.Unsure, c.subject)
			}
			if got := dateOrAsOf(cl); c.when != "" && got != c.when {
				t.Errorf("date %s, want %s", got, c.when)
			}
			if c.label != "" && cl.Label != c.label {
				t.Errorf("label %q, want %q", cl.Label, c.label)
			}
		})
	}
	// Not ranks: an ordinal glued to a noun, a French ordinal of a period.
	for _, c := range []struct{ lang, text string }{
		{"en", "Results\n\nZorgon's second-half profit rose 12% to $40 million."},
		{"fr", "Résultats\n\nLe groupe a publié ses résultats du troisième trimestre français mardi."},
	} {
		for _, cl := range buildText(t, c.lang, "2024-01-10", c.text).Claims {
			if cl.Metric == MetricRank {
				t.Errorf("%q: a rank %v (%q)", c.text, cl.Value, cl.Label)
			}
		}
	}
	// A count after a rank counts its own noun, not the rank's.
	cl, ok := figureOf(t, "en", "2016-09-15", "Egg recall\n\nHarlan Creek, the country's third-largest egg producer, recalled 200 million eggs on Wednesday.", 2e8)
	if ok && (cl.Metric == MetricRank || cl.Measure != "egg") {
		t.Errorf("200 million eggs: %s %q", cl.Metric, cl.Measure)
	}
}

// TestSession33PlacingRanks: an ordinal right after a verb that places
// someone ("finished second", "was third in 2:02:30", "ranks third among",
// "climbed to ninth") is where they placed; "second" too, there only.
func TestSession33PlacingRanks(t *testing.T) {
	for _, c := range []struct {
		name, text string
		value      float64
		subject    string
		what       string // the rank's words, "" for none to check
	}{
		{"finished second", "Race\n\nKenya's Elias Kipruto won the race on Sunday. Ethiopia's Tadesse Bekele, who finished second in 2:01:48, was happy.", 2, "Tadesse Bekele", ""},
		{"a copula without an article", "Race\n\nKenya's Elias Kipruto won the race on Sunday. Josphat Langat was third in 2:02:30.", 3, "Josphat Langat", ""},
		{"ranks third among", "Streaming\n\nLumora ranks third among streaming services in the United States.", 3, "Lumora", "among streaming services"},
		{"climbed to ninth", "Tennis\n\nAlvarez climbed to ninth in the ATP rankings published on Monday.", 9, "Alvarez", ""},
		{"a date after the ordinal says no rank's words", "Tennis\n\nAlvarez, who ranked 14th last week, won on Monday.", 14, "Alvarez", "place"},
		{"second with a share", "Runoff\n\nIn the first round, Maretic finished second with 28.1%.", 2, "Maretic", ""},
		{"tied for third", "Golf\n\nZorgsen finished tied for third at the Zorgville Open on Sunday.", 3, "Zorgsen", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range buildText(t, "en", "2024-01-10", c.text).Claims {
				if cl.HasValue && cl.Value == c.value {
					if cl.Metric != MetricRank || cl.Subject != c.subject || c.what != "" && cl.What != c.what {
						t.Errorf("%s of %q (%q), want a rank of %q (%q)", cl.Metric, cl.Subject, cl.What, c.subject, c.what)
					}
					return
				}
			}
			t.Errorf("no rank %v", c.value)
		})
	}
	for _, text := range []string{
		"Virus\n\nThe second wave killed 300 people in March.",
		"Results\n\nIn the second half, revenue rose 5% to $40 million.",
		"Race\n\nHe was 2 seconds behind the leader.",
	} {
		for _, cl := range buildText(t, "en", "2024-01-10", text).Claims {
			if cl.Metric == MetricRank {
				t.Errorf("%q: a rank %v (%q)", text, cl.Value, cl.Label)
			}
		}
	}
}

// TestSession33LeadPeriod: a figure told in the past with no time of its
// own, further on, is of the period the article's lead reports, when that
// period was just over as the article was written.
func TestSession33LeadPeriod(t *testing.T) {
	const tourism = "Tourisme en Zorgie\n\nLa Zorgie a enregistré 34,6 millions de nuitées en juillet et en août, un chiffre en hausse de 2,8 % sur un an, a annoncé mercredi le comité régional du tourisme. Le comité a revu la progression de juillet. Les campings, eux, affichent une fréquentation stable. La clientèle étrangère a marqué le pas. Le nombre de nuitées des Britanniques a chuté de 9 %."
	const recall = "Zorgon recall\n\nZorgon recalled packs of a blood pressure drug made between June and November 2023, the company said on Tuesday. Regulators in Europe asked for the recall. The drug is sold in 40 countries. Doctors were told to switch patients. Zorgon put the U.S. figure at 1.1 million packs."
	runDateCases(t, []dateCase{
		{"the lead's period", "fr", "2019-09-04", tourism, 9, "2019-07/2019-08"},
		{"not a period long over", "en", "2024-03-13", recall, 1.1e6, "as of 2024-03-13"},
		{"a present figure is as of now", "fr", "2019-09-04", tourism + " Les Britanniques représentent 27 % des nuitées étrangères.", 27, "as of 2019-09-04"},
	})
}

// TestSession33PlaceNames: a place the gazetteer names in several words is
// one name, whatever its words ("New", "South", «d'»), and a name goes on
// after it ("The New York Times").
func TestSession33PlaceNames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"New South Wales recorded 241 new diagnoses.", "New South Wales"},
		{"La région Provence-Alpes-Côte d'Azur a accueilli 31 millions de touristes.", "Provence-Alpes-Côte d'Azur"},
		{"La Côte d'Ivoire a exporté 2 millions de tonnes de cacao.", "Côte d'Ivoire"},
		{"The New York Times reported the sale on Monday.", "New York Times"},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		var got []string
		for _, m := range findMentions(nil, toks, map[int]bool{0: true}, nameForms{}) {
			got = append(got, c.text[toks[m.tok].Start:toks[m.end-1].End])
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: names %q, want %q among them", c.text, got, c.want)
		}
	}
}

// TestSession33ReviewedScope: cases a review of the session's rules on
// invented articles turned up.
func TestSession33ReviewedScope(t *testing.T) {
	runThingCases(t, []thingCase{
		{"a thing its possessive gives an owner is the owner's", "en", "2025-03-10",
			"Box office\n\n\"Mickey 17\" took $19.1 million in North America over the weekend. Ticket sales fell 60% from its opening.", 60, "", "Ticket sales"},
		{"an ordinal is no thing's figure", "fr", "2025-01-06",
			"Défaillances\n\nLes défaillances d'entreprises ont augmenté de 17 % en 2024. Le nombre de défaillances dépasse pour la première fois son niveau de 2019.", 1, "", "Le nombre de défaillances"},
		{"the thing's own level stays its", "en", "2018-04-17",
			"Housing\n\nBuilding permits rose 2.5% to 1.354 million units, their highest level since June 2007.", 1.354e6, "Building permits", ""},
		{"a standing whose holder is not read is not its possessive's", "en", "2024-07-25",
			"Copper miner posts lower output\n\nAndes Copper said on Thursday that its revenue rose 14%.\n\nThe mine is Chile's second-largest copper producer.", 2, "", "Chile"},
	})
	// A standing is as of the article, not of the period its lead reports.
	runDateCases(t, []dateCase{
		{"a standing keeps the publication's date", "fr", "2019-09-04",
			"Tourisme en Zorgie\n\nLa Zorgie a enregistré 34,6 millions de nuitées en juillet et en août, a annoncé mercredi le comité régional du tourisme. Le comité a revu la progression de juillet. Les campings affichent une fréquentation stable. La clientèle étrangère a marqué le pas. La région est restée la troisième destination française.", 3, "as of 2019-09-04"},
	})
}

// TestSession33InitialAdjective: an English adjective the set capitalises
// only where it opens a sentence, before a word in lower case, is no name
// ("Natural gas consumption fell 5%").
func TestSession33InitialAdjective(t *testing.T) {
	runThingCases(t, []thingCase{
		{"an adjective opening the sentence", "en", "2024-02-10",
			"Gas demand falls\n\nNatural gas consumption fell 5% in January, the grid operator said.", 5, "Natural gas consumption", "Natural"},
		{"a name the set writes elsewhere stays one", "en", "2024-02-10",
			"Orange results\n\nOrange shares rose 5% on Monday. Analysts said Orange would gain more.", 5, "Orange", ""},
	})
}

// TestSession33CasualtiesByAgent: people of any kind counted with a verb
// that kills or injures are counted by it, and the passive's agent, an
// event, is whose they are.
func TestSession33CasualtiesByAgent(t *testing.T) {
	for _, c := range []struct {
		lang, text       string
		value            float64
		subject, measure string
	}{
		{"fr", "Avalanche en Savoie\n\nTrois skieurs ont été tués lundi après-midi par une avalanche dans le domaine skiable de Zorgval, a annoncé mardi la préfecture.", 3, "une avalanche", "skieur tue"},
		{"en", "Landslide\n\nFour hikers were killed on Sunday by a landslide near the village of Zorgdorf, police said.", 4, "a landslide", "hiker killed"},
	} {
		cl, ok := figureOf(t, c.lang, "2015-01-27", c.text, c.value)
		if ok && (cl.Subject != c.subject || cl.Measure != c.measure || cl.Unsure) {
			t.Errorf("%q: %q %q unsure %v, want %q %q", c.text, cl.Subject, cl.Measure, cl.Unsure, c.subject, c.measure)
		}
	}
}

// TestSession33FrenchScopedRanks: a French ordinal ranks its noun within
// a scope a few words on («… de l'Union européenne», «le plus fréquenté de
// France»), not a numbered unit nor an ordinal a preposition leads away
// from.
func TestSession33FrenchScopedRanks(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		subject string // "" when no rank may be read
	}{
		{"Blé\n\nLe Zorgland reste le premier producteur de blé de l'Union européenne.", 1, "Zorgland"},
		{"Musées\n\nLe Louvre-Zorg est devenu le deuxième musée le plus fréquenté de France.", 2, "Louvre-Zorg"},
		{"Tourisme\n\nLa Zorgie est la première destination touristique mondiale.", 1, "Zorgie"},
		{"Kosovo\n\nÀ Mitrovica, le 1er régiment de tirailleurs d'Épinal achèvera début octobre son mandat.", 1, ""},
		{"Procès\n\nL'avocate a plaidé mardi, dans ce qui constitue sa première intervention devant le tribunal de Paris.", 1, ""},
	} {
		var rank *Claim
		for _, cl := range buildText(t, "fr", "2021-10-14", c.text).Claims {
			if cl.Metric == MetricRank && cl.Value == c.value {
				rank = &cl
			}
		}
		switch {
		case c.subject == "" && rank != nil:
			t.Errorf("%q: a rank %q", c.text, rank.Label)
		case c.subject != "" && (rank == nil || rank.Subject != c.subject):
			t.Errorf("%q: rank %+v, want one of %q", c.text, rank, c.subject)
		}
	}
}

// TestSession33FrenchCopulaRank: a French copula without an article places
// too («Warholm était troisième du 400 m haies»).
func TestSession33FrenchCopulaRank(t *testing.T) {
	for _, cl := range buildText(t, "fr", "2024-06-10", "Athlétisme\n\nLe Norvégien Karl Warholm était troisième du 400 m haies dimanche à Rome.").Claims {
		if cl.Value == 3 {
			if cl.Metric != MetricRank || !strings.HasSuffix(cl.Subject, "Karl Warholm") {
				t.Errorf("%s of %q, want a rank of Karl Warholm", cl.Metric, cl.Subject)
			}
			return
		}
	}
	t.Error("no rank 3")
}

// TestSession33RaceTimes: a race's time is a figure of its runner, in
// seconds, written as races are timed.
func TestSession33RaceTimes(t *testing.T) {
	for _, c := range []struct {
		lang, text       string
		value            float64
		subject, measure string
		label            string
	}{
		{"en", "Berlin marathon\n\nKenya's Elias Kipruto won the race on Sunday. Ethiopia's Tadesse Bekele, who finished second in 2:01:48, was happy.", 7308, "Tadesse Bekele", "time", "Tadesse Bekele time: 2:01:48"},
		{"fr", "Marathon\n\nLe coureur Tadesse Bekele a terminé deuxième dimanche en 2 h 01 min 48 s.", 7308, "Tadesse Bekele", "temps", ""},
	} {
		cl, ok := figureOf(t, c.lang, "2026-09-27", c.text, c.value)
		if !ok {
			continue
		}
		if cl.Subject != c.subject || cl.Measure != c.measure || cl.Unit != "s" || c.label != "" && cl.Label != c.label {
			t.Errorf("%q: %q %q %q %q, want %q %q s %q", c.text, cl.Subject, cl.Measure, cl.Unit, cl.Label, c.subject, c.measure, c.label)
		}
	}
}

// TestSession33VotedTally: "voted 29 to 9" is a tally, its votes for then
// against.
func TestSession33VotedTally(t *testing.T) {
	const text = "Chile\n\nChile's Senate on Wednesday approved a bill raising the minimum wage. Senators voted 29 to 9, with one abstention."
	for v, want := range map[float64]string{29: "votes for", 9: "votes against"} {
		if cl, ok := figureOf(t, "en", "2018-08-23", text, v); ok && cl.Measure != want {
			t.Errorf("%v: measure %q, want %q", v, cl.Measure, want)
		}
	}
}

// TestSession33DisasterEffects: people hospitalised, customers cut off,
// homes deprived, people affected are the disaster's told just before,
// even when the passage names another entity.
func TestSession33DisasterEffects(t *testing.T) {
	runThingCases(t, []thingCase{
		{"customers cut off", "fr", "2022-11-25",
			"Tempête\n\nLa tempête Zorgine a fait deux morts et quinze blessés jeudi dans l'ouest de la France. Au plus fort de l'épisode, jeudi, 342 000 clients avaient été coupés, dont 148 000 dans le Finistère, selon Enedis.", 342000, "Zorgine", "Finistère"},
		{"people hospitalised", "en", "2024-02-10",
			"Floods\n\nFloods killed 12 people in Zorgland on Friday. In the Blorp region, 87 people were hospitalised, the Red Cross said.", 87, "Floods", ""},
	})
}

// TestSession33FrenchAdverbials: a French adverbial locution before the
// verb («en revanche», «par ailleurs», «de son côté») is no noun of the
// subject.
func TestSession33FrenchAdverbials(t *testing.T) {
	for _, text := range []string{
		"Sécurité routière\n\nLe nombre de morts a baissé en 2017. Le nombre de blessés hospitalisés a en revanche progressé de 1,4 %.",
		"Sécurité routière\n\nLe nombre de morts a baissé en 2017. Le nombre de blessés hospitalisés a par ailleurs progressé de 1,4 %.",
	} {
		if cl, ok := figureOf(t, "fr", "2018-01-25", text, 1.4); ok && (strings.Contains(cl.Measure, "revanche") || strings.Contains(cl.Measure, "ailleurs") || !strings.Contains(cl.Measure, "bless")) {
			t.Errorf("%q: measure %q", text, cl.Measure)
		}
	}
}

// TestSession33MadeUp: "made up 27% of" states a share, no rise.
func TestSession33MadeUp(t *testing.T) {
	const text = "Gold\n\nThe Bank of Zorgland said on Wednesday its gold made up 27% of its reserves at the end of June, up from 14% a year earlier."
	if cl, ok := figureOf(t, "en", "2024-08-22", text, 27); ok && cl.Unit != "%" {
		t.Errorf("27: unit %q, want a share", cl.Unit)
	}
}

// TestSession33YieldOn: "The yield on Romania's 10-year bonds rose"
// measures the yield, past the possessive inside its complement.
func TestSession33YieldOn(t *testing.T) {
	const text = "Romania\n\nThe yield on Romania's 10-year government bonds rose 35 basis points to 8.15%, the highest among EU members."
	if cl, ok := figureOf(t, "en", "2025-03-10", text, 8.15); ok && !strings.HasPrefix(cl.Measure, "yield") {
		t.Errorf("8.15: measure %q, want the yield", cl.Measure)
	}
}
