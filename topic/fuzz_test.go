package topic

import (
	"context"
	"os"
	"testing"

	"github.com/readout/readout/pipeline"
)

func FuzzClassify(f *testing.F) {
	for _, path := range seeds(f) {
		text, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(text))
	}
	for _, s := range []string{"", "-", "counter-", "-terror", "anti--terror", "rare-earth-", "U.S.-made arms left-behind in Afghanistan", "Read More: trade\n", "\xff-\xfe", "mineral water mineral"} {
		f.Add(s)
	}
	tax := Default()
	f.Fuzz(func(t *testing.T, text string) {
		d, err := pipeline.Parse(context.Background(), text)
		if err != nil {
			t.Skip(err)
		}
		checkSpans(t, d, tax.Classify(d))
	})
}

func BenchmarkClassify(b *testing.B) {
	var docs []*pipeline.Doc
	var n int64
	for _, path := range seeds(b) {
		text, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		d, err := pipeline.Parse(context.Background(), string(text))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(text))
	}
	tax := Default()
	// warm: the stems of the words seen before are cached, as in a long run
	// over news text. cold: every call stems every distinct word afresh.
	for _, cold := range []bool{false, true} {
		name := "warm"
		if cold {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if cold {
						s := tax.getScratch()
						s.stems.reset()
						s.entries = s.entries[:0]
						tax.putScratch(s)
					}
					tax.Classify(d)
				}
			}
		})
	}
}
