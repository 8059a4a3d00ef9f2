package syntax

import (
	"unicode"
	"unicode/utf8"
)

// A feature is a 32-bit key: a template number mixed with the hashes of the
// values it looks at (a word, a suffix, tags). Words are hashed once per
// sentence (wordInfo) and templates mix those hashes, so that no string is
// built while tagging or parsing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix finishes a feature: template t over values a and b, as a non-zero
// 32-bit key (splitmix64's finaliser).
func mix(t uint64, a, b uint64) uint32 {
	h := t*0x9E3779B97F4A7C15 ^ a ^ (b*0xC2B2AE3D27D4EB4F + 0x165667B19E3779F9)
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// wordInfo holds the hashes of what the templates look at in one word.
type wordInfo struct {
	word, lower, suf1, suf2, suf3, suf4, pre1, pre3, shape uint64
	upper                                                  bool // word differs from lower
	// The hashes of the word's class in the tagger's lexicon, all its
	// tags and the first (see Lexicon.class); set by context, not info.
	lex, lex1 uint64
}

// normRune lowers r, writes every digit as 0 and typographic apostrophes as
// ASCII ones.
func normRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 32
		case '0' <= r && r <= '9':
			return '0'
		}
		return r
	}
	switch r {
	case '’', '‘', 'ʼ':
		return '\''
	}
	if unicode.IsDigit(r) {
		return '0'
	}
	return unicode.ToLower(r)
}

// hashRune adds r's UTF-8 bytes to FNV-1a hash h.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// shapeClass is the class of r in a word's shape: X upper, x lower, d digit,
// else the rune itself.
func shapeClass(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// info hashes word w: as written, lowered (digits as 0), its last one, two,
// three and four letters, its first one and three, and its shape ("Xxx", "dddd", "x-x":
// runs of letters cut at two, of digits at four).
func info(w string) wordInfo {
	var wi wordInfo
	hw, hl, hs := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	run := 0
	first := true
	k3 := 0
	hp := uint64(fnvOffset)
	for _, r := range w {
		hw = hashRune(hw, r)
		n := normRune(r)
		if n != r {
			wi.upper = wi.upper || n != '0' && n != '\''
		}
		hl = hashRune(hl, n)
		if first {
			wi.pre1 = hashRune(fnvOffset, n)
			first = false
		}
		if k3 < 3 {
			hp = hashRune(hp, n)
			k3++
			if k3 == 3 {
				wi.pre3 = hp
			}
		}
		c := shapeClass(r)
		if c == last {
			run++
		} else {
			last, run = c, 1
		}
		if run <= 2 || c == 'd' && run <= 4 {
			hs = hashRune(hs, c)
		}
	}
	wi.word, wi.lower, wi.shape = hw, hl, hs
	// Suffixes: the last four runes, lowered.
	var tail [4]rune
	k := 0
	for end := len(w); end > 0 && k < 4; k++ {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		tail[3-k] = normRune(r)
		end -= n
	}
	wi.suf4 = hashRune(hashRune(hashRune(hashRune(fnvOffset, tail[0]), tail[1]), tail[2]), tail[3])
	if k < 4 {
		wi.suf4 = 4
	}
	wi.suf1 = hashRune(fnvOffset, tail[3])
	wi.suf2 = hashRune(hashRune(fnvOffset, tail[2]), tail[3])
	wi.suf3 = hashRune(hashRune(hashRune(fnvOffset, tail[1]), tail[2]), tail[3])
	// A suffix as long as the word is the word: keep the templates apart.
	if k < 3 {
		wi.suf3 = 3
	}
	if k < 2 {
		wi.suf2 = 2
	}
	return wi
}

// wordHashes is info(w) with only what a lexicon's look-up reads (see
// Lexicon.class): the hashes of w as written and lowered, and whether they
// differ.
func wordHashes(w string) wordInfo {
	var wi wordInfo
	hw, hl := uint64(fnvOffset), uint64(fnvOffset)
	for _, r := range w {
		hw = hashRune(hw, r)
		n := normRune(r)
		if n != r {
			wi.upper = wi.upper || n != '0' && n != '\''
		}
		hl = hashRune(hl, n)
	}
	wi.word, wi.lower = hw, hl
	return wi
}

// Hashes of the positions before the first word and after the last.
var (
	startInfo = wordInfo{word: 11, lower: 11, suf1: 11, suf2: 11, suf3: 11, pre1: 11, shape: 11, lex: lexPad, lex1: lexPad}
	endInfo   = wordInfo{word: 13, lower: 13, suf1: 13, suf2: 13, suf3: 13, pre1: 13, shape: 13, lex: lexPad + 1, lex1: lexPad + 1}
)
