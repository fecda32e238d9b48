package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/readout/readout/extract"
)

// memoryHeader is the first line of a memory file (extract.Memory.WriteTo);
// TestPipelineMemory reads the file written with it through the library.
const memoryHeader = `{"readout_memory": 1}`

// learnMemory is the first stage of --memory: it reads every article and
// returns what the articles state of people's countries, one
// extract.MemoryEntry (as a line of the memory file) per name, merged over
// all the articles that state it.
func learnMemory(s beam.Scope, conf extractorConfig, articles beam.PCollection) beam.PCollection {
	s = s.Scope("memory")
	stated := beam.ParDo(s, &learnFn{Conf: conf}, articles)
	return beam.DropKey(s, beam.CombinePerKey(s, mergeEntries, stated))
}

// learnFn extracts an article with a memory that only learns, and emits
// what it learned from that article: (kind and key of the name, entry).
// Setup builds its Extractor and memory once per instance; the memory is
// emptied before each article, which a DoFn instance reads one at a time.
type learnFn struct {
	Conf extractorConfig

	mem *extract.Memory
	ex  *extract.Extractor
}

func (fn *learnFn) Setup() error {
	opts, err := fn.Conf.options()
	if err != nil {
		return err
	}
	fn.mem = extract.NewMemory()
	fn.ex, err = extract.New(append(opts, extract.WithMemory(fn.mem, extract.MemoryLearn))...)
	return err
}

// ProcessElement learns from one article. An article the Extractor
// refuses states nothing; the extraction stage sends it to the dead
// letters.
func (fn *learnFn) ProcessElement(ctx context.Context, id, text string, emit func(string, string)) error {
	fn.mem.Reset()
	if _, err := fn.ex.Extract(ctx, id, text); err != nil {
		return ctx.Err()
	}
	for _, e := range fn.mem.Entries() {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		emit(entryKey(e), string(b))
	}
	return nil
}

// entryKey is the key under which entries of one name meet.
func entryKey(e extract.MemoryEntry) string {
	if e.Surname {
		return "surname " + e.Key()
	}
	return "name " + e.Key()
}

// mergeEntries merges two entries of one name, as extract.Memory.Add does:
// counts added, the smaller id kept, a surname's full names merged. The
// smaller of the two names as written is kept, so that the result does not
// depend on the order the runner merges in.
func mergeEntries(a, b string) string {
	ea, eb := decodeEntry(a), decodeEntry(b)
	if eb.Name < ea.Name {
		ea, eb = eb, ea
	}
	m := extract.NewMemory()
	if err := m.Add(ea, eb); err != nil {
		panic(fmt.Sprintf("memory: merging %s and %s: %v", a, b, err)) // entries the library wrote
	}
	out, err := json.Marshal(m.Entries()[0])
	if err != nil {
		panic(err)
	}
	return string(out)
}

func decodeEntry(line string) extract.MemoryEntry {
	var e extract.MemoryEntry
	if err := json.Unmarshal([]byte(line), &e); err != nil {
		panic(fmt.Sprintf("memory: %v: %s", err, line)) // entries the library wrote
	}
	return e
}

// memoryOf builds a memory from the entries of the side input: all of them
// when they fit its limit, else the names stated by the most articles (ties
// by kind and key), so that which are kept does not depend on the order the
// runner hands them over in.
func memoryOf(lines func(*string) bool) (*extract.Memory, error) {
	var entries []extract.MemoryEntry
	var line string
	for lines(&line) {
		var e extract.MemoryEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			return nil, fmt.Errorf("memory side input: %w: %s", err, line)
		}
		entries = append(entries, e)
	}
	m := extract.NewMemory()
	articles := func(e extract.MemoryEntry) int {
		n := e.Others
		for _, c := range e.Countries {
			n += c.Articles
		}
		return n
	}
	slices.SortFunc(entries, func(a, b extract.MemoryEntry) int {
		if d := articles(b) - articles(a); d != 0 {
			return d
		}
		return strings.Compare(entryKey(a), entryKey(b))
	})
	entries = entries[:min(len(entries), m.Limit())]
	slices.Reverse(entries) // the most stated last: the most recent, the last forgotten
	return m, m.Add(entries...)
}
