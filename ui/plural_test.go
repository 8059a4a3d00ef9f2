package ui

import (
	"maps"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

// inLanguage sets the UI language to lang ("fr_FR.UTF-8", "C") for the
// test, as the system locale does.
func inLanguage(t *testing.T, locale string) {
	t.Helper()
	vars := []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
	old := map[string]string{}
	for _, v := range vars {
		old[v] = os.Getenv(v)
		t.Setenv(v, "")
	}
	t.Setenv("LANG", locale)
	if err := AddTranslations(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, v := range vars {
			os.Setenv(v, old[v])
		}
		_ = AddTranslations()
	})
}

// TestCountsAgree checks, in both languages, that every count the window
// writes agrees with its number: French puts 0 and 1 in the singular.
func TestCountsAgree(t *testing.T) {
	tests := []struct {
		locale string
		got    func() []string
		want   []string
	}{
		{"fr_FR.UTF-8", func() []string { return []string{matchStatus(0, 41), matchStatus(1, 41), matchStatus(2, 41)} },
			[]string{"0 événement sur 41 correspond", "1 événement sur 41 correspond", "2 événements sur 41 correspondent"}},
		{"C", func() []string { return []string{matchStatus(0, 41), matchStatus(1, 41), matchStatus(2, 41)} },
			[]string{"0 of 41 events match", "1 of 41 events matches", "2 of 41 events match"}},
		{"fr_FR.UTF-8", func() []string {
			e := words().Events
			return []string{e(0), e(1), e(12)}
		}, []string{"0 événement", "1 événement", "12 événements"}},
		{"C", func() []string {
			e := words().Events
			return []string{e(0), e(1), e(12)}
		}, []string{"0 events", "1 event", "12 events"}},
		{"fr_FR.UTF-8", func() []string {
			return []string{countText(0, "{{.N}} claim", "{{.N}} claims"), countText(3, "{{.N}} claim", "{{.N}} claims"),
				countText(1, "{{.Shown}} event of {{.Total}} shown", "{{.Shown}} of {{.Total}} events shown", map[string]any{"Shown": 1, "Total": 9}),
				countText(4, "{{.Shown}} event of {{.Total}} shown", "{{.Shown}} of {{.Total}} events shown", map[string]any{"Shown": 4, "Total": 9})}
		}, []string{"0 affirmation", "3 affirmations", "1 événement affiché sur 9", "4 événements affichés sur 9"}},
		{"C", func() []string {
			return []string{countText(0, "{{.N}} claim", "{{.N}} claims"), countText(1, "{{.N}} claim", "{{.N}} claims"),
				countText(1, "{{.Shown}} event of {{.Total}} shown", "{{.Shown}} of {{.Total}} events shown", map[string]any{"Shown": 1, "Total": 9})}
		}, []string{"0 claims", "1 claim", "1 event of 9 shown"}},
	}
	for _, tt := range tests {
		inLanguage(t, tt.locale)
		if got := tt.got(); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.locale, got, tt.want)
		}
	}
}

// TestLaneNamesInUILanguage checks that a lane named by the program's own
// words is named in the UI language, and one named by an article's words
// keeps them; the same measure in two languages ("emploi", "job") is one
// lane.
func TestLaneNamesInUILanguage(t *testing.T) {
	claims := []model.Claim{
		{Metric: model.MetricNewUsers, Measure: "new users"},
		{Metric: model.MetricRank, Measure: "rank"},
		{Metric: model.MetricOther, Measure: "emploi"},
		{Metric: model.MetricOther, Measure: "job"},
		{Metric: model.MetricOther, Measure: "cran"},
	}
	var events []model.Event
	for i := range claims {
		events = append(events, model.Event{ID: string(rune('a' + i)), Date: model.Day(2025, time.March, i+1), Metric: claims[i].Metric, Claims: []int{i}})
	}
	events = append(events, model.Event{ID: "e", Date: model.Day(2025, time.March, 9), Metric: model.MetricEvent})
	tests := []struct {
		locale string
		want   []string
	}{
		{"fr_FR.UTF-8", []string{"Événement", "classement", "cran", "emploi", "nouveaux utilisateurs"}},
		{"C", []string{"Event", "cran", "emploi", "new users", "rank"}},
	}
	for _, tt := range tests {
		inLanguage(t, tt.locale)
		got := slices.Clone(layout.BuildLanes(events, claims, layout.LaneByMeasure, words()).Names)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: lanes %q, want %q", tt.locale, got, want)
		}
	}
}

// TestTableMeasuresInUILanguage checks that the events table's Measure
// column and its chip name the program's own measures (new users, rank)
// in the UI language, as the lanes do, and that the chip still filters by
// them.
func TestTableMeasuresInUILanguage(t *testing.T) {
	tests := []struct {
		locale         string
		want, notThere []string
	}{
		{"fr_FR.UTF-8", []string{"nouveaux utilisateurs", "classement"}, []string{"new users", "rank", "active users", "downloads"}},
		{"C", []string{"new users", "rank"}, []string{"nouveaux utilisateurs", "classement"}},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			inLanguage(t, tt.locale)
			// The embedded set, read by the model: its Telegram events
			// count new users and ranks.
			h := newHarness(t, &Engine{Default: model.Default})
			h.loaded(t)
			p := h.w.events
			shown := map[string]bool{}
			for i := range p.rows {
				shown[p.rows[i].text(colMeasure)] = true
			}
			for _, w := range tt.want {
				if !shown[w] {
					t.Errorf("no row's measure is %q; the measures are %v", w, slices.Sorted(maps.Keys(shown)))
				}
				if !slices.Contains(p.measure.Options, w) {
					t.Errorf("the measure chip does not offer %q: %q", w, p.measure.Options)
				}
			}
			for _, w := range tt.notThere {
				if shown[w] || slices.Contains(p.measure.Options, w) {
					t.Errorf("the measure %q is shown in %s", w, tt.locale)
				}
			}
			p.measure.SetSelected(tt.want[1])
			if len(p.shown) == 0 {
				t.Fatalf("choosing the measure %q shows no event", tt.want[1])
			}
			for _, k := range p.shown {
				if got := p.rows[k].text(colMeasure); got != tt.want[1] {
					t.Errorf("the chip %q shows an event of measure %q", tt.want[1], got)
				}
			}
		})
	}
}
