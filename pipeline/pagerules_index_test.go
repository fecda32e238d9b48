package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// matchPageRulesInOrder is matchPageRules without the index by key: every
// row in the table's order. TestPageRulesIndex checks that the two agree.
func matchPageRulesInOrder(lower, line string) (kind BoilerplateKind, heading bool) {
	bare := strings.TrimRight(lower, ":» ")
	words := -1
	set := pageRules()
	found := set.anywhere.find(lower)
	for _, r := range set.rules {
		switch r.match {
		case matchName:
			if len(line) <= nameLine {
				if k := set.nameKind(lower); k != 0 {
					return k, false
				}
			}
		case matchLabel:
			if hasLabelPrefix(lower, r.phrase) {
				return r.kind, false
			}
		case matchLead:
			if hasWordPrefix(lower, r.phrase) {
				if words < 0 {
					words = len(strings.Fields(line))
				}
				if words <= leadWords {
					return r.kind, false
				}
			}
		case matchLine:
			if bare == r.phrase {
				return r.kind, false
			}
		case matchPrefix:
			if hasWordPrefix(lower, r.phrase) {
				return r.kind, false
			}
		case matchSuffix:
			if strings.HasSuffix(bare, " "+r.phrase) && len(strings.Fields(line)) <= suffixWords {
				return r.kind, false
			}
		case matchContains:
			if found.has(r.slot) {
				return r.kind, false
			}
		case matchShort:
			if found.has(r.slot) {
				if words < 0 {
					words = len(strings.Fields(line))
				}
				if words <= shortWords {
					return r.kind, false
				}
			}
		case matchHeading:
			if isHeading(bare, r.phrase) {
				return r.kind, true
			}
		}
	}
	return 0, false
}

// TestPageRulesIndex checks that matchPageRules, which tries a line only
// against the rows of its leading key and the rows that read any line,
// gives what trying every row in order gives: on every line of the
// repository's texts, on every phrase of the table as a line and as the
// start of one, and on near misses.
func TestPageRulesIndex(t *testing.T) {
	lines := fileLines(t, "../testdata/*/*.txt", "testdata/pages/*.txt", "testdata/fuzz/*/*")
	for _, r := range pageRules().rules {
		p := r.phrase
		lines = append(lines, p, p+":", p+" more words", p+"s", strings.ToUpper(p), "| "+p, "x "+p, p+" from Lima", "© "+p, p+" »")
	}
	for name := range pageRules().names {
		lines = append(lines, name, name+".", name+" / x")
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines: the test reads too little", len(lines))
	}
	for _, s := range lines {
		s = strings.TrimSpace(s)
		cut := min(len(s), containsWindow)
		for cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut--
		}
		lower := strings.TrimLeft(strings.ToLower(normalize(s[:cut])), "| ")
		k1, h1 := matchPageRules(lower, s)
		k2, h2 := matchPageRulesInOrder(lower, s)
		if k1 != k2 || h1 != h2 {
			t.Errorf("%q: indexed %v %v, in order %v %v", s, k1, h1, k2, h2)
		}
	}
}

func TestLeadingKey(t *testing.T) {
	for in, want := range map[string]string{
		"read more": "read", "read more: x": "read", "© 2024": "", "photo:": "photo",
		"e-paper": "e", "": "", "newsletter": "newsletter", "ünïcode x": "ünïcode",
	} {
		if got := leadingKey(in); got != want {
			t.Errorf("leadingKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLeadingKeyAndBare checks leadingKey against the rune loop it stands
// for, and trimBare against strings.TrimRight(lower, ":» "), on every line
// of the repository's texts, each lower-cased (lowerNormalized) and cut at
// every byte, and on hard cases.
func TestLeadingKeyAndBare(t *testing.T) {
	refKey := func(s string) string {
		for i, r := range s {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return s[:i]
			}
		}
		return s
	}
	lines := []string{"", "»", "x »", "x :» :", "x\xbb", "\xc2", "a\xc2\xbb", "ab1é2 x", "ab\xff", "a\u00bbb", "a »\u00a0", "read more: »"}
	for _, l := range fileLines(t, "../testdata/*/*.txt", "testdata/pages/*.txt") {
		l = lowerNormalized(l)
		for i := 0; i <= len(l) && i < 80; i++ {
			lines = append(lines, l[:i], l[i:])
		}
	}
	for _, s := range lines {
		if got, want := leadingKey(s), refKey(s); got != want {
			t.Fatalf("leadingKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimBare(s), strings.TrimRight(s, ":» "); got != want {
			t.Fatalf("trimBare(%q) = %q, want %q", s, got, want)
		}
	}
}

// fileLines returns the lines of the files the globs name.
func fileLines(t *testing.T, globs ...string) []string {
	t.Helper()
	var lines []string
	for _, glob := range globs {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	return lines
}
