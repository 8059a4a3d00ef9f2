package layout

import (
	"testing"

	"github.com/claimline/claimline/model"
)

func TestLessSure(t *testing.T) {
	claims := []model.Claim{{Confidence: 0.95}, {Confidence: 0.6}, {Confidence: 0.54}, {Confidence: 0.72}}
	tests := []struct {
		name     string
		event    model.Event
		claims   []model.Claim
		wantConf float64
		wantOK   bool
		want     bool
	}{
		{"one sure claim", model.Event{Claims: []int{0}}, claims, 0.95, true, false},
		{"one guess", model.Event{Claims: []int{1}}, claims, 0.6, true, true},
		{"the surest reading counts", model.Event{Claims: []int{2, 3}}, claims, 0.72, true, false},
		{"two guesses", model.Event{Claims: []int{1, 2}}, claims, 0.6, true, true},
		{"verified by a person", model.Event{Claims: []int{2}, Status: model.Verified}, claims, 0.54, true, false},
		{"disputed by a person", model.Event{Claims: []int{2}, Status: model.StatusDisputed}, claims, 0.54, true, true},
		{"no claims given", model.Event{Claims: []int{2}}, nil, 0, false, false},
		{"claim out of range", model.Event{Claims: []int{9}}, claims, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf, ok := Confidence(&tt.event, tt.claims)
			if conf != tt.wantConf || ok != tt.wantOK {
				t.Errorf("Confidence = %v, %v; want %v, %v", conf, ok, tt.wantConf, tt.wantOK)
			}
			if got := LessSure(&tt.event, tt.claims); got != tt.want {
				t.Errorf("LessSure = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestUnsureDrawnApart checks that a less sure event's marker and label
// are marked Unsure and that the legend explains them, with lanes or
// without, and that nothing is marked when every reading is sure.
func TestUnsureDrawnApart(t *testing.T) {
	events := uneven()
	claims := make([]model.Claim, len(events))
	for i := range events {
		events[i].Claims = []int{i}
		claims[i] = model.Claim{Confidence: 0.9}
	}
	guess := 6 // "Telegram 1 billion downloads", alone on 5 October
	claims[guess].Confidence = 0.55
	sure := append([]model.Claim(nil), claims...)
	sure[guess].Confidence = 0.8
	tests := []struct {
		name       string
		claims     []model.Claim
		lanes      bool
		wantUnsure bool
	}{
		{"a guess", claims, false, true},
		{"a guess in lanes", claims, true, true},
		{"all sure", sure, false, false},
		{"no claims", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Options{Width: 1400, Height: 320, Claims: tt.claims}
			if tt.lanes {
				o.Lanes = BuildLanes(events, nil, LaneByMeasure, Words{})
			}
			l := Compute(events, o)
			for _, m := range l.Markers {
				if m.Unsure != (tt.wantUnsure && m.Event == guess) {
					t.Errorf("marker of event %d: Unsure = %v", m.Event, m.Unsure)
				}
			}
			labelled := false
			for _, lb := range l.Labels {
				if lb.Unsure != (tt.wantUnsure && lb.Event == guess) {
					t.Errorf("label %q: Unsure = %v", lb.Text, lb.Unsure)
				}
				labelled = labelled || lb.Event == guess
			}
			if !labelled {
				t.Errorf("event %d has no label", guess)
			}
			legend := false
			for _, it := range l.Legend {
				if it.Kind == "unsure" {
					legend = true
					if it.Text != "less sure" {
						t.Errorf("legend says %q", it.Text)
					}
				}
			}
			if legend != tt.wantUnsure {
				t.Errorf("legend entry for less sure events: %v, want %v", legend, tt.wantUnsure)
			}
		})
	}
}
