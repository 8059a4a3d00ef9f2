package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/model/lexis"
)

// folded is a text folded for matching (lexis.Fold, soft hyphens removed,
// runs of spaces made one space) with, for each byte of the folded text, the
// offsets in the original where the rune it belongs to starts and ends.
type folded struct {
	s          string
	start, end []int
}

// foldText folds s and keeps the way back to its offsets.
func foldText(s string) folded {
	f := lexis.Fold(s) // one rune for one rune
	var b strings.Builder
	b.Grow(len(f))
	start := make([]int, 0, len(f))
	end := make([]int, 0, len(f))
	space := true // drop leading spaces
	i := 0        // byte offset in s
	for _, r := range f {
		_, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u00ad' || r == '\u200b':
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				start, end = append(start, i), append(end, i+n)
			}
			space = true
		default:
			w := b.Len()
			b.WriteRune(r)
			for k := w; k < b.Len(); k++ {
				start, end = append(start, i), append(end, i+n)
			}
			space = false
		}
		i += n
	}
	out := strings.TrimSuffix(b.String(), " ")
	return folded{s: out, start: start[:len(out)], end: end[:len(out)]}
}

// norm folds s for comparison, without keeping offsets.
func norm(s string) string { return foldText(s).s }

// spans returns the spans of the original text where the folded needle
// occurs.
func (f folded) spans(needle string) []model.Span {
	if needle == "" {
		return nil
	}
	var out []model.Span
	for from := 0; from <= len(f.s)-len(needle); {
		i := strings.Index(f.s[from:], needle)
		if i < 0 {
			break
		}
		i += from
		out = append(out, model.Span{Start: f.start[i], End: f.end[i+len(needle)-1]})
		from = i + 1
	}
	return out
}

// hasWord reports whether the folded text s holds w (folded, one or more
// words) as whole words.
func hasWord(s, w string) bool {
	if w == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isWordByte(s, i-1, true)) && (j == len(s) || !isWordByte(s, j, false)) {
			return true
		}
		from = i + 1
	}
}

// isWordByte reports whether the rune ending (before) or starting at i is a
// letter or digit.
func isWordByte(s string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// words splits a folded text into its words (letters and digits).
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' })
}

// metricWords names a metric in words, for the measure of a claim that has
// no Measure of its own.
var metricWords = map[model.Metric]string{
	model.MetricNewUsers:    "new users",
	model.MetricActiveUsers: "active users",
	model.MetricDownloads:   "downloads",
	model.MetricRank:        "rank",
}

// measureText is what the program says a claim counts, as the what_keys test
// reads it: Claim.Measure when set, else Claim.What and the metric's name;
// for an event (no figure) its Label and What. It is the one place to change
// when Claim learns more about its measure.
func measureText(c *model.Claim) string {
	if !c.HasValue {
		return strings.TrimSpace(c.Label + " " + c.What)
	}
	if c.Measure != "" {
		return c.Measure
	}
	return strings.TrimSpace(c.What + " " + metricWords[c.Metric])
}

// closedWords are words that, alone or together, never name an entity:
// function words of French and English, months, weekdays, time zones and
// units. A subject made only of them is not an entity.
var closedWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		// French function words and pronouns.
		`le la les l un une des de du d au aux a à et ou ni mais donc or car que qu qui quoi dont où ce cet cette ces
		 se sa son ses leur leurs lui elle elles il ils on nous vous je tu me te y en ne pas plus moins très
		 pour par sur sous dans avec sans entre vers chez depuis pendant selon contre après avant lors dès
		 celui celle ceux celles cela ça ceci tout tous toute toutes autre autres même chaque plusieurs
		 est sont été être avoir ont a fait`,
		// English function words and pronouns.
		`the a an and or nor but of to in on at by for from with without into onto over under about
		 this that these those it its it's they them their he him his she her we us our you your i me my
		 who whom whose which what where when there here some any each every all both other another such
		 is are was were be been has have had do does did not no more less than as so also`,
		// Months, full and abbreviated, in both languages.
		`janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
		 january february march april may june july august september october november december
		 jan feb mar apr jun jul aug sep sept oct nov dec janv févr fevr avr juil déc`,
		// Weekdays.
		`lundi mardi mercredi jeudi vendredi samedi dimanche
		 monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun`,
		// Time words that are not entities.
		`hier aujourd aujourd'hui demain matin soir nuit semaine mois année annee an ans jour jours heure heures
		 yesterday today tomorrow morning evening night week month year years day days hour hours`,
		// Time zones.
		`utc gmt cet cest est edt pst pdt cst cdt mst mdt bst ist jst aest heure-locale`,
		// Units and currencies.
		`% pour-cent pourcent percent per cent pct point points km km/h kmh m mm cm kg g t tonne tonnes ton tons
		 l litre litres liter liters mile miles mph kb mb gb tb ko mo go kw mw gw kwh mwh gwh gev mev tev ev hz mhz ghz
		 h euro euros eur dollar dollars usd livre livres gbp pound pounds yen yens jpy franc francs chf
		 million millions milliard milliards billion billions trillion thousand mille`,
	} {
		for _, w := range strings.Fields(list) {
			m[lexis.Fold(w)] = true
		}
	}
	return m
}()

// nonEntity reports whether a program's subject cannot name an entity: empty,
// or made only of function words, months, weekdays, time words, time zones,
// units and numbers.
func nonEntity(subject string) bool {
	ws := words(norm(subject))
	for _, w := range ws {
		if closedWords[w] {
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			continue // a bare number
		}
		return false
	}
	return true
}

// jointMarks separate the members of a joint subject ("Airbus and Boeing").
var jointMarks = []string{" and ", " et ", " & ", ", "}

// subjectAgrees reports whether the program's subject names the gold one:
// folded, it equals or contains the gold subject or an alias, or it is
// contained in one as a whole word; a member cut out of a joint gold subject
// ("Airbus" for "Airbus and Boeing") does not name it.
func subjectAgrees(prog string, g *Gold) bool {
	p := norm(prog)
	if p == "" || nonEntity(prog) {
		return false
	}
	for _, name := range append([]string{g.Subject}, g.SubjectAliases...) {
		n := norm(name)
		if n == "" {
			continue
		}
		if p == n || hasWord(p, n) {
			return true
		}
		if hasWord(n, p) && !isJoint(n) {
			return true
		}
	}
	return false
}

func isJoint(n string) bool {
	for _, m := range jointMarks {
		if strings.Contains(n, m) {
			return true
		}
	}
	return false
}

// measureAgrees reports whether one of the gold's what_keys stems occurs in
// the program's measure.
func measureAgrees(c *model.Claim, g *Gold) bool {
	m := norm(measureText(c))
	for _, k := range g.WhatKeys {
		if k = norm(k); k != "" && strings.Contains(m, k) {
			return true
		}
		// A key is a stem: a plural written as one ("sales", "seats")
		// names the singular a measure is written in ("sale (%)").
		if s, ok := strings.CutSuffix(k, "s"); ok && len(s) >= 4 && !strings.HasSuffix(s, "s") && strings.Contains(m, s) {
			return true
		}
	}
	return false
}
