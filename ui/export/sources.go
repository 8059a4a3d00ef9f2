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
}

// text returns the footnote as written under the timeline, without its
// number: "Title — Publication, 5 October 2021 (file.txt)".
func (f footnote) text() string {
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
		meta = append(meta, f.Article.Published.Human())
	} else {
		meta = append(meta, "date unknown")
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

// refMark writes the footnote numbers of one or more events as a reference
// mark: "[1,3]", each number once, in order; "" when there is none.
func refMark(nums ...[]int) string {
	var all []int
	for _, n := range nums {
		all = append(all, n...)
	}
	sort.Ints(all)
	var b strings.Builder
	last := 0
	for _, n := range all {
		if n == last || n <= 0 {
			continue
		}
		if last == 0 {
			b.WriteByte('[')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
		last = n
	}
	if last == 0 {
		return ""
	}
	b.WriteByte(']')
	return b.String()
}

// published returns a footnote's article's publication date.
func published(f footnote) model.Date {
	if f.Article == nil {
		return model.Date{}
	}
	return f.Article.Published
}
