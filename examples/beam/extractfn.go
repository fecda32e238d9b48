package main

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/topic"
)

// taxonomyFile is a taxonomy's JSON, read when the pipeline is built and
// shipped with the DoFn, so that workers need no access to the file.
type taxonomyFile struct {
	Name string
	JSON string
}

// extractFn extracts (id, text) articles. Its exported fields are its
// configuration, serialised with the pipeline; Setup builds one Extractor per
// DoFn instance (so per worker thread), which every element then reuses.
//
// Outputs: result JSON lines; dead letters {"id", "error"}; with Aggregates,
// engagement keys "date,country_a,country_b" and topic keys "date,topic".
type extractFn struct {
	MaxBytes        int
	Taxonomies      []taxonomyFile
	NoDefaultTopics bool
	Aggregates      bool

	ex *extract.Extractor
}

// Setup builds the Extractor once; Beam calls it before the first element.
func (fn *extractFn) Setup() error {
	ex, err := fn.extractor()
	fn.ex = ex
	return err
}

// ProcessElement extracts one article. An article the Extractor refuses goes
// to the dead letters; only a cancelled context fails the bundle.
func (fn *extractFn) ProcessElement(ctx context.Context, id, text string, result, dead, pair, day func(string)) error {
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

// extractor builds the Extractor fn describes.
func (fn *extractFn) extractor() (*extract.Extractor, error) {
	opts := []extract.Option{extract.WithMaxBytes(fn.MaxBytes)}
	for _, t := range fn.Taxonomies {
		tax, err := topic.Parse(strings.NewReader(t.JSON), t.Name)
		if err != nil {
			return nil, err
		}
		opts = append(opts, extract.WithTaxonomy(tax))
	}
	if fn.NoDefaultTopics {
		opts = append(opts, extract.WithoutDefaultTopics())
	}
	return extract.New(opts...)
}
