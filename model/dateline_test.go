package model

import "testing"

// The dateline a news agency opens its story with is where and when it was
// filed: its place is never the first sentence's subject (the dateline is
// read in model/text).
func TestDatelinePlaceNotSubject(t *testing.T) {
	tl := buildText(t, "fr", "2025-03-13", "NANCY, 13 mars — Le site de Zorgon, qui emploie 1 870 salariés, a produit 2,4 millions de tonnes d'acier l'an dernier.")
	for _, c := range tl.Claims {
		if c.Subject == "NANCY" || c.Subject == "Nancy" {
			t.Errorf("%q: the dateline's place is the subject", c.Label)
		}
	}
}

// A dateline after a headline and a publication line is no subject either,
// and a market report's moves told with no time of their own are of the
// day its lead tells.
func TestDatelineAfterTheHeadlineAndTheLeadsDay(t *testing.T) {
	text := "Zorg shares jump as yields ease\n\nPublished March 9, 2021\n\nLONDON — European stocks rallied on Tuesday as bond yields eased.\n\nThe Zorgdax index rose 2.0%, or 290.36 points, to 14,670.72. The Zorgdax had fallen on Monday.\n"
	a, err := ParseArticle("x.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(&Set{Name: "x", Articles: []*Article{a}})
	for _, c := range tl.Claims {
		if c.Subject == "LONDON" || c.Subject == "London" || c.SaidBy == "LONDON" {
			t.Errorf("%q: the dateline's place is its subject or speaker", c.Label)
		}
	}
	for _, v := range []float64{2, 290.36} {
		for _, c := range figuresOf(tl, v) {
			if c.Date.String() != "2021-03-09" || c.AsOf {
				t.Errorf("%v: dated %s (as of %v), want 2021-03-09, the lead's day", v, c.Date, c.AsOf)
			}
		}
	}
}
