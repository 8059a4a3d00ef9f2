// Package eval scores the claims Claimline extracts against hand-annotated
// gold claims (testdata/gold/README.md says the format and the rules): it
// reads gold JSON-lines files, loads and builds the articles they name, and
// counts what was found, what was right and why the rest was wrong.
//
// It imports model and nothing of Fyne.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"time"

	"github.com/claimline/claimline/model"
)

// Kind is what a gold line annotates.
type Kind string

// The kinds of gold lines.
const (
	KindFigure Kind = "figure" // a quantity stated as a fact
	KindEvent  Kind = "event"  // a dated event or statement without a figure
	KindNone   Kind = "none"   // an article read that holds no claim
)

// Gold is one line of a gold file: one hand-annotated claim.
type Gold struct {
	Article        string    `json:"article"`
	Lang           string    `json:"lang"`
	PubDate        string    `json:"pub_date"`
	Kind           Kind      `json:"kind"`
	Trigger        string    `json:"trigger,omitempty"`
	Subject        string    `json:"subject,omitempty"`
	SubjectAliases []string  `json:"subject_aliases,omitempty"`
	What           string    `json:"what,omitempty"`
	WhatKeys       []string  `json:"what_keys,omitempty"`
	Value          *float64  `json:"value"`
	AltValues      []float64 `json:"alt_values,omitempty"`
	Qualifier      string    `json:"qualifier,omitempty"`
	Unit           string    `json:"unit,omitempty"`
	Date           *string   `json:"date"`
	Precision      *string   `json:"precision"`
	DateBasis      string    `json:"date_basis,omitempty"`
	AltDates       []string  `json:"alt_dates,omitempty"`
	SaidBy         string    `json:"said_by,omitempty"`

	// File and Line say where the claim was read, for messages.
	File string `json:"-"`
	Line int    `json:"-"`

	date     goldDate   // Date, parsed; zero when undated
	altDates []goldDate // AltDates, parsed
}

// Where returns "file:line", the place a person opens to read the claim.
func (g *Gold) Where() string { return fmt.Sprintf("%s:%d", g.File, g.Line) }

// Undated reports whether the gold claim has no date (a background figure).
func (g *Gold) Undated() bool { return g.date.zero() }

// goldPrecision is how much of a gold date is known: finer than
// model.Precision by the hour.
type goldPrecision uint8

const (
	precNone goldPrecision = iota
	precYear
	precMonth
	precDay
	precHour
)

// goldDate is a gold date: one point at a precision, or a range whose ends
// each have their own precision.
type goldDate struct {
	start, end         time.Time
	startPrec, endPrec goldPrecision
	isRange            bool
	text               string
}

func (d goldDate) zero() bool { return d.startPrec == precNone }

// parseGoldDate reads "2012-05-03", "2012-05", "2012", "2012-05-03T07:44" or
// "start/end"; "" is the zero date.
func parseGoldDate(s string) (goldDate, error) {
	if s == "" {
		return goldDate{}, nil
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		x, err := parseGoldPoint(a)
		if err != nil {
			return goldDate{}, err
		}
		y, err := parseGoldPoint(b)
		if err != nil {
			return goldDate{}, err
		}
		if y.end.Before(x.start) {
			return goldDate{}, fmt.Errorf("the range %q ends before it starts", s)
		}
		return goldDate{start: x.start, end: y.end, startPrec: x.startPrec, endPrec: y.startPrec, isRange: true, text: s}, nil
	}
	return parseGoldPoint(s)
}

func parseGoldPoint(s string) (goldDate, error) {
	if t, err := time.Parse("2006-01-02T15:04", s); err == nil {
		return goldDate{start: t, end: t, startPrec: precHour, endPrec: precHour, text: s}, nil
	}
	d, err := model.ParseISODate(s)
	if err != nil || d.IsZero() || d.Range {
		return goldDate{}, fmt.Errorf("%q is not a date like 2012-05-03, 2012-05, 2012 or 2012-05-03T07:44", s)
	}
	p := goldPrecision(d.Precision) // model's year, month, day are 1, 2, 3 as here
	return goldDate{start: d.Start, end: d.End, startPrec: p, endPrec: p, text: s}, nil
}

// ReadGold reads the gold claims of one JSON-lines file; name is the file's
// name for messages. Blank lines are skipped; a line that is not a valid gold
// claim is an error naming its line.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var g Gold
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		g.File, g.Line = name, n
		if err := g.check(); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

// ReadGoldFiles reads every gold file named, in order.
func ReadGoldFiles(paths []string) ([]Gold, error) {
	var all []Gold
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		gs, err := ReadGold(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, gs...)
	}
	if len(all) == 0 {
		return nil, errors.New("the gold files hold no claim")
	}
	return all, nil
}

// check validates the fields the scorer relies on and parses the dates.
func (g *Gold) check() error {
	if g.Article == "" || path.IsAbs(g.Article) || strings.Contains(g.Article, "\\") || strings.HasPrefix(path.Clean(g.Article), "..") {
		return fmt.Errorf("article %q is not a /-separated path below the corpora folder", g.Article)
	}
	if g.Lang != "fr" && g.Lang != "en" {
		return fmt.Errorf("lang %q is neither fr nor en", g.Lang)
	}
	switch g.Kind {
	case KindNone:
		return nil
	case KindFigure:
		if g.Value == nil {
			return errors.New("a figure needs a value")
		}
		if strings.HasPrefix(g.Unit, "−") && *g.Value > 0 {
			// "value": 4.8, "unit": "−%": a fall written in its unit, as
			// the README's negative value.
			v := -*g.Value
			g.Value = &v
		}
		g.Unit = strings.TrimLeft(g.Unit, "+−")
	case KindEvent:
		if strings.TrimSpace(g.Trigger) == "" {
			return errors.New("an event needs a trigger")
		}
	default:
		return fmt.Errorf("kind %q is not figure, event or none", g.Kind)
	}
	if g.Date != nil {
		d, err := parseGoldDate(*g.Date)
		if err != nil {
			return fmt.Errorf("date: %v", err)
		}
		g.date = d
	}
	for _, s := range g.AltDates {
		d, err := parseGoldDate(s)
		if err != nil {
			return fmt.Errorf("alt_dates: %v", err)
		}
		if !d.zero() {
			g.altDates = append(g.altDates, d)
		}
	}
	return nil
}
