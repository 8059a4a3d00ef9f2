package model

import (
	"slices"
	"strings"
	"testing"
)

// Session 44's rules, each on invented sentences that fail without it.

// TestSession44CentsAreMoney: "45 cents", "15 euro cents", «12 centimes»
// are a hundredth of the currency, and an amount for each share restating
// a result or told of one is that result per share, not a price.
func TestSession44CentsAreMoney(t *testing.T) {
	const en = "Chipmaker results\n\nChipmaker Zentro reported net income of $610 million, or 83 cents a share, above forecasts.\n\n" +
		"Its net profit came to $1.14 per share in the previous quarter, while analysts expected 77 cents."
	const fr = "Carburants\n\nLe groupe Vinelle a dégagé un bénéfice net de 2,1 milliards d'euros, soit 3,40 euros par action.\n\n" +
		"Le prix du gazole a gagné 12 centimes d'euro en un mois."
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", en, 0.83, "income per share ($)"},
		{"en", "2025-12-09", en, 1.14, "profit per share ($)"},
		{"fr", "2025-12-09", fr, 3.4, "benefice net par action (€)"},
		{"en", "2025-12-09", en, 0.77, "profit per share ($), expected"},
	})
	for _, c := range []struct {
		lang, text string
		value      float64
		unit       string
		label      string
	}{
		{"en", en, 0.77, "$", "Zentro per share (expected): $0.77"},
		{"fr", fr, 0.12, "€", ""},
		{"en", "Tram fares\n\nThe city council raised fares to 1.5 euros from 1.35 euros in January.", 1.5, "€", "The city council fares: €1.50"},
	} {
		cl, ok := figureOf(t, c.lang, "2025-12-09", c.text, c.value)
		if !ok {
			t.Errorf("%s: no figure %v", c.text, c.value)
			continue
		}
		if cl.Unit != c.unit || c.label != "" && cl.Label != c.label {
			t.Errorf("%v: unit %q label %q, want %q %q", c.value, cl.Unit, cl.Label, c.unit, c.label)
		}
	}
}

// TestSession44UndatedQuotes: words between quotation marks that a named
// person said, with no day of their own, are that person's statement on the
// day of the story's lead; a quote of a few words, or one whose sentence
// tells something else, stays as it was.
func TestSession44UndatedQuotes(t *testing.T) {
	const en = "Veltrion revenue jumps\n\nVeltrion Semiconductor said on Wednesday that revenue rose 34% to $18.2 billion in the third quarter.\n\n" +
		"\"Demand for our accelerators continues to outstrip supply, and we expect that to remain the case,\" chief executive Laura Brennan told analysts.\n\n" +
		"Finance chief Omar Reyes called the quarter \"very strong\"."
	const fr = "Le parc bat son record\n\nLe parc Océlia a accueilli 2,1 millions de visiteurs en 2025, a annoncé lundi sa direction.\n\n" +
		"« Nous avons tenu nos promesses sur la sécurité comme sur l'accueil des familles », a déclaré sa directrice, Morgane Kervella."
	for _, c := range []struct {
		lang, text, speaker, date string
	}{
		{"en", en, "Laura Brennan", "2025-12-03"},
		{"en", en, "Omar Reyes", ""},
		{"fr", fr, "Morgane Kervella", "2025-12-08"},
	} {
		got := ""
		for _, cl := range buildText(t, c.lang, "2025-12-09", c.text).Claims {
			if cl.What == "statement" && cl.SaidBy == c.speaker {
				got = cl.Date.String()
			}
		}
		if got != c.date {
			t.Errorf("%s: statement dated %q, want %q", c.speaker, got, c.date)
		}
	}
}

// TestSession44ReporterIsNoOwner: the person a sentence names after its
// figure as the one who reports it ("…, market analyst Karen Lowell said")
// is not what the figure is of: the entity the passage names before is,
// and no longer in doubt between the two.
func TestSession44ReporterIsNoOwner(t *testing.T) {
	for _, c := range []struct {
		text, want string
		value      float64
	}{
		{"Egg prices climb\n\nWholesale prices of large eggs in the Midwest rose 12% last week to $1.04 a dozen, market analyst Karen Lowell said.", "Midwest", 12},
		{"Rents climb\n\nRents in Lisbon rose 9% in the third quarter, said Ana Sousa, an economist at Banco Luso.", "Lisbon", 9},
	} {
		cl, ok := figureOf(t, "en", "2025-10-22", c.text, c.value)
		if !ok || cl.Subject != c.want || cl.Unsure {
			t.Errorf("%v: subject %q unsure %v, want %q, sure", c.value, cl.Subject, cl.Unsure, c.want)
		}
	}
}

// TestSession44InnerOrgWord: a name of three words or more with an
// organisation's word inside and no given name is an organisation's, so
// "le groupe" and a bare result noun after it stand for it.
func TestSession44InnerOrgWord(t *testing.T) {
	const fr = "Crédit Mutuel Alliance Fédérale : bénéfice net en repli\n\nCrédit Mutuel Alliance Fédérale a annoncé mercredi un résultat net de 3,6 milliards d'euros pour 2025.\n\n" +
		"Le groupe a ainsi versé 540 millions d'euros au titre de son dividende sociétal.\n\n" +
		"Au second semestre, le résultat net a reculé de 11 %, à 1,6 milliard d'euros."
	runSubjectCases(t, []subjectCase{
		{"le groupe", "fr", "2026-02-26", fr, 540e6, "Crédit Mutuel Alliance Fédérale", ""},
		{"bare result", "fr", "2026-02-26", fr, 1.6e9, "Crédit Mutuel Alliance Fédérale", ""},
	})
}

// TestSession44ResultsDayIsNoPeriod: the day a company announced results
// for a period is not the time of the figures told after it, which go on
// with the period («a annoncé mercredi un résultat net … pour 2025. Le
// produit net bancaire a progressé de 3,8 %»).
func TestSession44ResultsDayIsNoPeriod(t *testing.T) {
	const fr = "Zorgbank : bénéfice en repli\n\nZorgbank a annoncé mercredi un résultat net de 3,6 milliards d'euros pour 2025, pénalisé par la surtaxe.\n\n" +
		"Le produit net bancaire a progressé de 3,8 % à 17,9 milliards d'euros."
	runDateCases(t, []dateCase{
		{"results period", "fr", "2026-02-26", fr, 17.9e9, "2025"},
	})
}

// TestSession44LevelAfterMove: the level a change brings its subject to is
// a level of what the change moves («a progressé de 9 % pour atteindre
// 75,6 milliards d'euros», «pour s'établir à 3,19 millions»), and an
// amount after "gained 0.9% to", "lost 3% to" is the price moved to, no
// gain nor loss.
func TestSession44LevelAfterMove(t *testing.T) {
	const fr = "Airbus : bénéfice en hausse\n\nAirbus a dégagé un bénéfice net de 4,7 milliards d'euros en 2025, a annoncé jeudi le constructeur.\n\n" +
		"Le chiffre d'affaires a progressé de 9 % pour atteindre 75,6 milliards d'euros.\n\n" +
		"Le nombre de demandeurs d'emploi a augmenté de 1,8 % au troisième trimestre, pour s'établir à 3,19 millions."
	const en = "Metals\n\nGold rose 1.2% to a record $4,650 an ounce on Tuesday. Platinum gained 0.9% to $2,310.\n\n" +
		"Shares of Zorgon lost 3% to $41.20 on Tuesday."
	runMeasureCases(t, []measureCase{
		{"fr", "2026-01-30", fr, 75.6e9, "chiffre d'affaires (€)"},
		{"fr", "2026-01-30", fr, 3.19e6, "demandeur"},
		{"en", "2026-01-14", en, 2310, "price ($)"},
		{"en", "2026-01-14", en, 41.2, "share ($)"},
	})
}

// TestSession44ExpectedAfterTheFigure: an amount the observers named after
// it expected ("above the $17.6 billion analysts had expected", "the 4.2
// million that analysts had forecast") or an amount of their expectations
// ("beating analysts' expectations of $17.6 billion") is their expectation
// of the figure just told: its subject, its measure, its period.
func TestSession44ExpectedAfterTheFigure(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   float64
		measure string
	}{
		{"Veltrion revenue jumps\n\nVeltrion said on Wednesday that revenue rose 34% to $18.2 billion in the third quarter, above the $17.6 billion analysts had expected.", 17.6e9, "revenue ($), expected"},
		{"Veltrion revenue jumps\n\nVeltrion said on Wednesday that revenue rose 34% to $18.2 billion in the third quarter, beating analysts' expectations of $17.6 billion.", 17.6e9, "revenue ($), expected"},
		{"Veltrion adds users\n\nVeltrion said on Wednesday it added 5.1 million subscribers in the third quarter, beating the 4.2 million that analysts had forecast.", 4.2e6, "new users, expected"},
	} {
		cl, ok := figureOf(t, "en", "2025-11-20", c.text, c.value)
		if !ok || cl.Subject != "Veltrion" || cl.Measure != c.measure || cl.Date.String() != "2025-07/2025-09" || cl.SaidBy == "" {
			t.Errorf("%v: subject %q measure %q date %s said by %q, want Veltrion %q 2025-07/2025-09 and the analysts", c.value, cl.Subject, cl.Measure, cl.Date, cl.SaidBy, c.measure)
		}
		if cl.Unsure || slices.ContainsFunc(cl.Reasons, func(r string) bool { return strings.Contains(r, "off the timeline") }) {
			t.Errorf("%v: unsure %v, reasons %q: an expectation on the timeline says so", c.value, cl.Unsure, cl.Reasons)
		}
	}
}

// TestSession44OutlooksAndBases: a company's own outlook says it is a
// forecast ("Veltrion forecast revenue of $19.5 billion"); an amount
// "from" a level after the sentence's per-share amounts is the level in its
// unit the sentence moved to, and its per-share restatement that level per
// share; "estimates of 61 cents" no one is named for are an expectation.
func TestSession44OutlooksAndBases(t *testing.T) {
	const en = "Harbourline profit rises\n\nHarbourline Bank said on Tuesday its third-quarter profit rose.\n\n" +
		"Net income rose to $3.4 billion, or 92 cents per share, in the three months ended Sept. 30, from $3.04 billion, or 81 cents per share, a year earlier.\n\n" +
		"Adjusted earnings were 88 cents per share, compared with estimates of 61 cents.\n\n" +
		"For the fourth quarter, Harbourline forecast revenue of $19.5 billion."
	runMeasureCases(t, []measureCase{
		{"en", "2025-10-15", en, 3.04e9, "income ($)"},
		{"en", "2025-10-15", en, 0.81, "income per share ($)"},
		{"en", "2025-10-15", en, 0.61, "earning per share ($), expected"},
		{"en", "2025-10-15", en, 19.5e9, "revenue, forecast ($)"},
	})
}

// TestSession44BankResults: "Bancorp" ends a company's name; in a results
// story whose lead tells a period, a result told later with no time of its
// own is of that period, not of the lead's day (an announcement keeps the
// day); "The bank set aside…" measures no bank.
func TestSession44BankResults(t *testing.T) {
	const en = "Harbourline Bancorp profit beats estimates\n\nHarbourline Bancorp reported a 12% rise in third-quarter profit on Tuesday.\n\n" +
		"Net income rose to $3.4 billion in the three months ended Sept. 30. Analysts had expected earnings of 85 cents per share.\n\n" +
		"Total revenue climbed 7% to $16.2 billion. The bank set aside $1.1 billion for credit losses.\n\n" +
		"It also announced a $5 billion share buyback."
	runDateCases(t, []dateCase{
		{"result", "en", "2025-10-15", en, 16.2e9, "2025-07/2025-09"},
		{"announcement", "en", "2025-10-15", en, 5e9, "2025-10-14"},
	})
	runSubjectCases(t, []subjectCase{
		{"bancorp", "en", "2025-10-15", en, 16.2e9, "Harbourline Bancorp", ""},
	})
	if cl, ok := figureOf(t, "en", "2025-10-15", en, 1.1e9); !ok || strings.Contains(cl.Measure, "bank") {
		t.Errorf("set aside: measure %q", cl.Measure)
	}
}

// TestSession44QuoteWithNoDateNorFigure: a sentence that holds only a quote
// of a named speaker, no figure nor date ("“Our clients were active…,”
// chief executive Margaret Ellison said in a statement"), is read for its
// statement; the last words of a quote a sentence before opened ("It
// breathes better," Lord Mayor Niamh Gallagher said) make none.
func TestSession44QuoteWithNoDateNorFigure(t *testing.T) {
	const en = "Harbourline Bancorp profit beats estimates\n\nHarbourline Bancorp reported a 12% rise in third-quarter profit on Tuesday.\n\n" +
		"Net income rose to $3.4 billion. Total revenue climbed 7% to $16.2 billion. Trading revenue jumped 18% to $4.1 billion.\n\n" +
		"\"Our clients were active across every market, and we captured that activity,\" chief executive Margaret Ellison said in a statement.\n\n" +
		"\"The city did not die. It breathes better,\" Lord Mayor Niamh Gallagher said at the launch."
	got := map[string]string{}
	for _, cl := range buildText(t, "en", "2025-10-15", en).Claims {
		if cl.What == "statement" {
			got[cl.SaidBy] = cl.Date.String()
		}
	}
	if got["Margaret Ellison"] != "2025-10-14" {
		t.Errorf("Ellison's statement: %q, want 2025-10-14", got["Margaret Ellison"])
	}
	if d, ok := got["Niamh Gallagher"]; ok {
		t.Errorf("a quote's last words as a statement of %s", d)
	}
}

// TestSession44CountsAndSamePeriod: a plural noun after a verb's count
// that the tagger read as a verb ("Zorgtown issued 700 permits") is what
// the count counts; a base set against "in the same period last year" is of
// that period, a year back, even when the sentence opens on the period of
// the figure it is set against.
func TestSession44CountsAndSamePeriod(t *testing.T) {
	const en = "Permits fall\n\nZorgtown issued 700 permits in July.\n\n" +
		"In the first seven months of 2025, Zorgtown authorised 5,870 units, compared with 8,115 in the same period last year."
	runMeasureCases(t, []measureCase{
		{"en", "2025-08-19", en, 700, "permit"},
	})
	runDateCases(t, []dateCase{
		{"figure", "en", "2025-08-19", en, 5870, "2025-01/2025-07"},
		{"base", "en", "2025-08-19", en, 8115, "2024-01/2024-07"},
	})
}

// TestSession44HalfYearResults: half-year results told up to three months
// after are the lead's period, which the figures of the next sentences go
// on with, past a participle's day («portées par la hausse des tarifs
// appliquée au 1er janvier») and a day of that period told before.
func TestSession44HalfYearResults(t *testing.T) {
	const fr = "Zorgmut renoue avec les bénéfices\n\nZorgmut a dégagé un résultat net de 48 millions d'euros au premier semestre 2025, a annoncé jeudi la mutuelle.\n\n" +
		"Les cotisations encaissées ont progressé de 7,4 % à 3,26 milliards d'euros, portées par la hausse moyenne de 8,1 % des tarifs appliquée au 1er janvier.\n\n" +
		"Le ratio combiné s'est amélioré à 98,7 %, contre 102,3 % au premier semestre 2024."
	runDateCases(t, []dateCase{
		{"participle's day apart", "fr", "2025-09-25", fr, 3.26e9, "2025-01/2025-06"},
		{"after a day of the period", "fr", "2025-09-25", fr, 98.7, "2025-01/2025-06"},
	})
}

// TestSession44OutlookAndEstimate: an outlook's tolerance ("plus or minus
// 2%") is no figure; "the $19.0 billion average estimate" after it is the
// estimate of the revenue, not of the company's own forecast.
func TestSession44OutlookAndEstimate(t *testing.T) {
	const en = "Veltrion revenue jumps\n\nVeltrion said on Wednesday that revenue rose 34% to $18.2 billion in the third quarter.\n\n" +
		"For the fourth quarter, Veltrion forecast revenue of $19.5 billion, plus or minus 2%, above the $19.0 billion average estimate."
	for _, cl := range buildText(t, "en", "2025-11-20", en).Claims {
		if cl.Value == 2 {
			t.Errorf("plus or minus 2%%: a figure, %q", cl.Label)
		}
	}
	runMeasureCases(t, []measureCase{
		{"en", "2025-11-20", en, 19.5e9, "revenue, forecast ($)"},
		{"en", "2025-11-20", en, 19e9, "revenue ($), expected"},
	})
}

// TestSession44MovesAndOutlooks: an amount a price moved by, told twice
// ("WTI crude fell $1.72, or 2.8%, to $57.90"), is a price change, its
// percentage a price fall, and the level after them the price; "expects to
// deliver between 1.55 million and 1.6 million vehicles" is the company's
// outlook.
func TestSession44MovesAndOutlooks(t *testing.T) {
	const en = "Oil slumps\n\nWTI crude fell $1.72, or 2.8%, to $57.90 on Monday.\n\n" +
		"Voltra said on Tuesday it expects to deliver between 1.55 million and 1.6 million vehicles in 2025."
	runMeasureCases(t, []measureCase{
		{"en", "2025-12-09", en, 1.72, "price change ($)"},
		{"en", "2025-12-09", en, 2.8, "price fall (%)"},
		{"en", "2025-12-09", en, 57.9, "price ($)"},
		{"en", "2025-12-09", en, 1.6e6, "vehicle, forecast"},
	})
}
