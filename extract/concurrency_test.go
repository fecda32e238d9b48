package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/readout/readout/extract"
)

// TestConcurrentExtract uses one Extractor from many goroutines at once and
// checks that every result equals the sequential one. Run with -race.
func TestConcurrentExtract(t *testing.T) {
	ex := newExtractor(t)
	ids, texts := seedTexts(t)
	// Add hostile inputs, so that concurrent use covers errors and odd paths too.
	extra := map[string]string{
		"html":    readHard(t, "html.txt"),
		"mixed":   readHard(t, "mixed_scripts.txt"),
		"invalid": "Dar \xff met Rubio.",
		"empty":   "",
	}
	for id, text := range extra {
		ids = append(ids, id)
		texts[id] = text
	}
	want := map[string]string{}
	for _, id := range ids {
		want[id] = encode(t, ex, id, texts[id])
	}

	const goroutines = 12
	rounds := 20
	if testing.Short() {
		rounds = 3
	}
	var wg sync.WaitGroup
	var mismatches atomic.Int32
	start := make(chan struct{})
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for r := range rounds {
				// Each goroutine walks the ids from its own place, so that
				// different documents are in flight at once.
				for k := range ids {
					id := ids[(k+g+r)%len(ids)]
					got := encode(t, ex, id, texts[id])
					if got != want[id] && mismatches.Add(1) <= 3 {
						t.Errorf("goroutine %d round %d: %s differs from the sequential result:\n got %.300s\nwant %.300s", g, r, id, got, want[id])
					}
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	if n := mismatches.Load(); n > 0 {
		t.Errorf("%d mismatches in all", n)
	}
}

// encode returns the JSON of Extract's result, or the error's text.
func encode(t testing.TB, ex *extract.Extractor, id, text string) string {
	r, err := ex.Extract(context.Background(), id, text)
	if err != nil {
		return "error: " + err.Error()
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Errorf("%s: json: %v", id, err)
	}
	return string(b)
}

// docs returns n sources cycling over the seeds, with ids "doc-0", "doc-1"...
// Every seventh is invalid UTF-8, so that errors are interleaved in order too.
func docs(t testing.TB, n int) (srcs []extract.Source) {
	ids, texts := seedTexts(t)
	for i := range n {
		text := texts[ids[i%len(ids)]]
		if i%7 == 3 {
			text = "bad \xff"
		}
		srcs = append(srcs, extract.Source{ID: fmt.Sprintf("doc-%d", i), Text: text})
	}
	return srcs
}

// iter returns a next function over srcs.
func iter(srcs []extract.Source) func() (extract.Source, bool) {
	i := 0
	return func() (extract.Source, bool) {
		if i >= len(srcs) {
			return extract.Source{}, false
		}
		i++
		return srcs[i-1], true
	}
}

func TestBatchOrder(t *testing.T) {
	ex := newExtractor(t)
	srcs := docs(t, 200)
	// Documents of very different sizes finish out of order on 4 workers.
	srcs[9].Text = strings.Repeat(srcs[9].Text, 40)
	srcs[11].Load = func() (string, error) {
		time.Sleep(20 * time.Millisecond)
		return "", errors.New("load failed")
	}
	srcs[12].Load = func() (string, error) { panic("loader panics") }
	var got []extract.Output
	err := ex.Batch(context.Background(), 4, iter(srcs), func(o extract.Output) error {
		got = append(got, o)
		return nil
	})
	if err != nil {
		t.Fatalf("Batch: %v", err)
	}
	if len(got) != len(srcs) {
		t.Fatalf("%d outputs for %d documents", len(got), len(srcs))
	}
	for i, o := range got {
		if o.ID != srcs[i].ID {
			t.Fatalf("output %d is %s, want %s: order lost", i, o.ID, srcs[i].ID)
		}
		switch {
		case i == 11:
			if o.Err == nil || o.Err.Error() != "load failed" {
				t.Errorf("%s: err = %v, want the loader's error", o.ID, o.Err)
			}
		case i == 12:
			if o.Err == nil || !strings.Contains(o.Err.Error(), "loader panics") {
				t.Errorf("%s: err = %v, want the recovered panic", o.ID, o.Err)
			}
		case i%7 == 3:
			if !errors.Is(o.Err, extract.ErrInvalidInput) || o.Result != nil {
				t.Errorf("%s: result %t, err %v; want ErrInvalidInput", o.ID, o.Result != nil, o.Err)
			}
		default:
			if o.Err != nil || o.Result == nil || o.Result.ID != o.ID {
				t.Errorf("%s: result %t, err %v; want a result", o.ID, o.Result != nil, o.Err)
				continue
			}
			text := srcs[i].Text
			checkResult(t, text, o.Result)
		}
	}
	// And the same as sequential Extract.
	for i := 0; i < len(srcs); i += 13 {
		if srcs[i].Load != nil {
			continue
		}
		b, _ := json.Marshal(got[i].Result)
		if want := encode(t, ex, srcs[i].ID, srcs[i].Text); got[i].Err == nil && string(b) != want {
			t.Errorf("%s: batch result differs from Extract's", srcs[i].ID)
		}
	}
}

func TestBatchEmitError(t *testing.T) {
	ex := newExtractor(t)
	srcs := docs(t, 200)
	stop := errors.New("stop")
	var emitted []string
	pulled := 0
	next := iter(srcs)
	err := ex.Batch(context.Background(), 4, func() (extract.Source, bool) {
		pulled++
		return next()
	}, func(o extract.Output) error {
		emitted = append(emitted, o.ID)
		if len(emitted) == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("Batch = %v, want emit's error", err)
	}
	if want := []string{"doc-0", "doc-1", "doc-2", "doc-3", "doc-4"}; strings.Join(emitted, ",") != strings.Join(want, ",") {
		t.Errorf("emitted %v, want %v then stop", emitted, want)
	}
	t.Logf("pulled %d of %d sources before stopping", pulled, len(srcs))
	if pulled >= len(srcs) {
		t.Errorf("Batch read the whole stream (%d) after emit failed", pulled)
	}
}

func TestBatchCancel(t *testing.T) {
	ex := newExtractor(t)
	t.Run("before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		n := 0
		err := ex.Batch(ctx, 4, iter(docs(t, 200)), func(extract.Output) error { n++; return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Batch = %v, want context.Canceled", err)
		}
		t.Logf("%d outputs emitted with a context cancelled before", n)
		if n > 20 {
			t.Errorf("%d outputs emitted after cancellation", n)
		}
	})
	t.Run("during", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		n := 0
		// An endless stream: only cancellation ends it.
		endless := func() (extract.Source, bool) {
			return extract.Source{ID: "x", Text: englishPara}, true
		}
		done := make(chan error, 1)
		go func() {
			done <- ex.Batch(ctx, 4, endless, func(extract.Output) error {
				if n++; n == 50 {
					cancel()
				}
				return nil
			})
		}()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Batch = %v, want context.Canceled", err)
			}
			t.Logf("%d outputs emitted; cancelled at 50", n)
		case <-time.After(hangBound):
			t.Fatal("Batch did not return after cancellation")
		}
	})
}

// TestStreamMemory streams 10,000 documents through Batch and reports the
// peak heap: without a memory, and with a memory online (limit 5,000) while
// each document states one more invented person, so that the memory fills
// to its limit and forgets; and it measures a memory full at the default
// limit. It runs only with READOUT_MEM=1 and without -short:
//
//	READOUT_MEM=1 go test -run TestStreamMemory -v ./extract/
func TestStreamMemory(t *testing.T) {
	if testing.Short() || os.Getenv("READOUT_MEM") != "1" {
		t.Skip("set READOUT_MEM=1 (without -short) to measure memory on 10,000 documents")
	}
	t.Run("plain", func(t *testing.T) { streamMemory(t, nil) })
	t.Run("memory", func(t *testing.T) {
		m := extract.NewMemory(extract.MemoryLimit(5000))
		streamMemory(t, m)
		if m.Len() != 5000 {
			t.Errorf("the memory holds %d names and surnames, limit 5,000", m.Len())
		}
	})
	t.Run("full memory", func(t *testing.T) {
		const mb = 1 << 20
		// Two collections: the first moves what sync.Pools hold (the stages'
		// per-document tables, from the subtests before) to their victim
		// caches, the second frees it, so that it is not counted before and
		// gone after.
		runtime.GC()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m := extract.NewMemory()
		for i := 0; m.Len() < extract.DefaultMemoryLimit; i++ {
			name := inventedName(i) + " " + inventedName(i/3)
			m.Add(extract.MemoryEntry{Name: name, Countries: []extract.MemoryCountry{{Country: "KE", Articles: 3, From: fmt.Sprintf("article-%07d", i)}}})
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		kept := (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / mb // signed: a heap may shrink
		t.Logf("a memory of %d names keeps %.1f MB (%.0f bytes a name)", m.Len(), kept, kept*mb/float64(m.Len()))
		if kept > 64 {
			t.Errorf("a full memory keeps %.0f MB", kept)
		}
		runtime.KeepAlive(m)
	})
}

// streamMemory streams 10,000 documents through Batch, with the memory m
// online if not nil, and checks that the heap stays bounded.
func streamMemory(t *testing.T, m *extract.Memory) {
	const n = 10000
	var opts []extract.Option
	if m != nil {
		opts = append(opts, extract.WithMemory(m, extract.MemoryOnline))
	}
	ex := newExtractor(t, opts...)
	ids, texts := seedTexts(t)
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)

	var peakInuse, peakSys uint64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		peakInuse = max(peakInuse, m.HeapInuse)
		peakSys = max(peakSys, m.Sys)
	}
	go func() {
		defer close(sampled)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				sample()
			case <-stopSampling:
				return
			}
		}
	}()

	i, bytesIn, emitted, filled := 0, 0, 0, 0
	start := time.Now()
	err := ex.Batch(context.Background(), 0, func() (extract.Source, bool) {
		if i >= n {
			return extract.Source{}, false
		}
		// Each document is a fresh copy, as if read from disk, with its own
		// id, and opens with a line that states one more invented person
		// (and names the one stated 100 documents before, for the memory
		// to fill).
		text := fmt.Sprintf("Document %d. Kenyan Senator %s spoke. Later %s left.\n\n", i, inventedName(i), inventedName(max(i-100, 0))) +
			strings.Clone(texts[ids[i%len(ids)]])
		bytesIn += len(text)
		i++
		return extract.Source{ID: fmt.Sprintf("doc-%d", i), Text: text}, true
	}, func(o extract.Output) error {
		if o.Err != nil {
			return o.Err
		}
		for _, p := range o.Result.People {
			if p.CountrySource == extract.FromCorpus {
				filled++
			}
		}
		// Encode and drop, as the CLI does.
		if _, err := json.Marshal(o.Result); err != nil {
			return err
		}
		emitted++
		return nil
	})
	took := time.Since(start)
	close(stopSampling)
	<-sampled
	sample()
	if err != nil {
		t.Fatal(err)
	}
	if emitted != n {
		t.Fatalf("%d outputs, want %d", emitted, n)
	}
	if m != nil && filled < n/2 {
		t.Errorf("the memory filled %d countries in %d documents", filled, n)
	}
	var end runtime.MemStats
	runtime.ReadMemStats(&end)
	const mb = 1 << 20
	t.Logf("%d documents, %.1f MB in %v (%.0f docs/s, GOMAXPROCS %d); %d countries from the corpus",
		n, float64(bytesIn)/mb, took.Round(time.Millisecond), float64(n)/took.Seconds(), runtime.GOMAXPROCS(0), filled)
	t.Logf("HeapInuse: before %.1f MB, peak %.1f MB; Sys: before %.1f MB, peak %.1f MB; total allocated %.0f MB",
		float64(base.HeapInuse)/mb, float64(peakInuse)/mb, float64(base.Sys)/mb, float64(peakSys)/mb,
		float64(end.TotalAlloc-base.TotalAlloc)/mb)
	// Bounded: far below the input size times anything. 10,000 seeds are ~28 MB
	// of text; the results alone, if kept, would be more than 64 MB.
	if peakInuse > 256*mb {
		t.Errorf("peak HeapInuse %.0f MB: memory grows with the stream", float64(peakInuse)/mb)
	}
}
