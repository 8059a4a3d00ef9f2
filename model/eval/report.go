package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimline/claimline/model"
)

// WriteSummary writes the report's figures as a table: one column per
// language and one for all.
func WriteSummary(w io.Writer, r *Report) error {
	row := func(name string, f func(t *Totals) string) {
		fmt.Fprintf(w, "%-22s", name)
		for _, s := range Scopes {
			fmt.Fprintf(w, "%16s", f(r.Totals[s]))
		}
		fmt.Fprintln(w)
	}
	of := func(n, d int) string { return fmt.Sprintf("%d (%.1f%%)", n, 100*rate(n, d)) }
	fmt.Fprintf(w, "%-22s", "")
	for _, s := range Scopes {
		fmt.Fprintf(w, "%16s", s)
	}
	fmt.Fprintln(w)
	row("articles", func(t *Totals) string { return strconv.Itoa(t.Articles) })
	row("gold claims", func(t *Totals) string { return strconv.Itoa(t.Gold()) })
	row("  figures", func(t *Totals) string { return strconv.Itoa(t.GoldFigures) })
	row("  events", func(t *Totals) string { return strconv.Itoa(t.GoldEvents) })
	row("found", func(t *Totals) string { return of(t.Found(), t.Gold()) })
	row("  figures", func(t *Totals) string { return of(t.FoundFigures, t.GoldFigures) })
	row("  events", func(t *Totals) string { return of(t.FoundEvents, t.GoldEvents) })
	row("right", func(t *Totals) string { return of(t.Right(), t.Gold()) })
	row("  figures", func(t *Totals) string { return of(t.RightFigures, t.GoldFigures) })
	row("  events", func(t *Totals) string { return of(t.RightEvents, t.GoldEvents) })
	row("output claims", func(t *Totals) string { return strconv.Itoa(t.Output) })
	row("  restatements (not counted)", func(t *Totals) string { return strconv.Itoa(t.Restated) })
	row("precision", func(t *Totals) string { return of(t.Right(), t.Output) })
	row("found, wrong subject", func(t *Totals) string { return strconv.Itoa(t.WrongSubject) })
	row("found, wrong measure", func(t *Totals) string { return strconv.Itoa(t.WrongMeasure) })
	row("found, wrong date", func(t *Totals) string { return strconv.Itoa(t.WrongDate) })
	row("non-entity subjects", func(t *Totals) string { return of(t.NonEntity, t.Output) })
	for _, p := range r.Problems {
		fmt.Fprintf(w, "not loaded: %s\n", p.Error())
	}
	_, err := fmt.Fprintf(w, "(percentages: found and right over gold claims, precision over output claims; loaded and built in %.2f s)\n", r.Build.Seconds())
	return err
}

// WriteDetails writes one block per article: a header line, then one line
// per gold claim with its verdict (RIGHT, WRONG, MISSED) and, indented, the
// claim that found it and why it is wrong; then one EXTRA line per output
// claim that found no gold claim. Every verdict line starts with the
// article's name, so that grep finds them.
func WriteDetails(w io.Writer, r *Report) error {
	for i := range r.Articles {
		a := &r.Articles[i]
		right, found := 0, 0
		for _, j := range a.Judgements {
			if j.Claim != nil {
				found++
			}
			if j.Right {
				right++
			}
		}
		pub := "program " + orNone(a.Published.String())
		if a.Missing {
			pub = "NOT LOADED"
		} else if a.Published.String() != a.PubDate {
			pub += " (differs)"
		}
		fmt.Fprintf(w, "=== %s [%s] published %s, %s: gold %d, found %d, right %d, output %d\n",
			a.Name, a.Lang, orNone(a.PubDate), pub, len(a.Judgements), found, right, a.Output)
		for _, j := range a.Judgements {
			g := j.Gold
			verdict := "MISSED"
			switch {
			case j.Right:
				verdict = "RIGHT "
			case j.Claim != nil:
				verdict = "WRONG "
			}
			fmt.Fprintf(w, "%s %s %s\n", a.Name, verdict, goldLine(g))
			if j.Claim != nil {
				trig := ""
				if !j.Trigger {
					trig = " (trigger not in passage)"
				}
				fmt.Fprintf(w, "    program: %s%s\n", claimLine(j.Claim), trig)
				for _, why := range j.Why {
					fmt.Fprintf(w, "    wrong %s\n", why)
				}
			}
		}
		for _, c := range a.Extra {
			fmt.Fprintf(w, "%s EXTRA  %s\n", a.Name, claimLine(c))
		}
		fmt.Fprintln(w)
	}
	return nil
}

// goldLine writes a gold claim on one line.
func goldLine(g *Gold) string {
	var b strings.Builder
	b.WriteString(string(g.Kind))
	if g.Value != nil {
		b.WriteString(" " + formatValue(*g.Value, g.Unit))
		for _, v := range g.AltValues {
			b.WriteString(" or " + formatValue(v, g.Unit))
		}
	}
	fmt.Fprintf(&b, " | subject %q", subjectNames(g))
	fmt.Fprintf(&b, " | what %q %v", g.What, g.WhatKeys)
	fmt.Fprintf(&b, " | date %s (%s)", goldDateText(g), orNone(g.DateBasis))
	fmt.Fprintf(&b, " | trigger %q | %s", g.Trigger, g.Where())
	return b.String()
}

// claimLine writes a program claim on one line.
func claimLine(c *model.Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d", c.ID)
	if c.HasValue {
		b.WriteString(" " + formatValue(c.Value, c.Unit))
	}
	fmt.Fprintf(&b, " | subject %q | measure %q | date %s | label %q | %q",
		c.Subject, measureText(c), claimDate(c), c.Label, excerpt(c.Quote, 100))
	fmt.Fprintf(&b, " | confidence %.2f %q", c.Confidence, strings.Join(c.Reasons, "; "))
	return b.String()
}

func formatValue(v float64, unit string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if unit != "" {
		s += " " + unit
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// excerpt folds a passage onto one line and cuts it to n runes.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// scopeJSON is one line of the JSON report: the figures of one scope.
type scopeJSON struct {
	Scope string `json:"scope"`
	*Totals
	Found     float64 `json:"found_rate"`
	Right     float64 `json:"right_rate"`
	Precision float64 `json:"precision"`
}

// judgementJSON is one line of the JSON details: a gold claim's verdict or
// an output claim that found no gold claim.
type judgementJSON struct {
	Article string     `json:"article"`
	Verdict string     `json:"verdict"` // right, wrong, missed, extra
	Gold    *Gold      `json:"gold,omitempty"`
	Claim   *claimJSON `json:"claim,omitempty"`
	Wrong   []Reason   `json:"wrong,omitempty"`
	Why     []string   `json:"why,omitempty"`
	Trigger *bool      `json:"trigger_in_passage,omitempty"`
	Where   string     `json:"where,omitempty"`
}

// claimJSON is the part of a program claim the details show.
type claimJSON struct {
	ID      int      `json:"id"`
	Value   *float64 `json:"value,omitempty"`
	Unit    string   `json:"unit,omitempty"`
	Subject string   `json:"subject"`
	Measure string   `json:"measure"`
	Date    string   `json:"date"`
	Label   string   `json:"label"`
	Quote   string   `json:"quote"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

func toClaimJSON(c *model.Claim) *claimJSON {
	j := &claimJSON{ID: c.ID, Unit: c.Unit, Subject: c.Subject, Measure: measureText(c), Date: claimDate(c),
		Label: c.Label, Quote: c.Quote, Start: c.Passage.Start, End: c.Passage.End}
	if c.HasValue {
		v := c.Value
		j.Value = &v
	}
	return j
}

// WriteJSON writes the report as JSON lines: one object per scope (fr, en,
// all) and, with details, one per gold claim and per extra output claim.
func WriteJSON(w io.Writer, r *Report, details bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range Scopes {
		t := r.Totals[s]
		if err := enc.Encode(scopeJSON{Scope: s, Totals: t, Found: t.FoundRate(), Right: t.RightRate(), Precision: t.Precision()}); err != nil {
			return err
		}
	}
	if !details {
		return nil
	}
	for i := range r.Articles {
		a := &r.Articles[i]
		for _, j := range a.Judgements {
			o := judgementJSON{Article: a.Name, Verdict: "missed", Gold: j.Gold, Where: j.Gold.Where()}
			if j.Claim != nil {
				o.Verdict = "wrong"
				if j.Right {
					o.Verdict = "right"
				}
				trig := j.Trigger
				o.Claim, o.Wrong, o.Why, o.Trigger = toClaimJSON(j.Claim), j.Wrong, j.Why, &trig
			}
			if err := enc.Encode(o); err != nil {
				return err
			}
		}
		for _, c := range a.Extra {
			if err := enc.Encode(judgementJSON{Article: a.Name, Verdict: "extra", Claim: toClaimJSON(c)}); err != nil {
				return err
			}
		}
	}
	return nil
}
