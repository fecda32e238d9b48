package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/topic"
)

// taxonomyFile is a taxonomy's JSON, read when the pipeline is built and
// shipped with the DoFn, so that workers need no access to the file.
type taxonomyFile struct {
	Name string
	JSON string
}

// peopleFile is a file of known people, read when the pipeline is built
// and shipped with the DoFns, like a taxonomy.
type peopleFile struct {
	Name string // the file's name: its extension says the format
	Data string
}

// extractorConfig is how the DoFns build their Extractors. Its exported
// fields are serialised with the pipeline.
type extractorConfig struct {
	MaxBytes        int
	Taxonomies      []taxonomyFile
	NoDefaultTopics bool
	People          *peopleFile
}

// options are the Extractor's options, memory aside.
func (c extractorConfig) options() ([]extract.Option, error) {
	opts := []extract.Option{extract.WithMaxBytes(c.MaxBytes)}
	for _, t := range c.Taxonomies {
		tax, err := topic.Parse(strings.NewReader(t.JSON), t.Name)
		if err != nil {
			return nil, err
		}
		opts = append(opts, extract.WithTaxonomy(tax))
	}
	if c.NoDefaultTopics {
		opts = append(opts, extract.WithoutDefaultTopics())
	}
	if p := c.People; p != nil {
		read := entity.ReadPeopleCSV
		if ext := strings.ToLower(filepath.Ext(p.Name)); ext == ".jsonl" || ext == ".ndjson" {
			read = entity.ReadPeopleJSONL
		}
		people, err := read(strings.NewReader(p.Data), p.Name)
		if err != nil {
			return nil, err
		}
		opts = append(opts, extract.WithKnownPeople(people...))
	}
	return opts, nil
}

// extractFn extracts (id, text) articles. Its exported fields are its
// configuration, serialised with the pipeline; it builds one Extractor per
// DoFn instance (so per worker thread), which every element then reuses:
// in Setup, or, with Memory, on the first element, from the memory of the
// side input (the first stage's), which every element of the global window
// shares.
//
// Outputs: result JSON lines; dead letters {"id", "error"}; with Aggregates,
// engagement keys "date,country_a,country_b" and topic keys "date,topic".
type extractFn struct {
	Conf       extractorConfig
	Aggregates bool
	Memory     bool

	ex *extract.Extractor
}

// Setup builds the Extractor once, unless it waits for the memory; Beam
// calls it before the first element.
func (fn *extractFn) Setup() error {
	if fn.Memory {
		return nil
	}
	ex, err := fn.extractor(nil)
	fn.ex = ex
	return err
}

// ProcessElement extracts one article. An article the Extractor refuses goes
// to the dead letters; only a cancelled context (or a memory side input that
// cannot be read) fails the bundle.
func (fn *extractFn) ProcessElement(ctx context.Context, id, text string, memory func(*string) bool,
	result, dead, pair, day func(string)) error {
	if fn.ex == nil {
		mem, err := memoryOf(memory)
		if err != nil {
			return err
		}
		if fn.ex, err = fn.extractor(mem); err != nil {
			return err
		}
	}
	r, err := fn.ex.Extract(ctx, id, text)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		dead(deadLetter(id, err))
		return nil
	}
	b, err := json.Marshal(r)
	if err != nil {
		dead(deadLetter(id, err))
		return nil
	}
	result(string(b))
	if fn.Aggregates {
		for _, k := range engagementKeys(r) {
			pair(k)
		}
		for _, k := range topicKeys(r) {
			day(k)
		}
	}
	return nil
}

// extractor builds the Extractor fn describes, filling from mem if not nil.
func (fn *extractFn) extractor(mem *extract.Memory) (*extract.Extractor, error) {
	opts, err := fn.Conf.options()
	if err != nil {
		return nil, err
	}
	if mem != nil {
		opts = append(opts, extract.WithMemory(mem, extract.MemoryFill))
	}
	return extract.New(opts...)
}
