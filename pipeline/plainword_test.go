package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPlainWord checks plainWord against scanWord at every ASCII letter of
// the repository's texts and of 3,000 random texts of letters, marks and
// runes beyond ASCII (PCG seed 3, 4): where plainWord reads a word, scanWord
// from the same letter returns the same end and shape, and its noInit
// unchanged; and plainWord reads most of the texts' words.
func TestPlainWord(t *testing.T) {
	texts := repoTexts(t)
	pieces := []string{"a", "b", "Z", "Q", "é", "É", "1", "0", "'", "’", ".", ",", "-", "_", " ", "\n", "(", "s", "S", "Read", "Published",
		"U.S.", "e.g.", "\xff", "\u0301", "2025", "12/06/2025", "13:05"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	plain, words := 0, 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if !isASCIILetter(text[i]) {
				continue
			}
			words++
			end, sh, ok := plainWord(text, i)
			if !ok {
				continue
			}
			plain++
			wantEnd, wantNoInit, wantSh := scanWord(text, i, 0)
			if end != wantEnd || sh != wantSh || wantNoInit != 0 {
				t.Fatalf("plainWord(%q, %d) = %d, %+v; scanWord says %d, %+v, noInit %d", text, i, end, sh, wantEnd, wantSh, wantNoInit)
			}
		}
	}
	if plain*2 < words {
		t.Errorf("plainWord read %d of %d words' letters, want most", plain, words)
	}
}
