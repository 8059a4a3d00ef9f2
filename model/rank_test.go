package model

import "testing"

// Places in a ranking read outside the home set's app charts.
func TestRankReadings(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       Metric
	}{
		{"en", "Apple passed Wal-Mart to become the No. 1 music seller", MetricRank},
		{"en", "China Eastern is the third largest airline in China", MetricRank},
		{"fr", "Radwanska, 3e au classement ATP, a perdu", MetricRank},
		{"fr", "la tête de série n°6 a pu se ressaisir", MetricRank},
		{"en", "There is no 5 in the list", ""},
		{"en", "the third request came in May", ""},
		{"en", "It was the second interest payment", ""},
	} {
		toks := Tokenize(c.text, 0, len(c.text))
		var got Metric
		for _, n := range findNumbers(nil, c.text, toks, c.lang) {
			if m, _ := metricOf(toks, n); m == MetricRank {
				got = m
			}
		}
		if got != c.want {
			t.Errorf("%q: metric %q, want %q", c.text, got, c.want)
		}
	}
}
