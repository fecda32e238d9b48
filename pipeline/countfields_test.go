package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCountFieldsRandom checks countFieldsUpTo against strings.Fields on
// 50,000 random strings of words, white space of every kind and the bytes
// around it ('\b', '\x0e', '\x1f'), runes beyond ASCII and bad bytes, at
// every offset of the blocks of eight bytes it reads (PCG seed 11, 12),
// with limits from 0 to past the count.
func TestCountFieldsRandom(t *testing.T) {
	pieces := []string{"a", "bc", "word", "x", " ", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\b", "\x0e", "\x1f", "!",
		"\u00a0", "\u0085", "\u2003", "é", "\xff", "\x80"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := len(strings.Fields(s))
		for _, limit := range []int{0, 1, 2, 3, 7, 8, 9, 15, want - 1, want, want + 1, len(s) + 1} {
			if limit < 0 {
				continue
			}
			if got := countFieldsUpTo(s, limit); got != min(want, limit) {
				t.Fatalf("countFieldsUpTo(%q, %d) = %d, want %d", s, limit, got, min(want, limit))
			}
		}
	}
}
