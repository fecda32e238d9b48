// Command serve is a local web page to try Readout: paste an article, read
// it, and see the view of the result beside its JSON, which can be copied or
// downloaded. It also answers POST /extract with the JSON result for a text
// body, for scripts and other services.
//
//	go run ./examples/serve
//	go run ./examples/serve -addr 127.0.0.1:9000 -max-bytes 200000
//	go run ./examples/serve -people examples/people.csv
//	curl --data-binary @article.txt http://127.0.0.1:8080/extract
//
// Run with -h for every flag. Ctrl-C stops it cleanly: requests in progress
// finish first.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract"
)

const usage = `usage: serve [flags]

Serves a page to try Readout on: a text area prefilled with an invented
article, and the view of what Readout reads from it beside the JSON result.
POST /extract with a text body answers with the JSON result alone:

	curl --data-binary @article.txt 'http://127.0.0.1:8080/extract?id=article'

With -people FILE, the people of FILE (CSV with a header, or JSON Lines:
name, aliases, country, offices, id) are found by name, with their country
marked "known" and their id.

Texts over -max-bytes are refused with status 413. A request's text must
arrive within -read-timeout (else status 408) before the request queues for
a worker, so slow uploads hold no worker; each upload holds at most
-max-bytes of memory meanwhile. At most -workers extractions run at once; a
request that waits longer than -wait for its turn, or whose extraction runs
longer than -timeout, gets status 503. Ctrl-C stops the server after the
requests in progress.

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	maxBytes := fs.Int("max-bytes", 1<<20, "refuse texts larger than `N` bytes (status 413)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "run at most `N` extractions at once")
	read := fs.Duration("read-timeout", defaultReadTimeout, "longest a request's text may take to arrive before status 408 (the request holds no worker meanwhile)")
	wait := fs.Duration("wait", 5*time.Second, "longest a request waits for a free worker before status 503")
	timeout := fs.Duration("timeout", 20*time.Second, "longest one extraction may run before status 503")
	peopleFile := fs.String("people", "", "find the known people of `FILE` (.csv with a header, or .jsonl) by name")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	switch {
	case *maxBytes <= 0 || *maxBytes > extract.DefaultMaxBytes:
		fmt.Fprintf(stderr, "serve: -max-bytes %d: must be between 1 and %d\n", *maxBytes, extract.DefaultMaxBytes)
		return 2
	case *workers <= 0:
		fmt.Fprintf(stderr, "serve: -workers %d: must be positive\n", *workers)
		return 2
	case *read <= 0 || *wait <= 0 || *timeout <= 0:
		fmt.Fprintf(stderr, "serve: -read-timeout, -wait and -timeout must be positive\n")
		return 2
	}
	h, err := newServer(config{maxBytes: *maxBytes, workers: *workers, readTimeout: *read, wait: *wait, timeout: *timeout, people: *peopleFile})
	if errors.Is(err, entity.ErrBadPeople) {
		msg := err.Error()
		fmt.Fprintf(stderr, "serve: -people: %s\n", msg[max(0, strings.Index(msg, "bad people file: ")):])
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		// The handlers set the body's own deadline, -read-timeout.
		ReadTimeout:    5*time.Second + *read,
		WriteTimeout:   *read + *wait + *timeout + 30*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 32 << 10,
	}
	fmt.Fprintf(stdout, "serve: Readout on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	fmt.Fprintln(stdout, "serve: stopping")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "serve: shutdown: %v\n", err)
		return 1
	}
	return 0
}
