package model

import (
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timex"
)

// ArticleDates returns the date expressions of the article's kept sentences
// (not of the parts cleaning set aside), resolved against ref.
func ArticleDates(a *Article, ref Date) []timex.DateExpr {
	var out []timex.DateExpr
	for _, s := range a.Sentences {
		out = append(out, timex.FindDatesAfter(a.Text, lexis.Tokenize(a.Text, s.Start, s.End), a.Lang, ref, out)...)
	}
	timex.AnchorFiscalQuarters(func(yield func([]timex.DateExpr) bool) { yield(out) })
	return out
}
