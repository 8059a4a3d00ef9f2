package text

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/claim"
	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/timex"
)

// ErrNotArticle says a text file holds data or code rather than prose.
var ErrNotArticle = errors.New("this does not look like an article")

// headerLine matches "key: value" lines of a header block, and the bare
// "date 2021-10" form (which may run on into the text on the same line).
var (
	headerLine = regexp.MustCompile(`^[ \t]*(?i:(title|titre|date|published|source|lang|language|langue|author|auteur|url))[ \t]*:[ \t]*(.*?)[ \t]*$`)
	bareDate   = regexp.MustCompile(`^[ \t]*(?i:date|published|publié le)[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\b[ \t]*`)
)

// ParseArticle decodes one file's bytes into an Article: decoding, HTML text
// extraction (when html is true), the header block, cleaning, language and
// sentences. The publication date comes from the header here; package
// model's Build infers it from the text when the header has none.
func ParseArticle(name string, raw []byte, isHTML bool) (*Article, error) {
	a, _, err := parseArticle(context.Background(), name, raw, isHTML)
	return a, err
}

// parseArticle is ParseArticle that stops with ctx's error when ctx ends;
// it also returns what is wrong in an article that loads all the same (a
// *HeaderDateError), for Set.Problems.
func parseArticle(ctx context.Context, name string, raw []byte, isHTML bool) (_ *Article, _ []error, err error) {
	defer func() {
		if r := recover(); r != nil {
			// A text that trips a reading rule is a problem of its own
			// file, which the user sees, not the end of the program.
			err = fmt.Errorf("%s could not be read (%v); please report this file", name, r)
		}
	}()
	a, err := readText(ctx, name, raw, isHTML)
	if err != nil {
		return nil, nil, err
	}
	return a.art, a.warnings, nil
}

// readText is parseArticleText, a variable so that a test can make it fail.
var readText = parseArticleText

// parsedArticle is an article with what is wrong in it that did not stop it
// loading.
type parsedArticle struct {
	art      *Article
	warnings []error
}

// parseArticleText does parseArticle's work.
func parseArticleText(ctx context.Context, name string, raw []byte, isHTML bool) (parsedArticle, error) {
	var out parsedArticle
	text, _, err := Decode(raw)
	if err != nil {
		return out, err
	}
	a := &Article{Name: name}
	var meta htmlMeta
	if isHTML {
		text, meta = htmlText(text)
		if strings.TrimSpace(text) == "" {
			return out, errors.New("the page has no text outside scripts, styles and navigation")
		}
	}
	a.Text = text
	a.Body = Span{Start: 0, End: len(text)}
	header, bad := parseHeader(a)
	if bad != nil {
		out.warnings = append(out.warnings, bad)
	}
	if meta.title != "" && a.Title == "" {
		a.Title = meta.title
	}
	if meta.source != "" && a.Source == "" {
		a.Source = meta.source
	}
	if meta.url != "" && a.URL == "" {
		a.URL = meta.url
	}
	if meta.lang != "" && a.Lang == "" {
		a.Lang = meta.lang
	}
	if meta.date != "" && a.Published.IsZero() {
		if d, ok := headerDate(meta.date); ok {
			a.Published, a.PublishedBy = d, PublishedInHeader
		} else {
			out.warnings = append(out.warnings, badHeaderDate(meta.date))
		}
	}
	stops := countStops(a.Slice(a.Body))
	if why := notProseWith(a.Slice(a.Body), stops); why != "" {
		return out, fmt.Errorf("%w (%s)", ErrNotArticle, why)
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	a.Dropped = append(publicationLine(a), cleanContext(ctx, a.Text, a.Body)...)
	if header != (Span{}) {
		a.Dropped = append(a.Dropped, Dropped{Span: header, Reason: ReasonHeader})
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	sort.Slice(a.Dropped, func(i, j int) bool { return a.Dropped[i].Span.Start < a.Dropped[j].Span.Start })
	if a.Lang != "fr" && a.Lang != "en" {
		a.Lang = stops.lang()
	}
	a.Sentences = Sentences(a.Text, a.Body, a.Dropped)
	a.textHash = a.TextHash()
	if a.Title != "" {
		a.TitleBy = "header"
	} else {
		a.Title, a.TitleBy = firstLine(a)
	}
	if a.Title == "" {
		a.Title, a.TitleBy = strings.TrimSuffix(path.Base(name), path.Ext(name)), "name"
	}
	out.art = a
	return out, nil
}

// parseHeader reads the header block at the top of the text (title:, date:,
// source:, lang: lines, or a leading "date 2021-10") and moves Body past it.
// It returns a *HeaderDateError when a date: line holds no date it can
// read (the date is then left unknown, for package model's Build to read
// from the text).
func parseHeader(a *Article) (Span, error) {
	var bad error
	pos := 0
	headline := -1 // where a headline above the header starts
	seen := false  // a header line was read
	for pos < len(a.Text) {
		end := strings.IndexByte(a.Text[pos:], '\n')
		if end < 0 {
			end = len(a.Text)
		} else {
			end += pos
		}
		line := a.Text[pos:end]
		if strings.TrimSpace(line) == "" && pos == 0 {
			pos = end + 1
			continue
		}
		if m := headerLine.FindStringSubmatch(line); m != nil && len(line) < 300 {
			seen = true
			key, v := strings.ToLower(m[1]), m[2]
			switch key {
			case "title", "titre":
				a.Title = v
			case "date", "published":
				if d, ok := headerDate(v); ok {
					a.Published, a.PublishedBy = d, PublishedInHeader
				} else if bad == nil && strings.TrimSpace(v) != "" {
					bad = badHeaderDate(v)
				}
			case "source":
				a.Source = v
			case "url":
				if isURL(v) {
					a.URL = v
				}
			case "lang", "language", "langue":
				a.Lang = strings.ToLower(v[:min(2, len(v))])
			}
			pos = min(end+1, len(a.Text))
			continue
		}
		if next := nextLine(a.Text, end+1); headline < 0 && !seen && len(line) < 300 && !strings.HasSuffix(strings.TrimSpace(line), ".") && next >= 0 && datedHeader(lineAt(a.Text, next)) {
			// "Zorgon cuts 2,000 jobs\nDate: 2024-03-12": a headline
			// above a dated header is the title, and stays the text's
			// first line; the header lines are set aside.
			a.Title, headline = strings.TrimSpace(line), pos
			pos = next
			continue
		}
		if m := bareDate.FindStringSubmatchIndex(line); m != nil {
			if d, ok := headerDate(line[m[2]:m[3]]); ok {
				a.Published, a.PublishedBy = d, PublishedInHeader
				pos += m[1]
			}
		}
		break
	}
	// Skip the white space between the header and the text.
	for pos < len(a.Text) && (a.Text[pos] == ' ' || a.Text[pos] == '\n' || a.Text[pos] == '\t') {
		pos++
	}
	if headline >= 0 {
		a.Body.Start = headline
		first := strings.IndexByte(a.Text[headline:], '\n') + headline + 1
		return Span{Start: first, End: pos}, bad
	}
	a.Body.Start = pos
	return Span{}, bad
}

// datedHeader reports whether line is a header line that dates the
// article ("Date: 2024-03-12", "Published: …").
func datedHeader(line string) bool {
	m := headerLine.FindStringSubmatch(line)
	return m != nil && lexis.InSet(strings.ToLower(m[1]), "date", "published")
}

// ReasonHeader is the reason given for header lines set aside below a
// headline.
const ReasonHeader = "header"

// nextLine returns the start of the first non-blank line at or after pos,
// over at most one blank line, -1 when there is none.
func nextLine(text string, pos int) int {
	for blank := 0; pos < len(text) && blank <= 1; blank++ {
		l := lineAt(text, pos)
		if strings.TrimSpace(l) != "" {
			return pos
		}
		pos += len(l) + 1
	}
	return -1
}

// lineAt returns the line that starts at pos, without its line end.
func lineAt(text string, pos int) string {
	if pos >= len(text) {
		return ""
	}
	if end := strings.IndexByte(text[pos:], '\n'); end >= 0 {
		return text[pos : pos+end]
	}
	return text[pos:]
}

// HeaderDateError says that an article's header gives a publication date
// the loader cannot read ("date: 2023-13-45"). The article loads all the
// same, dated from its own words when they say when it was written.
type HeaderDateError struct {
	// Value is the header's date as written; Why says what is wrong with
	// it ("there is no month 13"), "" when it is no date at all.
	Value, Why string
}

// Error says what is wrong with the date and what was done instead.
func (e *HeaderDateError) Error() string {
	s := fmt.Sprintf("the header's date %q is not a valid date", e.Value)
	if e.Why != "" {
		s += " (" + e.Why + ")"
	}
	return s + "; it is ignored and the article is dated from its text (write it as 2021-10-05)"
}

// isoShape matches a value written as an ISO date, valid or not: 2023-13-45.
var isoShape = regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$`)

// badHeaderDate returns the error for header date v, saying why an ISO
// form is wrong.
func badHeaderDate(v string) *HeaderDateError {
	v = strings.TrimSpace(v)
	e := &HeaderDateError{Value: v}
	m := isoShape.FindStringSubmatch(v)
	if m == nil {
		return e
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	if month < 1 || month > 12 {
		e.Why = fmt.Sprintf("there is no month %d", month)
		return e
	}
	if m[3] != "" {
		day, _ := strconv.Atoi(m[3])
		last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if day < 1 || day > last {
			e.Why = fmt.Sprintf("%s %d has %d days", time.Month(month), year, last)
		}
	}
	return e
}

// pubLineRe matches a by-line that gives the publication date near the top:
// "Published April 23, 2020", "Publié le 30 avril 2020 à 10h", "Updated: …".
var pubLineRe = regexp.MustCompile(`(?i)^[ \t]*(first published|published|publi[ée]|mis [àa] jour|updated|posted|le|by|par)(?:[\s:]|$)`)

// ReasonPublication is the reason given for a by-line with the date.
const ReasonPublication = "publication line"

// publicationLine reads the publication date from a by-line among the first
// lines of the body, when the header gave none, and sets the line aside.
func publicationLine(a *Article) []Dropped {
	for i, p := range Paragraphs(a.Text, a.Body) {
		if i >= 4 {
			break
		}
		if d, ok := dateline(p.Text, a.Lang); ok {
			// "22 mai 2012. - Prévu initialement…": the first paragraph
			// opens with the day it was written.
			if a.Published.IsZero() || a.Published.Precision < d.Precision && a.Published.Contains(d) {
				a.Published, a.PublishedBy = d, PublishedInHeader
			}
			return nil
		}
		if line, d, ok := dateLine(p.Text); ok {
			// "Rail fares to rise 5.8%\n12 March 2026": a line of its own
			// that holds nothing but a day with its year, under the
			// headline, is the day the article was written (not a yearless
			// "January" in the text, which would push it to next year).
			if a.Published.IsZero() || a.Published.Precision < d.Precision && a.Published.Contains(d) {
				a.Published, a.PublishedBy = d, PublishedInHeader
			}
			return []Dropped{{Span: Span{Start: p.Span.Start + line.Start, End: p.Span.Start + line.End}, Reason: ReasonPublication}}
		}
		if utf8.RuneCountInString(p.Text) > 120 || !pubLineRe.MatchString(p.Text) {
			continue
		}
		d, ok := headerDate(pubLineRe.ReplaceAllString(p.Text, ""))
		lead := strings.ToLower(pubLineRe.FindStringSubmatch(p.Text)[1])
		if !ok || lead == "le" && !datesOnly(p.Text) || (lead == "by" || lead == "par") && len(strings.Fields(p.Text)) > 14 {
			continue
		}
		if a.Published.IsZero() || a.Published.Precision < d.Precision && a.Published.Contains(d) {
			a.Published, a.PublishedBy = d, PublishedInHeader
		}
		return []Dropped{{Span: p.Span, Reason: ReasonPublication}}
	}
	return nil
}

// byLineWords are the words a by-line holds besides its dates: times and
// update notes ("Le 4 octobre 2021 à 10h32, mis à jour à 11h").
var byLineWords = lexis.SetOf("le", "a", "at", "h", "heure", "heures", "mis", "jour", "et", "am", "pm", "gmt", "utc", "cet", "cest", "min")

// datesOnly reports whether s holds nothing but dates and times: "Le 4
// octobre 2021 à 10h32" is a by-line, "Le 4 octobre 2021, Telegram a
// gagné…" is the article's first sentence.
func datesOnly(s string) bool {
	rest := []byte(s)
	for _, lang := range []string{"fr", "en"} {
		for _, d := range timex.FindDates(s, lang, Date{}) {
			for i := d.Span.Start; i < d.Span.End; i++ {
				rest[i] = ' '
			}
		}
	}
	for _, w := range lexis.Words(string(rest)) {
		if !byLineWords[w] && strings.Trim(w, "0123456789h") != "" {
			return false
		}
	}
	return true
}

// dateLine returns the first line of paragraph text that holds nothing but
// one day with its year ("12 March 2026", «Jeudi 12 mars 2026»), with that
// day; false when no line does.
func dateLine(text string) (Span, Date, bool) {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if t := strings.TrimSpace(line); t != "" && len(t) <= 60 && datesOnly(t) {
			if d, ok := headerDate(t); ok && d.Precision == claim.PrecisionDay && !d.Range {
				return Span{Start: start, End: end}, d, true
			}
		}
		start = end + 1
	}
	return Span{}, Date{}, false
}

// headerDate reads a header's date: ISO forms, an RFC 3339 time, or any date
// the grammar knows with a year ("5 octobre 2021", "October 5, 2021").
func headerDate(v string) (Date, bool) {
	v = strings.TrimSpace(v)
	if isoShape.MatchString(v) && badHeaderDate(v).Why != "" {
		return Date{}, false // "2023-13-45" is no date, not the year 2023
	}
	if len(v) >= 10 && v[4] == '-' {
		if d, err := timex.ParseISODate(v[:10]); err == nil {
			return d, true
		}
	}
	if d, err := timex.ParseISODate(v); err == nil && !d.IsZero() {
		// Accept "2021-10" and "2021-10-5".
		return d, true
	}
	if m := regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$`).FindStringSubmatch(v); m != nil {
		if d, err := timex.ParseISODate(fmt.Sprintf("%s-%02s", m[1], m[2])); err == nil {
			if m[3] != "" {
				if dd, err := timex.ParseISODate(fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3])); err == nil {
					return dd, true
				}
			}
			return d, true
		}
	}
	for _, lang := range []string{"fr", "en"} {
		for _, x := range timex.FindDates(v, lang, Date{}) {
			if !x.Date.IsZero() && !x.Relative {
				return x.Date, true
			}
		}
	}
	return Date{}, false
}

// firstLine returns the first kept line when it reads as a title (short, no
// final full stop), else the start of the first sentence, cut at a word;
// with "headline" or "sentence" for Article.TitleBy.
func firstLine(a *Article) (string, string) {
	for _, p := range Paragraphs(a.Text, a.Body) {
		if OverlapsDropped(a.Dropped, p.Span) {
			continue
		}
		s := p.Text
		if utf8.RuneCountInString(s) <= 140 && !strings.HasSuffix(s, ".") {
			return headingText(s), "headline"
		}
		if len(a.Sentences) > 0 {
			s = a.Slice(a.Sentences[0])
		}
		return Shorten(s, 90), "sentence"
	}
	return "", ""
}

// isURL reports whether s is a web address a citation can give.
func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t")
}

// headingText is a Markdown heading's text: "# Title" and "## Title ##"
// are "Title".
func headingText(s string) string {
	t := strings.TrimLeft(s, "#")
	if len(t) == len(s) || len(s)-len(t) > 6 || t != "" && t[0] != ' ' && t[0] != '\t' {
		return s
	}
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "#"))
	if t == "" {
		return s
	}
	return t
}

// Shorten cuts s to at most n runes at a word boundary, adding "…".
func Shorten(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// notProse says why a text is data or code rather than an article, or "".
func notProse(s string) string { return notProseWith(s, countStops(s)) }

// notProseWith is notProse with the stop words of s already counted.
func notProseWith(s string, st stopStats) string {
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) >= 3 {
		// CSV/TSV: most lines have the same, non-zero number of separators.
		for _, sep := range []string{",", ";", "\t"} {
			n0 := strings.Count(lines[0], sep)
			if n0 < 2 {
				continue
			}
			same := 0
			for _, l := range lines {
				if strings.Count(l, sep) == n0 {
					same++
				}
			}
			if same*10 >= len(lines)*8 && avgWordsBetween(lines, sep) < 6 {
				return "it is table data (CSV)"
			}
		}
	}
	var letters, code, total int
	for _, r := range s {
		total++
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				letters++
			} else if codeMarks[r] {
				code++
			}
		case unicode.IsLetter(r):
			letters++
		}
	}
	if total > 200 && code*100 > total*4 && letters*100 < total*70 {
		return "it looks like source code or markup"
	}
	if total > 40 && letters*100 < total*35 {
		return "it holds too few words"
	}
	// About one word in five of French or English prose is "le", "the",
	// "and"…; data, markup and code (JSON, XML, minified scripts) have
	// almost none.
	if ws, stop := st.words, st.stops; ws >= 80 && stop*100 < ws*3 {
		return "it has almost no French or English sentences: it looks like data, code or another language"
	}
	return ""
}

// codeMarks are the ASCII marks that abound in code and markup.
var codeMarks = func() (m [utf8.RuneSelf]bool) {
	for _, r := range "{}[]();=<>_|\\$#*&" {
		m[r] = true
	}
	return m
}()

// lowerWords yields the words of s (runs of letters) in lower case, as
// strings.FieldsFunc(strings.ToLower(s), not a letter) would, with their
// byte offsets, in one buffer rather than a string each: a word is valid
// only until the next one.
func lowerWords(s string) iter.Seq2[int, []byte] {
	return func(yield func(int, []byte) bool) {
		var buf []byte
		start := -1 // of the word being read
		for i := 0; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				if l := c | 0x20; 'a' <= l && l <= 'z' { // an ASCII letter, lowered
					if start < 0 {
						buf, start = buf[:0], i
					}
					buf = append(buf, l)
					i++
					continue
				}
			} else if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r) {
				if start < 0 {
					buf, start = buf[:0], i
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				i += n
				continue
			} else {
				i += n - 1
			}
			i++
			if start >= 0 {
				if !yield(start, buf) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(start, buf)
		}
	}
}

func avgWordsBetween(lines []string, sep string) float64 {
	var cells, ws int
	for _, l := range lines {
		for _, c := range strings.Split(l, sep) {
			cells++
			ws += len(strings.Fields(c))
		}
	}
	if cells == 0 {
		return 0
	}
	return float64(ws) / float64(cells)
}

var (
	frStop = lexis.SetOf("le", "la", "les", "des", "est", "une", "et", "en", "du", "que", "qui", "dans", "pour", "pas",
		"sur", "avec", "au", "aux", "ce", "cette", "il", "elle", "nous", "vous", "ont", "été", "sont", "par", "plus", "mais", "son", "sa", "ses", "leur")
	enStop = lexis.SetOf("the", "and", "is", "are", "was", "were", "of", "to", "that", "it", "for", "on", "with", "as",
		"has", "have", "by", "from", "this", "at", "said", "its", "their", "which", "be", "been", "than", "more", "but")
)

// stopWords holds the French (stopFR) and English (stopEN) stop words.
var stopWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range frStop {
		m[w] |= stopFR
	}
	for w := range enStop {
		m[w] |= stopEN
	}
	return m
}()

const (
	stopFR uint8 = 1 << iota
	stopEN
)

// maxStopLen is the length in bytes of the longest stop word.
var maxStopLen = func() int {
	n := 0
	for w := range stopWords {
		n = max(n, len(w))
	}
	return n
}()

// DetectLang returns "fr" or "en" by counting common words of each language;
// English wins ties only when it has some evidence.
func DetectLang(s string) string { return countStops(s).lang() }

// stopStats counts the words of a text and its French and English stop
// words: for the prose test over the first 64 KB, for the language over the
// first 32 KB (one pass when the text is no longer).
type stopStats struct {
	words, stops int // over 64 KB
	fr, en       int // over 32 KB
}

func countStops(s string) stopStats {
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	lang := s // the language reads the first 32 KB, cut where they end
	if len(lang) > 1<<15 {
		lang = lang[:1<<15]
	}
	var st stopStats
	countLang := func(w []byte) {
		k := stopWords[string(w)]
		if k&stopFR != 0 {
			st.fr++
		}
		if k&stopEN != 0 {
			st.en++
		}
	}
	for _, w := range lowerWords(s) {
		st.words++
		if len(w) > maxStopLen {
			continue
		}
		if stopWords[string(w)] != 0 {
			st.stops++
		}
		if len(lang) == len(s) {
			countLang(w)
		}
	}
	if len(lang) < len(s) {
		for _, w := range lowerWords(lang) {
			if len(w) <= maxStopLen {
				countLang(w)
			}
		}
	}
	return st
}

// lang is the language the stop words say: English when it has more of
// them, else French.
func (st stopStats) lang() string {
	if st.en > st.fr {
		return "en"
	}
	return "fr"
}

// datelinePlaceRe is the dateline a news agency opens its story with: the
// place in capitals, or a capitalised place with its agency or date, then a
// dash ("NANCY, 13 mars —", "LJUBLJANA, Sept 24 (Reuters) -", "SAINT-DENIS
// (La Réunion) —", "Paris (AFP) -", "Toulouse, 5 juin —", "Rennes, 11 mars
// 2025 (AFP) –").
var datelinePlaceRe = regexp.MustCompile(`^(?:` +
	`\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?: ?\([^()\n]{1,40}\))?(?:, ?[^–—\n]{1,40}?)?(?: ?\([^()\n]{1,30}\))?` +
	`|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?: ?\(\p{Lu}[\p{Lu}\p{Ll}/ ]{1,20}\)|, ?(?:\d{1,2}(?:er)? \p{L}+\.?(?: \d{4})?|\p{L}+\.? \d{1,2}(?:, \d{4})?)(?: ?\(\p{Lu}[\p{Lu}\p{Ll}/ ]{1,20}\))?)` +
	`)[ \t\x{a0}]+[-–—][ \t\x{a0}]+`)

// datelinePlace returns the length of the dateline paragraph opens with,
// 0 when none (see datelinePlaceRe).
func datelinePlace(paragraph string) int {
	m := datelinePlaceRe.FindStringIndex(paragraph)
	if m == nil {
		return 0
	}
	return m[1]
}

// DatelineOf returns the dateline the first paragraphs of article a open
// with ("OSLO, March 11 (Reuters) -", «PARIS, 18 novembre (AFP) –»), the
// part sentences leave out; "" when none.
func DatelineOf(a *Article) string {
	for i, p := range Paragraphs(a.Text, a.Body) {
		if i >= 4 {
			break
		}
		if OverlapsDropped(a.Dropped, p.Span) {
			continue
		}
		if n := datelinePlace(p.Text); n > 0 {
			return p.Text[:n]
		}
	}
	return ""
}

// datelineRe is what follows the date of a dateline: a dash, after a full
// stop or a comma or not ("22 mai 2012. - ", "May 22, 2012 — ").
var datelineRe = regexp.MustCompile(`^[.,]?[ \t\x{a0}]*[-–—][ \t\x{a0}]`)

// dateline reads the date a paragraph opens with, as news agencies and
// wikis write it before the first sentence: a day with its year, then a
// dash.
func dateline(text, lang string) (Date, bool) {
	lead := strings.TrimLeft(text, " \t\u00a0")
	off := len(text) - len(lead)
	if r, _ := utf8.DecodeRuneInString(lead); lead == "" || !unicode.IsDigit(r) && !unicode.IsLetter(r) {
		return Date{}, false
	}
	ds := timex.FindDates(text[:min(len(text), off+40)], lang, Date{})
	if len(ds) == 0 {
		return Date{}, false
	}
	d := ds[0]
	// The expression may leave a preposition or an article out of its span.
	if strings.TrimSpace(text[off:d.Span.Start]) != "" || d.Date.Precision != claim.PrecisionDay || d.Relative {
		return Date{}, false
	}
	if !datelineRe.MatchString(text[d.Span.End:]) {
		return Date{}, false
	}
	return d.Date, true
}
