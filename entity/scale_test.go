package entity

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

// shuffledSeeds returns about n bytes of real words: the words of the seed
// articles, shuffled with a fixed seed, in lines of sentences. Every name and
// title of the seeds recurs in it thousands of times, in every company.
func shuffledSeeds(tb testing.TB, n int) string {
	tb.Helper()
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	var words []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	if len(words) == 0 {
		tb.Fatal("no seed words")
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.Grow(n + 64)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[r.IntN(len(words))])
		switch {
		case i%400 == 399:
			b.WriteString(".\n")
		case i%20 == 19:
			b.WriteString(". ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// BenchmarkScale runs the entity stage over 1, 4 and 16 MB of shuffled seed
// words: time and memory per byte must stay flat as the text grows (every
// pass is linear in the text).
func BenchmarkScale(b *testing.B) {
	s := newStage(b)
	for _, mb := range []int{1, 4, 16} {
		text := shuffledSeeds(b, mb<<20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				d, err := pipeline.Parse(context.Background(), text)
				if err != nil {
					b.Fatal(err)
				}
				if err := s.Annotate(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
