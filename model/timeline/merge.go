package timeline

import (
	"math"
	"sort"
	"time"

	"github.com/claimline/claimline/model/claim"
)

// Claim is what the merge reads of one claim (a model.Claim's fields of the
// same names).
type Claim struct {
	Kind    claim.Kind
	Subject string
	Metric  claim.Metric
	// Value and From are the figure and, for a rank move, the old rank.
	Value     float64
	From      float64
	Qualifier claim.Qualifier
	Unit      string
	// What is what the claim is about as written ("statement", "outage",
	// "users"); WhatKey is What folded (case and accents: lexis.Fold), how
	// clause events and other figures compare it.
	What    string
	WhatKey string
	// Date is when the claim is about; AsOf is true when the publication
	// date stands in for it.
	Date claim.Date
	AsOf bool
	// Unsure claims stay off the timeline.
	Unsure bool
	// SaidBy is the canonical name of who made the statement, or "".
	SaidBy string
	// Article is the index of the claim's article in its set; Passage the
	// start of its passage in the article's text.
	Article int
	Passage int
}

// Group is the claims that make one event: the subject, metric, merge key
// and date they share, and their indices in the slice given to Merge.
type Group struct {
	Subject string
	Metric  claim.Metric
	Key     MergeKey
	Date    claim.Date
	Claims  []int
}

// asOfWindow is how far back an undated figure ("as of" its article's date)
// may reach to join the dated event that reported the same figure.
const asOfWindow = 120 // days

// sameValue reports whether two figures are the same claim, allowing for
// rounding (within 10%).
func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	hi := math.Max(math.Abs(a), math.Abs(b))
	return hi > 0 && math.Abs(a-b)/hi <= 0.10
}

// holdsValue reports whether group g holds a figure of value v.
func holdsValue(claims []Claim, g *Group, v float64) bool {
	for _, j := range g.Claims {
		if sameValue(claims[j].Value, v) {
			return true
		}
	}
	return false
}

// clashes reports whether group g holds a figure of c's article with
// another value: one article tells two things ("28 banks downgraded, 6 of
// them by four notches"), it does not disagree with itself; unless the two
// figures are two sources' it names («9 500 manifestants selon la
// préfecture, 35 000 selon les organisateurs»), which do disagree.
func clashes(claims []Claim, g *Group, c *Claim) bool {
	for _, j := range g.Claims {
		o := &claims[j]
		if o.Article == c.Article && o.Metric != claim.MetricEvent && !sameValue(o.Value, c.Value) && !(o.SaidBy != "" && c.SaidBy != "" && o.SaidBy != c.SaidBy) {
			return true
		}
	}
	return false
}

// Merge groups claims about the same subject, metric and date from every
// article into events, in three passes:
//
//  1. Precisely dated claims make groups by subject, metric, merge key and
//     date; context events of one kind on one date are one group, whoever
//     the articles name.
//  2. Claims with a vague date ("en début d'année") join a group they
//     contain with the same figure, or one whose vague date overlaps
//     theirs; otherwise they stand alone.
//  3. Undated figures join the latest group with the same figure dated
//     within asOfWindow days before their article; the rest make groups
//     "as of" their article's month.
//
// Undated and unsure claims are left out. The groups come in the order they
// were opened, each with at least one claim.
func Merge(claims []Claim) []Group {
	var groups []*Group
	type gkey struct {
		subject    string
		metric     claim.Metric
		key        MergeKey
		start, end int64
		p          claim.Precision
		r          bool
		// n tells apart the groups of one key that two figures of one
		// passage opened (see clashes).
		n int
	}
	byKey := map[gkey]*Group{}
	// bySM indexes the figure groups by subject and metric, for matchGroup.
	bySM := map[string][]*Group{}
	find := func(subject string, metric claim.Metric, key MergeKey, d claim.Date) *Group {
		return nil
	}
	findNth := func(subject string, metric claim.Metric, key MergeKey, d claim.Date, n int) *Group {
		k := gkey{subject, metric, key, d.Start.Unix(), d.End.Unix(), d.Precision, d.Range, n}
		if g := byKey[k]; g != nil {
			return g
		}
		g := &Group{Subject: subject, Metric: metric, Key: key, Date: d}
		byKey[k] = g
		groups = append(groups, g)
		if key == (MergeKey{}) {
			bySM[subject+"|"+string(metric)] = append(bySM[subject+"|"+string(metric)], g)
		}
		return g
	}
	find = func(subject string, metric claim.Metric, key MergeKey, d claim.Date) *Group {
		return findNth(subject, metric, key, d, 0)
	}
	// findFor is find for figure c: never a group that holds another figure
	// of c's own article with another value ("35 new orders…, bringing the
	// total to 677 orders": one article tells two things, not two sources
	// that disagree).
	findFor := func(c *Claim, key MergeKey) *Group {
		var free *Group // the first group of the key without a clash
		for n := 0; ; n++ {
			g := byKey[gkey{c.Subject, c.Metric, key, c.Date.Start.Unix(), c.Date.End.Unix(), c.Date.Precision, c.Date.Range, n}]
			switch {
			case g == nil && free != nil:
				return free
			case g == nil:
				return findNth(c.Subject, c.Metric, key, c.Date, n)
			case clashes(claims, g, c):
			case holdsValue(claims, g, c.Value):
				return g // the group of the same figure, when a passage split the key
			case free == nil:
				free = g
			}
		}
	}
	kinds := map[gkey]*Group{} // context events by kind and date
	said := map[gkey]*Group{}  // statements by speaker and date
	kindKey := func(key MergeKey, d claim.Date) gkey {
		return gkey{key: key, start: d.Start.Unix(), end: d.End.Unix(), p: d.Precision, r: d.Range}
	}
	// matchGroup looks among the groups starting within [lo, hi] (bySM is
	// kept sorted by start for it).
	matchGroup := func(c *Claim, lo, hi time.Time, ok func(g *Group) bool) *Group {
		var best *Group
		gs := bySM[c.Subject+"|"+string(c.Metric)]
		from := sort.Search(len(gs), func(k int) bool { return !gs[k].Date.Start.Before(lo) })
		for _, g := range gs[from:] {
			if g.Date.Start.After(hi) {
				break
			}
			if !ok(g) {
				continue
			}
			v := claims[g.Claims[0]]
			if !sameValue(v.Value, c.Value) || v.From != c.From {
				continue
			}
			if best == nil || g.Date.Start.After(best.Date.Start) {
				best = g
			}
		}
		return best
	}
	// 1. Precisely dated claims make events; context events of one kind on
	// one date are one event, whoever the articles name.
	var vague, asOf []int
	for i := range claims {
		c := &claims[i]
		switch {
		case c.Date.IsZero() || c.Unsure:
			// An unsure claim stays searchable, off the timeline.
			continue
		case c.AsOf && c.Metric != claim.MetricEvent:
			asOf = append(asOf, i)
		case c.Date.Approx && c.What != "statement":
			vague = append(vague, i)
		case c.Kind == claim.ClauseEvent:
			// An event read from its clause: the same subject doing the
			// same thing on the same date.
			g := find(c.Subject, claim.MetricEvent, datedKey(c), c.Date)
			g.Claims = append(g.Claims, i)
		case c.Kind == claim.ContextEvent:
			key := datedKey(c)
			g := kinds[kindKey(key, c.Date)]
			if g == nil {
				g = find(c.Subject, claim.MetricEvent, key, c.Date)
				kinds[kindKey(key, c.Date)] = g
			}
			g.Claims = append(g.Claims, i)
		case c.Metric == claim.MetricEvent && c.What == "statement" && c.SaidBy != "":
			// One speaker's statements of one day are one event, whatever
			// each is about: "Pavel Durov announces: Telegram gains 70
			// million users" and his quote of the same day.
			key := kindKey(mergeKey(c), c.Date)
			g := said[key]
			if g == nil {
				g = findFor(c, mergeKey(c))
				said[key] = g
			}
			g.Claims = append(g.Claims, i)
		default:
			g := findFor(c, mergeKey(c))
			g.Claims = append(g.Claims, i)
		}
	}
	sortBySM := func() {
		for _, gs := range bySM {
			sort.SliceStable(gs, func(a, b int) bool { return gs[a].Date.Start.Before(gs[b].Date.Start) })
		}
	}
	sortBySM()
	// 2. Vague dates ("en début d'année") join a precise event they contain
	// with the same figure; otherwise they stand alone.
	for _, i := range vague {
		c := &claims[i]
		if c.Metric == claim.MetricEvent {
			var into *Group
			for _, g := range groups {
				if g.Metric == claim.MetricEvent && g.Key == contextKey(c.What) && c.Date.Contains(g.Date) {
					into = g
				}
			}
			if into != nil {
				into.Claims = append(into.Claims, i)
				continue
			}
		}
		if g := matchGroup(c, c.Date.Start, c.Date.End, func(g *Group) bool { return c.Date.Contains(g.Date) }); g != nil {
			g.Claims = append(g.Claims, i)
			continue
		}
		// Two vague dates that overlap ("début avril", "earlier this month")
		// with the same figure are one event.
		if g := matchGroup(c, c.Date.Start.AddDate(-1, 0, 0), c.Date.End, func(g *Group) bool {
			return g.Date.Approx && !g.Date.End.Before(c.Date.Start) && !g.Date.Start.After(c.Date.End)
		}); g != nil {
			g.Claims = append(g.Claims, i)
			continue
		}
		g := findFor(c, mergeKey(c))
		g.Claims = append(g.Claims, i)
	}
	sortBySM()
	// 3. Undated figures join the latest event with the same figure dated
	// before their article (within asOfWindow days); the rest make events
	// "as of" the month of their articles.
	for _, i := range asOf {
		c := &claims[i]
		g := matchGroup(c, c.Date.End.AddDate(0, 0, -asOfWindow), c.Date.End, func(g *Group) bool {
			days := c.Date.End.Sub(g.Date.Start).Hours() / 24
			return !g.Date.Start.After(c.Date.End) && days <= asOfWindow
		})
		if g != nil {
			g.Claims = append(g.Claims, i)
			continue
		}
		d := c.Date
		if d.Precision == claim.PrecisionDay {
			d = claim.MonthOf(d.Start.Year(), d.Start.Month())
		}
		key := mergeKey(c)
		key.AsOf = true
		dated := *c
		dated.Date = d
		g = findFor(&dated, key)
		g.Claims = append(g.Claims, i)
	}
	out := make([]Group, 0, len(groups))
	for _, g := range groups {
		if len(g.Claims) > 0 {
			out = append(out, *g)
		}
	}
	return out
}
