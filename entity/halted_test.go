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

// TestHaltedAt: haltedAt, asked at every index of a walk, reports nothing
// while the context lives, looks at it at the next multiple of ctxEvery
// once it has ended, and reports so at every multiple after (a walk stops
// at the first; run returns the error before the next pass).
func TestHaltedAt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	a := &analysis{ctx: ctx}
	i := 0
	for ; i < 3*ctxEvery+7; i++ {
		if a.haltedAt(i) {
			t.Fatalf("index %d: halted with a live context", i)
		}
	}
	cancel()
	start := i
	for !a.haltedAt(i) {
		if i++; i-start > ctxEvery {
			t.Fatalf("not halted %d indexes after the context ended", i-start)
		}
	}
	if i%ctxEvery != 0 {
		t.Errorf("halted at index %d, not a multiple of %d", i, ctxEvery)
	}
	if !errors.Is(a.err, context.Canceled) || !a.haltedAt(i+ctxEvery) || !a.halted() {
		t.Errorf("after halting: err %v, haltedAt %v, halted %v; want context.Canceled, true, true", a.err, a.haltedAt(i+ctxEvery), a.halted())
	}
}
