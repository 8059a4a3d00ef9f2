package ui

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestOpenCancelLeavesNoGoroutine opens a folder from disk with the real
// engine and cancels the load at a random moment, 100 times, then checks
// that the window keeps its set and that the number of goroutines comes
// back to where it was. A load that finishes before its cancel shows its
// set; one that is cancelled leaves the set that was open.
func TestOpenCancelLeavesNoGoroutine(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		p := filepath.Join(dir, fmt.Sprintf("d%d", i%4), fmt.Sprintf("a%02d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Le %d octobre 2021, Telegram a gagné %d millions d'utilisateurs, a déclaré Pavel Durov.", 1+i%28, i+1)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	engine := ModelEngine()
	h := newHarness(t, &engine)
	h.loaded(t)
	name := h.w.current.Name
	// run pumps the UI queue for d.
	run := func(d time.Duration) {
		timer := time.NewTimer(d)
		defer timer.Stop()
		for {
			select {
			case f := <-h.queue:
				f()
			case <-timer.C:
				return
			}
		}
	}
	run(50 * time.Millisecond)
	runtime.GC()
	baseline := runtime.NumGoroutine()
	rng := rand.New(rand.NewSource(6))
	finished := 0
	h.w.loader.done = func() { finished++ }
	for i := 0; i < 100; i++ {
		h.w.Open([]string{dir})
		run(time.Duration(rng.Intn(4000)) * time.Microsecond)
		h.w.loader.cancel()
	}
	if finished > 50 {
		t.Errorf("%d of 100 loads finished before their cancel: the test does not test cancelling", finished)
	}
	if h.w.current.Name != name && finished == 0 {
		t.Errorf("the window shows %q after 100 cancelled loads, want %q", h.w.current.Name, name)
	}
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(5 * time.Second); n > baseline && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		run(20 * time.Millisecond)
	}
	if n > baseline {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines after 100 cancelled loads, %d before:\n%s", n, baseline, buf[:runtime.Stack(buf, true)])
	}
	t.Logf("%d loads cancelled, %d finished first; goroutines %d, baseline %d", 100-finished, finished, n, baseline)
}
