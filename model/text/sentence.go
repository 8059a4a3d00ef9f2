package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = lexis.SetOf("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "mr", "mrs", "ms", "prof",
	"etc", "cf", "p", "ex", "env", "vs", "jan", "feb", "fév", "fev", "mar", "apr", "avr", "jun", "jul", "juil", "aug",
	"sep", "sept", "oct", "nov", "dec", "déc", "inc", "ltd", "co", "corp", "no", "n°", "vol", "gen", "gén", "sen", "rep", "gov", "jr", "sr", "u.s", "e.g", "i.e",
	// ranks before a name: "State Police Capt. Diane Morrow", "Lt. Col. Ana Ruiz"
	"capt", "lt", "col", "sgt", "maj", "adm", "cmdr", "cpl", "supt", "insp", "det")

// Sentences splits the kept parts of the body into sentences. A sentence
// ends at . ! ? or … (with any closing quotes) when the next word starts
// with a capital, a digit or an opening quote; never inside a paragraph's
// line otherwise. Dropped spans are skipped.
func Sentences(text string, body Span, dropped []Dropped) []Span {
	var out []Span
	for n, p := range Paragraphs(text, body) {
		if OverlapsDropped(dropped, p.Span) {
			continue
		}
		start := p.Span.Start
		if n < 4 && len(out) <= 2 {
			// "NANCY, 13 mars (AFP) — Le site…": where and when the
			// story was filed is not its first sentence's subject or date
			// (after the headline and its date line, if any).
			start += datelinePlace(p.Text)
		}
		i := start
		for i < p.Span.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r != '.' && r != '!' && r != '?' && r != '…' {
				i += n
				continue
			}
			j := i + n
			// Runs of punctuation and closing quotes belong to this sentence.
			for j < p.Span.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '»' || r2 == '”' || r2 == '"' || r2 == ')' || r2 == '\'' || r2 == '’' {
					j += n2
					continue
				}
				if r2 == ' ' || r2 == '\u00a0' || r2 == '\u202f' {
					// "journée. »": a closing quote after a space still belongs here.
					k := j + n2
					for k < p.Span.End && (text[k] == ' ') {
						k++
					}
					if k < p.Span.End {
						r3, n3 := utf8.DecodeRuneInString(text[k:])
						if r3 == '»' || r3 == '”' || r3 == '"' && opensQuote(text[start:i]) {
							// (and a straight quote the sentence opened:
							// "as \" the biggest leap. \" It is…")
							j = k + n3
							continue
						}
					}
				}
				break
			}
			if r == '.' && isAbbreviation(text, start, i) {
				i = j
				continue
			}
			if r == '.' && i > start && i+1 < p.Span.End && isDigitByte(text[i-1]) && isDigitByte(text[i+1]) {
				i = j
				continue
			}
			// Look at what follows.
			k := j
			for k < p.Span.End {
				r3, n3 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsSpace(r3) && r3 != '\u00a0' {
					break
				}
				k += n3
			}
			if k >= p.Span.End {
				break
			}
			next, nn := utf8.DecodeRuneInString(text[k:])
			if k > j && (unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«“\"'‘([-–—", next) || camelStart(text[k+nn:], next)) {
				out = appendCapped(out, text, trimSpan(text, Span{Start: start, End: j}))
				start = k
			}
			i = k
		}
		if start < p.Span.End {
			out = appendCapped(out, text, trimSpan(text, Span{Start: start, End: p.Span.End}))
		}
	}
	return out
}

// opensQuote reports whether sentence s leaves a straight quote open: an odd
// number of them, the last written after a space, as a quote opens ("as \"
// the biggest leap."), not after a word or a figure, as one closes or marks
// inches ("jobs,\" he said.", "a 10.1\" screen").
func opensQuote(s string) bool {
	if strings.Count(s, "\"")%2 == 0 {
		return false
	}
	i := strings.LastIndex(s, "\"")
	return i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t'
}

// camelStart reports whether a word starting with rune r, followed by rest,
// is a name written in camel case ("iPhone users…", "eBay said…"): it may
// open a sentence.
func camelStart(rest string, r rune) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r) && unicode.IsUpper(next)
}

// maxSentenceBytes caps a sentence: a longer one (a list without a full
// stop, a hostile file) is cut into pieces at clause breaks, so that what the
// grammar does per sentence, however it grows with the sentence's length,
// costs a bounded time per byte. News sentences stay far below it (the
// longest of the shared Wikinews corpora has about 500 bytes).
const maxSentenceBytes = 2000

// appendCapped appends s to out, cut into pieces of at most
// maxSentenceBytes: after the last semicolon or comma of the second half of
// a piece, else at its last space, else at a character boundary.
func appendCapped(out []Span, text string, s Span) []Span {
	for s.End-s.Start > maxSentenceBytes {
		limit := s.Start + maxSentenceBytes
		cut := -1
		for _, sep := range []string{"; ", ", ", " "} {
			if i := strings.LastIndex(text[s.Start+maxSentenceBytes/2:limit], sep); i >= 0 {
				cut = s.Start + maxSentenceBytes/2 + i + len(sep) - 1 // after the mark, before the space
				if sep == " " {
					cut = s.Start + maxSentenceBytes/2 + i
				}
				break
			}
		}
		if cut < 0 {
			cut = limit
			for cut > s.Start && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		if piece := trimSpan(text, Span{Start: s.Start, End: cut}); piece.End > piece.Start {
			out = append(out, piece)
		}
		s = trimSpan(text, Span{Start: cut, End: s.End})
	}
	if s.End > s.Start {
		out = append(out, s)
	}
	return out
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// isAbbreviation reports whether the word before the full stop at dot is an
// abbreviation or an initial ("M.", "Dr.", "J. K.").
func isAbbreviation(text string, start, dot int) bool {
	w := dot
	for w > start {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if !unicode.IsLetter(r) && r != '.' && r != '°' {
			break
		}
		w -= n
	}
	word := strings.ToLower(text[w:dot])
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(text[w:])
		return unicode.IsUpper(r)
	}
	return abbreviations[word] || strings.Contains(word, ".")
}

func trimSpan(text string, s Span) Span {
	for s.Start < s.End && (text[s.Start] == ' ' || text[s.Start] == '\t') {
		s.Start++
	}
	for s.End > s.Start && (text[s.End-1] == ' ' || text[s.End-1] == '\t') {
		s.End--
	}
	return s
}

// OverlapsDropped reports whether s overlaps any of the dropped spans.
func OverlapsDropped(dropped []Dropped, s Span) bool {
	for _, d := range dropped {
		if d.Span.Overlaps(s) {
			return true
		}
	}
	return false
}
