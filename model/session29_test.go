package model

import (
	"context"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// TestKindNounBeforeName: a definite noun phrase stands for the name the
// article wrote right after that noun («la coopérative Norvia … La
// coopérative»), not for the
// organisation it names most; and an organisation's small counts are
// news («sept usines»), not a product's design.
func TestKindNounBeforeName(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		subject          string
	}{
		{"fr", "2025-07-09", "La coopérative Norvia va racheter le biscuitier breton Kerlan.\n\nKerlan a réalisé 640 millions d'euros de chiffre d'affaires. Kerlan emploie 2 300 salariés. La coopérative, qui réunit 6 200 agriculteurs, a réalisé en 2024 un chiffre d'affaires de 4,8 milliards d'euros.", 6200, "Norvia"},
		{"fr", "2025-07-09", "La coopérative Norvia va racheter le biscuitier breton Kerlan.\n\nKerlan a réalisé 640 millions d'euros de chiffre d'affaires. Le groupe Norvia emploie 9 500 personnes. Le biscuitier emploie environ 2 300 salariés répartis dans sept usines.", 7, "Kerlan"},
	} {
		if cl, ok := figureOf(t, c.lang, c.date, c.text, c.value); ok {
			if cl.Subject != c.subject || cl.Unsure {
				t.Errorf("%q: %v is %q's (unsure %v), want %q's", c.text, c.value, cl.Subject, cl.Unsure, c.subject)
			}
		}
	}
}

// TestChangeOfFigureTakesItsDate: the change told right after a dated
// figure, with no date of its own, is of that figure's time.
func TestChangeOfFigureTakesItsDate(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		want             string
	}{
		{"fr", "2025-07-09", "Fondé en 1921, Kerlan a réalisé l'an dernier un chiffre d'affaires de 640 millions d'euros, en hausse de 6 % sur un an.", 6, "2024"},
		{"fr", "2025-07-09", "Kerlan a réalisé en 2023 un bénéfice net de 41 millions d'euros, en baisse de 12 %.", 12, "2023"},
	} {
		if cl, ok := figureOf(t, c.lang, c.date, c.text, c.value); ok {
			if got := dateOrAsOf(cl); got != c.want {
				t.Errorf("%q: %v dated %s, want %s", c.text, c.value, got, c.want)
			}
		}
	}
}

// TestResultsKeepTheirPeriod: in a results story, a later figure of the
// same measure with no time of its own is of the period the story gave it
// first, even past other sentences; "Wall Street" that only expected a
// figure makes no market story; "Cloud revenue" and "Revenue from
// hardware" say which revenue.
func TestResultsKeepTheirPeriod(t *testing.T) {
	const story = "Zorgon Software said on Wednesday it would cut 1,800 jobs, even as revenue rose faster than Wall Street had expected.\n\n" +
		"Revenue for the three months to September 30 rose 14% to $4.62 billion, the company said.\n\n" +
		"The job cuts will be completed by the end of March, the company said.\n\n" +
		"\"We are moving people to where our customers are going,\" chief executive Jane Zorg said.\n\n" +
		"Cloud revenue, the company's fastest-growing business, jumped 31% to $1.9 billion. Revenue from hardware fell 6% to $1.05 billion."
	for _, c := range []struct {
		value         float64
		measure, date string
	}{
		{31, "cloud revenue (%)", "2024-07/2024-09"},
		{1.9e9, "cloud revenue ($)", "2024-07/2024-09"},
		{6, "hardware revenue (%)", "2024-07/2024-09"},
		{1.05e9, "hardware revenue ($)", "2024-07/2024-09"},
	} {
		if cl, ok := figureOf(t, "en", "2024-10-24", story, c.value); ok {
			if cl.Measure != c.measure || dateOrAsOf(cl) != c.date || cl.Subject != "Zorgon Software" {
				t.Errorf("%v: %s's %q dated %s, want Zorgon Software's %q dated %s", c.value, cl.Subject, cl.Measure, dateOrAsOf(cl), c.measure, c.date)
			}
		}
	}
}

// TestExpectedByMarket: a market named as who expected a figure tells no
// market's session.
func TestExpectedByMarket(t *testing.T) {
	for _, c := range []struct {
		text, market string
		want         bool
	}{
		{"revenue rose faster than Wall Street had expected", "Wall Street", true},
		{"the results beat Wall Street estimates", "Wall Street", true},
		{"Wall Street fell 2% on Monday", "Wall Street", false},
		{"le chiffre d'affaires a progressé plus vite que Wall Street ne l'attendait", "Wall Street", true},
		{"Wall Street a terminé en baisse", "Wall Street", false},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		a := -1
		for k := range toks {
			if toks[k].Text == "Wall" {
				a = k
			}
		}
		if got := expectedBy(toks, a, a+2); got != c.want {
			t.Errorf("%q: expectedBy %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPlaceAfterVerbIsNoAgent: the name a preposition of place brings in
// after the verb of a figure's clause is where it happened, not who did
// it; "by", «par» still bring in the agent.
func TestPlaceAfterVerbIsNoAgent(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		not, want  string
	}{
		{"en", "Hurricane Zorga hit Texas on Tuesday. Two people drowned in Aransas County, officials said.", 2, "Aransas County", ""},
		{"fr", "La tempête Zorga a frappé l'Hérault mardi. Deux personnes sont toujours portées disparues près de Lodève.", 2, "Lodève", ""},
		{"en", "The plant will close next year. About 1,200 workers were laid off by Zorgon Motors on Monday.", 1200, "", "Zorgon Motors"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2024-03-15", c.text).Claims {
			if cl.Value != c.value {
				continue
			}
			found = true
			if c.not != "" && cl.Subject == c.not && !cl.Unsure || c.want != "" && cl.Subject != c.want {
				t.Errorf("%q: %v is %q's (unsure %v)", c.text, c.value, cl.Subject, cl.Unsure)
			}
		}
		if !found && c.want != "" {
			t.Errorf("%q: no claim of %v", c.text, c.value)
		}
	}
}

// TestTaggerRepairs: the tagger's slips that hide a clause's subject or verb
// are mended: "mine" after a determiner is no pronoun, and "employs" after
// a singular noun and before its figure is the verb.
func TestTaggerRepairs(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		subject string
	}{
		{"Zorgon Platinum said four miners died on Monday. The Kwelo mine employs about 6,400 people.", 6400, "Kwelo mine"},
		{"Zorgon Platinum said four miners died on Monday. The Kwelo plant employs about 2,100 people.", 2100, "Kwelo plant"},
		{"Zorgon Platinum said four miners died on Monday at its Kwelo mine. The mine employs about 6,400 people.", 6400, "Kwelo"},
	} {
		if cl, ok := figureOf(t, "en", "2024-07-18", c.text, c.value); ok {
			if cl.Subject != c.subject || cl.Unsure {
				t.Errorf("%q: %v is %q's (unsure %v), want %q's", c.text, c.value, cl.Subject, cl.Unsure, c.subject)
			}
		}
	}
}

// TestPresentVerbBeforeFigure: a plural-looking word between a singular
// noun subject and its figure is the present verb the tagger missed.
func TestPresentVerbBeforeFigure(t *testing.T) {
	ws := workspace{ctx: context.Background()}
	for _, c := range []struct {
		text, word string
		want       syntax.Tag
	}{
		{"The mine employs about 6,400 people.", "employs", syntax.VERB},
		{"The Kwelo mine employs about 6,400 people.", "mine", syntax.NOUN},
		{"The company cuts 300 jobs.", "cuts", syntax.VERB},
		{"The steel plants near Nagoya closed.", "plants", syntax.NOUN},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		p := &parsed{lang: "en", toks: toks, tags: ws.tagSentence("en", toks, len(toks))}
		p.phraseVerbs()
		for k := range toks {
			if toks[k].Text == c.word && p.tags[k] != c.want {
				t.Errorf("%q: %q tagged %v, want %v", c.text, c.word, p.tags[k], c.want)
			}
		}
	}
}

// TestImperfectTakesTheSubjectsDay: what a subject was doing (the
// imperfect), told with no time of its own after its event and after a
// later day of the story, is of its event's day; «le train» stands for the
// name written after «un train», even one ending like a participle
// («Intercités»).
func TestImperfectTakesTheSubjectsDay(t *testing.T) {
	const story = "Le bilan du déraillement d'un train Intercités survenu dimanche soir près de Souillac s'est alourdi lundi à quatre morts, a annoncé la préfecture. " +
		"Un passager grièvement blessé a succombé lundi matin.\n\nLa locomotive s'est couchée sur le ballast. Le train transportait 312 passagers, a précisé la SNCF."
	if cl, ok := figureOf(t, "fr", "2025-10-13", story, 312); ok {
		if cl.Subject != "Intercités" || cl.Unsure || dateOrAsOf(cl) != "2025-10-12" {
			t.Errorf("312 is %q's (unsure %v) dated %s, want Intercités's dated 2025-10-12", cl.Subject, cl.Unsure, dateOrAsOf(cl))
		}
	}
}

// TestQuotedStatementIsTheSpeakers: a dated statement in quotation marks,
// with no figure of its own, is an event of the person who said it, not of
// the article's main organisation.
func TestQuotedStatementIsTheSpeakers(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker string
	}{
		{"fr", "La récolte de vin chuterait de 27 %, a annoncé mardi l'Agreste. L'Agreste a révisé ses chiffres. « C'est une année noire pour la filière », a déclaré mercredi Henri Maréchal, président de la fédération.", "Henri Maréchal"},
		{"en", "Zorgon Foods said on Tuesday it would close two plants. Zorgon Foods employs 9,000 people. \"This is a hard day for our workers,\" union leader Jane Harlow said on Wednesday.", "Jane Harlow"},
		// (a speaker after the day and its part, «vendredi soir», is a person)
		{"fr", "L'enseigne Jolimont a été placée en liquidation judiciaire jeudi. « C'est un immense gâchis », a réagi vendredi soir Karima Benali, déléguée CGT.", "Karima Benali"},
	} {
		found := false
		for _, cl := range buildText(t, c.lang, "2021-10-14", c.text).Claims {
			if cl.Metric == MetricEvent && cl.SaidBy == c.speaker && cl.What == "statement" {
				found = true
				if cl.Subject != c.speaker {
					t.Errorf("%q: the statement is %q's, want %q's", c.text, cl.Subject, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement of %s", c.text, c.speaker)
		}
	}
}

// TestUntilIsNoFiguresDate: the end of a span "until", «jusqu'en» bring in
// after a figure says how long, not when the figure was.
func TestUntilIsNoFiguresDate(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"en", "Kvalsund Verft said on Tuesday it had signed a contract worth about 1.9 billion euros to build four ferries, securing work for its 2,300 employees until 2023.", 1.9e9, "as of 2019-09-17"},
		{"fr", "Le chantier a annoncé mardi un contrat de 1,9 milliard d'euros pour quatre ferries, qui assure du travail à ses 2 300 salariés jusqu'en 2023.", 1.9e9, "as of 2019-09-17"},
	} {
		if cl, ok := figureOf(t, c.lang, "2019-09-18", c.text, c.value); ok {
			if got := dateOrAsOf(cl); got != c.want {
				t.Errorf("%q: %v dated %s, want %s", c.text, c.value, got, c.want)
			}
		}
	}
}

// TestCapacityIsNoClaim: what a subject can do, a capacity or a legal
// bound, stays searchable but off the timeline; what it did stays on it.
func TestCapacityIsNoClaim(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		unsure     bool
	}{
		{"en", "Brightwell said on Monday hackers had stolen customer data. Under British law, the regulator can fine a company up to 17.5 million pounds.", 17.5e6, true},
		{"fr", "Le chantier a signé mardi une commande de quatre paquebots. Les navires pourront accueillir chacun 6 700 passagers.", 6700, true},
		{"en", "Brightwell said on Monday hackers had stolen customer data. The regulator fined the company 17.5 million pounds on Tuesday.", 17.5e6, false},
	} {
		for _, cl := range buildText(t, c.lang, "2023-02-07", c.text).Claims {
			if cl.Value == c.value && cl.Unsure != c.unsure {
				t.Errorf("%q: %v unsure %v, want %v", c.text, c.value, cl.Unsure, c.unsure)
			}
		}
	}
}

// TestRivalsKindAndSpendingsObject: a rival named with a nationality and a
// noun of kind ("Chinese yard Haixing") does not take the article's "the
// yard"; what money was spent on is no agent.
func TestRivalsKindAndSpendingsObject(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		subject string
	}{
		{"Kvalsund Verft said on Tuesday it had won an order for four ferries. A bid from Chinese yard Haixing Shipbuilding was about 15% cheaper, people familiar with the tender said. The yard will hire about 350 additional workers next year.", 350, "Kvalsund Verft"},
		{"Health Minister Ilze Vitola resigned on Friday after a report by the State Audit Office found that 38 million euros had been overspent on COVID-19 vaccine purchases.", 38e6, ""},
	} {
		for _, cl := range buildText(t, "en", "2019-09-18", c.text).Claims {
			if cl.Value == c.value && !cl.Unsure && (c.subject != "" && cl.Subject != c.subject || c.subject == "" && (cl.Subject == "COVID" || cl.Subject == "COVID-19")) {
				t.Errorf("%q: %v is %q's", c.text, c.value, cl.Subject)
			}
		}
	}
}

// TestTownsArePlaces: towns of at least 15,000 inhabitants are places too.
func TestTownsArePlaces(t *testing.T) {
	for _, name := range []string{"Saint-Dizier", "Cahors", "Alès", "Vierzon", "Round Rock"} {
		if !gazetteer.IsPlaceName(name) {
			t.Errorf("%s is no place", name)
		}
	}
}

// TestYearNamingANounIsNoVerbsDate: a year that names its noun («L'édition
// 2026») leaves the verb to the day written after it.
func TestYearNamingANounIsNoVerbsDate(t *testing.T) {
	const text = "Roland-Garros a annoncé samedi la couverture du court. L'édition 2026 débutera le 24 mai."
	found := false
	for _, cl := range buildText(t, "fr", "2025-06-09", text).Claims {
		if cl.Metric == MetricEvent && strings.Contains(cl.Label, "débutera") {
			found = true
			if got := dateOrAsOf(cl); got != "2026-05-24" {
				t.Errorf("%q dated %s, want 2026-05-24", cl.Label, got)
			}
		}
	}
	if !found {
		t.Error("no event of «débutera»")
	}
}

// TestFrenchConditional: a verb in the conditional tells what would be, so
// its clause is not told in the past; the imperfect is.
func TestFrenchConditional(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"atteindrait", true}, {"pourrait", true}, {"devrait", true}, {"augmenteraient", true}, {"serait", true},
		{"atteignait", false}, {"espérait", false}, {"montrait", false}, {"retirait", false}, {"comptait", false},
	} {
		toks := lexis.Tokenize(c.word, 0, len(c.word))
		if got := frenchConditional(toks[0]); got != c.want {
			t.Errorf("%s: conditional %v, want %v", c.word, got, c.want)
		}
	}
	const text = "Nexalis et Volta ont annoncé mardi leur fusion. Sa part de marché dans le mobile atteindrait 31 %."
	for _, cl := range buildText(t, "fr", "2020-09-16", text).Claims {
		if cl.Value == 31 && !cl.AsOf {
			t.Errorf("31 %% dated %s, want as of the publication", dateOrAsOf(cl))
		}
	}
}

// TestYearsJoined: two years "and", «et» join date a figure over both.
func TestYearsJoined(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"en", "The report said on Monday the ministry had bought 4.7 million doses in 2021 and 2022.", 4.7e6},
		{"fr", "Le rapport indique que le ministère a acheté 4,7 millions de doses en 2021 et 2022.", 4.7e6},
	} {
		if cl, ok := figureOf(t, c.lang, "2022-09-03", c.text, c.value); ok {
			if got := dateOrAsOf(cl); got != "2021/2022" {
				t.Errorf("%q: %v dated %s, want 2021/2022", c.text, c.value, got)
			}
		}
	}
}

// TestMeasuresSaidAsWritten: what a figure measures, and its unit, as the
// text says it: a vote share is a share ("rejected"), a holding a stake,
// subscribers and customers in their own word (a label says "users" only
// for the words that mean it), MW and pence units, a loss in money the
// loss, a cost in millions or borne by someone a cost, a product's price a
// price.
func TestMeasuresSaidAsWritten(t *testing.T) {
	measure := func(m string) func(Claim) bool { return func(c Claim) bool { return c.Measure == m } }
	for _, c := range []struct {
		lang, date, text string
		value            float64
		ok               func(Claim) bool
		want             string
	}{
		{"en", "2021-06-14", "Swiss voters on Sunday rejected a popular initiative to cut the working week to four days, with 61.8% voting against.", 61.8,
			func(c Claim) bool { return c.Unit == "%" && c.Measure == "vote against" }, "a share of the votes against"},
		{"fr", "2020-09-16", "Les opérateurs Volta et Nexalis ont annoncé leur fusion mardi. Le nouvel ensemble comptera 24 millions d'abonnés mobiles, selon Volta.", 24e6,
			func(c Claim) bool { return c.Measure == "abonne" && strings.Contains(c.Label, "users") }, "«abonne», a label with users"},
		{"en", "2020-09-16", "Zorgnet and Vistel agreed to merge on Monday, creating an operator with about 19.6 million customers.", 19.6e6,
			func(c Claim) bool { return c.Measure == "customer" && strings.Contains(c.Label, "customers") }, "customer, a label with customers"},
		{"en", "2020-11-03", "Vistel agreed on Monday to buy Nordnet. Ekholm Invest, which owns 61% of Nordnet, backed the deal.", 61,
			func(c Claim) bool { return c.Measure == "stake (%)" && c.Unit == "%" }, "stake (%)"},
		{"fr", "2020-11-03", "Volta a annoncé mardi la vente de sa filiale. L'État, qui détient 20 %, a donné son accord.", 20,
			func(c Claim) bool { return c.Measure == "participation (%)" && c.Unit == "%" }, "participation (%)"},
		{"en", "2023-07-19", "Spain's electricity demand hit an all-time high of 41,870 megawatts on Tuesday afternoon as a heatwave gripped the country.", 41870,
			func(c Claim) bool { return c.Unit == "MW" && c.Measure == "electricity demand (MW)" }, "MW of electricity demand"},
		{"en", "2019-09-18", "Kvalsund Verft said on Tuesday it had won an order. The yard posted a net loss of 310 million crowns in 2018.", 310e6,
			func(c Claim) bool { return strings.Contains(c.Measure, "loss") }, "the loss"},
		{"en", "2024-03-14", "Corvane said on Wednesday the recall would cost about $420 million this year.", 420e6, measure("cost ($)"), "cost ($)"},
		{"en", "2024-03-14", "Zorgon said on Monday the strike would cost the company 24,000 francs.", 24000, measure("cost (francs)"), "cost (francs)"},
		{"fr", "2024-03-14", "Le ministère a indiqué mardi que le plan coûterait 2 milliards d'euros cette année.", 2e9, measure("cout (€)"), "cout (€)"},
		{"en", "2024-03-14", "Zorgon unveiled the Zorgon Nano on Monday. The Zorgon Nano will cost $199.", 199, measure("price ($)"), "price ($)"},
		{"en", "2023-02-07", "Brightwell said on Monday hackers had stolen customer data. Its shares fell 3.4% to 212 pence on Monday.", 212,
			func(c Claim) bool { return strings.HasPrefix(c.Measure, "share") && c.Unit == "pence" }, "the shares' level in pence"},
	} {
		if cl, ok := figureOf(t, c.lang, c.date, c.text, c.value); ok && !c.ok(cl) {
			t.Errorf("%q: %v measured %q in %q, labelled %q; want %s", c.text, c.value, cl.Measure, cl.Unit, cl.Label, c.want)
		}
	}
}

// figureOf returns the first claim of value that text, an article of lang
// published on date, gives, and reports an error when there is none.
func figureOf(t *testing.T, lang, date, text string, value float64) (Claim, bool) {
	t.Helper()
	for _, cl := range buildText(t, lang, date, text).Claims {
		if cl.Value == value {
			return cl, true
		}
	}
	t.Errorf("%q: no claim of %v", text, value)
	return Claim{}, false
}

// TestUnitIsNoName: a unit written in capitals is never an entity, even
// when the article writes it more than any name.
func TestUnitIsNoName(t *testing.T) {
	const text = "Solar plants produced a record 19,400 MW at midday on Monday. The peak beat the previous record of 41,318 MW set in 2007. Wind farms supplied 9,000 MW. Gas plants supplied 12,000 MW on Tuesday."
	for _, cl := range buildText(t, "en", "2023-07-19", text).Claims {
		if cl.Subject == "MW" {
			t.Errorf("%v is MW's", cl.Value)
		}
	}
}

// TestJoinWords: a label's words keep a possessive and punctuation against
// the word before them.
func TestJoinWords(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"a contractor", "'s compromised password", "a contractor's compromised password"},
		{"Zorgon", "cut 300 jobs", "Zorgon cut 300 jobs"},
		{"Zorgon", ", the carmaker, said", "Zorgon, the carmaker, said"},
	} {
		if got := joinWords(c.a, c.b); got != c.want {
			t.Errorf("joinWords(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
