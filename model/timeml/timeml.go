// Package timeml scores Claimline's date finder against time expressions
// annotated in the TimeML way (TIMEX3: a span, a type and a normalised
// value), with the measures of the TempEval campaigns: precision, recall and
// F1 on exact spans (strict) and on overlapping spans (relaxed), and the
// share of relaxed matches whose value is right at the gold's granularity.
package timeml

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/timex"
)

// Timex is one annotated (or found) time expression. Start and End are byte
// offsets into the document's text.
type Timex struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Doc is one annotated document: its creation time (the reference for
// relative expressions), its text and its time expressions.
type Doc struct {
	ID    string  `json:"docid"`
	DCT   string  `json:"dct"`
	Text  string  `json:"text"`
	Timex []Timex `json:"timex"`
}

// Types are the TIMEX3 types, in the order the scores list them.
var Types = []string{"DATE", "TIME", "DURATION", "SET"}

// ReadDocs reads documents written one JSON object a line, with character
// (rune) offsets as the corpora give them, and turns the offsets into byte
// offsets. An annotation whose offsets do not cover its text is an error.
func ReadDocs(r io.Reader) ([]Doc, error) {
	var docs []Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("timeml: line %d: %v", line, err)
		}
		byteAt := runeOffsets(d.Text)
		for i, x := range d.Timex {
			if x.Start < 0 || x.End < x.Start || x.End >= len(byteAt) {
				return nil, fmt.Errorf("timeml: line %d: %q at %d–%d lies outside the text", line, x.Text, x.Start, x.End)
			}
			s, e := byteAt[x.Start], byteAt[x.End]
			if d.Text[s:e] != x.Text {
				return nil, fmt.Errorf("timeml: line %d: offsets %d–%d give %q, not %q", line, x.Start, x.End, d.Text[s:e], x.Text)
			}
			d.Timex[i].Start, d.Timex[i].End = s, e
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// runeOffsets returns the byte offset of every rune index of s, and of its end.
func runeOffsets(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// Find runs Claimline's date finder on the document's text, with its
// creation time as the publication date, and returns the expressions as
// TIMEX3 annotations. A range gives its two ends, as TimeML draws them, when
// the finder located them; otherwise the range itself.
func Find(d Doc, lang string) []Timex {
	ref, _ := model.ParseISODate(d.DCT)
	var out []Timex
	for _, e := range timex.FindDates(d.Text, lang, ref) {
		parts := e.Ends()
		if len(parts) == 0 {
			parts = []timex.DateExpr{e}
		}
		for _, p := range parts {
			typ, value := Value(p)
			if lang == "fr" && typ == "DATE" && strings.HasSuffix(value, "_REF") {
				typ = "TIME" // French TimeBank's convention for PRESENT_REF, PAST_REF, FUTURE_REF
			}
			out = append(out, Timex{Text: p.Text, Start: p.Span.Start, End: p.Span.End, Type: typ, Value: value})
		}
	}
	return out
}

// Value returns the TIMEX3 type and value of a found expression: DURATION
// with its ISO 8601 length, SET with its frequency, PRESENT_REF, PAST_REF or
// FUTURE_REF for a word that points without naming a date, TIME for a clock time ("1999-05-17T17:40") or a
// part of a day ("1999-05-17TEV"), or a DATE at the precision the words gave ("1999",
// "1999-05", "1999-05-17"), a week ("1999-W20") or a quarter ("1999-Q2") when
// the date spans exactly one. An approximate part of a month or a year ("début
// octobre", "fin 2020") takes the value of the month or year it is part of.
func Value(e timex.DateExpr) (typ, value string) {
	switch e.Kind {
	case timex.DateDuration:
		return "DURATION", e.Duration
	case timex.DateReference:
		return "DATE", e.Timex
	case timex.DateSet:
		return "SET", e.Timex
	}
	d := e.Date
	if d.IsZero() {
		return "DATE", ""
	}
	if code := e.Timex; len(code) == 2 && code[0] >= 'A' && code[0] <= 'Z' {
		// A season: "1999-SU".
		return "DATE", fmt.Sprintf("%04d-%s", d.Start.Year(), code)
	}
	if d.Precision == model.PrecisionHour {
		return "TIME", d.String()
	}
	if e.PartOfDay != "" && !d.Range {
		return "TIME", d.String() + "T" + e.PartOfDay
	}
	if !d.Range {
		return "DATE", d.String()
	}
	s, t := d.Start, d.End
	switch {
	case d.Precision == model.PrecisionYear && s.Year()%10 == 0 && t.Year() == s.Year()+9:
		return "DATE", fmt.Sprintf("%03d", s.Year()/10) // a decade: "199"
	case d.Precision == model.PrecisionYear && s.Year()%100 == 0 && t.Year() == s.Year()+99:
		return "DATE", fmt.Sprintf("%02d", s.Year()/100) // a century: "19"
	case d.Approx && d.Precision == model.PrecisionDay && s.Year() == t.Year() && s.Month() == t.Month():
		return "DATE", s.Format("2006-01")
	case d.Approx && d.Precision == model.PrecisionMonth && s.Year() == t.Year():
		return "DATE", s.Format("2006")
	case d.Precision == model.PrecisionDay && s.Weekday() == 6 && t.Sub(s).Hours() == 24:
		y, w := s.ISOWeek()
		return "DATE", fmt.Sprintf("%04d-W%02d-WE", y, w) // a weekend
	case d.Precision == model.PrecisionDay && s.Weekday() == 1 && t.Sub(s).Hours() == 6*24:
		y, w := s.ISOWeek()
		return "DATE", fmt.Sprintf("%04d-W%02d", y, w)
	case d.Precision == model.PrecisionMonth && s.Year() == t.Year() && (s.Month() == 1 || s.Month() == 7) && t.Month() == s.Month()+5 && !d.Approx:
		return "DATE", fmt.Sprintf("%04d-H%d", s.Year(), (s.Month()-1)/6+1) // a half-year
	case d.Precision == model.PrecisionMonth && s.Year() == t.Year() && (s.Month()-1)%3 == 0 && t.Month() == s.Month()+2:
		return "DATE", fmt.Sprintf("%04d-Q%d", s.Year(), (s.Month()-1)/3+1)
	}
	return "DATE", model.Date{Start: s, End: s, Precision: d.Precision}.String()
}

// SameValue reports whether got names gold's value at gold's granularity:
// equal, or finer with gold as its prefix ("1999-05-17" for "1999-05"). An X
// in gold stands for any character ("XXXX-SU"), and a time zone after a clock
// time ("T12:30-07") is not compared.
func SameValue(gold, got string) bool {
	if i := strings.IndexByte(gold, 'T'); i >= 0 && len(gold) > i+6 && gold[i+3] == ':' {
		gold = gold[:i+6]
	}
	if gold == "" || len(got) < len(gold) {
		return false
	}
	for i := 0; i < len(gold); i++ {
		if gold[i] != got[i] && gold[i] != 'X' {
			return false
		}
	}
	if len(got) == len(gold) {
		return true
	}
	// A finer value: the gold must end where a calendar field ends.
	c := got[len(gold)]
	return (c == '-' || c == 'T') && gold[0] >= '0' && gold[0] <= '9' || gold[0] == 'X'
}

// Score holds the counts of one comparison; its methods give the rates.
type Score struct {
	Gold, Found, Strict, Relaxed, Valued int
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Rates returns the named rates: strict and relaxed precision, recall and
// F1, and value accuracy over relaxed matches.
func (s Score) Rates() map[string]float64 {
	sp, sr := ratio(s.Strict, s.Found), ratio(s.Strict, s.Gold)
	rp, rr := ratio(s.Relaxed, s.Found), ratio(s.Relaxed, s.Gold)
	return map[string]float64{"strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
		"relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": f1(rp, rr), "value": ratio(s.Valued, s.Relaxed)}
}

// RateNames lists the rates in the order a table shows them.
var RateNames = []string{"strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "value"}

// Compare matches found expressions to gold ones, one to one, first on exact
// spans and, separately, on overlapping spans, and counts the values right
// among the overlapping matches.
func Compare(gold, found []Timex) Score {
	s := Score{Gold: len(gold), Found: len(found)}
	used := make([]bool, len(found))
	for _, g := range gold {
		for k, f := range found {
			if !used[k] && f.Start == g.Start && f.End == g.End {
				used[k] = true
				s.Strict++
				break
			}
		}
	}
	clear(used)
	for _, g := range gold {
		best := -1
		for k, f := range found {
			if used[k] || f.Start >= g.End || g.Start >= f.End {
				continue
			}
			if best < 0 || f.Start == g.Start && f.End == g.End {
				best = k
			}
		}
		if best >= 0 {
			used[best] = true
			s.Relaxed++
			if SameValue(g.Value, found[best].Value) {
				s.Valued++
			}
		}
	}
	return s
}

// Scores compares a corpus per TIMEX3 type (gold and found expressions of
// that type only) and over all types (spans matched whatever their types);
// the key "ALL" holds the latter.
func Scores(docs []Doc, lang string) map[string]Score {
	out := map[string]Score{}
	add := func(k string, s Score) {
		o := out[k]
		out[k] = Score{o.Gold + s.Gold, o.Found + s.Found, o.Strict + s.Strict, o.Relaxed + s.Relaxed, o.Valued + s.Valued}
	}
	for _, d := range docs {
		found := Find(d, lang)
		add("ALL", Compare(d.Timex, found))
		for _, t := range Types {
			add(t, Compare(ofType(d.Timex, t), ofType(found, t)))
		}
	}
	return out
}

func ofType(xs []Timex, typ string) []Timex {
	var out []Timex
	for _, x := range xs {
		if x.Type == typ {
			out = append(out, x)
		}
	}
	return out
}

// Table writes the scores as an aligned table, one row a type.
func Table(w io.Writer, scores map[string]Score) {
	fmt.Fprintf(w, "%-9s %5s %5s  %-17s  %-17s  %s\n", "type", "gold", "found", "strict P/R/F1", "relaxed P/R/F1", "value")
	for _, t := range append(append([]string{}, Types...), "ALL") {
		s := scores[t]
		r := s.Rates()
		fmt.Fprintf(w, "%-9s %5d %5d  %.2f %.2f %.2f   %.2f %.2f %.2f   %.2f\n", t, s.Gold, s.Found,
			r["strict_p"], r["strict_r"], r["strict_f1"], r["relaxed_p"], r["relaxed_r"], r["relaxed_f1"], r["value"])
	}
}
