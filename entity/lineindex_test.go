package entity

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/readout/readout/pipeline"
)

// lineHashKeys returns keys to look up in a table of lines: every line's
// key, in its case, in capitals and title case, cut short by a byte and
// grown by one, and every word and pair of words of testdata's texts,
// with some random strings.
func lineHashKeys(t *testing.T, x *lineIndex) []string {
	t.Helper()
	var keys []string
	for i := range x.lines() {
		k := lineKey(x.line(i))
		keys = append(keys, k, strings.ToUpper(k), titleCase(k), k[:len(k)-1], k+"s", "x"+k)
	}
	var paths []string
	for _, dir := range []string{"seeds", "articles", "hard"} {
		p, _ := filepath.Glob("../testdata/" + dir + "/*.txt")
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Fatal("no texts in ../testdata")
	}
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		toks := pipeline.Tokenize(string(text))
		for i, tok := range toks {
			keys = append(keys, tok.Text, tok.Lower)
			if i > 0 {
				keys = append(keys, toks[i-1].Text+" "+tok.Text)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "abcdeéİKÅ\u212a -.'\t"
	runes := []rune(alphabet)
	for range 5000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteRune(runes[r.IntN(len(runes))])
		}
		keys = append(keys, b.String(), "\xff"+b.String())
	}
	return keys
}

// TestLineHash: a look-up in the hash table of a table's lines (find)
// finds the line that the binary search finds (search), for the lexicon,
// the gazetteer (in any case) and small tables, for keys there and not.
func TestLineHash(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*lineIndex{&tb.lexicon.lineIndex, &tb.places.lineIndex} {
		if x.hash == "" {
			t.Fatal("the default tables have no hash table")
		}
		found := 0
		for _, k := range lineHashKeys(t, x) {
			want, wantOK := x.search(k)
			got, ok := x.find(k, keyHash(k, x.foldCase))
			if got != want || ok != wantOK {
				t.Fatalf("find(%q) = %q, %v; search = %q, %v", k, got, ok, want, wantOK)
			}
			if ok {
				found++
			}
		}
		if found < x.lines() {
			t.Errorf("found %d keys of %d lines", found, x.lines())
		}
	}
	// Small tables, folding case or not: every line, and no other key.
	for _, n := range []int{0, 1, 2, 3, 17, 300} {
		for _, foldCase := range []bool{false, true} {
			var lines []string
			for i := range n {
				lines = append(lines, fmt.Sprintf("W%04dé%s", 2*i+1, strings.Repeat("\tXY", i%2)))
			}
			text := strings.Join(lines, "\n")
			if !foldCase {
				text = strings.ToLower(text)
			}
			x, err := indexLines(text, "test", foldCase)
			if err != nil {
				t.Fatal(err)
			}
			for i := -1; i <= 2*n+1; i++ {
				for _, k := range []string{fmt.Sprintf("w%04dé", i), fmt.Sprintf("W%04dÉ", i)} {
					want, wantOK := x.search(k)
					got, ok := x.find(k, keyHash(k, foldCase))
					if got != want || ok != wantOK {
						t.Errorf("%d lines, fold %v: find(%q) = %q, %v; search = %q, %v", n, foldCase, k, got, ok, want, wantOK)
					}
				}
			}
		}
	}
}

// TestKeyHash: keys that compareLower finds equal hash alike, and keyHash
// without foldCase is the word index's hash.
func TestKeyHash(t *testing.T) {
	for _, tt := range [][2]string{
		{"kabul", "KABUL"}, {"Herat Province", "herat province"}, {"İzmir", "i̇zmir"},
		{"Ångström", "åNGSTRÖM"}, {"\u212a", "k"}, {"", ""}, {"São Tomé", "SÃO TOMÉ"},
	} {
		if compareLower(tt[0], tt[1]) != 0 {
			continue // not equal in lower case: no claim
		}
		if a, b := keyHash(tt[0], true), keyHash(tt[1], true); a != b {
			t.Errorf("keyHash(%q) = %#x, keyHash(%q) = %#x", tt[0], a, tt[1], b)
		}
	}
	for _, r := range []rune{'A', 'Z', 'É', 'Σ', 'İ', '\u212a'} {
		s := string(r)
		if l := string(unicode.ToLower(r)); keyHash(s, true) != keyHash(l, true) {
			t.Errorf("keyHash(%q) != keyHash(%q)", s, l)
		}
	}
	if keyHash("minister", false) != keyHash("minister", true) {
		t.Error("a lower-case ASCII key hashes differently with foldCase")
	}
}
