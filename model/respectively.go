package model

import (
	"slices"
	"strings"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
)

// fromRespectively is the subject source of a figure matched, by its rank,
// with one of the coordinated names before it.
const fromRespectively = "the name of the same rank in the list before it («respectivement», «respectively»)"

// nameLinks may stand between a coordinating word and the name after it:
// "les ventes de Renault et de Peugeot", "sales at Renault and at Peugeot".
var nameLinks = lexis.SetOf("de", "d'", "du", "des", "of", "at", "the", "la", "le", "l'", "les", "for", "pour", "chez", "a", "au", "aux", "en", "in", "to")

// placeOrSource are the prepositions before names that say where or who
// reports, not whose the figures are.
var placeOrSource = lexis.SetOf("in", "en", "dans", "au", "aux", "selon", "across", "throughout")

// respectively reads a sentence's coordinated figures together: each has
// the date said once for the list and the noun one of them counts; and,
// when the sentence says «respectivement», "respectively", each is the
// entity's of the same rank among the coordinated names before them: "Les
// ventes de Renault et de Peugeot ont progressé respectivement de 11 % et
// 6 % en février" are Renault's 11 % and Peugeot's 6 %, both of February.
// claims are the sentence's claims, in the order of the text.
func (x *extractor) respectively(claims []Claim, s *sentence, p *parsed) {
	toks := s.toks
	word := slices.IndexFunc(toks, func(t lexis.Token) bool {
		return t.Fold == "respectivement" || t.Fold == "respectively"
	})
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
	var subjects []string // the names of the same rank, when the sentence says «respectivement»
	if names := p.coordinatedNames(at[0], true); word >= 0 && len(names) == len(figs) {
		for _, nm := range names {
			d, _ := x.entityOf(s, p, nm[0], nm[1], fromClause, Span{})
			if d == "" {
				subjects = nil
				break
			}
			subjects = append(subjects, d)
		}
	}
	// The date said once for the list dates each of its figures: "de 11 %
	// et 6 % en février".
	dated := -1
	for i, ci := range figs {
		if !claims[ci].AsOf {
			dated = i
		}
	}
	listed := map[string]bool{} // the names a list of as many names holds, which the sentence does not pair with the figures
	if subjects == nil {
		for _, names := range [][][2]int{p.coordinatedNames(at[0], false), p.coordinatedNames(len(toks), false)} {
			if len(names) == len(figs) {
				for _, nm := range names {
					if d, _ := x.entityOf(s, p, nm[0], nm[1], fromClause, Span{}); d != "" {
						listed[d] = true
					}
				}
			}
		}
	}
	// "d'amendes de 11 et 6 millions d'euros", "obtenu 48 et 52 % des
	// voix": the noun one item counts or completes, each item does.
	nounOf := func(c *Claim) bool {
		return slices.ContainsFunc(c.Reasons, func(r string) bool {
			return strings.HasPrefix(r, "measure: the noun the figure completes") || strings.HasPrefix(r, "measure: the noun the figure counts")
		})
	}
	head := -1
	for _, ci := range figs {
		if nounOf(&claims[ci]) {
			head = ci
			break
		}
	}
	for i, ci := range figs {
		c := &claims[ci]
		if h := head; h >= 0 && h != ci && c.Unit == claims[h].Unit && !nounOf(c) && slices.ContainsFunc(c.Reasons, func(r string) bool {
			return strings.HasPrefix(r, "measure: the amount its verb") || strings.HasPrefix(r, "measure: a change")
		}) {
			hc := &claims[h]
			c.Measure, c.What, c.Metric, c.phrase, c.whatAfter = hc.Measure, hc.What, hc.Metric, hc.phrase, hc.whatAfter
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
			c.Reasons = append(c.Reasons, "measure: that of the list's figure whose noun they all count or complete")
		}
		if listed[c.Subject] && !c.Unsure {
			// "Les amendes infligées à Google et à Meta s'élèvent à 11 et
			// 6 millions d'euros": which is whose, the sentence does not
			// say.
			c.Unsure = true
			c.Reasons = append(c.Reasons, "subject: one of the names listed with the figures, which the sentence does not pair with them («respectivement»); kept for search, off the timeline")
		}
		if subjects != nil {
			if c.Subject == "" {
				c.Unsure = false
			}
			c.Subject = subjects[i]
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
			c.Reasons = append(c.Reasons, "subject: "+fromRespectively)
		}
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
		switch f := p.toks[k].Fold; {
		case lexis.InSet(f, "et", "and", ",", "ou", "or"):
			link = true
		case p.toks[k].Kind == lexis.Number || listFiller[f] || quantity.Scale(f) > 0 || quantity.IsCurrencyPrefix(p.toks[k].Text),
			f == "." && !p.toks[k].Space && k+1 < b && p.toks[k+1].Kind == lexis.Number && !p.toks[k+1].Space: // ("2.2% and 1.9%": a decimal point)
		default:
			return false // (not "300 million, up from 200 million": a change's base)
		}
	}
	return link
}

// listFiller are the words of a list's figures between its links: their
// units and the «de» of the second ("de 11 % et de 6 %").
var listFiller = lexis.SetOf("de", "d'", "%", "percent", "pour", "cent", "euros", "euro", "dollars", "dollar", "$", "€", "£", "points",
	"point", "pts")

// coordinatedNames returns the names, as token ranges, of the list «X, Y
// et Z», "X, Y and Z" that ends last before token end, nil when there is
// none; whose says the list must name whose the figures are, not where
// they are or who reports them ("in Texas and Florida", «selon Reuters et
// Bloomberg» are passed over).
func (p *parsed) coordinatedNames(end int, whose bool) [][2]int {
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
		if f := names[0][0] - 1; whose && f >= 0 && (placeOrSource[toks[f].Fold] || f >= 1 && lexis.InSet(toks[f].Fold, "to", "a") && lexis.InSet(toks[f-1].Fold, "according", "grace")) {
			end = names[0][0] // "In Texas and Florida, Walmart opened…", «selon Reuters et Bloomberg»: where, or who says, not whose
			q = end
			continue
		}
		return append(names, last)
	}
	return nil
}
