package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/readout/readout/extract"
)

// source yields the articles to read, in order: the files named, the lines of
// a JSON Lines file, or standard input. next runs on one goroutine, where on
// another (the one that prints): where returns, in the same order, where each
// article came from ("dir/a.txt", "in.jsonl:3") for messages.
type source struct {
	next  func() (extract.Source, bool)
	close func()
	err   error // a read error that ended the stream early

	mu     sync.Mutex
	places []string
}

func (s *source) push(where string) {
	s.mu.Lock()
	s.places = append(s.places, where)
	s.mu.Unlock()
}

func (s *source) where() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.places[0]
	s.places = s.places[1:]
	return w
}

// open returns the source of the articles: the lines of the JSON Lines file
// in, or else the files (standard input when there are none). A missing or
// unreadable in, or a directory, is an error.
func open(files []string, in string, stdin io.Reader, maxBytes int) (*source, error) {
	s := &source{close: func() {}}
	if in != "" {
		r := stdin
		if in != "-" {
			f, err := os.Open(in)
			if err != nil {
				return nil, pathError(in, err)
			}
			if st, err := f.Stat(); err != nil || st.IsDir() {
				f.Close()
				if err == nil {
					err = errIsDir
				}
				return nil, pathError(in, err)
			}
			r, s.close = f, func() { f.Close() }
		}
		s.next = s.lines(in, r)
		return s, nil
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	ids := fileIDs(files)
	i := 0
	s.next = func() (extract.Source, bool) {
		if i >= len(files) {
			return extract.Source{}, false
		}
		path, id := files[i], ids[i]
		i++
		if path == "-" {
			s.push("stdin")
			return extract.Source{ID: id, Load: func() (string, error) {
				b, err := io.ReadAll(stdin)
				return string(b), err
			}}, true
		}
		s.push(path)
		return extract.Source{ID: id, Load: func() (string, error) { return readFile(path, maxBytes) }}, true
	}
	return s, nil
}

var errIsDir = errors.New("is a directory")

// pathError says what is wrong with path, naming it once: an *fs.PathError
// from the os package names it already ("open a.txt: no such file or
// directory"), so its operation and path give way to ours.
func pathError(path string, err error) error {
	return fmt.Errorf("%s: %w", path, pathErr(err))
}

// readFile reads one article. Its errors do not name the file: the caller
// prints where the article came from beside them. It opens the file once
// and reads a regular file in one read of the size it has (the file's
// system calls were a tenth of -jsonl's time with os.Stat and os.ReadFile).
func readFile(path string, maxBytes int) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", pathErr(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", pathErr(err)
	}
	if st.IsDir() {
		return "", errIsDir
	}
	if st.Size() > int64(maxBytes) {
		return "", fmt.Errorf("%w: %d bytes, limit %d", extract.ErrTooLarge, st.Size(), maxBytes)
	}
	b := make([]byte, 0, st.Size()+1) // one byte more: a read that fills it did not reach the end
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF || err == nil && st.Mode().IsRegular() && len(b) < cap(b) {
			// A short read of a regular file ends at its end.
			return string(b), nil
		}
		if err != nil {
			return "", pathErr(err)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// fileIDs gives each file its id: its name without extension, or, when
// files in different folders share a name, its path without extension; "-"
// for standard input. The same file given twice gets "#2", "#3"... so that
// ids are distinct.
func fileIDs(files []string) []string {
	base := func(p string) string { return strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)) }
	paths := map[string]map[string]bool{} // base → the distinct paths with it
	for _, p := range files {
		b := base(p)
		if paths[b] == nil {
			paths[b] = map[string]bool{}
		}
		paths[b][filepath.Clean(p)] = true
	}
	ids := make([]string, len(files))
	seen := map[string]int{}
	for i, p := range files {
		id := base(p)
		if p == "-" {
			id = "-"
		} else if len(paths[id]) > 1 {
			id = strings.TrimSuffix(filepath.ToSlash(filepath.Clean(p)), filepath.Ext(p))
		}
		seen[id]++
		if k := seen[id]; k > 1 {
			id = fmt.Sprintf("%s#%d", id, k)
		}
		ids[i] = id
	}
	return ids
}

// inBuffer is the size of the buffer -in is read through: a line that fits
// is read in place, a longer one copied out (readLine). 64 KiB holds any
// usual article; 1 MiB, as before, added 1.7 MB to the peak memory of a
// stream of 10,000 short ones.
const inBuffer = 64 << 10

// lines returns the next function of a JSON Lines source. Blank lines are
// skipped; a line that is not an {"id", "text"} object is an article whose
// Load fails with what is wrong with it.
func (s *source) lines(in string, r io.Reader) func() (extract.Source, bool) {
	br := bufio.NewReaderSize(r, inBuffer)
	name := in
	if in == "-" {
		name = "stdin"
	}
	base := filepath.Base(name)
	line := 0
	return func() (extract.Source, bool) {
		for {
			b, err := readLine(br)
			if len(b) == 0 && err != nil {
				if err != io.EOF {
					s.err = fmt.Errorf("%s: %w", name, err)
				}
				return extract.Source{}, false
			}
			line++
			if len(bytes.TrimSpace(b)) == 0 {
				continue
			}
			n := strconv.Itoa(line)
			s.push(name + ":" + n)
			id, text, err := readRecord(b)
			if id == "" {
				id = base + ":" + n
			}
			if err != nil {
				return extract.Source{ID: id, Load: func() (string, error) { return "", err }}, true
			}
			return extract.Source{ID: id, Text: text}, true
		}
	}
}

// record reads one line of -in: an object with a string "text" and an
// optional string "id", and no other key.
func record(line []byte) (id, text string, err error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return "", "", fmt.Errorf("not a JSON object: %w", err)
		}
		return "", "", errors.New("not a JSON object")
	}
	var unknown []string
	for k := range obj {
		if k != "id" && k != "text" {
			unknown = append(unknown, fmt.Sprintf("%q", k))
		}
	}
	str := func(key string) (string, bool, error) {
		raw, ok := obj[key]
		if !ok {
			return "", false, nil
		}
		if len(raw) == 0 || raw[0] != '"' {
			return "", true, fmt.Errorf("%q is %s, not a string", key, kind(raw))
		}
		s, err := unquote(raw)
		if err != nil {
			return "", true, err
		}
		return s, true, nil
	}
	id, _, err = str("id")
	if err != nil {
		return "", "", err
	}
	if !utf8.ValidString(id) {
		return "", "", fmt.Errorf("%w: \"id\" is not valid UTF-8", extract.ErrInvalidInput)
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return id, "", fmt.Errorf("unknown key %s: want only \"id\" and \"text\"", strings.Join(unknown, ", "))
	}
	text, ok, err := str("text")
	if err != nil {
		return id, "", err
	}
	if !ok {
		return id, "", errors.New(`no "text" key`)
	}
	return id, text, nil
}

// unquote decodes a JSON string token as it is written. encoding/json
// replaces invalid UTF-8 and lone UTF-16 surrogate escapes (\ud800) with
// U+FFFD; unquote keeps them, as the bytes they are (a surrogate as its
// three-byte encoding), so that extract refuses such a text as it refuses a
// file holding the same bytes, naming the offset, rather than reading a
// repaired text whose offsets are not those of the input.
func unquote(raw json.RawMessage) (string, error) {
	if utf8.Valid(raw) && !bytes.Contains(raw, []byte(`\u`)) {
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	b := make([]byte, 0, len(raw))
	for i := 1; i < len(raw)-1; i++ {
		c := raw[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		switch raw[i] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, err := strconv.ParseUint(string(raw[i+1:i+5]), 16, 16)
			if err != nil {
				return "", fmt.Errorf("bad escape \\u%s", raw[i+1:i+5])
			}
			i += 4
			if utf16.IsSurrogate(rune(r)) && i+6 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
				if r2, err := strconv.ParseUint(string(raw[i+3:i+7]), 16, 16); err == nil {
					if pair := utf16.DecodeRune(rune(r), rune(r2)); pair != utf8.RuneError {
						b = utf8.AppendRune(b, pair)
						i += 6
						continue
					}
				}
			}
			if utf16.IsSurrogate(rune(r)) {
				// A lone half: its three bytes, which are not UTF-8.
				b = append(b, 0xe0|byte(r>>12), 0x80|byte(r>>6)&0x3f, 0x80|byte(r)&0x3f)
				continue
			}
			b = utf8.AppendRune(b, rune(r))
		default: // '"', '\\', '/'
			b = append(b, raw[i])
		}
	}
	return string(b), nil
}

// kind names the kind of a JSON value.
func kind(raw json.RawMessage) string {
	switch bytes.TrimSpace(raw)[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case 'n':
		return "null"
	case 't', 'f':
		return "true or false"
	}
	return "a number"
}
