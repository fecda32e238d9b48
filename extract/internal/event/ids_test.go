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
