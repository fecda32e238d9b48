package extract_test

import (
	"context"
	"errors"
	"fmt"
	goiter "iter"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/readout/readout/extract"
)

// sources yields n documents; every fifth is not UTF-8.
func sources(n int) goiter.Seq[extract.Source] {
	return func(yield func(extract.Source) bool) {
		for i := range n {
			text := fmt.Sprintf("Peru and Chile discussed trade on day %d.", i)
			if i%5 == 4 {
				text = "bad \xff"
			}
			if !yield(extract.Source{ID: fmt.Sprint("d", i), Text: text}) {
				return
			}
		}
	}
}

// TestResults: the iterator yields every document in input order, a
// document's failure as an error naming it, and the same results as Extract.
func TestResults(t *testing.T) {
	ex := newExtractor(t)
	for _, workers := range []int{1, 4, 0} {
		i := 0
		for r, err := range ex.Results(context.Background(), workers, sources(40)) {
			id := fmt.Sprint("d", i)
			if i%5 == 4 {
				if r != nil || !errors.Is(err, extract.ErrInvalidInput) || !strings.HasPrefix(err.Error(), id+": extract: invalid input") {
					t.Errorf("workers %d, doc %d: %v, %v; want nil and an ErrInvalidInput naming %s", workers, i, r, err, id)
				}
			} else {
				want, _ := ex.Extract(context.Background(), id, fmt.Sprintf("Peru and Chile discussed trade on day %d.", i))
				if err != nil || r == nil || r.ID != id || len(r.Countries) != len(want.Countries) || len(r.Topics) != len(want.Topics) {
					t.Errorf("workers %d, doc %d: %v, %v; want the result of %s", workers, i, r, err, id)
				}
			}
			i++
		}
		if i != 40 {
			t.Errorf("workers %d: %d pairs for 40 documents", workers, i)
		}
	}
}

// TestResultsBreak: leaving the loop early stops the workers and the
// sequence of documents.
func TestResultsBreak(t *testing.T) {
	ex := newExtractor(t)
	before := runtime.NumGoroutine()
	pulled := 0
	docs := func(yield func(extract.Source) bool) {
		for src := range sources(1 << 20) {
			pulled++
			if !yield(src) {
				return
			}
		}
	}
	n := 0
	for range ex.Results(context.Background(), 4, docs) {
		if n++; n == 3 {
			break
		}
	}
	if pulled > 100 {
		t.Errorf("%d documents pulled for 3 read: the sequence ran on", pulled)
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines after the loop, %d before", g, before)
	}
}

// TestResultsCancel: when ctx ends, the last pair is ctx's error.
func TestResultsCancel(t *testing.T) {
	ex := newExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var last error
	n := 0
	for _, err := range ex.Results(ctx, 2, sources(1<<20)) {
		last = err
		if n++; n == 10 {
			cancel()
		}
		if n > 1000 {
			t.Fatal("the sequence goes on after cancel")
		}
	}
	if !errors.Is(last, context.Canceled) {
		t.Errorf("last error %v, want context.Canceled", last)
	}
}
