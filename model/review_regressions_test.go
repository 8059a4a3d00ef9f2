package model

import (
	"strings"
	"testing"
)

// Cases a review of this session's rules found them to break, each held
// here: a price after "pour", an allegation in the conditional, a start
// after "depuis", an end a verb of duration reaches, a body telling its
// own figures, a title the gazetteer's given names do not divide, a
// company named by a common word, a relative "that".
func TestRulesKeepTheirBounds(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		// a claim must have a label holding want, dated date ("" any),
		// on the timeline (not unsure) unless unsure is set
		want, date, subject string
	}{
		{"fr", "Zorgex a vendu trois usines pour 450 millions d'euros en mai.", "450 millions", "2025-05", "Zorgex"},
		{"fr", "Zorgex a annoncé une prime de 500 euros pour 1 200 salariés de l'usine de Trebonne.", "salariés", "", "Zorgex"},
		{"fr", "Le suspect, qui aurait dérobé 2 millions d'euros à la banque Zorgex, a été arrêté lundi.", "2 millions", "", ""},
		{"fr", "La Blenkie est en guerre contre le Zorgland depuis 2022.", "guerre", "2022", ""},
		{"fr", "La grève chez Zorgex a duré jusqu'à mercredi.", "duré", "2025-06-04", ""},
		{"en", "The strike at Zorgon Steel lasted until Wednesday.", "lasted", "2025-06-04", ""},
		{"en", "Halmark Motors announced a restructuring on Monday. The company said 1,200 workers would lose their jobs.", "1,200", "", "Halmark Motors"},
		{"en", "Zorgland Central Bank Governor Lia Zottram said on Wednesday that the bank would cut rates.", "", "", "Lia Zottram"},
		{"en", "Target stores in Blenkshire will close in July, putting 900 jobs at risk.", "900", "", "Target"},
		{"en", "The bridge that collapsed on Tuesday in Vellport was built in 1962.", "collapsed", "2025-06-03", ""},
		// a second review's
		{"en", "Zorgon reported a loss on Thursday. The crash erased 40 billion dollars from Zorgon's market value in two days.", "40 billion", "", "Zorgon"},
		{"fr", "Zorgon a annoncé mardi un plan d'économies. Ce plan prévoit la suppression de 1 200 postes d'ici 2027.", "postes", "", "Zorgon"},
		{"fr", "Dans ce rapport, publié mardi, l'Insee estime le taux de chômage à 7,3 %.", "rapport", "2025-06-03", ""},
		{"en", "Pellcorp's chief executive, Tom Zorg, announced a personal donation of 5 million dollars to Blenk University.", "donation", "", "Tom Zorg"},
		{"fr", "L'A320 de Zorgair a atterri d'urgence lundi à Blenkville avec 3 blessés à bord.", "atterri", "2025-06-02", ""},
		{"en", "Economists expect unemployment to rise to 8% in Zorgland next year.", "unemployment", "2026", "Zorgland"},
		{"en", "The governor said 14 people died in the storm.", "14", "", "the storm"},
		{"en", "Job vacancies in Zorgland fell 5% in May.", "vacancies", "2025-05", "Zorgland"},
		{"fr", "La grève chez Zorgex a duré jusqu'à mercredi.", "duré", "2025-06-04", ""},
	} {
		tl := buildText(t, c.lang, "2025-06-06", c.text)
		ok := false
		var got []string
		for _, cl := range tl.Claims {
			got = append(got, cl.Label+" | "+cl.Subject+" | "+cl.Date.String())
			if strings.Contains(cl.Label, c.want) && (c.date == "" || cl.Date.String() == c.date) && (c.subject == "" || cl.Subject == c.subject) && !cl.Unsure {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no claim with %q (%s, %q); got %q", c.text, c.want, c.date, c.subject, got)
		}
	}
}

// What the second review found wrongly dated or counted.
func TestRulesKeepTheirBoundsNot(t *testing.T) {
	for _, c := range []struct{ lang, text, notDate string }{
		{"fr", "Les écoles de Zorgville ont été fermées jusqu'à lundi.", "2025-06-02"},
		{"fr", "L'attentat de mardi est le plus meurtrier depuis 2015 en Zorgie.", "2015"},
		{"fr", "Le procès a été renvoyé jusqu'au 3 septembre.", "2024-09-03"},
	} {
		for _, cl := range buildText(t, c.lang, "2025-06-06", c.text).Claims {
			if cl.Date.String() == c.notDate {
				t.Errorf("%q: %q dated %s", c.text, cl.Label, cl.Date)
			}
		}
	}
	for _, cl := range buildText(t, "en", "2025-06-06", "Analysts expect Zorgon to report revenue of 4 billion dollars, up from 3.2 billion dollars a year ago.").Claims {
		if cl.HasValue && cl.Value == 3.2e9 && strings.Contains(cl.Measure, "expected") {
			t.Errorf("%q: the comparison's base is no expectation", cl.Label)
		}
	}
}

// What a review of the list, name, date and header rules found them to
// break: no figure of a score, a tally or a label takes the scale of the
// figure after it; a pair of places or sources is not what
// «respectively» pairs; a name that is also an adjective opens its
// sentence; a dividend's year is no tally's; a rank's sign is no measure.
func TestListAndNameRulesKeepTheirBounds(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		notValue   float64 // no claim of this value
	}{
		{"en", "Arsenal beat Chelsea 2 to 1, and 3 million viewers watched the match on Sunday.", 1e6},
		{"en", "The bill passed 60 to 40 and 2 million households will benefit from the tax credit.", 40e6},
		{"en", "Spirit Airlines filed for Chapter 11 and 2 million passengers now face disruption, the carrier said.", 11e6},
		{"en", "Liverpool won 3-1 and 2 million fans watched the derby on television.", 1e6},
		{"en", "Sales rose by 300 to 1.5 million units in February.", 300e6},
		{"fr", "La RATP a fermé la ligne 13 et 2 millions d'usagers ont été privés de métro lundi.", 13e6},
		{"fr", "L'équipe de France a battu l'Irlande 27 à 21, et 8 millions de téléspectateurs ont suivi le match samedi.", 21e6},
	} {
		for _, cl := range buildText(t, c.lang, "2025-03-18", c.text).Claims {
			if cl.HasValue && cl.Value == c.notValue {
				t.Errorf("%q: claim %q", c.text, cl.Label)
			}
		}
	}
	for _, c := range []struct {
		lang, text, subject, measure, date string
		value                              float64
	}{
		{"fr", "Tesla et BYD ont livré, selon Reuters et Bloomberg, respectivement 1,8 million et 3 millions de véhicules en 2024.", "Tesla", "vehicule", "2024", 1.8e6},
		{"fr", "Tesla et BYD ont livré, selon Reuters et Bloomberg, respectivement 1,8 million et 3 millions de véhicules en 2024.", "BYD", "vehicule", "2024", 3e6},
		{"en", "In Texas and Florida, Walmart opened 40 and 25 stores respectively last year.", "Walmart", "store", "2024", 40},
		{"fr", "Blanc compte 97 sélections en équipe de France.", "Blanc", "", "", 97},
		{"fr", "Grasse compte 50 000 habitants et vit du parfum.", "Grasse", "", "", 50000},
		{"en", "On Monday, the company Zorgon said its dividend for 2025 would rise by 10%.", "", "", "2025", 10},
		{"en", "Britain's No. 1 Jack Draper earned $3.5 million in prize money this season.", "Jack Draper", "prize money ($)", "", 3.5e6},
		{"fr", "Au second tour, les deux candidats ont obtenu 48 et 52 % des voix.", "", "voix (%)", "", 48},
		{"en", "Unemployment in Zorgland stayed below 4%, even in 2020, the statistics agency said.", "Zorgland", "", "2020", 4},
	} {
		cs := figuresValued(t, c.lang, "2025-03-18", c.text, c.value)
		for _, f := range cs {
			if c.subject != "" && f.Subject != c.subject || c.measure != "" && f.Measure != c.measure || c.date != "" && f.Date.String() != c.date {
				t.Errorf("%q %v: %q %q %s, want %q %q %s", c.text, c.value, f.Subject, f.Measure, f.Date, c.subject, c.measure, c.date)
			}
		}
	}
	// Which of the names listed is whose, a sentence without
	// «respectivement» does not say.
	for _, f := range figuresValued(t, "fr", "2025-03-18", "Les amendes infligées à Google et à Meta s'élèvent à 11 et 6 millions d'euros.", 11e6) {
		if !f.Unsure {
			t.Errorf("«à Google et à Meta … 11 et 6 millions»: %q sure", f.Label)
		}
	}
	for _, f := range figuresValued(t, "en", "2025-03-18", "Prices rose 3 and 5 percent in Tokyo and Seoul on Monday.", 3) {
		if !f.Unsure || f.Date.String() != "2025-03-17" {
			t.Errorf("«3 and 5 percent in Tokyo and Seoul on Monday»: %q %s unsure=%v", f.Label, f.Date, f.Unsure)
		}
	}
	// The end of a story's year is not the end of the publication's.
	for _, f := range figuresValued(t, "en", "2025-03-18", "In 2023, Zorgon launched its first phone. By the end of the year, it had sold 3 million units.", 3e6) {
		if f.Date.String() == "2025-10/2025-12" {
			t.Errorf("«By the end of the year» in a story of 2023 dated %s", f.Date)
		}
	}
}

// What a second review of the session's rules found them to break: a fall
// "from 5 to 3 million" keeps its start; a name or currency code before a
// number is no label; a company's own growth forecast stays its own; an
// authority's «son» is not its own; a union's leader is a person; an
// organisation that unveils its plan owns it; «Mauvaise nouvelle :» opens
// with no name.
func TestSecondReviewBounds(t *testing.T) {
	for _, c := range []struct {
		lang, text, subject string
		value               float64
		unsure              bool
	}{
		{"en", "Russia's oil exports fell from 3.5 to 2.9 million barrels a day in 2024, the IEA said.", "Russia", 3.5e6, false},
		{"fr", "Le nombre de chômeurs est passé de 5 à 3 millions entre 2015 et 2024 en Allemagne.", "Allemagne", 5e6, false},
		{"en", "The European Commission fined Apple and Meta 500 and 200 million euros respectively on Wednesday.", "Apple", 500e6, false},
		{"en", "The European Commission fined Apple and Meta 500 and 200 million euros respectively on Wednesday.", "Meta", 200e6, false},
		{"en", "Unilever expects growth of 4% in India this year.", "Unilever", 4, false},
		{"fr", "Le groupe Casino est visé par une enquête. Le parquet de Paris a indiqué que son chiffre d'affaires avait été surévalué de 200 millions d'euros.", "Casino", 200e6, false},
		{"fr", "Le plan de relance, porté par Renault, prévoit 3 milliards d'euros d'investissements d'ici 2027.", "Renault", 3e9, false},
	} {
		cs := figuresValued(t, c.lang, "2025-03-18", c.text, c.value)
		for _, f := range cs {
			if f.Subject != c.subject || f.Unsure != c.unsure {
				t.Errorf("%q %v: %q unsure=%v, want %q unsure=%v", c.text, c.value, f.Subject, f.Unsure, c.subject, c.unsure)
			}
		}
	}
	// "She" after a union's general secretary named in apposition is that
	// person.
	for _, f := range figuresValued(t, "en", "2025-03-18", "The general secretary of the union, Sharon Graham, said pay had fallen by 12%. She said 40,000 members would strike on Monday.", 40000) {
		if f.SaidBy != "Sharon Graham" {
			t.Errorf("40,000 members: said by %q, want Sharon Graham", f.SaidBy)
		}
	}
	for _, cl := range buildText(t, "fr", "2025-03-18", "Mauvaise nouvelle : le chômage a augmenté de 3,9 % au quatrième trimestre, selon l'Insee.").Claims {
		if cl.Subject == "Mauvaise" {
			t.Errorf("«Mauvaise nouvelle :» read as a name: %q", cl.Label)
		}
	}
	for _, cl := range buildText(t, "en", "2025-03-18", "Meta spent 40 of its 65 billion dollars in capital expenditure on AI in 2024.").Claims {
		if cl.HasValue && cl.Value == 40 {
			t.Errorf("«40 of its 65 billion dollars»: %q", cl.Label)
		}
	}
}

// What a third review found this session's rules to break: a level
// reached is no threshold, nor a verb «limiter», nor a past crossing;
// syllables of Korean and Taiwanese names are no compound adjectives; a
// pronoun for a person or a body keeps it; a present every year is no
// statistics release's; a figure in brackets after a name is that name's.
func TestThirdReviewBounds(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		subject    string // "" any
		noDate     string // the claim is not dated so ("" any)
	}{
		{"fr", "Le CAC 40 a franchi mardi le seuil des 8 000 points pour la première fois de son histoire.", 8000, "CAC 40", ""},
		{"en", "The Dow Jones crossed the threshold of 40,000 points for the first time on Thursday.", 40000, "Dow Jones", ""},
		{"fr", "Le groupe Zorgex a limité ses pertes à 2,1 milliards d'euros en 2023.", 2.1e9, "", ""},
		{"fr", "Selon l'Insee, la croissance se limite à 0,1 % au quatrième trimestre.", 0.1, "", ""},
		{"fr", "À la date limite, 1,2 million de dossiers avaient été déposés.", 1.2e6, "", ""},
		{"en", "The WHO daily limit is 15 micrograms and levels in Lahore hit 90 micrograms on Monday.", 90, "", ""},
		{"fr", "Quand le baril a dépassé 100 dollars en 2022, l'inflation a bondi à 6 %.", 100, "", ""},
		{"fr", "Même si le chômage dépasse 7,5 %, le gouvernement maintient sa réforme.", 7.5, "", ""},
		{"en", "Opposition leader Lee Jae-myung won 47% of the vote in the primary on Sunday.", 47, "Lee Jae-myung", ""},
		{"en", "North Korean leader Kim Jong-un oversaw the launch of 3 ballistic missiles on Monday.", 3, "Kim Jong-un", ""},
		{"fr", "Le Premier ministre a présenté le plan eau. Il a promis 1,5 milliard d'euros à Toulouse pour les canalisations.", 1.5e9, "Le Premier ministre", ""},
		{"fr", "Le gouvernement a présenté son plan pour l'agriculture. Il a promis 300 millions d'euros en Bretagne.", 300e6, "Le gouvernement", ""},
		{"fr", "Le Louvre vendait son billet 17 euros en 2019. Le prix atteint désormais 22 euros.", 22, "", "2019"},
		{"fr", "Montpellier comptait 250 000 habitants en 2000. Sa population augmente de 1,5 % par an.", 1.5, "", "2000"},
		{"fr", "Le loyer moyen d'un studio a atteint 573 euros par mois dans les villes universitaires. À Paris, il s'élève à 898 euros, loin devant Nice (712 euros) et Lyon (640 euros).", 712, "Nice", ""},
	} {
		cs := figuresValued(t, c.lang, "2024-03-15", c.text, c.value)
		if len(cs) == 0 {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
		for _, f := range cs {
			if c.subject != "" && f.Subject != c.subject || c.noDate != "" && f.Date.String() == c.noDate {
				t.Errorf("%q %v: %q %s, want %q, not %s", c.text, c.value, f.Subject, f.Date, c.subject, c.noDate)
			}
		}
	}
	for _, c := range []struct {
		lang, text string
		measure    string
		value      float64
	}{
		{"fr", "Le directeur, qui gagnait 300 000 euros par an, a été licencié avec une indemnité de 1,2 million d'euros.", "indemnite (€)", 1.2e6},
	} {
		for _, f := range figuresValued(t, c.lang, "2024-03-15", c.text, c.value) {
			if f.Measure != c.measure {
				t.Errorf("%q %v: measure %q, want %q", c.text, c.value, f.Measure, c.measure)
			}
		}
	}
}
