// Package wordlist is the one format and the one loader of the word lists
// of Readout's stages. Each stage keeps its lists beside its code and
// embeds them: the pipeline's in pipeline/data/words.txt (abbreviations,
// date labels), the entity stage's in entity/data/words.txt and
// entity/data/run-words.txt (title modifiers, organisations' head words,
// words that are no names, ...), the event stage's in
// extract/internal/event/data/words.txt (telephone words, plans,
// pronouns, ...); each reads them once per process through Loader. A list
// is data, not code.
//
// A file holds lists, each opened by a line "[name]" and followed by its
// words, any number a line, separated by white space. A line that starts
// with "#" is a comment. Words are taken as written: a list says in its
// comment whether it is lower case (most are) or as written ("UN", "NATO").
// A list's name is unique across the files a stage reads.
package wordlist

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// ErrBadList is wrapped by the error for a malformed list file; the message
// names the file and line.
var ErrBadList = errors.New("bad word list")

// ErrNoList is wrapped by the error for a list that no file defines.
var ErrNoList = errors.New("no such word list")

// Lists are the word lists of a stage's files, by name. A Lists is
// immutable and safe for concurrent use.
type Lists struct {
	sets map[string][]string // name -> words, in file order, repeats and all
	file map[string]string   // name -> the file that defines it
}

// Loader returns a function that parses the lists of the *.txt files in
// directory dir of fsys (a stage's embedded data) the first time it is
// called, and returns the same Lists, or the same error, ever after: a
// stage reads its lists once per process. An error names the file and
// line, with dir.
func Loader(fsys fs.FS, dir string) func() (*Lists, error) {
	return sync.OnceValues(func() (*Lists, error) {
		sub, err := fs.Sub(fsys, dir)
		if err == nil {
			var lists *Lists
			if lists, err = parse(sub, dir+"/"); err == nil {
				return lists, nil
			}
		}
		return nil, fmt.Errorf("wordlist: %w", err)
	})
}

// Parse reads the lists of every *.txt file at the root of fsys. It fails,
// naming the file and line, on a malformed name, words before any list, a
// list defined twice or a list with no words.
func Parse(fsys fs.FS) (*Lists, error) { return parse(fsys, "") }

// parse is Parse, with dir before the file names it reports.
func parse(fsys fs.FS, dir string) (*Lists, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	l := &Lists{sets: map[string][]string{}, file: map[string]string{}}
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		err = l.parseFile(f, dir+name)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return l, nil
}

// parseFile reads the lists of r, the file name (as errors and File give it).
// A list's words are kept as written, repeats and all, in one array for
// the file (Words drops the repeats; Set has none): no map a list.
func (l *Lists) parseFile(r io.Reader, name string) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	// The words are parts of one string: no string a line or a word.
	text := string(b)
	all := make([]string, 0, strings.Count(text, " ")+strings.Count(text, "\n")+1)
	cur, start, first := "", 0, 0
	closeList := func() error {
		if cur == "" {
			return nil
		}
		if len(all) == first {
			return fmt.Errorf("%w: %s:%d: list [%s] has no words", ErrBadList, name, start, cur)
		}
		l.sets[cur] = all[first:len(all):len(all)]
		return nil
	}
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
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
			cur, start, first = list, n, len(all)
			l.file[list] = name
		case cur == "":
			return fmt.Errorf("%w: %s:%d: words before any [list]", ErrBadList, name, n)
		default:
			all = appendFields(all, line)
		}
	}
	return closeList()
}

// appendFields appends the words of line, split at white space as
// strings.Fields splits it, to dst: a line of ASCII at its ASCII spaces, in
// one pass over its bytes; a line with a byte beyond ASCII by
// strings.FieldsSeq.
func appendFields(dst []string, line string) []string {
	n, start := len(dst), -1
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= utf8.RuneSelf:
			dst = dst[:n]
			for w := range strings.FieldsSeq(line) {
				dst = append(dst, w)
			}
			return dst
		case asciiSpace[c]:
			if start >= 0 {
				dst = append(dst, line[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, line[start:])
	}
	return dst
}

// asciiSpace holds the ASCII bytes strings.Fields takes for white space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Words returns the words of the list name in file order, without
// repeats, or an error wrapping ErrNoList. The slice is the caller's.
func (l *Lists) Words(name string) ([]string, error) {
	ws, ok := l.sets[name]
	if !ok {
		return nil, fmt.Errorf("%w: [%s]", ErrNoList, name)
	}
	out := make([]string, 0, len(ws))
	seen := make(map[string]bool, len(ws))
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out, nil
}

// All returns the words of the list name in file order, repeats and
// all, without copying them, or an error wrapping ErrNoList: for a caller
// that indexes the words itself.
func (l *Lists) All(name string) (iter.Seq[string], error) {
	ws, ok := l.sets[name]
	if !ok {
		return nil, fmt.Errorf("%w: [%s]", ErrNoList, name)
	}
	return slices.Values(ws), nil
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

// List is one word list as Parse reads it: its name, the file that
// defines it (as File gives it) and its words as written, in file order,
// repeats and all. A stage's generated Go source holds its lists in this
// form (Lists, FromLists), so that it need not parse its files.
type List struct {
	Name, File string
	Words      []string
}

// Lists returns every list of l, sorted by name: FromLists of them gives
// l again.
func (l *Lists) Lists() []List {
	names := l.Names()
	out := make([]List, len(names))
	for i, n := range names {
		out[i] = List{Name: n, File: l.file[n], Words: l.sets[n]}
	}
	return out
}

// FromLists returns the Lists that hold ls, whose names are unique (as
// Lists gives them). It keeps the words' slices, which it never writes.
func FromLists(ls []List) *Lists {
	l := &Lists{sets: make(map[string][]string, len(ls)), file: make(map[string]string, len(ls))}
	for _, x := range ls {
		l.sets[x.Name], l.file[x.Name] = x.Words, x.File
	}
	return l
}

// Names returns the names of all lists, sorted.
func (l *Lists) Names() []string { return slices.Sorted(maps.Keys(l.sets)) }

// File returns the file that defines the list name, or "".
func (l *Lists) File(name string) string { return l.file[name] }

// Hash returns the FNV-1a hash of w: cheap for the short words of text, and
// the same for a word wherever it stands, so that the stages' word indexes
// hash a token's lower-case form once and find it by that hash. A word's
// bytes and its string hash alike.
func Hash[W string | []byte](w W) uint32 {
	h := HashSeed
	for i := 0; i < len(w); i++ {
		h = HashByte(h, w[i])
	}
	return h
}

// HashSeed is Hash of the empty word, the hash HashByte starts from.
const HashSeed uint32 = 2166136261

// HashByte returns the hash of the word w+string(c) from h, the hash of w:
// a scanner that reads a word byte by byte hashes it on the way, as Hash
// would hash it whole.
func HashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }
