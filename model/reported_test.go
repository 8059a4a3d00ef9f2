package model

import (
	"strings"
	"testing"
)

// A figure that opens the clause a speech verb reports is not the
// speaker's, unless an organisation tells its own figures.
func TestReportedFigureIsNotTheSpeakers(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		not, want  string // a subject the figure must not have; one it must have ("" any)
	}{
		{"en", "Zorgon Capital collapsed in 2022. Prosecutors said more than 300 investors lost money in the scheme.", 300, "Prosecutors", ""},
		{"en", "Officials said 40 people died in the floods on Tuesday.", 40, "Officials", "the floods"},
		{"en", "Police said 12 people were injured on Tuesday in Zorgville.", 12, "Police", ""},
		{"fr", "La police a indiqué que 12 personnes ont été blessées mardi à Zorgville.", 12, "La police", ""},
		{"en", "Zorgon said 300 workers would lose their jobs.", 300, "", "Zorgon"},
	} {
		claims := buildText(t, c.lang, "2024-10-10", c.text).Claims
		if c.want != "" {
			claims = figuresValued(t, c.lang, "2024-10-10", c.text, c.value)
		}
		for _, cl := range claims {
			if !cl.HasValue || cl.Value != c.value {
				continue
			}
			if c.not != "" && cl.Subject == c.not {
				t.Errorf("%q: the figure is the speaker's, %q", c.text, cl.Subject)
			}
			if c.want != "" && cl.Subject != c.want {
				t.Errorf("%q: subject %q, want %q", c.text, cl.Subject, c.want)
			}
		}
	}
}

// TestApposedAgentIsNoSubject: a person who is the agent of a participle
// set off by commas («Le document, présenté par Bertrand Olivier, s'élève
// à…») is not what the main clause's figure is about: a guess kept off the
// timeline (an organisation that unveils its own plan owns it: "The
// restructuring plan, unveiled by Volkswagen, will cut 35,000 jobs"); and
// such a participle with no date of its own is no event.
func TestApposedAgentIsNoSubject(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"fr", "Le document, présenté par l'adjoint aux finances Bertrand Olivier, s'élève à 48,6 millions d'euros.", 48.6e6},
		{"fr", "Le texte, porté par la ministre du Logement, Claire Vasseur, prévoit une aide de 2 milliards d'euros.", 2e9},
	} {
		for _, f := range figuresValued(t, c.lang, "2025-01-15", c.text, c.value) {
			if !f.Unsure {
				t.Errorf("%q: %q sure, want a guess", c.text, f.Label)
			}
		}
	}
	for _, f := range figuresValued(t, "en", "2025-01-15", "The restructuring plan, unveiled by Volkswagen, will cut 35,000 jobs in Germany by 2030.", 35000) {
		if f.Unsure || f.Subject != "Volkswagen" {
			t.Errorf("Volkswagen's plan: %q unsure=%v", f.Subject, f.Unsure)
		}
	}
	for _, text := range []string{"Quelque 1 100 sapeurs-pompiers, appuyés par huit Canadair, restaient mobilisés ce mardi.", "Le document, présenté par l'adjoint aux finances Bertrand Olivier, s'élève à 48,6 millions d'euros."} {
		for _, c := range buildText(t, "fr", "2025-01-15", text).Claims {
			if c.Metric == MetricEvent {
				t.Errorf("%q: event %q", text, c.Label)
			}
		}
	}
}

// TestForecasts: the weather or a statistic a body forecasts is expected,
// not a result, said by the forecaster, of the place it is forecast for,
// dated ahead; a company's own outlook stays its own figure.
func TestForecasts(t *testing.T) {
	for _, c := range []struct {
		lang, text            string
		value                 float64
		subject, date, saidBy string
		expected              bool // measured as expected, not a result
	}{
		{"en", "The Met Office expects gusts of 90 mph in Wales on Wednesday.", 90, "Wales", "2024-03-13", "Met Office", true},
		{"fr", "Météo-France prévoit jusqu'à 200 mm de pluie mercredi.", 200, "Météo-France", "2024-03-13", "Météo-France", true},
		// (its own outlook, its own figure, in its own words: said by it)
		{"fr", "Zorgon prévoit 300 embauches en France cette année.", 300, "Zorgon", "2024", "Zorgon", false},
		{"fr", "La start-up Zorgon, qui a levé 45 millions d'euros en janvier, prévoit de recruter.", 45e6, "Zorgon", "2024-01", "", false},
	} {
		for _, f := range figuresValued(t, c.lang, "2024-03-12", c.text, c.value) {
			if f.Subject != c.subject || f.Date.String() != c.date || f.SaidBy != c.saidBy {
				t.Errorf("%q: %q %s said by %q, want %q %s said by %q", c.text, f.Subject, f.Date, f.SaidBy, c.subject, c.date, c.saidBy)
			}
			if c.expected && !strings.Contains(f.Measure, "expected") && !strings.Contains(f.Measure, "attendu") {
				t.Errorf("%q: measure %q, want an expectation", c.text, f.Measure)
			}
		}
	}
}
