package pipeline

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// creditLineRE is the regular expression isCreditName replaced: a photo
// credit alone on a line.
var creditLineRE = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} ?/ ?(?:The )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}$`)

// TestIsCreditName checks isCreditName against creditLineRE on a table of
// credits and near misses, on every line of the repository's texts and on
// 50,000 random strings of capitals, letters, marks, spaces, slashes and
// bytes that are not UTF-8 (PCG seed 9, 10).
func TestIsCreditName(t *testing.T) {
	lines := []string{"", "Chris Lee/The Harbour Press", "Ana Ruiz / AFP", "Ana Ruiz/AFP", "Ana/AFP", "A Ruiz/AFP", "Ana R/AFP",
		"Ana Ruiz  / AFP", "Ana Ruiz /  AFP", "Ana Ruiz/The", "Ana Ruiz/The ", "Ana Ruiz/The AFP", "Ana Ruiz/The A B C D",
		"Ana Ruiz/A B C D E", "Ana Ruiz/A B C D", "A1 Ruiz/AFP", "Ana Ruiz Lee Kim/AFP", "Ana Ruiz Lee Kim Park/AFP",
		"Éva Łukasz/Reuters", "Ana O'Neil-Ruiz/M&S", "Ana Ruiz/M&S Group", "Ana Ruiz/&S", "Ana Ruiz/ AFP ", "Ana Ruiz/AFP ",
		"Ana Ruiz /", "ana Ruiz/AFP", "Ana ruiz/AFP", "Ana Ruiz/afp", "Ana Ruiz/A", "Ana Ruiz/Ab\xff", "\xffAna Ruiz/AFP", "Ana\u00a0Ruiz/AFP"}
	for _, text := range repoTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	// Credits of one to five words on either side of a slash, the words
	// of capitals and of the characters of either side's words, with a
	// piece of any kind put in at random one time in three.
	capitals := []string{"A", "B", "É", "Ł", "A", "B", "É", "Ł", "ǅ", "a", "1"}
	chars := []string{"a", "b", "é", "ł", "A", ".", "'", "’", "-", "&"}
	seps := []string{"/", " /", "/ ", " / ", "  /", "/  ", ""}
	pieces := []string{"A", "é", ".", "&", " ", "/", "The ", "The", "1", "\xff", "\u00a0", "ǅ", "\t"}
	r := rand.New(rand.NewPCG(9, 10))
	words := func(b *strings.Builder) {
		for n := range r.IntN(6) {
			if n > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(capitals[r.IntN(len(capitals))])
			for range r.IntN(5) {
				b.WriteString(chars[r.IntN(len(chars))])
			}
		}
	}
	for range 50000 {
		var b strings.Builder
		words(&b)
		b.WriteString(seps[r.IntN(len(seps))])
		if r.IntN(3) == 0 {
			b.WriteString("The ")
		}
		words(&b)
		s := b.String()
		if r.IntN(3) == 0 {
			k := r.IntN(len(s) + 1)
			s = s[:k] + pieces[r.IntN(len(pieces))] + s[k:]
		}
		lines = append(lines, s)
	}
	matched := 0
	for _, s := range lines {
		got, want := isCreditName(s), creditLineRE.MatchString(s)
		if got != want {
			t.Fatalf("isCreditName(%q) = %v, the expression says %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 250 {
		t.Errorf("%d credits among the strings, want 250 or more", matched)
	}
}
