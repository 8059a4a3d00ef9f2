package timeline

import (
	"math"
	"sort"
	"strings"

	"github.com/claimline/claimline/model/claim"
)

// ConflictKind says how an event's sources disagree. Its JSON form is its
// string ("value", "compatible", "attribution").
type ConflictKind string

// Conflict kinds.
const (
	// ConflictValue: the sources give figures that cannot all be true.
	ConflictValue ConflictKind = "value"
	// ConflictCompatible: the sources give different figures that can all
	// be true (a bound and a value that agree).
	ConflictCompatible ConflictKind = "compatible"
	// ConflictAttribution: the sources put the same words in different
	// mouths.
	ConflictAttribution ConflictKind = "attribution"
)

// Decision is what an event's claims say together: its figure (the one
// most articles give), its subject, the claim its label is written from,
// who said it, and where its sources disagree.
type Decision struct {
	// Subject is the group's, or for an event without a figure the one
	// most of its claims name.
	Subject string
	// HasValue is true for a figure; Value, From, Qualifier and Unit are
	// then the figure most sources give, its old rank, the qualifier most
	// of them give it, and the lead claim's unit.
	HasValue  bool
	Value     float64
	From      float64
	Qualifier claim.Qualifier
	Unit      string
	// Lead is the claim the event's label is written from (with the
	// event's figure): one that gives the figure, dated like the event when
	// one is, and naming Subject.
	Lead int
	// SaidBy are the speakers the claims name, most articles first.
	SaidBy []string
	// Conflicts are the disagreements: a value or compatible conflict
	// first when the claims give different figures, then an attribution
	// conflict when they name different persons.
	Conflicts []Conflict
}

// Conflict is a disagreement between an event's sources.
type Conflict struct {
	Kind  ConflictKind
	Sides []Side
}

// Side is one of the competing figures or persons of a conflict.
type Side struct {
	// Claims are the claims that give this side.
	Claims []int
	// Value and Qualifier are the figure of a value or compatible conflict's
	// side, Ordinal true for a rank.
	Value     float64
	Qualifier claim.Qualifier
	Ordinal   bool
	// Person is an attribution conflict's side.
	Person string
	// Articles is the number of articles that give this side.
	Articles int
}

// Decide settles the event the claims of g make: its figure is the one
// most sources give, its conflicts the disagreements.
func Decide(claims []Claim, g Group) Decision {
	d := Decision{Subject: g.Subject}
	// The value most claims give (ties: the larger count of articles, then the
	// larger value).
	type tally struct {
		value    float64
		from     float64
		qual     map[claim.Qualifier]int
		claims   []int
		articles map[int]bool
	}
	var tallies []*tally
	for _, ci := range g.Claims {
		c := &claims[ci]
		var tl *tally
		for _, x := range tallies {
			if sameValue(x.value, c.Value) && x.from == c.From {
				tl = x
				break
			}
		}
		if tl == nil {
			tl = &tally{value: c.Value, from: c.From, qual: map[claim.Qualifier]int{}, articles: map[int]bool{}}
			tallies = append(tallies, tl)
		}
		tl.qual[c.Qualifier]++
		tl.claims = append(tl.claims, ci)
		tl.articles[c.Article] = true
	}
	sort.SliceStable(tallies, func(i, j int) bool {
		if len(tallies[i].articles) != len(tallies[j].articles) {
			return len(tallies[i].articles) > len(tallies[j].articles)
		}
		return len(tallies[i].claims) > len(tallies[j].claims)
	})
	main := tallies[0]
	d.Lead = main.claims[0]
	for _, ci := range main.claims {
		// Prefer a claim dated like the event as the label's model.
		if c := &claims[ci]; !c.AsOf && c.Date.SameText(g.Date) {
			d.Lead = ci
			break
		}
	}
	if g.Metric != claim.MetricEvent {
		d.Value, d.HasValue, d.From, d.Unit = main.value, true, main.from, claims[d.Lead].Unit
		best := -1
		for q, n := range main.qual {
			if n > best || n == best && q < d.Qualifier {
				d.Qualifier, best = q, n
			}
		}
	} else if g.Key.Kind == MergeClause || g.Key.Kind == MergeContext && g.Key.What != "" {
		// A context event is named after the organisation most sources name.
		d.Subject = majoritySubject(claims, g.Claims)
		for _, ci := range g.Claims {
			if claims[ci].Subject == d.Subject {
				d.Lead = ci
				break
			}
		}
	}
	if len(tallies) > 1 && g.Metric != claim.MetricEvent {
		sides := make([][]int, len(tallies))
		for i, x := range tallies {
			sides[i] = x.claims
		}
		d.Conflicts = append(d.Conflicts, valueConflict(claims, sides))
	}
	// Who said it: the persons named, and a conflict when they differ.
	bySpeaker := map[string][]int{}
	var speakers []string
	for _, ci := range g.Claims {
		c := &claims[ci]
		if c.SaidBy == "" {
			continue
		}
		if _, ok := bySpeaker[c.SaidBy]; !ok {
			speakers = append(speakers, c.SaidBy)
		}
		bySpeaker[c.SaidBy] = append(bySpeaker[c.SaidBy], ci)
	}
	sort.SliceStable(speakers, func(i, j int) bool {
		return articleCount(claims, bySpeaker[speakers[i]]) > articleCount(claims, bySpeaker[speakers[j]])
	})
	d.SaidBy = speakers
	var persons []string
	for _, s := range speakers {
		if isPersonName(s) {
			persons = append(persons, s)
		}
	}
	if len(persons) > 1 && sameWordsSaid(claims, bySpeaker, persons) {
		c := Conflict{Kind: ConflictAttribution}
		for _, p := range persons {
			c.Sides = append(c.Sides, Side{Claims: bySpeaker[p], Person: p, Articles: articleCount(claims, bySpeaker[p])})
		}
		d.Conflicts = append(d.Conflicts, c)
	}
	return d
}

// sameWordsSaid reports whether two of the persons are said to have given
// the same thing: the same statement, or the same figure. Two sources that
// each gave their own figure («9 500 selon la préfecture, 35 000 selon la
// CGT») disagree on the figure, not on who said it.
func sameWordsSaid(claims []Claim, bySpeaker map[string][]int, persons []string) bool {
	for i, p := range persons {
		for _, q := range persons[i+1:] {
			for _, a := range bySpeaker[p] {
				for _, b := range bySpeaker[q] {
					if claims[a].Metric == claim.MetricEvent || claims[b].Metric == claim.MetricEvent || sameValue(claims[a].Value, claims[b].Value) {
						return true
					}
				}
			}
		}
	}
	return false
}

// isPersonName reports whether a display name has a first name and a surname.
func isPersonName(s string) bool { return len(strings.Fields(s)) >= 2 }

// valueConflict states the different figures of an event's sources (each
// side the claims of one figure): a "value" conflict when they cannot all be
// true, "compatible" when they can (a bound and a value that agree: "more
// than 200 million" and "500 million").
func valueConflict(claims []Claim, sides [][]int) Conflict {
	c := Conflict{Kind: ConflictValue}
	lo, hi := math.Inf(-1), math.Inf(1)
	for _, side := range sides {
		f := claims[side[0]]
		a, b := bounds(f.Value, f.Qualifier)
		lo, hi = math.Max(lo, a), math.Min(hi, b)
	}
	if lo <= hi {
		c.Kind = ConflictCompatible
	}
	for _, side := range sides {
		first := claims[side[0]]
		c.Sides = append(c.Sides, Side{Claims: side, Value: first.Value, Qualifier: first.Qualifier,
			Ordinal: first.Metric == claim.MetricRank, Articles: articleCount(claims, side)})
	}
	return c
}

// bounds returns the values a figure with qualifier q allows, with the
// rounding sameValue allows.
func bounds(v float64, q claim.Qualifier) (float64, float64) {
	tol := math.Abs(v) * 0.05
	switch q {
	case claim.AtLeast:
		return v - tol, math.Inf(1)
	case claim.AtMost:
		return math.Inf(-1), v + tol
	case claim.Approx:
		return v - 2*tol, v + 2*tol
	}
	return v - tol, v + tol
}

// articleCount is the number of articles the claims come from.
func articleCount(claims []Claim, ids []int) int {
	seen := map[int]bool{}
	for _, ci := range ids {
		seen[claims[ci].Article] = true
	}
	return len(seen)
}

// majoritySubject is the subject most of the claims name.
func majoritySubject(claims []Claim, ids []int) string {
	count := map[string]int{}
	best := ""
	for _, ci := range ids {
		s := claims[ci].Subject
		count[s]++
		if count[s] > count[best] || count[s] == count[best] && s < best {
			best = s
		}
	}
	return best
}

// Place is where an event stands on the timeline.
type Place struct {
	Date   claim.Date
	Metric claim.Metric
	Label  string
}

// Before reports whether an event at p comes before one at q on the
// timeline: by date (claim.Date.Compare), then metric (in claim.Metrics'
// order), then label.
func (p Place) Before(q Place) bool {
	if c := p.Date.Compare(q.Date); c != 0 {
		return c < 0
	}
	if p.Metric != q.Metric {
		return metricOrder(p.Metric) < metricOrder(q.Metric)
	}
	return p.Label < q.Label
}

func metricOrder(m claim.Metric) int {
	for i, x := range claim.Metrics {
		if x == m {
			return i
		}
	}
	return len(claim.Metrics)
}
