package model

import (
	"strings"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
)

// givenNameFirst reports whether a name opens with a given name ("Lionel
// Jospin", "Monique"): a person's, most likely.
func givenNameFirst(name string) bool {
	first, _, _ := strings.Cut(lexis.Fold(name), " ")
	return gazetteer.GivenNames()[first]
}
