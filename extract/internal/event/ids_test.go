package event

import (
	"fmt"
	"testing"
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
// shape filter of wordIDs.id must never turn away.
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
