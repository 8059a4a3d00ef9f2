package syntax

// Tag is a Universal Dependencies part of speech (UPOS).
type Tag uint8

// The 17 universal parts of speech, in the order of the UD guidelines' table.
const (
	ADJ Tag = iota
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	numTags = iota
)

var tagNames = [numTags]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
	"PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// String returns the tag's UD name ("NOUN").
func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return "Tag(?)"
}

// ParseTag returns the tag named s ("NOUN") and whether there is one.
func ParseTag(s string) (Tag, bool) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), true
		}
	}
	return X, false
}
