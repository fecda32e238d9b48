package pipeline

import (
	"context"
	"testing"
)

// The benchmarks run over the seed articles; one op is one pass over all of
// them, so MB/s is bytes of text per second. BenchmarkParse times the whole
// of Parse, BenchmarkTokenize the tokenizer alone and BenchmarkPasses each
// pass of Parse alone, on inputs the passes before it made outside the
// timer.

// seedTexts returns the seeds in a fixed order and their size in bytes.
func seedTexts(b testing.TB) ([]string, int64) {
	b.Helper()
	var texts []string
	n := 0
	for _, t := range seeds(b) {
		texts = append(texts, t)
		n += len(t)
	}
	return texts, int64(n)
}

// BenchmarkTokenize times the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	texts, n := seedTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			tokenize(t)
		}
	}
}

// BenchmarkPasses times each pass of Parse alone, in Parse's order.
func BenchmarkPasses(b *testing.B) {
	texts, n := seedTexts(b)
	ctx := context.Background()
	type input struct {
		d     *Doc
		lines []line
		lower string
	}
	// prepare runs Parse's passes on every text up to the one measured.
	prepare := func() []input {
		var in []input
		for _, t := range texts {
			d := &Doc{Text: t}
			lines := splitLines(t)
			d.Boilerplate = markBoilerplate(t, asciiLower(t), lines)
			d.Tokens = tokenize(t)
			if err := d.segment(ctx, lines); err != nil {
				b.Fatal(err)
			}
			markHeadings(d, lines)
			in = append(in, input{d, lines, asciiLower(t)})
		}
		return in
	}
	p := &Parser{}
	passes := []struct {
		name string
		run  func(input)
	}{
		{"lines", func(in input) { splitLines(in.d.Text) }},
		{"markup", func(in input) { findMarkup(in.d.Text) }},
		{"lower", func(in input) { asciiLower(in.d.Text) }},
		{"boilerplate", func(in input) { markBoilerplate(in.d.Text, in.lower, in.lines) }},
		{"tokenize", func(in input) { tokenizeLower(context.Background(), in.d.Text, in.lower, nil) }},
		{"sentences", func(in input) {
			in.d.Sentences = nil
			if err := in.d.segment(ctx, in.lines); err != nil {
				b.Fatal(err)
			}
		}},
		{"headings", func(in input) { markHeadings(in.d, in.lines) }},
		{"header", func(in input) { p.readHeader(in.d, in.lines) }},
	}
	for _, pass := range passes {
		b.Run(pass.name, func(b *testing.B) {
			in := prepare()
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, x := range in {
					pass.run(x)
				}
			}
		})
	}
}
