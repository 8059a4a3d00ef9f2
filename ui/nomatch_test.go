package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/claimline/claimline/model"
)

// TestNoMatchSaysSo checks that a search or filters that leave nothing
// say so, in both languages, where the events would be (the timeline, the
// events table, the search results) and how to get them back, and that the
// note's button brings them back.
func TestNoMatchSaysSo(t *testing.T) {
	// filter keeps only the verified events (none is) and those whose
	// sources disagree.
	filter := func(h *harness) {
		p := h.w.events
		k := slices.Index(p.chipValues[p.status], string(model.Verified))
		if k < 0 {
			t.Fatalf("no status chip for verified events in %q", p.chipValues[p.status])
		}
		p.status.SetSelectedIndex(k)
		p.disputed.SetChecked(true)
	}
	tests := []struct {
		name    string
		locale  string
		query   string
		filter  bool
		table   string
		results string
		tl      string
	}{
		{name: "a query, in English", locale: "C", query: "xyzzyq",
			table:   "No event matches “xyzzyq”. Clear the search to see all 4 events.",
			results: "No claim matches “xyzzyq”. Try other words, or clear the search.",
			tl:      "No event matches “xyzzyq”. Clear the search to see all 4 events."},
		{name: "a query, in French", locale: "fr_FR.UTF-8", query: "xyzzyq",
			table:   "Aucun événement ne correspond à « xyzzyq ». Effacez la recherche pour voir les 4 événements.",
			results: "Aucune affirmation ne correspond à « xyzzyq ». Essayez d'autres mots, ou effacez la recherche.",
			tl:      "Aucun événement ne correspond à « xyzzyq ». Effacez la recherche pour voir les 4 événements."},
		// The chips dim the timeline too, and it says so as the table does.
		{name: "filters", locale: "C", filter: true,
			table:   "No event matches these filters. Clear them to see all 4 events.",
			results: "Type words, a name or a figure in the search box above to list the claims that match.",
			tl:      "No event matches these filters. Clear them to see all 4 events."},
		{name: "a query and filters", locale: "C", query: "launched", filter: true,
			table: "No event matches “launched” with these filters. Clear the search and the filters to see all 4 events.",
			tl:    "No event matches “launched” with these filters. Clear the search and the filters to see all 4 events."},
		{name: "filters, in French", locale: "fr_FR.UTF-8", filter: true,
			table:   "Aucun événement ne correspond à ces filtres. Effacez-les pour voir les 4 événements.",
			results: "Tapez des mots, un nom ou un chiffre dans le champ de recherche ci-dessus pour lister les affirmations qui correspondent.",
			tl:      "Aucun événement ne correspond à ces filtres. Effacez-les pour voir les 4 événements."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inLanguage(t, tt.locale)
			h := newHarness(t, nil)
			h.loaded(t)
			if tt.filter {
				filter(h)
			}
			if tt.query != "" {
				h.typeQuery(t, tt.query)
			}
			if got := h.w.events.note.shown(); got != tt.table {
				t.Errorf("the events table says %q, want %q", got, tt.table)
			}
			if got := h.w.search.note.shown(); got != tt.results {
				t.Errorf("the search results say %q, want %q", got, tt.results)
			}
			if got := h.w.timeline.Message(); got != tt.tl {
				t.Errorf("the timeline says %q, want %q", got, tt.tl)
			}
			test.Tap(h.w.events.note.button)
			h.pump(t, "every event back", func() bool { return len(h.w.events.shown) == 4 })
			if h.w.search.entry.Text != "" || h.w.events.note.shown() != "" || h.w.timeline.Message() != "" {
				t.Errorf("after %q, the search holds %q, the table says %q, the timeline %q",
					h.w.events.note.button.Text, h.w.search.entry.Text, h.w.events.note.shown(), h.w.timeline.Message())
			}
		})
	}
}

// TestNoMatchFollowsTheQuery checks that the notes quote the query as typed
// when more letters leave the matches (none) as they were.
func TestNoMatchFollowsTheQuery(t *testing.T) {
	inLanguage(t, "C")
	h := newHarness(t, nil)
	h.loaded(t)
	h.typeQuery(t, "xyz")
	h.typeQuery(t, "q")
	want := "No event matches “xyzq”. Clear the search to see all 4 events."
	if got := h.w.events.note.shown(); got != want {
		t.Errorf("the events table says %q, want %q", got, want)
	}
	if got := h.w.timeline.Message(); got != want {
		t.Errorf("the timeline says %q, want %q", got, want)
	}
	if got := h.w.timeline.Layout().Message.Lines; len(got) == 0 {
		t.Error("the timeline draws no message")
	}
}

// TestSearchResultsSayWhatTheyAreFor checks that the search results, empty
// until a query is typed, say what they are for, in both languages, and
// stop saying it once results show.
func TestSearchResultsSayWhatTheyAreFor(t *testing.T) {
	tests := []struct {
		locale string
		want   string
	}{
		{"C", "Type words, a name or a figure in the search box above to list the claims that match."},
		{"fr_FR.UTF-8", "Tapez des mots, un nom ou un chiffre dans le champ de recherche ci-dessus pour lister les affirmations qui correspondent."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			inLanguage(t, tt.locale)
			h := newHarness(t, nil)
			h.loaded(t)
			if got := h.w.search.note.shown(); got != tt.want {
				t.Errorf("before a query, the search results say %q, want %q", got, tt.want)
			}
			h.typeQuery(t, "Telegram")
			if got := h.w.search.note.shown(); got != "" || len(h.w.search.hits) == 0 {
				t.Errorf("with %d results, the search results say %q", len(h.w.search.hits), got)
			}
			h.w.search.entry.SetText("")
			h.pump(t, "the query cleared", func() bool { return h.w.search.q == "" })
			if got := h.w.search.note.shown(); got != tt.want {
				t.Errorf("after the query is cleared, the search results say %q, want %q", got, tt.want)
			}
		})
	}
}
