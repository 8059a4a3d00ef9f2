package model

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/lexis"
)

// TestFieldSpan checks fieldSpan against strings.Fields, the split it stands for.
func TestFieldSpan(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "  a  ", "Jean Dupont", "Nikolaï\u00a0Dourov", "a\tb\nc", "x\u0085y", "\xffa b\xfe",
		"Banque  de   France ", "\u2003lead\u3000trail\u2003", "é",
	} {
		f := strings.Fields(s)
		first, last, n := fieldSpan(s)
		var wantFirst, wantLast string
		if len(f) > 0 {
			wantFirst, wantLast = f[0], f[len(f)-1]
		}
		if first != wantFirst || last != wantLast || n != len(f) {
			t.Errorf("fieldSpan(%q) = %q, %q, %d; want %q, %q, %d", s, first, last, n, wantFirst, wantLast, len(f))
		}
	}
}

// A word that opens a sentence before its clause ("Lors de", "Despite",
// "Vers") is never a claim's subject.
func TestOpeningWordsAreNoSubjects(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Lors de la première période, il augmente les impôts de près de 2 000 dollars."},
		{"fr", "Vers 2 milliards d'utilisateurs, selon les prévisions."},
		{"en", "Despite the strike, Zorgon sales rose 5% in May."},
		{"en", "Following the merger, 300 jobs were cut."},
		{"fr", "Le Zorgistan sera à l'honneur ce soir. Tard en soirée. Elle sera face à 104 drapeaux hissés au centre."},
		{"fr", "Le spectacle commence ce soir. Puis. Elle sera face à 104 drapeaux hissés au centre."},
		// a common noun qualifying the plural a preposition completes
		{"en", "Passenger numbers at Zorgham Airport reached a record 4.6 million in October. A new terminal, which will cost 350 million pounds, will open in 2026."},
		{"en", "House prices in the capital fell 0.8% in April. Mortgage approvals rose to 61,300 in April."},
		// a word the dictionary reads only as a preposition or an adverb
		{"en", "Up to 250 millimetres of rain fell on Tuesday in the region."},
	} {
		for _, cl := range buildText(t, c.lang, "2012-09-04", c.text).Claims {
			if f := strings.Fields(cl.Subject); len(f) == 1 && lexis.InSet(lexis.Fold(f[0]), "lors", "vers", "despite", "following", "tard", "puis", "passenger", "house", "up") ||
				len(f) > 1 && lexis.InSet(lexis.Fold(f[0]), "lors", "vers", "despite", "following", "tard", "puis", "up") {
				// ("House prices in the capital" is the thing the clause's
				// subject names, whole)
				t.Errorf("%q: subject %q", c.text, cl.Subject)
			}
		}
	}
}

// kindsOf reads text as a one-article set and returns its registry, each
// name's kind decided.
func kindsOf(t *testing.T, lang, text string) *registry {
	t.Helper()
	a, err := ParseArticle("x.txt", []byte("title: Test\ndate: 2024-04-20\nlang: "+lang+"\n\n"+text+"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	ws := workspace{ctx: context.Background()}
	x := analyse(a, 0, &ws)
	reg := newRegistry()
	x.reresolve(a.Published)
	x.register(reg)
	reg.classify()
	return reg
}

// TestEntityKinds checks the kinds names are given from the words around
// them in news of any topic: people by their given names and surnames,
// organisations by the words that head their names, places by the
// gazetteer, even where a person's cue stands near.
func TestEntityKinds(t *testing.T) {
	for _, c := range []struct {
		lang, text, name, kind string // kind "!K": any kind but K
	}{
		// A city a person's cue marks once among its mentions.
		{"en", "Crowds in San Francisco queued. At the keynote in San Francisco, chief executive Anna Zorg unveiled the Z-Pad. Shops in San Francisco sold out.", "san francisco", "!" + KindPerson},
		{"en", "Anna Zorg unveiled the Z-Pad. Chief executive Anna Zorg said sales rose.", "anna zorg", KindPerson},
		// Given names beyond Moby's list; the surname alone after them.
		{"en", "Donald Trump has appealed the ruling. Elon Musk bought Twitter.", "donald trump", KindPerson},
		{"en", "Donald Trump has appealed the ruling. Elon Musk bought Twitter.", "elon musk", KindPerson},
		{"en", "Executive chairman Bill Zorg told staff on Monday. Zorg sold 2 million cars.", "zorg", KindOrg},
		{"en", "Henry Zorg founded the firm. Zorg said, on Monday, it would hire.", "zorg", KindPerson},
		// A role an apposition's possessive puts further: a person even of
		// two given names; not an organisation whose officer it names.
		{"en", "Sarah Smith, the company's chief executive, told staff on Monday that sales rose 5%.", "sarah smith", KindPerson},
		{"en", "Zorgon, the firm whose chief executive resigned, told staff on Monday that sales rose 5%.", "zorgon", KindOrg},
		// A given name, a surname's particle and the surname.
		{"fr", "Les skippers sont partis ; Bertrand de Zorgbroc est lui obligé de rentrer au port.", "bertrand de zorgbroc", KindPerson},
		{"fr", "La Banque de Zorgland a relevé ses taux.", "banque de zorgland", "!" + KindPerson},
		// Countries in several words whose first word is no place's.
		{"en", "Of the vehicles, about 368,000 are in the United States. Zorgon said sales in the United Kingdom rose.", "united states", KindPlace},
		{"en", "Of the vehicles, about 368,000 are in the United States. Zorgon said sales in the United Kingdom rose.", "united kingdom", KindPlace},
		// A name beside a noun of a kind of place is the place's.
		{"en", "A rebel group released 19 hostages on Thursday in the jungle of Zorgino province.", "zorgino", KindPlace},
		{"fr", "Les secours sont arrivés dans la province de Zorgino mardi.", "zorgino", KindPlace},
		// Organisations a speech verb follows.
		{"en", "The economy grew 1.6%, the Commerce Department said on Thursday.", "commerce department", KindOrg},
		{"en", "Zorg Platforms reported revenue of $36.5 billion.", "zorg platforms", KindOrg},
		{"en", "Air Zorgland said it would buy ten planes. Air Canada said it would buy 20 planes.", "air canada", KindOrg},
		// nor when the country ends a hyphenated name
		{"fr", "Météo-France, qui a placé le département en vigilance rouge, prévoit encore 200 millimètres de pluie.", "meteo france", KindOrg},
		{"fr", "Zorg-France a annoncé 300 suppressions de postes.", "zorg france", KindOrg},
		// A popular given name that is a common word or a brand's first
		// word is not one: "Apple Watch".
		{"en", "Apple Watch sales rose 5% on Monday. Apple Watch said it would grow.", "apple vatch", "!" + KindPerson},
		// A place's name in two gazetteer words.
		{"en", "A judge in New York ordered the firm to pay.", "nev iork", KindPlace},
		{"en", "Shares in Hong Kong fell 2%.", "hong kong", KindPlace},
	} {
		reg := kindsOf(t, c.lang, c.text)
		got := reg.kind(c.name)
		if not, ok := strings.CutPrefix(c.kind, "!"); ok && got == not || !ok && got != c.kind {
			t.Errorf("%q: %q is a %q, want a %q", c.text, c.name, got, c.kind)
		}
	}
}

// A French name goes on in lower case ("Pôle emploi", "le Rassemblement
// national"), but a nationality before "national" is no name of a body.
func TestFrenchNameTails(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"fr", "Le Zorgement national a obtenu 31,4 % des voix dimanche.", "Zorgement national"},
		{"fr", "Pôle emploi recensait fin septembre 3,1 millions de demandeurs d'emploi.", "Pôle emploi"},
		{"en", "A French national was arrested on Monday in Kabul.", "A French national"},
	} {
		tl := buildText(t, c.lang, "2012-06-05", c.text)
		found := false
		for _, cl := range tl.Claims {
			found = found || cl.Subject == c.subject
			if cl.Subject == "French national" {
				t.Errorf("%q: subject %q", c.text, cl.Subject)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %q", c.text, c.subject)
		}
	}
}

// A title before a person's name is not part of it, even when its office is
// written in capitals: "Foreign Minister Sergei Lavrov", "le ministre de
// l'Intérieur Manuel Valls". A name with a given name inside that no title
// opens stays whole.
func TestTitledPerson(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "Foreign Minister Sergei Zorgov said on Monday that talks would continue.", "Sergei Zorgov"},
		{"en", "Secretary of State Hillary Zorgton arrived in Cairo on Tuesday.", "Hillary Zorgton"},
		{"en", "Treasury Secretary Timothy Zorgner met Chinese officials on Monday.", "Timothy Zorgner"},
		{"fr", "Le ministre de l'Intérieur Manuel Zorgs a présenté mardi son bilan.", "Manuel Zorgs"},
		{"fr", "Le président du Sénat Jean-Pierre Zorg a annoncé mardi sa décision.", "Jean-Pierre Zorg"},
		{"fr", "L'Hôpital Georges Zorgidou a fermé mardi ses urgences.", "Hôpital Georges Zorgidou"},
		{"fr", "Le directeur de l'Institut Gustave Zorgy a annoncé mardi 200 embauches.", "Institut Gustave Zorgy"},
		// a name ending in 's before a verb is no possessive
		{"fr", "Zorgy's a dégradé lundi la note de 28 banques espagnoles.", "Zorgy's"},
		{"fr", "Zorgy's dégrade 28 banques espagnoles, selon un communiqué publié lundi.", "Zorgy's"},
		{"en", "Zorgy's downgraded 28 Spanish banks on Monday.", "Zorgy's"},
		{"en", "Zorgon's shares rose 5% on Monday.", "Zorgon"},
		// the organisation before the title is a name of its own
		{"en", "Zorgair CEO Dave Calhoun will step down at the end of 2024, the company said on Monday. The company delivered 528 jets in 2023.", "Zorgair"},
		// the word for a nationality before a person's given name
		{"fr", "La Française Amandine Zorgher a battu samedi le record d'Europe.", "Amandine Zorgher"},
		// what a company owns, after its name ("orange" is a common noun too)
		{"en", "Orange shares in Paris rose 3% on Monday.", "Orange"},
		// a title of several words between the organisation and the person
		{"en", "Zorgon Chief Executive Anna Blenk announced the deal on Monday.", "Anna Blenk"},
		{"en", "Pentagon Acquisition Director Michael Zorgne announced the deal on Monday.", "Michael Zorgne"},
		{"en", "The plan was approved by Zorgon Chief Executive Anna Blenk on Monday.", "Anna Blenk"},
		// a passive's agent after the verb's date
		{"en", "The plan was approved on Monday by Anna Blenk.", "Anna Blenk"},
	} {
		tl := buildText(t, c.lang, "2012-07-10", c.text)
		found := false
		for _, cl := range tl.Claims {
			found = found || cl.Subject == c.subject
		}
		if !found {
			var got []string
			for _, cl := range tl.Claims {
				got = append(got, cl.Subject)
			}
			t.Errorf("%q: no claim of %q (subjects %q)", c.text, c.subject, got)
		}
	}
}

// A company's longer name is the short one it goes by only when the words
// after it say what kind of company it is ("Zorgon Technologies" is
// "Zorgon"); a product or another body named after it is not ("Zorgon
// Vista", "Zorgon Corps").
func TestCompanyAliases(t *testing.T) {
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "Zorgon sold 3 million phones in May. Zorgon Technologies said on Monday that it has 300 million users.", "Zorgon"},
		{"en", "Zorgon sold 3 million phones in May. Zorgon Vista will cost US$29 on Zorgon computers.", "Zorgon Vista"},
		{"en", "Zorgon sold 3 million phones in May. Zorgon Corps filed a lawsuit against Zorgon on Tuesday.", "Zorgon Corps"},
		// a legal name is the company's whatever words come before its form
		{"en", "Zorgman Sachs Group Inc said on Tuesday it would cut 3,200 jobs. Zorgman employs 45,000 people.", "Zorgman"},
	} {
		tl := buildText(t, c.lang, "2011-06-07", c.text)
		var got []string
		found := false
		for _, cl := range tl.Claims {
			got = append(got, cl.Subject)
			found = found || cl.Subject == c.subject && cl.Label != "" && !strings.Contains(cl.Label, "3 million")
		}
		if !found {
			t.Errorf("%q: no claim of %q (subjects %q)", c.text, c.subject, got)
		}
	}
}

// An acronym is the company whose names follow it ("PSA Peugeot Citroën");
// a product after it is not ("IBM ThinkPad").
func TestAcronymGlossed(t *testing.T) {
	for _, c := range []struct {
		short string
		words []string
		want  bool
	}{
		{"PSA", []string{"peugeot", "citroen"}, true},
		{"IBM", []string{"thinkpad"}, false},
		{"BMW", []string{"serie", "3"}, false},
		{"Windows", []string{"vista", "home"}, false},
	} {
		if got := acronymGlossed(c.short, c.words); got != c.want {
			t.Errorf("acronymGlossed(%q, %q) = %v, want %v", c.short, c.words, got, c.want)
		}
	}
}

// A company's legal name and its short name are one subject.
func TestLegalNames(t *testing.T) {
	tl := buildText(t, "en", "2024-03-15", "Zorgman Sachs Group Inc said on Tuesday it would cut 3,200 jobs. Zorgman employs 45,000 people.")
	n := 0
	for _, cl := range tl.Claims {
		if cl.HasValue && !cl.Unsure {
			n++
			if cl.Subject != "Zorgman" {
				t.Errorf("%q: subject %q, want Zorgman", cl.Label, cl.Subject)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d figures, want 2", n)
	}
}

// A name of several words that the set knows as an organisation is not
// a person's surname to look up in another article: «Santé publique
// France» is not «Météo-France», which another article names.
func TestNoSpeakerFromAnotherArticlesName(t *testing.T) {
	var arts []*Article
	for i, text := range []string{
		"Météo-France, qui a placé le département en vigilance rouge, prévoit encore 200 millimètres de pluie.",
		"L'épidémie de grippe s'accélère : 412 passages aux urgences ont été enregistrés la semaine dernière, a annoncé mardi Santé publique France.",
	} {
		a, err := ParseArticle(fmt.Sprintf("%d.txt", i), []byte("title: Test\ndate: 2025-12-03\nlang: fr\n\n"+text+"\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for _, c := range Build(&Set{Name: "x", Articles: arts}).Claims {
		if c.ArticleName == "1.txt" && (strings.Contains(c.SaidBy, "Météo") || strings.Contains(c.Subject, "Météo")) {
			t.Errorf("%q: said by %q, subject %q, from the other article", c.Label, c.SaidBy, c.Subject)
		}
		if c.ArticleName == "1.txt" && c.HasValue && c.Value == 412 && c.Subject != "Santé publique France" && c.SaidBy != "Santé publique France" {
			t.Errorf("%q: neither subject nor speaker is Santé publique France (%q, %q)", c.Label, c.Subject, c.SaidBy)
		}
	}
}

// TestApposedOrganisationAndItsPronouns: a name set after «charity»,
// «company» between commas is an organisation, its «its» in the clause it
// reports is its own, and the next sentence's «It» stands for it.
func TestApposedOrganisationAndItsPronouns(t *testing.T) {
	text := "The Harvest Trust said demand for food parcels rose 18% last year. Another charity, Shelter Line, reported last week that calls to its housing helpline had risen by 27%. It plans to hire 45 more advisers by the autumn."
	for _, v := range []float64{27, 45} {
		for _, c := range figuresValued(t, "en", "2025-04-09", text, v) {
			if c.Subject != "Shelter Line" {
				t.Errorf("%v: subject %q, want Shelter Line", v, c.Subject)
			}
		}
	}
}

// TestNameBetweenCommasAfterAnAbbreviation and a share in brackets after a
// name: «Le candidat des Républicains (LR), Jérôme Vuillemin, a remporté»
// is Jérôme Vuillemin's win; «Sandrine Lachat (49,2 %)», "Jones (48%)" are
// those names' shares of what the figure before measures.
func TestNameBetweenCommasAfterAnAbbreviation(t *testing.T) {
	text := "Le candidat des Républicains (LR), Jérôme Vuillemin, a remporté dimanche l'élection législative partielle de la 4e circonscription du Doubs, avec 50,8 % des suffrages exprimés au second tour, face à la candidate du Rassemblement national (RN), Sandrine Lachat (49,2 %)."
	found := false
	for _, c := range buildText(t, "fr", "2025-03-24", text).Claims {
		found = found || c.Metric == MetricEvent && c.Subject == "Jérôme Vuillemin"
	}
	if !found {
		t.Errorf("%q: no event of Jérôme Vuillemin", text)
	}
	for _, c := range []struct {
		lang, text, subject string
		value               float64
	}{
		{"fr", text, "Sandrine Lachat", 49.2},
		{"en", "Smith won the runoff on Sunday with 52% of the vote, ahead of Jones (48%).", "Jones", 48},
		{"en", "Smith won the runoff on Sunday with 52% of the vote, ahead of Jones (48%).", "Smith", 52},
	} {
		for _, f := range figuresValued(t, c.lang, "2025-03-24", c.text, c.value) {
			if f.Subject != c.subject || f.Unsure || f.Measure == "" {
				t.Errorf("%q %v: %q %q unsure=%v, want %q's", c.text, c.value, f.Subject, f.Measure, f.Unsure, c.subject)
			}
		}
	}
}

// A hyphenated word that ends in lower case is an adjective or a common
// compound, no name: "Low-cost carrier Norvia Air", "The Dublin-based
// airline", «Porte-parole du gouvernement».
func TestCompoundAdjectivesAreNoNames(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"Low-cost", true}, {"Dublin-based", true}, {"State-owned", true}, {"Porte-parole", true}, {"A-level", true},
		{"Coca-Cola", false}, {"Montbrison-sur-Loire", false}, {"Jean-Pierre", false}, {"Seine-Saint-Denis", false}, {"K-9", false}, {"Zorg", false},
	} {
		if got := compoundAdjective(c.w); got != c.want {
			t.Errorf("compoundAdjective(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "Low-cost carrier Norvia Air reported a profit of 212 million euros for the second quarter on Monday. The Dublin-based airline carried 21.4 million passengers in the quarter.", "Norvia Air"},
		{"en", "State-owned lender Zorgbank cut 1,200 jobs last year.", "Zorgbank"},
	} {
		for _, cl := range buildText(t, c.lang, "2022-08-01", c.text).Claims {
			if cl.HasValue && cl.Subject != c.subject {
				t.Errorf("%q: %q has subject %q, want %q", c.text, cl.Label, cl.Subject, c.subject)
			}
		}
	}
}

// A French participle not in «-é» opening the sentence («Parti mercredi de
// Lisieux, le feu…», «Élu en 2017, …») is no name, nor any claim's subject.
func TestIrregularFrontedParticiplesAreNoNames(t *testing.T) {
	for _, text := range []string{
		"Parti mercredi de Zorgville, le feu a détruit 300 hectares.",
		"Élu en 2017, le maire de Zorgville a supprimé 40 postes.",
		"Repris par le groupe Zorgon, le site emploie 300 salariés depuis mars.",
	} {
		for _, cl := range buildText(t, "fr", "2025-03-12", text).Claims {
			if f := strings.Fields(cl.Subject); len(f) > 0 && lexis.InSet(lexis.Fold(f[0]), "parti", "elu", "repris") {
				t.Errorf("%q: subject %q", text, cl.Subject)
			}
		}
	}
}

// A place in several words before the noun of a body ("European Union
// ambassadors") is the whole place, and a place or a country that opens a
// longer name ("U.S. West Texas Intermediate crude") is none.
func TestPlacesInNounPhrasesAreWhole(t *testing.T) {
	for _, c := range []struct {
		text, subject string
		value         float64 // the figure's value, 0 for an event
	}{
		{"Separately, European Union ambassadors agreed on Wednesday to a new package of sanctions against Zorgland.", "European Union", 0},
		{"Brent crude was flat on Thursday, while U.S. West Texas Intermediate crude rose 1.3% to $88.90.", "West Texas Intermediate crude", 1.3},
	} {
		for _, cl := range claimsOf(t, "en", "2022-10-06", c.text, c.value) {
			if cl.Subject != c.subject {
				t.Errorf("%q: %q has subject %q, want %q", c.text, cl.Label, cl.Subject, c.subject)
			}
		}
	}
}

// A French body's name capitalises its first word only, and goes on with
// its adjective and complements, joined by «et» too: «le Bureau d'enquêtes
// et d'analyses», «l'Agence européenne du médicament»; never with a date.
func TestFrenchInstitutionNames(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Le Bureau d'enquêtes et d'analyses a publié jeudi son rapport final.", "Bureau d'enquêtes et d'analyses"},
		{"L'Agence européenne du médicament a recommandé jeudi le vaccin.", "Agence européenne du médicament"},
		{"La Commission nationale de l'informatique et des libertés a annoncé jeudi une amende.", "Commission nationale de l'informatique et des libertés"},
		{"Selon l'Agence de l'environnement et de la maîtrise de l'énergie, le numérique pèse 3,7 %.", "Agence de l'environnement et de la maîtrise de l'énergie"},
		{"Le Conseil des ministres de mercredi a adopté le texte.", "Conseil des ministres"},
	} {
		toks := lexis.Tokenize(c.text, 0, len(c.text))
		var got []string
		for _, m := range findMentions(nil, toks, map[int]bool{0: true}, nil) {
			got = append(got, m.text)
		}
		if !slices.Contains(got, c.name) {
			t.Errorf("%q: names %q, want %q", c.text, got, c.name)
		}
	}
	for _, c := range []struct{ text, subject string }{
		{"Le Bureau d'enquêtes et d'analyses a publié jeudi son rapport final.", "Bureau d'enquêtes et d'analyses"},
		// A name in quotation marks before an apposition.
		{"Le navire humanitaire « Zorgizon », affrété par l'ONG Mer Zorgidaire, a secouru dimanche 87 migrants.", "Zorgizon"},
		{"Le navire « Zorgizon », qui bat pavillon norvégien, a secouru dimanche 87 migrants.", "Zorgizon"},
	} {
		found := false
		for _, cl := range buildText(t, "fr", "2019-06-30", c.text).Claims {
			found = found || cl.Subject == c.subject
		}
		if !found {
			t.Errorf("%q: no claim of %q", c.text, c.subject)
		}
	}
}
