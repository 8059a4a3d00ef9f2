package syslocale

import "testing"

func TestIsNeutral(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"C", true}, {"POSIX", true}, {"C.UTF-8", true}, {"C.utf8", true}, {"POSIX@euro", true},
		{"fr_FR.UTF-8", false}, {"en_US", false}, {"", false}, {"Ca_ES", false},
	}
	for _, tt := range tests {
		if got := IsNeutral(tt.in); got != tt.want {
			t.Errorf("IsNeutral(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
