package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/timex"
)

// quoteRegions finds the quoted stretches of a paragraph: « … », “ … ” and
// straight "…" pairs. Stray closing marks are ignored.
func quoteRegions(out []Span, text string, p Span) []Span {
	open := -1
	var want rune
	// Only '"' and the lead bytes of «, », “ and ” (0xC2, 0xE2) can start
	// a quotation mark: the other bytes are skipped undecoded, each of
	// the three found with IndexByte.
	next := func(c byte, from int) int {
		if k := strings.IndexByte(text[from:p.End], c); k >= 0 {
			return from + k
		}
		return p.End
	}
	quote, c2, e2 := next('"', p.Start), next(0xC2, p.Start), next(0xE2, p.Start)
	for i := min(quote, c2, e2); i < p.End; i = min(quote, c2, e2) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case open < 0 && (r == '«' || r == '“' || r == '"'):
			open = i
			switch r {
			case '«':
				want = '»'
			case '“':
				want = '”'
			default:
				want = '"'
			}
		case open >= 0 && r == want:
			out = append(out, Span{Start: open, End: i + n})
			open = -1
		}
		if i += n; i >= p.End {
			break
		}
		if quote < i {
			quote = next('"', i)
		}
		if c2 < i {
			c2 = next(0xC2, i)
		}
		if e2 < i {
			e2 = next(0xE2, i)
		}
	}
	if open >= 0 && p.End-open > 20 {
		// An unclosed quote runs to the end of the paragraph.
		out = append(out, Span{Start: open, End: p.End})
	}
	return out
}

// speaker is who a passage is attributed to, and the words that say so.
type speaker struct {
	key  string // person or organisation key
	text string
	span Span
	// cited is true for a source named with "selon" or "according to":
	// it reports the figure rather than being its subject.
	cited bool
}

// attribution finds the speaker of the passage at figure position pos in
// sentence s (token range t0..t1 of toks): the quote around it, the speech
// verb of the sentence, or "selon X". It returns the zero speaker when the
// article states the passage on its own authority.
func (x *extractor) attribution(toks []lexis.Token, t0, t1 int, pos int) speaker {
	a := x.art
	// Inside a quote: who is named after it, or before it.
	for _, q := range x.quotes {
		if pos < q.Start || pos >= q.End {
			continue
		}
		if sp := x.speakerAfter(q.End); sp.key != "" {
			x.lastSpeaker = sp
			return sp
		}
		if sp := x.speakerBefore(q.Start); sp.key != "" {
			x.lastSpeaker = sp
			return sp
		}
		// A quote that continues an earlier one ("Et de continuer « … »"),
		// unless someone unnamed says it right after ("“…,” a trust
		// spokeswoman says").
		if x.saidAfterBy(q.End) {
			return speaker{}
		}
		return x.lastSpeaker
	}
	// "9 500 manifestants selon la préfecture, 35 000 selon les
	// organisateurs": the source named right after the figure is its own.
	if k := tokenAt(toks, pos); k >= t0 {
		for i := k + 1; i < t1 && i <= k+5 && (toks[i].Text != "," || numberComma(toks, i) || i+2 < t1 && lexis.InSet(toks[i+1].Fold, "according", "selon") &&
			!lexis.InSet(lexis.FoldAt(toks, i+2), "ses", "son", "sa", "leurs", "leur") && !lexis.InSet(lexis.FoldAt(toks, i+3), "its", "their", "his", "her")) && toks[i].Text != ";"; i++ {
			// (and "with France reporting 24 deaths, according to the
			// interior ministry": the source right after the figure's
			// words, past their comma; not «…, selon ses propres
			// estimations», whose possessive is the clause's speaker's)
			if w := toks[i].Fold; w == "selon" || w == "according" || w == "d'apres" || w == "apres" && i > 0 && toks[i-1].Fold == "d'" {
				if sp := x.citedAfter(toks, i, t1); sp.key != "" {
					return sp
				}
				if sp := x.namedSource(toks, i, t1); sp.key != "" {
					// «4 800 selon la préfecture, 12 000 selon le collectif
					// « Non à l'A147 »»: a source no entity of the article
					// stands for is still this figure's, not the other
					// side's.
					return sp
				}
				if j := i + 1 + map[bool]int{true: 1, false: 0}[toks[i].Fold == "according"]; j < t1 && lexis.InSet(toks[j].Fold, "ses", "son", "sa", "leurs", "leur", "its", "their") &&
					x.focus != "" && x.reg.kind(x.focus) == KindOrg {
					// «l'opérateur détient 39 % du marché selon l'Arcep,
					// contre 41 % selon ses propres calculs»: the company's
					// own count, the other side's.
					return speaker{key: x.focus, text: toks[j].Text, span: Span{Start: toks[j].Start, End: toks[j].End}}
				}
				break
			}
		}
	}
	// Reported speech in the sentence: "X a déclaré que …", "…, a affirmé X.",
	// "selon X", "according to X"; in the figure's own part of a sentence
	// a semicolon divides ("Aid agencies said that was far below the
	// need; the United Nations estimated that the response cost $28
	// million").
	if k := tokenAt(toks, pos); k >= t0 && k < t1 {
		for j := k - 1; j > t0; j-- {
			if toks[j].Text == ";" {
				t0 = j + 1
				break
			}
			if toks[j].Text == "," && namedClauseAfter(toks, j+1, k) {
				// "The World Bank said on Tuesday it would release $200
				// million, and the European Union pledged 25 million euros
				// on Wednesday": a clause with a subject of its own, named,
				// is no longer the words the verb before reports.
				t0 = j + 1
				break
			}
			if toks[j].Text == "," && j+1 < k && lexis.InSet(toks[j+1].Fold, "while", "whereas", "though", "although", "but", "tandis", "mais") &&
				slices.ContainsFunc(toks[j+2:k], func(t lexis.Token) bool { return t.Is(lexis.SpeechVerb) || claimVerbs[t.Fold] || estimateVerbs[t.Fold] }) {
				// "…, according to the statement, though data firm Newzoo
				// estimated the figure at 41 million": a clause with a
				// source of its own, past its conjunction.
				t0 = j + 2
				if t0 < k && lexis.InSet(toks[t0].Fold, "que", "qu'") {
					t0++
				}
				break
			}
			if toks[j].Text == ":" && slices.ContainsFunc(toks[j+1:k], func(t lexis.Token) bool { return t.Is(lexis.SpeechVerb) }) {
				// «La direction affirme que … 8 000 personnes, un chiffre
				// que la CGT juge surévalué : le syndicat évoque plutôt
				// 5 500 salariés»: the words after the colon have their
				// own source.
				t0 = j + 1
				break
			}
		}
		for j := k + 1; j < t1; j++ {
			if toks[j].Text == ";" || j > k+1 && toks[j-1].Text == "," && (lexis.InSet(toks[j].Fold, "tandis", "while", "whereas", "though", "although") || toks[j].Fold == "alors" && lexis.InSet(lexis.FoldAt(toks, j+1), "que", "qu'")) &&
				!saidOfBoth(toks, j, t1) {
				// (and «a fixé son prix à 435 euros, tandis que Savencia a
				// annoncé…», "…, while Hartwell said…": another clause's
				// source)
				t1 = j
				break
			}
		}
	}
	if k := tokenAt(toks, pos); x.art.Lang == "fr" && k > t0 && k < t1 {
		// «…, a affirmé Laurent Bertin, ce que la direction conteste,
		// évoquant 280 postes»: the participle nearest before the figure
		// has the subject of its own clause as speaker, not the speaker
		// of the sentence's first verb.
		for i := k - 1; i > t0+1 && k-i <= 6; i-- {
			if !lexis.IsSpeechVerb(toks, i) {
				continue
			}
			if strings.HasSuffix(toks[i].Fold, "ant") && toks[i-1].Text == "," {
				if sp := x.clauseSubjectSpeaker(toks, t0, i-1); sp.key != "" {
					return sp
				}
			} else if sp := x.relativeSpeaker(toks, t0, i-1); sp.key != "" {
				// «…, un chiffre contesté par la direction, qui parle d'une
				// baisse de 2 %» (the speaker of this figure only: no one
				// whose later quotes go on)
				return sp
			}
			break
		}
	}
	for i := t0; i < t1; i++ {
		dapres := toks[i].Fold == "apres" && lexis.FoldAt(toks, i-1) == "d'" // "D'après le ministère"
		pour := toks[i].Fold == "pour" && (i == t0 || lexis.InSet(lexis.FoldAt(toks, i-1), "mais", "et", ",")) && commaAhead(toks, i+1, min(t1, i+6))
		if i > t0 && lexis.InSet(toks[i-1].Fold, "was", "were", "is", "are", "been", "be") && lexis.InSet(toks[i].Fold, "estimated", "reported", "claimed", "stated", "put", "pegged", "valued", "assessed") ||
			i > t0 && toks[i].Start < pos && lexis.InSet(toks[i-1].Fold, "est", "sont", "etait", "etaient", "ete", "sera", "seront") && lexis.InSet(toks[i].Fold, "estime", "estimee", "estimes", "estimees", "evalue", "evaluee", "evalues", "evaluees", "chiffre", "chiffree", "chiffres", "chiffrees") {
			// (and «Les retombées sont estimées entre 9 et 11 millions
			// d'euros par l'office de tourisme», for the figure it
			// estimates: not «a promis de baisser de 20 % le prix…, une
			// mesure dont le coût est estimé à 90 millions d'euros par
			// l'équipe de Martine Aubrac», the promise before it)
			// "Infrastructure damage was estimated at 2.4 billion pesos
			// by the public works department": the agent after "by",
			// not what was estimated.
			for b := i + 1; b+1 < t1 && b-i <= 10; b++ {
				if toks[b].Text == "," || toks[b].Text == ";" {
					break
				}
				if toks[b].Fold == "by" || toks[b].Fold == "par" {
					e := b + 1
					for e < t1 && e-b <= 7 && toks[e].Kind == lexis.Word && !lexis.InSet(toks[e].Fold, "on", "in", "at", "for", "after", "before", "and", "en", "dans", "pour", "apres", "avant", "et") {
						e++
					}
					if sp := x.resolveSpeaker(toks, b+1, e, false); sp.key != "" {
						return sp
					}
					if lexis.InSet(lexis.FoldAt(toks, b+1), "the", "le", "la", "l'", "les") && e > b+2 {
						head := toks[e-1].Fold
						if b+1 < len(toks) && toks[b+1].Fold != "the" {
							head = toks[b+2].Fold // «par l'office de tourisme»: the French head comes first
						}
						if sourceBodyWord(head) {
							sp := Span{Start: toks[b+2].Start, End: toks[e-1].End}
							return speaker{key: x.art.Slice(sp), text: x.art.Slice(sp), span: sp, cited: true}
						}
					}
					break
				}
			}
			continue
		}
		if i > t0 && t0 >= 1 && toks[i].Start < pos && lexis.InSet(toks[i].Fold, "forecast", "forecasts", "projected", "projects") && lexis.InSet(toks[t0-1].Fold, "while", "whereas") {
			// "…, while Cochilco forecast 5.6 million tons": the clause's
			// subject, whose forecast the figure is.
			if sp := x.clauseSubjectSpeaker(toks, t0, i); sp.key != "" {
				return sp
			}
		}
		if !lexis.IsSpeechVerb(toks, i) && !dapres && !pour {
			continue
		}
		w := toks[i].Fold
		if w == "selon" || w == "according" || w == "d'apres" || dapres || pour {
			if k := tokenAt(toks, pos); k >= 0 && k < i && versusFigureBefore(toks, k, i) {
				// «12 000 manifestants, contre 80 000 selon les
				// organisateurs»: the source of the other figure only.
				continue
			}
			if sp := x.citedAfter(toks, i, t1); sp.key != "" {
				return sp
			}
			continue
		}
		if x.art.Lang == "fr" && strings.HasSuffix(w, "ant") && i > t0+1 && toks[i-1].Text == "," {
			// «…, ce que la direction conteste, évoquant 280 postes»: the
			// subject of the clause the participle hangs on, for what
			// follows it only (not «Telegram a enregistré des pics après
			// que WhatsApp a partagé sa politique, déclarant…»).
			if pos < toks[i].Start {
				continue
			}
			if sp := x.clauseSubjectSpeaker(toks, t0, i-1); sp.key != "" {
				x.lastSpeaker = sp
				return sp
			}
			continue
		}
		if w == "saying" && i > t0+1 && toks[i-1].Text == "," {
			// "Union leader James Ashdown welcomed the result, saying the
			// agreement would cost…": the one the clause before the
			// participle tells of.
			if sp := x.resolveSpeaker(toks, t0, i-1, false); sp.key != "" && x.reg.kind(sp.key) != KindPlace {
				x.lastSpeaker = sp
				return sp
			}
			continue
		}
		if f := lexis.FoldAt(toks, i-1); i > t0 && toks[i-1].Kind == lexis.Word && (strings.HasSuffix(f, "-t-il") || strings.HasSuffix(f, "-t-elle")) &&
			x.lastPerson.key != "" && x.reg.kind(x.lastPerson.key) == KindPerson && x.sentIndex-x.lastPersonIn <= 2 {
			// "Les recettes atteignent 3,9 millions d'euros, a-t-il
			// précisé": the person the inverted pronoun stands for,
			// named in the sentences just before.
			sp := speaker{key: x.lastPerson.key, text: toks[i-1].Text, span: Span{Start: toks[i-1].Start, End: toks[i-1].End}}
			x.lastSpeaker = sp
			return sp
		}
		// The speaker before the verb (its clause), else after it (inversion).
		k := i - 1
		for k >= t0 && lexis.InSet(toks[k].Fold, "a", "avait", "ont", "has", "had", "have", "se", "s'", "est", "sont", "etait", "l'") ||
			k >= t0 && speechAdverbs[toks[k].Fold] || k > t0 && (lexis.MatchWords(toks, k-1, "par", "ailleurs") || lexis.MatchWords(toks, k-1, "en", "outre")) {
			// (and «Le club a par ailleurs annoncé», "The club has also
			// announced": the adverb between)
			if k > t0 && (lexis.MatchWords(toks, k-1, "par", "ailleurs") || lexis.MatchWords(toks, k-1, "en", "outre")) {
				k--
			}
			k--
		}
		start := k
		for start > t0 && (toks[start-1].Text != "," || insideNumber(toks, start-1)) && toks[start-1].Text != ";" && toks[start-1].Text != "«" && k-start < 12 &&
			!(lexis.InSet(toks[start-1].Text, "-", "–", "—") && toks[start-1].Space && start >= 2 && toks[start-2].Text == ")") {
			// (not past a dateline's agency: "Montpellier, 20 mai 2026
			// (AFP) - L'éditeur Pixelune a annoncé")
			start--
		}
		if sp := x.relativeSpeaker(toks, t0, k); sp.key != "" && pos > toks[i].Start {
			return sp // (for what the relative clause says only)
		}
		if figureRelative(toks, start, k) {
			// "94 deaths for July, a figure that experts say vastly
			// understates the toll": what others say of the figure, not
			// who gives it.
			continue
		}
		// ", a affirmé X": after a comma the verb is an incise and its
		// speaker follows it.
		incise := k < t0 || toks[k].Text == "," || toks[k].Text == "»" || toks[k].Text == "”"
		if incise && k > t0 && toks[k].Text == "," {
			// "Son directeur général, Luca de Meo, a indiqué": a name set
			// between commas after a role is the speaker, not an incise.
			if a := appositionAfterRole(toks, t0, k); a >= 0 {
				if sp := x.resolveSpeaker(toks, a, k, true); sp.key != "" {
					x.lastSpeaker = sp
					return sp
				}
			}
			// "Novalink, the Nordic telecoms group, said": the name the
			// apposition describes.
			if c := appositionStart(toks, t0, k); c > t0 && !(pos > toks[c].Start && pos < toks[k].Start) {
				// (not "Halvern, whose shares jumped 34% in London, said
				// it would file": the apposition's own figure, which the
				// name does not say)
				w := 6
				if acronymBefore(toks, t0, c) > t0 {
					w = 9 // (the name with its acronym: "the Office for Students (OfS),")
				}
				if sp := x.resolveSpeaker(toks, max(t0, c-w), c, true); sp.key != "" {
					x.lastSpeaker = sp
					return sp
				}
			}
		}
		if !incise {
			if sp := x.resolveSpeaker(toks, start, k+1, true); sp.key != "" {
				x.lastSpeaker = sp
				return sp
			}
		}
		j := i + 1
		// Skip a date after the verb: "a affirmé ce mardi 5 octobre son fondateur".
		for _, d := range x.sentDates {
			if d.Span.Start == toks[min(j, len(toks)-1)].Start {
				for j < t1 && toks[j].Start < d.Span.End {
					j++
				}
			}
		}
		if lexis.InSet(toks[i].Fold, "told", "tells") {
			// "One senior Dashly manager, who did not want to be named,
			// told the BBC": whom the words were told is no speaker; the
			// noun phrase the sentence opens with is.
			e := t0
			for e < k && toks[e].Text != "," {
				e++
			}
			if e < k && e > t0 {
				if sp := x.resolveSpeaker(toks, t0, e, true); sp.key != "" {
					x.lastSpeaker = sp
					return sp
				}
			}
			return speaker{}
		}
		if j+1 < t1 && lexis.InSet(toks[j].Fold, "sur", "on", "dans") && toks[j+1].Upper() {
			// «a dénoncé jeudi soir sur LCI « … »», "said on CNN": where
			// the words were said, past it.
			e := j + 1
			for e < t1 && e-j <= 4 && isNameToken(toks[e]) && toks[e].Upper() {
				e++
			}
			j = e
		}
		if j+1 < t1 && lexis.InSet(toks[j].Fold, "a", "au", "aux") && toks[j].Text != "a" {
			// «a déclaré jeudi à l'AFP le délégué syndical Laurent
			// Mével»: past whom the words were said to.
			n := j + 1
			if lexis.InSet(toks[n].Fold, "l'", "la", "le", "les") {
				n++
			}
			e := n
			for e < t1 && e-j <= 5 && isNameToken(toks[e]) && toks[e].Upper() {
				e++
			}
			if e > n && e < t1 {
				j = e
			}
		}
		// The speaker right after the verb ("…, said Apple's CEO Tim
		// Cook", "a déclaré le ministre de l'Intérieur"), not a name deep
		// in its object ("Opel, which employs 54,000 people, announced
		// the closure of its Antwerp plant").
		if sp := x.resolveSpeaker(toks, j, min(t1, j+6), false); sp.key != "" && !deepInObject(toks, j, sp.span) && !x.subjectOfReported(toks, sp.span) {
			x.lastSpeaker = sp
			return sp
		}
		for c := j + 2; c < min(t1, j+8); c++ {
			// «a annoncé jeudi le procureur de la République, Nicolas
			// Berthier, lors d'une conférence de presse»: the name a role
			// after the verb sets off by a comma, past the first words.
			if toks[c].Text != "," || c+2 >= t1 || !slices.ContainsFunc(toks[j:c], func(t lexis.Token) bool { _, ok := roleWords[t.Fold]; return ok }) {
				continue
			}
			e := c + 1
			for e < t1 && e-c <= 4 && isNameToken(toks[e]) && toks[e].Upper() {
				e++
			}
			if e > c+2 {
				if sp := x.resolveSpeaker(toks, c+1, e, false); sp.key != "" && x.reg.kind(sp.key) == KindPerson {
					x.lastSpeaker = sp
					return sp
				}
			}
			break
		}
		if sp := unnamedOpening(x.art, toks, t0, k); sp.key != "" {
			return sp
		}
	}
	_ = a
	return speaker{}
}

// relativeSpeaker returns the speaker a relative pronoun at token k after
// a comma stands for: the name or the body in common nouns before the
// comma («un chiffre contesté par la direction, qui parle d'une baisse»);
// the zero speaker when k is no such pronoun.
func (x *extractor) relativeSpeaker(toks []lexis.Token, t0, k int) speaker {
	if k <= t0+1 || !lexis.InSet(toks[k].Fold, "qui", "who") || toks[k-1].Text != "," {
		return speaker{}
	}
	b := k - 1
	for b > t0 && toks[b-1].Text != "," && !lexis.InSet(toks[b-1].Fold, "par", "by") && k-1-b < 8 {
		b--
	}
	if sp := x.resolveSpeaker(toks, b, k-1, true); sp.key != "" {
		return sp
	}
	if agentPhraseAt(toks, b, k-1) {
		sp := Span{Start: toks[b].Start, End: toks[k-2].End}
		return speaker{key: x.art.Slice(sp), text: x.art.Slice(sp), span: sp, cited: true}
	}
	return speaker{}
}

// clauseSubjectSpeaker returns the speaker the clause that ends at token
// e names as its subject, after a comma, «que», «qui» or t0: a name, or a
// body in common nouns («la direction»); the zero speaker when none.
func (x *extractor) clauseSubjectSpeaker(toks []lexis.Token, t0, e int) speaker {
	b := e
	for b > t0 && toks[b-1].Text != "," && toks[b-1].Text != ";" && !lexis.InSet(toks[b-1].Fold, "que", "qu'", "qui", "that", "which") {
		b--
	}
	for v := b + 1; v < e && v-b <= 6; v++ {
		if agentPhraseAt(toks, b, v) && (v == e || toks[v].Kind == lexis.Word && !toks[v].Upper()) {
			if sp := x.resolveSpeaker(toks, b, v, false); sp.key != "" {
				return sp
			}
			sp := Span{Start: toks[b].Start, End: toks[v-1].End}
			return speaker{key: x.art.Slice(sp), text: x.art.Slice(sp), span: sp, cited: true}
		}
	}
	return x.resolveSpeaker(toks, b, e, false)
}

// saidOfBoth reports whether the clause "while", «tandis que» opens at
// token j holds no verb of saying of its own, and one after a comma past
// it ends the sentence: "A fell 2%, while B rose 12%, UCAS said" reports
// both clauses, "…, while Hartwell said…" only its own.
func saidOfBoth(toks []lexis.Token, j, t1 int) bool {
	for c := j + 1; c < t1; c++ {
		if lexis.IsSpeechVerb(toks, c) {
			return false
		}
		if toks[c].Text != "," {
			continue
		}
		for i := c + 1; i < t1 && i <= c+8; i++ {
			if toks[i].Text == "," || toks[i].Text == ";" {
				break
			}
			if lexis.IsSpeechVerb(toks, i) && !lexis.InSet(toks[i].Fold, "according", "selon") {
				return true // (and «…, a indiqué le président d'AGO, Bertrand Lavigne.»: the speaker's apposition after)
			}
		}
	}
	return false
}

// unnamedOpening returns, as the source in the text's words, someone
// unnamed the sentence opens with before a comma, ahead of the verb at k:
// "A senior Democratic official, speaking on condition of anonymity,
// said…", «Un haut responsable, sous couvert d'anonymat, a indiqué…».
func unnamedOpening(a *Article, toks []lexis.Token, t0, k int) speaker {
	e := t0
	for e < k && toks[e].Text != "," {
		e++
	}
	if e >= k || e-t0 < 2 || e-t0 > 5 || !lexis.InSet(toks[t0].Fold, "a", "an", "one", "un", "une") || toks[t0].Text == "à" {
		return speaker{}
	}
	for m := t0 + 1; m < e; m++ {
		if toks[m].Kind != lexis.Word {
			return speaker{}
		}
	}
	if h := toks[e-1]; h.Upper() || !(roleWords[h.Fold] != "" || anonymousNouns[h.Fold] || lexis.InSet(h.Fold, "official", "diplomat", "executive", "manager", "employee", "analyst", "banker",
		"responsable", "diplomate", "cadre", "salarie", "conseiller", "conseillere", "proche", "negociateur", "negotiator", "aide", "adviser", "advisor", "minister", "ministre")) {
		return speaker{}
	}
	sp := Span{Start: toks[t0].Start, End: toks[e-1].End}
	text := a.Slice(sp)
	return speaker{key: text, text: text, span: sp}
}

// subjectOfReported reports whether the name at span, after a verb of
// saying, is the subject of the English clause it reports, a verb or a
// modal right after it: "said the government would decide in June" (not
// "said the government on Monday").
func (x *extractor) subjectOfReported(toks []lexis.Token, sp Span) bool {
	if x.art.Lang != "en" {
		return false
	}
	for k, t := range toks {
		if t.Start >= sp.End {
			return lexis.InSet(t.Fold, "would", "will", "could", "should", "may", "might", "can", "must", "has", "have", "had", "is", "are", "was", "were") ||
				lexis.EnglishPast(t.Fold) && k+1 < len(toks) && toks[k+1].Kind == lexis.Word
		}
	}
	return false
}

// namedClauseAfter reports whether the words from token i (before token
// end) open a clause that "and", «et» or "but" joins, whose subject is a
// name and whose verb is in the past: ", and the European Union pledged",
// «, et la Banque mondiale a promis».
func namedClauseAfter(toks []lexis.Token, i, end int) bool {
	if i >= end || !lexis.InSet(toks[i].Fold, "and", "et", "but", "mais") {
		return false
	}
	k := i + 1
	if k < end && lexis.InSet(toks[k].Fold, "the", "le", "la", "l'", "les") {
		k++
	}
	names := 0
	for k < end && names < 5 && (isNameToken(toks[k]) || names > 0 && lexis.InSet(toks[k].Fold, "of", "de", "du", "des")) {
		names++
		k++
	}
	if names == 0 || k >= end || !isNameToken(toks[k-1]) {
		return false
	}
	v := toks[k].Fold
	if lexis.InSet(v, "a", "ont", "has", "have", "had", "avait", "avaient") && k+1 < end {
		v = toks[k+1].Fold
		return lexis.FrenchParticiple(v) || strings.HasSuffix(v, "ed")
	}
	return len(v) > 4 && strings.HasSuffix(v, "ed") && !toks[k].Upper()
}

// citedEnd returns the end of the source named after "selon", "according
// to" from token j (at most to end): the words up to the comma that closes
// the phrase ("Selon des syndicats, Airbus a supprimé…": not "Airbus"), or
// up to the second comma when a name is set between commas after a role
// ("selon son directeur, Jean Dupont, …").
func citedEnd(toks []lexis.Token, j, end int) int {
	for k := j; k < end; k++ {
		if toks[k].Kind != lexis.Punct || lexis.InSet(toks[k].Text, "'", "’", "-", "&") {
			continue
		}
		if toks[k].Text == "." && k > j && (personTitles[toks[k-1].Fold] || k+1 < end && !toks[k+1].Space || len(toks[k-1].Text) == 1 && toks[k-1].Upper()) {
			continue // "selon M. Houdré", "M.Houdré": a title's dot; "the U.N. Office for…": an initial's
		}
		if toks[k].Text == "(" && k+2 < end && toks[k+2].Text == ")" && isAllCaps(toks[k+1].Text) {
			return k + 3 // "(EFFIS)": the abbreviation of the name before
		}
		if toks[k].Text == "," && k > j {
			if _, role := roleWords[toks[k-1].Fold]; role && k+1 < end && isNameToken(toks[k+1]) {
				continue
			}
		}
		return k
	}
	return end
}

// appositionAfterRole returns the first token of the words between the
// comma before token k and the comma at k when a role word stands within
// four words before that comma ("Son directeur général, Luca de Meo,"), -1
// when not.
func appositionAfterRole(toks []lexis.Token, t0, k int) int {
	c := k - 1
	for c > t0 && toks[c].Text != "," && k-c <= 5 {
		c--
	}
	if c <= t0 || toks[c].Text != "," || c+1 >= k || !isNameToken(toks[c+1]) {
		return -1
	}
	for r := c - 1; r >= t0 && c-r <= 4; r-- {
		if roleOf(toks[r]) != "" {
			return c + 1
		}
	}
	return -1
}

// speechAdverbs stand between a speaker's auxiliary and the verb that
// reports its words.
var speechAdverbs = lexis.SetOf("egalement", "aussi", "deja", "encore", "notamment", "toutefois", "cependant", "also", "already", "further")

// appositionStart returns the comma that opens an apposition closed by the
// comma at k and opened by a determiner ("Novalink, the Nordic telecoms
// group,", "Zorgon, un groupe lyonnais,"), a name's possessive ("Aurora,
// Finland's second-largest pension insurer,") or a relative pronoun
// ("ASML, whose machines are used by all leading chipmakers,"), -1 when
// none.
func appositionStart(toks []lexis.Token, t0, k int) int {
	for c := k - 1; c > t0 && k-c <= 18; c-- {
		if toks[c].Text == "," && !insideNumber(toks, c) { // (not the comma of "which represents 52,000 teachers")
			possessive := false // "Aurora, Finland's second-largest insurer, said", "Karoo Ridge, South Africa's fourth-largest gold producer, said"
			for e := c + 2; e < k && e <= c+4 && isNameToken(toks[e-1]); e++ {
				if lexis.InSet(toks[e].Text, "'s", "’s") {
					possessive = true
					break
				}
			}
			// (and «La Laiterie Armorique, deuxième collecteur du pays, a
			// annoncé»: a rank or a role with no article, in French)
			bare := c+1 < k && lexis.InSet(toks[c+1].Fold, "premier", "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "second", "seconde",
				"numero", "leader", "filiale", "specialiste", "geant", "champion", "ancien", "ancienne")
			if c+1 < k && (possessive || bare || lexis.InSet(toks[c+1].Fold, "the", "a", "an", "le", "la", "l'", "un", "une", "its", "son", "sa", "whose", "which", "who", "dont", "qui")) && c > t0 && (isNameToken(toks[c-1]) || acronymBefore(toks, t0, c) > t0 || speakerBodies[toks[c-1].Fold] && c >= 2 && isNameToken(toks[c-2])) {
				// (and "The Teamsters union, which represents…, said": a
				// body its name's word before it tells)
				if a := nameRunStart(toks, c); a > t0 && lexis.InSet(toks[a-1].Fold, "in", "at", "from", "of", "a", "en", "de") && toks[a-1].Text != "A" &&
					!slices.ContainsFunc(toks[max(t0+1, 1, a-5):max(t0+1, 1, a-1)], isNameToken) { // (a word opening the sentence is capitalised anyway)
					// ("Prosecutors in Bacău, who opened…, said": the name is
					// a complement's, and no name before it speaks; but "The
					// Metall union in Sweden, which represents…, said")
					return -1
				}
				return c
			}
			return -1
		}
	}
	return -1
}

// nameRunStart returns the first token of the capitalised words that end
// right before token c.
func nameRunStart(toks []lexis.Token, c int) int {
	a := c
	for a > 0 && isNameToken(toks[a-1]) {
		a--
	}
	return a
}

// acronymBefore returns where the brackets of an acronym that ends right
// before c open, after a name ("the Office for Students (OfS), the sector
// regulator,"), -1 when none.
func acronymBefore(toks []lexis.Token, t0, c int) int {
	if c < t0+4 || toks[c-1].Text != ")" || toks[c-3].Text != "(" || !isNameToken(toks[c-2]) || !acronym(toks[c-2].Text) || toks[c-4].Kind != lexis.Word {
		return -1
	}
	return c - 3
}

// acronym reports whether w is written as one, with two capitals or more
// in a short word: "OfS", "ONU", "CNIL".
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && len(w) <= 8
}

// saidAfterBy reports whether the words right after a quote ending at pos
// hold a verb of saying and someone unnamed, brought in by an indefinite
// article, who says it: the quote is theirs, no earlier speaker's.
func (x *extractor) saidAfterBy(pos int) bool {
	end := x.paragraphEnd(pos, 120)
	toks := x.tokenizeNear(pos, min(end, pos+120))
	i := 0
	for i < len(toks) && (toks[i].Text == "," || toks[i].Text == "»" || toks[i].Text == "”" || toks[i].Text == "\"") {
		i++
	}
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].Text == "." || toks[k].Text == "«" || toks[k].Text == "“" {
			return false
		}
		if lexis.IsSpeechVerb(toks, k) {
			// before it or after it, an unnamed someone: "a trust
			// spokeswoman says", «a déclaré un proche» (not «a poursuivi
			// l'expert», "he said": the one who spoke before)
			for j := i; j < len(toks) && j < k+3; j++ {
				if toks[j].Text == "." {
					break
				}
				if lexis.InSet(toks[j].Fold, "a", "an", "un", "une") && toks[j].Text != "à" && j != k && !(j == k-1 && toks[j].Fold == "a") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// speakerAfter reads ", a déclaré X", "», se félicite X", "\" said X" after
// a closing quote at byte pos.
func (x *extractor) speakerAfter(pos int) speaker {
	end := x.paragraphEnd(pos, 300)
	toks := x.tokenizeNear(pos, min(end, pos+300))
	i := 0
	for i < len(toks) && (toks[i].Text == "," || toks[i].Text == "." || toks[i].Text == "»" || toks[i].Text == "”") {
		if toks[i].Text == "." && i+1 < len(toks) && toks[i+1].Upper() && (i == 0 || toks[i-1].Text != ".") && toks[i].Start >= pos {
			// «Selon Claire Mounier, « … ». Le cabinet IQVIA estime…»: the
			// sentence ends after the quote; the next one's subject did
			// not say it.
			return speaker{}
		}
		i++
	}
	// "X said" right after the quote (and «, a accusé X»: a verb that
	// reports the words of the quote it follows).
	for k := i; k < min(len(toks), i+6) || k < min(len(toks), i+12) && appositionBefore(toks, i, k); k++ {
		// (and "its managing director, Paul Ferris, said": a role and the
		// name set between commas)
		if k == i && toks[k].Kind == lexis.Word && lexis.InvertedSpeech(toks[k].Fold) && x.lastPerson.key != "" && x.sentIndex-x.lastPersonIn <= 2 && x.reg.kind(x.lastPerson.key) == KindPerson {
			// "« … », estime-t-il": the person the pronoun of the verb
			// stands for, named in the sentences just before.
			return speaker{key: x.lastPerson.key, text: toks[k].Text, span: Span{Start: toks[k].Start, End: toks[k].End}}
		}
		if lexis.IsSpeechVerb(toks, k) || lexis.ReportsQuote(toks[k].Fold) && toks[k].Kind == lexis.Word {
			if k > i {
				if sp := x.resolveSpeaker(toks, i, k, true); sp.key != "" {
					return sp
				}
			}
			if k == i+1 && lexis.InSet(toks[i].Fold, "he", "she", "il", "elle") && x.lastPerson.key != "" && x.sentIndex-x.lastPersonIn <= 2 && x.reg.kind(x.lastPerson.key) == KindPerson {
				// "“We are ready to govern,” he told reporters": the person
				// the article named last, in the sentences just before.
				return speaker{key: x.lastPerson.key, text: toks[i].Text, span: Span{Start: toks[i].Start, End: toks[i].End}}
			}
			if f := lexis.FoldAt(toks, k-1); k > i && (strings.HasSuffix(f, "-t-il") || strings.HasSuffix(f, "-t-elle") || strings.HasSuffix(f, "-il") || strings.HasSuffix(f, "-elle")) && x.lastPerson.key != "" {
				// "« … », a-t-il ajouté mardi sur France Info": the person
				// the inverted pronoun stands for, not the station named
				// after the verb.
				return speaker{key: x.lastPerson.key, text: toks[k-1].Text, span: Span{Start: toks[k-1].Start, End: toks[k-1].End}}
			}
			stop := k + 1
			for stop < len(toks) && stop-k < 12 && (toks[stop].Text != "." || titleDot(toks, stop)) && toks[stop].Text != ";" {
				stop++ // (past «M.», "Dr.", "J.": a title's or an initial's dot, «a déclaré M. Girard»)
			}
			return x.resolveSpeaker(toks, k+1, stop, false)
		}
		if toks[k].Text == "." || toks[k].Text == "«" || toks[k].Text == "“" {
			break
		}
	}
	return speaker{}
}

// titleDot reports whether the dot at token k closes a title or an
// initial before a name («M. Girard», "Dr. Lee", "J. Smith").
func titleDot(toks []lexis.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k].Space || !toks[k+1].Upper() {
		return false
	}
	p := toks[k-1]
	return personTitles[p.Fold] || p.Kind == lexis.Word && len(p.Text) == 1 && p.Upper()
}

// appositionBefore reports whether the tokens [i, k) after a quote hold a
// comma that sets off a name, so that the verb the speaker's words end at
// may come further ("its managing director, Paul Ferris, said").
func appositionBefore(toks []lexis.Token, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if toks[j].Text == "," && j+1 < len(toks) && (toks[j+1].Upper() || j-i <= 3 && lexis.InSet(toks[j+1].Fold, "a", "an", "the", "its", "his", "her", "un", "une", "le", "la", "l'")) {
			// (and "Curtice, a professor at the University of Strathclyde,
			// said": a name and the apposition that tells who he is)
			return true
		}
	}
	return false
}

// tokenizeNear tokenises the article's text[start:end] around a quote.
func (x *extractor) tokenizeNear(start, end int) []lexis.Token {
	if x.ws == nil {
		return lexis.Tokenize(x.art.Text, start, end)
	}
	return x.ws.near.Tokenize(x.art.Text, start, end)
}

// speakerBefore reads "X explique : «", "X a déclaré :" before an opening
// quote at byte pos.
func (x *extractor) speakerBefore(pos int) speaker {
	start := x.paragraphStart(pos, 301)
	if pos-start > 300 {
		start = pos - 300
		for start < pos && !utf8.RuneStart(x.art.Text[start]) {
			start++
		}
	}
	toks := x.tokenizeNear(start, pos)
	// Only the clause that ends at the quote (a semicolon ends one too:
	// «Selon l'association X, … 9 % ; le club évoque une hausse « … »»).
	from := 0
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Text == "." || toks[k].Text == "»" || toks[k].Text == "”" || toks[k].Text == "!" || toks[k].Text == "?" || toks[k].Text == ";" {
			from = k + 1
			break
		}
	}
	for k := len(toks) - 1; k >= from; k-- {
		if lexis.IsSpeechVerb(toks, k) {
			if sp := x.resolveSpeaker(toks, from, k, true); sp.key != "" {
				return sp
			}
			return x.resolveSpeaker(toks, k+1, len(toks), false)
		}
	}
	return speaker{}
}

// paragraphEnd is the end of pos's paragraph, or pos+n when it is further:
// looking no further keeps a paragraph of megabytes linear.
func (x *extractor) paragraphEnd(pos, n int) int {
	lim := min(len(x.art.Text), pos+n)
	if i := strings.IndexByte(x.art.Text[pos:lim], '\n'); i >= 0 {
		return pos + i
	}
	return lim
}

// paragraphStart is the start of pos's paragraph, or pos-n when it is
// further back.
func (x *extractor) paragraphStart(pos, n int) int {
	lo := max(0, pos-n)
	return lo + strings.LastIndexByte(x.art.Text[lo:pos], '\n') + 1
}

// citedAfter returns the source "selon", "according to", «d'après» at
// token i cites, before token t1, marked as cited; the zero speaker when
// its words name no one.
func (x *extractor) citedAfter(toks []lexis.Token, i, t1 int) speaker {
	j := i + 1
	if lexis.FoldAt(toks, j) == "to" {
		j++
	}
	if lexis.MatchWords(toks, j, "la", "meme", "source") || lexis.MatchWords(toks, j, "the", "same", "source") || lexis.MatchWords(toks, j, "les", "memes", "sources") {
		// «d'après la même source», "according to the same source": the
		// one cited last
		return x.lastCited
	}
	sp := x.citedSource(toks, i, t1)
	if sp.key != "" && x.art.Lang == "fr" {
		// «selon l'Assurance maladie», «selon Pôle emploi»: a French
		// name that goes on in lower case up to the clause's end
		for k := i + 1; k+1 < t1; k++ {
			if toks[k].End != sp.span.End {
				continue
			}
			w := toks[k+1]
			if w.Kind == lexis.Word && !w.Upper() && toks[k].Upper() && !w.Is(timex.WeekdayName|timex.MonthName) && !lexis.InSet(w.Fold, "hier", "aujourd'hui", "demain") &&
				(k+2 >= len(toks) || toks[k+2].Kind == lexis.Punct) {
				sp.span.End = w.End
				sp.text = x.art.Slice(sp.span)
				sp.key = sp.text
			}
			break
		}
	}
	if sp.key != "" {
		x.lastCited = sp
	}
	return sp
}

// citedSource is citedAfter for a source named after token i.
func (x *extractor) citedSource(toks []lexis.Token, i, t1 int) speaker {
	j := i + 1
	if lexis.FoldAt(toks, j) == "to" {
		j++
	}
	end := min(t1, j+10)
	for k := j; k+2 < t1 && k <= j+16 && toks[k].Text != "," && toks[k].Text != ";"; k++ {
		if toks[k].Text == "(" && toks[k+2].Text == ")" && isAllCaps(toks[k+1].Text) {
			end = max(end, k+3) // «selon le Système européen d'information sur les feux de forêt (EFFIS)»: the long name's abbreviation
			break
		}
	}
	if sp := x.seenDocument(toks, j, t1); sp.key != "" {
		return sp // (first: "a report seen by Reuters" is the report's, not the newsroom's)
	}
	if j+1 < len(toks) && lexis.InSet(toks[j].Fold, "the", "its", "their", "le", "son", "leur") && lexis.InSet(toks[j+1].Fold, "statement", "release", "filing", "announcement", "communique", "declaration") &&
		(j+2 >= t1 || toks[j+2].Kind == lexis.Punct) && x.focus != "" && x.reg.kind(x.focus) == KindOrg {
		// "…, according to the statement, though Newzoo…", «selon le
		// communiqué»: the statement of the organisation the article is
		// about (not of a brand of it the article last had speak).
		sp := Span{Start: toks[j].Start, End: toks[j+1].End}
		return speaker{key: x.reg.canon(x.focus), text: x.art.Slice(sp), span: sp, cited: true}
	}
	if sp := x.roleThenName(toks, j, t1); sp.key != "" {
		return sp
	}
	if sp := x.localAuthority(toks, j, t1); sp.key != "" {
		return sp
	}
	k := j + map[bool]int{true: 1, false: 0}[lexis.InSet(lexis.FoldAt(toks, j), "the", "les", "des", "a", "an", "un", "une", "le", "la", "l'") && toks[j].Text != "à"]
	if k+1 < t1 && toks[k].Kind == lexis.Word && !toks[k].Upper() && !citedDocuments[toks[k].Fold] && citedDocuments[toks[k+1].Fold] &&
		!lexis.InSet(toks[k].Fold, "of", "by", "from", "to", "in", "on", "for", "de", "du", "des", "d'", "par", "and", "et") {
		k++ // "according to a flash estimate published by…", "preliminary data from"
	}
	if k < t1 && citedDocuments[toks[k].Fold] {
		// "according to data published on Tuesday by researcher
		// Kantar", «selon les chiffres publiés vendredi par la PFA»: who
		// published them.
		for b := k + 1; b < t1 && b <= k+8 && toks[b].Text != "," && toks[b].Text != ";"; b++ {
			if lexis.InSet(toks[b].Fold, "by", "par", "from") {
				n := b + 1
				if lexis.InSet(lexis.FoldAt(toks, n), "le", "la", "l'", "les", "the") {
					n++
				}
				if after := sourceNameAfterKind(toks, n, t1); after > n {
					n = after // "by researcher Kantar", "by the national statistics institute INE": the name after what it is (not a role some person holds)
				}
				full := x.resolveSpeaker(toks, n, citedEnd(toks, n, min(t1, n+8)), false)
				for a := n + 1; a+2 < t1 && a <= n+12 && toks[a].Text != "," && toks[a].Text != ";" && !strings.Contains(full.text, " "); a++ {
					// (unless the whole name was read: «l'Observatoire
					// national interministériel de la sécurité routière
					// (ONISR)»)
					if toks[a].Text == "(" && toks[a+2].Text == ")" && isAllCaps(toks[a+1].Text) && len(toks[a+1].Text) > 1 && toks[n].Upper() {
						// «par le Service statistique ministériel de la
						// sécurité intérieure (SSMSI)»: a long name, by its
						// abbreviation
						if sp := x.resolveSpeaker(toks, a+1, a+2, false); sp.key != "" {
							sp.cited = true
							return sp
						}
						sp := Span{Start: toks[a+1].Start, End: toks[a+1].End}
						return speaker{key: x.art.Slice(sp), text: x.art.Slice(sp), span: sp, cited: true}
					}
				}
				if sp := full; sp.key != "" {
					sp.cited = true
					return sp
				}
				if n == b+2 && !toks[n].Upper() {
					// «les chiffres communiqués par le groupe»: the noun
					// with its article, which stands for the organisation
					// the article tells of
					if sp := x.resolveSpeaker(toks, b+1, citedEnd(toks, b+1, min(t1, b+9)), false); sp.key != "" {
						sp.cited = true
						return sp
					}
				}
				return x.namedSource(toks, b, t1) // (a name no entity of the article stands for)
			}
		}
		if n := k + 1; n+1 < t1 && lexis.InSet(toks[n].Fold, "des", "du", "de", "d'", "of") && toks[k].Fold != "estimate" {
			// «selon le dernier bilan des pompiers», "according to figures
			// of the health ministry": whose papers they are.
			n++
			if lexis.InSet(toks[n].Fold, "la", "l'", "the") && n+1 < t1 {
				n++
			}
			e := citedEnd(toks, n, min(t1, n+8))
			if sp := x.resolveSpeaker(toks, n, e, false); sp.key != "" && x.reg.kind(sp.key) != KindPlace {
				sp.cited = true
				return sp
			}
			if toks[n].Kind == lexis.Word && !toks[n].Upper() && sourceBodyWord(toks[n].Fold) {
				// «des pompiers», «du ministère»: the agent the contracted
				// article names
				last := n
				if m := n + 1; m < t1 && toks[m].Kind == lexis.Word && !toks[m].Upper() && (m+1 >= t1 || toks[m+1].Kind == lexis.Punct) && !lexis.FrenchParticiple(toks[m].Fold) {
					last = m // «de la préfecture maritime,»: with its adjective
				}
				sp := Span{Start: toks[n].Start, End: toks[last].End}
				text := x.art.Slice(sp)
				return speaker{key: text, text: text, span: sp, cited: true}
			}
			if e > n && agentPhraseAt(toks, n, e) {
				sp := Span{Start: toks[n].Start, End: toks[e-1].End}
				text := x.art.Slice(sp)
				return speaker{key: text, text: text, span: sp, cited: true}
			}
		}
	}
	if n := sourceNameAfterKind(toks, j, t1); n > j {
		// "according to market researcher Newzoo", «selon le cabinet
		// Xerfi»: the name after what it is, not a person the role word
		// would stand for.
		if sp := x.resolveSpeaker(toks, n, citedEnd(toks, n, min(t1, n+8)), false); sp.key != "" && x.reg.kind(sp.key) != KindPlace {
			sp.cited = true
			return sp
		}
		return x.namedSource(toks, n-1, t1)
	}
	if sp := bodyDocument(x.art, toks, j, t1); sp.key != "" {
		return sp
	}
	sp := x.resolveSpeaker(toks, j, citedEnd(toks, j, end), false)
	sp.cited = sp.key != ""
	if sp.key == "" {
		sp = x.anonymousSource(toks, j, t1)
	}
	if e := citedEnd(toks, j, min(t1, j+5)); sp.key == "" && e > j && e-j <= 4 && (recordNouns[toks[e-1].Fold] || agentSourceNouns[toks[e-1].Fold] && strings.HasSuffix(toks[e-1].Fold, "s")) && !toks[j].Upper() &&
		!lexis.InSet(toks[j].Fold, "the", "a", "an", "le", "la", "les", "l'", "des", "un", "une") {
		// "according to court records", «selon des documents
		// judiciaires», "according to notaries": papers or people of a
		// kind, in the text's words.
		sp := Span{Start: toks[j].Start, End: toks[e-1].End}
		text := x.art.Slice(sp)
		return speaker{key: text, text: text, span: sp, cited: true}
	}
	if sp.key == "" {
		if e := citedEnd(toks, j, min(t1, j+8)); agentPhraseAt(toks, j, e) {
			// «selon l'exécutif régional», «selon le président de la
			// région», «selon les professionnels du secteur»: a body or a
			// role no name gives, in the text's words.
			sp := Span{Start: toks[j].Start, End: toks[e-1].End}
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp, cited: true}
		}
	}
	if k := j + map[bool]int{true: 1, false: 0}[lexis.InSet(lexis.FoldAt(toks, j), "le", "la", "l'", "the")]; sp.key == "" && k+1 < t1 && toks[k].Upper() && bodyNameHeads[toks[k].Fold] && !toks[k+1].Upper() {
		// «selon l'Alliance du commerce», «selon la Fédération française
		// du bâtiment»: a body's name its lower-case words go on with,
		// which no entity of the article stands for.
		sp = x.namedSource(toks, i, t1)
	}
	return sp
}

// bodyDocument returns the body whose papers the words at token j name,
// before t1: a noun of a body, with the words that say which, then a
// document of its ("according to Egyptian government figures", "an army
// statement", "central bank data", "interior ministry figures"); the zero
// speaker when the words are no such thing.
func bodyDocument(a *Article, toks []lexis.Token, j, t1 int) speaker {
	k := j
	if lexis.InSet(lexis.FoldAt(toks, k), "the", "a", "an") {
		k++
	}
	for e := k + 1; e < t1 && e <= k+3; e++ {
		t := toks[e]
		if t.Kind != lexis.Word || prepositions[t.Fold] {
			return speaker{}
		}
		if !citedDocuments[t.Fold] && !lexis.InSet(t.Fold, "statement", "statements", "release", "filing", "announcement") {
			continue
		}
		if e+1 < t1 && toks[e+1].Kind == lexis.Word && !lexis.InSet(toks[e+1].Fold, "on", "in", "last", "this", "released", "published", "showed", "show", "shows") {
			return speaker{} // (not "according to government figures compiled by …": whose the figures are comes after)
		}
		h := toks[e-1].Fold
		if !bodyNouns[h] && !agencyNouns[h] && !agentSourceNouns[h] && !(h == "bank" && toks[e-2].Fold == "central") {
			return speaker{}
		}
		sp := Span{Start: toks[k].Start, End: toks[e-1].End}
		text := a.Slice(sp)
		return speaker{key: text, text: text, span: sp, cited: true}
	}
	return speaker{}
}

// roleThenName returns the person named after a comma that ends a role
// cited at token j («selon l'adjoint aux sports, Julien Charrier»,
// "according to the county auditor, Jennifer McGuirk"): the person, not
// the role; the zero speaker otherwise.
func (x *extractor) roleThenName(toks []lexis.Token, j, t1 int) speaker {
	for c := j + 1; c+1 < t1 && c <= j+6; c++ {
		if toks[c].Text != "," {
			if toks[c].Kind != lexis.Word || toks[c].Upper() && c > j+1 {
				return speaker{} // (a name before the comma: its own source)
			}
			continue
		}
		if c < j+2 || !lexis.InSet(toks[j].Fold, "the", "le", "la", "l'", "its", "son", "sa", "leur", "their") || !toks[c+1].Upper() {
			return speaker{}
		}
		e := c + 1
		for e < t1 && e <= c+4 && (toks[e].Upper() && toks[e].Kind == lexis.Word || toks[e].Text == "-") {
			e++
		}
		if e < t1 && !lexis.InSet(toks[e].Text, ",", ".", ";", ")") {
			return speaker{} // (a clause that goes on: "according to the ministry, Zorgon has…")
		}
		if sp := x.resolveSpeaker(toks, c+1, e, false); sp.key != "" && x.reg.kind(sp.key) == KindPerson {
			sp.cited = true
			return sp
		}
		return speaker{}
	}
	return speaker{}
}

// localAuthority returns, as the source, a local authority cited at
// token j by its kind and its place («selon la région Bretagne», «selon
// le département du Gard», "according to the city of Lyon"), in the
// text's words without the article; the zero speaker otherwise.
func (x *extractor) localAuthority(toks []lexis.Token, j, t1 int) speaker {
	if j+2 >= t1 || !lexis.InSet(toks[j].Fold, "la", "le", "l'", "the") || !lexis.InSet(toks[j+1].Fold, "region", "departement", "ville", "commune", "metropole", "city", "county", "state", "province", "canton") || toks[j+1].Upper() {
		return speaker{}
	}
	n := j + 2
	if n+1 < t1 && lexis.InSet(toks[n].Fold, "de", "du", "des", "d'", "of") {
		n++
		if n+1 < t1 && lexis.InSet(toks[n].Fold, "la", "l'") {
			n++
		}
	}
	e := n
	for e < t1 && (toks[e].Upper() && toks[e].Kind == lexis.Word || toks[e].Text == "-" && e > n) {
		e++
	}
	if e == n || !gazetteer.IsPlaceName(foldedRun(toks, n, e)) && x.reg.kind(nameKey(x.art.Text[toks[n].Start:toks[e-1].End])) != KindPlace {
		return speaker{}
	}
	sp := Span{Start: toks[j+1].Start, End: toks[e-1].End}
	text := x.art.Slice(sp)
	return speaker{key: text, text: text, span: sp, cited: true}
}

// citedDocuments are the papers and counts a figure is cited from, whose
// publisher names the source: «selon les chiffres publiés par la PFA».
var citedDocuments = lexis.SetOf("data", "figures", "statistics", "estimates", "estimate", "donnees", "chiffres", "statistiques", "estimations", "estimation",
	"study", "survey", "report", "etude", "enquete", "rapport", "bilan", "decompte", "count", "tally", "results", "resultats",
	"note", "notes", "barometre", "barometer", "bulletin", "sondage", "poll", "analyse", "analysis", "calculs", "calculations", "releve", "releves")

// recordNouns are papers a figure is cited from: "court records",
// "company filings".
var recordNouns = lexis.SetOf("records", "filings", "documents", "documentation", "archives")

// bodyNameHeads open the names of bodies that go on in lower case in
// French: «l'Alliance du commerce», «la Fédération nationale des
// transports routiers».
var bodyNameHeads = lexis.SetOf("alliance", "federation", "union", "confederation", "association", "syndicat", "chambre", "conseil", "observatoire",
	"institut", "centre", "agence", "autorite", "cour", "banque", "caisse", "office", "mutuelle", "ordre", "collectif", "comite", "direction",
	"fondation", "haut", "haute", "commission", "compagnie", "societe", "groupement", "conference", "cercle", "mouvement")

// seenDocument returns, as the source, a document a newsroom says it saw
// or obtained, cited at token j: "according to a post seen by the BBC",
// "according to an internal memo obtained by Reuters", «selon une note
// consultée par l'AFP». The document says the figure, not the newsroom
// that read it; the zero speaker when the words are no such phrase.
func (x *extractor) seenDocument(toks []lexis.Token, j, t1 int) speaker {
	if j >= t1 || !lexis.InSet(toks[j].Fold, "a", "an", "un", "une", "the", "le", "la", "l'") {
		return speaker{}
	}
	for k := j + 1; k < t1 && k <= j+4; k++ {
		if !seenDocuments[toks[k].Fold] {
			if toks[k].Kind != lexis.Word {
				return speaker{}
			}
			continue
		}
		if k+1 < t1 && lexis.InSet(toks[k+1].Fold, "seen", "obtained", "reviewed", "consulte", "consultee", "consultes", "consultees", "obtenu", "obtenue") {
			sp := Span{Start: toks[j].Start, End: toks[k].End}
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp, cited: true}
		}
		return speaker{}
	}
	return speaker{}
}

// seenDocuments are the papers a newsroom reports having seen.
var seenDocuments = lexis.SetOf("post", "memo", "document", "documents", "letter", "email", "e-mail", "note", "report", "draft", "courrier",
	"lettre", "rapport", "message", "presentation", "contract", "contrat", "projet", "brouillon", "mail", "courriel")

// anonymousSource returns, as the source, the words at token j that cite
// people the article does not name, by what they know: "(two) people
// familiar with the discussions", "sources close to the company", «deux
// sources proches du dossier», «des personnes au fait des discussions»;
// the zero speaker when the words are no such phrase. Who says so, for a
// reader, is then what the article says of them.
func (x *extractor) anonymousSource(toks []lexis.Token, j, t1 int) speaker {
	k := j
	if k < t1 && (lexis.InSet(toks[k].Fold, "des", "de", "d'", "several", "plusieurs", "une", "un", "a", "an", "one") || toks[k].Kind == lexis.Number || isWordNumber(toks, k)) {
		k++ // "two people", «deux sources», «des sources»
	}
	if k+1 < t1 && toks[k].Kind == lexis.Word && !toks[k].Upper() && lexis.InSet(toks[k+1].Fold, "source", "sources") {
		k++ // "a union source", "an industry source": the noun that says which
		if k+1 >= t1 || toks[k+1].Kind == lexis.Punct {
			sp := Span{Start: toks[j].Start, End: toks[k].End}
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp, cited: true}
		}
	}
	if k >= t1 || !anonymousNouns[toks[k].Fold] {
		return speaker{}
	}
	n := k + 1
	e := n
	switch {
	case lexis.InSet(toks[k].Fold, "source", "sources") && n < t1 && toks[n].Kind == lexis.Word && !toks[n].Upper() && frenchAdjectiveOf(toks[n].Fold) && (n+1 >= t1 || toks[n+1].Kind == lexis.Punct):
		e = n + 1 // «une source syndicale», «des sources diplomatiques»
	case n < t1 && lexis.InSet(toks[n].Fold, "familiar", "close", "proche", "proches", "briefed", "involved"):
		e = citedEnd(toks, n+1, min(t1, n+9))
	case lexis.MatchWords(toks, n, "au", "fait"):
		e = citedEnd(toks, n+2, min(t1, n+10))
	case toks[k].Fold == "sources" && (n >= t1 || toks[n].Kind == lexis.Punct):
		// "according to three sources", «selon des sources»
	default:
		return speaker{}
	}
	if e < n {
		return speaker{}
	}
	sp := Span{Start: toks[j].Start, End: toks[e-1].End}
	text := x.art.Slice(sp)
	return speaker{key: text, text: text, span: sp, cited: true}
}

// frenchAdjectiveOf reports whether folded word w has the ending of a
// French adjective of relation («syndicale», «diplomatiques»,
// «gouvernementale», «judiciaire», «policière»).
func frenchAdjectiveOf(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, e := range []string{"ale", "al", "elle", "aire", "ique", "iere", "ier", "ienne"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// anonymousNouns are the people a story cites without naming them.
var anonymousNouns = lexis.SetOf("people", "persons", "person", "personne", "personnes", "sources", "source", "officials", "responsables")

// sourceKinds say what kind of body a source's name after them is:
// "researcher Kantar", «le cabinet Xerfi».
var sourceKinds = lexis.SetOf("researcher", "firm", "consultancy", "agency", "institute", "pollster", "analyst", "cabinet", "institut", "societe",
	"provider", "tracker", "consultant", "consultants")

// sourceNameAfterKind returns where the name starts after words in lower case
// that say what it is, at token j ("market researcher Newzoo", "data
// provider LSEG", «le cabinet Xerfi»), before t1; j when there are none.
func sourceNameAfterKind(toks []lexis.Token, j, t1 int) int {
	n := j
	if lexis.InSet(lexis.FoldAt(toks, n), "le", "la", "l'", "the") {
		n++
	}
	for k := n; k+1 < t1 && k-n < 3 && toks[k].Kind == lexis.Word && !toks[k].Upper(); k++ {
		if sourceKinds[toks[k].Fold] && toks[k+1].Upper() && toks[k+1].Kind == lexis.Word {
			return k + 1
		}
	}
	return j
}

// namedSource returns, as a source of its own, the words after "selon" or
// "according to" at token i when no entity of the article stands for them:
// a body and the name it goes by in quotation marks («le collectif « Non à
// l'A147 »»), or a name the registry did not keep. It returns the zero
// speaker for words that name no one (a pronoun, «lui», "them").
func (x *extractor) namedSource(toks []lexis.Token, i, t1 int) speaker {
	j := i + 1
	if lexis.FoldAt(toks, j) == "to" {
		j++
	}
	if lexis.InSet(lexis.FoldAt(toks, j), "le", "la", "l'", "les", "the") {
		j++
	}
	for j+1 < t1 && toks[j].Kind == lexis.Word && !toks[j].Upper() && toks[j+1].Upper() && sourceKinds[toks[j].Fold] {
		j++ // "by researcher Kantar", «par le cabinet Xerfi»: the name after what it is
	}
	if j >= t1 || toks[j].Kind != lexis.Word || notNames[toks[j].Fold] {
		return speaker{}
	}
	e := citedEnd(toks, j, min(t1, j+8))
	if e < t1 && openingQuotes[toks[e].Text] {
		for k := e + 1; k < t1 && k <= e+10; k++ {
			if closingQuotes[toks[k].Text] {
				e = k + 1 // the name in quotation marks the body goes by
				break
			}
		}
	}
	if e <= j || e-j > 12 {
		return speaker{}
	}
	hasName := false
	for k := j; k < e; k++ {
		hasName = hasName || toks[k].Upper() && toks[k].Kind == lexis.Word
	}
	if !hasName {
		return speaker{} // («selon les organisateurs»: words the article's bodies resolve, or no one)
	}
	sp := Span{Start: toks[j].Start, End: toks[e-1].End}
	text := x.art.Slice(sp)
	return speaker{key: text, text: text, span: sp, cited: true}
}

// managedSites are the places a company's managers run, whose
// «direction» is the company's: «la direction du site», «de l'usine».
var managedSites = lexis.SetOf("site", "usine", "groupe", "entreprise", "etablissement", "magasin", "plant", "factory", "company", "group", "mine", "raffinerie", "centrale", "port", "aeroport", "parc")

// speakingTradeNouns name a company by its trade, as "the company" does, when they
// head the words that speak: "the low-cost carrier said", «a indiqué
// l'assureur».
// weekdayWords name the days of the week.
var weekdayWords = lexis.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
	"vendredi", "samedi", "dimanche")

var speakingTradeNouns = lexis.SetOf("carrier", "airline", "lender", "insurer", "retailer", "carmaker", "automaker", "miner", "chipmaker", "drugmaker",
	"planemaker", "steelmaker", "telco", "streamer", "shipbuilder", "homebuilder", "refiner", "compagnie", "assureur", "constructeur",
	"electricien", "energeticien", "operateur", "transporteur", "distributeur", "equipementier", "avionneur", "motoriste", "armateur", "brasseur", "cimentier", "petrolier", "siderurgiste")

// tradeNounEnd returns where the words that speak end when a trade noun at k
// heads them: past the sentence's stop and a day («, a indiqué le
// constructeur mardi.»), the document they spoke in («a indiqué la
// compagnie dans un communiqué», "the carrier said in a statement") and,
// in French, the adjectives after the noun («selon la compagnie
// franco-néerlandaise», «le constructeur automobile»). The noun heads the
// words alone when it is k+1's.
func tradeNounEnd(toks []lexis.Token, k, j int, lang string) int {
	e := j
	for {
		for e > k+1 && (toks[e-1].Kind == lexis.Punct || weekdayWords[toks[e-1].Fold] || lexis.InSet(toks[e-1].Fold, "on", "today", "yesterday", "aujourd'hui", "hier")) {
			e--
		}
		// "in a statement", «dans un communiqué (publié)»
		d := e - 1
		if d > k+2 && lexis.InSet(toks[d].Fold, "publie", "diffuse", "released", "published", "issued") {
			d--
		}
		if d > k+2 && lexis.InSet(toks[d].Fold, "statement", "release", "filing", "communique", "note", "lettre", "letter", "courrier", "interview", "entretien") &&
			lexis.InSet(toks[d-1].Fold, "a", "an", "its", "un", "une", "son", "sa") && lexis.InSet(toks[d-2].Fold, "in", "dans", "par") {
			e = d - 2
			continue
		}
		break
	}
	if lang == "fr" {
		// «la compagnie aérienne», «le transporteur national»: at most
		// two lower-case adjectives, no preposition nor article.
		n := 0
		for e > k+1 && n < 2 && toks[e-1].Kind == lexis.Word && !toks[e-1].Upper() && len(toks[e-1].Fold) > 3 &&
			!prepositions[toks[e-1].Fold] && !lexis.InSet(toks[e-1].Fold, "dont", "elle", "elles", "leur", "leurs", "cette", "selon") {
			e--
			n++
		}
	}
	return e
}

// roleOfEnd returns the end of the name of the body a role's complement
// names at token k, before j («de la CGT», "of the RMT"): past "de", "of"
// and an article, the name's words in capitals; k when there is none.
func roleOfEnd(toks []lexis.Token, k, j int) int {
	n := k
	if n < j && lexis.InSet(toks[n].Fold, "de", "du", "des", "d'", "of") {
		n++
	} else {
		return k
	}
	if n < j && lexis.InSet(toks[n].Fold, "la", "le", "l'", "les", "the") {
		n++
	}
	e := n
	for e < j && e-n < 5 && isNameToken(toks[e]) && toks[e].Upper() {
		e++
	}
	if e == n {
		return k
	}
	return e
}

// indefiniteRole returns where an indefinite article brings in the role
// word at token k, past the nouns that qualify it, in toks[i:k] ("a
// trust spokeswoman", «une porte-parole»); -1 when none does.
func indefiniteRole(toks []lexis.Token, i, k int) int {
	for j := k - 1; j >= i && k-j <= 3; j-- {
		if lexis.InSet(toks[j].Fold, "a", "an", "un", "une", "one") && toks[j].Text != "à" {
			return j
		}
		if toks[j].Kind != lexis.Word || lexis.InSet(toks[j].Fold, "the", "le", "la", "l'", "its", "son", "sa", "his", "her", "their", "leur") {
			return -1
		}
	}
	return -1
}

// entourageOf returns where the words for someone around the holder of the
// role word at token k start, in toks[i:k], -1 when the role word completes
// no such noun: «un conseiller de la ministre»,
// «un proche du président», "an aide to the minister", "a spokesman for
// the chief executive" (but «le porte-parole du gouvernement, Jean
// Dupont» names him: the name is looked for before the role).
func entourageOf(toks []lexis.Token, i, k int) int {
	j := k - 1
	if j > i && lexis.InSet(toks[j].Fold, "la", "le", "l'", "the", "his", "her", "sa", "son") {
		j--
	}
	if j <= i || !lexis.InSet(toks[j].Fold, "de", "du", "d'", "of", "to", "for") || !entourageNouns[toks[j-1].Fold] {
		return -1
	}
	a := j - 1
	if a > i && lexis.InSet(toks[a-1].Fold, "un", "une", "a", "an", "one", "des", "the", "le", "la", "l'") {
		a--
	}
	return a
}

// entourageNouns name those around a person who may speak without being
// named.
var entourageNouns = lexis.SetOf("conseiller", "conseillere", "proche", "proches", "entourage", "collaborateur", "collaboratrice",
	"adviser", "advisor", "aide", "aides", "associate", "ally", "allies", "confident", "source", "sources")

// resolveSpeaker finds who the words toks[i:j] name: a person (full name or
// surname), a role ("le PDG de Telegram", "son fondateur") resolved to the
// person who holds it, an organisation, or a pronoun resolved to the last
// person or organisation named. nearEnd prefers the names closest to j (the
// clause before a verb).
func (x *extractor) resolveSpeaker(toks []lexis.Token, i, j int, nearEnd bool) speaker {
	if i < 0 || j > len(toks) || i >= j {
		return speaker{}
	}
	span := func(a, b int) Span { return Span{Start: toks[a].Start, End: toks[b-1].End} }
	// Persons first.
	var best speaker
	for _, m := range x.ws.findMentions(toks[i:j]) {
		a, b := i+m.tok, i+m.end
		if _, role := roleWords[lexis.FoldAt(toks, b)]; (role || entourageNouns[lexis.FoldAt(toks, b)]) && b+1 < j && isNameToken(toks[b+1]) && toks[b+1].Upper() {
			continue // "says Mendez spokesperson Dana Whitfield": the one whose spokesperson speaks, not the speaker
		}
		if p := x.reg.person(m.key, x.localPersons); p != "" && !basedAfter(toks, b) {
			if a-2 >= i && lexis.InSet(toks[a-1].Fold, "de", "of") && lexis.InSet(toks[a-2].Fold, "groupe", "group", "entreprise", "societe", "company", "firm", "empire") &&
				x.focus != "" && x.reg.kind(x.focus) == KindOrg {
				// «a annoncé le groupe de Bernard Arnault»: the company
				// the person heads, the one the article is about, not the
				// person
				return speaker{key: x.reg.canon(x.focus), text: x.art.Slice(span(a-2, b)), span: span(a-2, b)}
			}
			sp := speaker{key: p, text: m.text, span: span(a, b)}
			if !nearEnd {
				return sp
			}
			best = sp
		}
	}
	if best.key != "" {
		return best
	}
	// «la direction générale des douanes», «la direction régionale de
	// l'environnement»: an administration named by what it directs, no
	// company's management.
	for k := i; k+1 < j; k++ {
		if toks[k].Fold == "direction" && lexis.InSet(toks[k+1].Fold, "academique", "departementale", "regionale", "diocesaine") && (k+2 >= j || !lexis.InSet(toks[k+2].Fold, "de", "des", "du", "d'", "pour")) {
			// «fait valoir la direction académique»: the administration,
			// named as it is (no company's management)
			sp := span(k, k+2)
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp}
		}
		if k+2 < j && toks[k].Fold == "direction" && lexis.InSet(toks[k+1].Fold, "generale", "regionale", "departementale", "interministerielle", "nationale") &&
			lexis.InSet(toks[k+2].Fold, "de", "des", "du", "d'", "pour") {
			// what it directs: «des douanes», «de l'équipement», «de la
			// protection des populations»
			e := k + 2
			for e < j && lexis.InSet(toks[e].Fold, "de", "des", "du", "d'", "et") {
				e++
				if e < j && lexis.InSet(toks[e].Fold, "l'", "la", "le", "les") {
					e++
				}
				if e >= j || toks[e].Kind != lexis.Word {
					break
				}
				e++
			}
			if e <= k+3 || toks[e-1].Kind != lexis.Word {
				break
			}
			for c := e; c < len(toks) && c <= e+2; c++ {
				if toks[c].Text == "(" && c+2 < len(toks) && toks[c+2].Text == ")" && toks[c+1].Upper() {
					// «la Direction générale de l'aviation civile (DGAC)»:
					// the abbreviation it goes by
					ab := Span{Start: toks[c+1].Start, End: toks[c+1].End}
					if key := nameKey(toks[c+1].Text); x.reg.kind(key) != "" {
						return speaker{key: key, text: toks[c+1].Text, span: ab}
					}
					return speaker{key: toks[c+1].Text, text: toks[c+1].Text, span: ab}
				}
			}
			sp := span(k, e)
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp}
		}
	}
	// Roles: "le fondateur de Telegram", "son fondateur russe", "Telegram's CEO".
	for k := i; k < j; k++ {
		role, ok := roleWords[toks[k].Fold]
		if !ok {
			continue
		}
		if a := indefiniteRole(toks, i, k); a >= 0 {
			// "a trust spokeswoman says", «un porte-parole de la
			// préfecture»: someone in that role, unnamed, not the one the
			// article named to it; said by them, in the article's words,
			// with the body they speak for («un délégué de la CGT»).
			sp := span(a, roleOfEnd(toks, k+1, j))
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp}
		}
		if a := entourageOf(toks, i, k); a >= 0 {
			// «un conseiller de la ministre», "an aide to the minister":
			// someone of the role's circle, unnamed, not the role's holder;
			// said by them, in the article's words.
			sp := span(a, k+1)
			text := x.art.Slice(sp)
			return speaker{key: text, text: text, span: sp}
		}
		if role == "" {
			// "le milliardaire de 36 ans": the person last named.
			if x.lastPerson.key != "" {
				return speaker{key: x.lastPerson.key, text: toks[k].Text, span: span(k, k+1)}
			}
			if a, b := officeRole(toks, i, j, k); a >= 0 {
				return unnamedHolder(x, toks, a, b) // "the prosecutor said", no one named before
			}
			continue
		}
		org := x.orgNear(toks, k, j)
		if org == "" {
			org = x.focus
		}
		if p := x.localRoles[role+"|"+org]; p != "" {
			return speaker{key: p, text: x.art.Text[toks[max(i, k-1)].Start:toks[min(j, k+3)-1].End], span: span(max(i, k-1), min(j, k+3))}
		}
		if p := x.reg.role(role, org); p != "" {
			return speaker{key: p, text: x.art.Text[toks[max(i, k-1)].Start:toks[min(j, k+3)-1].End], span: span(max(i, k-1), min(j, k+3))}
		}
		if p := x.onlyHolder(role); p != "" && officeWords[toks[k].Fold] && k > i && lexis.InSet(toks[k-1].Fold, "the", "le", "la", "l'") && !lexis.InSet(lexis.FoldAt(toks, k+1), "of", "de", "du", "des", "d'") {
			// "Agriculture Minister Michalis Andreou told reporters… the
			// minister said": the one holder of that office the article
			// named.
			return speaker{key: p, text: x.art.Text[toks[k-1].Start:toks[k].End], span: span(k-1, k+1)}
		}
		if a, b := officeRole(toks, i, j, k); a >= 0 && (role == "minister" || role == "mayor") {
			// «a réagi le maire de Marseille», "the labour minister
			// said": the holder of a public office the article does not
			// name, said by them in the article's words (not the city).
			return unnamedHolder(x, toks, a, b)
		}
	}
	// Organisations ("Telegram dit avoir…"); the abbreviation in brackets
	// after a long name first ("The Medicines and Healthcare products
	// Regulatory Agency (MHRA) said", «selon le Système européen
	// d'information sur les feux de forêt (EFFIS)»): the name whole,
	// which its lower-case words cut.
	for _, m := range x.ws.findMentions(toks[i:j]) {
		if a, b := i+m.tok, i+m.end; a > i && b < len(toks) && toks[a-1].Text == "(" && toks[b].Text == ")" && isAllCaps(m.text) && x.reg.kind(m.key) != KindPerson && x.reg.kind(m.key) != KindPlace {
			return speaker{key: m.key, text: m.text, span: span(a, b)}
		}
	}
	var org speaker
	for _, m := range x.ws.findMentions(toks[i:j]) {
		if i+m.tok == 0 && x.reg.onlyInitial(m.key) && !strings.Contains(m.text, " ") && x.art.Lang == "en" && englishCommonNoun(m.key) &&
			lexis.InSet(lexis.FoldAt(toks, i+m.end), "to", "of", "from", "in", "at", "for", "on") {
			continue // "Damage to crops … was estimated at": a common noun opening the sentence before its complement, no one
		}
		if i+m.tok == 0 && m.end == m.tok+1 && x.reg.onlyInitial(m.key) && x.art.Lang == "en" && (englishCommonNoun(m.key) || openingModifier(m.key)) &&
			i+m.end < j && !toks[i+m.end].Upper() && (groupSpeakers[toks[i+m.end].Fold] || speakerBodies[toks[i+m.end].Fold]) {
			continue // "Health officials reported…", "Federal prosecutors said": a word capitalised as it opens the sentence, before the body it qualifies
		}
		if x.reg.kind(m.key) == KindOrg && !basedAfter(toks, i+m.end) && !isNationality(lexis.Fold(m.text)) { // (not "the Santa Clara, California-based company", "the Danish group")
			org = speaker{key: m.key, text: m.text, span: span(i+m.tok, i+m.end)}
			if !nearEnd {
				break
			}
			// (the nearest the verb: "Nearby rival Harlingen Gateway,
			// whose …, said")
		}
	}
	if org.key != "" {
		return org
	}
	// Pronouns and "cette dernière", "the company".
	for k := i; k < j; k++ {
		if speakingTradeNouns[toks[k].Fold] {
			// "the Budapest-based low-cost carrier said": the head of the
			// words that speak, after their article, is the article's own
			// company, not the one named last ("The airline posted a net
			// loss" after its planes' maker).
			e := tradeNounEnd(toks, k, j, x.art.Lang)
			if k == e-1 && slices.ContainsFunc(toks[max(i, k-4):k], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "the", "la", "le", "l'") }) &&
				x.focus != "" && x.reg.kind(x.focus) == KindOrg {
				if i > 0 && toks[i-1].Text == "," {
					// "Nordbank will cut 3,000 jobs, the Danish lender
					// said": the organisation its own sentence opens on,
					// when the article's is another.
					// (not "Airbus delivered 12 jets to Wizz Air, the
					// low-cost carrier said": the article's own, named)
					ms := x.ws.findMentions(toks[:i])
					if len(ms) > 0 && ms[0].tok == 0 && !ms[0].common && x.reg.kind(ms[0].key) == KindOrg &&
						x.reg.canon(ms[0].key) != x.reg.canon(x.focus) && !publicBodyName(x.reg.display(ms[0].key)) &&
						!slices.ContainsFunc(ms, func(m mention) bool { return x.reg.canon(m.key) == x.reg.canon(x.focus) }) {
						return speaker{key: ms[0].key, text: toks[k].Text, span: span(k, k+1)}
					}
				}
				return speaker{key: x.focus, text: toks[k].Text, span: span(k, k+1)}
			}
			continue
		}
		switch toks[k].Fold {
		case "il", "elle", "he", "she", "lui", "him", "her":
			if lexis.InSet(toks[k].Fold, "lui", "him", "her") && (k == 0 || !lexis.InSet(toks[k-1].Fold, "selon", "to", "apres")) {
				continue // only «selon lui», "according to him": not "told her"
			}
			if x.lastPerson.key != "" {
				return speaker{key: x.lastPerson.key, text: toks[k].Text, span: span(k, k+1)}
			}
		case "it":
			// "…, the country's civil defence institute said. It said
			// 9,500 people had been left homeless": the body that spoke
			// last (not people: "…, analysts said. It said…"; nor the
			// news agency someone spoke to: "…, she told Reuters"); but
			// the article's organisation when the sentence before was
			// about it ("Westlink expects revenue to grow… It said…").
			if k == i && j == i+1 && x.focus != "" && x.reg.kind(x.focus) == KindOrg && x.lastSubjectAt == x.sentIndex-1 && nameKey(x.lastSubject) == nameKey(x.reg.display(x.focus)) {
				return speaker{key: x.focus, text: toks[k].Text, span: span(k, k+1)}
			}
			if sp := x.lastSpeaker; k == i && j == i+1 && sp.key != "" && x.reg.kind(sp.key) != KindPerson && x.reg.kind(sp.key) != KindPlace && !newsAgencies[nameKey(x.reg.display(sp.key))] &&
				!groupSpeakers[lexis.Fold(sp.key[strings.LastIndexByte(sp.key, ' ')+1:])] && x.lastPerson.key != sp.key {
				key := sp.key
				if x.focus != "" && nameKey(x.reg.display(key)) == nameKey(x.reg.display(x.focus)) {
					key = x.focus // ("Sunward Airlines… It said": the article's own, under its key)
				}
				return speaker{key: key, text: toks[k].Text, span: span(k, k+1)}
			}
		case "derniere", "dernier", "company", "entreprise", "societe", "application", "firm", "app", "etablissement", "groupe":
			if toks[k].Fold == "groupe" {
				// «a précisé le groupe dans un communiqué»: the article's
				// company, in French news (not «un groupe de salariés»; nor
				// "the group", in English as often a campaign's)
				if k == i || toks[k-1].Fold != "le" || k+1 < j && lexis.InSet(toks[k+1].Fold, "de", "d'") {
					continue
				}
				// The organisation the sentence's clause is about, not one
				// a preposition brings in («conclu avec l'Autorité
				// européenne…», «à Bochum»); else the article's.
				ms := x.ws.findMentions(toks[:i])
				for n := len(ms) - 1; n >= 0; n-- {
					m := ms[n]
					if x.reg.kind(m.key) != KindOrg || m.common || publicBodyName(x.reg.display(m.key)) {
						continue
					}
					b := m.tok - 1
					for b >= 0 && toks[b].Upper() && toks[b].Kind == lexis.Word {
						b-- // («l'Autorité européenne de…»: a name read from its second word)
					}
					if b >= 0 && lexis.InSet(toks[b].Fold, "l'", "la", "le", "les") {
						b--
					}
					if b < 0 || !prepositions[toks[b].Fold] && toks[b].Text != "(" && toks[b].Text != "à" {
						return speaker{key: m.key, text: toks[k].Text, span: span(k, k+1)}
					}
				}
				if x.focus != "" && x.reg.kind(x.focus) == KindOrg {
					return speaker{key: x.focus, text: toks[k].Text, span: span(k, k+1)}
				}
				continue
			}
			// "Amazon will hire 100,000 workers, the company said" opening
			// a paragraph: the organisation its own sentence named last.
			// Within a paragraph that named one, that one ("Meta said…
			// Facebook alone had 3.05 billion users, the company said").
			org := x.lastOrg
			anyBody := lexis.InSet(toks[k].Fold, "derniere", "dernier", "etablissement") // (a museum, a school or a hospital is a public body's)
			if len(toks) > 0 && (x.lastOrgAt < x.paragraphStart(toks[0].Start, 1<<16) || org != "" && !anyBody && publicBodyName(x.reg.display(org))) {
				// (nor a public body for "the company": "The Civil Aviation
				// Authority said… Heathrow employs 76,000 people, the
				// company says")
				ms := x.ws.findMentions(toks[:i])
				found := false
				for n := len(ms) - 1; n >= 0; n-- {
					if x.reg.kind(ms[n].key) == KindOrg && !indexName(x.reg.display(ms[n].key)) && !quotedName(toks, ms[n].tok, ms[n].end) {
						org, found = ms[n].key, true
						break
					}
				}
				if !found && x.lastOrgAt < x.paragraphStart(toks[0].Start, 1<<16) && !anyBody && x.focus != "" && x.reg.kind(x.focus) == KindOrg && x.cited[org] > 0 {
					// «…, selon le cabinet TEA-Aecom. […] Le panier moyen a
					// augmenté de 4 %, d'après la société»: in a paragraph
					// that names no organisation, the article's own, not a
					// source cited in another.
					org = x.focus
				}
			}
			if toks[k].Fold == "etablissement" && (org == "" || x.lastOrgIn != x.sentIndex) {
				// «Le Louvre a accueilli 9,1 millions de visiteurs, a
				// annoncé l'établissement»: the institution its sentence
				// names, whatever the registry took it for (not a person).
				for _, m := range x.ws.findMentions(toks[:i]) {
					if x.reg.kind(m.key) != KindPerson && !m.common {
						org = m.key
						break
					}
				}
			}
			if org != "" && x.focus != "" && org != x.focus && x.reg.kind(x.focus) == KindOrg && toks[k].Fold == "company" && x.productIn(toks[:i], org) {
				// "Novaris is recalling 2.3 million packs of its drug
				// Valtrex-H…, the company said": a product the sentence
				// names by what it is is no company; the article's own is.
				org = x.focus
			}
			if org != "" && x.focus != "" && org != x.focus && x.reg.kind(x.focus) == KindOrg && toks[k].Fold == "company" && (x.siteIn(toks[:i], org) || org == x.lastOrg && x.lastOrgSite) {
				// "Output at Los Toros dropped 19%…, the company said":
				// a mine or a plant the sentence names is no company; the
				// article's own is.
				org = x.focus
			}
			if org != "" && indexName(x.reg.display(org)) {
				// "…rose faster than Wall Street had expected. Revenue rose
				// 14%, the company said": a market or its index is no
				// company; the article's main one speaks.
				org = x.focus
			}
			if org != "" {
				return speaker{key: org, text: toks[k].Text, span: span(k, k+1)}
			}
		case "direction", "management":
			// «La direction affirme que le chantier fait travailler 8 000
			// personnes», "the management said": the company's own
			// managers (not «la direction de la recherche du ministère»,
			// a body of its own).
			end := k + 1 // the words that name the managers: «la direction du site», "the plant's management"
			if k+1 < j && lexis.InSet(toks[k+1].Fold, "de", "du", "des", "d'", "of") {
				n := k + 2
				if n < j && lexis.InSet(toks[n].Fold, "la", "l'", "le", "the") {
					n++
				}
				if n >= j || !managedSites[toks[n].Fold] {
					continue
				}
				end = n + 1 // («la direction du site», «de l'usine»: the company's managers there)
			}
			if k == i || !lexis.InSet(toks[k-1].Fold, "la", "the", "sa", "its") {
				continue
			}
			// The organisation named before the phrase (not "Selon la
			// direction, Airbus a livré…": whose managers, unsaid).
			// The article's own organisation first: "deux TER sur cinq en
			// circulation. La direction affirme…" is the SNCF's.
			org := x.lastOrg
			if x.focus != "" && x.focusIn < x.sentIndex && x.reg.kind(x.focus) == KindOrg && !publicBodyName(x.reg.display(x.focus)) {
				org = x.focus
			} else if x.lastOrgIn == x.sentIndex && x.lastOrgAt >= toks[k].Start {
				org = ""
			}
			if lexis.InSet(toks[k-1].Fold, "sa", "its") {
				// «La Cité du Vin a reçu 460 000 visiteurs, selon sa
				// direction»: the managers of what the sentence opens on.
				if ms := x.ws.findMentions(toks[:i]); len(ms) > 0 && ms[0].tok <= 1 && !ms[0].common && x.reg.kind(ms[0].key) != KindPerson && x.reg.kind(ms[0].key) != KindPlace {
					org = ms[0].key
				}
			}
			if org != "" && x.reg.kind(org) == KindOrg && !publicBodyName(x.reg.display(org)) {
				return speaker{key: org, text: x.art.Text[toks[k-1].Start:toks[k].End], span: span(k-1, k+1)}
			}
			if org == "" && k+1 < len(toks) && lexis.InSet(toks[k-1].Fold, "la", "the") && x.sentIndex > 0 {
				// «…, a précisé la direction du site»: managers of no
				// company the article names, in its words.
				text := x.art.Text[toks[k-1].Start:toks[end-1].End]
				return speaker{key: text, text: text, span: span(k-1, end)}
			}
		}
	}
	if sp := x.anonymousSource(toks, i, j); sp.key != "" {
		sp.cited = false
		return sp // "…, a government source said", «…, a indiqué une source syndicale»
	}
	return x.bodySpeaker(toks, i, j)
}

// onlyHolder returns the one person the article named to role, whatever
// the organisation; "" when it named none or several.
func (x *extractor) onlyHolder(role string) string {
	found := ""
	for k, p := range x.localRoles {
		if r, _, _ := strings.Cut(k, "|"); r == role && p != found {
			if found != "" {
				return ""
			}
			found = p
		}
	}
	return found
}

// newsAgencies are the wire services a speaker talks to ("told Reuters"),
// which speak for no one in the story.
var newsAgencies = lexis.SetOf("reuters", "afp", "ap", "associated press", "bloomberg", "agence france-presse", "dpa", "efe", "ansa",
	"xinhua", "kyodo", "pa", "anadolu", "tass", "belga", "apa")

// officeWords are the public offices whose holder, unnamed, speaks in the
// article's words: "the labour minister", «le maire de Marseille», «le
// procureur de la République».
var officeWords = lexis.SetOf("ministre", "minister", "maire", "mayor", "prefet", "prefete", "governor", "gouverneur",
	"procureur", "procureure", "prosecutor", "juge", "judge")

// officeRole returns the tokens [a, b) of the definite phrase, within
// [i, j), that names a public office by its word at k, without its
// article: "labour minister" in "the labour minister", «maire de
// Marseille», «ministre de l'Économie»; -1 when the office is not
// definite ("a minister", «un juge»).
func officeRole(toks []lexis.Token, i, j, k int) (int, int) {
	if !officeWords[toks[k].Fold] {
		return -1, -1
	}
	a := k
	for a-1 > i && toks[a-1].Kind == lexis.Word && !toks[a-1].Upper() && !lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'", "said", "a", "an", "un", "une", "says", "and", "et") && k-a < 2 {
		a-- // "the labour minister", "the deputy mayor"
	}
	if a-1 < i || !lexis.InSet(toks[a-1].Fold, "the", "le", "la", "l'") {
		return -1, -1
	}
	b := k + 1
	if b+1 < j && lexis.InSet(toks[b].Fold, "of", "de", "du", "des", "d'") {
		c := b + 1
		if c < j && lexis.InSet(toks[c].Fold, "the", "la", "l'", "le") {
			c++
		}
		e := c
		for e < j && e < c+4 && (toks[e].Upper() && toks[e].Kind == lexis.Word || e > c && toks[e].Text == "-" && !toks[e].Space) {
			e++
		}
		if e > c {
			b = e // «maire de Marseille», "minister of Finance"
		}
	}
	if b < len(toks) && (lexis.InSet(toks[b].Text, "'s", "’s") || toks[b].Text == "," && b+1 < len(toks) && isNameToken(toks[b+1]) && toks[b+1].Upper()) {
		// (not "the federal prosecutor's office", nor «le préfet de la
		// Haute-Loire, Bernard Ravaillac»: the office's, or its holder
		// named after it)
		return -1, -1
	}
	return a, b
}

// unnamedHolder is the speaker who holds the office tokens [a, b) name.
func unnamedHolder(x *extractor, toks []lexis.Token, a, b int) speaker {
	sp := Span{Start: toks[a].Start, End: toks[b-1].End}
	text := x.art.Slice(sp)
	return speaker{key: text, text: text, span: sp}
}

// siteNouns name a company's sites, which a name may head: "its Cerro
// Alto mine", "the Los Toros operation".
var siteNouns = lexis.SetOf("mine", "mines", "operation", "operations", "plant", "plants", "factory", "site", "project", "field",
	"refinery", "smelter", "mill", "deposit", "store", "hotel", "brand", "unit", "subsidiary")

// siteIn reports whether toks name the organisation key as a site rather
// than as who acts: after "at" or a possessive ("Output at Los Toros",
// "its Peruvian Cerro Alto operation"), or before a site noun.
func (x *extractor) siteIn(toks []lexis.Token, key string) bool {
	for _, m := range x.ws.findMentions(toks) {
		if m.key != key && nameKey(x.reg.display(m.key)) != nameKey(x.reg.display(key)) {
			continue
		}
		if siteAt(toks, m) {
			return true
		}
	}
	return false
}

// productNouns name what a company makes or sells, before the product's
// name: "its drug Valtrex-H", "the vaccine Covira", "the model X5".
var productNouns = lexis.SetOf("drug", "drugs", "medicine", "vaccine", "treatment", "therapy", "model", "phone", "smartphone", "game", "brand",
	"product", "app", "car", "aircraft", "jet", "plane", "pill", "device", "medicament", "vaccin", "modele", "marque", "jeu", "produit")

// productIn reports whether tokens name the organisation of key right
// after a noun for a product ("its blood pressure drug Valtrex-H").
// Or that the article does so anywhere ("Sales of Valtrex-H fell 12%, the
// company said").
func (x *extractor) productIn(toks []lexis.Token, key string) bool {
	for _, m := range x.ws.findMentions(toks) {
		if x.reg.canon(m.key) == x.reg.canon(key) && m.tok > 0 && productNouns[toks[m.tok-1].Fold] {
			return true
		}
	}
	name := x.reg.display(key)
	for at := strings.Index(x.art.Text, name); at > 0 && name != ""; {
		before := strings.Fields(x.art.Text[max(0, at-20):at])
		if len(before) > 0 && productNouns[lexis.Fold(before[len(before)-1])] {
			return true
		}
		next := strings.Index(x.art.Text[at+len(name):], name)
		if next < 0 {
			break
		}
		at += len(name) + next
	}
	return false
}

// siteAt reports whether mention m of toks names a site (see siteIn).
func siteAt(toks []lexis.Token, m mention) bool {
	j := m.tok - 1
	for j >= 0 && j >= m.tok-2 && toks[j].Upper() && toks[j].Kind == lexis.Word {
		j-- // "its Peruvian Cerro Alto"
	}
	return j >= 0 && lexis.InSet(toks[j].Fold, "at", "its", "their", "sa", "son", "ses") || m.end < len(toks) && siteNouns[toks[m.end].Fold]
}

// speakerBodies are the heads of the common-noun phrases that name a body
// that speaks: "a indiqué jeudi le haut-commissariat", "the national civil
// defence agency said", "selon la préfecture de Haute-Corse".
var speakerBodies = func() map[string]bool {
	m := lexis.SetOf("agence", "agency", "office", "institut", "institute", "douane", "douanes", "customs", "haut-commissariat",
		"commissariat", "police", "gendarmerie", "autorite", "autorites", "authority", "authorities", "administration",
		"secretariat", "department", "departement", "inspection", "observatoire", "observatory", "bureau", "syndicat",
		"union", "federation", "confederation", "association", "chambre", "chamber", "interprofession", "rectorat",
		"hopital", "hospital", "operateur", "operator", "exploitant", "zoo", "musee", "museum", "studio", "publisher",
		"editeur", "club", "parti", "party", "ambassade", "embassy", "prefecture", "mairie", "service", "services",
		"ministere", "ministry", "armee", "army", "military", "pompiers", "firefighters", "secours", "rescuers", "bank", "banque",
		"organisateurs", "organisers", "organizers", "organisateur", "organiser", "organizer", "intersyndicale", "watchdog", "regulator", "inspectorate", "ombudsman",
		"center", "centre", "council", "board", "commission", "foundation", "fondation", "trust", "university", "universite",
		"laboratory", "laboratoire", "corporation", "parc", "park", "aeroport", "airport", "festival", "salon", "stade", "stadium",
		"theatre", "opera", "region", "metropole", "collectivite", "gestionnaire", "reseau", "network", "utility")
	for k := range tradeSpeakers {
		m[k] = true
	}
	for k := range bodyNouns {
		m[k] = true
	}
	return m
}()

// tradeSpeakers name a company by its trade: «a annoncé mardi
// l'électricien», "the insurer said", "The world's third-largest brewer
// said": the article's company when it is one of that trade.
var tradeSpeakers = lexis.SetOf("electricien", "constructeur", "assureur", "transporteur", "distributeur", "fournisseur", "brasseur",
	"carrier", "insurer", "lender", "miner", "carmaker", "automaker", "brewer", "retailer", "airline", "chipmaker", "drugmaker")

// groupSpeakers are the heads of the common-noun phrases for the people of
// a body, who speak for it: "provincial officials said", "the clubs said".
var groupSpeakers = lexis.SetOf("officials", "clubs", "unions", "agencies", "ministries", "prosecutors", "investigators", "regulators", "companies", "entreprises", "societes", "partners", "partenaires",
	"groups", "campaigners", "activists", "associations", "collectifs", "militants", "managers", "executives", "dirigeants",
	"responsables", "enqueteurs", "syndicats",
	// people who say what they see or judge: "…, traders said"
	"traders", "dealers", "brokers", "analysts", "economists", "researchers", "scientists", "experts", "diplomats", "witnesses", "medics",
	"negociants", "courtiers", "analystes", "economistes", "chercheurs", "scientifiques", "experts", "diplomates", "temoins", "medecins")

// memberBodies are the bodies of members a text names by their acronym
// and then by that noun alone: a union, a party, a federation.
var memberBodies = lexis.SetOf("syndicat", "union", "federation", "parti", "party", "association", "collectif")

// bodySpeaker reads a speaker named by a common noun phrase between tokens i
// and j: the name the article gave that body ("the zoo" after "Kellbrook
// Zoo"), else the phrase without its article, with the name it is of ("la
// préfecture de Haute-Corse", "national civil defence agency").
func (x *extractor) bodySpeaker(toks []lexis.Token, i, j int) speaker {
	for i < j && lexis.InSet(toks[i].Fold, "though", "although", "while", "but", "and", "as", "mais", "et", "alors", "tandis") {
		i++ // "…, though the bank said": the body, not the word that links its clause
	}
	if i < j && lexis.InSet(toks[i].Fold, "after", "before", "when", "once", "since", "because", "apres", "avant", "lorsque", "quand", "puisque") {
		return speaker{} // "…, after late customs data showed higher imports": what led to the figure, not who tells it
	}
	if i >= j {
		return speaker{}
	}
	bare := !lexis.InSet(toks[i].Fold, "le", "la", "l'", "les", "the", "ses", "son", "sa", "leurs", "leur", "its", "their") // "…, state police said": no article, up to the verb (and «ont annoncé ses organisateurs»)
	if bare && lexis.InSet(toks[i].Fold, "des", "de", "d'", "some", "several", "many", "other", "plusieurs", "certains", "certaines", "d'autres") {
		return speaker{} // «selon des syndicats»: some, unsaid which
	}
	head, end := -1, i+1
	if bare {
		end = i
	}
	// "Health officials in Texas reported": a common word, capitalised
	// only as it opens the sentence (not "Apple officials", a name the
	// mentions give before).
	opening := bare && i == 0 && x.art.Lang == "en" && toks[0].Upper() && (englishCommonNoun(toks[0].Fold) || openingModifier(toks[0].Fold)) ||
		bare && toks[i].Upper() && (gazetteer.IsPlaceName(toks[i].Text) || toks[i].Is(lexNationality)) // "Texas health officials", "Chinese state media"
	owner := 0 // "the country's": two words more before the head
	if !bare && i+2 < j && lexis.InSet(toks[i+2].Text, "'s", "’s") && !toks[i+1].Upper() {
		owner = 2
	} else if bare && opening && i+1 < j && lexis.InSet(toks[i+1].Text, "'s", "’s") {
		owner = 1 // "Indonesia's search and rescue agency"
	}
	for end < j && end <= i+7 && (toks[end].Kind == lexis.Word || owner > 0 && end == i+2) && (!toks[end].Upper() || head < 0 && end+1 < j && !bare || end == i && opening) && (end <= i+4+owner || head >= 0) &&
		!toks[end].Is(timex.WeekdayName) && !lexis.InSet(toks[end].Fold, "hier", "yesterday", "today", "aujourd'hui") &&
		!(head >= 0 && (lexis.IsSpeechVerb(toks, end) || lexis.InSet(toks[end].Fold, "would", "will", "could", "should", "may", "might", "can", "must",
			"has", "have", "had", "is", "are", "was", "were", "est", "sont", "a", "ont", "va", "vont", "doit", "devrait", "pourrait"))) {
		// (not «a annoncé le club mercredi»: the day the words were said;
		// a name may qualify the head: "the Dutch trade ministry"; and
		// whose it is: "the country's civil defence institute")
		if (speakerBodies[toks[end].Fold] || groupSpeakers[toks[end].Fold]) && (head < 0 || head == end-1) {
			head = end // (and "hospital managers": the last of a compound)
		}
		end++
		if head >= 0 && end < j && lexis.InSet(toks[end].Fold, "dans", "in", "lors", "during", "on", "at", "au", "à", "en", "par", "via", "sur", "pendant", "to") {
			break // «ont annoncé les deux sociétés dans un communiqué»: not what they said it in
		}
	}
	company := x.focus // (else the last organisation named)
	if k := x.reg.kind(company); company == "" || k == KindPerson || k == KindPlace {
		company = x.lastOrg
	}
	if k := x.reg.kind(company); head >= 0 && tradeSpeakers[toks[head].Fold] && (!bare || i > 0 && lexis.InSet(toks[i-1].Fold, "du", "of") || i == head && end == j) && company != "" && k != KindPerson && k != KindPlace {
		// (and a headline's "…, insurer says", «les chiffres du
		// constructeur»)
		// «a annoncé mardi l'électricien», "the world's third-largest
		// brewer said": the article's company, named by its trade.
		return speaker{key: x.reg.display(company), text: x.art.Text[toks[i].Start:toks[head].End], span: Span{Start: toks[i].Start, End: toks[head].End}}
	}
	if bare && head >= 0 && head+2 < j && lexis.InSet(toks[head+1].Fold, "in", "at") && toks[head+2].Upper() {
		// "Health officials in Texas reported": and the place they are in,
		// up to the verb.
		n := head + 2
		for n < j && n-head <= 4 && toks[n].Upper() && isNameToken(toks[n]) {
			n++
		}
		if n == j {
			head, end = n-1, n
		}
	}
	data := bare && head >= 0 && end == j && end == head+2 && lexis.InSet(toks[head+1].Fold, "data", "figures", "statistics", "donnees", "chiffres", "statistiques")
	if data {
		end-- // "…, finance ministry data showed": the body whose figures they are
	}
	if head < 0 || bare && (end != j && !data || end != head+1 || end-i > 6 || !groupSpeakers[toks[head].Fold] && !speakerBodies[toks[head].Fold] && !toks[head].Upper()) {
		// (bare, only a short phrase that its head ends, right before
		// the verb: "provincial officials said", "state police said")
		return speaker{}
	}
	for end > head+1 && lexis.InSet(toks[end-1].Fold, "et", "and", "de", "du", "des", "d'", "of", "la", "le", "l'", "les", "the") {
		end-- // «la chambre de commerce et d'industrie de Paris»: not cut at «et»
	}
	if end == head+1 && end < j && toks[end].Upper() && !bare {
		// «L'agence Moody's l'évalue», "the agency Fitch said": the name
		// after what it is
		for _, m := range x.ws.findMentions(toks[end:j]) {
			if k := x.reg.kind(m.key); m.tok == 0 && !m.common && k != KindPlace {
				key := m.key
				if k == "" {
					key = m.text // (a name the set holds no entity for: its words)
				}
				return speaker{key: key, text: m.text, span: Span{Start: toks[end].Start, End: toks[end+m.end-1].End}}
			}
			break
		}
	}
	if d := x.namedWith(nil, toks[head].Fold); d != "" && !opening {
		return speaker{key: d, text: x.art.Text[toks[i].Start:toks[end-1].End], span: Span{Start: toks[i].Start, End: toks[end-1].End}}
	}
	if lexis.InSet(toks[head].Fold, "bank", "banque") && end == head+1 && owner == 0 {
		// "The Riksbank's executive board took the decision…, the bank
		// said": the bank the article named in one word.
		for _, org := range []string{x.lastOrg, x.focus} {
			if f := lexis.Fold(x.reg.display(org)); org != "" && x.reg.kind(org) == KindOrg && (strings.HasSuffix(f, "bank") || strings.HasPrefix(f, "banque ") || f == "banque" || !strings.Contains(f, " ") && strings.HasPrefix(f, "banque")) {
				return speaker{key: org, text: x.art.Text[toks[i].Start:toks[end-1].End], span: Span{Start: toks[i].Start, End: toks[end-1].End}}
			}
		}
	}
	if end == head+1 && memberBodies[toks[head].Fold] {
		// «un chiffre que la CGT juge surévalué : le syndicat évoque
		// plutôt 5 500 salariés»: the body of that kind its own sentence
		// named just before, not the article's company.
		ms := x.ws.findMentions(toks[:i])
		for n := len(ms) - 1; n >= 0; n-- {
			if key := ms[n].key; x.reg.kind(key) == KindOrg && key != x.focus && key != x.lastOrg && !publicBodyName(x.reg.display(key)) {
				return speaker{key: key, text: x.art.Text[toks[i].Start:toks[end-1].End], span: Span{Start: toks[i].Start, End: toks[end-1].End}}
			}
		}
	}
	// "de Haute-Corse", "des Transports", "of Health": the name it is of.
	if k := end; k+1 < j && lexis.InSet(toks[k].Fold, "de", "du", "des", "d'", "of") {
		n := k + 1
		if lexis.InSet(toks[n].Fold, "la", "l'", "the") && n+1 < j {
			n++
		}
		for n < j && toks[n].Upper() {
			n++
			end = n
		}
	}
	first := i + 1 // the phrase without its article (with its possessive: "its health department")
	if bare || lexis.InSet(toks[i].Fold, "ses", "son", "sa", "leurs", "leur", "its", "their") {
		first = i
	}
	sp := Span{Start: toks[first].Start, End: toks[end-1].End}
	return speaker{key: x.art.Text[sp.Start:sp.End], text: x.art.Text[toks[i].Start:toks[end-1].End], span: Span{Start: toks[i].Start, End: toks[end-1].End}}
}

// deepInObject reports whether the speaker found at span, after a verb
// whose words begin at token j, stands inside a noun phrase's complement
// ("the closure of its Antwerp plant") rather than heading the words.
func deepInObject(toks []lexis.Token, j int, sp Span) bool {
	for k := j; k < len(toks) && toks[k].Start < sp.Start; k++ {
		if possessives[toks[k].Fold] && !roleAfter(toks, k+1) {
			return true // "the closure of its Antwerp plant", not "son fondateur, Pavel Durov"
		}
	}
	return false
}

// roleAfter reports whether a word of role stands at token k or after one
// adjective ("son fondateur", "son fondateur russe", "its chief executive").
func roleAfter(toks []lexis.Token, k int) bool {
	for n := k; n < len(toks) && n <= k+1; n++ {
		if _, ok := roleWords[toks[n].Fold]; ok {
			return true
		}
	}
	return false
}

// orgNear returns the organisation named right after a role word: "PDG de
// Telegram", "CEO of Telegram", or right before it: "Telegram CEO",
// "Telegram's founder".
func (x *extractor) orgNear(toks []lexis.Token, k, j int) string {
	for n := k + 1; n < min(j, k+4); n++ {
		if lexis.InSet(toks[n].Fold, "de", "d'", "of", "du", "chez", "at") {
			continue
		}
		if isNameToken(toks[n]) && x.reg.kind(nameKey(toks[n].Text)) == KindOrg {
			return nameKey(toks[n].Text)
		}
		if toks[n].Kind == lexis.Word && !lexis.InSet(toks[n].Fold, "russe", "americain", "francais", "general", "executive", "officer") {
			break
		}
	}
	for n := k - 1; n >= max(0, k-2); n-- {
		if toks[n].Fold == "'s" {
			continue
		}
		if isNameToken(toks[n]) && x.reg.kind(nameKey(toks[n].Text)) == KindOrg {
			return nameKey(toks[n].Text)
		}
	}
	return ""
}

// commaAhead reports whether a comma stands among tokens [a, b): "Mais pour
// la CGT, le nombre…" opens with whom the figure is according to.
func commaAhead(toks []lexis.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Text == "," {
			return k > a
		}
	}
	return false
}

// isWordNumber reports whether token k is a number written as a word
// ("two", «deux»).
func isWordNumber(toks []lexis.Token, k int) bool {
	_, end, ok := quantity.WordsNumberAt(toks, k)
	return ok && end == k+1
}

// figureRelative reports whether tokens [a, k] open on a noun for a figure
// and a relative pronoun ("a figure that experts", «un chiffre que les
// syndicats»): the speech that follows judges the figure told before.
func figureRelative(toks []lexis.Token, a, k int) bool {
	for j := a + 1; j <= k && j < len(toks); j++ {
		if lexis.InSet(toks[j].Fold, "the", "its", "their") && lexis.InSet(toks[j-1].Fold, "figure", "number", "estimate", "total", "count", "tally") {
			return true // "a figure the tourism board said understated demand": a relative without "that"
		}
		if lexis.InSet(toks[j].Fold, "that", "which", "que", "qu'", "qui") {
			return lexis.InSet(toks[j-1].Fold, "figure", "number", "estimate", "total", "toll", "count", "tally", "chiffre", "bilan", "nombre", "estimation", "decompte",
				"gap", "difference", "discrepancy", "ecart", "difference", "decalage") // (and «un écart que les organisateurs expliquent par…»)
		}
	}
	return false
}

// agentPhraseAt reports whether tokens [j, e) are a short noun phrase in
// lower case, after its article, whose head is a body or a role: «l'exécutif
// régional», «le président de la région», «les professionnels du
// secteur», "the regional executive" (not «selon l'âge», «selon nos
// informations»: no one who says).
func agentPhraseAt(toks []lexis.Token, j, e int) bool {
	if e-j < 2 || e-j > 6 || !lexis.InSet(toks[j].Fold, "le", "la", "l'", "les", "the") {
		return false
	}
	for k := j + 1; k < e; k++ {
		if toks[k].Kind != lexis.Word || toks[k].Upper() && !(k > j+2 && (lexis.InSet(toks[k-1].Fold, "de", "du", "des", "d'", "of") || toks[k-1].Upper())) {
			return false // (but «les notaires du Rhône»: whose they are)
		}
	}
	h := toks[j+1]
	if j+2 < e && !lexis.InSet(toks[j+2].Fold, "de", "du", "des", "d'", "of") && frenchAdjective(toks[j+1].Fold) {
		h = toks[j+2] // "the regional executive"
	}
	f := h.Fold
	return sourceBodyWord(f) || observerNouns[f] || roleOf(h) != ""
}

// sourceBodyWord reports whether the folded common noun f names a body
// that can be a figure's source: «le ministère», "the agency", «les
// pompiers», "the regulator".
func sourceBodyWord(f string) bool {
	return bodyNouns[f] || agencyNouns[f] || publicHeads[f] || agentSourceNouns[f]
}

// agentSourceNouns are common nouns for those a figure is cited from that no
// other set holds: «l'exécutif», «la direction», «les organisateurs».
var agentSourceNouns = lexis.SetOf("executif", "executive", "direction", "management", "organisateurs", "organizers", "organisers", "professionnels",
	"professionals", "exploitant", "operator", "operateur", "promoteur", "developer", "enqueteurs", "investigators", "autorites", "authorities",
	"responsables", "officials", "dirigeants", "executives", "elus", "ministere", "ministry", "municipalite", "municipality",
	"notaires", "notaries", "courtiers", "brokers", "avocats", "lawyers", "medecins", "doctors", "pharmaciens", "pharmacists", "pompiers",
	"firefighters", "secouristes", "rescuers", "gendarmes", "policiers")

// versusFigureBefore reports whether another figure, set against the one
// at token k by «contre», "against" or "versus", stands between k and the
// source at token i: «12 000 manifestants, contre 80 000 selon les
// organisateurs», where the source is that figure's.
func versusFigureBefore(toks []lexis.Token, k, i int) bool {
	for j := i - 1; j > k+1 && i-j <= 4; j-- {
		if toks[j].Kind == lexis.Number && lexis.InSet(toks[j-1].Fold, "contre", "against", "versus", "vs") {
			return true
		}
		if toks[j].Kind == lexis.Punct && !numberComma(toks, j) && !decimalPoint(toks, j) {
			return false // (not «410 contrôleurs, contre 465 en 2012, selon le syndicat»: the source of both)
		}
	}
	return false
}
