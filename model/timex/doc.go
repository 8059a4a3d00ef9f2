// Package timex finds the time expressions of French and English text and
// resolves them to dates: calendar dates, partial and relative ones ("lundi",
// "hier soir", "il y a trois jours", "last year"), ranges, durations, clock
// times, periods and seasons, frequencies and references to a time
// ("actuellement", "recently"), each with its span, kind, precision,
// direction and the date it was resolved against (FindDates, DateExpr).
//
// A Date is a calendar date with its precision (hour, day, week, month,
// quarter, half-year, year) or a range of them, never a bare time.Time.
//
// It imports model/lexis (tokens, the lexicon, the verbs that report speech,
// which tell the tense of a date's clause), model/quantity (number words and
// units of time) and model/claim (the Date value); package model dates
// claims with it.
package timex
