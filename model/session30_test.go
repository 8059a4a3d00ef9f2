package model

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestSession30Subjects: session 30's rules for whom a figure is about, on
// invented sentences.
func TestSession30Subjects(t *testing.T) {
	for _, c := range []struct {
		name, lang, date, text string
		value                  float64
		want                   string // the subject; "" when the figure is to have no claim of subject bad
		bad                    string
	}{
		{"a city after a preposition and a comma is a place", "fr", "2020-09-09",
			"L'équipementier Zorgauto a présenté mardi un plan de 1 150 suppressions de postes. L'usine de Vesoul (Haute-Saône) fermera en juin 2021. Une manifestation est prévue samedi dans les rues de Vesoul, à l'appel des syndicats. Le groupe a provisionné 180 millions d'euros.",
			180e6, "Zorgauto", ""},
		{"a city in a list of places is a place", "fr", "2026-02-20",
			"Le tribunal de commerce de Toulouse a prononcé jeudi la liquidation de Zorgair. Fondée en 2009 à Toulouse, Zorgair exploitait 11 avions au départ de Toulouse, de Pau et de Rodez. Les salariés seront licenciés. La compagnie avait été placée en redressement judiciaire le 3 novembre, avec une dette de 64 millions d'euros.",
			64e6, "Zorgair", ""},
		{"a court counts nothing of its own", "fr", "2002-01-21",
			"Dès lundi, le tribunal de Poitiers va juger les responsabilités dans la collision en chaîne suivie d'incendies, qui le 3 mars 98, sur la N 10 près de Niort, avait causé la mort de 15 personnes. 60 parties civiles sont représentées.",
			15, "", "tribunal de Poitiers"},
		{"the noun that heads an organisation's name stands for it", "en", "2026-03-17",
			"COPENHAGEN — Denmark awarded three offshore wind sites on Monday, the Danish Energy Agency said. The agency received nine bids from six groups.",
			9, "Danish Energy Agency", ""},
		{"the first word of a name with 'of' heads it", "en", "2024-08-22",
			"Ghana's gold output rose in 2023, the Bank of Ghana said on Wednesday. The bank bought 9.2 tonnes of gold in the first half of 2024.",
			9.2, "Bank of Ghana", ""},
		{"the one sentenced is the first name after the verb, not one in its apposition", "fr", "2016-03-11",
			"Le tribunal correctionnel de Paris a condamné jeudi l'homme d'affaires Gérard Zorgferrand, fondateur de la chaîne des Relais Zorgferrand, à trois ans d'emprisonnement pour fraude fiscale.",
			3, "Gérard Zorgferrand", ""},
		{"the one sentenced may be a long noun phrase", "en", "2026-01-16",
			"A Zorgland court on Thursday sentenced a former managing director of Swiss private bank Blorp & Cie to 11 years in prison for defrauding clients.",
			11, "a former managing director of Swiss private bank Blorp & Cie", ""},
		{"a name a company's noun introduces is no person's", "fr", "2026-02-20",
			"Le tribunal de commerce de Toulouse a prononcé jeudi la liquidation de la compagnie aérienne régionale Zorg Garonne, qui a cessé ses vols. Les 386 salariés de Zorg Garonne seront licenciés. La compagnie espagnole Blorpalas avait fait une offre. La compagnie avait été placée en redressement judiciaire le 3 novembre, avec une dette de 64 millions d'euros.",
			64e6, "Zorg Garonne", ""},
		{"a noun written before a person's name stands for that person", "fr", "2016-03-11",
			"Le tribunal correctionnel de Paris a condamné jeudi l'hôtelier Gérard Zorgferrand à trois ans de prison. Selon l'accusation, l'hôtelier a dissimulé au fisc 18,6 millions d'euros entre 2005 et 2012.",
			18.6e6, "Gérard Zorgferrand", ""},
		{"a title in quotation marks before its verb is the subject", "en", "2017-12-04",
			"LOS ANGELES — Animated adventure \"Northern Zorgs\" opened at the top of the North American box office with $46.2 million in ticket sales from Friday to Sunday, distributor Blorp Pictures said on Sunday.",
			46.2e6, "Northern Zorgs", ""},
		{"the film is the title told before", "en", "2017-12-04",
			"Animated adventure \"Northern Zorgs\" opened at the top of the box office on Sunday, distributor Blorp Pictures said. Blorp Pictures had projected less. Blorp Pictures shares rose. The film, which cost about $150 million to make, took another $38.5 million from 31 international markets.",
			38.5e6, "Northern Zorgs", ""},
		{"an organisation named mostly as who reports owns no figure by default", "en", "2023-07-19",
			"MADRID — Zorgland's electricity demand hit a record of 41,870 megawatts on Tuesday, grid operator Zorgcontrol said. Demand on Tuesday was 16% higher than a year earlier, Zorgcontrol said. Solar plants produced a record 19,400 MW at midday on Monday. Zorgcontrol operations director Julia Blorp said the system was coping.",
			19400, "", "Zorgcontrol"},
		{"a source's estimate is of what the passage before was about", "en", "2024-05-10",
			"Brazil's coffee harvest will reach 61 million bags this year, the national supply agency said on Tuesday. Consultancy Zorg Commodities put the crop at 64.5 million bags in a report on Wednesday.",
			64.5e6, "Brazil", ""},
		{"an estimated range, in a currency after the figure", "en", "2021-11-10",
			"Zorgda Motor Corp said on Wednesday it would recall 1.2 million cars. Analysts at Blorp Securities put the likely cost at 210 billion to 250 billion yen.",
			250e9, "Zorgda Motor Corp", ""},
		{"the owner a possessive gives the estimated measure", "en", "2024-08-22",
			"Gold prices rose on Wednesday. The World Zorg Council, an industry body, put Ghana's official holdings at 30.9 tonnes in data published on August 6.",
			30.9, "Ghana", ""},
		{"a participle between a determiner and its noun qualifies it", "en", "2024-05-10",
			"Hurricane Zorga hit Texas on Monday. Risk modeller Blorp Analytics put the insured losses at $4 billion.",
			4e9, "Hurricane Zorga", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
				if cl.Value != c.value {
					continue
				}
				if c.want != "" && cl.Subject != c.want || c.bad != "" && cl.Subject == c.bad {
					t.Errorf("%v is %q's (%s); want %q, not %q", c.value, cl.Subject, cl.Label, c.want, c.bad)
				}
				return
			}
			if c.want != "" {
				t.Errorf("no claim of %v", c.value)
			}
		})
	}
}

// TestSession30Statements: an organisation that reports a figure no clause
// reads, when a relative pronoun is the figure's subject, is that figure's
// subject only when the passage names it besides; else the figure is kept
// off the timeline.
func TestSession30Statements(t *testing.T) {
	for _, c := range []struct {
		name, lang, date, text string
		value                  float64
		unsure                 bool
	}{
		{"the reporter named besides owns its figure", "en", "2019-09-18",
			"Zorgvik Group won an order for two ferries on Tuesday. The contract lifts Zorgvik Group's order backlog to 4.6 billion euros, Zorgvik Group said on Wednesday.",
			4.6e9, false},
		{"an organisation's figure of a thing it only reports is a guess", "en", "2024-03-15",
			"Researchers at Zorgpharm said on Tuesday they had discovered a new antibiotic that kills 99% of resistant bacteria.",
			99, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			tl := buildText(t, c.lang, c.date, c.text)
			found := false
			for _, cl := range tl.Claims {
				if cl.HasValue && cl.Value == c.value {
					found = true
					if cl.Unsure != c.unsure {
						t.Errorf("%v (%q's) unsure = %v, want %v", c.value, cl.Subject, cl.Unsure, c.unsure)
					}
				}
			}
			if !found {
				t.Errorf("no claim of %v", c.value)
			}
		})
	}
}

// TestSameArticleSameClaims: building a set again gives the same claims,
// whatever the order Go's maps are walked in (a statement dated twice in
// its sentence, "said on Tuesday it would raise prices again in
// September", once took either date). It builds the two last probe sets'
// articles, which are in the repository, eight times each.
func TestSameArticleSameClaims(t *testing.T) {
	for _, dir := range []string{"probe5/probe5-en", "probe5/probe5-fr", "probe6/probe6-en", "probe6/probe6-fr"} {
		set, err := LoadPaths(context.Background(), []string{filepath.Join("..", "testdata", dir)}, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		first := ""
		for i := 0; i < 8; i++ {
			var b strings.Builder
			for _, cl := range Build(set).Claims {
				fmt.Fprintf(&b, "%s|%s|%s|%v|%s|%v\n", cl.ArticleName, cl.Subject, cl.Label, cl.Value, cl.Date, cl.Unsure)
			}
			if i == 0 {
				first = b.String()
			} else if got := b.String(); got != first {
				t.Fatalf("%s built twice gave different claims:\n%s", dir, lineDiff(first, got))
			}
		}
	}
}

// lineDiff returns the lines of a and b that the other lacks.
func lineDiff(a, b string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	ina, inb := in(a), in(b)
	var out []string
	for _, l := range strings.Split(a, "\n") {
		if !inb[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(b, "\n") {
		if !ina[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}

// TestSession30Measures: a share of what an owner has measures what is
// owned, not the owner ("27% of the central bank's gross international
// reserves"); money "in" a noun is that noun's.
func TestSession30Measures(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		want             string // the measure's first word
	}{
		{"en", "2024-08-22", "The gold made up 27% of the central bank's gross international reserves at the end of June, the Bank of Zorgland said.", 27, "reserve"},
		{"en", "2026-03-17", "Wind turbines supplied 56% of the country's electricity last year, grid operator Zorgnet said in January.", 56, "electricity"},
		// money "in" a noun is that noun's, past a currency word, the
		// same amount in brackets, a compound's first noun, and a date
		{"en", "2024-03-01", "Sunward Zorg said it had about $290 million in cash at the end of January.", 290e6, "cash"},
		{"en", "2024-03-01", "The health ministry announced C$1.2 million ($900,000) in extra funding on Tuesday.", 1.2e6, "funding"},
		{"en", "2024-03-01", "Zorgel takes home 845,000 euros in prize money.", 845000, "prize money"},
		// a noun that stands for a person measures nothing
		{"fr", "2016-03-11", "Le tribunal a condamné jeudi l'hôtelier Gérard Zorgferrand à trois ans de prison. Selon l'accusation, l'hôtelier a dissimulé au fisc 18,6 millions d'euros entre 2005 et 2012.", 18.6e6, "dissimul"},
	} {
		if cl, ok := figureOf(t, c.lang, c.date, c.text, c.value); ok && !strings.HasPrefix(cl.Measure, c.want) {
			t.Errorf("%q: %v measured %q, want %q", c.text, c.value, cl.Measure, c.want)
		}
	}
}

// TestSession30Appointees: an appointment's or a designation's event is
// the one appointed, past a noun of kind before the name.
func TestSession30Appointees(t *testing.T) {
	for _, c := range []struct{ lang, date, text, want string }{
		{"fr", "2023-03-16", "Le gouvernement a désigné mercredi le consortium Zorgéalis lauréat de l'appel d'offres pour le parc éolien.", "Zorgéalis"},
		{"en", "2023-03-16", "On Monday, the president named the diplomat Jana Zorgova as foreign minister.", "Jana Zorgova"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			found = found || !cl.HasValue && cl.Subject == c.want
		}
		if !found {
			t.Errorf("%q: no event of %q", c.text, c.want)
		}
	}
}

// TestSetFigureIsNoEvent: the verb that sets a measure at a figure gives
// the figure, not an event of its own.
func TestSetFigureIsNoEvent(t *testing.T) {
	for _, text := range []string{
		"Brazil's coffee harvest will reach 61 million bags this year, the supply agency said. Consultancy Zorg Commodities put the crop at 64.5 million bags in a report on Wednesday.",
		"Hurricane Zorga hit Texas on Monday. Risk modeller Blorp Analytics estimated the insured losses at $4 billion on Tuesday.",
	} {
		for _, cl := range buildText(t, "en", "2024-05-10", text).Claims {
			if !cl.HasValue && (strings.Contains(cl.Label, " put ") || strings.Contains(cl.Label, " estimated ")) {
				t.Errorf("%q: event %q", text, cl.Label)
			}
		}
	}
}

// TestComparedWithTheSamePeriod: a change set against "the same weekend
// last year" is dated by its own period, not the year it is compared with.
func TestComparedWithTheSamePeriod(t *testing.T) {
	const text = "Total ticket sales for all films reached about $112 million over the weekend, up 14% from the same weekend last year, according to Zorgtrack."
	if cl, ok := figureOf(t, "en", "2017-12-04", text, 14); ok && cl.Date.String() != "2017-12-02/2017-12-03" {
		t.Errorf("+14%% dated %s, want the weekend 2017-12-02/2017-12-03", cl.Date)
	}
}
