package search

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/quantity"
)

// term is one word or figure of a query: the claims that hold a token
// matching every matcher of one of its alternatives match it.
type term struct {
	alts [][]tokenMatcher
	// claimOnly: the term is searched in the claim's own fields only (a word
	// of one or two letters being typed).
	claimOnly bool
}

// How a tokenMatcher matches tokens.
const (
	matchExact  = iota // the token s
	matchPrefix        // the tokens that start with s
	matchWord          // a word: its prefix, its other transliterations, one letter off
)

// tokenMatcher matches index tokens; kind is the score of a match, exact
// that of the token equal to s for matchPrefix.
type tokenMatcher struct {
	how         int
	s           string
	kind, exact int
}

// key identifies the term, to reuse its match in the next query.
func (t term) key() string {
	var b strings.Builder
	if t.claimOnly {
		b.WriteString("!")
	}
	for _, alt := range t.alts {
		b.WriteString("|")
		for _, m := range alt {
			b.WriteString(strconv.Itoa(m.how) + ":" + strconv.Itoa(m.kind) + ":" + strconv.Itoa(m.exact) + ":" + m.s + "&")
		}
	}
	return b.String()
}

// readQuery reads a query into terms.
func readQuery(text string) []term {
	ws := splitWords(text)
	// The last word is being typed unless the query ends after it.
	open := text != "" && func() bool {
		r, _ := utf8.DecodeLastRuneInString(text)
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}()
	var terms []term
	for i := 0; i < len(ws); i++ {
		last := i == len(ws)-1 && open
		if f, ok := readFigure(ws, i); ok {
			j := i + f.words
			t, used := figureTerm(f, ws[i+f.words-1].fold, ws[j:], open)
			terms = append(terms, t)
			i = j - 1 + used
			continue
		}
		terms = append(terms, wordTerm(ws[i].fold, last))
	}
	return terms
}

// wordTerm is the term of a word of the query.
func wordTerm(w string, last bool) term {
	if runeCount(w) <= 2 {
		if last {
			return term{alts: [][]tokenMatcher{{{how: matchPrefix, s: w, kind: kindPrefix, exact: kindExact}}}, claimOnly: true}
		}
		return term{alts: [][]tokenMatcher{{{how: matchExact, s: w, kind: kindExact}}}}
	}
	t := term{alts: [][]tokenMatcher{{{how: matchWord, s: w}}}}
	seen := map[string]bool{}
	for _, cw := range wordsStarting(conceptWords, w) {
		if c := concepts[cw]; !seen[c] {
			seen[c] = true
			t.alts = append(t.alts, []tokenMatcher{{how: matchExact, s: c, kind: kindConcept}})
		}
	}
	for ow, n := range quantity.OrdinalWords() {
		if strings.HasPrefix(ow, w) {
			if tok := ordinalToken(float64(n)); !seen[tok] {
				seen[tok] = true
				t.alts = append(t.alts, []tokenMatcher{{how: matchExact, s: tok, kind: kindConcept}})
			}
		}
	}
	return t
}

// wordsStarting returns the words of sorted that start with p.
func wordsStarting(sorted []string, p string) []string {
	lo, hi := 0, len(sorted)
	for lo < hi {
		m := (lo + hi) / 2
		if sorted[m] < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(sorted) && strings.HasPrefix(sorted[hi], p) {
		hi++
	}
	return sorted[lo:hi]
}

// multiplierKeys are the words of multipliers, sorted.
var multiplierKeys = func() []string {
	ks := make([]string, 0, len(multipliers))
	for k := range multipliers {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}()

// scales returns the multipliers written w, or started by w when open.
func scales(w string, open bool) []float64 {
	var out []float64
	seen := map[float64]bool{}
	for _, k := range wordsStarting(multiplierKeys, w) {
		if (open || k == w) && !seen[multipliers[k]] {
			seen[multipliers[k]] = true
			out = append(out, multipliers[k])
		}
	}
	return out
}

// isOrdinalStart reports whether s starts an ordinal ending ("e", "t", "èm").
func isOrdinalStart(s string) bool {
	for k := range quantity.OrdinalSuffixes() {
		if strings.HasPrefix(k, s) {
			return true
		}
	}
	return false
}

// figureTerm is the term of a figure of the query, and how many of the
// words after it it takes (a multiplier: "70 millions"). lastWord is the
// figure's last word as written, rest the query's words after it.
func figureTerm(f figure, lastWord string, rest []word, open bool) (term, int) {
	digits := tokenMatcher{how: matchPrefix, s: digitsToken(f.digits), kind: kindDigits, exact: kindExact}
	var t term
	exactValues := func(ms []float64) {
		for _, m := range ms {
			t.alts = append(t.alts, []tokenMatcher{{how: matchExact, s: numberToken(f.value * m), kind: kindExact}})
		}
	}
	if f.suffix != "" {
		// "70m", "56e", "1.5bn": the word as written, and what it means.
		endOpen := open && len(rest) == 0
		t.alts = append(t.alts, []tokenMatcher{{how: matchPrefix, s: lastWord, kind: kindPrefix, exact: kindExact}})
		exactValues(scales(f.suffix, endOpen))
		if endOpen && isOrdinalStart(f.suffix) || quantity.IsOrdinalSuffix(f.suffix) {
			t.alts = append(t.alts, []tokenMatcher{{how: matchExact, s: ordinalToken(f.value), kind: kindExact}})
		}
		return t, 0
	}
	if len(rest) > 0 {
		w := rest[0].fold
		wOpen := open && len(rest) == 1
		if ms := scales(w, wOpen); len(ms) > 0 {
			// "70 millions": the value, or the figure and the word apart.
			exactValues(ms)
			word := wordTerm(w, wOpen)
			for _, alt := range word.alts {
				t.alts = append(t.alts, append([]tokenMatcher{digits}, alt...))
			}
			return t, 1
		}
	}
	t.alts = [][]tokenMatcher{{digits}}
	if v := numberToken(f.value); v != digits.s {
		t.alts = append(t.alts, []tokenMatcher{{how: matchExact, s: v, kind: kindExact}})
	}
	return t, 0
}

// row writes claim c's row for query q.
func (ix *Index) row(q *query, c int) Row {
	seen := make([]bool, len(q.terms))
	r := Row{
		Label:   ix.highlight(q, ix.labels[c], tierClaim, seen),
		Speaker: ix.highlight(q, ix.speakers[c], tierClaim, seen),
		Title:   ix.highlight(q, clipText(ix.titles[c], titleMax), tierArticle, seen),
	}
	missing := false
	for i, m := range q.terms {
		if !seen[i] && !m.claimOnly {
			missing = true
		}
	}
	if !missing {
		return r
	}
	// The quote's words that matched, after the label.
	quote := ix.quotes[c]
	units := readUnits(quote)
	for _, u := range units {
		hit := false
		for i, m := range q.terms {
			if !seen[i] && !m.claimOnly && ix.unitMatches(m, u) {
				hit = true
			}
		}
		if !hit {
			continue
		}
		runes := []rune(quote)
		from, to := max(0, u.start-excerptLead), min(len(runes), u.end+excerptTail)
		for from > 0 && from < u.start && runes[from-1] != ' ' {
			from++
		}
		for to < len(runes) && to > u.end && runes[to-1] != ' ' {
			to--
		}
		ex := ix.highlight(q, string(runes[from:to]), tierQuote, seen)
		text := strings.TrimSpace(ex.Text)
		lead := len([]rune(ex.Text)) - len([]rune(strings.TrimLeft(ex.Text, " ")))
		pre, post := "“", "”"
		if from > 0 {
			pre += "…"
		}
		if to < len(runes) {
			post = "…" + post
		}
		prefix := r.Label.Text + " — " + pre
		off := len([]rune(prefix)) - lead
		for _, m := range ex.Matched {
			r.Label.Matched = append(r.Label.Matched, off+m)
		}
		r.Label.Text = prefix + text + post
		break
	}
	return r
}

// How much of a quote an excerpt shows around its first match, in runes;
// how much of an article's title a row shows.
const (
	excerptLead = 30
	excerptTail = 50
	titleMax    = 90
)

// clipText cuts s to at most n runes, at a space when there is one near.
func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for k := n; k > n*2/3; k-- {
		if r[k] == ' ' {
			cut = k
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

// unitMatches reports whether a token of u matched term m.
func (ix *Index) unitMatches(m *termMatch, u unit) bool {
	for _, tok := range u.tokens {
		if id, ok := ix.ids[tok]; ok && m.tokens[id] {
			return true
		}
	}
	return false
}

// highlight returns text with the runes of its units that matched a term
// searched at tier; seen records the terms found.
func (ix *Index) highlight(q *query, text string, tier int, seen []bool) Part {
	p := Part{Text: text}
	if text == "" {
		return p
	}
	var runes []rune
	lastEnd := -1
	for _, u := range readUnits(text) {
		hit := false
		for i, m := range q.terms {
			if (tier == tierClaim || !m.claimOnly) && ix.unitMatches(m, u) {
				hit, seen[i] = true, true
			}
		}
		if !hit {
			continue
		}
		// Two matched words one space apart read as one: "[70 millions]".
		if lastEnd >= 0 && u.start == lastEnd+1 {
			if runes == nil {
				runes = []rune(text)
			}
			if runes[lastEnd] == ' ' {
				p.Matched = append(p.Matched, lastEnd)
			}
		}
		for k := u.start; k < u.end; k++ {
			p.Matched = append(p.Matched, k)
		}
		lastEnd = u.end
	}
	return p
}
