package layout

import (
	"fmt"
	"math"

	"github.com/claimline/claimline/model"
)

// Words are the texts a layout writes, so that the screen can show them in
// the user's language. Any nil function or empty month falls back to English.
type Words struct {
	// Months are the short month names, January first.
	Months [12]string
	// Events names a cluster of n events ("12 events").
	Events func(n int) string
	// Sources names the number of supporting articles ("3 sources").
	Sources func(n int) string
	// Gap names the length of a compressed empty stretch ("7 years").
	Gap func(days float64) string
	// Metric names a metric in the legend.
	Metric func(m model.Metric) string
	// Conflict explains the conflict badge in the legend.
	Conflict string
	// Imprecise explains the bars of dates wider than a day (a week, a
	// month, a year, a range): "month or year only". ImpreciseDays says
	// the same when day-only dates are drawn as bars over their day too,
	// at hour zoom: "day, month or year only".
	Imprecise, ImpreciseDays string
	// Approx explains the hollow marks of approximate days and hours
	// ("around 4 October"): "approximate date".
	Approx string
	// LessSure explains the light markers of less sure events in the
	// legend; Sure says in a tooltip how sure a less sure event's reading
	// is, from its confidence in percent.
	LessSure string
	Sure     func(percent int) string
	// NoMatch says that the query matches no event, LanesHidden that
	// every lane is hidden, and MatchesHidden that the n events the query
	// matches are all in hidden lanes; each says how to get them back.
	NoMatch       string
	LanesHidden   string
	MatchesHidden func(n int) string
	// NoSubject names the lane of events without a subject.
	NoSubject string
	// OtherLanes names the lane that holds n folded lanes ("5 other lanes").
	OtherLanes func(n int) string
	// Measure names the lane of a measure: the program's own words for a
	// metric it knows ("new users", "rank", see OwnMeasure) in the
	// language of the other words, any other measure as its article wrote
	// it.
	Measure func(m model.Metric, measure string) string
}

// OwnMeasure reports whether a claim of metric m counts a measure named
// by the program in its own (English) words rather than by the article:
// the measures of the metrics it knows, new and active users, downloads
// and ranks.
func OwnMeasure(m model.Metric) bool {
	switch m {
	case model.MetricNewUsers, model.MetricActiveUsers, model.MetricDownloads, model.MetricRank:
		return true
	}
	return false
}

// English returns the English words.
func English() Words {
	return Words{
		Months: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		Events: func(n int) string { return fmt.Sprintf("%d events", n) },
		Sources: func(n int) string {
			if n == 1 {
				return "1 source"
			}
			return fmt.Sprintf("%d sources", n)
		},
		Gap:           EnglishGap,
		Metric:        func(m model.Metric) string { return m.Title() },
		Conflict:      "sources disagree",
		Imprecise:     "month or year only",
		ImpreciseDays: "day, month or year only",
		Approx:        "approximate date",
		LessSure:      "less sure",
		Sure: func(p int) string {
			return fmt.Sprintf("less sure (%d%%): a reading to check against its passages", p)
		},
		NoMatch:     "No event matches the search. Clear it to see every event.",
		LanesHidden: "Every lane is hidden. Click a lane in the legend to show it.",
		MatchesHidden: func(n int) string {
			if n == 1 {
				return "The event that matches is in a hidden lane. Click its lane in the legend to show it."
			}
			return fmt.Sprintf("The %d events that match are in hidden lanes. Click a lane in the legend to show it.", n)
		},
		NoSubject:  "no subject",
		OtherLanes: func(n int) string { return fmt.Sprintf("%d other lanes", n) },
		Measure:    func(_ model.Metric, measure string) string { return measure },
	}
}

// EnglishGap writes a duration in days as "3 days", "9 months" or "7 years".
func EnglishGap(d float64) string {
	n, unit := gapUnits(d)
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// gapUnits rounds a duration in days to a count of days, months or years.
func gapUnits(d float64) (int, string) {
	switch {
	case d >= 730:
		return int(math.Round(d / 365.25)), "year"
	case d >= 61:
		return int(math.Round(d / 30.44)), "month"
	}
	return int(math.Max(1, math.Round(d))), "day"
}

// WithDefaults returns w with what it leaves empty filled from English.
func (w Words) WithDefaults() Words {
	e := English()
	for i, m := range w.Months {
		if m == "" {
			w.Months[i] = e.Months[i]
		}
	}
	if w.Events == nil {
		w.Events = e.Events
	}
	if w.Sources == nil {
		w.Sources = e.Sources
	}
	if w.Gap == nil {
		w.Gap = e.Gap
	}
	if w.Metric == nil {
		w.Metric = e.Metric
	}
	if w.Conflict == "" {
		w.Conflict = e.Conflict
	}
	if w.Imprecise == "" {
		w.Imprecise = e.Imprecise
	}
	if w.ImpreciseDays == "" {
		w.ImpreciseDays = e.ImpreciseDays
	}
	if w.Approx == "" {
		w.Approx = e.Approx
	}
	if w.LessSure == "" {
		w.LessSure = e.LessSure
	}
	if w.Sure == nil {
		w.Sure = e.Sure
	}
	if w.NoMatch == "" {
		w.NoMatch = e.NoMatch
	}
	if w.LanesHidden == "" {
		w.LanesHidden = e.LanesHidden
	}
	if w.MatchesHidden == nil {
		w.MatchesHidden = e.MatchesHidden
	}
	if w.NoSubject == "" {
		w.NoSubject = e.NoSubject
	}
	if w.OtherLanes == nil {
		w.OtherLanes = e.OtherLanes
	}
	if w.Measure == nil {
		w.Measure = e.Measure
	}
	return w
}
