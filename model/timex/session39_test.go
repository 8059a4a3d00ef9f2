package timex

import "testing"

// TestSession39DateReadings: the dates session 39's rules read, rule by
// rule.
func TestSession39DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// a company's fiscal year, "its" or "their", that ends with a
		// month: the twelve months to it.
		{"en", "2025-05-20", "Revenue rose 18% to 14.6 billion dollars in its fiscal year ended March 31.", "2024-04/2025-03"},
		{"en", "2025-05-20", "The two retailers raised prices in their financial year to June.", "2023-07/2024-06"},
		// «l'exercice clos fin mars», «clos le 31 mars 2025», «clôturé au
		// 30 juin»: the French fiscal year that ends with that month.
		{"fr", "2025-05-20", "Le chiffre d'affaires a progressé de 7 % sur l'exercice clos fin mars.", "2024-04/2025-03"},
		{"fr", "2025-05-20", "Le chiffre d'affaires a progressé sur l'exercice clos le 31 mars 2025.", "2024-04/2025-03"},
		{"fr", "2025-05-20", "Le bénéfice a reculé sur l'exercice décalé clôturé au 30 juin.", "2023-07/2024-06"},
		// «la veille» right after a verb of saying is the day before the
		// story's day (the last day told within a week of publication,
		// else the publication's), not before a narrative's date.
		{"fr", "2024-05-07", "Le décret est entré en vigueur le 1er janvier 2024. Le groupement Pharmavie a annoncé la veille un plan d'aide.", "2024-05-06"},
		{"fr", "2025-09-05", "Le bilan a été publié mercredi. Le 1er juillet, la température a atteint 28,4 °C. « Ces chiffres sont graves », a déclaré la veille le ministre.", "2025-09-02"},
		// (not in a narrative's pluperfect, nor after another verb)
		{"fr", "2025-04-03", "Le 12 mars, le président a limogé son ministre. Il avait annoncé la veille sa décision.", "2025-03-11"},
		{"fr", "2025-09-03", "Le 1er juillet, la température a atteint 28,4 °C. La veille, douze départements étaient en vigilance rouge.", "2025-06-30"},
	})
}
