package model

import (
	"testing"
)

// Session 46's rules, each on invented sentences that fail without it.

// TestSession46VerbAfterApposition: after the comma that closes an
// apposition, a present in -s before "to" and a verb is the clause's verb
// ("VoltGrid, the network backed by Brookfield, plans to install…"), so
// the figure is the apposed name's, not its backer's.
func TestSession46VerbAfterApposition(t *testing.T) {
	const backed = "Charging network expands\n\nElectric car sales keep rising.\n\n" +
		"VoltGrid, the charging network backed by Brookfield, plans to install 4,000 chargers by 2028."
	const unit = "Insurer grows\n\nThe insurance market is consolidating.\n\n" +
		"Norvalis, a unit of Allianz, aims to sign 250,000 new customers by 2027."
	runSubjectCases(t, []subjectCase{
		{"backed by", "en", "2026-03-04", backed, 4000, "VoltGrid", "Brookfield"},
		{"a unit of", "en", "2026-03-04", unit, 250000, "Norvalis", "Allianz"},
	})
}
