package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseIndex: find agrees with strings.Contains for every phrase, on
// lines built from the phrases' own pieces so that near misses are common,
// with phrases of two and three bytes among them (the pairs of bytes are
// read), without them but with one of four bytes (the four bytes from each
// position are), and with five bytes or more only (the four bytes from
// every other position are).
func TestPhraseIndex(t *testing.T) {
	five := []string{"photo:", "(ap photo", "getty images", "is pictured", "cookie policy", "(file)", "(l-r)", "photo"}
	long := append([]string{"phot"}, five...)
	for _, phrases := range [][]string{append([]string{"ph"}, long...), long, five} {
		var x phraseIndex
		for i, p := range phrases {
			slot, err := x.add(p)
			if err != nil || slot != i {
				t.Fatalf("add(%q) = %d, %v; want %d", p, slot, err, i)
			}
		}
		if short, four := phrases[0] == "ph", phrases[0] != "photo:"; x.short != short || x.four != four {
			t.Fatalf("short, four = %v, %v with phrases %q", x.short, x.four, phrases)
		}
		pieces := []string{"photo", ":", "(", "ap ", "getty", " images", "is ", "pictured", "p", "h", "cookie ", "policy", "file", ")", " ", "é",
			"l", "-", "r", "(l", "-r)", "ho", "to"}
		checkFind(t, &x, phrases, pieces, 1)
	}
	var x phraseIndex
	if _, err := x.add("a"); err == nil {
		t.Error("add of a one-byte phrase: no error")
	}
	for range maxPhrases {
		x.add("zz")
	}
	if _, err := x.add("zz"); err == nil {
		t.Errorf("add of phrase %d: no error", maxPhrases+1)
	}
}

// TestLowerNormalized checks lowerNormalized against what it replaces,
// strings.ToLower(normalize(s)), on every line of the repository's texts
// and on hard cases: curly quotes, hyphens, no-break spaces, capitals
// outside ASCII, invalid UTF-8.
func TestLowerNormalized(t *testing.T) {
	lines := []string{"", "ASCII Only", "It’s “Quoted” — ‘here’", "Non\u2010breaking\u2011hyphen\u00a0space",
		"ŠEFČOVIČ İstanbul ΑΘΗΝΑ", "bad \xff byte ’", "ʼOkina ′prime″", "„low quote"}
	lines = append(lines, fileLines(t, "../testdata/*/*.txt", "testdata/pages/*.txt")...)
	for _, s := range lines {
		if got, want := lowerNormalized(s), strings.ToLower(normalize(s)); got != want {
			t.Errorf("lowerNormalized(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzLowerNormalized checks lowerNormalized against strings.ToLower of
// normalize on any input.
func FuzzLowerNormalized(f *testing.F) {
	for _, s := range []string{"It’s “Quoted”", "ŠEFČOVIČ", "bad \xff", "Non\u2010breaking\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerNormalized(s), strings.ToLower(normalize(s)); got != want {
			t.Errorf("lowerNormalized(%q) = %q, want %q", s, got, want)
		}
	})
}

// checkFind checks that x.find agrees with strings.Contains for each of
// phrases on 20,000 lines of up to 11 pieces drawn at random (PCG seed,
// seed+1), built so that near misses are common.
func checkFind(t *testing.T, x *phraseIndex, phrases, pieces []string, seed uint64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed+1))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		line := b.String()
		found := x.find(line)
		for i, p := range phrases {
			if got, want := found.has(i), strings.Contains(line, p); got != want {
				t.Fatalf("find(%q) has %q = %v, strings.Contains says %v", line, p, got, want)
			}
		}
	}
}
