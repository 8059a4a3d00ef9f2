package ui

import (
	"strings"
	"sync"

	"github.com/claimline/claimline/model/search"
)

// searchRequest is one query for the worker.
type searchRequest struct {
	query string
	index Searcher
	reply func(hits []search.Hit)
}

// searchWorker runs searches one at a time on its own goroutine. Only the
// latest request waits: a query typed while another is searched replaces
// any query still waiting, so fast typing never queues stale work. When a
// query extends the previous one on the same index, it narrows the previous
// hits (Searcher.Refine) instead of searching everything again.
type searchWorker struct {
	mu      sync.Mutex
	pending *searchRequest
	wake    chan struct{}
	stopped bool
}

// newSearchWorker starts a worker.
func newSearchWorker() *searchWorker {
	w := &searchWorker{wake: make(chan struct{}, 1)}
	go w.run()
	return w
}

// send queues r, replacing a request that has not started.
func (w *searchWorker) send(r searchRequest) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stopped {
		return
	}
	w.pending = &r
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// stop ends the worker once the running search, if any, is done.
func (w *searchWorker) stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.stopped {
		w.stopped = true
		close(w.wake)
	}
}

// run answers requests until stop.
func (w *searchWorker) run() {
	var last searchRequest
	var lastHits []search.Hit
	for range w.wake {
		w.mu.Lock()
		r := w.pending
		w.pending = nil
		w.mu.Unlock()
		if r == nil {
			continue
		}
		var hits []search.Hit
		if last.index == r.index && last.query != "" && strings.HasPrefix(r.query, last.query) {
			hits = r.index.Refine(r.query, lastHits)
		} else {
			hits = r.index.Search(r.query)
		}
		last, lastHits = *r, hits
		r.reply(hits)
	}
}
