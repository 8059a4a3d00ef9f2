package syntax

import (
	"strings"
	"testing"
)

// tagByFeatures is Tag as the model defines it: each word's features
// (tagFeatures) looked up one by one, without the cache's sums.
func tagByFeatures(m *Model, words []string, names []bool) []Tag {
	ctx := context(nil, words)
	var fs []uint32
	var out []Tag
	p1, p2 := Tag(numTags), Tag(numTags)
	for i := range words {
		t, ok := m.dict.lookup(ctx[i+2].word)
		if i < len(names) && names[i] {
			t, ok = PROPN, true
		}
		if !ok {
			fs = tagFeatures(fs[:0], ctx, i, p1, p2)
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
