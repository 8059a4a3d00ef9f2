package model

import (
	"context"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model/text"
	"github.com/claimline/claimline/model/timex"
)

// Build extracts the claims of a loaded set and merges them into a timeline.
// Articles are analysed in parallel, one goroutine per CPU.
func Build(set *Set) *Timeline {
	t, _ := BuildContext(context.Background(), set)
	return t
}

// BuildContext is Build that stops early when ctx ends, returning ctx's
// error: a large set takes seconds, and whoever asked may no longer want it.
func BuildContext(ctx context.Context, set *Set) (*Timeline, error) {
	return BuildProgress(ctx, set, nil)
}

// BuildProgress is BuildContext that tells progress how far it is, in
// sentences read (each is read twice: total counts both passes), as it
// goes: every few sentences, so that it moves during one long article too.
// progress is called from the build's goroutines, at most about 200 times.
func BuildProgress(ctx context.Context, set *Set, progress func(done, total int)) (*Timeline, error) {
	arts := set.Articles
	xs := make([]*extractor, len(arts))
	var bp *buildProgress
	if progress != nil {
		bp = &buildProgress{f: progress}
		for _, a := range arts {
			bp.total += 2 * min(len(a.Sentences), maxSentencesPerArticle)
		}
	}
	// One workspace per worker, the count fixed once: GOMAXPROCS may change
	// while the set is read.
	ws := make([]workspace, workers(len(arts)))
	for i := range ws {
		ws[i].ctx = ctx
		ws[i].progress = bp
	}
	parallel(len(ws), len(arts), func(w, i int) {
		if ctx.Err() == nil {
			xs[i] = analyse(arts[i], i, &ws[w])
			ws[w].articleDone(arts[i])
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Publication dates: first from each article's own evidence, then with
	// the set's year for articles that name no year at all.
	hint := 0
	for pass := 0; pass < 2; pass++ {
		for _, x := range xs {
			if x.art.PublishedBy == PublishedUnknown || x.art.PublishedBy == PublishedInHeader && x.art.Published.Precision < PrecisionDay {
				inferPublished(x, hint, pass == 1)
			}
		}
		hint = setYear(arts)
	}
	reg := newRegistry()
	for _, x := range xs {
		ref := x.art.Published
		if ref.IsZero() && hint > 0 {
			ref = YearOf(hint)
		}
		x.reresolve(ref)
		x.register(reg)
	}
	reg.classify()
	for _, x := range xs {
		x.learnRoles(reg)
	}
	per := make([][]Claim, len(xs))
	failed := make([]error, len(xs))
	parallel(len(ws), len(xs), func(w, i int) {
		if ctx.Err() == nil {
			failed[i] = guarded(func() { per[i] = readClaims(xs[i], &ws[w]) })
			ws[w].articleDone(arts[i])
		}
		xs[i] = nil // its tokens and dates are no longer needed
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := &Timeline{Name: set.Name, NameParts: set.NameParts, Articles: arts, Problems: set.Problems}
	for i, err := range failed {
		if err != nil {
			per[i] = nil
			t.Problems = append(slices.Clip(t.Problems), Problem{File: arts[i].Name, Err: err})
		}
	}
	n := 0
	for _, cs := range per {
		n += len(cs)
	}
	t.Claims = make([]Claim, 0, n)
	for i, cs := range per {
		t.Claims = append(t.Claims, cs...)
		per[i] = nil
	}
	for i := range t.Claims {
		t.Claims[i].ID = i
	}
	t.Events = mergeEvents(t)
	return t, nil
}

// readClaims reads an analysed article's claims: extractor.claims, a
// variable so that a test can make it fail.
var readClaims = (*extractor).claims

// guarded runs f and returns the error of a panic in it: an article whose
// claims the extraction fails to read is left out of the timeline with a
// problem the user sees, and the others are shown, rather than the program
// ending.
func guarded(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("its claims could not be read (%v), so it is left out of the timeline; please report this article", r)
		}
	}()
	f()
	return nil
}

// Default loads and builds the embedded default article set.
func Default(ctx context.Context) (*Timeline, error) {
	set, err := LoadFS(ctx, assets.Articles(), assets.ArticlesName, LoadOptions{})
	if err != nil {
		return nil, err
	}
	return BuildContext(ctx, set)
}

// workers is how many goroutines to run for n items: one per CPU, fewer
// when the available memory could not hold them all at their peak.
func workers(n int) int {
	return max(1, min(memoryWorkers(runtime.GOMAXPROCS(0), availableMemory()), n))
}

// parallel runs f(w, 0..n-1) on up to workers goroutines; w is the worker
// (0 to workers-1), so that f can keep buffers per worker.
func parallel(workers, n int, f func(w, i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(0, i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(w, i)
			}
		}()
	}
	wg.Wait()
}

// setYear is the most common publication year of the set's dated articles.
func setYear(arts []*Article) int {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, a := range arts {
		if a.Published.IsZero() {
			continue
		}
		y := a.Published.Start.Year()
		count[y]++
		if count[y] > bestN || count[y] == bestN && y > best {
			best, bestN = y, count[y]
		}
	}
	return best
}

// inferPublished dates an article from its own words when its header does
// not give the day: the latest date it points at as "now" ("ce mardi 5
// octobre", "Monday, October 4"), with a year from the header, the text's own
// years, or (useSet) the set's year, chosen so that the weekday is right.
func inferPublished(x *extractor, setYear int, useSet bool) {
	a := x.art
	header := a.Published
	years := map[int]bool{}
	maxYear := 0
	for _, s := range x.sents {
		for _, d := range s.dates {
			if d.Kind == timex.DateAbsolute && d.WrittenYear() > 0 {
				years[d.WrittenYear()] = true
				maxYear = max(maxYear, d.WrittenYear())
			}
		}
	}
	yearHint := maxYear
	switch {
	case !header.IsZero():
		yearHint = header.End.Year()
	case yearHint == 0 && useSet:
		yearHint = setYear
	case yearHint > 0 && yearlessBefore(x, maxYear):
		// Writers give the year of dates in other years: "in December 2020"
		// beside a yearless "January 6" that would fall before it in 2020
		// means the article was written in 2021.
		yearHint = maxYear + 1
	}
	var best Date
	if d, ok := datelineDay(a, yearHint, years); ok && (header.IsZero() || header.Contains(d)) {
		// "OSLO, March 11 (Reuters) -": the day the story was filed, its
		// year from the header or the text's own years when it gives none.
		a.Published, a.PublishedBy = d, PublishedInText
		return
	}
	for _, s := range x.sents {
		for _, d := range s.dates {
			if d.WrittenDay() <= 0 || d.WrittenMonth() <= 0 || !(d.Deictic || d.WrittenWeekday() >= 0) {
				continue
			}
			y := d.WrittenYear()
			if y == 0 {
				if yearHint == 0 {
					continue
				}
				y = yearForWeekday(d, yearHint, years)
			}
			if d.WrittenDay() > timex.DaysIn(y, d.WrittenMonth()) {
				continue
			}
			day := Day(y, time.Month(d.WrittenMonth()), d.WrittenDay())
			if !header.IsZero() && !header.Contains(day) {
				continue
			}
			if best.IsZero() || day.Start.After(best.Start) {
				best = day
			}
		}
	}
	switch {
	case !best.IsZero():
		a.Published, a.PublishedBy = best, PublishedInText
	case header.IsZero() && yearHint > maxYear:
		a.Published, a.PublishedBy = YearOf(yearHint), PublishedInText
	case header.IsZero() && maxYear > 0:
		// The latest full date the article gives, else its latest year.
		for _, s := range x.sents {
			for _, d := range s.dates {
				if d.Kind == timex.DateAbsolute && d.Date.Precision == PrecisionDay && !d.Date.Range && d.Date.Start.After(best.Start) {
					best = d.Date
				}
			}
		}
		if best.IsZero() {
			best = YearOf(maxYear)
		}
		a.Published, a.PublishedBy = best, PublishedInText
	}
}

// datelineDay returns the day the dateline of article a gives ("OSLO,
// March 11 (Reuters) -", «PARIS, 18 novembre (AFP) –», "LONDON, Oct 7,
// 2025 -"), with year hint when it names none (a weekday it names choosing
// among the years near it); false when it gives no day, or names no year
// and there is no hint.
func datelineDay(a *Article, hint int, years map[int]bool) (Date, bool) {
	line := text.DatelineOf(a)
	if line == "" {
		return Date{}, false
	}
	for _, d := range timex.FindDates(line, a.Lang, Date{}) {
		if d.WrittenDay() <= 0 || d.WrittenMonth() <= 0 || d.Relative {
			continue
		}
		y := d.WrittenYear()
		if y == 0 {
			if now := clock().Year(); hint > now {
				// (not a target's year: "sales of $6 billion by 2030"
				// beside a yearless "July 3", the day it was written:
				// the latest year the text names up to now, else now)
				hint = now
				if past := slices.DeleteFunc(slices.Collect(maps.Keys(years)), func(y int) bool { return y > now }); len(past) > 0 {
					hint = slices.Max(past)
				}
			}
			if hint == 0 {
				hint = clock().Year() // (a text that names no year: written lately)
			}
			y = yearForWeekday(d, hint, years)
			if d.WrittenWeekday() < 0 {
				y = yearOfLeadWeekdays(a, line, d, y, years)
			}
		}
		if d.WrittenDay() > timex.DaysIn(y, d.WrittenMonth()) {
			return Date{}, false
		}
		return Day(y, time.Month(d.WrittenMonth()), d.WrittenDay()), true
	}
	return Date{}, false
}

// yearOfLeadWeekdays returns the year near hint (two years before it to two
// after, not after now; else the latest up to now that fits better) in
// which the day and month of the dateline d fall on the weekdays the
// story's first lines name for its news ("LISBON, Feb 18 (Reuters) - … on
// Tuesday": the year Feb 18 is a Tuesday), or on the day after one (a
// story filed the next morning: "Sunday's election"); hint when they name
// none, or hint fits as well as any. When the text names only years long
// gone, the latest year that fits as well is taken.
func yearOfLeadWeekdays(a *Article, line string, d timex.DateExpr, hint int, years map[int]bool) int {
	at := strings.Index(a.Text, line)
	if at < 0 {
		return hint
	}
	lead := a.Text[at+len(line) : min(len(a.Text), at+len(line)+700)]
	var named []time.Weekday
	for _, w := range strings.FieldsFunc(strings.ToLower(lead), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if wd, ok := timex.WeekdayOf(w); ok && !slices.Contains(named, wd) {
			named = append(named, wd) // (each day once: "Sunday's election … on Sunday")
		}
	}
	if len(named) == 0 {
		return hint
	}
	score := func(y int) int {
		if d.WrittenDay() > timex.DaysIn(y, d.WrittenMonth()) {
			return -1
		}
		on := time.Date(y, time.Month(d.WrittenMonth()), d.WrittenDay(), 0, 0, 0, 0, time.UTC).Weekday()
		n := 0
		for _, wd := range named {
			switch {
			case wd == on:
				n += 2
			case (wd+1)%7 == on:
				n++
			}
		}
		return n
	}
	now := clock().Year()
	low := hint - 2 // (never before every year the text names: "the last election, in 2021")
	if len(years) == 0 {
		low = hint - 6 // (a text that names no year: any of the last few)
	} else if first := slices.Min(append(slices.Collect(maps.Keys(years)), hint)); first > low {
		low = first
	}
	best, bestScore := hint, score(hint)
	for y := low; y <= hint+2 && y <= now; y++ {
		if sc := score(y); sc > bestScore || sc == bestScore && y != best && absInt(y-hint) < absInt(best-hint) {
			best, bestScore = y, sc
		}
	}
	// Further on, up to now, a year that fits better: the years the text
	// names are then its past ("the last major eruption, in 2010"); the
	// latest that fits best.
	old := hint < now-5 // (a text that names only years long gone: "the Erika, in 1999")
	for y := now; y > hint+2; y-- {
		if sc := score(y); sc > bestScore || old && sc > 0 && sc == bestScore && best <= hint+2 {
			best, bestScore = y, sc
		}
	}
	return best
}

// yearForWeekday returns the year near hint (preferring the years the text
// names) in which d's day and month fall on d's weekday; hint when d has no
// weekday or none fits.
func yearForWeekday(d timex.DateExpr, hint int, named map[int]bool) int {
	if d.WrittenWeekday() < 0 {
		return hint
	}
	fits := func(y int) bool {
		return d.WrittenDay() <= timex.DaysIn(y, d.WrittenMonth()) && int(time.Date(y, time.Month(d.WrittenMonth()), d.WrittenDay(), 0, 0, 0, 0, time.UTC).Weekday()) == d.WrittenWeekday()
	}
	if fits(hint) {
		return hint
	}
	var ys []int
	for y := range named {
		ys = append(ys, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	for _, y := range ys {
		if fits(y) {
			return y
		}
	}
	for dy := 1; dy <= 11; dy++ {
		if fits(hint - dy) {
			return hint - dy
		}
		if fits(hint+dy) && !time.Date(hint+dy, time.Month(d.WrittenMonth()), d.WrittenDay(), 0, 0, 0, 0, time.UTC).After(clock()) {
			// (not a day still to come: «le lundi 4 octobre» in an
			// undated article of a set whose other articles are of 2026
			// is 2021's, not 2027's)
			return hint + dy
		}
	}
	return hint
}

// clock tells the time now; a test may set it.
var clock = time.Now

// yearlessBefore reports whether a date the article gives without a year
// ("le 6 janvier", "in March") would fall, in year y, before the latest
// date the article gives with year y.
func yearlessBefore(x *extractor, y int) bool {
	var latest time.Time
	for _, s := range x.sents {
		for _, d := range s.dates {
			if d.Kind == timex.DateAbsolute && d.WrittenYear() == y && d.Date.End.After(latest) {
				latest = d.Date.End
			}
		}
	}
	if latest.IsZero() {
		return false
	}
	for _, s := range x.sents {
		for _, d := range s.dates {
			if d.WrittenYear() != 0 || d.WrittenMonth() <= 0 || d.Relative || d.Kind == timex.DateRange {
				continue
			}
			day := max(d.WrittenDay(), 1)
			if day <= timex.DaysIn(y, d.WrittenMonth()) && time.Date(y, time.Month(d.WrittenMonth()), day, 0, 0, 0, 0, time.UTC).Before(latest) {
				return true
			}
		}
	}
	return false
}

// buildProgress counts the sentences a build has read, for its progress
// function.
type buildProgress struct {
	f     func(done, total int)
	total int
	mu    sync.Mutex
	done  int
	told  int // done when f was last called
}

// add counts n more sentences read and tells f when the count moved by a
// two-hundredth of the total or reached it.
func (p *buildProgress) add(n int) {
	if p == nil || n <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = min(p.done+n, p.total)
	if p.done-p.told >= max(1, p.total/200) || p.done == p.total {
		p.told = p.done
		p.f(p.done, p.total)
	}
}

// sentenceStep is how often (in sentences) a long article checks whether it
// is still wanted and tells its progress.
const sentenceStep = 16

// step is called every sentenceStep sentences of an article.
func (ws *workspace) step() {
	if ws.progress != nil {
		ws.stepped += sentenceStep
		ws.progress.add(sentenceStep)
	}
}

// articleDone counts the rest of a's sentences once a pass over it ends.
func (ws *workspace) articleDone(a *Article) {
	if ws.progress != nil {
		ws.progress.add(min(len(a.Sentences), maxSentencesPerArticle) - ws.stepped)
		ws.stepped = 0
	}
}
