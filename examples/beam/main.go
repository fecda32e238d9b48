// Command beam runs Readout over any number of articles as an Apache Beam
// pipeline: on this machine with Beam's in-process Prism runner, or on
// Dataflow, Flink or Spark with Beam's own runner flags.
//
//	go run . --runner=prism --input '../../testdata/seeds/*.txt' --output /tmp/out
//	go run . --jsonl 'articles/*.jsonl' --output /tmp/out --aggregates
//
// It reads articles from text files (--input, a glob: one article per file)
// or from JSON Lines files (--jsonl, a glob: one {"id", "text"} object per
// line), extracts each with one extract.Extractor per worker, and writes to
// the --output directory:
//
//	results-SSSSS-of-NNNNN.jsonl  one Result per line (OUTPUT.md), in --shards shards
//	deadletter.jsonl               one {"id", "error"} per article that failed
//	engagements.csv                with --aggregates: date,country_a,country_b,engagements
//	topics.csv                     with --aggregates: week,topic,articles
//	memory.jsonl                   with --memory: the memory of people's countries
//
// The tables count by the keys of package extract/corpus, as the corpus page
// of examples/extract does: an engagement's day is its own date, else its
// article's publication date; its pairs are those of its participants'
// countries; an article's topics count in the week (its Monday) of its
// publication date. A key with no day or week has that field empty. The
// page of a run is drawn from its results and dead letters:
//
//	go run ./examples/extract -html DIR -from 'OUT/*.jsonl' -texts IN   # at the root of the repository
//
// With --memory the articles are read twice: a first stage learns the
// countries their texts state for people (an extract.Memory, merged per
// name over all the articles), and the extraction stage receives it whole
// as a side input and gives those countries to the people an article names
// without one (country_source "corpus"). With --people FILE the file's
// known people are found by name.
//
// A file's id is its path below the glob's fixed directory, without
// extension: with --input 'in/*.txt', in/x.txt is "x"; with 'in/*/*.txt',
// in/a/x.txt and in/b/x.txt are "a/x" and "b/x".
//
// Run with -h for every flag, Beam's included.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/readout/readout/extract"
)

// repeated is a flag that may be given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(s string) error { *r = append(*r, s); return nil }

var (
	input      = flag.String("input", "", "read one article per file from the files matching `GLOB` (local path or gs://...)")
	jsonl      = flag.String("jsonl", "", "read articles from the JSON Lines files matching `GLOB`: one {\"id\", \"text\"} per line")
	output     = flag.String("output", "", "write results, dead letters and tables into `DIR` (local path or gs://...)")
	shards     = flag.Int("shards", 4, "write the results in `N` files")
	aggregates = flag.Bool("aggregates", false, "also write engagements.csv (per day and pair of countries) and topics.csv (per week and topic)")
	maxBytes   = flag.Int("max_bytes", extract.DefaultMaxBytes, "send articles larger than `N` bytes to the dead letters")
	noDefault  = flag.Bool("no_default_topics", false, "drop the built-in topics: use only the --topics files")
	people     = flag.String("people", "", "find the known people of `FILE` (.csv with a header, or .jsonl) by name; read here and shipped with the job")
	memory     = flag.Bool("memory", false, "learn the countries the texts state for people in a first stage, and give them, as a side input, to the people an article names without one; also write memory.jsonl")
	topics     repeated
)

func init() {
	flag.Var(&topics, "topics", "load a topic taxonomy from a JSON `FILE` and use it beside the built-in one (repeatable); read here and shipped with the job")
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: beam --input GLOB | --jsonl GLOB --output DIR [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()

	cfg := Config{Input: *input, JSONL: *jsonl, Output: *output, Shards: *shards,
		Aggregates: *aggregates, MaxBytes: *maxBytes, TopicFiles: topics, NoDefaultTopics: *noDefault,
		PeopleFile: *people, Memory: *memory}
	p, err := Build(cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(2)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
}

// errUsage marks a configuration that cannot make a pipeline.
var errUsage = errors.New("bad configuration")
