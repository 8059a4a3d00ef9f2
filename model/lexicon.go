package model

import (
	"maps"

	"github.com/claimline/claimline/model/lexis"
)

// The lexicon's classes of the claim grammar's word lists, which the
// tokenizer gives each token (see lexis.Declare): a grammar tests a token's
// class (t.Is(lexRole)) before it looks the word up in its own table. The
// date and figure grammars declare theirs beside their lists.
var (
	lexEvent   = lexis.Declare("event", maps.Keys(eventKinds))
	lexRole    = lexis.Declare("role", maps.Keys(roleWords))
	lexNotName = lexis.Declare("not a name", maps.Keys(notNames))
	lexClause  = lexis.Declare("clause opener", maps.Keys(clauseWords))
)
