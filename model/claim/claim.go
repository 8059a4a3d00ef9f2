// Package claim holds the plain values a claim is made of that package
// model (which reads claims) and package model/timeline (which merges them
// into events) share: its date with the precision the words give, the
// metric and qualifier of its figure, and its kind.
//
// It imports nothing of the model; package model names each of these types
// again (model.Metric is claim.Metric, model.Date has claim.Date's fields
// and methods), so that callers need not import this package.
package claim

// Metric is what a claim measures.
type Metric string

// The metrics a claim can have.
const (
	MetricNewUsers    Metric = "new_users"
	MetricActiveUsers Metric = "active_users"
	MetricDownloads   Metric = "downloads"
	MetricRank        Metric = "rank"
	MetricEvent       Metric = "event"
	MetricOther       Metric = "other"
)

// Metrics lists every metric in the order the timeline's legend shows them.
var Metrics = []Metric{MetricNewUsers, MetricActiveUsers, MetricDownloads, MetricRank, MetricEvent, MetricOther}

// Title returns the metric as a person reads it in a legend.
func (m Metric) Title() string {
	switch m {
	case MetricNewUsers:
		return "New users"
	case MetricActiveUsers:
		return "Active users"
	case MetricDownloads:
		return "Downloads"
	case MetricRank:
		return "Rank"
	case MetricEvent:
		return "Event"
	}
	return "Other figure"
}

// Qualifier says how a figure relates to the true value.
type Qualifier string

// The qualifiers a figure can have.
const (
	Exact      Qualifier = ""
	AtLeast    Qualifier = "at_least" // "plus de", "more than", "pas moins de"
	AtMost     Qualifier = "at_most"  // "moins de", "less than", "jusqu'à"
	Approx     Qualifier = "approx"   // "environ", "about", "près de"
	Indefinite Qualifier = "indefinite"
)

// Kind is what sort of statement a claim is: a figure, or an event without
// one (a statement, an event of a known kind, an event read from its
// clause). It follows from the claim's metric, its What and how it was read
// (see model.Claim.Kind); it is not written in JSON.
type Kind uint8

// The kinds a claim can have.
const (
	// Figure: a figure (the metric is not MetricEvent).
	Figure Kind = iota
	// Statement: a dated statement (What is "statement"), its speaker in
	// SaidBy.
	Statement
	// ContextEvent: an event of one of the known kinds, named by What
	// ("outage", "founded", "acquired").
	ContextEvent
	// ClauseEvent: an event read from its clause, labelled in the source's
	// own words; What is its verb.
	ClauseEvent
)

// String returns "figure", "statement", "context event" or "clause event".
func (k Kind) String() string {
	switch k {
	case Statement:
		return "statement"
	case ContextEvent:
		return "context event"
	case ClauseEvent:
		return "clause event"
	}
	return "figure"
}
