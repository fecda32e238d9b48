package entity

import (
	"context"
	"errors"
	"testing"
)

// TestHalted: halted looks at the context once every ctxEvery calls, and
// once it has seen it ended, reports so on every call after.
func TestHalted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	a := &analysis{ctx: ctx}
	for i := range 3 * ctxEvery {
		if a.halted() {
			t.Fatalf("call %d: halted with a live context", i)
		}
	}
	cancel()
	n := 0
	for !a.halted() {
		if n++; n > ctxEvery {
			t.Fatalf("not halted %d calls after the context ended", n)
		}
	}
	if !errors.Is(a.err, context.Canceled) || !a.halted() {
		t.Errorf("after halting: err %v, halted %v; want context.Canceled, true", a.err, a.halted())
	}
}
