package model

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/claimline/claimline/model/internal/testkit"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/timex"
)

// The fuzz targets below check properties that must hold for any input: no
// panic, every span inside the text and on rune boundaries, every date valid
// when it is not zero, every figure finite, every claim traceable to a kept
// passage of its article. `make fuzz` runs each for FUZZTIME; the inputs that
// broke them are kept under testdata/fuzz/FuzzXxx and run with plain go test.

// sentencesOf splits seed articles into lines, which make small seeds for
// the date and number grammars.
func sentencesOf(texts []string) []string {
	var out []string
	for _, t := range texts {
		for _, l := range strings.Split(t, "\n") {
			if l = strings.TrimSpace(l); l != "" && len(l) < 600 {
				out = append(out, l)
			}
		}
	}
	return out
}

// checkSpan fails when s is not a span of text on rune boundaries (the
// boundaries are checked in valid UTF-8 only: the loader never gives the
// grammars anything else, and a lone continuation byte has no boundary).
func checkSpan(t *testing.T, what, text string, s Span) {
	t.Helper()
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		t.Fatalf("%s span %v outside the text (%d bytes)", what, s, len(text))
	}
	if utf8.ValidString(text) && (!onRuneBoundary(text, s.Start) || !onRuneBoundary(text, s.End)) {
		t.Fatalf("%s span %v cuts a rune: %q", what, s, text[max(0, s.Start-3):min(len(text), s.End+3)])
	}
}

func onRuneBoundary(text string, i int) bool {
	return i == 0 || i == len(text) || utf8.RuneStart(text[i])
}

// checkDate fails when d is neither zero nor Valid.
func checkDate(t *testing.T, what string, d Date) {
	t.Helper()
	if !d.IsZero() && !d.Valid() {
		t.Fatalf("%s date %+v is not valid", what, d)
	}
}

func checkFinite(t *testing.T, what string, v float64) {
	t.Helper()
	if math.IsNaN(v) || math.IsInf(v, 0) {
		t.Fatalf("%s value %v is not a finite number", what, v)
	}
}

// fuzzRef turns fuzzed integers into a reference date: none, or a day,
// month or year between years 1 and 9999.
func fuzzRef(days int64, prec uint8) Date {
	if prec%4 == 0 {
		return Date{}
	}
	const span = 3652059 // days from 0001-01-01 to 9999-12-31
	if days < 0 {
		days = -(days + 1)
	}
	t := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%span))
	switch prec % 4 {
	case 1:
		return Day(t.Year(), t.Month(), t.Day())
	case 2:
		return MonthOf(t.Year(), t.Month())
	}
	return YearOf(t.Year())
}

func FuzzFindDates(f *testing.F) {
	ref := int64(time.Date(2021, 10, 5, 0, 0, 0, 0, time.UTC).Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	for i, s := range append(sentencesOf(testkit.SeedTexts(f, corpora)), testkit.Nasty...) {
		f.Add(s, i%2 == 0, ref, uint8(i%4))
	}
	f.Add("l'année prochaine", false, int64(3652058), uint8(3))
	f.Add("il y a trois jours", false, int64(0), uint8(1))
	f.Fuzz(func(t *testing.T, text string, english bool, days int64, prec uint8) {
		lang := "fr"
		if english {
			lang = "en"
		}
		r := fuzzRef(days, prec)
		end := 0
		for _, d := range timex.FindDates(text, lang, r) {
			checkSpan(t, "date", text, d.Span)
			if d.Span.Start < end {
				t.Fatalf("date %q at %v overlaps the one before (ending at %d)", d.Text, d.Span, end)
			}
			end = d.Span.End
			if d.Text != text[d.Span.Start:d.Span.End] {
				t.Fatalf("date text %q is not its span %v", d.Text, d.Span)
			}
			checkDate(t, d.Text, d.Date)
			if d.Kind == timex.DateDuration && d.Duration == "" {
				t.Fatalf("duration %q without an ISO duration", d.Text)
			}
		}
	})
}

func FuzzFindNumbers(f *testing.F) {
	for i, s := range append(sentencesOf(testkit.SeedTexts(f, corpora)), testkit.Nasty...) {
		f.Add(s, i%2 == 1)
	}
	f.Fuzz(func(t *testing.T, text string, english bool) {
		lang := "fr"
		if english {
			lang = "en"
		}
		end := 0
		for _, n := range quantity.FindNumbers(text, lang) {
			checkSpan(t, "number", text, n.Span)
			if n.Span.Start < end {
				t.Fatalf("number %q at %v overlaps the one before (ending at %d)", n.Text, n.Span, end)
			}
			end = n.Span.End
			if n.Text != text[n.Span.Start:n.Span.End] {
				t.Fatalf("number text %q is not its span %v", n.Text, n.Span)
			}
			checkFinite(t, n.Text, n.Value)
			checkFinite(t, n.Text, n.From)
			_ = quantity.FormatValue(n.Value, n.Ordinal)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for i, s := range testkit.SeedTexts(f, corpora) {
		f.Add([]byte(s), i%5 == 0)
	}
	f.Add([]byte("<html><head><title>T</title><script>var a=1;</script><style>b{}</style></head><body><p>Le 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs, a déclaré Pavel Durov.</p></body></html>"), true)
	f.Fuzz(func(t *testing.T, raw []byte, isHTML bool) {
		a, err := ParseArticle("fuzz.txt", raw, isHTML)
		if err != nil {
			if a != nil {
				t.Fatalf("error %v with an article", err)
			}
			return
		}
		checkArticle(t, a)
		tl := Build(&Set{Name: "fuzz", Articles: []*Article{a}})
		checkTimeline(t, tl)
	})
}

// checkArticle checks that the article's spans lie in its text.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Fatalf("text or title %q is not valid UTF-8", a.Title)
	}
	checkSpan(t, "body", a.Text, a.Body)
	checkDate(t, "published", a.Published)
	last := 0
	for _, d := range a.Dropped {
		checkSpan(t, "dropped", a.Text, d.Span)
		if d.Span.Start < last {
			t.Fatalf("dropped spans out of order at %v", d.Span)
		}
		last = d.Span.Start
	}
	end := a.Body.Start
	for _, s := range a.Sentences {
		checkSpan(t, "sentence", a.Text, s)
		if !a.Body.Contains(s) || s.Start < end {
			t.Fatalf("sentence %v outside the body %v or before the previous one (ending at %d)", s, a.Body, end)
		}
		end = s.End
		if a.IsDropped(s) {
			t.Fatalf("sentence %v %q lies in a dropped span", s, a.Slice(s))
		}
	}
}

// checkTimeline checks that every claim points at a kept passage of its
// article and every event's sources at the claims' quotes.
func checkTimeline(t *testing.T, tl *Timeline) {
	t.Helper()
	for i, c := range tl.Claims {
		if c.ID != i || c.Article < 0 || c.Article >= len(tl.Articles) {
			t.Fatalf("claim %d: id %d, article %d of %d", i, c.ID, c.Article, len(tl.Articles))
		}
		a := tl.Articles[c.Article]
		if c.ArticleName != a.Name {
			t.Fatalf("claim %d names article %q, points at %q", i, c.ArticleName, a.Name)
		}
		checkSpan(t, "passage", a.Text, c.Passage)
		if c.Passage.Len() == 0 || c.Quote != a.Text[c.Passage.Start:c.Passage.End] {
			t.Fatalf("claim %d: quote %q is not its passage %v", i, c.Quote, c.Passage)
		}
		if a.IsDropped(c.Passage) {
			t.Fatalf("claim %d: passage %q lies in a dropped span", i, c.Quote)
		}
		for _, s := range []struct {
			what string
			span Span
		}{{"value", c.ValueSpan}, {"date", c.DateSpan}, {"said-by", c.SaidBySpan}} {
			checkSpan(t, s.what, a.Text, s.span)
		}
		if c.ValueText != "" && c.HasValue && !c.Passage.Contains(c.ValueSpan) {
			t.Fatalf("claim %d: figure %v outside its passage %v", i, c.ValueSpan, c.Passage)
		}
		checkDate(t, "claim", c.Date)
		checkFinite(t, "claim", c.Value)
		checkFinite(t, "claim from", c.From)
		if !utf8.ValidString(c.Label) || c.Label == "" {
			t.Fatalf("claim %d: label %q", i, c.Label)
		}
	}
	seen := map[int]bool{}
	for ei, e := range tl.Events {
		checkDate(t, "event "+e.ID, e.Date)
		checkFinite(t, "event", e.Value)
		if len(e.Claims) == 0 || len(e.Sources) == 0 {
			t.Fatalf("event %d (%s) has %d claims and %d sources", ei, e.Label, len(e.Claims), len(e.Sources))
		}
		for _, ci := range e.Claims {
			if ci < 0 || ci >= len(tl.Claims) || seen[ci] {
				t.Fatalf("event %d: claim %d out of range or in two events", ei, ci)
			}
			seen[ci] = true
		}
		checkSources(t, tl, e.Sources)
		for _, c := range e.Conflicts {
			for _, side := range c.Sides {
				checkSources(t, tl, side.Sources)
			}
		}
		if ei > 0 && tl.Events[ei-1].Date.Compare(e.Date) > 0 {
			t.Fatalf("events %d and %d out of date order: %s > %s", ei-1, ei, tl.Events[ei-1].Date, e.Date)
		}
	}
	if _, err := json.Marshal(tl); err != nil {
		t.Fatalf("the timeline does not encode as JSON: %v", err)
	}
}

func checkSources(t *testing.T, tl *Timeline, ss []Source) {
	t.Helper()
	for _, s := range ss {
		if s.Claim < 0 || s.Claim >= len(tl.Claims) {
			t.Fatalf("source points at claim %d of %d", s.Claim, len(tl.Claims))
		}
		c := tl.Claims[s.Claim]
		a := tl.Articles[c.Article]
		if s.Article != c.ArticleName || s.Start != c.Passage.Start || s.End != c.Passage.End || s.Quote != c.Quote ||
			s.Quote != a.Slice(Span{Start: s.Start, End: s.End}) {
			t.Fatalf("source %+v does not point at its claim's quote %q at %v", s, c.Quote, c.Passage)
		}
	}
}

// FuzzLoad loads a folder of up to four files cut from the input at 0xFF
// bytes, one of them HTML: every file ends as exactly one article, alias or
// problem that names it, and the set builds.
func FuzzLoad(f *testing.F) {
	texts := testkit.SeedTexts(f, corpora)
	for i := 0; i+1 < len(texts); i += 3 {
		f.Add([]byte(texts[i] + "\xff" + texts[i+1] + "\xff" + texts[i]))
	}
	f.Add([]byte(messyArticleSeed + "\xff" + messyArticleSeed + "\n\xff<p>" + messyArticleSeed + "</p>\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		parts := bytes.SplitN(b, []byte{0xff}, 4)
		fsys := fstest.MapFS{}
		names := []string{"a.txt", "sub/b.md", "c.html", "d.txt"}
		for i, p := range parts {
			fsys[names[i]] = &fstest.MapFile{Data: p}
		}
		set, err := LoadFS(context.Background(), fsys, "fuzz", LoadOptions{Workers: 2})
		if err != nil && !errors.Is(err, ErrNothingLoaded) {
			t.Fatalf("LoadFS: %v", err)
		}
		seen := map[string]string{}
		note := func(name, what string) {
			if prev, dup := seen[name]; dup {
				t.Fatalf("%s is both %s and %s", name, prev, what)
			}
			seen[name] = what
		}
		for _, a := range set.Articles {
			note(a.Name, "an article")
			for _, al := range a.Aliases {
				note(al, "an alias")
			}
			checkArticle(t, a)
		}
		for _, p := range set.Problems {
			if p.Err == nil || p.Err.Error() == "" {
				t.Fatalf("problem of %s without a reason", p.File)
			}
			note(p.File, "a problem")
		}
		if len(seen) != len(parts) {
			t.Fatalf("%d files became %v", len(parts), seen)
		}
		if len(set.Articles) > 0 {
			checkTimeline(t, Build(set))
		}
	})
}

const messyArticleSeed = "Le 4 octobre 2021, Telegram a gagné 70 millions d'utilisateurs, a déclaré Pavel Durov."
