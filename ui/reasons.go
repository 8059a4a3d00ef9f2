package ui

import (
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2/lang"
)

// reasonWords are the fixed words the model writes its reasons with
// (model.Claim.Reasons); the words quoted from the article («…») and names
// between them stay as they are. Each is a key of the UI's translations.
var reasonWords = []string{
	"subject: ", "measure: ", "date: ", "event: ", "statement: ",
	"the subject of its clause", "the agent after its verb", "a pronoun for the entity named before",
	"a noun phrase for the entity named before", "the owner of the clause's subject", "the entity its passage names",
	"the subject of the claim just before", "the name its clause's subject holds",
	"the article's main organisation, whose figure its clause's subject names",
	"the group, body or role its clause's subject names",
	"the disaster told just before, whose dead or injured the figure counts",
	"the person its verb sentences to the term",
	"a forecast, not a result; kept for search, off the timeline",
	"none in the passage; that of the percentage told just before, ", "that of the percentage told just before, ",
	"that of the figure it restates («soit», «i.e.»)",
	"its clause («there were», «il y a») names no one",
	"none in the passage; that of the disaster told before, ",
	"one of the entities its passage names (its clause names none)",
	"no entity in the clause or the passage; guessed from the article",
	"the organisation its passage names most",
	"the noun the figure counts, ", "the noun the figure completes, ", "the subject of its clause, ",
	", named by its clause", "a change, ", "the amount its verb ", " states",
	"nothing in the clause says what the figure counts",
	"none in the passage; as of the statement or the publication",
	"the date words nearest the figure in its clause",
	"none in the article's opening; as of its publication",
	", the date of the verb ", ", the day the statement was made",
	"the verb ", " and its subject", "words its passage puts in the mouth of ",
	"new users, from the words around the figure", "active users, from the words around the figure",
	"downloads, from the words around the figure", "rank, from the words around the figure",
	"subject and measure: ",
	"those of the figure before it, which it continues without a verb of its own",
	"that of the figure before it, which it continues without a verb of its own",
	"no entity the article names; kept for search, off the timeline",
	"the thing its clause's subject names",
	"the body whose members the figure counts",
	"that of the figure whose parts it counts, in brackets after it",
	"the place its clause names, as no organisation is its subject",
	"the thing the noun's complement names",
	"that of the figure before it in the clause",
	"that of the figure it stands instead of, replaced by it",
	"the thing its verb moves or sets, ",
	"an amount for each ",
	"what the share is of, ",
	"none in the passage, told in the past right after the event of ",
	", coordinated with the date before of the verb ",
	", which completes the noun ",
	"the noun ",
	" names an event",
	"reported speech of ",
	" the statement was made at",
	", the date of the ",
}

// sortedReasonWords are reasonWords, longest first, so that a longer phrase
// is translated before a shorter one it holds.
var sortedReasonWords = sync.OnceValue(func() []string {
	out := append([]string(nil), reasonWords...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
})

// translateReason writes a reason of the model in the UI's language: its
// fixed words translated, the article's words kept.
func translateReason(r string) string {
	var b strings.Builder
	for len(r) > 0 {
		matched := false
		for _, w := range sortedReasonWords() {
			if strings.HasPrefix(r, w) {
				b.WriteString(lang.L(w))
				r = r[len(w):]
				matched = true
				break
			}
		}
		if !matched {
			// Copy up to the next byte where a fixed phrase may start.
			n := 1
			for n < len(r) && r[n]&0xC0 == 0x80 {
				n++
			}
			b.WriteString(r[:n])
			r = r[n:]
		}
	}
	return b.String()
}
