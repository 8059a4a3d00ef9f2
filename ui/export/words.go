package export

import (
	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
	"github.com/claimline/claimline/ui/translations"
)

// Languages are the codes Options.Lang accepts: the image's texts, dates
// and month names are written in one of them.
var Languages = [...]string{"en", "fr"}

// words writes an image's texts in one language: its own (subtitle,
// messages, footnotes) and the layout's (legend, axis, breaks, clusters).
type words struct {
	lang   string // "en" or "fr", for model.Date.HumanIn
	tr     translations.Text
	layout layout.Words
}

// wordsFor returns the words of language lang; any language but French
// writes English.
func wordsFor(lang string) words {
	if lang != "fr" {
		lang = "en"
	}
	tr := translations.For(lang)
	w := words{lang: lang, tr: tr}
	w.layout = layout.Words{
		Events:        func(n int) string { return tr.N(n, "{{.N}} event", "{{.N}} events") },
		Sources:       func(n int) string { return tr.N(n, "1 source", "{{.N}} sources") },
		Gap:           w.gap,
		Metric:        func(m model.Metric) string { return tr.L(m.Title()) },
		Conflict:      tr.L("sources disagree"),
		Imprecise:     tr.L("month or year only"),
		ImpreciseDays: tr.L("day, month or year only"),
		Approx:        tr.L("approximate date"),
		LessSure:      tr.L("less sure"),
		Measure: func(m model.Metric, measure string) string {
			if layout.OwnMeasure(m) {
				return tr.L(measure)
			}
			return measure
		},
	}
	for i, m := range layout.English().Months {
		w.layout.Months[i] = tr.L(m)
	}
	return w
}

// L translates an English text (see translations.Text.L).
func (w words) L(key string, data ...any) string { return w.tr.L(key, data...) }

// N writes a count with the singular or plural text.
func (w words) N(n int, one, many string, data ...map[string]any) string {
	return w.tr.N(n, one, many, data...)
}

// date writes a date as a person reads it in the image's language.
func (w words) date(d model.Date) string { return d.HumanIn(w.lang) }

// setName is the name of article set t in the image's language, as the
// window's title writes it: the embedded set's name translated; a set of
// several paths by the folder that holds them and its count of articles,
// or its first path and the count of the others; a folder's or a file's
// name as it is.
func (w words) setName(t *model.Timeline) string {
	n := t.NameParts
	switch {
	case t.Name == assets.ArticlesName:
		return w.L(t.Name)
	case n.Articles > 0:
		return w.N(n.Articles, "{{.Folder}} (1 article)", "{{.Folder}} ({{.N}} articles)", map[string]any{"Folder": n.Base})
	case n.More > 0:
		return w.N(n.More, "{{.First}} and 1 more", "{{.First}} and {{.N}} more", map[string]any{"First": n.Base})
	}
	return t.Name
}

// gap writes the length of a break in days, months or years.
func (w words) gap(days float64) string {
	switch {
	case days >= 730:
		return w.N(int(days/365.25+0.5), "1 year", "{{.N}} years")
	case days >= 61:
		return w.N(int(days/30.44+0.5), "1 month", "{{.N}} months")
	}
	return w.N(max(1, int(days+0.5)), "1 day", "{{.N}} days")
}
