package model

import (
	"bytes"
	"iter"
	"maps"
	"slices"
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

// appendFold appends Fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, foldRune(r))
	}
	return dst
}

// FoldRune lowers one rune and strips its accent, as Fold does to each rune
// of a string.
func FoldRune(r rune) rune { return foldRune(r) }

// foldRune lowers one rune and strips its accent.
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if r < rune(len(foldTable)) {
		return foldTable[r]
	}
	return foldOther(r)
}

// foldTable holds foldRune of the runes below U+0250 (Latin-1 and the Latin
// extensions), the letters of French and English text: one load instead of a
// map lookup per rune.
var foldTable = func() (t [0x250]rune) {
	for r := range t {
		t[r] = foldOther(rune(r))
	}
	for r := 'A'; r <= 'Z'; r++ {
		t[r] = r + 32
	}
	return t
}()

// foldOther is foldRune without the table.
func foldOther(r rune) rune {
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
		's': "śŝşšŚŜŞŠßſ",
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
	// Text is the token as written; Fold is Text folded (lowercase, no
	// accents). A number's Text is its digits and its Fold the digits and
	// the letters glued to them, folded ("56e", "25m": see Suffix).
	Text, Fold string
	Kind       TokenKind
	// Space is true when white space precedes the token.
	Space bool
	// lex holds what the grammar knows of the word (lexDateStart, ...).
	lex uint16
}

// Word classes the grammar looks up once per token.
const (
	lexDateStart   uint16 = 1 << iota // a date expression may start here
	lexDateAnchor                     // every date expression holds one
	lexNumberStart                    // a figure may start here
	lexSpeech                         // a verb that reports speech
	lexEvent                          // a word that names a context event
	lexRole                           // a word that names a role
	lexMonth                          // a month's name, French or English
	lexWeekday                        // a weekday's name, French or English
	lexNotName                        // a word that is never part of a name
	lexTimeUnit                       // a unit of time ("jours", "hours")
	lexPeriod                         // a season, "siècle", "century", "années"
	lexClause                         // a word that opens a clause ("que", "which")
	lexOccasion                       // a speaking occasion ("press conference", "discours")
	lexUpper                          // not a class: the word is capitalised
	lexInnerUpper                     // not a class: innerCapital of the word ("iPhone")
)

// lexicon maps folded words to their classes; filled from the grammar's
// word lists on first use.
var lexicon = sync.OnceValue(func() *lexTable {
	m := map[string]uint16{}
	add := func(class uint16, lists ...iter.Seq[string]) {
		for _, words := range lists {
			for w := range words {
				m[w] |= class
			}
		}
	}
	add(lexDateStart, maps.Keys(dateStarts))
	add(lexDateAnchor, maps.Keys(dateAnchors))
	add(lexNumberStart, maps.Keys(numberStarts))
	add(lexSpeech, maps.Keys(speechVerbs))
	add(lexEvent, maps.Keys(eventKinds))
	add(lexRole, maps.Keys(roleWords))
	add(lexMonth, maps.Keys(monthsFR), maps.Keys(monthsENMap))
	add(lexWeekday, maps.Keys(weekdaysFR), maps.Keys(weekdaysEN))
	add(lexNotName, maps.Keys(notNames))
	add(lexTimeUnit, maps.Keys(timeUnits))
	add(lexPeriod, maps.Keys(periodWords))
	add(lexClause, maps.Keys(clauseWords))
	add(lexOccasion, maps.Keys(occasionNouns), maps.Keys(occasionAnaphors))
	return newLexTable(m)
})

// lexTable is a read-only hash table of the lexicon: open addressing with a
// hash of a few bytes, so that the tokenizer's one lookup per word costs
// less than a general map's.
type lexTable struct {
	// slots hold a word's offset in words (high bits) and length (low
	// byte), 0 for an empty slot; vals its classes. Everything fits in a few
	// kilobytes, which the tokenizer keeps in cache between its lookups.
	slots  []uint32
	vals   []uint16
	words  string
	mask   uint32
	maxLen int
	// lens[c] has bit n set when a word of n bytes starts with byte c: most
	// words are ruled out without hashing.
	lens [256]uint32
}

func newLexTable(m map[string]uint16) *lexTable {
	size := 1
	for size < 2*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]uint32, size), vals: make([]uint16, size), mask: uint32(size - 1)}
	var words strings.Builder
	words.WriteByte(0) // offset 0 is never a word's
	for _, w := range slices.Sorted(maps.Keys(m)) {
		if w == "" || len(w) > 255 {
			continue
		}
		t.maxLen = max(t.maxLen, len(w))
		t.lens[w[0]] |= 1 << min(len(w), 31)
		h := lexHash(w) & t.mask
		for t.slots[h] != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h], t.vals[h] = uint32(words.Len())<<8|uint32(len(w)), m[w]
		words.WriteString(w)
	}
	t.words = words.String()
	return t
}

// lexHash mixes a word's length and its first, middle and last two bytes:
// constant time whatever the word, and spread enough for the lexicon.
func lexHash[S string | []byte](w S) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<24 ^ uint32(w[n-1])<<16 ^ uint32(w[n/2])<<8 ^ uint32(w[(n-1)/2])
	if n > 2 {
		h ^= uint32(w[1])<<4 ^ uint32(w[n-2])<<12
	}
	h *= 0x85EBCA6B
	return h ^ h>>15
}

// get returns the classes of folded word w (0 when it has none).
func (t *lexTable) get(w string) uint16 {
	if len(w) > t.maxLen || w == "" || t.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	for h := lexHash(w) & t.mask; t.slots[h] != 0; h = (h + 1) & t.mask {
		if sl := t.slots[h]; int(sl&0xff) == len(w) && t.words[sl>>8:sl>>8+sl&0xff] == w {
			return t.vals[h]
		}
	}
	return 0
}

// getBytes is get for a word held in a buffer.
func (t *lexTable) getBytes(w []byte) uint16 {
	if len(w) > t.maxLen || len(w) == 0 || t.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	for h := lexHash(w) & t.mask; t.slots[h] != 0; h = (h + 1) & t.mask {
		if sl := t.slots[h]; int(sl&0xff) == len(w) && t.words[sl>>8:sl>>8+sl&0xff] == string(w) {
			return t.vals[h]
		}
	}
	return 0
}

// Suffix returns the letters glued to a number, folded ("e" in "56e", "m"
// in "25M").
func (t *Token) Suffix() string {
	if t.Kind != Number {
		return ""
	}
	return t.Fold[len(t.Text):]
}

// Upper reports whether the token starts with an upper-case letter.
func (t *Token) Upper() bool { return t.lex&lexUpper != 0 }

// innerUpper is innerCapital(t.Text), as the tokenizer saw it: a word that
// starts small with a capital inside ("iPhone", "eBay").
func (t *Token) innerUpper() bool { return t.lex&lexInnerUpper != 0 }

// elisions are French words that lose their vowel before an apostrophe.
var elisions = map[string]bool{"l": true, "d": true, "qu": true, "j": true, "n": true, "s": true, "c": true,
	"m": true, "t": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true}

// Tokenize splits text[start:end] into tokens with offsets into text.
// French elisions ("l'an", "d'utilisateurs") split after the apostrophe;
// "aujourd'hui" stays one word; English "'s" is split off.
func Tokenize(text string, start, end int) []Token {
	var tz tokenizer
	return tz.tokenize(text, start, end)
}

// tokenizer splits passages into tokens, reusing its buffers: the tokens it
// returns are valid until its next call. The folded forms of a passage's
// words that differ from the words as written ("Telegram", "août") share
// one string per passage.
type tokenizer struct {
	toks   []Token
	fold   []byte    // the passage's folded words, end to end
	folded []foldRef // which token's Fold lies where in fold
}

// foldRef places token tok's Fold at fold[start:end].
type foldRef struct{ tok, start, end int }

// foldWord appends the folded form of word to tz.fold and returns it as
// bytes (valid until the next append); plain reports that word is its own
// folded form (lower-case ASCII), in which case nothing was appended.
func (tz *tokenizer) foldWord(word string) (f []byte, plain bool) {
	plain = true
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return nil, true
	}
	at := len(tz.fold)
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			tz.fold = append(tz.fold, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		tz.fold = utf8.AppendRune(tz.fold, foldRune(r))
		i += n
	}
	return tz.fold[at:], false
}

// tokenize splits text[start:end] into tokens (see Tokenize).
func (tz *tokenizer) tokenize(text string, start, end int) []Token {
	if n := (end-start)/4 + 1; cap(tz.toks) < n {
		tz.toks = make([]Token, 0, n)
	}
	toks := tz.toks[:0]
	tz.fold, tz.folded = tz.fold[:0], tz.folded[:0]
	lex := lexicon()
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
			digits, stop := text[i:j], j
			if k > j && k-j <= 4 {
				stop = k
				at := len(tz.fold)
				tz.fold = append(tz.fold, digits...)
				for _, r := range text[j:k] {
					tz.fold = utf8.AppendRune(tz.fold, foldRune(r))
				}
				tz.folded = append(tz.folded, foldRef{len(toks), at, len(tz.fold)})
			}
			toks = push(toks, i, stop, digits, digits, Number, space, 0)
			i = stop
		case isLetter(r):
			// plain: lower-case ASCII, its own folded form.
			j, plain, hyphen, upperAt := i, true, false, -1
			for j < end {
				c := text[j]
				if 'a' <= c && c <= 'z' {
					j++
					continue
				}
				if 'A' <= c && c <= 'Z' {
					plain = false
					if upperAt < 0 {
						upperAt = j
					}
					j++
					continue
				}
				if c == '-' && j+1 < end && isLetterAt(text, j+1) {
					// Hyphenated words stay whole ("États-Unis", "avant-hier").
					hyphen = true
					j++
					continue
				}
				if c < utf8.RuneSelf {
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					plain = false
					j += n2
					continue
				}
				if r2 == '‑' && j+n2 < end && isLetterAt(text, j+n2) {
					hyphen, plain = true, false
					j += n2
					continue
				}
				break
			}
			word := text[i:j]
			wordEnd := j
			at := len(tz.fold)
			var fb []byte
			if !plain {
				fb, _ = tz.foldWord(word)
			}
			special := "" // a word whose folded form is not its own
			// Apostrophe handling.
			if j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '\'' || r2 == '’' {
					if (plain && word == "aujourd" || !plain && string(fb) == "aujourd") &&
						strings.HasPrefix(Fold(text[j+n2:min(end, j+n2+3)]), "hui") {
						j += n2 + 3
						special = "aujourd'hui"
					} else if plain && elisions[word] || !plain && elisions[string(fb)] {
						tz.fold = tz.fold[:at]
						j += n2
						word = text[i:j]
						fb, plain = tz.foldWord(word)
					}
				}
			}
			var fw string // the folded word, unless it lies in tz.fold
			var lx uint16
			switch {
			case special != "":
				tz.fold = tz.fold[:at]
				fw, lx = special, lex.get(special)
			case plain:
				fw, lx = word, lex.get(word)
			default:
				tz.folded = append(tz.folded, foldRef{len(toks), at, len(tz.fold)})
				lx = lex.getBytes(fb)
			}
			if 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) {
				lx |= lexUpper
			}
			// innerCapital, from the scan above unless the word grew
			// past it ("aujourd'hui").
			if j == wordEnd && 'a' <= text[i] && text[i] <= 'z' && upperAt > i || j != wordEnd && innerCapital(text[i:j]) {
				lx |= lexInnerUpper
			}
			if hyphen && special == "" {
				lx |= lexNumberStart | lexDateStart
				f := fb
				if plain {
					f = []byte(word) // does not escape: no copy
				}
				if bytes.HasPrefix(f, []byte("mi-")) || bytes.HasPrefix(f, []byte("mid-")) {
					lx |= lexDateAnchor
				}
				// "two-year", "30-day": a length that ends in a unit of time.
				if k := bytes.LastIndexByte(f, '-'); k >= 0 && lex.getBytes(f[k+1:])&lexTimeUnit != 0 {
					lx |= lexDateAnchor
				}
			}
			toks = push(toks, i, j, text[i:j], fw, Word, space, lx)
			i = j
		default:
			// English possessive 's.
			if (r == '\'' || r == '’') && i+n < end && (text[i+n] == 's' || text[i+n] == 'S') &&
				(i+n+1 >= end || !isLetterAt(text, i+n+1)) && len(toks) > 0 && toks[len(toks)-1].Kind == Word && !space {
				toks = push(toks, i, i+n+1, text[i:i+n+1], "'s", Word, false, 0)
				i += n + 1
				break
			}
			fold := ""
			if f := foldRune(r); f < utf8.RuneSelf {
				fold = asciiStrings[f]
			} else {
				tz.folded = append(tz.folded, foldRef{len(toks), len(tz.fold), len(tz.fold) + utf8.RuneLen(f)})
				tz.fold = utf8.AppendRune(tz.fold, f)
			}
			toks = push(toks, i, i+n, text[i:i+n], fold, Punct, space, 0)
			i += n
		}
		space = false
	}
	if len(tz.folded) > 0 {
		all := string(tz.fold)
		for _, f := range tz.folded {
			toks[f.tok].Fold = all[f.start:f.end]
		}
	}
	tz.toks = toks
	return toks
}

// push appends a token to toks, writing its fields in place: a Token built
// aside and copied in costs a bulk write barrier while the collector runs.
func push(toks []Token, start, end int, text, fold string, kind TokenKind, space bool, lex uint16) []Token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	t.Start, t.End, t.Text, t.Fold, t.Kind, t.Space, t.lex = start, end, text, fold, kind, space, lex
	return toks
}

// asciiStrings holds the one-byte strings, so that punctuation needs no
// allocation.
var asciiStrings = func() (s [utf8.RuneSelf]string) {
	for i := range s {
		s[i] = string(rune(i))
	}
	return s
}()

// isWordRune reports whether r continues a word: a letter or a combining
// mark, with a fast path for the Latin letters of French and English.
func isWordRune(r rune) bool {
	if r >= 0xC0 && r <= 0x24F {
		return r != 0xD7 && r != 0xF7 // × and ÷
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
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
