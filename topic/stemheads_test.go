package topic

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

// TestStemHeads checks the property the stems cache's short cut stands on
// (stemHeadsOf): the snowball stem of a word it covers begins with the
// word's first two bytes, or its first byte when the stem is shorter than
// three. The words: every word of the repository's texts and tables, the
// stemmer's special words, every word of three and four bytes over 21,
// and random stems with every suffix the stemmer knows. It fails with stemHeadsOf's
// "ying" test dropped ("dying" stems to "die").
func TestStemHeads(t *testing.T) {
	words := map[string]bool{}
	var globs = []string{"../testdata/*/*.txt", "../entity/data/*.tsv", "../entity/data/*.txt", "*.json", "testdata/*"}
	for _, g := range globs {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, tk := range pipeline.Tokenize(string(b)) {
				words[tk.Lower] = true
			}
		}
	}
	// The stemmer's special words, which it stems by a table of its own.
	for _, w := range strings.Fields(`skis skies dying lying tying idly gently ugly early only singly sky news howe atlas cosmos bias andes
		inning innings outing outings canning cannings herring herrings earring earrings proceed proceeds proceeded proceeding
		exceed exceeds exceeded exceeding succeed succeeds succeeded succeeding`) {
		words[w] = true
	}
	letters := "aeiouysdnglrtbcmhw'-1"
	for _, a := range letters {
		for _, b := range letters {
			for _, c := range letters {
				words[string([]rune{a, b, c})] = true
				for _, d := range letters {
					words[string([]rune{a, b, c, d})] = true
				}
			}
		}
	}
	suffixes := strings.Fields(`ing ingly ed edly eed eedly ies ied s ss sses us 's ' 's' ly li y e l ational tional enci anci abli entli
		izer ization ation ator alism aliti alli fulness ousli ousness iveness iviti biliti bli ogi logi fulli lessli alize icate iciti ical ful ness
		ative al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion sion tion at bl iz ying ying ement nesses ally ically`)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		n := 1 + rng.IntN(5)
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[rng.IntN(len(letters)-3)]
		}
		w := string(b) + suffixes[rng.IntN(len(suffixes))]
		if rng.IntN(3) == 0 {
			w += suffixes[rng.IntN(len(suffixes))]
		}
		words[w] = true
	}
	covered := 0
	for w := range words {
		if !stemHeadsOf(w) {
			continue
		}
		covered++
		st := stem(w)
		if len(st) >= 3 && st[:2] != w[:2] || len(st) < 3 && (st == "" || st[0] != w[0]) {
			t.Fatalf("stem(%q) = %q: it does not begin as the word does", w, st)
		}
	}
	if covered < 50000 {
		t.Fatalf("%d words covered, want the tables' and the generated ones", covered)
	}
	for _, w := range []string{"dying", "lying", "tying", "ab", "'tis", "Meeting", "café", " talks"} {
		if stemHeadsOf(w) {
			t.Errorf("stemHeadsOf(%q): the stemmer changes its first bytes, or may", w)
		}
	}
}

// TestSurelyNone checks the short cut against stemming: for every word of
// the repository's texts that surelyNone passes over, the stem is none of
// the built-in taxonomy's stem words, and the word's entry matters as it
// would stemmed.
func TestSurelyNone(t *testing.T) {
	tax := Default()
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	skipped := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range pipeline.Tokenize(string(b)) {
			w := wordKey(tk.Lower)
			if !tax.stemHeads.surelyNone(w) {
				continue
			}
			skipped++
			if st := stem(w); tax.stemWords[st] || tax.stemList[st] != 0 {
				t.Fatalf("surelyNone(%q), but its stem %q is a pattern's", w, st)
			}
			if tax.stemWords[w] {
				t.Fatalf("surelyNone(%q), but the word itself is a pattern's stem", w)
			}
		}
	}
	if skipped == 0 {
		t.Fatal("surelyNone passed over no word")
	}
}
