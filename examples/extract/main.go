// Command extract reads news articles and prints what Readout finds in them:
// as readable text on a terminal, as JSON otherwise.
//
//	go run ./examples/extract testdata/seeds/*.txt
//	go run ./examples/extract -format jsonl -workers 4 articles/*.txt > out.jsonl
//	go run ./examples/extract -in articles.jsonl > out.jsonl
//	cat article.txt | go run ./examples/extract
//	go run ./examples/extract -html out testdata/seeds/*.txt > /dev/null
//	go run ./examples/extract -html out -from results.jsonl
//
// Run with -h for every flag.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/topic"
)

const usage = `usage: extract [flags] [FILE...]
       extract [flags] -in FILE.jsonl

Reads English news articles and prints, for each, the dateline and date,
the people (with their offices and countries), countries, organisations,
topics and engagements Readout finds. Flags come before the files.

Each FILE is one article; its id is the file name without extension (the
path without extension when two files share a name). With no FILE, or FILE
"-", the article is read from standard input (id "-").

With -in, articles come from a JSON Lines file ("-": standard input), one
{"id": ..., "text": ...} object per line; "text" is required, "id" is
optional (default FILE:LINE), both are strings (null is an error), and any
other key is an error for that line. A "text" with invalid UTF-8 (a raw byte,
or a lone surrogate escape such as \ud800) is refused, as in a file.

With -html DIR, each article's page is written to DIR beside index.html,
the corpus page (engagements by day, pairs of countries, people and topics
over time, every engagement linked to its article's page at its evidence
sentence), and articles.html, the list of every article. With -from, the pages are drawn from results already extracted
(the JSON Lines of -format jsonl, or the results and dead letters of
examples/beam) instead of articles: nothing is extracted or printed, and
each article's page shows the sentences its result quotes, or its whole
text when -texts DIR holds it as DIR/ID.txt.

Output formats (-format):
  text   per article: dateline, date, people, countries, organisations,
         topics ranked by score, and each event as "initiator → others (type,
         date)"; the default when standard output is a terminal
  json   one indented JSON object per article; the default otherwise
  jsonl  one JSON object per line, in input order; the default with -in
         when standard output is not a terminal
The JSON form is described field by field in extract/OUTPUT.md in the
Readout repository: absent values are null, empty lists are [].

Known people and a memory of people's countries:
  -people FILE       people you know of (CSV with a header, or JSON Lines:
                     name, aliases, country, offices with optional terms,
                     id; see README "Known people"): found by name, with
                     their country ("known") and id ("known_id")
  -memory            two passes: read every article once to learn the
                     countries the texts state for people, then again to
                     give those countries to the people an article names
                     without one ("corpus", with the id of an article that
                     stated it). Needs files or an -in file, read twice
  -memory-file FILE  start from the memory saved in FILE (if it exists) and
                     save it back at the end; without -memory the memory is
                     used online: each article gets what earlier articles,
                     and earlier runs, stated
Each person's country says its source: the text form prints "(PK)" for the
article's own, "(PK, known)" for a known person's and "(PK, corpus: ID)" for
one from the memory; JSON gives country_source and country_from.

An article that cannot be read or extracted prints a message on stderr and
an error record {"id": ..., "error": ...} in its place; the others still
print, in input order, and the exit status is 1. Bad flags, a missing or
unreadable -in, -topics or -people file, or a bad -memory-file, stop the
run before any output, with exit status 2.

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// repeated is a flag that may be given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(s string) error { *r = append(*r, s); return nil }

// flags are the command's settings.
type flags struct {
	format    string
	workers   int
	in        string
	topics    repeated
	noDefault bool
	maxBytes  int
	ner       bool
	progress  bool
	htmlDir   string
	from      repeated
	texts     string
	explain   bool
	people    string
	memory    bool
	memFile   string
}

// parse reads the command line. It returns the exit status to stop with, or
// -1 to go on.
func parse(args []string, stdout, stderr io.Writer) (*flags, []string, int) {
	var f flags
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "", "print `FORMAT`: text, json or jsonl (default: text when stdout is a terminal, else json, or jsonl with -in)")
	asJSON := fs.Bool("json", false, "same as -format json")
	asJSONL := fs.Bool("jsonl", false, "same as -format jsonl")
	fs.IntVar(&f.workers, "workers", 0, "process `N` articles in parallel (0: one per core); output stays in input order")
	fs.StringVar(&f.in, "in", "", "read articles from a JSON Lines `FILE` of {\"id\", \"text\"} objects")
	fs.Var(&f.topics, "topics", "load a topic taxonomy from a JSON `FILE` and use it beside the built-in one (repeatable)")
	fs.BoolVar(&f.noDefault, "no-default-topics", false, "drop the built-in topics: use only the -topics files")
	fs.IntVar(&f.maxBytes, "max-bytes", extract.DefaultMaxBytes, "refuse articles larger than `N` bytes")
	fs.BoolVar(&f.ner, "ner", false, "use prose's NER model as an extra signal for names with no title (slower; needs a build with -tags ner)")
	fs.StringVar(&f.htmlDir, "html", "", "also write an HTML view of each article to `DIR`, with index.html, the page of the whole corpus")
	fs.Var(&f.from, "from", "with -html: draw the pages from the results in a JSON Lines `FILE` (or glob; -jsonl's or examples/beam's output) instead of reading articles (repeatable)")
	fs.StringVar(&f.texts, "texts", "", "with -from: read each article's text from `DIR`/ID.txt, when there, for its page")
	fs.BoolVar(&f.explain, "explain", false, "print on stderr, for each event, the rule that found it")
	fs.StringVar(&f.people, "people", "", "find the known people of `FILE` (.csv with a header, or .jsonl) by name, with their country and id")
	fs.BoolVar(&f.memory, "memory", false, "read the articles twice: learn the countries texts state for people, then fill the people named without one")
	fs.StringVar(&f.memFile, "memory-file", "", "start from the memory of people's countries saved in `FILE` (if any) and save it there at the end; online unless -memory")
	fs.BoolVar(&f.progress, "progress", isTerminal(stderr) && !isTerminal(stdout),
		"print a progress line on stderr (default: when stderr is a terminal and standard output is not)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil, 0
		}
		return nil, nil, 2
	}
	files := fs.Args()
	usageErr := func(format string, a ...any) (*flags, []string, int) {
		fmt.Fprintf(stderr, "extract: "+format+"\n", a...)
		return nil, nil, 2
	}
	if !terminated(args, files) {
		for _, a := range files {
			name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if strings.HasPrefix(a, "-") && a != "-" && fs.Lookup(name) != nil {
				return usageErr("flag %s after the file names: put flags first (extract [flags] FILE...)", a)
			}
		}
	}
	for _, alias := range []struct {
		set  bool
		name string
	}{{*asJSON, "json"}, {*asJSONL, "jsonl"}} {
		if !alias.set {
			continue
		}
		if f.format != "" && f.format != alias.name {
			return usageErr("-%s and -format %s: choose one format", alias.name, f.format)
		}
		f.format = alias.name
	}
	switch {
	case f.format == "" && isTerminal(stdout):
		f.format = "text"
	case f.format == "" && f.in != "":
		f.format = "jsonl"
	case f.format == "":
		f.format = "json"
	case newPrinter(f.format) == nil:
		return usageErr("-format %s: want text, json or jsonl", f.format)
	}
	if f.workers < 0 {
		return usageErr("-workers %d: want 0 (one per core) or more", f.workers)
	}
	if f.maxBytes <= 0 {
		return usageErr("-max-bytes %d: want a positive number of bytes", f.maxBytes)
	}
	if f.in != "" && len(files) > 0 {
		return usageErr("-in %s and FILE arguments: give one or the other", f.in)
	}
	switch {
	case len(f.from) > 0 && f.htmlDir == "":
		return usageErr("-from needs -html DIR: it draws the pages of results")
	case len(f.from) > 0 && (f.in != "" || len(files) > 0):
		return usageErr("-from reads results, not articles: give -from or -in or FILE arguments")
	case f.texts != "" && len(f.from) == 0:
		return usageErr("-texts %s needs -from: without it the pages show the articles read", f.texts)
	case f.memory && len(f.from) > 0:
		return usageErr("-memory reads articles: it does not apply to -from")
	case f.memory && (f.in == "-" || f.in == "" && (len(files) == 0 || slices.Contains(files, "-"))):
		return usageErr("-memory reads the articles twice: give files or an -in file, not standard input")
	}
	return &f, files, -1
}

// terminated reports whether the command line ended its flags with "--",
// after which every argument is a file name, even one that starts with "-".
func terminated(args, files []string) bool {
	n := len(args) - len(files)
	return n > 0 && args[n-1] == "--"
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f, files, code := parse(args, stdout, stderr)
	if code >= 0 {
		return code
	}
	if len(f.from) > 0 {
		files, err := fromFiles(f.from)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s\n", message(err))
			return 2
		}
		return runFrom(f, files, stdin, stderr)
	}
	opts, err := options(f)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 2
	}
	mem, err := openMemory(f)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 2
	}
	if f.memory {
		// The first of two passes: learn from every article, print nothing
		// (the second pass reports the articles that fail).
		if err := learn(f, opts, mem, files); err != nil {
			fmt.Fprintf(stderr, "extract: %s\n", message(err))
			return 2
		}
	}
	if mem != nil {
		mode := extract.MemoryOnline
		if f.memory {
			mode = extract.MemoryFill
		}
		opts = append(opts, extract.WithMemory(mem, mode))
	}
	ex, err := newExtractor(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 2
	}
	src, err := open(files, f.in, stdin, f.maxBytes)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 2
	}
	defer src.close()
	pages, err := newHTMLPages(f.htmlDir)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 2
	}

	out := newOutput(f.format, stdout, stderr, f.progress)
	next := func() (extract.Source, bool) {
		s, ok := src.next()
		if ok {
			s = pages.track(s)
		}
		return s, ok
	}
	err = ex.Batch(context.Background(), f.workers, next, func(o extract.Output) error {
		if f.explain && o.Err == nil {
			for i, ev := range o.Result.Events {
				fmt.Fprintf(stderr, "%s: events[%d] %s %s: rule %s\n", o.ID, i, ev.Type, strings.Join(ev.Participants, " + "), ev.Rule)
			}
		}
		if err := pages.write(o); err != nil {
			return err
		}
		return out.emit(src.where(), o)
	})
	if ferr := out.finish(); err == nil {
		err = ferr
	}
	if err == nil {
		err = src.err
	}
	if err == nil {
		err = pages.finish("")
	}
	if err == nil && f.memFile != "" {
		err = mem.SaveFile(f.memFile)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 1
	}
	if out.failed > 0 {
		return 1
	}
	return 0
}

// options are the Extractor's options the flags ask for, memory aside.
func options(f *flags) ([]extract.Option, error) {
	opts := []extract.Option{extract.WithMaxBytes(f.maxBytes)}
	for _, path := range f.topics {
		t, err := topic.LoadFile(path)
		if err != nil {
			return nil, err
		}
		opts = append(opts, extract.WithTaxonomy(t))
	}
	if f.noDefault {
		opts = append(opts, extract.WithoutDefaultTopics())
	}
	if f.ner {
		opt, err := nerOption()
		if err != nil {
			return nil, err
		}
		opts = append(opts, opt)
	}
	if f.people != "" {
		// Read here, so that a bad file is said before anything else runs;
		// the Extractors read it again, each into its own list.
		if _, err := os.Stat(f.people); err != nil {
			return nil, flagError{"-people", fmt.Errorf("%w: %w", entity.ErrBadPeople, err)}
		}
		opts = append(opts, extract.WithKnownPeopleFile(f.people))
	}
	return opts, nil
}

// newExtractor is extract.New, with the error of a bad -people file said as
// the flag's.
func newExtractor(opts ...extract.Option) (*extract.Extractor, error) {
	ex, err := extract.New(opts...)
	if errors.Is(err, entity.ErrBadPeople) {
		msg := err.Error()
		if i := strings.Index(msg, "bad people file: "); i >= 0 {
			msg = msg[i:]
		}
		return nil, flagError{"-people", errors.New(msg)}
	}
	return ex, err
}

// openMemory returns the memory the flags ask for: the one saved in
// -memory-file, an empty one when that file does not exist yet or with
// -memory alone, or nil.
func openMemory(f *flags) (*extract.Memory, error) {
	if f.memFile == "" {
		if f.memory {
			return extract.NewMemory(), nil
		}
		return nil, nil
	}
	m, err := extract.LoadMemoryFile(f.memFile)
	if errors.Is(err, fs.ErrNotExist) {
		return extract.NewMemory(), nil
	}
	if err != nil {
		return nil, flagError{"-memory-file", err}
	}
	return m, nil
}

// learn is the first pass of -memory: it reads every article into mem.
func learn(f *flags, opts []extract.Option, mem *extract.Memory, files []string) error {
	ex, err := newExtractor(append(slices.Clip(opts), extract.WithMemory(mem, extract.MemoryLearn))...)
	if err != nil {
		return err
	}
	src, err := open(files, f.in, nil, f.maxBytes)
	if err != nil {
		return err
	}
	defer src.close()
	next := func() (extract.Source, bool) {
		s, ok := src.next()
		if ok {
			src.where() // nothing prints where it came from in this pass
		}
		return s, ok
	}
	return ex.Batch(context.Background(), f.workers, next, func(extract.Output) error { return nil })
}

// flagError is the error of a flag's file, said once: "-people: bad people
// file: p.csv:3: ...", without the library's package prefix.
type flagError struct {
	flag string
	err  error
}

func (e flagError) Error() string {
	msg := e.err.Error()
	for _, pkg := range []string{"extract: ", "entity: "} {
		msg = strings.TrimPrefix(msg, pkg)
	}
	return e.flag + ": " + msg
}

func (e flagError) Unwrap() error { return e.err }

// message is an error's text for a line that already starts "extract: ": the
// library's errors start with the same word, which is said once.
func message(err error) string {
	return strings.TrimPrefix(err.Error(), "extract: ")
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
