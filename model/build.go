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
	"github.com/claimline/claimline/model/lexis"
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
	maxYear := 0                      // the latest year the text names not as a target
	var bounds yearBounds             // the years its words leave for the time of writing
	hiDeadline, hiFor := false, false // whether the first target is a deadline ("by 2026"), a year planned for ("quotas pour 2026")
	months := map[int]bool{}          // the months the text names without a year («en mars»)
	for _, s := range x.sents {
		for _, d := range s.dates {
			if d.Kind == timex.DatePartial && d.WrittenYear() == 0 && d.WrittenDay() <= 0 && d.WrittenMonth() > 0 && !d.Relative {
				months[d.WrittenMonth()] = true
			}
		}
	}
	for _, s := range x.sents {
		var toks []lexis.Token
		for _, d := range s.dates {
			if d.Kind == timex.DateRange && d.Date.Range && d.Date.Precision == PrecisionYear && !d.Date.IsZero() && !d.Relative && d.Date.End.Year()-d.Date.Start.Year() <= 1 {
				if toks == nil {
					toks = lexis.Tokenize(a.Text, s.span.Start, s.span.End)
				}
				_, _, floor := yearStance(toks, d, months) // "in the 2024-25 school year"
				bounds.lo = max(bounds.lo, floor)
				continue
			}
			if d.Kind != timex.DateAbsolute || d.WrittenYear() <= 0 {
				continue
			}
			y := d.WrittenYear()
			if toks == nil {
				toks = lexis.Tokenize(a.Text, s.span.Start, s.span.End)
			}
			target, deadline, floor := yearStance(toks, d, months)
			if target {
				if d.Date.Precision == PrecisionDay && !d.Date.Range || startOf(toks, d) {
					// «à partir du 1er janvier 2026», «à partir de 2026»:
					// written before that day or year, so in the year
					// before a New Year's Day
					y = d.Date.Start.AddDate(0, 0, -1).Year()
				}
				if bounds.hi == 0 || y < bounds.hi {
					bounds.hi, hiDeadline, hiFor = y, deadline, plannedFor(toks, d)
				}
				continue
			}
			years[y] = true
			bounds.lo = max(bounds.lo, floor) // "recruited 26,000 in 2024": a year gone by
			maxYear = max(maxYear, y)
		}
	}
	if t := bounds.hi; t > 0 && t <= clock().Year()+1 && !hiDeadline {
		// "said it would invest 1.6 billion zlotys in 2024", «Elle prévoit
		// d'en transporter 130 millions en 2025»: written in the year it
		// plans for, or the year before a plan "for" a year ("quotas pour
		// 2026"); not "by 2030": a deadline may be far
		if hiFor {
			t--
		}
		maxYear = max(maxYear, t)
	}
	if bounds.hi > 0 && bounds.hi < bounds.lo {
		bounds.hi = 0 // (the text's years disagree: trust those it tells as past)
	}
	yearHint := maxYear
	switch {
	case !header.IsZero():
		yearHint = header.End.Year()
		bounds = yearBounds{}
	case yearHint == 0 && useSet:
		yearHint = setYear
	case yearHint > 0 && yearlessBefore(x, maxYear):
		// Writers give the year of dates in other years: "in December 2020"
		// beside a yearless "January 6" that would fall before it in 2020
		// means the article was written in 2021.
		yearHint = maxYear + 1
	}
	yearHint = bounds.clamp(yearHint)
	var best Date
	if d, ok := datelineDay(a, yearHint, years, bounds); ok && (header.IsZero() || header.Contains(d)) {
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
				y = bounds.clamp(yearForWeekday(d, yearHint, years))
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
		// The latest full date the article gives, not as a target, else
		// its latest year.
		for _, s := range x.sents {
			for _, d := range s.dates {
				if d.Kind == timex.DateAbsolute && d.Date.Precision == PrecisionDay && !d.Date.Range && d.Date.Start.After(best.Start) && bounds.clamp(d.WrittenYear()) == d.WrittenYear() {
					best = d.Date
				}
			}
		}
		if best.IsZero() {
			best = YearOf(bounds.clamp(maxYear))
		}
		a.Published, a.PublishedBy = best, PublishedInText
	}
}

// datelineDay returns the day the dateline of article a gives ("OSLO,
// March 11 (Reuters) -", «PARIS, 18 novembre (AFP) –», "LONDON, Oct 7,
// 2025 -"), with year hint when it names none (a weekday it names choosing
// among the years near it); false when it gives no day, or names no year
// and there is no hint.
func datelineDay(a *Article, hint int, years map[int]bool, bounds yearBounds) (Date, bool) {
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
			y = bounds.clamp(yearForWeekday(d, bounds.clamp(hint), years))
			if d.WrittenWeekday() < 0 {
				y = yearOfLeadWeekdays(a, line, d, y, years, bounds)
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
func yearOfLeadWeekdays(a *Article, line string, d timex.DateExpr, hint int, years map[int]bool, bounds yearBounds) int {
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
	low = max(low, bounds.lo)
	if bounds.hi > 0 {
		now = min(now, bounds.hi)
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

// yearBounds are the years an article's own words leave for the time of
// writing: from lo, the year after the last one told as gone by (or the
// latest year told), to hi, the first year told as a target; 0 when
// unbounded.
type yearBounds struct{ lo, hi int }

// clamp returns y within b.
func (b yearBounds) clamp(y int) int {
	if y == 0 {
		return 0
	}
	if b.lo > 0 && y < b.lo {
		y = b.lo
	}
	if b.hi > 0 && y > b.hi {
		y = b.hi
	}
	return y
}

// yearStance says how date d, which names its year, stands to the time of
// writing in its sentence's tokens toks: a target, still to come ("quotas
// pour 2026", «vise 30 000 recrutements sur l'année 2025», "expects a
// decline in 2026"), a deadline among them ("by March 2026", «d'ici
// 2030»), or a time gone by, which floor is the first year the writing
// can be in: the year after a whole year told in the past («26 000
// réalisés en 2024», "In 2023, Nordvind wrote down…"), the end of a
// season told so ("had fallen to 86% in the 2024-25 school year"), two
// years after the base of last year's figure ("Last year, Gulfline
// reported 14 events, up from nine in 2023"), the year after the base of
// this year's («cette année, en hausse de 7 % par rapport à 2024») or of
// a month the text names without its year (months: «en mars … contre
// 15,2 % en mars 2024»); a rule's start still to come («à partir du 1er
// janvier 2026») and a year a future verb follows ("2024 will be the
// year") are targets; none for a year told as
// ongoing ("since 2015", "so far in 2025"), a part of a year, or a year
// told in no such way.
func yearStance(toks []lexis.Token, d timex.DateExpr, months map[int]bool) (target, deadline bool, floor int) {
	k := tokenAt(toks, d.Span.Start) - 1
	for k >= 0 && toks[k].Kind == lexis.Word && lexis.InSet(toks[k].Fold, "la", "le", "l'", "the", "fin", "end", "of", "de", "d'", "a", "à", "ensemble", "annee", "year", "full", "whole", "toute") && toks[k].Fold != "ici" {
		k--
	}
	prep := lexis.FoldAt(toks, k)
	if w, _, _ := strings.Cut(strings.ToLower(d.Text), " "); w != d.Text && lexis.InSet(w, "pour", "for", "by", "ici") {
		prep = w // ("Pour 2025" read as one date)
	}
	if startOf(toks, d) {
		// «limiter la location à partir du 1er janvier 2026», "effective
		// Jan. 1, 2026": the start of what is decided, still to come
		// unless the words after it tell it as past («À partir de 2019,
		// les ventes ont chuté»)
		for j := k + 1; j < len(toks) && toks[j].Text != "," && toks[j].Text != ";"; j++ {
			if toks[j].Start >= d.Span.End && pastAt(toks, j) {
				return false, false, 0
			}
		}
		return true, false, 0
	}
	if d.Since || lexis.InSet(prep, "since", "depuis", "debut", "start", "early", "mid", "so", "cette", "this") {
		return false, false, d.WrittenYear() // «depuis le début de 2025»: that year at the earliest
	}
	from := 0 // the clause of the year: back to a comma or "that" before it
	for j := k; j >= 0; j-- {
		if lexis.InSet(toks[j].Text, ",", ";", "that", "que", "qu'") && !(j > 0 && j+1 < len(toks) && toks[j-1].Kind == lexis.Number && toks[j+1].Kind == lexis.Number) {
			from = j + 1 // (not the comma of "400,000")
			break
		}
	}
	if e := tokenAfter(toks, d.Span.End); e < len(toks) && (lexis.InSet(toks[e].Fold, "will", "would", "sera", "serait", "devrait") || futureClause(toks[e:min(len(toks), e+1)])) {
		return true, false, 0 // "2024 will be the year Vietnam fully recovers": a year still to come
	}
	if lexis.InSet(prep, "by", "until", "till", "through", "pour", "for", "ici", "jusqu'en", "horizon") &&
		!slices.ContainsFunc(toks[from:max(from, k)], func(t lexis.Token) bool { return pastWords[t.Fold] }) {
		// (and «d'ici à la fin 2026», a stretch of a year)
		return true, !lexis.InSet(prep, "pour", "for"), 0 // (not "grew from 120,000 in 2015 to nearly 400,000 by 2022": a past it reached)
	}
	if d.Date.Range {
		// "in the 2024-25 school year", told in the past: the season is
		// over, or nearly.
		if d.Kind == timex.DateRange && d.Date.Precision == PrecisionYear && d.Date.End.Year()-d.Date.Start.Year() <= 1 {
			for j := from; j < k; j++ {
				if pastAt(toks, j) {
					return false, false, d.Date.End.Year() // ("councils spent 702 million pounds in the 2023/24 financial year")
				}
			}
		}
		return false, false, 0
	}
	based := false // the year of a base the figure is set against: "contre 26 000 réalisés en 2024", "up from 3% in 2024"
	for j := k; j >= 0 && j >= k-6; j-- {
		if lexis.InSet(toks[j].Fold, "contre", "against", "compared", "than", "after", "apres", "versus", "vs", "rapport") || toks[j].Fold == "from" && j < k {
			based = true // (not "from 2026": a start still to come)
			break
		}
		if (toks[j].Text == "," || toks[j].Text == ";") && !(j > 0 && j+1 < len(toks) && toks[j-1].Kind == lexis.Number && toks[j+1].Kind == lexis.Number) { // (not the comma of «15,2 %»)
			break
		}
	}
	if based && d.Date.Precision == PrecisionMonth && !d.Date.Range && months[d.WrittenMonth()] {
		// «ont progressé de 8 % en mars … contre 15,2 % en mars 2024»,
		// "rose 5% in March, … up from 4.1% in March 2024": the same
		// month the article names without its year is a year after the
		// base's
		return false, false, d.WrittenYear() + 1
	}
	if !based && from <= k {
		for j := from; j <= k; j++ {
			if (forecastVerbs[toks[j].Fold] || targetVerbs[toks[j].Fold] || futureWords[toks[j].Fold]) && !toks[j].Upper() {
				return true, false, 0
			}
		}
		if futureClause(toks[from : k+1]) {
			return true, false, 0
		}
	}
	if d.Date.Precision != PrecisionYear {
		return false, false, 0
	}
	for j := 0; based && j+1 < len(toks); j++ {
		if toks[j].Fold == "this" && toks[j+1].Fold == "year" || toks[j].Fold == "cette" && toks[j+1].Fold == "annee" {
			return false, false, d.WrittenYear() + 1 // «cette année, en hausse de 7 % par rapport à 2024»: this year is 2025 at the earliest
		}
	}
	for j := range toks {
		if lexis.InSet(toks[j].Fold, "far", "jusqu'ici", "date", "cours") || (futureWords[toks[j].Fold] || forecastVerbs[toks[j].Fold]) && !toks[j].Upper() {
			return false, false, 0 // "so far in 2025", "year to date", «en cours», "plans to sell in 2026"
		}
	}
	y := d.WrittenYear()
	if based {
		for j := range toks {
			if j+1 < len(toks) && (lexis.InSet(toks[j].Fold, "last", "dernier", "derniere", "passe") && lexis.InSet(toks[j+1].Fold, "year", "annee", "an") ||
				lexis.InSet(toks[j].Fold, "an", "annee") && lexis.InSet(toks[j+1].Fold, "dernier", "derniere", "passe")) {
				return false, false, y + 2 // "Last year, … up from nine in 2023": last year is 2024
			}
		}
		from = 0 // (the verb of the figure the base is set against: "reported 14, up from nine in 2023")
	}
	e := k + 1 // the token after the year
	for e < len(toks) && toks[e].Start < d.Span.End {
		e++
	}
	if (k < 0 || k == 0 && toks[0].Kind == lexis.Word) && e < len(toks) && toks[e].Text == "," {
		// "In 2023, Nordvind wrote down…", «Sur l'ensemble de l'année 2024,
		// le chiffre avait atteint 65 700»: a fronted year, told in the
		// past
		for j := e + 1; j < len(toks) && j <= e+6; j++ {
			if pastAt(toks, j) {
				return false, false, y + 1
			}
		}
		return false, false, 0
	}
	// «26 000 réalisés en 2024», "Chile produced 49,000 tonnes in 2023":
	// a verb in the past in its clause, before it (not «a proposé une
	// revalorisation de 4,5 % en 2025»: a change still to come, which the
	// year dates)
	for j := k; j >= from; j-- {
		if plannedChanges[toks[j].Fold] {
			return false, false, 0
		}
		if pastAt(toks, j) {
			return false, false, y + 1
		}
	}
	return false, false, 0
}

// startOf reports whether date d, in tokens toks, is the start of what
// is decided: «à partir du 1er janvier 2026», «à partir de 2026»,
// "effective Jan. 1, 2026", "starting March 1, 2026", «dès le 1er mars».
func startOf(toks []lexis.Token, d timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start) - 1
	for k >= 0 && lexis.InSet(toks[k].Fold, "la", "le", "l'", "the", "on") {
		k--
	}
	prep := lexis.FoldAt(toks, k)
	return lexis.InSet(prep, "du", "de", "d'") && lexis.FoldAt(toks, k-1) == "partir" || lexis.InSet(prep, "starting", "effective", "des") && d.Date.Precision == PrecisionDay
}

// plannedFor reports whether date d, in tokens toks, names the year a plan
// is for: "quotas pour 2026", "the budget for 2026".
func plannedFor(toks []lexis.Token, d timex.DateExpr) bool {
	first, _, _ := strings.Cut(strings.ToLower(d.Text), " ")
	return lexis.InSet(first, "pour", "for") || lexis.InSet(lexis.FoldAt(toks, tokenAt(toks, d.Span.Start)-1), "pour", "for")
}

// plannedChanges name a change a year may date as a plan: "a pay rise of
// 3.5% in 2026", «une revalorisation de 4,5 % en 2025».
var plannedChanges = lexis.SetOf("rise", "increase", "raise", "cut", "cuts", "offer", "proposal", "hausse", "baisse", "augmentation", "revalorisation",
	"reduction", "offre", "proposition", "hike")

// pastAt reports whether token j tells the past: a verb of pastWords, or
// the participle after «a», «avait», "had".
func pastAt(toks []lexis.Token, j int) bool {
	f := toks[j].Fold
	if toks[j].Kind == lexis.Word && !toks[j].Upper() && lexis.EnglishPast(f) && !futureWords[f] && !forecastVerbs[f] && !targetVerbs[f] && !notPastWords[f] {
		return true // "councils spent", "the plant exploded" (not "planned", "forecasted")
	}
	return pastWords[f] || j > 0 && lexis.InSet(toks[j-1].Fold, "a", "ont", "avait", "avaient", "had") && toks[j].Kind == lexis.Word &&
		(strings.HasSuffix(f, "e") || strings.HasSuffix(f, "i") || strings.HasSuffix(f, "u") || strings.HasSuffix(f, "it") || strings.HasSuffix(f, "ed"))
}

// notPastWords have the form of a verb in the past but tell no time gone
// by before a year: "estimated", "budgeted", "aimed", "announced plans".
var notPastWords = lexis.SetOf("estimated", "budgeted", "aimed", "intended", "proposed", "announced", "forecasted", "predicted", "targeted", "earmarked",
	"allocated", "committed", "approved", "agreed", "decided", "vowed", "pledged", "promised", "hoped", "wanted")

// futureWords tell what is still to come: a year after them is a target.
var futureWords = lexis.SetOf("will", "shall", "'ll", "would", "va", "vont", "devrait", "devraient", "pourrait", "pourraient", "aim", "aims", "plans", "plan", "planned",
	"pledged", "promised", "expected", "projected", "due", "scheduled", "slated", "intends", "visent", "prevoient", "objectif", "target", "goal",
	"targeting", "aiming")

// pastWords tell a year as gone by: "Chile produced 49,000 tonnes in 2023",
// «26 000 réalisés en 2024», «le chiffre avait atteint 65 700».
var pastWords = lexis.SetOf("was", "were", "had", "produced", "recorded", "reported", "posted", "sold", "earned", "made", "reached", "rose", "fell",
	"grew", "recruited", "hired", "welcomed", "attracted", "registered", "totalled", "totaled", "wrote", "lost", "realises", "realisees", "realise",
	"enregistre", "enregistres", "accueilli", "atteint", "comptait", "etait", "etaient", "avait", "avaient", "recrute", "recrutes", "vendu", "vendus", "debarque")

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
			at := d.Date.End // (a whole year's end; the start of a shorter stretch: "le 12 août" falls within «l'été 2025», not before it)
			if d.Date.Precision != PrecisionYear {
				at = d.Date.Start
			}
			if d.Kind == timex.DateAbsolute && d.WrittenYear() == y && at.After(latest) {
				latest = at
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
