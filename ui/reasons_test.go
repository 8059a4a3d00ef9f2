package ui

import "testing"

// TestTranslateReasonKeepsTheArticlesWords checks that translating a reason
// keeps the words quoted from the article and changes nothing in English.
func TestTranslateReasonKeepsTheArticlesWords(t *testing.T) {
	tests := []string{
		"subject: the subject of its clause",
		"measure: the noun the figure counts, «emplois»",
		"date: «mardi 5 octobre», the date of the verb «a affirmé»",
		"statement: words its passage puts in the mouth of Pavel Durov",
		"event: the verb «a décollé» and its subject",
		"measure: «revenue», named by its clause",
	}
	for _, r := range tests {
		if got := translateReason(r); got != r {
			t.Errorf("translateReason(%q) = %q in English", r, got)
		}
	}
}
