package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/pipeline"
)

// TestSpanWords: spanWords, which reads a span's words into the arena of
// words, returns what strings.Fields of the span's text does, for every
// span of up to eight tokens of texts with hyphens, apostrophes, dashes
// and Unicode spaces.
func TestSpanWords(t *testing.T) {
	s := newStage(t)
	texts := []string{
		"The Ministry of Foreign Affairs of the Kingdom of the Netherlands said on Monday.",
		"Pakistan's Foreign Office\u00a0spokesperson — Mumtaz Zahra Baloch — told the UN's Human Rights Council (HRC) in Geneva.",
		"The US–Nigeria Joint Working Group met el-Sisi's\u2003envoy, Jae-myung Lee, at the O'Neill\u2009Centre.",
	}
	spans := 0
	for _, text := range texts {
		d, err := pipeline.Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		a := newAnalysis(s, d)
		for first := range d.Tokens {
			for end := first + 1; end <= min(len(d.Tokens), first+8); end++ {
				want := strings.Fields(text[d.Tokens[first].Start:d.Tokens[end-1].End])
				got := a.spanWords(first, end)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%q, tokens [%d, %d) (-strings.Fields +spanWords):\n%s", text, first, end, diff)
				}
				if len(got) != cap(got) {
					t.Errorf("%q, tokens [%d, %d): len %d, cap %d: want them capped", text, first, end, len(got), cap(got))
				}
				spans++
			}
		}
		a.release()
	}
	if spans < 100 {
		t.Errorf("%d spans read: want more", spans)
	}
}

// TestDropWords: the arena of words holds none of the text beyond its
// length after dropWords, so that release clears only its length.
func TestDropWords(t *testing.T) {
	s := newStage(t)
	d, err := pipeline.Parse(context.Background(), "Foreign Minister Elena Quispe met President Tomas Reyes.")
	if err != nil {
		t.Fatal(err)
	}
	a := newAnalysis(s, d)
	defer a.release()
	a.nameWords(2, 4)
	base := len(a.wordArena)
	a.spanWords(0, len(d.Tokens))
	if len(a.wordArena) <= base {
		t.Fatalf("arena of %d words after spanWords, want more than %d", len(a.wordArena), base)
	}
	a.dropWords(base)
	if diff := cmp.Diff([]string{"Elena", "Quispe"}, a.wordArena); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
	for i, w := range a.wordArena[base:cap(a.wordArena)] {
		if w != "" {
			t.Errorf("arena[%d] = %q beyond its length: want it cleared", base+i, w)
		}
	}
}
