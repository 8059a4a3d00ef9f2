package model

import (
	"cmp"
	"context"
	"maps"

	"github.com/claimline/claimline/model/gazetteer"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
	"github.com/claimline/claimline/model/syntax"
	"github.com/claimline/claimline/model/timex"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// sentence is one passage with its tokens, dates, figures and names.
type sentence struct {
	span Span
	// toks are the sentence's tokens while it is read; they are dropped
	// after analysis to keep a large set small, and tokenised again (to the
	// same tokens) for the sentences a claim may come from (claimable).
	toks      []lexis.Token
	claimable bool
	// speech is true when the sentence reports speech: an undated one may
	// still be a statement its occasion dates (occasionStatement).
	speech   bool
	dates    []timex.DateExpr
	nums     []quantity.NumberExpr
	mentions []mention
}

// extractor reads the claims of one article.
type extractor struct {
	art   *Article
	idx   int
	reg   *registry
	sents []sentence
	// kindsBeforeNames maps a folded word (and its lemma) the article
	// writes right before a name to the first sentence that does so; read
	// on first use (see kindWrittenBeforeName).
	kindsBeforeNames map[string]int
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
	lastPerson speaker
	// lastPersonIn is the sentence that named lastPerson.
	lastPersonIn int
	lastSpeaker  speaker
	lastCited    speaker // the source last cited with "according to", «selon»: whom "the same source" is
	// lastOrgSite is true when lastOrg was named as a site ("Output at
	// Los Toros", "its Cerro Alto mine"), no company that speaks.
	lastOrgSite bool
	lastOrg     string
	// rivals are the organisations the article names as another's rival
	// ("Rival Glacierline said…", «son concurrent Vexo»): "the company"
	// after one is still the article's own.
	rivals map[string]bool
	// indexFocus remembers whether the main organisation focus names a
	// stock index or market (see focusIsIndex).
	indexFocus struct {
		key       string
		known, is bool
	}
	// statFocus remembers whether focus names a statistics office (see
	// focusIsStatistics).
	statFocus struct {
		key       string
		known, is bool
	}
	// lastOwnOrg is lastOrg but for a source the article cites («selon la
	// Dares»): what a figure no clause names an entity for may be of.
	lastOwnOrg string
	// opening is the organisation sentence openingAt opens with ("The
	// Motorola ROKR pauses music…"): what "it" opening the next stands for.
	opening   string
	openingAt int
	// openingName is the name, typed or not, sentence openingNameAt opens
	// with as its first word ("Nova Esports, elle, se porte bien"): what
	// "le club" opening the next stands for.
	openingName   string
	openingNameAt int
	// openingPhrase is the organisation a noun phrase standing for one
	// stands for, when the sentence openingPhraseAt opens with it as its
	// subject ("The operator blamed…"): what "it" opening the next
	// stands for.
	openingPhrase   string
	openingPhraseAt int
	// openingPerson is the person the sentence openingPersonAt opened
	// with, for a "he" or "elle" in the next.
	openingPerson   string
	openingPersonAt int
	// lastClausePerson is the person a clause after a semicolon opened
	// with, in sentence lastClausePersonAt.
	lastClausePerson   string
	lastClausePersonAt int
	lastOrgAt          int // where lastOrg was named (a byte offset)
	lastOrgIn          int // the sentence that named lastOrg
	sentDates          []timex.DateExpr
	// lastSubject is the entity the article last made a claim's subject
	// (shown as it is named), for pronouns and anaphors.
	lastSubject string
	// sentIndex is the sentence being read; lastSubjectAt the one
	// lastSubject was read in.
	sentIndex, lastSubjectAt int
	// lastSubjectTok is the token of the sentence lastSubject was read in
	// at which its claim's figure or verb stands; openSubject,
	// openSubjectAt and openSubjectHow are lastSubject, lastSubjectAt and
	// lastSubjectHow as the sentence being read started.
	lastSubjectTok              int
	openSubject, openSubjectHow string
	openSubjectAt               int
	// lastSubjectHow is how lastSubject was read: as the owner of what
	// its claim measured («the Z-Pad market share»), or as the article's
	// main organisation, it may be a thing as well as someone.
	lastSubjectHow string
	// work is the title in quotation marks the article last made a
	// clause's subject («"Northern Lights" opened at the top of the box
	// office»), which "the film" stands for.
	work string
	// pastAt is the last sentence with a figure or a date that told
	// something in the past (not the pluperfect) without a date of its
	// own: the story goes on through it.
	pastAt int
	// subjects are the subjects the article gave its claims, in order: a
	// definite noun phrase stands for the last one its noun ends ("The
	// coalition holds 108 seats" after "Tomas Zorg's three-party coalition
	// survived").
	subjects []string
	// narrDate is the day of the last event the article dated to the day,
	// told in sentence narrAt about narrSubject.
	narrDate Date
	// plupDate is the date the words of sentence plupAt gave a figure told
	// in the pluperfect («L'épidémie de l'hiver 2016-2017 avait causé
	// 14 400 décès»): the time the next sentence's pluperfect goes on with.
	plupDate Date
	plupAt   int
	// impfDate is the date the words of sentence impfAt gave a figure told
	// in the French imperfect («elle se classait au 96e rang fin 2016»):
	// the time of the state the next sentence's imperfect goes on with.
	impfDate Date
	impfAt   int
	// periodThing is true when the figure that set periodDate was of a
	// thing, no entity ("Groundbreaking fell 3.7% last month").
	periodThing bool
	// voteStory is 1 when the article tells of a vote (see voteArticle),
	// -1 when it does not, 0 until known.
	voteStory int
	// unitDate is the period (not a day) the words of sentence unitAt gave
	// a figure in unit unitUnit ("t" for "fell 2.6% in 2024 to 129.5
	// million tonnes"), whoever it was of: a figure of another subject in
	// that unit right after is a part of the same report.
	unitDate Date
	unitAt   int
	unitUnit string
	// leadPeriod is the period (not a day) of the first sure figure the
	// article's lead dates ("34,6 millions de nuitées en juillet et en
	// août").
	leadPeriod   Date
	leadPeriodAt int
	// leadFuture is the coming period (not over at publication, within
	// the year after) of the first sure figure the article's lead dates
	// so, told in sentence leadFutureAt.
	leadFuture   Date
	leadFutureAt int
	// resolvedWith is the reference the dates were resolved against.
	resolvedWith Date
	// narrVoter is who voted in a vote told in sentence narrAt ("The
	// Senate passed the bill", «l'Assemblée a adopté»).
	narrVoter string
	// pollSubject is the people the last poll's share counted, told in
	// sentence pollAt.
	pollSubject string
	pollAt      int
	// statPlace is the place the last national statistic was of ("Inflation
	// in Norland rose to 3.1%"), told in sentence statPlaceAt.
	statPlace   string
	statPlaceAt int
	// firstDay is the day of the first event the article dated to the day:
	// its news, most often.
	firstDay   Date
	firstAsOf  bool
	firstDayAt int // the sentence that told it
	// leadDay is the first day the article's lead names (its first
	// sentences), not after publication.
	leadDay Date
	// leadMarket is true when the sentence that gave leadDay tells a
	// market's session («La Bourse de Paris a terminé en hausse mercredi»,
	// "The FTSE 100 fell 1.2% on Tuesday").
	leadMarket bool
	// leadNames are the names the sentence that gave leadDay holds; leadAt
	// is that sentence.
	// leadSaid is true when leadDay is the day a statement was made ("a
	// affirmé ce mardi 5 octobre"), not that of the event.
	leadNames []string
	leadAt    int
	leadSaid  bool
	// leadElection is the election the sentence that gave leadDay tells
	// of, dated to that day ("won the race for mayor on Tuesday, taking
	// 54.2% of the vote", «réélu au premier tour de l'élection organisée
	// dimanche»); nil when it tells of none.
	leadElection *datedNoun
	narrAt       int
	// saidDay is the day of the last statement the article dated.
	saidDay Date
	// disasterSubject is the subject of the last disaster the article
	// dated to the day (a crash, a quake, a fire, one that killed), told
	// in sentence disasterAt.
	disasterSubject string
	disasterDate    Date
	disasterAt      int
	narrSubject     string
	// objects are the things the events of the last sentences brought in
	// with an indefinite article ("Airbus has won an order"), for the
	// definite noun phrase that names them again ("The order is worth
	// $15 billion").
	objects []eventObject
	// periodDate is the period (a quarter, a half, a month, a year) of the
	// last figure dated to one, told in sentence periodAt about
	// periodSubject: "Zorgon's revenue rose 9% in the first quarter. Its net
	// loss narrowed to 84 million euros."
	periodDate Date
	periodAt   int
	// samePeriod is the period of the last figure dated to one, whoever's,
	// told in sentence samePeriodAt: what "over the same period", «sur la
	// même période» refers to.
	samePeriod   Date
	samePeriodAt int
	// lastResult is the last result dated to a period (revenue, profit…),
	// told in sentence lastResultAt, its passage ending at lastResultEnd:
	// the period a result of the same subject the next sentence tells
	// with no date of its own is of.
	lastResult                  Claim
	lastResultAt, lastResultEnd int
	// targetAt is the last sentence whose only period was a target's (see
	// periodDate): the period before it goes on past it.
	targetAt      int
	periodSubject string
	// periodSource is who gave the figure that set periodDate, and
	// figureSource who gives the figure being dated: a figure another
	// source gives is of another report, not of that period («Selon
	// l'OCDE, … en 2018. À Paris, 78 % des écoles étaient fermées, a
	// indiqué la mairie»).
	periodSource, figureSource string
	// orgSpeaker is the key of the last organisation said to give a
	// figure, in sentence orgSpeakerAt: "its" in the next sentence may
	// stand for it ("ASML said China accounted for 46% of its sales. Its
	// shares fell").
	orgSpeaker   string
	orgSpeakerAt int
	// subjectDays are the day of the last event the article told of each
	// subject, and its sentence: what the subject did or was next, told
	// in the past with no time of its own, was then ("Un train Intercités
	// a déraillé dimanche soir. … Le train transportait 312 passagers").
	subjectDays map[string]dayAt
	// periodMeasures are the measures (without their units) of the figures
	// dated to periodDate: a later figure of one of them, with no time of
	// its own, is of the same period.
	periodMeasures []string
	// periodShares are the measures of the shares (a level in "%") among
	// them: «8,4 % de part d'audience en mars».
	periodShares []string
	// share is the measure of the last percentage that counted a noun
	// ("58,3 % des voix"), told in sentence shareAt: what a percentage a
	// verb of scoring gives next measures too ("X a obtenu 39,1 %").
	share struct {
		measure, what string
		date          Date
	}
	shareAt int
	// thing is the last figure measured by its clause's subject, a thing
	// («Le prix moyen du mètre carré a reculé de 2 %»), told in sentence
	// at: what a pronoun for that thing measures next.
	thing struct {
		subject, measure, what string
		at                     int
	}
	// said holds "subject\x00measure" for each figure the article gave a
	// subject from its own clause: a figure that names nobody continues
	// about the subject before only when the article already gave it a
	// figure of the same measure.
	said map[string]bool
	// saidWhen is, for each key of said, the date of its figure when the
	// figure told one (zero when it was as of the story) and its sentence;
	// measured is the one measuredBy found last.
	saidWhen map[string]datedAt
	measured datedAt
	// cited counts the times the article cites each name as the source of
	// what it says ("selon l'INSEE", "according to Gartner").
	cited map[string]int
	// reporting counts the times the article names each name as the one
	// who speaks, reports or publishes ("the ONS said", «a indiqué
	// l'Insee»); focusReports is true when the main organisation is named
	// only so (cited or reporting): a statistics office, a pollster, whose
	// figures are of others.
	reporting    map[string]int
	focusReports bool
	// focusIn is the sentence that first names the main organisation: a
	// figure before it is no figure of an organisation not yet named.
	focusIn int
	// mainCountry is the country the article is about when it names no
	// organisation it is about: named in its opening and more than any
	// other country ("Peru produced 2.7 million tonnes of copper…"); the
	// figures that name no one of their own are its.
	mainCountry string
	// topCountry is the country the article names more than any other
	// ("" when none, or a tie): the whole a national figure is of.
	topCountry string
	// datedNouns are the event nouns the article dated by a complement
	// ("les élections législatives du 30 mai"), in reading order.
	datedNouns []datedNoun
	// leadDone is true once the article's opening has given an event.
	leadDone bool
	// occ is the speaking occasion the article last dated (see
	// occasionStatement).
	occ *occasion
	// ws is the worker's workspace while the article is read.
	ws *workspace
	// follows caches followOf by sentence and mention.
	follows [][]nameFollow
}

// workspace holds what one Build worker reuses from article to article.
type workspace struct {
	// ctx ends the work early (nil: never).
	ctx context.Context
	// toks tokenises sentences; near the words around a quote while a
	// sentence's tokens are in use.
	toks, near lexis.Tokenizer
	// keys caches the nameKey of the names seen, nameWords their folded
	// words.
	keys      nameForms
	nameWords map[string][]string
	// function caches functionWord by language and word.
	function map[string]bool
	// Buffers for a sentence's figures, names and claims, and for the
	// names of a speaker's words, copied to size when kept.
	nums             []quantity.NumberExpr
	paras            []paragraph
	mentions, spoken []mention
	claims           []Claim
	// dates holds a sentence's dates, recent the last dates of the
	// article being analysed.
	dates, recent []timex.DateExpr
	// words and tags are a sentence's words and parts of speech.
	words  []string
	tags   []syntax.Tag
	named  []bool
	starts []bool
	retag  []syntax.Tag
	// passage is the passage whose claims are being read (claims, parse):
	// its tags are the buffers above, so that it lives as long as they do,
	// and keeping it here spares an allocation per passage.
	passage parsed
	// tagging holds the tagger's buffers and the words it tagged lately,
	// per language (see tag).
	tagging [2]syntax.Tagging
	// The arenas that the sentences' dates, figures and names are copied
	// into.
	dateArena    arena[timex.DateExpr]
	numArena     arena[quantity.NumberExpr]
	mentionArena arena[mention]
	// clause indexes the sentence whose claims are being dated.
	clause clauseIndex
	// progress counts the sentences read (nil: nobody asked); stepped
	// those of the current article already counted.
	progress *buildProgress
	stepped  int
}

// noteVoter keeps who voted when c, told in sentence si, is a vote of
// that day ("passed", «a adopté»): the tallies of the next sentence are its.
func (x *extractor) noteVoter(c *Claim, si int) {
	if c.Metric == MetricEvent && c.Subject != "" && c.Date.Precision == PrecisionDay && x.narrAt == si && !x.narrDate.IsZero() && (votingVerbs[lexis.Fold(c.What)] || frenchVotingVerbs[lexis.Fold(c.What)]) {
		x.narrVoter = c.Subject
	}
}

// copyOf returns a copy of a buffer's contents (nil when empty).
func copyOf[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// findMentions returns the names of toks, valid until the next call.
func (ws *workspace) findMentions(toks []lexis.Token) []mention {
	if ws == nil {
		return findMentions(nil, toks, nil, nil)
	}
	ws.spoken = findMentions(ws.spoken[:0], toks, nil, ws.nameKeys())
	return ws.spoken
}

// foldedWords returns the words of a name, folded ("Banque de France":
// "banque", "de", "france"), through the workspace's cache (nil: none);
// the slice is shared, not to be changed.
func (ws *workspace) foldedWords(name string) []string {
	if ws == nil {
		return strings.Fields(lexis.Fold(name))
	}
	w, ok := ws.nameWords[name]
	if !ok {
		if ws.nameWords == nil {
			ws.nameWords = map[string][]string{}
		}
		w = strings.Fields(lexis.Fold(name))
		ws.nameWords[name] = w
	}
	return w
}

// nameKey is nameKey(text) through the workspace's cache.
func (ws *workspace) nameKey(text string) string { return cachedNameKey(ws.nameKeys(), text) }

// cancelled reports whether the work should stop; a long article checks it
// every sentenceStep sentences, which also tells the build's progress.
func (ws *workspace) cancelled() bool {
	ws.step()
	return ws.ctx != nil && ws.ctx.Err() != nil
}

// nameKeys returns the workspace's name key cache (nil: none).
func (ws *workspace) nameKeys() nameForms {
	if ws == nil {
		return nil
	}
	if ws.keys == nil {
		ws.keys = nameForms{}
	}
	return ws.keys
}

// francsOf is the unit «francs» stand for in article a: French francs
// until they gave way to the euro in 2002 (or with no date), Swiss francs
// after in an article that says «suisse», francs of no known country else.
func francsOf(a *Article) string {
	if a.Published.IsZero() || a.Published.Start.Year() < 2002 {
		return "FRF"
	}
	if strings.Contains(a.Text, "suisse") || strings.Contains(a.Text, "Suisse") || strings.Contains(a.Text, "helvétique") {
		return "CHF"
	}
	return "francs"
}

// analyse tokenises the article's sentences and finds their dates, figures
// and names (dates resolved against the header date for now).
func analyse(a *Article, idx int, ws *workspace) *extractor {
	x := &extractor{art: a, idx: idx, localPersons: map[string]int{}, localRoles: map[string]string{}, pastAt: -1}
	tz, keys := &ws.toks, ws.nameKeys()
	x.ws = ws
	defer func() { x.ws = nil }()
	lower := map[string]bool{} // writtenLower of each word, looked up once per article
	recent := ws.recent[:0]    // the article's last dates, for anaphoric ones
	defer func() { ws.recent = recent[:0] }()
	x.sents = make([]sentence, 0, min(len(a.Sentences), maxSentencesPerArticle))
	keptDates, keptNums := 0, 0
	francs := francsOf(a) // what «francs» are in this article
	for si, s := range a.Sentences {
		if si >= maxSentencesPerArticle {
			break
		}
		if si%sentenceStep == sentenceStep-1 && ws.cancelled() {
			break // the set is no longer wanted
		}
		toks := tz.Tokenize(a.Text, s.Start, s.End)
		st := sentence{span: s, toks: toks}
		// "la veille", "the following year": dated from the dates named
		// just before (the last few are enough).
		ws.dates = timex.AppendDates(ws.dates[:0], a.Text, toks, a.Lang, a.Published, recent)
		x.resolvedWith = a.Published
		st.dates = ws.dateArena.copy(ws.dates)
		recent = append(recent, st.dates...)
		if len(recent) > 16 {
			// Moved to the front, not resliced: the array stays, and
			// the next appends do not allocate.
			recent = append(recent[:0], recent[len(recent)-16:]...)
		}
		ws.nums = quantity.AppendNumbers(ws.nums[:0], a.Text, toks, a.Lang)
		for i := range ws.nums {
			if ws.nums[i].Unit == "FRF" {
				ws.nums[i].Unit = francs
			}
		}
		st.nums = ws.numArena.copy(ws.nums)
		// Past the caps an article's dates and figures are not kept: a
		// file of nothing but dates or figures would otherwise hold a claim
		// for each (16 MB of figures peaked at 1.8 GB).
		if keptDates += len(st.dates); keptDates > maxDatesPerArticle {
			st.dates = nil
		}
		if keptNums += len(st.nums); keptNums > maxFiguresPerArticle {
			st.nums = nil
		}
		ms := findMentions(ws.mentions[:0], toks, map[int]bool{0: true, 1: len(toks) > 0 && !toks[0].Upper()}, keys)
		ws.mentions = ms
		k := 0
		for _, m := range ms {
			// A capitalised month in a date ("in May") is not a name, nor
			// the letters of a term ("twenty-foot equivalent units (TEU)").
			// Nor a name the sentence leaves out: "en France (hors
			// Mayotte)", "excluding Scotland".
			if !overlapsAny(Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}, st.dates) && !(m.tok > 0 && excludingWords[toks[m.tok-1].Fold]) {
				m.term = termAbbreviation(toks, m) || termMention(toks, &m)
				ms[k] = m
				k++
			}
		}
		st.mentions = ws.mentionArena.copy(ms[:k])
		for _, m := range st.mentions {
			if citedAt(toks, m.tok) {
				if x.cited == nil {
					x.cited = map[string]int{}
				}
				x.cited[m.key]++
			} else if reportingAt(toks, m) || bodyOfRole(toks, m) {
				// (a role of it, "the ONS director", "le directeur de
				// l'Insee", names who speaks for it too)
				if x.reporting == nil {
					x.reporting = map[string]int{}
				}
				x.reporting[m.key]++
			}
		}
		x.collectRoles(&st)
		st.claimable = !question(toks) && (mayClaim(&st) || si < leadSentences || len(st.dates) == 0 && alsoAt(toks) >= 0 ||
			(quotedWords(a.Text, st.span) >= 8 || quotedWords(a.Text, st.span) >= 4 && wholeQuoteSaid(a.Text, st.span)) && slices.ContainsFunc(toks, func(t lexis.Token) bool {
				return t.Is(lexis.SpeechVerb) || t.Kind == lexis.Word && lexis.InvertedSpeech(t.Fold)
			}))
		// (and a short quote that is the sentence's whole words: "“Our
		// neighbourhoods are being emptied,” said Joana Ferreira")
		// (and the words of a speaker between quotation marks: a statement)
		for k := range st.mentions {
			if m := &st.mentions[k]; m.initial && m.end-m.tok == 1 {
				f := toks[m.tok].Fold
				w := toks[m.tok].Text
				low, ok := lower[w]
				if !ok && len(f) > 3 {
					low = writtenLower(a.Text, w)
					lower[w] = low
				}
				m.common = commonStarters[f] || participle(f) || low || frontedParticiple(toks, m.tok) ||
					m.tok == 0 && !m.orgCue && !m.cue && st.claimable && ws.commonOpening(a.Lang, toks) && !writtenInside(a.Text, w) ||
					m.tok == 0 && openingAdverb(a.Lang, toks) || subjectPronouns[f] || ws.functionWord(a.Lang, w) || mostlyFunctionWord(a.Lang, w) ||
					si == 0 && m.tok == 0 && headlineRubric(a, toks) ||
					m.tok == 0 && !m.orgCue && !m.cue && adjectiveOpening(a.Lang, toks) && (gazetteer.Demonyms[f] || !writtenAlone(a.Text, w)) ||
					m.tok == 0 && glossedNoun(a.Lang, toks) && !writtenInside(a.Text, w)
				m.common = m.common && !capitalsJoined(w) // ("Antwerp-Bruges said", "Rolls-Royce reported": a name's parts, each in capitals)
			}
		}
		for k := range toks {
			if toks[k].Is(lexis.SpeechVerb|lexOccasion) && (toks[k].Is(lexOccasion) || lexis.IsSpeechVerb(toks, k)) {
				st.speech = true
				break
			}
		}
		st.toks = nil
		x.sents = append(x.sents, st)
	}
	// "its fiscal third quarter" in the headline, "the quarter ended March
	// 31" further on: the months the article gives the company's quarter.
	timex.AnchorFiscalQuarters(func(yield func([]timex.DateExpr) bool) {
		for i := range x.sents {
			if !yield(x.sents[i].dates) {
				return
			}
		}
	})
	ws.paras = appendParagraphs(ws.paras[:0], a.Text, a.Body)
	for _, p := range ws.paras {
		if !overlapsDropped(a.Dropped, p.Span) {
			x.quotes = quoteRegions(x.quotes, a.Text, p.Span)
		}
	}
	x.trimOpeningAdjectives(ws)
	x.joinNamesPastDe(ws)
	return x
}

// joinNamesPastDe makes whole the names the article writes elsewhere on
// past «d'» («la chaîne de boulangeries Pain d'Aurore», which a word for a
// kind of organisation announces there): written without that word, in a
// headline («Pain d'Aurore ouvre 12 boutiques») or a later sentence, they
// are the same name, not «Pain» and «Aurore».
func (x *extractor) joinNamesPastDe(ws *workspace) {
	var whole map[string]string // the words before «d'» → the whole name
	for _, s := range x.sents {
		for _, m := range s.mentions {
			for _, apos := range []string{" d'", " d’"} {
				if head, _, ok := strings.Cut(m.text, apos); ok && head != "" {
					if whole == nil {
						whole = map[string]string{}
					}
					whole[head] = m.text
				}
			}
		}
	}
	if whole == nil {
		return
	}
	a := x.art
	for si := range x.sents {
		s := &x.sents[si]
		var toks []lexis.Token
		for k := 0; k < len(s.mentions); k++ {
			m := &s.mentions[k]
			name, ok := whole[m.text]
			if !ok {
				continue
			}
			if toks == nil {
				toks = ws.toks.Tokenize(a.Text, s.span.Start, s.span.End)
			}
			end := m.end
			from := toks[m.tok].Start
			for end < len(toks) && toks[end].End-from <= len(name) && strings.HasPrefix(name, a.Text[from:toks[end].End]) {
				end++
			}
			if end == m.end || a.Text[from:toks[end-1].End] != name {
				continue // (not «Pain de mie», nor a name the text spaces otherwise)
			}
			m.end, m.text, m.key = end, name, ws.nameKey(name)
			n := k + 1
			for n < len(s.mentions) && s.mentions[n].tok < end {
				n++ // the words after «d'», read as a name of their own
			}
			s.mentions = slices.Delete(s.mentions, k+1, n)
		}
	}
}

// trimOpeningAdjectives drops from a name that opens an English sentence a
// first word the dictionary knows only as an adjective (not a nationality)
// when the article names the rest on its own elsewhere: "Actual Airbus
// employee reduction would be about 5,000" after "Airbus" is Airbus's
// reduction, "Actual" the sentence's capital.
func (x *extractor) trimOpeningAdjectives(ws *workspace) {
	if x.art.Lang == "fr" {
		x.trimFrenchOpeners(ws)
		return
	}
	if x.art.Lang != "en" {
		return
	}
	named := map[string]bool{}
	for _, s := range x.sents {
		for _, m := range s.mentions {
			if m.tok > 0 {
				named[m.key] = true
			}
		}
	}
	lex := syntax.LexiconFor("en")
	for si := range x.sents {
		for k := range x.sents[si].mentions {
			m := &x.sents[si].mentions[k]
			if m.tok != 0 || m.end-m.tok < 2 {
				continue
			}
			first, rest, ok := strings.Cut(m.text, " ")
			if !ok {
				continue
			}
			f := lexis.Fold(first)
			if c, ok := lex.Classes(f); !ok || c != "JJ" || isNationality(f) {
				continue
			}
			if key := ws.nameKey(rest); named[key] {
				m.tok++
				m.text, m.key = rest, key
			}
		}
	}
}

// headlineRubric reports whether the headline's first word, toks[0], is a
// common word the article writes nowhere else: a rubric («Immobilier»,
// «Météo : …») or a headline's opening adjective or noun ("Low turnout in
// Blorpshire", "Heat grips the south"), not a name.
func headlineRubric(a *Article, toks []lexis.Token) bool {
	w := toks[0].Text
	if toks[0].Kind != lexis.Word || isAllCaps(w) || camelCase(w) || strings.Count(a.Text, w) > 1 || lexis.InSet(toks[len(toks)-1].Text, ".", "!", "?") {
		return false // (a headline ends without a full stop: not "Voters in Zorgia will go to the polls.")
	}
	if len(toks) == 1 || toks[1].Text == ":" {
		return true
	}
	if len(toks) >= 3 && toks[1].Kind == lexis.Number && len(toks[1].Text) == 4 && (strings.HasPrefix(toks[1].Text, "20") || strings.HasPrefix(toks[1].Text, "19")) && toks[2].Text == ":" {
		return true // «Été 2019 : la fréquentation…», "Summer 2019: …": a rubric and its year
	}
	if a.Lang == "fr" {
		// «Faute de neige, la station ferme», «Hausse des prix : …»: a
		// noun its complement follows in lower case, which a name the
		// article names only there would not have.
		return len(toks) >= 3 && lexis.InSet(toks[1].Fold, "de", "d'", "des", "du") && toks[2].Kind == lexis.Word && !toks[2].Upper()
	}
	cl, ok := syntax.LexiconFor("en").Classes(toks[0].Fold)
	return ok && !strings.Contains(cl, "NNP") && (strings.HasPrefix(cl, "NN") || strings.HasPrefix(cl, "JJ"))
}

// termMention reports whether mention m is a term capitalised like a name
// rather than an entity: a funding round ("a $120 million Series B
// round"), a disease named after a person ("early Alzheimer's disease").
func termMention(toks []lexis.Token, m *mention) bool {
	if m.end-m.tok == 1 && m.tok > 1 && codeTerm(toks[m.tok].Text) && toks[m.tok-1].Kind == lexis.Word && !toks[m.tok-1].Upper() && lexis.InSet(toks[m.tok-2].Fold, "de", "d'", "du", "des", "of") &&
		!notNames[toks[m.tok-1].Fold] && !prepositions[toks[m.tok-1].Fold] && !orgKindNouns[toks[m.tok-1].Fold] && !companyKinds[toks[m.tok-1].Fold] && !companyHeads[toks[m.tok-1].Fold] {
		return true // «le ratio de solvabilité CET1»: a code that qualifies a noun of a phrase (not «la chaîne M6», a channel)
	}
	if m.end-m.tok == 2 && toks[m.tok].Fold == "series" &&
		(len(toks[m.tok+1].Text) == 1 || toks[m.tok+1].Kind == lexis.Number) {
		return true
	}
	if m.end-m.tok == 1 && toks[m.tok].Fold == "series" && m.end < len(toks) &&
		(toks[m.end].Kind == lexis.Number || len(toks[m.end].Text) == 1 && toks[m.end].Upper()) {
		return true
	}
	if m.end+1 < len(toks) && lexis.InSet(toks[m.end].Text, "'s", "’s") && lexis.InSet(toks[m.end+1].Fold, "disease", "syndrome", "diseases") {
		return true
	}
	return m.end < len(toks) && m.end > m.tok && lexis.InSet(toks[m.end-1].Text, "'s", "’s") && lexis.InSet(toks[m.end].Fold, "disease", "syndrome", "diseases") ||
		strings.HasSuffix(m.text, "'s") && m.end < len(toks) && lexis.InSet(toks[m.end].Fold, "disease", "syndrome", "diseases")
}

// codeTerm reports whether a word is a code of capitals and digits, both
// ("CET1", "PM2", "ISO9001"), as terms and some names are written.
func codeTerm(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 1 && len(w) <= 8
}

// frenchOpeners are French words a sentence opens with before a name,
// never part of one («Seul Centaure a refusé de signer», «Même Zorgon a
// reculé»).
var frenchOpeners = lexis.SetOf("seul", "seule", "seuls", "seules", "meme", "memes", "aussi", "ainsi", "puis", "enfin", "surtout", "notamment",
	"desormais", "deja", "toutefois", "pourtant", "cependant")

// trimFrenchOpeners is trimOpeningAdjectives for French: a word of
// frenchOpeners opening a sentence is no part of the name after it.
func (x *extractor) trimFrenchOpeners(ws *workspace) {
	for si := range x.sents {
		for k := range x.sents[si].mentions {
			m := &x.sents[si].mentions[k]
			if m.tok != 0 || m.end-m.tok < 2 {
				continue
			}
			if first, rest, ok := strings.Cut(m.text, " "); ok && frenchOpeners[lexis.Fold(first)] {
				m.tok++
				m.text, m.key = rest, ws.nameKey(rest)
			}
		}
	}
}

// crowdFigure reports whether the figure at byte pos counts a crowd: the
// people of a march or a strike near it («8 200 manifestants», "250,000
// teachers took part"), or "they were" before it and a source after it
// («ils étaient 12 500 selon la police»).
func crowdFigure(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if crowdNouns[toks[j].Fold] && !lexis.InSet(toks[j].Fold, "visiteurs", "visitors", "spectateurs", "spectators", "pelerins", "pilgrims") {
			return true
		}
	}
	if k >= 2 && lexis.InSet(toks[k-1].Fold, "etaient", "were") && lexis.InSet(toks[k-2].Fold, "ils", "elles", "they") {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if peopleNouns[toks[j].Fold] && slices.ContainsFunc(toks, func(t lexis.Token) bool { return gatherWords[t.Fold] }) {
			return true // «le cortège a réuni 12 000 personnes», "12,000 people marched"
		}
	}
	return k+1 < len(toks) && lexis.InSet(toks[k+1].Fold, "selon", "according", "d'apres")
}

// gatherWords say people gathered or marched: a count of people in their
// sentence is a crowd's.
var gatherWords = lexis.SetOf("cortege", "corteges", "manifestation", "reuni", "rassemble", "defile", "manifeste", "marche", "marched", "gathered", "rallied", "protested", "demonstrated", "march", "rally", "protest")

// crowdStory reports whether the article's opening tells of a crowd: a
// demonstration, a march, strikers («des dizaines de milliers de
// manifestants», "protesters marched"; not shares that rally).
func (x *extractor) crowdStory() bool {
	head := lexis.Fold(x.art.Text[:min(len(x.art.Text), 800)])
	for _, w := range []string{"manifestant", "manifestation", "grevist", "en greve", "cortege", "defile", "protest", "demonstrat", "marcher"} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// ownMeasure reports whether claim c's measure was read from the figure's
// own words: what it is a share of, or the noun it counts.
func ownMeasure(c *Claim) bool {
	for _, why := range c.Reasons {
		if strings.HasPrefix(why, "measure: what the share is of") || strings.HasPrefix(why, "measure: an amount for each") || strings.HasPrefix(why, "measure: what the ordinal counts") || strings.HasPrefix(why, "measure: the noun the figure counts") {
			return true
		}
	}
	return false
}

// citedAt reports whether the name at token k is cited as a source: "selon
// l'INSEE", "selon un rapport établi par l'INSEE", "d'après le ministère",
// "according to NPD Group".
func citedAt(toks []lexis.Token, k int) bool {
	if k >= 2 && toks[k-1].Text == "(" {
		// "selon la Fédération hospitalière de France (FHF)", "d'après la
		// direction de la recherche du ministère (Drees)": the
		// abbreviation of a name cited, cited too.
		k--
		for j := k - 1; j >= 0 && k-j <= 8; j-- {
			if toks[j].Kind == lexis.Punct {
				break
			}
			if citedAt(toks, j) {
				return true
			}
		}
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch f := toks[j].Fold; {
		case toks[j].Kind == lexis.Punct:
			return false
		case f == "selon", f == "apres" && j > 0 && toks[j-1].Fold == "d'", f == "to" && j > 0 && toks[j-1].Fold == "according":
			return true
		case f == "told" && k-j <= 2, f == "with" && j > 0 && toks[j-1].Fold == "interview",
			(toks[j].Text == "à" || lexis.InSet(f, "au", "aux")) && k-j <= 2 && j > 0 && lexis.IsSpeechVerb(toks, j-1):
			// "he told RPP radio", "in an interview with Reuters", «a
			// déclaré à l'AFP»: whom the words were said to, a medium
			// cited, not what they are about.
			return true
		case lexis.InSet(f, "by", "par") && j > 0 && k-j <= 2 && pollerVerbs[toks[j-1].Fold]:
			return true // "the $478 million expected by analysts polled by LSEG", «compilées par Refinitiv»: who gathered the figures
		case strings.HasPrefix(f, "publi") && j+1 < k && lexis.InSet(toks[j+1].Fold, "dans", "in", "par", "by", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hier", "yesterday", "today"):
			return true // "une étude publiée lundi dans la revue Sleep Medicine", "published in Nature"
		}
	}
	return false
}

// openingAdverb reports whether the word opening an English sentence is an
// adverb set off by a comma ("Nationally, more than 31 million birds…",
// "Separately, …", "Reportedly, …"): never a name.
// functionWord reports whether w, capitalised at a sentence's start, is a
// word the treebanks always read as an adverb, a preposition, a
// determiner, a pronoun, a conjunction or an auxiliary ("Tard en soirée",
// "Hier", "Puis"): no name.
func (ws *workspace) functionWord(lang, w string) bool {
	key := lang + "\x00" + w
	if is, ok := ws.function[key]; ok {
		return is
	}
	t, ok := syntax.Tagger(tagLang(lang)).FixedTag(strings.ToLower(w))
	is := ok && (t == syntax.ADV || t == syntax.ADP || t == syntax.DET || t == syntax.PRON || t == syntax.CCONJ || t == syntax.SCONJ || t == syntax.AUX)
	if ws.function == nil {
		ws.function = map[string]bool{}
	}
	if len(ws.function) < 1<<14 { // (a bound: a hostile text's words are all new)
		ws.function[key] = is
	}
	return is
}

// companyHas are the plurals a company's name goes before ("Apple
// workers", "Target stores", "Shell employees"): after them, a common
// word that opens the sentence may be the company's name.
var companyHas = lexis.SetOf("workers", "employees", "staff", "stores", "shops", "outlets", "branches", "plants", "factories",
	"sites", "offices", "customers", "clients", "users", "subscribers", "shareholders", "investors", "members", "executives",
	"managers", "pilots", "drivers", "engineers", "products", "cars", "vehicles", "phones", "devices", "restaurants", "hotels",
	"flights", "planes", "jets", "trucks", "stations", "warehouses", "mines", "brands", "executives", "unions")

// mostlyFunctionWord reports whether the English dictionary reads w, as
// written, only as a preposition, an adverb, a particle or a determiner,
// or as a word of a name: "Up to 250 millimetres of rain fell" opens with
// no name.
func mostlyFunctionWord(lang, w string) bool {
	if lang != "en" {
		return false
	}
	cl, _ := syntax.LexiconFor(lang).Classes(w)
	function := false
	for c := range strings.SplitSeq(cl, "|") {
		switch c {
		case "IN", "RB", "RP", "DT", "CC", "MD", "PRP", "WDT", "WRB", "TO", "EX", "PDT", "RBR", "RBS":
			function = true
		case "NNP", "NNPS", ",", ".", ":":
		default:
			return false
		}
	}
	return function
}

func openingAdverb(lang string, toks []lexis.Token) bool {
	return lang == "en" && len(toks) > 1 && toks[1].Text == "," && len(toks[0].Fold) > 6 &&
		hasAnySuffix(toks[0].Fold, "ally", "ately", "ously", "ively", "edly", "ingly", "arly", "ently", "antly", "ionally")
}

// commonOpening reports whether the capitalised word opening a sentence
// reads as a common noun: read in lower case with the two words after it,
// it qualifies the noun after it ("Asylum applications rose", "Hospital
// admissions fell", "Fare revenue rose"), or it has an English common
// noun's ending before a verb ("Transshipment rose 11%"). A set that also
// writes the word capitalised inside a sentence still knows it as a name.
// English only: French names go on in lower case.
// abstractNoun reports whether an English word, folded, has the ending of
// an abstract common noun no name takes ("utilization", "employment",
// "inflation").
func abstractNoun(f string) bool {
	return len(f) > 7 && hasAnySuffix(f, "ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship")
}

// glossedNoun reports whether an English sentence opens on an abstract
// common noun the dictionary knows, and a comma: "Utilization, the share of
// the fleet on rent, improved to 81%", "Inflation, which peaked at 9%,
// slowed": the apposition or relative clause after it makes no name of it.
func glossedNoun(lang string, toks []lexis.Token) bool {
	if lang != "en" || len(toks) < 3 || toks[1].Text != "," || toks[0].Kind != lexis.Word || isAllCaps(toks[0].Text) || camelCase(toks[0].Text) || !abstractNoun(toks[0].Fold) {
		return false
	}
	cl, _ := syntax.LexiconFor(lang).Classes(toks[0].Fold)
	return strings.Contains(cl, "NN") && !strings.Contains(cl, "NNP")
}

func (ws *workspace) commonOpening(lang string, toks []lexis.Token) bool {
	if lang == "fr" && len(toks) >= 3 && toks[0].Kind == lexis.Word && !isAllCaps(toks[0].Text) && !toks[1].Upper() && toks[1].Text != "-" {
		// "Bonne nouvelle pour les ménages", "Seuls 46,2 % des plus de
		// 65 ans": an adjective before its noun or its figure.
		tags := ws.tag(lang, []string{strings.ToLower(toks[0].Text), toks[1].Text, toks[2].Text}, nil)
		// (not "Blanc compte 97 sélections", "Grasse compte 50 000
		// habitants": a name, then its verb the tagger may read as a
		// noun; an adjective's noun phrase goes on with a preposition)
		return tags[0] == syntax.ADJ && (tags[1] == syntax.NUM || (tags[1] == syntax.NOUN || tags[1] == syntax.ADJ) && (tags[2] == syntax.ADP || lexis.InSet(toks[2].Text, ":", ",")))
	}
	if lang != "en" || len(toks) < 3 || toks[1].Kind != lexis.Word || toks[1].Upper() || toks[0].Kind != lexis.Word || isAllCaps(toks[0].Text) || camelCase(toks[0].Text) {
		return false // (French names go on in lower case: "Pôle emploi", "Crédit agricole")
	}
	if toks[1].Is(timex.WeekdayName|timex.MonthName) || lexis.InSet(toks[1].Fold, "today", "yesterday", "tonight", "tomorrow", "earlier", "later", "also", "now") {
		return false // "Apple today unveiled…": a date between a name and its verb, not a noun it qualifies
	}
	f := toks[0].Fold
	if abstractNoun(f) {
		return true
	}
	if cl, _ := syntax.LexiconFor(lang).Classes(f); strings.Contains(cl, "NNS") && !strings.Contains(cl, "NNP") {
		// "Winds reached 150 km/h": a plural common noun (not "Democrats
		// won 51 seats", whose capital the treebank writes as a name's).
		if capital, _ := syntax.LexiconFor(lang).Classes(toks[0].Text); !strings.Contains(capital, "NNPS") {
			return true
		}
	}
	words := []string{strings.ToLower(toks[0].Text), toks[1].Text, toks[2].Text}
	tags := ws.tag(lang, words, nil)
	// The noun after it ends the noun phrase before a verb ("Hospital
	// admissions fell") or goes on with another noun ("Mobile data
	// traffic"); not "Zorgon employs 5,000", "Zorgon sells phones": a
	// present verb the tagger read as a plural noun.
	if (tags[0] == syntax.NOUN || tags[0] == syntax.ADJ) && tags[1] == syntax.NOUN && tags[2] == syntax.ADP && strings.HasSuffix(toks[1].Fold, "s") &&
		!companyHas[toks[1].Fold] && !ownedMeasures[toks[1].Fold] {
		// "House prices in the capital fell", "Passenger numbers at
		// Marlow Airport reached": a word the dictionary knows as a
		// common noun, before a plural the preposition completes (not
		// "Zorgon shares in London", a word it does not know, nor "Apple
		// workers in Zorgville", "Target stores in Blenkshire": what a
		// company has, after its name).
		cl, _ := syntax.LexiconFor(lang).Classes(f)
		return strings.HasPrefix(cl, "NN|") || cl == "NN" || strings.HasPrefix(cl, "JJ")
	}
	if tags[0] == syntax.ADJ && tags[1] == syntax.NOUN && tags[2] == syntax.ADP {
		// "Average revenue per user climbed": an adjective the dictionary
		// knows only in lower case, before its noun's complement.
		cl, _ := syntax.LexiconFor(lang).Classes(f)
		if strings.HasPrefix(cl, "JJ") && !strings.Contains(cl, "NNP") && !gazetteer.Demonyms[f] {
			return true
		}
	}
	if (tags[0] == syntax.NOUN || tags[0] == syntax.ADJ) && tags[1] == syntax.NOUN && toks[2].Text == "," && (publicMeasures[toks[1].Fold] || nationalMeasures[toks[1].Fold]) {
		return true // "Youth unemployment, however, remained high": a public measure's compound
	}
	if tags[0] == syntax.NOUN && tags[1] == syntax.ADJ && tags[2] == syntax.NOUN && len(toks) > 3 && toks[2].Kind == lexis.Word && !toks[2].Upper() && toks[3].Kind == lexis.Word && !toks[3].Upper() {
		// "Battery electric vehicles accounted for 22%": a common noun
		// the dictionary knows, an adjective and the noun they qualify,
		// then its verb.
		cl, _ := syntax.LexiconFor(lang).Classes(f)
		if strings.HasPrefix(cl, "NN") && !strings.Contains(cl, "NNP") && isVerb(ws.tag(lang, []string{strings.ToLower(toks[0].Text), toks[1].Text, toks[2].Text, toks[3].Text}, nil)[3]) {
			return true
		}
	}
	return (tags[0] == syntax.NOUN || tags[0] == syntax.ADJ) && tags[1] == syntax.NOUN &&
		(tags[2] == syntax.VERB || tags[2] == syntax.AUX || tags[2] == syntax.NOUN && !strings.HasSuffix(toks[1].Fold, "s"))
}

// termAbbreviation reports whether mention m is the abbreviation of the
// words before it in brackets, and those words name no one: "produit
// intérieur brut (PIB)", "twenty-foot equivalent units (TEU)" — not
// "l'Organisation mondiale de la santé (OMS)", whose name is capitalised.
// An abbreviation written as a word («l'excédent brut d'exploitation
// (Ebitda)») is one after three words or more, unless it is a place's name.
func termAbbreviation(toks []lexis.Token, m mention) bool {
	if m.end-m.tok != 1 || m.tok < 3 || m.end >= len(toks) || toks[m.tok-1].Text != "(" || toks[m.end].Text != ")" {
		return false
	}
	minWords := 2
	if !isAllCaps(toks[m.tok].Text) {
		if gazetteer.Places[toks[m.tok].Fold] {
			return false
		}
		minWords = 3
	}
	words, agent := 0, false
	for k := m.tok - 2; k >= 0 && m.tok-2-k < 7; k-- { // (seven words: «Direction générale de l'aviation civile (DGAC)» is capitalised further back)
		t := toks[k]
		if t.Kind != lexis.Word {
			break
		}
		if t.Upper() && k > 0 {
			return false
		}
		words++
		f := t.Fold
		agent = agent || companyWords[f] || orgKindNouns[f] || institutionWords[f] || bodyNouns[f] ||
			len(f) > 4 && (strings.HasSuffix(f, "er") || strings.HasSuffix(f, "or") || strings.HasSuffix(f, "eur"))
	}
	if minWords > 2 && agent {
		// (not "the largest private employer in the region (Zorgmat)": a
		// name for who the words say it is, not a term's letters)
		return false
	}
	return words >= minWords
}

// register adds the article's names to the set's registry.
func (x *extractor) register(r *registry) {
	for _, s := range x.sents {
		for k := range s.mentions {
			s.mentions[k].ent = r.add(s.mentions[k], x.idx)
		}
	}
}

// reresolve resolves the article's dates against ref, when it is not the
// date they were resolved against: the anaphoric ones ("la veille", "the
// following day") from the dates named before them, as analyse did.
func (x *extractor) reresolve(ref Date) {
	x.ref = ref
	if ref == x.resolvedWith {
		return
	}
	var recent []timex.DateExpr
	for i := range x.sents {
		s := &x.sents[i]
		if len(s.dates) > 0 {
			toks := lexis.Tokenize(x.art.Text, s.span.Start, s.span.End)
			timex.ResolveAgain(x.art.Text, toks, s.dates, recent, ref)
		}
		recent = append(recent, s.dates...)
		if len(recent) > 16 {
			recent = append(recent[:0], recent[len(recent)-16:]...)
		}
	}
}

// claims reads the article's claims, in order.
func (x *extractor) claims(ws *workspace) []Claim {
	a := x.art
	out := ws.claims[:0]
	defer func() { ws.claims = out[:0] }()
	x.ws = ws
	tz := &ws.toks
	defer func() { x.ws = nil }()
	for si := range x.sents {
		if si%sentenceStep == sentenceStep-1 && ws.cancelled() {
			break
		}
		s := &x.sents[si]
		if !s.claimable {
			// Nothing to claim here (see mayClaim) but a statement its
			// occasion dates; only its names count.
			if s.speech && x.occ != nil {
				s.toks = tz.Tokenize(a.Text, s.span.Start, s.span.End)
				x.sentIndex, x.sentDates = si, s.dates
				if c, ok := x.occasionStatement(s, nil); ok {
					out = append(out, c)
				}
				s.toks = nil
			}
			x.trackAt(s, si)
			continue
		}
		s.toks = tz.Tokenize(a.Text, s.span.Start, s.span.End)
		toks := s.toks
		x.sentIndex = si
		subjectBefore, subjectBeforeAt := x.lastSubject, x.lastSubjectAt // as the sentence starts, for noteOpeningPhrase
		x.openSubject, x.openSubjectAt, x.openSubjectHow = x.lastSubject, x.lastSubjectAt, x.lastSubjectHow
		if si < leadSentences && x.leadDay.IsZero() {
			for di, d := range s.dates {
				if d.Kind != "duration" && d.Kind != "time" && !d.Since && d.Date.Precision == PrecisionDay && !d.Date.Range && !d.Date.Approx &&
					!a.Published.IsZero() && !d.Date.Start.After(a.Published.End) {
					x.leadDay = d.Date // "Brightmart reported a 23% rise in second-quarter profit on Wednesday"
					x.leadMarket, x.leadAt, x.leadSaid = x.marketLead(s), si, x.statementDates(s)[di]
					if !x.leadSaid {
						for _, t := range toks {
							if electionNouns[t.Fold] {
								x.leadElection = &datedNoun{words: []string{t.Fold}, text: t.Text, date: d.Date, sent: si}
								break
							}
						}
					}
					for _, m := range s.mentions {
						if !m.common {
							x.leadNames = append(x.leadNames, x.reg.display(m.key))
						}
					}
					break
				}
			}
		}
		ws.passage = parsed{lang: a.Lang, toks: toks, dates: s.dates}
		ps := &ws.passage
		if !lexis.QuickReject || x.readsTags(s, si) {
			ps = x.parse(s, ws)
		}
		x.sentDates = s.dates
		statementDate := x.statementDates(s)
		firstFigure := -1 // in out
		first := len(out) // the sentence's first claim in out
		var prevFigure *Claim
		leadSpeaker := ""       // the key of the figure's subject that said it, which a clause leaving out its verb goes on from
		prevParts := false      // prevFigure is one of the parts of the figure before it
		var prevReplaced *Claim // prevFigure when it is a figure another replaces: the one it stands instead of
		prevEnd := 0
		var lows []rangeEnd // the lower ends of the sentence's ranges
		var figures []int   // figureStarts of the passage, read once
		figuresRead := false
		limitEnd := 0 // the end of the last threshold the sentence gave
		for _, n := range s.nums {
			if n.Year || overlapsAny(n.Span, s.dates) && !delayed(toks, n) && !elapsedTime(n) {
				continue // (an elapsed time, "2:01:48", is no date the date grammar may read as a time of day)
			}
			if n.TokEnd < len(toks) && (timex.TimeZone(toks[n.TokEnd].Fold) || toks[n.TokEnd].Text == "ET") && len(toks[n.TokStart].Text) == 4 {
				continue // "by 1030 GMT": a time of day
			}
			if ps.nameNumber(n) && !delayed(toks, n) && ps.tallyVote(n.TokStart) < 0 && !ps.inScore(n.TokStart) {
				// (not "passed the bill 64-35": a tally, not a model number;
				// nor "beating Kelvinside Rovers 2-1": a score)
				continue // "le CAC 40", "Falcon 9", "the S&P 500"
			}
			if locating(toks, n) {
				continue // "55 million light-years from Earth", "à 30 km de Paris": where, not a figure of news
			}
			if rateBase(toks, n, s.nums) {
				continue // "412 passages aux urgences pour 100 000 habitants", "5 deaths per 100,000 people": the rate's base
			}
			if variants(toks, n) {
				continue // "sold in two versions", "disponible en trois couleurs": a product's range, not news
			}
			if capacity(toks, n) {
				continue // "It will seat 200 to 300 people", "capable of holding 1,000 songs": a design's capacity, not news
			}
			if marginOfError(toks, n) {
				continue // "une marge d'erreur de 6 %": how the poll was made, not what it found
			}
			if raceDistance(toks, n) {
				continue // "won the women's 10,000 metres", «s'impose sur 5 000 m»: the race, not a figure of news
			}
			if dimension(toks, n) {
				continue // "299 metres long", "long de 1 200 mètres", "a range of 8,870 nautical miles": a design, not news
			}
			if wholeOfPart(toks, n) {
				continue // "winning 240 of 543 seats": the whole the part is of, not a figure of the subject
			}
			if threshold(toks, n) || thresholdBefore(toks, n) || limitEnd > 0 && coordinatedAfter(toks, limitEnd, n.TokStart) {
				// (and what is coordinated with it: «passible de dix ans
				// d'emprisonnement et d'un million d'euros d'amende»,
				// «dépassent 37 °C le jour et 21 °C la nuit»)
				limitEnd = n.TokEnd
				continue // "nine votes short of the 287 needed": a comparison with a threshold, not a figure of news
			}
			if conversion(toks, s.nums, n) {
				continue // "$12 million (£8m)": the same amount in another currency
			}
			if m := rangeUpper(toks, s.nums, n); m >= 0 {
				// "between $3 billion and $4 billion": one figure, read at
				// its upper end, with its lower one
				lows = append(lows, rangeEnd{upper: s.nums[m].TokStart, low: n})
				continue
			}
			metric, what := metricOf(toks, n)
			if k := n.TokEnd; k < len(toks) && what == toks[k].Text && overlapsAny(Span{Start: toks[k].Start, End: toks[k].End}, s.dates) {
				what = "" // «contre 31 millions deux ans plus tôt»: the word after it opens a date
			}
			if (metric == MetricActiveUsers || metric == MetricNewUsers) && x.crowdStory() {
				for k := n.TokEnd; k < len(toks) && k <= n.TokEnd+2; k++ {
					if lexis.InSet(toks[k].Fold, "participants", "participantes") {
						// «la CGT a annoncé 1,1 million de participants» in a
						// story of a demonstration: a crowd, no service's users.
						metric, what = MetricOther, toks[k].Text
						break
					}
				}
			}
			if (metric == MetricActiveUsers || metric == MetricNewUsers) && ps.usersActing(n) {
				// "A group of 3,400 users filed a class action": people who
				// act, not a service's count of its users.
				metric = ""
			}
			if k := ps.listNoun(n); k >= 0 && (metric == "" || metric == MetricOther) {
				// "12 000, 9 000 et 4 000 voitures": what the list's last
				// figure counts, each counts.
				for _, m := range s.nums {
					if m.TokEnd <= k && m.TokStart > n.TokStart {
						metric, what = metricOf(toks, m)
					}
				}
			}
			cs := contrastStart(toks, n.TokStart)
			sp := x.attribution(toks, cs, len(toks), n.Span.Start)
			if sp.key == "" && cs >= 2 && saidBeforeContrast(toks, cs) {
				// "Revenue rose 6.2%…, the company said in a statement, while
				// the number of passengers climbed to 1.9 million": the
				// source set just before the contrast tells the whole
				// sentence, when the clause after it names none of its own.
				sp = x.attribution(toks, 0, cs-1, toks[cs-2].Start)
			}
			var cited Span
			if sp.cited {
				cited = sp.span
				if cited.Start <= n.Span.Start && n.Span.End <= cited.End {
					continue // "according to two people familiar with the talks": the source's own words, no claim
				}
			}
			r := x.readFigure(s, ps, n, cited)
			saidKey := "" // the key of said this figure sets
			if (r.how == fromPassage || r.how == fromPassageAmbiguous) && r.verb > 0 && x.reg.kind(nameKey(r.subject)) == KindPerson {
				if h := ps.subjectHead(r.verb, ps.clauseStart(r.verb)); h >= 0 && h < r.verb && ownedMeasures[toks[h].Fold] {
					if org := x.speakerOrg(x.reg.canon(nameKey(r.subject))); org != "" && x.namedInSentenceKey(s, org) {
						// "Checkmate Events chief executive Laila Hassan said
						// sponsorship revenue reached 11 million dollars": what
						// an organisation owns, told by its officer, is the
						// organisation's.
						r.subject, r.how = x.reg.display(org), fromOfficer
					}
				}
			}
			if r.how == fromPassage || r.how == fromPassageAmbiguous {
				if h := ps.subjectHead(r.verb, ps.clauseStart(r.verb)); r.verb > 0 && h >= 0 && h < r.verb && (publicMeasures[toks[h].Fold] || h > 0 && stateAdjectives[toks[h-1].Fold] && ownedMeasures[toks[h].Fold]) &&
					x.reportsBefore(s, r.subject, h) && x.reg.kind(nameKey(r.subject)) != KindPlace {
					// "The independent Fiscal Council estimated public debt
					// would rise to 61% of GDP": a state's measure, which
					// the body that reports it does not own; the country
					// the article is about, when it names one (else, as
					// «L'OFCE estime que le chômage atteindra 7,9 %», the
					// observer's own forecast).
					if c := cmp.Or(x.mainCountry, x.topCountry); c != "" {
						r.subject, r.how = c, fromMainCountry
					}
				}
			}
			if r.how == fromClause && r.subject != "" {
				if holder := x.contrastHolder(s, ps, r, n, cited); holder != "" && holder != r.subject {
					// "Okafor won 71% of points on her first serve, against
					// 64% for Kovacs": not the clause's subject's.
					r.subject, r.how = holder, fromVersus
					if x.rankedHolder(s, ps, n, cited) == holder {
						r.how = fromRanked
					}
				}
			}
			gappedHeld := false // «…, Sodiaal 449 euros»: the name the clause leaving out its verb opens with
			if holder := x.gappedHolder(s, ps, r, n, cited); holder != "" && holder != r.subject {
				r.subject, r.how = holder, fromVersus
				gappedHeld = true
			}
			if st := ps.clauseStart(max(r.verb, 0)); r.how == fromPhrase && r.verb > st+1 && sameDisaster(strings.Join([]string{toks[st].Text, toks[st+1].Text}, " "), x.disasterSubject, x.art.Text) &&
				sameDisaster(r.subject, x.disasterSubject, x.art.Text) && x.sentIndex > x.disasterAt && x.sentIndex-x.disasterAt <= disasterSpan {
				// (the phrase the clause opens with: not "Insured losses
				// from the storm could reach $9 billion", the losses)
				// "Typhoon Haima killed 23 people. The storm made landfall
				// with winds of 185 km/h": the storm named before.
				r.subject, r.how = x.disasterSubject, fromDisaster
			}
			// "Grant Halvorsen said 14 structures had been destroyed": the
			// count opens the clause he reports, whose own verb follows;
			// what it counts is not his (its subject is guessed below).
			speakersCount := (r.how == fromClause || r.how == fromPronoun || r.how == fromPassage || r.how == fromPassageAmbiguous) && ps.reportedCount(n) && x.reg.kind(nameKey(r.subject)) == KindPerson

			if (r.subject == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromPronoun) && overlapsSpans(x.quotes, n.Span) && weSubject(toks, r.verb) {
				// "“We opened 41 shops last year,” Vial told Reuters": the
				// speaker's own organisation, the article's, not the paper
				// he told nor himself.
				if sp.key != "" && x.reg.kind(sp.key) == KindOrg {
					r.subject, r.how = x.reg.display(sp.key), fromSpeakerOrg
				} else if org := x.speakerOrg(sp.key); org != "" {
					r.subject, r.how = x.reg.display(org), fromSpeakerOrg
				} else if x.focus != "" && x.reg.kind(x.focus) == KindOrg && x.reg.kind(sp.key) == KindPerson && officerBefore(toks, sp.span) {
					// "“We will have to cut around 400 jobs,” chief
					// executive Anna Berg said": the article's company,
					// which its officer speaks for.
					r.subject, r.how = x.reg.display(x.focus), fromSpeakerOrg
				}
			}
			var expected speaker             // the observers whose expectation the figure is: "Analysts expect sales of $4 billion"
			expectedOwn := false             // the expectation\'s subject is its clause\'s own, no organisation
			ev := ps.expectationVerb(r.verb) // "expect the FTSE 100 to reach 8,700": the verb of the expectation
			if ev < 0 || !expectVerbs[toks[ev].Fold] {
				if k := ps.expectationBefore(n); k >= 0 {
					ev = k
				}
			}
			if ev >= 0 && expectVerbs[toks[ev].Fold] && !comparisonFigure(toks, n) && !(r.noun >= 0 && (peopleNouns[toks[r.noun].Fold] || crowdNouns[toks[r.noun].Fold] || groupNouns[toks[r.noun].Fold])) {
				// (not "Les syndicats attendent 100 000 manifestants": the
				// observers' own count of people; but "Les analystes
				// tablaient sur 2,4 millions de nouveaux abonnés": a
				// company's)
				if oa, ob := ps.observersBefore(ev); ob > oa {
					sp := Span{Start: toks[oa].Start, End: toks[ob-1].End}
					expected = speaker{text: a.Slice(sp), span: sp, key: x.expectedOf(s, ps, oa, ev, n, r.noun)}
					if ev == r.verb || ev == r.verb+1 || expected.key != "" { // (and "had forecast")
						r.how = fromGroup // (what the figure measures is not the observers)
					} else {
						// "Economists expect unemployment to rise to 8% in
						// Zorgland": the infinitive's clause, of no
						// organisation, reads as any.
						expectedOwn = true
					}
				}
			}
			expectedAfterIt := false // "above the $19 billion analysts had expected": the observers' expectation named after the figure
			expectedNoOne := false   // "compared with estimates of 61 cents": an expectation no one is named for
			if oa, ob := ps.observersAfter(n.TokEnd); expected.text == "" && ob > oa {
				sp := Span{Start: toks[oa].Start, End: toks[ob-1].End}
				expected, expectedAfterIt = speaker{text: a.Slice(sp), span: sp}, true
				expectedNoOne = !observerNouns[toks[ob-1].Fold] // ("the $19.0 billion average estimate": no one named)
			} else if oa, ob, ok := ps.expectationsOf(r.at); expected.text == "" && ok && ob > oa {
				// "beating analysts' expectations of $17.6 billion": the
				// observers' expectation, of the figure told before.
				sp := Span{Start: toks[oa].Start, End: toks[ob-1].End}
				expected, expectedAfterIt = speaker{text: a.Slice(sp), span: sp}, true
			} else if ok && expected.text == "" {
				expected, expectedAfterIt, expectedNoOne = speaker{text: toks[oa].Text}, true, true
			}
			forecastClause := false           // the figure is in the clause «que», "that" opens after the forecast verb
			forecastVerb := -1                // that verb's token
			forecaster, forecastFor := "", "" // the body that forecasts the figure, and the place it forecasts for: "Météo-France prévoit 200 mm de pluie dans le Gard"
			outlookVerb := r.verb >= 0 && forecastVerbs[toks[r.verb].Fold] ||
				r.verb >= 2 && toks[r.verb-1].Fold == "to" && (forecastVerbs[toks[r.verb-2].Fold] || lexis.InSet(toks[r.verb-2].Fold, "expected", "forecast", "projected")) &&
					lexis.InSet(toks[r.verb].Fold, "deliver", "sell", "ship", "produce", "reach", "earn", "generate", "post", "report", "record", "achieve", "grow", "end", "make", "book", "attract", "welcome")
			// ("Voltra expects to deliver between 1.55 million and 1.6 million
			// vehicles": an outcome it expects; not "expects to cut 4,300
			// jobs", «prévoit d'investir»: a plan, its act)
			if expected.text == "" && (r.how == fromClause || r.how == fromPronoun || r.how == fromAnaphor) && r.verb >= 0 && r.verb < n.TokStart && outlookVerb && x.reg.kind(nameKey(r.subject)) == KindOrg {
				forecaster, forecastFor = r.subject, x.forecastPlace(s, ps, r.verb)
			} else if fv, org := x.forecastThat(s, ps, r.verb, cited); expected.text == "" && org != "" && r.verb < n.TokStart {
				// «La Banque de France prévoit que le taux de chômage
				// atteindra 7,8 %», "Zorgland's central bank expects that
				// inflation will ease to 2.4%": the figure of the clause a
				// body forecasts.
				forecaster, forecastFor, forecastClause, forecastVerb = org, x.forecastPlace(s, ps, fv), true, fv
			}
			revised := "" // the forecast the clause's verb moves to the figure: "cut his delivery forecast to 1.45 million vehicles"
			if expected.text == "" && forecaster == "" && r.subject != "" && r.verb >= 0 && r.verb < n.TokStart {
				if thing, phrase, ok := x.revisedForecast(s, ps, r, r.subject); ok {
					forecaster, revised = r.subject, phrase
					r.subject, r.how = thing, fromForecastOf
				}
			}
			recorder := "" // the body that recorded a reading of the weather at a place: «Météo-France a relevé 180 mm de pluie à Agen»
			if (r.how == fromClause || r.how == fromGroup) && r.verb >= 0 && r.verb < n.TokStart && recordVerbs[toks[r.verb].Fold] && x.reg.kind(nameKey(r.subject)) == KindOrg &&
				slices.ContainsFunc(toks[n.TokEnd:min(len(toks), n.TokEnd+4)], func(t lexis.Token) bool { return weatherNouns[t.Fold] }) {
				if place := x.forecastPlace(s, ps, r.verb); place != "" {
					recorder = r.subject
					r.subject, r.how = place, fromPlace
				}
			}
			estimator := "" // the body that puts a figure on what others suffered: "The ministry estimated losses at $2.3 billion"
			if r.verb >= 0 && r.verb < n.TokStart && (estimateVerbs[toks[r.verb].Fold] || r.verb >= 1 && estimateVerbs[toks[r.verb-1].Fold] && ps.tags[r.verb] == syntax.VERB) && lexis.InSet(toks[r.at-1].Fold, "at", "a") && toks[r.at-1].Text != "a" &&
				(r.how == fromGroup || (r.how == fromClause || r.how == fromPassage) && lossBetween(toks, r.verb, r.at) && (publicBodyName(r.subject) || nameHoldsAny(r.subject, publicHeads))) {
				// (and "estimated insured losses at": a participle the
				// tagger read as the verb)
				// (and a public body named: "The Insurance Information
				// Institute estimated insured losses at $210 million")
				estimator = r.subject
				r.subject, r.how = "", ""
				if x.disasterSubject != "" && x.sentIndex-x.disasterAt <= disasterSpan {
					r.subject, r.how = x.disasterSubject, fromDisaster
				}
			} else if (r.how == fromClause || r.how == fromPronoun || r.how == fromOwner) && r.verb >= 0 && r.verb < n.TokStart && countVerbs[toks[r.verb].Fold] && observerName(r.subject) &&
				!ownCount(toks, n) && x.disasterSubject != "" && x.sentIndex-x.disasterAt <= disasterSpan {
				// "The Nepal Red Cross Society said its teams had counted at
				// least 170 bodies", "The U.S. Geological Survey measured the
				// quake at magnitude 5.7": what a body counts of the
				// disaster told just before is the disaster's, by the body.
				estimator = r.subject
				r.subject, r.how = x.disasterSubject, fromDisaster
			} else if (r.how == fromClause || r.how == fromPronoun) && r.verb >= 0 && r.verb < n.TokStart && countVerbs[toks[r.verb].Fold] && !ownCount(toks, n) &&
				(x.reg.kind(nameKey(r.subject)) == KindOrg || x.reg.kind(x.reg.canon(nameKey(r.subject))) == KindOrg) &&
				(casualtyCount(toks, n) || slices.ContainsFunc(s.nums, func(m quantity.NumberExpr) bool {
					return m.TokEnd <= n.TokStart && casualtyCount(toks, m) && ps.continues(m.TokEnd, n.TokStart) // (and «…, en baisse de 0,5 %» after it)
				})) &&
				(observerName(r.subject) || x.abbreviates(r.subject, "observatoire") || x.abbreviates(r.subject, "observatory") || x.abbreviates(r.subject, "statisti") || x.reg.statisticsBody(x.reg.canon(nameKey(r.subject)))) {
				// «L'ONISR dénombre 222 cyclistes tués en 2024», "The
				// observatory counted 412 deaths": the dead of the country
				// the article is about, by the body that counts them
				estimator = r.subject
				r.subject, r.how = "", ""
				if c := cmp.Or(x.mainCountry, x.topCountry); c != "" {
					r.subject, r.how = c, fromMainCountry
				}
			}
			if f := phraseWords(r); len(f) > 0 && len(f) <= 2 && companyWords[f[len(f)-1]] {
				// «Le chiffre d'affaires du groupe a atteint 31,2 milliards
				// d'euros»: the company "le groupe" stands for, not the
				// word.
				for j := n.TokStart - 1; j >= 0; j-- {
					if toks[j].Fold == f[len(f)-1] {
						if d, _ := x.entityOf(s, ps, j, j+1, fromAnaphor, cited); d != "" {
							r.subject, r.how = d, fromAnaphor
						}
						break
					}
				}
			}
			officer := "" // the company officer who announces the figure: "Le directeur général, Marc Zorg, a annoncé un dividende de…"
			if r.how == fromClause && r.verb >= 1 && r.verb < n.TokStart && ((announceVerbs[toks[r.verb].Fold] || confirmVerbs[toks[r.verb].Fold] || targetVerbs[toks[r.verb].Fold]) && toks[r.verb-1].Fold != "to" || ps.announcedInfinitive(r.verb)) && companyFigure(toks, ps.tags, r) {
				// (and «Le directeur financier, Antoine Roux, a confirmé
				// l'objectif d'une marge de 3,2 %»: the company's target)
				if org := x.officerOrg(r.subject); org != "" {
					officer = r.subject
					r.subject, r.how = org, fromOfficer
				}
			}
			if r.how == fromClause && sp.key != "" && nameKey(r.subject) == nameKey(x.reg.display(sp.key)) && x.reg.kind(sp.key) == KindPerson && ps.reportedSubject(n, r) {
				// "Health Minister Julio Paredes said 12 hospitals in
				// Arequipa had suffered structural damage": the figure
				// opens the clause the speaker reports, of whatever it is
				// about, not of the speaker.
				// (when its noun phrase names the place it is of; else
				// the speaker's organisation may still own it: "Chief
				// executive Anna Berg said 400 jobs would be cut at Zorgon")
				if d := x.placeInPhrase(s, ps, max(r.noun, n.TokStart)); d != "" {
					r.subject, r.how = d, fromPlace
				}
			}
			if (r.how == fromClause || r.how == fromPassage || r.how == fromPassageAmbiguous) && sp.key != "" && nameKey(r.subject) == nameKey(x.reg.display(sp.key)) && n.Unit == "%" && ps.saidRightBefore(n.TokStart) &&
				(x.reg.kind(sp.key) != KindOrg || publicBodyName(x.reg.display(sp.key)) || nameHoldsAny(x.reg.display(sp.key), speakerBodies)) { // (not "Streamwave said 41% of new sign-ups…": a company's own)
				// "The Office for Students said that 43% of English
				// universities expected a deficit": the share of those the
				// phrase after "of" names, not the speaker's own.
				if phrase := ps.shareOfPhrase(x.art.Text, n); phrase != "" {
					r.subject, r.how = phrase, fromPhrase
				}
			}
			if r.how == fromTopic && sp.key != "" && !sp.cited && x.reg.canon(sp.key) != x.focus && (x.reg.kind(sp.key) == KindOrg || groupSpeakers[lexis.Fold(sp.key[strings.LastIndexByte(sp.key, ' ')+1:])]) {
				// (and "Environmental groups said the project would flood…":
				// the people of a body who speak are no more its own)
				// "The International Energy Agency said global oil demand
				// would grow": a figure another organisation reports is not
				// the article's main organisation's for want of a name (a
				// source cited, "according to data from Refinitiv", reports
				// the main one's).
				r.subject, r.how = "", ""
			}
			if r.how == fromPhrase && bareToll(r.subject) && x.disasterSubject != "" && x.sentIndex > x.disasterAt && x.sentIndex-x.disasterAt <= disasterSpan {
				// "At least 24 people died when floods hit western Kenya.
				// … The death toll rose to 283", «Le bilan s'est alourdi à
				// 31 morts»: the toll of the disaster told before.
				r.subject, r.how = x.disasterSubject, fromDisaster
			} else if c := slices.IndexFunc(toks[:max(r.verb, 0)], func(t lexis.Token) bool { return t.Text == ":" }); r.how == fromPhrase && bareToll(r.subject) && c > 0 && c <= 6 &&
				disasterNamed(a.Text[toks[0].Start:toks[c-1].End]) {
				// «Inondations dans le Sud-Est : le bilan s'alourdit à neuf
				// morts»: the disaster the words before the colon name.
				r.subject, r.how = strings.TrimSpace(a.Text[toks[0].Start:toks[c-1].End]), fromPhrase
			}
			if r.how == fromPhrase && n.TokStart > 1 && lexis.InSet(toks[n.TokStart-1].Fold, "et", "and") && ps.casualtyCount(r) && x.disasterSubject != "" {
				// «Un passager est mort et 23 personnes ont été blessées»:
				// the injured are the subject of their own verb, not the
				// dead of the clause before "et".
				r.subject, r.how = "", ""
			}
			if (r.how == "" || (r.how == fromContext || r.how == fromPassageAmbiguous) && ps.disasterEffect(r) ||
				(r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromClause && ps.reportedCount(n) && !placeAfter(toks, n.TokEnd, ps.clauseEnd(n.TokEnd))) && sp.key != "" && nameKey(r.subject) == nameKey(x.reg.display(sp.key)) && (ps.casualtyCount(r) || r.how == fromClause && ps.disasterEffect(r))) &&
				x.disasterSubject != "" && x.sentIndex > x.disasterAt && x.sentIndex-x.disasterAt <= disasterSpan && (ps.casualtyCount(r) && (!datesOwn(s) || datesOnlyOn(s, x.disasterDate)) || ps.disasterEffect(r)) {
				// (and "At least 24 people died on Tuesday", the day of the
				// disaster)
				// (and "Quatre pompiers ont été légèrement blessés, a précisé
				// le SDIS": not the body that tells of them)
				// "Un avion s'est écrasé dimanche à Lagos. … Au moins une
				// quarantaine de personnes au sol ont été tuées": the dead
				// are the disaster's.
				r.subject, r.how = x.disasterSubject, fromDisaster
			} else if r.how == fromClause && ps.reportedCount(n) && sp.key != "" && nameKey(r.subject) == nameKey(x.reg.display(sp.key)) && r.verb >= 0 &&
				(ps.casualtyCount(r) || ps.disasterEffect(r)) && placeAfter(toks, n.TokEnd, ps.clauseEnd(n.TokEnd)) {
				// "AFAD said 15 people died in Istanbul": the place they
				// died in, not the agency that tells of them.
				if place := x.placeOf(s, ps, r.verb, n.TokEnd); place != "" && nameKey(place) != nameKey(r.subject) {
					r.subject, r.how = place, fromPlace
				}
			}
			if (r.how == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromPlace || r.how == fromContext) && prevFigure != nil && prevFigure.Subject != "" && !prevFigure.Unsure &&
				casualties(prevFigure.Measure) && ps.casualtyCount(r) && n.TokStart-prevEnd <= 6 && !slices.ContainsFunc(toks[prevEnd:n.TokStart], func(t lexis.Token) bool { return t.Text == ";" || t.Text == "." }) {
				// «Trois personnes ont été tuées et onze blessées, dont deux
				// grièvement, dans l'explosion»: the injured beside the dead
				// are the same disaster's.
				r.subject, r.how = prevFigure.Subject, fromDisaster
			}
			if metric == "" && r.noun >= 0 && ps.smallCount(n, r, x.reg.kind(nameKey(r.subject)) == KindOrg) {
				// "302 votes", "five plants", "273 jobs": a count its clause
				// reads whole.
				metric, what = MetricOther, nounPhrase(toks, r.noun)
			}
			if metric == "" && n.Unit == "" && !n.Year && !n.Ordinal && n.Value >= 2 && r.noun < 0 && r.verb >= 0 && r.verb < n.TokStart && n.TokStart > 0 &&
				(r.how != fromTopic || headcountNouns[toks[max(ps.subjectHead(r.verb, ps.clauseStart(r.verb)), 0)].Fold]) &&
				(lexis.InSet(toks[n.TokStart-1].Fold, "to", "at", "a") && toks[n.TokStart-1].Text != "a" || a.Lang == "fr" && n.TokStart-1 == r.verb && toks[r.verb].Fold == "atteint") &&
				(riseWords[toks[r.verb].Fold] || fallWords[toks[r.verb].Fold] || lexis.InSet(toks[r.verb].Fold, "reached", "totaled", "totalled", "stood", "atteint", "passe", "tombe", "grimpe", "recule", "chute")) {
				// "Deaths in South Africa's mines fell to 49", «le nombre
				// de morts est passé à 49»: a count its clause's subject
				// names, which the verb moved (whose the clause says, not
				// only the article's main organisation).
				if h := ps.subjectHead(r.verb, ps.clauseStart(r.verb)); h >= 0 && ps.tags[h] == syntax.NOUN && (countableSubject(toks[h].Fold, a.Lang) || headcountNouns[toks[h].Fold]) {
					metric, what = MetricOther, toks[h].Text
					if !headcountNouns[toks[h].Fold] {
						r.noun = h // (a headcount's noun is what its clause's subject measures, not a thing counted)
					}
				}
			}
			if metric == "" && ps.inScore(n.TokStart) && ps.smallCount(n, r, false) {
				metric, what = MetricOther, "score" // "beating Kelvinside Rovers 2-1": each side's score
			}
			if k := ps.nameStart(n, r.noun); metric == MetricOther && k >= 0 && lexis.Fold(what) == toks[k].Fold {
				// "5 billion iOS applications": what is counted ends on its noun.
				what = a.Text[toks[k].Start:toks[r.noun].End]
			}
			if metric == "" && magnitudeAt(toks, n.TokStart, n.TokEnd) && r.subject != "" {
				metric, what = MetricOther, "magnitude" // "un séisme de magnitude 7,5": a reading on a scale
			}
			ordinalCount := metric == "" && ps.ownOrdinal(n)
			if ordinalCount {
				// "Il signe sa 35e victoire", "its 12th straight win": the
				// count of them so far, its own.
				metric, what = MetricOther, toks[n.TokEnd].Text
				r.noun = n.TokEnd
			}
			total := prevFigure != nil && prevFigure.HasValue && !prevFigure.Unsure && prevFigure.Unit == "" && n.Unit == "" &&
				n.TokStart-prevEnd <= 12 && totalBefore(toks, n.TokStart) && (metric == "" || metric == prevFigure.Metric)
			if total {
				// "a livré 63 avions en mai, portant le total à 266",
				// "bringing its total to 266": the running total of what
				// the figure before counts; of new users, the users.
				metric, what = prevFigure.Metric, prevFigure.What
				if metric == MetricNewUsers {
					metric, what = MetricActiveUsers, ""
				}
			}
			// "300 million participants, up from 200 million": a bare
			// figure right after another counts the same thing.
			if !total && (metric == "" || metric == MetricOther && n.Unit == "") && n.Scaled && prevFigure != nil && prevFigure.Metric != MetricOther && prevFigure.Metric != MetricRank && !forecastOf(toks, n) &&
				n.TokStart-prevEnd <= 12 && (noNounAfter(toks, n) || metric == MetricOther) {
				metric, what = prevFigure.Metric, prevFigure.What
			}
			others := -1 // "tué 15 personnes et blessé 53 autres": the verb of a count of "others"
			if prevFigure != nil && prevFigure.HasValue && prevFigure.Unit == "" && n.Unit == "" {
				others = ps.othersVerb(prevEnd, n, casualties(prevFigure.Measure) || deadAround(toks, prevEnd, n.TokStart))
			}
			if others >= 0 && metric == "" {
				metric, what = prevFigure.Metric, toks[others].Text
				if n.TokEnd < len(toks) && lexis.InSet(toks[n.TokEnd].Fold, "autres", "others") {
					what = toks[n.TokEnd].Text
				}
			}
			part := prevFigure != nil && prevFigure.HasValue && n.TokStart-prevEnd <= 6 && partWordBefore(toks, n.TokStart) &&
				(n.Unit == "" || n.Unit == strings.TrimLeft(prevFigure.Unit, "+−"))
			if part && metric == "" {
				// "640 ouvriers, dont 210 recrutés localement": a part
				// counts what the whole counts.
				metric, what = prevFigure.Metric, prevFigure.What
			}
			var carried *Claim // the figure before whose measure this one goes on with
			before := false    // what comes from the noun phrase before the figure
			if metric == "" && (n.Scaled || n.Value >= 1000) && !n.Year && n.Unit == "" {
				// "le nombre d'emplois créés ne dépasse pas 800 000".
				if w := whatBefore(a.Text, toks, n.TokStart); w != "" {
					metric, what, before = MetricOther, w, true
				}
			}
			enAt, enBase := -1, prevFigure // «la CGT en revendiquait 20 000»: another source's count of what its base counts
			var againOf *Claim             // the figure of the sentence before this one counts again, by another source
			restating := false             // enAt is a verb whose bare object the figure is ("organisers claimed 60,000")
			if enBase == nil {
				enBase = x.figureJustBefore(out, s)
			}
			if a.Lang == "fr" && enBase != nil && strings.TrimLeft(enBase.Unit, "+−") != n.Unit && (metric == "" || noNounAfter(toks, n)) && enClitic(toks, ps.tags, n.TokStart) >= 0 {
				// «14 870 procédures…, soit une hausse de 6,2 %. Au deuxième
				// trimestre, le cabinet en avait recensé 16 540»: the count
				// «en» stands for is the last one in the figure's unit.
				if b := x.lastInUnit(out, s, n.Unit); b != nil {
					enBase = b
				}
			}
			if a.Lang == "fr" && enBase != nil && enBase.HasValue && enBase.Subject != "" && (strings.TrimLeft(enBase.Unit, "+−") == n.Unit || n.Unit == "" && n.Scaled && currencyUnit(enBase.Unit) && noNounAfter(toks, n)) &&
				(metric == "" || noNounAfter(toks, n) || sameNounAfter(toks, n, enBase)) {
				// (and «la direction la chiffre à 85 millions» after «120
				// millions d'euros»: the same currency, left unsaid)
				// (and «les estime à 468 000 exemplaires» after «s'est vendu
				// à 512 000 exemplaires»: the noun of the figure before)
				if enAt = enClitic(toks, ps.tags, n.TokStart); enAt >= 0 {
					metric, what = enBase.Metric, enBase.What
				}
			}
			sentenceBase := enBase // (the base the rest reads, unless a source restates another figure's count)
			if enAt < 0 && a.Lang == "fr" && enBase != nil && !noNounAfter(toks, n) && !sameNounAfter(toks, n, enBase) {
				// «152 copies …, contre 130 il y a cinq ans ; le ministère
				// évoque 138 copies»: the figure of the sentence that
				// counts the same noun, past one it was set against.
				for k := len(out) - 1; k >= first; k-- {
					if out[k].HasValue && out[k].Subject != "" && sameNounAfter(toks, n, &out[k]) {
						enBase = &out[k]
						break
					}
				}
			}
			if enAt < 0 && enBase != nil && enBase.HasValue && enBase.Subject != "" && enBase.SaidBy != "" && enBase.Metric != MetricRank && strings.TrimLeft(enBase.Unit, "+−") == n.Unit &&
				(noNounAfter(toks, n) || a.Lang == "fr" && sameNounAfter(toks, n, enBase)) {
				// (and «le ministère évoque 138 copies» after «152 copies»)
				if enAt = restatingVerb(toks, ps.tags, n, a.Lang); enAt >= 0 && enBase == prevFigure && nameKey(enBase.Subject) == nameKey(enBase.SaidBy) {
					// (not when the figure of the same sentence is its
					// own source's: "Organisers said 20,000 came, while…"
					// reads the source as what the figure is of)
					enAt = -1
				}
				if enAt >= 0 {
					restating = true
					if w := x.wholeBefore(out, enBase); w != nil {
						enBase = w // (SUD-Rail's «41 blessés» after «37 personnes ont été blessées, dont neuf grièvement»: another count of the whole)
					}
					// "Police counted 18,000 marchers, while organisers
					// claimed 60,000", "The ministry put the figure at
					// 24.5%": the source's own count of what the figure
					// before counts.
					metric, what = enBase.Metric, enBase.What
				}
			}
			if !restating {
				enBase = sentenceBase
			}
			if metric == "" && prevFigure != nil && prevFigure.HasValue && !prevFigure.Unsure && prevFigure.Unit == "" && n.Unit == "" &&
				n.TokStart-prevEnd <= 8 && contrastWord(toks, prevEnd, r.at) && noNounAfter(toks, n) {
				// "Airbus a livré 735 avions en 2023, contre 661 en 2022":
				// the count it is set against counts the same thing.
				metric, what = prevFigure.Metric, prevFigure.What
			}
			if metric == "" && prevFigure != nil && prevFigure.HasValue && otherSourceFigure(toks, r.at, r.after, prevEnd) && strings.TrimLeft(prevFigure.Unit, "+−") == n.Unit {
				// «200 éleveurs selon les organisateurs, 80 selon la
				// gendarmerie»: another source's count of the same thing,
				// however small.
				metric, what = prevFigure.Metric, prevFigure.What
			}
			if metric == "" && n.Unit == "" && !n.Year && r.verb >= 0 && r.verb < r.at && r.subject != "" && (levelVerbs[toks[r.verb].Fold] ||
				prevFigure != nil && prevFigure.Subject == r.subject && n.TokStart-prevEnd <= 6 && strings.Contains("%+%−%points", prevFigure.Unit) && prevFigure.Unit != "") &&
				ps.levelReached(r, ps.subjectHead(r.verb, ps.clauseStart(r.verb)), "") {
				// "The Dow fell 1.29% to 33,002.38, while…", "closed at
				// 4,229.45": the level an index reached, though no word
				// after it says so.
				metric = MetricOther
			}
			if metric == "" && n.Unit == "" && !n.Year && r.verb >= 0 && r.verb < n.TokStart {
				for h := ps.clauseStart(r.verb); h < r.verb && h-ps.clauseStart(r.verb) <= 4; h++ {
					if ps.tags[h] == syntax.NOUN && lexis.InSet(toks[h].Fold, "toll", "tally", "count", "total", "number", "nombre", "bilan") {
						// "The death toll from the floods rose to 45", "The
						// number of arrests reached 12": a count its
						// subject names.
						metric = MetricOther
						break
					}
				}
			}
			if k := n.TokEnd; metric == "" && n.Unit == "" && !n.Year && !n.Ordinal && k+2 < len(toks) && toks[k].Kind == lexis.Word && ps.tags[k] == syntax.NOUN &&
				lexis.InSet(toks[k+1].Fold, "per", "par") && toks[k+2].Kind == lexis.Word && ps.tags[k+2] == syntax.NOUN {
				// «1,56 enfant par femme», "2.3 goals per game": a rate, the
				// count of one thing for each of another.
				metric, what = MetricOther, a.Text[toks[k].Start:toks[k+2].End]
			}
			if metric == "" && n.Unit == "" && !n.Year && !n.Ordinal && n.TokStart >= 2 && n.TokEnd < len(toks) && toks[n.TokStart-1].Text == "," && toks[n.TokEnd].Text == "," {
				// «le nombre de décès, 651 000, a dépassé celui des
				// naissances»: a count set off after the noun that says what
				// it counts.
				for h := n.TokStart - 2; h >= 0 && n.TokStart-h <= 6 && toks[h].Text != ","; h-- {
					if lexis.InSet(toks[h].Fold, "number", "nombre", "total", "toll", "bilan", "count") && ps.tags[h] == syntax.NOUN {
						metric, what = MetricOther, toks[h].Text
						if h+2 < n.TokStart-1 && lexis.InSet(toks[h+1].Fold, "of", "de", "d'", "des") {
							what = a.Text[toks[h].Start:toks[n.TokStart-2].End]
						}
						break
					}
				}
			}
			if metric == "" {
				continue
			}
			whatAfter := metric == MetricOther && !before && what != "" && what != n.Unit && !prepositions[lexis.Fold(what)]
			if metric == MetricOther {
				if w := whatBefore(a.Text, toks, n.TokStart); w != "" && (n.Unit != "" || prepositions[lexis.Fold(what)] || what == "") {
					what, whatAfter = w, false
				} else if what == n.Unit || prepositions[lexis.Fold(what)] {
					what = ""
				}
				// "Revenue grew 14% to $9.23 billion", "up 12% from a year
				// earlier": a figure with nothing of its own measures what
				// the one before it in the clause measures (not "300
				// personnes qui génèrent la moitié des mots": its own noun).
				// (not "The Dow lost 1.29% to 33,002.38, while the S&P 500
				// dropped 1.37%": another subject's clause)
				if what == "" && r.noun < 0 && prevFigure != nil && prevFigure.What != "" && prevFigure.Metric != MetricRank && (n.TokStart-prevEnd <= 8 && !commaBetween(toks, prevEnd, n.TokStart) ||
					n.TokStart-prevEnd <= 16 && n.Unit == "%" && direction(toks, n.TokStart) != "") && (r.subject == "" || r.how != fromClause || r.subject == prevFigure.Subject) {
					what = prevFigure.What
					if n.Unit == "%" && prevFigure.Unit != "%" && prevFigure.Unit != "+%" && prevFigure.Unit != "−%" && lexis.FoldAt(toks, n.TokStart-1) != "to" {
						// (not "lost 6.2 percentage points to 8.4%": the level reached)
						what += map[bool]string{true: " croissance", false: " growth"}[a.Lang == "fr"] // (in the article's language: «visiteurs en hausse», not «en growth»)
					}
				}
				if what == "" && (n.Unit == "$" || n.Unit == "€" || n.Unit == "£") && direction(toks, n.TokStart) == "−" {
					// "Reality Labs lost $3.7 billion".
					what = map[string]string{"fr": "perte"}[a.Lang]
					if what == "" {
						what = "loss"
					}
				}
				what = lowerInitial(what, toks, a.Text)
			}
			sign := ""
			if n.Unit == "%" && n.Value >= 0 {
				sign = changeSign(toks, n, r)
				for _, l := range lows {
					if l.upper == n.TokStart && sign == "" {
						sign = changeSign(toks, l.low, r) // "would grow by 6% to 8%": the range moves as its bottom does
					}
				}
			}
			if w, _ := writtenSign(toks, n); n.Unit == "%" && w != "" {
				// «porté par le Brésil (+7,8 %) et l'Espagne (-1,2 %)»,
				// "(+0.2%)": a change in brackets, its sign written.
				sign, n.Value = w, math.Abs(n.Value)
			}
			c := Claim{Article: x.idx, ArticleName: a.Name, Passage: s.span, Quote: a.Slice(s.span), Metric: metric, Unit: sign + n.Unit, whatAfter: whatAfter,
				Value: n.Value, HasValue: true, From: n.From, Qualifier: n.Qualifier, ValueText: n.Text, ValueSpan: n.Span, What: what, standing: metric == MetricRank && standingRank(toks, n)}
			if c.Qualifier == Exact {
				c.Qualifier = boundVerbBefore(toks, n.TokStart)
			}
			for _, l := range lows {
				if l.upper == n.TokStart {
					c.Low, c.ValueSpan.Start = l.low.Value, l.low.Span.Start
					c.ValueText = a.Slice(c.ValueSpan)
					if c.Qualifier == "" {
						c.Qualifier = l.low.Qualifier // "environ 8 000 à 10 000"
					}
				}
			}
			x.readMeasure(&c, ps, r)
			if place := x.placeOfMeasure(s, ps, r); place != "" && c.Measure != "" && !strings.Contains(lexis.Fold(c.Measure), lexis.Fold(place)) && r.how == fromTopic {
				// "The company's North Sea production fell 11%", "its US
				// shale output rose 7%": the company's measure in that
				// place, not all of it.
				c.Measure = place + " " + c.Measure
				if c.What != "" {
					c.What = place + " " + c.What
				}
				c.Reasons = append(c.Reasons, "measure: in the place «"+place+"» the subject's words name")
			}
			if m, unit, _ := strings.Cut(c.Measure, " ("); r.segment && (segmentNouns[lexis.Fold(m)] || lexis.InSet(lexis.Fold(m), "price", "prix", "rise", "fall", "hausse", "baisse", "change", "variation", "")) {
				// «La division vins et spiritueux a reculé de 8 %, à 5,6
				// milliards d'euros»: a segment's bare figure is its sales.
				w := map[bool]string{true: "chiffre d'affaires", false: "revenue"}[a.Lang == "fr"]
				if strings.HasSuffix(c.Unit, "%") {
					w += " " + changeMeasure(c.Unit, a.Lang)
				}
				c.Measure = w
				if unit != "" {
					c.Measure += " (" + unit
				}
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
				c.Reasons = append(c.Reasons, "measure: a segment's figure with no noun of its own, its sales")
			}
			c.revised = revised != ""
			if (c.Unit == "points" || c.Unit == "basis points") && n.Value >= 0 && !(r.verb >= 0 && r.verb < n.TokStart && pointLossVerbs[toks[r.verb].Fold]) {
				// «soit un recul de 0,4 point», "the index slipped one
				// point": a change in points, with its sign (not "lost
				// two points in the championship": a deduction, which its
				// measure tells).
				c.Unit = changeSign(toks, n, r) + c.Unit
			}
			if rate := rateAfter(toks, n.TokEnd); rate != "" && c.Metric == MetricOther && !strings.HasSuffix(c.Unit, "%") && !strings.Contains(c.Unit, "/") && c.Measure != "" && !strings.Contains(c.Measure, rate) {
				// "costing the company around 90 million crowns ($9.4
				// million) a day", «500 voitures par semaine»: an amount for
				// each day, not in all.
				m, unit, cut := strings.Cut(c.Measure, " (")
				c.Measure = m + " " + rate
				if cut {
					c.Measure += " (" + unit
				}
				c.rate = rate // (the label says it after the amount: «150 € par mois»)
				c.Reasons = append(c.Reasons, "measure: for each period «"+rate+"» says")
			}
			if k := n.TokStart; prevFigure != nil && prevFigure.Measure != "" && k >= 3 && toks[k-1].Fold == "to" && lexis.InSet(toks[k-2].Fold, "equivalent", "equal") && toks[k-3].Text == "," && n.TokStart-prevEnd <= 12 {
				// "reached 126.4 billion lei …, equivalent to 7.1% of gross
				// domestic product": the figure before, told again in
				// another unit.
				m, _, _ := strings.Cut(prevFigure.Measure, " (")
				c.Measure, c.What, c.whatAfter, c.Unsure = m+" ("+strings.TrimLeft(c.Unit, "+−")+")", prevFigure.What, false, prevFigure.Unsure
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
				c.Reasons = append(c.Reasons, "measure: that of the figure before it, told again «equivalent to» it")
			}
			moved := amountChange(toks, n)
			if moved == "" && c.Metric == MetricOther {
				moved = stockChange(toks, n)
			}
			if sign := moved; sign != "" && c.Metric != MetricRank && c.Measure != "" && !saysChange(c.Measure) && !strings.Contains(c.Unit, "point") {
				// "gold holdings fell by 114 tonnes", «le front du glacier a
				// reculé de 180 mètres»: by how much what it measures
				// changed, not its level.
				m, u, cut := strings.Cut(c.Measure, " (")
				c.Measure = m + " " + changeMeasure(sign, a.Lang)
				if cut {
					c.Measure += " (" + u
				}
				if c.What != "" && !c.whatAfter {
					c.What += map[bool]string{true: " en ", false: " "}[a.Lang == "fr"] + changeMeasure(sign, a.Lang) // "revenue rise", «dette en hausse»
				}
				c.change = sign
				c.Reasons = append(c.Reasons, "measure: a change, by the amount after «"+toks[n.TokStart-1].Text+"»")
			}
			statRecent := x.statPlace != "" && x.sentIndex-x.statPlaceAt <= 3 && x.sentIndex > x.statPlaceAt
			forecastThing := false // the clause a body forecasts is of a thing no one owns, or of its owner
			if owner := x.forecastOwner(s, ps, forecastVerb, r, forecaster); forecastClause && owner != "" && nameKey(r.subject) == nameKey(forecaster) {
				// "Analyst Tom Reed expects Hanseong's revenue to rise
				// 12%", "She expects the firm's share of the market to
				// reach 30%": the owner of the thing forecast, by the
				// forecaster's forecast.
				r.subject, r.how, forecastThing = owner, fromOwner, true
			} else if forecastClause && x.reg.kind(nameKey(forecaster)) == KindPerson {
				thing := ps.thingSubject(a.Text, r, x.initialOnly(toks))
				if thing == "" {
					thing = ps.bareThing(a.Text, r)
				}
				if thing != "" && nameKey(r.subject) == nameKey(forecaster) && c.SaidBy == "" {
					// "Jefferies analyst Omar Fall forecast that rates would
					// fall a further 10%": the thing forecast, said by the
					// one who forecasts it, not the analyst's own.
					r.subject, r.how = thing, fromThing
					c.SaidBy, c.SaidByText = x.reg.display(nameKey(forecaster)), forecaster
					c.Reasons = append(c.Reasons, "said by: the person who forecasts it, «"+forecaster+"»")
				}
				forecaster, forecastClause = "", false // (a person's outlook of a thing no one owns: as before)
			}
			if m, _, _ := strings.Cut(c.Measure, " ("); forecastClause && !forecastThing && forecaster != "" && nameKey(r.subject) == nameKey(forecaster) && !strings.Contains(" "+nameKey(x.reg.display(x.focus))+" ", " "+nameKey(forecaster)+" ") &&
				!((nationalStatistic(c.Measure) || publicMeasures[lexis.Fold(m)]) && (statRecent || x.mainCountry != "" || forecastFor != "")) {
				// (a national statistic goes to its place, below)
				// "Research firm Gartner expects that global spending on
				// information security will reach $212 billion": the thing
				// forecast, by the firm's forecast (not "Halvorsen expects
				// that its sales…", nor the article's own organisation's
				// "expects container volumes to fall": its own).
				if thing := ps.thingSubject(a.Text, r, x.initialOnly(toks)); thing != "" {
					r.subject, r.how, c.thing, forecastThing = thing, fromThing, true, true
				}
			}
			if m, _, _ := strings.Cut(c.Measure, " ("); forecaster != "" && !forecastThing && revised == "" && !(weatherNouns[lexis.Fold(m)] || weatherNouns[lexis.Fold(m)+"s"] || publicMeasures[lexis.Fold(m)] || forecastClause && nationalStatistic(c.Measure) ||
				statRecent && forecastLevels[lexis.Fold(m)]) {
				if c.SaidBy == "" && nameKey(r.subject) == nameKey(forecaster) {
					c.SaidBy, c.SaidByText = x.reg.display(nameKey(forecaster)), forecaster // (its own word for it)
				}
				forecaster = "" // "Zorgon expects sales of $4 billion", "Zorgon prévoit 300 embauches en France": its own outlook, its own figure
				if !forecastClause && toks[r.verb].Fold != "table" && toks[r.verb].Fold != "tablent" && !slices.ContainsFunc(strings.Fields(lexis.Fold(c.Measure)), func(w string) bool {
					return lexis.InSet(w, "forecast", "guidance", "outlook", "prevision", "previsions", "estimate", "objectif", "target")
				}) {
					// …which it forecasts, not a result: its measure says so
					// ("Veltrion forecast revenue of $19.5 billion" for a
					// quarter under way).
					fc := map[bool]string{true: "prévision", false: "forecast"}[a.Lang == "fr"]
					if m, unit, ok := strings.Cut(c.Measure, " ("); ok {
						c.Measure = m + ", " + fc + " (" + unit
					} else if c.Measure != "" {
						c.Measure += ", " + fc
					}
					if c.What != "" && !strings.Contains(c.What, "(") {
						c.What += " (" + fc + ")"
					}
					c.Reasons = append(c.Reasons, "measure: what «"+r.subject+"» forecasts with «"+toks[r.verb].Text+"», its outlook, not a result")
				}
			} else if forecastFor != "" {
				// "Météo-France prévoit 200 mm de pluie dans le Gard": the
				// weather or the statistic of the place forecast for.
				r.subject, r.how = forecastFor, fromPlace
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
			} else if forecaster != "" && statRecent && nameKey(r.subject) == nameKey(forecaster) {
				// «Le taux de chômage en France a atteint 7,3 %. … L'OFCE
				// table sur un pic à 8,0 % fin 2025»: the statistic of the
				// place the report is about, not of who forecasts it.
				r.subject, r.how = x.statPlace, fromStatPlace
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
			} else if forecaster != "" && x.mainCountry != "" && nameKey(r.subject) == nameKey(forecaster) && (publicMeasures[lexis.Fold(strings.Fields(c.Measure + " x")[0])] || nationalStatistic(c.Measure)) {
				// "The Bank of Zorgland expects that inflation will ease to
				// 2.4%": the country's, by the bank's forecast.
				r.subject, r.how = x.mainCountry, fromMainCountry
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
			}
			if whatAfter || n.Unit != "" && r.noun >= n.TokEnd {
				// (and "announced a £20 million support fund": the money
				// and what it is, as written)
				if c.phrase == "" && c.countedIn == "" {
					// (not for a whole the figure sizes: "Its fleet grew to 85
					// vessels" is the fleet's, not "Harbor Lines grew to 85
					// vessels")
					c.phrase = ps.actionPhrase(a.Text, r, n) // (a prison term's sentence, written by readMeasure, stays)
				}
				if c.phrase == "" && ps.objectAmount(r, n) {
					// "Zorgon a annoncé un plan de 10 milliards d'euros
					// d'investissements": the amount of the verb's object,
					// as written (was "Zorgon a annoncé un plan: €10 billion").
					c.phrase = ps.wordsFrom(r.verb, r.noun, r)
				}
				if r.how == fromPlace && c.phrase != "" && r.verb >= 0 {
					// "Gironde: les incendies ont détruit 6 000 hectares",
					// not "Gironde ont détruit": the clause's own subject,
					// after the place the figure is about.
					st := toks[ps.clauseStart(r.verb)].Start
					if i := strings.Index(a.Text[st:], c.phrase); i > 0 {
						if np := strings.TrimSpace(a.Text[st : st+i]); np != "" && !strings.ContainsAny(np, ",;:") {
							c.phrase = ": " + lowerInitial(np, toks, a.Text) + " " + c.phrase
						}
					}
				}
			}
			if ordinalCount {
				// The label as written: "Michael Schumacher signe sa 35e
				// victoire", not "35 victoire".
				from := n.TokStart - 1
				for k := from - 1; k >= 0 && k >= n.TokStart-6; k-- {
					if ps.tags[k] == syntax.VERB {
						from = k // (over the date or adverb between: "achèvera début octobre son quatrième mandat")
						break
					}
					if !ps.inDate(k) && ps.tags[k] != syntax.ADV {
						break
					}
				}
				c.phrase = a.Text[toks[from].Start:toks[n.TokEnd].End]
				if from == n.TokStart-1 {
					c.phrase = ": " + c.phrase // "Il s'agit de son quatorzième titre": no verb of its subject's
				}
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "measure:") {
						c.Reasons[i] = "measure: what the ordinal counts, «" + toks[n.TokEnd].Text + "»"
					}
				}
			}
			base := prevFigure // the figure this one is read with
			if prevReplaced != nil {
				base = prevReplaced
			}
			if base != nil && n.TokStart-prevEnd <= 8 && !commaBetween(toks, prevEnd, n.TokStart) && strings.TrimLeft(base.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") {
				carried = base
			}
			if carried != nil && len(c.Reasons) > 0 && strings.HasPrefix(c.Reasons[len(c.Reasons)-1], "measure: a change,") {
				// "une croissance de 0,3 % pour 2012 et de 1,2 % pour
				// 2013": the figure goes on measuring what the one before
				// it measures, not its clause's verb.
				c.Measure, c.What = carried.Measure, carried.What
				c.Reasons[len(c.Reasons)-1] = "measure: that of the figure before it in the clause"
			}
			if prevFigure != nil && prevFigure.HasValue && !prevFigure.Unsure && prevFigure.Measure != "" && strings.HasSuffix(c.Unit, "%") && !strings.HasSuffix(prevFigure.Unit, "%") &&
				prevEnd > 0 && apposedAfter(toks, ps.tags, prevEnd, n) && r.how == fromClause && r.verb >= 0 && (r.verb < prevEnd || r.verb < n.TokStart && lexis.InSet(toks[r.verb].Fold, "up", "down")) && prevFigure.Subject != "" &&
				nameKey(r.subject) != nameKey(prevFigure.Subject) && x.reg.kind(nameKey(prevFigure.Subject)) != "" {
				// "Lufthansa, which is Europe's second-largest airline group
				// after Air France-KLM, carried 131 million passengers in
				// 2025, up 7%": the change, with no clause of its own, is of
				// the figure before's subject, not of a name in its clause.
				r.subject, r.how = prevFigure.Subject, fromChangeOf
			}
			if prevFigure != nil && prevFigure.HasValue && !prevFigure.Unsure && prevFigure.Measure != "" && strings.HasSuffix(c.Unit, "%") && !strings.HasSuffix(prevFigure.Unit, "%") &&
				prevEnd > 0 && apposedAfter(toks, ps.tags, prevEnd, n) && (r.subject == "" || r.how == fromPassage || r.how == fromPassageAmbiguous) {
				// "2.3 million visitors last year, up 18% from 2023": the
				// change of the figure before it, its subject's.
				c.Measure, c.What = prevFigure.Measure, prevFigure.What
				r.subject, r.how = prevFigure.Subject, fromChangeOf
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "measure:") {
						c.Reasons[i] = "measure: the change of the figure before it, «" + prevFigure.What + "»"
					}
				}
			}
			instead := base != nil && insteadOf(toks, r.at) && strings.TrimLeft(base.Unit, "+−") == strings.TrimLeft(c.Unit, "+−")
			if instead {
				// "1,2 % pour 2013 (au lieu de 1,7 %)": the value it
				// replaces measures the same thing.
				// It is the figure the other replaces, not a second source's
				// figure for the same thing: its measure says so, and the
				// two are never set against each other as a conflict.
				replaced := map[bool]string{true: "remplacé", false: "replaced"}[a.Lang == "fr"]
				c.Measure, c.What, c.Unsure = base.Measure+", "+replaced, base.What+" ("+replaced+")", base.Unsure
				c.Reasons = append(c.Reasons[:0], "measure: that of the figure it stands instead of, replaced by it")
			}
			if prevFigure != nil && !prevFigure.Unsure && prevFigure.Subject != "" && restates(toks, r.at) && n.TokStart-prevEnd <= 8 &&
				(r.subject == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromPlace) {
				// "la suppression de 4 500 emplois en Allemagne, soit 8 % de
				// ses effectifs": the figure says the one before again, of
				// the same subject.
				r.subject, r.how = prevFigure.Subject, fromRestated
			}
			if prev := measureNoUnit(prevFigure); prevFigure != nil && restates(toks, r.at) && n.TokStart-prevEnd <= 8 && c.Unit == prevFigure.Unit &&
				slices.ContainsFunc(strings.Fields(lexis.Fold(prev)), func(w string) bool { return resultMeasures[w] }) {
				// "Net income climbed to $610 million, or 83 cents a share":
				// the result before it, for each share (not a price).
				for _, w := range []string{"price per ", "prix par "} {
					if rest, ok := strings.CutPrefix(c.Measure, w); ok {
						c.Measure = prev + w[len(w)-5:] + rest
					}
				}
			}
			if prev := measureNoUnit(prevFigure); prev != "" && n.TokStart-prevEnd <= 10 && reachedAfterChange(toks, prevEnd, r.at) {
				// «Le chiffre d'affaires a progressé de 9 % pour atteindre
				// 75,6 milliards d'euros», "revenue rose 9% to reach $5
				// billion": the level the change brought the same thing to.
				for _, ch := range []string{"rise", "fall", "change", "hausse", "baisse", "variation"} {
					prev = strings.TrimSuffix(prev, " "+ch) // the level, not the move: "demandeur", not "demandeur hausse"
				}
				c.Measure, c.What = prev, prevFigure.What
				if r.subject == "" && prevFigure.Subject != "" {
					r.subject, r.how = prevFigure.Subject, fromChangeOf
				}
				if c.Unit != "" && !strings.HasSuffix(c.Unit, "%") {
					c.Measure += " (" + c.Unit + ")"
				} else if c.Unit == "%" {
					c.Measure += " (%)"
				}
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "measure:") {
						c.Reasons[i] = "measure: that of the change told just before, the level it reached"
					}
				}
			}
			fromBase := prevFigure // the level a "from" amount is the start of
			if fromBase != nil && n.TokStart-prevEnd > 6 || fromBase != nil && fromBase.Unit != c.Unit {
				// "Net income rose to $3.4 billion, or 92 cents per share,
				// in the three months ended Sept. 30, from $3.04 billion":
				// the level in its unit the sentence moved to, further back.
				fromBase = nil
				for k := len(out) - 1; k >= first && r.at > 0 && toks[r.at-1].Fold == "from"; k-- {
					if b := &out[k]; b.HasValue && b.Unit == c.Unit && !strings.Contains(b.Measure, " per ") && !strings.Contains(b.Measure, " par ") &&
						n.TokStart-tokenAt(toks, b.ValueSpan.End) <= 25 && fromTo(toks, tokenAt(toks, b.ValueSpan.Start)) {
						fromBase = b
						break
					}
				}
			}
			if fromBase != nil && fromBase.Measure != "" && r.at > 0 && lexis.InSet(toks[r.at-1].Fold, "from") &&
				c.Unit != "" && strings.TrimLeft(fromBase.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") && !strings.HasSuffix(c.Unit, "%") && fromTo(toks, tokenAt(toks, fromBase.ValueSpan.Start)) {
				// (an amount in a unit, not "677 orders from 47 customers")
				// "a rise in the minimum pension to 700 euros a month from
				// 620 euros": the level the change started from, of the
				// same thing.
				c.Measure, c.What = fromBase.Measure, fromBase.What
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "measure:") {
						c.Reasons[i] = "measure: that of the level told just before, the one it went from"
					}
				}
				if fromBase.revised {
					// "cut her Brent forecast to $68 from $74": the
					// forecast before, of the same thing, by the same.
					r.subject, r.how, c.revised = fromBase.Subject, fromForecastOf, true
					if c.SaidBy == "" {
						c.SaidBy, c.SaidByText = fromBase.SaidBy, fromBase.SaidByText
					}
					c.Measure, c.What = previousMeasure(c.Measure, a.Lang), previousMeasure(c.What, a.Lang)
				}
			}
			if prevFigure != nil && prevFigure.Subject != "" && !prevFigure.Unsure && strings.TrimLeft(c.Unit, "+−") == strings.TrimLeft(prevFigure.Unit, "+−") &&
				contestedBetween(toks, prevEnd, n.TokStart) && r.how != fromClause {
				// «le trafic a chuté de 6 %, un chiffre contesté par la
				// direction, qui parle d'une baisse de 2 %», "a figure the
				// company disputed, putting…": the other side's figure for
				// what the disputed one is of.
				r.subject, r.how = prevFigure.Subject, fromRestated
			}
			if prevFigure != nil && prevFigure.Subject != "" && otherSourceFigure(toks, r.at, r.after, prevEnd) && (c.Unit == "" || c.Unit == prevFigure.Unit) {
				// "le cortège a réuni 9 500 manifestants selon la préfecture
				// de police, 35 000 selon les organisateurs": another
				// source's figure for the same thing (as sure as it).
				r.subject, r.how = prevFigure.Subject, fromRestated
				c.Measure, c.What, c.Unit, c.Unsure = prevFigure.Measure, prevFigure.What, prevFigure.Unit, prevFigure.Unsure
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "measure:") {
						c.Reasons[i] = "measure: that of the figure before it, which another source gives otherwise"
					}
				}
			}
			if enAt >= 0 {
				// «Les manifestants étaient 8 000 selon la préfecture, la
				// CGT en revendiquait 20 000», «la direction n'en reconnaît
				// que 38»: the source before «en» counts again what the
				// figure before counts.
				r.subject, r.how, againOf = enBase.Subject, fromRestated, enBase
				if pl := x.openingPlace(s); pl != "" && nameKey(pl) != nameKey(enBase.Subject) && x.reg.kind(nameKey(enBase.Subject)) == KindPlace {
					// «À Marseille, la préfecture a dénombré 12 000
					// manifestants. À Lyon, la police en a compté 18 000»:
					// the same count, of the place this sentence opens on.
					r.subject, r.how = pl, fromPlace
				}
				c.Measure, c.What, c.Unit, c.phrase, c.Unsure = enBase.Measure, enBase.What, enBase.Unit, "", enBase.Unsure
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
				if restating {
					c.Reasons = append(c.Reasons, "measure: that of the figure before it, which «"+toks[enAt].Text+"» gives as another source's own")
				} else {
					c.Reasons = append(c.Reasons, "measure: that of the figure before it, which the source before «en» gives otherwise")
				}
			}
			if prevFigure != nil && prevFigure.Subject != "" && !prevFigure.Unsure && r.subject != prevFigure.Subject && makingIt(toks, n.TokStart) {
				// "Thailand's exports fell 24% in 2025, the association
				// said, making it the third-largest exporter": "it" is what
				// the sentence's figure before is of, not the speaker.
				r.subject, r.how = prevFigure.Subject, fromPronoun
			}
			if guessedSubject(r) || standingRank(toks, n) && apposedAt(toks, ps.tags, n.Span) {
				// (a standing in an apposition is the name's it follows,
				// whatever the clause's subject: "Justice Okonjo said that
				// Brackwell, Britain's fourth-largest oil producer, had…")
				if name := x.nameBeforeApposition(s, ps, n); name != "" {
					// "la Polonaise Agnieszka Radwanska, 3e au classement
					// WTA, a…": the name the figure's apposition qualifies.
					r.subject, r.how = name, fromApposed
				}
			}
			if ordinalCount && lexis.InSet(toks[n.TokStart-1].Fold, "son", "sa", "his", "her") && x.lastPerson.key != "" && x.lastPersonIn >= si-2 && guessedSubject(r) {
				// "Serena Williams a remporté le tournoi. Il s'agit de son
				// quatorzième titre": the person the possessive stands for.
				r.subject, r.how = x.reg.display(x.lastPerson.key), fromPossessive
			}
			if x.narrVoter != "" && x.sentIndex-x.narrAt == 1 && tallyMeasure(c.Measure) && (r.subject == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromPhrase) {
				// "The U.S. Senate on Wednesday passed a bill… The measure
				// passed 64-35, with 17 Republicans joining": the body that
				// voted, not a name after the tally nor the measure voted.
				r.subject, r.how = x.narrVoter, fromVoter
			}
			if r.subject == "" && x.statPlace != "" && x.sentIndex-x.statPlaceAt <= 2 && nationalStatistic(c.Measure) {
				// "Inflation in Norland rose to 3.1%. Food prices rose 3.4%":
				// the country the statistics before are of.
				r.subject, r.how = x.statPlace, fromStatPlace
			}
			if r.how == fromPlace && nationalStatistic(c.Measure) {
				x.statPlace, x.statPlaceAt = r.subject, x.sentIndex
			}
			counterSaid := "" // who counts the figure, when it is another's
			if owner, counter := x.countedFor(s, ps, r, n, cited); owner != "" {
				// "Aviation authority Avinor counted 590,000 SkyFjord
				// passengers in April", «l'institut AAA Data recense 37 600
				// immatriculations Renault»: the name inside what is
				// counted owns the count; who counts it says it.
				r.subject, r.how = owner, fromClause
				counterSaid = counter
			}
			if site := ps.workplaceOf(x.art.Text, r); site != "" && (r.how == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromTopic) {
				// "About 2,300 workers at the Antamarca copper mine walked
				// off the job": the people of a site the clause names, not
				// a name the passage holds elsewhere.
				r.subject, r.how = site, fromWorkplace
			}
			if owner := x.cutAtOwner(s, ps, r, cited); owner != "" && (r.how == fromClause || r.how == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromTopic || r.how == fromAnaphor) && nameKey(owner) != nameKey(counterSaid) {
				// "The union said 1,100 jobs had been cut at the company's
				// call centres": the jobs of the organisation whose site
				// they were cut at, not of who tells of it.
				r.subject, r.how = owner, fromWorkplace
			}
			if event := ps.attendedEvent(x.art.Text, r); event != "" {
				// "Organisers said about 8,000 people attended the rally",
				// «12 000 personnes ont participé à la manifestation»: a
				// crowd is the event's it gathered for.
				r.subject, r.how = event, fromAttended
			}
			if estimator == "" && !n.Ordinal && !(sp.key != "" && sp.key == x.focus && !publicBodyName(x.reg.display(sp.key)) && !statisticsName(x.reg.display(sp.key))) && (r.subject == "" || (r.how == fromPassage || r.how == fromPassageAmbiguous) && sp.key != "" && nameKey(r.subject) == sp.key || r.how == fromTopic && (ps.marketPhrase(x.art.Text, r) != "" || ps.scopePhrase(x.art.Text, r) != "") ||
				(r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromTopic) && ps.commodityPhrase(r) >= 0) {
				// (and "The global semiconductor market is expected to
				// shrink 10.3%": a market is no company's, whatever the
				// article is about)
				// (not "Andes Copper said that copper production fell 7%"
				// in an article about Andes Copper: a company's own
				// measure, not a body's or a statistics office's report;
				// nor an ordinal, «pour la première fois»)
				// "Building permits rose 2.5%", "Groundbreaking fell 3.7%,
				// the Census Bureau said": the thing its clause's subject
				// names, which no entity is said to own (not its source).
				thing := ps.thingSubject(x.art.Text, r, x.initialOnly(toks))
				if thing == "" && r.how == fromTopic {
					thing = ps.marketPhrase(x.art.Text, r)
				}
				if thing == "" && r.how == fromTopic {
					thing = ps.scopePhrase(x.art.Text, r)
				}
				if k := ps.commodityPhrase(r); thing == "" && k >= 0 {
					thing = toks[k].Text // "…and zinc added 1.1%"
				}
				if thing == "" && (r.how == fromPassage || r.how == fromPassageAmbiguous) && x.reg.kind(sp.key) == KindPerson && nameKey(r.subject) == sp.key && sp.span.Start > n.Span.End &&
					!slices.ContainsFunc(x.quotes, func(q Span) bool { return q.Start <= n.Span.Start && n.Span.End <= q.End }) {
					// "Under the plan, compensation will rise to 25% of the
					// ticket price, transport secretary Daniel Reeve said":
					// the thing, even a bare noun, rather than the one who
					// speaks of it; whose thing it is no word says, so it
					// stays off the timeline.
					if thing = ps.bareThing(x.art.Text, r); thing != "" {
						c.Unsure = true
					}
				}
				if thing != "" {
					r.subject, r.how = thing, fromThing
					c.thing = true
					if u := strings.TrimLeft(c.Unit, "+−"); u != "" && u != "%" && r.verb >= 0 && r.verb < n.TokStart && ps.tags[r.verb] == syntax.VERB && !stateVerbs[toks[r.verb].Fold] &&
						!movedOrReached(toks[r.verb].Fold) && slices.ContainsFunc(c.Reasons, func(why string) bool {
						return strings.HasPrefix(why, "measure: the subject of its clause, «") && strings.HasSuffix(why, "»")
					}) {
						// "dairy farms earned an average of 71,500 euros": the
						// amount its verb states of the thing, not the thing
						// (not "Average farm income fell 4.2% to 26,400 euros":
						// what moved is the measure).
						c.Measure, c.What = toks[r.verb].Fold+" ("+u+")", toks[r.verb].Text
						c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
						c.Reasons = append(c.Reasons, "measure: the amount its verb «"+c.What+"» states of its subject")
					}
					if ch := changeMeasure(c.Unit, a.Lang); c.Unit == "+%" || c.Unit == "−%" {
						// ("the volatile multi-family segment dropped 9.2%":
						// the segment's fall, not the segment)
						m, unit, _ := strings.Cut(c.Measure, " (")
						if m != ch && !strings.HasSuffix(m, " "+ch) {
							c.Measure = m + " " + ch
							if unit != "" {
								c.Measure += " (" + unit
							}
						}
					}
				}
			}
			countedAt := "" // the place a body's count of things is of: «La LPO a recensé 430 oiseaux mazoutés en Vendée»
			if r.verb >= 0 && r.verb < n.TokStart && countedBy(toks, r.verb) && !strings.HasPrefix(toks[r.verb].Fold, "revendiqu") && r.noun >= 0 {
				countedAt = x.placeUntil(s, ps, r.verb, r.after, ps.wholeClauseEnd(r.verb))
				if countedAt == "" && r.noun+1 < len(toks) && toks[r.noun+1].Text == "à" {
					countedAt = x.placeRightAfter(s, ps, r.noun+1) // «4 500 manifestants à Nantes»
				}
			}
			counted := r.verb >= 0 && countedBy(toks, r.verb) && (countsPeople(toks, r, n) || countedAt != "")
			if r.subject != "" && (r.how == fromClause || r.how == fromGroup || r.how == fromPhrase || r.how == fromPassage || r.how == fromTopic) && (reportedCount(toks, ps, n.TokStart) || counted) &&
				!ownRelativeClaim(toks, n.TokStart) {
				// (not «Le Puy du Fou, qui revendique 2,8 millions de
				// visiteurs, arrive en troisième position»: its own count of
				// itself)
				// «Les archives de la Marine avancent pour leur part le
				// chiffre de 180 morts», «les secours avaient fait état de
				// deux morts»: a source's count, not the source's own
				// figure; it is of what the article counted before with
				// that measure, else of no one the clause names.
				// (the article's organisation, which the clause does not
				// name, stays when nothing was counted so before)
				source := r.subject
				base := enBase // the figure of the sentence or of the one just before
				ownPlace := counted && x.placeBefore(s, ps, r.verb) != ""
				if before := countedBefore(out, c.Measure, r.subject); before != "" && !ownPlace {
					// (not «À Paris, … 28 000 manifestants. À Marseille, la
					// préfecture a dénombré 9 500 manifestants»: a place of
					// its own)
					r.subject, r.how = before, fromReported
				} else if counted && !ownPlace && base != nil && base.Subject != "" && base.Subject != source && strings.TrimLeft(base.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") {
					// «27 % des personnels ont cessé le travail mardi, selon
					// l'intersyndicale. Le ministère a pour sa part recensé
					// 11,4 % de grévistes»: the source's count of those the
					// figure just before counted.
					r.subject, r.how, againOf = base.Subject, fromReported, base
				} else if place := x.placeBefore(s, ps, r.verb); counted && (place != "" || countedAt != "") && nameKey(place+countedAt) != nameKey(source) && x.reg.kind(nameKey(source)) != KindPerson {
					// «Dans le Gers, la préfecture a recensé 640 évacués»,
					// «L'Onem recensait 312 000 demandeurs d'emploi en
					// Wallonie»: the place the count is of, by the body
					// that counts.
					if place == "" {
						place = countedAt
					}
					r.subject, r.how = place, fromPlace
				} else if place := placeOfAuthority(source); counted && place != "" && countsPeople(toks, r, n) {
					// «La préfecture de la Haute-Garonne a dénombré 3 200
					// manifestants»: the place of the authority that counts.
					r.subject, r.how = place, fromPlace
				} else if counted {
					source = r.subject // (a count of no one told before: the source's own, as before)
				} else if r.how != fromTopic || r.verb >= 0 && ps.subjectNames(x.art.Text, r.verb, r.subject) {
					r.subject, r.how = "", ""
				}
				if r.subject != source && c.SaidBy == "" && !(r.verb >= 0 && r.verb < n.TokStart && slices.ContainsFunc(toks[r.verb+1:n.TokStart], func(t lexis.Token) bool {
					return lexis.InSet(t.Fold, "tandis", "while", "whereas", "quand", "alors")
				})) {
					// (not «la préfecture a dénombré 3 200 manifestants,
					// tandis que la FNSEA en revendique … 8 000»: another
					// clause's count, whose source is its own)
					c.SaidBy = source // who gives the count, whoever it is of
				}
			}
			if counterSaid == "" && r.verb >= 0 && r.verb < n.TokStart && tallyVerbs[toks[r.verb].Fold] && (r.how == fromClause && x.reg.kind(nameKey(r.subject)) == KindOrg ||
				r.how == fromGroup && r.subject != "" && strings.Contains(a.Text[s.span.Start:toks[r.verb].Start], r.subject)) {
				// «Le ministère a recensé 18,5 % de grévistes parmi les
				// enseignants du primaire»: the counting body says it; the
				// people it counts among are whom the figure is of.
				if among := ps.amongPhrase(x.art.Text, n.TokEnd); among != "" {
					counterSaid = r.subject
					r.subject, r.how = among, fromPhrase
				}
			}
			if r.how == fromGroup && c.SaidBy == "" {
				// "Ukraine's agriculture ministry lowered its grain harvest
				// forecast to 56 million tonnes": a country's body speaks
				// of the country's figure.
				for _, poss := range []string{"'s ", "’s "} {
					if owner, body, ok := strings.Cut(r.subject, poss); ok && body != "" && x.reg.kind(nameKey(owner)) == KindPlace {
						c.SaidBy, c.SaidByText = r.subject, r.subject
						r.subject, r.how = owner, fromOwner
						c.Reasons = append(c.Reasons, "said by: the country's body that tells it, «"+c.SaidBy+"»")
						break
					}
				}
			}
			if beside := ps.besideRanked(x.art.Text, n.TokStart); beside != "" && !(r.subject != "" && strings.Contains(beside, r.subject)) && strings.HasSuffix(c.Unit, "%") {
				// «ont progressé de 7 %, devant les Allemands, en recul de
				// 2 %», "followed by Chinese visitors at 7%": the change of
				// the group the figure is set beside.
				r.subject, r.how = beside, fromApposed
			}
			if c.Unit == "%" && (r.subject == "" || (r.how == fromClause || r.how == fromGroup || r.how == fromName) && r.verb >= 0 && r.verb < n.TokStart && lexis.IsSpeechVerb(toks, r.verb)) {
				// "The education ministry said 24.6% of primary school
				// teachers were on strike": the share of the group, which
				// its speaker gives, not the speaker's own.
				if group := ps.shareOfGroup(x.art.Text, n.TokEnd); group != "" {
					r.subject, r.how = group, fromPhrase
				}
			}
			if base := enBase; againOf == nil && base != nil && base.HasValue && base.Subject != "" && !base.Unsure && r.how == fromClause && r.subject != "" && base.Subject != r.subject &&
				c.SaidBy == "" && strings.TrimLeft(base.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") && c.Unit != "" && ownFigureFor(toks, r.verb, n) {
				// «La BNB tablait sur un taux moyen de 5,7 % pour 2026. Le
				// Bureau fédéral du Plan retient pour sa part 5,9 %»:
				// another source's figure for what the one before
				// measures, not a figure of its own.
				source := r.subject
				r.subject, r.how, againOf = base.Subject, fromReported, base
				c.Measure, c.What = base.Measure, base.What
				c.SaidBy = source
				c.Reasons = append(c.Reasons, "subject and measure: those of the figure before it, which «"+source+"» puts otherwise")
			}
			if base := enBase; againOf == nil && base != nil && base.HasValue && base.Subject != "" && !base.Unsure && base.Metric != MetricRank &&
				strings.TrimLeft(base.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") {
				if v := colonRestating(toks, ps.tags, n); v >= 0 {
					// «Les constructeurs ont vendu 41 200 voitures, selon la
					// PFA. L'institut AAA Data avance un chiffre légèrement
					// différent : 37 600 voitures»: the source before the
					// colon counts again what the figure before counts.
					from := enSourceStart(toks, v)
					own := x.resolveSpeaker(toks, from, v, true)
					if own.key == "" {
						own = bodyWords(toks, from, v, a.Text)
					}
					if own.key != "" && nameKey(x.reg.display(own.key)) != nameKey(base.Subject) {
						r.subject, r.how, againOf = base.Subject, fromRestated, base
						c.Measure, c.What, c.Unsure = base.Measure, base.What, false
						sp = own
						c.SaidBy = ""
						c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") || strings.HasPrefix(r, "subject:") })
						c.Reasons = append(c.Reasons, "subject and measure: those of the figure before it, which the source before the colon gives otherwise")
					}
				}
			}
			weak := r.how == fromPlace && prevFigure == nil ||
				casualties(c.Measure) && (r.how == fromPlace || r.how == fromPassage || r.how == fromPassageAmbiguous) // ("…as a Category 3 storm, killing at least six people")
			if weak && r.verb >= 2 && toks[r.verb-1].Text == "," && a.Lang != "fr" && strings.HasSuffix(toks[r.verb].Fold, "ing") {
				// "broke the world record in Budapest on Saturday,
				// clocking 28 minutes 54.14 seconds": a participle after a
				// comma goes on with its sentence's subject, not the place
				// the clause before names.
				for v := r.verb - 2; v >= 0; v-- {
					if ps.tags[v] == syntax.VERB && !ps.participle(v) {
						if sa, sb, how := ps.subjectBefore(v, ps.clauseStart(v)); how == fromClause {
							if d, _ := x.entityOf(s, ps, sa, sb, how, cited); d != "" {
								r.subject, r.how = d, fromGoesOn
								c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "subject:") })
							}
						}
						break
					}
				}
			}
			if k := n.TokStart - 1; k >= 2 && lexis.InSet(toks[k].Fold, "of", "de", "d'") && (r.how == fromPronoun || r.how == fromClause) && x.reg.kind(nameKey(r.subject)) == KindPerson {
				// "She said fares rose 2.1%, against Irish inflation of
				// 2.6%", «face à une inflation française de 2,6 %»: the
				// country's statistic the phrase names, not the speaker's.
				h := k - 1
				if a.Lang == "fr" && h >= 1 && ps.tags[h] == syntax.ADJ {
					h-- // «une inflation française de»
				}
				if country := ps.nationalityOf(h, min(len(toks), h+3), a.Lang); country != "" {
					r.subject, r.how = country, fromPlace
					c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "subject:") })
				}
			}
			if w, open := writtenSign(toks, n); w != "" && n.Unit == "%" {
				// «porté par le Brésil (+7,8 %)», "led by Brazil (+7.8%)":
				// the change of the place or organisation the brackets
				// follow.
				for _, m := range s.mentions {
					if k := x.reg.kindOf(&m); m.end == open && !m.common && (k == KindPlace || k == KindOrg) {
						r.subject, r.how = x.reg.display(m.key), fromApposed
						c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "subject:") })
						if m, _, _ := strings.Cut(c.Measure, " ("); lexis.InSet(m, "hausse", "baisse", "variation", "rise", "fall", "change") {
							c.Measure = changeMeasure(c.Unit, a.Lang) + " (%)" // its own way, not the figure's before
						}
						break
					}
				}
			}
			c.Subject = r.subject
			if w := x.watcherSubject(c.Subject, c.Measure); w != "" && expected.text == "" {
				// (observers' expectations are read below)
				// "Consultancy GrainScope said it expected a harvest of 30.8
				// million tonnes", «Le cabinet d'études Vélomètre table sur
				// une croissance de 3 à 5 %»: a firm that watches others
				// puts the figure on what the article is about; it says it,
				// the figure is not its own.
				if c.SaidBy == "" {
					c.SaidBy, c.SaidByText = x.reg.display(nameKey(c.Subject)), c.Subject
				}
				if w != "?" { // (what it watches, when no word says, stays as read)
					if r.how == fromPassageAmbiguous || r.how == fromContext {
						c.Unsure = true // (the firm was a guess: so is what it watches)
					}
					c.Subject, r.subject, r.how = w, w, fromWatched
					c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "subject:") })
				}
			}
			if c.timeMeasured {
				// "The median age of production workers … has risen to 51
				// years": what the length of time measures is of, as
				// written; a guess is no better than none.
				if subj := ps.timeSubject(a.Text, n); subj != "" {
					c.Subject, r.subject, r.how = subj, subj, fromPhrase
				} else if r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromMainCountry || r.how == fromContext {
					c.Unsure = true
				}
			}
			if c.standing && c.Subject != "" && n.TokStart >= 2 && lexis.InSet(toks[n.TokStart-1].Text, "'s", "’s") &&
				strings.HasSuffix(lexis.Fold(strings.TrimSpace(a.Text[toks[max(0, n.TokStart-4)].Start:toks[n.TokStart-2].End])), lexis.Fold(c.Subject)) {
				// "The miner is Chile's second-largest copper producer":
				// the possessive says among which it ranks; who ranks is
				// not read.
				c.Subject, r.subject, r.how = "", "", ""
			}
			if speakersCount {
				c.Subject, r.subject, r.how = "", "", ""
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
			}
			if (r.how == fromPassage || r.how == fromPassageAmbiguous) && marketVenue(c.Subject) && r.verb > 0 && x.focus != "" && x.reg.kind(x.focus) == KindOrg {
				// «En Bourse, le titre gagnait 4,6 %», "On the Nasdaq, the
				// shares rose 3%": the article's company's shares, not the
				// market they trade on.
				if h := ps.subjectHead(r.verb, ps.clauseStart(r.verb)); h >= 0 && lexis.InSet(toks[h].Fold, "titre", "action", "actions", "shares", "stock", "share") {
					c.Subject, r.subject, r.how = x.reg.display(x.focus), x.reg.display(x.focus), fromTopic
				}
			}
			if (c.Subject == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromTopic && x.focusIn >= leadSentences) && r.verb > 0 && r.verb < n.TokStart {
				// (and the article's main organisation when the article
				// names it only further on: «les ventes d'électriques» in a
				// story on a market that names a carmaker later)
				// «Les ventes de chaussures ont reculé de 3,1 %», «Les cours
				// du beurre ont chuté de 18 %», "Sales of used cars fell":
				// what is sold or priced, a thing no organisation owns.
				k := ps.clauseStart(r.verb)
				for k < r.verb && (ps.tags[k] == syntax.DET || ps.tags[k] == syntax.ADJ) {
					k++
				}
				if k+2 < r.verb && tradedMeasures[toks[k].Fold] && lexis.InSet(toks[k+1].Fold, "de", "du", "des", "d'", "of") && !toks[k+2].Upper() &&
					(ps.tags[k+2] == syntax.NOUN || ps.tags[k+2] == syntax.DET && ps.tags[k+3] == syntax.NOUN && !toks[k+3].Upper()) && !companyWords[toks[k+2].Fold] && !companyWords[lexis.FoldAt(toks, k+3)] {
					b, e := k+2, k+2
					if ps.tags[b] == syntax.DET {
						e++
					}
					for e < r.verb && e-b < 6 && (ps.tags[e] == syntax.NOUN || ps.tags[e] == syntax.ADJ) && !toks[e].Upper() && !ps.inDate(e) {
						e++
					}
					if e > b && (ps.tags[e-1] == syntax.NOUN || ps.tags[e-1] == syntax.ADJ) {
						phrase := strings.TrimSpace(a.Text[toks[b].Start:toks[e-1].End])
						c.Subject, r.subject, r.how = phrase, phrase, fromPhrase
					}
				}
			}
			if c.Subject == "" {
				// Nothing in the clause or the passage names who the figure
				// is about: the set's guess stays searchable, off the timeline.
				c.Subject = x.subject(s, n.TokStart, cited)
				if c.Subject != "" && nationalStatistic(c.Measure) && x.reg.kind(nameKey(c.Subject)) != KindPlace {
					c.Subject = "" // «Le taux de chômage a reculé à 7,1 %»: no company's, whatever the article is about
				}
				c.Unsure = true
				if c.Subject == "" {
					// "Le chômage a baissé de 0,3 point": a figure no entity
					// of the article is named for stays searchable, off the
					// timeline.
					c.Reasons = append(c.Reasons, "subject: no entity the article names; kept for search, off the timeline")
				} else {
					c.Reasons = append(c.Reasons, "subject: no entity in the clause or the passage; guessed from the article")
				}
			} else {
				c.Reasons = append(c.Reasons, "subject: "+r.how)
				if r.how == fromPassageAmbiguous || r.how == fromContext && !x.said[c.Subject+"\x00"+c.Measure] && !(casualties(c.Measure) && x.reg.kind(nameKey(c.Subject)) != KindPerson) {
					// (a disaster's dead go on from the sentence before, not
					// a person's: «… a annoncé Jean-Pierre Farandou. 3 200
					// personnes ont été tuées sur les routes»)
					c.Unsure = true
				}
				if r.how == fromTopic && (x.reg.kind(nameKey(c.Subject)) == KindPlace || gazetteer.IsPlaceName(c.Subject)) {
					// "Ce spectacle … a nécessité plus de 800 comédiens" in
					// an article about Algeria: the place the article is
					// about owns none of its things' figures.
					c.Unsure = true
					c.Reasons = append(c.Reasons, "subject: the place the article is about, not said to own the figure; a guess")
				}
				if (r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromOwner && gazetteer.IsPlaceName(c.Subject)) && existential(toks, n.TokStart) {
					// "announced that there were 3,800 attendees", "il y a
					// 300 magasins en France": a clause that names no one;
					// the entity the passage names, or the place, is a
					// guess. ("There are 500 Apple engineers" names its
					// own.)
					c.Unsure = true
					c.Reasons = append(c.Reasons, "subject: its clause («there were», «il y a») names no one")
				}
				if r.how != fromPassage && r.how != fromContext && r.how != fromPassageAmbiguous {
					x.lastSubject, x.lastSubjectAt, x.lastSubjectHow, x.lastSubjectTok = c.Subject, si, r.how, n.TokStart
					x.subjects = append(x.subjects, c.Subject)
					if x.said == nil {
						x.said = map[string]bool{}
					}
					x.said[c.Subject+"\x00"+c.Measure] = true
					saidKey = c.Subject + "\x00" + c.Measure
				}
			}
			if prevFigure != nil && c.Unit == "%" && (prevFigure.Unit == "+%" || prevFigure.Unit == "−%") && r.at == prevEnd+1 &&
				lexis.InSet(toks[prevEnd].Fold, "to", "a", "à") && c.Measure == prevFigure.Measure && c.Value > prevFigure.Value && lexis.FoldAt(toks, tokenAt(toks, prevFigure.ValueSpan.Start)-1) != "by" {
				// "expects earnings to fall 11% to 13%", "une baisse de 2 % à
				// 3 %": the top of a range moves as its bottom does (not
				// "rose by 2% to 15%": the level the change reached).
				c.Unit = prevFigure.Unit
				c.Reasons = append(c.Reasons, "measure: the top of a range of changes, «"+toks[prevEnd].Text+"» after the bottom")
			}
			if prevFigure != nil && c.Unit == "" && n.Scaled && prevFigure.HasValue && n.TokStart-prevEnd <= 12 && contrastWord(toks, prevEnd, r.at) &&
				strings.TrimLeft(prevFigure.Unit, "+−") != "" && strings.TrimLeft(prevFigure.Unit, "+−") != "%" {
				// "38 millions d'euros en 2024, contre 11 millions", "$38
				// million, compared with 11 million": the base the figure
				// is set against is in the same money.
				c.Unit = strings.TrimLeft(prevFigure.Unit, "+−")
				c.Unsure = true // (the rule below reads it with the figure before it)
				c.Metric = prevFigure.Metric
			}
			continued, changeOfPrev := false, false
			if prevFigure != nil && r.how != fromHolder && (partsOf(toks, prevEnd, n.TokStart) || prevParts && !closedBetween(toks, prevEnd, n.TokStart)) && c.Unit == prevFigure.Unit {
				// "38 membres (17 ministres, 14 secrétaires d'État…)": the
				// parts of a figure, in brackets after it, are its subject's.
				c.Subject, c.Unsure = prevFigure.Subject, prevFigure.Unsure
				r.how = fromParts
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "subject:") {
						c.Reasons[i] = "subject: " + fromParts
					}
				}
			} else if others >= 0 {
				// "a tué 15 personnes et blessé 53 autres", "killed 15
				// people and injured 53 others": the same people, and
				// what its own verb says happened to them.
				noun, _, _ := strings.Cut(prevFigure.Measure, " ")
				c.Subject, c.Unsure = prevFigure.Subject, prevFigure.Unsure
				c.Measure = noun + " " + verbLemma(pastOfPresent(toks[others].Fold, a.Lang), a.Lang)
				if n.TokEnd < len(toks) && lexis.InSet(toks[n.TokEnd].Fold, "autres", "others") {
					c.What = toks[n.TokEnd].Text
					c.phrase = x.art.Text[toks[others].Start:toks[n.TokEnd].End] // "injured 53 others"
				} else {
					// "and injuring 40", "and 200 were injured": the count
					// and its verb, as written.
					c.What = toks[others].Text
					c.phrase = x.art.Text[toks[min(others, n.TokStart)].Start:toks[max(others, n.TokEnd-1)].End]
					if others > n.TokStart {
						c.phrase = ": " + c.phrase
					}
				}
				for k := others - 1; k >= 0 && k >= others-12 && others < n.TokStart; k-- {
					if ps.tags[k] == syntax.AUX {
						// "avait tué 15 personnes et blessé 53 autres": the
						// auxiliary the two verbs share.
						c.phrase = toks[k].Text + " " + c.phrase
						break
					}
				}
				kept := c.Reasons[:0]
				for _, why := range c.Reasons {
					if !strings.HasPrefix(why, "subject:") && !strings.HasPrefix(why, "measure:") {
						kept = append(kept, why)
					}
				}
				c.Reasons = append(kept, "subject and measure: the people of the figure before it, and what its own verb «"+toks[others].Text+"» says happened to them")
			} else if prevFigure != nil && !prevFigure.Unsure && prevFigure.Subject != "" && (c.Unsure || c.Subject == "" || r.how == fromPlace && prevFigure.Subject != c.Subject) && !casualties(c.Measure) &&
				participleGoesOn(toks, ps.tags, r.verb, prevEnd, r.at) {
				// (and "broke the world record in Budapest on Saturday,
				// clocking 28 minutes 54.14 seconds": not the place the
				// clause before names)
				// "sold 13.7 million Macs last year, totaling US$22
				// billion": a participle after a comma goes on with the
				// clause before it, its subject and its time (the dead
				// and injured are the event's: see readFigure).
				c.Subject, c.Unsure = prevFigure.Subject, false
				for i, why := range c.Reasons {
					if strings.HasPrefix(why, "subject:") {
						c.Reasons[i] = "subject: that of the clause its participle «" + toks[r.verb].Text + "» goes on with"
					}
				}
				r.how, continued = fromClause, true
			} else if before := comparedFigure(out, prevFigure, r.how == fromBracketed, r.how == fromApposed && apposedScoreComma(toks, r.at) >= 0, &c, s.span.Start, a.Text[s.span.Start:s.span.End]); before != nil {
				// "avec 50,8 % des suffrages, face à Sandrine Lachat (49,2
				// %)", "ahead of Jones (48%)", «devancerait Emmanuel
				// Grégoire, crédité de 24 %»: the name's share of what the
				// figure before measures.
				c.Measure, c.What, c.Metric, c.Unsure = before.Measure, before.What, before.Metric, false
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
				c.Reasons = append(c.Reasons, "measure: that of the figure before it, which the name's in brackets is set against")
				continued = before == prevFigure // (a figure of the sentence before is no figure this one goes on with)
			} else if r.how == fromBracketed && c.Measure == "" && ps.rankedBy(r.at) >= 0 {
				h := ps.rankedBy(r.at)
				// "ranked third by Christmas sales, behind John Lewis (1.4
				// billion pounds)": what the ranking is by.
				c.Measure, c.What, c.Unsure = ps.measureAt(h, a.Lang), lowerInitial(ps.phraseText(a.Text, h), toks, a.Text), false
				if c.Unit != "" {
					c.Measure += " (" + c.Unit + ")"
				}
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
				c.Reasons = append(c.Reasons, "measure: what the ranking the name's in brackets is set in is by, «"+toks[h].Text+"»")
			} else if e := countProgress(toks, n); e > 0 {
				// "with about 89% of the expected vote tallied", «après
				// dépouillement de 90 % des bulletins»: how far the count has
				// gone, of no candidate.
				k := n.TokEnd + 1
				if lexis.InSet(lexis.FoldAt(toks, k), "the", "les", "des") {
					k++
				}
				if k < e {
					c.Subject = strings.TrimSpace(a.Text[toks[k].Start:toks[e-1].End])
					c.Reasons = append(slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") }), "subject: the count whose progress the share tells")
				}
			} else if (c.Unsure || ps.nameAtFigure(r.at) || prevFigure != nil && contrastWord(toks, prevEnd, r.at) && (r.verb >= 0 && lexis.InSet(toks[r.verb].Fold, "compared", "contre", "against") || upFrom(toks, r.at) ||
				lexis.InSet(lexis.FoldAt(toks, r.at-1), "contre", "against", "versus") && !tallyMeasure(prevFigure.Measure) && ps.votesAgainst(n.TokStart) < 0)) &&
				prevFigure != nil && (!prevFigure.Unsure || prevFigure.Subject == "" && prevFigure.Measure != "" && r.verb >= 0 && lexis.InSet(toks[r.verb].Fold, "compared", "contre", "against")) &&
				(prevFigure.Metric == c.Metric || c.Measure == "" && c.Unit == "" && prevFigure.Unit == "" && prevFigure.Measure != "" && prevFigure.Metric != MetricRank) && (!tallyMeasure(prevFigure.Measure) || tallyMeasure(c.Measure)) &&
				strings.TrimLeft(prevFigure.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") && ps.continues(prevEnd, r.at) && !ps.inScore(r.at) {
				// (nor a score's second number, "31 à 28": the other side's)
				// (not "passed 64-35, with 17 Republicans joining": a
				// tally's votes go on with no other count)
				// "Apple's iTunes held 19 percent, followed by Best Buy at 13
				// percent", "£ 0.79 per song and £ 7.99 per album", "88 %
				// …, contre 95 %": a figure with no verb of its own goes on
				// with the one before it.
				own := ownMeasure(&c) // "…, comprising 24 percent of total revenue": what it is a share of
				if own {
					c.Subject, c.Unsure = prevFigure.Subject, prevFigure.Unsure
				} else {
					// (unsure as the one before: "Turnout was 52.1%,
					// compared with 68.7%", of no entity)
					c.Subject, c.Measure, c.What, c.Unsure = prevFigure.Subject, prevFigure.Measure, prevFigure.What, prevFigure.Unsure
					c.Metric = prevFigure.Metric // («84.000 abonnés annuels, contre 69.000 il y a un an»: the users it had)
					// "to 55 euros from 38 euros", «à 14 euros contre 16
					// euros»: the forecast before, by the same forecaster.
					if c.revised = prevFigure.revised && lexis.InSet(lexis.FoldAt(toks, r.at-1), "from", "contre"); c.revised {
						if c.SaidBy == "" {
							c.SaidBy, c.SaidByText = prevFigure.SaidBy, prevFigure.SaidByText
						}
						c.Measure, c.What = previousMeasure(c.Measure, a.Lang), previousMeasure(c.What, a.Lang)
					}
					if nowAfter(s, c.ValueSpan.Start) {
						// «vise 20 % … en 2030, contre moins de 10 %
						// aujourd'hui»: the level now, no target
						for _, w := range []string{"objectif", "target", "attendu", "expected"} {
							c.Measure = strings.Replace(c.Measure, ", "+w, "", 1)
							c.What = strings.Replace(c.What, " ("+w+")", "", 1)
						}
					}
				}
				if k := r.at - 1; k > 0 && (lexis.InSet(toks[k].Fold, "at", "on", "a", "à", "pour", "for", "with", "avec") || lexis.InSet(toks[k].Text, "'s", "’s")) {
					// (and "behind Kovacevic's 33.6%": the possessive's name)
					if na, nb, ok := ps.nameAt(k - 1); ok {
						if d, _ := x.entityOf(s, ps, na, nb, fromClause, cited); d != "" {
							c.Subject = d
						}
					}
				}
				if holder := x.contrastHolder(s, ps, r, n, cited); holder != "" {
					// "won 71% of points on her first serve, against 64%
					// for Kovacs": the name after "for" holds the figure
					// set against the one before.
					c.Subject = holder
				} else if holder := x.gappedHolder(s, ps, r, n, cited); holder != "" {
					c.Subject = holder // "and the Socialists 23.4%": the name right before it
				} else if k := n.TokEnd; x.reg.kind(nameKey(prevFigure.Subject)) == KindPlace && k < len(toks) {
					if toks[k].Kind == lexis.Word && !lexis.InSet(toks[k].Fold, "a", "in", "en", "au") && k+1 < len(toks) {
						k++ // «dont 38 000 manifestants à Paris»
					}
					if place := x.placeRightAfter(s, ps, k); place != "" && place != prevFigure.Subject {
						// «212 000 manifestants dans toute la France, dont
						// 38 000 à Paris»: the part of a place's count a
						// place of its own holds.
						c.Subject = place
					}
				}
				kept := c.Reasons[:0]
				for _, why := range c.Reasons {
					if !strings.HasPrefix(why, "subject:") && (own || !strings.HasPrefix(why, "measure:")) {
						kept = append(kept, why)
					}
				}
				if own {
					c.Reasons = append(kept, "subject: that of the figure before it, which it continues without a verb of its own")
				} else {
					c.Reasons = append(kept, "subject and measure: those of the figure before it, which it continues without a verb of its own")
				}
				r.how, continued = fromClause, true
				if x.lastSubjectAt == si && x.lastSubjectTok == n.TokStart {
					x.lastSubject = c.Subject // (the subject the sentence after goes on with is the one it continues, not its clause's)
				}
				if !own && c.Unit == "%" && (prevFigure.Unit == "+%" || prevFigure.Unit == "−%") && !comparedBetween(toks, prevEnd, r.at) {
					// "ont chuté de 6,4 %, ceux des légumes de 3,1 %",
					// "dropped 2%, fixed broadband 5% and enterprise
					// services 7%": a list that leaves out its verb moves
					// the same way.
					c.Unit = prevFigure.Unit
				}
			}
			if total {
				c.Subject, c.Unsure = prevFigure.Subject, false
				if c.Metric == MetricOther {
					m, w := prevFigure.Measure, prevFigure.What
					for _, sign := range []string{"+", "−"} {
						// ("added 48,000 customers, taking its total to 1.2
						// million": the total of the customers, not of the gain)
						m = strings.TrimSuffix(m, " "+changeMeasure(sign, a.Lang))
						w = strings.TrimSuffix(strings.TrimSuffix(w, " "+changeMeasure(sign, a.Lang)), " en "+changeMeasure(sign, a.Lang))
					}
					c.Measure = m + " (total)"
					c.What, c.whatAfter, c.phrase = "total "+w, false, ""
				}
				kept := c.Reasons[:0]
				for _, why := range c.Reasons {
					if !strings.HasPrefix(why, "subject:") && !strings.HasPrefix(why, "measure:") {
						kept = append(kept, why)
					}
				}
				c.Reasons = append(kept, "subject and measure: the running total of what the figure before counts, «"+toks[n.TokStart-1].Text+"» "+n.Text)
			}
			if part {
				// "5,000 people, including 1,200 in France", "41 blessés,
				// dont 6 grièvement": a part of the figure before, of its
				// subject, measured apart so that it is never set against
				// the whole.
				c.Subject, c.Unsure = prevFigure.Subject, prevFigure.Unsure
				c.Metric = prevFigure.Metric
				words := partWords(a.Text, toks, n.TokEnd)
				if words == "" {
					words = map[bool]string{true: "dont", false: "part"}[a.Lang == "fr"]
				}
				c.Measure = prevFigure.Measure + " (" + words + ")"
				c.What = strings.TrimSpace(prevFigure.What + " " + words)
				c.whatAfter, c.phrase = prevFigure.whatAfter, ""
				c.Reasons = append(c.Reasons, "subject and measure: a part of the figure before it, "+toks[n.TokStart-1].Text+" "+n.Text)
			}
			if r.verb >= 2 && r.verb < n.TokStart && !c.Unsure && lexis.InSet(toks[r.verb-1].Fold, "have", "'ve") && lexis.InSet(toks[r.verb-2].Fold, "would", "could", "might", "should") {
				// (not French "qui aurait dérobé 2 millions": the press's
				// conditional reports an allegation as much as what would
				// have been)
				// "an amendment that would have cut funding by 15%": what
				// would have been, not what was.
				c.Unsure = true
				c.Reasons = append(c.Reasons, "measure: what would have been, not what was; kept for search, off the timeline")
			}
			if !c.Unsure && r.verb >= 1 && r.verb < n.TokStart && capacityModal(toks, r.verb) {
				// "the regulator can fine a company up to 17.5 million
				// pounds", «les navires pourront accueillir chacun 6 700
				// passagers»: what can be, a capacity or a legal bound,
				// not what was.
				c.Unsure = true
				c.Reasons = append(c.Reasons, "measure: what can be (a capacity or a bound), not what was; kept for search, off the timeline")
			}
			if forecastOf(toks, n) && !c.Unsure && !restating {
				// (not "Westline gave a lower estimate of 800,000": its
				// own count of what happened)
				// "beating analysts' forecasts of 6 million": what others
				// expected, not what the subject did.
				c.Unsure = true
				c.Reasons = append(c.Reasons, "measure: a forecast, not a result; kept for search, off the timeline")
			}
			if m, _, _ := strings.Cut(c.Measure, " ("); prevFigure != nil && prevFigure.Metric != MetricRank && strings.HasSuffix(c.Unit, "%") && !strings.HasSuffix(prevFigure.Unit, "%") &&
				(lexis.InSet(m, "hausse", "baisse", "progression", "recul", "augmentation", "diminution", "variation", "croissance", "rise", "increase", "fall", "decline", "drop", "growth", "change") ||
					lexis.InSet(m, "more", "less", "higher", "lower") && lexis.FoldAt(toks, n.TokEnd+1) == "than" && n.TokStart > 0 && toks[n.TokStart-1].Text == ",") &&
				(!prevFigure.Unsure && n.TokStart-prevEnd <= 8 && commaBetween(toks, prevEnd, n.TokStart) && c.Subject == prevFigure.Subject && !verbBetween(ps.tags, prevEnd, n.TokStart) ||
					prevFigure.Measure != "" && n.TokStart-prevEnd <= 18 && (soitChange(toks, r.at) || restates(toks, r.at) || ps.appendedChange(prevEnd, n.TokStart))) {
				// (not «…640 millions d'euros en 2023, et prévoit une hausse
				// de 6 %»: a verb of its own tells another thing)
				// "un bénéfice net de 412 millions d'euros, en hausse de
				// 8 %", «568 kilogrammes de déchets …, soit une baisse de
				// 3,4 %», "12.4 million passengers in 2018, a 7% drop": the
				// change of what the figure before measures.
				pm, _, _ := strings.Cut(prevFigure.Measure, " (")
				pm = strings.TrimSuffix(strings.TrimSuffix(pm, " change"), " variation") // "price change" of "fell $1.72": "price fall" of its "or 2.8%"
				c.Measure = pm + " " + changeMeasure(c.Unit, a.Lang) + " (" + strings.TrimLeft(c.Unit, "+−") + ")"
				c.What = strings.TrimSuffix(strings.TrimSuffix(prevFigure.What, " change"), " variation") + map[bool]string{true: " en " + m, false: " " + m}[a.Lang == "fr"]
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure: ") })
				c.Reasons = append(c.Reasons, "measure: the change of what the figure before it measures, «"+prevFigure.What+"»")
				changeOfPrev = true
				if prevFigure.Subject != "" && c.Subject != prevFigure.Subject && !prevFigure.Unsure && (x.reg.kind(nameKey(prevFigure.Subject)) != "" || r.how == fromClause && n.TokStart-prevEnd <= 3) && (r.how == fromOwner || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromTopic ||
					r.how == fromPronoun && x.reg.kind(nameKey(c.Subject)) == KindPerson && x.reg.kind(nameKey(prevFigure.Subject)) != KindPerson ||
					r.how == fromClause && n.TokStart-prevEnd <= 3 && commaBetween(toks, prevEnd, n.TokStart)) {
					// (and "Trekway, which competes with Hertz, ended the
					// quarter with 512,000 vehicles, up 3%": right after
					// its comma, the change of the figure before, not of a
					// name the clause's relative holds; "Southern Cross said
					// sales for Thursday's draw reached A$96 million, up
					// 160%": of the thing the figure before is of, too)
					// (and "He said demand peaked at 1.92 billion litres a
					// day, 20% above normal": not the speaker's)
					// "Gatwick, Britain's second-busiest airport, said it had
					// handled 46.6 million passengers, up 1.1%": the change
					// is of the figure before's subject, not of a name in
					// the clause's apposition.
					c.Subject = prevFigure.Subject
					c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject: ") })
					c.Reasons = append(c.Reasons, "subject: that of the figure before it, whose change it is")
				}
			}
			if prevFigure != nil && r.how == fromPhrase && strings.TrimLeft(c.Unit, "+−") == strings.TrimLeft(prevFigure.Unit, "+−") && ps.gappedOwner(x.art.Text, n.TokStart) != "" {
				// "Les prix des fruits ont chuté de 6,4 %, ceux des légumes
				// de 3,1 %": "ceux" stands for the prices, what the figure
				// before measured.
				c.Measure, c.Metric = prevFigure.Measure, prevFigure.Metric
				if w, _, _ := strings.Cut(prevFigure.What, " "); w != "" {
					c.What = w
				}
				c.Reasons = append(c.Reasons, "measure: that of the figure before, which «ceux», «celles» stands for")
				if strings.HasSuffix(prevFigure.Unit, c.Unit) && len(prevFigure.Unit) > len(c.Unit) {
					c.Unit = prevFigure.Unit // «ont reculé de 3,1 %, celles de prêt-à-porter de 4,6 %»: the same way
				}
			}
			gapped := false // the figure's clause left out the verb of the one before: "Lactalis a annoncé 445 euros, Sodiaal 449 euros"
			if a, b := ps.gappedName(s.nums, n.TokStart); prevFigure != nil && (b > a && r.how == fromClause || gappedHeld && r.how == fromVersus) && nameKey(r.subject) != nameKey(prevFigure.Subject) &&
				strings.TrimLeft(c.Unit, "+−") == strings.TrimLeft(prevFigure.Unit, "+−") && prevFigure.Measure != "" && prevFigure.Metric == c.Metric {
				gapped = true
				c.Measure, c.What = prevFigure.Measure, prevFigure.What
				if len(prevFigure.Unit) > len(c.Unit) {
					c.Unit = prevFigure.Unit // (and its sign: «Société générale a grimpé de 14,6 % et BNP Paribas de 11,5 %»)
				}
				c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "measure: ") })
				c.Reasons = append(c.Reasons, "measure: that of the figure before, whose verb its clause leaves out")
			}
			if prevFigure != nil && prevFigure.Measure != "" && r.at >= 1 && lexis.InSet(toks[r.at-1].Fold, "contre", "against", "versus") && c.Unit == prevFigure.Unit &&
				slices.ContainsFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "measure: a change, «") }) {
				// «Seuls 89,7 % des TER sont arrivés à l'heure en 2023,
				// contre 91,8 % en 2022»: the base measures what the
				// figure it is set against measures, no change of its own.
				c.Measure, c.What = prevFigure.Measure, prevFigure.What
				c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "measure: ") })
				c.Reasons = append(c.Reasons, "measure: that of the figure it is set against")
			}
			if !figuresRead {
				figures, figuresRead = figureStarts(toks, s.nums, s.dates), true
			}
			x.figureSource = sp.key
			x.date(&c, s, ps, statementDate, toks[n.TokStart].Start, figures)
			if c.AsOf && r.how == fromObject && x.measured.si == si-1 && !x.measured.date.IsZero() && !slices.ContainsFunc(s.dates, func(d timex.DateExpr) bool { return !d.Date.IsZero() }) {
				// "Boeing announced 35 new orders on Saturday. … these
				// orders are worth US$5.62 billion": of the time of the
				// figure that counted them, just before.
				c.Date, c.AsOf = x.measured.date, false
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
				c.Reasons = append(c.Reasons, "date: none in the passage; that of the figure just before that counted what it is of, "+c.Date.String())
			}
			x.measured = datedAt{si: -1}
			if saidKey != "" {
				if x.saidWhen == nil {
					x.saidWhen = map[string]datedAt{}
				}
				w := datedAt{si: si}
				if !c.AsOf {
					w.date = c.Date
				}
				x.saidWhen[saidKey] = w
			}
			if c.AsOf && c.DateSpan == (Span{}) && c.HasValue && !x.art.Published.IsZero() {
				if d, ok := x.periodAfterBase(s, n); ok {
					// "Housing starts fell 3.1% compared with April 2025",
					// «en recul de 2,5 % par rapport au troisième trimestre
					// 2025»: the same period, the last one over as the
					// story is written.
					c.Date, c.AsOf = d, false
					c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
					c.Reasons = append(c.Reasons, "date: the same period as the one it is set against, the last one over at publication, "+d.String())
				}
			}
			restated := againOf
			if restated == nil && r.how == fromRestated {
				restated = prevFigure
			}
			if restated != nil && c.AsOf && c.DateSpan == (Span{}) && !restated.AsOf {
				// «9 500 manifestants selon la préfecture de police, 35 000
				// selon la CGT», «La police en a compté 3 000»: another
				// source's figure for the same thing, of the same time.
				c.Date, c.DateSpan, c.AsOf = restated.Date, restated.DateSpan, false
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
				c.Reasons = append(c.Reasons, "date: that of the figure before it, which another source gives otherwise")
			}
			carriedShare := slices.ContainsFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure: that of the percentage told just before") })
			if x.shareAt == x.sentIndex && c.Unit == "%" && c.What == x.share.what && !c.AsOf && !carriedShare {
				x.share.date = c.Date // "réélu dimanche avec 58,3 % des voix": the day of the score
			} else if c.DateSpan == (Span{}) && !x.share.date.IsZero() && carriedShare {
				// "Son principal adversaire a obtenu 39,1 %": the day of
				// the score told before, not the day the results came.
				c.Date, c.AsOf = x.share.date, false
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
				c.Reasons = append(c.Reasons, "date: none in the passage; that of the percentage told just before, "+x.share.date.String())
			}
			if c.AsOf && r.how == fromDisaster && !x.disasterDate.IsZero() {
				c.Date, c.AsOf = x.disasterDate, false
				c.Reasons = append(c.Reasons, "date: none in the passage; that of the disaster told before, "+x.disasterDate.String())
			}
			if c.AsOf && (continued || instead || part || changeOfPrev || gapped) && !prevFigure.AsOf && !nowAfter(s, c.ValueSpan.Start) {
				// («un chiffre d'affaires de 640 millions d'euros l'an
				// dernier, en hausse de 6 %»: the change of a figure at its
				// time)
				// (and a part of it: «quatre ans d'emprisonnement, dont deux
				// avec sursis»)
				c.Date, c.DateSpan, c.AsOf = prevFigure.Date, prevFigure.DateSpan, false // of the same time
			} else if c.AsOf && prevFigure != nil && !prevFigure.AsOf && prevFigure.Subject == c.Subject && participleGoesOn(toks, ps.tags, r.verb, prevEnd, r.at) && !nowAfter(s, c.ValueSpan.Start) &&
				!slices.ContainsFunc(s.dates, func(d timex.DateExpr) bool { return d.Span.Start > toks[r.verb].Start }) {
				// (not "bringing its losses to $46 billion since the start
				// of 2019": a time of its own)
				// "Fernleaf sold 18.5 million shares on Wednesday evening,
				// raising $388.5 million": the participle goes on with the
				// clause before, at its time.
				c.Date, c.DateSpan, c.AsOf = prevFigure.Date, prevFigure.DateSpan, false
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
				c.Reasons = append(c.Reasons, "date: that of the clause its participle «"+toks[r.verb].Text+"» goes on with")
			}
			if c.AsOf && prevFigure != nil && !prevFigure.AsOf && reachedAfter(toks, ps.tags, prevEnd, r.at) && !nowAfter(s, c.ValueSpan.Start) {
				// "le CAC 40 cédant 1,3 % à 7 612,45 points", "fell 2% to
				// 7,612": the level the change reached, at its time.
				c.Date, c.DateSpan, c.AsOf = prevFigure.Date, prevFigure.DateSpan, false
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date: ") })
				c.Reasons = append(c.Reasons, "date: that of the change told just before, which reached it")
			}
			against := prevFigure
			if against != nil && against.Unit != c.Unit && firstFigure >= 0 {
				// "Net income climbed to $610 million, or 83 cents a share,
				// from $455 million a year earlier": the sentence's last
				// figure of the same unit is the one it is set against.
				for k := len(out) - 1; k >= firstFigure; k-- {
					if out[k].Unit == c.Unit && out[k].HasValue {
						against = &out[k]
						break
					}
				}
			}
			coordinatedBase := false
			if against != nil && firstFigure >= 0 && n.TokStart > 0 && lexis.InSet(toks[n.TokStart-1].Fold, "et", "and") && yearEarlierAt(toks, n.TokEnd) {
				// «3,27 % en mai, contre 3,34 % en avril et 3,78 % un an
				// plus tôt»: a base coordinated with another base is set
				// against the figure they both are, a year before it.
				if k := tokenAt(toks, against.ValueSpan.Start); k > 0 && lexis.InSet(toks[k-1].Fold, "contre", "against", "from", "versus", "vs") {
					for j := firstFigure; j < len(out); j++ {
						if out[j].HasValue && out[j].Unit == c.Unit && !out[j].AsOf && out[j].ValueSpan.Start < against.ValueSpan.Start {
							against, coordinatedBase = &out[j], true
							break
						}
					}
				}
			}
			yearEarlier := yearEarlierAt(toks, n.TokEnd) || baseNounYearEarlier(toks, n.TokEnd)
			if yearEarlier && against != nil && !against.AsOf && strings.TrimLeft(c.Unit, "+−") == strings.TrimLeft(against.Unit, "+−") &&
				(c.AsOf || coordinatedBase || c.Date.Compare(against.Date) == 0 && c.DateSpan.Start < toks[n.TokStart].Start || c.DateSpan != (Span{}) && tokenAt(toks, c.DateSpan.Start)-n.TokEnd <= 1 && tokenAt(toks, c.DateSpan.Start) >= n.TokEnd) {
				// (and "a year earlier" read as a year before the one
				// the article is at: the figure before it says which)
				c.Date, c.AsOf = against.Date, false
				// "121,400 in the first half, compared with 150,100 a year
				// earlier", "contre 10 210 euros un an plus tôt": the period
				// of the figure before it, a year before.
				c.Date = c.Date.ShiftYears(-1)
				c.Reasons = append(c.Reasons, yearEarlierReason)
			} else if yearEarlier && against != nil && against.AsOf && c.AsOf && c.Unit == against.Unit && !against.Date.IsZero() {
				// «devrait produire 3,9 millions d'hectolitres, contre 4,2
				// millions un an plus tôt»: as of a year before the figure
				// it is set against, itself as of its statement.
				c.Date = against.Date.ShiftYears(-1)
				c.Reasons = append(c.Reasons, yearEarlierReason)
			}
			if comparisonFigure(toks, n) && expected.text == "" {
				// "…revenue of $4 billion, up from $3.2 billion a year
				// ago": what the expectation is set against was, not expected.
				for _, e := range []string{", expected", ", attendu"} {
					c.Measure = strings.TrimSuffix(c.Measure, e)
				}
				c.What = strings.TrimSuffix(strings.TrimSuffix(c.What, " (expected)"), " (attendu)")
			}
			if enAt >= 0 && restating && toks[enAt-1].Text == "," {
				// "…, but the forestry ministry disputes that figure,
				// putting it at 19%": the subject of the clause the
				// participle hangs on.
				from := enAt - 1
				for from > 0 && toks[from-1].Text != "," && toks[from-1].Text != ";" && !lexis.InSet(toks[from-1].Fold, "but", "while", "whereas", "and", "though", "although") {
					from--
				}
				v := from
				for v < enAt-1 && !isVerb(ps.tags[v]) {
					v++
				}
				if own := x.resolveSpeaker(toks, from, v, false); own.key != "" && v < enAt-1 {
					sp = own
				} else {
					for e := from + 2; e <= v && e-from <= 4; e++ {
						if sourceBodyWord(toks[e-1].Fold) && toks[from].Fold == "the" &&
							!slices.ContainsFunc(toks[from:e], func(t lexis.Token) bool { return t.Kind != lexis.Word || t.Upper() }) {
							s := Span{Start: toks[from+1].Start, End: toks[e-1].End}
							sp = speaker{key: a.Slice(s), text: a.Slice(s), span: s, cited: true} // "forestry ministry"
							break
						}
					}
				}
			} else if enAt >= 0 {
				from := enSourceStart(toks, enAt)
				if own := x.resolveSpeaker(toks, from, enAt, true); own.key != "" {
					sp = own // (the words before «en», its source, not the one the sentence named for the figure before)
				} else if own := bodyWords(toks, from, enAt, a.Text); own.key != "" {
					sp = own // «les notaires la chiffrent à 3,5 %»: a body no entity stands for
				}
			}
			if recorder != "" {
				// "Houston: 14 inches of rain", said by the service that
				// recorded it, not "Houston: The National Weather Service
				// recorded 14 inches".
				if c.SaidBy == "" && sp.key == "" {
					c.SaidBy, c.SaidByText = recorder, recorder
				}
				c.phrase = ""
				if m, _, _ := strings.Cut(c.Measure, " ("); !weatherNouns[lexis.Fold(m)] {
					for _, t := range toks[n.TokEnd:min(len(toks), n.TokEnd+4)] {
						if weatherNouns[t.Fold] {
							c.Measure, c.What = strings.ToLower(t.Text), strings.ToLower(t.Text)
							if u := strings.TrimLeft(c.Unit, "+−"); u != "" {
								c.Measure += " (" + u + ")"
							}
							break
						}
					}
				}
			}
			if sp.key == "" && prevFigure != nil && prevFigure.SaidBy != "" && n.TokStart >= 1 && lexis.InSet(toks[n.TokStart-1].Fold, "dont", "including", "incluant") &&
				toks[n.TokStart-1].Start > prevFigure.ValueSpan.End {
				// «la CGT en a revendiqué 1,1 million, dont 250 000 dans la
				// capitale»: a part of the count before, by the same source.
				c.SaidBy, c.sourceKey, c.SaidByText, c.SaidBySpan = prevFigure.SaidBy, prevFigure.sourceKey, prevFigure.SaidByText, prevFigure.SaidBySpan
			}
			if sp.key == "" && r.verb >= 0 && r.verb < n.TokStart {
				if poll := x.pollSource(s, ps, r.verb); poll.key != "" && nameKey(c.Subject) != poll.key {
					// "A YouGov poll put Reform on 29%", «Un sondage Ifop
					// place le RN à 33 %»: the pollster's figure.
					sp = poll
					if !strings.ContainsAny(c.Unit, "+−") && (strings.HasPrefix(c.Measure, "change") || strings.HasPrefix(c.Measure, "variation") ||
						c.Unit == "%" && n.TokStart > 0 && lexis.InSet(toks[n.TokStart-1].Fold, "on", "a") && toks[n.TokStart-1].Text != "a") {
						// (and "put the Civic Union party on 29%", «place le
						// RN à 33 %»: what the poll gives it, not its noun)
						c.Measure = lexis.Fold(poll.text) + " (%)"
						c.What = strings.ToLower(poll.text)
						c.Reasons = append(slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") }), "measure: what the study «"+poll.text+"» puts the figure on")
					}
				}
			}
			if x.topCountry != "" && nationalFigure(toks, n) && nameKey(c.Subject) != nameKey(x.topCountry) {
				// "En Moselle, le taux de chômage atteignait 7,9 %, contre
				// 7,3 % en moyenne nationale", "against a national average
				// of 7.3%": the country's, not the region's (its measure and
				// date those the figure goes on with).
				c.Subject, c.Unsure = x.topCountry, false
				c.Reasons = append(slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject") }), "subject: the country the article names most, whose average the figure is")
			}
			if m, _, _ := strings.Cut(c.Measure, " ("); sp.key == "" && (r.how == fromClause || r.how == fromPronoun) && forecastHead(m) &&
				(x.reg.kind(nameKey(r.subject)) == KindOrg || x.reg.kind(nameKey(r.subject)) == KindPerson) {
				// "The Commission cut its maize forecast to 57.8 million
				// tonnes": its own forecast, which it says.
				sp = speaker{key: nameKey(r.subject), text: r.subject}
			}
			if gapped && sp.key != "" && sp.key == leadSpeaker {
				// "Lactalis a annoncé un prix de 445 euros, Sodiaal 449 euros":
				// each says its own, as the verb left out tells.
				sp = speaker{key: nameKey(r.subject), text: r.subject}
			}
			x.setSpeaker(&c, sp)
			if !gapped {
				leadSpeaker = ""
				if sp.key != "" && nameKey(c.Subject) == nameKey(x.reg.display(sp.key)) {
					leadSpeaker = sp.key
				}
			}
			if sp.key != "" && x.reg.kind(sp.key) == KindOrg {
				x.orgSpeaker, x.orgSpeakerAt = sp.key, si
			}
			if forecaster != "" && !comparisonFigure(toks, n) {
				// (not "…will slow to between 16% and 24% this year, from
				// 26% in 2024": the figure the forecast is set against)
				// A forecast is not the figure itself: its measure says
				// so, and it is never set against the figure reported.
				exp := map[bool]string{true: "attendu", false: "expected"}[a.Lang == "fr"]
				if revised != "" {
					// "cut her Brent forecast to $68": the forecast, in its words
					if _, unit, ok := strings.Cut(c.Measure, " ("); ok {
						c.Measure = revised + " (" + unit
					} else {
						c.Measure = revised
					}
				} else if c.Measure == "" {
					c.Measure = exp
				} else if !strings.HasSuffix(c.Measure, exp) {
					c.Measure += ", " + exp
				}
				if c.What != "" {
					c.What += " (" + exp + ")"
				}
				if c.SaidBy == "" {
					c.SaidBy, c.SaidByText = forecaster, forecaster
				}
				c.Reasons = append(c.Reasons, "measure: what «"+forecaster+"» forecasts with «"+toks[r.verb].Text+"», not a result")
			}
			if targetFigure(toks, ps.tags, r, n) && forecaster == "" && !comparisonFigure(toks, n) {
				// "Galaxia now aims for 4 million visitors this year",
				// «vise un chiffre d'affaires de 20 millions d'euros en
				// 2026», «un objectif de 900 millions»: a target, not a
				// result.
				tgt := map[bool]string{true: "objectif", false: "target"}[a.Lang == "fr"]
				if m, unit, ok := strings.Cut(c.Measure, " ("); c.Measure == "" {
					c.Measure = tgt
				} else if !strings.Contains(c.Measure, tgt) && ok {
					c.Measure = m + ", " + tgt + " (" + unit // "chiffre d'affaires, objectif (€)"
				} else if !strings.Contains(c.Measure, tgt) {
					c.Measure += ", " + tgt
				}
				if c.What != "" && !strings.Contains(lexis.Fold(c.What), tgt) {
					c.What += " (" + tgt + ")"
				}
				c.Reasons = append(c.Reasons, "measure: a target the text sets, not a result")
			}
			if counterSaid != "" && c.SaidBy == "" {
				c.SaidBy, c.SaidByText = counterSaid, counterSaid
				c.Reasons = append(c.Reasons, "said by: who counts it, «"+counterSaid+"»")
			}
			if estimator != "" && c.SaidBy == "" {
				c.SaidBy, c.SaidByText = estimator, estimator
				c.Reasons = append(c.Reasons, "said by: the body that estimates it, «"+estimator+"», not whose it is")
			}
			if c.SaidBy == "" && estimator == "" && r.verb >= 1 && r.verb < n.TokStart && estimateVerbs[toks[r.verb].Fold] && r.at >= 1 &&
				(lexis.InSet(toks[r.at-1].Fold, "at", "a") && toks[r.at-1].Text != "a" || r.at-1 == r.verb && lexis.InSet(toks[r.verb].Fold, "forecast", "forecasts", "projected", "projects", "estimated", "estimates")) &&
				!ps.passive(r.verb) && !lexis.InSet(toks[r.verb-1].Fold, "was", "were", "is", "are", "been", "be", "est", "sont", "ete", "etait") {
				// (not "Damage to crops was estimated at 2.4 billion pesos":
				// what is estimated, by no one named)
				// "Crestline estimates Harbor's exposure to office loans at
				// $7.4 billion, while the bank itself puts it at $6.9
				// billion": whoever puts the figure on it says it.
				if sa, sb, how := ps.subjectBefore(r.verb, ps.clauseStart(r.verb)); sb > sa {
					who, _ := x.entityOf(s, ps, sa, sb, fromClause, cited)
					if how == fromAnaphor && x.focus != "" && x.reg.kind(x.focus) == KindOrg && (companyWords[toks[sb-1].Fold] || companyKinds[toks[sb-1].Fold]) {
						// "The carmaker itself put the total number of
						// affected vehicles at 520,000": the organisation
						// the article is about, which the noun stands for
						who = x.reg.display(x.focus)
					}
					if who == "" && !toks[sb-1].Upper() && sourceBodyWord(toks[sb-1].Fold) {
						// "the interior ministry put the number of
						// demonstrators at 480,000": a body no name gives,
						// in the text's words
						a := sa
						for a < sb-1 && lexis.InSet(toks[a].Fold, "the", "le", "la", "l'", "les") {
							a++
						}
						who = x.art.Text[toks[a].Start:toks[sb-1].End]
						c.SaidBy, c.SaidByText = who, who
						c.Reasons = append(c.Reasons, "said by: who puts the figure on it, «"+who+"»")
						who = ""
					}
					if who != "" && (x.reg.kind(nameKey(who)) == KindOrg || x.reg.kind(nameKey(who)) == KindPerson || x.reg.kind(nameKey(who)) == "" && ps.properNoun(sa) || how == fromAnaphor || how == fromGroup) {
						// (its own figure too: "Corvane put the figure at
						// 1.1 million packs" is Corvane's word)
						c.SaidBy, c.SaidByText = who, who
						c.Reasons = append(c.Reasons, "said by: who puts the figure on it, «"+who+"»")
					}
				}
			}
			if officer != "" && c.SaidBy == "" {
				c.SaidBy, c.SaidByText = officer, officer
				c.Reasons = append(c.Reasons, "said by: the officer who announces it, «"+officer+"»")
			}
			if c.SaidBy == "" && (x.reg.kind(nameKey(c.Subject)) == KindOrg || x.reg.kind(nameKey(c.Subject)) == KindPerson) && (ownClaimAt(toks, s.mentions, n.TokStart, func(m mention) bool {
				return nameKey(x.reg.display(m.key)) == nameKey(c.Subject)
			}) || ownRelativeClaim(toks, n.TokStart) && r.how == fromClause) {
				// «La SNCF avance pour sa part un taux de régularité de
				// 78 %», "the club claims 40,000 members": a figure its
				// subject puts forward, which it says.
				c.SaidBy, c.SaidByText = c.Subject, c.Subject
				c.Reasons = append(c.Reasons, "said by: the one who puts the figure forward («avance», «revendique», \"claims\")")
			}
			if r.how == fromEstimated && r.verb >= 0 && r.verb < n.TokStart {
				// "Goldreef produced 1.81 million ounces. Consultancy
				// Surbiton Associates put that figure at 1.79 million
				// ounces": the source that puts the measure at the figure.
				if a0, b0, how0 := ps.subjectBefore(r.verb, ps.clauseStart(r.verb)); how0 != "" && c.SaidBy == "" {
					if d, _ := x.entityOf(s, ps, a0, b0, how0, cited); d != "" && nameKey(d) != nameKey(c.Subject) {
						c.SaidBy, c.SaidByText = d, d
					}
				}
				var named *Claim // the figure told last, which "that figure" names
				for k := len(out) - 1; k >= 0 && named == nil; k-- {
					if out[k].HasValue {
						named = &out[k]
					}
				}
				if k := r.verb + 1; named != nil && named.Measure != "" && k+1 < n.TokStart && lexis.InSet(toks[k].Fold, "that", "the", "this", "ce", "le") &&
					lexis.InSet(toks[k+1].Fold, "figure", "number", "total", "chiffre", "nombre") && !lexis.InSet(lexis.FoldAt(toks, k+2), "of", "de", "d'", "des", "du") &&
					nameKey(named.Subject) == nameKey(c.Subject) && strings.TrimLeft(named.Unit, "+−") == c.Unit {
					// (not "put the number of homeless people at": a count
					// of its own)
					// "put that figure at": the measure and the time of the
					// figure it names.
					c.Measure, c.What, c.Date, c.DateSpan, c.AsOf = named.Measure, named.What, named.Date, named.DateSpan, named.AsOf
				}
			}
			if ev, claimant := x.claimedTurnout(s, ps, r, &c, cited); ev != "" {
				// «la CGT revendiquant un taux de participation de 65 %
				// tandis que la direction l'évalue à 34 %»: each party's
				// count of the strike's turnout, the strike's.
				c.Subject, c.SaidBy, c.SaidByText = ev, claimant, claimant
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "subject:") })
				c.Reasons = append(c.Reasons, "subject: the strike or protest the sentence opens on, whose turnout «"+claimant+"» claims")
			}
			if expected.text != "" {
				// "Analysts expect Zorgon sales of $4 billion", "les
				// syndicats craignent la suppression de 8 000 postes": the
				// observers tell what they expect of someone else.
				if !expectedOwn {
					c.Subject = expected.key
					for i, why := range c.Reasons {
						if strings.HasPrefix(why, "subject: ") {
							c.Reasons[i] = "subject: the organisation the observers' expectation is about"
						}
					}
				}
				if c.Subject != "" && c.Subject != expected.text && strings.Contains(expected.text, c.Subject) {
					// "Economists at Nordea expect inflation to slow to
					// 2.5%": not the firm the observers work at, but what
					// their infinitive's clause is about; no one when it
					// names nothing.
					c.Subject = ""
					for k := ev + 1; k < n.TokStart && k <= ev+5; k++ {
						if toks[k].Fold == "to" && k > ev+1 {
							c.Subject = a.Slice(Span{Start: toks[ev+1].Start, End: toks[k-1].End})
							c.Reasons = append(c.Reasons, "subject: what the observers expect of, «"+c.Subject+"», not the firm they work at")
							break
						}
						if toks[k].Kind != lexis.Word || isVerb(ps.tags[k]) {
							break
						}
					}
				}
				if prev := measureNoUnit(prevFigure); c.Subject == "" && prev != "" && prevFigure.Subject != "" && prevFigure.Unit == c.Unit &&
					(r.verb == r.at-1 && n.TokStart-prevEnd <= 12 || expectedAfterIt && n.TokStart-prevEnd <= 24) {
					// "Its net profit came to $1.14 a share, while analysts
					// expected 77 cents": what the observers expected of the
					// figure just told.
					for _, fc := range []string{", forecast", ", prévision"} {
						prev = strings.TrimSuffix(prev, fc) // (what others expected of it, not the company's own outlook)
					}
					c.Subject, c.Measure, c.What = prevFigure.Subject, prev, strings.TrimSuffix(strings.TrimSuffix(prevFigure.What, " (forecast)"), " (prévision)")
					if c.Unit != "" {
						c.Measure += " (" + c.Unit + ")"
					}
					c.Unsure = prevFigure.Unsure
					if !c.Unsure {
						// (on the timeline, as the expectation it is)
						c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.Contains(r, "off the timeline") })
					}
					c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
					c.Reasons = append(c.Reasons, "subject and measure: those of the figure told just before, which the observers expected otherwise")
					if c.AsOf && !prevFigure.AsOf && !setAgainst(toks, prevFigure.ValueSpan.Start) && !comparisonBaseDated(prevFigure) {
						// (and its time: what was expected for the quarter)
						c.Date, c.AsOf = prevFigure.Date, false
						c.Reasons = append(c.Reasons, "date: that of the figure the observers expected otherwise, "+c.Date.String())
					}
				}
				if c.Subject == "" {
					c.Unsure = true
					c.Reasons = append(c.Reasons, "subject: no organisation the observers' expectation is about")
				}
				if !expectedNoOne {
					c.SaidBy, c.SaidByText, c.SaidBySpan = expected.text, expected.text, expected.span
					c.Reasons = append(c.Reasons, "said by: the observers who expect or fear it, «"+expected.text+"»")
				} else {
					c.Reasons = append(c.Reasons, "measure: «"+expected.text+"» of it, by no one the text names")
				}
				// An expectation is not the figure itself: its measure says
				// so, and it is never set against the figure reported as a
				// conflict.
				exp := map[bool]string{true: "attendu", false: "expected"}[a.Lang == "fr"]
				if r.verb >= 0 {
					c.Measure = strings.TrimSuffix(c.Measure, " "+toks[r.verb].Fold) // (not "iphone expect")
				}
				if c.Measure == "" {
					c.Measure = exp
				} else {
					c.Measure += ", " + exp
				}
				if c.What != "" {
					c.What += " (" + exp + ")"
				}
				c.phrase = ""
			} else if (r.how == fromClause || r.how == fromPronoun) && r.verb >= 0 && r.verb < n.TokStart &&
				slices.ContainsFunc(toks[max(0, r.verb-2):r.verb+1], func(t lexis.Token) bool { return expectVerbs[t.Fold] }) && // (and "She forecasts operating profit", its gerund read as the verb)
				x.focus != "" && x.reg.kind(x.focus) == KindOrg && (x.analyst(c.Subject) || x.outlookOfNoOnes(c, toks[r.verb])) {
				// (and any person who forecasts a company's measure no
				// one is named to own: "Morgan Stanley analyst Jane Smith
				// expects sales of $3.8 billion")
				// "Sarah Okonkwo, an analyst at Berenberg, said… She
				// forecasts operating profit growth of just 1.5% for
				// 2026": the analyst's expectation of the article's
				// company, which she tells.
				c.SaidBy, c.SaidByText = x.reg.display(nameKey(c.Subject)), c.Subject
				c.Subject = x.reg.display(x.focus)
				exp := map[bool]string{true: "attendu", false: "expected"}[a.Lang == "fr"]
				if m, u, cut := strings.Cut(c.Measure, " ("); cut {
					c.Measure = m + ", " + exp + " (" + u
				} else if c.Measure != "" {
					c.Measure += ", " + exp
				}
				c.Reasons = slices.DeleteFunc(c.Reasons, func(why string) bool { return strings.HasPrefix(why, "subject:") })
				c.Reasons = append(c.Reasons, "subject and said by: the article's organisation, which the analyst «"+c.SaidBy+"» expects it of")
			}
			if (r.how == fromPassage || r.how == fromPassageAmbiguous) && !c.Unsure && c.SaidBy != "" && c.SaidBy == c.Subject &&
				(x.reg.kind(sp.key) == KindPerson || x.reg.kind(sp.key) == KindOrg && r.verb > 0 && lexis.InSet(toks[r.verb-1].Fold, "that", "which", "qui") && !x.namedBesides(s, sp.key, c.SaidBySpan) && !reporterActs(s, c.SaidBySpan)) {
				// (and an organisation that reports it, named nowhere else
				// in the passage, when a relative pronoun is the figure's
				// subject: "Researchers at the University of Zorgford said
				// they had discovered an antibiotic that kills 99% of
				// bacteria"; not "The contract lifts Kvalsund's order
				// backlog to 4.6 billion euros, the company said", nor
				// «Netflix a annoncé mardi avoir franchi la barre des 200
				// millions d'abonnés»)
				// "Jobs announced that there were 3,800 attendees": the
				// person who reports a figure, named by no clause as its
				// subject, is a guess.
				c.Unsure = true
				c.Reasons = append(c.Reasons, "subject: the person who reports the figure, a guess")
			}
			if r.how == fromRequested && c.SaidBy == "" && r.verb > 0 {
				// «Le parquet national financier a requis mercredi quatre
				// ans d'emprisonnement contre Marc Delorme»: a penalty asked
				// for, not handed down; the side that asks says it.
				st := ps.clauseStart(r.verb)
				for _, m := range s.mentions {
					if m.tok >= st && m.end <= r.verb && !m.common && x.reg.kindOf(&m) != KindPlace {
						if d := x.reg.display(m.key); d != "" && d != c.Subject {
							c.SaidBy, c.SaidByText, c.SaidBySpan = d, m.text, Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}
						}
						break
					}
				}
				if c.SaidBy == "" {
					// "Prosecutors sought…", «Le procureur a requis…»: the
					// side named by what it is.
					e := st
					for e < r.verb && toks[e].Text != "(" && toks[e].Text != "," && !isVerb(ps.tags[e]) && ps.tags[e] != syntax.AUX {
						e++
					}
					if e > st && e-st <= 6 && slices.ContainsFunc(toks[st:e], func(t lexis.Token) bool { return prosecutionNouns[t.Fold] }) {
						phrase := strings.TrimSpace(x.art.Text[toks[st].Start:toks[e-1].End])
						c.SaidBy, c.SaidByText, c.SaidBySpan = phrase, phrase, Span{Start: toks[st].Start, End: toks[e-1].End}
					}
				}
			}
			c.srcLang = a.Lang
			c.Label = labelIn(&c, "en")
			rate(&c, r)
			out = append(out, c)
			if firstFigure < 0 {
				firstFigure = len(out) - 1
			}
			prevFigure, prevEnd, prevReplaced, prevParts = &out[len(out)-1], n.TokEnd, nil, r.how == fromParts
			if instead {
				prevReplaced = base
			}
		}
		x.respectively(out[first:], s, ps)
		out = append(out, x.contextEvents(s, statementDate)...)
		var figure *Claim
		if firstFigure >= 0 && !ps.openingPhrase(tokenAt(toks, out[firstFigure].ValueSpan.Start)) {
			// (not "Élu en 2017 avec 66 % des voix, Emmanuel Macron a
			// annoncé mardi sa candidature": the phrase before the
			// speaker's clause is not what was announced)
			figure = &out[firstFigure]
		}
		out = append(out, x.statements(s, statementDate, figure, false)...)
		out = x.clauseEvents(out, s, ps, first)
		if len(out) == first {
			// Words quoted with no day of their own, when the sentence
			// told nothing else.
			out = append(out, x.statements(s, statementDate, figure, true)...)
		}
		if c, ok := x.occasionStatement(s, out[first:]); ok {
			out = append(out, c)
		}
		levelsAfterChanges(out[first:], toks)
		x.companionDates(out[first:], toks)
		x.resultAfterResult(out[first:], s, si)
		for k := first; k < len(out); k++ {
			// What the article tells next in the past happened then:
			// "Un avion s'est écrasé le 3 juin. Il transportait 147
			// passagers", "Acme shares rose 5% on Tuesday. The Nasdaq
			// gained 2%." (a figure dated to the day dates the next
			// sentence's past as an event does).
			if c := &out[k]; c.What == "statement" && c.DateSpan.End == 0 {
				continue // (a quote given the lead's day tells no day of its own)
			}
			if c := &out[k]; c.HasValue && c.DateSpan.End > 0 && !c.AsOf && pluperfect(s.toks) {
				x.plupDate, x.plupAt = c.Date, si
			}
			if c := &out[k]; c.HasValue && c.DateSpan.End > 0 && !c.AsOf && !c.Unsure && x.art.Lang == "fr" && frenchImperfect(s.toks, ps.tags) {
				x.impfDate, x.impfAt = c.Date, si
			}
			if c := &out[k]; c.HasValue && !c.AsOf && !c.Unsure && (c.Date.Range || c.Date.Precision < PrecisionDay) && !comparisonBaseDated(c) {
				x.samePeriod, x.samePeriodAt = c.Date, si // what "over the same period" next refers to
			}
			if c := &out[k]; comparisonBaseDated(c) {
				continue // "$412 million…, from $335 million a year earlier": the base's time is not the story's
			}
			if c := &out[k]; !c.AsOf && c.Date.Precision == PrecisionDay && !c.Date.Range && !c.Date.Approx && (x.art.Published.IsZero() || !c.Date.Start.After(x.art.Published.End)) {
				// (not a day ahead: "an election for July 4. Storm Ciaran
				// killed 16 people" did not happen then)
				if !pluperfect(s.toks) {
					x.noteSubjectDay(c, si)
				}
				if x.narrAt != si {
					x.narrVoter = ""
				}
				if (x.narrAt == si || pluperfect(s.toks) || hadParticiple(s.toks)) && !x.narrDate.IsZero() && c.Date.Start.Before(x.narrDate.Start) {
					// "The STOXX 600 gained 1.4% on Tuesday, after falling
					// 0.6% on Monday": the story goes on from the
					// sentence's latest day, not the one it looks back to;
					// nor from the day a later sentence looks back to in
					// the pluperfect («La veille, l'indice avait cédé
					// 0,35 %», "the range it had set on Oct. 11").
					continue
				}
				if c.DateSpan.End > 0 && aheadTo(s.toks, c.DateSpan.Start) {
					continue // "la banque centrale devrait relever ses taux jeudi": a day ahead, no story's day
				}
				if c.DateSpan.End > 0 && slices.ContainsFunc(s.dates, func(d timex.DateExpr) bool { return d.Span == c.DateSpan && d.LooksBack() }) {
					continue // «Le ministre a jugé la veille que…»: a look back from the story's day, which goes on
				}
				if c.cited {
					continue // "according to figures released on Friday by the ZCA": the source's day, not the story's
				}
				if c.DateSpan.End > 0 && publishedOn(s.toks, c.DateSpan.Start) {
					// «selon le bilan annuel du SSMSI publié jeudi», "the
					// report, published on Tuesday": the day figures came
					// out, not the time the next ones tell of.
					continue
				}
				if !c.HasValue && slices.ContainsFunc(out[first:], func(b Claim) bool {
					return b.HasValue && !b.AsOf && !b.Unsure && b.DateSpan.End > 0 && b.Date.Precision < PrecisionDay
				}) {
					// (a reporting period, a year, a quarter, a month: not "du
					// 19 mai au 8 juin", a tournament's days)
					// «Zorgbank a annoncé mercredi un résultat net de 3,6
					// milliards d'euros pour 2025»: the day results came
					// out, whose period the next figures go on with, not
					// the day.
					continue
				}
				x.narrDate, x.narrAt, x.narrSubject = c.Date, si, c.Subject
				x.noteVoter(c, si)
				if disaster(c) && !(c.Unsure && publicBodyName(c.Subject)) { // (not a guessed source: «le premier bilan … faisait état de trois victimes», guessed the préfecture's)
					x.disasterSubject, x.disasterDate, x.disasterAt = c.Subject, c.Date, si
				}
				if x.firstDay.IsZero() {
					x.firstDay, x.firstDayAt = c.Date, si
				}
			}
			if c := &out[k]; c.HasValue && !c.AsOf && c.DateSpan.End > 0 && c.Unit != "" && c.Metric != MetricRank && (c.Date.Range || c.Date.Precision < PrecisionDay) && !c.Date.Approx &&
				!c.cited && !setAgainst(s.toks, c.ValueSpan.Start) && !(!x.art.Published.IsZero() && c.Date.End.After(x.art.Published.End)) &&
				!yearEarlierAt(s.toks, max(tokenAt(s.toks, c.DateSpan.Start), 0)) && !slices.ContainsFunc(out[first:k], func(b Claim) bool { return b.HasValue && !b.AsOf && c.Date.End.Before(b.Date.Start) }) {
				// (not «un an plus tôt, il se négociait à 1,2476 euro»: a
				// look back, whose time the next figure does not go on with;
				// nor "hit an all-time high of $4.30 in February": a record's
				// time, no period the next figure tells of)
				if m, _, _ := strings.Cut(c.Measure, " "); !levelWords[lexis.Fold(m)] && !atLevel(s.toks, tokenAt(s.toks, c.ValueSpan.Start)) {
					// (nor "the previous record of 3.0 million hectares set
					// in 2023": the record's time)
					x.unitDate, x.unitAt, x.unitUnit = c.Date, si, c.Unit
				}
			}
			if c := &out[k]; c.HasValue && !c.AsOf && c.Unsure && c.Subject != "" && c.DateSpan.End > 0 && si == 0 && x.leadPeriod.IsZero() && !x.art.Published.IsZero() && c.Metric != MetricRank &&
				c.Date.Range && c.Date.Precision < PrecisionDay && !c.Date.Approx && !c.Date.End.After(x.art.Published.End) && c.Date.End.After(x.art.Published.Start.AddDate(0, 0, -75)) &&
				!c.cited && !setAgainst(s.toks, c.ValueSpan.Start) && !beatenFigure(s.toks, c.ValueSpan.Start) {
				// "Global smartphone shipments rose 1.8% … in the second
				// quarter, according to …": the article's first sentence
				// reports a period just over, whoever the figure is of (a
				// guess here), which the figures told next in the past go
				// on with.
				x.leadPeriod, x.leadPeriodAt = c.Date, si
			}
			if c := &out[k]; c.HasValue && !c.AsOf && (!c.Unsure || c.Subject == "" && c.DateSpan.End > 0) && c.Metric != MetricRank && (c.Date.Range || c.Date.Precision < PrecisionDay) && !c.Date.Approx {
				// (and a figure whose subject is unknown, dated by its own
				// words: «Le nombre d'homicides a atteint 980 en 2024» sets
				// the period the report tells)
				// (a rank is where one stood then, not a period's total)
				if slices.ContainsFunc(out[first:k], func(b Claim) bool { return b.HasValue && !b.AsOf && c.Date.End.Before(b.Date.Start) }) {
					// "…s'établissait à 9 480 euros fin mars, loin du pic de
					// 10 850 euros atteint en 2020": an earlier figure the
					// sentence looks back to is not the period it reports.
					continue
				}
				if !x.art.Published.IsZero() && c.Date.End.After(x.art.Published.End) {
					// "a indiqué viser environ 800 livraisons en 2024": a
					// period not over when the article was written is a
					// target's, not the period of the results told next.
					x.targetAt = si
					if si < leadSentences && x.leadFuture.IsZero() && c.Date.Start.After(x.art.Published.End) && c.Date.Start.Before(x.art.Published.Start.AddDate(1, 1, 0)) {
						// (a period still going on, "en 2023" in November 2023,
						// is the one reported, no coming one)
						x.leadFuture, x.leadFutureAt = c.Date, si // (the coming period the lead sets: "cut the cod catch by 15% next year")
					}
					continue
				}
				if setAgainst(s.toks, c.ValueSpan.Start) {
					continue // "Près de 59 % des candidats ont obtenu une mention, contre 60,5 % en 2022": the base's time, not the report's
				}
				if k := tokenAt(s.toks, c.DateSpan.Start); c.DateSpan.End > 0 && k >= 0 && yearEarlierAt(s.toks, k) {
					continue // «Un an plus tôt, le litre de gazole coûtait 1,35 euro»: a look a year back, not the period the article goes on with
				}
				if lookedBack(s) {
					continue // «L'an dernier, entre mars et juin, le RevPAR avait reculé de 1,8 %»: the same, opening the sentence
				}
				if pluperfect(s.toks) && (!x.periodDate.IsZero() && si-x.periodAt <= 8 && c.Date.End.Before(x.periodDate.End) || !x.leadPeriod.IsZero() && c.Date.End.Before(x.leadPeriod.Start)) {
					continue // «En mars, l'emploi intérimaire avait déjà reculé de 4,7 %»: a look back, not the period the report goes on with
				}
				if !x.periodDate.IsZero() && si-x.periodAt <= 2 && c.Date.End.Before(x.periodDate.Start) && (x.periodThing && c.thing || c.Subject == "" || afterEarlier(s.toks, c.ValueSpan.Start)) {
					// (nor «… ont reculé de 7 %, après une hausse de 4 % en
					// 2023»: the one before it)
					// "Groundbreaking fell 3.7% last month. February's
					// figure was revised up": a figure looked back to, not
					// the period the report goes on telling.
					continue
				}
				x.periodThing = c.thing
				if x.periodDate != c.Date {
					x.periodMeasures = x.periodMeasures[:0]
					x.periodShares = x.periodShares[:0]
				}
				x.periodDate, x.periodAt, x.periodSubject, x.periodSource = c.Date, si, c.Subject, c.sourceKey
				x.periodMeasures = append(x.periodMeasures, measureHead(c.Measure))
				if c.Unit == "%" {
					x.periodShares = append(x.periodShares, measureHead(c.Measure))
				}
				within := map[bool]int{true: 400, false: 75}[c.Date.Precision == PrecisionYear && !c.Date.Range]
				if c.Date.Range && c.Date.End.Sub(c.Date.Start) > 120*24*time.Hour && within < 100 {
					within = 100 // a half-year's results, told up to three months after
				}
				if si < leadSentences && x.leadPeriod.IsZero() && !x.art.Published.IsZero() &&
					c.Date.End.After(x.art.Published.Start.AddDate(0, 0, -within)) && !beatenFigure(s.toks, c.ValueSpan.Start) {
					// (the latest period over when the article was
					// written, the one it reports: a year's within the
					// year after, another's within weeks; not "packs made
					// between June and November" in a recall story of
					// March)
					x.leadPeriod, x.leadPeriodAt = c.Date, si
				}
			}
		}
		if si < leadSentences && !x.leadDone {
			// The event the article opens with, when its first sentences
			// date no event (a figure beside it is not the news: "Mohamed
			// Morsi a été élu président avec 13 millions de voix").
			if len(out) > first {
				if c, ok := x.leadEvent(s, ps); ok && !hasEvent(out[first:]) && !figureInSubject(c, out[first:]) && !ps.reportsFigure(x.art.Text, c, out[first:]) {
					out = append(out, c)
					x.noteVoter(&c, si)
					x.noteSubjectDay(&c, si)
				}
				x.leadDone = true
			} else if c, ok := x.leadEvent(s, ps); ok {
				out = append(out, c)
				x.leadDone = true
				x.noteVoter(&c, si)
				x.noteSubjectDay(&c, si)
				if x.firstDay.IsZero() && c.Date.Precision == PrecisionDay {
					x.firstDay, x.firstAsOf, x.firstDayAt = c.Date, c.AsOf, si // the news, as of the day it was told
				}
			}
		}
		if si < leadSentences && x.leadPeriod.IsZero() && !slices.ContainsFunc(out[first:], func(c Claim) bool { return c.HasValue }) {
			if d, ok := x.changedIn(s); ok {
				// "British retail sales volumes fell unexpectedly in
				// February, official data showed on Friday": a lead that
				// tells a change over a period just over, with no figure of
				// its own; the figures told next in the past are of it.
				x.leadPeriod, x.leadPeriodAt = d, si
			}
		}
		x.noteObjects(ps, out[first:], si)
		x.noteOpeningPhrase(s, ps, si, subjectBefore, subjectBeforeAt)
		x.trackAt(s, si)
		if len(s.dates) == 0 && !x.narrDate.IsZero() && si-x.narrAt < 4 && pastClause(toks, a.Lang) && !pluperfect(toks) {
			x.pastAt = si // (read only while a story's day may go on)
		}
		s.toks = nil
	}
	x.alignHeadline(out)
	for i := range out {
		out[i].srcLang = a.Lang
	}
	return copyOf(out)
}

// verbMeasure reports whether claim c's measure is only the verb of its
// clause or a change it tells ("the amount its verb «atteindre» states",
// "a change, «jumps»"), no noun of what the figure is.
func verbMeasure(c *Claim) bool {
	for _, r := range c.Reasons {
		if strings.HasPrefix(r, "measure: the amount its verb") || strings.HasPrefix(r, "measure: a change, ") || strings.HasPrefix(r, "measure: «") {
			return true
		}
	}
	return false
}

// sameHeadlineSubject reports whether a headline's subject h and a body's
// subject b name the same thing: equal, or one the start of the other
// ("Arabica coffee" and "Arabica coffee futures", "Real" and "Real
// Madrid").
func sameHeadlineSubject(h, b string) bool {
	if h == b {
		return true
	}
	fh, fb := lexis.Fold(h), lexis.Fold(b)
	return fh != "" && fb != "" && (strings.HasPrefix(fb+" ", fh+" ") || strings.HasPrefix(fh+" ", fb+" "))
}

// alignHeadline gives a figure of the headline the date, measure and
// subject of the body's figure it restates: the same value, in the same
// unit, of the same subject ("Arabica coffee jumps 5% to nine-month high"
// and "Arabica coffee futures rose more than 5% on Monday"), so that the
// two passages make one event, dated as the body tells it, not two, one of
// them at publication.
func (x *extractor) alignHeadline(out []Claim) {
	a := x.art
	if len(x.sents) == 0 {
		return
	}
	// The headline: the first line, a sentence of its own that ends with
	// no full stop.
	head := strings.TrimSpace(a.Slice(x.sents[0].span))
	if rest := a.Text[min(x.sents[0].span.End, len(a.Text)):]; head == "" || strings.HasSuffix(head, ".") || !strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\n") && rest != "" {
		return
	}
	end := x.sents[0].span.End
	for i := range out {
		h := &out[i]
		if h.Passage.Start >= end {
			break
		}
		if !h.HasValue || h.Metric == MetricEvent || !h.AsOf {
			continue // (a headline's figure it dates itself keeps its date: "…widens to 7.1% of GDP in first ten months")
		}
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			if b.Passage.Start < end || !b.HasValue || b.Unsure || b.Metric != h.Metric || strings.TrimLeft(b.Unit, "+−") != strings.TrimLeft(h.Unit, "+−") ||
				math.Abs(b.Value-h.Value) > 0.005*math.Max(math.Abs(b.Value), math.Abs(h.Value)) || !sameHeadlineSubject(h.Subject, b.Subject) && !h.Unsure && h.Subject != "" {
				continue
			}
			if !a.Published.IsZero() && (b.Date.Start.After(a.Published.End) || b.Date.End.Before(a.Published.Start.AddDate(0, 0, -45))) {
				// (a headline tells the news: a body's figure of another
				// year, or a forecast, is not the one it restates, or its
				// date is another figure's)
				continue
			}
			if h.Unit == "" && h.Value < 10 && MeasureKey(h.Measure) != MeasureKey(b.Measure) {
				continue // ("2 plants" and "2 executives": small counts meet by chance)
			}
			h.Date, h.AsOf, h.DateSpan = b.Date, b.AsOf, Span{}
			h.Subject, h.Unsure, h.Unit, h.Metric, h.Qualifier = b.Subject, false, b.Unit, b.Metric, b.Qualifier
			// The measure: the body's, unless it is only a verb's and the
			// headline names what the figure is («creuse son déficit à 87
			// millions d'euros» and «devrait atteindre 87 millions»), which
			// the body's claim then takes; when each names a thing, each
			// keeps its own.
			switch hv, bv := h.Measure == "" || verbMeasure(h), b.Measure == "" || verbMeasure(b); {
			case hv:
				h.Measure, h.What, h.whatAfter, h.countedIn, h.phrase, h.change = b.Measure, b.What, b.whatAfter, b.countedIn, b.phrase, b.change
			case bv:
				b.Measure, b.What, b.whatAfter, b.countedIn, b.phrase, b.change = h.Measure, h.What, h.whatAfter, h.countedIn, h.phrase, h.change
				b.Reasons = append(b.Reasons, "measure: that of the headline, which names what the figure is")
				b.Label = labelIn(b, "en")
			}
			h.Reasons = slices.DeleteFunc(h.Reasons, func(r string) bool {
				return strings.HasPrefix(r, "date:") || strings.HasPrefix(r, "subject:")
			})
			h.Reasons = append(h.Reasons, "subject and date: those of the figure it restates in the body, «"+a.Slice(b.ValueSpan)+"»")
			h.Label = labelIn(h, "en")
			break
		}
	}
}

// baseNounYearEarlier reports whether "a year earlier" follows the noun
// or unit a base figure counts, from token k right after the figure:
// «contre 74 millions de tonnes un an plus tôt», "against 74 million
// tonnes a year earlier".
func baseNounYearEarlier(toks []lexis.Token, k int) bool {
	if lexis.InSet(lexis.FoldAt(toks, k), "de", "d'", "of") {
		k++
	}
	for n := 0; n < 2 && k < len(toks) && toks[k].Kind == lexis.Word && !toks[k].Upper() && (measureUnits[toks[k].Fold] != "" || strings.HasSuffix(toks[k].Fold, "s")); n++ {
		k++ // (the unit or the plural noun counted, not "50% again compared to the previous year")
		if yearEarlierAt(toks, k) {
			return true
		}
	}
	return false
}

// yearEarlierReason is the date reason of a figure set against the one
// before it a year earlier.
const yearEarlierReason = "date: the period of the figure before it, a year earlier"

// comparisonBaseDated reports whether claim c is a comparison's base, dated
// a year before the figure it is set against: its date is not the time the
// article goes on telling of.
func comparisonBaseDated(c *Claim) bool { return slices.Contains(c.Reasons, yearEarlierReason) }

// readsTags reports whether reading the claims of sentence si looks at its
// parts of speech, so that the sentences it would not are not tagged: those
// with a figure that is not a year or a date (a figure is read from its
// clause), or a date that may date the event of its clause (eventDate), or
// the opening sentences while they have given no claim (leadEvent).
func (x *extractor) readsTags(s *sentence, si int) bool {
	if si < leadSentences && !x.leadDone {
		return true
	}
	for _, n := range s.nums {
		if !n.Year && (!overlapsAny(n.Span, s.dates) || delayed(s.toks, n) || elapsedTime(n)) {
			return true // (every figure the claims read: see the loop in claims)
		}
	}
	for i := range s.dates {
		if eventDate(s.toks, &s.dates[i]) >= 0 {
			return true
		}
	}
	return len(s.dates) == 0 && (!x.firstDay.IsZero() || x.leadDone) && alsoAt(s.toks) >= 0
}

// firstWord returns the first word of text, past quotation marks and
// spaces of any kind, with its elided apostrophe ("L'", "The").
func firstWord(text string) string {
	start := strings.IndexFunc(text, unicode.IsLetter)
	if start < 0 {
		return ""
	}
	end := start
	for i, r := range text[start:] {
		if r == '\'' || r == '’' {
			return text[start:start+i] + "'"
		}
		if !unicode.IsLetter(r) {
			break
		}
		end = start + i + utf8.RuneLen(r)
	}
	return text[start:end]
}

// guessedSubject reports whether reading r found no subject, or only one
// its passage, the claim before or the article's topic suggests: one a
// rule that reads the figure's own words may replace.
func guessedSubject(r clauseReading) bool {
	return r.subject == "" || r.how == fromPassage || r.how == fromPassageAmbiguous || r.how == fromContext || r.how == fromTopic
}

// nameBeforeApposition returns the person or organisation named right
// before the comma that opens the apposition figure n begins, closed by a
// comma before its clause's verb ("Agnieszka Radwanska, 3e au classement
// WTA, a perdu"), "" when none.
func (x *extractor) nameBeforeApposition(s *sentence, p *parsed, n quantity.NumberExpr) string {
	k := n.TokStart
	if standingRank(s.toks, n) {
		// "Brackwell, Britain's fourth-largest oil producer,": past the
		// words that say among which it ranks.
		for j := k - 1; j > 0 && j >= k-5 && s.toks[j].Text != "," && !isVerb(p.tags[j]); j-- {
			if s.toks[j-1].Text == "," {
				k = j
			}
		}
	}
	if k < 2 || s.toks[k-1].Text != "," {
		return ""
	}
	closed := false // (not "Selon la revue Zorg Medicine, 41 % des filles…": a phrase set before the clause)
	for j := n.TokEnd; j < len(s.toks)-1 && j <= n.TokEnd+8; j++ {
		if s.toks[j].Text == "," {
			closed = isVerb(p.tags[j+1]) || p.tags[j+1] == syntax.AUX
			break
		}
	}
	if !closed && !n.Ordinal {
		// (a rank after a name and its comma qualifies it, closed or not:
		// "la Polonaise, 3e au classement ATP s'est ressaisie")
		return ""
	}
	for j := n.TokEnd; j < len(s.toks) && j < n.TokEnd+3; j++ {
		if f := s.toks[j].Fold; roleWords[f] != "" || titleWords[f] || lexis.InSet(f, "manager", "director", "directeur", "directrice") {
			return "" // "Scott Fancher, 787 program manager,": a role, not a figure of his
		}
	}
	for _, m := range s.mentions {
		if m.end == k-1 && !m.common {
			if slices.ContainsFunc(s.toks[max(0, m.tok-4):m.tok], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "according", "selon", "apres") }) {
				return "" // ("According to the Interior Ministry, 320,000 people marched": its source)
			}
			if kind := x.reg.kindOf(&m); kind == KindPerson || kind == KindOrg || kind == KindPlace && standingRank(s.toks, n) {
				// (a place ranks too: "Romania, the EU's 12th-largest
				// economy")
				return x.reg.display(m.key)
			}
		}
	}
	return ""
}

// apposedOpening reports whether mention m is set between commas after the
// common noun phrase its sentence opens with: "Another charity, Shelter
// Line, reported…", «Un autre groupe, Zorgon, a annoncé…».
func apposedOpening(toks []lexis.Token, m mention) bool {
	if toks == nil || m.tok < 3 || m.tok > 5 || m.end >= len(toks) || toks[m.tok-1].Text != "," || toks[m.end].Text != "," {
		return false
	}
	for k := 1; k < m.tok-1; k++ {
		if toks[k].Kind != lexis.Word || toks[k].Upper() {
			return false
		}
	}
	return toks[0].Kind == lexis.Word
}

// noteOpeningPhrase notes the organisation that the noun phrase opening
// sentence si stands for, when it is the subject of the sentence's first
// verb: "The operator blamed track works by infrastructure manager Banenet,
// which it said caused 41% of delays. It cancelled 2.7% of its departures":
// "it" is the operator, whom the sentence was about, not the organisation
// its relative clause named last.
//
// The phrase is read as it was when the sentence started (last, lastAt:
// the subject the article had made last), not after its own claims.
func (x *extractor) noteOpeningPhrase(s *sentence, p *parsed, si int, last string, lastAt int) {
	toks := p.toks
	if len(p.tags) != len(toks) || len(toks) < 3 || !lexis.InSet(toks[0].Fold, "the", "le", "la", "l'") {
		return
	}
	for v := 1; v < len(toks) && v <= 6; v++ {
		if toks[v].Kind == lexis.Punct {
			return
		}
		if !isVerb(p.tags[v]) || p.participle(v) && !(v+1 < len(toks) && (p.tags[v+1] == syntax.DET || p.tags[v+1] == syntax.NOUN || p.tags[v+1] == syntax.PROPN)) {
			continue // ("The operator blamed track works…": a participle's form, with its object after it)
		}
		a, b, how := p.subjectBefore(v, 0)
		if a != 0 && a != 1 || b != v || how != fromAnaphor && how != fromGroup && !(how == fromTopic && anaphors[toks[b-1].Fold]) {
			return
		}
		now, nowAt := x.lastSubject, x.lastSubjectAt
		x.lastSubject, x.lastSubjectAt = last, lastAt
		if d, _ := x.entityOf(s, p, a, b, how, Span{}); d != "" && x.reg.kind(nameKey(d)) == KindOrg {
			x.openingPhrase, x.openingPhraseAt = d, si
		}
		x.lastSubject, x.lastSubjectAt = now, nowAt
		return
	}
}

// eventNameAt reports whether mention m opens the name of an event («les
// Jeux olympiques», "the Olympic Games", «la Coupe du monde»): no body
// that speaks.
func eventNameAt(toks []lexis.Token, m mention) bool {
	if toks == nil || m.tok >= len(toks) {
		return false
	}
	f := toks[m.tok].Fold
	return lexis.InSet(f, "jeux", "games", "olympics", "olympiques", "championnat", "championnats", "championship", "championships", "mondial", "euro") ||
		m.end < len(toks) && lexis.InSet(toks[m.end].Fold, "olympiques", "olympic", "paralympiques", "paralympic")
}

// trackAt updates the last person and organisation named, and the one
// sentence si opens with, for pronouns.
func (x *extractor) trackAt(s *sentence, si int) {
	x.opening, x.openingAt = "", -1
	x.openingPerson, x.openingPersonAt = "", -1
	x.openingName, x.openingNameAt = "", -1
	first := firstWord(x.art.Slice(s.span))
	for _, m := range s.mentions {
		if k := x.reg.kindOf(&m); m.tok == 0 && !m.common && x.openingName == "" && (k == KindOrg || k == "") && m.end-m.tok > 1 {
			x.openingName, x.openingNameAt = x.reg.display(m.key), si // (not "Apps", "Lawyers": a noun opening a sentence)
		}
		if (m.tok == 0 || m.tok <= 3 && determiners[lexis.Fold(first)] && lowerBetween(x.art.Slice(s.span), first, m.tok) || apposedOpening(s.toks, m)) && !m.common && x.reg.kindOf(&m) == KindOrg && x.opening == "" {
			// "The Motorola ROKR pauses music…": the organisation or
			// product sentence si opens with, for an "it" in the next.
			x.opening, x.openingAt = m.key, si
		}
		switch x.reg.kindOf(&m) {
		case KindPerson:
			if p := x.reg.person(m.key, x.localPersons); p != "" {
				x.lastPerson, x.lastPersonIn = speaker{key: p, text: m.text}, si
				if (m.tok == 0 || frontedBefore(s.toks, m.tok)) && !m.common && x.openingPerson == "" {
					x.openingPerson, x.openingPersonAt = x.reg.display(p), si
				}
				if s.toks != nil && m.tok > 0 && m.tok < len(s.toks) && s.toks[m.tok-1].Text == ";" && !m.common {
					// "…sont partis des Sables d'Olonne ; Bertrand de Broc
					// est lui obligé de rentrer au port": the person the
					// sentence's last clause opens with.
					x.lastClausePerson, x.lastClausePersonAt = x.reg.display(p), si
				}
			}
		case KindOrg:
			if s.toks != nil && quotedName(s.toks, m.tok, m.end) {
				continue // "its Korean drama “Salt Moon”, the company said": a work's title in quotation marks, no organisation that speaks next
			}
			if isNationality(lexis.Fold(m.text)) || eventNameAt(s.toks, m) {
				continue // «des Belges et des Néerlandais», «les Jeux olympiques»: people of a country, an event, no organisation that speaks next
			}
			if s.toks == nil || m.tok >= len(s.toks) || !citedAt(s.toks, m.tok) && !agentOfEstimate(s.toks, m.tok) {
				// (not «selon la Dares», "according to Refinitiv": a source
				// the article cites, not what the next figures are about)
				x.lastOwnOrg = m.key
			}
			x.lastOrg, x.lastOrgIn = m.key, si
			x.lastOrgSite = s.toks != nil && m.tok < len(s.toks) && siteAt(s.toks, m)
			if s.toks != nil && m.tok < len(s.toks) && !m.common && rivalBefore(s.toks, m.tok) {
				if x.rivals == nil {
					x.rivals = map[string]bool{}
				}
				x.rivals[m.key] = true
			}
			if s.toks != nil && m.tok < len(s.toks) {
				x.lastOrgAt = s.toks[m.tok].Start
			} else {
				x.lastOrgAt = s.span.Start
			}
		}
	}
}

// quotedName reports whether the name at tokens [a, b) stands alone in
// quotation marks: a work's title ("its drama “Salt Moon”").
func quotedName(toks []lexis.Token, a, b int) bool {
	return a > 0 && b < len(toks) && openingQuotes[toks[a-1].Text] && closingQuotes[toks[b].Text]
}

// phraseWords are the folded words of the subject r read as a phrase (for
// a bare company word: «du groupe»), none for a subject read otherwise.
func phraseWords(r clauseReading) []string {
	if r.how != fromPhrase {
		return nil
	}
	return strings.Fields(lexis.Fold(r.subject))
}

// rivalBefore reports whether the name at token k follows a word that
// makes it another company's rival ("Rival Glacierline", "rival operator
// Northern Arrow", «son concurrent Vexo»).
func rivalBefore(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		// «se classe troisième, derrière Leroy Merlin (9,2 milliards
		// d'euros) et Castorama», "ranked third, behind John Lewis and
		// Marks & Spencer": the names a ranking sets the subject against
		// are its rivals, which "the group" after them does not stand for.
		if toks[j].Text == "." || toks[j].Text == ";" || toks[j].Text == ":" {
			break
		}
		if lexis.InSet(toks[j].Fold, "derriere", "behind", "devancant", "devant") || toks[j].Fold == "of" && j > 0 && toks[j-1].Fold == "ahead" {
			return true
		}
	}
	for j := k - 1; j >= 0 && k-j <= 2; j-- {
		if lexis.InSet(toks[j].Fold, "rival", "competitor", "concurrent", "rivale") {
			return true
		}
		if toks[j].Kind != lexis.Word {
			return false
		}
	}
	return false
}

// frontedBefore reports whether the name at token k comes right after a
// short phrase that opens the sentence and ends with its first comma ("Dans
// l'après-midi, Marc Guillemot a dû…", "On Tuesday, Jobs said"): it opens
// the sentence's clause.
func frontedBefore(toks []lexis.Token, k int) bool {
	if k >= 3 && k <= len(toks) && toks[k-1].Text == "." && personTitles[toks[k-2].Fold] {
		k -= 2 // "Battu, M. Roussel a dénoncé": past the title
	} else if k >= 2 && k <= len(toks) && personTitles[toks[k-1].Fold] {
		k--
	}
	if k < 2 || k > 16 || k > len(toks) || toks[k-1].Text != "," {
		return false
	}
	for j := 0; j < k-1; j++ {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "'" && toks[j].Text != "-" {
			return false
		}
	}
	return true
}

// lowerBetween reports whether the n words that open text after its first
// word, first, are all written in lower case: "The new iPhone", where the
// name is the third word.
func lowerBetween(text, first string, n int) bool {
	rest := strings.Fields(strings.TrimPrefix(strings.TrimLeft(text, " \t\n"), first))
	if len(rest) < n-1 {
		return false
	}
	for _, w := range rest[:n-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func overlapsAny(s Span, ds []timex.DateExpr) bool {
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
	var out map[int]bool                                          // most passages have none
	quoted := len(s.dates) > 0 && overlapsSpans(x.quotes, s.span) // (looked up once: most passages hold no quote)
	for di, d := range s.dates {
		if d.Kind == "duration" || d.Kind == "time" || strings.Contains(strings.TrimSpace(d.Text), "-") && !strings.Contains(d.Text, " ") {
			// (nor "reported first-quarter revenue": a period's compound
			// qualifies what is reported)
			continue
		}
		for k, t := range s.toks {
			if t.Start != d.Span.Start {
				continue
			}
			if citedPublished(s.toks, k-1) || k >= 2 && lexis.InSet(s.toks[k-1].Fold, "on", "ce", "le") && citedPublished(s.toks, k-2) {
				// «selon les chiffres publiés vendredi par la PFA»,
				// "according to figures released on Friday": the day the
				// source published, as a statement's.
				if out == nil {
					out = map[int]bool{}
				}
				out[di] = true
				continue
			}
			if pub := k - 1 - map[bool]int{true: 1, false: 0}[k >= 2 && lexis.InSet(s.toks[k-1].Fold, "on", "le", "ce")]; quoted && pub >= 2 && publishedParticiples[s.toks[pub].Fold] && interviewBefore(s.toks, pub) {
				// «», estime-t-il dans un entretien au Parisien publié
				// mardi», "she said in an interview published on Sunday":
				// the day the interview came out, the words' day.
				if out == nil {
					out = map[int]bool{}
				}
				out[di] = true
				continue
			}
			// Up to two words between the verb and the date ("a affirmé ce
			// mardi"), or the speaker's name ("a affirmé Emmanuel Macron
			// mardi soir").
			for back := 1; back <= 4 && k-back >= 0; back++ {
				if back == 1 && possessives[s.toks[k-1].Fold] {
					break // "said its third-quarter revenue": the date of what is said
				}
				if lexis.IsSpeechVerb(s.toks, k-back) && s.toks[k-back].Fold != "selon" && !announcedThing(s.toks, k-back) && !figureRelativeVerb(s.toks, k-back) {
					if out == nil {
						out = map[int]bool{}
					}
					out[di] = true
					break
				}
				if back >= 2 && !isNameToken(s.toks[k-back]) && !lexis.InSet(s.toks[k-back].Fold, "ce", "cet", "le", "on", "this", "last") && !(addressees[s.toks[k-back].Fold] && overlapsSpans(x.quotes, s.span)) {
					break
				}
			}
			if !out[di] && d.Date.Precision < PrecisionDay && documentOfStatement(s.toks, k) {
				// «…, a indiqué LVMH dans sa communication financière
				// d'avril», "the company said in its March report": the
				// month of the document the words were said in (a day is
				// read as before: "said in a note on Wednesday").
				if out == nil {
					out = map[int]bool{}
				}
				out[di] = true
			}
			if !out[di] && quoted && x.afterQuote(s, d.Span.Start) && x.saidInGap(s, d.Span.Start) {
				// «« … », a résumé Alain Bazot, président de l'association,
				// mardi sur France Info»: the day after the verb that closes
				// the quote, its speaker and his role.
				if out == nil {
					out = map[int]bool{}
				}
				out[di] = true
			}
		}
	}
	return out
}

// figureRelativeVerb reports whether the verb at token v, one of
// announcing or promising, opens a relative clause on the figure right
// before it, its subject a pronoun: "up from the
// $20 billion it announced in March 2025", «les 2 milliards qu'il avait
// annoncés en mars». Its date is that figure's, not a statement's.
func figureRelativeVerb(toks []lexis.Token, v int) bool {
	if !lexis.InSet(toks[v].Fold, "announced", "pledged", "promised", "unveiled", "annonce", "annonces", "annoncee", "annoncees", "promis", "promise", "promises") {
		return false // (not "the $2.47 billion it had reported a month ago": a revised figure of its own period, told then)
	}
	k := v - 1
	for k > 0 && lexis.InSet(toks[k].Fold, "had", "has", "have", "avait", "a", "ont", "avaient") && toks[k].Text != "à" {
		k--
	}
	if k < 1 || !lexis.InSet(toks[k].Fold, "it", "they", "he", "she", "we", "il", "elle", "ils", "elles") {
		return false
	}
	if lexis.InSet(toks[k-1].Fold, "qu'", "que") && k >= 2 {
		k--
	}
	f := toks[k-1]
	_, spelled := quantity.UnitWord(f.Fold)
	return f.Kind == lexis.Number || spelled || quantity.Scale(f.Fold) > 0 || lexis.InSet(f.Text, "%", "$", "€", "£") ||
		lexis.InSet(f.Fold, "euros", "dollars", "pounds", "percent", "cent", "yen", "francs")
}

// periodCompoundBefore returns the index in s.dates of a period written as
// one hyphenated word ("first-quarter", "full-year") that qualifies the noun
// the figure at byte pos completes, a noun and "of" between them
// ("first-quarter revenue of $36.5 billion"); -1 when none.
func periodCompoundBefore(s *sentence, pos int) int {
	toks := s.toks
	k := tokenAt(toks, pos)
	for k > 0 && (toks[k-1].Text == "$" || toks[k-1].Text == "€" || toks[k-1].Text == "£" || qualifierWords[toks[k-1].Fold] || quantity.CurrencyPrefix(toks, k-1)) {
		k--
	}
	if k < 3 || !lexis.InSet(toks[k-1].Fold, "of", "de", "d'") || toks[k-2].Kind != lexis.Word {
		return -1
	}
	for di, d := range s.dates {
		if t := strings.TrimSpace(d.Text); strings.Contains(t, "-") && !strings.Contains(t, " ") && d.Span.End <= toks[k-2].Start &&
			(tokenAt(toks, d.Span.Start) == k-3 || k >= 4 && tokenAt(toks, d.Span.Start) == k-4 && toks[k-3].Kind == lexis.Word && !toks[k-3].Upper()) {
			return di // (and "third-quarter operating profit of 287 billion won")
		}
	}
	return -1
}

// compoundPeriodOfFigureBefore returns the index in s.dates of the period
// a figure before the one at byte pos takes from the noun it measures
// (periodCompoundBefore), when the only date between them is the report's,
// told right after that figure ("fourth-quarter revenue of $12.8 billion in
// January, up 7%"), and none comes after pos; -1 otherwise.
func compoundPeriodOfFigureBefore(s *sentence, pos int, figures []int) int {
	toks := s.toks
	for _, d := range s.dates {
		if d.Span.Start > pos && !comparisonBase(toks, d) {
			return -1 // (a date of its own after it; not "from a year earlier", the base)
		}
	}
	for _, f := range figures {
		if f >= pos {
			continue
		}
		di0 := periodCompoundBefore(s, f)
		if di0 < 0 {
			continue
		}
		fk, between := tokenAt(toks, f), 0
		for di, d := range s.dates {
			if di == di0 || d.Span.Start < f || d.Span.Start > pos || comparisonBase(toks, d) {
				continue
			}
			if k := tokenAt(toks, d.Span.Start); k-fk > 6 || !lexis.InSet(lexis.FoldAt(toks, k-1), "in", "on", "en", "le") && !lexis.InSet(d.Prep, "in", "on", "en") {
				return -1
			}
			between++
		}
		if between == 1 {
			return di0
		}
	}
	return -1
}

// periodComplementAfter returns the index in s.dates of a year, quarter or
// month that "for" or «pour» brings in right after the figure at byte pos
// and the noun it counts ("a $612 million budget for 2025"), -1 when none.
func periodComplementAfter(s *sentence, p *parsed, pos int) int {
	toks := s.toks
	k := tokenAt(toks, pos)
	if k < 0 || len(p.tags) < len(toks) {
		return -1
	}
	for di, d := range s.dates {
		j := tokenAt(toks, d.Span.Start)
		if j <= k || j-k > 8 || d.Kind == "duration" || d.Kind == "time" || d.Since || d.Date.IsZero() || d.Date.Precision >= PrecisionDay ||
			!lexis.InSet(lexis.FoldAt(toks, j-1), "for", "pour") && !lexis.InSet(d.Prep, "for", "pour") && !lexis.InSet(lexis.FoldAt(toks, j), "for", "pour") {
			continue // (the span may hold its preposition: «pour 2025»)
		}
		if lexis.InSet(lexis.FoldAt(toks, j-1), "for", "pour") {
			j--
		}
		ok := true
		for m := k + 1; m < j; m++ {
			if toks[m].Kind == lexis.Punct && toks[m].Text != "'" && (toks[m].Space || m+1 < len(toks) && toks[m+1].Space) || isVerb(p.tags[m]) {
				// (a mark set off by a space; not the comma inside "1,42")
				ok = false
				break
			}
		}
		if ok {
			return di
		}
	}
	return -1
}

// whenClauseDate returns the index in s.dates of the date a clause opened
// by ", when", ", lorsque", ", quand" follows, when the figure at byte pos
// stands in that clause ("the deadliest quake since 2007, when a tremor
// killed 519 people", "en 2019, lorsque l'usine employait 800 salariés"); -1
// when none.
func whenClauseDate(s *sentence, pos int) int {
	toks := s.toks
	k := tokenAt(toks, pos)
	for ; k > 1; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return -1
		}
		if lexis.InSet(toks[k].Fold, "when", "lorsque", "quand", "lorsqu'") && toks[k-1].Text == "," || toks[k].Text == "où" && toks[k-1].Text == "," {
			break // (and «qu'en 2024, où le festival avait réuni 280 000 spectateurs»)
		}
		if k > 2 && toks[k].Fold == "ou" && toks[k].Text == "où" && lexis.InSet(toks[k-1].Fold, "annee", "mois", "jour", "semaine") && toks[k-2].Text == "," {
			// «par rapport à 2017, année où le musée avait reçu 8,1
			// millions de visiteurs»: the date the apposed noun restates.
			k--
			break
		}
	}
	if k <= 1 {
		return -1
	}
	end := toks[k-2].End
	for di, d := range s.dates {
		if d.Span.End == end && !d.Date.IsZero() && d.Kind != "duration" {
			return di
		}
	}
	return -1
}

// modelYear reports whether date d is a year that names a thing's make or
// vintage, set between an indefinite article and a name ("A 1961 Jaguar
// E-Type sold for $31.2 million", "une 1961 Ferrari"): not when the figure
// is.
func modelYear(toks []lexis.Token, d timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start)
	if k < 1 || k+1 >= len(toks) || d.Date.Precision != PrecisionYear || toks[k].Kind != lexis.Number || tokenAfter(toks, d.Span.End) != k+1 {
		return false
	}
	return lexis.InSet(toks[k-1].Fold, "a", "an", "un", "une") && toks[k+1].Upper()
}

// forecastVerbs are the present of forecasting, whose subject tells what
// it expects: "Météo-France prévoit 200 mm de pluie", "The Met Office
// expects gusts of 90 mph", "Zorgon forecasts sales of $4 billion".
var forecastVerbs = lexis.SetOf("prevoit", "prevoient", "forecasts", "predicts", "expects", "anticipe", "anticipent", "table", "tablent",
	"forecast", "forecasted", "projected", "projects", "prevoyait", "tablait")

// weatherNouns are what the weather brings, forecast for a place.
var weatherNouns = lexis.SetOf("pluie", "pluies", "precipitations", "neige", "vent", "vents", "rafales", "rain", "rainfall", "snow",
	"wind", "winds", "gusts", "temperature", "temperatures", "degres", "degrees")

// recordVerbs say a body recorded a reading: «a relevé», «a mesuré», «a
// enregistré», "recorded", "measured".
var recordVerbs = lexis.SetOf("releve", "releves", "mesure", "mesures", "enregistre", "recorded", "measured", "logged")

// forecastLevels are the nouns a forecast of a statistic told just before
// names it by: «un pic à 8 %», «un taux de 7,6 %», "a peak of 8%".
var forecastLevels = lexis.SetOf("pic", "taux", "niveau", "peak", "rate", "level")

// forecastThat returns the forecast verb («prévoit», "expects") whose
// complement clause, opened by «que» or "that", holds the verb v (or
// whose object the infinitive v is of: "expects shipments to fall"), and
// the organisation that forecasts; -1 and "" when there is none.
func (x *extractor) forecastThat(s *sentence, p *parsed, v int, cited Span) (int, string) {
	toks := p.toks
	if v >= 3 && toks[v-1].Fold == "to" && (riseWords[toks[v].Fold] || fallWords[toks[v].Fold] || lexis.InSet(toks[v].Fold, "ease", "narrow", "widen", "shrink", "slow", "reach", "decline", "expand", "contract", "top", "exceed")) &&
		!lexis.InSet(toks[v].Fold, "cut", "shed", "lose", "raise") {
		// (a verb of the thing's own move: not "expects the draft limit
		// to cut cargo volume by 2%", whose object moves)
		// "IDC expects global shipments to fall 0.9%": the thing a body
		// expects to move, told before the infinitive.
		for j := v - 3; j >= 1 && v-j <= 14; j-- {
			if forecastVerbs[toks[j].Fold] {
				if a, b, how := p.subjectBefore(j, p.clauseStart(j)); how != "" {
					d, _ := x.entityOf(s, p, a, b, how, cited)
					if how == fromPronoun && lexis.InSet(toks[a].Fold, "he", "she") && x.reg.kind(nameKey(d)) != KindPerson {
						d = "" // "She expects…": a person, the one named last
						if x.lastPerson.key != "" && x.sentIndex-x.lastPersonIn <= 2 && x.reg.kind(x.lastPerson.key) == KindPerson {
							d = x.reg.display(x.lastPerson.key)
						}
					}
					if d != "" && (x.reg.kind(nameKey(d)) == KindOrg || x.reg.kind(nameKey(d)) == KindPerson) {
						return j, d // (and "Analyst Tom Reed expects Hanseong's revenue to rise 12%")
					}
				}
				return -1, ""
			}
			if p.clauseBreak(j) || toks[j].Kind == lexis.Punct && !lexis.InSet(toks[j].Text, "'s", "’s", "-") || isVerb(p.tags[j]) {
				break
			}
		}
	}
	for k := v - 1; k >= 1 && v-k <= 12; k-- {
		if lexis.InSet(toks[k].Fold, "que", "qu'", "that") {
			j := k - 1
			if !forecastVerbs[toks[j].Fold] {
				return -1, ""
			}
			a, b, how := p.subjectBefore(j, p.clauseStart(j))
			if how == "" {
				return -1, ""
			}
			if d, _ := x.entityOf(s, p, a, b, how, cited); d != "" && (x.reg.kind(nameKey(d)) == KindOrg || x.reg.kind(nameKey(d)) == KindPerson) {
				return j, d // (and "Jefferies analyst Omar Fall forecast that rates would fall": a person's forecast)
			}
			return -1, ""
		}
		if p.clauseBreak(k) || toks[k].Kind == lexis.Punct {
			return -1, ""
		}
	}
	return -1, ""
}

// forecastPlace returns the place after verb v in its clause that a
// forecast is for ("dans le Gard", "in Wales", "sur la Bretagne"), "" when
// none.
func (x *extractor) forecastPlace(s *sentence, p *parsed, v int) string {
	toks := p.toks
	end := p.clauseEnd(v)
	for _, m := range s.mentions {
		if m.tok <= v || m.tok >= end || m.tok < 1 || x.reg.kindOf(&m) != KindPlace {
			continue
		}
		k := m.tok - 1
		if lexis.InSet(toks[k].Fold, "le", "la", "les", "l'", "the") && k > 0 {
			k--
		}
		if lexis.InSet(toks[k].Fold, "en", "in", "au", "aux", "dans", "sur", "over", "across", "for", "pour", "a") {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// nounsYear reports whether date d is a year a noun is for, in a sentence
// that dates its verb to a day, and the figure at byte pos the tally its
// verb passed by: "a adopté lundi soir son budget pour 2025, par 27 voix
// contre 8" (the budget's year; the vote was on Monday).
func (x *extractor) nounsYear(s *sentence, d timex.DateExpr, pos int) bool {
	toks := s.toks
	k := tokenAt(toks, d.Span.Start) // the preposition, in the date's span or before it
	if k >= 0 && k+1 < len(toks) && toks[k].Kind == lexis.Number {
		k--
	}
	if d.Date.Precision != PrecisionYear || k < 1 || !lexis.InSet(toks[k].Fold, "pour", "for") || toks[k-1].Kind != lexis.Word || toks[k-1].Upper() {
		return false
	}
	f := tokenAt(toks, pos)
	if f >= 2 && lexis.InSet(toks[f-1].Text, "-", "–") && toks[f-2].Kind == lexis.Number {
		f -= 2 // the second side of a tally, "7-4"
	}
	if f < 1 || !(lexis.InSet(toks[f-1].Fold, "par", "by") && lexis.InSet(lexis.FoldAt(toks, f+1), "voix", "votes", "vote", "suffrages")) &&
		!(f >= 4 && lexis.InSet(toks[f-1].Fold, "contre", "to", "against") && lexis.InSet(toks[f-4].Fold, "par", "by")) &&
		!(f >= 3 && lexis.InSet(toks[f-1].Fold, "of", "de", "d'") && lexis.InSet(toks[f-2].Fold, "vote", "scrutin") && lexis.InSet(lexis.FoldAt(toks, f-4), "by", "par")) {
		// (and "by a vote of 7-4")
		return false // (only a tally the verb was passed by: "un bénéfice de 412 millions pour 2024", "sa prévision pour 2025 : 1 %" are of the year)
	}
	for _, o := range s.dates {
		if o.Span != d.Span && o.Date.Precision == PrecisionDay && !o.Since && o.Kind != "duration" {
			return true
		}
	}
	return false
}

// withNounDate reports whether date d belongs to a noun an absolute
// clause after ", with" brings in, after the figure at byte pos: "would
// order 30 narrow-body jets, with deliveries starting in 2027", «avec des
// livraisons prévues en 2026»: the deliveries' date, not the order's.
func withNounDate(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	k := tokenAt(toks, d.Span.Start)
	if k < 4 {
		return false
	}
	for w := k - 2; w >= 1 && k-w <= 6; w-- {
		if !lexis.InSet(toks[w].Fold, "with", "avec") {
			continue
		}
		if toks[w-1].Text != "," || pos >= toks[w].Start {
			return false
		}
		for j := w + 1; j < k; j++ {
			f := toks[j].Fold
			if strings.HasSuffix(f, "ing") || lexis.InSet(f, "due", "expected", "set", "scheduled", "prevue", "prevues", "prevu", "prevus", "attendue", "attendues") {
				return j > w+1 // a noun, then its participle
			}
		}
		return false
	}
	return false
}

// incidentalDate reports whether date d lies in an incidental phrase set
// between commas that the figure at byte pos is outside of: "The agreement,
// brokered by Turkey and the UN in July 2022, allowed Ukraine to export 33
// million tonnes" (the brokering's date, not the exports'), "Le groupe, qui
// avait fermé l'usine en 2019, emploie 8 000 salariés".
func incidentalDate(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	k := tokenAt(toks, d.Span.Start)
	if k < 0 {
		return false
	}
	open := -1
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		if toks[j].Text == "," {
			open = j
			break
		}
		if toks[j].Kind == lexis.Punct && toks[j].Text != "-" && toks[j].Text != "'" {
			return false
		}
	}
	if open < 0 || open+2 >= len(toks) {
		return false
	}
	closing := -1
	for j := k + 1; j < len(toks) && j-k <= 8; j++ {
		if toks[j].Text == "," {
			closing = j
			break
		}
	}
	if closing < 0 || pos >= toks[open].Start && pos < toks[closing].End || withAfter(toks, closing, pos) {
		return false
	}
	w, next := toks[open+1].Fold, lexis.FoldAt(toks, open+2)
	switch {
	case relativePronouns[w]:
		return true
	case (len(w) > 4 && strings.HasSuffix(w, "ed") || lexis.IrregularParticiple(w)) && lexis.InSet(next, "by", "in", "on", "at", "last"):
		// (not "even in 2020": an adverb)
		return true
	case lexis.FrenchParticiple(w) && !strings.HasSuffix(w, "ant") && lexis.InSet(next, "par", "en", "le", "la", "a", "au", "fin", "debut"):
		return true
	}
	return false
}

// yearEarlierAt reports whether the words from token k say "a year
// earlier" ("a year earlier", "a year ago", "un an plus tôt", "l'an
// précédent", "un an auparavant"), after at most a unit word.
func yearEarlierAt(toks []lexis.Token, k int) bool {
	if k < len(toks) && (toks[k].Kind == lexis.Word && measureUnits[toks[k].Fold] != "" || currencyWords[lexis.FoldAt(toks, k)]) {
		k++
	}
	return lexis.MatchWords(toks, k, "a", "year", "earlier") || lexis.MatchWords(toks, k, "a", "year", "ago") || lexis.MatchWords(toks, k, "a", "year", "before") ||
		lexis.MatchWords(toks, k, "the", "previous", "year") || lexis.MatchWords(toks, k, "the", "year", "before") || lexis.MatchWords(toks, k, "the", "prior", "year") ||
		lexis.MatchWords(toks, k, "un", "an", "plus", "tot") || lexis.MatchWords(toks, k, "un", "an", "auparavant") || lexis.MatchWords(toks, k, "l'an", "precedent") ||
		lexis.MatchWords(toks, k, "l'", "an", "precedent") || lexis.MatchWords(toks, k, "l'annee", "precedente") || lexis.MatchWords(toks, k, "l'", "annee", "precedente")
}

// chained reports whether a figure at byte pos and a date at byte end are
// read together, with only figures and their words between ("rose 9% to
// 2.1 billion euros in the first quarter", "a reculé de 3,2 % à 445 TWh
// l'an dernier", "third-quarter revenue rose 5% to $3 billion"): the date
// is both figures'.
func chained(toks []lexis.Token, pos, end int) bool {
	lo, hi := pos, end
	if end < pos {
		lo, hi = end, pos // "third-quarter revenue rose 5% to $3 billion": a date before both
	}
	between := false // "between 3% and 5% next year": the two ends of one range
	for k, t := range toks {
		if t.Start >= lo {
			for j := k - 1; j >= 0 && k-j <= 3; j-- {
				between = between || lexis.InSet(toks[j].Fold, "between", "entre")
			}
			break
		}
	}
	restated := false // "fell 475 points, or 1.2%, to 38,500": the same change again
	skipTo := -1      // "61.3 billion Danish crowns ($9.5 billion) in the first nine months": the amount again, in brackets
	for k, t := range toks {
		if t.Start <= lo || t.Start >= hi || k <= skipTo {
			continue
		}
		if t.Text == "(" {
			for j := k + 1; j < len(toks) && j <= k+6; j++ {
				if toks[j].Text == ")" {
					skipTo = j
					break
				}
				if toks[j].Kind == lexis.Word && quantity.Scale(toks[j].Fold) == 0 && !currencyWords[toks[j].Fold] {
					break
				}
			}
			if skipTo > k {
				continue
			}
		}
		if between && lexis.InSet(t.Fold, "and", "et") {
			continue
		}
		if t.Text == "," && decimalComma(toks, k) {
			continue // "52,4 milliards"
		}
		if t.Text == "," && k+2 < len(toks) && lexis.InSet(toks[k+1].Fold, "or", "soit") && toks[k+2].Kind == lexis.Number {
			restated = true
			continue
		}
		if restated && (t.Text == "," || lexis.InSet(t.Fold, "or", "soit")) {
			restated = t.Text != ","
			continue
		}
		if t.Fold == "from" && end > pos && k+1 < len(toks) && toks[k+1].Start >= hi {
			continue // "to £12.21 an hour from April": the date's own preposition, when it starts
		}
		if t.Text == "," || t.Text == ";" || t.Text == "(" || lexis.InSet(t.Fold, "and", "et", "while", "but", "mais", "tandis", "whereas", "from", "contre", "versus", "compared", "than", "que", "up", "down") {
			return false
		}
	}
	return true
}

// apposedChange reports whether the figure at byte pos is a change set
// after a comma right after the date ending at byte end, with nothing but
// the words of a change between them ("96 millions d'euros en 2023, en
// hausse de 4 %", "3,4 millions de visiteurs cette année, 7 % de plus",
// "revenue of $5 billion in 2024, up 4%"): the change is of that date.
// apposedAfter reports whether figure n is a change set after the figure
// ending at token prevEnd, past its noun and date and a comma ("2.3 million
// visitors last year, up 18%", «1 150 postes en France, en hausse de 5 %»).
func apposedAfter(toks []lexis.Token, tags []syntax.Tag, prevEnd int, n quantity.NumberExpr) bool {
	for k := prevEnd; k < n.TokStart && k-prevEnd <= 6; k++ {
		if j := sourceAside(toks, k); j > k && j < n.TokStart {
			k = j // "669 million books in 2023, according to the Publishers Council, down 1% on the previous year"
		}
		if toks[k].Text == "," {
			// (a change, "up", «en hausse», not a share of its own: «soit
			// 8 % de ses effectifs», «à 4,5 %»)
			moves := false
			for j := k + 1; j < n.TokStart; j++ {
				moves = moves || lexis.InSet(toks[j].Fold, "up", "down", "hausse", "baisse", "progression", "recul", "augmentation", "diminution",
					"rise", "fall", "increase", "decrease", "drop", "gain")
			}
			after := lexis.FoldAt(toks, n.TokEnd)
			if after == "%" {
				after = lexis.FoldAt(toks, n.TokEnd+1)
			}
			return moves && !lexis.InSet(after, "de", "d'", "des", "du", "of") && apposedChange(toks, toks[k-1].End, n.Span.Start)
		}
		if k < len(tags) && (isVerb(tags[k]) || tags[k] == syntax.AUX) || toks[k].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// sourceAside is the comma that closes the source a comma at k opens
// (", according to the Publishers Council,", «, selon l'Insee,»), k if
// that comma opens none or the source does not close within ten words.
func sourceAside(toks []lexis.Token, k int) int {
	if toks[k].Text != "," || !(lexis.FoldAt(toks, k+1) == "according" && lexis.FoldAt(toks, k+2) == "to" || lexis.FoldAt(toks, k+1) == "selon" || lexis.FoldAt(toks, k+1) == "d'" && lexis.FoldAt(toks, k+2) == "apres") {
		return k
	}
	for j := k + 2; j < len(toks) && j-k <= 10; j++ {
		switch {
		case toks[j].Text == ",":
			return j
		case toks[j].Kind == lexis.Punct && toks[j].Text != "'" && toks[j].Text != "-":
			return k
		}
	}
	return k
}

func apposedChange(toks []lexis.Token, end, pos int) bool {
	if pos <= end {
		return false
	}
	n := 0
	place := 0    // "en France", "in Germany" between the date and the comma
	trailing := 0 // "in the summer window": the date's noun after it
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Start < end || t.Start >= pos {
			continue
		}
		if n == 0 && place == 0 && trailing == 0 && t.Start == end+1 && t.Kind == lexis.Word && !t.Upper() && lexis.InSet(t.Fold, "window", "season", "period", "campaign", "campagne", "saison", "periode") {
			trailing++
			continue
		}
		if n == 0 && t.Text == "," {
			if j := sourceAside(toks, k); j > k && toks[j].Start < pos {
				k, t = j, toks[j] // "in 2023, according to the Publishers Council, down 1%"
			}
		}
		if n == 0 && place == 0 && lexis.InSet(t.Fold, "en", "in", "au", "aux") || n == 0 && place > 0 && t.Upper() && t.Kind == lexis.Word && place < 4 {
			place++
			continue
		}
		if n == 0 && t.Text != "," {
			return false
		}
		if n > 0 && !lexis.InSet(t.Fold, "en", "hausse", "baisse", "progression", "recul", "augmentation", "diminution", "de", "d'", "soit", "une", "un",
			"up", "down", "a", "an", "rise", "fall", "increase", "decrease", "drop", "gain", "of", "to", "chiffre", "nombre", "total", "niveau", "figure", "number", "level") && t.Text != "à" {
			return false // (and «, un chiffre en hausse de 2,8 %»: the figure's change, named as such)
		}
		n++
	}
	return n > 0 && n <= 6
}

// levelAfterChange reports whether the figure at byte pos is the level a
// change dated by the date ending at byte end came to, told after a comma
// («a augmenté de 1,8 % au troisième trimestre, pour s'établir à 3,19
// millions», "rose 4% in the quarter, to stand at 96 million", ", bringing
// the total to 2,100"), or the valuation a dated fundraising was made at
// («avait levé 45 millions en mars 2024, pour une valorisation de 320
// millions», ", valuing it at $2 billion"): of the same date.
func levelAfterChange(toks []lexis.Token, end, pos int) bool {
	k := slices.IndexFunc(toks, func(t lexis.Token) bool { return t.Start >= end })
	if k < 0 {
		return false
	}
	for n := 0; k < len(toks) && n < 3 && toks[k].Text != ","; k, n = k+1, n+1 {
		if !(lexis.InSet(toks[k].Fold, "en", "in", "au", "aux") || toks[k].Upper() && toks[k].Kind == lexis.Word) {
			return false // (a place after the date: "in the quarter in France,")
		}
	}
	if lexis.FoldAt(toks, k) != "," {
		return false
	}
	words := 0
	for k++; k < len(toks) && toks[k].Start < pos; k++ {
		if !lexis.InSet(toks[k].Fold, "pour", "s'", "se", "etablir", "atteindre", "fixer", "elever", "to", "stand", "standing", "reach", "reaching",
			"bringing", "taking", "lifting", "pushing", "the", "its", "their", "total", "number", "a", "level", "of", "at",
			"une", "un", "de", "d'", "for", "valorisation", "valuation", "valuing", "valorisant", "it", "la", "l'", "sa") {
			return false
		}
		words++
	}
	return words >= 2 && words <= 6
}

// changeAfterLevel reports whether the date starting at byte start dates a
// change apposed, after a comma, to the level at byte pos («s'élève à
// 5,62 millions, en progression de 0,9 % sur le trimestre», "stood at 96.4
// million, up 3% in the quarter"): the change's time is the level's too.
func changeAfterLevel(toks []lexis.Token, pos, start int) bool {
	if start <= pos {
		return false
	}
	k := slices.IndexFunc(toks, func(t lexis.Token) bool { return t.Start >= pos })
	if k < 0 {
		return false
	}
	for n := 0; k < len(toks) && (toks[k].Text != "," || decimalComma(toks, k)); k, n = k+1, n+1 {
		if n > 6 || toks[k].Start >= start || toks[k].Upper() {
			return false // (the figure's number and unit only: "96.4 million", «3,19 millions de personnes»)
		}
	}
	moves, number := false, false
	for k++; k < len(toks) && toks[k].Start < start; k++ {
		switch t := toks[k]; {
		case t.Kind == lexis.Number:
			number = true
		case lexis.InSet(t.Fold, "up", "down", "hausse", "baisse", "progression", "recul", "augmentation", "diminution"):
			moves = true
		case lexis.InSet(t.Fold, "en", "de", "d'", "%", "points", "point", "pct", "sur", "over", "in", "on", "au", "a", "une", "un") || t.Text == "%" || t.Text == "à" || decimalComma(toks, k):
		default:
			return false
		}
	}
	return moves && number
}

// semicolonBetween reports whether a semicolon separates date span d from
// the figure at byte pos: the items of a list, or two clauses, each with
// its own time.
func semicolonBetween(toks []lexis.Token, d Span, pos int) bool {
	lo, hi := d.End, pos
	if pos < d.Start {
		lo, hi = pos, d.Start
	}
	for _, t := range toks {
		if t.Start >= lo && t.Start < hi && t.Text == ";" {
			return true
		}
	}
	return false
}

// parallelClause reports whether the figure at byte pos is told in a
// clause that "while", "whereas", "tandis que" or "alors que" sets beside
// the one a date ending at byte end dates, and that dates nothing itself:
// "The S&P 500 fell 1.2% on Thursday, while the Nasdaq dropped 1.8%" (the
// same day).
func parallelClause(s *sentence, lang string, end, pos int) bool {
	if pos <= end {
		return false
	}
	toks := s.toks
	link := -1
	for k, t := range toks {
		if t.Start < end {
			continue
		}
		if t.Start >= pos {
			break
		}
		if lexis.InSet(t.Fold, "while", "whereas", "tandis") || t.Fold == "alors" && lexis.InSet(lexis.FoldAt(toks, k+1), "que", "qu'") {
			if link >= 0 {
				return false
			}
			link = k
		}
	}
	if link < 0 || link == 0 || toks[link-1].Text != "," {
		return false
	}
	if !pastClause(toks[link+1:], lang) {
		return false // "…in 2010, whereas it has 8,000 employees": now, not then
	}
	for i := range s.dates {
		if s.dates[i].Span.Start > toks[link].Start && !comparisonBase(toks, s.dates[i]) {
			return false // "…, while Y has fallen 10% since January": a date of its own (not "rose 9.9% from a year earlier", a base's)
		}
	}
	return true
}

// casualties reports whether measure counts people killed, hurt, missing
// or moved by what the passage before told ("At least 12 people were
// killed", "40 blessés"): the toll of that event, whose subject goes on.
func casualties(measure string) bool {
	for w := range strings.FieldsSeq(measure) {
		if lexis.InSet(w, "killed", "kill", "dead", "death", "deaths", "died", "die", "injured", "injure", "wounded", "missing", "evacuated", "evacuate",
			"mort", "morts", "tue", "tuer", "blesse", "blesser", "disparu", "disparaitre", "evacue", "evacuer", "victime", "victim", "victims", "deces") {
			return true
		}
	}
	return false
}

// contrastWord reports whether the words just before token b (after token
// a) set the figure there against the one before: "contre", "compared
// with", "versus", "up from", "against".
func contrastWord(toks []lexis.Token, a, b int) bool {
	for k := max(a, b-3); k < b && k < len(toks); k++ {
		if lexis.InSet(toks[k].Fold, "contre", "versus", "vs", "compared", "against", "from") {
			return true
		}
	}
	return false
}

// upFrom reports whether the figure at token at is the base a change starts
// from: "up from $148 million", "down from 6.2%".
func upFrom(toks []lexis.Token, at int) bool {
	return lexis.FoldAt(toks, at-1) == "from" && lexis.InSet(lexis.FoldAt(toks, at-2), "up", "down")
}

// comparedBetween reports whether the words between tokens a and b set the
// second figure against the first ("contre", "versus", "compared with",
// "up from", "après", "a year earlier") rather than listing it with it.
func comparedBetween(toks []lexis.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if lexis.InSet(toks[k].Fold, "plus", "more") && k+1 < b && (strings.HasSuffix(toks[k+1].Fold, "ment") || strings.HasSuffix(toks[k+1].Fold, "ly")) {
			continue // «a baissé plus nettement encore, de 5 %», "fell more sharply": how, no figure set against
		}
		if lexis.InSet(toks[k].Fold, "contre", "versus", "vs", "compared", "comparison", "from", "after", "apres", "avant", "before", "than", "que", "earlier", "plus", "previous", "precedent", "precedente") {
			return true
		}
	}
	return false
}

// frontedTime reports whether a sentence opens on a time of its own that
// is not a date ("Before the war, …", "Avant la crise, …", "Previously, …"):
// what it tells is not the day told before.
func frontedTime(toks []lexis.Token) bool {
	return len(toks) > 0 && timeOpeners[toks[0].Fold]
}

// timeOpeners open a sentence on a time of its own.
var timeOpeners = lexis.SetOf("before", "after", "since", "until", "previously", "formerly", "earlier", "historically", "avant",
	"apres", "depuis", "auparavant", "jusqu'alors", "jadis", "autrefois", "precedemment")

// datesOwn reports whether a passage gives dates of its own, whatever they
// date ("depuis le début de l'année", "brokered in July 2022"): it is not
// told as the continuation of the day told before.
func datesOwn(s *sentence) bool {
	for _, d := range s.dates {
		if d.Kind != "duration" && d.Kind != "time" && !d.Date.IsZero() {
			return true
		}
	}
	return false
}

// lookedBack reports whether sentence s opens on a year before the
// present, set off by a comma: "Last year,", «L'an dernier,».
func lookedBack(s *sentence) bool {
	if len(s.dates) == 0 || len(s.toks) < 3 {
		return false
	}
	d := s.dates[0]
	return d.Relative && d.Direction == timex.DirPast && d.Date.Precision == PrecisionYear && d.Span.Start <= s.toks[min(1, len(s.toks)-1)].Start &&
		commaAfterSpan(s.toks, d.Span.End)
}

// commaAfterSpan reports whether a comma follows byte end among toks.
func commaAfterSpan(toks []lexis.Token, end int) bool {
	for _, t := range toks {
		if t.Start >= end {
			return t.Text == ","
		}
	}
	return false
}

// writtenSign returns the sign written before figure n in brackets,
// "+" or "−" («(+7,8 %)», "(-1.2%)"), and the token of the opening
// bracket; "" when none.
func writtenSign(toks []lexis.Token, n quantity.NumberExpr) (string, int) {
	k := n.TokStart
	t := strings.TrimSpace(n.Text)
	s := ""
	switch {
	case strings.HasPrefix(t, "+"):
		s = "+"
	case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "−") || strings.HasPrefix(t, "–"):
		s = "−"
	case k > 1 && lexis.InSet(toks[k-1].Text, "+", "-", "−", "–") && toks[k-2].Text == "(":
		s = map[bool]string{true: "+", false: "−"}[toks[k-1].Text == "+"]
	}
	if k > 0 && lexis.InSet(toks[k-1].Text, "+", "-", "−", "–") {
		k-- // (the sign's own token)
	}
	if s == "" || k < 1 || toks[k-1].Text != "(" {
		return "", -1
	}
	return s, k - 1
}

// outlookOfNoOnes reports whether claim c, told by a person with verb
// ("expects", «table sur»), is that person's outlook of a measure of no
// one named, neither a national statistic, a public measure nor the
// weather: the article's company's, which the person forecasts.
func (x *extractor) outlookOfNoOnes(c Claim, verb lexis.Token) bool {
	m, _, _ := strings.Cut(c.Measure, " (")
	return forecastVerbs[verb.Fold] && x.reg.kind(nameKey(c.Subject)) == KindPerson && c.Measure != "" &&
		(c.SaidBy == "" || x.reg.display(nameKey(c.SaidBy)) == x.reg.display(nameKey(c.Subject))) &&
		!nationalStatistic(c.Measure) && !publicMeasures[lexis.Fold(m)] && !weatherNouns[lexis.Fold(m)]
}

// analyst reports whether the article named person (as displayed) an
// analyst or an economist: "Sarah Okonkwo, an analyst at Berenberg",
// "Analyst Tom Reid at Jefferies".
func (x *extractor) analyst(person string) bool {
	if person == "" || x.reg.kind(nameKey(person)) != KindPerson {
		return false
	}
	for k, p := range x.localRoles {
		if r, _, _ := strings.Cut(k, "|"); r == "analyst" && x.reg.display(p) == person {
			return true
		}
	}
	return false
}

// datesOnlyOn reports whether every date sentence s gives is day, a known
// date: "At least 24 people died on Tuesday" after a crash on Tuesday.
func datesOnlyOn(s *sentence, day Date) bool {
	if day.IsZero() {
		return false
	}
	for _, d := range s.dates {
		if d.Kind != "duration" && d.Kind != "time" && !d.Date.IsZero() && (!d.Date.Start.Equal(day.Start) || !d.Date.End.Equal(day.End)) {
			return false
		}
	}
	return true
}

// datesOwnAt is datesOwn for the figure at byte pos: a date in a clause a
// subordinating word opens after it is not its own ("dropped 8.1% after
// the company said on Monday").
func datesOwnAt(s *sentence, pos int) bool {
	for _, d := range s.dates {
		// (not a comparison's base: «a bondi de 25 % par rapport à
		// 2017»)
		if d.Kind != "duration" && d.Kind != "time" && !d.Date.IsZero() && !subordinateAfter(s.toks, pos, d.Span.Start) && !comparisonBase(s.toks, d) && !(d.Since && recordSince(s.toks, &d)) &&
			!participleApart(s.toks, pos, d.Span.Start) && !appositionApart(s.toks, pos, d.Span.Start) {
			return true
		}
	}
	return false
}

// appositionApart reports whether the date at byte d stands, before the
// figure at byte pos, in a phrase set off by commas after a name and
// before the name's verb («Le Centre Pompidou, fermé pour travaux depuis
// septembre, a enregistré 1,9 million d'entrées», "The plant, idle since
// March, has produced…", "Apple, which led the market in 2025, fell…"):
// the date of what the phrase tells, not of the figure.
func appositionApart(toks []lexis.Token, pos, d int) bool {
	f, k := tokenAt(toks, pos), tokenAt(toks, d)
	if f < 0 || k < 0 || k >= f {
		return false
	}
	c1, c2 := -1, -1
	for j := k - 1; j > 0 && k-j <= 10; j-- {
		if toks[j].Text == "," {
			c1 = j
			break
		}
	}
	for j := k + 1; j < f; j++ {
		if toks[j].Text == "," {
			c2 = j
			break
		}
	}
	if c1 <= 0 || c2 <= 0 || c2+1 >= f || !toks[c1-1].Upper() || toks[c1+1].Kind != lexis.Word || toks[c1+1].Upper() {
		return false
	}
	// (a relative clause: "Apple, which led the market in the fourth
	// quarter of 2025, fell to second place with 57.9 million units")
	return lexis.InSet(toks[c2+1].Fold, "a", "ont", "avait", "avaient", "has", "have", "had") && toks[c2+1].Text != "à" ||
		lexis.InSet(toks[c1+1].Fold, "which", "who", "qui") && toks[c2+1].Kind == lexis.Word && !toks[c2+1].Upper() &&
			!slices.ContainsFunc(toks[c2+1:f], func(t lexis.Token) bool { return t.Is(lexis.SpeechVerb) }) // (not "…, who took office in March, defended the estimate, saying…": the words' time)
}

// voteDatesOwn reports whether the sentence dates a vote's figure at byte
// pos by a date of its own: not when the party "has governed since 2021",
// nor the date of another figure after it ("took 27.4% of the vote, down
// from 28.9% five years earlier"); figures are the sentence's figures'
// byte offsets.
func voteDatesOwn(s *sentence, pos int, figures []int) bool {
	for _, d := range s.dates {
		if d.Since || d.Kind == "duration" || d.Kind == "time" || d.Date.IsZero() || subordinateAfter(s.toks, pos, d.Span.Start) || comparisonBase(s.toks, d) ||
			slices.ContainsFunc(figures, func(f int) bool { return f > pos && f < d.Span.Start }) {
			continue
		}
		return true
	}
	return false
}

// participleApart reports whether the date at byte d stands, after the
// figure at byte pos, in a participle's phrase set off by a comma
// («progressé de 7,4 %, portées par la hausse des tarifs appliquée au 1er
// janvier», "rose 7%, helped by price rises introduced on Jan. 1"): the
// date of what the phrase tells, not of the figure.
func participleApart(toks []lexis.Token, pos, d int) bool {
	f, k := tokenAt(toks, pos), tokenAt(toks, d)
	if f < 0 || k <= f {
		return false
	}
	for j := f + 1; j+1 < k; j++ {
		if toks[j].Text == "," && !numberComma(toks, j) {
			w := toks[j+1]
			return w.Kind == lexis.Word && !w.Upper() && (lexis.InSet(w.Fold, "porte", "portes", "portee", "portees", "tire", "tires", "tiree", "tirees", "soutenu", "soutenue", "soutenus", "soutenues",
				"penalise", "penalisee", "penalises", "penalisees", "aide", "aidee", "helped", "driven", "boosted", "supported", "lifted", "hit", "hurt", "weighed", "dragged", "fuelled", "fueled"))
		}
	}
	return false
}

// datesOwnBeyondBase is datesOwnAt but for the date of a base the figure
// is set against after it ("357 millions d'exemplaires, contre 362
// millions en 2018"): a figure so compared is still of the period the
// report tells.
func datesOwnBeyondBase(s *sentence, pos int) bool {
	for _, d := range s.dates {
		if d.Kind != "duration" && d.Kind != "time" && !d.Date.IsZero() && !subordinateAfter(s.toks, pos, d.Span.Start) && !comparisonBase(s.toks, d) && !(d.Since && recordSince(s.toks, &d)) &&
			!baseAfter(s.toks, pos, d) {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause set off by commas (", which",
// ", qui").
var relativePronouns = lexis.SetOf("which", "who", "whose", "qui", "dont", "lequel", "laquelle")

// apposedDate reports whether date d lies in an apposition set off by
// commas between a noun and the verb of its clause, with the figure at
// byte pos after that verb ("Revenue at the bus unit, a drag on earnings
// last year, rose 9%"): what the apposition says of the noun, at its own
// time, not the figure's.
func (p *parsed) apposedDate(d timex.DateExpr, pos int) bool {
	toks := p.toks
	a, k := tokenAt(toks, d.Span.Start), tokenAt(toks, pos)
	if a < 2 || k < 0 || k < a {
		return false
	}
	open := -1
	for j := a - 1; j >= 1 && a-j <= 10; j-- {
		if toks[j].Text == "," && !numberComma(toks, j) {
			open = j
			break
		}
		if toks[j].Kind == lexis.Punct && !initialDot(toks, j) || isVerb(p.tags[j]) || p.tags[j] == syntax.AUX {
			return false
		}
	}
	if open < 1 || !(p.tags[open-1] == syntax.NOUN || p.tags[open-1] == syntax.PROPN) ||
		!(lexis.InSet(toks[open+1].Fold, "a", "an", "the", "its", "their", "un", "une", "le", "la", "l'", "son", "sa", "leur") && toks[open+1].Text != "à") {
		return false
	}
	for j := a + 1; j < k && j-a <= 10; j++ {
		if toks[j].Text == "," && !numberComma(toks, j) {
			// (not «Une précédente journée, le 16 janvier, avait réuni»:
			// a date apposed alone dates the noun's event)
			noun := slices.ContainsFunc(toks[open+1:j], func(t lexis.Token) bool {
				i := tokenAt(toks, t.Start)
				return p.tags[i] == syntax.NOUN && !p.inDate(i)
			})
			return noun && j+1 < k && (isVerb(p.tags[j+1]) || p.tags[j+1] == syntax.AUX || p.tags[j+1] == syntax.ADV && j+2 < k && isVerb(p.tags[j+2]))
		}
		if toks[j].Kind == lexis.Punct && !initialDot(toks, j) || isVerb(p.tags[j]) {
			return false
		}
	}
	return false
}

// dateInRelativeApart reports whether date d lies in a relative clause set
// off by commas that the figure at byte pos is outside of ("Verdan, which
// last month completed the sale of its Polish unit, has a market value of
// about 15 billion euros"): the relative clause's time, not the figure's.
func dateInRelativeApart(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	a, k := tokenAt(toks, d.Span.Start), tokenAt(toks, pos)
	if a < 0 || k < 0 {
		return false
	}
	open, end := relativeAround(toks, a, 12)
	return open >= 0 && end < len(toks) && (k > end && !withAfter(toks, end, pos) || k < open)
}

// resultAfterResult dates a result the sentence tells with no date of
// its own, of the subject whose result the sentence just before, in the
// same paragraph, dated to a period: «Le chiffre d'affaires du groupe a
// reculé de 2,3 % au premier semestre. Le résultat net est en revanche
// ressorti en hausse de 18 %, à 312 millions d'euros» is the half-year's.
// It then notes the sentence's own dated result for the next.
func (x *extractor) resultAfterResult(cls []Claim, s *sentence, si int) {
	follows := x.lastResultAt == si-1 && si > 0 && x.lastResultEnd <= s.span.Start && len(s.dates) == 0 && slices.ContainsFunc(cls, func(c Claim) bool {
		return c.HasValue && c.AsOf && c.Subject != "" && c.Subject == x.lastResult.Subject
	}) && !strings.Contains(x.art.Text[x.lastResultEnd:s.span.Start], "\n")
	// (not a sentence with a time of its own, a forecast or the present)
	follows = follows && !slices.ContainsFunc(s.toks, func(t lexis.Token) bool {
		return outlookWords[t.Fold] || expectVerbs[t.Fold] || lexis.InSet(t.Fold, "now", "currently", "today", "desormais", "actuellement", "aujourd'hui", "prevoit", "devrait", "devraient", "vise", "objectif", "target", "guidance")
	})
	b := x.lastResult
	for k := range cls {
		c := &cls[k]
		if follows && c.HasValue && c.AsOf && c.Subject != "" && c.Subject == b.Subject && resultMeasures[measureHead(c.Measure)] && !strings.Contains(c.Measure, "forecast") && !strings.Contains(c.Measure, "prévision") {
			c.Date, c.AsOf, c.DateSpan = b.Date, false, Span{}
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
			c.Reasons = append(c.Reasons, "date: none of its own; the period of the result of the same subject the sentence before told, "+b.Date.String())
		}
	}
	for k := range cls {
		c := &cls[k]
		if c.HasValue && !c.AsOf && !c.Unsure && c.Subject != "" && resultMeasures[measureHead(c.Measure)] && !comparisonBaseDated(c) &&
			(c.Date.Range || c.Date.Precision < PrecisionDay) && !c.Date.End.After(x.ref.End.AddDate(0, 0, 1)) {
			x.lastResult, x.lastResultAt, x.lastResultEnd = *c, si, s.span.End
		}
	}
}

// companionDates dates a figure told as the companion of the sentence's
// result, with no date of its own ("lost $212 million in the nine months
// to September, …, on revenue of $410 million", «a dégagé un bénéfice de
// 51 millions d'euros l'an dernier pour un chiffre d'affaires de 275
// millions»), to that result's period.
func (x *extractor) companionDates(cls []Claim, toks []lexis.Token) {
	for k := range cls {
		c := &cls[k]
		if c.HasValue && c.AsOf && x.resultCompanion(cls[:k], c, toks) {
			continue
		}
		if c.HasValue && c.AsOf && k > 0 && x.apposedChange(&cls[k-1], c) {
			continue
		}
		if b := &cls[max(k-1, 0)]; c.HasValue && c.AsOf && k > 0 && b.HasValue && !b.AsOf && b.Passage == c.Passage && !comparisonBaseDated(b) &&
			(strings.TrimLeft(b.Unit, "+−") != b.Unit && levelReached(toks, tokenAt(toks, c.ValueSpan.Start), tokenAt(toks, b.ValueSpan.End-1)) || withAfterComma(toks, tokenAt(toks, c.ValueSpan.Start))) {
			// "rose 31.2% in April from a year earlier to a record $15.8
			// billion", «a reculé de 2,8 % en janvier par rapport à
			// janvier 2025, à 1,41 milliard de litres»: the level the
			// change reached, at the change's date; and «a conservé la
			// première place au premier trimestre, avec 34 % des
			// ventes»: what the clause before had, at its date.
			c.Date, c.AsOf, c.DateSpan = b.Date, false, Span{}
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
			c.Reasons = append(c.Reasons, "date: that of the figure before it in its clause, whose level or part it tells («to», «à», «with», «avec»), "+b.Date.String())
			continue
		}
		if !c.HasValue || !c.AsOf || !companionFigure(toks, tokenAt(toks, c.ValueSpan.Start)) {
			continue
		}
		for j := 0; j < k; j++ {
			if b := &cls[j]; b.HasValue && !b.AsOf && !comparisonBaseDated(b) && b.Date.End.Before(x.ref.End.AddDate(0, 0, 1)) {
				c.Date, c.AsOf, c.DateSpan = b.Date, false, Span{}
				c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
				c.Reasons = append(c.Reasons, "date: that of the result it goes with, told before it in its sentence, "+b.Date.String())
				break
			}
		}
	}
}

// levelReached reports whether the figure at token i is the level a
// change at token b reached, brought in by "to", «à» after it in the same
// clause ("rose 31.2% … to a record $15.8 billion", «a reculé de 2,8 %
// …, à 1,41 milliard»).
func levelReached(toks []lexis.Token, i, b int) bool {
	k := i - 1
	for k > b && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Text, "$", "€", "£", "US$") || lexis.InSet(toks[k].Fold, "a", "an", "un", "une", "record", "new", "nouveau", "nouvel", "all-time", "high")) && toks[k].Text != "à" {
		k--
	}
	if k <= b+1 || !(toks[k].Fold == "to" || toks[k].Text == "à") {
		return false
	}
	for j := b + 1; j < k; j++ {
		if lexis.InSet(toks[j].Text, ";", ".", ":") && !insideNumber(toks, j) || toks[j].Kind == lexis.Number && !insideNumber(toks, j-1) && !insideNumber(toks, j+1) && !yearNumber(toks[j]) {
			return false // (another figure between them: "rose 5% to 120, and 3% to $4 billion")
		}
	}
	return true
}

// withAfterComma reports whether the figure at token i opens a phrase of
// "with", «avec» set after a comma, with no verb of its own («…, avec 34
// % des ventes», ", with a 21% share").
func withAfterComma(toks []lexis.Token, i int) bool {
	k := i - 1
	for k > 0 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Text, "$", "€", "£", "US$") || lexis.InSet(toks[k].Fold, "a", "an", "un", "une") && toks[k].Text != "à") {
		k--
	}
	return k >= 1 && lexis.InSet(toks[k].Fold, "with", "avec") && toks[k-1].Text == ","
}

// levelsAfterChanges gives a level told right after a change of what it
// measures, with no words of its own ("…, malgré un chiffre d'affaires en
// hausse de 3,8 %, à 4,6 milliards d'euros"), the measure of that change:
// the level it moved to, not the clause's other measure.
func levelsAfterChanges(cls []Claim, toks []lexis.Token) {
	for k := 1; k < len(cls); k++ {
		c, b := &cls[k], &cls[k-1]
		if !c.HasValue || !b.HasValue || !strings.HasSuffix(b.Unit, "%") || strings.TrimLeft(b.Unit, "+−") == b.Unit || strings.HasSuffix(c.Unit, "%") {
			continue
		}
		i, j := tokenAt(toks, b.ValueSpan.End-1)+1, tokenAt(toks, c.ValueSpan.Start)
		if j > 0 && lexis.InSet(toks[j-1].Text, "$", "€", "£") {
			j--
		}
		if i < len(toks) && toks[i].Text == "%" {
			i++
		}
		if j-i != 2 || toks[i].Text != "," || !(toks[i+1].Text == "à" || toks[i+1].Fold == "to") {
			continue
		}
		base, _, ok := strings.Cut(b.Measure, " (")
		own, unit, ok2 := strings.Cut(c.Measure, " (")
		if f := strings.Fields(base); ok && len(f) > 1 && lexis.InSet(f[len(f)-1], "fall", "rise", "change", "hausse", "baisse", "drop", "gain", "increase", "decrease", "growth", "decline", "recul", "progression") {
			base = strings.Join(f[:len(f)-1], " ") // "price fall (%)": the price it moved to
		}
		if !ok || !ok2 || base == own || lexis.InSet(base, "hausse", "baisse", "rise", "fall", "change", "variation", "gain", "drop", "recul", "progression") {
			continue // (not «a clôturé en hausse de 1,7 %, à 98,50 euros»: a change of no named measure, the price stays the clause's)
		}
		c.Measure, c.What = base+" ("+unit, b.What
		c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "measure:") })
		c.Reasons = append(c.Reasons, "measure: that of the change told right before it, «"+base+"», the level it moved to")
		c.Label = labelIn(c, "en")
	}
}

// resultCompanion dates c, a result its sentence tells with no date of its
// own after a result of the same subject dated to a period ("reported
// revenue of $312 million for 2025, up 41%, and a net loss of $96
// million", «a vu son résultat net chuter de 42 % en 2025, malgré un
// chiffre d'affaires en hausse de 3,8 %»): the same report's period. It
// reports whether it did.
func (x *extractor) resultCompanion(before []Claim, c *Claim, toks []lexis.Token) bool {
	if c.Subject == "" || !resultMeasures[measureHead(c.Measure)] || strings.Contains(c.Measure, "forecast") || strings.Contains(c.Measure, "prévision") {
		return false
	}
	i := tokenAt(toks, c.ValueSpan.Start)
	for k := i + 1; k < len(toks) && toks[k].Kind != lexis.Punct; k++ {
		if lexis.InSet(toks[k].Fold, "since", "depuis", "cumulative", "cumules", "cumule") {
			return false // "bringing its losses to more than $46 billion since the start of 2019": a running total
		}
	}
	for k := i - 1; k >= 0 && toks[k].Text != "," && toks[k].Text != ";"; k-- {
		if lexis.InSet(toks[k].Fold, "bringing", "taking", "portant", "total", "totale", "cumulative", "cumulated") {
			return false
		}
	}
	for j := len(before) - 1; j >= 0; j-- {
		b := &before[j]
		if !b.HasValue || b.AsOf || b.Subject != c.Subject || !resultMeasures[measureHead(b.Measure)] || comparisonBaseDated(b) ||
			b.Date.Precision == PrecisionDay || b.Date.IsZero() || b.Date.End.After(x.ref.End.AddDate(0, 0, 1)) || b.ValueSpan.Start >= c.ValueSpan.Start {
			continue
		}
		for k := tokenAfter(toks, b.ValueSpan.End); k < i; k++ {
			if toks[k].Text == ";" || outlookWords[toks[k].Fold] || expectVerbs[toks[k].Fold] || lexis.InSet(toks[k].Fold, "now", "currently", "today", "desormais", "actuellement", "aujourd'hui") {
				return false // (not "It expects revenue of…": a forecast; nor "…and now accounts for 6%": the present)
			}
		}
		if comparisonFigure(toks, quantity.NumberExpr{TokStart: i, TokEnd: tokenAfter(toks, c.ValueSpan.End)}) {
			if !comparisonBaseDated(c) {
				return false
			}
			// "swung to a net loss of 37 million euros from a profit of 12
			// million euros a year earlier": a year before the period the
			// result it is set against is now of.
			c.Date, c.AsOf, c.DateSpan = b.Date.ShiftYears(-1), false, Span{}
			c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
			c.Reasons = append(c.Reasons, yearEarlierReason)
			return true
		}
		c.Date, c.AsOf, c.DateSpan = b.Date, false, Span{}
		c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
		c.Reasons = append(c.Reasons, "date: none of its own; the period of the result of the same subject its sentence told before it, "+b.Date.String())
		return true
	}
	return false
}

// apposedChange dates c, a percentage with no date of its own set after
// a comma right behind b, the figure before it in its sentence, as b: the
// change of what b tells, of the same period ("revenue of $412 million in
// the second quarter, up 18% from a year earlier", «5,7 milliards d'euros
// en 2025, en retrait de 4 % sur un an»). It reports whether it did.
func (x *extractor) apposedChange(b, c *Claim) bool {
	if !b.HasValue || b.AsOf || b.Date.IsZero() || comparisonBaseDated(b) || !strings.HasSuffix(c.Unit, "%") || b.Passage != c.Passage || b.ValueSpan.End > c.ValueSpan.Start ||
		b.Date.End.After(x.ref.End.AddDate(0, 0, 1)) {
		return false
	}
	between := x.art.Text[b.ValueSpan.End:c.ValueSpan.Start]
	comma := strings.LastIndexByte(between, ',')
	if comma < 0 || strings.ContainsAny(between, ";:()") {
		return false
	}
	words := strings.Fields(lexis.Fold(between[comma+1:]))
	if len(words) < 2 || len(words) > 4 || !(lexis.InSet(words[0], "up", "down") || words[0] == "en" && lexis.InSet(words[1], "hausse", "baisse", "retrait", "recul", "progression", "repli")) {
		return false
	}
	if len(strings.Fields(between[:comma])) > 8 {
		return false // (the figure before is further than its own words)
	}
	c.Date, c.AsOf, c.DateSpan = b.Date, false, Span{}
	c.Reasons = slices.DeleteFunc(c.Reasons, func(r string) bool { return strings.HasPrefix(r, "date:") })
	c.Reasons = append(c.Reasons, "date: none of its own; that of the figure it is set after, "+b.Date.String())
	return true
}

// companionFigure reports whether the figure at token i is told as what a
// result went with: "on revenue of", "on sales of", «pour un chiffre
// d'affaires de», «pour des ventes de».
func companionFigure(toks []lexis.Token, i int) bool {
	k := i - 1
	for k > 0 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Text, "$", "€", "£", "US$")) {
		k--
	}
	if k < 2 || !lexis.InSet(toks[k].Fold, "of", "de", "d'") {
		return false
	}
	j := k - 1
	if lexis.InSet(toks[j].Fold, "revenue", "revenues", "sales", "turnover", "ventes") {
		j--
		if j >= 0 && lexis.InSet(toks[j].Fold, "a", "des", "net", "total") {
			j--
		}
		return j >= 0 && lexis.InSet(toks[j].Fold, "on", "pour")
	}
	return j >= 3 && toks[j].Fold == "affaires" && lexis.InSet(toks[j-1].Fold, "d'") && toks[j-2].Fold == "chiffre" && lexis.InSet(toks[j-3].Fold, "un", "pour") &&
		(toks[j-3].Fold == "pour" || j >= 4 && toks[j-4].Fold == "pour")
}

// documentOfStatement reports whether the date at token k names the
// document a verb of saying before it says its words in: a verb, then
// "in", «dans» and a report, a statement, a letter, then the date («a
// indiqué LVMH dans sa communication financière d'avril», "said in its
// March report").
func documentOfStatement(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 1 && k-j <= 8; j-- {
		if toks[j].Text == "," || toks[j].Text == ";" {
			return false
		}
		if !lexis.InSet(toks[j].Fold, "dans", "in") {
			continue
		}
		doc := false
		for n := j + 1; n < len(toks) && n <= k+1; n++ { // ("in its April report": the document after its month)
			doc = doc || lexis.InSet(toks[n].Fold, "communication", "communique", "rapport", "bilan", "lettre", "publication", "report", "statement",
				"release", "filing", "letter", "note", "presentation")
		}
		if !doc {
			return false
		}
		for v := j - 1; v >= 0 && j-v <= 6; v-- {
			if lexis.IsSpeechVerb(toks, v) && toks[v].Fold != "selon" {
				return true
			}
			if toks[v].Text == "," {
				break
			}
		}
		return false
	}
	return false
}

// samePeriodWords reports whether a sentence refers to the period told
// before: "over the same period", "in the same period", «sur la même
// période», «au cours de la même période».
func samePeriodWords(toks []lexis.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Fold == "same" && lexis.InSet(toks[k+1].Fold, "period", "quarter", "months", "time") && toks[k-1].Fold == "the" ||
			toks[k].Fold == "meme" && toks[k+1].Fold == "periode" && toks[k-1].Fold == "la" {
			return true
		}
	}
	return false
}

// modalRelativeDate reports whether date d, after the figure at byte pos,
// stands in a relative clause that tells what its antecedent would, will or
// must do ("a fee that would break the world record set by Neymar's move
// in 2017", «un investissement … qui doit créer 1 200 emplois d'ici
// 2029»): the date of that outlook or of what it tells of, not the
// figure's.
func modalRelativeDate(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	k, a := tokenAt(toks, pos), tokenAt(toks, d.Span.Start)
	if k < 0 || a <= k {
		return false
	}
	for j := a - 1; j > k; j-- {
		if toks[j].Text == ";" || toks[j].Text == ":" {
			return false
		}
		if !lexis.InSet(toks[j].Fold, "that", "which", "qui") || j+1 >= a || toks[j-1].Kind != lexis.Word {
			continue
		}
		m := toks[j+1].Fold
		return lexis.InSet(m, "would", "will", "could", "might", "should", "may", "doit", "doivent", "devrait", "devraient", "pourrait", "pourraient", "va", "vont") ||
			len(m) > 4 && toks[j+1].Kind == lexis.Word && (strings.HasSuffix(m, "era") || strings.HasSuffix(m, "eront"))
	}
	return false
}

// withAfter reports whether the figure at byte pos opens a phrase led by
// "with" or «avec» right after the comma at token closing that ends a
// clause set off by commas: the phrase goes on with that clause ("le
// record, qui datait de la canicule d'août 2003, avec 44,1 °C", "the
// record, set in July 2022, with 40.3C": 2003's and 2022's figures).
func withAfter(toks []lexis.Token, closing, pos int) bool {
	if closing+1 >= len(toks) || !lexis.InSet(toks[closing+1].Fold, "avec", "with") {
		return false
	}
	for j := closing + 2; j < len(toks) && j <= closing+4; j++ {
		if toks[j].Start == pos {
			return true
		}
	}
	return false
}

// relativeAround returns the comma that opens a relative clause set off by
// commas around token k (", which", ", qui", at most reach tokens before
// it) and the comma that closes it (len(toks) when the clause ends the
// sentence); -1 when no such clause holds k.
func relativeAround(toks []lexis.Token, k, reach int) (int, int) {
	open := -1
	for j := k - 1; j >= 1 && k-j <= reach; j-- {
		if toks[j].Text == "," && !numberComma(toks, j) {
			if j+1 < len(toks) && relativePronouns[toks[j+1].Fold] {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return -1, len(toks)
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Text == "," && !numberComma(toks, j) {
			return open, j
		}
	}
	return open, len(toks)
}

// relativeClauseApart reports whether the figure at byte pos stands in a
// relative clause set off by commas and date d outside it: "The Zorgville
// plant, which employs 2,300 workers, will close in June" (the workers are
// not June's), "Lusaero, which has a fleet of 64 aircraft, will take
// delivery of four jets before the end of June".
func relativeClauseApart(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	k := tokenAt(toks, pos)
	if k < 0 {
		return false
	}
	open, end := relativeAround(toks, k, 15)
	if open < 0 || open+2 >= len(toks) {
		return false
	}
	// Only a state told in the present ("which employs", "qui compte"): what
	// the relative clause says happened ("which killed 12 people", "qui a
	// fait 140 morts") happened on the main clause's date.
	v := toks[open+2]
	possession := lexis.InSet(v.Fold, "has", "have", "a", "ont") && open+3 < len(toks) &&
		(lexis.InSet(toks[open+3].Fold, "a", "an", "the", "un", "une", "des", "about", "around", "some", "environ", "pres", "plus", "more") && toks[open+3].Text != "à" || toks[open+3].Kind == lexis.Number)
	if v.Kind != lexis.Word || !possession && lexis.InSet(v.Fold, "a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient", "fut", "has", "had", "was", "were", "have") ||
		lexis.EnglishPast(v.Fold) || strings.HasSuffix(v.Fold, "ait") || strings.HasSuffix(v.Fold, "aient") {
		return false
	}
	if end == len(toks) {
		return false // the relative ends the sentence: its date is its own
	}
	return d.Span.Start < toks[open].Start || d.Span.Start >= toks[end].End
}

// sinceClause reports whether date d ends a clause opened by "since" or
// "depuis" ("five orders since it was announced in February 2000", "depuis
// le lancement de la campagne le 17 octobre"): the start of the period a
// figure counts over, not its date.
func sinceClause(toks []lexis.Token, d timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start)
	apposed := false // the date is set off after the clause: «depuis que l'Insee le mesure, en 1975»
	for j := k - 1; j >= 0 && k-j <= 12; j-- {
		switch {
		case toks[j].Fold == "since" || toks[j].Fold == "depuis":
			return !apposed || lexis.InSet(lexis.FoldAt(toks, j+1), "que", "qu'", "records")
		case toks[j].Text == "," && !apposed && k-j <= 2 && (j == k-1 || lexis.InSet(toks[j+1].Fold, "en", "in")):
			apposed = true
		case toks[j].Text == "," || toks[j].Kind == lexis.Punct:
			return false
		}
	}
	return false
}

// announcedThing reports whether the speech verb at v tells when a thing
// was announced, not when a figure was said: a passive ("since it was
// announced in February 2000", "le modèle a été annoncé en 2010") or a
// clause opened by "since" or "depuis".
func announcedThing(toks []lexis.Token, v int) bool {
	if lexis.InSet(lexis.FoldAt(toks, v-1), "was", "were", "been", "being", "ete", "fut", "furent") {
		return true
	}
	for k := v - 1; k >= 0 && v-k <= 4; k-- {
		if lexis.InSet(toks[k].Fold, "since", "depuis") {
			return true
		}
		if toks[k].Text == "," {
			break
		}
	}
	return false
}

// date sets the claim's date: the date words of the passage nearest the
// figure that are not the date of a statement; else "as of" the statement's
// date, else of the publication. Distances are differences of clause keys
// (see clauseIndex) and the figures nearer a date are found by binary
// search, so a sentence of n tokens, dates and figures costs O(n log n) per
// figure, whatever its length; at most maxDatesPerSentence dates are weighed.
func (x *extractor) date(c *Claim, s *sentence, p *parsed, statement map[int]bool, pos int, figures []int) {
	ci := x.clauses(s)
	keyPos := ci.key(pos)
	// The other figures' keys, in order (figures are byte offsets in
	// passage order; a key grows with the offset).
	others := ci.others[:0]
	for _, f := range figures {
		if f != pos {
			others = append(others, ci.key(f))
		}
	}
	slices.Sort(others)
	ci.others = others
	own, cloned := statement, false // the dates of the words that report the figure
	for di := range statement {
		if subordinateAfter(s.toks, pos, s.dates[di].Span.Start) {
			// "Shares in Zorgon dropped 8.1% after the company said on
			// Monday that…": another clause's report, not the figure's.
			if !cloned {
				own, cloned = maps.Clone(statement), true
			}
			delete(own, di)
		}
	}
	if len(own) > 0 && len(own) == len(s.dates) && !x.samePeriod.IsZero() && c.HasValue && x.sentIndex > x.samePeriodAt && x.sentIndex-x.samePeriodAt <= 2 && samePeriodWords(s.toks) {
		// «La maison Hennessy a vu ses ventes baisser de 9 % sur la même
		// période, a indiqué LVMH dans sa communication d'avril»: the
		// period the figure before was of, not the statement's date.
		c.Date = x.samePeriod
		c.Reasons = append(c.Reasons, "date: «the same period», that of the figure told just before, "+x.samePeriod.String())
		return
	}
	if c.Metric == MetricRank && c.standing && !x.art.Published.IsZero() && apposedAt(s.toks, p.tags, c.ValueSpan) {
		// "Harlan Creek, the country's third-largest egg producer,
		// recalled…": where it stands, as the article was written, not
		// the day of the clause the apposition sits in.
		c.AsOf, c.Date = true, x.art.Published
		return
	}
	if di := whenClauseDate(s, pos); di >= 0 {
		// "since 2007, when a tremor near Pisco killed 519 people": the
		// date the clause opens on.
		c.Date, c.DateSpan = s.dates[di].Date, s.dates[di].Span
		return
	}
	if di := periodCompoundBefore(s, pos); di >= 0 {
		// "reported first-quarter revenue of $36.5 billion on Wednesday":
		// the period the measured noun is of, not the report's day.
		c.Date, c.DateSpan = s.dates[di].Date, s.dates[di].Span
		c.Reasons = append(c.Reasons, "date: «"+s.dates[di].Text+"», the period of what the figure measures")
		return
	}
	if di := compoundPeriodOfFigureBefore(s, pos, figures); di >= 0 {
		// "reported fourth-quarter revenue of $12.8 billion in January,
		// up 7% from a year earlier": the change of that figure, of its
		// period, not of the day it was reported.
		c.Date, c.DateSpan = s.dates[di].Date, s.dates[di].Span
		c.Reasons = append(c.Reasons, "date: «"+s.dates[di].Text+"», the period of the figure before it, reported in the words between")
		return
	}
	if di := periodComplementAfter(s, p, pos); di >= 0 {
		// "approved on Tuesday a $612 million budget for 2025", «un
		// budget de 1,42 milliard d'euros pour 2025»: the period the
		// measured thing is for, not the day it was decided.
		c.Date, c.DateSpan = s.dates[di].Date, s.dates[di].Span
		c.Reasons = append(c.Reasons, "date: «"+s.dates[di].Text+"», the period what the figure measures is for")
		return
	}
	if x.plupAt == x.sentIndex-1 && !x.plupDate.IsZero() && len(own) == 0 && !datesOwnAt(s, pos) && pluperfect(s.toks) && len(s.toks) > 0 &&
		lexis.InSet(s.toks[0].Fold, "elle", "il", "elles", "ils", "it", "they") {
		// «L'épidémie de l'hiver 2016-2017 avait causé 14 400 décès. Elle
		// avait duré dix semaines»: the pluperfect goes on with the time
		// the sentence before gave.
		c.Date = x.plupDate
		c.Reasons = append(c.Reasons, "date: none in the passage; told in the pluperfect after the sentence that dated it, "+x.plupDate.String())
		return
	}
	if x.impfAt == x.sentIndex-1 && !x.impfDate.IsZero() && len(own) == 0 && len(s.dates) == 0 && x.art.Lang == "fr" && frenchImperfect(s.toks, p.tags) {
		// «La Creuse se classait au 96e rang fin 2016. Seuls 14 % de ses
		// logements y avaient accès, contre 47 % en moyenne nationale»:
		// the imperfect goes on with the state of the time the sentence
		// before gave.
		c.Date = x.impfDate
		c.Reasons = append(c.Reasons, "date: none in the passage; told in the imperfect after the sentence that dated it, "+x.impfDate.String())
		return
	}
	if nowAfter(s, pos) {
		// "contre 17 euros actuellement", "from $17 now": the figure as
		// it stands when the article was written, whatever else its
		// sentence dates.
		c.AsOf = true
		c.Date = x.art.Published
		if c.Date.IsZero() {
			c.Date = x.ref
		}
		c.Reasons = append(c.Reasons, "date: «now», as of the article")
		return
	}
	best, bestDist := -1, math.MaxInt
	otherOwned := -1 // the first date right after another figure before this one, taken when no other dates it
	sharedPast := -1 // the sentence's first date, before a clause in the past that "and" adds
	for di, d := range s.dates {
		if di >= maxDatesPerSentence {
			break
		}
		if d.Kind == "duration" || d.Kind == "time" || d.Since && !x.startsAhead(s.toks, d, pos) || sinceClause(s.toks, d) || statement[di] || d.Date.IsZero() || eventOwned(s, ci, d, pos) || priorDate(s, ci, d, pos) ||
			incidentalDate(s.toks, d, pos) || withNounDate(s.toks, d, pos) || modelYear(s.toks, d) || nounsSeason(s.toks, d) || citedSourceDate(s.toks, d, pos) || presentRelativeApart(s.toks, d, pos) || x.nounsYear(s, d, pos) ||
			comparisonBase(s.toks, d) && !x.startsAhead(s.toks, d, pos) && !ownBaseDate(s.toks, d, pos) || relativeDate(s, ci, d, pos) || relativeClauseApart(s.toks, d, pos) || baseAfter(s.toks, pos, d) || dateInRelativeApart(s.toks, d, pos) ||
			modalRelativeDate(s.toks, d, pos) || p.apposedDate(d, pos) {
			continue
		}
		if d.Span.End <= pos && ownConjunctDate(s, d, pos) {
			continue // "rise to 288,000 pesos on Sept. 1 and to 301,000 pesos on March 1": each figure its own conjunct's date
		}
		if d.Span.Start > pos && causeParticipleDate(s, x.art.Lang, d, pos) {
			// «Au premier trimestre 2026, le chiffre d'affaires a reculé
			// de 2,3 %, pénalisé par un hiver pluvieux»: the cause's time,
			// not the period the sentence opens on.
			continue
		}
		if d.Span.Start > pos && p.aheadBefore(tokenAt(s.toks, pos)) && asClauseBetween(s.toks, pos, d.Span.Start) {
			// "said it will eliminate about 4,200 jobs, …, as it reported a
			// 31% drop in fourth-quarter profit": the period of what the
			// "as" clause reports, not of the cuts ahead.
			continue
		}
		if d.Span.End <= pos && d.Date.Precision >= PrecisionDay && otherReportedClause(s.toks, d.Span.End, pos) {
			// "said on Tuesday that it had been informed of the problem on
			// March 4 and that the recall covered about 900,000 packs": the
			// day of the act the first reported clause tells, not the
			// second's.
			continue
		}
		kd := ci.key(d.Span.Start)
		dist := absInt(kd - keyPos)
		if c.ValueSpan.End > pos && d.Span.Start >= c.ValueSpan.End {
			dist = absInt(kd - ci.key(c.ValueSpan.End)) // (after the figure, from its end: "$22.9 billion at the end of December" is nearer than "at the end of March" before it)
		}
		// A date nearer another figure of the passage dates that one: "more
		// than 300 million, up from 200 million earlier this month".
		// A date before all the passage's figures, with no other date
		// after it, is not another's: "La Bourse a terminé en hausse
		// mercredi, le CAC 40 gagnant 1,42 %, soit un gain de 87,93 points".
		if nearestGap(others, kd) < dist && !fronted(s.toks, d) && !chained(s.toks, pos, d.Span.Start) && !apposedChange(s.toks, d.Span.End, pos) && !levelAfterChange(s.toks, d.Span.End, pos) && !changeAfterLevel(s.toks, pos, d.Span.Start) && !parallelClause(s, x.art.Lang, d.Span.End, pos) && !sharedEndDate(s, di, pos) &&
			!(kd < keyPos && (len(others) == 0 || kd < others[0]) && !slices.ContainsFunc(s.dates[di+1:], func(e timex.DateExpr) bool { return !comparisonBase(s.toks, e) })) {
			// (a base set against after it is no other date: «a récolté
			// cette année 35,8 millions de tonnes, en hausse de 23 % par
			// rapport à la moisson de 2020»)
			if d.Span.End <= pos && onlyStatementsBefore(statement, di) && sharedPast < 0 && p.pastConjunctAfter(d.Span.End, pos) {
				// (the sentence's first date but the day its words were
				// said: "said on Wednesday its beer volumes fell 2.3% in
				// 2024 …, but price increases lifted operating profit")
				sharedPast = di // "Veltrano sold 1.46 million vehicles in 2019, …, and its share slipped to 6.1%": kept if nothing nearer dates it
			}
			continue
		}
		if untilAfter(s.toks, d, pos) && !x.art.Published.IsZero() && d.Date.Start.After(x.art.Published.End) {
			// "signed a contract worth 1.9 billion euros, securing work for
			// its 2,300 employees until 2023": a span's end after the
			// article says how long, not when (but "sales rose 8% in the
			// fiscal year through March 2024", "employed 2,000 people until
			// 2020" are of the period the span ends).
			continue
		}
		if p.laterConjunct(pos, d.Span.Start) {
			continue // "restored power to 30,000 homes overnight and expected to reconnect the rest by Friday": the next verb's date
		}
		if d.Span.Start > pos && presentStockBefore(s.toks, pos) && pastVerbBetween(s.toks, pos, d.Span.Start) {
			// "Velatek has about 14,000 employees and reported revenue of
			// $5.3 billion last year", «Le groupe compte 2 900 salariés,
			// après un plan qui a supprimé 350 postes l'an dernier»: what
			// it has now; the date is the later past clause's.
			continue
		}
		if semicolonBetween(s.toks, d.Span, pos) && !fronted(s.toks, d) {
			continue // "suppression de 5 122 postes à Air France d'ici à décembre 2015 ; de 1 000 à 4 000 emplois menacés chez Sanofi": another item's date
		}
		if contrastBetween(s.toks, d.Span, pos) && !fronted(s.toks, d) && !parallelClause(s, x.art.Lang, d.Span.End, pos) {
			continue // "…priced at $29 before the conference, but will be free until September 30"
		}
		if d.Span.Start > pos && laterFiguresDate(s, x.art.Lang, d, pos) {
			continue // "with 512,000 rides, beating the previous record of 488,000 set in August 2022": the record's date
		}
		if d.Span.Start > pos && baseParticipleDate(s.toks, x.art.Lang, d, pos) {
			continue // «Elle gagne 3 points par rapport à la précédente vague, réalisée début octobre»: the base's date
		}
		if d.Span.End <= pos && otherFiguresDate(s, d, pos) {
			if otherOwned < 0 {
				otherOwned = di
			}
			continue // "rose to 3.58 million in 2024 from 3.4 million in 2023": the first figure's year, not the second's
		}
		if dist < bestDist {
			best, bestDist = di, dist
		}
	}
	if best < 0 && otherOwned >= 0 {
		best = otherOwned
	}
	if best < 0 && sharedPast >= 0 && !c.revised {
		best = sharedPast
		c.Reasons = append(c.Reasons, "date: «"+s.dates[best].Text+"», the date of the sentence's first clause, which its clause goes on from in the past")
	}
	if best >= 0 {
		c.Date, c.DateSpan = s.dates[best].Date, s.dates[best].Span
		if d, span, ok := yearsJoined(s, best); ok {
			// "had bought 4.7 million doses in 2021 and 2022": both years.
			c.Date, c.DateSpan = d, span
		}
		return
	}
	if c.revised {
		// "raised his price target to $46": a forecast moved when it is
		// said, not a result of the period the article reports.
		x.dateAsOf(c, s, own, pos)
		return
	}
	if d, ok := elidedQuarter(s, pos); ok {
		// "Le PIB a progressé de 0,4 % au deuxième trimestre, après
		// 0,2 % au premier": the quarter the ordinal names, the noun left
		// out.
		c.Date = d
		c.Reasons = append(c.Reasons, "date: the quarter its ordinal names, of the year of the quarter the sentence names, "+d.String())
		return
	}
	if n := withinYears(s.toks, pos); n > 0 && !x.art.Published.IsZero() {
		// "qui pourraient atteindre 3 000 milliards d'ici à dix ans": the
		// year the span ahead ends (a span for the timeline, a date for
		// the figure).
		c.Date = YearOf(x.art.Published.Start.Year() + n)
		c.Reasons = append(c.Reasons, "date: the end of the span ahead its clause gives, "+c.Date.String())
		return
	}
	if !x.narrDate.IsZero() && x.narrDate.Precision >= PrecisionDay && sameDayWords(s.toks) {
		// "Le pays a connu le même jour un attentat…", "on the same day":
		// the day of the event told before.
		c.Date = x.narrDate
		c.Reasons = append(c.Reasons, "date: «the same day» as the event told before, "+x.narrDate.String())
		return
	}
	if dn := x.atDatedNoun(s, pos); dn != nil {
		// "La coalition a obtenu une majorité aux élections législatives,
		// remportant 41,67 % des suffrages": the elections' date, which
		// the article gave before ("les élections législatives du 30 mai").
		c.Date = dn.date
		c.Reasons = append(c.Reasons, "date: none in the passage; the date the article gave before to «"+dn.text+"», where the figure was reached")
		return
	}
	if day := x.leadDay; !day.IsZero() && !x.leadSaid && c.HasValue && x.sentIndex > x.leadAt && x.sentIndex-x.leadAt <= 8 && len(own) == 0 && crowdFigure(s.toks, pos) &&
		!voteDatesOwn(s, pos, figures) && x.crowdStory() && !modalBefore(s.toks, pos) && !pluperfect(s.toks) && !futureClause(s.toks) && day.Start.After(x.art.Published.Start.AddDate(0, 0, -8)) {
		// "Plusieurs dizaines de milliers de personnes ont défilé samedi.
		// … À Nantes, ils étaient 12 500 selon la police": a count of the
		// crowd of the day the story's lead tells of.
		c.Date = day
		c.Reasons = append(c.Reasons, "date: none in the passage; a count of the crowd of the day the story's lead tells, "+day.String())
		return
	}
	if dn := x.electionDay(); dn != nil && c.HasValue && len(own) == 0 && !voteDatesOwn(s, pos, figures) && (voteFigure(s.toks, pos) || voteMeasures[measureHead(c.Measure)]) && !modalBefore(s.toks, pos) && !pluperfect(s.toks) &&
		!slices.ContainsFunc(s.toks, func(t lexis.Token) bool {
			return electionNouns[t.Fold] && !lexis.InSet(t.Fold, "vote", "poll", "ballot") && !t.Upper() &&
				!slices.ContainsFunc(figures, func(f int) bool { return f > pos && f < t.Start })
		}) {
		// (nor an election a name holds: "according to the Norwegian
		// Directorate of Elections", nor the one of a figure after it:
		// "Turnout was 38.2%, down from 57.6% at the general election in
		// 2024"; nor «Au premier tour, Mme Marchal
		// était arrivée en tête avec 41,2 %»: the pluperfect's earlier
		// round)
		// (not "La coalition avait obtenu 12 % des voix aux élections
		// municipales": another election, named)
		// "Le taux de participation aux élections municipales du 2
		// novembre… La nouvelle mairesse a été élue avec 46 % des voix":
		// a vote's figure, of the election the article dated.
		c.Date = dn.date
		c.Reasons = append(c.Reasons, "date: none in the passage; a vote's figure, of «"+dn.text+"», which the article dated before")
		return
	}
	if d, ok := x.subjectDays[c.Subject]; ok && c.Subject != "" && d.at < x.sentIndex && x.sentIndex-d.at <= 8 && d.day != x.narrDate && !x.narrDate.IsZero() && len(own) == 0 && !datesOwnAt(s, pos) &&
		!frontedTime(s.toks) && imperfectClause(s.toks, p.tags, x.art.Lang) {
		// "Un train Intercités a déraillé dimanche soir. Le bilan s'est
		// alourdi lundi. Le train transportait 312 passagers": what the
		// subject was doing when its own event happened, not the day the
		// story last told of.
		c.Date = d.day
		c.Reasons = append(c.Reasons, "date: none in the passage; told in the imperfect of the subject whose event the article told on "+d.day.String())
		return
	}
	if c.thing && !commodityNouns[lexis.Fold(c.Subject)] && !x.periodDate.IsZero() && c.HasValue && x.sentIndex > x.periodAt && x.sentIndex-x.periodAt <= 6 && len(own) == 0 && !datesOwnBeyondBase(s, pos) && !frontedTime(s.toks) && !looksBack(s.toks) && !pluperfect(s.toks) &&
		!x.periodDate.Start.After(x.ref.End) && !modalBefore(s.toks, pos) && !reactionTo(s.toks) {
		// "Groundbreaking fell 3.7% last month. … Building permits rose
		// 2.5%": the period of the statistics the report told just before
		// (not "zinc added 1.1%": a price moves on its day of trading).
		c.Date = x.periodDate
		c.Reasons = append(c.Reasons, "date: none in the passage; the period of the statistics told just before, "+x.periodDate.String())
		return
	}
	if gap := x.sentIndex - x.narrAt; !x.narrDate.IsZero() && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) && gap > 0 && pastClause(s.toks, x.art.Lang) && !pluperfect(s.toks) &&
		!slices.ContainsFunc(s.dates, func(d timex.DateExpr) bool {
			return d.Date.Precision == PrecisionYear && !d.Date.Range && comparisonBase(s.toks, d) ||
				d.Kind == "duration" && aheadSpan(d.Text) // "said it needed $48 million over the next three months": ahead of the words, not of the event before
		}) &&
		!x.periodAfterEvent(c, s.toks) && !(c.HasValue && x.withinLeadPeriod(x.narrDate) && !announcedIn(s.toks)) && (gap == 1 || gap == 2 && c.Subject == x.narrSubject || gap <= 4 && x.pastAt == x.sentIndex-1 || gap <= 8 && c.Subject == x.narrSubject && alsoAt(s.toks) >= 0) {
		// (and "It also announced a $5 billion share buyback", further on:
		// what the same subject also did, told in the past)
		// (not «Le rendement moyen est tombé à 32 hectolitres par hectare,
		// contre 41 en 2024» after a hailstorm's day: a year's figure, set
		// against another year's)
		// (about the same subject within two sentences, about any in the
		// next one, or while the sentences before tell the story in the
		// past: "Trailing at half-time, Zorgville turned the match around.
		// Striker Daniel Zorgafor scored two goals")
		c.Date = x.narrDate
		c.Reasons = append(c.Reasons, "date: none in the passage, told in the past right after the event of "+x.narrDate.String())
		return
	}
	if !x.samePeriod.IsZero() && c.HasValue && x.sentIndex > x.samePeriodAt && x.sentIndex-x.samePeriodAt <= 2 && len(own) == 0 && len(s.dates) == 0 && samePeriodWords(s.toks) {
		// (not "The stock has gained 22% since January, outperforming a
		// 6% rise in the index over the same period": the sentence's own)
		// "Revenue rose 8% to 1.16 billion euros in the 2024-25 season.
		// The club's wage bill rose 11% over the same period", «sur la
		// même période»: the period the figure before was of.
		c.Date = x.samePeriod
		c.Reasons = append(c.Reasons, "date: «the same period», that of the figure told just before, "+x.samePeriod.String())
		return
	}
	// «M6 a rassemblé 8,4 % de part d'audience en mars. TF1 reste en tête
	// avec 19,1 % de part d'audience»: another's share of the very
	// measure, in one of the two sentences after, is of the report's
	// period, in the present too (not past a forecast of another period
	// between them).
	sameMeasure := (x.sentIndex == x.periodAt+1 || x.sentIndex == x.periodAt+2 && x.targetAt != x.periodAt+1) && x.periodDate.Precision < PrecisionDay && c.Unit == "%" && measureHead(c.Measure) != "" && slices.Contains(x.periodShares, measureHead(c.Measure))
	if !x.periodDate.IsZero() && c.HasValue && (x.sentIndex == x.periodAt+1 || x.sentIndex == x.periodAt+2 && (x.targetAt == x.periodAt+1 || sameMeasure)) && !x.periodDate.Start.After(x.ref.End) && !shareFigure(c) && !modalBefore(s.toks, pos) &&
		(!x.namesOtherSubject(c, x.periodSubject) || strings.ContainsAny(c.Unit, "+−") && x.sentIndex == x.periodAt+1 && x.periodDate.Precision < PrecisionDay && statisticPresent(s.toks) || sameMeasure) &&
		!tradingAt(s.toks, pos) && !reactionTo(s.toks) && (c.Subject == x.periodSubject || !x.otherSource(x.figureSource, x.periodSource)) &&
		len(own) == 0 && !datesOwnBeyondBase(s, pos) && !frontedTime(s.toks) && (pastClause(s.toks, x.art.Lang) || statisticPresent(s.toks) || sameMeasure) &&
		!slices.ContainsFunc(s.toks, func(t lexis.Token) bool {
			// (not "the chain was now ranked second, behind John Lewis on
			// 5.1 billion pounds": as things stand, a word for now before
			// the figure; nor "Shares rose 9% to 412 pence in early
			// trading": a day of trading's)
			return lexis.InSet(t.Fold, "now", "currently", "desormais", "actuellement") && t.End <= pos || lexis.InSet(t.Fold, "trading", "seance")
		}) {
		// "Zorgon's revenue rose 9% in the first quarter. Its net loss
		// narrowed to 84 million euros": the same report's period.
		if len(figures) == 1 && yearBackIn(s.toks) {
			// "It had posted a net loss of $40 million in the year-ago
			// quarter", «Il était de 3,8 milliards un an plus tôt»: that
			// period, a year before (the sentence's only figure: not
			// "…to $312 million from $198 million a year earlier").
			c.Date = x.periodDate.ShiftYears(-1)
			c.Reasons = append(c.Reasons, "date: none in the passage; the period of the figure told just before about the same subject, a year earlier, "+c.Date.String())
			return
		}
		c.Date = x.periodDate
		if x.namesOtherSubject(c, x.periodSubject) {
			// "Le Louvre a accueilli 9,1 millions de visiteurs en 2025. Le
			// Centre Pompidou enregistre une baisse de 18 %": another's
			// change, told beside it in the present of statistics.
			c.Reasons = append(c.Reasons, "date: none in the passage; the period of the figure told just before, beside which the present of statistics sets it, "+x.periodDate.String())
			return
		}
		c.Reasons = append(c.Reasons, "date: none in the passage; the period of the figure told just before about the same subject, "+x.periodDate.String())
		return
	}
	if !x.unitDate.IsZero() && c.HasValue && x.sentIndex == x.unitAt+1 && c.Unit != "" && c.Unit == x.unitUnit && !x.unitDate.Start.After(x.ref.End) && !shareFigure(c) &&
		len(s.dates) == 0 && !slices.ContainsFunc(s.toks, func(t lexis.Token) bool { return outlookWords[t.Fold] }) &&
		len(own) == 0 && !datesOwnBeyondBase(s, pos) && !frontedTime(s.toks) && pastClause(s.toks, x.art.Lang) && !pluperfect(s.toks) && !looksBack(s.toks) && !modalBefore(s.toks, pos) {
		// "Crude steel output in the EU fell 2.6% in 2024 to 129.5
		// million tonnes. Germany, the bloc's largest producer, made 37.2
		// million tonnes": a figure in the same unit, told in the past
		// right after, is of the same period, whoever it is of.
		c.Date = x.unitDate
		c.Reasons = append(c.Reasons, "date: none in the passage; the period of the figure in the same unit told just before, "+x.unitDate.String())
		return
	}
	if !x.periodDate.IsZero() && c.HasValue && x.sentIndex > x.periodAt+1 && x.sentIndex-x.periodAt <= 8 && slices.Contains(x.periodMeasures, measureHead(c.Measure)) && resultMeasures[measureHead(c.Measure)] &&
		c.Subject == x.periodSubject && !modalBefore(s.toks, pos) && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) && pastClause(s.toks, x.art.Lang) &&
		!pluperfect(s.toks) && !looksBack(s.toks) && !x.otherPastSince(x.periodAt, x.periodDate) {
		// (not "Revenue was $4.05 billion in the year-ago quarter", «Le
		// chiffre d'affaires avait chuté de 20 %», nor after "In 2019,
		// Zorgon was much smaller": another time)
		// "Revenue for the three months to September 30 rose 14%. […]
		// Cloud revenue jumped 31%": the same results, further on.
		c.Date = x.periodDate
		c.Reasons = append(c.Reasons, "date: none in the passage; the period of the same measure told before about the same subject, "+x.periodDate.String())
		return
	}
	if (shareFigure(c) || c.Unit == "+%" || c.Unit == "−%" || c.Unit == "%" && movedPercent(s.toks, c.ValueSpan.End)) && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) &&
		pastClause(s.toks, x.art.Lang) && !pluperfect(s.toks) && !modalBefore(s.toks, pos) {
		if day := x.sharesDayBefore(); !day.IsZero() {
			// "Shares in European steelmakers fell sharply on Monday.
			// Salzgitter dropped 5.4%": the moves of the day of trading
			// the sentence before told.
			c.Date = day
			c.Reasons = append(c.Reasons, "date: none in the passage; a move told in the past right after the day of trading told just before, "+day.String())
			return
		}
	}
	if day := x.leadDay; !day.IsZero() && (shareFigure(c) || indexMove(c) && (x.focusIsIndex() || x.leadMarket)) && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) &&
		pastClause(s.toks, x.art.Lang) && !pluperfect(s.toks) && !modalBefore(s.toks, pos) && day.Start.After(x.art.Published.Start.AddDate(0, 0, -8)) {
		// "Brightmart reported a 23% rise in profit on Wednesday. […] Its
		// shares closed 7.3% higher": a share's move the story tells in
		// the past with no time of its own is of the day its lead tells;
		// so is an index's in a market report ("European stocks rallied on
		// Tuesday. The DAX rose 2.0%").
		c.Date = day
		c.Reasons = append(c.Reasons, "date: none in the passage; a share's move told in the past, on the day of the story's lead, "+day.String())
		return
	}
	if day := x.leadDay; !day.IsZero() && c.HasValue && !x.leadSaid && (x.leadPeriod.IsZero() || announcedIn(s.toks)) && x.sentIndex > x.leadAt && x.leadParticipant(s, c.Subject) && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) &&
		pastClause(s.toks, x.art.Lang) && !pluperfect(s.toks) && !modalBefore(s.toks, pos) && day.Start.After(x.art.Published.Start.AddDate(0, 0, -8)) {
		// "Ballymore won the cup final on Sunday. […] Shannonside had 58%
		// of possession": a figure the story tells in the past with no
		// time of its own is of the day of the event its lead tells, when
		// that day is within the week before publication.
		c.Date = day
		c.Reasons = append(c.Reasons, "date: none in the passage; told in the past, on the day of the story's lead, "+day.String())
		return
	}
	if lp := x.leadPeriod; !lp.IsZero() && c.HasValue && !c.standing && !shareFigure(c) && !(c.thing && commodityNouns[lexis.Fold(c.Subject)]) &&
		!slices.ContainsFunc(strings.Fields(lexis.Fold(c.Measure)), func(w string) bool {
			return lexis.InSet(w, "forecast", "guidance", "target", "outlook", "objectif", "prevision", "previsions")
		}) && !slices.ContainsFunc(s.toks, func(t lexis.Token) bool { return t.Fold == "full-year" }) && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) && (pastClause(s.toks, x.art.Lang) || resultPresent(s.toks, pos)) && !tradingAt(s.toks, pos) &&
		!pluperfect(s.toks) && !modalBefore(s.toks, pos) && !looksBack(s.toks[:lookBackEnd(s.toks, pos)]) && x.sentIndex > x.leadPeriodAt && x.sentIndex-x.leadPeriodAt <= 12 &&
		!x.frontedPastBefore(x.leadPeriodAt, lp) && !reactionTo(s.toks) { // (nor after "In 2019, Zorgon was much smaller": another time)
		// "La Bretagne a enregistré 34,6 millions de nuitées en juillet et
		// en août. … Le nombre de nuitées des Britanniques a chuté de
		// 9 %": a figure told in the past with no time of its own is of
		// the period the article's lead reports (not a share's move,
		// which is of its day of trading).
		c.Date = lp
		c.Reasons = append(c.Reasons, "date: none in the passage; told in the past, of the period the article's lead reports, "+lp.String())
		return
	}
	if lp := x.leadFuture; !lp.IsZero() && c.HasValue && !c.standing && len(own) == 0 && !datesOwnAt(s, pos) && !frontedTime(s.toks) && futureClause(s.toks) &&
		x.sentIndex >= leadSentences && x.sentIndex-x.leadFutureAt <= 12 {
		// "The EU and Norway agreed to cut the cod catch by 15% next year.
		// … the North Sea herring quota will rise 12%": a figure told in
		// the future with no time of its own is of the coming period the
		// article's lead sets.
		c.Date = lp
		c.Reasons = append(c.Reasons, "date: none in the passage; told in the future, of the coming period the article's lead sets, "+lp.String())
		return
	}
	if d, ok := baseYearBack(s, pos); ok && c.HasValue && !c.standing && len(own) == 0 {
		// "depreciation dropped to $298 from $341 in the same quarter last
		// year": the level reached is of the period its base is a year
		// back from.
		c.Date = d
		c.Reasons = append(c.Reasons, "date: none in the passage; the period the base after it is a year back from, "+d.String())
		return
	}
	x.dateAsOf(c, s, own, pos)
}

// baseYearBack returns the period a base set against the figure at byte
// pos is a year back from ("to $298 from $341 in the same quarter last
// year", «à 4,2 % contre 4,0 % au même trimestre l'an dernier»), when the
// base follows right after the figure.
func baseYearBack(s *sentence, pos int) (Date, bool) {
	toks := s.toks
	k := tokenAt(toks, pos)
	if k < 0 {
		return Date{}, false
	}
	for _, d := range s.dates {
		e := tokenAt(toks, d.Span.Start)
		if d.Span.Start <= pos || e-k > 9 || d.AnchorDate.IsZero() || !d.AnchorDate.Range || !strings.Contains(lexis.Fold(d.Text), "same") && !strings.Contains(lexis.Fold(d.Text), "meme") {
			continue
		}
		for j := k + 1; j < e; j++ {
			if lexis.InSet(toks[j].Fold, "from", "contre", "versus", "vs") {
				return d.AnchorDate, true
			}
		}
	}
	return Date{}, false
}

// dateAsOf dates claim c, whose words give it no time of its own, as of
// the statement that reports it (the nearest of its own dates to the
// figure at byte pos), else as of the publication.
func (x *extractor) dateAsOf(c *Claim, s *sentence, own map[int]bool, pos int) {
	c.AsOf = true
	said, saidDist := -1, 0
	for di := range own {
		// (the nearest to the figure of its statement dates, whatever
		// order the set gives them in: «qui avait évoqué lundi un prêt de
		// 25 millions …, a annoncé mercredi»)
		if d := s.dates[di]; !d.Date.IsZero() && !contrastBetween(s.toks, d.Span, pos) {
			dist := max(d.Span.Start-pos, pos-d.Span.Start)
			if said < 0 || dist < saidDist || dist == saidDist && di < said {
				said, saidDist = di, dist
			}
		}
	}
	if said >= 0 {
		c.Date, c.DateSpan = s.dates[said].Date, s.dates[said].Span
		return
	}
	c.Date = x.art.Published
	if c.Date.IsZero() {
		c.Date = x.ref
	}
}

// reactionTo reports whether a sentence tells what followed the news the
// article reports ("Copper prices rose 1.4% after the announcement",
// «Le titre a chuté à l'annonce des résultats»): a move of the day of the
// news, not of the period the news reports.
func reactionTo(toks []lexis.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		f := toks[k].Fold
		if !lexis.InSet(f, "after", "following", "apres", "suite", "a") {
			continue
		}
		j := k + 1
		if f == "suite" && lexis.InSet(toks[j].Fold, "a", "au") {
			j++
		}
		if j+1 < len(toks) && lexis.InSet(toks[j].Fold, "the", "l'", "la", "le", "its", "this", "cette", "cet", "ce") {
			j++
		}
		if f == "a" && toks[k].Text != "à" {
			continue
		}
		if lexis.InSet(toks[j].Fold, "announcement", "annonce", "news", "nouvelle", "publication", "release", "results", "resultats", "statement", "communique", "decision") {
			return true
		}
	}
	return false
}

// headcountNouns name a count of people or of trips in one word, which a
// bare number after "rose to" is ("Domestic enrolment rose 2.4% to
// 212,500", «la fréquentation a atteint 1,2 million»).
var headcountNouns = lexis.SetOf("enrolment", "enrollment", "attendance", "ridership", "membership", "headcount", "workforce",
	"turnout", "audience", "readership", "viewership", "circulation", "footfall", "frequentation", "effectif", "affluence", "population")

// countableSubject reports whether the noun f, heading a clause's subject,
// names things a bare number can count: a plural ("deaths", «morts»), or
// a noun of number (« le nombre de… »).
func countableSubject(f, lang string) bool {
	if lexis.InSet(f, "number", "nombre", "total", "count", "toll", "bilan") {
		return true
	}
	return strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && len(f) > 3 && !lexis.InSet(f, "sales", "prices", "ventes", "prix", "shares", "actions", "earnings", "news", "series", "means", "plus", "moins", "temps", "pays", "fois")
}

// leadParticipant reports whether subject takes part in the story its lead
// tells: named in the lead's sentence, or a person sentence s names with a
// given name (the players, candidates and witnesses a story names as it
// goes on); not another named thing of the same kind ("Storm Lothar killed
// 92 people" after "Storm Ciaran hit Brittany on Thursday").
func (x *extractor) leadParticipant(s *sentence, subject string) bool {
	for _, n := range x.leadNames {
		if n == subject || strings.HasPrefix(n, subject+" ") || strings.HasSuffix(n, " "+subject) {
			return true // ("Shannonside" for "Shannonside Rovers")
		}
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		if d := x.reg.display(m.key); !m.common && x.reg.kindOf(m) == KindPerson && d == subject && strings.Contains(d, " ") && givenNameFirst(d) &&
			(x.art.Lang == "fr" || !strings.Contains(englishClasses(lexis.Fold(strings.Fields(d)[0])), "NN")) {
			// (not "Storm Lothar": a given name that is a common noun too)
			return true // a person the story names as it goes on ("Théo Mauriac a inscrit 11 points")
		}
	}
	return false
}

// laterConjunct reports whether the date at byte d lies in a verb phrase
// coordinated after the one of the figure at byte pos: "restored power to
// 30,000 homes overnight and expected to reconnect the rest by Friday",
// «a rétabli le courant chez 30 000 foyers et espère raccorder les autres
// d'ici vendredi».
func (p *parsed) laterConjunct(pos, d int) bool {
	toks, tags := p.toks, p.tags
	f, k := tokenAt(toks, pos), tokenAt(toks, d)
	if f < 0 || k <= f || len(tags) < len(toks) {
		return false
	}
	for j := f + 1; j < k; j++ {
		if toks[j].Text == "," && j+1 < k && tags[j+1] == syntax.VERB && (p.lang == "fr" && strings.HasSuffix(toks[j+1].Fold, "ant") || p.lang != "fr" && strings.HasSuffix(toks[j+1].Fold, "ing")) && p.aheadBefore(f) {
			// "will spend 3.2 billion euros …, creating about 800 jobs
			// there by 2024": what a participle set off after the figure
			// says will follow, with its own date.
			return true
		}
		if !lexis.InSet(toks[j].Fold, "and", "et", "but", "mais", "then", "puis") {
			continue
		}
		if j > f+1 && toks[j-1].Text == "," && j+2 < k && lexis.InSet(toks[j+1].Fold, "son", "sa", "ses", "leur", "leurs", "its", "their") && tags[j+2] == syntax.NOUN &&
			slices.ContainsFunc(tags[j+3:k], func(t syntax.Tag) bool { return t == syntax.VERB || t == syntax.AUX }) {
			// «Son chiffre d'affaires a progressé de 4,1 % sur la période,
			// et son carnet de commandes atteignait 96 milliards au 30
			// septembre», ", and its order book reached … at Sept. 30": a
			// clause of another thing with its own verb and date.
			return true
		}
		if p.presentVerbBefore(f) && p.pastVerbAt(j+1, k) {
			// "employs 1,150 people and built 310,000 engines last year",
			// «emploie 980 personnes et a produit 240 000 boîtes l'an
			// dernier»: the past act's date, not the present figure's.
			return true
		}
		if j+1 < k && lexis.InSet(toks[j+1].Fold, "that", "que", "qu'") && slices.ContainsFunc(toks[j+2:k], aheadForm) {
			// "said that Madrid had offered 40 million euros and that she
			// would meet union leaders next week": another reported clause,
			// about what is still to come.
			return true
		}
		for v := j + 1; v < k && v <= j+3; v++ {
			if aheadWords[toks[v].Fold] {
				// (only a conjunct that looks ahead: "and will open a plant
				// on Monday", «et espère raccorder les autres d'ici
				// vendredi»; a date after two past acts may date both:
				// "sold 300 cars and opened a plant in 2023")
				return true
			}
			if tags[v] == syntax.VERB && p.infinitive(v) && p.aheadBefore(f) {
				// (and the second verb a modal before the figure governs:
				// "would cut 2,400 jobs and close its plant by the end of
				// 2021", «va supprimer 1 150 postes et fermer l'usine d'ici
				// à 2025»)
				return true
			}
			if tags[v] != syntax.ADV && tags[v] != syntax.PRON && !lexis.InSet(toks[v].Fold, "y", "en", "se", "s'", "ne", "n'", "is", "are", "est", "sont") {
				break // (past "is": "and is expected to leave the country on Friday")
			}
		}
	}
	return false
}

// presentVerbBefore reports whether the verb right before the figure at
// token f (past an adverb or a qualifier) is in the present tense:
// "employs", «emploie».
func (p *parsed) presentVerbBefore(f int) bool {
	toks, tags := p.toks, p.tags
	v := f - 1
	for v > 0 && f-v <= 3 && (tags[v] == syntax.ADV || qualifierWords[toks[v].Fold] || lexis.InSet(toks[v].Text, "$", "€", "£")) {
		v--
	}
	if v < 0 || tags[v] != syntax.VERB || v > 0 && tags[v-1] == syntax.AUX {
		return false
	}
	w := toks[v].Fold
	if p.lang == "fr" {
		return !p.participle(v) && !p.infinitive(v) && !strings.HasSuffix(w, "ait") && !strings.HasSuffix(w, "aient") && !strings.HasSuffix(w, "ra") && !strings.HasSuffix(w, "ront")
	}
	c := englishClasses(w)
	return (strings.Contains(c, "VBZ") || strings.Contains(c, "VBP")) && !strings.Contains(c, "VBD")
}

// pastVerbAt reports whether the words from token j (before token k) open
// with a verb in a past tense, past an adverb: "built", "has closed", «a
// produit».
func (p *parsed) pastVerbAt(j, k int) bool {
	toks, tags := p.toks, p.tags
	for j < k && tags[j] == syntax.ADV {
		j++
	}
	if j+1 < k && tags[j+1] == syntax.VERB && (p.lang == "fr" && lexis.InSet(toks[j].Fold, "a", "ont", "avait", "avaient") && toks[j].Text != "à" ||
		p.lang != "fr" && lexis.InSet(toks[j].Fold, "had", "has", "have", "was", "were")) {
		return true
	}
	if j >= k || tags[j] != syntax.VERB || p.lang == "fr" {
		return false
	}
	c := englishClasses(toks[j].Fold)
	return strings.Contains(c, "VBD") && !strings.Contains(c, "VBZ") && !strings.Contains(c, "VBP")
}

// infinitive reports whether the verb at v has the form of an infinitive:
// in French its ending («fermer», «réduire», «ouvrir»); in English no ending
// of a past or a third person ("close", not "closed", "closes").
func (p *parsed) infinitive(v int) bool {
	f := p.toks[v].Fold
	if p.lang == "fr" {
		return strings.HasSuffix(f, "er") || strings.HasSuffix(f, "ir") || strings.HasSuffix(f, "re")
	}
	return !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ing")
}

// aheadBefore reports whether a word that looks ahead (aheadWords) stands
// within the six words before token f, in its clause: "would cut 2,400".
func (p *parsed) aheadBefore(f int) bool {
	for k := f - 1; k >= 0 && f-k <= 6; k-- {
		if aheadWords[p.toks[k].Fold] {
			return true
		}
		if p.toks[k].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// elidedQuarter returns the quarter an ordinal right after the figure at
// byte pos names without its noun ("après 0,2 % au premier", "after 0.2% in
// the first"), when the sentence names a quarter in full: of that
// quarter's year, or of the year before when it comes later in the year.
func elidedQuarter(s *sentence, pos int) (Date, bool) {
	toks := s.toks
	f := tokenAt(toks, pos)
	if f < 0 {
		return Date{}, false
	}
	q, k := 0, -1
	for j := f + 1; j < len(toks) && j <= f+7; j++ {
		if n, ok := elidedOrdinals[toks[j].Fold]; ok && lexis.InSet(toks[j-1].Fold, "au", "the", "du", "le") {
			q, k = n, j
			break
		}
	}
	if q == 0 || k+1 < len(toks) && toks[k+1].Kind == lexis.Word && !lexis.InSet(toks[k+1].Fold, "et", "and") {
		return Date{}, false // (not "au premier trimestre": the date finder reads it)
	}
	for _, d := range s.dates {
		st, en := d.Date.Start, d.Date.End
		if !d.Date.Range || st.Year() != en.Year() || en.Month()-st.Month() != 2 || (st.Month()-1)%3 != 0 {
			continue
		}
		y := st.Year()
		if q > int(st.Month()-1)/3+1 {
			y-- // "au premier trimestre, après 0,5 % au quatrième": the year before's
		}
		return Between(MonthOf(y, time.Month(3*q-2)), MonthOf(y, time.Month(3*q))), true
	}
	return Date{}, false
}

// elidedOrdinals are the ordinals of a quarter whose noun is left out.
var elidedOrdinals = map[string]int{"premier": 1, "first": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "third": 3, "quatrieme": 4, "fourth": 4}

// aheadForm reports whether t looks ahead: one of aheadWords, or a French
// verb in the future or the conditional («recevra», «recevrait»).
func aheadForm(t lexis.Token) bool {
	f := t.Fold
	return aheadWords[f] || len(f) > 5 && (strings.HasSuffix(f, "rait") || strings.HasSuffix(f, "raient") || strings.HasSuffix(f, "ront"))
}

// aheadWords open a verb phrase about what is still to come: a modal, a
// future or a verb of hope, plan or expectation.
var aheadWords = lexis.SetOf("will", "would", "going", "allait", "allaient", "shall", "plans", "planned", "expects", "expected", "hopes", "hoped", "aims", "intends",
	"va", "vont", "devrait", "devraient", "doit", "doivent", "espere", "esperent", "compte", "comptent", "prevoit", "prevoient",
	"entend", "entendent", "souhaite", "souhaitent", "pourrait", "pourraient", "sera", "seront")

// subordinateAfter reports whether the date at byte d lies in a clause
// that a subordinating word opens after the figure at byte pos: "dropped
// 8.1% after the company said on Monday", "a chuté de 5 % après que le
// groupe a annoncé mardi".
func subordinateAfter(toks []lexis.Token, pos, d int) bool {
	f, k := tokenAt(toks, pos), tokenAt(toks, d)
	if f < 0 || k <= f {
		return false
	}
	for j := f + 1; j < k; j++ {
		if lexis.InSet(toks[j].Fold, "after", "before", "when", "because", "while", "apres", "lorsque", "quand", "parce") ||
			toks[j].Fold == "avant" && lexis.FoldAt(toks, j+1) == "que" {
			return true
		}
	}
	return false
}

// namesOtherSubject reports whether claim c's own clause names its
// subject, another than subject: "Walmart expects earnings to fall 11% this
// year. Researchers at the University of Oxford said the vaccine was 76%
// effective" is not of Walmart's year.
func (x *extractor) namesOtherSubject(c *Claim, subject string) bool {
	if c.Subject == "" || c.Subject == subject {
		return false
	}
	for _, why := range c.Reasons {
		if why == "subject: "+fromClause || why == "subject: "+fromName {
			return true
		}
	}
	return false
}

// apposedScoreComma returns the comma before a score set beside a name
// at token at (", crédité de 24 %", ", à 14 %", ", on 24%", ", with
// 24%"), -1 when the words before the figure are not those.
func apposedScoreComma(toks []lexis.Token, at int) int {
	j := at - 1
	switch {
	case j >= 2 && lexis.InSet(toks[j].Fold, "de", "d'", "with") && creditWords[toks[j-1].Fold]:
		j -= 2
	case j >= 1 && (toks[j].Text == "à" || lexis.InSet(toks[j].Fold, "on", "with", "avec")):
		j--
	default:
		return -1
	}
	if toks[j].Text != "," {
		return -1
	}
	return j
}

// creditWords credit a name with a score.
var creditWords = lexis.SetOf("credite", "creditee", "credites", "creditees", "credited")

// startsAhead reports whether date d begins after the article was written
// and follows the figure at byte pos in its clause: after "from" («à
// partir du 1er janvier»), the day a coming change takes effect, the
// figure's date ("will rise by 6.7% to £12.21 an hour from April"),
// neither a base set against nor the start of a stretch that runs to now.
func (x *extractor) startsAhead(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	if x.art.Published.IsZero() || !d.Date.Start.After(x.art.Published.End) || d.Span.Start < pos {
		return false
	}
	for k, t := range toks {
		if t.Start > pos && t.Start < d.Span.Start && (t.Text == "," && !numberComma(toks, k) || t.Text == ";") {
			return false // "… from Monday, the government said, after a dry winter left reservoirs holding 7.2%": another clause's
		}
	}
	return true
}

// otherSource reports whether a figure said by the source of key source is
// of another report than one said by before's: both are bodies, they
// differ, and source is no bare common noun that may stand for the one
// before ("the company", «l'association»). (A person may speak for the
// body before: "the company said … , chief executive Ana Ruiz said".)
func (x *extractor) otherSource(source, before string) bool {
	if source == "" || before == "" || source == before || x.reg.kind(source) == KindPerson || x.reg.kind(before) == KindPerson {
		return false
	}
	d := x.reg.display(source)
	f := lexis.Fold(d)
	return f != d || !orgKindNouns[f] && !companyWords[f]
}

// totalBefore reports whether the words before token k make the figure
// there a running total: "portant le total à", "bringing its total to",
// "bringing the total to", "total of".
func totalBefore(toks []lexis.Token, k int) bool {
	j := k - 1
	if j < 1 || !lexis.InSet(toks[j].Fold, "to", "a", "à") {
		return false
	}
	return lexis.InSet(toks[j-1].Fold, "total", "cumul", "toll", "bilan")
}

// partWordBefore reports whether the words right before token k make the
// figure there a part of the one before: "dont", "including", "of whom",
// "of which", "among them", "parmi lesquels".
func partWordBefore(toks []lexis.Token, k int) bool {
	j := k - 1
	for j >= 0 && qualifierWords[toks[j].Fold] {
		j-- // "dont plus de 200", "including about 1,200"
	}
	if j < 0 {
		return false
	}
	switch f := toks[j].Fold; {
	case f == "dont", f == "including", f == "notamment":
		return true
	case lexis.InSet(f, "whom", "which") && j > 0 && toks[j-1].Fold == "of":
		return true
	case lexis.InSet(f, "them", "lesquels", "lesquelles", "eux", "elles") && j > 0 && lexis.InSet(toks[j-1].Fold, "among", "parmi"):
		return true
	}
	return false
}

// partWords returns the words that say which part a figure is, right after
// it and up to the next punctuation: "in France", "recrutés localement",
// "grièvement"; "" when none.
func partWords(text string, toks []lexis.Token, k int) string {
	end := k
	for end < len(toks) && end-k < 4 && (toks[end].Kind == lexis.Word || toks[end].Kind == lexis.Number) {
		end++
	}
	if end == k {
		return ""
	}
	return strings.TrimSpace(text[toks[k].Start:toks[end-1].End])
}

// partsOf reports whether the figure starting at token b stands in brackets
// opened right after the figure ending at token a, with no bracket closed
// between: "38 membres (17 ministres, 14 secrétaires d'État…)".
func partsOf(toks []lexis.Token, a, b int) bool {
	open := -1
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].Text {
		case "(":
			open = k
		case ")":
			return false
		}
	}
	return open >= 0 && open-a <= 2
}

// closedBetween reports whether a bracket closes between tokens a and b.
func closedBetween(toks []lexis.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Text == ")" {
			return true
		}
	}
	return false
}

// locating reports whether figure n is a distance that locates something:
// a unit of length followed by "from", "away", "de" or "d'" ("55 million
// light-years from Earth", "à 30 km de Paris", "200 miles away").
func locating(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokEnd
	if k >= len(toks) || !lengthUnits[toks[k].Fold] {
		return false
	}
	k++
	if k < len(toks) && toks[k].Text == "-" {
		k += 2 // "light - years"
	}
	for k < len(toks) && (lengthUnits[toks[k].Fold] || lexis.InSet(toks[k].Fold, "nautiques", "marins")) {
		k++ // "50 milles nautiques", "8 nautical miles"
	}
	if k < len(toks) && toks[k].Text == "(" {
		// "à environ 50 milles nautiques (93 km) des Sables d'Olonne": past
		// the conversion in brackets.
		for k < len(toks) && toks[k].Text != ")" && toks[k].Text != "." {
			k++
		}
		if k < len(toks) && toks[k].Text == ")" {
			k++
		}
	}
	if lexis.MatchWords(toks, k, "a", "l'", "heure") || lexis.MatchWords(toks, k, "par", "heure") {
		return false // "574 kilomètres à l'heure": a speed
	}
	if lexis.FoldAt(toks, k) == "environ" {
		k++ // "à 450 km environ des côtes"
	}
	if b := n.TokStart - 1; b >= 0 && (lexis.InSet(toks[b].Fold, "within", "beyond") || b >= 1 && toks[b].Fold == "de" && toks[b-1].Fold == "rayon") {
		return true // "40 suppliers within 30 miles of the site", "dans un rayon de 30 km"
	}
	f := lexis.FoldAt(toks, k)
	if lexis.InSet(f, "au", "a") && toks[k].Text != "a" {
		// "à 30 km au nord de Lyon", «situé à 5 km à l'ouest»: a distance
		// (not «a atteint 10,42 mètres à Marmande»: where a level was
		// reached)
		g := lexis.FoldAt(toks, k+1)
		if g == "l'" {
			g = lexis.FoldAt(toks, k+2)
		}
		return lexis.InSet(g, "nord", "sud", "est", "ouest", "large", "nord-est", "nord-ouest", "sud-est", "sud-ouest") || n.TokStart > 0 && toks[n.TokStart-1].Text == "à"
	}
	return lexis.InSet(f, "from", "away", "de", "d'", "du", "des", "off", "north", "south", "east", "west", "a") || compassWord(f)
}

// compassWord reports whether folded word f is a direction between two
// points of the compass ("south-west", "northeast", "north-northwest").
func compassWord(f string) bool {
	for _, p := range []string{"north", "south"} {
		if rest, ok := strings.CutPrefix(f, p); ok {
			rest = strings.TrimPrefix(rest, "-")
			return strings.HasPrefix(rest, "east") || strings.HasPrefix(rest, "west") || strings.HasPrefix(rest, "north") || strings.HasPrefix(rest, "south")
		}
	}
	return false
}

// dimension reports whether figure n is a length that describes a thing's
// design: "299 metres long", "60 m de large", "long de 1 200 mètres", "a
// range of 8,870 nautical miles", "une envergure de 80 mètres".
func raceDistanceOf(v float64) bool {
	switch v {
	case 50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000:
		return true
	}
	return false
}

// raceDistance reports whether figure n is the distance that names a race
// in athletics or swimming, after its article or «sur»: "won the women's
// 10,000 metres", "the 400m hurdles", «s'impose sur 5 000 m», «le 1 500 m».
func raceDistance(toks []lexis.Token, n quantity.NumberExpr) bool {
	if !raceDistanceOf(n.Value) || !(n.Unit == "m" || lexis.InSet(lexis.FoldAt(toks, n.TokEnd), "m", "metres", "meters", "metre", "meter", "metres")) {
		return false
	}
	k := n.TokStart - 1
	if k >= 1 && lexis.InSet(toks[k].Text, "'s", "’s") {
		k -= 2 // "the women's 10,000 metres"
	}
	return k >= 0 && lexis.InSet(toks[k].Fold, "the", "le", "du", "au", "sur", "en", "des")
}

func dimension(toks []lexis.Token, n quantity.NumberExpr) bool {
	if n.TokEnd < len(toks) && lexis.InSet(toks[n.TokEnd].Fold, "etages", "etage", "storeys", "storey", "stories", "floors") && n.TokStart > 0 &&
		lexis.InSet(toks[n.TokStart-1].Fold, "de", "of", "a", "an", "un", "une", "the", "sur") && toks[n.TokStart-1].Text != "à" {
		return true // «un immeuble de quatre étages», "a building of 30 floors": how tall it is, its design
	}
	k := n.TokEnd
	if lexis.InSet(lexis.FoldAt(toks, k), "to", "-", "a") && k+1 < len(toks) && toks[k+1].Kind == lexis.Number {
		// "3,500 to 8,500 nautical miles": the low end has the high end's unit.
		k += 2
		for k < len(toks) && (toks[k].Kind == lexis.Number || toks[k].Text == "," && !toks[k].Space && k+1 < len(toks) && toks[k+1].Kind == lexis.Number) {
			k++
		}
		if lengthUnits[lexis.FoldAt(toks, k)] || lexis.FoldAt(toks, k) == "nautical" {
			m := n
			m.TokEnd = k
			return dimension(toks, m)
		}
		k = n.TokEnd
	}
	if lexis.FoldAt(toks, k) == "nautical" {
		k++
	}
	if k >= len(toks) || !lengthUnits[toks[k].Fold] {
		return false
	}
	k++
	if lexis.InSet(lexis.FoldAt(toks, k), "long", "wide", "tall", "high", "deep", "thick", "across") ||
		lexis.FoldAt(toks, k) == "de" && lexis.InSet(lexis.FoldAt(toks, k+1), "long", "large", "haut", "hauteur", "profondeur", "diametre", "longueur", "largeur", "envergure") ||
		lexis.FoldAt(toks, k) == "in" && lexis.InSet(lexis.FoldAt(toks, k+1), "length", "diameter", "width", "height", "span") {
		return true
	}
	start := rangeStart(toks, n.TokStart) // "a range of 3,500 to 8,500 nautical miles": the words before the low end
	before := lexis.FoldAt(toks, start-1)
	return before == "de" && lexis.InSet(lexis.FoldAt(toks, start-2), "long", "longue", "longs", "longues", "large", "haut", "haute", "profond", "longueur",
		"largeur", "hauteur", "envergure", "autonomie", "diametre", "portee") ||
		lexis.InSet(before, "of", "from") && lexis.InSet(lexis.FoldAt(toks, start-2), "range", "length", "wingspan", "width", "height", "diameter", "span", "depth") ||
		// "Le mont Maudit culmine à 4 465 mètres", "the peak rises to
		// 8,849 metres": a height that stands, not news.
		lexis.InSet(before, "a", "at", "to") && lexis.InSet(lexis.FoldAt(toks, start-2), "culmine", "culminait", "culminates", "culminating", "culminant")
}

// marginOfError reports whether figure n is a poll's margin of error ("une
// marge d'erreur de 3 %", "a margin of error of 3 points"): how the poll was
// made, not what it found.
func marginOfError(toks []lexis.Token, n quantity.NumberExpr) bool {
	if k := n.TokStart; k >= 3 && (lexis.MatchWords(toks, k-3, "plus", "or", "minus") || lexis.MatchWords(toks, k-3, "plus", "ou", "moins") || lexis.MatchWords(toks, k-3, "give", "or", "take")) ||
		k >= 1 && toks[k-1].Text == "±" {
		return true // "revenue of $19.5 billion, plus or minus 2%": the outlook's tolerance, no figure of its own
	}
	for k := n.TokStart - 1; k >= 0 && k >= n.TokStart-5; k-- {
		if lexis.InSet(toks[k].Fold, "erreur", "error") && k > 0 && lexis.InSet(toks[k-1].Fold, "d'", "de", "of") && k > 1 && lexis.InSet(toks[k-2].Fold, "marge", "margin") {
			return true
		}
	}
	return false
}

// capacity reports whether figure n says what a design holds: a verb or
// noun of capacity stands at most four words before it ("will seat 200 to
// 300 people", "a capacity of 853 passengers", "capable of holding 1,000
// songs", "d'une capacité de 500 places", "pouvant accueillir 300
// personnes").
func capacity(toks []lexis.Token, n quantity.NumberExpr) bool {
	start := rangeStart(toks, n.TokStart) // (and "200 to 300 people", "500 and 1,000 songs")
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if lexis.InSet(toks[k].Fold, "seat", "seats", "seating", "accommodate", "accommodates", "capacity", "capable", "capacite", "pouvant") {
			return true
		}
		if toks[k].Kind == lexis.Punct && toks[k].Text != "," || lexis.InSet(toks[k].Fold, "and", "et") {
			return false
		}
	}
	// "Range for the A380-800 model is expected to be 8,000 nautical
	// miles", "une autonomie de 600 km": how far a design goes.
	if e := n.TokEnd; e < len(toks) && lexis.InSet(toks[e].Fold, "mi", "miles", "km", "kilometres", "kilometers", "kilometre", "nautical", "nmi") {
		for k := start - 1; k >= 0 && k >= start-12; k-- {
			if lexis.InSet(toks[k].Fold, "range", "autonomie") {
				return true
			}
			if toks[k].Kind == lexis.Punct && toks[k].Text != "," && toks[k].Text != "-" {
				break
			}
		}
	}
	// "The freighter will carry 150 tonnes over 5,600 mi", "peut
	// transporter 80 passagers": what a design can carry, and how far.
	for k := start - 1; k >= 1 && k >= start-6; k-- {
		if toks[k].Kind == lexis.Punct {
			return false
		}
		if lexis.InSet(toks[k].Fold, "carry", "transporter", "emporter") &&
			lexis.InSet(toks[k-1].Fold, "will", "can", "could", "would", "pourra", "peut", "pourront", "peuvent", "pourrait", "pourraient") {
			return true
		}
		if lexis.InSet(toks[k].Fold, "carries", "holds", "transporte", "emporte") && lexis.InSet(lexis.FoldAt(toks, k+1), "between", "up", "entre", "jusqu'a") {
			return true // "It carries between 305 and 550 passengers": what the design holds (not "was carrying 150 passengers")
		}
	}
	return false
}

// variants reports whether figure n counts the versions a product comes in:
// "will be sold in two versions", "available in three colours",
// "disponible en deux tailles".
func variants(toks []lexis.Token, n quantity.NumberExpr) bool {
	if n.TokStart == 0 || !lexis.InSet(toks[n.TokStart-1].Fold, "in", "en") || n.TokEnd >= len(toks) {
		return false
	}
	return variantNouns[toks[n.TokEnd].Fold]
}

// variantNouns name the versions a product comes in.
var variantNouns = lexis.SetOf("versions", "models", "sizes", "colours", "colors", "configurations", "variants", "flavours",
	"flavors", "modeles", "tailles", "couleurs", "variantes", "coloris")

// usersActing reports whether the users figure n counts are the subject of
// a verb that is no use of a service ("3,400 users filed a class action",
// «3 400 utilisateurs ont porté plainte»; not "500 million users log in").
func (p *parsed) usersActing(n quantity.NumberExpr) bool {
	k := n.TokEnd
	for k < len(p.toks) && p.tags[k] == syntax.ADJ {
		k++
	}
	if k+1 >= len(p.toks) || p.tags[k] != syntax.NOUN {
		return false
	}
	v := k + 1
	if p.tags[v] == syntax.AUX && v+1 < len(p.toks) {
		v++
	}
	return p.tags[v] == syntax.VERB && !p.participle(v) && !hasStem(p.toks[v].Fold, usingStems)
}

// usingStems are the stems of verbs that tell of using a service.
var usingStems = []string{"us", "utilis", "log", "connect", "access", "acced", "visit", "join", "rejoi", "sign", "inscri", "download", "telecharg",
	"stream", "watch", "regard", "play", "jou", "post", "publi", "send", "envoi", "envoy", "switch", "migr", "flock", "afflu", "arriv", "came", "come",
	"flood", "pour", "turn", "tourn", "adopt", "install", "chose", "choos", "choisi", "abonn", "subscri", "creat", "cre", "register", "enregistr", "open", "ouvr"}

// participleGoesOn reports whether verb v, between the figure before (which
// ends at token prevEnd) and the figure at token at, is a present
// participle right after a comma: "…, totaling US$22 billion", "…, killing
// more than 200 people", "…, faisant 2 000 morts".
func participleGoesOn(toks []lexis.Token, tags []syntax.Tag, v, prevEnd, at int) bool {
	if v <= prevEnd || v >= at || v < 1 || tags[v] != syntax.VERB || toks[v-1].Text != "," || toks[v].Upper() {
		return false
	}
	f := toks[v].Fold
	return len(f) > 5 && (strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "ant") && !notParticiples[f])
}

// notParticiples end like a French present participle and are none.
var notParticiples = lexis.SetOf("devant", "pendant", "avant", "durant", "cependant", "maintenant", "suivant", "moyennant", "nonobstant")

// rangeStart returns the first token of the figures a figure starting at
// token start ends ("3,500 to 8,500", "500 and 1,000", "200-300"): the low
// end's first token, start when none stands before it.
func rangeStart(toks []lexis.Token, start int) int {
	if start < 2 || !lexis.InSet(lexis.FoldAt(toks, start-1), "to", "a", "-", "et", "and", "or", "ou") || toks[start-2].Kind != lexis.Number {
		return start
	}
	j := start - 2
	for j > 0 && (toks[j-1].Kind == lexis.Number || toks[j-1].Text == "," && j >= 2 && toks[j-2].Kind == lexis.Number && !toks[j].Space) {
		j--
	}
	return j
}

// threshold reports whether figure n is a threshold or a distance from one:
// the figure, at most two words of what it counts, then "needed",
// "required", "nécessaires" or "short of" ("the 287 needed to topple the
// government", "nine votes short of", "les 289 voix nécessaires").
func threshold(toks []lexis.Token, n quantity.NumberExpr) bool {
	for k := n.TokEnd; k < len(toks) && k <= n.TokEnd+2; k++ {
		w := toks[k].Fold
		if thresholdWords[w] || lexis.InSet(w, "short", "shy") && lexis.FoldAt(toks, k+1) == "of" {
			return true
		}
		if limitNouns[w] && n.TokStart > 0 && determiners[toks[n.TokStart-1].Fold] {
			return true // "missed the 5 percent threshold": the threshold's value, no figure of news
		}
		if toks[k].Kind != lexis.Word || w == "of" || w == "de" || w == "d'" {
			return false
		}
	}
	return false
}

// thresholdBefore reports whether figure n is a threshold, a cap or a
// limit the words before it set: the value of a threshold noun ("the
// recommended daily limit of 15 micrograms", «un seuil minimal
// d'efficacité de 50 %», «Le seuil d'alerte, fixé à 80 µg/m³»), the
// penalty a law allows («passible de dix ans d'emprisonnement»,
// "punishable by five years"), or what a condition crosses («lorsque les
// températures dépassent 37 °C», "if inflation exceeds 3%").
func thresholdBefore(toks []lexis.Token, n quantity.NumberExpr) bool {
	at := n.TokStart
	for k := at - 1; k >= 1 && at-k <= 6; k-- {
		w := toks[k].Fold
		if limitNouns[strings.ToLower(toks[k].Text)] && !toks[k].Upper() && (determiners[toks[k-1].Fold] || lexis.InSet(toks[k-1].Fold, "un", "une", "a", "this", "ce", "ces", "their", "leur") || limitPath[toks[k-1].Fold] || toks[k-1].Text == "'s") {
			// (not «les Éditions du Seuil», «se limite à», «a limité ses
			// pertes à», «la date limite»)
			for j := k - 1; j >= 0 && k-j <= 4; j-- {
				if crossedWords[toks[j].Fold] {
					return false // «a franchi mardi le seuil des 8 000 points»: the level reached
				}
			}
			return true
		}
		if toks[k].Text == "," && !lexis.InSet(lexis.FoldAt(toks, k+1), "fixe", "fixee", "fixed", "set") {
			break // (not «À la date limite, 1,2 million de dossiers»)
		}
		if k < at-1 && toks[k].Kind != lexis.Word && toks[k].Text != "," || !limitPath[w] && toks[k].Kind == lexis.Word && at-k > 3 {
			break
		}
	}
	for k := at - 1; k >= 0 && at-k <= 4; k-- {
		if lexis.InSet(toks[k].Fold, "passible", "passibles", "punishable") {
			return true
		}
	}
	for k := at - 1; k >= 1 && at-k <= 8; k-- {
		if toks[k].Kind != lexis.Word && toks[k].Text != "," && toks[k].Text != "'" {
			break
		}
		if !crossingVerbs[strings.ToLower(toks[k].Text)] {
			continue // (not «a dépassé»: a past fact)
		}
		for j := k - 1; j >= 0 && k-j <= 5; j-- {
			if lexis.InSet(toks[j].Fold, "lorsque", "lorsqu'", "quand", "when", "whenever", "if", "si", "once", "unless") && !(j > 0 && lexis.InSet(toks[j-1].Fold, "meme", "even")) ||
				toks[j].Fold == "que" && j > 0 && toks[j-1].Fold == "des" {
				return true // (not «Même si le chômage dépasse 7,5 %»: a fact conceded)
			}
			if toks[j].Kind != lexis.Word {
				break
			}
		}
	}
	return false
}

// coordinatedAfter reports whether the figure at token at is coordinated
// with the one ending at token end: "et", "and", "ou", "or" a few words
// after it, in the same clause.
func coordinatedAfter(toks []lexis.Token, end, at int) bool {
	if at <= end || at-end > 6 {
		return false
	}
	for k := end; k < at; k++ {
		if lexis.InSet(toks[k].Fold, "et", "and", "ou", "or") {
			// (only "and" and the words of a figure's phrase before it:
			// «et d'un million», «et 21 °C»; not "and levels in Lahore
			// hit 90": a clause of its own)
			for j := k + 1; j < at; j++ {
				if !lexis.InSet(toks[j].Fold, "de", "d'", "du", "des", "a", "au", "of", "to", "up", "un", "une", "jusqu'") {
					return false
				}
			}
			return true
		}
		if toks[k].Kind != lexis.Word && toks[k].Text != "," {
			return false
		}
	}
	return false
}

// statisticPresent reports whether a clause tells a level or a change in
// the present of a statistics release: «Sur un an, la hausse atteint 4,1
// %», «le nombre d'inscrits s'établit à 5,4 millions», that tell of the
// period the release gave before.
func statisticPresent(toks []lexis.Token) bool {
	found := false
	for k, t := range toks {
		if lexis.InSet(t.Fold, "desormais", "chaque", "actuellement", "aujourd'hui", "now", "currently") || t.Fold == "par" && lexis.InSet(lexis.FoldAt(toks, k+1), "an", "annee") {
			return false // «Le prix atteint désormais 22 euros», «augmente de 1,5 % par an»: now, or every year
		}
		found = found || statisticVerbs[t.Fold] ||
			lexis.InSet(t.Fold, "est", "sont") && lexis.InSet(lexis.FoldAt(toks, k+1), "en") && lexis.InSet(lexis.FoldAt(toks, k+2), "hausse", "baisse", "recul", "progression", "repli", "augmentation", "diminution")
		// (and «Le chiffre d'affaires est en hausse de 3,8 %»: a change told
		// with the copula)
	}
	return found
}

// statisticVerbs tell a level or a change in the present.
var statisticVerbs = lexis.SetOf("atteint", "atteignent", "etablit", "etablissent", "progresse", "progressent", "recule", "reculent",
	"augmente", "augmentent", "diminue", "diminuent", "grimpe", "grimpent", "chute", "chutent", "eleve", "elevent",
	"enregistre", "enregistrent", "affiche", "affichent", "accuse", "accusent") // («enregistre une baisse de 18 %»)

// excludingWords leave out the name after them.
var excludingWords = lexis.SetOf("hors", "excluding", "except", "sauf", "excepte")

// limitNouns name a threshold, a limit or a cap, as written in lower case
// («limité», "limited" are verbs).
var limitNouns = map[string]bool{"seuil": true, "seuils": true, "plafond": true, "plafonds": true, "limite": true, "limites": true,
	"threshold": true, "thresholds": true, "limit": true, "limits": true, "ceiling": true}

// limitPath are the words that may stand between a limit noun and its
// value: «seuil minimal d'efficacité de», «seuil d'alerte, fixé à», "limit
// of", "threshold set at".
var limitPath = lexis.SetOf("de", "d'", "du", "des", "of", "a", "at", "to", "fixe", "fixee", "fixes", "fixees", "set", "fixed",
	"minimal", "minimale", "maximal", "maximale", "minimum", "maximum", "legal", "legale", "daily", "annual", "annuel", "annuelle",
	"journalier", "journaliere", "recommended", "recommande", "recommandee", "d'alerte", "alerte", "alert", "warning", "est", "is")

// crossingVerbs cross a value in a condition: «lorsque les températures
// dépassent 37 °C», "if inflation exceeds 3%".
var crossingVerbs = map[string]bool{"dépasse": true, "dépassent": true, "exceed": true, "exceeds": true, "franchit": true, "franchissent": true,
	"tops": true, "passes": true, "surpasses": true, "surpass": true}

// crossedWords before a limit noun say the figure is a level reached: «a
// franchi le seuil des 8 000 points», "crossed the threshold of 40,000".
var crossedWords = lexis.SetOf("franchi", "franchit", "franchissent", "crossed", "crosses", "passed", "broke", "topped", "sous", "below",
	"under", "above", "over", "depasse", "passe", "repasse", "tombe", "atteint", "reached", "hit")

// thresholdWords follow a figure that is a threshold.
var thresholdWords = lexis.SetOf("needed", "required", "necessary", "necessaires", "necessaire", "requis", "requises", "requise")

// lengthUnits are the units of length a locating distance is given in.
var lengthUnits = lexis.SetOf("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "milles", "m", "metres", "meters", "light",
	"light-years", "annees-lumiere", "annee-lumiere", "nautical", "nautiques")

// decimalComma reports whether the comma at token k separates the decimals
// of a number ("0,3", "1,2"), glued to digits on both sides.
func decimalComma(toks []lexis.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].Kind == lexis.Number && toks[k+1].Kind == lexis.Number &&
		toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// insteadOf reports whether the figure at token k follows "au lieu de" or
// "instead of" ("0,3 % au lieu de 0,7 %"); not "contre", which also sets
// two sides against each other ("302 votes contre 250").
func insteadOf(toks []lexis.Token, k int) bool {
	switch {
	case k >= 3 && lexis.FoldAt(toks, k-3) == "au" && lexis.FoldAt(toks, k-2) == "lieu" && lexis.InSet(lexis.FoldAt(toks, k-1), "de", "d'"):
		return true
	case k >= 2 && lexis.FoldAt(toks, k-2) == "instead" && lexis.FoldAt(toks, k-1) == "of":
		return true
	}
	return false
}

// contrastBetween reports whether a conjunction of contrast stands between
// date d and the figure at byte pos ("…, but…", "…, tandis que…", "…,
// whereas…"): the date is the other clause's.
func contrastBetween(toks []lexis.Token, d Span, pos int) bool {
	lo, hi := d.End, pos
	if pos < d.Start {
		lo, hi = pos, d.Start
	}
	for k, t := range toks {
		if t.Start < lo || t.Start >= hi {
			continue
		}
		if lexis.InSet(t.Fold, "but", "mais", "whereas", "tandis", "however", "cependant", "toutefois", "although", "though", "bien") && (t.Fold != "bien" || lexis.InSet(lexis.FoldAt(toks, k+1), "que", "qu'")) ||
			t.Fold == "alors" && lexis.InSet(lexis.FoldAt(toks, k+1), "que", "qu'") ||
			t.Fold == "even" && lexis.InSet(lexis.FoldAt(toks, k+1), "as", "though", "if") {
			// (and "would cut 1,800 jobs, even as revenue in its third
			// quarter rose", «bien que»)
			return true
		}
	}
	return false
}

// fronted reports whether date d opens its sentence, set off by a comma
// ("En février 2009, …", "L'année dernière, …", "Last year, …"): it dates
// every figure of the sentence, not only the nearest.
func fronted(toks []lexis.Token, d timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start)
	if k < 0 || k > 3 {
		return false
	}
	for j := 0; j < k; j++ {
		if toks[j].Kind == lexis.Word && !lexis.InSet(toks[j].Fold, "en", "in", "on", "au", "le", "la", "l'", "the", "during", "pendant", "durant", "at", "a") {
			return false
		}
	}
	end := k
	for end < len(toks) && toks[end].Start < d.Span.End {
		end++
	}
	return end < len(toks) && toks[end].Text == ","
}

// nearestGap is the smallest |k-key| over the sorted keys (MaxInt when
// there are none).
func nearestGap(keys []int, key int) int {
	i, _ := slices.BinarySearch(keys, key)
	gap := math.MaxInt
	if i < len(keys) {
		gap = keys[i] - key
	}
	if i > 0 {
		gap = min(gap, key-keys[i-1])
	}
	return gap
}

// The sentences, dates and figures of one article that are read: far
// more than any news article holds, few enough that a 16 MB file of
// nothing but dates or figures stays within a few hundred megabytes.
const (
	maxSentencesPerArticle = 100_000
	maxDatesPerArticle     = 20_000
	maxFiguresPerArticle   = 20_000
)

// maxDatesPerSentence and maxFiguresPerSentence bound the dates and figures
// weighed against each other when a claim is dated: news sentences hold a
// handful; a hostile one (a list of thousands of dates without a full stop)
// must not make dating quadratic.
const (
	maxDatesPerSentence   = 256
	maxFiguresPerSentence = 256
)

// expectVerbs say what observers expect or fear: the figure is theirs to
// tell, about someone else.
// (An estimate, "les syndicats estimaient à 2 millions le nombre de
// grévistes", is the observers' own count.)
var expectVerbs = lexis.SetOf("expect", "expects", "expected", "expecting", "forecast", "forecasts", "forecasted", "predict", "predicts",
	"predicted", "anticipate", "anticipated", "fear", "fears", "feared",
	"craignent", "craignaient", "craint", "redoutent", "redoutaient", "attendent", "attendaient", "anticipent", "anticipaient",
	"prevoient", "prevoyaient", "tablent", "tablaient")

// observerNouns are the people who tell what they expect of others:
// "Analysts expect…", "les syndicats craignent…".
var observerNouns = lexis.SetOf("analysts", "analystes", "economists", "economistes", "experts", "observers", "observateurs",
	"investors", "investisseurs", "traders", "unions", "syndicats", "forecasters", "previsionnistes", "markets", "marches")

// observersAfter returns the tokens [a, b) of the observers named right
// after the figure that ends at token end as those who expected it ("the
// $19 billion analysts had expected", "the 4.2 million that analysts had
// forecast", «les 2,1 milliards attendus par les analystes»); a == b when
// there are none.
func (p *parsed) observersAfter(end int) (int, int) {
	toks := p.toks
	k := end
	if k < len(toks) && lexis.InSet(toks[k].Fold, "attendus", "attendu", "attendue", "attendues", "anticipes", "anticipe", "prevus", "prevu", "prevue", "prevues", "expected", "forecast") &&
		lexis.InSet(lexis.FoldAt(toks, k+1), "par", "by") {
		// «les 2,1 milliards attendus par les analystes», "the $19
		// billion expected by analysts"
		a := k + 2
		j := a
		for j < len(toks) && j < a+4 && (p.tags[j] == syntax.DET || p.tags[j] == syntax.ADJ) {
			j++
		}
		if j < len(toks) && observerNouns[toks[j].Fold] {
			return a, j + 1
		}
		return 0, 0
	}
	if j := k; j < len(toks) {
		for j < len(toks) && j < k+2 && lexis.InSet(toks[j].Fold, "average", "consensus", "mean", "median") {
			j++
		}
		if j > k && j < len(toks) && lexis.InSet(toks[j].Fold, "estimate", "forecast", "expectation", "estimates", "forecasts", "expectations") {
			return j, j + 1 // "above the $19.0 billion average estimate": the estimate no one is named for
		}
	}
	if k < len(toks) && lexis.InSet(toks[k].Fold, "that", "qu'", "que") {
		k++
	}
	a := k
	for k < len(toks) && k < a+3 && (p.tags[k] == syntax.DET || p.tags[k] == syntax.ADJ) {
		k++
	}
	if k >= len(toks) || !observerNouns[toks[k].Fold] {
		return 0, 0
	}
	b := k + 1
	j := b
	if j+1 < len(toks) && lexis.InSet(toks[j].Fold, "polled", "surveyed", "interroges") && lexis.InSet(toks[j+1].Fold, "by", "par") {
		j += 2
		for j < len(toks) && p.properNoun(j) {
			j++
		}
	}
	for j < len(toks) && lexis.InSet(toks[j].Fold, "had", "have", "were", "are", "avaient", "ont", "on", "average", "en", "moyenne") {
		j++
	}
	if j < len(toks) && expectVerbs[toks[j].Fold] || j < len(toks) && lexis.InSet(toks[j].Fold, "estimated", "projected", "attendaient", "anticipaient", "prevoyaient") {
		return a, b
	}
	return 0, 0
}

// expectationsOf returns the observers [a, b) whose expectations the
// figure at token at states ("analysts' expectations of $17.6 billion",
// "the average analyst estimate of $2.10", «les attentes des analystes,
// de 2,1 milliards»); ok is false when no noun of expectation comes
// before the figure.
func (p *parsed) expectationsOf(at int) (int, int, bool) {
	toks := p.toks
	k := at - 1
	if k < 1 || !lexis.InSet(toks[k].Fold, "of", "for", "de", "d'") {
		return 0, 0, false
	}
	k--
	if !lexis.InSet(toks[k].Fold, "expectations", "expectation", "estimates", "estimate", "forecasts", "consensus", "attentes", "estimations", "previsions") {
		return 0, 0, false
	}
	j := k - 1
	if j >= 1 && lexis.InSet(toks[j].Text, "'", "’", "'s", "’s") {
		j--
	}
	for j >= 0 && (p.tags[j] == syntax.ADJ || lexis.InSet(toks[j].Fold, "average", "consensus", "mean")) {
		j--
	}
	if j >= 0 && (observerNouns[toks[j].Fold] || lexis.InSet(toks[j].Fold, "analyst", "economist", "street")) {
		a := j
		if toks[j].Fold == "street" && j >= 1 && toks[j-1].Fold == "wall" {
			a = j - 1
		}
		return a, j + 1, true
	}
	if j >= 0 && lexis.InSet(toks[j].Fold, "with", "against", "beating", "beat", "topping", "topped", "above", "below", "missing", "missed", "exceeding", "than", "the") && j == k-1 {
		// "compared with estimates of 61 cents": no one named, the
		// estimates themselves
		return k, k, true
	}
	if k+1 < at-1 {
		return 0, 0, false
	}
	// «les attentes des analystes» after the noun
	if m := k + 1; m+2 < len(toks) && lexis.InSet(toks[m].Fold, "des") && observerNouns[toks[m+1].Fold] {
		return m + 1, m + 2, true
	}
	return 0, 0, false
}

// observersBefore returns the tokens [a, b) of the observers who are the
// subject of verb v ("Analysts had expected", "les syndicats craignent",
// "Analysts polled by Reuters had forecast"); a == b when there are none.
func (p *parsed) observersBefore(v int) (int, int) {
	j := v - 1
	for j >= 0 && (p.tags[j] == syntax.AUX || p.tags[j] == syntax.ADV || p.tags[j] == syntax.PART || lexis.InSet(p.toks[j].Fold, "had", "have", "has", "avaient", "ont")) {
		j--
	}
	if q := j; q >= 2 && p.properNoun(q) {
		for q > 0 && p.properNoun(q-1) {
			q-- // "polled by Visible Alpha": the pollster's name whole
		}
		if q >= 2 && lexis.InSet(p.toks[q-1].Fold, "by", "par") && p.participle(q-2) {
			j = q - 3 // "Analysts polled by Reuters had forecast": who polled them is not who expects
		}
	}
	if j >= 2 && lexis.InSet(p.toks[j].Fold, "they", "ils", "elles") && lexis.IsSpeechVerb(p.toks, j-1) {
		// "Analysts at Morgan Stanley said they expect": the observers
		// who say so
		if a, b := p.observersBefore(j - 1); b > a {
			return a, b
		}
	}
	b := j + 1
	if j >= 2 && p.properNoun(j) {
		// "Analysts at Pellman Securities expect": the observers and
		// where they work.
		q := j
		for q > 0 && p.properNoun(q-1) {
			q--
		}
		if q >= 2 && lexis.InSet(p.toks[q-1].Fold, "at", "from", "of", "chez", "de", "d'") && observerNouns[p.toks[q-2].Fold] {
			j = q - 2
		}
	}
	if j < 0 || !observerNouns[p.toks[j].Fold] {
		return 0, 0
	}
	for j > 0 && (p.tags[j-1] == syntax.DET || p.tags[j-1] == syntax.ADJ || p.tags[j-1] == syntax.NOUN) {
		j--
	}
	return j, b
}

// expectedOf returns whom the figure n observers expect (their subject's
// words start at token a, their verb is at v, what the figure counts at
// noun) is about: an organisation named right after the figure ("2 000
// postes chez Sanofi"), else between the verb and the figure ("expect
// Zorgon sales of"), else before the observers ("Chez PSA, les syndicats
// craignent…"); "" when none: the article's main organisation is no
// guess for what observers expect ("Economists forecast growth of 2% for
// the US economy").
func (x *extractor) expectedOf(s *sentence, p *parsed, a, v int, n quantity.NumberExpr, noun int) string {
	var after, between, before string
	for _, m := range s.mentions {
		if m.common || x.reg.kindOf(&m) != KindOrg || noun >= m.tok && noun < m.end {
			continue // (not "4 million iPhones": what is counted)
		}
		switch {
		case m.tok >= n.TokEnd && m.tok <= n.TokEnd+4 && after == "":
			after = x.reg.display(m.key)
		case m.tok > v && m.end <= n.TokStart:
			between = x.reg.display(m.key)
			if e := m.end; e < n.TokStart && p.toks[e].Kind == lexis.Number && !strings.ContainsAny(between, "0123456789") {
				between = strings.TrimSpace(x.art.Text[p.toks[m.tok].Start:p.toks[e].End]) // "the FTSE 100"
			}
		case m.end < a || m.end == a && !observerNouns[p.toks[a].Fold]:
			// (not "Jefferies analysts expect": the firm the observers
			// work at)
			before = x.reg.display(m.key)
		}
	}
	for _, d := range []string{after, between, before} {
		if d != "" {
			return d
		}
	}
	observers := strings.ToLower(x.art.Text[p.toks[a].Start:p.toks[max(a, v-1)].End])
	if d := x.lastSubject; d != "" && x.lastSubjectAt == x.sentIndex-1 && x.reg.kind(nameKey(d)) == KindOrg && !strings.Contains(observers, strings.ToLower(d)) && (noun >= 0 && (ownedMeasures[p.toks[noun].Fold] || personNouns[p.toks[noun].Fold]) || n.TokStart >= 2 && lexis.InSet(p.toks[n.TokStart-1].Fold, "of", "de", "d'") && producedMeasures[p.toks[n.TokStart-2].Fold]) {
		// "Zorgflix added 3.1 million subscribers, the company said.
		// Analysts expected revenue of $3.0 billion": what the sentence
		// before was about, when the figure counts what a company has
		// (not "Economists forecast growth of 2% for the US economy").
		return d
	}
	if noun >= 0 && companyResults[p.toks[noun].Fold] && x.focus != "" && x.reg.kind(x.focus) == KindOrg && !publicBodyName(x.reg.display(x.focus)) &&
		slices.ContainsFunc(p.toks[a:v], func(t lexis.Token) bool {
			return lexis.InSet(t.Fold, "analysts", "analystes", "analyst", "analyste", "brokers")
		}) {
		// "Analysts at Jefferies expect 840 deliveries in 2026": what
		// equity analysts expect of a company's results is the
		// article's company's, when the clause names no other.
		return x.reg.display(x.focus)
	}
	return ""
}

// companyResults are a company's results, which equity analysts forecast.
var companyResults = lexis.SetOf("revenue", "revenues", "sales", "profit", "profits", "earnings", "turnover", "margin", "deliveries", "orders",
	"subscribers", "customers", "users", "livraisons", "commandes", "ventes", "benefice", "benefices", "marge", "abonnes", "clients", "utilisateurs")

// speakerOrg returns the organisation a person speaks for: the one named
// with a role the article gives him ("Le président de Zorgon, Marc Vial"),
// else, when a role word goes with his name, the organisation named in the
// sentence before, the article's or the last figure's ("its chairman Mark
// Vial"), never a public body or a statistics office; "" for a person the
// article gives no role (a farmer's "we" is his family's).
func (x *extractor) speakerOrg(person string) string {
	if person == "" || x.reg.kind(person) != KindPerson {
		return ""
	}
	for _, rc := range x.roleCands {
		if rc.person != person && x.reg.person(rc.person, x.localPersons) != person {
			continue
		}
		for _, o := range rc.orgs {
			if x.reg.kind(o) == KindOrg {
				return o
			}
		}
		recent := ""
		if x.lastOrgIn == x.sentIndex-1 {
			// (the sentence before's, not one the quote's own sentence
			// names as whom it was told: «a déclaré Marc Vial aux Echos»)
			recent = x.lastOrg // "Housing charity Focus Ireland said… “We have had…,” chief executive Niamh Cullinan told reporters": the organisation named just before
		}
		for _, org := range []string{recent, x.focus, nameKey(x.lastSubject)} {
			if d := x.reg.display(org); org != "" && x.reg.kind(org) == KindOrg && !publicBodyName(d) && !statisticsName(d) && !x.reg.statisticsBody(org) && !bodyName(d) {
				return org // (not "…, Eurostat said. “We sold 3 million phones,” chief executive Anna Reed told reporters": a statistics office has no chief executive selling)
			}
		}
		return ""
	}
	return ""
}

// weSubject reports whether the subject of verb v is "we" or «nous»
// ("We opened", «Nous avons ouvert», "we have cut").
func weSubject(toks []lexis.Token, v int) bool {
	for k := v - 1; k >= 0 && v-k <= 5; k-- {
		switch f := toks[k].Fold; {
		case lexis.InSet(f, "we", "nous"):
			return true
		case lexis.InSet(f, "have", "had", "avons", "avions", "already", "deja", "also", "aussi", "n'", "ne", "not", "pas", "'ve", "will", "allons", "to", "need", "plan", "want", "devons", "voulons", "pouvons"):
			// ("We will have to cut", "we plan to open", «nous devons supprimer»)
		default:
			return false
		}
	}
	return false
}

// producedMeasures are what a company produces or ships in a period, which
// analysts expect of it ("Analysts had expected output of 191,000 tonnes":
// the noun before "of", not the unit the figure counts).
var producedMeasures = lexis.SetOf("output", "production", "deliveries", "shipments", "volumes", "livraisons")

// crowdNouns count the people a gathering draws, whom its organisers
// expect («Les syndicats attendent 100 000 manifestants»).
var crowdNouns = lexis.SetOf("manifestants", "participants", "grevistes", "demonstrators", "protesters", "strikers", "marchers",
	"spectateurs", "spectators", "visiteurs", "visitors", "festivaliers", "pelerins", "pilgrims")

// attendVerbs gather a crowd at an event, their object: "attended the
// rally", «ont participé à la manifestation».
var attendVerbs = lexis.SetOf("attended", "attend", "attends", "watched", "watch", "joined", "join", "packed", "visited", "marched",
	"assiste", "participe", "visite", "rejoint", "defile", "suivi")

// audienceNouns count the people an event draws: "2 million viewers
// watched the final", "78,000 fans attended the derby".
var audienceNouns = lexis.SetOf("viewers", "fans", "runners", "volunteers", "supporters", "attendees", "guests", "telespectateurs",
	"supporteurs", "coureurs", "benevoles", "invites")

// strikerNouns count the workers a strike or a march draws: "12,000
// workers joined the strike", «3 000 cheminots ont participé à la grève».
var strikerNouns = lexis.SetOf("workers", "employees", "staff", "teachers", "nurses", "doctors", "miners", "dockers", "farmers", "students",
	"salaries", "agents", "enseignants", "infirmiers", "infirmieres", "medecins", "cheminots", "agriculteurs", "etudiants", "lyceens")

// placeOfMeasure returns the place a possessive's measure is of, named
// between the possessive and the measured noun that is its clause's
// subject ("The company's North Sea production", "its US shale output"),
// "" when there is none.
func (x *extractor) placeOfMeasure(s *sentence, p *parsed, r clauseReading) string {
	if r.verb <= 0 {
		return ""
	}
	toks := p.toks
	h := p.subjectHead(r.verb, p.clauseStart(r.verb))
	if h < 0 || h >= r.verb || p.tags[h] != syntax.NOUN {
		return ""
	}
	for _, m := range s.mentions {
		if m.common || m.end > h || m.tok < 1 || x.reg.kindOf(&m) != KindPlace || h-m.end > 2 {
			continue
		}
		if !lexis.InSet(toks[m.tok-1].Text, "'s", "’s") && !lexis.InSet(toks[m.tok-1].Fold, "its", "their") {
			continue
		}
		for k := m.end; k < h; k++ {
			if toks[k].Upper() || toks[k].Kind != lexis.Word || functionWords[toks[k].Fold] {
				return "" // (a word of the compound, whatever its tag: "US shale output")
			}
		}
		return x.reg.display(m.key)
	}
	return ""
}

// namedInSentenceKey reports whether passage s names the entity of key k.
func (x *extractor) namedInSentenceKey(s *sentence, k string) bool {
	return slices.ContainsFunc(s.mentions, func(m mention) bool { return !m.common && x.reg.canon(m.key) == x.reg.canon(k) })
}

// reportsBefore reports whether entity d is named in passage s as the
// subject of a verb of saying or estimating before token h: the body that
// reports what follows ("The Fiscal Council estimated public debt…").
func (x *extractor) reportsBefore(s *sentence, d string, h int) bool {
	toks := s.toks
	for _, m := range s.mentions {
		if m.end >= h || m.common || nameKey(x.reg.display(m.key)) != nameKey(d) {
			continue
		}
		for k := m.end; k < h && k <= m.end+2; k++ {
			if lexis.IsSpeechVerb(toks, k) || estimateVerbs[toks[k].Fold] || lexis.InSet(toks[k].Fold, "expects", "expected", "forecast", "forecasts", "projects", "projected", "prevoit", "estime", "table") {
				return true
			}
		}
	}
	return false
}

// tallyVerbs count a thing another owns: "counted 590,000 SkyFjord
// passengers", «recense 37 600 immatriculations Renault».
var tallyVerbs = lexis.SetOf("counted", "counts", "count", "tallied", "tallies", "recorded", "records", "registered", "registers", "logged",
	"compte", "comptait", "comptabilise", "comptabilisait", "recense", "recensait", "enregistre", "denombre")

// countedFor returns whom the figure a verb of tallyVerbs counts is of,
// when a name stands between the figure and the noun it counts ("counted
// 590,000 SkyFjord passengers"), and the one who counts (the clause's
// subject, an organisation or a person); "" when there is none.
func (x *extractor) countedFor(s *sentence, p *parsed, r clauseReading, n quantity.NumberExpr, cited Span) (string, string) {
	toks := p.toks
	if r.verb < 0 || r.verb >= n.TokStart || !tallyVerbs[toks[r.verb].Fold] || r.noun <= n.TokEnd || r.noun-n.TokEnd > 3 || r.how != fromClause {
		return "", ""
	}
	if k := x.reg.kind(nameKey(r.subject)); k != KindOrg && k != KindPerson {
		return "", ""
	}
	a, b, ok := p.nameAt(n.TokEnd)
	if !ok || a != n.TokEnd || b > r.noun {
		return "", ""
	}
	d, _ := x.entityOf(s, p, a, b, fromClause, cited)
	if d == "" || nameKey(d) == nameKey(r.subject) || x.reg.kind(nameKey(d)) == KindPlace {
		return "", ""
	}
	return d, r.subject
}

// workSiteNouns name the places people work at: "the Antamarca copper
// mine", «l'usine Renault de Flins».
var workSiteNouns = lexis.SetOf("mine", "plant", "factory", "refinery", "smelter", "mill", "shipyard", "yard", "warehouse", "hospital", "port",
	"airport", "site", "terminal", "usine", "raffinerie", "fonderie", "entrepot", "hopital", "chantier", "aeroport")

// workplaceOf returns the named site the people the figure counts are
// told to work at, as the text writes it ("workers at the Antamarca
// copper mine": "Antamarca copper mine"; «salariés de l'usine Renault de
// Flins»); "" when there is none.
func (p *parsed) workplaceOf(text string, r clauseReading) string {
	toks, tags := p.toks, p.tags
	if r.noun < 0 || r.noun+3 >= len(toks) || !(staffNouns[toks[r.noun].Fold] || strikerNouns[toks[r.noun].Fold]) {
		return ""
	}
	k := r.noun + 1
	switch {
	case p.lang != "fr" && toks[k].Fold == "at" && toks[k+1].Fold == "the":
		k += 2
	case p.lang == "fr" && lexis.InSet(toks[k].Fold, "de", "du") && lexis.InSet(toks[k+1].Fold, "l'", "la", "le"):
		k += 2
	case p.lang == "fr" && toks[k].Fold == "du":
		k++
	default:
		return ""
	}
	named, head := false, -1
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].Kind != lexis.Word || isVerb(tags[j]) && !toks[j].Upper() {
			break
		}
		if toks[j].Upper() {
			named = true
		} else if workSiteNouns[toks[j].Fold] && tags[j] == syntax.NOUN {
			head = j
			if p.lang == "fr" {
				for e := j + 1; e < len(toks) && e <= j+3 && toks[e].Upper() && toks[e].Kind == lexis.Word; e++ {
					named, head = true, e // «l'usine Renault», then its place «de Flins» is left to the reader
				}
			}
			break
		} else if tags[j] != syntax.ADJ && tags[j] != syntax.NOUN {
			break
		}
	}
	if !named || head < 0 {
		return ""
	}
	return strings.TrimSpace(text[toks[k].Start:toks[head].End])
}

// cutAtOwner returns the organisation at whose site or in which jobs the
// figure counts were cut, told by a passive verb of cutting and "at"
// ("1,100 jobs had been cut at the company's call centres", "jobs were
// axed at Vodacell"); "" when the clause is not so built.
func (x *extractor) cutAtOwner(s *sentence, p *parsed, r clauseReading, cited Span) string {
	toks := p.toks
	if p.lang == "fr" || r.noun < 0 || !jobNouns[toks[r.noun].Fold] {
		return ""
	}
	v := r.noun + 1
	for v < len(toks) && v <= r.noun+3 && lexis.InSet(toks[v].Fold, "had", "have", "has", "been", "were", "was", "be", "will", "would") {
		v++
	}
	if v == r.noun+1 || v+2 >= len(toks) || !jobVerbs[toks[v].Fold] || toks[v+1].Fold != "at" {
		return ""
	}
	k := v + 2
	if toks[k].Fold == "the" && k+1 < len(toks) && (companyWords[toks[k+1].Fold] || anaphors[toks[k+1].Fold]) &&
		(k+2 >= len(toks) || lexis.InSet(toks[k+2].Text, "'s", "’s") || toks[k+2].Kind == lexis.Punct || p.tags[k+2] != syntax.NOUN) {
		d, _ := x.entityOf(s, p, k+1, k+2, fromAnaphor, cited)
		return d
	}
	if a, b, ok := p.nameAt(k); ok && a == k {
		if d, _ := x.entityOf(s, p, a, b, fromClause, cited); d != "" && x.reg.kind(nameKey(d)) == KindOrg {
			return d
		}
	}
	return ""
}

// attendedEvent returns the event a crowd the figure counts attended, as
// the text writes it ("the rally", «la manifestation»), when the counted
// people are the subject of a verb of attending with that object; "" when
// they are not.
func (p *parsed) attendedEvent(text string, r clauseReading) string {
	toks, tags := p.toks, p.tags
	if r.noun < 0 || r.noun >= len(toks) || !(crowdNouns[toks[r.noun].Fold] || peopleNouns[toks[r.noun].Fold] || audienceNouns[toks[r.noun].Fold] || strikerNouns[toks[r.noun].Fold]) {
		return ""
	}
	v := r.noun + 1
	for v < len(toks) && v <= r.noun+3 && (tags[v] == syntax.AUX || lexis.InSet(toks[v].Fold, "ont", "have", "had", "se", "sont")) {
		v++
	}
	k := v + 1
	if v+2 < len(toks) && lexis.InSet(toks[v].Fold, "took", "take", "taken", "taking", "pris") && lexis.InSet(toks[v+1].Fold, "part", "parte") {
		k = v + 2 // "took part in the marathon", «ont pris part à la marche»
	} else if v >= len(toks) || !attendVerbs[toks[v].Fold] {
		return ""
	}
	if k < len(toks) && lexis.InSet(toks[k].Fold, "a", "au", "aux", "in") && toks[k].Text != "a" {
		k++ // «ont participé à la manifestation», "marched in the parade"
	}
	if k >= len(toks) || !lexis.InSet(toks[k].Fold, "the", "la", "le", "l'", "les", "this", "ce", "cette", "a", "an", "une", "un") || toks[k].Text == "à" {
		if !(k < len(toks) && lexis.InSet(toks[k-1].Fold, "au", "aux")) {
			return ""
		}
		k-- // «au concert»: the article is in the preposition
	}
	e := k + 1
	for e < len(toks) && e-k <= 5 && (tags[e] == syntax.ADJ || tags[e] == syntax.NOUN || tags[e] == syntax.PROPN) {
		e++
	}
	if e == k+1 || tags[e-1] != syntax.NOUN && tags[e-1] != syntax.PROPN {
		return ""
	}
	start := toks[k].Start
	if lexis.InSet(toks[k].Fold, "au", "aux") {
		start = toks[k+1].Start
	}
	return strings.TrimSpace(text[start:toks[e-1].End])
}

// setSpeaker fills who said the claim.
func (x *extractor) setSpeaker(c *Claim, sp speaker) {
	if sp.key == "" {
		return
	}
	c.SaidBy = x.reg.display(sp.key)
	c.sourceKey = sp.key
	c.SaidByText = sp.text
	c.SaidBySpan = sp.span
}

// namedBesides reports whether passage s names the entity of key k
// outside the span of the words that report it.
func (x *extractor) namedBesides(s *sentence, k string, reporter Span) bool {
	for _, m := range s.mentions {
		sp := Span{Start: s.toks[m.tok].Start, End: s.toks[m.end-1].End}
		if x.reg.canon(m.key) == x.reg.canon(k) && !reporter.Overlaps(sp) {
			return true
		}
	}
	return false
}

// reporterActs reports whether passage s, besides the words reporter
// spans, says its reporter did what the figure is part of: a pronoun
// stands for it ("Zorg Motors said on Monday it had opened a plant that
// produces 500,000 cars"), or its verb takes a noun phrase («Zorgauto a
// annoncé mardi l'ouverture d'une usine qui emploiera 1 200 personnes»).
func reporterActs(s *sentence, reporter Span) bool {
	toks := s.toks
	for k, t := range toks {
		if reporter.Overlaps(Span{Start: t.Start, End: t.End}) {
			continue
		}
		if lexis.InSet(t.Fold, "it", "its", "il", "elle", "sa", "son", "ses") {
			return true
		}
		if t.Start >= reporter.End && lexis.IsSpeechVerb(toks, k) {
			j := k + 1
			for j < len(toks) && (overlapsAny(Span{Start: toks[j].Start, End: toks[j].End}, s.dates) || lexis.InSet(toks[j].Fold, "on", "le")) {
				j++
			}
			if j < len(toks) && lexis.InSet(toks[j].Fold, "la", "le", "les", "l'", "un", "une", "des", "the", "a", "an") {
				return true
			}
		}
	}
	return false
}

// anaphors are the noun phrases that stand for an organisation named before
// ("l'application", "la messagerie", "the company").
var anaphors = lexis.SetOf("application", "app", "messagerie", "service", "plateforme", "platform", "entreprise", "societe",
	"company", "firm", "groupe", "group", "reseau", "network", "startup", "start-up", "marque", "brand", "site",
	"club", "carmaker", "automaker", "agence", "agency", "derniere", "celle-ci", "celui-ci", "latter",
	// the words for a kind of company ("the retailer", "le constructeur")
	"retailer", "drugmaker", "chipmaker", "carrier", "airline", "lender", "insurer", "manufacturer", "planemaker", "operator",
	"conglomerate", "constructeur", "distributeur", "fabricant", "operateur", "assureur", "compagnie", "enseigne",
	"miner", "brewer", "publisher", "utility")

// subject chooses the organisation a figure at token i is about: an anaphor
// just before the figure ("l'application a gagné…") stands for the
// article's main organisation; else the organisations the passage names,
// scored by how often the set names them and how close they stand (the one
// quoted as a source, "selon X", excluded); else the one last named; else the
// article's.
func (x *extractor) subject(s *sentence, i int, source Span) string {
	best, bestScore := "", math.Inf(-1)
	nearestOrg := -1
	watcher := ""
	for _, m := range s.mentions {
		if x.reg.kindOf(&m) != KindOrg || source.Overlaps(Span{Start: s.toks[m.tok].Start, End: s.toks[m.end-1].End}) || citedAt(s.toks, m.tok) ||
			agentOfEstimate(s.toks, m.tok) || bracketedAfterName(s.toks, m) {
			continue
		}
		if x.reg.watcher(m.key) && m.key != x.focus {
			watcher = m.key // (a firm that watches others: its figures are of what it watches, the last guess)
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
		if m.tok <= 1 && m.tok < i {
			// A name that opens the sentence is its subject ("Threads, the
			// app Meta launched in July, has 100 million users").
			score += 1.5
		}
		if score > bestScore {
			best, bestScore = m.key, score
		}
	}
	for k := i - 1; k > nearestOrg && k >= 0 && i-k <= 12; k-- {
		if anaphors[s.toks[k].Fold] && k > 0 && lexis.InSet(s.toks[k-1].Fold, "l'", "la", "le", "the", "cette", "ce", "this", "its", "sa", "son") {
			best = x.focus
			break
		}
	}
	if best == "" && !(x.reg.watcher(x.lastOwnOrg) && x.lastOwnOrg != x.focus) {
		best = x.lastOwnOrg
	}
	if best == "" {
		best = x.focus
	}
	if best == "" {
		best = watcher
	}
	if best == "" {
		best = x.lastOwnOrg // (a watcher, named last, as no other is)
	}
	if best == "" {
		return ""
	}
	return x.reg.display(best)
}

// commaBetween reports whether a clause break (a comma or semicolon not
// inside a short apposition) lies between tokens a and b.
func commaBetween(toks []lexis.Token, a, b int) bool {
	n := 0
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Text == ";" {
			return true
		}
		if toks[k].Text == "," && !decimalComma(toks, k) {
			n++
		}
	}
	// "Signal, the encrypted app, was downloaded": an apposition between two
	// commas does not break the clause.
	return n%2 == 1
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// figureStarts returns the byte offsets of the figures of a passage that
// can be claims (not years, not inside dates), in passage order, at most
// maxFiguresPerSentence of them. It takes O(n log n) in the figures and
// dates of the passage.
func figureStarts(toks []lexis.Token, nums []quantity.NumberExpr, dates []timex.DateExpr) []int {
	var out []int
	cover := dateCover(dates)
	for _, n := range nums {
		if len(out) >= maxFiguresPerSentence {
			break
		}
		// An ordinal competes for a date only as a rank ("5e place"), not
		// as "the first lawsuit".
		rank := n.Ordinal && (n.From > 0 || n.TokEnd < len(toks) && quantity.RankNouns[toks[n.TokEnd].Fold])
		if !n.Year && (n.Scaled || rank || n.Unit != "") && !cover.overlaps(n.Span) {
			out = append(out, toks[n.TokStart].Start)
		}
	}
	return out
}

// spanCover answers overlapsAny(span, dates) by binary search: the dates'
// starts in order and, for each prefix, the furthest end.
type spanCover struct {
	starts, maxEnd []int
}

// dateCover indexes the spans of dates.
func dateCover(dates []timex.DateExpr) spanCover {
	if len(dates) == 0 {
		return spanCover{}
	}
	spans := make([]Span, len(dates))
	for i, d := range dates {
		spans[i] = d.Span
	}
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	c := spanCover{starts: make([]int, len(spans)), maxEnd: make([]int, len(spans))}
	end := math.MinInt
	for i, sp := range spans {
		end = max(end, sp.End)
		c.starts[i], c.maxEnd[i] = sp.Start, end
	}
	return c
}

// overlaps reports whether s overlaps one of the indexed spans: one that
// starts before s ends and ends after s starts.
func (c spanCover) overlaps(s Span) bool {
	n, _ := slices.BinarySearch(c.starts, s.End) // spans starting before s.End
	return n > 0 && c.maxEnd[n-1] > s.Start
}

// clauseIndex places the byte positions of a passage on one line where each
// clause break (a comma or a semicolon token) counts 1000 bytes more, so
// that clauseDist is the difference of two keys, found by binary search
// instead of a walk over the passage's tokens.
type clauseIndex struct {
	art  *Article
	span Span
	// starts are the tokens' starts, in order; breaks[k] counts the commas
	// and semicolons, commas[k] the commas alone, among the first k tokens.
	starts         []int
	breaks, commas []int
	// others is a buffer for the keys of a claim's other figures.
	others []int
}

// clauses returns the clause index of s, built once per sentence in the
// worker's workspace.
func (x *extractor) clauses(s *sentence) *clauseIndex {
	var ci *clauseIndex
	if x.ws != nil {
		ci = &x.ws.clause
	} else {
		ci = &clauseIndex{}
	}
	if ci.art == x.art && ci.span == s.span && len(ci.starts) == len(s.toks) && x.art != nil {
		return ci
	}
	ci.build(s.toks)
	ci.art, ci.span = x.art, s.span
	return ci
}

// build indexes toks.
func (ci *clauseIndex) build(toks []lexis.Token) {
	ci.starts = ci.starts[:0]
	ci.breaks = append(ci.breaks[:0], 0)
	ci.commas = append(ci.commas[:0], 0)
	nb, nc := 0, 0
	for k, t := range toks {
		ci.starts = append(ci.starts, t.Start)
		switch t.Text {
		case ",":
			if decimalComma(toks, k) {
				break // "0,3 %"
			}
			nb++
			nc++
		case ";":
			nb++
		}
		ci.breaks = append(ci.breaks, nb)
		ci.commas = append(ci.commas, nc)
	}
}

// before returns the number of tokens that start before byte pos.
func (ci *clauseIndex) before(pos int) int {
	n, _ := slices.BinarySearch(ci.starts, pos)
	return n
}

// key is pos plus 1000 for each clause break that starts before it.
func (ci *clauseIndex) key(pos int) int { return pos + 1000*ci.breaks[ci.before(pos)] }

// commasIn counts the comma tokens that start in [lo, hi).
func (ci *clauseIndex) commasIn(lo, hi int) int {
	if hi <= lo {
		return 0
	}
	return ci.commas[ci.before(hi)] - ci.commas[ci.before(lo)]
}

// token returns the index of the token that starts at pos, or -1.
func (ci *clauseIndex) token(pos int) int {
	k := ci.before(pos)
	if k < len(ci.starts) && ci.starts[k] == pos {
		return k
	}
	return -1
}

// clauseDist is the distance in bytes between two positions of a passage,
// with a comma between them counting as far: words of one clause belong
// together.
func (ci *clauseIndex) clauseDist(a, b int) int { return absInt(ci.key(a) - ci.key(b)) }

// watcherSubject returns what a figure whose subject is a firm that
// watches others (registry.watcher) is of: the article's organisation or,
// with none, its country; "?" when the article names neither; "" when the
// subject is no such firm or the measure is its own ("revenue").
func (x *extractor) watcherSubject(subject, measure string) string {
	k := nameKey(subject)
	if subject == "" || !x.reg.watcher(k) || x.reg.canon(k) == x.reg.canon(x.focus) {
		return ""
	}
	m, _, _ := strings.Cut(measure, " (")
	words := strings.Fields(lexis.Fold(strings.ReplaceAll(m, ",", " ")))
	if len(words) == 0 {
		return ""
	}
	produced := func(w string) bool {
		return lexis.InSet(w, "production", "output", "exports", "imports", "exportations", "importations")
	}
	if ownedMeasures[words[0]] && !(len(words) == 1 && produced(words[0])) {
		return "" // (its own books: "revenue")
	}
	if slices.ContainsFunc(words, func(w string) bool { return commodityNouns[w] }) {
		return "" // "Analysts at Citi expected copper to average $10,000": a market's price, read as such further on
	}
	if slices.ContainsFunc(words, func(w string) bool {
		return lexis.InSet(w, "industry", "market", "marche", "sector", "secteur", "index", "indice", "confidence", "confiance") || peopleNouns[w] || personNouns[w] || personNouns[w+"s"] ||
			lexis.InSet(w, "adult", "adults", "adulte", "adultes", "respondent", "respondents", "repondant", "repondants", "sonde", "sondes", "shopper", "shoppers", "voter", "voters", "electeur", "electeurs")
	}) {
		return "?" // "Northwind Risk put the industry figure at $5.8 billion", "44% of adults": a market's or people's, no one's the article names
	}
	last := words[len(words)-1]
	public := nationalStatistic(measure) && !produced(last) && !lexis.InSet(last, "sales", "ventes") || slices.Contains(words, "government")
	if d := x.reg.display(x.focus); !public && x.focus != "" && x.reg.kind(x.focus) == KindOrg && !x.reg.watcher(x.focus) && !publicBodyName(d) && !statisticsName(d) && !x.reg.statisticsBody(x.focus) && !bodyName(d) &&
		!x.focusIsStatistics() && !x.abbreviatesBody(d) {
		// (not a country's measure, "house prices", "government debt",
		// nor a public body's or a statistics office's: the country's)
		return d
	}
	if x.mainCountry != "" {
		return x.mainCountry
	}
	return "?"
}

// abbreviatesBody reports whether the name d in capitals stands, in
// brackets, for a public body's long name ("the Australian Bureau of
// Agricultural and Resource Economics and Sciences (ABARES)").
func (x *extractor) abbreviatesBody(d string) bool {
	if !isAllCaps(d) {
		return false
	}
	for h := range publicHeads {
		if x.abbreviates(d, h) {
			return true
		}
	}
	return false
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

// writtenInside reports whether the capitalised word is written inside a
// sentence of text too, not only at its start: "Tesla shares fell 12%" then
// "Analysts said Tesla would struggle" (a name), not "Hospital admissions
// fell".
func writtenInside(text, word string) bool { return nextInside(text, word, 0) >= 0 }

// nextInside returns where text next writes word, from byte at on, as a
// word of its own inside a sentence (after a space, not after a stop, a
// colon or a dash); -1 when it does not.
func nextInside(text, word string, at int) int {
	for at < len(text) {
		i := strings.Index(text[at:], word)
		if i < 0 {
			return -1
		}
		i += at
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		if i > 0 && (i+len(word) == len(text) || !unicode.IsLetter(after)) {
			before := strings.TrimRight(text[:i], " \t")
			if r, _ := utf8.DecodeLastRuneInString(before); before != "" && len(before) < i && !strings.ContainsRune(".!?\n:«\"“—–-•*", r) {
				return i
			}
		}
		at = i + len(word)
	}
	return -1
}

// writtenAlone reports whether text writes word inside a sentence as a name
// of its own, not followed by another word in capitals: "a premium of 42%
// to Ardent's closing price" makes the "Ardent" that opens "Ardent shares
// jumped 39%" the company's, not an adjective ("the Federal Reserve" does
// not make "Federal prosecutors said" a name).
func writtenAlone(text, word string) bool {
	for i := nextInside(text, word, 0); i >= 0; i = nextInside(text, word, i+len(word)) {
		rest := strings.TrimPrefix(strings.TrimPrefix(text[i+len(word):], "'s"), "’s")
		next := strings.TrimLeft(rest, " ")
		if n, _ := utf8.DecodeRuneInString(next); next != "" && unicode.IsUpper(n) && len(next) < len(rest) {
			continue // "the Federal Reserve": a word of a longer name
		}
		return true
	}
	return false
}

// leadSentences is how many of an article's first sentences may hold the
// event it opens with.
const leadSentences = 3

// wholeOfPart reports whether n is the whole after a part of it: "240 of
// 543 seats", "12 sur 20 sièges".
func wholeOfPart(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokStart - 1
	if k >= 2 && toks[k].Fold == "of" && toks[k-1].Fold == "out" {
		k-- // "ranking 14th out of 21 countries"
	}
	return k >= 1 && lexis.InSet(toks[k].Fold, "of", "sur", "out") && (toks[k-1].Kind == lexis.Number || k >= 2 && toks[k-1].Kind == lexis.Punct && toks[k-2].Kind == lexis.Number && !toks[k-1].Space)
}

// question reports whether a sentence asks rather than tells: it ends on
// a question mark outside quotation marks ("Pourquoi l'État ne finance-t-il
// pas Wikimédia France, comme Wikimedia Deutschland qui est soutenue
// depuis 2007 ?", "Did Apple sell 5 million units?"). A quoted question a
// speaker asked ("« Pourquoi ? », a demandé X.") ends on its own words.
func question(toks []lexis.Token) bool {
	k := len(toks) - 1
	for k >= 0 && toks[k].Kind == lexis.Punct && toks[k].Text != "?" && !lexis.InSet(toks[k].Text, "»", "\"", "”", "'", ")") {
		k--
	}
	return k >= 0 && toks[k].Text == "?"
}

// mayClaim reports whether a sentence can yield a claim: a figure that is
// not a year or a small count, or a date with an event word or a speech verb.
func mayClaim(s *sentence) bool {
	for _, n := range s.nums {
		if !n.Year && (n.Scaled || n.Ordinal || n.Unit != "" || n.Value >= 1000) && !overlapsAny(n.Span, s.dates) {
			return true
		}
		// "Ryanair has 91 aircraft": a count followed by a word may name
		// what it counts.
		if !n.Year && n.Value >= 2 && n.TokEnd < len(s.toks) && s.toks[n.TokEnd].Kind == lexis.Word && !overlapsAny(n.Span, s.dates) {
			return true
		}
	}
	if len(s.dates) == 0 {
		return false
	}
	for _, d := range s.dates {
		if d.Kind != "duration" {
			return true // a dated event may be read from its clause
		}
	}
	for k, t := range s.toks {
		if t.Is(lexEvent) || lexis.IsSpeechVerb(s.toks, k) {
			return true
		}
	}
	return false
}

// pastClause reports whether a passage tells the past and nothing present:
// an imperfect or a past tense ("transportait", "ont été tuées", "had
// been", "was carrying") and no verb in the present or the future.
func pastClause(toks []lexis.Token, lang string) bool {
	past := false
	for k, t := range toks {
		if t.Kind != lexis.Word {
			continue
		}
		f := t.Fold
		switch lang {
		case "fr":
			switch {
			case t.Text == "à" || t.Text == "À":
				// (the preposition, folded as the verb "a")
			case lexis.InSet(f, "a", "ont", "est", "sont"):
				// A compound past ("ont perdu", "a largement gagné", "est
				// tombée"); "est l'alternative", "a 200 millions" are the
				// present.
				n := k + 1
				if n+2 < len(toks) && toks[n].Text == "," && lexis.InSet(toks[n+1].Fold, "lui", "elle", "eux", "elles") && toks[n+2].Text == "," {
					n += 3 // "Le titre Ventalis a, lui, gagné 3,4 %"
				}
				switch {
				case lexis.MatchWords(toks, n, "en", "revanche"), lexis.MatchWords(toks, n, "par", "ailleurs"):
					n += 2 // «a en revanche vu sa fréquentation chuter»
				case n < len(toks) && toks[n].Kind == lexis.Word && lexis.InSet(toks[n].Fold, "toutefois", "cependant", "pourtant", "neanmoins", "ainsi", "finalement", "nettement", "fortement", "legerement", "enfin"):
					n++
				}
				if n < len(toks) && toks[n].Kind == lexis.Word && lexis.InSet(toks[n].Fold, "deja", "encore", "aussi", "egalement", "largement", "bien", "pas", "ete", "plus") {
					n++
				}
				if lexis.InSet(f, "a", "ont") && toks[n-1].Fold == "ete" {
					past = true // "a été le meilleur buteur", "a été élu"
					continue
				}
				if n < len(toks) && toks[n].Kind == lexis.Word && lexis.FrenchParticiple(toks[n].Fold) && !lexis.InSet(toks[n].Fold, "que", "qu'", "tu", "du", "plus") &&
					!frenchFunctionWords[toks[n].Fold] && (f == "a" || f == "ont" || reflexiveBefore(toks, k) || toks[n-1].Fold == "ete" || etreParticiple(toks[n].Fold)) {
					// (not "n'est plus que de 7,5 %", "il est le troisième",
					// "sont appelés aux urnes": the present, active or
					// passive; "est tombée", "s'est imposé", "a été élu": the
					// past)
					past = true
					continue
				}
				return false
			case lexis.InSet(f, "a-t-il", "a-t-elle", "a-t-on", "ont-ils", "ont-elles") && k+1 < len(toks) && lexis.FrenchParticiple(toks[k+1].Fold):
				past = true // «», a-t-il déclaré»
			case lexis.InSet(f, "compte", "comptent", "sera", "seront", "va", "vont"):
				return false
			case frenchConditional(toks[k]):
				return false // «Sa part de marché atteindrait 31 %»: what would be, not what was
			case strings.HasSuffix(f, "ait") && len(f) > 4 || strings.HasSuffix(f, "aient") || lexis.InSet(f, "fut", "furent", "avait", "etait"):
				past = true
			}
		default:
			switch {
			case lexis.InSet(f, "is", "are", "has", "have", "will", "says", "say"):
				return false
			case lexis.InSet(f, "was", "were", "had", "did"):
				past = true
			case lexis.EnglishPast(f):
				past = true
			case k > 0 && !t.Upper() && toks[k-1].Kind == lexis.Word && toks[k-1].Upper() && !strings.HasSuffix(toks[k-1].Text, "s") && irregularPastAfterName(t.Text):
				// "The Nasdaq Composite shed 1.87%", "Zorgon cut 300
				// jobs": a verb after a singular name without the -s of
				// the present, in a form the past has.
				past = true
			}
		}
	}
	return past
}

// frenchFunctionWords are words whose form a participle's could have
// ("le", "une", "elle") but which never are one.
var frenchFunctionWords = lexis.SetOf("le", "une", "ce", "cette", "de", "que", "elle", "elles", "ne", "se", "me", "te", "tres", "desormais", "toujours", "jamais", "aussi")

// reflexiveBefore reports whether the auxiliary at k follows a reflexive
// pronoun: "s'est imposé", «se sont retrouvés».
func reflexiveBefore(toks []lexis.Token, k int) bool {
	return k > 0 && lexis.InSet(toks[k-1].Fold, "s'", "se", "m'", "t'", "nous", "vous")
}

// etreParticiple reports whether a French participle is one of the verbs
// whose compound past takes «être» ("est tombée", «sont arrivés»), so that
// «est» before it tells the past and not the passive.
func etreParticiple(f string) bool {
	for _, stem := range []string{"tomb", "arriv", "part", "sort", "venu", "revenu", "devenu", "parvenu", "intervenu", "survenu", "entr", "rentr", "rest", "mont", "descend", "pass", "retourn", "decede", "mort", "ne", "nee", "nes", "nees", "all"} {
		if f == stem || strings.HasPrefix(f, stem) && len(f)-len(stem) <= 3 && participleEnding(f[len(stem):]) {
			return true
		}
	}
	return false
}

// participleEnding reports whether e is the ending of a participle
// after its stem: "é", "ée", "és", "ées", "i", "ie", "u", "ue"…
func participleEnding(e string) bool {
	return lexis.InSet(e, "", "e", "ee", "es", "ees", "i", "ie", "is", "ies", "u", "ue", "us", "ues")
}

// irregularPastAfterName reports whether the English lexicon gives word w
// a past form (VBD) and no present of the third person: "shed", "cut",
// "set" after a name read as the past.
func irregularPastAfterName(w string) bool {
	c := englishClasses(w)
	return strings.Contains(c, "VBD") && !strings.Contains(c, "VBZ")
}

// englishClasses returns the Penn Treebank tags the English lexicon gives
// word w ("VBD|VBN"), "" when it does not know it.
func englishClasses(w string) string {
	c, _ := syntax.LexiconFor("en").Classes(w)
	return c
}

// deadAround reports whether a verb or noun of death stands in the few
// words around the figure that ends at token end, before the next one at
// next: "killing 12 people", "40 people died and", "a tué 15 personnes".
func deadAround(toks []lexis.Token, end, next int) bool {
	for k := max(end-6, 0); k < next; k++ {
		if casualtyWords[toks[k].Fold] || casualtyNouns[toks[k].Fold] {
			return true
		}
	}
	return false
}

// pastOfPresent returns the past participle of a verb of death or injury
// in its present participle, so that both read as one measure: "injuring"
// → "injured", "blessant" → "blesse".
func pastOfPresent(f, lang string) string {
	switch {
	case !casualtyWords[f]:
		return f
	case lang == "fr" && strings.HasSuffix(f, "ant"):
		return strings.TrimSuffix(f, "ant") + "e"
	case lang != "fr" && strings.HasSuffix(f, "ing"):
		return strings.TrimSuffix(f, "ing") + "ed"
	}
	return f
}

// disaster reports whether claim c tells of a disaster: a verb of crashing,
// exploding or sinking ("Un avion s'est écrasé", "A bomb exploded"), a
// subject that names one ("The fire", "A quake struck", "L'avalanche"), or
// a count of its dead. (Not "collapsed", "struck", "frappé" alone: talks
// collapse, a strike strikes.)
func disaster(c *Claim) bool {
	if c.HasValue {
		return casualties(c.Measure)
	}
	if hasStem(lexis.Fold(c.What), disasterStems) || offRoad(lexis.Fold(c.Label)) {
		return true
	}
	return disasterNamed(c.Subject)
}

// disasterNamed reports whether subject names a disaster by its kind:
// "the crash", «l'incendie», "A gas explosion".
func disasterNamed(subject string) bool {
	f := strings.Fields(lexis.Fold(subject))
	if len(f) > 4 {
		return false
	}
	for _, w := range f {
		if _, after, ok := strings.Cut(w, "'"); ok {
			w = after // «L'incendie», «d'explosion»: the noun past its elided article
		}
		if casualtyEvents[w] || lexis.InSet(w, "crash", "accident", "explosion", "attack", "earthquake", "quake", "seisme", "tremblement", "attentat") {
			return true
		}
	}
	return false
}

// marketVenue reports whether name is a stock market's, where shares
// trade: «la Bourse de Paris», "the Nasdaq", "Euronext".
func marketVenue(name string) bool {
	f := strings.Fields(lexis.Fold(name))
	return len(f) > 0 && lexis.InSet(f[0], "bourse", "nasdaq", "euronext", "nyse") || strings.Contains(lexis.Fold(name), "stock exchange")
}

// forecastHead reports whether measure m's last word is a noun of
// forecast or estimate (not a target: "maize forecast", «prévision»).
func forecastHead(m string) bool {
	f := strings.Fields(lexis.Fold(m))
	return len(f) > 0 && !strings.Contains(m, ",") && forecastNouns[f[len(f)-1]] && !lexis.InSet(f[len(f)-1], "objectif", "target", "targets", "consensus", "expectations", "attentes")
}

// tradedMeasures measure what is sold or priced, whose complement names
// it: «les ventes de chaussures», «les cours du beurre», "sales of used
// cars".
var tradedMeasures = lexis.SetOf("ventes", "cours", "sales", "prices", "exportations", "exports", "importations", "imports", "livraisons", "deliveries")

// disasterStems begin the verbs of a disaster: "crashed", "s'est écrasé",
// "exploded", "a explosé", "erupted", "derailed", "sank", "a sombré".
var disasterStems = []string{"crash", "ecras", "explod", "explos", "erupt", "derail", "sank", "sunk", "sombr", "chavir", "capsiz",
	"overturn", "collid", "percut", "capot"}

// offRoad reports whether folded words w tell a vehicle left the road:
// "left the road", "veered off the road", «a quitté la route», "plunged
// into a ravine".
func offRoad(w string) bool {
	if strings.Contains(w, "plunge") || strings.Contains(w, "tumble") || strings.Contains(w, "fell into") || strings.Contains(w, "fell off") ||
		strings.Contains(w, "chute") || strings.Contains(w, "tombe") || strings.Contains(w, "plonge") || strings.Contains(w, "bascule") {
		// "A bus plunged into a ravine", «un car a chuté dans un ravin»
		for _, f := range strings.Fields(w) {
			if lexis.InSet(f, "ravine", "ravin", "gorge", "precipice", "cliff", "canyon", "abyss", "river", "riviere", "fleuve", "falaise") {
				return true
			}
		}
	}
	return strings.Contains(w, "off the road") || strings.Contains(w, "left the road") || strings.Contains(w, "quitte la route") ||
		strings.Contains(w, "sortie de route") || strings.Contains(w, "quitte la chaussee") || strings.Contains(w, "s'est renverse") // (not «ont renversé le gouvernement»)
}

// disasterSpan is how many sentences after a disaster a count of dead
// without a subject of its own is still its.
const disasterSpan = 5

// pointLossVerbs lose points counted: "lost two points".
var pointLossVerbs = lexis.SetOf("lost", "lose", "loses", "losing", "perd", "perdu", "perdent", "perdait")

// changeSign returns "+" or "−" when the words around percentage n say it
// is a rise or a fall ("ont augmenté de 46 %", "sales slumped 12%"), or
// its clause's verb of rising or falling does, further back; "" otherwise.
func changeSign(toks []lexis.Token, n quantity.NumberExpr, r clauseReading) string {
	sign := direction(toks, n.TokStart) // (a negative figure is a level: "up from -0.1%")
	if sign == "" {
		sign = lessOrMoreAfter(toks, n.TokEnd)
	}
	if v := r.verb; sign == "" && v >= 0 && v < n.TokStart && !lexis.InSet(lexis.FoldAt(toks, n.TokStart-1), "to", "a", "currently", "actuellement") && !atLevel(toks, n.TokStart) && !possessedLevel(toks, n.TokStart) && !comparedBetween(toks, v+1, n.TokStart) &&
		!slices.ContainsFunc(toks[v+1:n.TokStart], func(t lexis.Token) bool { return lexis.InSet(t.Fold, "avec", "with") }) && // (not «gagnant avec 52 %»: a share)
		!(v+1 < len(toks) && (toks[v+1].Fold == "to" || toks[v+1].Text == "à")) {
		// (not "fell to a record low of 6.2%": the level reached)
		// "ont chuté de 6,4 %, ceux des légumes de 3,1 %": the
		// clause's verb of rising or falling, further back.
		switch f := toks[v].Fold; {
		case strings.HasPrefix(f, "avanc") && lexis.InSet(lexis.FoldAt(toks, v+1), "un", "une", "le", "la", "les", "des", "l'", "pour", "quant"):
			// «le ministère a avancé le chiffre de 24,5 %»: puts forward
			// a figure, no rise
		case riseWords[f] || hasStem(f, riseStems):
			sign = "+"
		case fallWords[f] || hasStem(f, fallStems) && !notFallWords[f]:
			sign = "−"
		}
	}
	return sign
}

// lessOrMoreAfter returns the sign «en moins», «en plus» give a share of
// a noun after its figure, the figure's end at token e: «30 % de
// bouteilles en moins» is a fall, «20 % de visiteurs en plus» a rise; ""
// when none.
func lessOrMoreAfter(toks []lexis.Token, e int) string {
	if e >= len(toks) || !lexis.InSet(toks[e].Fold, "de", "d'") {
		return ""
	}
	for k := e + 1; k+1 < len(toks) && k <= e+4; k++ {
		if toks[k].Kind != lexis.Word {
			return ""
		}
		if toks[k].Fold == "en" {
			switch toks[k+1].Fold {
			case "moins":
				return "−"
			case "plus":
				return "+"
			}
			return ""
		}
	}
	return ""
}

// existential reports whether the figure starting at token k stands in an
// existential clause: "there were 3,800 attendees", "il y avait environ
// trois tonnes de linge".
func existential(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 1 && k-j <= 4; j-- {
		f := toks[j].Fold
		if lexis.InSet(f, "is", "are", "was", "were", "be", "been") && toks[j-1].Fold == "there" {
			return true
		}
		if lexis.InSet(f, "a", "avait", "aura", "aurait", "avaient", "eu") && toks[j].Text != "à" && toks[j-1].Fold == "y" {
			return true
		}
		if toks[j].Kind != lexis.Word || !qualifierWords[f] && !lexis.InSet(f, "about", "around", "environ", "pres", "de", "d'", "only", "still", "encore", "seulement", "more", "than", "plus", "over", "nearly", "almost") {
			return false
		}
	}
	return false
}

// pluperfect reports whether a clause tells what had been done before the
// time of the story: "Zorgon had agreed to lease 100 tankers", "avait
// obtenu".
func pluperfect(toks []lexis.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if lexis.InSet(toks[k].Fold, "had", "avait", "avaient") && (lexis.EnglishPast(toks[k+1].Fold) || lexis.FrenchParticiple(toks[k+1].Fold) ||
			k+2 < len(toks) && toks[k+1].Kind == lexis.Word && (lexis.EnglishPast(toks[k+2].Fold) || lexis.FrenchParticiple(toks[k+2].Fold))) {
			return true
		}
	}
	return false
}

// frenchImperfect reports whether a French passage tells of a state in
// the imperfect: a verb in «-ait», «-aient», or «avait», «était» as the
// verb itself («y avaient accès»), not the pluperfect's auxiliary.
func frenchImperfect(toks []lexis.Token, tags []syntax.Tag) bool {
	if imperfectClause(toks, tags, "fr") {
		return true
	}
	for k := 0; k+1 < len(toks) && k+1 < len(tags); k++ {
		if lexis.InSet(toks[k].Fold, "avait", "avaient", "etait", "etaient") && (tags[k+1] == syntax.NOUN || tags[k+1] == syntax.DET || tags[k+1] == syntax.NUM) {
			return true // (not «avait chuté», «était passé»)
		}
	}
	return false
}

// hadParticiple reports whether "had" stands before an irregular participle
// that has its present's form ("it had set on Oct. 11", "had cut", "had
// put"), which pluperfect does not take for one.
func hadParticiple(toks []lexis.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Fold == "had" && lexis.IrregularParticiple(toks[k+1].Fold) && !lexis.EnglishPast(toks[k+1].Fold) {
			return true
		}
	}
	return false
}

// continues reports whether the words between a figure ending at token a and
// one starting at token b hold no verb of their own (participles aside): the
// second figure goes on with the first ("followed by Best Buy at 13
// percent", "et 6 membres d'équipage", "contre 95 %").
func (p *parsed) continues(a, b int) bool {
	if b <= a || b-a > 15 {
		return false
	}
	for k := a; k < b; k++ {
		t := p.toks[k]
		if t.Text == ";" || t.Text == ":" || t.Text == "." && k+1 < b && p.toks[k+1].Upper() && p.toks[k+1].Space {
			return false // (not the dots of "U.S.")
		}
		if p.tags[k] == syntax.AUX || p.tags[k] == syntax.VERB && !strings.HasSuffix(t.Fold, "ed") && !strings.HasSuffix(t.Fold, "ing") &&
			!(p.lang == "fr" && lexis.FrenchParticiple(t.Fold) && !(frenchPresentE(t.Text) && k > a && p.tags[k-1] == syntax.NOUN)) {
			// (and «où le taux de chômage plafonne à 3,9 %»: a present
			// after its own noun subject, a clause of its own; «qui
			// relève aussi une hausse de 18 %» is left as before)
			return false
		}
	}
	return true
}

// frenchPresentE reports whether a French verb form ends in an unaccented
// "e" no participle ends in: a present («plafonne», «recule»), which
// folding makes look like a participle in "-é" («plafonné»).
func frenchPresentE(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "e") && !hasAnySuffix(w, "ée", "ie", "ue", "ite", "ise", "erte", "inte")
}

// nameAtFigure reports whether a name stands right before "at" or "à" and
// the figure at token k ("with Wal-Mart at 15 percent"): the figure is that
// name's, whatever the clause's verb.
func (p *parsed) nameAtFigure(k int) bool {
	if k < 2 || !lexis.InSet(p.toks[k-1].Fold, "at", "a", "à", "with", "avec") {
		return false // ("…, ahead of the Democratic Alliance with 29%")
	}
	_, _, ok := p.nameAt(k - 2)
	return ok
}

// expectationVerb returns the verb of expectation whose object an
// infinitive at v tells of ("expect the FTSE 100 to reach", "expect Zorgon
// to report"), v itself when v is no such infinitive.
func (p *parsed) expectationVerb(v int) int {
	if v >= 0 && v+1 < len(p.toks) && lexis.InSet(p.toks[v].Fold, "had", "have", "has") && lexis.InSet(p.toks[v+1].Fold, "forecast", "predicted", "projected") {
		return v + 1 // "Economists had forecast 235,000 claims": the participle the tagger read as a noun
	}
	if v < 2 || p.lang == "fr" || p.toks[v-1].Fold != "to" {
		return v
	}
	for j := v - 2; j >= 0 && v-j <= 8; j-- {
		if expectVerbs[p.toks[j].Fold] {
			return j
		}
		if isVerb(p.tags[j]) || p.clauseBreak(j) {
			break
		}
	}
	return v
}

// expectationBefore returns the token of the verb observers tell their
// expectation with, before figure n with no other verb between, which the
// figure's clause did not read as its verb: "Analysts at Jefferies
// forecast revenue of $4.2 billion" (the tagger's noun), "Analysts at
// Volue Insight expect reservoirs to keep falling, forecasting a level of
// 70%" (a participle after a comma, whose subject is the sentence's: the
// verb of the observers it goes on from); -1 when there is none.
func (p *parsed) expectationBefore(n quantity.NumberExpr) int {
	for k := n.TokStart - 1; k >= 1 && n.TokStart-k <= 8; k-- {
		if p.clauseBreak(k) && p.toks[k].Text != "," {
			return -1
		}
		f := p.toks[k].Fold
		if !expectVerbs[f] && !lexis.InSet(f, "forecasting", "predicting", "projecting") {
			if isVerb(p.tags[k]) && !lexis.InSet(f, "forecast", "forecasts") {
				return -1
			}
			continue
		}
		if oa, ob := p.observersBefore(k); ob > oa {
			return k
		}
		if p.toks[k-1].Text != "," || !strings.HasSuffix(f, "ing") {
			return -1
		}
		for v := 0; v < k-1; v++ {
			if expectVerbs[p.toks[v].Fold] {
				if oa, ob := p.observersBefore(v); ob > oa {
					return v
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// comparisonFigure reports whether figure n is what another is set
// against: "up from $3.2 billion a year ago", "contre 3 % un an plus tôt".
func comparisonFigure(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokStart - 1
	for k >= 0 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Text, "$", "€", "£")) {
		k--
	}
	return k >= 0 && lexis.InSet(toks[k].Fold, "from", "contre", "versus", "vs") || yearEarlierAt(toks, n.TokEnd)
}

// figureInSubject reports whether event c's subject holds the value of one
// of the figures claims ("Seuls 14 300 logements ont été réservés": the
// figure's claim tells it).
func figureInSubject(c Claim, claims []Claim) bool {
	for _, f := range claims {
		if f.HasValue && f.ValueText != "" && strings.Contains(" "+c.Subject+" ", " "+f.ValueText+" ") {
			return true // (a word of its own: not the "3" of "A320")
		}
	}
	return false
}

// companyFigure reports whether what figure r counts is a company's: its
// revenue, dividend, jobs, investment ("un dividende de 0,75 euro", "la
// suppression de 300 postes"), not a person's own ("a personal donation
// of $5 million").
func companyFigure(toks []lexis.Token, tags []syntax.Tag, r clauseReading) bool {
	company := func(f string) bool {
		return ownedMeasures[f] || purchaseNouns[f] || lexis.InSet(f, "affaires", "postes", "emplois", "jobs", "suppressions", "suppression", "licenciements", "layoffs",
			"cuts", "embauches", "hires", "investissement", "investment", "plan", "programme", "program")
	}
	if r.noun >= 0 && company(toks[r.noun].Fold) {
		return true
	}
	k := r.at - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "de", "d'", "of") {
		for j := k - 1; j >= 0 && k-j <= 3; j-- {
			if tags[j] == syntax.NOUN {
				return company(toks[j].Fold)
			}
			if tags[j] != syntax.ADJ {
				break
			}
		}
	}
	if k >= 1 && lexis.InSet(toks[k].Fold, "pour", "for") {
		// «l'achat de 15 rames pour 1,2 milliard d'euros»: the price of
		// what the company buys.
		for j := k - 1; j >= 0 && k-j <= 8 && toks[j].Kind != lexis.Punct; j-- {
			if tags[j] == syntax.NOUN && purchaseNouns[toks[j].Fold] {
				return true
			}
		}
	}
	return false
}

// talksOf reports whether a sentence names the subject of claim f or the
// head of its measure: it goes on about what f measured.
func talksOf(sentence string, f *Claim) bool {
	sentence = lexis.Fold(sentence)
	for _, w := range strings.Fields(lexis.Fold(f.Subject) + " " + measureHead(f.Measure)) {
		if len(w) > 3 && strings.Contains(sentence, w) {
			return true
		}
	}
	return false
}

// rankedBy returns the head noun of what a ranking is by ("ranked third
// by Christmas sales", «troisième en chiffre d'affaires», "the largest by
// revenue"), in the clause before the figure at token at, -1 when none.
func (p *parsed) rankedBy(at int) int {
	toks := p.toks
	for k := at - 1; k >= 1 && at-k <= 14; k-- {
		if toks[k].Text == ";" || toks[k].Text == "." {
			return -1
		}
		if !lexis.InSet(toks[k].Fold, "by", "en") {
			continue
		}
		if _, ok := quantity.OrdinalWord(toks[k-1].Fold); !ok && !(p.tags[k-1] == syntax.ADJ && strings.HasSuffix(toks[k-1].Fold, "est")) {
			continue
		}
		h := -1
		for j := k + 1; j < at && toks[j].Text != "," && (p.tags[j] == syntax.NOUN || p.tags[j] == syntax.ADJ || p.tags[j] == syntax.PROPN || p.tags[j] == syntax.DET || lexis.InSet(toks[j].Fold, "de", "d'")); j++ {
			if p.tags[j] == syntax.NOUN {
				h = j
			}
		}
		return h
	}
	return -1
}

// comparedFigure returns the figure a figure in brackets after a name,
// or apposed to it, is set against: the sentence's figure before it of the
// same unit ("avec 50,8 % des suffrages, face à Sandrine Lachat (49,2
// %)"), else, for brackets, the last figure of that very unit (a level's,
// not a change's) in the sentence or the one before («Le taux de chômage
// a reculé à 7,8 %. La Wallonie reste…, derrière Bruxelles (11,2 %)»);
// nil when none is.
func comparedFigure(out []Claim, prev *Claim, bracketed, apposed bool, c *Claim, sentStart int, sentence string) *Claim {
	if !bracketed && !apposed {
		return nil
	}
	same := func(f *Claim) bool {
		return f != nil && f.HasValue && f.Measure != "" && f.Metric != MetricRank && strings.TrimLeft(f.Unit, "+−") == strings.TrimLeft(c.Unit, "+−") // (a rank is no measure of what the names in brackets hold)
	}
	if same(prev) {
		return prev
	}
	if !bracketed {
		return nil
	}
	for i := len(out) - 1; i >= 0 && out[i].Passage.End >= sentStart-2; i-- {
		if same(&out[i]) && out[i].Unit == c.Unit && !out[i].Unsure && (out[i].Passage.End <= sentStart || prev == nil || &out[i] != prev) {
			if out[i].Passage.End <= sentStart && !talksOf(sentence, &out[i]) {
				continue // (not the sentence before's price cap for «…les plus chers pour le gazole, derrière le Danemark (2,05 euros)»)
			}
			return &out[i]
		}
	}
	return nil
}

// purchaseNouns name what a company buys: «l'achat de 15 rames», "an order
// for 20 jets".
var purchaseNouns = lexis.SetOf("achat", "purchase", "rachat", "acquisition", "commande", "order")

// reportedCount reports whether the figure at token at is a count a
// source gives, in French: «fait état de 48 communes», «avance le chiffre
// de 185 000 entrées», «a communiqué le chiffre de 231 naissances».
func reportedCount(toks []lexis.Token, p *parsed, at int) bool {
	j := at - 1
	if j >= 2 && lexis.InSet(toks[j].Fold, "de", "d'") && lexis.InSet(toks[j-1].Fold, "plus", "moins", "pres") {
		j -= 2 // «le chiffre de plus de 180 morts»
	}
	if j >= 1 && lexis.InSet(toks[j].Fold, "environ", "quelque") {
		j--
	}
	if j < 2 || !lexis.InSet(toks[j].Fold, "de", "d'") {
		return false
	}
	k := j - 1
	for k > 0 && p.inDate(k) {
		k-- // «a fait état mardi de 48 communes»
	}
	switch {
	case toks[k].Fold == "etat":
		return k > 0 && lexis.InSet(toks[k-1].Fold, "fait", "faisait", "font", "faisaient", "faire", "fera", "feront")
	case lexis.InSet(toks[k].Fold, "chiffre", "bilan", "total", "decompte") && k > 0 && lexis.InSet(toks[k-1].Fold, "le", "un", "son", "leur"):
		for v := k - 2; v >= 0 && k-v <= 6; v-- {
			f := toks[v].Fold
			if strings.HasPrefix(f, "avanc") || strings.HasPrefix(f, "communiqu") || strings.HasPrefix(f, "publi") || strings.HasPrefix(f, "retien") ||
				strings.HasPrefix(f, "evoqu") || strings.HasPrefix(f, "fourni") || lexis.InSet(f, "donne", "donnent", "donnait", "donnaient") {
				return true
			}
			if toks[v].Kind == lexis.Punct {
				return false
			}
		}
	}
	return false
}

// countsPeople reports whether the figure of reading r counts people or a
// crowd: its noun («4 500 personnes», "3,000 strikers"), or the noun after
// «de» a percentage completes («45 % de grévistes»).
func countsPeople(toks []lexis.Token, r clauseReading, n quantity.NumberExpr) bool {
	k := r.noun
	if k < 0 && n.Unit == "%" && n.TokEnd+1 < len(toks) && lexis.InSet(toks[n.TokEnd].Fold, "de", "d'", "of") {
		k = n.TokEnd + 1
	}
	return k >= 0 && k < len(toks) && (peopleNouns[toks[k].Fold] || crowdNouns[toks[k].Fold] || casualtyNouns[toks[k].Fold] || lexis.InSet(toks[k].Fold, "evacues", "evacuees", "sinistres", "sans-abri", "disparus"))
}

// countedBy reports whether the verb at v is one of counting: its subject
// is the source of a count of people, not what it counts («La
// police a compté 4 500 personnes», «la préfecture a dénombré 8 000
// manifestants», «Le syndicat revendique 70 % de grévistes», "police
// counted 4,500 people"). (Not «Telegram compte 500
// millions d'utilisateurs»: «compter» has, but «a compté» counted.)
func countedBy(toks []lexis.Token, v int) bool {
	if v < 1 {
		return false
	}
	f := toks[v].Fold
	return lexis.InSet(f, "compte", "comptes") && lexis.InSet(toks[v-1].Fold, "a", "ont", "avait", "avaient") ||
		strings.HasPrefix(f, "recens") || strings.HasPrefix(f, "denombr") || strings.HasPrefix(f, "revendiqu") || lexis.InSet(f, "counted", "tallied")
}

// subjectNames reports whether the subject of the verb at v holds the
// words of d: «La préfecture des Landes a fait état de…» names the
// préfecture des Landes; «…, qui avait d'abord fait état de…» names no one.
func (p *parsed) subjectNames(text string, v int, d string) bool {
	a, b, how := p.subjectBefore(v, p.clauseStart(v))
	return how != "" && b > a && strings.Contains(lexis.Fold(text[p.toks[a].Start:p.toks[b-1].End]), lexis.Fold(d))
}

// countedBefore returns the subject of the last claim of out whose measure
// is measure (its words before the unit), when it is not source's: what a
// source's count counts again.
func countedBefore(out []Claim, measure, source string) string {
	head, _, _ := strings.Cut(measure, " (")
	for k := len(out) - 1; k >= 0; k-- {
		c := &out[k]
		if m, _, _ := strings.Cut(c.Measure, " ("); c.HasValue && m == head && c.Subject != "" && c.Subject != source && !c.Unsure && !publicBodyName(c.Subject) && c.Subject != c.SaidBy {
			// (not another source's count: «Le ministère de l'Intérieur a
			// compté 1,09 million de manifestants»)
			return c.Subject
		}
	}
	return ""
}

// estimateVerbs put a figure on something: "estimated the losses at",
// "a estimé les dégâts à", "valued the deal at".
var estimateVerbs = lexis.SetOf("estimated", "estimates", "estimate", "put", "puts", "valued", "values", "evaluated", "projected", "projects", "forecast", "forecasts", "sees",
	"estime", "estiment", "estimait", "evalue", "evaluent", "chiffre", "chiffrent", "evaluait")

// countVerbs tell a count or a measure a body makes of what it observes:
// "counted at least 170 bodies", «a recensé 143 foyers», "measured the
// quake at magnitude 5.7".
var countVerbs = lexis.SetOf("counted", "counts", "recorded", "records", "registered", "measured", "tallied", "estimated", "estimates",
	"recense", "recensait", "recensent", "denombre", "denombrait", "denombrent", "estime", "estiment", "evalue", "evaluent", "mesure", "enregistre")

// observerName reports whether name d is a body that observes and counts
// what others suffer: a public body, the Red Cross, the United Nations, a
// survey or an observatory.
func observerName(d string) bool {
	return publicBodyName(d) || nameHoldsAny(d, publicHeads) || nameHoldsAny(d, observerWords)
}

// observerWords are the words of the names of bodies that count what
// others suffer.
var observerWords = lexis.SetOf("cross", "croix-rouge", "croissant-rouge", "nations", "survey", "observatory", "observatoire", "unicef", "ocha", "who", "oms", "msf", "crescent")

// casualtyCount reports whether figure n counts the dead or the hurt:
// "222 cyclistes tués", "412 deaths", «263 morts».
func casualtyCount(toks []lexis.Token, n quantity.NumberExpr) bool {
	for k := n.TokEnd; k < len(toks) && k <= n.TokEnd+2; k++ {
		if lexis.InSet(toks[k].Fold, "morts", "tues", "deces", "victimes", "blesses", "dead", "deaths", "fatalities", "killed", "injured", "casualties", "victims") {
			return true
		}
	}
	return false
}

// ownCount reports whether figure n counts what a body has of its own:
// "400 volunteers", «1 200 adhérents», "its staff of 300".
func ownCount(toks []lexis.Token, n quantity.NumberExpr) bool {
	k := n.TokEnd
	if k < len(toks) && lexis.InSet(toks[k].Fold, "de", "d'", "of") {
		k++
	}
	return k < len(toks) && lexis.InSet(toks[k].Fold, "volunteers", "members", "staff", "employees", "workers", "teams", "benevoles", "adherents", "membres", "salaries", "agents", "equipes", "secouristes", "rescuers")
}

// lossBetween reports whether the words between tokens v and at name a
// loss, damage or cost, what a body puts a figure on for others ("estimated
// insured losses at", «chiffre les dégâts à»).
func lossBetween(toks []lexis.Token, v, at int) bool {
	for k := max(v, 0); k < at && k < len(toks); k++ {
		if lexis.InSet(toks[k].Fold, "loss", "losses", "damage", "damages", "cost", "costs", "bill", "perte", "pertes", "degats", "dommages", "cout", "facture") {
			return true
		}
	}
	return false
}

// announceVerbs announce what an organisation does or decided.
var announceVerbs = lexis.SetOf("annonce", "annoncent", "annoncait", "announced", "announces", "announce", "unveiled", "unveils",
	"devoile", "devoilent", "proposed", "propose", "proposent")

// confirmVerbs confirm, maintain or repeat what a company set: its officer
// who does speaks for it.
var confirmVerbs = lexis.SetOf("confirme", "confirmed", "confirms", "maintenu", "maintained", "maintains", "reitere", "reiterated", "reiterates")

// targetFigure reports whether figure n is a target: the object of a
// verb of aiming in its clause («vise 4 millions de visiteurs», "targets
// revenue of…", "aims for") or the complement of a target's noun right
// before it («un objectif de 900 millions», "a target of 5%").
func targetFigure(toks []lexis.Token, tags []syntax.Tag, r clauseReading, n quantity.NumberExpr) bool {
	if r.verb >= 0 && r.verb < n.TokStart && aimVerbs[toks[r.verb].Fold] && n.TokStart-r.verb <= 8 {
		return true
	}
	for j := n.TokStart - 1; j >= 1 && n.TokStart-j <= 9; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "'" {
			return false
		}
		if lexis.InSet(toks[j].Fold, "objectif", "objectifs", "target", "targets", "goal", "cible") && (toks[j+1].Fold == "of" || lexis.InSet(toks[j+1].Fold, "de", "d'") || j+1 == n.TokStart) {
			return true
		}
	}
	return false
}

// aimVerbs set a target for what their object states.
var aimVerbs = lexis.SetOf("vise", "visent", "visait", "viser", "targets", "targeting", "targeted", "aims", "aiming", "cible", "ciblent")

// targetVerbs set a company's target or outlook: its officer who does
// speaks for it ("Its chief executive, Ana Ruiz, expects revenue of…",
// «Son président, Karim Benali, vise un chiffre d'affaires de…»).
var targetVerbs = lexis.SetOf("vise", "visent", "targets", "aims", "expects", "forecasts", "projects", "prevoit", "anticipe", "table")

// announcedInfinitive reports whether the infinitive at v is what a verb
// of saying or announcing before it says ("a indiqué viser environ 800
// livraisons", "said it aimed to deliver", "announced plans to cut"): an
// officer's words of the company's plans.
func (p *parsed) announcedInfinitive(v int) bool {
	g := p.infinitiveGovernor(v)
	if g < 0 && p.lang != "en" && v >= 1 && p.tags[v-1] == syntax.VERB && strings.HasSuffix(p.toks[v].Fold, "r") {
		g = v - 1 // «a indiqué viser», «a dit vouloir»: the French infinitive right after the verb
	}
	return g >= 0 && (announceVerbs[p.toks[g].Fold] || lexis.IsSpeechVerb(p.toks, g))
}

// officerOrg returns the organisation whose officer (its chief executive,
// director, head, president or founder) the person named subject is, as
// the article's appositions tell ("Le directeur général, Marc Zorg", "Anna
// Blenk, PDG de Zorgon", "Zorgon CEO Anna Blenk"); "" when none.
func (x *extractor) officerOrg(subject string) string {
	key := nameKey(subject)
	if x.reg.kind(key) != KindPerson {
		return ""
	}
	p := x.reg.person(key, x.localPersons)
	best := ""
	for rk, who := range x.localRoles {
		role, org, _ := strings.Cut(rk, "|")
		if who != p && who != key || !lexis.InSet(role, "ceo", "director", "head", "president", "founder") || org == "" || x.reg.kind(org) != KindOrg {
			continue
		}
		if best == "" || org < best {
			best = org // (the same one whatever the map's order)
		}
	}
	if best == "" {
		return ""
	}
	return x.reg.display(best)
}

// rateBase reports whether figure n is the base of a rate a figure just
// before it states: after "pour", "per", "for every", within a few words
// of that figure ("412 passages pour 100 000 habitants").
func rateBase(toks []lexis.Token, n quantity.NumberExpr, nums []quantity.NumberExpr) bool {
	k := n.TokStart - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "les", "le", "la", "the") && powerOfTen(n.Value) {
		// «455 euros les 1 000 litres», "$455 the 1,000 litres": the
		// quantity a price is for, right after it.
		for _, m := range nums {
			if m.TokEnd == k && currencyUnit(m.Unit) {
				return true
			}
		}
	}
	if k < 1 || !(lexis.InSet(toks[k].Fold, "pour", "per") || toks[k].Fold == "every" && toks[k-1].Fold == "for") || n.Unit != "" || !powerOfTen(n.Value) {
		return false // (a base is a round 100, 1,000, 100,000: not "a vendu trois usines pour 450 millions d'euros")
	}
	for _, m := range nums {
		if m.TokEnd <= k && k-m.TokEnd <= 6 && m.TokStart != n.TokStart {
			return true
		}
	}
	return false
}

// reachedAfter reports whether the words from token from to token at say
// the figure at at is the level the change before reached: "to", "à"
// ("cédant 1,3 % à 7 612 points"), or with the level's noun ("dropping
// 0.8% to an average of £512,000", "à un niveau de").
func reachedAfter(toks []lexis.Token, tags []syntax.Tag, from, at int) bool {
	if from < at && lexis.InSet(toks[from].Fold, "from", "on", "sur", "par", "compared", "year-on-year", "en", "in") {
		// "rose 14% from a year earlier to $4.62 billion", «a progressé
		// de 5 % sur un an à 3,2 milliards»: past the base the change is
		// measured from, when it gives no figure of its own; and past
		// the month it is of, to a level after a comma: «a baissé de 9 %
		// en septembre sur un an, à 283 morts».
		month := lexis.InSet(toks[from].Fold, "en", "in")
		k := from + 1
		for k < at && k-from <= 8 && !lexis.InSet(toks[k].Text, "to", "à") && toks[k].Kind != lexis.Number && (toks[k].Text != "," || month && k+1 < at && lexis.InSet(toks[k+1].Text, "to", "à")) {
			k++
		}
		if k < at && lexis.InSet(toks[k].Text, "to", "à") {
			from = k
		}
	}
	if from >= at || from >= len(toks) || !lexis.InSet(toks[from].Fold, "a", "to") || toks[from].Text == "a" && from > 0 && toks[from-1].Kind == lexis.Word {
		return false
	}
	if at == from+1 {
		return true
	}
	if at-from > 5 || !lexis.InSet(toks[at-1].Fold, "of", "de", "d'") {
		return false
	}
	for k := from + 1; k < at-1; k++ {
		if tags[k] != syntax.DET && tags[k] != syntax.ADJ && tags[k] != syntax.NOUN {
			return false
		}
	}
	return true
}

// nationalStatistic reports whether a measure is one a country's
// statistics office publishes: prices, inflation, unemployment, growth,
// exports… (by its head, its compound's last word).
func nationalStatistic(measure string) bool {
	m, _, _ := strings.Cut(measure, " (")
	words := strings.Fields(m)
	if len(words) == 0 {
		return false
	}
	w := lexis.Fold(words[len(words)-1])
	return publicMeasures[w] || nationalMeasures[w] || lexis.InSet(w, "price", "prix", "rate", "taux", "wage", "salaire", "rent", "loyer") ||
		publicMeasures[w+"s"] || nationalMeasures[w+"s"]
}

// powerOfTen reports whether v is 10, 100, 1,000… (up to a billion).
func powerOfTen(v float64) bool {
	for p := 10.0; p <= 1e9; p *= 10 {
		if v == p {
			return true
		}
	}
	return false
}

// comparisonBase reports whether the date at span is what a change is
// measured from ("up 82% from 9 months ago", "compared to March 2008", "par
// rapport à mars 2011"): the figure is not about that date.
// baseAfter reports whether date d comes after a comparison that follows
// the figure at byte pos («30 membres, contre 22 dans la première équipe
// nommée le 17 mai», "5.1%, up from 4.2% in the quarter to March"): the
// base's date, not the figure's.
func baseAfter(toks []lexis.Token, pos int, d timex.DateExpr) bool {
	k, kd := tokenAt(toks, pos), tokenAt(toks, d.Span.Start)
	if k < 0 || kd <= k {
		return false
	}
	for j := k + 1; j < kd; j++ {
		switch f := toks[j].Fold; {
		case toks[j].Kind == lexis.Punct && toks[j].Text != "," && toks[j].Text != "%" && toks[j].Text != ".":
			return false // (a full stop inside a sentence is an abbreviation's: "since Oct. 1")
		case (f == "contre" || f == "versus" || f == "vs") && (kd-j <= 2 || slices.ContainsFunc(toks[j+1:kd], func(t lexis.Token) bool { return t.Kind == lexis.Number })):
			// (not «31 attaques contre des hôpitaux en 2024»: what the
			// attacks were against, in the figure's year)
			return true
		case lexis.InSet(f, "up", "down") && lexis.FoldAt(toks, j+1) == "from":
			return true
		case f == "on" && j > 0 && (lexis.InSet(toks[j-1].Fold, "%", "percent", "cent") || toks[j-1].Kind == lexis.Number && strings.HasSuffix(toks[j-1].Text, "%")) && kd-j <= 4 &&
			!d.Date.IsZero() && d.Date.Precision < PrecisionDay && // (not "rose 5% on Monday": the day it moved)
			!slices.ContainsFunc(toks[j+1:kd], func(t lexis.Token) bool {
				return t.Kind == lexis.Word && !quantity.TimeUnitNoun(t) && !lexis.InSet(t.Fold, "the", "a", "previous", "prior", "same", "last", "earlier", "in", "of", "period")
			}):
			// (not "returned 8.7% on its investments in 2025": what it
			// returned on, in that year)
			return true // "moved 412,000 lorries, up 2% on the previous year": the base's year
		case f == "compared" && lexis.InSet(lexis.FoldAt(toks, j+1), "with", "to"):
			return true
		case (f == "from" || f == "against") && slices.ContainsFunc(toks[j+1:kd], func(t lexis.Token) bool { return t.Kind == lexis.Number }):
			// "has fallen to about 118,000 from a peak of 164,000 in
			// 1960", "have killed 14 people since Oct. 1, against 22 in
			// the whole of the 2013-14 winter": the base's year
			return true
		}
	}
	return false
}

// periodAfterBase returns the period a figure with no date of its own
// counts when its clause sets it against a month, a quarter or a half of
// a year ("fell 3.1% compared with April 2025", «par rapport au
// troisième trimestre 2025»): the same period of a later year, the last
// one over when the story was published.
func (x *extractor) periodAfterBase(s *sentence, n quantity.NumberExpr) (Date, bool) {
	toks := s.toks
	for _, d := range s.dates {
		k := tokenAt(toks, d.Span.Start)
		if k < n.TokEnd || k-n.TokEnd > 8 || d.Date.Precision != PrecisionMonth || d.Date.End.Sub(d.Date.Start) > 190*24*time.Hour ||
			d.Kind != "absolute" || !comparisonBase(toks, d) {
			continue
		}
		if slices.ContainsFunc(toks[n.TokEnd:k], func(t lexis.Token) bool {
			return t.Kind == lexis.Number || t.Kind == lexis.Punct && t.Text != "%" && t.Text != ","
		}) {
			continue // (a base with a figure of its own: "contre 2 650 au troisième trimestre 2025")
		}
		var last Date
		for y := 1; y <= 3; y++ {
			if sh := d.Date.ShiftYears(y); !sh.End.After(x.art.Published.Start) {
				last = sh
			}
		}
		return last, !last.IsZero()
	}
	return Date{}, false
}

// namedPeriod reports whether d names one quarter or half of a year ("the
// first quarter of 2025", «le troisième trimestre 2025», "H1 2025"), not a
// stretch between two dates.
func namedPeriod(d timex.DateExpr) bool {
	f := lexis.Fold(d.Text)
	return !strings.Contains(f, " to ") && !strings.Contains(f, " a ") && !strings.Contains(f, "-") &&
		(strings.Contains(f, "quarter") || strings.Contains(f, "trimestre") || strings.Contains(f, "half") || strings.Contains(f, "semestre"))
}

func comparisonBase(toks []lexis.Token, d timex.DateExpr) bool {
	span := d.Span
	k := tokenAt(toks, span.Start)
	if averageBase(toks, k) {
		return true
	}
	named := namedPeriod(d) // "the first quarter of 2025": one period, set against like a month
	if k > 0 && d.Kind == "range" && !named {
		// "deux fois moins qu'en 2022-2023", "than in 2018-19", "contre
		// 2021-2022": a stretch set against, the base's
		j := k - 1
		if j > 0 && lexis.InSet(toks[j].Fold, "en", "in", "during", "pendant") {
			j--
		}
		return lexis.InSet(toks[j].Fold, "qu'", "que", "than", "contre", "versus", "vs")
	}
	if k <= 0 || d.Kind == "range" && !named {
		return false // "from January to March": a stretch
	}
	end := k
	for end < len(toks) && toks[end].Start < span.End {
		end++
	}
	if f := lexis.FoldAt(toks, k-1); yearEarlierAt(toks, k) && (toks[k-1].Kind == lexis.Number || f == "%" || quantity.Scale(f) > 0 || currencyWords[f] || measureUnits[f] != "") {
		// "up from 8.1 million a year earlier", "contre 10 210 euros un an
		// plus tôt": the figure's base, a year before the one it is set
		// against.
		return true
	}
	if j := k - 1; j >= 2 && lexis.InSet(toks[j].Fold, "en", "in", "au", "during") {
		// «contre 17,8 % en novembre 2024», "against 4.1% in October
		// 2024": the date of the base a figure is set against
		if f := toks[j-1].Fold; toks[j-1].Kind == lexis.Number || f == "%" || quantity.Scale(f) > 0 || currencyWords[f] || measureUnits[f] != "" {
			for m := j - 2; m >= 0 && j-m <= 5; m-- {
				if toks[m].Kind == lexis.Punct && toks[m].Text != "%" && toks[m].Text != "," && toks[m].Text != "." {
					break
				}
				if lexis.InSet(toks[m].Fold, "contre", "against", "versus", "vs") || toks[m].Fold == "with" && m > 0 && toks[m-1].Fold == "compared" {
					return true
				}
			}
		}
	}
	if k > 4 && lexis.InSet(lexis.FoldAt(toks, k-2), "same", "meme") && lexis.InSet(lexis.FoldAt(toks, k-3), "the", "le", "la", "au", "a") &&
		lexis.InSet(lexis.FoldAt(toks, k-4), "from", "versus", "vs", "with", "rapport", "over") {
		// "up 14% from the same weekend last year", «par rapport au même
		// mois l'an dernier»: the period set against, a year before.
		return true
	}
	if baseLevels[lexis.FoldAt(toks, end)] && lexis.InSet(lexis.FoldAt(toks, k-1), "its", "their", "the", "son", "leur", "le") {
		return true // "98% of its 2019 level": the level set against
	}
	if k > 1 && lexis.InSet(lexis.FoldAt(toks, k-1), "l'", "le", "la", "les", "the") {
		k-- // "par rapport à l'année dernière": the date's article
	}
	if lexis.InSet(lexis.FoldAt(toks, end), "to", "until", "a") && lexis.InSet(lexis.FoldAt(toks, k-1), "from", "de", "du", "d'", "des") && !amountAt(toks, end+1) && !yearEarlierAt(toks, k) &&
		!(named && end+1 < len(toks) && toks[end+1].Kind == lexis.Number) { // (nor "from the first quarter of 2025 to 410,000")
		// (not "climbed 4.2% from a year earlier to 422,600 dollars": no
		// stretch starts a year earlier)
		// "from January to March", "de janvier à mars": a stretch (not
		// "rose 3.2% from a year earlier to $28.11")
		return false
	}
	switch {
	case lexis.InSet(lexis.FoldAt(toks, k-1), "from", "versus", "vs"):
		return true
	case lexis.FoldAt(toks, k-1) == "on" && k >= 2 && (lexis.InSet(toks[k-2].Fold, "%", "percent", "cent") || toks[k-2].Kind == lexis.Number && strings.HasSuffix(toks[k-2].Text, "%")) &&
		!d.Date.IsZero() && d.Date.Precision < PrecisionDay:
		// "up 5% on January 2025", "down 3 per cent on last year": the
		// period a change is set against (not "rose 5% on Monday", the
		// day it moved).
		return true
	case lexis.InSet(lexis.FoldAt(toks, k-1), "to", "with") && k >= 2 && lexis.InSet(lexis.FoldAt(toks, k-2), "compared", "comparison"):
		return true
	case lexis.FoldAt(toks, k-1) == "of" && k >= 3 && lexis.InSet(lexis.FoldAt(toks, k-2), "ahead") || lexis.InSet(lexis.FoldAt(toks, k-1), "behind", "above", "below") && k >= 2 &&
		(lexis.InSet(toks[k-2].Fold, "%", "percent", "cent") || toks[k-2].Kind == lexis.Number):
		return true // "running 5% ahead of last year", "3% below 2024": the period set against
	case lexis.InSet(lexis.FoldAt(toks, k-1), "a", "au", "aux") && k >= 3 && lexis.FoldAt(toks, k-2) == "rapport" && lexis.FoldAt(toks, k-3) == "par":
		return true
	case lexis.FoldAt(toks, k-1) == "than" || lexis.InSet(lexis.FoldAt(toks, k-1), "in", "during") && lexis.FoldAt(toks, k-2) == "than":
		return true // "more than last year", "more than in 2023"
	case lexis.InSet(lexis.FoldAt(toks, k-1), "of", "in") && lexis.FoldAt(toks, k-2) == "period" && lexis.FoldAt(toks, k-3) == "same" && wordWithin(toks, k-7, k-3, "than", "with", "from", "on", "over"):
		return true // "1.3% more than in the same period of 2025": the period set against
	case lexis.InSet(lexis.FoldAt(toks, k-1), "qu'", "que") || lexis.InSet(lexis.FoldAt(toks, k-1), "en", "pendant") && lexis.InSet(lexis.FoldAt(toks, k-2), "qu'", "que"):
		// "7 % de plus qu'en 2023" (with the date's own "en" or not), not
		// "Rappelons qu'en août dernier".
		q := k - 1
		if !lexis.InSet(lexis.FoldAt(toks, q), "qu'", "que") {
			q--
		}
		return wordWithin(toks, q-5, q, "plus", "moins", "autant", "davantage")
	case lexis.FoldAt(toks, k-1) == "in" && lexis.FoldAt(toks, k-2) == "as":
		return wordWithin(toks, k-6, k-2, "as", "same") // "three times as many as in 2023"
	case lexis.InSet(lexis.FoldAt(toks, k-1), "de", "du", "of", "in") || toks[k-1].Kind == lexis.Word && !toks[k-1].Upper() && len(toks[k-1].Fold) > 3:
		// «par rapport à la très mauvaise moisson de 2020», "compared with
		// the weak harvest of 2020", «par rapport à l'édition 2023»: the
		// date of what is set against
		if baseLevels[lexis.FoldAt(toks, k-2)] && lexis.FoldAt(toks, k-1) != "in" {
			return true // «soit 98 % de son niveau de 2019», "the level of 2019": the level set against
		}
		start := k - 2
		if !lexis.InSet(lexis.FoldAt(toks, k-1), "de", "du", "of", "in") {
			start = k - 1 // («l'édition 2023»: the noun the year names)
		}
		for j := start; j >= 1 && k-j <= 7; j-- {
			if lexis.InSet(toks[j].Fold, "celui", "celle", "ceux", "celles") || lexis.InSet(toks[j].Fold, "that", "those") && lexis.InSet(toks[j-1].Fold, "to", "with", "than", "as") {
				return true // «un chiffre comparable à celui de 2023», "similar to that of 2023": another time's
			}
			if lexis.InSet(toks[j].Fold, "que", "qu'", "than") && wordWithin(toks, j-5, j, "plus", "moins", "autant", "davantage", "more", "less", "fewer") ||
				toks[j].Fold == "as" && lexis.InSet(toks[j-1].Fold, "much", "many", "high", "large", "big") {
				return true // «deux fois plus que sur l'ensemble de 2024», "twice as much as in the whole of 2024": the time set against
			}
			if toks[j].Kind == lexis.Punct || toks[j].Kind == lexis.Number {
				return false
			}
			if toks[j].Fold == "from" && (toks[j-1].Kind == lexis.Number || toks[j-1].Fold == "%" || quantity.Scale(toks[j-1].Fold) > 0 || wordWithin(toks, j+1, k, "same")) {
				return true // "up by 9,100 from the same period of 2023", "down 4% from the peak of 2019"
			}
			if lexis.InSet(toks[j].Fold, "a", "au", "aux") && toks[j-1].Fold == "rapport" || lexis.InSet(toks[j].Fold, "with", "to") && toks[j-1].Fold == "compared" ||
				lexis.InSet(toks[j].Fold, "contre", "versus", "vs") {
				return true
			}
		}
	}
	return false
}

// baseLevels name a level a figure is set against («son niveau de 2019»,
// "its 2019 level").
var baseLevels = lexis.SetOf("level", "levels", "niveau", "niveaux")

// otherFiguresDate reports whether date d comes right after another
// figure of sentence s than the one at byte pos ("3.58 million in 2024",
// «3,2 millions en 2024»), which it dates, while a date also follows the
// figure at pos ("from 3.4 million in 2023").
func otherFiguresDate(s *sentence, d timex.DateExpr, pos int) bool {
	toks := s.toks
	k := tokenAt(toks, d.Span.Start)
	preps := []string{"in", "en", "on", "during", "au", "at", "a", "by"}
	start := -1 // the preposition that opens the date
	switch {
	case k >= 0 && lexis.InSet(toks[k].Fold, preps...):
		start = k
	case k >= 2 && lexis.InSet(toks[k-1].Fold, preps...):
		start = k - 1
	case k >= 3 && lexis.InSet(toks[k-1].Fold, "the", "la", "le", "l'") && lexis.InSet(toks[k-2].Fold, preps...):
		start = k - 2 // "at the end of June"
	}
	if start < 1 {
		return false
	}
	after := false // a date follows the figure at pos too
	for _, e := range s.dates {
		if e.Span.Start > pos && e.Span.Start != d.Span.Start {
			if j := tokenAt(toks, e.Span.Start); j >= 0 {
				for _, m := range s.nums {
					if m.Span.Start == pos && j-m.TokEnd <= 3 && j >= m.TokEnd {
						after = true
					}
				}
			}
		}
	}
	if !after {
		return false
	}
	for _, m := range s.nums {
		if m.Span.Start != pos && m.Span.End <= d.Span.Start && start-m.TokEnd >= 0 && start-m.TokEnd <= 2 {
			for j := m.TokEnd; j < start; j++ {
				if toks[j].Kind != lexis.Word {
					return false
				}
			}
			return true
		}
	}
	return false
}

// laterFiguresDate reports whether date d, after the figure at byte pos,
// is one a participle ties to another figure between them ("with 512,000
// rides, beating the previous record of 488,000 set in August 2022",
// «un record de 488 000 établi en août 2022»): that figure's date, not the
// one at pos's (not "rose 5% to 3.58 million in 2024": no participle, the
// change's year too; nor "the year ended March 31", a span).
func laterFiguresDate(s *sentence, lang string, d timex.DateExpr, pos int) bool {
	toks := s.toks
	k := tokenAt(toks, d.Span.Start)
	start := k
	if k >= 1 && lexis.InSet(toks[k-1].Fold, "in", "en", "on", "during", "au", "at", "a", "by", "le", "entre", "between", "from", "du", "de") {
		start = k - 1
	}
	if start < 1 {
		return false
	}
	for _, m := range s.nums {
		if m.Span.Start > pos && m.Span.End <= d.Span.Start && start-m.TokEnd >= 1 && start-m.TokEnd <= 2 &&
			toks[start-1].Kind == lexis.Word && !toks[start-1].Upper() &&
			(lang != "fr" && lexis.EnglishParticiple(toks[start-1].Fold) || lang == "fr" && frenchParticipleText(toks[start-1])) &&
			!lexis.InSet(toks[start-1].Fold, "ended", "ending", "clos") && !(start-1 == m.TokEnd && currencyWords[toks[start-1].Fold]) && (start-1 == m.TokEnd || toks[m.TokEnd].Kind == lexis.Word && !toks[m.TokEnd].Upper()) {
			return true
		}
	}
	return false
}

// ownBaseDate reports whether date d, which dates a base set against, is
// that of the figure at byte pos because the figure is the base: "compared
// with three deaths in 2024", «contre deux la semaine précédente» for
// the "three", the «deux».
func ownBaseDate(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	k, e := tokenAt(toks, pos), tokenAt(toks, d.Span.Start)
	if k < 1 || e <= k || e-k > 6 || d.Kind != "absolute" && d.Kind != "partial" && !samePeriodText(d.Text) && !previousPeriodText(d.Text) && !(d.Kind == "relative" && namedQuarterText(d.Text)) {
		// (and «contre 7,5 % au premier trimestre»: a quarter of the year
		// told, as resolved)
		// (but "compared with 8,115 in the same period last year": the
		// period told before, a year back, as resolved)
		return false // (a base "un an plus tôt" is dated from the figure it is set against: see yearEarlierReason)
	}
	for j := k; j < e; j++ {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "%" && !(toks[j].Text == "," && !toks[j].Space) && !(toks[j].Text == "." && !toks[j].Space) {
			return false
		}
	}
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		if lexis.InSet(toks[j].Fold, "with", "to") && j > 0 && toks[j-1].Fold == "compared" || lexis.InSet(toks[j].Fold, "contre", "against", "versus", "vs", "than") ||
			lexis.InSet(toks[j].Fold, "a", "au", "aux") && j > 0 && toks[j-1].Fold == "rapport" {
			return true
		}
	}
	return false
}

// namedQuarterText reports whether a date's words name a quarter or a
// half of the year by its rank («au premier trimestre», "in the second
// quarter").
func namedQuarterText(t string) bool {
	words := strings.Fields(lexis.Fold(t))
	for i, w := range words {
		if lexis.InSet(w, "trimestre", "quarter", "semestre", "half") && i > 0 {
			if _, ok := quantity.OrdinalWord(words[i-1]); ok {
				return true
			}
		}
	}
	return false
}

// previousPeriodText reports whether a date's words name the period
// before another («le trimestre précédent», "the previous quarter", "last
// month"): a base set against that is dated so.
func previousPeriodText(t string) bool {
	for _, w := range strings.Fields(lexis.Fold(t)) {
		if lexis.InSet(w, "precedent", "precedente", "previous", "preceding", "prior", "dernier", "derniere", "last") {
			return true
		}
	}
	return false
}

// samePeriodText reports whether a date's words name the period told
// before, in another year ("the same period last year", «la même période
// de 2024»).
func samePeriodText(t string) bool {
	f := lexis.Fold(t)
	return strings.Contains(f, "same period") || strings.Contains(f, "meme periode")
}

// baseParticipleDate reports whether date d comes after a participle set
// off by a comma that qualifies what the figure at byte pos is set against
// («gagne 3 points par rapport à la précédente vague, réalisée début
// octobre», "up 3 points from the previous poll, conducted in early
// October"): the base's date, not the figure's.
func baseParticipleDate(toks []lexis.Token, lang string, d timex.DateExpr, pos int) bool {
	k := tokenAt(toks, d.Span.Start)
	if k >= 1 && lexis.InSet(toks[k-1].Fold, "in", "en", "on", "au", "le", "during") {
		k--
	}
	if k < 3 || toks[k-2].Text != "," || toks[k-1].Kind != lexis.Word || toks[k-1].Upper() ||
		!(lang != "fr" && lexis.EnglishParticiple(toks[k-1].Fold) || lang == "fr" && frenchParticipleText(toks[k-1])) {
		return false
	}
	for j := k - 3; j >= 1 && toks[j].Start > pos; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "'" {
			return false
		}
		if lexis.InSet(toks[j].Fold, "a", "au", "aux") && toks[j-1].Fold == "rapport" || lexis.InSet(toks[j].Fold, "with", "to") && toks[j-1].Fold == "compared" ||
			lexis.InSet(toks[j].Fold, "from", "contre", "against", "than", "versus") {
			return true
		}
	}
	return false
}

// frenchParticipleText reports whether t is written as a French past
// participle: an «-é» form («établi» aside) or an irregular one
// («atteint», «mis»).
func frenchParticipleText(t lexis.Token) bool {
	w := strings.ToLower(t.Text)
	return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées") ||
		lexis.FrenchIrregularParticiple(t.Fold) || lexis.InSet(t.Fold, "etabli", "etablie", "etablis", "etablies", "atteint", "atteinte", "atteints", "atteintes")
}

// nounsSeason reports whether date d, a part of a year with no number
// («fin d'année», «début d'été»), qualifies the noun before it with «de»
// («les sorties de fin d'année», «les fêtes de fin d'année»): a kind of
// thing, not the figure's time.
func nounsSeason(toks []lexis.Token, d timex.DateExpr) bool {
	k := tokenAt(toks, d.Span.Start)
	if k < 2 || strings.ContainsAny(d.Text, "0123456789") || toks[k-1].Fold != "de" || toks[k-2].Kind != lexis.Word || toks[k-2].Upper() {
		return false
	}
	return lexis.InSet(toks[k].Fold, "fin", "debut", "mi", "mi-")
}

// amountAt reports whether an amount opens at token k: a currency sign, or
// a number with a percent sign.
func amountAt(toks []lexis.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if lexis.InSet(toks[k].Text, "$", "€", "£", "¥") {
		return true
	}
	return toks[k].Kind == lexis.Number && k+1 < len(toks) && lexis.InSet(toks[k+1].Fold, "%", "percent", "pour")
}

// wordWithin reports whether one of words is among tokens [from, to).
func wordWithin(toks []lexis.Token, from, to int, words ...string) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if lexis.InSet(toks[k].Fold, words...) {
			return true
		}
	}
	return false
}

// conversion reports whether amount n stands inside brackets opened right
// after another amount: the same money in another currency ("between $12
// million and $20 million (£8m and £16m)").
func conversion(toks []lexis.Token, nums []quantity.NumberExpr, n quantity.NumberExpr) bool {
	unitAfter := func(m quantity.NumberExpr) bool {
		k := m.TokEnd
		if lexis.InSet(lexis.FoldAt(toks, k), "nautical", "square", "cubic") {
			k++ // "8,870 nautical miles"
		}
		return k < len(toks) && measureUnits[toks[k].Fold] != ""
	}
	// "(10,400 to 16,400 km)": the low end of a range has its high end's unit.
	rangeUnit := n.TokEnd+2 < len(toks) && lexis.InSet(toks[n.TokEnd].Fold, "to", "-", "a") && toks[n.TokEnd+1].Kind == lexis.Number &&
		slices.ContainsFunc(nums, func(m quantity.NumberExpr) bool { return m.TokStart == n.TokEnd+1 && (m.Unit != "" || unitAfter(m)) })
	if n.Unit == "" && !unitAfter(n) && !rangeUnit || n.Unit == "%" {
		return false
	}
	open := -1
	for k := n.TokStart - 1; k >= 0 && n.TokStart-k <= 8; k-- {
		if toks[k].Text == ")" {
			return false
		}
		if toks[k].Text == "(" {
			open = k
			break
		}
	}
	if open <= 0 {
		return false
	}
	for _, m := range nums {
		if m.Unit != "" && m.Unit != "%" && m.TokEnd == open {
			return true
		}
		if n.Unit == "" && m.Unit == "" && unitAfter(m) && (m.TokEnd+1 == open || m.TokEnd+2 == open && measureUnits[toks[m.TokEnd+1].Fold] != "") {
			return true // "5,600 miles (10,400 km)", "9.3 millimetres (0.37 inches)", "8,870 nautical miles (16,400 km)"
		}
		if n.Unit != "" && n.Unit != "%" && m.Unit == "" && m.TokEnd+1 == open && currencyWords[toks[m.TokEnd].Fold] {
			return true // "50 million soles ($15.3 million)", "38 billion yen ($250 million)"
		}
		if n.Unit != "" && n.Unit != "%" && m.Unit == "" && m.TokEnd+2 == open && isNationality(toks[m.TokEnd].Fold) && currencyWords[toks[m.TokEnd+1].Fold] {
			return true // "61.3 billion Danish crowns ($9.5 billion)"
		}
	}
	return false
}

// rangeLow reports whether amount n is the lower end of a range whose upper
// end, in the same unit, follows it: "between $3 billion and $4 billion",
// "entre 2 % et 3 %". A range is one claim, read at its upper end. ("$3
// billion to $4 billion" is left alone: as often a change from one to the
// other.)
func rangeLow(toks []lexis.Token, nums []quantity.NumberExpr, n quantity.NumberExpr) bool {
	return rangeUpper(toks, nums, n) >= 0
}

// rangeEnd is the lower end of a range and where its upper end starts.
type rangeEnd struct {
	upper int
	low   quantity.NumberExpr
}

// rangeUpper returns the index in nums of the upper end of the range n is
// the lower end of, -1 when n is none: "between $3 billion and $4
// billion", "entre 2 % et 3 %", and the counts of "la suppression de 8 000
// à 10 000 postes", "cut 8,000 to 10,000 jobs" (not "est passé de 8 000 à
// 10 000", "rose from 8,000 to 10,000": a change from one to the other).
func rangeUpper(toks []lexis.Token, nums []quantity.NumberExpr, n quantity.NumberExpr) int {
	var m *quantity.NumberExpr
	mi := -1
	for i := range nums {
		if nums[i].TokStart > n.TokEnd {
			m, mi = &nums[i], i
			break
		}
	}
	if m != nil && n.Unit == "" && m.Unit != "" && !m.Ordinal && !n.Ordinal && !m.Year && !n.Year && m.Value > n.Value && m.TokStart == n.TokEnd+1 &&
		lexis.InSet(toks[n.TokEnd].Fold, "and", "et") && n.TokStart >= 1 && lexis.InSet(toks[n.TokStart-1].Fold, "between", "entre") {
		return mi // «entre 350 et 370 TWh», "between 1.5 and 2%": the unit written once, after the upper end
	}
	if m != nil && (n.Unit == "" || n.Unit == m.Unit) && !m.Ordinal && !n.Ordinal && !m.Year && !n.Year && m.Value > n.Value && m.TokStart == n.TokEnd+1 &&
		lexis.InSet(toks[n.TokEnd].Fold, "to", "a", "à") && n.TokStart >= 2 && lexis.InSet(toks[n.TokStart-1].Fold, "from", "de") &&
		lexis.InSet(toks[n.TokStart-2].Fold, "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "vont", "iront", "allant", "echelonnent", "echelonneront", "varient", "varieront") {
		return mi // "Fines will range from 250 to 2,000 Australian dollars", «les amendes iront de 250 à 2 000 euros»: the two ends
	}
	if m != nil && n.Unit == "" && lexis.InSet(m.Unit, "%", "$", "€", "£", "¥") && m.TokStart == n.TokEnd+1 && lexis.InSet(toks[n.TokEnd].Fold, "to", "a", "à") && sameScale(n, *m) {
		n.Unit = m.Unit // «de 6 à 8 %», "140 million to 165 million dollars": the unit written once, after the upper end
	}
	if m == nil || m.Unit != n.Unit || m.Value <= n.Value || m.Ordinal || n.Ordinal || m.Year || n.Year {
		return -1
	}
	if n.Unit == "" {
		if countRange(toks, n, *m) {
			return mi
		}
		return -1
	}
	for k := n.TokEnd + 1; k < m.TokStart; k++ {
		if toks[k].Kind == lexis.Word || toks[k].Kind == lexis.Number {
			return -1 // (only the upper end's currency sign between: "and $20 million")
		}
	}
	before := "" // the word before the figure, its currency sign and qualifier
	k := n.TokStart - 1
	for k >= 0 && toks[k].Kind == lexis.Punct {
		k--
	}
	if k >= 0 {
		before = toks[k].Fold
		if qualifierWords[before] && k > 0 {
			before = toks[k-1].Fold
		}
	}
	if m.TokStart <= n.TokEnd {
		return -1
	}
	if j := toks[n.TokEnd].Fold; lexis.InSet(j, "and", "et") && lexis.InSet(before, "between", "entre") {
		return mi
	}
	if lexis.InSet(toks[n.TokEnd].Text, "-", "–") && m.TokStart == n.TokEnd+1 && n.Unit != "%" {
		// "$240-260 million", "€1.2–1.5bn": a dash between two amounts
		// is a range, never a move from one to the other
		return mi
	}
	if j := toks[n.TokEnd].Fold; j == "to" && before == "to" && k > 0 && lexis.InSet(toks[k-1].Fold, "forecast", "forecasts", "guidance", "target", "targets", "outlook", "estimate", "estimates") {
		// "raised its full-year revenue growth forecast to 6% to 7%": the
		// range the forecast now spans
		return mi
	}
	if j := toks[n.TokEnd].Fold; lexis.InSet(j, "to", "a", "à") && n.Unit == "%" && k >= 0 && !lexis.InSet(before, "by", "de", "d'", "from", "of") && expectedChange(toks, k) {
		// "expects grindings to fall a further 3% to 5%", "sales to rise
		// 3% to 5%": the range of a change still to come
		return mi
	}
	if j := toks[n.TokEnd].Fold; lexis.InSet(j, "to", "a", "à") && (before == "by" && n.Unit == "%" || lexis.InSet(before, "de", "d'")) && k > 0 && expectedChange(toks, k-1) {
		// "revenue would grow by 6% to 8% this year", «son chiffre
		// d'affaires progresserait de 6 à 8 %»: the range of a change
		// still to come (not "rose by 2% to 5%", "would be cut by $200 to
		// $399": a change and the level it reaches)
		return mi
	}
	if j := toks[n.TokEnd].Fold; lexis.InSet(j, "to", "a", "-", "–") && lexis.InSet(before, "of", "de", "d'") && k > 0 && toks[k-1].Kind == lexis.Word && !movedBefore(toks, k) {
		// "expects revenue of $4.4 billion to $4.5 billion", «prévoit une
		// croissance de 2 % à 3 %»: the two ends of what a noun is
		// expected to be (not "raised its target of 2% to 3%", «porté de
		// 2 % à 3 %»: a move from one to the other)
		return mi
	}
	return -1
}

// boundVerbBefore returns the bound a verb of passing a mark right before
// the figure at token at sets on it: "exceeded 40,000", "topped $2
// billion", «a dépassé les 40 000», «a franchi la barre des 10 millions»
// are more than the figure; Exact when no such verb stands there.
func boundVerbBefore(toks []lexis.Token, at int) Qualifier {
	k := at - 1
	for k >= 0 && (lexis.InSet(toks[k].Text, "$", "€", "£", "¥") || quantity.CurrencyPrefix(toks, k)) {
		k--
	}
	if k >= 2 && lexis.InSet(toks[k].Fold, "des", "de", "du", "d'") && lexis.InSet(toks[k-1].Fold, "barre", "cap", "seuil", "niveau") {
		k -= 2 // «la barre des 10 millions»
	}
	if k >= 0 && lexis.InSet(toks[k].Fold, "the", "le", "la", "les", "l'") {
		k--
	}
	if k < 0 {
		return Exact
	}
	switch f := toks[k].Fold; {
	case lexis.InSet(f, "exceeded", "exceeds", "exceed", "exceeding", "surpassed", "surpasses", "surpass", "surpassing", "topped", "tops", "topping", "excede", "excedent", "excedait", "excedaient"),
		strings.HasPrefix(f, "depass") && len(f) <= 11, lexis.InSet(f, "franchi", "franchit", "franchissent", "franchir", "franchira", "franchissait"):
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].Kind == lexis.Word; j-- {
			if lexis.InSet(toks[j].Fold, "ne", "n'", "not", "cannot", "never", "pas", "plus") {
				return AtMost // «les trains ne peuvent plus dépasser 40 km/h», "must not exceed 3%"
			}
		}
		return AtLeast
	}
	return Exact
}

// sameScale reports whether bare figure n, the lower end of a range whose
// upper end m carries the unit, is written at m's scale: "140 million to
// 165 million dollars", «de 6 à 8 %» (not "5 to 6 million dollars": the 5
// is read at its own scale, and shared one already).
func sameScale(n, m quantity.NumberExpr) bool {
	return m.Unit == "%" || n.Value >= m.Value/10
}

// expectedChange reports whether token v is a verb of rise or fall told
// as still to come: "would grow", "is expected to rise", "will fall",
// «progresserait», «devrait baisser», «va augmenter».
func expectedChange(toks []lexis.Token, v int) bool {
	if v < 0 || toks[v].Kind != lexis.Word {
		return false
	}
	changeVerb := func(f string) bool {
		return riseWords[f] || fallWords[f] || raiseWords[f] || cutVerbs[f] || hasStem(f, riseStems) || hasStem(f, fallStems)
	}
	for j := v; j > 0 && j >= v-2 && !changeVerb(toks[j].Fold); j-- {
		if toks[j-1].Kind != lexis.Word {
			break
		}
		if changeVerb(toks[j-1].Fold) {
			v = j - 1 // "would raise prices by 10% to 15%": the verb before its object
		}
	}
	f := toks[v].Fold
	if !changeVerb(f) {
		return false
	}
	if len(f) > 5 && (strings.HasSuffix(f, "rait") || strings.HasSuffix(f, "raient") || strings.HasSuffix(f, "era") || strings.HasSuffix(f, "eront")) {
		return true // «progresserait», «reculera»
	}
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		g := toks[j].Fold
		if toks[j].Kind == lexis.Punct {
			return false
		}
		if lexis.InSet(g, "would", "will", "could", "should", "might", "may", "'ll", "to", "devrait", "devraient", "pourrait", "pourraient", "va", "vont", "doit", "doivent") {
			return true
		}
	}
	return false
}

// movedBefore reports whether a verb that moves a figure from one value to
// another ("raised", "cut", «porté», «passé») is among the few words before
// token k, in its clause.
func movedBefore(toks []lexis.Token, k int) bool {
	for j := k; j >= 0 && j >= k-5; j-- {
		f := toks[j].Fold
		if toks[j].Kind == lexis.Punct {
			return false
		}
		if j > 0 && lexis.InSet(toks[j-1].Fold, "une", "un", "la", "le", "l'", "sa", "son", "leur", "a", "an", "the", "its", "their") {
			continue // «une croissance de 2 % à 3 %», "an increase of": the noun a range is of
		}
		if raiseWords[f] || riseWords[f] || fallWords[f] || cutVerbs[f] || changeWords[f] && !lexis.InSet(f, "hausse", "baisse", "augmentation", "diminution", "increase", "decrease", "lower") || strings.HasPrefix(f, "pass") {
			return true
		}
	}
	return false
}

// countRange reports whether counts n and m, with no unit, are the ends of
// one range of the noun after m: "de 8 000 à 10 000 postes", "cut 8,000 to
// 10,000 jobs", "entre 200 et 300 personnes". A change ("passé de 8 000 à
// 10 000", "from 8,000 to 10,000", "en hausse de 2 000 à 10 000") is two
// figures.
func countRange(toks []lexis.Token, n, m quantity.NumberExpr) bool {
	if m.TokStart != n.TokEnd+1 || m.TokEnd >= len(toks) {
		return false
	}
	after := toks[m.TokEnd]
	if after.Kind != lexis.Word || after.Upper() && measureUnits[after.Fold] == "" || quantity.TimeUnitNoun(after) {
		return false // "de 8 000 à 10 000 postes": a noun counted after the upper end
	}
	sep := toks[n.TokEnd].Fold
	k := n.TokStart - 1
	for k >= 0 && qualifierWords[toks[k].Fold] {
		k--
	}
	before := lexis.FoldAt(toks, k)
	switch {
	case lexis.InSet(sep, "and", "et"):
		return lexis.InSet(before, "between", "entre")
	case sep == "a" || sep == "à":
		if !lexis.InSet(before, "de", "d'") {
			return false
		}
	case sep == "to":
		if lexis.InSet(before, "from", "by") {
			return false
		}
		if before == "of" {
			// "expected a deficit of 50,000 to 75,000 tonnes": the range of
			// what the noun is (not "an increase of 2,000 to 10,000", nor
			// "raised its estimate of 8,000 to 10,000": a move)
			if f := lexis.FoldAt(toks, k-1); k < 1 || toks[k-1].Kind != lexis.Word || riseWords[f] || fallWords[f] || changeWords[f] || hasStem(f, riseStems) || hasStem(f, fallStems) || movedBefore(toks, k-1) {
				return false
			}
		}
	default:
		return false
	}
	// the word that governs the range is no verb or noun of change ("fell
	// 2,000 to 150,000", "s'élargit de 27 à 28", "porté de 120 à 150"); a
	// verb whose object the count is may govern a range ("cut 8,000 to
	// 10,000 jobs")
	for j := k; j >= 0 && j >= k-3; j-- {
		f := toks[j].Fold
		if (riseWords[f] || fallWords[f] || hasStem(f, riseStems) || hasStem(f, fallStems) || changeWords[f] || strings.HasPrefix(f, "pass")) && !cutVerbs[f] {
			return false
		}
		if toks[j].Kind != lexis.Word || lexis.InSet(f, "de", "d'", "la", "le", "les", "l'", "une", "un", "des", "the", "a", "an", "s'", "se") {
			continue
		}
		break
	}
	return true
}

// changeWords move a figure from one value to another: "porté de 120 à
// 150", "doublera de 3 000 à 6 000", "increased from".
var changeWords = lexis.SetOf("porte", "porter", "portera", "portait", "portent", "elargit", "elargi", "elargir", "elargira",
	"double", "doubler", "doublera", "doublent", "triple", "tripler", "triplera", "monte", "monter", "montera", "reduit", "reduire",
	"reduira", "ramene", "ramener", "ramenera", "augmenter", "augmentera", "diminuer", "diminuera", "baisser", "baissera", "reculer",
	"hausse", "baisse", "augmentation", "diminution", "increase", "increased", "increases", "decrease", "decreased", "decreases",
	"raised", "raise", "raises", "lowered", "lower", "lowers", "reduced", "reduce", "reduces", "boosted", "boost", "expanded",
	"expand", "widened", "narrowed", "swelled", "soared", "plunged", "slumped", "surged", "tumbled")

// cutVerbs take the count they remove as their object: "cut 8,000 to
// 10,000 jobs" is a range of jobs.
var cutVerbs = lexis.SetOf("cut", "cuts", "shed", "sheds", "slashed", "slash", "eliminate", "eliminated", "axe", "axed")

// reportsFigure reports whether event c's verb only reports or carries a
// figure of claims, its passage's ("Ryanair announced today that…",
// "Airbus has won a £13 billion contract", "Telegram a gagné plus de 70
// millions d'utilisateurs"): a speech verb, one without an object of its
// own, or one whose object is the figure. ("élu président avec 13
// millions de voix" is an event beside its figure.)
func (p *parsed) reportsFigure(text string, c Claim, claims []Claim) bool {
	v := tokenAt(p.toks, c.ValueSpan.Start)
	if v < 0 || lexis.IsSpeechVerb(p.toks, v) || p.bareVerb(text, v) {
		return true
	}
	object := false   // "raised its key interest rate by 0.25 points": the thing the verb moves, then by how much
	inPhrase := false // "a perdu hier dans l'incendie environ trois tonnes": a place or time, then the verb's object
	for k := v + 1; k < len(p.toks) && k <= v+9; k++ {
		t := p.toks[k]
		if figureIn(claims, t.Start, t.End) {
			if object && !inPhrase {
				j := k - 1
				for j > v && qualifierWords[p.toks[j].Fold] {
					j--
				}
				return lexis.InSet(p.toks[j].Fold, "by", "to", "a", "à", "de", "d'", "of", "at", "par")
			}
			return true
		}
		if k > v+6 && !object {
			return false
		}
		if quantity.CurrencyPrefix(p.toks, k) {
			continue // "rose US $5.41": the figure's currency, not a named object
		}
		if !object && p.tags[k] == syntax.ADP && !lexis.InSet(t.Fold, "de", "d'", "of", "to", "a", "à", "by", "par", "at", "entre", "between") {
			inPhrase = true
			continue
		}
		if inPhrase && !object && (p.tags[k] == syntax.PROPN || p.tags[k] == syntax.DET || p.tags[k] == syntax.NOUN || p.tags[k] == syntax.ADJ) {
			continue // "in Europe", "dans l'incendie"
		}
		if !p.inDate(k) && (p.tags[k] == syntax.NOUN || p.tags[k] == syntax.ADJ || p.tags[k] == syntax.PROPN || p.tags[k] == syntax.PRON && possessives[t.Fold] || possessives[t.Fold]) {
			object = true // (and a named object: "sentenced Sam Zorg to 25 years in prison")
			continue
		}
		if object && isVerb(p.tags[k]) && seeVerbs[p.toks[v].Fold] && p.infinitiveAt(k) {
			// "a vu son bénéfice reculer de 12 %", "saw its profit fall
			// 12%": what the subject saw is its own; read on from there.
			v, object, inPhrase = k, false, false
			continue
		}
		if object && isVerb(p.tags[k]) {
			return false // "approved a bill raising the minimum wage by 5%": another verb's figure
		}
		// (through the verbs of its chain: "a dû annuler 340 vols",
		// "prévoit de fermer 60 agences", "va supprimer entre 200 et 300")
		if !(p.inDate(k) || k+1 < len(p.toks) && p.tags[k] == syntax.ADP && p.inDate(k+1) || p.tags[k] == syntax.ADV || p.tags[k] == syntax.DET || qualifierWords[t.Fold] ||
			p.tags[k] == syntax.VERB || p.tags[k] == syntax.AUX || t.Kind == lexis.Number || lexis.InSet(t.Fold, "et", "and") && p.toks[k-1].Kind == lexis.Number ||
			lexis.InSet(t.Fold, "de", "d'", "of", "from", "to", "a", "à", "entre", "between", "at", "by", "par") || t.Kind == lexis.Punct && !lexis.InSet(t.Text, ",", ".")) {
			return false
		}
	}
	return false
}

// hasEvent reports whether one of claims is an event without a figure.
func hasEvent(claims []Claim) bool {
	for _, c := range claims {
		if c.Metric == MetricEvent {
			return true
		}
	}
	return false
}

// sameDayWords reports whether the sentence dates itself by the day told
// before: "le même jour", "ce jour-là", "le jour même", "the same day",
// "that day".
func sameDayWords(toks []lexis.Token) bool {
	for k := 1; k < len(toks); k++ {
		switch {
		case toks[k].Fold == "jour" && toks[k-1].Fold == "meme" && k > 1 && lexis.InSet(toks[k-2].Fold, "le", "ce", "du"):
			return true
		case toks[k].Fold == "meme" && toks[k-1].Fold == "jour" && k > 1 && toks[k-2].Fold == "le":
			return true
		case toks[k].Fold == "day" && toks[k-1].Fold == "same" && k > 1 && lexis.InSet(toks[k-2].Fold, "the", "that"):
			return true
		case toks[k].Fold == "day" && toks[k-1].Fold == "that" && k > 1 && lexis.InSet(toks[k-2].Fold, "on", "later", "earlier"):
			return true
		}
	}
	return false
}

// presentRelativeApart reports whether the figure at byte pos stands in a
// relative clause in the present between commas ("The airline, which is
// the third largest in China, signed the agreement on June 15") and date d
// outside it: what the clause says holds now, not on the main verb's date.
func presentRelativeApart(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	k := tokenAt(toks, pos)
	if k < 0 {
		for i, t := range toks {
			if t.Start <= pos && pos < t.End {
				k = i
				break
			}
		}
	}
	if k < 0 {
		return false
	}
	open := -1
	for j := k - 1; j >= 1 && k-j <= 12; j-- {
		if toks[j].Text == "," && !numberComma(toks, j) {
			break
		}
		if lexis.InSet(toks[j].Fold, "which", "who", "qui") && toks[j-1].Text == "," && j+1 < len(toks) &&
			(lexis.InSet(toks[j+1].Fold, "is", "are", "est", "sont", "remains", "reste") || stativePresent[toks[j+1].Fold]) {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	close := len(toks)
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Text == "," && !numberComma(toks, j) || toks[j].Text == "." {
			close = j // (not the figure's own comma: «11,4 millions»)
			break
		}
	}
	return d.Span.Start >= toks[min(close, len(toks)-1)].End || d.Span.End <= toks[open].Start
}

// stativePresent are the present of verbs that tell what a thing is or
// has now ("qui emploie 260 salariés", "which employs 1,200 people").
var stativePresent = lexis.SetOf("emploie", "emploient", "compte", "comptent", "regroupe", "regroupent", "possede", "possedent",
	"detient", "detiennent", "exploite", "exploitent", "accueille", "accueillent", "employs", "employ", "counts", "owns", "own",
	"operates", "operate", "houses", "serves", "holds")

// outlookWords make a clause an outlook, a possibility or an expectation,
// of no period a report told before ("could reduce profit by 3 to 4 million
// pounds", "expects to produce about 930,000 tonnes").
var outlookWords = lexis.SetOf("could", "would", "may", "might", "will", "should", "expects", "expect", "expected", "forecast", "forecasts",
	"pourrait", "pourraient", "devrait", "devraient", "prevoit", "prevoient", "anticipe", "anticipent", "table", "tablent", "attend", "attendent")

// movedPercent reports whether the words after a percentage ending at byte
// end tell a move: "ended 2.8% lower", «a fini 1,2 % plus haut».
func movedPercent(toks []lexis.Token, end int) bool {
	k := tokenAfter(toks, end)
	return lexis.InSet(lexis.FoldAt(toks, k), "lower", "higher", "down", "up") || lexis.MatchWords(toks, k, "plus", "haut") || lexis.MatchWords(toks, k, "plus", "bas")
}

// initialOnly reports, for thingSubject, whether the capitalised word at
// token k of toks names no entity, or one the set only writes at the start
// of sentences (an ordinary word: "Building permits rose").
func (x *extractor) initialOnly(toks []lexis.Token) func(k int) bool {
	return func(k int) bool {
		key := nameKey(toks[k].Text)
		return x.reg.entity(key) == nil || x.reg.onlyInitial(key)
	}
}

// sharesDayBefore returns the day the sentence before the current one
// tells shares traded ("Shares in European steelmakers fell sharply on
// Monday", «Les actions des banques ont reculé mardi»), within the week
// before publication; zero when it tells of no shares or no such day.
func (x *extractor) sharesDayBefore() Date {
	if x.sentIndex < 1 || x.sentIndex > len(x.sents) || x.art.Published.IsZero() {
		return Date{}
	}
	prev := &x.sents[x.sentIndex-1]
	var day Date
	for _, d := range prev.dates {
		if dd := d.Date; !dd.IsZero() && !dd.Range && dd.Precision == PrecisionDay && !d.LooksBack() && !dd.Start.After(x.art.Published.End) && dd.Start.After(x.art.Published.Start.AddDate(0, 0, -8)) {
			day = dd
		}
	}
	if day.IsZero() || prev.span.End > len(x.art.Text) {
		return Date{}
	}
	for _, w := range strings.FieldsFunc(lexis.Fold(x.art.Text[prev.span.Start:prev.span.End]), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\'' }) {
		if lexis.InSet(w, "shares", "stocks", "actions", "titres") {
			return day
		}
	}
	return Date{}
}

// shareMove reports whether c is a move of a share price ("Shares fell
// 6.3%", "le titre a bondi de 9 %"): the day's trading, not the period of
// the results told before it.
func shareMove(c *Claim) bool {
	if c.Unit != "+%" && c.Unit != "−%" {
		return false
	}
	w, _, _ := strings.Cut(lexis.Fold(c.What), " ")
	return lexis.InSet(w, "shares", "share", "stock", "stocks", "titre", "titres", "action", "actions", "cours")
}

// capacityModal reports whether the verb at v is one of ability: "can",
// «peut», «peuvent», «pourra», «pourront» right before it (an adverb
// between), not negated and not "count on", «compter sur».
func capacityModal(toks []lexis.Token, v int) bool {
	if lexis.InSet(toks[v].Fold, "count", "compter") {
		return false // "can count on 289 lawmakers", «peut compter sur 310 voix»: a fact
	}
	for j := v - 1; j >= 0 && v-j <= 2; j-- {
		if lexis.InSet(toks[j].Fold, "not", "pas", "plus") {
			return false // "cannot pay its 4,000 workers": the workers are
		}
		if lexis.InSet(toks[j].Fold, "can", "peut", "peuvent", "pourra", "pourront") {
			return true
		}
	}
	return false
}

// untilAfter reports whether date d, after the figure at byte pos, is the
// end of a span "until", «jusqu'en», «jusqu'à» brings in.
func untilAfter(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	if d.Span.Start < pos {
		return false
	}
	k := tokenAt(toks, d.Span.Start) - 1
	for k >= 0 && lexis.InSet(toks[k].Fold, "the", "le", "la", "l'", "fin", "end", "of", "de", "du") {
		k--
	}
	if k >= 1 && lexis.InSet(toks[k].Fold, "en", "a", "au", "aux") && toks[k-1].Fold == "jusqu'" {
		return true // «jusqu'en 2023», «jusqu'à fin 2024»
	}
	return k >= 0 && lexis.InSet(toks[k].Fold, "until", "till", "through")
}

// dayAt is a day told in sentence at.
type dayAt struct {
	day Date
	at  int
}

// noteSubjectDay keeps the day of event c, told in sentence si, as its
// subject's last (subjectDays), when it is a day the article has reached.
func (x *extractor) noteSubjectDay(c *Claim, si int) {
	if c.HasValue || c.Subject == "" || c.AsOf || c.Date.Precision != PrecisionDay || c.Date.Range || c.Date.Approx ||
		!x.art.Published.IsZero() && c.Date.Start.After(x.art.Published.End) {
		return
	}
	if x.subjectDays == nil {
		x.subjectDays = map[string]dayAt{}
	}
	x.subjectDays[c.Subject] = dayAt{c.Date, si}
}

// imperfectClause reports whether a French sentence tells a state in the
// past, a verb in the imperfect («transportait», «circulait», «comptait»;
// not a conditional, «devrait», «pourrait», nor a noun, «retrait»), or an
// English one in the past progressive ("was carrying"); tags are the
// sentence's parts of speech.
func imperfectClause(toks []lexis.Token, tags []syntax.Tag, lang string) bool {
	for k, t := range toks {
		if lang == "fr" && t.Kind == lexis.Word && (strings.HasSuffix(t.Fold, "ait") || strings.HasSuffix(t.Fold, "aient")) && len(t.Fold) > 5 && k > 0 && k < len(tags) && tags[k] == syntax.VERB &&
			!lexis.InSet(t.Fold, "avait", "avaient", "etait", "etaient", "serait", "seraient", "aurait", "auraient", "devrait", "devraient", "pourrait", "pourraient",
				"faudrait", "voudrait", "voudraient", "ferait", "feraient") {
			return true
		}
		if lang != "fr" && lexis.InSet(t.Fold, "was", "were") && k+1 < len(toks) && strings.HasSuffix(toks[k+1].Fold, "ing") {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb stands among tokens [a, b).
func verbBetween(tags []syntax.Tag, a, b int) bool {
	for k := max(a, 0); k < b && k < len(tags); k++ {
		if tags[k] == syntax.VERB {
			return true
		}
	}
	return false
}

// frenchConditional reports whether French word t is a verb in the
// conditional («atteindrait», «pourrait», «devrait», «augmenterait»), not in the
// imperfect («atteignait», «espérait», «montrait»).
func frenchConditional(t lexis.Token) bool {
	f := t.Fold
	if !strings.HasSuffix(f, "ait") && !strings.HasSuffix(f, "aient") {
		return false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(f, "ent"), "ait")
	if strings.HasSuffix(f, "aient") {
		stem = strings.TrimSuffix(f, "aient")
	}
	switch {
	case lexis.InSet(f, "aurait", "auraient", "serait", "seraient", "ferait", "feraient"):
		return true
	case strings.HasSuffix(stem, "dr") || strings.HasSuffix(stem, "rr") || strings.HasSuffix(stem, "vr"):
		return true // «atteindrait», «pourrait», «devrait» (not «-irait»: «retirait» is an imperfect too)
	case strings.HasSuffix(stem, "er") && len(stem) > 3:
		low := strings.ToLower(t.Text)
		return !strings.HasSuffix(low, "érait") && !strings.HasSuffix(low, "éraient") // «augmenterait», not «espérait»
	}
	return false
}

// yearsJoined returns the span of years or months that date di of
// sentence s makes with the next or the one before when "and", «et» joins
// them ("in 2021 and 2022", «en juillet et en août»), and whether it does.
func yearsJoined(s *sentence, di int) (Date, Span, bool) {
	if d, span, ok := joinedPair(s, di); ok {
		return d, span, true
	}
	if di > 0 {
		return joinedPair(s, di-1)
	}
	return Date{}, Span{}, false
}

// joinedPair is yearsJoined for date di and the one after it.
func joinedPair(s *sentence, di int) (Date, Span, bool) {
	if di < 0 || di+1 >= len(s.dates) {
		return Date{}, Span{}, false
	}
	d, e := s.dates[di], s.dates[di+1]
	p := d.Date.Precision
	if p != PrecisionYear && p != PrecisionMonth && !(p == PrecisionDay && e.Date.Start.Sub(d.Date.Start) <= 6*24*time.Hour) || d.Date.Range || e.Date.Precision != p || e.Date.Range || !e.Date.Start.After(d.Date.Start) {
		// (and two days of one week: «Plus de 1.500 vols ont été annulés
		// lundi et mardi»)
		return Date{}, Span{}, false
	}
	k := tokenAfter(s.toks, d.Span.End)
	if k < 0 || k+1 >= len(s.toks) || !lexis.InSet(s.toks[k].Fold, "and", "et") {
		return Date{}, Span{}, false
	}
	if s.toks[k+1].Start != e.Span.Start && !(k+2 < len(s.toks) && lexis.InSet(s.toks[k+1].Fold, "en", "in") && s.toks[k+2].Start == e.Span.Start) {
		return Date{}, Span{}, false
	}
	return Date{Start: d.Date.Start, End: e.Date.End, Precision: p, Range: true}, Span{Start: d.Span.Start, End: e.Span.End}, true
}

// looksBack reports whether a sentence sets what it tells against an
// earlier time: "year-ago", "previous", "prior", "earlier", «précédent»,
// «un an plus tôt», "a year ago".
func looksBack(toks []lexis.Token) bool {
	for k, t := range toks {
		if lexis.InSet(t.Fold, "year-ago", "previous", "prior", "earlier", "ago", "precedent", "precedente", "precedents", "auparavant") ||
			t.Fold == "plus" && k+1 < len(toks) && toks[k+1].Fold == "tot" {
			return true
		}
	}
	return false
}

// lookBackEnd returns the end of the tokens whose words of looking back
// bear on the figure at byte pos: the sentence whole, unless a figure set
// against it after «contre», "against", "compared with", "from" takes the
// look back («ressort à 21,3 %, contre 24,8 % un an plus tôt»).
func lookBackEnd(toks []lexis.Token, pos int) int {
	k := tokenAt(toks, pos)
	if k < 0 {
		return len(toks)
	}
	for j := k + 1; j < len(toks) && j-k <= 7; j++ { // (past the figure's own tokens: "21,3 %,")
		if lexis.InSet(toks[j].Fold, "contre", "against", "versus", "from") || toks[j].Fold == "compared" {
			return j
		}
	}
	return len(toks)
}

// otherPastSince reports whether the sentence right before the current one,
// when it comes after sentence at, dates something to a time before
// period d: the story has moved to another time ("In 2019, Zorgon was
// much smaller. Revenue was $1.2 billion").
func (x *extractor) otherPastSince(at int, d Date) bool {
	for i := max(at+1, x.sentIndex-1); i < x.sentIndex && i < len(x.sents); i++ {
		for _, e := range x.sents[i].dates {
			if e.Kind == "duration" || e.Kind == "time" || e.Date.IsZero() {
				continue
			}
			if e.Date.End.Before(d.Start) {
				return true
			}
		}
	}
	return false
}

// frontedPastBefore reports whether the sentence right before the current
// one, when it comes after sentence at, opens on a time before period d
// and tells no figure ("In 2019, Zorgon was much smaller. Revenue was $1.2
// billion"): the story has moved to that time (not a base a figure there
// was set against, "up 14% from a year earlier").
func (x *extractor) frontedPastBefore(at int, d Date) bool {
	i := x.sentIndex - 1
	if i <= at || i >= len(x.sents) || slices.ContainsFunc(x.sents[i].nums, func(n quantity.NumberExpr) bool { return !n.Year && !overlapsAny(n.Span, x.sents[i].dates) }) {
		return false // (a figure of that time told there: «Au quatrième trimestre 2025, ils affichaient encore une baisse de 0,4 %» looks back, then the story goes on)
	}
	for _, e := range x.sents[i].dates {
		if e.Kind != "duration" && e.Kind != "time" && !e.Date.IsZero() && e.Span.Start-x.sents[i].span.Start <= 8 && e.Date.End.Before(d.Start) {
			return true
		}
	}
	return false
}

// measureHead returns the noun a claim's measure is about, without its
// unit in brackets or the nouns that say which one: "revenue" for "cloud
// revenue ($)", «chiffre» for «chiffre d'affaires (€)».
func measureHead(m string) string {
	h, _, _ := strings.Cut(m, " (")
	f := strings.Fields(h)
	switch {
	case len(f) == 0:
		return ""
	case strings.Contains(h, "'") || len(f) > 1 && lexis.InSet(f[1], "de", "du", "des", "net", "nette", "brut", "operationnel", "courant"):
		return lexis.Fold(f[0]) // «chiffre d'affaires», «bénéfice net», «résultat net»
	}
	return lexis.Fold(f[len(f)-1])
}

// resultMeasures are the measures a company's results report for a period.
var resultMeasures = lexis.SetOf("revenue", "revenues", "sales", "sale", "profit", "profits", "earnings", "income", "loss", "losses",
	"chiffre", "ventes", "vente", "benefice", "resultat", "perte", "pertes", "marge", "margin")

// withinYears returns the count of years after «d'ici», «d'ici à» that
// follows the figure at byte pos in its clause («3 000 milliards d'ici à
// dix ans»), 0 when none.
func withinYears(toks []lexis.Token, pos int) int {
	f := tokenAt(toks, pos)
	for k := f + 1; k >= 1 && k+2 < len(toks) && k <= f+8; k++ {
		if toks[k].Kind == lexis.Punct && toks[k].Text != "," && !(toks[k+1].Kind == lexis.Number && !toks[k+1].Space) {
			return 0 // (not the point of "3.000")
		}
		if toks[k].Fold != "ici" || toks[k-1].Fold != "d'" {
			continue
		}
		j := k + 1
		if lexis.FoldAt(toks, j) == "a" {
			j++
		}
		v, end, ok := quantity.WordsNumberAt(toks, j)
		if !ok && toks[j].Kind == lexis.Number {
			n, err := strconv.Atoi(toks[j].Text)
			v, end, ok = float64(n), j+1, err == nil
		}
		if ok && v >= 1 && v <= 50 && lexis.InSet(lexis.FoldAt(toks, end), "ans", "annees") {
			return int(v)
		}
		return 0
	}
	return 0
}

// shareFigure reports whether claim c is a share's move or price: "Its
// shares rose 4.6% to 9.12 euros".
func shareFigure(c *Claim) bool {
	w, _, _ := strings.Cut(lexis.Fold(c.What), " ")
	return shareMove(c) || c.HasValue && c.Unit != "%" && lexis.InSet(w, "shares", "share", "stock", "stocks", "titre", "titres", "action", "actions")
}

// marketLead reports whether sentence s tells a market's session: it
// names an index or a stock exchange, not as who expects a figure
// (expectedBy), (indexName: «La Bourse de Paris a
// terminé en hausse», "The FTSE 100 fell 1.2% on Tuesday").
func (x *extractor) marketLead(s *sentence) bool {
	toks := s.toks
	for _, m := range s.mentions {
		if !m.common && indexName(x.reg.display(m.key)) && !expectedBy(toks, m.tok, m.end) {
			return true
		}
	}
	return false
}

// expectedBy reports whether the market named by tokens [a, b) only stands
// for those who expect a figure: "rose faster than Wall Street had
// expected", "beat Wall Street estimates", «mieux que ne l'attendait Wall
// Street».
func expectedBy(toks []lexis.Token, a, b int) bool {
	if a > 0 && a <= len(toks) && toks[a-1].Fold == "than" {
		return true
	}
	if a > 1 && a <= len(toks) && lexis.InSet(toks[a-1].Fold, "que", "qu'") {
		// «plus vite que Wall Street ne l'attendait» (not «tandis que Wall
		// Street signait sa pire séance»)
		for j := a - 2; j >= 0 && a-j <= 4; j-- {
			if lexis.InSet(toks[j].Fold, "plus", "moins", "mieux", "pire", "autant", "aussi") {
				return true
			}
		}
	}
	if b+1 < len(toks) && toks[b].Fold == "had" {
		return lexis.InSet(toks[b+1].Fold, "expected", "forecast", "predicted", "estimated") // not "Wall Street had its worst day"
	}
	return b < len(toks) && lexis.InSet(toks[b].Fold, "expected", "expects", "estimates", "expectations", "forecasts", "forecast", "analysts", "consensus", "predicted",
		"attendait", "anticipait", "prevoyait", "tablait")
}

// indexMove reports whether claim c tells a market's move or level: a
// change, in percent or points, or the level reached ("The DAX rose 2.0%,
// or 290.36 points, to 14,670.72").
func indexMove(c *Claim) bool {
	return c.HasValue && (c.Unit == "+%" || c.Unit == "−%" || strings.Contains(c.Unit, "point") ||
		strings.HasPrefix(c.Measure, "level") || strings.HasPrefix(c.Measure, "niveau"))
}

// soitChange reports whether the figure at token at is a change «soit»
// introduces: «…, soit une baisse de 3,4 %», «soit une progression de».
func soitChange(toks []lexis.Token, at int) bool {
	return at >= 4 && lexis.InSet(toks[at-1].Fold, "de", "d'") && lexis.InSet(toks[at-3].Fold, "une", "un") && toks[at-4].Fold == "soit"
}

// appendedChange reports whether the words between the figure before,
// ending at token prevEnd, and the one at at are a comma and no verb ("12.4
// million passengers in 2018, a 7% drop", "3.2 billion euros in August, up
// 4.5%"): the second says how the first moved.
func (p *parsed) appendedChange(prevEnd, at int) bool {
	comma := false
	for k := prevEnd; k < at && k < len(p.toks); k++ {
		if isVerb(p.tags[k]) && !p.participle(k) && !lexis.InSet(p.toks[k].Fold, "up", "down") || p.toks[k].Kind == lexis.Number && !p.inDate(k) {
			return false
		}
		comma = comma || p.toks[k].Text == ","
	}
	return comma
}

// futureClause reports whether a sentence tells what will be: "will",
// "shall", a French future («augmentera», «sera»).
func futureClause(toks []lexis.Token) bool {
	for k := range toks {
		if lexis.InSet(toks[k].Fold, "will", "shall", "'ll") || toks[k].Kind == lexis.Word && !toks[k].Upper() && len(toks[k].Fold) > 4 &&
			(strings.HasSuffix(toks[k].Fold, "era") || strings.HasSuffix(toks[k].Fold, "eront") || strings.HasSuffix(toks[k].Fold, "ira") || strings.HasSuffix(toks[k].Fold, "iront") ||
				lexis.InSet(toks[k].Fold, "sera", "seront", "aura", "auront", "fera", "feront")) {
			return true
		}
	}
	return false
}

// fromTo reports whether "to" stands right before the figure at token at
// (past a currency sign): a level reached, whose start "from" may give.
func fromTo(toks []lexis.Token, at int) bool {
	k := at - 1
	for k > 0 && quantity.CurrencyPrefix(toks, k) {
		k--
	}
	return k >= 0 && toks[k].Fold == "to"
}

// restates reports whether the figure at token at restates the one before
// it: "…, soit 8 % de ses effectifs", "…, i.e. 8% of its staff", "…, or
// about 8% of its workforce".
func restates(toks []lexis.Token, at int) bool {
	k := at - 1
	if k >= 1 && lexis.InSet(toks[k].Fold, "about", "some", "around", "roughly", "nearly", "almost") {
		k--
	}
	return k >= 1 && (lexis.InSet(toks[k].Fold, "soit", "i.e.", "ie") || toks[k].Fold == "or" && toks[k-1].Text == ",")
}

// sameNounAfter reports whether the noun right after figure n is the one
// base's measure counts («468 000 exemplaires» after «512 000
// exemplaires»).
func sameNounAfter(toks []lexis.Token, n quantity.NumberExpr, base *Claim) bool {
	k := n.TokEnd
	if k < len(toks) && lexis.InSet(toks[k].Fold, "de", "d'") {
		k++
	}
	if k >= len(toks) || toks[k].Kind != lexis.Word || base.Measure == "" {
		return false
	}
	m, _, _ := strings.Cut(lexis.Fold(base.Measure), " (")
	return slices.Contains(strings.Fields(m), lemma(toks[k].Fold, "fr"))
}

// enClitic returns the token of the French pronoun that the verb
// governing the bare figure at token at takes, as a source gives another
// count or estimate of what was counted before: «en» («la CGT en
// revendiquait 20 000», «les organisateurs en ont recensé 12 000», «la
// direction n'en reconnaît que 38»), or «l'», «la», «le», «les» with a verb
// of estimating and «à» («la Fage l'évalue à 3,2 %», «les notaires la
// chiffrent à 3,5 %»); -1 when there is none (not the gerund «en comptant
// 20 000», nor the preposition «en 2023»).
func enClitic(toks []lexis.Token, tags []syntax.Tag, at int) int {
	k := at - 1
	for k >= 0 && (lexis.InSet(toks[k].Fold, "plutot", "seulement", "environ", "quelque", "que", "qu'", "pres", "de", "d'", "plus", "moins", "au", "pour", "sa", "son", "leur", "part") && k >= at-4) {
		k-- // «n'en reconnaît que 38», «en compte pour sa part 600», «en revendique plus de 20 000»
	}
	estimate := k >= 1 && toks[k].Text == "à"
	if estimate {
		k-- // «l'évalue à 3,2 %»
		for k >= 1 && at-k <= 4 && lexis.InSet(toks[k].Fold, "plutot", "plutôt", "elle", "lui", "aussi", "meme", "toutefois", "pourtant") {
			k-- // «la place plutôt à 13,9 %»
		}
	}
	verbs := 0
	for k >= 0 && toks[k].Kind == lexis.Word && !lexis.InSet(toks[k].Fold, "en", "n'", "ne", "l'", "la", "le", "les") && verbs < 3 {
		if strings.HasSuffix(toks[k].Fold, "ant") && !(claimVerbs[toks[k].Fold] || countVerb(toks[k].Fold)) || toks[k].Upper() || tags[k] != syntax.VERB && tags[k] != syntax.AUX && !estimateVerb(toks[k].Fold) && !countVerb(toks[k].Fold) {
			return -1 // (not «un CAC 40 en progression de 0,6 %», «recule en revanche de 11 %»)
		}
		if estimate && !estimateVerb(toks[k].Fold) && tags[k] != syntax.AUX {
			return -1 // («l'a porté à», «la ramène à»: no estimate)
		}
		verbs++
		k--
	}
	if verbs == 0 || k < 1 || toks[k+1].Kind != lexis.Word {
		return -1
	}
	if estimate && !lexis.InSet(toks[k].Fold, "l'", "la", "le", "les") || !estimate && toks[k].Fold != "en" {
		return -1
	}
	if b := toks[k-1]; b.Kind == lexis.Punct && b.Fold != "n'" && b.Text != ")" && b.Text != "," || lexis.InSet(b.Fold, "et", "mais", "ou", "que", "qui") || tags[k-1] == syntax.VERB || tags[k-1] == syntax.AUX {
		return -1 // (a clause that opens on «en» has no source before it)
	}
	if b := toks[k-1]; b.Text == "," && !(k >= 3 && slices.ContainsFunc(toks[max(0, k-12):k-1], func(t lexis.Token) bool { return t.Text == "," })) {
		return -1 // (only a source set off by an apposition: «la Fage, l'autre grande organisation, l'évalue à»)
	}
	return k
}

// bodyWords returns, as a source, the plural noun and its article that
// tokens [from, to) are («les notaires», «les syndicats»), the zero speaker
// for other words.
func bodyWords(toks []lexis.Token, from, to int, text string) speaker {
	if to-from != 2 || !lexis.InSet(toks[from].Fold, "les", "des") || toks[from+1].Kind != lexis.Word || !strings.HasSuffix(toks[from+1].Fold, "s") {
		return speaker{}
	}
	sp := Span{Start: toks[from+1].Start, End: toks[from+1].End}
	w := text[sp.Start:sp.End]
	return speaker{key: w, text: w, span: sp}
}

// countVerb reports whether folded f is a form of a French verb a source
// gives a count with, which the tagger may read as a noun («recense»,
// «compte», «revendique», «dénombre», «annonce», «avance»).
func countVerb(f string) bool {
	for _, p := range []string{"recens", "compt", "revendiqu", "denombr", "annonc", "avanc", "reconn", "propos"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// estimateVerb reports whether folded f is a form of a French verb of
// putting a figure on something: «évalue», «estiment», «chiffre».
func estimateVerb(f string) bool {
	return strings.HasPrefix(f, "evalu") || strings.HasPrefix(f, "estim") || strings.HasPrefix(f, "chiffr") ||
		lexis.InSet(f, "place", "placent", "placait", "placaient", "situe", "situent", "situait", "fixe", "fixent") // «Kantar la place plutôt à 13,9 %»
}

// enSourceStart returns the first token of the words before the pronoun at
// token e that name who gives the count: back to the comma or the word that
// opens their clause, past the name's abbreviation in brackets and an
// apposition set off by commas («le Système national … (SNOSM) en
// recense», «la Fage, l'autre grande organisation étudiante, l'évalue»).
func enSourceStart(toks []lexis.Token, e int) int {
	k := e
	if k > 0 && toks[k-1].Fold == "n'" {
		k--
	}
	if k > 0 && toks[k-1].Text == "," {
		// an apposition: the name before it
		j := k - 2
		for j > 0 && e-j < 14 && toks[j].Text != "," {
			j--
		}
		if j > 0 && toks[j].Text == "," {
			k = j
		}
	}
	for k > 0 && e-k < 16 && (toks[k-1].Kind == lexis.Word || lexis.InSet(toks[k-1].Text, "(", ")", "'", "’", "-")) && !lexis.InSet(toks[k-1].Fold, "et", "mais", "que", "qu'", "tandis", "alors", "quand", "lorsque", "and", "but", "while", "whereas", "though", "although", "with", "avec") {
		k--
	}
	return k
}

// authorityHeads head the name of a local authority that counts people
// on the ground: a prefecture, a town hall, the police.
var authorityHeads = lexis.SetOf("prefecture", "mairie", "police", "gendarmerie", "prefect", "prefet", "sous-prefecture")

// placeOfAuthority returns the place a local authority's name ends with
// («préfecture de la Haute-Garonne», «mairie de Nantes», "Prefecture of
// Attica"), "" when name is no such authority's.
func placeOfAuthority(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 || !authorityHeads[lexis.Fold(words[0])] {
		return ""
	}
	for i := 1; i < len(words)-1 && i <= 3; i++ {
		w := lexis.Fold(words[i])
		if !lexis.InSet(w, "de", "du", "des", "of", "la", "l'", "d'", "the") && !strings.HasPrefix(w, "l'") && !strings.HasPrefix(w, "d'") {
			return ""
		}
		rest := strings.Join(words[i+1:], " ")
		if strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "d'") {
			rest = strings.Join(append([]string{words[i][2:]}, words[i+1:]...), " ")
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && gazetteer.IsPlaceName(rest) {
			return rest // (not «préfecture de police»)
		}
	}
	return ""
}

// contestedBetween reports whether tokens [a, b) call the figure before
// them disputed: «un chiffre contesté par», "a figure the company
// disputed", «ce que la direction conteste».
func contestedBetween(toks []lexis.Token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		f := toks[k].Fold
		if strings.HasPrefix(f, "contest") || strings.HasPrefix(f, "disput") || strings.HasPrefix(f, "dement") || lexis.InSet(f, "rejects", "rejected", "challenged", "challenges") {
			return true
		}
	}
	return false
}

// makingIt reports whether the figure at token at follows "making it",
// "leaving it", "putting it" (and an article) right after a comma: the
// participle tells what the clause before made of its subject.
func makingIt(toks []lexis.Token, at int) bool {
	k := at - 1
	for k >= 0 && at-k <= 2 && lexis.InSet(toks[k].Fold, "the", "a", "an", "its", "their") {
		k--
	}
	return k >= 2 && lexis.InSet(toks[k].Fold, "it", "them") && lexis.InSet(toks[k-1].Fold, "making", "leaving", "putting", "keeping") && toks[k-2].Text == ","
}

// lastInUnit returns the last figure of out in unit, of sentence s or of
// the one right before it in the same paragraph; nil when none.
func (x *extractor) lastInUnit(out []Claim, s *sentence, unit string) *Claim {
	for k := len(out) - 1; k >= 0; k-- {
		c := &out[k]
		if c.Article != x.idx || !c.HasValue || c.Passage.End > s.span.End {
			continue
		}
		if c.Passage.Start < s.span.Start && (c.Passage.End > s.span.Start || strings.TrimSpace(x.art.Text[c.Passage.End:s.span.Start]) != "" ||
			strings.Contains(x.art.Text[c.Passage.End:s.span.Start], "\n")) {
			return nil
		}
		if c.Unit == unit {
			return c
		}
	}
	return nil
}

// figureJustBefore returns the last figure of out when it is of the
// sentence right before s in the same paragraph, nil otherwise.
func (x *extractor) figureJustBefore(out []Claim, s *sentence) *Claim {
	for k := len(out) - 1; k >= 0; k-- {
		c := &out[k]
		if c.Article != x.idx || c.Passage.End > s.span.Start || !c.HasValue {
			continue // (and the event told with the figure: "said 1.2 million passengers were affected")
		}
		if strings.TrimSpace(x.art.Text[c.Passage.End:s.span.Start]) != "" || strings.Contains(x.art.Text[c.Passage.End:s.span.Start], "\n") {
			return nil
		}
		return c
	}
	return nil
}

// wholeBefore returns the figure just before base in out when base is a
// part of it («37 personnes ont été blessées, dont neuf grièvement»,
// "1,200 jobs, including 300 in France"): same subject and unit; nil
// otherwise.
func (x *extractor) wholeBefore(out []Claim, base *Claim) *Claim {
	k := slices.IndexFunc(out, func(c Claim) bool {
		return c.Article == base.Article && c.ValueSpan == base.ValueSpan && c.Value == base.Value
	})
	if k < 1 || base.ValueSpan.Start <= 0 || base.ValueSpan.Start > len(x.art.Text) {
		return nil
	}
	before := strings.Fields(lexis.Fold(x.art.Text[max(0, base.ValueSpan.Start-24):base.ValueSpan.Start]))
	if len(before) == 0 || !lexis.InSet(before[len(before)-1], "dont", "including") {
		return nil
	}
	w := &out[k-1]
	if w.Article != base.Article || !w.HasValue || w.Subject != base.Subject || w.Unit != base.Unit || w.Value <= base.Value {
		return nil
	}
	return w
}

// otherSourceFigure reports whether the figure at tokens [at, after)
// stands alone between a comma and "selon", "according to", after another
// figure that a source was named for ("9 500 manifestants selon la
// préfecture, 35 000 selon les organisateurs", "8,000 according to police,
// 12,000 according to organisers"); prevEnd is the token after that figure.
func otherSourceFigure(toks []lexis.Token, at, after, prevEnd int) bool {
	if at < 2 || after >= len(toks) || prevEnd < 0 || prevEnd >= at || toks[at-1].Text != "," || !lexis.InSet(toks[after].Fold, "selon", "according", "d'apres") {
		return false
	}
	for k := prevEnd; k < at-1; k++ {
		if lexis.InSet(toks[k].Fold, "selon", "according", "d'apres") {
			return true
		}
	}
	return false
}

// rateAfter returns the words after a figure that make it a rate for each
// period ("a day", "per week", «par jour», «par an»), past the figure's
// unit and an amount in brackets ("90 million crowns ($9.4 million) a
// day"); "" when none.
func rateAfter(toks []lexis.Token, k int) string {
	for n := 0; n < 4 && k < len(toks) && toks[k].Kind == lexis.Word && !lexis.InSet(toks[k].Fold, "a", "an", "per", "par", "each", "every", "chaque"); n++ {
		if n >= 2 && !lexis.InSet(toks[k-1].Fold, "de", "d'", "of") && !lexis.InSet(toks[k].Fold, "de", "d'", "of") {
			break // (past two words, only what a unit is of: «tonnes de déchets», "barrels of oil")
		}
		k++ // the unit's words: "crowns", "Swedish crowns", «d'euros», «barils de brut»
	}
	if k < len(toks) && toks[k].Text == "(" {
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			if toks[j].Text == ")" {
				k = j + 1
				break
			}
		}
	}
	if k+1 >= len(toks) || !lexis.InSet(toks[k].Fold, "a", "an", "per", "par", "each", "every", "chaque") || toks[k].Text == "à" {
		return ""
	}
	if lexis.InSet(toks[k+1].Fold, "day", "week", "month", "year", "hour", "jour", "semaine", "mois", "an", "annee", "heure", "match", "game", "habitant") &&
		!lexis.InSet(lexis.FoldAt(toks, k+2), "earlier", "ago", "before", "later", "previously", "plus", "auparavant") {
		// (not "89 million a year earlier", «un an plus tôt»: when, not how often)
		return toks[k].Text + " " + toks[k+1].Text
	}
	return ""
}

// presentStockBefore reports whether the verb right before the figure at
// byte pos says, in the present, what a subject has: "has about 14,000
// employees", «compte 2 900 salariés», «emploie 800 personnes».
func presentStockBefore(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos) - 1
	for k >= 0 && (qualifierWords[toks[k].Fold] || lexis.InSet(toks[k].Fold, "plus", "de", "d'", "than", "more", "over", "nearly", "some", "quelque", "pres")) {
		k--
	}
	return k >= 0 && lexis.InSet(toks[k].Fold, "has", "have", "employs", "employ", "counts", "compte", "comptent", "emploie", "emploient", "possede", "possedent", "totalise", "rassemble", "regroupe")
}

// pastVerbBetween reports whether a verb in the past stands between byte
// offsets from and to: an English past ("reported", "cut") or a French
// compound past («a supprimé», «ont fermé»).
func pastVerbBetween(toks []lexis.Token, from, to int) bool {
	for k := tokenAt(toks, from) + 1; k < len(toks) && toks[k].Start < to; k++ {
		f := toks[k].Fold
		if lexis.EnglishPast(f) && !toks[k].Upper() || lexis.InSet(f, "a", "ont", "avait", "avaient") && toks[k].Text != "à" && k+1 < len(toks) && lexis.FrenchParticiple(toks[k+1].Fold) {
			return true
		}
	}
	return false
}

// addressees are those words are said to between the verb of saying and
// its day: "“…,” he told reporters on Thursday", «« … », a déclaré le
// ministre aux journalistes mardi» (in a sentence that quotes them).
var addressees = lexis.SetOf("reporters", "journalists", "supporters", "analysts", "investors", "lawmakers", "parliament", "journalistes", "presse", "militants", "partisans", "deputes")

// modalBefore reports whether a modal verb stands in the few words before
// the figure at byte pos, in its clause: "the plan would save €900
// million", "could reach $3 trillion". Such a figure is looked forward to,
// not a result of the period told before.
func modalBefore(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	for j := k - 1; j >= 0 && k-j <= 9; j-- {
		if toks[j].Kind == lexis.Punct && !lexis.InSet(toks[j].Text, "$", "€", "£", "US$", "-", "'s", "’s") {
			return false
		}
		if lexis.InSet(toks[j].Fold, "would", "could", "will", "may", "might", "should", "can", "pourrait", "pourraient", "devrait", "devraient") {
			return true
		}
	}
	return false
}

// pastConjunctAfter reports whether a clause in the past that ", and",
// «, et» coordinates stands between byte offsets from and pos: its first
// verb is a simple past ("slipped", "fell") or a compound one ("has cut",
// «a essuyé»), and no word that looks ahead comes before pos: ", and its
// share of the European market slipped to", «, et Maréval a essuyé une
// perte».
// onlyStatementsBefore reports whether every date before the sentence's
// date di is a day the words that report a figure were said (statement).
func onlyStatementsBefore(statement map[int]bool, di int) bool {
	for j := 0; j < di; j++ {
		if !statement[j] {
			return false
		}
	}
	return true
}

func (p *parsed) pastConjunctAfter(from, pos int) bool {
	toks, tags := p.toks, p.tags
	a, b := tokenAfter(toks, from), tokenAt(toks, pos) // (a date's end may fall before a space: "in the July-September period, and …")
	if a < 0 || b < 0 {
		return false
	}
	for k := a; k < b; k++ {
		if !lexis.InSet(toks[k].Fold, "and", "et", "but", "mais") || k == 0 || toks[k-1].Text != "," {
			continue // (", but price increases lifted operating profit": a clause in the past too)
		}
		for v := k + 1; v < b; v++ {
			if aheadWords[toks[v].Fold] || modalVerb(toks[v].Fold) {
				return false // ", and the group will need 2,000 workers"
			}
		}
		for v := k + 1; v < b && v <= k+8; v++ {
			if tags[v] != syntax.VERB && tags[v] != syntax.AUX || tags[v-1] == syntax.DET {
				continue // (not "the combined group": a participle before its noun)
			}
			f := toks[v].Fold
			if p.lang == "fr" {
				return lexis.InSet(f, "a", "ont") && toks[v].Text != "à" && v+1 < b && lexis.FrenchParticiple(toks[v+1].Fold)
			}
			return lexis.InSet(f, "has", "have", "had") && v+1 < b && tags[v+1] == syntax.VERB || irregularPastAfterName(f) ||
				strings.HasSuffix(f, "ed") && !toks[v].Upper()
		}
		return false
	}
	return false
}

// aheadTo reports whether a word that looks ahead (aheadWords, a modal)
// stands in the eight words before the date at byte pos, in its clause:
// "should raise its rates on Thursday", «devrait relever ses taux jeudi».
func aheadTo(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if lexis.InSet(toks[j].Text, ".", ";", "«", "»") {
			return false
		}
		if aheadWords[toks[j].Fold] || lexis.InSet(toks[j].Fold, "would", "could", "will", "should", "pourrait", "pourraient", "devrait", "devraient") {
			return true
		}
	}
	return false
}

// contrastStart returns the first token of the clause that «, while»,
// «, whereas», «, tandis que» or «, alors que» opens before token at, 0 when
// none does: "Air India says it will save $300 million, while Air Canada
// has estimated a 30% saving" – who speaks before it does not say the
// figure after it.
func contrastStart(toks []lexis.Token, at int) int {
	for k := min(at, len(toks)) - 1; k > 0; k-- {
		f := toks[k].Fold
		if toks[k-1].Text != "," {
			continue
		}
		switch {
		case lexis.InSet(f, "while", "whereas"):
			return k + 1
		case lexis.InSet(f, "tandis", "alors") && lexis.InSet(lexis.FoldAt(toks, k+1), "que", "qu'"):
			return k + 2
		}
	}
	return 0
}

// movedOrReached reports whether verb form f tells a move or a level
// ("fell", "rose", «a atteint», "produced" is neither).
func movedOrReached(f string) bool {
	return riseWords[f] || fallWords[f] || hasStem(f, riseStems) || hasStem(f, fallStems) || levelVerbs[f]
}

// saidBeforeContrast reports whether the clause before the contrast that
// opens at token cs («, while», «, tandis que») ends on a source set off by
// commas: "…, the company said (in a statement), while…".
func saidBeforeContrast(toks []lexis.Token, cs int) bool {
	c := cs - 2
	if toks[cs-1].Fold == "que" || toks[cs-1].Fold == "qu'" {
		c--
	}
	if c < 3 || toks[c].Text != "," {
		return false
	}
	for k := c - 1; k > 0 && c-k <= 8 && toks[k].Text != ","; k-- {
		if lexis.IsSpeechVerb(toks, k) && !lexis.InSet(toks[k].Fold, "selon", "according", "d'apres") {
			for j := k - 1; j >= 0 && k-j <= 6; j-- {
				if toks[j].Text == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// eventObject is a thing an event brought in: its noun, folded, the
// event's subject and the sentence that told it.
type eventObject struct {
	noun, subject string
	at            int
}

// noteObjects records the things the events of sentence si bring in with
// an indefinite article after their verb ("Airbus has won an order from
// Qatar Airways", "a signé un contrat"), for objectOwner.
func (x *extractor) noteObjects(p *parsed, claims []Claim, si int) {
	if len(p.tags) != len(p.toks) {
		return
	}
	toks := p.toks
	for i := range claims {
		c := &claims[i]
		if c.HasValue || c.Unsure || c.Subject == "" || c.Metric != MetricEvent {
			continue
		}
		v := tokenAt(toks, c.ValueSpan.Start)
		if v < 0 || !isVerb(p.tags[v]) || !obtainVerbs[verbLemma(toks[v].Fold, p.lang)] && !obtainVerbs[toks[v].Fold] {
			continue // (not "Police arrested a suspect": the suspect is not the police's)
		}
		for k := v + 1; k < len(toks) && k <= v+4; k++ {
			if p.clauseBreak(k) {
				break
			}
			if !lexis.InSet(toks[k].Fold, "a", "an", "un", "une") || toks[k].Text == "à" {
				continue
			}
			h := k + 1
			for h < len(toks) && h <= k+3 && p.tags[h] == syntax.ADJ {
				h++
			}
			for p.lang != "fr" && h+1 < len(toks) && p.tags[h] == syntax.NOUN && p.tags[h+1] == syntax.NOUN && !toks[h+1].Upper() {
				h++ // "a government contract": the compound's head
			}
			if h < len(toks) && p.tags[h] == syntax.NOUN && !toks[h].Upper() {
				x.objects = append(x.objects, eventObject{noun: toks[h].Fold, subject: c.Subject, at: si})
			}
			break
		}
	}
}

// obtainVerbs bring in a thing that is then their subject's: what it won,
// signed, ordered, bought, launched or offered (not what it arrested,
// destroyed or struck), in their base forms and the forms verbLemma does
// not bring back.
var obtainVerbs = lexis.SetOf("win", "won", "sign", "signed", "secure", "secured", "land", "landed", "place", "placed", "order",
	"ordered", "buy", "bought", "acquire", "acquired", "obtain", "obtained", "receive", "received", "get", "got", "clinch", "clinched",
	"conclude", "concluded", "reach", "reached", "announce", "announced", "unveil", "unveiled", "launch", "launched", "make", "made",
	"submit", "submitted", "propose", "proposed", "offer", "offered", "award", "book", "booked",
	"remporter", "remporte", "signer", "signe", "obtenir", "obtenu", "decrocher", "decroche", "conclure", "conclu", "annoncer",
	"annonce", "lancer", "lance", "passer", "passe", "recevoir", "recu", "proposer", "propose", "devoiler", "devoile", "presenter",
	"presente", "acheter", "achete", "acquerir", "acquis", "commander", "commande")

// objectOwner returns the subject of the event of the last two sentences
// that brought in the thing noun names ("The order" after "Airbus has won
// an order"), "" when none did.
func (x *extractor) objectOwner(noun string) string {
	for i := len(x.objects) - 1; i >= 0; i-- {
		o := x.objects[i]
		if x.sentIndex-o.at > 2 || o.at >= x.sentIndex {
			continue
		}
		if o.noun == noun {
			return o.subject
		}
	}
	return ""
}

// seeVerbs say what happened to their subject's own thing through an
// object and an infinitive: "Sanofi a vu son bénéfice reculer de 12 %",
// "Acme saw its sales fall 5%".
var seeVerbs = lexis.SetOf("vu", "voit", "voient", "verra", "saw", "sees", "seen", "see")

// infinitiveAt reports whether verb k is an infinitive: a French one by its
// ending, an English one bare (not "-ed", "-ing" or "-s").
func (p *parsed) infinitiveAt(k int) bool {
	f := p.toks[k].Fold
	if p.lang == "fr" {
		return strings.HasSuffix(f, "er") || strings.HasSuffix(f, "ir") || strings.HasSuffix(f, "re")
	}
	return !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s")
}

// magnitudeAt reports whether the figure at tokens [start, end) is a
// quake's magnitude: "magnitude 7.5", "a magnitude of 7.4", "de magnitude
// 7,5", "measured 7.4 on the Richter scale", "7,4 sur l'échelle de
// Richter".
func magnitudeAt(toks []lexis.Token, start, end int) bool {
	if start > 0 && toks[start-1].Fold == "magnitude" {
		return true
	}
	if start > 1 && lexis.InSet(toks[start-1].Fold, "of", "de", "d'") && toks[start-2].Fold == "magnitude" {
		return true
	}
	for k := end; k < len(toks) && k <= end+5; k++ {
		if toks[k].Fold == "richter" {
			return true
		}
		if toks[k].Kind == lexis.Punct {
			break
		}
	}
	return false
}

// reportingAt reports whether mention m names who speaks or reports: a verb
// of speech right after it ("the ONS said", "Zorgon reported") or right
// before it, inverted ("said the ONS", «a indiqué l'Insee»).
func reportingAt(toks []lexis.Token, m mention) bool {
	for k := m.end; k < len(toks) && k-m.end <= 1; k++ {
		if lexis.IsSpeechVerb(toks, k) && !ownNewsVerbs[toks[k].Fold] {
			return true
		}
	}
	for k := m.tok - 1; k >= 0 && m.tok-k <= 3; k-- {
		if lexis.IsSpeechVerb(toks, k) {
			return true
		}
		if toks[k].Kind == lexis.Punct {
			break
		}
	}
	return false
}

// ownNewsVerbs report what their subject itself did or has ("Zorgon
// reported a loss", «Zorgon a annoncé un plan»), not others' figures.
var ownNewsVerbs = lexis.SetOf("reported", "reports", "announced", "announces", "posted", "revealed", "reveals", "confirmed",
	"confirms", "annonce", "annoncent", "annoncait", "confirme", "confirment", "revele", "revelent", "publie")

// bodyOfRole reports whether mention m names the body of a role beside it ("the
// ONS director", «le directeur de l'Insee»).
func bodyOfRole(toks []lexis.Token, m mention) bool {
	if m.end < len(toks) && toks[m.end].Is(lexRole) {
		return true
	}
	k := m.tok - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "l'", "la", "le", "the") {
		k--
	}
	return k >= 1 && lexis.InSet(toks[k].Fold, "of", "de", "du", "d'") && toks[k-1].Is(lexRole)
}

// elapsedTime reports whether figure n is an elapsed time of several
// parts ("2:01:48", "59 minutes 58 seconds"), which quantity reads in
// seconds.
func elapsedTime(n quantity.NumberExpr) bool { return n.Unit == "s" && n.TokEnd-n.TokStart >= 3 }

// apposedAt reports whether the words at span sp sit in an apposition: set
// off by a comma after a name before them, and closed by a comma or the
// end of the sentence, with no verb between ("Harlan Creek, the country's
// third-largest egg producer, recalled…").
func apposedAt(toks []lexis.Token, tags []syntax.Tag, sp Span) bool {
	k := tokenAt(toks, sp.Start)
	if k < 0 {
		return false
	}
	open := -1
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].Text == "," {
			open = j
			break
		}
		if isVerb(tags[j]) || tags[j] == syntax.AUX {
			return false
		}
	}
	if open < 1 || tags[open-1] != syntax.PROPN {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Text == "," || j == len(toks)-1 {
			return true
		}
		if isVerb(tags[j]) && !strings.HasSuffix(toks[j].Fold, "ing") || tags[j] == syntax.AUX {
			return false
		}
	}
	return true
}

// periodAfterEvent reports whether the sentence just before told a figure's
// period after the event the story tells ("Brunnhof cut its forecast on
// Thursday. Its margin fell to 9.1% in the six months to June 30. Net
// profit dropped 28%"): a figure of the same results is of that period, not
// of the day they were told (not "Revenue was $4.05 billion in the year-ago
// quarter": another time).
func (x *extractor) periodAfterEvent(c *Claim, toks []lexis.Token) bool {
	return c.HasValue && !looksBack(toks) && !pluperfect(toks) && !x.periodDate.IsZero() && x.periodAt > x.narrAt && x.periodDate.Start.Before(x.narrDate.Start) &&
		(x.sentIndex == x.periodAt+1 && resultMeasures[measureHead(c.Measure)] || c.thing && x.sentIndex-x.periodAt <= 3)
}

// ownConjunctDate reports whether date d, before the figure at byte pos,
// belongs to the conjunct before an "and", «et» that opens the figure's,
// while a date follows the figure within its own conjunct: "will rise to
// 288,000 pesos on Sept. 1 and to 301,000 pesos on March 1, 2019".
func ownConjunctDate(s *sentence, d timex.DateExpr, pos int) bool {
	toks := s.toks
	k, e := tokenAt(toks, pos), tokenAfter(toks, d.Span.End)
	if k < 0 || e < 0 || k-e > 4 {
		return false
	}
	and := false
	for j := e; j < k; j++ {
		and = and || lexis.InSet(toks[j].Fold, "and", "et")
	}
	if !and {
		return false
	}
	for _, d2 := range s.dates {
		if j := tokenAt(toks, d2.Span.Start); d2.Span.Start > pos && j >= 0 && j-k <= 5 && d2.Kind != "duration" && d2.Kind != "time" {
			for m := k + 1; m < j; m++ {
				if toks[m].Kind == lexis.Punct && !toks[m].Space && toks[m-1].Kind == lexis.Number && toks[m+1].Kind == lexis.Number {
					continue // the figure's own separator: "301,000"
				}
				if toks[m].Kind == lexis.Punct || lexis.InSet(toks[m].Fold, "and", "et") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nationalFigure reports whether the words around figure n say it is the
// whole country's: «7,3 % en moyenne nationale», «au niveau national»,
// "7.3% at national level", "a national average of 7.3%".
func nationalFigure(toks []lexis.Token, n quantity.NumberExpr) bool {
	for k := n.TokEnd; k < len(toks) && k <= n.TokEnd+2; k++ {
		if toks[k].Fold == "national" && lexis.InSet(lexis.FoldAt(toks, k+1), "average", "level") ||
			lexis.InSet(toks[k].Fold, "moyenne", "niveau", "echelle") && lexis.InSet(lexis.FoldAt(toks, k+1), "nationale", "national") {
			// (not "jobs … in more than 40 states across the country", a
			// company's, nor "40 stores nationwide")
			return true
		}
		if toks[k].Kind == lexis.Punct && toks[k].Text != "%" {
			break
		}
	}
	k := n.TokStart - 1
	for k >= 0 && (toks[k].Text == "$" || toks[k].Text == "€" || toks[k].Text == "£") {
		k--
	}
	return k >= 2 && lexis.InSet(toks[k].Fold, "of", "de") && (lexis.MatchWords(toks, k-2, "national", "average") || lexis.MatchWords(toks, k-2, "moyenne", "nationale"))
}

// asClauseBetween reports whether a clause "as", «alors que» opens with a
// pronoun or a determiner between byte offsets pos and d (", as it
// reported", ", as the company posted").
func asClauseBetween(toks []lexis.Token, pos, d int) bool {
	for j := tokenAfter(toks, pos); j >= 0 && j+1 < len(toks) && toks[j].Start < d; j++ {
		if (toks[j].Fold == "as" || toks[j].Fold == "que" && toks[j-1].Fold == "alors") && lexis.InSet(toks[j+1].Fold, "it", "they", "he", "she", "the", "its", "il", "elle", "ils", "le", "la", "les") {
			return true
		}
	}
	return false
}

// otherReportedClause reports whether an "and that", «et que» opens a
// second reported clause between byte offsets from and pos, the end of
// a date inside the first one (a "that", «que» before it).
func otherReportedClause(toks []lexis.Token, from, pos int) bool {
	if !slices.ContainsFunc(toks, func(t lexis.Token) bool { return t.End < from && lexis.InSet(t.Fold, "that", "que", "qu'") }) {
		return false
	}
	for j := tokenAfter(toks, from); j >= 0 && j+1 < len(toks) && toks[j+1].Start < pos; j++ {
		if lexis.InSet(toks[j].Text, ";", ":", "!", "?") || toks[j].Text == "." && toks[j].Space {
			return false
		}
		if lexis.InSet(toks[j].Fold, "and", "et") && lexis.InSet(toks[j+1].Fold, "that", "que", "qu'") {
			return true
		}
	}
	return false
}

// ordinalToken reports whether t is an ordinal written as a word or with
// its suffix ("second", "27th", «troisième»): a rank a base may be.
func ordinalToken(t lexis.Token) bool {
	if t.Kind == lexis.Number {
		return t.Suffix() != ""
	}
	_, ok := quantity.OrdinalWord(t.Fold)
	return ok
}

// tradingAt reports whether the figure at byte pos is told in the past
// progressive ("The Canadian dollar was trading 0.3% weaker", "were
// changing hands at"): a market's level when the article was written, not
// the period of the statistics before it.
func tradingAt(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	for j := k - 1; j >= 1 && k-j <= 4; j-- {
		if strings.HasSuffix(toks[j].Fold, "ing") && lexis.InSet(toks[j-1].Fold, "was", "were") {
			return true
		}
	}
	return false
}

// nowAfter reports whether a word for the present right after the figure
// at byte pos dates it ("17 euros actuellement", "$17 now", "3.5%
// currently").
func nowAfter(s *sentence, pos int) bool {
	k := tokenAt(s.toks, pos)
	if k < 0 {
		return false
	}
	for k < len(s.toks) && (qualifierWords[s.toks[k].Fold] || lexis.InSet(s.toks[k].Fold, "de", "d'", "than", "que")) {
		k++ // «moins de 10 % aujourd'hui»: from the number, past what qualifies it
	}
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		f := s.toks[j].Fold
		if lexis.InSet(f, "actuellement", "now", "currently", "aujourd'hui", "today") {
			return j == len(s.toks)-1 || s.toks[j+1].Kind == lexis.Punct || lexis.InSet(lexis.FoldAt(s.toks, j+1), "and", "et")
		}
		if s.toks[j].Kind != lexis.Word && s.toks[j].Text != "%" || lexis.InSet(f, "the", "le", "la", "in", "en", "on", "by", "to") {
			return false
		}
	}
	return false
}

// setAgainst reports whether the figure at byte offset at is a base set
// against another: right after «contre», "against", "versus", "compared
// with".
func setAgainst(toks []lexis.Token, at int) bool {
	k := tokenAt(toks, at)
	if k < 1 {
		return false
	}
	f := toks[k-1].Fold
	if f == "from" {
		// "took 14,105 votes, down from 27,345 at the 2017 election",
		// "rose to 5.2% from 4.1%": the level before, after another figure
		for j := k - 2; j >= 0 && k-j <= 10; j-- {
			if toks[j].Kind == lexis.Number {
				return true
			}
		}
		return false
	}
	return lexis.InSet(f, "contre", "against", "versus", "vs") || lexis.InSet(f, "with", "to") && k >= 2 && toks[k-2].Fold == "compared"
}

// afterEarlier reports whether the figure at byte offset at follows
// "after", «après» and at most three words: "after a 4% rise in 2023",
// «après une hausse de 4 % en 2023», what went before.
func afterEarlier(toks []lexis.Token, at int) bool {
	k := tokenAt(toks, at)
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		if toks[j].Kind == lexis.Punct {
			return false
		}
		if lexis.InSet(toks[j].Fold, "after", "apres") {
			return true
		}
	}
	return false
}

// publishedOn reports whether a participle of publishing stands right
// before the date at byte offset at: «publié jeudi», "published on
// Tuesday", "released on Friday".
func publishedOn(toks []lexis.Token, at int) bool {
	k := tokenAt(toks, at)
	if k > 0 && lexis.InSet(toks[k-1].Fold, "on", "le", "ce", "in", "en") {
		k--
	}
	return k > 0 && publishedParticiples[toks[k-1].Fold]
}

// citedSourceDate reports whether date d, after the figure at byte pos,
// is the day a source cited was published ("…, according to Ofwat's final
// determinations published in December", «selon le rapport publié
// mardi»): the source's time, not the figure's.
func citedSourceDate(toks []lexis.Token, d timex.DateExpr, pos int) bool {
	if d.Span.Start <= pos || !publishedOn(toks, d.Span.Start) {
		return false
	}
	v := tokenAt(toks, d.Span.Start) - 1
	for v > 0 && !publishedParticiples[toks[v].Fold] {
		v--
	}
	return citedPublished(toks, v)
}

// publishedParticiples publish what a source cited gives.
var publishedParticiples = lexis.SetOf("publies", "publie", "publiee", "publiees", "diffuses", "diffuse", "diffusee", "diffusees",
	"released", "published", "issued", "parus", "paru", "parue", "parues")

// resultPresent reports whether the verb just before the figure at byte pos
// is one of the present tenses results are told in («La marge ressort à
// 21,3 %», «le résultat s'établit à», "operating margin stands at"): the
// figure of the period reported, not a level of today.
func resultPresent(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		if lexis.InSet(toks[j].Fold, "ressort", "ressortent", "etablit", "etablissent", "eleve", "elevent", "stands", "stood", "came", "comes") {
			return true
		}
		if toks[j].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// interviewBefore reports whether an interview, a column or a letter is
// named in the few words before token k, whose participle of publishing
// it is («un entretien au Parisien publié mardi», "an interview with the
// Financial Times published on Sunday").
func interviewBefore(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		if lexis.InSet(toks[j].Fold, "entretien", "interview", "tribune", "op-ed", "column", "lettre", "letter", "editorial", "editorial") {
			return true
		}
		if toks[j].Kind == lexis.Punct && toks[j].Text != "'" {
			return false
		}
	}
	return false
}

// countProgress returns the end of the words after a share that tell how
// far a count has gone ("89% of the expected vote tallied", "95% of
// precincts reporting", «90 % des bulletins dépouillés»), 0 when the share
// is no such thing.
func countProgress(toks []lexis.Token, n quantity.NumberExpr) int {
	if n.Unit != "%" || n.TokEnd >= len(toks) || !lexis.InSet(toks[n.TokEnd].Fold, "of", "des", "de", "du") {
		return 0
	}
	for j := n.TokEnd + 1; j < len(toks) && j <= n.TokEnd+5; j++ {
		f := toks[j].Fold
		if toks[j].Kind != lexis.Word {
			return 0
		}
		if lexis.InSet(f, "tallied", "counted", "reporting", "depouilles", "depouillees", "comptabilises", "comptabilisees") {
			return j + 1
		}
	}
	return 0
}

// prosecutionNouns name the side that asks a court for a penalty.
var prosecutionNouns = lexis.SetOf("parquet", "procureur", "procureure", "prosecutor", "prosecutors", "prosecution", "accusation", "avocat", "avocate",
	"ministere", "requisitoire")

// beatenFigure reports whether the figure at byte pos is the one its
// clause's verb says was beaten or passed ("The figure beats the 56,640
// finishers recorded last year", «dépasse les 12 000 entrées de 2024»): a
// record set against, not the period an article reports.
func beatenFigure(toks []lexis.Token, pos int) bool {
	k := tokenAt(toks, pos)
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		if toks[j].Kind == lexis.Punct && toks[j].Text != "'" {
			return false
		}
		if lexis.InSet(toks[j].Fold, "beats", "beat", "beating", "exceeds", "exceeded", "surpasses", "surpassed", "tops", "topped", "eclipses", "eclipsed",
			"bat", "battu", "depasse", "depassant", "surpasse", "pulverise") {
			return true
		}
	}
	return false
}

// citedPublished reports whether token v is a participle of publishing in
// a source cited: «selon les chiffres publiés», "according to figures
// released".
func citedPublished(toks []lexis.Token, v int) bool {
	return v >= 0 && v < len(toks) && publishedParticiples[toks[v].Fold] && (citedAt(toks, v) ||
		v >= 1 && lexis.InSet(toks[v-1].Fold, "data", "figures", "statistics", "numbers", "donnees", "chiffres", "statistiques"))
	// (and "Ofgem data published on Wednesday show 48,310 vouchers were
	// issued in 2025": the day the data came out, not the vouchers')
}

// sharedEndDate reports whether date di, the sentence's only one, ends a
// coordination of clauses after the figure at byte pos and dates them all:
// "Exports rose 3% and imports fell 2% in January", «Les exportations ont
// progressé de 3 % et les importations ont reculé de 2 % en janvier",
// "revenue rose to $2 billion and its profit to $300 million in 2023".
func sharedEndDate(s *sentence, di, pos int) bool {
	d := s.dates[di]
	if d.Span.Start <= pos {
		return false
	}
	for i, o := range s.dates {
		if i != di && o.Kind != "duration" && o.Kind != "time" {
			return false
		}
	}
	toks := s.toks
	k, e := tokenAt(toks, pos), tokenAfter(toks, d.Span.End)
	if k < 0 || e < len(toks) && !lexis.InSet(toks[e].Text, ",", ".", ";") {
		return false // (the date ends its clause)
	}
	and := false
	for j := k + 1; j < len(toks) && toks[j].Start < d.Span.Start; j++ {
		switch f := toks[j].Fold; {
		case lexis.InSet(f, "and", "et"):
			and = true
		case and && toks[j].Text == "," && !(toks[j-1].Kind == lexis.Number && j+1 < len(toks) && toks[j+1].Kind == lexis.Number && !toks[j].Space):
			return false // (a phrase of its own after the coordination: «…, pour un chiffre d'affaires de 11,3 milliards en 2019»)
		case lexis.InSet(f, "while", "whereas", "but", "mais", "tandis", "alors", "after", "apres", "before", "avant", "since", "depuis", "from", "contre", "against", "versus"),
			lexis.InSet(toks[j].Text, ";", ":", "(", ")"):
			return false // (another time: "up from 2.9% a year earlier", "contre 2 % en janvier")
		}
	}
	return and
}

// yearBackIn reports whether a sentence sets what it tells a year back: "a
// year earlier", "the year-ago quarter", «un an plus tôt».
func yearBackIn(toks []lexis.Token) bool {
	for k := range toks {
		if yearEarlierAt(toks, k) || toks[k].Fold == "year-ago" {
			if j := k - 1; j >= 0 && (lexis.FoldAt(toks, j) == "on" || j >= 1 && lexis.FoldAt(toks, j) == "the" && lexis.FoldAt(toks, j-1) == "on") {
				continue // "up 2% on the previous year": a change's base, not the period told
			}
			return true
		}
	}
	return false
}

// saidRightBefore reports whether a speech verb opens the clause that
// starts at token at, past "that", «que» and a date: "said in May that
// 43%…", «a indiqué que 58 %…».
func (p *parsed) saidRightBefore(at int) bool {
	k := at - 1
	if k >= 0 && lexis.InSet(p.toks[k].Fold, "that", "que", "qu'") {
		k--
	}
	for k >= 0 && (p.inDate(k) || lexis.InSet(p.toks[k].Fold, "in", "on", "en", "le")) && at-k < 6 {
		k--
	}
	return k >= 0 && lexis.IsSpeechVerb(p.toks, k)
}

// shareOfPhrase returns the noun phrase a percentage is a share of, after
// "of", «des» and up to its verb: "43% of English universities
// expected…" → "English universities"; "" when none.
func (p *parsed) shareOfPhrase(text string, n quantity.NumberExpr) string {
	toks := p.toks
	k := n.TokEnd
	if k >= len(toks) || !lexis.InSet(toks[k].Fold, "of", "des", "de", "d'") {
		return ""
	}
	k++
	if k < len(toks) && lexis.InSet(toks[k].Fold, "the", "les") {
		k++
	}
	e := k
	for e < len(toks) && e < k+5 && toks[e].Kind == lexis.Word && !isVerb(p.tags[e]) && (p.tags[e] == syntax.NOUN || p.tags[e] == syntax.ADJ || p.tags[e] == syntax.PROPN) {
		e++
	}
	if e == k || e >= len(toks) || !isVerb(p.tags[e]) || p.tags[e-1] != syntax.NOUN {
		return ""
	}
	return text[toks[k].Start:toks[e-1].End]
}

// reportedSubject reports whether figure n (read as r) opens the clause
// that its speech verb reports: "said 12 hospitals had suffered damage",
// «a indiqué que 58 hôpitaux avaient été visés» (a verb follows its noun
// phrase in the clause).
func (p *parsed) reportedSubject(n quantity.NumberExpr, r clauseReading) bool {
	at := n.TokStart
	for at > 0 && qualifierWords[p.toks[at-1].Fold] {
		at-- // "said more than 12 hospitals"
	}
	if r.verb < 0 || r.verb >= n.TokStart || !lexis.IsSpeechVerb(p.toks, r.verb) || !p.saidRightBefore(at) {
		return false
	}
	for k := max(n.TokEnd, r.noun+1); k < len(p.toks) && k < n.TokEnd+10; k++ {
		if p.toks[k].Kind == lexis.Punct && p.toks[k].Text != "-" && p.toks[k].Text != "'" {
			return false
		}
		if isVerb(p.tags[k]) && !p.participle(k) {
			return true
		}
	}
	return false
}

// reachedAfterChange reports whether the figure at token at is the level
// an infinitive of reaching after "pour", "to" brings what the change
// before it, ending at token prevEnd, moved: «de 9 % pour atteindre 75,6
// milliards», «pour s'établir à 3,19 millions», "rose 9% to reach $5
// billion", "to total 1.2 million".
func reachedAfterChange(toks []lexis.Token, prevEnd, at int) bool {
	k := at - 1
	if k >= 0 && lexis.InSet(toks[k].Fold, "a", "at", "de") && toks[k].Text != "a" {
		k--
	}
	if k < 1 || k <= prevEnd || !lexis.InSet(toks[k].Fold, "atteindre", "etablir", "elever", "totaliser", "reach", "total", "stand", "hit", "culminer") {
		return false
	}
	j := k - 1
	if lexis.InSet(toks[j].Fold, "s'", "se") {
		j--
	}
	return j >= prevEnd && lexis.InSet(toks[j].Fold, "pour", "to") && j-prevEnd <= 6
}

// withinLeadPeriod reports whether day d falls in the period the article's
// lead reports: a day of that period's story («la hausse des tarifs
// appliquée au 1er janvier» in a half-year's results), after which the
// results go on with the period, not the day.
func (x *extractor) withinLeadPeriod(d Date) bool {
	lp := x.leadPeriod
	return !lp.IsZero() && !d.IsZero() && d.Precision == PrecisionDay && !d.Start.Before(lp.Start) && !d.End.After(lp.End)
}

// announcedIn reports whether a sentence tells of a decision or an
// announcement ("It also announced a $5 billion share buyback", «a signé
// un contrat»), which happens on a day, unlike the results of a period
// ("Total revenue climbed 7%").
func announcedIn(toks []lexis.Token) bool {
	return slices.ContainsFunc(toks, func(t lexis.Token) bool {
		return lexis.InSet(t.Fold, "announced", "announces", "unveiled", "launched", "agreed", "approved", "signed", "won", "awarded", "ordered",
			"annonce", "devoile", "lance", "signe", "approuve", "remporte", "commande")
	})
}

// measureNoUnit returns the measure of c without the unit it ends with
// ("income" of "income ($)"), "" for no claim.
func measureNoUnit(c *Claim) string {
	if c == nil {
		return ""
	}
	m, _, _ := strings.Cut(c.Measure, " (")
	return m
}

// placeAfter reports whether a place is told between tokens k and end
// after "in", «dans» or «en»: a name, or "the state", "the region".
func placeAfter(toks []lexis.Token, k, end int) bool {
	for ; k+1 < end && k+1 < len(toks); k++ {
		if !lexis.InSet(toks[k].Fold, "in", "across", "dans", "en") {
			continue
		}
		j := k + 1
		if lexis.InSet(toks[j].Fold, "the", "la", "le", "l'") && j+1 < end {
			j++
			if lexis.InSet(toks[j].Fold, "state", "country", "region", "province", "city", "area", "county", "district", "pays", "ville", "departement", "commune") {
				return true
			}
		}
		if toks[j].Upper() && toks[j].Kind == lexis.Word {
			return true
		}
	}
	return false
}

// reportedCount reports whether figure n opens the clause a speech verb
// reports, right after the verb or its "that", «que», and a verb of that
// clause follows the noun it counts: "said 14 structures had been
// destroyed", «a indiqué que 14 maisons avaient brûlé».
func (p *parsed) reportedCount(n quantity.NumberExpr) bool {
	toks, tags := p.toks, p.tags
	k := n.TokStart - 1
	for k >= 0 && lexis.InSet(toks[k].Fold, "about", "some", "nearly", "almost", "more", "than", "at", "least", "over", "environ", "pres", "de", "plus", "quelque", "au", "moins") {
		k--
	}
	if k >= 0 && lexis.InSet(toks[k].Fold, "that", "que", "qu'") {
		k--
	}
	if k < 0 || !lexis.IsSpeechVerb(toks, k) || lexis.InSet(toks[k].Fold, "selon", "according") {
		return false
	}
	for m := n.TokEnd; m < len(toks) && m < len(tags) && m <= n.TokEnd+4; m++ {
		if tags[m] == syntax.VERB || tags[m] == syntax.AUX {
			return m > n.TokEnd
		}
		if toks[m].Kind == lexis.Punct {
			return false
		}
	}
	return false
}

// pollSource returns, as the source, the name a study the subject of verb
// v names ("A YouGov poll published last week put Reform on 29%", «Un
// sondage Ifop place le RN à 33 %»), its text the study's noun; the zero
// speaker when the subject is no such study.
func (x *extractor) pollSource(s *sentence, p *parsed, v int) speaker {
	toks := p.toks
	start := p.clauseStart(v)
	if start > 0 && v <= 24 && slices.ContainsFunc(toks[:min(3, len(toks))], func(t lexis.Token) bool { return studyNouns[t.Fold] }) {
		start = 0 // "A poll by Mediana, published on Sunday, put…": the study the sentence opens with, past its appositions
	}
	study := -1
	for k := start; k < v && k-start <= 6; k++ {
		if studyNouns[toks[k].Fold] {
			study = k
			break
		}
	}
	if study < 0 {
		return speaker{}
	}
	for k := study + 1; k+1 < v && k-study <= 8; k++ {
		if !lexis.InSet(toks[k].Fold, "by", "par", "from", "de", "d'") || toks[k].Text == "De" {
			continue
		}
		// "A poll by Zagreb-based agency Mediana", «un sondage réalisé par
		// l'institut Ifop»: who made it.
		for _, m := range s.mentions {
			if m.tok > k && m.tok <= k+5 && m.end <= v && !m.common && x.reg.kind(m.key) != KindPerson && !gazetteer.Places[m.key] && !gazetteer.IsPlaceName(m.key) {
				return speaker{key: m.key, text: toks[study].Text, span: Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}}
			}
		}
		break
	}
	for _, m := range s.mentions {
		if m.tok >= start && m.end <= v && (m.end == study || m.tok == study+1 || m.tok <= study && study < m.end) && !m.common && x.reg.kind(m.key) != KindPerson && !phaseName(toks, m.tok, m.end) &&
			(x.reg.kind(m.key) != KindPlace || !gazetteer.Places[m.key] && !gazetteer.IsPlaceName(m.key)) {
			// (not "a UK poll": where, not who; but a pollster the set
			// took for a place, "A YouGov poll")
			return speaker{key: m.key, text: toks[study].Text, span: Span{Start: toks[m.tok].Start, End: toks[m.end-1].End}}
		}
	}
	return speaker{}
}

// phaseName reports whether the name at tokens [a, b) is a stage's ("Phase
// III", "Phase 3"), no one who made the study.
func phaseName(toks []lexis.Token, a, b int) bool {
	return b-a >= 1 && lexis.InSet(toks[a].Fold, "phase", "stage") || b-a == 1 && isRomanNumeral(toks[a].Text)
}

// isRomanNumeral reports whether w is written as a Roman numeral ("III").
func isRomanNumeral(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// stormWords name a storm, a quake or a fire in general; a name holding
// one of the same family names that one.
var stormWords = map[string]string{"storm": "storm", "typhoon": "storm", "hurricane": "storm", "cyclone": "storm", "tempete": "storm",
	"ouragan": "storm", "typhon": "storm", "quake": "quake", "earthquake": "quake", "seisme": "quake", "tremblement": "quake",
	"fire": "fire", "wildfire": "fire", "blaze": "fire", "incendie": "fire", "feu": "fire"}

// sameDisaster reports whether phrase ("The storm", «le cyclone») names
// the same kind of disaster as the name told before ("Typhoon Haima"; or
// "Ciarán", which the text calls «la tempête Ciarán»).
func sameDisaster(phrase, name, text string) bool {
	f := strings.Fields(lexis.Fold(phrase))
	if len(f) != 2 || !lexis.InSet(f[0], "the", "le", "la", "l'", "this", "ce", "cette") {
		return false
	}
	kind := stormWords[f[1]]
	words := strings.Fields(name)
	if kind == "" || len(words) == 0 || lexis.InSet(lexis.Fold(words[0]), "a", "an", "the", "un", "une", "le", "la", "l'") {
		return false // (a name: not "A magnitude 6.1 earthquake")
	}
	if len(words) == 1 {
		// «la tempête Ciarán», "Storm Ciarán": the kind the text writes
		// before the name.
		for i := strings.Index(text, name); i > 0; {
			before := strings.Fields(lexis.Fold(text[max(0, i-12):i]))
			if len(before) > 0 && stormWords[before[len(before)-1]] == kind {
				return true
			}
			j := strings.Index(text[i+len(name):], name)
			if j < 0 {
				break
			}
			i += len(name) + j
		}
		return false
	}
	for _, w := range words {
		if stormWords[lexis.Fold(w)] == kind {
			return true
		}
	}
	return false
}

// officerBefore reports whether a company officer's title stands right
// before the name at span sp ("chief executive Anna Berg", «la
// directrice générale Anne Morel», "spokeswoman Jane Doe").
func officerBefore(toks []lexis.Token, sp Span) bool {
	k := tokenAt(toks, sp.Start)
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		switch roleWords[toks[j].Fold] {
		case "ceo", "director", "president", "founder", "spokesperson":
			return true
		}
		if toks[j].Kind != lexis.Word {
			return false
		}
	}
	return false
}

// aheadSpan reports whether the words of a duration look ahead: "the next
// three months", "the coming weeks", «les prochains mois», «les trois
// prochaines années».
func aheadSpan(text string) bool {
	for _, w := range strings.Fields(lexis.Fold(text)) {
		if lexis.InSet(w, "next", "coming", "prochain", "prochains", "prochaine", "prochaines", "venir") {
			return true
		}
	}
	return false
}

// changedIn returns the period a sentence tells a rise or a fall over
// ("sales fell unexpectedly in February", «les ventes ont reculé au
// premier trimestre»), when that period ended within the 75 days before
// the article came out.
func (x *extractor) changedIn(s *sentence) (Date, bool) {
	if x.art.Published.IsZero() {
		return Date{}, false
	}
	for _, d := range s.dates {
		if d.Date.Precision >= PrecisionDay || d.Date.Approx || !d.Date.End.Before(x.art.Published.Start) || d.Date.End.Before(x.art.Published.Start.AddDate(0, 0, -75)) || d.LooksBack() {
			continue
		}
		k := tokenAt(s.toks, d.Span.Start)
		if k < 0 || comparisonBase(s.toks, d) {
			continue
		}
		for j := max(0, k-8); j < k; j++ {
			if f := s.toks[j].Fold; (riseWords[f] || fallWords[f]) && !lexis.InSet(f, "up", "down", "hausse", "baisse", "croissance", "recul", "progression", "augmentation", "diminution") {
				return d.Date, true
			}
		}
	}
	return Date{}, false
}

// forecastOwner returns the owner of the thing forecast verb fv expects
// to move to figure r ("expects Hanseong's revenue to rise", "expects the
// firm's share of the market to reach"): a name before "'s", or the
// article's organisation for "the firm's", "the company's"; "" when the
// thing forecast names no owner other than the forecaster.
func (x *extractor) forecastOwner(s *sentence, p *parsed, fv int, r clauseReading, forecaster string) string {
	toks := p.toks
	if fv < 0 || r.verb <= fv || p.lang != "en" || slices.ContainsFunc(toks[r.verb:r.at], func(t lexis.Token) bool { return t.Kind == lexis.Punct && t.Text != "$" }) {
		return "" // (not "expects Portugal's economy to grow 2.0%, above its 0.9% forecast for the euro zone": another figure's)
	}
	for k := fv + 2; k < r.verb && k <= fv+5; k++ {
		if toks[k].Fold == "to" || toks[k].Kind == lexis.Punct && !lexis.InSet(toks[k].Text, "'s", "’s") {
			break
		}
		if !lexis.InSet(toks[k].Text, "'s", "’s") {
			continue
		}
		owner := ""
		if a, b, ok := p.nameAt(k - 1); ok && b == k {
			owner, _ = x.entityOf(s, p, a, b, fromOwner, Span{})
		} else if k >= fv+3 && toks[k-2].Fold == "the" && companyWords[toks[k-1].Fold] && x.focus != "" && x.reg.kind(x.focus) == KindOrg {
			owner = x.reg.display(x.focus)
		}
		if owner != "" && nameKey(owner) != nameKey(forecaster) {
			return owner
		}
		return ""
	}
	return ""
}

// causeParticipleDate reports whether date d, after the figure at byte
// pos, stands in a participle clause set off by a comma after the figure
// (", pénalisé par un hiver pluvieux", ", hit by a cold winter") while
// the sentence opens on a date of its own.
func causeParticipleDate(s *sentence, lang string, d timex.DateExpr, pos int) bool {
	toks := s.toks
	if !slices.ContainsFunc(s.dates, func(e timex.DateExpr) bool { return e.Span.Start < pos && fronted(toks, e) }) {
		return false
	}
	k := tokenAt(toks, d.Span.Start)
	for j := k - 1; j > 0 && toks[j].Start >= pos; j-- {
		if toks[j].Text == "," {
			w := lexis.FoldAt(toks, j+1)
			return j+1 < k && toks[j+1].Kind == lexis.Word && (lang == "fr" && lexis.FrenchParticiple(w) || lang != "fr" && (lexis.EnglishParticiple(w) || lexis.InSet(w, "hit", "driven", "led", "helped", "hurt")))
		}
	}
	return false
}

// ownClaimVerbs put forward a figure its subject says: «avance un taux de
// 78 %», «revendique 40 000 adhérents», "claims 40,000 members".
var ownClaimVerbs = lexis.SetOf("avance", "avancent", "revendique", "revendiquent", "evalue", "evaluent", "chiffre", "chiffrent", "claims", "claimed")

// ownRelativeClaim reports whether the figure at token at is the object of
// a verb of ownClaimVerbs in a relative clause set off by a comma right
// after its antecedent («Le Puy du Fou, qui revendique 2,8 millions de
// visiteurs», "Zorgon, which claims 40,000 members").
func ownRelativeClaim(toks []lexis.Token, at int) bool {
	for k := at - 1; k >= 2 && at-k <= 5; k-- {
		if ownClaimVerbs[toks[k].Fold] {
			return lexis.InSet(toks[k-1].Fold, "qui", "which", "who") && toks[k-2].Text == ","
		}
	}
	return false
}

// ownClaimAt reports whether a mention that is reads as the subject
// opens, right before it (or its auxiliary), a verb of ownClaimVerbs
// before token at: «La SNCF avance un taux de 78 %».
func ownClaimAt(toks []lexis.Token, mentions []mention, at int, is func(mention) bool) bool {
	for _, m := range mentions {
		k := m.end
		if k < at && lexis.InSet(toks[k].Fold, "a", "avait", "has", "had") {
			k++
		}
		if k < at && ownClaimVerbs[toks[k].Fold] && is(m) {
			return true
		}
	}
	return false
}

// claimVerbs put forward a count of one's own ("la CGT revendique un taux
// de 65 %", «la direction l'évalue à 34 %», "the union put turnout at
// 85%").
var claimVerbs = lexis.SetOf("revendique", "revendiquent", "revendiquant", "revendiquait", "avance", "avancent", "avancant", "evalue", "evaluent",
	"evaluant", "chiffre", "chiffrent", "chiffrant", "estime", "estiment", "estimant", "claims", "claimed", "claiming", "put", "puts", "putting",
	"estimated", "estimates", "estimating")

// turnoutWords name how many take part in a strike or a protest.
var turnoutWords = lexis.SetOf("participation", "grevistes", "grevist", "manifestants", "participants", "turnout", "strikers", "protesters", "demonstrators")

// strikeNouns head the noun phrase of a strike or a protest.
var strikeNouns = lexis.SetOf("greve", "greves", "mouvement", "mobilisation", "manifestation", "manifestations", "strike", "strikes", "walkout", "protest", "protests", "boycott")

// claimedTurnout returns the strike or protest the sentence opens on and
// the party whose count of its turnout figure c is, when a claim verb of
// that party sets it ("la CGT revendiquant un taux de participation de
// 65 %"); "", "" otherwise.
func (x *extractor) claimedTurnout(s *sentence, p *parsed, r clauseReading, c *Claim, cited Span) (string, string) {
	toks := p.toks
	v := -1 // the claim verb nearest before the figure, in its clause or the one «tandis que», "while" adds
	for k := r.at - 1; k > 0 && r.at-k <= 8; k-- {
		if claimVerbs[toks[k].Fold] && (isVerb(p.tags[k]) || lexis.InSet(toks[k-1].Fold, "l'", "les")) {
			v = k
			break
		}
	}
	if v < 0 || !c.HasValue || !slices.ContainsFunc(strings.Fields(lexis.Fold(c.Measure)), func(w string) bool {
		return turnoutWords[strings.Trim(w, "()")]
	}) {
		return "", ""
	}
	if v > 0 && lexis.InSet(toks[v-1].Fold, "l'", "le", "la", "les") {
		v-- // «la direction l'évalue»: the pronoun object before the verb
	}
	claimant := ""
	if rel := v - 1; rel >= 2 && lexis.InSet(toks[rel].Fold, "qui", "which", "who") && toks[rel-1].Text == "," {
		// «un chiffre contesté par la CGT-Cheminots, qui revendique un
		// taux de participation de 41 %»: the name the relative clause
		// is of claims it.
		for _, m := range s.mentions {
			if m.end <= rel-1 && rel-1-m.end <= 2 && !slices.ContainsFunc(toks[m.end:rel-1], func(t lexis.Token) bool { return t.Kind != lexis.Word || t.Upper() }) &&
				!m.common && x.reg.kindOf(&m) != KindPlace && x.reg.kindOf(&m) != "" { // (and "the RMT union, which claims")
				claimant = x.reg.display(m.key)
			}
		}
		if claimant == "" {
			return "", ""
		}
	} else {
		a, b, how := p.subjectBefore(v, p.clauseStart(v))
		if how == "" {
			return "", ""
		}
		claimant, _ = x.entityOf(s, p, a, b, how, cited)
		if claimant == "" {
			claimant = strings.TrimSpace(x.art.Text[toks[a].Start:toks[b-1].End])
		}
	}
	for h := 0; h < len(toks) && h <= 3; h++ {
		if strikeNouns[toks[h].Fold] && p.tags[h] == syntax.NOUN {
			first := -1
			for k := h + 1; k < len(toks); k++ {
				if isVerb(p.tags[k]) {
					first = k
					break
				}
			}
			if first < 0 {
				return "", ""
			}
			for _, m := range s.mentions {
				if m.tok > h && m.end <= first && !m.common && x.reg.kindOf(&m) == KindOrg && nameKey(x.reg.display(m.key)) != nameKey(claimant) {
					return x.reg.display(m.key), claimant // «La grève des agents de la RTM»: the organisation on strike
				}
			}
			if ev := p.nounPhrase(x.art.Text, h, first); ev != "" && nameKey(ev) != nameKey(claimant) {
				return ev, claimant
			}
			return "", ""
		}
	}
	return "", ""
}

// previousMeasure names the measure of the forecast a revision started
// from: "previous price target ($)", «objectif de cours précédent (€)».
func previousMeasure(m, lang string) string {
	if m == "" || strings.Contains(m, "previous") || strings.Contains(m, "précédent") {
		return m
	}
	if lang == "fr" {
		adj := " précédent"
		if f := lexis.Fold(m); strings.HasPrefix(f, "prevision") || strings.HasPrefix(f, "estimation") {
			adj = " précédente" // «sa prévision précédente»
		}
		head, unit, ok := strings.Cut(m, " (")
		if ok {
			return head + adj + " (" + unit
		}
		return m + adj
	}
	return "previous " + m
}

// capitalsJoined reports whether a word is two or more words in capitals
// joined by hyphens ("Antwerp-Bruges", "Rolls-Royce"), which no ordinary
// word opening a sentence is ("Long-term" is).
func capitalsJoined(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if len(p) < 2 || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// ownFigureFor reports whether the verb at token v puts the bare figure n
// on what was measured before, nothing but a source's words between them:
// «retient pour sa part 5,9 %», «table de son côté sur 6 %», "sees 2.1%
// instead", "puts it at 4%".
func ownFigureFor(toks []lexis.Token, v int, n quantity.NumberExpr) bool {
	if v < 0 || v >= n.TokStart || !noNounAfter(toks, n) || !lexis.InSet(toks[v].Fold, "retient", "retiennent", "retenait", "table", "tablent", "tablait",
		"prevoit", "prevoient", "prevoyait", "anticipe", "anticipent", "mise", "misent", "avance", "avancent", "sees", "projects", "forecasts", "puts", "put") {
		return false
	}
	for k := v + 1; k < n.TokStart; k++ {
		if !lexis.InSet(toks[k].Fold, "pour", "sa", "leur", "part", "de", "son", "cote", "quant", "a", "lui", "elle", "eux", "sur", "it", "at", "for", "its", "their", "own", "instead", "meanwhile", "plutot") {
			return false
		}
	}
	return true
}

// openingPlace returns the place a sentence opens on, set off by a comma
// («À Lyon, …», "In Lyon, …"); "" when it opens on none.
func (x *extractor) openingPlace(s *sentence) string {
	toks := s.toks
	if len(toks) < 4 || !lexis.InSet(toks[0].Fold, "a", "in", "au") || toks[0].Text == "a" {
		return ""
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.tok == 1 && m.end < len(toks) && toks[m.end].Text == "," && x.reg.kindOf(m) == KindPlace {
			return x.reg.display(m.key)
		}
	}
	return ""
}

// amongPhrase returns the people a count after token k is taken among,
// «parmi les enseignants du primaire», "among primary teachers" (after at
// most the counted noun); "" when there is none.
func (p *parsed) amongPhrase(text string, k int) string {
	toks := p.toks
	j := k
	if j < len(toks) && lexis.InSet(toks[j].Fold, "de", "d'", "of") {
		j++
	}
	if q := j; p.lang != "fr" && j > k {
		for q < len(toks) && q-j < 2 && p.tags[q] == syntax.ADJ {
			q++
		}
		if q+2 < len(toks) && strikerNouns[toks[q].Fold] && toks[q+1].Fold == "on" && toks[q+2].Fold == "strike" {
			return text[toks[j].Start:toks[q].End] // "counted 19.3% of (primary) teachers on strike": the teachers
		}
	}
	if j < len(toks) && p.tags[j] == syntax.NOUN {
		j++
	}
	if j+1 >= len(toks) || !lexis.InSet(toks[j].Fold, "parmi", "among", "amongst") {
		return ""
	}
	a := j + 1
	if lexis.InSet(toks[a].Fold, "les", "the", "ses", "its", "leurs", "their") && a+1 < len(toks) {
		a++
	}
	e := a
	for e < len(toks) && e-a < 6 && (p.tags[e] == syntax.NOUN || p.tags[e] == syntax.ADJ || p.tags[e] == syntax.PROPN ||
		e > a && lexis.InSet(toks[e].Fold, "du", "des", "de", "d'", "of") && e+1 < len(toks) && (p.tags[e+1] == syntax.NOUN || p.tags[e+1] == syntax.DET)) && !p.inDate(e) {
		if p.tags[e] == syntax.DET {
			break
		}
		e++
		if e < len(toks) && p.tags[e] == syntax.DET && lexis.InSet(toks[e-1].Fold, "de", "of") {
			e++ // «de la», "of the"
		}
	}
	if e == a || p.tags[e-1] != syntax.NOUN && p.tags[e-1] != syntax.ADJ {
		return ""
	}
	return strings.TrimSpace(text[toks[a].Start:toks[e-1].End])
}

// shareOfGroup returns the group of people a percentage ending before
// token k is a share of, when a verb follows it: "24.6% of primary school
// teachers were", «23 % des enseignants du primaire ont»; "" when the
// figure is no such share.
func (p *parsed) shareOfGroup(text string, k int) string {
	toks := p.toks
	if k+1 >= len(toks) || !lexis.InSet(toks[k].Fold, "of", "des", "de", "d'") {
		return ""
	}
	a := k + 1
	if lexis.InSet(toks[a].Fold, "the", "les", "its", "their", "ses", "leurs") {
		a++
	}
	for h := a; h < len(toks) && h-a < 4; h++ {
		if p.tags[h] != syntax.NOUN && p.tags[h] != syntax.ADJ || toks[h].Upper() {
			return ""
		}
		if !strikerNouns[toks[h].Fold] {
			continue
		}
		e := h + 1 // the group's end; a verb follows it, or a place and a verb
		if p.lang == "fr" && e+1 < len(toks) && lexis.InSet(toks[e].Fold, "du", "de", "des") && p.tags[e+1] == syntax.NOUN {
			e += 2 // «des enseignants du primaire»
		}
		v := e
		if v+1 < len(toks) && lexis.InSet(toks[v].Fold, "in", "en", "at") && toks[v+1].Upper() {
			v += 2 // "teachers in England walked out"
		}
		if v+1 < len(toks) && lexis.InSet(toks[v].Fold, "and", "et") && toks[v+1].Kind == lexis.Number {
			// "24.6% of primary school teachers and 19.8% of secondary
			// school teachers were": a list of shares, the verb after it
			for v < len(toks) && !isVerb(p.tags[v]) && p.tags[v] != syntax.AUX && (toks[v].Kind != lexis.Punct || decimalPoint(toks, v) || numberComma(toks, v) || toks[v].Text == "%") && v-e < 12 {
				v++
			}
		}
		if v < len(toks) && (isVerb(p.tags[v]) || p.tags[v] == syntax.AUX) {
			return strings.TrimSpace(text[toks[a].Start:toks[e-1].End])
		}
		return ""
	}
	return ""
}

// besideRanked returns the noun phrase a figure at token k is set beside
// after a word of ranking («devant les Allemands, en recul de 2 %»,
// «derrière les Néerlandais, en hausse de 9 %», "followed by Chinese
// visitors at 7%", "ahead of Germans, down 2%"); "" when there is none.
func (p *parsed) besideRanked(text string, k int) string {
	toks, tags := p.toks, p.tags
	j, commas := k-1, 0
	for j > 0 && k-j <= 5 {
		f := toks[j].Fold
		if toks[j].Text == "," && commas == 0 {
			commas++
			j--
			continue
		}
		if !lexis.InSet(f, "de", "d'", "en", "recul", "hausse", "baisse", "progression", "down", "up", "at", "a", "on", "with", "avec") {
			break
		}
		j--
	}
	if j == k-1 || j < 2 {
		return ""
	}
	e := j // the phrase's last word
	for j > 1 && e-j < 5 && (tags[j] == syntax.NOUN || tags[j] == syntax.ADJ || tags[j] == syntax.PROPN) && toks[j].Kind == lexis.Word {
		j--
	}
	if j == e || tags[e] != syntax.NOUN && tags[e] != syntax.PROPN {
		return ""
	}
	a := j + 1
	if lexis.InSet(toks[j].Fold, "les", "le", "la", "l'", "the") {
		j--
	}
	if j < 1 {
		return ""
	}
	ranked := lexis.InSet(toks[j].Fold, "devant", "derriere", "behind") ||
		toks[j].Fold == "of" && j > 0 && toks[j-1].Fold == "ahead" ||
		lexis.InSet(toks[j].Fold, "by", "par", "de") && j > 0 && lexis.InSet(toks[j-1].Fold, "followed", "suivi", "suivis", "suivie", "suivies", "trailed")
	if !ranked {
		return ""
	}
	return strings.TrimSpace(text[toks[a].Start:toks[e].End])
}

// averageBase reports whether the date at token k completes an average
// or a level a figure is set against («inférieur de près de 40 % à la
// moyenne des années 2015-2019», "12% below the average of 2015-2019",
// "above the level of 2019"): the base's years, not the figure's.
func averageBase(toks []lexis.Token, k int) bool {
	for j := k - 1; j >= 2 && k-j <= 4; j-- {
		if !lexis.InSet(toks[j].Fold, "moyenne", "average", "niveau", "level", "norme", "norm") {
			continue
		}
		if !lexis.InSet(toks[j-1].Fold, "la", "le", "l'", "the", "its", "their", "sa", "son", "leur") {
			return false // (not «en moyenne dans les années 1990»: on average, then)
		}
		for m := j - 1; m >= 0 && j-m <= 8; m-- {
			f := toks[m].Fold
			if lexis.InSet(f, "inferieur", "inferieure", "inferieurs", "inferieures", "superieur", "superieure", "superieurs", "superieures",
				"below", "above", "under", "compared", "comparison", "rapport", "contre", "against", "versus") {
				return true
			}
			if toks[m].Kind == lexis.Punct && f != "%" && f != "," && f != "." || lexis.InSet(f, "selon", "according") {
				return false
			}
		}
		return false
	}
	return false
}
