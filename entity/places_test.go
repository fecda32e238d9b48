package entity

import "testing"

func TestIsPlace(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name string
		want bool
	}{
		{"NEW DELHI", true},
		{"Berlin", true},
		{"KUALA LUMPUR", true},
		{"Brazil", true},
		{"UNITED STATES", true},
		{"Saudi", false}, // a demonym
		{"Paris Hilton", false},
		{"Staff", false},
		{"ASIATODAY.ID", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := s.IsPlace(tt.name); got != tt.want {
			t.Errorf("IsPlace(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
