package model

import (
	"strings"
	"testing"
)

// TestCommonNounOpenings reads a common noun that opens a sentence in
// capitals as what the figure measures, not as a name: before a comma and
// its gloss, or before an adjective and the noun they qualify.
func TestCommonNounOpenings(t *testing.T) {
	const lead = "Zorgtel results\n\nZorgtel reported higher revenue on Wednesday. "
	cases := []struct {
		name, text string
		value      float64
		measure    string
	}{
		{"an apposition", "Utilization, the share of the fleet on rent, improved to 81% from 77%.", 81, "utilization"},
		{"a relative clause", "Inflation, which peaked at 9% last year, slowed to 3.1% in April.", 3.1, "inflation"},
		{"an adjective and its noun", "Battery electric vehicles accounted for 22% of sales.", 22, "sale"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "en", "2026-05-14", lead+c.text, c.value)
			if !ok {
				return
			}
			if first := strings.Fields(c.text)[0]; cl.Subject == first {
				t.Errorf("subject %q: a common noun read as a name", cl.Subject)
			}
			if !strings.Contains(cl.Measure, c.measure) {
				t.Errorf("measure %q, want %q in it", cl.Measure, c.measure)
			}
		})
	}
}
