package model

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/claimline/claimline/model/internal/testkit"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timex"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimline/claimline/assets"
)

// BenchmarkExtract measures extraction (tokens, dates, figures, names,
// attribution, claims and merging) on one core, in MB/s of synthetic
// article text. The synthetic articles are denser than news (a figure and a
// date in nearly every sentence: 5.8 claims per kilobyte against 2.3 in the
// default set), so this is the stress figure; the 20 MB/s target is for
// news text (BenchmarkExtractDefaultSet, BenchmarkExtractLargeSet).
func BenchmarkExtract(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	benchBuild(b, SynthSet(400, 1))
}

// benchBuild times Build on set, in MB/s of its text (wall clock and CPU).
func benchBuild(b *testing.B, set *Set) {
	var size int64
	for _, a := range set.Articles {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	cpu := testkit.CPUTime()
	for i := 0; i < b.N; i++ {
		Build(set)
	}
	reportCPU(b, cpu, size)
}

// reportCPU reports throughput per CPU second ("cpu-MB/s"): on a shared
// machine, wall-clock MB/s falls with the other processes' load, CPU time
// does not.
func reportCPU(b *testing.B, start time.Duration, size int64) {
	if d := testkit.CPUTime() - start; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkParseAndExtract measures decoding, cleaning, sentence splitting
// and extraction from the raw bytes of synthetic articles on one core, in
// MB/s: the end-to-end figure of BenchmarkExtract (the stress set). Loading
// has its own target (BenchmarkLoad10k).
func BenchmarkParseAndExtract(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	rng := rand.New(rand.NewSource(2))
	raw := make([][]byte, 400)
	for i := range raw {
		raw[i] = []byte(SynthArticle(rng, []string{"fr", "en"}[i%2]))
	}
	benchParseBuild(b, raw)
}

// benchParseBuild times parsing raw as articles and building their
// timeline, in MB/s of raw (wall clock and CPU).
func benchParseBuild(b *testing.B, raw [][]byte) {
	var size int64
	for _, r := range raw {
		size += int64(len(r))
	}
	b.SetBytes(size)
	b.ResetTimer()
	cpu := testkit.CPUTime()
	for i := 0; i < b.N; i++ {
		set := &Set{}
		for k, r := range raw {
			a, err := ParseArticle(fmt.Sprint(k), r, false)
			if err != nil {
				b.Fatal(err)
			}
			set.Articles = append(set.Articles, a)
		}
		Build(set)
	}
	reportCPU(b, cpu, size)
}

// BenchmarkLoad10k loads and builds 10,000 synthetic articles from disk with
// every core. Targets: under 5 s per run on the 2-core machine; peak heap
// under 400 MB (reported as peak-heap-MB). Measured: about 2.7 s and 210 MB;
// on the busy machine, before and after the arenas of analysis (arena.go)
// and the allocations spared with them, 2.8–3.1 s against 2.2–2.3 s at a
// load of 4, 6.1–6.7 s against 5.6–6.6 s at a load of 7, and a peak heap
// that varies from run to run with the collector's timing: 221–271 MB
// (median 246) against 194–264 MB (median 228) over five runs each. With
// the allocations spared next (see BenchmarkExtractWikinews), 3,396,000 ->
// 3,297,000 allocations a run; at a load of 8, four alternated runs each:
// 8.0–17.5 s against 6.9–11.9 s, peak heap 211–262 MB against 208–244 MB.
func BenchmarkLoad10k(b *testing.B) {
	dir := b.TempDir()
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 10000; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i%100))
		if i < 100 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%05d.txt", i)), []byte(SynthArticle(rng, []string{"fr", "en"}[i%2])), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	b.ResetTimer()
	var events int
	for i := 0; i < b.N; i++ {
		set, err := LoadPaths(context.Background(), []string{dir}, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		t := Build(set)
		events = len(t.Events)
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(events), "events")
}

// BenchmarkExtractDefaultSet measures extraction on one core over real news
// text: the default set's five articles, repeated 40 times under other names
// (0.57 MB). Target: at least 20 MB/s. Measured on the shared 2-core test
// machine: about 14.5 cpu-MB/s (9.2 before the tagger's cache of word sums;
// 13.5 -> 14.0 with the date matchers' cues, medians of 8 on a busy machine;
// 11.2 -> 11.8 and 12.9 -> 13.6 with the allocations spared next, see
// BenchmarkExtractWikinews, medians of 6 on a busier one). 29,200 ->
// 27,600 allocations a build with those spared last (see
// BenchmarkExtractWikinews); no change of time showed through the noise
// (single runs 6.1–12.4 cpu-MB/s either way at a load of 8; medians of 10
// at a load of 3, 12.5 -> 12.7, the new binary ahead in 6 of 10).
func BenchmarkExtractDefaultSet(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	benchBuild(b, defaultCopies(b, 40, false))
}

// BenchmarkExtractLargeSet is BenchmarkExtractDefaultSet on a set ten times
// larger (2,000 articles, 5.7 MB), each with its own copy of its text as a
// loaded set has. Target: at least 20 MB/s.
func BenchmarkExtractLargeSet(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	benchBuild(b, defaultCopies(b, 400, true))
}

// defaultCopies is the default set's articles n times over under other
// names, each with a copy of its text when ownText is true.
func defaultCopies(b *testing.B, n int, ownText bool) *Set {
	base := defaultTimeline(b).Articles
	set := &Set{}
	for k := 0; k < n; k++ {
		for _, a := range base {
			c := *a
			c.Name = fmt.Sprintf("%d/%s", k, a.Name)
			if ownText {
				c.Text = strings.Clone(a.Text)
			}
			set.Articles = append(set.Articles, &c)
		}
	}
	return set
}

// BenchmarkParseAndExtractDefaultSet is BenchmarkParseAndExtract on news
// text: the default set's files, read from their bytes 40 times over.
func BenchmarkParseAndExtractDefaultSet(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var raw [][]byte
	err := fs.WalkDir(assets.Articles(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(assets.Articles(), p)
		raw = append(raw, data)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	for n := len(raw); len(raw) < 40*n; {
		raw = append(raw, raw[:n]...)
	}
	benchParseBuild(b, raw)
}

// BenchmarkExtractWikinews measures extraction on one core over real and
// varied news text: every article of the shared Wikinews corpora, French and
// English (about 0.4 MB), ten times over under other names, each with its own
// copy of its text. It includes tagging the sentences that may hold a claim.
// Target (issue 10): at least 10 MB/s. Measured on the shared 2-core test
// machine: about 6.5–7 cpu-MB/s, 4–6.5 with the machine busy (4.8 before
// the tagger's cache of word sums and filter of absent features), tagging a
// fifth of the time; 6.4–6.5 measured quiet at the end of session 6, whose
// reading rules cost a few percent. Looking English present verbs up only before a number
// (presentVerbs) gained 4–9% (old and new binaries alternated on the busy
// machine, medians of 6: 5.0 and 5.5 cpu-MB/s, then 6.3 and 6.5). Calling
// a date matcher only when the word it looks for first is within its window
// (dates_cues.go) made finding dates 10-16% faster (BenchmarkFindDates) and
// its share of this benchmark's profile 12.7% -> 9-11%; here it is worth 1-4%,
// within the busy machine's noise (medians 6.41 -> 7.17 cpu-MB/s, the new
// binary ahead in 10 alternated pairs of 10; 4.94 -> 4.83 in 12 more with
// the machine overloaded). The profile stays flat: tagging 19%, tokenizing
// 12-14%, finding dates 9-11%, string-keyed maps 12-15%, figures and names
// about 5% each. Tried and dropped as slower or no faster: copying the
// claimable sentences' tokens instead of tokenising them again (6.5 against
// 7.1), scoring a sentence's tag-independent features in a first pass,
// reading the word cache's slots ahead, summing two tags' weights per
// 64-bit word, a profile-guided build, a word cache half or twice as large,
// the word cache's keys kept apart from its sums (a pair's two keys in one
// cache line: tagging's share unchanged), summing the five roles' sums in
// one pass (no faster: the cost is loading the entries), loading a word's
// feature slots together before adding them (its sums 3-5% faster alone,
// under 0.2% of extraction; 18% slower for the four pair features), and
// the common figure starts and one-byte qualifiers looked up without a map
// (no measurable change).
//
// Then allocations were spared (261,500 -> 169,100 a build, 32.7 -> 30.8
// MB): a sentence's dates, figures and names copied into arenas (arena.go)
// rather than one slice each, a name's first and last words and their count
// read without the list of its words (fieldSpan), a name of several tokens
// joined in a buffer and its string kept in the cache of name keys
// (nameForms), a one-word name folded on the stack (appendFold), numbers of
// one group of digits read directly; and lookups: a name's entity found
// with one lookup (registry.entity), a name form's articles counted without
// a map of them (formUse), most punctuation ruled out as a qualifier by its
// first byte. Together 5-12%, the busy machine allowing no finer figure
// (old and new binaries run at the same time, median ratio of 10-12 pairs
// 1.05-1.06; alternated, medians of 8: 6.56 -> 6.95 and 6.61 -> 6.65
// cpu-MB/s; alternated runs of 8 iterations each, 18 pairs in both
// orders: median ratio 1.12, the new binary ahead in 15). The profile:
// tagging 18-20%, tokenizing 13-15% (two fifths of it the claimable
// sentences tokenized again), string-keyed maps about 10%, finding dates
// 9-10%. Tried and dropped: the claimable sentences' tokens kept packed
// without strings (24 bytes a token, nothing for the collector to scan) and
// unpacked instead of tokenized again (no faster, median ratio 0.99:
// packing, its copy and unpacking cost what tokenizing saved, and 6 MB more
// a build), a word cache of 8,192 words (ratio 1.005), and the dictionary's
// words filled without their own-role sums (7% of the fills: no
// measurable change).
//
// Then more allocations and lookups were spared (170,200 -> 155,100
// allocations a build, 31.2 -> 30.3 MB): the French and English taggers
// found without the map of languages, a registered mention keeping its
// entity so that its kind is read without a lookup (registry.kindOf: the
// kind lookups were 2.2% of the profile), the passage being read kept in
// the workspace (workspace.passage), three word loops reading their words
// without the list. No change of time showed through the shared machine's
// noise: old and new test binaries alternated, medians of 8 at a load of
// 7-9, 4.23 -> 4.90 cpu-MB/s (the new one ahead in 6 pairs of 8, single
// runs from 3.1 to 6.0), then of 10 at a load of 3-5, 6.12 -> 5.98 (ahead
// in 5 of 10). The profile: tagging 22%, tokenizing 12% (two
// fifths of it the second pass), finding dates 11%, string-keyed maps 12%
// (spread over some forty rules, none above 1%), allocation and collection
// about 10%. Tagging is bound by memory: about 1 µs to fill a word's sums
// (16 table lookups missing the caches), 17,000 fills a build for 4,500
// distinct words, the set's vocabulary overflowing the 4,096 words of
// each language's cache. Tried and dropped: table slots of 16 bytes, one
// to a quarter of a cache line (BenchmarkTag no faster), a word cache that
// keeps the words it found most (4.5% fewer fills), sums kept as int16
// (half the filled words have a sum beyond it), and inSet comparing first
// bytes before the words (slower alone). Not a change of code: the test
// binary built with GOAMD64=v3 (AVX2, BMI2: Intel Core since 2013, AMD
// since 2015, but not some Pentium and Celeron chips until about 2020)
// was 5% faster, ahead in all 6 alternated pairs (medians 6.04 -> 6.37
// cpu-MB/s); the Makefile builds for every 64-bit processor (v1).
//
// Then the tagger's word cache was made 16-way set-associative, its tags
// compared four at a time (syntax/tagcache.go): where three words met in a
// pair of the two-way cache they pushed each other out, and it filled a
// word's sums (16 table lookups missing the caches, about 1.6 µs) 17,000
// times a build for 4,700 distinct words; now 5,335 times. Tagging 19.8% ->
// 17-18% of the profile. Alternated runs, 6 pairs on the busy machine:
// medians 5.42 -> 5.76 cpu-MB/s, the new binary ahead in 5; both run at
// the same time, 8 pairs: median ratio 1.014; 10 more alternated pairs at a
// load of 6: ahead in 4, median ratio 0.98, single runs from 4.2 to 6.8.
// The gain is the fills spared, about 3% of the profile, at or below the
// machine's noise. BenchmarkExtractDefaultSet,
// whose words nearly all stay cached either way, unchanged (ahead in 6 of
// 8 alternated pairs, medians 12.1 -> 13.3, within the noise). Tried and
// dropped then: skipping the sums of the words two before and after when
// they are zero (seven words in eight; no faster), the neighbours' sums
// kept in 16 bits (they fit in the treebanks' words; 1-2% faster, within
// the noise, for a path of its own for a word whose sums do not fit), and
// summing the previous tags' features last, off the chain of each word's
// tag waiting for the one before (no faster).
//
// Then hot helpers were spared work: nameKey folds and transliterates a
// name in one pass on a stack buffer instead of through strings.Replacer,
// Fields and Join (1.7% -> 0.6% of the profile; 199,000 -> 159,000
// allocations a build), isAllCaps and hasDigit read ASCII bytes instead of
// building upper- and lower-case copies or a byte set, quoteRegions finds
// the lead bytes of its quotation marks with IndexByte, Lexicon.Classes
// hashes only what the lexicon looks up, and matchHoliday is tried only
// near a holiday's first word (a date cue). Old and new test binaries
// alternated on the busy machine (a load of 2-3), runs of 5 iterations:
// medians 6.85 -> 7.14 cpu-MB/s (12 pairs, the new binary ahead in 8),
// then 6.86 -> 6.98 (16 pairs, ahead in 9): 2-4%.
// BenchmarkExtractDefaultSet 13.6 -> 14.1 (10 pairs, ahead in 7);
// BenchmarkLoad10k unchanged within its noise (six alternated runs each:
// 2.2-4.4 s against 2.2-3.9 s, peak heap 209-271 MB against 213-258 MB).
// The 10 MB/s target needs some 35% more, and no part of the profile
// holds that much: tagging 13-16%, tokenizing 11-14% (two fifths of it the
// second pass), finding dates 11-12%, string-keyed maps 12%, lexis.InSet
// 5% (its callers' word lists copied to the stack and walked; three
// quarters of it in the rule files), the rest spread over the rules.
// Tried and dropped as no faster: a cache of the slots of the tagger's
// pair features (the 330,000 look-ups a build that pass the filter are of
// only 17,000 distinct features, scattered over megabytes of table; median
// ratio 1.006 over 10 pairs run side by side), the tokenizer's lexicon
// slots holding their classes and 16 bits of the hash (one load a look-up;
// BenchmarkTokenize no faster), its push made inlinable by growing the
// tokens before the switch, the passages' folded words kept in shared
// 4 KB buffers rather than a string each (23,000 fewer allocations a
// build, no faster), and date cues for matchRelative (its first words
// include "le", "the", "this", "last": the cue passes nearly wherever its
// own test does, and its cost moved into reading the cues;
// BenchmarkFindDates 51.0 -> 49.9, ahead in 5 of 12) and for
// matchFirstMonths (0.3% of the profile).
//
// Session 14's rules (sequence words, disasters, existential clauses,
// speakers after the verb, a function word at a sentence's start) cost
// about 2%: 5218af0 against its end, test binaries alternated in three
// pairs of 5 iterations, medians 7.07 -> 6.92 cpu-MB/s. The tagger's
// look-up for a sentence's first word (functionWord) took 2.2% of the
// profile until it was cached by word (it had made the end 5% slower,
// 7.04 -> 6.67).
//
// Session 15's rules (coordinated subjects, titles before names, glued
// units, clauses set beside a dated one, statements in the article's
// words, lanes named in the articles' words) cost nothing that shows:
// c54bfbb against its end, alternated in three pairs of 5 iterations on a
// busier machine, medians 6.39 -> 6.57 cpu-MB/s (runs 6.38-6.61 against
// 6.43-7.04).
//
// Session 16's rules (intentions and refusals, scores after a score,
// relative clauses' dates, initials in names, measures keyed by concept)
// cost nothing that shows: 6e7a381 against the end, alternated in three
// pairs of 5 iterations with the machine busy, medians 5.85 -> 6.17
// cpu-MB/s (runs 5.44-6.75 against 5.70-6.33).
//
// Session 17's rules (ranges, observers' expectations, products named
// before their common noun, questions) cost nothing that shows once the
// product-name lookup reads a sentence's text only for a mention that may
// name a thing (it cost about 7% before): 2003597 against the end,
// alternated in three pairs of 3 iterations on a machine slower than
// before, 4.21/4.83/4.03 -> 4.21/4.46/4.42 cpu-MB/s (means 4.36 and 4.36);
// BenchmarkExtractDefaultSet 8.19/7.69/7.12 -> 8.63/6.73/7.69.
//
// Session 18's rules (appositions, participles, compounds, fines,
// relative clauses) cost nothing that shows once the apposition check reads
// only the words around the name (it ran for every earlier mention):
// 6342485 against the end, alternated pairs on a busy machine,
// 4.27/5.08/4.06/4.11/4.78 -> 4.41/3.42/3.95/4.09/4.86 cpu-MB/s, then
// 4.13/3.91/3.51 -> 4.62/4.35/3.99; BenchmarkExtractDefaultSet is too
// noisy to tell (7.4-10.7 against 6.2-10.1; a 40-iteration profile of each
// took 3.14 s and 3.07 s). The targets (10 and 20) are still not met.
//
// Session 19's rules (number agreement, titles, reported clauses, until
// and since dates, officers, expectations, national statistics) cost
// about 2%, within the noise: 323cc02 against e34b501, six alternated
// runs of 5 iterations, 4.07/4.02/4.18/4.30/4.66/4.08 -> 3.68/4.17/
// 4.15/4.57/4.54/3.75 cpu-MB/s (means 4.22 and 4.14);
// BenchmarkExtractDefaultSet 8.33/8.28 -> 8.38/7.98. The targets (10 and
// 20) are not met.
//
// Session 20's rules (lists and «respectively», participles set off by
// commas, forecasts, headline headers, later conjuncts' dates) cost about
// 3% on Wikinews, within the noise: c2a6f95 against e8577f9, four
// alternated runs of 5 iterations, 4.03/3.93/3.66/3.63 -> 3.51/3.95/3.45/
// 3.82 cpu-MB/s (means 3.81 and 3.68, a busier machine than session 19's);
// BenchmarkExtractDefaultSet, five alternated runs of 10 iterations, means
// 7.22 -> 7.20. The targets (10 and 20) are not met.
//
// Session 21's rules (pronouns for things, thresholds, share moves on the
// lead's day, relative clauses' measures, «hors») are within the noise:
// 1c048b4 against 151ca2c, three alternated runs of 5 iterations while
// two helpers ran, 3.34/3.28/3.59 -> 3.36/3.45/3.73 cpu-MB/s (means 3.40
// and 3.51); BenchmarkExtractDefaultSet, three alternated runs of 10
// iterations, 7.79/7.24/6.87 -> 8.11/6.70/6.95 (means 7.30 and 7.25).
// The targets (10 and 20) are not met.
//
// Session 22's rules (lengths of time, cited sources, reporting bodies,
// tallies, places that locate names, halves of months) are within the
// noise: 399cabf against 36e3c63, five alternated runs of 5 iterations
// while two helpers ran, medians 3.75 -> 3.86 cpu-MB/s (runs 3.76/3.32/
// 3.40/3.76/3.75 -> 3.44/4.04/3.60/3.86/3.95); BenchmarkExtractDefaultSet,
// five alternated runs of 10 iterations, medians 6.68 -> 5.83 (runs 6.68/
// 7.70/6.32/6.31/8.21 -> 8.46/5.83/5.66/7.37/4.87: the busy machine's
// spread is wider than the difference), and four more of 20 iterations
// 6.40/6.40/7.72/7.82 -> 6.15/6.55/7.24/7.23 (means 7.09 and 6.79: perhaps
// 4% slower). The targets (10 and 20) are not met.
//
// Session 23's rules (anaphoric dates that now reach the claims, events
// beside a figure that does not read their verb, French bodies' names,
// tallies, governed infinitives) cost about 2% net of four of that
// session's speed changes (what follows each earlier name and its
// apposition nouns read once per mention, namedWith tried only after a
// definite article, tokenAt by binary search; outputs byte-identical on
// the Wikinews corpora, the default set and two probe sets): 8f99083
// against a917850, five alternated runs of 5 iterations, medians 5.04 ->
// 4.94 cpu-MB/s (runs 5.04/5.05/5.19/5.00/5.01 -> 4.98/4.98/4.92/4.94/
// 4.91, a less busy machine than session 22's); BenchmarkExtractDefaultSet,
// five alternated runs of 20 iterations, medians 9.17 -> 8.98. A set type
// that rules absent words out by first byte and length before hashing
// (lexis.WordSet) gave another 2-3% on a branch, not merged: it rewrites
// every set look-up. The targets (10 and 20) are not met.
//
// Session 24's rules (market reports, dates of a period "of next year" and
// of months in one word, subjects of infinitives and of indexes, media
// cited, a second blind set's probes) were measured at its end against
// its start (ccf3e08), with the app and the X server stopped: six
// alternated runs of 10 iterations each, BenchmarkExtractWikinews means
// 5.65 -> 5.42 cpu-MB/s (old 5.82/5.66/5.47, new 5.21/5.57/5.47; earlier
// rounds on a busier machine 5.52 -> 5.34), BenchmarkExtractDefaultSet
// 10.9 -> 10.1 (old 11.14/11.03/10.55, new 9.35/10.51/10.55): about 4%
// and 7% slower, within the runs' spread of about 10%; a CPU profile
// shows none of the session's new functions above 1%. One look-up that
// scanned the article's sentences for each figure (whether the main
// organisation is a stock index) is worked out once per article.
//
// Session 25's rules (an organisation a sentence opens at, penalties asked
// against a defendant, relative clauses before a verb, quarters "to June
// 30", ordinals in words, datelines after a headline, records "since",
// currencies) were measured at its end (a063605) against its start
// (8a6bcd7) on a busy shared machine: five alternated runs of 10
// iterations each, BenchmarkExtractWikinews medians 4.90 -> 4.84 cpu-MB/s
// (old 4.62-5.07, new 4.48-5.11), BenchmarkExtractDefaultSet 9.12 -> 9.32
// (old 7.1-10.5, new 8.2-9.7): no change beyond the runs' spread of about
// 10%. The targets (10 and 20) are still not met.
//
// Session 26's rules (subjects past a relative clause and named after a
// common noun, the story's day through sentences in the past, later
// conjuncts' dates, "put … at", a statistics office's figures, French
// terms with their adjectives) were measured at its end against its start
// (50a36a4) with the app and the X server stopped: five alternated runs of
// 10 iterations each, BenchmarkExtractWikinews medians 4.62 -> 4.51
// cpu-MB/s (old 4.55-4.77, new 4.41-4.64), BenchmarkExtractDefaultSet
// 9.15 -> 8.76 (old 9.03-9.18, new 8.45-9.45): 2% and 4% slower, about
// the runs' spread. Two look-ups a first version made slower were worked
// out once (the statistics offices, when the set's names are classified)
// or only when needed (whether a sentence tells the story on in the past).
// The targets (10 and 20) are still not met.
//
// Session 27's rules (match scores, values, a term's abbreviation, an
// object that a verb makes act, dates shared by a past conjunct or a
// market's session, names given by a participle) were measured at its end
// against its start (503eff3) in the same way: BenchmarkExtractWikinews
// medians 4.61 -> 4.53 cpu-MB/s (old 4.14-4.75, new 4.35-4.55),
// BenchmarkExtractDefaultSet 9.05 -> 8.77 (old 8.69-9.30, new 8.55-8.86):
// 2% and 3% slower, within the runs' spread. The naming participle before
// a name is read from the few words before it, not from the sentence split
// into words. The targets are still not met.
//
// Session 28's rules (a past figure on its lead's day, French passives,
// the year a budget is for, a level past its base, regions as places,
// statistics offices, bare counts a verb moved, the noun a verb acts on)
// were measured at its end against its start (9a5f94f) on a new, slower
// and noisier machine, in the same way: BenchmarkExtractWikinews medians
// 2.99 -> 2.91 cpu-MB/s (old 2.70-3.37, new 2.58-3.34),
// BenchmarkExtractDefaultSet 4.86 -> 4.49 (old 4.12-5.38, new 3.59-5.58):
// 3% and 8% slower, within the runs' spread of about 20%. The targets are
// still not met.
//
// Session 29's rules (nouns of kind before a name, a results period kept
// for its measure, a subject's day for its imperfect, tagger repairs,
// statements of their speaker, capacities, stakes, units of power) were
// measured at 618fb98 against its start (67655b6) in the same way:
// BenchmarkExtractWikinews medians 3.53 -> 3.32 cpu-MB/s (old 3.23-3.60,
// new 2.94-3.53), BenchmarkExtractDefaultSet 5.20 -> 5.67 (old 4.90-6.12,
// new 5.50-5.83): 6% slower and 9% faster, within the runs' spread. The
// targets (10 and 20) are still not met.
//
// Session 30's rules (organisations a noun heads, sources' estimates,
// weekday ranges, money "in" a noun, titles in quotation marks, seasons
// by tense, a review's twelve fixes) were measured at bda8a80 against its
// start (2cbabd2), five alternated runs of ten iterations each:
// BenchmarkExtractWikinews medians 3.46 -> 3.45 cpu-MB/s (old 3.43-3.56,
// new 3.35-3.55), BenchmarkExtractDefaultSet 6.02 -> 5.73 (old 5.31-6.11,
// new 5.31-6.16): unchanged within the runs' spread; the targets are not
// met.
//
// Session 31's rules (definite noun phrases as things, French estimate
// verbs, periods and coordinations in dates, a review's fixes) were
// measured at 1bd2c54 against its start (fcdad93), five alternated runs of
// ten iterations each: BenchmarkExtractWikinews medians 3.16 -> 3.20
// cpu-MB/s (old 3.13-3.23, new 3.03-3.36), BenchmarkExtractDefaultSet 5.54
// -> 5.25 (old 5.26-5.78, new 5.02-5.77), within the runs' spread. A first
// measure (3.31 -> 3.11 on Wikinews) found the words before names read
// again for each noun phrase; they are read once per article since. The
// targets are not met.
//
// Session 32's rules (the world's countries and the gazetteer package,
// towns and roads, crowds and audiences, prices, seasons, a review's
// fixes) were measured at 2b5042f against its start (ce6e5d2), five alternated
// runs of ten iterations each: BenchmarkExtractWikinews medians 3.36 ->
// 3.20 cpu-MB/s (old 3.18-3.48, new 3.06-3.24), BenchmarkExtractDefaultSet
// 5.63 -> 5.43 (old 4.85-5.90, new 5.32-5.57): 5% and 4% slower, at the
// edge of the runs' spread. A profile of the Wikinews run is flat (no
// function above 6% of the time; map lookups of the word lists about 15%
// together), so no one change reaches the targets, which are not met.
//
// Session 33's rules (things as subjects, standing and placing ranks, the
// lead's period, names the gazetteer holds in several words, adjectives
// opening a sentence) were measured at 632bb06 against its start (4aff90d),
// five alternated runs of ten iterations each, on a busier machine:
// BenchmarkExtractWikinews medians 2.94 -> 2.94 cpu-MB/s (old 2.89-3.13,
// new 2.79-3.04), BenchmarkExtractDefaultSet 5.23 -> 5.18 (old 4.09-5.51,
// new 4.91-5.38): no change beyond the runs' spread. The targets (10 and
// 20 MB/s) are still not met.
//
// Session 34's rules (French imperfects as finite verbs, events beside
// figures, changes appended to a figure, estimates and volumes, reporters
// as guesses) were measured at 0e55d51 against its start (39fac91), five
// alternated runs of ten iterations each: BenchmarkExtractWikinews medians
// 3.17 -> 3.15 cpu-MB/s (old 3.02-3.27, new 2.92-3.25),
// BenchmarkExtractDefaultSet 5.35 -> 5.34 (old 5.07-5.54, new 4.88-5.41):
// no change beyond the runs' spread. The targets (10 and 20 MB/s) are
// still not met.
//
// Session 35's rules (seasons and "the year to March" as periods, level
// figures, names by use, sources' counts, race times and distances) were
// measured at 7cac9a6 against its start (49403ce), five alternated runs of
// ten iterations each while a helper worked: BenchmarkExtractWikinews
// medians 3.01 -> 2.95 cpu-MB/s (old 2.81-3.05, new 2.90-3.12),
// BenchmarkExtractDefaultSet 5.16 -> 5.04 (old 4.36-5.35, new 4.32-5.21):
// 2% lower medians, within the runs' spread. The targets (10 and 20 MB/s)
// are still not met.
//
// Session 36's rules (spans that end on a day, bases set against a
// figure, requests and deadlines ahead, sources in brackets and after a
// semicolon, terms that are no names) were measured at 981e1fd against its
// start (a03d06d), five alternated runs of ten iterations each while a
// helper worked: BenchmarkExtractWikinews medians 2.66 -> 2.73 cpu-MB/s
// (old 2.58-3.08, new 2.56-2.92), BenchmarkExtractDefaultSet 4.54 -> 4.82
// (old 3.59-4.87, new 3.95-5.03): no change beyond the runs' spread on a
// busy machine. The targets (10 and 20 MB/s) are still not met.
//
// Session 37's rules (appositions that name a speaker, amounts by which
// things changed, markets and studies as subjects, starts ahead, looks
// back told in the past) were measured at 50072d2 against its start
// (ccb03fd), five alternated runs of ten iterations each while a helper
// worked: BenchmarkExtractWikinews medians 2.86 -> 2.88 cpu-MB/s (old
// 2.78-3.04, new 2.65-2.99), BenchmarkExtractDefaultSet 5.04 -> 5.00 (old
// 4.79-5.15, new 4.78-5.15): no change beyond the runs' spread. The
// targets (10 and 20 MB/s) are still not met.
//
// Session 38's rules (measured lengths of time, forecasts' subjects, the
// period of a figure in the same unit, shares' trading days, quarters told
// again, bases set against) were measured at cc7a324 against its start
// (8e92783), five alternated runs of ten iterations each on a busy
// machine: BenchmarkExtractWikinews medians 2.71 -> 2.66 cpu-MB/s (old
// 2.61-2.83, new 2.62-2.74), BenchmarkExtractDefaultSet 4.68 -> 4.72 (old
// 4.11-4.96, new 4.53-4.95). A first run showed DefaultSet 11% slower;
// the test of the day shares traded, which folded the sentence before for
// every figure, now runs only for a move. The targets are still not met.
//
// Session 39's rules (fiscal years, the same period last year, «la veille»
// after a verb of saying, trading venues, forecasts' statistics, asides
// and kinds before names) were measured at cd62457 against its start
// (3a280e6), five alternated runs of ten iterations each while the app
// and a helper ran: BenchmarkExtractWikinews medians 3.61 -> 3.49
// cpu-MB/s (old 3.18-3.69, new 3.19-3.53), BenchmarkExtractDefaultSet
// 6.95 -> 6.96 (old 6.88-7.13, new 6.00-7.00): within the runs' spread.
// The targets (10 and 20 MB/s) are still not met.
//
// Session 40's rules (fiscal quarters and years, "for the year" and "in
// the half", bases after "on", scopes, possessives of untyped companies,
// owned amounts) were measured at 8bf0fc6 against its start (74e4993),
// five alternated runs of ten iterations each on an idle machine:
// BenchmarkExtractWikinews medians 3.63 -> 3.56 cpu-MB/s (old 3.40-3.80,
// new 3.51-3.64), BenchmarkExtractDefaultSet 6.86 -> 7.01 (old 6.66-7.36,
// new 6.78-7.24): within the runs' spread. The targets are still not met.
//
// Session 41's rules (rivals, officers' targets, a nation's companies,
// actions on jobs, election days, bases' own dates, "&" in names) were
// measured at baafb8d against its start (2f71528), two sets of five
// alternated runs of ten iterations each on a machine that was not idle
// (the first while a helper ran the program): BenchmarkExtractWikinews
// medians 3.15 -> 3.57 and 2.98 -> 3.49 cpu-MB/s (all runs 2.58-3.72),
// BenchmarkExtractDefaultSet 6.79 -> 6.04 and 5.27 -> 4.83 (all runs
// 4.64-7.32): within the runs' wide spread, no change that they can tell.
// The targets are still not met.
//
// Session 42's rules (wholes a figure sizes, forecasts moved to a figure,
// headlines aligned with the body, periods that go on, a company's kind
// before its name) were measured at 191c1ec against its start (d39877f),
// five alternated runs of ten iterations each on a machine that was not
// idle: BenchmarkExtractWikinews medians 3.21 -> 3.29 cpu-MB/s (all runs
// 2.93-3.37), BenchmarkExtractDefaultSet 6.41 -> 6.19 (all runs
// 4.21-6.71): within the runs' spread. The targets are still not met.
//
// Session 43's rules (periods closed on a day, the previous quarter, names
// of one line, ranges of a noun, vote shares, commodities, bare counts)
// were measured at 0046a33 against its start (731e2d3), five alternated
// runs of ten iterations each while the machine was busy:
// BenchmarkExtractWikinews medians 2.56 -> 3.11 cpu-MB/s (all runs
// 2.44-3.31), BenchmarkExtractDefaultSet 6.52 -> 6.47 (all runs
// 4.23-6.84): within the runs' spread. The targets are still not met.
//
// Session 44's rules (cents as money, expectations and outlooks, quotes with
// no day of their own, results periods, counts the tagger read as verbs)
// were measured at aa56ab6 against its start (faf75ea), five alternated
// runs of ten iterations each: BenchmarkExtractWikinews medians 3.30 ->
// 3.16 cpu-MB/s (all runs 2.68-3.38), BenchmarkExtractDefaultSet 6.64 ->
// 5.65 (all runs 3.91-6.72); a single run of twenty iterations each gave
// 7.03 -> 6.38 for the default set. Sentences that hold only a quote are
// now read for their statement, which the home set's many quotes cost.
// The targets are still not met.
//
// Session 45's rules (names past «d'» and before acronyms, rates per day,
// quotes told in the past outside their words, short whole quotes, French
// quote forms, results of the same period, units in capitals) were
// measured at 8cd8d20 against its start (edee390), five alternated runs of ten
// iterations each while a review helper ran the binaries beside them:
// BenchmarkExtractWikinews medians 2.58 -> 2.87 cpu-MB/s (all runs
// 2.26-3.29), BenchmarkExtractDefaultSet 5.56 -> 5.70 (all runs
// 3.75-6.36): within the runs' spread. The targets are still not met.
//
// Session 46's rules (names made whole past «d'», vote figures of the
// lead's election, sources of a disagreement, measures past a clause set
// off by commas, quotes dated after their speaker in both languages, short
// quotes anywhere) were measured at 1ec51dc against its start (6e92e70),
// five alternated runs of ten iterations each: BenchmarkExtractWikinews
// medians 3.09 -> 3.08 cpu-MB/s (all runs 2.12-3.35),
// BenchmarkExtractDefaultSet 5.76 -> 5.47 (all runs 3.51-6.13); three more
// runs of the default set after statementDates looked the sentence's
// quotes up once gave 6.04 -> 5.59. Short quotes read anywhere cost the
// home set its share of time, as session 44's did. The targets are still
// not met.
//
// Session 47's rules (another source's count with «en», «l'évalue à»;
// names before a gapped figure; periods in brackets; rates; quotes told
// to reporters) were measured at bab209a against its start (2497bb0),
// five alternated runs of ten iterations each while a review helper ran:
// BenchmarkExtractWikinews medians 2.77 -> 2.68 cpu-MB/s (all runs
// 2.51-3.14), BenchmarkExtractDefaultSet 5.18 -> 5.20 (all runs
// 4.90-5.76): within the runs' spread. The targets are still not met.
//
// Session 48's rules (a date line under the headline, present-tense and
// inverted quotes, unnamed sources, ranks "out of" a count, names past an
// apostrophe or a plus sign) were measured at 03dcdf8 against its start
// (891ad44), five alternated runs of ten iterations each on a quiet
// machine: BenchmarkExtractWikinews medians 3.06 -> 3.03 cpu-MB/s (all
// runs 2.20-3.10), BenchmarkExtractDefaultSet 5.42 -> 5.30 (all runs
// 3.64-5.56): within the runs' spread. The targets are still not met.
//
// Session 49's rules (the source of every claim and event its sentence
// names, quotes of several sentences, national averages, rankings' other
// names) were measured against its start (4f04d16), five alternated runs
// of ten iterations each. On a quiet machine, before 29db827:
// BenchmarkExtractWikinews medians 2.97 -> 2.88 cpu-MB/s,
// BenchmarkExtractDefaultSet 5.37 -> 5.14 (-3%, -4%: every event looked
// for its source). After 29db827 the host was busy (runs 1.8-5.1): the
// best runs, 2.78 -> 2.71 and 4.96 -> 4.87 (and 2.81 -> 2.83, 5.12 ->
// 5.10 in another set), are within 2%. The targets are still not met.
//
// Session 50's rules (disasters' dead and their sources, bodies named by
// common words, signed point changes, gapped clauses, bodies' quoted
// statements) were measured at c4b1d75 against its start (7e722b0), five
// alternated runs of ten iterations each while a review helper ran:
// BenchmarkExtractWikinews medians 2.56 -> 2.64 cpu-MB/s (best 2.73 ->
// 2.81), BenchmarkExtractDefaultSet 4.43 -> 4.44 (best 4.77 -> 4.62):
// within the runs' spread. The targets are still not met.
//
// Session 51's rules (public offices and possessive bodies as speakers,
// "It said", signed changes in brackets and after a verb, the year a
// sentence opens on, long organisation names) were measured against its
// start (31b9c1b) in three sets of five alternated runs of ten
// iterations each, on a host a review helper shared part of the time:
// BenchmarkExtractWikinews medians 2.74 -> 2.59, 2.68 -> 2.58 (ten runs)
// and 2.57 -> 2.48 cpu-MB/s (best 2.82 -> 2.74, 2.64 -> 2.71),
// BenchmarkExtractDefaultSet 4.52 -> 4.27, 4.49 -> 4.28 and 4.43 -> 3.92
// (best 4.90 -> 4.63, 4.60 -> 4.56): some 3-5% slower by the medians,
// within the spread by the best runs. A profile shows no new rule among
// the costly ones; a plural weekday's test, run on every token of every
// mention search, now rejects most words on their ending first. The
// targets are still not met.
//
// Session 52's rules (acronyms before appositions, tolls of the disaster
// before, names that end on a place, a lead's period without a figure,
// dates in appositions and relative clauses, forecasts of a thing's move,
// counts of a place by a body) were measured at 691e486 against its start
// (caa5dd3), five alternated runs of ten iterations each:
// BenchmarkExtractWikinews medians 2.76 -> 2.75 cpu-MB/s (best 2.87 ->
// 2.77), BenchmarkExtractDefaultSet 4.50 -> 4.57 (best 4.71 -> 4.69):
// within the runs' spread. The targets are still not met.
//
// Session 53's rules (revised forecasts and owned things forecast, fiscal
// quarters from their ends, turnout claimed by each party, possessives
// after a colon, sources that put another's measure at a figure) were
// measured at a40d910 against its start (b8c6429), five alternated runs
// of ten iterations each: BenchmarkExtractWikinews medians 2.37 -> 2.60
// cpu-MB/s (best 2.76 -> 2.71), BenchmarkExtractDefaultSet 4.62 -> 4.41
// (best 4.68 -> 4.49); three more alternated runs of DefaultSet (twenty
// iterations) gave 4.07, 4.07, 4.31 -> 3.89, 4.42, 4.46: within the runs'
// spread. The targets are still not met.
//
// Session 54's rules (anaphors re-dated with fiscal quarters, pronoun and
// trade-noun sources, acronym names, basis points, relative claims,
// measures past appositions) were measured at ba66f84 against its start
// (252d810), five alternated runs of ten iterations each:
// BenchmarkExtractWikinews medians 2.79 -> 2.78 cpu-MB/s (best 2.82 ->
// 2.79), BenchmarkExtractDefaultSet 4.63 -> 4.62 (best 4.64 -> 4.66):
// within the runs' spread. The targets are still not met.
//
// Session 55's rules (bodies' names with «de», observers at a firm,
// another source's figure, coordinated places, comparison bases' dates,
// results after results, unnamed sources) were measured at 4020293 against
// its start (bfcf8a1), five alternated runs of ten iterations each:
// BenchmarkExtractWikinews medians 2.94 -> 2.91 cpu-MB/s (best 2.97 ->
// 2.92), BenchmarkExtractDefaultSet 4.77 -> 4.69 (best 4.83 -> 4.70): one
// to two per cent slower, near the runs' spread (a first measure, 4.69 ->
// 4.50, found a sentence scan that ran for every sentence, fixed in
// 4020293). The targets are still not met.
//
// Session 56's rules (counts at a place, grades and names with "&" and
// apostrophes, speakers after "while" clauses and cited roles, levels
// dated with their change, bracketed figures of ranked names, shares of a
// report's measure) were measured against its start (d6d3669), five
// alternated runs of ten iterations each: BenchmarkExtractWikinews medians
// 2.80 -> 2.75 cpu-MB/s (best 2.87 -> 2.76), BenchmarkExtractDefaultSet
// 4.61 -> 4.30 (best 4.63 -> 4.50); three runs with the new build first
// gave DefaultSet 4.63 -> 4.49. A first measure (4.56 -> 4.31) found a
// sentence folded for every figure and tests run before cheaper ones,
// reordered before this one; a profile of twenty iterations each shows
// no new function among the costly ones (2.69 s old, 2.62 s new). Two to
// five per cent slower on the default set; the targets are still not met.
//
// Session 57's rules (a second source's own figure, its speaker after
// "though", a participle or «qui», the same period a year on, lakh and
// crore, an authority's place) were measured at f3a96de against its start
// (87d4ee5), five alternated runs of ten iterations each:
// BenchmarkExtractWikinews medians 2.79 -> 2.74 cpu-MB/s (best 2.81 ->
// 2.77), BenchmarkExtractDefaultSet 4.52 -> 4.43 (best 4.58 -> 4.52): about
// two per cent slower, within the runs' spread on the default set. The
// targets are still not met.
//
// Session 58's rules (gains and losses of a count, a site's workers,
// regions' adjectives, seas, a thing that posts a measure) were measured
// at f458523 against its start (fd6be8c), five alternated runs of ten
// iterations each, on a machine slower that day than the session before:
// BenchmarkExtractWikinews medians 2.55 -> 2.62 cpu-MB/s (best 2.62 ->
// 2.66), BenchmarkExtractDefaultSet 4.23 -> 4.28 (best 4.33 -> 4.39); two
// of the old runs overlapped a build, so the change is within the noise.
// The targets are still not met.
//
// Session 59's rules (second sources of a change, a relative clause set
// off by commas, month ranges, reactions to the news) were measured at
// 38cc0e8 against its start (c26b0a7), five alternated runs of ten
// iterations each: BenchmarkExtractWikinews medians 2.50 -> 2.48 cpu-MB/s
// (best 2.61 -> 2.51), BenchmarkExtractDefaultSet 4.12 -> 4.04 (best 4.13
// -> 4.19). A first measure, before the dictionary was asked only near a
// figure, gave 2.22 -> 2.08 on a busier machine. The targets are still
// not met.
//
// Session 60's rules (put verbs past a country's initials, appositions
// after a place, counts among a group, sources of second clauses, "the
// same source", ended quarters) were measured at 1176737 against its start
// (70bc037), two series of five alternated runs of ten iterations each:
// BenchmarkExtractWikinews medians 2.44 -> 2.40 cpu-MB/s,
// BenchmarkExtractDefaultSet 3.96 -> 3.93; the two series disagreed on
// the sign (the first gave 2.42 -> 2.34 and 4.07 -> 3.89, the second 2.48
// -> 2.46 and 3.78 -> 4.03), so the change is within the noise. The
// targets are still not met.
//
// Session 61's rules (French verbs that give a figure, restated counts,
// tolls of disasters, kind words opening names, reporting verbs with an
// object, sources before "while", own outlooks) were measured at 77a08c0
// against its start (7a0a5dc), five alternated runs of ten iterations
// each, on a machine about half as fast that day as the session before:
// BenchmarkExtractWikinews medians 1.23 -> 1.20 cpu-MB/s (best 1.37 ->
// 1.28), BenchmarkExtractDefaultSet 1.86 -> 1.83 (best 2.19 -> 2.42), two
// to three per cent slower, within the runs' spread (1.13 to 1.37 for the
// same build). The targets are still not met.
//
// Session 62's rules (datelines read for the publication day, firms that
// watch others, sources named before their papers, companies' books) were
// measured at aefe57e against its start (1220901), five alternated runs
// of ten iterations each, with two review helpers running beside them:
// BenchmarkExtractWikinews medians 1.05 -> 1.02 cpu-MB/s (best 1.14 ->
// 1.16), BenchmarkExtractDefaultSet 1.75 -> 1.69 (best 2.08 -> 1.85),
// within the runs' spread (0.99 to 1.16 for the same build). The targets
// are still not met.
//
// Session 63's rules (ranges written once, bounds of passing a mark, the
// year a yearless story's words leave, sources named by common nouns)
// were measured at 2dbcdcc against its start (4499a14), five alternated
// runs of ten iterations each, with two review helpers running beside
// them: BenchmarkExtractWikinews medians 1.09 -> 1.13 cpu-MB/s (best 1.14
// -> 1.17), BenchmarkExtractDefaultSet 1.93 -> 1.81 (best 2.11 -> 1.98),
// within the runs' spread (1.65 to 2.11 for the same set). The targets
// are still not met.
//
// Session 64's rules (the year of a yearless story from more of its
// words, sources of passive estimates and statements, ranges a verb of
// ranging opens, names with a group's possessive) were measured at
// 1306b63 against its start (846eaa1), five alternated runs of ten
// iterations each, with two review helpers running beside them:
// BenchmarkExtractWikinews medians 1.37 -> 1.47 cpu-MB/s (best 1.65 ->
// 1.63), BenchmarkExtractDefaultSet 2.10 -> 2.16 (best 2.78 -> 2.57),
// within the runs' spread (1.75 to 2.78 for the same set). The targets
// are still not met.
func BenchmarkExtractWikinews(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var base []*Article
	for _, dir := range []string{"wikinews-fr", "wikinews-en"} {
		set, err := LoadPaths(context.Background(), []string{filepath.Join(corpora, dir)}, LoadOptions{})
		if err != nil || set == nil || len(set.Articles) == 0 {
			b.Skipf("corpus %s not present (%v): the shared corpora live beside the repository", dir, err)
		}
		base = append(base, set.Articles...)
	}
	set := &Set{}
	for k := 0; k < 10; k++ {
		for _, a := range base {
			c := *a
			c.Name = fmt.Sprintf("%d/%s", k, a.Name)
			c.Text = strings.Clone(a.Text)
			set.Articles = append(set.Articles, &c)
		}
	}
	benchBuild(b, set)
}

// BenchmarkFindDates measures the date finder alone (finding and resolving
// every expression, on tokens already made, as extraction calls it) on one
// core over the French TimeBank texts and the English Wikinews TimeML set,
// each against its creation date. Target: at least 40 cpu-MB/s, about three
// times extraction's throughput (BenchmarkExtractDefaultSet, about 14
// cpu-MB/s), so that dates stay a small part of extraction. Measured: about
// 64 cpu-MB/s, 54 with the machine busy (55 and 49 before the matchers'
// cues, dates_cues.go; medians of 6 and 8, old and new alternated).
func BenchmarkFindDates(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	type doc struct {
		DCT  string `json:"dct"`
		Text string `json:"text"`
		lang string
	}
	var docs []doc
	var size int64
	for _, c := range []struct{ path, lang string }{
		{filepath.Join(corpora, "french-timebank", "ftib_docs.jsonl"), "fr"},
		{filepath.Join("..", "testdata", "timeml", "en-wikinews.jsonl"), "en"},
	} {
		data, err := os.ReadFile(c.path)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var d doc
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				b.Fatal(err)
			}
			d.lang = c.lang
			docs = append(docs, d)
			size += int64(len(d.Text))
		}
	}
	if len(docs) == 0 {
		b.Skip("no TimeML corpus present")
	}
	refs := make([]Date, len(docs))
	toks := make([][]lexis.Token, len(docs))
	for k, d := range docs {
		refs[k], _ = ParseISODate(d.DCT)
		toks[k] = lexis.Tokenize(d.Text, 0, len(d.Text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	cpu := testkit.CPUTime()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			timex.FindDatesIn(d.Text, toks[k], d.lang, refs[k])
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkTokenize measures the tokenizer alone on one core, passage by
// passage as extraction calls it, over every article of the shared
// Wikinews corpora, French and English, in cpu-MB/s of their text.
// Extraction tokenizes every passage once and the claimable ones again
// (about 1.4 passes), so at 70 MB/s tokenizing costs 20 ms a megabyte.
// Measured: 63–80 cpu-MB/s on the busy 2-core machine; the profile: the
// loop over a word's letters 17%, lexicon lookups 21% (lexTable.get and
// getBytes), the string of a passage's folded words 5%, isLetter (not
// inlined) 5%.
func BenchmarkTokenize(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var arts []*Article
	for _, dir := range []string{"wikinews-fr", "wikinews-en"} {
		set, err := LoadPaths(context.Background(), []string{filepath.Join(corpora, dir)}, LoadOptions{})
		if err != nil || set == nil || len(set.Articles) == 0 {
			b.Skipf("corpus %s not present (%v): the shared corpora live beside the repository", dir, err)
		}
		arts = append(arts, set.Articles...)
	}
	var size int64
	for _, a := range arts {
		size += int64(len(a.Text))
	}
	var tz lexis.Tokenizer
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := testkit.CPUTime()
	for range b.N {
		for _, a := range arts {
			for _, s := range a.Sentences {
				tz.Tokenize(a.Text, s.Start, s.End)
			}
		}
	}
	reportCPU(b, cpu, size)
}
