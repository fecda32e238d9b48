package entity

import (
	"strings"
	"testing"
)

func TestSamePerson(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		x, y string
		want bool
		why  string
	}{
		{"Mohammad Ishaq Dar", "Ishaq Dar", true, "words in order, same surname"},
		{"Mohammad Ishaq Dar", "Dar", true, "one word of the name"},
		{"Tamim bin Hamad Al Thani", "Tamim bin Hamad", true, "first words of the name"},
		{"Faisal bin Salman bin Abdulaziz Al Saud", "Salman bin Abdulaziz Al Saud", false, "a father's name after bin"},
		{"Shah Mehmood Rahimi", "Shah Mahmood Rahimi", true, "one word spelt two ways"},
		{"Ali Khan", "Ali Kahn", false, "the surname differs"},
		{"Omar Khan", "Imran Khan", false, "first names too far apart"},
		{"Jose Ruiz", "Joe Ruiz", false, "a short first name differs"},
		{"Anna Maria Lopez", "Anne Marie Lopez", false, "two words differ"},
	} {
		if got := tb.samePerson(strings.Fields(tt.x), strings.Fields(tt.y)); got != tt.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v (%s)", tt.x, tt.y, got, tt.want, tt.why)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"mehmood", "mahmood", 1}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"same", "same", 0},
	} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
