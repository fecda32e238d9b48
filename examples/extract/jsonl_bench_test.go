package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// jsonlCorpus returns the path of a JSON Lines file to read with -in and its
// size: READOUT_JSONL when set, else the seeds and the invented articles of
// testdata written as one record each, repeated to 200 records.
func jsonlCorpus(b *testing.B) (string, int64) {
	b.Helper()
	if p := os.Getenv("READOUT_JSONL"); p != "" {
		st, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		return p, st.Size()
	}
	var texts []string
	for _, glob := range []string{"../../testdata/seeds/*.txt", "../../testdata/articles/*.txt"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range paths {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
		}
	}
	if len(texts) == 0 {
		b.Fatal("no texts in testdata")
	}
	var buf []byte
	for i := range 200 {
		rec, err := json.Marshal(map[string]string{"id": filepath.Base(b.Name()) + string(rune('a'+i%26)), "text": texts[i%len(texts)]})
		if err != nil {
			b.Fatal(err)
		}
		buf = append(append(buf, rec...), '\n')
	}
	p := filepath.Join(b.TempDir(), "in.jsonl")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		b.Fatal(err)
	}
	return p, int64(len(buf))
}

// BenchmarkJSONL runs the command as "extract -jsonl -in FILE" on a JSON
// Lines corpus (see jsonlCorpus), the Extractor's start-up included, output
// thrown away: reading records, extracting and printing them. Run it with
// -cpu 1 for the one-core figure, and READOUT_JSONL=FILE for a corpus of
// your own.
func BenchmarkJSONL(b *testing.B) {
	path, size := jsonlCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"-jsonl", "-in", path}, nil, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
