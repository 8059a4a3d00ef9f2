package layout

import (
	"math"
)

// Hit is what lies under a point: an event, a cluster, or nothing.
type Hit struct {
	// Event is the event's index, or -1.
	Event int
	// Cluster is the index in Layout.Clusters, or -1.
	Cluster int
}

// HitTest returns what is at x, y: a label, or the marker or cluster nearest
// within its radius plus slop pixels.
func (l *Layout) HitTest(x, y, slop float32) Hit {
	for _, lb := range l.Labels {
		if x >= lb.X && x <= lb.X+lb.W && y >= lb.Y && y <= lb.Y+lb.H {
			return Hit{Event: lb.Event, Cluster: lb.Cluster}
		}
	}
	best, hit := float32(math.MaxFloat32), Hit{Event: -1, Cluster: -1}
	for _, m := range l.Markers {
		if m.Bar {
			continue
		}
		if d := dist(x, y, m.X, m.Y); d <= m.R+slop && d < best {
			best, hit = d, Hit{Event: m.Event, Cluster: -1}
		}
	}
	for k, c := range l.Clusters {
		if d := dist(x, y, c.X, c.Y); d <= c.R+slop && d < best {
			best, hit = d, Hit{Event: -1, Cluster: k}
		}
	}
	if hit.Event >= 0 || hit.Cluster >= 0 {
		return hit
	}
	// Bars lie under the points: they are hit only where no point is.
	for _, m := range l.Markers {
		if !m.Bar || x < m.X0-slop || x > m.X1+slop {
			continue
		}
		if d := float32(math.Abs(float64(y - m.Y))); d <= m.BarH/2+slop && d < best {
			best, hit = d, Hit{Event: m.Event, Cluster: -1}
		}
	}
	// So are the brackets of clusters, which open the cluster as its
	// badge does.
	for k, c := range l.Clusters {
		if !c.Span || x < c.X0-slop || x > c.X1+slop {
			continue
		}
		if d := float32(math.Abs(float64(y - c.Y))); d <= c.BracketH()/2+slop && d < best {
			best, hit = d, Hit{Event: -1, Cluster: k}
		}
	}
	return hit
}

// dist is the distance between two points.
func dist(x0, y0, x1, y1 float32) float32 {
	return float32(math.Hypot(float64(x1-x0), float64(y1-y0)))
}

// LegendAt returns the lane whose legend entry (its symbol or its name) is
// at x, y, or -1.
func (l *Layout) LegendAt(x, y float32) int {
	for _, it := range l.Legend {
		if it.Kind != "lane" {
			continue
		}
		if x >= it.X-2 && x <= it.TextX+it.TextW+2 && y >= it.Y-it.Size/2 && y <= it.Y+it.Size*1.5 {
			return it.Lane
		}
	}
	return -1
}
