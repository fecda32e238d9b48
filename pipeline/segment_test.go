package pipeline

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// referenceSegment is segment as it was before it kept isStop of the token
// before as it went and tested a token against the next line's or cut's
// start only: the definition TestSegmentAgrees checks segment against.
func referenceSegment(d *Doc, lines []line) {
	ctx := context.Background()
	toks := d.Tokens
	if len(toks) == 0 {
		return
	}
	// A sentence has a dozen tokens or more, as a rule: room for as many
	// sentences as that allows saves growing the slice.
	if n := len(toks)/12 + 1; cap(d.Sentences) < n {
		d.Sentences = make([]Sentence, 0, n)
	} else {
		d.Sentences = d.Sentences[:0]
	}
	wrap := wrapWidth(d.Text, lines)
	bp := 0 // next boilerplate mark
	li := 0 // line of the current token
	first := 0
	sentence := func(end int) {
		if end <= first {
			return
		}
		s := Sentence{Span: Span{toks[first].Start, toks[end-1].End}, FirstToken: first, EndToken: end}
		for bp < len(d.Boilerplate) && d.Boilerplate[bp].End <= s.Start {
			bp++
		}
		s.Boilerplate = bp < len(d.Boilerplate) && d.Boilerplate[bp].Contains(s.Span)
		for k := first; k < end; k++ {
			toks[k].Sentence = len(d.Sentences)
		}
		d.Sentences = append(d.Sentences, s)
		first = end
	}
	back := 0 // the token before i, stepped back over the closers that touch it
	cuts := markupCuts(d.Boilerplate)
	cut := 0 // the next of cuts
	for i := range toks {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				panic(err)
			}
		}
		for li+1 < len(lines) && toks[i].Start >= lines[li+1].Start {
			li++
			// toks[i] opens a new line.
			if breaksAt(toks, i, lines[li-1], lines[li], wrap) {
				sentence(i)
			}
		}
		for cut < len(cuts) && cuts[cut] <= toks[i].Start {
			sentence(i) // a mark of markup starts or ends inside the line
			cut++
		}
		// endsSentence and isCloser hold only of a token of one rune of
		// three bytes at most: most tokens are passed over on their length.
		if i > first && len(toks[back].Text) <= len("…") && referenceEndsSentence(toks, i, back) {
			sentence(i)
		}
		if len(toks[i].Norm) > len("»") || !isCloser(toks[i].Norm) || toks[i].SpaceBefore {
			back = i
		}
	}
	sentence(len(toks))
}

// referenceEndsSentence is endsSentence as referenceSegment asks it.
func referenceEndsSentence(toks []Token, i, j int) bool {
	switch toks[j].Text {
	case ".", "!", "?", "…":
	default:
		return false
	}
	if !toks[i].SpaceBefore {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i].Text)
	return !unicode.IsLower(r)
}

// TestSegmentAgrees checks segment against referenceSegment, sentence for
// sentence and token for token, on the repository's texts and on 3,000
// random texts of stops, closers, line breaks, markup and words in every
// case (PCG seed 7, 8).
func TestSegmentAgrees(t *testing.T) {
	texts := repoTexts(t)
	pieces := []string{"Word", "word", "US", "é", "Éa", "1", " ", " ", " ", ".", "!", "?", "…", "\"", "'", ")", "]", "»", "”",
		"\n", "\n\n", "\r\n", ":", ",", "<script>x</script>", "<!-- c -->", "Read more", "By Ana Ruiz", "\t"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		lines := splitLines(text)
		markup := findMarkup(text)
		markupLines(text, lines, markup)
		d := &Doc{Text: text}
		d.Boilerplate = addMarkup(text, lines, markBoilerplate(text, asciiLower(text), lines), markup)
		d.Tokens = tokenize(text)
		want := &Doc{Text: text, Boilerplate: d.Boilerplate, Tokens: append([]Token(nil), d.Tokens...)}
		referenceSegment(want, lines)
		if err := d.segment(context.Background(), lines); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.Sentences, d.Sentences); diff != "" {
			t.Fatalf("segment(%q): sentences (-reference +got):\n%s", text, diff)
		}
		for i := range d.Tokens {
			if d.Tokens[i].Sentence != want.Tokens[i].Sentence {
				t.Fatalf("segment(%q): token %d %q in sentence %d, the reference says %d", text, i, d.Tokens[i].Text, d.Tokens[i].Sentence, want.Tokens[i].Sentence)
			}
		}
	}
}

// TestStartsLower checks startsLower against unicode.IsLower of the first
// rune, on every rune and on bytes that are not UTF-8.
func TestStartsLower(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r += 1 + r/4096 {
		s := string(r) + "x"
		if got, want := startsLower(s), unicode.IsLower(r); got != want && utf8.ValidRune(r) {
			t.Fatalf("startsLower(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"", "\xff", "a", "A", "é", "É"} {
		r, _ := utf8.DecodeRuneInString(s)
		if got, want := startsLower(s), unicode.IsLower(r); got != want {
			t.Fatalf("startsLower(%q) = %v, want %v", s, got, want)
		}
	}
}
