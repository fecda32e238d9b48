//go:build ner

package main

import (
	"github.com/readout/readout/entity/ner"
	"github.com/readout/readout/extract"
)

// nerOption returns the option of -ner: prose's NER model. Only a build
// with -tags ner links it.
func nerOption() (extract.Option, error) { return extract.WithNER(ner.New()), nil }
