package model

import (
	"maps"
	"strings"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timex"
)

// Reported statements dated by the occasion they were made at.
//
// "Jobs also said that those who had already purchased a bumper will receive
// a full refund" dates nothing in its own sentence: it is dated by the press
// conference the article named before ("a rare press conference held by
// Apple on Friday morning. During the event, company CEO Steve Jobs…"). An
// occasion is a speaking occasion the article dates (a press conference, a
// keynote, an interview, a speech, a meeting, a hearing: occasionNouns), with
// the persons and organisations it names as speaking at it; a later
// statement of one of them, or one the article places at the occasion
// ("During the keynote, Schiller said"), takes the occasion's date.

// occasionNouns name the occasions a statement is made at, folded, French
// and English.
var occasionNouns = lexis.SetOf(
	"conference", "conferences", "keynote", "speech", "speeches", "interview", "interviews", "hearing", "hearings",
	"meeting", "summit", "briefing", "presentation", "debate", "session", "rally", "statement",
	"discours", "entretien", "entrevue", "reunion", "sommet", "audition", "seance", "debat", "declaration",
	"communique", "allocution", "meeting")

// occasionAnaphors are generic nouns that stand for the occasion named
// before, after a definite or demonstrative determiner ("During the event").
var occasionAnaphors = lexis.SetOf("event", "evenement")

// lexOccasion is the lexicon's class of the words that name a speaking
// occasion.
var lexOccasion = lexis.Declare("occasion", maps.Keys(occasionNouns), maps.Keys(occasionAnaphors))

// pressWords before a generic noun make it a speaking occasion ("media
// event").
var pressWords = lexis.SetOf("media", "press", "news")

// occasionDeterminers stand before a noun that refers back to the occasion.
var occasionDeterminers = lexis.SetOf("the", "this", "that", "le", "la", "l'", "cette", "ce", "cet")

// occasionSpan is how many sentences after its last mention (or statement)
// an occasion still dates the statements of its speakers.
const occasionSpan = 6

// occasion is a speaking occasion the article dates.
type occasion struct {
	date     timex.DateExpr
	noun     string          // the noun that names it, as written
	speakers map[string]bool // the keys of those named speaking at it
	at       int             // the sentence it was last tied to
}

// occasionAt reads the occasion sentence s names: an occasion noun with a
// date of the sentence next to it ("In a July 16 press conference", "lors
// de son discours devant l'Assemblée nationale mardi 3 juillet"), or, when
// d is nil and back is true, a noun with a determiner that refers back
// to an occasion named before ("During the event", "lors de cette
// conférence"). k is the noun's token: that of the first occasion noun
// when neither holds, else -1.
func occasionAt(s *sentence) (d *timex.DateExpr, k int, back bool) {
	toks := s.toks
	k = -1
	for i, t := range toks {
		if !t.Is(lexOccasion) {
			continue
		}
		// "a media event", "a press event": the generic noun names an
		// occasion when the press is its audience.
		named := occasionNouns[t.Fold] || i > 0 && pressWords[toks[i-1].Fold] ||
			i+1 < len(toks) && lexis.InSet(toks[i+1].Fold, "presse", "mediatique")
		if named && !t.Is(lexis.SpeechVerb) {
			for di := range s.dates {
				dd := &s.dates[di]
				if eventDate(toks, dd) < 0 || dd.Since || !nearOccasion(toks, i, dd.Span) {
					continue
				}
				return dd, i, false
			}
		}
		// "the event", "the keynote", "cette conférence", "the press
		// conference": a word between the determiner and a noun of the
		// lexicon.
		det := i > 0 && occasionDeterminers[toks[i-1].Fold] ||
			i > 1 && occasionDeterminers[toks[i-2].Fold] && toks[i-1].Kind == lexis.Word && occasionNouns[t.Fold]
		if !back && det {
			back, k = true, i
		} else if k < 0 && named {
			k = i
		}
	}
	return nil, k, back
}

// nearOccasion reports whether date span d dates the occasion noun at token
// k: within six words before it with no clause break between ("In a July 16
// press conference"), or after it, within fourteen words that open no
// clause and report no speech ("a rare press conference held by Apple on
// Friday morning", "his annual opening keynote to the World Wide Developers
// Conference … in San Francisco, California on Monday").
func nearOccasion(toks []lexis.Token, k int, d Span) bool {
	if d.Start < toks[k].Start {
		if tokenDistance(toks, toks[k].Start, d) > 6 {
			return false
		}
		for _, t := range toks {
			if t.Start >= d.End && t.End <= toks[k].Start && (t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "." || t.Text == "«" || t.Text == "»") {
				return false
			}
		}
		return true
	}
	if tokenDistance(toks, toks[k].Start, d) > 14 {
		return false
	}
	for j := k + 1; j < len(toks) && toks[j].End <= d.Start; j++ {
		if toks[j].Text == ";" || toks[j].Text == ":" || toks[j].Text == "." || toks[j].Text == "«" || toks[j].Text == "»" ||
			toks[j].Is(lexClause) || lexis.IsSpeechVerb(toks, j) {
			return false
		}
	}
	return true
}

// occasionSpeakers returns who sentence s names as speaking at the occasion
// whose noun is token k: the speaker of its reported speech, the
// organiser after "held by"/"par", or, after a phrase that places the
// clause at the occasion ("During the event, company CEO Steve Jobs…"), the
// clause's first person or organisation.
func (x *extractor) occasionSpeakers(s *sentence, k int) []string {
	toks := s.toks
	var out []string
	if sp := x.attribution(toks, 0, len(toks), toks[0].Start); sp.key != "" && !sp.cited {
		out = append(out, sp.key)
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Text == "," || toks[j].Text == "." {
			break
		}
		if lexis.InSet(toks[j].Fold, "by", "par") {
			if sp := x.resolveSpeaker(toks, j+1, min(len(toks), j+5), false); sp.key != "" {
				out = append(out, sp.key)
			}
			break
		}
	}
	// "X gave his annual keynote", "X a tenu une conférence de presse":
	// who its clause names before it.
	from := k
	for from > 0 && toks[from-1].Text != "," && toks[from-1].Text != ";" && !toks[from-1].Is(lexClause) {
		from--
	}
	if sp := x.resolveSpeaker(toks, from, k, true); sp.key != "" {
		out = append(out, sp.key)
	}
	// "During the event, X …", "Lors de la conférence, X …", "At the
	// company's own Worldwide Developers Conference (WWDC) keynote at the
	// Moscone West center in San Francisco, Apple CEO Steve Jobs…".
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		if toks[j].Text == "," {
			if sp := x.resolveSpeaker(toks, j+1, min(len(toks), j+8), false); sp.key != "" {
				out = append(out, sp.key)
			}
			break
		}
	}
	return out
}

// occasionStatement reads a statement of sentence s that its own words do
// not date but the occasion it was made at does: the speaker of its
// reported speech is one the occasion names, or the sentence places it at
// the occasion. claims are the sentence's claims so far.
func (x *extractor) occasionStatement(s *sentence, claims []Claim) (Claim, bool) {
	toks := s.toks
	d, k, back := occasionAt(s)
	if d == nil && k >= 0 && x.sentIndex == 0 && len(s.dates) == 0 && !x.art.Published.IsZero() {
		// The occasion the article opens with and does not date is its
		// headline event: dated at publication.
		d = &timex.DateExpr{Date: x.art.Published, Text: "(publication)"}
		back = false
	}
	if d != nil {
		x.occ = &occasion{date: *d, noun: toks[k].Text, at: x.sentIndex, speakers: map[string]bool{}}
		for _, key := range x.occasionSpeakers(s, k) {
			x.occ.speakers[key] = true
		}
	}
	o := x.occ
	if o == nil || x.sentIndex-o.at > occasionSpan {
		return Claim{}, false
	}
	if back {
		for _, key := range x.occasionSpeakers(s, k) {
			o.speakers[key] = true
		}
	}
	if d == nil {
		for i := range s.dates {
			if eventDate(toks, &s.dates[i]) >= 0 {
				return Claim{}, false // the sentence dates its own events
			}
		}
	}
	verb := -1
	for i := range toks {
		if lexis.IsSpeechVerb(toks, i) && !lexis.InSet(toks[i].Fold, "selon", "according", "d'apres", "reported", "reports") {
			verb = i
			break
		}
	}
	if verb < 0 {
		return Claim{}, false
	}
	sp := x.attribution(toks, 0, len(toks), toks[verb].Start)
	if sp.key == "" || sp.cited || !spokenBefore(toks, verb, sp) {
		return Claim{}, false
	}
	if kind := x.reg.kind(sp.key); kind != KindPerson && kind != KindOrg {
		return Claim{}, false
	}
	how := "named speaking at the " + o.noun
	switch {
	case x.quoted(toks[verb].Start):
		// "« … », said Jobs": a quote is dated by its own words or not at
		// all (statements).
		return Claim{}, false
	case d != nil || back:
		how = "its sentence places it at the " + o.noun
	case !o.speakers[sp.key]:
		return Claim{}, false
	}
	o.speakers[sp.key] = true
	o.at = x.sentIndex
	for i := range claims {
		// A figure of the sentence is the claim, its speaker only who
		// gives it ("Jobs said that Apple has 109 retail stores").
		if claims[i].HasValue || claims[i].Metric == MetricEvent {
			return Claim{}, false
		}
	}
	c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
		What: "statement", Date: o.date.Date, DateSpan: o.date.Span, Subject: x.reg.display(sp.key)}
	x.setSpeaker(&c, sp)
	c.excerpt = x.statementExcerpt(s.span, sp, toks[verb].Start)
	c.Label = labelIn(&c, "en")
	c.Confidence = 0.6
	c.Reasons = []string{"statement: reported speech of " + c.SaidBy + ", " + how,
		"date: «" + o.date.Text + "», the date of the " + o.noun + " the statement was made at"}
	return c, true
}

// statementExcerpt returns the words of a statement for its label: the
// quote of passage p, in quotation marks, when the passage quotes the
// speaker; else the reported speech in the article's words, from its
// speaker's name (or the passage's start) on: "Jobs also said that those who
// had already purchased a bumper…", never in quotation marks that would
// make them the speaker's.
func (x *extractor) statementExcerpt(p Span, sp speaker, verb int) string {
	for _, q := range x.quotes {
		if q.Start >= p.Start && q.End <= p.End && q.End-q.Start >= 20 {
			return quoteExcerpt(x.art.Text, x.quotes, p)
		}
	}
	from := p.Start
	if sp.span.Start > p.Start && sp.span.Start < verb {
		from = sp.span.Start
	}
	return strings.TrimSuffix(shorten(strings.Trim(x.art.Text[from:p.End], " «»“”\",."), 60), ".")
}

// spokenBefore reports whether speaker sp is the one the speech verb at
// token verb reports: named before it ("Jobs also said"), or after it when
// the verb is set off as an incise ("…, said Mike Gikas", "», a déclaré
// Oumar Maïga"); not a name inside the reported words ("The group said that
// Apple's move…").
func spokenBefore(toks []lexis.Token, verb int, sp speaker) bool {
	if sp.span.Start < toks[verb].Start {
		return true
	}
	k := verb - 1
	for k >= 0 && lexis.InSet(toks[k].Fold, "a", "avait", "ont", "has", "had", "have", "se", "s'", "est", "sont", "l'") {
		k--
	}
	return k < 0 || lexis.InSet(toks[k].Text, ",", "»", "”", "\"", ":")
}

// quoted reports whether the speech verb at byte pos reports a quote that
// ends right before it ("\" We think it's the future of notebooks, \" said
// Jobs") or opens right after it.
func (x *extractor) quoted(pos int) bool {
	for _, q := range x.quotes {
		if q.End <= pos && pos-q.End <= 4 || q.Start >= pos && q.Start-pos <= 16 {
			return true
		}
	}
	return false
}
