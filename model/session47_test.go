package model

import "testing"

// TestSession47AnotherSourcesCount: a source that gives its own count of
// what was counted just before, with the pronoun «en» («la CGT en
// revendiquait 20 000») or a verb of counting («La police a compté…»),
// says that count; it is of what the figure before counts, of the same
// time, not the source's own.
func TestSession47AnotherSourcesCount(t *testing.T) {
	const rennes = "Retraites : mobilisation à Rennes\n\nPlusieurs milliers de personnes ont manifesté mardi à Rennes. Le cortège a réuni 8 000 manifestants selon la préfecture, la CGT en revendiquait 20 000.\n\n" +
		"À Brest, le cortège a réuni 4 500 manifestants mardi selon les organisateurs. La police en a compté 3 000."
	const greve = "Grève dans les hôpitaux\n\nQuelque 27 % des personnels des hôpitaux publics ont cessé le travail mardi, selon l'intersyndicale.\n\n" +
		"Les hôpitaux publics ont compté 12 000 grévistes mardi, selon les syndicats. Le ministère de la Santé a pour sa part dénombré 7 500 grévistes."
	for _, c := range []struct {
		name, text    string
		value         float64
		subject, said string
		date          string
	}{
		{"en, same sentence", rennes, 20000, "Le cortège", "CGT", "2026-03-10"},
		{"en, next sentence", rennes, 3000, "le cortège", "police", "2026-03-10"},
		{"counted", greve, 7500, "Les hôpitaux publics", "ministère de la Santé", "2026-03-10"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "fr", "2026-03-12", c.text, c.value)
			if !ok {
				return
			}
			if cl.Subject != c.subject || cl.SaidBy != c.said || cl.Date.String() != c.date || cl.Unsure {
				t.Errorf("subject %q said by %q on %s (unsure %v), want %q said by %q on %s", cl.Subject, cl.SaidBy, cl.Date, cl.Unsure, c.subject, c.said, c.date)
			}
		})
	}
	// Neither the gerund nor the preposition «en» makes a figure another
	// source's count.
	const cac = "Bourse\n\nLe titre Zorgon a gagné 3 % mardi, dans un CAC 40 en progression de 0,6 %. Le résultat net recule en revanche de 11 %."
	for _, v := range []float64{0.6, 11} {
		if cl, ok := figureOf(t, "fr", "2026-03-12", cac, v); ok && cl.SaidBy != "" {
			t.Errorf("%v said by %q", v, cl.SaidBy)
		}
	}
}
