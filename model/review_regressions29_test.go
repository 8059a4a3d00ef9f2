package model

import (
	"context"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// TestSession29RulesKeepTheirScope holds the misreadings a review of
// session 29's rules found in ordinary news: each rule keeps to the
// sentences it was written for.
func TestSession29RulesKeepTheirScope(t *testing.T) {
	const results = "Zorgon Software said on Wednesday its revenue rose.\n\nRevenue for the three months to September 30 rose 14% to $4.62 billion, the company said.\n\n"
	for _, c := range []struct {
		lang, date, text string
		value            float64
		ok               func(Claim) bool
		want             string
	}{
		// the results period: not a year-ago figure, not after the story moved to another time
		{"en", "2024-10-24", results + "Revenue was $4.05 billion in the year-ago quarter.", 4.05e9,
			func(c Claim) bool { return c.Date.String() != "2024-07/2024-09" }, "not the story's quarter"},
		{"en", "2024-10-24", results + "In 2019, Zorgon was much smaller. Revenue was $1.2 billion.", 1.2e9,
			func(c Claim) bool { return c.Date.String() != "2024-07/2024-09" }, "not the story's quarter"},
		// a span's end in the past dates the figure
		{"en", "2024-06-12", "Zorgon Foods said on Tuesday its sales rose 8% in the fiscal year through March 2024.", 8,
			func(c Claim) bool { return !c.AsOf }, "dated by its period"},
		// a recipient after "on", "to" is the figure's
		{"en", "2024-06-12", "A fine of $5 billion was imposed on Facebook on Tuesday, the regulator said.", 5e9,
			func(c Claim) bool { return c.Subject == "Facebook" }, "Facebook's"},
		// a conditional is no imperfect
		{"fr", "2024-06-12", "Zorgon a annoncé dimanche un plan de restructuration. Les syndicats ont manifesté mardi devant le siège. Zorgon devrait supprimer 450 postes.", 450,
			func(c Claim) bool { return dateOrAsOf(c) != "2024-06-09" }, "not Sunday's"},
		// "held" a rate or a score is no stake
		{"en", "2024-06-12", "Sweden's central bank held its key rate at 3.75% on Tuesday.", 3.75,
			func(c Claim) bool { return !strings.HasPrefix(c.Measure, "stake") }, "no stake"},
		{"en", "2024-06-12", "Reform UK, which holds 12% in the latest YouGov poll, gained ground on Tuesday.", 12,
			func(c Claim) bool { return !strings.HasPrefix(c.Measure, "stake") }, "no stake"},
		// a market that had its worst day is a market story
		{"en", "2024-06-12", "Zorgon's shares tumbled on Tuesday as Wall Street had its worst day in months. The S&P 500 lost 1.4%.", 1.4,
			func(c Claim) bool { return dateOrAsOf(c) == "2024-06-11" }, "Tuesday's"},
		// "can count on" is a fact
		{"en", "2024-06-12", "The vote is due on Thursday. Prime Minister Zorg can count on 289 lawmakers, his office said on Tuesday.", 289,
			func(c Claim) bool { return !c.Unsure }, "sure"},
		// a verb of its own tells another thing than the figure before
		{"fr", "2024-06-12", "Zorgon a réalisé un chiffre d'affaires de 640 millions d'euros en 2023, et prévoit une hausse de 6 % cette année.", 6,
			func(c Claim) bool { return c.Date.String() != "2023" }, "not 2023's"},
		// a product's parts are a design
		{"en", "2024-06-12", "Zorgon Motors unveiled its new electric SUV on Monday. The carmaker fitted it with two motors.", 2,
			func(c Claim) bool { return c.Unsure }, "off the timeline"},
		// a rival named with a French nationality does not take «le chantier»
		{"fr", "2019-09-18", "Le chantier Kvalsund a remporté mardi une commande de quatre ferries. Une offre du chantier chinois Haixing était 15 % moins chère. Le chantier embauchera 350 ouvriers l'an prochain.", 350,
			func(c Claim) bool { return c.Subject != "Haixing" }, "not the rival's"},
		// megawatt hours are energy
		{"en", "2024-06-12", "The wind farm produced 7,500 megawatt hours in May, the operator said on Monday.", 7500,
			func(c Claim) bool { return c.Unit == "MWh" }, "in MWh"},
		// people who use a service are its users in the label
		{"en", "2024-06-12", "WhatsApp said on Tuesday its platform is used by 2 billion people.", 2e9,
			func(c Claim) bool { return !strings.Contains(c.Label, "people") || strings.Contains(c.Label, "used") }, "no label \"has 2 billion people\""},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if cl.Value == c.value {
				found = true
				if !c.ok(cl) {
					t.Errorf("%q: %v read as %q %q %q %s (unsure %v), want %s", c.text, c.value, cl.Subject, cl.Measure, cl.Label, dateOrAsOf(cl), cl.Unsure, c.want)
				}
			}
		}
		if !found && c.want != "off the timeline" {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// TestMineOnlyIsTheNounPronoun: only "mine" after a determiner is read as a
// noun; "told the BBC it would" keeps its pronoun.
func TestMineOnlyIsTheNounPronoun(t *testing.T) {
	ws := workspace{ctx: context.Background()}
	const text = "Zorgon told the BBC it would cut 300 jobs."
	toks := lexis.Tokenize(text, 0, len(text))
	p := &parsed{lang: "en", toks: toks, tags: ws.tagSentence("en", toks, len(toks))}
	p.phraseVerbs()
	for k := range toks {
		if toks[k].Text == "it" && p.tags[k] == syntax.NOUN {
			t.Errorf("%q: «it» read as a noun", text)
		}
	}
}
