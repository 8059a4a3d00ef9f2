package eval

import (
	"context"
	"io/fs"
	"os"
	"path"
	"sort"
	"time"

	"github.com/claimline/claimline/model"
)

// DefaultCorpora is where the corpora folder is looked for, relative to the
// working directory: beside the repository.
const DefaultCorpora = "../shared/corpora"

// Report is the scoring of a program's claims against a gold set.
type Report struct {
	// Articles are the scored articles, by name.
	Articles []ArticleResult
	// Totals are the figures per language ("fr", "en") and for "all".
	Totals map[string]*Totals
	// Problems are the files that could not be loaded, for a person.
	Problems []model.Problem
	// Build is how long loading and building the timelines took.
	Build time.Duration
}

// Scopes are the keys of Report.Totals, in the order they are shown.
var Scopes = []string{"fr", "en", "all"}

// Evaluate loads the articles the gold claims name from the corpora folder,
// builds their timelines with the model and scores the claims. The articles
// of each corpus folder (wikinews-fr, wikinews-en/apple…) form one set, as a
// person would open them. A name "french-timebank/<docid>" is a document of
// French TimeBank's ftib_docs.jsonl, built from its text and published on its
// dct; those documents form one set too.
func Evaluate(ctx context.Context, corpora string, golds []Gold) (*Report, error) {
	return EvaluateFS(ctx, os.DirFS(corpora), golds)
}

// EvaluateFS is Evaluate over any file system holding the corpora.
func EvaluateFS(ctx context.Context, corpora fs.FS, golds []Gold) (*Report, error) {
	start := time.Now()
	byFolder := map[string][]string{}
	seen := map[string]bool{}
	for _, g := range golds {
		name := path.Clean(g.Article)
		if !seen[name] {
			seen[name] = true
			byFolder[path.Dir(name)] = append(byFolder[path.Dir(name)], name)
		}
	}
	folders := make([]string, 0, len(byFolder))
	for f := range byFolder {
		folders = append(folders, f)
	}
	sort.Strings(folders)
	var timelines []*model.Timeline
	var problems []model.Problem
	for _, dir := range folders {
		tb, files := splitTimebank(byFolder[dir])
		if len(tb) > 0 {
			set, ps := loadTimebank(ctx, corpora, tb)
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			problems = append(problems, ps...)
			if set != nil {
				t, err := model.BuildContext(ctx, set)
				if err != nil {
					return nil, err
				}
				timelines = append(timelines, t)
			}
		}
		if len(files) == 0 {
			continue
		}
		set, err := model.LoadFS(ctx, only(corpora, files), dir, model.LoadOptions{})
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if set != nil {
			problems = append(problems, set.Problems...)
		}
		if err != nil || set == nil {
			continue
		}
		t, err := model.BuildContext(ctx, set)
		if err != nil {
			return nil, err
		}
		timelines = append(timelines, t)
	}
	for _, name := range sortedKeys(seen) {
		if !loaded(timelines, name) && !hasProblem(problems, name) {
			problems = append(problems, model.Problem{File: name, Err: fs.ErrNotExist})
		}
	}
	r := Score(golds, timelines...)
	r.Problems = problems
	r.Build = time.Since(start)
	return r, nil
}

func loaded(ts []*model.Timeline, name string) bool {
	for _, t := range ts {
		for _, a := range t.Articles {
			if a.Name == name {
				return true
			}
		}
	}
	return false
}

func hasProblem(ps []model.Problem, name string) bool {
	for _, p := range ps {
		if p.File == name {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]bool) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Score judges the gold claims against the claims of the timelines, which
// hold the articles the gold names (an article it does not find is counted
// as missing: every gold claim of it missed).
func Score(golds []Gold, timelines ...*model.Timeline) *Report {
	type where struct {
		a      *model.Article
		claims []*model.Claim
	}
	articles := map[string]*where{}
	for _, t := range timelines {
		for i, a := range t.Articles {
			w := &where{a: a}
			for ci := range t.Claims {
				if t.Claims[ci].Article == i {
					w.claims = append(w.claims, &t.Claims[ci])
				}
			}
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				articles[n] = w
			}
		}
	}
	byArticle := map[string][]*Gold{}
	var names []string
	for i := range golds {
		g := &golds[i]
		name := path.Clean(g.Article)
		if byArticle[name] == nil {
			names = append(names, name)
		}
		byArticle[name] = append(byArticle[name], g)
	}
	sort.Strings(names)
	r := &Report{Totals: map[string]*Totals{}}
	for _, s := range Scopes {
		r.Totals[s] = &Totals{}
	}
	for _, name := range names {
		var ar ArticleResult
		if w := articles[name]; w != nil {
			ar = scoreArticle(w.a, byArticle[name], w.claims)
		} else {
			ar = scoreArticle(nil, byArticle[name], nil)
		}
		ar.Name = name
		r.Articles = append(r.Articles, ar)
		r.Totals[ar.Lang].add(&ar)
		r.Totals["all"].add(&ar)
	}
	return r
}

// only is fsys restricted to the files named (and the folders above them),
// so that LoadFS reads just those.
func only(fsys fs.FS, names []string) fs.FS {
	keep := map[string]bool{".": true}
	for _, n := range names {
		for p := n; p != "." && p != "/"; p = path.Dir(p) {
			keep[p] = true
		}
	}
	return onlyFS{fsys, keep}
}

type onlyFS struct {
	fs.FS
	keep map[string]bool
}

func (o onlyFS) Open(name string) (fs.File, error) {
	if !o.keep[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.FS.Open(name)
}

func (o onlyFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if !o.keep[name] {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	es, err := fs.ReadDir(o.FS, name)
	var out []fs.DirEntry
	for _, e := range es {
		if o.keep[path.Join(name, e.Name())] {
			out = append(out, e)
		}
	}
	return out, err
}
