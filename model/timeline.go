package model

import (
	"fmt"
	"sort"

	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timeline"
)

// This file turns package model/timeline's answers into Events: the merge
// (which claims make one event, which figure it gives, where its sources
// disagree) is decided there; the sources, labels and conflict summaries
// are written here.

// timelineClaims returns what package timeline reads of each claim.
func timelineClaims(t *Timeline) []timeline.Claim {
	out := make([]timeline.Claim, len(t.Claims))
	for i := range t.Claims {
		c := &t.Claims[i]
		key := lexis.Fold(c.What)
		if c.Metric == MetricOther && c.Measure != "" {
			key = MeasureKey(c.Measure) // "4 500 emplois" and "4,500 jobs": the same measure
		}
		out[i] = timeline.Claim{Kind: c.Kind(), Subject: c.Subject, Metric: c.Metric, Value: c.Value, From: c.From,
			Qualifier: c.Qualifier, Unit: c.Unit, What: c.What, WhatKey: key, Date: claim.Date(c.Date), AsOf: c.AsOf,
			Unsure: c.Unsure, SaidBy: c.SaidBy, Article: c.Article, Passage: c.Passage.Start}
	}
	return out
}

// mergeEvents merges the timeline's claims into events (timeline.Merge), in
// timeline order, with their IDs.
func mergeEvents(t *Timeline) []Event {
	claims := timelineClaims(t)
	groups := timeline.Merge(claims)
	events := make([]Event, 0, len(groups))
	for _, g := range groups {
		events = append(events, makeEvent(t, claims, g))
	}
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return placeOf(&events[order[a]]).Before(placeOf(&events[order[b]])) })
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

// placeOf is where the event stands on the timeline.
func placeOf(e *Event) timeline.Place {
	return timeline.Place{Date: claim.Date(e.Date), Metric: e.Metric, Label: e.Label}
}

// makeEvent turns a group into an event as timeline.Decide settles it: its
// figure, subject and speakers, every passage as a source, its label
// written from the lead claim and its conflicts stated, in English.
func makeEvent(t *Timeline, claims []timeline.Claim, g timeline.Group) Event {
	d := timeline.Decide(claims, g)
	e := Event{Date: Date(g.Date), Subject: d.Subject, Metric: g.Metric, Claims: g.Claims, SaidBy: d.SaidBy}
	e.Sources = make([]Source, 0, len(g.Claims))
	for _, ci := range g.Claims {
		e.Sources = append(e.Sources, sourceOf(t, ci))
	}
	lead := t.Claims[d.Lead]
	if d.HasValue {
		e.Value, e.HasValue, e.From, e.Qualifier, e.Unit = d.Value, true, d.From, d.Qualifier, d.Unit
		if lead.Value != e.Value {
			lead.Low = 0 // (the range was another figure's)
		}
		e.Low = lead.Low
		lead.Value, lead.Qualifier, lead.From = e.Value, e.Qualifier, e.From
	}
	e.lead = &lead
	e.asOf = g.Key.AsOf
	e.key = g.Key
	e.Label = eventLabelIn(&e, "en")
	for _, dc := range d.Conflicts {
		c := Conflict{Kind: dc.Kind}
		for _, s := range dc.Sides {
			side := ConflictSide{Value: s.Person}
			for _, ci := range s.Claims {
				side.Sources = append(side.Sources, sourceOf(t, ci))
			}
			c.Sides = append(c.Sides, side)
			part := conflictPart{value: s.Value, q: s.Qualifier, ordinal: s.Ordinal, person: s.Person, articles: s.Articles}
			if len(s.Claims) > 0 {
				part.saidBy = t.Claims[s.Claims[0]].SaidBy
			}
			for _, ci := range s.Claims {
				if t.Claims[ci].SaidBy != part.saidBy {
					part.saidBy = "" // (more than one source: the count of articles says it)
				}
			}
			c.parts = append(c.parts, part)
		}
		c.write("en")
		e.Conflicts = append(e.Conflicts, c)
	}
	return e
}

// sourceOf is claim ci's passage as a source of an event.
func sourceOf(t *Timeline, ci int) Source {
	c := &t.Claims[ci]
	s := Source{Claim: ci, Article: c.ArticleName, Quote: c.Quote, Start: c.Passage.Start, End: c.Passage.End}
	if c.Article >= 0 && c.Article < len(t.Articles) {
		s.Title = t.Articles[c.Article].Title
		s.Aliases = t.Articles[c.Article].Aliases
	}
	return s
}
