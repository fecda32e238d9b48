package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"github.com/readout/readout/pipeline/wordlist"
)

// TestPlainWord checks plainWord against scanWord at every ASCII letter of
// the repository's texts and of 3,000 random texts of letters, marks and
// runes beyond ASCII (PCG seed 3, 4): where plainWord reads a word, scanWord
// from the same letter returns the same end and shape, and its noInit
// unchanged, and the hash plainWord returns is wordlist.Hash of the word
// in lower case; and plainWord reads most of the texts' words.
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
			end, h, ok := plainWord(text, i)
			if !ok {
				continue
			}
			plain++
			sh := plainShape(text[i], end-i)
			wantEnd, wantNoInit, wantSh := scanWord(text, i, 0)
			if end != wantEnd || sh != wantSh || wantNoInit != 0 {
				t.Fatalf("plainWord(%q, %d) = %d, %+v; scanWord says %d, %+v, noInit %d", text, i, end, sh, wantEnd, wantSh, wantNoInit)
			}
			if want := wordlist.Hash(strings.ToLower(text[i:end])); h != want {
				t.Fatalf("plainWord(%q, %d) hashes %q to %#x, wordlist.Hash says %#x", text, i, text[i:end], h, want)
			}
		}
	}
	if plain*2 < words {
		t.Errorf("plainWord read %d of %d words' letters, want most", plain, words)
	}
}

// TestTokenHash checks that every token of the repository's texts and of
// 3,000 random texts of letters, marks, digits and runes beyond ASCII (PCG
// seed 5, 6) has wordlist.Hash of its Lower as its Hash, whichever path of
// the tokeniser read it, and that Hash sits in a Token's padding: a Token
// is 80 bytes on a 64-bit machine, as without it.
func TestTokenHash(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(Token{}) != 80 {
		t.Errorf("a Token is %d bytes, want 80", unsafe.Sizeof(Token{}))
	}
	texts := repoTexts(t)
	pieces := []string{"a", "b", "Z", "Q", "é", "É", "İ", "ẞ", "1", "0", "'", "’", "'s", "’s", ".", ",", "-", "‐", "_", " ", "\n", "(", "s", "S", "Read",
		"Published", "U.S.", "e.g.", "O'Brien", "\xff", "\u0301", "2025", "12/06/2025", "13:05", "«", "“", "Ⅻ", "ǅ"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	kinds := map[Kind]int{}
	for _, text := range texts {
		for _, tok := range tokenize(text) {
			if want := wordlist.Hash(tok.Lower); tok.Hash != want {
				t.Fatalf("token %q (Lower %q, %v) of %q has Hash %#x, want wordlist.Hash %#x", tok.Text, tok.Lower, tok.Kind, text, tok.Hash, want)
			}
			kinds[tok.Kind]++
		}
	}
	if kinds[Word] == 0 || kinds[Number] == 0 || kinds[Punct] == 0 {
		t.Errorf("tokens of each kind: %v, want words, numbers and marks", kinds)
	}
}
