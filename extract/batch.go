package extract

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
)

// Source is one document of a batch: its id, and its text or a function that
// loads it (called on a worker, so that reading files runs in parallel).
type Source struct {
	ID   string
	Text string
	// Load, if not nil, is called instead of using Text.
	Load func() (string, error)
}

// Output is the outcome of one document of a batch: a result or an error.
type Output struct {
	ID     string
	Result *Result
	Err    error
}

// Batch extracts a stream of documents on workers goroutines (GOMAXPROCS if
// workers <= 0) and calls emit with each outcome in input order, from one
// goroutine. next is called from one goroutine and returns false when the
// stream ends. Memory stays bounded whatever the stream's length: at most a
// few documents per worker are in flight. Batch stops at the first error of
// emit or ctx and returns it; a document's own failure is an Output, not an
// error of Batch. With WithMemory, each result is filled and learned from
// on the goroutine that emits, in input order, so that the results do not
// depend on the number of workers.
func (e *Extractor) Batch(ctx context.Context, workers int, next func() (Source, bool), emit func(Output) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		src Source
		out chan outcome
	}
	jobs := make(chan job)
	order := make(chan chan outcome, 2*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- e.one(ctx, j.src)
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for {
			src, ok := next()
			if !ok {
				return
			}
			out := make(chan outcome, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{src, out}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var err error
	for out := range order {
		if err != nil {
			continue // drain so the producer can finish
		}
		select {
		case o := <-out:
			// The memory fills and learns here, on one goroutine, in input
			// order: the same results whatever the number of workers.
			if o.Err == nil {
				e.remember(o.ID, o.Result, o.facts)
			}
			if err = emit(o.Output); err != nil {
				cancel()
			}
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// Results is Batch as an iterator: it extracts the documents of docs on
// workers goroutines (GOMAXPROCS if workers <= 0) and yields, in input order,
// each document's result, or the error that stopped it, prefixed with its id
// ("a.txt: extract: text too large: ..."). A document's failure does not end
// the sequence. When ctx ends, the last pair yielded is (nil, ctx.Err()).
// Breaking out of the loop stops the workers. docs is ranged over on one
// goroutine, at most a few documents per worker ahead of the loop.
//
//	for r, err := range ex.Results(ctx, 0, docs) {
//		if err != nil {
//			log.Print(err)
//			continue
//		}
//		fmt.Println(r.ID, len(r.People))
//	}
func (e *Extractor) Results(ctx context.Context, workers int, docs iter.Seq[Source]) iter.Seq2[*Result, error] {
	return func(yield func(*Result, error) bool) {
		next, stop := iter.Pull(docs)
		defer stop()
		errStop := errors.New("stop")
		err := e.Batch(ctx, workers, next, func(o Output) error {
			var ok bool
			if o.Err != nil {
				ok = yield(nil, fmt.Errorf("%s: %w", o.ID, o.Err))
			} else {
				ok = yield(o.Result, nil)
			}
			if !ok {
				return errStop
			}
			return nil
		})
		if err != nil && err != errStop {
			yield(nil, err)
		}
	}
}

// outcome is an Output with the facts its memory step needs.
type outcome struct {
	Output
	facts []personFacts
}

func (e *Extractor) one(ctx context.Context, src Source) (o outcome) {
	o.ID = src.ID
	defer func() {
		if r := recover(); r != nil {
			o.Result, o.facts, o.Err = nil, nil, fmt.Errorf("extract: internal error on %q: %v", src.ID, r)
		}
	}()
	text := src.Text
	if src.Load != nil {
		var err error
		if text, err = src.Load(); err != nil {
			o.Err = err
			return o
		}
	}
	o.Result, o.facts, o.Err = e.extract(ctx, src.ID, text)
	return o
}
