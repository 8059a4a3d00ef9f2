package model

import (
	"strings"
	"testing"
)

// A term's abbreviation in brackets («l'excédent brut d'exploitation
// (Ebitda)») names a measure, not an entity: the figure is the company's,
// measured by the term; a body whose name is written in lower case keeps
// its abbreviation as its name, and an index its abbreviation names is the
// index.
func TestTermAbbreviationIsNoSubject(t *testing.T) {
	for _, c := range []struct {
		lang, text       string
		value            float64
		subject, measure string
	}{
		{"fr", "Zorgtel a publié mardi ses résultats du premier trimestre. L'excédent brut d'exploitation (Ebitda) atteint 1,12 milliard d'euros, contre 1,05 milliard un an plus tôt.", 1.12e9, "Zorgtel", "excedent"},
		{"fr", "Zorgtel a publié mardi ses résultats du premier trimestre. L'excédent brut d'exploitation (Ebitda) atteint 1,12 milliard d'euros, contre 1,05 milliard un an plus tôt.", 1.05e9, "Zorgtel", "excedent"},
		{"fr", "La direction générale des finances publiques (DGFiP) a recouvré 12 milliards d'euros en 2022.", 12e9, "DGFiP", ""},
		{"fr", "Selon l'Insee, les prix ont augmenté de 5,8 % sur un an en juin. L'indice des prix à la consommation harmonisé (IPCH), qui sert de référence au niveau européen, grimpe quant à lui de 6,5 % sur un an.", 6.5, "IPCH", ""},
	} {
		cs := figuresValued(t, c.lang, "2023-05-03", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if f.Subject != c.subject || f.Unsure || !strings.Contains(f.Measure, c.measure) {
				t.Errorf("%q: %v is %q's %q (unsure %v), want %q's %q", c.text, c.value, f.Subject, f.Measure, f.Unsure, c.subject, c.measure)
			}
		}
	}
}

// A figure after a name's possessive is that name's: "behind Kovacevic's
// 33.6%".
func TestPossessiveOwnsFigure(t *testing.T) {
	text := "In the first round, Zorgetic finished second with 28.1%, behind Kovacevic's 33.6%."
	checkFigures(t, "2024-06-11", []figureCase{
		{lang: "en", text: text, value: 33.6, subject: "Kovacevic"},
		{lang: "en", text: text, value: 28.1, subject: "Zorgetic"},
	})
}
