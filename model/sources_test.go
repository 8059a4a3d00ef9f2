package model

import (
	"strings"
	"testing"
)

// A source the article cites («selon la Dares», "according to the ONS") is
// never the subject of a figure or an event it reports: a figure no clause
// names an entity for stays without one, and a clause's own noun phrase is
// what its participle tells of.
func TestCitedSourcesAreNoSubjects(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64 // the claim's value, 0 for the event
		subject    string  // its subject ("" none)
	}{
		{"fr", "Le nombre de demandeurs d'emploi a augmenté de 3,9 % au quatrième trimestre, selon les chiffres publiés mercredi par la Dares. Sur un an, la hausse atteint 4,1 %.", 4.1, ""},
		{"en", "The number of claimants rose 3.9% in the fourth quarter, according to the ONS. Over a year, the rise reached 4.1%.", 4.1, ""},
		{"fr", "Selon la Dares, cette modification, entrée en vigueur le 1er octobre, expliquerait la moitié de la hausse.", 0, "cette modification"},
		// A publication the clause tells of is an event (a poll, not its source).
		{"fr", "Selon un sondage paru hier dans le quotidien Deseret News, 63 % des habitants sont rassurés.", 0, "un sondage"},
		// The org the article names on its own account is still the guess.
		{"en", "Zorgon Motors opened a plant in Ohio in May. Over a year, output rose 4.1%.", 4.1, "Zorgon Motors"},
	} {
		for _, cl := range claimsOf(t, c.lang, "2025-01-29", c.text, c.value) {
			if cl.Subject != c.subject {
				t.Errorf("%q: %q has subject %q, want %q", c.text, cl.Label, cl.Subject, c.subject)
			}
		}
	}
}

// An organisation the article names only as who says, reports or speaks
// for («the ONS said», "the ONS director") is not the owner of the figures
// it reports; a company that also does things keeps its own.
func TestReportingBodyOwnsNoFigures(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		not, want  string // the subject must not be not; it must be want when set
	}{
		{"en", "Annual consumer price inflation in Zorgland fell to 8.7% in April, the Zorgland Statistics Office said on Wednesday. " +
			"Producer input prices fell 0.3% in April from March. \"Inflation is falling,\" said Martin Hale, the Zorgland Statistics Office director.", 0.3, "Zorgland Statistics Office", ""},
		{"fr", "L'inflation a ralenti à 1,1 % en avril, a indiqué mercredi l'Institut zorglandais de la statistique. " +
			"Les prix des services ont augmenté de 2,3 % sur un an.", 2.3, "Institut zorglandais de la statistique", ""},
		{"en", "Zorgon Motors opened a plant in Ohio in May, Zorgon Motors said on Monday. Deliveries rose 4.1% in May.", 4.1, "", "Zorgon Motors"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2025-05-24", c.text).Claims {
			if !cl.HasValue || cl.Value != c.value {
				continue
			}
			found = true
			if c.not != "" && cl.Subject == c.not && !cl.Unsure || c.want != "" && cl.Subject != c.want {
				t.Errorf("%q: %q has subject %q (unsure %v)", c.text, cl.Label, cl.Subject, cl.Unsure)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// The article's main organisation counts its full name with its short one
// ("Zorgvik Foods ASA", then "Zorgvik's shares"): a company the article
// names more often only as a new chief executive's former employer is not
// it.
func TestMainOrganisationCountsItsFullName(t *testing.T) {
	text := "Norwegian food maker Zorgvik Foods ASA on Wednesday named Claire Dubois, a former Blorpco executive, as its chief executive. " +
		"She spent 24 years at Blorpco. She also sat on the board of Blorpco. Zorgvik's shares rose 5.4% in Oslo trading. " +
		"The stock had lost 31% in the 12 months to the end of August. " +
		"The group, which makes frozen fish and soups sold in 40 countries, reported a 38% drop in second-quarter operating profit last month. " +
		"Zorgvik also said its plant had restarted on Monday."
	found := false
	for _, cl := range buildText(t, "en", "2019-09-04", text).Claims {
		if cl.HasValue && cl.Value == 38 {
			found = true
			if !strings.HasPrefix(cl.Subject, "Zorgvik") {
				t.Errorf("%q has subject %q, want Zorgvik", cl.Label, cl.Subject)
			}
		}
	}
	if !found {
		t.Error("no claim of 38%")
	}
}

// The name a left-out verb leaves after "et", "and" owns the figure after
// it; a name in brackets after another says where or what that one is.
func TestGappedAndBracketedNames(t *testing.T) {
	for _, c := range []struct {
		lang, text, subject string
		value               float64 // 0: the event
	}{
		{"fr", "Zorgbank a grimpé de 14,6 % et Blorp Paribas de 11,5 % mardi.", "Blorp Paribas", 11.5},
		{"fr", "Zorgbank a grimpé de 14,6 % et Blorp Paribas de 11,5 % mardi.", "Zorgbank", 14.6},
		{"en", "Zorgon rose 3% and Blorp 2% on Tuesday.", "Blorp", 2},
		{"fr", "La ville de Zorgville (Blorpados) a été victime mardi d'une cyberattaque.", "Zorgville", 0},
	} {
		for _, cl := range claimsOf(t, c.lang, "2025-03-12", c.text, c.value) {
			if cl.Subject != c.subject {
				t.Errorf("%q: %q has subject %q, want %q", c.text, cl.Label, cl.Subject, c.subject)
			}
		}
	}
}

// A place that locates a name ("The Zorg Museum in Leeds", "Zorgon, based
// in Long Beach, California,", "In London, the FTSE 100 closed") is not the
// subject of what the name's clause says, and "based in" tells no event.
func TestPlacesThatLocateANameAreNoSubjects(t *testing.T) {
	for _, c := range []struct {
		text, subject string
		value         float64
	}{
		{"The Zorg Museum in Leeds welcomed a record 2.3 million visitors in 2024.", "Zorg Museum", 2.3e6},
		{"Zorg Dynamics, based in Long Beach, California, has raised $410 million since 2019.", "Zorg Dynamics", 410e6},
		{"In London, the FTSE 100 closed down 0.6% at 6,381 points on Tuesday.", "FTSE 100", 0.6},
		{"In London, the FTSE 100 closed down 0.6% at 6,381 points on Tuesday.", "FTSE 100", 6381},
	} {
		for _, cl := range claimsOf(t, "en", "2025-03-12", c.text, c.value) {
			if cl.Subject != c.subject {
				t.Errorf("%q: %q has subject %q, want %q", c.text, cl.Label, cl.Subject, c.subject)
			}
		}
		for _, cl := range buildText(t, "en", "2025-03-12", c.text).Claims {
			if cl.Metric == MetricEvent && strings.Contains(cl.Label, "based") {
				t.Errorf("%q: an event of where it is: %q", c.text, cl.Label)
			}
		}
	}
}

// claimsOf returns the claims of text whose value is value (its events
// when value is 0), and fails the test when there is none.
func claimsOf(t *testing.T, lang, date, text string, value float64) []Claim {
	t.Helper()
	var out []Claim
	for _, cl := range buildText(t, lang, date, text).Claims {
		if value == 0 && !cl.HasValue || value != 0 && cl.HasValue && cl.Value == value {
			out = append(out, cl)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no claim of %v", text, value)
	}
	return out
}

// A change set after a figure past a comma ("2.3 million visitors last
// year, up 18% from 2023") is that figure's, with its subject and measure.
func TestChangeAfterAFigureIsItsOwn(t *testing.T) {
	text := "The Zorg Museum in Leeds welcomed a record 2.3 million visitors last year, up 18% from 2023, helped by a blockbuster exhibition, the museum said on Tuesday."
	for _, cl := range claimsOf(t, "en", "2025-01-20", text, 18) {
		if cl.Subject != "Zorg Museum" || cl.Measure != "visitor" || cl.Unsure {
			t.Errorf("%q: subject %q, measure %q, unsure %v", cl.Label, cl.Subject, cl.Measure, cl.Unsure)
		}
	}
}
