package timeline

import (
	"reflect"
	"testing"
	"time"

	"github.com/claimline/claimline/model/claim"
)

var (
	oct4   = claim.Day(2021, 10, 4)
	oct5   = claim.Day(2021, 10, 5)
	oct    = claim.MonthOf(2021, 10)
	octish = claim.Date{Start: oct.Start, End: oct.End, Precision: claim.PrecisionMonth, Approx: true}
)

func figure(subject string, v float64, q claim.Qualifier, d claim.Date, article int) Claim {
	return Claim{Kind: claim.Figure, Subject: subject, Metric: claim.MetricNewUsers, Value: v, Qualifier: q, Date: d, Article: article}
}

func inPassage(c Claim, start int) Claim {
	c.Passage = start
	return c
}

// about returns c about subject.
func about(c Claim, subject string) Claim {
	c.Subject = subject
	return c
}

func TestMerge(t *testing.T) {
	asOf := figure("Telegram", 70e6, claim.Exact, claim.Day(2021, 10, 20), 2)
	asOf.AsOf = true
	lonely := figure("Signal", 5e6, claim.Exact, claim.Day(2021, 10, 20), 3)
	lonely.AsOf = true
	lonely200 := figure("Signal", 200e6, claim.Exact, claim.Day(2021, 10, 20), 3)
	lonely200.AsOf = true
	unsure := figure("Telegram", 70e6, claim.Exact, oct4, 4)
	unsure.Unsure = true
	vague := figure("Telegram", 71e6, claim.Approx, octish, 5)
	outage := func(subject string, article int) Claim {
		return Claim{Kind: claim.ContextEvent, Subject: subject, Metric: claim.MetricEvent, What: "outage", WhatKey: "outage", Date: oct4, Article: article}
	}
	stmt := func(speaker string, article int) Claim {
		return Claim{Kind: claim.Statement, Subject: "Telegram", Metric: claim.MetricEvent, What: "statement", WhatKey: "statement", Date: oct5, SaidBy: speaker, Article: article}
	}
	for _, tt := range []struct {
		name   string
		claims []Claim
		want   []Group
	}{
		{"same figure, same date: one event", []Claim{figure("Telegram", 70e6, claim.Exact, oct4, 0), figure("Telegram", 70e6, claim.AtLeast, oct4, 1)},
			[]Group{{Subject: "Telegram", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0, 1}}}},
		{"other subject or date: two events", []Claim{figure("Telegram", 70e6, claim.Exact, oct4, 0), figure("Signal", 70e6, claim.Exact, oct4, 1), figure("Telegram", 70e6, claim.Exact, oct5, 1)},
			[]Group{{Subject: "Telegram", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0}},
				{Subject: "Signal", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{1}},
				{Subject: "Telegram", Metric: claim.MetricNewUsers, Date: oct5, Claims: []int{2}}}},
		{"undated restatement joins the dated figure; unsure left out", []Claim{figure("Telegram", 70e6, claim.Exact, oct4, 0), asOf, unsure},
			[]Group{{Subject: "Telegram", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0, 1}}}},
		{"undated figure alone: as of its month", []Claim{lonely},
			[]Group{{Subject: "Signal", Metric: claim.MetricNewUsers, Key: MergeKey{AsOf: true}, Date: oct, Claims: []int{0}}}},
		{"vague date joins the event it contains with the same figure", []Claim{figure("Telegram", 70e6, claim.Exact, oct4, 0), vague},
			[]Group{{Subject: "Telegram", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0, 1}}}},
		{"two figures of one passage are two events, never sources that disagree", []Claim{inPassage(figure("Boeing", 35, claim.Exact, oct4, 0), 120), inPassage(figure("Boeing", 677, claim.Exact, oct4, 0), 120), inPassage(figure("Boeing", 677, claim.Exact, oct4, 1), 40)},
			[]Group{{Subject: "Boeing", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0}},
				{Subject: "Boeing", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{1, 2}}}},
		{"two figures of one article, in two passages, are two events too", []Claim{inPassage(figure("Moody's", 28, claim.Exact, oct4, 0), 10), inPassage(figure("Moody's", 6, claim.Exact, oct4, 0), 90)},
			[]Group{{Subject: "Moody's", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0}},
				{Subject: "Moody's", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{1}}}},
		{"two articles' figures are one event whose sources disagree", []Claim{figure("Moody's", 28, claim.Exact, oct4, 0), figure("Moody's", 6, claim.Exact, oct4, 1)},
			[]Group{{Subject: "Moody's", Metric: claim.MetricNewUsers, Date: oct4, Claims: []int{0, 1}}}},
		{"an undated figure's passage too", []Claim{inPassage(lonely, 10), inPassage(lonely200, 10)},
			[]Group{{Subject: "Signal", Metric: claim.MetricNewUsers, Key: MergeKey{AsOf: true}, Date: oct, Claims: []int{0}},
				{Subject: "Signal", Metric: claim.MetricNewUsers, Key: MergeKey{AsOf: true}, Date: oct, Claims: []int{1}}}},
		{"an outage on one date is one event, whoever is named", []Claim{outage("Facebook", 0), outage("WhatsApp", 1)},
			[]Group{{Subject: "Facebook", Metric: claim.MetricEvent, Key: MergeKey{Kind: MergeContext, What: "outage"}, Date: oct4, Claims: []int{0, 1}}}},
		{"statements merge by speaker", []Claim{stmt("Pavel Durov", 0), stmt("Pavel Durov", 1), stmt("Moxie Marlinspike", 2)},
			[]Group{{Subject: "Telegram", Metric: claim.MetricEvent, Key: MergeKey{Kind: MergeStatement, Speaker: "Pavel Durov"}, Date: oct5, Claims: []int{0, 1}},
				{Subject: "Telegram", Metric: claim.MetricEvent, Key: MergeKey{Kind: MergeStatement, Speaker: "Moxie Marlinspike"}, Date: oct5, Claims: []int{2}}}},
		{"one speaker's statements of one day are one event, whatever each is about", []Claim{stmt("Pavel Durov", 0), about(stmt("Pavel Durov", 0), "Pavel Durov"), about(stmt("Pavel Durov", 1), "WhatsApp")},
			[]Group{{Subject: "Telegram", Metric: claim.MetricEvent, Key: MergeKey{Kind: MergeStatement, Speaker: "Pavel Durov"}, Date: oct5, Claims: []int{0, 1, 2}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Merge(tt.claims); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestDecide(t *testing.T) {
	g := func(n int) Group {
		ids := make([]int, n)
		for i := range ids {
			ids[i] = i
		}
		return Group{Subject: "Telegram", Metric: claim.MetricNewUsers, Date: oct4, Claims: ids}
	}
	said := func(c Claim, who string) Claim { c.SaidBy = who; return c }
	for _, tt := range []struct {
		name   string
		claims []Claim
		want   Decision
	}{
		{"one figure", []Claim{figure("Telegram", 70e6, claim.Exact, oct4, 0)},
			Decision{Subject: "Telegram", HasValue: true, Value: 70e6}},
		{"rounding is the same figure; the qualifier most give", []Claim{figure("Telegram", 70e6, claim.AtLeast, oct4, 0), figure("Telegram", 72e6, claim.AtLeast, oct4, 1), figure("Telegram", 70e6, claim.Exact, oct4, 2)},
			Decision{Subject: "Telegram", HasValue: true, Value: 70e6, Qualifier: claim.AtLeast}},
		{"a bound and a value that agree: compatible", []Claim{figure("Telegram", 500e6, claim.Exact, oct4, 0), figure("Telegram", 500e6, claim.Exact, oct4, 1), figure("Telegram", 200e6, claim.AtLeast, oct4, 2)},
			Decision{Subject: "Telegram", HasValue: true, Value: 500e6, Conflicts: []Conflict{{Kind: ConflictCompatible, Sides: []Side{
				{Claims: []int{0, 1}, Value: 500e6, Articles: 2}, {Claims: []int{2}, Value: 200e6, Qualifier: claim.AtLeast, Articles: 1}}}}}},
		{"figures that cannot both be true: value conflict", []Claim{figure("Telegram", 70e6, claim.Exact, oct4, 0), figure("Telegram", 25e6, claim.Exact, oct4, 1)},
			Decision{Subject: "Telegram", HasValue: true, Value: 70e6, Conflicts: []Conflict{{Kind: ConflictValue, Sides: []Side{
				{Claims: []int{0}, Value: 70e6, Articles: 1}, {Claims: []int{1}, Value: 25e6, Articles: 1}}}}}},
		{"two persons for the same words: attribution conflict; a bare name is no person",
			[]Claim{said(figure("Telegram", 70e6, claim.Exact, oct4, 0), "Pavel Durov"), said(figure("Telegram", 70e6, claim.Exact, oct4, 1), "Nikolai Durov"), said(figure("Telegram", 70e6, claim.Exact, oct4, 2), "Durov")},
			Decision{Subject: "Telegram", HasValue: true, Value: 70e6, SaidBy: []string{"Pavel Durov", "Nikolai Durov", "Durov"}, Conflicts: []Conflict{{Kind: ConflictAttribution, Sides: []Side{
				{Claims: []int{0}, Person: "Pavel Durov", Articles: 1}, {Claims: []int{1}, Person: "Nikolai Durov", Articles: 1}}}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Decide(tt.claims, g(len(tt.claims))); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// A context event is named after the subject most of its claims name, and
// its label is written from one of them.
func TestDecideContextSubject(t *testing.T) {
	out := func(subject string) Claim {
		return Claim{Kind: claim.ContextEvent, Subject: subject, Metric: claim.MetricEvent, What: "outage", Date: oct4}
	}
	claims := []Claim{out("Facebook"), out("WhatsApp"), out("WhatsApp")}
	g := Group{Subject: "Facebook", Metric: claim.MetricEvent, Key: MergeKey{Kind: MergeContext, What: "outage"}, Date: oct4, Claims: []int{0, 1, 2}}
	if d := Decide(claims, g); d.Subject != "WhatsApp" || d.Lead != 1 || d.HasValue {
		t.Errorf("got %+v", d)
	}
}

func TestAlone(t *testing.T) {
	c := figure("Signal", 5e6, claim.Exact, claim.Day(2021, 10, 20), 0)
	c.AsOf = true
	clause := Claim{Kind: claim.ClauseEvent, Subject: "GAO", Metric: claim.MetricEvent, What: "Called", WhatKey: "called", Date: oct4}
	for _, tt := range []struct {
		c    Claim
		want Group
	}{
		{c, Group{Subject: "Signal", Metric: claim.MetricNewUsers, Key: MergeKey{AsOf: true}, Date: oct, Claims: []int{0}}},
		{clause, Group{Subject: "GAO", Metric: claim.MetricEvent, Key: MergeKey{Kind: MergeClause, What: "called"}, Date: oct4, Claims: []int{0}}},
	} {
		if got := Alone([]Claim{tt.c}, 0); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("got %+v, want %+v", got, tt.want)
		}
	}
}

func TestPlaceBefore(t *testing.T) {
	year := claim.YearOf(2021)
	for _, tt := range []struct {
		p, q Place
		want bool
	}{
		{Place{Date: oct4}, Place{Date: oct5}, true},
		{Place{Date: oct}, Place{Date: claim.Day(2021, 10, 1)}, false}, // same start: the finer first
		{Place{Date: oct4, Metric: claim.MetricRank}, Place{Date: oct4, Metric: claim.MetricEvent}, true},
		{Place{Date: oct4, Metric: claim.MetricEvent, Label: "b"}, Place{Date: oct4, Metric: claim.MetricEvent, Label: "a"}, false},
		{Place{Date: year}, Place{Date: claim.Day(2021, time.January, 2)}, true},
	} {
		if got := tt.p.Before(tt.q); got != tt.want {
			t.Errorf("%+v before %+v: got %v", tt.p, tt.q, got)
		}
	}
}
