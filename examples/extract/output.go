package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/readout/readout/extract"
)

// A printer appends one article's record to a buffer: its result, or the
// error that stopped it.
type printer interface {
	result(b []byte, r *extract.Result) ([]byte, error)
	failure(b []byte, id, msg string) ([]byte, error)
}

// newPrinter returns the printer of a -format value, or nil for an unknown one.
func newPrinter(format string) printer {
	switch format {
	case "text":
		return textPrinter{}
	case "json":
		return jsonPrinter{indent: true}
	case "jsonl":
		return jsonPrinter{}
	}
	return nil
}

// jsonPrinter prints the JSON form: one indented object per article, or one
// object per line.
type jsonPrinter struct{ indent bool }

func (p jsonPrinter) result(b []byte, r *extract.Result) ([]byte, error) {
	if p.indent {
		return p.record(b, r)
	}
	// A result writes its compact form itself, which json.Marshal would
	// only scan again, into the buffer the output reuses.
	b, err := r.AppendJSON(b)
	if err != nil {
		return b, err
	}
	return append(b, '\n'), nil
}

func (p jsonPrinter) failure(b []byte, id, msg string) ([]byte, error) {
	return p.record(b, struct {
		ID    string `json:"id"`
		Error string `json:"error"`
	}{id, msg})
}

func (p jsonPrinter) record(b []byte, v any) ([]byte, error) {
	var out []byte
	var err error
	if p.indent {
		out, err = json.MarshalIndent(v, "", "  ")
	} else {
		out, err = json.Marshal(v)
	}
	if err != nil {
		return b, err
	}
	return append(append(b, out...), '\n'), nil
}

// output prints the records in input order, with messages and a progress
// line on stderr. Its methods run on one goroutine.
type output struct {
	p        printer
	w        *bufio.Writer
	buffer   bool // let JSON Lines wait in the buffer; else flush each record
	shared   bool // stdout and the progress line share a terminal
	stderr   io.Writer
	progress *progress
	buf      []byte

	done, failed int
}

func newOutput(format string, stdout, stderr io.Writer, showProgress bool) *output {
	shared := isTerminal(stdout)
	o := &output{p: newPrinter(format), w: bufio.NewWriterSize(stdout, 64<<10),
		buffer: format == "jsonl" && !shared, shared: shared, stderr: stderr}
	if showProgress {
		o.progress = &progress{w: stderr, start: time.Now()}
	}
	return o
}

// emit prints one article's outcome; where says where it came from.
func (o *output) emit(where string, out extract.Output) error {
	var err error
	o.buf = o.buf[:0]
	if out.Err != nil {
		o.failed++
		msg := message(out.Err)
		o.progress.clear()
		fmt.Fprintf(o.stderr, "extract: %s: %s\n", where, msg)
		o.buf, err = o.p.failure(o.buf, out.ID, msg)
	} else {
		o.buf, err = o.p.result(o.buf, out.Result)
	}
	if err != nil {
		return err
	}
	if o.shared {
		o.progress.clear() // the record takes the progress line's place
	}
	if _, err := o.w.Write(o.buf); err != nil {
		return err
	}
	o.done++
	// Flush whole records only, so that a reader never sees half a line.
	if o.w.Buffered() > 32<<10 || !o.buffer {
		err = o.w.Flush()
	}
	o.progress.update(o.done, o.failed, false)
	return err
}

// finish flushes the output and ends the progress line.
func (o *output) finish() error {
	err := o.w.Flush()
	o.progress.update(o.done, o.failed, true)
	return err
}

// progress is a line on stderr, rewritten in place, that counts the articles
// done. A nil *progress prints nothing.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
	width int // of the line shown, 0 when none is
}

func (p *progress) update(done, failed int, final bool) {
	if p == nil || !final && time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	elapsed := time.Since(p.start)
	line := fmt.Sprintf("%s, %d failed, %.0f/s", plural(done, "article"), failed, float64(done)/elapsed.Seconds())
	if final {
		line = fmt.Sprintf("%s, %d failed in %v", plural(done, "article"), failed, elapsed.Round(time.Millisecond))
	}
	pad := max(0, p.width-len(line))
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
	p.width = len(line)
	if final {
		fmt.Fprintln(p.w)
		p.width = 0
	}
}

// clear rubs out the progress line, so that a message can take its place.
func (p *progress) clear() {
	if p == nil || p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
	p.width = 0
	p.last = time.Time{} // show it again after the message
}

// plural says "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
