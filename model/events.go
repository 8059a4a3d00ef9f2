package model

import (
	"strings"

	"github.com/claimline/claimline/model/syntax"
)

// clauseEvents appends the dated events of a passage that no figure,
// context event or statement already reads: a clause whose subject is an
// entity and whose verb a date of the passage modifies ("Boeing challenged
// the award on February 29", "Le lanceur a décollé ce matin"). Claims from
// out[first:] are the passage's own so far.
func (x *extractor) clauseEvents(out []Claim, s *sentence, p *parsed, first int) []Claim {
	if len(s.dates) == 0 {
		return out
	}
	toks := p.toks
	seenVerb := map[int]bool{}
	for i := range s.dates {
		d := &s.dates[i]
		dt := eventDate(toks, d)
		if dt < 0 {
			continue
		}
		v := p.dateVerb(dt, d.Span.End)
		if v < 0 || seenVerb[v] {
			continue
		}
		seenVerb[v] = true
		if covered(out[first:], *d) {
			continue
		}
		if c, ok := x.clauseEvent(s, p, v, d.Span, out[first:]); ok {
			c.Date, c.DateSpan = d.Date, d.Span
			c.Reasons = append(c.Reasons, "date: «"+d.Text+"», the date of the verb «"+toks[v].Text+"»")
			out = append(out, c)
		}
	}
	return out
}

// eventDate returns the token date d starts at when d may date the event of
// its clause, else -1: not a duration, a clock time, an unresolved date or
// a deadline ("delayed the change until May 15": not when the event
// happened).
func eventDate(toks []Token, d *DateExpr) int {
	if d.Kind == "duration" || d.Date.IsZero() || d.Date.Precision == PrecisionHour && d.Kind == "time" ||
		inSet(Fold(d.Prep), "until", "till", "jusqu'au", "jusqu'a", "jusqu'en", "d'ici", "by", "avant", "before") {
		return -1
	}
	return tokenAt(toks, d.Span.Start)
}

// clauseEvent reads the event of the clause of verb v: its entity subject
// and its own words (up to its object, without the date at date), unless a
// figure of claims reads the clause already.
func (x *extractor) clauseEvent(s *sentence, p *parsed, v int, date Span, claims []Claim) (Claim, bool) {
	toks := p.toks
	a, b, how := p.subjectBefore(v, p.clauseStart(v))
	if how == "" {
		a, b, how = p.antecedent(p.clauseStart(v))
	}
	var subj string
	if how == "" && v >= 2 && toks[v-1].Text == "," && p.participleForm(v) {
		// "Les accords d'Évian, signés le 18 mars 1962": the noun phrase
		// a participle set off by a comma tells of.
		st := p.clauseStart(v - 2)
		if h := p.headEndingAt(v-2, st); h >= 0 {
			if phrase := p.nounPhrase(x.art.Text, p.climbOf(h, st), v-1); phrase != "" {
				subj, how = phrase, fromPhrase
			}
		} else if na, nb, ok := p.nameAt(v - 2); ok {
			a, b, how = na, nb, fromClause
		}
	}
	if subj == "" && (how == "" || how == fromTopic) {
		// "iOS 4 was first introduced by Apple in April": a passive's agent.
		if a2, b2, ok := p.agentAfter(v); ok && inSet(fold(toks, a2-1), "by", "par") && v > 0 && p.passive(v) {
			a, b, how = a2, b2, fromAgent
		} else if d := x.namedWith(s, toks[a].Fold); how == fromTopic && d != "" && a > 0 &&
			inSet(toks[a-1].Fold, "the", "le", "la", "l'", "this", "ce", "cette") {
			// "The store was renamed…" after "the iTunes Store": the name
			// the article gave it.
			subj, how = d, fromAnaphor
		} else if how == fromTopic {
			// "Un avion de ligne s'est écrasé le 3 juin", "le minitel
			// cessera de fonctionner le 30 juin": the thing its clause is
			// about, in the article's words.
			if subj = p.nounPhrase(x.art.Text, p.climbOf(a, p.clauseStart(v)), v); subj == "" {
				return Claim{}, false
			}
			how = fromPhrase
		} else {
			return Claim{}, false
		}
	}
	if subj == "" {
		subj, how = x.entityOf(s, p, a, b, how, Span{})
	}
	if subj == "" {
		return Claim{}, false
	}
	words, to := p.eventWords(x.art.Text, v, date)
	if to == v+1 && p.tags[v] == syntax.AUX {
		return Claim{}, false // "X était": a copula without what it says
	}
	// A figure its clause states ("Reality Labs lost $3.7 billion"), or
	// that a speech verb reports ("Zoom said that it has 300 million…"),
	// is the claim; the verb alone is no event beside it.
	end := p.clauseEnd(v)
	if isSpeechVerb(toks, v) {
		end = len(toks)
	}
	if words == "" || figureIn(claims, toks[v].Start, toks[max(to, end)-1].End) {
		return Claim{}, false // a figure's claim reads this clause
	}
	if how == fromPhrase {
		// "le taux de chômage a reculé de 0,2 point": a clause about a
		// figure is the figure's, read or not.
		for k := v + 1; k < max(to, end); k++ {
			if p.tags[k] == syntax.NUM && !p.inDate(k) {
				return Claim{}, false
			}
		}
	}
	c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
		What: toks[v].Text, Subject: subj, ValueText: toks[v].Text, ValueSpan: Span{toks[v].Start, toks[v].End}}
	c.words = subj + " " + words
	if how == fromAgent && to > v {
		// "The phone was introduced by Apple": the passive as written.
		if st := p.clauseStart(v); st < v {
			c.words = strings.TrimSpace(x.art.Text[toks[st].Start:toks[to-1].End])
		}
	}
	c.Label = c.words
	c.Reasons = append(c.Reasons, "event: the verb «"+toks[v].Text+"» and its subject", "subject: "+how)
	c.Confidence = subjectConfidence[how] * 0.9
	if how != fromPassage && how != fromContext {
		x.lastSubject, x.lastSubjectAt = subj, x.sentIndex
	}
	return c, true
}

// leadEvent reads the event a news article opens with, dated at its
// publication when its first sentences give no date ("Apple released the
// long awaited iPhone SDK"): the first finite verb with an entity subject.
func (x *extractor) leadEvent(s *sentence, p *parsed) (Claim, bool) {
	if n := len(p.toks); n == 0 || !inSet(p.toks[n-1].Text, ".", "!", "?") {
		return Claim{}, false // a headline: its event is told again below
	}
	for v := range p.toks {
		if p.tags[v] != syntax.VERB || p.participle(v) {
			continue
		}
		c, ok := x.clauseEvent(s, p, v, Span{}, nil)
		if !ok {
			return Claim{}, false
		}
		c.Date, c.AsOf = x.art.Published, true
		if c.Date.IsZero() {
			return Claim{}, false
		}
		c.Reasons = append(c.Reasons, "date: none in the article's opening; as of its publication")
		return c, true
	}
	return Claim{}, false
}

// tokenAt returns the index of the token starting at byte pos, -1 when none.
func tokenAt(toks []Token, pos int) int {
	for k, t := range toks {
		if t.Start == pos {
			return k
		}
		if t.Start > pos {
			break
		}
	}
	return -1
}

// covered reports whether one of the passage's claims is already dated by
// d (a figure, a context event or a statement).
func covered(claims []Claim, d DateExpr) bool {
	for _, c := range claims {
		if c.Metric == MetricEvent && (c.DateSpan.Overlaps(d.Span) || c.Date.Compare(d.Date) == 0) {
			return true
		}
	}
	return false
}

// dateVerb returns the verb a date at tokens [dt, …) modifies: the nearest
// finite verb of its clause (before it, else after it), else the first verb
// after the date in the passage ("Le 22 mai, SpaceX a lancé…"); -1 when none.
func (p *parsed) dateVerb(dt, end int) int {
	tags := p.tags
	start := p.clauseStart(dt)
	for k := dt - 1; k >= start; k-- {
		if tags[k] == syntax.VERB && !p.participle(k) {
			return k
		}
		// "Apple said the iPhone 4 will be available on June 24": the
		// nearest copula, not the verb of the clause that reports it.
		if p.copula(k) && k+1 < dt && (tags[k+1] == syntax.ADJ || tags[k+1] == syntax.ADV && k+2 < dt && tags[k+2] == syntax.ADJ) {
			return k
		}
	}
	stop := p.clauseEnd(dt)
	for k := dt + 1; k < stop; k++ {
		if tags[k] == syntax.VERB && !p.participle(k) {
			return k
		}
	}
	// "iPhone 4 will be available on June 24": a copula's clause.
	for k := dt - 1; k >= start; k-- {
		if p.copula(k) {
			return k
		}
	}
	if start == 0 || p.toks[start-1].Text == "," {
		// "Yesterday, at this year's Apple Worldwide Developers Conference
		// (WWDC), company CEO Steve Jobs unveiled": an opening date dates
		// the main verb after the phrases set between commas.
		for k := stop; k < len(p.toks) && k < stop+25; k++ {
			if p.clauseBreak(k) && !(start == 0 && inSet(p.toks[k].Text, ",", "(", ")")) {
				break
			}
			if tags[k] == syntax.VERB && !p.participle(k) {
				return k
			}
		}
	}
	// "Congressional lawmakers rejected the proposal in October": with no
	// other verb, one after a noun is the clause's own, not a modifier.
	for k := dt - 1; k >= start; k-- {
		if tags[k] == syntax.VERB {
			return k
		}
	}
	return -1
}

// eventWords returns the clause's words from the verb's auxiliary to the
// end of its object, without the date: "a décollé sans problème",
// "challenged the award in a formal protest".
func (p *parsed) eventWords(text string, v int, date Span) (string, int) {
	toks, tags := p.toks, p.tags
	from := v
	for k := from - 1; k >= 0 && from-k <= 4; k-- {
		if tags[k] == syntax.AUX || tags[k] == syntax.PART || inSet(toks[k].Fold, "ne", "n'", "se", "s'") {
			from = k
			continue
		}
		if tags[k] != syntax.ADV {
			break
		}
	}
	to := v + 1
	for to < len(toks) && to-v <= 8 && !p.clauseBreak(to) && (toks[to].Kind != Punct || gluedHyphen(toks, to)) && !date.Overlaps(Span{toks[to].Start, toks[to].End}) {
		to++
	}
	// End on a noun, a name or the verb itself: not on "the", "de", "in".
	for to > v+1 && !(tags[to-1] == syntax.NOUN || tags[to-1] == syntax.PROPN || tags[to-1] == syntax.NUM || tags[to-1] == syntax.ADJ) {
		to--
	}
	if from >= to {
		return "", 0
	}
	return strings.TrimSpace(text[toks[from].Start:toks[to-1].End]), to
}

// figureIn reports whether one of the passage's figure claims has its
// figure between bytes from and to.
func figureIn(claims []Claim, from, to int) bool {
	for _, c := range claims {
		if c.HasValue && c.ValueSpan.Start >= from && c.ValueSpan.Start < to {
			return true
		}
	}
	return false
}

// gluedHyphen reports whether token k is a hyphen inside a word ("MD-95",
// "Wal-Mart"), not a dash between clauses.
func gluedHyphen(toks []Token, k int) bool {
	return toks[k].Text == "-" && !toks[k].Space && k+1 < len(toks) && !toks[k+1].Space
}

// copula reports whether token k is a form of "be" or "être".
func (p *parsed) copula(k int) bool {
	return p.tags[k] == syntax.AUX && inSet(p.toks[k].Fold, "be", "is", "was", "are", "were", "est", "sera", "etait", "sont", "seront", "fut")
}

// passive reports whether verb v is a participle after a form of "be" or
// "être" ("was introduced", "a été racheté").
func (p *parsed) passive(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if p.tags[k] == syntax.AUX {
			return inSet(p.toks[k].Fold, "be", "is", "was", "are", "were", "been", "being", "est", "sera", "etait", "sont",
				"seront", "fut", "ete", "furent", "etaient")
		}
		if p.tags[k] != syntax.ADV && p.tags[k] != syntax.ADJ {
			return false
		}
	}
	return false
}

// nounPhrase returns the words of the noun phrase whose head is token h, from
// its determiner to its complements, as the text writes them ("Un avion de
// ligne", "le minitel", "the first aircraft"), "" when it has no
// determiner (a bare noun is no thing the reader can tell apart).
func (p *parsed) nounPhrase(text string, h, verb int) string {
	toks, tags := p.toks, p.tags
	a := h
	for a > 0 && h-a < 4 && (tags[a-1] == syntax.ADJ || tags[a-1] == syntax.NOUN || tags[a-1] == syntax.NUM) {
		a--
	}
	if a == 0 || tags[a-1] != syntax.DET || anaphors[toks[h].Fold] || timeUnitNoun(toks[h]) || p.inDate(h) || timeNouns[toks[h].Fold] ||
		scaleWords[toks[h].Fold] > 0 || vagueDeterminers[toks[a-1].Fold] || toks[a-1].Fold == "d'" && fold(toks, a) == "autres" {
		// (nor "the current financial quarter", "la journée", "des
		// millions d'utilisateurs", "D'autres réseaux": no thing a reader
		// can follow)
		return ""
	}
	a--
	b := h + 1
	for b < verb && b-h < 5 {
		switch {
		case tags[b] == syntax.ADJ || tags[b] == syntax.PROPN || tags[b] == syntax.NUM && tags[b-1] == syntax.PROPN:
			b++ // (and a name's number: "La fusée Falcon 9")
			continue
		case inSet(toks[b].Fold, "de", "d'", "of") && b+1 < verb && (tags[b+1] == syntax.NOUN || tags[b+1] == syntax.PROPN):
			b += 2
			continue
		}
		break
	}
	return strings.TrimSpace(text[toks[a].Start:toks[b-1].End])
}

// participleForm reports whether the verb at v is written as a past
// participle ("signés", "founded").
func (p *parsed) participleForm(v int) bool {
	f := p.toks[v].Fold
	if p.lang == "fr" {
		return frenchParticiple(f) && !strings.HasSuffix(f, "ant")
	}
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en")
}

// timeNouns name a stretch of time: a noun phrase they head is when, not who.
var timeNouns = setOf("quarter", "quarters", "trimestre", "semestre", "journee", "soiree", "matinee", "period", "periode",
	"season", "saison", "decade", "decennie", "weekend", "week-end")

// vagueDeterminers open a noun phrase that names no particular thing
// ("des utilisateurs", "some users", "plusieurs pays").
var vagueDeterminers = setOf("des", "some", "plusieurs", "several", "many", "certains", "certaines", "quelques", "autres",
	"other", "most")
