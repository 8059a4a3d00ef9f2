package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
	"github.com/claimline/claimline/model/quantity"
)

// Languages the labels are written in.
var labelLangs = map[string]bool{"en": true, "fr": true}

// Localize writes the timeline's labels and conflict summaries in lang
// ("en" or "fr"); Build writes them in English. Other languages are left
// as they are.
func (t *Timeline) Localize(lang string) {
	if !labelLangs[lang] {
		return
	}
	t.lang = lang
	for i := range t.Claims {
		t.Claims[i].Label = labelIn(&t.Claims[i], lang)
	}
	for i := range t.Events {
		e := &t.Events[i]
		e.Label = eventLabelIn(e, lang)
		for k := range e.Conflicts {
			e.Conflicts[k].write(lang)
		}
	}
}

// qualifierIn is the words a qualifier puts before a figure.
func qualifierIn(q Qualifier, lang string) string {
	if lang == "fr" {
		switch q {
		case AtLeast:
			return "plus de "
		case AtMost:
			return "jusqu'à "
		case Approx:
			return "environ "
		}
		return ""
	}
	switch q {
	case AtLeast:
		return "more than "
	case AtMost:
		return "up to "
	case Approx:
		return "about "
	}
	return ""
}

// FormatValueIn writes a figure as a person reads it in lang: "70 million"
// or "70 millions", "1.5 billion" or "1,5 milliard", "16,000" or "16 000",
// "5th" or "5e".
func FormatValueIn(v float64, ordinal bool, lang string) string {
	if lang != "fr" {
		return quantity.FormatValue(v, ordinal)
	}
	if ordinal {
		if v == 1 {
			return "1re"
		}
		return strconv.Itoa(int(v)) + "e"
	}
	abs := math.Abs(v)
	for _, s := range []struct {
		f         float64
		one, many string
	}{{1e12, "billion", "billions"}, {1e9, "milliard", "milliards"}, {1e6, "million", "millions"}} {
		if abs >= s.f {
			x := v / s.f
			name := s.many
			if math.Abs(x) < 2 {
				name = s.one
			}
			return strings.ReplaceAll(quantity.TrimFloat(x), ".", ",") + " " + name
		}
	}
	if v == math.Trunc(v) && abs < 1e15 {
		return strings.ReplaceAll(quantity.FormatValue(v, false), ",", "\u202f")
	}
	return strings.ReplaceAll(quantity.TrimFloat(v), ".", ",")
}

// WithCents writes an amount of money told to a tenth with its cents, as
// prices are written: "0.10" for "0.1", "3,40" for "3,4" (not "1.5
// billion", a scale).
func WithCents(v string) string {
	if i := strings.LastIndexAny(v, ".,"); i >= 0 && i == len(v)-2 && v[len(v)-1] >= '0' && v[len(v)-1] <= '9' && !strings.ContainsAny(v, " \u202f") {
		return v + "0"
	}
	return v
}

// IsMoney reports whether unit is a currency's ("$", "C$", "€", "yen").
func IsMoney(unit string) bool { return currencyUnit(unit) }

// deOrD is "de " or "d'" before a word.
func deOrD(word string) string {
	if word != "" && strings.ContainsRune("aeiouyhéèêàâîôûAEIOUYH", []rune(word)[0]) {
		return "d'"
	}
	return "de "
}

// labelIn writes the short sentence a person reads for a claim.
func labelIn(c *Claim, lang string) string {
	return capitalArticle(labelBody(c, lang))
}

// capitalArticle writes the article a label opens with as a sentence opens
// ("The earthquake magnitude: 7.5", "Les élections législatives auront
// lieu"), leaving names as written ("iPhone launched").
func capitalArticle(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if !lexis.InSet(lexis.Fold(first), "the", "a", "an", "le", "la", "les", "l'", "un", "une", "des", "du") &&
		!strings.HasPrefix(first, "l'") && !strings.HasPrefix(first, "l’") {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// namesSpeaker reports whether an excerpt in the article's words (not a
// quote) opens with the speaker's name or surname: "Jobs announced…" for
// Steve Jobs.
func namesSpeaker(excerpt, speaker string) bool {
	if speaker == "" || strings.HasPrefix(excerpt, "“") || strings.HasPrefix(excerpt, "«") {
		return false
	}
	if strings.HasPrefix(excerpt, speaker+" ") {
		return true
	}
	// The surname: the words after the given name ("Le Pen" of "Marine Le
	// Pen", "Jobs" of "Steve Jobs").
	_, surname, ok := strings.Cut(speaker, " ")
	return ok && len(surname) > 2 && strings.HasPrefix(excerpt, surname+" ")
}

// labelBody writes the label of claim c (see labelIn): the period each
// amount is for after it, as written ("about 90 million crowns a day").
func labelBody(c *Claim, lang string) string {
	l := labelWords(c, lang)
	if c.rate != "" && c.HasValue && !strings.Contains(l, c.rate) {
		l += " " + c.rate
	}
	return l
}

// labelWords is labelBody before the period of a rate.
func labelWords(c *Claim, lang string) string {
	switch {
	case c.Metric == MetricEvent && c.What == "statement":
		if c.announced != nil {
			// "Emmanuel Macron announces: 1.2 million emplois", not the
			// speaker twice when the figure is read as his own.
			inner := labelBody(c.announced, lang)
			if c.announced.phrase != "" && c.announced.Subject == c.SaidBy {
				// "Tom Ashdown announced a £20 million support fund": the
				// figure's own words say who announced it.
				return inner
			}
			for _, sep := range []string{": ", " : ", " "} {
				if rest, ok := strings.CutPrefix(inner, c.SaidBy+sep); ok && rest != "" {
					inner = rest
					break
				}
			}
			if lang == "fr" {
				return c.SaidBy + " annonce : " + inner
			}
			return c.SaidBy + " announces: " + inner
		}
		if namesSpeaker(c.excerpt, c.SaidBy) {
			// "Jobs announced the release of iLife '11…", not "Steve Jobs:
			// Jobs announced…": the words name who speaks already.
			return c.excerpt
		}
		if lang == "fr" {
			return c.SaidBy + " : " + c.excerpt
		}
		if c.told != "" {
			return c.SaidBy + " " + c.told + ": " + c.excerpt // "Amir Qureshi told the BBC: “…”"
		}
		return c.SaidBy + ": " + c.excerpt
	case c.Metric == MetricEvent && c.words != "":
		return c.words
	case c.Metric == MetricEvent:
		return contextLabelIn(c.What, c.Subject, c.other, lang)
	}
	if c.Metric == MetricOther && labelLangs[c.srcLang] {
		lang = c.srcLang // the source's words, framed in its language
	}
	if c.match != "" && c.Subject != "" {
		// "Kelvinside Rovers: 1 (beating Kelvinside Rovers 2-1)": the side's
		// score, and the result as the source tells it.
		sep := ": "
		if lang == "fr" {
			sep = " : "
		}
		return c.Subject + sep + FormatValueIn(c.Value, false, lang) + " (" + c.match + ")"
	}
	if c.phrase != "" && c.Metric == MetricOther && c.Subject != "" {
		// (a figure no entity is named for reads as its words below, not
		// as a verb phrase without its subject: «a accueilli 45 000
		// visiteurs»)
		if strings.HasPrefix(c.phrase, ": ") {
			if lang == "fr" {
				return c.Subject + " " + c.phrase // «Gironde : les incendies ont détruit 6 000 hectares»
			}
			return c.Subject + c.phrase // "Gironde: the fires destroyed 6,000 hectares"
		}
		if tallyMeasure(c.Measure) && c.ValueText != "" {
			// "The court ruled 6-3" gives two claims, told apart: "…
			// ruled 6-3 (6 votes for)", "… (3 votes against)".
			return strings.TrimSpace(c.Subject+" "+c.phrase) + " (" + c.ValueText + " " + c.Measure + ")"
		}
		// "Zorgon will cut 250 jobs", not "Zorgon: 250 jobs".
		return strings.TrimSpace(c.Subject + " " + c.phrase)
	}
	if c.Subject == "" {
		// A figure no entity is named for: its words alone ("population:
		// 7.3%", not " population: 7.3%").
		return strings.TrimLeft(figureLabelIn(c, lang), " :")
	}
	return figureLabelIn(c, lang)
}

// inclusiveBound reports whether a figure's words make it a bound that it
// may equal ("au moins 15", "at least 15", "no fewer than 15", "pas moins
// de 15"), not one it exceeds ("plus de", "more than").
func inclusiveBound(text string) bool {
	f := lexis.Fold(text)
	for _, p := range []string{"au moins", "at least", "pas moins", "no fewer", "no less", "a tout le moins", "starting", "starts", "start", "a partir"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// figureLabelIn writes the label of a claim with a figure.
func figureLabelIn(c *Claim, lang string) string {
	q := qualifierIn(c.Qualifier, lang)
	if c.Qualifier == AtLeast && inclusiveBound(c.ValueText) {
		// "au moins quinze personnes": at least, not more than.
		q = map[bool]string{true: "au moins ", false: "at least "}[lang == "fr"]
	}
	v := FormatValueIn(c.Value, false, lang)
	fr := lang == "fr"
	switch c.Metric {
	case MetricNewUsers:
		if fr {
			return c.Subject + " gagne " + q + v + " de nouveaux utilisateurs"
		}
		return c.Subject + " gains " + q + v + " new users"
	case MetricActiveUsers:
		what := c.What
		if what == "" {
			what = "active users"
		}
		if fr {
			if w := map[string]string{"active users": "utilisateurs actifs", "users": "utilisateurs",
				"daily active users": "utilisateurs actifs par jour", "monthly active users": "utilisateurs actifs par mois"}[what]; w != "" {
				what = w
			} // (else the text's own words: «abonnés mobiles»)
			if c.Value >= 1e6 {
				what = deOrD(what) + what
			}
			return c.Subject + " compte " + q + v + " " + what
		}
		return c.Subject + " has " + q + v + " " + what
	case MetricDownloads:
		if fr {
			if c.Value >= 1e6 {
				return c.Subject + " dépasse " + q + v + " de téléchargements"
			}
			return c.Subject + " dépasse " + q + v + " téléchargements"
		}
		return c.Subject + " passes " + q + v + " downloads"
	case MetricRank:
		to, from := FormatValueIn(c.Value, true, lang), FormatValueIn(c.From, true, lang)
		if c.From > 0 {
			if fr {
				return c.Subject + " passe de la " + from + " à la " + to + " place"
			}
			verb := "climbs"
			if c.From < c.Value {
				verb = "falls"
			}
			return c.Subject + " " + verb + " from " + from + " to " + to + " place"
		}
		if fr {
			switch c.What {
			case "in downloads":
				return c.Subject + " se classe " + to + " des téléchargements"
			case "", "place":
				return c.Subject + " se classe " + to
			}
			return c.Subject + " se classe " + to + " (" + c.What + ")"
		}
		if sup, _, _ := strings.Cut(c.What, " "); superlativeWord(sup) {
			return c.Subject + ": " + to + "-" + c.What // "Harlan Creek: 3rd-largest egg producer"
		}
		if c.What != "" && c.What != "place" {
			return c.Subject + " ranks " + to + " " + c.What
		}
		return c.Subject + " ranks " + to
	}
	v = valueWithUnit(c, v, fr)
	if c.countedIn != "" {
		v += " " + c.countedIn // "Harbor Lines order backlog: 196 ships"
	}
	if c.change != "" && c.whatAfter {
		v = c.change + v // "Central bank gold holdings: −114 t", what the figure counts after it saying no change
	}
	if c.Low > 0 && c.Low < c.Value {
		// "8 000 à 10 000 postes", "$3 billion to $4 billion": the range
		low := valueWithUnit(c, FormatValueIn(c.Low, false, lang), fr)
		if fr {
			v = low + " à " + v
		} else {
			v = low + " to " + v
		}
	}
	sep := ": "
	if fr {
		sep = " : "
	}
	what := withoutSubject(c.Subject, c.What)
	// "will cost", "and", "it will cost": words that say nothing of what
	// the figure is; and "Zorgon lost $38 million", whose words were only
	// the subject's name: the measure says it ("price", "loss").
	measured := false
	measureWord, _, _ := strings.Cut(c.Measure, " (")
	if what != "" && fillerWhat(what) || what == "" && !c.thing && c.What != "" && measureWord != "" && !strings.Contains(lexis.Fold(c.Subject), lexis.Fold(measureWord)) &&
		!strings.Contains(lexis.Fold(c.What), lexis.Fold(measureWord)) {
		what, _, _ = strings.Cut(c.Measure, " (")
		what, measured = strings.TrimSpace(what), true
	}
	if what != c.What {
		cc := *c
		cc.What = what
		cc.whatAfter = cc.whatAfter && !measured
		c = &cc
	}
	if c.What == "" {
		return c.Subject + sep + q + v
	}
	if c.whatAfter {
		return c.Subject + sep + q + v + " " + strings.TrimSpace(c.What)
	}
	if scaleWords[lexis.Fold(c.What)] {
		// "Un séisme : magnitude 6,8", not "Un séisme magnitude : 6,8":
		// a reading on a scale is written with its scale first.
		return c.Subject + sep + q + strings.TrimSpace(c.What) + " " + v
	}
	return c.Subject + " " + strings.TrimSpace(c.What) + sep + q + v
}

// valueWithUnit writes figure v of claim c with its unit, as a person
// reads it in French (fr) or English: "4 milliards $", "$4 billion", "3 %",
// "521 kg".
func valueWithUnit(c *Claim, v string, fr bool) string {
	sign := strings.TrimSuffix(c.Unit, "%")
	switch c.Unit {
	case "$", "€", "£", "C$", "A$", "AU$", "CA$", "NZ$", "HK$", "S$":
		v = WithCents(v)
		if fr {
			return v + " " + c.Unit
		}
		return c.Unit + v
	case "%", "+%", "−%":
		if fr {
			return sign + v + " %"
		}
		return sign + v + "%"
	case "":
		return v
	case "s":
		if c.Value >= 60 && c.Value == float64(int(c.Value)) {
			return clockTime(int(c.Value)) // "2:01:48", as races are timed
		}
		if c.Value >= 60 {
			// "28:54.14": and the hundredths, as a track race is timed
			cents := int(math.Round(c.Value*100)) % 100
			t := clockTime(int(c.Value)) + fmt.Sprintf(".%02d", cents)
			if fr {
				t = strings.Replace(t, ".", ",", 1)
			}
			return t
		}
	case "basis points", "+basis points", "−basis points":
		sign := strings.TrimSuffix(c.Unit, "basis points")
		if fr {
			return sign + v + " points de base"
		}
		return sign + v + " basis points"
	case "points", "+points", "−points":
		sign := strings.TrimSuffix(c.Unit, "points")
		if c.Value == 1 || fr && c.Value < 2 {
			return sign + v + " point" // "0,2 point", "−1 point"
		}
		if w := strings.Fields(lexis.Fold(c.What)); len(w) > 0 && (measureUnits[w[0]] != "" || currencyWords[w[0]]) {
			return sign + v // (the points the what names: "−2 points deducted")
		}
		return sign + v + " points"
	}
	if w := strings.Fields(lexis.Fold(c.What)); len(w) == 0 || measureUnits[w[0]] == "" && !currencyWords[w[0]] && w[0] != lexis.Fold(c.Unit) {
		return v + " " + c.Unit // "521 kg", "9.9 billion yuan" (not "25 years years in prison")
	}
	return v
}

// scaleWords name a scale whose reading is written after them: "magnitude
// 7,5", "catégorie 5", "force 4".
var scaleWords = lexis.SetOf("magnitude", "categorie", "category", "force")

// contextTitles name context events in French.
var contextTitlesFR = map[string]string{
	"outage": "Panne de %s", "founded": "Fondation de %s", "acquired": "Rachat de %s", "launched": "Lancement de %s",
	"attack": "Attaque contre %s", "leak": "Fuite de données chez %s", "ban": "Blocage de %s",
	"ipo": "Entrée en bourse de %s", "fine": "Amende infligée à %s",
}

// contextLabelIn writes the label of an event with no figure.
func contextLabelIn(kind, subj, other, lang string) string {
	if lang == "fr" {
		if kind == "acquired" && other != "" {
			return subj + " racheté par " + other
		}
		if f, ok := contextTitlesFR[kind]; ok {
			return fmt.Sprintf(f, subj)
		}
		return subj + " : " + kind
	}
	switch kind {
	case "acquired":
		if other != "" {
			return subj + " acquired by " + other
		}
		return subj + " acquired"
	case "outage":
		return subj + " outage"
	}
	return subj + " " + eventTitles[kind]
}

// smallArticle writes in lower case the article that opens a label when
// the word after it is no name ("As of April 2008, the cabinet…", not "The
// cabinet"; but "The Hague", «La Poste» keep theirs).
func smallArticle(l string) string {
	for _, a := range []string{"The ", "A ", "An ", "Le ", "La ", "Les ", "L'", "Un ", "Une "} {
		rest, ok := strings.CutPrefix(l, a)
		if !ok || rest == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			return strings.ToLower(a[:1]) + a[1:] + rest
		}
		return l
	}
	return l
}

// eventLabelIn writes an event's label: its lead claim's, with the event's
// figure, after "As of <month>" for an undated figure.
func eventLabelIn(e *Event, lang string) string {
	if c, ok := e.Correction(FieldLabel); ok {
		return c.Corrected // a person's words, the same in every language
	}
	if e.lead == nil {
		return e.Label
	}
	if e.asOf {
		// (the label's article stays small after the date: "As of June
		// 2024, the company has…")
		l := smallArticle(labelBody(e.lead, lang))
		if lang == "fr" {
			return "En " + e.Date.HumanIn("fr") + ", " + l
		}
		return "As of " + e.Date.Human() + ", " + l
	}
	return labelIn(e.lead, lang)
}

// write states the conflict in lang.
func (c *Conflict) write(lang string) {
	fr := lang == "fr"
	articles := func(n int) string {
		if fr {
			if n == 1 {
				return "1 article"
			}
			return fmt.Sprintf("%d articles", n)
		}
		if n == 1 {
			return "1 article"
		}
		return fmt.Sprintf("%d articles", n)
	}
	var parts []string
	for i, p := range c.parts {
		if c.Kind == "attribution" {
			if fr {
				parts = append(parts, fmt.Sprintf("à %s par %s", p.person, articles(p.articles)))
			} else {
				parts = append(parts, fmt.Sprintf("to %s by %s", p.person, articles(p.articles)))
			}
			continue
		}
		v := qualifierIn(p.q, lang) + FormatValueIn(p.value, p.ordinal, lang)
		if i < len(c.Sides) {
			c.Sides[i].Value = v
		}
		switch {
		case p.articles == 1 && p.saidBy != "" && fr:
			parts = append(parts, fmt.Sprintf("%s (selon %s)", v, p.saidBy)) // who gave it says more than "1 article"
		case p.articles == 1 && p.saidBy != "":
			parts = append(parts, fmt.Sprintf("%s (according to %s)", v, p.saidBy))
		default:
			parts = append(parts, fmt.Sprintf("%s (%s)", v, articles(p.articles)))
		}
	}
	switch {
	case c.Kind == ConflictCompatible && fr:
		c.Summary = "Chiffres différents mais compatibles : " + strings.Join(parts, " et ") + "."
	case c.Kind == ConflictCompatible:
		c.Summary = "Different figures, but compatible: " + strings.Join(parts, " and ") + "."
	case c.Kind == "attribution" && fr:
		c.Summary = "Les sources divergent sur l'auteur des propos : attribués " + strings.Join(parts, " et ") + "."
	case c.Kind == "attribution":
		c.Summary = "The sources disagree on who said it: attributed " + strings.Join(parts, " and ") + "."
	case fr:
		c.Summary = "Les sources divergent sur le chiffre : " + strings.Join(parts, " contre ") + "."
	default:
		c.Summary = "The sources disagree on the figure: " + strings.Join(parts, " vs ") + "."
	}
}

// withoutSubject returns what a figure measures without the words of its
// subject the label already says: "Mac sales" and "sales" → "", "Apple" and
// "Apple's bumpers" → "bumpers", "iTunes" and "iTunes" → "".
func withoutSubject(subject, what string) string {
	fs, fw := lexis.Fold(subject), lexis.Fold(strings.TrimSpace(what))
	for _, det := range []string{"le ", "la ", "les ", "l'", "the "} {
		if rest, ok := strings.CutPrefix(fs, det); ok && strings.HasPrefix(fw, rest+" ") {
			// "Le tribunal" and "tribunal a condamné Zorgon": the
			// subject's words without their article.
			if len(subject) > len(det) && strings.EqualFold(subject[:len(det)], det) && strings.HasPrefix(strings.TrimSpace(what), subject[len(det):]) {
				return withoutSubject(subject[len(det):], what)
			}
		}
	}
	switch {
	case fw == "" || fs == "":
		return what
	case strings.HasSuffix(fs, fw):
		return ""
	case allWordsOf(fw, fs):
		return "" // "Starts of single-family homes" and "starts": the subject's own words
	case strings.HasSuffix(fw, " "+fs) && len(strings.Fields(fw))-len(strings.Fields(fs)) <= 2 && !strings.Contains(fw, " of ") && !strings.Contains(fw, " de "):
		return "" // "the new Kindle" for Kindle: the subject itself, with its adjectives
	}
	w := strings.TrimSpace(what)
	for _, of := range []string{" de la ", " de l'", " du ", " des ", " de ", " d'", " of the ", " of "} {
		// "déficit public de la France" for France, "revenue of Zorgon":
		// the measure without the subject it is of.
		if rest, ok := strings.CutSuffix(w, of+subject); ok && rest != "" {
			return rest
		}
	}
	switch {
	case strings.HasPrefix(fw, fs+" ") || strings.HasPrefix(fw, fs+"'s ") || strings.HasPrefix(fw, fs+"’s "):
		w := strings.TrimSpace(what)
		if len(w) < len(subject) || !strings.EqualFold(w[:len(subject)], subject) {
			return what // the same words written otherwise
		}
		rest := w[len(subject):]
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
		return strings.TrimSpace(rest)
	}
	return what
}

// FormatElapsed writes an elapsed time of secs seconds as races are timed
// ("2:01:48", "59:58"), whole seconds, and "" under a minute or for a
// fraction of a second, which read as they are.
func FormatElapsed(secs float64) string {
	if secs < 60 || secs != float64(int(secs)) {
		return ""
	}
	return clockTime(int(secs))
}

// clockTime writes an elapsed time of secs seconds as races are timed:
// "2:01:48", "59:58".
func clockTime(secs int) string {
	h, m, s := secs/3600, secs%3600/60, secs%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%d:%02d", m, s)
}

// superlativeWord reports whether w is an English superlative a rank is
// written with ("largest", "most", "best-selling").
func superlativeWord(w string) bool {
	first, _, _ := strings.Cut(lexis.Fold(w), "-")
	return quantity.GluedSuperlative("first-" + first)
}

// allWordsOf reports whether every word of folded text w is a word of
// folded text s.
func allWordsOf(w, s string) bool {
	in := strings.Fields(s)
	for f := range strings.FieldsSeq(w) {
		if !slices.Contains(in, f) {
			return false
		}
	}
	return true
}

// fillerWhat reports whether every word of a figure's what is a function
// word, a pronoun or a verb of price ("and", "it will cost").
func fillerWhat(what string) bool {
	for w := range strings.FieldsSeq(lexis.Fold(what)) {
		if !labelFillers[w] && moneyVerbs[w] == "" {
			return false
		}
	}
	return true
}

// labelFillers are words that never say what a figure is.
var labelFillers = lexis.SetOf("and", "or", "it", "they", "he", "she", "will", "would", "could", "has", "have", "had", "is", "are",
	"was", "were", "be", "been", "et", "ou", "il", "elle", "ils", "elles", "va", "sera", "seront", "a", "ont", "est", "sont",
	"respectively", "respectivement", "also", "aussi", "then", "puis")

// MeasureWords returns the words of claim c's text its measure was read
// from, as the article writes them ("personnes tuées" for the measure
// "personne tue", "crans" for "cran", "emplois menacés (€)" keeps the
// unit), so that a person reads the measure in its own language with its
// MeasureKey is the key of a measure that the same measure has in either
// language: each word of the measure ("emploi", "job", "poste") stands for
// its concept (lexis.Concept), the unit kept ("~job", "~price ($)"). A
// French and an English figure of jobs share a lane and may be one event.
func MeasureKey(measure string) string {
	m, unit, hasUnit := strings.Cut(measure, " (")
	ws := strings.Fields(m)
	for i, w := range ws {
		if c := lexis.Concept(w); c != "" {
			ws[i] = "~" + c
		}
	}
	key := strings.Join(ws, " ")
	if hasUnit {
		key += " (" + unit
	}
	return key
}

// accents; the measure itself when its words hold no such run.
func MeasureWords(c *Claim) string {
	measure, unit, _ := strings.Cut(c.Measure, " (")
	measure, kind, _ := strings.Cut(measure, ", ") // "poste, attendu": a measure of what was expected
	if kind != "" {
		kind = ", " + kind
	}
	want := strings.Fields(measure)
	if len(want) == 0 {
		return c.Measure
	}
	lang := c.srcLang
	if lang == "" {
		lang = "en"
	}
	// The words the claim is about, else those of its passage ("colloque
	// intitulé" for the measure "colloque intitule"): a person reads the
	// article's words, not the measure's folded key.
	for _, text := range []string{c.What, c.Quote} {
		if run, ok := wordsRun(text, want, lang); ok {
			if unit != "" {
				run += " (" + unit
			}
			return run + kind
		}
	}
	return c.Measure
}

// numberWord reports whether a word of text is all digits and their
// separators ("4", "500", "1,150"): the figure inside a measure's words.
func numberWord(w string) bool {
	w = strings.Trim(w, ",.;:")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '\u202f' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// wordsRun returns the words of text that spell the folded measure words
// want, in order, as the text writes them.
func wordsRun(text string, want []string, lang string) (string, bool) {
	words := strings.Fields(text)
	if len(words) < len(want) {
		return "", false
	}
	// "nombre d'emplois menacés": a word the article elides into the one
	// before is read without its article.
	for i, w := range words {
		for _, ap := range []string{"'", "’"} {
			if before, after, ok := strings.Cut(w, ap); ok && before != "" && len(before) <= 3 && after != "" {
				words[i] = after
			}
		}
	}
	matches := func(w, m string) bool {
		f := lexis.Fold(strings.Trim(w, ",.;:«»\"“”()"))
		return f == m || lemma(f, lang) == m || verbLemma(f, lang) == m || len(m) >= 3 && strings.HasPrefix(f, m) && len(f)-len(m) <= 3
	}
	for i := 0; i+len(want) <= len(words); i++ {
		// (past the small words the measure leaves out: "part de la
		// valeur" for "part valeur")
		k, ok := i, true
		for j, m := range want {
			for j > 0 && k < len(words) && k-i < 2*len(want)+4 && !matches(words[k], m) && (lexis.InSet(lexis.Fold(words[k]), "de", "la", "le", "les", "du", "des", "of", "the", "a", "au", "aux") || numberWord(words[k]) || qualifierWords[lexis.Fold(words[k])]) {
				k++ // (and the figure itself: "suppression de 4 500 emplois" for "suppression emploi")
			}
			if k >= len(words) || !matches(words[k], m) {
				ok = false
				break
			}
			k++
		}
		if ok {
			kept := make([]string, 0, k-i)
			for _, w := range words[i:k] {
				if !numberWord(w) && !qualifierWords[lexis.Fold(w)] {
					kept = append(kept, w) // (not the figure, nor "environ" before it)
				}
			}
			run := strings.Trim(strings.Join(kept, " "), ",.;:«»\"“”()…")
			if r, n := utf8.DecodeRuneInString(run); unicode.IsUpper(r) && (len(run) == n || !unicode.IsUpper([]rune(run[n:])[0])) {
				run = string(unicode.ToLower(r)) + run[n:] // "Emplois menacés" opening its sentence
			}
			return run, true
		}
	}
	return "", false
}
