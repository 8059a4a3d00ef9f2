package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Fold lowers a string and strips its accents rune by rune, so that "Août"
// and "aout" compare equal. Each rune maps to exactly one rune: a match's rune
// positions in the folded string are its positions in the original.
func Fold(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune lowers one rune and strips its accent.
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if f, ok := accentFold[r]; ok {
		return f
	}
	switch r {
	case '’', '‘', 'ʼ', '`', '´':
		return '\''
	case '\u00a0', '\u202f', '\u2009', '\u2007':
		return ' '
	case '–', '—', '‑', '‐':
		return '-'
	}
	return unicode.ToLower(r)
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáâãäåāăąÀÁÂÃÄÅĀĂĄ",
		'c': "çćĉċčÇĆĈĊČ",
		'd': "ďđĎĐ",
		'e': "èéêëēĕėęěÈÉÊËĒĔĖĘĚ",
		'g': "ĝğġģĜĞĠĢ",
		'h': "ĥħĤĦ",
		'i': "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ",
		'j': "ĵĴ",
		'k': "ķĶ",
		'l': "ĺļľŀłĹĻĽĿŁ",
		'n': "ñńņňÑŃŅŇ",
		'o': "òóôõöøōŏőÒÓÔÕÖØŌŎŐœŒ",
		'r': "ŕŗřŔŖŘ",
		's': "śŝşšŚŜŞŠß",
		't': "ţťŧŢŤŦ",
		'u': "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ",
		'w': "ŵŴ",
		'y': "ýÿŷÝŸŶ",
		'z': "źżžŹŻŽ",
	}
	for base, s := range groups {
		for _, r := range s {
			m[r] = base
		}
	}
	m['æ'], m['Æ'] = 'a', 'a'
	return m
}()

// TokenKind classifies a token.
type TokenKind uint8

// The kinds of token.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark with its byte offsets.
type Token struct {
	Start, End int
	// Text is the token as written; Fold is Text folded (lowercase, no accents).
	Text, Fold string
	// Suffix is the letters glued to a number ("e" in "56e", "M" in "25M").
	Suffix string
	Kind   TokenKind
	// Space is true when white space precedes the token.
	Space bool
	// lex holds what the grammar knows of the word (lexDateStart, ...).
	lex uint8
}

// Word classes the grammar looks up once per token.
const (
	lexDateStart   uint8 = 1 << iota // a date expression may start here
	lexDateAnchor                    // every date expression holds one
	lexNumberStart                   // a figure may start here
	lexSpeech                        // a verb that reports speech
	lexEvent                         // a word that names a context event
	lexRole                          // a word that names a role
)

// lexicon maps folded words to their classes; filled from the grammar's
// word lists on first use.
var lexicon = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range dateStarts {
		m[w] |= lexDateStart
	}
	for w := range dateAnchors {
		m[w] |= lexDateAnchor
	}
	for w := range numberStarts {
		m[w] |= lexNumberStart
	}
	for w := range speechVerbs {
		m[w] |= lexSpeech
	}
	for w := range eventKinds {
		m[w] |= lexEvent
	}
	for w := range roleWords {
		m[w] |= lexRole
	}
	return m
})

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// elisions are French words that lose their vowel before an apostrophe.
var elisions = map[string]bool{"l": true, "d": true, "qu": true, "j": true, "n": true, "s": true, "c": true,
	"m": true, "t": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true}

// Tokenize splits text[start:end] into tokens with offsets into text.
// French elisions ("l'an", "d'utilisateurs") split after the apostrophe;
// "aujourd'hui" stays one word; English "'s" is split off.
func Tokenize(text string, start, end int) []Token {
	return tokenize(text, start, end, nil)
}

// interner folds words without allocating the folded form of a word it has
// folded before: an article names the same things again and again.
type interner struct {
	buf []byte
	m   map[string]string
}

func newInterner() *interner { return &interner{m: map[string]string{}} }

// fold returns Fold(w), shared with earlier calls for the same word.
func (in *interner) fold(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain || in == nil {
		return Fold(w)
	}
	in.buf = in.buf[:0]
	for _, r := range w {
		in.buf = utf8.AppendRune(in.buf, foldRune(r))
	}
	if f, ok := in.m[string(in.buf)]; ok {
		return f
	}
	f := string(in.buf)
	in.m[f] = f
	return f
}

// tokenize is Tokenize folding words through in (nil: no sharing).
func tokenize(text string, start, end int, in *interner) []Token {
	return tokenizeInto(make([]Token, 0, (end-start)/6+1), text, start, end, in)
}

// tokenizeInto is tokenize appending to toks, so that a caller can reuse
// one buffer for passages whose tokens it does not keep.
func tokenizeInto(toks []Token, text string, start, end int, in *interner) []Token {
	i := start
	space := true
	for i < end {
		var r rune
		var n int
		if c := text[i]; c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r >= utf8.RuneSelf && (unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f'):
			space = true
			i += n
			continue
		case '0' <= r && r <= '9': // other digits ("٨", "８") are read as punctuation
			j := i
			for j < end {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				break
			}
			k := j
			for k < end {
				r2, n2 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsLetter(r2) {
					break
				}
				k += n2
			}
			t := Token{Start: i, End: j, Kind: Number, Text: text[i:j], Space: space}
			t.Fold = t.Text
			if k > j && k-j <= 4 {
				t.Suffix = text[j:k]
				t.End = k
			} else if k > j {
				// A long run of letters glued to digits: keep the digits alone.
				k = j
			}
			toks = append(toks, t)
			i = max(j, t.End)
		case isLetter(r):
			j := i
			for j < end {
				if c := text[j]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsMark(r2) {
					j += n2
					continue
				}
				// Hyphenated words stay whole ("États-Unis", "avant-hier").
				if (r2 == '-' || r2 == '‑') && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			word := text[i:j]
			fw := in.fold(word)
			// Apostrophe handling.
			if j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '\'' || r2 == '’' {
					if fw == "aujourd" && strings.HasPrefix(Fold(text[j+n2:min(end, j+n2+3)]), "hui") {
						j += n2 + 3
						word = text[i:j]
						fw = "aujourd'hui"
					} else if elisions[fw] {
						j += n2
						word = text[i:j]
						fw = in.fold(word)
					}
				}
			}
			lex := lexicon()[fw]
			if strings.IndexByte(fw, '-') >= 0 {
				lex |= lexNumberStart | lexDateStart
				if strings.HasPrefix(fw, "mi-") || strings.HasPrefix(fw, "mid-") {
					lex |= lexDateAnchor
				}
			}
			toks = append(toks, Token{Start: i, End: j, Kind: Word, Text: word, Fold: fw, Space: space, lex: lex})
			i = j
		default:
			t := Token{Start: i, End: i + n, Kind: Punct, Text: text[i : i+n], Space: space}
			t.Fold = string(foldRune(r))
			// English possessive 's.
			if (r == '\'' || r == '’') && i+n < end && (text[i+n] == 's' || text[i+n] == 'S') &&
				(i+n+1 >= end || !isLetterAt(text, i+n+1)) && len(toks) > 0 && toks[len(toks)-1].Kind == Word && !space {
				t = Token{Start: i, End: i + n + 1, Kind: Word, Text: text[i : i+n+1], Fold: "'s"}
			}
			toks = append(toks, t)
			i = t.End
		}
		space = false
	}
	return toks
}

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// words splits a string into folded words, for matching phrases.
func words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
