package timeline

import (
	"testing"
	"time"

	"github.com/claimline/claimline/model"
	"github.com/claimline/claimline/ui/layout"
)

func TestSpanText(t *testing.T) {
	q3 := model.Between(model.MonthOf(2023, time.July), model.MonthOf(2023, time.September))
	tests := []struct {
		name  string
		dates []model.Date
		want  string
	}{
		{"quarter and a month in it", []model.Date{q3, model.MonthOf(2023, time.August)}, "Jul 2023 – Sep 2023"},
		{"two days", []model.Date{model.Day(2021, time.October, 4), model.Day(2021, time.October, 5)}, "4–5 Oct 2021"},
		{"one day twice", []model.Date{model.Day(2021, time.October, 4), model.Day(2021, time.October, 4)}, "4 Oct 2021"},
		{"a year and a day", []model.Date{model.YearOf(2013), model.Day(2021, time.October, 4)}, "2013 – 4 Oct 2021"},
	}
	for _, tc := range tests {
		if got := SpanText(tc.dates, layout.English()); got != tc.want {
			t.Errorf("%s: SpanText = %q, want %q", tc.name, got, tc.want)
		}
	}
}
