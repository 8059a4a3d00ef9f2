package timex

import "testing"

func TestSession49DateReadings(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2024-03-14", "She said supplies from a second plant would cover most of the shortfall by the end of May.", "2024-05-21/2024-05-31"},
		{"en", "2024-03-14", "She said supplies from a second plant in Ireland would cover \"most\" of the shortfall by the end of May.", "2024-05-21/2024-05-31"},
		{"en", "2024-03-14", "The chief executive told analysts on a conference call on Wednesday. She said supplies from a second plant would cover most of the shortfall by the end of May.", "2024-05-21/2024-05-31"},
	})
}

func TestSession49TodayInAName(t *testing.T) {
	for _, text := range []string{"\"We are seeing queues,\" he told BBC Midlands Today.", "She told the Today programme that queues were long.", "USA Today reported the figure."} {
		if ds := FindDates(text, "en", Day(2026, 4, 8)); len(ds) > 0 {
			t.Errorf("%q: %q read as a date", text, ds[0].Text)
		}
	}
	runDateReadings(t, []dateReading{
		{"en", "2026-04-08", "Queues grew. Today, clinics opened late.", "2026-04-08"},
		{"en", "2026-04-08", "Clinics opened late today.", "2026-04-08"},
	})
}

func TestSession49CalendarPresent(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-08-27", "The transfer window closes on Monday at 7 p.m.", "2026-08-31T19:00"},
		{"en", "2026-08-27", "The bridge reopens on Monday.", "2026-08-31"},
		{"en", "2026-08-27", "The bridge closed on Monday.", "2026-08-24"},
	})
}

func TestSession49YearsCombined(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Glaciers lost about 10% of their ice volume in 2022 and 2023 combined, the fastest decline."},
		{"fr", "Les glaciers ont perdu 10 % de leur volume en 2022 et 2023 cumulées."},
	} {
		if ds := FindDates(c.text, c.lang, Day(2025, 2, 7)); len(ds) != 2 || ds[1].Date.String() != "2023" {
			t.Errorf("%q: %d dates, want 2022 and 2023", c.text, len(ds))
		}
	}
}

func TestSession49CurrentPeriod(t *testing.T) {
	runDateReadings(t, []dateReading{
		{"en", "2026-02-05", "He said the company expects revenue of $5.9 billion to $6.1 billion for the current quarter.", "2026-01/2026-03"},
		{"en", "2026-05-05", "Sales should rise this quarter.", "2026-04/2026-06"},
		{"fr", "2026-05-05", "Le groupe vise une marge de 8 % sur le trimestre en cours.", "2026-04/2026-06"},
		{"fr", "2026-05-05", "Le groupe vise une marge de 8 % sur l'année en cours.", "2026"},
		{"en", "2026-05-05", "The group expects a margin of 8% in the current year.", "2026"},
	})
}
