package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeShards writes the lines of col into n files dir/name-SSSSS-of-NNNNN.jsonl.
// Each file is written whole by one call, so that a retried bundle rewrites
// it rather than adding to it. A shard that gets no line writes no file.
func writeShards(s beam.Scope, dir, name string, n int, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{N: n}, col)
	beam.ParDo0(s, &writeShardFn{Dir: dir, Name: name, N: n}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard, from a hash of the line.
type shardFn struct{ N int }

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.N)), line
}

// writeShardFn writes one shard's lines to its file.
type writeShardFn struct {
	Dir, Name string
	N         int
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := join(fn.Dir, fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Name, shard, fn.N))
	return writeLines(ctx, name, "", func(yield func(string) error) error {
		var line string
		for lines(&line) {
			if err := yield(line); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile writes the lines of col into one file, after header if it is not
// "", sorted if sorted is true. The file is written even when col is empty,
// so that an empty dead-letter file says that nothing failed.
func writeFile(s beam.Scope, filename, header string, sorted bool, col beam.PCollection) {
	beam.ParDo0(s, &writeFileFn{Filename: filename, Header: header, Sorted: sorted},
		beam.Impulse(s), beam.SideInput{Input: col})
}

// writeFileFn writes its side input into a file, once.
type writeFileFn struct {
	Filename, Header string
	Sorted           bool
}

func (fn *writeFileFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	return writeLines(ctx, fn.Filename, fn.Header, func(yield func(string) error) error {
		var line string
		if !fn.Sorted {
			for lines(&line) {
				if err := yield(line); err != nil {
					return err
				}
			}
			return nil
		}
		var all []string
		for lines(&line) {
			all = append(all, line)
		}
		slices.Sort(all)
		for _, l := range all {
			if err := yield(l); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeLines writes header (if not "") and the lines each produces to a new
// file at name, on any file system Beam knows (local, gs://...).
func writeLines(ctx context.Context, name, header string, each func(yield func(string) error) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	write := func(line string) error {
		w.WriteString(line)
		return w.WriteByte('\n')
	}
	if header != "" {
		write(header)
	}
	err = each(write)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := fd.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// join returns the path of name in dir, for local and URL paths alike.
func join(dir, name string) string {
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}
