package main

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// File systems for inputs and outputs (beamx adds them too, but the
	// tests build pipelines without it).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
)

// Every DoFn and function is registered, so that remote workers find them by
// name and Beam calls them without reflection.
func init() {
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(string, string), func(string)](&readFileFn{})
	register.Function4x0(parseLine)
	register.DoFn8x1[context.Context, string, string, func(*string) bool, func(string), func(string), func(string), func(string), error](&extractFn{})
	register.DoFn4x1[context.Context, string, string, func(string, string), error](&learnFn{})
	register.Function2x1(mergeEntries)
	register.Function2x0(noLines)
	register.Function2x1(csvRow)
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeFileFn{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Iter1[string]()
}
