package timex

import (
	"github.com/claimline/claimline/model/claim"
	"sort"

	"github.com/claimline/claimline/model/lexis"
)

// anchorQuotes resolves the relative words inside a quotation against the
// date of the statement, when the verb that reports it has a day of its own
// next to it: in "« Hier, nous avons dépassé 70 millions », a déclaré mardi
// Pavel Durov", "hier" is the Monday before that Tuesday, not the day before
// publication. The statement's date is a day-precise expression outside the
// quotes within four words after the speech verb or six before it ("Mardi, Pavel Durov a déclaré"), which stands within eight
// words after the quote's end or before its start.
func anchorQuotes(text string, toks []lexis.Token, out []DateExpr, ref Date) {
	if len(toks) == 0 || len(out) < 2 {
		return
	}
	// Only a passage with a word that reports speech and a relative word
	// can need it.
	speech, dependent := false, false
	for k := range toks {
		if toks[k].Is(lexis.SpeechVerb) {
			speech = true
			break
		}
	}
	for k := range out {
		dependent = dependent || quoteDependent(&out[k])
	}
	if !speech || !dependent {
		return
	}
	quotes := tokenQuotes(toks)
	for _, q := range quotes {
		inside := false
		for k := range out {
			inside = inside || quoteDependent(&out[k]) && out[k].Span.Start >= q.Start && out[k].Span.End <= q.End
		}
		if !inside {
			continue
		}
		stmt := statementDate(toks, out, q)
		if stmt.IsZero() {
			continue
		}
		for k := range out {
			e := &out[k]
			if !quoteDependent(e) || e.Span.Start < q.Start || e.Span.End > q.End {
				continue
			}
			e.Date = Date{}
			Resolve(e, stmt)
			if e.Kind == DateRange || e.Date.IsZero() {
				Resolve(e, ref) // keep the publication's reading
				continue
			}
			e.AnchorDate, e.Anchor = stmt, "statement"
			e.Direction = dateDirection(e, stmt)
		}
	}
}

// quoteDependent reports whether e's date is read from the time it was
// said: a relative word or a weekday, not an anaphor nor a clock time.
func quoteDependent(e *DateExpr) bool {
	if !e.Relative || e.Kind == DateClock || e.Kind == DateRange || e.rel == "anaphor" || e.rel == "season" {
		return false
	}
	return e.rel != "" || e.weekday >= 0 && e.month == 0
}

// statementDate returns the day of the statement that quote q reports, or
// the zero date.
func statementDate(toks []lexis.Token, out []DateExpr, q lexis.Span) Date {
	// The tokens just before and after the quote.
	first := sort.Search(len(toks), func(k int) bool { return toks[k].End > q.Start }) - 1
	last := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= q.End })
	if last == len(toks) {
		last = -1
	}
	var verbs []int
	for k := last; last >= 0 && k < min(len(toks), last+8); k++ {
		if lexis.IsSpeechVerb(toks, k) {
			verbs = append(verbs, k)
		}
	}
	for k := first; k >= 0 && k > first-8; k-- {
		if lexis.IsSpeechVerb(toks, k) {
			verbs = append(verbs, k)
		}
	}
	for _, v := range verbs {
		for m := range out {
			d := &out[m]
			if d.Date.IsZero() || d.Date.Range || d.Date.Precision != claim.PrecisionDay || d.Span.Start < q.End && d.Span.End > q.Start {
				continue
			}
			at := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= d.Span.Start })
			if at < len(toks) && at-v <= 4 && v-at <= 6 {
				return d.Date
			}
		}
	}
	return Date{}
}

// tokenQuotes finds the quoted stretches of a passage from its tokens: « … »,
// “ … ” and straight "…" pairs (the quotes' insides, marks excluded).
func tokenQuotes(toks []lexis.Token) []lexis.Span {
	var out []lexis.Span
	open, want := -1, ""
	for k := range toks {
		t := &toks[k]
		if t.Kind != lexis.Punct {
			continue
		}
		switch {
		case open < 0 && (t.Text == "«" || t.Text == "“" || t.Text == "\""):
			open, want = k, t.Text
			switch t.Text {
			case "«":
				want = "»"
			case "“":
				want = "”"
			}
		case open >= 0 && t.Text == want:
			if k > open+1 {
				out = append(out, lexis.Span{Start: toks[open+1].Start, End: toks[k-1].End})
			}
			open = -1
		}
	}
	return out
}
