package model

import (
	"strings"
	"testing"
)

// Sentences a review of session 27's rules showed them misreading, and
// that they must keep reading as they did before those rules.
func TestSession27RulesKeepTheirScope(t *testing.T) {
	type want struct {
		value float64
		check func(Claim) bool
		what  string
	}
	for _, c := range []struct {
		lang, date, text string
		want             []want
	}{
		// a vote's tally, a share, a count of times: no match's score
		{"en", "2024-01-11", "Smith defeated Jones 52-48 in the vote for the committee chair.", []want{
			{48, func(c Claim) bool { return c.Measure == "votes against" }, "votes against"}}},
		{"en", "2024-01-11", "Jane Smith defeated Tom Jones 54-46 percent in the primary.", []want{
			{46, func(c Claim) bool { return c.Measure != "score" }, "no score"}}},
		// a clause that looks ahead, or in the present, keeps no past date
		{"en", "2024-03-12", "Acme sold 1.2 million cars in 2019, and the combined group will need 2,000 more workers.", []want{
			{2000, func(c Claim) bool { return c.AsOf }, "as of the publication"}}},
		{"en", "2024-03-12", "Acme sold 1.2 million cars in 2019, and the cost of the plan is $3 billion.", []want{
			{3e9, func(c Claim) bool { return c.AsOf }, "as of the publication"}}},
		// a price index is no market's session
		{"en", "2024-01-11", "The consumer price index rose 0.3% in December, the Labor Department said on Tuesday. Energy prices fell 1.2%.", []want{
			{1.2, func(c Claim) bool { return c.AsOf || dateOrAsOf(c) == "2023-12" }, "as of the publication or December's"}}},
		// a finite "called" gives no name
		{"en", "2024-01-11", "Zorgmat's union called Brixton Logistics a hostile bidder on Monday. The union said 200 jobs were at risk.", []want{
			{200, func(c Claim) bool { return c.Subject != "Brixton Logistics" }, "not Brixton Logistics's"}}},
		// a name in brackets after who the words say it is
		{"en", "2024-01-11", "The largest private employer in the region (Zorgmat) said on Tuesday it would cut 300 jobs.", []want{
			{300, func(c Claim) bool { return c.Subject == "Zorgmat" }, "Zorgmat's"}}},
		// "raised" N% of something is no rise
		{"en", "2024-01-11", "Zorgmat raised 10% of its capital in a share sale on Monday.", []want{
			{10, func(c Claim) bool { return !strings.HasPrefix(c.Unit, "+") }, "no rise"}}},
	} {
		cl := buildText(t, c.lang, c.date, c.text).Claims
		for _, w := range c.want {
			found := false
			for _, f := range cl {
				if f.HasValue && f.Value == w.value {
					found = true
					if !w.check(f) {
						t.Errorf("%q: %v read as %q %q %q %s, want %s", c.text, w.value, f.Subject, f.Measure, f.Unit, dateOrAsOf(f), w.what)
					}
				}
			}
			if !found && w.what != "no score" && w.what != "no rise" {
				t.Errorf("%q: no claim of %v", c.text, w.value)
			}
		}
	}
}
