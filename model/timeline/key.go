// Package timeline merges claims into events and states where their sources
// disagree: how claims become events, and when a conflict is stated.
//
// It reads claims through Claim, the few fields of a model.Claim that decide
// where it goes, and answers with indices into the slice it was given:
// Merge groups the claims of a set into events (Group), Decide settles one
// event's figure, subject, speakers and conflicts (Decision), Alone gives
// the event one claim makes by itself, and Place orders events on the
// timeline. Package model turns the answers into model.Event values with
// their sources and labels (model/timeline.go).
package timeline

import "github.com/claimline/claimline/model/claim"

// MergeKind says what, besides subject, metric and date, the claims of one
// event share (see MergeKey).
type MergeKind uint8

// The merge kinds.
const (
	// MergeFigure: figures of one of the named metrics (new users, rank…):
	// subject, metric and date are enough.
	MergeFigure MergeKind = iota
	// MergeOther: figures of claim.MetricOther, of the same unit and thing
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
	// clause event or what an other figure counts (both folded: Claim.WhatKey).
	What string
	// Unit is an other figure's unit.
	Unit string
	// Speaker is a statement's speaker (SaidBy).
	Speaker string
}

// mergeKey is what, besides subject, metric and date, claims must share to
// be one event: the speaker of a statement, the kind of a context event, the
// unit and thing counted of another figure. An event read from its clause
// merges as a context event of its verb here (a vague date, see Merge);
// datedKey gives its own key.
func mergeKey(c *Claim) MergeKey {
	switch {
	case c.Metric == claim.MetricEvent && c.What == "statement":
		return MergeKey{Kind: MergeStatement, Speaker: c.SaidBy}
	case c.Metric == claim.MetricEvent:
		return contextKey(c.What)
	case c.Metric == claim.MetricOther:
		// Other figures merge only when they measure the same thing.
		return MergeKey{Kind: MergeOther, Unit: c.Unit, What: c.WhatKey}
	}
	return MergeKey{}
}

// contextKey is the key of the context events of kind what.
func contextKey(what string) MergeKey { return MergeKey{Kind: MergeContext, What: what} }

// datedKey is the key of a precisely dated claim: an event read from its
// clause merges with the same verb, a context event with the same kind,
// anything else as mergeKey says.
func datedKey(c *Claim) MergeKey {
	switch c.Kind {
	case claim.ClauseEvent:
		return MergeKey{Kind: MergeClause, What: c.WhatKey}
	case claim.ContextEvent:
		return contextKey(c.What)
	}
	return mergeKey(c)
}

// Alone returns the group claim i makes by itself (a claim split out of its
// event): its own subject, metric, key and date, an undated figure at its
// article's month. Its date is zero when the claim has none.
func Alone(claims []Claim, i int) Group {
	c := &claims[i]
	g := Group{Subject: c.Subject, Metric: c.Metric, Key: datedKey(c), Date: c.Date, Claims: []int{i}}
	if c.AsOf && c.Metric != claim.MetricEvent {
		g.Key.AsOf = true
		if g.Date.Precision == claim.PrecisionDay {
			g.Date = claim.MonthOf(g.Date.Start.Year(), g.Date.Start.Month())
		}
	}
	return g
}
