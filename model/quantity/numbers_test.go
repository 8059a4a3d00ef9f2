package quantity

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/internal/testkit"
)

func TestFindNumbers(t *testing.T) {
	tests := []struct {
		lang, text, wantText string
		want, from           float64
		q                    claim.Qualifier
		ordinal              bool
	}{
		{"fr", "a gagné 70 millions d'utilisateurs", "70 millions", 70e6, 0, claim.Exact, false},
		{"fr", "plus de 70 millions de réfugiés", "plus de 70 millions", 70e6, 0, claim.AtLeast, false},
		{"fr", "pas moins de 70 millions de nouveaux", "pas moins de 70 millions", 70e6, 0, claim.AtLeast, false},
		{"fr", "un milliard de téléchargements", "un milliard", 1e9, 0, claim.Exact, false},
		{"fr", "la barre du milliard de téléchargements", "du milliard", 1e9, 0, claim.Exact, false},
		{"fr", "plus d'un milliard de fois", "plus d'un milliard", 1e9, 0, claim.AtLeast, false},
		{"fr", "1,5 milliard d'euros", "1,5 milliard d'euros", 1.5e9, 0, claim.Exact, false},
		{"fr", "16 000 drones", "16 000", 16000, 0, claim.Exact, false},
		{"fr", "environ 500 millions d'utilisateurs", "environ 500 millions", 500e6, 0, claim.Approx, false},
		{"fr", "près de 3 000 personnes", "près de 3 000", 3000, 0, claim.Approx, false},
		{"en", "losses of more than $46 billion", "more than $46 billion", 46e9, 0, claim.AtLeast, false},
		{"en", "available starting at US $1,099", "starting at US $1,099", 1099, 0, claim.AtLeast, false},
		{"en", "up to €5 million in fines", "up to €5 million", 5e6, 0, claim.AtMost, false},
		{"en", "about $5 a share", "about $5", 5, 0, claim.Approx, false},
		{"en", "a budget of 15,400 crore rupees", "15,400 crore", 154e9, 0, claim.Exact, false},
		{"en", "3.2 lakh tonnes of rice", "3.2 lakh", 320e3, 0, claim.Exact, false},
		{"en", "2.5 lakh crore rupees over the decade", "2.5 lakh crore", 2.5e12, 0, claim.Exact, false},
		{"fr", "vendu à partir de 199 euros", "à partir de 199 euros", 199, 0, claim.AtLeast, false},
		{"fr", "presque la moitié des mots", "presque la moitié", 50, 0, claim.Approx, false},
		{"fr", "moins de 10 %", "moins de 10 %", 10, 0, claim.AtMost, false},
		{"fr", "les hybrides ne pèsent plus que 5,1 %", "5,1 %", 5.1, 0, claim.Exact, false},
		{"fr", "ils n'étaient plus que 3 200", "3 200", 3200, 0, claim.Exact, false},
		{"fr", "un budget plus que 5 fois supérieur", "plus que 5", 5, 0, claim.AtLeast, false},
		{"en", "a record low of minus 0.50%", "minus 0.50%", -0.5, 0, claim.Exact, false},
		{"en", "42 minus 12 is 30", "42", 42, 0, claim.Exact, false},
		{"en", "a margin of plus or minus 3 points", "3", 3, 0, claim.Exact, false},
		{"fr", "à son plus bas historique de moins 0,5 %", "moins 0,5 %", -0.5, 0, claim.Exact, false},
		{"fr", "le thermomètre est descendu à moins 12 degrés", "moins 12", -12, 0, claim.Exact, false},
		{"en", "won the women's 10,000m title", "10,000m", 10000, 0, claim.Exact, false},
		{"en", "a £10,000m deal", "£10,000m", 10e9, 0, claim.Exact, false},
		{"fr", "une dizaine de pays", "une dizaine", 10, 0, claim.Approx, false},
		{"fr", "une quarantaine de personnes", "une quarantaine", 40, 0, claim.Approx, false},
		{"fr", "une soixantaine de morts", "une soixantaine", 60, 0, claim.Approx, false},
		{"fr", "de la 56e à la 5e place", "de la 56e à la 5e place", 5, 56, claim.Exact, true},
		{"fr", "à la première place des", "première", 1, 0, claim.Exact, true},
		{"fr", "6.700,54 euros", "6.700,54 euros", 6700.54, 0, claim.Exact, false},
		{"fr", "quatre vingt dix neuf", "quatre vingt dix neuf", 99, 0, claim.Exact, false},
		{"fr", "vingt-trois", "vingt-trois", 23, 0, claim.Exact, false},
		{"en", "25M new users", "25M", 25e6, 0, claim.Exact, false},
		{"en", "500 million users", "500 million", 500e6, 0, claim.Exact, false},
		{"en", "a billion downloads", "a billion", 1e9, 0, claim.Exact, false},
		{"en", "more than 1,500 people", "more than 1,500", 1500, 0, claim.AtLeast, false},
		{"en", "about 1.5 billion", "about 1.5 billion", 1.5e9, 0, claim.Approx, false},
		{"en", "from 56th to 5th among", "from 56th to 5th", 5, 56, claim.Exact, true},
		{"en", "$3bn deal", "$3bn", 3e9, 0, claim.Exact, false},
		{"en", "twenty-one apps", "twenty-one", 21, 0, claim.Exact, false},
		// ordinals the cardinals give: "-ième", "-th", and with hyphens
		{"fr", "son quatorzième titre", "quatorzième", 14, 0, claim.Exact, true},
		{"fr", "sa neuvième victoire", "neuvième", 9, 0, claim.Exact, true},
		{"fr", "son dix-septième titre", "dix-septième", 17, 0, claim.Exact, true},
		{"fr", "le vingt-et-unième siècle", "vingt-et-unième", 21, 0, claim.Exact, true},
		{"en", "her thirteenth title", "thirteenth", 13, 0, claim.Exact, true},
		{"en", "its fiftieth anniversary", "fiftieth", 50, 0, claim.Exact, true},
		{"en", "the twenty-first century", "twenty-first", 21, 0, claim.Exact, true},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			got := FindNumbers(tt.text, tt.lang)
			if len(got) == 0 {
				t.Fatalf("no figure found, want %q", tt.wantText)
			}
			n := got[0]
			if n.Text != tt.wantText || n.Value != tt.want || n.From != tt.from || n.Qualifier != tt.q || n.Ordinal != tt.ordinal {
				t.Errorf("got %q = %v (from %v, %q, ordinal %v), want %q = %v (from %v, %q, ordinal %v)",
					n.Text, n.Value, n.From, n.Qualifier, n.Ordinal, tt.wantText, tt.want, tt.from, tt.q, tt.ordinal)
			}
		})
	}
}

// Vague amounts ("a few hundred million dollars", "quelques centaines de
// millions") are no figures.
func TestVagueAmountsAreNoFigures(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Airbus will spend a few hundred million US dollars on the plant."},
		{"en", "Several thousand jobs will go."},
		{"en", "Many thousand people marched."},
		{"fr", "Airbus dépensera quelques centaines de millions d'euros."},
		{"fr", "Plusieurs milliers d'emplois sont menacés."},
		{"en", "The Office of National Exams (ONE) said pupils did well."},
		{"fr", "L'Office national des étudiants (ONE) a publié son rapport."},
	} {
		if got := FindNumbers(c.text, c.lang); len(got) > 0 {
			t.Errorf("%q: figures %q", c.text, got[0].Text)
		}
	}
}

// TestDucklingNumerals runs Duckling's French numeral and ordinal corpora.
// Skipped: negative numbers ("moins 1200000" reads as "less than" in news)
// and the ",0012G" notation.
func TestDucklingNumerals(t *testing.T) {
	for _, file := range []string{"fr_numeral.jsonl", "fr_ordinal.jsonl"} {
		lines := testkit.ReadJSONL(t, filepath.Join(corpora, "duckling-fr", file))
		var tried, right int
		for _, l := range lines {
			text, _ := l["text"].(string)
			want, ok := l["value"].(float64)
			ctor, _ := l["ctor"].(string)
			if strings.HasPrefix(ctor, "OrdinalData ") {
				var v int
				if _, err := fmt.Sscan(strings.TrimPrefix(ctor, "OrdinalData "), &v); err == nil {
					want, ok = float64(v), true
				}
			}
			if !ok || want < 0 || strings.Contains(text, "G") {
				continue
			}
			tried++
			got := FindNumbers(text, "fr")
			if len(got) == 1 && got[0].Text == strings.TrimSpace(text) && got[0].Value == want {
				right++
			} else {
				t.Logf("%s: %q -> %+v, want %v", file, text, got, want)
			}
		}
		rate := float64(right) / float64(max(1, tried))
		t.Logf("%s: %d of %d right (%.0f%%)", file, right, tried, 100*rate)
		if rate < 0.85 {
			t.Errorf("%s: rate %.2f below 0.85", file, rate)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v       float64
		ordinal bool
		want    string
	}{
		{70e6, false, "70 million"}, {1.5e9, false, "1.5 billion"}, {16000, false, "16,000"}, {5, true, "5th"},
		{1, true, "1st"}, {22, true, "22nd"}, {13, true, "13th"}, {0.5, false, "0.5"},
	}
	for _, tt := range tests {
		if got := FormatValue(tt.v, tt.ordinal); got != tt.want {
			t.Errorf("FormatValue(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// Shares in words are percentages: "un sur cinq", "one in eight", "a
// third", "la moitié"; periods, ordinals and grades of another kind are not.
func TestShareInWords(t *testing.T) {
	for _, c := range []struct {
		lang, text, wantText string
		want                 float64
		q                    claim.Qualifier
	}{
		{"fr", "Près d'un candidat sur cinq a obtenu une mention.", "Près d'un candidat sur cinq", 20, claim.Approx},
		{"fr", "Le gel a touché des vignes, soit un sur cinq.", "un sur cinq", 20, claim.Exact},
		{"fr", "Deux retraités sur trois perçoivent moins.", "Deux retraités sur trois", 66.7, claim.Exact},
		{"fr", "Le nombre de cotisants a reculé d'un quart.", "un quart", 25, claim.Exact},
		{"fr", "soit les trois quarts du réseau.", "trois quarts", 75, claim.Exact},
		{"fr", "Le pont réduira de moitié les temps de trajet.", "moitié", 50, claim.Exact},
		{"en", "It supplies roughly one in eight eggs sold.", "roughly one in eight", 12.5, claim.Approx},
		{"en", "One out of three staff worked remotely.", "One out of three", 33.3, claim.Exact},
		{"en", "Power was cut to roughly a third of the region.", "roughly a third", 33.3, claim.Approx},
		{"en", "More than half of the newcomers came from Serbia.", "More than half", 50, claim.AtLeast},
		{"en", "Two thirds of the seats went to Zorgon.", "Two thirds", 66.7, claim.Exact},
		{"en", "Zorgon cut its network by about a quarter.", "about a quarter", 25, claim.Approx},
		// Not shares.
		{"fr", "Zorgon a obtenu un prêt sur vingt ans.", "", 0, claim.Exact},
		{"fr", "Un débat sur deux sujets a eu lieu.", "", 0, claim.Exact},
		{"fr", "C'est la première moitié du match.", "", 0, claim.Exact},
		{"en", "Sales rose in the first half of 2024.", "", 0, claim.Exact},
		{"en", "It is twice as fast at half the price.", "", 0, claim.Exact},
		{"en", "Zorgon won a third term.", "", 0, claim.Exact},
		{"en", "Revenue rose in the fourth quarter.", "", 0, claim.Exact},
	} {
		var got *NumberExpr
		for _, n := range FindNumbers(c.text, c.lang) {
			if n.Unit == "%" {
				got = &n
				break
			}
		}
		switch {
		case c.wantText == "" && got != nil:
			t.Errorf("%q: read the share %q", c.text, got.Text)
		case c.wantText == "":
		case got == nil:
			t.Errorf("%q: no share read", c.text)
		case got.Text != c.wantText || got.Value != c.want || got.Qualifier != c.q:
			t.Errorf("%q: %q = %v %v, want %q = %v %v", c.text, got.Text, got.Value, got.Qualifier, c.wantText, c.want, c.q)
		}
	}
}

// A fraction of a point is that many points, not a share: "d'un quart de
// point", "by a quarter point".
func TestFractionOfAPoint(t *testing.T) {
	for _, c := range []struct {
		lang, text, wantText string
		want                 float64
	}{
		{"fr", "La banque a relevé ses taux d'un quart de point, à 4,5 %.", "un quart de point", 0.25},
		{"en", "The Fed raised rates by a quarter point to 5.5%.", "a quarter point", 0.25},
		{"en", "The Fed cut rates by a quarter of a point.", "a quarter of a point", 0.25},
		{"en", "The ECB raised its key rate by a quarter of a percentage point to 4%.", "a quarter of a percentage point", 0.25},
		{"fr", "La BCE a relevé son taux d'un quart de point de pourcentage.", "un quart de point de pourcentage", 0.25},
	} {
		var got []string
		ok := false
		for _, n := range FindNumbers(c.text, c.lang) {
			got = append(got, fmt.Sprintf("%q=%v %s", n.Text, n.Value, n.Unit))
			if n.Text == c.wantText && n.Value == c.want && n.Unit == "points" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: got %v, want %q = %v points", c.text, got, c.wantText, c.want)
		}
	}
}

// A number after a space joins the one before as its thousands only when
// it is not a model's name in the plural: "18 777s" is eighteen 777s.
func TestModelNumberIsNoThousands(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"en", "firm orders for 18 777s and options", 18},
		{"en", "a population of 12 000 people", 12000},
		{"fr", "une commande de 18 777 euros", 18777},
	} {
		ns := FindNumbers(c.text, c.lang)
		if len(ns) == 0 || ns[0].Value != c.want {
			t.Errorf("%q: %v, want %v first", c.text, ns, c.want)
		}
	}
}

// "un an de prison": «un» before a term of prison is the number one; it is
// an article elsewhere ("un an à Paris", "un utilisateur").
func TestOneYearInPrison(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Il a été condamné à un an de prison ferme.", true},
		{"Il a été condamné à un an d'emprisonnement.", true},
		{"condamné à un mois de prison avec sursis", true},
		{"Il a passé un an à Paris.", false},
		{"un utilisateur sur deux", false},
	} {
		got := false
		for _, n := range FindNumbers(c.text, "fr") {
			got = got || n.Value == 1 && !n.Share
		}
		if got != c.want {
			t.Errorf("%q: the number one read = %v, want %v", c.text, got, c.want)
		}
	}
}

// A fraction of a span of time is no share: "depuis un quart de siècle",
// "a quarter of an hour" (but "un quart des salariés" is 25 %).
func TestFractionOfTimeIsNoShare(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		share      bool
	}{
		{"fr", "le hangar que l'association utilise depuis un quart de siècle", false},
		{"fr", "Il a parlé pendant un quart d'heure.", false},
		{"en", "The meeting lasted a quarter of an hour.", false},
		{"en", "Prices have doubled in a quarter of a century.", false},
		{"fr", "Un quart des salariés sont en grève.", true},
		{"en", "A quarter of the staff are on strike.", true},
	} {
		share := false
		for _, n := range FindNumbers(c.text, c.lang) {
			share = share || n.Unit == "%" && n.Value == 25
		}
		if share != c.share {
			t.Errorf("%q: read as a 25%% share = %v, want %v", c.text, share, c.share)
		}
	}
}

// French francs, written "F", "FF" or "francs" after the amount (not the
// francs that say which, "francs CFA").
func TestFrenchFrancs(t *testing.T) {
	for _, c := range []struct {
		text, wantText, unit string
	}{
		{"le tribunal a condamné Bernard à 5.000 F d'amende", "5.000 F", "FRF"},
		{"une amende de 10 000 francs", "10 000 francs", "FRF"},
		{"un budget de 3 millions de FF", "3 millions de FF", "FRF"},
		{"un salaire de 20 000 francs CFA", "20 000", ""},
	} {
		ns := FindNumbers(c.text, "fr")
		if len(ns) == 0 || ns[0].Text != c.wantText || ns[0].Unit != c.unit {
			t.Errorf("%q: got %+v, want %q in %q", c.text, ns, c.wantText, c.unit)
		}
	}
}

// Millions of pounds are pounds sterling, in English as in French ("35
// millions de livres"); millions of pounds of something are a weight.
func TestMillionsOfPounds(t *testing.T) {
	for _, c := range []struct {
		lang, text, wantText, unit string
	}{
		{"en", "had set aside 120 million pounds for the case", "120 million pounds", "£"},
		{"en", "a 2 billion pound sterling deal", "2 billion pound sterling", "£"},
		{"en", "recalled 3 million pounds of ground beef", "3 million", ""},
		{"fr", "une provision de 35 millions de livres", "35 millions de livres", "£"},
	} {
		ns := FindNumbers(c.text, c.lang)
		if len(ns) == 0 || ns[0].Text != c.wantText || ns[0].Unit != c.unit {
			t.Errorf("%q: got %+v, want %q in %q", c.text, ns, c.wantText, c.unit)
		}
	}
}

// TestSharedScale: the bare figures of a list or range take the scale and
// unit only its last figure says; a percentage is shared by a list, not by
// a range read at its upper end.
func TestSharedScale(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       []float64
		units      []string
	}{
		{"fr", "ont perdu 11 et 6 millions d'euros", []float64{11e6, 6e6}, []string{"€", "€"}},
		{"fr", "1 et 0 million", []float64{1, 0}, []string{"", ""}}, // (no scale from a zero: it was NaN)
		{"fr", "12, 15 ou 20 millions", []float64{12e6, 15e6, 20e6}, []string{"", "", ""}},
		{"fr", "entre 3 et 4 milliards", []float64{3e9, 4e9}, []string{"", ""}},
		{"fr", "de 11 et 6 %", []float64{11, 6}, []string{"%", "%"}},
		{"fr", "de 15 à 20 %", []float64{15, 20}, []string{"", "%"}},
		{"en", "earned $12 and $9 billion", []float64{12e9, 9e9}, []string{"$", "$"}},
		{"en", "1.5 to 2.5 trillion", []float64{1.5e12, 2.5e12}, []string{"", ""}},
		{"en", "3 companies and 4 million users", []float64{3, 4e6}, []string{"", ""}},
		{"en", "1,500 and 2 million", []float64{1500, 2e6}, []string{"", ""}},
	} {
		got := FindNumbers(tc.text, tc.lang)
		if len(got) != len(tc.want) {
			t.Errorf("%q: %d figures, want %d", tc.text, len(got), len(tc.want))
			continue
		}
		for i, n := range got {
			if n.Value != tc.want[i] || n.Unit != tc.units[i] {
				t.Errorf("%q: figure %d = %v %q, want %v %q", tc.text, i, n.Value, n.Unit, tc.want[i], tc.units[i])
			}
		}
	}
}

// TestCentsIsNoNumberWord: "cents" is a coin, never French "cent" (100)
// read with the words after it ("18 cents a share" is no 101, but $0.18);
// French "deux cents", "cent" stay numbers.
func TestCentsIsNoNumberWord(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       []float64
	}{
		{"en", "a dividend of 18 cents a share, up from 16 cents", []float64{0.18, 0.16}},
		{"en", "five cent coins", []float64{5}},
		{"fr", "deux cents personnes et cent jours", []float64{200, 100}},
		{"fr", "en recul de 1,8 centime", []float64{0.018}},
		{"en", "earnings of 7 cents and 29 cents", []float64{0.07, 0.29}},
	} {
		var got []float64
		for _, n := range FindNumbers(tc.text, tc.lang) {
			got = append(got, n.Value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestHalfASecondIsNoShare: "by less than half a second" is a time, not a
// share of 50%.
func TestHalfASecondIsNoShare(t *testing.T) {
	for _, n := range FindNumbers("holding off Rotich by less than half a second", "en") {
		if n.Unit == "%" {
			t.Errorf("%q read as a share of %v%%", n.Text, n.Value)
		}
	}
}
