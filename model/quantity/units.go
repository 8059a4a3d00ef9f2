package quantity

import (
	"iter"
	"maps"

	"github.com/claimline/claimline/model/lexis"
)

// TimeUnit is the lexicon's class of the units of time ("jours", "hours",
// "trimestre"): a figure of them is a duration or an age, not a count, and
// the date grammar reads them in "il y a 3 jours" and "two-year".
var TimeUnit = lexis.Declare("time unit", maps.Keys(timeUnits))

// timeUnits are the units of time, folded, with their TimeML letter: D(ay),
// W(eek), M(onth), Y(ear), h(our), m(inute), Q(uarter), E (decade), C
// (century).
var timeUnits = map[string]string{
	"jour": "D", "jours": "D", "journee": "D", "journees": "D", "day": "D", "days": "D",
	"semaine": "W", "semaines": "W", "week": "W", "weeks": "W",
	"mois": "M", "month": "M", "months": "M",
	"an": "Y", "ans": "Y", "annee": "Y", "annees": "Y", "year": "Y", "years": "Y",
	"heure": "h", "heures": "h", "h": "h", "hour": "h", "hours": "h",
	"minute": "m", "minutes": "m", "min": "m", "mins": "m",
	"trimestre": "Q", "trimestres": "Q", "quarter": "Q", "quarters": "Q",
	"decennie": "E", "decennies": "E", "decade": "E", "decades": "E",
	"siecle": "C", "siecles": "C", "century": "C", "centuries": "C",
}

// TimeUnitOf returns the TimeML letter of folded unit of time w ("D" for
// "jours", "Y" for "years"), and false when w is none.
func TimeUnitOf(w string) (string, bool) {
	u, ok := timeUnits[w]
	return u, ok
}

// TimeUnitNoun reports whether t is a unit of time: a figure of days or
// years is an age or a duration, not a count.
func TimeUnitNoun(t lexis.Token) bool {
	return t.Is(TimeUnit) || lexis.InSet(t.Fold, "ans", "an", "years", "year", "ago")
}

// currencyPrefixes stand glued before a currency sign ("US$", "C$").
var currencyPrefixes = lexis.SetOf("us", "usd", "c", "ca", "a", "au", "hk", "nz", "s")

// IsCurrencyPrefix reports whether folded word w may stand glued before a
// currency sign ("us" in "US$").
func IsCurrencyPrefix(w string) bool { return currencyPrefixes[w] }

// CurrencyPrefix reports whether token k is the country of a currency sign
// glued to it ("US" in "US$").
func CurrencyPrefix(toks []lexis.Token, k int) bool {
	// The sign first: it rules out nearly every token without a lookup.
	return k+1 < len(toks) && lexis.InSet(toks[k+1].Text, "$", "€", "£") && currencyPrefixes[toks[k].Fold]
}

// Scale returns the scale a folded scale word names ("millions": 1e6,
// "bn": 1e9), 0 for a word that is none.
func Scale(w string) float64 { return scaleWords[w] }

// ScaleWords returns the scale words, folded.
func ScaleWords() iter.Seq[string] { return maps.Keys(scaleWords) }

// UnitWord returns the value of a folded number word below a thousand
// ("vingt": 20, "dozen": 12), and false for a word that is none.
func UnitWord(w string) (int, bool) {
	n, ok := unitWords[w]
	return n, ok
}

// UnitWords returns the number words below a thousand, folded.
func UnitWords() iter.Seq[string] { return maps.Keys(unitWords) }

// TimeUnits returns the units of time, folded.
func TimeUnits() iter.Seq[string] { return maps.Keys(timeUnits) }
