package model

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with the golden file name under the repository's
// testdata/ folder, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run with -update if the change is intended\ngot:\n%s", name, got)
	}
}

func defaultTimeline(t testing.TB) *Timeline {
	t.Helper()
	tl, err := Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// TestDefaultSetGolden pins the default set's timeline: every event with its
// date, figure, label, sources and conflicts.
func TestDefaultSetGolden(t *testing.T) {
	golden(t, "default_events.json", eventsJSON(t, defaultTimeline(t)))
}

// TestOtherArticlesGolden pins the timeline of articles written for the
// tests (English and French, other companies, other figures), so that a
// change to the grammar shows what it does beyond the default set.
func TestOtherArticlesGolden(t *testing.T) {
	set, err := LoadPaths(context.Background(), []string{filepath.Join("..", "testdata", "articles")}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "other_events.json", eventsJSON(t, Build(set)))
}

func eventsJSON(t *testing.T, tl *Timeline) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	type row struct {
		ID        string     `json:"id"`
		Date      string     `json:"date"`
		Metric    Metric     `json:"metric"`
		Value     float64    `json:"value,omitempty"`
		From      float64    `json:"from,omitempty"`
		Qualifier Qualifier  `json:"qualifier,omitempty"`
		Label     string     `json:"label"`
		SaidBy    []string   `json:"said_by,omitempty"`
		Articles  []string   `json:"articles"`
		Conflicts []Conflict `json:"conflicts,omitempty"`
	}
	for _, e := range tl.Events {
		r := row{ID: e.ID, Date: e.Date.String(), Metric: e.Metric, Value: e.Value, From: e.From, Qualifier: e.Qualifier,
			Label: e.Label, SaidBy: e.SaidBy, Conflicts: e.Conflicts}
		for _, s := range e.Sources {
			r.Articles = append(r.Articles, s.Article)
		}
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// TestDefaultSetTimeline states what the default set's timeline must hold,
// independently of the golden file.
func TestDefaultSetTimeline(t *testing.T) {
	tl := defaultTimeline(t)
	// find returns the event of that date, metric and value, the one whose
	// label holds label when the day has several.
	find := func(date string, metric Metric, value float64, label string) *Event {
		var found *Event
		for i := range tl.Events {
			e := &tl.Events[i]
			if e.Date.String() == date && e.Metric == metric && (value == 0 || e.Value == value) {
				if strings.Contains(e.Label, label) {
					return e
				}
				if found == nil {
					found = e
				}
			}
		}
		return found
	}
	articles := func(e *Event) int { return e.Articles() }
	tests := []struct {
		name        string
		date        string
		metric      Metric
		value, from float64
		minArticles int
		subject     string
		label       string
	}{
		{"25 million in January", "2021-01", MetricNewUsers, 25e6, 0, 2, "Telegram", "25 million"},
		{"a billion downloads in August", "2021-08", MetricDownloads, 1e9, 0, 2, "Telegram", "billion"},
		{"70 million on 4 October", "2021-10-04", MetricNewUsers, 70e6, 0, 5, "Telegram", "more than 70 million"},
		{"56th to 5th on 4 October", "2021-10-04", MetricRank, 5, 56, 2, "Telegram", "56th to 5th"},
		{"the outage on 4 October", "2021-10-04", MetricEvent, 0, 0, 4, "Facebook", "outage"},
		{"Durov's announcement on 5 October", "2021-10-05", MetricEvent, 0, 0, 2, "", "Pavel Durov"},
		{"founded in 2013", "2013", MetricEvent, 0, 0, 1, "Telegram", "founded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := find(tt.date, tt.metric, tt.value, tt.label)
			if e == nil {
				t.Fatalf("no %s event on %s", tt.metric, tt.date)
			}
			if e.From != tt.from || articles(e) < tt.minArticles || tt.subject != "" && e.Subject != tt.subject || !strings.Contains(e.Label, tt.label) {
				t.Errorf("got %q (subject %s, from %v, %d articles)", e.Label, e.Subject, e.From, articles(e))
			}
			for _, s := range e.Sources {
				a := tl.Articles[tl.Claims[s.Claim].Article]
				if a.Text[s.Start:s.End] != s.Quote || a.IsDropped(Span{Start: s.Start, End: s.End}) {
					t.Errorf("source %s %d-%d does not point at its quote in kept text", s.Article, s.Start, s.End)
				}
			}
		})
	}
	// The two disagreements of the default set.
	e := find("2021-10", MetricActiveUsers, 0, "")
	if e == nil || len(e.Conflicts) == 0 || !strings.Contains(e.Conflicts[0].Summary, "200 million") || !strings.Contains(e.Conflicts[0].Summary, "500 million") {
		t.Errorf("active users: want a conflict 200 vs 500 million, got %+v", e)
	}
	e = find("2021-10-04", MetricNewUsers, 70e6, "")
	var attribution *Conflict
	for i := range e.Conflicts {
		if e.Conflicts[i].Kind == ConflictAttribution {
			attribution = &e.Conflicts[i]
		}
	}
	if attribution == nil || len(attribution.Sides) != 2 || attribution.Sides[0].Value != "Pavel Durov" || !strings.Contains(attribution.Sides[1].Value, "Dourov") {
		t.Errorf("70 million: want an attribution conflict Pavel Durov vs Nikolaï Dourov, got %+v", e.Conflicts)
	}
	// Nothing from the boilerplate: the related-headlines list has "16 000 drones".
	for _, c := range tl.Claims {
		if tl.Articles[c.Article].IsDropped(c.Passage) {
			t.Errorf("claim %q comes from dropped text", c.Label)
		}
		if c.Value == 16000 || c.Value == 36 {
			t.Errorf("claim %q is not about the set's subject", c.Label)
		}
	}
}

// TestClaimsOnOtherTexts checks the extraction on sentences of other kinds,
// French and English, that name no figure or date of the default set.
func TestClaimsOnOtherTexts(t *testing.T) {
	tests := []struct {
		name, text        string
		metric            Metric
		value, from       float64
		date, subject, by string
	}{
		{"en new users", "title: Signal surge\ndate: 2021-01-12\n\nSignal gained 7.5 million new users between January 6 and 10, according to Sensor Tower. The app jumped from 45th to 1st place in the App Store on Friday.",
			MetricNewUsers, 7.5e6, 0, "2021-01-06/2021-01-10", "Signal", "Sensor Tower"},
		{"en rank", "title: Signal surge\ndate: 2021-01-12\n\nSignal gained 7.5 million new users between January 6 and 10, according to Sensor Tower. The app jumped from 45th to 1st place in the App Store on Friday.",
			MetricRank, 1, 45, "2021-01-08", "Signal", ""},
		{"fr active users", "date: 2022-03-02\n\nLa plateforme Mastodon compte désormais 1,2 million d'utilisateurs actifs, a indiqué mardi son fondateur Eugen Rochko.",
			MetricActiveUsers, 1.2e6, 0, "2022-03-01", "Mastodon", "Eugen Rochko"},
		{"en downloads quote", "date: 2020-06-30\n\n\"We passed 2 billion downloads in May,\" said Jane Smith, chief executive of Zoomly.",
			MetricDownloads, 2e9, 0, "2020-05", "Zoomly", "Jane Smith"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("a.txt", []byte(tt.text), false)
			if err != nil {
				t.Fatal(err)
			}
			tl := Build(&Set{Articles: []*Article{a}})
			for _, c := range tl.Claims {
				if c.Metric != tt.metric {
					continue
				}
				if c.Value != tt.value || c.From != tt.from || c.Date.String() != tt.date || c.Subject != tt.subject || c.SaidBy != tt.by {
					t.Errorf("got %s %v from %v on %s about %q said by %q", c.Metric, c.Value, c.From, c.Date, c.Subject, c.SaidBy)
				}
				return
			}
			t.Errorf("no %s claim in %+v", tt.metric, tl.Claims)
		})
	}
}
