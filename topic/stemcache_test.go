package topic

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

// TestStemCacheAgreesWithMap fills a scratch's cache past several growths
// and looks every word up, as a string and as bytes, against a map.
func TestStemCacheAgreesWithMap(t *testing.T) {
	tax := Default()
	s := newScratch(tax)
	want := map[string]int32{}
	for round := range 2 {
		for i := range 3000 {
			w := fmt.Sprint("w", i%1500, "x")
			if i%3 == 0 {
				w += "-a-word-longer-than-sixteen-bytes" // read from its entry
			}
			if e, ok := want[w]; ok {
				if got := s.entry(tax, w); got != e {
					t.Fatalf("round %d: entry(%q) = %d, want %d", round, w, got, e)
				}
				continue
			}
			e := s.entry(tax, w)
			if s.entries[e].lower != w {
				t.Fatalf("entry(%q) holds %q", w, s.entries[e].lower)
			}
			want[w] = e
		}
		if s.stems.len() != len(want) {
			t.Fatalf("round %d: cache holds %d words, want %d", round, s.stems.len(), len(want))
		}
		for w, e := range want {
			if got := s.joinEntry(tax, []byte(w)); got != e {
				t.Fatalf("joinEntry(%q) = %d, want %d", w, got, e)
			}
		}
		if e, _ := find(&s.stems, s.entries, "absent", keyOf("absent")); e != -1 {
			t.Fatalf(`find("absent") = %d, want -1`, e)
		}
		s.stems.reset()
		s.entries = s.entries[:0]
		clear(want)
	}
}

// TestStemSlotMatters checks that the matters a word's slot keeps is its
// entry's, when the entry is made and when it is found again after the
// cache has grown, for words that take part in matches and words that
// do not.
func TestStemSlotMatters(t *testing.T) {
	tax := Default()
	s := newScratch(tax)
	words := []string{"trade", "nuclear", "talks", "the", "said", "climate", "security", "tariffs", "banana", "counter-terrorism"}
	for i := range 500 {
		words = append(words, fmt.Sprint("filler", i))
	}
	seen := map[bool]int{}
	for range 2 {
		for _, w := range words {
			e, matters := s.tokenEntry(tax, w)
			if matters != s.entries[e].matters {
				t.Fatalf("tokenEntry(%q): matters %t, its entry's %t", w, matters, s.entries[e].matters)
			}
			seen[matters]++
		}
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("matters %v: the words must include both kinds", seen)
	}
}

// TestPack checks pack against a byte loop, and hasDot against
// strings.Contains, for words of every length up to packedLen and beyond,
// with and without dots and bytes beyond ASCII at every place.
func TestPack(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("ab.z\x00\x80\xffé-'")
	words := []string{"", "u.s.", "talks", "a.b", ".", "counter-terrorism", "...............", "abcdefgh.", "abcdefghijklmnop", "abcdefghijklmnop."}
	for n := 0; n <= packedLen+3; n++ {
		for range 300 {
			b := make([]byte, n)
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			words = append(words, string(b))
		}
	}
	for _, w := range words {
		k := keyOf(w)
		if bk := keyOf([]byte(w)); bk != k {
			t.Fatalf("keyOf(%q): string %+v, bytes %+v", w, k, bk)
		}
		if got, want := hasDot(w, k), strings.Contains(w, "."); got != want {
			t.Fatalf("hasDot(%q) = %t, want %t", w, got, want)
		}
		if got, want := string(appendKey([]byte("x"), w)), "x"+wordKey(w); got != want {
			t.Fatalf("appendKey(%q) = %q, want %q", w, got, want)
		}
		if len(w) > packedLen {
			if k.lo != 0 || k.hi != 0 || k.n != len(w) {
				t.Fatalf("keyOf(%q) = %+v: a long word packs nothing", w, k)
			}
			continue
		}
		var lo, hi uint64
		for i := 0; i < len(w); i++ {
			if i < 8 {
				lo |= uint64(w[i]) << (8 * i)
			} else {
				hi |= uint64(w[i]) << (8 * (i - 8))
			}
		}
		if k.lo != lo || k.hi != hi || k.n != len(w) {
			t.Fatalf("keyOf(%q) = %x %x %d, want %x %x %d", w, k.lo, k.hi, k.n, lo, hi, len(w))
		}
	}
}

// TestTokenEntryDots checks that a word with dots finds the entry of its
// key ("u.s." that of "us") and that its entry is the key's.
func TestTokenEntryDots(t *testing.T) {
	tax := Default()
	s := newScratch(tax)
	for _, w := range []string{"u.s.", "us", "a.b", "ab", ".", "", "e.u.-backed", "n.a.t.o.-led-coalition.members"} {
		e, matters := s.tokenEntry(tax, w)
		want := s.entry(tax, wordKey(w))
		if e != want || s.entries[e].lower != wordKey(w) || matters != s.entries[e].matters {
			t.Fatalf("tokenEntry(%q) = %d (%q, %t), want %d (%q)", w, e, s.entries[e].lower, matters, want, wordKey(w))
		}
	}
}

// TestHyphenJoined checks hyphenJoined, which asks the spaces first,
// against its conditions in their first order, for every pair of tokens two
// apart in the repository's articles and in hyphenated words of every kind.
func TestHyphenJoined(t *testing.T) {
	ref := func(toks []pipeline.Token, a, b int) bool {
		return b == a+2 && isHyphen(&toks[a+1]) && !toks[a+1].SpaceBefore && !toks[b].SpaceBefore &&
			toks[a].Kind == pipeline.Word && toks[b].Kind == pipeline.Word
	}
	texts := []string{"counter-terrorism rare‐earth anti‑terror 2021-era a - b a- b a -b deal—signed 5-3 U.S.-China"}
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/articles/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	joined := 0
	for _, text := range texts {
		toks := pipeline.Tokenize(text)
		for a := 0; a+2 < len(toks); a++ {
			if got, want := hyphenJoined(toks, a, a+2), ref(toks, a, a+2); got != want {
				t.Fatalf("hyphenJoined(%q, %q, %q) = %t, want %t", toks[a].Text, toks[a+1].Text, toks[a+2].Text, got, want)
			}
			if ref(toks, a, a+2) {
				joined++
			}
			// sentenceWords skips inJoin for a word with a space before it
			// and before the next token: such a word is in no join.
			if k := a + 1; toks[k].SpaceBefore && (k+1 == len(toks) || toks[k+1].SpaceBefore) && inJoin(toks, k) {
				t.Fatalf("inJoin(%q) with spaces on both sides", toks[k].Text)
			}
			if hyphenJoined(toks, a, a+1) {
				t.Fatalf("hyphenJoined(%d, %d): tokens one apart are never joined", a, a+1)
			}
		}
	}
	if joined < 4 {
		t.Fatalf("%d joined pairs, want the listed words at least", joined)
	}
}

// TestKeptScratch checks that the scratch a call hands back is kept
// across garbage collections, its stems cache filled, and that a
// scratch of pathological size is not kept.
func TestKeptScratch(t *testing.T) {
	tax, err := compile(Default().specs) // a taxonomy of its own: no other test takes its scratch
	if err != nil {
		t.Fatal(err)
	}
	d, err := pipeline.Parse(context.Background(), "Trade talks on tariffs resumed in Geneva on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	tax.Classify(d)
	runtime.GC()
	runtime.GC() // a sync.Pool is emptied by the second
	s := tax.getScratch()
	if s.stems.len() == 0 {
		t.Fatal("the scratch after two collections has an empty stems cache: it was not kept")
	}
	other := tax.getScratch()
	if other == s {
		t.Fatal("getScratch gave the kept scratch twice")
	}
	tax.putScratch(s)
	tax.putScratch(other) // to the pool: s is kept
	if tax.kept.Load() != s {
		t.Fatal("putScratch did not keep the scratch of common size")
	}
	s = tax.getScratch()
	s.words = make([]word, 0, maxKeptRoom+1)
	tax.putScratch(s)
	if tax.kept.Load() == s {
		t.Fatal("putScratch kept a scratch with a pathological sentence's room")
	}
}
