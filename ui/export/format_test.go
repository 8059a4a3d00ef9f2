package export

import (
	"errors"
	"testing"
)

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name    string
		want    Format
		wantErr bool
	}{
		{"timeline.png", PNG, false},
		{"dir/Timeline.PNG", PNG, false},
		{"a.b.svg", SVG, false},
		{"report.pdf", PDF, false},
		{"timeline.jpg", 0, true},
		{"timeline", 0, true},
		{"archive.png.gz", 0, true},
	}
	for _, tt := range tests {
		got, err := FormatOf(tt.name)
		if tt.wantErr {
			if !errors.Is(err, ErrUnknownFormat) {
				t.Errorf("FormatOf(%q) error = %v, want ErrUnknownFormat", tt.name, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("FormatOf(%q) = %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
}

func TestParseTheme(t *testing.T) {
	tests := []struct {
		in      string
		want    Theme
		wantErr bool
	}{
		{"light", Light, false},
		{"", Light, false},
		{"Dark", Dark, false},
		{"sepia", Light, true},
	}
	for _, tt := range tests {
		got, err := ParseTheme(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseTheme(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestOptionsNormalized(t *testing.T) {
	tl := sampleTimeline()
	tests := []struct {
		name    string
		in      Options
		wantW   int
		wantH   int
		wantErr error
	}{
		{"defaults", Options{}, DefaultWidth, DefaultHeight, nil},
		{"4K", Options{Width: 3840, Height: 2160}, 3840, 2160, nil},
		{"too narrow", Options{Width: 100, Height: 800}, 0, 0, ErrBadSize},
		{"too big", Options{Width: 9000, Height: 800}, 0, 0, ErrBadSize},
	}
	for _, tt := range tests {
		got, err := tt.in.normalized(tl)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("%s: error = %v, want %v", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got.Width != tt.wantW || got.Height != tt.wantH || got.Title != tl.Name {
			t.Errorf("%s: got %d × %d %q, %v", tt.name, got.Width, got.Height, got.Title, err)
		}
	}
	if _, err := (Options{}).normalized(nil); !errors.Is(err, ErrNoTimeline) {
		t.Errorf("nil timeline: error = %v, want ErrNoTimeline", err)
	}
}
