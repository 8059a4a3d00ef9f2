package model

import (
	"strings"

	"github.com/claimline/claimline/model/syntax"
)

// clauseEvents appends the dated events of a passage that no figure,
// context event or statement already reads: a clause whose subject is an
// entity and whose verb a date of the passage modifies ("Boeing challenged
// the award on February 29", "Le lanceur a décollé ce matin"). Claims from
// out[first:] are the passage's own so far.
func (x *extractor) clauseEvents(out []Claim, s *sentence, p *parsed, statement map[int]bool, first int) []Claim {
	if len(s.dates) == 0 {
		return out
	}
	toks, tags := p.toks, p.tags
	seenVerb := map[int]bool{}
	for di, d := range s.dates {
		if d.Kind == "duration" || d.Date.IsZero() || statement[di] || d.Date.Precision == PrecisionHour && d.Kind == "time" {
			continue
		}
		dt := tokenAt(toks, d.Span.Start)
		if dt < 0 {
			continue
		}
		v := p.dateVerb(dt, d.Span.End)
		if v < 0 || seenVerb[v] {
			continue
		}
		seenVerb[v] = true
		if covered(out[first:], d) {
			continue
		}
		a, b, how := p.subjectBefore(v, p.clauseStart(v))
		if how == "" {
			a, b, how = p.antecedent(p.clauseStart(v))
		}
		if how == "" || how == fromTopic {
			continue
		}
		subj, how := x.entityOf(s, p, a, b, how, Span{})
		if subj == "" {
			continue
		}
		words, to := p.eventWords(x.art.Text, v, d.Span)
		if words == "" || figureIn(out[first:], toks[v].Start, toks[to-1].End) {
			continue // a figure's claim reads this clause
		}
		c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
			What: toks[v].Text, Subject: subj, Date: d.Date, DateSpan: d.Span, ValueText: toks[v].Text,
			ValueSpan: Span{toks[v].Start, toks[v].End}}
		c.words = subj + " " + words
		c.Label = c.words
		c.Reasons = append(c.Reasons, "event: the verb «"+toks[v].Text+"» with the date «"+d.Text+"»", "subject: "+how)
		c.Confidence = subjectConfidence[how] * 0.9
		if how != fromPassage && how != fromContext {
			x.lastSubject, x.lastSubjectAt = subj, x.sentIndex
		}
		out = append(out, c)
		_ = tags
	}
	return out
}

// tokenAt returns the index of the token starting at byte pos, -1 when none.
func tokenAt(toks []Token, pos int) int {
	for k, t := range toks {
		if t.Start == pos {
			return k
		}
		if t.Start > pos {
			break
		}
	}
	return -1
}

// covered reports whether one of the passage's claims is already dated by
// d (a figure, a context event or a statement).
func covered(claims []Claim, d DateExpr) bool {
	for _, c := range claims {
		if c.DateSpan.Overlaps(d.Span) || c.Metric == MetricEvent && c.Date.Compare(d.Date) == 0 {
			return true
		}
	}
	return false
}

// dateVerb returns the verb a date at tokens [dt, …) modifies: the nearest
// finite verb of its clause (before it, else after it), else the first verb
// after the date in the passage ("Le 22 mai, SpaceX a lancé…"); -1 when none.
func (p *parsed) dateVerb(dt, end int) int {
	tags := p.tags
	start := p.clauseStart(dt)
	for k := dt - 1; k >= start; k-- {
		if tags[k] == syntax.VERB && !p.participle(k) {
			return k
		}
	}
	stop := p.clauseEnd(dt)
	for k := dt + 1; k < stop; k++ {
		if tags[k] == syntax.VERB && !p.participle(k) {
			return k
		}
	}
	if start == 0 || p.toks[start-1].Text == "," {
		for k := stop; k < len(p.toks) && k < stop+12; k++ {
			if p.clauseBreak(k) {
				break
			}
			if tags[k] == syntax.VERB && !p.participle(k) {
				return k
			}
		}
	}
	return -1
}

// eventWords returns the clause's words from the verb's auxiliary to the
// end of its object, without the date: "a décollé sans problème",
// "challenged the award in a formal protest".
func (p *parsed) eventWords(text string, v int, date Span) (string, int) {
	toks, tags := p.toks, p.tags
	from := v
	for k := from - 1; k >= 0 && from-k <= 4; k-- {
		if tags[k] == syntax.AUX || tags[k] == syntax.PART || inSet(toks[k].Fold, "ne", "n'", "se", "s'") {
			from = k
			continue
		}
		if tags[k] != syntax.ADV {
			break
		}
	}
	to := v + 1
	for to < len(toks) && to-v <= 8 && !p.clauseBreak(to) && toks[to].Kind != Punct && !date.Overlaps(Span{toks[to].Start, toks[to].End}) {
		to++
	}
	// End on a noun, a name or the verb itself: not on "the", "de", "in".
	for to > v+1 && !(tags[to-1] == syntax.NOUN || tags[to-1] == syntax.PROPN || tags[to-1] == syntax.NUM || tags[to-1] == syntax.ADJ) {
		to--
	}
	if from >= to {
		return "", 0
	}
	return strings.TrimSpace(text[toks[from].Start:toks[to-1].End]), to
}

// figureIn reports whether one of the passage's figure claims has its
// figure between bytes from and to.
func figureIn(claims []Claim, from, to int) bool {
	for _, c := range claims {
		if c.HasValue && c.ValueSpan.Start >= from && c.ValueSpan.Start < to {
			return true
		}
	}
	return false
}
