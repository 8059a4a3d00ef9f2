// Package gazetteer holds the names of places and people that the
// extraction reads text against: the world's countries, regions and cities,
// its feasts, the English adjectives of nationality, and given names. The
// lists are embedded, folded (lower case, no accents), one name a line.
package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/claimline/claimline/model/lexis"
)

// Places is a small gazetteer of countries, continents and regions in French
// and English: names of places are never the subject of a claim.
var Places = withLines(lexis.SetOf("france", "russie", "russia", "chine", "china", "inde", "india", "europe", "asie", "asia", "afrique",
	"africa", "amerique", "ameriques", "america", "americas", "etats-unis", "etats", "unis", "usa", "us", "u.s", "uk",
	"royaume-uni", "britain", "england", "angleterre", "allemagne", "germany", "espagne", "spain", "italie", "italy",
	"japon", "japan", "bresil", "brazil", "canada", "mexique", "mexico", "iran", "irak", "iraq", "israel", "ukraine",
	"turquie", "turkey", "australie", "australia", "belgique", "belgium", "suisse", "switzerland", "quebec", "paris",
	"londres", "london", "moscou", "moscow", "washington", "pekin", "beijing", "new", "york", "californie",
	"california", "occident", "orient", "west", "east", "north", "south", "nord", "sud", "est", "ouest", "silicon",
	"valley", "hong", "kong", "singapour", "singapore", "dubai", "nouvelle-caledonie", "bali", "himalaya", "louvre",
	"antarctica", "antarctique", "arctique", "oceanie", "oceania",
	"pays-bas", "netherlands", "pologne", "poland", "suede", "sweden", "norvege", "norway", "coree", "korea",
	"taiwan", "vietnam", "indonesie", "indonesia", "egypte", "egypt", "nigeria", "argentine", "argentina", "chili",
	"chile", "colombie", "colombia", "portugal", "grece", "greece", "autriche", "austria", "irlande", "ireland",
	"ecosse", "scotland", "europeenne", "european", "union", "onu", "un",
	// countries in several words whose first word is no place's
	"united states", "united kingdom", "united arab emirates", "saudi arabia", "arabie saoudite", "sri lanka", "costa rica",
	"puerto rico", "porto rico", "el salvador", "czech republic", "dominican republic", "emirats arabes unis", "cote d'ivoire",
	"south africa", "afrique du sud", "south korea", "north korea", "coree du sud", "coree du nord", "south sudan", "soudan du sud",
	"new zealand", "nouvelle-zelande", "north macedonia", "macedoine du nord", "east timor", "timor oriental", "west bank", "cisjordanie",
	// the world's regions
	"latin america", "south america", "north america", "central america", "middle east", "southeast asia", "south east asia", "south-east asia",
	"east asia", "south asia", "central asia", "eastern europe", "western europe", "central europe", "northern europe", "southern europe",
	"east africa", "west africa", "north africa", "southern africa", "sub-saharan africa", "caribbean", "oceania", "scandinavia", "balkans",
	"asia-pacific", "asia pacific", "amerique latine", "amerique du sud", "amerique du nord", "amerique centrale", "moyen-orient",
	"proche-orient", "asie du sud-est", "europe de l'est", "europe de l'ouest", "europe centrale", "afrique du nord", "afrique de l'ouest",
	"afrique de l'est", "afrique subsaharienne", "maghreb", "caraibes", "oceanie", "scandinavie"), countriesText)

// Countries holds the countries of Places and of countriesText: what
// "the country", «le pays» can stand for.
var Countries = withLines(lexis.SetOf("france", "russie", "russia", "chine", "china", "inde", "india", "etats-unis", "usa",
	"royaume-uni", "britain", "england", "angleterre", "allemagne", "germany", "espagne", "spain", "italie", "italy",
	"japon", "japan", "bresil", "brazil", "canada", "mexique", "mexico", "iran", "irak", "iraq", "israel", "ukraine",
	"turquie", "turkey", "australie", "australia", "belgique", "belgium", "suisse", "switzerland", "singapour", "singapore",
	"pays-bas", "netherlands", "pologne", "poland", "suede", "sweden", "norvege", "norway", "coree", "korea", "taiwan",
	"vietnam", "indonesie", "indonesia", "egypte", "egypt", "nigeria", "argentine", "argentina", "chili", "chile",
	"colombie", "colombia", "portugal", "grece", "greece", "autriche", "austria", "irlande", "ireland", "ecosse", "scotland",
	"united states", "united kingdom", "united arab emirates", "saudi arabia", "arabie saoudite", "sri lanka", "costa rica",
	"el salvador", "czech republic", "dominican republic", "emirats arabes unis", "cote d'ivoire", "south africa",
	"afrique du sud", "south korea", "north korea", "coree du sud", "coree du nord", "south sudan", "soudan du sud",
	"new zealand", "nouvelle-zelande", "north macedonia", "macedoine du nord", "east timor", "timor oriental"), countriesText)

// countriesText lists the rest of the world's countries, in English and
// French, folded, one a line (written by hand from public lists).
//
//go:embed countries.txt
var countriesText string

// withLines adds the lines of an embedded list to the set m, as lineSet
// reads them, and returns m.
func withLines(m map[string]bool, text string) map[string]bool {
	for k := range lineSet(text, 0) {
		m[k] = true
	}
	return m
}

// Demonyms are the English adjectives of nationality, capitalised as names
// are ("a Chinese investor", "Swiss rescue teams", "British officials"):
// never an entity, a speaker or an article's organisation. (French writes
// them in lower case.)
var Demonyms = lexis.SetOf("american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian",
	"spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish",
	"icelandic", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian",
	"ukrainian", "belarusian", "serbian", "croatian", "bosnian", "slovenian", "albanian", "estonian", "latvian",
	"lithuanian", "chinese", "japanese", "korean", "taiwanese", "vietnamese", "thai", "indonesian", "malaysian",
	"filipino", "indian", "pakistani", "bangladeshi", "afghan", "iranian", "iraqi", "syrian", "lebanese", "israeli",
	"palestinian", "jordanian", "saudi", "egyptian", "libyan", "tunisian", "algerian", "moroccan", "nigerian",
	"kenyan", "ethiopian", "ghanaian", "sudanese", "somali", "african", "canadian", "mexican", "brazilian",
	"argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban", "australian",
	"zealander", "european", "asian", "arab", "latin", "nordic", "scandinavian", "western", "eastern", "northern",
	"southern", "catalan", "basque", "flemish", "walloon", "corsican", "breton", "bavarian", "texan", "californian",
	"moldovan", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "nepali", "nepalese", "burmese",
	"cambodian", "laotian", "singaporean", "qatari", "emirati", "kuwaiti", "omani", "yemeni", "bahraini", "eritrean",
	"ugandan", "tanzanian", "rwandan", "congolese", "angolan", "zambian", "zimbabwean", "mozambican", "namibian",
	"senegalese", "malian", "ivorian", "cameroonian", "gabonese", "malagasy", "mauritanian", "chadian", "bolivian",
	"ecuadorian", "paraguayan", "uruguayan", "guatemalan", "honduran", "salvadoran", "nicaraguan", "panamanian",
	"haitian", "jamaican", "maltese", "cypriot", "montenegrin", "macedonian", "kosovar",
	"luxembourgish", "slovene", "kyrgyz", "tajik", "turkmen",
	// the adjectives of regions written the same way ("a Baltic ferry operator")
	"baltic", "mediterranean", "caribbean", "iberian", "balkan", "andean", "arctic", "antarctic", "siberian", "patagonian", "amazonian", "sahelian")

// Holidays name the year's feasts, which are times, not entities.
var Holidays = lexis.SetOf("noel", "christmas", "paques", "easter", "toussaint", "pentecote", "pentecost", "thanksgiving", "hanouka", "hanukah",
	"ramadan", "hanukkah", "diwali", "halloween", "mardi-gras")

// placesText lists the names of the world's cities of at least 100,000
// inhabitants, folded, one a line (written by cmd/mkplaces from GeoNames,
// licence CC BY 4.0).
//
//go:embed places.txt
var placesText string

// cityNames returns the set of city names, read on first use.
var cityNames = sync.OnceValue(func() map[string]bool { return lineSet(placesText, 4500) })

// regionsText lists the regions and départements of France, the states of
// the United States and of Australia and the provinces of Canada, folded,
// one a line (written by hand from public lists).
//
//go:embed regions.txt
var regionsText string

// regionNames returns the set of region names, read on first use.
var regionNames = sync.OnceValue(func() map[string]bool { return lineSet(regionsText, 200) })

// lineSet returns the set of the lines of an embedded list, trimmed,
// without its blank lines and "#" comments; n is its expected size.
func lineSet(text string, n int) map[string]bool {
	m := make(map[string]bool, n)
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// IsRegion reports whether the folded name key is a region's («le Gard»,
// "Texas", "Ontario").
func IsRegion(key string) bool { return regionNames()[key] }

// IsCity reports whether the folded name key is a city's.
func IsCity(key string) bool { return cityNames()[key] }

// IsPlaceName reports whether name is a place's: a country, a region or a
// city of the gazetteers.
func IsPlaceName(name string) bool {
	f := lexis.Fold(name)
	return Places[f] || IsCity(f) || IsRegion(f)
}

// IsCityOrCountryName reports whether name is a city's or a country's
// (cmd/mknames keeps such names out of the given names, so that "Paris" or
// "India" is not read as a person's; not the regions, many of which are
// given names too: "Virginia", "Florida").
func IsCityOrCountryName(name string) bool {
	f := lexis.Fold(name)
	return Places[f] || IsCity(f)
}

// givenNamesText lists given names, folded, one a line (written by
// cmd/mknames from Moby Word II, public domain, and the human-names
// package, MIT).
//
//go:embed givennames.txt
var givenNamesText string

// GivenNames returns the set of given names, read on first use.
var GivenNames = sync.OnceValue(func() map[string]bool { return lineSet(givenNamesText, 8500) })
