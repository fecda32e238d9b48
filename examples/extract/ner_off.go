//go:build !ner

package main

import (
	"errors"

	"github.com/readout/readout/extract"
)

// errNoNER is -ner's error in a build without the tag ner: the default
// binary does not link prose's statistical model (about 16 MB).
var errNoNER = errors.New("-ner: this binary was built without prose's NER model: build it with -tags ner (go run -tags ner ./examples/extract -ner ...)")

// nerOption returns the option of -ner, which a build without the tag ner
// cannot give.
func nerOption() (extract.Option, error) { return nil, errNoNER }
