package timex

import "testing"

// A text cut anywhere, read in either language or in none (a dateline's
// first words are read before the article's language is known), never
// makes the date grammar read past its last word: "…than last season" at
// a cut read the French «la saison dernière»'s adjective after "season".
func TestCutTextsReadNoFurther(t *testing.T) {
	for _, s := range []string{
		"The figure is 8% higher than last season and beats the previous record",
		"Le chiffre est en hausse par rapport à la saison dernière et bat le record",
		"GRENOBLE, France, April 24 (AFP) - The resort said on Thursday it had a record",
	} {
		for n := 1; n <= len(s); n++ {
			for _, lang := range []string{"", "en", "fr"} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%q (%q): %v", s[:n], lang, r)
						}
					}()
					FindDates(s[:n], lang, Date{})
				}()
			}
		}
	}
}
