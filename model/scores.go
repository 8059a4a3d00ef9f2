package model

import (
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/syntax"
)

// This file reads a match's score: "Dunmore beat Kelvinside 2-1", «en
// battant Rouen 31 à 28», "lost 3-1 to Celtic". Each side's figure is its
// own claim, measured as its score; the winner's is the higher number,
// whichever order the text gives them in.

// matchScore is a score a number belongs to.
type matchScore struct {
	// verb is the token of the verb that tells the result ("beating",
	// «battant», "lost").
	verb int
	// a and b are the tokens of the other side's name, the one the verb's
	// subject played against.
	a, b int
	// subject is true when the number is that of the verb's subject (the
	// winner's after "beat", the loser's after "lost").
	subject bool
}

// beatVerbs tell that their subject won against the name after them.
var beatVerbs = lexis.SetOf("beat", "beats", "beating", "defeated", "defeats", "defeating", "edged", "edging", "thrashed", "thrashing",
	"routed", "overcame", "overcoming", "crushed", "battu", "battant", "bat", "battent", "domine", "dominant", "ecrase", "ecrasant",
	"surclasse", "surclassant", "disposed")

// loseVerbs tell that their subject lost against the name after the score
// ("lost 3-1 to Celtic", «s'est incliné 28 à 31 face à Rouen»).
var loseVerbs = lexis.SetOf("lost", "losing", "loses", "incline", "inclinee", "inclines", "inclinant", "inclinent", "perdu", "perdant")

// scoreAt reads the score the bare number at token k belongs to: "2-1",
// "2–1", «31 à 28», right after a verb of winning and the other side's
// name, or after a verb of losing and before "to", «face à», «contre» and
// the other side's name. ok is false when k is in no such score, or in a
// draw.
func (p *parsed) scoreAt(k int) (s matchScore, ok bool) {
	toks, tags := p.toks, p.tags
	first := k
	if k >= 2 && scoreDash(toks, k-1) && toks[k-2].Kind == lexis.Number {
		first = k - 2
	} else if !(k+2 < len(toks) && scoreDash(toks, k+1) && toks[k+2].Kind == lexis.Number) {
		return s, false
	}
	x, okx := smallWhole(toks[first].Text)
	y, oky := smallWhole(toks[first+2].Text)
	if !okx || !oky || x == y || first+3 < len(toks) && (toks[first+3].Kind == lexis.Number || scoreNotAfter[toks[first+3].Fold]) {
		return s, false
	}
	if p.tallyVote(first) >= 0 && p.voteAround() {
		return s, false // "Smith defeated Jones 52-48 in the vote for the chair": a tally
	}
	high := k == first && x > y || k != first && y > x
	// After the other side's name: "beating Kelvinside Rovers 2-1".
	if a, b, okn := p.nameAt(first - 1); okn && b == first && a > 0 {
		v := a - 1
		if v > 0 && lexis.InSet(toks[v].Fold, "the", "le", "la", "les", "l'") {
			v--
		}
		// (whatever the tagger read: «en battant» is often a noun to it)
		if (tags[v] == syntax.VERB || tags[v] == syntax.NOUN || tags[v] == syntax.ADJ) && beatVerbs[toks[v].Fold] && !(v > 0 && lexis.InSet(toks[v-1].Fold, "ete", "been", "was", "were", "is", "est")) {
			return matchScore{verb: v, a: a, b: b, subject: high}, true
		}
	}
	// Before it: "lost 3-1 to Celtic", «s'est incliné 28 à 31 face à
	// Rouen», "won 2-1 against Hearts", «s'est imposé 31-17 face à
	// l'Écosse»; or a noun of the result after it: "a 2-1 win over Hearts",
	// «une victoire 31-17 contre l'Écosse».
	v, j := first-1, first+3
	if v < 0 {
		return s, false
	}
	lose := loseVerbs[toks[v].Fold]
	if noun := resultNouns[toks[v].Fold] || lexis.InSet(toks[v].Fold, "a", "an", "une", "un", "sa", "son", "its", "their", "his", "her") && resultNouns[lexis.FoldAt(toks, j)]; noun {
		// a noun before or after the score says the result; the verb
		// before it has the side's subject ("sealed a 3-1 win over", «a
		// signé une victoire 31-17 contre»)
		if resultNouns[toks[v].Fold] {
			lose = lexis.InSet(toks[v].Fold, "defeat", "loss", "defaite")
		} else {
			lose = lexis.InSet(toks[j].Fold, "defeat", "loss", "defaite")
			j++
		}
		verb := func(k int) bool {
			return tags[k] == syntax.VERB || k > 0 && tags[k-1] == syntax.AUX && tags[k] != syntax.PUNCT
		}
		for v--; v >= 0 && first-v <= 6 && !verb(v); v-- {
		}
		if v < 0 || !verb(v) {
			return s, false
		}
	} else if !lose && !winWords[toks[v].Fold] {
		return s, false
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "to", "against", "over", "contre", "devant", "sur") {
		j++
	} else if lexis.FoldAt(toks, j) == "face" && lexis.InSet(lexis.FoldAt(toks, j+1), "a", "au") {
		j += 2
	} else {
		return s, false
	}
	if j < len(toks) && lexis.InSet(toks[j].Fold, "the", "le", "la", "les", "l'") {
		j++
	}
	e := j
	for e < len(toks) && p.properNoun(e) {
		e++
	}
	if e > j {
		if a, b, okn := p.nameAt(e - 1); okn && b == e {
			return matchScore{verb: v, a: a, b: b, subject: high != lose}, true
		}
	}
	return s, false
}

// winWords tell that their subject won by the score after them ("won 2-1
// against", «s'est imposé 31-17 face à»).
var winWords = lexis.SetOf("won", "wins", "winning", "impose", "imposee", "imposes", "imposant", "emporte", "gagne", "gagnant")

// resultNouns name a match's result before its opponent ("a 2-1 win over",
// «une victoire 31-17 contre»).
var resultNouns = lexis.SetOf("win", "victory", "defeat", "loss", "victoire", "succes", "defaite")

// scoreNotAfter follow two numbers that are no score: a share, a tally, a
// count of times or years ("54-46 percent", "3 à 4 fois").
var scoreNotAfter = lexis.SetOf("%", "percent", "pourcent", "votes", "vote", "voix", "seats", "sieges", "fois", "times", "ans",
	"years", "h", "heures", "ballots", "suffrages")

// voteAround reports whether the sentence speaks
// of a vote ("in the vote", «au scrutin», "the bill"): a tally, not a
// match.
func (p *parsed) voteAround() bool {
	for _, t := range p.toks {
		if lexis.InSet(t.Fold, "vote", "votes", "voted", "ballot", "election", "elections", "scrutin", "motion", "bill", "amendment", "amendement",
			"chamber", "senate", "senat", "parliament", "parlement", "assembly", "assemblee", "committee", "commission", "court", "justices", "jury") {
			return true
		}
	}
	return false
}

// scoreDash reports whether token k joins the two numbers of a score: a
// dash or «à».
func scoreDash(toks []lexis.Token, k int) bool {
	return lexis.InSet(toks[k].Text, "-", "–", "à")
}

// smallWhole reads a whole number below 200 written in digits: a score's
// side.
func smallWhole(w string) (int, bool) {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, len(w) > 0 && n < 200
}

// inScore reports whether the number at token k is a side's score.
func (p *parsed) inScore(k int) bool {
	_, ok := p.scoreAt(k)
	return ok
}
