package lexis

import (
	"slices"
	"strings"
	"testing"
)

// The classes these tests declare, as a grammar would.
var (
	testMonth = Declare("month", slices.Values([]string{"janvier", "aout", "may"}))
	testUnit  = Declare("time unit", slices.Values([]string{"year", "jours"}))
	testStart = Declare("start", slices.Values([]string{"le", "aout"}))
	testMid   = Declare("anchor")
)

func init() {
	Hyphenated(testStart)
	HyphenatedIf(testMid, testUnit, "mi-", "mid-")
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Août", "aout"}, {"ÉTATS-UNIS", "etats-unis"}, {"l’an", "l'an"}, {"plain", "plain"}, {"Ærø", "aro"}, {"œuvre", "ouvre"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(AppendFold([]byte("x"), c.in)); got != "x"+c.want {
			t.Errorf("AppendFold(%q) = %q, want %q", c.in, got, "x"+c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Le 3 Août, l'iPhone d’eBay a gagné 25M d'utilisateurs aujourd'hui ; Apple's mi-mai two-year"
	type tok struct {
		text, fold string
		kind       TokenKind
		classes    Class
	}
	want := []tok{
		{"Le", "le", Word, testStart | upper}, {"3", "3", Number, 0}, {"Août", "aout", Word, testMonth | testStart | upper},
		{",", ",", Punct, 0}, {"l'", "l'", Word, 0}, {"iPhone", "iphone", Word, innerUpper}, {"d’", "d'", Word, 0},
		{"eBay", "ebay", Word, innerUpper}, {"a", "a", Word, 0}, {"gagné", "gagne", Word, 0}, {"25", "25m", Number, 0},
		{"d'", "d'", Word, 0}, {"utilisateurs", "utilisateurs", Word, 0}, {"aujourd'hui", "aujourd'hui", Word, 0},
		{";", ";", Punct, 0}, {"Apple", "apple", Word, upper}, {"'s", "'s", Word, 0},
		{"mi-mai", "mi-mai", Word, testStart | testMid}, {"two-year", "two-year", Word, testStart | testMid},
	}
	var got []tok
	for _, k := range Tokenize(text, 0, len(text)) {
		got = append(got, tok{k.Text, k.Fold, k.Kind, k.Classes()})
		if text[k.Start:k.End] != k.Text && k.Kind != Number {
			t.Errorf("%q: offsets %d-%d hold %q", k.Text, k.Start, k.End, text[k.Start:k.End])
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tokenize:\n got  %v\n want %v", got, want)
	}
	for _, c := range []struct{ text, first string }{{"A380 jets", "A380"}, {"le G20 a", "le"}, {"CO2", "CO2"}, {"l'A10", "l'"}, {"COVID-19", "COVID"}, {"737s", "737"}} {
		toks := Tokenize(c.text, 0, len(c.text))
		if toks[0].Text != c.first {
			t.Errorf("%q: first token %q, want %q", c.text, toks[0].Text, c.first)
		}
	}
	if toks := Tokenize("l'A10", 0, 5); len(toks) != 2 || toks[1].Text != "A10" || toks[1].Kind != Word {
		t.Errorf("a name with its number split: %v", toks)
	}
	if toks := Tokenize(text, 0, len(text)); !toks[2].Is(testMonth) || toks[2].Is(testUnit) || !toks[0].Upper() || toks[10].Suffix() != "m" {
		t.Errorf("Is, Upper or Suffix wrong on %v", toks[:11])
	}
}

func TestLookup(t *testing.T) {
	if got := Lookup("aout"); got != testMonth|testStart {
		t.Errorf("Lookup(aout) = %v", got)
	}
	if got := LookupBytes([]byte("jours")); got != testUnit {
		t.Errorf("LookupBytes(jours) = %v", got)
	}
	for _, w := range []string{"", "zzz", "utilisateurs", "anticonstitutionnellement", "x"} {
		if got := Lookup(w); got != 0 {
			t.Errorf("Lookup(%q) = %v, want none", w, got)
		}
	}
	if got, want := (testMonth | upper).String(), "upper|month"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

// TestDeclareAfterBuild checks that a class declared once the lexicon is
// built panics rather than being silently left out.
func TestDeclareAfterBuild(t *testing.T) {
	Tokenize("x", 0, 1)
	defer func() {
		if recover() == nil {
			t.Error("Declare after the lexicon was built did not panic")
		}
	}()
	Declare("late", slices.Values([]string{"late"}))
}

func TestHelpers(t *testing.T) {
	toks := Tokenize("Plus de 70 millions", 0, len("Plus de 70 millions"))
	if !MatchWords(toks, 0, "plus", "de") || MatchWords(toks, 2, "70", "millions", "x") || FoldAt(toks, -1) != "" || FoldAt(toks, 4) != "" {
		t.Error("MatchWords or FoldAt wrong")
	}
	if !InSet("b", "a", "b") || InSet("c", "a", "b") || !SetOf("a", "b")["b"] {
		t.Error("InSet or SetOf wrong")
	}
	if got := Words("L’an 2021, c'est «fini»"); !slices.Equal(got, []string{"l'an", "2021", "c'est", "fini"}) {
		t.Errorf("Words = %q", got)
	}
}

// TestFrenchParticiple: a participle's forms, not an imperfect's or a
// conditional's, whose "-ait" and "-ais" end like "-it" and "-is".
func TestFrenchParticiple(t *testing.T) {
	for w, want := range map[string]bool{
		"evacuees": true, "supprimes": true, "prevu": true, "detenant": true, "detruit": true, "fait": true,
		"satisfait": true, "pris": true, "mise": true,
		"avait": false, "pourrait": false, "progressait": false, "etait": false, "pensais": false, "augmentent": false,
	} {
		if got := FrenchParticiple(w); got != want {
			t.Errorf("FrenchParticiple(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNameApostrophe: a name that goes on past an apostrophe is one word
// ("O'Brien", "N'Diaye", «Le Floc'h», «Côte-d'Or»); a French elision before a capital
// («l'Insee», «d'Estaing», «N'importe») and a lone "O'" are not.
func TestNameApostrophe(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Sinead O'Brien said", []string{"Sinead", "O'Brien", "said"}},
		{"Aminata N'Diaye, déléguée", []string{"Aminata", "N'Diaye", ",", "déléguée"}},
		{"Véronique Le Floc'h.", []string{"Véronique", "Le", "Floc'h", "."}},
		{"selon l'Insee et d'Estaing", []string{"selon", "l'", "Insee", "et", "d'", "Estaing"}},
		{"N'importe quoi", []string{"N'", "importe", "quoi"}},
		{"c'hwi O'", []string{"c'", "hwi", "O", "'"}},
		{"de la Côte-d'Or et Villeneuve-d’Ascq", []string{"de", "la", "Côte-d'Or", "et", "Villeneuve-d’Ascq"}},
		{"Saint-Martin-d'Hères.", []string{"Saint-Martin-d'Hères", "."}},
		{"un casse-d'or", []string{"un", "casse-d", "'", "or"}},
	} {
		var got []string
		for _, tk := range Tokenize(c.text, 0, len(c.text)) {
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestInvertedSpeech: a verb of saying with its pronoun after it, as one
// word, is one; another verb so written is not.
func TestInvertedSpeech(t *testing.T) {
	for f, want := range map[string]bool{"estime-t-il": true, "souligne-t-elle": true, "poursuit-il": true, "ajoute-t-elle": true, "a-t-il": false, "mange-t-il": false, "estime": false} {
		if got := InvertedSpeech(f); got != want {
			t.Errorf("InvertedSpeech(%q) = %v, want %v", f, got, want)
		}
	}
}
