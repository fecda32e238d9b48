// Command firstresult is the fresh process that `examples/benchmark -speed`
// times for its first result: it builds an Extractor with the default
// options, extracts one file, and prints the two times (and the memory the
// runtime holds) as one line of JSON. It links only what a program that
// calls extract.New links, not prose (which the benchmark links for its
// comparison, and whose package initialisation would be counted in the
// process's time), so its start-up is a user's.
//
//	go build -o /tmp/firstresult ./examples/benchmark/firstresult
//	/tmp/firstresult testdata/seeds/000_aa5c4228441c36f4.txt
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/readout/readout/extract"
)

const usage = `usage: firstresult FILE

Builds an Extractor (extract.New, default options), extracts FILE once, and
prints {"new_ms": ..., "extract_ms": ..., "sys_mb": ...}: the milliseconds of
extract.New and of the first Extract, and runtime.MemStats.Sys after them, in
MB. examples/benchmark -speed runs it in fresh processes to time the first
result.

Exit status: 0; 1 when FILE cannot be read or extracted; 2 for bad arguments.
`

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// result is the line printed: the fields of the benchmark's firstResult
// that the child measures.
type result struct {
	NewMS     float64 `json:"new_ms"`
	ExtractMS float64 `json:"extract_ms"`
	SysMB     float64 `json:"sys_mb"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("firstresult", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	b, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "firstresult: %v\n", err)
		return 1
	}
	t0 := time.Now()
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "firstresult: %v\n", err)
		return 1
	}
	t1 := time.Now()
	if _, err := ex.Extract(context.Background(), "first", string(b)); err != nil {
		fmt.Fprintf(stderr, "firstresult: %v\n", err)
		return 1
	}
	t2 := time.Now()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	out, _ := json.Marshal(result{NewMS: ms(t1.Sub(t0)), ExtractMS: ms(t2.Sub(t1)), SysMB: float64(m.Sys) / 1e6})
	fmt.Fprintf(stdout, "%s\n", out)
	return 0
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 }
