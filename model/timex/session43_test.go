package timex

import (
	"strings"
	"testing"
	"time"
)

// TestSession43PeriodClosedOn: a quarter, half or year whose end a relative
// clause or a participle tells ("in its fiscal first quarter, which ended
// on November 30", «au premier trimestre clos le 30 novembre») is the
// months up to that end, not the calendar quarter its ordinal names.
func TestSession43PeriodClosedOn(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-12-09", "It added 3.8 million subscribers in its fiscal first quarter, which ended on November 30.", "2025-09/2025-11"},
		{"en", "2025-12-09", "Sales rose 4% in the quarter that ended on October 31.", "2025-08/2025-10"},
		{"en", "2025-12-09", "Profit doubled in the first half, which ended in September.", "2025-04/2025-09"},
		{"fr", "2025-12-09", "Le groupe a réalisé un chiffre d'affaires de 3 milliards au premier trimestre clos le 30 novembre.", "2025-09/2025-11"},
		{"fr", "2025-12-09", "Au premier semestre de son exercice, clos fin septembre, les ventes ont progressé de 4 %.", "2025-04/2025-09"},
		{"fr", "2025-12-09", "Au trimestre clos fin octobre, le groupe a vendu 3 000 voitures.", "2025-08/2025-10"},
		// guards: a quarter with no end told stays the calendar's; a
		// fiscal year closed at a month's end stays twelve months
		{"en", "2025-12-09", "Sales rose 4% in the first quarter, the company said.", "2025-01/2025-03"},
		{"fr", "2025-12-09", "Sur l'exercice clos fin juin, le chiffre d'affaires a progressé de 4 %.", "2024-07/2025-06"},
	})
}

// TestSession43PreviousQuarter: "the previous quarter", «le trimestre
// précédent» told after a quarter is the quarter before it (a fiscal one
// too, and after "the quarter" that stands for one), not the quarter before
// the reference's; with no quarter told, the one before the reference's.
func TestSession43PreviousQuarter(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-11-09", "Revenue rose 5% in the third quarter, compared with 3% in the previous quarter.", "2025-04/2025-06"},
		{"fr", "2025-11-09", "Le chiffre d'affaires a progressé de 5 % au troisième trimestre, contre 3 % au trimestre précédent.", "2025-04/2025-06"},
		{"en", "2025-12-09", "It earned $212 million in its fiscal third quarter ended October 31. Its mills ran at 81% of capacity in the quarter, compared with 74% in the preceding quarter.", "2025-05/2025-07"},
		// guards: with no quarter told, the one before the reference's
		{"en", "2025-11-09", "Margins were thinner than in the previous quarter.", "2025-07/2025-09"},
		{"fr", "2025-11-09", "Les marges sont plus faibles qu'au trimestre précédent.", "2025-07/2025-09"},
	})
}

// TestSession43YearOfAResult: a year before a result's noun ("Zorgon's 2024
// revenue", "expects 2026 sales") or after it in French («son chiffre
// d'affaires 2024») is the year the result is of; a count after "of" is
// none ("sales of 2024 units").
func TestSession43YearOfAResult(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-12-09", "Zorgon's 2024 revenue was $3 billion.", "2024"},
		{"en", "2025-12-09", "Zorgon expects 2026 sales of $4.4 billion.", "2026"},
		{"fr", "2025-12-09", "Son chiffre d'affaires 2024 a atteint 3 milliards d'euros.", "2024"},
		{"fr", "2025-12-09", "Le groupe a relevé ses prévisions 2025.", "2025"},
		// guards
		{"en", "2025-12-09", "The dealer reported sales of 2024 units.", ""},
		{"en", "2025-12-09", "About 2024 people attended.", ""},
	})
}

// TestSession43MarketDates: a futures contract's delivery month ("the
// January copper contract") is no date of the news; a close ("to Celdara's
// closing price on Monday") is a price already set, the last Monday, though
// the clause tells what will be done.
func TestSession43MarketDates(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-12-09", "On the Shanghai exchange, the most-traded January copper contract climbed 2.3% to 94,560 yuan a ton.", ""},
		{"en", "2025-12-09", "March Brent futures rose 1.2% to $74 a barrel.", ""},
		{"en", "2025-12-09", "Halvorsen will pay $38 per share, a premium of 61% to Celdara's closing price on Monday.", "2025-12-08"},
		// guards: a month told alone is a date; a future clause's Monday is the next
		{"en", "2025-12-09", "Copper climbed 2.3% in January.", "2025-01"},
		{"en", "2025-12-09", "Halvorsen will pay $38 per share on Monday.", "2025-12-15"},
	})
}

// TestSession43TheElevenMonths: "over the eleven months" without "first" is
// the year's first months, not a stretch of time; "the three months" (a
// quarter told before) and "the eleven months to October" are not so read.
func TestSession43TheElevenMonths(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-12-09", "Total cargo throughput fell 1.9% to 398 million tonnes over the eleven months, however.", "2025-01/2025-11"},
		{"en", "2025-12-09", "Sales rose 3% in the eight months.", "2025-01/2025-08"},
		{"en", "2025-12-09", "Sales rose 3% in the 11 months to October.", "2024-12/2025-10"},
	})
}

// TestSession43ShoppingDays: "Black Friday" is the day after the fourth
// Thursday of November, "Cyber Monday" the Monday after, not last Friday or
// Monday.
func TestSession43ShoppingDays(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2025-12-09", "Footfall at UK shops on Black Friday was down 4.5%.", "2025-11-28"},
		{"en", "2025-12-09", "Online sales rose 8% on Cyber Monday.", "2025-12-01"},
		{"en", "2024-12-09", "Shoppers spent $10.8 billion online on Black Friday.", "2024-11-29"},
		{"en", "2025-12-09", "Sales were flat on Thanksgiving.", "2025-11-27"},
		{"fr", "2025-12-09", "Le Black Friday a dopé les ventes.", "2025-11-28"},
		// (a Friday told alone is still the last one)
		{"en", "2025-12-09", "Sales fell on Friday.", "2025-12-05"},
	})
}

// TestSession43MonthsToTheEndOf: «sur les douze mois à fin octobre» is the
// twelve months that end with October, not the end of October.
func TestSession43MonthsToTheEndOf(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"fr", "2025-12-09", "Les défaillances ont atteint 68.420 sur les douze mois à fin octobre.", "2024-11/2025-10"},
		{"fr", "2025-12-09", "Sur douze mois glissants à fin octobre, les créations ont progressé de 2 %.", "2024-11/2025-10"},
		{"fr", "2025-12-09", "Le chiffre d'affaires a progressé de 4 % sur les six mois à fin septembre 2025.", "2025-04/2025-09"},
		// (the end of a month told alone stays its last days)
		{"fr", "2025-12-09", "Le stock s'élevait à 3 millions fin octobre.", "2025-10-21/2025-10-31"},
	})
}

// TestSession43OverThePeriod: "over the period", «sur la période» is the
// span of months told just before; «sur la période juillet-septembre»
// names its own.
func TestSession43OverThePeriod(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Au premier semestre de son exercice, clos fin septembre, Alstom a enregistré 10,2 milliards de commandes. Son chiffre d'affaires a progressé de 4,1 % sur la période.", "2025-04/2025-09"},
		{"en", "Sales rose 3% in the first nine months. Operating profit fell 2% over the period.", "2025-01/2025-09"},
	} {
		got := ""
		for _, e := range FindDates(c.text, c.lang, Day(2025, time.December, 9)) {
			if strings.Contains(e.Text, "riod") {
				got = e.Date.String()
			}
		}
		if got != c.want {
			t.Errorf("%q: the period %q, want %q", c.text, got, c.want)
		}
	}
	runDateReadings(t, []dateReading{
		{"fr", "2021-10-29", "Sur la période juillet-septembre, les ventes ont reculé.", "2021-07/2021-09"},
	})
}

// TestSession43ApposedFiscalQuarter: "in the three months to Nov. 30, its
// fiscal first quarter" is those months, and the quarters told from it
// ("the previous quarter") count back from them.
func TestSession43ApposedFiscalQuarter(t *testing.T) {
	const text = "Corran Lithium produced 212,400 tonnes in the three months to Nov. 30, its fiscal first quarter. Unit costs dropped to A$598 a tonne from A$684 in the previous quarter."
	runDateReadings(t, []dateReading{{"en", "2025-12-09", text, "2025-06/2025-08"}})
	got := ""
	for _, e := range FindDates(text, "en", Day(2025, time.December, 9)) {
		if strings.Contains(e.Text, "first quarter") {
			got = e.Date.String()
		}
	}
	if got != "2025-09/2025-11" {
		t.Errorf("its fiscal first quarter: %q, want 2025-09/2025-11", got)
	}
}
