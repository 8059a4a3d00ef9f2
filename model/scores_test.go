package model

import (
	"strings"
	"testing"
)

// A match's score gives each side its own figure, measured as its score:
// the higher number the winner's, whichever order the text gives them in,
// with the result in the source's words.
func TestMatchScores(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string
	}{
		{"en", "Dunmore Athletic won the Scottish Cup on Saturday, beating Kelvinside Rovers 2-1 at Hampden Park.", 2, "Dunmore Athletic"},
		{"en", "Dunmore Athletic won the Scottish Cup on Saturday, beating Kelvinside Rovers 2-1 at Hampden Park.", 1, "Kelvinside Rovers"},
		{"en", "Arsenal lost 3-1 to Manchester City on Sunday.", 3, "Manchester City"},
		{"en", "Arsenal lost 3-1 to Manchester City on Sunday.", 1, "Arsenal"},
		// (a gerund's subject is that of the verb it qualifies)
		{"fr", "Le Cercle sportif de Nîmes a remporté samedi la finale de la Coupe de France en battant Rouen Seine Handball 31 à 28.", 31, "Cercle sportif de Nîmes"},
		{"fr", "Le Cercle sportif de Nîmes a remporté samedi la finale de la Coupe de France en battant Rouen Seine Handball 31 à 28.", 28, "Rouen Seine Handball"},
		{"fr", "Le XV de France a battu l'Irlande 24-17 samedi au Stade de France.", 17, "Irlande"},
		// (a verb of winning before the score, a noun of the result
		// before or after it)
		{"en", "Ballymore Rovers won 3-1 against Dunkerry Town in the cup final on Sunday.", 1, "Dunkerry Town"},
		{"en", "Ballymore Rovers sealed a 3-1 win over Dunkerry Town on Sunday.", 3, "Ballymore Rovers"},
		{"en", "Ballymore Rovers suffered a 3-1 defeat to Dunkerry Town on Sunday.", 3, "Dunkerry Town"},
		{"fr", "Le Quinze de Zorgland s'est imposé 31-17 face à l'Écosse samedi.", 17, "Écosse"},
		{"fr", "Le club de Zorgville a signé samedi une victoire 31-17 contre Montauban.", 17, "Montauban"},
	} {
		cs := figuresValued(t, c.lang, "2022-05-29", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if f.Subject != c.subject || f.Measure != "score" || f.Unsure || !strings.Contains(f.Label, "(") {
				t.Errorf("%q: %v is %q's %q (unsure %v, label %q), want %q's score", c.text, c.value, f.Subject, f.Measure, f.Unsure, f.Label, c.subject)
			}
		}
	}
	// A tally is no score, and a draw gives no side the better of it.
	for _, c := range []struct {
		lang, text string
		value      float64
		measure    string
	}{
		{"en", "The Senate passed the bill 64-35 on Tuesday.", 35, "votes against"},
		{"en", "The Supreme Court ruled 7-2 on Monday that the law was valid.", 7, "votes for"},
	} {
		for _, f := range figuresValued(t, c.lang, "2022-05-29", c.text, c.value) {
			if f.Measure != c.measure {
				t.Errorf("%q: %v measured %q, want %q", c.text, c.value, f.Measure, c.measure)
			}
		}
	}
	for _, cl := range buildText(t, "en", "2022-05-29", "Celtic drew 1-1 with Rangers on Sunday.").Claims {
		if cl.Measure == "score" {
			t.Errorf("a draw read as a win: %q", cl.Label)
		}
	}
}
