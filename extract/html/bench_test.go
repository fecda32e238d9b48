package html_test

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// BenchmarkWritePage renders the seeds, joined into one text, with their
// result and boilerplate (computed outside the loop).
func BenchmarkWritePage(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"000_aa5c4228441c36f4", "001_29090e6e36280182", "002_3186a69dec831b6b",
		"003_d8846142a825bda0", "004_0669800c25a8c53b"} {
		t, err := os.ReadFile("../../testdata/seeds/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), "seeds", text)
	if err != nil {
		b.Fatal(err)
	}
	bp, err := html.FindBoilerplate(context.Background(), text)
	if err != nil {
		b.Fatal(err)
	}
	d := html.Doc{Text: text, Result: r, Boilerplate: bp}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := html.WritePage(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
