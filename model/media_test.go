package model

import (
	"strings"
	"testing"
)

// Whom the words were said to («a déclaré à l'AFP», "he told Zorg Radio",
// "in an interview with") is a medium cited, never what the figure is
// about; people moved and homes lost after a disaster are the disaster's,
// even on a day of their own.
func TestMediumAndDisasterEffects(t *testing.T) {
	const quake = "At least 34 people were killed when a magnitude 6.8 earthquake struck southern Zorgland late on Tuesday, officials said on Wednesday. " +
		"Civil defence chief Jorge Zorgas said the toll was likely to rise. \"We still have no communication with at least six communities,\" he told Zorg Radio. " +
		"By Wednesday evening, some 12,500 people had been evacuated, according to the civil defence agency."
	tl := buildText(t, "en", "2017-03-08", quake)
	for _, v := range []float64{6, 12500} {
		for _, f := range figuresOf(tl, v) {
			if strings.Contains(f.Subject, "Zorg Radio") || strings.Contains(f.Subject, "Jorge") {
				t.Errorf("%v: subject %q", v, f.Subject)
			}
		}
	}
	if f := figuresOf(tl, 12500); len(f) != 1 || f[0].Unsure || !strings.Contains(f[0].Subject, "earthquake") {
		t.Errorf("12500: %+v, want the earthquake's", f)
	}
	tl = buildText(t, "fr", "2017-03-08", "« Nous avons perdu 40 clients », a déclaré à Zorg Info le directeur.")
	for _, f := range figuresOf(tl, 40) {
		if strings.Contains(f.Subject, "Zorg Info") {
			t.Errorf("40: subject %q", f.Subject)
		}
	}
}

// An election's scores after the first one that says it counts votes are
// scores of the vote too, never rises: "won 13.6%", "came second with
// 24.1%".
func TestElectionScoresAreVoteShares(t *testing.T) {
	tl := buildText(t, "en", "2022-10-03", "The Zorg Alliance won 38.4 percent of the vote on Sunday. The Social Democrats came second with 24.1 percent and 13 seats. The Greens won 13.6 percent and seven seats. The Homeland Party took 7.9 percent and four seats.")
	for _, v := range []float64{38.4, 24.1, 13.6, 7.9} {
		if f := figuresOf(tl, v); len(f) != 1 || f[0].Unit != "%" || !strings.Contains(f[0].Measure, "vote") {
			t.Errorf("%v: %+v, want a share of the vote", v, f)
		}
	}
}

// An amount in brackets after one in a currency named by its word is the
// same amount converted; a figure that is a threshold's value ("missed the
// 5 percent threshold") is no claim.
func TestConversionsAndThresholds(t *testing.T) {
	tl := buildText(t, "en", "2017-03-08", "The Zorgland government released 50 million soles ($15.3 million) in emergency funds. The liberal Zorg Party, with 4.7 percent, missed the 5 percent threshold.")
	if f := figuresOf(tl, 15.3e6); len(f) != 0 {
		t.Errorf("the conversion is a claim: %+v", f)
	}
	if f := figuresOf(tl, 50e6); len(f) != 1 {
		t.Errorf("50 million soles: %+v", f)
	}
	if f := figuresOf(tl, 5); len(f) != 0 {
		t.Errorf("the threshold is a claim: %+v", f)
	}
}

// An infinitive's figure is of the subject of the verb that governs it,
// with a date between them; a capitalised "Group" ending a name is the
// name's, no anaphor; an event's words never end inside a figure.
func TestAgreedToBuy(t *testing.T) {
	tl := buildText(t, "en", "2015-07-21", "Dutch insurer Zorgdan Group agreed on Tuesday to buy British rival Ashzorg plc for 5.4 billion pounds in cash, the companies said.")
	if f := figuresOf(tl, 5.4e9); len(f) != 1 || !strings.HasPrefix(f[0].Subject, "Zorgdan") {
		t.Errorf("5.4 billion: %+v, want Zorgdan's", f)
	}
	for _, c := range tl.Claims {
		if c.Metric == MetricEvent && strings.HasSuffix(c.Label, " 5.4") {
			t.Errorf("label ends inside the figure: %q", c.Label)
		}
	}
}

// A date inside a relative clause set off by commas dates that clause, not
// the figure of the main clause around it.
func TestRelativeClauseDateStaysThere(t *testing.T) {
	tl := buildText(t, "en", "2015-07-21", "Zorgdan Group, which last month completed the sale of its Polish unit, has a market value of about 15 billion euros.")
	if f := figuresOf(tl, 15e9); len(f) != 1 || f[0].Date.String() == "2015-06" {
		t.Errorf("15 billion: %+v, want no date of the relative clause", f)
	}
}

// The person set between commas after a common noun and the name it has
// is the clause's subject, not that name.
func TestCandidateOfAPartyNamed(t *testing.T) {
	tl := buildText(t, "fr", "2015-06-22", "Le candidat Les Zorgicains, Stéphane Zorgroux, a remporté dimanche l'élection législative partielle avec 58,4 % des voix.")
	if f := figuresOf(tl, 58.4); len(f) != 1 || f[0].Subject != "Stéphane Zorgroux" {
		t.Errorf("58.4: %+v, want Stéphane Zorgroux's", f)
	}
}

// A plural possessive inside a name is the name's: "the Citizens' List".
func TestPluralPossessiveInName(t *testing.T) {
	tl := buildText(t, "en", "2022-10-03", "The Zorgens' List, founded in January by Johann Zorgwurm, entered parliament with 10.2 percent and six seats.")
	if f := figuresOf(tl, 6); len(f) != 1 || f[0].Subject != "Zorgens' List" {
		t.Errorf("6 seats: %+v, want the Zorgens' List's", f)
	}
}

// French nouns in -s that are the same in the singular keep their -s in a
// measure: «décès», «pays», «voix», «prix».
func TestFrenchInvariableLemmas(t *testing.T) {
	for _, c := range []struct{ w, want string }{
		{"deces", "deces"}, {"pays", "pays"}, {"voix", "voix"}, {"emplois", "emploi"}, {"salaries", "salarie"},
	} {
		if got := lemma(c.w, "fr"); got != c.want {
			t.Errorf("lemma(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}

// An amount for each that completes a noun measures that noun for each:
// «un dividende de 1,85 euro par action».
func TestDividendPerShare(t *testing.T) {
	tl := buildText(t, "fr", "2024-02-29", "Le groupe Zorgéa proposera à ses actionnaires un dividende de 1,85 euro par action.")
	if f := figuresOf(tl, 1.85); len(f) != 1 || !strings.HasPrefix(f[0].Measure, "dividende par action") {
		t.Errorf("1.85: %+v, want a dividend per share", f)
	}
}

// A percentage of GDP measures what its subject names, not the economy.
func TestShareOfGDP(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Zorgland's budget deficit reached 4.5 percent of gross domestic product last year."},
		{"en", "Zorgland's budget deficit reached 4.5% of GDP last year."},
		{"fr", "Le déficit public de la Zorglandie a atteint 4,5 % du produit intérieur brut l'an dernier."},
	} {
		f := figuresOf(buildText(t, c.lang, "2021-04-14", c.text), 4.5)
		if len(f) != 1 || !strings.Contains(f[0].Measure, "defici") {
			t.Errorf("%q: %+v, want a deficit", c.text, f)
		}
	}
}

// A country's public measure after its name keeps its noun as measure:
// "New Zealand unemployment rose to 4.3 percent" is unemployment's level.
func TestCountryMeasureAfterItsName(t *testing.T) {
	f := figuresOf(buildText(t, "en", "2019-04-14", "New Zealand unemployment rose to 4.3 percent in March."), 4.3)
	if len(f) != 1 || !strings.HasPrefix(f[0].Measure, "unemployment") {
		t.Errorf("4.3: %+v, want unemployment", f)
	}
}

// A country's figure in an article about a company is never the
// company's, not even as a guess: «Le taux de chômage a reculé à 7,1 %».
func TestPublicMeasureNoCompanyGuess(t *testing.T) {
	tl := buildText(t, "fr", "2023-05-10", "Le groupe Zorgonet a annoncé mardi la suppression de 1 200 postes. Le taux de chômage a reculé à 7,1 % au premier trimestre, selon l'Insee.")
	for _, f := range figuresOf(tl, 7.1) {
		if f.Subject == "Zorgonet" {
			t.Errorf("7.1 given to the company: %q", f.Label)
		}
	}
	tl = buildText(t, "en", "2022-11-18", "Zorgstadt Bank said on Monday it would close 120 branches. Zorgstadt Bank is the largest lender. Exports fell 3.2% in October from a year earlier, data showed on Thursday.")
	for _, f := range figuresOf(tl, 3.2) {
		if f.Subject == "Zorgstadt Bank" {
			t.Errorf("3.2 given to the bank: %q", f.Label)
		}
	}
}

// A small count its subject names is a claim: "The death toll rose to 45".
func TestTollRoseTo(t *testing.T) {
	tl := buildText(t, "en", "2022-11-18", "Floods hit Zorgland on Monday. The death toll rose to 45 on Tuesday.")
	if f := figuresOf(tl, 45); len(f) != 1 || !strings.Contains(f[0].Measure, "toll") {
		t.Errorf("45: %+v, want the death toll", f)
	}
}

// An event told in the first person inside a quote keeps the speaker's
// words: «Verdan: “we sold our UK life business”», not "Verdan sold our…".
func TestFirstPersonEventQuoted(t *testing.T) {
	evs := eventsOf(t, "en", "2015-07-21", "\"This gives us the scale that we have lacked since we sold our UK life business in 2009,\" Zorgdan chief executive Pieter van Zorg told reporters. Zorgdan Group agreed to buy Ashzorg.")
	for _, e := range evs {
		if strings.Contains(e.Label, "sold our") && !strings.Contains(e.Label, "we sold our") {
			t.Errorf("label %q drops the speaker's pronoun", e.Label)
		}
	}
}
