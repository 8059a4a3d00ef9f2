package model

import "testing"

// TestSession37Dates: when a figure is, rule by rule.
func TestSession37Dates(t *testing.T) {
	runDateCases(t, []dateCase{
		// a figure led by «avec», "with" right after a clause set off by
		// commas goes on with that clause and its date: the record's
		// figure is the year it was set.
		{"avec after relative", "fr", "2019-06-29", "Météo-France a relevé vendredi une température de 45,9 °C dans le Gard, battant le record absolu de chaleur en France, qui datait de la canicule d'août 2003, avec 44,1 °C.", 44.1, "2003-08"},
		{"with after participle", "en", "2022-07-20", "The Met Office recorded 40.3C at Coningsby on Tuesday, breaking the previous record, set in Cambridge in July 2019, with 38.7C.", 38.7, "2019-07"},
	})
}
