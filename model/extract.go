package model

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one passage with its tokens, dates, figures and names.
type sentence struct {
	span     Span
	toks     []Token
	dates    []DateExpr
	nums     []NumberExpr
	mentions []mention
}

// extractor reads the claims of one article.
type extractor struct {
	art   *Article
	idx   int
	reg   *registry
	sents []sentence
	// ref is the date relative expressions resolve against.
	ref Date
	// quotes are the article's quoted stretches.
	quotes []Span
	// localPersons counts the persons the article names; localRoles maps
	// "role|org" to the person the article says holds it.
	localPersons map[string]int
	localRoles   map[string]string
	focus        string // the article's most named organisation
	// roleCands are the article's appositions, resolved by learnRoles.
	roleCands []roleCand
	// Running context while reading in order.
	lastPerson  speaker
	lastSpeaker speaker
	lastOrg     string
	sentDates   []DateExpr
}

// analyse tokenises the article's sentences and finds their dates, figures
// and names (dates resolved against the header date for now).
func analyse(a *Article, idx int) *extractor {
	x := &extractor{art: a, idx: idx, localPersons: map[string]int{}, localRoles: map[string]string{}}
	keys := map[string]string{} // nameKey of the names already seen
	lower := map[string]bool{}  // writtenLower of each word, looked up once per article
	for _, s := range a.Sentences {
		toks := Tokenize(a.Text, s.Start, s.End)
		st := sentence{span: s, toks: toks}
		st.dates = findDates(a.Text, toks, a.Lang, a.Published)
		st.nums = findNumbers(a.Text, toks, a.Lang)
		for _, m := range findMentions(toks, map[int]bool{0: true, 1: len(toks) > 0 && !toks[0].Upper()}, keys) {
			// A capitalised month in a date ("in May") is not a name.
			if !overlapsAny(Span{toks[m.tok].Start, toks[m.end-1].End}, st.dates) {
				st.mentions = append(st.mentions, m)
			}
		}
		x.collectRoles(&st)
		for k := range st.mentions {
			if m := &st.mentions[k]; m.initial && m.end-m.tok == 1 {
				f := toks[m.tok].Fold
				w := toks[m.tok].Text
				low, ok := lower[w]
				if !ok && len(f) > 3 {
					low = writtenLower(a.Text, w)
					lower[w] = low
				}
				m.common = commonStarters[f] || participle(f) || low
			}
		}
		if !mayClaim(&st) {
			// No claim can come from this sentence: keep its names, not its tokens.
			st.toks = nil
		}
		x.sents = append(x.sents, st)
	}
	for _, p := range paragraphs(a.Text, a.Body) {
		if !overlapsDropped(a.Dropped, p.span) {
			x.quotes = append(x.quotes, quoteRegions(a.Text, p.span)...)
		}
	}
	return x
}

// register adds the article's names to the set's registry.
func (x *extractor) register(r *registry) {
	for _, s := range x.sents {
		for _, m := range s.mentions {
			r.add(m, x.idx)
		}
	}
}

// learnRoles reads appositions that say who holds which role: "Pavel Durov,
// fondateur de Telegram", "Le PDG de Telegram, Pavel Durov", "son fondateur
// russe, Pavel Dourov", "Nikolaï Dourov le PDG de Telegram", "Telegram CEO
// Pavel Durov", "X, Telegram's founder".
func (x *extractor) learnRoles(r *registry) {
	x.reg = r
	orgCount := map[string]int{}
	first := map[string]int{} // order of first mention
	for _, s := range x.sents {
		for _, m := range s.mentions {
			switch r.kind(m.key) {
			case KindPerson:
				if p := r.person(m.key, nil); p != "" {
					x.localPersons[p]++
				}
			case KindOrg:
				orgCount[m.key]++
				if _, ok := first[m.key]; !ok {
					first[m.key] = len(first)
				}
			}
		}
	}
	// The article's main organisation: the one it names most, the first
	// named on a tie.
	for k, n := range orgCount {
		if x.focus == "" || n > orgCount[x.focus] || n == orgCount[x.focus] && first[k] < first[x.focus] {
			x.focus = k
		}
	}
	if x.focus == "" {
		x.focus = r.focus
	}
	for _, c := range x.roleCands {
		p := r.person(c.person, x.localPersons)
		if p == "" {
			continue
		}
		org := ""
		for _, o := range c.orgs {
			if r.kind(o) == KindOrg {
				org = o
				break
			}
		}
		if org == "" {
			org = x.focus
		}
		x.setRole(r, c.role, org, p)
	}
}

// roleCand is a name next to a role word, and the names that may be the
// organisation of the role, in the order to try them once the set's names
// are known.
type roleCand struct {
	person, role string
	orgs         []string
}

// collectRoles notes the appositions of a sentence (see learnRoles).
func (x *extractor) collectRoles(s *sentence) {
	toks := s.toks
	for _, m := range s.mentions {
		// After the name: ", fondateur de Telegram", " le PDG de Telegram", ", Telegram's CEO".
		for k := m.end; k < min(len(toks), m.end+4); k++ {
			if role := roleWords[toks[k].Fold]; role != "" {
				x.roleCands = append(x.roleCands, roleCand{m.key, role, orgCandidates(toks, k, min(len(toks), k+5))})
				break
			}
			if !inSet(toks[k].Fold, ",", "le", "la", "l'", "the", "son", "sa", "its", "co-", "'s") && !isNameToken(toks[k]) {
				break
			}
		}
		// Before the name: "Le PDG de Telegram, ", "son fondateur russe, ", "Telegram CEO ".
		for k := m.tok - 1; k >= max(0, m.tok-6); k-- {
			if role := roleWords[toks[k].Fold]; role != "" {
				x.roleCands = append(x.roleCands, roleCand{m.key, role, orgCandidates(toks, k, m.tok)})
				break
			}
			if toks[k].Text == "." || toks[k].Text == ";" || isSpeechVerb(toks, k) {
				break
			}
		}
	}
}

// orgCandidates lists the names that orgNear would try for the role word at
// k, before it is known which names are organisations.
func orgCandidates(toks []Token, k, j int) []string {
	var out []string
	for n := k + 1; n < min(j, k+4); n++ {
		if inSet(toks[n].Fold, "de", "d'", "of", "du", "chez", "at") {
			continue
		}
		if isNameToken(toks[n]) {
			out = append(out, nameKey(toks[n].Text))
			break
		}
		if toks[n].Kind == Word && !inSet(toks[n].Fold, "russe", "americain", "francais", "general", "executive", "officer") {
			break
		}
	}
	for n := k - 1; n >= max(0, k-2); n-- {
		if isNameToken(toks[n]) {
			out = append(out, nameKey(toks[n].Text))
		}
	}
	return out
}

func (x *extractor) setRole(r *registry, role, org, p string) {
	if _, ok := x.localRoles[role+"|"+org]; !ok {
		x.localRoles[role+"|"+org] = p
	}
	r.addRole(role, org, p)
}

// reresolve resolves the article's dates against ref.
func (x *extractor) reresolve(ref Date) {
	x.ref = ref
	for i := range x.sents {
		for k := range x.sents[i].dates {
			resolve(&x.sents[i].dates[k], ref)
		}
	}
}

// personNouns are nouns for people counted by a figure.
// prepositions never name what a figure counts.
var prepositions = setOf("in", "to", "from", "on", "at", "by", "for", "with", "en", "a", "au", "aux", "dans", "sur", "pour",
	"par", "avec", "vers", "the", "le", "la", "les", "this", "that", "ce", "cette", "than", "que")

var personNouns = setOf("consumers", "consommateurs", "riders", "households", "foyers", "clients", "utilisateurs", "utilisatrices", "utilisateur", "usagers", "usager", "abonnes", "abonne",
	"participants", "participantes", "spectateurs", "telespectateurs", "viewers", "listeners", "auditeurs", "students",
	"etudiants", "passagers", "passengers", "voyageurs", "travellers", "travelers", "patients", "workers", "drivers",
	"chauffeurs", "creators", "createurs", "developers", "developpeurs", "merchants", "commercants", "sellers",
	"vendeurs", "buyers", "acheteurs", "adherents", "habitants", "residents", "citizens", "citoyens",
	"membres", "comptes", "inscrits", "clients", "personnes", "internautes", "refugies", "fans", "followers", "lecteurs",
	"joueurs", "visiteurs", "salaries", "employes", "users", "user", "people", "subscribers", "members", "accounts",
	"customers", "refugees", "visitors", "readers", "players", "individuals", "signups", "sign-ups", "registrations",
	"inscriptions", "installs", "employees", "mau", "dau")

var downloadNouns = setOf("telechargements", "telechargement", "downloads", "download", "installations", "installs")
var downloadVerbs = setOf("telechargee", "telecharge", "telechargees", "telecharges", "downloaded", "installed", "installee")
var activeWords = setOf("actifs", "actives", "actif", "active", "mensuels", "mensuel", "quotidiens", "quotidien",
	"monthly", "daily", "mau", "dau", "weekly", "hebdomadaires")
var newWords = setOf("nouveaux", "nouvelles", "nouveau", "new", "supplementaires", "additional", "inscriptions",
	"signups", "sign-ups", "registrations", "inscrits")
var gainVerbs = setOf("gagne", "gagner", "gagnant", "rejoint", "rejoindre", "rejoignent", "accueilli", "accueillir",
	"attire", "attirer", "recrute", "recruter", "conquis", "seduit", "enregistre", "ajoute", "gained", "gain", "gains",
	"joined", "join", "welcomed", "welcome", "attracted", "added", "signed", "onboarded", "acquired", "afflux", "arrivee",
	"arrivees", "bond", "hausse", "surge", "influx", "jump", "record")

// metricOf decides what a figure measures from the words around it, and
// returns the noun phrase it counts ("" when the figure is not a claim).
func metricOf(toks []Token, n NumberExpr) (Metric, string) {
	after := func(k int) string { return fold(toks, n.numEnd+k) }
	// The noun the figure counts: skip "de", "d'", "of", adjectives.
	noun, nounAt := "", -1
	for k := 0; k < 4; k++ {
		w := after(k)
		if inSet(w, "de", "d'", "of", "du", "des", "nouveaux", "nouvelles", "new", "additional", "supplementaires", "seule", "seul") ||
			activeWords[w] || inSet(w, "registered", "paying", "payants", "unique", "uniques", "global", "worldwide") {
			continue
		}
		if w != "" && toks[n.numEnd+k].Kind == Word {
			noun, nounAt = w, n.numEnd+k
			// "300 million daily meeting participants": a person noun a
			// word or two further on is what is counted.
			for k2 := k + 1; k2 <= k+2; k2++ {
				if personNouns[after(k2)] && toks[n.numEnd+k2-1].Kind == Word {
					noun, nounAt = after(k2), n.numEnd+k2
					break
				}
			}
		}
		break
	}
	window := func(from, to int, set map[string]bool) bool {
		for k := max(0, from); k < min(len(toks), to); k++ {
			if set[toks[k].Fold] {
				return true
			}
		}
		return false
	}
	if n.Ordinal {
		if n.From > 0 || rankNoun[after(0)] || window(n.numEnd, n.numEnd+3, rankNoun) || window(n.numStart-3, n.numStart, setOf("top", "no", "numero", "number", "classement", "rang")) {
			if window(n.numEnd, n.numEnd+4, downloadNouns) {
				return MetricRank, "in downloads"
			}
			return MetricRank, "place"
		}
		return "", ""
	}
	if inSet(noun, "fois", "times") && window(n.numStart-6, n.numEnd+4, downloadVerbs) {
		return MetricDownloads, "downloads"
	}
	if inSet(noun, "fois", "times", "x") || inSet(after(0), "fois", "times") {
		return "", "" // a multiplier, not a figure
	}
	if inSet(noun, "ans", "an", "annees", "years", "year", "mois", "jours", "semaines", "heures", "minutes", "months", "weeks", "days", "hours", "ago", "old") {
		return "", "" // an age or a duration
	}
	if downloadNouns[noun] || window(n.numEnd, n.numEnd+5, downloadNouns) && !personNouns[noun] {
		return MetricDownloads, "downloads"
	}
	if personNouns[noun] || (noun == "" || noun == "par") && n.Scaled {
		if window(n.numEnd, n.numEnd+6, activeWords) || window(n.numStart-3, n.numStart, activeWords) {
			switch {
			case window(n.numEnd, n.numEnd+6, setOf("daily", "quotidiens", "quotidien", "quotidiennes", "dau", "jour")):
				return MetricActiveUsers, "daily active users"
			case window(n.numEnd, n.numEnd+6, setOf("monthly", "mensuels", "mensuel", "mensuelles", "mau", "mois")):
				return MetricActiveUsers, "monthly active users"
			}
			return MetricActiveUsers, "active users"
		}
		if window(n.numStart-2, n.numEnd+3, newWords) || window(n.numStart-12, n.numStart, gainVerbs) ||
			window(n.numEnd, n.numEnd+8, gainVerbs) || newWords[noun] {
			return MetricNewUsers, "new users"
		}
		if personNouns[noun] {
			return MetricActiveUsers, "users"
		}
	}
	if n.Unit != "" || n.Scaled || n.Value >= 1000 && !n.Year {
		if nounAt >= 0 && n.Unit == "" {
			return MetricOther, toks[nounAt].Text
		}
		if n.Unit != "" {
			return MetricOther, n.Unit
		}
	}
	return "", ""
}

// eventKinds are the words that date a context event, with its kind.
var eventKinds = map[string]string{
	"panne": "outage", "pannes": "outage", "outage": "outage", "outages": "outage", "coupure": "outage", "blackout": "outage",
	"fonde": "founded", "fondee": "founded", "founded": "founded", "cree": "founded", "creee": "founded", "fondation": "founded",
	"rachetee": "acquired", "rachete": "acquired", "rachat": "acquired", "acquired": "acquired", "acquisition": "acquired",
	"racheter": "acquired", "bought": "acquired",
	"lance": "launched", "lancee": "launched", "lancement": "launched", "launched": "launched", "launch": "launched",
	"cyberattaque": "attack", "piratage": "attack", "hack": "attack", "hacked": "attack", "fuite": "leak", "leak": "leak",
	"interdit": "ban", "interdiction": "ban", "banned": "ban", "ban": "ban", "bloque": "ban", "blocked": "ban",
	"introduction": "ipo", "ipo": "ipo", "amende": "fine", "fined": "fine", "fine": "fine",
}

var eventTitles = map[string]string{
	"outage": "outage", "founded": "founded", "acquired": "acquired", "launched": "launched", "attack": "attacked",
	"leak": "data leak", "ban": "blocked", "ipo": "goes public", "fine": "fined",
}

// claims reads the article's claims, in order.
func (x *extractor) claims() []Claim {
	a := x.art
	var out []Claim
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		if s.toks == nil {
			// Nothing to claim here (see mayClaim); only its names count.
			x.track(s)
			continue
		}
		x.sentDates = s.dates
		statementDate := x.statementDates(s)
		var figures []Claim
		var prevFigure *Claim
		prevEnd := 0
		for _, n := range s.nums {
			if n.Year || overlapsAny(n.Span, s.dates) {
				continue
			}
			metric, what := metricOf(toks, n)
			// "300 million participants, up from 200 million": a bare
			// figure right after another counts the same thing.
			if (metric == "" || metric == MetricOther && n.Unit == "") && n.Scaled && prevFigure != nil && prevFigure.Metric != MetricOther &&
				n.numStart-prevEnd <= 12 && (noNounAfter(toks, n) || metric == MetricOther) {
				metric, what = prevFigure.Metric, prevFigure.What
			}
			if metric == "" {
				continue
			}
			if metric == MetricOther {
				if w := whatBefore(a.Text, toks, n.numStart); w != "" && (n.Unit != "" || prepositions[Fold(what)] || what == "") {
					what = w
				} else if what == n.Unit || prepositions[Fold(what)] {
					what = ""
				}
				// "Revenue grew 14% to $9.23 billion", "up 12% from a year
				// earlier": a figure with nothing of its own measures what
				// the one before it in the clause measures.
				if what == "" && prevFigure != nil && prevFigure.What != "" && (n.numStart-prevEnd <= 8 && !commaBetween(toks, prevEnd, n.numStart) ||
					n.numStart-prevEnd <= 16 && n.Unit == "%" && direction(toks, n.numStart) != "") {
					what = prevFigure.What
					if n.Unit == "%" && prevFigure.Unit != "%" && prevFigure.Unit != "+%" && prevFigure.Unit != "−%" {
						what += " growth"
					}
				}
				what = lowerInitial(what, toks, a.Text)
			}
			sign := ""
			if n.Unit == "%" {
				sign = direction(toks, n.numStart)
			}
			c := Claim{Article: x.idx, ArticleName: a.Name, Passage: s.span, Quote: a.Slice(s.span), Metric: metric, Unit: sign + n.Unit,
				Value: n.Value, HasValue: true, From: n.From, Qualifier: n.Qualifier, ValueText: n.Text, ValueSpan: n.Span, What: what}
			sp := x.attribution(toks, 0, len(toks), n.Span.Start)
			var cited Span
			if sp.cited {
				cited = sp.span
			}
			c.Subject = x.subject(s, n.numStart, cited)
			if c.Subject == "" {
				continue
			}
			x.date(&c, s, statementDate, toks[n.numStart].Start, figureStarts(toks, s.nums, s.dates))
			x.setSpeaker(&c, sp)
			c.Label = labelIn(&c, "en")
			out = append(out, c)
			figures = append(figures, c)
			prevFigure, prevEnd = &out[len(out)-1], n.numEnd
		}
		out = append(out, x.contextEvents(s, statementDate)...)
		out = append(out, x.statements(s, statementDate, figures)...)
		x.track(s)
	}
	return out
}

// track updates the last person and organisation named, for pronouns.
func (x *extractor) track(s *sentence) {
	for _, m := range s.mentions {
		switch x.reg.kind(m.key) {
		case KindPerson:
			if p := x.reg.person(m.key, x.localPersons); p != "" {
				x.lastPerson = speaker{key: p, text: m.text}
			}
		case KindOrg:
			x.lastOrg = m.key
		}
	}
}

func overlapsAny(s Span, ds []DateExpr) bool {
	for _, d := range ds {
		if d.Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// statementDates returns the index of the date expressions in s that date
// a statement rather than the fact ("a affirmé ce mardi 5 octobre", "annonce
// aujourd'hui", "said on Tuesday").
func (x *extractor) statementDates(s *sentence) map[int]bool {
	out := map[int]bool{}
	for di, d := range s.dates {
		if d.Kind == "duration" {
			continue
		}
		for k, t := range s.toks {
			if t.Start != d.Span.Start {
				continue
			}
			// Up to two words between the verb and the date ("a affirmé ce mardi").
			for back := 1; back <= 2; back++ {
				if isSpeechVerb(s.toks, k-back) && s.toks[k-back].Fold != "selon" {
					out[di] = true
				}
			}
		}
	}
	return out
}

// date sets the claim's date: the date words of the passage nearest the
// figure that are not the date of a statement; else "as of" the statement's
// date, else of the publication.
func (x *extractor) date(c *Claim, s *sentence, statement map[int]bool, pos int, figures []int) {
	best, bestDist := -1, math.MaxInt
	for di, d := range s.dates {
		if d.Kind == "duration" || statement[di] || d.Date.IsZero() || eventOwned(s, d, pos) {
			continue
		}
		dist := clauseDist(s.toks, d.Span.Start, pos)
		// A date nearer another figure of the passage dates that one: "more
		// than 300 million, up from 200 million earlier this month".
		nearer := false
		for _, f := range figures {
			if f != pos && clauseDist(s.toks, d.Span.Start, f) < dist {
				nearer = true
			}
		}
		if nearer {
			continue
		}
		if dist < bestDist {
			best, bestDist = di, dist
		}
	}
	if best >= 0 {
		c.Date, c.DateSpan = s.dates[best].Date, s.dates[best].Span
		return
	}
	c.AsOf = true
	for di := range statement {
		if d := s.dates[di]; !d.Date.IsZero() {
			c.Date, c.DateSpan = d.Date, d.Span
			return
		}
	}
	c.Date = x.art.Published
	if c.Date.IsZero() {
		c.Date = x.ref
	}
}

// setSpeaker fills who said the claim.
func (x *extractor) setSpeaker(c *Claim, sp speaker) {
	if sp.key == "" {
		return
	}
	c.SaidBy = x.reg.display(sp.key)
	c.SaidByText = sp.text
	c.SaidBySpan = sp.span
}

// anaphors are the noun phrases that stand for an organisation named before
// ("l'application", "la messagerie", "the company").
var anaphors = setOf("application", "app", "messagerie", "service", "plateforme", "platform", "entreprise", "societe",
	"company", "firm", "groupe", "group", "reseau", "network", "startup", "start-up", "marque", "brand", "site",
	"derniere", "celle-ci", "celui-ci", "latter")

// subject chooses the organisation a figure at token i is about: an anaphor
// just before the figure ("l'application a gagné…") stands for the
// article's main organisation; else the organisations the passage names,
// scored by how often the set names them and how close they stand (the one
// quoted as a source, "selon X", excluded); else the one last named; else the
// article's.
func (x *extractor) subject(s *sentence, i int, source Span) string {
	best, bestScore := "", math.Inf(-1)
	nearestOrg := -1
	for _, m := range s.mentions {
		if x.reg.kind(m.key) != KindOrg || source.Overlaps(Span{s.toks[m.tok].Start, s.toks[m.end-1].End}) {
			continue
		}
		if m.tok < i {
			nearestOrg = max(nearestOrg, m.end-1)
		}
		dist := m.tok - i
		if dist < 0 {
			dist = -dist
		}
		score := x.reg.weight(m.key) - 0.15*float64(dist)
		if m.key == x.focus {
			score += 1
		}
		if m.tok < i && !commaBetween(s.toks, m.end, i) {
			// The subject of the clause stands before its figure.
			score += 1.5
		}
		if score > bestScore {
			best, bestScore = m.key, score
		}
	}
	for k := i - 1; k > nearestOrg && k >= 0 && i-k <= 12; k-- {
		if anaphors[s.toks[k].Fold] && k > 0 && inSet(s.toks[k-1].Fold, "l'", "la", "le", "the", "cette", "ce", "this", "its", "sa", "son") {
			best = x.focus
			break
		}
	}
	if best == "" {
		best = x.lastOrg
	}
	if best == "" {
		best = x.focus
	}
	if best == "" {
		return ""
	}
	return x.reg.display(best)
}

// contextEvents reads dated events with no figure: an outage, a founding,
// an acquisition.
func (x *extractor) contextEvents(s *sentence, statement map[int]bool) []Claim {
	var out []Claim
	seen := map[string]bool{}
	for k, t := range s.toks {
		kind, ok := eventKinds[t.Fold]
		if !ok || seen[kind] {
			continue
		}
		// The nearest date of the passage that is not a statement's.
		var date *DateExpr
		best := math.MaxInt
		for di := range s.dates {
			d := &s.dates[di]
			if d.Kind == "duration" || statement[di] || d.Date.IsZero() {
				continue
			}
			dist := d.Span.Start - t.Start
			if dist < 0 {
				dist = -dist
			}
			if dist < best {
				date, best = d, dist
			}
		}
		if date == nil {
			continue
		}
		seen[kind] = true
		subj, other := x.eventSubject(s, k, kind)
		if subj == "" {
			continue
		}
		c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
			What: kind, Subject: subj, Date: date.Date, DateSpan: date.Span, ValueText: t.Text, ValueSpan: Span{t.Start, t.End}}
		c.other = other
		c.Label = labelIn(&c, "en")
		out = append(out, c)
	}
	return out
}

// eventSubject picks who the event happened to (and, for an acquisition, the
// buyer named after "par"/"by").
func (x *extractor) eventSubject(s *sentence, k int, kind string) (string, string) {
	subj, other := "", ""
	bestScore := math.Inf(-1)
	for _, m := range s.mentions {
		if x.reg.kind(m.key) != KindOrg {
			continue
		}
		if kind == "acquired" && m.tok > k && m.tok <= k+3 && inSet(fold(s.toks, m.tok-1), "par", "by") {
			other = x.reg.display(m.key)
			continue
		}
		dist := m.tok - k
		if dist < 0 {
			dist = -dist
		}
		score := x.reg.weight(m.key) - 0.15*float64(dist)
		if score > bestScore {
			subj, bestScore = x.reg.display(m.key), score
		}
	}
	if subj == "" && x.lastOrg != "" {
		subj = x.reg.display(x.lastOrg)
	}
	return subj, other
}

// statements reads quotes of at least eight words with a speaker; with a
// statement date they become announcement events.
func (x *extractor) statements(s *sentence, statement map[int]bool, figures []Claim) []Claim {
	var out []Claim
	var stDate *DateExpr
	for di := range statement {
		if d := &s.dates[di]; !d.Date.IsZero() {
			stDate = d
		}
	}
	if stDate == nil {
		return nil
	}
	sp := x.attribution(s.toks, 0, len(s.toks), s.toks[0].Start)
	if sp.key == "" || x.reg.kind(sp.key) != KindPerson {
		// The statement's words may follow the verb: "a assuré mardi Pavel Dourov".
		return nil
	}
	c := Claim{Article: x.idx, ArticleName: x.art.Name, Passage: s.span, Quote: x.art.Slice(s.span), Metric: MetricEvent,
		What: "statement", Date: stDate.Date, DateSpan: stDate.Span, Subject: x.reg.display(x.focus)}
	x.setSpeaker(&c, sp)
	if len(figures) > 0 {
		f := figures[0]
		c.announced = &f
	} else {
		c.excerpt = quoteExcerpt(x.art.Text, x.quotes, s.span)
	}
	c.Label = labelIn(&c, "en")
	out = append(out, c)
	return out
}

// quoteExcerpt returns the first words of the quote in passage p (or of the
// passage), in quotation marks.
func quoteExcerpt(text string, quotes []Span, p Span) string {
	q := p
	for _, r := range quotes {
		if r.Overlaps(p) {
			q = Span{max(r.Start, p.Start), min(r.End, p.End)}
			break
		}
	}
	s := strings.Trim(text[q.Start:q.End], " «»“”\",.")
	return "“" + strings.TrimSuffix(shorten(s, 60), ".") + "”"
}

// commaBetween reports whether a clause break (a comma or semicolon not
// inside a short apposition) lies between tokens a and b.
func commaBetween(toks []Token, a, b int) bool {
	n := 0
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Text == ";" {
			return true
		}
		if toks[k].Text == "," {
			n++
		}
	}
	// "Signal, the encrypted app, was downloaded": an apposition between two
	// commas does not break the clause.
	return n%2 == 1
}

// eventOwned reports whether date d dates an event word rather than the
// figure at byte pos: "Disney+, lancé en novembre 2019, revendique 87
// millions d'abonnés" (the launch is in November 2019, the figure is now).
// A clause break between the date and the figure is required.
func eventOwned(s *sentence, d DateExpr, pos int) bool {
	di := -1
	for k, t := range s.toks {
		if t.Start == d.Span.Start {
			di = k
			break
		}
	}
	if di < 0 {
		return false
	}
	owned := false
	for k := max(0, di-3); k < di; k++ {
		if _, ok := eventKinds[s.toks[k].Fold]; ok {
			owned = true
		}
	}
	if !owned {
		return false
	}
	for _, t := range s.toks {
		if t.Text == "," && (t.Start >= d.Span.End && t.Start < pos || t.Start < d.Span.Start && t.Start >= pos) {
			return true
		}
	}
	return false
}

// determiners start the noun phrase a figure is about.
var determiners = setOf("son", "sa", "ses", "leur", "leurs", "le", "la", "les", "l'", "its", "their", "the", "his", "her")

// auxiliaries and verbs between a noun phrase and its figure.
var figureVerbs = setOf("a", "ont", "est", "sont", "etait", "atteint", "s'eleve", "eleve", "totalise", "represente",
	"has", "have", "had", "was", "were", "is", "are", "reached", "rose", "fell", "grew", "totalled", "totaled", "hit",
	"gagne", "perdu", "pris", "cede", "gained", "lost", "added", "shed", "ajoute",
	"climbed", "dropped", "jumped", "stood", "came", "amounted", "passe", "grimpe", "chute", "recule", "progresse")

// clauseStarts end the search for the noun phrase before a figure.
var clauseStarts = setOf(",", ";", ":", "(", "«", "“", "\"", "as", "and", "but", "while", "that", "which", "when",
	"alors", "tandis", "et", "mais", "que", "qui", "dont", "car", "comme", "lorsque", "quand", "selon", "according")

// whatBefore returns the noun phrase a figure at token i measures when it
// stands before the verb: "Son chiffre d'affaires a atteint 25 milliards" →
// "chiffre d'affaires"; "as trips on its platform rose 22%" → "trips on its
// platform"; "analysts' estimates of $9.33 billion" → "analysts' estimates".
func whatBefore(text string, toks []Token, i int) string {
	v := i - 1
	for v >= 0 && v >= i-4 && (figureVerbs[toks[v].Fold] || inSet(toks[v].Text, "$", "€", "£") || riseWords[toks[v].Fold] || fallWords[toks[v].Fold] || inSet(toks[v].Fold, "to", "at", "a", "by", "de", "of", "d'", "about", "some", "around", "environ", "pres", "plus", "more", "than", "over", "just", "nearly", "almost")) {
		v--
	}
	if v == i-1 && !inSet(fold(toks, v), "of", "de", "d'") || v < 0 {
		return ""
	}
	start := v
	for start > 0 && v-start < 6 && !clauseStarts[toks[start-1].Fold] && toks[start-1].Kind != Number {
		start--
	}
	// "slightly below analysts' estimates": the noun phrase starts after a
	// comparison word, and never with an adverb or a determiner.
	for k := start; k < v; k++ {
		if inSet(toks[k].Fold, "below", "above", "under", "over", "than", "beyond", "sous", "au-dessus", "au-dela", "contre", "versus", "vs") {
			start = k + 1
		}
	}
	for start <= v && (determiners[toks[start].Fold] || inSet(toks[start].Fold, "a", "an", "un", "une", "des") ||
		strings.HasSuffix(toks[start].Fold, "ly") || strings.HasSuffix(toks[start].Fold, "ment")) {
		start++
	}
	if start > v || toks[v].Kind != Word || prepositions[toks[v].Fold] || inSet(toks[v].Fold, "for", "pour", "of", "de") {
		return ""
	}
	return text[toks[start].Start:toks[v].End]
}

// riseWords and fallWords say which way a share moved.
var (
	riseWords = setOf("rose", "rise", "rises", "risen", "grew", "grow", "grows", "grown", "up", "increased", "jumped", "climbed",
		"gained", "gagne", "hausse", "augmente", "augmentation", "progresse", "progression", "bondi", "grimpe", "croissance")
	fallWords = setOf("fell", "fall", "falls", "fallen", "dropped", "drop", "declined", "down", "lost", "shrank", "perdu",
		"baisse", "recul", "recule", "chute", "diminue", "diminution", "cede")
)

// direction returns "+" or "−" when the words just before a percentage say
// it is a rise or a fall, "" otherwise.
func direction(toks []Token, i int) string {
	for k := i - 1; k >= max(0, i-4); k-- {
		switch {
		case riseWords[toks[k].Fold]:
			return "+"
		case fallWords[toks[k].Fold]:
			return "−"
		}
	}
	return ""
}

// noNounAfter reports whether a figure is followed by no noun of its own
// ("up from 200 million earlier this month", "contre 200 millions").
func noNounAfter(toks []Token, n NumberExpr) bool {
	w := fold(toks, n.numEnd)
	if w == "" || toks[n.numEnd].Kind == Punct {
		return true
	}
	return inSet(w, "earlier", "last", "a", "in", "en", "au", "the", "this", "that", "un", "une", "il", "y", "plus", "more",
		"before", "avant", "auparavant", "previously", "precedemment", "ago", "et", "and", "contre", "versus", "vs")
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// figureStarts returns the byte offsets of the figures of a passage that
// can be claims (not years, not inside dates).
func figureStarts(toks []Token, nums []NumberExpr, dates []DateExpr) []int {
	var out []int
	for _, n := range nums {
		if !n.Year && (n.Scaled || n.Ordinal || n.Unit != "") && !overlapsAny(n.Span, dates) {
			out = append(out, toks[n.numStart].Start)
		}
	}
	return out
}

// clauseDist is the distance in bytes between two positions of a passage,
// with a comma between them counting as far: words of one clause belong
// together.
func clauseDist(toks []Token, a, b int) int {
	lo, hi := min(a, b), max(a, b)
	d := hi - lo
	for _, t := range toks {
		if t.Start >= lo && t.Start < hi && (t.Text == "," || t.Text == ";") {
			d += 1000
		}
	}
	return d
}

// lowerInitial lowers the first letter of what when it is a common noun
// that starts its sentence ("Revenue grew 14%" → "revenue").
func lowerInitial(what string, toks []Token, text string) string {
	if what == "" || len(toks) == 0 || !strings.HasPrefix(text[toks[0].Start:], what) {
		return what
	}
	w := strings.Fields(what)[0]
	for _, r := range w[1:] {
		if unicode.IsUpper(r) {
			return what // "WhatsApp", "iPhone"
		}
	}
	r, n := utf8.DecodeRuneInString(what)
	return string(unicode.ToLower(r)) + what[n:]
}

// writtenLower reports whether text holds word in lower case as a word of
// its own: "Fondée" at the start of a sentence, "fondée" elsewhere.
func writtenLower(text, word string) bool {
	low := strings.ToLower(word)
	for at := 0; at < len(text); {
		i := strings.Index(text[at:], low)
		if i < 0 {
			return false
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(low):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(low) == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		at = i + len(low)
	}
	return false
}

// mayClaim reports whether a sentence can yield a claim: a figure that is
// not a year or a small count, or a date with an event word or a speech verb.
func mayClaim(s *sentence) bool {
	for _, n := range s.nums {
		if !n.Year && (n.Scaled || n.Ordinal || n.Unit != "" || n.Value >= 1000) && !overlapsAny(n.Span, s.dates) {
			return true
		}
	}
	if len(s.dates) == 0 {
		return false
	}
	for k, t := range s.toks {
		if _, ok := eventKinds[t.Fold]; ok || isSpeechVerb(s.toks, k) {
			return true
		}
	}
	return false
}
