package model

import "testing"

// TestSession51EstimatesAndShareOfGDP: a body that "estimates" a figure,
// set after it or before "that", is its source; a percentage of GDP a verb
// tells is what the verb tells as a ratio, not a change.
func TestSession51EstimatesAndShareOfGDP(t *testing.T) {
	runSaidByCases(t, "2026-05-14", []saidByCase{
		{"en", "Transport accidents cost Peru about 2% of its GDP, the World Bank estimates.", 2, "World Bank"},
		{"en", "The IMF estimates that the floods cost Pakistan 3% of its GDP.", 3, "IMF"},
		{"en", "Analysts estimate the market grew 12% last year.", 12, ""},
	})
	cl, ok := figureOf(t, "en", "2026-05-14", "Floods\n\nFloods cost Pakistan about 3% of its GDP in 2022, the IMF estimates.", 3)
	if ok && (cl.Measure != "cost (%)" || cl.Unsure) {
		t.Errorf("measure %q (unsure %v), want a sure cost (%%)", cl.Measure, cl.Unsure)
	}
}
