// Package quantity reads the figures of a text: cardinals written in digits
// or in words, with their scale and qualifier ("plus de 70 millions",
// "about 1.5 billion", "une dizaine"), ordinals ("56e", "fifth") and rank
// moves ("de la 56e à la 5e place"), shares ("un sur cinq", "a third"),
// currencies and percentages (FindNumbers, NumberExpr), and writes them
// back as a person reads them (FormatValue).
//
// It also holds the word lists the other rooms read figures with: the
// scale, number and ordinal words, the units of time (TimeUnit, a class of
// the lexicon) and the prefixes glued to a currency sign ("US$").
//
// It imports model/lexis (tokens, the lexicon) and model/claim (a figure's
// Qualifier); package model reads claims from its figures, and the date
// grammar uses its number words.
package quantity
