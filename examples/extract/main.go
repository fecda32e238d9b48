// Command extract reads news articles and prints what Readout finds in them
// as JSON: one indented object per file, or JSON Lines with -jsonl.
//
//	go run ./examples/extract testdata/seeds/*.txt
//	go run ./examples/extract -jsonl -workers 4 articles/*.txt > out.jsonl
//	go run ./examples/extract -jsonl -in articles.jsonl
//	cat article.txt | go run ./examples/extract
//
// Run with -h for every flag.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/readout/readout/entity/ner"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/topic"
)

const usage = `usage: extract [flags] [FILE...]

Reads English news articles and prints, for each, the people (with their
offices and countries), countries, topics and engagements Readout finds,
as JSON in the form of OUTPUT.md.

Each FILE is one article; its id is the file name without extension. With
no FILE, or FILE "-", the article is read from standard input (id "-").
One file prints one indented JSON object; several print one object each,
in input order; -jsonl prints one object per line instead.

With -in, articles come from a JSON Lines file, one {"id": ..., "text": ...}
object per line, and results print as JSON Lines in the same order.

A file that cannot be read or extracted prints a message on stderr and a
record {"id": ..., "error": ...} in its place; the others still print, and
the exit status is 1. Bad flags or a bad -topics file stop the run before
any output, with exit status 2.

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// repeated is a flag that may be given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(s string) error { *r = append(*r, s); return nil }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "print JSON Lines: one result per line")
	workers := fs.Int("workers", 0, "process `N` articles in parallel (0: one per core); output stays in input order")
	in := fs.String("in", "", "read articles from a JSON Lines `FILE` of {\"id\", \"text\"} objects (implies -jsonl)")
	var topics repeated
	fs.Var(&topics, "topics", "load a topic taxonomy from a JSON `FILE` and use it beside the built-in one (repeatable)")
	noDefault := fs.Bool("no-default-topics", false, "drop the built-in topics: use only the -topics files")
	maxBytes := fs.Int("max-bytes", extract.DefaultMaxBytes, "refuse articles larger than `N` bytes")
	useNER := fs.Bool("ner", false, "use prose's NER model as an extra signal for names with no title (slower)")
	progress := fs.Bool("progress", isTerminal(stderr), "print a progress line on stderr (default: when stderr is a terminal)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}

	opts := []extract.Option{extract.WithMaxBytes(*maxBytes)}
	for _, path := range topics {
		t, err := topic.LoadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 2
		}
		opts = append(opts, extract.WithTaxonomy(t))
	}
	if *noDefault {
		opts = append(opts, extract.WithoutDefaultTopics())
	}
	if *useNER {
		opts = append(opts, extract.WithNER(ner.New()))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}

	next, closeIn, err := sources(fs.Args(), *in, stdin, *maxBytes)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	defer closeIn()
	lines := *jsonl || *in != ""

	w := bufio.NewWriterSize(stdout, 64<<10)
	failed, done := 0, 0
	var readErr error
	start := time.Now()
	lastProgress := start
	err = ex.Batch(context.Background(), *workers, func() (extract.Source, bool) {
		src, ok, err := next()
		if err != nil {
			readErr = err
			return src, false
		}
		return src, ok
	}, func(o extract.Output) error {
		var rec any = o.Result
		if o.Err != nil {
			failed++
			fmt.Fprintf(stderr, "extract: %s: %v\n", o.ID, o.Err)
			rec = struct {
				ID    string `json:"id"`
				Error string `json:"error"`
			}{o.ID, o.Err.Error()}
		}
		var b []byte
		var err error
		if lines {
			b, err = json.Marshal(rec)
		} else {
			b, err = json.MarshalIndent(rec, "", "  ")
		}
		if err != nil {
			return err
		}
		b = append(b, '\n')
		if _, err := w.Write(b); err != nil {
			return err
		}
		done++
		if *progress && time.Since(lastProgress) > 200*time.Millisecond {
			lastProgress = time.Now()
			fmt.Fprintf(stderr, "\r%d articles, %d failed, %.0f/s ", done, failed, float64(done)/time.Since(start).Seconds())
		}
		// Flush whole records only, so that a reader never sees half a line.
		if w.Buffered() > 32<<10 || !lines {
			return w.Flush()
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if *progress {
		fmt.Fprintf(stderr, "\r%d articles, %d failed in %v\n", done, failed, time.Since(start).Round(time.Millisecond))
	}
	if err == nil {
		err = readErr
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// sources returns a function that yields the articles to read: the files
// named, the lines of a JSON Lines file, or standard input.
func sources(args []string, in string, stdin io.Reader, maxBytes int) (next func() (extract.Source, bool, error), closeIn func(), err error) {
	closeIn = func() {}
	if in != "" {
		var r io.Reader = stdin
		if in != "-" {
			f, err := os.Open(in)
			if err != nil {
				return nil, closeIn, err
			}
			r, closeIn = f, func() { f.Close() }
		}
		br := bufio.NewReaderSize(r, 1<<20)
		line := 0
		return func() (extract.Source, bool, error) {
			for {
				b, err := br.ReadBytes('\n')
				if len(b) == 0 && err != nil {
					if err == io.EOF {
						return extract.Source{}, false, nil
					}
					return extract.Source{}, false, fmt.Errorf("%s: %w", in, err)
				}
				line++
				if len(strings.TrimSpace(string(b))) == 0 {
					continue
				}
				var rec struct {
					ID   string `json:"id"`
					Text string `json:"text"`
				}
				id := fmt.Sprintf("%s:%d", filepath.Base(in), line)
				if err := json.Unmarshal(b, &rec); err != nil {
					// Load runs later on a worker: capture this line's number,
					// not the variable next() goes on changing.
					n := line
					return extract.Source{ID: id, Load: func() (string, error) {
						return "", fmt.Errorf("%s:%d: not a JSON object with id and text: %v", in, n, err)
					}}, true, nil
				}
				if rec.ID != "" {
					id = rec.ID
				}
				return extract.Source{ID: id, Text: rec.Text}, true, nil
			}
		}, closeIn, nil
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	i := 0
	return func() (extract.Source, bool, error) {
		if i >= len(args) {
			return extract.Source{}, false, nil
		}
		path := args[i]
		i++
		if path == "-" {
			return extract.Source{ID: "-", Load: func() (string, error) {
				b, err := io.ReadAll(stdin)
				return string(b), err
			}}, true, nil
		}
		id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		return extract.Source{ID: id, Load: func() (string, error) {
			st, err := os.Stat(path)
			if err != nil {
				return "", err
			}
			if st.IsDir() {
				return "", fmt.Errorf("%s: is a directory", path)
			}
			if st.Size() > int64(maxBytes) {
				return "", fmt.Errorf("%s: %w: %d bytes, limit %d", path, extract.ErrTooLarge, st.Size(), maxBytes)
			}
			b, err := os.ReadFile(path)
			return string(b), err
		}}, true, nil
	}, closeIn, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
