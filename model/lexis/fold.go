package lexis

import (
	"strings"
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

// AppendFold appends Fold(s) to dst.
func AppendFold(dst []byte, s string) []byte {
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
