//go:build unix

package text

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLoadPathsNamedPipe names a pipe, a device and an article on the
// command line: the pipe and the device are refused at once (opening a pipe
// would wait for a writer forever, a device would be read to the size
// limit) and the article loads.
func TestLoadPathsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	good := filepath.Join(dir, "good.txt")
	writeTestFile(t, good, []byte(messyArticle))
	done := make(chan struct{})
	var set *Set
	var err error
	go func() {
		defer close(done)
		set, err = LoadPaths(context.Background(), []string{pipe, "/dev/zero", good}, LoadOptions{})
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("loading a named pipe hangs")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 1 || len(set.Problems) != 2 {
		t.Fatalf("articles %d, problems %v: want good.txt loaded and two problems", len(set.Articles), set.Problems)
	}
	for _, p := range set.Problems {
		if !strings.Contains(p.Error(), "not a file") {
			t.Errorf("problem %q does not say it is not a file", p.Error())
		}
	}
}

// A file that becomes a named pipe between the folder scan and its reading
// is refused with a named problem; loading does not wait for a writer.
func TestLoadFileSwappedForPipe(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "swapped.txt")
	writeTestFile(t, name, []byte(messyArticle))
	writeTestFile(t, filepath.Join(dir, "good.txt"), []byte(messyArticle+"\n\nEncore une phrase."))
	w := walker{ctx: context.Background(), seen: map[string]bool{}, root: dir}
	w.walk(dir, "")
	if len(w.srcs) != 2 {
		t.Fatalf("scanned %d files, want 2", len(w.srcs))
	}
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan struct{})
	var set *Set
	var err error
	go func() {
		defer close(done)
		set, err = load(context.Background(), "swap", w.srcs, nil, LoadOptions{})
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("loading a file swapped for a named pipe hangs")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 1 || len(set.Problems) != 1 || set.Problems[0].File != "swapped.txt" || !strings.Contains(set.Problems[0].Error(), "not a file") {
		t.Fatalf("articles %d, problems %v: want good.txt loaded and swapped.txt refused as not a file", len(set.Articles), set.Problems)
	}
}

// A folder walk is linear in depth: 1,000 nested folders (each level
// resolved its whole path: 12 s, 2,000 levels 122 s) take well under a
// second, with the article at the bottom found.
func TestDeepFolderWalk(t *testing.T) {
	root := t.TempDir()
	dir := root
	for i := 0; i < 1000; i++ {
		dir = filepath.Join(dir, "d")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Skipf("cannot nest folders this deep here: %v", err)
		}
	}
	writeTestFile(t, filepath.Join(dir, "deep.txt"), []byte(messyArticle))
	start := time.Now()
	w := walker{ctx: context.Background(), seen: map[string]bool{}, root: root}
	w.walk(root, "")
	took := time.Since(start)
	if len(w.srcs) != 1 || len(w.problems) != 0 {
		t.Fatalf("found %d files, problems %v", len(w.srcs), w.problems)
	}
	limit := 2 * time.Second
	if raceEnabled {
		limit *= 5
	}
	if took > limit {
		t.Errorf("walking 1,000 levels took %v, want < %v", took, limit)
	}
	t.Logf("1,000 levels walked in %v", took)
}
