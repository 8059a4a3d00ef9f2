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

// TestSession46NamesWholeElsewhere: a name a word of kind carries past
// «d'» once («la coopérative Terres d'Ouest») is that whole name wherever
// the article writes it, in its headline or a later sentence with no such
// word, not its first word.
func TestSession46NamesWholeElsewhere(t *testing.T) {
	const later = "Lait : la collecte recule\n\nLa coopérative Terres d'Ouest a collecté 1,2 milliard de litres en 2025.\n\n" +
		"Le prix du lait a peu varié.\n\nTerres d'Ouest emploie 650 salariés dans la région."
	const headline = "Pain d'Aurore compte 79 boutiques en Gironde\n\nLe marché du pain reste stable.\n\n" +
		"La chaîne de boulangeries Pain d'Aurore a ouvert 12 boutiques en 2025, a-t-elle annoncé mardi."
	runSubjectCases(t, []subjectCase{
		{"a later sentence", "fr", "2026-03-04", later, 650, "Terres d'Ouest", "Terres"},
		{"its headline", "fr", "2026-03-04", headline, 79, "Pain d'Aurore", "Aurore"},
	})
}

// TestSession46AnaphorBeforeItsRelative: the noun opening a sentence
// («L'entreprise, dont l'État détient 84,3 % du capital, emploie…»)
// stands for the entity named before it, not for the subject of a figure
// in the clause set off after it.
func TestSession46AnaphorBeforeItsRelative(t *testing.T) {
	const fr = "Chantier naval\n\nLes Chantiers de l'Atlantique ont livré trois paquebots en 2025.\n\n" +
		"L'entreprise, dont l'État détient 84,3 % du capital, emploie 3 600 salariés."
	const en = "Shipyard\n\nAtlantic Yards delivered three cruise ships in 2025.\n\n" +
		"The company, whose biggest shareholder Norsk Capital holds 12%, employs 3,600 people."
	runSubjectCases(t, []subjectCase{
		{"«dont»", "fr", "2026-03-04", fr, 3600, "Chantiers de l'Atlantique", "État"},
		{"whose", "en", "2026-03-04", en, 3600, "Atlantic Yards", "Norsk Capital"},
	})
}
