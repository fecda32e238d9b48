package pipeline

import (
	"context"
	"strings"
	"testing"
)

// TestTokenRoom checks that a long text of names, prose, letters not ASCII,
// numbers or marks fills the slice tokenizeLower makes for it without
// growing it, with the tokens Tokenize makes, and that a short text gets a
// token for every five bytes.
func TestTokenRoom(t *testing.T) {
	seeds, _ := seedTexts(t)
	long := func(unit string) string {
		return strings.Repeat(unit, bigText/len(unit)+1)
	}
	for _, tc := range []struct {
		name string
		text string
	}{
		{"names", long("John Smith, ")},
		{"titled names", long("Foreign Minister Ishaq Dar met Ana Ruiz. ")},
		{"seeds", long(strings.Join(seeds, "\n\n"))},
		{"not ASCII", long("Łódź, São Paulo — «Zürich» 東京; ")},
		{"numbers and marks", long("On 3 May 2025, 12 of 40 (30%) said: \"no\"; ")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			room := tokenRoom(tc.text)
			toks, err := tokenizeLower(context.Background(), tc.text, asciiLower(tc.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(toks) > room {
				t.Errorf("%d tokens, room %d: the slice grew", len(toks), room)
			}
			if cap(toks) != room {
				t.Errorf("cap %d, room %d: the slice was not made once", cap(toks), room)
			}
			if want := tokenize(tc.text); len(want) != len(toks) {
				t.Errorf("%d tokens, Tokenize gives %d", len(toks), len(want))
			}
		})
	}
	if got, want := tokenRoom(strings.Repeat("a", 1000)), 201; got != want {
		t.Errorf("short text: room %d, want %d", got, want)
	}
}
