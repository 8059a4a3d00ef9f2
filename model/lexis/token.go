package lexis

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
	// classes holds what the grammars know of the word: the classes they
	// declared that it belongs to (see Declare), and Upper, InnerUpper.
	classes Class
}

// Is reports whether the token belongs to one of classes c (a class or
// several or'ed together: t.Is(month|weekday)).
func (t *Token) Is(c Class) bool { return t.classes&c != 0 }

// Classes returns every class the token belongs to.
func (t *Token) Classes() Class { return t.classes }

// Suffix returns the letters glued to a number, folded ("e" in "56e", "m"
// in "25M").
func (t *Token) Suffix() string {
	if t.Kind != Number {
		return ""
	}
	return t.Fold[len(t.Text):]
}

// Upper reports whether the token starts with an upper-case letter.
func (t *Token) Upper() bool { return t.classes&upper != 0 }

// InnerUpper reports whether the token is a word that starts with a small
// letter and has a capital inside ("iPhone", "eBay").
func (t *Token) InnerUpper() bool { return t.classes&innerUpper != 0 }
