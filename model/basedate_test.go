package model

import (
	"strings"
	"testing"
)

// A date after «contre», "up from", "compared with" that follow a figure is
// the comparison base's, not the figure's.
func TestBaseDatesStayWithTheBase(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string // the figure's date ("as of …" for the publication's)
	}{
		{"fr", "Le nouveau gouvernement compte 30 membres, contre 22 dans la première équipe nommée le 17 mai.", 30, "as of 2025-03-12"},
		{"en", "More than 2,100 firefighters were battling the Zorg fire, up from 900 on Monday.", 2100, "as of 2025-03-12"},
		{"fr", "Le chômage a atteint 7,4 % en février à Zorgland, contre 7,1 % en janvier.", 7.4, "2025-02"},
		// "from a year earlier to $28.11" is a base, not a stretch; "a
		// year earlier" after a base figure is a year before the figure
		// it is set against.
		{"en", "Average hourly wages at Zorgon rose 3.2% from a year earlier to $28.11.", 3.2, "as of 2025-03-12"},
		{"en", "Zorgair reported its results on Tuesday. It carried 21.4 million passengers in the quarter, up from 8.1 million a year earlier.", 8.1e6, "2024-03-11"},
		// A change against a base year is of the period told just before;
		// what «année où» tells is of the year it restates.
		{"fr", "Le musée Zorg a accueilli 10,2 millions de visiteurs en 2018. La fréquentation a bondi de 25 % par rapport à 2017, année où le musée avait reçu 8,1 millions de visiteurs.", 25, "2018"},
		{"fr", "Le musée Zorg a accueilli 10,2 millions de visiteurs en 2018. La fréquentation a bondi de 25 % par rapport à 2017, année où le musée avait reçu 8,1 millions de visiteurs.", 8.1e6, "2017"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2025-03-12", c.text).Claims {
			if !cl.HasValue || cl.Value != c.value {
				continue
			}
			found = true
			d := cl.Date.String()
			if cl.AsOf {
				d = "as of " + d
			}
			if d != c.want {
				t.Errorf("%q: %v dated %s, want %s", c.text, c.value, d, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// Dates told from the date before them («la veille», "the previous day",
// «dans la nuit») and clock times date the claims with the day the story
// is at: the article's dates are resolved again only when the reference
// they were read against changed.
func TestAnaphoricDatesDateClaims(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64 // 0: the event
		want       string
	}{
		{"fr", "Le Zorg 40 a reculé de 2 % mardi, après avoir perdu 1,31 % la veille.", 1.31, "2025-03-10"},
		{"en", "The Zorg 100 fell 2% on Monday. It had lost 1.3% the previous day.", 1.3, "2025-03-09"},
		{"fr", "Trois rames de Zorgrail ont essuyé des coups de feu dimanche après-midi. A 20 h, deux nouvelles rames ont été visées. Jusqu'à tard dans la nuit, les gendarmes ont sécurisé la zone.", 0, "2025-03-09"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2025-03-12", c.text).Claims {
			if c.value == 0 && cl.Metric == MetricEvent && strings.Contains(cl.Label, "sécurisé") || c.value != 0 && cl.HasValue && cl.Value == c.value {
				found = true
				if d := cl.Date.String(); d != c.want || cl.AsOf {
					t.Errorf("%q: %v dated %s (as of: %v), want %s", c.text, c.value, d, cl.AsOf, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// A participle set off by a comma after a figure ("…, raising $388.5
// million", «…, portant le total à…») goes on with the clause before, at
// its time.
func TestParticipleGoesOnAtItsClauseTime(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		want  string
	}{
		{"Zorgleaf sold 18.5 million shares on Wednesday evening, raising $388.5 million.", 388.5e6, "2025-03-12"},
		{"Zorgon sold 13.7 million Macs last year, totaling US$22 billion.", 22e9, "2024"},
	} {
		found := claimsOf(t, "en", "2025-03-12", c.text, c.value)
		if len(found) != 1 || found[0].AsOf || found[0].Date.String() != c.want {
			t.Errorf("%q: %+v, want dated %s", c.text, found, c.want)
		}
	}
}

// «deux ans plus tôt» after «fin 2015» is two years before 2015, a range
// within one year anchoring it; a number's scale («millions») is no
// measure, and the word a date opens with is not what a figure counts.
func TestYearsBeforeAPartOfAYear(t *testing.T) {
	text := "Selon l'Arzep, 38 millions de Zorgais utilisaient au moins un réseau social fin 2015, contre 31 millions deux ans plus tôt."
	found := claimsOf(t, "fr", "2016-03-10", text, 31e6)
	if len(found) != 1 || found[0].Date.String() != "2013" || strings.Contains(found[0].Label, "millions millions") || strings.Contains(found[0].Label, "deux") || found[0].Measure == "million" {
		t.Errorf("%+v, want dated 2013, measured by no scale word", found)
	}
}

// «dans la nuit de lundi à mardi» is the night the days name, not the day
// told before.
func TestNightBetweenNamedDays(t *testing.T) {
	tl := buildText(t, "fr", "2025-10-09", "Le cargo Zorgan a sombré mercredi. Ses 23 membres d'équipage avaient été hélitreuillés dans la nuit de lundi à mardi.")
	for _, c := range tl.Claims {
		if c.Metric == MetricEvent && strings.Contains(c.Label, "hélitreuillés") && c.Date.String() != "2025-10-06" {
			t.Errorf("%q dated %s, want 2025-10-06", c.Label, c.Date)
		}
	}
}

// «le lendemain de l'accident» is one date expression: the event's label
// keeps no «de l'accident» torn from it.
func TestDayAfterTheEventItNames(t *testing.T) {
	tl := buildText(t, "fr", "2017-03-16", "Le 9 février 2016, un avion de la compagnie Zorgair s'est écrasé près de Lyon. Les enregistreurs de vol avaient été retrouvés le lendemain de l'accident.")
	found := false
	for _, c := range tl.Claims {
		if c.Metric == MetricEvent && strings.Contains(c.Label, "retrouvés") {
			found = true
			if c.Date.String() != "2016-02-10" || strings.Contains(c.Label, "de l'accident") {
				t.Errorf("%q dated %s", c.Label, c.Date)
			}
		}
	}
	if !found {
		t.Error("no event of the flight recorders")
	}
}
