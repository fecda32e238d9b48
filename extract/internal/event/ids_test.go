package event

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/pipeline"
)

func TestWordIDsAgreeWithMap(t *testing.T) {
	ids := map[string]int32{}
	for i := range 300 {
		ids[fmt.Sprint("w", i)] = int32(i + 1)
	}
	ids[""] = 301
	x := newWordIDs(ids)
	for i := range 600 {
		w := fmt.Sprint("w", i)
		if got := x.id(w); got != ids[w] {
			t.Errorf("id(%q) = %d, want %d", w, got, ids[w])
		}
	}
	if got := x.id(""); got != 301 {
		t.Errorf(`id("") = %d, want 301`, got)
	}
}

// TestStageWordIDs looks up every word of the stage's own table, which the
// seen filter of wordIDs.id must never turn away.
func TestStageWordIDs(t *testing.T) {
	rs, lx, err := loadData()
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := index(lx, rs)
	x := newWordIDs(ids)
	for w, id := range ids {
		if got := x.id(w); got != id {
			t.Errorf("id(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"zzz", "the-", "Met", "meetings!"} {
		if got := x.id(w); got != ids[w] {
			t.Errorf("id(%q) = %d, want %d", w, got, ids[w])
		}
	}
}

// TestIndexSets: the index gives each word of the stage's lists the bit
// of every set whose list holds it, and no other, as the lists' sets say.
func TestIndexSets(t *testing.T) {
	rs, lx, err := loadData()
	if err != nil {
		t.Fatal(err)
	}
	lists, err := loadWords()
	if err != nil {
		t.Fatal(err)
	}
	ids, infos := index(lx, rs)
	want := map[string]uint64{}
	for i, name := range wordSets {
		set, err := lists.Set(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(set) == 0 {
			t.Errorf("set %s has no words", name)
		}
		for w := range set {
			want[w] |= 1 << i
		}
	}
	for w, id := range ids {
		if got := infos[id].sets; got != want[w] {
			t.Errorf("%q: sets %#x, want %#x", w, got, want[w])
		}
	}
	for w := range want {
		if ids[w] == 0 {
			t.Errorf("%q of the lists is not indexed", w)
		}
	}
}

// TestTokenWordIDs looks up every token of the repository's texts as
// newFinder does, by the token's own hash (Token.Hash, spread), and checks
// the index it finds against the stage's table of words: the tokeniser's
// hash and the table's keys must agree for every word.
func TestTokenWordIDs(t *testing.T) {
	rs, lx, err := loadData()
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := index(lx, rs)
	x := newWordIDs(ids)
	files, err := filepath.Glob("../../../testdata/*/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("%d texts (%v), want the repository's", len(files), err)
	}
	p := pipeline.NewParser()
	found := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := p.Parse(context.Background(), string(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range d.Tokens {
			var got int32
			if len(tok.Lower) < 2 {
				got = x.short(tok.Lower)
			} else if h := spread(tok.Hash); x.may(h) {
				got = x.probe(tok.Lower, h)
			}
			if want := ids[tok.Lower]; got != want || x.hashedID(tok.Lower, tok.Hash) != want {
				t.Fatalf("%s: token %q found as %d (hashedID %d), want %d", f, tok.Lower, got, x.hashedID(tok.Lower, tok.Hash), want)
			}
			if got != 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no token of the texts is a word of the table")
	}
}
