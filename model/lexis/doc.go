// Package lexis holds the words of a text as the grammars read them: Fold,
// which lowers a string and strips its accents; the tokenizer, which splits
// a passage into words, numbers and punctuation with their byte offsets
// (Token, Tokenize); and the lexicon, which tells for each word the classes
// the grammars declared ("month", "speech verb", ...).
//
// A grammar declares the words it needs when its package is initialised,
//
//	var month = lexis.Declare("month", maps.Keys(monthsFR), maps.Keys(monthsEN))
//
// and tests a token with t.Is(month); the lexicon is built from those
// declarations the first time a text is tokenized, one hash table with one
// lookup per word.
//
// It also holds the small helpers the grammars share to match tokens
// (FoldAt, MatchWords, InSet, SetOf, Words), the offsets of a passage
// (Span), and the verb forms more than one grammar reads: the verbs that
// report speech (SpeechVerb, IsSpeechVerb), which attribute a claim and
// tell the tense of a date's clause, and the forms of a French participle
// or an English past.
//
// It imports only the standard library.
package lexis
