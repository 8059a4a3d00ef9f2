package search

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// A text is searched as units: its words and its figures, each standing for
// one or more index tokens. A token is a folded word ("durov"), a figure's
// value ("#70000000"), an ordinal ("%56") or a concept shared by the words of
// both languages ("~rank" for "rank", "classement", "place"). The same
// reading runs over the claims when the index is built and over the query,
// so that "70 millions", "70M" and "70,000,000" meet on "#70000000".

// unit is a word or a figure of a text: its rune span in the text, and the
// tokens it stands for (its folded word first, when it has one).
type unit struct {
	start, end int // rune offsets, half-open
	tokens     []string
	// name is true for a capitalised word, which may be written in another
	// transliteration (see skeleton).
	name bool
}

// Token prefixes: a figure's value, an ordinal, a concept.
const (
	numberMark  = '#'
	ordinalMark = '%'
	conceptMark = '~'
)

// word is a run of letters and digits of a text.
type word struct {
	start, end int    // rune offsets
	fold       string // folded
	upper      bool   // starts with a capital
	gap        string // the runes between this word and the next (at most 3)
}

// splitWords cuts s into runs of letters and digits.
func splitWords(s string) []word {
	var ws []word
	var b strings.Builder
	start, i := -1, 0
	var gap strings.Builder
	flush := func() {
		if start >= 0 {
			ws = append(ws, word{start: start, end: i, fold: b.String()})
			b.Reset()
			start = -1
			gap.Reset()
		}
	}
	upper := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				if n := len(ws); n > 0 {
					ws[n-1].gap = gap.String()
				}
				start = i
				upper = unicode.IsUpper(r)
			}
			b.WriteRune(lexis.FoldRune(r))
		} else {
			if start >= 0 {
				flush()
				ws[len(ws)-1].upper = upper
			}
			if gap.Len() < 8 {
				gap.WriteRune(r)
			}
		}
		i++
	}
	if start >= 0 {
		flush()
		ws[len(ws)-1].upper = upper
	}
	return ws
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// figure is a number read from one or more words: "70", "1,5", "70 000 000",
// "70,000,000", "70M", "56e".
type figure struct {
	digits  string  // the digits as written, separators left out ("70000000", "15")
	value   float64 // its value ("1,5" is 1.5, "70,000" 70000)
	ordinal bool    // "56e", "56th", "1er"
	suffix  string  // letters written after the digits ("m", "e", "bn"), folded
	words   int     // how many words it spans
}

// readFigure reads a figure starting at ws[i], or returns ok false.
func readFigure(ws []word, i int) (f figure, ok bool) {
	lead, suffix := splitDigits(ws[i].fold)
	if lead == "" {
		return f, false
	}
	intPart, frac := lead, ""
	f.words = 1
	// Groups joined by a separator: "70 000 000", "70,000,000", "1,5", "1.5".
groups:
	for j := i; suffix == "" && frac == "" && j+1 < len(ws); j++ {
		sep := ws[j].gap
		next, suf := splitDigits(ws[j+1].fold)
		if next == "" {
			break
		}
		switch {
		case len(next) == 3 && (sep == " " || sep == "\u00a0" || sep == "\u202f" || sep == "," || sep == "." || sep == "'"):
			intPart += next
		case j == i && (sep == "," || sep == "."):
			frac = next
		default:
			break groups
		}
		f.words++
		suffix = suf
	}
	f.digits = intPart + frac
	v, err := strconv.ParseFloat(intPart+"."+frac+"0", 64)
	if err != nil {
		return f, false
	}
	f.value = v
	f.suffix = suffix
	f.ordinal = quantity.IsOrdinalSuffix(suffix)
	return f, true
}

// splitDigits cuts a folded word into its leading digits and the letters
// after them ("56e" → "56", "e"); lead is "" when w does not start with a
// digit or has digits after its letters.
func splitDigits(w string) (lead, suffix string) {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 {
		return "", ""
	}
	for i := k; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return "", ""
		}
	}
	return w[:k], w[k:]
}

// numberToken is the index token of a figure's value: its digits without
// separators or leading zeros ("#70000000", "#15" for 1.5).
func numberToken(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	s = strings.Replace(s, ".", "", 1)
	s = strings.TrimLeft(s, "0")
	if s == "" {
		s = "0"
	}
	return string(numberMark) + s
}

// digitsToken is the index token of digits as written.
func digitsToken(digits string) string {
	d := strings.TrimLeft(digits, "0")
	if d == "" {
		d = "0"
	}
	return string(numberMark) + d
}

// ordinalToken is the index token of the n-th.
func ordinalToken(n float64) string {
	return string(ordinalMark) + strconv.FormatFloat(n, 'f', -1, 64)
}

// multipliers are the words that scale the figure before them, folded.
var multipliers = map[string]float64{
	"k": 1e3, "thousand": 1e3, "thousands": 1e3, "mille": 1e3, "milliers": 1e3, "millier": 1e3,
	"m": 1e6, "mn": 1e6, "mio": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
	"b": 1e9, "bn": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9,
	"milliard": 1e9, "milliards": 1e9,
	"trillion": 1e12, "trillions": 1e12, "billiard": 1e15,
}

// concepts maps a word to its concept's index token ("~job" for "emplois"
// and "jobs"), from lexis.Concept: a word and its translation share it, at
// index and at query time.
var concepts = func() map[string]string {
	m := map[string]string{}
	for _, w := range lexis.ConceptWords() {
		m[w] = string(conceptMark) + lexis.Concept(w)
	}
	return m
}()

// conceptWords lists the words of concepts, sorted, for prefix look-ups.
var conceptWords = lexis.ConceptWords()

// readUnits reads the units of s, for the index: every word with its folded
// form, concept and ordinal; every figure with its value, and its value
// scaled by a multiplier word after it ("70 millions" → "#70", "#70000000").
func readUnits(s string) []unit {
	ws := splitWords(s)
	units := make([]unit, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if f, ok := readFigure(ws, i); ok {
			u := unit{start: w.start, end: ws[i+f.words-1].end}
			if f.suffix != "" {
				u.tokens = append(u.tokens, w.fold)
			}
			u.tokens = append(u.tokens, digitsToken(f.digits))
			if tok := numberToken(f.value); tok != digitsToken(f.digits) {
				u.tokens = append(u.tokens, tok)
			}
			mult := multipliers[f.suffix]
			j := i + f.words
			if mult == 0 && j < len(ws) && len(ws[j-1].gap) <= 2 && strings.TrimSpace(ws[j-1].gap) == "" {
				if m := multipliers[ws[j].fold]; m != 0 && len(ws[j].fold) > 1 {
					mult = m
					// The multiplier word is a unit of its own too.
				}
			}
			if mult != 0 {
				u.tokens = append(u.tokens, numberToken(f.value*mult))
			}
			if f.ordinal {
				u.tokens = append(u.tokens, ordinalToken(f.value))
			}
			units = append(units, u)
			i += f.words - 1
			continue
		}
		u := unit{start: w.start, end: w.end, name: w.upper, tokens: []string{w.fold}}
		if c, ok := concepts[w.fold]; ok {
			u.tokens = append(u.tokens, c)
		}
		if n, ok := quantity.OrdinalWord(w.fold); ok {
			u.tokens = append(u.tokens, ordinalToken(float64(n)))
		}
		units = append(units, u)
	}
	return units
}

// skeleton is a name's spelling with its vowels and "h" left out, "w" read
// as "v" and doubled letters once, after its first letter: "Durov" and
// "Dourov" are both "drv", "Nikolaï" and "Nikolai" "nkl".
func skeleton(fold string) string {
	if fold == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(fold)
	b := []byte(string(first))
	last := byte(0)
	if first < utf8.RuneSelf {
		last = byte(first)
	}
	for i := size; i < len(fold); i++ {
		c := fold[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h':
			continue
		case 'w':
			c = 'v'
		}
		if c == last {
			continue
		}
		b = append(b, c)
		last = c
	}
	return string(b)
}
