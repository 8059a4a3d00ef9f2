package model

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

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

// MergeKind says what, besides subject, metric and date, the claims of one
// event share (see MergeKey).
type MergeKind uint8

// The merge kinds.
const (
	// MergeFigure: figures of one of the named metrics (new users, rank…):
	// subject, metric and date are enough.
	MergeFigure MergeKind = iota
	// MergeOther: figures of MetricOther, of the same unit and thing
	// counted.
	MergeOther
	// MergeStatement: statements of the same speaker.
	MergeStatement
	// MergeContext: events of one known kind ("outage", "founded"),
	// whoever the articles name.
	MergeContext
	// MergeClause: events read from their clause, of the same verb.
	MergeClause
)

// MergeKey is what, besides subject, metric and date, claims must share to
// be one event. The zero key is that of a dated figure of a named metric.
type MergeKey struct {
	Kind MergeKind
	// AsOf is true for undated figures placed at their articles' month.
	AsOf bool
	// What is the kind of a context event (as written), the verb of a
	// clause event or what an other figure counts (both folded, see Fold).
	What string
	// Unit is an other figure's unit.
	Unit string
	// Speaker is a statement's speaker (SaidBy).
	Speaker string
}

// group is an event under construction.
type group struct {
	subject string
	metric  Metric
	key     MergeKey
	date    Date
	claims  []int
}

// mergeEvents merges claims about the same subject, metric and date from
// every article into events, attaches undated restatements of a figure to
// the event that dated it, and flags the sources that disagree.
func mergeEvents(t *Timeline) []Event {
	var groups []*group
	type gkey struct {
		subject    string
		metric     Metric
		key        MergeKey
		start, end int64
		p          Precision
		r          bool
	}
	byKey := map[gkey]*group{}
	// bySM indexes the figure groups by subject and metric, for matchGroup.
	bySM := map[string][]*group{}
	find := func(subject string, metric Metric, key MergeKey, d Date) *group {
		k := gkey{subject, metric, key, d.Start.Unix(), d.End.Unix(), d.Precision, d.Range}
		if g := byKey[k]; g != nil {
			return g
		}
		g := &group{subject: subject, metric: metric, key: key, date: d}
		byKey[k] = g
		groups = append(groups, g)
		if key == (MergeKey{}) {
			bySM[subject+"|"+string(metric)] = append(bySM[subject+"|"+string(metric)], g)
		}
		return g
	}
	kinds := map[gkey]*group{} // context events by kind and date
	kindKey := func(key MergeKey, d Date) gkey {
		return gkey{key: key, start: d.Start.Unix(), end: d.End.Unix(), p: d.Precision, r: d.Range}
	}
	// matchGroup looks among the groups starting within [lo, hi] (bySM is
	// kept sorted by start for it).
	matchGroup := func(c *Claim, lo, hi time.Time, ok func(g *group) bool) *group {
		var best *group
		gs := bySM[c.Subject+"|"+string(c.Metric)]
		from := sort.Search(len(gs), func(k int) bool { return !gs[k].date.Start.Before(lo) })
		for _, g := range gs[from:] {
			if g.date.Start.After(hi) {
				break
			}
			if !ok(g) {
				continue
			}
			v := t.Claims[g.claims[0]]
			if !sameValue(v.Value, c.Value) || v.From != c.From {
				continue
			}
			if best == nil || g.date.Start.After(best.date.Start) {
				best = g
			}
		}
		return best
	}
	// 1. Precisely dated claims make events; context events of one kind on
	// one date are one event, whoever the articles name.
	var vague, asOf []int
	for i := range t.Claims {
		c := &t.Claims[i]
		switch {
		case c.Date.IsZero() || c.Unsure:
			// An unsure claim stays searchable, off the timeline.
			continue
		case c.AsOf && c.Metric != MetricEvent:
			asOf = append(asOf, i)
		case c.Date.Approx && c.What != "statement":
			vague = append(vague, i)
		case c.Kind() == ClaimClauseEvent:
			// An event read from its clause: the same subject doing the
			// same thing on the same date.
			g := find(c.Subject, MetricEvent, datedKey(c), c.Date)
			g.claims = append(g.claims, i)
		case c.Kind() == ClaimContextEvent:
			key := datedKey(c)
			g := kinds[kindKey(key, c.Date)]
			if g == nil {
				g = find(c.Subject, MetricEvent, key, c.Date)
				kinds[kindKey(key, c.Date)] = g
			}
			g.claims = append(g.claims, i)
		default:
			g := find(c.Subject, c.Metric, mergeKey(c), c.Date)
			g.claims = append(g.claims, i)
		}
	}
	sortBySM := func() {
		for _, gs := range bySM {
			sort.SliceStable(gs, func(a, b int) bool { return gs[a].date.Start.Before(gs[b].date.Start) })
		}
	}
	sortBySM()
	// 2. Vague dates ("en début d'année") join a precise event they contain
	// with the same figure; otherwise they stand alone.
	for _, i := range vague {
		c := &t.Claims[i]
		if c.Metric == MetricEvent {
			var into *group
			for _, g := range groups {
				if g.metric == MetricEvent && g.key == contextKey(c.What) && c.Date.Contains(g.date) {
					into = g
				}
			}
			if into != nil {
				into.claims = append(into.claims, i)
				continue
			}
		}
		if g := matchGroup(c, c.Date.Start, c.Date.End, func(g *group) bool { return c.Date.Contains(g.date) }); g != nil {
			g.claims = append(g.claims, i)
			continue
		}
		// Two vague dates that overlap ("début avril", "earlier this month")
		// with the same figure are one event.
		if g := matchGroup(c, c.Date.Start.AddDate(-1, 0, 0), c.Date.End, func(g *group) bool {
			return g.date.Approx && !g.date.End.Before(c.Date.Start) && !g.date.Start.After(c.Date.End)
		}); g != nil {
			g.claims = append(g.claims, i)
			continue
		}
		g := find(c.Subject, c.Metric, mergeKey(c), c.Date)
		g.claims = append(g.claims, i)
	}
	sortBySM()
	// 3. Undated figures join the latest event with the same figure dated
	// before their article (within asOfWindow days); the rest make events
	// "as of" the month of their articles.
	for _, i := range asOf {
		c := &t.Claims[i]
		g := matchGroup(c, c.Date.End.AddDate(0, 0, -asOfWindow), c.Date.End, func(g *group) bool {
			days := c.Date.End.Sub(g.date.Start).Hours() / 24
			return !g.date.Start.After(c.Date.End) && days <= asOfWindow
		})
		if g != nil {
			g.claims = append(g.claims, i)
			continue
		}
		d := c.Date
		if d.Precision == PrecisionDay {
			d = MonthOf(d.Start.Year(), d.Start.Month())
		}
		key := mergeKey(c)
		key.AsOf = true
		g = find(c.Subject, c.Metric, key, d)
		g.claims = append(g.claims, i)
	}
	events := make([]Event, 0, len(groups))
	for _, g := range groups {
		if len(g.claims) > 0 {
			events = append(events, makeEvent(t, g))
		}
	}
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ei, ej := &events[order[a]], &events[order[b]]
		if c := ei.Date.Compare(ej.Date); c != 0 {
			return c < 0
		}
		if ei.Metric != ej.Metric {
			return metricOrder(ei.Metric) < metricOrder(ej.Metric)
		}
		return ei.Label < ej.Label
	})
	sorted := make([]Event, len(events))
	for i, k := range order {
		sorted[i] = events[k]
	}
	events = sorted
	for i := range events {
		events[i].ID = fmt.Sprintf("e%d-%s", i+1, events[i].Date.String())
	}
	return events
}

// mergeKey is what, besides subject, metric and date, claims must share to
// be one event: the speaker of a statement, the kind of a context event, the
// unit and thing counted of another figure. An event read from its clause
// merges as a context event of its verb here (a vague date, see mergeEvents);
// datedKey gives its own key.
func mergeKey(c *Claim) MergeKey {
	switch {
	case c.Metric == MetricEvent && c.What == "statement":
		return MergeKey{Kind: MergeStatement, Speaker: c.SaidBy}
	case c.Metric == MetricEvent:
		return contextKey(c.What)
	case c.Metric == MetricOther:
		// Other figures merge only when they measure the same thing.
		return MergeKey{Kind: MergeOther, Unit: c.Unit, What: Fold(c.What)}
	}
	return MergeKey{}
}

// contextKey is the key of the context events of kind what.
func contextKey(what string) MergeKey { return MergeKey{Kind: MergeContext, What: what} }

// datedKey is the key of a precisely dated claim: an event read from its
// clause merges with the same verb, a context event with the same kind,
// anything else as mergeKey says.
func datedKey(c *Claim) MergeKey {
	switch c.Kind() {
	case ClaimClauseEvent:
		return MergeKey{Kind: MergeClause, What: Fold(c.What)}
	case ClaimContextEvent:
		return contextKey(c.What)
	}
	return mergeKey(c)
}

func metricOrder(m Metric) int {
	for i, x := range Metrics {
		if x == m {
			return i
		}
	}
	return len(Metrics)
}

// makeEvent turns a group into an event: its figure is the one most sources
// give, its sources every passage, its conflicts the disagreements.
func makeEvent(t *Timeline, g *group) Event {
	e := Event{Date: g.date, Subject: g.subject, Metric: g.metric, Claims: g.claims}
	// The value most claims give (ties: the larger count of articles, then the
	// larger value).
	type tally struct {
		value    float64
		from     float64
		qual     map[Qualifier]int
		claims   []int
		articles map[int]bool
	}
	var tallies []*tally
	e.Sources = make([]Source, 0, len(g.claims))
	for _, ci := range g.claims {
		c := &t.Claims[ci]
		var tl *tally
		for _, x := range tallies {
			if sameValue(x.value, c.Value) && x.from == c.From {
				tl = x
				break
			}
		}
		if tl == nil {
			tl = &tally{value: c.Value, from: c.From, qual: map[Qualifier]int{}, articles: map[int]bool{}}
			tallies = append(tallies, tl)
		}
		tl.qual[c.Qualifier]++
		tl.claims = append(tl.claims, ci)
		tl.articles[c.Article] = true
		e.Sources = append(e.Sources, sourceOf(t, ci))
	}
	sort.SliceStable(tallies, func(i, j int) bool {
		if len(tallies[i].articles) != len(tallies[j].articles) {
			return len(tallies[i].articles) > len(tallies[j].articles)
		}
		return len(tallies[i].claims) > len(tallies[j].claims)
	})
	main := tallies[0]
	lead := t.Claims[main.claims[0]]
	for _, ci := range main.claims {
		// Prefer a claim dated like the event as the label's model.
		if c := &t.Claims[ci]; !c.AsOf && c.Date.sameText(g.date) {
			lead = *c
			break
		}
	}
	if g.metric != MetricEvent {
		e.Value, e.HasValue, e.From, e.Unit = main.value, true, main.from, lead.Unit
		best := -1
		for q, n := range main.qual {
			if n > best || n == best && q < e.Qualifier {
				e.Qualifier, best = q, n
			}
		}
		lead.Value, lead.Qualifier, lead.From = e.Value, e.Qualifier, e.From
	} else if g.key.Kind == MergeClause || g.key.Kind == MergeContext && g.key.What != "" {
		// A context event is named after the organisation most sources name.
		e.Subject = majoritySubject(t, g.claims)
		for _, ci := range g.claims {
			if t.Claims[ci].Subject == e.Subject {
				lead = t.Claims[ci]
				break
			}
		}
	}
	e.lead = &lead
	e.asOf = g.key.AsOf
	e.key = g.key
	e.Label = eventLabelIn(&e, "en")
	if len(tallies) > 1 && g.metric != MetricEvent {
		e.Conflicts = append(e.Conflicts, valueConflict(t, g, tallies[0].claims, func() [][]int {
			var out [][]int
			for _, x := range tallies {
				out = append(out, x.claims)
			}
			return out
		}()))
	}
	// Who said it: the persons named, and a conflict when they differ.
	bySpeaker := map[string][]int{}
	var speakers []string
	for _, ci := range g.claims {
		c := &t.Claims[ci]
		if c.SaidBy == "" {
			continue
		}
		if _, ok := bySpeaker[c.SaidBy]; !ok {
			speakers = append(speakers, c.SaidBy)
		}
		bySpeaker[c.SaidBy] = append(bySpeaker[c.SaidBy], ci)
	}
	sort.SliceStable(speakers, func(i, j int) bool {
		return articleCount(t, bySpeaker[speakers[i]]) > articleCount(t, bySpeaker[speakers[j]])
	})
	e.SaidBy = speakers
	var persons []string
	for _, s := range speakers {
		if isPersonName(s) {
			persons = append(persons, s)
		}
	}
	if len(persons) > 1 {
		c := Conflict{Kind: ConflictAttribution}
		for _, p := range persons {
			side := ConflictSide{Value: p}
			for _, ci := range bySpeaker[p] {
				side.Sources = append(side.Sources, sourceOf(t, ci))
			}
			c.Sides = append(c.Sides, side)
			c.parts = append(c.parts, conflictPart{person: p, articles: articleCount(t, bySpeaker[p])})
		}
		c.write("en")
		e.Conflicts = append(e.Conflicts, c)
	}
	return e
}

// isPersonName reports whether a display name has a first name and a surname.
func isPersonName(s string) bool { return len(strings.Fields(s)) >= 2 }

// valueConflict states the different figures of an event's sources: a
// "value" conflict when they cannot all be true, "compatible" when they can
// (a bound and a value that agree: "more than 200 million" and "500
// million").
func valueConflict(t *Timeline, g *group, _ []int, sides [][]int) Conflict {
	c := Conflict{Kind: ConflictValue}
	lo, hi := math.Inf(-1), math.Inf(1)
	for _, claims := range sides {
		f := t.Claims[claims[0]]
		a, b := bounds(f.Value, f.Qualifier)
		lo, hi = math.Max(lo, a), math.Min(hi, b)
	}
	if lo <= hi {
		c.Kind = ConflictCompatible
	}
	for _, claims := range sides {
		first := t.Claims[claims[0]]
		side := ConflictSide{}
		for _, ci := range claims {
			side.Sources = append(side.Sources, sourceOf(t, ci))
		}
		c.Sides = append(c.Sides, side)
		c.parts = append(c.parts, conflictPart{value: first.Value, q: first.Qualifier, ordinal: first.Metric == MetricRank, articles: articleCount(t, claims)})
	}
	c.write("en")
	return c
}

// bounds returns the values a figure with qualifier q allows, with the
// rounding sameValue allows.
func bounds(v float64, q Qualifier) (float64, float64) {
	tol := math.Abs(v) * 0.05
	switch q {
	case AtLeast:
		return v - tol, math.Inf(1)
	case AtMost:
		return math.Inf(-1), v + tol
	case Approx:
		return v - 2*tol, v + 2*tol
	}
	return v - tol, v + tol
}

func articleCount(t *Timeline, claims []int) int {
	seen := map[int]bool{}
	for _, ci := range claims {
		seen[t.Claims[ci].Article] = true
	}
	return len(seen)
}

func sourceOf(t *Timeline, ci int) Source {
	c := &t.Claims[ci]
	s := Source{Claim: ci, Article: c.ArticleName, Quote: c.Quote, Start: c.Passage.Start, End: c.Passage.End}
	if c.Article >= 0 && c.Article < len(t.Articles) {
		s.Title = t.Articles[c.Article].Title
		s.Aliases = t.Articles[c.Article].Aliases
	}
	return s
}

// majoritySubject is the subject most of the claims name.
func majoritySubject(t *Timeline, claims []int) string {
	count := map[string]int{}
	best := ""
	for _, ci := range claims {
		s := t.Claims[ci].Subject
		count[s]++
		if count[s] > count[best] || count[s] == count[best] && s < best {
			best = s
		}
	}
	return best
}
