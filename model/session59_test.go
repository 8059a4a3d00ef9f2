package model

import (
	"testing"
)

// TestSession59CountsPutAt: a source that puts "the number of" people at
// a figure counts them for the place or event the passage tells of, not
// for the people, and not as a restating of the count told before; a
// participle after the people says which of them. "Reported the value of
// the deal at" is built the same way.
func TestSession59CountsPutAt(t *testing.T) {
	const quake = "Quake death toll rises as rescuers search rubble in eastern Turkey\n\n" +
		"The death toll from Sunday's earthquake in eastern Turkey rose to 412 on Tuesday.\n\n"
	cases := []struct {
		name, text       string
		value            float64
		subject, measure string
		saidBy           string
	}{
		{"number of", quake + "The Turkish Red Crescent put the number of homeless people at about 25,000.", 25000, "Turkey", "people", "Red Crescent"},
		{"reported at", "Streaming rights deal agreed\n\nThe Sports Business Journal reported the total value of the deal at $5.2 billion.", 5.2e9, "the deal", "value ($)", "Sports Business Journal"},
		{"people left homeless", quake + "The Turkish Red Crescent put the number of people left homeless at 27,000.", 27000, "Turkey", "people", "Red Crescent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "en", "2026-03-03", c.text, c.value)
			if !ok {
				return
			}
			if cl.Subject != c.subject || cl.Measure != c.measure || cl.SaidBy != c.saidBy {
				t.Errorf("subject %q, measure %q, said by %q; want %q, %q, %q", cl.Subject, cl.Measure, cl.SaidBy, c.subject, c.measure, c.saidBy)
			}
		})
	}
}

// TestSession59RelativeApposition: a relative clause set off by commas
// between a subject and its verb tells of the subject; a noun of its own
// («l'essentiel des liaisons») is not what the figure is of.
func TestSession59RelativeApposition(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"qui assure l'essentiel", "fr", "2026-05-14", "Grève des contrôleurs aériens : plus de 1 200 vols annulés jeudi\n\nAir France, qui assure l'essentiel des liaisons intérieures, a indiqué avoir supprimé 410 vols.", 410, "Air France", ""},
		{"qui assure, a supprimé", "fr", "2026-05-14", "Grève des contrôleurs aériens : plus de 1 200 vols annulés jeudi\n\nAir France, qui assure l'essentiel des liaisons intérieures, a supprimé 411 vols.", 411, "Air France", ""},
		{"which operates most", "en", "2026-05-14", "Air traffic controllers strike grounds flights across France\n\nDelta, which operates most of the country's domestic routes, has cancelled 412 flights.", 412, "Delta", ""},
	})
}
