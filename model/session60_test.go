package model

import (
	"testing"
)

// TestSession60PutPastInitials: a country's initials written with their
// stops ("U.S.") do not end the phrase a put verb sets at a figure; an
// irregular participle ("sold") says which of the things counted, and
// "the number of" counts what follows the initials.
func TestSession60PutPastInitials(t *testing.T) {
	const lead = "Novaris shares fall as sales slow\n\nNovaris said on Tuesday that it sold 1.2 million packs of its allergy drug in the fourth quarter. "
	cases := []struct {
		name, text       string
		value            float64
		subject, measure string
	}{
		{"initials", lead + "Analysts at Jefferies put the number of U.S. packs sold in January at 410,000.", 410000, "Novaris", "pack"},
		{"irregular participle", lead + "Analysts at Jefferies put the number of packs sold in January at 420,000.", 420000, "Novaris", "pack"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if cl, ok := figureOf(t, "en", "2026-03-03", c.text, c.value); ok && (cl.Subject != c.subject || cl.Measure != c.measure) {
				t.Errorf("subject %q, measure %q; want %q, %q", cl.Subject, cl.Measure, c.subject, c.measure)
			}
		})
	}
}

// TestSession60PutterSaysIt: whoever puts a figure on something says it,
// its own figure too; a restated "figure" with what it counts after the
// number is the thing counted, not a measure of its own.
func TestSession60PutterSaysIt(t *testing.T) {
	const fda = "Corvane recalls allergy drug\n\nThe Food and Drug Administration said on Tuesday that the recall in the United States covered about 900,000 packs of the Corvane drug. "
	runSaidByCases(t, "2024-03-14", []saidByCase{
		{"en", fda + "Corvane put the U.S. figure at 1.1 million packs.", 1.1e6, "Corvane"},
		{"en", "The environmental group Coastwatch SA put the spill at up to 3,000 tonnes, based on aerial surveys.", 3000, "Coastwatch"},
		{"en", "Ortelia's exposure grows\n\nOrtelia puts its clients' losses at 92 million euros including interest.", 92e6, "Ortelia"},
	})
	if cl, ok := figureOf(t, "en", "2024-03-14", fda+"Corvane put the U.S. figure at 1.2 million packs.", 1.2e6); ok && (cl.Subject != "Corvane" || cl.Measure != "pack") {
		t.Errorf("subject %q, measure %q; want Corvane, pack", cl.Subject, cl.Measure)
	}
}
