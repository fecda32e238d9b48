package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// htmlPages writes the -html views: one page per article and an index. Its
// methods do nothing on a nil *htmlPages (no -html flag).
type htmlPages struct {
	dir string
	// texts holds the texts of the articles in flight, in input order:
	// Batch emits outcomes in the order next gave the sources. next and
	// emit run on different goroutines.
	mu      sync.Mutex
	texts   []*string
	used    map[string]bool
	entries []html.IndexEntry
}

func newHTMLPages(dir string) (*htmlPages, error) {
	if dir == "" {
		return nil, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("-html: %w", err)
	}
	return &htmlPages{dir: dir, used: map[string]bool{"index": true}}, nil
}

// track keeps hold of src's text for its page.
func (h *htmlPages) track(src extract.Source) extract.Source {
	if h == nil {
		return src
	}
	text := new(string)
	*text = src.Text
	h.mu.Lock()
	h.texts = append(h.texts, text)
	h.mu.Unlock()
	if load := src.Load; load != nil {
		src.Load = func() (string, error) {
			s, err := load()
			*text = s // read by write, after the extraction this Load feeds
			return s, err
		}
	}
	return src
}

// write writes the page of the next outcome.
func (h *htmlPages) write(o extract.Output) error {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	text := *h.texts[0]
	h.texts = h.texts[1:]
	h.mu.Unlock()
	name := h.fileName(o.ID)
	h.entries = append(h.entries, html.IndexEntry{Href: name, Result: o.Result, Err: o.Err})
	if o.Err != nil {
		return nil
	}
	bp, err := html.FindBoilerplate(context.Background(), text)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := html.WritePage(&b, html.Doc{Text: text, Result: o.Result, Boilerplate: bp}); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(h.dir, name), b.Bytes(), 0o644)
}

// finish writes index.html.
func (h *htmlPages) finish() error {
	if h == nil {
		return nil
	}
	var b bytes.Buffer
	title := plural(len(h.entries), "article")
	if err := html.WriteIndex(&b, title, h.entries); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(h.dir, "index.html"), b.Bytes(), 0o644)
}

// fileName returns a file name for id's page that stays in the directory
// and is not used yet.
func (h *htmlPages) fileName(id string) string {
	base := strings.Map(func(r rune) rune {
		if r < ' ' || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, id)
	base = strings.TrimLeft(base, ".")
	if base == "" || base == "-" {
		base = "stdin"
	}
	name := base
	for n := 2; h.used[strings.ToLower(name)]; n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	h.used[strings.ToLower(name)] = true
	return name + ".html"
}
