package export

import (
	"sort"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model"
)

// footnote is one numbered source of the image: an article that supports
// at least one drawn event.
type footnote struct {
	N       int
	Article *model.Article
	// Name and Title stand in when the article is not in the timeline.
	Name, Title string
	// Mark and Note are a person's note on an event (Options.Notes), with
	// its mark ("*1"), numbered after the sources.
	Mark, Note string
}

// label is the footnote's number as written before it: "[3]", or its mark
// for a note.
func (f footnote) label() string {
	if f.Mark != "" {
		return f.Mark
	}
	return "[" + strconv.Itoa(f.N) + "]"
}

// text returns the footnote as written under the timeline, without its
// number: "Title — Publication, 5 October 2021 (file.txt)".
func (f footnote) text(w words) string {
	if f.Mark != "" {
		return f.Note
	}
	title, name := f.Title, f.Name
	var b strings.Builder
	if f.Article != nil {
		title, name = f.Article.Title, f.Article.Name
	}
	if title == "" {
		title = name
	}
	b.WriteString(title)
	var meta []string
	if f.Article != nil && f.Article.Source != "" {
		meta = append(meta, f.Article.Source)
	}
	if f.Article != nil && !f.Article.Published.IsZero() {
		meta = append(meta, w.date(f.Article.Published))
	} else {
		meta = append(meta, w.L("date unknown"))
	}
	b.WriteString(" — ")
	b.WriteString(strings.Join(meta, ", "))
	if name != "" && name != title {
		b.WriteString(" (" + name + ")")
	}
	return b.String()
}

// citations numbers the articles behind events (indexes into t.Events) and
// returns the footnotes, in number order, and for each event the numbers of
// its articles, which its label cites as "[1,3]". Articles are numbered by
// publication date, then name, so that numbers read in time order.
func citations(t *model.Timeline, events []int) ([]footnote, map[int][]int) {
	byName := make(map[string]*model.Article, len(t.Articles))
	for _, a := range t.Articles {
		byName[a.Name] = a
	}
	index := map[string]int{}
	var notes []footnote
	for _, i := range events {
		for _, s := range t.Events[i].Sources {
			if _, ok := index[s.Article]; ok {
				continue
			}
			index[s.Article] = len(notes)
			notes = append(notes, footnote{Article: byName[s.Article], Name: s.Article, Title: s.Title})
		}
	}
	sort.SliceStable(notes, func(a, b int) bool {
		da, db := published(notes[a]), published(notes[b])
		if c := da.Compare(db); c != 0 && !da.IsZero() && !db.IsZero() {
			return c < 0
		}
		if da.IsZero() != db.IsZero() {
			return !da.IsZero()
		}
		return notes[a].Name < notes[b].Name
	})
	for k := range notes {
		notes[k].N = k + 1
		index[notes[k].Name] = k + 1
	}
	refs := make(map[int][]int, len(events))
	for _, i := range events {
		var nums []int
		for _, s := range t.Events[i].Sources {
			nums = append(nums, index[s.Article])
		}
		refs[i] = nums
	}
	return notes, refs
}

// maxRefs is the most numbers or runs a reference mark spells out; the
// rest are counted ("+41"), and the footnotes list them all.
const maxRefs = 4

// refMark writes the footnote numbers of one or more events as a reference
// mark: "[1,3]", each number once, in order, runs of three or more as
// "[1–5]", and past maxRefs items a count of the rest: "[2,7,9 +12]"; ""
// when there is no number.
func refMark(nums ...[]int) string {
	var all []int
	for _, n := range nums {
		all = append(all, n...)
	}
	sort.Ints(all)
	uniq := all[:0]
	for _, n := range all {
		if n > 0 && (len(uniq) == 0 || uniq[len(uniq)-1] != n) {
			uniq = append(uniq, n)
		}
	}
	if len(uniq) == 0 {
		return ""
	}
	type run struct{ from, to int }
	var runs []run
	for _, n := range uniq {
		if k := len(runs) - 1; k >= 0 && runs[k].to == n-1 {
			runs[k].to = n
			continue
		}
		runs = append(runs, run{n, n})
	}
	var items []string
	for _, r := range runs {
		switch {
		case r.to-r.from >= 2:
			items = append(items, strconv.Itoa(r.from)+"–"+strconv.Itoa(r.to))
		case r.to > r.from:
			items = append(items, strconv.Itoa(r.from), strconv.Itoa(r.to))
		default:
			items = append(items, strconv.Itoa(r.from))
		}
	}
	rest := ""
	if len(items) > maxRefs {
		shown := items[:maxRefs-1]
		n := len(uniq)
		for _, it := range shown {
			a, b, ok := strings.Cut(it, "–")
			if !ok {
				n--
				continue
			}
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			n -= y - x + 1
		}
		items, rest = shown, " +"+strconv.Itoa(n)
	}
	return "[" + strings.Join(items, ",") + rest + "]"
}

// published returns a footnote's article's publication date.
func published(f footnote) model.Date {
	if f.Article == nil {
		return model.Date{}
	}
	return f.Article.Published
}
