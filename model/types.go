// Package model extracts the dated claims an article set makes and merges
// them into a timeline of events that points back to exact passages.
//
// It knows nothing of Fyne or of the screen: it takes an fs.FS or readers and
// returns values and errors. Every Claim points back to its article and to
// byte offsets in the article's decoded text.
//
// The subjects it reads with live in rooms of their own, which it imports:
// model/text (files and folders loaded, decoded and cleaned into articles
// with their sentences; model names Article, Set, LoadFS, LoadPaths and
// ParseArticle again), model/lexis (Fold, tokens, the lexicon built from
// the word classes each grammar declares), model/syntax (parts of speech,
// heads), model/quantity (figures), model/timex (time expressions, the Date
// value), model/claim (the values a claim is made of) and model/timeline
// (claims merged into events).
package model

import (
	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timeline"
)

// The values a claim is made of live in package model/claim, the merging of
// claims into events in package model/timeline; model names the ones its
// callers see again here, so that they need import neither.
type (
	// Precision is claim.Precision: how much of a date is known.
	Precision = claim.Precision
	// Metric is claim.Metric: what a claim measures.
	Metric = claim.Metric
	// Qualifier is claim.Qualifier: how a figure relates to the true value.
	Qualifier = claim.Qualifier
	// ClaimKind is claim.Kind: a figure, a statement, a context event or
	// an event read from its clause (see Claim.Kind).
	ClaimKind = claim.Kind
	// ConflictKind is timeline.ConflictKind: how an event's sources
	// disagree.
	ConflictKind = timeline.ConflictKind
)

// The precisions a date can have, coarsest first (see claim.Precision).
const (
	PrecisionNone  = claim.PrecisionNone
	PrecisionYear  = claim.PrecisionYear
	PrecisionMonth = claim.PrecisionMonth
	PrecisionDay   = claim.PrecisionDay
	PrecisionHour  = claim.PrecisionHour
)

// The metrics a claim can have (see claim.Metric).
const (
	MetricNewUsers    = claim.MetricNewUsers
	MetricActiveUsers = claim.MetricActiveUsers
	MetricDownloads   = claim.MetricDownloads
	MetricRank        = claim.MetricRank
	MetricEvent       = claim.MetricEvent
	MetricOther       = claim.MetricOther
)

// Metrics lists every metric in the order the timeline's legend shows them.
var Metrics = claim.Metrics

// The qualifiers a figure can have (see claim.Qualifier).
const (
	Exact      = claim.Exact
	AtLeast    = claim.AtLeast
	AtMost     = claim.AtMost
	Approx     = claim.Approx
	Indefinite = claim.Indefinite
)

// The kinds a claim can have (see claim.Kind).
const (
	ClaimFigure       = claim.Figure
	ClaimStatement    = claim.Statement
	ClaimContextEvent = claim.ContextEvent
	ClaimClauseEvent  = claim.ClauseEvent
)

// Conflict kinds (see timeline.ConflictKind).
const (
	ConflictValue       = timeline.ConflictValue
	ConflictCompatible  = timeline.ConflictCompatible
	ConflictAttribution = timeline.ConflictAttribution
)

// Span is lexis.Span: a half-open range [Start, End) of byte offsets in an
// article's decoded text.
type Span = lexis.Span

// Claim is one statement in one passage of one article.
type Claim struct {
	// ID is the claim's index in Timeline.Claims.
	ID int `json:"id"`
	// Article is the index of the article in Timeline.Articles.
	Article int `json:"-"`
	// ArticleName is the article's file name.
	ArticleName string `json:"article"`
	// Passage is the sentence the claim was read from.
	Passage Span `json:"passage"`
	// Quote is the passage's text.
	Quote string `json:"quote"`
	// Subject is the organisation the claim is about.
	Subject string `json:"subject"`
	// Metric is what the figure measures.
	Metric Metric `json:"metric"`
	// Value is the figure (for a rank move, the new rank); HasValue is false
	// for a context event with no figure.
	Value    float64 `json:"value,omitempty"`
	HasValue bool    `json:"has_value"`
	// From is the old rank of a rank move, 0 when none.
	From float64 `json:"from,omitempty"`
	// Low is the lower end of a range Value is the upper end of ("de 8 000
	// à 10 000 postes", "between $3 billion and $4 billion"), 0 when none.
	Low float64 `json:"low,omitempty"`
	// Qualifier says whether the figure is a bound or approximate.
	Qualifier Qualifier `json:"qualifier,omitempty"`
	// Unit is "%", "$", "€" or "£" for a share or an amount, "" for a count.
	Unit string `json:"unit,omitempty"`
	// ValueText and ValueSpan are the words the figure came from.
	ValueText string `json:"value_text,omitempty"`
	ValueSpan Span   `json:"value_span"`
	// What is the noun or verb phrase the claim is about ("users", "outage").
	What string `json:"what,omitempty"`
	// Date is when the claim is about; AsOf is true when the passage has no
	// date and the publication date stands in for it.
	Date     Date `json:"date"`
	AsOf     bool `json:"as_of,omitempty"`
	DateSpan Span `json:"date_span"`
	// SaidBy is the canonical name of who made the statement, "" when the
	// article states it on its own authority; SaidByText is the words used.
	SaidBy     string `json:"said_by,omitempty"`
	SaidByText string `json:"said_by_text,omitempty"`
	SaidBySpan Span   `json:"said_by_span"`
	// Label is a short sentence a person reads on the timeline.
	Label string `json:"label"`
	// Measure is what the figure counts in the source's words, by its lemma
	// ("emploi", "vote", "user"), with the unit when it has one; "" for an
	// event. Claims of the same measure and unit compare across the set.
	Measure string `json:"measure,omitempty"`
	// Confidence is how sure the reading is, from 0 to 1; Reasons say why
	// its subject, measure and date were chosen.
	Confidence float64  `json:"confidence"`
	Reasons    []string `json:"reasons,omitempty"`
	// Unsure is true when the subject or the measure could not be read: the
	// claim stays searchable but is not put on the timeline.
	Unsure bool `json:"unsure,omitempty"`

	// What a label is made of, to write it again in another language.
	other     string // the buyer of an acquisition
	announced *Claim // the figure a statement announces
	// srcLang is the language of the article the claim was read from: a
	// figure labelled in its own words is framed in it ("Un séisme : plus
	// de 200 morts", whatever the interface's language).
	srcLang string
	excerpt string // the first words of a statement's quote
	told    string // whom a statement was told to, in the text's words: "told the BBC"
	// words is the label of an event read from its clause, in the source's
	// own words (the same in every language).
	words     string
	whatAfter bool   // What follows the figure ("3,1 millions de demandeurs")
	rate      string // the period each amount is for, as written after it ("a day", «par mois»), "" when none
	// cited is true for the event of a source cited publishing («selon les
	// chiffres publiés vendredi par la PFA»): no day the story goes on from.
	cited bool
	// thing is true when the subject is the thing its clause's subject
	// names, no entity ("Building permits rose 2.5%").
	thing bool
	// standing is true for a rank a superlative or a scope states
	// ("the country's third-largest egg producer").
	standing bool
	// revised is true for the figure someone moves a forecast to ("cut
	// her Brent forecast to $68"): dated by its own words, or as of the
	// statement.
	revised bool
	// timeMeasured is true for a length of time that is a measure's value
	// (measuredTime: "a median of 22.4 months", «l'âge moyen … 31,2 ans»).
	timeMeasured bool
	// change is "+" or "−" for an amount by which something rose or fell
	// ("fell by 114 tonnes"), "" otherwise.
	change string
	// sourceKey is the register's key of who said it (SaidBy).
	sourceKey string
	// phrase is the verb, the figure and what it counts as the source wrote
	// them ("will cut 250 jobs", "va supprimer 250 emplois"): the label
	// after the subject, so that it says what was done to what it counts.
	phrase string
	// countedIn is the noun a whole's figure counts in, as written, when
	// What names the whole ("order backlog", "196 ships"): the label
	// writes it after the figure.
	countedIn string
	// match is the words that tell a match's result, for a side's score
	// ("beating Kelvinside Rovers 2-1").
	match string
}

// Kind returns what sort of statement the claim is.
func (c *Claim) Kind() ClaimKind {
	switch {
	case c.Metric != MetricEvent:
		return claim.Figure
	case c.words != "":
		return claim.ClauseEvent
	case c.What == "statement":
		return claim.Statement
	}
	return claim.ContextEvent
}

// Source is one passage that supports an event.
type Source struct {
	Claim   int    `json:"claim"`
	Article string `json:"article"`
	// Aliases are the other names under which the same article was found.
	Aliases []string `json:"aliases,omitempty"`
	Title   string   `json:"title,omitempty"`
	Quote   string   `json:"quote"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// ConflictSide is one of the competing values or attributions of a conflict.
type ConflictSide struct {
	Value   string   `json:"value"`
	Sources []Source `json:"sources"`
}

// Disputed reports whether the event's sources disagree: a conflict of
// figures or of attribution, not figures that are only different.
func (e *Event) Disputed() bool {
	for _, c := range e.Conflicts {
		if c.Kind != ConflictCompatible {
			return true
		}
	}
	return false
}

// Conflict says that the sources of an event disagree.
type Conflict struct {
	// Kind is ConflictValue (figures that cannot all be true),
	// ConflictCompatible (different figures that can) or ConflictAttribution
	// (the same words put in different mouths).
	Kind ConflictKind `json:"kind"`
	// Summary states the disagreement in words.
	Summary string         `json:"summary"`
	Sides   []ConflictSide `json:"sides"`

	// parts are the sides' figures or names, to write Summary again.
	parts []conflictPart
}

// conflictPart is one side of a conflict as its summary states it.
type conflictPart struct {
	value    float64
	q        Qualifier
	ordinal  bool
	person   string
	articles int
	// saidBy names who gave the side's figure, when one source did.
	saidBy string
}

// Event is one point (or range) on the timeline: the claims about the same
// subject, metric and date, from every article that makes them.
type Event struct {
	ID        string     `json:"id"`
	Date      Date       `json:"date"`
	Subject   string     `json:"subject"`
	Metric    Metric     `json:"metric"`
	Value     float64    `json:"value,omitempty"`
	HasValue  bool       `json:"has_value"`
	From      float64    `json:"from,omitempty"`
	Low       float64    `json:"low,omitempty"` // the lower end of a range Value ends
	Qualifier Qualifier  `json:"qualifier,omitempty"`
	Unit      string     `json:"unit,omitempty"`
	Label     string     `json:"label"`
	SaidBy    []string   `json:"said_by,omitempty"`
	Claims    []int      `json:"claims"`
	Sources   []Source   `json:"sources"`
	Conflicts []Conflict `json:"conflicts,omitempty"`
	// Status is a person's verdict on the event (see model/review);
	// Unchecked until someone reviews it.
	Status Status `json:"status"`
	// Note is a person's note on the event.
	Note string `json:"note,omitempty"`
	// Corrections are the fields a person corrected, each with the value
	// the articles gave and the correction (see Timeline.Correct).
	Corrections []Correction `json:"corrections,omitempty"`

	// lead is the claim the label is written from (with the event's figure);
	// asOf is true for an undated figure placed at its articles' month;
	// key is the group's merge key (see mergeEvents), to build the event
	// again from other claims (Timeline.Regroup).
	lead *Claim
	asOf bool
	key  timeline.MergeKey
}

// Articles returns the number of distinct articles that support the event.
func (e *Event) Articles() int {
	seen := map[string]bool{}
	for _, s := range e.Sources {
		seen[s.Article] = true
	}
	return len(seen)
}

// Timeline is an article set with its claims and events, events in date order.
type Timeline struct {
	Name string `json:"name"`
	// NameParts are Name's parts (see SetName), for the UI to word in its
	// language; zero for a timeline named by hand.
	NameParts SetName    `json:"-"`
	Articles  []*Article `json:"articles"`
	Claims    []Claim    `json:"claims"`
	Events    []Event    `json:"events"`
	Problems  []Problem  `json:"-"`

	// lang is the language the labels were last written in ("" is English).
	lang string
}

// EventOf returns the index of the event that holds claim c, or -1.
func (t *Timeline) EventOf(c int) int {
	for i := range t.Events {
		for _, id := range t.Events[i].Claims {
			if id == c {
				return i
			}
		}
	}
	return -1
}
