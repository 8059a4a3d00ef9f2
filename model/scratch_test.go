package model

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	set, err := LoadFS(context.Background(), os.DirFS("../assets/articles"), "x", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range set.Articles {
		fmt.Printf("== %s lang=%s title=%q pub=%v by=%s body=%v\n", a.Name, a.Lang, a.Title, a.Published, a.PublishedBy, a.Body)
		for _, d := range a.Dropped {
			fmt.Printf("  DROP %s: %q\n", d.Reason, trunc(a.Slice(d.Span), 60))
		}
		for _, d := range FindDates(a.Text, a.Lang, Day(2021, 10, 5)) {
			fmt.Printf("  DATE %-30q %s %s %s\n", d.Text, d.Kind, d.Date, d.Duration)
		}
		for _, n := range FindNumbers(a.Text, a.Lang) {
			fmt.Printf("  NUM %-30q %v q=%s ord=%v from=%v year=%v\n", n.Text, n.Value, n.Qualifier, n.Ordinal, n.From, n.Year)
		}
	}
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
