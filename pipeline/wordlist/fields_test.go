package wordlist

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestAppendFields: appendFields splits a line as strings.Fields does, on
// lines of words, every ASCII space and some of Unicode's, and random
// strings of them; it appends to what dst holds.
func TestAppendFields(t *testing.T) {
	lines := []string{"", " ", "a", "  red green\tblue ", "a\vb\fc\rd\ne", "UN NATO", "x\u00a0y z", "café au lait", "\u2003lone\u2003"}
	pieces := []string{"a", "bc", " ", "\t", "\v", "\f", "\r", "\n", "\u00a0", "\u0085", "\u2003", "é", "\x80", "#", "["}
	rng := rand.New(rand.NewSource(1))
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	for _, line := range lines {
		got := appendFields([]string{"before"}, line)
		want := append([]string{"before"}, strings.Fields(line)...)
		if !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", line, got, want)
		}
	}
}
