package timex

import "testing"

// TestSession38DateReadings: the dates session 38's rules read, rule by
// rule.
func TestSession38DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// "the final quarter" is the last one, as "the last quarter" is:
		// of the year it names, else the one before the reference's.
		{"en", "2025-02-13", "Northline cancelled 38,400 services in the final quarter of 2024.", "2024-10/2024-12"},
		{"en", "2025-02-13", "Sales rose 4% in the final quarter.", "2024-10/2024-12"},
		// a start the present tells ("take effect on", «entre en vigueur
		// le») is ahead; one told in the past is not.
		{"en", "2024-12-11", "The new quotas take effect on Jan. 1.", "2025-01-01"},
		{"en", "2024-12-11", "The rules took effect on Jan. 1.", "2024-01-01"},
		{"fr", "2024-12-11", "La réforme entre en vigueur le 1er janvier.", "2025-01-01"},
		// a fronted date has the tense of the clause after its comma.
		{"fr", "2025-01-08", "Au quatrième trimestre, les entrées ont progressé de 6,2 %.", "2024-10/2024-12"},
		// "in the quarter", «sur le trimestre» is the quarter told of last.
		{"en", "2024-10-23", "Newmont's operations produced 201,000 ounces in the third quarter, it said on Tuesday. Gold Fields reported production of 132,000 ounces in the quarter.", "2024-07/2024-09"},
		// not a quarter set against as the change before («après une
		// baisse de 0,2 % au troisième trimestre»).
		{"fr", "2025-02-14", "L'emploi salarié privé a reculé de 0,1 % au quatrième trimestre 2024, après une baisse de 0,2 % au troisième trimestre. L'intérim a chuté de 2,4 % sur le trimestre.", "2024-10/2024-12"},
		{"fr", "2024-10-23", "Le groupe a vendu 2,1 millions de véhicules au troisième trimestre, a-t-il indiqué mardi. Sur le trimestre, ses ventes ont reculé de 3 %.", "2024-07/2024-09"},
	})
}
