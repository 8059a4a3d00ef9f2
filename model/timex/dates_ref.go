package timex

import "github.com/claimline/claimline/model/lexis"

// referenceWords are the words that point at the present, the past or the
// future without naming a date, with their TimeML values; the language of
// each phrase is given so that "now" is not read in French text.
var referenceWords = []struct {
	words []string
	lang  string
	value string
}{
	{[]string{"now"}, "en", "PRESENT_REF"}, {[]string{"currently"}, "en", "PRESENT_REF"},
	{[]string{"presently"}, "en", "PRESENT_REF"}, {[]string{"nowadays"}, "en", "PRESENT_REF"},
	{[]string{"recently"}, "en", "PAST_REF"}, {[]string{"the", "future"}, "en", "FUTURE_REF"},
	{[]string{"a", "later", "date"}, "en", "FUTURE_REF"}, {[]string{"the", "past"}, "en", "PAST_REF"},
	{[]string{"actuellement"}, "fr", "PRESENT_REF"}, {[]string{"desormais"}, "fr", "PRESENT_REF"},
	{[]string{"maintenant"}, "fr", "PRESENT_REF"}, {[]string{"dorenavant"}, "fr", "PRESENT_REF"},
	{[]string{"recemment"}, "fr", "PAST_REF"}, {[]string{"auparavant"}, "fr", "PAST_REF"},
	{[]string{"autrefois"}, "fr", "PAST_REF"}, {[]string{"jadis"}, "fr", "PAST_REF"},
	{[]string{"naguere"}, "fr", "PAST_REF"},
}

// referencesByFirst indexes referenceWords by their first word.
var referencesByFirst = func() map[string][]int {
	m := map[string][]int{}
	for k, r := range referenceWords {
		m[r.words[0]] = append(m[r.words[0]], k)
	}
	return m
}()

// matchReference: "actuellement", "désormais", "récemment", "now",
// "currently", "recently", "the future", "a later date". "the future" is
// one only after a preposition or a verb ("believes that the future of
// flight"), not as a possessed noun ("its future").
func matchReference(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if !toks[i].Is(lexDateStart) {
		return false
	}
	for _, k := range referencesByFirst[toks[i].Fold] {
		r := &referenceWords[k]
		if lang != "" && r.lang != lang || !lexis.MatchWords(toks, i, r.words...) {
			continue
		}
		e := newExpr(DateReference)
		e.Timex, e.end = r.value, i+len(r.words)
		switch r.value {
		case "PAST_REF":
			e.dir = -1
		case "FUTURE_REF":
			e.dir = 1
		}
		return out.set(e)
	}
	return false
}
