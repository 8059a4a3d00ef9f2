package eval

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/claimline/claimline/model"
)

// Reason is why a found claim is not right.
type Reason string

// The reasons a found claim can be wrong.
const (
	WrongSubject Reason = "subject"
	WrongMeasure Reason = "measure"
	WrongDate    Reason = "date"
)

// Judgement is the verdict on one gold claim.
type Judgement struct {
	Gold *Gold
	// Claim is the output claim that found the gold claim, nil when missed.
	Claim *model.Claim
	// Trigger is true when the claim's passage holds the gold's trigger.
	Trigger bool
	// Right is true when found and nothing is wrong.
	Right bool
	// Wrong lists what is wrong with a found claim, each with a sentence.
	Wrong []Reason
	Why   []string
}

// ArticleResult is the scoring of one article.
type ArticleResult struct {
	Name string
	Lang string
	// PubDate is the gold's publication date; Published the program's.
	PubDate   string
	Published model.Date
	// Missing is true when the article could not be loaded.
	Missing    bool
	Judgements []Judgement
	// Extra are the output claims that found no gold claim.
	Extra []*model.Claim
	// Output is the number of output claims of the article, restatements
	// aside; Restated counts the output claims that restate a found one.
	Output, Restated int
	// NonEntity counts the output claims whose subject is not an entity.
	NonEntity int
}

// scoreArticle judges the gold claims of one article against the claims the
// program read from it (all of them; unsure ones are not output).
func scoreArticle(a *model.Article, golds []*Gold, claims []*model.Claim) ArticleResult {
	r := ArticleResult{Name: golds[0].Article, Lang: golds[0].Lang, PubDate: golds[0].PubDate}
	if a == nil {
		r.Missing = true
	} else {
		r.Published = a.Published
	}
	var out []*model.Claim
	for _, c := range claims {
		if !c.Unsure {
			out = append(out, c)
		}
	}
	r.Output = len(out)
	for _, c := range out {
		if nonEntity(c.Subject) {
			r.NonEntity++
		}
	}
	var text folded
	if a != nil {
		text = foldText(a.Text)
	}
	var gs []*Gold
	for _, g := range golds {
		if g.Kind != KindNone {
			gs = append(gs, g)
		}
	}

	// Every pair that can match, ranked as the README says: trigger in
	// passage, then exact value, then date agreement (then subject and
	// measure, so that among equals the right reading wins).
	type pair struct {
		g, c                          int
		trig, exact, date, subj, meas bool
	}
	var pairs []pair
	for gi, g := range gs {
		trig := triggerSpans(text, g.Trigger)
		for ci, c := range out {
			var p pair
			p.g, p.c = gi, ci
			p.trig = holdsTrigger(c, trig, g.Trigger)
			switch g.Kind {
			case KindFigure:
				ok, exact := valueMatches(c, g)
				if !ok {
					continue
				}
				p.exact = exact
			case KindEvent:
				if c.HasValue || !p.trig {
					continue
				}
			}
			p.date = dateAgrees(c, g)
			p.subj = subjectAgrees(c.Subject, g)
			p.meas = measureAgrees(c, g)
			pairs = append(pairs, p)
		}
	}
	rank := func(p pair) int {
		n := 0
		for _, b := range []bool{p.trig, p.exact, p.date, p.subj, p.meas} {
			n <<= 1
			if b {
				n |= 1
			}
		}
		return n
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if a, b := rank(pairs[i]), rank(pairs[j]); a != b {
			return a > b
		}
		if pairs[i].g != pairs[j].g {
			return pairs[i].g < pairs[j].g
		}
		return pairs[i].c < pairs[j].c
	})
	judged := make([]Judgement, len(gs))
	for i, g := range gs {
		judged[i].Gold = g
	}
	used := make([]bool, len(out))
	for _, p := range pairs {
		if judged[p.g].Claim != nil || used[p.c] {
			continue
		}
		used[p.c] = true
		j := &judged[p.g]
		g, c := gs[p.g], out[p.c]
		j.Claim, j.Trigger = c, p.trig
		if !p.subj {
			j.Wrong = append(j.Wrong, WrongSubject)
			if nonEntity(c.Subject) {
				j.Why = append(j.Why, fmt.Sprintf("subject %q is not an entity", c.Subject))
			} else {
				j.Why = append(j.Why, fmt.Sprintf("subject %q does not name %q", c.Subject, subjectNames(g)))
			}
		}
		if !p.meas {
			j.Wrong = append(j.Wrong, WrongMeasure)
			j.Why = append(j.Why, fmt.Sprintf("measure %q holds none of %v", measureText(c), g.WhatKeys))
		}
		if !p.date {
			j.Wrong = append(j.Wrong, WrongDate)
			j.Why = append(j.Why, fmt.Sprintf("date %s, gold %s", claimDate(c), goldDateText(g)))
		}
		j.Right = len(j.Wrong) == 0
	}
	r.Judgements = judged
	for ci, c := range out {
		if used[ci] {
			continue
		}
		if restates(c, out, used) {
			// The gold annotates a restated fact once (README): a passage
			// that says again what a found claim says is that claim.
			r.Restated++
			r.Output--
			continue
		}
		r.Extra = append(r.Extra, c)
	}
	return r
}

// restates reports whether figure c says again what a found output claim of
// its article says: the same value, unit and subject.
func restates(c *model.Claim, out []*model.Claim, used []bool) bool {
	if !c.HasValue {
		return false
	}
	for i, u := range out {
		if used[i] && u.HasValue && u.Value == c.Value && u.Unit == c.Unit && u.Subject == c.Subject {
			return true
		}
	}
	return false
}

// subjectNames writes the gold subject with its aliases.
func subjectNames(g *Gold) string {
	return strings.Join(append([]string{g.Subject}, g.SubjectAliases...), " | ")
}

// triggerSpans locates a gold trigger in the article's folded text.
func triggerSpans(text folded, trigger string) []model.Span {
	return text.spans(norm(trigger))
}

// holdsTrigger reports whether a claim's passage holds the trigger (its quote
// contains it, folded) or overlaps a place where the article has it.
func holdsTrigger(c *model.Claim, spans []model.Span, trigger string) bool {
	if t := norm(trigger); t != "" && strings.Contains(norm(c.Quote), t) {
		return true
	}
	for _, s := range spans {
		if c.Passage.Overlaps(s) {
			return true
		}
	}
	return false
}

// valueMatches reports whether a claim's figure finds a gold figure: within
// ±0.5% of its value (a rank must be equal), or equal to one of its
// alt_values; exact is true when equal to the value itself.
func valueMatches(c *model.Claim, g *Gold) (ok, exact bool) {
	if !c.HasValue || g.Value == nil {
		return false, false
	}
	v := c.Value
	if strings.HasPrefix(c.Unit, "−") {
		v = -v // "−15.2%": a fall, written with its sign in the gold
	}
	if equal(v, *g.Value) {
		return true, true
	}
	for _, a := range g.AltValues {
		if equal(v, a) {
			return true, false
		}
	}
	if c.Metric == model.MetricRank {
		return false, false
	}
	return math.Abs(v-*g.Value) <= 0.005*math.Abs(*g.Value), false
}

// equal compares figures read from text, forgiving float rounding only.
func equal(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// dateAgrees reports whether the claim's date agrees with the gold's (or one
// of its alt_dates) at the gold's precision; an undated gold claim agrees
// only with an undated claim or one dated "as of" publication.
func dateAgrees(c *model.Claim, g *Gold) bool {
	if g.Undated() {
		return c.AsOf || c.Date.IsZero()
	}
	for _, d := range append([]goldDate{g.date}, g.altDates...) {
		if datesAgree(c.Date, d) {
			return true
		}
	}
	return false
}

// datesAgree compares a program date with a gold date at the gold's
// precision. A point agrees when the program's date (a point or a range) lies
// within the gold's day, month or year and is at least that precise; a gold
// hour is compared at the day, the finest the program dates. A gold range
// agrees only with a range of the same ends.
func datesAgree(p model.Date, g goldDate) bool {
	if p.IsZero() || g.zero() {
		return false
	}
	if g.isRange {
		return p.Range && (sameAt(p.Start, g.start, g.startPrec, p.Precision) || wholeMonth(p.Start, g.start, g.startPrec, p.Precision, false)) &&
			(sameAt(p.End, g.end, g.endPrec, p.Precision) || wholeMonth(p.End, g.end, g.endPrec, p.Precision, true))
	}
	return sameAt(p.Start, g.start, g.startPrec, p.Precision) && sameAt(p.End, g.start, g.startPrec, p.Precision)
}

// wholeMonth reports whether a range's bound t, known to the month or the
// year, is the gold's bound u written to the day as the first (or, for an
// end, the last) day of that month or year: "July to September" is "1 July
// to 30 September", "2018 to 2021" "1 January 2018 to 31 December 2021".
func wholeMonth(t, u time.Time, want goldPrecision, have model.Precision, end bool) bool {
	if want != precDay || t.Year() != u.Year() {
		return false
	}
	switch have {
	case model.PrecisionMonth:
		if t.Month() != u.Month() {
			return false
		}
		if end {
			return u.AddDate(0, 0, 1).Day() == 1
		}
		return u.Day() == 1
	case model.PrecisionYear:
		if end {
			return u.Month() == time.December && u.Day() == 31
		}
		return u.Month() == time.January && u.Day() == 1
	}
	return false
}

// sameAt reports whether t, known at precision have, is the gold's u at the
// gold's precision want.
func sameAt(t, u time.Time, want goldPrecision, have model.Precision) bool {
	if want > precDay {
		want = precDay
	}
	if goldPrecision(have) < want {
		return false
	}
	ty, tm, td := t.Date()
	uy, um, ud := u.Date()
	switch want {
	case precYear:
		return ty == uy
	case precMonth:
		return ty == uy && tm == um
	case precDay:
		return ty == uy && tm == um && td == ud
	}
	return false
}

// claimDate writes a claim's date for a person: "2012-05", "as of 2012-05-22",
// "undated".
func claimDate(c *model.Claim) string {
	switch {
	case c.Date.IsZero():
		return "undated"
	case c.AsOf:
		return "as of " + c.Date.String()
	}
	return c.Date.String()
}

// goldDateText writes a gold claim's date with its alternatives.
func goldDateText(g *Gold) string {
	if g.Undated() {
		return "undated"
	}
	s := g.date.text
	for _, d := range g.altDates {
		s += " or " + d.text
	}
	return s
}
