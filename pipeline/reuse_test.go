package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// reuseTexts returns the seeds and the hard articles, and a few short texts
// that make a used Doc's slices longer than the text needs (a BOM, one
// word, white space, nothing), in a fixed order.
func reuseTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, s := range seeds(t) {
		texts = append(texts, s)
	}
	for _, name := range []string{"html.txt", "mixed_scripts.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "hard", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	sort.Strings(texts)
	return append(texts, "\ufeffBy: Agencies\n\nISLAMABAD: Dar met Rubio on Monday.", "Monday", " \n\t", "",
		strings.Repeat("Dar met Rubio. ", 400), "U.S. talks\r\n“Pakistan’s” role")
}

// TestParseInto checks that ParseInto into a Doc that held another text,
// longer or shorter, and the stages' annotations, gives what Parse gives
// into a fresh one.
func TestParseInto(t *testing.T) {
	ctx := context.Background()
	texts := reuseTexts(t)
	p := NewParser()
	d := new(Doc)
	same := cmp.Options{cmp.AllowUnexported(Doc{}, Token{}), cmpopts.EquateEmpty()}
	for round := range 2 {
		for i := range texts {
			// Each text follows a different one in each round.
			text := texts[(i*(round+1))%len(texts)]
			d.SetValue("stage", i)
			if err := p.ParseInto(ctx, d, text); err != nil {
				t.Fatal(err)
			}
			if v := d.Value("stage"); v != nil {
				t.Errorf("ParseInto kept an annotation of the text before: %v", v)
			}
			want, err := p.Parse(ctx, text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, d, same); diff != "" {
				t.Errorf("round %d, text %d (%.40q): ParseInto into a used Doc differs from Parse (-Parse +ParseInto):\n%s", round, i, text, diff)
			}
		}
	}
}

// TestParseIntoCancelled checks that ParseInto leaves d empty when ctx has
// ended, and that d parses the next text as a fresh Doc would.
func TestParseIntoCancelled(t *testing.T) {
	p := NewParser()
	d := new(Doc)
	text := strings.Repeat("Dar met Rubio in Washington on Monday. ", 2000)
	if err := p.ParseInto(context.Background(), d, text); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.ParseInto(ctx, d, text); !errors.Is(err, context.Canceled) {
		t.Fatalf("ParseInto with a cancelled context: got %v, want context.Canceled", err)
	}
	if d.Text != "" || len(d.Tokens) != 0 || len(d.Sentences) != 0 || len(d.Boilerplate) != 0 || d.Header.Lines != nil {
		t.Errorf("ParseInto that failed left d holding %d tokens, %d sentences, text %.40q", len(d.Tokens), len(d.Sentences), d.Text)
	}
}

// checkWordShapes checks the shape scanWord gathers of the word it reads
// at every letter or digit of text against asciiShape of the word.
func checkWordShapes(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); i++ {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		end, _, got := scanWord(text, i, 0)
		if !got.ascii {
			got = shape{} // hasLower and letters say nothing of a word beyond ASCII
		}
		if want := shapeOf(text[i:end]); got != want {
			t.Fatalf("scanWord(%q, %d) read %q with shape %+v, asciiShape says %+v", text, i, text[i:end], got, want)
		}
	}
}

// TestScanWordShape checks scanWord's shapes on the seeds, the hard
// articles and words of every shape.
func TestScanWordShape(t *testing.T) {
	for _, text := range reuseTexts(t) {
		checkWordShapes(t, text)
	}
	for _, text := range []string{"U.S. NATO nato NaTo Pakistan’s O’Brien O'Brien café CAFÉ e.g. 3.5 1,000 A.B.C",
		"SánchezRead Secretary13:05 talks2025 x\u0301y Ab\xffc DPM/FM 2021-era", "Q. I. a.b.c.d.e"} {
		checkWordShapes(t, text)
	}
}

// FuzzScanWordShape checks scanWord's shapes on any text.
func FuzzScanWordShape(f *testing.F) {
	f.Add("U.S. NATO Pakistan’s O’Brien café e.g. 3.5 1,000")
	f.Add("SánchezRead Secretary13:05 talks2025 Ab\xffc")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		checkWordShapes(t, text)
	})
}
