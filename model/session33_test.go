package model

import "testing"

// thingCase is a figure of an invented text, the subject it is to have
// ("" when it must stay unsure, off the timeline) and a subject it must not
// have.
type thingCase struct {
	name, lang, date, text string
	value                  float64
	want, bad              string
}

// runThingCases checks each case's figure's subject and whether it is sure.
func runThingCases(t *testing.T, cases []thingCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, c.date, c.text, c.value)
			if !ok {
				return
			}
			switch {
			case c.want == "" && !cl.Unsure:
				t.Errorf("subject %q, sure; want unsure", cl.Subject)
			case c.want != "" && (cl.Subject != c.want || cl.Unsure):
				t.Errorf("subject %q, unsure %v; want %q", cl.Subject, cl.Unsure, c.want)
			}
			if c.bad != "" && cl.Subject == c.bad {
				t.Errorf("subject %q", cl.Subject)
			}
		})
	}
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
