package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/readout/readout/entity"
	"github.com/readout/readout/entity/ner"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/internal/event"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/topic"
)

// The benchmarks run over the seed articles; one op is one pass over all of
// them, so MB/s is bytes of text per second and allocs/op is per pass.
// Compare BenchmarkExtract with BenchmarkProse (same texts, same run):
//
//	go test -run '^$' -bench . -benchtime 2s ./extract/
//
// READOUT_BENCH_TEXTS=DIR runs them over the *.txt files of DIR instead
// (the development set's texts, say), as examples/benchmark -speed -texts
// does:
//
//	READOUT_BENCH_TEXTS=../shared/dev/texts go test -run '^$' -bench 'Extract$' -cpu 1 ./extract/

type seed struct{ id, text string }

func benchSeeds(b *testing.B) (seeds []seed, bytes int64) {
	b.Helper()
	dir := "../testdata/seeds"
	if d := os.Getenv("READOUT_BENCH_TEXTS"); d != "" {
		dir = d
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		b.Fatalf("texts of %s: %v", dir, err)
	}
	if len(paths) == 0 {
		b.Fatalf("no texts (*.txt) in %s", dir)
	}
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, seed{strings.TrimSuffix(filepath.Base(p), ".txt"), string(t)})
		bytes += int64(len(t))
	}
	return seeds, bytes
}

// reportDocs adds a docs/s figure.
func reportDocs(b *testing.B, perOp int) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N*perOp)/s, "docs/s")
	}
}

func BenchmarkExtract(b *testing.B) { benchExtract(b) }

// BenchmarkExtractNER measures the opt-in NER signal (extract.WithNER).
func BenchmarkExtractNER(b *testing.B) { benchExtract(b, extract.WithNER(ner.New())) }

func benchExtract(b *testing.B, opts ...extract.Option) {
	seeds, n := benchSeeds(b)
	ex, err := extract.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range seeds {
			if _, err := ex.Extract(ctx, s.id, s.text); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportDocs(b, len(seeds))
}

func BenchmarkExtractParallel(b *testing.B) {
	seeds, n := benchSeeds(b)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, s := range seeds {
				if _, err := ex.Extract(ctx, s.id, s.text); err != nil {
					b.Error(err)
					return
				}
			}
		}
	})
	reportDocs(b, len(seeds))
}

// BenchmarkStages times each stage alone: the Docs are parsed, and annotated
// by the stages before the one measured, outside the timer. A stage run again
// on the same Doc replaces its own annotation (Doc.SetValue), so each
// iteration does the stage's full work.
func BenchmarkStages(b *testing.B) {
	seeds, n := benchSeeds(b)
	ctx := context.Background()
	ents, err := entity.New()
	if err != nil {
		b.Fatal(err)
	}
	evs, err := event.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	chain := pipeline.Chain{ents, topic.NewStage(topic.Default()), evs}
	names := []string{"entities", "topics", "events"}

	b.Run("tokenize", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range seeds {
				if _, err := pipeline.Parse(ctx, s.text); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportDocs(b, len(seeds))
	})
	// parse-reused is tokenize as Extract parses: into one Doc, reused.
	b.Run("parse-reused", func(b *testing.B) {
		p := pipeline.NewParser()
		d := new(pipeline.Doc)
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range seeds {
				if err := p.ParseInto(ctx, d, s.text); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportDocs(b, len(seeds))
	})
	for i, stage := range chain {
		b.Run(names[i], func(b *testing.B) {
			docs := make([]*pipeline.Doc, len(seeds))
			for k, s := range seeds {
				d, err := pipeline.Parse(ctx, s.text)
				if err != nil {
					b.Fatal(err)
				}
				if err := chain[:i].Run(ctx, d); err != nil {
					b.Fatal(err)
				}
				docs[k] = d
			}
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if err := stage.Annotate(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
			reportDocs(b, len(seeds))
		})
	}
}

// BenchmarkProse is the baseline: prose.NewDocument on the same seeds, with
// its default options (which rebuild the tagger and NER model on every call:
// about 0.5 s a pass over the seeds) and with a model loaded once.
func BenchmarkProse(b *testing.B) {
	seeds, n := benchSeeds(b)
	b.Run("default", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range seeds {
				if _, err := prose.NewDocument(s.text); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportDocs(b, len(seeds))
	})
	b.Run("model-once", func(b *testing.B) {
		m := prose.ModelFromData("en")
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range seeds {
				if _, err := prose.NewDocument(s.text, prose.UsingModel(m)); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportDocs(b, len(seeds))
	})
}
