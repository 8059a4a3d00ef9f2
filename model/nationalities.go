package model

import (
	"strings"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// A country's economy, government or exports are named by its adjective
// as often as by its name: "l'économie allemande", "le gouvernement
// français", "the German economy", "Chinese exports". A figure or an event
// whose subject is such a noun phrase, with no organisation of its own, is
// about the country.

// country is a country's name in French and in English.
type country struct{ fr, en string }

// nationalities maps the folded adjectives of the countries most in the
// news, French (every gender and number) and English, to the country.
var nationalities = func() map[string]country {
	m := map[string]country{}
	for _, c := range []struct {
		fr, en string
		adjFR  []string // masculine singular, feminine singular, masculine plural, feminine plural
		adjEN  string
	}{
		{"France", "France", []string{"francais", "francaise", "francais", "francaises"}, "french"},
		{"Allemagne", "Germany", []string{"allemand", "allemande", "allemands", "allemandes"}, "german"},
		{"Royaume-Uni", "United Kingdom", []string{"britannique", "britannique", "britanniques", "britanniques"}, "british"},
		{"Italie", "Italy", []string{"italien", "italienne", "italiens", "italiennes"}, "italian"},
		{"Espagne", "Spain", []string{"espagnol", "espagnole", "espagnols", "espagnoles"}, "spanish"},
		{"Portugal", "Portugal", []string{"portugais", "portugaise", "portugais", "portugaises"}, "portuguese"},
		{"Belgique", "Belgium", []string{"belge", "belge", "belges", "belges"}, "belgian"},
		{"Suisse", "Switzerland", []string{"suisse", "suisse", "suisses", "suisses"}, "swiss"},
		{"Pays-Bas", "Netherlands", []string{"neerlandais", "neerlandaise", "neerlandais", "neerlandaises"}, "dutch"},
		{"Grèce", "Greece", []string{"grec", "grecque", "grecs", "grecques"}, "greek"},
		{"Pologne", "Poland", []string{"polonais", "polonaise", "polonais", "polonaises"}, "polish"},
		{"Suède", "Sweden", []string{"suedois", "suedoise", "suedois", "suedoises"}, "swedish"},
		{"Irlande", "Ireland", []string{"irlandais", "irlandaise", "irlandais", "irlandaises"}, "irish"},
		{"Autriche", "Austria", []string{"autrichien", "autrichienne", "autrichiens", "autrichiennes"}, "austrian"},
		{"Russie", "Russia", []string{"russe", "russe", "russes", "russes"}, "russian"},
		{"Ukraine", "Ukraine", []string{"ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"}, "ukrainian"},
		{"Turquie", "Turkey", []string{"turc", "turque", "turcs", "turques"}, "turkish"},
		{"États-Unis", "United States", []string{"americain", "americaine", "americains", "americaines"}, "american"},
		{"Canada", "Canada", []string{"canadien", "canadienne", "canadiens", "canadiennes"}, "canadian"},
		{"Mexique", "Mexico", []string{"mexicain", "mexicaine", "mexicains", "mexicaines"}, "mexican"},
		{"Brésil", "Brazil", []string{"bresilien", "bresilienne", "bresiliens", "bresiliennes"}, "brazilian"},
		{"Argentine", "Argentina", []string{"argentin", "argentine", "argentins", "argentines"}, "argentine"},
		{"Chine", "China", []string{"chinois", "chinoise", "chinois", "chinoises"}, "chinese"},
		{"Japon", "Japan", []string{"japonais", "japonaise", "japonais", "japonaises"}, "japanese"},
		{"Corée du Sud", "South Korea", []string{"sud-coreen", "sud-coreenne", "sud-coreens", "sud-coreennes"}, "south korean"},
		{"Inde", "India", []string{"indien", "indienne", "indiens", "indiennes"}, "indian"},
		{"Australie", "Australia", []string{"australien", "australienne", "australiens", "australiennes"}, "australian"},
		{"Israël", "Israel", []string{"israelien", "israelienne", "israeliens", "israeliennes"}, "israeli"},
		{"Iran", "Iran", []string{"iranien", "iranienne", "iraniens", "iraniennes"}, "iranian"},
		{"Égypte", "Egypt", []string{"egyptien", "egyptienne", "egyptiens", "egyptiennes"}, "egyptian"},
		{"Algérie", "Algeria", []string{"algerien", "algerienne", "algeriens", "algeriennes"}, "algerian"},
		{"Maroc", "Morocco", []string{"marocain", "marocaine", "marocains", "marocaines"}, "moroccan"},
		{"Tunisie", "Tunisia", []string{"tunisien", "tunisienne", "tunisiens", "tunisiennes"}, "tunisian"},
		{"Syrie", "Syria", []string{"syrien", "syrienne", "syriens", "syriennes"}, "syrian"},
		{"Nigeria", "Nigeria", []string{"nigerian", "nigeriane", "nigerians", "nigerianes"}, "nigerian"},
		{"Afrique du Sud", "South Africa", []string{"sud-africain", "sud-africaine", "sud-africains", "sud-africaines"}, "south african"},
	} {
		for _, a := range c.adjFR {
			m["fr\x00"+a] = country{c.fr, c.en}
		}
		m["en\x00"+c.adjEN] = country{c.fr, c.en}
	}
	return m
}()

// lexNationality is the lexicon's class of the adjectives of nationalities.
var lexNationality = lexis.Declare("nationality", func(yield func(string) bool) {
	for k := range nationalities {
		_, a, _ := strings.Cut(k, "\x00")
		if !yield(a) {
			return
		}
	}
})

// nationalMeasures are what a country's figures measure besides the public
// measures: "l'économie allemande", "Chinese exports".
var nationalMeasures = lexis.SetOf("economie", "economy", "exportations", "exports", "importations", "imports", "croissance",
	"growth", "dette", "debt", "commerce", "trade", "production", "output", "consommation", "consumption", "prices", "prix", "wages",
	"salaires", "spending", "investment", "investissement")

// nationalityOf returns the country whose adjective qualifies the head noun
// at token h of a clause's subject, before its verb v ("l'économie
// allemande", "the German economy"), named in language lang; "" when none.
func (p *parsed) nationalityOf(h, v int, lang string) string {
	toks := p.toks
	// "Australian retail sales", «les ventes au détail françaises»
	retail := h >= 0 && (toks[h].Fold == "retail" && lexis.FoldAt(toks, h+1) == "sales" || h > 0 && toks[h].Fold == "sales" && toks[h-1].Fold == "retail" ||
		toks[h].Fold == "ventes" && lexis.MatchWords(toks, h+1, "au", "detail"))
	if h < 0 || v <= h || !publicMeasures[toks[h].Fold] && !nationalMeasures[toks[h].Fold] && !retail {
		return "" // ("le géant japonais", "l'agence américaine Moody's": an organisation, not the country)
	}
	look := func(k int) string {
		if k < 0 || k >= v || !toks[k].Is(lexNationality) || !toks[k].Upper() && lang == "en" {
			return ""
		}
		l := "fr"
		if lang != "fr" {
			l = "en"
		}
		if c, ok := nationalities[l+"\x00"+toks[k].Fold]; ok {
			if l == "fr" {
				return c.fr
			}
			return c.en
		}
		return ""
	}
	if lang == "fr" {
		if c := look(h + 1); c != "" || h+2 >= v || p.tags[h+1] != syntax.ADJ {
			return c // "l'économie allemande"
		}
		return look(h + 2) // "la production nucléaire française"
	}
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if c := look(k); c != "" || p.tags[k] != syntax.ADJ && p.tags[k] != syntax.NOUN || toks[k].Upper() {
			return c // "the German economy", "French nuclear output", "German crude steel output"
		}
	}
	return ""
}

// nationalOpening returns the country whose adjective opens the subject
// of the clause of verb v, a phrase of lower-case words that ends in a
// nation's measure ("German crude steel output fell", «La production
// allemande d'acier brut a reculé» is read by nationalityOf), named in
// language lang; "" when none. The tagger's reading of the words between
// does not matter: "steel" or "output" read as a verb still ends there.
func (p *parsed) nationalOpening(start, v int, lang string) string {
	toks := p.toks
	k := start
	if k < v && toks[k].Fold == "the" {
		k++
	}
	if lang == "fr" || k >= v || !toks[k].Is(lexNationality) || !toks[k].Upper() || v-k < 2 || v-k > 5 {
		return ""
	}
	for j := k + 1; j < v; j++ {
		if toks[j].Kind != lexis.Word || toks[j].Upper() {
			return ""
		}
	}
	if last := toks[v-1].Fold; !nationalMeasures[last] && !publicMeasures[last] && !(last == "sales" && toks[v-2].Fold == "retail") {
		return ""
	}
	if c, ok := nationalities["en\x00"+toks[k].Fold]; ok {
		return c.en
	}
	return ""
}
