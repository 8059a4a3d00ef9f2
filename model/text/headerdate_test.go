package text

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestHeaderDateProblems(t *testing.T) {
	tests := []struct {
		date      string
		published string // the date read, "" for none
		why       string // in the problem, "" for no problem
	}{
		{"2021-10-05", "2021-10-05", ""},
		{"2021-10", "2021-10", ""},
		{"5 octobre 2021", "2021-10-05", ""},
		{"2023-13-45", "", "there is no month 13"},
		{"2023-02-30", "", "February 2023 has 28 days"},
		{"2024-04-31", "", "April 2024 has 30 days"},
		{"2021-00", "", "there is no month 0"},
		{"sometime soon", "", `"sometime soon" is not a valid date`},
	}
	for _, tt := range tests {
		text := "title: T\ndate: " + tt.date + "\n\nTelegram gained 70 million new users, Pavel Durov said on Monday.\n"
		set, err := LoadFS(context.Background(), fstest.MapFS{"a.txt": {Data: []byte(text)}}, "set", LoadOptions{})
		if err != nil || len(set.Articles) != 1 {
			t.Fatalf("%s: the article did not load: %v", tt.date, err)
		}
		if got := set.Articles[0].Published.String(); tt.published != "" && got != tt.published {
			t.Errorf("%s: published %q, want %q", tt.date, got, tt.published)
		}
		if tt.why == "" {
			if len(set.Problems) > 0 {
				t.Errorf("%s: problems %v, want none", tt.date, set.Problems)
			}
			continue
		}
		if !set.Articles[0].Published.IsZero() {
			t.Errorf("%s: published %v, want none", tt.date, set.Articles[0].Published)
		}
		if len(set.Problems) != 1 || !set.Problems[0].Loaded() || set.Problems[0].File != "a.txt" ||
			!strings.Contains(set.Problems[0].Error(), tt.why) {
			t.Errorf("%s: problems %v, want a.txt's loaded problem saying %q", tt.date, set.Problems, tt.why)
		}
	}
}

func TestNoFilesSaysWhere(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadPaths(context.Background(), []string{dir}, LoadOptions{})
	var nf *NoFilesError
	if !errors.Is(err, ErrNothingLoaded) || !errors.As(err, &nf) || nf.Where != dir ||
		!strings.Contains(err.Error(), "no .txt, .md or .html file was found in "+dir) {
		t.Errorf("err = %v, want a NoFilesError naming %s", err, dir)
	}
}

// The dateline a news agency opens its story with is where and when it was
// filed: never the first sentence's subject or date.
func TestDatelinePlace(t *testing.T) {
	for _, c := range []struct {
		text, rest string
	}{
		{"NANCY, 13 mars — Le site emploie 1 870 salariés.", "Le site emploie 1 870 salariés."},
		{"LJUBLJANA, Sept 24 (Reuters) - The number of residents rose.", "The number of residents rose."},
		{"SAINT-DENIS (La Réunion) — Le cyclone a frappé l'île.", "Le cyclone a frappé l'île."},
		{"NEW YORK (AP) — Stocks fell on Monday.", "Stocks fell on Monday."},
		{"Paris (AFP) - Le gouvernement a annoncé un plan.", "Le gouvernement a annoncé un plan."},
		{"Toulouse, 5 juin — Le barrage a été remis en eau.", "Le barrage a été remis en eau."},
		{"Rennes, 11 mars 2025 (AFP) – Le salon a fermé.", "Le salon a fermé."},
		{"Pau, 16 janvier 2025 – L'aéroport a accueilli un million de passagers.", "L'aéroport a accueilli un million de passagers."},
		{"Lima, Sept 9, 2025 (Reuters) - Peru shipped a record.", "Peru shipped a record."},
		// No dateline: a sentence that opens with a name, an acronym's
		// clause, a dash inside the sentence.
		{"Zorgon — the carmaker — cut 300 jobs.", "Zorgon — the carmaker — cut 300 jobs."},
		{"La SNCF a annoncé lundi 300 suppressions de postes.", "La SNCF a annoncé lundi 300 suppressions de postes."},
		{"NASA said on Monday that the launch - its third - had failed.", "NASA said on Monday that the launch - its third - had failed."},
		{"Paris, la capitale, a voté - enfin - son budget.", "Paris, la capitale, a voté - enfin - son budget."},
	} {
		if got := c.text[datelinePlace(c.text):]; got != c.rest {
			t.Errorf("%q: story %q, want %q", c.text, got, c.rest)
		}
	}
}

// TestHeadlineAboveHeader: a headline above a dated header is the title
// and stays the text's first line, the header lines set aside, and the
// header's date is the publication date; a first line with no dated header
// after it, or a body line after the header, stays the text's.
func TestHeadlineAboveHeader(t *testing.T) {
	for _, tc := range []struct {
		text, title, published, bodyStart, dropped string
	}{
		{"Zorgon cuts 2,000 jobs as sales fall\nDate: 2024-03-12\n\nZorgon said on Tuesday it would cut 2,000 jobs.\n", "Zorgon cuts 2,000 jobs as sales fall", "2024-03-12", "Zorgon cuts", "Date: 2024-03-12"},
		{"Le conseil adopte son budget\n\nDate : 2025-03-18\nLangue: fr\n\nLe conseil municipal a adopté lundi son budget.\n", "Le conseil adopte son budget", "2025-03-18", "Le conseil adopte", "Langue: fr"},
		{"Zorgon cuts 2,000 jobs as sales fall\n\nZorgon said on Tuesday it would cut 2,000 jobs.\n", "Zorgon cuts 2,000 jobs as sales fall", "", "Zorgon cuts", ""},
		{"date: 2025-03-18\nlang: en\nZorgon cut 2,000 jobs on Monday, the company said\nSource: Reuters\n", "", "2025-03-18", "Zorgon cut 2,000", ""},
	} {
		a, err := ParseArticle("a.txt", []byte(tc.text), false)
		if err != nil {
			t.Fatal(err)
		}
		if tc.title != "" && a.Title != tc.title || a.Published.String() != tc.published && !(tc.published == "" && a.Published.IsZero()) || !strings.HasPrefix(a.Slice(a.Body), tc.bodyStart) {
			t.Errorf("%q: title %q, published %v, body %.20q; want %q, %q, %q", tc.text, a.Title, a.Published, a.Slice(a.Body), tc.title, tc.published, tc.bodyStart)
		}
		dropped := ""
		for _, d := range a.Dropped {
			if d.Reason == ReasonHeader {
				dropped += a.Slice(d.Span)
			}
		}
		if tc.dropped != "" && !strings.Contains(dropped, tc.dropped) || tc.dropped == "" && dropped != "" {
			t.Errorf("%q: header set aside %q, want it to hold %q", tc.text, dropped, tc.dropped)
		}
	}
}

// TestDateLineUnderHeadline: a line that holds nothing but a day with its
// year, under the headline or at the top of the text, is the publication
// date and is set aside (a yearless "January" in the text must not move it
// to the next year); a date inside a sentence, a month without its day or
// a line with more words is not.
func TestDateLineUnderHeadline(t *testing.T) {
	for _, tc := range []struct {
		text, published, dropped string
	}{
		{"Waiting list falls\n12 March 2026\n\nThe list stood at 7.21 million at the end of January.\n", "2026-03-12", "12 March 2026"},
		{"Waiting list falls\nThursday 12 March 2026\n\nThe list stood at 7.21 million in January.\n", "2026-03-12", "Thursday 12 March 2026"},
		{"Le chômage grimpe à 7,7 %\n\n14 novembre 2026\n\nLe taux de chômage a atteint 7,7 % fin octobre.\n", "2026-11-14", "14 novembre 2026"},
		{"Museum draws record crowds\nJanuary 8, 2026\n\nThe museum had 6.4 million visitors in 2025.\n", "2026-01-08", "January 8, 2026"},
		{"12 mars 2026\nLa liste d'attente recule en janvier, selon le ministère.\n", "2026-03-12", "12 mars 2026"},
		// Not a date line: a sentence with a date, a month alone.
		{"Waiting list falls\n\nOn 12 March 2026 the list stood at 7.21 million.\n", "", ""},
		{"Waiting list falls\nMarch 2026\n\nThe list stood at 7.21 million at the end of January.\n", "", ""},
	} {
		a, err := ParseArticle("a.txt", []byte(tc.text), false)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.String(); got != tc.published && !(tc.published == "" && a.Published.IsZero()) {
			t.Errorf("%q: published %q, want %q", tc.text, got, tc.published)
		}
		dropped := ""
		for _, d := range a.Dropped {
			if d.Reason == ReasonPublication {
				dropped += a.Slice(d.Span)
			}
		}
		if strings.TrimSpace(dropped) != tc.dropped {
			t.Errorf("%q: set aside %q, want %q", tc.text, dropped, tc.dropped)
		}
	}
}
