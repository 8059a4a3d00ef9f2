package main

import (
	"io"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestMainWindowLoadsBeforeItRuns checks that the set starts loading as the
// window is built, not once it runs: under a software renderer on a busy
// machine, creating the window's GL context took longer than reading a
// six-article set, and the set waited for it. The test app never runs its
// lifecycle, so a load started on start-up would never end here. (Only the
// embedded set: a folder's progress is reported from several goroutines,
// which the test driver's fyne.Do does not serialise.)
func TestMainWindowLoadsBeforeItRuns(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paths []string
		want  int // articles, at least
	}{
		{"embedded set", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			loaded := make(chan struct{})
			w := newMainWindow(a, tc.paths, io.Discard, func() { close(loaded) })
			select {
			case <-loaded:
			case <-time.After(20 * time.Second):
				t.Fatal("the set did not load before the window ran")
			}
			cur := w.Current()
			if cur == nil || len(cur.Articles) < tc.want {
				t.Fatalf("loaded %v, want at least %d articles", cur, tc.want)
			}
		})
	}
}
