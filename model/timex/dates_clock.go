package timex

import (
	"github.com/claimline/claimline/model/claim"
	"strings"
	"time"

	"github.com/claimline/claimline/model/lexis"
)

// partsOfDay maps the words for a part of a day to TimeML's codes.
var partsOfDay = map[string]string{"matin": "MO", "matinee": "MO", "apres-midi": "AF", "soir": "EV", "soiree": "EV",
	"nuit": "NI", "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

// clockWords are the words of a clock time a date expression may hold.
var clockWords = lexis.SetOf("midi", "minuit", "noon", "midnight", "h", "heure", "heures", "am", "pm", "vers", "around")

// noClockBefore are the words after which "18 h" counts hours ("en 24 h",
// "pendant 18 heures", "il y a 3 h") rather than telling the time.
var noClockBefore = lexis.SetOf("en", "pendant", "durant", "sur", "dans", "depuis", "a", "les", "ces", "des", "of", "for",
	"in", "within", "over", "plus", "moins", "environ", "than", "about", "some", "toutes", "tous", "every", "each", "last", "derniere", "dernieres")

// matchClock: "18 h", "21 h 45", "18h30", "à 18 heures", "vers midi",
// "minuit", "8 PM", "8:30 p.m.", "20:30", "at noon".
func matchClock(toks []lexis.Token, i int, lang string, out *DateExpr) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	e := newExpr(DateClock)
	prev := lexis.FoldAt(toks, i-1)
	switch {
	case lexis.InSet(t.Fold, "midi", "noon", "minuit", "midnight"):
		// "le Midi" is the South of France: the time only after a word of time.
		if !lexis.InSet(prev, "a", "vers", "avant", "apres", "des", "jusqu'a", "at", "around", "by", "before", "after", "until", "from", "de", "hier", "ce", "demain", ",") {
			return false
		}
		e.hour, e.minute, e.end = 12, 0, i+1
		if t.Fold == "minuit" || t.Fold == "midnight" {
			e.hour = 0
		}
		return out.set(e)
	case t.Kind != lexis.Number || len(t.Text) > 2:
		return false
	}
	h := atoi(t.Text)
	if h > 24 || noClockBefore[prev] && !(prev == "a" && lang != "en") {
		return false
	}
	if i >= 2 && toks[i-1].Text == ":" && !toks[i-1].Space && toks[i-2].Kind == lexis.Number && !t.Space {
		return false // "in 1:03:55", "2:05:42": a race's time, its minutes and seconds no clock's
	}
	if i+4 < len(toks) && toks[i+1].Text == ":" && toks[i+3].Text == ":" && !toks[i+3].Space && toks[i+4].Kind == lexis.Number && !toks[i+4].Space {
		return false // ("1:03:55": hours, minutes and seconds of a race)
	}
	if prev == "a" && lang == "en" {
		return false // "a 24 h period"
	}
	j := i + 1
	suffix := t.Suffix()
	switch {
	case suffix == "h" || suffix == "am" || suffix == "pm":
		// "18h", "18h30", "8pm".
		if suffix == "pm" && h < 12 {
			h += 12
		} else if suffix == "am" && h == 12 {
			h = 0
		}
		e.hour = h
		if suffix == "h" {
			if m, ok := minutesAt(toks, j); ok {
				e.minute, j = m, j+1
			}
		}
	case suffix != "":
		return false
	case lexis.InSet(lexis.FoldAt(toks, j), "h", "heures", "heure"):
		// "21 h 45", "18 heures 30"; "18 heures" alone only after a word of time.
		if lexis.FoldAt(toks, j) != "h" && !lexis.InSet(prev, "a", "vers", "des", "avant", "apres", "jusqu'a", "de", "hier", "ce", "demain") {
			return false
		}
		e.hour, j = h, j+1
		if m, ok := minutesAt(toks, j); ok {
			e.minute, j = m, j+1
		}
	case lexis.FoldAt(toks, j) == ":" && !toks[j].Space && j+1 < len(toks) && !toks[j+1].Space:
		// "20:30", "8:30 p.m.".
		m, ok := minutesAt(toks, j+1)
		if !ok || len(toks[j+1].Text) != 2 {
			return false
		}
		e.hour, e.minute, j = h, m, j+2
		if pm, k := meridiemAt(toks, j); k > j {
			if pm && e.hour < 12 {
				e.hour += 12
			}
			j = k
		}
	default:
		// "8 PM", "8 p.m.".
		pm, k := meridiemAt(toks, j)
		if k == j || h > 12 {
			return false
		}
		if pm && h < 12 {
			h += 12
		} else if !pm && h == 12 {
			h = 0
		}
		e.hour, j = h, k
	}
	if e.hour > 24 {
		return false
	}
	e.end = j
	return out.set(e)
}

// minutesAt reads a two-digit count of minutes at token i.
func minutesAt(toks []lexis.Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != lexis.Number || len(toks[i].Text) != 2 || toks[i].Suffix() != "" {
		return 0, false
	}
	m := atoi(toks[i].Text)
	return m, m < 60
}

// meridiemAt reads "PM", "p.m.", "am", "a.m." at token i; it returns whether
// it is after noon and the index after it (i when there is none).
func meridiemAt(toks []lexis.Token, i int) (bool, int) {
	switch w := lexis.FoldAt(toks, i); {
	case w == "am" || w == "pm":
		return w == "pm", i + 1
	case (w == "a" || w == "p") && lexis.FoldAt(toks, i+1) == "." && lexis.FoldAt(toks, i+2) == "m" && toks[i].Text != "A":
		end := i + 3
		if lexis.FoldAt(toks, end) == "." && !toks[end].Space {
			end++
		}
		return w == "p", end
	}
	return false, i
}

// dayLevel reports whether e names one day, which a part of the day or a
// clock time can narrow.
func dayLevel(e *DateExpr) bool {
	switch e.rel {
	case "today", "yesterday", "tomorrow", "day-before", "day-after":
		return true
	case "":
		return e.Kind != DateDuration && e.Kind != DateRange && e.Kind != DateClock && (e.day > 0 || e.weekday >= 0)
	}
	return false
}

// setPartOfDay marks e with the part of the day its last word names
// ("hier soir", "lundi matin", "tonight"), or takes in the word after it
// ("hier après-midi", "dimanche après-midi").
func setPartOfDay(toks []lexis.Token, e *DateExpr) {
	if !dayLevel(e) {
		return
	}
	if pod, ok := partsOfDay[lexis.FoldAt(toks, e.end-1)]; ok {
		e.PartOfDay = pod
		return
	}
	if pod, ok := partsOfDay[lexis.FoldAt(toks, e.end)]; ok && e.end < len(toks) && !toks[e.end].Upper() {
		e.PartOfDay = pod
		e.end++
	}
}

// anchorClocks gives each clock time the day it falls on: the nearest day
// of its sentence, else the last day named before it (in out, else in
// before: the passages read earlier), else the reference.
func anchorClocks(text string, out, before []DateExpr, ref Date) {
	for k := range out {
		c := &out[k]
		if c.Kind != DateClock {
			continue
		}
		day, why := Date{}, ""
		for _, step := range []int{-1, 1} {
			for m := k + step; m >= 0 && m < len(out) && day.IsZero(); m += step {
				a, b := out[m].Span, c.Span
				if step > 0 {
					a, b = b, a
				}
				if sentenceBetween(text, a.End, b.Start) {
					break
				}
				if d := out[m].Date; out[m].Kind != DateClock && !d.Range && d.Precision == claim.PrecisionDay {
					day, why = d, "sentence"
				}
			}
		}
		for m := k - 1; m >= 0 && day.IsZero(); m-- {
			if d := out[m].Date; out[m].Kind != DateClock && !d.Range && d.Precision == claim.PrecisionDay {
				day, why = d, "previous"
			}
		}
		for m := len(before) - 1; m >= 0 && day.IsZero(); m-- {
			// "…ont essuyé des coups de feu dimanche après-midi. A 20 h,
			// deux nouvelles rames…": the day the story is at.
			if d := before[m].Date; before[m].Kind != DateClock && !d.Range && d.Precision == claim.PrecisionDay {
				day, why = d, "previous"
			}
		}
		if day.IsZero() && ref.Precision == claim.PrecisionDay {
			day, why = ref, "publication"
		}
		if day.IsZero() {
			continue
		}
		t := day.Start.Add(time.Duration(c.hour)*time.Hour + time.Duration(c.minute)*time.Minute)
		c.Date = Date{Start: t, End: t, Precision: claim.PrecisionHour}
		c.AnchorDate, c.Anchor = day, why
		c.Relative = true
		c.Direction = dateDirection(c, ref)
	}
}

// sentenceBetween reports whether a sentence ends in text[a:b].
func sentenceBetween(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	s := text[a:b]
	return strings.ContainsAny(s, "!?\n") || strings.Contains(s, ". ")
}
