package model

import "testing"

// Session 55: the work on issue 10 (claims that hold on any news), each
// test written from a review round's construction before its fix.

// A body's name that goes on with «de» and a name is read whole: a
// Spanish or Portuguese institution's word ("Banco de Portugal", "Turismo
// de Lisboa"), a French name opening on a plural common noun inside a
// sentence («selon Terres du Ponant», «Voies Navigables de France»).
func TestForeignAndPluralBodyNames(t *testing.T) {
	runSaidByCases(t, "2026-03-10", []saidByCase{
		{"en", "According to Turismo de Lisboa, hotel occupancy reached 81% in 2025.", 81, "Turismo de Lisboa"},
		{"en", "Growth was 1.9% in 2025, Banco de Portugal said on Tuesday.", 1.9, "Banco de Portugal"},
		{"fr", "Selon Terres du Ponant, la compagnie a transporté 410 000 passagers en 2025.", 410_000, "Terres du Ponant"},
		{"fr", "Le trafic fluvial a progressé de 4 % en 2025, selon Voies Navigables de France.", 4, "Voies Navigables de France"},
	})
}

// «le réseau Loup-Lynx de l'OFB» is a part of the body its acronym names:
// the body keeps its mentions.
func TestPartOfAnAcronymBody(t *testing.T) {
	runSubjectCases(t, []subjectCase{
		{"part of a body", "fr", "2026-03-10", "Loups\n\nL'Office français de la biodiversité (OFB) a publié son bilan. « Cela ralentit », a déclaré Nicolas Ferrandi, du réseau Loup-Lynx de l'OFB. Un an plus tôt, l'office avait évalué la population à 1 044 loups.", 1044, "Office français de la biodiversité", ""},
	})
}
