package text

import (
	"context"
	"strings"
	"testing"
)

// A file whose reading panics is a problem of that file, with its name in
// the message, not the end of the program.
func TestAPanicReadingAFileIsItsProblem(t *testing.T) {
	defer func(f func(context.Context, string, []byte, bool) (parsedArticle, error)) { readText = f }(readText)
	readText = func(context.Context, string, []byte, bool) (parsedArticle, error) { panic("index out of range") }
	a, err := ParseArticle("ski.txt", []byte("Title\n\nSome text."), false)
	if a != nil || err == nil || !strings.Contains(err.Error(), "ski.txt") {
		t.Fatalf("got %v, %v; want no article and an error naming the file", a, err)
	}
}
