package main

import (
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// Config is what a pipeline reads, writes and how it extracts.
type Config struct {
	// Input is a glob of text files, one article per file.
	Input string
	// JSONL is a glob of JSON Lines files of {"id", "text"} objects.
	JSONL string
	// Output is the directory the outputs are written into.
	Output string
	// Shards is the number of results files.
	Shards int
	// Aggregates asks for the engagements and topics tables.
	Aggregates bool
	// MaxBytes is the largest article extracted; larger ones are dead letters.
	MaxBytes int
	// TopicFiles are taxonomy files used beside the built-in taxonomy.
	TopicFiles []string
	// NoDefaultTopics drops the built-in taxonomy: only TopicFiles count.
	NoDefaultTopics bool
	// PeopleFile is a file of known people (.csv with a header, or .jsonl;
	// see entity.ReadPeopleCSV), read when the pipeline is built.
	PeopleFile string
	// Memory reads the articles twice: a first stage learns the countries
	// their texts state for people (an extract.Memory), which the
	// extraction stage receives as a side input and fills from; it is also
	// written to memory.jsonl.
	Memory bool
}

// Build checks cfg, loads its taxonomy files, and returns the pipeline.
func Build(cfg Config) (*beam.Pipeline, error) {
	if cfg.Input == "" && cfg.JSONL == "" {
		return nil, fmt.Errorf("%w: give --input or --jsonl (or both)", errUsage)
	}
	if cfg.Output == "" {
		return nil, fmt.Errorf("%w: give --output", errUsage)
	}
	if cfg.Shards < 1 {
		return nil, fmt.Errorf("%w: --shards %d: must be at least 1", errUsage, cfg.Shards)
	}
	conf := extractorConfig{MaxBytes: cfg.MaxBytes, NoDefaultTopics: cfg.NoDefaultTopics}
	for _, path := range cfg.TopicFiles {
		// Read the file here, not on the workers, which may not see it; parse
		// it once now so that a bad file stops the job before it starts.
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("--topics: %w", err)
		}
		conf.Taxonomies = append(conf.Taxonomies, taxonomyFile{Name: path, JSON: string(b)})
	}
	if cfg.PeopleFile != "" {
		b, err := os.ReadFile(cfg.PeopleFile)
		if err != nil {
			return nil, fmt.Errorf("--people: %w", err)
		}
		conf.People = &peopleFile{Name: cfg.PeopleFile, Data: string(b)}
	}
	fn := &extractFn{Conf: conf, Aggregates: cfg.Aggregates, Memory: cfg.Memory}
	// Fail now, not on every worker, for files and options New refuses.
	if _, err := fn.extractor(nil); err != nil {
		return nil, err
	}

	p, s := beam.NewPipelineWithRoot()
	var articles, dead []beam.PCollection
	if cfg.Input != "" {
		s := s.Scope("files")
		files := fileio.ReadMatches(s, fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
		// Break fusion on the small file records, not on the texts: without
		// it one glob is one bundle, read and extracted on one core.
		files = beam.Reshuffle(s, files)
		a, d := beam.ParDo2(s, &readFileFn{Dir: globDir(cfg.Input), MaxBytes: cfg.MaxBytes}, files)
		articles, dead = append(articles, a), append(dead, d)
	}
	if cfg.JSONL != "" {
		s := s.Scope("jsonl")
		a, d := beam.ParDo2(s, parseLine, textio.ReadWithFilename(s, cfg.JSONL))
		// A file's lines are read in one bundle (or a few, for a big file):
		// spread the articles over all workers.
		a = beam.Reshuffle(s, a)
		articles, dead = append(articles, a), append(dead, d)
	}
	all := beam.Flatten(s, articles...)
	// The memory of people's countries: learned from every article in a
	// first stage, handed to the extraction stage whole, as a side input.
	// Without --memory the side input is empty and unread.
	var memory beam.PCollection
	if cfg.Memory {
		memory = learnMemory(s, conf, all)
		writeFile(s.Scope("memory"), join(cfg.Output, "memory.jsonl"), memoryHeader, true, memory)
	} else {
		memory = beam.ParDo(s, noLines, beam.Impulse(s))
	}
	res := beam.ParDoN(s, fn, all, beam.SideInput{Input: memory})
	results, failed, pairs, days := res[0], res[1], res[2], res[3]

	writeShards(s.Scope("results"), cfg.Output, "results", cfg.Shards, results)
	writeFile(s.Scope("deadletter"), join(cfg.Output, "deadletter.jsonl"), "", false, beam.Flatten(s, append(dead, failed)...))
	if cfg.Aggregates {
		s := s.Scope("aggregates")
		writeFile(s, join(cfg.Output, "engagements.csv"), "date,country_a,country_b,engagements", true,
			beam.ParDo(s, csvRow, stats.Count(s, pairs)))
		writeFile(s, join(cfg.Output, "topics.csv"), "week,topic,articles", true,
			beam.ParDo(s, csvRow, stats.Count(s, days)))
	}
	return p, nil
}

// noLines emits nothing: the empty side input of a pipeline without a
// memory.
func noLines(_ []byte, _ func(string)) {}
