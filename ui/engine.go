package ui

import (
	"context"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/search"
)

// Engine is the model behind the window. ModelEngine returns the real one;
// tests give their own to control timing and failures.
type Engine struct {
	// Default loads and builds the embedded article set.
	Default func(ctx context.Context) (*model.Timeline, error)
	// Load loads the files and folders at paths and builds their timeline.
	// The error is non-nil only when nothing loaded or ctx ended; per-file
	// problems are in Timeline.Problems. progress is called from loader
	// goroutines: with the files loaded and their count, then, while the
	// timeline is built, with the sentences read and minus their count
	// (total < 0), so that it moves during one long article.
	Load func(ctx context.Context, paths []string, progress func(done, total int)) (*model.Timeline, error)
	// Index builds the search index of a timeline.
	Index func(t *model.Timeline) Searcher
}

// Searcher is the fuzzy search over a timeline's claims.
type Searcher interface {
	// Search returns the hits of query, best first.
	Search(query string) []search.Hit
	// Refine narrows prev, the hits of a shorter query, to those of query.
	Refine(query string, prev []search.Hit) []search.Hit
}

// ModelEngine returns the engine on package model: the embedded set, files
// and folders from disk, and the Index of package model/search.
func ModelEngine() Engine {
	return Engine{
		Default: func(ctx context.Context) (*model.Timeline, error) {
			t, err := model.Default(ctx)
			if t != nil {
				t.Localize(Language())
			}
			return t, err
		},
		Load: func(ctx context.Context, paths []string, progress func(done, total int)) (*model.Timeline, error) {
			set, err := model.LoadPaths(ctx, paths, model.LoadOptions{Progress: progress})
			if err != nil {
				if set != nil {
					return &model.Timeline{Name: set.Name, NameParts: set.NameParts, Problems: set.Problems}, err
				}
				return nil, err
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			var built func(done, total int)
			if progress != nil {
				built = func(done, total int) { progress(done, -total) }
			}
			t, err := model.BuildProgress(ctx, set, built)
			if err != nil {
				return nil, err
			}
			t.Localize(Language())
			return t, nil
		},
		Index: func(t *model.Timeline) Searcher { return search.NewIndex(t) },
	}
}
