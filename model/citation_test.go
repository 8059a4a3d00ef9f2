package model

import (
	"strings"
	"testing"
)

// TestCitation: title in quotes, outlet, date, URL and quote, each when
// known.
func TestCitation(t *testing.T) {
	full, err := ParseArticle("a1b2.txt", []byte("title: Telegram gains 70 million users\nsource: Le Monde\nurl: https://www.lemonde.fr/t.html\ndate: 2021-10-05\n\nTelegram a gagné plus de 70 millions d'utilisateurs lundi 4 octobre 2021, a déclaré Pavel Durov.\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	bare, err := ParseArticle("000_01bf4483049a5068.txt", []byte("Panne de Facebook : Telegram dit avoir battu un record\n\nTelegram a gagné plus de 70 millions d'utilisateurs lundi 4 octobre 2021, a déclaré Pavel Durov.\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	tl := &Timeline{Articles: []*Article{full, bare}}
	quote := "Telegram a gagné plus de 70 millions d'utilisateurs lundi 4 octobre 2021, a déclaré Pavel Durov."
	tests := []struct {
		name string
		s    Source
		lang string
		want string
	}{
		{"everything", Source{Claim: -1, Article: "a1b2.txt", Quote: quote}, "",
			"“Telegram gains 70 million users”, Le Monde, 5 October 2021, https://www.lemonde.fr/t.html, “" + quote + "”"},
		{"in French", Source{Claim: -1, Article: "a1b2.txt", Quote: quote}, "fr",
			"“Telegram gains 70 million users”, Le Monde, 5 octobre 2021, https://www.lemonde.fr/t.html, “" + quote + "”"},
		{"headline, no outlet, date or URL", Source{Claim: -1, Article: "000_01bf4483049a5068.txt", Quote: "  Telegram a gagné\n plus de 70 millions. "}, "",
			"“Panne de Facebook : Telegram dit avoir battu un record”, “Telegram a gagné plus de 70 millions.”"},
		{"an article not in the timeline", Source{Claim: -1, Article: "gone.txt", Title: "Gone", Quote: "q"}, "", "“Gone”, “q”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl.lang = tc.lang
			if got := Citation(tl, tc.s); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if strings.Contains(Citation(tl, tc.s), "01bf4483") {
				t.Error("the citation names the hashed file")
			}
		})
	}
}

// A body named by a common noun speaks: the name the article gave it, else
// its words without the article.
func TestBodySpeakers(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		said       string
	}{
		{"fr", "Les exportations de Zorgon ont reculé de 4 % en 2011, a indiqué jeudi la douane.", 4, "douane"},
		{"fr", "Zorgon a perdu 300 emplois en 2011, selon la préfecture de Haute-Corse.", 300, "préfecture de Haute-Corse"},
		{"en", "Zorgon sold 300 cars in 2011, the national statistics office said on Tuesday.", 300, "national statistics office"},
		{"en", "A rhino was born at Kellbrook Zoo on Sunday. Its keepers fed 300 animals in 2011, the zoo said on Tuesday.", 300, "Kellbrook Zoo"},
	} {
		eachFigure(t, c.lang, "2012-06-08", c.text, c.value, func(cl Claim) {
			if cl.SaidBy != c.said {
				t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.said)
			}
		})
	}
}
