package model

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/claimline/claimline/model/lexis"
)

// givenNamesText lists given names, folded, one a line (written by
// cmd/mknames from Moby Word II, public domain, and the human-names
// package, MIT).
//
//go:embed givennames.txt
var givenNamesText string

// givenNames returns the set of given names, read on first use.
var givenNames = sync.OnceValue(func() map[string]bool { return lineSet(givenNamesText, 8500) })

// givenNameFirst reports whether a name opens with a given name ("Lionel
// Jospin", "Monique"): a person's, most likely.
func givenNameFirst(name string) bool {
	first, _, _ := strings.Cut(lexis.Fold(name), " ")
	return givenNames()[first]
}
