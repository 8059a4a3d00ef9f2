package export

import (
	"sort"
	"time"

	"github.com/claimline/claimline/model"
)

// sampleTimeline is a small hand-made timeline: three articles, events of
// every kind, a conflict, an imprecise date and a long empty stretch.
func sampleTimeline() *model.Timeline {
	arts := []*model.Article{
		{Name: "a.txt", Title: "Telegram dépasse les 70 millions de nouveaux utilisateurs", Source: "Le Monde", Published: model.Day(2021, time.October, 5)},
		{Name: "b.txt", Title: "Panne géante de Facebook : Telegram en profite", Published: model.Day(2021, time.October, 6)},
		{Name: "c.txt", Title: "Telegram, l’application qui monte", Published: model.MonthOf(2021, time.October)},
	}
	src := func(a int) model.Source {
		return model.Source{Article: arts[a].Name, Title: arts[a].Title, Quote: "…"}
	}
	ev := func(id string, d model.Date, m model.Metric, label string, srcs ...int) model.Event {
		e := model.Event{ID: id, Date: d, Subject: "Telegram", Metric: m, Label: label}
		for _, s := range srcs {
			e.Sources = append(e.Sources, src(s))
		}
		return e
	}
	events := []model.Event{
		ev("e1", model.YearOf(2013), model.MetricEvent, "Telegram launched by Pavel Durov", 2),
		ev("e2", model.MonthOf(2021, time.January), model.MetricNewUsers, "25 million new users in 72 hours", 1, 2),
		ev("e3", model.Day(2021, time.October, 4), model.MetricEvent, "Facebook, WhatsApp and Instagram down for six hours", 0, 1, 2),
		ev("e4", model.Day(2021, time.October, 4), model.MetricNewUsers, "Telegram: 70 million new users during the outage", 0, 1),
		ev("e5", model.Day(2021, time.October, 5), model.MetricActiveUsers, "Telegram: more than 1 billion downloads", 0),
		ev("e6", model.Day(2021, time.October, 5), model.MetricRank, "Telegram 5th most downloaded app in the US (from 56th)", 1),
		ev("e7", model.MonthOf(2021, time.September), model.MetricActiveUsers, "500 million monthly active users", 2),
	}
	events[3].Conflicts = []model.Conflict{{Kind: model.ConflictValue, Summary: "70 million vs 50 million"}}
	// Keep date order, as a Timeline does.
	sort.SliceStable(events, func(a, b int) bool { return events[a].Date.Compare(events[b].Date) < 0 })
	return &model.Timeline{Name: "Telegram, October 2021 (sample)", Articles: arts, Events: events}
}
