package model

import (
	_ "embed"
	"strings"
	"sync"
)

// placesText lists the names of the world's cities of at least 100,000
// inhabitants, folded, one a line (written by cmd/mkplaces from GeoNames,
// licence CC BY 4.0).
//
//go:embed places.txt
var placesText string

// cityNames returns the set of city names, read on first use.
var cityNames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 4500)
	for line := range strings.Lines(placesText) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
})

// isCity reports whether the folded name key is a city's.
func isCity(key string) bool { return cityNames()[key] }
