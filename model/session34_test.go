package model

import (
	"strings"
	"testing"
)

// TestSession34FrenchFiniteVerbs: a French imperfect or conditional
// («avait», «pourrait», «progressait») is a finite verb, not a participle
// that qualifies the noun before it, so no subject or measure takes it in.
func TestSession34FrenchFiniteVerbs(t *testing.T) {
	for _, c := range []struct {
		name, text  string
		value       float64
		subject     string // the subject must not hold it
		measure     string // nor the measure
		wantMeasure string // the measure must hold this one
	}{
		{"a conditional after the owner of the subject",
			"Transfert\n\nLe club a vendu son attaquant. Selon le quotidien La Montagne, le montant total de l'opération pourrait atteindre 9 millions d'euros avec la clause de revente.",
			9e6, "pourrait", "pourrait", "montant"},
		{"an auxiliary and an adverb before the participle",
			"Crue\n\nLa direction départementale de l'équipement avait d'abord annoncé un pic de 5,45 mètres, avant de corriger ce chiffre.",
			5.45, "avait", "avait", "pic"},
		{"a modal and an adverb before the infinitive",
			"Rachat\n\nAlvéa va racheter Bréval pour 1,15 milliard d'euros. Selon une source proche du dossier, le montant pourrait toutefois approcher 1,3 milliard d'euros.",
			1.3e9, "pourrait", "pourrait", "montant"},
		{"an imperfect before a day: the day is no measure",
			"Éruption\n\nLe volcan est entré en éruption. La coulée progressait mardi à environ 300 mètres par heure en direction de la route.",
			300, "progressait", "mardi", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, "fr", "2023-07-05", c.text, c.value)
			if !ok {
				return
			}
			if strings.Contains(cl.Subject, c.subject) {
				t.Errorf("subject %q holds %q", cl.Subject, c.subject)
			}
			if strings.Contains(cl.Measure, c.measure) {
				t.Errorf("measure %q holds %q", cl.Measure, c.measure)
			}
			if !strings.Contains(cl.Measure, c.wantMeasure) {
				t.Errorf("measure %q, want %q in it", cl.Measure, c.wantMeasure)
			}
		})
	}
}

// TestSession34ImperfectStates: a French imperfect that tells a state
// going on (since a date, or still) is no dated event; one that tells an
// act is.
func TestSession34ImperfectStates(t *testing.T) {
	for _, c := range []struct {
		name, text, verb string
		event            bool
	}{
		{"still", "Vendanges\n\nLa récolte est estimée à 33 millions d'hectolitres. En septembre, le service tablait encore sur 35,7 millions d'hectolitres.", "tablait", false},
		{"since a date", "Faillite\n\nLa compagnie a été placée en liquidation. Selon le syndicat, la direction connaissait depuis l'été l'ampleur des pertes.", "connaissait", false},
		{"an act told in the imperfect", "Musée\n\nLe musée de Pointe-à-Callière inaugurait samedi son nouveau pavillon d'exposition.", "inaugurait", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, cl := range buildText(t, "fr", "2021-10-05", c.text).Claims {
				found = found || !cl.HasValue && strings.Contains(cl.Label, c.verb)
			}
			if found != c.event {
				t.Errorf("event of «%s»: %v, want %v", c.verb, found, c.event)
			}
		})
	}
}

// TestSession34PlaceIsNoMainOrganisation: a town the article names most
// (here where two plants are) is no organisation whose figures the
// article's things are: the figure goes to the entity its passage names.
func TestSession34PlaceIsNoMainOrganisation(t *testing.T) {
	const text = "Cyprus rations water\n\nNICOSIA — Cyprus will cut mains water supplies to homes in its three largest cities to three days a week from Monday, the government said on Wednesday, after a fourth dry winter in a row left the island's reservoirs holding just 7.2% of their capacity.\n\n" +
		"Households in Nicosia, Limassol and Larnaca will receive water for 12 hours on each supply day, the minister told reporters.\n\n" +
		"The island's two desalination plants, at Dhekelia and Larnaca, are running at full capacity and produced 33 million cubic metres of water last year.\n\n" +
		"The reservoirs held 20.9 million cubic metres of water on Wednesday, the Water Development Department said."
	runThingCases(t, []thingCase{
		{"a town the article names twice", "en", "2008-04-17", text, 7.2, "Cyprus", "Larnaca"},
	})
}

// TestSession34EventsBesideFigures: a verb coordinated before the verb of
// a figure, and a decision on its own day, are events beside the figures.
func TestSession34EventsBesideFigures(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a verb before «and» and the figure's verb", "en", "2014-02-12",
			"Death toll in gas blast rises to eight\n\nPublished February 12, 2014\n\nPrime Minister Lajos Hevesi visited the site on Tuesday afternoon and promised 200 million forints in aid.",
			"visited", "Lajos Hevesi", ""},
		{"a contract signed on its day, beside what it buys", "en", "2008-04-17",
			"Cyprus rations household water\n\nNICOSIA — Cyprus will cut mains water supplies to homes in its three largest cities to three days a week from Monday, the government said on Wednesday, after a fourth dry winter in a row left the island's reservoirs holding just 7.2% of their capacity.\n\nThe government on Tuesday signed a contract with Greek shipping group Aegean Tankers to bring 8 million cubic metres of water from Greece by tanker between June and November, at a cost of 37 million euros.",
			"signed", "The government", ""},
		{"a vote on its day, beside the level it sets", "en", "2023-06-15",
			"Slovenia raises minimum pension by 13% despite fiscal council warning\n\nLJUBLJANA — Slovenia's parliament on Wednesday approved a rise in the minimum pension to 700 euros a month from 620 euros, the largest increase since the country became independent, despite warnings from the fiscal council that the pension system cannot afford it.",
			"approved", "Slovenia's parliament", ""},
		{"a bill passed on its day, beside its tally", "en", "2012-06-24",
			"The Zorg Senate passed the bill on Sunday by a vote of 51 to 50.", "passed", "Zorg Senate", ""},
	})
}

// TestSession34EstimatesAndVolumes: what «est estimé à», "is valued at"
// values is the measure, not a bare "value"; volumes and flows have their
// units.
func TestSession34EstimatesAndVolumes(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"fr", "2016-03-17", "Plan\n\nLe groupe supprimera 1 150 postes. Le coût du plan est estimé à 210 millions d'euros.", 210e6, "cout valeur (€)"},
		{"fr", "2016-03-17", "Salle\n\nLa ville construira une salle pour un coût estimé à 12 millions d'euros.", 12e6, "cout valeur (€)"},
		{"fr", "2016-03-17", "Crue\n\nLe débit de pointe est estimé à 1 900 mètres cubes par seconde.", 1900, "debit valeur (m³/s)"},
		{"fr", "2016-03-17", "Crue\n\nLe barrage de Villerest a retenu lundi près de 90 millions de mètres cubes d'eau.", 90e6, "eau (m³)"},
		{"en", "2016-03-17", "Water\n\nThe government signed a contract to bring 8 million cubic metres of water from Greece.", 8e6, "water (m³)"},
	})
}

// TestSession34ChangeOfTheFigureBefore: a change «soit» or a comma appends
// to a figure is the change of what that figure measures, said with its
// direction.
func TestSession34ChangeOfTheFigureBefore(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"fr", "2019-09-26", "Déchets\n\nChaque Français a produit en moyenne 568 kilogrammes de déchets ménagers et assimilés en 2017, soit une baisse de 3,4 % par rapport à 2010.", 3.4, "dechet baisse (%)"},
		{"fr", "2019-09-26", "Population\n\nLa France comptait 68,4 millions d'habitants au 1er janvier, soit une progression de 0,25 % en un an.", 0.25, "habitant hausse (%)"},
		{"fr", "2019-09-26", "Vendanges\n\nLe Bordelais limite la casse avec 4,1 millions d'hectolitres, en recul de 22 %, selon Agreste.", 22, "hectolitre baisse (%)"},
		{"en", "2019-09-26", "Airport\n\nThe airport handled 12.4 million passengers in 2018, a 7% drop from 2017.", 7, "passenger fall (%)"},
	})
}

// measureCase is a figure of an invented text and the measure (with its
// unit) it is to have.
type measureCase struct {
	lang, date, text string
	value            float64
	measure          string
}

// runMeasureCases checks each case's figure's measure.
func runMeasureCases(t *testing.T, cases []measureCase) {
	t.Helper()
	for _, c := range cases {
		figureSubtest(t, c.text, c.lang, c.date, c.text, c.value, func(t *testing.T, cl Claim) {
			if cl.Measure != c.measure {
				t.Errorf("measure %q, want %q", cl.Measure, c.measure)
			}
		})
	}
}

// TestSession34PlaceNamedWithoutArticle: a place whose full name opens with
// an article is a place without it, as names are registered.
func TestSession34PlaceNamedWithoutArticle(t *testing.T) {
	for name, want := range map[string]bool{"Puy-en-Velay": true, "Le Puy-en-Velay": true, "Larnaca": true, "Crédit Rhodanien": false, "Zorgon": false} {
		if got := placeNamed(name); got != want {
			t.Errorf("placeNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestSession34BodyAgents: a file, a bill or an inquiry a body named by its
// kind acts on in the passive is that body's event.
func TestSession34BodyAgents(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a file examined by a commission", "fr", "2008-11-04", "Crue\n\nLe dossier doit être examiné le 18 novembre par la commission interministérielle.", "examiné", "la commission interministérielle", ""},
		{"an inquiry opened by prosecutors", "en", "2008-11-04", "Fire\n\nAn investigation was opened on Monday by prosecutors in Lyon.", "opened", "prosecutors in Lyon", ""},
		{"a person heard by gendarmes stays the person's", "fr", "2015-01-28", "Avalanche\n\nLe moniteur survivant a été entendu mardi matin par les gendarmes.", "entendu", "Le moniteur survivant", ""},
	})
}

// TestSession34ReviewFixes: the review's worse cases. «La ville» is the
// town named last, not the company told of in between; a day after a flow
// is no measure; the water in «mètres cubes d'eau» is.
func TestSession34ReviewFixes(t *testing.T) {
	const tourism = "Tourisme\n\nSaint-Malo a accueilli 2,5 millions de touristes en 2022, en hausse de 11 %. La compagnie Brittany Ferries a transporté 850 000 passagers depuis le port malouin. La ville a investi 6 millions d'euros dans la rénovation des remparts."
	runSubjectCases(t, []subjectCase{
		{"«la ville», the town named last", "fr", "2023-11-14", tourism, 6e6, "Saint-Malo", "Brittany Ferries"},
	})
	runMeasureCases(t, []measureCase{
		{"fr", "2024-10-18", "Crue\n\nLe débit de la Loire a atteint 3 200 mètres cubes par seconde jeudi à Orléans.", 3200, "debit (m³/s)"},
		{"fr", "2024-10-18", "Crue\n\nLe barrage a retenu lundi près de 90 millions de mètres cubes d'eau.", 90e6, "eau (m³)"},
	})
}

// TestSession34CoordinatedVerbs: a French verb after «et a» shares the
// subject of the verb before it, not that verb's object, and both verbs
// are news.
func TestSession34CoordinatedVerbs(t *testing.T) {
	const text = "Visite\n\nLe président de la région, Paul Ardent, a visité lundi l'hôpital de Lille et a annoncé 30 millions d'euros d'investissements."
	runSubjectCases(t, []subjectCase{{"the figure after «et a»", "fr", "2023-11-15", text, 30e6, "Paul Ardent", "Lille"}})
	runEventCases(t, []eventCase{{"the visit before it", "fr", "2023-11-15", text, "visité", "Paul Ardent", ""}})
}

// TestSession34NoEventOfWhatMayBe: an imperfect through a period tells a
// state, and a conditional of «pouvoir» what may be: neither is an event.
func TestSession34NoEventOfWhatMayBe(t *testing.T) {
	for _, c := range []struct{ text, verb string }{
		{"Conjoncture\n\nLa consommation des ménages stagnait au quatrième trimestre, selon l'Insee.", "stagnait"},
		{"Fusion\n\nLes deux groupes ont annoncé lundi leur rapprochement. La fusion pourrait donner naissance au numéro un européen du secteur en 2025.", "pourrait"},
	} {
		for _, cl := range buildText(t, "fr", "2024-02-01", c.text).Claims {
			if !cl.HasValue && strings.Contains(cl.Label, c.verb) {
				t.Errorf("%q: event %q", c.text, cl.Label)
			}
		}
	}
}

// TestSession34ReporterIsNoSubject: the only entity a passage names, when
// it is who reports or estimates the figure, is a guess for its subject,
// off the timeline; unless the figure is its own ("its members").
func TestSession34ReporterIsNoSubject(t *testing.T) {
	runThingCases(t, []thingCase{
		{"a company reports a protest's count", "en", "2019-06-06", "Strike\n\nCorvasur said on Wednesday that 1,850 protesters had blocked the road to the mine.", 1850, "", ""},
		{"its own staff", "en", "2024-06-11", "Retail\n\nPellwick said that 2,300 staff had accepted voluntary redundancy.", 2300, "Pellwick", ""},
		{"its own revenue", "en", "2024-06-11", "Results\n\nPellwick said that revenue had reached 3 billion pounds in 2023.", 3e9, "Pellwick", ""},
		{"an observer's own forecast", "fr", "2024-06-11", "Conjoncture\n\nL'OFCE estime que le chômage atteindra 7,9 % fin 2024.", 7.9, "OFCE", ""},
		{"an infinitive: the speaker's own", "fr", "2020-05-04", "Zoom\n\nL'entreprise de visioconférence Zoom a affirmé la semaine dernière compter 300 millions d'utilisateurs quotidiens.", 300e6, "Zoom", ""},
		{"its members: the speaker's own", "en", "2018-08-24", "Wage\n\nSmall business association Conapyme said the rise would cost its members about 90 billion pesos a year.", 90e9, "Conapyme", ""},
	})
}

// TestSession34LeadsComingPeriod: a figure told in the future with no time
// of its own is of the coming period the article's lead sets.
func TestSession34LeadsComingPeriod(t *testing.T) {
	const text = "EU and Norway agree 15% cut in North Sea cod catches for 2020\n\nBERGEN — The European Union and Norway agreed on Thursday to cut the total allowable catch of North Sea cod by 15% next year to 17,679 tonnes.\n\nThe deal sets quotas for six jointly managed stocks.\n\nUnder the agreement, the North Sea herring quota will rise 12% to 385,008 tonnes."
	runDateCases(t, []dateCase{
		{"a quota that will rise", "en", "2019-12-13", text, 385008, "2020"},
	})
}

// TestSession34PenaltyAgainstARole: a penalty asked against a person named
// after a role that holds a ministry's name, past a list of penalties, is
// that person's.
func TestSession34PenaltyAgainstARole(t *testing.T) {
	const text = "Procès\n\nPARIS, 20 mars 2025 (AFP) — Le parquet national financier (PNF) a requis mercredi soir trois ans d'emprisonnement, dont un an ferme, 150 000 euros d'amende et cinq ans d'inéligibilité contre l'ancien ministre du Logement Bertrand Castaing, jugé pour détournement de fonds publics."
	runThingCases(t, []thingCase{
		{"the prison term", "fr", "2025-03-20", text, 3, "Bertrand Castaing", "PNF"},
		{"the fine", "fr", "2025-03-20", text, 150000, "Bertrand Castaing", "PNF"},
	})
}

// TestSession34SmallArticle: after "As of <month>," a label's opening
// article is written small, unless it belongs to a name.
func TestSession34SmallArticle(t *testing.T) {
	for in, want := range map[string]string{
		"The cabinet: €25 million": "the cabinet: €25 million", "La ville a investi": "la ville a investi",
		"The Hague: 3 ships": "The Hague: 3 ships", "La Poste : 12 %": "La Poste : 12 %", "Zorgon: 5%": "Zorgon: 5%", "L'usine : 300": "l'usine : 300",
	} {
		if got := smallArticle(in); got != want {
			t.Errorf("smallArticle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSession34OwnersActs: a stage of the article's organisation's affair
// named by what it does («La finalisation», «La liquidation du stock») is
// that organisation's event; a closure with its owner named stays as told.
func TestSession34OwnersActs(t *testing.T) {
	const fusion = "Fusion\n\nLes opérateurs Nexalis et Volta Télécom ont annoncé lundi leur fusion. Volta Télécom sera valorisé 7,8 milliards d'euros. Volta Télécom compte 14 millions de clients. La finalisation est attendue au second semestre 2021."
	runEventCases(t, []eventCase{
		{"a finalisation", "fr", "2020-09-15", fusion, "finalisation", "Volta Télécom", ""},
		{"a launch where, not whose", "fr", "2024-04-24", "Vaccin\n\nLe laboratoire Néovia a obtenu mardi le feu vert de l'Agence européenne du médicament pour son vaccin. Néovia a investi 300 millions d'euros dans le projet. Le lancement en France est attendu en octobre.", "lancement", "Néovia", ""},
	})
}

// TestSession34PersonOfAct: an appointment or an arrival a body announces
// or confirms is the person's event; the label still says who acted.
func TestSession34PersonOfAct(t *testing.T) {
	const text = "Gouvernement\n\nLe président a confirmé vendredi la nomination de Julien Marès au poste de directeur de cabinet."
	runEventCases(t, []eventCase{
		{"an appointment confirmed", "fr", "2024-01-31", text, "confirmé", "Julien Marès", ""},
		{"a given name the registry took for a company's", "en", "2024-01-31", "Ambassador\n\nThe White House announced on Friday the nomination of Karen Holt as ambassador to Japan. Holt served as deputy trade representative.", "announced", "Karen Holt", ""},
	})
	for _, cl := range buildText(t, "fr", "2024-01-31", text).Claims {
		if !cl.HasValue && !strings.HasPrefix(cl.Label, "Le président a confirmé") {
			t.Errorf("label %q", cl.Label)
		}
	}
}

// TestSession34CompoundBeforeEt: the verb after «et a» shares the subject
// of the compound tense before «et», past an adjective the tagger may read
// as a verb.
func TestSession34CompoundBeforeEt(t *testing.T) {
	runSubjectCases(t, []subjectCase{{"past «la PME bretonne Kelenn»", "fr", "2023-06-14",
		"Rachat\n\nLe groupe Orcade a racheté mardi la PME bretonne Kelenn et a promis d'investir 12 millions d'euros dans son usine de Lannion.", 12e6, "Orcade", "PME"}})
}

// TestSession34FromLevel: the level a rise went "from" measures what the
// level it went "to" does.
func TestSession34FromLevel(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"en", "2023-06-15", "Pensions\n\nSlovenia's parliament on Wednesday approved a rise in the minimum pension to 700 euros a month from 620 euros.", 620, "pension a month (€)"},
	})
}

// TestSession34FromIsNoLevel: "from" before a count of another noun is no
// level the count went from.
func TestSession34FromIsNoLevel(t *testing.T) {
	cl, ok := figureOf(t, "en", "2007-07-09", "Orders\n\nOn Saturday, Zorgair announced 35 new orders from the airline Air Zorgland, bringing the total to 677 orders from 47 customers.", 47)
	if ok && strings.HasPrefix(cl.Measure, "order") {
		t.Errorf("measure %q", cl.Measure)
	}
}
