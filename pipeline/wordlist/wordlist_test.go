package wordlist_test

import (
	"errors"
	"hash/fnv"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/pipeline/wordlist"
)

func TestParse(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("# a comment\n[colours]\nred green\nblue red\n\n[Cities]\nLima  Quito\n")},
		"b.txt": {Data: []byte("[days]\nmonday\n")},
		"c.md":  {Data: []byte("[ignored]\nnot a list file\n")},
	}
	l, err := wordlist.Parse(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Cities", "colours", "days"}, l.Names()); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	words, err := l.Words("colours")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"red", "green", "blue"}, words); diff != "" {
		t.Errorf("words in file order, without repeats (-want +got):\n%s", diff)
	}
	all, err := l.All("colours")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"red", "green", "blue", "red"}, slices.Collect(all)); diff != "" {
		t.Errorf("all the words in file order, repeats and all (-want +got):\n%s", diff)
	}
	if again := wordlist.FromLists(l.Lists()); !reflect.DeepEqual(again, l) {
		t.Error("FromLists(Lists()) is not the lists read")
	}
	if got := l.Lists(); len(got) != 3 || got[0].Name != "Cities" || got[0].File != "a.txt" || !slices.Equal(got[1].Words, []string{"red", "green", "blue", "red"}) {
		t.Errorf("Lists() = %q", got)
	}
	set, err := l.Set("Cities")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]bool{"Lima": true, "Quito": true}, set); diff != "" {
		t.Errorf("set, as written (-want +got):\n%s", diff)
	}
	if got := l.File("days"); got != "b.txt" {
		t.Errorf("File(days) = %q, want b.txt", got)
	}
	// The caller owns what it gets.
	set["Lima"] = false
	words[0] = "x"
	again, _ := l.Set("Cities")
	againWords, _ := l.Words("colours")
	if !again["Lima"] || againWords[0] != "red" {
		t.Error("a caller's change reached the lists")
	}
	for _, name := range []string{"nosuch", "ignored"} {
		if _, err := l.Set(name); !errors.Is(err, wordlist.ErrNoList) {
			t.Errorf("Set(%q) error %v, want ErrNoList", name, err)
		}
		if _, err := l.Words(name); !errors.Is(err, wordlist.ErrNoList) {
			t.Errorf("Words(%q) error %v, want ErrNoList", name, err)
		}
		if _, err := l.All(name); !errors.Is(err, wordlist.ErrNoList) {
			t.Errorf("All(%q) error %v, want ErrNoList", name, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		name, a, b, want string
	}{
		{"words before a list", "red\n[colours]\nblue\n", "", "a.txt:1: words before any [list]"},
		{"a bad name", "[two words]\nred\n", "", `a.txt:1: want "[name]"`},
		{"an unclosed name", "[colours\nred\n", "", `a.txt:1: want "[name]"`},
		{"an empty list", "[colours]\n# none\n[days]\nmonday\n", "", "a.txt:1: list [colours] has no words"},
		{"an empty last list", "[colours]\nred\n[days]\n", "", "a.txt:3: list [days] has no words"},
		{"a list twice", "[colours]\nred\n", "[colours]\nblue\n", "b.txt:1: list [colours] is defined in a.txt too"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"a.txt": {Data: []byte(c.a)}}
			if c.b != "" {
				fsys["b.txt"] = &fstest.MapFile{Data: []byte(c.b)}
			}
			_, err := wordlist.Parse(fsys)
			if !errors.Is(err, wordlist.ErrBadList) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one with %q wrapping ErrBadList", err, c.want)
			}
		})
	}
}

// TestLoader reads a stage's lists once: the same value each call, an
// error that names the file and line with its directory, the same error
// each call.
func TestLoader(t *testing.T) {
	fsys := fstest.MapFS{
		"data/words.txt":       {Data: []byte("[colours]\nred\n")},
		"data/other/words.txt": {Data: []byte("[days]\nmonday\n")},
		"bad/words.txt":        {Data: []byte("red\n")},
	}
	load := wordlist.Loader(fsys, "data")
	a, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := load(); a != b {
		t.Error("Loader: two values")
	}
	if diff := cmp.Diff([]string{"colours"}, a.Names()); diff != "" {
		t.Errorf("names: only the files of the directory (-want +got):\n%s", diff)
	}
	if got := a.File("colours"); got != "data/words.txt" {
		t.Errorf("File(colours) = %q, want data/words.txt", got)
	}
	bad := wordlist.Loader(fsys, "bad")
	_, err1 := bad()
	_, err2 := bad()
	if !errors.Is(err1, wordlist.ErrBadList) || !strings.Contains(err1.Error(), "bad/words.txt:1: words before any [list]") || err1 != err2 {
		t.Errorf("errors %v, %v: want the same one, naming bad/words.txt:1", err1, err2)
	}
}

// TestHash: Hash is FNV-1a, as hash/fnv computes it.
func TestHash(t *testing.T) {
	for _, w := range []string{"", "a", "minister", "Ministère", "prime minister"} {
		h := fnv.New32a()
		h.Write([]byte(w))
		if got, want := wordlist.Hash(w), h.Sum32(); got != want {
			t.Errorf("Hash(%q) = %#x, want %#x", w, got, want)
		}
		if got, want := wordlist.Hash([]byte(w)), h.Sum32(); got != want {
			t.Errorf("Hash([]byte(%q)) = %#x, want %#x", w, got, want)
		}
	}
}
