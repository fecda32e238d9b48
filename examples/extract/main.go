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
	"os"
	"strings"

	"github.com/readout/readout/entity/ner"
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
optional (default FILE:LINE), and any other key is an error for that line.

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
         topics with scores, and each event as "initiator → others (type,
         date)"; the default when standard output is a terminal
  json   one indented JSON object per article; the default otherwise
  jsonl  one JSON object per line, in input order; the default with -in
         when standard output is not a terminal
The JSON form is described field by field in extract/OUTPUT.md in the
Readout repository: absent values are null, empty lists are [].

An article that cannot be read or extracted prints a message on stderr and
an error record {"id": ..., "error": ...} in its place; the others still
print, in input order, and the exit status is 1. Bad flags, a missing or
unreadable -in or -topics file stop the run before any output, with exit
status 2.

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
	fs.BoolVar(&f.ner, "ner", false, "use prose's NER model as an extra signal for names with no title (slower)")
	fs.StringVar(&f.htmlDir, "html", "", "also write an HTML view of each article to `DIR`, with index.html, the page of the whole corpus")
	fs.Var(&f.from, "from", "with -html: draw the pages from the results in a JSON Lines `FILE` (or glob; -jsonl's or examples/beam's output) instead of reading articles (repeatable)")
	fs.StringVar(&f.texts, "texts", "", "with -from: read each article's text from `DIR`/ID.txt, when there, for its page")
	fs.BoolVar(&f.explain, "explain", false, "print on stderr, for each event, the rule that found it")
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
	ex, err := newExtractor(f)
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
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 1
	}
	if out.failed > 0 {
		return 1
	}
	return 0
}

// newExtractor builds the Extractor the flags ask for.
func newExtractor(f *flags) (*extract.Extractor, error) {
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
		opts = append(opts, extract.WithNER(ner.New()))
	}
	return extract.New(opts...)
}

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
