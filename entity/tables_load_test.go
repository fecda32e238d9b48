package entity

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

// BenchmarkLoadTables measures what New costs once per process: compiling
// every knowledge table (extract.New must stay under 50 ms).
func BenchmarkLoadTables(b *testing.B) {
	for b.Loop() {
		if _, err := loadTables(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLexicon(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word            string
		english, common bool
	}{
		{"image", true, true},    // never a name
		{"social", true, true},   // never a name
		{"rose", true, false},    // also a name: Rose
		{"grant", true, false},   // also a name: Grant
		{"piyush", false, false}, // no English word
		{"aardvark", true, true}, // first lines of the file
		{"zzz", false, false},
		{"", false, false},
	} {
		if got := tb.english(tt.word); got != tt.english {
			t.Errorf("english(%q) = %v, want %v", tt.word, got, tt.english)
		}
		if got := tb.common(tt.word); got != tt.common {
			t.Errorf("common(%q) = %v, want %v", tt.word, got, tt.common)
		}
	}
}

// TestEmbeddedTables checks the generated tables that New searches in place
// without checking them (loadTables): the embedded lexicon and gazetteer
// are well formed and in the order their lookups search, and every line of
// each is found.
func TestEmbeddedTables(t *testing.T) {
	var checked tables
	if err := checked.readLexicon(lexiconText, "data/english/lexicon.txt"); err != nil {
		t.Fatal(err)
	}
	if err := checked.readPlaces(placesText, "data/places.tsv"); err != nil {
		t.Fatal(err)
	}
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	if tb.lexicon != checked.lexicon || tb.places != checked.places {
		t.Error("New's tables are not those of the checking readers: run go test ./entity -run TestLineIndexes -update-index")
	}
	n := 0
	for line := range strings.Lines(tb.lexicon.text) {
		w, flag, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if found, name := tb.lexicon.lookup(w); !found || name != (flag == "N") {
			t.Errorf("lexicon.lookup(%q) = %v, %v, want true, %v", w, found, name, flag == "N")
		}
		n++
	}
	if n < 50000 || n > 80000 {
		t.Errorf("%d lexicon words: the word list changed?", n)
	}
	n = 0
	for line := range strings.Lines(tb.places.text) {
		place, code, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if got, ok := tb.places.lookup(place); !ok || got != code {
			t.Errorf("places.lookup(%q) = %q, %v, want %q, true", place, got, ok, code)
		}
		n++
	}
	if n < 10000 {
		t.Errorf("%d places: the gazetteer changed?", n)
	}
}

// TestLineIndex finds every line of small sorted texts, with and without
// a last line break, and no line that is not there.
func TestLineIndex(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 16, 17, 135} {
		var lines []string
		for i := range n {
			lines = append(lines, fmt.Sprintf("w%04d%s", 2*i+1, strings.Repeat("\tx", i%2)))
		}
		joined := strings.Join(lines, "\n")
		for _, text := range []string{joined, joined + "\n"} {
			if n == 0 && text != "" {
				continue
			}
			starts, ok := lineStarts(text)
			if !ok {
				t.Fatal("lineStarts: too long")
			}
			x := newLineIndex(text, starts, "", false)
			if x.lines() != n {
				t.Errorf("%d lines: lines() = %d", n, x.lines())
			}
			for i := -1; i <= 2*n+1; i++ {
				w := fmt.Sprintf("w%04d", i)
				got, found := x.search(w)
				if want := i > 0 && i%2 == 1 && i/2 < n; found != want || found && got != lines[i/2] {
					t.Errorf("%d lines %q: search(%q) = %q, %v, want %v", n, text[max(0, len(text)-8):], w, got, found, want)
				}
			}
		}
	}
	x := newLineIndex("", "\x01\x02\x03\x04", "", false)
	if got := x.start(0); got != 0x04030201 {
		t.Errorf("start of %q = %#x, want 0x04030201", x.starts, got)
	}
}

// TestReadLexicon checks that the lexicon's reader refuses a malformed
// file, and that a lookup finds every word of a small one and no other.
func TestReadLexicon(t *testing.T) {
	for _, tt := range []struct{ name, text, err string }{
		{"good", "# header\n# two lines\na\tN\nab\nabc\tN\nb", ""},
		{"out of order", "b\na\n", "byte order"},
		{"twice", "a\na\n", "byte order"},
		{"bad flag", "a\tX\n", "optional N"},
		{"comment after the header", "a\n# c\nb\n", "after the header"},
		{"empty line", "a\n\nb\n", "after the header"},
		{"CRLF", "a\r\nb\r\n", "optional N"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var tb tables
			err := tb.readLexicon(tt.text, "x")
			switch {
			case tt.err == "" && err != nil:
				t.Fatal(err)
			case tt.err != "" && (err == nil || !errors.Is(err, ErrBadTable) || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("readLexicon: %v, want an ErrBadTable with %q", err, tt.err)
			case err == nil:
				for w, want := range map[string][2]bool{"a": {true, true}, "ab": {true, false}, "abc": {true, true}, "b": {true, false},
					"": {}, "aa": {}, "abcd": {}, "0": {}, "c": {}, "#": {}, "a\tN": {}} {
					if found, name := tb.lexicon.lookup(w); found != want[0] || name != want[1] {
						t.Errorf("lookup(%q) = %v, %v, want %v", w, found, name, want)
					}
				}
			}
		})
	}
}

var updateIndex = flag.Bool("update-index", false, "rewrite the line starts and hash tables of the generated tables (data/english/lexicon.starts and .hash, data/places.starts and .hash; go generate)")

// TestLineIndexes computes the line starts of the lexicon and the
// gazetteer from the tables and compares them with the generated files
// that New reads (with -update-index, rewrites them).
func TestLineIndexes(t *testing.T) {
	for _, tt := range []struct {
		table, file, embedded string
		hashFile, hash        string
		foldCase              bool
	}{
		{lexiconText, "data/english/lexicon.starts", lexiconStarts, "data/english/lexicon.hash", lexiconHash, false},
		{placesText, "data/places.starts", placesStarts, "data/places.hash", placesHash, true},
	} {
		starts, ok := lineStarts(dataLines(tt.table))
		if !ok {
			t.Fatalf("%s: its table is longer than %d bytes, the most its form holds", tt.file, maxStart)
		}
		hash := lineHash(dataLines(tt.table), starts, tt.foldCase)
		if *updateIndex {
			if err := os.WriteFile(tt.file, []byte(starts), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(tt.hashFile, []byte(hash), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if starts != tt.embedded {
			t.Errorf("%s is not the line starts of its table: run go test ./entity -run TestLineIndexes -update-index", tt.file)
		}
		if hash != tt.hash {
			t.Errorf("%s is not the hash table of its table's lines: run go test ./entity -run TestLineIndexes -update-index", tt.hashFile)
		}
	}
}

// BenchmarkLookups looks up words in the lexicon and names in the
// gazetteer, found and not: a document asks the lexicon about twenty times
// and the gazetteer about twice (the dev set's average).
func BenchmarkLookups(b *testing.B) {
	tb, err := defaultTables()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"image", "rose", "piyush", "aardvark", "zzz", "minister", "khan", "the"}
	places := []string{"lahore", "Herat Province", "Santiago Rodriguez", "Kabul"}
	for b.Loop() {
		for _, w := range words {
			tb.lexicon.lookup(w)
		}
		for _, p := range places {
			tb.places.lookup(p)
		}
	}
}
