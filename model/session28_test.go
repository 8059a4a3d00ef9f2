package model

import (
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// TestFrenchPastClause: «est» and «sont» before a participle tell the past
// only for the verbs whose compound past takes «être» or after a reflexive;
// otherwise they are the present, passive or not, and a determiner is no
// participle.
func TestFrenchPastClause(t *testing.T) {
	for _, c := range []struct {
		text string
		past bool
	}{
		{"Le mont culmine à 4 465 mètres, il est le troisième plus haut pic du massif.", false},
		{"Quelque 2 700 000 Libyens sont appelés aux urnes.", false},
		{"Le projet est estimé à 3 millions d'euros.", false},
		{"La température est tombée à 12 degrés.", true},
		{"Nantes s'est imposé 31 à 28.", true},
		{"L'arrière a été le meilleur buteur du match avec 9 réalisations.", true},
		{"Il a été élu avec 468 voix.", true},
		{"Les visiteurs sont arrivés à 300 000.", true},
		{"Le club a perdu 3 matchs.", true},
		{"Le gouvernement a mis 2 milliards d'euros sur la table.", true},
		{"Nantes s'est largement imposé 31 à 10.", true},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		if got := pastClause(toks, "fr"); got != c.past {
			t.Errorf("%q: past %v, want %v", c.text, got, c.past)
		}
	}
}

// TestSession28RulesKeepTheirScope: the level a change reached past the base
// it is measured from, a source cited besides the speaker, a market that is
// no company, a contrast clause's date.
func TestSession28RulesKeepTheirScope(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		check            func(Claim) bool
		want             string
	}{
		// the level reached after "from a year earlier" shares the change's period
		{"en", "2024-10-24", "Zorgon said on Wednesday its profit rose. Revenue for the three months to September 30 rose 14% from a year earlier to $4.62 billion.", 4.62e9,
			func(c Claim) bool { return c.Date.String() == "2024-07/2024-09" }, "dated 2024-07/2024-09"},
		{"fr", "2024-10-24", "Zorgon a publié ses comptes mercredi. Le chiffre d'affaires du troisième trimestre a progressé de 5 % sur un an à 3,2 milliards d'euros.", 3.2e9,
			func(c Claim) bool { return c.Date.String() == "2024-07/2024-09" }, "dated 2024-07/2024-09"},
		// (a base with its own figure is no level reached)
		{"en", "2024-10-24", "Zorgon said on Wednesday its profit rose. Revenue for the three months to September 30 rose 14% from $4.05 billion to $4.62 billion.", 4.05e9,
			func(c Claim) bool { return c.Date.String() != "2024-07/2024-09" || c.Value == 4.05e9 }, "read"},
		// a source cited besides the speaker does not take the figure from the article's company
		{"en", "2024-10-24", "Zorgon Software said on Wednesday it would cut 1,800 jobs. Zorgon shares fell. Revenue rose 14% to $4.62 billion, the company said, according to LSEG data.", 4.62e9,
			func(c Claim) bool { return c.Subject == "Zorgon Software" && !c.Unsure }, "Zorgon Software's, sure"},
		// "the company" that speaks is no market
		{"en", "2024-10-24", "Zorgon Software said on Wednesday it would cut 1,800 jobs, even as revenue rose faster than Wall Street had expected. Revenue rose 14% to $4.62 billion, the company said.", 4.62e9,
			func(c Claim) bool { return c.Subject == "Zorgon Software" && c.SaidBy == "Zorgon Software" }, "Zorgon Software's, said by it"},
		// "a year earlier" sets a figure against the sentence's last one of its unit
		{"en", "2024-10-24", "Zorgon said on Wednesday its profit rose. Net income in the third quarter climbed to $610 million, or 83 cents a share, from $455 million a year earlier.", 455e6,
			func(c Claim) bool { return c.Date.String() == "2023-07/2023-09" }, "dated 2023-07/2023-09"},
		// the year a budget is for dates it; the vote's tally keeps the day
		{"en", "2024-12-11", "Carverton City Council on Tuesday approved a $612 million budget for 2025 by a vote of 7-4.", 612e6,
			func(c Claim) bool { return c.Date.String() == "2025" }, "dated 2025"},
		{"en", "2024-12-11", "Carverton City Council on Tuesday approved a $612 million budget for 2025 by a vote of 7-4.", 4,
			func(c Claim) bool { return c.Date.String() == "2024-12-10" }, "dated 2024-12-10"},
		{"fr", "2024-12-17", "Le conseil a adopté lundi un budget de 1,42 milliard d'euros pour 2025.", 1.42e9,
			func(c Claim) bool { return c.Date.String() == "2025" }, "dated 2025"},
		// the noun a subject's complement completes is what is measured
		{"en", "2025-08-27", "Hurricane Orla hit Texas on Tuesday. Insured losses from the storm could reach between $6 billion and $9 billion.", 9e9,
			func(c Claim) bool { return c.Measure == "loss ($)" }, "measured as losses"},
		// an index named by its common noun reaches a level
		{"en", "2026-03-05", "Consumer confidence fell in February. The Harbour Bank-Coral Institute index dropped 2.8% to 92.4 points.", 92.4,
			func(c Claim) bool { return strings.HasPrefix(c.Measure, "level") }, "a level"},
		// past an apposition, the noun it qualifies
		{"en", "2024-10-24", "Zorgon Software said on Wednesday it would cut jobs. Cloud revenue, the company's fastest-growing business, jumped 31% to $1.9 billion.", 1.9e9,
			func(c Claim) bool { return strings.HasPrefix(c.Measure, "cloud revenue") }, "measured as cloud revenue"},
		// a verb that only reports an amount says nothing of what it is
		{"en", "2024-12-11", "Carverton City Council approved a budget on Tuesday. Councilman Frank Dorsey said the true cost to a typical homeowner would be closer to $110 a year.", 110,
			func(c Claim) bool { return c.Unsure || !strings.HasPrefix(c.Measure, "said") }, "not measured by \"said\""},
		// the abbreviation of a cited source is no subject either
		{"fr", "2025-03-13", "La grève se poursuit dans les hôpitaux. Selon la Fédération hospitalière de France (FHF), environ 3 200 opérations ont été reportées.", 3200,
			func(c Claim) bool { return c.Subject != "FHF" && c.Subject != "Fédération hospitalière de France" }, "not the source's"},
		// a statistics office known by its abbreviation owns no figure it publishes
		{"fr", "2025-05-22", "Les prix des logements anciens ont reculé de 3,2 % sur un an en France, selon l'indice Insee-Notaires publié jeudi. Sur les trois premiers mois de l'année, la baisse atteint 0,8 %, a précisé l'Insee. Le repli est plus marqué dans l'Ouest, où les prix ont chuté de 4,1 % sur un an. L'Insee a par ailleurs publié mardi son enquête.", 4.1,
			func(c Claim) bool { return c.Subject != "Insee" }, "not the Insee's"},
		// a nationality before a country's measure names the country
		{"en", "2026-03-05", "Australian retail sales rose 0.6% in January from December, the Australian Bureau of Statistics said on Thursday.", 0.6,
			func(c Claim) bool { return c.Subject == "Australia" && !c.Unsure }, "Australia's"},
		// a bare count a change verb moved counts its subject's noun; a country in two place words stays whole
		{"en", "2024-07-18", "Deaths in South Africa's mines fell to 49 in 2023 from 82 in 2022.", 49,
			func(c Claim) bool {
				return c.Subject == "South Africa" && c.Measure == "death" && c.Date.String() == "2023"
			}, "South Africa's deaths in 2023"},
		{"en", "2024-07-18", "North Korea fired 12 missiles in June.", 12,
			func(c Claim) bool { return c.Subject == "North Korea" }, "North Korea's"},
		// the base a figure fell from keeps its own year; a state a relative clause holds keeps the present
		{"en", "2024-12-11", "Carverton approved its budget on Tuesday. Carverton's population has fallen to about 118,000 from a peak of 164,000 in 1960.", 118000,
			func(c Claim) bool { return c.Date.String() != "1960" }, "not 1960's"},
		{"en", "2024-05-09", "Lusaero, which has a fleet of 64 aircraft, said it would take delivery of four new jets before the end of June.", 64,
			func(c Claim) bool { return c.AsOf }, "as of the publication"},
		// the level a rate was moved to is the rate's, past "basis points"
		{"en", "2026-03-05", "The Reserve Bank of Australia raised its cash rate by 25 basis points to 3.85% on February 17.", 3.85,
			func(c Claim) bool { return c.Measure == "cash rate (%)" }, "the cash rate"},
		// what the verb acts on, which the figure completes
		{"en", "2025-11-10", "Ballymore won the cup on Sunday. The winners receive prize money of 250,000 euros.", 250000,
			func(c Claim) bool {
				return strings.HasPrefix(c.Measure, "money") || strings.HasPrefix(c.Measure, "prize money")
			}, "prize money"},
		// results a company reports or posts stay on the timeline; a pace is how a verb acted
		{"en", "2024-10-24", "Zorgon posted $4.6 billion in revenue on Tuesday.", 4.6e9,
			func(c Claim) bool { return !c.Unsure }, "sure"},
		{"en", "2024-10-24", "Zorgland's exports expanded at a pace of 4.1% in the third quarter.", 4.1,
			func(c Claim) bool { return !strings.HasPrefix(c.Measure, "pace") }, "not a pace"},
		// a date in a contrast clause dates its own figure only
		{"en", "2024-10-24", "Zorgon said on Wednesday it would cut about 1,800 jobs, even as revenue in its third quarter rose.", 1800,
			func(c Claim) bool { return c.Date.String() != "2024-07/2024-09" }, "not dated by the third quarter"},
	} {
		found := false
		for _, f := range buildText(t, c.lang, c.date, c.text).Claims {
			if f.HasValue && f.Value == c.value {
				found = true
				if !c.check(f) {
					t.Errorf("%q: %v read as %q %q %s said by %q unsure %v, want %s", c.text, c.value, f.Subject, f.Measure, dateOrAsOf(f), f.SaidBy, f.Unsure, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// TestRegionIsNoOrganisation: a French département or an American state
// is a place, never the organisation a figure is guessed to be about.
func TestRegionIsNoOrganisation(t *testing.T) {
	for _, c := range []struct{ lang, text, region string }{
		{"fr", "Des pluies torrentielles se sont abattues mercredi sur le Gard. Le train transportait 312 passagers.", "Gard"},
		{"en", "Heavy rain hit Texas on Tuesday. The train carried 312 passengers.", "Texas"},
	} {
		for _, f := range buildText(t, c.lang, "2025-10-17", c.text).Claims {
			if f.HasValue && f.Value == 312 && f.Subject == c.region {
				t.Errorf("%q: 312 read as %s's", c.text, c.region)
			}
		}
	}
}
