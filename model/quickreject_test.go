package model

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimline/claimline/model/internal/testkit"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/timex"
)

// TestQuickRejectChangesNothing checks the grammar's quick tests (the words
// a date matcher cannot do without, the numbers that cannot be dates, the
// common words that start a figure only with a figure after them, the
// sentences left untagged because their claims would not read the tags)
// against the grammar without them: on the default set, the test articles,
// a synthetic set, the Wikinews corpora and every line of the shared
// corpora, dates, figures, claims and the whole timeline come out the same.
func TestQuickRejectChangesNothing(t *testing.T) {
	type text struct{ s, lang string }
	var texts []text
	var sets []*Set
	def, err := Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sets = append(sets, &Set{Articles: def.Articles})
	other, err := LoadPaths(context.Background(), []string{filepath.Join("..", "testdata", "articles")}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sets = append(sets, other, SynthSet(60, 7))
	for _, dir := range []string{"wikinews-fr", "wikinews-en"} {
		if set, err := LoadPaths(context.Background(), []string{filepath.Join(corpora, dir)}, LoadOptions{}); err == nil && len(set.Articles) > 0 {
			sets = append(sets, set) // the sentences left untagged (readsTags) are those of real news
		}
	}
	for _, set := range sets {
		for _, a := range set.Articles {
			for _, s := range a.Sentences {
				texts = append(texts, text{a.Text[s.Start:s.End], a.Lang})
			}
		}
	}
	// Cases the shortcuts once got wrong: a qualifier that is a mark, counts
	// of units of time that are not anchors on their own.
	for _, c := range []text{{"~300 utilisateurs", "fr"}, {"Signal a ~40 millions d'utilisateurs en 2021.", "fr"},
		{"Il y a 45 min, Telegram a annoncé 3 millions d'inscrits de plus.", "fr"},
		{"En 72 h, l'application a gagné 3 millions d'utilisateurs, selon la société.", "fr"},
		{"Within 90 mins the app had gained 2 million users, the company said on Monday.", "en"},
		{"Over the past 2 quarters of 2021, downloads doubled to 40 million, it said.", "en"},
		{"Au cours des 3 derniers trimestres, le service a séduit 12 millions d'abonnés.", "fr"}} {
		texts = append(texts, c)
	}
	files, _ := filepath.Glob(filepath.Join(corpora, "*", "*.jsonl"))
	for _, f := range files {
		lang := "fr"
		if strings.HasPrefix(filepath.Base(f), "en_") {
			lang = "en"
		}
		for _, l := range testkit.ReadJSONL(t, f) {
			for _, k := range []string{"text", "input", "date_string"} {
				if s, ok := l[k].(string); ok {
					texts = append(texts, text{s, lang})
				}
			}
		}
	}
	if len(files) == 0 {
		if _, err := os.Stat(corpora); err == nil {
			t.Fatal("corpora present but no .jsonl file found")
		}
	}
	ref := Day(2021, 10, 5)
	run := func() (dates [][]timex.DateExpr, nums [][]quantity.NumberExpr, events [][]Event, claims [][]Claim) {
		for _, x := range texts {
			dates = append(dates, timex.FindDates(x.s, x.lang, ref))
			nums = append(nums, quantity.FindNumbers(x.s, x.lang))
		}
		for _, set := range sets {
			t := Build(set)
			events, claims = append(events, t.Events), append(claims, t.Claims)
		}
		return
	}
	d1, n1, e1, c1 := run()
	lexis.QuickReject = false
	defer func() { lexis.QuickReject = true }()
	d2, n2, e2, c2 := run()
	for i := range texts {
		if !reflect.DeepEqual(d1[i], d2[i]) {
			t.Errorf("dates of %q: %+v with the quick tests, %+v without", texts[i].s, d1[i], d2[i])
		}
		if !reflect.DeepEqual(n1[i], n2[i]) {
			t.Errorf("figures of %q: %+v with the quick tests, %+v without", texts[i].s, n1[i], n2[i])
		}
	}
	for i := range sets {
		if !reflect.DeepEqual(e1[i], e2[i]) {
			t.Errorf("set %d: the timeline differs without the quick tests", i)
		}
		if !reflect.DeepEqual(c1[i], c2[i]) {
			t.Errorf("set %d: the claims differ without the quick tests", i)
		}
	}
	t.Logf("%d passages and %d sets compared", len(texts), len(sets))
}
