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
