package model

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/timex"
)

func TestTokenizeOtherDigits(t *testing.T) {
	for _, s := range []string{"٣ millions", "१२३", "x٩"} {
		toks := lexis.Tokenize(s, 0, len(s))
		if len(toks) > len(s) {
			t.Fatalf("%q: %d tokens", s, len(toks))
		}
	}
}

// The grammars skip the words whose lexicon class lacks a bit before looking
// them up in their own tables: every word of those tables must carry it.
func TestLexiconClasses(t *testing.T) {
	for _, c := range []struct {
		name  string
		words []string
		class lexis.Class
	}{
		{"unitWords", slices.Collect(quantity.UnitWords()), quantity.NumberStart},
		{"scaleWords", slices.Collect(quantity.ScaleWords()), quantity.NumberStart},
		{"monthsFR", slices.Collect(timex.MonthNames()), timex.MonthName},
		{"monthsENMap", slices.Collect(timex.MonthNames()), timex.MonthName},
		{"weekdaysFR", slices.Collect(timex.WeekdayNames()), timex.WeekdayName},
		{"weekdaysEN", slices.Collect(timex.WeekdayNames()), timex.WeekdayName},
		{"roleWords", slices.Collect(maps.Keys(roleWords)), lexRole},
		{"eventKinds", slices.Collect(maps.Keys(eventKinds)), lexEvent},
		{"notNames", slices.Collect(maps.Keys(notNames)), lexNotName},
		{"speechVerbs", slices.Collect(lexis.SpeechVerbs()), lexis.SpeechVerb},
		{"timeUnits", slices.Collect(quantity.TimeUnits()), quantity.TimeUnit},
		{"clauseWords", slices.Collect(maps.Keys(clauseWords)), lexClause},
	} {
		if len(c.words) == 0 {
			t.Fatalf("%s: no words (its type changed?)", c.name)
		}
		for _, w := range c.words {
			if lexis.Lookup(w)&c.class == 0 {
				t.Errorf("%s: %q lacks its class", c.name, w)
			}
		}
	}
	// Words outside the lexicon have no class, whatever their first byte and length.
	for _, w := range []string{"telegram", "utilisateurs", "zzz", "x", "anticonstitutionnellement"} {
		if got := lexis.Lookup(w); got != 0 {
			t.Errorf("%q: class %b, want none", w, got)
		}
	}
}

// TestClauseWordsTokenized checks that a token carries lexClause exactly
// when its folded form is one of clauseWords, whatever its case, accents or
// apostrophe, as clauseBreak reads it.
func TestClauseWordsTokenized(t *testing.T) {
	text := "Qu’il dit qu'elle QUI, dont Which whose-like WHEN; tandis qu’ alors Mais parce que Since puisqu'il " +
		"quiconque thats but-not « que » 2021 that's Where WHILE although car carte"
	for _, tok := range lexis.Tokenize(text, 0, len(text)) {
		if got, want := tok.Is(lexClause), clauseWords[tok.Fold]; got != want {
			t.Errorf("%q (fold %q): lexClause %v, want %v", tok.Text, tok.Fold, got, want)
		}
	}
}

// TestInnerUpperTokenized checks that the tokenizer's lexInnerUpper is
// lexis.InnerCapital of every token's text: on tricky words and, when present,
// every article of the Wikinews corpora.
func TestInnerUpperTokenized(t *testing.T) {
	texts := []string{"iPhone eBay iOS e-Commerce aujourd'HUI aujourd’Hui qU'il dEUX É iTunes-Store x86 mRNA 5G " +
		"l'iPad d’eBay McDonald's O'Neil a-B éA nœud WiFi wiFi ‑x", "iAd"}
	for _, dir := range []string{"wikinews-fr", "wikinews-en"} {
		if set, err := LoadPaths(context.Background(), []string{filepath.Join(corpora, dir)}, LoadOptions{}); err == nil {
			for _, a := range set.Articles {
				texts = append(texts, a.Text)
			}
		}
	}
	n := 0
	for _, text := range texts {
		for _, tok := range lexis.Tokenize(text, 0, len(text)) {
			if got, want := tok.InnerUpper(), lexis.InnerCapital(tok.Text); got != want {
				t.Errorf("%q: innerUpper %v, want %v", tok.Text, got, want)
			}
			if tok.InnerUpper() {
				n++
			}
		}
	}
	if n < 8 {
		t.Errorf("only %d words with an inner capital", n)
	}
}

// TestAppendFold checks appendFold against Fold, whose bytes it appends.
func TestAppendFold(t *testing.T) {
	for _, s := range []string{"", "plain", "Août", "ÉTATS-UNIS", "Nikolaï", "l’an", "\xff\xfeA", "Ærø", "ǅ", "ß"} {
		if got, want := string(lexis.AppendFold([]byte("x"), s)), "x"+lexis.Fold(s); got != want {
			t.Errorf("lexis.AppendFold(%q) = %q, want %q", s, got, want)
		}
	}
}
