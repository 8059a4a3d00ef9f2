package timex

import (
	"slices"
	"testing"
)

// ref is the publication date the cases resolve against: Tuesday 5 October 2021.
var ref = Day(2021, 10, 5)

func TestFindDates(t *testing.T) {
	tests := []struct {
		lang, text string
		ref        Date
		wantText   string // the span, after the preposition in brackets: "[en] 2013"
		want       string // Date.String(), or the duration
		kind       DateKind
	}{
		// Absolute dates.
		{"fr", "Ce lundi 4 octobre 2021, tous les services", ref, "Ce lundi 4 octobre 2021", "2021-10-04", "absolute"},
		{"fr", "en janvier 2021, Telegram", ref, "[en] janvier 2021", "2021-01", "absolute"},
		{"fr", "Fondé en 2013 par", ref, "[en] 2013", "2013", "absolute"},
		{"fr", "publié le 2021-10-04 à midi", ref, "2021-10-04", "2021-10-04", "absolute"},
		{"fr", "mis à jour 2021-10", ref, "2021-10", "2021-10", "absolute"},
		{"fr", "le 04/10/2021", ref, "04/10/2021", "2021-10-04", "absolute"},
		{"en", "on 10/04/2021", ref, "10/04/2021", "2021-10-04", "absolute"},
		{"fr", "le 1er janvier 2020", ref, "le 1er janvier 2020", "2020-01-01", "absolute"},
		{"en", "on October 4, 2021, Facebook", ref, "[on] October 4, 2021", "2021-10-04", "absolute"},
		{"en", "by 4 October 2021", ref, "[by] 4 October 2021", "2021-10-04", "absolute"},
		{"en", "in Oct. 2020 the", ref, "[in] Oct. 2020", "2020-10", "absolute"},
		{"en", "in 2013 the brothers", ref, "[in] 2013", "2013", "absolute"},
		{"en", "the summit of June 12 gathered", ref, "June 12", "2021-06-12", "partial"},
		{"fr", "fin 2020, la société", ref, "fin 2020", "2020-10/2020-12", "absolute"},
		{"en", "early 2021 saw", ref, "early 2021", "2021-01/2021-03", "absolute"},
		// Partial dates read in the past.
		{"fr", "le 4 octobre, Telegram", ref, "le 4 octobre", "2021-10-04", "partial"},
		{"fr", "le 12 novembre, il", ref, "le 12 novembre", "2020-11-12", "partial"},
		{"fr", "en août, l'application", ref, "[en] août", "2021-08", "partial"},
		{"fr", "en décembre, l'application", ref, "[en] décembre", "2020-12", "partial"},
		{"en", "in August the app", ref, "[in] August", "2021-08", "partial"},
		{"fr", "ce mardi 5 octobre son fondateur", ref, "ce mardi 5 octobre", "2021-10-05", "partial"},
		{"fr", "début octobre, la", ref, "début octobre", "2021-10-01/2021-10-10", "partial"},
		// Relative to the publication date.
		{"fr", "La messagerie est passée lundi de", ref, "lundi", "2021-10-04", "relative"},
		{"fr", "ce lundi soir, Facebook", ref, "ce lundi soir", "2021-10-04", "relative"},
		{"fr", "mardi dernier, il", ref, "mardi dernier", "2021-09-28", "relative"},
		{"fr", "Mardi 12 000 personnes ont manifesté", ref, "Mardi", "2021-10-05", "relative"}, // a number's thousands after the weekday, not its day
		{"en", "Zorgsoft said Tuesday 3,500 workers would lose their jobs", ref, "Tuesday", "2021-10-05", "relative"},
		{"fr", "Zorgon a annoncé mardi 10 milliards d'euros", ref, "mardi", "2021-10-05", "relative"},
		{"fr", "Zorgon a annoncé lundi 1,5 million de dons", ref, "lundi", "2021-10-04", "relative"},
		{"fr", "Le président a visité mardi 14 villes dans huit Etats", ref, "mardi", "2021-10-05", "relative"},
		{"fr", "lundi prochain, il", ref, "lundi prochain", "2021-10-11", "relative"},
		{"en", "up 11% compared with October last year.", ref, "October last year", "2020-10", "relative"},
		{"en", "The strike lasted until Monday.", ref, "Monday", "2021-10-04", "relative"},
		{"en", "The parliament adjourned until Monday.", ref, "Monday", "2021-10-11", "relative"},
		{"fr", "contre 3 % en mars l'an dernier.", ref, "[en] mars l'an dernier", "2020-03", "relative"},
		{"fr", "prévoit encore 200 millimètres de pluie d'ici dimanche.", ref, "dimanche", "2021-10-10", "relative"}, // "d'ici", two tokens: ahead
		{"fr", "Les Verts ont remporté dimanche 31 des 90 sièges.", ref, "dimanche", "2021-10-03", "relative"},       // a count after the weekday, not its day
		{"fr", "devra supprimer 300 postes d'ici 2026.", ref, "[d'] ici 2026", "2026", "absolute"},
		{"fr", "veut ouvrir 40 magasins d'ici à 2027.", ref, "[d'] ici à 2027", "2027", "absolute"},
		{"fr", "supprimera 200 postes d'ici la fin de l'année.", ref, "ici la fin de l'année", "2021-10/2021-12", "relative"},
		{"en", "will cut 50 jobs by the end of this year.", ref, "[by] the end of this year", "2021-10/2021-12", "relative"},
		{"fr", "hier soir pendant", ref, "hier soir", "2021-10-04", "relative"},
		{"fr", "Hier, Telegram", ref, "Hier", "2021-10-04", "relative"},
		{"fr", "annonce aujourd'hui avoir", ref, "aujourd'hui", "2021-10-05", "relative"},
		{"fr", "avant-hier, le", ref, "avant-hier", "2021-10-03", "relative"},
		{"fr", "en août dernier, l'application", ref, "[en] août dernier", "2021-08", "relative"},
		{"fr", "en octobre dernier, l'application", ref, "[en] octobre dernier", "2020-10", "relative"},
		{"fr", "Plus tôt cette année, Telegram", ref, "Plus tôt cette année", "2021-01/2021-10", "relative"},
		{"fr", "En début d'année, l'application", ref, "[En] début d'année", "2021-01/2021-03", "relative"},
		{"fr", "l'an dernier, le service", ref, "l'an dernier", "2020", "relative"},
		{"fr", "l'année dernière, le service", ref, "l'année dernière", "2020", "relative"},
		{"fr", "il y a trois jours, le", ref, "il y a trois jours", "2021-10-02", "relative"},
		{"fr", "la semaine dernière", ref, "la semaine dernière", "2021-09-27/2021-10-03", "relative"},
		{"fr", "le mois dernier", ref, "le mois dernier", "2021-09", "relative"},
		{"en", "yesterday the app", ref, "yesterday", "2021-10-04", "relative"},
		{"en", "said last Monday that", ref, "last Monday", "2021-10-04", "relative"},
		{"en", "on Monday night", ref, "[on] Monday night", "2021-10-04", "relative"},
		{"en", "earlier this year the", ref, "earlier this year", "2021-01/2021-10", "relative"},
		{"en", "last year it", ref, "last year", "2020", "relative"},
		{"en", "two weeks ago it", ref, "two weeks ago", "2021-09-21", "relative"},
		{"en", "last August the app", ref, "last August", "2021-08", "relative"},
		// A month-precise reference keeps relative days at its precision.
		{"fr", "hier, la société", MonthOf(2021, 10), "hier", "2021-10", "relative"},
		// Ranges.
		{"fr", "entre le 9 et le 12 janvier, la", ref, "[entre] le 9 et le 12 janvier", "2021-01-09/2021-01-12", "range"},
		{"fr", "du 1 septembre 1939 au 2 septembre 1945.", ref, "[du] 1 septembre 1939 au 2 septembre 1945", "1939-09-01/1945-09-02", "range"},
		{"fr", "de janvier à mars 2021", ref, "[de] janvier à mars 2021", "2021-01/2021-03", "range"},
		{"en", "between January 9 and 12 the", ref, "[between] January 9 and 12", "2021-01-09/2021-01-12", "range"},
		{"en", "from 2019 to 2021 the", ref, "[from] 2019 to 2021", "2019/2021", "range"},
		{"en", "on January 9-12, 2021 the", ref, "[on] January 9-12, 2021", "2021-01-09/2021-01-12", "range"},
		// Durations.
		{"fr", "en l'espace de trois semaines.", ref, "[en l'espace de] trois semaines", "P3W", "duration"},
		{"fr", "en une seule journée.", ref, "[en] une seule journée", "P1D", "duration"},
		{"en", "in 72 hours.", ref, "[in] 72 hours", "PT72H", "duration"},
		{"en", "within three weeks", ref, "[within] three weeks", "P3W", "duration"},
		{"fr", "échappe depuis plusieurs jours aux", ref, "plusieurs jours", "PXD", "duration"},
		{"fr", "passé depuis des années par", ref, "des années", "PXY", "duration"},
		{"fr", "inaugurée il y a quelques mois par", ref, "quelques mois", "PXM", "duration"},
		{"en", "said that, over the past few weeks, his", ref, "[over] the past few weeks", "PXW", "duration"},
		{"en", "the third time in the past decade that", ref, "[in] the past decade", "P10Y", "duration"},
		{"en", "job cuts over the next four years.", ref, "[over] the next four years", "P4Y", "duration"},
		{"en", "for their work over the years and", ref, "[over] the years", "PXY", "duration"},
		{"en", "with a two-year contract", ref, "two-year", "P2Y", "duration"},
		{"en", "over its 41-year history", ref, "41-year", "P41Y", "duration"},
		{"en", "had a two hour work stoppage", ref, "two hour", "PT2H", "duration"},
		// Spans of years, decades, centuries, seasons.
		{"fr", "de 1982-1990 il", ref, "[de] 1982-1990", "1982/1990", "range"},
		{"fr", "pour cette saison 2002/2003, aura", ref, "2002/2003", "2002/2003", "range"},
		{"en", "In the late 1980's Apple", ref, "[In] the late 1980's", "1980/1989", "absolute"},
		{"en", "dating back to the early 1990s.", ref, "the early 1990s", "1990/1999", "absolute"},
		{"fr", "la musique des années 60 revient", ref, "des années 60", "1960/1969", "absolute"},
		{"fr", "au XXe siècle, la", ref, "[au] XXe siècle", "1900/1999", "absolute"},
		{"en", "in the 20th century the", ref, "[in] the 20th century", "1900/1999", "absolute"},
		{"fr", "la demande augmente en été.", ref, "[en] été", "2021-06/2021-08", "relative"},
		{"fr", "a été vendu l'été dernier", ref, "l'été dernier", "2021-06/2021-08", "relative"},
		{"fr", "cet hiver, il", ref, "cet hiver", "2021-12/2022-02", "relative"},
		{"en", "since last summer the", ref, "[since] last summer", "2021-06/2021-08", "relative"},
		{"en", "in the summer of 2005 the", ref, "[in] the summer of 2005", "2005-06/2005-08", "absolute"},
		{"fr", "auront lieu les 6 et 13 avril prochains pour", ref, "les 6 et 13 avril prochains", "2022-04-06/2022-04-13", "range"},
		{"fr", "elle tiendra un stand les 21, 22 et 23 novembre au", ref, "les 21, 22 et 23 novembre", "2021-11-21/2021-11-23", "range"},
		{"en", "the fair will run November 21, 22 and 23. The", ref, "November 21, 22 and 23", "2021-11-21/2021-11-23", "range"},
		{"en", "elections will be held on April 6 and 13, the", ref, "[on] April 6 and 13", "2022-04-06/2022-04-13", "range"},
		{"en", "elections will be held on 6 and 13 April, the", ref, "[on] 6 and 13 April", "2022-04-06/2022-04-13", "range"},
		{"en", "the storm of April 6 and 13 people died", ref, "April 6", "2021-04-06", "partial"},
		{"en", "the vote is held on April 6 and 13, 2025. The", ref, "[on] April 6 and 13, 2025", "2025-04-06/2025-04-13", "range"},
		{"en", "talks broke down over the weekend of intense negotiations", ref, "[over] the weekend", "2021-10-02/2021-10-03", "relative"},
		{"en", "the vote was held on the first Tuesday of November 2020, and", ref, "the first Tuesday of November 2020", "2020-11-03", "absolute"},
		{"en", "the clocks went back on the last Sunday in October, the", ref, "the last Sunday in October", "2020-10-25", "partial"},
		{"fr", "le scrutin aura lieu le premier dimanche de mars et", ref, "le premier dimanche de mars", "2022-03-06", "partial"},
		{"fr", "est attendu le 16 octobre prochain à", ref, "le 16 octobre prochain", "2021-10-16", "partial"},
		{"fr", "reviendra le 2 octobre prochain à", ref, "le 2 octobre prochain", "2022-10-02", "partial"},
		{"fr", "se sont rendus ce week-end à", ref, "ce week-end", "2021-10-09/2021-10-10", "relative"},
		{"en", "went there last weekend and", ref, "last weekend", "2021-10-02/2021-10-03", "relative"},
		{"en", "talks broke down over the weekend, the", ref, "[over] the weekend", "2021-10-02/2021-10-03", "relative"},
		{"en", "the vote is set for Wednesday next week, the", ref, "Wednesday next week", "2021-10-13", "relative"},
		{"en", "it happened on Wednesday of last week in", ref, "[on] Wednesday of last week", "2021-09-29", "relative"},
		{"fr", "le vote aura lieu mercredi de la semaine prochaine à", ref, "mercredi de la semaine prochaine", "2021-10-13", "relative"},
		{"en", "talks broke down over the weekend, the", Day(2021, 10, 10), "[over] the weekend", "2021-10-09/2021-10-10", "relative"},
		{"fr", "se sont produits pendant le week-end à", ref, "[pendant] le week-end", "2021-10-02/2021-10-03", "relative"},
		{"en", "the union will meet them at the weekend, they", ref, "[at] the weekend", "2021-10-09/2021-10-10", "relative"},
		{"fr", "le président recevra les syndicats au cours du week-end et", ref, "[au cours du] week-end", "2021-10-09/2021-10-10", "relative"},
		{"en", "it happened during the weekend of June 1 in", ref, "June 1", "2021-06-01", "partial"},
		{"fr", "a été refaite à la fin de l'année dernière, ainsi", ref, "[à] la fin de l'année dernière", "2020-10/2020-12", "relative"},
		{"fr", "en faire l'annonce aujourd'hui vendredi.", ref, "aujourd'hui vendredi", "2021-10-05", "relative"},
		{"fr", "se feront ce même lundi après-midi", ref, "ce même lundi après-midi", "2021-10-11", "relative"},
		{"en", "violated the 1991 agreement with", ref, "1991", "1991", "absolute"},
		{"en", "in time for the 2008 Beijing Olympic Games.", ref, "2008", "2008", "absolute"},
		{"en", "released. 2007 was the year of the iPhone", ref, "2007", "2007", "absolute"},
		{"en", "set aside 120 million pounds in its 2020 accounts.", ref, "2020", "2020", "absolute"},
		{"en", "turnout in the 2022 elections was", ref, "2022", "2022", "absolute"},
		{"fr", "au premier semestre 2020, les", ref, "[au] premier semestre 2020", "2020-01/2020-06", "absolute"},
		{"fr", "au second semestre, les", ref, "[au] second semestre", "2021-07/2021-12", "relative"},
		{"en", "in the first half of 2005 the", ref, "[in] the first half of 2005", "2005-01/2005-06", "absolute"},
		{"en", "sales in H1 2020 rose", ref, "[in] H1 2020", "2020-01/2020-06", "absolute"},
		{"en", "an earthquake struck on New Year's Day, killing", ref, "[on] New Year's Day", "2021-01-01", "partial"},
		{"en", "on Christmas Day 2019 the", ref, "[on] Christmas Day 2019", "2019-12-25", "absolute"},
		{"fr", "le séisme a frappé le jour de l'An, faisant", ref, "le jour de l'An", "2021-01-01", "partial"},
		{"fr", "pendant la Saint-Sylvestre, des voitures", ref, "la Saint-Sylvestre", "2020-12-31", "partial"},
		{"fr", "pendant la première semaine de janvier", ref, "[pendant] la première semaine de janvier", "2021-01-01/2021-01-07", "relative"},
		{"en", "in the last week of March the", ref, "[in] the last week of March", "2021-03-25/2021-03-31", "relative"},
		{"en", "since January of this year.", ref, "[since] January of this year", "2021-01", "relative"},
		{"fr", "en mars de l'année dernière", ref, "[en] mars de l'année dernière", "2020-03", "relative"},
		{"en", "may take place as early as March, and", ref, "March", "2021-03", "partial"},
		{"fr", "au début de cette année, le", ref, "[au] début de cette année", "2021-01/2021-03", "relative"},
		{"fr", "depuis le début de la semaine, le", ref, "[depuis] le début de la semaine", "2021-10-04/2021-10-05", "relative"},
		// A period of the year before, this one or the next; two months in one word.
		{"en", "will close in the second quarter of next year.", ref, "[in] the second quarter of next year", "2022-04/2022-06", "relative"},
		{"en", "rose in the fourth quarter of last year.", ref, "[in] the fourth quarter of last year", "2020-10/2020-12", "relative"},
		{"en", "in the first half of this year.", ref, "[in] the first half of this year", "2021-01/2021-06", "relative"},
		{"fr", "ouvrira au troisième trimestre de l'année prochaine.", ref, "[au] troisième trimestre de l'année prochaine", "2022-07/2022-09", "relative"},
		{"en", "fell in the July-September period.", ref, "the July-September", "2021-07/2021-09", "range"},
		{"fr", "sur la période juillet-septembre, les", ref, "juillet-septembre", "2021-07/2021-09", "range"},
		// Sets.
		{"fr", "se procurent chaque jour De Telegraaf", ref, "chaque jour", "P1D", "set"},
		{"fr", "auront lieu tous les jeudis aux", ref, "tous les jeudis", "XXXX-WXX-4", "set"},
		{"fr", "se réunit tous les deux ans", ref, "tous les deux ans", "P2Y", "set"},
		{"en", "visit every year the", ref, "every year", "P1Y", "set"},
		{"en", "open every Sunday", ref, "every Sunday", "XXXX-WXX-7", "set"},
		// Anaphoric expressions: from the last date before them, else the publication.
		{"en", "in 2001 the iPod and the following year the Mac OS X", ref, "[in] 2001", "2001", "absolute"},
		{"fr", "Il est arrivé la veille au soir", ref, "la veille", "2021-10-04", "relative"},
		{"fr", "au cours de la nuit, le courant", ref, "la nuit", "2021-10-05", "relative"},
		// Words that point without a date.
		{"fr", "Il est actuellement directeur", ref, "actuellement", "PRESENT_REF", "reference"},
		{"en", "Boeing currently has under development", ref, "currently", "PRESENT_REF", "reference"},
		{"en", "believes that the future of flight", ref, "the future", "FUTURE_REF", "reference"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			got := FindDates(tt.text, tt.lang, tt.ref)
			if len(got) == 0 {
				t.Fatalf("no date found, want %q", tt.wantText)
			}
			d := got[0]
			value := d.Date.String()
			switch d.Kind {
			case "duration":
				value = d.Duration
			case "reference", "set":
				value = d.Timex
			}
			text := d.Text
			if d.Prep != "" {
				text = "[" + d.Prep + "] " + d.Text
			}
			if text != tt.wantText || value != tt.want || d.Kind != tt.kind {
				t.Errorf("got %q = %s (%s), want %q = %s (%s)", text, value, d.Kind, tt.wantText, tt.want, tt.kind)
			}
			if tt.text[d.Span.Start:d.Span.End] != d.Text {
				t.Errorf("span %v does not cover %q", d.Span, d.Text)
			}
		})
	}
}

func TestAnaphoricDates(t *testing.T) {
	tests := []struct {
		lang, text, want, value, anchor string
	}{
		{"en", "The Macintosh came out in 1984. One year later he was fired.", "One year later", "1985", "previous"},
		{"en", "in 2001 the iPod and the following year the Mac OS X", "the following year", "2002", "previous"},
		{"fr", "L'accident a eu lieu le 3 mars. La veille, il pleuvait.", "La veille", "2021-03-02", "previous"},
		{"fr", "Il est parti le 3 mars et est revenu le lendemain.", "le lendemain", "2021-03-04", "previous"},
		{"fr", "Il est arrivé lundi. Ses chiffres ont été publiés la semaine dernière. Le ministre avait annoncé la veille une aide.", "la veille", "2021-10-03", "previous"},
		{"en", "He arrived on Monday. The figures came out last week. The minister had spoken the day before.", "the day before", "2021-10-03", "previous"},
		{"fr", "Le salon s'est tenu du 9 au 12 mars. La veille, il pleuvait.", "La veille", "2021-03-08", "previous"},
		{"fr", "Plus de 1 100 pompiers étaient mobilisés le 12 mars, contre 650 le 11 mars. Quatre pompiers ont été blessés la veille.", "la veille", "2021-03-11", "previous"},
		{"fr", "Il y est arrivé trois jours plus tard.", "trois jours plus tard", "2021-10-08", "publication"},
		{"en", "He was there the day before the vote.", "", "", ""},
		{"fr", "Les tirs ont eu lieu dimanche. Tard dans la nuit, la police cherchait.", "la nuit", "2021-10-03", "previous"},
		{"fr", "la nuit tombe vite", "", "", ""},
		{"en", "when it arrives on November 11, three days later than planned.", "", "", ""},
		// a month after "the following" is the first one after the date before
		{"en", "The plant opened in March 2015. The following October, it closed.", "The following October", "2015-10", "previous"},
		{"en", "The plant opened in 2015. The following October, it closed.", "The following October", "2016-10", "previous"},
		{"en", "The plant opened in November 2015. The next March, it closed.", "The next March", "2016-03", "previous"},
		{"fr", "L'usine a ouvert en mars 2015. En octobre suivant, elle a fermé.", "octobre suivant", "2015-10", "previous"},
		{"fr", "L'usine a ouvert en mars 2015. Au mois de février suivant, elle a fermé.", "mois de février suivant", "2016-02", "previous"},
		{"en", "The plant opened on 3 May 2015. Later that month, it hired 200 workers.", "that month", "2015-05", "previous"},
		{"fr", "L'usine a ouvert le 3 mai 2015. Le même mois, elle a embauché 200 salariés.", "Le même mois", "2015-05", "previous"},
		{"en", "The plant opened in March 2015. It will reopen next October.", "", "", ""},
		// the date set beside it says which; a "since" date anchors none
		{"fr", "Un an plus tôt, en juin 2020, l'inflation ne s'élevait qu'à 1,5 %.", "Un an plus tôt", "2020-06", "apposed"},
		{"en", "A year earlier, in June 2020, inflation stood at 1.5%.", "A year earlier", "2020-06", "apposed"},
		{"fr", "C'est le plus haut niveau depuis septembre 1985. Un an plus tôt, l'inflation ne s'élevait qu'à 1,5 %.", "Un an plus tôt", "2020", "publication"},
	}
	for _, tt := range tests {
		var got *DateExpr
		for _, d := range FindDates(tt.text, tt.lang, ref) {
			if d.Kind == DateRelative && d.rel == "anaphor" {
				got = &d
			}
		}
		switch {
		case got == nil && tt.want != "":
			t.Errorf("%q: no anaphoric date, want %q", tt.text, tt.want)
		case got != nil && tt.want == "":
			t.Errorf("%q: found %q, want none", tt.text, got.Text)
		case got != nil && (got.Text != tt.want || got.Date.String() != tt.value || got.Anchor != tt.anchor):
			t.Errorf("%q: got %q = %s (%s), want %q = %s (%s)", tt.text, got.Text, got.Date, got.Anchor, tt.want, tt.value, tt.anchor)
		}
	}
}

func TestQuotedDates(t *testing.T) {
	thu := Day(2021, 10, 7)
	tests := []struct {
		lang, text, word, want, anchor string
	}{
		{"fr", "« Hier, nous avons dépassé 70 millions d'utilisateurs », a déclaré mardi Pavel Durov.", "Hier", "2021-10-04", "statement"},
		{"fr", "Mardi, Pavel Durov a déclaré : « Hier, nous avons gagné 70 millions d'utilisateurs ».", "Hier", "2021-10-04", "statement"},
		{"en", "\"Yesterday we passed 70 million users,\" Durov said on Tuesday.", "Yesterday", "2021-10-04", "statement"},
		{"fr", "« Hier, nous avons dépassé 70 millions », a déclaré Pavel Durov.", "Hier", "2021-10-06", "publication"},
		{"fr", "Hier, il a déclaré mardi que tout allait bien.", "Hier", "2021-10-06", "publication"},
	}
	for _, tt := range tests {
		found := false
		for _, d := range FindDates(tt.text, tt.lang, thu) {
			if d.Text != tt.word {
				continue
			}
			found = true
			if d.Date.String() != tt.want || d.Anchor != tt.anchor {
				t.Errorf("%q: %q = %s (%s), want %s (%s)", tt.text, d.Text, d.Date, d.Anchor, tt.want, tt.anchor)
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tt.text, tt.word)
		}
	}
}

func TestFindDatesRejects(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"en", "You may want to march on"},
		{"fr", "une croissance de 2000 utilisateurs"},
		{"fr", "un budget pour 2000 familles"},
		{"en", "a plan for 2000 families"},
		{"fr", "Il a sept enfants"},
		{"en", "The app has 2021 million fans"},
		{"fr", "La planète Mars est rouge"},
		{"fr", "l'accueil des 0-6 ans et des 6-16 ans"},
		{"fr", "Il a été élu au Conseil"},
		{"fr", "les Jeux olympiques d'hiver"},
		{"en", "the water from the spring"},
		{"en", "a fall in prices"},
		{"en", "it cut the 2000 jobs it had"},
		{"en", "it sold the 2000 accountants' firms"},
		{"fr", "Anne BIANCHI, 54 ans, a été élue"},
		{"fr", "le marché de Noël a ouvert"},
		{"en", "Christmas sales rose 5%"},
		{"fr", "Noël Mamère a dit"},
		{"en", "By the end of the year, 1.8 million had died"}, // (in a story of another year, that year's end)
	}
	for _, tt := range tests {
		if got := FindDates(tt.text, tt.lang, ref); len(got) != 0 {
			t.Errorf("%q: found %q, want no date", tt.text, got[0].Text)
		}
	}
}

func TestDateStringRoundTrip(t *testing.T) {
	for _, s := range []string{"2021-10-04", "2021-10", "2021", "2021-01-09/2021-01-12", "2019/2021"} {
		d, err := ParseISODate(s)
		if err != nil || d.String() != s {
			t.Errorf("%s: got %q, %v", s, d.String(), err)
		}
	}
	if _, err := ParseISODate("04/10/2021"); err == nil {
		t.Error("ParseISODate accepted a non-ISO date")
	}
}

func TestQuartersAndYearParts(t *testing.T) {
	ref := Day(2021, 1, 20)
	tests := []struct{ lang, text, want string }{
		{"fr", "a gagné 8,5 millions d'abonnés au quatrième trimestre, selon", "2020-10/2020-12"},
		{"fr", "au premier trimestre 2021, la", "2021-01/2021-03"},
		{"en", "in the fourth quarter of 2019, the", "2019-10/2019-12"},
		{"en", "revenue in Q3 2020 rose", "2020-07/2020-09"},
		{"fr", "à la fin de l'année 2020, portée", "2020-10/2020-12"},
		{"en", "at the end of the year 2019", "2019-10/2019-12"},
		{"en", "In the last financial quarter, Mac sales rose", "2020-10/2020-12"},
		{"en", "last quarter, sales rose", "2020-10/2020-12"},
		{"en", "in the last quarter of 2019, the", "2019-10/2019-12"},
		{"fr", "Le trimestre dernier, les ventes", "2020-10/2020-12"},
		{"fr", "au dernier trimestre 2019, les", "2019-10/2019-12"},
		{"fr", "une croissance de 1,2 % pour 2013 (au lieu de 1,7 %)", "2013"},
		{"fr", "Les prévisions pour 2013 sont basses", "2013"},
		{"en", "Forecasts for 2013 are low", "2013"},
		{"fr", "sur les neuf premiers mois de l'année, le trafic", "2021-01/2021-09"},
		{"fr", "les 6 premiers mois de 2019 ont", "2019-01/2019-06"},
		{"en", "after a 0.1% fall in the final three months of 2025.", "2025-10/2025-12"},
		{"fr", "au cours des trois derniers mois de 2024, le trafic", "2024-10/2024-12"},
		{"en", "in the first eight months of the year, cases", "2021-01/2021-08"},
		{"en", "over the first nine months of 2020, revenue", "2020-01/2020-09"},
		// The year a budget, a financial year or an edition is of.
		{"fr", "Le budget 2021 de la ville s'élève à", "2021"},
		{"fr", "l'exercice 2020 s'est soldé par", "2020"},
		// A range of months runs forward from its start.
		{"fr", "entre mai et septembre, a annoncé", "2020-05/2020-09"},
		{"en", "from November to February, sales", "2020-11/2021-02"},
	}
	for _, tt := range tests {
		got := FindDates(tt.text, tt.lang, ref)
		if len(got) == 0 || got[0].Date.String() != tt.want {
			t.Errorf("%q: got %+v, want %s", tt.text, got, tt.want)
		}
	}
}

func TestMoreRelativeDates(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"fr", "après-demain, la", "2021-10-07"},
		{"fr", "dans trois jours, la", "2021-10-08"},
		{"fr", "mardi 12, la", "2021-10-12"},
		{"fr", "mercredi 29, le", "2021-09-29"},
		{"en", "on Tuesday the 12th, the", "2021-10-12"},
	}
	for _, tt := range tests {
		got := FindDates(tt.text, tt.lang, ref)
		if len(got) == 0 || got[0].Date.String() != tt.want {
			t.Errorf("%q: got %+v, want %s", tt.text, got, tt.want)
		}
	}
}

func TestFutureReadings(t *testing.T) {
	tests := []struct {
		lang, text, want string
		dir              Direction
	}{
		{"fr", "La bibliothèque sera fermée en juillet.", "2022-07", DirFuture},
		{"fr", "Les obsèques seront célébrées lundi.", "2021-10-11", DirFuture},
		{"fr", "La réunion est prévue le 15 septembre.", "2022-09-15", DirFuture},
		{"fr", "Elle va rouvrir le 30 octobre.", "2021-10-30", DirFuture},
		{"fr", "La hausse s'appliquera en deux temps : 1,5 % au 1er septembre, puis 1,7 % en 2023.", "2022-09-01", DirFuture},
		{"en", "The summit begins on Wednesday in Brussels.", "2021-10-06", DirFuture},
		{"en", "The union called a rally in Bern for Saturday.", "2021-10-09", DirFuture},
		{"fr", "Le mouvement doit se poursuivre jusqu'à samedi.", "2021-10-09", DirFuture},
		{"fr", "La grève se poursuivra jusqu'à samedi.", "2021-10-09", DirFuture},
		{"fr", "La grève s'est poursuivie jusqu'à samedi.", "2021-10-02", DirPast},
		{"fr", "Le syndicat a appelé à une manifestation pour samedi.", "2021-10-09", DirFuture},
		{"en", "The union held a rally in Bern on Saturday.", "2021-10-02", DirPast},
		{"en", "The price rose to 2.10 euros in January and will reach 2.30 euros next year.", "2021-01", DirPast},
		{"fr", "Le prix a atteint 2,10 euros en janvier et atteindra 2,30 euros l'an prochain.", "2021-01", DirPast},
		{"en", "Ticket sales for Friday totalled 41,000, organisers said on Saturday.", "2021-10-01", DirPast},
		{"en", "The club was fined $50,000 for Friday's brawl.", "2021-10-01", DirPast},
		{"fr", "Le bilan pour samedi s'élève à 12 morts, selon la préfecture.", "2021-10-02", DirPast},
		{"fr", "Le sommet s'ouvre mercredi à Bruxelles.", "2021-10-06", DirFuture},
		{"en", "The summit began on Wednesday in Brussels.", "2021-09-29", DirPast},
		{"fr", "Le parquet ouvre une enquête sur l'incendie survenu lundi.", "2021-10-04", DirPast},
		{"en", "The decision taken on Monday opens the way to talks.", "2021-10-04", DirPast},
		{"fr", "Il a démissionné le 15 septembre.", "2021-09-15", DirPast},
		{"fr", "Le vote a eu lieu lundi.", "2021-10-04", DirPast},
		// the date's own passé composé, whatever the clause after "et" tells
		{"fr", "Les festivités ont débuté lundi soir et vont durer une année entière.", "2021-10-04", DirPast},
		{"fr", "La bibliothèque a fermé et rouvrira ses portes lundi.", "2021-10-11", DirFuture},
		{"en", "The report is due to be published in May.", "2022-05", DirFuture},
		{"en", "The match was postponed until Saturday.", "2021-10-09", DirFuture},
		{"en", "The app will launch on Friday.", "2021-10-08", DirFuture},
		{"en", "He resigned on Friday.", "2021-10-01", DirPast},
		// "may" and "might" look ahead, unless a perfect follows
		{"en", "The first test flight may take place as early as March.", "2022-03", DirFuture},
		{"en", "The plane may have flown in March.", "2021-03", DirPast},
		{"en", "The floods on Monday may cost insurers $1 billion.", "2021-10-04", DirPast},
		{"en", "Zorgia showed its military might in a parade on Monday.", "2021-10-04", DirPast},
		// the day words were said, with the speaker after the verb
		{"en", "The plant will close, said Zorg Norton on Monday.", "2021-10-04", DirPast},
		{"en", "The plant will close, said the company on Monday.", "2021-10-04", DirPast},
		{"en", "The minister said the vote on Friday would be decisive.", "2021-10-08", DirFuture},
		// A clause of time tells when its main clause's future happens.
		{"en", "He will rise to 4th when the next list is published on Friday.", "2021-10-08", DirFuture},
		{"fr", "Le trafic reprendra lorsque le pont rouvrira lundi.", "2021-10-11", DirFuture},
		{"en", "Sales rose when the store reopened on Friday.", "2021-10-01", DirPast},
		// what is decided, promised or planned is ahead of the decision
		{"en", "The minister has decided to travel to Bamako on Friday.", "2021-10-08", DirFuture},
		{"en", "The two leaders agreed to meet on Friday.", "2021-10-08", DirFuture},
		{"fr", "Le ministre a promis de se rendre à Bamako vendredi.", "2021-10-08", DirFuture},
		{"fr", "Le ministre va se rendre à Bamako vendredi.", "2021-10-08", DirFuture},
		{"en", "He refused to testify on Friday.", "2021-10-01", DirPast},
		{"fr", "Il a refusé de témoigner vendredi.", "2021-10-01", DirPast},
		{"fr", "Hier, il pleuvait.", "2021-10-04", DirPast},
		{"fr", "Aujourd'hui, il pleut.", "2021-10-05", DirPresent},
		// a decimal point ends no clause
		{"en", "Zorgland plans to offer 2.5 GW in June.", "2022-06", DirFuture},
		// two weekdays joined are the days from the first to the second
		{"en", "The film took $46 million from Friday to Sunday.", "2021-10-01/2021-10-03", DirPast},
		{"fr", "Le film a réuni 1,2 million de spectateurs du vendredi au dimanche.", "2021-10-01/2021-10-03", DirPast},
		{"en", "The museum will be closed from Monday to Wednesday.", "2021-10-11/2021-10-13", DirFuture},
		// what a calendar holds, told in the present, is ahead
		{"en", "Zorg Studios reports quarterly results on Thursday.", "2021-10-07", DirFuture},
		{"en", "The committee meets on Friday to decide.", "2021-10-08", DirFuture},
		{"en", "Zorg Studios reported quarterly results on Thursday.", "2021-09-30", DirPast},
	}
	for _, tt := range []struct{ lang, text, ref, want string }{
		// a season without a year follows its clause's tense
		{"fr", "Elle employait 38 saisonniers cet hiver.", "2015-04-21", "2014-12/2015-02"},
		{"en", "It employed 38 people this winter.", "2015-04-21", "2014-12/2015-02"},
		{"fr", "La station ouvrira cet hiver.", "2015-04-21", "2015-12/2016-02"},
		{"en", "The pool will open this summer.", "2015-07-10", "2015-06/2015-08"},
		{"en", "The pool will open this summer.", "2015-10-10", "2016-06/2016-08"},
	} {
		d, err := ParseISODate(tt.ref)
		if err != nil {
			t.Fatal(err)
		}
		if got := FindDates(tt.text, tt.lang, d); len(got) == 0 || got[0].Date.String() != tt.want {
			t.Errorf("%q on %s: got %+v, want %s", tt.text, tt.ref, got, tt.want)
		}
	}
	for _, tt := range tests {
		got := FindDates(tt.text, tt.lang, ref)
		if len(got) == 0 || got[0].Date.String() != tt.want || got[0].Direction != tt.dir {
			t.Errorf("%q: got %+v, want %s (%s)", tt.text, got, tt.want, tt.dir)
		}
	}
}

func TestClockTimesAndPartsOfDay(t *testing.T) {
	tests := []struct {
		lang, text, wantText, want, pod, anchor string
	}{
		{"fr", "Il est mort mardi vers 21 h 45.", "21 h 45", "2021-10-05T21:45", "", "sentence"},
		{"fr", "Hier, vers midi, la police", "midi", "2021-10-04T12:00", "", "sentence"},
		{"fr", "Départ à 9 h du stade.", "9 h", "2021-10-05T09:00", "", "publication"},
		{"fr", "Rendez-vous à 18h30.", "18h30", "2021-10-05T18:30", "", "publication"},
		{"en", "The vote closes at 8 p.m. on Sunday.", "8 p.m.", "2021-10-03T20:00", "", "sentence"},
		{"en", "It opened at 20:30.", "20:30", "2021-10-05T20:30", "", "publication"},
		{"fr", "hier après-midi, un", "hier après-midi", "2021-10-04", "AF", "publication"},
		{"fr", "mardi soir, un", "mardi soir", "2021-10-05", "EV", "publication"},
		{"en", "on Friday afternoon the", "Friday afternoon", "2021-10-01", "AF", "publication"},
	}
	for _, tt := range tests {
		got := FindDates(tt.text, tt.lang, ref)
		var d *DateExpr
		for k := range got {
			if got[k].Text == tt.wantText {
				d = &got[k]
			}
		}
		if d == nil || d.Date.String() != tt.want || d.PartOfDay != tt.pod || d.Anchor != tt.anchor {
			t.Errorf("%q: got %+v, want %q = %s %s (anchor %s)", tt.text, got, tt.wantText, tt.want, tt.pod, tt.anchor)
		}
	}
	for _, text := range []string{"en 24 h, le service", "pendant 18 heures", "Il vit dans le Midi depuis 2010"} {
		for _, d := range FindDates(text, "fr", ref) {
			if d.Kind == DateClock {
				t.Errorf("%q: %q read as a clock time", text, d.Text)
			}
		}
	}
}

func TestCueWordsAndShortYears(t *testing.T) {
	tests := []struct{ lang, text, wantText, want string }{
		{"fr", "élu le 6 mai dernier, il", "le 6 mai dernier", "2021-05-06"},
		{"fr", "les 13 avril prochains, le", "13 avril prochains", "2022-04-13"},
		{"fr", "dès octobre 98, l'école", "octobre 98", "1998-10"},
		{"fr", "qui date du 10 novembre 93.", "10 novembre 93", "1993-11-10"},
		{"fr", "le 10 novembre 93 personnes", "le 10 novembre", "2020-11-10"},
		{"fr", "qui, le 10 novembre 93 près de Bordeaux, avait causé", "le 10 novembre 93", "1993-11-10"},
		{"fr", "le carambolage du 10 novembre 93 avait tué", "10 novembre 93", "1993-11-10"},
	}
	for _, tt := range tests {
		got := FindDates(tt.text, tt.lang, ref)
		if len(got) == 0 || got[0].Text != tt.wantText || got[0].Date.String() != tt.want {
			t.Errorf("%q: got %+v, want %q = %s", tt.text, got, tt.wantText, tt.want)
		}
	}
}

func TestBareDurations(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"fr", "une nouvelle période de six mois.", "P6M"},
		{"fr", "le TGV a été retardé de quinze minutes.", "PT15M"},
		{"fr", "pendant environ une heure.", "PT1H"},
		{"fr", "Le régiment totalise dix-huit mois de présence.", "P18M"},
		{"fr", "Pierre, 38 ans, a été arrêté.", ""},
		{"fr", "un homme de 53 ans", ""},
		{"fr", "Départ à 18 h.", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, d := range FindDates(tt.text, tt.lang, ref) {
			if d.Kind == DateDuration {
				got = d.Duration
			}
		}
		if got != tt.want {
			t.Errorf("%q: duration %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A date's span leaves out the brackets around or glued to it, which the
// passage view would highlight with it.
func TestDateSpanWithoutBrackets(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"le 4-5 octobre(2021)", "2021"},
		{"Telegram (4 octobre 2021) a gagné", "4 octobre 2021"},
		{"fondé en (2013)", "2013"},
	} {
		var got []string
		for _, d := range FindDates(c.text, "fr", ref) {
			got = append(got, c.text[d.Span.Start:d.Span.End])
			if d.Text != c.text[d.Span.Start:d.Span.End] {
				t.Errorf("%q: text %q, span %q", c.text, d.Text, c.text[d.Span.Start:d.Span.End])
			}
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: spans %q, want %q among them", c.text, got, c.want)
		}
	}
}

// TestLastSeason: "last" with a season is the one before the season the
// reference is in or left less than a month before, which is "this" one.
func TestLastSeason(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		ref        Date
		want       string
	}{
		{"fr", "l'hiver dernier, la", Day(2015, 1, 27), "2013-12/2014-02"},
		{"fr", "l'été dernier, la", Day(2019, 9, 4), "2018-06/2018-08"},
		{"en", "last summer, the", Day(2019, 9, 4), "2018-06/2018-08"},
		{"en", "last summer, the", Day(2021, 10, 5), "2021-06/2021-08"},
		{"en", "last winter, the", Day(2015, 6, 10), "2014-12/2015-02"},
		{"en", "last summer, the", Day(2015, 1, 27), "2014-06/2014-08"},
		{"en", "last spring, the", Day(2019, 4, 20), "2018-03/2018-05"},
		{"fr", "cet été, la", Day(2019, 9, 4), "2019-06/2019-08"},
	} {
		got := FindDates(c.text, c.lang, c.ref)
		if len(got) == 0 || got[0].Date.String() != c.want {
			t.Errorf("%q on %s: got %+v, want %s", c.text, c.ref, got, c.want)
		}
	}
}
