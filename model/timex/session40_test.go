package timex

import (
	"fmt"
	"testing"
	"time"
)

// TestSession40DateReadings: the dates session 40's rules read, rule by
// rule.
func TestSession40DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		// a fiscal quarter or half told without a year after a company's
		// fiscal year is named: that fiscal year's ("of the current
		// financial year": the one going on).
		{"en", "2025-05-07", "Pixelforge reported net sales of 1.86 billion euros for the fiscal year ended March 31. The company sold 9.4 million copies in the fiscal fourth quarter.", "2025-01/2025-03"},
		{"en", "2025-05-07", "Pixelforge reported net sales of 1.86 billion euros for the fiscal year ended March 31. It sold 9.4 million copies in the fiscal fourth quarter, against 3.1 million in the same period last year.", "2024-01/2024-03"},
		{"en", "2025-08-20", "Revenue rose in the fiscal year to June 2025. Revenue in the first quarter of the financial year fell 2 percent.", "2024-07/2024-09"},
		{"en", "2025-11-20", "Revenue rose in the fiscal year ended March 31, 2025. It reported a net loss for the third quarter of the current financial year.", "2025-10/2025-12"},
		{"fr", "2025-11-20", "Le chiffre d'affaires a progressé sur l'exercice clos fin septembre 2025. Au premier semestre de l'exercice, il avait reculé de 2 %.", "2024-10/2025-03"},
		{"fr", "2026-01-20", "Le chiffre d'affaires a progressé sur l'exercice clos fin septembre 2025. Au premier trimestre de l'exercice en cours, il a reculé de 2 %.", "2025-10/2025-12"},
		// (told ahead, the next one not long over)
		{"en", "2025-05-07", "Revenue rose in the fiscal year ended March 31. The company expects sales to rise in the fiscal first quarter.", "2025-04/2025-06"},
		// (without "fiscal", or a fiscal year told, a calendar quarter,
		// a market's perhaps; with a year, the year's)
		{"en", "2025-05-07", "The company sold 9.4 million copies in the fourth quarter.", "2024-10/2024-12"},
		{"en", "2025-05-07", "Revenue rose in the fiscal year ended March 31. Across the sector, passenger numbers grew 7% in the first quarter.", "2025-01/2025-03"},
		{"en", "2025-05-07", "Revenue rose in the fiscal year ended March 31. Europe's economy grew in the fourth quarter of 2024.", "2024-10/2024-12"},
		// "the previous year" after a fiscal year: the fiscal year before.
		{"en", "2025-05-07", "Net sales reached 1.86 billion euros for the fiscal year ended March 31, up 22 percent from 1.52 billion euros the previous year.", "2023-04/2024-03"},
		// "the current fiscal year", "last financial year", «l'exercice en
		// cours», «l'exercice précédent», and "the fiscal year" said again:
		// from the fiscal year's end told before.
		{"en", "2025-05-07", "Revenue rose in the fiscal year ended March 31. It expects sales of 2.1 billion euros in the current fiscal year.", "2025-04/2026-03"},
		{"en", "2025-11-12", "Revenue rose in the financial year to March 2025. Last financial year, it carried 410 million passengers.", "2024-04/2025-03"},
		{"en", "2025-05-07", "Revenue rose 6% in the fiscal year ended March 31.", "2024-04/2025-03"},
		{"en", "2025-05-07", "Revenue rose 6% in the fiscal year ended March 31, after 4% in the previous fiscal year.", "2023-04/2024-03"},
		{"en", "2025-05-07", "Revenue rose in the fiscal year ended March 31. Downloads made up 81 percent of revenue in the fiscal year.", "2024-04/2025-03"},
		{"fr", "2025-11-20", "Le chiffre d'affaires a progressé sur l'exercice clos fin septembre 2025. Il vise 3 % de croissance sur l'exercice en cours.", "2025-10/2026-09"},
		{"fr", "2025-11-20", "Le chiffre d'affaires a progressé sur l'exercice clos fin septembre 2025, après une baisse sur l'exercice précédent.", "2023-10/2024-09"},
		// (with no fiscal year's end told, no date)
		{"en", "2025-05-07", "It expects sales of 2.1 billion euros in the current fiscal year.", ""},
		// "for the year", «sur l'année»: the year told of last, or its
		// fiscal year (with none told, no date; for "in the half", see
		// TestSession40HalfAnaphor).
		{"en", "2026-02-18", "In December 2025, sales rose 4%. Revenue for the year fell 7%.", "2025"},
		{"fr", "2024-01-03", "Les salles ont accueilli 19,4 millions de spectateurs en décembre 2023. Les films français ont représenté 39,8 % des entrées sur l'année.", "2023"},
		{"en", "2025-05-07", "Revenue rose in the fiscal year ended March 31. Margins narrowed over the year.", "2024-04/2025-03"},
		{"en", "2026-02-18", "Revenue for the year fell 7%.", ""},
		{"fr", "2026-07-03", "En 2019, année de référence, le taux d'occupation moyen s'élevait à 69,5 % sur l'année.", "2019"},
		{"en", "2024-02-14", "Analysts forecast that wholesale prices will average 82 euros in the summer, and 97 euros for the year as a whole.", "2024"},
		{"en", "2025-09-19", "The company, whose financial year ends in June, reported a net profit of 96 million dollars for the year.", ""},
		// (nor a base set against: «9 % de plus qu'en décembre 2022»,
		// "from the 2019 level")
		{"fr", "2024-01-03", "Le mois de décembre 2023 a été dynamique, avec 19,4 millions de spectateurs, soit 9 % de plus qu'en décembre 2022. Les films français ont représenté 39,8 % des entrées sur l'année.", "2023"},
		{"fr", "2024-01-24", "Le port a traité 3,6 millions de conteneurs en 2023. Ce chiffre dépasse le précédent record de 3,4 millions d'EVP établi en 2019. Le trafic total s'est élevé à 78 millions de tonnes sur l'année.", "2023"},
		// (told ahead, the year going on)
		{"fr", "2023-12-19", "Le chiffre d'affaires a atteint 120 millions d'euros en 2022. Le groupe prévoit un recul de 5 % de ses ventes sur l'année.", "2023"},
		{"en", "2026-01-16", "Road deaths fell last year. The target is to halve deaths by 2030 from the 2019 level of 1,710. Insurer Valmont said claims cost it 840 million euros in the year.", "2025"},
		// "in the spring", "during the fall": the season (the last one
		// begun, told in the past), not "the fall of" a thing.
		{"en", "2025-06-11", "Rainfall across the region in the spring was 43% of the long-term average.", "2025-03/2025-05"},
		{"en", "2025-06-11", "Sales were weak during the fall.", "2024-09/2024-11"},
		{"en", "2025-06-11", "Sales were weak after the fall of the government in 2024.", "2024"},
		// "March was the busiest month": a sentence on what the month was
		// (not "May was prime minister").
		{"en", "2024-04-08", "March was the busiest month in the scheme's history.", "2024-03"},
		{"en", "2024-04-08", "In 2016, May was prime minister.", "2016"},
		// "$31 an ounce": no French year in English
		{"en", "2025-02-20", "In 2024, silver traded at $31 an ounce.", "2024"},
		{"en", "2026-02-18", "Arrivals rose in 2025. Margins narrowed in the half.", ""},
	})
}

// TestSession40HalfAnaphor: "in the half", «sur le semestre» are the half
// told of last.
func TestSession40HalfAnaphor(t *testing.T) {
	for _, c := range []struct{ lang, ref, text, words, want string }{
		{"en", "2026-07-30", "Arrivals rose 12% in the first half of 2026. Visitors from Germany were the largest group, at 1.1 million in the half.", "the half", "2026-01/2026-06"},
		{"en", "2025-11-12", "Net profit rose in the fiscal first half ended Sept. 30. Sales rose 3% in the half.", "the half", "2025-04/2025-09"},
		{"fr", "2025-09-17", "Les ventes ont progressé au premier semestre 2025. La marge a reculé sur le semestre.", "le semestre", "2025-01/2025-06"},
	} {
		var y, m, d int
		fmt.Sscanf(c.ref, "%d-%d-%d", &y, &m, &d)
		got := "(not read)"
		for _, e := range FindDates(c.text, c.lang, Day(y, time.Month(m), d)) {
			if e.Text == c.words {
				got = e.Date.String()
			}
		}
		if got != c.want {
			t.Errorf("%q: %q is %s, want %s", c.text, c.words, got, c.want)
		}
	}
}
