package model

import (
	"slices"
	"strings"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// fromRespectively is the subject source of a figure matched, by its rank,
// with one of the coordinated names before it.
const fromRespectively = "the name of the same rank in the list before it («respectivement», «respectively»)"

// nameLinks may stand between a coordinating word and the name after it:
// "les ventes de Renault et de Peugeot", "sales at Renault and at Peugeot".
var nameLinks = lexis.SetOf("de", "d'", "du", "des", "of", "at", "the", "la", "le", "l'", "les", "for", "pour", "chez")

// respectively gives each of a sentence's coordinated figures the entity
// of the same rank among the coordinated names before them, when the
// sentence says so: "Les ventes de Renault et de Peugeot ont progressé
// respectivement de 11 % et 6 % en février" are Renault's 11 % and
// Peugeot's 6 %, both of February. claims are the sentence's figures, in
// the order of the text.
func (x *extractor) respectively(claims []Claim, s *sentence, p *parsed) {
	toks := s.toks
	word := slices.IndexFunc(toks, func(t lexis.Token) bool {
		return t.Fold == "respectivement" || t.Fold == "respectively"
	})
	if word < 0 {
		return
	}
	var figs []int // claims' indices of the coordinated figures
	var at []int   // their first tokens
	for i := range claims {
		if !claims[i].HasValue {
			continue
		}
		k := tokenAt(toks, claims[i].ValueSpan.Start)
		if k < 0 {
			continue
		}
		if len(at) > 0 && !coordinatedFigures(p, at[len(at)-1], k) {
			if len(figs) >= 2 {
				break
			}
			figs, at = figs[:0], at[:0]
		}
		figs, at = append(figs, i), append(at, k)
	}
	if len(figs) < 2 {
		return
	}
	names := p.coordinatedNames(at[0])
	if len(names) != len(figs) {
		return
	}
	subjects := make([]string, len(names))
	for i, nm := range names {
		d, _ := x.entityOf(s, p, nm[0], nm[1], fromClause, Span{})
		if d == "" {
			return
		}
		subjects[i] = d
	}
	// The date said once for the list dates each of its figures: "de 11 %
	// et 6 % en février".
	dated := -1
	for i, ci := range figs {
		if !claims[ci].AsOf {
			dated = i
		}
	}
	head := &claims[figs[0]] // "d'amendes de 11 et 6 millions d'euros": the noun the list completes is each item's
	completes := slices.ContainsFunc(head.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure: the noun the figure completes") })
	for i, ci := range figs {
		c := &claims[ci]
		if i > 0 && completes && c.Unit == head.Unit && slices.ContainsFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure: the amount its verb") }) {
			c.Measure, c.What, c.Metric, c.phrase, c.whatAfter = head.Measure, head.What, head.Metric, head.phrase, head.whatAfter
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
			c.Reasons = append(c.Reasons, "measure: that of the list's first figure, the noun they all complete")
		}
		if c.Subject == "" {
			c.Unsure = false
		}
		c.Subject = subjects[i]
		c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
		c.Reasons = append(c.Reasons, "subject: "+fromRespectively)
		if d := &claims[figs[max(dated, 0)]]; dated >= 0 && c.AsOf && !d.AsOf {
			c.Date, c.DateSpan, c.AsOf = d.Date, d.DateSpan, false
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
			c.Reasons = append(c.Reasons, "date: that said once for the list of figures it is part of")
		}
		c.Label = labelIn(c, "en")
	}
}

// coordinatedFigures reports whether the figures starting at tokens a < b
// are items of one list: nothing but their units, commas, «et», «and» and
// «de» between them (no verb, no clause of their own).
func coordinatedFigures(p *parsed, a, b int) bool {
	if b-a > 8 {
		return false
	}
	link := false
	for k := a + 1; k < b; k++ {
		switch {
		case lexis.InSet(p.toks[k].Fold, "et", "and", ","):
			link = true
		case isVerb(p.tags[k]) || p.tags[k] == syntax.PUNCT && p.toks[k].Text != ",":
			return false
		}
	}
	return link
}

// coordinatedNames returns the names, as token ranges, of the list «X, Y
// et Z», "X, Y and Z" that ends last before token end, nil when there is
// none.
func (p *parsed) coordinatedNames(end int) [][2]int {
	toks := p.toks
	for q := end - 1; q > 0; q-- {
		if !lexis.InSet(toks[q].Fold, "et", "and") {
			continue
		}
		// The name after the coordinating word.
		a := q + 1
		for a < end && nameLinks[toks[a].Fold] {
			a++
		}
		b := a
		for b < end && (p.properNoun(b) || b > a && p.tags[b] == syntax.NUM && p.properNoun(b-1) && !toks[b].Space) {
			b++
		}
		if b == a {
			continue
		}
		last := [2]int{a, b}
		// The names before it, back over commas.
		var names [][2]int
		for k := q; ; {
			st := k
			for st > 0 && p.properNoun(st-1) {
				st--
			}
			if st == k {
				break
			}
			names = append(names, [2]int{st, k})
			if st >= 2 && toks[st-1].Text == "," {
				k = st - 1
			} else if st >= 3 && nameLinks[toks[st-1].Fold] && toks[st-2].Text == "," {
				k = st - 2 // ", de Peugeot"
			} else {
				break
			}
		}
		if len(names) == 0 {
			return nil
		}
		slices.Reverse(names)
		return append(names, last)
	}
	return nil
}
