package model

import (
	"strings"
	"testing"
	"time"
)

// A dateline that gives its day after the place ("OSLO, March 11, 2025
// (Reuters) -") dates the story: its "on Tuesday" is that week's, and a
// target year further on ("by 2030") does not push it into the future. A
// yearless dateline takes the year the text names up to now.
func TestDatelineDayAfterThePlace(t *testing.T) {
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		name, lang, text string
		value            float64
		want             string
	}{
		{"year given", "en", "Zorgon sales rise\n\nBy Jane Roe\n\nOSLO, March 11, 2025 (Reuters) - Zorgon sold 300 cars on Tuesday, the company said.\n\nSales will reach 500 cars by 2030.\n", 300, "2025-03-11"},
		{"no year, a target's year", "en", "Zorgon sales rise\n\nBy Jane Roe\n\nOSLO, March 12 (Reuters) - Zorgon sold 300 cars on Tuesday, the company said.\n\nSales will reach 500 cars by 2030, it said.\n", 300, "2024-03-12"},
		{"no year, a past year", "en", "Zorgon sales rise\n\nBy Jane Roe\n\nOSLO, March 12 (Reuters) - Zorgon sold 300 cars on Tuesday, the company said.\n\nIt had sold 200 cars by March 2024.\n", 300, "2024-03-12"},
		{"no year, a whole year gone by", "en", "Zorgon sales rise\n\nBy Jane Roe\n\nOSLO, March 12 (Reuters) - Zorgon sold 300 cars on Tuesday, the company said.\n\nIt sold 200 cars in 2024.\n", 300, "2025-03-11"},
		{"no year, the lead's weekday", "en", "Blackout in Portugal\n\nBy Jane Roe\n\nLISBON, Feb 18 (Reuters) - A failure left 2,300 homes without power on Tuesday, the operator said.\n\nIt had invested 310 million euros in 2024.\n", 2300, "2025-02-18"},
		{"no year named at all", "en", "Drug trial succeeds\n\nBy Jane Roe\n\nLONDON, May 20 (Reuters) - Halvorsen Pharma said on Monday its drug cut deaths among 6,240 patients.\n", 6240, "2024-05-20"},
		{"a past year only", "en", "Volcano erupts\n\nBy Jane Roe\n\nJAKARTA, Nov 12 (Reuters) - Mount Kerinjang erupted on Tuesday, forcing 12,400 people from their homes.\n\nIts last major eruption was in 2010.\n", 12400, "2024-11-12"},
		{"two weekdays in the lead", "en", "Turnout falls\n\nBy Jane Roe\n\nMAGDEBURG, Germany, Sept 8 (AP) — Turnout in Sunday's regional election fell to 54.3%, according to preliminary results released on Monday.\n\nIt was 60.3% at the last election in 2021, and the lowest was in 2006. Sunday's vote was calm.\n", 54.3, "2025-09-07"},
		{"only years long gone", "fr", "Marée noire en Bretagne\n\nPar Jean Dupont\n\nBREST, 19 février (AFP) - Près de 180 kilomètres de côtes sont souillés, a annoncé lundi la préfecture maritime, qui compte 46 communes touchées.\n\nLe naufrage de l'Erika, en 1999, avait souillé 400 km de côtes.\n", 46, "2024-02-19"},
		{"French", "fr", "Zorgon vend plus\n\nPar Jean Dupont\n\nRennes, 11 mars 2025 (AFP) – Zorgon a vendu 300 voitures lundi, a indiqué l'entreprise.\n", 300, "2025-03-10"},
		{"French, as of the day", "fr", "Zorgon vend plus\n\nPar Jean Dupont\n\nRennes, 11 mars 2025 (AFP) – Zorgon a vendu 300 voitures lundi.\n\nLe groupe emploie 1 200 salariés en Bretagne. Il vise 1 500 salariés en 2027.\n", 1200, "2025-03-11"},
	}
	for _, c := range cases {
		a, err := ParseArticle("x.txt", []byte(c.text), false)
		if err != nil {
			t.Fatal(err)
		}
		tl := Build(&Set{Name: "x", Articles: []*Article{a}})
		got := figuresOf(tl, c.value)
		if len(got) == 0 {
			t.Errorf("%s: no claim of %v", c.name, c.value)
			continue
		}
		if d := got[0].Date.String(); d != c.want {
			t.Errorf("%s: %v dated %s, want %s", c.name, c.value, d, c.want)
		}
	}
}

// A range written with a dash, its currency sign before the lower end and
// its scale after the upper one ("$240-260 million"), is one claim with
// both ends in that currency and scale.
func TestDashRangeSharesSignAndScale(t *testing.T) {
	cases := []struct {
		name, text string
		low, high  float64
		unit       string
	}{
		{"hyphen", "Analysts at Brandt put Zorgon's sales at $240-260 million this year.", 240e6, 260e6, "$"},
		{"en dash", "Analysts at Brandt put Zorgon's sales at $240–260 million in 2027.", 240e6, 260e6, "$"},
		{"glued scale", "Zorgon expects a charge of €1.2-1.5bn this year.", 1.2e9, 1.5e9, "€"},
	}
	for _, c := range cases {
		tl := buildText(t, "en", "2026-03-02", "Zorgon outlook\n\n"+c.text)
		got := figuresOf(tl, c.high)
		if len(got) != 1 {
			t.Errorf("%s: %d claims of %v, want 1", c.name, len(got), c.high)
			continue
		}
		if got[0].Low != c.low || got[0].Unit != c.unit {
			t.Errorf("%s: low %v unit %q, want %v %q", c.name, got[0].Low, got[0].Unit, c.low, c.unit)
		}
		if n := len(figuresOf(tl, 240)) + len(figuresOf(tl, 1.2)); n > 0 {
			t.Errorf("%s: the lower end is a claim of its own", c.name)
		}
	}
}

// A body whose papers a figure is cited from, named before them, is its
// source: "according to Egyptian government figures", "an army
// statement", "central bank data", "interior ministry figures".
func TestBodyDocumentIsTheSource(t *testing.T) {
	runSaidByCases(t, "2025-05-20", []saidByCase{
		{"en", "Suez Canal revenues fell to $4 billion in 2024, according to Egyptian government figures.", 4e9, "Egyptian government"},
		{"en", "The army deployed 350 soldiers to the area on Tuesday, according to an army statement.", 350, "army"},
		{"en", "Public debt rose to 55.4% of GDP at the end of May, according to central bank data.", 55.4, "central bank"},
		{"en", "Italy received 66,300 sea arrivals in 2024, according to interior ministry figures.", 66300, "interior ministry"},
	})
}

// A company that says "it" will do something speaks of itself: its name is
// no person's, so the article's figures of its books are its own; and a
// bare measure of its books, in a place or of all its markets ("Global
// revenue", "Total revenue in China"), is still the company's, not the
// world's or the place's (but "sales of new-energy vehicles in China" are
// the market's).
func TestCompanyBooksInAPlace(t *testing.T) {
	lead := "Brewhouse Coffee to open 450 stores\n\nBy Jane Roe\n\nSHANGHAI, Feb 11, 2025 (Reuters) - Brewhouse Coffee said on Tuesday it would open 450 new stores in China this year.\n\n"
	runSubjectCases(t, []subjectCase{
		{"global revenue", "en", "2025-02-11", lead + "Global revenue rose 2% to $9.4 billion in the quarter.", 9.4e9, "Brewhouse Coffee", "Global revenue"},
		{"revenue in a place", "en", "2025-02-11", lead + "Total revenue in China rose 4% to $812 million in the quarter.", 812e6, "Brewhouse Coffee", "China"},
		{"a market in a place", "en", "2025-02-11", lead + "Overall sales of new-energy vehicles in China rose 11% in October to 1.28 million units, the association said.", 1.28e6, "China", "Brewhouse Coffee"},
	})
}

// A firm that watches others ("consultancy GrainScope", "analysts at
// Brandt", «le cabinet Vélomètre», "A rival modeller, Northwind Risk,")
// says the figures it puts on what the article is about; they are not its
// own, and it is not what the article is about.
func TestWatchersFiguresAreOfWhatTheyWatch(t *testing.T) {
	crop := "Australia's wheat harvest set to shrink\n\nBy Jane Roe\n\nSYDNEY, Oct 8, 2025 (Reuters) - Australia's wheat harvest will shrink this year after a dry winter, forecasters said on Wednesday.\n\n"
	drug := "Pellion's new drug wins approval\n\nBy Jane Roe\n\nNEW YORK, Oct 8, 2025 (Reuters) - Pellion said on Wednesday its new drug had won approval.\n\n"
	cases := []struct {
		name, text      string
		value           float64
		subject, saidBy string
		unsure          bool
	}{
		{"consultancy's forecast of a country's crop", crop + "Consultancy GrainScope said it expected a harvest of 30.8 million tonnes, down from 33.1 million tonnes last year.", 30.8e6, "Australia", "GrainScope", false},
		{"analysts' estimate of a company's sales", drug + "Analysts at Brandt put first-year sales at $240-260 million.", 260e6, "Pellion", "Brandt", false},
		{"a tracker's count of a company's units", drug + "Data firm PlayMetrics estimated that Pellion sold 3.8 million doses in its first month.", 3.8e6, "Pellion", "PlayMetrics", false},
	}
	for _, c := range cases {
		cl, ok := figureOf(t, "en", "2025-10-08", c.text, c.value)
		if !ok {
			t.Errorf("%s: no claim of %v", c.name, c.value)
			continue
		}
		if cl.Subject != c.subject || cl.SaidBy != c.saidBy || cl.Unsure != c.unsure {
			t.Errorf("%s: %q said by %q (unsure %v), want %q said by %q (unsure %v)", c.name, cl.Subject, cl.SaidBy, cl.Unsure, c.subject, c.saidBy, c.unsure)
		}
	}
}

// «contre» before a noun is what something is against, not a base the
// figure is set against: the date after it is the figure's («L'Anssi a
// recensé 31 attaques contre des hôpitaux en 2024»), while «contre 10 en
// 2022» still dates the base.
func TestAgainstANounIsNoBase(t *testing.T) {
	runDateCases(t, []dateCase{
		{"against a noun", "fr", "2025-02-06", "L'Anssi a recensé 31 attaques par rançongiciel contre des hôpitaux français en 2024, contre 10 en 2022.", 31, "2024"},
	})
}

// A call for a stoppage on a weekday, and an office taken on one, told in
// the present, look ahead: «Le syndicat appelle à un débrayage vendredi»
// is the coming Friday, "Okafor takes office on Tuesday" the coming
// Tuesday.
func TestCallsAndOfficesLookAhead(t *testing.T) {
	cases := []struct {
		lang, text, verb, want string
	}{
		{"fr", "Grève\n\nPar Jean Dupont\n\nSochaux, 15 octobre 2025 (AFP) – La direction a confirmé mercredi le plan. Le syndicat appelle à un débrayage vendredi.\n", "appellent", "2025-10-17"},
		{"en", "Green wins\n\nBy Jane Roe\n\nLONDON, May 3, 2024 (PA) - Grace Okafor won the mayoral election on Friday. Okafor takes office on Tuesday.\n", "takes", "2024-05-07"},
	}
	for _, c := range cases {
		a, err := ParseArticle("x.txt", []byte(c.text), false)
		if err != nil {
			t.Fatal(err)
		}
		tl := Build(&Set{Name: "x", Articles: []*Article{a}})
		found := false
		for _, cl := range tl.Claims {
			if !cl.HasValue && strings.Contains(cl.Quote, "vendredi") || !cl.HasValue && strings.Contains(cl.Quote, "takes office") {
				found = true
				if got := cl.Date.String(); got != c.want {
					t.Errorf("%q: dated %s, want %s", cl.Quote, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no event of the sentence with %q", c.lang, c.verb)
		}
	}
}

// «la direction du site», «de l'usine» are the company's managers there;
// with no company named, the words themselves say who speaks.
func TestManagersOfASite(t *testing.T) {
	runSaidByCases(t, "2025-01-18", []saidByCase{
		{"fr", "Une panne a eu lieu.\n\nLa cadence passera à 1 000 véhicules par jour, a précisé la direction du site.", 1000, "la direction du site"},
		{"fr", "Une panne a eu lieu.\n\nLa cadence passera à 1 100 véhicules par jour, a précisé la direction.", 1100, "la direction"},
	})
	cl, ok := figureOf(t, "fr", "2025-01-18", "Stellantis réduit la cadence à Sochaux\n\nStellantis va réduire la production à Sochaux. La cadence passera à 1 000 véhicules par jour, a précisé la direction de l'usine.", 1000)
	if ok && cl.SaidBy != "Stellantis" {
		t.Errorf("said by %q, want Stellantis", cl.SaidBy)
	}
}

// «X % de N en moins» is a fall, «en plus» a rise, whatever verb states
// the figure.
func TestLessOrMoreAfterAShare(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		unit  string
	}{
		{"Annick Rouxel dit avoir vendu 30 % de bouteilles en moins que l'an passé.", 30, "−%"},
		{"Le groupe Zorgon a vendu 20 % de voitures en plus en 2024.", 20, "+%"},
	} {
		if cl, ok := figureOf(t, "fr", "2025-03-11", "Zorgon\n\n"+c.text, c.value); ok && cl.Unit != c.unit {
			t.Errorf("%q: unit %q, want %q", c.text, cl.Unit, c.unit)
		}
	}
}

// A name's apposition with a possessive of a name of two words ("Karoo
// Ridge Gold, South Africa's fourth-largest gold producer, said") leaves
// the name as the one who speaks.
func TestPossessiveOfATwoWordName(t *testing.T) {
	runSaidByCases(t, "2025-10-21", []saidByCase{
		{"en", "Karoo Ridge Gold, South Africa's fourth-largest gold producer, said on Tuesday its third-quarter output fell 11% to 186,000 ounces.", 186000, "Karoo Ridge Gold"},
	})
}
