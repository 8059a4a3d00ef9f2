// Package syntax tags French and English words with their universal part of
// speech (UPOS) and parses them into dependency trees, with averaged
// perceptrons trained on Universal Dependencies treebanks by
// cmd/trainsyntax; the weights are embedded.
//
// The models read words as Claimline's tokenizer (lexis.Tokenize) splits
// them, each word as written in the text, from the token's Start to its End
// (a number's glued letters included: "25M"):
//
//	toks := lexis.Tokenize(text, start, end)
//	words = words[:0]
//	for _, t := range toks {
//		words = append(words, text[t.Start:t.End])
//	}
//	tags = syntax.Tagger("fr").Tag(words, tags)
//
// They were trained on the treebanks' sentences split the same way, so that
// they are right on those words rather than on UD's:
//
//   - "L'application a gagné 70 millions d'utilisateurs" is "L'",
//     "application", ..., "d'", "utilisateurs" (DET ... ADP NOUN);
//   - French contractions are one word tagged ADP: "du", "au", "aux", "des"
//     when it is "de les" ("des" as an article is DET), "auquel", "duquel";
//   - "Apple's" is "Apple" PROPN, "'s" PART; "don't" is "don" AUX, "'" PART,
//     "t" PART;
//   - a number is split at its separators: "5.2" is "5" NUM, "." PUNCT, "2"
//     NUM; "54 000" is "54" NUM, "000" NUM; "%" is SYM;
//   - hyphenated words stay whole ("États-Unis" PROPN, "e-mail" NOUN).
//
// The English tagger also reads the classes a dictionary gives each word
// (see Lexicon), learning from the treebanks how far to trust them.
//
// The data the weights were trained on is licensed CC BY-SA 4.0 (UD French
// GSD, UD English EWT), CC BY-SA 3.0 (UD French and English PUD) and LGPL-LR
// (UD French Sequoia); the English dictionary is en-lexicon's (MIT).
package syntax
