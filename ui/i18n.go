package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/claimline/claimline/assets"
	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
	"github.com/claimline/claimline/ui/translations"
)

// words returns the timeline's texts in the UI language.
func words() layout.Words {
	w := layout.Words{
		Events:        func(n int) string { return countText(n, "{{.N}} event", "{{.N}} events") },
		Sources:       func(n int) string { return countText(n, "1 source", "{{.N}} sources") },
		Gap:           gapText,
		Metric:        metricTitle,
		Conflict:      lang.L("sources disagree"),
		Imprecise:     lang.L("month or year only"),
		ImpreciseDays: lang.L("day, month or year only"),
		Approx:        lang.L("approximate date"),
		LessSure:      lang.L("less sure"),
		Sure: func(p int) string {
			return lang.L("less sure ({{.Percent}}%): a reading to check against its passages", map[string]any{"Percent": p})
		},
		NoMatch:     lang.L("No event matches the search. Clear it to see every event."),
		LanesHidden: lang.L("Every lane is hidden. Click a lane in the legend to show it."),
		MatchesHidden: func(n int) string {
			return countText(n, "The event that matches is in a hidden lane. Click its lane in the legend to show it.",
				"The {{.N}} events that match are in hidden lanes. Click a lane in the legend to show it.")
		},
		NoSubject:  lang.L("no subject"),
		OtherLanes: func(n int) string { return countText(n, "1 other lane", "{{.N}} other lanes") },
		Measure:    measureName,
	}
	for i, m := range layout.English().Months {
		w.Months[i] = lang.L(m)
	}
	return w
}

// countText writes a count with the singular or plural text, as the UI
// language chooses between them (French counts 0 in the singular); {{.N}}
// is n in both, and data fills any other placeholder.
func countText(n int, one, many string, data ...map[string]any) string {
	d := map[string]any{"N": n}
	if len(data) > 0 {
		for k, v := range data[0] {
			d[k] = v
		}
	}
	if translations.Singular(Language(), n) {
		return lang.L(one, d)
	}
	return lang.L(many, d)
}

// gapText writes the length of a break in days, months or years.
func gapText(days float64) string {
	switch {
	case days >= 730:
		return countText(int(days/365.25+0.5), "1 year", "{{.N}} years")
	case days >= 61:
		return countText(int(days/30.44+0.5), "1 month", "{{.N}} months")
	}
	n := int(days + 0.5)
	if n < 1 {
		n = 1
	}
	return countText(n, "1 day", "{{.N}} days")
}

// measureName names a measure in the UI language when it is the
// program's own words, as it was read otherwise. An event without a
// measure (one whose claims name none) has none: "" is no message to
// look up.
func measureName(m model.Metric, measure string) string {
	if measure != "" && layout.OwnMeasure(m) {
		return lang.L(measure)
	}
	return measure
}

// metricTitle names a metric in the UI language.
func metricTitle(m model.Metric) string { return lang.L(m.Title()) }

// matchStatus writes "7 of 23 events match".
func matchStatus(matching, total int) string {
	return countText(matching, "{{.Matching}} of {{.Total}} events matches", "{{.Matching}} of {{.Total}} events match",
		map[string]any{"Matching": matching, "Total": total})
}

// windowTitle is "Claimline — <set name>" in the UI language (see
// setName); "Claimline" before a set is open.
func windowTitle(t *model.Timeline) string {
	if t == nil || t.Name == "" {
		return "Claimline"
	}
	return lang.L("Claimline — {{.Set}}", map[string]any{"Set": setName(t)})
}

// setName is the name of an article set as the UI writes it: the embedded
// set's name translated; a set of several paths by the folder that holds
// them and its count of articles ("wikinews-fr (6 articles)"), or its first
// path and the count of the others; a folder's or a file's name as it is.
func setName(t *model.Timeline) string {
	n := t.NameParts
	switch {
	case t.Name == assets.ArticlesName:
		return lang.L(assets.ArticlesName)
	case n.Articles > 0:
		return countText(n.Articles, "{{.Folder}} (1 article)", "{{.Folder}} ({{.N}} articles)", map[string]any{"Folder": n.Base})
	case n.More > 0:
		return countText(n.More, "{{.First}} and 1 more", "{{.First}} and {{.N}} more", map[string]any{"First": n.Base})
	}
	return t.Name
}

// shortcutText writes a shortcut for a person ("Ctrl+O").
func shortcutText(s fyne.KeyboardShortcut) string {
	mod := ""
	m := s.Mod()
	if m&fyne.KeyModifierControl != 0 {
		mod += "Ctrl+"
	}
	if m&fyne.KeyModifierSuper != 0 {
		mod += "Cmd+"
	}
	if m&fyne.KeyModifierShift != 0 {
		mod += "Shift+"
	}
	if m&fyne.KeyModifierAlt != 0 {
		mod += "Alt+"
	}
	return mod + string(s.Key())
}
