package pipeline

import (
	"slices"
	"strings"
	"testing"
)

// TestTokenizeInto checks that TokenizeInto gives Tokenize's tokens for
// every line of the seeds and a few phrases of the tables, split one after
// another into one reused slice (with room and without), and that a slice
// it reuses holds no token of the phrase before.
func TestTokenizeInto(t *testing.T) {
	texts := []string{"Côte d'Ivoire", "U.S.", "Guinea-Bissau", "McDonald's", "", " ", "São Tomé and Príncipe", "Foreign Office (FO) Spokesperson"}
	for _, s := range seeds(t) {
		texts = append(texts, strings.Split(s, "\n")...)
	}
	for _, room := range []int{0, 4, 64} {
		buf := make([]Token, 0, room)
		for _, s := range texts {
			want := Tokenize(s)
			got := TokenizeInto(buf, s)
			if !slices.Equal(want, got) { // Token is comparable, unexported fields too
				t.Fatalf("room %d: TokenizeInto(%q) = %+v, Tokenize %+v", room, s, got, want)
			}
			if len(got) > 0 && cap(buf) >= len(s)/5+1 && &got[0] != &buf[:1][0] {
				t.Fatalf("room %d: TokenizeInto(%q) did not reuse a slice with room", room, s)
			}
			buf = slices.Clip(got[:0])
			if cap(buf) < room {
				buf = make([]Token, 0, room)
			}
		}
	}
}
