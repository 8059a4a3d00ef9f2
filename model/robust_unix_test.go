//go:build unix

package model

import (
	"context"
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
