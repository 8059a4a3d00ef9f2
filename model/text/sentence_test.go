package text

import (
	"slices"
	"testing"
)

// Sentences end at their full stop with the quotes that close them: a
// closing quote after a space stays with its sentence, and so does a
// straight quote the sentence opened; one that opens the next does not.
func TestSentencesKeepTheirClosingQuotes(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{`Il a dit : « Nous avons fini. » Puis il est parti.`, []string{`Il a dit : « Nous avons fini. »`, `Puis il est parti.`}},
		{`It was praised as " the biggest leap. " It is thin.`, []string{`It was praised as " the biggest leap. "`, `It is thin.`}},
		{`The phone is thin. " It is the best, " he said.`, []string{`The phone is thin.`, `" It is the best, " he said.`}},
		{`He left. "We are done," she said.`, []string{`He left.`, `"We are done," she said.`}},
		{`"We had no choice. We cut jobs," Zorg said. "Sales will grow."`, []string{`"We had no choice.`, `We cut jobs," Zorg said.`, `"Sales will grow."`}},
		{`Zorgon sold a 10.1" tablet on Monday. "We sold 2 million," Zorg said.`, []string{`Zorgon sold a 10.1" tablet on Monday.`, `"We sold 2 million," Zorg said.`}},
	} {
		var got []string
		for _, s := range Sentences(c.text, Span{Start: 0, End: len(c.text)}, nil) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: sentences %q, want %q", c.text, got, c.want)
		}
	}
}
