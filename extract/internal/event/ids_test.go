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
