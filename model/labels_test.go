package model

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

func TestLocalizeFrench(t *testing.T) {
	tl := defaultTimeline(t)
	tl.Localize("fr")
	want := map[string]string{
		"2013":       "Fondation de Telegram",
		"2014":       "WhatsApp racheté par Facebook",
		"2021-08":    "Telegram dépasse 1 milliard de téléchargements",
		"2021-10":    "En octobre 2021, Telegram compte 500 millions d'utilisateurs actifs",
		"2021-10-05": "Pavel Durov annonce : Telegram gagne plus de 70 millions de nouveaux utilisateurs",
	}
	got := map[string][]string{} // the labels of each date's events
	var summaries []string
	for _, e := range tl.Events {
		got[e.Date.String()] = append(got[e.Date.String()], e.Label)
		for _, c := range e.Conflicts {
			summaries = append(summaries, c.Summary)
		}
	}
	for date, label := range want {
		if !slices.Contains(got[date], label) {
			t.Errorf("%s: got %q, want %q among them", date, got[date], label)
		}
	}
	all := strings.Join(summaries, "\n")
	for _, s := range []string{"Chiffres différents mais compatibles : 500 millions (2 articles) et plus de 200 millions (1 article).",
		"attribués à Pavel Durov par 5 articles et à Nikolaï Dourov par 1 article."} {
		if !strings.Contains(all, s) {
			t.Errorf("summaries %q lack %q", all, s)
		}
	}
	// Back to English.
	tl.Localize("en")
	announced := false
	for _, e := range tl.Events {
		announced = announced || strings.HasPrefix(e.Label, "Pavel Durov announces:")
	}
	if !announced {
		t.Errorf("English again: no event reads \"Pavel Durov announces: …\"")
	}
}

func TestFormatValueIn(t *testing.T) {
	tests := []struct {
		v       float64
		ordinal bool
		want    string
	}{
		{70e6, false, "70 millions"}, {1e9, false, "1 milliard"}, {1.5e9, false, "1,5 milliard"}, {16000, false, "16\u202f000"},
		{5, true, "5e"}, {1, true, "1re"}, {0.5, false, "0,5"},
	}
	for _, tt := range tests {
		if got := FormatValueIn(tt.v, tt.ordinal, "fr"); got != tt.want {
			t.Errorf("FormatValueIn(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestWithoutSubject(t *testing.T) {
	for _, c := range []struct{ subject, what, want string }{
		{"Mac sales", "sales", ""},
		{"iTunes", "iTunes", ""},
		{"Apple", "Apple's bumpers", "bumpers"},
		{"Apple", "apple shares", "shares"},
		{"Égypte", "egypte voix", "egypte voix"},
		{"Telegram", "new users", "new users"},
		{"", "users", "users"},
		{"Le tribunal", "tribunal a condamné Zorgon", "a condamné Zorgon"},
		{"L'usine", "usine a produit", "a produit"},
		{"The court", "court fined Zorgon", "fined Zorgon"},
		{"Le Monde", "monde entier", "monde entier"},
		{"France", "déficit public de la France", "déficit public"},
		{"Zorgon", "revenue of Zorgon", "revenue"},
		{"France", "France", ""},
		{"Kindle", "new Kindle", ""},
		{"Kindle", "the new Kindle", ""},
		{"Kindle", "sales of the new Kindle", "sales of the new Kindle"},
	} {
		if got := withoutSubject(c.subject, c.what); got != c.want {
			t.Errorf("withoutSubject(%q, %q) = %q, want %q", c.subject, c.what, got, c.want)
		}
	}
}

// Every kind of context event has a noun for the reason a person reads.
func TestEventNounsCoverKinds(t *testing.T) {
	for kind := range eventTitles {
		if eventNouns[kind] == "" {
			t.Errorf("no noun for the event kind %q", kind)
		}
	}
}

// A bound the figure may equal reads "at least", one it exceeds "more
// than": a label never says more than its passage.
func TestInclusiveBoundLabels(t *testing.T) {
	for _, c := range []struct {
		lang, text, en, fr string
	}{
		{"fr", "au moins quinze", "at least 15", "au moins 15"},
		{"en", "at least 500", "at least 500", "au moins 500"},
		{"fr", "plus de 70 millions", "more than 70 million", "plus de 70 millions"},
		{"en", "more than 3 billion", "more than 3 billion", "plus de 3 milliards"},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		ns := quantity.AppendNumbers(nil, c.text, toks, c.lang)
		if len(ns) == 0 {
			t.Fatalf("%q: no figure", c.text)
		}
		cl := Claim{Metric: MetricOther, HasValue: true, Value: ns[0].Value, Qualifier: ns[0].Qualifier, ValueText: ns[0].Text, Subject: "X"}
		if got := figureLabelIn(&cl, "en"); !strings.Contains(got, c.en) {
			t.Errorf("%q: en label %q lacks %q", c.text, got, c.en)
		}
		if got := figureLabelIn(&cl, "fr"); !strings.Contains(got, c.fr) {
			t.Errorf("%q: fr label %q lacks %q", c.text, got, c.fr)
		}
	}
}

// A statement's words that open with its speaker's name are its label
// whole: "Jobs announced the release of iLife '11…", not "Steve Jobs: Jobs
// announced…"; a quote keeps its speaker before it.
func TestStatementLabelNamesItsSpeakerOnce(t *testing.T) {
	for _, c := range []struct {
		excerpt, speaker string
		want             bool
	}{
		{"Jobs announced the release of iLife '11…", "Steve Jobs", true},
		{"Steve Jobs said that sales rose", "Steve Jobs", true},
		{"“We think it's the future of notebooks”", "Steve Jobs", false},
		{"the company said that sales rose", "Steve Jobs", false},
		{"Li said that sales rose", "Wei Li", false}, // (too short a surname to tell)
		{"Le Pen said that the party would win", "Marine Le Pen", true},
	} {
		if got := namesSpeaker(c.excerpt, c.speaker); got != c.want {
			t.Errorf("namesSpeaker(%q, %q) = %v, want %v", c.excerpt, c.speaker, got, c.want)
		}
	}
	c := Claim{Metric: MetricEvent, What: "statement", SaidBy: "Steve Jobs", excerpt: "Jobs announced the release of iLife '11…"}
	if got := labelIn(&c, "en"); got != "Jobs announced the release of iLife '11…" {
		t.Errorf("label %q", got)
	}
}

// An event's label opens with a capital, and after "As of <month>," its
// lead's article stays small.
func TestEventLabelCapitals(t *testing.T) {
	lead := &Claim{HasValue: true, Value: 7.5, Metric: MetricOther, Measure: "magnitude", What: "magnitude", Subject: "the earthquake", Date: Day(2024, 1, 1)}
	if got := eventLabelIn(&Event{lead: lead, Date: lead.Date}, "en"); !strings.HasPrefix(got, "The earthquake") {
		t.Errorf("label %q, want it to open with a capital", got)
	}
	if got := eventLabelIn(&Event{lead: lead, Date: MonthOf(2024, time.January), asOf: true}, "en"); !strings.HasPrefix(got, "As of January 2024, the earthquake") {
		t.Errorf("label %q, want the article small after the date", got)
	}
}

// A figure labelled in its article's own words is framed in the article's
// language, whatever language the labels are localized to; the templates
// of the well-known measures follow the interface.
func TestFigureLabelsInTheirSourceLanguage(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string // in the label localized to English and to French
	}{
		{"fr", "Un séisme a frappé la région dimanche, faisant plus de 200 morts.", 200, "plus de 200 morts"},
		{"fr", "Zorgon a réalisé un chiffre d'affaires de 2,5 milliards d'euros en 2023.", 2.5e9, "2,5 milliards €"},
		{"en", "Zorgon's revenue was 2.5 billion euros in 2023.", 2.5e9, "€2.5 billion"},
	} {
		for _, ui := range []string{"", "en", "fr"} { // ("": as Build writes them)
			tl := buildText(t, c.lang, "2024-01-15", c.text)
			if ui != "" {
				tl.Localize(ui)
			}
			found := false
			for _, cl := range tl.Claims {
				if cl.HasValue && cl.Value == c.value {
					found = true
					if !strings.Contains(cl.Label, c.want) {
						t.Errorf("%q in %s: label %q lacks %q", c.text, ui, cl.Label, c.want)
					}
				}
			}
			if !found {
				t.Errorf("%q: %v not read", c.text, c.value)
			}
		}
	}
}

// The measure of a figure whose clause opens its sentence is written in
// lower case when it is a common noun ("Revenue grew 14%"), never when it
// is a name ("Mac OS X Lion will cost", "WhatsApp").
func TestLowerInitial(t *testing.T) {
	for _, c := range []struct{ text, what, want string }{
		{"Revenue grew 14% in May.", "Revenue", "revenue"},
		{"Revenue grew 14% in May.", "Revenue grew", "revenue grew"},
		{"Mac OS X Lion will cost US$29.", "Mac OS X Lion will cost", "Mac OS X Lion will cost"},
		{"WhatsApp users sent 10 billion messages.", "WhatsApp users", "WhatsApp users"},
		{"In May, revenue grew 14%.", "Revenue", "Revenue"},
		{"Zorgon's board approved a $10 billion share buyback.", "Zorgon's board approved", "Zorgon's board approved"},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		if got := lowerInitial(c.what, toks, c.text); got != c.want {
			t.Errorf("lowerInitial(%q) in %q = %q, want %q", c.what, c.text, got, c.want)
		}
	}
}

// Every claim on the timeline names its subject; a figure kept off the
// timeline is not put back on it as what a statement announced.
func TestTimelineClaimsHaveSubjects(t *testing.T) {
	for _, c := range []struct{ lang, date, text string }{
		{"en", "2024-03-15", "Professor Anna Zorgford said on Tuesday her team had discovered a new antibiotic that kills 99% of resistant bacteria."},
		{"en", "2024-04-25", "Governor Kathy Zorgul said on Tuesday that 1,200 homes had been destroyed by the fire."},
		{"fr", "2024-04-25", "Le ministre de l'Intérieur Gérald Zorgin a annoncé mardi que 45 000 policiers seraient mobilisés."},
	} {
		statement := false
		for _, cl := range buildText(t, c.lang, c.date, c.text).Claims {
			if !cl.Unsure && cl.Subject == "" {
				t.Errorf("%q: claim %q on the timeline without a subject", c.text, cl.Label)
			}
			statement = statement || cl.What == "statement" && !cl.Unsure && cl.SaidBy != "" && !strings.Contains(cl.Label, "announces")
		}
		if !statement {
			t.Errorf("%q: no statement in the article's words on the timeline", c.text)
		}
	}
}

// A figure's label says what it measures: the noun it counts, or that it is
// a price, never the subject and the amount alone; an event's label leaves
// out the date its verb is read with.
func TestLabelsSayWhat(t *testing.T) {
	for _, c := range []struct {
		text  string
		value float64
		label string
	}{
		{"The Zorg Senate voted 68-32 on Tuesday to pass the $95 billion aid package.", 95e9, "Zorg Senate aid package: $95 billion"},
		{"Zorgsoft agreed on Friday to buy Globex for $68.7 billion.", 68.7e9, "Zorgsoft price: $68.7 billion"},
		{"The Zorg Senate voted 68-32 on Tuesday to pass the $95 billion aid package.", 0, "Zorg Senate voted 68-32 (68 votes for)"},
		// a verb's particle is its meaning
		{"Zorgair CEO Dave Zorg will step down at the end of 2024.", 0, "Dave Zorg will step down"},
		{"Zorgon took over on Friday.", 0, "Zorgon took over"},
	} {
		found := false
		var got []string
		for _, cl := range buildText(t, "en", "2024-03-15", c.text).Claims {
			got = append(got, cl.Label)
			found = found || cl.Label == c.label && (c.value == 0 || cl.Value == c.value)
		}
		if !found {
			t.Errorf("%q: no label %q (labels %q)", c.text, c.label, got)
		}
	}
}

// A reading on a scale is labelled with its scale first, in both languages.
func TestScaleLabels(t *testing.T) {
	for _, c := range []struct{ lang, text, label string }{
		{"fr", "Un séisme de magnitude 6,8 a frappé le Zorgland vendredi soir.", "Un séisme : magnitude 6,8"},
		{"en", "A magnitude 7.5 earthquake struck Zorgland on Monday.", "The earthquake: magnitude 7.5"},
	} {
		var got []string
		for _, cl := range buildText(t, c.lang, "2024-03-15", c.text).Claims {
			got = append(got, cl.Label)
		}
		if !slices.Contains(got, c.label) {
			t.Errorf("%q: labels %q, want %q", c.text, got, c.label)
		}
	}
}

// A measure is read back in the article's words, accents and all.
func TestMeasureWords(t *testing.T) {
	for _, c := range []struct{ measure, what, lang, want, quote string }{
		{"colloque intitule", "6e", "fr", "colloque intitulé", "Le sixième colloque intitulé « Wikipédia » a eu lieu."},
		{"part valeur mesuree (%)", "", "fr", "part de la valeur mesurée (%)", "Une part de la valeur mesurée…"},
		{"personne tue", "personnes tuées", "fr", "personnes tuées", ""},
		{"poste, attendu", "postes (attendu)", "fr", "postes, attendu", ""},
		{"revenue ($), expected", "revenue (expected)", "en", "revenue ($), expected", ""},
		{"cran", "crans", "fr", "crans", ""},
		{"emploi menaces", "Emplois menacés", "fr", "emplois menacés", ""},
		{"emploi menaces", "nombre d'emplois menacés", "fr", "emplois menacés", ""},
		{"emploi", "nombre d’emplois", "fr", "emplois", ""},
		{"impot ($)", "impôts", "fr", "impôts ($)", ""},
		{"revenue", "quarterly revenue", "en", "revenue", ""},
		{"price", "", "en", "price", ""},
		{"job", "iPhone sales", "en", "job", "Zorgon sold 3 million iPhones."},
	} {
		cl := &Claim{Measure: c.measure, What: c.what, srcLang: c.lang, Quote: c.quote}
		if got := MeasureWords(cl); got != c.want {
			t.Errorf("MeasureWords(%q, %q) = %q, want %q", c.measure, c.what, got, c.want)
		}
	}
}

// What a change measures is never the words of the verb before it.
func TestChangeOfWhat(t *testing.T) {
	tl := buildText(t, "fr", "2024-03-15", "Le gouvernement de Zorgonie a annoncé lundi une baisse de 5 % des tarifs de l'électricité.")
	got := figuresOf(tl, 5)
	if len(got) == 0 {
		t.Fatal("no figure 5")
	}
	if strings.Contains(got[0].Label, "annoncé") || strings.Contains(got[0].What, "une") {
		t.Errorf("label %q, what %q: the verb's words, not what changed", got[0].Label, got[0].What)
	}
}

// An English compound is what its figure measures, whole ("unemployment
// rate", not "rate").
func TestCompoundWhat(t *testing.T) {
	got := figuresOf(buildText(t, "en", "2024-03-15", "The unemployment rate in Zorgland rose to 4.1% in February, the Labor Department said on Friday."), 4.1)
	if len(got) == 0 {
		t.Fatal("no figure 4.1")
	}
	if got[0].What != "unemployment rate" || got[0].Label != "Zorgland unemployment rate: 4.1%" {
		t.Errorf("what %q, label %q; want the compound whole", got[0].What, got[0].Label)
	}
}

// A figure no entity is named for is labelled by its words, not by the
// verb phrase its subject would open: «45 000 visiteurs», not «A accueilli
// 45 000 visiteurs».
func TestNoSubjectNoVerbPhraseLabel(t *testing.T) {
	for _, cl := range buildText(t, "fr", "2019-01-04", "Le musée a accueilli 45 000 visiteurs mardi.").Claims {
		if cl.HasValue && cl.Subject == "" && strings.HasPrefix(strings.ToLower(cl.Label), "a ") {
			t.Errorf("label %q opens on the auxiliary of a subject left out", cl.Label)
		}
	}
}
