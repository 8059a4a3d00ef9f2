package lexis

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// elision reports whether folded word w is a French word that loses its
// vowel before an apostrophe ("l", "qu", "jusqu"). A switch rather than a
// map: it is asked of every word before an apostrophe, English "'s"
// included, and the compiler tells these few words apart by their length
// and bytes without hashing.
func elision(w string) bool {
	switch w {
	case "l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		return true
	}
	return false
}

// nameApostrophe returns the end of a name that goes on past the
// apostrophe before text[k:] after word: an Irish "O'" or an African "N'"
// before a capital ("O'Brien", "N'Diaye"), a Breton "c'h" that ends the
// word («Le Floc'h», «Guivarc'h»), a capitalised word's lower-case end
// («Val'hor»); k when there is none.
func nameApostrophe(text, word string, k, end int) int {
	if k >= end {
		return k
	}
	r, n := utf8.DecodeRuneInString(text[k:])
	switch {
	case (word == "O" || word == "N") && unicode.IsUpper(r):
		j := k + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		if j-k >= 2 {
			return j
		}
	case r == 'h' && len(word) >= 3 && unicode.IsUpper(rune(word[0])) && (word[len(word)-1] == 'c' || word[len(word)-1] == 'C') && (k+1 >= end || !isLetterAt(text, k+1)):
		return k + 1
	case unicode.IsUpper(r) && len(word) >= 4 && strings.HasSuffix(word, "-d") && unicode.IsUpper([]rune(word)[0]):
		// «Côte-d'Or», «Val-d'Oise», «Villeneuve-d'Ascq»: a place's
		// hyphenated name, its «d'» inside.
		j := k
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '-' && j+1 < end && isLetterAt(text, j+1) {
				j++
				continue
			}
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		if j-k >= 2 {
			return j
		}
	case unicode.IsLower(r) && len(word) >= 2 && unicode.IsUpper(rune(word[0])) && !elision(strings.ToLower(word)) && !strings.EqualFold(word, "aujourd"):
		// «Val'hor», «Prud'hommes»: a capitalised word that goes on past
		// the apostrophe with three letters or more (not "Don't",
		// "We're", "Apple's": an English ending of one or two).
		j := k
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		if utf8.RuneCountInString(text[k:j]) >= 3 {
			return j
		}
	}
	return k
}

// Tokenize splits text[start:end] into tokens with offsets into text.
// French elisions ("l'an", "d'utilisateurs") split after the apostrophe;
// "aujourd'hui" stays one word; English "'s" is split off.
func Tokenize(text string, start, end int) []Token {
	var tz Tokenizer
	return tz.Tokenize(text, start, end)
}

// Tokenizer splits passages into tokens, reusing its buffers: the tokens it
// returns are valid until its next call. Its zero value is ready to use. The folded forms of a passage's
// words that differ from the words as written ("Telegram", "août") share
// one string per passage.
type Tokenizer struct {
	toks   []Token
	fold   []byte    // the passage's folded words, end to end
	folded []foldRef // which token's Fold lies where in fold
}

// foldRef places token tok's Fold at fold[start:end].
type foldRef struct{ tok, start, end int }

// foldWord appends the folded form of word to tz.fold and returns it as
// bytes (valid until the next append); plain reports that word is its own
// folded form (lower-case ASCII), in which case nothing was appended.
func (tz *Tokenizer) foldWord(word string) (f []byte, plain bool) {
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

// Tokenize splits text[start:end] into tokens, as the function Tokenize
// does; the tokens are valid until the next call.
func (tz *Tokenizer) Tokenize(text string, start, end int) []Token {
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
				if '0' <= c && c <= '9' && upperAt >= 0 && !hyphen {
					// A name with its number: "A380", "CO2", "G20", "H1N1".
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
					} else if k := nameApostrophe(text, word, j+n2, end); k > j+n2 {
						// "O'Brien", "N'Diaye", «Le Floc'h»: one name.
						tz.fold = tz.fold[:at]
						j = k
						word = text[i:j]
						fb, plain = tz.foldWord(word)
					} else if plain && elision(word) || !plain && elision(string(fb)) {
						tz.fold = tz.fold[:at]
						j += n2
						word = text[i:j]
						fb, plain = tz.foldWord(word)
					}
				}
			}
			var fw string // the folded word, unless it lies in tz.fold
			var lx Class
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
				lx |= upper
			}
			// InnerCapital, from the scan above unless the word grew
			// past it ("aujourd'hui").
			if j == wordEnd && 'a' <= text[i] && text[i] <= 'z' && upperAt > i || j != wordEnd && InnerCapital(text[i:j]) {
				lx |= innerUpper
			}
			if hyphen && special == "" {
				lx |= lex.hyphenated(fb, word, plain)
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
func push(toks []Token, start, end int, text, fold string, kind TokenKind, space bool, classes Class) []Token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	t.Start, t.End, t.Text, t.Fold, t.Kind, t.Space, t.classes = start, end, text, fold, kind, space, classes
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

// Words splits a string into folded words, for matching phrases.
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// InnerCapital reports whether a word starts with a small letter and has a
// capital inside ("iPhone", "eBay").
func InnerCapital(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}
