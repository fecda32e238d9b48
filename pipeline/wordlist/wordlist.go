// Package wordlist holds the word lists of Readout's stages in one place:
// the files under data/, in one format, read once per process. The
// pipeline reads its lists (abbreviations, date labels) from here, the
// entity stage its own (title modifiers, organisations' head words, words
// that are no names, ...) and the event stage its own (telephone words,
// plans, pronouns, ...); a list is data, not code. The English lexicon
// (English), generated from Debian's word list, lives here too.
//
// A file holds lists, each opened by a line "[name]" and followed by its
// words, any number a line, separated by white space. A line that starts
// with "#" is a comment. Words are taken as written: a list says in its
// comment whether it is lower case (most are) or as written ("UN", "NATO").
// A list's name is unique across the files.
package wordlist

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// ErrBadList is wrapped by the error for a malformed list file; the message
// names the file and line.
var ErrBadList = errors.New("bad word list")

// ErrNoList is wrapped by the error for a list that no file defines.
var ErrNoList = errors.New("no such word list")

// Lists are the word lists of the files under data/, by name. A Lists is
// immutable and safe for concurrent use.
type Lists struct {
	sets map[string][]string // name -> words, in file order, without repeats
	file map[string]string   // name -> the file that defines it
}

var load = sync.OnceValues(func() (*Lists, error) {
	data, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, err
	}
	lists, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("wordlist: %w", err)
	}
	return lists, nil
})

// Load returns Readout's word lists, read from the embedded data/ files the
// first time it is called; later calls return the same value.
func Load() (*Lists, error) { return load() }

// Parse reads the lists of every *.txt file at the root of fsys. It fails,
// naming the file and line, on a malformed name, words before any list, a
// list defined twice or a list with no words.
func Parse(fsys fs.FS) (*Lists, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	l := &Lists{sets: map[string][]string{}, file: map[string]string{}}
	for _, name := range names {
		if err := l.parseFile(fsys, name); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (l *Lists) parseFile(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	cur, start := "", 0
	seen := map[string]bool{}
	closeList := func() error {
		if cur != "" && len(l.sets[cur]) == 0 {
			return fmt.Errorf("%w: %s:%d: list [%s] has no words", ErrBadList, name, start, cur)
		}
		return nil
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			list, ok := strings.CutSuffix(line[1:], "]")
			if !ok || list == "" || strings.ContainsAny(list, " \t[]") {
				return fmt.Errorf("%w: %s:%d: want \"[name]\", got %q", ErrBadList, name, n, line)
			}
			if prev, dup := l.file[list]; dup {
				return fmt.Errorf("%w: %s:%d: list [%s] is defined in %s too", ErrBadList, name, n, list, prev)
			}
			if err := closeList(); err != nil {
				return err
			}
			cur, start = list, n
			l.file[list] = name
			l.sets[list] = nil
			clear(seen)
		case cur == "":
			return fmt.Errorf("%w: %s:%d: words before any [list]", ErrBadList, name, n)
		default:
			for _, w := range strings.Fields(line) {
				if !seen[w] {
					seen[w] = true
					l.sets[cur] = append(l.sets[cur], w)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return closeList()
}

// Words returns the words of the list name in file order, or an error
// wrapping ErrNoList. The slice is the caller's.
func (l *Lists) Words(name string) ([]string, error) {
	ws, ok := l.sets[name]
	if !ok {
		return nil, fmt.Errorf("%w: [%s]", ErrNoList, name)
	}
	return slices.Clone(ws), nil
}

// Set returns the words of the list name as a set, or an error wrapping
// ErrNoList. The map is the caller's.
func (l *Lists) Set(name string) (map[string]bool, error) {
	ws, ok := l.sets[name]
	if !ok {
		return nil, fmt.Errorf("%w: [%s]", ErrNoList, name)
	}
	set := make(map[string]bool, len(ws))
	for _, w := range ws {
		set[w] = true
	}
	return set, nil
}

// Names returns the names of all lists, sorted.
func (l *Lists) Names() []string { return slices.Sorted(maps.Keys(l.sets)) }

// English returns the English lexicon, data/english/lexicon.txt: the
// lower-case words of Debian's wamerican word list, one a line, in byte
// order, each followed by a tab and "N" when the list also writes it
// capitalised, as a name ("rose", "bill"); "#" lines are comments. It is
// generated (see data/LICENSES.md) and read in place by the entity stage.
func English() string { return englishText }

//go:embed data/english/lexicon.txt
var englishText string

// File returns the file that defines the list name, or "".
func (l *Lists) File(name string) string { return l.file[name] }
