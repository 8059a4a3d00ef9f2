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
// returns the footnotes, in number order, and for each event the reference
// mark its label carries, such as "[1,3]". Articles are numbered by
// publication date, then name, so that numbers read in time order.
func citations(t *model.Timeline, events []int) ([]footnote, map[int]string) {
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
	refs := make(map[int]string, len(events))
	var nums []int
	for _, i := range events {
		nums = nums[:0]
		for _, s := range t.Events[i].Sources {
			nums = append(nums, index[s.Article])
		}
		sort.Ints(nums)
		var b strings.Builder
		b.WriteByte('[')
		last := 0
		for _, n := range nums {
			if n == last {
				continue
			}
			if last != 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(n))
			last = n
		}
		b.WriteByte(']')
		if last != 0 {
			refs[i] = b.String()
		}
	}
	return notes, refs
}

// published returns a footnote's article's publication date.
func published(f footnote) model.Date {
	if f.Article == nil {
		return model.Date{}
	}
	return f.Article.Published
}
