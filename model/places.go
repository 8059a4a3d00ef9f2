package model

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/claimline/claimline/model/lexis"
)

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

// isRegion reports whether the folded name key is a region's («le Gard»,
// "Texas", "Ontario").
func isRegion(key string) bool { return regionNames()[key] }

// isCity reports whether the folded name key is a city's.
func isCity(key string) bool { return cityNames()[key] }

// IsPlaceName reports whether name is a place's: a country, a region or a
// city of the gazetteers.
func IsPlaceName(name string) bool {
	f := lexis.Fold(name)
	return places[f] || isCity(f) || isRegion(f)
}

// IsCityOrCountryName reports whether name is a city's or a country's
// (cmd/mknames keeps such names out of the given names, so that "Paris" or
// "India" is not read as a person's; not the regions, many of which are
// given names too: "Virginia", "Florida").
func IsCityOrCountryName(name string) bool {
	f := lexis.Fold(name)
	return places[f] || isCity(f)
}
