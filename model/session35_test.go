package model

import "testing"

// TestPublicBodyJoinedByAnd: "and" inside the name of a public body after
// "the" does not cut it in two; a place or a company before "and" stays a
// name of its own.
func TestPublicBodyJoinedByAnd(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"agency", "en", "2021-09-23", "The National Snow and Ice Data Center said on Tuesday that sea ice reached 17.02 million square kilometres on Sept. 12.", 17.02e6, "National Snow and Ice Data Center", "Ice Data Center"},
		{"agency's count", "en", "2021-09-23", "The National Snow and Ice Data Center recorded 412 stations in 2020.", 412, "National Snow and Ice Data Center", "Ice Data Center"},
		{"commission", "en", "2021-09-23", "The Securities and Exchange Commission fined the broker $12 million on Tuesday.", 12e6, "", "Exchange Commission"},
		{"place first", "en", "2021-09-23", "Tensions between the Netherlands and Ice Data Center rose. Ice Data Center said on Tuesday it had cut 140 jobs.", 140, "Ice Data Center", ""},
	})
}

// TestLevelOfAThingMoved: "at a record low of", «à un plus bas historique
// de»: the figure is the level of the thing the verb keeps or moves, written
// out negative after "minus", and no change.
func TestLevelOfAThingMoved(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2016-10-27", "The Riksbank kept its main interest rate at a record low of minus 0.50% on Thursday.", -0.5, "interest rate (%)"},
		{"en", "2016-10-27", "The Zorgland central bank cut its key rate to a record low of 1.5% on Tuesday.", 1.5, "rate (%)"},
		{"fr", "2014-06-05", "La BCE a maintenu jeudi son taux directeur à un plus bas historique de 0,25 %.", 0.25, "taux directeur (%)"},
	})
	for _, c := range []struct{ lang, date, text string }{
		{"en", "2016-10-27", "The Zorgland central bank cut its key rate to a record low of 1.5% on Tuesday."},
		{"fr", "2014-06-05", "La banque centrale a abaissé mardi son taux directeur à un plus bas historique de 0,25 %."},
	} {
		figureSubtest(t, "no change: "+c.text, c.lang, c.date, c.text, map[string]float64{"en": 1.5, "fr": 0.25}[c.lang], func(t *testing.T, cl Claim) {
			if cl.Unit != "%" {
				t.Errorf("unit %q, want the level's %%", cl.Unit)
			}
		})
	}
}

// TestPronounAfterSaidAndDate: "it" right after "said on Thursday" is who
// said it, as right after "said".
func TestPronounAfterSaidAndDate(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"day between", "en", "2016-10-27", "Sweden's central bank said on Thursday it would buy another 45 billion crowns of government bonds.", 45e9, "Sweden's central bank", "Sweden"},
		{"day and that", "en", "2016-10-27", "Sweden's central bank said on Thursday that it would buy another 45 billion crowns of government bonds.", 45e9, "Sweden's central bank", "Sweden"},
		{"weekday alone", "en", "2016-10-27", "Norway's health ministry said Tuesday it would spend 420 million crowns on a new hospital.", 420e6, "Norway's health ministry", "Norway"},
	})
}
