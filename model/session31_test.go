package model

import (
	"strings"
	"testing"
)

// TestSession31Subjects: session 31's rules for whom a figure is about, on
// invented sentences.
func TestSession31Subjects(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"a thing named by a definite noun phrase is its own figure's subject", "fr", "2018-01-26",
			"Le nombre de morts sur les routes a baissé en 2017, a annoncé vendredi la Délégation à la sécurité routière. Les radars automatiques ont rapporté 1,01 milliard d'euros en 2017, a précisé la délégation.",
			1.01e9, "Les radars automatiques", ""},
		{"not the reporting operator's", "en", "2023-03-01",
			"Grid operator Redcontrol said demand hit a record on Tuesday. The interconnector carried 2,100 megawatts at 8 p.m., Redcontrol said.",
			2100, "The interconnector", ""},
		{"a herd has lost its cows", "fr", "2021-03-04",
			"Selon l'Insee, la production industrielle a augmenté en février. Le cheptel laitier a perdu 9 % de ses vaches depuis 2015, selon l'Insee.",
			9, "Le cheptel laitier", ""},
		{"a sentence that opens by naming the thing gives its name", "fr", "2012-06-22",
			"Zorgendo a présenté jeudi une nouvelle console portable. Baptisée « Zorg XL », la machine sera dotée d'un écran de 5 pouces, a précisé Zorgendo.",
			5, "Zorg XL", ""},
		{"a verb's object says whose the figure is", "en", "2019-11-04",
			"Finance Minister Pavel Zorgan said the government would extend the toll concession. The concession will cost the state about 18 billion crowns next year, Zorgan said.",
			18e9, "", "The concession"},
		{"a place's relative clause is the place's", "fr", "2025-05-22",
			"Les prix des logements anciens ont reculé de 1,2 % sur un an, selon l'Insee. Le repli est plus marqué en Zorgonie, où les prix ont chuté de 4,1 % sur un an.",
			4.1, "", "les prix"},
		{"a verb's object is no subject", "fr", "2025-03-24",
			"La candidate Sophie Zorgan a remporté dimanche l'élection sénatoriale partielle organisée dans l'Indre, avec 561 voix au second tour, soit 55,9 % des suffrages exprimés, selon la préfecture.",
			55.9, "", "l'élection sénatoriale partielle"},
		{"a noun for an organisation is not the agent its own clause names", "fr", "2024-03-01",
			"Le groupe laitier Zorglait a indiqué jeudi avoir signé avec onze des douze enseignes. Il a obtenu une revalorisation de 3,2 % de ses tarifs.\n\nSeul Blorpmarché a refusé de signer. L'enseigne, qui réclamait une baisse de 4 %, a été assignée mardi par Zorglait devant le tribunal de commerce de Paris.",
			4, "Blorpmarché", ""},
		{"a world region is one name, and a place after 'from' is where from", "en", "2022-10-19",
			"Zorgflix added 3.1 million subscribers in the third quarter, the streaming company said on Tuesday. About 1.3 million of the new subscribers came from Latin America.",
			1.3e6, "", "Latin"},
		{"a headline's rubric is no name", "fr", "2024-03-04",
			"Immobilier\n\nLes ventes de logements ont reculé de 8 % à Zorgville, où les prix ont chuté de 5 % en un an.",
			8, "", "Immobilier"},
		{"a headline's opening adjective is no name", "en", "2024-03-04",
			"Low turnout in Blorpshire\n\nThe turnout reached 38% in Thursday's by-election in Blorpshire, officials said.",
			38, "", "Low"},
		{"a French present in -e is no participle of the phrase before", "fr", "2024-03-04",
			"Le gérant du restaurant estime avoir perdu 30 % de son chiffre d'affaires depuis janvier.",
			30, "", "restaurant estime"},
		{"a verb coordinated after the first verb's object shares its subject", "en", "2024-07-18",
			"Brunnhof to cut jobs\n\nBrunnhof, founded in 1896 in Lucerne, makes the Alpenkern and Velour brands and employs about 14,500 people in 38 countries.",
			14500, "Brunnhof", ""},
		{"a noun for the company before an apposition of where it is based", "en", "2023-06-20",
			"Arden to build plant\n\nArden Microsystems will build a chip plant in Dresden. The company, based in Austin, Texas, employs about 38,000 people worldwide.",
			38000, "Arden", ""},
		{"a thing's noun phrase may hold adjectives, and its verb before a figure is no participle", "en", "2024-03-04",
			"Cable record\n\nThe new undersea cable carried 1,400 megawatts on Sunday, grid operator Zorgnet said.",
			1400, "The new undersea cable", ""},
		{"a bill is its payer's, no thing of its own", "en", "2021-06-10",
			"Brackwell loses appeal\n\nA court ordered Brackwell Energy to pay damages to Aasvik on Thursday. With interest, the total bill is likely to reach about 240 million pounds, lawyers for Aasvik said.",
			240e6, "", "the total bill"},
		{"staff a pronoun has are an organisation's, not a phrase's", "en", "2022-10-19",
			"Lumora adds subscribers\n\nLumora Inc added 3.1 million subscribers in the third quarter, the company said. Its service accounted for 8% of all television viewing in September, according to Orbis. It has about 3,100 employees.",
			3100, "Lumora", ""},
		{"people named by what they are are no thing of their own", "en", "2022-11-10",
			"The Blorp Institute said on Monday 12,000 people were displaced. The women made up 54% of them, the institute said.",
			54, "", "The women"},
		{"a public measure is of a place or an event", "en", "2022-11-10",
			"Voting ended on Sunday, the Zorgland electoral commission said. The turnout reached 58%, according to the commission.",
			58, "", "The turnout"},
	})
}

// TestSession31Events: session 31's rules for whom an event is about.
func TestSession31Events(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an adjective before its noun is no noun", "fr", "2021-10-13",
			"Un violent incendie a ravagé dans la nuit de lundi à mardi un entrepôt de l'usine Zorg Chimie à Pont-de-Claix.",
			"ravagé", "Un violent incendie", ""},
		{"an adjective by its ending before its noun is no noun", "fr", "2024-03-04",
			"Un mystérieux colis a été découvert lundi devant la mairie de Zorgville.",
			"découvert", "Un mystérieux colis", ""},
		{"the agent after a participle, a date and an article", "fr", "2025-08-04",
			"Les immatriculations ont progressé de 14,5 % en juillet, selon les chiffres publiés vendredi par la Plateforme zorgienne (PFZ).",
			"publiés", "Plateforme zorgienne", ""},
		{"the noun a complement from outside completes", "en", "2024-05-02",
			"A comet from outside the solar system passed closest to the Sun on Tuesday, astronomers said.",
			"passed", "A comet", ""},
	})
}

// TestSession31Dates: session 31's rules for when a figure is.
func TestSession31Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"a result told after the period the sentence before gave is of that period", "en", "2024-07-18",
			"Swiss chocolate maker Zorgli cut its margin forecast on Thursday after cocoa prices squeezed its earnings. The company's operating margin fell to 9.1% in the six months to June 30 from 12.4% a year earlier. Net profit dropped 28% to 311 million Swiss francs.",
			311e6, "2024-01/2024-06"},
		{"each figure of a coordination takes its own conjunct's date", "en", "2018-08-23",
			"Zorgland's Senate approved the bill on Wednesday. The minimum wage will rise to 288,000 pesos on Sept. 1 and to 301,000 pesos on March 1, 2019.",
			301000, "2019-03-01"},
		{"the day a cited source published is a statement's", "fr", "2025-08-04",
			"Le marché automobile a reculé de 7,7 % sur un an, selon les chiffres publiés vendredi par la Plateforme zorgienne (PFZ).",
			7.7, "as of 2025-08-01"},
		{"a level apposed after a change and its place has the change's date", "fr", "2025-08-04",
			"Les immatriculations de voitures électriques ont progressé de 14,5 % en juillet en France, à 19 870 unités, selon les chiffres publiés vendredi par la Plateforme zorgienne (PFZ).",
			19870, "2025-07"},
		{"a source's day of publication is no day the story goes on from", "en", "2024-03-04",
			"Car sales in Zorgland rose 4.2% in February, according to figures released on Friday by the Zorg Carmakers Association (ZCA). Sales of electric cars jumped 31%.",
			31, "2024-02"},
		{"a weekday after 'for' with no call or plan is past", "en", "2024-03-04",
			"Ticket sales for Friday totalled 41,000, organisers of the Zorgfest said on Saturday.",
			41000, "2024-03-01"},
		{"a date ending a coordination dates its first clause too", "en", "2024-03-04",
			"Zorgland's exports rose 3% and imports fell 2% in January, the statistics office said.",
			3, "2024-01"},
		{"a date ending a coordination dates its first clause too, in French", "fr", "2024-03-04",
			"Les exportations du Zorgland ont progressé de 3 % et les importations ont reculé de 2 % en janvier, selon l'office statistique.",
			3, "2024-01"},
		{"but not past a phrase of its own after a comma", "fr", "2020-09-16",
			"Le nouvel ensemble comptera 24 millions d'abonnés mobiles et 7,5 millions de clients dans le fixe, pour un chiffre d'affaires combiné de 11,3 milliards d'euros en 2019.",
			24e6, "as of 2020-09-16"},
		{"a result a year back from the period told before is of that period a year earlier", "en", "2023-11-08",
			"Blorptech's revenue rose 12% to $3.1 billion in the third quarter. It had posted a net loss of $40 million in the year-ago quarter.",
			40e6, "2022-07/2022-09"},
		{"a result a year back, in French", "fr", "2023-10-24",
			"Le chiffre d'affaires de Blorpluxe a atteint 4,1 milliards d'euros au troisième trimestre. Il était de 3,8 milliards d'euros un an plus tôt.",
			3.8e9, "2022-07/2022-09"},
		{"a weekday something is set for is ahead", "en", "2024-07-18",
			"Zorgli said on Thursday it would close a packing line in Bern, cutting 350 jobs. The Unia union called a rally of 2,000 workers in Bern for Saturday.",
			2000, "2024-07-20"},
	})
}

// TestSession31Measures: session 31's rules for what a figure measures.
func TestSession31Measures(t *testing.T) {
	for _, c := range []struct {
		name, lang, date, text string
		value                  float64
		measure                string // a word of the measure
		subject, bad           string // the subject wanted, or one it must not be
	}{
		{"the noun a French verb of estimate sets before the range", "fr", "2022-11-25",
			"La tempête Zorgine a privé d'électricité 300 000 foyers. France Assureurs estime le coût de la tempête entre 350 et 500 millions d'euros.",
			500e6, "cout", "la tempête", ""},
		{"the noun after the figure a French verb of estimate sets", "fr", "2019-09-19",
			"Les contrôleurs aériens sont en grève depuis mardi. En 2018, un rapport du Sénat évaluait à 300 millions d'euros par an le coût de ces grèves.",
			300e6, "cout", "", ""},
		{"a complement with a possessive is its owner's", "fr", "2024-03-04",
			"La coopérative Zorglait, qui chiffre à 11 % la baisse de sa collecte, a demandé une aide.",
			11, "baisse", "Zorglait", ""},
		{"a count set by a verb of estimate is of no complement", "fr", "2026-02-13",
			"Le montant des billets vendus atteint 9,4 millions d'euros, selon le mandataire judiciaire, qui estime à 41 000 le nombre de clients concernés.",
			41000, "client", "", "clients"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, ok := figureOf(t, c.lang, c.date, c.text, c.value)
			if !ok {
				return
			}
			if !strings.Contains(cl.Measure, c.measure) {
				t.Errorf("measure %q, want %q in it", cl.Measure, c.measure)
			}
			if c.subject != "" && cl.Subject != c.subject || c.bad != "" && cl.Subject == c.bad {
				t.Errorf("subject %q", cl.Subject)
			}
		})
	}
}

// TestSession31Estimator: a body that puts a French figure on others' count
// is who says it, not whom it is about.
func TestSession31Estimator(t *testing.T) {
	cl, ok := figureOf(t, "fr", "2024-03-04", "Des milliers de personnes ont défilé samedi à Zorgville. La préfecture a chiffré à 2 300 le nombre de manifestants.", 2300)
	if ok && (cl.SaidBy != "La préfecture" || !strings.Contains(cl.Measure, "manifestant")) {
		t.Errorf("said by %q, measure %q", cl.SaidBy, cl.Measure)
	}
}

// TestSession31NoGerundEvent: a noun in -ing a preposition governs is no
// event.
func TestSession31NoGerundEvent(t *testing.T) {
	for _, cl := range buildText(t, "en", "2022-10-19", "Zorgflix adds subscribers\n\nZorgflix added 3.1 million subscribers in the third quarter, the company said. Its service accounted for 8% of all television viewing in September, according to Orbis.").Claims {
		if !cl.HasValue && strings.Contains(cl.Label, "viewing") {
			t.Errorf("event %q", cl.Label)
		}
	}
}
