package model

// anchorQuotes resolves the relative words inside a quotation against the
// date of the statement, when the verb that reports it has a day of its own
// next to it: in "« Hier, nous avons dépassé 70 millions », a déclaré mardi
// Pavel Durov", "hier" is the Monday before that Tuesday, not the day before
// publication. The statement's date is a day-precise expression outside the
// quotes within four words after the speech verb or six before it ("Mardi, Pavel Durov a déclaré"), which stands within eight
// words after the quote's end or before its start.
func anchorQuotes(text string, toks []Token, out []DateExpr, ref Date) {
	if len(toks) == 0 || len(out) < 2 {
		return
	}
	var quotes []Span
	for k := range out {
		if quoteDependent(&out[k]) {
			quotes = quoteRegions(nil, text, Span{toks[0].Start, toks[len(toks)-1].End})
			break
		}
	}
	for _, q := range quotes {
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
			resolve(e, stmt)
			if e.Kind == "range" || e.Date.IsZero() {
				resolve(e, ref) // keep the publication's reading
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
	if !e.Relative || e.Kind == "time" || e.Kind == "range" || e.rel == "anaphor" || e.rel == "season" {
		return false
	}
	return e.rel != "" || e.weekday >= 0 && e.month == 0
}

// statementDate returns the day of the statement that quote q reports, or
// the zero date.
func statementDate(toks []Token, out []DateExpr, q Span) Date {
	first, last := -1, -1 // the tokens just before and after the quote
	for k, t := range toks {
		if t.End <= q.Start {
			first = k
		}
		if last < 0 && t.Start >= q.End {
			last = k
		}
	}
	var verbs []int
	for k := last; last >= 0 && k < min(len(toks), last+8); k++ {
		if isSpeechVerb(toks, k) {
			verbs = append(verbs, k)
		}
	}
	for k := first; k >= 0 && k > first-8; k-- {
		if isSpeechVerb(toks, k) {
			verbs = append(verbs, k)
		}
	}
	for _, v := range verbs {
		for m := range out {
			d := &out[m]
			if d.Date.IsZero() || d.Date.Range || d.Date.Precision != PrecisionDay || d.Span.Start < q.End && d.Span.End > q.Start {
				continue
			}
			at := -1
			for k, t := range toks {
				if t.Start == d.Span.Start {
					at = k
				}
			}
			if at >= 0 && at-v <= 4 && v-at <= 6 {
				return d.Date
			}
		}
	}
	return Date{}
}
