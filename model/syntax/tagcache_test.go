package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// tagByFeatures is Tag as the model defines it: each word's features
// (tagFeatures) looked up one by one, without the cache's sums.
func tagByFeatures(m *Model, words []string, names []bool) []Tag {
	ctx := context(nil, words, m.lex)
	var fs []uint32
	var out []Tag
	p1, p2 := Tag(numTags), Tag(numTags)
	for i := range words {
		t, ok := m.dict.lookup(ctx[i+2].word)
		if i < len(names) && names[i] {
			t, ok = PROPN, true
		}
		if !ok {
			fs = tagFeatures(fs[:0], ctx, i, p1, p2, m.lex != nil)
			var scores [numTags]int32
			for _, f := range fs {
				m.t.add(scores[:], f)
			}
			t = 0
			for c := Tag(1); c < numTags; c++ {
				if scores[c] > scores[t] {
					t = c
				}
			}
		}
		out = append(out, t)
		p2, p1 = p1, t
	}
	return out
}

// TestTagFastMatchesFeatures checks that Tag, which sums the features by
// role through its cache of words, tags every sentence as the features
// summed one by one do: on the held-back treebanks when they are present
// (and the benchmarks' sentences), each sentence twice so that the second
// reads its words from the cache, with words longer than the cache keeps
// and words repeated in one sentence.
func TestTagFastMatchesFeatures(t *testing.T) {
	sents, langs := benchText(t)
	extra := []struct{ lang, words string }{
		{"en", "the the the , , the . the"},
		{"en", "Antidisestablishmentarianism and hyperpolysyllabically-minded counter-revolutionaries ."},
		{"fr", "Anticonstitutionnellement , les anticonstitutionnellement-pensants de de de ."},
		{"fr", "É"},
		{"en", "A"},
	}
	for _, e := range extra {
		sents, langs = append(sents, strings.Fields(e.words)), append(langs, e.lang)
	}
	words := 0
	for i, s := range sents {
		m := Tagger(langs[i])
		want := tagByFeatures(m, s, nil)
		for pass := range 2 {
			if got := m.Tag(s, nil); string(tagBytes(got)) != string(tagBytes(want)) {
				t.Fatalf("%s %q (pass %d):\n got %v\nwant %v", langs[i], s, pass, got, want)
			}
		}
		// With the capitalised words after the first read as names.
		names := make([]bool, len(s))
		for k := 1; k < len(s); k++ {
			names[k] = strings.ToLower(s[k]) != s[k]
		}
		if got, want := m.TagNames(s, names, nil), tagByFeatures(m, s, names); string(tagBytes(got)) != string(tagBytes(want)) {
			t.Fatalf("%s %q with names:\n got %v\nwant %v", langs[i], s, got, want)
		}
		words += len(s)
	}
	t.Logf("%d sentences, %d words", len(sents), words)
}

// TestRetagNames checks that RetagNames, which tags again only from the
// first name the tagger did not read as one and stops where the tags meet
// the old ones again, gives the tags TagNames gives, for names at each
// capitalised word, at each word alone, at two words, and at none.
func TestRetagNames(t *testing.T) {
	sents, langs := benchText(t)
	extra := []struct{ lang, words string }{
		{"en", "Boeing employs 500 people in Seattle ."},
		{"en", "Apple"},
		{"fr", "Le groupe Orange a supprimé 22 000 postes , selon Free ."},
		{"fr", "le le le le"},
	}
	for _, e := range extra {
		sents, langs = append(sents, strings.Fields(e.words)), append(langs, e.lang)
	}
	// Every sixth sentence of both treebanks: each is tagged twice per word.
	var ss [][]string
	var ls []string
	for i := range sents {
		if i%6 == 0 || i >= len(sents)-len(extra) {
			ss, ls = append(ss, sents[i]), append(ls, langs[i])
		}
	}
	sents, langs = ss, ls
	var tg Tagging
	retagged := 0
	for i, s := range sents {
		m := Tagger(langs[i])
		plain := m.Tag(s, nil)
		cases := [][]bool{nil, make([]bool, len(s))}
		caps := make([]bool, len(s))
		for k := range s {
			caps[k] = strings.ToLower(s[k]) != s[k]
		}
		cases = append(cases, caps)
		for k := range s {
			one := make([]bool, len(s))
			one[k] = true
			cases = append(cases, one)
			if k+3 < len(s) {
				two := make([]bool, len(s))
				two[k], two[k+3] = true, true
				cases = append(cases, two)
			}
		}
		for _, names := range cases {
			want := m.TagNames(s, names, nil)
			got := tg.RetagNames(m, s, names, append([]Tag(nil), plain...))
			if string(tagBytes(got)) != string(tagBytes(want)) {
				t.Fatalf("%s %q names %v:\n got %v\nwant %v", langs[i], s, names, got, want)
			}
			if string(tagBytes(got)) != string(tagBytes(plain)) {
				retagged++
			}
		}
	}
	if retagged == 0 {
		t.Fatal("no name changed any tag: the test tests nothing")
	}
	t.Logf("%d sentences, %d taggings changed by names", len(sents), retagged)
}

// TestTagCacheFull checks the cache where its sets fill: a passage of more
// distinct words than the cache holds, so that some set has more of them
// than it has ways (the words past them are summed aside, in the call's
// extra entries), and passages that evict each other's words, tag as the
// features summed one by one do, in every pass.
func TestTagCacheFull(t *testing.T) {
	m := Tagger("en")
	var long, short []string
	for i := range 6000 { // more than the 4,096 entries: a set overflows
		long = append(long, fmt.Sprintf("w%dx", i))
	}
	for i := range 40 {
		short = append(short, fmt.Sprintf("W%d", i*7), "the", fmt.Sprint(i))
	}
	var tg Tagging
	for pass := range 3 {
		for k, s := range [][]string{long, short, long[:1000]} {
			want := tagByFeatures(m, s, nil)
			if got := tg.Tag(m, s, nil); string(tagBytes(got)) != string(tagBytes(want)) {
				t.Fatalf("pass %d, %d words: got %v\nwant %v", pass, len(s), got, want)
			}
			if k == 0 && len(tg.s.cache.extra) == 0 {
				t.Fatal("no set overflowed: the test tests nothing")
			}
		}
	}
}
