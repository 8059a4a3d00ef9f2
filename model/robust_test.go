package model

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/claimline/claimline/assets"
)

// longArticle returns one article of about n bytes made of the default
// articles' paragraphs, each numbered so that none repeats.
func longArticle(b testing.TB, n int) []byte {
	b.Helper()
	var paras []string
	err := fs.WalkDir(assets.Articles(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := fs.ReadFile(assets.Articles(), p)
		for _, l := range strings.Split(string(text), "\n") {
			if len(l) > 40 {
				paras = append(paras, l)
			}
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	for i := 0; out.Len() < n; i++ {
		fmt.Fprintf(&out, "%s (passage %d)\n\n", paras[i*7%len(paras)], i)
	}
	return out.Bytes()
}

// BenchmarkLongArticle extracts the claims of one 4 MB article. Target:
// under 2 s, growing linearly with the size (the loader takes articles up
// to MaxFileSize, 16 MB). Looking up each sentence's first word in the
// whole text made it quadratic: 13 s for 4 MB, 4.5 minutes for 15 MB.
func BenchmarkLongArticle(b *testing.B) {
	raw := longArticle(b, 4<<20)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		a, err := ParseArticle("long.txt", raw, false)
		if err != nil {
			b.Fatal(err)
		}
		Build(&Set{Articles: []*Article{a}})
	}
}

// BuildContext stops when its context ends, with the context's error and
// no timeline; uncancelled, it builds what Build builds.
func TestBuildContextCancel(t *testing.T) {
	set := SynthSet(300, 5)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if tl, err := BuildContext(ctx, set); err != context.Canceled || tl != nil {
		t.Fatalf("cancelled before: %v, %v", tl != nil, err)
	}
	// Cancelled while it runs: the error is the context's.
	ctx, cancel = context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		_, err := BuildContext(ctx, SynthSet(3000, 6))
		done <- err
	}()
	cancel()
	if err := <-done; err != nil && err != context.Canceled {
		t.Fatalf("cancelled while running: %v", err)
	}
	got, err := BuildContext(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	if want := Build(set); len(got.Events) != len(want.Events) || len(got.Claims) != len(want.Claims) {
		t.Fatalf("BuildContext: %d events, %d claims; Build: %d, %d", len(got.Events), len(got.Claims), len(want.Events), len(want.Claims))
	}
}
