package model

import (
	"strings"
	"testing"
)

// TestSession49SecondReportedClause: a day inside the first of two
// reported clauses joined by "and that", «et que» does not date a figure
// of the second, which is of the day the words were said; nor does the
// period of what an "as" clause reports date a plan ahead.
func TestSession49SecondReportedClause(t *testing.T) {
	runDateCases(t, []dateCase{
		{"and that", "en", "2024-03-14", "Acme recall\n\nThe regulator said in a notice on Tuesday that it had been informed of the problem on March 4 and that the recall covered about 900,000 packs.", 900000, "2024-03-12"},
		{"et que", "fr", "2024-03-14", "Rappel Acme\n\nL'agence a indiqué mardi qu'elle avait été informée du problème le 4 mars et que le rappel portait sur 900 000 boîtes.", 900000, "as of 2024-03-12"},
		{"as it reported", "en", "2026-03-12", "Nuvora\n\nNuvora said Wednesday it will eliminate about 4,200 jobs, or 9% of its workforce, as it reported a 31% drop in fourth-quarter profit.", 4200, "as of 2026-03-11"},
		{"the reported drop", "en", "2026-03-12", "Nuvora\n\nNuvora said Wednesday it will eliminate about 4,200 jobs, or 9% of its workforce, as it reported a 31% drop in fourth-quarter profit.", 31, "2025-10/2025-12"},
		{"over the next months", "en", "2026-03-10", "Cyclone\n\nCyclone Jude made landfall near Quelimane on Saturday, killing at least 23 people.\n\nThe World Food Programme said it needed $48 million over the next three months to feed 300,000 people.", 48e6, "as of 2026-03-10"},
		{"now ranked", "en", "2026-05-14", "Harrow & Pike\n\nHarrow & Pike said on Thursday that sales rose 6.8% in December.\n\nAnalysts at Peel Hunt said the chain was now ranked second among UK department stores by sales, behind John Lewis on 5.1 billion pounds.", 5.1e9, "as of 2026-05-14"},
		{"one clause", "en", "2024-03-14", "Acme recall\n\nThe regulator said on Tuesday that the recall covered about 900,000 packs on March 4.", 900000, "2024-03-04"},
	})
}

// TestSession49OpeningWordIsNoName: a common word that opens a sentence,
// capitalised only there, names no one; the place the phrase is of does.
func TestSession49OpeningWordIsNoName(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"adjective", "en", "2026-06-18", "Toronto housing\n\nNew condo sales in the Greater Toronto Area totalled 412 units in the first five months of the year, down 78% from the 10-year average, according to research firm Urbanation.", 78, "Greater Toronto Area", ""},
		{"noun", "en", "2026-06-18", "Toronto housing\n\nCondo sales in the Greater Toronto Area totalled 412 units in the first five months of the year.", 412, "Greater Toronto Area", ""},
		{"a name", "en", "2026-06-18", "Apple results\n\nInvestors sold Apple on Monday. Apple shares fell 5% on Tuesday.", 5, "Apple", ""},
	})
}

// TestSession49NationalAverage: a figure set against a region's as the
// national average is the country's.
func TestSession49NationalAverage(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"moyenne nationale", "fr", "2026-12-09", "Chômage en Moselle\n\nLa France compte 2,3 millions de chômeurs. En Moselle, le taux de chômage atteignait 7,9 % au troisième trimestre 2025, contre 7,3 % en moyenne nationale, d'après l'Insee.", 7.3, "France", ""},
		{"national average", "en", "2026-12-09", "Jobs in Ohio\n\nThe United States added 150,000 jobs. Unemployment in Ohio stood at 5.1% in October, against a national average of 4.2%, the Labor Department said.", 4.2, "United States", ""},
		{"the region's own", "fr", "2026-12-09", "Chômage en Moselle\n\nLa France compte 2,3 millions de chômeurs. En Moselle, le taux de chômage atteignait 7,9 % au troisième trimestre 2025, contre 7,3 % en moyenne nationale, d'après l'Insee.", 7.9, "Moselle", ""},
	})
}

// TestSession49ImperfectGoesOn: a French imperfect with no date of its
// own goes on with the time the sentence before, in the imperfect too,
// gave its figure.
func TestSession49ImperfectGoesOn(t *testing.T) {
	runDateCases(t, []dateCase{
		{"avaient accès", "fr", "2017-02-08", "La fibre\n\nLa Creuse se classait au 96e rang sur 101 pour l'accès au très haut débit fin 2016, selon l'Agence du numérique. Seuls 14 % de ses logements y avaient accès.", 14, "2016-10/2016-12"},
		{"present", "fr", "2017-02-08", "La fibre\n\nLa Creuse se classait au 96e rang sur 101 pour l'accès au très haut débit fin 2016, selon l'Agence du numérique. Aujourd'hui, 34 % de ses logements ont accès à la fibre.", 34, "2017-02-08"},
	})
}

// TestSession49SpeakersCountIsNotTheirs: a count that opens the clause a
// person reports is not that person's.
func TestSession49SpeakersCountIsNotTheirs(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
	}{
		{"en", "Wildfire\n\nThe province's public safety minister, Grant Halvorsen, said 14 structures had been destroyed so far.", 14},
		{"en", "Wildfire\n\nGrant Halvorsen said that about 300 homes were without power.", 300},
		{"fr", "Incendie\n\nLe préfet, Marc Durand, a indiqué que 14 maisons avaient brûlé.", 14},
	} {
		if cl, ok := figureOf(t, c.lang, "2026-05-12", c.text, c.value); ok && (cl.Subject == "Grant Halvorsen" || cl.Subject == "Marc Durand") {
			t.Errorf("%q: subject %q, the speaker", c.text, cl.Subject)
		}
	}
	runSubjectCases(t, []subjectCase{
		{"own", "en", "2026-05-12", "Wildfire\n\nGrant Halvorsen said he had visited 14 towns.", 14, "", ""},
	})
}

// TestSession49TollIsTheMeasure: a figure a death toll rises to counts
// the toll, not a level of the name in the toll's complement.
func TestSession49TollIsTheMeasure(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		value      float64
		want       string
	}{
		{"en", "Bridge\n\nThe death toll from the collapse of a highway bridge over the Allegheny River rose to seven on Monday, state police said.", 7, "death toll"},
		{"en", "Bridge\n\nThe death toll from the collapse rose to seven on Monday after divers recovered two more bodies.", 2, "body"},
	} {
		if cl, ok := figureOf(t, c.lang, "2026-02-03", c.text, c.value); ok && cl.Measure != c.want {
			t.Errorf("%q: %v: measure %q, want %q", c.text, c.value, cl.Measure, c.want)
		}
	}
}

// TestSession49QuoteOfTwoSentences: a quote that opens a sentence before
// the one its verb closes is shown and traced whole.
func TestSession49QuoteOfTwoSentences(t *testing.T) {
	text := "Measles\n\nAmir Qureshi is a consultant.\n\n\"We are seeing queues at clinics. Parents are frightened,\" Amir Qureshi said on Tuesday."
	for _, cl := range buildText(t, "en", "2026-04-08", text).Claims {
		if cl.What != "statement" {
			continue
		}
		if !strings.Contains(cl.Label, "We are seeing queues") || !strings.Contains(cl.Quote, "We are seeing queues at clinics. Parents are frightened") {
			t.Errorf("label %q, passage %q: the quote's first sentence is lost", cl.Label, cl.Quote)
		}
		return
	}
	t.Errorf("%q: no statement", text)
}

// TestSession49ToldQuote: a quote someone told a newsroom or a crowd is a
// statement, its label saying whom it was told to.
func TestSession49ToldQuote(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"\"Parents are frightened, and they are right to be,\" Amir Qureshi told the BBC on Tuesday.", "Amir Qureshi told the BBC: “Parents are frightened, and they are right to be”"},
		{"\"Parents are frightened,\" Amir Qureshi said on Tuesday.", "Amir Qureshi: “Parents are frightened”"},
	} {
		found := false
		for _, cl := range buildText(t, "en", "2026-04-08", "Measles\n\nAmir Qureshi is a consultant.\n\n"+c.text).Claims {
			if cl.What == "statement" {
				found = true
				if cl.Label != c.want || cl.Date.String() != "2026-04-07" {
					t.Errorf("%q: %s %q, want 2026-04-07 %q", c.text, cl.Date, cl.Label, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement", c.text)
		}
	}
}

// TestSession49RankedHolder: the figure "on", «à» brings in right after
// the other name of a ranking is that name's.
func TestSession49RankedHolder(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"ahead of", "en", "2026-03-20", "By-election\n\nReform candidate Karen Whitby took 14,882 votes, a 41.3% share, ahead of Labour's David Osei on 11,209 votes.", 11209, "David Osei", ""},
		{"the winner's", "en", "2026-03-20", "By-election\n\nReform candidate Karen Whitby took 14,882 votes, a 41.3% share, ahead of Labour's David Osei on 11,209 votes.", 14882, "Karen Whitby", ""},
		{"devant", "fr", "2026-03-20", "Sondage\n\nThomas Renard arrive en tête avec 27 % des intentions de vote, devant Claire Vallon à 19 %.", 19, "Claire Vallon", ""},
		{"devant avec", "fr", "2026-05-14", "Grève\n\nMarseille a été l'aéroport le plus touché en région, devant Nice avec 180 annulations.", 180, "Nice", ""},
		{"loin devant l'", "fr", "2026-05-14", "Grève\n\nSelon Airlines for Europe, la France a été à l'origine de 33 % des retards en Europe en 2025, loin devant l'Allemagne avec 14 %.", 14, "Allemagne", ""},
		{"behind with, no figure before", "en", "2026-03-20", "By-election\n\nThe Conservative candidate Jane Poole finished third, behind David Osei with 4,120 votes.", 4120, "", "David Osei"},
	})
}

// TestSession49CompassDistance: a distance to a place on a point between
// two of the compass only locates it.
func TestSession49CompassDistance(t *testing.T) {
	for _, text := range []string{"The quake struck 80 km south-west of Lima on Monday.", "The plane came down 40 miles northeast of Denver on Monday."} {
		for _, cl := range buildText(t, "en", "2026-11-04", "Quake\n\n"+text).Claims {
			if cl.HasValue {
				t.Errorf("%q: %v is a claim", text, cl.Value)
			}
		}
	}
}

// TestSession49PollSource: a figure a named poll puts a party on is the
// pollster's, and measures the poll.
func TestSession49PollSource(t *testing.T) {
	for _, c := range []struct {
		text              string
		value             float64
		subject, said, me string
	}{
		{"A YouGov poll published last week put Reform on 29% nationally, ahead of Labour on 24%.", 29, "Reform", "YouGov", "poll (%)"},
		{"A YouGov poll published last week put Reform on 29% nationally, ahead of Labour on 24%.", 24, "Labour", "YouGov", "poll (%)"},
		{"An Ipsos survey put Labour at 31% on Monday.", 31, "Labour", "Ipsos", ""},
	} {
		if cl, ok := figureOf(t, "en", "2026-03-20", "Polls\n\n"+c.text, c.value); ok && (cl.Subject != c.subject || cl.SaidBy != c.said || c.me != "" && cl.Measure != c.me) {
			t.Errorf("%q: %v: %q %q said by %q, want %q %q said by %q", c.text, c.value, cl.Subject, cl.Measure, cl.SaidBy, c.subject, c.me, c.said)
		}
	}
}

// TestSession49EventSource: an event its sentence says someone reported
// is said by them; a name that opens the reported clause is no speaker.
func TestSession49EventSource(t *testing.T) {
	for _, c := range []struct{ text, label, want string }{
		{"Chelsea agreed on Thursday to sign Lucas Almeida, the clubs said.", "Chelsea agreed to sign Lucas Almeida", "clubs"},
		{"Andreou, who took office in February, said the government would decide in June whether to tighten the rationing.", "Andreou took office", ""},
	} {
		found := false
		for _, cl := range buildText(t, "en", "2026-11-04", "News\n\n"+c.text).Claims {
			if cl.Label == c.label {
				found = true
				if cl.SaidBy != c.want {
					t.Errorf("%q: %q said by %q, want %q", c.text, cl.Label, cl.SaidBy, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event %q", c.text, c.label)
		}
	}
}

// TestSession49TheStorm: "the storm" after a named storm is that storm.
func TestSession49TheStorm(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"the storm", "en", "2026-09-14", "Typhoon Haima hits the Philippines\n\nTyphoon Haima killed at least 23 people in the central Philippines on Sunday, officials said.\n\nThe storm made landfall in Eastern Samar on Saturday night with sustained winds of 185 kilometres per hour, according to the weather agency PAGASA.", 185, "Typhoon Haima", ""},
		{"la tempête", "fr", "2026-05-13", "Tempête\n\nLa tempête Ciarán a fait deux morts en Bretagne dans la nuit de mardi à mercredi.\n\nLa tempête a privé 310 000 foyers d'électricité mercredi matin.", 310000, "Ciarán", ""},
		{"another kind", "en", "2026-09-14", "Typhoon Haima hits the Philippines\n\nTyphoon Haima killed at least 23 people in the central Philippines on Sunday, officials said.\n\nThe fire destroyed 120 homes in Manila on Saturday.", 120, "", "Typhoon Haima"},
	})
}

// TestSession49WhoSaysIt: who said a figure, as the sentence names them:
// a public body whose name joins two words by "and", a body or group
// named by common nouns only, an unnamed source of a kind, the publisher
// of a cited study; not a common noun that opens the sentence, nor whom
// the words were told to.
func TestSession49WhoSaysIt(t *testing.T) {
	for _, c := range []struct {
		lang, date, text string
		value            float64
		want             string
	}{
		// a body named "X and Y Commission", after a country's initials too
		{"en", "2024-03-14", "The Securities and Exchange Commission said on Tuesday that the fine was about $900,000.", 900000, "Securities and Exchange Commission"},
		{"en", "2024-03-14", "The U.S. Food and Drug Administration said on Tuesday that the recall covered about 900,000 packs.", 900000, "Food and Drug Administration"},
		{"en", "2024-03-14", "The UK Medicines and Healthcare Agency said on Tuesday that the recall covered about 900,000 packs.", 900000, "UK Medicines and Healthcare Agency"},
		// a body or group named by common nouns
		{"en", "2026-05-14", "About 9,500 residents were ordered to leave on Monday as a wildfire grew to 21,000 hectares, provincial officials said.", 21000, "provincial officials"},
		{"en", "2026-05-14", "The death toll rose to seven on Monday after divers recovered two more bodies, state police said.", 7, "state police"},
		{"en", "2026-05-14", "The Netherlands will cut exports of 300 machines to China from Jan. 1, the Dutch trade ministry said on Thursday.", 300, "Dutch trade ministry"},
		{"en", "2026-05-14", "About 1,900 dockworkers walked out on Monday, a union spokesperson said.", 1900, "a union spokesperson"},
		{"en", "2026-05-14", "Some 4,000 homes lost power on Monday, local authorities said.", 4000, "local authorities"},
		{"en", "2026-05-14", "Some 4,000 homes lost power on Monday, Vance said.", 4000, "Vance"},
		{"en", "2026-05-14", "Some 4,000 homes lost power on Monday and storms battered the coast, officials said.", 4000, "officials"},
		// who published a cited estimate or study; a document seen by a newsroom is its own
		{"fr", "2026-05-14", "La production viticole devrait atteindre 41,2 millions d'hectolitres en 2026, selon une estimation publiée mardi par le ministère de l'Agriculture.", 41.2e6, "ministère de l'Agriculture"},
		{"en", "2026-05-14", "Acme will cut 1,200 jobs, according to a report seen by Reuters.", 1200, "a report"},
		{"en", "2026-05-14", "Glaciers in the Alps lost about 10% of their ice in 2022 and 2023 combined, according to a study published on Thursday by the University of Lenzburg.", 10, "University of Lenzburg"},
		// an unnamed source of a kind
		{"fr", "2026-11-04", "Selon une source syndicale, la direction de Sidelor compterait sur environ 200 départs volontaires.", 200, "une source syndicale"},
		{"en", "2026-11-04", "Acme will cut about 400 jobs this year, according to a union source.", 400, "a union source"},
		{"en", "2026-11-04", "Acme will cut about 500 jobs this year, a government source said.", 500, "a government source"},
		// a part of a count, by the count's source
		{"fr", "2026-03-24", "Le ministère de l'Intérieur a recensé 480 000 manifestants mardi, dont 52 000 à Paris, tandis que la CGT en a revendiqué 1,1 million, dont 250 000 dans la capitale.", 250000, "CGT"},
		// someone unnamed the sentence opens with
		{"en", "2026-04-07", "A senior Democratic official, speaking on condition of anonymity, said the party had spent 500,000 dollars on door-knocking in the final week.", 500000, "A senior Democratic official"},
		// not a common noun opening the sentence; a name opening it still is
		{"en", "2026-09-14", "Damage to crops and farm infrastructure was estimated at 2.4 billion pesos.", 2.4e9, ""},
		{"en", "2026-09-14", "Telegram, a rival service, said on Tuesday that it had gained 25 million new users.", 25e6, "Telegram"},
		// not whom the words were told to
		{"en", "2026-11-04", "One senior Dashly manager, who did not want to be named, told the BBC the company could raise delivery fees by up to 15% next year.", 15, "Dashly"},
		{"fr", "2026-11-04", "La direction a supprimé 200 postes en 2025, a déclaré jeudi à l'AFP le délégué syndical Laurent Mével.", 200, "Laurent Mével"},
	} {
		if cl, ok := figureOf(t, c.lang, c.date, "Titre\n\n"+c.text, c.value); ok && cl.SaidBy != c.want {
			t.Errorf("%q: said by %q, want %q", c.text, cl.SaidBy, c.want)
		}
	}
}

// TestSession49WeOfAnOfficer: "we" in a company officer's quote is the
// article's company.
func TestSession49WeOfAnOfficer(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"chief executive", "en", "2026-11-04", "Acme\n\nAcme said on Tuesday it would cut jobs.\n\n\"We will have to cut around 400 jobs this year, and it breaks my heart,\" chief executive Anna Berg said on Tuesday.", 400, "Acme", ""},
		{"no officer", "en", "2026-11-04", "Acme\n\nAcme said on Tuesday it would cut jobs.\n\n\"We will have to find around 400 new homes this year,\" resident Anna Berg said on Tuesday.", 400, "", "Acme"},
	})
}

// TestSession49EnrolledAreNoUsers: «inscrits» count a service's users only
// in a passage about one.
func TestSession49EnrolledAreNoUsers(t *testing.T) {
	for _, c := range []struct {
		text   string
		value  float64
		metric Metric
	}{
		{"Aix-Marseille Université reste la plus grande université de France avec 81 000 inscrits, selon le ministère.", 81000, MetricOther},
		{"La commune compte 12 000 inscrits sur les listes électorales.", 12000, MetricOther},
		{"L'application Zorgo a gagné 3 millions de nouveaux inscrits en une semaine.", 3e6, MetricNewUsers},
	} {
		if cl, ok := figureOf(t, "fr", "2026-09-15", "Rentrée\n\n"+c.text, c.value); ok && cl.Metric != c.metric {
			t.Errorf("%q: metric %q, want %q", c.text, cl.Metric, c.metric)
		}
	}
}
