package layout

import (
	"fmt"
	"math"
	"time"

	"github.com/claimline/claimline/model"
)

// Tick is a mark on the time axis with its label.
type Tick struct {
	// X is where the tick sits; Time is the instant it marks.
	X    float32
	Time time.Time
	// Label is the text under the tick, "" when it was left out to avoid
	// overlapping its neighbour; LabelX is the label's left edge and LabelW
	// its width (the label's top is Layout.TickLabelY).
	Label  string
	LabelX float32
	LabelW float32
	// Major marks the start of a year (or of a coarser unit than the step:
	// of a day between hours).
	Major bool
	// Context is true for a label that names an isolated stretch in which no
	// regular tick falls (for example "2013" for a lone year-only event); it
	// sits under the stretch's first event.
	Context bool
}

// Unit is the calendar unit between two ticks.
type Unit int

// The tick units, finest first.
const (
	Hour Unit = iota
	Day
	Month
	Year
)

// step is a tick interval: n units.
type step struct {
	unit Unit
	n    int
	days float64 // approximate length
}

// steps are the tick intervals, finest first.
var steps = []step{
	{Hour, 1, 1.0 / 24}, {Hour, 3, 3.0 / 24}, {Hour, 6, 0.25}, {Hour, 12, 0.5},
	{Day, 1, 1}, {Day, 2, 2}, {Day, 7, 7}, {Day, 14, 14},
	{Month, 1, 30.44}, {Month, 3, 91.3}, {Month, 6, 182.6},
	{Year, 1, 365.25}, {Year, 2, 730.5}, {Year, 5, 1826}, {Year, 10, 3652}, {Year, 20, 7305}, {Year, 50, 18262}, {Year, 100, 36525},
}

// minUnit returns the finest tick unit a stretch of events at precision p may
// show: the axis never claims more precision than the events it carries
// (the days of a stretch of months), but a stretch of days zoomed into
// shows its hours, so that a deep zoom keeps its bearings.
func minUnit(p model.Precision) Unit {
	switch p {
	case model.PrecisionYear:
		return Year
	case model.PrecisionMonth:
		return Month
	}
	return Hour
}

// pickStep returns the finest step whose ticks are at least space pixels
// apart at pxPerDay.
func pickStep(pxPerDay float64, space float32) step {
	for _, s := range steps {
		if s.days*pxPerDay >= float64(space) {
			return s
		}
	}
	return steps[len(steps)-1]
}

// coarsen returns st, or the finest step of at least unit u when st is finer.
func coarsen(st step, u Unit) step {
	if st.unit >= u {
		return st
	}
	for _, s := range steps {
		if s.unit >= u {
			return s
		}
	}
	return st
}

// ceilTo returns the first tick at or after t for step st.
func ceilTo(t time.Time, st step) time.Time {
	var c time.Time
	switch st.unit {
	case Hour:
		c = time.Date(t.Year(), t.Month(), t.Day(), t.Hour()/st.n*st.n, 0, 0, 0, time.UTC)
	case Day:
		c = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if st.n == 7 || st.n == 14 {
			for c.Weekday() != time.Monday {
				c = c.AddDate(0, 0, -1)
			}
		}
	case Month:
		m := (int(t.Month()) - 1) / st.n * st.n
		c = time.Date(t.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
	default:
		y := t.Year() / st.n * st.n
		c = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	for c.Before(t) {
		c = next(c, st)
	}
	return c
}

// next returns the tick after c.
func next(c time.Time, st step) time.Time {
	switch st.unit {
	case Hour:
		return c.Add(time.Duration(st.n) * time.Hour)
	case Day:
		return c.AddDate(0, 0, st.n)
	case Month:
		return c.AddDate(0, st.n, 0)
	}
	return c.AddDate(st.n, 0, 0)
}

// label returns the text of a tick at t for unit u; long adds the context
// (the year for days and months).
func (w *Words) label(t time.Time, u Unit, long bool) string {
	switch u {
	case Day:
		if long {
			return fmt.Sprintf("%d %s %d", t.Day(), w.Months[t.Month()-1], t.Year())
		}
		return fmt.Sprintf("%d %s", t.Day(), w.Months[t.Month()-1])
	case Month:
		if long {
			return fmt.Sprintf("%s %d", w.Months[t.Month()-1], t.Year())
		}
		return w.Months[t.Month()-1]
	}
	return fmt.Sprint(t.Year())
}

// hourLabel returns the text of an hour tick at t: the hour ("06:00"), after
// its day when newDay ("11 Mar 06:00", and only the day at midnight: "11
// Mar"), after its year too when long.
func (w *Words) hourLabel(t time.Time, newDay, long bool) string {
	hour := t.Format("15:04")
	switch {
	case !newDay:
		return hour
	case t.Hour() == 0 && t.Minute() == 0:
		return w.label(t, Day, long)
	}
	return w.label(t, Day, long) + " " + hour
}

// precisionUnit returns the unit that names a date of precision p.
func precisionUnit(p model.Precision) Unit {
	if u := minUnit(p); u > Day {
		return u
	}
	return Day
}

// ticks computes the axis ticks of l for the visible view. A label names
// its year only when the label before it named another (or none): "Oct
// 2020, Nov, Dec, Jan 2021", never "Jan 2020 … 2020 … Jan 2021"; a year
// label repeating the year just named is left out.
func (l *Layout) ticks(s *Scale, o *Options, events []model.Event) {
	sample := o.Measure(o.Words.label(time.Date(2021, 9, 30, 0, 0, 0, 0, time.UTC), Day, false), o.TextSize)
	lastEnd := float32(math.Inf(-1))
	lastYear := math.MinInt
	var lastDay time.Time // the day the last label named, for hours
	gapPx := o.TextSize / 2
	add := func(t Tick, u Unit) {
		y := t.Time.Year()
		day := time.Date(y, t.Time.Month(), t.Time.Day(), 0, 0, 0, 0, time.UTC)
		switch {
		case u == Year && y == lastYear:
			t.Label = ""
		case u == Hour:
			t.Label = o.Words.hourLabel(t.Time, !day.Equal(lastDay), y != lastYear)
		default:
			t.Label = o.Words.label(t.Time, u, y != lastYear)
		}
		if t.Label != "" {
			t.LabelW = o.Measure(t.Label, o.TextSize)
			t.LabelX = t.X - t.LabelW/2
			if t.LabelX < 0 {
				t.LabelX = 0
			}
			if t.LabelX+t.LabelW > l.Width {
				t.LabelX = l.Width - t.LabelW
			}
			if t.LabelX < lastEnd+gapPx || l.underBreakLabel(t.LabelX, t.LabelX+t.LabelW, gapPx) {
				t.Label, t.LabelW = "", 0
			} else {
				lastEnd = t.LabelX + t.LabelW
				lastYear = y
				if u <= Day {
					lastDay = day
				}
			}
		}
		l.Ticks = append(l.Ticks, t)
	}
	t0, t1 := s.Time(l.View.U0), s.Time(l.View.U1)
	for _, g := range s.segs {
		a, b := math.Max(g.t0, t0), math.Min(g.t1, t1)
		if a > b {
			continue
		}
		// A segment drawn shorter than to scale has wider ticks.
		st := coarsen(pickStep(l.pxPerU*g.rate, sample+2*o.TextSize), minUnit(g.prec))
		n := 0
		for c := ceilTo(timeOf(a), st); days(c) <= b && n < 500; c = next(c, st) {
			major := st.unit < Year && c.Month() == 1 && c.Day() == 1 && c.Hour() == 0 ||
				st.unit == Hour && c.Hour() == 0
			add(Tick{X: l.xOfU(s.U(days(c))), Time: c, Major: major || st.unit == Year}, st.unit)
			n++
		}
		if n == 0 {
			// No regular tick in this stretch: name it once, at its middle
			// (its first event's place when that is in view).
			p := (g.t0 + g.t1) / 2
			if p < a || p > b {
				p = (a + b) / 2
			}
			t := timeOf(p)
			add(Tick{X: l.xOfU(s.U(p)), Time: t, Context: true}, maxUnit(st.unit, precisionUnit(g.prec)))
		}
	}
}

// maxUnit returns the coarser of a and b.
func maxUnit(a, b Unit) Unit {
	if a > b {
		return a
	}
	return b
}
