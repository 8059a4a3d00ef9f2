package model

import (
	"strings"
	"testing"
)

// TestSession30RulesKeepTheirScope: the misreadings a review of session
// 30's rules found in ordinary news sentences, and one its exported image
// showed, each now read as a careful reader would.
func TestSession30RulesKeepTheirScope(t *testing.T) {
	for _, c := range []struct {
		name, lang, date, text string
		ok                     func(cls []Claim) bool
	}{
		{"the bank is the company told before, not the central bank beside it", "en", "2024-03-14",
			"British lender Blorpley cut 2,000 jobs on Tuesday, a week after the Bank of England raised interest rates. The bank employs 40,000 people worldwide.",
			func(cls []Claim) bool { return valueOf(cls, 40000).Subject != "Bank of England" }},
		{"a role between a company's noun and a name makes a person", "en", "2024-03-14",
			"The company spokeswoman Ayumi Zorgata said on Tuesday that sales rose 12% in February.",
			func(cls []Claim) bool { c := valueOf(cls, 12); return c.Subject != "Ayumi Zorgata" || c.Unsure }},
		{"the one sentenced is not the owner a possessive names", "en", "2024-03-14",
			"A Moscow court on Thursday sentenced Zorgov's former driver, Ivan Blorpin, to six years in prison for fraud.",
			func(cls []Claim) bool { return valueOf(cls, 6).Subject == "Ivan Blorpin" }},
		{"the one sentenced is not a complement's name", "fr", "2024-03-14",
			"Le tribunal correctionnel de Lyon a condamné jeudi l'ancien chauffeur de Gérard Zorgferrand, Paul Blorpet, à deux ans de prison.",
			func(cls []Claim) bool { return valueOf(cls, 2).Subject == "Paul Blorpet" }},
		{"an unnamed source's estimate is no one's", "en", "2024-03-14",
			"Zorgcorp posted a record profit on Tuesday. Economists put inflation at 3.1% in February.",
			func(cls []Claim) bool { c := valueOf(cls, 3.1); return c.Subject != "Zorgcorp" || c.Unsure }},
		{"a company's estimate of its own recall's cost", "en", "2024-03-14",
			"Zorgcorp estimated the cost of the recall at 300 million euros on Tuesday.",
			func(cls []Claim) bool { return valueOf(cls, 300e6).Subject == "Zorgcorp" }},
		{"a weekday range under way is this week's", "en", "2024-03-16",
			"The exhibition, which runs from Friday to Sunday, has already sold 12,000 tickets.",
			func(cls []Claim) bool { return anyDated(cls, "2024-03-15/2024-03-17") }},
		{"police reports is a noun", "en", "2024-03-14",
			"According to police reports on Wednesday, 14 people were injured in the blast.",
			func(cls []Claim) bool { return valueOf(cls, 14).Date.String() == "2024-03-13" }},
		{"a company's own plant is no guess", "en", "2024-03-14",
			"Zorg Motors said on Monday it had opened a plant that produces 500,000 cars a year.",
			func(cls []Claim) bool { return !valueOf(cls, 500000).Unsure }},
		{"a company's act with its object is no guess", "fr", "2024-03-14",
			"Zorgauto a annoncé mardi l'ouverture d'une usine qui emploiera 1 200 personnes.",
			func(cls []Claim) bool { return !valueOf(cls, 1200).Unsure }},
		{"this winter in the future, said in February, is this one", "en", "2024-02-10",
			"The resort will stay open this winter despite a lack of snow, its operator Zorgski said on Friday.",
			func(cls []Claim) bool { return !anyDated(cls, "2024-12/2025-02") }},
		{"an amount's currency is no part of an event's subject", "en", "2026-03-17",
			"The support will cost at most 24.5 billion crowns, well below the 55 billion crowns parliament earmarked in June 2025.",
			func(cls []Claim) bool { return !anySubject(cls, "crowns parliament") }},
		{"putting someone on alert at an hour is an event", "en", "2024-03-14",
			"The coach put the team on alert at 6 a.m. on Tuesday before the final.",
			func(cls []Claim) bool { return anyLabel(cls, "put the team") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			cls := buildText(t, c.lang, c.date, c.text).Claims
			if !c.ok(cls) {
				var got []string
				for _, cl := range cls {
					got = append(got, cl.Label+" | "+cl.Subject+" | "+cl.Date.String())
				}
				t.Errorf("%q read as %q", c.text, got)
			}
		})
	}
}

// valueOf returns the first claim of value v, the zero claim when none.
func valueOf(cls []Claim, v float64) Claim {
	for _, cl := range cls {
		if cl.HasValue && cl.Value == v {
			return cl
		}
	}
	return Claim{}
}

// anyDated reports whether a claim is dated date.
func anyDated(cls []Claim, date string) bool {
	for _, cl := range cls {
		if cl.Date.String() == date {
			return true
		}
	}
	return false
}

// anyLabel reports whether a claim's label holds words.
func anyLabel(cls []Claim, words string) bool {
	for _, cl := range cls {
		if strings.Contains(cl.Label, words) {
			return true
		}
	}
	return false
}

// anySubject reports whether a claim is subject's.
func anySubject(cls []Claim, subject string) bool {
	for _, cl := range cls {
		if cl.Subject == subject {
			return true
		}
	}
	return false
}
