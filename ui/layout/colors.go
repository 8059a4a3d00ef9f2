package layout

import (
	"image/color"

	"github.com/claimline/claimline/model"
)

// The colours of the timeline come from the Okabe–Ito palette so that they
// stay apart for colour-blind readers and on light or dark backgrounds.

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
		return color.NRGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}
	case model.MetricActiveUsers:
		return color.NRGBA{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}
	case model.MetricDownloads:
		return color.NRGBA{R: 0xE6, G: 0x9F, B: 0x00, A: 0xFF}
	case model.MetricRank:
		return color.NRGBA{R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF}
	case model.MetricEvent:
		return color.NRGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF}
	}
	return MixedColor()
}
