package extract_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/readout/readout/extract"
)

// BenchmarkNew measures extract.New once the process has built its first
// Extractor: the knowledge tables are compiled once per process and shared,
// so this is what each further Extractor costs. The first New of a process
// is measured in a fresh process by go run ./examples/benchmark -speed (its
// "first result" line), and its table loading by BenchmarkLoadTables in
// package entity.
func BenchmarkNew(b *testing.B) {
	if _, err := extract.New(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshalJSON encodes the results of the seeds in their JSON form
// (what examples/extract -jsonl writes); MB/s is bytes of JSON per second.
func BenchmarkMarshalJSON(b *testing.B) {
	seeds, _ := benchSeeds(b)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var results []*extract.Result
	var n int64
	for _, s := range seeds {
		r, err := ex.Extract(context.Background(), s.id, s.text)
		if err != nil {
			b.Fatal(err)
		}
		out, err := json.Marshal(r)
		if err != nil {
			b.Fatal(err)
		}
		results = append(results, r)
		n += int64(len(out))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range results {
			if _, err := r.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	}
}
