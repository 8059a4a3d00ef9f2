package layout

import (
	"image/color"

	"github.com/claimline/claimline/model"
)

// The colours of the timeline come from the Okabe–Ito palette so that they
// stay apart for colour-blind readers and on light or dark backgrounds.
// They are all chosen here, for the screen and the export alike: a metric
// has one colour (MetricColor) whether its events are drawn on the axis,
// in a lane or in an exported image.

// ConflictColor returns the fill of the badge of an event whose sources
// disagree.
func ConflictColor() color.NRGBA { return color.NRGBA{R: 0xD5, G: 0x5E, B: 0x00, A: 0xFF} }

// MixedColor returns the fill of a cluster whose events have different
// metrics, and of metrics without a colour of their own.
func MixedColor() color.NRGBA { return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xFF} }

// MetricColor returns the colour of metric m.
func MetricColor(m model.Metric) color.NRGBA {
	switch m {
	case model.MetricNewUsers:
		return lanePalette[0]
	case model.MetricActiveUsers:
		return lanePalette[1]
	case model.MetricDownloads:
		return lanePalette[2]
	case model.MetricRank:
		return lanePalette[3]
	case model.MetricEvent:
		return lanePalette[4]
	}
	return MixedColor()
}

// lanePalette are the timeline's colours, from Okabe–Ito and Tol's
// colour-blind-safe sets, readable on light and dark backgrounds; the
// conflict badge's vermilion is left out. The first five are the metrics'.
var lanePalette = []color.NRGBA{
	{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}, // new users: blue
	{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}, // active users: bluish green
	{R: 0xE6, G: 0x9F, B: 0x00, A: 0xFF}, // downloads: orange
	{R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF}, // rank: reddish purple
	{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF}, // events: sky blue
	{R: 0x99, G: 0x99, B: 0x33, A: 0xFF}, // olive
	{R: 0xAA, G: 0x44, B: 0x99, A: 0xFF}, // purple
	{R: 0x44, G: 0xAA, B: 0x99, A: 0xFF}, // teal
	{R: 0x88, G: 0x22, B: 0x55, A: 0xFF}, // wine
}

// laneColors returns the colours of lanes ls of events: a lane whose
// events are all of one metric with a colour of its own has that colour;
// the others take, in order, the palette's colours no such lane has.
func laneColors(events []model.Event, ls *Lanes) []color.NRGBA {
	n := len(ls.Names)
	metric := make([]model.Metric, n)
	mixed := make([]bool, n)
	for i, k := range ls.Of {
		if k < 0 || k >= n || i >= len(events) {
			continue
		}
		m := events[i].Metric
		if metric[k] == "" {
			metric[k] = m
		} else if metric[k] != m {
			mixed[k] = true
		}
	}
	out := make([]color.NRGBA, n)
	taken := make(map[color.NRGBA]bool)
	own := make([]bool, n)
	for k := range out {
		if c := MetricColor(metric[k]); !mixed[k] && metric[k] != "" && c != MixedColor() {
			out[k], own[k] = c, true
			taken[c] = true
		}
	}
	free := make([]color.NRGBA, 0, len(lanePalette))
	for _, c := range lanePalette {
		if !taken[c] {
			free = append(free, c)
		}
	}
	if len(free) == 0 {
		free = lanePalette
	}
	next := 0
	for k := range out {
		if !own[k] {
			out[k] = free[next%len(free)]
			next++
		}
	}
	return out
}
