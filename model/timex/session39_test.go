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
		// "the same period last year", «la même période l'an dernier», «au
		// même mois de l'année précédente»: the period told last, a year
		// back; with none told, the year before.
		{"en", "2024-10-24", "Skyrail posted a third-quarter profit of 310 million euros, against a loss of 45 million euros in the same period last year.", "2023-07/2023-09"},
		{"en", "2024-10-24", "Skyrail posted a loss in the same period last year.", "2023"},
		{"en", "2024-10-24", "Skyrail reported a net profit of 312 million euros for the third quarter on Thursday, reversing a loss of 45 million euros in the same period last year.", "2023-07/2023-09"},
		{"fr", "2024-10-24", "Skyrail a dégagé un bénéfice de 310 millions d'euros au troisième trimestre, contre une perte de 45 millions sur la même période l'an dernier.", "2023-07/2023-09"},
		{"fr", "2025-09-17", "Recyvolt a traité 36 000 tonnes de batteries au premier semestre 2025, soit trois fois plus qu'un an plus tôt, a annoncé mardi l'entreprise. Son chiffre d'affaires semestriel a atteint 88 millions d'euros, contre 41 millions d'euros à la même période de l'an dernier.", "2024-01/2024-06"},
		{"fr", "2024-10-24", "Les ventes ont reculé de 3 % en septembre par rapport au même mois de l'année précédente.", "2023-09"},
		// a quarter told ahead is the next one not long over: "expects
		// sales to stabilise in the fourth quarter", said in July, is this
		// year's; "the first quarter" then is next year's; "would take a
		// charge in the third quarter", said in October, the one just over.
		{"en", "2024-07-19", "The company expects sales to stabilise in the fourth quarter.", "2024-10/2024-12"},
		{"en", "2024-07-19", "Sales will rise in the first quarter.", "2025-01/2025-03"},
		{"en", "2011-10-12", "Halvard said it would take a charge of about 900 million Danish crowns in the third quarter.", "2011-07/2011-09"},
		{"en", "2024-07-19", "Sales rose in the fourth quarter.", "2023-10/2023-12"},
		// a weekday that qualifies a noun as a kind is no date: "The
		// paper's Sunday edition sold 312,000 copies".
		{"en", "2023-03-08", "Circulation fell 9% in February. The paper's Sunday edition sold 312,000 copies on average.", "2023-02"},
	})
}
